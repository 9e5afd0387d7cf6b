# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-four short articles written for the sixty-second session's check of labour, union and workplace news
(helper U): strikes and ballots, pay talks, layoffs, employment tribunals and workplace complaints ('the union said
members had voted to strike', 'the general secretary told the rally', 'management insisted', 'staff claim', 'a memo
seen by the paper says', 'in an email to employees, the chief executive wrote', 'the tribunal found that', 'the
claimant alleged', 'workers on the picket line said', 'the employer described the offer as', 'the ballot showed', 'a
worker who did not want to be named said', 'the firm announced 300 job cuts', 'the offer was rejected by members',
'the union accused bosses of').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (pay figures, strike dates, ballot turnouts stated by the writer, job
titles, company descriptions, picket lines told as a story); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every name, firm, union, place, figure and sentence is made up. Read by
``test_probe_findings_62_labour``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["rail_drivers"] = """Rail drivers vote to strike over pay

The Associated Locomotive Crews union said members had voted to strike over a pay offer worth 3 per cent.

Turnout in the ballot was 71 per cent.

The first walkout is set for March 14.

General secretary Moira Kettleby told a rally outside Halvergate station that drivers had been "pushed too far".

She said the union remained ready to talk.

Drivers' basic pay starts at £48,200 a year.
"""
GOLD["rail_drivers"] = [
    ("said", "The Associated Locomotive Crews union", "members had voted to strike over a pay offer worth 3 per cent"),
    ("told", "General secretary Moira Kettleby", "drivers had been \"pushed too far\""),
    ("said", "She", "the union remained ready to talk"),
]
NOT_REPORTS["rail_drivers"] = ["Turnout in the ballot was 71 per cent.", "The first walkout is set for March 14.",
                               "Drivers' basic pay starts at £48,200 a year."]
SPEAKERS["rail_drivers"] = [("said", "She", "Moira Kettleby", "the union")]

ARTICLES["care_homes"] = """Care workers turn down pay deal

The pay offer was rejected by members last week.

The deal would have raised hourly pay to £12.60.

Branch secretary Femi Adeyinka said care staff could not live on the wages.

Brightwell Care, which runs 40 homes in the region, insisted that the offer was the best it could afford.

The company employs about 2,300 people.
"""
GOLD["care_homes"] = [
    ("rejected", "members", "The pay offer"),
    ("said", "Branch secretary Femi Adeyinka", "care staff could not live on the wages"),
    ("insisted", "Brightwell Care, which runs 40 homes in the region", "the offer was the best it could afford"),
]
NOT_REPORTS["care_homes"] = ["The deal would have raised hourly pay to £12.60.", "The company employs about 2,300 people."]

ARTICLES["parcel_memo"] = """Parcel firm plans to close two depots, memo shows

A memo seen by the Evening Courier says the Dunford and Haxby depots will close by the end of June.

About 180 drivers and sorters work at the two sites.

In an email to employees, chief executive Carla Brennock wrote that the decision had been "painful but necessary".

Swiftline Parcels was founded in 1998 and delivers about a million packages a week.

A worker at Haxby who did not want to be named said staff had learned of the plan from the newspaper.
"""
GOLD["parcel_memo"] = [
    ("says", "A memo seen by the Evening Courier", "the Dunford and Haxby depots will close by the end of June"),
    ("wrote", "chief executive Carla Brennock", "the decision had been \"painful but necessary\""),
    ("said", "A worker at Haxby who did not want to be named", "staff had learned of the plan from the newspaper"),
]
NOT_REPORTS["parcel_memo"] = ["About 180 drivers and sorters work at the two sites.",
                              "Swiftline Parcels was founded in 1998 and delivers about a million packages a week."]

ARTICLES["forklift_tribunal"] = """Warehouse supervisor wins unfair dismissal claim

An employment tribunal found that Gorran Logistics had unfairly dismissed a supervisor who raised safety concerns.

The claimant, Dean Oakshott, alleged that he was sacked days after reporting a broken forklift.

Employment Judge Ruth Penhale said the company's account of events was "not credible".

Mr Oakshott had worked at the site for 11 years.

A remedy hearing will be held in May.
"""
GOLD["forklift_tribunal"] = [
    ("found", "An employment tribunal", "Gorran Logistics had unfairly dismissed a supervisor who raised safety concerns"),
    ("alleged", "The claimant, Dean Oakshott", "he was sacked days after reporting a broken forklift"),
    ("said", "Employment Judge Ruth Penhale", "the company's account of events was \"not credible\""),
]
NOT_REPORTS["forklift_tribunal"] = ["Mr Oakshott had worked at the site for 11 years.", "A remedy hearing will be held in May."]

