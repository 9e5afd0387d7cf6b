"""Patterns found in the thirty-second session: appeals for information whose infinitive the
parser hung on the noun of the object's phrase ('asked anyone with information to call').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ------------------------------------------- an infinitive hung on the object's phrase


@pytest.mark.parametrize("text, cue, source, content", [
    ("Police asked anyone with information to call the tip line.", "asked", "Police",
     "anyone with information to call the tip line"),
    ("The family urged anyone with information to call the tip line.", "urged", "The family",
     "anyone with information to call the tip line"),
    ("Police are asking anyone with information to call the tip line.", "are asking", "Police",
     "anyone with information to call the tip line"),
    ("Detectives asked anyone with dashcam footage to come forward.", "asked", "Detectives",
     "anyone with dashcam footage to come forward"),
])
def test_an_appeal_for_information_reports_its_infinitive(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(a.source.text, contents(a)) for a in found] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "She asked the man with the power to decide.",  # the noun's own infinitive: no appeal
    "The mayor urged residents with a plan to leave.",
])
def test_a_noun_with_its_own_infinitive_makes_no_appeal(nlp, text):
    assert records(nlp, text, text.split()[2] if text.startswith("The") else text.split()[1]) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The council asked people in the area to avoid the road.", "asked", "people in the area to avoid the road"),
    ("Officers asked drivers on the M4 to slow down.", "asked", "drivers on the M4 to slow down"),
    ("The mayor urged residents who live near the river to leave.", "urged",
     "residents who live near the river to leave"),
])
def test_an_infinitive_the_parser_hung_on_the_verb_is_kept(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
