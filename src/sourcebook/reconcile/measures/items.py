"""Step 0 of ``reconcile.measures``: each figure as an item that can be compared.

A figure becomes an ``Item`` with its unit and happening class (the blocking key of step 1),
its named place (step 2), its scope (step 3), its interval and the moment it speaks of (step 4)
and its original source. Intervals and times follow the notes in ``reconcile.measures``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from sourcebook.aliases import canonical_name
from sourcebook.aliases import fold as _plain_fold
from sourcebook.model import Figure
from sourcebook.reconcile.classes import Classes, Place, Scope
from sourcebook.reconcile.dates import explicit_dates

__all__ = ["AROUND", "Classifier", "Item", "MeasureInput", "article_eras", "figure_interval", "fold", "ordered",
           "without_parts"]

AROUND = 0.15  # "around N" -> [N(1 - AROUND), N(1 + AROUND)]
ESTIMATED_SLACK_DAYS = 3  # estimated publication dates: "same time" within three days
_SKIPPED_KINDS = frozenset({"age", "duration", "ordinal", "percent", "ratio", "fraction", "multiplier"})
_INF = math.inf
fold = lru_cache(maxsize=65536)(_plain_fold)
_NUMBER_OF = re.compile(r"\bnumber of ([a-z][\w-]*)")
_YEAR = re.compile(r"(?<![\d,.$])((?:1[89]|20)\d\d)(?![\d%])")  # labels fold the same few units and places again and again


@dataclass(frozen=True, slots=True)
class MeasureInput:
    """One figure of the store with what reconciliation needs about its article and source."""

    figure_id: str  # global: "<article_id>:f3"
    article_id: str
    document: str  # the article's file name ("000_x.txt")
    figure: Figure
    published: str | None  # ISO date
    published_estimated: bool = False
    speaker_id: str | None = None  # store-wide speaker of figure.according_to
    relayed_by: str | None = None
    outlet: str | None = None  # the article's outlet: its unattributed figures are one source
    agent: str | None = None  # who paid, pledged or spent (money): figures of no known doer stay apart
    rate: str | None = None  # the period of a rate ("hour": "22 euros an hour"; "salary"), None for a total


@dataclass(slots=True)
class Item:
    """A figure as the steps see it: its classes, place, scope, interval, time and source."""

    src: MeasureInput
    unit: str
    population: str
    happening: str
    nature: str
    place: Place
    scope: Scope
    low: float
    high: float
    t0: int | None  # the moment the figure speaks of, as a day ordinal range
    t1: int | None
    fuzzy: bool  # time from an estimated publication date
    source: str  # the original speaker: speaker_id, folded according_to, the outlet or the article
    agent: str | None = None  # the folded doer of a money figure ("clinton campaign")
    root: str | None = None
    direction: str | None = None
    story: str = ""  # the story of the figure's article ("" when no stories were given)
    era: tuple[int, int] | None = None  # an undated article's latest stated (month, day or 0)
    noun: str = ""  # what is counted as written ("civilians"), or the class a bare count implies


# --------------------------------------------------------------------------- intervals


def figure_interval(figure: Figure) -> tuple[float, float] | None:
    """The interval a figure states, None when it states no number."""
    value, low, high, qualifier = figure.value, figure.low, figure.high, figure.qualifier
    if value is None and low is None and high is None:
        return None
    if qualifier == "around":
        centre = value if value is not None else (low if high is None else high if low is None else (low + high) / 2)
        assert centre is not None  # value, low and high are not all None
        return centre * (1 - AROUND), centre * (1 + AROUND)
    if low is None and high is None:
        assert value is not None  # value, low and high are not all None
        if qualifier in ("more than", "at least"):
            return value, _INF
        if qualifier in ("up to", "less than"):
            return 0.0, value
        if qualifier == "nearly":
            return value * (1 - AROUND), value
        return value, value
    if low is None:
        assert high is not None  # low and high are not both None
        if qualifier == "nearly":
            low = high * (1 - AROUND)
        else:
            low = 0.0 if qualifier in ("up to", "less than") else (value if value is not None else 0.0)
    if high is None:
        high = _INF if qualifier in ("more than", "at least", "vague", "range") or value is None else max(value, low)
    return float(low), float(high)


# --------------------------------------------------------------------------- times


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


@lru_cache(maxsize=65536)
def _dates_in(text: str) -> tuple:
    return tuple(explicit_dates(text))


def _text_time(text: str, published: int | None) -> tuple[int, int] | None:
    """The latest explicit date in a figure's time text, read against the publication date:
    "by October 7" -> that day; "In September" -> the month (up to the publication date)."""
    if published is None:
        return None
    found = _dates_in(text)
    pub = dt.date.fromordinal(published)
    if not found:
        years = [int(y) for y in _YEAR.findall(text) if int(y) <= pub.year]
        if not years:
            return None
        # "in 1998", "The 1998 earthquake": that year, up to the publication date
        return dt.date(max(years), 1, 1).toordinal(), min(published, dt.date(max(years), 12, 31).toordinal())
    best: tuple[int, int] | None = None
    for year, month, day, _ in found:
        year = year or (pub.year - 1 if (month, day or 1) > (pub.month, pub.day) else pub.year)
        try:
            start = dt.date(year, month, day or 1)
            end = dt.date(year, month, day) if day else _month_end(year, month)
        except ValueError:
            continue
        span = (start.toordinal(), min(end.toordinal(), max(published, start.toordinal())))
        if best is None or span[1] > best[1]:
            best = span
    return best


def _times(src: MeasureInput, scope: Scope) -> tuple[int | None, int | None, bool]:
    figure = src.figure
    start, end = _ordinal(figure.time_start), _ordinal(figure.time_end)
    if start or end:
        end = end or start
        # a window and a running total ("since the quake struck on Friday") speak of their end; a dated
        # period of its whole stretch
        return (end if scope.days or scope.kind == "cumulative" else start or end), end, False
    published = _ordinal(src.published)
    if figure.time and scope.kind != "cumulative":
        span = _text_time(figure.time, published)
        if span:
            return span[0], span[1], False
    return published, published, bool(src.published_estimated) if published else False


def _ahead(src: MeasureInput) -> bool:
    """Whether a figure's resolved time lies after its article's date: a period still to come
    ("next year", "over the next five years") or a deadline ("by 2031", "by the end of the
    year") in a dated article is a forecast or a target, not a count of that time."""
    published = _ordinal(src.published)
    start, end = _ordinal(src.figure.time_start), _ordinal(src.figure.time_end)
    if published is None or not (start or end):
        return False
    slack = ESTIMATED_SLACK_DAYS if src.published_estimated else 0
    return (start or end or 0) > published + slack


# --------------------------------------------------------------------------- items


def _source(src: MeasureInput) -> str:
    """The original source: the speaker, else the name as written, else the outlet (one
    outlet's stock phrases and boilerplate are one source), else the article."""
    if src.speaker_id:
        return src.speaker_id
    if src.figure.according_to:
        return "name:" + fold(canonical_name(src.figure.according_to))
    if src.outlet:
        return "outlet:" + fold(src.outlet)
    return "article:" + src.article_id


def article_eras(inputs: list[MeasureInput]) -> dict[str, tuple[int, int]]:
    """Undated article id -> the latest (month, day or 0) the times of its own figures state
    without a year ("towards the end of November" -> (11, 0), "Earlier in December" -> (12, 0)).
    The text gives the season of its figures though not their year; ``verdicts.era_parts``
    uses it to tell two undated articles' counts apart in time, never to date them."""
    eras: dict[str, tuple[int, int]] = {}
    for src in inputs:
        if src.published or not src.figure.time:
            continue
        for year, month, day, _ in _dates_in(src.figure.time):
            if year is None:
                era = (month, day or 0)
                if era > eras.get(src.article_id, (0, 0)):
                    eras[src.article_id] = era
    return eras


class Classifier:
    """Memoised classification: real and synthetic stores repeat the same strings a lot."""

    def __init__(self, table: Classes):
        self.table = table
        self.units: dict = {}
        self.happenings: dict = {}
        self.places: dict = {}
        self.scopes: dict = {}

    def item(self, src: MeasureInput) -> Item | None:
        figure = src.figure
        if figure.kind in _SKIPPED_KINDS or not figure.level:
            return None  # a change is not a level: "rose by 12" counts no 12 of anything
        identity = self.identity(figure, src.agent, src.rate)
        if identity is None:
            return None  # no clear measure: the figure stays in the ledger, in no verdict
        unit, happening, agent = identity
        interval = figure_interval(figure)
        if interval is None:
            return None
        place = self.places.get(figure.place)
        if place is None:
            place = self.places[figure.place] = self.table.place(figure.place)
        # a stated time decides the scope alone; without one, predicate and place do
        scope_key = (figure.time,) if figure.time else (None, figure.place, figure.predicate)
        scope = self.scopes.get(scope_key)
        if scope is None:
            scope = self.scopes[scope_key] = self.table.scope(figure.time, figure.place, figure.predicate)
        if _ahead(src):
            return None  # a target or a forecast ("5,000 homes by 2031"): no level anyone has counted
        t0, t1, fuzzy = _times(src, scope)
        return Item(src, unit[0], unit[1], happening[0], happening[1], place, scope,
                    interval[0], interval[1], t0, t1, fuzzy, _source(src), agent, noun=unit[4])

    def identity(self, figure: Figure, agent: str | None,
                 rate: str | None = None) -> tuple[tuple, tuple, str | None] | None:
        """What a figure counts, what happened to it and (money) by whom: ((unit class,
        population, compare, needs a doer, noun), (happening class, nature, units, implies, the class itself),
        doer), or None when
        any part is unclear: a unit or predicate no class lists, a happening that does not
        apply to the unit (residents who "spent" a night), a money figure with no predicate
        or no known doer. "Death toll rose to 52", "52 people have now died" and "killed 52"
        all come to (people, killed); "35 missing", with no counted noun, counts the people
        its happening implies. A rate (``rate``: "22 euros an hour", "a salary") counts per
        its period, a measure apart from totals and from rates of other periods."""
        candidates = self.happenings.get(figure.predicate)
        if candidates is None:
            found_all = self.table.happenings_of(figure.predicate) if figure.predicate else []
            candidates = tuple((h.name, h.nature, h.units, h.implies, h) for h in found_all)
            self.happenings[figure.predicate] = candidates
        bare = figure.kind in ("count", None)
        level = not figure.predicate or figure.change or self.table.level_verbs.first(fold(figure.predicate))
        # "made 2,900 arrests", "recorded 53 murders": the noun is the happening, the verb only says it was counted
        named = self.table.noun_happening(figure.unit) if bare else None
        if bare and figure.unit and (level or named) and (not candidates or candidates[0][1] != "target"):
            # "the death toll climbed to 52", "22 dead": the happening is in the noun, not the verb;
            # a verb that also names one comes after it ("reached 85 cases": infected, not delivered)
            candidates = tuple((h.name, h.nature, h.units, h.implies, h)
                               for h in [*([named] if named else []), *self.table.happenings_of(figure.unit)]) + \
                candidates
        if not candidates or candidates[0][1] == "target":
            return None  # "wants to evacuate 10,000", "expected to rise to 60": an aim or a forecast
        counted = _NUMBER_OF.search(figure.predicate or "") if bare and not figure.unit else None
        # "put the number of homes destroyed at 140": the noun is in the predicate
        written = figure.unit or (counted.group(1) if counted else None) or (candidates[0][3] if bare else None)
        if not written:
            return None
        unit = self.units.get(written)
        if unit is None:
            found = self.table.unit(written)
            implied_noun = found is None or not figure.unit
            if found is None and bare:
                # "22 dead", "the death toll", "2,900 arrests": a happening written where the counted noun goes
                implied = self.table.noun_happening(written) or self.table.happening(written)
                found = self.table.unit(implied.implies) if implied and implied.implies else None
            unit = (found.name, found.population, found.compare, found.agent, found.name if implied_noun else written) \
                if found else ()
            self.units[written] = unit
        if not unit or not unit[2]:
            return None
        base = unit[0]
        if rate:  # "22 euros an hour" is no total: a rate of each period is its own measure
            unit = (f"{base} per {rate}", *unit[1:])
        # the first happening of the predicate that applies to the unit ("residents spent the
        # night in emergency shelters": sheltered, not money spent) and to the noun as written
        # ("pulled 12 bodies from the rubble": the dead are not rescued; "pulled out 300 troops": withdrawn)
        noun, words = fold(written), self.table.happening_words(figure.predicate)
        happening = next((h for h in candidates if (not h[2] or base in h[2]) and not h[4].excluded(noun, words)), None)
        if happening is None:
            return None
        doer = None
        if unit[3]:
            doer = fold(canonical_name(agent)).removeprefix("the ") if agent else None
            if not doer:
                return None  # "spent $66 million": whose money? unknown, so compared with nothing
        return unit, happening, doer


def ordered(items: list[Item]) -> list[Item]:
    """Items in the order of the moment they speak of (undated first), then by figure id."""
    return sorted(items, key=lambda i: (i.t1 if i.t1 is not None else -1, i.t0 or 0, i.src.figure_id))


def without_parts(items: list[Item]) -> list[Item]:
    """``items`` (one block) without the parts of a total stated before them in the same
    sentence by the same source: "22 people had died, among them nine in Dreln", "40 were
    killed, 12 of them children". A figure is such a part when an earlier figure of its
    sentence is larger and this one is not the level that figure changed from ("rose to 61,
    up from 47": 47 is an earlier count, not a part); so is the size of a rise stated before the
    larger level it brought ("412 new cases on Tuesday, bringing the total to 9,300": no level of the
    total), unless it is that level's earlier value ("rose from 40 to 52")."""
    by_sentence: dict[tuple, list[Item]] = {}
    for item in items:
        sentence = item.src.figure.sentence
        if sentence is not None:
            by_sentence.setdefault((item.src.article_id, sentence.start, item.source), []).append(item)
    parts: set[int] = set()
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda i: i.src.figure.span.start)
        previous = {i.src.figure.previous for i in group if i.src.figure.previous}
        for n, item in enumerate(group[1:], 1):
            if item.src.figure.id not in previous and any(e.low > item.high for e in group[:n]):
                parts.add(id(item))
        for n, item in enumerate(group[:-1]):
            # the size of a rise told with the level it brought: "412 new cases, bringing the total to 9,300"
            if item.src.figure.id not in previous and any(
                    e.src.figure.change == "up" and e.low > item.high for e in group[n + 1:]):
                parts.add(id(item))
    return [i for i in items if id(i) not in parts] if parts else items
