"""Patterns found in the thirty-fourth session: contents cut short (a contrast set off by a
comma, a clause of how often, a passive's second participle, a shifted tense after a quotation,
a report going on after a clause the parser read as a relative, a free relative on a list, a
reason after a cue clause set mid-sentence), 'dismissed X as Y', a parallel 'but that' clause
of the outer report, and quoted names that quote no one. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a contrast after a comma


@pytest.mark.parametrize("text, cue, content", [
    ("Some analysts say the price surge reflects structural problems, not just a poor harvest.", "say",
     "the price surge reflects structural problems, not just a poor harvest"),
    ("Farmers say the drought hurt small growers, not the large estates.", "say",
     "the drought hurt small growers, not the large estates"),
    ("The brand is widely recognized by the public, not just a niche market, Engstrom explained.", "explained",
     "The brand is widely recognized by the public, not just a niche market"),
])
def test_a_contrast_after_a_comma_is_part_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_description_after_a_comma_is_still_the_writers(nlp):
    text = "The minister dismissed criticism from Doley, a banker who has backed the opposition."
    assert [contents(a) for a in records(nlp, text, "dismissed")] == [["criticism from Doley"]]


# ---------------------------------------------------------------- a clause of how often


@pytest.mark.parametrize("text, cue, content", [
    ("Auditors found that a third of the tickets were closed within a day, often before a technician visited.", "found",
     "a third of the tickets were closed within a day, often before a technician visited"),
    ("Inspectors said patients were usually discharged, sometimes after waiting for hours.", "said",
     "patients were usually discharged, sometimes after waiting for hours"),
])
def test_a_clause_of_how_often_is_part_of_the_pattern_reported(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_time_clause_after_a_comma_stays_the_writers(nlp):
    text = "The minister said the plan would work, before leaving the room."
    assert [contents(a) for a in records(nlp, text, "said")] == [["the plan would work"]]


# ---------------------------------------------------------------- a passive's second participle


@pytest.mark.parametrize("text, content", [
    ("The review found that the bruise was recorded but never reported to children's services.",
     "the bruise was recorded but never reported to children's services"),
    ("The inquiry found that the complaint was logged and never answered.", "the complaint was logged and never answered"),
])
def test_a_participle_sharing_the_passive_is_part_of_the_content(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "found")] == [[content]]


def test_a_verb_with_an_object_after_a_passive_stays_a_second_report(nlp):
    text = "The minister said the costings had not been released and accused the board of delay."
    assert [contents(a) for a in records(nlp, text, "said")] == [["the costings had not been released"]]


# ---------------------------------------------------------------- a shifted tense goes on with the report


def test_a_cue_verb_in_the_reports_shifted_tense_goes_on_with_it(nlp):
    text = 'Gov. Patricia Huang said she was "concerned" and would ask lawmakers for money.'
    found = records(nlp, text)
    assert [(a.cue.text, contents(a)) for a in found] == [
        ("said", ['she was "concerned" and would ask lawmakers for money'])]


def test_a_second_report_in_the_cues_tense_stays_apart(nlp):
    text = 'The mayor said the budget was "balanced" and added that taxes would not rise.'
    assert [a.cue.text for a in records(nlp, text)] == ["said", "added"]


def test_a_clause_read_as_a_relative_goes_on_over_its_shifted_tense(nlp):
    text = ("Ms Okoye told the panel she had been overwhelmed by a caseload of more than 30 children "
            "and had intended to complete the visits later.")
    found = records(nlp, text)
    assert [(a.cue.text, contents(a)) for a in found] == [
        ("told", ["she had been overwhelmed by a caseload of more than 30 children and had intended "
                  "to complete the visits later"])]


# ---------------------------------------------------------------- a free relative on a list


def test_a_free_relative_ends_the_list_a_finding_shows(nlp):
    text = ("The center said images showed spoil piles outside two tunnel portals, along with a newly paved road "
            "and what appeared to be a small support building.")
    found = records(nlp, text, "showed")
    assert [contents(a) for a in found] == [[
        "spoil piles outside two tunnel portals, along with a newly paved road and what appeared to be a small "
        "support building"]]


# ---------------------------------------------------------------- 'but that' of the outer report


def test_a_but_that_clause_parallel_to_the_outer_report_is_not_the_inner_finding(nlp):
    text = ('The chief inspector told lawmakers that the audit found no evidence of tampering, but that the '
            'falsification was "a serious breach."')
    assert [contents(a) for a in records(nlp, text, "found")] == [["no evidence of tampering"]]
    assert contents(records(nlp, text, "told")[0])[0].endswith('"a serious breach."')


def test_a_but_that_clause_of_the_cue_itself_stays(nlp):
    text = "The board said in a statement that the merger would proceed, but that jobs would be cut."
    found = records(nlp, text, "said")
    assert len(found) == 1 and contents(found[0])[0].startswith("the merger would proceed")
    assert contents(found[0])[-1].endswith("jobs would be cut")


# ---------------------------------------------------------------- a reason after a mid-sentence cue


def test_a_reason_after_a_cue_set_mid_sentence_goes_on_with_the_report(nlp):
    text = ("Some boards believe the law does not apply to them, Fields added, because they regulate professions "
            "that were not listed by name.")
    assert [contents(a) for a in records(nlp, text, "added")] == [[
        "Some boards believe the law does not apply to them",
        "because they regulate professions that were not listed by name"]]


def test_a_time_after_a_mid_sentence_cue_stays_as_it_was(nlp):
    text = "The plant will close, the company said on Monday."
    assert [contents(a) for a in records(nlp, text, "said")] == [["The plant will close"]]


# ---------------------------------------------------------------- 'dismissed X as Y'


@pytest.mark.parametrize("text, cue, content", [
    ("The ambassador dismissed the report as politically motivated.", "dismissed", "the report as politically motivated"),
    ("The minister rejected the claims as baseless.", "rejected", "the claims as baseless"),
    ("The ambassador dismissed the report as a fabrication.", "dismissed", "the report as a fabrication"),
])
def test_what_a_stance_verb_takes_its_object_as_is_part_of_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- quoted names


@pytest.mark.parametrize("text", [
    'The studio has said that "Salt Harbor" was created by its showrunner.',
    'The company said its "Fjordcrest" mark was registered in 2019.',
    'The council said the "Blue Line" project would be delayed.',
    'Officials said "Operation Sandstorm" had ended.',
])
def test_a_quoted_name_makes_no_report_mixed(nlp, text):
    assert [a.kind for a in records(nlp, text, "said") + records(nlp, text, "has said")] == ["indirect"]


@pytest.mark.parametrize("text", [
    'The mayor said that "everyone" would benefit.',
    'He said the report was "Fake News" and would be ignored.',
    'The mayor called the deal "a fair agreement."',
])
def test_a_speakers_quoted_words_stay_mixed(nlp, text):
    assert [a.kind for a in records(nlp, text) if a.parent is None] == ["mixed"]


def test_a_concession_that_reports_words_of_its_own_stays_apart(nlp):
    text = '"The delay costs us a month," said party chairman Tom Ellery, though he added that the plan would hold.'
    assert [contents(a) for a in records(nlp, text, "said")] == [["The delay costs us a month"]]


def test_an_as_clause_with_a_subject_of_its_own_is_the_writers_time(nlp):
    text = "Officials have slammed the candidate as the election looms closer."
    assert [contents(a) for a in records(nlp, text, "have slammed")] == [["the candidate"]]
