"""Measures across articles in crime, arrest and court reporting (issue 12's "cross-article verdicts
that compare unrelated numbers"), a seventh check on written stories: arrests after riots updated day by day
(changed over time, not a conflict), arrests after clashes told by the police and a rights group (agreeing,
or in conflict), wire copy, people charged or convicted told by two sources, a crowd at a vigil or a march
counted by the police and by the organisers (a real conflict), a year's arrests or murders against the year
before (changed over time); and the look-alikes that must never be compared: people arrested, charged,
convicted, sentenced and released on bail (each a measure of its own), a release on bail and one without
charge, thefts the police recorded and a victim survey's estimate, one force's figure and the national one,
a city's murders and the country's, two cities, a vigil's crowd and the arrests at it. A week's arrests
against the year's running total is a different_scope measure, the pipeline's verdict for a part of a
running total stated for the same time (``test_measures.py``). Each story is 1-3 dated articles with the
hand gold: the figures (article:number as written) that form one measure, and its verdict. Sentences,
places and names written for these tests.

Counts on the 27 stories written before counting (14 gold measures; 13 stories with none): before this set 9
measures right in group and verdict, 5 missed groupings, 2 false comparisons (40 people released on bail
against 75 arrested, read as arrests: a change; 31 released on bail against 12 released without charge: a
conflict), no wrong verdict, 11 of 13 kept apart; after it 13 right, 1 missed, no false comparison, no wrong
verdict, 13 of 13 kept apart. Fixed: the justice system's steps are happenings of their own, never compared
with each other: people charged, convicted, sentenced and released on bail ("bailed", not "freed")
(``measures.json``); suspects, defendants, rioters, offenders and inmates are people; a counted noun that is
the happening itself ("made 2,900 arrests", "recorded 53 murders", "88 homicides": a happening's ``nouns``)
counts people and its happening comes before the verb's (``reconcile.classes``, ``measures.items``; an
"excess deaths" estimate stays out); the phrase the parser hung on the verb's object ("released 31 people on
bail": ``figures.verb_phrases``); and the participle on the whole a part is taken from, when the part has a
verb of its own ("Forty of the people arrested were released on bail": released on bail, not arrested;
"Twelve of the people killed were children" keeps killed: ``figures.describing``). The one left then (a season
read as a time, "over the summer riots") passes since test_followups_69 (``figures.seasons``): it is the last
story, 14 of 14 right. Four stories were written after the mends to check them (the last
four): on main one of them passed (one false comparison, a release on bail against hostages freed, and two
missed measures); now all four pass. The other measure and date sets, the event corpora's gold and the figure
sets are unchanged.
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- counts of one thing: changed over time, agree, conflict, one source
    ("riot arrests updated day by day", [
        ("a", "2036-08-04", "Police have arrested 112 people in Varnholt since the riots began on Friday, the city's "
                            "police chief said on Monday."),
        ("b", "2036-08-05", "The number of people arrested in Varnholt since the riots began has risen to 187, the "
                            "city's police chief said on Tuesday."),
        ("c", "2036-08-07", "Police in Varnholt have now arrested 263 people since the riots began, the interior "
                            "ministry said on Thursday."),
    ], [("changed_over_time", {"a:112", "b:187", "c:263"})]),
    ("arrests after clashes two sources", [
        ("a", "2036-05-11", "Police arrested 46 people during clashes in Teskel on Saturday, a police spokesman "
                            "said."),
        ("b", "2036-05-11", "About 50 people were detained in Teskel on Saturday after clashes with police, the "
                            "rights group Fair Witness said."),
    ], [("agree", {"a:46", "b:About 50"})]),
    ("arrests wire copy", [
        ("a", "2036-03-02", "Police arrested 38 people after a football match in Orrabay on Sunday, the city's "
                            "police force said."),
        ("b", "2036-03-02", "Police arrested 38 people after a football match in Orrabay on Sunday, the city's "
                            "police force said. The club has promised to ban the culprits."),
    ], [("single_source", {"a:38", "b:38"})]),
    ("people charged two outlets", [
        ("a", "2036-08-15", "Prosecutors have charged 64 people over the riots in Varnholt, the chief prosecutor "
                            "said on Friday."),
        ("b", "2036-08-15", "Sixty-four people have been charged over the Varnholt riots, the city's police chief "
                            "said on Friday."),
    ], [("agree", {"a:64", "b:Sixty-four"})]),
    ("vigil crowd police vs organisers", [
        ("a", "2036-05-12", "Around 6,000 people attended the vigil for the victims in Teskel on Sunday, police "
                            "said."),
        ("b", "2036-05-12", "Organisers said 25,000 people attended the vigil in Teskel on Sunday."),
    ], [("conflict", {"a:Around 6,000", "b:25,000"})]),
    ("march crowd organisers vs police", [
        ("a", "2036-06-07", "Some 15,000 demonstrators marched through Orrabay on Saturday against police "
                            "violence, the organisers said."),
        ("b", "2036-06-07", "Police said 4,000 demonstrators took part in the march in Orrabay on Saturday."),
    ], [("conflict", {"a:Some 15,000", "b:4,000"})]),
    ("detained protesters ministry vs rights group", [
        ("a", "2036-05-18", "Police detained 90 protesters in Teskel on Saturday, the interior ministry said."),
        ("b", "2036-05-18", "At least 400 protesters were detained in Teskel on Saturday, the rights group Fair "
                            "Witness said, accusing the ministry of hiding the scale of the crackdown."),
    ], [("conflict", {"a:90", "b:At least 400"})]),
    ("suspects arrested in raids two sources", [
        ("a", "2036-04-09", "Police arrested 23 suspects in raids across Orrabay on Tuesday, the force said."),
        ("b", "2036-04-09", "Twenty-three people were arrested in dawn raids in Orrabay on Tuesday, a police "
                            "spokesman said."),
    ], [("agree", {"a:23", "b:Twenty-three"})]),
    ("a year's arrests vs the year before", [
        ("a", "2036-02-10", "Police in Pellcastle arrested 3,400 people in 2035, up from 2,900 in 2034, the force's "
                            "annual report said."),
    ], [("changed_over_time", {"a:3,400", "a:2,900"})]),
    ("a year's arrests vs the year before, two reports", [
        ("a", "2035-02-11", "Police in Pellcastle made 2,900 arrests in 2034, the force's annual report said."),
        ("b", "2036-02-10", "Police in Pellcastle made 3,400 arrests in 2035, the force's annual report said."),
    ], [("changed_over_time", {"a:2,900", "b:3,400"})]),
    ("murders of a year two sources", [
        ("a", "2036-01-14", "Fifty-three people were murdered in Pellcastle in 2035, the city's police force said."),
        ("b", "2036-01-15", "Pellcastle recorded 53 murders in 2035, the city's mayor said."),
    ], [("agree", {"a:Fifty-three", "b:53"})]),
    ("murders of a year vs the year before", [
        ("a", "2035-01-15", "Forty-one people were murdered in Pellcastle in 2034, the city's police force said."),
        ("b", "2036-01-14", "Fifty-three people were murdered in Pellcastle in 2035, the city's police force said, "
                            "the highest number in a decade."),
    ], [("changed_over_time", {"a:Forty-one", "b:Fifty-three"})]),
    # ---- traps: never compared
    ("one force vs the national figure", [
        ("a", "2036-02-10", "Police in Pellcastle made 3,400 arrests in 2035, the force said."),
        ("b", "2036-02-10", "Police across Calandria made 41,000 arrests in 2035, the interior ministry said."),
    ], []),
    ("a city's murders vs the country's", [
        ("a", "2036-01-14", "Fifty-three people were murdered in Pellcastle in 2035, the city's police force said."),
        ("b", "2036-01-14", "In 2035, 612 people were murdered across Calandria, the interior ministry said."),
    ], []),
    ("arrested vs charged", [
        ("a", "2036-08-13", "Police have arrested 140 people over the riots in Varnholt, the police chief said on "
                            "Wednesday."),
        ("b", "2036-08-13", "Prosecutors have charged 58 people over the riots in Varnholt, the chief prosecutor "
                            "said on Wednesday."),
    ], []),
    ("charged vs convicted", [
        ("a", "2036-10-06", "Sixty people have been charged over the Teskel clashes, prosecutors said on Monday."),
        ("b", "2036-10-06", "Courts have convicted 22 people over the Teskel clashes, the justice ministry said on "
                            "Monday."),
    ], []),
    ("arrested vs released on bail", [
        ("a", "2036-03-09", "Police arrested 75 people in Orrabay on Saturday night, a police spokeswoman said on "
                            "Sunday."),
        ("b", "2036-03-09", "Forty of the people arrested in Orrabay were released on bail on Sunday, their "
                            "lawyers said."),
    ], []),
    ("released on bail vs released without charge", [
        ("a", "2036-05-13", "Police in Teskel released 31 people on bail on Monday, a police spokesman said."),
        ("b", "2036-05-13", "Police in Teskel released 12 people without charge on Monday, their lawyers said."),
    ], []),
    ("charged vs released on bail", [
        ("a", "2036-05-14", "Prosecutors in Teskel charged 44 people with rioting on Tuesday, a spokesman said."),
        ("b", "2036-05-14", "A court in Teskel released 30 people on bail on Tuesday, their lawyers said."),
    ], []),
    ("convicted vs sentenced to prison", [
        ("a", "2036-11-03", "A court in Varnholt convicted 18 people of rioting on Monday, the justice ministry "
                            "said."),
        ("b", "2036-11-03", "A court in Varnholt sentenced 11 people to prison for rioting on Monday, their lawyers "
                            "said."),
    ], []),
    ("police-recorded thefts vs a survey's estimate", [
        ("a", "2036-04-20", "Police in Calandria recorded 212,000 thefts in 2035, the national statistics office "
                            "said."),
        ("b", "2036-04-20", "About 540,000 thefts were committed in Calandria in 2035, the national crime survey "
                            "estimates."),
    ], []),
    ("police-recorded victims vs a survey's victims", [
        ("a", "2036-04-20", "Police in Calandria recorded 84,000 victims of violent crime in 2035, the national "
                            "statistics office said."),
        ("b", "2036-04-20", "Some 310,000 people in Calandria were victims of violent crime in 2035, the national "
                            "crime survey estimates."),
    ], []),
    ("arrests this week vs this year", [
        ("a", "2036-06-13", "Police in Orrabay arrested 64 people for drug dealing this week, the force said on "
                            "Friday."),
        ("b", "2036-06-13", "So far this year, police in Orrabay have arrested 910 people for drug dealing, the "
                            "force said on Friday."),
    ], [("different_scope", {"a:64", "b:910"})]),
    ("arrested vs convicted in a year", [
        ("a", "2036-02-10", "Police in Pellcastle arrested 3,400 people in 2035, the force said."),
        ("b", "2036-02-10", "Courts in Pellcastle convicted 1,100 people in 2035, the justice ministry said."),
    ], []),
    ("the vigil's crowd vs arrests at it", [
        ("a", "2036-05-12", "Some 3,000 people attended the vigil in Teskel on Sunday, police said."),
        ("b", "2036-05-12", "Police arrested 30 people at the vigil in Teskel on Sunday, the interior ministry "
                            "said."),
    ], []),
    ("arrests in two cities", [
        ("a", "2036-08-04", "Police arrested 85 people in Varnholt on Sunday night, the police chief said."),
        ("b", "2036-08-04", "Police arrested 40 people in Teskel on Sunday night, the police chief said."),
    ], []),
    # ---- written after the mends, to check them
    ("people released on bail two sources", [
        ("a", "2036-05-19", "A court in Orrabay released 26 people on bail on Monday, their lawyers said."),
        ("b", "2036-05-19", "Twenty-six people were released on bail in Orrabay on Monday, a court official said."),
    ], [("agree", {"a:26", "b:Twenty-six"})]),
    ("hostages freed vs people released on bail", [
        ("a", "2036-05-16", "Gunmen freed 12 hostages in Teskel on Friday, police said."),
        ("b", "2036-05-16", "A court in Teskel released 30 people on bail on Friday, their lawyers said."),
    ], []),
    ("homicides of a year two sources", [
        ("a", "2036-01-20", "Dunmore recorded 88 homicides in 2035, the city's police said."),
        ("b", "2036-01-21", "There were 88 homicides in Dunmore in 2035, the mayor said."),
    ], [("agree", {"a:88", "b:88"})]),
    ("a part of those detained charged vs the prosecutors' count", [
        ("a", "2036-05-19", "Forty of the protesters detained in Teskel have been charged, prosecutors said on "
                            "Monday."),
        ("b", "2036-05-19", "Prosecutors in Teskel have charged 40 protesters, a court official said on Monday."),
    ], [("agree", {"a:Forty", "b:40"})]),
    ("people convicted two sources", [
        ("a", "2036-10-06", "Courts in Varnholt have convicted 29 people over the summer riots, the justice "
                            "ministry said on Monday."),
        ("b", "2036-10-06", "So far 29 people have been convicted over the riots in Varnholt, the city's chief "
                            "prosecutor said on Monday."),
    ], [("agree", {"a:29", "b:29"})]),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("people", "arrested", ("people", "detained")),
        ("people", "charged", ("people", "charged")),
        ("protesters", "charged", ("people", "charged")),
        ("people", "convicted", ("people", "convicted")),
        ("people", "sentenced", ("people", "sentenced")),
        ("people", "released on bail", ("people", "bailed")),  # no hostages freed
        ("people", "released", ("people", "freed")),
        ("suspects", "arrested", ("people", "detained")),
        ("arrests", "made", ("people", "detained")),  # "made 2,900 arrests": the noun is the happening
        ("murders", "recorded", ("people", "killed")),  # "recorded 53 murders": not a count of records
        ("homicides", None, ("people", "killed")),  # "There were 88 homicides"
        ("homicides", "fell", ("people", "killed")),
        ("excess deaths", "caused", None),  # an estimate of another kind: no noun the table lists whole
        ("euros", "charged", None),  # a price charged is no person charged
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


@pytest.mark.parametrize(
    ("sentence", "number", "predicate"),
    [
        ("Police in Teskel released 31 people on bail on Monday.", "31", "released on bail"),
        ("Twenty-six people were released on bail in Orrabay on Monday.", "Twenty-six", "released on bail"),
        ("Gunmen freed 12 hostages in Teskel on Friday.", "12", "freed"),
        # the part's own verb, not the participle that picks out the whole
        ("Forty of the people arrested in Orrabay were released on bail on Sunday.", "Forty", "released on bail"),
        ("Thirty of the people evacuated from Brisk have returned home.", "Thirty", "returned"),
        # under a copula the participle still says what happened to them
        ("Twelve of the people killed in the crash were children.", "Twelve", "killed"),
        ("Police arrested 31 people, 12 of whom were charged.", "31", "arrested"),
    ],
)
def test_what_happened_to_them(nlp, sentence, number, predicate):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2036-05-19"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    assert figure.predicate == predicate
