"""Patterns found in the thirty-third session: content boundaries at clauses (the speaker's next
act after 'and'/'but', the writer's participle and 'which' clause after a report, a report of its
own joined after a cue clause, the attribute of a copula past an aside). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- the reporter's next act


@pytest.mark.parametrize("text, cue, content", [
    ("Jefferies analyst Martin Obi said the failure was a blow and cut his price target to $7.", "said",
     "the failure was a blow"),
    ("She said the outage was brief and cut her losses.", "said", "the outage was brief"),
    ("She said the vote had been largely credible but noted delays in three districts.", "said",
     "the vote had been largely credible"),
])
def test_the_reporters_next_act_is_no_part_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("She said the company was struggling and cut its forecast.", "the company was struggling and cut its forecast"),
    ("He said the storm was severe and cut her power for days.", "the storm was severe and cut her power for days"),
    ("She said the driver was drunk and hit her car.", "the driver was drunk and hit her car"),
    ("She said the rally drew noted speakers and large crowds.", "the rally drew noted speakers and large crowds"),
])
def test_an_act_of_the_reported_clause_stays_in_it(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


# ---------------------------------------------------------------- the writer's words after a report


@pytest.mark.parametrize("text, cue, content", [
    ("The Supreme Court ruled that police need a warrant for the data, handing a victory to privacy advocates.",
     "ruled", "police need a warrant for the data"),
    ("The judge ruled that the law was unconstitutional, delivering a setback to the governor.", "ruled",
     "the law was unconstitutional"),
])
def test_the_writers_participle_after_a_report_is_no_part_of_it(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("He said prices would rise, hurting consumers.", "said", "prices would rise, hurting consumers"),
    ("The mayor said the budget, which was passed in May, is balanced.", "said",
     "the budget, which was passed in May, is balanced"),
    ("Roth estimated which districts would vote first.", "estimated", "which districts would vote first"),
])
def test_a_participle_or_relative_of_the_report_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_which_after_the_cue_clause_stays_the_speakers(nlp):
    """A 'which' after the cue clause may be the speaker's or the writer's; the written sets'
    judges took 'X, he explained, which can leave staff working twelve-hour days' as his."""
    found = records(nlp, "The sensor is larger, he said, which lets in more light at concerts.", "said")
    assert [contents(a) for a in found] == [["The sensor is larger", "which lets in more light at concerts"]]


# ---------------------------------------------------------------- a report joined after a cue clause


@pytest.mark.parametrize("text, first, second", [
    ("The delay cost a month, Vasquez acknowledged, but he said the team would still reach the rim.",
     ("acknowledged", "The delay cost a month"), ("said", "the team would still reach the rim")),
    ("The plan is dead, the minister said, and she warned that another would follow.",
     ("said", "The plan is dead"), ("warned", "another would follow")),
])
def test_a_report_of_its_own_after_a_cue_clause_is_a_record_of_its_own(nlp, text, first, second):
    found = records(nlp, text)
    assert [(a.cue.text, contents(a)) for a in found] == [(first[0], [first[1]]), (second[0], [second[1]])]


def test_a_clause_without_a_cue_after_a_cue_clause_goes_on_with_the_report(nlp):
    text = "The plan is dead, the minister said, but a new one is coming."
    assert [contents(a) for a in records(nlp, text, "said")] == [["The plan is dead", "but a new one is coming"]]


# ---------------------------------------------------------------- asides inside the content


@pytest.mark.parametrize("text, cue, content", [
    ("Mr. Osei told me that police were, at the time, the only officials willing to talk.", "told",
     "police were, at the time, the only officials willing to talk"),
])
def test_a_copulas_attribute_past_an_aside_is_in_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("He said the mayor was there, at the time.", "the mayor was there, at the time"),
    ("She said the firm was, by most accounts, the largest employer in the town.",
     "the firm was, by most accounts, the largest employer in the town"),
])
def test_a_copula_with_its_attribute_keeps_its_content(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


# ---------------------------------------------------------------- a quotation opening the sentence


def test_the_writers_words_after_a_quotation_and_its_cue_are_no_part_of_it(nlp):
    text = "\"We are heartbroken,\" Ms Kelleher said, her voice breaking. \"We will fight on.\""
    assert [(a.kind, contents(a)) for a in records(nlp, text, "said")] == [
        ("direct", ["We are heartbroken", "We will fight on"])]


def test_a_cue_clause_inside_a_sentence_keeps_both_sides(nlp):
    text = "The bridge, the engineer said, is safe."
    assert [contents(a) for a in records(nlp, text, "said")] == [["The bridge", "is safe"]]


def test_a_quotation_after_a_cue_clause_goes_on_with_the_report(nlp):
    text = "Donations are vetted to meet the limits, Strother said, but \"we don't ask them their income.\""
    assert [contents(a) for a in records(nlp, text, "said")] == [
        ["Donations are vetted to meet the limits", "we don't ask them their income"]]


def test_a_phrasal_verbs_participle_after_the_report_stays_in_it(nlp):
    text = "The women say officers still scrutinize the area, handing out penalties to skateboarders."
    assert [contents(a) for a in records(nlp, text, "say")] == [
        ["officers still scrutinize the area, handing out penalties to skateboarders"]]
