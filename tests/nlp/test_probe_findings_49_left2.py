"""Patterns of the forty-ninth session (helper left2): leftovers seen once in written text. A name
and a participle set off after it that the parser read as the cue's complement clause ('"No," the
clerk, clearly tired, said': ``stranded_quotes``); a participle set off between a speaker and a
speech verb is no cue (``participle_asides``); a clause set off by commas between a cue and its 'that'
is no content (``set_off_clauses``); a weekday after a role noun is a time, not a name
(``weekday_appositions``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records, top


def test_a_name_read_as_the_subject_of_a_set_off_participle_is_the_cues(nlp):
    found = records(nlp, '"No," the driver, visibly shaken, said.')
    ok, listed = found_report(found, "said", "the driver", "No")
    assert ok, listed


def test_a_clause_with_an_auxiliary_before_the_cue_stays_the_content(nlp):
    found = records(nlp, "The driver was shaken, she said.")
    ok, listed = found_report(found, "said", "she", "The driver was shaken")
    assert ok, listed


@pytest.mark.parametrize("text, cue, source, content", [
    ('"Hold the line," the sergeant, pointing at the map, said.', "said", "the sergeant", "Hold the line"),
    ('"Get out," the guard, waving at the crowd, shouted.', "shouted", "the guard", "Get out"),
])
def test_a_participle_set_off_before_a_speech_verb_is_no_cue(nlp, text, cue, source, content):
    found = records(nlp, text)
    assert [r.cue.text for r in found if r.cue is not None] == [cue]
    ok, listed = found_report(found, cue, source, content)
    assert ok, listed


def test_a_participle_with_its_own_clause_stays_a_cue(nlp):
    found = records(nlp, "The senator, pointing out that turnout fell, said the race was close.")
    assert any(r.cue is not None and r.cue.text.startswith("pointing") for r in found)


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The chair said, as members jeered, that the vote would stand.", "said", "The chair", "the vote would stand"),
    ("The mayor told reporters, when the meeting ended, that talks had failed.", "told", "The mayor",
     "talks had failed"),
])
def test_a_clause_set_off_before_the_that_is_no_content(nlp, text, cue, source, expected):
    ok, listed = found_report(records(nlp, text), cue, source, expected)
    assert ok, listed


def test_a_set_off_condition_with_no_that_stays_in_the_content(nlp):
    (record,) = records(nlp, "She said, if elected, she would cut taxes.", "said")
    assert contents(record)[0].startswith("if elected")


@pytest.mark.parametrize("text, source, speaker", [
    ("The minister Friday said the plan was dead.", "The minister", "minister"),
    ("The mayor Tuesday told reporters the road would reopen.", "The mayor", "mayor"),
])
def test_a_weekday_after_a_role_is_a_time(nlp, text, source, speaker):
    found = top(nlp, text)
    assert [(r.source.text if r.source else None, r.speaker) for r in found] == [(source, speaker)]


def test_a_weekday_that_is_part_of_the_name_stays(nlp):
    found = records(nlp, "The Friday prayers imam said the mosque would stay open.")
    assert any(r.source is not None and "Friday" in r.source.text for r in found)
