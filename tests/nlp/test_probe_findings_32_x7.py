"""Patterns found in the thirty-second session: documents and evidence as sources ('According
to the timeline, X', 'the outage map showed X', 'tests showed X' inside a report), 'in the
words of X' after a closing quotation mark, and 'according to' meaning 'in keeping with'.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- 'according to' a document


@pytest.mark.parametrize("noun", ["timeline", "schedule", "log"])
def test_a_document_set_off_before_its_clause_sources_it(nlp, noun):
    text = f"According to the {noun}, the guard left the gate at 7:05 a.m."
    found = records(nlp, text, "According to")
    assert [(a.kind, a.source.text, contents(a)) for a in found] == [
        ("according_to", f"the {noun}", ["the guard left the gate at 7:05 a.m."])]


def test_a_document_set_off_after_its_clause_sources_it(nlp):
    text = "The guard left the gate at 7:05 a.m., according to the timeline."
    found = records(nlp, text, "according to")
    assert [(a.source.text, contents(a)) for a in found] == [("the timeline", ["The guard left the gate at 7:05 a.m."])]


@pytest.mark.parametrize("text", [
    "Contractors are paid strictly according to certified works.",
    "The grants were handed out according to regional quotas.",
    "Aid was issued according to need.",
    "According to schedule, the ferry left at noon.",
    "The funds were shared according to your ownership.",
])
def test_according_to_a_thing_bound_to_its_verb_is_in_keeping_with(nlp, text):
    assert records(nlp, text, "according to") + records(nlp, text, "According to") == []


@pytest.mark.parametrize("text, source", [
    ("According to the police timeline, the guard left at 7:05 a.m.", "the police timeline"),
    ("According to the statement, the guard left at 7:05 a.m.", "the statement"),
    ("The rebels control the north according to residents.", "residents"),
    ("Prices rose 3 percent according to official estimates.", "official estimates"),
    ("Leaders will stop short of backing it, according to draft summit conclusions obtained by this newsroom.",
     "draft summit conclusions obtained by this newsroom"),
])
def test_according_to_a_source_stays(nlp, text, source):
    found = records(nlp, text, "According to") + records(nlp, text, "according to")
    assert [a.source.text for a in found] == [source]


# ---------------------------------------------------------------- what evidence shows


def test_a_map_shows_what_it_shows(nlp):
    text = "The utility's outage map showed the heaviest damage in Carver County."
    found = records(nlp, text, "showed")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("The utility's outage map", ["the heaviest damage in Carver County"])]


@pytest.mark.parametrize("text, source", [
    ("Tests collected Sunday showed no bacteria, Superintendent Greg Hollis said.", "Tests collected Sunday"),
    ("The principal said the latest water tests showed traces of lead.", "the latest water tests"),
])
def test_a_finding_inside_a_report_is_a_record_of_its_own(nlp, text, source):
    found = records(nlp, text, "showed")
    outer = records(nlp, text, "said")
    assert len(outer) == 1
    assert [(a.source.text, a.parent) for a in found] == [(source, outer[0].id)]


def test_a_finding_in_a_relative_clause_inside_a_report(nlp):
    text = "The opposition cited statistics from the national police that show 212 people were killed."
    found = records(nlp, text, "show")
    outer = records(nlp, text, "cited")
    assert [(contents(a), a.parent) for a in found] == [(["212 people were killed"], outer[0].id)]


@pytest.mark.parametrize("text, cue", [
    ("The manager said the team showed great courage.", "showed"),  # no document: a quality shown
    ("She said he found a way out of the building.", "found"),
])
def test_a_show_or_find_of_no_document_inside_a_report_stays_inside(nlp, text, cue):
    assert records(nlp, text, cue) == []


# ---------------------------------------------------------------- 'in the words of X'


def test_in_the_words_of_after_a_closing_quotation_mark(nlp):
    text = 'The offer was described as "detached from reality," in the words of one Danish official in the room.'
    found = records(nlp, text, "in the words of")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("one Danish official", ['The offer was described as "detached from reality,"'])]


@pytest.mark.parametrize("text", [
    'He had "tears in his eyes" when he left.',
    'She called it "a disaster" in the eyes of the law.',
])
def test_a_phrase_after_a_quotation_not_set_off_is_no_source(nlp, text):
    assert [a for a in records(nlp, text) if a.cue is not None and a.cue.text.startswith("in the")] == []
