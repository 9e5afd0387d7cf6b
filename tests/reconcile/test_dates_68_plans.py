"""A figure's time in plans, schedules and deadlines (issue 12: "dates estimated years off"), fifth
check: on sentences written for these tests, each at a publication date, the time phrase a figure
takes and the period it resolves to. The shapes: targets and deadlines ("by 2040", "by the end of
next year", "within five years", "before the summer", "until June"), forecasts and schedules ("in
the coming weeks", "next spring", "later this year", "early next year", "in H1 2033", "Q3 2033", a
bare quarter or month still to come), terms ("the 2032-33 school year", "this parliament"), ranges
("from 2034 to 2038", "between now and 2035", "in 2033-35"), openings and phases ("will open in
2036", "the first phase, due in 2034"), steps ahead ("a year from now", "in two years' time", "the
year after next") and the year's turn (late December papers saying "next year", early January ones
saying "last year").

Counts on these 104 rows: before this set 58 right; after it all 104. Fixed: times counted forward
from the paper's day, "a year from now", "in two years' time", "the year after next", "between now
and 2035", "in the months ahead", "later this year", "later this summer", "from next year", "from
next April", "early next year", "late last year", "this year and next", "this decade", "next
decade", "in the new year", "in the five years to 2037" (``figures.forward``, beside ``periods`` in
``timex``); "within five years" on a verb still to come, five years after the paper's day
(``deadlines``); "before 2035" and "before the summer" up to the day before they start
(``frames``, ``timex``); "by the spring", "before the summer", "by the end of the summer" as
deadlines, and "this summer" in May the summer ahead, "this winter" in September the winter ahead
(``seasons``); "by the end of the month" (``periods``); "H1 2033" (``periods``); a quarter or a
span of months without its year on a verb still to come, the next one ("will deliver 700 buses in
the fourth quarter" in September; one that ended less than two months before the paper stays, its
results still to be told), also when the parser hung it on a noun of the verb's clause ("closed to
40 ships between January and March"; ``coming``); a verb of planning in the present is still to
come ("plans 70 shelters by the spring", "expects a profit of £30m in Q1": ``figures/plan_verbs``);
"the 2032-33 school year" and "the 2033-34 academic year", the two calendar years (``fiscal``);
holidays of a fixed day, "on New Year's Day", "before Christmas" (``figures.holidays``,
``calendar.json``); "Last year's" written with its possessive as "Saturday's" is. Mended on the
way: test_figures_68_justice's "over Christmas". The row "due in 2034" was first written with its
verb; the time as written is the phrase of time, "in 2034", as everywhere else.
"""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.timex import find_times, resolve

from .test_dates_66 import figure_time, time_row_tests

