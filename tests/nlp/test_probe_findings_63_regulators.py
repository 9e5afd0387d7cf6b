"""Generalisation check of the sixty-third session on regulatory enforcement and corporate filings news (helper I):
twenty-nine short articles (``probe_regulators_63``) on fines and final notices, lawsuits by agencies, filings that
disclose probes, watchdog findings, whistleblowers, audits of charities and auditors, recalls, settlements, leaks about
mergers, profit warnings, refunds, insider trading, inspections, emissions, crypto exchanges, pension transfers, annual
reports, data breaches, sewage spills, price rises, cartels, car loans, side-effect reports and sanctions: 'the
regulator said in its final notice', 'the complaint alleges', 'according to a filing with the securities agency', 'the
company disclosed', 'neither admitted nor denied the findings', 'the watchdog found that', 'the firm said it had
cooperated fully', 'a whistleblower told investigators', 'the audit concluded', 'the recall notice warns', 'the agency
accused the bank of', 'people familiar with the matter said', 'shares fell after the firm warned'; each report with its
hand-written gold, the lines that report nothing (fine amounts, share prices, case numbers, product names, legal
citations, dates of filings, narration, 'the settlement requires', 'did not respond to a request for comment') and the
speakers. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any mend):
reports 84 of 86 right (no source wrong, no report missed, 2 contents cut short), lines that report nothing 49 of 51,
speakers 5 of 5. The two lines shown were PolNeAR's reports, not the set's: 'The regulator ordered X to Y' (train marks
4 of 5 'ordered X to') and 'regulators charged X with Y' (1 of 1); the gold was corrected to them (then reports 86 of
88, lines 49 of 49). The two contents cut short stay (below): neither is a class on PolNeAR train. The three articles
written next, on shapes the first did not have ('Shares in X fell after it disclosed', 'The fine, the commission said,
reflected', 'In its defence, X argued', 'Investors were told', 'X, which denies Y, said', 'The report, dated 2 May and
seen by this newspaper, says'), gave reports 14 of 14, lines 7 of 7, speakers 2 of 2. Four speakers were written after
reading every record's speaker: on main 1 of 4 right. Mended: a role that speaks before the text names a holder of
another office of that noun is not that holder ('The commissioner said X. ... the deputy commissioner, Alan Greaves,
said Y' gave the commissioner's words to Greaves; also 'The deputy mayor said X. The mayor, Tom Hale,'):
``office_ranks.other_office`` now read by ``cataphora.named_later`` and the lede's role in ``ledes``. Probing speakers
in single sentences, a firm called again by its trade stayed a description when the trade was no noun of
``group_role_nouns.txt`` ('Solvane Energy will pay X. The supplier said Y'); mended with the trades a firm is called
by that name no person ('supplier', 'wholesaler', 'distributor', 'refiner', 'toymaker', 'bookmaker'; not 'broker' or
'dealer', who may be people). After: reports 98 of 100, lines 56 of 56, speakers 9 of 11. PolNeAR has none of the
trade nouns; on train and dev the mends change no record, and speakers on dev stay 0.960 over 552.
Conventions followed as PolNeAR has them: 'ordered X to Y' and 'charged X with Y' are reports holding 'X to Y' and 'X
with Y'; 'neither admitted nor denied X' is a report of X, as 'declined to comment' is; 'the settlement requires X' is
no report (train marks 2 of 22 'requires'); 'did not respond to a request for comment' is none, as the project has it
(PolNeAR marks 22 of 75)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import records, top
from probe_regulators_63 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("airline_refunds", "accused", "The civil aviation authority"):
        "'accused X of breaking the law by making passengers wait': the parser hangs 'by making' on 'accused', not on"
        " 'breaking', so the content stops before it; PolNeAR train has one 'accused X of Y by V-ing' (kept whole and"
        " already right), no class to mend",
    ("car_dealer_loans", "said", "Pennant"):
        "'Pennant said it accepted the findings and apologised to the customers affected': the parser reads 'apologised'"
        " as Pennant's second verb beside 'said', a reading the sentence allows; gold contents running on over 'and'"
        " plus a verb past the predicted end are 6 on train, of no one shape",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("overdraft_suit", "The agency"):
        "the headline's 'Consumer agency sues X' is a description of the agency the lede names ('The Consumer Finance"
        " Bureau sued X'); after a report between, 'The agency' takes the headline's description, not the lede's body",
}
# ('Tindle Toys' ... 'The company', wrong here before: 'toys' made a word of a firm's name in the sixty-eighth pass,
# ``test_probe_findings_68_longspeakers``)

(parsed, test_a_report_of_regulatory_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a regulator's orders and charges are PolNeAR's reports, holding the object and its phrase
    ("The markets regulator ordered the fund to return $8 million to investors.", "ordered", "The markets regulator",
     "the fund to return $8 million to investors"),
    ("Prosecutors charged the former treasurer with stealing from the pension fund.", "charged", "Prosecutors",
     "the former treasurer with stealing from the pension fund"),
    # settling without a stance is a report of what was neither admitted nor denied
    ("Orvell Capital neither admitted nor denied the regulator's findings.", "denied", "Orvell Capital",
     "the regulator's findings"),
    # documents say, warn, allege and find
    ("The recall notice warns that the kettles can leak when full.", "warns", "The recall notice",
     "the kettles can leak when full"),
    ("The lawsuit, filed in the district court in Ravensby, claims that the company knew about the defect.", "claims",
     "The lawsuit, filed in the district court in Ravensby", "the company knew about the defect"),
    ("The audit concluded that the fund's accounts had been misstated for two years.", "concluded", "The audit",
     "the fund's accounts had been misstated for two years"),
])
def test_a_shape_of_regulatory_news(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "The settlement requires the lender to refund every customer within 90 days.",
    "Harlow Mutual did not respond to a request for comment.",
    "The case is Markets Board v. Teller Finance, No. 23-cv-0415.",
    "The penalty was cut by 30% because the firm settled early.",
])
def test_a_line_of_regulatory_news_that_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a firm called again by its trade (``group_role_nouns.txt``)
    ("Solvane Energy will pay £9.8 million. The supplier said a software fault was to blame.", "Solvane Energy"),
    ("Brackwell Foods was fined £2 million. The wholesaler said it would appeal.", "Brackwell Foods"),
    ("Harcourt Oil was fined. The refiner said it would appeal.", "Harcourt Oil"),
])
def test_a_firm_called_by_its_trade(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # another office of the role's noun names no holder of the role (``office_ranks``, ``cataphora``, ``ledes``)
    ("The commissioner said the fine was fair. The deputy commissioner, Alan Greaves, said the breach was simple.",
     "commissioner"),
    ("Council sets budget\n\nThe council set its budget on Monday.\n\nThe deputy mayor said the plan was fair.\n\n"
     "The mayor, Tom Hale, said the vote was close.", "deputy mayor"),
    ("Council sets budget\n\nThe council set its budget on Monday.\n\nThe mayor said the plan was fair.\n\n"
     "The deputy mayor, Tom Hale, said the vote was close.", "mayor"),
])
def test_another_office_of_the_noun_is_another_holder(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][0] == speaker


def test_the_holder_named_later_by_the_same_office_keeps_the_words(nlp):
    text = "A federal judge ruled the fine was fair. Judge Harriet Mills wrote that the breach was simple."
    assert [r.speaker for r in top(nlp, text)] == ["Harriet Mills", "Harriet Mills"]
