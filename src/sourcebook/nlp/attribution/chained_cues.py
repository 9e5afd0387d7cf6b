"""A cue that is an infinitive of a chain of verbs sharing one subject opens at the chain's first
verb: 'The mayor went on to say X' is cued by 'went on to say', 'Voters were more likely to say Y'
by 'were more likely to say', 'She has continued to insist Z' by 'has continued to insist'.

The rules find such a report at its last verb, the one that takes the content, and cue it by
'to say' alone; the words before it tell how the subject came to say it and belong to the cue
(PolNeAR train marks the whole chain in 85 of 104 complement chains). Only a chain of complements
('xcomp', or an infinitive read as a purpose right after a verb and its particle, 'went on to
say') whose verbs have no object of their own is widened: with one, the object is the one
who speaks ('The delay led him to declare X', 'urged her to explain Y': the cue stays 'to
declare', 'to explain'). The chain's first verb must carry the record's source as its subject,
or have none of its own and follow the source ('..., and went on to say X'). A report whose
content is the infinitive itself ('The minister declined to comment.') keeps its first verb for
cue: the content opens at 'to'. Run on the records kept, after the ranker has judged them by
their own cue.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import Attribution, Span
from .tables import text_of

#: the heads a complement infinitive of one subject hangs on ('went on to', 'is likely to', 'has begun to')
_HEADS = ("VERB", "ADJ", "AUX")
#: a head's own object or indirect object: the one who is to speak ('led him to declare')
_OBJECTS = ("dobj", "obj", "dative", "iobj", "ccomp", "oprd")
#: the prepositions of one a head calls on to speak ('calls on X to', 'pleaded with Y to', 'waits for Z to')
_OBJECT_PREPS = ("on", "upon", "with", "for")
#: the words before a head that the cue takes with it ('has', 'was', 'not', 'is' of 'is likely')
_LEFT = ("aux", "auxpass", "neg", "cop")
#: the longest chain a cue is widened over, in tokens
_MOST = 8


def chained_cues(doc: Doc, records: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """``records`` with each infinitive cue widened back to the first verb of its chain."""
    if not any(r.cue is not None and r.cue.text[:3].lower() == "to " for r in records):
        return records
    text = text_of(doc)
    cues = [r.cue for r in records if r.cue is not None]
    out = []
    for record in records:
        start = _chain_start(doc, record)
        cue = record.cue
        # (not over another record's cue: 'X is thought to have warned Y' keeps 'is thought' the hearsay's)
        if start is None or cue is None or any(c is not cue and c.start < cue.start and start < c.end for c in cues):
            out.append(record)
            continue
        out.append(replace(record, cue=Span.of(text, start, cue.end)))
    return tuple(out)


def _chain_start(doc: Doc, record: Attribution) -> int | None:
    """Where the cue of ``record`` opens when it is an infinitive in a chain of one subject, else None."""
    cue = record.cue
    if cue is None or cue.text[:3].lower() != "to " or record.source is None:
        return None
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    to = span[0]
    verb = to.head
    if to.dep_ != "aux" or verb.i <= to.i or verb.dep_ not in ("xcomp", "advcl"):
        return None
    if verb.dep_ == "advcl" and not _right_after(verb.head, to):
        return None  # (a purpose: 'visited the plant to discuss X'; but 'went on to say X', read as one)
    top = verb if verb.dep_ == "xcomp" else verb.head
    while top.dep_ == "xcomp" and _chains(top.head) and top.head.i < top.i and not _object_of(top.head, top):
        top = top.head
    if top.pos_ == "ADJ" and top.dep_ == "acomp" and top.head.lemma_ == "be" and top.head.i < top.i:
        top = top.head  # ('were more likely to say': 'likely' is the complement of 'were')
    if top.i == verb.i or to.i - top.i > _MOST or any(t.is_punct for t in doc[top.i : to.i]):
        return None
    if record.source.start >= top.idx or not _subject_is_source(top, record):
        return None  # (not the one who speaks after the chain's verb: 'rely on users to report X')
    first = min([top, *(c for c in top.lefts if c.dep_ in _LEFT and top.i - c.i <= 4)], key=lambda t: t.i)
    if any(first.idx < end and start < cue.start for start, end in ((c.start, c.end) for c in record.contents)):
        return None  # (the content between the chain's verbs: the cue stays)
    return first.idx


def _right_after(head: Token, to: Token) -> bool:
    """Whether ``to`` follows ``head`` right after it or its particle ('went on to say'), with
    nothing between that a purpose clause would follow."""
    between = head.doc[head.i + 1 : to.i] if head.i < to.i else None
    return head.pos_ == "VERB" and between is not None and all(t.dep_ == "prt" and t.head.i == head.i for t in between)


def _chains(head: Token) -> bool:
    """Whether an infinitive's head is a verb or an adjective of its subject's; not 'be' ('The plan
    was to call on X': the infinitive is what the plan is)."""
    return head.pos_ in _HEADS and head.lemma_ != "be"


def _object_of(head: Token, infinitive: Token) -> bool:
    """Whether ``head`` has an object or a clause of its own before ``infinitive``, or one it calls on or
    relies on: its infinitive is another's report ('called on members to back X', 'relied on staff to
    explain Y'; not a bare particle, 'went on to say')."""
    return any(head.i < c.i < infinitive.i and (c.dep_ in _OBJECTS or c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS
               and any(g.dep_ == "pobj" for g in c.children)) for c in head.children)


def _subject_is_source(top: Token, record: Attribution) -> bool:
    """Whether the chain's first verb has the record's source for subject (or has no subject and
    comes after the source: '..., and went on to say X')."""
    source = record.source
    assert source is not None
    subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return source.end <= top.left_edge.idx
    subject = subjects[0]
    left, right = subject.left_edge, subject.right_edge
    return left.idx < source.end and source.start < right.idx + len(right)
