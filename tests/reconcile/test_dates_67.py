"""A figure's time in disaster and humanitarian reporting (issue 12: "dates estimated years
off"), third check: on sentences written for these tests, each at a publication date, the time
phrase a figure takes and the period it resolves to. The shapes: a weekday and a part of it ("on
Tuesday night", "on Sunday morning"), overnight, last week and this week, "the previous day" and
"a day earlier" after a named day, running totals since a day or since the disaster struck,
"as of" a day, the last 24 or 48 hours, an earlier disaster named by its year ("the toll from the
2019 floods", "the floods of 2019") as background, a year's edge, and durations, ages,
magnitudes and an overnight rate that are no dates. As test_figures_64 and test_measures_63
have it, a weekday's part is not written with the time ("on Tuesday night" shows as "on
Tuesday") and a count reached "by Thursday" is of that day (since test_followups_67: up to that day, with
no start, as "by March" is).

Counts on these 123 rows: before this set 98 right; after it all 123. Fixed (``figures.days``,
beside ``timex``): "as of Sunday" and "as of March 9", "overnight" (the night before the
paper; not "the overnight rate"), "on the night of September 10", spans of days ("between
Monday and Wednesday", "from March 1 to March 5"), a running total from a weekday ("since
Friday": from that Friday, where it had no start), "since the quake struck", "since the floods
hit", "since the dam burst" and with its day ("since the quake struck on Friday";
``onset_verbs.txt``), "since the start of the outbreak", "of the monsoon", "of the drought"
(``onset_nouns.txt``), an earlier happening named by its year after "of" ("the quake of 2009";
``dated_events.txt``), and "12 the previous day" after a named day (``anchored``)."""

from __future__ import annotations

from .test_dates_66 import time_row_tests

#: the papers' days (weekday in the comment)
MON = "2034-03-06"  # Monday
WED = "2034-03-08"  # Wednesday
FRI = "2034-03-10"  # Friday
SUN = "2034-03-12"  # Sunday
JAN2 = "2034-01-02"  # Monday
SEP14 = "2034-09-14"  # Thursday

