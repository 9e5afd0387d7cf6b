"""Steps 1 to 3 of ``reconcile.measures``: blocks, place groups and strata.

Only figures of one block (unit class, happening class) are compared; within a block they are
grouped by named place, and within a place group into strata of one sub-population and scope.
Each stratum of two or more figures is judged by ``verdicts``; figures of different strata
stated for the same time give a different_scope measure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sourcebook.model import Measure

from .causes import cause_of
from .items import Classifier, Item, MeasureInput, ordered
from .verdicts import comparable_parts, era_parts, judge, judge_eras, make_measure, time_slices, why_scope

__all__ = ["Stratum", "add_vote", "measures_of_place", "place_groups", "place_vote", "places_of_articles", "strata",
           "vote_winner"]

EPISODE_LINK_DAYS = 7  # windows/incidents without a stated length join within a week
SHORT_WINDOW_DAYS = 7  # an unstated window only joins windows this short or shorter
MAX_SCOPE_MEMBERS = 40  # larger different_scope sets are not shown (too broad to read)


@dataclass(slots=True)
class Stratum:
    """Figures of one sub-population and scope within a place group (step 3)."""

    items: list[Item] = field(default_factory=list)
    t0: int = 0
    t1: int = 0
    days: set = field(default_factory=set)
    local: bool = False
    causes: set = field(default_factory=set)  # what did the killing ("an earthquake", "an aftershock")

    def add(self, item: Item) -> None:
        if not self.items:
            self.t0, self.t1, self.local = item.t0 or 0, item.t1 or 0, item.place.local
        self.items.append(item)
        if (cause := cause_of(item.src.figure)) is not None:
            self.causes.add(cause)
        self.t0, self.t1 = min(self.t0, item.t0 or 0), max(self.t1, item.t1 or 0)
        if item.scope.days is not None:
            self.days.add(item.scope.days)


_VOTING_KINDS = frozenset({"count", "money"})  # "12 km north of Lisch" does not say where the counts are


def place_vote(classifier: Classifier, src: MeasureInput) -> tuple[str, str, int] | None:
    """(article id, place root, figure number) when the figure is a count naming a place:
    a vote for the place of its article's unplaced figures (``places_of_articles``)."""
    if not src.figure.place or src.figure.kind not in _VOTING_KINDS:
        return None
    place = classifier.places.get(src.figure.place)
    if place is None:
        place = classifier.places[src.figure.place] = classifier.table.place(src.figure.place)
    if not place.root:
        return None
    number = src.figure.id[1:]
    return src.article_id, place.root, int(number) if number.isdigit() else 10**9


def add_vote(votes: dict[str, tuple[int, int]], root: str, number: int) -> None:
    """Count a vote: root -> (votes, the first figure that named it)."""
    count, first = votes.get(root, (0, number))
    votes[root] = (count + 1, min(first, number))


def vote_winner(votes: dict[str, tuple[int, int]]) -> str:
    """The place named by most counts; a tie goes to the place named first (the headline's)."""
    return min(votes, key=lambda root: (-votes[root][0], votes[root][1], root))


def places_of_articles(classifier: Classifier, inputs: list[MeasureInput]) -> dict[str, str]:
    """article_id -> the named place its counts mention most often (ties: the first named)."""
    votes: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for src in inputs:
        vote = place_vote(classifier, src)
        if vote:
            add_vote(votes[vote[0]], vote[1], vote[2])
    return {article: vote_winner(v) for article, v in votes.items()}


def place_groups(block: list[Item], context: dict[str, str]) -> list[list[Item]]:
    """Figures of one block by named place. A figure that names none goes with the place its
    article names most often, if this block has figures there; else with the block's only
    named place, if it has just one; else with the other unplaced figures."""
    named = {item.root for item in block if item.root}
    only = next(iter(named)) if len(named) == 1 else None
    by_root: dict[str, list[Item]] = defaultdict(list)
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
        by_direction: dict[str, list[Item]] = defaultdict(list)
        for item in members:
            by_direction[item.direction or ""].append(item)
        groups.extend(by_direction[d] for d in sorted(by_direction))
    return groups


def strata(group: list[Item]) -> list[Stratum]:
    """A place group's strata, in the order they were opened (items taken in time order)."""
    fixed: dict[tuple, Stratum] = {}
    episodes: dict[str, list[Stratum]] = defaultdict(list)
    order: list[Stratum] = []
    for item in ordered(group):
        scope = item.scope
        key: tuple[str | None, ...] | None
        if scope.kind == "cumulative":
            key = (item.population, "cumulative", scope.anchor)
        elif item.nature == "stock" and (scope.kind in (None, "current") or (scope.kind == "window" and not scope.days)):
            key = (item.population, "now")  # a state as of a stated day ("35 missing on Sunday") is a state
        else:
            key = None
        if key is not None:
            if key not in fixed:
                fixed[key] = Stratum()
                order.append(fixed[key])
            fixed[key].add(item)
            continue
        active = episodes[item.population]
        # items arrive in time order: episodes that ended more than a week ago are closed
        active[:] = [s for s in active if item.t0 is None or s.t1 >= item.t0 - EPISODE_LINK_DAYS]
        home = next((s for s in active if _joins(s, item)), None)
        if home is None:
            home = Stratum()
            active.append(home)
            order.append(home)
        home.add(item)
    return order


