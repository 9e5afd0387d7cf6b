"""Steps a story of the past takes from a time it has named, counted from that time, never the paper's day.

"The mill opened in 1962 and the following year employed 350 weavers", "two years later it had
400", "a decade earlier it had employed 4,000", "that summer", "the previous spring", "the day
before", "the next morning", "earlier that month", "at the time", and in sport "the following
weekend" and "a fortnight later" (a fixture's day on), and in court reports a weekday ("the
following Monday" after a verdict on Friday, 13 March; "the previous Monday"): each tells of the time the
story named last, in the sentence or in the lines just before it ("The dam was finished in 1971.
Two years later, floods drowned 30 villages"). ``timex`` read none of them, or read "next year"
inside "the next year" from the publication date, decades off in a story of the past. A step
with no time named before it is no time at all (it counts from a day the story tells of that the
text does not give), and a step after the figure dates it only when it follows right after its
words ("900 a decade later", "7 more the next day"; not "12,000 patients; the following year").
"by the end of the decade" is the decade of a year its sentence names before it. Steps right
after an amount that ``timex`` finds already ("up from 40 a year earlier", "the previous year")
stay with ``anchored``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta

from ..lexicon import count_words, entries, table
from .frames import iso

__all__ = ["StoryTimes", "is_step", "story_times"]

_PARTS = ("day", "morning", "afternoon", "evening", "night")
_SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # first month
#: weekdays, Monday first: "the following Monday" after a verdict on Friday, 13 March, is the 16th
_WEEKDAYS = tuple(sorted(entries(table("calendar")["weekdays"]), key=lambda day: table("calendar")["weekdays"][day]))
_UNITS = "|".join((*_PARTS, "weekend", "week", "fortnight", "month", "year", "decade", *_SEASONS, *_WEEKDAYS))
#: the words one of which every step holds (its unit, "two days later", "at that time"): a sentence with none has no
#: step, and ``_STEP`` is not run over it
_STEP_WORDS = frozenset([*(w.lower() for w in _UNITS.split("|")),
                         *(w + "s" for w in ("day", "week", "fortnight", "month", "year", "decade")), "time"])
_LETTER_RUNS = re.compile(r"[a-z]+")
#: (start, end, text) of a time in an article
Time = tuple[int, int, str]
#: times that run up to a day or across a window rather than name a period: no anchor for a step
_RUNNING = re.compile(r"^(?:since|from|by|until|till|before|as\s+of)\b|\b(?:past|next|coming|so\s+far|to\s+date)\b",
                      re.IGNORECASE)
#: the paper's own present is not the time a story's "that year" or "the next day" points back to
_PRESENT = re.compile(r"\b(?:today|tonight|this|now|currently)\b", re.IGNORECASE)
_DECADE_EDGE = re.compile(r"\b(end|start|beginning|middle)\s+of\s+the\s+decade$", re.IGNORECASE)
#: how far back (characters) the lines before a step's sentence are read for the time it counts from
_BACK = 300
#: a step after the figure dates it only right after its words: no number, no clause's stop between
_RIGHT_AFTER = re.compile(r"[^\d;:,.]{0,30}")
#: a step a comparison sets the figure against dates what it is compared with ("relative to two years earlier")
_COMPARED = re.compile(r"\b(?:(?:relative|compared)\s+(?:to|with)|than|from)\s+$", re.IGNORECASE)


def _pattern() -> re.Pattern:
    counts = [w for w in count_words() if w not in ("few", "several", "zero")]
    num = r"\d+|" + "|".join(sorted(counts, key=len, reverse=True)).replace("couple", r"couple\s+of")
    return re.compile(
        rf"\b(?P<by>by\s+)?the\s+(?P<way>following|next|previous|preceding|prior)\s+(?P<u1>{_UNITS})\b"
        rf"|\b(?:(?P<edge>earlier|later)\s+)?that\s+(?:same\s+)?(?P<u2>{_UNITS})\b(?!['\u2019-])"
        rf"|\b(?P<n>{num})\s+(?P<u3>day|week|fortnight|month|year|decade)s?\s+(?P<dir>later|earlier)\b(?!\s+than\b)"
        rf"|\bthe\s+(?P<u4>day|night|week|month|year)\s+before\b(?=\s*(?:[,;.)]|$))"
        r"|\bat\s+(?:the|that)\s+time\b(?!\s+(?:of|when|that)\b)", re.IGNORECASE)


_STEP: re.Pattern | None = None


def is_step(written: str | None) -> bool:
    """Whether ``written`` is a whole step of a story ("the next day", "two years later")."""
    global _STEP
    if _STEP is None:
        _STEP = _pattern()
    return written is not None and _STEP.fullmatch(written) is not None


@dataclass
class StoryTimes:
    """The steps of a sentence: where each is written, and the period of those a time named before them anchors."""

    spans: list[Time] = field(default_factory=list)
    periods: dict[Time, tuple[str | None, str | None]] = field(default_factory=dict)
    anchors: dict[Time, Time] = field(default_factory=dict)  # the time each step counts from

    def covers(self, time: Time) -> bool:
        """A time ``timex`` read inside a step ("next year" in "the next year")."""
        return any(s[0] <= time[0] and time[1] <= s[1] and s != time for s in self.spans)

    def usable(self, time: Time, text: str, figure_end: int) -> bool:
        """A step dates a figure when a time anchors it and, after the figure, it follows right after its words."""
        if time not in self.periods or _COMPARED.search(text, max(0, time[0] - 20), time[0]):
            return False
        return time[0] < figure_end or bool(_RIGHT_AFTER.fullmatch(text, figure_end, time[0]))

    def chosen(self, time: Time, text: str, figure_end: int) -> Time:
        """The step right after the figure over the time it counts from, when that was nearer: "found 12
        on Saturday and 7 more the next day" (7 is the next day's, between the day and its step)."""
        return next((step for step, anchor in self.anchors.items() if anchor == time and step[0] >= figure_end
                     and time[1] <= figure_end and self.usable(step, text, figure_end)), time)


