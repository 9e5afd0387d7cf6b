"""A letter's salutation opening the line of a source: 'Sir, the chief executive of Marl Housing is quoted as
saying X', 'Sir, — Councillor Dunn told your reporter X', 'Dear Editor, the council claims X'. A letters page
opens each letter by addressing the paper (``salutations.txt``); the parser runs the salutation into the subject
after it, but it names whom the letter is written to, not who spoke, so the source starts after it (for
``build``, with a list's glyph and a date's tag: ``line_openers``). Only at a line's start, before a comma, and
only when words of the source are left ('Sir Tom Hale said X' has no comma: a knight, no salutation)."""

from __future__ import annotations

import re
from functools import cache

from ..lexicon import word_set


@cache
def _salutation() -> re.Pattern[str]:
    words = sorted(word_set("attribution/salutations"), key=len, reverse=True)
    # (the first letter a capital, the rest as written or in capitals: 'Sir,', 'Dear Sir,', 'SIR,')
    spelt = "|".join(rf"(?:{re.escape(w[0].upper())}(?i:{re.escape(w[1:])}))" for w in words)
    return re.compile(rf"[ \t]*(?:{spelt}),[ \t]*(?:[-\u2013\u2014][ \t]*)?")


def without_salutation(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` of a source without a letter's salutation that opens its line, before it."""
    line = text.rfind("\n", 0, span[0]) + 1
    if span[0] - line > 2:
        return span  # (the source starts past the line's first words: no salutation of its own)
    found = _salutation().match(text, line, span[1])
    if found is None or not span[0] <= found.end() < span[1] or not any(ch.isalpha() for ch in text[found.end() : span[1]]):
        return span
    return found.end(), span[1]


def salutation_alone(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` holds a salutation and nothing else, its comma after it ('Sir' of 'Sir, Your report quoted X
    as saying Y', which the parser made the subject)."""
    found = _salutation().match(text, span[0])
    return found is not None and text[span[0] : found.end()].rstrip(" \t-\u2013\u2014").rstrip(",").strip() == text[
        span[0] : span[1]].strip()
