"""Generalisation check of the sixty-first session on OPINION writing (helper K): thirty-two short pieces
(``probe_opinion_61``) of columns, editorials, letters to the editor, reviews and explainers, each report with
its hand-written gold (a word of the cue, the source, the first content), the lines that report nothing (plain
assertions, imperatives, rhetorical questions, titles and slogans in quotation marks, a mocked 'so-called "X"',
'the fact is', 'as the saying goes', a letter's sign-off) and the speakers of pronouns and epithets. Every
sentence is written for the test.

Counted before this pass (main at 934e332) on the first twenty-six pieces, written before any run, with the
gold as PolNeAR marks it (after counting train, 'has already promised £90m' and 'voted to end X' were moved from
the lines that report nothing to the reports: 6 of 7 and 5 of 7 marked there; a card machine that 'asks for a
tip' was taken out, a thing's request PolNeAR's 'asks for' would mark): reports 61 of 66 right (missed 4, a
content cut short 1), lines that report nothing 72 of 72 silent, speakers 2 of 3. The four pieces written next
gave reports 9 of 10 (the cue and content of 'describes X as "Y"' split as the project has them) and lines 12
of 12, speaker 1 of 1. Mended: a word of ``mute_subjects.txt`` that names a trade's people in the plural speaks
('Installers say X', ``trade_tools.txt``; the singular 'The installer warns you X' is still software's tool);
'complaint' and 'contention' take their content after a copula ('His contention is that X',
``copula_nouns.txt``; train: 1 right record more, and 1 whose content stops at ', in fact,'). The two pieces
written after the mends, to probe them in other words, gave reports 0 of 5 before and 5 of 5 after. In all,
before -> after: reports 70 -> 76 of 81 (missed 9 -> 3), lines 88 of 88 silent, speakers 3 -> 4 of 5.

Conventions followed as PolNeAR has them (counted on train): the writer's 'I think X' outside quotation marks is a
report with 'I' for source (21 marked, 5 not), and 'we believe' too; 'critics argue', 'supporters say', 'some say'
and 'many believe' are reports of unnamed camps; 'the fact is' (4 of 4 not marked) and 'so-called' (29 of 33 not a
cue) report nothing; 'One view is that X' and 'The idea is that X' are reports with no source (2 of 2), so 'the
official line is that X' and 'the argument goes that X' are too (still missed, below)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_opinion_61 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (piece, cue, source) -> why
STILL_WRONG = {
    ("letter_bins", "believe", "the council"):
        "'X would have us believe Y': a causative 'have' around a belief verb whose subject is the reader; the"
        " belief verb's 'us' holds nothing and 'have' is no cue (PolNeAR train has no 'have/make us believe')",
    ("column_four_day", "argument", ""):
        "'The argument goes that X': 'goes' is no copula of ``nouns.copula_cue`` (train: 'As the theory goes, X'"
        " marked once, 'the reasoning goes' once not)",
    ("editorial_stadium", "line", ""):
        "'The official line is that X': 'line' is no copula noun ('The bottom line is that X' is the writer's;"
        " train has no 'official line')",
    ("column_housing", "promised", "The housing minister, Ruth Aldous"):
        "'has promised 5,000 homes by 2030': the date phrase is read as the verb's, out of the content",
    ("review_album", "describes", "Her label"):
        "'describes the album as \"X\"': the project keeps the object and 'as' in the cue (``described``); PolNeAR"
        " puts them in the content (7 of 8 in train), which its matcher counts right for 16 of the 24 such records",
}
#: speakers still wrong: (piece, source) -> why
KNOWN_SPEAKERS = {
    ("review_play", "The playwright"):
        "'Moira Gallagher's new play ... The playwright has said X': an epithet is resolved to a name the article"
        " calls by it, not to the owner of the work the epithet names ('play' for 'playwright')",
}

(parsed, test_a_report_of_opinion_writing_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_name, test_a_report_still_wrong, _, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a trade named by the plural of a word that, singular, is a tool that says nothing (``trade_tools.txt``)
    ("Installers say a typical house needs a new boiler.", "say", "Installers", "a typical house needs a new boiler"),
    ("Printers warned that paper prices would rise.", "warned", "Printers", "paper prices would rise"),
])
def test_a_trade_in_the_plural_speaks(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The installer warns you when disk space is low.",
    "The printer says it is out of toner.",
])
def test_a_tool_in_the_singular_says_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # 'complaint' and 'contention' with a copula and a clause (``copula_nouns.txt``)
    ("Her contention is that the canal was never safe.", "contention", "Her", "the canal was never safe"),
    ("The tenants' complaint was that the boilers failed every winter.", "complaint", "The tenants'",
     "the boilers failed every winter"),
])
def test_a_complaint_or_a_contention_after_a_copula(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
