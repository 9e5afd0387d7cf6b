"""Patterns of the thirty-eighth session (helper probe2), from probe sets in local government,
earnings, conflict, climate and labour news. The writer sets a denial after a report ('X, a
claim the union disputed', 'X — a charge the rebels deny', 'X, which the rebels denied'), also
after a quotation the comma closes; what is denied is the clause before the mark, or the
relative 'which' itself (``denials``, ``asides.apposed_denials``). A headline opens with the body
or role that speaks, a bare common noun the tagger may take for a name ('Army:', 'Mayor:',
"Teachers' union:"), also when the parser ends the sentence at the colon (``markers``). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, f"{cue!r}: {found}"
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The board said it had made its final offer, a claim the union disputed.", "disputed", "the union",
     "it had made its final offer"),
    ('The board said it had made its "final offer," a claim the union disputed.', "disputed", "the union",
     'it had made its "final offer,"'),
    ("The army said the convoy carried weapons, a charge the aid agency denies.", "denies", "the aid agency",
     "the convoy carried weapons"),
    ("According to the ministry, the militia burned the depot \u2014 a charge the militia denies.", "denies",
     "the militia", "the militia burned the depot"),
])
def test_an_apposed_denial_denies_the_clause_before_it(nlp, text, cue, source, content):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


def test_the_report_before_a_dashed_denial_ends_at_the_dash(nlp):
    text = "According to the ministry, the militia burned the depot \u2014 a charge the militia denies."
    assert contents(_one(nlp, text, "According to")) == ["the militia burned the depot"]


@pytest.mark.parametrize("text, cue, source", [
    ("The ministry said militia fighters had shelled a clinic, which the militia denied.", "denied", "the militia"),
    ("Officials accused the union of blocking the depot, which the union denies.", "denies", "the union"),
])
def test_a_relative_which_after_a_report_is_what_is_denied(nlp, text, cue, source):
    record = _one(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == ["which"]


def test_a_which_that_no_verb_of_disputing_governs_is_no_denial(nlp):
    assert not records(nlp, "The ministry said militia fighters had shelled a clinic, which the militia had built.", "built")


@pytest.mark.parametrize("text, source, content", [
    ('Mayor: Budget is "balanced and fair"', "Mayor", 'Budget is "balanced and fair"'),
    ("Teachers' union: \"We will strike again if we must\"", "Teachers' union", "We will strike again if we must"),
    ("Army: Rebels retreat from Holmfort", "Army", "Rebels retreat from Holmfort"),
])
def test_a_headline_opens_with_the_body_or_role_that_speaks(nlp, text, source, content):
    record = _one(nlp, text, ":")
    assert record.source is not None and record.source.text == source
    assert contents(record) == [content]


@pytest.mark.parametrize("text", [
    "Weather: Rain will return on Friday",
    "Parking fees rose on Monday.\nMayor: the budget is balanced.",  # a line in the body: a label
])
def test_a_topic_or_a_body_line_before_a_colon_is_no_speaker(nlp, text):
    assert not records(nlp, text, ":")
