"""The extractor never raises and every span it returns lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MARKS = ['"', "\u201c", "\u201d", "''", "\u2018", "\u2019", "'", ":", " - ", "\n\n", "\n"]
WORDS = ["said", "told", "according to", "He", "she", "The UN", "Mr. Smith", "believes", "that", ".", ","]

fragments = st.one_of(st.sampled_from(MARKS + WORDS), st.text(max_size=12))
texts = st.one_of(st.text(max_size=300), st.lists(fragments, max_size=60).map(" ".join))


def check(nlp, text):
    # the components after the attributions are not under test here
    with nlp.select_pipes(disable=[n for n in ("sourcebook_figures",) if n in nlp.pipe_names]):
        doc = nlp(text)
    ids = set()
    for att in doc._.sourcebook_attributions:
        ids.add(att.id)
        for span in (att.source, att.cue, *att.contents):
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert att.contents
        assert att.parent is None or att.parent in ids or att.parent.startswith("a")
    return doc._.sourcebook_attributions


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
def test_arbitrary_text_never_raises(nlp, text):
    check(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        '"',
        "\u201c\u201c\u201c",
        '"Unclosed quote, said the man.',
        "\u201dClosed first\u201c she said.",
        "'' '' '' he said ''",
        "Smith: \u201c",
        "- Commissioner",
        "According to",
        "according to the",
        "He said: ",
    ],
)
def test_degenerate_inputs(nlp, text):
    check(nlp, text)


def test_one_megabyte_paragraph(nlp):
    """One paragraph of a million characters (long tokens keep the parse quick), with
    quotation marks left open, cues and pronouns throughout."""
    chunk = 'The minister said that the plan was "working, and \u201cnobody\u201d doubted it, he told reporters. '
    filler = "x" * 2000 + " "
    text = (chunk + filler) * (1_000_000 // (len(chunk) + len(filler)) + 1)
    assert len(text) >= 1_000_000 and "\n" not in text
    atts = check(nlp, text)
    assert atts
