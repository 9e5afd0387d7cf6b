"""Whose votes or seats a tally is: "Ilse Varga won 52,900 votes", "the Union Party won 42 seats",
"Varga's 41,200 votes".

Votes and seats are always somebody's: two candidates' tallies in one count, or two parties' seats,
are different measures, and a count of one candidate as counting goes on ("had 41,200 votes with 80%
of ballots counted", then "won 52,900 votes") is one measure that changed over time. So, as a sum has
its payer (``money.find_agent``), a tally of votes or seats (lexicon ``figures/tally_units``) has
its holder: the subject of a verb of winning or holding it (``figures/tally_verbs``), or its
possessor. Votes cast, counted or spoilt have no holder and take part in no measure (the measures
table's votes and seats need a doer, as money does). A tally handed over by a verb of giving is the one it is given
to (``figures/tally_givers``: "giving them 31", the pronoun the doer of the verb the clause hangs on: "The
Nationalists gained 9 seats, giving them 31"), unless a poll or a projection gives it (``figures/projection_nouns``:
a forecast is nobody's tally).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .doer_names import name_of, verb_doer

__all__ = ["tally_holder"]

_UNITS = word_set("figures/tally_units")
_VERBS = word_set("figures/tally_verbs")
_GIVERS = word_set("figures/tally_givers")
_PROJECTIONS = word_set("figures/projection_nouns")
_NOBODY = ("PRP", "WP", "EX")
#: a number after these is no tally of the subject's: the whole ("42 of the 120 seats"), a margin ("won by 3,000 votes")
_WHOLE_PREPS = frozenset(("of", "by"))


def tally_holder(predicate: Token | None, number: Token, anchor: Token, unit: str | None) -> str | None:
    """Who won or holds the votes or seats ``number`` counts (``anchor``: its counted noun, else the number);
    None for another unit, another verb, a pronoun, nobody named, a whole or a margin."""
    if not unit or unit.lower() not in _UNITS:
        return None
    for holder in (anchor, anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "nmod") else None):
        owner = next((c for c in holder.children if c.dep_ == "poss"), None) if holder is not None else None
        if owner is not None:  # "Varga's 41,200 votes"; "its" names nobody
            return name_of(owner) if owner.tag_ != "PRP$" else None
    if predicate is None or predicate.pos_ not in ("VERB", "AUX"):
        return None
    giving = predicate.lemma_.lower() in _GIVERS or predicate.lower_ in _GIVERS
    if not giving and predicate.lemma_.lower() not in _VERBS and predicate.lower_ not in _VERBS:
        return None
    tok = number
    while tok.i != predicate.i and tok.head.i != tok.i:  # "won 42 of the 120 seats": the whole is nobody's tally
        if tok.dep_ == "pobj" and tok.head.lower_ in _WHOLE_PREPS:
            return None
        tok = tok.head
    if giving:
        return _given_to(predicate, number, anchor)
    doer = verb_doer(predicate)  # "... and the Greens won 1.4 million votes", "went on to win"
    if doer is None or doer.tag_ in _NOBODY or doer.left_edge.i <= anchor.i <= doer.right_edge.i:
        return None
    return name_of(doer)


def _given_to(giving: Token, number: Token, anchor: Token) -> str | None:
    """Who ``giving`` hands the tally ``number`` (``anchor``: its counted noun) to: its named indirect object ("gave
    Labour 12 seats"; "gave the Greens 12 seats", which the parser hangs on the counted noun before the number), or,
    for a pronoun in a participle clause ("gained 9 seats, giving them 31"), the doer of the verb the clause hangs
    on; None when a poll or a projection gives it ("A projection gave the party 70 seats") or nobody is named."""
    given = next((c for c in giving.children if c.dep_ == "dative"), None) or next(
        (c for c in anchor.children if c.dep_ == "nmod" and c.tag_ in ("NNP", "NNPS") and c.i < number.i), None)
    giver = verb_doer(giving)
    if given is None or (giver is not None and giver.lemma_.lower() in _PROJECTIONS):
        return None
    if given.tag_ in _NOBODY:
        if giving.dep_ != "advcl" or giving.tag_ != "VBG" or giving.head.i == giving.i:
            return None
        given = verb_doer(giving.head)
        if given is None or given.tag_ in _NOBODY:
            return None
    return name_of(given)
