"""A clock time as news copy writes one, the pieces every pattern of one builds on: a live page's
time opening the source's line (``syntax.after_clock``: '14:20 A resident posted'), a live page's
stamp opening a content (``candidate.after_dateline``), a clock token that breaks a role
(``affiliations``), a transcript's or a live blog's stamp before a turn's label and a clock time
opening a source (``time_stamps``). What each place adds stays there: what follows the time (a
space, a colon, a dash, a capital), a bracket, a bare hour ('7 p.m.').

The time of day is 24-hour or 12-hour, with a colon or a full stop ('14:20', '9.45'), an optional
am/pm in lower case or capitals, with or without stops and a space ('2.15pm', '9:05 a.m.', '10:30
PM'; not 'Am', the word opening a question after a stamp), or four digits in the military style
when a zone follows ('0930 GMT'); the zone (``time_zones.txt``) is a word of capitals after it.
Never a figure: '3.5 million' (one digit after the stop), '45.50' (no such hour), '1:2 draw',
'2-1', '24/7' or '9/11' are none; 'John 3:16' is a time read alone, so each place asks for it at a
line's or a token's start only."""

from __future__ import annotations

import re

from ..lexicon import words

#: the zones, longest first, each a whole word in capitals ('CEST', 'ET'; not 'ETA')
ZONE = rf"(?:{'|'.join(sorted((z.upper() for z in words('time_zones')), key=len, reverse=True))})\b"
#: 'am', 'a.m.', 'a.m', 'AM', 'A.M.' (one case through)
AM_PM = r"(?:[ap]\.?m\.?|[AP]\.?M\.?)"
#: '14:20', '9.45', '2.15pm', '9:05 a.m.'
TIME_OF_DAY = rf"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]?{AM_PM})?"
#: a bare hour with am/pm: '7 p.m.', '10am'
HOUR = rf"(?:1[0-2]|0?[1-9])[ \t]?{AM_PM}"
#: a time of day, or four digits a zone follows ('0930 GMT'), then its zone if any: '14:05 GMT', '9:05 a.m. ET'
CLOCK = rf"(?:{TIME_OF_DAY}|(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]?{ZONE}))(?:[ \t]?{ZONE})?"

_TIME_OF_DAY = re.compile(TIME_OF_DAY)


def is_time_of_day(word: str) -> bool:
    """Whether a token's text is a time of day alone ('10:42', '9.30pm')."""
    return _TIME_OF_DAY.fullmatch(word) is not None
