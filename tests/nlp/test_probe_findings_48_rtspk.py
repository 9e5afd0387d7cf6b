"""Speakers of the forty-eighth session (helper rtspk), found by red-teaming the new speaker rules
('the former'/'the latter', singular 'they', surname-first names, ages, a lede's 'its director')
with short passages of politics, sport, courts and business news.

A 'they' after a person whose first name tells no gender ('Robin', 'Casey') is no longer that
person when people were just named in the plural ('The workers walked out'): the plural reading is
kept unless the article says the person goes by 'they' (``singular_they``). A role set beside a
bare surname the NER did not tag ('Quill, a former police officer,') is that person's, so a later
'the former officer' finds them (``surname_roles``). A definite role phrase the headline holds
('Veteran keeper signs new deal' / 'the veteran keeper') is the one person the lede names as its
subject, when the headline's role is its subject too (``headline_epithets``). Every name and
sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


@pytest.mark.parametrize(("text", "not_speaker"), [
    ("The workers walked out on Monday. Robin Hart, a union organiser, said the talks had failed. "
     "They said they would return when pay rose.", "Robin Hart"),
    ("Residents packed the hall. Casey Dorn, who lives on the street, said the noise was unbearable. "
     "They said the council had ignored them.", "Casey Dorn"),
])
def test_a_they_after_people_named_in_the_plural_is_not_the_person_without_a_gender(nlp, text, not_speaker):
    assert dict(_speakers(nlp, text))["They"] != not_speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # no plural people near: the one person, as before
    ("The designer, Robin Vale, said the show had sold out. They said a second date was planned.", "Robin Vale"),
    # the article says they go by 'they': that outweighs the people named in the plural
    ("Voters queued for hours. Alex Chen, who is non-binary, said the wait was too long. They said the queue moved slowly.",
     "Alex Chen"),
])
def test_they_for_one_person_still(nlp, text, speaker):
    assert dict(_speakers(nlp, text))["They"] == speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("Judge Helen Park and prosecutor Leo Grant spoke after the hearing. The former said the trial would resume in May. "
     "The latter said he would appeal.", [("The former", "Helen Park"), ("The latter", "Leo Grant")]),
    ("Maria Lopez beat Kate Dunn in straight sets. Lopez said she was thrilled. The latter said her shoulder hurt.",
     [("The latter", "Kate Dunn")]),
])
def test_the_former_and_the_latter(nlp, text, expected):
    found = dict(_speakers(nlp, text))
    assert [(source, found.get(source)) for source, _ in expected] == expected


@pytest.mark.parametrize("text", [
    "Ana Ruiz and Tom Hale met on Monday. The former mayor said the talks had failed.",
    "The former mayor, Dana Cole, said the budget was late. Mark Tully, her successor, said it was on time.",
])
def test_a_former_office_is_no_pair(nlp, text):
    found = _speakers(nlp, text)
    assert all(speaker not in ("Ana Ruiz", "Tom Hale") or source != "The former mayor" for source, speaker in found)


def test_a_role_beside_a_bare_surname_is_that_persons(nlp):
    text = ("The two candidates for mayor, Nora Quill and Peter Adebayo, met on Sunday. Quill, a former police officer, "
            'said crime had risen. "Where is the money coming from?" the former officer asked.')
    assert dict(_speakers(nlp, text))["the former officer"] == "Nora Quill"


def test_a_role_nobody_was_given_stays_a_description(nlp):
    text = ("The two candidates for mayor, Nora Quill and Peter Adebayo, met on Sunday. Quill, a former teacher, "
            'said crime had risen. "Where is the money coming from?" the former officer asked.')
    assert dict(_speakers(nlp, text))["the former officer"] != "Nora Quill"


def test_an_age_after_a_shared_surname_and_a_ledes_director(nlp):
    text = "Tom Reid, 45, and his son Ben Reid, 19, run the farm. The 19-year-old said the harvest was poor."
    found = dict(_speakers(nlp, text))
    assert found["The 19-year-old"] == "Ben Reid"
    text = ("The Riverside Clinic will shut in March, its director said on Tuesday.\n\nThe director, Paula Gray, said staff "
            "would be moved. Gray said patients had been told.")
    assert dict(_speakers(nlp, text))["its director"] == "Paula Gray"


def test_an_epithet_the_headline_gives_is_the_ledes_subject(nlp):
    text = ("Veteran keeper signs new deal\n\nMarta Lindqvist has signed a two-year extension with Ashby Rovers, "
            "the club said on Friday.\n\nThe veteran keeper said she was delighted.")
    assert dict(_speakers(nlp, text))["The veteran keeper"] == "Marta Lindqvist"


@pytest.mark.parametrize(("text", "source", "not_speaker"), [
    # the headline's role acts on the lede's subject: 'the judge' is not the one jailed
    ("Judge jails fraudster for ten years\n\nA former banker, Tom Hale, was jailed for ten years on Friday.\n\n"
     "The judge said he had shown no remorse.", "The judge", "Tom Hale"),
    # a modifier the headline does not hold: another office
    ("Minister resigns over leak\n\nTransport minister Tom Hale resigned on Monday after a leaked memo, his office said."
     "\n\nThe minister said he had done nothing wrong. The prime minister said she accepted the resignation.",
     "The prime minister", "Tom Hale"),
])
def test_a_headlines_role_is_not_the_ledes_subject_otherwise(nlp, text, source, not_speaker):
    assert dict(_speakers(nlp, text))[source] != not_speaker
