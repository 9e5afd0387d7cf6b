"""Sports scores and vote tallies as figures of kind ``score`` ("beat them 3-1", "won 6-4, 6-3"), for an
extractor made with ``scores=True`` (by default they are no figures): each side's first number is the
value and the span holds both. The pattern (``Extractor.score_re``) is compiled from the lexicon's
``figures/score_words``; this finds the scores it opens and the sets that follow.

Split from ``build.py``."""

from __future__ import annotations

import re

from .numbers import NumberExpr

__all__ = ["with_scores"]


def with_scores(text: str, exprs: list[NumberExpr], score_re: re.Pattern) -> list[NumberExpr]:
    """``exprs`` with the scores of ``text`` ("beat them 3-1", "won 6-4, 6-3") as expressions of
    kind ``score``: value, low and high are the first side's number, the span holds both."""
    scores: list[NumberExpr] = []
    for found in score_re.finditer(text):
        pair: re.Match | None = found
        while pair is not None:  # "won 6-4, 3-6, 7-6": each set a score
            value = float(pair.group("a"))
            scores.append(NumberExpr(pair.start("a"), pair.end("b"), value, value, value, "exact", "score", None,
                                     pair.start("a"), pair.end("b")))
            pair = _NEXT_SCORE.match(text, pair.end("b"))
    if not scores:
        return exprs
    kept = [e for e in exprs if not any(s.start < e.end and e.start < s.end for s in scores)]
    return sorted(kept + scores, key=lambda e: e.start)


_NEXT_SCORE = re.compile(r",\s*(?P<a>\d{1,3})\s*[-–]\s*(?P<b>\d{1,3})(?![\w%]|[.,]\d)")
