"""A figure's time in sport, business and school news (issue 12: "dates estimated years off"), a seventh check: on
sentences written for these tests, each at a publication date, the time phrase a figure takes and the period it
resolves to. The shapes: seasons of play ("this season", "last season", "this campaign", "the 2035-36 season"),
fixtures ("on Saturday", "next weekend", "the second leg a week later"), quarters and halves ("in Q3", "last quarter",
"the quarter to September", "the first nine months of the year"), fiscal and running years ("fiscal 2037", "the year to
March", "the fiscal year ended June 30"), terms and academic years ("this term", "the autumn term", "this academic
year"), relative weeks and months ("earlier this month", "late last week", "the past fortnight", "in the month to
September", "year to date"), and recurring times, which name no single span ("every Tuesday", "each August", "on
Saturdays").

Counts on these 87 rows: before this set 58 right; after it 86, the one left the strict xfail below (a bare "in
the first half", which test_dates_66 leaves to a match). Fixed: a fortnight as a stretch of time ("over the past
fortnight", "in the last fortnight", "A fortnight ago", ``timex``; "in the fortnight to Sunday", ``weeks``; "a
fortnight earlier" after a day, ``periods`` and ``anchored``); "next weekend" and "next weekend's" (the weekend of
next week) and a bare "year to date", "year-to-date" (``timex``); "last quarter", "in the last quarter" with no year
after it (the latest quarter over; it was the fourth quarter still running), "this quarter", "this quarter's", "next
quarter" (``periods``); "in the month to September" (``running``); "this campaign", "this term", "last term", "next
term", "this academic year", "over the past three seasons", kept with no dates, and "in the 2035-36 season", "during
the 2034-35 season", its two calendar years (``played_seasons``); "the following weekend", "that weekend", "the
previous weekend" and "a fortnight later" counted from a fixture's day (``story_steps``); a time after "every" or
"each" is none ("held each August" had been last August: ``timex``).
"""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.timex import find_times, resolve

from .test_dates_66 import time_row_tests

