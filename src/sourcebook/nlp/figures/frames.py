"""What periods, seasons and deadlines share: a year as news writes it ("2029") and the words
that frame a period against the publication date ("since the 1990s" runs to it, "by the end of
2031" is a deadline that ends there and has no start, "before 2035" and "before the summer" one
that ends the day before they start)."""

from __future__ import annotations

import datetime as dt

__all__ = ["DEADLINE", "YEAR", "framed", "iso", "whole_days"]

YEAR = r"(?:19|20)\d\d"
#: the words that open a deadline ("by June", "until 2031", "before the end of the year")
DEADLINE = ("by ", "until ", "before ")


def iso(first: dt.date | None, last: dt.date | None) -> tuple[str | None, str | None]:
    return (first.isoformat() if first else None), (last.isoformat() if last else None)


def whole_days(hours: float) -> int:
    """Hours as whole days, to the nearest ("the past 36 hours" reach two days back, "the next 12 hours" one on):
    the paper's hour is not known, and a date with an hour is no ISO date."""
    return int((hours + 12) // 24)


def framed(low: str, first: dt.date, last: dt.date, pub: dt.date | None) -> tuple[str | None, str | None]:
    """"since the 1990s" runs to the publication date, "by the end of 2031" ends there."""
    if low.startswith(("since", "from")):
        return iso(first, pub if pub is None or pub >= first else None)  # "from 2033" runs on past it
    if low.startswith("before ") and not low.startswith("before the end"):
        return iso(None, first - dt.timedelta(days=1))  # "before the summer": up to the day it starts
    if low.startswith(DEADLINE):
        return iso(None, last)
    return iso(first, last)
