"""The words' attributes read once per Doc (``attribution.tables``) are spaCy's own, and are read
again after a rule changes the parse. Every sentence is written for the test."""

from __future__ import annotations

from sourcebook.nlp.attribution.arcs import set_arcs
from sourcebook.nlp.attribution.tables import places, positions, text_of, words_of

TEXT = "The harbour master said the ferry would sail at noon.\n\nShe added that tickets were sold out."


def test_the_tables_hold_spacys_attributes(nlp):
    doc = nlp(TEXT)
    words = words_of(doc)
    assert text_of(doc) == doc.text
    for token in doc:
        assert (words.text[token.i], words.lower[token.i], words.lemma[token.i], words.tag[token.i],
                words.pos[token.i], words.dep[token.i], words.head[token.i]) == (
            token.text, token.lower_, token.lemma_, token.tag_, token.pos_, token.dep_, token.head.i)


def test_a_changed_parse_is_read_again(nlp):
    doc = nlp(TEXT)
    before = words_of(doc)
    said = next(t for t in doc if t.text == "said")
    sail = next(t for t in doc if t.text == "sail")
    assert before.head[sail.i] == said.i
    noon = next(t for t in doc if t.text == "noon")
    assert set_arcs(doc, {noon.i: sail.i}, {noon.i: "npadvmod"})  # (same sentence: the arcs are kept)
    after = words_of(doc)
    assert after is not before
    assert (after.head[noon.i], after.dep[noon.i]) == (sail.i, "npadvmod") == (doc[noon.i].head.i, doc[noon.i].dep_)


def test_places_are_a_walks_finds_in_order():
    # (the words a rule tests for, found in C: the same indices, in the same order, as a walk testing each word)
    column = "while the tide rose , when the gulls left , the pier stayed shut while we waited".split()
    marks = frozenset(["when", "while", "once"])
    walked = [i for i, word in enumerate(column) if word in marks]
    assert places(column, marks, 0, len(column)) == walked == [0, 5, 14]
    assert places(column, marks, 1, 14) == [5]  # (the range's ends as ``positions``'s)
    assert places(column, frozenset(["since"]), 0, len(column)) == []
    assert list(positions(column, "the", 0, len(column))) == [i for i, word in enumerate(column) if word == "the"]
