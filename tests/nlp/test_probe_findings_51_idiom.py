"""Patterns of the fifty-first session (helper idiom): light-verb idioms of saying or stance, a light verb
and one noun that say together what a verb of saying would ('made the case that X', 'took issue with X',
'drew attention to X'; ``light_idioms``, ``light_idioms.json``). The whole idiom is the cue, the verb's
subject the source, the that-clause or the preposition's object the content; the verb or the noun alone
is no cue ('fixed the issue with the engine', 'sent word processors'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator took issue with the budget figures.", "took issue with", "The senator", "the budget figures"),
    ("Her lawyer takes issue with the ruling.", "takes issue with", "Her lawyer", "the ruling"),
    ("The minister made the case that bus fares should fall.", "made the case", "The minister",
     "bus fares should fall"),
    ("The mayor has made a strong case that the bridge is unsafe.", "made a strong case", "The mayor",
     "the bridge is unsafe"),
    ("The coach made the point that the players were tired.", "made the point", "The coach",
     "the players were tired"),
    ("The bank gave assurances that deposits were safe.", "gave assurances", "The bank", "deposits were safe"),
    ("The judge took the view that the contract was void.", "took the view", "The judge", "the contract was void"),
    ("The general sent word that the bridge had fallen.", "sent word", "The general", "the bridge had fallen"),
    ("The manager let slip that the plant would close.", "let slip", "The manager", "the plant would close"),
    ("The nurse drew attention to the long queues at the clinic.", "drew attention to", "The nurse",
     "the long queues at the clinic"),
    ("The governor is making an impassioned case to a gathering of farmers that she can fix the roads.",
     "making an impassioned case", "The governor", "she can fix the roads"),
])
def test_a_light_verb_idiom_is_one_cue(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The mechanic fixed the issue with the engine.",
    "The clerk took issue number 5 off the shelf.",
    "The shop sent word processors to the school.",
    "The baker made a cake for the party.",
    "The tourists took the view from the tower.",
    "The porter made the case for the violin out of oak.",
])
def test_the_verb_or_the_noun_alone_says_nothing(nlp, text):
    found = top(nlp, text)
    assert found == [], [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found]


def test_the_case_for_a_topic_is_left_to_the_threshold(nlp):
    """'made the case for X' may be made by deeds as well as words: its record is judged as others are;
    its content, when kept, ends before a relative clause set off by a comma."""
    e = nlp.get_pipe("sourcebook_attributions").extractor
    ranker = next(v for v in vars(e).values() if hasattr(v, "threshold"))
    saved, ranker.threshold = ranker.threshold, 0.0
    try:
        found = top(nlp, "The mayor made the case for a new bridge, which the council later built.")
    finally:
        ranker.threshold = saved
    ok, shown = found_report(found, "made the case for", "The mayor", "a new bridge")
    assert ok, shown
