"""The reason a cue's subject gave for what it did: 'refused permission on the grounds that it
would "fail to preserve the character" of the area', 'rejected the appeal on grounds that X'.
Giving grounds reports them: the clause after 'that' is what the subject said, whatever the
verb's own class ('refused', 'rejected', 'objected')."""

from __future__ import annotations

from spacy.tokens import Token

from ..sentences import sentence_of
from .tables import words_of

#: the nouns of a reason given ('on the grounds that X', 'on the basis that X')
_GROUNDS = frozenset(["grounds", "basis"])


def given_grounds(verb: Token) -> tuple[int, int] | None:
    """The clause after 'on the grounds that' in ``verb``'s own clause (the nearest verb above
    'grounds' is ``verb``, however the parser hung the phrase: on the object's noun, 'permission
    for a cycle store on the grounds that X'); None when there is none."""
    doc, sent = verb.doc, sentence_of(verb)  # (its sentence's words first: a tree built by hand may loop)
    lower = words_of(doc).lower
    if _GROUNDS.isdisjoint(lower[sent.start : sent.end]):
        return None  # (the sentence's words tested in C first: most give no grounds)
    for i in range(sent.start, sent.end):
        if lower[i] not in _GROUNDS:
            continue  # (most sentences give no grounds: no Token made of their words)
        token = doc[i]
        if token.dep_ != "pobj" or token.head.lower_ != "on":
            continue
        if getattr(_verb_above(token), "i", None) != verb.i:
            continue  # 'said the plan, which was refused on the grounds that X, was fair': another verb's grounds
        mark = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if mark is None or mark.lower_ != "that" or mark.dep_ != "mark" or mark.head.i <= mark.i:
            continue  # 'on the grounds of cost': a noun phrase, no clause reported
        clause = mark.head
        end = clause.right_edge
        while end.i > mark.i and (end.is_punct and not end.is_quote):
            end = end.doc[end.i - 1]
        return mark.nbor(1).idx, end.idx + len(end)
    return None


def _verb_above(token: Token) -> Token | None:
    """The nearest verb above ``token`` (None at the root, or in a loop of a tree built by hand)."""
    for _ in range(len(token.doc)):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
