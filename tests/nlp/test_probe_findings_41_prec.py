"""Patterns of the forty-first session (helper prec): a time or a place holds nothing. A stretch of
time as the subject ('Only time will tell if X', 'The next few days will show whether X', 'The past
year has shown that X') is the writer's account of what happened, no one's report; a place, a
building or an event that witnesses, sees or suffers a thing ('The town's old churches have
witnessed considerable damage') lives through it and holds no view of it (``scenes.py``). People
who witness a thing still do, a place seen as something holds a view (its government's), and a
document still shows what it shows. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text", [
    "Only time will tell if the new stadium pays for itself.",
    "The next few days will show whether the ceasefire holds.",
    "The past year has shown that the scheme works.",
    "The town's old churches have witnessed considerable damage during the fighting.",
    "The historic sites of the old quarter have witnessed heavy shelling.",
])
def test_a_time_or_a_place_holds_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, cue", [
    ("Residents have witnessed considerable damage to their homes.", "Residents", "have witnessed"),
    ("The city sees the levy as unfair to small shops.", "The city", "sees"),
    ("The report shows that crime fell last year.", "The report", "shows"),
])
def test_people_a_view_and_a_document_still_hold(nlp, text, source, cue):
    found = records(nlp, text, cue)
    assert [r.source.text for r in found if r.source is not None] == [source]
