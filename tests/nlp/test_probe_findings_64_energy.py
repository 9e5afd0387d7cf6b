"""Generalisation check of the sixty-fourth session on energy and utilities news (helper A): thirty short
articles (``probe_energy_64``) on grid demand records, storm power cuts, price caps, gas leaks, reactor inspections,
hosepipe bans, wind, solar and tidal schemes, fuel queues, substation fires, energy debt, suppliers' profits and
collapses, leakage targets, new reactors, smart meters, blackout inquiries, heat pumps, reservoirs, cold snaps, pylons,
electricity theft, car chargers, interconnector faults, burst mains, prepayment meters, a refinery fire, grid cables
and oil profits: 'The grid operator said demand peaked', 'The energy regulator warned suppliers that', 'Customers
complained on social media that', 'Wessmoor Power blamed the storm', 'Engineers expect power to be restored by', 'A
spokesperson for X said it was working to', 'The inspection report found', 'Analysts forecast', "According to the
network's website", 'Residents told local radio', 'The minister promised', 'Campaigners say', 'The firm has denied',
'The watchdog estimates', 'The outage map shows', and speakers named again by pronoun or role ('She', 'He', 'The chief
executive', 'Mr Doyle'); each report with its hand-written gold, the lines that report nothing (tariffs, bills and
prices, capacities in megawatts, outage maps, homes cut off, instructions to customers, descriptions of plants) and the
speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first twenty-five articles (written before any mend; one line of the
gold corrected first to PolNeAR's convention: a document that 'shows' something reports it, 'records show' is a cue in
16 of 21 on train, so 'The outage map shows faults in 14 postcodes' is the map's report, not a line reporting nothing):
reports 73 of 73 right (no source, speaker or content end wrong, none missed), lines that report nothing 52 of 53
(a false report: 'X signed a £20bn deal', below), speakers 8 of 8. The three articles written next, to probe speakers
by role in other words, gave reports 14 of 14, lines 6 of 6, speakers 5 of 6 on main: 'The company's managing
director, Peter Lowe, said X. The managing director said Y' kept 'managing director', the tagger reading 'managing' as
a noun (lemma 'managing') in the first mention and as a verb (lemma 'manage') in the second, so the two roles read as
different offices (so 'acting director', 'visiting professor'). Mended: a role's modifier in '-ing' is matched as
written (``given_roles.role_lemma``, called from ``affiliations.role_words``); after, speakers 6 of 6. Probing roles
further, 'Sarah Quinn, chief executive of Northline, ... The Northline boss said' kept 'Northline boss': 'boss' was no
role noun, though 'chief', 'head' and 'leader' are, nor one of the nouns for a body's head that name one office
('the union leader' is its general secretary); mended by the word in ``role_nouns.txt`` and ``leading_nouns.txt`` ('The
Kestrel boss' after Harlow's chief stays a description). The two articles written after it gave reports 8 of 8, lines
4 of 4, speakers 2 of 4 on main and 4 of 4 after. In all: reports 95 of 95, lines 63 of 64, speakers 15 of 18 on main
and 18 of 18 after. On PolNeAR train and dev the mends change no record (train 13039 right of 15654, dev 1415 of 1711,
before and after; speakers on dev 0.960 over 552 before and after); PolNeAR, American political news, has no 'boss'
as a source's head, so that word is measured on the written set alone.
Conventions followed as the project has them: 'blamed X for Y' holds 'X for Y'; 'expect X to Y' holds 'X to Y'; a
passive order with no one named ('were told to keep their windows closed') is a report with no source."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_energy_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("reactor_deal", "The government and Coravel Energy signed a £20bn deal for a new reactor at Strenholm on Wednesday."):
        "'signed' with a deal, treaty, bill or order is a cue the ranker keeps: PolNeAR marks signing a deal or an"
        " agreement in 3 of 9 on train, but the records with the cue 'signed' are right 4 of 6 there (a bill, an order,"
        " a treaty), so no class to mute",
}

(parsed, test_a_report_of_energy_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, _, test_a_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong={}, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a role's modifier in '-ing' tagged a noun in one mention and a verb in the next (``given_roles.role_lemma``)
    ("The company's managing director, Peter Lowe, said the pipe was old. The managing director said it would be"
     " replaced.", "Peter Lowe"),
    ("Dunmere's managing director, Peter Lowe, said the pipe was old. The managing director said it would be replaced.",
     "Peter Lowe"),
    ("The agency's acting director, Maria Ruiz, said the review was over. The acting director said no one would be"
     " fired.", "Maria Ruiz"),
])
def test_a_role_with_an_ing_modifier_is_taken_back(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # 'boss' for a body's head, as 'chief' and 'head' are (``role_nouns.txt``, ``leading_nouns.txt``)
    ("Sarah Quinn, chief executive of Northline, said the network needed cables. The Northline boss said the work would"
     " take a decade.", "Sarah Quinn"),
    ("Northline's boss, Sarah Quinn, said the network needed cables. The boss said the work would take a decade.",
     "Sarah Quinn"),
    # another body's boss is someone else
    ("Gareth Lyle, chief executive of Harlow Petroleum, said profits rose. Kestrel Oil said its profits doubled. The"
     " Kestrel boss said it would invest in wind.", "Kestrel boss"),
])
def test_a_boss_is_the_head_named_before(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_another_office_stays_a_description(nlp):
    text = "The company's managing director, Peter Lowe, said the pipe was old. The finance director said it would cost £2m."
    assert [r.speaker for r in top(nlp, text)][-1] != "Peter Lowe"
