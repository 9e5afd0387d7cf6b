"""Patterns of the thirty-fifth session (helper R1a): the writer's words kept in a content. A
connective opening the sentence ('Meanwhile,', 'Yet', 'But'), a relative on the whole report read as
a second clause of the cue ('..., which is what people say'), a noun summing the report up that the
parser joined as a conjunct ('records, allegations that X'), and the reporter's next act in the past
after a clause with a modal ('said he would X and offered Y'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a connective opening the sentence


@pytest.mark.parametrize("text, cue, content", [
    ("Meanwhile, the city would lose $3 million, according to the budget office.", "according to",
     "the city would lose $3 million"),
    ("Yet her government has held talks with the rebels, according to documents seen by the paper.", "according to",
     "her government has held talks with the rebels"),
    ("However, the depot will close in June, the union said.", "said", "the depot will close in June"),
    ("But the ferry never left the harbour, the coastguard said.", "said", "the ferry never left the harbour"),
    ("Instead, the money went to consultants, according to the auditor.", "according to",
     "the money went to consultants"),
])
def test_the_writers_connective_is_no_part_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ('"But we will not give up," the coach said.', "said", "But we will not give up"),
    ("Yet another delay is likely, the engineers said.", "said", "Yet another delay is likely"),
    ("The city would meanwhile lose $3 million, according to the budget office.", "according to",
     "The city would meanwhile lose $3 million"),
])
def test_a_connective_of_the_speaker_or_inside_the_clause_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- the writer's relative on the whole report


def test_a_relative_on_the_whole_report_is_the_writers(nlp):
    text = ("Friends of Mr Boyd insist he is 'focused on the day job', which, in Westminster, is what people say "
            "when they are not.")
    assert [(a.cue.text, contents(a)) for a in records(nlp, text)] == [("insist", ["he is 'focused on the day job'"])]


def test_what_people_say_when_is_no_report(nlp):
    assert records(nlp, "That is what people say when they are nervous.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("She said the plan, which was drafted in May, would fail.", "said", "the plan, which was drafted in May, would fail"),
    ("The mayor did not say when the bridge would reopen.", "did not say", "when the bridge would reopen"),
])
def test_a_relative_inside_the_report_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a noun summing the report up


def test_a_noun_summing_up_the_report_read_as_a_conjunct_is_the_writers(nlp):
    text = "A nurse says staff falsified records, allegations that have prompted an inquiry."
    assert [contents(a) for a in records(nlp, text, "says")] == [["staff falsified records"]]


def test_a_list_with_its_and_stays(nlp):
    text = "Police said officers seized guns, cash and drugs that were hidden in the loft."
    assert [contents(a) for a in records(nlp, text, "said")] == [
        ["officers seized guns, cash and drugs that were hidden in the loft"]]


# ---------------------------------------------------------------- the reporter's act after a modal clause


@pytest.mark.parametrize("text", [
    "The minister said he would 'look into it' and offered a meeting with the families.",
    "The minister said he would look into it and offered a meeting with the families.",
])
def test_a_past_after_a_modal_clause_is_the_reporters_act(nlp, text):
    assert [contents(a) for a in records(nlp, text, "said")] == [[text[text.index("he would"):text.index(" and offered")]]]


@pytest.mark.parametrize("text, content", [
    ("The minister said he would look into it and offer a meeting with the families.",
     "he would look into it and offer a meeting with the families"),
    ("The minister said he would have looked into it and offered a meeting.",
     "he would have looked into it and offered a meeting"),
])
def test_a_verb_sharing_the_modal_stays_in_the_report(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]
