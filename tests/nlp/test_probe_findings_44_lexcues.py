"""Patterns of the forty-fourth session (helper lexcues): verbs of judging or casting their object the
stance list lacked ('stance_verbs.txt'): 'disregarded the court's warning', 'underestimated the cost',
'foreshadowed deep cuts', 'depicts the founder as a gambler'; the subject holds a view of what the
object names, a record whose content is the object. A thing that depicts a scene ('The mural depicts a
ship') holds none. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The union leader disregarded the court's warning.", "disregarded", "The union leader", ["the court's warning"]),
    ("The council badly underestimated the cost of the new bridge.", "underestimated", "The council",
     ["the cost of the new bridge"]),
    ("The mayor has foreshadowed deep cuts to the library budget.", "has foreshadowed", "The mayor",
     ["deep cuts to the library budget"]),
    ("The documentary depicts the founder as a reckless gambler.", "depicts", "The documentary",
     ["the founder as a reckless gambler"]),
])
def test_a_verb_of_judging_takes_its_object(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == content


def test_a_picture_of_a_scene_holds_no_view(nlp):
    assert records(nlp, "The mural depicts a ship in a storm.", "depicts") == []
