"""A season of play, a campaign or a school's term or year as the time of a figure: "scored 31 goals this season",
"averaged 9,800 a game last season", "prices will rise next season", "23 goals this campaign", "lost £21m over the past
three seasons", "excluded 14 pupils this term", "applied this academic year", "in the 2035-36 season".

Results, tables, crowds and wages are counted by season, and schools count pupils by term and year, so that is the
time an editor checks them against. None has a calendar of its own (football runs August to May, cricket April to
September, a theatre's from autumn; a school's year starts in September in one country, in January or April in
others), so one named from the paper's ("this season", "last term", "this academic year") is kept as written and
resolved to no dates (``resolve_played``). One named by its years ("in the 2035-36 season") keeps the two calendar
years, as a fiscal or school year with no country does (``fiscal`` resolves it); not one a thing is sold or bought
for ("season tickets for the 2030-31 season"), which is no time of the sale. ``PATTERN`` goes to ``timex`` beside
the other periods.
"""

from __future__ import annotations

import re

from .frames import YEAR

__all__ = ["NEEDS", "PATTERN", "resolve_played"]

#: the stretches of play and teaching with no calendar of their own
_PLAYED = r"(?:season|campaign|term|(?:academic|school)\s+year)"
_NEAR = rf"(?:(?:so\s+far\s+)?this|last|next|previous|past)\s+{_PLAYED}\b"
_SEVERAL = r"\b(?:over|in|during|for|across)\s+the\s+(?:past|last|previous)\s+(?:\d+\s+|[a-z]+\s+)?seasons\b"
PATTERN = (rf"\b{_NEAR}|{_SEVERAL}|\b(?:in|during|over|through|throughout)\s+the\s+{YEAR}[-/\u2013](?:(?:19|20)?\d\d)"
           r"\s+(?:season|campaign)\b")
NEEDS = ("season", "seasons", "campaign", "term", "year")


def resolve_played(low: str) -> tuple[None, None] | None:
    """No dates for such a time named from the paper's (lower-cased text); None when ``low`` names none."""
    if re.fullmatch(rf"(?:(?:in|during|over|for|throughout)\s+)?(?:the\s+)?{_NEAR}|{_SEVERAL}", low):
        return None, None
    return None
