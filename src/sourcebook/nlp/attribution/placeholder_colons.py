"""'the following' for the object of a cue right before a colon, which points at the words the colon opens and
says nothing of its own: 'The club's press officer tweeted the following:' with the post on the line below, 'The
chairman said the following: "We are saddened."'. The words after the colon are the content (the quotation on the
cue's line, else the paragraph below, ``colon_blocks``), as a cleft's 'what' is none ('Here is what she said:',
``cleft_colons``). Only the bare phrase (``pointer_phrases.txt``) right before the colon: not 'the following
statement:' (a statement named), nor 'the following day' (no colon after it)."""

from __future__ import annotations

import re

from ..lexicon import word_set
from .candidate import Candidate, trim_content

#: the phrases that point at what a colon opens (``pointer_phrases.txt``)
_POINTERS = word_set("attribution/pointer_phrases")
_SPACES = re.compile(r"\s+")


def placeholder_pointers(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with a pointing phrase and its colon taken off the front of the first content ('the following:
    "X"' -> 'X'), and a content that was only the phrase dropped, for ``colon_blocks`` to give the paragraph below."""
    for cand in cands:
        if cand.verb is None or not cand.contents:
            continue
        start, end = cand.contents[0]
        colon = text.find(":", start, end + 2)
        if colon < 0 or _SPACES.sub(" ", text[start:colon]).strip().lower() not in _POINTERS:
            continue
        rest = trim_content(text, colon + 1, end) if colon + 1 < end else None
        cand.contents = ([rest] if rest is not None else []) + cand.contents[1:]
    return cands
