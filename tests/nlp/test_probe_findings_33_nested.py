"""Patterns found in the thirty-third session: words inside a quotation or another report's content
that report nothing (a wish, an order, a thing said named by a free relative, the manner of an act,
a topic), and a colon inside brackets taken for a label. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _nested(nlp, text):
    return [(a.cue.text, contents(a)) for a in records(nlp, text) if a.parent is not None]


# ---------------------------------------------------------------- a wish is no claim, a request is a record


@pytest.mark.parametrize("text", [
    '"We only wanted the council to listen," said Dana Price.',
    '"We just needed somebody to look at the roof," said Gloria Haines.',
])
def test_a_wish_inside_a_report_is_no_record(nlp, text):
    assert _nested(nlp, text) == []


@pytest.mark.parametrize("text, cue", [
    ('"The agents asked him to unlock his phone," his lawyer said.', "asked"),
    ('"They told us to go to a private hospital," she said.', "told"),
])
def test_a_request_put_to_someone_inside_a_report_stays(nlp, text, cue):
    assert [c for c, _ in _nested(nlp, text)] == [cue]


@pytest.mark.parametrize("text, nested", [
    ('"We expect prices to rise next year," the chief executive said.', [("expect", ["prices to rise next year"])]),
    ('"The police told us the road was safe," she said.', [("told", ["the road was safe"])]),
    ("She said the minister had told reporters that the road was safe.", [("had told", ["the road was safe"])]),
])
def test_a_forecast_or_a_claim_told_inside_a_report_stays(nlp, text, nested):
    assert _nested(nlp, text) == nested


# ---------------------------------------------------------------- a thing said named, not passed on


@pytest.mark.parametrize("text", [
    '"He wrote what he saw," his editor said.',
    '"The result is about where we expected it to be," Lee told investors.',
    '"We followed the rules as the board has explained them," the clerk said.',
])
def test_a_free_relative_or_a_manner_inside_a_quotation_is_no_record(nlp, text):
    assert _nested(nlp, text) == []


@pytest.mark.parametrize("text, nested", [
    ('"The regulator asked what we believed about the risk," she said.',
     [("asked", ["what we believed about the risk"])]),
    ("She said the company had explained how the money was spent.", [("had explained", ["how the money was spent"])]),
    ('"They told me the plant was closing," Rivera said.', [("told", ["the plant was closing"])]),
])
def test_a_question_an_explanation_or_a_claim_inside_a_report_stays(nlp, text, nested):
    assert _nested(nlp, text) == nested


# ---------------------------------------------------------------- a topic is no claim


def test_questions_about_a_matter_inside_a_report_are_no_record(nlp):
    text = "The mayor said the petitions raised serious questions about how the funds were spent."
    assert _nested(nlp, text) == []


def test_a_claim_named_by_a_noun_inside_a_report_stays(nlp):
    text = "She said the report's claim that wages had fallen was wrong."
    assert _nested(nlp, text) == [("claim", ["wages had fallen"])]


# ---------------------------------------------------------------- a colon inside brackets


def test_a_tickers_colon_is_no_label(nlp):
    text = "Harlow Foods (NYSE: HFD) said on Monday that quarterly sales rose 4 percent."
    assert [(a.cue.text, a.source.text, contents(a), a.parent) for a in records(nlp, text)] == [
        ("said", "Harlow Foods (NYSE: HFD)", ["quarterly sales rose 4 percent"], None)]


def test_a_speakers_colon_still_labels_a_quotation(nlp):
    text = 'Mayor Ortiz: "We will rebuild the bridge."'
    assert [(a.cue.text, a.source.text, contents(a)) for a in records(nlp, text)] == [
        (":", "Mayor Ortiz", ["We will rebuild the bridge"])]


def test_an_accusation_around_a_free_relative_stays(nlp):
    text = '"That is exactly what we allege Mr. Corbin did," said the regulator.'
    assert [cue for cue, _ in _nested(nlp, text)] == ["allege"]
