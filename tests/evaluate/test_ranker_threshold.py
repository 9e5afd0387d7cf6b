"""How ``make model`` picks the ranker's threshold (``scripts/train_ranker.py``): the best
attributed F1 on train whose precision is at least four in five, and on a plateau of equal F1
the highest threshold, which shows fewer wrong records; read on probabilities of texts the
ranker was not fitted on."""

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


def test_the_threshold_reads_probabilities_of_texts_the_ranker_did_not_see(train_ranker):
    # a feature seen only in the texts of fold 0, always right: a ranker fitted on all the
    # texts trusts it, one fitted on the other folds has never seen it
    folds = train_ranker.FOLDS
    rows, labels, texts = [], [], []
    for text in range(2 * folds):
        for k in range(8):
            if text % folds == 0:
                rows.append(["bias", "only_in_fold_0"])
                labels.append(1)
            else:
                rows.append(["bias"])
                labels.append(k % 2)
            texts.append(text)
    seen = train_ranker.Ranker.__new__(train_ranker.Ranker)
    seen.weights = train_ranker.fit(rows, labels)
    held_out = train_ranker.held_out_probabilities(rows, labels, texts)
    first = texts.index(0)
    assert seen.probability(rows[first]) > 0.8
    assert held_out[first] == pytest.approx(0.5, abs=0.05)
