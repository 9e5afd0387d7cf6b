"""Patterns of the thirtieth session's fix brief (wB): a quotation said by the subject of a
reported clause, a subject the parser cut after 'that', an 'it' after a document that reports,
and a relative clause of a described object. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a reported clause's own 'said'


def test_a_quotation_said_in_a_reported_clause_is_its_subjects(nlp):
    text = ('A corporal told the inquiry that a sergeant had handed him the forms and said, '
            '"Sign them now, it is only a formality."')
    told, said = records(nlp, text, "told")[0], records(nlp, text, "said")[0]
    assert said.source.text == "a sergeant" and said.parent == told.id
    assert contents(told) == ['a sergeant had handed him the forms and said, "Sign them now, it is only a formality."']


def test_a_second_report_of_the_reporter_stays_the_reporters(nlp):
    text = "The minister said the costings had not been released and accused the opposition of lying."
    assert [a.source.text for a in records(nlp, text, "accused")] == ["The minister"]


# ---------------------------------------------------------------- a subject cut after 'that'


def test_a_subject_cut_after_that_goes_with_its_clause(nlp):
    text = "One broker said the loss was small. Another, however, warned that loss creep from lawsuits could lift the bill."
    assert [contents(a) for a in records(nlp, text, "warned")] == [["loss creep from lawsuits could lift the bill"]]


@pytest.mark.parametrize("text, cue, content", [
    ("Aid groups warned the true figure was higher.", "warned", "the true figure was higher"),
    ("Economists fear wage growth in the services sector could stoke inflation.", "fear",
     "wage growth in the services sector could stoke inflation"),
    ("The tax vote, which she has often said was an error, cost her the primary.", "has often said", "was an error"),
])
def test_subjects_read_as_objects_stay(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- 'it' after a document that reports


def test_it_after_a_document_that_reports_finds(nlp):
    text = "The final memo states that the bank lacked controls. It also found that tellers could not flag fraud."
    found = records(nlp, text, "found")
    assert [(a.source.text, contents(a), a.speaker) for a in found] == [
        ("It", ["tellers could not flag fraud"], "final memo")]


@pytest.mark.parametrize("text", [
    "The statement was released on Tuesday. It found that tellers could not flag fraud.",  # a document that reports nothing
    "The notice arrived on Tuesday. It found its way to the minister.",
])
def test_it_after_a_document_that_says_nothing_finds_nothing(nlp, text):
    assert records(nlp, text, "found") == []


def test_it_after_a_body_that_issued_a_statement_is_the_body(nlp):
    text = "Larkfield Bank issued a statement on Monday. It said that the branch would close."
    assert [a.speaker for a in records(nlp, text, "said")] == ["Larkfield Bank"]


# ---------------------------------------------------------------- a described object's relative clause


def test_a_relative_clause_hung_on_the_verb_is_the_objects(nlp):
    text = ("The audit, ordered by Gov. Mara Linde last spring, describes a ward culture in which junior nurses "
            "felt pressured to falsify charts.")
    assert [contents(a) for a in records(nlp, text, "describes")] == [
        ["a ward culture in which junior nurses felt pressured to falsify charts"]]


@pytest.mark.parametrize("text, cue, content", [
    ("He criticised the plan, which the council approved in May.", "criticised", "the plan"),
    ("The union slammed the decision on Monday.", "slammed", "the decision"),
])
def test_an_object_without_its_relative_clause_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
