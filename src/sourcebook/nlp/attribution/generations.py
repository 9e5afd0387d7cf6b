"""'The elder Brent said', 'the younger man said': which of two relatives the article named with one
surname a comparison of age stands for ('Hal Brent and his son, Tom, ... the elder Brent' is Hal).

The younger is the one the article set after 'his son' or 'her daughter' (or gave the smaller age:
'Ava Lind, 41, and Mia Lind, 19'), the elder the one set after 'his father' or 'her mother' (or
the larger age); the other bearer of the surname is the other. A title between tells the sex ('the
younger Mr Bose': of the two men, when a wife bears the surname too). Only a pair with one surname counts:
'the younger man' with no such pair in the article is left to the other rules."""

from __future__ import annotations

import re
from bisect import insort
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .people import Person
    from .speakers import Resolved, SpeakerResolver

_COMPARED = re.compile(r"the (elder|older|younger) (?:(mr|mrs|ms|miss)\.? )?(\w+)\b", re.IGNORECASE)
#: the sex a title between the comparison and the surname gives ('the younger Mr Bose' beside Meera Bose)
_TITLED = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}  # (``people``'s MALE and FEMALE)
_YOUNGER_KIN = ("son", "daughter", "grandson", "granddaughter", "child")
_ELDER_KIN = ("father", "mother", "grandfather", "grandmother", "dad", "mum", "mom")


def compared(resolver: SpeakerResolver, span: Span) -> Resolved | None:
    """The speaker of a source ``span`` that opens 'the elder X' or 'the younger X' (X a surname two
    people in the article bear, or 'man' or 'woman' when one pair with one surname was named); None
    else. It counts as a mention of that one, so a bare surname after it is theirs ('Brent said')."""
    offset = span.start_char
    match = _COMPARED.match(resolver.text[offset : span.end_char])
    if match is None:
        return None
    from .people import gender_of_word
    from .speakers import PERSON, Resolved

    word = match.group(3).lower()
    pairs = [p for p in _pairs(resolver, offset, _TITLED.get((match.group(2) or "").lower()))
             if word in (p[0].surname.lower(), p[1].surname.lower())
             or (word in ("man", "woman") and all(x.gender in (None, gender_of_word(word)) for x in p))]
    if len(pairs) != 1:
        return None
    elder, younger = _ordered(resolver, *pairs[0], offset)
    if elder is None or younger is None:
        return None
    person, other = (younger, elder) if match.group(1).lower() == "younger" else (elder, younger)
    at = offset + match.start(3)  # (the surname's mention is this one's, not the other bearer's)
    if at in other.offsets:
        other.offsets.remove(at)
    if at not in person.offsets:
        insort(person.offsets, at)
    return Resolved(person.name, PERSON, person.affiliation, person.gender)


def _pairs(resolver: SpeakerResolver, offset: int, sex: str | None = None) -> list[tuple[Person, Person]]:
    """The pairs of people named before ``offset`` with one surname (and different given names), of
    the sex ``sex`` only when a title gave one (the two men of three Boses: 'the elder Mr Bose')."""
    by_surname: dict[str, list[Person]] = {}
    for person in resolver.people.values():
        if person.first < offset and person.given is not None and person.gender in (None, sex or person.gender):
            by_surname.setdefault(person.surname.lower(), []).append(person)
    return [(found[0], found[1]) for found in by_surname.values() if len(found) == 2]


def _ordered(resolver: SpeakerResolver, one: Person, other: Person, offset: int) -> tuple[Person | None, Person | None]:
    """(elder, younger) of the pair, by a kin word set before a name or by the ages given; (None, None)
    when the article tells neither."""
    before = resolver.text[:offset]
    for person, partner in ((one, other), (other, one)):
        names = "|".join(re.escape(n) for n in {person.name, person.name.split()[0]})
        if re.search(rf"\b(?:his|her|their) (?:{'|'.join(_YOUNGER_KIN)}),? (?:{names})\b", before):
            return partner, person
        if re.search(rf"\b(?:his|her|their) (?:{'|'.join(_ELDER_KIN)}),? (?:{names})\b", before):
            return person, partner
    ages = [_age(before, p) for p in (one, other)]
    if ages[0] is not None and ages[1] is not None and ages[0] != ages[1]:
        return (one, other) if ages[0] > ages[1] else (other, one)
    return None, None


def _age(before: str, person: Person) -> int | None:
    """The age the article gave after the person's full name ('Hal Brent, 64,')."""
    found = re.search(rf"\b{re.escape(person.name)}, (\d{{1,3}})\b", before)
    return int(found.group(1)) if found else None
