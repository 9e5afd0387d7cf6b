"""Measures across articles checked again on written stories (issue 12's "cross-article verdicts
that compare unrelated numbers"), in kinds test_measures_63 does not hold: economic counts revised,
votes counted as the count goes on, casualties claimed by two warring sides, job cuts announced and
carried out, an outbreak's cases and deaths, turnout and crowds claimed by two sides, a ship's
missing crew, a budget planned and spent, ticket sales; and the traps that must never be compared
(one number word in unrelated sentences, a running total and one day's count, a town and its
region, last year's figure quoted beside this year's, a share and a count, a figure in a
hypothetical). Each story is 2-5 dated articles with the hand gold: the figures (article:number as
written) that form one measure, and its verdict. Sentences, places and names written for these
tests.

Counts on these 28 stories (16 gold measures; 12 stories with none): before this set 9 measures
right in group and verdict, 7 missed groupings, 3 false comparisons, no wrong verdict, 9 of the 12
kept apart; after it 11 right, 4 missed, no false comparison, 1 wrong verdict, 12 of 12 kept apart.
Fixed: a hypothetical ("could kill 500 if ...": ``nlp.figures.possible``), a verb whose phrase
names the happening ("went on strike": ``verb_phrases``), a happening in the counted noun's
adjective ("405,000 unemployed people": ``modifier_happenings``), a level verb that also names a happening
of other units ("reached 85 cases": the noun's happening first), a town or region the entity
recogniser missed ("the town of Callowmere", "in Kelvaro": ``named_places``), workers named by
their trade ("teachers", "crew members"). The five left are the strict xfails at the end; the
sixty-second pass (test_measures_66) made 'freed' a happening, and the prisoners' story passes; the sixty-ninth
(test_measures_69_polls) gave votes their candidate as a doer, and the votes counted as the count goes on pass.
"""

from __future__ import annotations

import pytest

from sourcebook.reconcile.classes import classes

