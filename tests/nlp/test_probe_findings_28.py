"""Patterns found in the twenty-eighth session (issue 12; docs/accuracy.md, "Twenty-seventh
pass"): articles written about fact-checks, celebrity news, weather, foreign news in
translation, archaeology and museums, charities, broadcast interviews and industrial
accidents. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- who made a second report


@pytest.mark.parametrize("thing", ["offer", "matter"])
def test_a_second_cue_after_a_clause_about_a_thing_is_the_reporters(nlp, thing):
    # ('offer' and 'matter' end like a noun of people, 'organiser', 'member')
    text = f"The union said the {thing} was welcome but questioned why it had taken eight months to arrive."
    said = records(nlp, text, "said")
    questioned = records(nlp, text, "questioned")
    assert [contents(a) for a in said] == [[f"the {thing} was welcome"]]
    assert [(a.source.text, a.parent) for a in questioned] == [("The union", None)]


def test_a_second_cue_after_a_clause_about_a_person_stays_in_the_clause(nlp):
    text = "The union said the manager was rude and questioned why staff had been moved."
    said = records(nlp, text, "said")
    assert [contents(a) for a in said] == [["the manager was rude and questioned why staff had been moved"]]


def test_an_it_that_insisted_also_accused(nlp):
    text = ("Northline Trains said it was disappointed. "
            "It insisted that the deal was final and accused the union of moving the goalposts.")
    accused = records(nlp, text, "accused")
    assert [(a.source.text, a.speaker, contents(a)) for a in accused] == [
        ("It", "Northline Trains", ["the union of moving the goalposts"])]


# ---------------------------------------------------------------- bodies' names with 'and'


@pytest.mark.parametrize("text, speaker", [
    ("Kent Fire and Rescue Service said two engines attended the blaze.", "Kent Fire and Rescue Service"),
    ("The Department for Energy Security and Net Zero said prices would fall.",
     "Department for Energy Security and Net Zero"),
    ("The Department for Culture, Media and Sport said the review was complete.",
     "Department for Culture, Media and Sport"),
])
def test_a_body_named_with_an_and_is_one_body(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("The Bank of England and Barclays said rates would rise.", "Bank of England and Barclays"),
    ("The Ministry of Defence and Home Office officials said the base would close.",
     "Ministry of Defence and Home Office officials"),
])
def test_two_bodies_joined_by_and_stay_two(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "group")]