#: the papers' days (weekday in the comment)
MAY = "2032-05-19"  # Wednesday
SEP = "2032-09-08"  # Wednesday
DEC = "2032-12-29"  # Wednesday
JAN = "2033-01-04"  # Tuesday
FEB = "2033-02-15"  # Tuesday

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # ---- targets and deadlines: up to their end, no start
    ("The Varrow council wants 5,000 new homes built by 2040.", SEP, "5,000", "by 2040", None, "2040-12-31"),
    ("By 2036 the Ostvik scheme is meant to cover 80% of homes.", SEP, "80%", "By 2036", None, "2036-12-31"),
    ("Kessock Water plans to replace 300 miles of pipe by the end of next year.", SEP, "300",
     "by the end of next year", None, "2033-12-31"),
    ("The ministry has pledged to hire 2,000 teachers by the end of the year.", SEP, "2,000",
     "by the end of the year", None, "2032-12-31"),
    ("Dunmere Homes plans to finish 600 flats by the end of 2034.", SEP, "600", "by the end of 2034", None,
     "2034-12-31"),
    ("The Varrow council must find £14m in savings by April.", DEC, "£14m", "by April", None, "2033-04-30"),
    ("The regulator wants Penhallow Foods to cut the salt in its pies by 10% by June.", FEB, "10%", "by June",
     None, "2033-06-30"),
    ("Penhallow Foods will open 40 stores within five years.", SEP, "40", "within five years", None, "2037-09-08"),
    ("The Ostvik port expects to handle 2 million containers a year within a decade.", SEP, "2 million",
     "within a decade", None, "2042-09-08"),
    ("The Kessock health board hopes to cut waiting lists by 20% before the summer.", FEB, "20%",
     "before the summer", None, "2033-05-31"),
    ("Before 2035, the region will need 5,000 more carers.", SEP, "5,000", "Before 2035", None, "2034-12-31"),
    ("Penhallow Foods will close 30 shops before the end of the year.", SEP, "30", "before the end of the year", None,
     "2032-12-31"),
    ("The licensing board will review 700 licences by the end of the month.", SEP, "700",
     "by the end of the month", None, "2032-09-30"),
    ("The Varrow council will close nine libraries by the end of the summer.", MAY, "nine",
     "by the end of the summer", None, "2032-08-31"),
    ("The Ostvik council plans 70 new bus shelters by the spring.", DEC, "70", "by the spring", None, "2033-05-31"),
    ("Some 500 jobs at the Castrel plant will go by the summer.", JAN, "Some 500", "by the summer", None,
     "2033-08-31"),
    ("The ministry aims to vaccinate 90% of children by the autumn.", MAY, "90%", "by the autumn", None,
     "2032-11-30"),
    ("The operator will freeze fares for 300,000 commuters until 2035.", SEP, "300,000", "until 2035", None,
     "2035-12-31"),
    ("Castrel Motors will build 300 buses a year until the end of the decade.", SEP, "300",
     "until the end of the decade", None, "2039-12-31"),
    ("The government wants 40% of cars in Varrow to be electric by the end of the decade.", JAN, "40%",
     "by the end of the decade", None, "2039-12-31"),
    # (a mid-year is the whole year, as "in mid-2030" is: test_dates_66)
    ("Castrel Motors plans to build 5,000 electric vans by mid-2034.", MAY, "5,000", "by mid-2034", None,
     "2034-12-31"),
    ("The council will vote on Thursday on a plan to build 400 homes by 2036.", SEP, "400", "by 2036", None,
     "2036-12-31"),
    # ---- stretches ahead: from the day after the paper ("the coming weeks": three of them, as "the coming months")
    ("The railway will spend £6bn over the next decade.", SEP, "£6bn", "over the next decade", "2032-09-09",
     "2042-09-08"),
    ("Castrel Motors will cut 450 jobs in the coming weeks.", SEP, "450", "in the coming weeks", "2032-09-09",
     "2032-09-29"),
    ("The Varrow council expects 3,000 applications in the coming months.", SEP, "3,000", "in the coming months",
     "2032-09-09", "2032-12-08"),
    ("The firm will hire 60 engineers in the coming year.", MAY, "60", "in the coming year", "2032-05-20",
     "2033-05-19"),
    ("Penhallow Foods expects to sell 2 million meals over the next 18 months.", MAY, "2 million",
     "over the next 18 months", "2032-05-20", "2033-11-19"),
    ("The charity will train 600 volunteers over the next two years.", MAY, "600", "over the next two years",
     "2032-05-20", "2034-05-19"),
    ("Some 3,000 homes in Kessock will be connected in the next few weeks.", MAY, "Some 3,000", "in the next few weeks",
     "2032-05-20", "2032-06-09"),
    ("The Ostvik port will take on 150 staff in the months ahead.", MAY, "150", "in the months ahead",
     "2032-05-20", "2032-08-19"),
    ("Road crews will fill 2,000 potholes in the weeks ahead.", MAY, "2,000", "in the weeks ahead", "2032-05-20",
     "2032-06-09"),
    ("The Kessock clinic will take on 40 nurses in the year ahead.", SEP, "40", "in the year ahead", "2032-09-09",
     "2033-09-08"),
    # ---- later this year, this season, next season
    ("Kessock Water will raise bills by 6% later this year.", MAY, "6%", "later this year", "2032-05-20",
     "2032-12-31"),
    ("The Ostvik mill will lay off 90 workers later this month.", SEP, "90", "later this month", "2032-09-09",
     "2032-09-30"),
    ("The Varrow council expects 4,000 visitors at the fair later this summer.", MAY, "4,000", "later this summer",
     "2032-06-01", "2032-08-31"),
    ("Penhallow Foods will add 200 jobs next spring.", SEP, "200", "next spring", "2033-03-01", "2033-05-31"),
    ("Penhallow Foods will add 250 jobs next spring.", JAN, "250", "next spring", "2033-03-01", "2033-05-31"),
    ("The ferry company will add 14 sailings next summer.", DEC, "14", "next summer", "2033-06-01", "2033-08-31"),
    ("Building work on 1,400 homes in Varrow will begin next autumn.", JAN, "1,400", "next autumn", "2033-09-01",
     "2033-11-30"),
    ("The Varrow festival will sell 20,000 tickets this summer.", MAY, "20,000", "this summer", "2032-06-01",
     "2032-08-31"),
    ("The Ostvik ferry will carry 30,000 extra passengers this winter.", SEP, "30,000", "this winter", "2032-12-01",
     "2033-02-28"),
    # ---- next year, early next year, the year after next, this decade and the next
    ("The Varrow council plans to sell 25 buildings early next year.", SEP, "25", "early next year", "2033-01-01",
     "2033-12-31"),
    ("Penhallow Foods will build 250 homes for its staff the year after next.", SEP, "250", "the year after next",
     "2034-01-01", "2034-12-31"),
    ("Castrel Motors will launch six new models the year after next.", DEC, "six", "the year after next",
     "2034-01-01", "2034-12-31"),
    ("The ferry will carry 120 cars on each crossing from next year.", SEP, "120", "from next year", "2033-01-01",
     None),
    ("Kessock Water will raise bills by 5% from next April.", SEP, "5%", "from next April", "2033-04-01", None),
    ("Rents on 800 council flats in Varrow will rise from April.", SEP, "800", "from April", "2033-04-01", None),
    ("Dunmere Homes will build 40 new estates this decade.", SEP, "40", "this decade", "2030-01-01", "2039-12-31"),
    ("The Ostvik mine will produce 2 million tonnes of ore next decade.", SEP, "2 million", "next decade",
     "2040-01-01", "2049-12-31"),
    ("About 1,000 trees will be planted in Varrow this year and next.", MAY, "About 1,000", "this year and next",
     "2032-01-01", "2033-12-31"),
    # ---- halves and quarters of the year, and a bare one still to come
    ("The Ostvik airport expects 8 million passengers in the second half of 2033.", SEP, "8 million",
     "in the second half of 2033", "2033-07-01", "2033-12-31"),
    ("Castrel Motors expects its sales to rise 5% in H1 2033.", SEP, "5%", "H1 2033", "2033-01-01", "2033-06-30"),
    ("Castrel Motors will deliver 1,200 buses in Q3 2033.", SEP, "1,200", "Q3 2033", "2033-07-01", "2033-09-30"),
    ("Castrel Motors will deliver 700 buses in the fourth quarter.", SEP, "700", "in the fourth quarter",
     "2032-10-01", "2032-12-31"),
    ("Penhallow Foods expects a profit of £30m in Q1.", DEC, "£30m", "in Q1", "2033-01-01", "2033-03-31"),
    ("The Castrel plant will shed 200 jobs in the first quarter.", DEC, "200", "in the first quarter", "2033-01-01",
     "2033-03-31"),
    ("The Castrel plant shed 150 jobs in the fourth quarter.", JAN, "150", "in the fourth quarter", "2032-10-01",
     "2032-12-31"),
    ("The Kessock stadium will reopen in August with 32,000 seats.", MAY, "32,000", "in August", "2032-08-01",
     "2032-08-31"),
    ("The Varrow museum will reopen in January with 14 new galleries.", DEC, "14", "in January", "2033-01-01",
     "2033-01-31"),
    ("The Varrow council hopes to sell 30 plots in January.", DEC, "30", "in January", "2033-01-01", "2033-01-31"),
    ("The council will publish 12 reports next January.", DEC, "12", "next January", "2033-01-01", "2033-01-31"),
    ("The Kessock harbour will be closed to 40 ships between January and March.", DEC, "40",
     "between January and March", "2033-01-01", "2033-03-31"),
    ("The Varrow council will spend £75m on roads from April to September.", DEC, "£75m", "from April to September",
     "2033-04-01", "2033-09-30"),
    ("Bus fares in Ostvik will rise 3% in the new year.", DEC, "3%", "in the new year", "2033-01-01", "2033-12-31"),
    ("Some 200 stalls will open at the Kessock market on New Year's Day.", DEC, "Some 200", "on New Year's Day",
     "2033-01-01", "2033-01-01"),
    ("Crews aim to lay 12 miles of track before Christmas.", SEP, "12", "before Christmas", None, "2032-12-24"),
    # ---- terms: a school or academic year by its two years spans them, as a fiscal year with no country does
    ("Some 4,000 pupils will start at Varrow schools in the 2032-33 school year.", MAY, "Some 4,000",
     "in the 2032-33 school year", "2032-01-01", "2033-12-31"),
    ("The Ostvik university expects 9,000 applicants for the 2033-34 academic year.", SEP, "9,000",
     "for the 2033-34 academic year", "2033-01-01", "2034-12-31"),
    ("The government has promised 300,000 homes in this parliament.", SEP, "300,000", None, None, None),
    ("The next five-year plan sets aside $40bn for railways.", SEP, "$40bn", None, None, None),
    ("Kessock Rovers have sold 18,000 season tickets for the 2032-33 season.", SEP, "18,000", None, None, None),
    # ---- ranges of years
    ("The Kessock scheme will build 1,800 homes from 2034 to 2038.", SEP, "1,800", "from 2034 to 2038",
     "2034-01-01", "2038-12-31"),
    ("Penhallow Foods will invest £500m between now and 2035.", SEP, "£500m", "between now and 2035", "2032-09-08",
     "2035-12-31"),
    ("Between now and 2040, the region needs 12,000 more nurses.", SEP, "12,000", "Between now and 2040",
     "2032-09-08", "2040-12-31"),
    ("The Varrow board will spend $90m on new trams in 2034-2036.", SEP, "$90m", "in 2034-2036", "2034-01-01",
     "2036-12-31"),
    ("Ridership on the Ostvik trams is forecast to grow 15% in 2033-35.", SEP, "15%", "in 2033-35", "2033-01-01",
     "2035-12-31"),
    ("Kessock Water will spend £1.2bn in the five years to 2037.", SEP, "£1.2bn", "in the five years to 2037",
     "2033-01-01", "2037-12-31"),
    ("From 2034, the Castrel plant will make 80,000 batteries a year.", SEP, "80,000", "From 2034", "2034-01-01",
     None),
    # ---- openings and phases: the time the figure's thing comes
    ("The Varrow bridge will open in 2036 and carry 40,000 cars a day.", SEP, "40,000", "in 2036", "2036-01-01",
     "2036-12-31"),
    # (the time as written is the phrase of time, not the verb it hangs on: "in 2034")
    ("The first phase, due in 2034, will add 600 homes.", SEP, "600", "in 2034", "2034-01-01", "2034-12-31"),
    ("The second phase will add 900 homes by 2038.", SEP, "900", "by 2038", None, "2038-12-31"),
    ("The Ostvik tram line is due to open in the spring of 2034 with 18 stops.", SEP, "18",
     "in the spring of 2034", "2034-03-01", "2034-05-31"),
    ("The tram line will carry 9,000 people a day when it opens in 2035.", SEP, "9,000", "in 2035", "2035-01-01",
     "2035-12-31"),
    # (a time of another clause is not the figure's: test_dates_66)
    ("The bypass, which will open in 2034, will cost £310m.", SEP, "£310m", None, None, None),
    ("The Castrel factory, which closes next month, employs 230 people.", SEP, "230", None, None, None),
    # ---- steps ahead of the paper's day
    ("A year from now, the Varrow line will carry 20,000 passengers a day.", SEP, "20,000", "A year from now",
     "2033-09-08", "2033-09-08"),
    ("Six months from now, the Kessock clinic will see 400 patients a week.", SEP, "400", "Six months from now",
     "2033-03-08", "2033-03-08"),
    ("Penhallow Foods expects to employ 1,500 people in two years' time.", SEP, "1,500", "in two years' time",
     "2034-09-08", "2034-09-08"),
    ("In three years' time, the Ostvik fund will hold $2bn.", SEP, "$2bn", "In three years' time", "2035-09-08",
     "2035-09-08"),
    # ---- the year's turn: late December and early January papers
    ("The Varrow council will cut 80 posts next year.", DEC, "80", "next year", "2033-01-01", "2033-12-31"),
    ("Kessock Water expects to fix 1,100 leaks next year.", JAN, "1,100", "next year", "2034-01-01", "2034-12-31"),
    ("The Ostvik food bank handed out 9,000 parcels last year.", JAN, "9,000", "last year", "2032-01-01",
     "2032-12-31"),
    ("Castrel Motors built 12,000 buses last year.", DEC, "12,000", "last year", "2031-01-01", "2031-12-31"),
    ("Penhallow Foods sold 40 million pies this year.", DEC, "40 million", "this year", "2032-01-01", "2032-12-31"),
    ("Penhallow Foods hopes to sell 45 million pies this year.", JAN, "45 million", "this year", "2033-01-01",
     "2033-12-31"),
    ("The Kessock harbour handled 400 cruise calls in December.", JAN, "400", "in December", "2032-12-01",
     "2032-12-31"),
    ("Kessock Water raised bills by 9% last January.", JAN, "9%", "last January", "2032-01-01", "2032-01-31"),
    ("The Varrow clinic saw 18,000 patients in 2032.", JAN, "18,000", "in 2032", "2032-01-01", "2032-12-31"),
    ("The Varrow clinic expects 20,000 patients in 2033, up from 18,000 this year.", DEC, "20,000", "in 2033",
     "2033-01-01", "2033-12-31"),
    ("The Varrow clinic expects 20,000 patients in 2033, up from 18,000 this year.", DEC, "18,000", "this year",
     "2032-01-01", "2032-12-31"),
    ("Early last year, 200 shops in Ostvik closed.", JAN, "200", "Early last year", "2032-01-01", "2032-12-31"),
    ("Late last year, the Varrow council sold 40 plots.", JAN, "40", "Late last year", "2032-01-01", "2032-12-31"),
    ("By the end of the year, 6,000 homes in Kessock will have fibre.", DEC, "6,000", "By the end of the year", None,
     "2032-12-31"),
    ("Last year's harvest of 3 million tonnes was a record for Varrow.", JAN, "3 million", "Last year's",
     "2032-01-01", "2032-12-31"),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {
}


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)


