"""A figure's time, second check (issue 12: "dates estimated years off"): on sentences written for
these tests, each at a publication date, the time phrase a figure takes and the period it resolves
to. The hard shapes: a year's edge ("in December" in a January paper), weekdays in a paper of that
very day, last/this/next periods, fiscal years, quarters, seasons and halves, decades, steps back,
targets, weekdays with their dates, numeric dates, durations and ages that are no dates, and a time
that belongs to another clause."""

from __future__ import annotations

import pytest

#: the papers' days (weekday in the comment)
JAN3 = "2031-01-03"  # Friday
DEC28 = "2030-12-28"  # Saturday
JAN5 = "2031-01-05"  # Sunday
JAN6 = "2031-01-06"  # Monday
JUN11 = "2031-06-11"  # Wednesday
OCT2 = "2031-10-02"  # Thursday
MAR9 = "2031-03-09"  # Sunday
JUL20 = "2031-07-20"  # Sunday

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # ---- a year's edge: a month after the paper's month is last year's, a coming one next year's
    ("The Quenby food bank handed out 1,300 parcels in December.", JAN3, "1,300", "in December",
     "2030-12-01", "2030-12-31"),
    ("Orchard sales reached 4,000 crates in November, the growers' cooperative said.", JAN3, "4,000", "in November",
     "2030-11-01", "2030-11-30"),
    ("Some 70 shops in Quenby closed in January.", JAN3, "Some 70", "in January", "2031-01-01", "2031-01-31"),
    ("In late December, 500 sheep died in the cold on the Brannock hills.", JAN3, "500", "In late December",
     "2030-12-01", "2030-12-31"),
    ("Pellow Dairies will cut 90 jobs next month.", DEC28, "90", "next month", "2031-01-01", "2031-01-31"),
    ("The harbour expects 60 cruise calls next year.", DEC28, "60", "next year", "2031-01-01", "2031-12-31"),
    ("Fares on the Brannock line rose 4% in January.", DEC28, "4%", "in January", "2030-01-01", "2030-01-31"),
    ("A gale on December 31 brought down 200 trees in Quenby.", JAN3, "200", "on December 31", "2030-12-31",
     "2030-12-31"),
    ("The Pellow clinic saw 190 patients on January 2.", JAN3, "190", "on January 2", "2031-01-02", "2031-01-02"),
    ("The Pellow clinic saw 230 patients on December 30.", JAN3, "230", "on December 30", "2030-12-30",
     "2030-12-30"),
    ("The Pellow clinic saw 210 patients on 3 January.", JAN3, "210", "on 3 January", "2031-01-03", "2031-01-03"),
    ("The night shelter took in 48 dogs last month.", JAN3, "48", "last month", "2030-12-01", "2030-12-31"),
    ("The night shelter took in 12 dogs this month.", JAN3, "12", "this month", "2031-01-01", "2031-01-31"),
    ("The night shelter rehomed 250 dogs from October to December.", JAN3, "250", "from October to December",
     "2030-10-01", "2030-12-31"),
    ("The night shelter rehomed 260 dogs between November and February.", MAR9, "260", "between November and February",
     "2030-11-01", "2031-02-28"),
    ("Some 75 flights out of Quenby were cancelled last night.", JAN3, "Some 75", "last night", "2031-01-02",
     "2031-01-02"),
    ("The night shelter expects 60 dogs next week.", DEC28, "60", "next week", "2030-12-30", "2031-01-05"),
    # ---- weekdays: the day in a paper of that day, else the last one before; a coming one after
    ("Burst pipes flooded 45 homes in Quenby on Monday.", JAN5, "45", "on Monday", "2030-12-30", "2030-12-30"),
    ("Snow closed 120 schools across Brannock on Monday.", JAN6, "120", "on Monday", "2031-01-06", "2031-01-06"),
    ("Snowploughs cleared 300 miles of road last Monday.", JAN6, "300", "last Monday", "2030-12-30", "2030-12-30"),
    ("About 1,500 homes were still without power on Sunday.", JAN6, "About 1,500", "on Sunday", "2031-01-05",
     "2031-01-05"),
    ("About 2,000 homes lost power yesterday.", JAN6, "About 2,000", "yesterday", "2031-01-05", "2031-01-05"),
    ("The shelter took in 35 dogs last week.", JAN6, "35", "last week", "2030-12-30", "2031-01-05"),
    ("Crews restored power to 900 homes last weekend.", JAN6, "900", "last weekend", "2031-01-04", "2031-01-05"),
    ("Crews restored power to 700 homes over the weekend.", JAN6, "700", "over the weekend", "2031-01-04",
     "2031-01-05"),
    ("Some 400 volunteers will clean the Quenby beach this weekend.", JUN11, "Some 400", "this weekend", "2031-06-14",
     "2031-06-15"),
    ("The Brannock council voted for 300 new homes on Thursday.", JUN11, "300", "on Thursday", "2031-06-05",
     "2031-06-05"),
    ("Some 40 delegates will arrive in Quenby on Monday.", JAN5, "Some 40", "on Monday", "2031-01-06", "2031-01-06"),
    ("The Brannock council will vote on 350 new homes on Thursday.", JUN11, "350", "on Thursday", "2031-06-12",
     "2031-06-12"),
    ("Saturday's match at Quenby Park drew 31,000 fans.", JUN11, "31,000", "Saturday's", "2031-06-07",
     "2031-06-07"),
    ("Tuesday's storm felled 300 trees in Brannock.", JUN11, "300", "Tuesday's", "2031-06-10", "2031-06-10"),
    ("Earlier this week, some 600 workers walked out at the Pellow plant.", JUN11, "some 600", "Earlier this week",
     "2031-06-09", "2031-06-11"),
    # ---- weekdays with their dates
    ("The regulator fined the Brannock lender €15m on Tuesday, May 6.", JUN11, "€15m", "on Tuesday, May 6",
     "2031-05-06", "2031-05-06"),
    ("The Brannock lender paid back €40m on Friday 14 February.", JUN11, "€40m", "on Friday 14 February",
     "2031-02-14", "2031-02-14"),
    ("On Sunday, March 9, about 5,000 runners took part in the Quenby marathon.", MAR9, "about 5,000",
     "On Sunday, March 9", "2031-03-09", "2031-03-09"),
    # ---- last, this and next year; the previous year
    ("Exports of barley from Brannock fell 6% last year.", JUN11, "6%", "last year", "2030-01-01", "2030-12-31"),
    ("The Pellow brewery sold 2 million pints last year.", JAN3, "2 million", "last year", "2030-01-01",
     "2030-12-31"),
    ("The Pellow brewery aims to sell 3 million pints this year.", JAN3, "3 million", "this year", "2031-01-01",
     "2031-12-31"),
    ("Visitor numbers at the Brannock museum rose 8% this year.", DEC28, "8%", "this year", "2030-01-01",
     "2030-12-31"),
    ("The Quenby council plans to build 450 homes next year.", JUN11, "450", "next year", "2032-01-01",
     "2032-12-31"),
    ("The Quenby library lent 58,000 books in 2029, up from 51,000 the previous year.", JUN11, "51,000",
     "the previous year", "2028-01-01", "2028-12-31"),
    ("Ostrander Glass hired 200 engineers in the past year.", JUN11, "200", "in the past year", "2030-06-11",
     "2031-06-11"),
    ("Some 90 people have drowned off the Brannock coast this year.", JUN11, "Some 90", "this year", "2031-01-01",
     "2031-12-31"),
    ("So far this year, 46 people have drowned off the Quenby coast.", JUN11, "46", "So far this year",
     "2031-01-01", "2031-06-11"),
    ("Sales of heat pumps in Brannock rose 30% in the year to date.", JUN11, "30%", "in the year to date",
     "2031-01-01", "2031-06-11"),
    # ---- fiscal and financial years: with no country the article tells, the two calendar years they fall
    # in (April in Britain and India, July in Australia, October for the American government: test_followups_67)
    ("The Quenby hospital trust spent £40m on agency staff in the 2029-30 financial year.", JUN11, "£40m",
     "in the 2029-30 financial year", "2029-01-01", "2030-12-31"),
    ("Ostrander Glass made a profit of $85m in fiscal 2030.", JUN11, "$85m", "in fiscal 2030", "2029-01-01",
     "2030-12-31"),
    ("Revenue at Ostrander Glass rose 11% to $1.4bn in FY2030.", JUN11, "$1.4bn", "in FY2030", "2029-01-01",
     "2030-12-31"),
    ("In 2029-30, the Brannock council collected £80m in parking fees.", JUN11, "£80m", "In 2029-30",
     "2029-01-01", "2030-12-31"),
    ("The harbour handled 9 million tonnes of cargo in the year to March.", JUN11, "9 million", "in the year to March",
     "2030-04-01", "2031-03-31"),
    ("The harbour handled 2.1 million tonnes in the three months to September.", JUN11, "2.1 million",
     "in the three months to September", "2030-07-01", "2030-09-30"),
    ("Pellow Dairies had net sales of $2bn in the year ended September 30, 2030.", JUN11, "$2bn",
     "in the year ended September 30, 2030", "2029-10-01", "2030-09-30"),
    # ---- quarters
    ("The airline carried 5.2 million passengers in the third quarter.", OCT2, "5.2 million", "in the third quarter",
     "2031-07-01", "2031-09-30"),
    ("The airline carried 4.8 million passengers in the fourth quarter.", JAN3, "4.8 million",
     "in the fourth quarter", "2030-10-01", "2030-12-31"),
    ("Shipments from Ostrander Glass rose 7% in Q4.", JAN3, "7%", "in Q4", "2030-10-01", "2030-12-31"),
    ("Shipments from Ostrander Glass rose 3% in Q2 2030.", JUN11, "3%", "Q2 2030", "2030-04-01", "2030-06-30"),
    ("Sales at Pellow Dairies grew 4% in the first quarter of this year.", JUN11, "4%",
     "in the first quarter of this year", "2031-01-01", "2031-03-31"),
    ("Sales at Pellow Dairies grew 2% in the final quarter of last year.", JUN11, "2%",
     "in the final quarter of last year", "2030-10-01", "2030-12-31"),
    # ---- seasons and halves
    ("Wildfires burned 3,000 hectares of the Brannock moor last summer.", JAN3, "3,000", "last summer",
     "2030-06-01", "2030-08-31"),
    ("Wildfires burned 1,200 hectares of the Quenby moor last summer.", JUL20, "1,200", "last summer",
     "2030-06-01", "2030-08-31"),
    ("Heating bills in Brannock rose 15% last winter.", MAR9, "15%", "last winter", "2030-12-01", "2031-02-28"),
    ("The Quenby orchards lost 800 trees in the spring.", JUL20, "800", "in the spring", "2031-03-01",
     "2031-05-31"),
    ("Output at the Pellow plant fell 2% in the first half.", JUL20, "2%", "in the first half", "2031-01-01",
     "2031-06-30"),
    ("Output at the Ostrander plant fell 5% in the first half of 2030.", JUN11, "5%", "in the first half of 2030",
     "2030-01-01", "2030-06-30"),
    ("Profits at Ostrander Glass doubled to $60m in the second half of last year.", JUN11, "$60m",
     "in the second half of last year", "2030-07-01", "2030-12-31"),
    # ---- decades
    ("The Brannock valley lost 40% of its farms in the 1990s.", JUN11, "40%", "in the 1990s", "1990-01-01",
     "1999-12-31"),
    ("Rail ridership in Quenby has grown by 60% over the past decade.", JUN11, "60%", "over the past decade",
     "2021-06-11", "2031-06-11"),
    ("Since the 1980s the town of Brannock has lost 5,000 residents.", JUN11, "5,000", "Since the 1980s",
     "1980-01-01", "2031-06-11"),
    ("Some 12,000 miners worked the Brannock seams in the early 1970s.", JUN11, "Some 12,000", "in the early 1970s",
     "1970-01-01", "1979-12-31"),
    # ---- steps back
    ("Rents in Quenby were 20% lower a year ago.", JUN11, "20%", "a year ago", "2030-06-11", "2030-06-11"),
    ("The Brannock reservoir held 40 billion litres three months ago.", JUN11, "40 billion", "three months ago",
     "2031-03-11", "2031-03-11"),
    ("A decade ago Quenby had nine cinemas.", JUN11, "nine", "A decade ago", "2021-06-11", "2021-06-11"),
    ("Petrol cost 162p a litre, up from 155p two weeks earlier.", JUN11, "155p", "two weeks earlier",
     "2031-05-28", "2031-05-28"),
    # a step back after a period the sentence names counts from that period
    ("Inflation in Quenby eased to 2.9% in May from 3.2% a year earlier.", JUN11, "3.2%", "a year earlier",
     "2030-05-01", "2030-05-31"),
    ("Pellow Dairies earned $5m in 2027, up from $4m a year earlier.", JUN11, "$4m", "a year earlier", "2026-01-01",
     "2026-12-31"),
    ("Brannock exported 40 tonnes in the first quarter of 2029, against 32 tonnes a year earlier.", JUN11, "32",
     "a year earlier", "2028-01-01", "2028-03-31"),
    ("The Quenby hospital had 310 nurses in March, up from 280 a month earlier.", JUN11, "280", "a month earlier",
     "2031-02-01", "2031-02-28"),
    ("Brannock rents rose 6% this year, after 4% the previous year.", JUN11, "4%", "the previous year", "2030-01-01",
     "2030-12-31"),
    ("The Quenby jobless rate was 4.1%, down from 4.6% a year earlier.", JUN11, "4.6%", "a year earlier",
     "2030-06-11", "2030-06-11"),
    # a step from the story's own day is not counted from the paper's
    ("Two weeks earlier, the Brannock crew had rescued 14 walkers.", JUN11, "14", None, None, None),
    ("Earlier this month, 600 nurses walked out at the Quenby hospital.", JUN11, "600", "Earlier this month",
     "2031-06-01", "2031-06-11"),
    ("Since January, the Pellow clinic has treated 2,100 patients.", JUN11, "2,100", "Since January", "2031-01-01",
     "2031-06-11"),
    ("The Brannock clinic has treated 900 patients since October.", JAN3, "900", "since October", "2030-10-01",
     "2031-01-03"),
    ("The lifeboat crew was called out 120 times in the past 12 months.", JUN11, "120", "in the past 12 months",
     "2030-06-11", "2031-06-11"),
    # ---- targets and things to come
    ("The city of Quenby wants to plant 20,000 trees by 2035.", JUN11, "20,000", "by 2035", None, "2035-12-31"),
    ("The charity aims to raise £2m for the Brannock hospice by 2032.", JUN11, "£2m", "by 2032", None,
     "2032-12-31"),
    ("By 2029 the Quenby scheme had housed 700 families.", JUN11, "700", "By 2029", None, "2029-12-31"),
    ("Crews must repair 300 bridges in Brannock by March.", JUN11, "300", "by March", None, "2032-03-31"),
    ("The Brannock museum will reopen three galleries in March.", JUN11, "three", "in March", "2032-03-01",
     "2032-03-31"),
    # the paper's own month is still partly to come (review, helper R)
    ("The Brannock museum will reopen three galleries in March.", MAR9, "three", "in March", "2031-03-01",
     "2031-03-31"),
    ("The Ostrander plant will make 50,000 cars a year from 2033.", JUN11, "50,000", "from 2033", "2033-01-01",
     None),
    ("Bus fares in Quenby will rise 4% from January.", DEC28, "4%", "from January", "2031-01-01", None),
    ("By the end of last year, the Quenby pension fund held $900m.", JUN11, "$900m", "By the end of last year",
     None, "2030-12-31"),
    ("The Brannock fund is expected to hold $1.2bn at the end of next year.", JUN11, "$1.2bn",
     "at the end of next year", "2032-12-01", "2032-12-31"),
    ("The government has promised 1,000 new buses for Brannock by the end of the decade.", JUN11, "1,000",
     "by the end of the decade", None, "2039-12-31"),
    ("Some 200 jobs at the Pellow plant will go over the next three years.", JUN11, "Some 200",
     "over the next three years", "2031-06-12", "2034-06-11"),
    # ---- months and years
    ("The population of Quenby reached 48,000 in 2030, the census office said.", JUN11, "48,000", "in 2030",
     "2030-01-01", "2030-12-31"),
    ("Inflation in Brannock hit 4.4% in April 2031.", JUN11, "4.4%", "in April 2031", "2031-04-01", "2031-04-30"),
    ("Prices of Quenby lamb rose 0.3% in April.", JAN3, "0.3%", "in April", "2030-04-01", "2030-04-30"),
    ("In mid-March, 40 families left the Brannock flats.", JUN11, "40", "In mid-March", "2031-03-01", "2031-03-31"),
    ("In early May, 30 stalls at the Quenby market shut.", JUN11, "30", "In early May", "2031-05-01", "2031-05-31"),
    ("Wheat prices in Brannock jumped 9% last March.", JUN11, "9%", "last March", "2031-03-01", "2031-03-31"),
    ("The Quenby dam released 80 million litres last October.", JAN3, "80 million", "last October", "2030-10-01",
     "2030-10-31"),
    ("In mid-2030, the Brannock scheme covered 5,000 homes.", JUN11, "5,000", "In mid-2030", "2030-01-01",
     "2030-12-31"),
    ("At the end of March, 3,200 insurance claims in Quenby were still open.", JUN11, "3,200", "At the end of March",
     "2031-03-01", "2031-03-31"),
    ("The 2021 census counted 61,000 residents in Brannock.", JUN11, "61,000", "The 2021", "2021-01-01",
     "2021-12-31"),
    ("The Pellow shelter rehomed 1,900 dogs between 2025 and 2030.", JUN11, "1,900", "between 2025 and 2030",
     "2025-01-01", "2030-12-31"),
    ("The Pellow shelter rehomed 300 dogs from January to March.", JUN11, "300", "from January to March",
     "2031-01-01", "2031-03-31"),
    ("The Quenby index rose 2.5% in the week to Friday.", JUN11, "2.5%", "in the week to Friday", "2031-05-31",
     "2031-06-06"),
    ("About 3,000 homes in Brannock were without power this morning.", JUN11, "About 3,000", "this morning",
     "2031-06-11", "2031-06-11"),
    # ---- dates in other formats: a numeric date only where its order is plain
    ("The Quenby site logged 1,450 visits on 25/05/2031.", JUN11, "1,450", "on 25/05/2031", "2031-05-25",
     "2031-05-25"),
    ("The Brannock site logged 980 visits on 2031-05-06.", JUN11, "980", "on 2031-05-06", "2031-05-06",
     "2031-05-06"),
    ("The Pellow site logged 1,020 visits on 06/05/2031.", JUN11, "1,020", "on 06/05/2031", None, None),
    # ---- durations are no dates: the phrase, no period
    ("Ostrander Glass will invest $3bn in Brannock over four years.", JUN11, "$3bn", "over four years", None, None),
    ("Within two years, the Quenby scheme cut waiting times by 30%.", JUN11, "30%", "Within two years", None, None),
    ("Ostrander signed a 10-year deal with Pellow Dairies worth $500m.", JUN11, "$500m", None, None, None),
    ("The works on the Brannock bridge will take 18 months and cost £90m.", JUN11, "£90m", None, None, None),
    # ---- ages and ranks are no times
    ("Margit Osk, 67, gave $250,000 to the Quenby library.", JUN11, "$250,000", None, None, None),
    ("The 71-year-old farmer sold 40 cows at the Brannock mart.", JUN11, "40", None, None, None),
    ("Barley exports from Brannock fell 3% for the first time in 20 years.", JUN11, "3%", None, None, None),
    ("The Quenby fair, now in its 120th year, drew 40,000 visitors.", JUN11, "40,000", None, None, None),
    ("Pellow Dairies, the region's third-largest firm, employs 2,400 people.", JUN11, "2,400", None, None, None),
    # ---- a time of another clause is not the figure's
    ("The Brannock mill, which opened in 1998, employs 400 people.", JUN11, "400", None, None, None),
    ("Founded in 1952, the Quenby co-op has 8,000 members.", JUN11, "8,000", None, None, None),
    ("The Quenby bridge, damaged by floods in March, carries 30,000 cars a day.", JUN11, "30,000", None, None, None),
    ("The Brannock festival, first held in 2001, drew 60,000 people on Saturday.", JUN11, "60,000", "on Saturday",
     "2031-06-07", "2031-06-07"),
    ("The museum, which lost 30 paintings in a fire in 2009, reopened in Quenby on Friday.", JUN11, "30", "in 2009",
     "2009-01-01", "2009-12-31"),
    ("The mayor, who took office last May, said 12 libraries would close.", JUN11, "12", None, None, None),
    # ... but a clause that picks out what the figure rests on, or the figure's own noun, dates it
    ("A poll released on Tuesday found that 62% of Quenby voters back the bypass.", JUN11, "62%", "on Tuesday",
     "2031-06-10", "2031-06-10"),
    ("In the latest Brannock survey, conducted in early May, 41% of tenants said rents were too high.", JUN11,
     "41%", "in early May", "2031-05-01", "2031-05-31"),
    ("The 400 flats built in 2019 on the Quenby docks are now for sale.", JUN11, "400", "in 2019", "2019-01-01",
     "2019-12-31"),
    ("Some 55% of members backed the deal when the union's ballot closed on Friday.", JUN11, "Some 55%", "on Friday",
     "2031-06-06", "2031-06-06"),
    # a run of years is no fiscal year; a sports season is not read
    ("Exports of Quenby cheese rose 40% in 2024-2029.", JUN11, "40%", "in 2024-2029", "2024-01-01", "2029-12-31"),
    ("Brannock Rovers sold 22,000 season tickets for the 2030-31 season.", JUN11, "22,000", None, None, None),
    # a thing to come on a weekday of this very day, and a past verb in a later clause
    ("The Quenby council will publish 14 reports on Wednesday.", JUN11, "14", "on Wednesday", "2031-06-11",
     "2031-06-11"),
    ("The plan to close 30 branches was announced on Monday.", JUN11, "30", "on Monday", "2031-06-09", "2031-06-09"),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {
    ("Saturday's match at Quenby Park drew 31,000 fans.", "31,000"):
        "a weekday's possessive is not read as a time: it dates its noun's event, rarely the figure's (on PolNeAR "
        "texts 'Monday's debate' beside a poll's figures: about 3 of 10 right)",
    ("Tuesday's storm felled 300 trees in Brannock.", "300"):
        "a weekday's possessive is not read as a time (see 'Saturday's match')",
    ("Brannock exported 40 tonnes in the first quarter of 2029, against 32 tonnes a year earlier.", "32"):
        "a step back is read only right after a number or an amount ('32 a year earlier', '$1.2bn a year earlier'), "
        "not after the counted noun",
    ("Output at the Pellow plant fell 2% in the first half.", "2%"):
        "a half needs its year: 'in the first half' is most often a match's (periods)",
}


