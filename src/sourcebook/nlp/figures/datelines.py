"""A wire story's day is its dateline's, when the page went out a day or a few after it.

"VARROW, March 3 (Wire) - Floods have killed 40 people since Monday" on a site that published it on
March 4: the story's "yesterday", "on Friday" and "since Monday" count from March 3, the day it was
filed, not from the publication date (its "on Friday" is the Friday before March 3, not March 4
itself). ``story_day`` gives the day the figures' times are resolved against: the date of the
dateline opening the article (at the start of one of its first lines, ``attribution.candidate``'s
``DATELINE``), when it names a month and a day and falls in the week before the publication date;
else the publication date itself. A dateline of the paper's own day or of none changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from ..attribution.candidate import DATELINE
from .timex import words

__all__ = ["story_day"]

#: how far into the article its dateline is looked for (a headline and a byline may come first)
_OPENING = 400
#: a dateline this many days before the publication date at most is the story's day
_LAG = dt.timedelta(days=7)


def story_day(text: str, published: str | None) -> str | None:
    """The ISO day the story's times count from: its dateline's in the week before ``published``, else
    ``published``."""
    if not published:
        return published
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return published
    for line in re.finditer(r"(?:^|\n)", text[:_OPENING]):
        found = DATELINE.match(text, line.end())
        if found is not None:
            day = _day_of(found.group(), pub)
            return day.isoformat() if day is not None and pub - _LAG <= day < pub else published
    return published


def _day_of(dateline: str, pub: dt.date) -> dt.date | None:
    """The month and day a dateline names, in the year that puts it on or before ``pub``."""
    months = words().months
    said = re.search(r"\b([A-Za-z]+)\.? (\d{1,2})\b|\b(\d{1,2}) ([A-Za-z]+)\b", dateline)
    if said is None:
        return None
    month = months.get((said.group(1) or said.group(4)).lower())
    if month is None:
        return None
    number = int(said.group(2) or said.group(3))
    for year in (pub.year, pub.year - 1):
        try:
            day = dt.date(year, month, number)
        except ValueError:
            return None
        if day <= pub:
            return day
    return None
