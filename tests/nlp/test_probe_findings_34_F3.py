"""Patterns of the thirty-fourth session (helper F3): verbs of the lexicon used for an act that
reports nothing (``acts.py``): a matter passed on to someone who deals with it ('reported the
breach to the regulator'), the purpose of the anonymity formula ('speaking on condition of
anonymity to discuss the talks'), a passive participle on its noun read as the sentence's verb
('Families reported to the hotline are waiting'), a fear for someone ('feared for her job').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a matter passed on


@pytest.mark.parametrize("text, cue", [
    ("The council said it had reported the breach to the regulator.", "reported"),
    ("Facebook reported the account to the FBI.", "reported"),
    ("The company referred the complaint to the police.", "referred"),
    ("The Navy referred questions to the installations command.", "referred"),
    ("Ms Ruiz reported the problem to her manager, who said it would be fixed.", "reported"),
])
def test_a_matter_passed_on_is_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


def test_a_report_beside_a_matter_passed_on_hangs_under_the_outer_cue(nlp):
    text = ("The council said it had reported the breach to the regulator and that all recipients "
            "had confirmed they had deleted the file.")
    said, = records(nlp, text, "said")
    confirmed, = records(nlp, text, "had confirmed")
    assert confirmed.parent == said.id
    assert contents(confirmed) == ["they had deleted the file"]


@pytest.mark.parametrize("text, cue, content", [
    ("She reported to the board that the accounts were wrong.", "reported", "the accounts were wrong"),
    ("He referred to Mr Hale as a reformer.", "referred to", "Mr Hale as a reformer"),
    ("Residents reported to the council that the bins were full.", "reported", "the bins were full"),
    ("Doctors reported that families are waiting.", "reported", "families are waiting"),
])
def test_a_report_with_a_clause_or_a_description_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- the anonymity formula's purpose


@pytest.mark.parametrize("text", [
    "A senior State Department official, speaking on condition of anonymity to discuss the closed-door talks, "
    "said the deal was close.",
    "An official, who spoke on condition of anonymity to discuss the matter, said it was over.",
])
def test_the_purpose_of_the_anonymity_formula_is_no_record(nlp, text):
    assert records(nlp, text, "to discuss") == []
    assert len(records(nlp, text, "said")) == 1


def test_a_meeting_to_discuss_a_matter_stays(nlp):
    assert [contents(a) for a in records(nlp, "He met Obama to discuss the strategy.", "to discuss")] == [["the strategy"]]


# ---------------------------------------------------------------- a participle read as the verb


@pytest.mark.parametrize("text", [
    "Families reported to the hotline are waiting 19 days for a visit.",
])
def test_a_participle_on_its_noun_read_as_the_verb_is_no_record(nlp, text):
    assert records(nlp, text, "reported") == []


@pytest.mark.parametrize("text, content", [
    ("Families reported to the hotline that they are waiting 19 days.", "they are waiting 19 days"),
    ("Officials reported the families are waiting.", "the families are waiting"),
    ("Families reported waiting 19 days.", "waiting 19 days"),
])
def test_a_report_of_the_subject_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "reported")] == [[content]]


# ---------------------------------------------------------------- a fear for someone


@pytest.mark.parametrize("text, cue", [
    ("She quit because she feared for her job prospects.", "feared for"),
    ("They worry for the children.", "worry for"),
])
def test_a_fear_for_someone_is_no_belief(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, content", [
    ("She feared that she would lose her job.", "she would lose her job"),
    ("He feared the worst.", "the worst"),
])
def test_a_fear_that_holds_a_view_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "feared")] == [[content]]
