"""Patterns of the forty-second session (helper known). A verb of saying's clause that the parser
hung on a time clause's participle between them ('said when talking to supporters that X', 'told
reporters while visiting a plant that Y') or a time clause the parser put inside the clause ('said
while speaking to reporters that Z') is the verb of saying's, the time clause only its occasion
(``occasion_clauses``). 'Reasoned that X' is a cue with its clause (``belief_verbs.txt``). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor said when talking to supporters that taxes would fall.", "said", "The governor", "taxes would fall"),
    ("The senator told reporters while visiting Ohio that the plant would stay open.", "told", "The senator",
     "the plant would stay open"),
    ("The mayor said while speaking to reporters that the budget would pass.", "said", "The mayor",
     "the budget would pass"),
])
def test_a_clause_of_saying_past_a_time_clause_is_the_verb_of_sayings(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text) if r.parent is None]
    assert [r.cue.text for r in found if r.cue is not None] == [cue]
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


def test_a_participle_after_a_verb_that_says_nothing_keeps_its_clause(nlp):
    found = records(nlp, "The coach smiled while telling reporters that the team had played well.", "telling")
    assert [contents(r) for r in found] == [["the team had played well"]]


@pytest.mark.parametrize("text, cue, content", [
    ("The judge said the law was clear, reasoning that the rule applied to all.", "reasoning", "the rule applied to all"),
])
def test_reason_that(nlp, text, cue, content):
    assert [contents(r) for r in records(nlp, text, cue)] == [[content]]


def test_a_reason_is_no_cue(nlp):
    assert records(nlp, "They reasoned with the crowd for an hour.") == []
