"""The last step of every build, shared by both engines: speakers merged across every article
of the store, the articles grouped into stories, and every stored figure grouped into measures
within its story; the derived tables replaced in one transaction.

The store hands over typed records (``StoredFigure``); the grouping into measures is pluggable
so the Dask engine can run it as a groupby on its cluster and get the same measures. Stories
are grouped on the client for both engines (``reconcile.stories``: one sparse pass, seconds for
10,000 articles), so both give the same stories.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from ..model import Measure, Speaker, StoredFigure, Story
from ..reconcile.measures import MeasureInput, build_measures
from ..reconcile.speakers import SpeakerMention, merge_speakers
from ..reconcile.stories import NAME_LABELS, StoryInput, build_stories
from ..store import Store

__all__ = ["COUNTED", "Grouping", "group_measures", "reconcile_inputs", "reconcile_store", "store_stories",
           "with_stories"]

#: figures and each article's story (article id -> story id) -> measures: ``group_measures``,
#: or the Dask engine's groupby
Grouping = Callable[[list[MeasureInput], Mapping[str, str]], list[Measure]]
#: the tables a build reports counts of
COUNTED = ("articles", "attributions", "figures", "speakers", "stories", "measures")


def reconcile_inputs(store: Store, stories: Mapping[str, str] | None = None) -> tuple[dict[str, Speaker], list[MeasureInput]]:
    """Speakers merged across every article of the store (attribution id -> Speaker; an
    organisation described in lower case is one speaker within its story, ``stories``:
    article id -> story id), and every stored figure as an input to grouping into measures."""
    # the source as written goes along: the speaker's aliases are the names the articles used
    mentions = [SpeakerMention(key, name, kind, affiliation, written)
                for key, name, kind, affiliation, written in store.speaker_mentions()]
    speakers = merge_speakers(mentions, stories)
    items = []
    stored_figures = list(store.stored_figures())
    told = _told_by(stored_figures, speakers)
    for stored in stored_figures:
        attribution = stored.figure.attribution
        key = _sentence_source(stored)
        speaker = speakers.get(f"{stored.article_id}:{attribution}") if attribution else \
            told.get(key) if key is not None else None
        items.append(MeasureInput(
            figure_id=stored.figure_id,
            article_id=stored.article_id,
            document=stored.document,
            figure=stored.figure,
            published=stored.published,
            published_estimated=stored.published_estimated,
            speaker_id=speaker.id if speaker else None,
            relayed_by=stored.relayed_by,
            outlet=stored.outlet,
            agent=stored.figure.agent,
            rate=stored.figure.rate,
        ))
    return speakers, items


def _sentence_source(stored: StoredFigure) -> tuple | None:
    """(article, sentence, source as written) of a figure that names its source, else None."""
    figure = stored.figure
    if not figure.according_to or figure.sentence is None:
        return None
    return stored.article_id, figure.sentence.start, figure.according_to


def _told_by(stored_figures: list[StoredFigure], speakers: Mapping[str, Speaker]) -> dict[tuple, Speaker]:
    """(article, sentence, source as written) -> the speaker of a figure of that sentence whose attribution names the
    source. A figure after the report's content ('said they had treated about 150 injured people, a dozen of them in
    critical condition': the dozen) has the source as written but no attribution: it is the same speaker's, so it is
    one source with the figure before it (and a part of it, ``items.without_parts``), never a second one."""
    told: dict[tuple, Speaker] = {}
    for stored in stored_figures:
        attribution, key = stored.figure.attribution, _sentence_source(stored)
        if attribution and key is not None and (speaker := speakers.get(f"{stored.article_id}:{attribution}")):
            told.setdefault(key, speaker)
    return told


def store_stories(store: Store) -> list[Story]:
    """Every article of the store grouped into stories (``reconcile.stories``)."""
    return build_stories(StoryInput(*row) for row in store.story_inputs(NAME_LABELS))


def group_measures(items: list[MeasureInput], stories: Mapping[str, str]) -> list[Measure]:
    """The local grouping: ``build_measures`` in this process, figures compared only within
    their story."""
    return build_measures(items, stories=stories)


def with_stories(measures: Iterable[Measure], stories: Mapping[str, str]) -> list[Measure]:
    """Each measure with the story it formed in: the one grouping set, else the story most of
    its figures' articles are in (ties to the smallest story id)."""
    out = []
    for measure in measures:
        if measure.story is None:
            votes = Counter(stories[m.article_id] for m in measure.members if m.article_id in stories)
            if votes:
                measure = replace(measure, story=min(votes, key=lambda story: (-votes[story], story)))
        out.append(measure)
    return out


def reconcile_store(store: Store, group: Grouping = group_measures) -> dict[str, int]:
    """Merge speakers across every article of the store, group its articles into stories and
    its figures into measures with ``group``; replaces the derived tables in one transaction.
    Returns the counts of ``COUNTED``."""
    stories = store_stories(store)
    story_of = {article_id: story.id for story in stories for article_id in story.articles}
    speakers, items = reconcile_inputs(store, story_of)
    measures = with_stories(group(items, story_of), story_of)
    store.replace_reconciliation(speakers, measures, stories)
    counts = store.stats()
    return {name: counts[name] for name in COUNTED}