_FIGURES: dict[tuple[str, str], tuple] = {}


def _figures(nlp, sentence: str, published: str) -> tuple:
    """The figures of ``sentence`` in a paper of ``published`` (each sentence run once)."""
    key = (sentence, published)
    if key not in _FIGURES:
        doc = nlp.make_doc(sentence)
        doc._.sourcebook_published = published
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
        _FIGURES[key] = tuple(doc._.sourcebook_figures)
    return _FIGURES[key]


def figure_at(nlp, sentence: str, published: str, span: str):
    """The figure of ``sentence`` (in a paper of ``published``) shown as ``span``, None when there is none."""
    return next((f for f in _figures(nlp, sentence, published) if f.span.text == span), None)


def figure_time(nlp, sentence: str, published: str, span: str):
    """(time as written, start, end) of the figure shown as ``span``, None when it has no time."""
    figure = next(f for f in _figures(nlp, sentence, published) if f.span.text == span)
    return (figure.time, figure.time_start, figure.time_end) if figure.time else None


def time_row_tests(times, wrong: dict) -> tuple:
    """The tests of one set of (sentence, published, span, time as written, start, end) rows, for its module to bind
    (names starting with 'test_'): each figure's time right (None written: no time), a (sentence, span) ``wrong``
    lists a strict xfail with its reason; and every still-wrong case a row."""
    def cases():
        for sentence, published, span, written, start, end in times:
            reason = wrong.get((sentence, span))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(sentence, published, span, (written, start, end) if written else None, marks=marks,
                               id=f"{sentence[:40]}|{span}|{published}")

    @pytest.mark.parametrize(("sentence", "published", "span", "want"), list(cases()))
    def time_right(nlp, sentence, published, span, want):
        assert figure_time(nlp, sentence, published, span) == want

    def every_wrong_case_a_row():
        assert set(wrong) <= {(sentence, span) for sentence, _, span, *_ in times}

    return time_right, every_wrong_case_a_row


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)
