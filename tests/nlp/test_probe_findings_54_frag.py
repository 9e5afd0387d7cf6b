"""Patterns of the fifty-fourth session (helper frag, proposals only the ranker's exact weights kept
out): what *becomes* clear is a thing coming to light, no one's stance, whatever the subject
(``copula_clauses``); a 'claim' with a compound naming money ('insurance claim', 'compensation
claim') is a demand to be paid, no assertion (``money_claims``, ``money_claim_words.txt``); a verb of
naming with a bare number for its object is a number rung ('call 101', ``dialled_numbers``). Near
misses stay: a person *is* clear that X, a bare 'her claim that X', 'called the plan a disgrace'.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


@pytest.mark.parametrize("text", [
    "The data became clear that the reservoir was shrinking.",
    "The figures grew clear that the budget was short.",
    "The coach became clear that nobody would be dropped.",
])
def test_what_becomes_clear_holds_no_stance(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and "clear" in r.cue.text] == []


def test_a_person_who_is_clear_still_holds_a_stance(nlp):
    ok, shown = found_report(records(nlp, "The coach was clear that nobody would be dropped."), "was clear",
                             "The coach", "nobody would be dropped")
    assert ok, shown


@pytest.mark.parametrize("text", [
    "His compensation claim that the fall had injured his back was settled in June.",
    "Her insurance claim that the storm had wrecked the barn was paid in full.",
])
def test_a_claim_for_money_is_no_assertion(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and "claim" in r.cue.text] == []


def test_a_bare_claim_is_still_a_report(nlp):
    found = records(nlp, "His claim that the fall had injured his back was disputed by the club.")
    ok, shown = found_report(found, "claim", "His", "the fall had injured his back")
    assert ok, shown


@pytest.mark.parametrize("text", [
    "Witnesses should call 0800 555 111.",
    "Anyone who saw the van should call 101.",
])
def test_a_number_to_call_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Residents called the plan a disgrace.", "Residents", "the plan a disgrace"),
    ("The mayor called the levy a tax on families.", "The mayor", "the levy a tax on families"),
])
def test_a_label_given_is_still_a_report(nlp, text, source, content):
    ok, shown = found_report(records(nlp, text), "called", source, content)
    assert ok, shown
