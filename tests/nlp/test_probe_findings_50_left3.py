"""Patterns of the fiftieth session (helper left3): leftovers seen once in written text. A bare state set
off by commas after a speaker that the parser read as a relative clause before a cue with an object
('"...," the treasurer, clearly frustrated, told reporters': ``set_off_states``), and a quotation with no
verb of its own whose speaker and aside the parser hung on the quoted words ('"Not tonight," the porter,
waving his hand, sighed': ``verbless_quotes`` through ``hung_cues``), and a condition the parser hung on the cue
before the content's 'that' ('She said, if elected, that X': ``set_off_clauses``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records


@pytest.mark.parametrize("text, cue, source, content", [
    ('"The fund is empty," the treasurer, clearly frustrated, told reporters.', "told", "the treasurer",
     "The fund is empty"),
    ('"We are done," the coach, visibly angry, told the press.', "told", "the coach", "We are done"),
    ('"The fund is empty," the treasurer, frustrated, told the board.', "told", "the treasurer", "The fund is empty"),
])
def test_a_state_read_as_a_relative_clause_is_no_part_of_the_source(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


def test_a_relative_clause_with_its_own_subject_stays_in_the_source(nlp):
    found = records(nlp, "The treasurer, who was frustrated, told reporters the fund was empty.")
    assert any(r.source is not None and "who was frustrated" in r.source.text for r in found)


@pytest.mark.parametrize("text, cue, source, content", [
    ('"Not tonight," the old porter, waving his hand, sighed.', "sighed", "the old porter", "Not tonight"),
    ('"Never again," the farmer, shaking his head, muttered.', "muttered", "the farmer", "Never again"),
    ('"Too late," the guard, looking at his watch, muttered.', "muttered", "the guard", "Too late"),
])
def test_a_verbless_quotation_before_a_speaker_and_an_aside_is_the_cues(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


def test_a_cue_with_its_own_subject_keeps_it(nlp):
    found = records(nlp, '"Not tonight," the porter sighed, waving his hand.')
    ok, listed = found_report(found, "sighed", "the porter", "Not tonight")
    assert ok, listed


def test_a_verbless_quotation_before_an_act_is_no_report(nlp):
    found = records(nlp, '"Not tonight," the old porter, waving his hand, left.')
    assert not any(r.cue is not None and r.cue.text == "left" for r in found)


@pytest.mark.parametrize("text, cue, condition", [
    ("She said, if elected, that she would cut taxes.", "said", "if elected"),
    ("The mayor warned, if the river rose, that the bridge would close.", "warned", "if the river rose"),
])
def test_a_condition_hung_on_the_cue_before_the_that_stays_in_the_content(nlp, text, cue, condition):
    (record,) = records(nlp, text, cue)
    assert contents(record)[0].startswith(condition)


def test_a_time_hung_on_the_cue_before_the_that_stays_out(nlp):
    (record,) = records(nlp, "She said, when asked, that she would cut taxes.", "said")
    assert contents(record) == ["she would cut taxes"]
