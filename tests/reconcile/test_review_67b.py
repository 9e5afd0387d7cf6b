"""A second reader's check of the sixty-seventh pass's second wave of figure, date and measure rules (helpers J, K,
O): sentences the rules were not written for, near-misses where they must not fire and true cases worded otherwise.
Every sentence is written for this file, with made-up names and places.

What this reading found (on main before this pass's mends). ``blow_verbs`` fine: 'since the tornado struck Kelby on
Monday' and 'since the tsunami hit' start a total, 'since the firm struck a deal', 'since the workers struck over
pay' and 'since its striker hit form' give no time. ``deadlines`` fine on 'By Monday', 'By Sunday night', 'by
Friday' to come, 'by Thursday' done and 'By April' before April; 'By noon on Tuesday' is read as the day itself
(as before the wave). ``fiscal`` over-fired on Japan, whose fiscal years are named by the year they start in ('fiscal
2034' is April 2034 to March 2035, read as April 2033 to March 2034); mended in ``fiscal`` with ``+starts`` in
``fiscal_countries.txt`` (only when every country word of the article carries it: 'India and Japan' keep the years
named by their ends). It still gives a company the American government's year when the article names the Pentagon
('The Pentagon's supplier, Harrow Steel, earned X in fiscal 2034'): the article's words tell the country, not the
figure's body (a strict xfail). ``foreign_times`` fine. ``periods`` and ``running`` fine ('the first two months of
2034', 'the final six months of last year', 'the quarter to the end of March', 'the 12 months to April', 'the
financial year to April'; 'The first three months of the trial' no time). ``figures.states`` fine ('out of the
pit', 'out of reach', 'out of the office' are no 'out of work'); 'in custody', which its docstring names, is no
happening of the measures table, so the copula stays in the predicate. ``figures.confidence`` fine ('99% CI', 'a
90% confidence interval' no figure; 'Some 95% of patients', 'CI funding', 'Turnout was 95%' stay figures).
``figures.kinds`` fine ('at Orwell Clinic', 'at Kelby General'; not 'the Surgeon General', not 'Kelby Hospital
Trust spent'); 'St Ebba's Infirmary' is cut by the recogniser. ``named_places`` fine ('in Tollisk'; 'in Ramadan',
'in Johnson's absence' no place), but a town the recogniser tags a date ('in Varrow') was lost (found since the 70
services set: no word of the calendar nor a feast's) and 'in Lent', tagged a place, is one (as before the wave): a
strict xfail. ``causes`` fine (a storm and its floods one toll; a landslide and an earthquake two; 'the tremor' an
earthquake). ``verdicts._restated`` and ``grouping._shifted`` fine.

Of the 63 checks here, 57 passed on main before the mend and 58 pass after (5 strict xfails; 59 and 4 since the 70
services set); ``evaluate figures``
stays 414/414, 555 and 311 matched, every field as before.
"""

from __future__ import annotations

import pytest

from .test_dates_66 import figure_at as _figure
from .test_dates_66 import figure_time
from .test_measures_63 import _gold, _measures

JUN10 = "2034-06-10"  # Saturday
MAR15 = "2031-03-15"  # Saturday
JAN15 = "2031-01-15"  # Wednesday



def _xfail(reason):
    return pytest.mark.xfail(strict=True, reason=reason)


