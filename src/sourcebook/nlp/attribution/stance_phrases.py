"""A noun cue of a stance in an 'in' phrase hung on a verb runs back to that verb: 'She spoke out in favor of
the levy' is cued by 'spoke out in favor of', 'The council voted in support of X' by 'voted in support of',
'He was always in favor of Y' by 'was always in favor of'.

The rules find such a report at the noun ('favor of'), which tells the stance but not how it was taken: by
speaking, arguing or voting. PolNeAR train marks the whole run from the verb (7 of 7 records of ours with
'in favor of'; 'has come out in support of', 'has long stood in opposition to' in its gold), and the verb of
saying in it makes the report one of speech. Only a noun of ``talk_stance_nouns.txt`` after 'in', a verb
(or copula) before it with the record's source for subject, and no punctuation between. Run on the records
kept, after the ranker has judged them by their own cue (``build``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...model import Attribution, Span
from ..lexicon import word_set
from .tables import text_of
from .token_at import token_starting_at

#: the words before the verb that the cue takes with it ('has spoken', 'was not', 'always voted')
_LEFT = ("aux", "auxpass", "neg", "advmod")
#: the longest run from the verb to the noun, in tokens ('raised about $58 million in support of')
_MOST = 8


def stance_phrases(doc: Doc, records: tuple[Attribution, ...]) -> tuple[Attribution, ...]:
    """``records`` with each cue of a stance noun after 'in' widened back to the verb the phrase hangs on."""
    nouns = word_set("attribution/talk_stance_nouns")
    return widened_back(doc, records, "in ", lambda d, record: _verb_start(d, record, nouns))


def widened_back(doc: Doc, records: tuple[Attribution, ...], before: str,
                 start_of: Callable[[Doc, Attribution], int | None]) -> tuple[Attribution, ...]:
    """``records`` with each cue right after the word ``before`` (with its space) opened where ``start_of`` says
    (a verb the phrase hangs on: here and in ``by_gerunds``), the others as they were."""
    text = text_of(doc)
    out: list[Attribution] | None = None
    for n, record in enumerate(records):
        cue = record.cue
        if cue is None or record.source is None or text[max(0, cue.start - len(before)) : cue.start] != before:
            continue
        start = start_of(doc, record)
        if start is None:
            continue
        if out is None:
            out = list(records)
        out[n] = replace(record, cue=Span.of(text, start, cue.end))
    return records if out is None else tuple(out)


def _verb_start(doc: Doc, record: Attribution, nouns: frozenset[str]) -> int | None:
    """Where the cue of ``record`` opens when it is a stance noun in an 'in' phrase on its source's verb, else None."""
    cue, source = record.cue, record.source
    assert cue is not None and source is not None
    noun = token_starting_at(doc, cue.start)
    if noun is None:
        return None
    prep = noun.head
    verb = prep.head
    if noun.lemma_.lower() not in nouns or noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    if verb.pos_ not in ("VERB", "AUX") or not 0 < prep.i - verb.i <= _MOST or any(t.is_punct for t in doc[verb.i : prep.i]):
        return None
    if not subject_is_source(verb, source.start, source.end):
        return None
    first = min([verb, *(c for c in verb.lefts if c.dep_ in _LEFT and verb.i - c.i <= 4 and c.idx >= source.end)],
                key=lambda t: t.i)
    return first.idx


def subject_is_source(verb: Token, start: int, end: int) -> bool:
    """Whether ``verb``'s subject is the source (or it has none and follows the source: '..., and voted in favor of')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return end <= verb.idx
    left, right = subjects[0].left_edge, subjects[0].right_edge
    if subjects[0].tag_ in ("WP", "WDT"):
        return end <= right.idx + len(right)  # ('Tolley, who was always in favor of X': the antecedent or 'who')
    return left.idx < end and start < right.idx + len(right)
