"""Step 4 of ``reconcile.measures``: the verdict on a stratum, its measure and why.

conflict (figures of different sources disjoint at the same time), changed_over_time
(disjoint at different times), single_source (every figure goes back to one original
speaker) or agree; and the sentence that explains each verdict to a journalist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter

from sourcebook.model import Measure, MeasureMember

from .items import ESTIMATED_SLACK_DAYS, Item, fold, ordered

__all__ = ["LOW_CONFIDENCE", "comparable_parts", "era_parts", "judge", "judge_eras", "make_measure", "time_slices",
           "why_scope"]

LOW_CONFIDENCE = 0.6  # verdicts below this are shown apart (web app, briefing)
ERA_SPAN_MONTHS = 2  # undated articles' stated months are ordered only when this close
_INF = math.inf
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def time_slices(items: list[Item]) -> list[list[Item]]:
    """Runs of items stated for the same time (chained overlaps, with slack for estimates),
    then the undated items, one slice per article: an undated article speaks of its own
    unknown time, which need not be another undated article's."""
    dated = [i for i in items if i.t0 is not None]
    slices: list[list[Item]] = []
    end, fuzzy = 0, False  # end is read only once a slice is open
    for item in sorted(dated, key=lambda i: (i.t0, i.t1, i.src.figure_id)):
        assert item.t0 is not None and item.t1 is not None  # _times sets both or neither
        slack = ESTIMATED_SLACK_DAYS if (fuzzy or item.fuzzy) else 0
        if slices and item.t0 <= end + slack:
            slices[-1].append(item)
            end, fuzzy = max(end, item.t1), fuzzy or item.fuzzy
        else:
            slices.append([item])
            end, fuzzy = item.t1, item.fuzzy
    slices.extend(_undated_by_article(items))
    return slices


def _undated_by_article(items: list[Item]) -> list[list[Item]]:
    """The undated items, one list per article, in the order the articles first appear."""
    undated: dict[str, list[Item]] = {}
    for item in items:
        if item.t0 is None:
            undated.setdefault(item.src.article_id, []).append(item)
    return list(undated.values())


def comparable_parts(items: list[Item]) -> list[list[Item]]:
    """The parts of a stratum that can be judged together: its dated figures, and the
    undated figures of each article apart. Figures of an undated article have no time to
    set against any other article's, so they meet no other article in a verdict."""
    dated = [i for i in items if i.t0 is not None]
    parts = [dated] if dated else []
    parts.extend(_undated_by_article(items))
    return parts


def era_parts(items: list[Item]) -> list[list[Item]]:
    """The undated items of a stratum grouped by their article's era (the latest month its
    own figures' times state, see ``items.article_eras``), in calendar order, when two or
    more articles of two or more months within ``ERA_SPAN_MONTHS`` of each other take part;
    else nothing. Months without a year are ordered on the circle (December, then January)
    only because they lie this close: no year is guessed."""
    by_month: dict[int, list[Item]] = {}
    for item in items:
        if item.t0 is None and item.era is not None:
            by_month.setdefault(item.era[0], []).append(item)
    if len(by_month) < 2:
        return []
    months = sorted(by_month)
    # start after the widest gap on the circle: the months then run in order within one span
    gaps = [((months[(i + 1) % len(months)] - months[i]) % 12 or 12, i) for i in range(len(months))]
    widest = max(gaps)[1]
    run = months[widest + 1:] + months[:widest + 1]
    if (run[-1] - run[0]) % 12 > ERA_SPAN_MONTHS:
        return []
    return [by_month[m] for m in run]