ARTICLES["bin_strike"] = """Bin strike enters second week

Refuse collectors in Marlow Vale walked out on Monday last week.

Workers on the picket line said they had not had a real-terms rise in five years.

A brazier burned outside the depot gates as lorries sat idle in the yard.

The council described the offer as "fair and affordable".

Council leader Sam Rudge urged the union to return to talks.

Uncollected bags have piled up in several streets.
"""
GOLD["bin_strike"] = [
    ("said", "Workers on the picket line", "they had not had a real-terms rise in five years"),
    ("described", "The council", "fair and affordable"),
    ("urged", "Council leader Sam Rudge", "the union to return to talks"),
]
NOT_REPORTS["bin_strike"] = ["Refuse collectors in Marlow Vale walked out on Monday last week.",
                             "A brazier burned outside the depot gates as lorries sat idle in the yard.",
                             "Uncollected bags have piled up in several streets."]

ARTICLES["teachers_ballot"] = """Teachers back strike action in ballot

The ballot showed 86 per cent of those voting backed a strike.

Turnout was 54 per cent, above the legal threshold of 50 per cent.

The National Federation of Classroom Teachers said the result sent a clear message to ministers.

Its general secretary, Owain Prydderch, told members in a video message that no dates had yet been set.

The Department for Schools said it was disappointed.

Teachers were given a 5.5 per cent rise last year.
"""
GOLD["teachers_ballot"] = [
    ("showed", "The ballot", "86 per cent of those voting backed a strike"),
    ("said", "The National Federation of Classroom Teachers", "the result sent a clear message to ministers"),
    ("told", "Its general secretary, Owain Prydderch", "no dates had yet been set"),
    ("said", "The Department for Schools", "it was disappointed"),
]
NOT_REPORTS["teachers_ballot"] = ["Turnout was 54 per cent, above the legal threshold of 50 per cent.",
                                  "Teachers were given a 5.5 per cent rise last year."]

ARTICLES["steel_cuts"] = """Steelmaker to cut 300 jobs

Tarnwick Steel on Wednesday announced 300 job cuts at its Redhaven plant.

The plant makes rail track and employs 1,900 people.

The company blamed high energy prices and cheap imports.

The union accused bosses of abandoning the town.

Local MP Hannah Threlfall said she would seek an urgent meeting with the firm.

Tarnwick bought the plant in 2011.
"""
GOLD["steel_cuts"] = [
    ("announced", "Tarnwick Steel", "300 job cuts at its Redhaven plant"),
    ("blamed", "The company", "high energy prices and cheap imports"),
    ("accused", "The union", "bosses of abandoning the town"),
    ("said", "Local MP Hannah Threlfall", "she would seek an urgent meeting with the firm"),
]
NOT_REPORTS["steel_cuts"] = ["The plant makes rail track and employs 1,900 people.", "Tarnwick bought the plant in 2011."]

ARTICLES["ferry_talks"] = """Pay talks at ferry operator collapse

Talks between Solent Isle Ferries and the seafarers' union broke down on Friday after nine hours.

Management insisted that its offer of 4 per cent was final.

Staff claim the company has hired agency crews to cover sailings during the dispute.

The firm denied the claim.

Ferries run every 40 minutes in summer.

A spokesman for the Maritime Workers' Union said crews would meet on Monday to decide their next step.
"""
GOLD["ferry_talks"] = [
    ("insisted", "Management", "its offer of 4 per cent was final"),
    ("claim", "Staff", "the company has hired agency crews to cover sailings during the dispute"),
    ("denied", "The firm", "the claim"),
    ("said", "A spokesman for the Maritime Workers' Union", "crews would meet on Monday to decide their next step"),
]
NOT_REPORTS["ferry_talks"] = ["Talks between Solent Isle Ferries and the seafarers' union broke down on Friday after nine hours.",
                              "Ferries run every 40 minutes in summer."]

ARTICLES["porters"] = """Hospital porters stage walkout over sick pay

Hospital porters at St Aldric's walked out for 24 hours on Thursday.

The Health and Estates Workers Union said the contractor, Medserve, had refused to pay sick pay from the first day of illness.

Medserve said in a statement that it paid staff in line with the law.

Porter Grace Abiodun, 52, said: "We were clapped in the pandemic and now we are ignored."

The contract is worth £14m a year.
"""
GOLD["porters"] = [
    ("said", "The Health and Estates Workers Union", "the contractor, Medserve, had refused to pay sick pay from the first day of illness"),
    ("said", "Medserve", "it paid staff in line with the law"),
    ("said", "Porter Grace Abiodun, 52", "We were clapped in the pandemic and now we are ignored"),
]
NOT_REPORTS["porters"] = ["Hospital porters at St Aldric's walked out for 24 hours on Thursday.", "The contract is worth £14m a year."]

ARTICLES["games_studio"] = """Games studio staff form union

Workers at Pixelforge Studios in Dundee have formed a union.

The studio employs 240 developers and artists.

Organiser Lena Voss said crunch had become "a way of life" at the company.

Management said it respected the right of staff to organise.

In a post on the company forum, one developer wrote that people were working 70-hour weeks before each release.

Its last game sold two million copies.
"""
GOLD["games_studio"] = [
    ("said", "Organiser Lena Voss", "crunch had become \"a way of life\" at the company"),
    ("said", "Management", "it respected the right of staff to organise"),
    ("wrote", "one developer", "people were working 70-hour weeks before each release"),
]
NOT_REPORTS["games_studio"] = ["Workers at Pixelforge Studios in Dundee have formed a union.",
                               "The studio employs 240 developers and artists.", "Its last game sold two million copies."]

ARTICLES["airport_security"] = """Airport security staff to strike in August

Security staff at Eastfield Airport will strike for eight days from August 3.

Most of them belong to the Aviation Staff Union.

The union said members had voted overwhelmingly to strike over new rosters.

The airport warned passengers to expect delays at security.

Eastfield handled 9.4 million passengers last year.

An airport spokeswoman said contingency plans were in place.
"""
GOLD["airport_security"] = [
    ("said", "The union", "members had voted overwhelmingly to strike over new rosters"),
    ("warned", "The airport", "passengers to expect delays at security"),
    ("said", "An airport spokeswoman", "contingency plans were in place"),
]
NOT_REPORTS["airport_security"] = ["Security staff at Eastfield Airport will strike for eight days from August 3.",
                                   "Most of them belong to the Aviation Staff Union.",
                                   "Eastfield handled 9.4 million passengers last year."]
SPEAKERS["airport_security"] = [("said", "The union", "Aviation Staff Union", "members")]

ARTICLES["bus_rally"] = """Bus drivers rally in city square

Hundreds of bus drivers marched through Kelston city centre on Saturday.

Speaking from a flatbed lorry, the union's general secretary told the rally that drivers would not accept split shifts.

Orla Devaney, who has led the union since 2019, said the company had made record profits.

She told reporters afterwards that the fight would go on.

The drivers carried placards and banners.

Kelston Buses said it had offered a 7 per cent rise.
"""
GOLD["bus_rally"] = [
    ("told", "the union's general secretary", "drivers would not accept split shifts"),
    ("said", "Orla Devaney, who has led the union since 2019", "the company had made record profits"),
    ("told", "She", "the fight would go on"),
    ("said", "Kelston Buses", "it had offered a 7 per cent rise"),
]
NOT_REPORTS["bus_rally"] = ["Hundreds of bus drivers marched through Kelston city centre on Saturday.",
                            "The drivers carried placards and banners."]
SPEAKERS["bus_rally"] = [("told", "She", "Orla Devaney", "the fight")]

ARTICLES["shop_shifts"] = """Shop workers complain of short-notice shifts

Staff at the Halloway's chain claim they are given shifts with less than a day's notice.

A worker who did not want to be named said she had once been sent home after an hour.

Halloway's has 112 stores across the north.

The company said fewer than one in ten staff were on zero-hours contracts.

The chain made a loss of £8m last year.
"""
GOLD["shop_shifts"] = [
    ("claim", "Staff at the Halloway's chain", "they are given shifts with less than a day's notice"),
    ("said", "A worker who did not want to be named", "she had once been sent home after an hour"),
    ("said", "The company", "fewer than one in ten staff were on zero-hours contracts"),
]
NOT_REPORTS["shop_shifts"] = ["Halloway's has 112 stores across the north.", "The chain made a loss of £8m last year."]

