"""Regressions found by the sixty-second session's review of its own rules: each rule muted a report it was not
written for (a year that is a time, not a song's; a thing handed over that says something; an amount that is the
possessor's, not the charge's), and the rule's own case still holds."""

from __future__ import annotations

import pytest


def _cues(nlp, text):
    return [(a.cue.text, a.source.text if a.source else None) for a in nlp(text)._.sourcebook_attributions
            if a.cue is not None]


@pytest.mark.parametrize("text, cue, source", [
    # 'hit' after a year that is a time ('in 2016'), not a song's ('the 1968 hit X'): ``show_business``
    ("The governor in 2016 hit the mayor over the budget shortfall at a rally in Dunmore.", "hit", "The governor"),
    # a thing handed over with a clause of what it says is no gift: ``good_turns``
    ("Prosecutors presented the jury with evidence that the accountant had forged the ledgers.", "presented",
     "Prosecutors"),
    # an amount in the possessor is no fee: ``fee_charges``
    ("The $40 billion fund's charge that regulators had overreached was rejected by the court.", "charge",
     "The $40 billion fund's"),
])
def test_a_rule_leaves_a_report_it_was_not_written_for(nlp, text, cue, source):
    assert (cue, source) in _cues(nlp, text)


@pytest.mark.parametrize("text, cue", [
    ("Her 2004 hit Broken Lanterns topped the charts for nine weeks.", "hit"),
    ("The rotary club presented the school with a cheque for new library books.", "presented"),
    ("Councillors approved a £5 charge for garden waste collections.", "charge"),
])
def test_the_rule_still_mutes_its_own_case(nlp, text, cue):
    assert cue not in [c for c, _ in _cues(nlp, text)]
