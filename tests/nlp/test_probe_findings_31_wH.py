"""Patterns found in the thirty-first session: a document that a verb of writing, issuing or
sending makes or sends ('issued a statement', 'signed an open letter') is no content of that
verb, whatever the verb's class. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- documents issued or sent


@pytest.mark.parametrize("text, cue", [
    ("The owner, Gwen Partridge, issued a statement.", "issued"),
    ("The chairman issued a short statement on the matter.", "issued"),
    ("Her brother wrote a commentary for the local paper.", "wrote"),
    ("The actor posted a tweet about the film.", "posted"),
])
def test_a_document_issued_or_sent_is_no_content(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    # what the document says, in a clause of its own
    ("The club released a statement in which it condemned the chants.", "released",
     "a statement in which it condemned the chants"),
    # a clause in the document, or its words after a colon
    ("The group released a digital ad targeting the senator's record on taxes.", "released",
     "a digital ad targeting the senator's record on taxes"),
    ("The campaign manager released a memo titled \"Where the Race Stands.\"", "released",
     "a memo titled \"Where the Race Stands.\""),
    ("The senator issued the following statement: \"We mourn a great friend of this state.\"", "issued",
     "the following statement: \"We mourn a great friend of this state.\""),
    # not a document: a warning or a threat is what was said
    ("The minister issued a stern threat to the unions.", "issued", "a stern threat to the unions"),
    # a stance on a document, not its making
    ("The senator criticised the statement.", "criticised", "the statement"),
    ("The senator praised the letter.", "praised", "the letter"),
])
def test_a_document_that_says_something_or_is_judged_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_participle_after_the_document_is_what_it_says(nlp):
    text = "Ms Doyle issued a statement, saying the claims were false."
    assert [(a.cue.text, contents(a)) for a in records(nlp, text)] == [("issued a statement, saying", ["the claims were false"])]


def test_a_statement_whose_words_follow_stays(nlp):
    text = "The senator issued the following statement:\n\n\u201cWe mourn a great friend of this state.\u201d"
    assert [contents(a) for a in records(nlp, text, "issued")] == [
        ["the following statement", "We mourn a great friend of this state"]]
