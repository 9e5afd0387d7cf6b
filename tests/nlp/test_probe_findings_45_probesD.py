"""Patterns of the forty-fifth session (helper probesD), found by writing short passages in genres
not probed before: central banks, aviation, shipping, cyber breaches, food safety, space agencies,
carmakers, wildlife, climate talks, strikes, royal and celebrity news, games, fashion, press
releases, wire roundups, op-eds, press conferences, terms of service, reviews and settlements.

Bodies and people these genres name as speakers are speaking nouns ('The brand said', 'The zoo
announced', 'The astronaut said'; ``source_nouns.txt``). A verb of writing or posting with an
infinitive of saying is one cue with it, as 'phoned to say X' is ('Readers wrote in to say X';
``wrapped``). A quotation after 'read in part:' or 'in full:' is the text's words, as after a colon
(``quote_verbs``). Instruments and faculties say nothing ('The satnav told us to turn left',
'Tradition says X'; ``mute_subjects.txt``). A press release's dateline, with its year and newswire
('NEW YORK, Jan. 5, 2024 /PRNewswire/ --'), is no part of the source (``candidate.DATELINE``).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _shown(found):
    return [(r.source.text if r.source else None, r.cue.text if r.cue else None, contents(r)) for r in found if r.parent is None]


@pytest.mark.parametrize("text, source, content", [
    ("The brand announced that it would stop using real fur.", "The brand", "it would stop using real fur"),
    ("The zoo announced that the panda was pregnant.", "The zoo", "the panda was pregnant"),
    ("The laboratory confirmed that the samples were contaminated.", "The laboratory", "the samples were contaminated"),
    ("The astronaut said the station's heater had broken again.", "The astronaut", "the station's heater had broken again"),
    ("The exchange said trading would resume at noon.", "The exchange", "trading would resume at noon"),
    ("The gang claimed it had stolen tax records from the council.", "The gang", "it had stolen tax records from the council"),
    ("The singer's estate said the song would be released next year.", "The singer's estate",
     "the song would be released next year"),
])
def test_bodies_and_people_of_these_genres_speak(nlp, text, source, content):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source
    assert contents(found) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Many readers wrote in to say they agreed with the column.", "wrote in to say", "Many readers",
     "they agreed with the column"),
    ("She wrote to say that she was sorry.", "wrote to say", "She", "she was sorry"),
    ("The singer tweeted to say she was safe.", "tweeted to say", "The singer", "she was safe"),
])
def test_a_verb_of_writing_and_its_infinitive_of_saying_are_one_cue(nlp, text, cue, source, content):
    assert _shown(records(nlp, text)) == [(source, cue, [content])]


def test_a_refusal_keeps_its_own_cue(nlp):
    found = _shown(records(nlp, "The company refused to say whether it had paid the ransom."))
    assert [cue for _, cue, _ in found] == ["refused"]


@pytest.mark.parametrize("text, source, content", [
    ("The company's statement read in part: \"We deeply regret the distress this has caused.\"", "The company's statement",
     "We deeply regret the distress this has caused"),
    ("The note read in full: \"Gone fishing until Monday.\"", "The note", "Gone fishing until Monday"),
])
def test_a_quotation_after_in_part_is_the_texts(nlp, text, source, content):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source
    assert [c.strip(".") for c in contents(found)] == [content]


def test_reading_a_text_in_full_quotes_nothing(nlp):
    assert records(nlp, "He read in full the letter from the mayor.") == []


@pytest.mark.parametrize("text", [
    "The dashboard says the tyre pressure is low.",
    "The satnav told us to turn left into a field.",
    "The GPS said we had arrived, but there was nothing there.",
    "Tradition says the bride must not see the dress before the wedding.",
    "My instinct told me to run.",
])
def test_instruments_and_faculties_say_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source", [
    ("NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp. today announced that it had hired a new chief executive.", "Acme Corp."),
    ("AUSTIN, Texas, June 2, 2025 (GLOBE NEWSWIRE) -- Brightwave Inc. said revenue rose 12 percent.", "Brightwave Inc."),
])
def test_a_press_release_dateline_is_no_part_of_the_source(nlp, text, source):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source