ARTICLES["doctors_dates"] = """Resident doctors name new strike dates

Resident doctors in Carrickmore will strike for 72 hours from 7am on 18 October.

The Doctors' Association announced the dates on Tuesday after talks with the health department ended without agreement.

Its chair, Dr Niamh Coyle, said members had "run out of patience".

The health department said the strike would put patients at risk.

Resident doctors start on a salary of £36,000.
"""
GOLD["doctors_dates"] = [
    ("announced", "The Doctors' Association", "the dates"),
    ("said", "Its chair, Dr Niamh Coyle", "members had \"run out of patience\""),
    ("said", "The health department", "the strike would put patients at risk"),
]
NOT_REPORTS["doctors_dates"] = ["Resident doctors in Carrickmore will strike for 72 hours from 7am on 18 October.",
                                "Resident doctors start on a salary of £36,000."]
SPEAKERS["doctors_dates"] = [("said", "Its chair, Dr Niamh Coyle", "Niamh Coyle", "members")]

ARTICLES["bakery_heat"] = """Bakery staff report heat on production line

Staff at the Brenfield bakery told inspectors that temperatures on the production line had reached 38C.

An inspector's report, published on Friday, found that fans had been broken for months.

The bakery produces 400,000 loaves a day.

Owner Gavin Trewartha said new cooling units had been ordered.

Three workers fainted in July.
"""
GOLD["bakery_heat"] = [
    ("told", "Staff at the Brenfield bakery", "temperatures on the production line had reached 38C"),
    ("found", "An inspector's report, published on Friday", "fans had been broken for months"),
    ("said", "Owner Gavin Trewartha", "new cooling units had been ordered"),
]
NOT_REPORTS["bakery_heat"] = ["The bakery produces 400,000 loaves a day.", "Three workers fainted in July."]

ARTICLES["marking_boycott"] = """Lecturers end marking boycott

Lecturers at Wexcombe University have ended a five-month marking boycott.

The University and College Staff Union said members had accepted a revised offer.

The vice-chancellor, Professor Imogen Hale, wrote in a message to staff that the university was "relieved".

Students said they had waited months for their degree results.

About 3,000 students graduated without final marks.
"""
GOLD["marking_boycott"] = [
    ("said", "The University and College Staff Union", "members had accepted a revised offer"),
    ("wrote", "The vice-chancellor, Professor Imogen Hale", "the university was \"relieved\""),
    ("said", "Students", "they had waited months for their degree results"),
]
NOT_REPORTS["marking_boycott"] = ["Lecturers at Wexcombe University have ended a five-month marking boycott.",
                                  "About 3,000 students graduated without final marks."]

ARTICLES["postal_offer"] = """Postal workers turn down offer

The latest offer from Mailways was rejected by members in a ballot that closed on Friday.

Turnout was 67 per cent.

The company said it was "disappointed" by the result.

Union negotiator Paddy Lorcan said the offer had tied pay to "impossible" productivity targets.

Postal workers last struck in 2022.
"""
GOLD["postal_offer"] = [
    ("rejected", "members", "The latest offer from Mailways"),
    ("said", "The company", "it was \"disappointed\" by the result"),
    ("said", "Union negotiator Paddy Lorcan", "the offer had tied pay to \"impossible\" productivity targets"),
]
NOT_REPORTS["postal_offer"] = ["Turnout was 67 per cent.", "Postal workers last struck in 2022."]

ARTICLES["bank_cleaners"] = """Cleaners' pay row at bank headquarters

Cleaners at the headquarters of Forbridge Bank are paid £11.44 an hour.

Their employer, Sparkwell Services, described the pay claim as "unrealistic".

The cleaners' union accused the bank of hiding behind its contractor.

Forbridge said it expected all its suppliers to pay the real living wage.

The bank made a profit of £2.1bn last year.
"""
GOLD["bank_cleaners"] = [
    ("described", "Their employer, Sparkwell Services", "unrealistic"),
    ("accused", "The cleaners' union", "the bank of hiding behind its contractor"),
    ("said", "Forbridge", "it expected all its suppliers to pay the real living wage"),
]
NOT_REPORTS["bank_cleaners"] = ["Cleaners at the headquarters of Forbridge Bank are paid £11.44 an hour.",
                                "The bank made a profit of £2.1bn last year."]

