"""Patterns of the fiftieth session (helper probe), found by writing twelve short articles of genres
the earlier probes left out (``probe_articles_50``: a fact-check, a live blog with timestamps, an
explainer with question subheads, a company press release with its boilerplate, an earnings call, a
rocket launch, a doping ban, a wildfire evacuation, a corruption trial, a whistleblower story, an
opinion poll, a diplomatic row) with every kind of report and lines that report nothing, and then
sentences in the shapes the articles showed wrong.

A second clause in the present joined by 'and' to a past cue's present 'that' clause, which the
parser hung on the cue, goes on with the report ('found that 46 percent back X and 44 percent oppose
it'; ``present_pairs``). A body named 'control' (mission, ground or air traffic control) can speak
(``source_nouns.txt``). A verb of saying whose object is a state one can only claim
('has always maintained her innocence') says it (``avowed_nouns.txt``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_50 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "speaker"), [
    ("factcheck", "Brendan Hale"), ("factcheck", "Priya Nandra"), ("liveblog", "Carla Denton"),
    ("liveblog", "Marcus Olu"), ("liveblog", "Hannah Lowe"), ("explainer", "Gareth Pugh"), ("release", "Ingrid Solberg"),
    ("release", "Paulo Reis"), ("earnings", "Tom Aske"), ("earnings", "Rachel Imrie"), ("earnings", "Jon Whitby"),
    ("launch", "Marta Quist"), ("launch", "Henrik Larsen"), ("doping", "Dana Okafor"), ("doping", "Simon Achebe"),
    ("wildfire", "Luis Ortega"), ("wildfire", "Beth Kowalski"), ("trial", "Laura Bennett"),
    ("trial", "Ruth Abara"), ("poll", "Anjali Rao"), ("diplomacy", "Ana Duarte"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name]), [(r.source.text if r.source else None, r.speaker)
                                                            for r in parsed[name]]


def test_a_poll_share_after_and_is_no_report_of_its_own(parsed):
    assert [r.cue.text for r in parsed["poll"] if r.cue is not None and r.cue.text == "oppose"] == []


@pytest.mark.parametrize(("text", "content"), [
    ("The study found that 46 percent of adults back the runway and 44 percent oppose it.",
     "46 percent of adults back the runway and 44 percent oppose it"),
    ("The survey found that most adults back the plan and many oppose the tax.",
     "most adults back the plan and many oppose the tax"),
])
def test_a_second_present_clause_goes_on_with_the_report(nlp, text, content):
    found = top(nlp, text)
    assert [(r.cue.text, contents(r)) for r in found] == [("found", [content])]


@pytest.mark.parametrize(("text", "expected"), [
    # set against the report with 'but', a verb of saying: a report of its own
    ("The survey found that most adults back the plan, but critics say it is too costly.",
     [("found", "The survey", ["most adults back the plan"]), ("say", "critics", ["it is too costly"])]),
    # a clause in the past after the present: the writer's narration
    ("The report found that most adults back the plan and the council voted for it.",
     [("found", "The report", ["most adults back the plan"])]),
])
def test_a_clause_that_is_no_part_of_the_report_stays_out(nlp, text, expected):
    found = top(nlp, text)
    assert [(r.cue.text, r.source.text, contents(r)) for r in found] == expected


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Mission control confirmed that the satellite had separated from the upper stage.", "confirmed",
     "Mission control", "the satellite had separated from the upper stage"),
    ("Air traffic control announced that the runway was closed.", "announced", "Air traffic control",
     "the runway was closed"),
])
def test_a_control_room_speaks(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The remote control stopped working and nobody could change the channel.",
    "The control group showed no change in blood pressure.",
])
def test_a_control_that_is_a_thing_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The cyclist has always maintained her innocence.", "maintained", "The cyclist", "her innocence"),
    ("The senator protested his innocence.", "protested", "The senator", "his innocence"),
    ("The driver asserted his innocence at every hearing.", "asserted", "The driver", "his innocence"),
])
def test_a_claimed_innocence_is_what_was_said(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The council maintains the roads and the bridges.",
    "The jury weighed his guilt for two days.",
])
def test_an_object_that_is_no_claim_reports_nothing(nlp, text):
    assert records(nlp, text) == []
