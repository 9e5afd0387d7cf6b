"""Reconciliation on the cluster: figures grouped into measures as a Dask groupby on the
measure blocking key (unit class, happening class).

``reconcile.measures`` only ever compares figures of one block; what a block needs from
outside is, per article, the named place its figures mention most often (an unplaced figure
joins it) and, for an undated article, the latest month its figures' times state (its era).
Both are computed first over every figure (a fold by article) and handed to every block, which
then runs the same ``build_measures`` as the local build, so the measures are identical.
"""

from __future__ import annotations

from collections.abc import Mapping

import dask
import dask.bag as db

from ...model import Measure
from ...reconcile.measures import (
    MeasureInput,
    add_vote,
    article_eras,
    blocking_key,
    build_measures,
    measure_order,
    place_vote,
    vote_winner,
)

__all__ = ["build_measures_dask"]


def _fold_vote(acc: dict, vote: tuple[str, str, int]) -> dict:
    acc = dict(acc)  # foldby shares its initial value between keys: never mutate it
    add_vote(acc, vote[1], vote[2])
    return acc


def _merge_votes(a: dict, b: dict) -> dict:
    a = dict(a)
    for root, (count, first) in b.items():
        seen, earliest = a.get(root, (0, first))
        a[root] = (seen + count, min(earliest, first))
    return a


def _judge_block(group: tuple, places: dict, eras: dict, stories: Mapping[str, str] | None) -> list[Measure]:
    _key, pairs = group
    return build_measures([src for _, src in pairs], article_places=places, eras=eras, stories=stories)


def _as_dict(parts: list[list[tuple]]) -> dict:
    return dict(pair for part in parts for pair in part)


def _latest_eras(parts: list[list[dict]]) -> dict:
    """The per-partition eras merged: an article's latest stated month over all its figures."""
    merged: dict = {}
    for part in parts:
        for eras in part:
            for article, era in eras.items():
                merged[article] = max(era, merged.get(article, era))
    return merged


def build_measures_dask(items: list[MeasureInput], partitions: int = 8,
                        stories: Mapping[str, str] | None = None) -> list[Measure]:
    """``reconcile.measures.build_measures`` (without singletons) on the current Dask client."""
    if not items:
        return []
    bag = db.from_sequence(items, npartitions=max(1, min(partitions, len(items))))
    votes = bag.map(place_vote).filter(None).foldby(lambda v: v[0], _fold_vote, {}, _merge_votes, {})
    places = dask.delayed(_as_dict)(votes.map(lambda kv: (kv[0], vote_winner(kv[1]))).to_delayed())
    eras = dask.delayed(_latest_eras)(bag.map_partitions(lambda part: [article_eras(list(part))]).to_delayed())
    keyed = bag.map(lambda src: (blocking_key(src), src)).filter(lambda pair: pair[0] is not None)
    blocks = keyed.groupby(lambda pair: pair[0], shuffle="tasks")
    measures = blocks.map(_judge_block, places, eras, stories).flatten().compute()
    measures.sort(key=measure_order)
    return measures
