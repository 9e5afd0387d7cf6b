"""Publication dates estimated from an article's text, only where the text gives evidence.

Articles often arrive without a date, yet verdicts need one ("250,000 trapped" on 1 December
and "100,000" on 12 December is a change, not a conflict). A date is estimated from the text
alone - never from other articles - and only from a full date (day, month and year) it
states, or a month and day (with a matching weekday) anchored to one:

1. Every date the text states is found (``explicit_dates``; the patterns and month names
   below). Weekdays, "yesterday", "last week" and months without a day are not evidence.
2. Each full date gets a kind: a *dateline* (the date opens the article, or follows
   "Updated", "Published", "Posted" or "for Monday, ..."), a *post* (the date of an embedded
   social-media post), a *weekday* date ("Thursday, Aug. 11, 2016": news names the weekday
   of recent days), a *lede* date (in the first few lines), or *text* (any other mention -
   most often history). A date alone on a line later in the article (a print edition) is
   left out. A date inside a quotation, or a bare one after "of", "since" or "after" ("the
   flood of 10 June 2011"), is someone's memory or an event's name: text. A month and day
   without a year take the year of the article's latest full date
   (or the one before) and count, as a weekday date, only when a weekday beside them agrees
   ("Tuesday, Nov. 8").
3. A dateline is the publication date. Otherwise each candidate day D (a post, weekday or
   lede date) gathers the weight of the mentions in the week before it (D-7 .. D+1: an
   article reports what just happened), and the best-supported day is the estimate. A day
   is history, never the estimate, when the article names a later year anywhere (not in a
   copyright line, "(c) 2031", whose year is when the page was served) or states a day more
   than a month after it. A plain full date deeper in the text dates nothing on its
   own: on PolNeAR train such dates were history more often than not.

Regular expressions only: this runs on every article of a build.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sourcebook.nlp.lexicon import entries, table

__all__ = ["DateEstimate", "DateMention", "date_mentions", "estimate_date", "estimate_published", "explicit_dates"]

_CALENDAR = table("calendar")
#: month names and abbreviations (lower case) -> 1..12, from the lexicon's calendar.json
_MONTHS = {**entries(_CALENDAR["months"]), **entries(_CALENDAR["month_abbreviations"])}
_FULL_NAMES = list(entries(_CALENDAR["months"]))
# capitalised, longest first (so "September" is tried before "Sept" and "Sep")
_MONTH = r"(?P<{name}>" + "|".join(sorted((m.capitalize() for m in _MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{name}>(?:19|20|21)\d\d)(?!\d)"

_PATTERNS = [
    # 2016-12-13
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mn>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    # December 13, 2016 / Dec. 13 2016 / December 13
    re.compile(
        r"\b" + _MONTH.format(name="m") + r"\s+" + _DAY.format(name="d")
        + r"(?!\d)(?:,?\s+" + _YEAR.format(name="y") + ")?"
    ),
    # 13 December 2016 / 13th of December
    re.compile(
        r"(?<![\d,.])" + _DAY.format(name="d") + r"\s+(?:of\s+)?" + _MONTH.format(name="m")
        + r"(?:,?\s+" + _YEAR.format(name="y") + ")?"
    ),
    # April 2013 / April of 2013
    re.compile(r"\b" + _MONTH.format(name="m") + r",?\s+(?:of\s+)?" + _YEAR.format(name="y")),
    # in September / earlier in December / the end of June / since July
    re.compile(
        r"\b(?i:in|since|during|by|until|till|through|from|of|throughout|early|late|mid-?)\s+"
        r"(?P<m>" + "|".join(m.capitalize() for m in _FULL_NAMES) + r")\b"
        r"(?!\s+(?:[0-3]?\d|of\s+(?:19|20)))"
    ),
]

#: weekday names (lower case) in order, Monday first, from the lexicon's calendar.json
_WEEKDAYS = tuple(sorted(entries(_CALENDAR["weekdays"]), key=_CALENDAR["weekdays"].get))
# a weekday written out in any case, or abbreviated with its capital ("Thu.", not "the sun,")
_WEEKDAY_BEFORE = re.compile(r"\b(?P<w>(?i:" + "|".join(_WEEKDAYS) + ")"
                             r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s*$")
# "Updated 10:42 a.m. ET, Tuesday, ..." / "Published: ..." / "This is HuffPollster for Monday, ..."
_STAMP_LINE = re.compile(r"(?i)\A\W{0,3}(?:updated|published|posted|last\s+modified|first\s+published)\b.{0,40}\Z")
_STAMP_BEFORE = re.compile(r"(?i:\bthis\s+is\b[^\n.]{0,40}\bfor\s+\w+day,?\s*"
                           r"|\b(?:edition|briefing|newsletter|digest)\s+for\s+\w+day,?\s*)$")
# the date of an embedded post: "- Name (@handle) June 28, 2016" or markup "datetime="2016-06-28""
_POST_BEFORE = re.compile(r"(?:\(@\w{1,30}\)\s*|\b(?:date|datetime|tweet-date)=[\"']?)$")
#: a dateline opens the article: within this many characters, at the start of a line or after
#: a place ("GENEVA, March 3, 2019 -"), or on a line of its own
_OPENING = 400
_BEFORE = 60  # characters looked at before a date for its weekday, stamp or post handle
#: the weight of a mention of each kind in the support of a candidate day (step 3)
WEIGHTS = {"dateline": 6.0, "post": 2.0, "weekday": 2.0, "text": 1.0, "lede": 1.0}
_LEDE = 300  # a plain full date this early is in the lede: the news, unless a later year is named
_DATING_KINDS = ("post", "weekday", "lede")  # step 3: an estimate needs one; a plain full date is too often history
# a year as a word: "2016", "the 2016 race" (not 2,016 people, $2016 or 2016-17)
_YEAR_WORD = re.compile(r"(?<![\d,.$\u00a3\u20ac-])((?:19|20)\d\d)(?![\d%]|[,.]\d)")
# "the flood of", "ever since", "ten years after": the date names an event before the news
_EVENT_BEFORE = re.compile(r"(?i)\b(?:of|since|after)\s+$")
# a copyright line's year is when the page was served, not when the article was written
_COPYRIGHT = re.compile(r"(?i)(?:\(c\)|\u00a9|\bcopyright\b)\s*(?:(?:19|20)\d\d\s*[-\u2013]\s*)?(?:19|20)\d\d")
_WINDOW_BEFORE, _WINDOW_AFTER = 7, 1  # days of mentions that support a candidate day
_HISTORY_DAYS = 30  # a day this long before the article's latest stated day is history


@dataclass(frozen=True, slots=True)
class DateMention:
    """A day the text states, with where (character offsets) and what kind of mention."""

    day: dt.date
    start: int
    end: int
    kind: str  # one of WEIGHTS


@dataclass(frozen=True, slots=True)
class DateEstimate:
    """An estimated publication date with the text that dated it and a confidence (0-1)."""

    published: str  # ISO date
    evidence: str  # as written, e.g. "Thursday, Aug. 11, 2016"
    confidence: float
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _matches(text: str) -> list[tuple[int | None, int, int | None, int, int]]:
    """(year or None, month, day or None, start, end) for every explicit date in ``text``.

    The patterns run from the most to the least specific; a match inside a stretch an
    earlier pattern already claimed is skipped ("December 13, 2016" is one date).
    """
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int | None, int, int | None, int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end or start < match.end() <= end for start, end in claimed):
                continue
            groups = match.groupdict()
            month = int(groups["mn"]) if groups.get("mn") else _MONTHS[groups["m"].lower().rstrip(".")]
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if (day is not None and not 1 <= day <= 31) or not 1 <= month <= 12:
                continue
            claimed.append((match.start(), match.end()))
            found.append((year, month, day, match.start(), match.end()))
    return sorted(found, key=lambda item: item[3])


def explicit_dates(text: str) -> list[tuple[int | None, int, int | None, int]]:
    """(year or None, month, day or None, offset) for every explicit date in ``text``."""
    return [(year, month, day, start) for year, month, day, start, _end in _matches(text)]


def _weekday(text: str, start: int) -> tuple[int, int] | None:
    """The weekday (0 = Monday) written just before ``start`` and where it begins."""
    match = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    if not match:
        return None
    word = match["w"].lower()
    return next((i for i, name in enumerate(_WEEKDAYS) if name.startswith(word[:3])), 0), match.start()


def _kind(text: str, start: int, end: int, day: dt.date) -> tuple[str, int] | None:
    """The kind of a full-date mention and where its evidence begins (a weekday before it);
    None for a mention whose weekday contradicts it."""
    before = text[max(0, start - _BEFORE):start]
    weekday = _weekday(text, start)
    if weekday and weekday[0] != day.weekday():
        return None
    begin = weekday[1] if weekday else start
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if _STAMP_LINE.match(text[line_start:start]) or _STAMP_BEFORE.search(before):
        return "dateline", begin
    if start < _OPENING and (len(line.strip()) <= 2 * (end - begin) + 8 or _opens_line(text[line_start:begin])):
        return "dateline", begin
    if _POST_BEFORE.search(before):
        return "post", begin
    if len(line.strip()) <= (end - begin) + 2:
        # a date on a line of its own later in the article (a print edition, a section) is not
        # the day it was published
        return None
    if _remembered(text[line_start:begin], weekday is None):
        return "text", begin
    if not weekday and start < _LEDE:
        return "lede", begin
    return ("weekday" if weekday else "text"), begin


def _remembered(prefix: str, bare: bool) -> bool:
    """A date inside a quotation ('"On Friday, June 10, 2011, the water came in," she said') or,
    with no weekday (``bare``), after "of", "since" or "after" ("the flood of 10 June 2011"): a
    day someone recalls or an event's name, history more often than the news, so it dates
    nothing on its own. (A closing single mark is also an apostrophe: only more openers count.)"""
    quoted = prefix.count('"') % 2 or any(prefix.count(left) > prefix.count(right)
                                          for left, right in ("\u201c\u201d", "\u2018\u2019"))
    return bool(quoted or (bare and _EVENT_BEFORE.search(prefix)))


def _opens_line(prefix: str) -> bool:
    """A date that starts its line, or follows only a place ("GENEVA, ", "Aleppo, Syria -")."""
    prefix = prefix.strip()
    return not prefix or (len(prefix) <= 40 and prefix[-1] in ",-\u2013\u2014(:" and "." not in prefix[:-1])


def date_mentions(text: str) -> list[DateMention]:
    """The days ``text`` states: every full date, and every month and day without a year
    whose weekday agrees with the year of the article's latest full date (or the one before)."""
    found = _matches(text)
    mentions: list[DateMention] = []
    for year, month, day, start, end in found:
        if year is None or day is None:
            continue
        date = _valid(year, month, day)
        kind = _kind(text, start, end, date) if date else None
        if date and kind:
            mentions.append(DateMention(date, kind[1], end, kind[0]))
    if not mentions:
        return []
    anchor = max(m.day for m in mentions).year
    for year, month, day, start, end in found:
        if year is not None or day is None:
            continue
        weekday = _weekday(text, start)
        for guess in (anchor, anchor - 1):
            date = _valid(guess, month, day)
            if date and weekday and weekday[0] == date.weekday():
                mentions.append(DateMention(date, weekday[1], end, "weekday"))
                break
    return sorted(mentions, key=lambda m: m.start)


