"""Where the speaker of a manner colon may stand: at the start of its sentence ('The coach was
blunt: "X"'), or after a phrase that opens the sentence, hangs on the copula and ends in a comma
just before the speaker:

    Asked whether the plan would work, the minister was candid: "Not yet."
    After the vote, she was blunt: "We lost."

The opening phrase says when or in answer to what the speaker spoke, not who spoke, so the
speaker is still the subject of the copula. Nothing but that phrase may stand before the subject:
'The mood, he said, was grim: "..."' is no manner colon.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: the dependencies of a phrase opening the sentence before the copula's subject
OPENING_DEPS = ("advcl", "prep", "advmod", "npadvmod")


def speaker_opens(subject: Token, be: Token, sent: Span) -> bool:
    """Whether ``subject`` (of the copula ``be``) opens ``sent`` or follows only a phrase of ``be``
    that opens it and ends in a comma."""
    first = subject.left_edge.i
    if first == sent.start:
        return True
    doc = sent.doc
    if first - 1 <= sent.start or doc[first - 1].text != ",":
        return False
    opening = [c for c in be.children if c.i < first - 1 and c.dep_ in OPENING_DEPS]
    return len(opening) == 1 and opening[0].left_edge.i == sent.start and opening[0].right_edge.i == first - 2
