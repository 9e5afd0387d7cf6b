"""``nlp.speedups``: spaCy's attribute ruler and lemmatizer on arrays must annotate every token
exactly as spaCy's own components do (part of speech, morphology, lemma, tag, dependency)."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc

from sourcebook.nlp.speedups import speed_up

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


@pytest.fixture(scope="module")
def pipelines(nlp):
    name = nlp.meta["sourcebook_model_name"]
    plain = spacy.load(name)
    fast = spacy.load(name)
    speed_up(fast)
    return plain, fast


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


@pytest.mark.slow
def test_same_token_annotations_on_polnear_dev(pipelines, polnear_dir) -> None:
    """The speed work's before and after on real news: every fourth PolNeAR dev text, parsed
    once up to the rule components, then annotated by spaCy's ruler and lemmatizer and by their
    array versions. The ledger is a function of these annotations, so equal annotations are an
    unchanged extraction (``scripts/same_ledger.py`` compares whole ledgers across commits)."""
    plain, fast = pipelines
    texts = [p.read_text(encoding="utf-8") for p in sorted((polnear_dir / "dev" / "text").glob("*.txt"))][::4]
    rules = ("attribute_ruler", "lemmatizer")
    upstream = plain.pipe_names[:plain.pipe_names.index(rules[0])]
    assert set(rules) <= set(plain.pipe_names) and plain.pipe_names[len(upstream) + 1] == rules[1]
    with plain.select_pipes(enable=upstream):
        parsed = list(plain.pipe(texts, batch_size=8))
    assert len(parsed) >= 20
    for doc in parsed:
        theirs = plain.get_pipe("lemmatizer")(plain.get_pipe("attribute_ruler")(doc.copy()))
        mine = Doc(fast.vocab).from_bytes(doc.to_bytes())  # the same parse, in the fast pipeline's strings
        [ours] = fast.get_pipe("lemmatizer").pipe([fast.get_pipe("attribute_ruler")(mine)])
        assert theirs.has_annotation("LEMMA") and ours.has_annotation("LEMMA")
        assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), doc.text[:60]
