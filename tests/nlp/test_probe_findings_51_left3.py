"""Patterns of the fifty-first session (helper left3): leftovers seen once in written text. A cue
adjective with an attitude's own preposition ('is opposed to X': ``attitude_adjectives``), the British
'in favour of' the cue tagger knew only as 'favor' (``spellings``), 'made clear' with no 'it' before a
bare clause the parser hung on 'made' (``made_clear``), a verb of warning the parser made the head after
a clause and a comma ('X will peak, warned the chief': ``clause_inversions``); a clause said at a place stays
what was said (the relative with an object gap, 'at the ground that he loved', is left: see the report).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor is opposed to the plan.", "opposed to", "The mayor", "the plan"),
    ("The mayor is strongly opposed to the new tax.", "opposed to", "The mayor", "the new tax"),
    ("Residents are opposed to the closure of the library.", "opposed to", "Residents",
     "the closure of the library"),
    ("The senator was opposed to any cuts.", "opposed to", "The senator", "any cuts"),
])
def test_opposed_to_is_an_attitude(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The river is close to the road.",
    "The building was opposed to the church across the square.",
])
def test_no_attitude_without_a_holder(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Councillors spoke out in favour of the plan.", "favour of", "Councillors", "the plan"),
    ("Lawmakers voted overwhelmingly in favour of the bill.", "favour of", "Lawmakers", "the bill"),
    ("Lawmakers voted overwhelmingly in favor of the bill.", "favor of", "Lawmakers", "the bill"),
])
def test_in_favour_of_as_in_favor_of(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


def test_a_ruling_in_favour_is_no_stance(nlp):
    assert records(nlp, "The ruling came down in favour of the landlord.") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Police made clear they would not tolerate violence.", "made clear", "Police", "they would not tolerate violence"),
    ("The board made clear it would sell the stadium.", "made clear", "The board", "it would sell the stadium"),
    ("The governor made plain she had no plans to resign.", "made plain", "The governor",
     "she had no plans to resign"),
    ("The coach made it clear he would stay.", "made it clear", "The coach", "he would stay"),
])
def test_made_clear_with_a_bare_clause(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The company made clear plastic bottles for years.",
    "The chef made clear soup the children loved.",
])
def test_made_clear_things_are_no_report(nlp, text):
    assert records(nlp, text, "made clear") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("The river will peak on Sunday, warned the fire chief.", "warned", "the fire chief",
     "The river will peak on Sunday"),
    ("Rain is coming, warned the fire chief.", "warned", "the fire chief", "Rain is coming"),
    ("Prices will rise again next year, estimated the treasurer.", "estimated", "the treasurer",
     "Prices will rise again next year"),
    ("The bridge will reopen in May, warned Ana Ruiz, the city engineer.", "warned", "Ana Ruiz, the city engineer",
     "The bridge will reopen in May"),
])
def test_an_inverted_warning_the_parser_made_the_head(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed


@pytest.mark.parametrize("text", [
    "The captain sounded the alarm, warned the crew.",
    "The storm will hit on Monday, warned residents to leave.",
])
def test_a_second_act_is_no_inverted_warning(nlp, text):
    assert not any(r.source is not None and r.source.text in ("the crew", "residents") for r in records(nlp, text))


@pytest.mark.parametrize("text, cue, source, content", [
    ("The coach told fans at the ground that he would stay.", "told", "The coach", "he would stay"),
    ("The fire chief told reporters at the depot that two crews had been injured.", "told", "The fire chief",
     "two crews had been injured"),
    ("The senator told voters at the hall that the plan had failed.", "told", "The senator", "the plan had failed"),
])
def test_a_clause_said_at_a_place_stays(nlp, text, cue, source, content):
    ok, listed = found_report(records(nlp, text), cue, source, content)
    assert ok, listed
