"""Patterns of the thirty-third session (helper acts): a result the subject made known ('reported
quarterly results', 'posted its strongest showing'), which is its act and no
claim, and an 'as' clause of an act with an object of its own, which is no aside of the report
beside it. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a result made known


@pytest.mark.parametrize("text, cue", [
    ("The firm reported quarterly results on Monday.", "reported"),
    ("The Green Party posted its strongest showing in two decades.", "posted"),
    ("The airline posted a loss for the year.", "posted"),
    ("The company reported its smallest quarterly profit.", "reported"),
    ("The bank reported results for the third quarter on Friday.", "reported"),
])
def test_a_result_the_subject_made_known_is_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("Reuters reported a win for the ruling party.", "reported", "a win for the ruling party"),
    ("The retailer reported a profit of $1.78 a share.", "reported", "a profit of $1.78 a share"),
    ("The ministry reported the results of the inquiry.", "reported", "the results of the inquiry"),
    ("The company reported results that showed sales had fallen.", "reported", "results that showed sales had fallen"),
    ("The senator disputed the result.", "disputed", "the result"),
    ("The mayor hailed the result.", "hailed", "the result"),
    ("Patrick predicted a Cruz win in Texas.", "predicted", "a Cruz win in Texas"),
    ("The union rejected the result of the ballot.", "rejected", "the result of the ballot"),
    ("The party claimed the nomination.", "claimed", "the nomination"),
    ("The governor claimed victory on Tuesday night.", "claimed", "victory"),
    ("The senator declared victory on Tuesday night.", "declared", "victory"),
])
def test_another_s_result_or_one_judged_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- an 'as' clause of an act


def test_an_as_clause_with_its_own_object_is_no_aside(nlp):
    text = ("Orbitline expects its business to become profitable next year, chief executive Ravi Deshmukh "
            "said on Tuesday, as the company added more than 400,000 subscribers in the third quarter.")
    assert records(nlp, text, "added") == []


def test_costs_rose_as_the_firm_added_staff(nlp):
    text = "Costs rose, the firm said, as it added 300 staff."
    assert records(nlp, text, "added") == []


@pytest.mark.parametrize("text, cue, content", [
    ("The plan is dead, as the mayor noted on Monday.", "noted", "The plan is dead"),
    ("The storm was the worst in years, as the insurer put it.", "put it", "The storm was the worst in years"),
    ("As the mayor told the Evening Ledger, the depot will close.", "told", "the depot will close"),
])
def test_an_as_aside_with_no_object_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
