"""The words of a content's character span, made once per span and parse.

The rules that end a cue's content (``parallel_ends``, ``condition_ends``, ``series_ends``,
``focus_ends``, ...) each turn the same (start, end) offsets into the words they cover with
``Doc.char_span``, which makes a Token for each end word and a new Span every time. The Span is kept for
as long as the words' table (``tables.words_of``) stands for the same parse, as ``kids`` keeps the
children: a Span only names its words, so the callers may share it.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span

from .tables import Words, words_of

#: the words' table the spans were made under, and the spans by (start, end, alignment mode)
_LAST: tuple[Words, dict[tuple[int, int, str], Span | None]] | None = None


def words_in(doc: Doc, start: int, end: int, mode: Literal["expand", "contract"]) -> Span | None:
    """``doc.char_span(start, end, alignment_mode=mode)``, made once per span and parse."""
    global _LAST
    words = words_of(doc)
    last = _LAST
    if last is None or last[0] is not words:
        last = _LAST = (words, {})
    key = (start, end, mode)
    if key in last[1]:
        return last[1][key]
    span = last[1][key] = doc.char_span(start, end, alignment_mode=mode)
    return span
