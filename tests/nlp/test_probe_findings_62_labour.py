"""Generalisation check of the sixty-second session on labour, union and workplace news (helper U): twenty-seven short
articles (``probe_labour_62``) on strikes and ballots, pay talks, layoffs, employment tribunals and workplace
complaints: 'the union said members had voted to strike', 'the general secretary told the rally', 'management
insisted', 'staff claim', 'a memo seen by the paper says', 'in an email to employees, the chief executive wrote', 'the
tribunal found that', 'the claimant alleged', 'workers on the picket line said', 'the employer described the offer as',
'the ballot showed', 'a worker who did not want to be named said', 'the firm announced 300 job cuts', 'the offer was
rejected by members', 'the union accused bosses of'; each report with its hand-written gold (a word of the cue, the
source, the first content), the lines that report nothing (pay figures, strike dates, turnouts stated by the writer,
company descriptions, picket lines told as a story) and the speakers of pronouns and titled names. Every sentence is
written for the test.

Counted before this pass (main at the session's start) on the first twenty-four articles (written before any mend):
reports 73 of 77 right (missed 2, a content cut wrong 1, a source wrong 1), lines that report nothing 50 of 51,
speakers 7 of 7. The one line reported, 'Of those who voted, 91 per cent backed a strike', is a report as PolNeAR
marks a share that backed a side when the writer states it (2 of 2 on train outside a poll's content): the gold was
corrected, so reports 74 of 78 and lines 50 of 50. Mended: a ballot shows, finds or reveals how its members voted,
as a survey does ('The ballot showed 86 per cent backed a strike', 'In the ballot, 78 per cent voted for X';
``poll_nouns.txt``), but a participle hung on a ballot one stands on is the candidates' act, no poll's finding
('those on the ballot defending the majority', ``ballot_candidates``; the one such record on PolNeAR train).
After: reports 75 of 78, lines 50 of 50, speakers 7 of 7. The three articles written after the mend, to probe its
shape in other words, gave reports 9 of 9 and lines 2 of 3 ('The council plans to close four branches' is reported;
PolNeAR marks a verb 'plans to' 30 times of 90 on train, left as it is).
Conventions followed as PolNeAR has them (counted on train): 'announced' with a noun object is a report (43 cues to
15 left unmarked), so 'announced 300 job cuts' and 'announced the dates' are written as reports; 'described X as "Y"'
keeps 'X as' in the cue and 'accused X of Y' keeps X in the content (the project's decided conventions)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_labour_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("shop_shifts", "claim", "Staff at the Halloway's chain"):
        "'Staff at the Halloway's chain claim they are given X': the parser reads 'chain claim' as one noun, so no verb"
        " is left to cue; PolNeAR train has no plural subject before a verb 'claim' with a pronoun clause read so",
    ("bakery_heat", "told", "Staff at the Brenfield bakery"):
        "'told inspectors that temperatures on the production line had reached 38C': the parser tags 'temperatures' a"
        " verb and hangs 'inspectors' on the clause as its subject, so the content opens at the hearer; one sentence",
    ("postal_offer", "rejected", "members"):
        "'was rejected by members in a ballot that closed on Friday': the parser hangs 'in a ballot' on 'members', so"
        " the source keeps it; 'rejected by members last week' is right, no class on train",
}
#: lines that report nothing still reported: (article, line) -> why
STILL_SHOWN = {
    ("librarians_ballot", "The council plans to close four of its 17 branches."):
        "a body's 'plans to X' is read as its intent, a report; PolNeAR marks a verb 'plans to' 30 times of 90 on train,"
        " so the project's convention is kept",
}

(parsed, test_a_report_of_labour_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a ballot shows how its members voted, as a survey does (``poll_nouns.txt``)
    ("The ballot showed 86 per cent of those voting backed a strike.", "showed", "The ballot",
     "86 per cent of those voting backed a strike"),
    ("The ballot found that most members wanted a four-day week.", "found", "The ballot",
     "most members wanted a four-day week"),
    ("In the ballot, 91 per cent backed a strike.", "In", "the ballot", "91 per cent backed a strike"),
])
def test_a_ballot_reports_how_members_voted(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "The ballot closed on Monday.",
    "Members were sent ballots in May.",
    "Turnout in the ballot was 71 per cent.",
    # a ballot one stands on is the paper, no poll (``ballot_candidates``)
    "Those who are on the ballot defending the party's seats this year need his voters.",
])
def test_a_ballot_told_as_a_fact_reports_nothing(nlp, text):
    assert top(nlp, text) == []
