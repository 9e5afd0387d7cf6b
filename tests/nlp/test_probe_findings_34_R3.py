"""Patterns of the thirty-fourth session (helper R3): an act done on a thing or a person, which
reports nothing - a thing made or posted as a passive's subject ('The video was posted by X'), one
given a state ('reported missing by her family'), a thing put somewhere ('wrote it on her
forearm'), a person phoned ('called the police'), charges faced by their subject ('faces charges
of X') - and a column's label before a headline's colon ("Critic's notebook:"). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a passive's subject that is a thing


@pytest.mark.parametrize("text, cue", [
    ("The video was first posted by an anonymous account.", "was first posted"),
    ("A clip of the fight was posted by a bystander on Sunday.", "was posted"),
    ("The woman, 27, had been reported missing by her family.", "had been reported"),
    ("The boy was reported missing by his school on Friday.", "was reported"),
])
def test_a_passive_s_thing_or_state_is_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The plan was announced by the mayor.", "was announced", "The plan"),
    ("The film was praised by critics.", "was praised", "The film"),
    ("The move was first reported by the Ledger.", "was first reported", "The move"),
    ("The deal was backed by the union.", "was backed", "The deal"),
])
def test_a_passive_s_subject_that_was_said_or_judged_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a thing put somewhere


def test_a_pronoun_written_somewhere_is_no_record(nlp):
    assert records(nlp, "She wrote it on her forearm.", "wrote") == []


@pytest.mark.parametrize("text, cue, content", [
    ("She wrote that the plan was dead.", "wrote", "the plan was dead"),
    ("The mayor criticized the council for the delay.", "criticized", "the council for the delay"),
])
def test_what_was_written_or_judged_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a person called


@pytest.mark.parametrize("text", [
    "Joan Pike called the police at noon.",
    "The nurse called him after the fall.",
])
def test_a_person_or_body_called_is_no_record(nlp, text):
    assert records(nlp, text, "called") == []


@pytest.mark.parametrize("text, cue, content", [
    ("She called the plan a disgrace.", "called", "the plan a disgrace"),
    ("The UN Security Council called an emergency session.", "called", "an emergency session"),
    ("He called for a ceasefire.", "called for", "a ceasefire"),
    ("She called on the council to act.", "called on", "the council to act"),
    ('His lawyer called the decision "cruel and pointless."', "called", 'the decision "cruel and pointless."'),
    ('He calls her "an extremely intelligent woman with a wonderful resume."', "calls",
     'her "an extremely intelligent woman with a wonderful resume."'),
])
def test_a_name_given_or_a_call_for_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- charges faced


def test_charges_faced_are_not_their_subject_s(nlp):
    text = "He faces charges of reckless endangerment, Lt. Sandra Pierce said."
    assert records(nlp, text, "charges of") == []
    assert [contents(a) for a in records(nlp, text, "said")] == [["He faces charges of reckless endangerment"]]


# ---------------------------------------------------------------- a column's label


def test_a_column_s_label_is_no_speaker(nlp):
    text = "Critic's notebook: The library that forgot its readers\n\nThe library opened in 1902."
    assert records(nlp, text, ":") == []


def test_a_person_s_role_before_a_colon_stays(nlp):
    text = "Trump's lawyer: The president did nothing wrong\n\nThe case continues."
    found = records(nlp, text, ":")
    assert [a.source.text for a in found] == ["Trump's lawyer"]
    assert [contents(a) for a in found] == [["The president did nothing wrong"]]


def test_a_name_set_before_the_verb_stays(nlp):
    text = "My mom said they were just private people. Private people, she called them."
    assert [contents(a) for a in records(nlp, text, "called")] == [["Private people"]]
