"""`make model`'s fits (``scripts/train_ranker.py``, ``scripts/train_tagger.py``) on a
scipy.sparse matrix learn what the dense and ``np.bincount`` products they replaced learned:
the same features kept, the same weights, and the same weights twice."""

from __future__ import annotations

import importlib
import random
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture()
def train_ranker(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))  # train_ranker imports its neighbour train_tagger
    return importlib.import_module("train_ranker")


@pytest.fixture()
def train_tagger(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    return importlib.import_module("train_tagger")


def dense_matrix(rows: list[list[str]], min_count: int, once: bool) -> tuple[dict[str, int], np.ndarray]:
    """The features seen at least ``min_count`` times (in as many rows when ``once``) and the dense
    matrix of ``rows`` over them: 0/1 when ``once``, else counts (a feature twice in a row counts twice)."""
    counts = Counter(f for row in rows for f in (set(row) if once else row))
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    x = np.zeros((len(rows), len(index)))
    for r, row in enumerate(rows):
        for f in row:
            if f in index:
                x[r, index[f]] = 1.0 if once else x[r, index[f]] + 1.0
    return index, x


def dense_ranker_fit(module, rows: list[list[str]], labels: list[int]) -> dict[str, float]:
    """The ranker's fit before it went sparse: every proposal a dense row of 0/1."""
    index, x = dense_matrix(rows, module.MIN_COUNT, once=True)
    names = list(index)
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    reg = np.full(len(names), module.L2 / len(rows))
    reg[index["bias"]] = 0.0
    for _ in range(module.STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= module.RATE * (x.T @ (p - y) / len(rows) + reg * w)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) > 1e-4}


def dense_tagger_fit(module, rows: list[list[str]], labels: list[int]) -> dict[str, float]:
    """The tagger's Adam fit on a dense matrix of counts (a feature twice in a row counts twice)."""
    index, x = dense_matrix(rows, module.MIN_COUNT, once=False)
    names = list(index)
    y = np.array(labels, dtype=float)
    w = np.zeros(len(names))
    reg = np.full(len(names), module.L2 / len(rows))
    reg[index["bias"]] = 0.0
    m, v = np.zeros(len(names)), np.zeros(len(names))
    for step in range(1, module.STEPS + 1):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) / len(rows) + reg * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= module.RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {f: round(float(w[i]), 4) for f, i in index.items() if abs(w[i]) > 1e-4}


def toy(seed: int = 7) -> tuple[list[list[str]], list[int]]:
    """Rows with a bias, a few common and some rare features (left out), a feature repeated
    in its row, and labels that lean on two of them."""
    rng = random.Random(seed)
    rows, labels = [], []
    for _ in range(300):
        row = ["bias"] + [f"f{k}" for k in range(12) if rng.random() < 0.25]
        if rng.random() < 0.02:
            row.append(f"rare{rng.randrange(100)}")
        if "f3" in row:
            row.append("f3")
        lean = 0.2 + 0.5 * ("f1" in row) - 0.15 * ("f2" in row)
        rows.append(row)
        labels.append(int(rng.random() < lean))
    return rows, labels


def agree(fitted: dict[str, float], reference: dict[str, float]) -> bool:
    return fitted.keys() == reference.keys() and all(abs(fitted[f] - reference[f]) <= 1e-4 for f in fitted)


def test_the_sparse_ranker_fit_learns_the_dense_fits_weights(train_ranker):
    rows, labels = toy()
    weights = train_ranker.fit(rows, labels)
    assert agree(weights, dense_ranker_fit(train_ranker, rows, labels))
    assert not any(f.startswith("rare") for f in weights)
    assert weights["f1"] > 1.0 and weights["f2"] < 0.0


def test_the_sparse_tagger_fit_learns_the_dense_fits_weights(train_tagger):
    rows, labels = toy(seed=3)
    weights = train_tagger.fit(rows, labels)
    assert agree(weights, dense_tagger_fit(train_tagger, rows, labels))
    assert weights["f1"] > 0.5 and weights["f2"] < 0.0


def test_the_sparse_fits_are_the_same_twice(train_ranker, train_tagger):
    rows, labels = toy(seed=11)
    assert train_ranker.fit(rows, labels) == train_ranker.fit(rows, labels)
    assert train_tagger.fit(rows, labels) == train_tagger.fit(rows, labels)


def test_a_feature_twice_in_a_row_is_one_for_the_ranker_two_for_the_tagger(train_ranker, train_tagger):
    # the ranker's dense matrix set a 1, the tagger's products added each occurrence
    assert train_ranker.design([["bias", "a", "a"], ["bias"]], {"a": 0, "bias": 1}).toarray().tolist() == [
        [1.0, 1.0],
        [0.0, 1.0],
    ]
    assert train_tagger.sparse_rows([[1, 0, 0], [1]], 2).toarray().tolist() == [[2.0, 1.0], [0.0, 1.0]]
