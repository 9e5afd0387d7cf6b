"""Patterns of the forty-first session (helper seem): appearances that the rules missed. 'it
seems X' with no 'that' before the clause, 'it seems likely that X' and 'it appears certain to X'
report the clause or judgement 'it' stands for (``seem``); not 'it seems absurd' (no clause: the
writer's word on 'it'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("It seems the council has too many committees.", "seems", ["the council has too many committees"]),
    ("It seems increasingly likely that the mayor will run again.", "seems",
     ["increasingly likely that the mayor will run again"]),
    ("It also appears certain to become a central issue in the autumn races.", "appears",
     ["certain to become a central issue in the autumn races"]),
])
def test_what_it_seems(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is None
    assert contents(found[0]) == content


def test_it_seems_with_no_clause_is_no_appearance(nlp):
    assert records(nlp, "It seems totally absurd.", "seems") == []
