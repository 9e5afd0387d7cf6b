"""Short forms of names that other naming conventions than the English one allow, which
``people.People`` would take for new people:

- an Arabic surname written with the article ('Abdullah al-Rashidi', 'Khalil el-Masri') that a
  later sentence drops ('Rashidi said'): the person is filed under the bare surname too
  (``file_bearer``); only the article's forms joined by a hyphen, so a name that merely opens
  with the letters ('Alvarez', 'Elmore') is filed once;
- a name with a father's name after 'bin' or 'binti' and no surname ('Mohd Firdaus bin Abdul
  Karim', 'Siti Nurhaliza binti Osman'), as Malay names are written, named again by the given
  names before the particle ('Mohd Firdaus said'; ``given_names_holder``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...aliases import fold

if TYPE_CHECKING:
    from .people import People, Person

#: the article's forms, not those English double names open with ("as-", "ash-", "at-", "an-": 'Ann Ash-Smith')
_ARTICLED = re.compile(r"(?:al|el|ad|ar|az|ul|ud)-(\w{3,})")
#: the particles of a father's name
PATRONYMICS = frozenset(["bin", "binti", "bint", "ibn"])


def file_bearer(by_surname: dict[str, list], surname: str, person: object) -> None:
    """Add ``person`` to the bearers of the folded ``surname``, and of its stem when it holds the
    article ('al-rashidi' and 'rashidi')."""
    by_surname.setdefault(surname, []).append(person)
    if (stem := _ARTICLED.fullmatch(surname)) is not None and person not in by_surname.setdefault(stem[1], []):
        by_surname[stem[1]].append(person)


def given_names_holder(people: People, words: list[str] | tuple[str, ...]) -> Person | None:
    """The one person whose full name opens with the given names ``words`` right before 'bin' or
    'binti'; none for one word (``given_fuller`` takes a given name alone up), nor when no one's or
    several people's does ('Ahmad Said' of Ahmad Said bin Omar and Ahmad Said bin Yusof)."""
    if len(words) < 2:
        return None
    short = [fold(w) for w in words]
    found = [p for p in people.by_key.values() if len(parts := p.name.split()) > len(short) + 1
             and parts[len(short)].lower() in PATRONYMICS and [fold(w) for w in parts[: len(short)]] == short]
    return found[0] if len(found) == 1 else None
