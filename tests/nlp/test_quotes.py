"""Quotation marks paired on the characters (``sourcebook.nlp.quotes``), on sentences written
for these tests, and the kind of statement the marks make."""

from __future__ import annotations

import pytest

from sourcebook.nlp.quotes import find_quotes


def _quoted(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    "text, quoted",
    [
        # a paragraph with no double mark quotes in single marks (British style, headlines)
        ("'We are running out of time,' warned the head of the agency.", ["We are running out of time,"]),
        ("Minister: \u2018We will not back down\u2019", ["We will not back down"]),
        # an apostrophe inside a word never closes a quotation
        ("'It's over,' said the coach.", ["It's over,"]),
        # nor does a plural possessive before a lower-case word
        ("The coach said: 'The players' effort was superb.'", ["The players' effort was superb."]),
        # an apostrophe with no closing mark after it quotes nothing
        ("In the '90s, the club's fans' anger grew.", []),
        # marks left open quote nothing, however many
        ("In the '90s and the '80s " * 500, []),
        # where a paragraph quotes in double marks, single ones are quotations inside them
        ('He said: "They shouted \'fire\' and ran."', ["They shouted 'fire' and ran."]),
        # each paragraph decides for itself
        ("'Go home,' she said.\nHe replied: \"No.\"", ["Go home,", "No."]),
    ],
)
def test_quotations_in_single_and_double_marks(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        "'We are running out of time,' warned the head of the agency.",
        "\u00abWe will not give in,\u00bb the minister said.",
        "Minister: \u2018We will not back down\u2019",
    ],
)
def test_quotations_in_any_marks_are_direct_speech(nlp, text):
    atts = nlp(text)._.sourcebook_attributions
    assert [a.kind for a in atts] == ["direct"], [(a.kind, a.cue and a.cue.text) for a in atts]


def test_a_paragraph_closed_by_a_quotation_ends_its_statement(nlp):
    text = 'Mayor: \u2018We will rebuild\u2019\n"Morning Show" hosts asked her about the cost on Monday.'
    atts = nlp(text)._.sourcebook_attributions
    rebuild = [a for a in atts if a.contents and a.contents[0].text == "We will rebuild"]
    assert rebuild and [c.text for c in rebuild[0].contents] == ["We will rebuild"]
