"""A role or part owned by a body or a family the article named, written with a noun: 'Halvorsen Foods rejected the
bid. The company's board said X' is Halvorsen Foods's board, 'The Okafor family has sued. The family's lawyer said X'
the Okafor family's lawyer, as 'Its board' and 'Her lawyer' are already their owner's (``affiliations.owner_before``).
The noun is resolved as it would be alone ('The company said X': the firm the article is about); a description it
stays ('the company's board' when no company was named) gives nothing, and a person the role already resolved to is
kept ('The company's chief executive, Dana Frost,')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .affiliations import _text, _without_article
from .index import DESCRIPTION, GROUP, ORG, Resolved

if TYPE_CHECKING:
    from .anaphora import Salience
    from .candidate import Candidate
    from .speakers import SpeakerResolver

_POSSESSIVE_MARKS = frozenset(["'s", "\u2019s", "'", "\u2019"])


def noun_owned(resolver: SpeakerResolver, cand: Candidate, span: Span, head: Token, salience: Salience,
               found: Resolved) -> Resolved:
    """``found`` (what ``span`` resolved to) unless it is the bare description of a role or part ending the span
    whose owner, 'the' and a common noun with its possessive mark opening it, stands for a body or a family named
    before: then that owner's role."""
    if found.kind not in (DESCRIPTION, GROUP) or head.pos_ != "NOUN":
        return found
    owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ in ("NN", "NNS") and c.i > span.start), None)
    if owner is None or span[0].lower_ != "the" or span[0].head.i != owner.i or span.end != head.i + 1 or (
            span.doc[owner.i + 1].lower_ not in _POSSESSIVE_MARKS) or any(t.dep_ != "det" for t in owner.lefts):
        return found
    alone = resolver._description(cand, span.doc[span.start : owner.i + 1], owner, salience)
    if not alone.name or alone.name.lower() == owner.lower_ or alone.kind not in (ORG, DESCRIPTION) or (
            alone.kind == DESCRIPTION and not any(w[:1].isupper() for w in alone.name.split())):
        return found  # (no body named: 'the company's board' stays as written; nor 'the local family's')
    rest = _text(_without_article(list(span.doc[owner.i + 2 : head.i + 1])))
    return Resolved(f"{alone.name}'s {rest}", found.kind, alone.name, found.gender, found.plural)
