"""Speakers of the forty-seventh session (helper spk), found by writing fourteen short articles
(``probe_articles_47_spk``) with people named in full, then by surname, title, role or pronoun,
and the expected speaker of every report.

A first name's usual gender is a guess ('Kari' is a man's name in Finland, 'Sam' may be a woman):
a 'he' or 'she' that no speaker agrees with is the person who spoke last, in that sentence or the
one before, when the name list is unsure of that person's first name and no one was named since;
and a title that says otherwise ('Lee Vale ... Ms Vale') is the same person when the list is unsure
of the name over all countries and no one else bears the surname (``guessed_genders``,
``people.doubtful``). A name never in doubt keeps its gender ('John Hale ... she said' is not
him). An honorific is the role noun it abbreviates ('Dr Ines Varga ... The doctor added':
``honorific_roles``). A nickname the article gives ('Luis "Lucho" Herrera', 'X, known as Tito,',
'X, nicknamed "Doc",') names the same person later ('Lucho said': ``nicknames``). A bare 'the
ministry' that no named body fits is the one the article described by its remit ('A health ministry
spokesman said X. The ministry said Y': ``unnamed_bodies``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_47_spk import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks, top

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "expected"), [
    # a man whose first name is most often a woman's, and a woman with a name most often a man's
    ('A steward, Kari Vale, said the gates had opened late. "It was chaos," he said.',
     [("A steward, Kari Vale", "Kari Vale"), ("he", "Kari Vale")]),
    ('"We will not be moved," said the tenants\' leader, Sam Okoye. She said rents had doubled.',
     [("the tenants' leader, Sam Okoye", "Sam Okoye"), ("She", "Sam Okoye")]),
    # across a paragraph break, and on for the next pronoun
    ('Nurse Sam Ruddock said the ward was full.\n\n"We are exhausted," she said. She said more staff were due.',
     [("Nurse Sam Ruddock", "Sam Ruddock"), ("she", "Sam Ruddock"), ("She", "Sam Ruddock")]),
    # a title that says otherwise is the same person, when the name list is unsure of the name as a whole
    ("Lee Vale said the talks had failed. Ms Vale said the union would strike.",
     [("Lee Vale", "Lee Vale"), ("Ms Vale", "Lee Vale")]),
])
def test_a_pronoun_or_title_against_a_guessed_gender_is_the_last_speaker(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "pronoun", "not_speaker"), [
    # a name the list gives one gender without doubt keeps it
    ('The minister, John Hale, said the plan would work. "It will not," she said.', "she", "John Hale"),
    # a person of the pronoun's gender named since takes it, as before
    ('Sam Ruddock said the ward was full. Its director, Anna Berg, disagreed. "We cope," she said.', "she", "Sam Ruddock"),
])
def test_a_guessed_gender_gives_way_only_when_no_one_else_can(nlp, text, pronoun, not_speaker):
    found = dict(_speakers(nlp, text))
    assert found[pronoun] != not_speaker


def test_a_name_never_in_doubt_is_not_a_title_of_the_other_gender(nlp):
    found = dict(_speakers(nlp, "Donald Kerr said the shop would close. Mrs Kerr said it would not."))
    assert found["Donald Kerr"] == "Donald Kerr" and found["Mrs Kerr"] != "Donald Kerr"


@pytest.mark.parametrize(("text", "role", "speaker"), [
    ("Dr. Ines Varga said the drug worked. The doctor added that more trials were needed.", "The doctor", "Ines Varga"),
    ("Its medical director, Dr Tom Ekwueme, said beds were short. The doctor said visits would stop.",
     "The doctor", "Tom Ekwueme"),
    ("Prof Helen Dusk said the bridge was safe. The professor said the cracks were old.", "The professor", "Helen Dusk"),
])
def test_an_honorific_is_the_role_it_abbreviates(nlp, text, role, speaker):
    assert dict(_speakers(nlp, text))[role] == speaker


def test_a_trade_the_speaker_was_not_given_is_someone_elses(nlp):
    found = dict(_speakers(nlp, "Ines Varga, an economist, said prices would rise. The doctor said patients would pay."))
    assert found["The doctor"] != "Ines Varga"


@pytest.mark.parametrize(("text", "nickname", "speaker"), [
    ('Former striker Luis "Lucho" Herrera said the club was in trouble. Lucho said the coach should go.',
     "Lucho", "Luis Herrera"),
    ('Boxer Daniel "The Hammer" Osei said he would fight on. "I am ready," The Hammer said.', "The Hammer", "Daniel Osei"),
    ("Winger Tomas Berg, known as Tibbe, said he was fit. Tibbe said the knee had healed.", "Tibbe", "Tomas Berg"),
    ('Kwame Asante, who is known to fans as "Doc", said he was happy. Doc said the team had worked hard.',
     "Doc", "Kwame Asante"),
    ('Singer Rosa Ilunga, nicknamed "Queenie", said the tour was over. Queenie said she was tired.',
     "Queenie", "Rosa Ilunga"),
])
def test_a_nickname_names_the_same_person(nlp, text, nickname, speaker):
    assert dict(_speakers(nlp, text))[nickname] == speaker


def test_a_name_given_to_another_is_no_nickname(nlp):
    found = dict(_speakers(nlp, 'The mayor, Tomas Berg, dubbed Ana Ross "Madam No". Ross said she would not back down.'))
    assert found["Ross"] == "Ana Ross"


@pytest.mark.parametrize(("text", "speaker"), [
    ("A transport ministry spokeswoman said the line would reopen. The ministry said repairs were done.",
     "transport ministry"),
    ("Officials at the planning department said the tower was safe. The department said it had checked twice.",
     "planning department"),
    # no remit, or a body named: as before
    ("Staff at the new agency said they were busy. The agency said it would hire more.", "agency"),
    ("The Ministry of Transport said the line was shut. A new ministry car park opened. The ministry said it was full.",
     "Ministry of Transport"),
])
def test_a_bare_body_noun_is_the_body_described_by_its_remit(nlp, text, speaker):
    (last,) = [r for r in top(nlp, text) if r.source is not None and r.source.text in (
        "The ministry", "The department", "The agency")]
    assert last.speaker == speaker


def test_a_title_changes_no_guess_when_others_bear_the_surname(nlp):
    text = "Lindsey Vale said the farm was sold. Her sister, Anna Vale, said it was not. Mr Vale said the deal was off."
    found = dict(_speakers(nlp, text))
    assert found["Lindsey Vale"] == "Lindsey Vale" and found["Mr Vale"] != "Lindsey Vale"
