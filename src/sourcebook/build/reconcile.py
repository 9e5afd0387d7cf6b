"""The last step of every build, shared by both engines: speakers merged across every article
of the store, and every stored figure grouped into measures; the derived tables replaced in
one transaction.

The store hands over typed records (``StoredFigure``); the grouping is pluggable so the Dask
engine can run it as a groupby on its cluster and get the same measures.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import Measure, Speaker
from ..reconcile.measures import MeasureInput, build_measures
from ..reconcile.speakers import SpeakerMention, merge_speakers
from ..store import Store

__all__ = ["COUNTED", "Grouping", "reconcile_inputs", "reconcile_store"]

#: figures -> measures: ``build_measures``, or the Dask engine's groupby
Grouping = Callable[[list[MeasureInput]], list[Measure]]
#: the tables a build reports counts of
COUNTED = ("articles", "attributions", "figures", "speakers", "measures")


def reconcile_inputs(store: Store) -> tuple[dict[str, Speaker], list[MeasureInput]]:
    """Speakers merged across every article of the store (attribution id -> Speaker), and
    every stored figure as an input to grouping into measures."""
    # the source as written goes along: the speaker's aliases are the names the articles used
    mentions = [SpeakerMention(key, name, kind, affiliation, written)
                for key, name, kind, affiliation, written in store.speaker_mentions()]
    speakers = merge_speakers(mentions)
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
        ))
    return speakers, items


def reconcile_store(store: Store, group: Grouping = build_measures) -> dict[str, int]:
    """Merge speakers across every article of the store and group its figures into
    measures with ``group``; replaces the derived tables in one transaction. Returns the
    counts of ``COUNTED``."""
    speakers, items = reconcile_inputs(store)
    store.replace_reconciliation(speakers, group(items))
    counts = store.stats()
    return {name: counts[name] for name in COUNTED}
