"""Whether a quotation closes right before a word, a comma after the closing mark allowed: British
style sets the comma outside the marks ('said the plan was "a fair start", and thanked the staff'),
American style inside ('... "a fair start," and thanked ...'); either way the quotation ends the
reported words there, for ``tails._the_reporters_act``."""

from __future__ import annotations

from spacy.tokens import Doc

from .syntax import closes_quotation


def quote_closes_before(doc: Doc, i: int) -> bool:
    """Whether the token before ``doc[i]`` closes a quotation, or is a comma right after one that does."""
    if i < 1:
        return False
    if closes_quotation(doc[i - 1]):
        return True
    return i >= 2 and doc[i - 1].text == "," and closes_quotation(doc[i - 2])
