"""Speakers of the fifty-sixth session (helper rolespk): a role phrase that speaks right after
another person was named stands for that person only on evidence the article gives.

A noun for someone defined by whom they stand to or act on (``counterpart_nouns.txt``: 'the
landlord', 'the neighbour', 'the cousin'; 'the young officer', 'the veteran coach', 'the senior
detective') is not the person named or quoted just before unless the article gave them that word
(an apposition, a title, an earlier 'the landlord, X'); a story's part ('the witness', 'the
passenger'), a profession used as an epithet ('the young lawyer', 'the businessman') and a
counterpart's noun with a career adjective ('the former prosecutor') still stand for them
(``counterparts``, ``roles``, ``epithet_after``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


def _speaker(nlp, text, source):
    found = dict(_speakers(nlp, text))
    assert source in found, found
    return found[source]


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # nothing ties the role to the person just named or quoted: the role itself
    ("Tenants at the Birch Lane block say the heating has failed twice this winter. Ana Ruiz, who lives on the third "
     "floor, said she had bought two electric heaters. The landlord says a new boiler will be fitted next week.",
     "The landlord", "landlord"),
    ("Karl Weber said the noise had kept him awake for months. The neighbour said the parties had stopped in June.",
     "The neighbour", "neighbour"),
    ("Maya Stone said her son had been bullied for a year. The cousin said the school had done nothing.",
     "The cousin", "cousin"),
    ("Marco Diaz was stopped on the motorway late on Friday. The young officer said he had been driving at 110 "
     "miles an hour.", "The young officer", "young officer"),
    ("Sofia Brandt scored twice in the second half. The veteran coach said the team had finally found its rhythm.",
     "The veteran coach", "veteran coach"),
    ("Daniel Osei was released without charge on Monday. The senior detective said inquiries were continuing.",
     "The senior detective", "senior detective"),
    ("Lena Park filed a complaint after the crash. The arresting officer said the road had been icy.",
     "The arresting officer", "arresting officer"),
    ("Hannah Cole was sent off in the final minute. The new coach said the decision was harsh.",
     "The new coach", "new coach"),
    ("Ana Ruiz has lived on Calder Street for nine years. The landlord says the rent will rise in March.",
     "The landlord", "landlord"),
])
def test_a_role_with_nothing_tying_it_to_the_person_before_stays_the_role(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # the article gave the person the role: an apposition, a title, the role as an epithet of standing
    ("Ana Ruiz, a landlord in the city's east end, owns four buildings. The landlord says the rent will rise in March.",
     "The landlord", "Ana Ruiz"),
    ("Landlord Ana Ruiz has promised repairs to the block. The landlord says a new boiler will be fitted next week.",
     "The landlord", "Ana Ruiz"),
    ("Karl Weber, a neighbour of the family, called the police. The neighbour said the parties had gone on until dawn.",
     "The neighbour", "Karl Weber"),
    ("Officer Marco Diaz stopped the car on the motorway late on Friday. The young officer said the driver had been "
     "doing 110 miles an hour.", "The young officer", "Marco Diaz"),
    ("Sofia Brandt, a coach at the club since 2010, watched from the touchline. The veteran coach said the team had "
     "finally found its rhythm.", "The veteran coach", "Sofia Brandt"),
    ("Lena Park, a spokeswoman for the fire service, spoke to reporters outside. The spokeswoman said the fire had "
     "started in the kitchen.", "The spokeswoman", "Lena Park"),
    ("Detective Inspector Daniel Osei led the inquiry. The detective said inquiries were continuing.",
     "The detective", "Daniel Osei"),
    # the role's noun set beside the name in the sentence before is that person's, not someone else's
    ("Priya Nair, a lawyer for the family, spoke outside the court. The young lawyer said the questioning had been "
     "unfair.", "The young lawyer", "Priya Nair"),
    # a career adjective makes it the person's own past
    ("Ben Cole won the seat by 200 votes. The retired officer said he would serve every resident.",
     "The retired officer", "Ben Cole"),
    # a part in the story, and an epithet of trade or standing, still go to the one just named
    ("Ada Moss said she saw smoke pouring from the roof. The witness said the doors had been locked.",
     "The witness", "Ada Moss"),
    ("Nora Lind said the flat had been cold since October. The tenant said she had written to the council twice.",
     "The tenant", "Nora Lind"),
    ("Rafael Cruz, a passenger on the train, said he heard a bang. The passenger said the carriage filled with smoke.",
     "The passenger", "Rafael Cruz"),
])
def test_a_role_the_article_gave_the_person_is_that_person(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker
