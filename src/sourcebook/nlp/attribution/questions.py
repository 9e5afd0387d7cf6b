"""A sentence that asks: its text ends with a question mark, before any closing mark ('Who
told the press?', '"Why now?"'). The writer's question is no report (``mute.holds_nothing``)
and a cue inside one seldom is (the ranker's feature)."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .tables import text_of


def asks(sentence: str) -> bool:
    """Whether a sentence's text ends with a question mark (before any closing mark)."""
    return sentence.rstrip().rstrip("\"'\u201d\u2019").endswith("?")


def in_question(token: Token) -> bool:
    """Whether the sentence of ``token`` ends with a question mark (before any closing mark)."""
    sent = sentence_of(token)
    return asks(text_of(token.doc)[sent.start_char : sent.end_char])
