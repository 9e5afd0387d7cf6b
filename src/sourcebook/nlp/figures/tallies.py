"""Whose votes or seats a tally is: "Ilse Varga won 52,900 votes", "the Union Party won 42 seats",
"Varga's 41,200 votes".

Votes and seats are always somebody's: two candidates' tallies in one count, or two parties' seats,
are different measures, and a count of one candidate as counting goes on ("had 41,200 votes with 80%
of ballots counted", then "won 52,900 votes") is one measure that changed over time. So, as a sum has
its payer (``money.find_agent``), a tally of votes or seats (lexicon ``figures/tally_units``) has
its holder: the subject of a verb of winning or holding it (``figures/tally_verbs``), or its
possessor. Votes cast, counted or spoilt have no holder and take part in no measure (the measures
table's votes and seats need a doer, as money does).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import word_set
from .doer_names import name_of, verb_doer

__all__ = ["tally_holder"]

_UNITS = word_set("figures/tally_units")
_VERBS = word_set("figures/tally_verbs")
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
    if predicate is None or predicate.pos_ not in ("VERB", "AUX") or \
            (predicate.lemma_.lower() not in _VERBS and predicate.lower_ not in _VERBS):
        return None
    tok = number
    while tok.i != predicate.i and tok.head.i != tok.i:  # "won 42 of the 120 seats": the whole is nobody's tally
        if tok.dep_ == "pobj" and tok.head.lower_ in _WHOLE_PREPS:
            return None
        tok = tok.head
    doer = verb_doer(predicate)  # "... and the Greens won 1.4 million votes", "went on to win"
    if doer is None or doer.tag_ in ("PRP", "WP", "EX") or doer.left_edge.i <= anchor.i <= doer.right_edge.i:
        return None
    return name_of(doer)
