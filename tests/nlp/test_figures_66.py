"""Figures in general news (sport, transport, elections, culture, health, crime, science and
local news) on sentences written for these tests: what an editor verifying a number needs
beside its value: what is counted (``unit``), what happened (``predicate``), a rise or a fall
(``change``), a level or the size of a change (``level``), the earlier level it is set against
(``previous``: "up from", "from a peak of", "compared with ... last year"; "compared with"
states no rise or fall, so it sets no change, as the gold sets have it), who got or paid a
sum (``agent``) and its time, which is not the time of the earlier value ("rose to 212 in 2024
from 40 in 2019") nor of a record it is measured against ("the highest since 2008"). Scores
("won 3-1") and ages ("aged 34") are no quantities of things. The 64/65 sets hold crisis and
business figures.

A sum received ("the charity received $5m from the lottery fund", "won £150,000", "was
awarded a £2m grant") has its receiver as ``agent``, as a sum raised or earned does: the
figure is that party's money; the giver after 'from' or 'by' is no agent of a receiving verb
(a giving verb keeps its giver: "was given £60,000 by the lottery fund"). Since the sixty-ninth pass a tally of
votes or seats has its holder as ``agent`` too ("The Civic Party won 58 seats": ``nlp.figures.tallies``), three
rows' agent changed with it.

Counts on these 109 sentences (169 figures, 1,329 checked fields; four more with scores only) right / wrong / missing, before
this set -> after it: predicate 160/8/0 -> 166/2/0, change 164/0/3 -> 167/0/0, level 167/2/0 ->
169/0/0, previous 159/0/10 -> 169/0/0, agent 151/0/12 -> 163/0/0, time 139/16/0 -> 154/1/0;
value 169 and unit 164/1/4 unchanged. Fixed: an earlier value after "from a peak of" or
"compared with" and a time of its own, the time of an earlier value or a record that dated the
level (``nlp.figures.earlier``), a level with its year before ", down from", "twice as many as
last year" as a rise, a sum received (``payers``). The eight left are the strict xfails."""

from __future__ import annotations

import pytest
from figure_rows import ANY, field_cases, field_of, published_figures, spans_listed, wrong_without_row

#: a Thursday: "last year" is 2023
PUBLISHED = "2024-03-14"

FIELDS = ("value", "unit", "predicate", "change", "level", "previous", "agent", "time")

