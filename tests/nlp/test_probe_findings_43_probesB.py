"""Patterns of the forty-third session (helper probesB), from passages written in the reporting
forms fact-checkers meet: live pages with timestamps, wire datelines, interpreters, social posts,
leaked documents, court filings, anonymous sourcing, reported questions, refusals, hedges,
quotations within quotations and British styles.

A cue inside the quotation opening a sentence keeps no content that opens with the quotation's
closing marks ('"She said, 'Go home,'" the guard said': the closing clause reports the quotation;
``closed_quotes``). A quotation the parser hung on a source after its cue, ending the sentence, is
the content's ('The decision was, said one aide, "a surprise."': ``quoted_rest``). A participle
clause of asking or speaking that opens the sentence right before a cue clause set beside a
quotation is no content ('Asked about X, he said, "..."': ``opening_participles``). A live page's
time with its zone is no part of the source ('08:55 BST - Police said'). A single mark after the
closing comma of a quotation within a quotation is no part of the inner content. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("\"She said, 'Go home,'\" the guard said.", "the guard", "She said, 'Go home,'"),
    ("\"The foreman said, 'No overtime,'\" a welder recalled.", "a welder", "The foreman said, 'No overtime,'"),
    ("\"I said, 'Absolutely not,'\" Okoye recalled.", "Okoye", "I said, 'Absolutely not,'"),
    ("\u201cShe said, \u2018Go home,\u2019\u201d the guard said.", "the guard", "She said, \u2018Go home,\u2019"),
])
def test_a_closing_clause_after_a_quote_within_a_quote_reports_the_quotation(nlp, text, source, content):
    found = records(nlp, text)
    (outer,) = [r for r in found if r.parent is None]
    assert outer.source is not None and outer.source.text == source
    assert contents(outer) == [content]
    assert not any(c.startswith(("'", '"')) for r in found for c in contents(r))


def test_a_quotation_a_participle_adds_after_a_closing_cue_stays_its_content(nlp):
    text = "\u201cIt\u2019s not new here,\u201d said the senator, adding that \u201cwe have done this for years.\u201d"
    (found,) = records(nlp, text, "adding")
    assert contents(found) == ["we have done this for years"]


def test_a_title_after_a_closing_cue_stays_in_the_source(nlp):
    text = ("\u201cWe are ready,\u201d said Mara Ortiz, the author of \u201cSalt Roads,\u201d who lives in Oslo. "
            "\u201cWe always were.\u201d")
    (found,) = records(nlp, text, "said")
    assert found.source is not None and found.source.text == "Mara Ortiz, the author of \u201cSalt Roads,\u201d who lives in Oslo"


def test_a_quote_without_an_inner_quote_keeps_its_nested_report(nlp):
    found = records(nlp, '"He said we had to leave," the tenant told police.')
    (outer,) = [r for r in found if r.parent is None]
    assert outer.cue is not None and outer.cue.text == "told"
    assert contents(outer) == ["He said we had to leave"]


@pytest.mark.parametrize("text, source, pieces", [
    ('The verdict was, said one juror, "a relief for all of us."', "one juror", ["The verdict was", "a relief for all of us"]),
    ('The budget was, said a senior clerk, "never going to balance."', "a senior clerk",
     ["The budget was", "never going to balance"]),
])
def test_a_quotation_hung_on_a_source_after_its_cue_is_the_content(nlp, text, source, pieces):
    (found,) = records(nlp, text, "said")
    assert found.source is not None and found.source.text == source
    assert contents(found) == pieces


def test_a_title_in_quotation_marks_stays_in_the_source(nlp):
    (found,) = records(nlp, 'Mara Lind, the author of "Salt Roads," said the book took ten years.', "said")
    assert found.source is not None and found.source.text.startswith('Mara Lind, the author of "Salt Roads')


@pytest.mark.parametrize("text, content", [
    ('Asked about the recount, he said, "It was fair."', "It was fair"),
    ('Speaking at a rally in Leeds, she said, "We will win this seat."', "We will win this seat"),
    ('Asked what the next step would be, she said, "We wait."', "We wait"),
])
def test_an_opening_participle_before_a_cue_clause_is_no_content(nlp, text, content):
    (found,) = records(nlp, text, "said")
    assert contents(found) == [content]


@pytest.mark.parametrize("text, pieces", [
    ("Facing pressure, the company, analysts said, cut its prices.", ["Facing pressure, the company", "cut its prices"]),
    ('Putting the show together, she said, gave her "real joy."', ["Putting the show together", 'gave her "real joy."']),
])
def test_an_opening_participle_that_is_part_of_the_report_stays(nlp, text, pieces):
    (found,) = records(nlp, text, "said")
    assert contents(found) == pieces


@pytest.mark.parametrize("text, source", [
    ("08:55 BST - Police have confirmed a man has been arrested.", "Police"),
    ("10:02 GMT - The minister said the plan was working.", "The minister"),
])
def test_a_live_pages_time_and_zone_are_no_part_of_the_source(nlp, text, source):
    (found,) = records(nlp, text)
    assert found.source is not None and found.source.text == source


def test_the_outer_mark_after_an_inner_quotation_is_no_part_of_it(nlp):
    found = records(nlp, "\"She said to me, 'Don't worry, it'll be fine,'\" Martin recalled.", "said")
    assert [contents(r) for r in found] == [["Don't worry, it'll be fine"]]


def test_a_single_quoted_phrase_ending_a_content_keeps_its_marks(nlp):
    (found,) = records(nlp, "Mr Brown said the plan was 'a shambles.'", "said")
    assert contents(found) == ["the plan was 'a shambles.'"]
