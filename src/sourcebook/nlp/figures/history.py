"""Times of the past that news of anniversaries and history writes, which ``timex`` reads no other way.

An anniversary counts back from the paper's day: "ten years ago this week" is that week ten years
back (``timex`` read "this week", the paper's own), "twenty years ago today" that day, "on this day
in 1969" the paper's day of that year (not all of 1969), and what an anniversary is of happened
that many years before it ("the 75th anniversary of the flood, which killed 312", "marks 30 years
since the mine closed with the loss of 1,200 jobs": the flood's year, the closure's, where no time
was read). Decades and centuries are written bare too ("The 1950s saw", "through the 1970s and
1980s", "in the 19th century"), "the turn of the century" is the years around the latest turn
before the paper, and an era with no calendar of its own ("in the post-war years") is a time with
no dates, so no other phrase of the sentence dates the figure. ``patterns`` gives ``timex`` the
regular expressions, ``resolve_history`` their ISO (start, end); ``dates_figure`` tells whether an
anniversary's phrase holds the figure (only what it is of is that old: "the 50th anniversary of
the fair drew 20,000 people" is a count of now).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Token

from ..lexicon import table
from .frames import YEAR as _YEAR
from .frames import framed, iso

__all__ = ["ANNIVERSARY", "dates_figure", "patterns", "resolve_history"]

_DECADE = r"(?:early\s+|late\s+|mid-?\s*)?(?:1[6-9]|20)\d0s"
_LEADS = r"(?:(?:in|during|since|through|throughout|by|from|at|around)\s+)?"
_ERAS = r"(?:post-?war|inter-?war|pre-?war|war)"
#: "the 75th anniversary of", "marks 30 years since": how old what follows is
ANNIVERSARY = re.compile(r"^(?:the\s+(\d{1,3})(?:st|nd|rd|th)\s+anniversary|(\d{1,3}|\w+)\s+years\s+since)$",
                         re.IGNORECASE)
_UNITS = {"day": relativedelta(days=1), "week": relativedelta(weeks=1), "month": relativedelta(months=1),
          "year": relativedelta(years=1), "decade": relativedelta(years=10), "century": relativedelta(years=100)}


def _ordinals() -> dict[str, int]:
    return {word: n for word, n in table("numbers")["ordinals"].items() if 15 <= n <= 21}


def patterns(num: str) -> list[tuple[str, tuple[str, ...]]]:
    """The patterns of times of the past, each with the words one of which a text must hold (``timex``)."""
    centuries = "|".join(sorted(_ordinals(), key=len, reverse=True)) + r"|twenty-first|1[5-9]th|2[01]st|20th"
    return [
        # "ten years ago this week", "twenty years ago today", "a century ago this month"
        (rf"\b(?:{num})\s+(?:days?|weeks?|months?|years?|decades?|century|centuries)\s+ago\s+"
         r"(?:this\s+(?:week|month)|today|tonight)\b", ("ago",)),
        (rf"\bon\s+this\s+(?:day|date)\s+in\s+{_YEAR}\b", ("this",)),
        # what an anniversary is of: "the 75th anniversary of the flood", "marks 30 years since the mine closed"
        (r"\bthe\s+\d{1,3}(?:st|nd|rd|th)\s+anniversary(?=\s+of\b)", ("anniversary",)),
        (rf"(?:(?<=\bis\s)|(?<=\bmarks\s)|(?<=\bmark\s)|(?<=\bmarked\s)|(?<=\bbeen\s)|(?<=\bwas\s))(?:{num})\s+years"
         r"\s+since\b", ("since",)),
        # "The 1950s saw", "through the 1970s and 1980s"
        (rf"\b{_LEADS}the\s+{_DECADE}(?:\s+and\s+(?:the\s+)?{_DECADE})?\b", ()),
        (rf"\b{_LEADS}the\s+(?:early\s+|late\s+|mid-?\s*)?(?:{centuries})\s+century\b", ("century",)),
        (rf"\b{_LEADS}the\s+turn\s+of\s+the\s+(?:century|millennium)\b", ("turn",)),
        (rf"\b(?:in|during|through|throughout)\s+the\s+{_ERAS}\s+years\b", ("years",)),
    ]


def resolve_history(low: str, pub: dt.date | None, counts: dict[str, float]) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a time of the past (lower-cased, spaces folded), None when ``low``
    is none of them."""
    if re.search(rf"\bthe {_ERAS} years$", low):
        return None, None
    if ago := re.fullmatch(r"(\w+) (day|week|month|year|decade|centur)(?:y|s|ies)? ago (this week|this month|today|"
                           r"tonight)", low):
        amount = _amount(ago.group(1), counts)
        if pub is None or amount is None:
            return None, None
        day = pub - _UNITS["century" if ago.group(2) == "centur" else ago.group(2)] * amount
        if ago.group(3) == "this week":
            monday = day - dt.timedelta(days=day.weekday())
            return iso(monday, monday + dt.timedelta(days=6))
        if ago.group(3) == "this month":
            return iso(day.replace(day=1), day.replace(day=1) + relativedelta(months=1, days=-1))
        return iso(day, day)
    if same := re.fullmatch(rf"on this (?:day|date) in ({_YEAR})", low):
        if pub is None:
            return None, None
        try:
            day = pub.replace(year=int(same.group(1)))
        except ValueError:  # 29 February
            return None, None
        return iso(day, day)
    if old := ANNIVERSARY.fullmatch(low):
        amount = _amount(old.group(1) or old.group(2), counts)
        if pub is None or amount is None:
            return None, None
        year = pub.year - amount
        return iso(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if decades := re.fullmatch(r"(?:\w+ )?the (?:early |late |mid-? ?)?((?:1[6-9]|20)\d)0s"
                               r"(?: and (?:the )?(?:early |late |mid-? ?)?((?:1[6-9]|20)\d)0s)?", low):
        first = dt.date(int(decades.group(1)) * 10, 1, 1)
        last = dt.date(int(decades.group(2) or decades.group(1)) * 10 + 9, 12, 31)
        return framed(low, first, last, pub) if last >= first else (None, None)
    if century := re.search(r"\bthe (?:early |late |mid-? ?)?(\w+(?:-\w+)?) century$", low):
        number = _century(century.group(1))
        if number is None or number < 2:
            return None
        return framed(low, dt.date((number - 1) * 100, 1, 1), dt.date((number - 1) * 100 + 99, 12, 31), pub)
    if re.search(r"\bthe turn of the (?:century|millennium)$", low):
        if pub is None:
            return None, None
        turn = pub.year // 100 * 100
        return framed(low, dt.date(turn - 1, 1, 1), dt.date(turn + 1, 12, 31), pub)
    return None


def _amount(word: str, counts: dict[str, float]) -> int | None:
    if word.isdigit():
        return int(word)
    value = counts.get(word)
    return int(value) if value is not None and word not in ("few", "several", "couple") else None


def _century(word: str) -> int | None:
    if digits := re.fullmatch(r"(\d{2})(?:st|nd|rd|th)", word):
        return int(digits.group(1))
    if word == "twenty-first":
        return 21
    return _ordinals().get(word)


def dates_figure(anchor: Token, start: int, end: int) -> bool:
    """An anniversary's phrase dates only a figure inside what it is of ("the 75th anniversary of
    the flood, which killed 312 people"; "marks 30 years since the mine closed with the loss of
    1,200 jobs"), not one of the sentence's own verb ("the 50th anniversary of the fair drew 20,000")."""
    doc = anchor.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]  # "of" after "anniversary"; the "since" ends the phrase itself
    link = after if after.lower_ == "of" else span[-1]
    root = link.head if link.dep_ == "mark" else link
    return anchor in root.subtree and anchor.i >= span.end