#: the papers' days (weekday in the comment)
MAR12 = "2036-03-12"  # Wednesday (2036 is a leap year)
MAY18 = "2036-05-18"  # Sunday
OCT29 = "2036-10-29"  # Wednesday
JAN14 = "2036-01-14"  # Monday
JUL8 = "2036-07-08"  # Tuesday
NOV26 = "2036-11-26"  # Wednesday

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # ---- seasons of play: kept as written with no dates (``played_seasons``); one named by its years spans them
    ("Corrick Athletic have scored 71 goals this season.", MAY18, "71", "this season", None, None),
    ("Aldwen Rangers conceded 48 goals last season.", MAY18, "48", "last season", None, None),
    ("Corrick Athletic have won 19 of their 30 matches so far this season.", MAR12, "19", "so far this season",
     None, None),
    ("Aldwen Rangers will raise ticket prices by 6% next season.", JUL8, "6%", "next season", None, None),
    ("The Fennow striker Tomas Vell has scored 23 goals this campaign.", MAR12, "23", "this campaign", None, None),
    ("Fennow Town drew an average crowd of 12,400 in the 2035-36 season.", MAY18, "12,400", "in the 2035-36 season",
     "2035-01-01", "2036-12-31"),
    ("Aldwen Rangers lost £9m during the 2034-35 season, the club's accounts show.", MAR12, "£9m",
     "during the 2034-35 season", "2034-01-01", "2035-12-31"),
    ("Over the past three seasons, Corrick Athletic have lost £21m.", MAY18, "£21m", "Over the past three seasons",
     None, None),
    # ---- fixtures: a weekday back for what was played, ahead for what is still to come
    ("Corrick Athletic beat Fennow Town in front of 24,000 fans on Saturday.", MAY18, "24,000", "on Saturday",
     "2036-05-17", "2036-05-17"),
    ("Some 3,000 Aldwen fans will travel to the second leg on Wednesday.", MAY18, "Some 3,000", "on Wednesday",
     "2036-05-21", "2036-05-21"),
    ("The final will be played at Corrick Park on Saturday in front of 60,000 fans.", MAY18, "60,000",
     "on Saturday", "2036-05-24", "2036-05-24"),
    ("Some 52,000 fans watched last weekend's final in Corrick.", MAY18, "Some 52,000", "last weekend's",
     "2036-05-10", "2036-05-11"),
    ("The Corrick food bank expects 500 families next weekend.", MAY18, "500", "next weekend", "2036-05-24",
     "2036-05-25"),
    ("About 40,000 fans are expected at next weekend's final in Aldwen.", MAY18, "About 40,000", "next weekend's",
     "2036-05-24", "2036-05-25"),
    ("Fennow Town have kept 11 clean sheets since January.", MAR12, "11", "since January", "2036-01-01",
     "2036-03-12"),
    ("In the first quarter, Corrick Athletic's owners lost £6m.", MAY18, "£6m", "In the first quarter",
     "2036-01-01", "2036-03-31"),
    ("Some 5,000 runners will take part in the Corrick half marathon this weekend.", MAR12, "Some 5,000",
     "this weekend", "2036-03-15", "2036-03-16"),
    ("Some 1,200 people attended the Fennow fair last weekend.", MAR12, "Some 1,200", "last weekend", "2036-03-08",
     "2036-03-09"),
    # ---- steps from a fixture's day (``story_steps``, ``anchored``)
    ("Corrick Athletic played at home on Saturday, March 1, and the following weekend 18,000 fans watched them at "
     "Aldwen.", MAR12, "18,000", "the following weekend", "2036-03-08", "2036-03-09"),
    ("The Corrick derby was played on March 1, and the return match a fortnight later drew 22,000 fans.", MAR12,
     "22,000", "a fortnight later", "2036-03-15", "2036-03-15"),
    ("The first leg on Tuesday, March 4, drew 20,000 fans, and the second leg a week later drew 26,000.", MAR12,
     "26,000", "a week later", "2036-03-11", "2036-03-11"),
    ("Corrick Park drew 21,000 fans on Saturday, up from 17,500 a fortnight earlier.", MAR12, "17,500",
     "a fortnight earlier", "2036-02-23", "2036-02-23"),
    ("The Fennow fair opened on Friday, May 9, and that weekend 9,000 people came through its gates.", MAY18,
     "9,000", "that weekend", "2036-05-10", "2036-05-11"),
    ("Corrick Athletic drew 18,000 fans on Saturday, March 8; the previous weekend 15,000 had watched them.", MAR12,
     "15,000", "the previous weekend", "2036-03-01", "2036-03-02"),
    ("Corrick led 60-52 going into the last quarter, and 8,000 fans stayed to the end.", MAR12, "8,000", None, None,
     None),
    # ---- quarters and halves
    ("Halberd Freight's revenue rose 8% in the third quarter.", OCT29, "8%", "in the third quarter", "2036-07-01",
     "2036-09-30"),
    ("Ostrel Bank made a profit of £410m in Q3.", OCT29, "£410m", "in Q3", "2036-07-01", "2036-09-30"),
    ("Ostrel Bank's fee income fell 4% in Q1 2036.", MAY18, "4%", "Q1 2036", "2036-01-01", "2036-03-31"),
    ("Halberd Freight's profit rose 12% in the second quarter of 2036.", OCT29, "12%",
     "in the second quarter of 2036", "2036-04-01", "2036-06-30"),
    ("Ostrel Bank lost $240m in the fourth quarter of last year.", MAR12, "$240m", "in the fourth quarter of last year",
     "2035-10-01", "2035-12-31"),
    ("Ostrel Bank lost 40,000 customers last quarter.", OCT29, "40,000", "last quarter", "2036-07-01", "2036-09-30"),
    ("Ostrel Bank lost 25,000 customers in the last quarter.", OCT29, "25,000", "in the last quarter", "2036-07-01",
     "2036-09-30"),
    ("Halberd Freight expects to hire 300 drivers next quarter.", OCT29, "300", "next quarter", "2037-01-01",
     "2037-03-31"),
    ("Halberd Freight's revenue will rise 6% this quarter.", OCT29, "6%", "this quarter", "2036-10-01", "2036-12-31"),
    ("Halberd Freight expects this quarter's sales to rise 4%.", OCT29, "4%", "this quarter's", "2036-10-01",
     "2036-12-31"),
    ("Halberd Freight shipped 1.2 million containers in the quarter to September.", OCT29, "1.2 million",
     "in the quarter to September", "2036-07-01", "2036-09-30"),
    ("Halberd Freight earned $1.9bn in the first nine months of the year.", OCT29, "$1.9bn",
     "in the first nine months of the year", "2036-01-01", "2036-09-30"),
    ("Quillan Foods' sales fell 2% in the first half.", JUL8, "2%", "in the first half", "2036-01-01", "2036-06-30"),
    ("Quillan Foods will open 25 shops in the second half of the year.", JUL8, "25", "in the second half of the year",
     "2036-07-01", "2036-12-31"),
    ("Quillan Foods sold 40 million tins in the six months to June.", JUL8, "40 million", "in the six months to June",
     "2036-01-01", "2036-06-30"),
    ("Quillan Foods' profits fell 9% in the three months to the end of June.", JUL8, "9%",
     "in the three months to the end of June", "2036-04-01", "2036-06-30"),
    # ---- fiscal and running years
    ("Ostrel Bank expects a profit of $900m in fiscal 2037.", OCT29, "$900m", "in fiscal 2037", "2036-01-01",
     "2037-12-31"),
    ("Quillan Foods made sales of £3.1bn in the year to March.", MAY18, "£3.1bn", "in the year to March",
     "2035-04-01", "2036-03-31"),
    ("Ostrel Bank earned $620m in the fiscal year ended June 30.", OCT29, "$620m",
     "in the fiscal year ended June 30", "2035-07-01", "2036-06-30"),
    ("Rents in Corrick rose 2.1% in the month to September.", OCT29, "2.1%", "in the month to September",
     "2036-09-01", "2036-09-30"),
    ("Ostrel Bank's shares have risen 14% year to date.", NOV26, "14%", "year to date", "2036-01-01", "2036-11-26"),
    ("Ostrel Bank's year-to-date profit was £1.2bn.", NOV26, "£1.2bn", "year-to-date", "2036-01-01", "2036-11-26"),
    ("Ostrel Bank's shares have risen 11% so far this year.", NOV26, "11%", "so far this year", "2036-01-01",
     "2036-11-26"),
    ("Aldwen house prices have risen 1.2% so far this month.", NOV26, "1.2%", "so far this month", "2036-11-01",
     "2036-11-26"),
    ("Aldwen's unemployment rate rose to 5.2% earlier this year.", JUL8, "5.2%", "earlier this year", "2036-01-01",
     "2036-07-08"),
    # ---- terms and academic years: a term, and a school's year named from the paper's, has no calendar of its own
    # (kept as written, as a season of play); one by its years keeps the two calendar years (``fiscal``), a term
    # named by its season that season (``seasons``, lexicon ``figures/season_spans``)
    ("Fennow Academy has excluded 14 pupils this term.", NOV26, "14", "this term", None, None),
    ("The University of Aldwen cut 120 jobs last term.", JAN14, "120", "last term", None, None),
    ("Fennow schools expect 300 more pupils next term.", JAN14, "300", "next term", None, None),
    ("Some 340 students joined the University of Aldwen in the autumn term.", NOV26, "Some 340",
     "in the autumn term", "2036-09-01", "2036-11-30"),
    ("The University of Aldwen took in 4,100 students in the 2036-37 academic year.", NOV26, "4,100",
     "in the 2036-37 academic year", "2036-01-01", "2037-12-31"),
    ("Some 1,900 pupils have applied to Fennow Academy this academic year.", NOV26, "Some 1,900",
     "this academic year", None, None),
    # ---- weeks and months counted from the paper's day
    ("Earlier this month, 220 workers lost their jobs at Halberd Freight.", MAR12, "220", "Earlier this month",
     "2036-03-01", "2036-03-12"),
    ("Late last week, about 400 homes in Corrick lost power.", MAR12, "about 400", "last week", "2036-03-03",
     "2036-03-09"),
    ("Late last month, 60 jobs went at the Quillan Foods plant.", MAR12, "60", "last month", "2036-02-01",
     "2036-02-29"),
    ("Aldwen council received 90 complaints last month.", MAR12, "90", "last month", "2036-02-01", "2036-02-29"),
    ("Aldwen hospital treated 640 flu patients over the past fortnight.", MAR12, "640", "over the past fortnight",
     "2036-02-27", "2036-03-12"),
    ("About 70 flights were cancelled at Corrick airport in the last fortnight.", NOV26, "About 70",
     "in the last fortnight", "2036-11-12", "2036-11-26"),
    ("The Fennow clinic saw 420 patients in the fortnight to Sunday.", MAY18, "420", "in the fortnight to Sunday",
     "2036-05-05", "2036-05-18"),
    ("Ostrel Bank closed 31 branches over the past 12 months.", MAR12, "31", "over the past 12 months", "2035-03-12",
     "2036-03-12"),
    ("The Corrick food bank gave out 2,800 parcels in the past week.", MAR12, "2,800", "in the past week",
     "2036-03-05", "2036-03-12"),
    ("Some 900 homes in Fennow were sold in the past month.", OCT29, "Some 900", "in the past month", "2036-09-29",
     "2036-10-29"),
    ("Over the past six weeks, 45 ships were delayed at Corrick port.", MAR12, "45", "Over the past six weeks",
     "2036-01-30", "2036-03-12"),
    ("Two weeks ago, 300 people marched through Fennow.", MAR12, "300", "Two weeks ago", "2036-02-27", "2036-02-27"),
    ("A fortnight ago, 250 people marched through Aldwen.", MAR12, "250", "A fortnight ago", "2036-02-27",
     "2036-02-27"),
    ("In the first week of March, 1,100 people visited the Fennow clinic.", MAR12, "1,100",
     "In the first week of March", "2036-03-01", "2036-03-07"),
    ("Petrol prices in Aldwen rose 3% in the week to Friday.", MAR12, "3%", "in the week to Friday", "2036-03-01",
     "2036-03-07"),
    ("Earlier this week, 150 nurses walked out at Aldwen hospital.", MAY18, "150", "Earlier this week", "2036-05-12",
     "2036-05-18"),
    ("Ostrel Bank's shares fell 7% this week.", JAN14, "7%", "this week", "2036-01-14", "2036-01-20"),
    ("Some 3,400 people have signed the petition in the past 48 hours.", JAN14, "Some 3,400", "in the past 48 hours",
     "2036-01-12", "2036-01-14"),
    ("Aldwen council will cut 40 posts later this month.", MAR12, "40", "later this month", "2036-03-13",
     "2036-03-31"),
    ("So far this year, 19 people have died on Corrick's roads.", NOV26, "19", "So far this year", "2036-01-01",
     "2036-11-26"),
    ("Rents in Fennow rose 0.4% last week.", JAN14, "0.4%", "last week", "2036-01-07", "2036-01-13"),
    # ---- recurring times name no single span: no time
    ("The Corrick food bank feeds 300 families every Tuesday.", MAR12, "300", None, None, None),
    ("Every Saturday, about 2,500 people visit the Aldwen market.", MAR12, "about 2,500", None, None, None),
    ("On Saturdays, the Fennow market draws 4,000 shoppers.", MAR12, "4,000", None, None, None),
    ("Some 80 volunteers clean Corrick beach each weekend.", MAR12, "Some 80", None, None, None),
    ("The Corrick fair is held each August and draws 50,000 visitors.", MAR12, "50,000", None, None, None),
    ("Every year, some 30,000 people visit the Fennow fair.", MAR12, "some 30,000", None, None, None),
    ("Every spring, 600 volunteers count the birds on the Aldwen marsh.", MAR12, "600", None, None, None),
    ("Ostrel Bank pays out £2m in fees every month.", MAR12, "£2m", None, None, None),
    ("The Fennow council collects 3,000 bins every other Monday.", MAR12, "3,000", None, None, None),
    ("Every winter, the Aldwen shelter takes in 60 people a night.", NOV26, "60", None, None, None),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {
    ("Quillan Foods' sales fell 2% in the first half.", "2%"):
        "a half needs its year, as test_dates_66 has it: 'in the first half' is as often a match's, and a match's "
        "figures are shares and counts too ('had 62% of possession in the first half'), so no figure's kind tells them",
}


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)


