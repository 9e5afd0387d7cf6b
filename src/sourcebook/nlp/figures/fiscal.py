"""Fiscal and financial years as the time of a figure: "in the 2029-30 financial year", "in
fiscal 2030", "FY2030", "in 2029-30".

Governments and companies close their years in different months (April in Britain, India and
Japan, July in Australia and most American states, October for the American government), and
an article rarely says which: a fiscal year is read as July to June, the middle of the usual
ones, so it is at most a quarter off and never a year; it is named by the year it ends in
("fiscal 2030" and "2029-30" run from July 2029 to June 2030); "in 2024-2029" is those years. ``PATTERN`` goes to ``timex``
beside the other periods; ``resolve_fiscal`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from .frames import YEAR as _YEAR
from .frames import framed

__all__ = ["NEEDS", "PATTERN", "resolve_fiscal"]

_LEAD = r"(?:(?:in|during|for|over|since|by|through)\s+)?"
#: "2029-30", "2029/30", "2029-2030": two years running (checked in ``resolve_fiscal``)
_SPLIT = rf"{_YEAR}[-/\u2013](?:(?:19|20)?\d\d)(?![-/.]?\d)"
PATTERN = (rf"\b{_LEAD}(?:the\s+)?{_SPLIT}\s+(?:fiscal|financial|tax|budget)\s+year\b|"
           rf"\b{_LEAD}(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?{_YEAR}\b|"
           rf"\b{_LEAD}FY\s?-?(?:{_YEAR}|\d\d)\b|"
           rf"\b(?:in|during|for|over|since|by|through)\s+{_SPLIT}\b(?!\s*(?:%|per\s*cent|percent|season))")
NEEDS = ()


def resolve_fiscal(low: str, pub: dt.date | None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a fiscal year (lower-cased text), None when ``low`` names none."""
    if split := re.search(rf"\b({_YEAR})[-/\u2013]((?:19|20)?\d\d)\b", low):
        first, second = int(split.group(1)), int(split.group(2))
        if second != first + 1 and second != (first + 1) % 100:
            last = second if second > 999 else first // 100 * 100 + second
            if last <= first:
                return None
            return framed(low, dt.date(first, 1, 1), dt.date(last, 12, 31), pub)  # "in 2024-2029": the years
        ends = first + 1
    elif named := re.search(rf"\b(?:fiscal|financial)\s+(?:year\s+)?({_YEAR})\b|\bfy\s?-?({_YEAR}|\d\d)\b", low):
        year = named.group(1) or named.group(2)
        ends = int(year) if len(year) == 4 else 2000 + int(year)
    else:
        return None
    return framed(low, dt.date(ends - 1, 7, 1), dt.date(ends, 6, 30), pub)
