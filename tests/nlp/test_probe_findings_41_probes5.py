"""Patterns of the forty-first session (helper probes5), from passages written in press styles not
probed before (British, Indian and wire copy, reviews, social-media roundups, advice columns,
science news, magazine features). A letter's salutation names whom the letter is written to, not
who writes it ('Dear Abby: ...': ``labels``). A participle of saying set off after a comma that
the tagger read as a noun ('..., writing: "..."') and a quotation verb read as a noun with a
subject ('The tweet read: "..."') are cues still (``reported``). An answer given as a fragment
before a closing cue ('Not necessarily, Dr Lee says.') is what the cue reports (``fragments``),
not a phrase of time or occasion ('In a statement, the mayor said.'). A tail whose past tense the
tagger read as a participle on one holder of a role ending the sentence reports the sentence
('..., an official informed.': ``reporting_tails``). A verb that is a cue with a particle waits for
the quotation after its particle and a colon ('weighed in: "..."': ``quote_verbs.quoted_phrasal``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def test_a_salutation_is_no_source(nlp):
    found = records(nlp, "Dear Abby: My sister insists that I host Thanksgiving every year. What should I do?")
    assert all(r.source is None or not r.source.text.startswith("Dear") for r in found)
    (sister,) = records(nlp, "Dear Abby: My sister insists that I host Thanksgiving every year. What should I do?", "insists")
    assert sister.source is not None and sister.source.text == "My sister"
    assert sister.parent is None


@pytest.mark.parametrize("text, source, content", [
    ('The singer took to Instagram to announce her engagement, writing: "I said yes!"', "The singer", "I said yes!"),
    ('The governor responded on Facebook, writing: "We will not be intimidated."', "The governor",
     "We will not be intimidated"),
])
def test_a_participle_of_saying_read_as_a_noun(nlp, text, source, content):
    (found,) = records(nlp, text, "writing")
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


def test_a_quotation_verb_read_as_a_noun_with_a_subject(nlp):
    (found,) = records(nlp, 'The tweet read: "Proud of our team tonight."', "read")
    assert found.source is not None and found.source.text == "The tweet"
    assert contents(found) == ["Proud of our team tonight"]


@pytest.mark.parametrize("text", ["The book read like a thriller.", "Her writing, sadly, was never published."])
def test_a_noun_stays_a_noun(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Q. Should I tell my boss about my side job? A. Only if your contract requires it, says employment lawyer Sam Okafor.",
     "says", "employment lawyer Sam Okafor", "Only if your contract requires it"),
    ("Not necessarily, Dr Lee says.", "says", "Dr Lee", "Not necessarily"),
    ("Probably not, says the city's chief planner.", "says", "the city's chief planner", "Probably not"),
    ("Only if the board agrees, said the chairman.", "said", "the chairman", "Only if the board agrees"),
])
def test_a_fragment_before_a_closing_cue(nlp, text, cue, source, content):
    (found,) = records(nlp, text, cue)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


@pytest.mark.parametrize("text", ["In a statement, the mayor said.", "Last week, she said."])
def test_a_phrase_of_time_or_occasion_is_no_fragment_said(nlp, text):
    assert records(nlp, text, "said") == []


@pytest.mark.parametrize("text, cue, source, content", [
    # British and Irish copy
    ("Speaking to the BBC's Today programme, the health secretary admitted that waiting lists were \"far too long\".",
     "admitted", "the health secretary", 'waiting lists were "far too long"'),
    ("Ministers have been warned that the scheme could collapse, the Telegraph understands.", "understands",
     "the Telegraph", "Ministers have been warned that the scheme could collapse"),
    # Indian and translated wire copy
    ("The minister was quoted as saying that the project would be completed by March next year.", "saying",
     "The minister", "the project would be completed by March next year"),
    ("State television quoted the foreign ministry spokesman as saying Beijing firmly opposed the move.", "quoted",
     "State television", "the foreign ministry spokesman as saying Beijing firmly opposed the move"),
    ("\u00abWe will not yield\u00bb, said the minister.", "said", "the minister", "We will not yield"),
    # science news with hedges
    ("The authors caution that the findings show a correlation, not a cause.", "caution", "The authors",
     "the findings show a correlation, not a cause"),
])
def test_styles_read_right_already(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text", [
    "The house sits at the end of a gravel track. Inside, the walls are lined with books.",
    "Five things to know about the new visa rules. 1. The fee is rising. 2. Students are exempt.",
    "My advice is simple: never sign a contract you have not read.",
])
def test_narration_lists_and_advice_are_no_reports(nlp, text):
    assert records(nlp, text) == []


def test_a_tail_read_as_a_participle_on_one_holder_of_a_role(nlp):
    text = "A case has been registered against the driver under the traffic act, an official informed."
    (found,) = records(nlp, text, "informed")
    assert found.source is not None and found.source.text == "an official"
    assert contents(found) == ["A case has been registered against the driver under the traffic act"]
    assert records(nlp, "The council backed the scheme, a plan announced in May.", "announced") == []


def test_a_phrasal_cue_before_a_quotation(nlp):
    (found,) = records(nlp, 'Another user weighed in: "Same here. Three hours on the tarmac."', "weighed")
    assert found.source is not None and found.source.text == "Another user"
    assert contents(found) == ["Same here. Three hours on the tarmac"]
    assert records(nlp, "The package weighed in at ten kilos.") == []