# (text, span, value, unit, predicate, change, level, previous (the earlier level's span), agent,
# time); a tuple accepts any of its values; every figure of a sentence is listed
FIGURES = [
    ('The striker, aged 34, has scored 212 goals in 480 games.',
     '34', 34, 'years', 'aged', None, True, None, None, None),
    ('The striker, aged 34, has scored 212 goals in 480 games.',
     '212', 212, 'goals', 'scored', None, True, None, None, None),
    ('The striker, aged 34, has scored 212 goals in 480 games.',
     '480', 480, 'games', 'scored', None, True, None, None, None),
    ('A crowd of 41,500 watched the final at Pellbrook Stadium.',
     '41,500', 41500, 'people', 'watched', None, True, None, None, None),
    ('Attendance at Marsh Lane averaged 18,200 this season, up from 15,900 last season.',
     '18,200', 18200, 'people', 'averaged', 'up', True, '15,900', None, ANY),
    ('Attendance at Marsh Lane averaged 18,200 this season, up from 15,900 last season.',
     '15,900', 15900, 'people', 'averaged', None, True, None, None, ANY),
    ('The organisers sold 1.4 million tickets for the Halvorsen Games.',
     '1.4 million', 1400000, 'tickets', 'sold', None, True, None, None, None),
    ('The Corrigan Marathon drew 52,000 runners, a record.',
     '52,000', 52000, 'runners', 'drew', None, True, None, None, None),
    ('Dalby won the sprint in 9.94 seconds.',
     '9.94', 9.94, 'seconds', 'won', None, True, None, None, None),
    ('The cyclist was awarded £25,000 in prize money.',
     '£25,000', 25000, 'pounds', 'awarded', None, True, None, 'cyclist', None),
    ('Kessington Athletic received £4m from the sale of the defender.',
     '£4m', 4000000, 'pounds', 'received', None, True, None, 'Kessington Athletic', None),
    ("The league's television audience fell to 2.1 million from 2.8 million.",
     '2.1 million', 2100000, 'people', 'fell', 'down', True, '2.8 million', None, None),
    ("The league's television audience fell to 2.1 million from 2.8 million.",
     '2.8 million', 2800000, 'people', 'fell', None, True, None, None, None),
    ('The team has lost 11 of its last 14 matches.',
     '11', 11, 'matches', 'lost', 'down', False, None, None, None),
    ('The team has lost 11 of its last 14 matches.',
     '14', 14, 'matches', 'lost', None, True, None, None, None),
    ('Season-ticket holders rose to 27,000, compared with 22,500 last year.',
     '27,000', 27000, 'holders', 'rose', 'up', True, '22,500', None, None),
    ('Season-ticket holders rose to 27,000, compared with 22,500 last year.',
     '22,500', 22500, 'holders', 'rose', None, True, None, None, 'last year'),
    ('The stadium will hold 60,000 fans after the expansion.',
     '60,000', 60000, 'fans', 'hold', None, True, None, None, None),
    ('The goalkeeper, 29, has kept 14 clean sheets.',
     '29', 29, 'years', 'kept', None, True, None, None, None),
    ('The goalkeeper, 29, has kept 14 clean sheets.',
     '14', 14, 'sheets', 'kept', None, True, None, None, None),
    ('Passenger numbers at Orrick airport rose to 9.2 million in 2023 from 6.7 million in 2022.',
     '9.2 million', 9200000, 'passengers', 'rose', 'up', True, '6.7 million', None, 'in 2023'),
    ('Passenger numbers at Orrick airport rose to 9.2 million in 2023 from 6.7 million in 2022.',
     '6.7 million', 6700000, 'passengers', 'rose', None, True, None, None, 'in 2022'),
    ('Rail journeys fell 14% last year, the transport office said.',
     '14%', 14, 'percent', 'fell', 'down', False, None, None, 'last year'),
    ('The ferry carried 380 passengers and 95 cars.',
     '380', 380, 'passengers', 'carried', None, True, None, None, None),
    ('The ferry carried 380 passengers and 95 cars.',
     '95', 95, 'cars', 'carried', None, True, None, None, None),
    ('Bus ridership stands at 1.1 million a week, down from a peak of 1.6 million.',
     '1.1 million', 1100000, ('ridership', 'passengers'), 'stand', 'down', True, '1.6 million', None, None),
    ('Bus ridership stands at 1.1 million a week, down from a peak of 1.6 million.',
     '1.6 million', 1600000, ('ridership', 'passengers'), 'stand', None, True, None, None, None),
    ('Cancellations on the Wexley line reached 1,240 in March, the highest since 2015.',
     '1,240', 1240, 'cancellations', 'reached', ANY, True, None, None, 'in March'),
    ('The new bridge cost £310m and took four years to build.',
     '£310m', 310000000, 'pounds', 'cost', None, True, None, ANY, None),
    ('The new bridge cost £310m and took four years to build.',
     'four', 4, 'years', 'took', None, True, None, None, None),
    ('Road deaths in the county fell to 31, the lowest since records began.',
     '31', 31, 'people', 'death', 'down', True, None, None, None),
    ('Trains on the route ran 7 minutes late on average.',
     '7', 7, 'minutes', 'ran', None, True, None, None, None),
    ('The airline flew 4.6 million passengers in the summer, 400,000 more than last year.',
     '4.6 million', 4600000, 'passengers', 'flew', None, True, None, None, 'in the summer'),
    ('The airline flew 4.6 million passengers in the summer, 400,000 more than last year.',
     '400,000', 400000, 'passengers', 'flew', 'up', False, None, None, ANY),
    ('The council received £12m from the transport fund for new cycle lanes.',
     '£12m', 12000000, 'pounds', 'received', None, True, None, 'council', None),
    ('Fare evasion costs the operator about £40m a year.',
     'about £40m', 40000000, 'pounds', 'cost', None, True, None, ANY, None),
    ('Electric car registrations jumped 38% to 16,400 in April.',
     '38%', 38, 'percent', 'jumped', 'up', False, None, None, 'in April'),
    ('Electric car registrations jumped 38% to 16,400 in April.',
     '16,400', 16400, 'registrations', 'jumped', 'up', True, None, None, 'in April'),
    ('The Civic Party won 47% of the vote and 58 seats.',
     '47%', 47, 'percent', 'won', None, True, None, None, None),
    ('The Civic Party won 47% of the vote and 58 seats.',
     '58', 58, 'seats', 'won', None, True, None, 'Civic Party', None),  # a tally's holder (figures.tallies)
    ('Turnout fell to 59%, down from 66% at the last election.',
     '59%', 59, 'percent', 'fell', 'down', True, '66%', None, None),
    ('Turnout fell to 59%, down from 66% at the last election.',
     '66%', 66, 'percent', 'fell', None, True, None, None, None),
    ('Marla Hesketh was re-elected with 23,410 votes, a majority of 4,200.',
     '23,410', 23410, 'votes', 'elected', None, True, None, None, None),
    ('Marla Hesketh was re-elected with 23,410 votes, a majority of 4,200.',
     '4,200', 4200, 'votes', ('elected', 'majority'), None, True, None, None, None),
    ('The Liberal bloc lost 12 seats, leaving it with 40.',
     '12', 12, 'seats', 'lost', 'down', False, None, None, None),
    ('The Liberal bloc lost 12 seats, leaving it with 40.',
     '40', 40, 'seats', 'leave', ANY, True, None, None, None),
    ('About 1.9 million postal ballots were returned.',
     'About 1.9 million', 1900000, 'ballots', 'returned', None, True, None, None, None),
    ('The referendum passed with 54.6% in favour.',
     '54.6%', 54.6, 'percent', 'passed', None, True, None, None, None),
    ('The candidate raised $3.2m in the last quarter, compared with $1.9m in the previous quarter.',
     '$3.2m', 3200000, 'dollars', 'raised', None, True, '$1.9m', 'candidate', 'in the last quarter'),
    ('The candidate raised $3.2m in the last quarter, compared with $1.9m in the previous quarter.',
     '$1.9m', 1900000, 'dollars', 'raised', None, True, None, ANY, 'in the previous quarter'),
    ("The party's membership has doubled to 84,000 since 2021.",
     'doubled', 2, None, 'doubled', 'up', False, None, None, 'since 2021'),
    ("The party's membership has doubled to 84,000 since 2021.",
     '84,000', 84000, 'people', 'doubled', 'up', True, None, None, 'since 2021'),
    ('Some 12,000 voters were turned away from polling stations.',
     'Some 12,000', 12000, 'voters', 'turned', None, True, None, None, None),
    ('The mayor won a second term with 61% of the vote, up from 52% in 2020.',
     '61%', 61, 'percent', 'won', 'up', True, '52%', None, None),
    ('The mayor won a second term with 61% of the vote, up from 52% in 2020.',
     '52%', 52, 'percent', 'won', None, True, None, None, 'in 2020'),
    ('The film took $48m at the box office in its opening weekend.',
     '$48m', 48000000, 'dollars', 'took', None, True, None, ANY, None),
    ('The album sold 310,000 copies in its first week.',
     '310,000', 310000, 'copies', 'sold', None, True, None, None, ANY),
    ('The podcast had 2 million downloads in its first month.',
     '2 million', 2000000, 'downloads', 'had', None, True, None, None, ANY),
    ('The museum welcomed 1.3 million visitors last year, up from 980,000 in 2022.',
     '1.3 million', 1300000, 'visitors', 'welcomed', 'up', True, '980,000', None, 'last year'),
    ('The museum welcomed 1.3 million visitors last year, up from 980,000 in 2022.',
     '980,000', 980000, 'visitors', 'welcomed', None, True, None, None, 'in 2022'),
    ('The gallery was awarded a £2m grant by the arts council.',
     '£2m', 2000000, 'pounds', 'awarded', None, True, None, 'gallery', None),
    ('The festival sold 95,000 tickets, 15,000 more than last year.',
     '95,000', 95000, 'tickets', 'sold', None, True, None, None, None),
    ('The festival sold 95,000 tickets, 15,000 more than last year.',
     '15,000', 15000, 'tickets', 'sold', 'up', False, None, None, ANY),
    ('The novel has sold 4 million copies in 30 languages.',
     '4 million', 4000000, 'copies', 'sold', None, True, None, None, None),
    ('The novel has sold 4 million copies in 30 languages.',
     '30', 30, 'languages', 'sold', None, True, None, None, None),
    ('The painting fetched £6.2m at auction, twice its estimate.',
     '£6.2m', 6200000, 'pounds', 'fetched', None, True, None, None, None),
    ('The painting fetched £6.2m at auction, twice its estimate.',
     'twice', 2, None, 'fetched', None, True, None, None, None),
    ("The orchestra's audience grew to 210,000, the highest since 2008.",
     '210,000', 210000, 'people', 'grew', 'up', True, None, None, None),
    ('The singer, 27, has 14 million followers.',
     '27', 27, 'years', 'have', None, True, None, None, None),
    ('The singer, 27, has 14 million followers.',
     '14 million', 14000000, 'followers', 'have', None, True, None, None, None),
    ('The theatre lost £850,000 last season.',
     '£850,000', 850000, 'pounds', 'lost', None, True, None, ANY, ANY),
    ('The series was watched by 7.4 million viewers.',
     '7.4 million', 7400000, 'viewers', 'watched', None, True, None, None, None),
    ('Waiting lists at Fenmoor hospital grew to 14,300 from 11,900 a year earlier.',
     '14,300', 14300, 'people', 'grew', 'up', True, '11,900', None, None),
    ('Waiting lists at Fenmoor hospital grew to 14,300 from 11,900 a year earlier.',
     '11,900', 11900, 'people', 'grew', None, True, None, None, 'a year earlier'),
    ('Measles cases rose to 212 in 2024 from 40 in 2019.',
     '212', 212, 'cases', 'rose', 'up', True, '40', None, 'in 2024'),
    ('Measles cases rose to 212 in 2024 from 40 in 2019.',
     '40', 40, 'cases', 'rose', None, True, None, None, 'in 2019'),
    ('The trust received £30m from the health ministry to cut waiting times.',
     '£30m', 30000000, 'pounds', 'received', None, True, None, 'trust', None),
    ('About 62% of children were vaccinated, compared with 71% five years ago.',
     'About 62%', 62, 'percent', 'vaccinated', None, True, '71%', None, None),
    ('About 62% of children were vaccinated, compared with 71% five years ago.',
     '71%', 71, 'percent', 'vaccinated', None, True, None, None, 'five years ago'),
    ('About 62% of children were vaccinated, compared with 71% five years ago.',
     'five', 5, 'years', 'compared', None, True, None, None, None),
    ('Flu admissions doubled to 1,800 this week.',
     'doubled', 2, None, 'doubled', 'up', False, None, None, 'this week'),
    ('Flu admissions doubled to 1,800 this week.',
     '1,800', 1800, 'admissions', 'doubled', 'up', True, None, None, 'this week'),
    ('The clinic treated 3,500 patients last year, 600 more than in 2022.',
     '3,500', 3500, 'patients', 'treated', None, True, None, None, 'last year'),
    ('The clinic treated 3,500 patients last year, 600 more than in 2022.',
     '600', 600, 'patients', 'treated', 'up', False, None, None, ANY),
    ('The hospital has 420 beds and 2,100 staff.',
     '420', 420, 'beds', 'have', None, True, None, None, None),
    ('The hospital has 420 beds and 2,100 staff.',
     '2,100', 2100, 'staff', 'have', None, True, None, None, None),
    ('Ambulance response times rose to 38 minutes, up from 29 minutes.',
     '38', 38, 'minutes', 'rose', 'up', True, '29', None, None),
    ('Ambulance response times rose to 38 minutes, up from 29 minutes.',
     '29', 29, 'minutes', 'rose', None, True, None, None, None),
    ('The patient, aged 71, died on Thursday.',
     '71', 71, 'years', 'aged', None, True, None, None, ANY),
    ('Deaths from the illness fell to 96 last year, down from a peak of 410 in 2016.',
     '96', 96, 'people', 'death', 'down', True, '410', None, 'last year'),
    ('Deaths from the illness fell to 96 last year, down from a peak of 410 in 2016.',
     '410', 410, 'people', ANY, None, True, None, None, 'in 2016'),
    ('GP surgeries in the region were given an extra £1.5m.',
     '£1.5m', 1500000, 'pounds', 'given', None, True, None, None, None),
    ('Burglaries in Ashcombe fell 18% to 2,240 last year.',
     '18%', 18, 'percent', 'fell', 'down', False, None, None, 'last year'),
    ('Burglaries in Ashcombe fell 18% to 2,240 last year.',
     '2,240', 2240, 'burglaries', 'fell', 'down', True, None, None, 'last year'),
    ('Police seized 40kg of cocaine worth £3.2m.',
     '40kg', 40, 'kilograms', 'seized', None, True, None, None, None),
    ('Police seized 40kg of cocaine worth £3.2m.',
     '£3.2m', 3200000, 'pounds', 'worth', None, True, None, None, None),
    ('The man, 42, was jailed for six years.',
     '42', 42, 'years', 'jailed', None, True, None, None, ANY),
    ('The man, 42, was jailed for six years.',
     'six', 6, 'years', 'jailed', None, True, None, None, None),
    ('Knife offences rose to 5,600, the highest since records began in 2010.',
     '5,600', 5600, 'offences', 'rose', 'up', True, None, None, None),
    ('The fraudster was ordered to repay £410,000.',
     '£410,000', 410000, 'pounds', 'repay', None, True, None, 'fraudster', None),
    ('Officers made 310 arrests during the operation.',
     '310', 310, 'arrests', 'made', None, True, None, None, None),
    ('Car thefts were up 22% on last year.',
     '22%', 22, 'percent', None, 'up', False, None, None, 'last year'),
    ('The victim was awarded £95,000 in damages.',
     '£95,000', 95000, 'pounds', 'awarded', None, True, None, 'victim', None),
    ('Reported shoplifting offences numbered 8,300, compared with 6,100 in 2022.',
     '8,300', 8300, 'offences', 'numbered', None, True, '6,100', None, None),
    ('Reported shoplifting offences numbered 8,300, compared with 6,100 in 2022.',
     '6,100', 6100, 'offences', 'numbered', None, True, None, None, 'in 2022'),
    ('The gang stole £1.1m from 240 pensioners.',
     '£1.1m', 1100000, 'pounds', 'stole', None, True, None, ANY, None),
    ('The gang stole £1.1m from 240 pensioners.',
     '240', 240, 'pensioners', 'stole', None, True, None, None, None),
    ('The telescope detected 1,400 new galaxies.',
     '1,400', 1400, 'galaxies', 'detected', None, True, None, None, None),
    ('The glacier has shrunk by 30% since 1990.',
     '30%', 30, 'percent', 'shrunk', 'down', False, None, None, 'since 1990'),
    ('Arctic sea ice fell to 3.9 million square kilometres, down from 4.7 million square kilometres a decade earlier.',
     '3.9 million', 3900000, 'square kilometres', 'fell', 'down', True, '4.7 million', None, None),
    ('Arctic sea ice fell to 3.9 million square kilometres, down from 4.7 million square kilometres a decade earlier.',
     '4.7 million', 4700000, 'square kilometres', 'fell', None, True, None, None, None),
    ('The lab was awarded a $12m grant by the science foundation.',
     '$12m', 12000000, 'dollars', 'awarded', None, True, None, 'lab', None),
    ('The study followed 48,000 adults for 10 years.',
     '48,000', 48000, 'adults', 'followed', None, True, None, None, 'for 10 years'),
    ('The study followed 48,000 adults for 10 years.',
     '10', 10, 'years', 'followed', None, True, None, None, None),
    ('The probe travelled 6.4 billion kilometres.',
     '6.4 billion', 6400000000, 'kilometres', 'travelled', None, True, None, None, None),
    ("The species' population has halved to 2,300 since 2000.",
     'halved', 0.5, None, 'halved', 'down', False, None, None, 'since 2000'),
    ("The species' population has halved to 2,300 since 2000.",
     '2,300', 2300, 'population', 'halved', 'down', True, None, None, 'since 2000'),
    ('The team received €8m from the research council.',
     '€8m', 8000000, 'euros', 'received', None, True, None, 'team', None),
    ('Global temperatures were 1.3C higher than the pre-industrial average.',
     '1.3C', 1.3, 'degrees Celsius', 'higher', 'up', False, None, None, None),
    ('Researchers counted 73 nests this spring, up from 51 last year.',
     '73', 73, 'nests', 'counted', 'up', True, '51', None, 'this spring'),
    ('Researchers counted 73 nests this spring, up from 51 last year.',
     '51', 51, 'nests', 'counted', None, True, None, None, 'last year'),
    ('The council will build 450 homes on the site.',
     '450', 450, 'homes', 'build', None, True, None, None, None),
    ('The food bank handed out 12,000 parcels last winter, twice as many as the year before.',
     '12,000', 12000, 'parcels', 'handed out', None, True, None, None, 'last winter'),
    ('The food bank handed out 12,000 parcels last winter, twice as many as the year before.',
     'twice', 2, None, 'handed out', 'up', False, None, None, ANY),
    ('Council tax in Brenley will rise by £68 a year.',
     '£68', 68, 'pounds', 'rise', 'up', False, None, None, None),
    ('The library had 210,000 visits in 2023, down from 260,000 in 2019.',
     '210,000', 210000, 'visits', 'had', 'down', True, '260,000', None, 'in 2023'),
    ('The library had 210,000 visits in 2023, down from 260,000 in 2019.',
     '260,000', 260000, 'visits', 'had', None, True, None, None, 'in 2019'),
    ('The appeal raised £42,000 for the village hall.',
     '£42,000', 42000, 'pounds', 'raised', None, True, None, 'appeal', None),
    ('Some 800 residents signed the petition.',
     'Some 800', 800, 'residents', 'signed', None, True, None, None, None),
    ("The town's population grew to 31,000 from 27,500 in 2011.",
     '31,000', 31000, 'population', 'grew', 'up', True, '27,500', None, None),
    ("The town's population grew to 31,000 from 27,500 in 2011.",
     '27,500', 27500, 'population', 'grew', None, True, None, None, 'in 2011'),
    ('The park received 1.2 million visitors last summer.',
     '1.2 million', 1200000, 'visitors', 'received', None, True, None, None, 'last summer'),
    ('Potholes reported to the council rose to 9,400, compared with 7,800 last year.',
     '9,400', 9400, 'potholes', 'rose', 'up', True, '7,800', None, None),
    ('Potholes reported to the council rose to 9,400, compared with 7,800 last year.',
     '7,800', 7800, 'potholes', 'rose', None, True, None, None, 'last year'),
    ('The parish council was given £60,000 by the lottery fund.',
     '£60,000', 60000, 'pounds', 'given', None, True, None, 'lottery fund', None),
    ('Parking charges will go up from £1.20 to £1.50 an hour.',
     '£1.20', 1.2, 'pounds', 'go up', None, True, None, None, None),
    ('Parking charges will go up from £1.20 to £1.50 an hour.',
     '£1.50', 1.5, 'pounds', 'go up', 'up', True, '£1.20', None, None),
    ('The school, which has 1,150 pupils, won £250,000 from the building fund.',
     '1,150', 1150, 'pupils', 'have', None, True, None, None, None),
    ('The school, which has 1,150 pupils, won £250,000 from the building fund.',
     '£250,000', 250000, 'pounds', 'won', None, True, None, 'school', None),
    ('House building in the district fell to 310 homes, the lowest since 2012.',
     '310', 310, 'homes', 'fell', 'down', True, None, None, None),
    ('The recycling rate rose from 41% to 48%.',
     '41%', 41, 'percent', 'rose', None, True, None, None, None),
    ('The recycling rate rose from 41% to 48%.',
     '48%', 48, 'percent', 'rose', 'up', True, '41%', None, None),
    ('The app was downloaded 500,000 times in its first week.',
     '500,000', 500000, 'downloads', 'downloaded', None, True, None, None, ANY),
    ('The trail attracted 64,000 walkers, three times as many as in 2020.',
     '64,000', 64000, 'walkers', 'attracted', None, True, None, None, None),
    ('The trail attracted 64,000 walkers, three times as many as in 2020.',
     'three times', 3, None, 'attracted', 'up', False, None, None, ANY),
    ('Ridership fell to 88,000 a day, down from a peak of 140,000 in 2019.',
     '88,000', 88000, ('ridership', 'passengers'), 'fell', 'down', True, '140,000', None, None),
    ('Ridership fell to 88,000 a day, down from a peak of 140,000 in 2019.',
     '140,000', 140000, ('ridership', 'passengers'), 'fell', None, True, None, None, 'in 2019'),
    ('Arrests at the festival fell to 37 from 52.',
     '37', 37, 'people', 'arrest', 'down', True, '52', None, None),
    ('Arrests at the festival fell to 37 from 52.',
     '52', 52, 'people', 'arrest', None, True, None, None, None),
    ('Haldane Park won 2-0 in front of 8,300 fans.',
     '8,300', 8300, 'fans', 'won', None, True, None, None, None),
    ('Tourist numbers climbed to 2.4 million, up from 1.9 million.',
     '2.4 million', 2400000, 'tourists', 'climbed', 'up', True, '1.9 million', None, None),
    ('Tourist numbers climbed to 2.4 million, up from 1.9 million.',
     '1.9 million', 1900000, 'tourists', 'climbed', None, True, None, None, None),
    ('The veteran, aged 58, finished 12th.',
     '58', 58, 'years', 'finished', None, True, None, None, None),
    ('The airport handled 210,000 flights in 2023 compared with 190,000 in 2022.',
     '210,000', 210000, 'flights', 'handled', None, True, '190,000', None, 'in 2023'),
    ('The airport handled 210,000 flights in 2023 compared with 190,000 in 2022.',
     '190,000', 190000, 'flights', 'handled', None, True, None, None, 'in 2022'),
    ('The charity won £150,000 in a competition run by the water company.',
     '£150,000', 150000, 'pounds', 'won', None, True, None, 'charity', None),
    ('The author received a $50,000 prize.',
     '$50,000', 50000, 'dollars', 'received', None, True, None, 'author', None),
    ('Organ donors rose to 1,600 from 1,400, the highest since 2018.',
     '1,600', 1600, 'donors', 'rose', 'up', True, '1,400', None, None),
    ('Organ donors rose to 1,600 from 1,400, the highest since 2018.',
     '1,400', 1400, 'donors', 'rose', None, True, None, None, None),
    ('Entries for the Pendle fun run rose to 6,000 from 4,200.',
     '6,000', 6000, 'entries', 'rose', 'up', True, '4,200', None, None),
    ('Entries for the Pendle fun run rose to 6,000 from 4,200.',
     '4,200', 4200, 'entries', 'rose', None, True, None, None, None),
    ('The exhibition drew 410,000 visitors in four months.',
     '410,000', 410000, 'visitors', 'drew', None, True, None, None, 'in four months'),
    ('The exhibition drew 410,000 visitors in four months.',
     'four', 4, 'months', 'drew', None, True, None, None, None),
    ("The show's ratings peaked at 9.1 million viewers.",
     '9.1 million', 9100000, 'viewers', 'peaked', None, True, None, None, None),
    ('Fines for littering in Cawthorne totalled £18,000 last year.',
     '£18,000', 18000, 'pounds', 'totalled', None, True, None, None, 'last year'),
    ('The swimmer, 19, broke the record by 0.4 seconds.',
     '19', 19, 'years', 'broke', None, True, None, None, None),
    ('The swimmer, 19, broke the record by 0.4 seconds.',
     '0.4', 0.4, 'seconds', 'broke', None, True, None, None, None),
    ('The candidate polled 8,900 votes, 2,100 more than in 2019.',
     '8,900', 8900, 'votes', 'polled', None, True, None, 'candidate', None),
    ('The candidate polled 8,900 votes, 2,100 more than in 2019.',
     '2,100', 2100, 'votes', 'polled', 'up', False, None, 'candidate', ANY),
]

