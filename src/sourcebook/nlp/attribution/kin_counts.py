"""A parent by the count of their children ('the father of three', 'The mother of two'): an
epithet of the person just named, not a noun defined by its 'of' phrase.

News varies its reference to a named parent so ('Sean Tierney went to sea at sixteen. The father
of three said X': Tierney), and ``epithet_after`` keeps a noun with an 'of' phrase from anyone
('the mother of the bride' is someone's mother). Only a parent's word, and only 'of' with a bare
count of children or nothing after it ('of three', 'of two young girls'; not 'of the victim')."""

from __future__ import annotations

from spacy.tokens import Token

_PARENTS = frozenset(["father", "mother", "grandfather", "grandmother", "dad", "mum", "mom", "parent"])


def kin_count(head: Token, phrase: Token) -> bool:
    """Whether ``phrase``, a child of the parent's noun ``head``, is its 'of' and a count ('of three')."""
    if head.lower_ not in _PARENTS or phrase.dep_ != "prep" or phrase.lower_ != "of":
        return False
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    return len(objects) == 1 and (objects[0].like_num or any(c.like_num and c.dep_ == "nummod" for c in objects[0].children))


__all__ = ["kin_count"]