# (time as written, published, start, end): the time finder and resolver alone
AHEAD = [
    ("a year from now", SEP, "2033-09-08", "2033-09-08"),
    ("two weeks from today", SEP, "2032-09-22", "2032-09-22"),
    ("within a year\u2019s time", SEP, "2033-09-08", "2033-09-08"),
    ("the year after next", DEC, "2034-01-01", "2034-12-31"),
    ("between now and the end of March 2034", SEP, "2032-09-08", "2034-03-31"),
    ("from now until 2036", SEP, "2032-09-08", "2036-12-31"),
    ("later this week", SEP, "2032-09-09", "2032-09-12"),
    ("later this winter", JAN, "2033-01-05", "2033-02-28"),
    ("from next week", SEP, "2032-09-13", None),
    ("from next month", DEC, "2033-01-01", None),
    ("late next year", SEP, "2033-01-01", "2033-12-31"),
    ("this year and the next", SEP, "2032-01-01", "2033-12-31"),
    ("in the new year", MAY, "2032-01-01", "2032-12-31"),  # a spring paper: the year it is in
    ("in the days ahead", SEP, "2032-09-09", "2032-09-11"),
    ("over the ten years to 2040", SEP, "2031-01-01", "2040-12-31"),
    ("H2 2031", SEP, "2031-07-01", "2031-12-31"),
    # "before" runs to the day before what it names; "before the end of" to that end
    ("before March", SEP, None, "2032-02-29"),
    ("before the end of the year", SEP, None, "2032-12-31"),
    ("by the end of the month", DEC, None, "2032-12-31"),
    # "this winter": the one the paper is in, else the nearer of the one just over and the one to come
    ("this winter", "2033-03-09", "2032-12-01", "2033-02-28"),
    ("this winter", JAN, "2032-12-01", "2033-02-28"),
    ("this summer", "2032-10-05", "2032-06-01", "2032-08-31"),
    ("by the end of the summer", "2032-10-05", None, "2032-08-31"),
    # holidays of a fixed day: the latest on or before the paper's day
    ("on Boxing Day", JAN, "2032-12-26", "2032-12-26"),
    ("by Christmas", SEP, None, "2031-12-25"),
    ("on Christmas Eve, 2030", SEP, "2030-12-24", "2030-12-24"),
]


