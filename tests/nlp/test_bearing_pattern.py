"""``bearing_names._pattern``: the look at a capital first letter finds every capitalised bearing the plain
case-insensitive pattern finds, and only those."""

from __future__ import annotations

import re

import pytest

from sourcebook.nlp.figures.bearing_names import _pattern
from sourcebook.nlp.lexicon import word_set

_TEXTS = [
    "Turnout in Kellow West was 58.2%, north of the river it was lower and in Dunmore South-East higher.",
    "The east wing, the North-West ward, Central Square and the CENTRAL line; north-east winds, a south-eastern town.",
    "Votes in Marley Northwest and in Tarn southwest were counted; WEST and East-Anglia (not one) and Westport.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_capitalised_bearings_as_before(text: str) -> None:
    bearings = word_set("figures/bearing_suffixes")
    words = sorted(bearings, key=len, reverse=True)
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)
    expected = [m.span() for m in plain.finditer(text) if m.group()[:1].isupper()]
    assert [m.span() for m in _pattern(bearings).finditer(text)] == expected
    assert expected
