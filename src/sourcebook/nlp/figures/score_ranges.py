"""A score the number grammar reads as a range ("after losing 2-3 at home", "drew 1-1 on Saturday"): two numbers
joined by a hyphen a few words after a word of winning, losing or scoring (lexicon ``figures/score_words``), with no
counted noun after them, are a score, not "2 to 3" of anything. A range with its noun stays one ("won 3-5 seats").
Scores are no figures by default; with the component's ``scores`` option ``build`` reads them itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import alternation

__all__ = ["is_score"]

_PAIR = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")
#: a plural noun right after the pair counts something ("3-5 seats"); not a word that only ends in s
_COUNTED_AFTER = re.compile(r"\s+(?!(?:as|its|this|his|is|was|has|thanks|plus|whereas|perhaps|always)\b)[a-z]+s\b")


@lru_cache(maxsize=4)
def _after_score_word(words: frozenset[str]) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(words) or '(?!)'})\b[^.;:!?\d]{{0,40}}$", re.IGNORECASE)


def is_score(score_words: frozenset[str], core: str, before: str, after: str) -> bool:
    """True when ``core``, a hyphenated pair with ``before`` and ``after`` it, is a match's score."""
    return bool(_PAIR.fullmatch(core)) and bool(_after_score_word(score_words).search(before)) and \
        not _COUNTED_AFTER.match(after)
