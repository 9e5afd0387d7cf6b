"""Patterns of the fifty-first session (helper lexp, an audit of multi-word cues): a verb of saying or of a
stance made by its particle or preposition ('laughed off X', 'glossed over X', 'railed at X',
'reneged on X', 'summed up X', 'played up X', 'piped up that X',
``phrasal.json``) and an act of words named by a light verb's object ('heaped scorn on X', 'laid the
blame on X', ``act_nouns.txt``). Not the literal senses: a plane that touched down, a shoulder
touched, scratches glossed over. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The striker laughed off talk of a transfer.", "laughed off", "The striker", "talk of a transfer"),
    ("The mayor glossed over the budget deficit.", "glossed over", "The mayor", "the budget deficit"),
    ("The farmer railed at the new water charges.", "railed at", "The farmer", "the new water charges"),
    ("The owners reneged on their promise to keep the plant open.", "reneged on", "The owners",
     "their promise to keep the plant open"),
    ("The judge summed up the case against the defendant.", "summed up", "The judge", "the case against the defendant"),
    ("The campaign played up the candidate's military service.", "played up", "The campaign",
     "the candidate's military service"),
    ("A resident piped up that the pond had flooded twice.", "piped up", "A resident", "the pond had flooded twice"),
    ("The opposition leader heaped scorn on the budget.", "heaped scorn on", "The opposition leader", "the budget"),
    ("The inquiry laid the blame on poor maintenance.", "laid the blame on", "The inquiry", "poor maintenance"),
])
def test_a_multi_word_cue_of_saying_or_stance(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, word", [
    ("The plane touched down on the runway at noon.", "touched"),
    ("The nurse touched him on the shoulder.", "touched"),
    ("The cleaner glossed over the scratches with varnish.", "glossed"),
    ("The children played up in class all afternoon.", "played"),
])
def test_no_words_in_the_literal_sense(nlp, text, word):
    assert not [r for r in top(nlp, text) if r.cue is not None and word in r.cue.text], [
        (r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, text)]
