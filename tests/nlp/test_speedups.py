"""``nlp.speedups``: spaCy's attribute ruler and lemmatizer on arrays must annotate every token
exactly as spaCy's own components do (part of speech, morphology, lemma, tag, dependency).
The same check on every fourth PolNeAR dev text is in ``tests/evaluate/test_polnear_eval.py``,
which parses PolNeAR dev once for its floors."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from sourcebook.nlp.factories import LINE_BREAKS, PIPELINE_ORDER

ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HARD = [
    "",
    "   \n\n  ",
    "Gon na do it, y'all. I ain't gonna say it's 'em; let's go, c'mon. He'd said she'd been there.",
    "There were 3 gets and it got worse: nothin' doin'. Ol' Bill said 'nuff, and they wo n't.",
    "Clinton Says Trump Is Wrong\n\nIt is something anyone would do, whether or not I do it myself.",
    "The 2.5% rise, though small, was what they'd hoped for - but the council itself said no.",
]


@pytest.fixture
def pipelines(nlp, spacy_pipeline):
    """spaCy's pipeline as spaCy ships it (``tests/conftest.py``), and the build pipeline with
    its Sourcebook components off: the same spaCy components, the two rule ones sped up."""
    with nlp.select_pipes(disable=[LINE_BREAKS, *PIPELINE_ORDER]):
        assert nlp.pipe_names == spacy_pipeline.pipe_names
        yield spacy_pipeline, nlp


def _texts() -> list[str]:
    return HARD + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.rglob("*.txt"))]


def test_same_token_annotations_through_pipe(pipelines) -> None:
    plain, fast = pipelines
    texts = _texts()
    for ours, theirs in zip(fast.pipe(texts, batch_size=4), plain.pipe(texts, batch_size=4), strict=True):
        assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), ours.text[:60]
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]


def test_same_token_annotations_one_doc_at_a_time(pipelines) -> None:
    plain, fast = pipelines
    for text in HARD:
        assert numpy.array_equal(fast(text).to_array(ATTRS), plain(text).to_array(ATTRS)), text[:60]


def test_the_build_pipeline_has_them(nlp) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert "set_annotations" in vars(ruler) and "pipe" in vars(nlp.get_pipe("lemmatizer"))
