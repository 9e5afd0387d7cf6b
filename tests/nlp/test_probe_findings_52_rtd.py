"""Patterns of the fifty-second session (helper rtd, a red-team of the sent messages and the light
idioms): a message is its sender's only when a verb of sending puts it out ('put out', 'blasted out',
'fired off'); one who pulls out, drops off or reads out a letter has not sent it, and the letter keeps
its words. One who 'has praise from' others receives it and says nothing. Every sentence is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The Football Association put out a statement saying the referee had been stood down.", "saying",
     "The Football Association", "the referee had been stood down"),
    ("The club fired off a letter to the league claiming the fixture list was unfair.", "claiming", "The club",
     "the fixture list was unfair"),
    ("The county board posted a notice on its website saying the bridge would reopen in May.", "saying",
     "The county board", "the bridge would reopen in May"),
    ("The coach has praise for his young defenders after the derby win.", "has praise for", "The coach",
     "his young defenders"),
])
def test_a_message_sent_out_and_praise_given_still_say(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, holder", [
    ("He pulled out a letter saying he had been accepted.", "He"),
    ("The postman dropped off a letter saying my licence had expired.", "The postman"),
    ("The printer spat out a page saying the toner was low.", "The printer"),
])
def test_one_who_handles_a_message_did_not_send_it(nlp, text, holder):
    found = top(nlp, text)
    assert all(r.source is None or r.source.text != holder for r in found), found


@pytest.mark.parametrize("text", [
    "The new phone has praise from critics for its battery.",
    "This blender has praise from thousands of home cooks.",
    "She sent off a parcel containing books to her nephew.",
    "The company rolled out a feature allowing users to edit their messages.",
    "Firefighters put out a fire threatening homes near the river.",
])
def test_no_one_says_anything(nlp, text):
    assert top(nlp, text) == []


def test_a_sign_saying_something_is_its_report(nlp):
    # (no report here until the sixty-fifth pass; PolNeAR train marks words on signs and banners as reports, 3 of the
    # 4 it holds: 'carrying signs saying X', 'banners proclaiming: X'; ``speaking_nouns``)
    found = top(nlp, "The sign saying Closed was removed on Monday.")
    assert [(r.cue.text, r.source.text) for r in found] == [("saying", "The sign")]