def estimate_date(text: str) -> DateEstimate | None:
    """The publication date ``text`` gives evidence for, or None (undated).

    >>> estimate_date("GENEVA, March 3, 2019 - The talks ended. On Tuesday they resume.").published
    '2019-03-03'
    """
    mentions = date_mentions(text)
    latest_year = max((int(y) for y in _YEAR_WORD.findall(_COPYRIGHT.sub(" ", text))), default=0)
    # a dateline may sit beside next year's plans, not beside years long after it (a title
    # naming a day of history)
    datelines = [m for m in mentions if m.kind == "dateline" and m.day.year >= latest_year - 1]
    if datelines:
        first = datelines[0]
        return DateEstimate(first.day.isoformat(), text[first.start:first.end], _BASE_CONFIDENCE["dateline"],
                            first.start, first.end)
    latest = max((m.day for m in mentions), default=None)
    best: tuple[float, dt.date] | None = None
    for candidate in sorted({m.day for m in mentions if m.kind in _DATING_KINDS}):
        if candidate.year < latest_year or (latest and (latest - candidate).days > _HISTORY_DAYS):
            continue  # history: the article speaks of a later year, or of days well after it
        support = [m for m in mentions if -_WINDOW_AFTER <= (candidate - m.day).days <= _WINDOW_BEFORE]
        score = sum(WEIGHTS[m.kind] for m in support)
        if best is None or score >= best[0]:
            best = (score, candidate)
    if best is None:
        return None
    score, day = best
    # the evidence: the latest post or weekday mention of that day
    evidence = [m for m in mentions if m.day == day and m.kind in _DATING_KINDS][-1]
    return DateEstimate(day.isoformat(), text[evidence.start:evidence.end], _confidence(evidence.kind, score),
                        evidence.start, evidence.end)


#: the confidence of an estimate by the kind of its evidence (step 3), before support
_BASE_CONFIDENCE = {"dateline": 0.9, "post": 0.6, "weekday": 0.6, "lede": 0.5}


def _confidence(kind: str, score: float) -> float:
    """How far to trust an estimate, 0-1. Chosen from `sourcebook evaluate dates` on PolNeAR
    train (840 articles, dated in their file names, dated here from text only): every post or
    weekday estimate there was within 7 days of the true date and four in five within a day,
    so 0.6, rising by 0.05 for each other mention of the same week that supports it (up to
    0.8); a dateline states the date outright (0.9); a lone date in the lede, which survives
    only when the article names no later year, is the weakest evidence (0.5)."""
    base = _BASE_CONFIDENCE[kind]
    if kind == "dateline":
        return base
    return round(min(0.8, base + 0.05 * max(0.0, score - WEIGHTS[kind])), 2)


def estimate_published(text: str) -> str | None:
    """The estimated publication date of ``text`` as an ISO date, or None (``estimate_date``).

    >>> estimate_published("Buses left on Thursday, Dec. 15, 2016. On Tuesday they resumed.")
    '2016-12-15'
    """
    found = estimate_date(text)
    return found.published if found else None
