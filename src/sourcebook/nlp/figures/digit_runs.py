"""How many digits in a row every match of a pattern holds, read from the pattern itself.

``timex.find_times`` tries about seventy time patterns on each figure's sentence; the costliest
need a year written in digits ('in 2019', 'the 1990s', 'Q3 2024', 'FY24'), which nine sentences
in ten lack. A pattern whose every match holds ``n`` digits in a row cannot match a text whose
longest run of digits is shorter, so it is not tried there: the same matches, found sooner. The
count comes from the parsed pattern (``re._parser``), not from a list kept by hand, so it stays
right when a pattern changes; where the parse holds anything it does not know it counts none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: a run of digits (``\d``: any decimal digit, as the patterns' own ``\d`` reads it)
_DIGITS = re.compile(r"\d+")
_DIGIT_CODES = range(ord("0"), ord("9") + 1)
#: a digit or ``\d`` in a pattern's source: one with neither needs no digit (an escape such as ``\x30`` has digits)
_WRITES_DIGITS = re.compile(r"\\d|[0-9]")


@dataclass(frozen=True, slots=True)
class _Run:
    """What a piece of a pattern guarantees: ``whole`` the fewest characters it matches when it
    matches digits only (None: it may match something else), ``first`` and ``last`` the fewest
    digits its matches open and close with, ``inside`` the fewest in a row anywhere in them."""

    whole: int | None
    first: int
    last: int
    inside: int


_NONE = _Run(None, 0, 0, 0)
_EMPTY = _Run(0, 0, 0, 0)  # (nothing matched, or a zero-width test: the characters on its two sides touch)


def digit_run(pattern: re.Pattern[str]) -> int:
    """The fewest digits in a row that every match of ``pattern`` holds (0: maybe none)."""
    if not _WRITES_DIGITS.search(pattern.pattern):
        return 0  # (no digit and no ``\d`` written: nothing to parse, at start-up)
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this cannot read is always tried
        return 0
    return _sequence(parsed).inside


def longest_run(text: str) -> int:
    """The length of the longest run of digits in ``text``."""
    return max(map(len, _DIGITS.findall(text)), default=0)


def _sequence(items: Any) -> _Run:
    out = _EMPTY
    for op, arg in items:
        out = _then(out, _piece(op, arg))
    return out


def _then(a: _Run, b: _Run) -> _Run:
    """``a`` followed by ``b``."""
    if a.whole is not None and b.whole is not None:
        n = a.whole + b.whole
        return _Run(n, n, n, n)
    first = a.first if a.whole is None else a.whole + b.first
    last = b.last if b.whole is None else b.whole + a.last
    return _Run(None, first, last, max(a.inside, b.inside, a.last + b.first, first, last))


def _piece(op: Any, arg: Any) -> _Run:
    if op is sre.LITERAL:
        return _Run(1, 1, 1, 1) if arg in _DIGIT_CODES else _NONE
    if op is sre.IN:
        return _Run(1, 1, 1, 1) if arg and all(_digit_only(o, a) for o, a in arg) else _NONE
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _EMPTY
    if op is sre.SUBPATTERN:
        return _sequence(arg[3])
    if op is sre.ATOMIC_GROUP:
        return _sequence(arg)
    if op is sre.BRANCH:
        ways = [_sequence(way) for way in arg[1]]
        whole = None if any(w.whole is None for w in ways) else min(w.whole for w in ways if w.whole is not None)
        return _Run(whole, min(w.first for w in ways), min(w.last for w in ways), min(w.inside for w in ways))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, body = arg
        one = _sequence(body)
        if one.whole is not None:  # (digits only: more of them make the run longer)
            n = least * one.whole
            return _Run(n, n, n, n)
        return one if least >= 1 else _NONE
    return _NONE


def _digit_only(op: Any, arg: Any) -> bool:
    """Whether an item of a character class matches digits only."""
    if op is sre.LITERAL:
        return arg in _DIGIT_CODES
    if op is sre.RANGE:
        return arg[0] in _DIGIT_CODES and arg[1] in _DIGIT_CODES
    return op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT
