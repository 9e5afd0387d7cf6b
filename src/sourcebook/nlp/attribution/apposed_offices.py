"""An office of a place the recognizer took for a person, with the person's name set beside it: 'The Dean of
Dalbury, the Very Rev Helen Crane, said X. The dean said Y', 'The Bishop of Tarnley, the Rt Rev Alan Friel,'.

The office read as a person ('Dean of Dalbury') holds the office's noun, so a later 'the dean' was that office and
not the woman named beside it (``titled_appositions`` names her as the first source's speaker, but not the
mention). With the name apposed, the office is hers: the office is no person of its own, and the role passes to
the name through its apposition (``affiliations.roles_of``). An office with no name beside it stays a person ('The
Duke of Carnmoor said X. The duke said Y')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...aliases import TITLES
from .office_titles import without_honorific_offices
from .tables import words_of

#: words that stand in a run of titles before a name besides the titles ('the Rt Rev', 'the Very Rev')
#: words between stacked titles ("the Very Rev", "the Rt Rev"); an office's holder may also open with "the"
STACKING = frozenset(["very", "rt", "right", "most"])
_STACKING = STACKING | {"the"}  # ("The Dean of X, the Very Rev Y")


def without_apposed_offices(doc: Doc, ents: list[Span], role_nouns: frozenset[str]) -> list[Span]:
    """The entities without each one that is an office of a place ('Dean of Dalbury': a title or role noun in
    capitals before 'of' or 'for') followed by a comma and a person's name, titles before it allowed; nor one that
    is an office after 'Lord' or 'Lady' ('the Lord Mayor': ``office_titles``)."""
    ents = without_honorific_offices(doc, ents, role_nouns)
    starts = {e.start for e in ents if e.label_ == "PERSON"}
    # (the office tagged a person's or a body's: 'The Dean of Dalbury' is read as a person later either way)
    return [e for e in ents if not (e.label_ in ("PERSON", "ORG") and _office(doc, e, role_nouns)
                                    and _named_after(doc, e.end, starts))]


def _office(doc: Doc, ent: Span, role_nouns: frozenset[str]) -> bool:
    words = words_of(doc)
    start = ent.start + (words.lower[ent.start] == "the")
    joint = next((k for k in range(start + 1, ent.end - 1) if words.lower[k] in ("of", "for")), None)
    if joint is None or not all(words.text[k][:1].isupper() for k in range(start, joint)):
        return False
    noun = words.lower[joint - 1]
    return noun in role_nouns or noun in TITLES


def _named_after(doc: Doc, end: int, starts: set[int]) -> bool:
    """Whether a comma and a person's name, after 'the' and titles, follow the word before ``end``."""
    words = words_of(doc)
    if end >= len(doc) - 1 or words.text[end] != ",":
        return False
    k = end + 1
    while k < len(doc) and k not in starts and (words.lower[k].rstrip(".") in TITLES or words.lower[k] in _STACKING):
        k += 1
    return k in starts


def office_roles(ent: Span, role_nouns: frozenset[str]) -> set[str]:
    """The noun of the office of a place a person's name is apposed to ('The Dean of Dalbury, the Very Rev Helen
    Crane': 'dean'), which the article may name her by later."""
    root = ent.root
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or not head.text[:1].isupper():
        return set()
    if not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in head.rights):
        return set()
    noun = head.lower_
    return {noun} if noun in role_nouns or noun in TITLES else set()


__all__ = ["STACKING", "office_roles", "without_apposed_offices"]
