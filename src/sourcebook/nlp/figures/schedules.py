"""A verb in the present with a weekday tells of a day still to come: news writes schedules in the present.

"Polls open on Thursday", "The clinic opens on Monday with 60 beds", "Some 40 delegates are arriving on
Sunday", "12,000 fans are expected on Saturday", "2,000 nurses are set to strike on Tuesday": a story
tells what happened in the past tense, so a weekday on a verb in the present (simple, progressive or
passive) is the next such day, as one with "will" is (``coming``); a weekday of the paper's own day stays
it. Not the perfect ("have killed 40 since Monday", a running total) and not "be" or "have" as the verb
itself ("the toll is 31 on Wednesday" tells of a day the story names). Weekdays only: a month in the
present ("prices rise 3% in March") is as often a month's data told in the present.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["scheduled"]

_PRESENT = frozenset({"VBZ", "VBP"})


def scheduled(verb: Token) -> bool:
    """Whether ``verb`` is in the present: "opens", "are arriving", "are expected", "are set (to strike)"."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_.lower() in ("have", "do", "will", "would", "could", "might", "may", "can") for c in aux):
        return False  # (a perfect, "did", and a modal other than "will", which ``to_come`` reads)
    if verb.tag_ in _PRESENT:
        return verb.lemma_.lower() not in ("be", "have")
    if verb.tag_ in ("VBG", "VBN"):  # "are arriving", "are expected"
        return any(c.tag_ in _PRESENT and c.lemma_.lower() == "be" for c in aux)
    return False
