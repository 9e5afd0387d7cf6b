"""Generalisation check of the sixtieth session on science, health and data reporting (helper C): thirty short
articles (``probe_science_60``) in the registers of science news, health advisories, economic data releases, NGO
and UN situation reports, polling write-ups and press releases, where studies, papers, figures, models and
bulletins are the sources, each report with its hand-written gold (a word of the cue, the source, the first
content), the lines that report nothing (method and narration, bare statistics, and the cue words in other senses:
'the drug showed promise', 'report card', 'model car') and the speakers of pronouns and titled names. Every
sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-five articles: reports 85 of 87 right
(missed 2; no wrong source, no content cut wrong), lines that report nothing 57 of 58 (the one shown, 'The team
counted insects ...', is a report as PolNeAR marks them: 'Forbes counted only individuals'; the gold was
corrected), speakers 15 of 15. The four articles written next gave reports 12 of 14 (missed 2), lines 5 of 6
(again a PolNeAR report, 'The institute publishes its forecasts', corrected) and speakers 2 of 3: a journal's
title set after 'the journal' in a phrase opening the sentence was taken for the body 'the team' stands for
('Writing in the journal Coastal Carbon Review, the team says X'). Probing further found 'the WHO' read as the
pronoun 'who' after a role ('A spokesperson for the WHO said X': a relative clause on the spokesperson, the source
cut to 'the WHO'; 'X, a spokesman for the WHO told reporters': no report). Mended: a name set with no comma beside
the object of a preposition is named in passing, as the object is (``naming.named_in_passing``), so no role noun
stands for it; a word in capitals after 'the' read as a pronoun is a name, the sentence parsed again with a name
in its place (``acronym_readings``); a health or data agency's bulletin and a dataset show what they count
(``poll_nouns.txt``). After, on the twenty-nine articles: reports 98 of 101, lines 62 of 62, speakers 18 of 18; the
article written after the mends ('mpox_update') gives reports 5 of 5 and speakers 2 of 2 (1 of 5 and 0 of 2
before). None of the mends changes a record or a speaker on PolNeAR train or dev. The three misses left are each
one misparse that PolNeAR train holds no class of (see ``STILL_WRONG``)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_science_60 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("malaria_jab", "indicate", "preliminary results of a trial in three countries"):
        "the parser reads 'vaccine cut infections' as one noun phrase whose subject is the tail's verb, and 'preliminary"
        " results' as an apposition: the shorter tail ('..., early results indicate') is found; PolNeAR train has no"
        " such misparse before a closing verb of saying",
    ("nuts", "write", "The researchers"):
        "the parser reads 'that' as the object of 'write' and 'held' as a participle on 'the link' (only 13 such"
        " objects 'that' in PolNeAR train, nearly all real ones: 'reiterated that approach')",
    ("dengue", "advised", "The World Health Organization"):
        "the parser reads 'to empty containers' as a phrase with the adjective 'empty', so 'advised' has no clause;"
        " 'advised people to boil water' is found",
}

(parsed, test_a_report_of_science_and_data_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(map(len, NOT_REPORTS.values())) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a journal's title set after 'the journal' is no body that 'the team' stands for (nor 'the group': any body
    # named in the sentence before it may be that one's, 'Islamic State Sahel Province claimed X, the group said')
    ("Writing in the journal Ocean Letters, the team says the reef is recovering.", "team"),
    ("In the journal Global Food Studies, the team says yields will fall.", "team"),
    ("The results were published in the journal Reef Biology. The team said the coral was recovering.", "team"),
    # but a club named before is still the one 'the club' stands for
    ("Kelvinside Thistle have sacked their manager. The club said it would appoint a successor soon.",
     "Kelvinside Thistle"),
])
def test_a_journal_named_in_passing_is_no_team(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize("text", [
    "The bulletin showed 3,412 confirmed cases and 19 deaths.",
    "The dataset shows rents rose by 6%.",
])
def test_a_bulletin_or_a_dataset_shows_what_it_counts(nlp, text):
    assert [r.cue.text for r in top(nlp, text)] in (["showed"], ["shows"])


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a body's acronym after 'the' that the parser read as the pronoun 'who' (``acronym_readings``)
    ("A spokesperson for the WHO said the agency was monitoring the situation.", "said", "A spokesperson for the WHO",
     "the agency was monitoring the situation"),
    ("Cases are rising, a spokesman for the WHO told reporters.", "told", "a spokesman for the WHO",
     "Cases are rising"),
    ("The WHO said cases were rising.", "said", "The WHO", "cases were rising"),
])
def test_an_acronym_spelling_a_pronoun_is_a_name(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", ["Who said that?", "The people who said that were wrong."])
def test_a_pronoun_is_still_a_pronoun(nlp, text):
    assert all(r.source is None or r.source.text.lower() != "the who" for r in top(nlp, text))
