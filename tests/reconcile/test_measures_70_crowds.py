"""Measures across articles on crowds, tolls and outages (issue 12's "cross-article verdicts that compare
unrelated numbers"), an eighth check on written stories: a crowd counted by the police and by the organisers, a
death toll that rises over a week of reports and missing people found (changed over time, not a conflict: the
count moved, nobody disputes it), dead, injured and missing kept apart, homes without power falling as power comes
back, evacuees, a figure quoted from another outlet or told by one source twice (single source), round against exact
figures; and the look-alikes that must never be compared: the dead and the injured of one crash, injured and still
in hospital, homes without power and homes where power was restored, a town and the whole country, evacuees and
people in shelters, a crowd and the police sent to it, two cities, and the unrelated numbers of the same stories
(ages, years, street numbers, distances). Each story is 1-4 dated articles with the hand gold: the figures
(article:number as written) that form one measure, and its verdict. Sentences, places and names written for these
tests.

What an analyst needs of a crowd: the police's and the organisers' counts of one march are one measure, and a
conflict when they do not overlap (8,000 against "about 35,000"): the gap is the dispute itself, each side has a
reason to count high or low, and the verdict names both sources; "agree" would hide it and "changed over time" would
be false. "About 10,000" and 9,870 agree within the qualifier (``reconcile.measures``: "around N" is N +- 15%), "about
10,000" and 6,200 do not; "nearly 5,000" and 4,512 agree. Two exact counts of the injured for one time that differ
(40 and 38) are a conflict: nothing says which is late (the gold first said agree; changed before any mend, since the
measures judge exact figures as exact).

Counts on the 29 stories written before counting (16 gold measures in 15 stories; 14 stories with none): before this
set 12 measures right in group and verdict, 4 missed groupings (marchers the police "counted"; homes without power
in two stories; protesters camped in a square), no false comparison, no wrong verdict, 14 of 14 kept apart; after it
15 right, 1 missed (the strict xfail below), none false, 14 of 14 kept apart. Fixed: homes, people or customers
without power are a happening of their own, a state ("without power", "lost power", "had no electricity", "knocked
out power to", ``measures.json``), never homes destroyed or people displaced; a verb of state with a state phrase
("remained without power", "spent the night without electricity": ``figures.states``); "left 120,000 homes without
power" is the phrase, not "left" (``figures.held``, with "without" a state's opening word in ``reconcile.classes``);
the verb with its particle and the object's words ("had no electricity", "knocked out power":
``figures.verb_phrases``); marchers are people whose count names their happening, and "counted" only states a level,
so the noun's happening comes first ("Police counted 9,870 marchers": took part); a place name the recogniser took
together with the preposition that opens the sentence ("Across Calandria," read as one organisation,
``figures.named_places``). Five stories were written after the mends to check them (the last five): on main two of
them passed (both traps, only because no happening was read), the two measures were missed and "knocked out power to
80,000 homes" was homes destroyed, a conflict with 300 homes the hurricane destroyed; now all five pass. The other
measure and date sets, the event corpora's gold and the figure sets are unchanged (one figure row now reads "lost
power" for "lost", ``test_figures_64``).
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- crowds: the police's count and the organisers'
    ("rally crowd police vs organisers", [
        ("a", "2037-03-15", "Police said 8,000 people joined the rally against the new motorway in Tarnwick on "
                            "Saturday."),
        ("b", "2037-03-15", "About 35,000 people joined the rally in Tarnwick on Saturday, the organisers said, "
                            "calling it the largest protest the town had seen."),
    ], [("conflict", {"a:8,000", "b:About 35,000"})]),
    ("march crowd organisers round, police exact", [
        ("a", "2037-04-05", "About 10,000 people marched through Selloway on Sunday to demand cheaper rents, the "
                            "organisers said."),
        ("b", "2037-04-05", "Police counted 9,870 marchers in Selloway on Sunday, a police spokeswoman said."),
    ], [("agree", {"a:About 10,000", "b:9,870"})]),
    ("march crowd round vs exact, too far apart", [
        ("a", "2037-04-12", "About 10,000 people marched through Selloway on Sunday, the organisers said."),
        ("b", "2037-04-12", "Police said 6,200 people marched through Selloway on Sunday."),
    ], [("conflict", {"a:About 10,000", "b:6,200"})]),
    # ---- a death toll over a week: changed over time, not a conflict
    ("flood toll rising over a week", [
        ("a", "2037-09-06", "Floods have killed 14 people in Morlach province, the regional governor said on "
                            "Monday."),
        ("b", "2037-09-08", "The death toll from the floods in Morlach province has risen to 29, the health "
                            "ministry said on Wednesday."),
        ("c", "2037-09-10", "At least 41 people have died in the floods in Morlach province, the regional governor "
                            "said on Friday."),
        ("d", "2037-09-13", "The death toll from the Morlach floods reached 52 on Monday, the health ministry said. "
                            "A 73-year-old woman found on Sunday was the oldest victim."),
    ], [("changed_over_time", {"a:14", "b:29", "c:At least 41", "d:52"})]),
    # ---- dead, injured and missing: each its own measure
    ("collapse dead and injured two sources", [
        ("a", "2037-02-11", "The collapse of a parking garage in Dunrivel killed nine people and injured 40 on "
                            "Tuesday, the fire service said. Twelve people are missing."),
        ("b", "2037-02-11", "Nine people died and 38 were injured when a parking garage collapsed in Dunrivel on "
                            "Tuesday, the city's mayor said."),
    ], [("agree", {"a:nine", "b:Nine"}), ("conflict", {"a:40", "b:38"})]),  # two exact counts for one time
    ("missing falling as people are found", [
        ("a", "2037-02-12", "Twenty-seven people are missing after the landslide in Castrel, the civil protection "
                            "agency said on Wednesday."),
        ("b", "2037-02-14", "Eleven people remain missing after the landslide in Castrel, the civil protection "
                            "agency said on Friday."),
    ], [("changed_over_time", {"a:Twenty-seven", "b:Eleven"})]),
    ("injured rising", [
        ("a", "2037-07-20", "Sixty people were injured in the train crash near Welmoor on Sunday, the rail "
                            "operator said."),
        ("b", "2037-07-21", "The number of people injured in the train crash near Welmoor has risen to 84, the "
                            "regional health authority said on Monday."),
    ], [("changed_over_time", {"a:Sixty", "b:84"})]),
    # ---- homes without power
    ("homes without power falling as power is restored", [
        ("a", "2037-11-14", "The storm left 120,000 homes in Vossmere without power on Saturday, the grid "
                            "operator said."),
        ("b", "2037-11-15", "About 45,000 homes in Vossmere were still without power on Sunday, the grid operator "
                            "said."),
        ("c", "2037-11-16", "By Monday morning, 8,200 homes in Vossmere remained without power, the grid operator "
                            "said."),
    ], [("changed_over_time", {"a:120,000", "b:About 45,000", "c:8,200"})]),
    ("homes without power two sources", [
        ("a", "2037-11-14", "Some 30,000 homes in Quessany were without power on Saturday evening, the grid "
                            "operator said."),
        ("b", "2037-11-14", "About 31,500 homes in Quessany had no electricity on Saturday evening, the mayor "
                            "said."),
    ], [("agree", {"a:Some 30,000", "b:About 31,500"})]),
    # ---- evacuees
    ("evacuees two sources rounded and exact", [
        ("a", "2037-08-19", "Authorities evacuated 4,512 residents from Lenmoor on Tuesday as the wildfire "
                            "approached, the county said."),
        ("b", "2037-08-19", "Nearly 5,000 people were evacuated from Lenmoor on Tuesday, the fire service said."),
    ], [("agree", {"a:4,512", "b:Nearly 5,000"})]),
    ("evacuees rising", [
        ("a", "2037-08-18", "About 2,000 people have been evacuated from villages around Lenmoor since the fire "
                            "began, the county said on Monday."),
        ("b", "2037-08-20", "The number of people evacuated from villages around Lenmoor since the fire began has "
                            "risen to 6,300, the county said on Wednesday."),
    ], [("changed_over_time", {"a:About 2,000", "b:6,300"})]),
    # ---- one source told twice
    ("a toll quoted from another outlet", [
        ("a", "2037-06-03", "Fourteen people died in the fire at a furniture factory in Orlent, the Orlent Courier "
                            "reported on Tuesday."),
        ("b", "2037-06-03", "The fire at the furniture factory in Orlent killed 14 people, according to the Orlent "
                            "Courier."),
    ], [("single_source", {"a:Fourteen", "b:14"})]),
    ("injured told by the police to a paper and in a statement", [
        ("a", "2037-06-03", "Twenty-two people were injured in the fire in Orlent, the police said in a "
                            "statement."),
        ("b", "2037-06-03", "The police told the Orlent Courier that 22 people had been injured in the fire in "
                            "Orlent."),
    ], [("single_source", {"a:Twenty-two", "b:22"})]),
    ("evacuees wire copy", [
        ("a", "2037-08-21", "Firefighters evacuated 900 people from Pruskal on Thursday, the fire service said."),
        ("b", "2037-08-21", "Firefighters evacuated 900 people from Pruskal on Thursday, the fire service said. "
                            "The road to the coast stayed closed."),
    ], [("single_source", {"a:900", "b:900"})]),
    # ---- traps: never compared
    ("dead vs injured, the same number", [
        ("a", "2037-10-04", "The bus crash near Kelderby killed 23 people on Sunday, police said."),
        ("b", "2037-10-04", "Twenty-three people were injured in the bus crash near Kelderby on Sunday, the "
                            "hospital said."),
    ], []),
    ("dead vs missing", [
        ("a", "2037-02-13", "The landslide in Castrel killed 16 people, the civil protection agency said on "
                            "Thursday."),
        ("b", "2037-02-13", "Nineteen people are still missing after the landslide in Castrel, the mayor said on "
                            "Thursday."),
    ], []),
    ("injured vs still in hospital", [
        ("a", "2037-07-21", "Eighty-four people were injured in the train crash near Welmoor, the rail operator "
                            "said on Monday."),
        ("b", "2037-07-21", "Thirty people remain in hospital after the train crash near Welmoor, the regional "
                            "health authority said on Monday."),
    ], []),
    ("homes without power vs power restored", [
        ("a", "2037-11-15", "Crews restored power to 75,000 homes in Vossmere on Sunday, the grid operator said."),
        ("b", "2037-11-15", "About 45,000 homes in Vossmere were still without power on Sunday, the mayor said."),
    ], []),
    ("homes without power in a town vs the country", [
        ("a", "2037-11-14", "The storm left 12,000 homes in Quessany without power on Saturday, the mayor said."),
        ("b", "2037-11-14", "Across Calandria, 210,000 homes were without power on Saturday, the grid operator "
                            "said."),
    ], []),
    ("evacuees vs people in shelters", [
        ("a", "2037-08-19", "About 4,500 people were evacuated from Lenmoor on Tuesday, the county said."),
        ("b", "2037-08-19", "Some 1,200 people spent Tuesday night in emergency shelters in Lenmoor, the Red Cross "
                            "said."),
    ], []),
    ("a crowd vs the police deployed", [
        ("a", "2037-03-15", "Some 2,500 people marched through Tarnwick on Saturday, police said."),
        ("b", "2037-03-15", "Police deployed 2,500 officers in Tarnwick on Saturday for the march, the interior "
                            "ministry said."),
    ], []),
    ("crowds in two cities", [
        ("a", "2037-04-05", "About 10,000 people marched through Selloway on Sunday, the organisers said."),
        ("b", "2037-04-05", "About 3,000 people marched through Fennick on Sunday, the organisers said."),
    ], []),
    ("ages of a victim", [
        ("a", "2037-10-05", "The driver of the bus, a 54-year-old man from Kelderby, was among the dead, police "
                            "said."),
        ("b", "2037-10-05", "The bus driver, 56, had worked for the company for 20 years, his employer said."),
    ], []),
    ("years and a past toll as background", [
        ("a", "2037-09-07", "The floods are the worst in Morlach since 1998, when 140 people died, the governor "
                            "said on Tuesday."),
        ("b", "2037-09-07", "Floods killed 17 people in Morlach province by Tuesday, the health ministry said. "
                            "The river last burst its banks in 2011."),
    ], []),
    ("street numbers", [
        ("a", "2037-06-04", "The fire started at 42 Harrow Street in Orlent and spread to the factory, the fire "
                            "service said."),
        ("b", "2037-06-04", "Residents of 44 Harrow Street were moved to a hotel, the council said."),
    ], []),
    ("distances of the epicentre", [
        ("a", "2037-01-22", "The earthquake struck 35 kilometres south of Vesk on Thursday, the seismology "
                            "institute said."),
        ("b", "2037-01-22", "The quake's epicentre was about 40 kilometres from Vesk, the civil protection agency "
                            "said."),
    ], []),
    ("a crowd vs the people injured at it", [
        ("a", "2037-03-22", "About 20,000 people rallied in Tarnwick on Saturday, police said."),
        ("b", "2037-03-22", "Twenty people were injured in scuffles at the rally in Tarnwick on Saturday, police "
                            "said."),
    ], []),
    ("homes without power vs homes evacuated", [
        ("a", "2037-11-14", "The storm left 9,000 homes in Welmoor without power on Saturday, the grid operator "
                            "said."),
        ("b", "2037-11-14", "Firefighters evacuated 9,000 residents of Welmoor on Saturday as the river rose, the "
                            "council said."),
    ], []),
    # ---- written after the mends, to check them
    ("marchers organisers vs police", [
        ("a", "2037-06-14", "Organisers said 18,000 marchers took part in the pride parade in Kelderby on Saturday."),
        ("b", "2037-06-14", "Police counted 7,500 marchers at the pride parade in Kelderby on Saturday, a "
                            "spokesman said."),
    ], [("conflict", {"a:18,000", "b:7,500"})]),
    ("people without electricity two sources", [
        ("a", "2037-12-02", "About 3,000 residents of Fennick spent the night without electricity after the ice "
                            "storm, the council said on Wednesday."),
        ("b", "2037-12-02", "Some 3,200 people in Fennick were without power overnight, the grid operator said on "
                            "Wednesday."),
    ], [("agree", {"a:About 3,000", "b:Some 3,200"})]),
    ("homes that lost power vs homes where it was restored", [
        ("a", "2037-12-02", "Some 40,000 homes in Castrel lost power on Tuesday night, the grid operator said."),
        ("b", "2037-12-02", "Power was restored to 40,000 homes in Castrel on Wednesday, the grid operator said."),
    ], []),
    ("power knocked out vs homes destroyed", [
        ("a", "2037-09-30", "The hurricane knocked out power to 80,000 homes in Pruskal on Monday, the grid "
                            "operator said."),
        ("b", "2037-09-30", "The hurricane destroyed 300 homes in Pruskal on Monday, the civil protection agency "
                            "said."),
    ], []),
    ("homes without power across the country vs in one town, the country first", [
        ("a", "2037-12-02", "Across Calandria, 95,000 homes were without power on Wednesday, the grid operator "
                            "said."),
        ("b", "2037-12-02", "In Castrel alone, 40,000 homes were without power on Wednesday, the mayor said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("protesters in a square on two days", [
        ("a", "2037-05-02", "Some 4,000 protesters were camped in Fennick's main square on Friday, police said."),
        ("b", "2037-05-05", "The number of protesters camped in Fennick's main square has grown to 11,000, police "
                            "said on Monday."),
    ], [("changed_over_time", {"a:Some 4,000", "b:11,000"})],
                 marks=pytest.mark.xfail(strict=True, reason="'were camped in Fennick's main square' names no "
                                                             "happening the table lists, so the first count takes "
                                                             "part in no measure (protesters are no happening of "
                                                             "their own: 'detained 90 protesters')")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("homes", "left without power", ("buildings", "without power")),  # not displaced: the state is the phrase
        ("homes", "without power", ("buildings", "without power")),
        ("homes", "had no electricity", ("buildings", "without power")),
        ("homes", "knocked out power", ("buildings", "without power")),  # not destroyed
        ("homes", "knocked out", ("buildings", "destroyed")),
        ("homes", "restored", None),  # power restored: no count of homes without it
        ("customers", "lost power", ("people", "without power")),
        ("hospitals", "without power", ("hospitals", "without power")),
        ("marchers", "counted", ("people", "took part")),  # the count only states a level: the noun says what
        ("marchers", "arrested", ("people", "detained")),  # the verb's happening still comes first
        ("bodies", "counted", ("people", "recorded")),
        ("refugees", "registered", ("people", "recorded")),  # a registration is no count of arrivals
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


@pytest.mark.parametrize(
    ("sentence", "number", "predicate"),
    [
        ("The storm left 120,000 homes in Vossmere without power on Saturday.", "120,000", "left without power"),
        ("The storm left 1.2 million customers without power.", "1.2 million", "left without power"),
        ("About 45,000 homes in Vossmere were still without power on Sunday.", "About 45,000", "without power"),
        ("By Monday, 8,200 homes in Vossmere remained without power.", "8,200", "without power"),
        ("About 3,000 residents spent the night without electricity.", "About 3,000", "without electricity"),
        ("About 31,500 homes in Quessany had no electricity on Saturday evening.", "About 31,500",
         "had no electricity"),
        ("The hurricane knocked out power to 80,000 homes in Pruskal.", "80,000", "knocked out power"),
        ("Some 40,000 homes in Castrel lost power on Tuesday night.", "Some 40,000", "lost power"),
        ("Crews restored power to 75,000 homes in Vossmere on Sunday.", "75,000", "restored"),
        ("Some 500 families lost their homes in the fire.", "Some 500", "lost their homes"),
    ],
)
def test_what_happened_to_them(nlp, sentence, number, predicate):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2037-11-16"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    assert figure.predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "number", "place"),
    [
        ("Across Calandria, 210,000 homes were without power on Saturday.", "210,000", "Calandria"),
        ("Across Brannock, 4,000 people marched on Sunday.", "4,000", "Brannock"),
        ("In Castrel alone, 40,000 homes were without power on Wednesday.", "40,000", "Castrel"),
    ],
)
def test_place_after_an_opening_preposition(nlp, sentence, number, place):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2037-11-16"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == number]
    assert figure.place == place
