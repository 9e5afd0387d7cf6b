"""Patterns found in the thirty-second session: a later mention's role ('the consultant') that
should reach the person the article named beside it. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ------------------------------------------- a role set before a name with 'of X' after it


@pytest.mark.parametrize("intro, later, name", [
    ("The consultant, Greg Hammond of Transit Solutions Group, spoke first.", "the consultant", "Greg Hammond"),
    ("The spokeswoman, Jane Lee of Acme Corp., spoke first.", "the spokeswoman", "Jane Lee"),
    ("The engineer, Priya Basu from Corran Water, gave evidence.", "the engineer", "Priya Basu"),
])
def test_the_role_before_a_name_with_its_body_after_reaches_the_name(nlp, intro, later, name):
    text = f"{intro} Prices will rise, {later} said."
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(name, "person")]


@pytest.mark.parametrize("intro, name", [
    ("The consultant, Greg Hammond, spoke first.", "Greg Hammond"),  # no body after the name: as before
    ("Greg Hammond of Transit Solutions Group spoke first.", None),  # no role given: 'the consultant' is someone else
])
def test_a_role_the_name_was_not_given_stays_a_description(nlp, intro, name):
    text = f"{intro} Parking is underpriced, the consultant said."
    found = records(nlp, text, "said")
    assert [a.speaker for a in found] == [name or "consultant"]


def test_a_relation_before_a_name_with_a_body_keeps_its_office(nlp):
    # 'His colleague, Councillor X of Y,': the office still names her, as before
    text = ("Dr Ian Reeve chaired the meeting. His colleague, Councillor Sarah Mehta of Harlow Council, "
            "spoke next. The councillor said the budget was tight.")
    found = records(nlp, text, "said")
    assert [a.speaker for a in found] == ["Sarah Mehta"]
