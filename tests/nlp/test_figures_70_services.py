"""Figures in news of public services on sentences written for these tests: passengers and journeys ('carried 4.2m
passengers in March', 'fell to 61% of pre-pandemic levels'), punctuality and cancellations ('Only 58% of trains arrived
on time', 'One in 12 services', 'delays of up to 90 minutes'), fares and charges ('will rise by 4.6% in March', 'a £2
cap on bus fares', 'go up 20p to £2.40'), schools ('1,240 pupils', 'class sizes of 32', 'rose to 71.3% from 64.8%', 'A
third of schools', 'funding of £7,460 per pupil', 'Teacher vacancies ... doubled'), hospital and council waiting lists
('About 7.6 million people are waiting', 'waited more than 18 weeks', '4,000 families on the housing list', 'The median
wait ... was 14 weeks') and staffing ('a shortage of 3,000 drivers'), checked for the fields an editor verifying a
number needs: value, qualifier, kind, what is counted (``unit``), what happened (``predicate``), a rise or a fall
(``change``), the period or thing a rate is counted per (``rate``), where, when and who says so. Route, platform,
school-year, road, terminal, stage, ward and line numbers ('the number 12 bus', 'Platform 4', 'Year 7 pupils', 'the
A38') are names, no figures.

Conventions kept from the earlier sets: 'the number of <people> <participle>' gives the participle as what happened
('The number of people waiting ... rose to 23,400': waiting, the 64 set), a state phrase stands for its verb ('are
living in temporary accommodation', the 70 crowds set), a plan's verb keeps the plan ('plans to hire 150': plan to
hire), a present participle is read as its lemma ('carrying': carry), the size of a change counts nothing ('cut by a
quarter', as 'halved' in the 66 set), a verb of recording or reporting gives its subject as the source ('The Harlan
tram network recorded', 'Schools in Westerby reported') and a speaker named by a role is the name it resolves to ('the
operator said': Corran Buses).

Counts on these 89 sentences (116 figures, 1,091 checked fields) right / wrong / missing, before this set -> after it:
value 115/0/1 -> 116/0/0, qualifier 115/0/1 -> 116/0/0, kind 112/2/1 -> 113/2/0, unit 109/3/1 -> 112/1/0, predicate
99/3/1 -> 100/3/0, change 111/0/1 -> 112/0/0, rate 107/3/1 -> 109/2/0, place 87/9/1 -> 91/6/0, time 91/1/1 -> 92/1/0,
according_to 113/1/1 -> 114/1/0; figures found that are none 1 -> 0; the eight sentences without figures give none
before and after. Mended: a year then a number written large, no range ('fell from 1.9 million in
2019 to 1.3 million in 2023': '2019 to 1.3 million'; ``figures.numbers``, as a year then a sum already was), a lone
town's name the recogniser took for a date or the tagger for a common noun ('Bus fares for under-19s in Kerrow',
'schools in Carnforth': ``figures.named_places``, unless it is a word of the calendar or a feast's, lexicon
``figures/feast_names``), the nearest of two nouns before 'numbers' as what is counted ('Airport passenger numbers':
passengers, ``figures.context``), and a period the parser hung on the verb right after the figure as its rate ('costs
the county £42m a year': ``figures.verb_periods``; it mends the 65 set's 'will spend £3m a year'). Merged after the
70 energy set, one time more is right (93/0/0: 'within 62 days in February', a date beats a bare duration,
``figures.durations``). Merged after the 70 rates set, two rates more are right (111/0/0: a sum per journey or per
pupil is counted per it, '£1.10 a journey': journey, ``figures.per_units``). The fields left are the strict xfails of
``WRONG``. Merged after the 71 transport set, the mended shape 'dropped by 40,000 to 115,000' is a change and the level
it reached, no range (``figures.reached_levels``), and no longer a strict xfail."""

from __future__ import annotations

import pytest
from figure_rows import ANY, C, D, E, F, M, P, R, X, field_of, figure_set_tests

