"""Days that news of a disaster counts by, which ``timex`` reads no other way.

Tolls and rescues are told day by day: "as of Sunday", "overnight", "on the night of
September 10" (and across two days, "on the night of 4 to 5 March"), "between Monday and
Wednesday", "from March 1 to March 5", and running totals from a day, "since Friday", "since the
quake struck on Friday". ``timex`` read no time or only the bare weekday or date inside them, so a
running total lost its start and a span of days was its last day alone. ``patterns`` gives ``timex``
their regular expressions, ``resolve_day`` their ISO (start, end): a weekday is the latest such day on or before the
publication date, as ``timex`` reads it; "since" runs from the day to the publication date,
"as of" is the day itself, and "overnight" the night before the publication date, its
evening to its morning. Two more keep a count off the paper's day: an earlier happening named
by its year after "of" ("the floods of 2019 killed 160": that year, a background toll), and
"12 the previous day" right after a figure, counted back from the day the sentence names
(``anchored``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from ..lexicon import word_set
from .day_spans import one_month
from .frames import YEAR as _YEAR
from .frames import iso as _iso
from .grammar import alternation

__all__ = ["patterns", "resolve_day"]

_DAY_OF_MONTH = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
#: a figure, an amount or "from" right before a step back that counts from the day named before it
AFTER_AMOUNT = r"(?:(?<=\d\s)|(?<=%\s)|(?<=\d[mkp]\s)|(?<=\dbn\s)|(?<=illion\s)|(?<=\bfrom\s)|(?<=\bthan\s))"


def _parts(directory: str | Path | None = None) -> str:
    """The parts of a day ("night", "morning"), lexicon ``figures/day_parts``."""
    return alternation(word_set("figures/day_parts", directory))


def _after_any(words) -> str:
    """Lookbehinds, one per word, for a word and a space right before the match."""
    return "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in sorted(words))


def patterns(month: str, weekdays: tuple[str, ...],
             directory: str | Path | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """The day patterns, each with the words one of which a text must hold (``timex``)."""
    weekday = "|".join(weekdays)
    date = rf"(?:{month}\s+{_DAY_OF_MONTH}|{_DAY_OF_MONTH}\s+(?:of\s+)?{month})(?:,?\s+{_YEAR})?"
    parts = _parts(directory)
    side = rf"(?:(?:{weekday})|{date})"
    # "on the night of 4 to 5 March", "the night of 12-13 February": a night across two days
    night = rf"(?:{_DAY_OF_MONTH}\s*(?:-|\u2013|to|and)\s*)?{side}"
    return [
        # "as of Sunday" (not "Sunday's": what it names)
        (rf"\bas\s+of\s+(?:{weekday})\b(?!['\u2019]s\b)", weekdays),
        (rf"\bas\s+of\s+{date}\b", ("of",)),
        # "on the night of September 10", "By the evening of March 4"
        (rf"\b(?:on|by|until|in)\s+the\s+(?:{parts})\s+of\s+(?:(?:{weekday}),?\s+)?{night}\b",
         tuple(word_set("figures/day_parts", directory))),
        # "between Monday and Wednesday", "from March 1 to March 5" (not "open from Monday to Friday", a schedule)
        (rf"\bbetween\s+{side}\s+and\s+{side}\b", ("between",)),
        (rf"\bfrom\s+{date}\s+(?:to|through|until|till)\s+{date}\b", ("from",)),
        # "swept away 30 houses overnight," (not "the overnight rate")
        (r"\bovernight\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|to|from|and|as|after|before|when|while|into)\b)",
         ("overnight",)),
        # "the floods of 2019 killed 160": an earlier happening's year, not the paper's
        # (the lookahead first: each lookbehind is tried only where 'of' stands, not at every character)
        (rf"(?=of\s)(?:{_after_any(word_set('figures/dated_events', directory))})of\s+{_YEAR}\b(?!\s*%|,\d)",
         ("of",)),
        # "rose to 31 on Wednesday from 12 the previous day": counted from the day named (``anchored``)
        (rf"{AFTER_AMOUNT}the\s+(?:previous|prior|preceding)\s+day\b", ("previous", "prior", "preceding")),
    ]


def resolve_day(low: str, pub: dt.date | None, weekdays: tuple[str, ...],
                resolve: Callable[[str], tuple[str | None, str | None]],
                directory: str | Path | None = None) -> tuple[str | None, str | None] | None:
    """(start, end) ISO dates of one of these days (lower-cased, spaces folded), None when
    ``low`` is none of them; ``resolve`` reads a plain time ("on tuesday", "by march 4")."""
    if low == "overnight":
        return (None, None) if pub is None else _iso(pub - dt.timedelta(days=1), pub)
    if days := one_month(low):  # "between 3 and 5 march", "on 1 and 2 march": the month written once
        return _span(*days, weekdays, resolve)
    if two := re.fullmatch(r"(?:between|from) (.+?) (?:and|to|through|until|till) (.+)", low):
        return _span(two.group(1), two.group(2), weekdays, resolve)
    parts = _parts(directory)
    plain = re.sub(rf"\bthe (?:{parts}) of (?:(?:{'|'.join(weekdays)}),? )?", "", low)
    plain = re.sub(r"^as of\b", "on", plain)
    if plain != low:
        return resolve(plain)
    named = re.search(rf"\b(?:on )?({'|'.join(weekdays)})$", low)
    if named is None:
        return None
    if low.startswith(("since", "from")):  # "since friday", "since the quake struck on friday"
        start, _ = resolve("on " + named.group(1))
        return (None, None) if pub is None else (start, pub.isoformat())
    return None


def _span(left: str, right: str, weekdays: tuple[str, ...],
          resolve: Callable[[str], tuple[str | None, str | None]]) -> tuple[str | None, str | None] | None:
    """"between monday and wednesday", "from march 1 to march 5": the first day to the last,
    a first weekday after the last one a week earlier; None for spans of months or years."""
    if not (re.search(r"\b\d{1,2}(?:st|nd|rd|th)?\b", left + " " + right) or
            any(day in (left, right) for day in weekdays)):
        return None
    year = re.search(rf",? ({_YEAR})$", right)
    if year and not re.search(_YEAR, left):  # "from march 1 to march 5, 2031": the year of both
        left = f"{left}, {year.group(1)}"
    start, end = resolve("on " + left)[0], resolve("on " + right)[1]
    if start is None or end is None:
        return None, None
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if first > last and left in weekdays:
        first -= dt.timedelta(days=7)
    return _iso(first, last) if first <= last else (None, None)
