"""A speaker named by an inner part of a full name is the one person the records name in full with it.

Spanish and Arabic names give a later short form from inside the full name, not its end: 'Ana Belén
Ruiz Castaño' is 'Ruiz' after, 'Khalid bin Nasser al-Sabri' is 'Bin Nasser'; a Korean or Chinese
name may come back in the other order ('Kim Jae-won', then 'Jae-won Kim'). Where the small model
tagged no person for the full name (so the name index lacks it) or the index keys it by its last
word, the record says 'Ruiz' where the reader knows Ana Belén Ruiz Castaño.

Only a person's speaker (or a body's that is a person's name reordered) whose words are a run of
another person speaker's or indexed name, after its first word and before its last ('Ruiz', 'Bin
Nasser'), or the same words in another order (the name given first); and only when exactly one
such fuller name is there, of no other gender.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...aliases import fold
from ..lexicon import word_set
from .index import ORG, PERSON
from .people import _SYLLABLE, compatible, gender_of_first_name

if TYPE_CHECKING:
    from .index import Resolved
    from .speakers import SpeakerResolver


#: a capitalised word of a name, or a hyphened name's part ('Castaño', "O'Neill", 'Jae' of 'Jae-won')
_NAME_WORD = re.compile(r"[^\W\d_a-z][\w'\u2019.]*$")


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in name.replace("-", " - ").split() if w != "-")


def _inside(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is a run of ``full``'s words after its first and before its last, or ``full`` reordered."""
    n = len(short)
    if n >= 2 and len(full) == n and sorted(short) == sorted(full) and short != full:
        return True
    return n < len(full) - 1 and any(full[i : i + n] == short for i in range(1, len(full) - n))


def _given_name(short: str, full: str) -> bool:
    """Whether ``short`` is one of the given names ``full`` opens with, another person's own name and no short
    form ('Her daughter, Fernanda' after 'Maria Fernanda Cortazar Uribe'; 'Ruiz' of 'Ana Belén Ruiz Castaño'
    is a surname)."""
    words = full.split()
    given = next((k for k, w in enumerate(words) if not gender_of_first_name(w)), len(words))
    return short in words[1:given]


def _written_as_name(name: str) -> bool:
    """Capitalised words and particles only, as a person's name is written, a lower-case part after
    a hyphen one romanised syllable ('Jae-won', 'al-Sabri'); not a headline's run the index took for
    a name ("Condemn Donald Trump's Muslim Ban", 'The Donald Trump-led')."""
    for word in name.split():
        if word.lower() in word_set("attribution/name_particles"):
            continue
        head, *tails = word.split("-")
        if head.lower() in word_set("attribution/name_particles") and tails:
            head, tails = tails[0], tails[1:]  # ('al-Sabri')
        if word in ("The", "A") or not _NAME_WORD.match(head) or word.endswith(("'s", "\u2019s")) or any(
                t.islower() and not _SYLLABLE.match(t) for t in tails):
            return False
    return True


def inner_surnames(resolver: SpeakerResolver, out: list[Resolved]) -> list[Resolved]:
    """``out`` with each person's inner short name ('Ruiz', 'Bin Nasser') made the one full name that holds it."""
    shorts = {r.name.lower(): r.name.lower().split() for r in out if r.kind in (PERSON, ORG) and r.name}
    named: dict[str, Resolved | None] = {r.name: r for r in out if r.kind == PERSON and r.name and " " in r.name}
    for person in resolver.people.values():
        if " " in person.name and person.name not in named:
            named[person.name] = None
    order = {name: k for k, name in enumerate(named)}  # (the reordered name stands for the one named first)
    # (the word tests only for a name that holds each word of a record's name: most hold none)
    fuller = {name: whole for name, whole in named.items() if any(
        lower != name.lower() and all(part in name.lower() for part in short) for lower, short in shorts.items())
        and _written_as_name(name)}
    if not fuller:
        return out
    words = {name: _words(name) for name in fuller}
    genders = {name: whole.gender if whole else None for name, whole in fuller.items()}
    mended = []
    for r in out:
        if r.kind in (PERSON, ORG) and r.name:
            short = _words(r.name)  # (a body only when it is a person's name reordered: 'Jae-won Kim' tagged an ORG)
            found = [n for n, w in words.items() if n != r.name and _inside(short, w) and not _given_name(r.name, n)
                     and (r.kind == PERSON or len(w) == len(short))
                     and (len(w) > len(short) or order[n] < order.get(r.name, len(order)))
                     and compatible(r.gender, genders[n])]
            if len(found) == 1:
                whole = fuller[found[0]]
                r = replace(r, name=found[0], kind=PERSON, affiliation=r.affiliation or (whole.affiliation if whole else None),
                            gender=r.gender or genders[found[0]])
        mended.append(r)
    return mended


__all__ = ["inner_surnames"]