def story_times(text: str, clip: tuple[int, int], times: list[Time], published: str | None,
                resolve: Callable[[str, str | None], tuple[str | None, str | None]],
                find: Callable[[str], list[Time]], depth: int = 0) -> StoryTimes:
    """The steps of the sentence ``clip`` of ``text`` whose ``times`` ``timex`` found; ``resolve``
    reads a time against the publication date, ``find`` finds the times of a stretch of text. A step
    in the lines before may be the anchor ("The next day, X. The following morning, Y": Y two days
    on), read the same way up to two stretches back (``depth``)."""
    global _STEP
    if _STEP is None:
        _STEP = _pattern()
    found = StoryTimes()
    inside = [t for t in times if clip[0] <= t[0] and t[1] <= clip[1]]
    sentence = text[clip[0]:clip[1]]
    # (exact for ASCII only: re's case-insensitive matching equates letters ``str.lower`` does not, 'ſ' and 's')
    stepped = not sentence.isascii() or not _STEP_WORDS.isdisjoint(_LETTER_RUNS.findall(sentence.lower()))
    for match in _STEP.finditer(text, clip[0], clip[1]) if stepped else ():
        step = (match.start(), match.end(), match.group())
        if not any(t[0] <= step[0] and step[1] <= t[1] for t in inside):  # "up from 40 a year earlier": anchored's
            found.spans.append(step)
    for time in inside:  # "by the end of the decade" after a year of an earlier decade
        if (edge := _DECADE_EDGE.search(time[2])) is None:
            continue
        anchor = _anchor(time[0], inside, found, clip[0], resolve, published)
        if anchor and published and anchor[1][0].year // 10 < int(published[:4]) // 10:
            year = anchor[1][0].year // 10 * 10 + (9 if edge.group(1).lower() == "end" else 0)
            found.periods[time] = resolve(f"{time[2][:edge.start()]}{edge.group(1)} of {year}", published)
    if not found.spans:
        return found
    before: list[Time] | None = None
    earlier = StoryTimes()
    for step in found.spans:
        anchor = _anchor(step[0], inside, found, clip[0], resolve, published)
        if anchor is None:
            if before is None:  # the lines before the sentence, read once, with their own steps
                lo = max(0, clip[0] - _BACK)
                before = [(t[0] + lo, t[1] + lo, t[2]) for t in find(text[lo:clip[0]])]
                if depth < 2 and lo < clip[0]:
                    earlier = story_times(text, (lo, clip[0]), before, published, resolve, find, depth + 1)
            anchor = _anchor(clip[0], before, earlier, 0, resolve, published)
        period = _step(_STEP.fullmatch(step[2]), anchor[1]) if anchor else None
        if anchor and period is not None:
            found.periods[step] = period
            found.anchors[step] = anchor[0]
    return found


