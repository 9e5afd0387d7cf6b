"""A participle set off by commas inside a reported clause, which the parser read as a clause of
its own hung on the cue beside the clause's real verb.

'Critics think tariffs, once imposed, are hard to lift': the parser took 'imposed' for a first
reported clause with 'tariffs' for its subject, and 'are hard to lift' for a second one with none,
so the content came out in two pieces. A past participle whose subject is followed by a comma,
itself closed by a comma right before the next clause the cue holds, which has no subject of its
own, is an aside on that subject: the two clauses are one content ('tariffs, once imposed, are hard
to lift'); brackets and dashes set one off as commas do ('found that two reactors (both built in 1971) had
cracks'). Not two clauses with subjects of their own ('said prices rose, wages fell')."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset(["nsubj", "nsubjpass", "expl", "csubj"])
#: the marks that open and close an aside
_OPENS = frozenset([",", "(", "-", "\u2013", "\u2014", "--"])
_CLOSES = frozenset([",", ")", "-", "\u2013", "\u2014", "--"])


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
    # (the parser may hang the closing mark on either)
    comma = first.right_edge.i if first.right_edge.text in _CLOSES else first.right_edge.i + 1
    closed = subject.right_edge.text in _OPENS or doc[subject.right_edge.i + 1].text in _OPENS
    return closed and comma + 1 < len(doc) and doc[comma].text in _CLOSES and second.left_edge.i == comma + 1
