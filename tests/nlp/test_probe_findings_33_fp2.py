"""Patterns found in the thirty-third session: belief verbs that hold no claim in first-person
writing (a memory of an act, a wish to say or to know, a body part's refusal), a clause of time
read as what was argued, a pronoun 'that' read as the opening of a clause, a colon before the
'that' clause of what was told, and an inverted 'reads' after a quotation. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- memories and likings of acts


@pytest.mark.parametrize("text", [
    "I remember building a dam with my brother.",
    "She remembers walking home in the snow.",
    "He loves sailing on the lake.",
])
def test_a_memory_or_liking_of_an_act_is_no_record(nlp, text):
    assert [a.cue.text for a in records(nlp, text)] == []


@pytest.mark.parametrize("text, cue, content", [
    ("I remember that she was angry.", "remember", "she was angry"),
    ("The committee opposes raising the fare.", "opposes", "raising the fare"),
    ("The board is considering selling the depot.", "is considering", "selling the depot"),
])
def test_a_remembered_claim_and_a_stance_on_an_act_stay(nlp, text, cue, content):
    assert [(a.cue.text, contents(a)) for a in records(nlp, text)] == [(cue, [content])]


# ---------------------------------------------------------------- a wish to say, to know


@pytest.mark.parametrize("text, cue, content, kind", [
    ("She wanted to know whether I had been frightened.", "wanted to know", "whether I had been frightened", "indirect"),
    ("Teachers like to say that practice makes perfect.", "like to say", "practice makes perfect", "indirect"),
    ("Voters want to know if the council will return the money.", "want to know",
     "if the council will return the money", "indirect"),
])
def test_a_wish_to_say_or_to_know_is_one_cue_with_the_inner_verb(nlp, text, cue, content, kind):
    assert [(a.cue.text, contents(a), a.kind) for a in records(nlp, text)] == [(cue, [content], kind)]


@pytest.mark.parametrize("text, cue, content", [
    ("She wants to believe that he is honest.", "wants", "to believe that he is honest"),
    ("He refused to say that the plan had failed.", "refused", "to say that the plan had failed"),
])
def test_a_belief_and_a_refusal_around_an_infinitive_stay(nlp, text, cue, content):
    assert [(a.cue.text, contents(a)) for a in records(nlp, text) if a.parent is None] == [(cue, [content])]


# ---------------------------------------------------------------- a body part refuses


def test_a_body_part_refusing_holds_no_belief(nlp):
    assert records(nlp, "My knee refused to bend for a week.") == []


def test_a_person_refusing_stays(nlp):
    assert [(a.cue.text, contents(a)) for a in records(nlp, "The minister refused to resign.")] == [
        ("refused", ["to resign"])]


# ---------------------------------------------------------------- a time clause, a pronoun 'that'


def test_a_time_clause_before_argue_is_no_content(nlp):
    assert records(nlp, "When I read on paper, I argue with the writer in the margins.", "argue") == []


@pytest.mark.parametrize("text, content", [
    ("When the vote comes, we will win, she said.", "When the vote comes, we will win"),
    ("Where the money went is a mystery, she said.", "Where the money went is a mystery"),
])
def test_a_report_that_opens_with_a_time_or_place_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


def test_a_pronoun_that_before_a_concession_is_no_clause(nlp):
    assert records(nlp, "I don't need a study to tell me that, though I'm glad to have one.") == []


def test_a_that_clause_with_a_time_clause_inside_stays(nlp):
    found = records(nlp, "The engineer told me that, when the storm came, the roof had held.", "told")
    assert len(found) == 1 and contents(found[0])[0].endswith("the roof had held")


# ---------------------------------------------------------------- misses


def test_a_colon_before_the_that_clause_of_what_was_told(nlp):
    found = records(nlp, "I told him the truth: that I was scared of the water.", "told")
    assert [contents(a) for a in found] == [["I was scared of the water"]]


@pytest.mark.parametrize("text, source", [
    ("\"Brakes - she'll be fine,\" reads one entry in my father's notebook.", "one entry in my father's notebook"),
    ("\"Brakes - she'll be fine,\" reads one entry from 2009.", "one entry"),
    ("\"Closed for repairs,\" reads the sign on the door.", "the sign on the door"),
])
def test_an_inverted_reads_after_a_quotation(nlp, text, source):
    assert [(a.source.text, contents(a)) for a in records(nlp, text, "reads")] == [
        (source, [text.split('"')[1].rstrip(",")])]


def test_a_that_clause_opened_by_an_absolute_with_stays(nlp):
    text = "Sanders advisers insist that, with the candidate focused on the primaries, there has been no talk of quitting."
    assert [a.source.text for a in records(nlp, text, "insist")] == ["Sanders advisers"]
