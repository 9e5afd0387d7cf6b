"""Seasons as the time of a figure: "last winter", "this summer", "in the spring of 2029", "since last summer".

News of the northern temperate world counts seasons by months (winter December to February,
spring March to May, summer June to August, autumn or fall September to November); a winter
belongs to the year it ends in ("winter 2029" is December 2028 to February 2029). "Last
winter" is the latest winter over by the publication date, "this winter" the one it falls in
or the nearer of the one just ended and the one to come ("this winter" in a March paper is the
winter just ended, in a September one the winter ahead, "this summer" in May the summer ahead),
a bare "in the spring" the latest begun by that date, and "by the summer", "before the summer",
"by the end of the summer" a deadline (``deadlines`` moves one still to come after the paper). A
season before a noun of time is that time ("in the summer months", "over the winter break"), before
another noun its modifier, and the phrase names a happening, no time ("over the summer riots").
``PATTERN`` goes to ``timex`` beside the other periods; ``resolve_season`` gives ISO (start, end).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from ..lexicon import word_set
from .frames import YEAR as _YEAR
from .frames import framed
from .grammar import alternation

__all__ = ["PATTERN", "NEEDS", "resolve_season"]

_FIRST = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # first month
_SEASON = r"(?:winter|spring|summer|autumn)"
#: the small words a bare season may stand before ('in winter, when', 'in spring and summer'); before any other
#: word it is a noun's modifier, no time ('a cut in winter fuel payments', 'a rise in spring lamb prices')
_AFTER_BARE = (r"(?!\s+(?!(?:and|or|but|when|while|as|after|before|because|if|unless|until|to|the|a|an|in|on|at|"
               r"for|of|with|from|by|than|this|that|last|next|is|are|was|were|has|have|had|will|would|could|should|"
               r"can|may|might|must)\b)[a-z])")
#: nouns of time a season leads, part of the time ('in the summer months', 'over the winter break'; lexicon
#: ``figures/season_spans``); 'in/over the <season>' before another lower-case word modifies it, no time ('over
#: the summer riots', 'in the winter storms')
_SPANS = alternation(word_set("figures/season_spans"))
# 'fall' only with 'last/this/next' or a year: 'the fall in prices' is no season
PATTERN = (rf"\b(?:(?:since\s+)?(?:last|this|next|past)\s+(?:{_SEASON}|fall)|(?:in|during|over|through|since|by)\s+the\s+"
           rf"(?:{_SEASON}|fall)\s+of\s+{_YEAR}|(?:in|during|over|through|since)\s+the\s+{_SEASON}"
           rf"(?:\s+(?:of\s+)?{_YEAR}|\s+(?:{_SPANS})\b|{_AFTER_BARE})|(?:in|during|over|through|since)\s+{_SEASON}"
           rf"(?:\s+(?:of\s+)?{_YEAR}|{_AFTER_BARE})|{_SEASON}\s+{_YEAR}|"
           rf"(?:by|before|until)\s+the\s+(?:end\s+of\s+the\s+)?{_SEASON}(?!\s+of\s+{_YEAR}){_AFTER_BARE})\b")
NEEDS = tuple(_FIRST)


def resolve_season(low: str, pub: dt.date | None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of a season (lower-cased text), None when ``low`` names none."""
    found = re.fullmatch(rf"(?:(?:in|during|over|through|since|by|before|until)\s+)?(?:the\s+)?(?:end\s+of\s+the\s+)?"
                         rf"(?:(last|this|next|past)\s+)?"
                         rf"({_SEASON}|fall)(?:\s+(?:of\s+)?({_YEAR}))?(?:\s+(?:{_SPANS}))?", low)
    if found is None:
        return None
    which, season, year = found.groups()
    if year:
        start = _start(season, int(year))
    elif pub is None:
        return None, None
    else:
        start = _start(season, pub.year + 1)
        while start > pub:  # the latest such season begun by the publication date
            start -= relativedelta(years=1)
        end = start + relativedelta(months=3, days=-1)
        if which in ("last", "past") and end >= pub:
            start -= relativedelta(years=1)  # "last winter" is over
        elif which == "this" and end < pub and (start + relativedelta(years=1) - pub) < (pub - end):
            start += relativedelta(years=1)  # "this summer" in May: the nearer one, still to come
        elif which == "next":
            start += relativedelta(years=1)
    end = start + relativedelta(months=3, days=-1)
    return framed(low, start, end, pub)  # ("since last winter", "by the spring of 2029": a deadline)


def _start(season: str, year: int) -> dt.date:
    """The first day of the season of ``year`` (a winter of the year it ends in)."""
    month = _FIRST[season]
    return dt.date(year - 1 if month == 12 else year, month, 1)
