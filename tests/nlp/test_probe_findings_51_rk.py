"""Patterns of the fifty-first session (helper rk): reports the ranker's threshold dropped on PolNeAR train.
'In favor of X' after a verb of voting or speaking, or after a person's 'be', is a report whatever the
threshold (``in_favor``: 7 of the 8 such records it dropped on train were right); not after a verb
that takes no stance ('modified the plan in favor of X') nor a thing's 'be' ('The ruling was in favor of
X'). A person's 'attack on' stays judged by the threshold: it is as often a blow as words ('Jones's attack
on his neighbour left him with a broken jaw'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, expected", [
    ("The city council voted in favor of the new parking plan on Tuesday.", "The city council",
     ["the new parking plan"]),
    ("Councilwoman Priya Nand spoke out in favor of the library levy at the hearing.", "Councilwoman Priya Nand",
     ["the library levy"]),
    ("Senator Ann Fry was always in favor of the toll road.", "Senator Ann Fry", ["the toll road"]),
    ("Mayor Tom Hale came out in favor of the stadium deal last week.", "Mayor Tom Hale", ["the stadium deal"]),
])
def test_a_stance_voted_or_said_in_favor_is_a_report(nlp, text, source, expected):
    # (the cue runs back to the verb: 'voted in favor of', ``stance_phrases``)
    (record,) = _in_favor(nlp, text)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected


def _in_favor(nlp, text):
    return [r for r in records(nlp, text) if r.cue is not None and r.cue.text.endswith("favor of")]


@pytest.mark.parametrize("text", [
    "The ruling was in favor of the tenants.",
    "The odds are in favor of a late frost this year.",
    "The board modified the plan in favor of a smaller park.",
    "The referee's decision went in favor of the visitors.",
    "The appeals court ruling came down in favor of the tenants.",
])
def test_in_favor_of_with_no_stance_taken_is_no_report(nlp, text):
    assert _in_favor(nlp, text) == []


@pytest.mark.parametrize("text, cue", [
    ("Prosecutors said Mark Jones had planned it. Jones's attack on his neighbour left the man with a broken jaw.",
     "attack on"),
    ("The rebels' attack on the convoy killed six soldiers.", "attack on"),
])
def test_an_attack_that_may_be_a_blow_stays_judged(nlp, text, cue):
    assert records(nlp, text, cue) == []
