"""Generalisation check of the sixty-second pass on cybersecurity and data-breach news (helper E): thirty-four
short articles (``probe_cyber_66``) on ransomware at hospitals, councils, schools, surgeries and a pipeline, hacker
groups' leak sites and posts, leaked customer data, a regulator's fine, router, browser and doorbell flaws, a bank's
filing, outages blamed on attacks, a water utility's intruders, leaked passwords, phishing texts and emails, an
insurer's and a phone company's leaks, a crypto heist, airport screens, arrests of a gang, a car maker's stoppage, an
exposed database, spyware on journalists' phones, open cloud storage, a rail outage claimed by a group, a grocer's
stolen cards, advice to patch, a hacker named by an alias, a delayed notice, pupils' records, a hospital's IT supplier
and a charity's mailing firm: 'the hackers claimed on their leak site', 'the company said it had notified', 'Researchers
at X found that', 'The regulator said in its decision', 'A ransom note demanded', 'The council confirmed', 'Security
experts warned', 'according to a filing with the Markets Authority', 'Customers reported', 'A spokesperson would not
say whether', 'The group posted', 'The report attributed the attack to', and speakers named again by pronoun or role
('He', 'The researcher', 'The chief information officer', 'The company'); each report with its hand-written gold,
the lines that report nothing (what malware does and what a flaw lets an attacker do, advice, numbers of records,
product names, timelines) and the speakers. Every sentence is written for the test.

Gold corrected first to PolNeAR's conventions, counted on train: a group that posts files reports them ('WikiLeaks
posted a cache of cables' is marked, so 'The group posted samples of the files' is a report); a page that lists
something reports it ('The agency lists the population as X', 12 of 14 records with 'list' right), so 'Its leak site
lists 112 victims' is; messages that ask the reader to pay report the request; 'X appeared to Y' is a report with no
source (the content 'X ... to Y').

Counted on main at the session's start (thirty-two articles, written before any mend, gold as corrected): reports
104 of 106 right (no source or content end wrong, 2 missed), lines that report nothing 75 of 77 (2 false reports),
speakers 16 of 20. The failures, grouped: 'the company' resolved to a body the article introduced as no firm (a hacker
group that calls itself Grey Lantern; so, probed in other words, 'the charity Open Hands', 'the union X', 'the pressure
group X', 'the ransomware group X', 'X, a campaign group': the firm named before lost to whichever of these spoke
last), mended by ``body_nouns.no_firm`` (the nouns and the words before 'group' in ``no_firm_words.txt``; 'the luxury
group Marvaux' stays a firm); 'the company' resolved to a place named in the lede ('Tarrow Motors' plant in Wexley')
when a headline naming no firm came first: the lede's one firm is now read from the first sentence past the
headline (``roles._lede_firm``); 'Residents should call the emergency number' read as naming, mended by the nouns of a
line one rings beside the numbers (``dialled_numbers``, ``dialled_nouns.txt``); 'Doctors have been writing
prescriptions' read as a report, mended by 'prescription', 'cheque', 'code' and 'software' among the things made
(``artefact_nouns.txt``). After: reports 104 of 106, lines 77 of 77, speakers 18 of 20. The two articles written
after the mends gave reports 4 of 5 (a content that stops before 'and told the regulator', below), speakers 2 of
2, lines 4 of 5 ('writing patient notes on paper', below). On
PolNeAR train and dev the mends change no record (train 13039 right of 15654, dev 1415 of 1711, before and after;
speakers on dev 0.960 over 552 before and after). In review, one more article ('breach_count'): 'called the number of
breaches unacceptable' lost its report to the line's noun 'number' (``dialled_numbers``; the parser hangs the label on
the counted noun): a 'number of' is a count, no line, report kept; PolNeAR train and dev unchanged."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_cyber_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import records, top

#: reports still missed or wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("spyware_report", "found", "Investigators at the Digital Rights Lab"):
        "'found' with a thing and where it was ('found spyware on the phones of X') reads as a thing come upon, no"
        " finding reported; PolNeAR's 'found' with an object is a poll's or a study's ('found considerable support"
        " for X'), none a thing found on or in a place, so no class to open",
    ("gang_posts", "posted", "The group"):
        "'posted the payroll records of X': 'record' is among the documents a verb sends with nothing in them"
        " ('issued a statement'), though PolNeAR marks 'WikiLeaks posted a cache of cables'; 'posted samples of the"
        " files' is found",
    ("donor_leak", "said", "The company"):
        "'said it had closed the gap and told the regulator' stops before 'and told': a verb of telling joined to"
        " the content's verb reads as the source's second act ('said X and told Y'), a reading the sentence allows;"
        " 'and fixed the server' is kept in the content",
}

#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("nurses_paper", "Nurses at Greyhaven General Hospital have been writing patient notes on paper for a week."):
        "'writing notes on X' holds what the notes are about ('wrote notes on the meeting'); 'on paper', the"
        " surface written on, reads the same, and one sentence is no class",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("zero_day", "The company"):
        "the NER takes no entity for 'Parallax Software' opening the lede and takes 'Halyard', the browser, for a"
        " body: the firm 'the company' stands for is never a candidate",
    ("hacker_alias", "The company"):
        "the NER takes 'Pixelforge' for a product and then for nothing: no body is named for 'the company'",
}

(parsed, test_a_report_of_cyber_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a body introduced by a noun of no firm's kind, or as a group of a cause or a crime, is no 'company'
    # (``body_nouns.no_firm``, ``no_firm_words.txt``)
    ("Shares in Kelvar Mining Ltd fell on Monday after the fine. The charity Open Hands said the fine was too small."
     " The company said it would pay.", "Kelvar Mining Ltd"),
    ("Shares in Kelvar Mining Ltd fell on Monday after the fine. The pressure group Clean Rivers said the fine was too"
     " small. The company said it would pay.", "Kelvar Mining Ltd"),
    ("Hackers said they had stolen files from Brisca Freight. The ransomware group Grey Lantern posted samples of the"
     " files on Tuesday. The company said it had notified the police.", "Brisca Freight"),
    ("Hackers said they had stolen files from Brisca Freight. A group calling itself Grey Lantern posted samples of the"
     " files. The firm said it had notified the police.", "Brisca Freight"),
    # a group of a business's kind stays a firm
    ("The luxury group Marvaux said sales rose. The company said it would open stores.", "Marvaux"),
])
def test_the_company_is_no_cause_group(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_the_lede_firm_is_read_past_a_headline(nlp):
    text = ("Car maker halts production after attack\n\nProduction at Tarrow Motors' plant in Wexley stopped for five"
            " days after an attack on its computer systems.\n\nThe plant builds about 1,400 cars a day.\n\nThe company"
            " said in a statement that it expected to resume production next week.")
    assert [r.speaker for r in top(nlp, text)] == ["Tarrow Motors"]


@pytest.mark.parametrize("text", [
    # a line one rings by its noun, no label after it (``dialled_numbers``, ``dialled_nouns.txt``)
    "Residents should call the emergency number for urgent housing needs.",
    "Customers can call the bank's fraud hotline at any time.",
    # things written that hold no words one says (``artefact_nouns.txt``)
    "Doctors have been writing prescriptions by hand since Tuesday.",
    "She wrote a cheque for the full amount.",
])
def test_a_call_or_a_thing_written_is_no_report(nlp, text):
    assert records(nlp, text) == []


def test_a_line_named_is_still_a_report(nlp):
    assert [r.cue.text for r in records(nlp, "She called the helpline a lifeline for farmers.")] == ["called"]
