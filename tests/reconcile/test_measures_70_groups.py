"""Measures across articles on sub-groups named by a compound, a tenth check on written stories: the health workers
infected among all the people infected, children among the dead, women among the displaced (and pregnant women),
foreign nationals and police officers among the injured, students among the people arrested, aid workers among the
dead, junior doctors on strike; each sub-group set beside its whole for one time and place (different_scope: a part
and its whole, never one count), two reports of the same sub-group (agree, conflict, changed over time), and the
look-alikes never compared (two sub-groups of one class, one sub-group in two cities or with two happenings). Each
story is 2 dated articles with the hand gold, as in ``test_measures_70_outbreaks``. Sentences, places and names
written for these tests.

Counts on the 22 stories written before counting (16 gold measures, 7 of them different_scope; 6 stories with none):
before this set 9 measures right in group and verdict, 5 missed groupings (the foreign nationals and police officers
injured: 'nationals' and 'officers' are no class; junior doctors on strike), 3 false comparisons (the health workers
infected and the aid workers killed set against all the people infected or killed, and the health workers killed
against the aid workers, all three conflicts: the unit was the compound's last word, 'workers', that is all people),
5 of 6 kept apart; after it 15 right, 1 missed, no false comparison, 6 of 6 kept apart (a strict xfail then).
Fixed: a sub-group the measure table lists under a class's 'within' as a compound ('health workers', 'aid workers',
'police officers', 'foreign nationals', 'pregnant women') is the figure's unit as a whole, not only its last word
(``figures.group_units``; the figure row of "Two aid workers" in ``test_figures_64`` is now 'aid workers'), so the
measures read its sub-population: a stratum of its own beside the whole (different_scope for one time and place) and
a peer of another sub-group (kept apart); foreign nationals and police officers are sub-groups of people, pregnant
women and junior doctors groups of their own, no longer a rival count of all women or all doctors (``measures.json``).
Five stories were written after the mends to check them (the last five): on main one of them passed, two were
conflicts (pregnant women against all women, junior doctors against all doctors) and two measures were missed
(foreigners and policemen among all the dead or injured); now all five pass. Evaluate figures is unchanged (414/414,
555 and 311 matched, unit accuracy unchanged). Merged after the 71 transport set, the strict xfail left passes and
is a story of the set (16 right, none missed): 'walked out' whose 'out' the parser read as an adverb is the table's
happening (``figures.verb_phrases``), so the strike's counts take part in measures.
"""

from __future__ import annotations

import pytest

from sourcebook.reconcile.classes import classes

from .rows import count_kind
from .test_measures_63 import _gold, _measures

