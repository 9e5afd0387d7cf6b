"""What did the killing: the cause a count's verb names as its subject.

"An earthquake killed 57 people in Marrach on Friday" and "A strong aftershock killed nine people
in Marrach on Sunday" are two tolls, not one that went from 57 to nine: the subject of "killed"
says what each counts. ``cause_of`` reads it from the figure's sentence (a noun of
``cause_nouns``, a few words before the verb: "The quake in Marrach has killed 80", "An aftershock of
magnitude 5.1 hit", "Several aftershocks above magnitude 4 followed") as its kind ("quake" and
"earthquake" are one); ``grouping`` keeps counts of two kinds of cause out of one stratum and gives
them no different_scope (a quake's magnitude is no scope of its aftershocks'). A count with no such
subject ("57 people died in the quake") has no cause and joins any. The store gives a figure its
sentence's text (``store.read.stored_figures``), so a build reads causes as the tests do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sourcebook.model import Figure
from sourcebook.nlp.lexicon import tagged, word_set

__all__ = ["cause_of"]


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """cause noun -> its kind."""
    kinds: dict[str, str] = {}
    for word in word_set("cause_nouns"):
        for kind in _KIND_TAGS:
            if word in tagged("cause_nouns", kind):
                kinds[word] = kind
    return kinds


_KIND_TAGS = ("earthquake", "aftershock", "tsunami", "weather", "fire", "explosion", "eruption", "avalanche")


def cause_of(figure: Figure) -> str | None:
    """The kind of cause the subject of ``figure``'s verb names in its sentence, None if none."""
    if figure.sentence is None or not figure.predicate:
        return None
    verb = figure.predicate.split()[-1]
    return _cause(figure.sentence.text, verb)


@lru_cache(maxsize=4096)
def _cause(sentence: str, verb: str) -> str | None:
    kinds = _kinds()
    nouns = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    # "An earthquake killed", "The quake in Marrach has killed", "a strong aftershock had now killed", "An aftershock of
    # magnitude 5.1 hit" (a reading between the noun and its verb)
    found = re.search(rf"\b({nouns})\s+(?:[\w'.-]+\s+){{0,3}}?(?:(?:has|have|had)\s+)?(?:now\s+|also\s+)?"
                      rf"{re.escape(verb)}\b", sentence, re.IGNORECASE)
    return kinds[found.group(1).lower()] if found else None
