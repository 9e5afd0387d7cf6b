"""A list's glyph or a timeline's or live page's tag opening the line of a source: '\u2022 Officials said X',
'2 February - Engineers report X', 'Wednesday, 10:15 - Mediators said X', 'UPDATE 2 - Officials said X'. The parser
glues the tag to a bare plural or a name after it; it says where the entry sits on the page or when it
was filed, not who spoke, so the source starts after it (for ``build``, with the picture's pointer and
the clock time of ``captions``). Only at a line's start and only when words of the source are left; a
tag ends in a dash or a colon (not 'March 3 protesters said X', where the date may be the sentence's)."""

from __future__ import annotations

import re

from ..lexicon import entries, table
from .clock_times import CLOCK

_CALENDAR = table("calendar")
_MONTH = "|".join(sorted((m.title() for m in entries(_CALENDAR["months"])), key=len, reverse=True))
_SHORT = "|".join(sorted((m.title() for m in entries(_CALENDAR["month_abbreviations"])), key=len, reverse=True))
_DAY = "|".join(w.title() for w in entries(_CALENDAR["weekdays"]))
_MONTHS = rf"(?:{_MONTH}|(?:{_SHORT})\.?)"
#: a date with its day or year ('2 February', 'March 3', 'Feb. 5, 2024', 'June 2019'; not 'May', a name too),
#: a weekday, a year, or a wire's 'UPDATE 2'
_WHEN = (rf"(?:\d{{1,2}} {_MONTHS}(?: \d{{4}})?|{_MONTHS} (?:\d{{1,2}}(?:,? \d{{4}})?|\d{{4}})|(?:{_DAY})|\d{{4}}"
         rf"|(?:UPDATE|BREAKING|LATEST|CORRECTED|REFILE)(?: \d{{1,2}})?)")
#: a list's glyph (not '-' or '*', which the parser never joins to a word), or a tag, the time after it if any
#: ('Wednesday, 10:15 - '), and its dash or colon
_OPENER = re.compile(rf"[ \t]*(?:[\u2022\u25aa\u25cf\u25e6\u00b7\u2023][ \t]*)?"
                     rf"(?:{_WHEN}(?:,? {CLOCK})?[ \t]*[-\u2013\u2014:][ \t]+)?")


def without_line_opener(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of a source without a list's glyph or a date's tag that opens its line, before it."""
    line = text.rfind("\n", 0, span[0]) + 1
    found = _OPENER.match(text, line, span[1])
    if found is None or not span[0] < found.end() < span[1]:
        return span
    return found.end(), span[1]
