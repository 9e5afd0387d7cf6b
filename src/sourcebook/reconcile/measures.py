"""Group the figures of all articles into measures and judge whether they agree.

A measure is a set of figures that count the same thing: the same unit class (civilians,
people and residents are one class; children are counted within it), the same happening
class (killed / died / dead), a compatible place and a compatible time. The pipeline:

1. **Block** by (unit class, happening class): only figures sharing a block are ever
   compared, so the cost grows with the number of figures, not its square.
2. **Place groups** within a block: the named place of the figure's place mention, read from
   the string itself ("rebel-held eastern Aleppo" -> aleppo/east). A figure with no named
   place takes the place its article names most often when the block has figures there,
   else the block's only named place, else it stays with the other unplaced figures; parts
   of a place ("eastern Aleppo") go with the whole ("Aleppo") unless the block holds two
   different parts.
3. **Strata** within a place group: figures of one sub-population (children apart from
   civilians) and one scope - a whole-war total ("since the start of the war"), a current
   state (people trapped), or one window or incident (people who fled in four days).
   Windows join when their times are within a week and their stated lengths match.
4. **Verdict** per stratum with two or more figures, on intervals and resolved times:
   conflict (intervals disjoint at the same time), changed_over_time (disjoint at different
   times), agree (all overlap, two or more independent sources) or single_source (every
   figure goes back to one original speaker: copies do not corroborate).
   Figures of different strata stated for the same time and place give a different_scope
   measure (a whole-war total against one window; a sub-count of a larger figure).

Intervals come from figure.low/high (None = open). "around N" is taken as N +- 15% (news
"about 20,000" is rarely more precise than that), "nearly N" as [0.85 N, N], "up to N" as
[0, N]. A figure's time is its resolved time_start/time_end when present, else the dates
in its time text ("In September", "by October 7") read against the article's date, else
the article's publication date; estimated publication dates get three days of slack.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from sourcebook.aliases import canonical_name
from sourcebook.aliases import fold as _plain_fold
from sourcebook.model import Figure, Measure, MeasureMember
from sourcebook.reconcile.classes import Classes, Place, Scope, classes, paused_gc
from sourcebook.reconcile.dates import explicit_dates

__all__ = ["AROUND", "MeasureInput", "article_places", "blocking_key", "build_measures", "figure_interval",
           "measure_order", "place_root"]

AROUND = 0.15  # "around N" -> [N(1 - AROUND), N(1 + AROUND)]
ESTIMATED_SLACK_DAYS = 3  # estimated publication dates: "same time" within three days
EPISODE_LINK_DAYS = 7  # windows/incidents without a stated length join within a week
SHORT_WINDOW_DAYS = 7  # an unstated window only joins windows this short or shorter
MAX_SCOPE_MEMBERS = 40  # larger different_scope sets are not shown (too broad to read)
_SKIPPED_KINDS = frozenset({"age", "duration", "ordinal", "percent", "ratio", "fraction"})
_VERDICT_ORDER = {"conflict": 0, "changed_over_time": 1, "agree": 2, "different_scope": 3, "single_source": 4}
_INF = math.inf
fold = lru_cache(maxsize=65536)(_plain_fold)  # labels fold the same few units and places again and again


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


@dataclass(slots=True)
class _Item:
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
    source: str  # the original speaker: speaker_id, folded according_to, or the article
    root: str | None = None
    direction: str | None = None


@dataclass(slots=True)
class _Stratum:
    items: list[_Item] = field(default_factory=list)
    t0: int = 0
    t1: int = 0
    days: set = field(default_factory=set)
    local: bool = False

    def add(self, item: _Item) -> None:
        if not self.items:
            self.t0, self.t1, self.local = item.t0 or 0, item.t1 or 0, item.place.local
        self.items.append(item)
        self.t0, self.t1 = min(self.t0, item.t0 or 0), max(self.t1, item.t1 or 0)
        if item.scope.days is not None:
            self.days.add(item.scope.days)


# --------------------------------------------------------------------------- intervals


def figure_interval(figure: Figure) -> tuple[float, float] | None:
    """The interval a figure states, None when it states no number."""
    value, low, high, qualifier = figure.value, figure.low, figure.high, figure.qualifier
    if value is None and low is None and high is None:
        return None
    if qualifier == "around":
        centre = value if value is not None else (low if high is None else high if low is None else (low + high) / 2)
        return centre * (1 - AROUND), centre * (1 + AROUND)
    if low is None and high is None:
        if qualifier in ("more than", "at least"):
            return value, _INF
        if qualifier in ("up to", "less than"):
            return 0.0, value
        if qualifier == "nearly":
            return value * (1 - AROUND), value
        return value, value
    if low is None:
        low = high * (1 - AROUND) if qualifier == "nearly" else 0.0 if qualifier in ("up to", "less than") else (value if value is not None else 0.0)
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
    if not found:
        return None
    pub = dt.date.fromordinal(published)
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
        # a window speaks of its end; a dated period of its whole stretch
        return (end if scope.days else start or end), end, False
    published = _ordinal(src.published)
    if figure.time and scope.kind != "cumulative":
        span = _text_time(figure.time, published)
        if span:
            return span[0], span[1], False
    return published, published, bool(src.published_estimated) if published else False


# --------------------------------------------------------------------------- items


def _source(src: MeasureInput) -> str:
    if src.speaker_id:
        return src.speaker_id
    if src.figure.according_to:
        return "name:" + fold(canonical_name(src.figure.according_to))
    return "article:" + src.article_id


class _Classifier:
    """Memoised classification: real and synthetic stores repeat the same strings a lot."""

    def __init__(self, table: Classes):
        self.table = table
        self.units: dict = {}
        self.happenings: dict = {}
        self.places: dict = {}
        self.scopes: dict = {}

    def item(self, src: MeasureInput) -> _Item | None:
        figure = src.figure
        if not figure.unit or figure.kind in _SKIPPED_KINDS:
            return None
        unit = self.units.get(figure.unit)
        if unit is None:
            found = self.table.unit(figure.unit)
            unit = (found.name, found.population, found.compare) if found else ("~" + fold(figure.unit), "~", True)
            self.units[figure.unit] = unit
        if not unit[2]:
            return None
        happening = self.happenings.get(figure.predicate)
        if happening is None:
            found = self.table.happening(figure.predicate)
            if found:
                happening = (found.name, found.nature)
            elif figure.predicate:
                happening = ("~" + fold(figure.predicate.split("(")[0]), "event")
            else:
                happening = ("present", "stock")
            self.happenings[figure.predicate] = happening
        if happening[0] == "present" and figure.kind not in ("count", None):
            return None
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
        t0, t1, fuzzy = _times(src, scope)
        population = unit[1] if unit[1] != "~" else unit[0]
        return _Item(src, unit[0], population, happening[0], happening[1], place, scope,
                     interval[0], interval[1], t0, t1, fuzzy, _source(src))


# --------------------------------------------------------------------------- grouping


def build_measures(
    items: Iterable[MeasureInput],
    *,
    include_singletons: bool = False,
    article_places: Mapping[str, str] | None = None,
) -> list[Measure]:
    """Measures over all figures, conflicts and changes first (``measure_order``).

    Figures with no unit, durations, ages and percentages take no part. A figure that
    matches nothing else gives no measure unless ``include_singletons`` (then a
    single_source measure of one member). ``article_places`` (article id -> place root,
    see ``article_places``) is computed from ``items`` unless given: a distributed run
    passes the store-wide one to each block.
    """
    with paused_gc():
        return _build(items, include_singletons, article_places)


_SHARED: list[_Classifier] = []


def _shared_classifier() -> _Classifier:
    if not _SHARED:  # one memoising classifier per process
        _SHARED.append(_Classifier(classes()))
    return _SHARED[0]


def blocking_key(src: MeasureInput) -> tuple[str, str] | None:
    """(unit class, happening class): figures are only ever compared within one block;
    None when the figure takes part in no measure."""
    item = _shared_classifier().item(src)
    return None if item is None else (item.unit, item.happening)


def place_root(place: str | None) -> str | None:
    """The named place a place mention comes down to ("rebel-held eastern Aleppo" -> aleppo)."""
    return _shared_classifier().table.place(place).root if place else None


def article_places(items: Iterable[MeasureInput]) -> dict[str, str]:
    """article id -> the named place its figures mention most often (an unplaced figure of
    the article joins that place)."""
    return _article_places(_shared_classifier(), list(items))


def measure_order(measure: Measure) -> tuple:
    """Conflicts first, then changes, different scopes, agreement, single sources."""
    return (_VERDICT_ORDER[measure.verdict], measure.key, measure.label, measure.id)


def _build(items: Iterable[MeasureInput], include_singletons: bool, places: Mapping[str, str] | None) -> list[Measure]:
    classifier = _Classifier(classes())
    inputs = list(items)
    context = dict(places) if places is not None else _article_places(classifier, inputs)
    blocks: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    for src in inputs:
        item = classifier.item(src)
        if item is not None:
            item.root = item.place.root
            item.direction = item.place.direction
            blocks[(item.unit, item.happening)].append(item)
    measures: list[Measure] = []
    for key in sorted(blocks):
        for group in _place_groups(blocks[key], context):
            measures.extend(_measures_of_place(key, group, include_singletons))
    measures.sort(key=measure_order)
    return measures


def _article_places(classifier: _Classifier, inputs: list[MeasureInput]) -> dict[str, str]:
    """article_id -> the named place its figures mention most often."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for src in inputs:
        if src.figure.place:
            place = classifier.places.get(src.figure.place)
            if place is None:
                place = classifier.places[src.figure.place] = classifier.table.place(src.figure.place)
            if place.root:
                counts[src.article_id][place.root] += 1
    return {article: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for article, c in counts.items()}


