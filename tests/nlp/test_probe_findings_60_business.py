"""Generalisation check of the sixtieth session on business, markets and finance news (helper I): thirty-one
short articles (``probe_business_60``) in the registers of earnings reports, market wraps, central-bank
decisions, company filings, deal news and economic data, each report with its hand-written gold (a word of the
cue, the source, the first content), the lines that report nothing (market narration: 'Shares fell 3%', 'The
index closed at 4,210'; figures with no saying; 'markets are pricing in X'; 'the statement of accounts was
filed'; 'the profit warning was the second this year'; 'guidance counsellor'; 'the forecast period') and the
speakers of pronouns. Every sentence is written for the test.

Counted before this pass (main at cb4d7c1) on the first thirty articles (written before any mend): reports 80 of
82 right (missed 1, a wrong source 1, no content cut wrong), lines that report nothing 56 of 56, speakers 4 of 5;
no line reported that reports nothing. Gold corrected to PolNeAR: 'X declined to comment' is a report (26 of the
28 shown on train right). Mended in the lexicons: a meeting's minutes show what it decided as a poll or a filing
does ('Minutes of the May board meeting showed strong support for X', ``poll_nouns.txt``); the article written to
probe it and 'project' gave 1 of 3 before, 2 of 3 after. Tried and left: 'project' with an object as a stance verb
as 'forecast' is ('projects a loss of 120 million pounds'): train +2 right ('projected the supreme confidence'),
+6 wrong ('projecting U.S. power', 'is projected to be X' cut wrong), dev +1 wrong. Left too: a participle 'first
reported by' set off by commas, and a parse that reads 'the authority's chair, Dana Okafor,' after a quotation
as the quotation's end."""

from __future__ import annotations

import pytest
from probe_business_60 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests, found_in
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("filing_merger", "reported", "Bloomberg"):
        "'The deal, first reported by Bloomberg, values X': a participle of reporting set off by commas gives no"
        " record (the finite 'The plan was first reported by X' does; PolNeAR has the participle twice on train)",
    ("deal_blocked", "said", "the authority's chair, Dana Okafor"):
        "'\"X,\" the authority's chair, Dana Okafor, said': the parser hangs 'the authority's chair' on the"
        " quotation ('the regulator's chair' and 'the authority's chairman' are read right)",
    ("budget_outlook", "projects", "Eastvale Power"):
        "'projects a loss of 120 million pounds': 'project' is no cue (as a stance verb it gained 2 right and 6"
        " wrong on train, PolNeAR marking 'projecting power' now and then, not 'projecting big profits')",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("filing_sec2", "It"):
        "'It said X' after 'The drugmaker had $31 million, the filing showed': the pronoun goes to the last"
        " source named (the filing), not to the company the sentence is about",
}

(parsed, test_a_report_of_business_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(map(len, NOT_REPORTS.values())) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a meeting's minutes show (``poll_nouns.txt``)
    ("Minutes of the council's finance committee showed broad backing for the levy.", "showed",
     "Minutes of the council's finance committee", "broad backing for the levy"),
])
def test_a_shape_of_business_news(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "He projected the slides onto the wall of the boardroom.",
    "The final minutes showed the team at its best.",
])
def test_no_report_of_the_other_senses(nlp, text):
    assert top(nlp, text) == []
