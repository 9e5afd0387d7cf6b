"""Measures across articles in displacement, refugee and aid reporting (issue 12's "cross-article
verdicts that compare unrelated numbers"), a sixth check on written stories: refugees registered
by a UN agency and by a government (agreeing within rounding, "about 45,000" and "45,312", or in
conflict), the people living in a camp counted over days and by two sources, one day's border
crossings told by two sources, a month's arrivals, people displaced in a province since January
and people reached by aid since a ceasefire counted again a week or two later (changed over time,
not a conflict), food aid that reached people told by an agency and a council, wire copy; and the
look-alikes that must never be compared: the running total since the fighting began and one
day's crossings, families and people, tents and people, asylum applications and asylum seekers,
arrivals and registrations, households and people, a border town and its whole region, this week
and this year, a forecast ("could reach 100,000") or a warning and a count, people who returned
and people still displaced, two camps, migrants rescued at sea and migrants landed, meals and
people fed, a camp's capacity and its people, food parcels and people. Each story is 2 dated
articles from different outlets with the hand gold: the figures (article:number as written) that
form one measure, and its verdict. Sentences, places and names written for these tests.

Counts on the 28 stories written before counting (12 gold measures; 16 stories with none): before
this set 8 measures right in group and verdict, 4 missed groupings, 1 false comparison (400
families displaced against 2,000 people: a conflict), no wrong verdict, 15 of 16 kept apart; after
it 11 right, 1 missed, no false comparison, no wrong verdict, 16 of 16 kept apart. Fixed: families
are a unit class of their own, no count of people (``measures.json``); people given aid are a
happening of people and families ("received food rations", "fed", "assisted": aided, but not the
refugees a country "received"), and "reach" with aid for its subject says so ("Food aid reached
40,000 people": "reached with aid", ``figures.aid_reach``; "the death toll reached 52 people" stays
a level); a word of the table may name several happenings, each for its own units ("reached with
aid": trucks delivered, people aided; ``reconcile.classes``). The one left is the strict xfail at
the end (a parse). Four stories were written after the mends to check them (the last four): on
main the one measure among them (people reached by aid, an agency against a governor) was missed
and the three traps were kept apart only because no happening was read; now all four pass, the
crowd that "reached 40,000 people" kept apart from the food aid that reached 40,000 in one town
on one day among them. The other measure sets, the event corpora's gold and the figure sets are
unchanged.
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- counts of one thing: agree, conflict, changed over time, one source
    ("registered refugees government vs agency", [
        ("a", "2035-04-10", "The government of Orvaal has registered 61,000 refugees from Sorvane, the interior "
                            "minister said on Tuesday."),
        ("b", "2035-04-10", "Only 38,000 refugees from Sorvane have been registered in Orvaal, the UN refugee "
                            "agency said on Tuesday, accusing officials of counting families twice."),
    ], [("conflict", {"a:61,000", "b:38,000"})]),
    ("camp population rising over days", [
        ("a", "2035-04-07", "Some 12,000 people are living in the Hessary camp in Kettal, the camp's manager said on "
                            "Saturday."),
        ("b", "2035-04-11", "With new arrivals from Sorvane every day, 15,500 people are now living in the Hessary "
                            "camp in Kettal, the camp's manager said on Wednesday."),
    ], [("changed_over_time", {"a:Some 12,000", "b:15,500"})]),
    ("camp population agency vs governor", [
        ("a", "2035-04-11", "About 30,000 people are living in the Harl camp near Drusk, the UN refugee agency said "
                            "on Wednesday."),
        ("b", "2035-04-11", "Only 18,000 people are living in the Harl camp near Drusk, the regional governor said "
                            "on Wednesday, dismissing the agency's figure as inflated."),
    ], [("conflict", {"a:About 30,000", "b:18,000"})]),
    ("food reached people two sources", [
        ("a", "2035-05-02", "Food aid reached 40,000 people in Ossa on Tuesday, the UN food agency said."),
        ("b", "2035-05-02", "About 41,000 people in Ossa received food rations on Tuesday, the town council said. "
                            "Queues stretched for a kilometre."),
    ], [("agree", {"a:40,000", "b:About 41,000"})]),
    ("aid reached since the ceasefire", [
        ("a", "2035-05-04", "Since the ceasefire, aid convoys have reached 150,000 people in Ossa, the UN food "
                            "agency said on Friday."),
        ("b", "2035-05-11", "Since the ceasefire, aid convoys have reached 210,000 people in Ossa, the UN food "
                            "agency said on Friday."),
    ], [("changed_over_time", {"a:150,000", "b:210,000"})]),
    ("displaced in a province since January", [
        ("a", "2035-03-05", "The fighting has displaced 120,000 people in Velk province since January, the UN "
                            "humanitarian office said on Monday."),
        ("b", "2035-03-19", "The fighting has now displaced 158,000 people in Velk province since January, the UN "
                            "humanitarian office said on Monday."),
    ], [("changed_over_time", {"a:120,000", "b:158,000"})]),
    ("one day's crossings two sources", [
        ("a", "2035-04-10", "About 1,200 refugees crossed into Ammeth from Sorvane on Tuesday, the border police "
                            "said."),
        ("b", "2035-04-10", "The UN refugee agency said 3,400 refugees crossed into Ammeth from Sorvane on Tuesday, "
                            "far more than the police had counted."),
    ], [("conflict", {"a:About 1,200", "b:3,400"})]),
    ("food parcels wire copy", [
        ("a", "2035-05-08", "Food parcels reached 18,000 people in the Mesk camp on Monday, the UN food agency "
                            "said."),
        ("b", "2035-05-08", "Food parcels reached 18,000 people in the Mesk camp on Monday, the UN food agency "
                            "said. Medicines are expected later in the week."),
    ], [("single_source", {"a:18,000", "b:18,000"})]),
    ("refugees with children among them", [
        ("a", "2035-04-13", "Some 20,000 refugees, including 9,000 children, have reached Drusk since the fighting "
                            "began, the UN children's agency said on Friday."),
        ("b", "2035-04-13", "About 21,000 refugees have reached Drusk since the fighting began, the regional "
                            "governor said on Friday."),
    ], [("agree", {"a:Some 20,000", "b:About 21,000"})]),
    ("arrivals of a month two sources", [
        ("a", "2035-06-03", "In May, 8,200 refugees arrived in Tolvar, the immigration office said."),
        ("b", "2035-06-03", "About 8,000 refugees arrived in Tolvar in May, the UN refugee agency said."),
    ], [("agree", {"a:8,200", "b:About 8,000"})]),
    ("displaced by a cyclone, an older one as background", [
        ("a", "2035-06-12", "The cyclone displaced 9,000 people in Brannock on Sunday, the district office said. "
                            "In 2031 a cyclone displaced 30,000 people there."),
        ("b", "2035-06-12", "About 9,500 people were displaced in Brannock on Sunday by the cyclone, the Red Cross "
                            "said."),
    ], [("agree", {"a:9,000", "b:About 9,500"})]),
    # ---- traps: never compared
    ("the running total vs one day's crossings", [
        ("a", "2035-04-11", "Since the fighting began, 45,000 people have fled Sorvane into Ammeth, the UN refugee "
                            "agency said on Wednesday."),
        ("b", "2035-04-11", "Some 1,200 people crossed from Sorvane into Ammeth on Tuesday, the border police said."),
    ], []),
    ("families vs people displaced", [
        ("a", "2035-06-04", "The floods displaced 400 families in Brannock on Sunday, the district office said."),
        ("b", "2035-06-04", "About 2,000 people were displaced by the floods in Brannock on Sunday, the Red Cross "
                            "said."),
    ], []),
    ("tents vs people in a camp", [
        ("a", "2035-04-11", "The aid group Open Road has put up 3,000 tents in the Mesk camp, its director said on "
                            "Wednesday."),
        ("b", "2035-04-11", "Some 3,000 people are living in the Mesk camp, the UN refugee agency said on "
                            "Wednesday."),
    ], []),
    ("asylum applications vs asylum seekers", [
        ("a", "2035-07-01", "Tolvar received 12,000 asylum applications in June, the immigration office said."),
        ("b", "2035-07-01", "About 12,500 asylum seekers arrived in Tolvar in June, the coastguard said."),
    ], []),
    ("arrived vs registered", [
        ("a", "2035-07-01", "Some 9,000 refugees arrived in Tolvar in June, the coastguard said."),
        ("b", "2035-07-01", "The UN refugee agency registered 6,500 refugees in Tolvar in June, a spokesman said."),
    ], []),
    ("border town vs the whole region", [
        ("a", "2035-04-12", "In the border town of Kessary, 8,000 people have fled their homes since the shelling "
                            "began, the mayor said on Thursday."),
        ("b", "2035-04-12", "Across the Dorn region, 60,000 people have fled their homes since the shelling began, "
                            "the regional governor said on Thursday."),
    ], []),
    ("this week vs this year", [
        ("a", "2035-08-08", "Some 3,400 migrants landed in Pellin this week, the coastguard said on Wednesday."),
        ("b", "2035-08-08", "So far this year, 27,000 migrants have landed in Pellin, the coastguard said on "
                            "Wednesday."),
    ], []),
    ("a forecast for the month vs the count", [
        ("a", "2035-04-12", "The number of refugees in Ammeth could reach 100,000 by the end of the month, the UN "
                            "refugee agency warned on Thursday."),
        ("b", "2035-04-12", "Some 62,000 refugees have arrived in Ammeth since the fighting began, the UN refugee "
                            "agency said on Thursday."),
    ], []),
    ("a warning vs the count", [
        ("a", "2035-06-04", "The drought could drive 200,000 people from their homes in Kalsa, the charity Bread "
                            "and Water warned."),
        ("b", "2035-06-04", "The drought has driven 35,000 people from their homes in Kalsa, the charity Bread and "
                            "Water said."),
    ], []),
    ("households vs people registered", [
        ("a", "2035-04-10", "Officials in Orvaal registered 4,200 households from Sorvane last week, the UN refugee "
                            "agency said."),
        ("b", "2035-04-10", "Officials in Orvaal registered 19,000 refugees from Sorvane last week, the interior "
                            "ministry said."),
    ], []),
    ("returned vs still displaced", [
        ("a", "2035-09-10", "Some 20,000 people have returned to their homes in Ossa since the ceasefire, the UN "
                            "humanitarian office said."),
        ("b", "2035-09-10", "About 35,000 people remain displaced in Ossa, the UN humanitarian office said."),
    ], []),
    ("two camps", [
        ("a", "2035-04-16", "About 14,000 people live in the Harl camp, the UN refugee agency said on Monday."),
        ("b", "2035-04-16", "About 9,000 people live in the Mesk camp, the UN refugee agency said on Monday."),
    ], []),
    ("rescued at sea vs landed", [
        ("a", "2035-08-12", "The coastguard rescued 430 migrants off Pellin on Saturday."),
        ("b", "2035-08-12", "Some 610 migrants landed in Pellin on Saturday, the port authority said."),
    ], []),
    ("meals vs people fed", [
        ("a", "2035-04-16", "The charity Bread and Water served 12,000 meals in the Harl camp on Sunday, its "
                            "director said."),
        ("b", "2035-04-16", "The charity Bread and Water fed 4,000 people in the Harl camp on Sunday, its director "
                            "said."),
    ], []),
    ("a camp's capacity vs its people", [
        ("a", "2035-04-11", "The Hessary camp was built for 10,000 people, the camp's manager said on Wednesday."),
        ("b", "2035-04-11", "Some 15,500 people are living in the Hessary camp, the camp's manager said on "
                            "Wednesday."),
    ], []),
    ("food parcels vs people", [
        ("a", "2035-05-09", "Aid workers handed out 40,000 food parcels in Ossa last week, the UN food agency said."),
        ("b", "2035-05-09", "Food aid reached 40,000 people in Ossa last week, the town council said."),
    ], []),
    # ---- written after the mends, to check them
    ("refugees taken in vs people given food", [
        ("a", "2035-05-03", "Kettal has received 45,000 refugees from Sorvane since January, the interior ministry "
                            "said on Thursday."),
        ("b", "2035-05-03", "Some 45,000 people in Kettal have received food aid since January, the UN food agency "
                            "said on Thursday."),
    ], []),
    ("food parcels reached families vs people", [
        ("a", "2035-05-09", "Food parcels reached 6,000 families in Ossa on Tuesday, the UN food agency said."),
        ("b", "2035-05-09", "Food parcels reached 30,000 people in Ossa on Tuesday, the town council said."),
    ], []),
    ("people reached agency vs governor", [
        ("a", "2035-05-15", "Aid convoys reached 90,000 people in Velk province on Monday, the UN humanitarian "
                            "office said."),
        ("b", "2035-05-15", "Only 20,000 people in Velk province received aid on Monday, the provincial governor "
                            "said, blaming the army's checkpoints."),
    ], [("conflict", {"a:90,000", "b:20,000"})]),
    ("a crowd that reached a size vs people fed", [
        ("a", "2035-05-09", "The crowd at the peace rally in Ossa reached 40,000 people on Tuesday, the police "
                            "said."),
        ("b", "2035-05-09", "Food aid reached 40,000 people in Ossa on Tuesday, the UN food agency said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("registered refugees agency vs ministry within rounding", [
        ("a", "2035-04-10", "The UN refugee agency has registered about 45,000 refugees from Sorvane in Kettal, a "
                            "spokeswoman for the agency said on Tuesday."),
        ("b", "2035-04-10", "Kettal's interior ministry said on Tuesday that 45,312 refugees from Sorvane had been "
                            "registered in the country."),
    ], [("agree", {"a:about 45,000", "b:45,312"})],
                 marks=pytest.mark.xfail(strict=True, reason="the parser takes 'refugees' for the subject of the "
                                                             "'said' after the comma, so the agency's figure gets "
                                                             "'said' for its predicate and counts no happening")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("people", "reached with aid", ("people", "aided")),  # "Food aid reached 40,000 people"
        ("people", "received with aid", ("people", "aided")),  # "41,000 people received food rations"
        ("families", "fed", ("families", "aided")),
        ("trucks", "reached with aid", ("trucks", "aid delivered")),  # the trucks' own count
        ("refugees", "received", None),  # "Kettal has received 45,000 refugees": taken in, not aided
        ("people", "reached", None),  # "the death toll reached 52 people": a level, no happening
        ("families", "displaced", ("families", "displaced")),  # families are no count of people
        ("people", "displaced", ("people", "displaced")),
    ],
)
def test_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 400) == key


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Food aid reached 40,000 people in Ossa on Tuesday.", "reached with aid"),
        ("Since the ceasefire, aid convoys have reached 150,000 people in Ossa.", "reached with aid"),
        ("Aid convoys have reached 150,000 people in Ossa.", "reached with aid"),  # 'Aid' parsed a csubj
        ("The death toll has reached 52 people, the ministry said.", "reached"),
        ("The crowd in Ossa reached 40,000 people on Tuesday.", "reached"),
        ("Some 20,000 refugees have reached Drusk since the fighting began.", "reached"),
    ],
)
def test_what_reached_the_people(nlp, sentence, predicate):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2035-05-02"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert figure.predicate == predicate
