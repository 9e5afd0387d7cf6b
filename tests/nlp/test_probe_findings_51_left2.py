"""Patterns of the fifty-first session (helper left2): leftovers seen in written text. A phrase of
place closing a named speaker's phrase after an inverted cue is where they spoke (``placed_speakers``);
a verb of warning after a reported clause with its subject after it is the inverted cue
(``clause_inversions``); a name's capitalised last word read as an adverb ends the name
(``name_adverbs``); 'made it clear' with a bare clause, and with a subject shared through 'and' or a
participle (``made_clear``); the 'it' that speaks after a statement issued or read is its issuer
(``statement_issuers``); a lone 'one' is one of the people a thing's phrase names (``one_of_people``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, source, content", [
    ('"We will appeal," said the activist Mei Tan outside the court.', "the activist Mei Tan", "We will appeal"),
    ('"Fares must fall," said the economist Ivo Stern at a conference in Lyon.', "the economist Ivo Stern", "Fares must fall"),
    ('"It is a scandal," said Tom Hale outside Downing Street.', "Tom Hale", "It is a scandal"),
    ('"The count was rigged," said organiser Jo Park near the polling station.', "organiser Jo Park", "The count was rigged"),
    ('"We are exhausted," said nurse Kemi Ade at a rally on Saturday.', "nurse Kemi Ade", "We are exhausted"),
])
def test_a_place_after_an_inverted_named_speaker_is_where_they_spoke(nlp, text, source, content):
    ok, listed = found_report(top(nlp, text), "said", source, content)
    assert ok, listed


@pytest.mark.parametrize("text, source", [
    ('"Rates are too high," said Ana Ruiz at the University of Leeds.', "Ana Ruiz at the University of Leeds"),
    ('"We lost," said Sara Kim of the union.', "Sara Kim of the union"),
    ('"We need answers," said officials at the hearing.', "officials at the hearing"),
    ("Officials at the hearing said they needed answers.", "Officials at the hearing"),
])
def test_a_phrase_that_says_who_spoke_stays_in_the_source(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The fire spread quickly, warned the fire chief.", "warned", "the fire chief", "The fire spread quickly"),
    ("The storm will hit on Friday, warned forecasters.", "warned", "forecasters", "The storm will hit on Friday"),
    ("The bridge is unsafe, cautioned the engineer.", "cautioned", "the engineer", "The bridge is unsafe"),
    ("Rents will keep rising, warned the housing minister.", "warned", "the housing minister", "Rents will keep rising"),
    ("Costs will double, estimated the treasurer.", "estimated", "the treasurer", "Costs will double"),
])
def test_a_warning_verb_after_a_clause_with_its_subject_after_it_is_inverted(nlp, text, cue, source, content):
    ok, listed = found_report(top(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The captain sounded the alarm, warned the crew.",
    "The council met, told the press.",
])
def test_a_second_act_of_warning_or_telling_is_no_inversion(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.cue.text in ("warned", "told")
                and r.source is not None and r.source.text in ("the crew", "the press")]


@pytest.mark.parametrize("text, source", [
    ("Charity Children Now said the cuts were cruel.", "Charity Children Now"),
    ("Campaign group Parents Together said the policy would fail.", "Campaign group Parents Together"),
    ("Pressure group Streets First warned that traffic would grow.", "Pressure group Streets First"),
])
def test_a_names_last_word_read_as_an_adverb_ends_the_name(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


@pytest.mark.parametrize("text, source", [
    ("Ruiz now says the plan is dead.", "Ruiz"),
    ("Smith, now, said the plan was dead.", "Smith"),
])
def test_a_lower_case_or_set_off_adverb_stays_the_verbs(nlp, text, source):
    assert [r.source.text for r in top(nlp, text) if r.source is not None] == [source]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The minister made it clear he would not resign.", "made it clear", "The minister", "he would not resign"),
    ("The union made it plain it would strike.", "made it plain", "The union", "it would strike"),
    ("She spoke to reporters, making it clear she would fight on.", "making it clear", "She", "she would fight on"),
    ("He met the board and made it clear he would step down.", "made it clear", "He", "he would step down"),
    ("The coach made it clear that he would stay.", "made it clear", "The coach", "he would stay"),
])
def test_made_it_clear_with_a_bare_clause_or_a_shared_subject(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The mayor made it clear when she arrived.",
    "He made it clear because the rules demanded it.",
])
def test_a_clause_of_time_or_reason_after_made_it_clear_is_no_content(nlp, text):
    assert not records(nlp, text, "made it clear")


@pytest.mark.parametrize("text, speaker", [
    ('A lawyer for the mill read a statement outside Dunmore Crown Court. "We regret the fire," it said.',
     "mill"),
    ('The family of the boy released a statement through the county police. "He was our joy," it said.', "family"),
    ('A spokesman read a statement on the steps of the High Court. "We will appeal," it said.', "spokesman"),
    ('The charity issued a statement after the hearing at Bristol Crown Court. "Justice has been done," it said.',
     "charity"),
])
def test_the_it_that_speaks_after_a_statement_is_its_issuer(nlp, text, speaker):
    (record,) = records(nlp, text, "said")
    assert record.speaker == speaker


def test_an_it_after_a_sentence_with_no_statement_keeps_its_body(nlp):
    (record,) = records(nlp, 'The ministry rejected the claims on Monday. "The figures are wrong," it said.', "said")
    assert record.speaker == "ministry"


@pytest.mark.parametrize("text, speaker", [
    ('Letters from four tenants reached the council. "The lift is broken," one said.', "one of the four tenants"),
    ('Emails between three officials were released by the court. "Delete this," one wrote.', "one of the three officials"),
    ('Ida Moss and Ben Ortiz ran the stall. "We sold out," one said.', "one of Ida Moss and Ben Ortiz"),
    ('Two nurses spoke to the paper about the ward. "We are exhausted," one said.', "one of the two nurses"),
    ('Several farmers gathered outside the hall. "We are ruined," one said.', "one of the several farmers"),
])
def test_one_is_one_of_the_people_named(nlp, text, speaker):
    found = [r for r in records(nlp, text) if r.source is not None and r.source.text == "one"]
    assert [r.speaker for r in found] == [speaker]


def test_an_infinitives_conjunct_takes_no_subject_from_the_sentence(nlp):
    text = "His advice to new drivers is to stay calm and make it clear that honking is pointless."
    assert not [r for r in records(nlp, text, "make it clear") if r.source is not None]


def test_a_names_last_word_hung_on_the_verb_as_an_adverb_ends_the_name(nlp):
    text = 'Lobby group Drivers First called the toll "a tax on commuters".'
    ok, listed = found_report(top(nlp, text), "called", "Lobby group Drivers First", 'the toll "a tax on commuters"')
    assert ok, listed


@pytest.mark.parametrize("text, source, content", [
    ('Colleagues paid tribute to her as "a fearless reporter".', "Colleagues", "a fearless reporter"),
    ('The club chairman, Ian Rowe, paid tribute to him as "a true gentleman of the game".',
     "The club chairman, Ian Rowe", "a true gentleman of the game"),
])
def test_an_as_phrase_after_a_tribute_is_what_was_said(nlp, text, source, content):
    ok, listed = found_report(top(nlp, text), "paid tribute", source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The band paid tribute to her as the crowd stood in silence.",
    "Fans paid tribute to the striker on Sunday.",
])
def test_a_tribute_with_no_as_phrase_has_no_such_content(nlp, text):
    assert not [r for r in records(nlp, text) if any(c.text.startswith("the crowd") for c in r.contents)]
