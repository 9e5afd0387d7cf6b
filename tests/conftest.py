"""Shared fixtures: one spaCy pipeline per session, paths to the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
POLNEAR = SHARED / "corpora" / "polnear"


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline with every Sourcebook component."""
    from sourcebook.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "gold").is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (../shared is not beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    if not (POLNEAR / "train").is_dir():
        pytest.skip(f"PolNeAR not found at {POLNEAR} (../shared is not beside the checkout)")
    return POLNEAR
