"""A person described by age before the text names them, as the one 'the teenager' or 'the
14-year-old' stands for.

Local reports open on a description and give the name a sentence later: 'A 14-year-old boy was
hurt when a car hit his bike. He was named as Jake Farrell.' or '... Jake Farrell, from Dunmore,
was taken to hospital.'; 'The teenager said' then is Jake Farrell. The age was given to the
description, never beside the name ('Jake Farrell, 14,'), so ``descriptions._given_age`` found no
one and the record kept the epithet.

Only an indefinite 'a(n) N-year-old' (a noun after it of a fitting sex, if any) and the first
person named after it as a clause's subject in the next sentence, or after 'as' ('named as',
'identified as') in that sentence or its own; a person named otherwise in its own sentence ('hit
by a car driven by X') is passed over, one named so in the next sentence ends the search.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .people import compatible, gender_of_word, known_gender

if TYPE_CHECKING:
    from .people import Person
    from .speakers import SpeakerResolver

_AGED_ONE = re.compile(r"\b[Aa]n? (\d{1,3})-year-old\b(?: ([a-z]+))?")
_SUBJECTS = ("nsubj", "nsubjpass")


def named_after_age(resolver: SpeakerResolver, offset: int, years: tuple[int, int], wanted: str | None) -> Person | None:
    """The person last named right after an indefinite description with an age in ``years`` before
    ``offset`` ('A 14-year-old boy was hurt. He was named as Jake Farrell.'), of a fitting sex."""
    found = None
    for match in _AGED_ONE.finditer(resolver.text[:offset]):
        sex = gender_of_word(match.group(2)) if match.group(2) else None
        if not years[0] <= int(match.group(1)) <= years[1] or not compatible(sex, wanted):
            continue
        person = _named_next(resolver, match.end(), offset)
        if person is not None and compatible(known_gender(person), sex or wanted):
            found = person
    return found


def _named_next(resolver: SpeakerResolver, start: int, offset: int) -> Person | None:
    from .index import PERSON  # (here: ``index`` reads ``descriptions``, which reads this module)

    doc, sentence = resolver.doc, resolver.sentence_of(start)
    for at, kind, key in resolver.mentions:
        if kind != PERSON or not start <= at < offset or resolver.sentence_of(at) > sentence + 1:
            continue
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            continue
        token = span[0]
        root = token
        while root.dep_ in ("compound", "flat") and root.head.i != root.i:
            root = root.head
        after_as = token.i > 0 and doc[token.i - 1].lower_ == "as"
        if after_as or resolver.sentence_of(at) == sentence + 1 and root.dep_ in _SUBJECTS:
            return resolver.people.by_key.get(key)
        if resolver.sentence_of(at) == sentence + 1:
            return None  # (someone else named first there)
    return None


__all__ = ["named_after_age"]
