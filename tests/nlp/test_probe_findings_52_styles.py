"""Patterns of the fifty-second session's style probes (helper styles), found by writing twelve short
articles in house styles and registers the earlier probes left out (``probe_articles_52_styles``: an
AP-style crime brief, a markets story with people familiar with the matter, a conflict report with
sides that contradict each other, an explainer with 'What has X said?' subheads, an Australian
daily, a Singaporean daily, a tabloid, a trade-press story quoting analysts, a parliamentary sketch,
a wire obituary, a press release rewritten as news and a school-board meeting), and then sentences
in the shape the articles showed wrong. Every sentence is written for the test.

'push back' with a direct object moves a date or an event later and reports nothing ('pushed back
the vote to March'); it stays a cue alone or with the preposition of what it answers ('pushed back
against the plan', ``moved_back``). A tabloid's verbs of an angry or tearful voice ('raged', 'seethed',
'sobbed', 'spat') are cues beside a quotation, after it or before its colon (``quote_verbs.txt``), not
for a fire or a battle that rages, nor one who weeps with no words."""

from __future__ import annotations

import pytest
from probe_articles_52_styles import ARTICLES, GOLD, NOT_REPORTS
from probe_records import article_checks, found_report, records, speaker_of, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


@pytest.mark.parametrize(("name", "speaker"), [
    ("crime", "Darla Voss"), ("crime", "Ruth Paley"), ("markets", "Ingrid Moe"), ("conflict", "Idris Kamal"),
    ("conflict", "Amina Yusuf"), ("conflict", "Pablo Ortiz"), ("bbc", "Mark Elston"), ("bbc", "Priya Rao"),
    ("australian", "Tanya Holt"), ("australian", "Bruce Keating"), ("australian", "Alison Tait"), ("australian", "Greg Munro"),
    ("singapore", "Lim Wei Ling"), ("singapore", "Tan Ah Kow"), ("trade", "Wen Hsu"), ("trade", "TechScope"),
    ("sketch", "Colin Frayne"), ("sketch", "Ruth Adeyinka"), ("obituary", "Eleanor Voight"), ("obituary", "Felix Brandauer"),
    ("release", "Dana Whitford"), ("release", "Lisa Grant"), ("release", "Paul Ames"), ("schoolboard", "Gloria Mendes"),
    ("schoolboard", "Tom Reyes"), ("schoolboard", "Angela Carr"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name]), [(r.source.text if r.source else None, r.speaker)
                                                            for r in parsed[name]]


def test_an_obituarys_subject_who_once_told_an_interviewer_is_the_speaker(parsed):
    source = "Voight, who died on Monday at her home outside Vienna"
    assert speaker_of(parsed["obituary"], "told", source, "she had found") == "Eleanor Voight"


def test_the_people_familiar_with_the_matter_say_on(parsed):
    # (the people named again are the first mention: ``shortened``)
    assert speaker_of(parsed["markets"], "said", "they", "Terms could still change") == "people familiar with the matter"


def test_a_delayed_school_start_is_no_report(parsed):
    assert not any(r.cue is not None and "push" in r.cue.text for r in parsed["schoolboard"])


@pytest.mark.parametrize("text", [
    "The council pushed back the deadline to March.",
    "The league has pushed back the start of the season by two weeks.",
    "The board postponed a vote on pushing back high school start times.",
    "Organisers pushed back the opening ceremony because of the rain.",
])
def test_push_back_with_an_object_moves_a_date(nlp, text):
    assert not any(r.cue is not None and "push" in r.cue.text for r in records(nlp, text))


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Unions pushed back against the plan.", "pushed back against", "Unions", "the plan"),
    ("The mayor pushed back on claims that the budget was late.", "pushed back on", "The mayor",
     "claims that the budget was late"),
])
def test_push_back_against_or_on_stays_a_cue(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_it_after_an_organisations_report_is_that_organisation(parsed):
    assert speaker_of(parsed["bbc"], "said", "it", "Emergency care will continue") == "NHS England"


def test_a_headline_of_fighting_that_rages_is_no_report(parsed):
    assert not any(r.cue is not None and r.cue.text == "fighting" for r in parsed["conflict"])


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('The singer, 41, raged: "I have had enough of the lies."', "raged", "The singer, 41", "I have had enough of the lies"),
    ('His former manager seethed: "He owes us everything."', "seethed", "His former manager", "He owes us everything"),
    ('The bride sobbed: "It was the worst day of my life."', "sobbed", "The bride", "It was the worst day of my life"),
    ('"Get out of my house," she spat.', "spat", "she", "Get out of my house"),
    ('Her co-star ranted: "Nobody listens to the cast."', "ranted", "Her co-star", "Nobody listens to the cast"),
])
def test_a_tabloids_angry_or_tearful_voice_beside_a_quotation_is_a_cue(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "Fighting raged for three days in the hills.",
    "The fire raged through the night.",
    "She wept as the verdict was read.",
    "The crowd roared as the team came out.",
    "Critics seethed for weeks over the casting.",
])
def test_a_rage_or_a_sob_with_no_quotation_is_no_report(nlp, text):
    assert records(nlp, text) == []
