"""Patterns of the fiftieth session (helper bnd): a report before a semicolon that the parser hung as
the reported clause of the verb after it ('Tenants complained that X; the landlord has ordered Y'),
so that the report was lost or the later verb took it for content. The report before the semicolon
stands with its content ending there (``semicolon_reports``); a report after the semicolon keeps its
own, and a verb after it that reports nothing reports nothing. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("Tenants complained that the lifts were broken; the landlord has ordered new ones.",
     "complained", "Tenants", "the lifts were broken"),
    ("The mayor insisted that the road was safe; the police have closed it twice.",
     "insisted", "The mayor", "the road was safe"),
    ("The chef claimed the fish was fresh; the inspectors found otherwise.",
     "claimed", "The chef", "the fish was fresh"),
    ("Drivers fear the toll will rise; the company has not set a price.",
     "fear", "Drivers", "the toll will rise"),
])
def test_a_report_before_a_semicolon_stands_and_ends_there(nlp, text, cue, source, content):
    found = top(nlp, text)
    ok, shown = found_report(found, cue, source, content)
    assert ok, shown
    # (the verb after the semicolon does not take the first report for its content)
    assert not any(cue in " ".join(contents(r)) for r in found), [(r.cue.text if r.cue else None, contents(r)) for r in found]


def test_a_report_after_the_semicolon_keeps_its_own(nlp):
    text = "Tenants complained that the lifts were broken; the landlord said new ones were on order."
    found = top(nlp, text)
    for cue, source, content in (("complained", "Tenants", "the lifts were broken"),
                                 ("said", "the landlord", "new ones were on order")):
        ok, shown = found_report(found, cue, source, content)
        assert ok, shown


def test_an_act_after_the_semicolon_keeps_its_object(nlp):
    text = "Residents complained that the noise was unbearable; the airport has promised quieter planes."
    found = top(nlp, text)
    ok, shown = found_report(found, "complained", "Residents", "the noise was unbearable")
    assert ok, shown
    assert [contents(r) for r in found if r.cue is not None and r.cue.text == "has promised"] == [["quieter planes"]]


@pytest.mark.parametrize("text", [
    "The team lost the final; the coach has resigned.",
    "The bridge was repaired in May; the council has reopened it.",
])
def test_no_verb_of_saying_before_the_semicolon_reports_nothing(nlp, text):
    assert top(nlp, text) == []


def test_a_report_after_a_plain_clause_and_a_semicolon_stays(nlp):
    text = "The bridge was repaired in May; the mayor said it was safe."
    ok, shown = found_report(top(nlp, text), "said", "the mayor", "it was safe")
    assert ok, shown
