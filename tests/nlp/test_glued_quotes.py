"""Marks that glue or set off words. A quotation mark glued to the next word ('... was over,”Okafor said.'): web pages and
converted PDFs drop the space after a closing mark. The tokenizer splits the mark and the stop
before it off the word (``pipeline.GLUED_QUOTES``) so the quotation closes and the name after it
speaks. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, tokens", [
    ("“The worst is over,”Okafor said.", ["over", ",", "”", "Okafor"]),
    ("It is finished.''The council met again.", ["finished", ".", "''", "The"]),
    ('He told them:"We will rebuild."', ["them", ":", '"', "We"]),
    ("‘Not today,’she said.", ["today", ",", "’", "she"]),
])
def test_a_glued_mark_and_its_stop_are_tokens(nlp, text, tokens):
    words = [t.text for t in nlp.make_doc(text)]
    at = words.index(tokens[0])
    assert words[at : at + len(tokens)] == tokens


@pytest.mark.parametrize("text, kept", [
    ("The U.S.’s share rose.", "U.S."),
    ("Rates rose 1.5% in May.", "1.5"),
    ("Smith's shop, O'Neill's pub and the Joneses' house.", "O'Neill"),
])
def test_apostrophes_and_numbers_stay_whole(nlp, text, kept):
    assert kept in [t.text for t in nlp.make_doc(text)]


def test_the_name_after_a_glued_mark_speaks_the_quotation(nlp):
    text = "“The worst of the flooding is over for now,”Okafor said. “We will start the repairs on Monday.”"
    found = [(a.source.text, contents(a)) for a in records(nlp, text, "said")]
    assert found == [("Okafor", ["The worst of the flooding is over for now", "We will start the repairs on Monday"])]


@pytest.mark.parametrize("text, content", [
    ("She said the council had approved the plan — a move that angered residents.",
     "the council had approved the plan"),
    ("The coach urged fans not to invade the pitch — a message that, so far, has not been heeded.",
     "fans not to invade the pitch"),
    ('He accused Dana Voss of backing "open borders," a charge she flatly denied.',
     'Dana Voss of backing "open borders,"'),
])
def test_the_writers_noun_on_the_whole_report_after_a_dash_or_a_quotation_is_out(nlp, text, content):
    """A noun phrase with a clause set off by a dash, or by a comma inside the closing mark,
    at the end of a report sums it up in the writer's words (``tails.drop_trailing_apposition``)."""
    assert [contents(a) for a in records(nlp, text) if a.parent is None][0] == [content]


@pytest.mark.parametrize("text, content", [
    ("The mayor said the city needed one thing — a new hospital.", "the city needed one thing — a new hospital"),
    ('She said, "We need more nurses — the ones who left are not coming back."',
     "We need more nurses — the ones who left are not coming back"),
])
def test_the_speakers_own_words_after_a_dash_stay(nlp, text, content):
    assert [contents(a) for a in records(nlp, text) if a.parent is None][0] == [content]
