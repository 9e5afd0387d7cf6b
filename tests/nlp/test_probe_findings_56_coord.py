"""Where a reported clause's content ends (fifty-sixth session, helper coord): a list whose next members the parser
read as an apposition of the content's last noun goes on with the content ('called for fairness, the closure of
loopholes and relief for families': ``listed_members``), and a condition right after the content that the parser hung
on the cue or made the main clause is part of what was said ('promised to cut fares should she win the seat':
``condition_ends``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("She said the plan had long called for fairness, the closure of loopholes and relief for families.", "said", "She",
     "the plan had long called for fairness, the closure of loopholes and relief for families"),
    ("He described himself as the first gentleman, first husband or even first dude.", "described", "He",
     "himself as the first gentleman, first husband or even first dude"),
    ("The governor noted the floods, her support for rescue crews and her work to bring jobs to the valley.", "noted",
     "The governor", "the floods, her support for rescue crews and her work to bring jobs to the valley"),
])
def test_a_list_read_as_an_apposition_goes_on_with_the_content(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("She praised the coach, a former player and longtime scout.", "praised", "She", "the coach"),
    ("He criticized the law, a measure that banned drilling and fracking.", "criticized", "He", "the law"),
    ("He welcomed the ruling, the end of a long fight for the tenants and their families.", "welcomed", "He",
     "the ruling"),
])
def test_a_description_after_the_content_stays_out(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("She promised to cut fares should she win the seat.", "promised", "She", "to cut fares should she win the seat"),
    ("The minister declined to name a successor if the board rejects him.", "declined", "The minister",
     "to name a successor if the board rejects him"),
    ("The coach said the team would stay in the league if the owners paid.", "said", "The coach",
     "the team would stay in the league if the owners paid"),
])
def test_a_condition_right_after_the_content_is_part_of_it(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("She said yes if asked.", "said", "yes"),  # a one word said: the writer's condition on the saying
])
def test_a_condition_on_the_cue_stays_out(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [c.text for r in found for c in r.contents] == [content]


def test_a_conditional_cue_takes_no_condition(nlp):
    assert all(not any("if asked" in c.text for c in r.contents) for r in records(nlp, "She would agree to the deal if asked."))
