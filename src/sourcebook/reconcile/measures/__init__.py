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

The steps live in three modules, in the order they run: ``items`` (each figure as a comparable
item: classes, interval, time, source), ``grouping`` (steps 1-3) and ``verdicts`` (step 4 and
the explanations); ``build_measures`` below runs them in sequence.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sourcebook.model import VERDICT_ORDER, Measure
from sourcebook.reconcile.classes import classes, paused_gc

from . import grouping
from .grouping import add_vote, measures_of_place, place_groups, places_of_articles, vote_winner
from .items import AROUND, Classifier, Item, MeasureInput, article_eras, figure_interval

__all__ = ["AROUND", "MeasureInput", "article_eras", "article_places", "blocking_key", "build_measures",
           "figure_interval", "measure_order", "place_root", "place_vote", "add_vote", "vote_winner"]


def build_measures(
    items: Iterable[MeasureInput],
    *,
    include_singletons: bool = False,
    article_places: Mapping[str, str] | None = None,
    stories: Mapping[str, str] | None = None,
    eras: Mapping[str, tuple[int, int]] | None = None,
) -> list[Measure]:
    """Measures over all figures, conflicts and changes first (``measure_order``).

    Figures with no clear measure (see ``Classifier.identity``), durations, ages and
    percentages take no part. A figure that matches nothing else gives no measure unless
    ``include_singletons`` (then a single_source measure of one member). ``stories``
    (article id -> story id): figures of different stories are never compared and each
    measure carries its story (articles the mapping lacks form one group of their own);
    None compares every article with every other. ``article_places`` (article id -> place
    root, see ``article_places``) and ``eras`` (see ``article_eras``) are computed from
    ``items`` unless given: a distributed run passes the store-wide ones to each block.
    """
    with paused_gc():
        return _build(items, include_singletons, article_places, stories, eras)


_SHARED: list[Classifier] = []


def _shared_classifier() -> Classifier:
    if not _SHARED:  # one memoising classifier per process
        _SHARED.append(Classifier(classes()))
    return _SHARED[0]


def blocking_key(src: MeasureInput) -> tuple[str, str] | None:
    """(unit class, happening class): figures are only ever compared within one block
    (``build_measures`` splits it further by story and doer); None when the figure takes
    part in no measure."""
    item = _shared_classifier().item(src)
    return None if item is None else (item.unit, item.happening)


def place_vote(src: MeasureInput) -> tuple[str, str, int] | None:
    """(article id, place root, figure number) of a count naming a place, else None: the
    votes ``article_places`` counts (the Dask engine folds the same votes)."""
    return grouping.place_vote(_shared_classifier(), src)


def place_root(place: str | None) -> str | None:
    """The named place a place mention comes down to ("rebel-held eastern Aleppo" -> aleppo)."""
    return _shared_classifier().table.place(place).root if place else None


def article_places(items: Iterable[MeasureInput]) -> dict[str, str]:
    """article id -> the named place its figures mention most often (an unplaced figure of
    the article joins that place)."""
    return places_of_articles(_shared_classifier(), list(items))


def measure_order(measure: Measure) -> tuple:
    """Conflicts first, then changes, different scopes, agreement, single sources."""
    return (VERDICT_ORDER.index(measure.verdict), measure.key, measure.label, measure.id)


def _build(items: Iterable[MeasureInput], include_singletons: bool, places: Mapping[str, str] | None,
           stories: Mapping[str, str] | None, eras: Mapping[str, tuple[int, int]] | None) -> list[Measure]:
    classifier = Classifier(classes())
    inputs = list(items)
    context = dict(places) if places is not None else places_of_articles(classifier, inputs)
    eras = dict(eras) if eras is not None else article_eras(inputs)
    blocks: dict[tuple[str, str, str, str], list[Item]] = defaultdict(list)
    for src in inputs:
        item = classifier.item(src)
        if item is not None:
            item.root = item.place.root
            item.direction = item.place.direction
            item.story = (stories or {}).get(src.article_id, "")
            if item.t0 is None and item.nature == "stock" and item.scope.kind in (None, "current"):
                item.era = eras.get(src.article_id)  # a state at the article's own time, not a past window
            blocks[(item.story, item.unit, item.happening, item.agent or "")].append(item)
    measures: list[Measure] = []
    for story, unit, happening, agent in sorted(blocks):
        key = (unit, happening, agent) if agent else (unit, happening)
        for group in place_groups(blocks[(story, unit, happening, agent)], context):
            found = measures_of_place(key, group, include_singletons)
            if stories is not None:
                found = [dataclasses.replace(m, story=story or None) for m in found]
            measures.extend(found)
    measures.sort(key=measure_order)
    return measures
