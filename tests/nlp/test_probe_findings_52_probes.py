"""Patterns of the fifty-second session (helper probe), found by writing twelve short articles of genres
the earlier probes left out or wrote otherwise (``probe_articles_52``: a live blog with timestamps, a
fact-check, an earnings call, a meeting transcript with speaker labels, a cross-examination, a joint
communique, a university press release, a snow warning, a music review, an open letter, a poll, a police
appeal) with every kind of report and lines that report nothing, and then sentences in the shapes the
articles showed wrong.

A number to give when calling named by 'incident', 'log' or 'ref' as well as 'number' or 'reference'
('quoting incident 512') says nothing (``objects.reference_number``). A transcript's heading before a
colon ('Transcript: X') labels the page, no speaker (``line_labels.txt``). The subject of a reported
clause read as the object of the cue verb before it, the clause's modal hung on the verb above ('said
they feared a longer winter would mean higher bills'), is the clause's subject (``object_clauses``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_52 import ARTICLES, GOLD, NESTED, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, contents, found_report, nested_check, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_nested_reports = nested_check(ARTICLES, NESTED)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("name", "speaker"), [
    ("liveblog", "Ravi Mehta"), ("liveblog", "Claire Dunmore"), ("factcheck", "Danny Croft"), ("earnings", "Laura Penrose"),
    ("earnings", "Mark Abbott"), ("earnings", "Priya Nair"), ("trial", "Helen Marsh"), ("trial", "James Gill"),
    ("trial", "Derek Lowe"), ("communique", "Eva Lindqvist"), ("communique", "Tomas Kask"), ("university", "Hannah Voss"),
    ("university", "Luis Ortega"), ("weather", "Dan Harper"), ("review", "Joe Harker"), ("openletter", "Amira Saleh"),
    ("pollstory", "Sophie Lang"), ("police", "Sarah Kent"),
])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name]), [(r.source.text if r.source else None, r.speaker)
                                                            for r in parsed[name]]


@pytest.mark.parametrize("text", [
    "Anyone who saw the crash should ring 101, quoting incident 512.",
    "Please call the helpline, quoting log 88 of 3 May.",
    "Witnesses can phone the station, quoting ref 2291.",
])
def test_a_reference_number_after_its_noun_reports_nothing(nlp, text):
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None and r.cue.text.startswith("quot")] == []


def test_quoting_a_person_still_reports(nlp):
    found = top(nlp, "He called the board, quoting the minister.")
    assert [(r.cue.text, contents(r)) for r in found if r.cue is not None and r.cue.text == "quoting"] == [
        ("quoting", ["the minister"])]


@pytest.mark.parametrize("text", [
    "Transcript: Parents clash with school over uniform",
    "Full transcript: Councillors row over the new bridge",
])
def test_a_transcripts_heading_is_no_speaker(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Most of the tenants said they feared a longer winter would mean higher bills.", "feared", "they",
     "a longer winter would mean higher bills"),
    ("Many said they expected the new rules would hurt small firms.", "expected", "they",
     "the new rules would hurt small firms"),
    ("Most of the tenants said they feared a longer winter would mean higher bills.", "said", "Most of the tenants",
     "they feared a longer winter would mean higher bills"),
])
def test_an_objects_modal_clause_makes_it_the_clauses_subject(nlp, text, cue, source, content):
    found, there = found_report(records(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("He held a long call to defend the plan.", "to defend", "the plan"),
    ("She said she feared the worst, and he would know.", "said", "she feared the worst"),
])
def test_an_infinitive_or_a_clause_with_its_own_subject_is_left(nlp, text, cue, content):
    assert [contents(r) for r in top(nlp, text) if r.cue is not None and r.cue.text == cue] == [[content]]
