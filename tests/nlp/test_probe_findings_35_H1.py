"""Patterns of the thirty-fifth session (helper H1): headlines. Words before a headline's colon
that end in a common noun naming a thing or an event ('Red Brigade raid:', 'Housing Notebook:')
are the line's label, no source; a
Title-Cased headline that keeps its function words lower ('Warns of ... in ...') is still parsed
again re-cased. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a label before a headline's colon


@pytest.mark.parametrize("text", [
    "Red Brigade raid: Three guards wounded in Tarn\nThe raid began at dawn.\n",
])
def test_a_thing_or_a_topic_before_a_headline_colon_is_no_source(nlp, text):
    assert records(nlp, text, ":") == []


@pytest.mark.parametrize("text, source, content", [
    ("UN report: Climate goals are slipping\nThe report came out on Monday.\n", "UN report", "Climate goals are slipping"),
    ("Senior economists: Rates will fall\nMarkets rose on Monday.\n", "Senior economists", "Rates will fall"),
    ("Harrow Council: Bins will be collected weekly\nThe council met on Monday.\n", "Harrow Council",
     "Bins will be collected weekly"),
    ("New poll: Most voters back the plan\nThe survey came out on Monday.\n", "New poll", "Most voters back the plan"),
    ("WSJ editorial: Deport the lobbyists\nBody text here.\n", "WSJ editorial", "Deport the lobbyists"),
])
def test_a_speaker_or_an_owned_document_before_a_headline_colon_stays(nlp, text, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, ":")] == [(source, [content])]


# ---------------------------------------------------------------- Title Case with lower-case function words


def test_a_title_cased_headline_keeping_of_and_in_lower_is_reparsed(nlp):
    text = "Reserve Bank Warns of 'Signs of Strain' in Housing\nThe bank published its review.\n"
    found = records(nlp, text, "Warns of")
    assert [a.source.text for a in found] == ["Reserve Bank"]


@pytest.mark.parametrize("text, cue, source", [
    ("Senators Say Budget Deal Is Close\nTalks went on Monday.\n", "Say", "Senators"),
    ("Mayor Warns Of Rising Costs\nThe council met on Monday.\n", "Warns Of", "Mayor"),
])
def test_a_fully_title_cased_headline_keeps_its_record(nlp, text, cue, source):
    assert [a.source.text for a in records(nlp, text, cue)] == [source]


def test_a_lower_case_first_line_is_no_title_cased_headline(nlp):
    text = "the man who said it was over is in the house now\nBody text here.\n"
    assert [contents(a) for a in records(nlp, text, "said")] == [["it was over"]]