#: (sentence, published, the figure's span, (time as written, start, end) or None)
TIMES = [
    # a blow dealt by a happening starts a total; by anything else no onset (``blow_verbs``)
    ("Since the tornado struck Kelby on Monday, 600 homes have been cleared.", JUN10, "600",
     ("Since the tornado struck Kelby on Monday", "2034-06-05", JUN10)),
    ("Since the tsunami hit, 1,400 people have been found alive.", JUN10, "1,400", ("Since the tsunami hit", None,
                                                                                  JUN10)),
    ("Shares in Velo have risen 30% since the firm struck a deal with Brisk.", JUN10, "30%", None),
    ("Some 80 staff have left since the workers struck over pay.", JUN10, "Some 80", None),
    ("The club has scored 40 goals since its striker hit form.", JUN10, "40", None),
    # a total reached "by" a time (``deadlines``)
    ("By Monday, 120 families had left Orwell.", JAN15, "120", ("By Monday", None, "2031-01-13")),
    ("By Sunday night, 2,500 people were sheltering in Brell.", JAN15, "2,500", ("By Sunday", None, "2031-01-12")),
    ("The council plans to rehouse 400 families by Friday.", JAN15, "400", ("by Friday", None, "2031-01-17")),
    ("By April, 9,000 homes had been reconnected.", MAR15, "9,000", ("By April", None, "2030-04-30")),
    pytest.param("By noon on Tuesday, 40 roads were closed.", JAN15, "40", ("By noon on Tuesday", None, "2031-01-14"),
                 marks=_xfail("'By' before an hour before the day is not read: the time is 'on Tuesday', the day "
                              "itself, not a total reached by it (the same on main before the wave)")),
    ("Some 3,000 people had signed the petition by Thursday.", JAN15, "Some 3,000", ("by Thursday", None,
                                                                              "2031-01-09")),
    # fiscal years by the article's country (``fiscal``, ``fiscal_countries.txt``)
    ("The Pentagon asked for $30 billion more in fiscal 2035.", JUN10, "$30 billion",
     ("in fiscal 2035", "2034-10-01", "2035-09-30")),
    ("Harrow Steel, based in Ohio, earned $90 million in fiscal 2034.", JUN10, "$90 million",
     ("in fiscal 2034", "2033-01-01", "2034-12-31")),
    ("Tarn Motors lost $12 million in fiscal 2033.", JUN10, "$12 million",
     ("in fiscal 2033", "2032-01-01", "2033-12-31")),
    pytest.param("The Pentagon's supplier, Harrow Steel, earned $90 million in fiscal 2034.", JUN10, "$90 million",
                 ("in fiscal 2034", "2033-01-01", "2034-12-31"), marks=_xfail(
                     "the article's words tell the country, not the figure's own body: a company that sells to the "
                     "Pentagon is given the American government's October year")),
    ("Japan's defence ministry spent $4 billion in fiscal 2034.", JUN10, "$4 billion",
     ("in fiscal 2034", "2034-04-01", "2035-03-31")),  # named by the year it starts in (mended: ``fiscal``)
    ("India and Japan each spent $4 billion in fiscal 2034.", JUN10, "$4 billion",
     ("in fiscal 2034", "2033-04-01", "2034-03-31")),
    # a forecast's time (``foreign_times``)
    ("The mill will cut 200 jobs, fewer than forecast in March.", JUN10, "200", None),
    ("The airline will carry 9 million passengers in July, more than forecast.", JUN10, "9 million",
     ("in July", "2034-07-01", "2034-07-31")),
    # a year's first or last months, a year to a month (``periods``, ``running``)
    ("Exports rose 4% in the first six months of the year.", JUN10, "4%",
     ("in the first six months of the year", "2034-01-01", "2034-06-30")),
    ("Sales fell 9% in the last three months of 2033.", JUN10, "9%",
     ("in the last three months of 2033", "2033-10-01", "2033-12-31")),
    ("The firm earned $3 million in the first three months of last year.", JUN10, "$3 million",
     ("in the first three months of last year", "2033-01-01", "2033-03-31")),
    ("Output grew 2% in the year to the second quarter.", JUN10, "2%",
     ("in the year to the second quarter", "2033-07-01", "2034-06-30")),
    ("Prices rose 6% in the financial year to April.", JUN10, "6%",
     ("in the financial year to April", "2033-05-01", "2034-04-30")),
    ("The first three months of the trial enrolled 400 patients.", JUN10, "400", None),
    ("In the first two months of 2034, 1,100 homes were sold in Kelby.", JUN10, "1,100",
     ("In the first two months of 2034", "2034-01-01", "2034-02-28")),
    ("Over the final six months of last year, 300 shops closed.", JUN10, "300",
     ("Over the final six months of last year", "2033-07-01", "2033-12-31")),
    ("The mill lost $8 million in the quarter to the end of March.", JUN10, "$8 million",
     ("in the quarter to the end of March", "2034-01-01", "2034-03-31")),
    ("Earnings rose 3% in the 12 months to April.", JUN10, "3%",
     ("in the 12 months to April", "2033-05-01", "2034-04-30")),
]


@pytest.mark.parametrize(("sentence", "published", "span", "want"), TIMES)
def test_a_figures_time(nlp, sentence, published, span, want):
    assert figure_time(nlp, sentence, published, span) == want


