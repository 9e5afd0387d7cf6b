"""An estimated publication date from the dates an article mentions.

Articles often arrive without a date, yet verdicts need one ("250,000 trapped" on 1 December
and "100,000" on 12 December is a change, not a conflict). The estimate is the latest
explicit date in the text: a day with its month ("November 29", "13 Dec"), a month with a
year ("April 2013"), or a month after a preposition ("in September", "earlier in December",
counted as the 15th). Weekdays, "yesterday" and other relative words are not explicit and
give nothing. A date without a year takes the year of a full date in the same article, else
the build's ``year_hint`` (the most common year across the build's articles), else the latest
year the article mentions. A month with a year but no day counts as its 15th. Regular expressions only: this runs on every article of a build.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from sourcebook.nlp.lexicon import table

__all__ = ["estimate_published", "explicit_dates", "most_common_year", "year_counts", "year_hint"]

_CALENDAR = table("calendar")
#: month names and abbreviations (lower case) -> 1..12, from the lexicon's calendar.json
_MONTHS = {
    name: number
    for key in ("months", "month_abbreviations")
    for name, number in _CALENDAR[key].items()
    if not name.startswith("_")
}
_FULL_NAMES = [name for name in _CALENDAR["months"] if not name.startswith("_")]
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
_YEAR_ANY = re.compile(r"(?<![\d,.$\u00a3\u20ac-])((?:19|20)\d\d|2100)(?!\d|[,.]\d)")


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str) -> list[tuple[int | None, int, int | None, int]]:
    """(year or None, month, day or None, offset) for every explicit date in ``text``.

    The patterns run from the most to the least specific; a match inside a stretch an
    earlier pattern already claimed is skipped ("December 13, 2016" is one date).
    """
    claimed: list[tuple[int, int]] = []
    found: list[tuple[int | None, int, int | None, int]] = []
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
            found.append((year, month, day, match.start()))
    return sorted(found, key=lambda item: item[3])


def year_hint(texts: Iterable[str]) -> int | None:
    """The most common explicit year (1900-2100) across ``texts``.

    A year inside a full date ("December 13, 2016") counts ten times, with a month ("April
    2013") three times, a bare year ("in 2012") once: bare years are often history, full
    dates are usually the news.
    Ties go to the later year.
    """
    counts: Counter[int] = Counter()
    for text in texts:
        counts.update(year_counts(text))
    return most_common_year(counts)


def year_counts(text: str) -> Counter[int]:
    """The weighted year counts of one text that ``year_hint`` adds up (a build keeps a
    running total of these)."""
    counts: Counter[int] = Counter()
    for year, _month, day, _offset in explicit_dates(text):
        if year is not None:
            counts[year] += 9 if day else 2  # plus the bare count below
    for match in _YEAR_ANY.finditer(text):
        year = int(match.group(1))
        if 1900 <= year <= 2100:
            counts[year] += 1
    return counts


def most_common_year(counts: Counter[int]) -> int | None:
    """The year with the highest weighted count; ties go to the later year."""
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def estimate_published(text: str, year_hint: int | None = None) -> str | None:
    """The latest explicit date ``text`` mentions, as an ISO date, or None.

    >>> estimate_published("The talks ended on March 3, 2019. On Tuesday they resumed.")
    '2019-03-03'
    """
    dates = explicit_dates(text)
    if not dates:
        return None
    # the year of yearless dates: the latest full date (with its day) of the article
    full = [_valid(y, m, d) for y, m, d, _ in dates if y is not None and d is not None]
    anchor = max((day for day in full if day), default=None)
    if anchor is not None:
        base_year = anchor.year
    elif year_hint is not None:
        base_year = year_hint
    else:
        years = [int(m.group(1)) for m in _YEAR_ANY.finditer(text) if 1900 <= int(m.group(1)) <= 2100]
        base_year = max(years) if years else None
    best: dt.date | None = None
    for year, month, day, _offset in dates:
        if year is None:
            if base_year is None:
                continue
            candidate = _valid(base_year, month, day or 15)
            # "October 7" in an article dated by "January 5, 2017" is October 2016
            if candidate and anchor and candidate > anchor + dt.timedelta(days=60):
                candidate = _valid(base_year - 1, month, day or 15)
        else:
            candidate = _valid(year, month, day or 15)
        if candidate and (best is None or candidate > best):
            best = candidate
    return best.isoformat() if best else None