def _place_groups(block: list[_Item], context: dict[str, str]) -> list[list[_Item]]:
    """Figures of one block by named place. A figure that names none goes with the place its
    article names most often, if this block has figures there; else with the block's only
    named place, if it has just one; else with the other unplaced figures."""
    named = {item.root for item in block if item.root}
    only = next(iter(named)) if len(named) == 1 else None
    by_root: dict[str, list[_Item]] = defaultdict(list)
    for item in block:
        if not item.root:
            home = context.get(item.src.article_id)
            item.root = home if home in named else only
        by_root[item.root or ""].append(item)
    groups = []
    for root in sorted(by_root):
        members = by_root[root]
        directions = {i.direction for i in members if i.direction}
        if len(directions) <= 1:
            groups.append(members)
            continue
        # two parts of one place (east and west Aleppo): each part apart, the whole apart
        by_direction: dict[str, list[_Item]] = defaultdict(list)
        for item in members:
            by_direction[item.direction or ""].append(item)
        groups.extend(by_direction[d] for d in sorted(by_direction))
    return groups


def _ordered(items: list[_Item]) -> list[_Item]:
    return sorted(items, key=lambda i: (i.t1 if i.t1 is not None else -1, i.t0 or 0, i.src.figure_id))


def _strata(group: list[_Item]) -> list[_Stratum]:
    fixed: dict[tuple, _Stratum] = {}
    episodes: dict[str, list[_Stratum]] = defaultdict(list)
    order: list[_Stratum] = []
    for item in _ordered(group):
        scope = item.scope
        if scope.kind == "cumulative":
            key = (item.population, "cumulative", scope.anchor)
        elif item.nature == "stock" and scope.kind in (None, "current"):
            key = (item.population, "now")
        else:
            key = None
        if key is not None:
            if key not in fixed:
                fixed[key] = _Stratum()
                order.append(fixed[key])
            fixed[key].add(item)
            continue
        active = episodes[item.population]
        # items arrive in time order: episodes that ended more than a week ago are closed
        active[:] = [s for s in active if item.t0 is None or s.t1 >= item.t0 - EPISODE_LINK_DAYS]
        home = next((s for s in active if _joins(s, item)), None)
        if home is None:
            home = _Stratum()
            active.append(home)
            order.append(home)
        home.add(item)
    return order


