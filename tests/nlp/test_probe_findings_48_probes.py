"""Patterns of the forty-eighth session (helper probe), found by writing twelve short articles of
genres the earlier probes left out (``probe_articles_48``: a wire digest, a live blog, a feature, a
column, a press conference, filings and surveys, a world-news piece, a merger, a phone launch, an
awards night, a cyclone update, a police report) with every kind of report and lines that report
nothing, and then sentences in the shapes the articles showed wrong.

A place or manner word between a verb of saying and its 'that' clause, which the parser read as the
verb's clause or adverb with the real clause under it ('said backstage that X'), is when or where
it was said; the content is the 'that' clause (``word_before_that``). A quotation's closing
punctuation before a closing mark set off by a space, as guillemets often are ('« We lost it all, »
he said'), is no part of what was said (``direct._strip_inner``). A present verb of showing or
saying with no 'that' after it, which the parser read as a compound noun on the reported clause's
subject ('Figures released on Monday show exports fell': 'show exports'), is the sentence's verb
(``compound_verbs``). 'said nothing about X' reports no content (``empty_objects.txt``); 'said little
about X' is a remark on X (``remark_topics``, test_probe_findings_48_spb). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_articles_48 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "speaker"), [
    ("liveblog", "Gwen Hartley"), ("feature", "Fiona"), ("presser", "Ivan Petrov"), ("world", "Oyunchimeg Tsend"),
    ("merger", "Omar Shah"), ("launch", "Mei Lin"), ("awards", "Ada Obi"), ("cyclone", "Sunita Behera"),
    ("crime", "Lucy Grant"), ("crime", "Raj Patel"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name])


def test_a_word_before_the_that_clause_is_no_part_of_the_content(nlp):
    text = ("The veteran rock band Ironvale, which had been tipped to win, went home empty-handed. "
            'Its singer, Dean Marsh, said backstage that he was "genuinely happy" for Obi.')
    (record,) = records(nlp, text, cue="said")
    assert record.source.text == "Its singer, Dean Marsh"
    assert contents(record) == ['he was "genuinely happy" for Obi']


@pytest.mark.parametrize(("text", "content"), [
    ('Its drummer, Lee Park, said backstage that he was "very proud" of the band.', 'he was "very proud" of the band'),
    # the word read as the verb's adverb, with the clause under it: the verb seemed to report nothing
    ("Her agent, Tom Bell, said backstage that the tour would go on.", "the tour would go on"),
    ("The singer told fans onstage that she would be back next year.", "she would be back next year"),
    ("The coach said afterwards that the referee had been fair.", "the referee had been fair"),
])
def test_a_lone_word_before_that_leaves_the_clause(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "He spoke loudly so that everyone could hear.",
    "The minister said nothing about the budget.",
])
def test_a_purpose_or_an_amount_said_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_an_amount_after_a_stance_keeps_its_report(nlp):
    (record,) = top(nlp, "She said little had changed since the election.")
    assert contents(record) == ["little had changed since the election"]


@pytest.mark.parametrize(("text", "content"), [
    ("« We lost the whole herd, » the farmer said.", ["We lost the whole herd"]),
    ("«We lost the whole herd,» the farmer said.", ["We lost the whole herd"]),
    ("« We lost the whole herd. » the farmer said. « Nobody came to help. »",
     ["We lost the whole herd", "Nobody came to help"]),
    ('"We lost the whole herd, " the farmer said.', ["We lost the whole herd"]),
])
def test_a_spaced_closing_mark_leaves_the_punctuation_out(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == content


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Data released on Monday show inflation fell to 3 percent.", "show", "Data released on Monday",
     "inflation fell to 3 percent"),
    ("Records obtained by the newspaper show the council spent $4m on consultants.", "show",
     "Records obtained by the newspaper", "the council spent $4m on consultants"),
])
def test_a_verb_read_as_a_compound_of_the_clause_reports(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize("text", [
    "The flower show tickets sold out.",
    "The Monday show hosts left early.",
    "Ticket sales show signs of recovery.",
])
def test_a_real_compound_reports_nothing(nlp, text):
    assert records(nlp, text) == []
