"""Patterns of the fifty-second session (helper phr, speech cues that are phrases): what a written
message sent out says is its sender's, whichever word the parser hung the participle of saying on
(the message, the people it went to, or the verb of sending), and even when the sender is a place or
a body ('The village released a statement saying X', ``sent_messages``); 'made no mention of X', 'called
attention to X', 'made jokes about X' and 'had high praise for X' are light-verb idioms of saying
(``light_idioms.json``). Near misses stay: a message that is no written one, a statement of accounts,
a notice one received, making no money, making a joke of a thing, praise one receives. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The village released a statement on Friday saying the road would stay shut.", "saying", "The village",
     "the road would stay shut"),
    ("The village released a statement saying the road would stay shut.", "saying", "The village",
     "the road would stay shut"),
    ("The league put out a statement saying the match had been called off.", "saying", "The league",
     "the match had been called off"),
    ("The charity blasted out an email to donors stating that the appeal had closed.", "stating", "The charity",
     "the appeal had closed"),
    ("The club handed out leaflets to fans saying the ground would move.", "saying", "The club",
     "the ground would move"),
])
def test_a_message_sent_out_says_what_its_sender_says(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("The report made no mention of the missing funds.", "made no mention of", "The report", "the missing funds"),
    ("She made a brief mention of her rival.", "made a brief mention of", "She", "her rival"),
    ("The senator has called attention to the backlog of cases.", "has called attention to", "The senator",
     "the backlog of cases"),
    ("The host made jokes about the mayor's hair.", "made jokes about", "The host", "the mayor's hair"),
    ("The coach had high praise for the young keeper.", "had high praise for", "The coach", "the young keeper"),
])
def test_light_idioms_of_mention_attention_jokes_and_praise_are_cues(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "The firm issued a statement of accounts showing a loss.",
    "The gang sent a letter bomb to the judge.",
    "He sent a package containing a book to his sister.",
    "The storm sent a tree crashing onto the road.",
    "The firm made no money from the deal.",
    "He made a joke of the whole affair.",
    "The garden has praise from every visitor.",
])
def test_no_written_message_says_nothing(nlp, text):
    assert top(nlp, text) == []


def test_a_notice_received_is_not_the_readers_saying(nlp):
    found = top(nlp, "Drivers received a notice on Thursday announcing that fares would rise.")
    assert all(r.source is None or r.source.text != "Drivers" for r in found)
