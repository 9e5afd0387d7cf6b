"""Patterns found in the thirtieth session (worker wB2): a fronted subject set off before a cue
clause, a perfect gerund after 'denied', a clause told to a body that hears evidence, and a
verbless concession after the reported clause. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("The airline, he told the Harlow Evening Post, was following the guidance and would keep its jets flying.", "told",
     ["The airline", "was following the guidance and would keep its jets flying"]),
    ("Lower inflation, he said in a statement, showed that the subsidies had worked.", "said",
     ["Lower inflation", "showed that the subsidies had worked"]),
])
def test_a_fronted_subject_before_the_cue_clause_is_part_of_the_report(nlp, text, cue, expected):
    assert [contents(a) for a in records(nlp, text, cue)] == [expected]


@pytest.mark.parametrize("text, cue, expected", [
    ("The plan, he said, is dead.", "said", ["The plan", "is dead"]),
    ("The mayor told the Courier the bridge was safe.", "told", ["the bridge was safe"]),
])
def test_asides_and_plain_reports_stay(nlp, text, cue, expected):
    assert [contents(a) for a in records(nlp, text, cue)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Lane denied having been inside the mill.", "having been inside the mill"),
    ("Lane denied ever entering the mill.", "ever entering the mill"),
])
def test_a_perfect_gerund_is_what_was_denied(nlp, text, expected):
    assert [contents(a) for a in records(nlp, text, "denied")] == [[expected]]


def test_a_clause_told_to_magistrates_is_what_was_told(nlp):
    text = "Kerr told magistrates she had been at work and that her teenage son had left the gate open."
    found = records(nlp, text, "told")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("Kerr", ["she had been at work and that her teenage son had left the gate open"])]


def test_a_thing_told_to_magistrates_is_no_report(nlp):
    assert records(nlp, "Kerr told magistrates the story she had heard.", "told") == []


@pytest.mark.parametrize("text, expected", [
    ("Julie Pascoe said many of those workers have since found jobs, though often at lower pay.",
     "many of those workers have since found jobs, though often at lower pay"),
    ("He said prices would rise, though slowly.", "prices would rise, though slowly"),
])
def test_a_verbless_concession_belongs_to_what_was_said(nlp, text, expected):
    assert [contents(a) for a in records(nlp, text, "said")] == [[expected]]
