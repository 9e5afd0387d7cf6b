"""Patterns found in the twenty-third session (issue 12; docs/accuracy.md, "Twenty-second
pass"): misses read on PolNeAR train, and articles written about labour disputes, defence,
farming, schools, energy and mining, and faith and charity news. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- where the parser lost the subject

@pytest.mark.parametrize("text, cue, source, content", [
    ('Okonjo, a council ally, called the county\'s standards "strong."', "called", "Okonjo", ["the county's standards", "strong"]),
])
def test_a_verb_read_as_a_participle_of_the_name_before_its_apposition_has_that_name_as_subject(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(a.source.text, contents(a)) for a in found] == [(source, content)]


@pytest.mark.parametrize("text, source, content", [
    ("And yet every Friday, from 8 a.m. to noon, the former Orbis executive told The Daily Ledger, Marsh would chair a budget meeting.",
     "the former Orbis executive", "Marsh would chair a budget meeting"),
    ("Instead, the senator told reporters, her plan would cut fares in half.", "the senator", "her plan would cut fares in half"),
])
def test_a_fronted_report_closed_by_a_comma_holds_the_clause_after_it(nlp, text, source, content):
    found = records(nlp, text, "told")
    assert [(a.source.text, contents(a)[-1]) for a in found] == [(source, content)]


def test_a_fronted_clause_of_time_is_no_report(nlp):
    found = records(nlp, "When the mayor told the council, the room went quiet.")
    assert found == []
