"""Follow-ups of the sixty-eighth pass: what a figure counts (measures.json)."""

from __future__ import annotations

import pytest

from .rows import count_kind

KINDS = [
    # people treated are a happening of their own: neither the rescued nor the injured
    ("patients", "treated", ("people", "treated")),
    ("people", "treated", ("people", "treated")),
    ("people", "were treated for smoke inhalation", ("people", "treated")),
    ("people", "received treatment", ("people", "treated")),
    ("people", "rescued", ("people", "rescued")),
    ("people", "injured", ("people", "injured")),
]


@pytest.mark.parametrize(("unit", "predicate", "want"), KINDS, ids=[f"{u}|{p}" for u, p, _ in KINDS])
def test_what_a_figure_counts(unit, predicate, want):
    assert count_kind(unit, predicate) == want
