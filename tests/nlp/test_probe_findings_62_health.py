"""Generalisation check of the sixty-second session on health and medicine news (helper B): thirty-five short articles
(``probe_health_62``) on hospitals, public health, drug approvals, clinical trials and health press releases: 'the trust
said in a statement', 'a hospital spokesperson confirmed', a nurse quoted by role who asked not to be named, patients
and their families, 'Health officials warned', 'the agency advised parents to', draft guidance that 'says', an
appraisal body that 'recommended', 'The study found', 'Researchers reported in the journal', a drugmaker's trial that
'met the main goal', a regulator's approval, 'said Dr X, chief medical officer at Y', hedges and unions; each report
with its hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (case
counts, waiting-list figures, doses, symptom lists, hospital names, wards opened, treatment told as a story) and the
speakers of pronouns. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any mend;
the gold corrected to PolNeAR's conventions first): reports 75 of 78 right (a content cut wrong 2, a source wrong 1,
none missed), lines that report nothing 71 of 72 (one line reported: 'Members will vote on industrial action next
month'), speakers 4 of 5 (the one wrong was the gold's: 'Her husband, Peter' takes the surname of the wife the
article names in full, the project's convention, ``kin_surnames``). Mended: 'vote on X' names the matter put to a
vote and takes no side, no stance ('vote for' and 'vote against' stay; PolNeAR marks none of the 16 'vote on' of
train; ``phrasal.json``). The six articles written next, in the styles the first left out (wire copy, a journal
paper with outside comment, a medicine's label and leaflet, a charity's appeal, dentists, a stroke unit), gave reports
22 of 22, lines 16 of 17 (a hospice 'was opened in 1986 by a group of local doctors' was the doctors' report),
speakers 1 of 1. Mended: 'open' with a building, a ward or a road for its object or its passive's subject is a ribbon
cut, no words (``opened_places``, ``opened_places.txt``; not 'An investigation was opened by police'). After: reports
97 of 100, lines 89 of 89, speakers 6 of 6. The three articles written after both mends, to probe the set's shapes
in other words, gave reports 11 of 11 (the gold of 'described Mrs Pugh as "Y"' corrected first to the project's
decided cue, 'X as' in it), lines 7 of 7, speakers 2 of 2. On PolNeAR train the mends remove one wrong record
('Switzerland voted on a controversial initiative') and change nothing else; on dev nothing.
Conventions followed as PolNeAR has them (counted on train): a body's 'approved' with its object is a report (8 cues
to 5 left unmarked); 'urged X to Y' is a report (26 of 26), so 'advised X to Y' is written as one; 'figures show' is a
report (15 of 16); a passive 'X is said (known, thought) to Y' is a report with no source (6 of 7 outside another
content; kept, no gold); 'symptoms include X' reports nothing (train never has it)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_health_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("peanut_tablet", "approved", "The Medicines and Devices Authority"):
        "'approved the tablet for children aged four to 17 on Thursday': the parser hangs 'on Thursday' inside the"
        " object's phrase, so the content keeps it; on PolNeAR train the contents ending in 'on <weekday>' are right 34"
        " times of 37, so no class to mend",
    ("joint_waits", "promised", "She"):
        "'promised a new surgical hub in Dunmere by 2027': 'by 2027' is read as the verb's adjunct and left out; PolNeAR"
        " keeps a deadline in the content (12 of 12), but no content on train is cut before one, nothing to measure",
    ("childrens_ward", "said", "Aisha Mensah, whose son Kofi, 7, is being treated for leukaemia"):
        "the source after the verb stops at the age set off inside its relative clause ('whose son Kofi, 7,'); no gold"
        " source on train has a relative clause with an age in it, so no class to mend",
}

(parsed, test_a_report_of_health_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize("text", [
    # the matter put to a vote: no side taken (``phrasal.json``)
    "Members will vote on industrial action next month.",
    "Staff at the clinic voted on the pay offer last week.",
    # a place opened to the public: a ribbon cut, no words (``opened_places``)
    "The hospice was opened in 1986 by a group of local doctors.",
    "The bridge was opened in 1932 by the King.",
    "The clinic was opened by the health minister last year.",
])
def test_a_vote_on_a_matter_or_a_place_opened_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a side taken in a vote, and an inquiry opened or a person opening up, keep their cues
    ("Staff voted against the pay offer.", "voted against", "Staff", "the pay offer"),
    ("Senators voted for the bill.", "voted for", "Senators", "the bill"),
    ("An investigation was opened by police.", "opened", "police", "An investigation"),
    ("The actor opened up about her childhood.", "opened up about", "The actor", "her childhood"),
])
def test_a_side_voted_or_an_inquiry_opened_is_still_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
