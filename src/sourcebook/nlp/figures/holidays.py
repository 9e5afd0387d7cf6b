"""Holidays on a fixed day as the time of a figure: "on New Year's Day", "before Christmas", "by
Halloween".

A holiday named without its year is read as a month is (``timex``): the latest one on or before
the publication date, so "300 shoppers queued on Boxing Day" in a January paper is the Boxing Day
just past; ``coming`` moves one on a verb still to come to the next ("will open on New Year's Day"
in a December paper), and ``deadlines`` a deadline ("aim to lay 12 miles of track before
Christmas"). "Before Christmas" runs to the day before it, "by Christmas" to the day itself
(``frames``). The holidays and their days are the lexicon's ``calendar.json`` (``holidays``); a
holiday whose day moves (Easter) is none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..lexicon import table
from .frames import YEAR as _YEAR
from .frames import framed
from .grammar import alternation

__all__ = ["NEEDS", "holiday", "pattern", "resolve_holiday"]

#: the words a holiday's time may open with
_LEAD = r"(?:on|by|before|until|till|since|at|over|from)"  # (not "after": no day of its own)


@lru_cache(maxsize=1)
def _days() -> dict[str, tuple[int, int]]:
    """Each holiday (lower case, straight apostrophe) and its (month, day)."""
    found = table("calendar").get("holidays", {})
    return {name: (int(day[:2]), int(day[3:])) for name, day in found.items() if not name.startswith("_")}


def pattern() -> str:
    """The regular expression of a holiday with its leading word and an optional year."""
    names = alternation(sorted(_days(), key=len, reverse=True)).replace("'", "['\u2019]")
    return rf"\b{_LEAD}\s+(?:{names})(?:,?\s+{_YEAR})?\b"


NEEDS = ("christmas", "boxing", "new", "halloween", "valentine")


def holiday(written: str) -> bool:
    """Whether a time as written names one of the holidays."""
    return resolve_holiday(" ".join(written.lower().split()), None) is not None


def resolve_holiday(low: str, pub: dt.date | None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a holiday (lower-cased text), None when ``low`` names none."""
    low = low.replace("\u2019", "'")
    found = re.fullmatch(rf"{_LEAD} (.+?)(?:,? ({_YEAR}))?", low)
    if found is None or found.group(1) not in _days():
        return None
    month, day = _days()[found.group(1)]
    if found.group(2):
        year = int(found.group(2))
    elif pub is None:
        return None, None
    else:
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    when = dt.date(year, month, day)
    return framed(low, when, when, pub)
