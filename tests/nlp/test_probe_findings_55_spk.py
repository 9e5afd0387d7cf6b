"""Speakers of the fifty-fifth session (helper spk), found by writing fourteen short articles
(``probe_articles_55s``) that stress speaker resolution, each record's speaker marked by hand.

Fixed here: a rank abbreviated before a name is the noun later ('Capt. X' then 'the captain',
``honorific_roles``); a bare noun for a person's time of life or standing right after the sentence that
named them is that person ('The pensioner said', 'The veteran said'; ``standing_epithets.txt``
in ``epithet_after``), as is one after a sentence whose subject has the name set beside it ('His
rival, Jonas Eke, scored. The young striker said'); a question put, then a copula and one
adjective, gives the bare quotation after it to the copula's subject ('Asked about the delay,
Shaw was blunt.' then '"X."', ``turns``), as a gesture does, also by a surname the NER took for
a nation's word ('Asked why, Bellini smiled.'); 'painted', 'cast' or 'framed' with an agent and
no 'as' is a thing made, no report, so its painter is no speaker a later 'she' could stand for
(``acts.passive_thing``); and 'they' after 'Emma Price and her brother, Mark Price,' is the two
of them, not the people they met (``groups._joined_names``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_55s import ARTICLES, KNOWN, SPEAKERS
from probe_records import records, speaker_checks, speaker_of, top
from probe_records import sources_and_speakers as _speakers

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Walter Penn, 88, said he had sung in the choir as a boy. The pensioner said the prize was a joy.",
     "The pensioner", "Walter Penn"),
    ("Marco Bellini has scored eleven goals this season. The veteran said he felt fitter than ever.",
     "The veteran", "Marco Bellini"),
    ("His rival for the seat, Tom Ruiz, won the first round. The young lawyer said he was ready.",
     "The young lawyer", "Tom Ruiz"),
])
def test_a_noun_of_standing_after_the_sentence_that_named_them(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize(("text", "source"), [
    # a bare job is still someone else
    ("Walter Penn said he had sung in the choir as a boy. The consultant said the hall was cold.", "The consultant"),
    ("His rival for the seat, Tom Ruiz, won the first round. The lawyer said he was ready.", "The lawyer"),
    # another paragraph: no one the noun is known to stand for
    ("Walter Penn said he had sung in the choir as a boy.\n\nThe pensioner said the hall was cold.", "The pensioner"),
])
def test_no_person_for_a_bare_job_or_across_a_paragraph(nlp, text, source):
    assert dict(_speakers(nlp, text))[source] == source.split(" ", 1)[1]


@pytest.mark.parametrize(("text", "cue", "source", "speaker"), [
    ('Derek Shaw runs the works.\n\nAsked about the delay, Shaw was blunt.\n\n"Nobody wants it open more than I do."',
     "was blunt", "Shaw", "Derek Shaw"),
    ('Asked about the delay, the mayor was frank. "We got it wrong."', "was frank", "the mayor", "mayor"),
    ('Marco Bellini is 34.\n\nAsked whether he would leave, Bellini smiled.\n\n"Ask me in June."',
     "smiled", "Bellini", "Marco Bellini"),
])
def test_a_question_put_then_a_manner_or_a_gesture_takes_the_bare_quotation(nlp, text, cue, source, speaker):
    quoted = text.rsplit('"', 2)[1][:12]
    assert speaker_of(top(nlp, text), cue, source, quoted) == speaker


@pytest.mark.parametrize("text", [
    # no question put: a copula and an adjective alone are the writer's description
    'The mayor was blunt. "We got it wrong."',
    # more than a manner: what it is about, or where
    'Asked about the delay, the mayor was blunt about the cuts. "We got it wrong."',
    'Asked about the delay, the mayor was in Leeds. "We got it wrong."',
])
def test_no_bare_quotation_for_a_copula_with_no_question_or_more_than_a_manner(nlp, text):
    assert [r for r in records(nlp, text) if any("got it wrong" in c.text for c in r.contents)] == []


def test_a_thing_painted_by_someone_is_no_report(nlp):
    text = ("Jane Osborne said the team had kept the plasterwork. The ceiling was painted by Clara Webb. "
            "She said it would take a year.")
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None] == ["said", "said"]


@pytest.mark.parametrize(("text", "cue"), [
    ("He was painted as a traitor by the opposition.", "was painted as"),
    ("The election was framed as a choice by the mayor.", "was framed as"),
])
def test_painted_as_still_reports(nlp, text, cue):
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None] == [cue]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Emma Price and her brother, Mark Price, met hospital managers on Tuesday. They said the meeting was brief.",
     "Emma Price and Mark Price"),
    # a place set beside the second noun is no second person
    ("Emma Price and the city, Leeds, met the managers on Tuesday. They said the meeting was brief.", "managers"),
])
def test_they_after_a_name_and_a_kinsman_named_beside_his_noun(nlp, text, speaker):
    assert dict(_speakers(nlp, text))["They"] == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Capt. Robert Haines said the ship was safe. Mary Cole said it was fine. The captain said he would sail.",
     "The captain", "Robert Haines"),
    ("Maj Robert Haines said the base was safe. Mary Cole said it was fine. The major said he would stay.",
     "The major", "Robert Haines"),
    # no rank given: the captain is someone else
    ("Robert Haines said the ship was safe. Mary Cole said it was fine. The captain said he would sail.",
     "The captain", "captain"),
])
def test_a_rank_abbreviated_before_the_name_is_the_noun_later(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


def test_an_abbreviated_rank_stays_out_of_the_affiliation(nlp):
    (found,) = records(nlp, "Capt. Robert Haines said the ship was safe.")
    assert (found.speaker, found.affiliation) == ("Robert Haines", None)