def _joins(stratum: _Stratum, item: _Item) -> bool:
    if stratum.local != item.place.local:
        return False
    if (item.t0 is None) != (stratum.items[0].t0 is None):
        return False
    if item.t0 is not None and not (item.t0 <= stratum.t1 + EPISODE_LINK_DAYS and item.t1 >= stratum.t0 - EPISODE_LINK_DAYS):
        return False
    days = item.scope.days
    if days is not None and stratum.days:
        return all(max(days, d) <= 1.5 * min(days, d) for d in stratum.days)
    if days is None and stratum.days:
        return max(stratum.days) <= SHORT_WINDOW_DAYS
    if days is not None and not stratum.days:
        return days <= SHORT_WINDOW_DAYS
    return True


def _slices(items: list[_Item]) -> list[list[_Item]]:
    """Runs of items stated for the same time (chained overlaps, with slack for estimates)."""
    dated = [i for i in items if i.t0 is not None]
    slices: list[list[_Item]] = []
    end, fuzzy = None, False
    for item in sorted(dated, key=lambda i: (i.t0, i.t1, i.src.figure_id)):
        slack = ESTIMATED_SLACK_DAYS if (fuzzy or item.fuzzy) else 0
        if slices and item.t0 <= end + slack:
            slices[-1].append(item)
            end, fuzzy = max(end, item.t1), fuzzy or item.fuzzy
        else:
            slices.append([item])
            end, fuzzy = item.t1, item.fuzzy
    undated = [i for i in items if i.t0 is None]
    if undated:
        slices.append(undated)
    return slices


