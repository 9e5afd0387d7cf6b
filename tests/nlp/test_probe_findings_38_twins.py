"""Patterns of the thirty-eighth session (helper twins): helpers that did one job in two places
were merged, and these sentences hold each merged reading to its result. A role's body given by
initials is the holder's only when the letters are the initials of the holder's body in order
(``role_bodies.held_elsewhere``: 'EC' for the European Commission, never 'CE'); a participle set
off after its subject is no report, with a tense or with an infinitive after it
(``acts.set_off_participle``); a name of an event before a headline's colon speaks no words
(``topics.topic_heading``); the subject of the sentence before ('Its chief executive', 'Its
foreign ministry') is read from the article's own sentences (``subjects.main_subject``); an aside
in dashes before 'who' is skipped (``agreement.aside_start``). Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speakers(nlp, text, source):
    found = [a.speaker for a in records(nlp, text) if a.source is not None and a.source.text.startswith(source)]
    assert found, f"no record for {source!r}"
    return found


@pytest.mark.parametrize("text, speaker", [
    ("Ana Li, the president of the European Commission, met farmers in Lyon. The EC president said subsidies "
     "would stay.", "Ana Li"),
    # the same letters in another order are no initials of her body
    ("Ana Li, the president of the European Commission, met farmers in Lyon. The CE president said subsidies "
     "would stay.", "CE president"),
    ("Ana Li, the chair of the Maritime Safety Board, met fishermen in Oban. The BSM chair said inspections "
     "would double.", "BSM chair"),
    ("Ana Li, the chair of the Safety Maritime Board, met fishermen in Oban. The SMB chair said inspections "
     "would double.", "Ana Li"),
])
def test_a_role_named_by_initials_is_the_holders_only_in_order(nlp, text, speaker):
    assert _speakers(nlp, text, "The ")[-1] == speaker


@pytest.mark.parametrize("text", [
    "The new bakery, called simply Crumb, opens at six every morning.",
    "The buyer, believed to be a shipping heir, paid $4 million for the painting.",
])
def test_a_participle_set_off_after_its_subject_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_the_report_around_a_set_off_participle_is_the_reporters(nlp):
    text = "The buyer, believed to be a shipping heir, paid $4 million for the painting, the auction house said."
    (record,) = records(nlp, text)
    assert record.speaker == "auction house"
    assert record.contents[0].text.startswith("The buyer, believed to be")


@pytest.mark.parametrize("text", [
    "Harbour Lights Festival: jury hands top prize to Ilse Varga\n\nThe jury met for three days.",
    "Island Regatta: boats will set off at dawn\n\nThe race starts on Friday.",
])
def test_an_events_name_before_a_headlines_colon_speaks_no_words(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, source, speaker", [
    ("The Harlow Dock Company cut 200 jobs on Monday.\n\nIts chief executive said the cuts were painful.",
     "Its chief executive", "Harlow Dock Company's chief executive"),
    ("Norvania did not attend the talks, diplomats said. Its foreign ministry said the invitation came too late.",
     "Its foreign ministry", "Norvania's foreign ministry"),
])
def test_its_body_is_the_one_the_sentence_before_is_about(nlp, text, source, speaker):
    assert _speakers(nlp, text, source) == [speaker]


def test_who_after_an_aside_in_dashes_is_the_noun_before_it(nlp):
    text = "She met the generals -- most of whom had served abroad -- who said the plan would fail."
    assert _speakers(nlp, text, "who") == ["generals"]


def test_envoys_of_two_countries_are_two_people(nlp):
    text = "Oskar Brandt, the envoy of Norland, met reporters on Monday. The envoy of Castavia said the border would open."
    assert _speakers(nlp, text, "The envoy of Castavia") == ["envoy of Castavia"]
