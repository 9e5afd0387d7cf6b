"""Time expressions of a sentence, resolved against the publication date.

``find_times(text)`` returns the time expressions as written ("in the past 24 hours",
"In September", "since the start of the war", "on November 29", "last week");
``resolve(expr, published)`` turns one into an ISO (start, end) period where the
publication date allows (either may stay None: "since the start of the war" has no known
start; "since last summer", "since last year" run from that period's start to the paper's day). A
hedged day keeps its hedge in the text ("on or around 3 May") and "yesterday's" its possessive, as "last
week's" does. A time after "every" or "each" recurs and names no single span ("every Tuesday", "each
August"): none is found. Month and weekday names come from the lexicon's
``calendar.json``, the words that count a stretch of time ("two weeks", "a few days") from
``numbers.json``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta

from ..lexicon import count_words, entries, table, word_set
from .day_spans import patterns as day_span_patterns
from .days import patterns as day_patterns
from .days import resolve_day
from .digit_runs import digit_run, longest_run
from .forward import patterns as forward_patterns
from .forward import resolve_forward
from .frames import whole_days
from .grammar import alternation
from .history import patterns as history_patterns
from .history import resolve_history
from .holidays import NEEDS as HOLIDAY_WORDS
from .holidays import pattern as holiday_pattern
from .holidays import resolve_holiday
from .live_times import patterns as live_patterns
from .live_times import resolve_live
from .periods import patterns as period_patterns
from .periods import resolve_period

__all__ = ["TimeExpr", "find_times", "resolve"]

_UNIT_DELTA = {
    "second": relativedelta(seconds=1), "minute": relativedelta(minutes=1),
    "hour": relativedelta(hours=1), "day": relativedelta(days=1), "night": relativedelta(days=1),
    "week": relativedelta(weeks=1), "weekend": relativedelta(weeks=1), "fortnight": relativedelta(weeks=2),
    "month": relativedelta(months=1), "year": relativedelta(years=1),
    "decade": relativedelta(years=10), "century": relativedelta(years=100),
}


#: a time after "every" or "each" recurs and names no single span ("draws 50,000 visitors each August", "every
#: Tuesday"): no time of a figure
_RECURRING = re.compile(r"(?:^|\W)(?:every|each)\s+(?:other\s+)?$", re.IGNORECASE)


#: a running span from a period gone by ("since last summer", "since last year", "since last Friday")
_SINCE_LAST = re.compile(r"since\s+(last\s+[a-z]+)")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Words:
    """The lexicon words time expressions are made of."""

    months: dict[str, int]  # month names, then abbreviations -> 1..12
    weekdays: tuple[str, ...]  # Monday first
    counts: dict[str, float]  # number and counting words -> value ("two": 2, "few": 3)
    #: each with words one of which it needs and the digits in a row it needs (``digit_runs``)
    patterns: tuple[tuple[re.Pattern, tuple[str, ...], int], ...]


@lru_cache(maxsize=4)
def words(directory: str | Path | None = None) -> Words:
    calendar = table("calendar", directory)
    months = {**entries(calendar["months"]), **entries(calendar["month_abbreviations"])}
    weekdays = tuple(sorted(entries(calendar["weekdays"]), key=lambda day: calendar["weekdays"][day]))
    counts = count_words(directory)
    return Words(months, weekdays, counts, _patterns(months, weekdays, counts, directory))


def _alt(words) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _patterns(months: dict[str, int], weekdays: tuple[str, ...], counts: dict[str, float],
              directory: str | Path | None = None) -> tuple[tuple[re.Pattern, tuple[str, ...], int], ...]:
    """The time-expression patterns, each with the words (lower case) one of which a text must
    hold as a whole word for it to match: a set lookup skips a pattern that cannot match,
    which keeps long sentences cheap (the month patterns are the slowest); and with the digits
    in a row each needs (``digit_runs``: a year's four skip most sentences)."""
    month = rf"(?:{_alt(months)})\.?"
    # "a couple of days"
    num = r"(?:\d+|" + _alt(counts).replace("couple", r"couple\s+of") + ")"
    unit = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|decades?|centuries|century)"
    # (the words ``unit`` matches: a pattern that needs one is tried only where one stands)
    units = tuple(w + s for w in ("second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month",
                                  "year", "decade") for s in ("", "s")) + ("centuries", "century")
    lead = (r"(?:(?:since|by|in|on(?:\s+or\s+(?:about|around))?|until|till|before|after|from|during|through|throughout|last|next|"
            r"earlier\s+in|later\s+in|(?:at|by|towards?)\s+the\s+(?:end|start|beginning|middle)\s+of)\s+)?"
            r"(?:(?:early|late)\s+|mid-\s*|mid\s+)?")
    # a date's weekday ("on Tuesday, May 6", "on Friday 14 February")
    day_of = rf"(?:(?:{'|'.join(weekdays)}),?\s+)?"
    in_months = tuple(months)
    # the day or month a running total counts from, after what the onset's verb struck ("hit the coast on Friday")
    onset_day = (rf"(?:\s+(?:[A-Za-z][\w'-]*\s+){{0,5}}?(?:on\s+(?:{'|'.join(weekdays)})|in\s+{month}|"
                 rf"on\s+{month}\s+(?:3[01]|[12]\d|0?[1-9]))\b)")
    blow_words = tuple(word_set("figures/blow_verbs", directory))
    blows = alternation(blow_words)
    happenings = alternation(word_set("figures/onset_nouns", directory) | word_set("figures/dated_events", directory))
    # each pattern with the words one of which it needs (none: always tried)
    pats: list[tuple[str, tuple[str, ...]]] = [
        (rf"\b(?:in|over|during|within|for|throughout)\s+(?:just\s+|only\s+)?the\s+(?:past|last|previous|preceding|next|coming|first)\s+(?:{num}\s+)?{unit}\b",
         units),
        (r"\b(?:since|from)\s+the\s+(?:start|beginning|outbreak|onset|end)\s+of\s+(?:the\s+|this\s+|last\s+)?(?:[\w-]+\s+){0,3}?"
         rf"(?:{alternation(word_set('figures/onset_nouns', directory))})\b", ()),
        # a day of the month ("March 40" is no date: "In mid-March 40 families fled")
        (rf"\b{lead}{day_of}{month}\s+(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b", in_months),
        (rf"\b{lead}{day_of}(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+\d{{4}})?\b",
         in_months),
        (rf"\b{lead}{month}(?:\s+(?:of\s+)?\d{{4}})?\b", in_months),
        # not a year that names a baseline ("cut by 68% from 1990 levels", "£40bn in 2015 prices")
        (r"\b(?:since|by|in|during|until|before|after|from|through)\s+(?:early\s+|late\s+|mid-?)?(?:1[89]|20)\d\d\b(?!\s*%|,\d)"
         rf"(?!\s+(?:{alternation(word_set('figures/baseline_nouns', directory))})\b(?!\s+of\b))",
         ()),
        # "since the campaign began", "since the fighting broke out": a running total from its start
        # ... and "since the dam burst on Friday", "since the floods began in January": from that day or month
        (rf"\bsince\s+the\s+(?:[\w-]+\s+){{1,3}}?(?:{alternation(word_set('figures/onset_verbs', directory))})\b"
         rf"{onset_day}?", ("since",)),
        # "since the quake struck", "since the storm hit the coast on Friday": a blow dealt by a happening
        (rf"\bsince\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{happenings})\s+(?:{blows})\b{onset_day}?", ("since",)),
        # "since the shooting on Friday", "since the riots in August": the happening's own day or month
        (rf"\bsince\s+the\s+(?:[\w-]+\s+){{0,2}}?(?:{happenings}){onset_day.replace('{0,5}', '{0}')}", ("since",)),
        # "since the index hit a low in March": from that month, no happening's onset
        (rf"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){{1,3}}?(?:{blows})\b{onset_day}", blow_words),
        # an event named by its year ("The 2019 heatwave killed 1,100"): a count of that year, quoted as background;
        # not a name's model year ("the 2017 Ford Fusion"), nor an aim's ("short of the 2030 target")
        (r"\bthe\s+(?:1[89]|20)\d\d(?=\s+(?-i:[a-z]))(?!\s+(?:targets?|goals?|deadlines?|ambitions?|aims?)\b)", ()),
        (rf"\b(?:{num})\s+{unit}\s+ago\b", ("ago",)),
        (rf"\b(?:in|within|for|over)\s+(?:just\s+|only\s+)?(?:{num})\s+{unit}\b", units),
        (r"\b(?:yesterday(?:['\u2019]s\b)?|today|tonight|right\s+now|currently|(?:so\s+far\s+)?this\s+(?:morning|afternoon|evening|"
         r"weekend|week|month|year)|(?:since\s+)?last\s+(?:night|week|weekend|month|year)(?:['\u2019]s\b)?|next\s+weekend(?:['\u2019]s\b)?|"
         r"earlier\s+this\s+(?:week|month|year)|(?:over|at|during)\s+the\s+weekend|"
         r"(?:(?:in|for)\s+the\s+|the\s+)?year[\s-]+to[\s-]+date)\b",
         ("yesterday", "today", "tonight", "now", "currently", "this", "last", "weekend", "year")),
        # 'by Friday' is a time, 'killed by Friday's earthquake' names what did it
        (rf"\b(?:(?:on|last|this|since|since\s+last)\s+(?:{'|'.join(weekdays)})\b|by\s+(?:{'|'.join(weekdays)})\b(?!['\u2019]s\b))",
         tuple(w.lower() for w in weekdays)),
    ]
    pats += period_patterns(month, num, unit, weekdays)  # quarters, spans, decades, steps, next periods
    pats += day_patterns(month, weekdays, directory)  # "as of Sunday", "since Friday", "overnight"
    pats += live_patterns(month, weekdays, directory)  # "in the early hours", "tomorrow", "since dawn", "By 14:00 GMT"
    pats += day_span_patterns(month, in_months)  # "between 3 and 5 March", "on 1 and 2 March", "from March 8 to 11"
    pats.append((holiday_pattern(), HOLIDAY_WORDS))  # "on New Year's Day", "before Christmas"
    pats += forward_patterns(month, num)  # "a year from now", "in two years' time", "between now and 2035"
    pats += history_patterns(num)  # "ten years ago this week", "on this day in 1969", "the 1950s", "the 19th century"
    compiled = [(re.compile(p, re.IGNORECASE), needs) for p, needs in pats]
    return tuple((pattern, needs, digit_run(pattern)) for pattern, needs in compiled)


