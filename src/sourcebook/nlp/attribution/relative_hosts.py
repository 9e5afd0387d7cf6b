"""A pronoun that is the subject of a relative clause on a noun stands for the subject of the
clause that noun belongs to.

'The mayor spoke an hour after Tom Hale held a rally in which he said X' / 'Ruiz gave a speech
where she argued Y': the 'he' of the rally's relative clause is the one who held the rally, not
the first subject of the sentence ('The mayor'), which ``anaphora`` takes for a pronoun of a
clause of its own ('Hale made the remark as he left'). Only a person named as that subject, of the
pronoun's gender, outside a quotation and outside what the pronoun's speaker said; a clause with
no such subject ('a rally in which he', 'the rally at which he') is left to ``anaphora``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .people import compatible, known_gender
from .token_at import token_at

if TYPE_CHECKING:
    from .index import Resolved
    from .speakers import SpeakerResolver

_SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = 4  # the most words from the noun up to its clause's verb ('held a rally', 'in a speech at a rally')


def host_subject(resolver: SpeakerResolver, offset: int, wanted: str, said: Sequence[tuple[int, int]] = ()) -> Resolved | None:
    """The person the pronoun at ``offset`` stands for as the subject of the clause holding the noun its
    relative clause is on, else None."""
    from .index import PERSON, Resolved

    pronoun = token_at(resolver.doc, offset)  # (no Span made: ``token_at``)
    if pronoun is None:
        return None
    verb = pronoun.head
    if pronoun.dep_ not in _SUBJECTS or verb.dep_ != "relcl" or not any(
            c.dep_ == "prep" or c.lower_ in ("where", "when") for c in verb.children if c.i < pronoun.i):
        return None  # ('the rally in which he', 'the speech where she'; not 'the man who said he')
    host = verb.head
    for _ in range(_CLIMB):
        if host.pos_ in ("VERB", "AUX") or host.head.i == host.i:
            break
        host = host.head
    subject = next((c for c in host.children if c.dep_ in _SUBJECTS and c.i < pronoun.i), None)
    if subject is None or subject.pos_ != "PROPN" or resolver.in_quote(subject.idx) or any(
            a <= subject.idx < b for a, b in said):
        return None
    person = resolver.person_for([subject])
    if person is None or not compatible(known_gender(person), wanted):
        return None
    return Resolved(person.name, PERSON, person.affiliation, person.gender)


__all__ = ["host_subject"]
