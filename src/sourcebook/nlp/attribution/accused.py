"""The one a denial set after an accusation speaks for: 'Prosecutors accused Tom Hale of taking
bribes, a charge he denied'. The pronoun of the denial (``denials.denial_comma``) is the person
the clause before the comma accuses, the accusing verb's object, not the last person who spoke
before it; its gender must agree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .denials import denial_comma
from .people import compatible
from .token_at import token_at

if TYPE_CHECKING:
    from .speakers import Resolved, SpeakerResolver

#: verbs whose object is the one accused of what the clause says
_ACCUSING = frozenset(["accuse", "charge", "blame", "suspect", "indict", "sue", "fault"])


def accused_person(resolver: SpeakerResolver, offset: int, wanted: str) -> Resolved | None:
    """The person accused in the clause before a denial whose subject is the pronoun at ``offset``."""
    from .speakers import PERSON, Resolved

    pron = token_at(resolver.doc, offset)  # (no Span made: ``token_at``)
    if pron is None or pron.dep_ != "nsubj":
        return None
    comma = denial_comma(resolver.lex, pron.head)
    if comma is None:
        return None
    accusing = [t for t in pron.sent if t.i < comma.i and t.lemma_.lower() in _ACCUSING and t.pos_ == "VERB"]
    accused = next((c for c in accusing[-1].children if c.dep_ in ("dobj", "nsubjpass")), None) if accusing else None
    if accused is None or accused.ent_type_ != "PERSON":
        return None
    ent = next((e for e in resolver.ents_in(accused.i, accused.i + 1) if e.label_ == "PERSON"), None)
    person = resolver.person_for(resolver._name_tokens(ent)) if ent is not None else None
    if person is None or not compatible(person.gender, wanted):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender or wanted)
