"""The one clock-time pattern (``clock_times.py``) and what each place built on it accepts: a live
page's time opening a source's line (``syntax.after_clock``), a stamp opening a content
(``candidate.after_dateline``), a clock token that breaks a role (``affiliations``), a stamp before a
turn's label and a clock time opening a source (``time_stamps``). Every string is written for the test.

What the unification changed, each place now reading what the others did: capitals 'PM' and the
four-digit '0930 GMT' in the content stamp and the line's time, a zone in the turn stamp and the
source's clock ('11:45 CEST', '9:05 a.m. ET'), one zone list; and no longer a clock: an hour past 23
('45.50', '24:10') and 'Am' after a time ('9.45 Am I wrong?')."""

from __future__ import annotations

import pytest
from probe_records import found_report, records

from sourcebook.nlp.attribution import affiliations, candidate, syntax, time_stamps
from sourcebook.nlp.attribution.clock_times import is_time_of_day
from sourcebook.nlp.attribution.word_forms import listed

# (text, where syntax.after_clock starts a source running to the text's end: 0 for no time)
LINE_TIMES = [
    ("14:20 A resident posted", 6), ("2.15pm A resident posted", 7), ("9:05 a.m. ET Police said", 13),
    ("0930 GMT Police said", 9), ("0945 GMT - Police said", 9), ("11:45 CEST Police said", 11),
    ("9.45 PM Police said", 8), ("9.45PM Police said", 7), ("12.30 p.m Police said", 10), ("10:30: Polls open", 6),
    ("9.45 Am I wrong", 5),
    # not a time: a bare hour, a figure, a year, a score, a ratio, a verse, '24/7', '9/11', no such hour
    ("10 p.m. Police said", 0), ("3.5 million people", 0), ("2016 Police said", 0), ("2-1 win", 0), ("1:2 draw", 0),
    ("John 3:16 says", 0), ("24/7 Police", 0), ("9/11 Police", 0), ("45.50 Police said", 0), ("24:10 Police said", 0),
    ("10:15 ETA Police", 6),  # (not a zone: 'ETA' goes on with the source)
]


@pytest.mark.parametrize(("text", "end"), LINE_TIMES)
def test_a_live_pages_time_opening_the_line(text, end):
    assert syntax.after_clock(text, 0, len(text)) == end


@pytest.mark.parametrize(("text", "rest"), [
    ("14:20 A resident posted", "A resident posted"), ("9:05 a.m. ET Police said", "Police said"),
    ("0930 GMT Police said", "Police said"), ("0945 GMT - Police said", "Police said"),
    ("11:45 CEST Police said", "Police said"), ("9.45 PM Police said", "Police said"),
    ("10:42 \u2014 Police said", "Police said"), ("10:30: Polls open", "Polls open"),
    ("14:05 \"We are ready,\" she said", "\"We are ready,\" she said"),
    # (no stamp: a figure, a bare hour, a lower-case word after it)
    ("3.5 million people", None), ("10.50 million people", None), ("10 p.m. Police said", None),
    ("45.50 Police said", None), ("3:16 of the game", None),
])
def test_a_stamp_opening_a_content(text, rest):
    start, _ = candidate.after_dateline(text, (0, len(text)))
    assert (text[start:] if start else None) == rest


@pytest.mark.parametrize(("word", "clock"), [
    ("14:20", True), ("9.45", True), ("9.30pm", True), ("3:16", True), ("10:42", True),
    ("3.5", False), ("45.50", False), ("24:10", False), ("2-1", False), ("1:2", False), ("24/7", False), ("9/11", False),
    ("2016", False), ("0930", False), ("9:30", True), ("9.30am", True),
])
def test_a_clock_token(word, clock):
    assert is_time_of_day(word) is clock


@pytest.mark.parametrize(("text", "end"), [
    ("[07:02] HOST: hi", 8), ("(9.30am) ALDER: Y", 9), ("14:20 HOST: hi", 6), ("09:15 BST HOST: hi", 10),
    ("11:45 CEST HOST: hi", 11), ("0930 GMT HOST: hi", 9), ("9:05 a.m. ET HOST: hi", 13), ("14:05GMT HOST: hi", 9),
    ("10:30: Polls open", 0), ("10 p.m. HOST: hi", 0), ("3.5 HOST: hi", 0), ("John 3:16 says", 0), ("9.45 Am I wrong", 5),
])
def test_a_stamp_before_a_turns_label(text, end):
    assert time_stamps._stamp_end(text) == end


@pytest.mark.parametrize(("text", "start"), [
    ("9.14pm Hurst", 7), ("7 p.m. Hurst", 7), ("7pm Hurst", 4), ("10am Hurst", 5), ("9.14pm GMT Hurst", 11),
    ("9:05 a.m. ET Hurst", 13), ("14:20 Hurst", 6),
    ("3.5 Hurst", 0), ("2-1 Hurst", 0), ("24/7 Hurst", 0), ("Hurst", 0), ("13 pm Hurst", 0),
])
def test_a_clock_time_opening_a_source(text, start):
    assert time_stamps.without_clock(text, (0, len(text)))[0] == start


def test_a_clock_token_breaks_a_role(nlp):
    doc = nlp("17:06 Harbourline chief executive Dana Reyes said the ferries would run.")
    clock = next(t for t in doc if t.text == "17:06")
    assert affiliations._after_break(doc, 0, clock.i + 3) == clock.i + 1


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The market opened late.\n14:20 A resident posted on Facebook that the bridge was shut.", "A resident",
     "the bridge was shut"),
    ("The market opened late.\n0930 GMT - Police said the road would reopen by noon.", "Police",
     "the road would reopen by noon"),
    ("The market opened late.\n9.45 PM Police said the road would reopen by noon.", "Police",
     "the road would reopen by noon"),
    ("The market opened late.\n11:45 CEST Police said the road would reopen by noon.", "Police",
     "the road would reopen by noon"),
])
def test_a_live_pages_time_is_no_part_of_the_source(nlp, text, source, content):
    found, there = found_report(records(nlp, text), "said" if "said" in text else "posted", source, content)
    assert found, there


def test_a_stamped_turn_with_a_zone_is_the_labels(nlp):
    found, there = found_report(records(nlp, '09:15 BST Minister Ana Ruiz: "The ferries will run again tomorrow."'),
                                ":", "Minister Ana Ruiz", "The ferries will run again tomorrow")
    assert found, there


@pytest.mark.parametrize("text", [
    "10:30: Polls open across the county.",
    "The club won 2-1 in the rain at 9.45pm.",
])
def test_a_time_alone_reports_nothing(nlp, text):
    assert not records(nlp, text)


def test_a_verse_and_a_score_stay_in_the_content(nlp):
    text = "The pastor said John 3:16 had carried him, and the coach said the 2-1 win was earned."
    found = records(nlp, text)
    assert any("John 3:16" in c.text for r in found for c in r.contents), [r.contents for r in found]
    assert any("2-1 win" in c.text for r in found for c in r.contents)


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("The surveys found little support.", "surveys", True),  # (the form, or the lemma 'survey')
    ("The survey found little support.", "survey", True),
    ("The surveyors found little support.", "surveyors", False),
])
def test_a_word_listed_by_its_form_or_its_lemma(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.text == word)
    assert listed(token, frozenset(["survey"])) is expected
