"""Patterns of the fortieth session (the lead, from helper allnc's finding): a verb the cue tagger
knows keeps a particle no word list names, for the tagger reads the particle itself ('laid out
his plan to X', 'rattled off a list of X'); not when the object holds a report of its own ('offered
up a remark he later said he regretted': the inner report stands). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor laid out her plan to rebuild the harbour over ten years.", "laid out", "The governor",
     "her plan to rebuild the harbour over ten years"),
    ("At the rally the senator rattled off a list of grievances against the capital.", "rattled off", "the senator",
     "a list of grievances against the capital"),
])
def test_a_tagger_verb_keeps_its_particle(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


def test_an_object_holding_a_report_leaves_the_report_alone(nlp):
    text = "The mayor offered up a remark that aides later said he regretted."
    said = records(nlp, text, "said")
    assert len(said) == 1 and said[0].source is not None and said[0].source.text == "aides"
    assert not records(nlp, text, "offered up")
