"""How often a thing was done, no time: "downloaded 3 million times", "streamed 310 million times", "won the cup four
times". 'times' after a count names no stretch of time (it is in ``figures/time_units`` for "three times as many" and
"at times"), so the figure is a count, not a duration; what it counts is the noun of the verb that was done so often
when the lexicon names one ("downloaded" -> "downloads": ``figures/occurrence_nouns``), else "times", as the figure
evaluations write it."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from ..lexicon import table

__all__ = ["occurrence_unit"]


def occurrence_unit(unit: Token, directory: str | Path | None = None) -> str | None:
    """What the count before ``unit`` counts when ``unit`` is 'times' ("downloaded 3 million times": "downloads";
    "won it four times": "times"), or None for any other counted noun."""
    if unit.lower_ not in ("time", "times"):
        return None
    verb = unit.head
    while verb.dep_ in ("prep", "advmod", "npadvmod") and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if verb.pos_ in ("VERB", "AUX"):
        return table("figures/occurrence_nouns", directory).get(verb.lemma_.lower(), "times")
    return "times"
