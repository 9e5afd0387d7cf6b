"""The copula a figure's change hangs on when 'up' or 'down' stands for the verb of change: "Airport staff numbers
are up 12,000 on last year to 98,000", "Bus use was down 6%". ``context.find_predicate`` gives such a copula no
predicate (it names no happening), but its subject is what the level counts, as a verb of change's is ("staff
numbers rose to 98,000": staff): ``build`` reads the subject through this copula.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["moved_copula"]

#: the links from a figure up to the copula it is the change or the level of ('up 12,000', 'to 98,000')
_UP_TO_VERB = frozenset({"pobj", "prep", "npadvmod", "advmod", "quantmod", "nummod", "nmod"})


def moved_copula(anchor: Token, moved: frozenset[str]) -> Token | None:
    """The form of 'be' above ``anchor`` (through its phrase) that has one of ``moved`` ('up', 'down') for an adverb,
    or None."""
    tok = anchor
    for _ in range(4):
        if tok.dep_ not in _UP_TO_VERB or tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_ == "be":
            break
    if tok.lemma_ != "be" or not any(c.dep_ == "advmod" and c.lower_ in moved for c in tok.children):
        return None
    return tok
