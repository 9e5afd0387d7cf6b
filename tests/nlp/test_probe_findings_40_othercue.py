"""Patterns of the fortieth session (helper othercue): a verb joined by 'and' that the parser hung
on a verb of another form deep in the clause before it (a relative clause's present for a past)
goes on the subject's series (``tense_series``): the first report ends before 'and', and the
second verb is a report of its own with the same source. Not inside a reported clause, whose
subject goes on ('said she could not support X but understood Y'), nor after a verb of the same
tag ('is criticizing the delays in paying X and saying Y'). Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, first, first_content, second, second_content", [
    ("He has also called on the council to close the plant that pollutes the river and proposed a new park along the bank.",
     "has also called on", ["the council to close the plant that pollutes the river"], "proposed", ["a new park along the bank"]),
    ("She has defended the budget that cuts school funds and vowed to restore the money next year.",
     "has defended", ["the budget that cuts school funds"], "vowed", ["to restore the money next year"]),
    ("The governor has criticized the agency that manages the dams and demanded a full inquiry.",
     "has criticized", ["the agency that manages the dams"], "demanded", ["a full inquiry"]),
    ("The coach has praised the players who carry the team and vowed to keep the squad together.",
     "has praised", ["the players who carry the team"], "vowed", ["to keep the squad together"]),
])
def test_a_verb_in_the_series_of_the_subject_is_a_report_of_its_own(nlp, text, first, first_content, second, second_content):
    found = records(nlp, text)
    one = next(r for r in found if r.cue is not None and r.cue.text == first)
    two = next(r for r in found if r.cue is not None and r.cue.text == second)
    assert contents(one) == first_content
    assert two.parent is None and contents(two) == second_content
    assert one.source is not None and two.source is not None and two.source.text == one.source.text


def test_a_verb_in_a_reported_clause_stays_in_the_report(nlp):
    text = "The senator said she could not support the plan that cuts the budget but understood why others did."
    found = [r for r in records(nlp, text, "said") if r.parent is None]
    assert [contents(r) for r in found] == [["she could not support the plan that cuts the budget but understood why others did"]]
    assert not records(nlp, text, "understood")


def test_a_verb_after_one_of_the_same_tag_stays_where_the_parser_hung_it(nlp):
    from sourcebook.nlp.attribution.tense_series import tense_series

    doc = nlp("She is criticizing the delays in paying the contractors and saying the agency could not explain them.")
    assert tense_series(doc) == ({}, {})
