"""``figures.digit_runs``: the digits in a row a pattern needs, and ``find_times`` skipping what cannot match."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sourcebook.nlp.figures import timex
from sourcebook.nlp.figures.digit_runs import digit_run, longest_run
from sourcebook.nlp.figures.timex import find_times, words


@pytest.mark.parametrize(("pattern", "run"), [
    (r"\bin\s+(?:19|20)\d\d\b", 4),  # a year
    (r"\bFY\s?-?(?:(?:19|20)\d\d|\d\d)\b", 2),  # 'FY2031' or 'FY31'
    (r"Q[1-4]\b", 1),
    (r"\d{1,2}([/.])\d{1,2}\1(?:19|20)\d\d", 4),  # (a back reference breaks a run; the year after it holds four)
    (r"(?:\d+|seven|eight)\s+days", 0),  # a number word is no digit
    (r"\d*x", 0),
    (r"(?:\d\d)+-\d", 2),
    (r"\d(?=\d)\d", 2),  # (a look-ahead takes no character: the digits on its two sides touch)
    (r"[0-9][^0-9]\d", 1),
    (r"(?i:[a-f0-9])\d", 1),
    (r"last\s+week", 0),
])
def test_digit_run(pattern: str, run: int) -> None:
    assert digit_run(re.compile(pattern, re.IGNORECASE)) == run


@pytest.mark.parametrize(("text", "run"), [("no digits", 0), ("in 2031, 45 of 7", 4), ("\u0663\u0664 and 5", 2)])
def test_longest_run(text: str, run: int) -> None:
    assert longest_run(text) == run


_SAMPLES = [
    "Sales rose 12% in 2031 and in the 2020s, the FY31 budget and Q3 2032 figures show.",
    "On 04/05/2031 the council met; since 2019-03-04 the plan has run, and in H1 2031 costs rose.",
    "In the past 24 hours, 40 people were rescued; in two weeks the toll rose to 96.",
    "The 1990s boom and the 2031 heatwave killed 1,100; between now and 2035 the town will grow.",
    "Yesterday 300 homes lost power, year to date 4,000 have; this week, 12 more.",
]


@pytest.mark.parametrize("text", _SAMPLES)
def test_every_match_holds_its_run(text: str) -> None:
    # (a pattern is skipped on a text with a shorter run of digits: each of its matches must hold the run it counts)
    for pattern, _, run in words().patterns:
        for match in pattern.finditer(text):
            assert longest_run(match.group()) >= run, pattern.pattern


@pytest.mark.parametrize("text", [*_SAMPLES, "Turnout was 61%, up from 58% in the last vote.", "Talks went on all week."])
def test_times_as_without_the_skip(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    found = find_times(text)
    lex = words()
    every = replace(lex, patterns=tuple((p, needs, 0) for p, needs, _ in lex.patterns))  # (each pattern tried)
    monkeypatch.setattr(timex, "words", lambda directory=None: every)
    assert find_times(text) == found
