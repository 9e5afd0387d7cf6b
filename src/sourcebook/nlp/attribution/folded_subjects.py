"""The reported clause's subject opening the sentence that the parser folded into the subject of a cue set
off after it: 'The money, an official with knowledge of the budget said, had been spent' ('an official' an
apposition of 'money'), 'The bid, sources close to the club said, was worth X' ('bid' a subject of
'sources'). The source is the words after the first comma, and the words before it open the content, as
``asides.fronted_subject`` has them when the parser hangs them on the cue ('The airline, he told the Post,
was following X'). Only when the clause after the aside has no subject of its own ('Jane Doe, a spokeswoman,
said, "We will win"' keeps its source whole) and the words before the comma name a thing or a person with
no verb among them."""

from __future__ import annotations

from spacy.tokens import Doc

from .candidate import Candidate

#: the words that can head the subject the parser folded in (not a clause: 'Asked about it, an aide said')
_NOMINAL = frozenset(["NOUN", "PROPN", "PRON", "NUM"])


def unfold_fronted_subjects(doc: Doc, cands: list[Candidate]) -> None:
    """Give each candidate of a cue set off after the sentence's subject, whose source the parser made run from
    the sentence's start over that subject and a comma, the source after the comma and the subject as its first
    content ('The money, an official said, had been spent': 'an official'; 'The money' | 'had been spent')."""
    for cand in cands:
        if cand.verb is None or cand.source is None or cand.cue is None or not cand.contents:
            continue
        verb = doc[cand.verb]
        head = verb.head
        if verb.dep_ != "parataxis" or head.i <= verb.i or head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
            continue
        start = verb.sent.start
        if doc[start].idx != cand.source[0] or not any(c.text == "," and c.i > verb.i for c in verb.children):
            continue
        comma = next((t.i for t in doc[start : verb.i] if t.text == ","), None)
        if comma is None or comma == start or doc[comma + 1].idx >= cand.source[1]:
            continue
        fronted = doc[start:comma]
        if not any(t.pos_ in _NOMINAL for t in fronted) or any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in fronted):
            continue
        if cand.contents[0][0] < cand.cue[0]:
            continue  # (the content already opens before the cue: its rules read the subject)
        cand.source = (doc[comma + 1].idx, cand.source[1])
        cand.contents.insert(0, (fronted.start_char, fronted.end_char))
        source = doc.char_span(*cand.source, alignment_mode="expand")
        if source is not None:
            cand.source_token = source.root.i  # (the head of the source left, 'official', not of the subject folded in)
