"""Patterns found in the thirty-fourth session: content boundaries. A negated clause the parser
read as a relative clause of the one told ('told the inquest she had not known X'), the bare
'what' of a free relative around a name given in quotation marks ('what it called "poverty
wages"'), and the part after a colon of a sentence an opening 'According to X' sources. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, content", [
    ("Joanne Pryce told the inquest she had not known Mr Hargreaves needed a modified diet.",
     "she had not known Mr Hargreaves needed a modified diet"),
])
def test_a_report_read_as_a_relative_of_the_one_told_keeps_its_subject_and_negation(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "told")] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("She told reporters the plan was dead.", "the plan was dead"),
    ("She told the tribunal that she had been bullied.", "she had been bullied"),
    ("Ms Lane told the council she had walked there for thirty years.", "she had walked there for thirty years"),
    ("Tom Reed told the jury he never believed the firm had paid its bills.",
     "he never believed the firm had paid its bills"),
])
def test_a_report_told_in_a_clause_of_its_own_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "told")] == [[content]]


@pytest.mark.parametrize("text, content", [
    ('The strike was a response to what it called "poverty wages".', "poverty wages"),
    ('The car park is what one resident called "a very expensive car park without cars".',
     "a very expensive car park without cars"),
])
def test_a_name_given_to_a_free_relative_is_the_quotation_alone(nlp, text, content):
    found = records(nlp, text, "called")
    assert [contents(a) for a in found] == [[content]]
    assert [a.kind for a in found] == ["direct"]


@pytest.mark.parametrize("text, content", [
    ('They called the plan "a disgrace".', 'the plan "a disgrace"'),
])
def test_a_name_given_to_an_object_keeps_the_object(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "called")] == [[content]]


def test_an_opening_according_to_sources_the_part_after_a_colon(nlp):
    text = ("According to Tanaka, the groups also act as an early-warning system: drivers often spot changes "
            "before any announcement.")
    assert [contents(a) for a in records(nlp, text, "According to")] == [
        ["the groups also act as an early-warning system: drivers often spot changes before any announcement"]]


@pytest.mark.parametrize("text, cue, content", [
    ("According to the report, the plan failed.", "According to", ["the plan failed"]),
    ("Drivers spot changes first, according to Tanaka: the groups act as an early-warning system.", "according to",
     ["Drivers spot changes first"]),
])
def test_an_according_to_without_a_colon_after_it_stays(nlp, text, cue, content):
    assert [contents(a)[:1] for a in records(nlp, text, cue)] == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("The court has ruled that the couriers are workers, in a decision that could affect thousands of others.",
     "has ruled", "the couriers are workers"),
    ("The board said it would close the plant, in a move that will cost 300 jobs.", "said", "it would close the plant"),
])
def test_the_writers_word_on_the_decision_is_no_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, content", [
    ("She said the firm had lost money, in a year that saw record sales.",
     "the firm had lost money, in a year that saw record sales"),
    ("He said the judge erred in a ruling that ignored the law.", "the judge erred in a ruling that ignored the law"),
])
def test_a_phrase_of_the_report_stays(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "said")] == [[content]]


def test_a_list_of_the_sources_is_no_content(nlp):
    text = "She was underpaid, according to documents she provided, including pay slips and an employment contract."
    assert [contents(a) for a in records(nlp, text, "according to")] == [["She was underpaid"]]


def test_a_list_after_a_single_source_stays_in_the_content(nlp):
    text = "Costs rose sharply, according to the report, including fuel and rent."
    assert [contents(a) for a in records(nlp, text, "according to")] == [["Costs rose sharply", "including fuel and rent"]]


@pytest.mark.parametrize("text, content", [
    ("He is forty-four, wears the same gray sweater to every game and, according to his players, has never once "
     "raised his voice.", ["has never once raised his voice"]),
    ("The bill passed and, according to critics, will raise prices.", ["The bill", "will raise prices"]),
    ("Prices rose and, according to traders, supply fell.", ["supply fell"]),
])
def test_according_to_after_and_sources_the_last_conjunct(nlp, text, content):
    assert [contents(a) for a in records(nlp, text, "according to")] == [content]


@pytest.mark.parametrize("text, cue, content", [
    ("According to aides, the mayor resigned and moved to Spain.", "According to", ["the mayor resigned and moved to Spain"]),
    ("The mayor resigned and moved to Spain, according to aides.", "according to", ["The mayor resigned and moved to Spain"]),
    ("The firm, according to its filings, lost money and cut jobs.", "according to", ["The firm", "lost money and cut jobs"]),
])
def test_according_to_elsewhere_sources_every_conjunct(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [content]


def test_a_lists_noun_read_as_a_clause_stays_in_the_object(nlp):
    text = "The trust cited corroded piles, missing bracing and storm damage to the pavilion."
    assert [contents(a) for a in records(nlp, text, "cited")] == [
        ["corroded piles, missing bracing and storm damage to the pavilion"]]


@pytest.mark.parametrize("text, cue, content", [
    ("The report cited low pay, long hours and poor training.", "cited", "low pay, long hours and poor training"),
    ("He praised the nurses, working late and caring for patients.", "praised", "the nurses"),
])
def test_an_object_list_or_a_participle_after_it_stays(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
