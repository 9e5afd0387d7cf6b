"""Speakers of the fifty-first session (helper spk), found by writing twelve short articles
(``probe_articles_51_spk``) with names holding particles and compound surnames, family names
written first, a nickname, namesakes (a married couple, a sister, brothers), 'the late X' and
'former president X', a 'she' beside a woman only met, a ministry then 'it' and 'the ministry
added', cataphora, a headline and a photo caption naming the speaker, groups and a memoir's
author, and the expected speaker of every report.

A name the first word of which no name list knows ('Li Wenhua'), with a role set beside it, is a
person though an 'it' follows in its clause (``relabel.described_as_a_person``); a given name,
particles and a capitalised name no entity covers are a person ('Ana de la Cruz',
``particle_names``); 'Mr and Mrs Hale' are the two Hales the titles tell apart (``couples``); and
after a paragraph break the surname alone is the namesake the article called by it before, not
a sister named in full since (``namesakes``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_51_spk import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


def test_a_name_described_as_a_person_though_an_it_follows(nlp):
    text = ('Li Wenhua, a botanist in Nanjing, said it had spread. "We need help," Li said.\n\n'
            "Li said it was wet. He said it would spread.")
    assert [s for _, s in _speakers(nlp, text)] == ["Li Wenhua"] * 4


def test_a_body_taken_up_by_its_stays_a_body(nlp):
    text = "Brightwell Labs said its new test would launch in May. It said the price would be low."
    assert dict(_speakers(nlp, text))["It"] == "Brightwell Labs"


def test_a_name_with_particles_the_ner_missed(nlp):
    text = 'Ana de la Cruz, a former judge, is running for mayor. "We need water," said De la Cruz.'
    assert dict(_speakers(nlp, text))["De la Cruz"] == "Ana de la Cruz"


@pytest.mark.parametrize(("text", "source"), [
    # a body's or a place's name opening with a given name is no person
    ("Maria de la Paz Hospital said it had no beds left.", "Maria de la Paz Hospital"),
    ("Officials in Rio de Janeiro said the beaches were closed.", "Officials in Rio de Janeiro"),
])
def test_no_person_of_a_body_or_place_with_particles(nlp, text, source):
    assert dict(_speakers(nlp, text))[source] == source


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("John and Mary Hale ran the shop. Mr Hale said it was hard. Mr and Mrs Hale said they would travel.",
     "Mr and Mrs Hale", "John Hale and Mary Hale"),
    # named by no one before: as written
    ("Mr and Mrs Okoro said they would appeal.", "Mr and Mrs Okoro", "Mr and Mrs Okoro"),
])
def test_a_couple_by_their_titles(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_the_surname_alone_after_a_namesake_named_in_full(nlp):
    text = ('Anna Berg opened the shop in 1990. "It was hard at first," Berg said.\n\n'
            "Her brother, Tom Berg, joined her later. He said the shop had grown.\n\nBerg said she would not retire.")
    assert [s for _, s in _speakers(nlp, text)] == ["Anna Berg", "Tom Berg", "Anna Berg"]


def test_the_namesake_just_named_in_the_same_paragraph(nlp):
    text = ('Anna Berg opened the shop in 1990. "It was hard at first," Berg said.\n\n'
            "Her brother, Tom Berg, joined her later. Berg said the shop had grown.")
    assert [s for _, s in _speakers(nlp, text)] == ["Anna Berg", "Tom Berg"]