from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- kinds that form measures
    ("rebel losses two sides", [
        ("a", "2032-03-05", "The army said its troops killed 45 rebels near Fennick on Thursday. Its own losses "
                            "were light, a spokesman added."),
        ("b", "2032-03-05", "The rebel command said only six of its fighters died near Fennick on Thursday."),
    ], [("conflict", {"a:45", "b:six"})]),
    ("shelling civilians two sides", [
        ("a", "2032-03-09", "Shelling by government forces killed 23 civilians in Oskarny on Tuesday, the rebel "
                            "health office said."),
        ("b", "2032-03-09", "The defence ministry said two civilians died in Oskarny on Tuesday, caught in "
                            "crossfire."),
    ], [("conflict", {"a:23", "b:two"})]),
    ("teachers strike turnout", [
        ("a", "2032-02-17", "Some 6,000 teachers went on strike across Corbray on Tuesday, the teachers' union "
                            "said. Many schools sent pupils home."),
        ("b", "2032-02-17", "Only 2,400 teachers joined the strike in Corbray on Tuesday, the education "
                            "authority said."),
    ], [("conflict", {"a:Some 6,000", "b:2,400"})]),
    ("rally crowd two counts", [
        ("a", "2032-09-12", "Organisers said 45,000 people attended the rally in Vostray on Sunday."),
        ("b", "2032-09-12", "About 9,000 people attended the rally in Vostray on Sunday, police said. The square "
                            "was cleared by evening."),
    ], [("conflict", {"a:45,000", "b:About 9,000"})]),
    ("measles cases two sources", [
        ("a", "2032-05-02", "Health officials in Brantis confirmed 85 measles cases on Monday, the regional health "
                            "office said. Another 140 suspected cases are being tested."),
        ("b", "2032-05-02", "The measles outbreak in Brantis has reached 85 confirmed cases, a spokeswoman for "
                            "the World Health Organization said on Monday."),
    ], [("agree", {"a:85", "b:85"})]),
    ("measles children then the toll", [
        ("a", "2032-05-03", "Measles has killed four children in Brantis, the regional health office said on "
                            "Tuesday."),
        ("b", "2032-05-10", "The measles death toll in Brantis has risen to nine, the regional health office said "
                            "on Tuesday."),
    ], []),  # four children are a sub-count of the dead: whether they were all of them is unknown
    ("migrant boat missing agree", [
        ("a", "2032-07-16", "Coastguards rescued 46 migrants off Cape Verrow on Friday, and 20 were missing, the "
                            "navy said."),
        ("b", "2032-07-16", "At least 20 migrants were missing off Cape Verrow on Friday, the charity Seawind "
                            "said."),
    ], [("agree", {"a:20", "b:At least 20"})]),
    ("heatwave toll rises", [
        ("a", "2032-07-02", "The heatwave has killed 120 people in Castrell, the health ministry said on Friday. "
                            "Hospitals opened cooling rooms."),
        ("b", "2032-07-06", "At least 310 people have died in the heatwave in Castrell, the health ministry said "
                            "on Tuesday."),
        ("c", "2032-07-06", "Some 300 people have died of the heat in Castrell, the undertakers' guild said on "
                            "Tuesday."),
    ], [("changed_over_time", {"a:120", "b:At least 310", "c:Some 300"})]),
    ("flood evacuees two agencies", [
        ("a", "2032-11-04", "Floods forced 2,200 people from their homes in Osmere on Wednesday, the council said. "
                            "Last year, 600 people were displaced in Osmere."),
        ("b", "2032-11-04", "About 2,300 people fled their homes in Osmere on Wednesday, the Red Cross said."),
    ], [("agree", {"a:2,200", "b:About 2,300"})]),
    ("hostages held two counts", [
        ("a", "2032-08-03", "Gunmen held 40 hostages in the bank in Ruskby on Wednesday, police said."),
        ("b", "2032-08-03", "The gunmen held about 40 hostages in Ruskby on Wednesday, a witness said."),
    ], [("agree", {"a:40", "b:about 40"})]),
    ("detained at protest two counts", [
        ("a", "2032-04-20", "Police arrested 65 demonstrators in Ostrova on Saturday, the interior ministry "
                            "said."),
        ("b", "2032-04-20", "More than 200 demonstrators were detained in Ostrova on Saturday, the rights group "
                            "Clear Window said."),
    ], [("conflict", {"a:65", "b:More than 200"})]),
    ("prisoners freed count", [
        ("a", "2032-06-01", "The rebels freed 30 prisoners in Talvane on Monday, a rebel spokesman said."),
        ("b", "2032-06-01", "Some 30 prisoners were freed in Talvane on Monday, the local bishop said."),
    ], [("agree", {"a:30", "b:Some 30"})]),  # 'freed' a happening since test_measures_66
    # ---- traps: never compared
    ("growth first estimate revised", [  # percentages take part in no measure
        ("a", "2032-11-02", "The economy of Maravia grew 0.4% in the third quarter, the statistics office said in "
                            "its first estimate."),
        ("b", "2032-12-01", "The statistics office revised growth in Maravia for the third quarter up to 0.7%."),
    ], []),
    ("job cuts announced then carried out", [
        ("a", "2032-03-01", "Vellacorp will cut 2,000 jobs at its Osterfeld plant this year, the company said."),
        ("b", "2032-09-01", "Vellacorp has so far cut 800 jobs in Osterfeld, the workers' union said."),
    ], []),
    ("budget planned vs spent", [
        ("a", "2032-01-10", "The city of Tarrowby plans to spend 40 million euros on its tram line this year, the "
                            "mayor said."),
        ("b", "2032-06-30", "The city of Tarrowby has spent 18 million euros on the tram line so far, the city "
                            "auditor said."),
    ], []),
    ("one number word unrelated", [
        ("a", "2032-02-02", "Twelve people were hurt when a crane fell in Marlow Quay, police said."),
        ("b", "2032-02-02", "Twelve schools in Marlow Quay will shut early for the holidays, the council said."),
    ], []),
    ("running total vs one day", [
        ("a", "2032-08-19", "The outbreak has infected 1,240 people in Dunsary since it began, the health "
                            "ministry said on Thursday."),
        ("b", "2032-08-19", "The health ministry said 60 people in Dunsary were infected on Thursday alone."),
    ], []),
    ("town vs region homes", [
        ("a", "2032-10-14", "The storm damaged 800 homes across the Verrin region, the regional authority said on "
                            "Monday."),
        ("b", "2032-10-14", "In the town of Callowmere, the storm damaged 120 homes, its mayor said on Monday."),
    ], []),
    ("last year as background", [
        ("a", "2032-12-28", "Road crashes killed 214 people in Halvik this year, the police said. Last year, 260 "
                            "people died on Halvik's roads."),
        ("b", "2032-12-28", "In 2031, road crashes killed 260 people in Halvik, the transport ministry said."),
    ], [("changed_over_time", {"a:214", "a:260", "b:260"})]),  # last year's 260 agree; this year's differs
    ("share vs count", [
        ("a", "2032-09-04", "About 40% of residents were evacuated from Drisley on Sunday, the county said."),
        ("b", "2032-09-04", "Some 2,000 residents were evacuated from Drisley on Sunday, the fire service said."),
    ], []),
    ("hypothetical figure", [
        ("a", "2032-04-02", "The number of people displaced in Kessow could reach 10,000 if the dam fails, the "
                            "governor warned on Friday."),
        ("b", "2032-04-02", "About 1,500 people have been evacuated from Kessow, the governor said on Friday."),
    ], []),
    ("hypothetical deaths", [
        ("a", "2032-02-11", "Officials warned that the cold could kill 500 people in Bresnow if the gas is not "
                            "restored."),
        ("b", "2032-02-11", "The cold has killed 31 people in Bresnow, the health ministry said."),
    ], []),
    ("cases vs deaths outbreak", [
        ("a", "2032-05-20", "The cholera outbreak in Narrowby has infected 640 people, the health ministry said."),
        ("b", "2032-05-20", "The outbreak in Narrowby has killed 640 cattle, farmers said."),
    ], []),
    ("suspected vs confirmed", [
        ("a", "2032-05-21", "Doctors in Pellarno confirmed 40 dengue cases on Monday, the health office said."),
        ("b", "2032-05-21", "Some 300 suspected dengue cases were reported in Pellarno on Monday, the health "
                            "office said."),
    ], []),    # a strict xfail until the sixty-ninth pass gave votes their candidate as a doer (test_measures_69_polls)
    ("votes counted as the count goes on", [
        ("a", "2032-10-05", "With half the ballots counted, Tamsin Orle had 52,300 votes in Dellmark, the "
                            "electoral commission said on Sunday night."),
        ("b", "2032-10-06", "Tamsin Orle won 98,750 votes in Dellmark with all ballots counted, the electoral "
                            "commission said on Monday."),
    ], [("changed_over_time", {"a:52,300", "b:98,750"})]),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("trawler crew missing falls", [
        ("a", "2032-01-10", "Fourteen crew members were missing after the trawler Kestle Bay sank off Harnmouth, "
                            "the coastguard said on Monday."),
        ("b", "2032-01-11", "Rescuers pulled nine crew members from the sea off Harnmouth, and five were still "
                            "missing, the coastguard said on Tuesday."),
    ], [("changed_over_time", {"a:Fourteen", "b:five"})],
                 marks=pytest.mark.xfail(strict=True, reason="the ship's name 'Kestle Bay' is taken for a place "
                                                             "and is nearer the first count than 'Harnmouth'")),
    pytest.param("jobless count revised", [
        ("a", "2032-04-14", "Some 412,000 people were unemployed in Maravia in March, the national statistics "
                            "office said on Tuesday."),
        ("b", "2032-05-12", "The national statistics office revised its count for March down to 405,000 "
                            "unemployed people in Maravia."),
    ], [("single_source", {"a:Some 412,000", "b:405,000"})],  # one office's revision: no second source
                 marks=pytest.mark.xfail(strict=True, reason="grouped, but the office that 'revised its "
                                                             "count' is no speaker of the second figure, so one "
                                                             "office's two figures read as two sources agreeing")),
    pytest.param("festival tickets rise", [
        ("a", "2032-06-01", "The Grelling music festival has sold 52,000 tickets, its organisers said."),
        ("b", "2032-06-20", "Ticket sales for the Grelling festival have reached 55,000, its organisers said on "
                            "Friday."),
    ], [("changed_over_time", {"a:52,000", "b:55,000"})],
                 marks=pytest.mark.xfail(strict=True, reason="tickets are no unit class and 'sold' no happening")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("predicate", "happening"),
    [
        ("could kill", "possible"),
        ("might displace", "possible"),
        ("went on strike", "took part"),
    ],
)
def test_the_happening_a_predicate_names_first(predicate, happening):
    assert classes().happenings_of(predicate)[0].name == happening


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("The floods could displace 10,000 people in Kessow.", "could displace"),
        ("The storm may have killed 300 people in Kessow.", "killed"),  # the past, estimated: a count
        ("About 6,000 nurses went on strike in Corbray.", "went on strike"),
        # the counted noun's adjective, when the verb names no happening (only one that befalls people)
        ("Ambulances took 40 injured passengers to hospital.", "injured"),
        ("The survey reached 900 registered voters.", "reached"),
        ("Some 40 wounded soldiers were evacuated from Fennick.", "evacuated"),
        ("May sales fell 2% from April.", "fell"),  # the month the parser hangs on the verb as a modal
    ],
)
def test_the_predicate_as_written(nlp, sentence, predicate):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2032-01-15"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert figure.predicate == predicate


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("In the town of Callowmere, the storm damaged 120 homes.", "Callowmere"),
        ("The storm damaged 800 homes across the Verrin region.", "Verrin"),
        ("A landslide near Ostrevo buried 14 homes.", "Ostrevo"),
        ("Gales tore the roofs off 30 homes in Pellinor.", "Pellinor"),
    ],
)
def test_a_name_the_recogniser_missed_is_a_place(nlp, sentence, place):
    doc = nlp.make_doc(sentence)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert figure.place == place


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind word that qualifies the noun after it, a firm a stake is held in, a firm's condition
        "The Republican state legislature voted to cut 1,200 jobs.",
        "The Federal district court fined the lender $2 million.",
        "The fund took a 20% stake in Nordvik, a shipping firm.",
        "Analysts questioned the state of Tesla after sales fell 9%.",
    ],
)
def test_no_place_where_the_words_frame_none(nlp, sentence):
    doc = nlp.make_doc(sentence)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert figure.place is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Oskar Veltman, the shipbuilder, dies at 88.", "age"),  # a headline's age, no count of dead
        ("The poet died at 77 in her house in Brantis.", "age"),
        ("Some 40 people died at 12 sites across Brantis.", "count"),
    ],
)
def test_died_at_an_age(nlp, sentence, kind):
    doc = nlp.make_doc(sentence)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.sourcebook_figures[0].kind == kind