#: a Thursday: "last year" is 2023
PUBLISHED = "2024-03-14"

FIELDS = ("value", "qualifier", "kind", "unit", "predicate", "change", "rate", "place", "time", "according_to")


#: 'The Larch Valley line': the line's name holds a place, and either reading is right
_LARCH = ('Larch Valley', None)

# (text, span, value, qualifier, kind, unit, predicate, change, rate, place, time, according to); a tuple accepts any
# of its values; every figure of a sentence is listed
FIGURES = [
    # passengers and journeys
    ('Corran Buses carried 4.2m passengers in March, the operator said.',
     '4.2m', 4200000, E, C, 'passengers', 'carried', None, None, None, 'in March',
     ('operator', 'Corran Buses')),
    ('Rail journeys in Ellesby fell to 61% of pre-pandemic levels last year.',
     '61%', 61, E, P, 'percent', 'fell', 'down', None, 'Ellesby', 'last year', None),
    ('The Harlan tram network recorded 38 million journeys in 2023, up from 31 million in 2022.',
     '38 million', 38000000, E, C, 'journeys', 'recorded', 'up', None, ANY, 'in 2023', 'Harlan tram network'),
    ('The Harlan tram network recorded 38 million journeys in 2023, up from 31 million in 2022.',
     '31 million', 31000000, E, C, 'journeys', 'recorded', None, None, ANY, 'in 2022', 'Harlan tram network'),
    ('About 14,000 commuters use Penrow station every day.',
     'About 14,000', 14000, 'around', C, 'commuters', 'use', None, ANY, ANY, None, None),
    ('Passenger numbers on the Selby ferry rose 12% to 860,000 last year, the port authority said.',
     '12%', 12, E, P, 'percent', 'rose', 'up', None, ANY, 'last year', 'port authority'),
    ('Passenger numbers on the Selby ferry rose 12% to 860,000 last year, the port authority said.',
     '860,000', 860000, E, C, 'passengers', 'rose', 'up', None, ANY, 'last year', 'port authority'),
    ('Weekend bus use in Tarrow has recovered to 94% of its 2019 level.',
     '94%', 94, E, P, 'percent', 'recovered', ANY, None, 'Tarrow', ANY, None),
    ('Nearly 2 million people used the new Kestrel line in its first six months.',
     'Nearly 2 million', 2000000, 'nearly', C, 'people', 'used', None, None, None, ANY, None),
    ('Nearly 2 million people used the new Kestrel line in its first six months.',
     'six', 6, E, D, 'months', 'used', None, None, None, ANY, None),
    ('Cycle journeys across Brennock bridge doubled to 6,400 a day after the lanes opened.',
     'doubled', 2, E, X, None, 'doubled', 'up', None, ANY, None, None),
    ('Cycle journeys across Brennock bridge doubled to 6,400 a day after the lanes opened.',
     '6,400', 6400, E, C, 'journeys', 'doubled', 'up', 'day', ANY, None, None),
    ('Airport passenger numbers in Falmouth Vale reached 3.1 million in 2023, according to the Civil Aviation Office.',
     '3.1 million', 3100000, E, C, 'passengers', 'reached', ANY, None, 'Falmouth Vale', 'in 2023',
     'Civil Aviation Office'),
    ('The route carries about 22,000 passengers a week.',
     'about 22,000', 22000, 'around', C, 'passengers', ('carries', 'carry'), None, 'week', None, None, None),
    ('Ticket sales at Marlow Junction fell from 1.9 million in 2019 to 1.3 million in 2023.',
     '1.9 million', 1900000, E, C, ('sales', 'tickets'), 'fell', None, None, 'Marlow Junction', 'in 2019', None),
    ('Ticket sales at Marlow Junction fell from 1.9 million in 2019 to 1.3 million in 2023.',
     '1.3 million', 1300000, E, C, ('sales', 'tickets'), 'fell', 'down', None, 'Marlow Junction', 'in 2023', None),
    ('The night bus in Quenby carries 1,500 people on a typical Saturday.',
     '1,500', 1500, E, C, 'people', ('carries', 'carry'), None, ANY, 'Quenby', ANY, None),
    ('The Larch Valley line reopened after 56 years, carrying 5,000 passengers on its first day.',
     '56', 56, E, D, 'years', 'reopened', None, None, _LARCH, None, None),
    ('The Larch Valley line reopened after 56 years, carrying 5,000 passengers on its first day.',
     '5,000', 5000, E, C, 'passengers', ('carrying', 'carry'), None, None, _LARCH, ANY, None),
    # punctuality, cancellations and delays
    ('Only 58% of trains arrived on time in February, the regulator said.',
     '58%', 58, E, P, 'percent', 'arrived', None, None, None, 'in February', 'regulator'),
    ('One in 12 services on the Lowmoor line was cancelled last month.',
     'One in 12', 0.0833, E, R, 'services', 'cancelled', None, None, None, 'last month', None),
    ('Passengers faced delays of up to 90 minutes after a signal failure near Garrick Junction.',
     'up to 90', 90, 'up to', D, 'minutes', 'faced', None, None, 'Garrick Junction', None, None),
    ('Punctuality on Seaford Trains fell to 71.4% in the year to March, its lowest since 2012.',
     '71.4%', 71.4, E, P, 'percent', 'fell', 'down', None, None, ANY, None),
    ('More than 3,200 trains were cancelled across the Wessing network in January.',
     'More than 3,200', 3200, 'more than', C, 'trains', 'cancelled', None, None, ANY, 'in January', None),
    ('The average delay on the Corbin line was 11 minutes, according to the Railway Data Office.',
     '11', 11, E, D, 'minutes', ANY, None, None, None, None, 'Railway Data Office'),
    ('About 4% of bus journeys in Ardwell were cancelled because of driver shortages.',
     'About 4%', 4, 'around', P, 'percent', 'cancelled', None, None, 'Ardwell', None, None),
    ('Cancellations on the Pellow route have tripled since September.',
     'tripled', 3, E, X, None, 'tripled', 'up', None, None, 'since September', None),
    ('Ferries between Ostby and Kell ran late on 212 of 365 days last year.',
     '212', 212, E, C, 'days', 'ran', None, None, ANY, 'last year', None),
    ('Ferries between Ostby and Kell ran late on 212 of 365 days last year.',
     '365', 365, E, C, 'days', ANY, None, None, ANY, ANY, None),
    ('Around 9,800 passengers were stranded for up to five hours when the line flooded.',
     'Around 9,800', 9800, 'around', C, 'passengers', 'stranded', None, None, None, ANY, None),
    ('Around 9,800 passengers were stranded for up to five hours when the line flooded.',
     'up to five', 5, 'up to', D, 'hours', 'stranded', None, None, None, None, None),
    ('The operator was fined £2.5m for poor punctuality, the regulator said.',
     '£2.5m', 2500000, E, M, 'pounds', 'fined', None, None, None, None, 'regulator'),
    ('Almost 30% of lifts at underground stations in Gorsefield were out of order last month.',
     'Almost 30%', 30, 'nearly', P, 'percent', ANY, None, None, 'Gorsefield', 'last month', None),
    # fares and charges
    ('Regulated rail fares will rise by 4.6% in March, the transport department said.',
     '4.6%', 4.6, E, P, 'percent', 'rise', 'up', None, None, 'in March', 'transport department'),
    ('The government has extended a £2 cap on bus fares until December.',
     '£2', 2, E, M, 'pounds', ANY, None, None, None, ANY, None),
    ('A monthly pass in Corrigan costs £95, up from £82 last year.',
     '£95', 95, E, M, 'pounds', ('costs', 'cost'), 'up', ANY, 'Corrigan', None, None),
    ('A monthly pass in Corrigan costs £95, up from £82 last year.',
     '£82', 82, E, M, 'pounds', ('costs', 'cost'), None, ANY, 'Corrigan', 'last year', None),
    ('Single tram tickets in Halder will go up 20p to £2.40 from April.',
     '20p', 20, E, M, 'pence', ('go', 'go up'), 'up', None, 'Halder', 'from April', None),
    ('Single tram tickets in Halder will go up 20p to £2.40 from April.',
     '£2.40', 2.4, E, M, 'pounds', ('go', 'go up'), 'up', None, 'Halder', 'from April', None),
    ('Fares on the Dunmere ferry have risen 31% since 2019, according to the Passenger Watch group.',
     '31%', 31, E, P, 'percent', 'risen', 'up', None, ANY, 'since 2019', ('Passenger Watch group', 'Passenger Watch')),
    ('Students pay £1.10 a journey under the scheme.',
     '£1.10', 1.1, E, M, 'pounds', 'pay', None, 'journey', None, None, None),
    ('An annual season ticket between Welby and the capital now costs £5,320.',
     '£5,320', 5320, E, M, 'pounds', ('costs', 'cost'), None, ANY, ANY, ANY, None),
    ('Bus fares for under-19s in Kerrow were frozen at £1.50.',
     'under-19s', 19, 'less than', 'age', 'years', ANY, None, None, 'Kerrow', None, None),
    ('Bus fares for under-19s in Kerrow were frozen at £1.50.',
     '£1.50', 1.5, E, M, 'pounds', 'frozen', None, None, 'Kerrow', None, None),
    ('The operator earned £412m from fares in 2023, 8% more than a year earlier.',
     '£412m', 412000000, E, M, 'pounds', 'earned', None, None, None, 'in 2023', None),
    ('The operator earned £412m from fares in 2023, 8% more than a year earlier.',
     '8%', 8, E, P, 'percent', 'earned', 'up', None, None, ANY, None),
    ('Car parking charges at Brinton station rose to £9.50 a day.',
     '£9.50', 9.5, E, M, 'pounds', 'rose', 'up', 'day', ANY, None, None),
    ('The university will charge £9,250 a year in tuition fees.',
     '£9,250', 9250, E, M, 'pounds', 'charge', None, 'year', None, None, None),
    # schools
    ('Marlow Academy has 1,240 pupils and 86 teachers.',
     '1,240', 1240, E, C, 'pupils', ('has', 'have'), None, None, None, None, None),
    ('Marlow Academy has 1,240 pupils and 86 teachers.',
     '86', 86, E, C, 'teachers', ('has', 'have'), None, None, None, None, None),
    ('Primary class sizes of 32 are now common in Tessmouth, the union said.',
     '32', 32, E, C, ANY, ANY, None, None, 'Tessmouth', ANY, 'union'),
    ('GCSE pass rates at the school rose to 71.3% from 64.8%.',
     '71.3%', 71.3, E, P, 'percent', 'rose', 'up', None, None, None, None),
    ('GCSE pass rates at the school rose to 71.3% from 64.8%.',
     '64.8%', 64.8, E, P, 'percent', 'rose', None, None, None, None, None),
    ('A third of schools in Barrow Vale have cut teaching assistants, a survey found.',
     'A third', 0.3333, E, F, 'schools', 'cut', ANY, None, 'Barrow Vale', None, 'survey'),
    ('Schools in the county receive funding of £7,460 per pupil, according to the Education Office.',
     '£7,460', 7460, E, M, 'pounds', ('receive', 'funding'), None, 'pupil', None, None, 'Education Office'),
    ('Teacher vacancies in Orland doubled last year.',
     'doubled', 2, E, X, None, 'doubled', 'up', None, 'Orland', 'last year', None),
    ('About 480 pupils were excluded from schools in Fenwick in the autumn term.',
     'About 480', 480, 'around', C, 'pupils', 'excluded', None, None, 'Fenwick', ANY, None),
    ('Nearly one in five pupils in Harwell was persistently absent in 2023.',
     'Nearly one in five', 0.2, 'nearly', R, 'pupils', ANY, None, None, 'Harwell', 'in 2023', None),
    ('The council will spend £18m on three new primary schools.',
     '£18m', 18000000, E, M, 'pounds', 'spend', None, None, None, None, None),
    ('The council will spend £18m on three new primary schools.',
     'three', 3, E, C, 'schools', 'spend', None, None, None, None, None),
    ('Only 42% of children in Kelby met the expected standard in reading.',
     '42%', 42, E, P, 'percent', 'met', None, None, 'Kelby', None, None),
    ("The average class in Drummond's secondary schools has 27 pupils.",
     '27', 27, E, C, 'pupils', ('has', 'have'), None, None, ANY, None, None),
    ('Applications for places at Stannard Grammar rose to 2,150 for 180 places.',
     '2,150', 2150, E, C, 'applications', 'rose', 'up', None, ANY, None, None),
    ('Applications for places at Stannard Grammar rose to 2,150 for 180 places.',
     '180', 180, E, C, 'places', ANY, None, None, ANY, None, None),
    ('Free school meals are now claimed by 24.6% of pupils, up from 20.8% in 2021.',
     '24.6%', 24.6, E, P, 'percent', 'claimed', 'up', None, None, ANY, None),
    ('Free school meals are now claimed by 24.6% of pupils, up from 20.8% in 2021.',
     '20.8%', 20.8, E, P, 'percent', 'claimed', None, None, None, 'in 2021', None),
    ('The school lost 15 teachers in a year, the head teacher said.',
     '15', 15, E, C, 'teachers', 'lost', 'down', None, None, ANY, 'head teacher'),
    ('Spending per pupil in Corwen has fallen 9% in real terms since 2010, the Fiscal Institute said.',
     '9%', 9, E, P, 'percent', 'fallen', 'down', None, 'Corwen', 'since 2010', 'Fiscal Institute'),
    ('Some 3,500 children in Mallory have no school place for September.',
     'Some 3,500', 3500, 'around', C, 'children', ('have', 'has'), None, None, 'Mallory', ANY, None),
    ('The exam board marked 6.2 million scripts this summer.',
     '6.2 million', 6200000, E, C, 'scripts', 'marked', None, None, None, 'this summer', None),
    ('Teacher pay will rise 5.5% from September.',
     '5.5%', 5.5, E, P, 'percent', 'rise', 'up', None, None, 'from September', None),
    ('Inspectors rated 88% of schools in Carnforth good or outstanding.',
     '88%', 88, E, P, 'percent', 'rated', None, None, 'Carnforth', None, None),
    ("Pupil numbers in Ashby's primary schools are forecast to fall by 11% by 2030.",
     '11%', 11, E, P, 'percent', ('fall', 'forecast'), 'down', None, 'Ashby', 'by 2030', None),
    ('School transport costs the county £42m a year, the council said.',
     '£42m', 42000000, E, M, 'pounds', ('costs', 'cost'), None, 'year', None, None, 'council'),
    ('About 2,600 teachers left the profession in Calder last year.',
     'About 2,600', 2600, 'around', C, 'teachers', 'left', None, None, 'Calder', 'last year', None),
    ('Schools in Westerby reported 310 unfilled teaching posts in September.',
     '310', 310, E, C, 'posts', 'reported', None, None, 'Westerby', 'in September', 'Schools in Westerby'),
    # hospital and council waiting lists
    ('About 7.6 million people are waiting for hospital treatment, the health service said.',
     'About 7.6 million', 7600000, 'around', C, 'people', ('waiting', 'wait'), None, None, None, None,
     'health service'),
    ('About 390,000 patients in Ravenholt have waited more than 18 weeks for treatment.',
     'About 390,000', 390000, 'around', C, 'patients', 'waited', None, None, 'Ravenholt', None, None),
    ('About 390,000 patients in Ravenholt have waited more than 18 weeks for treatment.',
     'more than 18', 18, 'more than', D, 'weeks', 'waited', None, None, 'Ravenholt', None, None),
    ('There are 4,000 families on the housing list in Cardale, the council said.',
     '4,000', 4000, E, C, 'families', ANY, None, None, 'Cardale', None, 'council'),
    ('The median wait for a hip operation was 14 weeks in January.',
     '14', 14, E, D, 'weeks', ANY, None, None, None, 'in January', None),
    ('The waiting list at Selhurst Trust fell by 12,000 to 310,000 in the year to June.',
     '12,000', 12000, E, C, ANY, 'fell', 'down', None, ANY, ANY, None),
    ('The waiting list at Selhurst Trust fell by 12,000 to 310,000 in the year to June.',
     '310,000', 310000, E, C, ANY, 'fell', 'down', None, ANY, ANY, None),
    ('Some 1,800 people in Pemberton have waited more than two years for a council flat.',
     'Some 1,800', 1800, 'around', C, 'people', 'waited', None, None, 'Pemberton', None, None),
    ('Some 1,800 people in Pemberton have waited more than two years for a council flat.',
     'more than two', 2, 'more than', D, 'years', 'waited', None, None, 'Pemberton', None, None),
    ('Patients in Linmore waited an average of 9 hours in A&E last winter.',
     '9', 9, E, D, 'hours', 'waited', None, None, 'Linmore', 'last winter', None),
    ('Only 61% of cancer patients started treatment within 62 days in February.',
     '61%', 61, E, P, 'percent', 'started', None, None, None, 'in February', None),
    ('Only 61% of cancer patients started treatment within 62 days in February.',
     '62', 62, E, D, 'days', 'started', None, None, None, ANY, None),
    ('The number of people waiting more than a year for a scan rose to 23,400.',
     '23,400', 23400, E, C, 'people', ('rose', 'waiting', 'wait'), 'up', None, None, None, None),
    ('Social housing waiting lists in Elmbridge Vale have grown by 35% in five years, a charity found.',
     '35%', 35, E, P, 'percent', 'grown', 'up', None, 'Elmbridge Vale', ANY, 'charity'),
    ('Social housing waiting lists in Elmbridge Vale have grown by 35% in five years, a charity found.',
     'five', 5, E, D, 'years', 'grown', None, None, 'Elmbridge Vale', None, 'charity'),
    ('Ambulances took an average of 38 minutes to reach stroke patients in December.',
     '38', 38, E, D, 'minutes', 'took', None, None, None, 'in December', None),
    ('A total of 12,600 children in Brayford are waiting for mental health care.',
     '12,600', 12600, E, C, 'children', ('waiting', 'wait'), None, None, 'Brayford', None, None),
    ('Waiting times for a GP appointment in Orby average 16 days, a patient group said.',
     '16', 16, E, D, 'days', 'average', None, None, 'Orby', None, 'patient group'),
    ('More than 1,100 households in Tamsworth are living in temporary accommodation.',
     'More than 1,100', 1100, 'more than', C, 'households', ('living', 'living in temporary accommodation'), None, None,
     'Tamsworth', None, None),
    ('The waiting list for a council home in Ferris has 9,300 names on it.',
     '9,300', 9300, E, C, 'names', ('has', 'have'), None, None, 'Ferris', None, None),
    ('Half of patients at Dunholm General waited more than four hours in A&E.',
     'Half', 0.5, E, F, 'patients', 'waited', None, None, 'Dunholm General', None, None),
    ('Half of patients at Dunholm General waited more than four hours in A&E.',
     'more than four', 4, 'more than', D, 'hours', 'waited', None, None, 'Dunholm General', None, None),
    ('Around 6,700 operations were cancelled at the last minute in the first quarter.',
     'Around 6,700', 6700, 'around', C, 'operations', 'cancelled', None, None, None, 'in the first quarter', None),
    # staffing
    ("The industry faces a shortage of 3,000 drivers, the bus operators' association said.",
     '3,000', 3000, E, C, 'drivers', ('faces', 'face', 'shortage'), None, None, None, None, ANY),
    ('Corran Buses has recruited 240 drivers since January.',
     '240', 240, E, C, 'drivers', 'recruited', None, None, None, 'since January', None),
    ('About 1 in 10 nursing posts in Hallow are vacant.',
     'About 1 in 10', 0.1, 'around', R, 'posts', ANY, None, None, 'Hallow', None, None),
    ('The trust employs 8,400 staff, including 2,100 nurses.',
     '8,400', 8400, E, C, 'staff', ('employs', 'employ'), None, None, None, None, None),
    ('The trust employs 8,400 staff, including 2,100 nurses.',
     '2,100', 2100, E, C, 'nurses', ANY, None, None, None, None, None),
    ('Staff sickness cost the rail operator 1.2 million working days last year.',
     '1.2 million', 1200000, E, ANY, 'days', 'cost', None, None, None, 'last year', None),
    ('The council plans to hire 150 more social workers by 2026.',
     '150', 150, E, C, 'workers', ('hire', 'plan to hire'), ANY, None, None, 'by 2026', None),
    ('Train drivers at Northway Rail will strike for 48 hours next week.',
     '48', 48, E, D, 'hours', 'strike', None, None, None, 'next week', None),
    ('The number of bus routes in Pellingham has fallen from 64 to 41 since 2015.',
     '64', 64, E, C, 'routes', 'fallen', None, None, 'Pellingham', ANY, None),
    ('The number of bus routes in Pellingham has fallen from 64 to 41 since 2015.',
     '41', 41, E, C, 'routes', 'fallen', 'down', None, 'Pellingham', 'since 2015', None),
    # works and fleets
    ('The new rail link cost £1.4bn and opened two years late.',
     '£1.4bn', 1400000000, E, M, 'pounds', 'cost', None, None, None, None, None),
    ('The new rail link cost £1.4bn and opened two years late.',
     'two', 2, E, D, 'years', 'opened', None, None, None, None, None),
    ('Road repairs in Kessock will take 18 months, the council warned.',
     '18', 18, E, D, 'months', 'take', None, None, 'Kessock', None, 'council'),
    ('The council filled 14,200 potholes last year, up 23% on 2022.',
     '14,200', 14200, E, C, 'potholes', 'filled', 'up', None, None, 'last year', None),
    ('The council filled 14,200 potholes last year, up 23% on 2022.',
     '23%', 23, E, P, 'percent', ANY, 'up', None, None, ANY, None),
    ('Bus services in rural Dellow have been cut by a quarter since 2019.',
     'a quarter', 0.25, E, F, (None, 'services'), 'cut', 'down', None, 'Dellow', 'since 2019', None),
    ('Electric buses now make up 18% of the Harrowgate fleet.',
     '18%', 18, E, P, 'percent', ('make', 'make up'), None, None, ANY, ANY, None),
]

