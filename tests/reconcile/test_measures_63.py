"""Measures across articles re-checked on written stories (issues 5 and 14): figures of several
articles that count the same thing agree (with their qualifiers), conflict (independent sources,
one time) or change over time, and the many pairs that must never be compared (other places,
other happenings, other units, a part and its whole, a target and a count, a year and a month,
money pledged and money paid, one source repeated). Each story is 2-5 dated articles with the
hand gold: the figures (article:number as written) that form one measure, and its verdict.
Sentences, places and names written for these tests.

Counts on these 38 stories (23 gold measures; 16 stories with none): before this set 14
measures right in group and verdict, 9 missed groupings, 6 false comparisons, no wrong verdict,
11 of the 16 kept apart; after it 21 right, 2 missed, 4 false comparisons, no wrong verdict, 13
of 16 kept apart (the five stories left were the strict xfails at the end: three of them a
town the entity recogniser does not take for a place). The sixty-first pass (test_measures_64)
reads a lone name after "in", "near", "across" or "outside" that the recogniser took for no
entity or an organisation's as a place: those three now pass (22 right, 1 missed, 1 false
comparison, 15 of 16 kept apart). The sixty-third pass (``test_figures_67_results``) takes a place after a
preposition of place first (``figures.located``: 'fled Belmorra into Tavrosia' happened in Tavrosia), and the last
false comparison passes (22 right, 1 missed, none false, 16 of 16 kept apart).
"""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.deadlines import ahead
from sourcebook.nlp.figures.timex import find_times, resolve
from sourcebook.reconcile.classes import classes
from sourcebook.reconcile.measures import MeasureInput, build_measures


def _speaker(text: str, attribution) -> str | None:
    name = attribution.speaker or (text[attribution.source.start:attribution.source.end] if attribution.source else "")
    name = name.lower().strip()
    for article in ("the ", "a ", "an "):
        name = name.removeprefix(article)
    return "sp:" + name if name else None


def _measures(nlp, articles) -> set[tuple[str, frozenset[str]]]:
    """(verdict, {"article:number as written", ...}) of the measures over written articles
    (article, published, text); a figure's source is its attribution's speaker, else its
    "according to"."""
    inputs = []
    for article, published, text in articles:
        doc = nlp.make_doc(text)
        doc._.sourcebook_published = published
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        attributions = {a.id: a for a in doc._.sourcebook_attributions}
        for figure in doc._.sourcebook_figures:
            attribution = attributions.get(figure.attribution) if figure.attribution else None
            speaker = _speaker(text, attribution) if attribution is not None else \
                ("sp:" + figure.according_to.lower().removeprefix("the ") if figure.according_to else None)
            inputs.append(MeasureInput(f"{article}:{figure.id}", article, f"{article}.txt", figure, published,
                                       speaker_id=speaker, relayed_by=attribution.relayed_by if attribution else None,
                                       agent=figure.agent, rate=figure.rate))
    written = {src.figure_id: f"{src.article_id}:{src.figure.span.text}" for src in inputs}
    return {(m.verdict, frozenset(written[member.figure_id] for member in m.members)) for m in build_measures(inputs)}


def _gold(measures) -> set[tuple[str, frozenset[str]]]:
    return {(verdict, frozenset(members)) for verdict, members in measures}


# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    ("flood toll rising", [
        ("a", "2031-04-01", "Floods along the Esk have killed 12 people in Quernholt, the regional governor said on "
                            "Tuesday. Rescuers searched flooded farms through the night."),
        ("b", "2031-04-03", "The death toll from the Quernholt floods rose to 31 on Thursday, the regional governor "
                            "said. About 2,000 residents were evacuated from low-lying streets."),
        ("c", "2031-04-05", "At least 47 people have died in the floods in Quernholt, the governor's office said on "
                            "Saturday."),
    ], [("changed_over_time", {"a:12", "b:31", "c:At least 47"})]),
    ("wildfire homes agree", [
        ("a", "2031-08-10", "A wildfire near Pellowby destroyed about 40 homes on Sunday, the county fire service "
                            "said. Crews kept the flames away from the primary school."),
        ("b", "2031-08-10", "The blaze destroyed 41 homes in Pellowby on Sunday, said Joren Paske, the leader of the "
                            "county council."),
    ], [("agree", {"a:about 40", "b:41"})]),
    ("wildfire killed vs injured", [
        ("a", "2031-07-20", "The wildfire near Corriston has killed three people, the county sheriff said on Monday."),
        ("b", "2031-07-20", "Fourteen people were injured in the Corriston wildfire, a spokeswoman for the county "
                            "hospital said on Monday."),
    ], []),
    ("march crowd conflict", [
        ("a", "2031-05-03", "Some 8,000 protesters marched through Dorrach on Saturday against the fuel tax, "
                            "police said."),
        ("b", "2031-05-03", "Organisers said 30,000 protesters marched in Dorrach on Saturday."),
    ], [("conflict", {"a:Some 8,000", "b:30,000"})]),
    ("strike turnout conflict", [
        ("a", "2031-03-10", "About 12,000 workers walked out at the Halsgrove car plants on Monday, the union said."),
        ("b", "2031-03-10", "The carmaker said 4,500 workers joined the strike at Halsgrove on Monday."),
    ], [("conflict", {"a:About 12,000", "b:4,500"})]),
    ("storm toll relayed", [
        ("a", "2031-03-02", "The storm killed 17 people in Kelvaro, the interior ministry said on Sunday."),
        ("b", "2031-03-02", "Seventeen people died in the storm in Kelvaro, according to the interior ministry."),
    ], [("single_source", {"a:17", "b:Seventeen"})]),
    ("quake part of total", [
        ("a", "2031-01-12", "The earthquake killed 64 people across the province, among them 20 in Ruskellan, the "
                            "civil defence agency said on Thursday."),
        ("b", "2031-01-12", "At least 60 people were killed in the earthquake, the Red Crescent said on Thursday."),
    ], [("agree", {"a:64", "b:At least 60"})]),
    ("evacuation target vs count", [
        ("a", "2031-04-10", "The army wants to evacuate 10,000 people from Luskmoor by Friday, a spokesman said."),
        ("b", "2031-04-10", "So far 3,000 people have been evacuated from Luskmoor, the army said on Thursday."),
    ], []),
    ("crackdown conflict", [
        ("a", "2031-07-08", "Security forces killed 12 protesters in Tessandra on Friday, the rights group Open "
                            "Door said."),
        ("b", "2031-07-08", "The interior ministry said three protesters died in Tessandra on Friday."),
    ], [("conflict", {"a:12", "b:three"})]),
    ("aid trucks vs tonnes", [
        ("a", "2031-02-14", "Twelve trucks of food reached Ashkeld on Tuesday, the UN said."),
        ("b", "2031-02-14", "The convoy delivered 90 tonnes of flour to Ashkeld on Tuesday, the aid group Bread "
                            "First said."),
    ], []),
    ("bus crash two measures", [
        ("a", "2031-06-14", "A bus crash near Tolvane killed nine people and injured 23 on Saturday, police said."),
        ("b", "2031-06-14", "Nine people died and more than 20 were hurt when a bus left the road near Tolvane on "
                            "Saturday, the regional hospital said."),
    ], [("agree", {"a:nine", "b:Nine"}), ("agree", {"a:23", "b:more than 20"})]),
    ("refugees since fighting began", [
        ("a", "2031-09-01", "More than 30,000 refugees have fled Belmorra into Tavrosia since the fighting began, the "
                            "UN refugee agency said on Monday."),
        ("b", "2031-09-05", "At least 52,000 refugees have fled Belmorra into Tavrosia since the fighting began, the "
                            "UN refugee agency said on Friday."),
    ], [("changed_over_time", {"a:More than 30,000", "b:At least 52,000"})]),
    ("fled vs sheltered", [
        ("a", "2031-10-01", "The floods forced 4,000 people from their homes in Brisklow, the council said."),
        ("b", "2031-10-01", "Some 1,500 people are in shelters in Brisklow, the Red Cross said on Wednesday."),
    ], []),
    ("shelters emptying", [
        ("a", "2031-10-01", "The floods have left 2,400 people in shelters in Brisklow, the council said."),
        ("b", "2031-10-09", "About 900 people remain in shelters in Brisklow, the Red Cross said on Thursday."),
    ], [("changed_over_time", {"a:2,400", "b:About 900"})]),
    ("pledged vs paid", [
        ("a", "2031-11-03", "The government pledged 50 million euros to rebuild homes in Varnleigh, the finance "
                            "minister said."),
        ("b", "2031-11-20", "The government has paid out 8 million euros to Varnleigh so far, the mayor said."),
    ], []),
    ("pledge agree", [
        ("a", "2031-11-03", "The government pledged 50 million euros for flood repairs in Varnleigh, the finance "
                            "minister said on Monday."),
        ("b", "2031-11-04", "The government has pledged about 50 million euros to Varnleigh, the regional council "
                            "said."),
    ], [("agree", {"a:50 million", "b:about 50 million"})]),
    ("annual vs monthly arrivals", [
        ("a", "2031-05-20", "Some 14,000 migrants arrived in Perrinmouth last year, the coastguard said."),
        ("b", "2031-05-20", "In April alone, 2,100 migrants arrived in Perrinmouth, the coastguard said."),
    ], []),
    ("road budget annual vs monthly", [
        ("a", "2031-06-02", "The council spent 12 million euros on road repairs last year, its treasurer said."),
        ("b", "2031-06-02", "The council spends 1 million euros a month on road repairs, a councillor said."),
    ], []),
    ("cholera cases rising", [
        ("a", "2031-02-01", "Health officials in Sarnowice confirmed 120 cholera cases on Monday."),
        ("b", "2031-02-08", "Cholera cases in Sarnowice have risen to 310, the health ministry said on Monday."),
    ], [("changed_over_time", {"a:120", "b:310"})]),
    ("cholera deaths vs treated", [
        ("a", "2031-02-09", "The cholera outbreak in Sarnowice has killed 14 people, the health ministry said."),
        ("b", "2031-02-09", "Doctors in Sarnowice have treated 300 people for cholera, the aid group Clearspring "
                            "said."),
    ], []),
    ("election two districts", [
        ("a", "2031-05-09", "Grigor Pell won 18,204 votes in Kesselbrook North, the election board said."),
        ("b", "2031-05-09", "Nadia Solvik won 15,900 votes in Kesselbrook South, the election board said."),
    ], []),
    ("shelter numbers falling", [
        ("a", "2031-10-02", "In September, 2,000 people were in shelters in Brisklow, the council said."),
        ("b", "2031-10-20", "The number of people in shelters in Brisklow had fallen to 600 by Friday, the Red Cross "
                            "said."),
    ], [("changed_over_time", {"a:2,000", "b:600"})]),
    ("hospital houses more", [
        ("a", "2031-03-15", "The sports hall in Lenhallow housed 300 people last winter, the charity Hearthwell said."),
        ("b", "2031-03-15", "The sports hall in Lenhallow now houses 900 people, the charity Hearthwell said."),
    ], [("changed_over_time", {"a:300", "b:900"})]),
    ("camp up from", [
        ("a", "2031-08-01", "Some 900 people were in shelters in Dunmerrow in July, up from 400 a year earlier, "
                            "the charity Eavesden said."),
    ], [("changed_over_time", {"a:Some 900", "a:400"})]),
    ("cholera toll agree then rise", [
        ("a", "2031-02-02", "The cholera outbreak in Sarnowice has killed 9 people, the health ministry said on Monday."),
        ("b", "2031-02-02", "Nine people have died of cholera in Sarnowice, the aid group Clearspring said on Monday."),
        ("c", "2031-02-06", "The cholera death toll in Sarnowice rose to 22 on Friday, the health ministry said."),
    ], [("changed_over_time", {"a:9", "b:Nine", "c:22"})]),
    ("evacuation conflict", [
        ("a", "2031-08-20", "Firefighters evacuated 1,200 residents from Mossgarth on Wednesday, the state fire "
                            "agency said."),
        ("b", "2031-08-20", "The county sheriff said 5,000 residents were evacuated from Mossgarth on Wednesday."),
    ], [("conflict", {"a:1,200", "b:5,000"})]),
    ("protest detained vs injured", [
        ("a", "2031-05-04", "Police detained 140 protesters in Dorrach on Sunday, the interior ministry said."),
        ("b", "2031-05-04", "At least 60 protesters were injured in Dorrach on Sunday, the city's hospitals said."),
    ], []),
    ("two donors", [
        ("a", "2031-11-05", "The European Union pledged 20 million euros for the flood victims in Varnleigh, its "
                            "aid commissioner said."),
        ("b", "2031-11-05", "Britain pledged 5 million pounds for the flood victims in Varnleigh, the Foreign Office "
                            "said."),
    ], []),
    ("homes destroyed vs damaged", [
        ("a", "2031-04-08", "The floods destroyed 300 homes in Quernholt, the regional governor said."),
        ("b", "2031-04-08", "Another 1,100 homes were damaged in Quernholt, the insurers' association said."),
    ], []),
    ("road deaths year vs month", [
        ("a", "2031-02-10", "Road crashes killed 410 people in Norvaleth last year, the transport ministry said."),
        ("b", "2031-02-10", "In January, road crashes killed 38 people in Norvaleth, the transport ministry said."),
    ], []),
    ("rescue at sea agree", [
        ("a", "2031-06-22", "Nearly 500 migrants were rescued off Perrinmouth on Sunday, the coastguard said."),
        ("b", "2031-06-22", "The charity Saltwatch said 480 migrants were rescued off Perrinmouth on Sunday."),
    ], [("agree", {"a:Nearly 500", "b:480"})]),
    ("wire copy reprinted", [
        ("a", "2031-10-17", "A landslide in Kaltarro killed 23 people on Friday. Roads to the valley stayed closed."),
        ("b", "2031-10-17", "A landslide in Kaltarro killed 23 people on Friday. Schools in the valley were shut."),
    ], [("single_source", {"a:23", "b:23"})]),
    ("market strike children within", [
        ("a", "2031-07-14", "The air strike on the market in Idrava killed 31 people, including 12 children, medics "
                            "said on Monday."),
        ("b", "2031-07-14", "Thirty-one people were killed in the strike in Idrava on Monday, the rights group Open "
                            "Door said."),
    ], [("agree", {"a:31", "b:Thirty-one"})]),
    # a town the entity recogniser takes for no place or an organisation's (``named_places``)
    ("storm two towns", [
        ("a", "2031-03-02", "The storm killed 17 people in Kelvaro, the interior ministry said on Sunday."),
        ("b", "2031-03-02", "In neighbouring Ostrimby, the storm killed four people, the mayor of Ostrimby said."),
    ], []),
    ("flu national vs city", [
        ("a", "2031-12-05", "Flu has killed 230 people across Norvaleth this winter, the health ministry said."),
        ("b", "2031-12-05", "In the city of Arlenby, flu has killed 31 people this winter, the city's health chief "
                            "said."),
    ], []),
    ("derailment toll and another crash", [
        ("a", "2031-11-10", "A train derailment near Halsmere killed six passengers on Monday, the railway operator "
                            "said."),
        ("b", "2031-11-11", "The death toll from the derailment near Halsmere rose to 11, police said on Tuesday."),
        ("c", "2031-11-11", "In a separate accident, a lorry crash in Brunecastle killed two people on Tuesday, police "
                            "said."),
    ], [("changed_over_time", {"a:six", "b:11"})]),
    # a strict xfail until the sixty-third pass: the place fled was taken for the place of the flow
    ("refugees two destinations", [
        ("a", "2031-09-03", "Some 20,000 refugees have fled Belmorra into Tavrosia, the UN refugee agency said."),
        ("b", "2031-09-03", "About 7,000 refugees from Belmorra have arrived in Ruvenland, officials in "
                            "Ruvenland said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("job cuts agree", [
        ("a", "2031-10-02", "Carmoth Steel will cut 1,200 jobs at its Brenshaw works, the company said on "
                            "Wednesday."),
        ("b", "2031-10-02", "About 1,200 jobs will go at the Brenshaw works, the steelworkers' union said on "
                            "Wednesday."),
    ], [("agree", {"a:1,200", "b:About 1,200"})],
                 marks=pytest.mark.xfail(strict=True, reason="'will cut 1,200 jobs' is read as the size of a fall "
                                                             "(no level), and jobs are no unit class")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("sentence", "published", "written", "start", "end"),
    [
        ("The hall housed 300 people last winter.", "2031-03-15", "last winter", "2030-12-01", "2031-02-28"),
        ("The hall housed 300 people last winter.", "2031-01-20", "last winter", "2029-12-01", "2030-02-28"),
        ("Flu has killed 31 people this winter.", "2031-01-20", "this winter", "2030-12-01", "2031-02-28"),
        ("The ferry carried 9,000 people last summer.", "2031-03-15", "last summer", "2030-06-01", "2030-08-31"),
        ("The ferry carried 9,000 people in the summer of 2029.", "2031-03-15", "in the summer of 2029",
         "2029-06-01", "2029-08-31"),
        ("Some 400 families left in winter 2029.", "2031-03-15", "in winter 2029", "2028-12-01", "2029-02-28"),
        ("Some 400 families have left since the spring.", "2031-07-15", "since the spring", "2031-03-01",
         "2031-07-15"),
        ("Some 400 families left last fall.", "2031-03-15", "last fall", "2030-09-01", "2030-11-30"),
        ("Some 400 families left in winter, when the roads froze.", "2031-03-15", "in winter", "2030-12-01",
         "2031-02-28"),
    ],
)
def test_a_season_is_a_period(sentence, published, written, start, end):
    assert written in [t.text for t in find_times(sentence)]
    assert resolve(written, published) == (start, end)


@pytest.mark.parametrize("sentence", ["Prices saw a fall of 3% in May.", "The spring tide flooded 40 homes.",
                                      # a bare season before a noun is its modifier, no time
                                      "Pensioners face a £300 cut in winter fuel payments.",
                                      "There was a 12% rise in spring lamb prices.",
                                      "Enrolment in summer schools rose to 4,000."])
def test_a_season_word_is_not_always_a_time(sentence):
    assert not any(word in t.text.lower() for t in find_times(sentence) for word in ("fall", "spring", "winter",
                                                                                      "summer"))


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # still to be done: the next such day or month, a deadline
        ("The army wants to evacuate 10,000 people from Luskmoor by Friday.", None, "2031-01-17"),
        ("Crews will clear 400 homes in Brisklow by June.", None, "2031-06-30"),
        ("Some 900 families must be rehoused in Brisklow by March.", None, "2031-03-31"),
        # done: the last such day or month, a total up to it with no start (test_followups_67)
        ("By Friday, 300 people had fled Luskmoor.", None, "2031-01-10"),
        ("By March, 5,000 families had been rehoused in Brisklow.", None, "2030-03-31"),
        ("Crews did not clear the 400 homes in Brisklow by June.", None, "2030-06-30"),
    ],
)
def test_a_deadline_still_to_come_lies_ahead(nlp, sentence, start, end):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2031-01-15"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = doc._.sourcebook_figures
    assert (figure.time_start, figure.time_end) == (start, end)


def test_a_deadline_of_no_verb_stays():
    assert ahead(None, "by Friday", "2031-01-10", "2031-01-10", "2031-01-15") == ("2031-01-10", "2031-01-10")


@pytest.mark.parametrize(
    ("predicate", "happening"),
    [
        ("remain in shelters", "sheltered"),
        ("left in shelters", "sheltered"),
        ("stuck in tents", "sheltered"),
        ("remain", "trapped"),
        ("house", "sheltered"),
        ("walked out", "took part"),
        ("marched", "took part"),
        ("confirmed", "infected"),
        ("want to evacuate", "aimed"),
        ("expected to rise", "aimed"),
    ],
)
def test_the_happening_a_predicate_names_first(predicate, happening):
    assert classes().happenings_of(predicate)[0].name == happening
