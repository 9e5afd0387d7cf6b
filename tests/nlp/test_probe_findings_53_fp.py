"""Patterns of the fifty-third session (helper fp, records PolNeAR holds no report): polls in the plural
that name no pollster, count or maker ('has led in several recent polls', 'has a lead in Ohio polls',
'is trailing in the polls') are the writer's summary of the race, as 'in the polls' already was, and
source nothing (``surveys.py``). Near misses stay: one poll named or particular, polls a phrase or a
count names, and a phrase set off by a comma that frames the sentence. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


@pytest.mark.parametrize("text", [
    "The governor has been stuck in single digits in polls behind the two frontrunners.",
    "Ruiz has enjoyed a 20-point lead in Ohio polls for much of the winter.",
    "Ruiz has been dropping sharply in several recent polls.",
    "The councillor has gained ground in statewide surveys since the debate.",
    "Vane is only trailing by two points in the polls against Ruiz.",
])
def test_polls_in_general_source_nothing(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text.lower() == "in"] == []


@pytest.mark.parametrize("text, source, content", [
    ("Ruiz led Vane by eight points in two polls released Monday.", "two polls released Monday",
     "Ruiz led Vane by eight points"),
    ("In several recent polls, Ruiz leads Vane by double digits.", "several recent polls",
     "Ruiz leads Vane by double digits"),
    ("In a Corvale poll released Tuesday, 52 percent of voters backed the levy.", "a Corvale poll released Tuesday",
     "52 percent of voters backed the levy"),
])
def test_polls_named_counted_or_set_off_still_source(nlp, text, source, content):
    ok, shown = found_report(records(nlp, text), "in", source, content)
    assert ok, shown
