"""Abbreviated titles keep their full stop ('Sgt.', 'Capt.'): one sentence, the title in the
source, the name alone as the speaker (title_abbreviations.txt, pipeline.keep_title_stops)."""

from __future__ import annotations

import pytest
import spacy

from sourcebook.aliases import strip_titles
from sourcebook.nlp.lexicon import words
from sourcebook.nlp.pipeline import TITLE_NORM, keep_title_stops, title_forms


def test_every_listed_title_is_one_token_with_the_norm_of_a_known_title():
    nlp = spacy.blank("en")
    split = [w for w in words("title_abbreviations") if len(nlp.tokenizer(w.capitalize() + ".")) > 1]
    assert "sgt" in split  # the blank tokenizer splits some of them: the loop below checks a change
    keep_title_stops(nlp)
    for word in words("title_abbreviations"):
        for form in title_forms(word):
            tokens = nlp.tokenizer(f"{form} Reyes")
            assert [t.text for t in tokens] == [form, "Reyes"], form
    # the capitals of a rank that are a word of their own end a sentence ('on PC.')
    assert [t.text for t in nlp.tokenizer("It runs on PC. Critics agree.")][3:5] == ["PC", "."]
    assert nlp.tokenizer("Sgt.")[0].norm_ == TITLE_NORM
    # a word not in the list still loses its stop at the end of a sentence
    assert [t.text for t in nlp.tokenizer("They thanked the Lord.")][-2:] == ["Lord", "."]


def test_an_abbreviated_title_is_dropped_when_names_are_compared():
    assert strip_titles("Cpl. Lee Park") == strip_titles("Lee Park") == "lee park"
    assert strip_titles("Lt. Col. Ann Weiss") == "ann weiss"


@pytest.mark.parametrize("text, source, speaker", [
    ('"We held the line," said Capt. Dana Holt of the second brigade.',
     "Capt. Dana Holt of the second brigade", "Dana Holt"),
    ("Sgt. Tom Reyes said the unit had withdrawn from the ridge.", "Sgt. Tom Reyes", "Tom Reyes"),
    ("Supt. Mark Evans told the board that the schools would reopen.", "Supt. Mark Evans", "Mark Evans"),
    ("Cmdr. Ken Wu of the coast guard said two boats were missing.", "Cmdr. Ken Wu of the coast guard", "Ken Wu"),
])
def test_a_sentence_with_an_abbreviated_title_stays_whole_and_the_name_speaks(nlp, text, source, speaker):
    doc = nlp(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    found = [(a.source.text if a.source else None, a.speaker) for a in doc._.sourcebook_attributions]
    assert (source, speaker) in found, found
