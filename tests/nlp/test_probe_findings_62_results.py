"""Generalisation check of the sixty-second session on election-night and poll reporting (helper L): thirty
short articles (``probe_results_62``) on results, exit polls, projections, declarations, concessions, victory
speeches, recounts, turnout, opinion polls and surveys, pundits, certification and chants, each report with its
hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (vote counts,
seat tallies, swings, turnout given by the writer, constituency names, timings of declarations) and the speakers
of pronouns. Every sentence is written for the test.

Counted before this pass (main at 3169a5e) on the first twenty-four articles (written before any mend, the gold set
right to PolNeAR's conventions where it disagreed: 'blamed X for Y' keeps the 'for' phrase, 'early returns indicate'
is in neither list as PolNeAR marks none of 4 'returns', 'Dunmore has voted for' neither as 'voted' is marked 36 of
112): reports 64 of 67 right (the first content split at an apposition 1 or opened late after a split 'by-elections'
1, missed 1 whose surname was parsed as a verb), no wrong source, lines that report nothing 58 of 58, speakers 4 of
6. The four articles written next, to widen the check, gave 11 of 13 before: a passive call ('X was projected as the
winner': 'project' was no verb of judging) and a time of day written as one token ('at 11.14pm') left in a content.
Mended: a passive of 'declare' or 'project' with its predicate, 'as' phrase or not, and also when the parser took
the predicate for an object, gives the subject and the predicate as the content, as PolNeAR does ('X was declared
the winner', 'was projected as the winner', ``deemed``; PolNeAR train one right record more); a time of day of one
token that the NER misses is a circumstance after the content ('called the race for X at 11.14pm', ``tails``).
After: reports 77 of 80, lines 67 of 67, speakers 5 of 7. The last two articles, written to probe the mends in other
words, gave reports 5 of 6 before and after and speakers 2 of 3: a paragraph's opening role ('According to the
county clerk, X') was taken for the next person quoted though the text had given that person a part of their own
('Her opponent, Rashid Kowalczyk,'); mended in ``ledes`` (speakers 3 of 3; PolNeAR dev speakers unchanged, 0.960
over 552). In all: reports 82 of 86, lines 72 of 72, speakers 8 of 10. Conventions followed as PolNeAR has them: 'is
expected to certify' is a report of no one with the subject opening the content, 'claimed victory' and 'conceded
defeat' have the noun for content, 'exit polls' is a source only with 'according to' or a verb of finding."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_results_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("turnout_commission", "said", "The electoral commission"):
        "'turnout was 51.2 per cent, the lowest for a general election since 1998': the apposition after the"
        " content's last figure is a second content span (extending contents over appositions was measured and"
        " does not pay on PolNeAR train)",
    ("broadcaster_call", "projected", "The broadcaster Channel Nine"):
        "'projected Councillor Ada Halvering the winner': the parser reads the surname 'Halvering' as a verb and"
        " hangs 'the winner' on it",
    ("by_election", "said", "A Conservative spokesman"):
        "'said by-elections were X': the tokenizer splits 'by-elections' and the parser hangs 'by' on 'said' as a"
        " preposition, so the content opens at 'were'",
    ("concession_speech", "congratulated", "He"):
        "'congratulated Ms Akande on what he called \"X\"': the 'on' phrase is cut as a circumstance and 'what he"
        " called X' is a report of its own; PolNeAR keeps the phrase in the content (its one 'congratulate X on' in"
        " train) and marks no 'what he called' (0 of 17), but one instance is no class",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("mayor_concedes", "he"):
        "the NER tags no person in 'Tobiah Quennell' (and 'Quennell' as an organisation), so the surname of the"
        " headline names the speaker",
    ("broadcaster_call", "she"):
        "the NER tags 'Councillor Ada' as the person in the line the parser misreads, so the full name is lost and"
        " 'Halvering' names the speaker",
}

(parsed, test_a_report_of_election_night_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a passive declaration or call whose predicate the parser took for an object (``deemed``)
    ("Ms Orsolya Fekete was declared the winner in the Tiszavar district shortly after 3am.", "declared", "",
     "Ms Orsolya Fekete"),
    ("Her rival, Gellert Horvath, whose allies had held the seat for years, was projected as the winner in Kaposd.",
     "projected", "", "Her rival, Gellert Horvath"),
    # a time of day of one token that the NER misses, after the content (``tails``)
    ("The news agency called the race for Helen Morrow at 10.52pm.", "called", "The news agency",
     "the race for Helen Morrow"),
    ("The commission announced the final count at 6.15am on Monday.", "announced", "The commission",
     "the final count"),
])
def test_a_shape_of_election_night(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "Ms Fekete was re-elected with 61 per cent of the vote.",
    "The declaration is expected at about 4am.",
    "He was declared bankrupt in 2004.",
    "The film was projected onto a screen in the square.",
])
def test_a_result_or_a_plain_passive_is_no_report(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # a role opening a paragraph is not the next person quoted when the text gave that person a part of their own
    # (``ledes``)
    ("According to the county registrar, Ms Brandt led by 96 votes.\n\nHer challenger, Piotr Wanless, has not"
     " conceded.\n\n\"Every vote must count,\" Mr Wanless said.\n", "the county registrar", "county registrar"),
    # but is when named bare, as a lede names its person
    ("Vermark's election commissioner says turnout will be low.\n\nOona Laxness says the rain will keep voters"
     " home.\n", "Vermark's election commissioner", "Oona Laxness"),
])
def test_a_lede_role_and_the_person_quoted_next(nlp, text, source, speaker):
    records = top(nlp, text)
    assert next((r.speaker for r in records if r.source is not None and r.source.text == source), None) == speaker, [
        (r.source.text if r.source else None, r.speaker) for r in records]
