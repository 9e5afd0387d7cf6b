"""Generalisation check of the sixty-second pass on press releases and corporate announcements as a news tool meets
them on the web (helper P): twenty-six releases (``probe_releases_66``) with wire datelines, 'X today announced',
quotes closed by 'said Jane Doe, Chief Executive Officer of X' with long Title-Cased titles, partners' and customers'
quotes, 'About X' paragraphs, forward-looking statements disclaimers, media contact blocks, 'Source: X' lines,
feature bullet lists, awards, a recall, a survey, a city's closure notice, a trial's results and speakers named
again by pronoun, honorific or role ('She', 'Ms. Haddad', 'The company', 'Osei'); each report with its hand-written
gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Gold corrected first to PolNeAR's conventions, counted on train: 'X announced Y' is a report (148 gold cues with
'announc' among 233 uses of the word), a firm's third-person 'The company said' too; 'compare' is marked as a
statement (14 gold cues: 'She compared X to Y', 'They compare the challenges'), so 'The Harbourline Index compares
18 vendors' is one; a passive 'recognized' is marked with the one recognised as its content ('were also recognized
X'), so 'X was also recognised as a Top Workplace by Y' is Y's report; 'is expected to' is a report with no source
(92 gold cues with 'expected').

Counted on main at the session's start (gold as corrected): reports 57 of 59 right (1 content end wrong, 1 missed, no
source wrong), lines that report nothing 65 of 67 (2 false reports), speakers 8 of 12. The failures, grouped: a
body's name run on over the headline's capitals taken as the fuller name of the body the text names ('Halcyon Roofing
Completes', 'Kestrel Analytics Launches Ledgerline Forecasting' for 'Halcyon Roofing' and 'the company'): a name of
two words or more now stands for no longer name given only in the headline (``leading_names``); a part of a body
taken as its fuller name ('the Board of Pellucid Bank' for Pellucid Bank, from 'Chair of the Board of Pellucid
Bank'): a longer name with a word in lower case before the short one is a part of it (``body_nouns.fuller_names``);
a second title after a person's role read as a second person ('Annika Strand, co-founder and President of X' ->
'Annika Strand and President'): a title is no surname (``groups.joined``); 'Customers can find out what the ban
covers at X' read as a finding: 'find out' with 'can' or 'may' and a question's clause is a way to learn offered to
the reader (``abilities.way_to_find_out``; 'find out' is a gold cue once in train's nine uses, and no record has
it). After: reports 57 of 59, lines 66 of 67, speakers 12 of 12. On PolNeAR train and dev the mends change no
record (see the report); speakers on dev 0.960 over 552 before and after."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import records, top
from probe_releases_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("ledgerline_launch", "announced", "Kestrel Analytics, a provider of pricing software for retailers"):
        "the content stops before the apposition of its last noun ('of Ledgerline, a forecasting tool for X'):"
        " extending contents over appositions was measured before and does not pay on PolNeAR",
    ("seagrass_study", "found", "Researchers at the University of Castlemere"):
        "the parser reads 'that seagrass meadows store carbon' as a noun phrase ('that' a determiner, 'store' a"
        " noun, 'carbon' the object of 'found'): no clause to report, one parse",
}

#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("contract_award", "Quillon Software Named a Leader in Harbourline Index for Contract Management"):
        "a headline's passive 'X Named a Leader' read as X naming something ('Named' taken for a past tense);"
        " the sentence 'X was named a Leader in Y' gives nothing, and train's headlines hold no class of it",
}

#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {}

(parsed, test_a_report_of_a_release_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 50


@pytest.mark.parametrize(("text", "speaker"), [
    # a name run on over a headline's capitals is no fuller name of the body the text names (``leading_names``)
    ("Marwick Logistics Opens Depot in Tanfield\n\nTANFIELD -- Marwick Logistics today opened a depot here.\n\nThe"
     " company said it would hire 80 drivers.", "Marwick Logistics"),
    ("Ostby Fabrics Wins Award\n\nOstby Fabrics said on Monday that its wool throws had won a design prize.",
     "Ostby Fabrics"),
    # a part of a body named after it by a word in lower case is no fuller name of it (``body_nouns.fuller_names``)
    ("\"We are ready,\" said Ada Brill, Chair of the Board of Tessmer Bank. Tessmer Bank said it would cut fees.",
     "Tessmer Bank"),
])
def test_a_body_keeps_its_own_name(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_fuller_name_in_the_text_still_stands(nlp):
    text = "The American Red Cross sent 40 volunteers. The Red Cross said more would follow."
    assert [r.speaker for r in top(nlp, text)][-1] == "American Red Cross"


@pytest.mark.parametrize(("text", "speaker"), [
    # a second title after a person's role is no second person (``groups.joined``)
    ("\"We grew fast,\" said Ilse Varga, co-founder and President of Loomcraft.", "Ilse Varga"),
    ("\"It works,\" said Pavel Droz, founder and Chief Executive of Tinware Labs.", "Pavel Droz"),
])
def test_a_second_title_is_no_second_person(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a way to learn offered to the reader, no finding (``abilities.way_to_find_out``)
    "Customers can find out which branches are open at harrowbank.example/branches.",
    "Parents may find out whether their school is closed on the council's website.",
    "Voters can find out where their polling station is by entering their postcode.",
])
def test_a_way_to_find_out_is_no_report(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "She found out that her flight had been cancelled.",
    "Officials said they could find out who sent the letter.",
])
def test_finding_out_is_still_a_report(nlp, text):
    assert records(nlp, text) != []
