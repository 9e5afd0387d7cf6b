"""A statistical confidence level, no figure: the 95% of '0.72 (95% CI 0.60-0.86)' or 'a 95% confidence interval of 1.2
to 1.8'. Health and science reports give an estimate with the interval it lies in at a chosen level of confidence; the
level is a convention of the method, nothing counted or measured that another report could confirm or contradict, so
a percentage followed by a word of lexicon ``figures/confidence_words`` ('CI', 'confidence interval', 'credible
interval') stays out of the ledger. The estimate and the interval's bounds stay figures, also where the recogniser
takes the bounds after 'CI' for a product's name ('CI 1.1-1.9', as 'Windows 11')."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from spacy.tokens import Span

from ..lexicon import word_set
from .grammar import alternation
from .numbers import NumberExpr

__all__ = ["confidence_level", "interval_bounds"]


@cache
def _after_level(directory: str | Path | None) -> re.Pattern:
    """The words of an interval right after its level, over the lexicon in ``directory``."""
    words = alternation(word_set("figures/confidence_words", directory))
    return re.compile(rf"\s*(?:-\s*)?(?:{words})\b", re.IGNORECASE)


@cache
def _before_bounds(directory: str | Path | None) -> re.Pattern:
    """The words of an interval right before its bounds ('CI 1.1-1.9', 'confidence interval 52-79')."""
    words = alternation(word_set("figures/confidence_words", directory))
    return re.compile(rf"\b(?:{words})[\s:,]*$", re.IGNORECASE)


def confidence_level(text: str, expr: NumberExpr, directory: str | Path | None = None) -> bool:
    """Whether ``expr`` in ``text`` is the confidence level of an interval: a percentage followed by 'CI', 'confidence
    interval' or the like. ``directory``: the lexicon to read (default: the packaged one)."""
    return expr.kind == "percent" and _after_level(directory).match(text, expr.end) is not None


def interval_bounds(span: Span, directory: str | Path | None = None, text: str | None = None) -> bool:
    """Whether the number ``span`` follows a word of an interval ('CI 1.1-1.9'): its bounds, no part of a name.
    ``text``: the Doc's text when the caller has it (``Doc.text`` joins every word again at each read)."""
    text = span.doc.text if text is None else text
    return _before_bounds(directory).search(text, max(0, span.start_char - 40), span.start_char) is not None
