"""A figure that says it counts the whole country right after it ('against 61% nationally', 'up 4% nationwide')
takes no place from the rest of its sentence: 'Turnout in Kellow West was 58.2%, against 61% nationally' sets a
constituency's share against the country's, and the nearest place (Kellow West) would make the two one place's. With
no place, the national figure joins the place its article or its block names (``reconcile.measures``), as any figure
with none does. The words are ``figures/national_words``; 'worldwide' is the world's (``world_places``)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..lexicon import word_set

__all__ = ["nationwide"]


@cache
def _after(directory: str | Path | None) -> re.Pattern:
    words = sorted(word_set("figures/national_words", directory), key=len, reverse=True)
    # (past the counted noun, two words at most: "61% of voters nationally" is not read, "4,000 jobs nationwide" is)
    return re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def nationwide(text: str, end: int, directory: str | Path | None = None) -> bool:
    """Whether the figure ending at ``end`` is said right after it to count the whole country."""
    return bool(_after(directory).match(text, end))
