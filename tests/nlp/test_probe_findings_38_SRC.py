"""Patterns of the thirty-eighth session (helper SRC): sources and cues missed. A report that only
seems made ('the minister appeared to concede X') is the infinitive's, its subject the source and
'appeared to concede' the cue (``seem``); a fronted 'As reported by X, Y' names X for Y
(``asides.parenthetical``); 'half said so', 'a third said the same' report the pro-form
(``proforms``); 'X will praise the plan and Y will attack it': the parser joined Y to the first
clause's object, and Y is the second verb's subject (``misread.subject_read_as_conjunct``); 'her
promise to cut taxes' reports the infinitive (``nouns._noun_content``). Every sentence is written for
the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    cues = [a.cue.text if a.cue else None for a in records(nlp, text)]
    assert len(found) == 1, f"no single record with the cue {cue!r}: {cues}"
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The finance minister appeared to concede that the budget was out of reach.", "appeared to concede",
     "The finance minister", "the budget was out of reach"),
    ("The leaked memos seem to show that the board knew of the losses.", "seem to show", "The leaked memos",
     "the board knew of the losses"),
    ("Councillor Brandt seemed to recognize the scale of the defeat.", "seemed to recognize", "Councillor Brandt",
     "the scale of the defeat"),
])
def test_a_report_that_only_seems_made_is_the_infinitives(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_an_appearance_with_no_report_keeps_no_source(nlp):
    record = _one(nlp, "The new ferry seems to run faster than the old one.", "seems")
    assert record.source is None


@pytest.mark.parametrize("text, source, content", [
    ("As reported by the Harlow Gazette, the council will close two libraries next year.", "the Harlow Gazette",
     "the council will close two libraries next year"),
    ("As first reported by Radio Ostmark, the mine had flooded twice before the accident.", "Radio Ostmark",
     "the mine had flooded twice before the accident"),
])
def test_as_reported_by_names_the_source_of_the_sentence(nlp, text, source, content):
    record = _one(nlp, text, "reported")
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_as_expected_by_reports_nothing(nlp):
    assert not records(nlp, "As expected by most traders, the bank held its rates on Thursday.", "expected")


@pytest.mark.parametrize("text, cue, source, content", [
    ("Most members backed the merger in March, and 40 percent said so in June.", "said", "40 percent", "so"),
    ("A quarter of the tenants want a new landlord; last year 30 percent said the same.", "said", "30 percent",
     "the same"),
    ("The harbour master never thought so.", "never thought", "The harbour master", "so"),
])
def test_a_pro_form_is_what_was_said(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_so_opening_a_phrase_is_no_pro_form(nlp):
    assert all(contents(a) != ["so"] for a in records(nlp, "She said so many times that the bridge was unsafe."))


def test_a_subject_joined_to_the_objects_is_the_second_verbs(nlp):
    text = ("Several mayors have said they will boycott the summit and others have said they are not interested "
            "in attending.")
    found = records(nlp, text, "have said")
    assert [a.source.text if a.source else None for a in found] == ["Several mayors", "others"]


def test_as_reported_by_after_a_report_is_no_report_of_its_own(nlp):
    text = '"We will not sell the land," the farmer said, as reported by the Harlow Gazette.'
    assert not records(nlp, text, "reported")
    assert [a.source.text for a in records(nlp, text, "said") if a.source] == ["the farmer"]


def test_a_promise_reports_the_deed_its_infinitive_names(nlp):
    record = _one(nlp, "Voters cheered her promise to cut taxes, but economists were sceptical.", "promise")
    assert record.source is not None and record.source.text == "her"
    assert contents(record) == ["to cut taxes"]
