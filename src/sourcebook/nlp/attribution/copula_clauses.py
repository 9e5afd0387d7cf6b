"""A clause that says what an adjective of a stance holds, hung by the parser on the copula before
the adjective instead of on the adjective: 'The coach is adamant that the referee was wrong' (the
parser knows 'adamant' poorly and reads 'that X' as a second clause of 'is'), or, with no 'that',
as a conjunct of the copula ('The landlord was adamant the rent would not rise': no 'and' before it).
The clause right after the adjective is its content, as for 'is confident that X' (for
``nouns.adjective_cue``); a clause further on, past other words, is the copula's own ('is adamant,
and everyone knows it'), and a conjunct that is a report set after the words ('The players were tired, the
coach said', its comma lost) is that report's cue.

'Clear' says what a person holds ('The coach was clear that nobody would be dropped') and how a
thing is ('The evidence became clear that X'): it is a stance only of a subject that can hold one, and
never after a copula of becoming ('The data grew clear that X', 'The figures became clear that Y'): a
person *is* clear that X; what *becomes* clear is a thing coming to light, the writer's statement. Nor does
anyone in a horoscope's entry hold one ('Leo: A friend is keen to share some news': the forecast, ``horoscopes``)."""

from __future__ import annotations

from spacy.tokens import Token

from .horoscopes import horoscope_subject
from .lexicon import Lexicon
from .syntax import source_like

_OF_THINGS = frozenset(["clear"])  # (adjectives of ``cue_adjectives.txt`` that describe things too)
_BECOMING = frozenset(["become", "grow", "get"])  # (copulas of a change of state: 'became clear that X')



def clause_on_copula(lex: Lexicon, adj: Token) -> Token | None:
    """The clause complement of the copula ``adj`` is the attribute of that opens right after it
    ('is adamant that X', 'was adamant X'), else None."""
    if adj.dep_ != "acomp":
        return None
    return next((c for c in adj.head.children if c.left_edge.i == adj.i + 1 and (c.dep_ == "ccomp" or (
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(g.dep_ == "nsubj" for g in c.children)
        and c.lemma_.lower() not in lex.speech))), None)


def no_holder(lex: Lexicon, adj: Token, subject: Token) -> bool:
    """Whether ``adj`` describes its subject ``subject`` as a thing, holding no stance ('the
    science became clear that X', 'the report became clear that Y'; 'she was clear that X' holds one), or
    its subject is a horoscope's forecast ('Leo: A friend is keen to X')."""
    return adj.lower_ in _OF_THINGS and (
        not source_like(lex, subject) or adj.head.lemma_.lower() in _BECOMING) or horoscope_subject(subject)
