"""Patterns of the forty-ninth session (helper bnd): the occasion an object content was spoken on, which
ends it. A medium counted rather than named ('in other interviews', 'in several speeches') is where the
words were said, as 'in an interview' is (``spoken_at``); so is a meeting the lexicon's occasions now name
('at a town hall', 'at a forum', 'at a summit': ``circumstance_nouns.txt``). A named medium and a place
inside a reported clause stay. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The chief has touted a cautious approach in other interviews.", "has touted", "The chief", "a cautious approach"),
    ("The senator repeated her position at a town hall in Dover.", "repeated", "The senator", "her position"),
    ("The mayor defended the levy at a forum in Leeds.", "defended", "The mayor", "the levy"),
    ("The minister praised the nurses at a summit on Tuesday.", "praised", "The minister", "the nurses"),
])
def test_an_occasion_or_a_counted_medium_ends_an_object_content(nlp, text, cue, source, content):
    found = top(nlp, text)
    ok, shown = found_report(found, cue, source, content)
    assert ok, shown
    assert all(contents(r) == [content] for r in found if r.cue is not None and r.cue.text == cue)


def test_a_place_inside_a_reported_clause_stays(nlp):
    text = "The mayor said the hall would close in March."
    ok, shown = found_report(top(nlp, text), "said", "The mayor", "the hall would close in March")
    assert ok, shown


def test_a_topic_after_the_object_is_no_occasion(nlp):
    text = "The coach praised the volunteers for their work at the stadium."
    (record,) = [r for r in top(nlp, text) if r.cue is not None and r.cue.text.startswith("praised")]
    assert contents(record) != [] and "volunteers" in " ".join(contents(record))
