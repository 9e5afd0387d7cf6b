"""Whether a record's cue is 'in favor of' after a verb of voting or speaking, or after a person's copula:
'The council voted in favor of the plan', 'She argued in favor of a recount', 'The mayor was always in
favor of the levy' (the noun cue 'favor of', the verb's subject the source, the 'of' phrase the content).

The ranker's threshold does not judge these: its features read the cue by the bare noun 'favor', whose
weight was learnt on its other uses, so a stance said or voted outright scores low (PolNeAR train: 8 of
the 10 'in favor of' records the threshold dropped are right, 7 of them kept here; both wrong ones hang
on a verb that takes no stance, 'modified the plan in favor of a ban', 'beat the drum in favor of X').
Only after a verb of voting or speaking ('voted', 'spoke out', 'argued', 'testified', 'came out'), the
noun 'vote' when the phrase hangs on it ('a vote in favor of X'), or 'be' with a person for subject: the
speaker kinds read a ruling as a description and odds as a group, and 'The ruling was in favor of the
tenants', 'The odds are in favor of a frost' are no one's stance."""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Attribution
from .index import PERSON

#: the verbs (and the noun 'vote') whose 'in favor of' phrase is their subject's stance said or voted
_STANCE_HEADS = frozenset(["vote", "speak", "argue", "testify", "campaign", "lobby", "plead", "write"])


def in_favor(doc: Doc, record: Attribution) -> bool:
    """Whether ``record``'s cue is the noun 'favor' of 'in favor of', that phrase set on a verb of voting
    or speaking, on 'vote', or on a person's 'be' ('Two senators spoke out in favor of the bill')."""
    cue = record.cue
    if cue is None or record.source is None or not record.contents:
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    noun = span.root
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ("favor", "favour") or noun.head.lower_ != "in":
        return False
    head = noun.head.head
    lemma = head.lemma_.lower()
    if lemma == "be":
        return record.speaker_kind == PERSON
    if lemma == "come":  # 'came out in favor of X', not 'The ruling came down in favor of Y'
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return lemma in _STANCE_HEADS and head.pos_ in ("VERB", "NOUN")
