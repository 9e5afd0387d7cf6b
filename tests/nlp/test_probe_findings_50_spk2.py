"""Speakers of the fiftieth session (helper spk2), found by writing six long articles
(``probe_articles_50_spk2``: a profile, an investigation, a trial over four days, a match report,
a flood feature and a campaign trail piece) whose speakers come back after gaps by surname, role,
pronoun and epithet, and whose headline names a person differently from the body.

A definite noun for a person that nothing else resolves, a man or a woman or one described
('the businessman', 'the former teacher'; not a bare job, 'the defender'), in the sentence right
after one that makes a single person its subject, is that person (``epithet_after``); a surname
the NER called a work or a law is a person ('Reed-Kaur', so 'she' after it is her:
``surname_labels``); one part of a double-barrelled surname is its bearer ('Reed:' in the
headline, ``People.find``); the first part of a hyphened verb opening a sentence is no name
('Cross-examined by X, she agreed': ``anaphora``). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_articles_50_spk2 import ARTICLES, KNOWN, SPEAKERS
from probe_records import sources_and_speakers as _speakers
from probe_records import speaker_checks

parsed, test_the_articles_speakers, test_the_speakers_still_wrong = speaker_checks(ARTICLES, SPEAKERS, KNOWN)


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Ada Moss said she had not seen the foul. The young defender said she had gone for the ball.", "The young defender",
     "Ada Moss"),
    ("Tom Reyes disputes the account. The businessman says the terms were signed.", "The businessman", "Tom Reyes"),
    ('Lena Ford said the shop would close. "We tried," the former baker said.', "the former baker", "Lena Ford"),
])
def test_a_noun_for_the_one_person_the_sentence_before_was_about(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize(("text", "source"), [
    # another paragraph
    ("Ada Moss said she had not seen the foul.\n\nThe young defender said she had gone for the ball.", "The young defender"),
    # two people in the sentence before
    ("Ada Moss told Rita Vale she had not seen the foul. The young defender said she had gone for the ball.",
     "The young defender"),
    # the one named is no subject ('a win over Tom Reyes')
    ("The result was a win over Tom Reyes. The young striker said the team had earned it.", "The young striker"),
    # a bare job is someone else
    ("Ada Moss said she had not seen the foul. The defender said she had gone for the ball.", "The defender"),
    # a gathering is no person
    ("Tom Reyes spoke for an hour. The audience said he had been too long.", "The audience"),
    # the sentence before speaks of someone by that noun
    ("Ada Moss said the defender had been tired. The defender said she felt fine.", "The defender"),
    # an indefinite noun is someone new
    ("Ada Moss said she had not seen the foul. A defender said she had gone for the ball.", "A defender"),
])
def test_no_person_before_for_other_nouns(nlp, text, source):
    found = dict(_speakers(nlp, text))
    assert found[source] not in ("Ada Moss", "Tom Reyes", "Rita Vale")


def test_a_surname_the_ner_took_for_a_work_is_a_person(nlp):
    text = ("Ada Lowe-Marsh runs a bakery. Her first shop, Golden Crust, opened in 2010. It closed when the bank "
            "called in a loan that Lowe-Marsh says she never owed.\n\n\"It was unfair,\" she says.")
    assert dict(_speakers(nlp, text)).get("she") == "Ada Lowe-Marsh"


def test_a_hyphened_verb_opening_a_sentence_is_no_name(nlp):
    text = ("Mrs Hale said she had felt it move.\n\n"
            "Cross-examined by Simon Pike KC, for Mr Vance, she agreed she was not an engineer.")
    assert [s for src, s in _speakers(nlp, text) if src == "she"][-1] == "Hale"
