"""A speaker known by a given name alone is the one person the article names in full with it.

An article names someone in full once and by the given name elsewhere: 'Hillary Just Vowed X' in
the headline, 'Betsy's husband Tom -- ... "We live in Chicago," Tom said' before 'Tom Ebeling'
appears, 'his wife, Jane,' for Jane Sanders. The name index keeps the bare given name as a person
of its own, so the record says 'Tom' where the reader knows Tom Ebeling.

Only a speaker's name of one word that the name list knows as a given name (not a surname:
'Obama', 'Trump'), and only when exactly one person of the article has it as the first word of a
longer name ('Tom Hale and Tom Reyes' leave 'Tom' as it is); a surname of that person's is no
other's. A surname from inside a full name ('Ruiz', 'Bin Nasser') goes the same way (``inner_surnames``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .index import PERSON
from .inner_surnames import inner_surnames
from .kin_surnames import kin_surnames
from .people import gender_of_first_name

if TYPE_CHECKING:
    from .index import Resolved
    from .speakers import SpeakerResolver


def full_given_names(resolver: SpeakerResolver, out: list[Resolved]) -> list[Resolved]:
    """``out`` with each person's bare given name made the one full name that starts with it."""
    full: dict[str, set[str]] = {}
    for person in resolver.people.values():
        words = person.name.split()
        if len(words) > 1:
            full.setdefault(words[0], set()).add(person.name)
    out = [replace(r, name=next(iter(full[r.name]))) if r.kind == PERSON and r.name and " " not in r.name
           and len(full.get(r.name, ())) == 1 and gender_of_first_name(r.name) is not None else r for r in out]
    out = inner_surnames(resolver, out)  # (and an inner part of a full name: 'Ruiz' of Ana Belén Ruiz Castaño)
    return kin_surnames(resolver, out)  # (and a relative's surname: 'Her husband, Abel', 'Dario and Luca Benedetti')


__all__ = ["full_given_names"]
