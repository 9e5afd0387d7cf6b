"""The number grammar on text alone (no spaCy): (text, expected) tables."""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.numbers import find_numbers, parse_number


def one(text):
    found = find_numbers(text)
    assert len(found) == 1, [text[e.start:e.end] for e in found]
    e = found[0]
    return text[e.start:e.end], e.value, e.low, e.high, e.qualifier, e.kind


# (text, span, value, low, high, qualifier, kind)
CASES = [
    # digits, separators, decimals, scales
    ("About 250,000 residents", "About 250,000", 250000, None, None, "around", "count"),
    ("a loss of 1.2 million jobs", "1.2 million", 1_200_000, 1_200_000, 1_200_000, "exact", "count"),
    ("support fell to 3.5% this week", "3.5%", 3.5, 3.5, 3.5, "exact", "percent"),
    ("support fell 3.5 percent", "3.5", 3.5, 3.5, 3.5, "exact", "percent"),
    ("a swing of 4 percentage points", "4", 4, 4, 4, "exact", "percent"),
    ("the plan costs $4 billion", "$4 billion", 4e9, 4e9, 4e9, "exact", "money"),
    ("a £5bn package", "£5bn", 5e9, 5e9, 5e9, "exact", "money"),
    ("a 40.5 kilometre road", "40.5", 40.5, 40.5, 40.5, "exact", "count"),
    # number words
    ("five ferries sank", "five", 5, 5, 5, "exact", "count"),
    ("twenty-three lorries", "twenty-three", 23, 23, 23, "exact", "count"),
    ("two hundred and fifty nurses", "two hundred and fifty", 250, 250, 250, "exact", "count"),
    ("a dozen bakers", "a dozen", 12, 12, 12, "exact", "count"),
    ("half a million tickets", "half a million", 500_000, 500_000, 500_000, "exact", "count"),
    ("three million voters", "three million", 3_000_000, 3_000_000, 3_000_000, "exact", "count"),
    # ranges
    ("3-5 square miles", "3-5", 3, 3, 5, "range", "count"),
    ("between 10 and 20 tents", "between 10 and 20", 10, 10, 20, "range", "count"),
    ("two or three boats", "two or three", 2, 2, 3, "range", "count"),
    ("3 to 5 million euros", "3 to 5 million", 3_000_000, 3_000_000, 5_000_000, "range", "count"),
    # vague magnitudes: value is the lower bound of the interval
    ("dozens of shops", "dozens", 24, 24, 99, "vague", "count"),
    ("hundreds of farmers", "hundreds", 200, 200, 999, "vague", "count"),
    ("thousands of pilgrims", "thousands", 2000, 2000, 9999, "vague", "count"),
    ("tens of thousands of fans", "tens of thousands", 20_000, 20_000, 99_999, "vague", "count"),
    ("hundreds of thousands of acres", "hundreds of thousands", 200_000, 200_000, 999_999, "vague", "count"),
    ("millions of viewers", "millions", 2_000_000, 2_000_000, 999_999_999, "vague", "count"),
    ("several hundred miners", "several hundred", 200, 200, 999, "vague", "count"),
    # qualifiers
    ("more than 750 teachers", "more than 750", 750, 750, None, "more than", "count"),
    ("over 40 bridges", "over 40", 40, 40, None, "more than", "count"),
    ("at least 82 sailors", "at least 82", 82, 82, None, "at least", "count"),
    ("nearly 90 lorries", "nearly 90", 90, None, 90, "nearly", "count"),
    ("almost 30 wells", "almost 30", 30, None, 30, "nearly", "count"),
    ("around 20,000 people", "around 20,000", 20_000, None, None, "around", "count"),
    ("about 13 kilometres", "about 13", 13, None, None, "around", "count"),
    ("some 300 guests", "some 300", 300, None, None, "around", "count"),
    ("an estimated 6,000 cattle", "an estimated 6,000", 6000, None, None, "around", "count"),
    ("up to 185,000 homes", "up to 185,000", 185_000, None, 185_000, "up to", "count"),
    ("fewer than 100 seats", "fewer than 100", 100, None, 100, "less than", "count"),
    ("under 18 months", "under 18", 18, None, 18, "less than", "count"),
    ("200 or more cars", "200 or more", 200, 200, None, "at least", "count"),
    ("more than a dozen mayors", "more than a dozen", 12, 12, None, "more than", "count"),
    ("nearly 40% of the vote", "nearly 40%", 40, None, 40, "nearly", "percent"),
    # ratios, fractions, ordinals
    ("one in five parents", "one in five", 0.2, 0.2, 0.2, "exact", "ratio"),
    ("nine out of 10 dentists", "nine out of 10", 0.9, 0.9, 0.9, "exact", "ratio"),
    ("two-thirds of members", "two-thirds", 0.6667, 0.6667, 0.6667, "exact", "fraction"),
    ("half of the farms", "half", 0.5, 0.5, 0.5, "exact", "fraction"),
    ("the strike is in its third week", "third", 3, 3, 3, "exact", "ordinal"),
]


@pytest.mark.parametrize("text, span, value, low, high, qualifier, kind", CASES)
def test_number_table(text, span, value, low, high, qualifier, kind):
    got = one(text)
    assert got[0] == span
    assert got[1] == pytest.approx(value)
    assert got[2] == (None if low is None else pytest.approx(low))
    assert got[3] == (None if high is None else pytest.approx(high))
    assert got[4:] == (qualifier, kind)


@pytest.mark.parametrize("text", [
    "9/11", "10:30", "the M2 motorway", "the 1990s", "24/7", "", "no digits here at all",
])
def test_no_number(text):
    assert find_numbers(text) == []


def test_a_descending_pair_is_two_numbers():
    text = "the council voted 7-2"
    assert [(text[e.start:e.end], e.value) for e in find_numbers(text)] == [("7", 7), ("2", 2)]


def test_from_to_is_a_change_not_a_range():
    text = "rose from 3 to 5"
    assert [e.value for e in find_numbers(text)] == [3, 5]


@pytest.mark.parametrize("text, value", [
    ("250,000", 250000), ("1.2 million", 1.2e6), ("twenty-three", 23), ("a dozen", 12),
    ("half a million", 5e5), ("one hundred and five", 105), ("$4bn".lstrip("$"), 4e9), ("nonsense", None),
])
def test_parse_number(text, value):
    assert parse_number(text) == (None if value is None else pytest.approx(value))


def test_offsets_are_character_offsets():
    text = "Caf\u00e9 \u201cowners\u201d: more than 1,000 signed \u2014 up to 2,000 may."
    for e in find_numbers(text):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end].strip() == text[e.start:e.end]
