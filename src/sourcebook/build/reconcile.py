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

from ..model import Measure, Speaker, Story
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
    for stored in store.stored_figures():
        attribution = stored.figure.attribution
        speaker = speakers.get(f"{stored.article_id}:{attribution}") if attribution else None
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
