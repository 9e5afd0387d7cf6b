"""Measures across articles checked a third time on written stories (issue 12's "cross-article
verdicts that compare unrelated numbers"), in kinds test_measures_63 and test_measures_64 do not
hold: a wildfire's burned area updated day by day, a data breach revised upwards, an election's
turnout, a transfer fee two outlets give differently, a festival's crowd, a flight's passengers and
crew, a car recall, a heatwave's excess deaths, rents, strike days, a vaccine campaign's doses; and
the traps that must never be compared (the same unit in other places or groups, a record from
years ago quoted as background, a target and an outcome, a range and a point, an "up to" figure,
a rounded and an exact figure, two fees one club paid, two fires of one county). Each story is
2-3 dated articles with the hand gold: the figures (article:number as written) that form one
measure, and its verdict. Sentences, places and names written for these tests.

Counts on these 32 stories (19 gold measures; 13 stories with none): before this set 8 measures
right in group and verdict, 11 missed groupings, 8 false comparisons, no wrong verdict, 8 of the
13 kept apart; after it 15 right, 4 missed, 2 false comparisons, no wrong verdict, 12 of 13 kept
apart. Fixed: kinds of count no class listed (burned area, vaccine doses, customers whose data
was exposed, hostages seized, people freed, tickets sold: ``measures.json``; 'voted' stays out,
it names no side), an event named by its year ("The 2019 heatwave killed 1,100": that year, not
the article's day) and "since the campaign began" as a running total (``figures.timex``), a lone
town the recogniser took for a person's ("in Tobrenz": ``figures.named_places``), doctors and
nurses as sub-populations that are peers, no different_scope (``grouping._peers``), and one
source's values that do not overlap for one time, two things counted and no single_source
measure (``verdicts.judge``). On test_measures_63/64 the prisoners' story now passes (34 right,
4 missed, 1 false comparison, 1 wrong verdict). The five left are the strict xfails at the end.
"""

from __future__ import annotations

import pytest

