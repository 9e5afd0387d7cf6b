"""Patterns of the thirty-fourth session (helper R1): speakers named in an aside, after a
description or as a share: a name a clause gives ('who asked to be identified only by her first
name, Marisol', 'One driver I'll call Teresa'), a body or a noun set beside 'one', one name beside
a plural noun or a firm's noun, a share written as a ratio or a split fraction, a body noun for a
sector or an inquest, and a word read as an adjective after 'named'. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import records


def speakers(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a name a clause gives


@pytest.mark.parametrize("text, name", [
    ("One driver, who asked to be identified only by her first name, Marisol, said the app cut her pay.", "Marisol"),
    ("One nurse, who would give only her first name, Dana, said the ward was full.", "Dana"),
    ("One driver I'll call Teresa says the app cut her pay.", "Teresa"),
    ("One driver, who we are calling Ana to protect her identity, said the queue was long.", "Ana"),
    ("The woman, whom we are calling Ana, said the queue was long.", "Ana"),
])
def test_a_name_a_clause_gives_is_the_speaker(nlp, text, name):
    cue = "says" if " says " in text else "said"
    assert speakers(nlp, text, cue) == [(name, "person")]


@pytest.mark.parametrize("text, speaker", [
    ("One driver, who gave only his first name, Karim, said the app cut his pay.", ("Karim", "person")),
    ("One user, who gave his name only as Dean, said the queue was long.", ("Dean", "person")),
    ("The employee, who asked not to be named, said the queue was long.", ("employee", "description")),
    ("The company, which named Jane Doe as chief executive, said profits rose.", ("company", "description")),
    ("The board, which called Smith a liar, said profits rose.", ("board", "description")),
])
def test_names_given_before_and_no_name_stay(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [speaker]


def test_a_body_a_clause_names_is_that_body(nlp):
    text = "The firm, which I will call Northwind, said the queue was long."
    assert speakers(nlp, text, "said") == [("Northwind", "organisation")]


# ---------------------------------------------------------------- what is set beside 'one'


@pytest.mark.parametrize("text, cue, speaker", [
    ("One of those companies, Brightline Media Holdings, denied any wrongdoing.", "denied",
     ("Brightline Media Holdings", "organisation")),
    ("One of the firms, Halcott Ltd, said the queue was long.", "said", ("Halcott Ltd", "organisation")),
    ("Some residents are worried. One, a retired surveyor who lives opposite, said he feared the worst.", "said",
     ("retired surveyor", "description")),
    ("Some drivers are angry. One, a driver I will call Teresa, said the app cut her pay.", "said", ("Teresa", "person")),
])
def test_what_is_set_beside_one_is_the_speaker(nlp, text, cue, speaker):
    assert speakers(nlp, text, cue) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("One of the lawyers, Justin Bamberg, said the queue was long.", ("Justin Bamberg", "person")),
    ("Brightline Media Holdings, one of those companies, said the queue was long.",
     ("Brightline Media Holdings", "organisation")),
])
def test_a_person_beside_one_and_a_name_first_stay(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [speaker]


# ---------------------------------------------------------------- a firm beside a plural or a firm's noun


@pytest.mark.parametrize("text, cue, name", [
    ("The architects, Studio Fennimore, have said the design is sound.", "have said", "Studio Fennimore"),
    ("Another practice, Sefton Gray, said the plans were flawed.", "said", "Sefton Gray"),
    ("Harlow Dyce Associates denied wrongdoing.", "denied", "Harlow Dyce Associates"),
])
def test_a_firm_named_beside_its_noun_is_a_body(nlp, text, cue, name):
    assert speakers(nlp, text, cue) == [(name, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("The architect, Jane Doe, said the queue was long.", ("Jane Doe", "person")),
    ("The brothers, Karl and Jon Wendt, said the queue was long.", ("Karl Wendt and Jon Wendt", "group")),
    ("The two officials, Ana Ruiz and Luis Ruiz, said the queue was long.", ("Ana Ruiz and Luis Ruiz", "group")),
    ("His associates said the queue was long.", ("His associates", "group")),
])
def test_people_beside_a_role_stay_people(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [speaker]


# ---------------------------------------------------------------- shares


@pytest.mark.parametrize("text, cue, speaker", [
    ("One in five said they had stopped exporting altogether.", "said", "One in five"),
    ("Nearly two-thirds of small exporters in Tessaly say the rules have cost them orders.", "say",
     "Nearly two-thirds of small exporters in Tessaly"),
])
def test_a_share_written_as_a_ratio_or_fraction_is_a_group(nlp, text, cue, speaker):
    assert speakers(nlp, text, cue) == [(speaker, "group")]


@pytest.mark.parametrize("text, speaker", [
    ("One in three voters said they would stay home.", "One in three voters"),
    ("Two-thirds of the 40 members said no.", "Two-thirds of the 40 members"),
])
def test_shares_read_before_stay(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [(speaker, "group")]


def test_a_count_alone_stays_no_speaker(nlp):
    assert speakers(nlp, "Five said they would stay home.", "said") == [(None, "unknown")]


# ---------------------------------------------------------------- a sector, an inquest


@pytest.mark.parametrize("text, cue, speaker", [
    ("An inquest has concluded that the death was accidental.", "has concluded", "inquest"),
    ("The industry says the solution is more money.", "says", "industry"),
])
def test_a_sector_or_an_inquest_is_described(nlp, text, cue, speaker):
    assert speakers(nlp, text, cue) == [(speaker, "description")]


def test_a_described_sector_s_people_stay_a_group(nlp):
    assert speakers(nlp, "Industry experts say the solution is more money.", "say") == [("Industry experts", "group")]


# ---------------------------------------------------------------- 'named' and a word read as an adjective


def test_a_name_read_as_an_adjective_after_named_is_a_person(nlp):
    text = ("I remember an aide named Precious telling me that she had stopped eating lunch. "
            "\"I'm not hungry anyway,\" she said.")
    assert speakers(nlp, text, "telling") == [("Precious", "person")]
    assert speakers(nlp, text, "said") == [("Precious", "person")]


@pytest.mark.parametrize("text, name", [
    ("A woman named Grace said the queue was long.", "Grace"),
    ("A volunteer called Aisha Bello said the queue was long.", "Aisha Bello"),
])
def test_names_after_named_or_called_stay(nlp, text, name):
    assert speakers(nlp, text, "said") == [(name, "person")]


# ---------------------------------------------------------------- a pronoun before whom no one is named


def test_a_pronoun_no_one_before_names_is_the_person_its_report_opens_with(nlp):
    text = "State Sen. Robert Kane will not seek a fifth term, he announced Friday."
    assert speakers(nlp, text, "announced") == [("Robert Kane", "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Maria Lopez spoke first. Robert Kane will retire, she said.", ("Maria Lopez", "person")),
    ("Tom Hale spoke first. Robert Kane will retire, he said.", ("Tom Hale", "person")),
    ("The council will vote on Robert Kane's plan, he said.", (None, "unknown")),
])
def test_a_pronoun_after_one_named_before_or_of_a_thing_stays(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [speaker]
