"""Red-team of the forty-eighth session's late changes (helper rt4): near misses of the bare sides
(``bare_stances``), the shares' verbs (``share_verbs``), the participle phrases' verbs
(``participle_objects``), the clauses of result (``result_clauses``), 'on behalf of' leads and the
new quotation pairing. 'said often enough that X' keeps its content; bare 'support' that arrives or
ends is aid or a service, no side. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, expected", [
    ("The judge said often enough that the rule was clear.", "the rule was clear"),
    ("He has said clearly enough that he will not stand again.", "he will not stand again"),
])
def test_enough_after_an_adverb_keeps_the_content(nlp, text, expected):
    (record,) = [r for r in records(nlp, text) if r.cue is not None and r.cue.text.endswith("said")]
    assert contents(record) == [expected]


@pytest.mark.parametrize("text", [
    "The coach said enough that the players stopped listening.",
    "He talked so much that we left.",
])
def test_a_clause_of_result_stays_no_content(nlp, text):
    assert not any("stopped" in c or "we left" in c for r in records(nlp, text) for c in contents(r))


@pytest.mark.parametrize("text", [
    "Support for Windows 7 ended in January.",
    "Support for Ukraine arrived in the form of tanks and shells.",
    "Support for the bridge came from steel cables anchored in the riverbed.",
    "Resistance to the new drug has spread among bacteria in hospitals.",
])
def test_support_delivered_or_a_prop_is_no_side(nlp, text):
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None] == []


def test_a_side_with_its_holders_stays(nlp):
    (record,) = records(nlp, "Support for Ms Vale has grown among younger voters.", "Support for")
    assert record.source is not None and record.source.text == "younger voters"
    assert contents(record) == ["Ms Vale"]


def test_a_bare_side_inside_a_report_is_the_reports_content(nlp):
    found = records(nlp, "The mayor said that opposition to the bill had collapsed after the vote.")
    assert [(r.cue.text, contents(r)) for r in found if r.cue is not None] == [
        ("said", ["opposition to the bill had collapsed after the vote"])]


@pytest.mark.parametrize("text", [
    "A third say-so from the board was needed before the sale.",
    "A third claim form was lost in the post.",
    "While a third said nothing, the rest agreed.",
    "Boxes shipped from the depot show signs of damage.",
    "Cars made in the plant show rust after a year.",
    "He said so that everyone could hear.",
    "It was done on behalf of the family that the funeral was delayed.",
    "The letter was signed on behalf of the club that won the cup.",
])
def test_near_misses_make_no_record(nlp, text):
    assert records(nlp, text) == []


def test_a_quotation_of_a_participle_phrase_is_one_report_inside_another(nlp):
    text = '"Data released by the bank show a slowdown," the analyst said.'
    (said,) = records(nlp, text, "said")
    assert contents(said) == ["Data released by the bank show a slowdown"]


@pytest.mark.parametrize("text, source, expected", [
    ("The players' union said the 'new deal' was \"a step back\" for members.", "The players' union",
     "the 'new deal' was \"a step back\" for members"),
    ("\u00bbWe will not raise taxes\u00ab, the minister said.", "the minister", "We will not raise taxes"),
    ("The minister said: \u201eWe will not raise taxes.\u201c", "The minister", "We will not raise taxes"),
])
def test_apostrophes_and_guillemets_around_quotes(nlp, text, source, expected):
    (record,) = records(nlp, text, "said")
    assert record.source is not None and record.source.text == source
    assert contents(record) == [expected]
