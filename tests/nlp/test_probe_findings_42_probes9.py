"""Patterns of the forty-second session (helper probes9), found by running short pieces of what an
extractor leaves of web pages that are no news reports (recipes, reviews, forum posts, bios, job
ads, encyclopaedic and travel text, personal essays) through the pipeline. A passive 'known' with
'as' and a proper noun or quoted words gives a thing's name, not anyone's knowledge ('The town is
known as Little Lisbon'), 'shows signs of X' a state seen, no finding, and 'agree to' a thing
consent to a deal, no view held ('you agree to the storing of cookies': ``senses.other_sense``);
a reputation stays ('known as a stickler for discipline'), and so do 'agreed to pay X' and
'agreed that X'; one's own body, heart or gut 'begs' or 'tells'
only as a figure ('My body was begging me to stop': ``mute.holds_nothing``); a forum post's
'Edit:' and a sports page's 'Team news:' label a line before a colon and name no speaker
(``line_labels.txt``). The real reports such pages hold stay ('Customers say X', 'Historians
believe X', 'Locals say X'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text", [
    "The old port town is known as Little Lisbon.",
    'Among economists, the pattern is known as "sticky wages".',
    "By clicking Accept, you agree to the storing of cookies on your device.",
    "The landlord agreed to a rent freeze after the tenants complained.",
    "The oak desk shows signs of heavy use.",
    "The patient showed no sign of recovery after the first week.",
    "By mile twenty my body was begging me to stop.",
    "My gut told me the deal was too good to be true.",
])
def test_a_name_a_state_or_ones_own_body_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Edit: I already tried restarting the router twice.",
    "Team news: the captain is expected to return after injury.",
])
def test_a_line_label_before_a_colon_names_no_speaker(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text == ":"] == []


@pytest.mark.parametrize("text, cue, source", [
    ("Customers say the battery lasts all day.", "say", "Customers"),
    ("Historians believe the bridge was built by monks.", "believe", "Historians"),
    ("Locals say the best time to visit is early autumn.", "say", "Locals"),
    ("The governing body said the rules would change next season.", "said", "The governing body"),
    ("The company and its governing body said the rules would change.", "said",
     "The company and its governing body"),
    ("Her doctor told her the results were normal.", "told", "Her doctor"),
    ("The minister is known to favour lower taxes, aides said.", "said", "aides"),
    ("The survey shows that most drivers want safer roads.", "shows", "The survey"),
    ("The new coach is known as a stickler for discipline.", "is known as", None),
    ("The landlord agreed to pay for the repairs.", "agreed", "The landlord"),
    ("The tenants agreed that the rent was fair.", "agreed", "The tenants"),
])
def test_real_reports_on_such_pages_stay(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert (found[0].source.text if found[0].source is not None else None) == source
