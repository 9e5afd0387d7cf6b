"""Patterns of the forty-eighth session (helper nc2): a side taken with nobody named who takes it.
A noun of taking a side ('opposition', 'support', 'objection') with its own preposition, no word
before it naming whose side it is, that is the subject of a clause ('Opposition to the levy has
grown') is a record with no source and the preposition's object for its content; an 'among'
phrase names the holders ('Support for X is highest among nurses'; ``bare_stances.py``). Near
misses: a holder named before the noun (a possessive, a determiner, a modifier: those are
``stance_cues``'s or none), the noun as an object, a side with nothing it is on.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("Opposition to the toll road has hardened over the summer.", "Opposition to", ["the toll road"]),
    ("Support for Councillor Brennan was weakest in the river wards.", "Support for", ["Councillor Brennan"]),
    ("Support for the stadium proposal has slipped since March.", "Support for", ["the stadium proposal"]),
    ("Objection to the merger has united both unions.", "Objection to", ["the merger"]),
])
def test_a_side_with_no_holder_as_subject_has_no_source(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is None
    assert contents(record) == expected


def test_an_among_phrase_names_the_holders(nlp):
    (record,) = records(nlp, "Opposition to the parking levy has grown among shop owners.", "Opposition to")
    assert record.source.text == "shop owners"
    assert contents(record) == ["the parking levy"]


@pytest.mark.parametrize("text, word", [
    ("The committee heard little about the ferry schedule, and opposition faded.", "opposition"),
    ("The mayor counted on support from the unions.", "support"),
    ("Local support for the ferry plan has faded.", "upport for"),
    ("The support for the bridge deck cracked in the frost.", "upport for"),
    ("Support for the old roof beams came from two steel posts.", "upport for"),
    ("Support for families who lost their homes will arrive next week.", "upport for"),
])
def test_near_misses_make_no_sourceless_side(nlp, text, word):
    assert not [r for r in records(nlp, text) if r.cue is not None and word in r.cue.text and r.source is None]


@pytest.mark.parametrize("text", [
    "Resistance to antibiotics has grown in hospital wards.",
    "Resistance to heat makes the new alloy useful in engines.",
])
def test_a_bodys_resistance_is_no_side(nlp, text):
    """Resistance to a drug or to heat is a body's or a material's, no view."""
    assert records(nlp, text) == []
