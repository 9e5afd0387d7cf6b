"""Patterns of the forty-fifth session (helper probesF), found by writing short passages of web
prose that is not news: race reports, recipes, gardening notes, tasting notes, travel blogs,
forum threads, fiction, product pages and tutorials.

Food, drink and plants 'tell', 'ask for' or 'speak of' only as a figure ('The dough will tell you
when it is ready', 'the roses are asking for a feed', 'this wine speaks of its soil';
``mute_subjects.txt``). What one carries, as one's own body, is a figure with a possessive
pronoun ('my watch said I was on pace', 'my heart rate monitor insisted X'; ``mute._OWN_PARTS``),
not an election monitor nor a watchdog named 'Watch'. Software's tools and prompts are instruments
('The compiler complains about X', 'the prompt asks whether X'), and marks and traces only figures
('The scar on his arm tells a story', 'the first bite told me X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "The dough should tell you when it is ready: it springs back when pressed.",
    "The bread will tell you it is done when it sounds hollow.",
    "The roses are asking for a feed after all this rain.",
    "The seedlings are asking for more light.",
    "Yellow leaves usually tell you the plant is overwatered.",
    "This wine speaks of its limestone soils.",
    "The palate suggests a long life in the cellar.",
    "The tannins suggest it needs five more years.",
    "The soil will tell you when to plant.",
])
def test_food_drink_and_plants_say_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "My watch said I was on pace, but my stomach disagreed.",
    "Her watch said it was past nine, so she ran.",
    "My heart rate monitor insisted I was in zone five the entire time.",
    "My phone told me to turn left at the church.",
])
def test_what_one_carries_says_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The compiler complains about an unused variable.",
    "The linter suggests renaming the variable.",
    "The prompt asks whether you want to continue.",
])
def test_software_tools_say_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The scar on his arm tells a story of a childhood accident.",
    "The bruises told the story of a long day on the mountain.",
    "The crack in the wall suggests the foundation has moved.",
    "His handwriting suggested a man in a hurry.",
    "The first bite told me everything I needed to know about this bakery.",
    "The rooster announced the dawn long before we were ready.",
])
def test_marks_and_traces_say_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, content", [
    ("The plant said it would cut forty jobs.", "The plant", "it would cut forty jobs"),
    ("Rose said the meeting went well.", "Rose", "the meeting went well"),
    ("Wine merchants said prices would rise.", "Wine merchants", "prices would rise"),
    ("The election monitor said turnout was high.", "The election monitor", "turnout was high"),
    ("The Watch said the report was accurate.", "The Watch", "the report was accurate"),
    ("Moon said the talks had failed.", "Moon", "the talks had failed"),
    ("Light said the talks had failed.", "Light", "the talks had failed"),
])
def test_people_and_bodies_named_alike_still_speak(nlp, text, source, content):
    found = records(nlp, text)
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, [content])]


@pytest.mark.parametrize("text, source, content", [
    ("\"Get out of my kitchen,\" Martha said, waving a wooden spoon.", "Martha", "Get out of my kitchen"),
    ("The manufacturer claims the battery lasts ten hours, but mine died after six.", "The manufacturer",
     "the battery lasts ten hours"),
    ("My wife says I spend too much time on this forum.", "My wife", "I spend too much time on this forum"),
])
def test_speakers_on_web_pages_still_speak(nlp, text, source, content):
    found = records(nlp, text)
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, [content])]