WITHOUT_FIGURES = [
    'The number 12 bus no longer stops at Hallam Road.',
    'Passengers for Kell should board from Platform 4.',
    'Year 7 pupils at Marlow Academy start on Tuesday.',
    'The A38 was closed near Fellbrook after a crash.',
    'Flights to Ostby leave from Terminal 2.',
    'Results of the Key Stage 2 tests are published in July.',
    'Ward 9 at Dunholm General has reopened.',
    'Line 3 trams run through the old town of Halder.',
]

_DAYS = "days counted after 'on' ('on 212 of 365 days') are read as a duration, not a count of days"
_COSTS = "the tagger reads 'Corrigan costs' as a noun phrase: the sentence has no verb"
_ORBY = "the parser reads 'Orby average' as a noun phrase and 'Waiting' as the verb"
_JUNCTION = "'Marlow Junction' after 'at' is no entity of the recogniser and two words, too many for a lone town's name"

#: (text, span, field): why the figure still gets it wrong
WRONG: dict[tuple[str, str, str], str] = {
    ('The Harlan tram network recorded 38 million journeys in 2023, up from 31 million in 2022.', '31 million',
     'according_to'): "the earlier level's source loses the name on its noun ('tram network')",
    ('Ticket sales at Marlow Junction fell from 1.9 million in 2019 to 1.3 million in 2023.', '1.9 million', 'place'):
        _JUNCTION,
    ('Ticket sales at Marlow Junction fell from 1.9 million in 2019 to 1.3 million in 2023.', '1.3 million', 'place'):
        _JUNCTION,
    ('Ferries between Ostby and Kell ran late on 212 of 365 days last year.', '212', 'kind'): _DAYS,
    ('Ferries between Ostby and Kell ran late on 212 of 365 days last year.', '365', 'kind'): _DAYS,
    ('A monthly pass in Corrigan costs £95, up from £82 last year.', '£95', 'predicate'): _COSTS,
    ('A monthly pass in Corrigan costs £95, up from £82 last year.', '£82', 'predicate'): _COSTS,
    ("Pupil numbers in Ashby's primary schools are forecast to fall by 11% by 2030.", '11%', 'place'):
        "a town's name with a possessive ('Ashby's') is kept out of lone names, as a firm's or a person's",
    ('Waiting times for a GP appointment in Orby average 16 days, a patient group said.', '16', 'predicate'): _ORBY,
    ('Waiting times for a GP appointment in Orby average 16 days, a patient group said.', '16', 'place'): _ORBY,
    ('The council plans to hire 150 more social workers by 2026.', '150', 'unit'):
        "'more' between the number and its noun hides the counted noun",
    ('Train drivers at Northway Rail will strike for 48 hours next week.', '48', 'place'):
        "a firm's name after 'at' the recogniser took for a place ('at Northway Rail')",
    ('Bus services in rural Dellow have been cut by a quarter since 2019.', 'a quarter', 'place'):
        "an adjective between 'in' and a lone town's name ('in rural Dellow') keeps it out of lone names",
}

