"""Patterns of the thirty-ninth session (helper nest): a second report closing another report's
content stands on its own (``trailing_reports``). A participle of saying set off by a comma or a
dash, with no subject of its own, ends the first content ('The mayor said X, adding that Y'); so
does a report in a clause of time or contrast with a speaker of its own ('X even as critics said
Y', 'X while the council insisted Y'). Not a participle taken by a preposition ('criticized him
for saying X'), nor a clause of cause ('because she thought X'), nor one inside a quotation.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _top(nlp, text, cue):
    return [a for a in records(nlp, text, cue=cue) if a.parent is None]


@pytest.mark.parametrize("text, outer, inner, content", [
    ("The harbor master said the new pier would open in May, adding that ferries would run every hour.",
     "said", "adding", "the new pier would open in May"),
    ("The mayor insisted that the tax was \"fair to every household,\" claiming that most shops had backed it.",
     "insisted", "claiming", "that the tax was \"fair to every household,\""),
])
def test_a_set_off_participle_of_saying_is_a_report_of_its_own(nlp, text, outer, inner, content):
    found = _top(nlp, text, outer)
    assert len(found) == 1
    assert [c.strip() for c in contents(found[0])] in ([content], [content.removeprefix("that ")])
    assert _top(nlp, text, inner)


def test_a_participle_after_a_quotation_is_the_speakers_next_report(nlp):
    text = 'The coach said his players were "tired but proud," adding, "We will be back next year."'
    found = _top(nlp, text, "said")
    assert found and contents(found[0]) == ['his players were "tired but proud,"']
    found = _top(nlp, text, "adding")
    assert found and found[0].source is not None and found[0].source.text == "The coach"
    assert contents(found[0]) == ["We will be back next year"]


@pytest.mark.parametrize("text, outer, content, inner, inner_content", [
    ("The board announced it would cut the library grant even as several trustees said the town could afford it.",
     "announced", "it would cut the library grant", "said", "the town could afford it"),
    ("The minister argued the rail plan was too costly while the unions insisted it would pay for itself.",
     "argued", "the rail plan was too costly", "insisted", "it would pay for itself"),
])
def test_a_clause_of_time_or_contrast_holds_its_own_report(nlp, text, outer, content, inner, inner_content):
    found = _top(nlp, text, outer)
    assert found and contents(found[0]) == [content]
    found = _top(nlp, text, inner)
    assert found and contents(found[0]) == [inner_content]


def test_a_participle_taken_by_a_preposition_stays_in_the_report(nlp):
    text = "The senator criticized the governor for saying that the bridge was safe."
    found = _top(nlp, text, "criticized")
    assert found and "saying" in " ".join(contents(found[0]))
    assert not _top(nlp, text, "saying")


def test_a_clause_of_cause_stays_in_the_report(nlp):
    text = "The coach said he rested the striker because he thought the pitch was too wet."
    found = _top(nlp, text, "said")
    assert found and "because he thought" in " ".join(contents(found[0]))
