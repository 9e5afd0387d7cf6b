"""Margins of defeat: "lost by 400 votes", "lost by 12 points" says by how much a contest was lost, not that
anything fell by that much, so the number is a level, no change (``figures.change``). A verb of losing
(``figures/margin_verbs``) with 'by' right after it and no object before the number is such a margin; with an object
("lost 14 seats", "lost four points in a week") it stays a fall."""

from __future__ import annotations

import re

from ..lexicon import word_set
from .grammar import alternation

__all__ = ["is_margin"]

_MARGIN: re.Pattern[str] | None = None


def is_margin(words: str) -> bool:
    """Whether ``words``, a change word and what follows it up to a number, are a verb of losing and 'by' alone
    ("lost by", "lost narrowly by just")."""
    global _MARGIN
    if _MARGIN is None:
        _MARGIN = re.compile(rf"^(?:{alternation(word_set('figures/margin_verbs'))})(?:\s+(?:narrowly|only|just))*"
                             r"\s+by(?:\s+(?:only|just|about|around|some|nearly|almost|over|fewer\s+than|"
                             r"less\s+than|more\s+than))*\s*$", re.IGNORECASE)
    return bool(_MARGIN.match(words.strip()))
