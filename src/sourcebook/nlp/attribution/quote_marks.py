"""The double-quoted spans of the article being read, found once (``quotes.find_quotes``).

The component asks for an article's quotations more than once: the component itself once, and
``comments.in_quotation`` for every comma in a stance's content ('feared, he wrote, that X' asks
whether each comma is in a quotation). Finding them reads the whole text, and what is found
depends on the text alone, so the last text's quotations are kept and handed out again for the same
text. One entry only: an article's text and quotations go as soon as the next article is read.
"""

from __future__ import annotations

from ..quotes import Quote, find_quotes

#: the text last asked about and its quotations (a tuple: no caller can change them for the next)
_LAST: tuple[str, tuple[Quote, ...]] = ("", ())


def quotes_of(text: str) -> tuple[Quote, ...]:
    """``find_quotes(text)``, found once for the same text in a row."""
    global _LAST
    last, found = _LAST
    if last is not text and last != text:
        found = tuple(find_quotes(text))
        _LAST = (text, found)
    return found
