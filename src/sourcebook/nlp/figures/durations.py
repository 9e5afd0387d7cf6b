"""A figure's time is when it happened, before how long it lasted: 'A fault cut power to 80,000 homes for two hours on
Tuesday' happened on Tuesday. A phrase of duration under the verb is the time of the figures beside it only when the
sentence names no other time ('The outage affected 3 million customers for six hours', 'flooded 400 homes in 12
hours', as the 65 set has it); beside a day, a month or a year the duration says how long, not when."""

from __future__ import annotations

import re

__all__ = ["when_first"]

#: a bare stretch of time: "for two hours", "in 12 hours", "over five years" (not "in the past 24 hours", a period)
_DURATION = re.compile(r"(?:for|in|within|over)\s+(?!the\b)(?:[\w,.]+\s+){1,2}"
                       r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)", re.IGNORECASE)


def when_first(candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``candidates`` (start, end, text) of a figure's time without the bare durations, when any other is left."""
    points = [t for t in candidates if not _DURATION.fullmatch(t[2])]
    return points or candidates
