"""Times of plans and forecasts counted forward from the publication date, which ``periods``
reads no other way.

Plans are dated from the day they are told: "a year from now" and "in two years' time" are that
day a year or two on (as "a year ago" is that day a year back), "the year after next" the
calendar year two on, "between now and 2035" runs from the paper's day to that year's end, "in
the months ahead" is "in the coming months" (three of them, as ``periods`` counts those), "later
this year" runs from the day after the paper to the year's end (as "earlier this year" runs to
the paper's day), "from next year" and "from next April" start then and keep no end, "early next
year" and "late last year" are the whole year (as "in early May" is the whole month), "this
decade" and "next decade" are the decade of the paper's year and the one after it, "in the new
year" the year a late-autumn or winter paper is about to enter, and "in the five years to 2037"
the five calendar years ending with 2037. Hours ahead ("in the next 24 hours", "over the coming 72
hours", "in the coming hours") run from the paper's day, whose hour is not known, to the day they
reach, counted in whole days as hours back are (``frames.whole_days``). ``patterns`` gives
``timex`` their regular expressions, ``resolve_forward`` their ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .frames import YEAR as _YEAR
from .frames import iso as _iso
from .frames import whole_days

__all__ = ["patterns", "resolve_forward"]

_STEPS = {"day": relativedelta(days=1), "week": relativedelta(weeks=1), "month": relativedelta(months=1),
          "year": relativedelta(years=1), "decade": relativedelta(years=10)}
_UNIT = r"(?:days?|weeks?|months?|years?|decades?)"
#: the season a "later this summer" is of, by its first month (a winter of the year it ends in: ``seasons``)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: a paper from this month on is about to enter the new year ("in the new year" in a December paper)
_NEW_YEAR_FROM = 10


def patterns(month: str, num: str) -> list[tuple[str, tuple[str, ...]]]:
    """The patterns of these times, each with the words one of which a text must hold (``timex``)."""
    amount = rf"(?:(?:a\s+)?{num}|a|an)"  # ("a few years from now")
    return [
        (rf"\b{amount}\s+{_UNIT}\s+from\s+(?:now|today)\b", ("now", "today")),
        (rf"\b(?:in|within)\s+{amount}\s+{_UNIT}(?:['\u2019]s?)?\s+time\b", ("time",)),
        (r"\b(?:in\s+)?the\s+year\s+after\s+next\b", ("after",)),
        (rf"\b(?:between|from)\s+now\s+(?:and|to|until|till)\s+(?:(?:the\s+end\s+of\s+)?{month}\s+)?{_YEAR}\b",
         ("now",)),
        (r"\b(?:in|over|during|for)\s+the\s+(?:days|weeks|months|year)\s+ahead\b", ("ahead",)),
        (r"\blater\s+this\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b", ("later",)),
        (rf"\bfrom\s+next\s+(?:week|month|year|{month})\b", ("next",)),
        (r"\b(?:early|late)\s+(?:next|last|this)\s+year\b", ("early", "late")),
        (r"\bthis\s+year\s+and\s+(?:the\s+)?next\b", ("next",)),
        (r"\b(?:this|next)\s+decade\b", ("decade",)),
        (r"\bin\s+the\s+new\s+year\b", ("new",)),
        (rf"\b(?:in|over|during)\s+the\s+(?:{num})\s+years\s+to\s+{_YEAR}\b", ("years",)),
    ]


def resolve_forward(low: str, pub: dt.date | None, months: dict[str, int],
                    counts: dict[str, float]) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of one of these times (lower-cased, spaces folded), None when ``low``
    is none of them."""
    if years_to := re.fullmatch(rf"(?:in|over|during) the (\w+) years to ({_YEAR})", low):
        size = _amount(years_to.group(1), counts)
        last = int(years_to.group(2))
        return _iso(dt.date(last - size + 1, 1, 1), dt.date(last, 12, 31)) if size else (None, None)
    if (hours := _hours_ahead(low, pub, counts)) is not None:
        return hours
    if not re.search(r"\b(?:from now|from today|time|after next|now|ahead|later this|from next|early|late|this year "
                     r"and|decade|new year)\b", low):
        return None
    if pub is None:
        return None  # (read as the other times are: none of these dates without the paper's day)
    low = low.replace("couple of ", "couple ")  # ("in a couple of years' time")
    if step := re.fullmatch(rf"(?:a )?(\w+) ({_UNIT}) from (?:now|today)|"
                            rf"(?:in|within) (?:a )?(\w+) ({_UNIT})(?:['\u2019]s?)? time", low):
        size = _amount(step.group(1) or step.group(3), counts)
        unit = (step.group(2) or step.group(4)).rstrip("s")
        day = pub + _STEPS[unit] * size
        return _iso(day, day) if size else (None, None)
    if re.fullmatch(r"(?:in )?the year after next", low):
        return _iso(dt.date(pub.year + 2, 1, 1), dt.date(pub.year + 2, 12, 31))
    if until := re.fullmatch(rf"(?:between|from) now (?:and|to|until|till) (?:(?:the end of )?([a-z]+) )?({_YEAR})",
                             low):
        month = months.get(until.group(1) or "", 12)
        return _iso(pub, dt.date(int(until.group(2)), month, 1) + relativedelta(months=1, days=-1))
    if ahead := re.fullmatch(r"(?:in|over|during|for) the (days|weeks|months|year) ahead", low):
        unit = ahead.group(1).rstrip("s")
        return _iso(pub + dt.timedelta(days=1), pub + _STEPS[unit] * (1 if unit == "year" else 3))
    if later := re.fullmatch(r"later this (week|month|year|spring|summer|autumn|fall|winter)", low):
        return _later(later.group(1), pub)
    if start := re.fullmatch(r"from next (week|month|year|[a-z]+)", low):
        return _from_next(start.group(1), pub, months)
    if edge := re.fullmatch(r"(?:early|late) (next|last|this) year", low):
        year = pub.year + {"next": 1, "last": -1}.get(edge.group(1), 0)
        return _iso(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if re.fullmatch(r"this year and (?:the )?next", low):
        return _iso(dt.date(pub.year, 1, 1), dt.date(pub.year + 1, 12, 31))
    if decade := re.fullmatch(r"(this|next) decade", low):
        first = pub.year // 10 * 10 + (10 if decade.group(1) == "next" else 0)
        return _iso(dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
    if low == "in the new year":
        year = pub.year + (1 if pub.month >= _NEW_YEAR_FROM else 0)
        return _iso(dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def _hours_ahead(low: str, pub: dt.date | None, counts: dict[str, float]) -> tuple[str | None, str | None] | None:
    """"in the next 24 hours", "within the next 48 hours", "in the coming hours" (a few of them): the paper's day to
    the day the hours reach; None when ``low`` is no such time."""
    ahead = re.fullmatch(r"(?:in|over|during|within|for|throughout) (?:just |only )?the (?:next|coming) "
                         r"(?:(?:a )?(couple|\w+)(?: of)? )?(hour|minute)s?", low)
    if ahead is None:
        return None
    if pub is None:
        return None, None
    amount = ahead.group(1) or "few"
    size = _amount(amount, counts)
    days = whole_days(size / 60 if ahead.group(2) == "minute" else size)
    return _iso(pub, pub + dt.timedelta(days=days))


def _amount(word: str, counts: dict[str, float]) -> int:
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else int(counts.get(word) or 0)


def _later(period: str, pub: dt.date) -> tuple[str | None, str | None]:
    """"later this month": the day after the paper to the month's end; "later this summer": the
    season still to come or running (its first day, or the day after the paper once begun)."""
    if period in _SEASONS:
        first_month = _SEASONS[period]
        first = dt.date(pub.year - (1 if first_month == 12 and pub.month < 3 else 0), first_month, 1)
        last = first + relativedelta(months=3, days=-1)
        if last < pub:  # (over: the same season a year on)
            first, last = first + relativedelta(years=1), (first + relativedelta(years=1, months=3, days=-1))
        return _iso(max(first, pub + dt.timedelta(days=1)), last)
    if period == "week":
        last = pub + dt.timedelta(days=6 - pub.weekday())
    elif period == "month":
        last = pub.replace(day=1) + relativedelta(months=1, days=-1)
    else:
        last = dt.date(pub.year, 12, 31)
    return _iso(pub + dt.timedelta(days=1), last)


def _from_next(period: str, pub: dt.date, months: dict[str, int]) -> tuple[str | None, str | None] | None:
    """"from next year", "from next April": from the first day of the next such period, no end."""
    if period == "year":
        return _iso(dt.date(pub.year + 1, 1, 1), None)
    if period == "month":
        return _iso(pub.replace(day=1) + relativedelta(months=1), None)
    if period == "week":
        return _iso(pub + dt.timedelta(days=7 - pub.weekday()), None)
    if period in months:
        month = months[period]
        return _iso(dt.date(pub.year if month > pub.month else pub.year + 1, month, 1), None)
    return None
