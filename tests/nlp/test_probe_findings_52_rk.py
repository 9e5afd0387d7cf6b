"""Patterns of the fifty-second session (helper rk): a verb of talking or asking whose 'about' phrase is
what was said ('The harbour master spoke about the mooring fees', 'Asked about the delay, X';
``talked_about``, ``about_verbs.txt``) is a form the ranker's threshold does not judge. The tests raise the
threshold above every probability, so that only the forms it does not judge are shown. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The harbour master spoke about the new mooring fees.", "spoke about", "The harbour master",
     "the new mooring fees"),
    ("The warden commented briefly about the broken gate.", "commented briefly about", "The warden",
     "the broken gate"),
    ("The witness testified about the night of the fire.", "testified about", "The witness",
     "the night of the fire"),
    ("The pilot talked to the tower about the storm.", "talked", "The pilot", "about the storm"),
])
def test_a_talk_about_a_topic_is_kept_whatever_the_threshold(unjudged, text, cue, source, content):
    ok, shown = found_report(top(unjudged, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, content", [
    ("Asked about the delay, the minister blamed the weather.", "Asked about", "the delay"),
    ("The inspector was questioned about the missing ledgers.", "was questioned about", "the missing ledgers"),
])
def test_a_question_put_about_a_topic_is_kept_whatever_the_threshold(unjudged, text, cue, content):
    found = [r for r in top(unjudged, text) if r.cue is not None and r.cue.text == cue]
    assert [[c.text for c in r.contents] for r in found] == [[content]]


@pytest.mark.parametrize("text", [
    "The farmers did not talk about the drought.",
    "He knew about the leak.",
    "The twins fought about the bicycle.",
    "The teacher lectured the class about fractions.",
    "The story is about a lost dog.",
    "The children spoke French at the table.",
])
def test_no_talk_or_no_topic_is_left_to_the_threshold(unjudged, text):
    found = top(unjudged, text)
    assert found == [], [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found]


@pytest.mark.parametrize("text", [
    "Press 5 to hear the gardener talk about the rose beds.",
    "Click here to hear the mayor talk about the new park.",
    "Talk about your worries with a friend.",
])
def test_a_talk_bidden_or_offered_is_left_to_the_threshold(unjudged, text):
    found = top(unjudged, text)
    assert found == [], [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found]
