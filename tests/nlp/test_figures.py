"""The figures component on sentences written for these tests: (text, expected) tables."""

from __future__ import annotations

import pytest

from sourcebook.model import QUALIFIERS


def figures(nlp, text, published=None, attributions=True):
    """The figures of ``text``; ``attributions=False`` leaves the attribution extractor out,
    to test the component's own in-sentence fallback."""
    doc = nlp.make_doc(text)
    doc._.sourcebook_published = published
    for name, proc in nlp.pipeline:
        if attributions or name != "sourcebook_attributions":
            doc = proc(doc)
    return doc._.sourcebook_figures


def only(nlp, text, published=None):
    found = figures(nlp, text, published)
    assert len(found) == 1, [(f.span.text, f.value) for f in found]
    return found[0]


# (text, span, value, low, high, qualifier, kind, unit)
CASES = [
    ("More than 3,000 nurses went on strike in Leeds.", "More than 3,000", 3000, 3000, None, "more than", "count", "nurses"),
    ("Tens of thousands have been evacuated from the coast.", "Tens of thousands", 20000, 20000, 99999, "vague", "count",
     "people"),
    ("The storm left hundreds of villages without power.", "hundreds", 200, 200, 999, "vague", "count", "villages"),
    ("Around 400 families were moved to shelters.", "Around 400", 400, None, None, "around", "count", "families"),
    ("At least 17 miners were trapped underground.", "At least 17", 17, 17, None, "at least", "count", "miners"),
    ("Up to 60 flights were cancelled.", "Up to 60", 60, None, 60, "up to", "count", "flights"),
    ("Nearly 90 schools closed.", "Nearly 90", 90, None, 90, "nearly", "count", "schools"),
    ("Fewer than 200 ballots were spoiled.", "Fewer than 200", 200, None, 200, "less than", "count", "ballots"),
    ("The senator won 52 percent of the vote.", "52", 52, 52, 52, "exact", "percent", "percent"),
    ("Her lead grew by 3 percentage points.", "3", 3, 3, 3, "exact", "percent", "percentage points"),
    ("Turnout reached 61.5% in the suburbs.", "61.5%", 61.5, 61.5, 61.5, "exact", "percent", "percent"),
    ("The campaign raised $4.2 million last quarter.", "$4.2 million", 4.2e6, 4.2e6, 4.2e6, "exact", "money", "dollars"),
    ("The council spent 80,000 dollars on signs.", "80,000", 80000, 80000, 80000, "exact", "money", "dollars"),
    ("The 31-year-old driver was arrested.", "31", 31, 31, 31, "exact", "age", "years"),
    ("The strike lasted four days.", "four", 4, 4, 4, "exact", "duration", "days"),
    ("One in five voters is undecided.", "One in five", 0.2, 0.2, 0.2, "exact", "ratio", "voters"),
    ("Two-thirds of members backed the motion.", "Two-thirds", 0.6667, 0.6667, 0.6667, "exact", "fraction", "members"),
    ("The walkout is now in its third week.", "third", 3, 3, 3, "exact", "ordinal", "weeks"),
    ("Rescuers found 3-5 survivors in each building.", "3-5", 3, 3, 5, "range", "count", "survivors"),
    ("Between 10 and 20 boats capsized.", "Between 10 and 20", 10, 10, 20, "range", "count", "boats"),
    ("A dozen firefighters were injured.", "A dozen", 12, 12, 12, "exact", "count", "firefighters"),
    ("Half a million tickets were sold.", "Half a million", 500000, 500000, 500000, "exact", "count", "tickets"),
    ("Eleven remaining clinics stayed open.", "Eleven", 11, 11, 11, "exact", "count", "clinics"),
    ("The flood covered 12 square miles of farmland.", "12", 12, 12, 12, "exact", "measure", "square miles"),
    ("The bill passed with 218 votes.", "218", 218, 218, 218, "exact", "count", "votes"),
    ("The army sent 1500 soldiers to the border.", "1500", 1500, 1500, 1500, "exact", "count", "soldiers"),
    ("Her approval rating is minus 12 among men.", "minus 12", -12, -12, -12, "exact", "count", None),
]


