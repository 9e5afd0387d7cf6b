"""Patterns of the forty-seventh session (helper src): who says a report wrapped in a raising passive.
'The mayor is expected to argue that X', "she's expected to argue that X": the passive of a belief
verb around an infinitive of saying with a clause is one cue, and its subject is the one who will
say the clause, the record's source (``raised_reports``), as 'The chief is likely to argue X' has
one. A raising passive with no report inside it is an expectation with no source ('The council is
expected to approve the budget'), an empty subject gives none ('It is expected to say X'), and an
agent's passive stays the agent's. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor is expected to argue that the new levy is fair to renters.",
     "is expected to argue", "The mayor", "the new levy is fair to renters"),
    ("Turner lacks the money of her rival, but she\u2019s expected to argue that he has lost touch with farmers.",
     "\u2019s expected to argue", "she", "he has lost touch with farmers"),
    ("The coach is widely expected to announce that he will retire after the final.",
     "is widely expected to announce", "The coach", "he will retire after the final"),
])
def test_the_raised_subject_says_the_wrapped_report(nlp, text, cue, source, content):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_an_expectation_with_no_report_has_no_source(nlp):
    (record,) = records(nlp, "The council is expected to approve the budget on Friday.", "is expected")
    assert record.source is None


def test_an_empty_subject_is_no_source(nlp):
    for record in records(nlp, "It is expected to say that the plant will close in May."):
        assert record.source is None or record.source.text != "It"


def test_an_agents_expectation_stays_the_agents(nlp):
    (record,) = records(nlp, "The mayor is expected by analysts to argue that the levy is fair.")
    assert record.source is not None and record.source.text == "analysts"
