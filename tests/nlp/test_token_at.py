"""``token_at`` finds the word at a character offset as ``Doc.char_span`` of one character does."""

import pytest
import spacy

from sourcebook.nlp.attribution.token_at import token_at, token_starting_at


@pytest.mark.parametrize("text", [
    "Marta Olsen said the ferry at Kelvig would run.",
    "  Two  spaces before,  and after.  \n\nA new paragraph ends here\n",
    "x",
])
def test_the_word_at_each_offset_is_char_spans(text: str) -> None:
    doc = spacy.blank("en")(text)
    for offset in range(-2, len(text) + 3):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        expected = span[0].i if span is not None and len(span) else None
        found = token_at(doc, offset)
        assert (found.i if found is not None else None) == expected, offset


@pytest.mark.parametrize("text", [
    "Marta Olsen said the ferry at Kelvig would run.",
    "  Two  spaces before,  and after.  \n\nA new paragraph ends here\n",
])
def test_the_word_starting_at_each_offset(text: str) -> None:
    doc = spacy.blank("en")(text)
    starts = {t.idx: t.i for t in doc}
    for offset in range(-2, len(text) + 3):
        found = token_starting_at(doc, offset)
        assert (found.i if found is not None else None) == starts.get(offset), offset