STORIES = [
    # ---- health workers among all the infected
    ("health workers among all the infected", [
        ("a", "2038-06-01", "Marsh fever has infected 9,800 people in Quellan, the health ministry said on Tuesday."),
        ("b", "2038-06-01", "About 700 health workers in Quellan have been infected with marsh fever, the nurses' "
                            "council said on Tuesday."),
    ], [("different_scope", {"a:9,800", "b:About 700"})]),
    ("health workers infected, two sources", [
        ("a", "2038-06-02", "Some 410 health workers have been infected with marsh fever in Quellan, the doctors' "
                            "association said on Wednesday."),
        ("b", "2038-06-02", "The health ministry said on Wednesday that 395 health workers had been infected with "
                            "marsh fever in Quellan."),
    ], [("agree", {"a:Some 410", "b:395"})]),
    ("health workers infected, a week apart", [
        ("a", "2038-06-01", "At least 120 health workers have been infected with marsh fever in Quellan, the health "
                            "ministry said on Tuesday."),
        ("b", "2038-06-08", "Marsh fever has now infected 260 health workers in Quellan, the health ministry said "
                            "on Tuesday."),
    ], [("changed_over_time", {"a:At least 120", "b:260"})]),
    # ---- children among the dead
    ("children among the dead", [
        ("a", "2038-07-12", "The earthquake in Varno killed 214 people, the civil defence agency said on Monday."),
        ("b", "2038-07-12", "The earthquake in Varno killed at least 58 children, the charity Brightpath said on "
                            "Monday."),
    ], [("different_scope", {"a:214", "b:at least 58"})]),
    ("children killed, two sources", [
        ("a", "2038-07-12", "The earthquake killed 58 children in Varno, the charity Brightpath said on Monday."),
        ("b", "2038-07-12", "Sixty children died in the Varno earthquake, the education ministry said on Monday."),
    ], [("conflict", {"a:58", "b:Sixty"})]),
    # ---- women among the displaced
    ("women among the displaced", [
        ("a", "2038-08-03", "The floods have displaced 12,000 people in Sarrowdale, the regional government said "
                            "on Wednesday."),
        ("b", "2038-08-03", "About 5,200 women have been displaced by the floods in Sarrowdale, the aid group "
                            "Hearthline said on Wednesday."),
    ], [("different_scope", {"a:12,000", "b:About 5,200"})]),
    ("pregnant women displaced, two sources", [
        ("a", "2038-08-04", "About 340 pregnant women have been displaced by the floods in Sarrowdale, the UN "
                            "Population Fund said on Thursday."),
        ("b", "2038-08-04", "The floods have displaced 320 pregnant women in Sarrowdale, the regional health office "
                            "said on Thursday."),
    ], [("agree", {"a:About 340", "b:320"})]),
    # ---- foreign nationals among the injured
    ("foreign nationals among the injured", [
        ("a", "2038-05-17", "The bus crash near Tollmere injured 38 people on Sunday, the county police said."),
        ("b", "2038-05-17", "Eleven foreign nationals were injured in the bus crash near Tollmere on Sunday, the "
                            "foreign ministry said."),
    ], [("different_scope", {"a:38", "b:Eleven"})]),
    ("foreign nationals injured, two sources", [
        ("a", "2038-05-22", "Nine foreign nationals were injured in the stampede in Corvale on Friday, the city "
                            "police said."),
        ("b", "2038-05-22", "The stampede in Corvale injured 12 foreign nationals on Friday, the Maranthian embassy "
                            "said."),
    ], [("conflict", {"a:Nine", "b:12"})]),
    # ---- police officers among the injured
    ("police officers among the injured", [
        ("a", "2038-06-13", "Clashes in Dunmarrow injured 64 people on Saturday, the city's hospital board said."),
        ("b", "2038-06-13", "Twenty-three police officers were injured in the clashes in Dunmarrow on Saturday, the "
                            "police federation said."),
    ], [("different_scope", {"a:64", "b:Twenty-three"})]),
    ("police officers injured, a day apart", [
        ("a", "2038-06-12", "At least 15 police officers were injured in the riots in Dunmarrow, the interior "
                            "ministry said on Friday."),
        ("b", "2038-06-13", "The riots in Dunmarrow have injured 31 police officers, the interior ministry said on "
                            "Saturday."),
    ], [("changed_over_time", {"a:At least 15", "b:31"})]),
    # ---- students among those arrested
    ("students among those arrested", [
        ("a", "2038-04-09", "Police arrested 230 people during the protests in Kelvary on Thursday, the city's "
                            "police chief said."),
        ("b", "2038-04-09", "Ninety students were arrested during the protests in Kelvary on Thursday, the student "
                            "union said."),
    ], [("different_scope", {"a:230", "b:Ninety"})]),
    ("students detained, two sources", [
        ("a", "2038-04-09", "Police detained 90 students at the protests in Kelvary on Thursday, the student union "
                            "said."),
        ("b", "2038-04-09", "About 85 students were detained in Kelvary on Thursday, the university's rector said."),
    ], [("agree", {"a:90", "b:About 85"})]),
    # ---- aid workers
    ("aid workers among the dead", [
        ("a", "2038-09-14", "The airstrike near Hessenford killed 17 people on Tuesday, the regional governor said."),
        ("b", "2038-09-14", "Four aid workers were killed in the airstrike near Hessenford on Tuesday, the Relief "
                            "Alliance said."),
    ], [("different_scope", {"a:17", "b:Four"})]),
    ("aid workers killed, two sources", [
        ("a", "2038-09-14", "Four aid workers were killed in the airstrike near Hessenford on Tuesday, the Relief "
                            "Alliance said."),
        ("b", "2038-09-14", "The airstrike near Hessenford killed five aid workers on Tuesday, the regional governor "
                            "said."),
    ], [("conflict", {"a:Four", "b:five"})]),
    # ---- traps: never compared
    ("health workers vs aid workers killed", [
        ("a", "2038-09-15", "The shelling of Hessenford killed six health workers on Wednesday, the regional "
                            "governor said."),
        ("b", "2038-09-15", "The shelling of Hessenford killed nine aid workers on Wednesday, the Relief Alliance "
                            "said."),
    ], []),
    ("children vs women displaced", [
        ("a", "2038-08-03", "The floods have displaced 4,100 children in Sarrowdale, the aid group Hearthline said "
                            "on Wednesday."),
        ("b", "2038-08-03", "The floods have displaced 5,200 women in Sarrowdale, the aid group Hearthline said on "
                            "Wednesday."),
    ], []),
    ("police officers injured vs people arrested", [
        ("a", "2038-06-13", "Twenty-three police officers were injured in the clashes in Dunmarrow on Saturday, the "
                            "police federation said."),
        ("b", "2038-06-13", "Police arrested 23 people after the clashes in Dunmarrow on Saturday, the interior "
                            "ministry said."),
    ], []),
    ("foreign nationals injured vs killed", [
        ("a", "2038-05-17", "Eleven foreign nationals were injured in the bus crash near Tollmere on Sunday, the "
                            "foreign ministry said."),
        ("b", "2038-05-17", "Two foreign nationals were killed in the bus crash near Tollmere on Sunday, the foreign "
                            "ministry said."),
    ], []),
    ("junior doctors vs nurses on strike", [
        ("a", "2038-10-05", "About 4,000 junior doctors walked out in Brannock on Monday, the doctors' union said."),
        ("b", "2038-10-05", "About 2,500 nurses walked out in Brannock on Monday, the nurses' union said."),
    ], []),
    ("junior doctors on strike, two sources", [
        ("a", "2038-10-05", "About 4,000 junior doctors walked out in Brannock on Monday, the doctors' union said."),
        ("b", "2038-10-05", "Some 3,800 junior doctors walked out in Brannock on Monday, the health board said."),
    ], [("agree", {"a:About 4,000", "b:Some 3,800"})]),
    ("health workers infected in two cities", [
        ("a", "2038-06-02", "Some 410 health workers have been infected with marsh fever in Quellan, the doctors' "
                            "association said on Wednesday."),
        ("b", "2038-06-02", "Some 150 health workers have been infected with marsh fever in Orbridge, the doctors' "
                            "association said on Wednesday."),
    ], []),
    # ---- written after the mends, to check them
    ("women vs pregnant women displaced", [
        ("a", "2038-08-05", "The floods have displaced 5,400 women in Sarrowdale, the aid group Hearthline said on "
                            "Friday."),
        ("b", "2038-08-05", "About 350 pregnant women have been displaced by the floods in Sarrowdale, the UN "
                            "Population Fund said on Friday."),
    ], []),
    ("medical staff killed, two sources", [
        ("a", "2038-09-16", "Twelve medical staff were killed in the shelling of Hessenford on Thursday, the "
                            "regional governor said."),
        ("b", "2038-09-16", "The shelling of Hessenford killed 12 medical staff on Thursday, the Relief Alliance "
                            "said."),
    ], [("agree", {"a:Twelve", "b:12"})]),
    ("foreigners among the dead", [
        ("a", "2038-05-24", "The ferry fire off Tollmere killed 46 people on Saturday, the coastguard said."),
        ("b", "2038-05-24", "Seven foreigners died in the ferry fire off Tollmere on Saturday, the foreign ministry "
                            "said."),
    ], [("different_scope", {"a:46", "b:Seven"})]),
    ("policemen injured vs all injured, a day later", [
        ("a", "2038-06-14", "Fourteen policemen were hurt in the clashes in Dunmarrow on Sunday, the police "
                            "federation said."),
        ("b", "2038-06-14", "The clashes in Dunmarrow on Sunday left 40 people injured, the hospital board said."),
    ], [("different_scope", {"a:Fourteen", "b:40"})]),
    ("junior doctors vs all doctors on strike", [
        ("a", "2038-10-06", "About 4,000 junior doctors went on strike in Brannock on Tuesday, the doctors' union "
                            "said."),
        ("b", "2038-10-06", "Some 6,500 doctors went on strike in Brannock on Tuesday, the health board said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("health workers", "infected", ("people", "infected")),
        ("aid workers", "killed", ("people", "killed")),
        ("police officers", "injured", ("people", "injured")),
        ("foreign nationals", "injured", ("people", "injured")),
        ("officers", "injured", None),  # an officer of what? no class
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


@pytest.mark.parametrize(
    ("unit", "population"),
    [
        ("health workers", "medical workers"),
        ("aid workers", "aid workers"),
        ("workers", "people"),  # a compound's last word alone is the whole
        ("police officers", "police"),
        ("foreign nationals", "foreigners"),
        ("pregnant women", "pregnant women"),  # not a rival count of all women
        ("women", "women"),
        ("junior doctors", "junior doctors"),
        ("students", "children"),
    ],
)
def test_sub_groups(unit, population):
    found = classes().unit(unit)
    assert found is not None
    assert (found.name, found.population) == ("people", population)


def _figure(nlp, sentence: str, number: str):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2038-06-10"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    return figure


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("Two aid workers were among those killed.", "Two", "aid workers"),
        ("Twenty-three police officers were injured in the clashes.", "Twenty-three", "police officers"),
        ("The crash injured 11 foreign nationals.", "11", "foreign nationals"),
        ("About 700 health workers have been infected.", "About 700", "health workers"),
        ("Some 300 health care workers have been infected.", "Some 300", "health care workers"),
        ("The floods displaced 320 pregnant women.", "320", "pregnant women"),
        ("Twelve medical staff were killed.", "Twelve", "medical staff"),
        ("The factory employs 1,200 workers.", "1,200", "workers"),  # no listed compound: the noun alone
        ("The plant laid off 300 factory workers.", "300", "workers"),
        ("Nine officers were injured.", "Nine", "officers"),
    ],
)
def test_the_unit_keeps_a_listed_sub_group(nlp, sentence, number, unit):
    assert _figure(nlp, sentence, number).unit == unit
