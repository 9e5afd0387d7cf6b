"""Patterns of the forty-fourth session (helper probesB), found by running whole articles of
kinds earlier probes did not use (a summit, a wire story, a Nigerian or Kenyan story, a celebrity
feud, an investigation built on documents). 'The pair said' after two people named is those two,
not a body a plural pronoun there might stand for (``groups.the_pair``). A name set beside a role
that the NER read as a place or a body, with a given name no list knows, is a person's when its
surname stands alone elsewhere in the article (``apposed_names``). A medium set off by a comma
ends the content whatever word of it the parser hung it on (``spoken_at``). A participle clause
set off by a comma is no part of a source's description ('The memo, dated X'). 'The bank' far
from the firm described by its owner ("Portugal's central bank"), when no bank is named, is that
firm (``body_nouns.described_firm``). 'Malam' is an honorific, no part of a name; a team's manager
is its coach ('City manager X ... the coach said'). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def test_the_pair_is_the_two_people_just_named(nlp):
    text = ("The actor Mara Quell and her former co-star Tobias Wren argued online all week. Quell wrote on "
            "Instagram that she was tired of the rumours. The pair later said in a joint post that they had made peace.")
    found = records(nlp, text, "said")
    pairs = [(sorted((a.speaker or "").split(" and ")), a.speaker_kind) for a in found]
    assert pairs == [(["Mara Quell", "Tobias Wren"], "group")]


@pytest.mark.parametrize("name, surname", [("Babajide Adeyemi", "Adeyemi"), ("Emeka Nwosu", "Nwosu")])
def test_a_name_beside_a_role_read_as_a_place_or_a_body(nlp, name, surname):
    text = (f"The state governor, {name}, said the bridge would be rebuilt. {surname} added that funds had been "
            "released. The governor said work would start in May.")
    assert [a.speaker for a in records(nlp, text)] == [name, name, name]


# (the parser hangs the medium on the content's verb: 'cooperate')
@pytest.mark.parametrize("text, cue, content", [
    ("The health ministers of Spain and Chile pledged on Monday to cooperate on fighting the world's epidemics, in a "
     "joint statement issued at the end of a three-day meeting in Madrid.", "pledged",
     "to cooperate on fighting the world's epidemics"),
    ("The two leaders agreed to cooperate on cleaning up the region's lakes, in a joint statement issued at the end of "
     "a summit in Geneva.", "agreed", "to cooperate on cleaning up the region's lakes"),
])
def test_a_medium_set_off_by_a_comma_ends_the_content(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_medium_with_no_comma_may_be_where_it_happened(nlp):
    found = records(nlp, "The former clerk admitted lying in a statement to the inquiry.", "admitted")
    assert [contents(a) for a in found] == [["lying in a statement to the inquiry"]]


def test_a_participle_set_off_is_no_part_of_the_description(nlp):
    found = records(nlp, 'The memo, dated June 2, says the permit "raises serious concerns."', "says")
    assert [a.speaker for a in found] == ["memo"]


def test_the_bank_far_from_the_firm_described_by_its_owner(nlp):
    text = ("Kelvaria's central bank said on Thursday that growth would slow. The bank now expects growth of 1 percent, it "
            'said. Governor Ilse Marten told reporters that inflation was easing. "The worst is over," Marten said. '
            "Finance Minister Aron Petz said the budget would not change. He told lawmakers tax revenue was strong. "
            "Opposition leader Vera Lind said households were struggling. The bank said it would publish new figures "
            "in June.")
    found = [a for a in records(nlp, text, "said") if a.source is not None and a.source.text == "The bank"]
    assert [a.speaker for a in found] == ["Kelvaria's central bank"]


def test_the_bank_is_the_bank_named_when_one_is(nlp):
    text = ("Kelvaria's central bank said on Thursday that growth would slow. Governor Ilse Marten told reporters "
            "that inflation was easing. Halden Bank said its loans were growing. Finance Minister Aron Petz said the "
            "budget would not change. Opposition leader Vera Lind said households were struggling. The bank said "
            "it would publish new figures in June.")
    found = [a for a in records(nlp, text, "said") if a.source is not None and a.source.text == "The bank"]
    assert [a.speaker for a in found] == ["Halden Bank"]


def test_a_hausa_honorific_is_no_part_of_the_name(nlp):
    text = ("The governor's aide on media, Malam Idris Kabiru, told journalists that the levies had been suspended. "
            '"The governor has listened to the traders," Kabiru said.')
    assert [a.speaker for a in records(nlp, text)] == ["Idris Kabiru", "Idris Kabiru"]


def test_a_team_manager_is_its_coach(nlp):
    text = 'Rovers manager Dario Feld praised his young goalkeeper on Saturday. "He saved us twice," the coach said.'
    assert [a.speaker for a in records(nlp, text, "said")] == ["Dario Feld"]
    text = 'Rovers coach Dario Feld praised his young goalkeeper on Saturday. "He saved us twice," the manager said.'
    assert [a.speaker for a in records(nlp, text, "said")] == ["Dario Feld"]