def _anchor(at: int, times: list[Time], steps: StoryTimes, floor: int,
            resolve: Callable[[str, str | None], tuple[str | None, str | None]],
            published: str | None) -> tuple[Time, tuple[dt.date, dt.date]] | None:
    """The time named last before ``at`` (from ``floor``) and its period: a step already anchored,
    or a time with both ends that runs up to no day and is not the paper's present ("today", "this week")."""
    named = [(t, steps.periods[t]) for t in steps.spans if t in steps.periods and floor <= t[0] and t[1] <= at]
    named += [(t, resolve(t[2], published)) for t in times
              if floor <= t[0] and t[1] <= at and not _RUNNING.search(t[2]) and not _PRESENT.search(t[2])
              and not steps.covers(t)]
    named = [(t, p) for t, p in named if p[0] and p[1]]
    if not named:
        return None
    time, (start, end) = max(named, key=lambda item: item[0][0])
    return time, (dt.date.fromisoformat(start), dt.date.fromisoformat(end))  # type: ignore[arg-type]


def _step(match: re.Match | None, anchor: tuple[dt.date, dt.date]) -> tuple[str | None, str | None] | None:
    """The period a step takes from the period ``anchor`` it counts from; None where the step is
    finer than the anchor ("the next day" after a year)."""
    if match is None:
        return None
    first, last = anchor
    if match["way"]:
        unit, count = match["u1"].lower(), (1 if match["way"].lower() in ("following", "next") else -1)
    elif match["u2"]:
        unit, count = match["u2"].lower(), 0
    elif match["u3"]:
        words = count_words()
        amount = match["n"].lower()
        number = int(amount) if amount.isdigit() else words.get(re.sub(r"\s+of$", "", amount))
        if number is None:
            return None
        unit, count = match["u3"].lower(), int(number) * (1 if match["dir"].lower() == "later" else -1)
    elif match["u4"]:
        unit, count = match["u4"].lower(), -1
    else:  # "at the time"
        return iso(first, last)
    period = _moved(unit, count, first, last)
    if period is None:
        return None
    start, end = period
    if match["edge"]:  # "earlier that month" runs up to the day named, "later that year" from it
        start, end = (start, min(end, first)) if match["edge"].lower() == "earlier" else (max(start, first), end)
    return iso(None if match["by"] else start, end)


def _moved(unit: str, count: int, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date] | None:
    if unit in ("year", "decade"):
        year = first.year + count * (10 if unit == "decade" else 1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if unit == "month":
        if (last - first).days > 31:
            return None
        month = first.replace(day=1) + relativedelta(months=count)
        return month, month + relativedelta(months=1, days=-1)
    if unit == "fortnight":
        unit, count = "week", count * 2
    if unit == "weekend":
        return _weekend(count, first, last) if (last - first).days <= 7 else None
    if unit in _WEEKDAYS:
        return _weekday(_WEEKDAYS.index(unit), count, first, last) if (last - first).days <= 7 else None
    if unit == "week":
        if (last - first).days > 7:
            return None
        if count == 0:  # "that week": its Monday to Sunday
            monday = first - dt.timedelta(days=first.weekday())
            return monday, monday + dt.timedelta(days=6)
        return first + dt.timedelta(weeks=count), last + dt.timedelta(weeks=count)
    if unit in _PARTS:
        if first != last:
            return None
        day = first + dt.timedelta(days=count)
        return day, day
    return _season(_SEASONS[unit], count, first, last)


def _weekend(count: int, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday and Sunday of the anchor's week ("that weekend"), the first after it ("the following weekend":
    after a match on Saturday, March 1, the 8th and 9th) or the last before it ("the previous weekend")."""
    if count > 0:
        saturday = last + dt.timedelta(days=(5 - last.weekday()) % 7 or 7)
    elif count < 0:
        saturday = first - dt.timedelta(days=(first.weekday() - 6) % 7 or 7) - dt.timedelta(days=1)
    else:
        saturday = first - dt.timedelta(days=first.weekday()) + dt.timedelta(days=5)
    return saturday, saturday + dt.timedelta(days=1)


def _weekday(index: int, count: int, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """That weekday of the anchor's week ("that Monday"), the first after it ("the following Monday": after a
    verdict on Friday, 13 March, the 16th) or the last before it ("the previous Friday")."""
    if count > 0:
        day = last + dt.timedelta(days=(index - last.weekday()) % 7 or 7)
    elif count < 0:
        day = first - dt.timedelta(days=(first.weekday() - index) % 7 or 7)
    else:
        day = first - dt.timedelta(days=first.weekday()) + dt.timedelta(days=index)
    return day, day


def _season(month: int, count: int, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """That season of the anchor's year, the first begun after it ("the following spring") or the
    last over before it ("the previous spring")."""
    start = dt.date(first.year, month, 1)
    if count > 0:
        while start <= last:
            start += relativedelta(years=1)
    elif count < 0:
        while start + relativedelta(months=3) > first:
            start -= relativedelta(years=1)
    return start, start + relativedelta(months=3, days=-1)
