"""Patterns of the thirty-seventh session (helper F1): a body's noun or a role resolved to the
wrong body or person. A role whose own words name a body ('The Assembly president', 'the
president of the Brenmark Football Federation') is no one the article gave another body
(``role_bodies``); 'the company', 'the group' stand for the body the sentences are about (the
subject of the sentence before, the owner of the report's subject), and a firm named '... Group'
is a company while a body introduced as a rating agency is not (``body_salience``,
``body_nouns``); 'Its foreign ministry' after a country is that country's (``body_salience``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speaker(nlp, text, source):
    found = [a.speaker for a in records(nlp, text) if a.source is not None and a.source.text.startswith(source)]
    assert found, f"no record for {source!r}"
    return found[-1]


@pytest.mark.parametrize("text, source, speaker", [
    ("Dorian Kade, the president of Ostmark, met diplomats in Vienna. The Assembly president said the vote would go ahead.",
     "The Assembly president", "Assembly president"),
    ("Dorian Kade, the president of Ostmark, met diplomats in Vienna. The president of the Brenmark Football Federation "
     "said the final would go ahead.", "The president of the Brenmark", "president of the Brenmark Football Federation"),
    ("Tomas Rieder, the president of Norvania, met his counterparts in Geneva on Monday. The European Commission "
     "president said on Tuesday that sanctions would stay.", "The European Commission president",
     "European Commission president"),
    ("Mira Solberg, the chair of the Harlow Ports Authority, opened the inquiry. The Brenmark Council chair said the "
     "port was safe.", "The Brenmark Council chair", "Brenmark Council chair"),
])
def test_a_role_naming_its_body_is_not_another_bodys_holder(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # the body the role names is the one the person was given
    ("Kestrel Bank chief executive Ana Li announced the cuts on Monday. The Kestrel Bank chief executive said "
     "branches would close.", "The Kestrel Bank chief executive", "Ana Li"),
    ("Ana Li, the chief executive of Kestrel Bank, spoke to analysts. The chief executive of Kestrel Bank said "
     "margins would recover.", "The chief executive of Kestrel Bank", "Ana Li"),
    ("Carla Menzies, the president of the Ostmark Medical Association, spoke first. The association's president said "
     "doctors were exhausted.", "The association's president", "Carla Menzies"),
    # a role naming no body is still the one who holds it
    ("Paulo Reis, the president of Ostmark, arrived on Tuesday. The president said talks would resume.",
     "The president", "Paulo Reis"),
])
def test_a_role_of_the_holders_own_body_is_still_theirs(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # a body introduced as a rating agency is no company
    ("Halden Outdoor Inc. missed a bond payment on Wednesday. Rating agency Calder Ratings cut its rating on Thursday. "
     "The company, which runs 90 shops, said it had enough cash.", "The company", "Halden Outdoor Inc."),
    # the group the sentence before is about, not the council whose panel was named since
    ("Militants attacked a clinic run by the charity Open Hands. The Ostmark Security Council's panel of experts "
     "warned of more attacks. Open Hands has suspended its work in the district. The group said it would review "
     "security.", "The group", "Open Hands"),
    ("The charity Open Hands runs clinics in the north. Open Hands has suspended its work in the district. "
     "The organisation said it would review security.", "The organisation", "Open Hands"),
    # a firm named '... Group' is a company
    ("Aldmoor Retail Group closed 30 stores last year. The company said sales had improved.", "The company",
     "Aldmoor Retail Group"),
    ("Aldmoor Retail Group missed a bond payment on Friday. Calder Ratings cut its rating on Monday. Aldmoor has "
     "struggled as shoppers moved online. The company, which runs 80 stores, said talks were going well.", "The company",
     "Aldmoor Retail Group"),
])
def test_the_company_or_the_group_is_the_body_the_sentences_are_about(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize("text, source, speaker", [
    # a council is no company: the firm named before it
    ("Norvik Motors posted a loss. The City Council approved a new plant on Tuesday. The company said it would hire "
     "300 workers.", "The company", "Norvik Motors"),
    # the firm owning the report's subject, named in full
    ("Kestrel Bank's profits fell by a third, the company said.", "the company", "Kestrel Bank"),
    ("Brixham Tools Group filed for bankruptcy on Sunday. It borrowed $40 million from Pellan Credit Partners, a "
     "lender. Brixham's factories will keep running, the company said.", "the company", "Brixham Tools Group"),
])
def test_the_company_is_still_the_firm_where_nothing_else_is_about(nlp, text, source, speaker):
    assert _speaker(nlp, text, source) == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Ostmark recalled its ambassador. Its foreign ministry said the decision was final.", "Ostmark's foreign ministry"),
    ("Diplomats said Veltrania, which has vetoed three resolutions, did not send a delegate. Its foreign ministry said "
     "the meeting was a farce.", "Veltrania's foreign ministry"),
    ("Lindia, which has blocked two proposals, did not attend. Its defence ministry said troops were on alert.",
     "Lindia's defence ministry"),
    # a body's too, as a role's ('Its board')
    ("The Harlow Trust published a review on Monday. Its board said the findings were troubling.", "Harlow Trust's board"),
])
def test_its_body_is_the_owners(nlp, text, speaker):
    assert _speaker(nlp, text, "Its") == speaker


def test_its_parent_company_is_not_the_company_itself(nlp):
    text = "Brindle Home Stores filed for bankruptcy on Monday. Its parent company said the stores would stay open."
    assert _speaker(nlp, text, "Its parent company") != "Brindle Home Stores"
