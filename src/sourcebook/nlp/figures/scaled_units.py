"""A unit abbreviation that holds a scale: '38 bcm' is 38 billion cubic metres, '1.4 tcf' 1.4 trillion cubic feet,
'41 MtCO2e' 41 million tonnes. The lexicon names such a unit with its scale word first (``figures/measure_units``:
'bcm' -> 'billion cubic metres'); the figure's value takes the scale and its unit is what is left ('cubic metres'), so
'38 bcm' and '38 billion cubic metres' of gas are the same figure, as '2.1m barrels' and '2.1 million barrels' are."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .grammar import Lexicon

if TYPE_CHECKING:  # (``numbers`` calls this module)
    from .numbers import NumberExpr

__all__ = ["scaled"]


def scaled(exprs: list[NumberExpr], lex: Lexicon) -> list[NumberExpr]:
    """``exprs`` with every measure whose unit opens with a scale word scaled by it and the word dropped."""
    out = []
    for expr in exprs:
        first, _, rest = (expr.unit or "").partition(" ")
        factor = lex.scales.get(first) if expr.kind == "measure" and rest else None
        if factor:
            expr = replace(expr, value=round(expr.value * factor, 6), low=_times(expr.low, factor),
                           high=_times(expr.high, factor), unit=rest)
        out.append(expr)
    return out


def _times(value: float | None, factor: float) -> float | None:
    return None if value is None else round(value * factor, 6)