def judge_eras(key: tuple[str, ...], parts: list[list[Item]]) -> Measure | None:
    """changed_over_time across undated articles whose own texts place their figures in
    different months, when the counts of two successive months do not overlap; else None
    (undated figures are never in conflict: their day is unknown)."""
    for earlier, later in zip(parts, parts[1:], strict=False):
        if _disjoint(earlier + later):
            first, last = _representative(earlier), _representative(later)
            members = [i for part in parts for i in part]
            why = (f"Neither article is dated, but the times their own texts state place {first.src.document} "
                   f"in {_era(first)} and {last.src.document} in {_era(last)} (no year given), so the counts are "
                   f"from different times: {_value(first)} ({_who(first)}) against {_value(last)} ({_who(last)}).")
            return make_measure(key, members, "changed_over_time", why, confidence=0.5)
    return None


def _era(item: Item) -> str:
    assert item.era is not None
    month, day = item.era
    return f"{day} {_MONTH_NAMES[month - 1]}" if day else _MONTH_NAMES[month - 1]


def _disjoint(items: list[Item]) -> tuple[Item, Item] | None:
    """The pair with the highest low and the lowest high, when they do not overlap."""
    top = max(items, key=lambda i: (i.low, i.src.figure_id))
    bottom = min(items, key=lambda i: (i.high, i.src.figure_id))
    return (top, bottom) if top.low > bottom.high else None


def _raised_floor(earlier: list[Item], later: list[Item]) -> tuple[Item, Item] | None:
    """A count whose earlier figures were all floors ("at least 4,000 evacuated") and whose
    later figures all start higher ("more than 6,500" a day later): the reported count rose,
    though the intervals overlap. (later, earlier) as ``_disjoint`` gives them, else None."""
    if not all(i.high == _INF for i in earlier):
        return None
    top = max(earlier, key=lambda i: (i.low, i.src.figure_id))
    bottom = min(later, key=lambda i: (i.low, i.src.figure_id))
    return (bottom, top) if bottom.low > top.low else None


def _restated(earlier: list[Item], later: list[Item]) -> bool:
    """Whether one source gave its own count a new value at a later time ("about 1.31 million
    unemployed" in February, "about 1.22 million" in April): a source does not blur its own
    figure, so the count moved though the intervals "about" gives overlap. Only points
    (exact or "about"), never floors or ranges, and only when every figure of both times is
    that source's."""
    both = earlier + later
    if len({i.source for i in both}) != 1 or any(i.src.figure.qualifier not in (None, "exact", "around")
                                                 or i.src.figure.value is None for i in both):
        return False
    before, after = {i.src.figure.value for i in earlier}, {i.src.figure.value for i in later}
    return len(before) == 1 and len(after) == 1 and before != after


def _moved(earlier: list[Item], later: list[Item]) -> bool:
    """Whether the count moved between two time slices: no overlap, a floor that rose, or one
    source's own count restated."""
    return bool(_disjoint(earlier + later) or _raised_floor(earlier, later) or _restated(earlier, later))


def _conflicting(items: list[Item]) -> tuple[Item, Item] | None:
    """Two figures from DIFFERENT sources that do not overlap, else None. A source that gives
    two values for one time ("2,100 in shelters, down from more than 6,000") is describing a
    change or a breakdown, not contradicting itself. Linear: the lowest high of each source
    is checked against the two sources with the highest lows."""
    tops: dict[str, Item] = {}
    bottoms: dict[str, Item] = {}
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


def _own_asides(slices: list[list[Item]]) -> set[int]:
    """The ids of an article's own (unattributed) figures that do not overlap a figure the same article attributes
    at the same time ('A magnitude 6.4 earthquake struck, the agency said ... Several aftershocks above magnitude 4
    followed'): an article does not contradict the source it reports, so its own figure counts something else (the
    aftershocks, not the quake) and takes no part in the measure. Two named sources in one article ('police said
    5,000, organisers 20,000') still conflict."""
    apart: set[int] = set()
    for piece in slices:
        told = [i for i in piece if _attributed(i)]
        for own in piece:
            if not _attributed(own) and any(t.src.article_id == own.src.article_id
                                            and (own.high < t.low or own.low > t.high) for t in told):
                apart.add(id(own))
    return apart


def _attributed(item: Item) -> bool:
    return bool(item.src.speaker_id or item.src.figure.according_to)


