"""A quantifier floated after the subject it counts ('The report, the mayor and two experts all
say X', 'Ana Ruiz and Leo Park both said X', 'The union and the employers each said X'): the
source is the subject before it (every conjunct of a list the parser cut at its commas), not the
quantifier, which the parser often makes the verb's subject or an apposition."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .candidate import Candidate

#: the quantifiers that float after their subject
_FLOATING = frozenset(["all", "both", "each"])
#: the relations a conjunct of a subject cut at its commas has to the verb
_CONJUNCTS = frozenset(["nsubj", "nsubjpass", "dep", "appos", "npadvmod", "conj"])


def without_floating_quantifier(doc: Doc, cand: Candidate) -> None:
    """Set ``cand``'s source to the subject a quantifier closing it floats after, and its head
    to the subject's; a quantifier that opens its subject ('All said', 'Both agreed') stays."""
    if cand.source is None or cand.source_token is None:
        return
    span = doc.char_span(*cand.source, alignment_mode="expand")
    if span is None or not len(span):
        return
    quantifier = span[-1]
    if quantifier.lower_ not in _FLOATING or quantifier.i == span.sent.start or quantifier.i + 1 >= len(doc):
        return
    before = doc[quantifier.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "PRON") or before.dep_ == "pobj" or before.sent != quantifier.sent:
        return  # not 'most of them all', 'told them all'
    root = _top(before, quantifier)
    start = root.left_edge.i
    while start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        other = _top(doc[start - 2], quantifier)
        if other.dep_ not in _CONJUNCTS or other.left_edge.i >= start - 1 or other.left_edge.i < span.sent.start:
            break
        start = other.left_edge.i
    if root.head.i <= quantifier.i or root.head.pos_ not in ("VERB", "AUX"):
        return  # the subject of the verb that follows the quantifier
    cand.source = (doc[start].idx, before.idx + len(before))
    cand.source_token = root.i


def _top(token: Token, quantifier: Token) -> Token:
    """The head of the noun phrase ``token`` ends: up its conjunctions, appositions and
    modifiers while they stay before the quantifier."""
    while token.head.i != token.i and token.head.i < quantifier.i and token.dep_ in (
            "conj", "appos", "compound", "amod", "poss", "nmod", "pobj", "prep"):
        token = token.head
    return token
