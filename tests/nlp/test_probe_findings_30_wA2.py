"""Speakers found in the thirtieth session (wA2): 'the company' and 'the operator' after a
regulator or a firm named in a possessive, a role noun introduced before as someone else, a
title the article gave a person, 'His family', and a body named beside a group noun the tagger
took for a name. Every sentence is written for the test; each text opens with its headline."""

from __future__ import annotations

import pytest
from probe_records import records


def speakers(nlp, text, cue="said"):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- 'the company', 'the operator'


@pytest.mark.parametrize("text, cue, speaker", [
    ("Rexgen therapy approved for rare disorder\nRexgen's therapy won FDA approval in March. "
     "The company says fewer than 60 patients have been treated.", "says", "Rexgen"),
    ("Regulator halts gene trial\nThe FDA placed a hold on Tavos Therapeutics' gene editing trial, "
     "the company said Monday.", "said", "Tavos Therapeutics"),
])
def test_the_company_is_the_firm_not_the_regulator(nlp, text, cue, speaker):
    assert speakers(nlp, text, cue) == [(speaker, "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("Flights resume after runway closure\nShe declined to say whether the hydraulic fault had occurred before. "
     "The airport operator said it did not expect further disruption.", "airport operator"),
    ("Power restored after crash\nAn AAIB spokesperson confirmed the aircraft had struck a pylon. "
     "The electricity network operator said supply had been restored.", "electricity network operator"),
])
def test_an_operator_with_no_firm_named_stays_a_description(nlp, text, speaker):
    assert speakers(nlp, text)[-1:] == [(speaker, "description")]


@pytest.mark.parametrize("text, speaker", [
    ("Rail firm fined\nWestline Rail was fined £2m after a signal failure. The operator said it had improved its checks.",
     "Westline Rail"),
    ("Carmaker cuts jobs\nThe carmaker Norvik Motors will cut 4,000 jobs, the company said.", "Norvik Motors"),
    ("Shares fall\nShares in Harwell Dynamics fell after the FDA rejected its drug. The company said it would resubmit.",
     "Harwell Dynamics"),
])
def test_the_firm_named_before_is_still_the_company(nlp, text, speaker):
    assert speakers(nlp, text)[-1:] == [(speaker, "organisation")]


@pytest.mark.parametrize("text", [
    "Regulator fines lender\nBritain's financial regulator fined the lender on Tuesday. The company said it would appeal.",
    "Lawyer defends deal\nAlan Reed's lawyer said the deal was fair. The company said it would appeal.",
])
def test_a_place_or_a_person_owning_a_thing_is_no_company(nlp, text):
    assert speakers(nlp, text)[-1:] == [("company", "description")]


# ---------------------------------------------------------------- people described or titled before


def test_a_role_noun_introduced_before_is_that_someone(nlp):
    text = ("Farmer fined over sheep\nLane told the court that a neighbour had agreed to feed the sheep. "
            "The neighbour, however, told the court he had made no such promise.")
    assert speakers(nlp, text, "told") == [("Lane", "person"), ("neighbour", "description")]


@pytest.mark.parametrize("text, speaker", [
    ("Minister defends cuts\nHealth minister Jo Marr said the cuts were needed. "
     "The minister added that waiting lists would fall.", ("Jo Marr", "person")),
    ("Council in row over bins\nA spokesman for Dunmore Council said collections would resume. "
     "The spokesman added that staff had been ill.", ("spokesman for Dunmore Council", "description")),
])
def test_a_role_held_or_described_before_is_unchanged(nlp, text, speaker):
    assert speakers(nlp, text, "added") == [speaker]


def test_a_title_the_article_gave_is_the_person(nlp):
    text = ("Carer jailed for theft\nRecorder Julian Feltham described the offence as mean. "
            "\"You took advantage of her trust,\" the Recorder told him.")
    assert speakers(nlp, text, "told") == [("Julian Feltham", "person")]


def test_a_paper_named_before_the_title_is_still_the_paper(nlp):
    text = ("Paper's editor apologises\nThe Recorder said its editor had apologised. "
            "Recorder Julian Feltham described the offence as mean.")
    assert speakers(nlp, text) == [("Recorder", "organisation")]


@pytest.mark.parametrize("text, speaker", [
    ("Pilot killed in crash named\nThe pilot has been named as Geoffrey Tallis. His family said he loved flying.",
     "Geoffrey Tallis's family"),
    ("Singer dies at 70\nMaria Lenz died on Sunday after a short illness. Her family said she had died peacefully.",
     "Maria Lenz's family"),
])
def test_his_family_is_the_family_of_the_man_named_before(nlp, text, speaker):
    assert speakers(nlp, text) == [(speaker, "description")]


def test_a_family_described_stays_a_description(nlp):
    text = "Family speaks out\nA family in Dunmore said the council had ignored them."
    assert speakers(nlp, text) == [("family in Dunmore", "description")]


# ---------------------------------------------------------------- a body beside its group noun


@pytest.mark.parametrize("text, speaker", [
    ("Cabin crew threaten strike\nThe cabin crew union, CrewUnite, said the roster was unsafe.", "CrewUnite"),
    ("Energy supplier fined\nThe operator, Nordline Energy, said it would appeal.", "Nordline Energy"),
])
def test_a_body_named_beside_its_noun_speaks(nlp, text, speaker):
    assert speakers(nlp, text) == [(speaker, "organisation")]


def test_a_group_noun_with_a_clause_stays_a_description(nlp):
    text = "Union leader speaks\nThe union, which represents 4,000 drivers, said talks had failed."
    assert speakers(nlp, text) == [("union", "description")]
