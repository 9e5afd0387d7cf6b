"""``figures/unit_names.PINT_NAMES`` answers for pint: each entry must be what pint says."""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.grammar import entries
from sourcebook.nlp.figures.unit_names import PINT_NAMES
from sourcebook.nlp.figures.units import _ask_pint
from sourcebook.nlp.lexicon import table, word_set


@pytest.mark.parametrize("unit", sorted(PINT_NAMES))
def test_each_name_is_pints(unit: str) -> None:
    pytest.importorskip("pint")
    assert PINT_NAMES[unit] == _ask_pint(unit)


def test_every_lexicon_unit_is_listed() -> None:
    units = set(entries(table("figures/measure_units")).values()) | {"metres", "meters"} | \
        word_set("figures/spelled_units")
    assert units <= set(PINT_NAMES)
