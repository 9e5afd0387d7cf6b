"""Patterns of the forty-seventh session (helper probe2), found by writing twelve more short
articles in genres the first set left out (``probe_articles_47b``: a technology launch, a film
festival, a police appeal, a summit, an environment report, a school inspection, a rail disruption,
a wet harvest, a defence order, a faith community, the markets, an aid agency's update) with every
kind of report and lines that report nothing, and then sentences in the shapes they showed wrong.

A verb of saying that opens its sentence before its speaker and a quotation is the sentence's verb
however the parser read it: as an adverbial clause of the quotation's verb ('Added the coach, "X"'),
as the first word of a name or a name at the root ('Warned Dr Lee: "X"') (``fronted_misread``), or
as a participle ('Replied the mayor: "X"', ``fronted_cues``). 'Clear' holds a person's stance ('She
was clear that X') but not a thing's (``copula_clauses.no_holder``). A claim in a relative clause
whose clause the parser hung on the sentence's verb ('a tablet that the company claims will survive
400,000 folds') holds that clause (``stranded_claims``). A numeral after 'number' or 'reference' is a
number to give, no content ('quoting crime number 4471': ``objects.reference_number``), and a count
of goods ordered a purchase ('ordered six patrol ships': ``purchases``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_47b import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import article_checks, contents, records, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)


@pytest.mark.parametrize(("name", "speaker"), [(n, s) for n, speakers in SPEAKERS.items() for s in speakers])
def test_the_articles_speakers(parsed, name, speaker):
    assert any(r.speaker == speaker for r in parsed[name]), sorted({r.speaker or "" for r in parsed[name]})


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ('Added the coach, "We start again on Monday."', "Added", "the coach", "We start again on Monday"),
    ('Insisted the landlord, "Nobody was ever turned away."', "Insisted", "the landlord", "Nobody was ever turned away"),
    ('Warned Dr Lee: "The dam will not hold another winter."', "Warned", "Dr Lee", "The dam will not hold another winter"),
    ('Replied the minister: "That is simply untrue."', "Replied", "the minister", "That is simply untrue"),
    ("Warned Dr Lee: ‘The river will not recover on its own.’", "Warned", "Dr Lee", "The river will not recover on its own"),
    ("Added the chef, “Nobody leaves this kitchen hungry.”", "Added", "the chef", "Nobody leaves this kitchen hungry"),
])
def test_a_fronted_verb_of_saying_the_parser_misread(nlp, text, cue, source, content):
    (record,) = top(nlp, text)
    assert record.cue is not None and record.cue.text == cue
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_a_fronted_verb_in_a_paragraph_after_a_quotation(nlp):
    text = ('"We cannot wait another decade," she said.\n\n'
            'Warned Dr Lee: "Every dam we leave unrepaired is a risk to the valley."')
    found = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "Warned"]
    assert [r.source.text for r in found if r.source is not None] == ["Dr Lee"]


@pytest.mark.parametrize("text", [
    'Dear Dr Lee: "Thank you for your letter."',
    'Bored the audience, "We left early."',
])
def test_a_fronted_word_that_is_no_verb_of_saying(nlp, text):
    assert not any(r.cue is not None and r.cue.text.split()[0] in ("Dear", "Bored") for r in records(nlp, text))


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The coach was clear that nobody would be dropped.", "The coach", "nobody would be dropped"),
    ("The minister was emphatic that no deal had been done.", "The minister", "no deal had been done"),
])
def test_a_person_clear_that_holds_the_clause(nlp, text, source, content):
    (record,) = top(nlp, text)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "The evidence became clear that the river was dying.",
    "It is clear that the plan failed.",
    "The water was clear and cold.",
])
def test_a_thing_that_is_clear_holds_no_stance(nlp, text):
    assert not any(r.cue is not None and "clear" in r.cue.text for r in records(nlp, text))


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The firm unveiled a tablet that the company claims will survive 400,000 folds.", "claims", "will survive 400,000 folds"),
    ("The firm unveiled a tablet the company claims will survive 400,000 folds.", "claims", "will survive 400,000 folds"),
    ("The council approved a tower the developer says will house 400 families.", "says", "will house 400 families"),
])
def test_a_claim_in_a_relative_clause_holds_the_clause_after_it(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [[content]]


def test_a_relative_clause_without_a_report_keeps_the_sentence_clause(nlp):
    # the clause after 'and' is the shops' report, not the maker's
    found = records(nlp, "They sold a kettle the maker praised, and shops say it will sell well.", "say")
    assert [contents(r) for r in found] == [["it will sell well"]]


@pytest.mark.parametrize("text", [
    "Anyone with information should call 101, quoting crime number 4471.",
    "Witnesses should ring the incident room quoting reference 3310.",
])
def test_a_reference_number_to_quote_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_a_quoted_study_still_reports(nlp):
    (record,) = top(nlp, "She quoted a number of studies.")
    assert contents(record) == ["a number of studies"]


@pytest.mark.parametrize("text", [
    "The airline ordered 40 new jets.",
    "The navy has ordered six patrol ships from a yard in the north.",
])
def test_a_count_of_goods_ordered_is_a_purchase(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The general ordered 300 troops to the border.", "300 troops to the border"),
    ("The mayor ordered a review of the contract.", "a review of the contract"),
])
def test_an_order_that_commands_still_reports(nlp, text, content):
    (record,) = top(nlp, text)
    assert contents(record) == [content]
