"""How ``make model`` picks the ranker's threshold (``scripts/train_ranker.py``): the best
attributed F1 on train whose precision is at least four in five, and on a plateau of equal F1
the highest threshold, which shows fewer wrong records."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture()
def train_ranker(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))  # train_ranker imports its neighbour train_tagger
    return importlib.import_module("train_ranker")


def test_the_best_f1_at_enough_precision(train_ranker):
    # keeping all four gives the best F1 (0.86) at a precision of 0.75: too low; from 0.21 up
    # the two right ones at 0.6 and 0.7 are kept alone (F1 0.8), up to 0.6 where one is lost
    probs, labels = [0.1, 0.2, 0.6, 0.7], [1, 0, 1, 1]
    assert train_ranker.best_threshold(probs, labels, n_gold=3) == pytest.approx(0.6)


def test_a_plateau_of_equal_f1_takes_its_highest_threshold(train_ranker):
    # nothing scores between 0.41 and 0.49: every threshold there keeps the same records
    probs = [0.4, 0.5, 0.6, 0.7]
    labels = [0, 1, 1, 1]
    assert train_ranker.best_threshold(probs, labels, n_gold=3) == pytest.approx(0.5)


def test_no_threshold_reaches_the_precision(train_ranker):
    assert train_ranker.best_threshold([0.5, 0.6], [0, 0], n_gold=2) == 0.0
