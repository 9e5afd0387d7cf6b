"""Patterns found in the thirty-first session: role descriptions of people resolved to the last
speaker, or to a name another kind of name made a person, rather than to the one introduced with
that role. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- a role goes to the one introduced with it


@pytest.mark.parametrize("text", [
    "The minister, Fiona Strachan, apologised to MPs. The shadow justice secretary, Martin Kells, called it a shambles. "
    "The minister said she did not have the figures to hand.",
    "Fiona Strachan, the minister, announced the plan. The shadow justice secretary, Martin Kells, said it would fail. "
    '"It is funded," the minister said.',
    "Health Minister Fiona Strachan announced the plan. Justice Secretary Martin Kells said it would fail. "
    "The minister said the plan was fully funded.",
])
def test_a_role_is_the_one_introduced_by_its_noun_not_one_whose_title_reads_as_it(nlp, text):
    found = records(nlp, text)
    assert (found[-1].speaker, found[-1].speaker_kind) == ("Fiona Strachan", "person")


@pytest.mark.parametrize("text, speaker", [
    # the same noun: the last of those introduced with it
    ("The Home Secretary, Martin Kells, said the plan would work. The home secretary said it was funded.", "Martin Kells"),
    ("The coach, Hans Brandt, said the team was tired. Keeper Tom Aalst said they had lost focus. "
     "The coach said training would resume.", "Hans Brandt"),
    ("The prime minister, Ana Castell, met unions. The transport minister, Luis Ortega, said strikes would end. "
     "The minister said fares would fall.", "Luis Ortega"),
    ("Governor Alan Price met reporters on Tuesday. The governor said the state would pay.", "Alan Price"),
])
def test_a_role_introduced_with_its_holder_still_goes_to_them(nlp, text, speaker):
    assert records(nlp, text)[-1].speaker == speaker


# ---------------------------------------------------------------- no one introduced with the role


@pytest.mark.parametrize("text, speaker", [
    ('"We didn\'t panic," Luc Ferrand said. The race doctor said two riders had been taken to hospital.', "race doctor"),
    ('"It was chaos," said Priya Shah. The team doctor said two fans had been treated.', "team doctor"),
])
def test_an_office_no_one_was_introduced_with_is_not_the_last_speaker(nlp, text, speaker):
    found = records(nlp, text)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, "description")


@pytest.mark.parametrize("text, speaker", [
    # a part in the story may be the last speaker's
    ('"It was chaos," said Priya Shah. The passenger said the train stopped suddenly.', "Priya Shah"),
    ("The Duchess of Edinburgh said the charity had transformed lives. The duchess added that she hoped to return.",
     "Duchess of Edinburgh"),
    ("Democrat Ruth Calder and Republican Owen Mast debated on Monday. Calder said taxes must rise. "
     "The Democratic nominee said the rich would pay.", "Ruth Calder"),
])
def test_a_role_may_still_be_the_last_speaker_with_evidence(nlp, text, speaker):
    found = records(nlp, text)
    assert (found[-1].speaker, found[-1].speaker_kind) == (speaker, "person")


# ---------------------------------------------------------------- a nation's word for the one named


def test_a_word_of_a_race_s_name_makes_no_other_name_a_person(nlp):
    text = ("Jonas Kessling won stage 14 of the Tour de l'Ouest. It was his first Grand Tour stage win. "
            '"I\'ve dreamed of this," the German said.')
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text)] == [("Jonas Kessling", "person")]


@pytest.mark.parametrize("text, speaker", [
    ('Anna Berg won the women\'s race in Oslo. "It was hard," the Norwegian said.', "Anna Berg"),
    ("Joseph Amelize spoke at the Tour de France. Joseph said the climb was hard.", "Joseph Amelize"),
])
def test_a_nation_s_word_and_a_lone_name_still_find_their_person(nlp, text, speaker):
    assert records(nlp, text)[-1].speaker == speaker
