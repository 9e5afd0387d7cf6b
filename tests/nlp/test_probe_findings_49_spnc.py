"""Patterns of the forty-ninth session (helper spnc): direct quotations whose speaker the parser hung
inside the quotation. A name right after the closing mark followed by a participle set off by commas
before the cue is the cue's subject ('"...," Ann Lee, wearing a cap, said'), also when the name has a
role and a place before it ('Ohio delegate Ann Pruitt'); a space (a no-break space) between the closing
mark and an inverted cue hides nothing ('"...,"\u00a0added Lee'). A participle after a subject the
cue already has stays that subject's, and a participle aside that is the sentence's own subject's
keeps the sentence's source. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("\u201cWe will win this seat,\u201d Brennan, wearing a red scarf and holding a sign, said calmly as the "
     "crowd cheered.", "said", "Brennan", "We will win this seat"),
    ("\u201cWe will win this seat,\u201d Brennan, standing on a chair, told the crowd.", "told", "Brennan",
     "We will win this seat"),
    ("\u201cWe\u2019ve had better weeks than this one,\u201d Ohio delegate Ann Pruitt, wearing a straw hat and "
     "\u201cVote Lee\u201d badges, said calmly as the band played.", "said", "Ohio delegate Ann Pruitt",
     "We\u2019ve had better weeks than this one"),
    ("\u201cWe will win this seat and the next one,\u201d\u00a0added Brennan.", "added", "Brennan",
     "We will win this seat and the next one"),
    ("\u201cWe will win this seat and the next one,\u201d added Brennan.", "added", "Brennan",
     "We will win this seat and the next one"),
])
def test_a_speaker_hung_inside_the_quotation(nlp, text, cue, source, content):
    found, listed = found_report(records(nlp, text), cue, source, content)
    assert found, listed


@pytest.mark.parametrize("text, cue, source", [
    ("The mayor, smiling, said the vote was a win.", "said", "The mayor"),
    ("\u201cWe will win this seat,\u201d Brennan, a former teacher who runs the club, said.", "said",
     "Brennan, a former teacher who runs the club"),
])
def test_a_subject_already_found_stays(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert [r.source.text for r in found if r.source is not None] == [source]


@pytest.mark.parametrize("text", [
    "The plan, announced in May, said nothing about fares.",
    "\u201cHome,\u201d the sign read, swinging in the wind.",
    "The river, swollen by rain, flooded the lower town.",
])
def test_no_speaker_from_an_aside(nlp, text):
    assert all(r.source is None or r.source.text not in ("May", "the wind", "rain") for r in records(nlp, text))
