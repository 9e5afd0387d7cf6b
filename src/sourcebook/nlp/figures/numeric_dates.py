"""Dates written in figures: "on 25/05/2031", "on 2031-05-06", "since 3.4.2030".

An ISO date says its order; a date with slashes or dots is day first in most of the world and
month first in American news, and the article does not say which: it resolves only where one
number cannot be a month ("25/05/2031" is 25 May, "05/25/2031" too) or both readings agree,
and keeps no period otherwise ("06/05/2031": the phrase, no guess), as the publication date
is read (``reconcile.dates``). ``PATTERN`` goes to ``timex``; ``resolve_numeric`` gives ISO
(start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from .frames import YEAR as _YEAR
from .frames import framed

__all__ = ["NEEDS", "PATTERN", "resolve_numeric"]

_LEAD = r"(?:on|since|by|until|before|after|from)\s+"
PATTERN = rf"\b{_LEAD}(?:{_YEAR}-\d\d-\d\d|\d{{1,2}}([/.])\d{{1,2}}\1{_YEAR})\b(?![/.-]?\d)"
NEEDS = ("on", "since", "by", "until", "before", "after", "from")


def resolve_numeric(low: str, pub: dt.date | None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a numeric date (lower-cased text), None when ``low`` holds none."""
    if iso := re.search(rf"\b({_YEAR})-(\d\d)-(\d\d)\b", low):
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    elif written := re.search(rf"\b(\d{{1,2}})[/.](\d{{1,2}})[/.]({_YEAR})\b", low):
        first, second, year = (int(g) for g in written.groups())
        if first > 12 or first == second:
            day, month = first, second
        elif second > 12:
            month, day = first, second
        else:
            return None, None  # "06/05/2031": June or May
    else:
        return None
    try:
        day_named = dt.date(year, month, day)
    except ValueError:
        return None, None
    return framed(low, day_named, day_named, pub)
