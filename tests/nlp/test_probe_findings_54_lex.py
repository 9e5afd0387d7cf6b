"""Sentences of the word-list entries the fifty-fourth session's lexicon audit made live
(``test_lexicon_lookups``): British spellings of '-ize' verbs read on the lemma, the lower form of a
name's noun ('alias', lemma 'alia') and of an armed subject ('troops', lemma 'troop'), and lemmas
in place of plurals in lists read on the lemma. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Rebels were criticised as reckless by the envoy.", "were criticised as", "the envoy", "Rebels"),
    ("The coach recognised the problem early in the season.", "recognised", "The coach", "the problem"),
])
def test_a_british_spelling_is_the_cue_its_american_one_is(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_the_second_content_of_a_british_as_passive_is_its_predicate(nlp):
    found = [r for r in top(nlp, "Rebels were criticised as reckless by the envoy.") if r.cue is not None]
    assert [[c.text for c in r.contents] for r in found] == [["Rebels", "reckless"]]


def test_the_name_under_an_alias_is_the_speaker(nlp):
    text = "The blogger, who writes under the alias Grey Heron, claimed that the council had lied."
    assert [a.speaker for a in records(nlp, text, "claimed")] == ["Grey Heron"]


@pytest.mark.parametrize("text", [
    "The troops took aim at the rebel camp on the ridge.",
    "Government forces took aim at the hills before dawn.",
    "The diners ordered two plates of fries and a salad.",
    "My eyes told me to stop reading.",
])
def test_a_listed_plural_or_lemma_is_no_source_of_words(nlp, text):
    assert not [r for r in top(nlp, text) if r.cue is not None and r.contents]
