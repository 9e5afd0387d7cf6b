"""Patterns found by articles written for the eighteenth pass (issue 12): sport, science,
politics outside the US, courts and aid work. Every sentence is written for the test."""

from __future__ import annotations

import pytest


def records(nlp, text, cue=None):
    return [a for a in nlp(text)._.sourcebook_attributions if cue is None or (a.cue is not None and a.cue.text == cue)]


def test_a_quotation_in_brackets_keeps_no_bracket(nlp):
    found = records(nlp, 'The lights went out. ("We have had quieter evenings," one engineer said.) Power came back.', "said")
    assert [(a.kind, [c.text for c in a.contents]) for a in found] == [("direct", ["We have had quieter evenings"])]


def test_a_sourced_sentence_in_brackets_ends_before_the_bracket(nlp):
    found = records(nlp, "(The memoir has sold 81,000 copies since May, according to Bookwatch.)", "according to")
    assert [[c.text for c in a.contents] for a in found] == [["The memoir has sold 81,000 copies since May"]]


@pytest.mark.parametrize("opener", ["But", "And", "Still,"])
def test_a_conjunction_before_according_to_is_no_content(nlp, opener):
    found = records(nlp, f"{opener} according to the ministry, the coastal road will stay shut until March.",
                    "according to")
    assert [[c.text for c in a.contents] for a in found] == [["the coastal road will stay shut until March"]]


@pytest.mark.parametrize("title", ["Dame", "Sir", "Lady"])
def test_a_name_after_a_title_is_a_person_though_the_ner_missed_it(nlp, title):
    found = records(nlp, f"The minister, {title} Rosalind Okafor, said the levy was temporary.", "said")
    assert [(a.speaker, a.speaker_kind, a.affiliation) for a in found] == [("Rosalind Okafor", "person", "minister")]


def test_a_party_before_a_name_is_the_affiliation_without_its_possessive(nlp):
    found = records(nlp, "Reform's Colin Pratt came fourth. Mr Pratt said his party was the story of the night.", "said")
    assert [(a.speaker, a.affiliation) for a in found] == [("Colin Pratt", "Reform")]


@pytest.mark.parametrize("text, affiliation", [
    # a body the NER did not tag, subject of the sentence before
    ("The Migraine Support Network welcomed the decision. Its chief executive, Sophie Lang, said patients "
     "would be relieved.", "Migraine Support Network's chief executive"),
    ("The watchdog said inmates were locked up for 23 hours a day. Its director, Anna Bell, said the findings "
     "were shameful.", "watchdog's director"),
])
def test_its_role_names_the_body_the_sentence_before_is_about(nlp, text, affiliation):
    found = records(nlp, text, "said")
    assert [a.affiliation for a in found][-1:] == [affiliation]


def test_its_role_stays_bare_when_the_sentence_before_is_about_no_body(nlp):
    text = "The storm hit at dawn. Its director, Anna Bell, said the findings were shameful."
    assert [a.affiliation for a in records(nlp, text, "said")] == ["director"]


def test_she_after_a_role_set_beside_a_name_is_that_person(nlp):
    text = "The chief executive, Sophie Lang, told us she hoped patients would not face delays."
    nested = [a for a in records(nlp, text, "hoped") if a.parent is not None]
    assert [a.speaker for a in nested] == ["Sophie Lang"]
