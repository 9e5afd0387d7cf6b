"""Patterns of the forty-ninth session's style probes (helper probe2), found by writing twelve short
articles in house styles the earlier probes left out (``probe_articles_49_styles``: a fact-check, an
explainer with question headings, a translated agency story, a tabloid story, a newsletter round-up,
a hedged analysis, a letters page, a broadcast script, a local human-interest piece, a corrections
notice, a betting preview and a question-and-answer profile), and then sentences in the shapes the
articles showed wrong.

A quotation after a short sentence of a person's gesture is that person's also when the sentence
opens with the question put to them ('Asked why, the mayor shrugged. "..."', ``turns``). A date
inside brackets after a source's noun cites a report and does not end the source ('A report on
the choir (Arts, June 4) said', ``occasions``). 'The prime minister' or 'the deputy mayor' is not
one given the bare title before ('Minister Ana Lind', 'Mayor Tom Hale': ``office_ranks``,
``office_prefixes.txt``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_49_styles import ARTICLES, GOLD, NOT_REPORTS
from probe_records import article_checks, contents, found_report, records, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


@pytest.mark.parametrize(("name", "speaker"), [
    ("factcheck", "Patricia Lowe"), ("explainer", "Miriam Okafor"), ("agency", "Anton Brela"), ("analysis", "Rafael Ortiz"),
    ("broadcast", "Priya Nair"), ("local", "Bill Thackery"), ("corrections", "Tom Aske"), ("betting", "Sean Doyle"),
    ("qanda", "Ana Ruiz"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


def test_the_agency_storys_prime_minister_is_not_the_minister_named_before(nlp):
    # (a report nested in the broadcaster's 'quoted the prime minister as saying X' since the seventieth pass)
    found = nlp(ARTICLES["agency"])._.sourcebook_attributions
    (record,) = [r for r in found if r.source is not None and r.source.text == "the prime minister"]
    assert record.speaker != "Anton Brela"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('Asked what she would cook first, Ms Varga laughed. "Soup, of course."', "laughed", "Ms Varga", "Soup, of course"),
    ('Asked about the delay, the mayor smiled. "We will be ready on time."', "smiled", "the mayor",
     "We will be ready on time"),
    ('Asked whether he would stand again, Mr Oduya paused. "Not this time."', "paused", "Mr Oduya", "Not this time"),
])
def test_a_gesture_after_the_question_put_takes_the_quotation(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    # an act with an object is no gesture answering the question
    'Asked about the delay, the mayor opened the report on the table. "We will be ready on time."',
    # the asker is another: the one who smiles was not asked
    'When a reporter asked about the delay, the mayor smiled. "We will be ready on time."',
])
def test_a_sentence_that_is_no_answering_gesture_takes_no_quotation(nlp, text):
    assert [r for r in records(nlp, text) if any("ready on time" in c for c in contents(r))] == []


@pytest.mark.parametrize(("text", "source"), [
    ("A review of the new opera (Culture, May 9) said that its lead singer had withdrawn.",
     "A review of the new opera (Culture, May 9)"),
    ("A story about the harbour (News, March 2) said the ferry would stop.", "A story about the harbour (News, March 2)"),
])
def test_a_bracketed_date_does_not_end_the_source(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


def test_a_date_after_the_closed_bracket_still_ends_the_source(nlp):
    found = top(nlp, "Leaders of the dockers' union (Unite) on Wednesday said the strike would go ahead.")
    assert [r.source.text for r in found if r.source is not None] == ["Leaders of the dockers' union (Unite)"]


@pytest.mark.parametrize(("text", "source", "not_speaker"), [
    ("Minister Anton Brela said talks were ending. The prime minister said farmers would be paid.",
     "The prime minister", "Anton Brela"),
    ("Mayor Tom Hale said the road would close. The deputy mayor said it would not.", "The deputy mayor", "Tom Hale"),
])
def test_a_role_with_an_office_prefix_is_another_office(nlp, text, source, not_speaker):
    (record,) = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert record.speaker != not_speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Minister Anton Brela said talks were ending. The minister said farmers would be paid.", "The minister", "Anton Brela"),
    ("Prime Minister Ana Lind said talks were ending. The prime minister said farmers would be paid.",
     "The prime minister", "Ana Lind"),
    ("Deputy Mayor Tom Hale said the road would close. The deputy mayor later said it would not.",
     "The deputy mayor", "Tom Hale"),
])
def test_a_role_of_the_same_office_is_still_its_holder(nlp, text, source, speaker):
    (record,) = [r for r in top(nlp, text) if r.source is not None and r.source.text == source]
    assert record.speaker == speaker
