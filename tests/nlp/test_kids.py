"""A word's children made once per parse (``attribution/kids.py``): the same words as spaCy's own walks, in
the same order, for two Docs read in turn, and read again after the arcs change. Every sentence is written
for the test."""

from __future__ import annotations

from sourcebook.nlp.attribution.arcs import set_arcs
from sourcebook.nlp.attribution.kids import children_of, lefts_of, rights_of

TEXTS = [
    "The harbour master, Odile Fenn, told reporters on Monday that the ferry would sail again by Friday.",
    "Growers in the valley said the frost had cost them half the crop, and that prices would rise.",
]


def _same(doc) -> None:
    for token in doc:
        assert [t.i for t in children_of(token)] == [t.i for t in token.children]
        assert [t.i for t in lefts_of(token)] == [t.i for t in token.lefts]
        assert [t.i for t in rights_of(token)] == [t.i for t in token.rights]


def test_the_children_are_spacys_for_two_docs_in_turn(nlp):
    first, second = nlp(TEXTS[0]), nlp(TEXTS[1])
    for _ in range(2):  # (the children kept for one Doc must not be handed out for the other)
        _same(first)
        _same(second)
    told = next(t for t in first if t.text == "told")
    assert children_of(told) is children_of(told)  # (made once)


def test_the_children_are_read_again_after_the_arcs_change(nlp):
    doc = nlp("The mayor said the bridge would reopen in spring.")
    spring = next(t for t in doc if t.text == "spring")
    reopen = next(t for t in doc if t.text == "reopen")
    _same(doc)
    assert set_arcs(doc, {spring.i: reopen.i}, {spring.i: "npadvmod"})
    assert spring.i in [t.i for t in children_of(reopen)]
    _same(doc)
