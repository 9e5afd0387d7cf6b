"""Patterns of the thirty-seventh session (helper F6): records that are no attributions in reviews
and arts pages. A colon after the name of an event or a place, with a headline's clause after it
whose own subject acts, heads the story's topic ('X Festival: jury hands Y the prize', ``topics``);
a gesture 'says' only as a figure ('a shrug that says more than X', ``mute_subjects.txt``, through a
relative pronoun to its noun); a participle set off after its noun that the parser read as the
sentence's verb names a thing ('The bistro, called simply Anchor, seats forty', ``acts``); the
pronoun 'that' closed off by a dash is no clause's opening ('I say that without hesitation - though
X', ``noncues``); and 'take charge of X' is an idiom, no charge made (``nouns``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "Harbourside Jazz Festival: judges name a teenage trumpeter player of the year",
    "Glenwater Film Festival: jury hands top prize to a debut nobody had tipped",
    "Cannes Film Festival: Romanian director Ana Popescu wins top prize",
])
def test_an_events_name_before_a_headline_is_its_topic(nlp, text):
    assert records(nlp, text, ":") == []


@pytest.mark.parametrize("text, speaker", [
    ('Director Ana Ruiz: "We shot it in nine days"', "Ana Ruiz"),
    ("Harrow Council: budget cuts will hit libraries", "Harrow Council"),
    # a thing for the clause's subject: the festival's own claim may be it
    ("Glenmoor Arts Festival: ticket prices will rise next year", "Glenmoor Arts Festival"),
])
def test_a_speakers_colon_stays(nlp, text, speaker):
    assert [a.speaker for a in records(nlp, text, ":")] == [speaker]


@pytest.mark.parametrize("text, cue", [
    ("Okafor ends the scene with a shrug that says more than any speech could.", "says"),
    ("Marsh plays the widow with a weary nod that says more than any monologue could.", "says"),
    ("Her shrug said more than any statement could.", "said"),
    ("His sigh told us the meeting had gone badly.", "told"),
])
def test_a_gesture_says_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, content", [
    ("The agent who said the deal was off has resigned.", "the deal was off"),
    ("The committee, which said the report was flawed, will meet again.", "the report was flawed"),
    ("The critic said the shrug was rehearsed.", "the shrug was rehearsed"),
])
def test_a_relative_pronouns_speaker_still_speaks(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text", [
    "The gallery, called simply The Loft, opens on Friday.",
    "The studio, called simply The Barn, opens on Friday.",
    "The new bistro, called simply Anchor, serves only fish.",
])
def test_a_name_given_in_a_set_off_participle_is_no_report(nlp, text):
    assert records(nlp, text, "called") == []


@pytest.mark.parametrize("text, content", [
    ("The senator, a Democrat, called the bill a disgrace.", "the bill a disgrace"),
    ("The mayor called the plan a disgrace, and critics agreed.", "the plan a disgrace"),
])
def test_calling_a_thing_a_name_of_ones_own_is_still_a_report(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "called")] == [[content]]


def test_the_pronoun_that_closed_off_by_a_dash_opens_no_clause(nlp):
    text = "The ending is perfect - I say that without hesitation - though the middle drags."
    assert records(nlp, text, "say") == []


@pytest.mark.parametrize("text, cue, content", [
    ("He said that if the vote failed, he would resign.", "said", "if the vote failed, he would resign"),
    # the subject of the clause stands between 'that' and the aside's 'as': 'that' opens the clause
    ("The mayor insisted that residents who complained - as many did - had been heard.", "insisted",
     "residents who complained - as many did - had been heard"),
])
def test_a_that_clause_with_an_aside_is_still_reported(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_taking_charge_of_a_thing_is_no_charge(nlp):
    text = '"We are ready to take charge of the harbour," the governor said.'
    assert records(nlp, text, "charge of") == []
    assert [a.speaker for a in records(nlp, text, "said")] == ["governor"]


def test_a_charge_made_stays(nlp):
    text = "The opposition leader repeated her charge of corruption against the minister."
    assert [contents(a) for a in records(nlp, text, "charge of")] == [["corruption against the minister"]]