#: (text, span, field): why the figure still gets it wrong
_NUMBERED = "the subject of 'numbered' is not read as what the bare level after it counts"
_POTHOLES = ("a subject with a participle after it ('Potholes reported to the council') is read as a report's "
             "source, not as what the bare level counts")

WRONG: dict[tuple[str, str, str], str] = {
    ('Marla Hesketh was re-elected with 23,410 votes, a majority of 4,200.', '4,200', 'predicate'):
        "the tokenizer splits 're-elected': the majority set beside the votes takes 're' as its verb",
    ('The candidate raised $3.2m in the last quarter, compared with $1.9m in the previous quarter.', '$1.9m', 'time'):
        "'in the previous quarter' is no time of the quarter patterns ('in the last quarter' is), so the nearest other "
        "time is taken",
    ('The clinic treated 3,500 patients last year, 600 more than in 2022.', '600', 'predicate'):
        "a difference set after its level ('600 more than in 2022') takes 'more' as its predicate, not the verb",
    ('Reported shoplifting offences numbered 8,300, compared with 6,100 in 2022.', '8,300', 'unit'): _NUMBERED,
    ('Reported shoplifting offences numbered 8,300, compared with 6,100 in 2022.', '6,100', 'unit'): _NUMBERED,
    ('Potholes reported to the council rose to 9,400, compared with 7,800 last year.', '9,400', 'unit'): _POTHOLES,
    ('Potholes reported to the council rose to 9,400, compared with 7,800 last year.', '7,800', 'unit'): _POTHOLES,
}

