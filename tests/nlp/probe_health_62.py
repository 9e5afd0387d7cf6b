# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-five short articles written for the sixty-second session's check of health and medicine news (helper B):
hospital trusts ('the trust said in a statement', 'a hospital spokesperson confirmed'), doctors and nurses quoted by
role ('One A&E nurse, who asked not to be named, said'), patients and their families, public health bodies ('Health
officials warned', 'the agency advised parents to'), guidance ('Its draft guidance says', an invented appraisal body
that 'recommended'), trial results ('The study found', 'Researchers reported in the journal', a drugmaker's 'met the
main goal'), a regulator's approval, press-release quotes ('said Dr X, chief medical officer at Y'), hedges ('may
raise', 'are thought to') and unions ('The union claimed').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (case counts, waiting-list figures, dosage instructions, symptom lists,
hospital names, the opening of wards, narration of treatment, hedged claims with no holder); (cue, source, speaker,
the content's first words) in ``SPEAKERS``. Counted on PolNeAR train before writing the gold: a body's 'approved' with
its object is a cue 8 times and left unmarked 5 (outside other contents), so 'The authority approved the tablet' is
a report; 'urged X to Y' is a cue 26 times of 26, so 'advised X to Y' is written as one too; 'figures show' is a cue
15 times of 16; a poll's or a study's 'found' with a count is a cue 3 times of 3; a passive 'X is said (known,
thought, believed) to Y' outside another content is a cue 6 times of 7, a report with no source, so 'The pills are
thought to reduce X' is in neither list, nor a passive request with no agent ('Hospitals have been asked to X'). The
first twenty-six were written before any mend, the next six after the first run, the last three after both mends.
Every name, place, body, drug, figure and sentence is made up. Read by ``test_probe_findings_62_health``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["boiler_theatres"] = """Operations cancelled at Bramwell General after boiler fails

More than 40 planned operations were cancelled at Bramwell General Hospital on Monday after a boiler failure left two theatres without heat.

"We apologise to every patient whose procedure has been postponed and will rebook them as a priority," the trust said in a statement.

A hospital spokesperson confirmed that engineers had been on site since early morning.

The hospital has 620 beds and serves about 300,000 people.

Local MP Fiona Garvie said the failure showed years of underinvestment in the estate.
"""
GOLD["boiler_theatres"] = [
    ("said", "the trust", "We apologise to every patient whose procedure has been postponed and will rebook them as a priority"),
    ("confirmed", "A hospital spokesperson", "engineers had been on site since early morning"),
    ("said", "Local MP Fiona Garvie", "the failure showed years of underinvestment in the estate"),
]
NOT_REPORTS["boiler_theatres"] = [
    "More than 40 planned operations were cancelled at Bramwell General Hospital on Monday after a boiler failure left two theatres without heat.",
    "The hospital has 620 beds and serves about 300,000 people.",
]

ARTICLES["trolley_waits"] = """Patients wait on trolleys for up to 30 hours at Kestwick A&E

Patients waited up to 30 hours on trolleys in the emergency department at Kestwick Royal Infirmary last week, figures show.

One A&E nurse, who asked not to be named, said staff were "at breaking point".

"We are treating people in corridors and in the back of ambulances. It is not safe," she said.

The infirmary saw 412 attendances on Tuesday, its busiest day of the year.

Four ambulances were queuing outside the department at one point on Wednesday evening.

Dr Omar Haddad, the infirmary's clinical director for emergency medicine, said the hospital had opened an extra 18 beds to ease the pressure.

He added that flu admissions had doubled in a fortnight.
"""
GOLD["trolley_waits"] = [
    ("show", "figures", "Patients waited up to 30 hours on trolleys in the emergency department at Kestwick Royal Infirmary last week"),
    ("said", "One A&E nurse, who asked not to be named", "staff were \"at breaking point\""),
    ("said", "she", "We are treating people in corridors and in the back of ambulances. It is not safe"),
    ("said", "Dr Omar Haddad, the infirmary's clinical director for emergency medicine", "the hospital had opened an extra 18 beds to ease the pressure"),
    ("added", "He", "flu admissions had doubled in a fortnight"),
]
NOT_REPORTS["trolley_waits"] = [
    "The infirmary saw 412 attendances on Tuesday, its busiest day of the year.",
    "Four ambulances were queuing outside the department at one point on Wednesday evening.",
]
SPEAKERS["trolley_waits"] = [("added", "He", "Omar Haddad", "flu admissions")]

ARTICLES["measles_rise"] = """Measles cases rise to 58 in Harrowfield

The number of confirmed measles cases in Harrowfield has risen to 58, up from 31 a fortnight ago.

Health officials warned that the outbreak could spread to neighbouring towns over the school holidays.

The Northern Health Security Agency advised parents to check that their children had received both doses of the MMR vaccine.

Symptoms include a high fever, a blotchy rash, sore eyes and a cough.

Most of the cases are in children under ten, and nine people have needed hospital treatment.

Dr Ruth Abara, a consultant in health protection at the agency, said: "Measles is not a mild illness. It can lead to pneumonia and, in rare cases, swelling of the brain."

Walk-in vaccination clinics will open at three libraries from Saturday.
"""
GOLD["measles_rise"] = [
    ("warned", "Health officials", "the outbreak could spread to neighbouring towns over the school holidays"),
    ("advised", "The Northern Health Security Agency", "parents to check that their children had received both doses of the MMR vaccine"),
    ("said", "Dr Ruth Abara, a consultant in health protection at the agency", "Measles is not a mild illness. It can lead to pneumonia and, in rare cases, swelling of the brain"),
]
NOT_REPORTS["measles_rise"] = [
    "The number of confirmed measles cases in Harrowfield has risen to 58, up from 31 a fortnight ago.",
    "Symptoms include a high fever, a blotchy rash, sore eyes and a cough.",
    "Most of the cases are in children under ten, and nine people have needed hospital treatment.",
    "Walk-in vaccination clinics will open at three libraries from Saturday.",
]

ARTICLES["weight_jab"] = """Weight-loss jab should be offered to more patients, says watchdog

The Clinical Value Council recommended that the drug be made available on the health service to adults with a body mass index of 35 or more.

Its draft guidance says patients should receive the injection for no more than two years alongside advice on diet and exercise.

The drug is injected once a week using a pre-filled pen.

The starting dose is 0.25mg, rising every four weeks to a maintenance dose of 2.4mg.

Professor Alan Whitcombe, the council's director of health technology, said the decision would benefit around 50,000 people in the first year.

Patient groups have argued that the criteria are too narrow.

The consultation closes on 14 March.
"""
GOLD["weight_jab"] = [
    ("recommended", "The Clinical Value Council", "the drug be made available on the health service to adults with a body mass index of 35 or more"),
    ("says", "Its draft guidance", "patients should receive the injection for no more than two years alongside advice on diet and exercise"),
    ("said", "Professor Alan Whitcombe, the council's director of health technology", "the decision would benefit around 50,000 people in the first year"),
    ("argued", "Patient groups", "the criteria are too narrow"),
]
NOT_REPORTS["weight_jab"] = [
    "The drug is injected once a week using a pre-filled pen.",
    "The starting dose is 0.25mg, rising every four weeks to a maintenance dose of 2.4mg.",
    "The consultation closes on 14 March.",
]

ARTICLES["heart_pill"] = """Heart drug cuts risk of second attack, trial shows

Vantrell Pharma said its experimental drug, VP-204, met the main goal of a late-stage trial involving 9,000 patients.

The company said the pill reduced the risk of a second heart attack or stroke by 21 per cent compared with a placebo.

Patients in the trial took one tablet a day for three years.

"These results could change how we treat people after a heart attack," said Dr Lena Morrow, chief medical officer at Vantrell.

Full results will be presented at a cardiology conference in Vienna in August.

Shares in the company rose 12 per cent in early trading.
"""
GOLD["heart_pill"] = [
    ("said", "Vantrell Pharma", "its experimental drug, VP-204, met the main goal of a late-stage trial involving 9,000 patients"),
    ("said", "The company", "the pill reduced the risk of a second heart attack or stroke by 21 per cent compared with a placebo"),
    ("said", "Dr Lena Morrow, chief medical officer at Vantrell", "These results could change how we treat people after a heart attack"),
]
NOT_REPORTS["heart_pill"] = [
    "Patients in the trial took one tablet a day for three years.",
    "Full results will be presented at a cardiology conference in Vienna in August.",
    "Shares in the company rose 12 per cent in early trading.",
]

ARTICLES["walking_study"] = """Daily walk linked to lower dementia risk

Researchers reported in the journal Brain Ageing that people who walked at least 6,000 steps a day were less likely to develop dementia over a decade.

The study followed 48,000 adults aged between 50 and 75.

The study found that the benefit levelled off above 10,000 steps.

Dr Priya Nandakumar, who led the research at Eastbury University, said the findings did not prove that walking caused the lower risk.

Participants wore a wrist monitor for one week at the start of the study.
"""
GOLD["walking_study"] = [
    ("reported", "Researchers", "people who walked at least 6,000 steps a day were less likely to develop dementia over a decade"),
    ("found", "The study", "the benefit levelled off above 10,000 steps"),
    ("said", "Dr Priya Nandakumar, who led the research at Eastbury University", "the findings did not prove that walking caused the lower risk"),
]
NOT_REPORTS["walking_study"] = [
    "The study followed 48,000 adults aged between 50 and 75.",
    "Participants wore a wrist monitor for one week at the start of the study.",
]

ARTICLES["peanut_tablet"] = """Regulator approves first pill for peanut allergy in children

The Medicines and Devices Authority approved the tablet for children aged four to 17 on Thursday.

The tablet is taken once a day and contains a small, gradually increasing amount of peanut protein.

In a statement, the authority said the benefits of the treatment outweighed its risks.

The most common side effects were stomach pain and itching in the mouth.

The allergy charity Nutwise said the drug was not a cure and that children would still need to carry adrenaline pens.

About one in 50 children in the country has a peanut allergy.
"""
GOLD["peanut_tablet"] = [
    ("approved", "The Medicines and Devices Authority", "the tablet for children aged four to 17"),
    ("said", "the authority", "the benefits of the treatment outweighed its risks"),
    ("said", "The allergy charity Nutwise", "the drug was not a cure and that children would still need to carry adrenaline pens"),
]
NOT_REPORTS["peanut_tablet"] = [
    "The tablet is taken once a day and contains a small, gradually increasing amount of peanut protein.",
    "The most common side effects were stomach pain and itching in the mouth.",
    "About one in 50 children in the country has a peanut allergy.",
]

ARTICLES["night_shifts"] = """Nurses' union claims wards are dangerously understaffed

The Nursing Staff Union claimed that one in four night shifts at Lindmoor hospitals ran below safe staffing levels last year.

The union's regional secretary, Gareth Pryce, said members were "exhausted and demoralised".

The health board disputed the figures.

A spokeswoman for the board said it had recruited 140 nurses from overseas since January.

There are currently 310 nursing vacancies across the board's five hospitals.

Members will vote on industrial action next month.
"""
GOLD["night_shifts"] = [
    ("claimed", "The Nursing Staff Union", "one in four night shifts at Lindmoor hospitals ran below safe staffing levels last year"),
    ("said", "The union's regional secretary, Gareth Pryce", "members were \"exhausted and demoralised\""),
    ("disputed", "The health board", "the figures"),
    ("said", "A spokeswoman for the board", "it had recruited 140 nurses from overseas since January"),
]
NOT_REPORTS["night_shifts"] = [
    "There are currently 310 nursing vacancies across the board's five hospitals.",
    "Members will vote on industrial action next month.",
]

ARTICLES["late_diagnosis"] = """Family of cancer patient say diagnosis came too late

The family of a 54-year-old woman who died of bowel cancer say her symptoms were dismissed by her GP for eight months.

Maria Kostova was diagnosed in March last year and died in November.

Her husband, Peter, said: "She kept going back and they kept telling her it was stress."

"We just want to make sure no other family goes through this," he said.

The surgery said it could not comment on individual patients but would cooperate fully with any investigation.

Bowel cancer is the fourth most common cancer in the country.
"""
GOLD["late_diagnosis"] = [
    ("say", "The family of a 54-year-old woman who died of bowel cancer", "her symptoms were dismissed by her GP for eight months"),
    ("said", "Her husband, Peter", "She kept going back and they kept telling her it was stress"),
    ("said", "he", "We just want to make sure no other family goes through this"),
    ("said", "The surgery", "it could not comment on individual patients but would cooperate fully with any investigation"),
]
NOT_REPORTS["late_diagnosis"] = [
    "Maria Kostova was diagnosed in March last year and died in November.",
    "Bowel cancer is the fourth most common cancer in the country.",
]
SPEAKERS["late_diagnosis"] = [("said", "he", "Peter Kostova", "We just want")]

ARTICLES["joint_waits"] = """Waiting list for hip and knee operations tops 90,000

The waiting list for hip and knee replacements in the region stood at 91,400 at the end of September.

More than 12,000 patients have waited longer than a year.

The median wait for a first outpatient appointment was 19 weeks.

Health Minister Carla Benn said the figures were "unacceptable".

She promised a new surgical hub in Dunmere by 2027.

The orthopaedic surgeons' association said the hub would make little difference without more anaesthetists.

The Dunmere hub will have four operating theatres and 40 beds.
"""
GOLD["joint_waits"] = [
    ("said", "Health Minister Carla Benn", "the figures were \"unacceptable\""),
    ("promised", "She", "a new surgical hub in Dunmere by 2027"),
    ("said", "The orthopaedic surgeons' association", "the hub would make little difference without more anaesthetists"),
]
NOT_REPORTS["joint_waits"] = [
    "The waiting list for hip and knee replacements in the region stood at 91,400 at the end of September.",
    "More than 12,000 patients have waited longer than a year.",
    "The median wait for a first outpatient appointment was 19 weeks.",
    "The Dunmere hub will have four operating theatres and 40 beds.",
]
SPEAKERS["joint_waits"] = [("promised", "She", "Carla Benn", "a new surgical")]

ARTICLES["childrens_ward"] = """New children's ward opens at St Aldric's

A new 24-bed children's ward opened at St Aldric's Hospital in Cawley on Monday.

The £6m unit includes a playroom, a sensory room and overnight rooms for parents.

It replaces two older wards that were built in the 1960s.

Ward manager Jo Fenwick said the new rooms would let parents stay beside their children through the night.

The first patients were moved across from the old wards on Sunday afternoon.

"It feels like a hotel compared with where we were," said Aisha Mensah, whose son Kofi, 7, is being treated for leukaemia.

The ward was paid for partly by a hospital charity appeal that raised £1.2m.
"""
GOLD["childrens_ward"] = [
    ("said", "Ward manager Jo Fenwick", "the new rooms would let parents stay beside their children through the night"),
    ("said", "Aisha Mensah, whose son Kofi, 7, is being treated for leukaemia", "It feels like a hotel compared with where we were"),
]
NOT_REPORTS["childrens_ward"] = [
    "A new 24-bed children's ward opened at St Aldric's Hospital in Cawley on Monday.",
    "The £6m unit includes a playroom, a sensory room and overnight rooms for parents.",
    "It replaces two older wards that were built in the 1960s.",
    "The first patients were moved across from the old wards on Sunday afternoon.",
    "The ward was paid for partly by a hospital charity appeal that raised £1.2m.",
]

ARTICLES["syrup_recall"] = """Children's paracetamol syrup recalled over syringe fault

A batch of children's paracetamol syrup has been recalled because the markings on its measuring syringe were printed in the wrong place.

The regulator advised parents to stop using the syringe and to measure doses with a spoon instead.

The usual dose for a child aged two to four is 7.5ml, up to four times in 24 hours.

Doses should be at least four hours apart.

The manufacturer, Calloway Health, said no other batches were affected.

Anyone worried about their child should call the 111 helpline.
"""
GOLD["syrup_recall"] = [
    ("advised", "The regulator", "parents to stop using the syringe and to measure doses with a spoon instead"),
    ("said", "The manufacturer, Calloway Health", "no other batches were affected"),
]
NOT_REPORTS["syrup_recall"] = [
    "A batch of children's paracetamol syrup has been recalled because the markings on its measuring syringe were printed in the wrong place.",
    "The usual dose for a child aged two to four is 7.5ml, up to four times in 24 hours.",
    "Doses should be at least four hours apart.",
    "Anyone worried about their child should call the 111 helpline.",
]

ARTICLES["nasal_vaccine"] = """Pelham Biotech begins trial of nasal flu vaccine

Pelham Biotech today announced that the first volunteers have received its nasal spray flu vaccine in an early-stage trial.

The trial will enrol 120 healthy adults at two sites in Scotland.

"Reaching the clinic is a milestone for our team and for people who dislike needles," said Dr Hamish Rourke, chief executive officer of Pelham Biotech.

Volunteers will receive two doses 28 days apart.

"A vaccine that is easier to give could lift uptake among children," added Professor Sunita Rao, the trial's chief investigator.

Pelham Biotech is a clinical-stage company based in Dundee.
"""
GOLD["nasal_vaccine"] = [
    ("announced", "Pelham Biotech", "the first volunteers have received its nasal spray flu vaccine in an early-stage trial"),
    ("said", "Dr Hamish Rourke, chief executive officer of Pelham Biotech", "Reaching the clinic is a milestone for our team and for people who dislike needles"),
    ("added", "Professor Sunita Rao, the trial's chief investigator", "A vaccine that is easier to give could lift uptake among children"),
]
NOT_REPORTS["nasal_vaccine"] = [
    "The trial will enrol 120 healthy adults at two sites in Scotland.",
    "Volunteers will receive two doses 28 days apart.",
    "Pelham Biotech is a clinical-stage company based in Dundee.",
]

ARTICLES["heartburn_pills"] = """Common heartburn pills may raise risk of fractures

Long-term use of common heartburn pills may raise the risk of hip fractures in older people.

The pills are thought to reduce the absorption of calcium.

A review of 14 studies by researchers at Calder University found that the risk rose by about a quarter after five years of use.

The authors cautioned that the studies were observational and could not prove cause and effect.

Around 1.5 million people in the country take the pills every day.

Patients should not stop taking their medication without speaking to their doctor, the researchers said.
"""
GOLD["heartburn_pills"] = [
    ("found", "A review of 14 studies by researchers at Calder University", "the risk rose by about a quarter after five years of use"),
    ("cautioned", "The authors", "the studies were observational and could not prove cause and effect"),
    ("said", "the researchers", "Patients should not stop taking their medication without speaking to their doctor"),
]
NOT_REPORTS["heartburn_pills"] = [
    "Long-term use of common heartburn pills may raise the risk of hip fractures in older people.",
    "Around 1.5 million people in the country take the pills every day.",
]

ARTICLES["ambulance_times"] = """Ambulance response times worst on record

Ambulances took an average of 47 minutes to reach heart attack and stroke patients in December.

The target is 18 minutes.

A paramedic with 20 years' service told the paper that crews spent whole shifts waiting outside hospitals.

The ambulance service said it was working with hospitals to cut handover delays.

Mark Tillotson, 71, waited nine hours for an ambulance after a fall at his home in Brenford.

His daughter, Kerry, said he had lain on the kitchen floor all night.
"""
GOLD["ambulance_times"] = [
    ("told", "A paramedic with 20 years' service", "crews spent whole shifts waiting outside hospitals"),
    ("said", "The ambulance service", "it was working with hospitals to cut handover delays"),
    ("said", "His daughter, Kerry", "he had lain on the kitchen floor all night"),
]
NOT_REPORTS["ambulance_times"] = [
    "Ambulances took an average of 47 minutes to reach heart attack and stroke patients in December.",
    "The target is 18 minutes.",
    "Mark Tillotson, 71, waited nine hours for an ambulance after a fall at his home in Brenford.",
]

ARTICLES["flu_uptake"] = """Flu jab uptake falls among over-65s

Only 68 per cent of people aged 65 and over had a flu jab this winter, down from 74 per cent.

Public health officials urged older people to book a vaccination before Christmas.

The vaccine is free for everyone over 65, pregnant women and people with long-term conditions.

Dr Conor Maguire, director of public health for Ellisfield, said the drop was "a real worry" going into the peak season.

He said pharmacies and GP surgeries still had plenty of stock.

Flu admissions usually peak in early January.
"""
GOLD["flu_uptake"] = [
    ("urged", "Public health officials", "older people to book a vaccination before Christmas"),
    ("said", "Dr Conor Maguire, director of public health for Ellisfield", "the drop was \"a real worry\" going into the peak season"),
    ("said", "He", "pharmacies and GP surgeries still had plenty of stock"),
]
NOT_REPORTS["flu_uptake"] = [
    "Only 68 per cent of people aged 65 and over had a flu jab this winter, down from 74 per cent.",
    "The vaccine is free for everyone over 65, pregnant women and people with long-term conditions.",
    "Flu admissions usually peak in early January.",
]
SPEAKERS["flu_uptake"] = [("said", "He", "Conor Maguire", "pharmacies")]

ARTICLES["resident_strike"] = """Resident doctors to strike for five days

Resident doctors in Marlshire will walk out for five days from 7am on Monday.

The union said the strike was "a last resort" after talks broke down.

Dr Sarah Okoye, who chairs the association's resident doctors committee, insisted that patients would be kept safe.

Emergency care, cancer treatment and maternity services will continue as normal.

More than 30,000 appointments were rescheduled during the last strike in July.

The health department said its offer of a 4 per cent rise was "fair and final".
"""
GOLD["resident_strike"] = [
    ("said", "The union", "the strike was \"a last resort\" after talks broke down"),
    ("insisted", "Dr Sarah Okoye, who chairs the association's resident doctors committee", "patients would be kept safe"),
    ("said", "The health department", "its offer of a 4 per cent rise was \"fair and final\""),
]
NOT_REPORTS["resident_strike"] = [
    "Resident doctors in Marlshire will walk out for five days from 7am on Monday.",
    "Emergency care, cancer treatment and maternity services will continue as normal.",
    "More than 30,000 appointments were rescheduled during the last strike in July.",
]

ARTICLES["maternity_move"] = """Maternity services to move from Oakbridge to Westfell

Maternity services at Oakbridge Community Hospital will move to Westfell General Hospital from April.

The St Brennan's Birth Centre in Lowick will stay open.

Oakbridge handled 1,100 births last year and Westfell 3,400.

The health board said the move would allow consultants to be on site around the clock.

Campaigners from Save Oakbridge Maternity fear that mothers in labour will face a 40-minute drive.

A public meeting will be held at Oakbridge Town Hall on 3 February.
"""
GOLD["maternity_move"] = [
    ("said", "The health board", "the move would allow consultants to be on site around the clock"),
    ("fear", "Campaigners from Save Oakbridge Maternity", "mothers in labour will face a 40-minute drive"),
]
NOT_REPORTS["maternity_move"] = [
    "Maternity services at Oakbridge Community Hospital will move to Westfell General Hospital from April.",
    "The St Brennan's Birth Centre in Lowick will stay open.",
    "Oakbridge handled 1,100 births last year and Westfell 3,400.",
    "A public meeting will be held at Oakbridge Town Hall on 3 February.",
]

ARTICLES["valve_boy"] = """Boy, 6, home after pioneering heart surgery

A six-year-old boy from Farley has gone home after surgeons rebuilt a valve in his heart using tissue grown in a laboratory.

Ethan Doyle was born with a narrowed pulmonary valve and had three operations before he was two.

Surgeons at the Wrenfield Children's Heart Centre carried out the seven-hour operation in May.

He spent nine days in intensive care and a further three weeks on the ward.

His mother, Claire Doyle, said: "He is running around like nothing happened."

Consultant surgeon Vikram Sethi said the valve should grow with Ethan, sparing him further surgery.
"""
GOLD["valve_boy"] = [
    ("said", "His mother, Claire Doyle", "He is running around like nothing happened"),
    ("said", "Consultant surgeon Vikram Sethi", "the valve should grow with Ethan, sparing him further surgery"),
]
NOT_REPORTS["valve_boy"] = [
    "A six-year-old boy from Farley has gone home after surgeons rebuilt a valve in his heart using tissue grown in a laboratory.",
    "Ethan Doyle was born with a narrowed pulmonary valve and had three operations before he was two.",
    "Surgeons at the Wrenfield Children's Heart Centre carried out the seven-hour operation in May.",
    "He spent nine days in intensive care and a further three weeks on the ward.",
]

ARTICLES["norovirus_wards"] = """Norovirus closes three wards at Silverton hospital

Three wards at Silverton District Hospital have been closed to new admissions after an outbreak of norovirus.

Forty-one patients and 12 staff have had symptoms.

The trust confirmed that visiting had been suspended on the affected wards.

Symptoms of norovirus include sudden vomiting, diarrhoea and a mild fever.

Dr Helen Ashby, the trust's director of infection prevention, asked people with symptoms to stay away from the hospital for 48 hours after they recovered.
"""
GOLD["norovirus_wards"] = [
    ("confirmed", "The trust", "visiting had been suspended on the affected wards"),
    ("asked", "Dr Helen Ashby, the trust's director of infection prevention", "people with symptoms to stay away from the hospital for 48 hours after they recovered"),
]
NOT_REPORTS["norovirus_wards"] = [
    "Three wards at Silverton District Hospital have been closed to new admissions after an outbreak of norovirus.",
    "Forty-one patients and 12 staff have had symptoms.",
    "Symptoms of norovirus include sudden vomiting, diarrhoea and a mild fever.",
]

ARTICLES["camhs_waits"] = """Young people wait a year for mental health help

Children referred to mental health services in Ashcombe waited an average of 51 weeks for treatment last year, according to figures obtained by this paper.

Lily, 16, who asked that her surname not be used, said she had been told to go to A&E if she felt unsafe while she waited.

"Nobody called me for months. I thought they'd forgotten about me," she said.

The service received 4,800 referrals in 2024, a rise of 40 per cent in three years.

A spokesperson for Ashcombe Mind Health said it had hired 22 extra therapists and expected waits to fall by the summer.
"""
GOLD["camhs_waits"] = [
    ("according to", "figures obtained by this paper", "Children referred to mental health services in Ashcombe waited an average of 51 weeks for treatment last year"),
    ("said", "Lily, 16, who asked that her surname not be used", "she had been told to go to A&E if she felt unsafe while she waited"),
    ("said", "she", "Nobody called me for months. I thought they'd forgotten about me"),
    ("said", "A spokesperson for Ashcombe Mind Health", "it had hired 22 extra therapists and expected waits to fall by the summer"),
]
NOT_REPORTS["camhs_waits"] = [
    "The service received 4,800 referrals in 2024, a rise of 40 per cent in three years.",
]
SPEAKERS["camhs_waits"] = [("said", "she", "Lily", "Nobody called")]

ARTICLES["lung_checks"] = """Lung cancer checks to be offered to smokers aged 55 to 74

Current and former smokers aged 55 to 74 will be invited for a lung health check under a national screening programme.

The National Screening Panel recommended the programme last year.

A pilot in four cities found three quarters of cancers at an early stage, when they are easier to treat.

Scans are carried out in mobile units in supermarket car parks.

Professor Janet Lowry, the panel's chair, said lung cancer was "the biggest cancer killer and the one we catch latest".
"""
GOLD["lung_checks"] = [
    ("recommended", "The National Screening Panel", "the programme"),
    ("said", "Professor Janet Lowry, the panel's chair", "lung cancer was \"the biggest cancer killer and the one we catch latest\""),
]
NOT_REPORTS["lung_checks"] = [
    "Current and former smokers aged 55 to 74 will be invited for a lung health check under a national screening programme.",
    "Scans are carried out in mobile units in supermarket car parks.",
]

ARTICLES["surgery_queue"] = """Patients queue outside surgery at 8am for appointments

Patients at the Millbrook Medical Practice say they have to queue outside the surgery from 7.30am to get an appointment.

The practice has 14,000 registered patients and four full-time GPs.

Retired teacher Graham Holt, 68, said he had stood in the rain for 45 minutes last Tuesday.

The practice manager, Denise Kaur, said phone lines were "overwhelmed" every morning and that an online booking system would launch in May.

The surgery is open from 8am to 6.30pm on weekdays.
"""
GOLD["surgery_queue"] = [
    ("say", "Patients at the Millbrook Medical Practice", "they have to queue outside the surgery from 7.30am to get an appointment"),
    ("said", "Retired teacher Graham Holt, 68", "he had stood in the rain for 45 minutes last Tuesday"),
    ("said", "The practice manager, Denise Kaur", "phone lines were \"overwhelmed\" every morning and that an online booking system would launch in May"),
]
NOT_REPORTS["surgery_queue"] = [
    "The practice has 14,000 registered patients and four full-time GPs.",
    "The surgery is open from 8am to 6.30pm on weekdays.",
]

ARTICLES["adhd_shortage"] = """Pharmacists warn of shortages of ADHD medicine

Pharmacists have warned that shortages of ADHD medicines could last until the spring.

The Community Pharmacy Guild said its members were spending hours each week trying to source stock.

Tablets of 18mg and 36mg are the hardest to find.

Jenna Whitlow, whose son Max has ADHD, said she had visited six pharmacies in two days.

The health department blamed a global manufacturing problem.
"""
GOLD["adhd_shortage"] = [
    ("warned", "Pharmacists", "shortages of ADHD medicines could last until the spring"),
    ("said", "The Community Pharmacy Guild", "its members were spending hours each week trying to source stock"),
    ("said", "Jenna Whitlow, whose son Max has ADHD", "she had visited six pharmacies in two days"),
    ("blamed", "The health department", "a global manufacturing problem"),
]
NOT_REPORTS["adhd_shortage"] = [
    "Tablets of 18mg and 36mg are the hardest to find.",
]

ARTICLES["heat_alert"] = """Heat health alert issued as temperatures near 34C

An amber heat health alert has been issued for the east of the country until Friday.

The agency said people should keep curtains closed during the hottest part of the day and drink plenty of fluids.

Signs of heat exhaustion include headache, dizziness and heavy sweating.

Temperatures reached 33.4C in Fenwick on Tuesday.

Dr Kwame Asante, a GP in Fenwick, said he had seen several patients with heat exhaustion this week.
"""
GOLD["heat_alert"] = [
    ("said", "The agency", "people should keep curtains closed during the hottest part of the day and drink plenty of fluids"),
    ("said", "Dr Kwame Asante, a GP in Fenwick", "he had seen several patients with heat exhaustion this week"),
]
NOT_REPORTS["heat_alert"] = [
    "An amber heat health alert has been issued for the east of the country until Friday.",
    "Signs of heat exhaustion include headache, dizziness and heavy sweating.",
    "Temperatures reached 33.4C in Fenwick on Tuesday.",
]

ARTICLES["maternity_inspection"] = """Inspectors find serious failings in maternity unit

Inspectors said they had found serious failings in the maternity unit at Holmbury Hospital during an unannounced visit in June.

Their report says midwives were often too busy to check on women in labour.

The unit delivers about 2,900 babies a year.

The hospital's chief nurse, Angela Marsh, said the trust accepted the findings in full.

Two extra midwives are now on every night shift.
"""
GOLD["maternity_inspection"] = [
    ("said", "Inspectors", "they had found serious failings in the maternity unit at Holmbury Hospital during an unannounced visit in June"),
    ("says", "Their report", "midwives were often too busy to check on women in labour"),
    ("said", "The hospital's chief nurse, Angela Marsh", "the trust accepted the findings in full"),
]
NOT_REPORTS["maternity_inspection"] = [
    "The unit delivers about 2,900 babies a year.",
    "Two extra midwives are now on every night shift.",
]

# (the six below were written after the first run, in the styles the first twenty-six left out: wire copy, a
# journal paper and outside comment, a medicine's label and leaflet, a charity's appeal, dentists, a hospice)

ARTICLES["obesity_pill_wire"] = """Halcyon obesity pill helps patients lose 14% of weight in trial

LONDON, March 3 (Reuters) - Drugmaker Halcyon Therapeutics said on Tuesday its once-daily obesity pill helped patients lose an average of 14 percent of their body weight over 68 weeks.

The pill was tested in 3,100 adults with obesity or overweight and at least one related illness.

Nausea and vomiting were the most common side effects, and 6 percent of patients stopped taking the drug because of them.

Halcyon plans to file for approval in the United States this year, Chief Executive Ruth Okafor told reporters on a conference call.

Analysts at Bremer Capital said the data put the company in a strong position against rival injections.

Halcyon shares were up 9 percent at 1030 GMT.

(Reporting by Tom Hale; Editing by Ann Price)
"""
GOLD["obesity_pill_wire"] = [
    ("said", "Drugmaker Halcyon Therapeutics", "its once-daily obesity pill helped patients lose an average of 14 percent of their body weight over 68 weeks"),
    ("told", "Chief Executive Ruth Okafor", "Halcyon plans to file for approval in the United States this year"),
    ("said", "Analysts at Bremer Capital", "the data put the company in a strong position against rival injections"),
]
NOT_REPORTS["obesity_pill_wire"] = [
    "The pill was tested in 3,100 adults with obesity or overweight and at least one related illness.",
    "Nausea and vomiting were the most common side effects, and 6 percent of patients stopped taking the drug because of them.",
    "Halcyon shares were up 9 percent at 1030 GMT.",
    "(Reporting by Tom Hale; Editing by Ann Price)",
]

ARTICLES["relapse_paper"] = """Older drug halves relapses in multiple sclerosis, study finds

A cheap drug used for decades to treat arthritis halved the number of relapses in people with multiple sclerosis, a study has found.

The study, published in the Journal of Neurology Research, followed 640 patients in nine countries for two years.

Writing in the journal, the authors said the findings should be confirmed in a larger trial before doctors changed their practice.

Professor Karen Olds, a neurologist who was not involved in the study, said the results were "very promising".

Commenting on the findings, Dr Ian Platt of the MS Support Trust said: "This could give thousands of people a new option."

Patients took two tablets a day with their usual treatment.
"""
GOLD["relapse_paper"] = [
    ("found", "a study", "A cheap drug used for decades to treat arthritis halved the number of relapses in people with multiple sclerosis"),
    ("said", "the authors", "the findings should be confirmed in a larger trial before doctors changed their practice"),
    ("said", "Professor Karen Olds, a neurologist who was not involved in the study", "the results were \"very promising\""),
    ("said", "Dr Ian Platt of the MS Support Trust", "This could give thousands of people a new option"),
]
NOT_REPORTS["relapse_paper"] = [
    "The study, published in the Journal of Neurology Research, followed 640 patients in nine countries for two years.",
    "Patients took two tablets a day with their usual treatment.",
]

ARTICLES["hayfever_label"] = """What to know before taking hay fever tablets

Hay fever tablets are sold in supermarkets and pharmacies without a prescription.

Adults and children over 12 should take one 10mg tablet once a day.

The label warns that some tablets may cause drowsiness.

The leaflet advises people not to drive or operate machinery if they feel sleepy.

Pharmacist Neil Hargreaves said many customers did not realise that older antihistamines could make them tired the next morning.

Tablets should be stored below 25C and kept out of the reach of children.
"""
GOLD["hayfever_label"] = [
    ("warns", "The label", "some tablets may cause drowsiness"),
    ("advises", "The leaflet", "people not to drive or operate machinery if they feel sleepy"),
    ("said", "Pharmacist Neil Hargreaves", "many customers did not realise that older antihistamines could make them tired the next morning"),
]
NOT_REPORTS["hayfever_label"] = [
    "Hay fever tablets are sold in supermarkets and pharmacies without a prescription.",
    "Adults and children over 12 should take one 10mg tablet once a day.",
    "Tablets should be stored below 25C and kept out of the reach of children.",
]

ARTICLES["hospice_appeal"] = """Hospice to close eight beds as costs rise

Larkfield Hospice will close eight of its 20 beds from next month because of rising costs.

The hospice cares for about 900 patients a year, most of them in their own homes.

Its chief executive, Moira Duggan, said the charity had to raise £4.5m a year from donations to keep running.

The charity called for a new funding settlement for hospices from the government.

The health department said it had given hospices an extra £100m last year.

Nurse Bridget Onu, who has worked at the hospice for 16 years, said staff were "heartbroken".

The hospice was opened in 1986 by a group of local doctors.
"""
GOLD["hospice_appeal"] = [
    ("said", "Its chief executive, Moira Duggan", "the charity had to raise £4.5m a year from donations to keep running"),
    ("called for", "The charity", "a new funding settlement for hospices from the government"),
    ("said", "The health department", "it had given hospices an extra £100m last year"),
    ("said", "Nurse Bridget Onu, who has worked at the hospice for 16 years", "staff were \"heartbroken\""),
]
NOT_REPORTS["hospice_appeal"] = [
    "Larkfield Hospice will close eight of its 20 beds from next month because of rising costs.",
    "The hospice cares for about 900 patients a year, most of them in their own homes.",
    "The hospice was opened in 1986 by a group of local doctors.",
]

ARTICLES["dentist_deserts"] = """Families travel 60 miles to see a dentist

Families in west Tarnshire are travelling up to 60 miles for dental treatment because no practice nearby is taking on new patients.

None of the 14 practices in the area is accepting new adult patients, a survey by this paper found.

Dentists say the contract they work under pays them less than the cost of many treatments.

Kieran Walsh, who runs a practice in Tarnford, told us he had stopped taking on new patients in 2023.

Mother of three Zoe Bright said she had driven to Ellesby to get her son's broken tooth treated.

The local health board said it was offering grants to practices that agreed to take on more patients.
"""
GOLD["dentist_deserts"] = [
    ("found", "a survey by this paper", "None of the 14 practices in the area is accepting new adult patients"),
    ("say", "Dentists", "the contract they work under pays them less than the cost of many treatments"),
    ("told", "Kieran Walsh, who runs a practice in Tarnford", "he had stopped taking on new patients in 2023"),
    ("said", "Mother of three Zoe Bright", "she had driven to Ellesby to get her son's broken tooth treated"),
    ("said", "The local health board", "it was offering grants to practices that agreed to take on more patients"),
]
NOT_REPORTS["dentist_deserts"] = [
    "Families in west Tarnshire are travelling up to 60 miles for dental treatment because no practice nearby is taking on new patients.",
]

ARTICLES["stroke_unit"] = """Stroke patient walks again after clot-removal treatment

A 58-year-old man who lost the use of his right arm and leg after a stroke is walking again after a clot was removed from his brain.

Dev Malhotra was taken to Harwood General Hospital in March and transferred to the regional stroke centre in Pellbury within two hours.

Doctors threaded a thin tube from his groin to his brain and pulled out the clot.

He was discharged nine days later.

"I went in unable to move and I walked out on my own," Mr Malhotra said.

The procedure is offered around the clock at only three hospitals in the region, the stroke charity Brainwise said.

Consultant neuroradiologist Dr Fatima Rahman said every 30 minutes of delay cut a patient's chance of recovery.
"""
GOLD["stroke_unit"] = [
    ("said", "Mr Malhotra", "I went in unable to move and I walked out on my own"),
    ("said", "the stroke charity Brainwise", "The procedure is offered around the clock at only three hospitals in the region"),
    ("said", "Consultant neuroradiologist Dr Fatima Rahman", "every 30 minutes of delay cut a patient's chance of recovery"),
]
NOT_REPORTS["stroke_unit"] = [
    "A 58-year-old man who lost the use of his right arm and leg after a stroke is walking again after a clot was removed from his brain.",
    "Dev Malhotra was taken to Harwood General Hospital in March and transferred to the regional stroke centre in Pellbury within two hours.",
    "Doctors threaded a thin tube from his groin to his brain and pulled out the clot.",
    "He was discharged nine days later.",
]
SPEAKERS["stroke_unit"] = [("said", "Mr Malhotra", "Dev Malhotra", "I went in")]

# (the three below were written after both mends, to probe the set's shapes in other words: a quotation split in two,
# 'described X as "Y"' with 'X as' in the cue as the project decided, a body's 'rejected', an age before a relative clause)

ARTICLES["sepsis_campaign"] = """Mother's sepsis campaign wins support from health chiefs

A mother whose 11-year-old son died of sepsis has persuaded health chiefs to change the way hospitals respond to parents' concerns.

Rhian Pugh's son, Owain, died at Caerllan Hospital in 2023, two days after he was sent home with what doctors thought was a viral infection.

"I told them he wasn't himself. I told them three times," Mrs Pugh said. "Nobody listened."

Under the new scheme, parents who think their child is getting worse can ask for an urgent second opinion from a different team.

The Welsh health board said the scheme would be in place in all its hospitals by the autumn.

Its medical director, Dr Gwen Harries, described Mrs Pugh as "extraordinarily brave".

She said the board was sorry for the failings in Owain's care.

Sepsis kills about 48,000 people a year in the UK.
"""
GOLD["sepsis_campaign"] = [
    ("said", "Mrs Pugh", "I told them he wasn't himself. I told them three times"),
    ("said", "The Welsh health board", "the scheme would be in place in all its hospitals by the autumn"),
    ("described Mrs Pugh as", "Its medical director, Dr Gwen Harries", "extraordinarily brave"),
    ("said", "She", "the board was sorry for the failings in Owain's care"),
]
NOT_REPORTS["sepsis_campaign"] = [
    "Rhian Pugh's son, Owain, died at Caerllan Hospital in 2023, two days after he was sent home with what doctors thought was a viral infection.",
    "Sepsis kills about 48,000 people a year in the UK.",
]
SPEAKERS["sepsis_campaign"] = [("said", "She", "Gwen Harries", "the board"), ("said", "Mrs Pugh", "Rhian Pugh", "I told them")]

ARTICLES["blood_stocks"] = """Blood service appeals for O negative donors

Stocks of O negative blood have fallen to less than two days' supply, the National Blood Service said on Monday.

The service said it needed 1,200 more donors to book appointments this week.

O negative blood can be given to patients of any blood type and is used in emergencies.

"Every donation can save up to three lives," said Dr Mei Chan, the service's director of donation. "If you have been putting it off, please book now."

Donors must be aged between 17 and 65 and weigh at least 50kg.

Hospitals have been asked to review planned operations that could need large amounts of blood.

Sessions are held at 28 permanent donor centres and in community halls.
"""
GOLD["blood_stocks"] = [
    ("said", "the National Blood Service", "Stocks of O negative blood have fallen to less than two days' supply"),
    ("said", "The service", "it needed 1,200 more donors to book appointments this week"),
    ("said", "Dr Mei Chan, the service's director of donation", "Every donation can save up to three lives"),
]
NOT_REPORTS["blood_stocks"] = [
    "O negative blood can be given to patients of any blood type and is used in emergencies.",
    "Donors must be aged between 17 and 65 and weigh at least 50kg.",
    "Sessions are held at 28 permanent donor centres and in community halls.",
]

ARTICLES["gene_therapy"] = """Gene therapy for rare blindness to be offered on health service

Children with a rare inherited form of blindness will be able to receive a one-off gene therapy after a deal was struck on its price.

The treatment, which has a list price of £610,000 per patient, is injected into the back of each eye during a single operation.

About 90 children and young adults are expected to be eligible in the first five years.

The Clinical Value Council had initially rejected the therapy because of its cost.

Its chief executive, Dr Samuel Otieno, said the agreed price was "a fair one for patients and for taxpayers".

The therapy's maker, Lumen Genetics, said it was "delighted" by the decision.

Hollie Barr, 14, who was treated in a trial in 2022, said she could now see the stars for the first time.
"""
GOLD["gene_therapy"] = [
    ("rejected", "The Clinical Value Council", "the therapy"),
    ("said", "Its chief executive, Dr Samuel Otieno", "the agreed price was \"a fair one for patients and for taxpayers\""),
    ("said", "The therapy's maker, Lumen Genetics", "it was \"delighted\" by the decision"),
    ("said", "Hollie Barr, 14, who was treated in a trial in 2022", "she could now see the stars for the first time"),
]
NOT_REPORTS["gene_therapy"] = [
    "Children with a rare inherited form of blindness will be able to receive a one-off gene therapy after a deal was struck on its price.",
    "The treatment, which has a list price of £610,000 per patient, is injected into the back of each eye during a single operation.",
]
