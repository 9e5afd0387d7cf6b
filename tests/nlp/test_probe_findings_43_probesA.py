"""Patterns of the forty-third session (helper probesA), from passages written in genres not probed
before: science and climate news, technology and security, financial markets, housing, transport
accidents, farming and food prices, religion, arts reviews, travel, and labour disputes.

A phrasal cue's preposition past a phrase of its own (the one addressed, a place, a time) is no part
of the cue but opens the content ('apologised to passengers for the delays': cue 'apologised',
content 'for the delays'; ``particle_reach``); right after the verb, or past adverbs only, it
stays in the cue ('have long called for X'). Documents and officials that stipulate or certify
something in a clause report it (``speech_verbs.txt``). And passages with verbs of saying in other
senses, or none at all, give no record. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The airline's chief executive apologised to passengers for the delays.", "apologised",
     "The airline's chief executive", "for the delays"),
    ("The union wrote to the minister about the closures.", "wrote", "The union", "about the closures"),
    ("The chef talked to us about the menu.", "talked", "The chef", "about the menu"),
])
def test_a_preposition_past_a_phrase_opens_the_content(nlp, text, cue, source, content):
    (found,) = records(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("The farmers have long called for lower fuel taxes.", "have long called for", "lower fuel taxes"),
    ("The bishop spoke openly about his doubts.", "spoke openly about", "his doubts"),
    ("She spoke about the strike.", "spoke about", "the strike"),
    ("The mayor lashed out at the union.", "lashed out at", "the union"),
])
def test_a_preposition_next_to_its_verb_stays_in_the_cue(nlp, text, cue, content):
    (found,) = records(nlp, text, cue)
    assert contents(found) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The contract stipulates that the work must be finished by June.", "stipulates", "The contract",
     "the work must be finished by June"),
    ("The inspectors certified that the building was safe.", "certified", "The inspectors", "the building was safe"),
])
def test_stipulating_and_certifying_a_clause_report_it(nlp, text, cue, source, content):
    (found,) = records(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


@pytest.mark.parametrize("text", [
    "The inspectors certified the building.",
    "The results suggest themselves once the numbers are plotted on a map.",
    "The clock says it is midnight.",
    "The figures speak for themselves.",
    "Rainfall in the basin was 30 percent below average last year.",
    "The monks rise at 4 a.m. and pray seven times a day.",
    "Key findings:",
    "The warning from the weather service came too late for many farmers.",
])
def test_no_record_without_a_report(nlp, text):
    assert records(nlp, text) == []
