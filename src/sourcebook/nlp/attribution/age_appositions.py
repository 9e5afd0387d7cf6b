"""A person's age set off by commas after a role noun ('The driver, 58, said X', 'The striker, 31,
told reporters Y'): the age says how old the one described is and is no part of the description
the speaker is named by ('driver', not 'driver, 58'). A long description is cut at its head's
apposition already (``speakers.Speakers.phrase``); a short one is kept whole there, so the age is
cut here (not a number that is the head itself, 'The two said', nor one inside a phrase of the
head, 'a mother of two')."""

from __future__ import annotations

from spacy.tokens import Span, Token


def before_age(span: Span, head: Token, end: int) -> int:
    """Where the description ``span`` ends before an age set off by commas right after its head
    ('The farmer, 62,': before the comma), else ``end``."""
    doc = span.doc
    for child in head.rights:
        if child.i >= end:
            break
        if (child.like_num and child.left_edge.i == child.right_edge.i == child.i and child.i > span.start + 1
                and doc[child.i - 1].text == "," and (child.i + 1 == end or doc[child.i + 1].is_punct)):
            return child.i - 1
    return end
