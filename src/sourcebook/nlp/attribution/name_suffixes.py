"""A father and a son of one name told apart by the generation written after it ('Tom Hale Sr.',
'Tom Hale Jr.'): ``people.name_words`` drops the suffix so that 'Hale' and 'Mr. Hale' find
'Robert Greene Jr.', but two people named in full with different suffixes are two people, and a
surname with its suffix ('Hale Jr. said') is the bearer of that generation, not the one named
last. Made-up example: 'Ray Cole Sr. opened the garage; his son, Ray Cole Jr., runs it. "We
will stay," Cole Jr. said.' -> Ray Cole Jr. A name without a suffix is of any generation. Read by
``people.People.add`` and ``people.People.find``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...aliases import fold

if TYPE_CHECKING:
    from .people import People, Person

#: generational suffixes written after a name ('Jr.', 'Sr.', 'III')
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def generation(name: str) -> str | None:
    """The generational suffix a name ends in, folded ('Tom Hale Jr.' -> 'jr'), else none."""
    words = name.replace(",", " ").split()
    last = fold(words[-1]).rstrip(".") if len(words) > 1 else ""
    return last if last in GENERATIONS else None


def same_generation(name: str, other: str) -> bool:
    """Whether two names may be one person's by their suffixes (either has none, or the same)."""
    mine, theirs = generation(name), generation(other)
    return mine is None or theirs is None or mine == theirs


def of_generation(people: People, surname: str, name: str) -> Person | None:
    """The one bearer of ``surname`` (folded) named with the suffix ``name`` ends in, when the
    article named bearers of it with different suffixes ('Hale Jr.' beside Tom Hale Sr.); else none."""
    wanted = generation(name)
    if wanted is None:
        return None
    holders = people.holders(surname)
    same = [p for p in holders if generation(p.name) == wanted]
    return same[0] if len(same) == 1 and len(holders) > 1 else None
