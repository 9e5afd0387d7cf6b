"""Who 'the Spaniard' or 'The Republican' is when the article said so of one person: 'Ines Roca,
a Spaniard,' or 'Republican Jane Hale' before it. A nation's or party's word for a person
(``descriptions.aged``) is otherwise the last person of a fitting gender; but when two people
were named and one of them was called a Republican, 'The Republican said' is that one:

    Governor Jane Hale, a Republican, vetoed the bill. Senate leader Paul Dorn, a Democrat, was
    angry. The Republican said the bill cost too much.   (Jane Hale, not Paul Dorn)

So too when the article said it with a copula: 'Dale Whitcombe, who runs a store, is a Democrat.'

A person named with a country ('Emre Kaya of Turkey and Nikos Pappas of Greece') is the one a
word of that nation stands for ('The Greek said'): the word and the country share their stem,
all but the last two letters of one of them ('Greek'/'Greece', 'Finn'/'Finland'; not
'Austrian'/'Australia', nor 'Spaniard'/'Spain', which no stem tells).

Only one person so described counts: when two were ('Ann Cole, a Democrat, ... Tom Pike, a
Democrat,') the word tells them apart no more than it did before."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .people import Person
    from .speakers import SpeakerResolver

_NAME = r"((?:[A-Z][\w'\u2019-]+ ){0,2}[A-Z][\w'\u2019-]+)"


def described(resolver: SpeakerResolver, word: str, offset: int) -> Person | None:
    """The one person the text before ``offset`` called ``word`` ('X, a Spaniard,', 'the Spaniard
    X', 'Spaniard X'), by a name the article's people know; None when none or several were."""
    before = resolver.text[:offset]
    word = re.escape(word)
    found = []
    for match in re.finditer(rf"\b{_NAME}, (?:also |herself |himself )?(?:an?|the) (?:[a-z]+ )?{word}\b(?![\w-])", before):
        found.append(match.group(1))  # 'Jane Hale, a Republican,', 'Ines Roca, a young Spaniard,', 'X, also a Republican,'
    found += _copula_names(resolver, word.replace("\\", ""), offset)  # 'Dale Whitcombe, who runs a store, is a Democrat.'
    for match in re.finditer(rf"\b{word} {_NAME}", before):
        found.append(match.group(1))  # 'Republican Jane Hale', 'the Briton Lena Marsh' (a name the people know)
    for match in re.finditer(rf"\b{_NAME} of (?:the )?([A-Z][a-z]+)\b", before):
        if _same_stem(word.replace("\\", ""), match.group(2)):
            found.append(match.group(1))  # 'Nikos Pappas of Greece' for 'the Greek'
    people = {id(p): p for p in (resolver.people.find(name.split(), offset) for name in found) if p is not None}
    return next(iter(people.values())) if len(people) == 1 else None


def _copula_names(resolver: SpeakerResolver, word: str, offset: int) -> list[str]:
    """The names of the people a copula before ``offset`` calls ``word`` ('X is a Democrat', 'X, who
    runs a store, was a Republican')."""
    names = []
    for token in resolver.doc:
        if token.idx >= offset:
            break
        if token.text != word or token.dep_ != "attr" or token.head.lemma_ != "be":
            continue
        for subject in (c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            names.append(" ".join(t.text for t in subject.lefts if t.dep_ == "compound") + " " + subject.text)
    return [n.strip() for n in names]


def _same_stem(word: str, country: str) -> bool:
    """Whether a nation's word for a person and a country's name share all of one of them but its
    last two letters ('Turk'/'Turkey', 'Swede'/'Sweden', 'Briton'/'Britain', 'Kenyan'/'Kenya')."""
    word, country = word.lower(), country.lower()
    shared = next((i for i, (a, b) in enumerate(zip(word, country, strict=False)) if a != b), min(len(word), len(country)))
    return shared >= 3 and (shared >= len(word) - 2 or shared >= len(country) - 2)