@pytest.mark.parametrize(("written", "published", "start", "end"), AHEAD)
def test_a_time_ahead(written, published, start, end):
    assert [t.text for t in find_times(written)] == [written]
    assert resolve(written, published) == (start, end)


@pytest.mark.parametrize(("sentence", "published", "span", "want"), [
    # a span of years after a verb of the past counts from a day the story tells of: no date (test_dates_66)
    ("Within five years, the Ostvik scheme had housed 300 families.", SEP, "300", ("Within five years", None, None)),
    # a verb of planning in the past may tell of a plan carried out: the deadline is not moved
    ("By June, Castrel Motors had built 80 buses.", SEP, "80", ("By June", None, "2032-06-30")),
    # a yearless quarter of a verb done is the latest begun
    ("Castrel Motors delivered 700 buses in the first quarter.", DEC, "700",
     ("in the first quarter", "2032-01-01", "2032-03-31")),
    # ... and one just over on a verb still to come is the one just over, whose results are still to be told
    ("Penhallow Foods will report a profit of £30m for the second quarter on Thursday.", "2032-07-12", "£30m",
     ("for the second quarter", "2032-04-01", "2032-06-30")),
    # a time in another verb's clause is not moved ('fewer than forecast in July': test_dates_66)
    ("Penhallow Foods will sell 300 pies, fewer than it sold between January and March.", DEC, "300", None),
])
def test_what_is_not_moved_ahead(nlp, sentence, published, span, want):
    assert figure_time(nlp, sentence, published, span) == want
