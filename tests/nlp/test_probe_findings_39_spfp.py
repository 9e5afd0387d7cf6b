"""Patterns of the thirty-ninth session (helper spfp: speech records that match nothing). A bare
verb of talking takes no clause: 'As the mayor spoke in the square, the crowd grew' tells when,
'He talks to everyone' how, so neither is a report of what follows; 'spoke about X', 'spoke
out', 'talked at length about X' and a quotation beside the verb still are (``senses``). A verb
of naming in the active whose only complement is one person, read by the parser as the name
given, is a phone call ('The governor called Ada Lindqvist.'), and so is one with a person
object and the time after it ('called both mayors Sunday night'); a name given still is
('called the levy "a tax on hope"'; ``objects``). 'deny' with two objects withholds one from the other
('The rebels denied the governor a clean victory'), no claim denied (``noncues``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("As the mayor spoke in the square, the crowd grew restless and began to leave.", "spoke"),
    ("The hall fell silent as Ms. Ferreira spoke, and the vote was delayed until noon.", "spoke"),
    ("He talks to everyone all the time, and his staff have stopped trying to keep up.", "talks"),
    ("While the senator was speaking on the radio, protesters gathered outside the station.", "was speaking"),
])
def test_a_bare_verb_of_talking_reports_nothing(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The minister spoke about the flood defences for an hour.", "spoke about", "the flood defences"),
    ("Ms. Osei has been talking to her advisers about a run for the Senate.",
     "has been talking", "about a run for the Senate"),  # (past the one addressed: ``particle_reach``)
])
def test_talking_about_a_topic_is_still_a_cue(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert found and contents(found[0])[0].startswith(content)


@pytest.mark.parametrize("text", [
    "A week later, the governor called Ada Lindqvist.",
    "The premier called both mayors Sunday night and flew to the coast on Monday.",
])
def test_a_person_phoned_is_no_name_given(nlp, text):
    assert [a for a in records(nlp, text) if a.cue is not None and a.cue.text == "called"] == []


def test_a_name_given_is_still_a_report(nlp):
    found = records(nlp, 'The union leader called the levy "a tax on hope."', "called")
    assert found and "a tax on hope" in " ".join(contents(found[0]))


def test_denying_someone_a_thing_is_no_denial(nlp):
    text = "The rebels forced a second ballot and denied the governor a clean victory."
    assert records(nlp, text, "denied") == []


def test_denying_a_claim_is_still_a_report(nlp):
    found = records(nlp, "The ministry denied the report that the dam had cracked.", "denied")
    assert found and "the report" in " ".join(contents(found[0]))