_DOCS: dict[str, tuple] = {}


def figures(nlp, text):
    return published_figures(nlp, text, PUBLISHED, _DOCS)


@pytest.mark.parametrize("text, span, field, want", list(field_cases(FIGURES, FIELDS, WRONG, ANY)))
def test_field(nlp, text, span, field, want):
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    got = field_of(figs, found[span], field)
    if isinstance(want, tuple):
        assert got in want
    else:
        assert got == want


@pytest.mark.parametrize("text", sorted({row[0] for row in FIGURES}))
def test_every_figure_is_listed(nlp, text):
    assert sorted(f.span.text for f in figures(nlp, text)) == spans_listed(FIGURES, text)


def test_every_wrong_case_is_a_row():
    assert not wrong_without_row(FIGURES, WRONG)


@pytest.mark.parametrize("text", [
    'Harlow Rovers beat Tennant City 3-1 on Saturday.',
    'Brimley Town drew 2-2 with Oakhurst in the cup.',
    'The home side lost 0-4, their heaviest defeat since 2019.',
    'Vance won the final 6-3, 7-5.',
])
def test_scores_are_no_figures(nlp, text):
    """A score counts no things: "beat them 3-1" is no figure."""
    assert [f.span.text for f in figures(nlp, text) if f.kind != "score"] == []


@pytest.mark.parametrize("text, span, field, want", [
    # "compared with" and no time of its own sets two groups side by side, no earlier value
    ('Bookings reached 8,400, up 6%, compared with 5,100 at the rival resort.', '8,400', 'previous', None),
    # a share of the people counted is no record before "since": the time is the figure's
    ('Officers detained 35 protesters, most of them since Tuesday.', '35', 'time', 'since Tuesday'),
    # an aim named by its year dates no figure
    ('The city has planted 12,000 trees, well short of the 2030 target.', '12,000', 'time', None),
])
def test_review_field(nlp, text, span, field, want):
    """Written in review of the pass: shapes the rules of this set were not written for."""
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    assert field_of(figs, found[span], field) == want
