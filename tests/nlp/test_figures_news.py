"""Figures across news (markets, economy, sports, technology, cars, health, science,
politics, disasters) on sentences written for these tests: rises and falls, every kind of
quantity, and what is no figure. The multi-domain set with its floors is in
``tests/evaluate/test_figure_set_eval.py``."""

from __future__ import annotations

import pytest


def figures(nlp, text):
    return nlp(text)._.sourcebook_figures

# (text, span, value, change, level): a change is not a level
CHANGES = [
    ("Shares in Halden rose 6.5% to 164p.", "6.5%", 6.5, "up", False),
    ("Shares in Halden rose 6.5% to 164p.", "164p", 164, "up", True),
    ("The stock closed up 9.4 per cent to $84 on Friday.", "9.4", 9.4, "up", False),
    ("The stock closed up 9.4 per cent to $84 on Friday.", "$84", 84, "up", True),
    ("Sales rose 60% to 3.9 million in 2018.", "3.9 million", 3.9e6, "up", True),
    ("Inflation fell to 3.2% in March from 3.5% in February.", "3.2%", 3.2, "down", True),
    ("Inflation fell to 3.2% in March from 3.5% in February.", "3.5%", 3.5, None, True),
    ("The toll rose to 260, up from 212 the day before.", "212", 212, None, True),
    ("Diesel fell 4p to 151p a litre.", "4p", 4, "down", False),
    ("The yield rose 12 basis points, or 0.3 per cent, on Monday.", "0.3", 0.3, "up", False),
    ("Food prices were 19.1% higher than a year ago.", "19.1%", 19.1, "up", False),
    ("The index closed at 18,250, down 0.7%.", "18,250", 18250, "down", True),
    ("Officials raised the death toll to 71.", "71", 71, "up", True),
    ("The company cut its price by $100.", "$100", 100, "down", False),
    ("Rents have tripled in a decade.", "tripled", 3, "up", False),
    ("Oil prices have fallen by a third since the summer.", "a third", 0.3333, "down", False),
    ("Prices went up to $5 from $4.", "$5", 5, "up", True),
    ("The toll has gone up to 31 people.", "31", 31, "up", True),
    # no change
    ("The campaign raised $54 million in the third quarter.", "$54 million", 54e6, None, True),
    ("Employers added 275,000 jobs last month.", "275,000", 275000, None, True),
    ("The brand lost more than $1 billion on its EV unit.", "more than $1 billion", 1e9, None, True),
    ("Women made up 40% of the staff.", "40%", 40, None, True),
    ("Up to 60 flights were cancelled.", "Up to 60", 60, None, True),
]


@pytest.mark.parametrize("text, span, value, change, level", CHANGES)
def test_change_is_not_a_level(nlp, text, span, value, change, level):
    found = {f.span.text: f for f in figures(nlp, text)}
    assert span in found, list(found)
    fig = found[span]
    assert fig.value == pytest.approx(value)
    assert (fig.change, fig.level) == (change, level)


def test_a_level_reached_counts_what_its_subject_counts(nlp):
    """"the death toll has risen to 52" is 52 people killed, so it meets "40 killed"."""
    (risen,) = figures(nlp, "The death toll has risen to 52.")
    assert (risen.value, risen.unit, risen.predicate, risen.change) == (52, "people", "toll", "up")
    assert [(f.unit, f.predicate) for f in figures(nlp, "The number of injured fell to 35.")] == [("people", "injured")]
    assert [f.unit for f in figures(nlp, "Sales rose 60% to 3.9 million.") if f.kind == "count"] == ["sales"]


# (text, the level reached, the earlier level it names as previous; None: no link)
EARLIER = [
    ("Rescuers said the toll rose to 61 on Friday, up from 47 a day earlier.", "61", "47"),
    ("Ticket sales climbed from 2.4 million to 2.9 million over the season.", "2.9 million", "2.4 million"),
    ("The index closed up 1.8% at 7,310 points, up from 7,180 points.", "7,310", "7,180"),
    ("Rents eased to 940 euros a month from 985 euros in June.", "940", "985"),
    ("The reservoir was down to 38 percent, against 52 percent a year ago.", "38", None),
    ("Some 400 volunteers came from 12 villages.", "12", None),  # no change: "from" is not a level's start
]


