"""A figure's unit normalised beside what it counts (``Figure.unit_norm``): the ISO 4217 code
of money ("US$2.3bn" -> USD, "164p" -> GBX), pint's name of a physical unit ("60mph" ->
"mile / hour", "2,100 kg" -> "kilogram"), "percent" and "percentage_point". ``unit`` stays
what is counted as the article says it ("dollars", "miles", "nurses").

pint's registry takes most of a second to load: the packaged lexicon's units are answered from
``unit_names.PINT_NAMES`` (pint's own answers, checked by a test); the registry is built only
for another unit, once per process, and every unit name is parsed once.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from .grammar import Lexicon
from .unit_names import PINT_NAMES

__all__ = ["normalise_unit"]

log = logging.getLogger(__name__)

#: unit names pint spells otherwise
_PINT_NAMES = {"degrees celsius": "degC", "degrees fahrenheit": "degF", "parts per million": "ppm",
               "basis points": "0.01 percent"}
_SIGN = re.compile(r"U\.?S\.?\$|[A-Z]{1,2}\$|[$£€¥₹]|\b[A-Z]{3}\b|\bRs\.?")


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def _pint_name(unit: str) -> str | None:
    if unit in PINT_NAMES:  # the lexicon's units, answered without loading pint
        return PINT_NAMES[unit]
    return _ask_pint(unit)


def _ask_pint(unit: str) -> str | None:
    name = _PINT_NAMES.get(unit.lower(), unit)
    if name.endswith("percent"):
        return "percent" if name == "percent" else "basis_point"
    try:
        parsed = _registry().parse_units(name)
    except Exception:  # pint raises several error types for a name it does not know
        log.debug("no pint unit for %r", unit)
        return None
    return str(parsed)


def normalise_unit(kind: str, unit: str | None, written: str, lex: Lexicon) -> str | None:
    """The normal unit of a figure of ``kind`` counting ``unit``, written as ``written``."""
    if kind == "percent":
        return "percentage_point" if unit and "point" in unit else "percent"
    if kind == "money":
        sign = _SIGN.search(written)
        if sign and sign.group() in lex.currency_codes:
            return lex.currency_codes[sign.group()]
        if sign and sign.group() in lex.currencies and sign.group().isalpha():
            return sign.group()  # an ISO code written as such ("CHF 3 billion")
        return lex.currency_codes.get((unit or "").lower())
    if kind == "measure" and unit:
        return _pint_name(unit)
    return None
