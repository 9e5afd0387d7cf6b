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
    atts = doc._.sourcebook_attributions
    by_id = {att.id: att for att in atts}
    assert len(by_id) == len(atts), "attribution ids are unique"
    for att in atts:
        for span in (att.source, att.cue, *att.contents):
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
        assert att.contents
        check_parent(att, by_id)
    return atts


def check_parent(att, by_id):
    """A parent is another attribution of the same Doc whose content holds the cue."""
    if att.parent is None:
        return
    assert att.parent != att.id, f"{att.id} is its own parent"
    assert att.parent in by_id, f"{att.id}: parent {att.parent} is not an attribution of this Doc"
    assert att.cue is not None, f"{att.id} has a parent but no cue"
    parent = by_id[att.parent]
    assert any(c.start <= att.cue.start and att.cue.end <= c.end for c in parent.contents), (
        f"{att.id}: cue {att.cue} lies in no content of its parent {att.parent}"
    )


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
        # (a subject ending the text after a relative: doubled_subjects read past the end)
        '"  H he 0000 0e$U1\rbelieves that# 00|1 :00000',
    ],
)
def test_degenerate_inputs(nlp, text):
    check(nlp, text)


@pytest.mark.slow
def test_one_megabyte_paragraph(nlp):
    """One paragraph of a million characters (long tokens keep the parse quick), with
    quotation marks left open, cues and pronouns throughout."""
    chunk = 'The minister said that the plan was "working, and \u201cnobody\u201d doubted it, he told reporters. '
    filler = "x" * 2000 + " "
    text = (chunk + filler) * (1_000_000 // (len(chunk) + len(filler)) + 1)
    assert len(text) >= 1_000_000 and "\n" not in text
    atts = check(nlp, text)
    assert atts


def test_nested_report_has_its_holder_as_parent(nlp):
    """'X said that Y believes Z': Y's belief is nested in X's statement."""
    text = "The mayor said that the governor believes the budget is too small."
    atts = check(nlp, text)
    inner = [a for a in atts if a.parent is not None]
    assert inner, atts
    assert all(by.id == inner[0].parent for by in atts if by.parent is None)


class _Att:
    def __init__(self, id, cue, contents, parent):
        self.id, self.cue, self.contents, self.parent = id, cue, contents, parent


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end


@pytest.mark.parametrize(
    "parent, cue, contents",
    [
        ("a9", (10, 14), [(5, 30)]),  # not an attribution of the Doc
        ("a2", (10, 14), [(5, 30)]),  # its own parent
        ("a1", (40, 44), [(5, 30)]),  # the cue lies outside the parent's content
        ("a1", None, [(5, 30)]),  # a parent without a cue
    ],
)
def test_parent_check_can_fail(parent, cue, contents):
    outer = _Att("a1", _Span(0, 4), [_Span(s, e) for s, e in contents], None)
    inner = _Att("a2", _Span(*cue) if cue else None, [_Span(50, 60)], parent)
    with pytest.raises(AssertionError):
        check_parent(inner, {"a1": outer, "a2": inner})
