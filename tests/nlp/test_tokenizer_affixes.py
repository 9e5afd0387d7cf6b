"""The tokenizer's affix patterns change with its special cases held aside (``pipeline.affixes_changing``): spaCy
reloads every special case on each change, so they are loaded once after; the tokenizer must be the same as with
a reload after each change."""

from __future__ import annotations

import pytest
import spacy

from sourcebook.nlp import pipeline as P

SENTENCES = [
    "He told us \u2039come back in spring\u203a before he left.",
    "She wrote \u2039nein\u203a. Then she went home.",
    "The mayor was affable,\u201dKessel said of the talks.",
    "\u201cWe will rebuild,\u201d said\u2014\u201cbefore winter.\u201d",
    "Sgt. Ada Pryce and Capt. Lee Ornby met the vice-president at 9 a.m. in the U.S. embassy.",
    "It's 5km. Don't go; the co-authored report can't say 'why'.",
    "Figures (about 40%) rose to \u00a312.5bn in 2031\u2014up from \u00a39bn.",
]


def _tokenizer(aside: bool):
    nlp = spacy.blank("en")
    P.keep_title_stops(nlp)
    if aside:
        with P.affixes_changing(nlp):
            P.split_glued_quotes(nlp)
            P.split_single_guillemets(nlp)
    else:
        P.split_glued_quotes(nlp)
        P.split_single_guillemets(nlp)
    P.keep_hyphenated_roles(nlp)
    return nlp.tokenizer


@pytest.fixture(scope="module")
def both():
    return _tokenizer(False), _tokenizer(True)


def test_the_rules_are_all_back(both):
    reloaded, aside = both
    assert aside.rules == reloaded.rules
    assert "Sgt." in aside.rules  # (one added before the affixes changed is kept)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_words_and_norms(both, text):
    reloaded, aside = both
    assert [(t.text, t.norm_) for t in aside(text)] == [(t.text, t.norm_) for t in reloaded(text)]


def test_the_new_affixes_apply():
    tokenizer = _tokenizer(True)
    assert "\u2039" in [t.text for t in tokenizer("told us \u2039come back\u203a")]
    assert [t.text for t in tokenizer("Sgt. Ada Pryce")][0] == "Sgt."
