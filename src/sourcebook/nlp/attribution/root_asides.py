"""Cue clauses set off by commas that the parser made the head of the sentence they sit in ('The
plan, as one of her aides put it, is dead': 'put' the root with 'is' its conjunct; 'Water bills, as
a spokesman told reporters, will double': 'will double' the complement of 'told'; 'The bridge, as
two engineers told the council, was unsafe': the aside a clause of 'was' with the subject outside it).
The words between the marks are the cue, its subject and its own addressee, time or manner
(``inset_asides.inset_clause``); what stands around them, the fronted subject with the predicate
after, is what was said (``asides._inset``), not only the part the parser hung on the cue."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..sentences import sentence_of
from .inset_asides import MARKS, inset_clause
from .lexicon import Lexicon

Spans = list[tuple[int, int]]


def with_the_words_before(around: Spans, verb: Token, inset: Callable[[], Spans]) -> Spans:
    """The pieces around a cue clause set off mid-sentence: ``around`` (what the parser's tree
    gives) unless it holds only words after the cue, when the inset clause's pieces, which keep
    the subject before it ('The bridge, as two engineers told the council, was unsafe': 'The
    bridge' is no part of the tree of 'told'), are found and the words before the clause are all the
    subject of the predicate after it (or a second subject the parser gave the cue); not an adverbial
    the parser left out ('Even then, he said, X')."""
    if not around or any(end <= verb.idx for _, end in around):
        return around
    found = inset()
    if not found or found[0][1] > verb.idx:
        return around
    sent = sentence_of(verb)
    subject = next((t for t in sent if t.i < verb.i and t.dep_ in ("nsubj", "nsubjpass") and t.head.i >= verb.i
                    and t.left_edge.idx == found[0][0]), None)
    if subject is None or subject.right_edge.idx + len(subject.right_edge) != found[0][1]:
        return around
    return found


def report_around_an_aside(lex: Lexicon, verb: Token, around: Callable[[], Spans]) -> Spans | None:
    """'Water bills, as a spokesman for the utility told reporters, will double': the predicate
    after a cue clause set off by commas, which the parser hung on the cue as its complement, is
    the rest of the sentence the clause sits in; what was said is that sentence around the clause
    (``around``), its subject before it too. None when the cue's complement is its own ('He told
    reporters, on the record, that X'; 'as he told reporters the plan was dead': no marks)."""
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
    if clause is None or clause.left_edge.i == 0 or verb.doc[clause.left_edge.i - 1].text not in MARKS:
        return None
    found = inset_clause(lex, verb)
    if found is None or found[1] != clause.left_edge.i - 1:
        return None
    pieces = around()
    return pieces if any(end <= verb.idx for _, end in pieces) else None