def _disjoint(items: list[_Item]) -> tuple[_Item, _Item] | None:
    """The pair with the highest low and the lowest high, when they do not overlap."""
    top = max(items, key=lambda i: (i.low, i.src.figure_id))
    bottom = min(items, key=lambda i: (i.high, i.src.figure_id))
    return (top, bottom) if top.low > bottom.high else None


def _conflicting(items: list[_Item]) -> tuple[_Item, _Item] | None:
    """Two figures from DIFFERENT sources that do not overlap, else None. A source that gives
    two values for one time ("2,100 in shelters, down from more than 6,000") is describing a
    change or a breakdown, not contradicting itself. Linear: the lowest high of each source
    is checked against the two sources with the highest lows."""
    tops: dict[str, _Item] = {}
    bottoms: dict[str, _Item] = {}
    for item in items:
        if item.source not in tops or item.low > tops[item.source].low:
            tops[item.source] = item
        if item.source not in bottoms or item.high < bottoms[item.source].high:
            bottoms[item.source] = item
    highest = sorted(tops.values(), key=lambda i: (-i.low, i.src.figure_id))[:2]
    for bottom in sorted(bottoms.values(), key=lambda i: (i.high, i.src.figure_id)):
        for top in highest:
            if top.source != bottom.source and top.low > bottom.high:
                return top, bottom
        if all(top.low <= bottom.high for top in highest):
            return None
    return None


def _measures_of_place(key: tuple[str, str], group: list[_Item], singletons: bool) -> list[Measure]:
    out = []
    strata = _strata(group)
    of_stratum: dict[int, int] = {}
    for number, stratum in enumerate(strata):
        for item in stratum.items:
            of_stratum[id(item)] = number
        if len(stratum.items) >= 2 or singletons:
            out.append(_judge(key, stratum.items))
    if len(strata) >= 2:
        for piece in _slices(group):
            if len({of_stratum[id(i)] for i in piece}) >= 2 and len(piece) <= MAX_SCOPE_MEMBERS:
                out.append(_measure(key, piece, "different_scope", _why_scope(piece), scope=True))
    return out


# --------------------------------------------------------------------------- verdicts


def _judge(key: tuple[str, str], items: list[_Item]) -> Measure:
    slices = _slices(items)
    sources = {i.source for i in items}
    for piece in slices:
        pair = _conflicting(piece)
        if pair and len(items) >= 2:
            return _measure(key, items, "conflict", _why_conflict(pair))
    dated = [s for s in slices if s[0].t0 is not None]
    for earlier, later in zip(dated, dated[1:]):
        pair = _disjoint(earlier + later)
        if pair:
            first, last = _representative(earlier), _representative(later)
            return _measure(key, items, "changed_over_time", _why_changed(first, last))
    if len(sources) == 1:
        return _measure(key, items, "single_source", _why_single(items))
    return _measure(key, items, "agree", _why_agree(items, sources))


def _representative(piece: list[_Item]) -> _Item:
    # the figure most sources repeat; ties to the attributed, then the earliest-listed one
    counts = Counter((i.low, i.high) for i in piece)
    return min(piece, key=lambda i: (-counts[(i.low, i.high)], i.src.figure.according_to is None, i.src.figure_id))


def _measure(key: tuple[str, str], items: list[_Item], verdict: str, why: str, scope: bool = False) -> Measure:
    ids = sorted(i.src.figure_id for i in items)
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]
    members = tuple(
        MeasureMember(i.src.figure_id, i.src.article_id, i.src.figure.span.start, i.src.figure.span.end)
        for i in sorted(items, key=lambda i: (i.src.document, i.src.figure.span.start, i.src.figure_id))
    )
    label = _label(items, scope) + (": different scopes" if scope else "")
    return Measure(id="m_" + digest, label=label, verdict=verdict, members=members, key="|".join(key), why=why)


