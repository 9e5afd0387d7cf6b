"""Patterns of the fifty-third session (helper objc, a verb of saying whose content is the object of its
preposition): a noun of manner (``manner_nouns.txt``: 'record', 'condition', 'background', 'behalf') after a
preposition of a topic, or with an owner, is what was said about, not how it was said ('boasted about her
record on crime', 'complained of conditions in the depot'; ``spoken_at.said_how``). Near misses stay: the
phrases of manner themselves ('spoke on the record', 'on condition of anonymity', 'on behalf of the club',
'for the record'). Every sentence is written for the test, in several genres (politics, labour, sport, health)."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor boasted about her record on crime.", "boasted about", "The governor", "her record on crime"),
    ("The union complained about conditions in the depot.", "complained about", "The union",
     "conditions in the depot"),
    ("Nurses warned of conditions on the children's ward.", "warned of", "Nurses", "conditions on the children's ward"),
    ("The coach spoke about his record against the champions.", "spoke about", "The coach",
     "his record against the champions"),
])
def test_a_noun_of_manner_after_a_topic_preposition_is_the_topic(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The minister spoke on the record.",
    "The coach spoke on behalf of the club.",
    "The aide spoke for the record.",
    "The inspector spoke on background.",
])
def test_a_phrase_of_manner_is_no_content(nlp, text):
    assert [r for r in top(nlp, text) if r.contents] == []