def find_times(text: str, directory: str | Path | None = None) -> list[TimeExpr]:
    """Time expressions of ``text`` (longest first where they overlap), in text order."""
    lex = words(directory)
    found: list[TimeExpr] = []
    present = set(re.findall(r"[a-z]+", text.lower()))
    digits = longest_run(text)
    for pattern, needs, run in lex.patterns:
        if needs and present.isdisjoint(needs) or run > digits:
            continue
        for m in pattern.finditer(text):
            if m.group().lower() in ("may", "march") or not m.group().strip() or not _month_cased(m.group(), lex):
                continue
            if any(t.start <= m.start() and m.end() <= t.end for t in found) or \
                    _RECURRING.search(text[max(0, m.start() - 20):m.start()]):
                continue
            found = [t for t in found if not (m.start() <= t.start and t.end <= m.end())]
            found.append(TimeExpr(m.start(), m.end(), m.group()))
    return sorted(found, key=lambda t: t.start)


def _month_cased(text: str, lex: Words) -> bool:
    """Month names are capitalised ("in may" is not a date) and not part of a name
    ("Mar-a-Lago")."""
    for m in re.finditer(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:-)?", text, re.IGNORECASE):
        word = m.group()
        if word.rstrip(".-").lower() in lex.months and (not word[0].isupper() or word.endswith("-")):
            return False
    return True


