"""Chinese, Korean and Vietnamese names as the wires write them, the family name first and then a given name of
romanised syllables, one word or two ('Lin Jian', 'Kim Song Il', 'Mai Thi Hoa'): a family name of
``family_first_surnames.txt`` that the name list knows as an English given name ('Kim' and 'Lin' mostly a woman's,
'Lee' and 'Ho' a man's) then tells no gender, so a pronoun after the name is not kept from it (for
``people.surname_first``; not 'Kim Davis', 'Lee Carter')."""

from __future__ import annotations

import re

from ..lexicon import word_set

_ONE = r"(?:ch|sh|zh|th|tr|ph|kh|gh|gi|ng|nh|[bcdfghjklmnpqrstvwxyz])?[aeiouy]{1,3}(?:ng|nh|ch|[nmklpt])?"
#: a given name of one or two romanised syllables ('Jian', 'Song', 'Minh', 'Wenhao'; not 'Davis', 'Carter')
_GIVEN = re.compile(f"{_ONE}(?:{_ONE})?$")


def syllable_name(words: list[str]) -> bool:
    """Whether a name of two to four words opens with a family name of the list and goes on in romanised
    syllables in title case ('Kim Song Il', 'Lin Jian')."""
    return 2 <= len(words) <= 4 and words[0].lower() in word_set("family_first_surnames") and all(
        w.istitle() and w.isascii() and _GIVEN.match(w.lower()) for w in words[1:])
