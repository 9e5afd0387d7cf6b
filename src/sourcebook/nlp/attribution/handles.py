"""A social account's handle is a name: '@harbourpolice: The coast road is closed.' A live page or a
story of reactions sets posts down as text with the account's handle before a colon; the tagger reads a
handle as a common noun or an adjective ('@GreywaterFest' a superlative), so the colon rule
(``markers.colon_cue``) found no name before the colon and no one who posted. Tagged a proper noun here,
before any rule reads the parse, as ``surnames`` tags a surname read as a common noun."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .tables import forget, text_of, words_of

# '@' and an account's name: letters, figures and underscores, as X, Instagram and Bluesky allow
_HANDLE = re.compile(r"@[A-Za-z][A-Za-z0-9_]{1,29}")


def is_handle(text: str) -> bool:
    """Whether ``text`` is a social account's handle whole ('@jess_plays_bass')."""
    return text[:1] == "@" and _HANDLE.fullmatch(text) is not None


def tag_handles(doc: Doc) -> None:
    """Tag as proper nouns, in place, the words that are a handle whole ('@jess_plays_bass')."""
    if "@" not in text_of(doc):
        return  # (every handle opens with '@': an article without one, most, has none to tag)
    words = words_of(doc)
    changed = False
    for i, (text, tag) in enumerate(zip(words.text, words.tag, strict=True)):
        if tag != "NNP" and is_handle(text):
            token = doc[i]
            token.tag_, token.pos_, token.lemma_ = "NNP", "PROPN", text
            changed = True
    if changed:
        forget(doc)
