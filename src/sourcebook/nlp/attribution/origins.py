"""Whether a role phrase names a person by the place the article said they come from: 'Maya Lorne, the
Glasgow-born singer, ... The Glasgow-born star said' is Lorne.

A place joined to a word of origin ('Glasgow-born', 'Leeds-bred', 'Kelby-based'; ``origin_words.txt``) sets a
person apart as a name does, so that a later phrase with the same origin may call them by another noun ('star' for
'singer', 'writer' for 'novelist') that no synonym table lists. Only the same place with a word of origin on both:
'the Glasgow singer' says no birthplace, and 'the Dublin-born author' is no one the article said was born in Dublin.
For ``role_synonyms.same_office``."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..lexicon import word_set

_ORIGINS = word_set("attribution/origin_words")
#: the lemmas the tagger gives the words of origin ('born' is 'bear')
_LEMMAS = frozenset({"bear", "breed", "raise", "base"}) | _ORIGINS
_ORIGIN = re.compile(r"([A-Z][\w'.]*)[-\u2010\u2011](\w+)")


def same_origin(words: AbstractSet[str], affiliation: str | None) -> bool:
    """Whether the phrase's lower-case ``words`` hold a word of origin and the place the person's description
    (``affiliation``) joins to one ('Glasgow-born singer')."""
    if not affiliation or not words & _LEMMAS:
        return False
    return any(word.lower() in _ORIGINS and place.lower() in words for place, word in _ORIGIN.findall(affiliation))