@pytest.mark.parametrize("text, level, earlier", EARLIER)
def test_a_level_names_the_earlier_level_it_changed_from(nlp, text, level, earlier):
    found = {f.span.text: f for f in figures(nlp, text)}
    assert level in found, list(found)
    by_id = {f.id: f.span.text for f in found.values()}
    assert by_id.get(found[level].previous) == earlier
    if earlier is not None:
        assert found[earlier].change is None and found[earlier].previous is None


def test_an_earlier_value_never_links_across_sentences_or_kinds(nlp):
    text = "Prices rose to $12. From 9 stalls, 40% were empty, up from 30%."
    found = {f.span.text: f for f in figures(nlp, text)}
    assert found["$12"].previous is None  # the "from 9" is another sentence and a count
    assert {found[k].span.text for k in found if found[k].previous} <= {"40%"}


# (text, span, value, low, high, qualifier, kind, unit)
KINDS = [
    ("The bank made a profit of $2.3 billion.", "$2.3 billion", 2.3e9, 2.3e9, 2.3e9, "exact", "money", "dollars"),
    ("Revenue reached $2.3bn last year.", "$2.3bn", 2.3e9, 2.3e9, 2.3e9, "exact", "money", "dollars"),
    ("The retailer paid £25m for its rival.", "£25m", 25e6, 25e6, 25e6, "exact", "money", "pounds"),
    ("Investors pulled US$4.5 billion out of the funds.", "US$4.5 billion", 4.5e9, 4.5e9, 4.5e9, "exact", "money",
     "dollars"),
    ("The fund manages EUR 40 million for pension schemes.", "EUR 40 million", 4e7, 4e7, 4e7, "exact", "money", "euros"),
    ("A stamp costs 164p now.", "164p", 164, 164, 164, "exact", "money", "pence"),
    ("A coffee costs eight or nine euros in the old town.", "eight or nine", 8, 8, 9, "range", "money", "euros"),
    ("The donors gave tens of thousands of dollars.", "tens of thousands", 20000, 20000, 99999, "vague", "money",
     "dollars"),
    ("Her lead grew to 3 percentage points.", "3", 3, 3, 3, "exact", "percent", "percentage points"),
    ("The phone has 256GB of storage.", "256GB", 256, 256, 256, "exact", "measure", "gigabytes"),
    ("The car reaches 60mph quickly.", "60mph", 60, 60, 60, "exact", "measure", "miles per hour"),
    ("The sedan weighs 2,100 kg empty.", "2,100 kg", 2100, 2100, 2100, "exact", "measure", "kilograms"),
    ("Temperatures reached 40C in the shade.", "40C", 40, 40, 40, "exact", "measure", "degrees Celsius"),
    ("The hypercar produces 938 horsepower.", "938", 938, 938, 938, "exact", "measure", "horsepower"),
    ("A third of those screened had high blood pressure.", "A third", 0.3333, 0.3333, 0.3333, "exact", "fraction",
     "people"),
    ("One in five voters is undecided.", "One in five", 0.2, 0.2, 0.2, "exact", "ratio", "voters"),
    ("The SUV has a range of from up to 252 miles to 287 miles.", "up to 252 miles to 287", 252, 252, 287, "range",
     "measure", "miles"),
    ("Temperatures could rise by more than 1.5 to 2 degrees.", "more than 1.5 to 2", 1.5, 1.5, 2, "more than",
     "count", "degrees"),
    ("Recovery takes one to two years for most patients.", "one to two", 1, 1, 2, "range", "duration", "years"),
    ("Support ranged from 45 to 48 percent.", "from 45 to 48", 45, 45, 48, "range", "percent", "percent"),
    ("Between 30 and 50 companies could close.", "Between 30 and 50", 30, 30, 50, "range", "count", "companies"),
    ("The trial enrolled 18- to 24-year-olds.", "18- to 24", 18, 18, 24, "range", "age", "years"),
    ("The fund helps families with children under 5.", "under 5", 5, None, 5, "less than", "age", "years"),
    ("The driver, 24, was arrested.", "24", 24, 24, 24, "exact", "age", "years"),
    ("Three times as many women play the sport.", "Three times", 3, 3, 3, "exact", "multiplier", None),
    ("Prescriptions increased sevenfold.", "sevenfold", 7, 7, 7, "exact", "multiplier", None),
]


