"""A report inside a quotation whose holder the ranker dropped is the quoted speaker's words, not
the writer's report (``orphaned_quotes.drop_orphaned``); records built by hand, so the rule is
tested apart from the parser and the ranker. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from sourcebook.model import Attribution, Span
from sourcebook.nlp.attribution.direct import QuoteIndex
from sourcebook.nlp.attribution.orphaned_quotes import drop_orphaned
from sourcebook.nlp.attribution.quote_marks import quotes_of

FIRST_SECOND = frozenset(["i", "we", "you"])


def _record(text: str, rid: str, source: str | None, cue: str, content: str, parent: str | None = None) -> Attribution:
    def span(words: str) -> Span:
        start = text.index(words)
        return Span.of(text, start, start + len(words))

    return Attribution(id=rid, kind="indirect", source=span(source) if source else None, cue=span(cue),
                       contents=(span(content),), parent=parent)


def _kept(text: str, *records: Attribution) -> list[str]:
    found = drop_orphaned(tuple(records), QuoteIndex(list(quotes_of(text))), FIRST_SECOND)
    return [r.cue.text for r in found if r.cue is not None]


@pytest.mark.parametrize("text, source, cue, content", [
    # a third person's report in a closed quotation
    ('"They promised to fix the roof by May, and nobody came," the tenant said.', "They", "promised",
     "to fix the roof by May"),
    # the quoted speaker's own view ('I think'), the quotation open over several paragraphs
    ('"We waited all winter. I think the landlord never meant to pay.\n\n"Then the rent went up."', "I", "think",
     "the landlord never meant to pay"),
])
def test_a_report_set_free_inside_a_quotation_is_dropped(text, source, cue, content):
    assert _kept(text, _record(text, "a1", source, cue, content)) == []


def test_a_held_report_and_the_writers_report_stay():
    text = 'Ms. Lindqvist said the board would meet. "They promised to fix the roof," the tenant said.'
    outer = _record(text, "a1", "the tenant", "said", "They promised to fix the roof")
    inner = _record(text, "a2", "They", "promised", "to fix the roof", parent="a1")
    writer = _record(text, "a3", "Ms. Lindqvist", "said", "the board would meet")
    assert _kept(text, writer, outer, inner) == ["said", "said", "promised"]


@pytest.mark.parametrize("text, source, cue, content", [
    # the closing mark forgotten: the clerk's statement before the cue stays
    ('"The count is final and the seats are filled, said the clerk of the county board.', "the clerk",
     "said", "The count is final and the seats are filled"),
    # a transcript's turn, the transcript quoted whole
    ('"HARLOW: We will not vote for the levy this year."', "HARLOW", ":", "We will not vote for the levy this year"),
])
def test_an_unclosed_statement_and_a_transcript_turn_stay(text, source, cue, content):
    assert _kept(text, _record(text, "a1", source, cue, content)) == [cue]


def test_the_ids_are_numbered_again():
    text = 'Ms. Lindqvist said the board would meet. "They promised to fix the roof, and nobody came."'
    writer = _record(text, "a1", "Ms. Lindqvist", "said", "the board would meet")
    freed = _record(text, "a2", "They", "promised", "to fix the roof")
    after = _record(text, "a3", "Ms. Lindqvist", "meet", "the board would meet", parent="a1")
    found = drop_orphaned((writer, freed, after), QuoteIndex(list(quotes_of(text))), FIRST_SECOND)
    assert [(r.id, r.parent) for r in found] == [("a1", None), ("a2", "a1")]
