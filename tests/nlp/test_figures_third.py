"""Figures the third set's and the fresh set's dev errors taught (sentences written for these
tests, not taken from the sets): ordinals, race names and other words with digits that are no
figures, comparisons and second amounts that are changes, and what a bare level counts."""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.numbers import find_numbers, parse_number


def by_span(nlp, text):
    return {f.span.text: f for f in nlp(text)._.sourcebook_figures}


# no figure in any of these
NONE = [
    "Hollins finished second for the fourth time.",  # ordinals: no figures
    "The mayor is seeking a third term.",
    "Wages beat inflation for the ninth month running.",
    "Exports shrank for a fifth consecutive quarter.",
    "It was the club's 23rd title.",
    "She won the 800m at the national championships.",  # a race named by its distance
    "He set a national record in the women's 10,000 metres.",
    "Leeds finished in the top six.",  # a rank
    "Sales were flat in the first nine months of the year.",  # a part of the calendar
    "Nickel for three-month delivery was unchanged.",  # a contract named by its term
    "Traffic queued between junctions 4 and 5.",  # labels in a list
]


@pytest.mark.parametrize("text", NONE)
def test_no_figures(nlp, text):
    assert [f.span.text for f in nlp(text)._.sourcebook_figures] == []


def test_an_ordinal_is_a_figure_only_as_the_age_of_what_goes_on(nlp):
    found = by_span(nlp, "The dispute, now in its fourth month, has closed 30 schools.")
    assert (found["fourth"].kind, found["fourth"].value, found["fourth"].unit) == ("ordinal", 4, "months")
    assert "fourth" not in by_span(nlp, "The dispute closed schools for the fourth month in a row.")


# (text, span, value, kind, unit)
READINGS = [
    ("The 400m hurdles final starts at noon.", None, None, None, None),
    ("A 30m-long section of the wall fell.", "30m", 30, "measure", "metres"),
    ("The app reached 400m users.", "400m", 400e6, "count", "users"),
    ("Frost is forecast, with lows of -7C in the glens.", "-7C", -7, "measure", "degrees Celsius"),
    ("The new van emits 142g/km of CO2.", "142g/km", 142, "measure", "grams per kilometre"),
    ("The tablet's 48MP camera records 8K video.", "48MP", 48, "measure", "megapixels"),
    ("The ferry's 620 cabins were full.", "620", 620, "count", "cabins"),
    ("A tremor of magnitude 4.1 shook the valley.", "4.1", 4.1, "count", "magnitude"),
    ("Revenue was $41.3bn in the year.", "$41.3bn", 41.3e9, "money", "dollars"),
    ("The dish is 4.2 metres across.", "4.2", 4.2, "measure", "metres"),
    ("The pilots flew 300 sorties over 15 years.", "over 15", 15, "duration", "years"),
]


@pytest.mark.parametrize("text, span, value, kind, unit", READINGS)
def test_readings(nlp, text, span, value, kind, unit):
    found = by_span(nlp, text)
    if span is None:
        assert found == {}
        return
    assert span in found, list(found)
    f = found[span]
    assert (f.value, f.kind, f.unit) == (pytest.approx(value), kind, unit)


def test_amounts_are_written_exactly():
    assert parse_number("65.6bn") == 65_600_000_000
    assert parse_number("1.15 billion") == 1_150_000_000
    assert [e.value for e in find_numbers("It fell to -3.5C.")] == [-3.5]
    assert [e.value for e in find_numbers("the score was 3-2")] != [-2]  # a hyphen after digits is no minus


# (text, span, change, level)
CHANGES = [
    ("Rail journeys were 12% fewer than a year earlier.", "12%", "down", False),
    ("The tablet costs $80 more than last year's model.", "$80", "up", False),
    ("The council expects to spend £4m more than budgeted.", "£4m", None, True),  # a forecast: no change
    ("The sell-off knocked 6% off the index.", "6%", "down", False),
    ("The chain grew sales 14% in the quarter.", "14%", "up", False),
    ("Admissions were 7% higher than a month before, at 2,940.", "2,940", "up", True),
    ("Jobless claims edged up to 231,000.", "231,000", "up", True),
    ("Prices rose 0.4% on the month and 3.1% on the year.", "3.1%", "up", False),
    ("The Nikkei gained 240 points to close at 38,900.", "38,900", "up", True),
    ("Its rate was raised by half a point, or 50 basis points.", "50 basis points", "up", False),
    ("The grid shrank at an annualised rate of 1.7%.", "1.7%", "down", False),
    ("The retailer cut the price of its tablet by £40 to £189.", "£40", "down", False),
    ("The retailer cut the price of its tablet by £40 to £189.", "£189", "down", True),
    ("The city grew by more than half a million to 9.1 million.", "more than half a million", "up", False),
]


@pytest.mark.parametrize("text, span, change, level", CHANGES)
def test_changes(nlp, text, span, change, level):
    found = by_span(nlp, text)
    assert span in found, list(found)
    assert (found[span].change, found[span].level) == (change, level)


# (text, span, unit)
UNITS = [
    ("Waiting lists grew to 6.9 million in June.", "6.9 million", "people"),
    ("Attendance fell by 2,500 after the move.", "2,500", "people"),
    ("A crowd of 48,000 saw the match.", "48,000", "people"),
    ("The index closed at 7,954, down 0.2%.", "7,954", "points"),
    ("The FTSE 250 rose 1% to 20,150.", "20,150", "points"),
    ("Exports of bicycles rose 9% to 1.4 million.", "1.4 million", "bicycles"),
    ("The side has lost seven of its last ten games.", "seven", "games"),
    ("The bank trimmed its rate by half a percentage point.", "half", "percentage points"),
    ("Fares rose from 3 to 4 euros.", "3", "euros"),
    ("The app gained 2 million players, taking its total to 31 million.", "31 million", "players"),
]


@pytest.mark.parametrize("text, span, unit", UNITS)
def test_what_a_level_counts(nlp, text, span, unit):
    found = by_span(nlp, text)
    assert span in found, list(found)
    assert found[span].unit == unit


def test_an_earlier_ratio_is_linked_to_its_level(nlp):
    found = by_span(nlp, "About 1 in 8 adults smoke, down from 1 in 5 in 2010.")
    assert found["1 in 5"].value == pytest.approx(0.2) and found["1 in 5"].change is None
    assert found["About 1 in 8"].previous == found["1 in 5"].id
