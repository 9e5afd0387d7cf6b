"""A Doc's sentences, found once: spaCy walks the whole Doc for ``doc.sents`` and again for
every ``Token.sent``, which the attribution rules and the figure extractor ask for per cue,
record and number.

The cache holds the last Doc only: the components read one Doc at a time (a headline re-parse
swaps it briefly). A Doc with no sentence boundaries is one sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

__all__ = ["sentence_at", "sentence_of", "sentences"]

#: the last Doc, its sentences and their first tokens
_LAST: tuple[Doc | None, list[Span], list[int]] = (None, [], [])


def _cached(doc: Doc) -> tuple[Doc | None, list[Span], list[int]]:
    global _LAST
    if _LAST[0] is not doc:
        spans = list(doc.sents) if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
        _LAST = (doc, spans, [s.start for s in spans])
    return _LAST


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc."""
    return _cached(doc)[1]


def sentence_at(doc: Doc, index: int) -> Span:
    """The sentence holding token ``index``."""
    _, spans, starts = _cached(doc)
    return spans[max(0, bisect_right(starts, index) - 1)]


def sentence_of(token: Token) -> Span:
    """``token.sent`` without walking the Doc."""
    return sentence_at(token.doc, token.i)


def in_headline(token: Token) -> bool:
    """Whether ``token`` is in a headline: the Doc's first line, ending with no full stop (or
    the whole Doc, the headline parsed on its own)."""
    doc = token.doc
    words = [t for t in sentence_of(token) if not t.is_space]
    if not words or words[0].i != 0 or words[-1].text in (".", "!", "?"):
        return False
    after = words[-1].i + 1
    return after == len(doc) or "\n" in words[-1].whitespace_ + doc[after].text
