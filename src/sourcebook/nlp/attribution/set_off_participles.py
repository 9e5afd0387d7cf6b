"""A participle set off by commas inside a reported clause, which the parser read as a clause of
its own hung on the cue beside the clause's real verb.

'Critics think tariffs, once imposed, are hard to lift': the parser took 'imposed' for a first
reported clause with 'tariffs' for its subject, and 'are hard to lift' for a second one with none,
so the content came out in two pieces. A past participle whose subject is followed by a comma,
itself closed by a comma right before the next clause the cue holds, which has no subject of its
own, is an aside on that subject: the two clauses are one content ('tariffs, once imposed, are hard
to lift'). Not two clauses with subjects of their own ('said prices rose, wages fell')."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])


def participle_aside_pair(after: list[Token]) -> bool:
    """Whether the first two reported clauses ``after`` holds are one clause cut at a participle
    set off after its subject (see the module)."""
    if len(after) < 2:
        return False
    first, second = after[0], after[1]
    if first.tag_ != "VBN" or any(c.dep_ in _SUBJECTS and c.i < second.i for c in second.children):
        return False
    subject = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    if subject is None:
        return False
    doc = first.doc
    comma = first.right_edge.i if first.right_edge.text == "," else first.right_edge.i + 1  # (the parser may hang it on either)
    closed = subject.right_edge.text == "," or doc[subject.right_edge.i + 1].text == ","
    return closed and comma + 1 < len(doc) and doc[comma].text == "," and second.left_edge.i == comma + 1