@pytest.mark.parametrize("text, span, value, low, high, qualifier, kind, unit", KINDS)
def test_every_kind_of_quantity(nlp, text, span, value, low, high, qualifier, kind, unit):
    found = {f.span.text: f for f in figures(nlp, text)}
    assert span in found, [(f.span.text, f.value) for f in found.values()]
    fig = found[span]
    assert fig.value == pytest.approx(value)
    assert fig.low == (None if low is None else pytest.approx(low))
    assert fig.high == (None if high is None else pytest.approx(high))
    assert (fig.qualifier, fig.kind, fig.unit) == (qualifier, kind, unit)


@pytest.mark.parametrize("text", [
    "Python 3 replaced the older version at the firm.",
    "The telescope watched FRB 121102 all night.",
    "Apple launched the iPhone 11 in Cupertino.",
    "The S&P 500 and the FTSE 100 both closed higher.",
    "The Nikkei 225 slumped as exporters lost ground.",
    "The Big 12 announced its schedule on Monday.",
    "The Galaxy S23 goes on sale in Berlin.",
    "The 5G rollout was delayed again.",
    "Call the hotline on 0800 123 4567 for advice.",
    "See page 14 and section 3 of the report.",
    "The team plays in League Two this season.",
    "Temperatures will keep rising by 2100.",
    "The meeting starts at 9.30am on Monday.",
    "The report was published on 12 March 2023.",
    "The Supreme Court made a surprise 5-4 decision.",
    "Donald Trump is doubling down on his attacks.",
])
def test_no_figure_in_names_dates_and_labels(nlp, text):
    assert [f.span.text for f in figures(nlp, text) if f.kind != "ordinal"] == []


def test_a_count_after_a_year_is_kept(nlp):
    assert [f.value for f in figures(nlp, "In 2016 40 people died.")] == [40]


def test_a_count_after_a_name_is_kept(nlp):
    """A name before a number leaves it a figure when the number counts the noun after it."""
    text = "Polls show her ahead 3 points, HuffPollster 4.3 points and FiveThirtyEight 2.1 points."
    assert [f.value for f in figures(nlp, text)] == [3, 4.3, 2.1]
    assert [f.value for f in figures(nlp, "Why aren't I 50 points ahead?")] == [50]


@pytest.mark.parametrize("text, span, unit, unit_norm", [
    ("It costs C$25m in Toronto.", "C$25m", "dollars", "CAD"),
    ("Investors pulled US$4.5 billion out.", "US$4.5 billion", "dollars", "USD"),
    ("A stamp costs 164p now.", "164p", "pence", "GBX"),
    ("The central bank sold CHF 3 billion.", "CHF 3 billion", "francs", "CHF"),
    ("A coffee costs 4 euros.", "4", "euros", "EUR"),
    ("The car reaches 60mph quickly.", "60mph", "miles per hour", "mile / hour"),
    ("The cyclist averaged 52 km/h over the stage.", "52 km/h", "kilometres per hour", "kilometer / hour"),
    ("Temperatures reached 40C in the shade.", "40C", "degrees Celsius", "degree_Celsius"),
    ("The kiln runs at 1,200 degrees Celsius.", "1,200", "degrees Celsius", "degree_Celsius"),
    ("It felt like 98 degrees Fahrenheit in the hall.", "98", "degrees Fahrenheit", "degree_Fahrenheit"),
    ("The sample was kept at 4 degrees centigrade.", "4", "degrees Celsius", "degree_Celsius"),
    ("The gas in the tokamak hit 80 million degrees celsius.", "80 million", "degrees Celsius", "degree_Celsius"),
    ("The phone has 256GB of storage.", "256GB", "gigabytes", "gigabyte"),
    ("Her lead grew to 3 percentage points.", "3", "percentage points", "percentage_point"),
    ("About 50 nurses left.", "About 50", "nurses", None),
])
def test_units_are_normalised_beside_what_is_counted(nlp, text, span, unit, unit_norm):
    found = {f.span.text: f for f in figures(nlp, text)}
    assert (found[span].unit, found[span].unit_norm) == (unit, unit_norm)
