"""Generalisation check of the sixty-fourth session on defence and security news (helper C): forty-two short articles
(``probe_defence_64``) on arms contracts, naval exercises, procurement overruns, shell stocks, alliance spending,
leaked memos, missile tests, cyber attacks on ports and a shipyard, a helicopter crash, a runway on a reef, veterans'
pensions and burn pits, an aircraft carrier, a radar network, recruitment, winter drills, leaked jet files, an
air-defence fund, drones, a base closure, undersea cables, rifles, a spy ship, a fuel depot, a parade, frigates,
troops abroad, arms exports, jamming, pilots' training, stolen soldiers' records, a downed drone, bullying at a
depot, a call's readout, a secret annex, an alliance's call for troops, a disputed audit, a battalion and a fleet:
'A defence official, speaking on condition of anonymity, said', 'Two people familiar with the matter said', 'said in
a statement posted on its website', 'Documents seen by the Ledger show', 'The audit office found', 'declined to
comment', 'told lawmakers', "The alliance's secretary-general warned", 'The leaked memo says', 'Analysts believe',
'The government blamed a hacking group linked to X for Y', 'The army denied that', 'According to satellite images
analysed by X', "Veterans' groups say", 'In a statement, X said', 'Asked whether X, Y said', 'wrote on social media',
'People close to the minister said', 'estimates', 'An assessment by X concluded', 'acknowledged', 'according to a
readout', 'The documents, which were marked secret, show', 'called on', 'has long maintained', 'disputes',
'expressed concern', 'Speaking at X, he said', and speakers named again by rank, role or pronoun ('The general', 'the
admiral', 'The official', 'The secretary-general', 'She'); each report with its hand-written gold, the lines that
report nothing (equipment and its specifications, unit names, costs and figures stated by the writer, timelines of
an exercise, maps and places, captions) and the speakers. Every sentence is written for the test.

Counted before this pass (main at the session's start). The first twenty-six articles, written before any run:
reports 73 of 73, lines that report nothing 52 of 52, speakers 12 of 12. The eight written next in harder shapes:
reports 28 of 28, lines 10 of 10, speakers 2 of 3 (a rank of two words the NER read as a body with the name, 'Air
Marshal Kofi Adjei': 'he' went to the 'Kite' of 'the Kite trainer jet'). The six after them: reports 19 of 19,
lines 8 of 8, speakers 1 of 3 ('Vice Admiral Nora Pike ... The admiral said': 'vice' made another office, as it
does for 'Vice President Ann Cole ... the president'; the 'She' after it followed). Probing ranks in sentences of
their own: 'Commodore X ... The commodore said' had no speaker ('commodore' was no title), 'Rear Admiral X' tagged
ORG gave 'The admiral' to a body called 'Rear Admiral'. Mended: 'vice' before 'admiral' names the rank's lower grade,
whose holder is still 'the admiral' (``office_ranks``, ``graded_ranks.txt``); 'marshal' and 'commodore' are role
nouns and 'commodore' a title (so the NER's 'Air Marshal Kofi Adjei' is cut to the person, ``relabel``); a title the
NER tagged a body right before a person's name gives the person role words, not a body (``rank_titles``, called
from ``affiliations.role_words``). After: reports 120 of 120, lines 70 of 70, speakers 18 of 18 on those forty (before: 15 of 18).
The two articles written after the mends, to probe them in other words, gave reports 7 of 7, lines 2 of 2, speakers
1 of 4 on main and 4 of 4 after. On PolNeAR train and dev the mends change no record, nor a speaker on train
(speakers on dev 0.960 over 552 before and after; its political news has few ranks: 13 'Gen.', 3 'Adm.', one 'Rear
Admiral'). The strict xfail 'Air Marshal Sofia Rane' of ``test_probe_findings_62_conflict`` passes with them.
Conventions followed as the project has them: a participle set off after the source's noun is no part of the source
('A defence official, speaking on condition of anonymity, said'), a relative clause is ('A former pilot, who served
at the base for ten years, said'); 'declined to comment' holds 'to comment'; 'blamed X for Y' and 'accused X of Y'
hold 'X for Y' and 'X of Y'; 'denied' with a noun holds it ('any involvement'); documents, reports and images
'show', 'find', 'say' and 'warn' as their own sources."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_defence_64 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

(parsed, test_a_report_of_defence_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_a_rank_or_a_role, _, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong={}, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # 'vice' before 'admiral' names the rank's lower grade, not another office (``office_ranks``, ``graded_ranks.txt``)
    ("Vice Admiral Nora Pike said the fleet was ready. The admiral said the ships were old.", "Nora Pike"),
    ("Vice Adm. Nora Pike said the fleet was ready. The admiral said the ships were old.", "Nora Pike"),
    # a rank of two words the NER read as a body with or before the name (``rank_titles``; 'marshal' a role noun)
    ("In testimony to the defence committee, Rear Admiral Jens Ulf said the fleet was ready. The admiral said the ships"
     " were old.", "Jens Ulf"),
    ("At a hearing, Air Marshal Kofi Adjei said pilots were tired. The air marshal said more jets were needed.",
     "Kofi Adjei"),
    # 'commodore' is a title and a role noun
    ("Commodore Ana Diaz said the ship was hit. The commodore said two sailors were hurt.", "Ana Diaz"),
])
def test_a_rank_is_taken_back_by_its_bare_noun(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # a 'vice' office is still another office ('Vice President Ann Cole' is no 'president')
    ("Vice President Ann Cole said the deal was ready. The president said it was old.", "president"),
    # a body before a role before the name keeps its body ('General Motors', whose first word is a title's)
    ("General Motors chief executive Mary Barra said sales rose. The chief executive said costs fell.", "Mary Barra"),
])
def test_an_office_that_is_no_rank_keeps_its_reading(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_pronoun_after_a_rank_read_as_a_body_is_the_person(nlp):
    text = ("In testimony to the defence committee, Air Marshal Kofi Adjei said pilots were flying fewer hours. The air"
            " marshal blamed a shortage of spare parts for the Kite trainer jet. \"We fly too little,\" he said.")
    assert [r.speaker for r in top(nlp, text)] == ["Kofi Adjei"] * 3
