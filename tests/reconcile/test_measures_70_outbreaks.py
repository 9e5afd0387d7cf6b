"""Measures across articles on outbreaks and case counts (issue 12's "cross-article verdicts that compare unrelated
numbers"), a ninth check on written stories: the running total of cases told day by day and the new cases of one
day (never one measure: "recorded 412 new cases on Tuesday, bringing the total to 9,300"), a ministry and the WHO
giving different totals for one day (a conflict) or for days a week apart (changed over time), weekly new cases
week on week, suspected cases rising, deaths, people in hospital and patients in intensive care told by two sources
or over days, health workers infected, people vaccinated and vaccine doses delivered; and the look-alikes that must
never be compared: confirmed, suspected and probable cases, people in hospital, in intensive care and dead, deaths
and new cases of the same number, a country and the world, the region or one province, two cities, doses given and
doses delivered, people vaccinated and doses given, a rate per 100,000 and a count, and the unrelated numbers of the
same stories (ages of patients, hospital beds, the year of a past outbreak, recoveries). Each story is 2 dated
articles with the hand gold: the figures (article:number as written) that form one measure, and its verdict.
Sentences, places and names written for these tests.

A part stated for the same time and place as its whole is the pipeline's different_scope (the health workers
infected among all the people infected, the new cases of one day in the week's), as for a week's arrests against
the year's running total (``test_measures_69_crime``): both are shown, as a part and its whole, never as one count.

Counts on the 34 stories written before counting (18 gold measures, two of them different_scope; 16 stories with
none): before this set 8 measures right in group and verdict, 9 missed groupings (new cases reported, suspected
cases, people in hospital and in intensive care, health workers, people vaccinated, doses delivered: no happening or
no unit read), 3 false comparisons (a country's cases against the region's and a province's, both a conflict; a past
outbreak's count against this one's, different_scope), the health workers infected set against all the people
infected as a conflict, 13 of 16 kept apart; after it 14 right, 3 missed, 1 false comparison, the health workers'
conflict left, 15 of 16 kept apart (the strict xfails below). Fixed: an outbreak's cases are the happening itself
(infected, whatever the verb counts them with: "recorded 9,300 cases", "reported 1,204 new cases", "counts 95
probable cases"; ``measures.json``), so suspected and probable cases are units of their own, never the confirmed
count (the status stays on the unit, before the noun or on a level's subject: "610 suspected cases", "300 suspected
cholera cases", "Suspected cases ... have risen to 880"; ``figures.context``, lexicon ``figures/status_modifiers``);
the size of a rise told with the level it brought is no level ("412 new cases on Tuesday, bringing the total to
9,300": ``measures.items.without_parts``); people in hospital and patients in intensive care are states of their
own, and "had 55 patients in intensive care" says it with the place right after the object (``figures.held``); the
participle the parser hangs on "the number" itself ("the number of people vaccinated ... has risen to 205,000":
``figures.context``); vaccine doses delivered or received are a happening apart from doses given; a country or
town that is the subject of "recorded", "confirmed" or "reported" with a count of cases is its place, whatever the
recogniser took it for (``figures.subject_places``, lexicon ``figures/place_count_units``; so is a firm that reports
cases: "Acme reported 12 cases" is read at Acme); "worldwide", "globally" make the whole world a figure's place
when its clause names none (``figures.world_places``); and a name of several words the recogniser took together
with the preposition opening the sentence ("Across West Maranthia,": ``figures.named_places``). Five stories were
written after the mends to check them (the last five): on main two of them passed (both traps, only because no
happening was read), a worldwide count of cases was a conflict with one country's, and two measures were missed; now
all five pass. Since ``test_measures_70_groups`` a sub-group's compound is the unit ("health workers"), so the
health workers infected are shown as a part of all the people infected (15 right, 3 missed). The other
measure and date sets and the figure sets are unchanged but for one figure row, whose unit
is now "suspected cases" (``test_figures_64``); evaluate figures is unchanged (414/414, 555 and 311 matched).
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- the running total and the new cases of a day
    ("new cases of a day vs the running total", [
        ("a", "2038-02-03", "The health ministry recorded 412 new cases of Tarrow fever in Kessmark on Tuesday, "
                            "bringing the total to 9,300."),
        ("b", "2038-02-04", "The number of Tarrow fever cases in Kessmark has risen to 9,688, the health ministry "
                            "said on Wednesday."),
    ], [("changed_over_time", {"a:9,300", "b:9,688"})]),
    ("new cases of one day, the ministry and the WHO", [
        ("a", "2038-03-02", "Delvora's health ministry reported 1,204 new cases of Tarrow fever on Monday."),
        ("b", "2038-03-02", "Delvora recorded about 1,200 new cases of Tarrow fever on Monday, the World Health "
                            "Organization said."),
    ], [("agree", {"a:1,204", "b:about 1,200"})]),
    ("running total, the ministry and the WHO on one day", [
        ("a", "2038-03-10", "Delvora has recorded 14,500 cases of Tarrow fever since the outbreak began, the health "
                            "ministry said on Tuesday."),
        ("b", "2038-03-10", "The World Health Organization said on Tuesday that Delvora had recorded 21,000 cases "
                            "since the outbreak began, far more than the government has admitted."),
    ], [("conflict", {"a:14,500", "b:21,000"})]),
    ("running total, the ministry and the WHO a week apart", [
        ("a", "2038-03-03", "Delvora has recorded 12,100 cases of Tarrow fever since the outbreak began, the health "
                            "ministry said on Tuesday."),
        ("b", "2038-03-10", "Delvora has recorded 21,000 cases of Tarrow fever since the outbreak began, the World "
                            "Health Organization said on Tuesday."),
    ], [("changed_over_time", {"a:12,100", "b:21,000"})]),
    ("weekly new cases week on week", [
        ("a", "2038-03-01", "Delvora recorded 5,600 new cases of Tarrow fever in the week to Sunday, the health "
                            "ministry said on Monday."),
        ("b", "2038-03-08", "Delvora recorded 4,100 new cases of Tarrow fever in the week to Sunday, the health "
                            "ministry said on Monday."),
    ], [("changed_over_time", {"a:5,600", "b:4,100"})]),
    ("confirmed cases two sources", [
        ("a", "2038-04-05", "Tiraval has confirmed 2,140 cases of Tarrow fever, the regional health office said on "
                            "Monday."),
        ("b", "2038-04-05", "Confirmed cases of Tarrow fever in Tiraval stand at 2,140, the city's mayor said on "
                            "Monday."),
    ], [("agree", {"a:2,140", "b:2,140"})]),
    ("a running total told twice by one source", [
        ("a", "2038-03-11", "The health ministry said 14,500 cases of Tarrow fever had been recorded in Delvora."),
        ("b", "2038-03-11", "Delvora has recorded 14,500 cases of Tarrow fever, according to the health ministry."),
    ], [("single_source", {"a:14,500", "b:14,500"})]),
    ("suspected cases rising", [
        ("a", "2038-02-04", "Brunnholt has 610 suspected cases of Tarrow fever, the district health office said on "
                            "Thursday."),
        ("b", "2038-02-08", "Suspected cases of Tarrow fever in Brunnholt have risen to 880, the district health "
                            "office said on Monday."),
    ], [("changed_over_time", {"a:610", "b:880"})]),
    # ---- deaths, the hospitalised and intensive care
    ("deaths rising", [
        ("a", "2038-02-05", "Tarrow fever has killed 61 people in Kessmark, the health ministry said on Friday."),
        ("b", "2038-02-09", "The death toll from Tarrow fever in Kessmark has risen to 78, the health ministry said "
                            "on Tuesday."),
    ], [("changed_over_time", {"a:61", "b:78"})]),
    ("deaths, the ministry and the WHO", [
        ("a", "2038-03-11", "Tarrow fever has killed 140 people in Delvora, the health ministry said on Thursday."),
        ("b", "2038-03-11", "The World Health Organization said on Thursday that at least 260 people had died of "
                            "Tarrow fever in Delvora."),
    ], [("conflict", {"a:140", "b:at least 260"})]),
    ("in hospital falling", [
        ("a", "2038-02-05", "About 340 people are in hospital with Tarrow fever in Kessmark, the health ministry "
                            "said on Friday."),
        ("b", "2038-02-09", "The number of people in hospital with Tarrow fever in Kessmark has fallen to 210, the "
                            "health ministry said on Tuesday."),
    ], [("changed_over_time", {"a:About 340", "b:210"})]),
    ("intensive care two sources", [
        ("a", "2038-02-05", "Fifty-two patients with Tarrow fever were in intensive care in Kessmark on Friday, "
                            "the health ministry said."),
        ("b", "2038-02-05", "Kessmark's hospitals had 55 fever patients in intensive care on Friday, the city's "
                            "hospital board said."),
    ], [("conflict", {"a:Fifty-two", "b:55"})]),  # two exact counts for one time
    # ---- health workers, vaccinations
    ("people vaccinated rising", [
        ("a", "2038-03-01", "Delvora has vaccinated 120,000 people against Tarrow fever, the health ministry said "
                            "on Monday."),
        ("b", "2038-03-08", "The number of people vaccinated against Tarrow fever in Delvora has risen to 205,000, "
                            "the health ministry said on Monday."),
    ], [("changed_over_time", {"a:120,000", "b:205,000"})]),
    ("doses delivered two sources", [
        ("a", "2038-03-04", "The Maranthian Vaccine Fund has delivered 900,000 doses of Tarrow fever vaccine to "
                            "Delvora, the fund said on Thursday."),
        ("b", "2038-03-04", "Delvora has received 900,000 vaccine doses from the Maranthian Vaccine Fund, the health "
                            "ministry said on Thursday."),
    ], [("agree", {"a:900,000", "b:900,000"})]),
    # ---- traps: never compared
    ("confirmed vs probable", [
        ("a", "2038-02-04", "Brunnholt has 230 confirmed cases of Tarrow fever, the district health office said on "
                            "Thursday."),
        ("b", "2038-02-04", "The district health office counts 95 probable cases in Brunnholt that a laboratory has "
                            "not yet confirmed."),
    ], []),
    ("confirmed vs suspected", [
        ("a", "2038-02-04", "Health officials confirmed 230 cases of Tarrow fever in Brunnholt on Thursday."),
        ("b", "2038-02-04", "Another 610 suspected cases in Brunnholt are awaiting tests, the district health "
                            "office said on Thursday."),
    ], []),
    ("in hospital vs intensive care vs deaths", [
        ("a", "2038-02-05", "Some 340 people are in hospital with Tarrow fever in Kessmark, 52 of them in "
                            "intensive care, the health ministry said on Friday."),
        ("b", "2038-02-05", "Tarrow fever has killed 61 people in Kessmark since the outbreak began, the health "
                            "ministry said on Friday."),
    ], []),
    ("deaths vs new cases, the same number", [
        ("a", "2038-02-09", "Tarrow fever has killed 78 people in Oldfenn, the health ministry said on Tuesday."),
        ("b", "2038-02-09", "Oldfenn recorded 78 new cases of Tarrow fever on Tuesday, the health ministry said."),
    ], []),
    ("a country vs the worldwide total", [
        ("a", "2038-03-10", "Delvora has recorded 21,000 cases of Tarrow fever, the World Health Organization said "
                            "on Tuesday."),
        ("b", "2038-03-10", "Worldwide, Tarrow fever has infected 48,000 people in 11 countries, the World Health "
                            "Organization said on Tuesday."),
    ], []),
    ("a country vs the region", [
        ("a", "2038-03-10", "Delvora has recorded 21,000 cases of Tarrow fever, the health ministry said on "
                            "Tuesday."),
        ("b", "2038-03-10", "Across West Maranthia, 61,000 cases of Tarrow fever have been recorded, the World "
                            "Health Organization said on Tuesday."),
    ], []),
    ("a province vs the country", [
        ("a", "2038-03-08", "In the province of Ashgrove, 3,400 cases of Tarrow fever have been confirmed, the "
                            "regional health office said on Monday."),
        ("b", "2038-03-08", "Delvora has confirmed 14,500 cases of Tarrow fever nationwide, the health ministry "
                            "said on Monday."),
    ], []),
    ("two cities", [
        ("a", "2038-03-08", "Kessmark has recorded 9,900 cases of Tarrow fever, the health ministry said on Monday."),
        ("b", "2038-03-08", "Tiraval has recorded 2,100 cases of Tarrow fever, the health ministry said on Monday."),
    ], []),
    ("doses given vs doses delivered", [
        ("a", "2038-03-04", "Health workers in Delvora have administered 310,000 doses of Tarrow fever vaccine "
                            "since the campaign began, the health ministry said on Thursday."),
        ("b", "2038-03-04", "Delvora has received 900,000 vaccine doses from the Maranthian Vaccine Fund, the fund "
                            "said on Thursday."),
    ], []),
    ("people vaccinated vs doses given", [
        ("a", "2038-03-04", "Delvora has vaccinated 290,000 people against Tarrow fever, the health ministry said "
                            "on Thursday."),
        ("b", "2038-03-04", "Health workers in Delvora have administered 310,000 doses of the vaccine, the health "
                            "ministry said on Thursday."),
    ], []),
    ("a rate vs a count", [
        ("a", "2038-02-03", "Kessmark has recorded 9,300 cases of Tarrow fever, the health ministry said on "
                            "Wednesday."),
        ("b", "2038-02-03", "Kessmark has the highest infection rate in Delvora, with 412 cases per 100,000 "
                            "people, the health ministry said on Wednesday."),
    ], []),
    ("a death rate vs deaths", [
        ("a", "2038-03-11", "Tarrow fever has killed 140 people in Delvora, the health ministry said on Thursday."),
        ("b", "2038-03-11", "Delvora's death rate from the fever is 3 deaths per 100,000 people, the World Health "
                            "Organization said on Thursday."),
    ], []),
    ("ages of patients", [
        ("a", "2038-02-02", "A 67-year-old man from Kessmark was the first person to die of Tarrow fever, the "
                            "health ministry said."),
        ("b", "2038-02-02", "The youngest patient, a girl of 4, is recovering in a Kessmark hospital, her doctors "
                            "said. Most patients are over 60."),
    ], []),
    ("hospital beds vs patients", [
        ("a", "2038-02-05", "Kessmark's hospitals have set aside 1,200 beds for fever patients, the hospital board "
                            "said on Friday."),
        ("b", "2038-02-05", "About 1,150 people are in hospital with Tarrow fever in Kessmark, the health ministry "
                            "said on Friday."),
    ], []),
    ("recoveries vs cases", [
        ("a", "2038-02-03", "Some 4,000 people have recovered from Tarrow fever in Kessmark, the health ministry "
                            "said on Wednesday."),
        ("b", "2038-02-03", "Kessmark has recorded 9,300 cases of Tarrow fever, the health ministry said on "
                            "Wednesday."),
    ], []),
    ("health workers vs all cases", [  # a strict xfail until test_measures_70_groups kept the compound as the unit
        ("a", "2038-03-01", "Tarrow fever has infected 14,500 people in Delvora, the health ministry said on "
                            "Monday."),
        ("b", "2038-03-01", "Some 620 health workers in Delvora have been infected with Tarrow fever, the nurses' "
                            "union said on Monday."),
    ], [("different_scope", {"a:14,500", "b:Some 620"})]),
    # ---- written after the mends, to check them
    ("worldwide cases vs a country's", [
        ("a", "2038-03-16", "Worldwide, 48,000 cases of Tarrow fever have been recorded, the World Health "
                            "Organization said on Tuesday."),
        ("b", "2038-03-16", "Delvora has recorded 23,500 cases of Tarrow fever, the health ministry said on "
                            "Tuesday."),
    ], []),
    ("suspected cholera cases vs confirmed ones", [
        ("a", "2038-05-07", "Doctors in Varrow have recorded 300 suspected cholera cases this week, the district "
                            "health office said on Friday."),
        ("b", "2038-05-07", "Laboratories in Varrow have confirmed 120 cholera cases this week, the regional "
                            "laboratory said on Friday."),
    ], []),
    ("new infections raising the total, then the total", [
        ("a", "2038-05-10", "The ministry reported 640 new infections in Oldfenn on Monday, raising the number of "
                            "cases to 9,150."),
        ("b", "2038-05-12", "Oldfenn has recorded 9,700 cases of cholera, the ministry said on Wednesday."),
    ], [("changed_over_time", {"a:9,150", "b:9,700"})]),
    ("patients in intensive care falling", [
        ("a", "2038-05-10", "Forty patients were in intensive care in Tiraval on Monday, the hospital board said."),
        ("b", "2038-05-13", "The number of patients in intensive care in Tiraval has fallen to 26, the hospital "
                            "board said on Thursday."),
    ], [("changed_over_time", {"a:Forty", "b:26"})]),
    ("in hospital vs in intensive care, the same number", [
        ("a", "2038-05-10", "Ninety people remain in hospital in Tiraval with cholera, the hospital board said on "
                            "Monday."),
        ("b", "2038-05-10", "Ninety patients were in intensive care across Delvora on Monday, the health ministry "
                            "said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)

STILL_WRONG = [
    pytest.param("in hospital two sources", [
        ("a", "2038-02-05", "About 340 people are in hospital with Tarrow fever in Kessmark, the health ministry "
                            "said on Friday."),
        ("b", "2038-02-05", "Hospitals in Kessmark were treating 352 patients with Tarrow fever on Friday, the "
                            "city's hospital board said."),
    ], [("agree", {"a:About 340", "b:352"})],
                 marks=pytest.mark.xfail(strict=True, reason="'Hospitals ... were treating 352 patients' names no "
                                                             "state: 'treat' is no happening of the table (and "
                                                             "'treated' is a rescue), so the board's count takes "
                                                             "part in no measure")),
    pytest.param("infected health workers two sources", [
        ("a", "2038-03-01", "Some 620 health workers in Delvora have been infected with Tarrow fever, the nurses' "
                            "union said on Monday."),
        ("b", "2038-03-01", "Six hundred and fourteen health workers have caught Tarrow fever in Delvora, the "
                            "health ministry said on Monday."),
    ], [("agree", {"a:Some 620", "b:Six hundred and fourteen"})],
                 marks=pytest.mark.xfail(strict=True, reason="'caught' is no happening (a verb of catching suspects "
                                                             "too), so the ministry's count takes part in no measure")),
    pytest.param("a week's new cases vs a day's", [
        ("a", "2038-03-08", "Delvora recorded 4,100 new cases of Tarrow fever in the week to Sunday, the health "
                            "ministry said on Monday."),
        ("b", "2038-03-08", "Delvora recorded 790 new cases of Tarrow fever on Sunday, the health ministry said."),
    ], [("different_scope", {"a:4,100", "b:790"})],
                 marks=pytest.mark.xfail(strict=True, reason="kept apart, but not shown as a part: the day's window "
                                                             "and the week's are two strata of different lengths, "
                                                             "and no different_scope is given for a window inside "
                                                             "another")),
    pytest.param("a past outbreak as background", [
        ("a", "2038-03-01", "The outbreak is the worst in Delvora since 2031, when 2,800 people were infected, the "
                            "health ministry said on Monday."),
        ("b", "2038-03-01", "Tarrow fever has infected 6,400 people in Delvora since January, the World Health "
                            "Organization said on Monday."),
    ], [],
                 marks=pytest.mark.xfail(strict=True, reason="'since 2031, when 2,800 people were infected' is read "
                                                             "as a running total since 2031, so the past outbreak's "
                                                             "count is taken for a whole this outbreak's is a part "
                                                             "of (different_scope)")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("cases", "recorded", ("cases", "infected")),  # the noun is the happening, whatever counts it
        ("cases", "reported", ("cases", "infected")),
        ("cases", "have", ("cases", "infected")),
        ("infections", "reported", ("cases", "infected")),
        ("confirmed cases", "stand", ("cases", "infected")),
        ("suspected cases", "recorded", ("suspected cases", "infected")),  # never the confirmed count
        ("probable cases", "count", ("probable cases", "infected")),
        ("people", "contracted", ("people", "infected")),
        ("people", "are in hospital", ("people", "in hospital")),
        ("people", "remain in hospital", ("people", "in hospital")),  # not the injured
        ("patients", "were in intensive care", ("people", "in intensive care")),
        ("patients", "had in intensive care", ("people", "in intensive care")),
        ("doses", "delivered", ("doses", "doses delivered")),
        ("doses", "received", ("doses", "doses delivered")),
        ("doses", "administered", ("doses", "administered")),  # given, not delivered
        ("people", "received", None),  # a dose received is no count of doses
        ("trucks", "delivered", ("trucks", "aid delivered")),
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


def _figure(nlp, sentence: str, number: str):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2038-03-10"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    return figure


@pytest.mark.parametrize(
    ("sentence", "number", "field", "want"),
    [
        ("Brunnholt has 610 suspected cases of Tarrow fever.", "610", "unit", "suspected cases"),
        ("Doctors recorded 300 suspected cholera cases this week.", "300", "unit", "suspected cases"),
        ("Suspected cases of Tarrow fever in Brunnholt have risen to 880.", "880", "unit", "suspected cases"),
        ("The health office counts 95 probable cases in Brunnholt.", "95", "unit", "probable cases"),
        ("Officials confirmed 85 new cases.", "85", "unit", "cases"),
        ("Delvora has recorded 21,000 cases of Tarrow fever.", "21,000", "place", "Delvora"),
        ("Delvora reported 1,204 new cases on Monday.", "1,204", "place", "Delvora"),
        ("Delvora has confirmed 14,500 cases of Tarrow fever nationwide.", "14,500", "place", "Delvora"),
        ("Acme recorded a loss of £4m.", "£4m", "place", None),  # a firm records a loss, not cases
        ("Worldwide, 48,000 cases of Tarrow fever have been recorded.", "48,000", "place", "World"),
        ("Toyota sold 10.3 million vehicles worldwide.", "10.3 million", "place", "World"),
        ("Sales fell globally, but Acme sold 400,000 phones in Delvora.", "400,000", "place", "Delvora"),
        ("Across West Maranthia, 61,000 cases have been recorded.", "61,000", "place", "West Maranthia"),
        ("Across Calandria, 4,000 people marched on Sunday.", "4,000", "place", "Calandria"),
        ("Kessmark's hospitals had 55 fever patients in intensive care on Friday.", "55", "predicate",
         "had in intensive care"),
        ("The hospital has 620 beds, 40 of them in intensive care.", "620", "predicate", "have"),  # a part's place
        ("The number of people vaccinated against Tarrow fever in Delvora has risen to 205,000, the ministry said.",
         "205,000",
         "predicate", "number of people vaccinated"),
    ],
)
def test_what_the_figure_reads(nlp, sentence, number, field, want):
    assert getattr(_figure(nlp, sentence, number), field) == want


def test_the_size_of_a_rise_is_no_level(nlp):
    """"412 new cases on Tuesday, bringing the total to 9,300": the new cases are not a level of the total, and
    the total changes over the days; "rose from 40 to 52" keeps its earlier level."""
    rise = [("a", "2038-02-03", "The health ministry recorded 412 new cases of Tarrow fever in Kessmark on Tuesday, "
                                "bringing the total to 9,300."),
            ("b", "2038-02-04", "The health ministry said the number of Tarrow fever cases in Kessmark had risen to "
                                "9,688 on Wednesday.")]
    assert _measures(nlp, rise) == _gold([("changed_over_time", {"a:9,300", "b:9,688"})])
    levels = [("a", "2038-02-03", "Tarrow fever cases in Kessmark rose from 8,100 on Monday to 9,300 on Tuesday, the "
                                  "health ministry said.")]
    assert _measures(nlp, levels) == _gold([("changed_over_time", {"a:8,100", "a:9,300"})])
