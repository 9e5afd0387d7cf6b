"""Patterns of the fifty-first session (helper fp, precision of confident records): 'according to' a
wish, a taste, a need or a measure is what a thing is done in keeping with, never who says it, even set
off by a comma or held by someone (``keeping_nouns.txt``, ``phrases.according_to``); 'call' a place home
says where one lives, no name given and no view of it (``senses.other_sense``). Near misses stay: a
source after 'according to', naming and judging with 'call', phoning home to tell someone something.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text", [
    "The voters' choice is made, as ever, according to their instinctive preference.",
    "Seats are allotted to the guests, according to their wishes.",
    "Each worker in the cooperative is paid, according to need.",
    "Tickets are priced according to the buyer's ability to pay.",
])
def test_according_to_a_wish_or_a_measure_names_no_source(nlp, text):
    assert records(nlp, text, "according to") == []


@pytest.mark.parametrize("text, source, content", [
    ("The bride arrives last, according to the ministry.", "the ministry", "The bride arrives last"),
    ("The ferry left at dawn, according to her lawyer.", "her lawyer", "The ferry left at dawn"),
    ("Prices rose in May, according to a survey of buyers' preferences.",
     "a survey of buyers' preferences", "Prices rose in May"),
])
def test_according_to_a_source_still_reports(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "according to", source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "If elected I will fight for you, your family and this great country we call home.",
    "We will protect the town we all call home.",
    "I love this city, which I have called home for thirty years.",
    "The couple now call Lisbon home.",
])
def test_a_place_one_calls_home_is_no_report(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor called the plan a disaster.", "called", "The mayor", "the plan a disaster"),
    ("He called home to tell his mother that he was safe.", "to tell", "He", "he was safe"),
])
def test_calling_names_and_telling_by_phone_still_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown
