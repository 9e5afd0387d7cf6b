"""Patterns of the fortieth session (helper allnc), non-speech attributions nothing was proposed
for. An appearance with a pronoun subject ('he seems to have lapsed into X', 'they appear to be
united') is the writer's reading, with no source, as one with a noun subject is (``seem``); not
'I seem', 'you seem', a relative pronoun's clause ('a driver who seemed confused'), nor an
infinitive that reports ('he seemed to indicate that X': his report).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("But in the last debate, he seems to have lapsed into using an old argument.", "seems",
     ["he", "to have lapsed into using an old argument"]),
    ("They appear to be united in their view of the budget.", "appear", ["They", "to be united in their view of the budget"]),
])
def test_an_appearance_with_a_pronoun_subject_has_no_source(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [content]
    assert found[0].source is None


@pytest.mark.parametrize("text, cue", [
    ("I seem to have lost my keys on the train.", "seem"),
    ("The clerk waved to a driver who seemed confused by the detour.", "seemed"),
    ("He seemed to indicate that he would run again.", "seemed"),
])
def test_no_appearance_for_the_first_person_a_relative_or_a_report(nlp, text, cue):
    assert not [r for r in records(nlp, text, cue) if r.source is None]

