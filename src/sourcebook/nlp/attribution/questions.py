"""A sentence that asks: its text ends with a question mark, before any closing mark ('Who
told the press?', '"Why now?"'). The writer's question is no report (``mute.holds_nothing``)
and a cue inside one seldom is (the ranker's feature). The auxiliary a question sets before its
subject ('Did the minister say X?') is no part of the cue (``syntax.cue_span``)."""

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


def before_the_subject(verb: Token, child: Token) -> bool:
    """Whether ``child`` (an auxiliary or a negation of ``verb``) stands before the verb's subject, as
    a question sets it ('Did the minister say X?', 'Why does the mayor believe X?'): a cue over it
    would run over its source, the speaker, so the cue is the verb alone, as PolNeAR marks it."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") and child.i < c.i < verb.i for c in verb.children)
