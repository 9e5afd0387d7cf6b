"""Patterns found in the thirty-third session: negated speech whose negation hangs outside the
cue verb's own words ('neither admitted nor denied', 'without admitting or denying') must not be
reported as the act the text denies. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("Ferris neither admitted nor denied the allegations.", "neither admitted nor denied", "the allegations"),
    ("Dalby neither confirmed nor denied that he would run for mayor.", "neither confirmed nor denied",
     "he would run for mayor"),
    ("Dalby neither confirmed the report nor denied that he would run.", "nor denied", "he would run"),
])
def test_a_cue_negated_from_outside_holds_its_negation(nlp, text, cue, content):
    found = [a for a in records(nlp, text) if content in contents(a)]
    assert [a.cue.text for a in found] == [cue]


@pytest.mark.parametrize("text", [
    "Kellner paid the fine without admitting or denying the allegations.",
    "Halvorsen agreed to the penalty without admitting or denying the allegations.",
])
def test_a_gerund_joined_to_one_of_without_reports_nothing(nlp, text):
    assert [a.cue.text for a in records(nlp, text) if "the allegations" in contents(a)] == []


@pytest.mark.parametrize("text, cue", [
    ("The minister denied the allegations.", "denied"),
    ("Ferris never denied the allegations.", "never denied"),
    ("Ferris admitted and denied the allegations in turn.", "denied"),
    ("She did not say which doses would be affected first.", "did not say"),
    ("Officials declined to comment on the talks.", "declined to comment on"),
])
def test_a_cue_with_its_own_or_no_negation_stays(nlp, text, cue):
    assert len(records(nlp, text, cue)) == 1


def test_a_negated_subject_keeps_the_record(nlp):
    # 'Neither company would comment': the negation is in the source, which the record shows
    found = records(nlp, "Neither company would comment on the reports.", "would comment on")
    assert [a.source.text for a in found] == ["Neither company"]


def test_a_far_nor_stays_out_of_the_cue(nlp):
    # 'nor' opening a clause with its own subject: the cue does not run over the clause before it
    text = "Ames did not name the donors, nor did she say how much they gave."
    # (nor the auxiliary set before the subject: ``questions.before_the_subject``)
    assert [a.cue.text for a in records(nlp, text) if "how much they gave" in contents(a)] in ([], ["say"])
