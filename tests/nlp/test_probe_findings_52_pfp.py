"""Patterns of the fifty-second session (helper pfp, verbs of the lexicon in a literal sense): a verb of
saying or of a stance whose object is a thing one opens, presses, hails or moves with the body
(``handled_nouns.txt``) is an act of the hands, no words and no stance, as a finite verb and as a set-off
participle alike ('walked out, slamming the door', 'hailed a taxi': ``handled_objects``). Near misses stay
reports: a name or a judgement given to the thing ('called the gate a disgrace'), the figure 'slammed the door
on X', and a real report beside the act. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text", [
    "The waiter walked out, slamming the door.",
    "She left the room, slamming the door behind her.",
    "He slammed the door and left without a word.",
    "She slammed the door shut behind her.",
    "She sat at her desk, slamming the drawer shut.",
    "He slammed the window open and shouted.",
    "He stood on the corner, calling a cab.",
    "She ran outside, hailing a taxi.",
    "Commuters were hailing taxis in the rain.",
    "She called an ambulance after the crash.",
    "The nurse pressed the button and called the lift.",
    "The goalkeeper rejected the ball with his fist.",
    "The driver blasted the horn twice.",
    "Blasting the horn, the bus driver pulled away.",
    "He walked off the pitch, slamming his fist into the post.",
])
def test_a_thing_handled_is_no_report(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator walked out, slamming the decision as a betrayal.", "slamming", "The senator",
     "the decision as a betrayal"),
    ("The minister left the hall, blasting the plan as reckless.", "blasting", "The minister", "the plan as reckless"),
    ("The union chief stood up, calling the offer an insult.", "calling", "The union chief", "the offer an insult"),
    ("The critic called the gate a disgrace to the city.", "called", "The critic", "the gate a disgrace"),
    ("The editor slammed the door policy as cruel.", "slammed", "The editor", "the door policy as cruel"),
    ("The senator slammed the door on the talks.", "slammed", "The senator", "the door on the talks"),
    ("Protesters marched on the embassy, rejecting the deal.", "rejecting", "Protesters", "the deal"),
    ("The premier spoke for an hour, hailing the agreement as historic.", "hailing", "The premier",
     "the agreement as historic"),
    ("Reviewers slammed the new phone for its weak battery.", "slammed", "Reviewers",
     "the new phone for its weak battery"),
    ("The mayor hailed the agreement, saying it would bring jobs.", "saying", "The mayor", "it would bring jobs"),
    # (the model's lemma of 'taxes' is 'taxis': no taxi hailed)
    ("The governor slammed the new taxes.", "slammed", "The governor", "the new taxes"),
])
def test_a_stance_or_a_name_given_still_reports(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_a_report_beside_the_act_stays(nlp):
    text = "The driver slammed the door, saying the road was closed."
    assert records(nlp, text, "slammed") == []
    ok, shown = found_report(top(nlp, text), "saying", "The driver", "the road was closed")
    assert ok, shown
