"""The word at a character offset, found without ``Doc.char_span``.

The speaker resolution asks for the word a mention or a source starts at many times per article
('he' of a source, a name's first word): ``doc.char_span(offset, offset + 1, alignment_mode="expand")``
makes a Token for each of its bounds' tests and a Span besides. Here the word is found by ``bisect`` in the
words' offsets (read once per Doc, ``tables.starts_of``) and only it is made a Token, with the same answer:
none outside the text, and none for an offset in the space after a word.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from .tables import starts_of, text_of, words_of


def token_at(doc: Doc, offset: int) -> Token | None:
    """The word ``offset`` falls in, as ``doc.char_span(offset, offset + 1, alignment_mode="expand")[0]`` (None where
    that span is None or empty: past the text, or in the space after a word)."""
    if not 0 <= offset < len(text_of(doc)):
        return None
    i = bisect_right(starts_of(doc), offset) - 1
    return doc[i] if offset < starts_of(doc)[i] + len(words_of(doc).text[i]) else None


def token_starting_at(doc: Doc, offset: int) -> Token | None:
    """The word that begins at ``offset``, None where none does (a record's cue or content opening mid-word)."""
    token = token_at(doc, offset)
    return token if token is not None and token.idx == offset else None


__all__ = ["token_at", "token_starting_at"]
