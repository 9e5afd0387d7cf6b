"""A 'he' or 'she' that no speaker agrees with: the last speaker whose gender was only guessed.

A person's gender comes from a title or a gendered word beside the name ('Mrs', 'spokesman'),
else from what the first name usually is (``people.gender_of_first_name``). That last is a
guess: 'Kari' is a man's name in Finland and a woman's in America, 'Sam' may be Samantha, and
a woman may bear a name most often given to men. When a pronoun finds no speaker of its gender
at all, the person who spoke last, in the pronoun's sentence or the one before, whose gender
was only so guessed, and who was the last person named, is the one meant ('Their spokesman
said X. A steward, Kari Vale, said Y. "Z," he said': Kari Vale), and takes the pronoun's
gender from then on. A stated gender ('Mrs Vale') is never overridden, nor a name the name list
gives one gender for without doubt in every country it is asked about ('John', 'Michael': a 'she'
after John Hale is someone else, unnamed; ``people.doubtful``), nor any guess when another person
was named since.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .people import doubtful, excluded

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver

_WINDOW = 1  # sentences back the speaker may be


def guessed_speaker(resolver: SpeakerResolver, offset: int, sentence: int, wanted: str,
                    salience: Salience) -> Resolved | None:
    """The last speaker, if a person whose gender only their first name gave and the last person
    named before ``offset``, now of the ``wanted`` gender; else None."""
    from .speakers import PERSON, Resolved

    for _, where, res in reversed(salience.entries):
        if sentence - where > _WINDOW:
            return None
        if excluded(res.name, salience.exclude):
            continue
        if res.kind != PERSON or not res.name:
            return None  # (a body or a description spoke last: no one named to take it)
        person = resolver.people.find(res.name.split())
        if person is None or person.gender == wanted or not doubtful(person):
            return None
        last = max((o for p in resolver.people.values() for o in p.offsets if o < offset), default=None)
        if last not in person.offsets:
            return None  # another named since
        person.gender, person.guessed = wanted, False
        return Resolved(person.name, PERSON, person.affiliation, wanted)
    return None