@pytest.mark.parametrize("text, span, value, low, high, qualifier, kind, unit", CASES)
def test_figure_table(nlp, text, span, value, low, high, qualifier, kind, unit):
    fig = only(nlp, text)
    assert fig.span.text == span
    assert text[fig.span.start:fig.span.end] == span
    assert fig.value == pytest.approx(value)
    assert fig.low == (None if low is None else pytest.approx(low))
    assert fig.high == (None if high is None else pytest.approx(high))
    assert (fig.qualifier, fig.kind, fig.unit) == (qualifier, kind, unit)
    assert fig.qualifier in QUALIFIERS


@pytest.mark.parametrize("text", [
    "The treaty was signed in 1998.",
    "In 1990 voters rejected the plan.",
    "The 2016 elections were close.",
    "The hearing is set for March 3, 2021.",
    "Voting closes on 12 May.",
    "The doors open at 7 p.m. sharp.",
    "The meeting starts at 10:30.",
    "1. Prices are rising\n2. Wages are not",
    "She fought in World War 2 as a nurse.",
    "The crash closed Interstate 75 for hours.",
    "Traffic on Route 66 was light.",
    "The M4 motorway reopened.",
    "One official told us the road was closed.",
    "It is one of the oldest bridges in the county.",
    "No one was home.",
    "First responders arrived quickly.",
    "The council met between 2015 and 2019.",
    "Title IX protects students.",
])
def test_not_a_figure(nlp, text):
    assert [(f.span.text, f.value) for f in figures(nlp, text)] == []


@pytest.mark.parametrize("text, predicate", [
    ("More than 50 people were killed in the blast.", "killed"),
    ("At least 12 climbers died on the mountain.", "died"),
    ("Some 800 residents fled the town.", "fled"),
    ("There are 2,000 families trapped in the valley.", "trapped"),
])
def test_predicate(nlp, text, predicate):
    assert only(nlp, text).predicate == predicate


@pytest.mark.parametrize("text, speaker", [
    ("The health ministry said 40 patients had been discharged.", "health ministry"),
    ("According to the electoral commission, 1.4 million ballots were cast.", "electoral commission"),
    ("Forty officers were hurt, the police union said.", "police union"),
    ('"We counted 300 tents," said Maria Lopez.', "Maria Lopez"),
    ("Witnesses reported that 30 cars were burned.", "Witnesses"),
    ("There were reports of 15 arrests overnight.", "unspecified reports"),
    ("Rain fell on 12 of the last 14 days.", None),
    # a passive report: its subject is who it is said of, its source the agent or no one
    ("The former minister is accused of taking 2.4 million euros in bribes.", None),
    ("The former minister is accused by prosecutors of taking 2.4 million euros.", "prosecutors"),
])
@pytest.mark.parametrize("attributions", [True, False])
def test_according_to(nlp, text, speaker, attributions):
    fig = figures(nlp, text, attributions=attributions)[0]
    if speaker is None:
        assert fig.according_to is None
    else:
        assert fig.according_to is not None and speaker.lower() in fig.according_to.lower()


def test_a_pronoun_speaker_is_the_one_the_speaker_resolver_found(nlp):
    text = ('"We are tired," said Claire Dunn, a nurse.\n\n'
            'The union\'s leader, Amira Shah, rejected the offer. "The minister knows what it takes," she told '
            'reporters. Asked whether nurses would accept 7 percent, she said only that the union would look at it.')
    fig = next(f for f in figures(nlp, text) if f.span.text == "7")
    assert fig.according_to == "Amira Shah"


def test_quote_continuation_keeps_the_speaker(nlp):
    text = ('"The river is rising," the engineer Paul Mensah said.\n\n'
            '"We moved 120 families out last night."')
    fig = figures(nlp, text, attributions=False)[0]
    assert fig.span.text == "120"
    assert fig.according_to and "Mensah" in fig.according_to


def test_headline_does_not_borrow_the_next_lines_speaker(nlp):
    text = "3. Officials warn of a cold winter\n\nMore than 9,000 homes have no heating in the district."
    fig = figures(nlp, text, attributions=False)[0]
    assert fig.span.text == "More than 9,000"
    assert fig.according_to is None


