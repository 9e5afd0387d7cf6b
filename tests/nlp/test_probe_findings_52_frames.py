"""Patterns of the fifty-second session (helper frames): verb frames that report words or a stance only with
the right object after them ('brushed off the criticism', 'doubled down on her claim', 'took aim at the
referees', 'touched on the subject of X'; ``guarded_frames``, ``guarded_frames.json``). The frame's words
are the cue, the verb's subject the source, the object's phrase the content; the same words with a thing
for object say nothing ('brushed off the crumbs', 'took aim at the target'). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator brushed off criticism that the plan was too costly.", "brushed off", "The senator",
     "criticism that the plan was too costly"),
    ("The coach brushed off questions about his future at the club.", "brushed off", "The coach",
     "questions about his future at the club"),
    ("The minister touched on the subject of school funding.", "touched on", "The minister",
     "the subject of school funding"),
    ("The bishop touched on the question of pay for the clergy.", "touched on", "The bishop",
     "the question of pay for the clergy"),
    ("The governor doubled down on his claim that the vote was rigged.", "doubled down on", "The governor",
     "his claim that the vote was rigged"),
    ("The mayor doubled down on her promise to cut taxes.", "doubled down on", "The mayor", "her promise to cut taxes"),
    ("The senator doubled down on her attacks on the new tax.", "doubled down on her attacks on", "The senator",
     "the new tax"),
    ("The candidate took aim at her rivals over their voting records.", "took aim at", "The candidate",
     "her rivals over their voting records"),
    ("The actress hit back at reports that she had quit the show.", "hit back at", "The actress",
     "reports that she had quit the show"),
    ("The spokesman fired back at the senator's accusations.", "fired back at", "The spokesman",
     "the senator's accusations"),
    ("The governor fired back at the mayor over the budget cuts.", "fired back at", "The governor",
     "the mayor over the budget cuts"),
    ("The union hit back at the remarks, including one by the chairman.", "hit back at", "The union", "the remarks"),
    ("The senator backed away from the claim that the vote was rigged.", "backed away from", "The senator",
     "the claim that the vote was rigged"),
    ("The company backed away from its promise to hire local workers.", "backed away from", "The company",
     "its promise to hire local workers"),
])
def test_a_frame_with_words_or_a_party_for_object_is_a_report(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The cook brushed off the crumbs from the table.",
    "She touched him lightly on the arm.",
    "The firm doubled down on its bet on electric cars.",
    "The hunter took aim at the target with a rifle.",
    "The soldiers fired back at the enemy positions.",
    "The driver backed away from the wall.",
    "She signed off on the email with her name.",
    "The boy poured cold water on the fire.",
    "The deputies fired back at the gunmen from behind a truck.",
    "The troops took aim at the rebels on the ridge.",
])
def test_the_same_words_with_a_thing_for_object_say_nothing(nlp, text):
    found = top(nlp, text)
    assert found == [], [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in found]
