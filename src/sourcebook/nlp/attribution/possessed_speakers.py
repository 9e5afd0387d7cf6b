"""Speakers described through a possessive of one gender who told someone of that gender, named by a pronoun
('Her teacher used to tell her X', 'His father wrote to him that Y'), whom a later pronoun of that gender does
not stand for, for ``anaphora``: the possessive and the one told are the person the passage is about, and the
next 'she' most often that person again ('Her teacher used to tell her X. "I thought he was a silly old man,"
she says': the one taught, not the teacher). A speaker with no one told is the next 'she' as before ('Her
mother said X. She added Y'), and a relative named in apposition is a person, not concerned ('Her sister,
Ragna, says')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .descriptions import DESCRIPTION
from .people import FEMALE
from .token_at import token_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .anaphora import Salience
    from .speakers import SpeakerResolver

_TOLD = ("dative", "dobj")


def possessed_sources(resolver: SpeakerResolver, salience: Salience, wanted: str) -> frozenset[int]:
    """Where the described speakers of ``salience`` open with a possessive of gender ``wanted`` and tell
    someone that pronoun's object names ('Her mother told her X': for a 'she')."""
    own, told = ("her", "her") if wanted == FEMALE else ("his", "him")
    doc = resolver.doc
    found = set()
    for at, _, res in salience.entries:
        word = token_at(doc, at) if res.kind == DESCRIPTION else None  # (no Span made: ``token_at``)
        if word is None or word.lower_ != own or word.tag_ != "PRP$":
            continue
        if any(c.lower_ == told and c.dep_ in _TOLD for verb in _verbs(word.head) for c in verb.children):
            found.add(at)
    return frozenset(found)


def _verbs(noun: Token) -> list[Token]:
    """The verb ``noun`` is the subject of, and the verb of its bare complement ('used to tell')."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = noun.head
    return [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
