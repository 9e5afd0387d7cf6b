"""Patterns of the thirty-seventh session (helper F3): a speaker the text names only by a phrase
the source leaves to a naming clause or to a later sentence. A name given by a naming phrase is
the speaker's ('who asked to be identified only as X', 'a local leader named X greets', a name
set beside a role that the NER took for a thing); a role that speaks before the text names its
holder by that same role ('The envoy, X,', 'Judge X', "The museum's curator, Dr. X,") is that
person (``cataphora.named_later``). Another holder of the role, a role of another body, a body's
noun, a name given in passing, and a role never named again keep the description. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speaker(nlp, text, cue):
    found = records(nlp, text, cue)
    assert found, cue
    return found[0].speaker


# ---------------------------------------------------------------- names given by a naming phrase

def test_the_anonymity_formula_gives_the_name(nlp):
    text = ("A nurse at the clinic in Port Vell, who asked to be identified only as Mireille, said the wards were full. "
            '"We turn people away every night," she said.')
    assert _speaker(nlp, text, "said") == "Mireille"
    assert [a.speaker for a in records(nlp, text, "said")] == ["Mireille", "Mireille"]


def test_the_relative_pronoun_of_the_formula_is_the_name_not_the_place(nlp):
    text = "A farmer from the village of Kel Tamar, who asked to be identified only as Ousmane, said the wells were dry."
    assert all(a.speaker != "Kel Tamar" for a in records(nlp, text))
    assert _speaker(nlp, text, "said") == "Ousmane"


def test_a_participle_the_tagger_read_as_a_past_tense_still_names(nlp):
    text = ("At the second camp, a village elder named Abdi Warsame meets the trucks. "
            "Speaking through an interpreter, he says that the last delivery came in March.")
    assert _speaker(nlp, text, "says") == "Abdi Warsame"


def test_a_name_beside_a_role_the_ner_took_for_a_thing(nlp):
    text = ("The studio's head of marketing, Beatriz Coutinho, told me she expected strong sales abroad.")
    assert _speaker(nlp, text, "told") == "Beatriz Coutinho"


@pytest.mark.parametrize("text, cue, wrong", [
    # what a thing was identified as names no one
    ("The inspector said the powder, which was identified as Carbofuran, had killed the birds.", "said", "Carbofuran"),
    # a name the source's noun gives something else
    ("A baker who owns a horse named Clementine said the fair had been cancelled.", "said", "Clementine"),
])
def test_a_name_given_to_something_else_is_not_the_speaker(nlp, text, cue, wrong):
    assert _speaker(nlp, text, cue) != wrong


# ---------------------------------------------------------------- a role named later by that role

@pytest.mark.parametrize("text, cue, name", [
    ("The African Union mediator for Tarsonia said on Monday that both sides had accepted a ceasefire.\n\n"
     '"We are not there yet," the mediator, Kofi Adjei-Brandt, told reporters in the capital.', "said", "Kofi Adjei-Brandt"),
    ("Ministers from nine countries met on Friday, as the UN envoy for the region warned that aid was running out.\n\n"
     "The envoy, Marta Lindqvist-Obi, told the ministers that the border crossings must reopen.", "warned",
     "Marta Lindqvist-Obi"),
    ("A state judge ruled on Thursday that the county had broken its own zoning code.\n\n"
     "In a 40-page decision, Judge Corinne Abernathy wrote that the permits were void.", "ruled", "Corinne Abernathy"),
])
def test_a_role_is_the_person_the_text_names_by_that_role_next(nlp, text, cue, name):
    assert _speaker(nlp, text, cue) == name


def test_a_headline_role_is_the_person_the_body_names_by_it(nlp):
    text = ("Archivist says lost letters will change how the war is taught\n\n"
            "The letters, more than 300 of them, were found in a farmhouse attic last spring. They have never been shown. "
            "The collection's archivist, Dr. Helmut Sandqvist, wants historians to read them first. "
            '"They are not what anyone expected," he said.')
    assert _speaker(nlp, text, "says") == "Helmut Sandqvist"


@pytest.mark.parametrize("text, cue, name", [
    # another holder of the role comes in first
    ("A spokesman for the ministry said the talks had stalled. Another spokesman, Piet Varnhagen, said they would resume.",
     "said", "Piet Varnhagen"),
    # the same role of another body
    ("The envoy of Norland said the vote would be delayed. The envoy of Castavia, Ilse Marquart, said it would not.",
     "said", "Ilse Marquart"),
    # a body's noun, and its officer named beside another role
    ("Aid group says warehouse was looted\n\nThe group's country director, Ingrid Sol, said guards had been overpowered.",
     "says", "Ingrid Sol"),
])
def test_no_one_else_named_in_the_role_is_taken(nlp, text, cue, name):
    assert _speaker(nlp, text, cue) != name


def test_a_role_never_named_again_stays_a_description(nlp):
    text = ("A lawyer for the tenants told the court that the evictions were unlawful. "
            '"This is a scheme to empty the building," said Gareth Pollock of Pollock & Reyes.')
    assert _speaker(nlp, text, "told") != "Gareth Pollock"
    assert _speaker(nlp, text, "said") == "Gareth Pollock"


def test_a_name_known_before_the_role_is_not_taken_for_it(nlp):
    text = ("Judge Ana Whitlock retired last year. A federal judge ruled on Monday that the merger could proceed. "
            "Judge Ana Whitlock said in an interview that she agreed.")
    assert _speaker(nlp, text, "ruled") != "Ana Whitlock"


def test_a_headline_role_word_the_ner_took_for_a_name(nlp):
    text = ("Librarian says the old hall will reopen in spring\n\n"
            "The hall, built in 1902, has been closed for six years. Repairs ran over budget twice. "
            "The project's librarian, Dr. Helmut Sandqvist, wants the public back by April.")
    assert _speaker(nlp, text, "says") == "Helmut Sandqvist"


def test_a_headline_surname_is_not_a_role(nlp):
    text = ("Cook says the new phone will ship in June\n\n"
            "Tim Cook told investors on Tuesday that supply problems had eased. "
            "The company's cook, Ana Bellweather, said the canteen would close for repairs.")
    assert _speaker(nlp, text, "says") != "Ana Bellweather"
