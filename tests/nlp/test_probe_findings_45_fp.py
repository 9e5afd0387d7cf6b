"""Patterns of the forty-fifth session (helper fp): records no reader would call a report. 'Turn'
with an object moves a thing ('turned their guns on the crowd', 'turned the tables on his rival')
and 'the tables turned on X' is an idiom of fortune: no stance is taken against anyone, while
'turned on his allies' and 'turned against the deal' still are (``senses.other_sense``). A stance
denied in a relative clause ('a councillor who has not endorsed a candidate', 'voters who have not
decided') says who someone is, no stance held (``noncues.not_a_cue``); a verb of speech there still
reports ('who has not said whether she will run'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _cues(nlp, text: str) -> list[str]:
    return [r.cue.text for r in records(nlp, text) if r.cue is not None]


@pytest.mark.parametrize("text", [
    "The soldiers turned their rifles on the fleeing villagers.",
    "The young challenger turned the tables on the veteran mayor at the debate.",
    "The tables turned on the governor when the audit came out.",
    "The council turned the complaint back on the developer.",
])
def test_a_thing_turned_is_no_stance(nlp, text):
    assert not any(cue.startswith("turn") for cue in _cues(nlp, text))


@pytest.mark.parametrize("text, cue", [
    ("The senator turned on his old allies after the vote.", "turned on"),
    ("Several union members turned against the trade deal last week.", "turned against"),
])
def test_turning_on_someone_is_still_a_stance(nlp, text, cue):
    assert cue in _cues(nlp, text)


@pytest.mark.parametrize("text", [
    "Ms. Ortiz, a councillor who has not endorsed a candidate, spoke at the rally.",
    "Voters who have not decided which candidate to back will matter most.",
])
def test_a_stance_denied_in_a_relative_clause_is_no_record(nlp, text):
    assert _cues(nlp, text) == []


def test_speech_denied_in_a_relative_clause_still_reports(nlp):
    assert "has not said" in _cues(nlp, "The senator, who has not said whether she will run, spoke at the rally.")
