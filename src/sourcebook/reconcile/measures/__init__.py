"""Group the figures of all articles into measures and judge whether they agree.

A measure is a set of figures that count the same thing: *what is counted* (a unit class:
civilians, people and residents are one class; children are counted within it), *what
happened to it* (a happening class: killed / died / dead / death toll), *by whom* when the
unit has a doer (money: who pledged, paid, spent, raised or earned it), *where* and *when*.
The pipeline:

0. **Identity** (``Classifier.identity``): a figure takes part only when every part is clear:
   its counted noun is listed in a unit class (or, with no noun, its happening implies one:
   "22 dead", "35 missing" count people), its predicate names a happening class that applies
   to that unit (the first that does: residents who "spent the night in shelters" are
   sheltered, not spending; a place that names a happening comes before the verb that holds
   them there: people who "remain in shelters" are sheltered, not trapped; with no predicate
   or only a verb that moves a level, the noun gives it: "the death toll climbed to 52" is
   killed, "reached 85 cases" infected, not delivered; so does a noun that is the happening
   itself, whatever the verb: "made 2,900 arrests" counts people detained; "20 people" alone
   is nothing),
   and a money figure's doer is known (``MeasureInput.agent``), as a tally's holder is: votes and seats are
   somebody's ("Ilse Varga won 52,900 votes"), never compared with another candidate's or party's, and votes
   cast are nobody's and take part in no measure. A figure whose resolved time
   lies after its dated article's day is a target or a forecast ("by 2031", "next year") and
   takes no part, as does one whose predicate is an aim or a hypothetical ("wants to evacuate
   10,000", "could kill 500 if ...", happenings of nature ``target``). A pledge, money paid out and
   money or aid delivered are different happenings. Anything else stays in the ledger and
   takes part in no verdict: "Clinton spent $66 million" and "the NRSC spent $28.3 million"
   are never compared while whose money it is stays unread.
1. **Block** by (story, unit class, happening class, doer): only figures sharing a block are
   ever compared, so the cost grows with the number of figures, not its square. With
   ``stories`` (article id -> story id) figures of different stories never meet.
2. **Place groups** within a block: the named place of the figure's place mention, read from
   the string itself ("rebel-held eastern Aleppo" -> aleppo/east). A figure with no named
   place takes the place its article's counts name most often (ties: the one named first)
   when the block has figures there, else the block's only named place, else it stays with
   the other unplaced figures; parts of a place ("eastern Aleppo") go with the whole
   ("Aleppo") unless the block holds two different parts. A part of a total stated in the
   same sentence ("22 people died, among them nine in Dreln") is not a count of the whole:
   a later, smaller figure of the same block, source and sentence that is not the level
   the first changed from (``Figure.previous``) takes no part (``items.without_parts``).
3. **Strata** within a place group: figures of one sub-population (children apart from
   civilians) and one scope - a whole-war total ("since the start of the war"), a current
   state (people trapped; a state stated for a day, "35 missing on Sunday", is one too), or
   one window or incident (people who fled in four days). Windows join when their times are
   within a week and their stated lengths match; periods of no stated length join only when
   they are of a length ("800 homes in 2019" is a part of "9,000 between 2010 and 2020", not a
   rival count). "A year ago" and "two days earlier" are moments and "last year" a calendar
   year, no windows. Periods of a length, longer than a week, that overlap without being one
   period ("in the fiscal year to March", "in 2034") are neither one time nor two: they go to
   different strata and give no different_scope (``grouping._shifted``).
4. **Verdict** per stratum with two or more figures, on intervals and resolved times:
   conflict (figures of *independent* sources whose intervals are disjoint at the same
   time), changed_over_time (disjoint at different times, a floor raised: "at least 4,000"
   then "more than 6,500", or one source's own count restated later with another value:
   "about 1.31 million" unemployed in February, "about 1.22 million" in April), agree (all overlap, two or more
   independent sources) or single_source (every figure goes back to one original source; one
   source's values that do not overlap for one time count two things and give no measure:
   "paid 45 million euros for Rensk", "paid 12 million euros for Pell").
   A source is the speaker, else the name as written, else the article's outlet (one
   outlet's unattributed text is one source), else the article; unattributed figures of
   different articles worded alike (number, noun, predicate, time and place) are copies of
   one text - a reprinted wire story, a stock phrase - and count as one source.
   Figures of different strata stated for the same time and place give a different_scope
   measure (a whole-war total against one window; a sub-count of a larger figure), unless they
   are only peer groups of one scope, none of them the whole ("900 nurses" and "2,000 doctors"
   walked out: ``grouping._peers``).
5. **Undated articles**: their figures meet no other article's in steps 4's verdicts. But an
   undated article's own figures may state when they speak of ("towards the end of
   November", "Earlier in December"): the latest month they state is its *era*
   (``article_eras``; no year is guessed). The current-state figures (stocks) of undated
   articles of different months at most two months apart (November, December; December,
   January) are at different times, so counts that do not overlap give changed_over_time
   (confidence 0.5), never a conflict.

Every verdict carries its reason in plain words (``Measure.why``) and a confidence 0-1
(``Measure.confidence``; ``verdicts._confidence``): a conflict starts at 0.85, a change at
0.8, an agreement of two sources at 0.6 (more with more sources); an estimated publication
date takes 0.2 off, a vague figure ("hundreds", "around") 0.1, an unattributed side of a
conflict 0.1; a change between undated articles is 0.5, a single source 0.9, a different
scope 0.6. Verdicts under ``LOW_CONFIDENCE`` (0.6) are for showing apart.

Intervals come from figure.low/high (None = open). "around N" is taken as N +- 15% (news
"about 20,000" is rarely more precise than that), "nearly N" as [0.85 N, N], "up to N" as
[0, N]. A figure's time is its resolved time_start/time_end when present, else the dates
in its time text ("In September", "by October 7", a bare "1998") read against the article's
date, else the article's publication date; estimated publication dates get three days of
slack.

The steps live in three modules, in the order they run: ``items`` (each figure as a comparable
item: identity, interval, time, source), ``grouping`` (steps 1-3) and ``verdicts`` (steps 4-5
and the explanations); ``build_measures`` below runs them in sequence.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sourcebook.model import VERDICT_ORDER, Measure
from sourcebook.reconcile.classes import classes, paused_gc

from . import grouping
from .grouping import add_vote, measures_of_place, place_groups, places_of_articles, vote_winner
from .items import AROUND, Classifier, Item, MeasureInput, article_eras, figure_interval, without_parts
from .verdicts import LOW_CONFIDENCE

__all__ = ["AROUND", "LOW_CONFIDENCE", "MeasureInput", "article_eras", "article_places", "blocking_key", "build_measures",
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
    inputs = list(items)
    if not inputs:  # a store with no figure: its classes (their phrase patterns) need not load
        return []
    classifier = Classifier(classes())
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
        for group in place_groups(without_parts(blocks[(story, unit, happening, agent)]), context):
            found = measures_of_place(key, group, include_singletons)
            if stories is not None:
                found = [dataclasses.replace(m, story=story or None) for m in found]
            measures.extend(found)
    measures.sort(key=measure_order)
    return measures
