"""Calendar periods news states beside a figure that ``timex`` reads no other way.

Quarters and halves ("in the first quarter", "in the second half of 2028", "Q3 2029", "H1 2033"; "last
quarter", "in the last quarter" and "this quarter" counted from the paper's quarter), spans with two
ends ("between 2010 and 2020", "from March to May"), decades ("in the 1990s"), a counted step back
from the article's day ("240 a year earlier", "a fortnight earlier"), next periods ("next year",
"over the next five years", "by Friday next week": a forecast, after the publication date), a
year's or a month's edge ("by the end of 2031", "by the end of the month": a target) and running
periods ("in the year to March", ``running``). ``patterns`` gives ``timex`` their regular
expressions, ``resolve_period`` their ISO (start, end) against the publication date; a
quarter without a year is the latest one begun by that date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .fiscal import NEEDS as FISCAL_WORDS
from .fiscal import PATTERN as FISCAL
from .fiscal import resolve_fiscal
from .frames import YEAR as _YEAR
from .frames import framed as _framed
from .frames import iso as _iso
from .numeric_dates import NEEDS as NUMERIC_WORDS
from .numeric_dates import PATTERN as NUMERIC
from .numeric_dates import resolve_numeric
from .played_seasons import NEEDS as PLAYED_WORDS
from .played_seasons import PATTERN as PLAYED
from .played_seasons import resolve_played
from .running import NEEDS as RUNNING_WORDS
from .running import pattern as running_pattern
from .running import resolve_running
from .seasons import NEEDS as SEASON_WORDS
from .seasons import PATTERN as SEASON
from .seasons import resolve_season
from .weeks import NEEDS as WEEK_WORDS
from .weeks import pattern as week_pattern
from .weeks import resolve_week

__all__ = ["patterns", "resolve_period"]

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 0, "last": 0}  # 0: the last of the year
_ORDINAL = "|".join(_ORDINALS)
#: a quarter named from the paper's own, in months from its first: "last quarter" and "in the last quarter" (with
#: no year after it) are the latest one over, as "last week" is, "this quarter" the paper's, "next quarter" the one after
_NEAR_QUARTERS = {"last": -3, "latest": -3, "this": 0, "current": 0, "next": 3, "coming": 3}
_QUARTER = rf"\b({_ORDINAL})\s+(quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(the|this|last|{_YEAR}))?"
_STEPS = {"day": relativedelta(days=1), "week": relativedelta(weeks=1), "fortnight": relativedelta(weeks=2),
          "month": relativedelta(months=1), "year": relativedelta(years=1), "decade": relativedelta(years=10)}
_EDGES = {"start": (1, 1), "beginning": (1, 1), "middle": (6, 7), "end": (12, 12)}  # (first, last) month


def patterns(month: str, num: str, unit: str, weekdays: tuple[str, ...]) -> list[tuple[str, tuple[str, ...]]]:
    """The period patterns, each with the words one of which a text must hold (``timex``)."""
    side = rf"(?:{month}\s+{_YEAR}|{month}|{_YEAR})"
    return [
        # 'by Friday next week' is a day to come, not the Friday just past
        (rf"\b(?:on|by|until|before)\s+(?:{'|'.join(weekdays)})\s+next\s+week\b", ("next",)),
        # "in the first three months of the year", "the final six months of 2034": a year's first or last months
        (rf"\b(?:in|during|over|for)\s+the\s+(?:first|final|last)\s+(?:{num})\s+months\s+of\s+"
         rf"(?:the\s+year|this\s+year|last\s+year|{_YEAR})\b", ("months",)),
        # a half needs its year: 'during the first half' is most often a match's
        (rf"\b(?:in|during|over|for|since|by|through)\s+the\s+(?:{_ORDINAL})\s+(?:quarter|half)"
         rf"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|(?:fiscal\s+)?{_YEAR}))?\b(?<!half)", ("quarter", "half")),
        # "last quarter", "this quarter", "in the latest quarter": counted from the paper's quarter (no year after)
        (r"\b(?:(?:in|during|over|for)\s+the\s+(?:last|latest|current|next|coming)|(?<!the\s)(?:last|this|next))"
         r"\s+quarter(?:['\u2019]s)?\b(?!\s+of\b)", ("quarter",)),
        # "lost 400,000 subscribers in the quarter": the quarter the story reports on, left unresolved; not a town's
        (r"\b(?:in|during|over|for)\s+the\s+quarter\b(?!\s+(?:of|to|before|after|ended|ending)\b)", ("quarter",)),
        (rf"\bQ[1-4]\s+(?:of\s+)?{_YEAR}\b", ()),
        (rf"\b(?-i:H)[12]\s+(?:of\s+)?{_YEAR}\b", ()),  # "H1 2033": a half by its year
        (rf"\b(?:in|during|for|over|since|by)\s+(?:the\s+)?Q[1-4]\b(?!\s+(?:of\s+)?{_YEAR})", ()),  # "in Q4"
        (rf"\b(?:between|from)\s+{side}\s+(?:and|to|through|until|till)\s+{side}\b", ("between", "from")),
        (r"\b(?:in|during|since|through|throughout|by|from)\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d0s\b",
         ()),
        # a figure's earlier level, 'up from 240 a year earlier', '$1.2bn a year earlier', '31% from a
        # year earlier', counts back from the news; 'Five years earlier, she had', 'a year later', 'two days before'
        # count from a day the story tells of, which is not the publication date
        (rf"(?:(?<=\d\s)|(?<=%\s)|(?<=\d[mkp]\s)|(?<=\dbn\s)|(?<=illion\s)|(?<=\bfrom\s)|(?<=\bpercent\s)|"
         rf"(?<=\bthan\s))(?:{num})\s+{unit}\s+earlier\b"
         r"(?!\s+than\b)", ("earlier",)),
        (r"\bnext\s+(?:week|month|year)\b", ("next",)),
        # "up from 51,000 the previous year": counted from the sentence's year (``anchored``)
        (r"\bthe\s+(?:previous|prior|preceding)\s+(?:year|quarter|month|week)\b", ("previous", "prior", "preceding")),
        # "up from 1,540 the year before": the same step, right after the earlier figure ('the day before the attack'
        # elsewhere counts from a day the story tells of)
        # (not before a happening or a time it counts from: "the year before the pandemic", "the year before last")
        (r"(?:(?<=\d\s)|(?<=%\s)|(?<=\d[mkp]\s)|(?<=\dbn\s)|(?<=illion\s))the\s+(?:year|quarter|month|week)\s+before\b"
         r"(?!\s+(?:the|a|an|his|her|its|their|this|that|last|(?-i:[A-Z][\w-]*))\b)", ("before",)),
        (rf"\b(?:by|at|until|before|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:{_YEAR}|this\s+year|"
         r"next\s+year|last\s+year|the\s+year|the\s+decade)\b|\b(?:by|at|until|before|towards?)\s+the\s+end\s+of\s+"
         r"(?:the|this)\s+month\b", ("end", "start", "beginning", "middle")),
        (SEASON, SEASON_WORDS),  # "last winter", "in the spring of 2029"
        (PLAYED, PLAYED_WORDS),  # "this season", "last term": a season of play or a school's term, no dates
        (week_pattern(month, weekdays), WEEK_WORDS),  # "in the week to Sunday", "the first week of March"
        (running_pattern(month, num), RUNNING_WORDS),  # "in the year to March", "in the three months to August"
        (FISCAL, FISCAL_WORDS),  # "in the 2029-30 financial year", "in fiscal 2030", "FY2030"
        (NUMERIC, NUMERIC_WORDS),  # "on 25/05/2031", "on 2031-05-06"
    ]


def resolve_period(low: str, pub: dt.date | None, months: dict[str, int], counts: dict[str, float],
                   weekdays: tuple[str, ...] = ()) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of one of these periods (lower-cased, spaces folded), None when
    ``low`` is none of them (``timex.resolve`` reads it)."""
    for numbered in (resolve_fiscal, resolve_numeric):
        if (found := numbered(low, pub)) is not None:
            return found
    if (played := resolve_played(low)) is not None:
        return played  # "this season", "last term", "this academic year": no calendar of their own
    if (running := resolve_running(low, pub, months, counts)) is not None:
        return running  # before quarters: "in the year to the third quarter" is four of them
    near = re.fullmatch(rf"(?:(?:in|during|over|for) the )?({'|'.join(_NEAR_QUARTERS)}) quarter(?:['\u2019]s)?", low)
    if near is not None:
        if pub is None:
            return None, None
        first = dt.date(pub.year, pub.month - (pub.month - 1) % 3, 1) + relativedelta(months=_NEAR_QUARTERS[near[1]])
        return _iso(first, first + relativedelta(months=3, days=-1))
    if quarter := re.search(_QUARTER, low):
        return _part_of_year(low, quarter, pub)
    if (season := resolve_season(low, pub)) is not None:
        return season
    if months_of := re.fullmatch(rf"(?:in|during|over|for) the (first|final|last) (\w+) months of "
                                 rf"(the year|this year|last year|{_YEAR})", low):
        return _months_of_year(months_of, pub, counts)
    if ("week" in low or "fortnight" in low) and (week := resolve_week(low, pub, months, weekdays)) is not None:
        return week
    if h := re.fullmatch(rf"h([12])\s+(?:of\s+)?({_YEAR})", low):
        first = dt.date(int(h.group(2)), 6 * int(h.group(1)) - 5, 1)
        return _iso(first, first + relativedelta(months=6, days=-1))
    if q := re.fullmatch(rf"q([1-4])\s+(?:of\s+)?({_YEAR})", low):
        first = dt.date(int(q.group(2)), 3 * int(q.group(1)) - 2, 1)
        return _iso(first, first + relativedelta(months=3, days=-1))
    if q := re.fullmatch(r"(?:in|during|for|over|since|by)\s+(?:the\s+)?q([1-4])", low):
        named = ("1st", "2nd", "3rd", "4th")[int(q.group(1)) - 1] + " quarter"  # "in q4": the latest fourth quarter
        quarter = re.search(_QUARTER, named)
        return _part_of_year(low, quarter, pub) if quarter else None
    if two := re.fullmatch(r"(?:between|from)\s+(.+?)\s+(?:and|to|through|until|till)\s+(.+)", low):
        return _span(two.group(1), two.group(2), pub, months)
    if decade := re.search(r"\b((?:1[89]|20)\d)0s\b", low):
        first = dt.date(int(decade.group(1)) * 10, 1, 1)
        return _framed(low, first, first + relativedelta(years=10, days=-1), pub)
    if step := re.search(r"\b(\w+)\s+(day|week|fortnight|month|year|decade)s?\s+earlier\b", low):
        amount = int(step.group(1)) if step.group(1).isdigit() else counts.get(step.group(1))
        if pub is None or amount is None:
            return None, None
        day = pub - _STEPS[step.group(2)] * int(amount)
        return _iso(day, day)
    if coming := re.search(r"\b(\w+day)\s+next\s+week\b", low):
        if pub is None or coming.group(1) not in weekdays:
            return None, None
        day = pub + dt.timedelta(days=7 - pub.weekday() + weekdays.index(coming.group(1)))
        return _framed(low, day, day, pub)
    if nxt := re.fullmatch(r"next\s+(week|month|year)", low):
        if pub is None:
            return None, None
        if nxt.group(1) == "week":
            first = pub + dt.timedelta(days=7 - pub.weekday())
            return _iso(first, first + dt.timedelta(days=6))
        if nxt.group(1) == "month":
            first = pub.replace(day=1) + relativedelta(months=1)
            return _iso(first, first + relativedelta(months=1, days=-1))
        return _iso(dt.date(pub.year + 1, 1, 1), dt.date(pub.year + 1, 12, 31))
    if re.search(r"\bend\s+of\s+(?:the|this)\s+month\b", low) and pub:
        first = pub.replace(day=1)  # "by the end of the month": the paper's month
        return _framed(low, first, first + relativedelta(months=1, days=-1), pub)
    if edge := re.search(rf"\b(end|start|beginning|middle)\s+of\s+({_YEAR}|this year|next year|last year|the year|"
                         r"the decade)", low):
        year = _year_named(edge.group(2), pub)
        if edge.group(2) == "the decade" and pub is not None:  # "by the end of the decade": 2039 in 2031
            year = pub.year // 10 * 10 + (9 if edge.group(1) == "end" else 0)
        if year is None:
            return None, None
        first_month, last_month = _EDGES[edge.group(1)]
        first = dt.date(year, first_month, 1)
        return _framed(low, first, dt.date(year, last_month, 1) + relativedelta(months=1, days=-1), pub)
    if ahead := re.search(r"\b(?:next|coming)\s+(?:(\w+)\s+)?(day|week|month|year|decade)(s?)\b", low):
        # "over the next five years", "in the coming months": a forecast from the publication date
        if pub is None:
            return None, None
        amount = counts.get(ahead.group(1) or "", int(ahead.group(1)) if (ahead.group(1) or "").isdigit() else None)
        amount = amount or (3 if ahead.group(3) else 1)
        return _iso(pub + dt.timedelta(days=1), pub + _STEPS[ahead.group(2)] * int(amount))
    return None