# --------------------------------------------------------------------------- verdicts


def merge_copies(items: list[Item]) -> None:
    """Unattributed figures of different articles worded alike (the same number, unit,
    predicate, time and place as written) are copies of one text - a reprinted wire story,
    an outlet's stock phrase - and count as one source."""
    first: dict[tuple, str] = {}
    for item in sorted(items, key=lambda i: i.src.figure_id):
        figure = item.src.figure
        if item.src.speaker_id or figure.according_to:
            continue
        wording = tuple(fold(text or "") for text in (figure.span.text, figure.unit, figure.predicate,
                                                      figure.time, figure.place))
        item.source = first.setdefault(wording, item.source)


def judge(key: tuple[str, ...], items: list[Item]) -> Measure | None:
    """The measure of one stratum: conflict, else changed_over_time, else single_source or agree;
    an article's own figures that do not overlap one it attributes are left out (``_own_asides``); None when one
    source gives values that do not overlap for one time: it counts two things
    ("paid 45 million euros for Rensk", "paid 12 million euros for Pell"), not one thing twice."""
    merge_copies(items)
    slices = time_slices(items)
    if apart := _own_asides(slices):
        items = [i for i in items if id(i) not in apart]
        if len(items) < 2:
            return None  # the article's own figure was the only other: one figure is no measure
        slices = time_slices(items)
    sources = {i.source for i in items}
    for piece in slices:
        pair = _conflicting(piece)
        if pair and len(items) >= 2:
            return make_measure(key, items, "conflict", _why_conflict(pair), _confidence("conflict", list(pair)))
    dated = [s for s in slices if s[0].t0 is not None]
    for earlier, later in zip(dated, dated[1:], strict=False):
        if _moved(earlier, later):
            # name the whole course, earliest to latest, when that moved too
            ends = (dated[0], dated[-1]) if _moved(dated[0], dated[-1]) else (earlier, later)
            first, last = _representative(ends[0]), _representative(ends[1])
            return make_measure(key, items, "changed_over_time", _why_changed(first, last),
                                _confidence("changed_over_time", [first, last]))
    if len(sources) == 1:
        if len(items) >= 2 and any(_disjoint(piece) for piece in slices):
            return None
        return make_measure(key, items, "single_source", _why_single(items), 0.9)
    return make_measure(key, items, "agree", _why_agree(items, sources),
                        _confidence("agree", items, len(sources)))


def _confidence(verdict: str, involved: list[Item], sources: int = 2) -> float:
    """How sure a verdict is, 0-1, from what it rests on: a conflict starts at 0.85, a change
    at 0.8, an agreement of two sources at 0.6 (0.1 more per further source, up to three);
    less 0.2 when a time comes from an estimated publication date, 0.1 when a figure is
    vague ("hundreds", "around") and, for a conflict, 0.1 when a side is unattributed."""
    score = {"conflict": 0.85, "changed_over_time": 0.8, "agree": 0.6}[verdict]
    if verdict == "agree":
        score += 0.1 * min(3, sources - 2)
    if any(i.fuzzy for i in involved):
        score -= 0.2
    if any(i.src.figure.qualifier in ("vague", "around") for i in involved):
        score -= 0.1
    if verdict == "conflict" and any(not _attributed(i) for i in involved):
        score -= 0.1
    return round(max(0.1, min(0.95, score)), 2)


def _representative(piece: list[Item]) -> Item:
    # the figure most sources repeat; ties to the attributed, then the earliest-listed one
    counts = Counter((i.low, i.high) for i in piece)
    return min(piece, key=lambda i: (-counts[(i.low, i.high)], i.src.figure.according_to is None, i.src.figure_id))


