"""Patterns of the fortieth session (helper prec): words that look like reports and are none.

A thing that raises questions, fears or doubts asks nothing: 'The scandal prompted questions about
whether X' gives the questions to no one, and its subject is no source (``causes``); one who can
speak keeps them ('The newspaper raised questions about X'). 'Was quick to X', 'slow to Y' say how
soon the subject acted, no stance (``raising_adjectives.txt``). 'Turned 81', 'hit 35%', 'topped $40':
a level reached, nothing said; 'hit the airwaves', 'hit the road': a medium or a place gone to
(``senses``); 'hit the mayor for X' stays a report. A clause before a colon is no speaker ('The
problem for the club is simple: X', ``markers._named_colon``), nor a thing's noun before its phrase
('Another problem for Holt: X', ``markers._thing_label``); a name is. Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, noun", [
    ("The scandal has prompted questions about whether the minister can survive.", "questions about"),
    ("The vote left serious doubts about whether the coalition would hold.", "doubts about"),
    ("Her sudden departure prompted questions about how the department would be run.", "questions about"),
    ("The long delays at the border have sparked fears that the harvest will rot in the fields.", "fears"),
    ("The flooding renewed doubts about whether the old levee can hold.", "doubts about"),
    ("The power cut triggered worries that the grid cannot cope with the heat.", "worries"),
    ("The late change to the timetable raised questions about who had approved it.", "questions about"),
])
def test_a_thing_that_raises_questions_is_no_source(nlp, text, noun):
    assert not [r for r in records(nlp, text) if r.cue is not None and noun in r.cue.text and r.source is not None]


@pytest.mark.parametrize("text, source", [
    ("The newspaper raised questions about whether the mayor had paid the fine.", "The newspaper"),
    ("Critics of the plan have raised questions about whether the mayor had paid the fine.", "Critics of the plan"),
])
def test_one_who_can_speak_keeps_the_questions_raised(nlp, text, source):
    found = records(nlp, text, "questions about")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        (source, ["whether the mayor had paid the fine"])]


@pytest.mark.parametrize("text", [
    "Democrats were quick to seize on the remarks.",
    "Council members were quick to welcome the decision.",
    "Residents were slow to return after the flood.",
    "The regulator was swift to respond to the complaints.",
    "The league was fast to fine the club after the match.",
])
def test_how_soon_one_acted_is_no_stance(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text.split()[-1] in (
        "quick", "slow", "swift", "fast")]


def test_a_state_of_mind_with_its_clause_stays(nlp):
    found = records(nlp, "The coach was confident that the team would win the cup.")
    assert any(contents(r) == ["the team would win the cup"] for r in found)


@pytest.mark.parametrize("text, verb", [
    ("Bloomfield turned 81 on New Year's Day.", "turned"),
    ("The governor turned 60 on Saturday.", "turned"),
    ("The morning show hit 35% last week.", "hit"),
    ("Only the evening bulletin on the public channel hit 40%.", "hit"),
    ("Shares of the company topped $40 in early trading.", "topped"),
    # a place or a medium gone to
    ("The candidate finally hit the airwaves this month with an advert about housing.", "hit"),
    ("As the storm passed, the mayor hit the phones on behalf of stranded families, with a robocall to voters.", "hit"),
    ("The governor hit the road on Monday for a tour of the flooded towns.", "hit"),
])
def test_a_level_reached_is_no_report(nlp, text, verb):
    assert not records(nlp, text, verb)


def test_a_verb_of_reaching_with_a_person_for_its_object_stays(nlp):
    found = records(nlp, "The governor hit the mayor for his handling of the storm.", "hit")
    assert [r.source.text for r in found if r.source is not None] == ["The governor"]


@pytest.mark.parametrize("text", [
    "The problem for the club is simple: too few fans buy season tickets.",
    "But the manager was far less upbeat: \"We have a long way to go.\"",
    "The task ahead is hard: the council must find new money by May.",
    "Another problem for Holt: the budget gap keeps growing.",
    "The big worry for Mayor Okafor: turnout in the northern wards.",
])
def test_a_clause_before_a_colon_is_no_speaker(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text == ":"]


def test_a_name_before_a_colon_stays_a_speaker(nlp):
    found = records(nlp, "Mayor Diane Holt: \"We will rebuild the bridge.\"", ":")
    assert [r.source.text for r in found if r.source is not None] == ["Mayor Diane Holt"]
