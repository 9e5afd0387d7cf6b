"""Speakers of the forty-eighth session (helper spk), found by writing twelve short articles
(``probe_articles_48_spk``) with titles before surnames, particle, compound and surname-first
names, a couple with one surname, 'the former' and 'the latter', groups and their members, bodies
and their spokespeople, singular 'they', a transcript, a headline quote and descriptors, and the
expected speaker of every report.

'The former' and 'the latter' are the first and the second of the last two people named together
(``former_latter``). A name ending in a romanised given name ('Kim Min-jun') is written surname
first: its first word tells no gender (``people.surname_first``). An age set after a name others
bear too is that full name's ('Asha Patel, 19': not her father Raj Patel), and an age no one was
given is the same person all through the article (``descriptions.aged``). A 'they' no group or
body fits is the person who spoke just before, when the article gave them no gender or says they
go by 'they' (``singular_they``). A lede's 'its director said' is the director named next, whatever
description the lede pass read last (``ledes.name_the_lede``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_48_spk import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Ana Ruiz and her rival, Tom Hale, clashed on Monday. The former said taxes would fall; "
     "the latter said they would rise.", [("The former", "Ana Ruiz"), ("the latter", "Tom Hale")]),
    # the pair named a few sentences back, one person quoted at a time in between
    ("Nadia Brook and Colm Reilly met in the final. Brook said she was tired. Reilly said he was ready. "
     "Rain fell all day. The latter said the court was slippery.", [("The latter", "Colm Reilly")]),
])
def test_the_former_and_the_latter_are_the_pair_named_last(nlp, text, expected):
    found = dict(_speakers(nlp, text))
    assert [(source, found.get(source)) for source, _ in expected] == expected


def test_a_former_office_is_no_pair(nlp):
    found = dict(_speakers(nlp, "Ana Ruiz and Tom Hale met on Monday. The former minister said the talks had failed."))
    assert found["The former minister"] not in ("Ana Ruiz", "Tom Hale")


@pytest.mark.parametrize(("text", "pronoun", "speaker"), [
    # surname first: 'Kim' is no woman's first name here
    ('Kim Min-jun, the trade minister, said the deal was done. Kim told reporters he was pleased. "We agree," he said.',
     "he", "Kim Min-jun"),
    # a first name, as before: 'Kim' is a woman's
    ("Kim Vale said the shop would close. Tom Hale disagreed. She said the rent was too high.", "She", "Kim Vale"),
])
def test_a_name_written_surname_first_tells_no_gender_by_its_first_word(nlp, text, pronoun, speaker):
    assert dict(_speakers(nlp, text))[pronoun] == speaker


def test_an_age_after_a_shared_surname_is_the_full_names(nlp):
    text = ("The shop is run by Raj Patel and his wife, Meena Patel. Raj Patel said they worked hard. "
            'Their son, Dev Patel, 17, said he would help. "I like it here," the teenager said.')
    assert dict(_speakers(nlp, text))["the teenager"] == "Dev Patel"


def test_an_age_no_one_was_given_is_the_same_person_all_through(nlp):
    text = ("Lena Brandt has signed a new deal with the club. The 31-year-old said she was happy. "
            'Her agent, Maria Costa, said talks had been long. "I wanted to stay," the 31-year-old said.')
    found = [speaker for source, speaker in _speakers(nlp, text) if source.lower() == "the 31-year-old"]
    assert found == ["Lena Brandt", "Lena Brandt"]


def test_an_age_given_to_someone_else_is_theirs(nlp):
    text = ("Lena Brandt has signed a new deal. The 31-year-old said she was happy. "
            'Her teammate, Maria Costa, 31, said she was pleased. "We are friends," the 31-year-old said.')
    found = [speaker for source, speaker in _speakers(nlp, text) if source.lower() == "the 31-year-old"]
    assert found == ["Lena Brandt", "Maria Costa"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The designer, Robin Vale, said the show had sold out. They said a second date was planned.", "Robin Vale"),
    # a name the list gives a gender, when the article says they go by 'they'
    ("Alex Moreno, who is non-binary, said the club had changed. They said the changing rooms were new.",
     "Alex Moreno"),
])
def test_they_for_one_person(nlp, text, speaker):
    assert dict(_speakers(nlp, text))["They"] == speaker


@pytest.mark.parametrize(("text", "not_speaker"), [
    # a gendered person is no 'they': people the article did not name as speakers
    ("The head teacher, John Hale, said the school would reopen. They said the roof was fixed.", "John Hale"),
    # a group that spoke in the window takes it, as before
    ("Nurses said the ward was full. A porter, Robin Vale, agreed. They said more staff were needed.", "Robin Vale"),
])
def test_a_plural_they_stays_plural(nlp, text, not_speaker):
    assert dict(_speakers(nlp, text))["They"] != not_speaker


def test_a_bodys_own_role_in_the_lede_is_the_person_named_next(nlp):
    text = ("Gallery to close for a year\n\nThe Harbour Gallery will close for repairs next month, its director "
            "announced on Monday.\n\n\"We have no choice,\" said the director, Ines Okafor. Okafor said the roof leaked.\n\n"
            "The arts ministry's spokesman said the government would help. He said funds were ready.")
    assert dict(_speakers(nlp, text))["its director"] == "Ines Okafor"


@pytest.mark.parametrize(("name", "surname_first"), [
    ("Kim Min-jun", True), ("Park Soo-ah", True), ("Lee Seo-yeon", True),
    ("El Paso-based", False), ("New York-born", False), ("Ann Lee-Smith", False), ("Rio Tinto-led", False),
])
def test_only_romanised_syllables_make_a_name_surname_first(name, surname_first):
    """A place or firm with a participle ('El Paso-based') is no surname-first name: its first word may still
    tell a gender, and a pronoun is not freed to take it."""
    from sourcebook.nlp.attribution.people import surname_first as written_so

    assert written_so(name.split()) is surname_first
