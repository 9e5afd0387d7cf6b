"""Patterns of the thirty-fifth session (helper S2): speakers named with a title or an owner, or
by a firm's trade: a name after a role, a comma and an honorific ('the spokesperson of the
ministry, Mrs. Halima Musa'), a name after a body's possessive the NER took for a body or a place
('Barrington Capital's Soren Mbeki'), a firm after its trade's noun ('Chipmaker Corvex'), a person
an office's title runs into ('Vice Chair for Supervision Daniel Kessling'), the nouns 'chairperson'
and 'bench', a dateline on a line of its own ('Raipur, March 3 (PTI)') and the gender 'Shri' and
'Smt' give. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def speakers(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a name after a role, a comma and a title


@pytest.mark.parametrize("text, name", [
    ("When contacted, the spokesperson of the Federal Ministry of Power, Mrs. Halima Musa, said the ministry would cooperate.",
     "Halima Musa"),
    ("When asked, the spokesman of the Federal Ministry of Works, Mr. Olu Adeyemi, said the road would reopen.", "Olu Adeyemi"),
])
def test_a_titled_name_after_a_role_and_a_comma_is_the_speaker(nlp, text, name):
    assert speakers(nlp, text, "said") == [(name, "person")]


@pytest.mark.parametrize("text, name", [
    ("A spokeswoman for the agency, Dr. Rina Patel, said the tests were negative.", "Rina Patel"),
    ("The mayor, Ona Kessel, said the bridge would reopen.", "Ona Kessel"),
    ("The chief executive of the company, Ms Laura Finch, said profits rose.", "Laura Finch"),
])
def test_names_after_a_role_stay(nlp, text, name):
    assert speakers(nlp, text, "said") == [(name, "person")]


# ---------------------------------------------------------------- a name after a body's possessive


def test_a_name_after_a_firms_possessive_is_a_person_the_pronoun_takes(nlp):
    text = ("Finance chief Oskar Lindqvist said costs were high. Barrington Capital's Soren Mbeki wrote that the results "
            "were strong, though he cautioned that tariffs could hurt margins.")
    assert speakers(nlp, text, "wrote") == [("Soren Mbeki", "person")]
    assert speakers(nlp, text, "cautioned") == [("Soren Mbeki", "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Northwind Bank's Daniel Okafor wrote that the results were strong.", ("Daniel Okafor", "person")),
    ("Britain's Foreign Office said the talks had stalled.", ("Britain's Foreign Office", "organisation")),
    ("Microsoft's Xbox Division said sales fell.", ("Microsoft's Xbox Division", "organisation")),
])
def test_bodies_after_a_possessive_stay(nlp, text, speaker):
    cue = "wrote" if " wrote " in text else "said"
    assert speakers(nlp, text, cue) == [speaker]


# ---------------------------------------------------------------- a firm after its trade's noun


@pytest.mark.parametrize("text, name", [
    ("Shares rose.\nChipmaker Corvex says demand will double. Corvex said supply is tight.", "Corvex"),
    ("Shares rose.\nCarmaker Voltra says output will rise. Voltra said supply is tight.", "Voltra"),
])
def test_a_trades_noun_before_a_name_is_no_part_of_the_firms_name(nlp, text, name):
    assert speakers(nlp, text, "says") == [(name, "organisation")]
    assert speakers(nlp, text, "said") == [(name, "organisation")]


@pytest.mark.parametrize("text, name", [
    ("Builder Tom Rudge said the wall was unsafe.", "Tom Rudge"),
    ("Developer Aisha Karim said the app was free.", "Aisha Karim"),
])
def test_a_trade_before_a_persons_name_stays_a_role(nlp, text, name):
    assert speakers(nlp, text, "said") == [(name, "person")]


# ---------------------------------------------------------------- a person an office's title runs into


def test_a_name_closing_an_offices_title_is_a_person(nlp):
    text = ("Rules\nThe bank was criticised, according to a letter from Vice Chair for Supervision Daniel Kessling. "
            '"We will review the rules," Kessling wrote.')
    assert speakers(nlp, text, "wrote") == [("Daniel Kessling", "person")]


@pytest.mark.parametrize("text, speaker", [
    ("Minister for Health Services Laura Finch said the wards were full.", ("Laura Finch", "person")),
    ("The Department for Education said schools would reopen.", ("Department for Education", "organisation")),
    ("Head of Research Peter Vance said the data was clear.", ("Peter Vance", "person")),
])
def test_offices_and_bodies_stay(nlp, text, speaker):
    assert speakers(nlp, text, "said") == [speaker]


# ---------------------------------------------------------------- 'chairperson', 'bench'


@pytest.mark.parametrize("text, cue, speaker", [
    ("Polls\nThe chairperson said campaigns were banned.", "said", ("chairperson", "description")),
    ('Court\n"The rules are clear," the bench observed.', "observed", ("bench", "description")),
    ("Polls\nThe vice-chairperson said the vote was fair.", "said", ("vice-chairperson", "description")),
])
def test_a_chairperson_and_a_bench_are_sources(nlp, text, cue, speaker):
    assert speakers(nlp, text, cue) == [speaker]


def test_the_chairperson_named_before_stays_named(nlp):
    text = ("Polls\nElection commission chairperson Asha Verma announced the dates. "
            "The chairperson said campaigns were banned.")
    assert speakers(nlp, text, "said") == [("Asha Verma", "person")]


# ---------------------------------------------------------------- a dateline on a line of its own


def test_a_dateline_on_its_own_line_names_no_speaker(nlp):
    text = 'Roads\nRaipur, March 3 (PTI)\nDevendra Sahu claimed the road was unsafe. "Nobody fixes it," he said.'
    assert ("Raipur", "person") not in speakers(nlp, text, "said")


def test_a_person_after_a_dateline_stays(nlp):
    text = 'Roads\nLucknow, May 4 (PTI)\nRakesh Kumar claimed the road was unsafe. "Nobody fixes it," he said.'
    assert speakers(nlp, text, "said") == [("Rakesh Kumar", "person")]


def test_an_indian_honorific_gives_the_gender(nlp):
    text = ('Roads\nRaipur, March 3 (PTI)\nSenior Congress leader Shri Devendra Sahu on Sunday alleged irregularities. '
            '"Nobody fixes it," he said.')
    assert speakers(nlp, text, "said") == [("Devendra Sahu", "person")]


def test_a_female_honorific_stays_hers(nlp):
    text = 'Roads\nPatna, March 3 (PTI)\nSmt Kiran Devi said the road was unsafe. "Nobody fixes it," she said.'
    assert speakers(nlp, text, "said") == [("Kiran Devi", "person"), ("Kiran Devi", "person")]
