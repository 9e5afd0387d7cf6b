"""Patterns of the fortieth session (helper bndshort): 'by name' right after an object content says how the
object was named and goes with it ('did not mention her rival by name'), as PolNeAR holds it
(``objects._by_name``); another phrase with 'by' after the object stays out of the content ('criticized the plan by
letter' is no naming). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The senator did not mention her rival by name in the speech.", "did not mention", ["her rival by name"]),
    ("Ms. Orla criticized the council by name on Tuesday.", "criticized", ["the council by name"]),
])
def test_by_name_goes_with_the_object(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert [contents(r) for r in found] == [content]


def test_another_by_phrase_stays_out(nlp):
    found = records(nlp, "The senator criticized the plan by letter on Monday.", "criticized")
    assert found and all(" by " not in " ".join(contents(r)) for r in found)
