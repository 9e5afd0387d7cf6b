"""Patterns of the fiftieth session (helper lefta): leftovers seen once or twice in written text. A state set
off between a quotation's speaker and the cue is no clause of its own, also read as a past form or hung on the
quoted clause (``stranded_quotes``); a that-clause the parser hung on a set-off 'when asked' is the verb of
saying's (``set_off_occasions``); a name read as a compound of a bare weekday before its verb is the verb's
subject (``weekday_subjects``); a participle set off before a verb that is a cue beside a quotation is no cue
(``participle_asides``); a quotation before 'came the shout' is a report (``came_replies``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, expected", [
    ('"We will rebuild," the mayor, clearly moved, told reporters.', "told", "the mayor", "We will rebuild"),
    ('"The plan failed," the manager, clearly embarrassed, told the board.', "told", "the manager", "The plan failed"),
    ('"The talks are over," the envoy, clearly frustrated, told reporters.', "told", "the envoy", "The talks are over"),
    ('"No," the driver, visibly shaken, said.', "said", "the driver", "No"),
])
def test_a_set_off_state_between_speaker_and_cue(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The minister told reporters, when asked, that the plan would go ahead.", "told", "The minister",
     "the plan would go ahead"),
    ("The senator told reporters, when asked about the vote, that she would wait.", "told", "The senator",
     "she would wait"),
    ("The chief told officers, when asked, that the case was closed.", "told", "The chief", "the case was closed"),
])
def test_a_that_clause_past_a_set_off_when_asked_is_the_cues(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]
    assert records(nlp, text, "asked") == []


@pytest.mark.parametrize("text, source, expected", [
    ("Ames Monday said the vote would wait.", "Ames", "the vote would wait"),
    ("Governor Hale Friday said she would veto the bill.", "Governor Hale", "she would veto the bill"),
    ("Sen. John Ames Monday said the vote would wait.", "Sen. John Ames", "the vote would wait"),
])
def test_a_name_before_a_bare_weekday_is_the_cues_subject(nlp, text, source, expected):
    (record,) = records(nlp, text, "said")
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


@pytest.mark.parametrize("text", [
    "Senator Ames on Friday said nothing.",
    "Officials Thursday said nothing about the cause.",
    "Last Monday said it all.",
])
def test_saying_nothing_or_a_weekday_alone_is_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    '"Hold the line," the sergeant, pointing at the map, ordered.',
    '"Move," the officer, pointing at the door, commanded.',
])
def test_a_participle_set_off_before_a_quotation_verb_is_no_cue(nlp, text):
    assert records(nlp, text, "pointing") == []


@pytest.mark.parametrize("text, cue, expected", [
    ('"Halt!" the officer commanded.', "commanded", "Halt!"),
    ('"Hold the line," the sergeant ordered.', "ordered", "Hold the line"),
])
def test_an_order_beside_a_quotation_reports_it(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [expected]


@pytest.mark.parametrize("text, cue, source, expected", [
    ('"Fire!" came the shout from the ridge.', "came the shout", None, "Fire!"),
    ('"Back!" came the order.', "came the order", None, "Back!"),
    ('"Help!" came the cry from the river.', "came the cry", None, "Help!"),
    ('"Run!" came the warning from the captain.', "came the warning", "the captain", "Run!"),
])
def test_a_quotation_before_came_the_shout(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert (record.source.text if record.source else None) == source
    assert contents(record) == [expected]


@pytest.mark.parametrize("text", [
    "Rain came from the ridge.",
    "The order came from the general.",
    "The mayor, clearly moved, thanked the volunteers.",
])
def test_no_quotation_no_report_of_it(nlp, text):
    assert all(r.cue is None or not r.cue.text.startswith("came") for r in records(nlp, text))
    assert all(r.cue is None or r.cue.text != "moved" for r in records(nlp, text))