# (sentence, published, the figure's span, its time as written (None: no time), start, end)
TIMES = [
    # ---- a weekday, and a part of it
    ("The floods killed 12 people in Varnholt on Tuesday night, the civil protection agency said.", WED, "12",
     "on Tuesday", "2034-03-07", "2034-03-07"),
    ("On Sunday morning, rescuers pulled 14 survivors from the rubble in Kessa.", MON, "14", "On Sunday",
     "2034-03-05", "2034-03-05"),
    ("The storm cut power to 40,000 homes in Brell on Saturday evening.", MON, "40,000", "on Saturday",
     "2034-03-04", "2034-03-04"),
    ("At least nine people drowned in Tollary on Friday afternoon, police said.", MON, "At least nine",
     "on Friday", "2034-03-03", "2034-03-03"),
    ("The quake struck before dawn on Thursday, killing at least 26 people in Marrach.", FRI, "at least 26",
     "on Thursday", "2034-03-09", "2034-03-09"),
    ("The river burst its banks on Monday morning and forced 3,000 people from their homes in Ostry.", WED, "3,000",
     "on Monday", "2034-03-06", "2034-03-06"),
    ("A mudslide buried 17 houses in Pell Gorge on Wednesday.", WED, "17", "on Wednesday", "2034-03-08",
     "2034-03-08"),
    ("The cyclone destroyed 7,000 houses along the Kell coast on Sunday.", SEP14, "7,000", "on Sunday",
     "2034-09-10", "2034-09-10"),
    ("The river peaked on Tuesday, flooding 900 homes in Ostry.", FRI, "900", "on Tuesday", "2034-03-07",
     "2034-03-07"),
    ("Some 1,200 people were evacuated from Brell on Thursday.", SEP14, "Some 1,200", "on Thursday", "2034-09-14",
     "2034-09-14"),
    ("Aid lorries will carry 600 tonnes of food to Marrach on Saturday.", FRI, "600", "on Saturday", "2034-03-11",
     "2034-03-11"),
    ("Late on Monday, the army flew 80 injured people out of Kessa.", WED, "80", "on Monday", "2034-03-06",
     "2034-03-06"),
    # ---- overnight, last night, yesterday, today
    ("Overnight, flash floods swept away 30 houses in Pell Gorge.", WED, "30", "Overnight", "2034-03-07",
     "2034-03-08"),
    ("Rescuers found 11 more bodies in Kessa overnight, the army said.", MON, "11", "overnight", "2034-03-05",
     "2034-03-06"),
    ("Some 2,500 people slept in school halls in Brell last night.", MON, "Some 2,500", "last night", "2034-03-05",
     "2034-03-05"),
    ("Yesterday the health ministry confirmed 64 new cholera cases in Drummel.", WED, "64", "Yesterday",
     "2034-03-07", "2034-03-07"),
    ("About 400 families remain in the Ostry sports hall today.", FRI, "About 400", "today", "2034-03-10",
     "2034-03-10"),
    ("This morning, 22 people were still missing in Varnholt.", SUN, "22", "This morning", "2034-03-12",
     "2034-03-12"),
    # ---- last week, this week, the weekend
    ("Cholera killed 41 people in the Drummel camps last week, the health ministry said.", MON, "41", "last week",
     "2034-02-27", "2034-03-05"),
    ("The clinic in Drummel treated 650 cholera patients this week.", FRI, "650", "this week", "2034-03-06",
     "2034-03-12"),
    ("Earlier this week, the river flooded 350 homes in Tollary.", FRI, "350", "Earlier this week", "2034-03-06",
     "2034-03-10"),
    ("Over the weekend, avalanches killed six skiers in the Ammer hills.", MON, "six", "Over the weekend",
     "2034-03-04", "2034-03-05"),
    ("Storms brought down 1,300 trees in Brell last weekend.", WED, "1,300", "last weekend", "2034-03-04",
     "2034-03-05"),
    ("Volunteers will fill 20,000 sandbags in Ostry this weekend.", WED, "20,000", "this weekend", "2034-03-11",
     "2034-03-12"),
    ("Last week, aid agencies delivered 2,300 tonnes of food to the Sarrow camps.", SEP14, "2,300", "Last week",
     "2034-09-04", "2034-09-10"),
    # ---- the previous day and a day earlier after a named day
    ("The death toll rose to 31 on Wednesday from 12 the previous day.", WED, "31", "on Wednesday", "2034-03-08",
     "2034-03-08"),
    ("The death toll rose to 31 on Wednesday from 12 the previous day.", WED, "12", "the previous day",
     "2034-03-07", "2034-03-07"),
    ("Rescuers reached 40 villages on Thursday, up from 25 a day earlier.", FRI, "40", "on Thursday", "2034-03-09",
     "2034-03-09"),
    ("Rescuers reached 40 villages on Thursday, up from 25 a day earlier.", FRI, "25", "a day earlier",
     "2034-03-08", "2034-03-08"),
    ("The ministry counted 58 dead on Sunday, against 47 a day earlier.", MON, "47", "a day earlier", "2034-03-04",
     "2034-03-04"),
    ("On Monday the agency put the number of displaced at 9,000, up from 6,500 two days earlier.", WED, "6,500",
     "two days earlier", "2034-03-04", "2034-03-04"),
    # a step from the story's own day is not counted from the paper's
    ("The previous day, the agency had counted 19 dead in Varnholt.", WED, "19", None, None, None),
    ("A day earlier, the Red Crescent had set up 40 tents in Marrach.", FRI, "40", None, None, None),
    # ---- steps back from the paper's day
    ("Two days ago, the Red Crescent put the number of displaced at 8,000.", FRI, "8,000", "Two days ago",
     "2034-03-08", "2034-03-08"),
    ("A week ago, only 300 people were in the Ostry shelters.", FRI, "300", "A week ago", "2034-03-03",
     "2034-03-03"),
    ("Three months ago, 120,000 people lived in the Sarrow camps.", SEP14, "120,000", "Three months ago",
     "2034-06-14", "2034-06-14"),
    # ---- running totals since a day or since the disaster struck
    ("Rescuers have pulled 140 survivors from the rubble since the quake struck on Friday.", MON, "140",
     "since the quake struck on Friday", "2034-03-03", "2034-03-06"),
    ("More than 300 aftershocks have shaken Marrach since Friday.", MON, "More than 300", "since Friday",
     "2034-03-03", "2034-03-06"),
    ("Since the quake struck, aid workers have set up 60 field kitchens in Marrach.", MON, "60",
     "Since the quake struck", None, "2034-03-06"),
    ("Since the floods hit Ostry, 4,500 people have sought shelter in schools.", FRI, "4,500",
     "Since the floods hit", None, "2034-03-10"),
    ("Since the cyclone made landfall on Sunday, 48 people have died in Kell Bay.", SEP14, "48",
     "Since the cyclone made landfall on Sunday", "2034-09-10", "2034-09-14"),
    ("The outbreak has infected 3,200 people in Drummel since February 14.", MON, "3,200", "since February 14",
     "2034-02-14", "2034-03-06"),
    ("Since the start of the outbreak, 88 people have died of cholera in Drummel.", MON, "88",
     "Since the start of the outbreak", None, "2034-03-06"),
    ("Since the start of the monsoon, floods have killed 210 people across Parrow.", SEP14, "210",
     "Since the start of the monsoon", None, "2034-09-14"),
    ("Since the beginning of the drought, 1.1 million people have left their farms in Parrow.", SEP14,
     "1.1 million", "Since the beginning of the drought", None, "2034-09-14"),
    ("Some 61,000 refugees have crossed into Ammer since the fighting began.", SEP14, "Some 61,000",
     "since the fighting began", None, "2034-09-14"),
    ("Since the epidemic broke out, health workers have vaccinated 450,000 people in Drummel.", MON, "450,000",
     "Since the epidemic broke out", None, "2034-03-06"),
    ("Since the dam burst, 2,300 people have been rescued from rooftops in Tollary.", WED, "2,300",
     "Since the dam burst", None, "2034-03-08"),
    ("The hospital in Ostry has treated 870 patients since the floods began in January.", MON, "870",
     "since the floods began in January", "2034-01-01", "2034-03-06"),
    ("Since January, the charity has handed out 9,000 hygiene kits in Drummel.", MON, "9,000", "Since January",
     "2034-01-01", "2034-03-06"),
    ("The Sarrow camps have taken in 14,000 people since August.", SEP14, "14,000", "since August", "2034-08-01",
     "2034-09-14"),
    ("Since Monday, 35 people have died in the heat in Tollary.", FRI, "35", "Since Monday", "2034-03-06",
     "2034-03-10"),
    # ---- the last hours and days
    ("In the past 24 hours, 17 new cholera deaths were recorded in Drummel.", WED, "17", "In the past 24 hours",
     "2034-03-07", "2034-03-08"),
    ("Doctors in Ostry recorded 230 new cases over the past week.", WED, "230", "over the past week", "2034-03-01",
     "2034-03-08"),
    ("The UN agency has registered 12,000 new arrivals in the last 48 hours.", WED, "12,000", "in the last 48 hours",
     "2034-03-06", "2034-03-08"),
    ("In the previous seven days, 5,400 people crossed the border at Dunmarra.", FRI, "5,400",
     "In the previous seven days", "2034-03-03", "2034-03-10"),
    ("Over the past three days, rescuers have found 52 bodies in Kessa.", MON, "52", "Over the past three days",
     "2034-03-03", "2034-03-06"),
    ("In the past month, 700 people have died of measles in the Sarrow camps.", SEP14, "700", "In the past month",
     "2034-08-14", "2034-09-14"),
    # ---- "as of" and "by" a day
    ("As of Thursday, 4,100 people were living in tents in Marrach.", FRI, "4,100", "As of Thursday", "2034-03-09",
     "2034-03-09"),
    ("As of Sunday, 23 people were still missing in Brell.", MON, "23", "As of Sunday", "2034-03-05", "2034-03-05"),
    ("As of March 9, the ministry had recorded 2,900 cholera cases.", FRI, "2,900", "As of March 9", "2034-03-09",
     "2034-03-09"),
    # (a total reached by a day: up to it, no start; test_followups_67)
    ("By Thursday, rescuers had recovered 96 bodies in Kessa.", FRI, "96", "By Thursday", None, "2034-03-09"),
    ("By Wednesday evening, 70 villages were cut off by the snow.", FRI, "70", "By Wednesday", None,
     "2034-03-08"),
    ("By the end of February, 1,500 homes in Varnholt had been rebuilt.", SEP14, "1,500", "By the end of February",
     None, "2034-02-28"),
    # ---- dates of the month
    ("On March 3, the quake killed 57 people in Marrach.", FRI, "57", "On March 3", "2034-03-03", "2034-03-03"),
    ("The storm flooded 2,600 homes in Brell on 4 March.", MON, "2,600", "on 4 March", "2034-03-04", "2034-03-04"),
    ("The cyclone destroyed 7,000 houses on the night of September 10.", SEP14, "7,000",
     "on the night of September 10", "2034-09-10", "2034-09-10"),
    ("On the morning of March 7, the river swept away 12 cars in Ostry.", FRI, "12", "On the morning of March 7",
     "2034-03-07", "2034-03-07"),
    ("In the first week of March, 19,000 people fled the fighting in Sarrow.", SUN, "19,000",
     "In the first week of March", "2034-03-01", "2034-03-07"),
    ("Between Monday and Wednesday, the river flooded 1,100 homes in Ostry.", FRI, "1,100",
     "Between Monday and Wednesday", "2034-03-06", "2034-03-08"),
    ("From March 1 to March 5, the clinics in Drummel treated 3,700 patients.", FRI, "3,700",
     "From March 1 to March 5", "2034-03-01", "2034-03-05"),
    ("From March 1 to March 5, 2033, the Drummel clinics treated 3,100 patients.", SEP14, "3,100",
     "From March 1 to March 5, 2033", "2033-03-01", "2033-03-05"),
    ("Between Friday and Monday, 260 people were rescued from rooftops in Tollary.", WED, "260",
     "Between Friday and Monday", "2034-03-03", "2034-03-06"),
    ("The Ostry hospital admitted 340 patients in the week to Sunday.", WED, "340", "in the week to Sunday",
     "2034-02-27", "2034-03-05"),
    # ---- months and years
    ("Some 800 homes in Varnholt were flooded in mid-February.", MON, "Some 800", "in mid-February", "2034-02-01",
     "2034-02-28"),
    ("In February, the Drummel clinics treated 5,200 patients.", MON, "5,200", "In February", "2034-02-01",
     "2034-02-28"),
    ("The drought killed 300,000 head of cattle in Parrow last year.", SEP14, "300,000", "last year", "2033-01-01",
     "2033-12-31"),
    ("Floods have killed 140 people in Parrow this year.", SEP14, "140", "this year", "2034-01-01", "2034-12-31"),
    ("So far this year, 2,100 migrants have drowned off the Kell coast.", SEP14, "2,100", "So far this year",
     "2034-01-01", "2034-09-14"),
    ("In early March, 400 families fled the landslides in Pell Gorge.", SEP14, "400", "In early March",
     "2034-03-01", "2034-03-31"),
    ("Last month, the agency registered 27,000 new refugees in Ammer.", SEP14, "27,000", "Last month", "2034-08-01",
     "2034-08-31"),
    ("Earlier this month, 90 people died in a ferry fire off Kell Bay.", SEP14, "90", "Earlier this month",
     "2034-09-01", "2034-09-14"),
    ("Last summer, wildfires burned 12,000 hectares in the Ammer hills.", SEP14, "12,000", "Last summer",
     "2034-06-01", "2034-08-31"),
    ("In the spring, floods displaced 16,000 people along the Esk.", SEP14, "16,000", "In the spring", "2034-03-01",
     "2034-05-31"),
    # ---- an earlier disaster named by its year: that year, not the paper's
    ("The toll from the 2019 floods was 160 dead.", SEP14, "160", "the 2019", "2019-01-01", "2019-12-31"),
    ("The 2011 tsunami killed 2,400 people along the Kell coast.", SEP14, "2,400", "The 2011", "2011-01-01",
     "2011-12-31"),
    ("In 2019, floods displaced 90,000 people in Parrow.", SEP14, "90,000", "In 2019", "2019-01-01", "2019-12-31"),
    ("The 2027 cholera outbreak in Drummel infected 11,000 people.", MON, "11,000", "The 2027", "2027-01-01",
     "2027-12-31"),
    ("The quake of 2009 destroyed 3,000 homes in Marrach.", MON, "3,000", "of 2009", "2009-01-01", "2009-12-31"),
    ("In the 2019 floods, 160 people died in Parrow.", SEP14, "160", "the 2019", "2019-01-01", "2019-12-31"),
    ("The floods of 2019 killed 160 people in Parrow.", SEP14, "160", "of 2019", "2019-01-01", "2019-12-31"),
    ("In the 1990s, three cyclones killed 9,000 people on the Kell coast.", SEP14, "9,000", "In the 1990s",
     "1990-01-01", "1999-12-31"),
    # ---- a year's edge
    ("Floods killed 18 people in Varnholt on Friday.", JAN2, "18", "on Friday", "2033-12-30", "2033-12-30"),
    ("In December, the clinics in Drummel treated 2,300 patients.", JAN2, "2,300", "In December", "2033-12-01",
     "2033-12-31"),
    ("Snow has cut off 70 villages in the Ammer hills since December 20.", JAN2, "70", "since December 20",
     "2033-12-20", "2034-01-02"),
    ("Over the weekend, avalanches killed 11 skiers in the Ammer hills.", JAN2, "11", "Over the weekend",
     "2033-12-31", "2034-01-01"),
    ("Storms killed 230 people in Parrow last year.", JAN2, "230", "last year", "2033-01-01", "2033-12-31"),
    ("Last week, 4,000 people fled the fighting in Sarrow.", JAN2, "4,000", "Last week", "2033-12-26",
     "2034-01-01"),
    ("On December 29, a landslide buried 14 houses in Pell Gorge.", JAN2, "14", "On December 29", "2033-12-29",
     "2033-12-29"),
    ("The agency expects 50,000 more refugees in Ammer next month.", JAN2, "50,000", "next month", "2034-02-01",
     "2034-02-28"),
    ("In the past week, 2,200 people crossed into Ammer.", JAN2, "2,200", "In the past week", "2033-12-26",
     "2034-01-02"),
    # ---- things to come and aims
    ("The agency plans to move 5,000 people out of the flood zone by Friday.", WED, "5,000", "by Friday", None,
     "2034-03-10"),
    ("The ministry aims to vaccinate 200,000 children in Drummel by April.", MON, "200,000", "by April", None,
     "2034-04-30"),
    ("The charity needs $4m to feed the Sarrow camps over the next three months.", SEP14, "$4m",
     "over the next three months", "2034-09-15", "2034-12-14"),
    ("About 3,000 more people will be evacuated from Brell on Saturday.", FRI, "About 3,000", "on Saturday",
     "2034-03-11", "2034-03-11"),
    # ---- durations, ages and magnitudes are no dates
    ("The worst floods in 50 years have killed 37 people in Ostry.", MON, "37", None, None, None),
    ("Among the dead were 14 children, the youngest aged two.", MON, "14", None, None, None),
    ("Horran Fessel, 72, lost 40 sheep in the floods.", MON, "40", None, None, None),
    ("The 6.8-magnitude quake destroyed 3,500 buildings in Marrach on Friday.", MON, "3,500", "on Friday",
     "2034-03-03", "2034-03-03"),
    ("The 80-year-old dam held back 9 million cubic metres of water.", MON, "9 million", None, None, None),
    ("Rebuilding the 600 schools will take five years.", SEP14, "600", None, None, None),
    ("The camp, opened in 2031, now holds 45,000 refugees.", SEP14, "45,000", None, None, None),
    ("The dam, which was built in 1988, released 2 million cubic metres of water on Tuesday.", WED, "2 million",
     "on Tuesday", "2034-03-07", "2034-03-07"),
    ("The Ostry hospital, damaged in the 2019 floods, treated 300 people on Sunday.", MON, "300", "on Sunday",
     "2034-03-05", "2034-03-05"),
    ("The Kessa school, which lost its roof in a storm last year, now shelters 250 people.", MON, "250", None, None,
     None),
    # no happening's year, no night before the paper
    ("The class of 2019 at the Kessa school had 40 pupils.", MON, "40", None, None, None),
    ("The central bank of Parrow kept its overnight rate at 4.5%.", MON, "4.5%", None, None, None),
    # ---- two figures of one sentence, each its own time
    ("The quake killed 57 people on Friday, and an aftershock on Sunday killed nine more.", MON, "57", "on Friday",
     "2034-03-03", "2034-03-03"),
    ("The quake killed 57 people on Friday, and an aftershock on Sunday killed nine more.", MON, "nine",
     "on Sunday", "2034-03-05", "2034-03-05"),
    ("Some 2,000 people were in shelters on Sunday, down from 5,000 on Friday.", MON, "Some 2,000", "on Sunday",
     "2034-03-05", "2034-03-05"),
    ("Some 2,000 people were in shelters on Sunday, down from 5,000 on Friday.", MON, "5,000", "on Friday",
     "2034-03-03", "2034-03-03"),
    ("The floods have killed 23 people this week, the ministry said; the 2019 floods killed 160.", WED, "160",
     "the 2019", "2019-01-01", "2019-12-31"),
    ("The floods have killed 23 people this week, the ministry said; the 2019 floods killed 160.", WED, "23",
     "this week", "2034-03-06", "2034-03-12"),
]

#: (sentence, span): why the row still fails
WRONG: dict[tuple[str, str], str] = {}


test_a_figures_time, test_every_wrong_case_is_a_row = time_row_tests(TIMES, WRONG)
