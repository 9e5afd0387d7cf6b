"""Patterns of the forty-eighth session (helper left): leftovers seen once or twice in written text. A
clause of result after 'said enough' or 'said so much' is no content; a 'that' clause after 'on behalf
of X' that the parser read as an adverbial clause is (``leads``); a cue verb read as a compound inside
its subject's participle phrase ('Data released by the bank show X', ``participle_objects``); a title
and a surname the word list also holds as a common noun before a list item's colon ('#1 Senator Diaz:');
a headline topic after 'warns of' ending in an '-ing' word ('load shedding', ``gerund_ends``). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "The coach said enough that the players stopped listening.",
    "The senator talked so much that the hearing ran late.",
])
def test_a_clause_of_result_is_no_content(nlp, text):
    assert not any("stopped" in c or "ran late" in c for r in records(nlp, text) for c in contents(r))


def test_a_that_clause_after_the_degree_word_of_a_real_report_stays(nlp):
    (record,) = records(nlp, "The coach said often that the players stopped listening.", "said")
    assert contents(record) == ["the players stopped listening"]


@pytest.mark.parametrize("text, expected", [
    ("It was submitted on behalf of the Crown that the permit had lapsed.", "the permit had lapsed"),
    ("It was argued on behalf of the tenants that the notice was void.", "the notice was void"),
])
def test_a_that_clause_after_on_behalf_of_is_the_content(nlp, text, expected):
    found = [r for r in records(nlp, text) if r.cue is not None and r.cue.text.startswith("was ")]
    assert [contents(r) for r in found] == [[expected]]


@pytest.mark.parametrize("text, cue, source, expected", [
    ("Data released by the agency show rents rose in June.", "show", "Data released by the agency",
     "rents rose in June"),
    ("Figures published on Tuesday show exports fell sharply.", "show", "Figures published on Tuesday",
     "exports fell sharply"),
])
def test_a_cue_read_inside_its_subjects_participle_phrase(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


def test_a_participle_phrase_with_its_own_verb_is_left_alone(nlp):
    assert records(nlp, "Boxes shipped from the depot arrived late.") == []


@pytest.mark.parametrize("text, source, expected", [
    ('#1 Senator Diaz: "We will win this fight."', "Senator Diaz", "We will win this fight"),
    ('1. Senator Diaz: "We will win this fight."', "Senator Diaz", "We will win this fight"),
    ('a) Treasurer Okafor: "The budget is balanced."', "Treasurer Okafor", "The budget is balanced"),
])
def test_a_list_items_titled_speaker(nlp, text, source, expected):
    (record,) = records(nlp, text, ":")
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]


def test_a_topic_heading_stays_no_speaker(nlp):
    assert records(nlp, "Island Trophy: the final is on Sunday.", ":") == []


@pytest.mark.parametrize("text, cue, expected", [
    ("Utility warns of winter load shedding", "warns of", "winter load shedding"),
    ("The union spoke of cost cutting at the plant.", "spoke of", "cost cutting at the plant"),
])
def test_a_topic_ending_in_an_ing_word_goes_on_over_it(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == [expected]


def test_a_gerund_after_a_comma_is_the_speakers_next_act(nlp):
    (record,) = records(nlp, "The mayor warned of delays, citing the storm.", "warned of")
    assert contents(record) == ["delays"]


def test_a_share_before_say_read_as_a_modifier_is_the_speaker(nlp):
    text = "A majority of economists expect a recession, while a third say growth will hold."
    (record,) = records(nlp, text, "say")
    assert record.source is not None and record.source.text == "a third"
    assert contents(record) == ["growth will hold"]


def test_a_share_before_a_noun_of_saying_is_no_report(nlp):
    assert records(nlp, "A third say-so was needed before the vote.") == []
