"""Clauses the parser hung on a cue as its complement that report nothing it says, for ``syntax.adverbial``.

One that opens with a mark of an adverbial clause
('said, as the crowd cheered, X': 'as' on the clause), for ``syntax.adverbial``. The mark may stand after
a dash or a bracket that opens an aside ('Rubio opposes it, but - after a court made it legal - he urged X':
the clause's first word is the dash) or be hung on the clause's subject ('While rivals blame foreigners,
the pope points to X': 'While' on 'rivals'); either way the clause tells when, why or against what, and
reports nothing the cue says.

One before the cue with a dash between them, when the cue has its own object or complement after it
('For that she drew his ire - he called her "weak"', 'The club made money - he reported earning $132
million from it'): the writer's sentence before a second one the dash joins on, not the words of 'X, he
said' (PolNeAR's train gold marks no such clause before a dash as the content: the object after the cue is)."""

from __future__ import annotations

from spacy.tokens import Token

from .kids import children_of
from .lexicon import Lexicon


def opens_adverbially(lex: Lexicon, clause: Token) -> bool:
    """Whether ``clause``'s first word, past punctuation, is an adverbial mark of it or of its subject."""
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return first.dep_ == "mark" and first.lower_ in lex.adverbial_marks and (
        first.head.i == clause.i or first.head.head.i == clause.i and first.head.dep_ in ("nsubj", "nsubjpass"))


#: dashes that join a second sentence on
_DASHES = frozenset(["-", "--", "\u2013", "\u2014"])
#: what a cue takes after it as its own complement
_OWN = frozenset(["dobj", "xcomp", "oprd"])


def dashed_off(lex: Lexicon, clause: Token) -> bool:
    """Whether ``clause`` is a complement before its cue with a dash between them and the cue has an object or
    complement of its own after it (see the module; not the one a verb of telling addresses alone, 'X - the
    mayor told reporters', whose words are the clause)."""
    verb = clause.head
    addressed = verb.lemma_.lower() in lex.addressee_verbs
    if clause.dep_ != "ccomp" or clause.i > verb.i or not any(
            c.dep_ in _OWN and c.i > verb.i and not (addressed and c.dep_ == "dobj") for c in children_of(verb)):
        return False
    return any(t.text in _DASHES for t in clause.doc[clause.right_edge.i + 1 : verb.i])
