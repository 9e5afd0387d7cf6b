"""Patterns of the thirty-fifth session (helper C1): content boundaries around a trailing reporting
clause and a colon (``trailing``): a noun's 'that' clause after the cue clause is the writer's; both
clauses joined by 'and' before a trailing cue are reported; a phrase after a cue clause set
mid-sentence goes on with the report; the clause after a colon that ends the reported clause spells
it out. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("Harlow is ready to change the oil price cap, Finance Minister Oskar Valde said on Friday, in the clearest sign "
     "yet that the coalition is split.", "said", ["Harlow is ready to change the oil price cap"]),
    ("The chief risk officer left the bank in 2022 and the position remained vacant for eight months, the report found.",
     "found", ["The chief risk officer left the bank in 2022 and the position remained vacant for eight months"]),
    ("The average listing price of a used EV fell to $28,900, the report found, down from $36,400 a year earlier.",
     "found", ["The average listing price of a used EV fell to $28,900", "down from $36,400 a year earlier"]),
    ("The governor said the fix is simple: raise rates.", "said", ["the fix is simple: raise rates"]),
    ("She told reporters the answer was clear: the city must borrow.", "told", ["the answer was clear: the city must borrow"]),
])
def test_content_around_a_trailing_cue_and_a_colon(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [content]


def test_the_writers_i_before_a_colon_is_a_belief(nlp):
    text = "By Howard Tessaro\n\nI believe the fix is straightforward: raise the cap on insured deposits.\n"
    found = records(nlp, text, "believe")
    assert [(a.kind, a.source.text, a.speaker, contents(a)) for a in found] == [
        ("belief", "I", "Howard Tessaro", ["the fix is straightforward: raise the cap on insured deposits"])]


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said in a statement that the plan is dead.", "said", ["the plan is dead"]),
    ("The board said on Tuesday, in a filing, that the merger would close in May.", "said",
     ["the merger would close in May"]),
    ("The strike will go ahead, the union said on Monday, in a move that could close every port.", "said",
     ["The strike will go ahead"]),
    ("The mayor left office in 2019 and said the city was broke, aides said.", "said", ["the city was broke"]),
    ('The mood was grim: "We have lost everything," one resident said.', "said", ["We have lost everything"]),
    ('The governor said the fix is simple: "Raise rates."', "said", ["the fix is simple", "Raise rates"]),
])
def test_contents_that_stay(nlp, text, cue, content):
    assert content in [contents(a) for a in records(nlp, text, cue)]
