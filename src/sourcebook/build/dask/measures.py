"""Reconciliation on the cluster: figures grouped into measures as a Dask groupby on the
measure blocking key (unit class, happening class).

``reconcile.measures`` only ever compares figures of one block; the one thing a block needs
from outside is, per article, the named place its figures mention most often (an unplaced
figure joins it). That is computed first (a fold by article) and handed to every block, which
then runs the same ``build_measures`` as the local build (through ``build.reconcile``'s
``measures_in_stories``, with each article's story), so the measures are identical.
"""

from __future__ import annotations

from collections.abc import Mapping

import dask
import dask.bag as db

from ...model import Measure
from ...reconcile.measures import MeasureInput, blocking_key, measure_order, place_root
from ..reconcile import measures_in_stories

__all__ = ["build_measures_dask"]


def _place_vote(src: MeasureInput) -> tuple[str, str] | None:
    root = place_root(src.figure.place)
    return (src.article_id, root) if root else None


def _add_vote(acc: dict, vote: tuple[str, str]) -> dict:
    acc = dict(acc)  # foldby shares its initial value between keys: never mutate it
    acc[vote[1]] = acc.get(vote[1], 0) + 1
    return acc


def _merge_votes(a: dict, b: dict) -> dict:
    a = dict(a)
    for root, count in b.items():
        a[root] = a.get(root, 0) + count
    return a


def _winner(votes: dict) -> str:
    """The article's most named place; ties go to the first in sort order, as in
    ``reconcile.measures.article_places``."""
    return min(votes, key=lambda root: (-votes[root], root))


def _judge_block(group: tuple, places: dict, stories: Mapping[str, str]) -> list[Measure]:
    _key, pairs = group
    return measures_in_stories([src for _, src in pairs], stories, article_places=places)


def _as_dict(parts: list[list[tuple]]) -> dict:
    return dict(pair for part in parts for pair in part)


def build_measures_dask(items: list[MeasureInput], partitions: int = 8,
                        stories: Mapping[str, str] | None = None) -> list[Measure]:
    """``reconcile.measures.build_measures`` (without singletons) on the current Dask client;
    ``stories`` maps an article id to its story's (measures form within a story)."""
    if not items:
        return []
    bag = db.from_sequence(items, npartitions=max(1, min(partitions, len(items))))
    votes = bag.map(_place_vote).filter(None).foldby(lambda v: v[0], _add_vote, {}, _merge_votes, {})
    places = dask.delayed(_as_dict)(votes.map(lambda kv: (kv[0], _winner(kv[1]))).to_delayed())
    keyed = bag.map(lambda src: (blocking_key(src), src)).filter(lambda pair: pair[0] is not None)
    blocks = keyed.groupby(lambda pair: pair[0], shuffle="tasks")
    measures = blocks.map(_judge_block, places, dict(stories or {})).flatten().compute()
    measures.sort(key=measure_order)
    return measures