(figures, test_field, test_every_figure_is_listed, test_every_wrong_case_is_a_row,
 test_names_without_figures) = figure_set_tests(FIGURES, FIELDS, WRONG, ANY, PUBLISHED, WITHOUT_FIGURES)


@pytest.mark.parametrize("text, span, field, want", [
    # a year then a number written large is no range (``numbers``)
    ('Ticket sales at Marlow Junction fell from 1.9 million in 2019 to 1.3 million in 2023.', '1.3 million', 'time',
     'in 2023'),
    ('Membership of the club fell from 41,000 in 2019 to 38,500 in 2022.', '38,500', 'value', 38500),
    ('Between 2000 and 3,000 people marched to the depot.', 'Between 2000 and 3,000', 'qualifier', 'range'),
    # a lone town's name taken for a date or a common noun (``named_places``), not a calendar word nor a feast
    ('Bus fares for under-19s in Kerrow were frozen at £1.50.', '£1.50', 'place', 'Kerrow'),
    ('About 300 shops in the old town closed in Ramadan.', 'About 300', 'place', None),
    ('About 40 stalls opened in March.', 'About 40', 'place', None),
    # the nearest noun before 'numbers' is what is counted (``context``)
    ('Bus passenger numbers rose to 2 million.', '2 million', 'unit', 'passengers'),
    ('Visitor numbers fell to 40,000.', '40,000', 'unit', 'visitors'),
    # a period hung on the verb right after the figure is its rate (``verb_periods``)
    ('The Brackley council will spend £3m a year on street lighting.', '£3m', 'rate', 'year'),
    ('The depot pays drivers £600 a week in overtime.', '£600', 'rate', 'week'),
    ('The plant made 9,000 cars a year earlier.', '9,000', 'rate', None),
    ('The firm raised £4m a year after its launch.', '£4m', 'rate', None),
    ('The council spent £3m on lighting this year.', '£3m', 'rate', None),
    ('The number of season tickets sold by Northway Rail dropped by 40,000 to 115,000.', '40,000', 'value', 40000),
])
def test_mended_shape(nlp, text, span, field, want):
    """The shapes mended for this set, on sentences of their own."""
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    assert field_of(figs, found[span], field) == want
