"""Days of one month that name the month once: a poll's fieldwork, a strike's or a festival's days
("between 3 and 5 March", "from 8 to 11 March", "on 1 and 2 March", "3-5 May", "from March 8 to 11").

The month is written beside one day only, so the other is a bare number: the filters kept it, or the
two days read as a range, as a count ("surveyed 2,104 adults between 3 and 5 March" gave a figure "between 3
and 5"), and ``timex`` read the day beside the month alone, one day of the span. ``patterns`` gives
``timex`` the spans, ``one_month`` writes each day with its month for ``days`` to resolve, and
``day_of_span`` tells the filters that a number is such a day. The American order needs its leading
word ("from March 8 to 11"): "in March 3 and 5 ..." may count something.
"""

from __future__ import annotations

import re

__all__ = ["day_of_span", "one_month", "patterns"]

_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_JOIN = r"(?:\s*[-\u2013]\s*|\s+(?:and|to|through|until|till|or)\s+)"
_LEAD = r"(?:between|from|on|over)\s+"
_YEAR = r"(?:,?\s+(?:1[89]|20)\d\d)?"
#: a day number and the join to the month's day after it ("1 and 2 March": the '1')
_FIRST_DAY = re.compile(rf"{_JOIN}{_DAY}\s+(?:of\s+)?([A-Z][a-z]+)\.?\b")
#: the join after a month's day in the American order ("from March 8 to 11": the '11')
_LAST_DAY = re.compile(rf"\b{_LEAD}([A-Z][a-z]+)\.?\s+{_DAY}{_JOIN}$")
#: a range of two day numbers ("between 3 and 5", "3-5") and the month right after it
_DAY_RANGE = re.compile(rf"(?:between\s+|from\s+)?{_DAY}{_JOIN}{_DAY}")
_MONTH_AFTER = re.compile(r"\s+(?:of\s+)?([A-Z][a-z]+)\.?\b")
_SHARED = re.compile(rf"(?:between |from |on |over )?({_DAY}){_JOIN}({_DAY}) (?:of )?([a-z]+\.?)({_YEAR})")
_SHARED_US = re.compile(rf"(?:between |from |on |over )([a-z]+\.?) ({_DAY}){_JOIN}({_DAY})({_YEAR})")


def patterns(month: str, months: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """``timex``'s patterns of the spans, each needing a month's name (``month`` matches one)."""
    return [
        (rf"\b(?:{_LEAD})?{_DAY}{_JOIN}{_DAY}\s+(?:of\s+)?{month}{_YEAR}\b", months),
        (rf"\b{_LEAD}{month}\s+{_DAY}{_JOIN}{_DAY}{_YEAR}\b(?![\d%.,]\d|\s*(?:%|per\b|percent\b))", months),
    ]


def one_month(low: str) -> tuple[str, str] | None:
    """The first and the last day of such a span (lower-cased, spaces folded), each with the month
    and the year written once: "between 3 and 5 march" -> ("3 march", "5 march"); None for any other."""
    if shared := _SHARED.fullmatch(low):
        first, last, month, year = shared.groups()
        return f"{first} {month}{year}", f"{last} {month}{year}"
    if shared := _SHARED_US.fullmatch(low):
        month, first, last, year = shared.groups()
        return f"{month} {first}{year}", f"{month} {last}{year}"
    return None


def day_of_span(core: str, before: str, after: str, months: frozenset[str]) -> bool:
    """Whether the number ``core`` (with the text ``before`` and ``after`` it) is a day of such a span: the
    first day before the month's ("on 1 and 2 March"), the last after it ("from March 8 to 11"), or both
    read as one range ("between 3 and 5 March")."""
    if re.fullmatch(_DAY, core):
        first = _FIRST_DAY.match(after)
        if first and first.group(1).lower() in months:
            return True
        last = _LAST_DAY.search(before)
        return bool(last and last.group(1).lower() in months)
    month = _MONTH_AFTER.match(after)
    return bool(_DAY_RANGE.fullmatch(core) and month and month.group(1).lower() in months)
