"""Patterns of the thirty-ninth session (helper callx), the verb 'call'. 'call X home' is the
idiom of where one lives, no label anyone puts on a thing: no cue ('the town we call home',
'the state she calls a second home'; ``objects._home``), while a name with 'home' in it still
is one ('called the bill a "home run"'). A verb joined to the infinitive of a verb of making or
urging, with no subject of its own, shares the one that infinitive's verb acts on ('led Hale to
crack a joke and call the governor "very nimble"'; ``verbs._controller``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text", [
    "Polls in the state she calls a second home show her ahead.",
    "I will fight for this great town we call home.",
])
def test_call_home_is_no_cue(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text.startswith("call")]


def test_a_name_with_home_in_it_is_still_a_label(nlp):
    found = records(nlp, 'The senator called the bill a "home run" for workers.', "called")
    assert found and "home run" in contents(found[0])[0]


def test_conjunct_of_a_controlled_infinitive_shares_its_subject(nlp):
    found = records(nlp, 'That led Senator Hale to crack a joke about golf and call the governor "very nimble," a jab at '
                         'his changing views.', "call")
    assert found and found[0].source is not None and found[0].source.text == "Senator Hale"
    assert "very nimble" in contents(found[0])[0]


def test_label_and_plea_frames_unchanged(nlp):
    found = records(nlp, "Senator Dale called on the governor to resign over the crisis.", "called on")
    assert found and contents(found[0]) == ["the governor to resign over the crisis"]
    assert not records(nlp, "She called her mother on Sunday.", "called")
    assert not records(nlp, "A group called the Liberty Fund paid for the ads.", "called")
