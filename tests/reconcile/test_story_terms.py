"""The story pass counts terms itself (importing scikit-learn took a second of every build):
the matrix must be scikit-learn's, entry for entry and in its order within a row, because the
norms summed from it decide which articles form a story."""

from __future__ import annotations

import random

import numpy as np
import pytest

from sourcebook.reconcile.stories import StoryInput, _term_frequencies, _terms

WORDS = ("flood dam breach evacuated river council mayor police shelter rain storm water "
         "minister election vote poll debate senator campaign crowd road bridge school").split()


def _items(seed: int, n: int) -> list[StoryInput]:
    rng = random.Random(seed)
    items = []
    for i in range(n):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 60)))
        title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
        names = tuple((rng.choice(["Anna Bell", "the River Trust", "Bo Li"]), rng.choice(["PERSON", "ORG", "GPE"]))
                      for _ in range(rng.randint(0, 3)))
        items.append(StoryInput(f"a{i:03d}", None, title or None, text, names))
    return items


@pytest.mark.parametrize("seed", range(5))
def test_term_frequencies_are_scikit_learns(seed: int) -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    items = _items(seed, 40)
    ours = _term_frequencies(items)
    vectorizer = text.TfidfVectorizer(analyzer=_terms, sublinear_tf=True, use_idf=False, norm=None)
    theirs = vectorizer.fit_transform(items)
    assert ours.shape == theirs.shape
    for name in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(ours, name), getattr(theirs, name)), name


def test_stop_words_are_scikit_learns() -> None:
    text = pytest.importorskip("sklearn.feature_extraction.text")
    from sourcebook.reconcile.stop_words import _read_literal, stop_words

    assert _read_literal() == text.ENGLISH_STOP_WORDS  # read from the file, not imported
    assert stop_words() == text.ENGLISH_STOP_WORDS
