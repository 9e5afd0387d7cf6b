"""Patterns of the fortieth session (helper nocand): an object that is what a verb of saying says
although the verb's object in general is not (``told``). A story, a tale or a joke told is the
report ('told the story of how X', 'The network told a different tale'; 'tell' otherwise takes the
one addressed, 'told reporters'), and so is a charge brought with 'with' ('Prosecutors charged
the clerk with fraud'; not a price charged, nor a story named again with 'that', 'told me that
story', nor a story still to tell, 'a chance to tell their own story'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("She often tells the story of how the mayor persuaded her to join the council.", "tells", "She",
     "the story of how the mayor persuaded her to join the council"),
    ("His neighbour told stories of how both boys sang in the choir.", "told", "His neighbour",
     "stories of how both boys sang in the choir"),
    ("The network told a slightly different tale.", "told", "The network", "a slightly different tale"),
    ("Prosecutors charged the clerk with fraud on Tuesday.", "charged", "Prosecutors", "the clerk with fraud"),
])
def test_a_story_told_or_a_charge_brought_is_the_report(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue", [
    ("The bakery charged customers $5 with every order.", "charged"),  # a price
    ("He told me that story himself.", "told"),  # a story named again
    ("The battery was charged with solar power.", "charged"),
    ("The film is a chance for the villagers to tell their own story.", "to tell"),  # not told yet
])
def test_no_report_in_a_price_or_a_story_named_again(nlp, text, cue):
    assert not [r for r in records(nlp, text, cue) if r.parent is None]
