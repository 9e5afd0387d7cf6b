"""Publication dates estimated from an article's own text, only with evidence (hand-written
sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcebook.reconcile.dates import date_mentions, estimate_date, estimate_published, explicit_dates

FILLER = "The council met again to talk about the dam and the cost of the repairs. " * 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # datelines: the date opens the article, alone on its line or after a place
        ("March 3, 2019\n\nThe ceasefire held overnight, officials said.", "2019-03-03"),
        ("GENEVA, March 3, 2019 - The talks ended without a deal.", "2019-03-03"),
        ("Harbour reopens\nBRASK, 2031-05-09 -- Ships returned to the port.", "2031-05-09"),
        # an "Updated" or "Published" stamp, wherever it stands
        (FILLER + "\nUpdated 10:40 a.m., Tuesday, May 13, 2031. Ships returned.", "2031-05-13"),
        (FILLER + "\nPublished: 4 February 2020\nThe report was released.", "2020-02-04"),
        ("This is the Morning Tally for Monday, May 12, 2031. The count goes on.", "2031-05-12"),
        # a weekday date: news names the weekday of recent days
        (FILLER + "The mayor spoke at the pier on Thursday, May 15, 2031, as crews worked.", "2031-05-15"),
        # ... supported by the other days of that week, the best-supported day wins
        (FILLER + "Crews arrived on Monday, May 12, 2031. By Wednesday, May 14, 2031 the pier was open.",
         "2031-05-14"),
        # an embedded post's date, after its author's handle
        (FILLER + "Boats are back! - Harbour Office (@harbouroffice) May 9, 2031\n\nThe council agreed.",
         "2031-05-09"),
        # a full date in the lede, when the article names no later year
        ("Flood bulletin\n\nRescue teams on 9 April 2031 recovered four more bodies near the dam.", "2031-04-09"),
        # a month and day anchored to a full date by their weekday: the latest supported day
        (FILLER + "Crews began on Monday, May 12, 2031, and the pier opened on Friday, May 16.", "2031-05-16"),
    ],
)
def test_estimate_with_evidence(text, expected):
    assert estimate_published(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # relative dates alone are no evidence
        "On Tuesday, thirty people were killed. Last week the council met.",
        "Yesterday the council met; today it voted.",
        # a day and month without a year, a month with a year: no full date
        "Fighting stopped on November 29. It began in 2012.",
        "Prices rose in April 2013 and fell after. Earlier in December the council met.",
        # a weekday and a day without any full date to anchor them
        "The vote is on Tuesday, Nov. 8, and the count on Wednesday.",
        # a plain full date deep in the text is most often history
        FILLER + "The old bridge was opened on June 4, 1998, by the then mayor.",
        # history: the lede's date is older than a year the article names
        "The siege began on 9 April 2012, and in 2016 the city fell, officials said.",
        # a date alone on a line late in the article (a print edition) is not the day
        FILLER + "\n\nSaturday, May 17, 2031.",
        # a title naming a day of history is no dateline when the article names later years
        "Remembering June 4, 1998\n\nIn 2031 the town paused for the flood's victims once more.",
        # "published" in a sentence is no stamp: the report is history here
        FILLER + "The report, first published on Monday, June 1, 2026, was cited again in 2031.",
        # an email "dated" is a document's date, not the article's
        FILLER + "In an email dated Feb. 12, 2012, the envoy asked for guards.",
        # a weekday that contradicts its date is not evidence (May 13, 2031 is a Tuesday)
        FILLER + "The pier opened on Friday, May 13, 2031, officials said.",
        "They may 5 times have tried. The toll rose to 2,015 by the weekend.",
        "",
    ],
)
def test_no_evidence_no_date(text):
    assert estimate_date(text) is None


def test_history_is_not_the_news():
    # a day well before the latest stated day is history; the weekday date of the news wins
    text = (FILLER + "The agreement of Friday, March 7, 2031 was broken. "
            "On Monday, May 12, 2031 the council met; on Wednesday, May 14, 2031 it voted.")
    assert estimate_published(text) == "2031-05-14"


def test_estimate_carries_its_evidence_and_confidence():
    text = FILLER + "The mayor spoke at the pier on Thursday, May 15, 2031, as crews worked."
    found = estimate_date(text)
    assert found is not None
    assert found.evidence == "Thursday, May 15, 2031" == text[found.start:found.end]
    assert 0 < found.confidence < 0.9
    dateline = estimate_date("GENEVA, March 3, 2019 - The talks ended.")
    assert dateline is not None and dateline.evidence == "March 3, 2019" and dateline.confidence == 0.9


def test_the_same_text_gets_the_same_date_whatever_else_exists():
    text = FILLER + "The mayor spoke at the pier on Thursday, May 15, 2031, as crews worked."
    assert {estimate_published(text) for _ in range(3)} == {"2031-05-15"}


def test_mentions_know_their_kind():
    text = "BRASK, May 9, 2031 - The port opened.\n" + FILLER + "On Thursday, May 15, 2031 ships came."
    assert [(m.day.isoformat(), m.kind) for m in date_mentions(text)] == [
        ("2031-05-09", "dateline"), ("2031-05-15", "weekday")]


def test_explicit_dates_keep_their_shape():
    # (year, month, day, offset), as the measures read them
    assert explicit_dates("On 13 December 2016 and in July.") == [(2016, 12, 13, 3), (None, 7, None, 24)]
    # "March" and "May" as words are not dates
    assert explicit_dates("Thousands march through the city. May they be safe.") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789 ,.-/\n") + ["May", "June", "Dec.", "2016", "31", "th", " of ", "in ",
                                                            "Tuesday, ", "Updated ", "(@x) "]),
                max_size=25).map("".join))
def test_estimate_is_none_or_a_valid_date(text):
    found = estimate_date(text)
    assert found is None or (dt.date.fromisoformat(found.published) and 0 < found.confidence <= 1
                             and text[found.start:found.end] == found.evidence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every abbreviation of the lexicon's calendar.json, "Sept" and "Sep" both
        ("Sept. 3 2016: the talks stalled.", (2016, 9, 3)),
        ("Sep 3 2016: the talks stalled.", (2016, 9, 3)),
        ("The camp opened on 2 Aug. 2015.", (2015, 8, 2)),
        ("Dec. 13 2016: the convoy left.", (2016, 12, 13)),
    ],
)
def test_explicit_dates_read_the_calendar_abbreviations(text, expected):
    assert [found[:3] for found in explicit_dates(text)] == [expected]
