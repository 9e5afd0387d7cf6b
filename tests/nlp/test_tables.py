"""The words' attributes read once per Doc (``attribution.tables``) are spaCy's own, and are read
again after a rule changes the parse. Every sentence is written for the test."""

from __future__ import annotations

from sourcebook.nlp.attribution.arcs import set_arcs
from sourcebook.nlp.attribution.tables import text_of, words_of

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
