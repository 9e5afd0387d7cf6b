"""A bare number after a sum keeps its own counted noun: 'The fund lent £5m to 40 firms' counts firms, no sum in
pounds. The number grammar hands an unmarked second number the first one's currency ('£5m to 6m', 'between $3 and
4 billion'), as it should when nothing follows it; but a plural noun right after the digits is what they count."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["own_noun"]

#: digits alone, with no currency sign, scale or unit of their own
_BARE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def own_noun(number: str, unit_token: Token | None, currency_words: frozenset[str]) -> bool:
    """Whether the money figure written ``number`` (its own text) counts ``unit_token``, the plural noun right after
    its digits ('40 firms'), not the currency it was given."""
    return unit_token is not None and bool(_BARE.fullmatch(number)) and unit_token.tag_ == "NNS" and \
        unit_token.i > 0 and unit_token.doc[unit_token.i - 1].like_num and unit_token.lower_ not in currency_words
