"""Figures the fresh set's errors taught (sentences written for these tests, not taken from
the set): changes said with a noun or a running total, number words joined right, ages of
groups, and what is no figure (reporting periods, lists of scores, addresses, identifiers).
Scores are figures of kind ``score`` only when asked."""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures import Extractor


def by_span(nlp, text):
    return {f.span.text: f for f in nlp(text)._.sourcebook_figures}


# (text, span, value, change, level)
CHANGES = [
    ("The lender will cut 1,500 jobs next year.", "1,500", 1500, "down", False),
    ("Fares fell after a cut of 40 euros.", "40", 40, "down", False),
    ("Rents posted a 12% jump in the spring.", "12%", 12, "up", False),
    ("Members grew by 3 million in the year to a total of 41 million.", "41 million", 41e6, "up", True),
    ("It hired 30 nurses, taking its staff to 880.", "880", 880, "up", True),
    ("Two more ships left, bringing the total down to 12.", "12", 12, "down", True),
    ("Bike lanes have trebled since 2015, to 9,000 km.", "9,000 km", 9000, "up", True),
    ("Demand could double to 80 gigawatts by 2040.", "double", 2, "up", False),
    ("Silver rallied before easing back to $28.10.", "$28.10", 28.1, "down", True),
    ("The ban cut deaths on the roads of three northern provinces by 14%.", "14%", 14, "down", False),
    ("Profit reached £2.2bn for the nine months to March, up from £1.9bn.", "£2.2bn", 2.2e9, "up", True),
    ("Profit reached £2.2bn for the nine months to March, up from £1.9bn.", "£1.9bn", 1.9e9, None, True),
    ("Bread costs 9 cents higher than in May.", "9", 9, "up", False),
    ("Pay is still 3% below its 2009 peak.", "3%", 3, "down", False),
    ("Inflation climbed to a 30-year high of 9.2% in May.", "9.2%", 9.2, "up", True),
    ("The euro was down 0.3% at $1.08 in Tokyo.", "$1.08", 1.08, "down", True),
    ("Shares ended 2.4% higher at 318p.", "318p", 318, "up", True),
    ("Exports grew to $5bn, an 11% gain on last year.", "11%", 11, "up", False),
    ("The two-year yield jumped 20 basis points.", "20 basis points", 20, "up", False),
    ("Flu cases fell, and the new strain reached 9 countries.", "9", 9, None, True),
    ("Inflation slowed to 2.1% in August.", "2.1%", 2.1, "down", True),
    ("The Dax added 0.7% on Monday.", "0.7%", 0.7, "up", False),
    ("The index added 95 points by noon.", "95", 95, "up", False),
    ("Exports posted a 6% year-on-year increase.", "6%", 6, "up", False),
    ("Copper slides 2% to $8,900 a tonne.", "$8,900", 8900, "down", True),
    ("The firm added 300 staff in Leeds.", "300", 300, None, True),
    ("Divers recovered 14 bodies from the lake.", "14", 14, None, True),
    ("Investors gain residency by putting $800,000 to work.", "$800,000", 800000, None, True),
    ("Gains of one to two years would be taxed at a 30 percent rate.", "30", 30, None, True),
    # no change: "twice" compares, it does not move; a height above the ground is no rise
    ("The ticket costs twice the price of a bus fare.", "twice", 2, None, True),
    ("The nest sits 4 metres above the ground.", "4", 4, None, True),
]


@pytest.mark.parametrize("text, span, value, change, level", CHANGES)
def test_changes_said_many_ways(nlp, text, span, value, change, level):
    found = by_span(nlp, text)
    assert span in found, list(found)
    assert found[span].value == pytest.approx(value)
    assert (found[span].change, found[span].level) == (change, level)


# (text, span, value, low, high, qualifier, kind, unit)
KINDS = [
    ("Each patient needs between five and seven visits.", "between five and seven", 5, 5, 7, "range", "count",
     "visits"),
    ("One and a half million barrels are stored at the depot.", "One and a half million", 1.5e6, 1.5e6, 1.5e6,
     "exact", "count", "barrels"),
    ("Three hundred and forty pupils sat the exam.", "Three hundred and forty", 340, 340, 340, "exact", "count",
     "pupils"),
    ("Roughly one in every 40 parcels went missing.", "Roughly one in every 40", 0.025, None, None, "around", "ratio",
     "parcels"),
    ("The survey's margin of error is plus or minus 2 percentage points.", "plus or minus 2", 2, None, None,
     "around", "percent", "percentage points"),
    ("A bag of rice costs R$30 in the capital.", "R$30", 30, 30, 30, "exact", "money", "reais"),
    ("Entry is EUR 25 for adults and EUR 10 for students.", "EUR 10", 10, 10, 10, "exact", "money", "euros"),
    ("The loft has 4,500 sq ft of floor space.", "4,500 sq ft", 4500, 4500, 4500, "exact", "measure", "square feet"),
    ("Most drivers under 30 pay more for cover.", "under 30", 30, None, 30, "less than", "age", "years"),
    ("The over-70s will be offered a booster.", "over-70s", 70, 70, None, "more than", "age", "years"),
    ("The bank trimmed its rate by a quarter of a percentage point.", "a quarter", 0.25, 0.25, 0.25, "exact",
     "percent", "percentage points"),
    ("The country used 70 terawatt hours of power.", "70", 70, 70, 70, "exact", "measure", "terawatt hours"),
    ("Five hundred or so marchers reached the square.", "Five hundred or so", 500, None, None, "around", "count",
     "marchers"),
    ("Debt fell from £3.1bn in 2021 to £2.2bn.", "£2.2bn", 2.2e9, 2.2e9, 2.2e9, "exact", "money", "pounds"),
]


