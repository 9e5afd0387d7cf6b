"""Reconciliation on the cluster: figures grouped into measures as a Dask groupby on the
measure blocking key (unit class, happening class).

``reconcile.measures`` only ever compares figures of one block; the one thing a block needs
from outside is, per article, the named place its figures mention most often (an unplaced
figure joins it). That is computed first (a fold by article) and handed to every block as a
few place-only context figures, which take part in the vote but in no measure. Each block
then runs the same ``build_measures`` as the local build, so the measures are identical.

``reconcile.measures`` has no public blocking-key function, so this module uses its
internal classifier (``_Classifier``) and verdict order; see docs/scale.md.
"""

from __future__ import annotations

from dataclasses import replace

import dask
import dask.bag as db

from ..model import Measure
from ..reconcile.classes import classes
from ..reconcile.measures import _VERDICT_ORDER, MeasureInput, _Classifier, build_measures

_CLASSIFIER: list[_Classifier] = []


def _classifier() -> _Classifier:
    if not _CLASSIFIER:  # one memoising classifier per worker process
        _CLASSIFIER.append(_Classifier(classes()))
    return _CLASSIFIER[0]


def block_key(src: MeasureInput) -> tuple[str, str] | None:
    """The block a figure is compared within, or None when it takes part in no measure."""
    item = _classifier().item(src)
    return None if item is None else (item.unit, item.happening)


def _place_vote(src: MeasureInput) -> tuple[str, str, str] | None:
    if not src.figure.place:
        return None
    root = _classifier().table.place(src.figure.place).root
    return (src.article_id, root, src.figure.place) if root else None


def _add_vote(acc: dict, vote: tuple[str, str, str]) -> dict:
    _, root, place = vote
    acc = dict(acc)  # foldby shares its initial value between keys: never mutate it
    count, first = acc.get(root, (0, place))
    acc[root] = (count + 1, first)
    return acc


def _merge_votes(a: dict, b: dict) -> dict:
    a = dict(a)
    for root, (count, place) in b.items():
        old, first = a.get(root, (0, place))
        a[root] = (old + count, first)
    return a


def _winner(votes: dict) -> tuple[str, int]:
    """(a place string of the article's most named place, how many placed figures it has);
    ties go to the first root in sort order, as in ``reconcile.measures``."""
    root = min(votes, key=lambda r: (-votes[r][0], r))
    return votes[root][1], sum(count for count, _ in votes.values())


def _judge_block(group: tuple, context: dict) -> list[Measure]:
    _key, pairs = group
    inputs = [src for _, src in pairs]
    extra = []
    for article in sorted({src.article_id for src in inputs}):
        if article in context:
            place, total = context[article]
            # place-only copies (no unit: classified out of every block) that outvote any
            # other place of the article, whatever subset of its figures this block holds
            probe = replace(inputs[0], article_id=article, figure=replace(inputs[0].figure, unit=None, place=place))
            extra.extend([probe] * (total + 1))
    return build_measures(inputs + extra)


def _as_dict(parts: list[list[tuple]]) -> dict:
    return dict(pair for part in parts for pair in part)


def build_measures_dask(items: list[MeasureInput], partitions: int = 8) -> list[Measure]:
    """``reconcile.measures.build_measures`` (without singletons) on the current Dask client."""
    if not items:
        return []
    bag = db.from_sequence(items, npartitions=max(1, min(partitions, len(items))))
    votes = bag.map(_place_vote).filter(None).foldby(lambda v: v[0], _add_vote, {}, _merge_votes, {})
    context = votes.map(lambda kv: (kv[0], _winner(kv[1])))
    merged = dask.delayed(_as_dict)(context.to_delayed())
    keyed = bag.map(lambda src: (block_key(src), src)).filter(lambda pair: pair[0] is not None)
    blocks = keyed.groupby(lambda pair: pair[0], shuffle="tasks")
    measures = blocks.map(_judge_block, merged).flatten().compute()
    measures.sort(key=lambda m: (_VERDICT_ORDER[m.verdict], m.key, m.label, m.id))
    return measures
