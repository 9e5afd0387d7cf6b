"""The attribution component's reads of a Doc made cheaper (helper speed2): the text joined from
the words' forms and spaces (not ``Doc.text``, which makes a Token of every word), the words of
the Doc last read kept at hand, and a relative clause's content read from that text
(``denials.denied_relative``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.arcs import set_arcs
from sourcebook.nlp.attribution.tables import forget, text_of, words_of

TEXTS = [
    "Ferry Delayed Again As Storm Nears\n\nThe port authority said  the crossing would resume on Sunday. ",
    "  A spokeswoman, Ines Marlow, told reporters:\n\"We are doing what we can.\"\t(She declined to say more.)",
    "The union made an offer, which the council rejected.",
]


def test_the_text_is_the_docs_own(nlp):
    for text in TEXTS:
        doc = nlp(text)
        assert text_of(doc) == doc.text == text


def test_the_words_of_two_docs_read_in_turn(nlp):
    first, second = nlp(TEXTS[0]), nlp(TEXTS[2])
    for _ in range(2):  # (the Doc last read is kept at hand: asking for the other one must not return it)
        assert words_of(first).text == [t.text for t in first]
        assert words_of(second).text == [t.text for t in second]
        assert words_of(second) is words_of(second)


def test_forgotten_words_are_read_again(nlp):
    doc = nlp("The mayor said the bridge would reopen in spring.")
    before = words_of(doc)
    forget(doc)
    again = words_of(doc)
    assert again is not before and again.head == before.head
    spring = next(t for t in doc if t.text == "spring")
    reopen = next(t for t in doc if t.text == "reopen")
    assert set_arcs(doc, {spring.i: reopen.i}, {spring.i: "npadvmod"})
    assert words_of(doc).dep[spring.i] == "npadvmod" == doc[spring.i].dep_


@pytest.mark.parametrize("text, cue, speaker", [
    ("The union made an offer, which the council rejected.", "rejected", "council"),
    ("Residents heard the claim, which the company denied.", "denied", "company"),
])
def test_a_relative_which_read_from_the_text(nlp, text, cue, speaker):
    # (``denied_relative`` reads the content 'which' from the article's text: the record keeps it)
    found = [(a.cue.text if a.cue else None, a.speaker, contents(a)) for a in records(nlp, text)]
    assert (cue, speaker, ["which"]) in found
