"""Patterns of the thirty-sixth session (helper wF): pronouns and descriptions resolved to the
wrong person. Someone introduced unnamed as a subject ('Another passer-by was less forgiving',
``passerby_nouns.txt``) since the person named last is what a later 'she' stands for
(``descriptions.described``); an indefinite description ('one Chilean negotiator') is no one
named before (``roles.role``); 'One of them, a senior adviser' is the adviser and 'The other'
the other of the people counted before (``groups``); 'A spokesman there' is the body 'there'
points back to; a 'she' in a block another writer opens ('Priya L. ★★★★★') stands for no one
before it, and 'my mother' just before is hers (``blocks``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

_MAYOR = ('The mayor, Joan Pell, said the square would reopen in May. "We have waited long enough," Pell said.\n\n'
          "Shoppers were mixed. One shopkeeper, Tom Reyes, told reporters he was pleased. ")


def _speakers(nlp, text, cue=None):
    return [(a.source.text if a.source else None, a.speaker) for a in records(nlp, text, cue)]


@pytest.mark.parametrize("opening, speaker", [
    ("Another passer-by was less sure.", "passer-by"),
    ("A diner at the next table disagreed.", "diner"),
    ("A regular at the cafe was less forgiving.", "regular"),
    ("A woman pushing a pram was less sure.", "woman"),
])
def test_someone_introduced_since_the_person_named_is_the_pronoun(nlp, opening, speaker):
    text = _MAYOR + opening + ' "It is too late for us," she said.'
    assert _speakers(nlp, text)[-1] == ("she", speaker)


def test_a_pronoun_after_the_named_person_alone_stays_hers(nlp):
    text = _MAYOR + 'Pell was unmoved. "It is not too late," she said.'
    assert _speakers(nlp, text)[-1] == ("she", "Joan Pell")


def test_a_thing_introduced_is_no_antecedent(nlp):
    text = ('The mayor, Joan Pell, said the square would reopen in May.\n\n'
            'A letter from the traders arrived on Monday. "We have waited long enough," she said.')
    assert _speakers(nlp, text)[-1] == ("she", "Joan Pell")


def test_one_described_by_a_role_is_no_one_named_before(nlp):
    text = ("Delegates from Norway and Chile met on Monday. Norway's lead negotiator, Erik Dahl, said the text was weak. "
            "He added that talks would continue.\n\nLater that night, one Chilean negotiator said a deal was close.")
    assert _speakers(nlp, text)[-1] == ("one Chilean negotiator", "one Chilean negotiator")


def test_the_negotiator_named_before_is_still_the_negotiator(nlp):
    text = ("Norway's lead negotiator, Erik Dahl, said the text was weak. Talks went on past midnight. "
            "The negotiator said a deal was close.")
    assert _speakers(nlp, text)[-1][1] == "Erik Dahl"


def test_one_of_them_set_beside_a_description_and_the_other(nlp):
    text = ("Two inspectors who visited the plant confirmed the report. One of them, a retired engineer from the north, "
            'said the damage was "far worse than admitted." The other said the owners had been warned in March.')
    assert _speakers(nlp, text, "said") == [
        ("One of them, a retired engineer from the north", "retired engineer from the north"),
        ("The other", "other of the two inspectors"),
    ]


def test_the_other_with_no_one_counted_stays_as_written(nlp):
    assert _speakers(nlp, "The other said the owners had been warned in March.") == [("The other", "other")]


def test_one_of_the_named_group_keeps_the_group(nlp):
    text = "Residents of Elm Street met on Monday. One of the residents, a nurse, said the road was unsafe."
    assert _speakers(nlp, text)[-1][1] != "nurse"


@pytest.mark.parametrize("text, speaker", [
    ("We phoned Harlow District Council on Monday. An official there said the road would reopen next week.",
     "official for Harlow District Council"),
    ("I called the Department of Coastal Affairs myself. A spokeswoman there said there were no plans to close it.",
     "spokeswoman for Department of Coastal Affairs"),
])
def test_a_role_there_is_of_the_body_named_before(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_role_with_no_there_is_unchanged(nlp):
    text = "The Halden Museum reopened this week. A guide said visitors had returned."
    assert _speakers(nlp, text)[-1] == ("A guide", "guide")


_REVIEWS = ("Travel kettle, 1 litre\n\nTop reviews\n\nAna K. ★★★★☆\n\n"
            "Solid kettle. My wife says it boils faster than our old one.\n\nPriya L. ★★★★★\n\n")


def test_a_pronoun_does_not_cross_into_another_review(nlp):
    text = _REVIEWS + "Works well on the road. She says it is very quiet."
    assert _speakers(nlp, text)[-1] == ("She", None)


def test_the_writers_own_person_just_before_is_the_pronoun(nlp):
    text = _REVIEWS + "Got this for my mother, who loves tea. She says it is very quiet."
    assert _speakers(nlp, text)[-1] == ("She", "my mother")


def test_a_line_that_is_no_name_opens_no_block(nlp):
    text = ("Garden notes\n\nJoan Pell runs the allotment society. She said the plots were full.\n\n"
            "Growing tips\n\nShe said tomatoes should go in late.")
    assert [s for _, s in _speakers(nlp, text)] == ["Joan Pell", "Joan Pell"]


def test_a_quoted_my_is_no_writers_own(nlp):
    text = ('Councillor Ruth Adair spoke on Friday. "My sister runs a shop on the square," Adair said. '
            "She said trade had fallen by half.")
    assert _speakers(nlp, text)[-1] == ("She", "Ruth Adair")


def test_one_of_them_set_beside_a_person_named_is_that_person(nlp):
    text = ("A few readers wrote to us about their starters. One of them, a retired chemistry teacher named Howard "
            "Lisle, wrote that tap water had killed his first two starters.")
    assert _speakers(nlp, text, "wrote")[-1][1] == "Howard Lisle"
