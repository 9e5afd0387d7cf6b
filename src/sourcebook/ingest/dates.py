"""Publication dates given as metadata, normalised to ISO dates (YYYY-MM-DD)."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_DEFAULT = dt.datetime(1900, 1, 1)


def normalise_date(value: object) -> str | None:
    """An ISO date for ``value`` (a date, a datetime or a string in a common format), or None
    when it cannot be read as a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        parsed = dateutil_parser.parse(text, default=_DEFAULT)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat()


# A date written into a URL or a file name: 2016-09-25, 2016_09_25, 2016.09.25, /2016/09/25/,
# 20160925. Year first only: "09-10-2016" is ambiguous between readers, so it gives nothing.
# Regular expressions by hand: htmldate finds URL dates only inside its whole-page search, and
# file names are not URLs.
_LOCATOR_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d\d)(?P<sep>[-_./]?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)(?![0-9])"
)


def date_in_locator(locator: str | None, latest: dt.date | None = None) -> str | None:
    """The ISO date written in a URL or file name, or None.

    The first valid year-month-day in ``locator`` wins (a path names its own date before any
    other number). Dates after ``latest`` (default: tomorrow) are not publication dates.

    >>> date_in_locator("https://example.org/news/2016/09/25/dam-report")
    '2016-09-25'
    >>> date_in_locator("breitbart_2016-09-12_headline.txt")
    '2016-09-12'
    """
    if not locator:
        return None
    limit = latest or dt.date.today() + dt.timedelta(days=1)
    for match in _LOCATOR_DATE.finditer(locator):
        try:
            day = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        if day <= limit:
            return day.isoformat()
    return None