def _label(items: list[_Item], scope: bool = False) -> str:
    units = Counter(fold(i.src.figure.unit or "") for i in items)
    unit = min(units, key=lambda u: (-units[u], u))
    if scope and len({i.population for i in items}) > 1 and not items[0].unit.startswith("~"):
        unit = items[0].unit  # several sub-populations: name the class ("people")
    happening = items[0].happening.lstrip("~")
    label = unit if happening == "present" else f"{unit} {happening}"
    places = [i.src.figure.place for i in items if i.src.figure.place and i.place.root]
    if places:
        root = items[0].root
        fitting = [i for i in items if i.src.figure.place and root and root in fold(i.src.figure.place)]
        directions = Counter(i.direction for i in fitting if i.direction)
        if directions:  # "eastern Aleppo" over "Aleppo" when a part of the place is named
            direction = min(directions, key=lambda d: (-directions[d], d))
            fitting = [i for i in fitting if i.direction == direction]
        names = [i.src.figure.place for i in fitting] or places
        name = min(names, key=lambda p: (len(p), p)).strip()
        if scope and root:  # related counts of several scopes: name only the place itself
            name = _root_display(name, root) or name
        label += " in " + name
    return label


def _root_display(place: str, root: str) -> str | None:
    """The place's own spelling of its folded root ("east Aleppo", "aleppo") -> "Aleppo"."""
    for word in place.replace("(", " ").replace(")", " ").replace(",", " ").split():
        if fold(word) == root:
            return word
    return None


# --------------------------------------------------------------------------- explanations


def _day(item: _Item) -> str:
    if item.t1 is None:
        return "undated"
    day = dt.date.fromordinal(item.t1)
    text = f"{day.day} {day:%b} {day.year}"
    return "about " + text if item.fuzzy else text


def _who(item: _Item) -> str:
    src = item.src
    who = f"{src.figure.according_to} in {src.document}" if src.figure.according_to else f"unattributed in {src.document}"
    if src.relayed_by:
        who += f", relayed by {src.relayed_by}"
    return who


def _value(item: _Item) -> str:
    return f'"{item.src.figure.span.text}"'


def _why_conflict(pair: tuple[_Item, _Item]) -> str:
    high, low = pair
    return (
        f"For the same time ({_day(low)}), {_who(high)} gives {_value(high)} while {_who(low)} "
        f"gives {_value(low)}, and the two ranges do not overlap."
    )


def _why_changed(first: _Item, last: _Item) -> str:
    return (
        f"The count moved from {_value(first)} ({_who(first)}, {_day(first)}) to "
        f"{_value(last)} ({_who(last)}, {_day(last)})."
    )


def _why_single(items: list[_Item]) -> str:
    src = _representative(items).src
    relays = sorted({i.src.relayed_by or i.src.document for i in items})
    who = src.figure.according_to or f"the unattributed text of {src.document}"
    return (
        f"All {len(items)} figures go back to {who} (carried by {', '.join(relays)}), "
        f"so the copies do not corroborate each other."
    )


def _why_agree(items: list[_Item], sources: set[str]) -> str:
    by_source: dict[str, list[_Item]] = {}
    for item in _ordered(items):
        by_source.setdefault(item.source, []).append(item)
    parts = [f"{_value(group[0])} ({_who(group[0])})" for group in list(by_source.values())[:4]]
    more = len(by_source) - len(parts)
    text = f"{len(sources)} independent sources give overlapping values: " + "; ".join(parts)
    if more > 0:
        text += f" and {more} more"
    copies = len(items) - len(by_source)
    if copies:
        text += f" ({copies} further figure{'s' if copies > 1 else ''} repeat{'' if copies > 1 else 's'} a source already counted)"
    return text + "."


def _why_scope(items: list[_Item]) -> str:
    parts = []
    for item in _ordered(items)[:6]:
        scope = item.scope
        what = item.population if item.population != item.unit else fold(item.src.figure.unit or "")
        if scope.kind == "cumulative":
            where = f"since the {scope.anchor}" if scope.anchor != "unspecified" else "in total"
        elif scope.kind == "window" and item.src.figure.time:
            where = item.src.figure.time.strip()
        elif item.place.local and item.src.figure.place:
            where = "in " + item.src.figure.place.strip()
        elif scope.kind == "incident":
            where = "in one incident"
        else:
            where = "(no period stated)"
        parts.append(f"{_value(item)} {what} {where}")
    more = len(items) - len(parts)
    tail = f" and {more} more" if more > 0 else ""
    return f"Related counts of different scope, not to be compared directly: {'; '.join(parts)}{tail}."
