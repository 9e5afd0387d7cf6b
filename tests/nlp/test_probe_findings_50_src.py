"""Patterns of the fiftieth session (helper src): a cue whose holder a copula names (``copula_holders``).
'X is among those who say Y' and 'X was one of those who argued Y' are X's words, not a bare 'who'; a
participle the parser hung on 'record' in 'X is on record opposing Y' is X's stance, not the record's.
A relative clause on a noun that names the group keeps its 'who', and a 'who' clause that is the subject's
own stays. A past form of asking set off after a cue clause or right after 'when' is a passive with no
asker named (``asked_after``), not the speaker's question. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("Dana Reyes, a nurse from Dover, is among those who say they will not vote for the levy.",
     "say", "Dana Reyes, a nurse from Dover", "they will not vote for the levy"),
    ("Hale was one of those who argued that the pier should close.", "argued", "Hale", "the pier should close"),
    ("Both of the county's senators are on record opposing Mr. Vane's plan for closing the pier.",
     "opposing", "Both of the county's senators", "Mr. Vane's plan for closing the pier"),
    ("The chief is on record supporting the levy.", "supporting", "The chief", "the levy"),
])
def test_the_copulas_subject_holds_the_cue(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, content", [
    ("Reyes is among the critics who say the levy is unfair.", "say", "the levy is unfair"),
    ("Voters who say the levy is unfair are among those polled.", "say", "the levy is unfair"),
])
def test_a_who_that_stands_for_a_named_group_stays(nlp, text, cue, content):
    ok, shown = found_report(top(nlp, text), cue, "who", content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    '"It has been seven years," Hale said, asked about the delay.',
    '"We will see," Hale said when asked whether she would run.',
])
def test_a_set_off_passive_of_asking_names_no_asker(nlp, text):
    asked = [r for r in top(nlp, text) if r.cue is not None and r.cue.text.startswith("asked")]
    assert all(r.source is None for r in asked), [(r.cue.text, r.source.text if r.source else None) for r in asked]


@pytest.mark.parametrize("text, source", [
    ("Hale asked about the delay at the meeting.", "Hale"),
    ('"No," Hale said, and asked about the delay.', "Hale"),
    ("Hale, when she asked about the delay, was ignored.", "she"),
])
def test_one_who_asks_stays_the_source(nlp, text, source):
    asked = [r for r in top(nlp, text) if r.cue is not None and r.cue.text.startswith("asked")]
    assert asked and all(r.source is not None and r.source.text == source for r in asked), [
        (r.cue.text, r.source.text if r.source else None) for r in asked]
