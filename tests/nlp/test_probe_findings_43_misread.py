"""Patterns of the forty-third session (helper misread): parse misreads around a report. A
simple past with no subject of its own joined by 'and' or 'but' (an adverb between allowed) to a
reported clause whose verb stands with a modal alone cannot share the modal: it is the reporter's
next act, not more of the report ('said X would stay open, but later reversed course':
``tails._the_reporters_act``). A complementiser after an aside set off by commas that the parser
read as the determiner of the clause's subject ('told the crowd, through an interpreter, that aid
would come') opens the content as a 'that' read as a mark does (``tails.without_writer_tail``). A
clause's verb read as an adjective after a modal ('the drought could last years') is the clause's
verb (``modal_adjectives``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, content", [
    ("He said in May that the plant would stay open, but later reversed course.", "the plant would stay open"),
    ("She said the council would approve the budget, but then voted against it.", "the council would approve the budget"),
    ("The minister said the talks would resume, and later flew to Geneva.", "the talks would resume"),
])
def test_a_past_after_a_modal_clause_is_the_reporters_act(nlp, text, content):
    assert [contents(r) for r in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text, content", [
    # a base form shares the modal: more of the report
    ("She said prices would rise and then fall again.", "prices would rise and then fall again"),
    ("He said the company would cut jobs and later close plants.", "the company would cut jobs and later close plants"),
])
def test_a_verb_sharing_the_modal_stays_in_the_report(nlp, text, content):
    assert [contents(r) for r in records(nlp, text, "said")] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The mayor told the crowd, through an interpreter, that aid would come soon.", "told", "aid would come soon"),
    ("The general told troops, in a radio address, that help was on the way.", "told", "help was on the way"),
    ("She informed the board, by letter, that funding would end.", "informed", "funding would end"),
])
def test_that_after_an_aside_opens_the_content(nlp, text, cue, content):
    assert [contents(r) for r in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("Experts warn that the drought could last years.", "warn", "the drought could last years"),
    ("Officials fear the strike could last weeks.", "fear", "the strike could last weeks"),
    ("Doctors say the symptoms can last months.", "say", "the symptoms can last months"),
])
def test_a_verb_read_as_an_adjective_after_a_modal(nlp, text, cue, content):
    assert [contents(r) for r in records(nlp, text, cue)] == [[content]]


def test_an_adjective_with_no_modal_stays_an_adjective(nlp):
    found = records(nlp, "She said the last train had left.", "said")
    assert [contents(r) for r in found] == [["the last train had left"]]
