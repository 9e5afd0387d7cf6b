"""Step 4 of ``reconcile.measures``: the verdict on a stratum, its measure and why.

conflict (figures of different sources disjoint at the same time), changed_over_time
(disjoint at different times), single_source (every figure goes back to one original
speaker) or agree; and the sentence that explains each verdict to a journalist.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from sourcebook.model import Measure, MeasureMember

from .items import Item, fold, ordered

__all__ = ["comparable_parts", "judge", "make_measure", "time_slices", "why_scope"]

ESTIMATED_SLACK_DAYS = 3  # estimated publication dates: "same time" within three days


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


def _disjoint(items: list[Item]) -> tuple[Item, Item] | None:
    """The pair with the highest low and the lowest high, when they do not overlap."""
    top = max(items, key=lambda i: (i.low, i.src.figure_id))
    bottom = min(items, key=lambda i: (i.high, i.src.figure_id))
    return (top, bottom) if top.low > bottom.high else None


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


# --------------------------------------------------------------------------- verdicts


def judge(key: tuple[str, str], items: list[Item]) -> Measure:
    """The measure of one stratum: conflict, else changed_over_time, else single_source or agree."""
    slices = time_slices(items)
    sources = {i.source for i in items}
    for piece in slices:
        pair = _conflicting(piece)
        if pair and len(items) >= 2:
            return make_measure(key, items, "conflict", _why_conflict(pair))
    dated = [s for s in slices if s[0].t0 is not None]
    for earlier, later in zip(dated, dated[1:], strict=False):
        pair = _disjoint(earlier + later)
        if pair:
            first, last = _representative(earlier), _representative(later)
            return make_measure(key, items, "changed_over_time", _why_changed(first, last))
    if len(sources) == 1:
        return make_measure(key, items, "single_source", _why_single(items))
    return make_measure(key, items, "agree", _why_agree(items, sources))


def _representative(piece: list[Item]) -> Item:
    # the figure most sources repeat; ties to the attributed, then the earliest-listed one
    counts = Counter((i.low, i.high) for i in piece)
    return min(piece, key=lambda i: (-counts[(i.low, i.high)], i.src.figure.according_to is None, i.src.figure_id))


def make_measure(key: tuple[str, str], items: list[Item], verdict: str, why: str, scope: bool = False) -> Measure:
    ids = sorted(i.src.figure_id for i in items)
    digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]
    members = tuple(
        MeasureMember(i.src.figure_id, i.src.article_id, i.src.figure.span.start, i.src.figure.span.end)
        for i in sorted(items, key=lambda i: (i.src.document, i.src.figure.span.start, i.src.figure_id))
    )
    label = _label(items, scope) + (": different scopes" if scope else "")
    return Measure(id="m_" + digest, label=label, verdict=verdict, members=members, key="|".join(key), why=why)


def _label(items: list[Item], scope: bool = False) -> str:
    units = Counter(fold(i.src.figure.unit or "") for i in items)
    unit = min(units, key=lambda u: (-units[u], u))
    if scope and len({i.population for i in items}) > 1 and not items[0].unit.startswith("~"):
        unit = items[0].unit  # several sub-populations: name the class ("people")
    happening = items[0].happening.lstrip("~")
    label = unit if happening == "present" else f"{unit} {happening}"
    places = [place for i in items if (place := i.src.figure.place) and i.place.root]
    if places:
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
