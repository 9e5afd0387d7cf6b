"""Patterns of the fifty-second session (red team of the last hour's changes): an 'if' clause hung as an
adverbial clause on a verb of finding out is a condition, not an open question, so the verb in it still
reports ('will decide quickly if the auditors say X': ``open_questions.py``); a 'from' or 'to' phrase of
view is neither the writer's own ('To my mind, X') nor an imagined viewpoint ("From a beginner's
perspective, Y": ``viewpoints.py``); an unsourced 'Reportedly, X' leaves out the writer's own comment
joined after it ('..., but I haven't tried it': ``hearsay_tails.py``). Near misses of each change stay as
they were. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The board will decide the matter quickly if the auditors say the accounts are sound.", "say", "the auditors",
     "the accounts are sound"),
    ("Voters will find the plan attractive if the mayor says taxes will fall.", "says", "the mayor", "taxes will fall"),
    ("The committee will examine the bid more closely if rivals claim it breaks the rules.", "claim", "rivals",
     "it breaks the rules"),
])
def test_a_condition_under_a_verb_of_finding_out_still_reports(nlp, text, cue, source, content):
    ok, shown = found_report(records(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue", [
    ("It is unclear whether the defendant knew the car was stolen.", "knew"),
    ("Investigators are trying to determine whether the pilot told the tower that an engine had failed.", "told"),
    ("Whether or not she said it, the damage was done.", "said"),
])
def test_a_verb_in_an_open_question_still_reports_nothing(nlp, text, cue):
    assert [r for r in records(nlp, text) if r.cue is not None and cue in r.cue.text] == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator wondered aloud whether voters still trusted the party.", "wondered", "The senator",
     "whether voters still trusted the party"),
    ("The nurse asked if she could leave early to collect her son.", "asked", "The nurse",
     "if she could leave early to collect her son"),
])
def test_the_asking_or_wondering_itself_reports(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "To my mind, the best way to cook rice is in a pot with a tight lid.",
    "From my perspective, the new timetable is fair.",
    "From our perspective, the river is worth saving.",
    "From a beginner's perspective, the app is confusing.",
    "From a cost perspective, the plan makes sense.",
    "In view of the weather, the match was postponed.",
    "It was the telling moment of the night.",
])
def test_no_ones_viewpoint_is_no_record(nlp, text):
    assert top(nlp, text) == [], [(r.cue.text if r.cue else None, contents(r)) for r in top(nlp, text)]


@pytest.mark.parametrize("text, cue, source, content", [
    ("From the investors' perspective, the dividend cut is a betrayal.", "perspective", "the investors",
     "the dividend cut is a betrayal"),
    ("To the manager's mind, the penalty should never have been given.", "mind", "the manager",
     "the penalty should never have been given"),
    ("By the defendant's own admission, he had drunk four pints before driving.", "admission", "the defendant",
     "he had drunk four pints before driving"),
    ("In the founder's telling, the company began in a garage with two laptops.", "telling", "the founder",
     "the company began in a garage with two laptops"),
])
def test_a_named_holders_viewpoint_still_reports(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, content", [
    ("Reportedly, this trick works on most routers, but I haven't tried it.", "this trick works on most routers"),
    ("Reportedly, the harbour will close for a month, and we for one will miss it.", "the harbour will close for a month"),
])
def test_reportedly_leaves_out_the_writers_own_comment(nlp, text, content):
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "Reportedly"]
    assert [contents(r) for r in found] == [[content]], found


def test_reportedly_keeps_a_conjunct_of_the_report_itself(nlp):
    text = "Reportedly, talks collapsed after midnight, and both sides went home."
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "Reportedly"]
    assert [contents(r) for r in found] == [["talks collapsed after midnight, and both sides went home"]], found


@pytest.mark.parametrize("text, cue, source, content", [
    ("The judge told the court the defendant would plead guilty.", "told", "The judge", "the defendant would plead guilty"),
    ("Officials warned residents would face fines for burning rubbish.", "warned", "Officials",
     "residents would face fines for burning rubbish"),
    ("The chief executive put it to shareholders that the merger would pay off.", "put it", "The chief executive",
     "the merger would pay off"),
])
def test_object_clauses_and_put_it_to_still_read(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "She gave the children would be fine.",
    "He reported the theft to police would be investigated.",
    "The council put it to a vote, and the motion passed.",
    "He put it to the back of his mind.",
])
def test_odd_or_non_report_put_it_to_does_not_crash(nlp, text):
    found = top(nlp, text)
    assert all(r.cue is None or r.cue.text not in ("put it", "put") for r in found), found


def test_a_reference_number_to_quote_is_no_report(nlp):
    text = "Anyone with information should call police on 101, quoting incident 4471."
    assert [r for r in top(nlp, text) if r.cue is not None and "quot" in r.cue.text] == []
