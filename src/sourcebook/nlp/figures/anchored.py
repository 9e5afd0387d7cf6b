"""A step back counts from the period its sentence names, not from the publication date.

"Sales reached $5m in 2029, up from $4m a year earlier", "inflation eased to 2.9% in May from
3.2% a year earlier", "58,000 books in 2029, up from 51,000 the previous year": the earlier
value's time is the sentence's own period moved back ($4m in 2028, 3.2% in May of the year
before), where ``periods`` counts "a year earlier" from the publication date, years off when
the sentence tells of an older year. ``anchored`` takes the nearest time written before the
step in the sentence, one with both ends that is no running span ("since 2019", "over the past
year"); with none, the step stays counted from the publication date ("the previous year" is
then last year).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

__all__ = ["STEP", "anchored"]

#: "a year earlier", "two quarters earlier", "the previous year", "the prior month", "the year before"
STEP = re.compile(r"(?:(\w+)\s+(year|quarter|month|fortnight|week|day|decade)s?\s+earlier|the\s+(?:previous|prior|preceding)\s+"
                  r"(year|quarter|month|week|day)|the\s+(year|quarter|month|week)\s+before)$", re.IGNORECASE)
_UNITS = {"year": relativedelta(years=1), "quarter": relativedelta(months=3), "month": relativedelta(months=1),
          "fortnight": relativedelta(weeks=2), "week": relativedelta(weeks=1), "day": relativedelta(days=1),
          "decade": relativedelta(years=10)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "the": 1}
#: times that run up to a day rather than name a period ("since 2019", "over the past year")
_RUNNING = re.compile(r"^(?:since|from|by|until|till|before)\b|\b(?:past|last|next|coming|ago)\b", re.IGNORECASE)


def anchored(written: str, at: int, times: list[tuple[int, int, str]], published: str | None,
             resolve: Callable[[str, str | None], tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
    """(start, end) of the time ``written`` (at character ``at``) among the sentence's ``times``
    ((start, end, text)), a step back moved from the period named before it; else ``resolve``'s."""
    step = STEP.search(written)
    if step is None:
        return resolve(written, published)
    unit = (step.group(2) or step.group(3) or step.group(4)).lower()
    count = _NUMBERS.get((step.group(1) or "the").lower())
    before = [t for t in times if t[1] <= at and not STEP.search(t[2]) and not _RUNNING.search(t[2])]
    if count is not None and before:
        start, end = resolve(max(before)[2], published)
        if start and end:
            back = _UNITS[unit] * count
            first = dt.date.fromisoformat(start) - back
            last = dt.date.fromisoformat(end) + dt.timedelta(days=1) - back - dt.timedelta(days=1)
            return first.isoformat(), last.isoformat()
    if (step.group(3) or step.group(4)) and published:  # "the previous year" with no year named: last year; the day: yesterday
        return resolve("yesterday" if unit == "day" else "last " + unit, published)
    return resolve(written, published)
