"""Running periods that economic statistics are stated over: "in the year to March", "in the
three months to August", "in the month to September", "in the 12 months ending June 2023", "in the fiscal year to March",
"in the year to the third quarter".

Statistics offices give inflation, wages and house prices over a period that ends with a month:
"wages rose 4.2% in the year to March" is April of the year before to the end of March, not
March alone (which ``timex`` would read from the bare month), and "in the year to the third
quarter" is the four quarters ending with it, not the third quarter alone. A fiscal year named by
the month it ends in is that year, whatever month the fiscal years of ``fiscal`` take. A month or
a quarter without a year is the latest one begun by the publication date. ``PATTERN`` goes to ``timex``
beside the other periods; ``resolve_running`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .frames import YEAR as _YEAR
from .frames import iso as _iso

__all__ = ["NEEDS", "pattern", "resolve_running"]

NEEDS = ("year", "months", "quarter", "month")
#: how many months each period word runs over
_LENGTHS = {"year": 12, "quarter": 3, "month": 1}
#: the last month of each quarter a period runs to ("the year to the third quarter")
_QUARTER_ENDS = {"first": 3, "second": 6, "third": 9, "fourth": 12, "final": 12, "last": 12}
_QUARTERS = "|".join(_QUARTER_ENDS)


def pattern(month: str, num: str) -> str:
    """The regular expression of these periods, ``month`` being the month alternation and
    ``num`` the counts ("three", "12")."""
    return (rf"\b(?:in|over|for|during)\s+the\s+(?:(?:{num})\s+months|(?:fiscal\s+|financial\s+)?year|quarter|month)\s+"
            rf"(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?:{month}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?|"
            rf"the\s+(?:{_QUARTERS})\s+quarter(?:\s+of)?)(?:,?\s+{_YEAR})?\b")


def resolve_running(low: str, pub: dt.date | None, months: dict[str, int],
                    counts: dict[str, float]) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of such a period (lower-cased text), None when ``low`` names none."""
    found = re.match(rf"(?:in|over|for|during) the (?:(\w+) months|(?:fiscal |financial )?(year|quarter|month)) "
                     rf"(?:to|ending|ended|through) (?:the end of )?(?:the ({_QUARTERS}) quarter(?: of)?|"
                     rf"([a-z]+)\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?)(?:,? ({_YEAR}))?$", low)
    if found is None or not (found.group(3) or found.group(4) in months):
        return None
    length = _LENGTHS[found.group(2)] if found.group(2) else \
        int(found.group(1)) if found.group(1).isdigit() else counts.get(found.group(1))
    month = _QUARTER_ENDS[found.group(3)] if found.group(3) else months[found.group(4)]
    begun = month - 2 if found.group(3) else month  # a quarter is begun by its first month
    if found.group(5):
        year = int(found.group(5))
    elif pub is not None:
        year = pub.year if begun <= pub.month else pub.year - 1
    else:
        return None, None
    if not length:
        return None, None
    last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
    return _iso(dt.date(year, month, 1) - relativedelta(months=int(length) - 1), last)
