"""Patterns of the fiftieth session (helper fp): confident records shown on PolNeAR train that no gold
cue matches. An '-ing' form after a copula that is the writer's judgement ('It is telling that X', "It's
promising that Y", 'The figures are telling: Z') reports no one's words (``evaluative_participles``),
and a verb of naming hung on its noun with the name it gives ('joined a choir called the Harbour
Singers') says what a thing is named, no one's words (``naming_participles``); 'repeat' with a deed
for object ('repeated its success', 'repeated the experiment') does something again, no words said
(``repeated_deeds``); a clause after 'with such force' or 'with so much anger' and no 'that' is the
result of the manner, no content (``result_clauses``). Telling someone, a quotation set beside the
verb, a person's promise, a naming by its subject and words repeated stay reports. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("It is telling that the council never published the report.", "is telling"),
    ("It's promising that more families are visiting the park this spring.", "promising"),
    ("It was insulting that the club ignored its own supporters.", "was insulting"),
    ("It is telling how little the board knew about the leak.", "is telling"),
    ("It is revealing that the firm quietly dropped the claim.", "is revealing"),
    ("The figures are telling: sales of the old model fell by half.", "are telling"),
    ('"We will cut fares," the chairman said. "And the trams will run late!" His choice of words was '
     "telling in its own right.", "was telling"),
])
def test_a_judgement_after_a_copula_reports_nothing(nlp, text, cue):
    assert [r for r in records(nlp, text) if r.cue is not None and cue in r.cue.text] == []


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The mayor is telling residents that the road will reopen in May.", "is telling", "The mayor",
     ["the road will reopen in May"]),
    ('"We will rebuild the pier," the mayor is telling residents.', "is telling", "the mayor",
     ["We will rebuild the pier"]),
    ("She is promising that the bridge will open before the winter.", "is promising", "She",
     ["the bridge will open before the winter"]),
])
def test_telling_someone_or_a_promise_stays_a_report(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


@pytest.mark.parametrize("text", [
    "He and his two cousins joined a hiking club called the Northern Ridge Walkers.",
    "She spent a decade with a band of fiddlers called the Lantern Players before moving south.",
])
def test_a_naming_participle_with_its_name_reports_nothing(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text == "called"] == []


@pytest.mark.parametrize("text, source, expected", [
    ('The mayor called the plan "reckless".', "The mayor", ['the plan "reckless"']),
    ("The coach called the referee a coward after the match.", "The coach", ["the referee a coward"]),
])
def test_calling_something_a_name_by_its_subject_stays_a_report(nlp, text, source, expected):
    (record,) = records(nlp, text, "called")
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


@pytest.mark.parametrize("text", [
    "The team repeated its success in the cup a year later.",
    "Researchers repeated the experiment with older mice.",
    "The senator repeated his old tradition of posting about the debates.",
])
def test_a_deed_done_again_reports_nothing(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and "repeat" in r.cue.text] == []


@pytest.mark.parametrize("text, expected", [
    ("The minister repeated her claim that the plan was fair.", ["her claim that the plan was fair"]),
    ("The minister repeated that the plan was fair.", ["the plan was fair"]),
])
def test_words_repeated_stay_a_report(nlp, text, expected):
    (record,) = records(nlp, text, "repeated")
    assert record.source is not None and record.source.text == "The minister"
    assert contents(record) == expected


@pytest.mark.parametrize("text, cue", [
    ("The mayor spoke with such force it sounded like shouting.", "spoke"),
    ("The coach spoke with so much anger it sounded like a row.", "spoke"),
])
def test_a_result_after_such_a_manner_is_no_content(nlp, text, cue):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text == cue] == []


def test_a_report_beside_such_a_manner_stays(nlp):
    (record,) = records(nlp, "With such force did the mayor speak that people stared, she said the road would reopen.",
                        "said")
    assert record.source is not None and record.source.text == "she"
    assert contents(record) == ["the road would reopen"]
