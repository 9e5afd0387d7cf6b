"""Patterns of the thirty-eighth session (web pages): text scraped from any page, blogs, recipes,
listings, forums, boilerplate. A line's label before a colon is no speaker: a phrase of a
preposition ('About Norvik Systems:'), a listed label ('Results:', 'Related articles:'), and an
order before a wire headline's colon ('Share this article: Facebook Twitter') (``labels``). Verbs
of the lexicon in a sense that says nothing: 'swear by', a free relative's verb
('does what it says on the box'), a verb of a voice's manner with a thing for subject (``senses``).
A question's 'anyone' or 'someone' names no holder (``mute.holds_nothing``). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.ranker import Ranker


@pytest.mark.parametrize("text", [
    # labels before a colon
    "About Brellow Foods: Brellow Foods makes frozen dumplings for supermarkets in six countries.",
    "Results: Kettering 3 Ashby 1; Mardale 0 Fenwick 2.",
    "Scorers: Okafor 12', 58'; Lindqvist 77'.",
    "Related articles: Five ways to store basil; How to sharpen a knife; Why bread goes stale",
    "Share this story: Facebook Twitter Email Print",
    # a verb in another sense
    "Most gardeners swear by coffee grounds for healthy roses.",
    "This kettle does exactly what it says on the label.",
    "The empty cottage whispered memories of summers long past.",
    # a question's indefinite subject
    "Does anyone know if the ferry runs on public holidays?",
    "Can someone explain why my tomatoes keep splitting?",
])
def test_web_page_text_that_attributes_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text, cue, content", [
    # controls: the same words that do attribute
    ("The baker swore that the recipe had not changed in forty years.", "swore", "the recipe had not changed in forty years"),
    ("Our guide told us that the tower was once a prison.", "told", "the tower was once a prison"),
    ("The owner whispered that the kitchen had closed an hour ago.", "whispered", "the kitchen had closed an hour ago"),
    ("Somebody said the road was closed, so we turned back.", "said", "the road was closed"),
])
def test_web_page_text_that_does_attribute(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


def test_a_free_relative_that_says_what_its_what_is_stays_a_cue(nlp):
    # the rules' proposal (``senses.other_sense`` lets it through); the packaged ranker weighs a
    # short 'describes as' content on its own and may keep it or not
    extractor = nlp.get_pipe("sourcebook_attributions").extractor
    ranker, extractor.ranker = extractor.ranker, Ranker(extractor.lex, path=None)
    try:
        doc = nlp("The bakery sells what its owner describes as the best rye bread in town.")
        found = [(a.cue.text, a.source.text if a.source else None, contents(a)) for a in extractor(doc)]
    finally:
        extractor.ranker = ranker
    assert found == [("describes as", "its owner", ["the best rye bread in town"])]


def test_a_phrase_of_words_before_a_colon_still_speaks(nlp):
    text = "In Hale's words: \"The bridge will reopen in May.\""
    assert [(a.speaker, contents(a)) for a in records(nlp, text)] == [("Hale", ["The bridge will reopen in May"])]
