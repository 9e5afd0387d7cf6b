"""A sports or theatre season as the time of a figure: "scored 31 goals this season", "averaged 9,800 a game
last season", "prices will rise next season".

Results, tables, crowds and wages are counted by season, so the season is the time an editor checks them against.
A season has no calendar of its own (football runs August to May, cricket April to September, a theatre's from
autumn), so it is kept as written and resolved to no dates: ``timex`` falls through to none. A named season
("the 2023-24 season") is not read here (``fiscal`` leaves it alone too). ``PATTERN`` goes to ``timex`` beside the
other periods.
"""

from __future__ import annotations

__all__ = ["NEEDS", "PATTERN"]

PATTERN = r"\b(?:(?:so\s+far\s+)?this|last|next|previous|past)\s+season\b"
NEEDS = ("season",)
