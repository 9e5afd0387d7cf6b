"""Patterns of the forty-eighth session (helper nc): cue words no rule proposed, counted by lemma and
frame over the misses with the share of their places that are cues. A stance verb with a noun object
('foresee'); phrasal cues ('diverge on', 'size up', 'tick off', 'open up about'); not 'prescribe' nor
'tussle over', whose objects are as often a drug or a ball as a view (two and two right on train); a
pair whose entry lists its prepositions is a cue only with one of them ('opened up about X', not
'opened up a lead'); 'lay out' only with a plan or a view for object (``laid_out``), not a thing
set down. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The harbour pilots foresee a long dispute over the new tolls.", "foresee", "The harbour pilots",
     "a long dispute over the new tolls"),
    ("The two mayors diverge on funding for the river ferry.", "diverge on", "The two mayors",
     "funding for the river ferry"),
    ("The valley farmers are sizing up the rival water plans.", "sizing up", "The valley farmers",
     "the rival water plans"),
    ("The governor ticked off a long list of roads she had repaired.", "ticked off", "The governor",
     "a long list of roads she had repaired"),
    ("The retired goalkeeper opened up about his fear of flying.", "opened up about", "The retired goalkeeper",
     "his fear of flying"),
    ("The harbour master laid out his plan for the new docks.", "laid out", "The harbour master",
     "his plan for the new docks"),
    ("The council leader laid out her vision for the old mill district.", "laid out", "The council leader",
     "her vision for the old mill district"),
])
def test_a_cue_no_list_held_reports(nlp, text, cue, source, content):
    found, listed = found_report(top(nlp, text), cue, source, content)
    assert found, listed


@pytest.mark.parametrize("text, cue", [
    ("The young striker has opened up a five-point lead in the scoring table.", "has opened up"),
    ("The workers opened up the old tunnel under the square.", "opened up"),
    ("The waiter laid out the plates and glasses on the long table.", "laid out"),
    ("The gardener laid out the seedlings in neat rows.", "laid out"),
    ("The doctor prescribed antibiotics for the infection.", "prescribed"),
    ("Two players tussled over the ball near the corner flag.", "tussled over"),
])
def test_a_thing_opened_or_set_down_reports_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []
