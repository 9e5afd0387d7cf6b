"""Negation a cue verb takes from outside its own auxiliaries: the words that say the act did not
happen when they hang elsewhere in the parse. 'Ferris neither admitted nor denied the allegations':
the cue holds 'neither' and 'nor', so that a record never reads as the act the text denies
('denied the allegations'); a 'Nor' opening a clause stays out, its span would run over the
subject ('Nor did they note X'). 'Settled without admitting or denying the findings': the gerunds
of 'without', the second one too, report nothing (``noncues.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .tables import words_of

#: the correlative of a negated coordination ('neither admitted nor denied')
_NEITHER = ("neither",)
#: the conjunction that negates the verb it joins ('nor denied', 'Nor did they note')
_NOR = ("nor",)
#: the preposition whose gerund did not happen ('without admitting or denying')
_WITHOUT = ("without",)
#: how many words before the cue its negation may stand ('neither admitted nor denied': three)
_REACH = 4


def first_conjunct(verb: Token, verbal: bool = False) -> Token:
    """The first verb of the coordination ``verb`` is in ('admitted' in 'admitted or denied'), or ``verb``;
    ``verbal``: only through heads that are verbs (not a noun the parser joined a verb to)."""
    while verb.dep_ == "conj" and verb.head.i < verb.i and (not verbal or verb.head.pos_ in ("VERB", "AUX")):
        verb = verb.head
    return verb


def under_without(verb: Token) -> bool:
    """A gerund of 'without', or one joined to it, whose act did not happen: 'settled without
    admitting or denying the findings' ('denying' is no report: nothing was denied)."""
    first = first_conjunct(verb)
    return first.dep_ == "pcomp" and first.head.lower_ in _WITHOUT


def outer_negation(verb: Token) -> list[Token]:
    """The negating words of ``verb`` that are not its auxiliaries: 'neither' on the first of
    its conjuncts and 'nor' before it ('neither admitted nor denied'), when they stand close before
    it. Empty when nothing outside negates it ('admitted and denied')."""
    if not any(w in _NEITHER or w in _NOR for w in words_of(verb.doc).lower[max(0, verb.i - _REACH) : verb.i]):
        return []  # (no such word close before it: read from the words' list before the conjuncts are walked)
    first = first_conjunct(verb)
    children = list(first.children)
    found = [c for c in children if c.dep_ == "preconj" and c.lower_ in _NEITHER]
    if first.i != verb.i:  # 'neither admitted nor denied', 'admitted nor denied'
        found += [c for c in children if c.dep_ == "cc" and c.lower_ in _NOR and c.i < verb.i]
    # only words close before the cue, with no subject between: not 'declined to identify anyone
    # involved in the speech, nor did he report X', whose span would run over a clause and 'he'
    found = [t for t in found if 0 < verb.i - t.i <= _REACH]
    if found and any(t.dep_ in ("nsubj", "nsubjpass") for t in verb.doc[min(t.i for t in found) : verb.i]):
        return []
    return found
