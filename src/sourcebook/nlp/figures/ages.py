"""Two shapes of court and crime reports that give a person's age, read beside ``build``'s own: the second of two
ages after one 'aged' ("Two teenagers, aged 15 and 16, were arrested": both are ages, not a count of 16 of something)
and an age set off after a name or a role with a word of time ("Jonah Pike, now 70, was convicted", "the victim,
then 19,": how old the person is today or was at the time; lexicon ``figures/age_adverbs``). Without them the
number is read as a bare count.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..attribution.tables import text_of
from ..lexicon import word_set

__all__ = ["written_age"]

#: "aged 15 and 16", "aged 17 or 18": the number after the conjunction is an age as the first is
_AGED_PAIR = re.compile(r"\baged\s+\d{1,3}\s+(?:and|or)\s+$", re.IGNORECASE)


def written_age(doc: Doc, span: Span, value: float | None) -> bool:
    """Whether the bare number ``span`` (of ``value``) is an age in one of these shapes."""
    if value is None or not 0 < value < 120 or not span.text.isdigit():
        return False
    first, last = span[0].i, span[-1].i
    if _AGED_PAIR.search(text_of(doc)[max(0, span.start_char - 20):span.start_char]):
        return True
    if first < 3 or last + 1 >= len(doc) or doc[last + 1].text not in (",", ")", ";"):
        return False
    word, comma, named = doc[first - 1], doc[first - 2], doc[first - 3]
    return word.lower_ in word_set("figures/age_adverbs") and comma.text == "," and (
        named.pos_ == "PROPN" or named.tag_ == "NN")
