"""A kind of person in title case before an age is a description, not a name: 'Grandmother, 71, finishes first
marathon' is a headline about someone the body names ('Nell Quarry ran ... The 71-year-old said'), not a person
called Grandmother aged 71 (``entities.with_aged_people`` reads a capitalised word with an age set off after it as a
name). Only a lone word that is a role noun (``attribution/role_nouns.txt``) with no capitalised word before it is
taken for a kind: 'Gwen Baker, 58,' stays a name."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import word_set


def kind_before_age(token: Token) -> bool:
    """Whether the word before ', 71,' is a noun of a kind of person standing alone ('Grandmother, 71,')."""
    before = token.nbor(-1) if token.i > 0 else None
    alone = before is None or not before.is_title or before.is_punct
    return alone and token.lower_ in _kinds()


@cache
def _kinds() -> frozenset[str]:
    return word_set("attribution/role_nouns")


__all__ = ["kind_before_age"]
