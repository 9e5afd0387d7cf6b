"""Two people of one surname ('Siobhan O'Neill ... Her sister, Aoife O'Neill'; 'John and Mary
Hale ... their sons, Peter and Andrew Hale'): which one the surname alone, or a title and it,
stands for when the one named last is not the one meant. A writer tells namesakes apart by
naming the second in full or by a given name ('Aoife said'), and goes on calling the first by
the surname: so after a paragraph break, the surname alone is the one bearer the article
already called by it ('O'Neill said she would spend the prize'), not the sister named last. In
the paragraph where one was just named in full, that one stays meant ('Bill Clinton spoke to
voters. Clinton said'). Read by ``people.People.bearer``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import People, Person


def called_by_surname(people: People, bearers: list[Person], recent: Person, last: int, offset: int) -> Person | None:
    """The one of ``bearers`` the article called by the surname alone before ``offset``, when only
    one was so called, it is the one named first and not ``recent`` (the bearer named last, at
    ``last``) and a paragraph break lies between that mention and ``offset``; else none."""
    if last < 0 or "\n" not in people.text[last:offset]:
        return None
    called = [p for p in bearers if any(o < offset and o in people.short for o in p.offsets)]
    if len(called) != 1 or called[0] is recent or called[0].offsets[0] > min(p.offsets[0] for p in bearers):
        return None  # (the first introduced: a surname the recency rule gave the second is no sign of it)
    return called[0]
