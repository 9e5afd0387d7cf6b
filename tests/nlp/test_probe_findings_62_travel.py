"""Generalisation check of the sixty-second session on transport, travel and consumer news (helper J): thirty-nine
short articles (``probe_travel_62``) on airlines, rail strikes and delays, roads and motoring groups, ferries, trams,
buses, package holidays and refunds, product recalls and complaints, consumer watchdogs and ombudsmen: 'the airline
apologised for', 'one traveller, stranded for 14 hours, told the paper', 'the operator blamed X for Y', 'the union
said members would walk out', 'announcements on the platform said', 'a notice on the website says', 'the watchdog
ruled that', 'the ombudsman found', 'customers took to social media to complain', 'the terms state', 'a spokesperson
for the rail operator said', 'the motoring group advised drivers to', signs that 'read'; each report with its
hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (timetables,
delays, fares, routes, flight numbers, weather, the paper's own travel advice) and the speakers of pronouns. Every
sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-five articles (written before any mend):
reports 65 of 82 right as first written (a source wrong 10, a content cut wrong 4, missed 3), lines that report
nothing 59 of 59, speakers 5 of 7. Read one by one, all but one were the gold's: a set-off apposition's closing
comma is no part of the source (10, and a speaker); ', which' ends a content and 'and that Y' runs on (3); 'warned
of' keeps 'of' in its cue; a departure board is a screen, which shows and says nothing (``mute_subjects``); a bare
'apologised after X' has no content (PolNeAR marks no 'apologized' with none); an unnamed spokeswoman is not her
firm. Corrected: reports 79 of 80, lines 61 of 61, speakers 6 of 6. The eight articles written next (strikes,
recalls, reviews, crossings, snow, contracts, pilots, an email) gave reports 28 of 31, lines 18 of 18, speakers 1
of 1; the four after them (chargers, a coach, parking, phones) 15 of 15, lines 5 of 5, speakers 1 of 1. Mended:
'read' before a colon and a quotation that the parser read as the last noun of a phrase after the thing written
('A sign taped to the window read: "X"', 'A statement from the airport read: "Y"'; ``read_in_phrases``); an act on
'her' thing after a reported clause is the reporter's only when the clause is a state ('said the failure was a blow
and cut his price target'), not when a thing did something ('said the door burst open and flooded her kitchen',
``narration.persons_act``); a ruling's state in '-ing' that the tagger read as a noun after its object's noun is the
state ruled ('The panel ruled the advert misleading', ``ruled_states``). After: reports 125 of 127, lines 84 of 84,
speakers 8 of 8. The two articles written after the mends (an advert's ruling, a station's notice) gave reports 6 of
7 before them and 7 of 7 after. On the whole set: reports 129 of 134 before, 132 of 134 after; lines 88 of 88 and
speakers 9 of 9 both. On PolNeAR train and dev no mend changes a record (train 13034 of 15651 right before and after,
dev 1415 of 1711; speakers on dev 0.960 over 552 both): PolNeAR has no such sign or advert, and ``persons_act``
decides nothing on either.
Conventions followed as PolNeAR has them (counted on train): 'blamed' is a cue 19 times of 20, its content 'X for
Y'; 'complained' 17 of 17 outside other contents; 'apologised for' 6 of 6; 'ruled that' 3 of 3."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_travel_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("hotel_reviews", "described", "Guests who stayed at its Sandle Bay park last summer"):
        "the parser hangs 'last summer' on 'described', not on the relative clause's 'stayed', so the source ends"
        " before it; no gold source on train has a time closing its relative clause, so no class to mend",
    ("pilot_union", "said", "the guild's chair, Captain Ingrid Solberg"):
        "'\"A tired pilot is a risk to everyone on board,\" the guild's chair, Captain X, said': the parser reads"
        " 'the guild's chair' as the quoted copula's attribute; other words in the same shape are right ('the"
        " group's chair, Mary Oduya, said'), and train has the shape once, so no class to mend",
}

(parsed, test_a_report_of_travel_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "source", "content"), [
    # 'read' read as the last noun of the phrase after the thing written (``read_in_phrases``)
    ('A sign at the gate read: "Closed for repairs."', "A sign at the gate", "Closed for repairs"),
    ('A notice on the door of the ticket office read: "Back in five minutes."',
     "A notice on the door of the ticket office", "Back in five minutes"),
    ('A statement from the ferry company read: "We apologise for the delay."', "A statement from the ferry company",
     "We apologise for the delay"),
    # and the one the parser read right, at the root (``colon_reads``) or as the verb
    ('The note, signed by the manager, read: "We are sorry."', "The note, signed by the manager", "We are sorry"),
])
def test_a_sign_or_a_statement_that_read_a_quotation(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "read", source, content, ".,;")
    assert found, there


def test_a_good_read_is_no_cue(nlp):
    assert all(r.cue.text != "read" for r in top(nlp, 'The novel is a gripping read: "funny and sad," said one critic.'))


@pytest.mark.parametrize(("text", "content"), [
    # a thing that did something goes on doing it: the act on 'her' thing is in the report (``persons_act``)
    ("Pauline Greer said the door burst open and flooded her kitchen.", "the door burst open and flooded her kitchen"),
    ("Tom Hale said a tree had fallen and crushed his car.", "a tree had fallen and crushed his car"),
    # a state's clause still ends before the reporter's next act
    ("She said the outage was brief and cut her losses.", "the outage was brief"),
])
def test_an_act_on_her_thing_after_a_reported_clause(nlp, text, content):
    assert [r.contents[0].text for r in top(nlp, text)] == [content]


@pytest.mark.parametrize(("text", "source", "content"), [
    # an '-ing' state the tagger read as a noun after the object's noun (``ruled_states``)
    ("The watchdog ruled the advert misleading.", "The watchdog", "the advert misleading"),
    ("The authority ruled the leaflet misleading and ordered it withdrawn.", "The authority", "the leaflet misleading"),
    # and the adjective it already read
    ("The tribunal ruled the dismissal unfair.", "The tribunal", "the dismissal unfair"),
])
def test_a_ruling_with_its_state(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "ruled", source, content, ".,;")
    assert found, there
