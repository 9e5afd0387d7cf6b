"""Patterns of the thirty-sixth session (helper wC): a body the article names in full and later
by the leading words of that name is the body of the fuller name ('Harwick said' after Harwick
Telecom, ``leading_names``), unless those words open another name too or are a person's; and a
body's name is not cut at its start: a people's word opening it ('the Hispanic Voter Project'),
the body whose office it is ("The FBI's Detroit field office"), the body's name set beside the
noun a role is of ('A spokesperson for a rival, Mobira': Mobira, whatever the NER took it for).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speaker(nlp, text, source):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text) if a.source is not None and a.source.text == source]


@pytest.mark.parametrize("text, source, speaker", [
    ("Silvercrest Resorts paid a ransom last month, people familiar with the matter said. "
     "Silvercrest estimated that the attack cost $20 million.", "Silvercrest", "Silvercrest Resorts"),
    ("The Ashgrove Valley Health System confirmed the breach on Friday. "
     "In letters to patients, Ashgrove said the data included names.", "Ashgrove", "Ashgrove Valley Health System"),
    ("Harwick Telecom said on Monday it would cut prices. Customers will pay less, Harwick said.",
     "Harwick", "Harwick Telecom"),
    ("A survey by the Larchmont Institute found a close race. "
     "According to the Larchmont report, 40 percent of voters are undecided.", "the Larchmont report", "Larchmont Institute"),
])
def test_a_body_called_by_the_leading_words_of_its_name_is_that_body(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == [(speaker, "organisation")]


def test_a_place_name_the_article_never_writes_as_a_place_is_the_body_it_opens(nlp):
    text = ("Fjellmark Telecom said on Friday that its customers could text by satellite from June. "
            "The phones need no change, Fjellmark said, because the system works with most handsets.")
    assert _speaker(nlp, text, "Fjellmark") == [("Fjellmark Telecom", "organisation")]


@pytest.mark.parametrize("text, source, speaker", [
    # two bodies open with the word: neither
    ("Kestrel Computing and Kestrel Capital announced a deal on Monday. Kestrel said the deal would close in May.",
     "Kestrel", "Kestrel"),
    # a person named in full with the word as surname: the person
    ("Maria Halvorsen founded Halvorsen Media in 2001. Halvorsen said the firm would keep growing.",
     "Halvorsen", "Maria Halvorsen"),
])
def test_a_leading_word_shared_or_a_surname_is_not_the_body(nlp, text, source, speaker):
    assert [s for s, _ in _speaker(nlp, text, source)] == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    ("New data from the Hispanic Voter Project shows the mayor gaining ground.",
     "New data from the Hispanic Voter Project", "Hispanic Voter Project"),
    ("The FBI's Detroit field office said it was aware of the incident.",
     "The FBI's Detroit field office", "FBI's Detroit field office"),
])
def test_a_bodys_name_is_not_cut_at_its_start(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == [(speaker, "organisation")]


def test_a_nation_before_a_state_body_stays_as_tagged(nlp):
    from sourcebook.nlp.attribution.bodies import with_nations_opening

    doc = nlp("The Chinese Foreign Ministry said the visit would go ahead.")
    words = frozenset(["ministry", "office"])
    assert [e.text for e in with_nations_opening(doc, list(doc.ents), words)] == [e.text for e in doc.ents]


@pytest.mark.parametrize("text, source, speaker", [
    ("A spokesperson for a second rival, Mobira, said the company was evaluating options.",
     "A spokesperson for a second rival, Mobira", "Mobira"),
    ("A spokesman for the club, Darwen, declined to comment on the transfer.",
     "A spokesman for the club, Darwen", "Darwen"),
])
def test_a_bodys_name_beside_the_noun_a_role_is_of_names_the_body(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == [(speaker, "organisation")]


@pytest.mark.parametrize("text, source, speaker", [
    ("A spokesperson for the company, Jane Hale, said the plant would reopen.",
     "A spokesperson for the company, Jane Hale", "Jane Hale"),
    ("A lawyer for the family, Mr Okafor, said they would appeal.", "A lawyer for the family, Mr Okafor", "Okafor"),
])
def test_a_persons_name_beside_the_noun_a_role_is_of_is_the_person(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == [(speaker, "person")]


def test_a_things_name_opening_with_the_word_leaves_the_body_its_short_name(nlp):
    text = ("Brantley Motors showed the Brantley Ridgeback, a pickup truck, on Saturday. "
            "The truck can power a home for three days, Brantley says.")
    assert [s for s, _ in _speaker(nlp, text, "Brantley")] == ["Brantley Motors"]
