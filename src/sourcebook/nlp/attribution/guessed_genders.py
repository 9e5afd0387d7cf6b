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
was named since. When no one has spoken in those sentences, the last person named in the pronoun's
sentence or the two before, if as a subject and only so guessed, is the one meant ('Jess Morrow runs the bakery. She said X':
the list knows 'Jess' as a man's name, rare in Britain and of either gender there, and 'Kit' as
mostly a man's, a woman's elsewhere; ``people.doubtful``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .people import doubtful, excluded

if TYPE_CHECKING:
    from .anaphora import Salience
    from .speakers import Resolved, SpeakerResolver

_WINDOW = 1  # sentences back the speaker may be
_NAMED_WINDOW = 2  # sentences back the last person named may be, when no one spoke in ``_WINDOW``


def guessed_speaker(resolver: SpeakerResolver, offset: int, sentence: int, wanted: str,
                    salience: Salience) -> Resolved | None:
    """The last speaker, if a person whose gender only their first name gave and the last person
    named before ``offset``, now of the ``wanted`` gender; else None."""
    from .speakers import PERSON, Resolved

    for _, where, res in reversed(salience.entries):
        if sentence - where > _WINDOW:
            break
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
    return named_guess(resolver, offset, wanted)


def named_guess(resolver: SpeakerResolver, offset: int, wanted: str) -> Resolved | None:
    """The last person named before ``offset``, in its sentence or the ``_NAMED_WINDOW`` before, as a subject
    and not in a byline, if their gender was only guessed and doubtful, now of the ``wanted`` gender; else None."""
    from .speakers import PERSON, Resolved

    name = resolver.last_mention(PERSON, offset, within=_NAMED_WINDOW, in_passing=False)
    person = resolver.people.find(name.split()) if name else None
    if person is None or person.gender == wanted or not doubtful(person):
        return None
    last = max((o for o in person.offsets if o < offset), default=None)
    if last is None or last in resolver.bylines or last in resolver.people.passing:
        return None  # (not one named in passing, as an object: 'She thanked Jess Morrow. She said')
    person.gender, person.guessed = wanted, False
    return Resolved(person.name, PERSON, person.affiliation, wanted)
