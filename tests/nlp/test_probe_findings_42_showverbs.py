"""Patterns of the forty-second session (helper showverbs): 'show' with a noun of disposition as
its object ('showed no sign of backing down', 'has shown little interest in a merger', 'has shown
an inclination to settle') reports the subject's stance: the cue runs to the noun's preposition
and the content is what the sign or interest is of (``shown_signs``). Not 'show' with another
object ('showed the crowd a map'). A noun that gathers polls or records ('an average of polls',
'a batch of emails') finds what they find (``findings.finding_word``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, cue, content", [
    ("The striking drivers showed no sign of backing down after the vote.", "The striking drivers",
     "showed no sign of", ["backing down after the vote"]),
    ("The board has shown little interest in a merger with its rival.", "The board",
     "has shown little interest in", ["a merger with its rival"]),
    ("The mayor has shown an inclination to settle the dispute.", "The mayor",
     "has shown an inclination", ["to settle the dispute"]),
])
def test_a_disposition_shown_is_a_stance(nlp, text, source, cue, content):
    found = [r for r in records(nlp, text) if r.cue is not None and r.cue.text == cue]
    assert found, [r.cue.text for r in records(nlp, text) if r.cue is not None]
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


def test_showing_a_thing_is_no_stance(nlp):
    found = records(nlp, "At the meeting the engineer showed the residents a map of the new road.")
    assert not any(r.cue is not None and "show" in r.cue.text for r in found)


@pytest.mark.parametrize("text, source, content", [
    ("An average of recent surveys shows the incumbent leading by four points.", "An average of recent surveys",
     ["the incumbent leading by four points"]),
    ("A batch of internal emails showed the two offices had shared staff for years.", "A batch of internal emails",
     ["the two offices had shared staff for years"]),
])
def test_a_gathering_of_polls_finds(nlp, text, source, content):
    found = [r for r in records(nlp, text) if r.cue is not None and "show" in r.cue.text]
    assert found and found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content
