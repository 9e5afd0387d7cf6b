"""Generalisation check of the sixty-third session on migration and asylum news (helper C): twenty-seven short
articles (``probe_migration_63``) with reports said through an interpreter, told reporters at a camp, given
according to a refugee agency, said by a ministry in a statement, argued by a lawyer, ruled by a judge, shown by
court papers, described by aid workers, said by a family, by a guard who spoke on condition of anonymity, warned by
a charity, estimated by officials, vowed by a minister, a report that accuses an agency of something, migrants
interviewed by a paper, a first name after a first full mention, ages set off by commas and a quotation that runs
over paragraphs; each report with its hand-written gold (a word of the cue, the source, the first content), the
lines that report nothing (arrival figures, routes, camps, legal terms, boats' names, dates of hearings, narration)
and speakers of pronouns and of first names. Every sentence is written for the test.

Counted before this pass (main at 2ab4ae66) on the first twenty-five articles, with the gold as first written:
reports 73 of 75 right (a content's end 1, missed 1, no wrong source), lines that report nothing 49 of 51 (2
shown), speakers 10 of 12 (2 wrong). Read on PolNeAR train, the gold was wrong in three places and was corrected to
PolNeAR's marking: a passive 'accused of' with no source is a report (train 4 of 6 marked: 'Seven men are on trial,
accused of X'), 'protest against' is one (2 of 3), and 'had asked the ministry to halt X' is one (it was left out).
Against the corrected gold: reports 76 of 78, lines 49 of 49, speakers 10 of 12. Mended: an infinitive hung as a
clause of purpose on a verb of promising past a phrase of time ('vowed on Sunday to clear X', 'promised Sunday at a
rally to end X', ``vowed_infinitives``; on train +1 right, -1 wrong, a cue 'to criticize' now 'declined'); a known
given name hung as a compound on a surname the NER took for a place is part of the name ('Leyla Tamasi',
``with_given_name`` of ``entities``), so a later 'Leyla, 29,' is Leyla Tamasi. After: reports 77 of 78, lines 49 of
49, speakers 12 of 12. The two articles written next to probe the mended shapes in other words ('pledges',
'welders') gave reports 6 of 7 without the mends ('declined during the debate to say X' missed) and 7 of 7 with
them, lines 3 of 3, speakers 2 of 2. PolNeAR train: right 13035 -> 13036, records otherwise identical; dev
identical; speakers on dev 0.960 over 552 as before.
"""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_migration_63 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("aid_workers", "describe", "Aid workers"):
        "'describe families sleeping in the forest without tents as temperatures drop': the parser hangs the 'as'"
        " clause on 'describe', and a clause of the verb is no part of its object; cutting or keeping contents by"
        " their closing word pays in no class on PolNeAR train (see the fifty-ninth pass)",
}

(parsed, test_a_report_of_migration_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_first_name, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # an infinitive of a verb of promising past a phrase of time or place (``vowed_infinitives``)
    ("Interior Minister Lars Eken vowed on Monday to close the camp by spring.", "vowed",
     "Interior Minister Lars Eken", "to close the camp by spring"),
    ("The governor promised Friday at a rally in the port to end the curfew.", "promised", "The governor",
     "to end the curfew"),
    ("The agency declined at first to say how many people were held.", "declined", "The agency",
     "to say how many people were held"),
    # (a strict xfail of ``test_probe_findings_50_combo`` until this mend)
    ("Rebels vowed on Sunday to keep fighting.", "vowed", "Rebels", "to keep fighting"),
])
def test_a_shape_of_migration_news(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


def test_a_curse_has_no_vow(nlp):
    # 'swore at' someone is a curse: the infinitive after it is its purpose, nothing sworn (``vowed_infinitives``)
    assert top(nlp, "The senator swore at the referee to get his attention.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    # a known given name on a surname the NER took for a place (``entities.with_given_name``)
    ("Leyla Tamasi trained as a nurse in Korvan. Leyla, 29, said she had applied for 60 jobs.", "Leyla Tamasi"),
])
def test_a_first_name_after_a_full_mention(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker]
