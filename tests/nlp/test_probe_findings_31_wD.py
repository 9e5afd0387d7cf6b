"""Patterns found in the thirty-first session: wire copy's content boundaries (datelines the parser
cut into, clauses joined before a trailing reporting clause, a wire agency's credit the parser
hung inside the report). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- datelines


@pytest.mark.parametrize("dateline, content", [
    ("LUSAKA, Jan 22 \u2014", "Zambia's copper production will rise 12% this year"),
    ("HARARE, Feb. 3 \u2013", "Zambia's copper production will rise 12% this year"),
    ("OTTAWA, Ontario, May 9 (Reuters) -", "Zambia's copper production will rise 12% this year"),
])
def test_a_dateline_the_parser_cut_into_is_no_content(nlp, dateline, content):
    text = f"Copper output to rise\n\n{dateline} {content}, the mines ministry said on Wednesday.\n"
    found = records(nlp, text, "said")
    assert [contents(a) for a in found] == [[content]]


def test_an_agency_dateline_after_the_headline_is_no_content(nlp):
    text = "Beef recall\nWASHINGTON (Reuters) - Acme Foods is recalling 4,000 pounds of ground beef, the agency said.\n"
    found = records(nlp, text, "said")
    assert [contents(a) for a in found] == [["Acme Foods is recalling 4,000 pounds of ground beef"]]


@pytest.mark.parametrize("text, content", [
    ("LIMA (AP) \u2014 Peru's president will visit China next month, her office said on Tuesday.",
     "Peru's president will visit China next month"),
    ("KAMPALA - Uganda's parliament passed the budget, the speaker said.", "Uganda's parliament passed the budget"),
    ("In a statement on Jan 22 - a Wednesday - Zambia's ministry said output would rise.", "output would rise"),
    ("NAIROBI, Kenya (Reuters) - Kenya's central bank said on Tuesday it would hold rates.", "it would hold rates"),
])
def test_contents_around_datelines_stay(nlp, text, content):
    found = records(nlp, "Headline here\n\n" + text + "\n", "said")
    assert [contents(a) for a in found] == [[content]]


# ---------------------------------------------------------------- clauses joined before a trailing report


@pytest.mark.parametrize("clauses, tail", [
    ("Eight people have been hospitalized in five states, and one person in Idaho died", "the CDC reported"),
    ("Eight people have been hospitalized in five states, and one person in Idaho died", "the state reported"),
    ("Thirty flights have been cancelled, and hundreds of passengers are stranded", "the airport announced"),
    ("The plant has been shut since March, but workers are still being paid", "the union said"),
])
def test_a_trailing_report_covers_the_clauses_joined_before_it(nlp, clauses, tail):
    found = records(nlp, f"{clauses}, {tail}.", tail.split()[-1])
    assert [contents(a) for a in found] == [[clauses]]


@pytest.mark.parametrize("text, expected", [
    ("The mayor said the plan was dead, and the council will vote again, officials said.",
     [["the plan was dead"], ["the council will vote again"]]),
    ("Prices fell sharply; demand is weak, analysts said.", [["demand is weak"]]),
    ("The bridge closed on Monday, and officials said traffic would be diverted.", [["traffic would be diverted"]]),
    ("Sales rose 4% in the quarter and margins narrowed, the company said.",
     [["Sales rose 4% in the quarter and margins narrowed"]]),
])
def test_reports_of_their_own_stay_apart(nlp, text, expected):
    assert [contents(a) for a in records(nlp, text, "said")] == expected


# ---------------------------------------------------------------- an agency's credit hung inside the report


def test_an_agency_closing_the_sentence_reports_the_whole_clause(nlp):
    text = 'Polin dismissed the talks as "theatre", Russian state news agency TASS reported.'
    found = {a.cue.text: a for a in records(nlp, text)}
    tass, polin = found["reported"], found["dismissed"]
    assert contents(tass) == ['Polin dismissed the talks as "theatre"']
    assert contents(polin) == ['the talks as "theatre"']
    assert polin.parent == tass.id and tass.parent is None


@pytest.mark.parametrize("text, outer, inner", [
    ('Polin dismissed the talks as "theatre", the agency reported.', "reported", "dismissed"),
    ('The minister believes the plan is "fair", his spokesman told reporters.', "told", "believes"),
    ('Erdogan dismissed the sanctions as "a joke", Turkish state broadcaster TRT reported.', "reported", "dismissed"),
])
def test_a_closing_report_that_was_read_right_stays(nlp, text, outer, inner):
    found = {a.cue.text: a for a in records(nlp, text)}
    assert found[inner].parent == found[outer].id
    assert "," not in contents(found[inner])[0]
