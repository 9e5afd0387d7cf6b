"""Publication dates given as metadata, normalised to ISO dates (YYYY-MM-DD)."""

from __future__ import annotations

import datetime as dt

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
