"""Patterns of the forty-second session (helper nominal): stances with no verb of saying that
PolNeAR annotates and the rules proposed none for. A noun of disapproval drawn from a holder
named by its 'from' phrase ('The levy has drawn sharp criticism from shop owners': the owners'
stance on the levy, ``drawn_criticism``), and an adjective of a stance or a feeling with no copula,
set after the noun that holds it or heading a clause of the verb ('Residents, worried about the
new road, filled the hall', ``set_adjectives``). The rules' proposals are read directly: the
ranker has not yet been refitted on them. Every sentence is written for the test."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.drawn_criticism import drawn_criticism
from sourcebook.nlp.attribution.lexicon import active_lexicon
from sourcebook.nlp.attribution.set_adjectives import set_adjective


def _proposal(nlp, rule, text, word):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    cand = rule(active_lexicon(), doc.text, token)
    if cand is None:
        return None
    source = doc.text[cand.source[0] : cand.source[1]] if cand.source else None
    return source, doc.text[cand.cue[0] : cand.cue[1]], [doc.text[s:e] for s, e in cand.contents]


@pytest.mark.parametrize("text, word, source, content", [
    ("The new parking levy has drawn sharp criticism from shop owners.", "criticism", "shop owners",
     "The new parking levy"),
    ("The mayor faced stiff opposition from residents to her housing plan.", "opposition", "residents", "The mayor"),
])
def test_a_stance_drawn_from_a_holder(nlp, text, word, source, content):
    assert _proposal(nlp, drawn_criticism, text, word) == (source, word, [content])


@pytest.mark.parametrize("text, word", [
    ("The council rejected criticism from local landlords.", "criticism"),  # disputed: the verb's report
    ("The bill has faced criticism from the start.", "criticism"),  # no one holds it
])
def test_no_stance_disputed_or_without_a_holder(nlp, text, word):
    assert _proposal(nlp, drawn_criticism, text, word) is None


@pytest.mark.parametrize("text, word, source, content", [
    ("Residents, worried about the new road, filled the hall.", "worried", "Residents", "the new road"),
    ("He was not the only one angry about the fee.", "angry", "the only one", "the fee"),
])
def test_an_adjective_set_after_its_holder(nlp, text, word, source, content):
    assert _proposal(nlp, set_adjective, text, word) == (source, word, [content])


def test_an_adjective_before_a_noun_holds_no_stance(nlp):
    assert _proposal(nlp, set_adjective, "The angry residents left the hall.", "angry") is None


def test_what_a_noun_is_on_after_who_holds_it(nlp):
    from sourcebook.nlp.attribution.nouns import noun_cue

    found = _proposal(nlp, noun_cue, "The memo reflects anxiety among senior donors about the rising costs.", "anxiety")
    assert found == ("senior donors", "anxiety", ["the rising costs"])
