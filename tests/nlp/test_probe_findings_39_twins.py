"""Checks of the thirty-ninth session (helper twins), which changed no record: the test of a
person's name set beside a role that ``entities.with_described_people`` ('Her lawyer, Ana Ruiz,')
and ``apposed_names`` ("The museum's head of collections, Marta Olsen,") both made is one
function (``people.given_first_name``); the people whose surnames hold a short form are found
as before with the cheaper test first (``People._part_holders``); a body named only as the one
asked to act is found from the words' offsets (``body_nouns.asked_to_act``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.body_nouns import asked_to_act
from sourcebook.nlp.attribution.index import ORG, ArticleIndex
from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.people import People, given_first_name


def _index(nlp, text):
    doc = nlp(text)
    return ArticleIndex(doc, active_lexicon())


def _people(index):
    return {index.text[e.start_char : e.end_char] for e in index.ents if e.label_ == "PERSON"}


@pytest.mark.parametrize("words, expected", [
    ("Ana Ruiz", True),
    ("Marta Helga Olsen", True),
    ("Ana", False),  # one word: no given name and surname
    ("Ana Ruiz Holdings", False),  # an organisation's word
    ("Ana Maria Ruiz Olsen", False),  # four words
])
def test_a_given_name_first(nlp, words, expected):
    doc = nlp.make_doc(words)
    assert given_first_name(doc[:], active_lexicon().organisation_words) is expected


@pytest.mark.parametrize("text, name", [
    ("Her lawyer, Ana Ruiz, said the appeal would be filed on Monday.", "Ana Ruiz"),
    ("The museum's head of collections, Marta Olsen, told visitors the east wing would reopen.", "Marta Olsen"),
    ("Council members Ana Ruiz and Tom Beck voted against the budget.", "Ana Ruiz"),
])
def test_a_name_beside_a_role_is_a_person(nlp, text, name):
    assert name in _people(_index(nlp, text))


def test_the_holders_of_a_short_form():
    people = People()
    rosa = people.add("Rosa Elena Cardenas Solis", None, set(), 0, None)
    franco = people.add("Franco Mogetta Prieto", None, set(), 40, None)
    assert people.holders("cardenas") == [rosa]
    assert people.holders("mogetta") == [franco]
    assert people.holders("solis") == [rosa]  # (a bearer of the surname it ends in)
    assert people.holders("elena") == []  # a given name is no part of the surnames


def _body(index, name):
    return next(key for _, kind, key in index.mentions if kind == ORG and name in key)


def test_a_body_only_asked_to_act(nlp):
    text = "The tenants will ask the Harwick Housing Board to review the rent rise. The board has not replied."
    index = _index(nlp, text)
    assert asked_to_act(index, _body(index, "Harwick"), len(text))


def test_a_body_that_acted(nlp):
    text = "The Harwick Housing Board raised the rent in March. The board has not explained why."
    index = _index(nlp, text)
    assert not asked_to_act(index, _body(index, "Harwick"), len(text))
