"""Weeks that crisis updates count in: "in the week to Sunday", "the fortnight to Sunday", "the first week of
March".

Health ministries and UN agencies report cases, deaths and arrivals by the week: "31 deaths
in the week to Sunday" is the seven days ending on that Sunday (the latest one on or before
the publication date, as "on Sunday" is), "in the week ending March 10" the seven days to
that date, "in the fortnight to Sunday" the fourteen; "in the first week of March" is March 1
to 7, the second 8 to 14, and so on, the last week the month's last seven days. ``pattern``
goes to ``timex`` beside the other periods; ``resolve_week`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from .frames import YEAR as _YEAR

__all__ = ["NEEDS", "pattern", "resolve_week"]

_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1, "final": -1}
NEEDS = ("week", "fortnight")
#: days each stretch that ends on a day runs over ("the fortnight to Sunday": the 14 days ending that Sunday)
_DAYS = {"week": 7, "fortnight": 14}


def pattern(month: str, weekdays: tuple[str, ...]) -> str:
    """The regular expression of these weeks, ``month`` being the month alternation."""
    day = rf"(?:{'|'.join(weekdays)}|{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month})"
    return (rf"\b(?:(?:in|during|over|for)\s+)?the\s+(?:week|fortnight)\s+(?:to|ending|ended|through)\s+{day}\b|"
            rf"\b(?:(?:in|during|over)\s+)?the\s+(?:{'|'.join(_NTH)})\s+week\s+of\s+{month}(?:,?\s+{_YEAR})?\b")


def resolve_week(low: str, pub: dt.date | None, months: dict[str, int],
                 weekdays: tuple[str, ...]) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of such a week (lower-cased text), None when ``low`` names none."""
    if (nth := re.search(rf"\bthe ({'|'.join(_NTH)}) week of ([a-z]+)\.?(?:,? ({_YEAR}))?$", low)) is not None:
        month = months.get(nth.group(2))
        if month is None:
            return None
        year = int(nth.group(3)) if nth.group(3) else (pub.year if pub and month <= pub.month else
                                                        pub.year - 1 if pub else None)
        if year is None:
            return None, None
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        first = following - dt.timedelta(days=7) if _NTH[nth.group(1)] < 0 else \
            dt.date(year, month, 1) + dt.timedelta(days=7 * _NTH[nth.group(1)])
        return first.isoformat(), min(first + dt.timedelta(days=6), following - dt.timedelta(days=1)).isoformat()
    if (to := re.search(r"\bthe (week|fortnight) (?:to|ending|ended|through) (.+)$", low)) is None:
        return None
    if pub is None:
        return None, None
    end = _day(to.group(2), pub, months, weekdays)
    if end is None:
        return None, None
    return (end - dt.timedelta(days=_DAYS[to.group(1)] - 1)).isoformat(), end.isoformat()


def _day(said: str, pub: dt.date, months: dict[str, int], weekdays: tuple[str, ...]) -> dt.date | None:
    """The day ``said`` names: a weekday, the latest on or before ``pub``; "march 10" or "10
    march", in the year that puts it on or before ``pub``."""
    if said in weekdays:
        return pub - dt.timedelta(days=(pub.weekday() - weekdays.index(said)) % 7)
    words = said.replace(".", "").split()
    number = next((w for w in words if w.isdigit()), None)
    month = next((months[w] for w in words if w in months), None)
    if number is None or month is None:
        return None
    try:
        day = dt.date(pub.year, month, int(number))
        return day if day <= pub else dt.date(pub.year - 1, month, int(number))
    except ValueError:
        return None