@pytest.mark.parametrize("text, span, value, low, high, qualifier, kind, unit", KINDS)
def test_quantities_read_whole(nlp, text, span, value, low, high, qualifier, kind, unit):
    found = by_span(nlp, text)
    assert span in found, list(found)
    fig = found[span]
    assert fig.value == pytest.approx(value)
    assert fig.low == (None if low is None else pytest.approx(low))
    assert fig.high == (None if high is None else pytest.approx(high))
    assert (fig.qualifier, fig.kind, fig.unit) == (qualifier, kind, unit)


@pytest.mark.parametrize("text", [
    "Orders were flat in the nine months to September.",
    "Revenue was flat in the 26 weeks ending 2 March.",
    "She won 7-5, 4-6, 6-2 in the final on Sunday.",
    "Ring 111 if you need advice, or call 999 in an emergency.",
    "The shop at 14 Orchard Road closed last month.",
    "Only pupils with a grade 8 in maths can take the course.",
    "The Year 11 pupils went home early.",
    "Euro 2028 is due to be held in Britain and Ireland.",
    "The burst FRB 20201124A was seen again last week.",
    "The committee meets twice a week.",
    "Police are investigating a double murder in the town.",
    "Prices hit a 40-year high in the spring.",
    "Demand for 10-year gilts and 30-year mortgages slowed.",
    "The road was shut between junction 4 and junction 6.",
])
def test_no_figure(nlp, text):
    assert [f.span.text for f in nlp(text)._.sourcebook_figures] == []


def test_the_year_before_an_amount_is_no_range(nlp):
    found = by_span(nlp, "Debt fell from £3.1bn in 2021 to £2.2bn.")
    assert set(found) == {"£3.1bn", "£2.2bn"}


def test_scores_only_when_asked(nlp):
    text = "Leeds beat Derby 4-2 at home, and Jones won 6-3, 7-6 in the final before 9,000 fans."
    doc = nlp(text)
    assert [f.kind for f in doc._.sourcebook_figures] == ["count"]
    scores = [(f.span.text, f.value, f.kind) for f in Extractor(scores=True)(doc)]
    assert scores == [("4-2", 4, "score"), ("6-3", 6, "score"), ("7-6", 7, "score"), ("9,000", 9000, "count")]


def test_scores_are_a_component_setting(nlp):
    from sourcebook.nlp.components.figures import Figures

    component = Figures(nlp, "sourcebook_figures", scores=True)
    assert component.extractor.scores


def test_a_toll_counts_people_after_another_count(nlp):
    found = by_span(nlp, "Hundreds of divers joined the search, and the number of confirmed dead rose to 41.")
    assert (found["41"].unit, found["41"].change) == ("people", "up")


def test_a_magnitude_is_no_second_counted_noun(nlp):
    found = by_span(nlp, "The fix costs tens of thousands of dollars and hundreds of hours.")
    assert found["tens of thousands"].unit == "dollars"


def test_an_age_turned(nlp):
    found = by_span(nlp, "The singer, who turns 60 in May, starts a tour.")
    assert (found["60"].kind, found["60"].unit) == ("age", "years")


def test_glued_scales_are_round(nlp):
    assert by_span(nlp, "Sales hit $4.1bn.")["$4.1bn"].value == 4_100_000_000


def test_a_count_of_a_counted_whole(nlp):
    found = by_span(nlp, "Only 9 of the 30 finalists were British.")
    assert (found["9"].unit, found["30"].unit) == ("finalists", "finalists")


def test_a_level_counts_its_own_subject_after_another_count(nlp):
    found = by_span(nlp, "The city's population stood at 80,000 in 2020, and tourism reached 2.4 million.")
    assert found["2.4 million"].unit == "tourism"
    found = by_span(nlp, "The plant's output rose by 12,000 vans to 200,000.")
    assert found["200,000"].unit == "vans"


def test_an_age_after_a_name_ends_the_sentence(nlp):
    found = by_span(nlp, '"We would do it again," said Lena Marsh, 24.')
    assert (found["24"].kind, found["24"].unit) == ("age", "years")


def test_a_bare_number_said_to_be_something_counts_no_people(nlp):
    # 'people' is the implicit noun of a number that does something ('Thousands marched'),
    # not of one that is something
    found = by_span(nlp, "For a lender this size, 12 million is a rounding error.")
    assert found["12 million"].unit is None
    assert by_span(nlp, "Thousands marched through the city.")["Thousands"].unit == "people"


def test_a_comment_on_the_figure_is_not_what_happened(nlp):
    found = by_span(nlp, "The child benefit rises by 3 percent, which is less than inflation.")
    assert found["3"].predicate == "rise", found["3"]


def test_a_number_describing_the_source_is_according_to_no_one(nlp):
    found = by_span(nlp, "Around two-thirds of residents oppose the plan, according to a survey of 2,000 adults.")
    assert found["2,000"].according_to is None
    assert found["Around two-thirds"].according_to == "survey of 2,000 adults"
