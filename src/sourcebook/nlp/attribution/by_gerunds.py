"""A gerund cue after 'by' hung right on a verb with no object runs back to that verb: 'The mayor concluded by
urging calm' is cued by 'concluded by urging', 'Ms. Ruiz responded first by saying X' by 'responded first by
saying', 'He followed up by asking Y' by 'followed up by asking'.

The rules find such a report at the gerund, the verb that takes the content; the verb before 'by' tells how
the speaker came to it, and PolNeAR train marks the whole run from it (12 of the 15 records of ours this
widens, the other 3 still matched by their content). With the verb's own object between ('launched his
campaign by saying', 'rallied thousands by promising') train keeps the gerund alone more often than not,
and it stays. Only a verb with the record's source for subject, and nothing but a particle, an adverb or a
time between it and 'by'. Run on the records kept, after the ranker has judged them by their own cue
(``build`` through ``topic_chains``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...model import Attribution
from .stance_phrases import subject_is_source, widened_back
from .token_at import token_starting_at

#: the words between the verb and 'by' ('followed up by', 'responded first by', 'countered Sunday by')
_BETWEEN = ("prt", "advmod", "npadvmod")
#: the verb's own object: the gerund is how it did that, not what was said next ('launched his campaign by X')
_OBJECTS = ("dobj", "obj", "dative", "ccomp", "xcomp", "attr", "oprd")
#: the words before the verb that the cue takes with it ('has responded', 'then concluded')
_LEFT = ("aux", "auxpass", "neg", "advmod")


def by_gerunds(doc: Doc, records: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """``records`` with each gerund cue after 'by' widened back to the verb the phrase hangs on."""
    return widened_back(doc, records, "by ", _verb_start)


def _verb_start(doc: Doc, record: Attribution) -> int | None:
    """Where the cue of ``record`` opens when it is a gerund after 'by' right on its source's verb, else None."""
    cue, source = record.cue, record.source
    assert cue is not None and source is not None
    gerund = token_starting_at(doc, cue.start)
    if gerund is None:
        return None
    by = gerund.head
    verb = by.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or by.lower_ != "by" or by.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if verb.i >= by.i or any(not (t.dep_ in _BETWEEN and t.head.i == verb.i) for t in doc[verb.i + 1 : by.i]):
        return None
    if any(c.dep_ in _OBJECTS or c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # (nor an infinitive, another's deed: 'pressured them to stop by threatening X')
    if not subject_is_source(verb, source.start, source.end):
        return None
    first = min([verb, *(c for c in verb.lefts if c.dep_ in _LEFT and verb.i - c.i <= 3 and c.idx >= source.end)],
                key=lambda t: t.i)
    while first.i < verb.i and any(t.is_punct for t in doc[first.i : verb.i]):
        first = doc[first.i + 1]  # (not an adverb set off: 'Bush, however, interjected by X')
    return first.idx