ARTICLES["midwives_ballot"] = """Midwives' ballot falls short of threshold

The ballot of midwives in the Severn region closed on Monday.

The Royal Guild of Midwives said turnout had fallen short of the 50 per cent needed for a strike to be lawful.

Of those who voted, 91 per cent backed a strike.

Guild director Hazel Amankwah said midwives were "exhausted, not apathetic".

She blamed the postal voting rules.
"""
GOLD["midwives_ballot"] = [
    ("said", "The Royal Guild of Midwives", "turnout had fallen short of the 50 per cent needed for a strike to be lawful"),
    ("backed", "91 per cent", "a strike"),
    ("said", "Guild director Hazel Amankwah", "midwives were \"exhausted, not apathetic\""),
    ("blamed", "She", "the postal voting rules"),
]
# a share of voters that backed a side is a report of their stance, as PolNeAR marks one the writer states (2 of 2 on
# train outside a poll's content), so the gold was corrected from a line reporting nothing
NOT_REPORTS["midwives_ballot"] = ["The ballot of midwives in the Severn region closed on Monday."]
SPEAKERS["midwives_ballot"] = [("blamed", "She", "Hazel Amankwah", "the postal")]

ARTICLES["warehouse_breaks"] = """Warehouse staff say toilet breaks are timed

Workers at an online retailer's warehouse near Thornaby say their toilet breaks are timed by scanners.

The warehouse is the size of 11 football pitches.

One picker, who asked not to be named, told the Gazette that she had been warned for taking eight minutes.

The company, Parcelio, said the claims did not reflect the experience of its staff.

It added that breaks were never monitored.
"""
GOLD["warehouse_breaks"] = [
    ("say", "Workers at an online retailer's warehouse near Thornaby", "their toilet breaks are timed by scanners"),
    ("told", "One picker, who asked not to be named", "she had been warned for taking eight minutes"),
    ("said", "The company, Parcelio", "the claims did not reflect the experience of its staff"),
    ("added", "It", "breaks were never monitored"),
]
NOT_REPORTS["warehouse_breaks"] = ["The warehouse is the size of 11 football pitches."]
SPEAKERS["warehouse_breaks"] = [("added", "It", "Parcelio", "breaks")]

ARTICLES["chef_tribunal"] = """Sous chef wins race discrimination case

A Manchester employment tribunal ruled that Olive and Ember Ltd had discriminated against sous chef Tomasz Wrobel.

Mr Wrobel alleged that his head chef had mocked his accent in front of staff.

The company denied that any comments had been made.

He was awarded £19,500.

The restaurant group runs nine sites.
"""
GOLD["chef_tribunal"] = [
    ("ruled", "A Manchester employment tribunal", "Olive and Ember Ltd had discriminated against sous chef Tomasz Wrobel"),
    ("alleged", "Mr Wrobel", "his head chef had mocked his accent in front of staff"),
    ("denied", "The company", "any comments had been made"),
]
NOT_REPORTS["chef_tribunal"] = ["He was awarded £19,500.", "The restaurant group runs nine sites."]
SPEAKERS["chef_tribunal"] = [("alleged", "Mr Wrobel", "Tomasz Wrobel", "his head")]

ARTICLES["call_centre"] = """Call centre to close with loss of 450 jobs

Telvance confirmed on Monday that its call centre in Ashgrove would close in the spring.

The centre opened in 2004 and handles calls for energy firms.

In an email to employees, the chief executive, Mark Delacourt, wrote that the work would move to Manila.

The Communication Workers' Guild called the decision "a betrayal".

Staff will receive four weeks' pay for each year of service.
"""
GOLD["call_centre"] = [
    ("confirmed", "Telvance", "its call centre in Ashgrove would close in the spring"),
    ("wrote", "the chief executive, Mark Delacourt", "the work would move to Manila"),
    ("called", "The Communication Workers' Guild", "the decision \"a betrayal\""),
]
NOT_REPORTS["call_centre"] = ["The centre opened in 2004 and handles calls for energy firms.",
                              "Staff will receive four weeks' pay for each year of service."]

