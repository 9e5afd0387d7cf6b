"""Patterns of the thirty-fifth session (helper A2): an act that was not done is no report. The
reason an unnamed source gives ('because he was not authorised to discuss X': an act not
permitted), and, inside another's report, an act to come ('"We are going to write rules"', 'were
going to argue that X') or one by a thing still to be made ('plans to introduce a resolution
urging lawmakers to act', 'will file a motion asking X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- an act not permitted


@pytest.mark.parametrize("text", [
    "The official, who spoke on condition of anonymity because he was not authorised to discuss internal "
    "deliberations, said the talks had stalled.",
    "The aide, who spoke on condition of anonymity because she was not authorized to discuss the plan, said it "
    "had been delayed.",
    "Officials were not allowed to say whether the dam was safe, but the engineer said it was.",
])
def test_an_act_not_permitted_is_no_report(nlp, text):
    assert [(a.cue.text, contents(a)) for a in records(nlp, text) if a.cue is not None and a.cue.text != "said"] == []
    assert len(records(nlp, text, "said")) == 1


@pytest.mark.parametrize("text, cue, content", [
    ("The official, who spoke on condition of anonymity to discuss internal deliberations, said the talks had stalled.",
     "said", "the talks had stalled"),
    ("The official, who was authorized to discuss the case, said the talks had stalled.", "said", "the talks had stalled"),
    ("The company declined to comment.", "declined", "to comment"),
    ("The report did not mention the losses.", "did not mention", "the losses"),
])
def test_reports_beside_permission_stay(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


# ---------------------------------------------------------------- a report to come inside another's


@pytest.mark.parametrize("text, cue", [
    ("\"We are going to write rules today for technology that will change,\" he said.", "to write"),
    ("\"We are going to tell the court that the contract was void,\" he said.", "to tell"),
    ("He said officials were going to argue that the law was void.", "to argue"),
    ("Patel said she plans to introduce a resolution urging lawmakers to act.", "urging"),
    ("Patel said she will file a motion asking the court to reconsider.", "asking"),
    ("She said the council would publish a report showing that rents rose.", "showing"),
])
def test_a_report_to_come_inside_another_is_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("\"We introduced a bill urging the state to act,\" she said.", "urging", "We", "the state to act"),
    ("She said the group released a report urging lawmakers to act.", "urging", "the group", "lawmakers to act"),
    ("She said she will cite a study showing that the drug works.", "showing", "a study", "the drug works"),
    ("The minister said the police had told him the road was safe.", "had told", "the police", "the road was safe"),
    ("\"We went on to say that the plan was flawed,\" he said.", "went on to say", "We", "the plan was flawed"),
])
def test_a_report_made_inside_another_stays(nlp, text, cue, source, content):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, cue)] == [(source, [content])]
