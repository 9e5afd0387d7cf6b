"""Patterns of the thirtieth session (wD2): a plea's occasion hung inside what was admitted, the
description of a source named by 'according to', a thing 'according to' names, and headline
colons after a document. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- where and when a plea was made


@pytest.mark.parametrize("text, cue, content", [
    ("Liam Garvey, 27, admitted causing grievous bodily harm when he appeared at Castleford Crown Court on Friday.",
     "admitted", "causing grievous bodily harm"),
    ("Ella Ward admitted two counts of fraud during a hearing at Truro Crown Court.", "admitted", "two counts of fraud"),
    ("Dean Moss admitted stealing the money when he was interviewed by detectives.", "admitted", "stealing the money"),
    ("Mark Hale, 30, pleaded guilty to theft at Leeds Crown Court on Monday.", "pleaded guilty", "to theft"),
])
def test_the_occasion_of_a_plea_is_the_writers(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("Tom Reed admitted assault when he was interviewed by police.", "assault"),
    ("Dean Moss admitted hitting the man when he was drunk.", "hitting the man when he was drunk"),
    ("Mr Hale admitted lying in court.", "lying in court"),
    ("The minister admitted mistakes in the campaign.", "mistakes in the campaign"),
])
def test_what_happened_stays_in_what_was_admitted(nlp, text, content):
    found = [a for a in records(nlp, text) if a.cue.text == "admitted"]
    assert [contents(a) for a in found] == [[content]]


# ---------------------------------------------------------------- 'according to X, ROLE'


@pytest.mark.parametrize("text, source", [
    ("That explanation only goes so far, according to Priya Natarajan, senior economist at Westmark Bank.",
     "Priya Natarajan, senior economist at Westmark Bank"),
    ("According to Ahmed Saleh, a UN spokesman, the camp is full.", "Ahmed Saleh, a UN spokesman"),
    ("According to her lawyer, Ana Ruiz, she never signed.", "her lawyer, Ana Ruiz"),
])
def test_a_description_after_according_to_is_the_sources(nlp, text, source):
    found = records(nlp, text, "according to") + records(nlp, text, "According to")
    assert [(a.source.text, a.speaker_kind) for a in found] == [(source, "person")]


def test_a_content_after_according_to_is_no_description(nlp):
    text = "According to the AP, the senator now has 571 delegates."
    found = records(nlp, text, "According to")
    assert [(a.source.text, contents(a)) for a in found] == [("the AP", ["the senator now has 571 delegates"])]


# ---------------------------------------------------------------- what 'according to' names


@pytest.mark.parametrize("source", ["swaps pricing", "market pricing"])
def test_a_thing_according_to_is_a_described_source(nlp, source):
    text = f"Traders now expect a cut in June, according to {source}."
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, "according to")] == [(source, "description")]


def test_a_thing_as_a_subject_is_still_no_speaker(nlp):
    text = "The sheer scale of the losses suggests the bank misjudged the market."
    assert [a.speaker for a in records(nlp, text, "suggests")] in ([], [None])


# ---------------------------------------------------------------- headline colons after a document


@pytest.mark.parametrize("headline, source", [
    ("Report: Payrolls surge by 300,000", "Report"),
    ("Poll: Most voters back the runway", "Poll"),
    ("Jobs report: Payrolls surge by 300,000", "Jobs report"),  # (as PolNeAR's 'IG report: State was inaccurate')
])
def test_a_document_before_a_headline_colon_sources_it(nlp, headline, source):
    text = f"{headline}\nThe economy added jobs in every region last month."
    assert [a.source.text for a in records(nlp, text, ":")] == [source]


def test_a_place_on_a_noun_inside_the_content_stays(nlp):
    text = "The chairwoman admitted comparing the scenes to the violence at rallies in Ohio."
    assert [contents(a) for a in records(nlp, text, "admitted")] == [
        ["comparing the scenes to the violence at rallies in Ohio"]]