def test_unit_borrowed_from_the_previous_count(nlp):
    found = figures(nlp, "Officials said 40 students were hurt and 12 more were missing.")
    assert [(f.span.text, f.unit) for f in found] == [("40", "students"), ("12", "students")]


@pytest.mark.parametrize("text, time, start, end", [
    ("More than 900 people fled in the past 24 hours.", "in the past 24 hours", "2021-06-09", "2021-06-10"),
    ("In March, 45 shops closed.", "In March", "2021-03-01", "2021-03-31"),
    ("Some 30 homes burned last week.", "last week", "2021-05-31", "2021-06-06"),
    ("Rebels took 14 villages on May 2.", "on May 2", "2021-05-02", "2021-05-02"),
    ("Since the start of the war 7,000 soldiers have deserted.", "Since the start of the war", None, "2021-06-10"),
    # published on a Thursday: "on Thursday" is that day, "on Monday" three days before
    ("On Thursday 12 boats sank.", "On Thursday", "2021-06-10", "2021-06-10"),
    ("On Monday 12 boats sank.", "On Monday", "2021-06-07", "2021-06-07"),
    # 'by Friday' is a deadline, a total up to it with no start (test_followups_67); 'by Friday's storm'
    # names what did it, and the time is said apart
    ("By Friday 300 homes had power again.", "By Friday", None, "2021-06-04"),
    ("Some 40 homes were destroyed by Friday's storm, officials said on Tuesday.", "on Tuesday",
     "2021-06-08", "2021-06-08"),
])
def test_time_resolved_against_publication(nlp, text, time, start, end):
    fig = [f for f in figures(nlp, text, published="2021-06-10") if f.kind != "duration"][0]
    assert (fig.time, fig.time_start, fig.time_end) == (time, start, end)


def test_time_without_publication_date_is_not_resolved(nlp):
    fig = only(nlp, "In March, 45 shops closed.")
    assert (fig.time, fig.time_start, fig.time_end) == ("In March", None, None)


def test_place_in_the_clause(nlp):
    fig = only(nlp, "More than 200 homes were flooded in Bangladesh.")
    assert fig.place == "Bangladesh"


def test_ids_in_text_order_and_spans_inside(nlp):
    text = "About 30 buses and 12 trains stopped; 5,000 commuters were stranded for two hours."
    found = figures(nlp, text)
    assert [f.id for f in found] == [f"f{i}" for i in range(1, len(found) + 1)]
    assert [f.span.text for f in found] == ["About 30", "12", "5,000", "two"]
    for f in found:
        assert text[f.span.start:f.span.end] == f.span.text
        assert f.sentence is not None and f.sentence.start <= f.span.start < f.span.end <= f.sentence.end


def test_figure_inside_an_attribution_uses_its_speaker(nlp):
    from sourcebook.model import Attribution, Span

    text = "The agency said 70 wells had dried up."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "sourcebook_figures":
            start = text.index("70")
            doc._.sourcebook_attributions = (
                Attribution("a1", "indirect", None, None, (Span.of(text, start, len(text) - 1),),
                            speaker="National Water Agency"),
            )
        doc = proc(doc)
    fig = doc._.sourcebook_figures[0]
    assert (fig.according_to, fig.attribution) == ("National Water Agency", "a1")


def test_empty_and_blank_text(nlp):
    assert figures(nlp, "") == ()
    assert figures(nlp, "   \n\n ") == ()


@pytest.mark.parametrize("text, span, unit, predicate", [
    ("Rescue teams on 9 May recovered the bodies of four more people near the pier.", "four", "people", "recovered"),
    ("The army sent 200 additional troops to the border.", "200", "troops", "sent"),
    ("Seven dead in warehouse fire", "Seven", "people", "dead"),
])
def test_more_between_a_number_and_its_noun_is_no_predicate_and_hides_no_unit(nlp, text, span, unit, predicate):
    found = {f.span.text: f for f in figures(nlp, text)}
    assert (found[span].unit, found[span].predicate) == (unit, predicate)
