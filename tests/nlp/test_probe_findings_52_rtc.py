"""Red-team of the fifty-second session's late changes (helper rtc), by passages written for the test.

A weekday after a given name is that person's surname only after a title written in full
('Detective Joe Friday said'); after a courtesy title or a title written short ('Sen. Graham Tuesday
said', 'Mr. Dean Monday said') or with no title at all ('Paul Wednesday said') the name is a surname
alone and the weekday a time (``weekday_surnames``). An 'according to' phrase that opens the sentence
and that the parser hung on its source's own modifier ('According to a memo previously kept secret, X')
sources the clause after the comma, the modifier the source's (``according_edges``). A body's name
ending in an article's surname ('Sport England' beside Jack England) is not that person's, and 'Image
credit: X' credits a picture. Kept as found
right: the near misses of the other late changes ('A boy called Tom won', 'Sport England said', 'His
ex-wife said', 'with many waiting outside', 'as protests spread, the minister said', 'pushed back the
deadline', 'The bull raged through the streets'). Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top
from probe_records import sources_and_speakers as _speakers


@pytest.mark.parametrize(("text", "expected"), [
    ("Sen. Graham Tuesday said the vote would be delayed.", [("Sen. Graham", "Graham")]),
    ("Gov. Scott Tuesday signed the budget and said it was balanced.", [("Gov. Scott", "Scott")]),
    ("Mr Dean Monday said he would appeal.", [("Mr Dean", "Dean")]),
    ("Paul Wednesday said he opposed the bill.", [("Paul", "Paul")]),
    ("Graham Tuesday told reporters that talks had stalled.", [("Graham", "Graham")]),
    # a title written in full: the weekday is the surname
    ("Detective Joe Friday said the car was stolen.", [("Detective Joe Friday", "Joe Friday")]),
    ("Retired detective Joe Friday said the car was stolen.", [("Retired detective Joe Friday", "Joe Friday")]),
])
def test_a_weekday_after_a_short_reference_is_a_time(nlp, text, expected):
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "source", "content"), [
    ("According to a memo previously kept secret, the agency lost track of 300 files.",
     "a memo previously kept secret", "the agency lost track of 300 files"),
    ("According to aides who attended but were not allowed to speak, the talks collapsed.",
     "aides who attended but were not allowed to speak", "the talks collapsed"),
    ("According to a report released on Monday, prices rose.", "a report released on Monday", "prices rose"),
    ("According to police the suspect fled on foot.", "police", "the suspect fled on foot"),
    ("According to the company, sales rose 8 per cent.", "the company", "sales rose 8 per cent"),
])
def test_an_opening_according_to_keeps_its_sources_modifier(nlp, text, source, content):
    ok, shown = found_report(top(nlp, text), "according to", source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "A boy called Tom won the spelling contest.",
    "The man accused of fraud was released on bail on Tuesday.",
    "Prices quoted in dollars rose sharply last week.",
    "A dish called the house special costs $12.",
    "With many waiting outside the hospital, the ward stayed calm.",
    "Dozens killed as fighting rages for control of the city.",
    "The board pushed back the deadline to March.",
    "The bull raged through the streets of the town.",
    "She stormed out of the meeting.",
    "The llama spat at a visitor to \"Farm World\" on Sunday.",
])
def test_near_misses_of_the_late_changes_report_nothing(nlp, text):
    assert [r.cue.text if r.cue else None for r in records(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("As protests spread, the minister said the curfew would stay.", "said", "the minister", "the curfew would stay"),
    ("Sport England said funding would rise.", "said", "Sport England", "funding would rise"),
    ("His ex-wife said he had not paid maintenance.", "said", "His ex-wife", "he had not paid maintenance"),
    ("A self-styled expert said the vaccine was unsafe.", "said", "A self-styled expert", "the vaccine was unsafe"),
    ("Two ministers announced on Friday the tax would rise.", "announced", "Two ministers", "the tax would rise"),
    ("\"No,\" she spat.", "spat", "she", "No"),
])
def test_reports_beside_the_near_misses_stay(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name ending in a surname of the article is no one of that name (``people.People.find``)
    ("Public Health England said the risk was low. Jack England, 34, said he had been ill for weeks.",
     [("Public Health England", "Public Health England"), ("Jack England, 34", "Jack England")]),
    ("Jack England said he was pleased. Sport England said funding would rise.",
     [("Jack England", "Jack England"), ("Sport England", "Sport England")]),
    ("Jack England said he was pleased. Councillor England said the park would reopen.",
     [("Jack England", "Jack England"), ("Councillor England", "Jack England")]),
    # a picture's credit with 'credit' after the picture's word (``photo_credits``)
    ("Image credit: Jane Doe/AP. She said the protest was peaceful.", [("She", None)]),
    ("Photo credit: Jane Doe. She said the protest was peaceful.", [("She", None)]),
    ("The photo credit went to Dan Moss. He said he was delighted.", [("He", "Dan Moss")]),
])
def test_a_body_or_a_credit_is_no_speaker(nlp, text, expected):
    assert _speakers(nlp, text) == expected
