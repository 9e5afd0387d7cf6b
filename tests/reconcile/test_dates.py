"""Estimated publication dates from the dates an article mentions (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcebook.reconcile.dates import estimate_published, explicit_dates, year_hint


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("The ceasefire was signed on March 3, 2019 in Geneva.", None, "2019-03-03"),
        ("Talks began on 4 February 2020 and ended on 9 February 2020.", None, "2020-02-09"),
        ("The report, dated 2018-07-21, was released late.", None, "2018-07-21"),
        ("Dec. 13 2016: the convoy left.", None, "2016-12-13"),
        ("The 13th of December saw the last buses.", 2016, "2016-12-13"),
        # a day and month without a year take the build's year
        ("Shelling resumed on October 7 after a lull.", 2016, "2016-10-07"),
        # ... or the year of a full date in the same article
        ("On January 5, 2017 aid arrived; the siege had begun on October 7.", 2015, "2017-01-05"),
        # a month with a preposition counts as its 15th
        ("Earlier in December the council met. In September it had failed.", 2016, "2016-12-15"),
        ("Prices rose in April 2013 and fell after.", None, "2013-04-15"),
        # the latest date wins, not the first
        ("By November 29 the hospital had closed; in June it was still open.", 2016, "2016-11-29"),
        # every abbreviation of the lexicon's calendar.json, "Sept" and "Sep" both
        ("Sept. 3 2016: the talks stalled.", None, "2016-09-03"),
        ("Sep 3 2016: the talks stalled.", None, "2016-09-03"),
        ("The camp opened on 2 Aug. 2015.", None, "2015-08-02"),
    ],
)
def test_estimate_published(text, hint, expected):
    assert estimate_published(text, hint) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, thirty people were killed.",
        "Yesterday the council met; today it voted.",
        "They may 5 times have tried.",
        "The toll rose to 2,015 by the weekend.",
        "",
    ],
)
def test_no_explicit_date(text):
    assert estimate_published(text, 2016) is None


def test_yearless_dates_need_a_year():
    assert estimate_published("Fighting stopped on November 29.") is None
    assert estimate_published("Fighting stopped on November 29. It began in 2012.") == "2012-11-29"


def test_bare_month_needs_a_preposition():
    # "March" and "May" as words are not dates
    assert explicit_dates("Thousands march through the city. May they be safe.") == []


def test_year_hint_prefers_full_dates_over_history():
    texts = [
        "The citadel was rebuilt in 1986, damaged in 2012 and again in 2012.",
        "Buses left on December 13, 2016.",
        "No year here.",
    ]
    assert year_hint(texts) == 2016
    assert year_hint(["nothing at all"]) is None
    assert year_hint(["in 2014", "in 2015"]) == 2015  # ties go to the later year


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-/") + ["May", "June", "Dec.", "2016", "31", "th", " of ", "in "]),
                max_size=25).map("".join),
       st.one_of(st.none(), st.integers(1900, 2100)))
def test_estimate_is_none_or_a_valid_date(text, hint):
    result = estimate_published(text, hint)
    assert result is None or dt.date.fromisoformat(result)
