"""A pronoun source whose person no sentence before names, named in what it reports: 'State
Sen. Robert Kane will not seek a fifth term, he announced Friday.' is Robert Kane's, the subject
of the report the pronoun's clause follows (a lede names its person so, the pronoun after)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .people import compatible

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver


def reported_subject(resolver: SpeakerResolver, offset: int, wanted: str,
                     said: Sequence[tuple[int, int]]) -> Resolved | None:
    """The person the content before the pronoun at ``offset`` opens with as its subject, of the
    pronoun's gender (or of none known), in the pronoun's sentence; None when none is."""
    from .speakers import PERSON, Resolved

    sentence = resolver.sentence_of(offset)
    for start, end in said:
        if not (end <= offset and resolver.sentence_of(start) == sentence):
            continue
        for ent in resolver.ents_in(*_tokens(resolver, start, end)):
            if ent.label_ != "PERSON" or ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.root.head.dep_ not in (
                    "ROOT", "ccomp", "parataxis"):
                continue  # the subject of the report itself, not of a clause inside it
            person = resolver.person_for(resolver._name_tokens(ent))
            if person is not None and compatible(person.gender, wanted):
                return Resolved(person.name, PERSON, person.affiliation, person.gender or wanted)
    return None


def _tokens(resolver: SpeakerResolver, start: int, end: int) -> tuple[int, int]:
    """The token range of the characters from ``start`` to ``end``."""
    span = resolver.doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)