def resolve(text: str, published: str | None, directory: str | Path | None = None) -> tuple[str | None, str | None]:
    """(start, end) ISO dates of a time expression, None where unknown."""
    lex = words(directory)
    try:
        pub = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        pub = None
    low = " ".join(text.lower().split())
    if (running := _SINCE_LAST.fullmatch(low)) and pub is not None:  # "on bail since last summer": from its start
        opened, _ = resolve(running.group(1), published, directory)
        return (opened, pub.isoformat()) if opened and opened <= pub.isoformat() else (None, pub.isoformat())
    past = resolve_history(low, pub, lex.counts)
    if past is not None:  # "ten years ago this week", "the 75th anniversary", "through the 1970s and 1980s"
        return past
    live = resolve_live(low, pub, lex.weekdays, lambda plain: resolve(plain, published, directory), directory)
    if live is not None:  # "in the early hours of sunday", "earlier today", "tomorrow", "since the weekend"
        return live
    told = resolve_day(low, pub, lex.weekdays, lambda plain: resolve(plain, published, directory), directory)
    if told is not None:  # "as of sunday", "since friday", "overnight", "between monday and wednesday"
        return told
    feast = resolve_holiday(low, pub)
    if feast is not None:  # "on new year's day", "before christmas"
        return feast
    ahead = resolve_forward(low, pub, lex.months, lex.counts)
    if ahead is not None:  # "a year from now", "the year after next", "later this year", "from next april"
        return ahead
    period = resolve_period(low, pub, lex.months, lex.counts, lex.weekdays)
    if period is not None:
        return period
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", low)
    month = _month_of(low, lex)
    day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", re.sub(r"\b(1[89]|20)\d\d\b", "", low))
    since = low.startswith(("since", "from"))
    by = low.startswith(("by", "until", "till", "before"))
    before = low.startswith("before ")
    if month:
        y = int(year.group(1)) if year else _year_for(month, pub, low.split()[0])
        if y is None:
            return None, None
        if day and 1 <= int(day.group(1)) <= 31:
            try:
                first = last = dt.date(y, month, int(day.group(1)))
            except ValueError:
                return None, None
        else:
            first = dt.date(y, month, 1)
            last = first + relativedelta(months=1, days=-1)
        return _frame(first, last, since, by, pub, before)
    if year:
        y = int(year.group(1))
        return _frame(dt.date(y, 1, 1), dt.date(y, 12, 31), since, by, pub, before)
    if pub is None:
        return None, None
    return _relative(low, pub, lex)


