"""Patterns of the thirty-fourth session (helper R4): reports inside another's content that pass
on no claim of their own: a belief or feeling that takes its content as a fact ('they were
frustrated that X', '"We know X"'), a report awaited or supposed ('until tests show X'), an act
the holder failed to do ('had failed to show that X'), a quoted noun phrase named by an act
('supported "practical solutions"'); and a belief denied, which is a view held all the same.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def nested(nlp, text, cue):
    """The nested records of ``text`` with the cue ``cue``."""
    return [r for r in records(nlp, text, cue) if r.parent is not None]


# ---------------------------------------------------------------- a content taken as a fact


@pytest.mark.parametrize("text, cue", [
    ('"We know this is inconvenient," spokeswoman Ada Ferrand said.', "know"),
    ("Two officials said they were frustrated that the memo had been ignored.", "were frustrated"),
    ('"We are pleased that the court agreed," the lawyer said.', "are pleased"),
])
def test_a_belief_that_takes_its_content_as_fact_is_no_nested_record(nlp, text, cue):
    assert nested(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("She said he believed the vote was rigged.", "believed", "the vote was rigged"),
    ("Officials said they hoped the road would reopen.", "hoped", "the road would reopen"),
    ('"I think the plan will fail," she said.', "think", "the plan will fail"),
    ('"Everyone knew the paperwork was being backfilled," she said.', "knew", "the paperwork was being backfilled"),
])
def test_a_belief_that_passes_on_a_view_stays_nested(nlp, text, cue, content):
    [record] = nested(nlp, text, cue)
    assert contents(record) == [content]


# ---------------------------------------------------------------- awaited, supposed, failed


@pytest.mark.parametrize("text, cue", [
    ("The advisory will remain in effect until tests show the water is safe, the utility said.", "show"),
    ("The mayor said the roads will stay shut until engineers confirm the bridge is sound.", "confirm"),
    ("The panel found that the investigators had failed to show that producers had suffered injury.", "to show"),
    ("The committee said the agency failed to disclose that it had lost the files.", "to disclose"),
])
def test_a_report_awaited_or_failed_is_no_nested_record(nlp, text, cue):
    assert nested(nlp, text, cue) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The minister said the police had told him the road was safe.", "had told", "the road was safe"),
    ("Tests collected Sunday showed no bacteria, Hollis said.", "showed", "no bacteria"),
])
def test_a_report_made_stays_nested(nlp, text, cue, content):
    [record] = nested(nlp, text, cue)
    assert contents(record) == [content]


# ---------------------------------------------------------------- a quoted noun phrase named


def test_a_quoted_noun_phrase_named_by_an_act_is_no_nested_record(nlp):
    assert nested(nlp, 'Parcelo said it supported "practical solutions" for the region.', "supported") == []


def test_a_quoted_denial_stays_nested(nlp):
    [record] = nested(nlp, 'The company said it denied "any wrongdoing" in the case.', "denied")
    assert contents(record) == ['"any wrongdoing" in the case']


# ---------------------------------------------------------------- a belief denied


def test_a_belief_denied_is_a_nested_view(nlp):
    text = "Investigators do not believe foul play was involved, a state police spokesman said."
    [record] = nested(nlp, text, "do not believe")
    assert contents(record) == ["foul play was involved"]
    assert record.source.text == "Investigators"


@pytest.mark.parametrize("text, cue", [
    ('"We cannot say that coffee is the cause," she said.', "cannot say"),
])
def test_a_report_denied_stays_no_nested_record(nlp, text, cue):
    assert nested(nlp, text, cue) == []
