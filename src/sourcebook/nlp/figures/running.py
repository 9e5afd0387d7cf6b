"""Running periods that economic statistics are stated over: "in the year to March", "in the
three months to August", "in the 12 months ending June 2023".

Statistics offices give inflation, wages and house prices over a period that ends with a month:
"wages rose 4.2% in the year to March" is April of the year before to the end of March, not
March alone (which ``timex`` would read from the bare month). A month without a year is the
latest one begun by the publication date, as a quarter is. ``PATTERN`` goes to ``timex``
beside the other periods; ``resolve_running`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .frames import YEAR as _YEAR
from .frames import iso as _iso

__all__ = ["NEEDS", "pattern", "resolve_running"]

NEEDS = ("year", "months", "quarter")
#: how many months each period word runs over
_LENGTHS = {"year": 12, "quarter": 3}


def pattern(month: str, num: str) -> str:
    """The regular expression of these periods, ``month`` being the month alternation and
    ``num`` the counts ("three", "12")."""
    return (rf"\b(?:in|over|for|during)\s+the\s+(?:(?:{num})\s+months|year|quarter)\s+(?:to|ending|ended|through)\s+"
            rf"(?:the\s+end\s+of\s+)?{month}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?\b")


def resolve_running(low: str, pub: dt.date | None, months: dict[str, int],
                    counts: dict[str, float]) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of such a period (lower-cased text), None when ``low`` names none."""
    found = re.match(rf"(?:in|over|for|during) the (?:(\w+) months|(year|quarter)) (?:to|ending|ended|through) "
                     rf"(?:the end of )?([a-z]+)\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? ({_YEAR}))?$", low)
    if found is None or found.group(3) not in months:
        return None
    length = _LENGTHS[found.group(2)] if found.group(2) else \
        int(found.group(1)) if found.group(1).isdigit() else counts.get(found.group(1))
    month = months[found.group(3)]
    if found.group(4):
        year = int(found.group(4))
    elif pub is not None:
        year = pub.year if month <= pub.month else pub.year - 1
    else:
        return None, None
    if not length:
        return None, None
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return _iso(dt.date(year, month, 1) - relativedelta(months=int(length) - 1), last)