def make_measure(key: tuple[str, ...], items: list[Item], verdict: str, why: str, confidence: float | None = None,
                 scope: bool = False) -> Measure:
    ids = sorted(i.src.figure_id for i in items)
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]
    members = tuple(
        MeasureMember(i.src.figure_id, i.src.article_id, i.src.figure.span.start, i.src.figure.span.end)
        for i in sorted(items, key=lambda i: (i.src.document, i.src.figure.span.start, i.src.figure_id))
    )
    label = _label(items, scope) + (": different scopes" if scope else "")
    return Measure(id="m_" + digest, label=label, verdict=verdict, members=members, key="|".join(key), why=why,
                   confidence=confidence)


def _label(items: list[Item], scope: bool = False) -> str:
    units = Counter(fold(i.noun or i.unit) for i in items)
    unit = min(units, key=lambda u: (-units[u], u))
    if scope and len({i.population for i in items}) > 1 and not items[0].unit.startswith("~"):
        unit = items[0].unit  # several sub-populations: name the class ("people")
    happening = items[0].happening.lstrip("~")
    label = unit if happening == "present" else f"{unit} {happening}"
    places = [place for i in items if (place := i.src.figure.place) and i.place.root]
    if 2 * len(places) >= len(items):  # a place most figures name, not one figure's
        root = items[0].root
        fitting = [i for i in items if i.src.figure.place and root and root in fold(i.src.figure.place)]
        directions = Counter(i.direction for i in fitting if i.direction)
        if directions:  # "eastern Aleppo" over "Aleppo" when a part of the place is named
            direction = min(directions, key=lambda d: (-directions[d], d))
            fitting = [i for i in fitting if i.direction == direction]
        names = [place for i in fitting if (place := i.src.figure.place)] or places
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


def _day(item: Item) -> str:
    if item.t1 is None:
        return "undated"
    day = dt.date.fromordinal(item.t1)
    text = f"{day.day} {day:%b} {day.year}"
    return "about " + text if item.fuzzy else text


def _who(item: Item) -> str:
    src = item.src
    who = f"{src.figure.according_to} in {src.document}" if src.figure.according_to else f"unattributed in {src.document}"
    if src.relayed_by:
        who += f", relayed by {src.relayed_by}"
    return who


def _value(item: Item) -> str:
    return f'"{item.src.figure.span.text}"'


def _why_conflict(pair: tuple[Item, Item]) -> str:
    high, low = pair
    when = f"For the same time ({_day(low)})" if low.t1 is not None else "In one undated article"
    return (
        f"{when}, {_who(high)} gives {_value(high)} while {_who(low)} "
        f"gives {_value(low)}, and the two ranges do not overlap."
    )


def _why_changed(first: Item, last: Item) -> str:
    return (
        f"The count moved from {_value(first)} ({_who(first)}, {_day(first)}) to "
        f"{_value(last)} ({_who(last)}, {_day(last)})."
    )


def _why_single(items: list[Item]) -> str:
    src = _representative(items).src
    relays = sorted({i.src.relayed_by or i.src.document for i in items})
    who = src.figure.according_to or f"the unattributed text of {src.document}"
    return (
        f"All {len(items)} figures go back to {who} (carried by {', '.join(relays)}), "
        f"so the copies do not corroborate each other."
    )


def _why_agree(items: list[Item], sources: set[str]) -> str:
    by_source: dict[str, list[Item]] = {}
    for item in ordered(items):
        by_source.setdefault(item.source, []).append(item)
    parts = [f"{_value(group[0])} ({_who(group[0])})" for group in list(by_source.values())[:4]]
    more = len(by_source) - len(parts)
    text = f"{len(sources)} independent sources give overlapping values: " + "; ".join(parts)
    if more > 0:
        text += f" and {more} more"
    copies = len(items) - len(by_source)
    if copies:
        text += (f" ({copies} further figure{'s' if copies > 1 else ''}"
                 f" repeat{'' if copies > 1 else 's'} a source already counted)")
    return text + "."


def why_scope(items: list[Item]) -> str:
    parts = []
    for item in ordered(items)[:6]:
        scope = item.scope
        what = item.population if item.population != item.unit else fold(item.noun or item.unit)
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
