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
    """(A unit whose name opens with a scale word is listed by the rest: '38 bcm' counts cubic metres,
    ``figures.scaled_units``.)"""
    scales = table("numbers")["scales"]
    units = {unit.partition(" ")[2] if unit.partition(" ")[0] in scales else unit
             for unit in entries(table("figures/measure_units")).values()} | {"metres", "meters"} | \
        word_set("figures/spelled_units")
    assert units <= set(PINT_NAMES)