def _frame(first, last, since, by, pub, before=False):
    if since:
        return first.isoformat(), pub.isoformat() if pub and pub >= first else None
    if before:  # "before 2035", "before March": up to the day before it starts
        return None, (first - dt.timedelta(days=1)).isoformat()
    if by:
        return None, last.isoformat()
    return first.isoformat(), last.isoformat()


def _month_of(low: str, lex: Words) -> int | None:
    """The month named in a (lower-cased) time expression; "may"/"march" only next to a
    number or after a preposition (they are also a verb)."""
    for word in re.findall(r"[a-z]+", low):
        if word not in lex.months:
            continue
        if word in ("may", "march", "mar") and not re.search(
                r"\d|\b(?:in|of|since|by|before|until|till|early|late|last|next|mid)[\s-]+" + word, low):
            continue
        return lex.months[word]
    return None


def _year_for(month: int, pub: dt.date | None, lead: str = "") -> int | None:
    """The year of a month named without one: the latest on or before the publication date's
    month; "last March" before it, "next March" after it."""
    if pub is None:
        return None
    if lead == "next":
        return pub.year if month > pub.month else pub.year + 1
    if lead == "last":
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def _relative(low: str, pub: dt.date, lex: Words) -> tuple[str | None, str | None]:
    if low.startswith(("since", "from")):
        return None, pub.isoformat()
    amount = re.search(
        r"\b(\d+|" + "|".join(lex.counts) + r")\s+(second|minute|hour|day|night|weekend|week|fortnight|month|year|decade|centur)",
        low
    )
    n = 0
    unit = None
    if amount:
        n = int(amount.group(1)) if amount.group(1).isdigit() else int(lex.counts[amount.group(1)])
        unit = "century" if amount.group(2) == "centur" else amount.group(2)
    if unit and " ago" in low:
        when = _back(pub, unit, n)
        return when.isoformat(), when.isoformat()
    if unit and re.search(r"\b(past|last|previous|preceding)\b", low):
        start = _back(pub, unit, n)
        return start.isoformat(), pub.isoformat()
    simple = re.search(r"\b(?:past|previous)\s+(hour|day|week|fortnight|month|year|decade)|\blast\s+(hour|fortnight)\b", low)
    if simple:
        start = _back(pub, simple.group(1) or simple.group(2), 1)
        return start.isoformat(), pub.isoformat()
    if "yesterday" in low or "last night" in low:
        day = pub - dt.timedelta(days=1)
        return day.isoformat(), day.isoformat()
    if any(w in low for w in ("today", "tonight", "right now", "currently", "this morning", "this afternoon", "this evening")):
        return pub.isoformat(), pub.isoformat()
    if "weekend" in low:
        return _weekend(low, pub)
    if re.search(r"\byear[\s-]+to[\s-]+date\b", low):
        return dt.date(pub.year, 1, 1).isoformat(), pub.isoformat()
    # "earlier this year", "so far this year" are over by the publication date
    until = (lambda last: min(last, pub)) if "earlier" in low or "so far" in low else (lambda last: last)
    if "week" in low and ("last" in low or "this" in low):
        monday = pub - dt.timedelta(days=pub.weekday())
        if "last" in low:
            monday -= dt.timedelta(days=7)
        return monday.isoformat(), until(monday + dt.timedelta(days=6)).isoformat()
    if "month" in low and ("last" in low or "this" in low):
        first = pub.replace(day=1) - (relativedelta(months=1) if "last" in low else relativedelta())
        return first.isoformat(), until(first + relativedelta(months=1, days=-1)).isoformat()
    if "year" in low and ("last" in low or "this" in low):
        y = pub.year - (1 if "last" in low else 0)
        return dt.date(y, 1, 1).isoformat(), until(dt.date(y, 12, 31)).isoformat()
    for index, name in enumerate(lex.weekdays):
        if name in low:
            # news names the day of an event of the past week; "on Tuesday" in a Tuesday
            # paper is that day, "last Tuesday" the week before
            back = (pub.weekday() - index) % 7
            if back == 0 and "last" in low:
                back = 7
            day = pub - dt.timedelta(days=back)
            # "by Friday, 300 had fled": a total reached by then, from no known start, as "by March" is
            return (None if low.startswith("by ") else day.isoformat()), day.isoformat()
    return None, None


def _back(pub: dt.date, unit: str, n: int) -> dt.date:
    """The day ``n`` ``unit``s before ``pub``; hours, minutes and seconds count in whole days, to the
    nearest ("in the past hour" is the paper's day, "the past 36 hours" reach two days back): the
    paper's hour is not known, and a date with an hour is no ISO date."""
    if unit in ("second", "minute", "hour"):
        return pub - dt.timedelta(days=whole_days(n * {"second": 1 / 3600, "minute": 1 / 60, "hour": 1}[unit]))
    return pub - _UNIT_DELTA[unit] * n


def _weekend(low: str, pub: dt.date) -> tuple[str | None, str | None]:
    """"this weekend" is the Saturday and Sunday of the publication date's week, "last weekend"
    the one before, "next weekend" the one of the week after (as "next week" is), "over the weekend"
    the latest begun by the publication date."""
    if "this" in low or "last" in low or "next" in low:
        step = {"last": -7, "next": 7}.get(next((w for w in ("last", "next") if w in low.split()), ""), 0)
        saturday = pub + dt.timedelta(days=5 - pub.weekday() + step)
    else:
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
    return saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()
