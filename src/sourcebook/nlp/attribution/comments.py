"""The writer's words on a whole reported clause, which the parser hung inside the report: a
relative on the clause read as a second complement of the cue ('insist he is "focused on the day
job", which, in Westminster, is what people say when they are not'), and the 'when' of such a
free relative; a noun summing the report up read as a conjunct ('said staff falsified records,
allegations that have prompted an inquiry') or hung on the cue ('said X, a jab at Y'); the reporter's next act in
the past joined to a clause with a modal ('said he would "look into it" and offered a meeting')."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .char_spans import words_in
from .kids import children_of
from .quote_marks import quotes_of

#: where a writer sets words off after a report: a comma, with the closing quotation mark the
#: writer may put after it ('called it "a disgrace," an extraordinary rebuke'), or a dash
_SET_OFF = re.compile(r",(?:''|[\"”’'])*\s+|\s+(?:—|–|--)\s+|—|–")


def set_off_points(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The points in ``text[start:end]`` where words are set off, the last first: (where the
    words before end, where the words after start, whether a dash sets them off)."""
    found = [(m.start(), m.end(), "," not in m.group()) for m in _SET_OFF.finditer(text, start, end)]
    return [f for f in reversed(found) if f[0] > start]


def in_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` stands inside a quotation of ``text`` (``quotes.find_quotes``, found once
    per article: ``quote_marks``): the words are the speaker's own there."""
    return any(q.open < offset < q.close for q in quotes_of(text))


def clause_comment(clause: Token) -> bool:
    """A clause opened by 'which' as its subject, after a comma, that the parser hung on the cue
    beside the reported clause: a relative on the whole report, the writer's words ('said the vote
    was rigged, which is what losers say'); not a clause with a 'which' of its own deeper in it
    ('said which bills would pass')."""
    first = clause.left_edge
    doc = clause.doc
    return (first.lower_ == "which" and first.dep_ in ("nsubj", "nsubjpass") and first.head.i == clause.i
            and first.i > 0 and doc[first.i - 1].text == ",") or _summing_noun(clause)


def _summing_noun(clause: Token) -> bool:
    """A noun with 'a' or 'an', set off by a comma or a dash, that the parser hung on the cue as a
    second clause after the reported one: the writer's word on the report ('said the guard would "not
    be hurt," a jab at the recent scuffles', 'said he will not raise fees - a pledge he has made
    before'); not a clause, nor a noun with 'the' or none ('said X, the first time Y')."""
    first = clause.left_edge
    doc = clause.doc
    return (clause.pos_ == "NOUN" and first.lower_ in ("a", "an") and first.head.i == clause.i and first.i > 0
            and doc[first.i - 1].text in (",", "-", "--", "\u2014", "\u2013"))


def time_of_a_free_relative(verb: Token, clause: Token) -> bool:
    """'(is) what people say when they are not': the cue's object is the 'what' before it, which stands
    for what was said, so a clause after it opened by 'when' tells when it is said, no content
    (not 'did not say when X', whose verb has no such object)."""
    return clause.i > verb.i and clause.left_edge.tag_ == "WRB" and clause.left_edge.lower_ in ("when", "whenever") and any(
        c.dep_ == "dobj" and c.tag_ == "WP" and c.i < verb.i for c in children_of(verb))


def apposition_read_as_conjunct(text: str, doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without a noun after its last comma that has a relative clause and that the parser joined to the
    noun before as a conjunct though nothing coordinates them (no 'and' or 'or'): 'says staff falsified
    records, allegations that have prompted an inquiry' sums up the report in the writer's words (not
    'seized guns, cash and drugs that were hidden', a list with its 'and')."""
    comma = text.rfind(", ", span[0], span[1])
    after = words_in(doc, comma + 2, span[1], "contract") if comma > span[0] else None
    if after is None or len(after) < 3:
        return span
    noun = after[0]
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.i >= after.start or any(
            c.dep_ in ("cc", "preconj", "conj") for t in (noun.head, noun) for c in t.children if c.i != noun.i):
        return span
    # (the parser may hang the relative on the noun before: 'records, allegations [that X]')
    relative = next((c for t in (noun, noun.head) for c in t.children if c.dep_ == "relcl" and c.left_edge.i == noun.i + 1), None)
    if relative is None or relative.right_edge.i < after.end - 1:
        return span
    return span[0], comma


def past_beside_a_modal(verb: Token) -> bool:
    """'said he would "look into it" and offered a meeting': a simple past joined to a reported clause whose
    verb stands with a modal alone cannot share the modal (that would take 'offer'), so it goes on the cue,
    the reporter's next act (not 'would have looked into it and offered', whose participle shares 'have')."""
    aux = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    return verb.tag_ == "VBD" and verb.head.tag_ == "VB" and len(aux) == 1 and aux[0].tag_ == "MD"
