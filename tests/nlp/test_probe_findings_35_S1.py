"""Patterns of the thirty-fifth session (helper S1): what a body's noun or an 'it' stands for. A body
described, unnamed, as a subject since the last one that spoke ("Velmora's foreign ministry summoned
X. The ministry said"); an 'it' after a body described as the subject before it (not a body named in
a by-phrase) or as its own sentence's subject ("The bank's troubles began when it disclosed X"); a
firm named only as a survey's maker ('Analysts surveyed by FactSet') and a regulator's short name
('the FDIC') are no firm 'the bank' stands for; 'The team' after 'A team of researchers at X', and
'The employees, who ...' after 'two employees'. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def speakers(nlp, text, source):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text) if a.source is not None and a.source.text == source]


# ---------------------------------------------------------------- a body described since the last that spoke


@pytest.mark.parametrize("text, speaker", [
    ("Tarsk's commerce ministry announced new tariffs on Monday. Velmora's foreign ministry summoned the Tarsk "
     "ambassador in response. The ministry said the tariffs were illegal.", "Velmora's foreign ministry"),
    ("Dorn's health ministry said cases rose. Velmora's interior ministry closed the border on Friday. "
     "The ministry said the closure would last a week.", "Velmora's interior ministry"),
])
def test_a_body_described_since_the_last_that_spoke(nlp, text, speaker):
    assert speakers(nlp, text, "The ministry") == [(speaker, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("Tarsk's commerce ministry announced new tariffs on Monday. The ministry said the tariffs were needed.",
     "Tarsk's commerce ministry"),
    ("The Ministry of Health said cases rose. The ministry said hospitals were full.", "Ministry of Health"),
    ("Kestrel Bank said profits rose. A rival bank cut rates. The bank said margins were thin.", "Kestrel Bank"),
])
def test_the_body_that_spoke_stays(nlp, text, speaker):
    source = "The ministry" if "The ministry" in text else "The bank"
    assert speakers(nlp, text, source)[-1] == (speaker, "organisation")


# ---------------------------------------------------------------- 'it' after a described body


@pytest.mark.parametrize("text, speaker", [
    ("A division bench was hearing a petition filed by the Nehru Colony RWA. It noted that the colony had no park.",
     "division bench"),
    ("The tribunal was reviewing a complaint lodged by Harmon Logistics. It said the complaint was late.", "tribunal"),
    ("The FDIC said depositors would be paid in full. The bank's troubles began last week when it disclosed a "
     "$290 million loss.", "bank"),
])
def test_it_stands_for_the_body_described_as_the_subject(nlp, text, speaker):
    source = "It" if " It " in text else "it"
    assert speakers(nlp, text, source) == [(speaker, "description")]


@pytest.mark.parametrize("text, speaker", [
    ("Harmon Logistics filed a complaint with a tribunal. It said the tribunal was biased.", "Harmon Logistics"),
    ("The FDIC said depositors would be paid in full. It said the bank had failed.", "FDIC"),
    ("Kestrel Bank said profits rose. The bank's shares fell after it warned that costs would rise.", "Kestrel Bank"),
])
def test_it_after_a_named_body_stays(nlp, text, speaker):
    source = "It" if " It " in text else "it"
    assert speakers(nlp, text, source) == [(speaker, "organisation")]


# ---------------------------------------------------------------- a survey's maker is no firm of the article


def test_a_survey_maker_is_not_the_bank(nlp):
    text = ("Analysts surveyed by FactSet had expected $1.31 a share. Chief Financial Officer Ronald Eastley said "
            "the bank expects income to decline.")
    assert speakers(nlp, text, "the bank") == [("bank", "description")]


def test_the_bank_of_the_article_stays(nlp):
    text = ("Harlow Bank reported profit of $1.20 a share. Analysts surveyed by FactSet had expected $1.31 a share. "
            "Chief Financial Officer Ronald Eastley said the bank expects income to decline.")
    assert speakers(nlp, text, "the bank") == [("Harlow Bank", "organisation")]


# ---------------------------------------------------------------- a group's noun after its description


@pytest.mark.parametrize("text, source, speaker", [
    ("A team of researchers at Carrow University said the attack was simple. The team said it had told the "
     "companies.", "The team", ("team of researchers at Carrow University", "description")),
    ("A panel of judges at the Carrow tribunal said the law was clear. The panel said the appeal failed.",
     "The panel", ("panel of judges at the Carrow tribunal", "description")),
    ("According to two employees, the plan was dropped. The employees, who were not authorized to speak publicly, "
     "said managers knew.", "The employees, who were not authorized to speak publicly", ("two employees", "group")),
    ("Local residents said the road was dangerous. The residents, who have campaigned for years, said a child was "
     "hurt.", "The residents, who have campaigned for years", ("Local residents", "group")),
])
def test_the_noun_alone_is_the_one_described_before(nlp, text, source, speaker):
    assert speakers(nlp, text, source) == [speaker]


@pytest.mark.parametrize("text, source, speaker", [
    ("According to two employees, the plan was dropped. The employees said managers knew.", "The employees",
     ("two employees", "group")),
    ("One curator at a large Scottish museum said the loans were safe. The museum said it would check.", "The museum",
     ("museum", "description")),
])
def test_the_noun_alone_stays(nlp, text, source, speaker):
    assert speakers(nlp, text, source) == [speaker]
