"""Patterns of the forty-sixth session (helper redteam): written probes that try to break the
session's new rules, and the tightenings they called for. 'With the support of X' is as often help
(labour, money, a tool) as a side taken, so ``won_support`` reads no holder from its 'of' phrase
('built with the support of volunteers'), while 'has the support of X' and 'with support among X'
still give records. ``stated_reasons`` joins no reason to one word said ('said little because she
was ill': the writer's account of why). ``quoted_sequels`` joins no name the writer gives ('the
case known as "X."') nor a deed the writer tells in the simple past ('He drank "X."').
``headline_acts`` makes no act of saying of a verb with a particle that makes it another's ('Calls
Off Strike'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "The museum was built with the support of volunteers.",
    "The theatre reopened with the support of a grant from the lottery fund.",
    "The farm survived with the support of neighbours who brought food.",
])
def test_with_the_support_of_is_help_not_a_side(nlp, text):
    assert records(nlp, text, "support") == []


@pytest.mark.parametrize("text, source, content", [
    ("The mayor has strong support among farmers.", "farmers", "The mayor"),
    ("Mr Ortiz earned the backing of two senators.", "two senators", "Mr Ortiz"),
    ("The coalition gained the backing of three small parties.", "three small parties", "The coalition"),
])
def test_support_had_or_won_still_reports(nlp, text, source, content):
    found = [r for r in records(nlp, text) if r.cue is not None and r.cue.text in ("support", "backing")]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("The judge said little because she was ill.", "said", ["little"]),
    ("The minister said she would resign because the party had lost faith in her.", "said",
     ["she would resign because the party had lost faith in her"]),
    ("The doctor said the patient could go home if his fever stayed down.", "said",
     ["the patient could go home if his fever stayed down"]),
])
def test_a_reason_joins_a_clause_said_not_one_word(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1 and contents(found[0]) == content


@pytest.mark.parametrize("text, content", [
    ('"The law is clear," the judge said. It has been clear since the 1990 case known as "the river dispute."',
     ["The law is clear"]),
    ('"The water is safe," he said. He drank "a full glass of it in front of us."', ["The water is safe"]),
    ('"It is over," she said. Then she left the room and went "home to her family and friends."', ["It is over"]),
])
def test_the_writers_next_sentence_that_names_or_narrates_stays_out(nlp, text, content):
    found = records(nlp, text, "said")
    assert len(found) == 1 and contents(found[0]) == content


def test_the_writers_next_sentence_that_goes_on_still_joins(nlp):
    found = records(nlp, '"It was a hard year," she said. It was "a year I would rather forget."', "said")
    assert len(found) == 1 and contents(found[0])[-1].startswith("It was")


def test_a_headline_verb_with_a_particle_is_no_second_act(nlp):
    text = "Union Claims Victory And Calls Off Strike\nThe union met on Friday."
    assert records(nlp, text, "Calls") == []


def test_a_headline_second_act_still_splits(nlp):
    text = "Minister Says Schools Will Reopen, Promises Extra Funds\nThe minister spoke on Friday."
    found = records(nlp, text, "Promises")
    assert len(found) == 1 and contents(found[0]) == ["Extra Funds"]


@pytest.mark.parametrize("text", [
    "The app has wide support among Android phones.",
    "The new format already enjoys support among most laptops and tablets.",
])
def test_devices_hold_no_view(nlp, text):
    # (devices say and hold nothing: ``mute_subjects.txt``; 'support among' them is compatibility)
    assert records(nlp, text) == []