from .rows import count_kind
from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- kinds that form measures
    ("transfer fee two outlets", [
        ("a", "2033-07-01", "Dalmont United paid 45 million euros for the striker Ivo Rensk, the sports daily "
                            "Gazzetta Nord reported on Friday."),
        ("b", "2033-07-01", "Dalmont United paid 30 million euros for Ivo Rensk, the club's chairman said on "
                            "Friday. The player signed a four-year contract."),
    ], [("conflict", {"a:45 million", "b:30 million"})]),
    ("festival crowd organisers vs police", [
        ("a", "2033-06-12", "Some 120,000 people attended the Sunfield festival in Orrick on Saturday, its "
                            "organisers said. The headline act played for two hours."),
        ("b", "2033-06-12", "Police said about 60,000 people attended the Sunfield festival in Orrick on "
                            "Saturday."),
    ], [("conflict", {"a:Some 120,000", "b:about 60,000"})]),
    ("stampede range and point", [
        ("a", "2033-04-16", "Between 300 and 400 people were injured in the stampede at the stadium in Korrin on "
                            "Saturday, police said."),
        ("b", "2033-04-16", "Some 350 people were hurt in the Korrin stampede on Saturday, the hospital "
                            "authority said."),
    ], [("agree", {"a:Between 300 and 400", "b:Some 350"})]),
    ("march up to and about", [
        ("a", "2033-10-08", "Up to 5,000 people marched through Dessary on Saturday against the new toll, "
                            "organisers said."),
        ("b", "2033-10-08", "About 3,000 people marched in Dessary on Saturday, police said. The march ended "
                            "peacefully."),
    ], [("agree", {"a:Up to 5,000", "b:About 3,000"})]),
    ("depot blast rounded and exact", [
        ("a", "2033-02-14", "The explosion at the fuel depot in Merrowgate injured 1,243 people, the health "
                            "ministry said on Tuesday."),
        ("b", "2033-02-14", "About 1,200 people were injured in the blast in Merrowgate on Tuesday, the Red "
                            "Crescent said."),
    ], [("agree", {"a:1,243", "b:About 1,200"})]),
    ("miners trapped then freed", [
        ("a", "2033-09-05", "Thirty-two miners were trapped underground after a tunnel caved in at the Corrow "
                            "pit near Elsby, the mine's owner said on Monday."),
        ("b", "2033-09-07", "Rescuers brought 20 miners out alive at Elsby, and 12 remain trapped, the mine's "
                            "owner said on Wednesday."),
    ], [("changed_over_time", {"a:Thirty-two", "b:12"})]),
    ("bus crash wire copy", [
        ("a", "2033-03-22", "At least 14 people were killed when a bus overturned near Orlen on Sunday, police "
                            "said."),
        ("b", "2033-03-22", "At least 14 people were killed in a bus crash near Orlen on Sunday, police said. "
                            "The driver survived."),
    ], [("single_source", {"a:At least 14", "b:At least 14"})]),
    ("heatwave deaths this week, not the old record", [
        ("a", "2033-07-15", "The heatwave has killed 85 people in Gallin, the regional health office said on "
                            "Friday. The 2019 heatwave killed 1,100 people in Gallin."),
        ("b", "2033-07-18", "At least 140 people have died in the heatwave in Gallin, the regional health office "
                            "said on Monday."),
    ], [("changed_over_time", {"a:85", "b:At least 140"})]),
    ("flood evacuations rising with a floor", [
        ("a", "2033-01-09", "More than 2,000 residents have been evacuated from Ketterby as the river rose, the "
                            "county council said on Monday."),
        ("b", "2033-01-10", "About 5,500 residents have now been evacuated from Ketterby, the fire service said on "
                            "Tuesday."),
    ], [("changed_over_time", {"a:More than 2,000", "b:About 5,500"})]),
    ("hostages freed two counts", [
        ("a", "2033-05-30", "Gunmen seized 27 hostages at a hotel in Varra on Tuesday, the interior ministry "
                            "said."),
        ("b", "2033-05-30", "The gunmen held 27 guests hostage in Varra on Tuesday, a hotel manager said."),
    ], [("agree", {"a:27", "b:27"})]),
    ("vaccine doses cumulative and a day", [
        ("a", "2033-01-20", "Clinics in Marroway have administered 2.1 million vaccine doses since the campaign "
                            "began, the health ministry said."),
        ("b", "2033-01-20", "Clinics in Marroway administered 45,000 vaccine doses on Tuesday, the health "
                            "ministry said."),
        ("c", "2033-01-27", "Clinics in Marroway have now administered 2.4 million vaccine doses since the "
                            "campaign began, the ministry said."),
    ], [("changed_over_time", {"a:2.1 million", "c:2.4 million"})]),
    ("wildfire area day by day", [
        ("a", "2033-08-02", "The Harlow Ridge fire has burned 4,200 hectares near Dunmere, the state fire agency "
                            "said on Monday. It was 10% contained."),
        ("b", "2033-08-03", "The Harlow Ridge fire has burned 6,800 hectares near Dunmere, the fire agency said "
                            "on Tuesday. Crews had it 25% contained."),
        ("c", "2033-08-04", "The fire near Dunmere has burned 7,100 hectares and is 40% contained, the state "
                            "fire agency said on Wednesday."),
    ], [("changed_over_time", {"a:4,200", "b:6,800", "c:7,100"})]),
    ("scrub fire acres two agencies", [
        ("a", "2033-09-14", "The brush fire scorched 900 acres outside Yelling on Thursday, the county fire "
                            "chief said."),
        ("b", "2033-09-14", "The fire burned 2,500 acres near Yelling on Thursday, the forestry service said."),
    ], [("conflict", {"a:900", "b:2,500"})]),
    ("hostages released then more", [
        ("a", "2033-11-02", "The kidnappers released eight hostages in Marrish on Tuesday, the army said."),
        ("b", "2033-11-06", "The kidnappers have now released 19 hostages in Marrish, the army said on "
                            "Saturday."),
    ], [("changed_over_time", {"a:eight", "b:19"})]),
    # ---- traps: never compared
    ("heatwave excess deaths vs confirmed", [
        ("a", "2033-08-20", "The heatwave caused an estimated 2,300 excess deaths in Soravia, researchers at Kell "
                            "University said."),
        ("b", "2033-08-20", "The heat has killed 410 people in Soravia, the health ministry said on Friday."),
    ], []),
    ("recall worldwide vs one country", [
        ("a", "2033-04-05", "Ostra Motors is recalling 640,000 cars worldwide over faulty airbags, the company "
                            "said."),
        ("b", "2033-04-05", "In Vellmark, Ostra Motors is recalling 38,000 cars over the airbag fault, the "
                            "transport regulator said."),
    ], []),
    ("rents average vs median", [
        ("a", "2033-09-01", "The average rent for a flat in Brallow rose to 1,450 euros a month, the property "
                            "portal Nestly said."),
        ("b", "2033-09-01", "The median rent in Brallow is 1,180 euros a month, the city's housing office said."),
    ], []),
    ("strike days whole and part", [
        ("a", "2033-11-03", "Strikes cost Corvia 1.4 million working days last year, the statistics office said."),
        ("b", "2033-11-05", "The rail strike alone cost 310,000 working days in Corvia last year, the rail union "
                            "said."),
    ], []),
    ("evacuated in two towns", [
        ("a", "2033-03-13", "Floods forced 1,800 people from their homes in Arnholm on Monday, the regional "
                            "council said."),
        ("b", "2033-03-13", "Floods forced 4,500 people from their homes in Tobrenz on Monday, its mayor said."),
    ], []),
    ("nurses vs doctors walk out", [
        ("a", "2033-06-06", "About 900 nurses walked out at hospitals in Selbury on Monday, their union said."),
        ("b", "2033-06-06", "Some 2,000 doctors walked out at hospitals in Selbury on Monday, the doctors' "
                            "association said."),
    ], []),
    ("evacuation target vs outcome", [
        ("a", "2033-10-20", "The governor aims to evacuate 20,000 residents from Pellwick before the storm "
                            "arrives, her spokesman said."),
        ("b", "2033-10-21", "About 6,000 residents have been evacuated from Pellwick, the governor said on "
                            "Tuesday."),
    ], []),
    ("trees planted target vs outcome", [
        ("a", "2033-03-01", "The city of Hallowmere aims to plant one million trees by 2040, the mayor said."),
        ("b", "2033-11-01", "Volunteers in Hallowmere have planted 200,000 trees so far, the mayor said."),
    ], []),
    ("old floods as background", [
        ("a", "2033-02-20", "The floods have displaced 900 people in Brockhale, the council said on Monday. The "
                            "2021 floods displaced 4,000 people in Brockhale."),
        ("b", "2033-02-20", "About 950 people have fled their homes in Brockhale, the Red Cross said on Monday."),
    ], [("agree", {"a:900", "b:About 950"})]),
    ("injured in two villages", [
        ("a", "2033-05-11", "The tremor injured 40 people near Ellacott on Wednesday, the regional governor said."),
        ("b", "2033-05-11", "The tremor injured 15 people in Dunstraw on Wednesday, its mayor said."),
    ], []),
    ("two fees one club", [
        ("a", "2033-07-02", "Dalmont United paid 45 million euros for the striker Ivo Rensk, the club said on "
                            "Saturday."),
        ("b", "2033-07-02", "Dalmont United paid 12 million euros for the goalkeeper Arno Pell, the club said on "
                            "Saturday."),
    ], []),  # one source's two values for one day count two things
    ("evacuated from two fires", [
        ("a", "2033-08-10", "The Cold Creek fire forced 3,000 residents to evacuate in Orland County on Monday, "
                            "officials said."),
        ("b", "2033-08-10", "The Pine Hollow fire forced 800 residents to evacuate in Orland County on Monday, "
                            "officials said."),
    ], []),
    ("killed vs missing after a bridge fell", [
        ("a", "2033-12-02", "The collapse of the Ferrow bridge in Lanthorn killed 11 people, the fire brigade "
                            "said on Thursday."),
        ("b", "2033-12-02", "Eleven people are still missing after the bridge collapse in Lanthorn, the fire "
                            "brigade said on Thursday."),
    ], []),
    # (a strict xfail until the seventy-first pass: 'Six crew members' is read as six 'members', people like the
    # passengers; the article's own count that does not overlap the one it attributes now takes no part in the
    # measure, ``verdicts._own_asides``)
    ("flight passengers and crew", [
        ("a", "2033-02-03", "All 172 passengers were evacuated from the plane in Tressa, the airline said. Six "
                            "crew members were also evacuated."),
        ("b", "2033-02-03", "Firefighters evacuated 172 passengers from the burning jet in Tressa, the airport "
                            "operator said."),
    ], [("agree", {"a:172", "b:172"})]),  # six crew are not a count of the passengers
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("march and counter-protest", [
        ("a", "2033-10-08", "Some 5,000 people marched in Dessary on Saturday against the new toll, organisers "
                            "said."),
        ("b", "2033-10-08", "About 400 people rallied in Dessary on Saturday in support of the toll, police said."),
    ], [],
                 marks=pytest.mark.xfail(strict=True, reason="two crowds of one place and day told apart only by "
                                                             "their cause ('against', 'in support of'): read as "
                                                             "organisers and police disagreeing on one crowd")),
    pytest.param("data breach revised upwards", [
        ("a", "2033-03-10", "The hack exposed the data of 1.2 million customers of Pellam Bank, the bank said on "
                            "Thursday."),
        ("b", "2033-03-24", "The breach at Pellam Bank exposed the data of 3.4 million customers, far more than "
                            "first thought, the bank said on Friday."),
    ], [("changed_over_time", {"a:1.2 million", "b:3.4 million"})],
                 marks=pytest.mark.xfail(strict=True, reason="the day each count was said ('on Thursday', 'on "
                                                             "Friday') is taken for the day of one breach: two "
                                                             "windows two weeks apart are two incidents")),
    pytest.param("turnout commission vs exit poll", [
        ("a", "2033-05-09", "Some 8.1 million people voted in the Vellish general election on Sunday, the "
                            "electoral commission said. Turnout was 64%."),
        ("b", "2033-05-08", "About 8 million people voted in the Vellish election on Sunday, an exit poll for "
                            "the broadcaster Televa showed. It put turnout at 66%."),
    ], [("agree", {"a:Some 8.1 million", "b:About 8 million"})],
                 marks=pytest.mark.xfail(strict=True, reason="'voted' is no happening class: it names no side, "
                                                             "so 'voted for Brask' and 'voted against it' would "
                                                             "be compared as one turnout")),
    pytest.param("referendum voters two counts", [
        ("a", "2033-09-25", "About 2.6 million people voted in the Carrowen referendum on Sunday, the election "
                            "office said."),
        ("b", "2033-09-25", "Some 2.5 million voters cast their ballots in Carrowen on Sunday, the observer "
                            "mission said. Queues formed early."),
    ], [("agree", {"a:About 2.6 million", "b:Some 2.5 million"})],
                 marks=pytest.mark.xfail(strict=True, reason="as above: votes cast are no happening until a "
                                                             "figure can tell a turnout from one side's votes")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("sentence", "time", "start", "end"),
    [
        # an event named by its year: a count of that year, not of the article's day
        ("The 2019 heatwave killed 1,100 people in Gallin.", "The 2019", "2019-01-01", "2019-12-31"),
        ("Rescuers recalled that the 2021 floods displaced 4,000 people.", "the 2021", "2021-01-01", "2021-12-31"),
        # a running total from an event's start
        ("Clinics have administered 2.1 million doses since the campaign began.", "since the campaign began", None,
         "2033-01-20"),
        ("The militia has abducted 300 villagers since the fighting broke out.", "since the fighting broke out",
         None, "2033-01-20"),
    ],
)
def test_the_time_of_a_figure(nlp, sentence, time, start, end):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2033-01-20"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert (figure.time, figure.time_start, figure.time_end) == (time, start, end)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a lone name after "in" the recogniser took for a person's
        ("Floods forced 4,500 people from their homes in Tobrenz on Monday.", "Tobrenz"),
    ],
)
def test_a_name_taken_for_a_person_is_a_place(nlp, sentence, place):
    doc = nlp.make_doc(sentence)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert figure.place == place


