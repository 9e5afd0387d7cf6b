"""Generalisation check of the sixty-second session on central bank, market and economic data reporting (helper T):
thirty short articles (``probe_markets_62``) on rate decisions, minutes, signals, news conferences, notes to
clients, polls of economists, data releases, indices, surveys, forecasts, fears, economists named with their
employer, warnings and unnamed sources, each report with its hand-written gold (a word of the cue, the source, the
first content), the lines that report nothing (price moves, index levels, yields, rates stated by the writer, times
of closes, ticker names) and the speakers of pronouns. Every sentence is written for the test.

Counted on main at 5eace1c on the first twenty-four articles (written before any run; one source of the gold had
kept the comma after a participle phrase, which PolNeAR leaves out, and was set right): reports 59 of 60
right (the one content cut early, below), no wrong source, no false report, lines that report nothing 55 of 55,
speakers 5 of 5. The six articles written next, to widen the check, gave reports 16 of 16 (one more comma set
right), lines 14 of 14 and
speakers 1 of 1. In all: reports 75 of 76, lines 69 of 69, speakers 6 of 6. Nothing was mended: the one miss is no
class on PolNeAR train (an expectation verb's noun content followed by the year it is about, 4 records, 2 of them
with the year in the gold content), and a time after a content is the writer's circumstance in 77 of 116 train
records of any cue."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_markets_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("emerging_cut", "expect", "Economists surveyed by the central bank"):
        "'expect inflation of 3.9 per cent this year': the year the forecast is about is cut as a circumstance of the"
        " report, as a time after a content is in most PolNeAR records; an expectation verb's noun object with its"
        " year is 4 records on PolNeAR train (2 keep the year), no class",
}

(parsed, test_a_report_of_markets_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a report after a price move, a closing source with an owner, an unnamed source with 'told X that'
    ("The pound fell after the central bank said it would slow its bond sales.", "said", "the central bank",
     "it would slow its bond sales"),
    ("Rates will stay on hold until the summer, the central bank's chief economist said.", "said",
     "the central bank's chief economist", "Rates will stay on hold until the summer"),
    ("Two sources familiar with the matter told the Kestrel news agency that the bank would delay the sale.", "told",
     "Two sources familiar with the matter", "the bank would delay the sale"),
    ("The data suggest the economy is slowing.", "suggest", "The data", "the economy is slowing"),
])
def test_a_shape_of_market_reporting(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "The Dow Jones Industrial Average rose 120 points, or 0.3 per cent, to 39,112.",
    "Bonds rallied as traders scaled back bets on further hikes.",
    "The dollar index, which measures the greenback against six peers, rose 0.2 per cent.",
    "Expectations for a cut have risen sharply.",
    "Shares of Quarrel Tech, which warned on profits last month, rose 5 per cent.",
    "The central bank's inflation target is 2 per cent.",
    "The minutes will be published on Wednesday.",
])
def test_a_market_line_is_no_report(nlp, text):
    assert top(nlp, text) == []
