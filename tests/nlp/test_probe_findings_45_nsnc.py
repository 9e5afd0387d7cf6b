"""Patterns of the forty-fifth session (helper nsnc): a passive verb of judging with its judgement
set right on the subject, no 'as' ('The ferry terminal is considered an eyesore', 'the permits
were deemed invalid'), holds a belief whose content is the subject and the predicate, with no
source unless an agent names one (``deemed``); 'look to' with an infinitive is an aim, as 'seek
to' is ('Harbour officials looked to calm the dispute'), not 'look to' with a noun ('look to the
courts'), 'looked at X', nor 'looking to prove that X' (``looked_to``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The old ferry terminal is widely considered an eyesore.", "is widely considered",
     ["The old ferry terminal", "an eyesore"]),
    ("Several of the permits were deemed invalid after the review.", "were deemed",
     ["Several of the permits", "invalid"]),
    # the subject shared with a first verb, a clause for the subject
    ("Other bidders are still in the race but are not considered serious contenders.", "are not considered",
     ["Other bidders", "serious contenders"]),
    ("What happened last week can hardly be considered a setback.", "can hardly be considered",
     ["What happened last week", "a setback"]),
])
def test_a_passive_judgement_set_on_its_subject(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and found[0].source is None
    assert contents(found[0]) == content


def test_a_passive_judgement_names_its_agent(nlp):
    found = records(nlp, "The tower was considered by residents an eyesore.", "was considered")
    assert found and found[0].source is not None and found[0].source.text == "residents"
    assert contents(found[0]) == ["The tower", "an eyesore"]


def test_naming_to_a_post_is_no_judgement(nlp):
    assert not records(nlp, "She was named chair of the harbour board.", "was named")


@pytest.mark.parametrize("text, cue, source, content", [
    ("Harbour officials looked to calm the dispute before the vote.", "looked", "Harbour officials",
     ["to calm the dispute before the vote"]),
    ("The council is looking to cut fees for small shops.", "is looking", "The council", ["to cut fees for small shops"]),
])
def test_look_to_with_an_infinitive_is_an_aim(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert found and found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue", [
    ("The old pier looked to the harbour lights.", "looked"),
    ("She looked at the plan and frowned.", "looked"),
    # the inner verb reports: its clause is no aim of the looking
    ("He will be looking to prove that his win was no fluke.", "will be looking"),
])
def test_look_without_an_aim_is_no_cue(nlp, text, cue):
    assert not records(nlp, text, cue)
