"""Times of a day that live and breaking news dates its counts by, which ``timex`` read only in part.

A rolling story names the hours of a night ("in the early hours of Sunday"), the paper's own day and
its neighbours ("earlier today", "so far today", "tomorrow", "the day before yesterday") and running
totals from a moment of the day or its eve ("since the weekend", "since dawn", "since midnight",
"since last night"). ``timex`` read only the "today" or "yesterday" inside them, or nothing.
``patterns`` gives ``timex`` their regular expressions (the longer match wins over the day word
inside it), ``resolve_live`` their ISO (start, end): "in the early hours" with no day named is the
paper's own (its morning), "of Monday morning" that day; "since" runs to the publication date. A
part of a day beside a weekday ("on Tuesday night", "late on Friday") stays unwritten, as
test_dates_67 has it: ``timex`` reads the weekday, whose day it is. The parts of a day are the
lexicon's ``figures/day_parts``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from ..attribution.clock_times import AM_PM, HOUR, ZONE
from ..lexicon import word_set
from .frames import iso
from .grammar import alternation

__all__ = ["patterns", "resolve_live"]

#: a clock time ('3am', '14:00 GMT', '9.30pm', '0400 GMT', '8pm local time'; not '14.50', a price) and what leads it
_CLOCK = (rf"(?:{HOUR}|(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?{AM_PM})?|(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]?{AM_PM}|"
          rf"(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]?{ZONE}))(?:[ \t]?{ZONE})?(?:\s+local\s+time)?")
_CLOCK_LEAD = (r"(?:(?:at|by|before|until|till|since|after|from)\s+(?:(?:about|around|roughly|approximately)\s+)?|"
               r"updated\s+(?:at\s+)?)")
_CLOCK_TIME = re.compile(rf"{_CLOCK_LEAD}{_CLOCK}", re.IGNORECASE)
#: running totals from a moment of the paper's day or its eve
_SINCE_TODAY = ("dawn", "daybreak", "first light", "midnight", "this morning", "this afternoon")


def _parts(directory: str | Path | None = None) -> str:
    return alternation(word_set("figures/day_parts", directory))


def patterns(month: str, weekdays: tuple[str, ...],
             directory: str | Path | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """The live-news patterns, each with the words one of which a text must hold (``timex``)."""
    day = "|".join(weekdays)
    parts = _parts(directory)
    date = rf"(?:{month}\s+(?:3[01]|[12]\d|0?[1-9])|(?:3[01]|[12]\d|0?[1-9])\s+{month})"
    return [
        # "earlier today", "so far today", "tomorrow", "the day before yesterday" (not "tomorrow's vote")
        (r"\b(?:(?:earlier|later|so\s+far)\s+today|tomorrow|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b"
         r"(?!['\u2019]s)", ("today", "tomorrow", "yesterday")),
        # "in the early hours of Sunday", "in the early hours" (not "of the siege": a happening's hours)
        (rf"\b(?:in|during)\s+the\s+(?:early|small|wee)\s+hours(?:\s+of\s+(?:(?:{day})(?:\s+(?:{parts}))?|{date}))?"
         r"\b(?!\s+of\b)", ("hours",)),
        # "At 3am local time", "By 14:00 GMT", "Updated 18:40 GMT" (not "at 3am on Tuesday": the day's time)
        (rf"(?<![\w-]){_CLOCK_LEAD}(?>{_CLOCK})(?![\w:.]\w)(?!,?\s+(?:(?:on|last|this|next)\s+)?(?:{day}|yesterday|today|"
         rf"tomorrow|tonight|{month}(?!\w)|\d{{1,2}}(?:st|nd|rd|th)?\s+{month}))", ("at", "by", "before", "until", "till",
                                                                                "since", "after", "from", "updated")),
        # "since the weekend", "since dawn", "since midnight", "since last night", "since yesterday"
        (rf"\bsince\s+(?:the\s+weekend|{alternation(_SINCE_TODAY)}|last\s+night|yesterday)\b",
         ("since",)),
    ]


def resolve_live(low: str, pub: dt.date | None, weekdays: tuple[str, ...],
                 resolve: Callable[[str], tuple[str | None, str | None]],
                 directory: str | Path | None = None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of one of these times (lower-cased, spaces folded), None when ``low``
    is none of them; ``resolve`` reads a plain time ("on sunday", "on march 4")."""
    if (hours := re.fullmatch(r"(?:in|during) the (?:early|small|wee) hours(?: of (.+?))?", low)) is not None:
        if hours.group(1) is not None:  # "of monday morning": that day
            return resolve("on " + re.sub(rf" (?:{_parts(directory)})$", "", hours.group(1)))
        return (None, None) if pub is None else iso(pub, pub)
    if (since := re.fullmatch(r"since (.+)", low)) is not None:
        moment = since.group(1)
        if moment not in ("the weekend", "yesterday", "last night", *_SINCE_TODAY):
            return None
        if pub is None:
            return None, None
        if moment == "the weekend":  # from the latest Saturday on or before the paper's day
            return iso(pub - dt.timedelta(days=(pub.weekday() - 5) % 7), pub)
        return iso(pub - dt.timedelta(days=1) if moment in ("yesterday", "last night") else pub, pub)
    if _CLOCK_TIME.fullmatch(low):  # a clock time of no day named: the paper's, a deadline up to it
        return (None, None) if pub is None else iso(None if low.startswith(("by", "before", "until", "till")) else pub, pub)
    days = {"earlier today": 0, "later today": 0, "so far today": 0, "tomorrow": 1, "the day after tomorrow": 2,
            "the day before yesterday": -2}.get(low)
    if days is None:
        return None
    return (None, None) if pub is None else iso(pub + dt.timedelta(days=days), pub + dt.timedelta(days=days))