@pytest.mark.parametrize(("text", "found"), [
    ("The Corrick fair draws 50,000 visitors each August.", []),
    ("The ferry sails every Tuesday and every other Friday.", []),
    ("The fair drew 50,000 visitors in August.", ["in August"]),
    ("Corrick trailed going into the last quarter.", []),  # a match's quarter, no calendar's
    ("Revenue rose 3% last quarter and will rise 2% next quarter.", ["last quarter", "next quarter"]),
    ("Fees rose 4% in the last quarter of 2035.", ["in the last quarter of 2035"]),
    ("Aldwen Rangers sold 9,000 season tickets for the 2036-37 season.", []),  # no time of the sale
    ("The court will hear 60 cases this term.", ["this term"]),
])
def test_what_is_read(text, found):
    assert [t.text for t in find_times(text)] == found


@pytest.mark.parametrize(("written", "published", "want"), [
    ("in the last quarter", "2036-01-14", ("2035-10-01", "2035-12-31")),  # over a year's edge
    ("this quarter", "2036-03-31", ("2036-01-01", "2036-03-31")),
    ("next weekend", "2036-03-12", ("2036-03-22", "2036-03-23")),  # the weekend of next week, as "next week" is
    ("the past fortnight", "2036-03-12", ("2036-02-27", "2036-03-12")),
    ("in the fortnight ending March 8", "2036-03-12", ("2036-02-24", "2036-03-08")),
    ("throughout the 2035-36 campaign", "2036-05-18", ("2035-01-01", "2036-12-31")),
    ("last school year", "2036-05-18", (None, None)),
])
def test_how_it_resolves(written, published, want):
    assert resolve(written, published) == want
