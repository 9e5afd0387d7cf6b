"""The figure extractor never raises and keeps every span inside the text, whatever it is fed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sourcebook.nlp.figures.numbers import find_numbers

QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# text that looks like news: number words, digits, qualifiers, quotes and line breaks mixed in
PIECES = st.sampled_from([
    "more than", "about", "up to", "nearly", "between", "and", "tens of thousands", "hundreds",
    "1,200", "3.5%", "$4 billion", "3-5", "twenty-three", "a dozen", "half a million", "one in five",
    "two-thirds of", "sixth year", "said", "according to", "the UN", "\u201c", "\u201d", '"', "'",
    "\n", "\n\n", "1.", "March 3,", "2016", "10:30", "World War 2", "people", "were killed", ".", ",",
    "\u00a0", "\u200a", "\u2014", "caf\u00e9", "\U0001f600",
])
NEWSY = st.lists(PIECES, max_size=30).map(" ".join)


def check(text, found):
    for fig in found:
        assert 0 <= fig.span.start < fig.span.end <= len(text)
        assert text[fig.span.start:fig.span.end] == fig.span.text
        if fig.sentence is not None:
            assert 0 <= fig.sentence.start <= fig.sentence.end <= len(text)
    assert [f.id for f in found] == [f"f{i}" for i in range(1, len(found) + 1)]


@QUICK
@given(st.text(max_size=200))
def test_arbitrary_unicode(nlp, text):
    check(text, nlp(text)._.sourcebook_figures)


@QUICK
@given(NEWSY)
def test_newsy_fragments(nlp, text):
    check(text, nlp(text)._.sourcebook_figures)


@QUICK
@given(st.text(max_size=300))
def test_grammar_alone(text):
    for expr in find_numbers(text):
        assert 0 <= expr.start < expr.end <= len(text)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", '"', "\u201c" * 50, '"More than 40," he said. "And 50', "\u201d 12 people \u201c",
    "1.\n2.\n3.", "$", "%", "between and", "tens of", "more than", "\x00\x01 5 \ufffd",
])
def test_edge_cases(nlp, text):
    check(text, nlp(text)._.sourcebook_figures)


@pytest.mark.slow
def test_one_megabyte_paragraph(nlp):
    unit = ('Officials said more than 1,200 people fled the river towns, and "the roads were '
            'closed to everyone without a pass, from the bridge to the old market square and '
            'beyond the hills where the “farms are, ')
    text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("sourcebook_figures", "sourcebook_mentions"):
            doc = proc(doc)  # the figures component on an unparsed 1 MB Doc: fast, never raises
    check(text, doc._.sourcebook_figures)
    assert len(doc._.sourcebook_figures) > 1000  # one paragraph, no sentence breaks