def _year_named(word: str, pub: dt.date | None) -> int | None:
    if word.isdigit():
        return int(word)
    if pub is None:
        return None
    return pub.year + {"last": -1, "next": 1}.get(word.split()[0], 0)


def _months_of_year(found: re.Match, pub: dt.date | None, counts: dict[str, float]) -> tuple[str | None, str | None]:
    """"the first three months of the year": January to March of the year named; "the final
    three months of 2034": October to December."""
    amount = int(found.group(2)) if found.group(2).isdigit() else counts.get(found.group(2))
    year = _year_named("this year" if found.group(3) == "the year" else found.group(3), pub)
    if year is None or not amount or not 0 < amount <= 12:
        return None, None
    size = int(amount)
    first = dt.date(year, 1 if found.group(1) == "first" else 13 - size, 1)
    return _iso(first, first + relativedelta(months=size, days=-1))


def _part_of_year(low: str, found: re.Match, pub: dt.date | None) -> tuple[str | None, str | None]:
    """A quarter or a half: of the year named, else the latest begun by the publication date."""
    size = 3 if found.group(2) == "quarter" else 6
    index = _ORDINALS[found.group(1)] or 12 // size
    offset = (index - 1) * size
    year = _year_named(found.group(3), pub) if found.group(3) else None
    if year is None:
        if pub is None:
            return None, None
        year = pub.year if dt.date(pub.year, offset + 1, 1) <= pub else pub.year - 1
    first = dt.date(year, offset + 1, 1)
    return _framed(low, first, first + relativedelta(months=size, days=-1), pub)


def _span(left: str, right: str, pub: dt.date | None, months: dict[str, int]) -> tuple[str | None, str | None]:
    """"between 2010 and 2020", "from March to May 2029": the first's start to the second's end."""
    ends = []
    for side in (left, right):
        month = next((months[w] for w in re.findall(r"[a-z]+", side) if w in months), None)
        year = re.search(_YEAR, side)
        ends.append((month, int(year.group()) if year else None))
    (m1, y1), (m2, y2) = ends
    if y2 is None:
        if pub is None:
            return None, None
        y2 = pub.year if (m2 or 12) <= pub.month or m2 is None else pub.year - 1
    if y1 is None:
        y1 = y2 if (m1 or 1) <= (m2 or 12) else y2 - 1
    first = dt.date(y1, m1 or 1, 1)
    last = dt.date(y2, m2 or 12, 1) + relativedelta(months=1, days=-1)
    return _iso(first, last)
