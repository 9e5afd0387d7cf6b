"""A bare '300m' is a length in metres, not millions, when it is the size of what it stands before or what rose to
it: 'a 300m tower', 'a 1.6m wave' (a thing with a height or length, ``figures/sized_nouns``), 'Floodwater in Marley
rose to 1.6m' (a level of water or snow, ``figures/depth_subjects``). Money has its currency ('a £300m tower') and a
count its noun ('1.6m people'), so neither is read as metres."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..lexicon import tagged, word_set

if TYPE_CHECKING:
    from .numbers import NumberExpr

__all__ = ["sized_thing", "depth_level", "in_metres"]

_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_GLUED_M = re.compile(r"\d(?:\.\d+)?m")


def sized_thing(text: str, end: int, directory: str | Path | None = None) -> bool:
    """Whether the word right after a bare 'NNNm' ending at ``end`` is a thing with a size ('a 300m tower')."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1) in word_set("figures/sized_nouns", directory)


def depth_level(number: str, unit_token: Token | None, predicate: Token | None,
                directory: str | Path | None = None) -> bool:
    """Whether the bare 'NNNm' ``number`` with no noun after it is the level its verb's subject rose or fell to, a
    level of water or snow ('Floodwater in Marley rose to 1.6m', 'river levels fell to 2.4m')."""
    if unit_token is not None or predicate is None or not _GLUED_M.fullmatch(number.replace(",", "")):
        return False
    levels = tagged("figures/depth_subjects", "level", directory)
    depths = word_set("figures/depth_subjects", directory) - levels
    for subject in (c for c in predicate.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() in depths or subject.lemma_.lower() in levels and any(
                c.dep_ == "compound" and c.lemma_.lower() in depths for c in subject.children):
            return True
    return False


def in_metres(expr: NumberExpr) -> NumberExpr:
    """``expr`` read as metres: the 'm' was taken for millions."""
    def metres(value: float | None) -> float | None:
        return None if value is None else round(value / 1e6, 6)
    value = metres(expr.value)
    assert value is not None
    return replace(expr, value=value, low=metres(expr.low), high=metres(expr.high))
