"""Which of a sentence's places is where a figure happened: the one a preposition of place introduces ("in front of
24,300 fans at Bellmoor Park", "61,000 saw Tennant City lift the trophy at Wexley Stadium"). Sports and election copy
names sides and parties after towns ("Tennant City", "beat Crossley"), and the entity recogniser tags them as places;
a name that is a verb's subject or object acts, it is no place of the count. So when the clause of the figure's verb
holds a place after a locative preposition (``measures.json`` scope ``locative_preps``), only those are candidates
(``context.find_place``); with none, or with no verb, every place stays one."""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import alternation

__all__ = ["located"]


@lru_cache(maxsize=4)
def _lead(preps: frozenset[str]) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(preps) or '(?!)'})\s+(?:the\s+)?$", re.IGNORECASE)


def located(places: list[tuple[int, int, str]], text: str, preps: frozenset[str]) -> list[tuple[int, int, str]]:
    """The (start, end, text) ``places`` a locative preposition of ``preps`` introduces."""
    lead = _lead(preps)
    return [p for p in places if lead.search(text, max(0, p[0] - 16), p[0])]
