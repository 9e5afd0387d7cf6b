"""Patterns of the thirty-fifth session (helper R5): 'question' as a verb of saying (its record is
a report, not a belief); a participle after the agent of a passive report is the agent's ('was
reported by X, citing Y'); a clause opening the sentence that the parser read as a noun with a
reduced relative ('1,100 pastors registered for X, organizers said'); a participle of saying read
as the subject of the reported clause's verb (', saying inspections of X would keep Y'). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- 'question' reports


@pytest.mark.parametrize("text, cue", [
    ("Independent auditors have questioned whether the schedule is realistic.", "have questioned"),
    ("Council member Ruth Alder questioned the parking estimate.", "questioned"),
    ("Some parents question whether the merger will save money.", "question"),
])
def test_questioning_is_a_report(nlp, text, cue):
    assert [a.kind for a in records(nlp, text, cue)] == ["indirect"]


def test_a_belief_stays_a_belief(nlp):
    text = "Independent auditors doubt whether the schedule is realistic."
    assert [a.kind for a in records(nlp, text, "doubt")] == ["belief"]


# ---------------------------------------------------------------- a participle after a passive's agent


@pytest.mark.parametrize("text, cue, source, content", [
    ("The takeover was first reported by the Financial Times, citing people close to the talks.", "citing",
     "the Financial Times", "people close to the talks"),
    ("The ruling was condemned by opposition lawmakers, calling it a betrayal of voters.", "calling",
     "opposition lawmakers", "it a betrayal of voters"),
])
def test_a_participle_after_a_reports_agent_is_the_agents(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]


@pytest.mark.parametrize("text, cue, source", [
    ("The governor was questioned by reporters, saying she had nothing to add.", "saying", "The governor"),
    ("The mayor was interviewed by reporters, saying she had nothing to add.", "saying", "The mayor"),
])
def test_a_participle_after_another_passive_keeps_its_subject(nlp, text, cue, source):
    assert [a.source.text for a in records(nlp, text, cue)] == [source]


# ---------------------------------------------------------------- a fronted clause read as a noun


def test_a_fronted_clause_read_as_a_noun_is_what_was_said(nlp):
    text = "The festival opened on Friday.\n\n2,400 runners registered for the race, organizers said."
    found = records(nlp, text, "said")
    assert [(a.source.text, contents(a)) for a in found] == [("organizers", ["2,400 runners registered for the race"])]


@pytest.mark.parametrize("text, content", [
    ("Three workers injured in the fire were taken to hospital, police said.",
     ["Three workers injured in the fire were taken to hospital"]),
    ("The ferry, he told the paper, was running late.", ["The ferry", "was running late"]),
])
def test_other_fronted_reports_stay(nlp, text, content):
    assert [contents(a) for a in records(nlp, text)] == [content]


# ---------------------------------------------------------------- a participle read as a subject


def test_a_participle_read_as_the_clauses_subject_reports_the_clause(nlp):
    text = ("Acme Airlines cut its forecast, saying inspections of engines on part of its fleet would keep 20 "
            "aircraft grounded.")
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "saying")] == [
        ("Acme Airlines", ["inspections of engines on part of its fleet would keep 20 aircraft grounded"])]


def test_a_participle_with_its_own_clause_stays(nlp):
    text = "Acme Airlines cut its forecast, saying inspections would keep 20 aircraft grounded."
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "saying")] == [
        ("Acme Airlines", ["inspections would keep 20 aircraft grounded"])]
