"""Speakers over long stretches of the sixtieth session (helper F), found by writing twenty-six
short articles (``probe_chains_60``): profiles, interviews written up as prose, Q-and-A pieces, a
first-person piece 'as told to' a writer, match reports and features with two or three people
talking in turn, each record's speaker marked by hand.

Fixed here: a given name set after a kin word takes the relative's surname ('Her husband, Abel',
"Kell's wife, Sandra", 'his wife, Melania'), and the first of two given names before one surname
takes it ('Dario and Luca Benedetti'; ``kin_surnames``); 'the brothers', 'both women', 'the pair'
and a family's 'the Ferraros' paragraphs after two people were named together are those two
(``named_pairs``); a headline's epithet is the lede's one subject when the lede names others in
passing, and so are the headline's own record and a 'he' that took the epithet ('Former mayor
wants his seat back' / 'Tom Hale, who lost the seat to Ann Ruiz, said'; ``headline_epithets``);
a full name the
NER missed whose surname it tagged alone later ('Photo: Marguerite Osterhout at her stall' /
'Osterhout said'; ``surnamed_people``); and the 'I', 'my father' and 'my wife, Morag' of a piece
'as told to' a writer are its subject's (``told_to``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_chains_60 import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "speaker"), [
    # (a first name the name list takes for a man's, which the 'She' of a record gives a woman's)
    ("Wren Halloway said she had made pots for thirty years. She said the first ones cracked. Her husband, Abel, "
     "builds the kilns. Abel said the driftwood burned hotter.", "Abel Halloway"),
    ("Mara Lind said she had made pots for thirty years. Her husband, Abel, builds the kilns. "
     "Abel said the driftwood burned hotter.", "Abel Lind"),
    ("Robert Kell retired on Friday. Kell's wife, Sandra, taught at the school. Sandra said he never missed a sports day.",
     "Sandra Kell"),
    ("Tomas Reyes said the harvest was late. His daughter Ines runs the press. Ines said the grapes were sweet.", "Ines Reyes"),
])
def test_a_given_name_after_a_kin_word_takes_the_relatives_surname(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    # 'their' names no one person
    "Tomas and Ana Reyes run the farm. Their son, Pablo, drives the tractor. Pablo said the harvest was late.",
    # a given name the article names in full elsewhere keeps that name
    "Tomas Reyes said the harvest was late. His daughter Ines runs the press. Ines Garcia said the grapes were sweet.",
])
def test_a_given_name_with_no_relatives_surname(nlp, text):
    assert _speakers(nlp, text)[-1][1] != "Pablo Reyes" and _speakers(nlp, text)[-1][1] != "Ines Reyes"


def test_the_first_of_two_given_names_before_one_surname(nlp):
    text = ("Dario and Luca Benedetti took over their father's garage in 2015.\n\n"
            "Dario, the elder, said the work had changed.")
    assert _speakers(nlp, text)[-1][1] == "Dario Benedetti"


@pytest.mark.parametrize(("source", "speaker"), [
    ("The brothers", "Dario Benedetti and Luca Benedetti"),
    ("Both men", "Dario Benedetti and Luca Benedetti"),
    ("The pair", "Dario Benedetti and Luca Benedetti"),
    ("The Benedettis", "Dario Benedetti and Luca Benedetti"),
])
def test_a_group_word_for_the_two_named_together_paragraphs_before(nlp, source, speaker):
    text = ("Dario and Luca Benedetti took over their father's garage in 2015.\n\n"
            "Dario said the work had changed. He said half the cars were electric.\n\n"
            "A customer, Paul Grant, said the garage was the best in town. He said he had come for years.\n\n"
            f"{source} said they had no plans to sell.")
    assert _speakers(nlp, text)[-1][1] == speaker


def test_a_family_of_three_is_left_as_written(nlp):
    text = ("Tom Hale, Mary Hale and Ruth Hale run the shop.\n\nA customer said it was the best in town.\n\n"
            "The Hales said they had no plans to sell.")
    assert _speakers(nlp, text)[-1][1] == "Hales"


def test_a_group_word_of_the_other_sex_is_no_pair(nlp):
    text = ("Dario and Luca Benedetti took over their father's garage in 2015.\n\n"
            "Dario said the work had changed.\n\nBoth women said they would keep the pump.")
    assert _speakers(nlp, text)[-1][1] != "Dario Benedetti and Luca Benedetti"


def test_a_headline_epithet_is_the_ledes_one_subject(nlp):
    text = ("Former mayor wants his seat back\n\nTom Hale, who lost the seat to Ann Ruiz in May, said on Monday that "
            "he would stand again.\n\nThe former mayor said the count had been wrong. He said he had never lost a vote.")
    assert [speaker for _, speaker in _speakers(nlp, text)] == ["Tom Hale"] * 3


def test_a_headline_epithet_with_two_subjects_in_the_lede(nlp):
    text = ("Former mayor wants his seat back\n\nTom Hale said on Monday that Ann Ruiz had won the seat unfairly.\n\n"
            "The former mayor said the count had been wrong.")
    assert _speakers(nlp, text)[-1][1] != "Tom Hale"


def test_a_full_name_the_ner_missed(nlp):
    text = ("Cheese market turns 600\n\nPhoto: Marguerite Osterhout at her stall on the Brink.\n\n"
            "The market held its 600th fair on Saturday.\n\nOsterhout said the market had nearly closed.")
    assert _speakers(nlp, text)[-1][1] == "Marguerite Osterhout"


@pytest.mark.parametrize(("line", "speaker"), [
    ("I told the canal company the gates would fail.", "Gordon Fairlie"),
    ("My father always said the canal would outlast the railways.", "Gordon Fairlie's father"),
    ("My wife, Morag, says I love the lock more than her.", "Morag Fairlie"),
])
def test_a_piece_as_told_to_a_writer_is_its_subjects(nlp, line, speaker):
    text = ("'The canal taught me patience'\n\nGordon Fairlie, 71, has kept Lock 14 since 1979. As told to Rhea Banerjee.\n\n"
            f"{line}")
    assert _speakers(nlp, text)[-1][1] == speaker
