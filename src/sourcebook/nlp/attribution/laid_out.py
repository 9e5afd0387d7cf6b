"""'lay out' reports only a plan or a view laid out: 'The minister laid out her plan for the
port', 'lays out his vision for the city' (``plan_nouns.txt``), not 'laid out the plates on the
table' or 'laid out the bodies', whose objects are things set down. The pair (``phrasal.json``,
'lay': 'out') says what its object names only when that object is such a noun; a clause after it
('laid out what the bill would do') is its content as for any cue."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from .lexicon import Lexicon

#: the verb and particle pairs that report only a noun of ``plan_nouns.txt`` for object
_PLAN_PAIRS = frozenset(["lay out"])


def thing_laid_out(lex: Lexicon, lemma: str, particle: Token, children: Iterable[Token]) -> bool:
    """True when the object among the verb's ``children`` of the phrasal cue ``lemma`` + ``particle``
    is a thing set down, no plan or view it reports ('laid out the plates')."""
    if f"{lemma} {particle.lower_}" not in _PLAN_PAIRS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() not in lex.plan_nouns for c in children)
