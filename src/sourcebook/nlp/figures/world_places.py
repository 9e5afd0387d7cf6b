"""The whole world as a figure's place, written as an adverb: 'Worldwide, the fever has infected 48,000 people',
'sold 10.3 million cars globally', 'cases around the world'. A figure with no place joins the place its article or
its block names (``reconcile.measures``), so a count of the world would be set against one country's count of the
same thing; with the place "World" it is a place of its own. Taken only when the figure's clause (else its sentence)
names no other place; the words are ``figures/world_words``."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..lexicon import word_set

__all__ = ["world_place"]

WORLD = "World"


@cache
def _words(directory: str | Path | None) -> re.Pattern:
    words = sorted(word_set("figures/world_words", directory), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def world_place(text: str, clip: tuple[int, int], clause: tuple[int, int] | None,
                directory: str | Path | None = None) -> str | None:
    """"World" when the figure's clause (else its sentence, ``clip``) says it counts the whole world, else None."""
    start, end = clause if clause is not None else clip
    return WORLD if _words(directory).search(text, start, end) else None
