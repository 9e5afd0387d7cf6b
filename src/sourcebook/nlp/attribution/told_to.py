"""The 'I' of a first-person piece written 'as told to' a reporter: the person it is about.

A feature in its subject's own voice ('Gordon Fairlie, 71, has kept Lock 14 since 1979. As told
to Rhea Banerjee.' / 'I told the canal company they would fail') names its subject at the top and
its writer in the 'as told to' line; the narration's 'I' is the subject's, not the writer's (as
a byline's would be, ``writers``), and so are 'my father' and 'my wife'.

Only a piece whose opening lines (``_OPENING``) say 'as told to'; its subject is the first person
named after the headline who is not named in the 'as told to' phrase itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .index import PERSON, Resolved

if TYPE_CHECKING:
    from .speakers import SpeakerResolver

_TOLD_TO = re.compile(r"\bas told to\b", re.IGNORECASE)
_OPENING = 600  # characters of the piece's top the 'as told to' line sits in


def told_to_subject(resolver: SpeakerResolver) -> Resolved | None:
    """The subject whose own words a piece 'as told to' a writer is, else None."""
    text = resolver.text
    found = _TOLD_TO.search(text, 0, _OPENING)
    if found is None:
        return None
    writer_end = text.find("\n", found.end())
    writer_end = len(text) if writer_end < 0 else writer_end
    for offset, kind, key in resolver.mentions:
        if kind == PERSON and offset >= resolver.headline_end and not found.start() <= offset < writer_end:
            person = resolver.people.by_key.get(key)
            return Resolved(person.name, PERSON, person.affiliation, person.gender) if person is not None else None
    return None


__all__ = ["told_to_subject"]
