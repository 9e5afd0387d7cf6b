"""Patterns of the forty-third session (helper nounthat): the that-clause of a noun of saying or
thinking that the parser called a relative clause while keeping 'that' as its mark ('The
accusation that the mayor is playing games touched off a debate'). With a subject and an object or
complement of its own the clause leaves 'that' no place in it: it is what the accusation says
(``nouns._complement_read_as_relative``). A true relative stays none ('the mistrust that voters
feel about the council', 'the claim that the council made'). The rules' proposals are read
directly: the ranker has not yet been refitted on them. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.nouns import noun_cue


def _proposal(nlp, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    cand = noun_cue(active_lexicon(), doc.text, token)
    if cand is None:
        return None
    source = doc.text[cand.source[0] : cand.source[1]] if cand.source else None
    return source, doc.text[cand.cue[0] : cand.cue[1]], [doc.text[s:e] for s, e in cand.contents]


def test_a_complement_read_as_a_relative_is_what_the_noun_says(nlp):
    found = _proposal(nlp, "The accusation that the mayor is playing games touched off a debate.", "accusation")
    assert found == (None, "accusation", ["the mayor is playing games"])


@pytest.mark.parametrize("text, word", [
    ("The mistrust that voters feel about the council runs deep.", "mistrust"),
    ("Residents repeated the claim that the council made last year.", "claim"),
])
def test_a_true_relative_says_nothing(nlp, text, word):
    assert _proposal(nlp, text, word) is None
