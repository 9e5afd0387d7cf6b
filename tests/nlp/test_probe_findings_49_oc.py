"""Patterns of the forty-ninth session (helper oc): a verb of saying joined by 'but' to the clause a
verb of conceding reports is the reporter's next report, set against the concession, even when the
conceded clause is in the perfect and has a subject who could speak ('conceded that the referee had
seen the foul but implied X': the coach implied; ``concessions``, ``concession_verbs.txt``). The
conceded clause ends before 'but'. Not a 'but' verb that reports nothing ('conceded the team had
played badly but still won'), nor a second clause with a subject of its own. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, first_cue, source, first, second_cue, second", [
    ("The coach conceded that the referee had seen the foul but implied that the linesman was to blame.",
     "conceded", "The coach", "the referee had seen the foul", "implied", "the linesman was to blame"),
    ("The firm acknowledged that its chief has given paid talks since March but declined to provide a list of fees.",
     "acknowledged", "The firm", "its chief has given paid talks since March", "declined", "to provide a list of fees"),
    ("The minister admitted the scheme had been rushed but insisted it would save money.",
     "admitted", "The minister", "the scheme had been rushed", "insisted", "it would save money"),
])
def test_a_report_set_against_a_concession_is_the_reporter_s(nlp, text, first_cue, source, first, second_cue, second):
    found = top(nlp, text)
    ok, shown = found_report(found, first_cue, source, first)
    assert ok, shown
    assert [contents(r) for r in found if r.cue is not None and r.cue.text == first_cue] == [[first]]
    ok, shown = found_report(found, second_cue, source, second)
    assert ok, shown


def test_a_but_verb_reporting_nothing_stays_in_the_conceded_clause(nlp):
    text = "The manager conceded the team had played badly but still won the match."
    found = top(nlp, text)
    assert [contents(r) for r in found if r.cue is not None and r.cue.text == "conceded"] == [
        ["the team had played badly but still won the match"]]
    assert all(r.cue is None or r.cue.text == "conceded" for r in found)


def test_a_second_speaker_after_but_keeps_its_own_source(nlp):
    text = "The driver admitted he had been speeding but the police said he was sober."
    found = top(nlp, text)
    ok, shown = found_report(found, "admitted", "The driver", "he had been speeding")
    assert ok, shown
    ok, shown = found_report(found, "said", "the police", "he was sober")
    assert ok, shown
