"""Patterns of the thirty-fifth session (helper R2): official acts done to a thing that the act verbs
(``act_verbs.txt``, ``acts.act_done``) did not cover: words delivered or a paper submitted are a thing
handed over, a medium noun counts as words said only with what it is about, and a clause of when or
why is no clause of the act. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("The Speaker, Sir Ambrose Tilney, delivered an unusually sharp rebuke to the government on Monday after "
     "details of the plan appeared in Sunday newspapers.", "delivered"),
    ("The Speaker delivered a sharp rebuke to the government.", "delivered"),
    ("The mayor delivered his standard campaign speech in Ohio.", "delivered"),
    ("The full results will be submitted for publication in a peer-reviewed journal.", "submitted"),
    ("The group launched a petition campaign with a local charity.", "launched"),
    ("The Treasury imposed sanctions on six companies after the border was closed.", "imposed"),
])
def test_an_act_done_to_a_thing_is_no_record(nlp, text, cue):
    assert records(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The lawyers submitted that the evidence was flawed.", "submitted", "the evidence was flawed"),
    ("The company submitted a report saying the plant was safe.", "saying", "the plant was safe"),
    ("Investors bet that rates will fall.", "bet", "rates will fall"),
])
def test_an_act_with_a_clause_stays_a_record(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