ARTICLES["delivery_riders"] = """Delivery riders protest outside app office

About 200 delivery riders gathered outside the offices of Dashly in Leith on Wednesday.

Riders said a change to the pay formula had cut their earnings by a quarter.

Rider Kwame Ofori, 29, said he now worked 60 hours a week to pay his rent.

Dashly said riders earned on average £14 an hour while on a delivery.

Riders are paid per delivery.
"""
GOLD["delivery_riders"] = [
    ("said", "Riders", "a change to the pay formula had cut their earnings by a quarter"),
    ("said", "Rider Kwame Ofori, 29", "he now worked 60 hours a week to pay his rent"),
    ("said", "Dashly", "riders earned on average £14 an hour while on a delivery"),
]
NOT_REPORTS["delivery_riders"] = ["About 200 delivery riders gathered outside the offices of Dashly in Leith on Wednesday.",
                                  "Riders are paid per delivery."]

ARTICLES["fire_pensions"] = """Firefighters warn of action over pension age

The Fire Brigades' Federation warned that firefighters could strike if the pension age was raised to 60.

Firefighters currently retire at 55.

Federation president Ian McCurdie told the union's annual conference that crews could not fight fires into their sixties.

Ministers insist the change is needed to keep the scheme affordable.

The conference was held in Blackpool.
"""
GOLD["fire_pensions"] = [
    ("warned", "The Fire Brigades' Federation", "firefighters could strike if the pension age was raised to 60"),
    ("told", "Federation president Ian McCurdie", "crews could not fight fires into their sixties"),
    ("insist", "Ministers", "the change is needed to keep the scheme affordable"),
]
NOT_REPORTS["fire_pensions"] = ["Firefighters currently retire at 55.", "The conference was held in Blackpool."]

# written after the mend, to probe its shape in other words: a ballot as the subject of 'show', 'reveal' and
# 'found', and a phrase 'in the ballot' sourcing the share that backed a side

ARTICLES["dockers_ballot"] = """Dockers at Pellow port back overtime ban

The result of the ballot, announced on Thursday, revealed strong support for an overtime ban among crane drivers.

The Port and Harbour Workers' Guild balloted 640 members.

In the ballot, 78 per cent of dockers voted for the ban.

Port owner Castlereagh Terminals said it would seek an injunction.
"""
GOLD["dockers_ballot"] = [
    ("revealed", "The result of the ballot, announced on Thursday", "strong support for an overtime ban among crane drivers"),
    ("voted for", "78 per cent of dockers", "the ban"),
    ("said", "Port owner Castlereagh Terminals", "it would seek an injunction"),
]
NOT_REPORTS["dockers_ballot"] = ["The Port and Harbour Workers' Guild balloted 640 members."]

ARTICLES["librarians_ballot"] = """Library staff vote for action short of a strike

A consultative ballot of library staff in Ardley found that nine in ten were willing to take industrial action.

The council plans to close four of its 17 branches.

Library assistant Joan Ferreira said the branches were "the only warm place" for many older residents.

The council said no decision had been taken.
"""
GOLD["librarians_ballot"] = [
    ("found", "A consultative ballot of library staff in Ardley", "nine in ten were willing to take industrial action"),
    ("said", "Library assistant Joan Ferreira", "the branches were \"the only warm place\" for many older residents"),
    ("said", "The council", "no decision had been taken"),
]
NOT_REPORTS["librarians_ballot"] = ["The council plans to close four of its 17 branches."]

ARTICLES["nursery_ballot"] = """Nursery workers' ballot shows anger over ratios

The union's ballot shows most nursery workers oppose plans to let each adult look after more toddlers.

Nursery assistants earn an average of £10.90 an hour.

Manager Precious Dube said her staff were already stretched.

The education department insisted that safety would not be compromised.
"""
GOLD["nursery_ballot"] = [
    ("shows", "The union's ballot", "most nursery workers oppose plans to let each adult look after more toddlers"),
    ("said", "Manager Precious Dube", "her staff were already stretched"),
    ("insisted", "The education department", "safety would not be compromised"),
]
NOT_REPORTS["nursery_ballot"] = ["Nursery assistants earn an average of £10.90 an hour."]
