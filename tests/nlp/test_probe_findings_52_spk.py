"""Speakers of the fifty-second session (helper spk), found by writing short passages for seven
leftovers of the speaker column and their near misses.

A father and a son named in full with 'Sr.' and 'Jr.' are two people, and the surname with its
suffix ('Cole Jr. said') is the one of that generation (``name_suffixes``); a given name with a
weekday for a surname ('Detective Joe Friday said') keeps the whole name (``weekday_surnames``);
a picture's credit ('(Photo by ...)', 'Photo: X/Agency', '(X/Staff)', 'Credit: X') is no one a
'she' of the body stands for (``photo_credits``); and a 'they' after a group of kin or a household
named as a subject ('The families met the mayor. They said') is that group (the kin nouns of
``anaphora._people_noun``). Checked and already right, kept here: one who speaks through a
spokesman is the speaker, 'the agency' is the agency the sentence before made its subject, and
'a spokeswoman for the ministry' is tied to the ministry named before. Every name and sentence
is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers


@pytest.mark.parametrize(("text", "expected"), [
    ('Ray Cole Sr. opened the garage in 1965. His son, Ray Cole Jr., runs it today. "We will stay," Cole Jr. said. '
     "Cole Sr. said he still comes in every day.",
     [("Cole Jr.", "Ray Cole Jr."), ("Cole Sr.", "Ray Cole Sr.")]),
    ("Nell Ames Sr. and Nell Ames Jr. spoke at the fair. Ames Sr. said the town had changed. Ames Jr. said it would "
     "change more.", [("Ames Sr.", "Nell Ames Sr."), ("Ames Jr.", "Nell Ames Jr.")]),
    ("James Ward II and James Ward III both spoke. Ward III said the firm would grow. Ward II said he agreed.",
     [("Ward III", "James Ward III"), ("Ward II", "James Ward II")]),
    # one bearer, with or without the suffix: one person
    ("Ray Cole Jr. said the garage would stay open. Cole said the rent was too high. Mr. Cole said he had no plans.",
     [("Ray Cole Jr.", "Ray Cole Jr."), ("Cole", "Ray Cole Jr."), ("Mr. Cole", "Ray Cole Jr.")]),
    ("Henry Lusk III said the plant would close. Lusk said workers would be paid.",
     [("Henry Lusk III", "Henry Lusk III"), ("Lusk", "Henry Lusk III")]),
])
def test_a_father_and_a_son_of_one_name(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Detective Joe Friday said the suspect had fled.", "Detective Joe Friday", "Joe Friday"),
    ("Detective Mike Monday said the car was stolen.", "Detective Mike Monday", "Mike Monday"),
    ("Officer Ann Sunday said the road was closed.", "Officer Ann Sunday", "Ann Sunday"),
    ("Officer Mary Long said the road was closed.", "Officer Mary Long", "Mary Long"),
    ("Captain Bill Small said the ship was safe.", "Captain Bill Small", "Bill Small"),
    # near misses: a surname, or a role, before a weekday of time
    ("Rivera Tuesday said the fund was empty.", "Rivera", "Rivera"),
    # (with no title, a name that is also a given name is a surname alone: 'Paul Wednesday said'; red-team rtc)
    ("Joe Friday said the suspect had fled.", "Joe", "Joe"),
    ("Sen. Elena Warren spoke in Boston. Warren Tuesday said the bill would pass.", "Warren", "Elena Warren"),
    ("The mayor Friday said the fund was empty.", "The mayor", "mayor"),
    ("Officer Joe said Monday that the road was closed.", "Officer Joe", "Joe"),
])
def test_a_surname_that_is_a_weekday(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


HEAD = "Flood waters rise in Merton\n\n"
BODY = "\n\nThe river rose two metres overnight, officials said. She said schools would close."


@pytest.mark.parametrize(("credit", "speaker"), [
    ("Residents fill sandbags on Tuesday. (Photo by Ann Lee)", None),
    ("Photo: Ann Lee/Wirepix", None),
    ("Photograph by Ann Lee", None),
    ("Credit: Ann Lee", None),
    ("By Sarah Mills", None),
    # the one a caption shows is still someone the story may speak of
    ("Ruth Kane walks along the river wall on Tuesday. (Photo by Ann Lee)", "Ruth Kane"),
])
def test_a_picture_credit_is_no_one_the_body_speaks_of(nlp, credit, speaker):
    assert dict(_speakers(nlp, HEAD + credit + BODY))["She"] == speaker


def test_the_desk_after_a_slash(nlp):
    text = HEAD + "Residents fill sandbags. (Ann Lee/Staff)\n\nThe mayor said the river rose. She said schools would close."
    assert dict(_speakers(nlp, text))["She"] == "mayor"


def test_a_photo_spoken_of_in_a_sentence_is_no_credit(nlp):
    text = "The photo by Ann Lee won a prize. She said the river had risen fast."
    assert dict(_speakers(nlp, text))["She"] == "Ann Lee"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The families met the mayor, Tom Reed. They said he had promised help.", "families"),
    ("The widows met the governor. They said the pensions had not been paid.", "widows"),
    ("The children waited at the gate with their teacher, Ann Lee. They said the bus was late.", "children"),
    ("The families of the missing sailors met navy officials on Friday. They said they had been told nothing.",
     "families"),
    ("Parents gathered outside the school on Monday. They said the heating had failed again.", "Parents"),
    # near misses: a body, not a group of people; a group only named as an object, after a body
    ("The council closed the library. They said the building was unsafe.", None),
])
def test_they_after_a_group_of_kin(nlp, text, speaker):
    assert dict(_speakers(nlp, text))["They"] == speaker


def test_a_group_as_an_object_leaves_a_body_its_it(nlp):
    text = "The company sold its plants to two families. It said the sale was final."
    assert dict(_speakers(nlp, text))["It"] == "company"


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Governor Ada Obi, who spoke through her press secretary, Tunde Ade, said the roads would be fixed.",
     "Governor Ada Obi, who spoke through her press secretary, Tunde Ade", "Ada Obi"),
    ("Mayor Karl Dunn, speaking through a spokeswoman, Lisa Grant, said he would not resign.", "Mayor Karl Dunn",
     "Karl Dunn"),
    ("The governor, speaking through his spokesman, said the budget would pass.", "The governor", "governor"),
    ("The Fleet Safety Agency grounded the planes. The planes will stay grounded, the agency said.", "the agency",
     "Fleet Safety Agency"),
    ("The Ministry of Health said it would buy more vaccine. A spokeswoman for the ministry said the order was placed.",
     "A spokeswoman for the ministry", "spokeswoman for Ministry of Health"),
])
def test_already_right(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.xfail(strict=True, reason="the relative 'who' takes the role set before the name, not the name")
def test_a_relative_after_a_role_and_its_name(nlp):
    text = "Governor Ada Obi met her press secretary, Tunde Ade, who said the roads would be fixed by June."
    assert dict(_speakers(nlp, text))["who"] == "Tunde Ade"


@pytest.mark.xfail(strict=True, reason="a name without a suffix merges with the same name given 'Sr.' after it")
def test_the_father_named_after_the_son_without_suffix(nlp):
    text = "Ray Cole said the garage would stay open. His father, Ray Cole Sr., said he agreed."
    assert [s for _, s in _speakers(nlp, text)] == ["Ray Cole", "Ray Cole Sr."]
