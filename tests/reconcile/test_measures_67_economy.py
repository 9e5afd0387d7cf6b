"""Measures across articles in economic statistics (issue 12's "cross-article verdicts that
compare unrelated numbers"), a fifth check on written stories: the number of people out of work
month by month, one office's count carried by two papers, a statistics office and a private survey
counting the same thing, a government's spending told by its ministry and its auditor, a record
quoted as background ("the highest since 2008"), and the traps that must never be compared: the
unemployment rate and the number unemployed, benefit claimants and the unemployed, a region and the
nation, one country and another, a forecast and an outturn, a fiscal year and a calendar year, a
quarter and a year. Rates (growth, inflation, the unemployment rate) are percentages and, as in
test_measures_64, take part in no measure: a first estimate and its revision, month-on-month and
year-on-year inflation, core and headline inflation are all kept apart here, and must never give a
verdict. Each story is 2-4 dated articles from different outlets with the hand gold: the figures
(article:number as written) that form one measure, and its verdict. Sentences, places and names
written for these tests.

Counts on the 25 stories written before counting (8 gold measures; 17 stories with none): before
this set 2 measures right in group and verdict (two money stories), 6 missed groupings, no false
comparison, no wrong verdict, 17 of 17 kept apart; after it 7 right, none missed, no false
comparison, 1 wrong verdict (the strict xfail at the end), 17 of 17 kept apart. Fixed: a state of
people written as a phrase after a copula ("were out of work", "are without work") and what "the
number of <people>" are when a verb only moves its level ("the number of unemployed people
fell", "the number of people out of work rose": ``figures.states``); one source's own count
restated at a later time with another value, though "about" makes the two overlap ("about 1.31
million" in February, "about 1.22 million" in April: changed_over_time, ``verdicts._restated``).
One story was written after the count, when "crowns" proved no currency of the figure extractor
(so the story in crowns is kept apart only for that): in euros, "in the fiscal year to March"
(now read as April to March, ``figures.running``, see test_dates_67_economy) and "in 2034" share
nine months; read as one time they gave a false conflict, so periods of a length that overlap
without being one period are neither one time nor two and are never compared
(``grouping._shifted``). The other measure sets, the event corpora's gold and the seeds' measures
are unchanged.
"""

from __future__ import annotations

import pytest

from .test_measures_63 import _gold, _measures

# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # ---- counts that form measures
    ("jobless month by month", [
        ("a", "2035-03-15", "Some 1.31 million people were unemployed in Keldavia in February, the national "
                            "statistics office said on Thursday."),
        ("b", "2035-04-14", "The number of unemployed people in Keldavia fell to 1.27 million in March, the national "
                            "statistics office said on Friday."),
        ("c", "2035-05-15", "About 1.22 million people were out of work in Keldavia in April, the national "
                            "statistics office said."),
    ], [("changed_over_time", {"a:Some 1.31 million", "b:1.27 million", "c:About 1.22 million"})]),
    ("jobless two papers one office", [
        ("a", "2035-06-12", "Some 640,000 people were unemployed in Drelland in May, the labour office said on "
                            "Tuesday."),
        ("b", "2035-06-12", "The labour office said on Tuesday that 640,000 people in Drelland were out of work in "
                            "May, down from a month earlier."),
    ], [("single_source", {"a:Some 640,000", "b:640,000"})]),
    ("jobless office vs private survey", [
        ("a", "2035-07-10", "About 820,000 people were unemployed in Ysmark in June, the statistics office said."),
        ("b", "2035-07-11", "A survey by the jobs site Hireline found that 1.1 million people were out of work in "
                            "Ysmark in June."),
    ], [("conflict", {"a:About 820,000", "b:1.1 million"})]),
    ("jobless highest since 2008", [
        ("a", "2035-05-02", "The number of people out of work in Morrane rose to 1.6 million in April, the highest "
                            "since 2008, the statistics office said."),
        ("b", "2035-05-03", "In 2008, 1.7 million people were unemployed in Morrane, according to the statistics "
                            "office."),
    ], [("changed_over_time", {"a:1.6 million", "b:1.7 million"})]),
    ("subsidies ministry vs auditor", [
        ("a", "2035-02-20", "The Keldavian government spent 3.2 billion euros on energy subsidies in 2034, the "
                            "finance ministry said."),
        ("b", "2035-03-04", "The Keldavian government spent 4.5 billion euros on energy subsidies in 2034, the "
                            "national audit office said in a report."),
    ], [("conflict", {"a:3.2 billion", "b:4.5 billion"})]),
    ("bond sale raised two outlets", [
        ("a", "2035-09-09", "The Drelland treasury raised 6 billion euros from a bond sale on Tuesday, the debt "
                            "agency said."),
        ("b", "2035-09-09", "Drelland's treasury raised about 6 billion euros in Tuesday's bond auction, traders "
                            "said."),
    ], [("agree", {"a:6 billion", "b:about 6 billion"})]),
    # ---- traps: counts never compared
    ("jobless one country vs another", [
        ("a", "2035-08-14", "Some 930,000 people were unemployed in Keldavia in July, the statistics office said."),
        ("b", "2035-08-14", "About 410,000 people were unemployed in Drelland in July, the labour office said."),
    ], []),
    ("jobless region vs nation", [
        ("a", "2035-10-13", "In the Orrin region, 85,000 people were out of work in September, the regional "
                            "council said."),
        ("b", "2035-10-14", "Some 1.2 million people were unemployed in Keldavia in September, the statistics "
                            "office said."),
    ], []),
    ("claimants vs unemployed", [
        ("a", "2035-06-18", "Some 910,000 people claimed jobless benefits in Ysmark in May, the labour ministry "
                            "said."),
        ("b", "2035-06-18", "About 1.2 million people were unemployed in Ysmark in May, the statistics office "
                            "said."),
    ], []),
    ("underemployed vs unemployed", [
        ("a", "2035-07-10", "About 820,000 people were unemployed in Ysmark in June, the statistics office said."),
        ("b", "2035-07-12", "The Ysmark trade union federation said 1.9 million people in Ysmark were without enough "
                            "work in June, counting those kept on short hours."),
    ], []),
    ("jobless forecast vs outturn", [
        ("a", "2035-01-20", "The central bank expects 1.5 million people to be unemployed in Morrane by the end "
                            "of the year, its governor said."),
        ("b", "2035-07-15", "About 1.3 million people were unemployed in Morrane in June, the statistics office "
                            "said."),
    ], []),
    ("pensions fiscal year vs calendar year", [
        ("a", "2035-05-10", "The Ysmark government spent 41 billion crowns on pensions in the fiscal year to "
                            "March, the finance ministry said."),
        ("b", "2035-02-01", "The Ysmark government spent 39 billion crowns on pensions in 2034, the audit "
                            "office said."),
    ], []),
    ("pensions fiscal year vs calendar year in euros", [  # written after the count: see the docstring
        ("a", "2035-05-10", "The Ysmark government spent 41 billion euros on pensions in the fiscal year to "
                            "March, the finance ministry said."),
        ("b", "2035-02-01", "The Ysmark government spent 39 billion euros on pensions in 2034, the audit "
                            "office said."),
    ], []),
    ("spending a quarter vs a year", [
        ("a", "2035-10-30", "The Keldavian government spent 2.4 billion euros on defence in the third quarter, "
                            "the finance ministry said."),
        ("b", "2035-10-30", "The Keldavian government has spent 7.1 billion euros on defence so far this year, "
                            "the finance ministry said."),
    ], []),
    ("jobless a month vs a year ago", [
        ("a", "2035-04-16", "About 700,000 people were unemployed in Drelland in March, against 760,000 a year "
                            "earlier, the labour office said."),
        ("b", "2035-04-16", "Some 700,000 people in Drelland were out of work in March, the labour office said "
                            "on Wednesday."),
    ], [("single_source", {"a:About 700,000", "b:Some 700,000"})]),
    # ---- rates: percentages take part in no measure (test_measures_64), never compared
    ("growth first estimate then revised", [
        ("a", "2035-10-30", "The economy of Keldavia grew 0.3% in the third quarter, the statistics office said "
                            "in its first estimate."),
        ("b", "2035-11-28", "The statistics office revised Keldavia's growth in the third quarter down to 0.1%."),
    ], []),
    ("inflation month on month vs year on year", [
        ("a", "2035-11-14", "Consumer prices in Drelland rose 0.4% in October from September, the statistics "
                            "office said."),
        ("b", "2035-11-14", "Inflation in Drelland rose to 3.1% in October, the statistics office said."),
    ], []),
    ("core vs headline inflation", [
        ("a", "2035-06-17", "Inflation in Ysmark eased to 3.5% in May, the statistics office said."),
        ("b", "2035-06-17", "Core inflation in Ysmark, which leaves out food and energy, held at 2.8% in May, "
                            "the central bank said."),
    ], []),
    ("growth forecast vs outturn", [
        ("a", "2034-12-10", "The central bank of Morrane forecast that the economy would grow 2.1% next year."),
        ("b", "2036-02-14", "The economy of Morrane grew 1.8% in 2035, the statistics office said."),
    ], []),
    ("growth two countries", [
        ("a", "2035-07-30", "Keldavia's economy grew 0.5% in the second quarter, the statistics office said."),
        ("b", "2035-07-30", "Drelland's economy grew 0.2% in the second quarter, its statistics office said."),
    ], []),
    ("growth quarter vs year", [
        ("a", "2035-10-30", "The economy of Ysmark grew 0.4% in the third quarter from the second, the "
                            "statistics office said."),
        ("b", "2035-10-30", "The economy of Ysmark was 1.6% larger in the third quarter than a year earlier, the "
                            "statistics office said."),
    ], []),
    ("unemployment rate vs number unemployed", [
        ("a", "2035-04-02", "The unemployment rate in Keldavia rose to 6.2% in March, the statistics office "
                            "said."),
        ("b", "2035-04-02", "Some 1.4 million people were unemployed in Keldavia in March, the statistics "
                            "office said."),
    ], []),
    ("factory survey vs official output", [
        ("a", "2035-09-01", "Factory output in Drelland fell 1.2% in July, the statistics office said."),
        ("b", "2035-09-02", "A survey of purchasing managers by Corrick Bank put Drelland's manufacturing index "
                            "at 47.9 in August."),
    ], []),
    ("inflation highest since 2008", [
        ("a", "2035-05-14", "Inflation in Morrane rose to 6.1% in April, the highest since 2008, the statistics "
                            "office said."),
        ("b", "2035-05-15", "Prices in Morrane rose 6.4% in 2008 as oil soared, the statistics office recalled."),
    ], []),
    ("deficit fiscal year share of output", [
        ("a", "2035-04-28", "Drelland ran a budget deficit of 3.4% of its economic output in the fiscal year to "
                            "March, the finance ministry said."),
        ("b", "2035-04-28", "Drelland's budget deficit was 2.9% of output in 2034, the audit office said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures_across_articles(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


STILL_WRONG = [
    pytest.param("jobless count and rate in one article", [
        ("a", "2035-12-16", "Some 450,000 people were unemployed in Ysmark in November, a rate of 5.2%, the "
                            "statistics office said."),
        ("b", "2035-12-17", "The jobless rate in Ysmark held at 5.2% in November, the statistics office said. "
                            "Some 450,000 people were out of work."),
    ], [("single_source", {"a:Some 450,000", "b:Some 450,000"})],
                 marks=pytest.mark.xfail(strict=True, reason="the second sentence names no source, so its count is "
                                                             "the article's own, and the office's count and the "
                                                             "article's read as two sources agreeing")),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STILL_WRONG)
def test_still_wrong(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)


# --------------------------------------------------------------------------- the parts


@pytest.mark.parametrize(
    ("sentence", "span", "predicate"),
    [
        # a state after a copula, written as a phrase the measures table lists
        ("Some 1.1 million people were out of work in Keldavia in December.", "Some 1.1 million", "out of work"),
        ("Some 2,000 workers are without work in Ostry.", "Some 2,000", "without work"),
        # what "the number of <people>" are, before or after the noun, when a verb only moves the level
        ("The number of unemployed people in Drelland fell to 640,000 in May.", "640,000", "unemployed"),
        ("The number of people out of work in Morrane rose to 1.6 million in April.", "1.6 million", "out of work"),
        # a place phrase of a verb of state stays as it was; a place that names no state is no state
        ("About 40 protesters were in custody in Varra on Sunday.", "About 40", "were in custody"),
        ("Some 300 people were in Dellin on Sunday.", "Some 300", "were in dellin"),
    ],
)
def test_a_state_written_as_a_phrase(nlp, sentence, span, predicate):
    doc = nlp.make_doc(sentence)
    doc._.sourcebook_published = "2035-06-15"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [figure] = [f for f in doc._.sourcebook_figures if f.span.text == span]
    assert figure.predicate == predicate


def test_one_source_restating_its_count_is_a_change(nlp):
    # "about" overlaps, but an office does not blur its own monthly count: the count moved
    articles = [("a", "2035-03-15", "About 52,000 people were unemployed in Orrin in February, the regional labour "
                                    "office said."),
                ("b", "2035-04-14", "About 49,000 people were unemployed in Orrin in March, the regional labour "
                                    "office said.")]
    assert _measures(nlp, articles) == _gold([("changed_over_time", {"a:About 52,000", "b:About 49,000"})])


def test_two_sources_about_a_count_still_agree(nlp):
    # two sources' "about" figures that overlap are no change, even at two times
    articles = [("a", "2035-03-15", "About 52,000 people were unemployed in Orrin in February, the regional labour "
                                    "office said."),
                ("b", "2035-04-14", "About 49,000 people were unemployed in Orrin in March, the Orrin Courier "
                                    "reported, citing its own survey.")]
    assert _measures(nlp, articles) == _gold([("agree", {"a:About 52,000", "b:About 49,000"})])
