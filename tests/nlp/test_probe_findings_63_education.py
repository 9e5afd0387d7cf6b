"""Generalisation check of the sixty-third session on education and universities news (helper A): twenty-nine short
articles (``probe_education_63``) on job cuts, rents in halls, exam boards, studies, workload, funding councils,
admissions data, caps on overseas students, student unions, plagiarism, inspections of a school's campus abroad,
entrance tests, term dates, league tables, research grants, occupations, modules, results day, fees, essay mills,
research centres, hungry pupils, campus closures, visas and exams: 'told staff in an email', 'Students say', 'said in a
statement', 'A spokesperson for the exam board confirmed', 'The study, published in X, found', 'One professor, who asked
not to be named, said', 'Critics argue', 'The report by the funding council warns', 'according to admissions data',
'insisted', 'accused X of', 'denied the allegations', 'An investigation concluded', 'Dr X, a lecturer in Y, said',
'Parents complained that', and speakers named again by pronoun or role; each report with its hand-written gold, the
lines that report nothing (grade boundaries, league-table places, course and module names, fees, dates and timetables
stated by the writer, campus descriptions, titles of papers and books in quotes) and the speakers. Every sentence is
written for the test.

Counted before this pass (main at the session's start) on the first twenty-four articles (written before any mend;
the gold of three sources corrected first to the project's convention, no comma closing a relative clause or a
participle set off after the subject): reports 67 of 69 right (missed 2, no source or content wrong), lines that
report nothing 49 of 49, speakers 8 of 10 ('Professor Ruth Okafor, dean of the law school, said X. The dean said Y':
'the dean' and the 'She' after it stayed 'dean'). Mended: a definite role phrase takes back a person the article gave
that role also when its noun is one of the people of ``source_nouns.txt`` with no person's ending ('the dean', 'the
provost', 'the principal', ``given_roles``, called from ``roles``); the plural of a hyphenated role kept whole by the
tokenizer is read by its plural norm, not the singular ('Vice-chancellors have warned' opening a sentence was tagged
an adverb and lost its report, ``pipeline.keep_hyphenated_roles``). After: reports 68 of 69, lines 49 of 49, speakers
10 of 10. The three articles written next, to probe the mended shapes in other words, gave reports 9 of 9, lines 6 of
6, speakers 1 of 4 on main and 2 of 4 after those mends: such a noun set before a name as its apposition gave the name
no role ('the principal of Greystone College, Mr Owen Pryce', also when the parser hangs the name on the body, 'The
provost of Lindell College, Arjun Mehta'); mended in ``affiliations``, 4 of 4. Probing that, a role written with
hyphens ('Professor X, vice-chancellor of Y ... the vice-chancellor', so 'the vice-president', 'the co-founder') was
never a role the name held, the token having no letters alone ('is_alpha'); mended (``given_roles.role_word``). The
article written after it gave reports 3 of 3, lines 2 of 2, speakers 0 of 1 on main and 1 of 1 after. On PolNeAR
train and dev the mends change no record (speakers on dev 0.960 over 552 before and after).
Conventions followed as the project has them: a source ends before the comma that closes a relative clause or a
participle on it ('One professor, who asked not to be named'); 'accused X of Y' holds 'X of Y'; a study's 'found' and a
report's 'warns' and 'says' are reports of the document."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_education_63 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("league_table", "said", "The table's compilers"):
        "'compiler' is muted as a subject for software ('The compiler complains about X', ``mute_subjects.txt``), so the"
        " people who compile a league table say nothing; PolNeAR train has no 'compiler(s)' at all, so no class to mend",
}

(parsed, test_a_report_of_education_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a role of the people of ``source_nouns.txt`` given after the name (``given_roles``)
    ("Ruth Okafor, dean of the law school, said the test was unfair. The dean said every applicant would be seen.",
     "Ruth Okafor"),
    ("Maria Ferreira, a trustee of the museum, said the roof leaked. The trustee said repairs would cost £2m.",
     "Maria Ferreira"),
    # and set before the name as its apposition (``affiliations``)
    ("The provost of Lindell College, Arjun Mehta, said fees would be frozen. The provost said no jobs would go.",
     "Arjun Mehta"),
])
def test_a_role_the_article_gave_is_taken_back(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


def test_a_person_of_a_campus_by_their_noun(nlp):
    text = "Sunita Rao, an academic at Easterby University, was accused of copying. The academic denied the allegations."
    assert [r.speaker for r in top(nlp, text) if r.cue.text == "denied"] == ["Sunita Rao"]
    assert [r.speaker for r in top(nlp, "The undergraduate said she had not copied anything.")] == ["undergraduate"]


def test_a_role_no_one_was_given_stays_a_description(nlp):
    assert [r.speaker for r in top(nlp, "A dean said the test was unfair. The dean said it would go.")] == ["dean", "dean"]


@pytest.mark.parametrize(("text", "speaker"), [
    # a role written with hyphens that the name holds (``given_roles.role_word``)
    ("Maria Lopez, vice-president of Halcyon Bank, said rates would rise. The vice-president said the bank was ready.",
     "Maria Lopez"),
    ("Maria Lopez, co-founder of Halcyon, said prices would rise. The co-founder said the firm was ready.", "Maria Lopez"),
    ("Maria Lopez, the president of Halcyon Bank, said rates would rise. Tom Reyes, a vice-president of the bank, said"
     " costs would fall. The vice-president said the bank was ready.", "Tom Reyes"),
])
def test_a_hyphenated_role_is_taken_back(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


def test_a_plural_hyphenated_role_opening_a_sentence_is_its_subject(nlp):
    found, there = found_in(top(nlp, "Vice-chancellors have warned that some courses could close."), "warned",
                            "Vice-chancellors", "some courses could close")
    assert found, there
