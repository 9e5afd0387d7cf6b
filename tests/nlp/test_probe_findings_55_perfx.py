"""The fifty-fifth session's speed pass: an article's quotations found once (``quote_marks``), the
words' forms kept when the parse is read again (``tables.forget``), the columns of the words' table
looked up together, one rare word found by ``tables.positions`` (``aged``), and cheap tests first in
``closed_quotes``, ``grounds``, ``occasions``, ``usage_examples`` and ``reported``. Outputs are
unchanged; these sentences, written for the test, check that each rule still reads what it read (and
still leaves its near misses alone)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top

from sourcebook.nlp.attribution.arcs import set_arcs
from sourcebook.nlp.attribution.comments import in_quotation
from sourcebook.nlp.attribution.quote_marks import quotes_of
from sourcebook.nlp.attribution.tables import Words, positions, words_of
from sourcebook.nlp.quotes import find_quotes


def test_the_quotations_are_found_once_per_text():
    text = 'The clerk said "the vault is shut" and left.\n\nA guard added, "Nobody goes in."'
    first = quotes_of(text)
    assert list(first) == find_quotes(text)
    assert quotes_of(text) is first  # (the same text again: not read again)
    other = 'She wrote "no comment" on the form.'
    assert list(quotes_of(other)) == find_quotes(other)
    assert list(quotes_of(text)) == find_quotes(text)  # (and back: found anew for the first text)


def test_in_quotation_reads_the_marks():
    text = 'The mayor thinks the bridge, "old, rusty and unsafe," must close.'
    assert in_quotation(text, text.index("rusty") - 2)  # the comma inside the quotation
    assert not in_quotation(text, text.index("bridge,") + 6)  # the comma before it


def test_positions_finds_each_place_of_a_word_in_range():
    column = ["the", "old", "man", "and", "the", "old", "sea", "old"]
    assert list(positions(column, "old", 0, len(column))) == [1, 5, 7]
    assert list(positions(column, "old", 2, 7)) == [5]
    assert list(positions(column, "young", 0, len(column))) == []
    assert list(positions(column, "old", 6, 6)) == []


def test_the_words_read_again_after_a_new_parse_are_spacys(nlp):
    doc = nlp("The ferry master said the boat would sail at dawn.")
    before = words_of(doc)
    sail = next(t for t in doc if t.text == "sail")
    dawn = next(t for t in doc if t.text == "dawn")
    assert set_arcs(doc, {dawn.i: sail.i}, {dawn.i: "npadvmod"})
    after = words_of(doc)
    fresh = Words(doc)  # (every column read from the Doc)
    assert after is not before
    for name in Words.__slots__:
        assert getattr(after, name) == getattr(fresh, name), name
    assert (after.head[dawn.i], after.dep[dawn.i]) == (sail.i, "npadvmod")


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a quotation holding a quoted cue, then its own cue (``closed_quotes``)
    ('"He warned me, \'Keep off the ice,\'" the ranger said.', "said", "the ranger",
     "He warned me, 'Keep off the ice,'"),
    # the reason given for a refusal (``grounds``)
    ("The board refused the licence on the grounds that the kiosk would block the pavement.", "refused",
     "The board", "the kiosk would block the pavement"),
    # a person named by age alone (``aged``)
    ('"I only wanted my scooter back," the 41-year-old told officers.', "told", "the 41-year-old",
     "I only wanted my scooter back"),
    ("The 23-year-old told reporters she was ready for the final.", "told", "The 23-year-old",
     "she was ready for the final"),
    # a verb read as a modifier in its subject's phrase (``reported``)
    ("Economists at Harwick Bank forecast growth of 3 percent next year.", "forecast",
     "Economists at Harwick Bank", "growth of 3 percent next year"),
    # a source with an occasion after it (``occasions``)
    ("Lena Ortiz, the park warden, said on Friday that the trail would reopen.", "said",
     "Lena Ortiz, the park warden", "the trail would reopen"),
])
def test_the_rules_still_report(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue"), [
    # grounds that are no clause: the object is what was refused, not a reason reported
    ("The board refused the licence on the grounds of cost.", "refused"),
    # a dictionary's example sentence (``usage_examples``)
    ("Example: She promised to phone her brother.", "promised"),
])
def test_near_misses_stay_as_they_were(nlp, text, cue):
    found = records(nlp, text, cue)
    if cue == "promised":
        assert not found
    else:
        assert [[c.text for c in r.contents] for r in found] == [["the licence on the grounds of cost"]]
