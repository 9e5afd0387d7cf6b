"""A clause that says what an adjective of a stance holds, hung by the parser on the copula before
the adjective instead of on the adjective: 'The coach is adamant that the referee was wrong' (the
parser knows 'adamant' poorly and reads 'that X' as a second clause of 'is'). The clause right after
the adjective is its content, as for 'is confident that X' (for ``nouns.adjective_cue``); a clause
further on, past other words, is the copula's own ('is adamant, and everyone knows it')."""

from __future__ import annotations

from spacy.tokens import Token


def clause_on_copula(adj: Token) -> Token | None:
    """The clause complement of the copula ``adj`` is the attribute of that opens right after it
    ('is adamant that X', 'was adamant X'), else None."""
    if adj.dep_ != "acomp":
        return None
    return next((c for c in adj.head.children if c.dep_ == "ccomp" and c.left_edge.i == adj.i + 1), None)
