"""Patterns of the fiftieth session (helper rk): a stance taken as an act in words, a light verb, an act
noun and its preposition in the cue ('took a swipe at X', 'offered a defense of X'), is kept whatever
the ranker's threshold (``act_cues``): the threshold read the cue by its light verb. Not a blow struck
by a group, a subject that receives the act, nor heed paid. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor took a swipe at her rival.", "took a swipe at", "The governor", "her rival"),
    ("The mayor offered a spirited defense of the housing levy.", "offered a spirited defense of", "The mayor",
     "the housing levy"),
    ("The bishop offered kind words about the volunteers.", "offered kind words about", "The bishop", "the volunteers"),
    ("Mayor Dana Okafor took a swipe at the council.", "took a swipe at", "Mayor Dana Okafor", "the council"),
])
def test_a_stance_taken_as_an_act_in_words_is_kept(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "Rebels launched an attack against the convoy.",  # a raid by a group: blows, no words
    "The new rules drew criticism for their cost.",  # the subject receives the act
    "The committee devoted attention to the flooding.",  # heed paid, no words aimed at anyone
    "The striker took a shot at goal.",
])
def test_no_act_in_words_is_kept_for_these(nlp, text):
    assert top(nlp, text) == []