@pytest.mark.parametrize(
    ("unit", "predicate", "key"),
    [
        ("hectares", "burned", ("area", "burned")),
        ("acres", "scorched", ("area", "burned")),
        ("vaccine doses", "administered", ("doses", "administered")),
        ("customers", "exposed", ("people", "affected")),
        ("hostages", "seized", ("people", "detained")),
        ("prisoners", "released", ("people", "freed")),
        ("tickets", "sold", ("tickets", "sold")),
        ("kilometres", "burned", None),  # a length is no area
        ("barrels", "released", None),  # only people are freed
    ],
)
def test_more_kinds_of_count(unit, predicate, key):
    assert count_kind(unit, predicate, 900) == key


def test_peer_groups_are_no_different_scope(nlp):
    # doctors and nurses are neither a part of the other nor one count's scopes: no measure of the two alone; beside
    # all the health staff who walked out they are its parts (since the 71 transport set reads 'walked out' as the
    # table's happening, these counts take part in measures; before, they took part in none)
    articles = [("a", "2033-06-06", "About 900 nurses walked out at hospitals in Selbury on Monday, their union "
                                    "said."),
                ("b", "2033-06-06", "Some 2,000 doctors walked out at hospitals in Selbury on Monday, the doctors' "
                                    "association said. In all, 6,000 health staff walked out, the association "
                                    "added.")]
    assert _measures(nlp, articles) == {("different_scope", frozenset({"a:About 900", "b:Some 2,000", "b:6,000"}))}
