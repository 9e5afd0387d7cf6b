"""Patterns of the thirty-seventh session (helper F4): a pronoun source resolved to the wrong
person or to none, where the text shows who it stands for (``agreement``):

- the gender a person's own clause shows ('A columnist titled his piece X' is no 'she');
- a person the sentence just before names as an argument of its verb ('The award went to X.
  Accepting it, she ...'), not one named in passing ('a columnist for X');
- a character before the actor's name in brackets ('Tomas (Rui Costa) ... he tells his son');
- a given name the NER missed as the subject of the writer's narration ('Farida sits by the
  gate ... she said');
- an 'it' never stands for a person, whatever the NER labelled the name.

Every sentence is written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from probe_records import records

from sourcebook.nlp.attribution.agreement import personal, shown_gender
from sourcebook.nlp.attribution.index import Resolved


def _speaker(nlp, text, source, cue="said"):
    found = [a.speaker for a in records(nlp, text, cue) if a.source is not None and a.source.text == source]
    assert found, [(a.source.text if a.source else None, a.speaker) for a in records(nlp, text)]
    return found[-1]


# --------------------------------------------------------------- the gender a clause shows
@pytest.mark.parametrize("text, expected", [
    ('Dorota Wilk has staged six operas at the Grand Theatre. A columnist for the Harbour Times titled his '
     'piece "Asleep in Row Nine." "He wanted to be clever," she said.', "Dorota Wilk"),
    ('Marta Lind has run the bakery for twenty years. A food blogger from Oslo called his post "Crumbs of '
     'Glory." "He got the recipe wrong," she said with a laugh.', "Marta Lind"),
])
def test_a_speaker_whose_clause_shows_the_other_gender_is_no_antecedent(nlp, text, expected):
    assert _speaker(nlp, text, "she") == expected


def test_a_speaker_whose_clause_shows_the_same_gender_stays(nlp):
    text = ('Dorota Wilk has staged six operas at the Grand Theatre. A columnist for the Harbour Times titled her '
            'piece "Asleep in Row Nine." "I wanted to be clever," she said.')
    assert _speaker(nlp, text, "she") == "columnist for the Harbour Times"


@pytest.mark.parametrize("text, word, expected", [
    ("A columnist titled his piece Row Nine.", "columnist", "m"),
    ("The nurse held her hand against her chest.", "nurse", "f"),
    ("The coach excused herself from the meeting.", "coach", "f"),
    # another person named before the possessive: it may be theirs
    ("A columnist praised Ana Ruiz and her team.", "columnist", None),
    # inside a reported clause, not on the clause's own objects
    ("A columnist said his editor had resigned.", "columnist", None),
    ("The nurse held his hand and patted her arm.", "nurse", None),  # both genders: none
])
def test_shown_gender(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    index = SimpleNamespace(in_quote=lambda offset: False)
    assert shown_gender(index, token) == expected


# --------------------------------------------------------------- an argument of the sentence before
def test_the_person_an_award_went_to_is_the_next_she(nlp):
    text = ('The jury gave its top prize to a Romanian film. Two distributors said the market was weak. '
            'One buyer said she had signed just one deal. The screenplay award went to Sunniva Holt for '
            '"North Light." Accepting the prize, she thanked her teachers, "who never let me quit."')
    assert _speaker(nlp, text, "she", "thanked") == "Sunniva Holt"


def test_one_named_in_passing_is_not_the_next_she(nlp):
    text = ('Ilona Varga said the film took four years to make. Loyalists to Anna Berg, the festival\'s founder, '
            'were not impressed. "I did not expect applause," she said.')
    assert _speaker(nlp, text, "she") == "Ilona Varga"


# --------------------------------------------------------------- a character before the actor in brackets
@pytest.mark.parametrize("text, pronoun, expected", [
    ('The film follows Tomas (Rui Costa), an ageing lighthouse keeper who refuses to leave his post. '
     '"The light does not switch itself off," he tells his grandson.', "he", "Tomas"),
    ('The drama follows Maren (Ingrid Dahl), a ferry pilot who loses her licence. '
     '"I will not sell the boat," she tells her brother.', "she", "Maren"),
])
def test_the_character_not_the_actor_in_brackets(nlp, text, pronoun, expected):
    assert _speaker(nlp, text, pronoun, "tells") == expected


def test_the_actor_named_as_the_subject_stays_the_speaker(nlp):
    text = ('The film follows Tomas, an ageing lighthouse keeper. Rui Costa, who plays him, said he had spent a '
            'month on the island. "I learned to fix the lamp," he said.')
    assert _speaker(nlp, text, "he") == "Rui Costa"


# --------------------------------------------------------------- a name only narrated about
def test_a_narrated_given_name_is_the_next_she(nlp):
    text = ('KAKUMA, Kenya \u2014 Farida sits by the gate and waits for the water truck.\n\n'
            '"We have not washed in a week," she said through an interpreter.')
    assert _speaker(nlp, text, "she") == "Farida"


def test_a_narrated_given_name_of_the_other_gender_is_not_he(nlp):
    text = ('KAKUMA, Kenya \u2014 Farida sits by the gate and waits for the water truck.\n\n'
            '"The truck comes when it comes," he said, pointing at the road.')
    assert _speaker(nlp, text, "he") is None


# --------------------------------------------------------------- 'it' is never a person
@pytest.mark.parametrize("res, expected", [
    (Resolved("Jean-Baptiste Kabore", "organisation"), True),  # a name the NER took for a body
    (Resolved("Maria Lopes", "organisation"), True),
    (Resolved("Ana Ruiz", "person"), True),
    (Resolved("Harbour Savings Bank", "organisation"), False),
    (Resolved("Johnson & Johnson", "organisation"), False),
    (Resolved("Orbis", "organisation"), False),
    (Resolved("report", "description"), False),
])
def test_personal(res, expected):
    index = SimpleNamespace(lex=SimpleNamespace(organisation_words=frozenset({"bank", "savings"})))
    assert personal(index, res) is expected


def test_it_after_a_report_stands_for_its_body_not_a_person(nlp):
    text = ('The commission published its audit on Monday. Transport minister Jean-Marc Delorme rejected the '
            'audit as partisan. Union leader Mariam Kone welcomed it, saying it proved "what drivers have said '
            'for years."')
    people = {"Jean-Marc Delorme", "Mariam Kone"}
    assert all(a.speaker not in people for a in records(nlp, text) if a.source is not None and a.source.text == "it")
