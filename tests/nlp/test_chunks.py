"""The per-article memory budget: a text longer than CHUNK_CHARS is parsed in chunks cut at
paragraph or sentence boundaries (a sentence-less text anywhere), its records shifted back to
offsets into the whole text, ids numbered on across chunks."""

from __future__ import annotations

import pytest

from sourcebook.nlp import runner
from sourcebook.nlp.runner import Task, chunk_bounds, extract_docs


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("short", 100, [(0, 5)]),
    ("a" * 250, 100, [(0, 100), (100, 200), (200, 250)]),  # no sentence, no space: cut anyway
    ("One two.\n\n" * 30, 100, [(0, 100), (100, 200), (200, 300)]),  # paragraph breaks
    ("It rained. " * 30, 100, [(0, 99), (99, 198), (198, 297), (297, 330)]),  # after a sentence end
])
def test_chunk_bounds(text, limit, expected):
    bounds = chunk_bounds(text, limit)
    assert bounds == expected
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end - start <= limit for start, end in bounds)


def test_chunked_records_point_into_the_whole_text(nlp, monkeypatch):
    paragraph = "The mayor of Brask said 30 bridges were closed. \"We are rebuilding,\" said Ada Lind, an engineer."
    text = "\n\n".join(paragraph for _ in range(6))
    [whole] = extract_docs(nlp, [Task("k", text)])
    monkeypatch.setattr(runner, "CHUNK_CHARS", 2 * len(paragraph) + 10)
    [chunked] = extract_docs(nlp, [Task("k", text)])
    extraction = chunked.extraction
    assert extraction is not None and whole.extraction is not None
    assert len(extraction.figures) == 6 and len(extraction.attributions) == len(whole.extraction.attributions)
    for figure in extraction.figures:
        assert text[figure.span.start:figure.span.end] == figure.span.text
    for att in extraction.attributions:
        for span in (att.source, att.cue, *att.contents):
            assert span is None or text[span.start:span.end] == span.text
    assert [a.id for a in extraction.attributions] == [f"a{n}" for n in range(1, len(extraction.attributions) + 1)]
    assert [f.id for f in extraction.figures] == [f"f{n}" for n in range(1, 7)]
    attribution_ids = {a.id for a in extraction.attributions}
    assert all(f.attribution in attribution_ids for f in extraction.figures if f.attribution)
    assert [s.start for s in extraction.sentences] == sorted(s.start for s in extraction.sentences)
    assert extraction.figures == whole.extraction.figures  # paragraphs do not interact here
