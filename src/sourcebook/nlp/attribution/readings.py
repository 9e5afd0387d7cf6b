"""A value read off a clock, a calendar, a scoreboard or a gauge is no content of a speech verb
that takes an object for the words it says (``any_object_verbs.txt``): 'She noted the time and
left', 'He noted the date in the ledger', 'repeated the score to the crowd' record or pass on a
reading, nothing anyone claims. Only the bare noun with a determiner or possessor: a clause or a
phrase in it can say what happened ('recalled the time he was arrested at the border', 'noted the
date of the vote had been moved' keep their content)."""

from __future__ import annotations

from spacy.tokens import Token

#: nouns of a value one reads off an instrument or a record
_READINGS = frozenset(["time", "date", "hour", "score", "temperature", "mileage", "address"])


def bare_reading(obj: Token) -> bool:
    """Whether ``obj`` is a reading ('the time', 'the date', 'his score') with nothing after it
    and nothing before it but a determiner or a possessor."""
    return obj.lemma_.lower() in _READINGS and obj.tag_ == "NN" and all(
        c.dep_ in ("det", "poss") and c.i < obj.i for c in obj.children)
