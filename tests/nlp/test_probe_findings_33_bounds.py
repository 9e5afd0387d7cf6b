"""Patterns found in the thirty-third session: sentence breaks the parser misses after a wire
dateline's dash, after a word kept with its full stop ('D.C.', 'GWS-R.') and after a time's
'p.m.' before a place's 'time'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a wire dateline's dash


@pytest.mark.parametrize("dateline", ["NEW YORK \u2014", "LOS ANGELES -", "SAN DIEGO (Wire) \u2014", "LONDON \u2014", ""])
def test_a_claim_after_a_dateline_is_attributed(nlp, dateline):
    text = f"{dateline} The pill cut strokes by a quarter, the company said.".strip()
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [("the company", ["The pill cut strokes by a quarter"])]


def test_a_claim_after_a_two_word_dateline_is_reported(nlp):
    text = "NEW ORLEANS \u2014 A heart drug cut hospital stays by a fifth, researchers reported."
    found = records(nlp, text, "reported")
    assert [(a.source.text, contents(a)) for a in found] == [("researchers", ["A heart drug cut hospital stays by a fifth"])]


def test_a_source_after_a_dateline_keeps_its_record(nlp):
    text = "NEW ORLEANS \u2014 Researchers said the treatment works."
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [("Researchers", ["the treatment works"])]


def test_a_headline_compound_in_capitals_is_no_dateline(nlp):
    text = "US-China talks stalled on Monday, officials said."
    found = records(nlp, text, "said")
    assert [a.source.text for a in found] == ["officials"]
    assert contents(found[0])[0].endswith("China talks stalled on Monday")


# ---------------------------------------------------------------- a word kept with its stop


def test_a_quote_ending_in_an_abbreviation_ends_its_sentence(nlp):
    text = ('The union said the ruling "leaves towns to pay for a scheme drawn up in Washington, D.C." '
            "Its chairman, Ross Albery, said members would appeal.")
    found = records(nlp, text, "said")
    assert [(a.parent, a.source.text, contents(a)) for a in found] == [
        (None, "The union", ['the ruling "leaves towns to pay for a scheme drawn up in Washington, D.C."']),
        (None, "Its chairman, Ross Albery", ["members would appeal"])]


def test_a_designator_with_a_stop_ends_its_sentence(nlp):
    text = "Ground crews confirmed that they had heard from the satellite, known as GWS-R. The agency said its panels had opened."
    found = records(nlp, text)
    assert [(a.cue.text, a.source.text, contents(a)) for a in found] == [
        ("confirmed", "Ground crews", ["they had heard from the satellite, known as GWS-R"]),
        ("said", "The agency", ["its panels had opened"])]


@pytest.mark.parametrize("text, source", [
    ("Officials in Washington, D.C. said the fine would stand.", "Officials in Washington, D.C."),
    ("The U.S. Army said the base would close.", "The U.S. Army"),
    ("Smith & Co. said it would appeal the fine.", "Smith & Co."),
])
def test_an_abbreviation_inside_a_sentence_does_not_end_it(nlp, text, source):
    found = records(nlp, text, "said")
    assert [a.source.text for a in found] == [source]


# ---------------------------------------------------------------- a time's 'p.m.'


def test_a_place_before_time_belongs_to_the_time(nlp):
    text = "The lander touched down at 6:10 p.m. Tokyo time, according to the space agency."
    found = records(nlp, text, "according to")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("the space agency", ["The lander touched down at 6:10 p.m. Tokyo time"])]


def test_a_place_before_time_and_a_day_belongs_to_the_time(nlp):
    text = "The lander touched down at 6:10 p.m. Tokyo time on Friday, the agency said."
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("the agency", ["The lander touched down at 6:10 p.m. Tokyo time on Friday"])]


def test_a_sentence_after_a_time_still_starts(nlp):
    text = "She left at 2 a.m. Her neighbour said she had been afraid."
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [("Her neighbour", ["she had been afraid"])]
