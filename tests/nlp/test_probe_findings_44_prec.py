"""Patterns of the forty-fourth session (helper prec): records that report nothing. 'Spend' time on an act ('spent months
crafting a plan') gives time, no report (``senses.other_sense``); one who wins or secures an endorsement ('won the
endorsement of the union') holds none of it: the giver does, nor does one who entertains or dodges questions hold them
(``receiving_verbs.txt``); and a newsletter's kicker in capitals before a dash ('FAREWELL\u2014"X," by Y') is no
speaker (``direct._name_before``). An endorsement the subject gives and a name before a dash stay. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def test_time_spent_on_an_act_is_no_report(nlp):
    text = "Mr. Hale, then chairman of the finance committee, spent months crafting a bipartisan plan bounded by two rules."
    assert records(nlp, text, "spent") == []


@pytest.mark.parametrize("text, winner", [
    ("Last month, Ms. Ortiz won the endorsement of the state's largest teachers' union.", "Ms. Ortiz"),
    ("Earlier this week Mr. Hale secured the endorsement of the county sheriff, Tom Reed.", "Mr. Hale"),
])
def test_an_endorsement_won_is_not_the_winners(nlp, text, winner):
    assert not any(r.source is not None and r.source.text == winner for r in records(nlp, text))


@pytest.mark.parametrize("text, fielder", [
    ("In a telling sign, Ms. Ortiz now entertains detailed questions about her path to the nomination almost every day.",
     "Ms. Ortiz"),
    ("Mr. Hale dodged questions about his tax returns.", "Mr. Hale"),
])
def test_questions_fielded_are_not_the_fielders(nlp, text, fielder):
    assert not any(r.source is not None and r.source.text == fielder for r in records(nlp, text))


def test_an_endorsement_given_stays(nlp):
    found = records(nlp, "The union announced its endorsement of the governor.", "announced")
    assert [contents(r) for r in found] == [["its endorsement of the governor"]]


def test_a_kicker_in_capitals_before_a_dash_is_no_speaker(nlp):
    text = ('FAREWELL\u2014"The old corner diner will close at the end of the month," by the Gazette\'s Ann Lee: '
            '"The diner, which opened in 1952, will serve its last meal on Sunday."')
    assert not any(r.source is not None and r.source.text == "FAREWELL" for r in records(nlp, text))
    found = records(nlp, 'Mayor Jane Doe - "We will rebuild the bridge before winter."')
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("Mayor Jane Doe", ["We will rebuild the bridge before winter"])]
