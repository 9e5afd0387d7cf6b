"""Patterns of the thirty-fifth session (helper C2): content boundaries inside a reported clause, the
source's second act the parser hung on the clause ('insisted that X had paid Y and accused Z'), a clause
with its own subject in the report's shifted tense ('but she had not received a report') against the
source's own refusal ('but would not say how much'), and the medium an object content was given in ('in a
note to clients'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("Dr Mwangi, however, insisted that the commission had paid the teachers and accused the union of lying.",
     "insisted", "Dr Mwangi", "the commission had paid the teachers"),
    ("Dr Mwangi, however, insisted that the commission had paid the teachers and accused the union of lying.",
     "accused", "Dr Mwangi", "the union of lying"),
    ('Mayor Gloria Whitaker wrote that the decline proved "supply is the answer" and promised to speed up permitting.',
     "wrote", "Mayor Gloria Whitaker", 'the decline proved "supply is the answer"'),
])
def test_the_sources_second_act(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


@pytest.mark.parametrize("text, cue, content", [
    # a quotation of the clause's subject stays in the clause (session 30)
    ('A corporal told the inquiry that a sergeant had handed him the forms and said, "Sign them now."', "told",
     'a sergeant had handed him the forms and said, "Sign them now."'),
])
def test_the_clause_subjects_quotation_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("Ms Rewiti said the assessor had visited twice but she had not received a report.", "said",
     "the assessor had visited twice but she had not received a report"),
    ("The council said the road had been closed and it would reopen on Monday.", "said",
     "the road had been closed and it would reopen on Monday"),
    # guards: the source's own refusal, and the writer's clause in the present
    ("She said the government remained committed to the plan, but would not say how much it would cost.", "said",
     "the government remained committed to the plan"),
    ("Anyone with information should call police and quote file number 240617/3321, or contact Crimestoppers "
     "anonymously on 0800 555 111, police said.", "said",
     "Anyone with information should call police and quote file number 240617/3321, or contact Crimestoppers "
     "anonymously on 0800 555 111"),
])
def test_a_clause_in_the_shifted_tense(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    ("The analysts had predicted the hold in a note to clients last week.", "had predicted", "the hold"),
    ("The agency announced the ban in a notice posted on its website.", "announced", "the ban"),
    # guards: a medium named before, and no medium
    ("The company announced the closure in a two-paragraph email to students.", "announced", "the closure"),
    ("The minister admitted mistakes in the campaign.", "admitted", "mistakes in the campaign"),
    # 'told X to Y' keeps the addressee, as PolNeAR does for 'urged' and 'asked'
    ("Regulators told the bank to raise more capital.", "told", "the bank to raise more capital"),
])
def test_the_medium_of_an_object_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