def _joins(stratum: Stratum, item: Item) -> bool:
    if stratum.local != item.place.local:
        return False
    cause = cause_of(item.src.figure)
    if cause is not None and stratum.causes and cause not in stratum.causes:
        return False  # "an earthquake killed 57", "an aftershock killed nine": two tolls
    if (item.t0 is None) != (stratum.items[0].t0 is None):
        return False
    if item.t0 is not None:
        assert item.t1 is not None  # _times sets t0 and t1 together
        if not (item.t0 <= stratum.t1 + EPISODE_LINK_DAYS and item.t1 >= stratum.t0 - EPISODE_LINK_DAYS):
            return False
    days = item.scope.days
    if days is not None and stratum.days:
        return all(max(days, d) <= 1.5 * min(days, d) for d in stratum.days)
    if days is None and stratum.days:
        return max(stratum.days) <= SHORT_WINDOW_DAYS
    if days is not None and not stratum.days:
        return days <= SHORT_WINDOW_DAYS
    return item.t0 is None or (_alike_spans(stratum, item) and not _shifted(stratum, item))


def _overlap_apart(a: Item, b: Item) -> bool:
    """Whether two dated periods of a length, longer than a week, overlap without being one
    period: "in the fiscal year to March" and "in 2034" share nine months, but each counts its
    own year ("in 2019" within "between 2010 and 2020" is a part, of another length)."""
    assert a.t0 is not None and a.t1 is not None and b.t0 is not None and b.t1 is not None
    short, long = sorted((a.t1 - a.t0 + 1, b.t1 - b.t0 + 1))
    if short <= SHORT_WINDOW_DAYS or long > 1.5 * short or a.t0 > b.t1 or b.t0 > a.t1:
        return False
    return abs(a.t0 - b.t0) > EPISODE_LINK_DAYS or abs(a.t1 - b.t1) > EPISODE_LINK_DAYS


def _shifted(stratum: Stratum, item: Item) -> bool:
    """Whether ``item``'s period and one of the stratum's overlap without being one period
    (``_overlap_apart``): neither the same time nor another time, so never compared."""
    return any(other.t0 is not None and _overlap_apart(item, other) for other in stratum.items)


def _alike_spans(stratum: Stratum, item: Item) -> bool:
    """Whether the periods an item and a stratum's items state are of a length: "800 homes in
    2019" is a part of "9,000 between 2010 and 2020", not a rival count of the same time, and a
    day's count is not a year's. Periods of a week or less are all alike."""
    assert item.t0 is not None and item.t1 is not None
    span = item.t1 - item.t0 + 1
    for other in stratum.items:
        if other.t0 is not None and other.t1 is not None:
            length = other.t1 - other.t0 + 1
            if max(span, length) > max(SHORT_WINDOW_DAYS, 1.5 * min(span, length)):
                return False
    return True


def measures_of_place(key: tuple[str, ...], group: list[Item], singletons: bool) -> list[Measure]:
    """One measure per stratum of two or more figures (or of one, with ``singletons``), one
    more over the undated articles of a stratum whose own texts put them in different months
    (``era_parts``) when their counts moved, then a different_scope measure per time slice
    whose figures fall in two or more strata."""
    out = []
    found = strata(group)
    of_stratum: dict[int, int] = {}
    for number, stratum in enumerate(found):
        for item in stratum.items:
            of_stratum[id(item)] = number
        for part in comparable_parts(stratum.items):
            if (len(part) >= 2 or singletons) and (measure := judge(key, part)) is not None:
                out.append(measure)
        changed = judge_eras(key, era_parts(stratum.items))
        if changed is not None:
            out.append(changed)
    if len(found) >= 2:
        for piece in time_slices(group):
            if len({of_stratum[id(i)] for i in piece}) >= 2 and len(piece) <= MAX_SCOPE_MEMBERS and \
                    not _peers(piece) and not _shifted_periods(piece) and not _two_causes(piece):
                out.append(make_measure(key, piece, "different_scope", why_scope(piece), 0.6, scope=True))
    return out


def _peers(piece: list[Item]) -> bool:
    """Whether a time slice's strata are only peer groups of one class, none of them the whole
    and none counted over another stretch: "900 nurses walked out" and "2,000 doctors walked out"
    are neither a part of the other nor one count's scopes, so no different_scope measure."""
    populations = {i.population for i in piece}
    kinds = {(i.scope.kind, i.scope.anchor) for i in piece}
    return len(populations) >= 2 and len(kinds) == 1 and all(i.population != i.unit for i in piece)


def _two_causes(piece: list[Item]) -> bool:
    """Whether a time slice names two kinds of cause ("A magnitude 6.4 earthquake struck", "Several aftershocks above
    magnitude 4 followed"; an earthquake's toll and an aftershock's): two happenings, neither a part nor a scope of
    the other, so no different_scope measure."""
    return len({cause_of(i.src.figure) for i in piece} - {None}) >= 2


def _shifted_periods(piece: list[Item]) -> bool:
    """Whether a time slice's strata differ only in periods of a length that overlap without
    being one ("in the fiscal year to March", "in 2034"): one thing counted over two stretches,
    neither a part of the other, so no different_scope measure."""
    dated = [i for i in piece if i.t0 is not None]
    return len(dated) == len(piece) and len({(i.population, i.scope.kind, i.scope.anchor) for i in piece}) == 1 and \
        any(_overlap_apart(a, b) for n, a in enumerate(piece) for b in piece[n + 1:])
