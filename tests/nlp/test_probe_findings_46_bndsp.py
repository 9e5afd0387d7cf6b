"""Patterns of the forty-sixth session (helper bndsp): where a content ends. A colon right after a
content, outside any quotation, opens words that spell it out, and the content runs on to the end of
its sentence ('mocking a familiar target: the parking office'; ``colon_tails``), unless a quotation
or another source's report follows the colon. A 'because', 'if' or 'unless' clause right after the
content, with no comma before it, that the parser hung on a verb of saying is the speaker's reason or
condition and part of the content ('called the plan a mistake because X'; ``stated_reasons``); not
after a stance or an act, nor a clause with a report of its own, nor the anonymity formula's reason.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, expected", [
    ("The new ad opens by mocking a familiar target: the city's parking office.",
     "mocking", ["a familiar target: the city's parking office"]),
    ("The senator spent the evening attacking a rival who trails him badly in the polls: the former mayor of Dunmore.",
     "attacking", ["a rival who trails him badly in the polls: the former mayor of Dunmore"]),
])
def test_a_colon_after_the_content_spells_it_out(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected


def test_a_quotation_after_the_colon_is_not_run_on(nlp):
    (record,) = records(nlp, 'The new ad opens by mocking a familiar target: "Nobody likes the parking office."', "mocking")
    assert contents(record)[0] == "a familiar target"


@pytest.mark.parametrize("text, cue, expected", [
    ("The mayor called the plan a mistake because few people live near the site.",
     "called", ["the plan a mistake because few people live near the site"]),
    ("The coach threatened to quit unless the board paid him more.", "threatened", ["to quit unless the board paid him more"]),
])
def test_a_reason_or_condition_hung_on_the_cue_is_part_of_the_content(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected


def test_the_anonymity_formulas_reason_is_not(nlp):
    text = "Two officials described the meeting on the condition of anonymity because they were not authorized to discuss it."
    (record,) = records(nlp, text, "described")
    assert "because" not in " ".join(contents(record))


@pytest.mark.parametrize("text, cue, outside", [
    ("The council opposed the bypass because it would cut through the wetlands.", "opposed", "because"),
    ("The mayor called the plan a mistake because she said the costs had doubled.", "called", "because"),
])
def test_a_stances_reason_or_a_report_of_its_own_stays_out(nlp, text, cue, outside):
    (record,) = records(nlp, text, cue)
    assert outside not in " ".join(contents(record))
