"""A qualifier written before the scale's name: 'Several aftershocks above magnitude 4 followed'.

The number grammar reads a qualifier only right before the number ('more than 150'); a reading of a
scale puts the scale's name between them ('above magnitude 4', 'around magnitude 6'), so the number
alone was read as an exact 4. That is a floor of the aftershocks' size, not a reading of 4: the
qualifier word before the name (the numbers lexicon's ``qualifiers``) is the figure's, with its
interval, so 'above magnitude 4' never meets an exact reading of another quake as a rival value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .numbers import Lexicon, NumberExpr, interval

__all__ = ["reading_bound"]

_REACH = 40  # characters before the number: the qualifier and the scale's name


@lru_cache(maxsize=8)
def _before_scale(words: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b({names})\s+magnitude[\s-]+$", re.IGNORECASE)


def reading_bound(text: str, expr: NumberExpr, lex: Lexicon) -> NumberExpr:
    """``expr`` with the qualifier written before 'magnitude' when the number itself has none."""
    if expr.qualifier != "exact":
        return expr
    found = _before_scale(tuple(lex.qualifiers)).search(text, max(0, expr.start - _REACH), expr.start)
    if found is None:
        return expr
    qualifier = lex.qualifiers[" ".join(found.group(1).lower().split())]
    if qualifier == "exact":
        return expr
    low, high = interval(expr.value, qualifier, lex)
    return replace(expr, qualifier=qualifier, low=low, high=high)
