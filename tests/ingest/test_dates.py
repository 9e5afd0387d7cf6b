"""Publication dates written into URLs and file names."""

from __future__ import annotations

import datetime as dt

import pytest

from sourcebook.ingest.dates import date_in_locator

LATEST = dt.date(2030, 1, 1)


@pytest.mark.parametrize(
    ("locator", "expected"),
    [
        ("https://news.example.org/2016/09/25/dam-breach-report/", "2016-09-25"),
        ("https://news.example.org/world/2019-03-07-flood-toll", "2019-03-07"),
        ("valley-courier_20210411_storm.txt", "2021-04-11"),
        ("wire_2016_12_01_aleppo.html", "2016-12-01"),
        ("reports/2018.06.30.summary.txt", "2018-06-30"),
        # not a date: month 13, day 32, February 30
        ("archive/2016/13/05/x", None),
        ("archive/20160932.txt", None),
        ("notes-2015-02-30.txt", None),
        # year first only; a bare year or year-month is not a day
        ("report-09-10-2016.txt", None),
        ("https://example.org/2016/09/story", None),
        # a longer number is an identifier, not a date
        ("item-120160925.txt", None),
        ("story-201609251.txt", None),
        # mixed separators are not one date
        ("2016-09_25.txt", None),
        # after the latest possible day: not a publication date
        ("plan-2031-05-01.txt", None),
        (None, None),
        ("", None),
    ],
)
def test_date_in_locator(locator, expected):
    assert date_in_locator(locator, latest=LATEST) == expected


def test_the_first_valid_date_wins():
    assert date_in_locator("2017/02/30/then-2017-03-01.html", latest=LATEST) == "2017-03-01"
    assert date_in_locator("2014-05-06/updated-2014-05-09.html", latest=LATEST) == "2014-05-06"


def test_default_latest_is_tomorrow():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    assert date_in_locator(f"x-{tomorrow:%Y%m%d}.txt") == tomorrow.isoformat()
    later = tomorrow + dt.timedelta(days=1)
    assert date_in_locator(f"x-{later:%Y%m%d}.txt") is None
