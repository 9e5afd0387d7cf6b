"""Patterns of the fiftieth session (helper left2): leftovers seen once or twice in written text. A
speaker's state set off before the cue that the parser hung on the cue beside the quotation
(``stranded_quotes.the_speakers_state``), also before a past form read as a participle; 'profess'
(``speech_verbs.txt``, ``stance_verbs.txt``); an interview, a speech or a statement after 'in' is
where a voiced noun was said (``happenings``); a 'that' read as an object after a clause set off by
commas (``set_off_clauses``); 'management' as a body of people (``collective_nouns.txt``); a
quoted fragment read as the subject of an inverted cue (``inverted``); a role with a 'for' phrase
hung on the verb before a name (``misread.role_hung_on_the_verb``). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    ('"We will rebuild," the mayor, visibly shaken, said.', "said", "the mayor", "We will rebuild"),
    ('"The bridge is closed," the engineer, visibly annoyed, said.', "said", "the engineer", "The bridge is closed"),
    ('"That is false," the minister, visibly angry, replied.', "replied", "the minister", "That is false"),
    ('"It was a mistake," the chief, clearly shaken, admitted.', "admitted", "the chief", "It was a mistake"),
    ('"We got it wrong," the director, plainly embarrassed, conceded.', "conceded", "the director", "We got it wrong"),
])
def test_a_speakers_state_set_off_before_the_cue_is_no_content(nlp, text, cue, source, content):
    found = top(nlp, text)
    assert len(found) == 1
    ok, listed = found_report(found, cue, source, content)
    assert ok, listed


def test_a_clause_with_an_auxiliary_before_the_cue_stays_the_content(nlp):
    ok, listed = found_report(records(nlp, "The engineer was annoyed, she said."), "said", "she", "The engineer was annoyed")
    assert ok, listed


@pytest.mark.parametrize("text, source, content", [
    ("The prisoner professed his innocence.", "The prisoner", "his innocence"),
    ("The defendants professed their innocence throughout the trial.", "The defendants", "their innocence"),
    ("He professed that he had never met her.", "He", "he had never met her"),
])
def test_a_professed_state_is_what_was_said(nlp, text, source, content):
    ok, listed = found_report(records(nlp, text), "professed", source, content)
    assert ok, listed


def test_a_professed_admirer_is_no_report(nlp):
    assert not records(nlp, "A professed admirer of the composer, he bought the house.")


@pytest.mark.parametrize("text, source, content", [
    ("He repeated the allegation in a radio interview.", "He", "the allegation"),
    ("She repeated the claim in a television interview on Sunday.", "She", "the claim"),
    ("The senator repeated the charge in a speech to donors.", "The senator", "the charge"),
])
def test_an_interview_after_in_is_where_it_was_said(nlp, text, source, content):
    (record,) = records(nlp, text)
    assert record.cue is not None and record.cue.text == "repeated"
    ok, listed = found_report([record], "repeated", source, content)
    assert ok, listed


def test_an_interest_in_a_thing_keeps_its_topic(nlp):
    (record,) = records(nlp, "She expressed interest in the plan.")
    assert record.cue is not None and record.cue.text == "expressed interest in"
    assert contents(record) == ["the plan"]


@pytest.mark.parametrize("text, cue, source, content", [
    ("He told the jury, when he was a boy, that the house had burned.", "told", "He", "the house had burned"),
    ("She told the court, when she was 12, that her uncle had hit her.", "told", "She", "her uncle had hit her"),
    ("The nurse told us, while the doctor was away, that the patient had died.", "told", "The nurse",
     "the patient had died"),
])
def test_a_time_set_off_before_the_that_is_no_content(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text, source", [
    ("According to management, the plant will close in June.", "management"),
    ("Management says the store will stay open.", "Management"),
])
def test_management_is_a_body_of_people(nlp, text, source):
    assert [r.source.text for r in records(nlp, text) if r.source is not None] == [source]


def test_management_of_a_thing_is_no_source(nlp):
    found = records(nlp, "Poor management of the budget, the auditor found, cost millions.")
    assert [r.source.text for r in found if r.source is not None] == ["the auditor"]


@pytest.mark.parametrize("text, first, second", [
    ('"We open at nine," said the owner. "And the price?" asked a customer.',
     ("said", "the owner", "We open at nine"), ("asked", "a customer", "And the price?")),
    ('"Tickets are sold out," the clerk said. "And the refund?" asked a woman.',
     ("said", "the clerk", "Tickets are sold out"), ("asked", "a woman", "And the refund?")),
])
def test_a_quoted_fragment_before_an_inverted_cue_is_its_content(nlp, text, first, second):
    found = top(nlp, text)
    assert len(found) == 2
    for cue, source, content in (first, second):
        ok, listed = found_report(found, cue, source, content)
        assert ok, listed
    assert all(len(r.contents) == 1 for r in found)


def test_a_subject_before_an_inverted_cue_outside_a_quotation_stays(nlp):
    ok, listed = found_report(records(nlp, '"Rain tomorrow," reads the sign.'), "reads", "the sign", "Rain tomorrow")
    assert ok, listed


@pytest.mark.parametrize("text, source", [
    ("Senator for Tasmania Jacqui Lambie said the deal was dead.", "Senator for Tasmania Jacqui Lambie"),
    ("Senator for Queensland Matt Canavan told reporters the mine would open.", "Senator for Queensland Matt Canavan"),
    ("Co-author Dr. Jean Moreau said the data were clear.", "Co-author Dr. Jean Moreau"),
])
def test_a_role_hung_on_the_verb_opens_the_source(nlp, text, source):
    assert [r.source.text for r in records(nlp, text) if r.source is not None] == [source]


def test_a_time_before_a_name_is_no_role(nlp):
    found = records(nlp, "Yesterday Jacqui Lambie said the deal was dead.")
    assert [r.source.text for r in found if r.source is not None] == ["Jacqui Lambie"]


@pytest.mark.parametrize("text, cue, source, content", [
    ('"Hold the line," the sergeant, pointing at the map, ordered.', "ordered", "the sergeant", "Hold the line"),
    ('"Stand back," the guard, waving his arms, ordered.', "ordered", "the guard", "Stand back"),
    ('"I lied," the witness, visibly shaken, confessed.', "confessed", "the witness", "I lied"),
])
def test_a_cue_hung_on_its_quotation_heads_the_sentence(nlp, text, cue, source, content):
    found = top(nlp, text)
    assert [r.cue.text for r in found if r.cue is not None] == [cue]
    ok, listed = found_report(found, cue, source, content)
    assert ok, listed


def test_a_verb_of_no_saying_after_an_aside_is_no_cue(nlp):
    found = records(nlp, '"Hold the line," she said, and the sergeant, pointing at the map, nodded.')
    assert [r.cue.text for r in found if r.cue is not None] == ["said"]
