"""Follow-ups of the sixty-ninth pass's figure and date sets (issue 12: "dates estimated years off"): on
sentences written for these tests, each at a publication date, the time phrase a figure takes and the period it
resolves to, as in test_dates_69_live. Three shapes: hours ahead ("in the next 24 hours", "over the coming 72 hours",
"within 48 hours" on a verb still to come), a season that modifies a noun ("over the summer riots", "in the winter
storms": the phrase names a happening, no time) beside a season before a noun of time ("in the summer months", "over
the summer holidays": the whole phrase the time), and a time inside an opening question ("Asked how they would vote
tomorrow, 41% chose X") beside the opening verb's own time ("Asked on Monday how ...", "Speaking on Tuesday").

Counts on these 33 rows: on main 12 right; after the mends all 33 (and of the 17 checks of a time alone and of
what is a season at the end, 7 on main, all 17 after). Fixed: hours ahead run from the paper's day (its
hour is not known) to the day they reach, counted in whole days as hours back are ("in the next 12 hours" the paper's
day and the next, "in the next hour" and "in the coming hours" the paper's day; ``figures.forward``, with
``frames.whole_days`` shared with ``timex``), and "within 48 hours" on a verb still to come the same, its start the
paper's day (``deadlines``; "within five years" keeps no start, as test_dates_68_plans has it); "in/over/during the
<season>" before a lower-case word that is no small word is no time, before a noun of time the whole phrase is
(``figures.seasons``, lexicon ``figures/season_spans``; the strict xfail of test_measures_69_crime now passes);
a time in what an opening clause with no subject asks or says ("Asked how they would vote in May,") and all an opening
participle of asking is asked about ("Questioned about plans for next year,") is the question's, while a time hung on
that participle itself is when the counted answered ("Asked in April, 52% backed", ``figures/respondent_participles``
no longer read as an aside on the subject; ``figures.foreign_times``; the strict xfail of test_figures_69_polls now
passes). Hours of the past or of a happening stay undated ("Rescuers found 40 survivors within 48 hours", "Within 48
hours of the quake").
"""

from __future__ import annotations

import pytest

from sourcebook.nlp.figures.timex import find_times, resolve

from .test_dates_66 import time_row_tests

