"""Patterns of the forty-ninth session (helper left): leftovers seen once or twice in written text. A
quotation before 'came the reply' is a report, its source the 'from' phrase when it names someone
(``came_replies``); 'answered X with Y' names an act and no words (``answered_with``); a transcript's
'>>' mark is no part of the turn's speaker; a cue clause and its quotation set off in brackets keep to
them (``bracketed_quotes``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ('"We\'ll see," came the reply.', "came the reply", "We'll see"),
    ('"Never," came the answer from the back of the hall.', "came the answer", "Never"),
])
def test_a_quotation_before_came_the_reply_has_no_named_source(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is None
    assert contents(record) == [expected]


@pytest.mark.parametrize("text, cue, source, expected", [
    ('"No," came the reply from the minister.', "came the reply", "the minister", "No"),
    ('"Why not?" came the response from Senator Diaz.', "came the response", "Senator Diaz", "Why not?"),
])
def test_a_quotation_before_came_the_reply_from_someone(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


@pytest.mark.parametrize("text", [
    "The reply came from the minister on Friday.",
    "An answer came in the post.",
])
def test_a_reply_that_came_with_no_quotation_is_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Clinics answered the rise with longer hours.",
    "She answered the question with a shrug.",
    "Support for the bill came from donors.",
])
def test_an_answer_with_an_act_is_no_report(nlp, text):
    assert records(nlp, text) == []


def test_an_answer_with_words_stays(nlp):
    (record,) = records(nlp, "The minister answered the charge with a flat denial.", "answered")
    assert contents(record) == ["the charge with a flat denial"]


def test_a_transcripts_turn_mark_is_no_part_of_the_speaker(nlp):
    text = (">> ANCHOR: The storm is moving east tonight.\n"
            ">> REPORTER: Winds here have already reached sixty miles an hour.\n")
    found = records(nlp, text, ":")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("ANCHOR", ["The storm is moving east tonight"]),
        ("REPORTER", ["Winds here have already reached sixty miles an hour"]),
    ]


def test_a_cue_clause_and_its_quotation_in_brackets_keep_to_them(nlp):
    (record,) = records(nlp, 'The mayor (asked later, she said: "Not yet") left the hall.', "said")
    assert record.source is not None and record.source.text == "she"
    assert contents(record) == ["Not yet"]


def test_a_quotation_inside_brackets_that_does_not_close_them_is_left_alone(nlp):
    (record,) = records(nlp, 'The mayor (who said "never" twice) left the hall.', "said")
    assert contents(record) == ["never"]
