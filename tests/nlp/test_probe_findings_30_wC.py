"""Patterns found in the thirtieth session: a source's phrase that runs on into when, where or how
it spoke (``attribution/occasions.py``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _sources(nlp, text, cue):
    return [a.source.text for a in records(nlp, text, cue)]


# ---------------------------------------------------------------- a medium's phrase set off by commas


@pytest.mark.parametrize("text, cue, source", [
    ("Ms Okafor, in a supplementary question, noted that the bridge had been closed twice.", "noted", "Ms Okafor"),
    ("The chief executive of the lender, in her annual letter, said margins had narrowed.", "said",
     "The chief executive of the lender"),
    ("A spokesman for the port authority, in an email to reporters, said the berth was closed.", "said",
     "A spokesman for the port authority"),
    ("Tenants of the estate, at a public hearing, complained that the lifts were broken.", "complained",
     "Tenants of the estate"),
])
def test_a_medium_set_off_after_the_source_is_not_who_spoke(nlp, text, cue, source):
    assert _sources(nlp, text, cue) == [source]


# ---------------------------------------------------------------- an adverbial clause after a name


@pytest.mark.parametrize("text, source", [
    ('"The water took everything," said fisherman Rahul Menon, 44, when met at the shelter.',
     "fisherman Rahul Menon, 44"),
    ('"We will appeal," said Clara Benitez, a lawyer for the tenants, when contacted on Friday.',
     "Clara Benitez, a lawyer for the tenants"),
])
def test_an_adverbial_clause_after_the_name_is_not_who_spoke(nlp, text, source):
    assert _sources(nlp, text, "said") == [source]


# ---------------------------------------------------------------- a time the parser hung on the source


@pytest.mark.parametrize("headline", ["A", "Nurses demand inquiry into ward closures"])
def test_a_day_hung_on_the_source_is_not_who_spoke(nlp, headline):
    text = f"{headline}\nLeaders of the region's largest nurses union on Thursday called for an inquiry."
    assert _sources(nlp, text, "called for") == ["Leaders of the region's largest nurses union"]


def test_a_day_after_a_name_and_age_is_not_who_spoke(nlp):
    text = '"We will rebuild," said Mr Ong, 51, on Sunday.'
    assert _sources(nlp, text, "said") == ["Mr Ong, 51"]


# ---------------------------------------------------------------- what tells who spoke stays


@pytest.mark.parametrize("text, cue, source", [
    # a participle of anonymity set off by commas is the writer's; a relative clause is the source's
    ("Three guards, speaking on condition of anonymity because they feared reprisals, said the gate was open.",
     "said", "Three guards"),
    ("Three guards, who spoke on condition of anonymity, said the gate was open.", "said",
     "Three guards, who spoke on condition of anonymity"),
    ('"The roof fell in," said Lena Park, who was visiting her aunt.', "said", "Lena Park, who was visiting her aunt"),
    ('"It was loud," said Dev Rao, 71, of Leicester.', "said", "Dev Rao, 71, of Leicester"),
    ("Moretti, at the Institute for Fiscal Studies, said the gap was widening.", "said",
     "Moretti, at the Institute for Fiscal Studies"),
    ("Inspectors at the meeting said the dam was sound.", "said", "Inspectors at the meeting"),
    ("The tenants who wrote to her on Thursday said the fees were unfair.", "said",
     "The tenants who wrote to her on Thursday"),
    # a poll is dated by its time; a time within an apposition describes the role
    ("A Brixham poll in March showed that most renters feared eviction.", "showed", "A Brixham poll in March"),
    ("Okoye, the party's nominee in 2016, said the count was flawed.", "said", "Okoye, the party's nominee in 2016"),
    ("A survey taken last month found that most renters feared eviction.", "found", "A survey taken last month"),
    ("Ruth Ames, chief of staff to the governor six years ago, when the levee failed, said the warnings were clear.",
     "said", "Ruth Ames, chief of staff to the governor six years ago, when the levee failed"),
])
def test_what_tells_who_spoke_stays_in_the_source(nlp, text, cue, source):
    assert _sources(nlp, text, cue) == [source]
