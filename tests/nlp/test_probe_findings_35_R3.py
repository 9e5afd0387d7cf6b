"""Patterns of the thirty-fifth session (helper R3): reports inside another's quotation or proposal
that pass on no claim (``inner.py``): a question or view with nobody named for it ('"The question
is whether X"'), a wish ('"I wish we had the money"'), a bare verb in a proposal's clause ('suggested
the village ask X'); and a gerund under a verb of liking ('does not like being asked what he
knows', ``noncues.py``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- inside a quotation or proposal


@pytest.mark.parametrize("text, cue", [
    ("\"Delays are common,\" she said. \"The question is whether this one is short.\"", "The question is"),
    ("\"The question is how long it lasts,\" he said.", "The question is"),
    ("\"I wish we had the money,\" Trustee Nancy Ho said.", "wish"),
    ("\"I hope the rain stops,\" she said.", "hope"),
    ("Resident Bill Carney suggested the village ask local businesses to sponsor the park.", "ask"),
    ("\"We suggest the board tell parents the school is closing,\" she said.", "tell"),
])
def test_a_report_inside_another_that_passes_on_no_claim(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue", [
    ("He said the officials told him the road was safe.", "told"),
    ("\"The report says the bridge is unsafe,\" he said.", "says"),
    ("\"We expect the vote to pass,\" she said.", "expect"),
    ("\"We believe the vote will pass,\" she said.", "believe"),
    ("\"We suggest the board tell parents the school is closing,\" she said.", "suggest"),
    ("Resident Bill Carney suggested the village ask local businesses to sponsor the park.", "suggested"),
])
def test_a_report_inside_another_that_passes_one_on_stays(nlp, text, cue):
    assert len(records(nlp, text, cue)) == 1


# ---------------------------------------------------------------- a gerund under a verb of liking


def test_a_gerund_under_a_verb_of_liking_is_no_cue(nlp):
    assert records(nlp, "Mr Atherley does not like being asked what he knows.") == []


def test_a_gerund_of_being_told_a_claim_stays(nlp):
    assert len(records(nlp, "He recalled being told that the plant was safe.", "being told")) == 1
    assert len(records(nlp, "She remembers saying that the plan would fail.", "saying")) == 1