#: (sentence, published, the figure's span, field, wanted value)
FIELDS = [
    # a state after a copula (``figures.states``)
    ("Some 40,000 people in Kelby were out of work in May.", JUN10, "Some 40,000", "predicate", "out of work"),
    ("The number of people out of work rose to 2.3 million.", JUN10, "2.3 million", "predicate", "out of work"),
    ("About 300 miners were out of the pit when the roof fell.", JUN10, "About 300", "predicate", None),
    ("The 12 climbers were out of reach for two days.", JUN10, "12", "predicate", None),
    ("Nearly 90 staff were out of the office on Friday.", JUN10, "Nearly 90", "predicate", None),
    ("By March, 640,000 people were unemployed in Ostry.", JUN10, "640,000", "predicate", "unemployed"),
    ("The number of unemployed people fell to 1.1 million.", JUN10, "1.1 million", "predicate", "unemployed"),
    # ('in custody' is no happening of the measures table: the copula stays in the predicate, as before the wave)
    ("Some 800 people were in custody after the riots.", JUN10, "Some 800", "predicate", "were in custody"),
    # a confidence level (``figures.confidence``)
    ("The risk fell by 31% (95% CI 22-40) in the trial.", JUN10, "95%", "kind", None),
    ("The risk fell by 31% (95% CI 22-40) in the trial.", JUN10, "31%", "kind", "percent"),
    ("Results came with a 90% confidence interval of 1.1 to 1.6.", JUN10, "90%", "kind", None),
    ("Some 95% of patients said they felt better.", JUN10, "Some 95%", "kind", "percent"),
    ("About 95% of schools in Brell cited CI funding as vital.", JUN10, "About 95%", "kind", "percent"),
    ("The odds ratio was 1.4 (99% CI 1.1-1.8).", JUN10, "99%", "kind", None),
    ("Turnout was 95%, up from 90% in 2030.", JUN10, "95%", "kind", "percent"),
    # a hospital's name as a place (``figures.kinds``)
    ("Nine patients were treated at Marlow Hospital.", JUN10, "Nine", "place", "Marlow Hospital"),
    ("Four people died at Kelby General on Tuesday.", JUN10, "Four", "place", "Kelby General"),
    pytest.param("Some 30 nurses walked out at St Ebba's Infirmary.", JUN10, "Some 30", "place", "St Ebba's Infirmary",
                 marks=_xfail("the recogniser ends the name at 'St Ebba's' and 'Infirmary' is no facility noun of "
                              "``figures/facility_nouns``, so the place is the name's first part")),
    ("Twelve babies were born at Orwell Clinic in May.", JUN10, "Twelve", "place", "Orwell Clinic"),
    ("The Surgeon General warned 40 firms in Brell.", JUN10, "40", "place", "Brell"),
    ("The Attorney General fined 12 firms in Brell.", JUN10, "12", "place", "Brell"),
    ("Kelby Hospital Trust spent \u00a340m on agency staff.", JUN10, "\u00a340m", "place", None),
    # a lone town after 'in' (``figures.named_places``)
    ("Floods forced 600 residents from their homes in Tollisk.", JUN10, "600", "place", "Tollisk"),
    # (a town the recogniser tags a date, no word of the calendar nor a feast's: the 70 services set's mend)
    ("Police arrested 14 people in Varrow on Sunday.", JUN10, "14", "place", "Varrow"),
    ("Sales of 3,000 Kettleby bikes rose in April.", JUN10, "3,000", "place", None),
    ("Some 200 people fasted in Ramadan.", JUN10, "Some 200", "place", None),
    pytest.param("Sales fell 4% in Lent.", JUN10, "4%", "place", None, marks=_xfail(
        "the recogniser tags 'Lent' a place (GPE), which ``named_places`` does not question: the same on main before "
        "the wave, not the lone-town rule")),
    ("Scoring 40 points in Johnson's absence, the team won.", JUN10, "40", "place", None),
]


@pytest.mark.parametrize(("sentence", "published", "span", "field", "want"), FIELDS)
def test_a_figures_field(nlp, sentence, published, span, field, want):
    figure = _figure(nlp, sentence, published, span)
    if want is None and field == "kind":
        assert figure is None  # a confidence level is no figure
        return
    assert figure is not None
    assert getattr(figure, field) == want


# (name, [(article, published, text)], [(verdict, {"article:number as written"})])
STORIES = [
    # a storm and the floods it brought, a fire and a collapse it caused (``causes``)
    ("a storm and its floods", [
        ("a", "2034-03-04", "Storm Ada killed 12 people in Kell Bay on Friday, the coastguard said."),
        ("b", "2034-03-06", "Floods have killed 20 people in Kell Bay, the coastguard said on Monday."),
    ], [("changed_over_time", {"a:12", "b:20"})]),
    ("a landslide and an earthquake", [
        ("a", "2034-03-04", "A landslide killed 14 people in Orrin on Friday, the police said."),
        ("b", "2034-03-06", "An earthquake killed 30 people in Orrin on Sunday, the police said."),
    ], []),
    ("a tremor named twice", [
        ("a", "2034-03-04", "An earthquake killed 44 people in Orrin on Friday, the ministry said."),
        ("b", "2034-03-06", "The tremor has killed 61 people in Orrin, the ministry said on Monday."),
    ], [("changed_over_time", {"a:44", "b:61"})]),
    # one source restates its own count (``verdicts._restated``)
    ("a count restated by one source", [
        ("a", "2034-02-10", "About 1.4 million people in Ostry were unemployed, the statistics office said."),
        ("b", "2034-04-10", "About 1.3 million people in Ostry were unemployed, the statistics office said."),
    ], [("changed_over_time", {"a:About 1.4 million", "b:About 1.3 million"})]),
    ("one count by two sources", [
        ("a", "2034-04-10", "About 1.4 million people in Ostry were unemployed, the statistics office said."),
        ("b", "2034-04-10", "About 1.3 million people in Ostry were unemployed, the Ostry Trade Union said."),
    ], [("agree", {"a:About 1.4 million", "b:About 1.3 million"})]),
    # overlapping periods of one length (``grouping._shifted``)
    ("a fiscal year and a calendar year", [
        ("a", "2034-06-10", "Orwell council spent \u00a312m on repairs in the fiscal year to March, it said."),
        ("b", "2034-06-10", "Orwell council spent \u00a314m on repairs in 2033, it said."),
    ], []),
]


@pytest.mark.parametrize(("name", "articles", "gold"), STORIES, ids=[s[0] for s in STORIES])
def test_measures(nlp, name, articles, gold):
    assert _measures(nlp, articles) == _gold(gold)
