"""Patterns of the thirty-sixth session (helper wA): people named by several given names and
surnames, as Spanish and Portuguese names are ('Rosa Elena Cardenas Solis', 'Maria do Socorro
Alves'). Their speaker is the fullest name the article gives: a later short form whose words are
a contiguous part of the full name's surnames ('Cardenas said', 'Franco Mogetta') is that person,
and a name the NER cut keeps its first given names and its last surname (``full_names``). A
short form two people could bear, a given name, or a particle alone links no one else. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

from sourcebook.nlp.attribution.full_names import holds, surname_words


def _speakers(nlp, text, cue="said"):
    return [(a.source.text if a.source is not None else None, a.speaker) for a in records(nlp, text, cue)]


@pytest.mark.parametrize("text, short, full", [
    ("Chilean Finance Minister Beatriz Alvarado Munoz said on Monday the deficit would narrow. "
     "Alvarado said the new rule would be binding.", "Alvarado", "Beatriz Alvarado Munoz"),
    ("Senator Luisa Fernanda Pinto Arango said the bill was flawed. Pinto said she would vote against it.",
     "Pinto", "Luisa Fernanda Pinto Arango"),
    ("Judge Raul Herrera Campos said the case would proceed. Prosecutor Elena Campos said she would appeal. "
     "Herrera said the ruling stood.", "Herrera", "Raul Herrera Campos"),
    ('Economist Sandra Villa Roldan of Banco Pacifico said inflation would slow. "The worst is over," Villa said.',
     "Villa", "Sandra Villa Roldan"),
    ("Union leader Jose Luis Ortega Bravo said workers would strike. Ortega Bravo said the talks had failed.",
     "Ortega Bravo", "Jose Luis Ortega Bravo"),
])
def test_a_short_form_of_the_surnames_is_the_person_named_in_full(nlp, text, short, full):
    assert (short, full) in _speakers(nlp, text)


@pytest.mark.parametrize("text, full", [
    # the NER left out the last surname: the short form is no invented 'Tomas Echeverri'
    ('Economy minister Tomas Echeverri Salgado announced the plan on Friday. "We have no other choice," '
     "Echeverri said. He added that fuel subsidies would end.", "Tomas Echeverri Salgado"),
    # the NER left out the given name before a particle the parser read as a verb
    ('Maria do Carmo Ferreira, 61, who sells fruit at the market, said prices had doubled. '
     '"We cannot buy meat anymore," she said.', "Maria do Carmo Ferreira"),
    ("Health official Ana Paula de Souza Lima said the outbreak was contained. "
     "Souza said testing would continue.", "Ana Paula de Souza Lima"),
])
def test_a_name_the_ner_cut_is_the_speaker_whole(nlp, text, full):
    speakers = [a.speaker for a in records(nlp, text) if a.speaker is not None]
    assert speakers and all(s == full for s in speakers)


def test_no_role_word_runs_into_the_whole_name(nlp):
    text = "Transport Secretary Lucas Benitez Quiroga told reporters the government was open to talks."
    assert [a.speaker for a in records(nlp, text, "told")] == ["Lucas Benitez Quiroga"]


def test_two_bearers_of_a_surname_stay_two(nlp):
    text = ("Carlos Mendes Rocha said the port would reopen. Ana Mendes, a dock worker, said she had lost her job. "
            "Mendes said the union would fight.")
    speakers = [s for _, s in _speakers(nlp, text)]
    assert speakers[:2] == ["Carlos Mendes Rocha", "Ana Mendes"]
    assert speakers[2] == "Ana Mendes"  # the bearer named last, not merged into the first


def test_a_name_after_another_given_name_is_another_person(nlp):
    text = ("Senator Maria Fernanda Cortazar Uribe said the law was unfair. "
            "Her daughter, Fernanda, said the family had received threats.")
    assert [s for _, s in _speakers(nlp, text)] == ["Maria Fernanda Cortazar Uribe", "Fernanda"]


def test_a_full_name_of_another_given_name_is_another_person(nlp):
    text = ("Coach Luis Ortega Diaz said the team was ready. His brother, Pablo Ortega, said the squad was tired.")
    assert [s for _, s in _speakers(nlp, text)] == ["Luis Ortega Diaz", "Pablo Ortega"]


@pytest.mark.parametrize("short, name, held", [
    (["cardenas"], "Rosa Elena Cardenas Solis", True),
    (["cardenas", "solis"], "Rosa Elena Cardenas Solis", True),
    (["franco", "mogetta"], "Franco Mogetta Prieto", True),
    (["elena"], "Rosa Elena Cardenas Solis", False),  # a given name, no surname
    (["de"], "Ana Paula de Souza Lima", False),  # a particle alone
    (["souza"], "Ana Paula de Souza Lima", True),
    (["paulo", "rocha"], "Carlos Mendes Rocha", False),  # another given name
    (["mendes", "campos"], "Carlos Mendes Rocha", False),
    (["rocha"], "Rocha", False),
])
def test_a_short_form_holds_a_part_of_the_surnames(short, name, held):
    assert holds(short, name) is held


def test_the_surnames_follow_the_given_names_of_the_first_ones_gender():
    assert surname_words("Rosa Elena Cardenas Solis") == ("cardenas", "solis")
    assert surname_words("Luisa Fernanda Pinto Arango") == ("pinto", "arango")  # 'Pinto' a man's name
    assert surname_words("Franco Mogetta Prieto") == ("mogetta", "prieto")
    assert surname_words("Solis") == ()


def test_a_title_that_is_a_given_name_stays_out_of_the_name(nlp):
    text = "Major Tom Ashcombe said the base would close."
    assert [a.speaker for a in records(nlp, text)] == ["Tom Ashcombe"]
