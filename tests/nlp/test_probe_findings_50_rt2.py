"""Patterns of the fiftieth session (helper rt2): the changes merged that half hour read on passages of our own.
A verb of saying with its particle reports its object, but not a thing or a place pointed at or gone to
('pointed out the old mill', 'talked up the stairs': ``shown_nouns.txt``, ``particle_objects``); a machine
subject with a firm's name set beside it is that firm ('The printer, Acme Print Ltd, said X': ``mute``); an
'Example:' sentence whose subject names a real body or a person in full is a news explainer's report, not a
dictionary's made-up example (``usage_examples``).
The act cues, the copula holders, the asking participle, the seat before a name and the sound non-news
checks keep their near misses. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text", [
    "The mayor pointed out the window at the flooded street below.",
    "She talked up the stairs to the attic with her brother.",
    "The guide pointed out the old mill on the far bank.",
    "The manager pointed out the exit to the visitors.",
    "The tour guide pointed out the cathedral's spire as the bus passed.",
    "The midfielder was ruled out of the match with a hamstring injury.",
])
def test_a_thing_or_place_shown_is_no_content(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The councillor pointed out the cost of the new bridge, which has doubled since 2019.", "pointed out",
     "The councillor", "the cost of the new bridge"),
    ("The chief executive talked up the company's prospects at the annual meeting.", "talked up",
     "The chief executive", "the company's prospects"),  # (the meeting where it was said: ``occasion_ends``)
    ("The minister did not rule out a meeting with the rebels.", "rule out", "The minister", "a meeting with the rebels"),
    ("The printer, Acme Print Ltd, said the strike would delay the magazine.", "said", "The printer, Acme Print Ltd",
     "the strike would delay the magazine"),
    ("The explainer lists the pledges.\nExample: Labour said it would scrap the fee.", "said", "Labour",
     "it would scrap the fee"),
    ("Example: Dana Reyes told the court she had never seen the letter.", "told", "Dana Reyes",
     "she had never seen the letter"),
    ("The sensor maker said the chips were safe.", "said", "The sensor maker", "the chips were safe"),
    ("The governor took a swipe at her rival, calling his budget a fantasy.", "took a swipe at", "The governor",
     "her rival"),
    ("The minister offered a robust defense of the new tax in parliament.", "defense of", "The minister",
     "the new tax in parliament"),
    ("Mr Hale is among those who say the plant should close.", "say", "Mr Hale", "the plant should close"),
    ("MP for Bolton Tom Hale said the rail line must be saved.", "said", "MP for Bolton Tom Hale",
     "the rail line must be saved"),
])
def test_the_merged_forms_still_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The army launched an attack on the town before dawn, killing at least a dozen civilians.",
    "The striker took a swipe at the ball but missed it completely.",
    "The champion offered a spirited defense of the title, winning in five sets.",
    "The club made a case for the trophy with a late winner against Leeds.",
    "The dog launched an attack on the postman as he opened the gate.",
    "Maria Lopez, a teacher, is among those who were injured in the blast.",
    "The senator is on record as the oldest member ever elected to the chamber.",
    "The printer says it is out of toner.",
    "A sensor said the room was too hot.",
    "Example: She promised to call her mother every Sunday.",
    "Example: John told us the shop was shut.",
    "We will ask for the card you paid with when you collect the tickets.",
])
def test_near_misses_give_no_record(nlp, text):
    assert top(nlp, text) == []


def test_the_asking_participle_after_a_cue_has_no_asker(nlp):
    found = top(nlp, '"We will see," said the coach, asked whether he would resign.')
    assert [(r.cue.text, r.source.text if r.source else None) for r in found] == [("said", "the coach"), ("asked", None)]


def test_the_speaker_is_the_name_after_the_seat(nlp):
    found = top(nlp, "Member for Sydney Alex Greenwich said the bill would pass.")
    assert [r.speaker for r in found] == ["Alex Greenwich"]
