"""Patterns of the fifty-second session (helper fp, records PolNeAR holds no report): a verb of saying
or holding inside an open question the sentence only puts ('It is unclear whether the treasurer knew X',
'asked the coach if he would ever endorse X') reports nothing; the asking verb outside it still does
(``open_questions.py``). Near misses stay: the question asked is a report, a condition's 'if' is no
question, a 'that' clause is told. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, cue", [
    ("It is not clear whether the treasurer knew that the ledger had been altered.", "knew"),
    ("The inquiry will look at whether anyone instructed the clerks to shred the invoices.", "instructed"),
    ("When I asked the goalkeeper if he would ever endorse the new owner, he laughed.", "endorse"),
    ("The harbour master was asked in March if he would support the new pier.", "support"),
    ("Nobody can say whether the council believes the bridge is safe.", "believes"),
    ("Auditors have two questions: how the money left the account, and whether anyone ever told the clerks to "
     "move it.", "told"),
])
def test_a_verb_in_an_open_question_reports_nothing(nlp, text, cue):
    assert [r for r in records(nlp, text) if r.cue is not None and cue in r.cue.text] == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The reporters asked whether the mayor would resign.", "asked", "The reporters",
     "whether the mayor would resign"),
    ("The auditors found that the treasurer knew the ledger had been altered.", "knew", "the treasurer",
     "the ledger had been altered"),
    ("Whether or not the club admits it, the coach told the players to stay home.", "told", "the coach",
     "the players to stay home"),
    ("The fishermen said the quota was unfair.", "said", "The fishermen", "the quota was unfair"),
])
def test_the_question_asked_and_what_is_told_still_report(nlp, text, cue, source, content):
    ok, shown = found_report(records(nlp, text), cue, source, content)  # (a report held by another too)
    assert ok, shown


def test_a_condition_is_no_open_question(nlp):
    """'if' opening a condition: the verb in it is still read as a cue (PolNeAR marks it)."""
    text = "If the union says the offer is fair, the strike will end on Friday."
    assert any(r.cue is not None and r.cue.text == "says" for r in top(nlp, text)), [
        (r.cue.text if r.cue else None) for r in top(nlp, text)]


def test_the_asking_verb_before_an_if_question_still_reports(nlp):
    """'asked X if Y': the question is reported (its content is the asker's), only the verb in Y is not."""
    text = "When the reporter asked the mayor last spring if she would ever back the casino plan, she smiled."
    found = top(nlp, text)
    assert [r.cue.text for r in found if r.cue is not None] == ["asked"], found
    assert found[0].source is not None and found[0].source.text == "the reporter"
