"""Pull quotes: a quotation set on a line of its own that repeats, word for word, a quotation the
article gives elsewhere, or one run of its words.

A web page sets a speaker's sharpest words apart as a display quote ('"This will finish us"' on a
line alone, above or below the paragraph that gives them to the skipper); read as text, the repeat
is no new statement and no more of the speaker's words. ``direct.attach_quotes`` leaves it to no
one. Only a whole line that is the quotation and nothing else counts, and only a repeat of three
words or more (a short phrase quoted twice, 'a "witch hunt"', may well be said twice).
"""

from __future__ import annotations

import re

from ..quotes import Quote

MIN_WORDS = 3
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")


def _words(text: str, q: Quote) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text[q.start:q.end]))


def _alone(text: str, q: Quote) -> bool:
    """The quotation is its line: only its marks and closing punctuation beside it."""
    head = text.rfind("\n", 0, q.open) + 1
    tail = text.find("\n", q.close)
    tail = len(text) if tail < 0 else tail
    return not text[head:q.open].strip() and not text[max(q.close, q.end):tail].strip(" .,\"'\u201d\u2019\u00bb")


def pull_quote(text: str, q: Quote, quotes: list[Quote]) -> bool:
    """Whether ``q`` is a line of its own repeating another quotation of the body of ``text`` (of two such
    lines, the first is kept: the paragraph of quotation the display repeats)."""
    if not _alone(text, q):
        return False
    words = _words(text, q)
    headline = text.find("\n")  # (a headline quoting the words is their echo, ``echoes``: the body's are the words)
    return len(words) >= MIN_WORDS and any(
        o is not q and o.open > headline and _holds(_words(text, o), words) and (o.open < q.open or not _alone(text, o))
        for o in quotes)


def _holds(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """``inner`` is a run of ``outer``'s words: a display quote may give one sentence of a longer quotation."""
    return any(outer[i:i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))