THU = "2033-03-10"  # Thursday
DEC = "2032-12-31"  # Friday: hours that cross into the new year
OCT = "2033-10-06"  # Thursday: the summer just over
MAY = "2033-05-02"  # Monday

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # forward spans in hours
    ("Airlines will cancel 200 flights at Ostvik in the next 24 hours.", THU, "200", "in the next 24 hours",
     "2033-03-10", "2033-03-11"),
    ("The army will evacuate 5,000 people from Kessock over the coming 72 hours.", THU, "5,000",
     "over the coming 72 hours", "2033-03-10", "2033-03-13"),
    ("Ostvik airport expects 300 cancellations over the next 36 hours.", THU, "300", "over the next 36 hours",
     "2033-03-10", "2033-03-12"),
    ("The ministry will send 40 generators to Kessock in the next 12 hours.", THU, "40", "in the next 12 hours",
     "2033-03-10", "2033-03-11"),
    ("Police will deploy 800 extra officers in Varrow for the next 48 hours.", THU, "800", "for the next 48 hours",
     "2033-03-10", "2033-03-12"),
    ("Crews will clear 30 blocked roads in the next hour.", THU, "30", "in the next hour", "2033-03-10", "2033-03-10"),
    ("Rescuers hope to reach 60 villages within 48 hours.", THU, "60", "within 48 hours", "2033-03-10", "2033-03-12"),
    ("Engineers aim to restore power to 9,000 homes within 24 hours.", THU, "9,000", "within 24 hours", "2033-03-10",
     "2033-03-11"),
    ("The council must rehouse 120 families within 72 hours.", THU, "120", "within 72 hours", "2033-03-10",
     "2033-03-13"),
    ("Police will close 14 roads in Varrow over the next 48 hours.", DEC, "14", "over the next 48 hours",
     "2032-12-31", "2033-01-02"),
    ("Some 2,000 troops will arrive in Ostvik within the next 24 hours.", THU, "Some 2,000",
     "within the next 24 hours", "2033-03-10", "2033-03-11"),
    # hours of the past or of a happening: no dates
    ("Rescuers found 40 survivors within 48 hours.", THU, "40", "within 48 hours", None, None),
    ("Within 48 hours of the quake, 300 volunteers had arrived in Kessock.", THU, "300", "Within 48 hours", None, None),
    ("Some 140 aftershocks have been recorded in the past 24 hours.", THU, "Some 140", "in the past 24 hours",
     "2033-03-09", "2033-03-10"),
    # a season that modifies a noun
    ("Courts have convicted 29 people over the summer riots.", OCT, "29", None, None, None),
    ("Some 300 homes were destroyed in the winter storms.", OCT, "Some 300", None, None, None),
    ("The rebels lost 1,200 fighters during the spring offensive.", OCT, "1,200", None, None, None),
    ("About 90 people were injured in the autumn floods in Varrow.", OCT, "About 90", None, None, None),
    # ... and one that is the time, alone or with the time it names
    ("Ostvik hired 300 seasonal workers in the summer months.", OCT, "300", "in the summer months", "2033-06-01",
     "2033-08-31"),
    ("Varrow's hotels took on 400 staff over the summer holidays.", OCT, "400", "over the summer holidays",
     "2033-06-01", "2033-08-31"),
    ("Over the summer, 40 families left the Kessock estate.", OCT, "40", "Over the summer", "2033-06-01", "2033-08-31"),
    ("Some 2,000 people fled Ostvik in the summer of 2032.", OCT, "Some 2,000", "in the summer of 2032", "2032-06-01",
     "2032-08-31"),
    ("Since the spring, 600 nurses have left the Varrow hospital.", OCT, "600", "Since the spring", "2033-03-01",
     "2033-10-06"),
    ("In the winter, when the roads froze, 70 villages were cut off.", OCT, "70", "In the winter", "2032-12-01",
     "2033-02-28"),
    # a time inside an opening question
    ("Asked how they would vote tomorrow, 41% of voters in Kessling chose the Unity Party.", MAY, "41%", None, None,
     None),
    ("Asked how they would vote in May, 38% of voters chose the Reform Front.", MAY, "38%", None, None, None),
    ("Asked whether they would back a strike next week, 55% of members said yes.", MAY, "55%", None, None, None),
    ("When asked how they would vote on Sunday, 44% of voters named the Civic Party.", MAY, "44%", None, None, None),
    ("Questioned about plans for next year, 62% of firms said they would hire more staff.", MAY, "62%", None, None,
     None),
    # ... and the times that stay: the asking's own, a speaker's
    ("Asked on Monday how they would vote, 41% of voters chose the Unity Party.", MAY, "41%", "on Monday",
     "2033-05-02", "2033-05-02"),
    ("Speaking on Tuesday, the minister said 40 people died in the floods.", MAY, "40", "on Tuesday", "2033-04-26",
     "2033-04-26"),
    ("Founded in 1952, the co-op has 8,000 members.", MAY, "8,000", None, None, None),
    ("Asked in April, 52% of voters backed the plan.", MAY, "52%", "in April", "2033-04-01", "2033-04-30"),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {}


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)


# (time as written, published, start, end): the time finder and resolver alone
@pytest.mark.parametrize(("written", "published", "start", "end"), [
    ("in the next 24 hours", THU, "2033-03-10", "2033-03-11"),
    ("over the coming 72 hours", THU, "2033-03-10", "2033-03-13"),
    ("within the next 48 hours", THU, "2033-03-10", "2033-03-12"),
    ("in the next few hours", THU, "2033-03-10", "2033-03-10"),
    ("in the coming hours", THU, "2033-03-10", "2033-03-10"),
    ("in the next couple of hours", THU, "2033-03-10", "2033-03-10"),
    ("over the next 90 minutes", THU, "2033-03-10", "2033-03-10"),
    ("over the next two days", THU, "2033-03-11", "2033-03-12"),  # days ahead start the day after, as before
    ("within 48 hours", THU, None, None),  # a deadline: dated only on a verb still to come (``deadlines``)
    ("in the summer months", OCT, "2033-06-01", "2033-08-31"),
    ("during the winter break", OCT, "2032-12-01", "2033-02-28"),
])
def test_a_time_alone(written, published, start, end):
    assert [t.text for t in find_times(written)] == [written]
    assert resolve(written, published) == (start, end)


@pytest.mark.parametrize(("text", "found"), [
    ("Courts convicted 29 people over the summer riots.", []),  # the riots' season, a happening
    ("A cut in winter fuel payments hit 2,000 homes.", []),  # (a bare season, as before)
    ("The spring offensive cost 1,200 lives.", []),
    ("Turnout rose in the autumn as 40 stations opened.", ["in the autumn"]),
    ("Sales fell in the spring unless stated.", ["in the spring"]),
    ("In the winter, 70 villages were cut off.", ["In the winter"]),
])
def test_what_is_a_season(text, found):
    assert [t.text for t in find_times(text)] == found
