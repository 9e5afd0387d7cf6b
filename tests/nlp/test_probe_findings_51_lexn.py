"""Lexicon audit of the fifty-first session (helper lexn): nouns and adjectives of saying, believing
or stance that the lexicon lacked, so that no page gave a record for them ('his boast that X', 'the
agency's clarification that X', 'residents were dubious that X', 'the council was resistant to X').
They join ``speech_nouns.txt``, ``belief_nouns.txt``, ``cue_adjectives.txt`` and
``attitude_adjectives.json``; the near misses in another sense stay without a record ('reached its
conclusion', 'under observation', 'resistant to water'), and a noun in a phrase of what went on
around the clause's act takes no source from its subject ('resigned after revelations that X').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("His boast that the team would win every match drew laughter.", "boast", "His", "the team would win every match"),
    ("The agency's clarification that the rule applies only to imports came on Monday.",
     "clarification", "The agency's", "the rule applies only to imports"),
    ("His lament that the town had lost its soul was widely shared.", "lament", "His", "the town had lost its soul"),
    ("The firm's guarantee that the parts would last ten years was tested.",
     "guarantee", "The firm's", "the parts would last ten years"),
])
def test_a_noun_of_saying_with_its_clause_is_a_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("Residents were dubious that the road would open on time.", "dubious", "Residents", "the road would open on time"),
    ("Parents were relieved that the school would stay open.", "relieved", "Parents", "the school would stay open"),
    ("The coach was incredulous that the goal was allowed.", "incredulous", "The coach", "the goal was allowed"),
    ("Neighbours were indignant that the hall would close.", "indignant", "Neighbours", "the hall would close"),
    ("Voters were cynical about the promises.", "cynical", "Voters", "the promises"),
    ("The chef was livid that the review had been leaked.", "livid", "The chef", "the review had been leaked"),
    ("The economists were gloomy about the outlook.", "gloomy", "The economists", "the outlook"),
    ("The minister was apologetic about the delays.", "apologetic", "The minister", "the delays"),
    ("The mayor was scathing about the report.", "scathing", "The mayor", "the report"),
    ("Donors were undecided about the race.", "undecided", "Donors", "the race"),
    ("The governor was unwilling to compromise on taxes.", "unwilling", "The governor", "to compromise on taxes"),
    ("The council was resistant to the change.", "resistant to", "The council", "the change"),
    ("Officials were receptive to the idea.", "receptive to", "Officials", "the idea"),
])
def test_an_adjective_of_a_stance_after_a_copula_is_a_belief(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The ceremony reached its conclusion at noon.",
    "The patient remained under observation overnight.",
    "The store offers a guarantee on every kettle.",
    "The concession stand sold hot dogs.",
    "The tiles are resistant to water.",
    "The theory of relativity changed physics.",
    "The road was closed after the declaration of a state of emergency.",
])
def test_the_same_words_in_another_sense_report_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text", [
    "She resigned after revelations that she had lied.",
    "Shares fell amid revelations that the audit was flawed.",
])
def test_a_noun_around_the_act_takes_no_source_from_its_subject(nlp, text):
    subject = text.split()[0]
    assert not any(r.source is not None and r.source.text == subject for r in top(nlp, text))
