# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-one short articles written for the sixty-ninth pass's check of inquests, inquiries and investigations
(helper E): coroners' conclusions ('The coroner, Mrs X, recorded a conclusion of accidental death', 'the jury
returned conclusions of X'), evidence given ('told the inquest', 'Giving evidence, X said', 'In a statement read to
the inquest, X said', 'In written evidence, X said', 'Under cross-examination, she accepted'), evidence heard ('X, an
inquest heard', 'The inquest heard that X', 'X, the court heard'), public inquiries' and reviews' reports ('The report
found that', 'The inquiry concluded that', 'According to the review'), accident investigators ('The interim report
said', 'Investigators from X found that'), witnesses ('One witness described seeing X'), families' statements ('In a
statement read by their lawyer, the family said'), a barrister's questions ('Asked by X whether Y, he replied that
Z', 'The barrister asked whether X') and traps that report nothing (findings of fact told as narration, dates of
hearings, 'The hearing was adjourned', 'She died in hospital', a list of the dead, an inquest opened and adjourned).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Evidence heard by a court, an inquest or an inquiry ('X, an inquest heard', 'The inquest heard that X') has no
source, as ``probe_courts_60`` has it; a conclusion recorded has its noun phrase for content, as ``probe_bounds_58``
has 'recorded a verdict of accidental death'; 'Asked (by X) whether Y, Z said W' is two reports, the question's
(the asker its source, none when unnamed) and Z's, as PolNeAR marks 45 'Asked' cues in train ('Asked by
Stephanopoulos to X': Stephanopoulos the source); a headline that reports is the first gold of its article. Every name, place, body and sentence is made up. Read by
``test_probe_findings_69_inquiries``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["quarry_fall"] = """Quarry worker died after fall from conveyor, inquest hears

A quarry worker fell six metres from a conveyor belt that had no guard rail, an inquest heard.

Owen Prys, 41, from Llanfedw, died in hospital two days after the fall in May last year.

The quarry's safety manager, Gareth Lloyd, told the inquest that a rail had been ordered but never fitted.

The coroner, Mrs Ada Penn, recorded a conclusion of accidental death.

The hearing at Pontardu Guildhall lasted three days.
"""
GOLD["quarry_fall"] = [
    ("hears", "", "Quarry worker died after fall from conveyor"),  # the headline
    ("heard", "", "A quarry worker fell six metres from a conveyor belt that had no guard rail"),
    ("told", "The quarry's safety manager, Gareth Lloyd", "a rail had been ordered but never fitted"),
    ("recorded", "The coroner, Mrs Ada Penn", "a conclusion of accidental death"),
]
NOT_REPORTS["quarry_fall"] = ["Owen Prys, 41, from Llanfedw, died in hospital two days after the fall in May last year.",
                              "The hearing at Pontardu Guildhall lasted three days."]
SPEAKERS["quarry_fall"] = [("recorded", "The coroner, Mrs Ada Penn", "Ada Penn", "a conclusion")]

ARTICLES["ward_staffing"] = """Nurse tells inquest ward was short of staff

Giving evidence, ward sister Mary Okoro said there had been three nurses for 30 patients on the night Elsie Dunn died.

Mrs Dunn, 87, had been admitted with a chest infection.

She said she had asked managers for extra staff twice that week.

The inquest at Carrowby Coroner's Court continues.
"""
GOLD["ward_staffing"] = [
    ("tells", "Nurse", "ward was short of staff"),  # the headline
    ("said", "ward sister Mary Okoro", "there had been three nurses for 30 patients on the night Elsie Dunn died"),
    ("said", "She", "she had asked managers for extra staff twice that week"),
]
NOT_REPORTS["ward_staffing"] = ["Mrs Dunn, 87, had been admitted with a chest infection.",
                                "The inquest at Carrowby Coroner's Court continues."]
SPEAKERS["ward_staffing"] = [("said", "She", "Mary Okoro", "she had asked")]

ARTICLES["reservoir_tribute"] = """Family pays tribute to teenager who drowned in reservoir

In a statement read to the inquest, his mother, Carla Wren, said Jamie had been "the light of every room".

Jamie Wren, 16, got into difficulty while swimming in Holmbrook reservoir in July.

A water company manager said warning signs had been put up around the reservoir in 2022.

Senior coroner Peter Haig recorded a conclusion of misadventure.
"""
GOLD["reservoir_tribute"] = [
    ("said", "his mother, Carla Wren", "Jamie had been \"the light of every room\""),
    ("said", "A water company manager", "warning signs had been put up around the reservoir in 2022"),
    ("recorded", "Senior coroner Peter Haig", "a conclusion of misadventure"),
]
NOT_REPORTS["reservoir_tribute"] = ["Jamie Wren, 16, got into difficulty while swimming in Holmbrook reservoir in July."]

ARTICLES["care_home_choking"] = """Care home resident choked on sandwich, inquest told

The inquest heard that staff at Larchfield House had been told to cut Iris Boyd's food into small pieces.

Mrs Boyd, 79, died on 4 February.

A carer, Nadia Bell, said she had not seen the instructions in the care plan.

The hearing was adjourned until 12 March.
"""
GOLD["care_home_choking"] = [
    ("told", "", "Care home resident choked on sandwich"),  # the headline
    ("heard", "", "staff at Larchfield House had been told to cut Iris Boyd's food into small pieces"),
    ("said", "A carer, Nadia Bell", "she had not seen the instructions in the care plan"),
]
NOT_REPORTS["care_home_choking"] = ["Mrs Boyd, 79, died on 4 February.", "The hearing was adjourned until 12 March."]

ARTICLES["tower_inquiry"] = """Inquiry finds council ignored tower block warnings

The report found that Marlow Council had ignored at least four warnings about the cladding on Fenwick Tower.

The inquiry, chaired by retired judge Sir Colin Ashe, took evidence from 212 witnesses over two years.

Sir Colin said residents had been "let down at every turn".

The council leader, Amina Shah, said the council accepted every one of the report's 38 recommendations.
"""
GOLD["tower_inquiry"] = [
    ("finds", "Inquiry", "council ignored tower block warnings"),  # the headline
    ("found", "The report", "Marlow Council had ignored at least four warnings about the cladding on Fenwick Tower"),
    ("said", "Sir Colin", "residents had been \"let down at every turn\""),
    ("said", "The council leader, Amina Shah", "the council accepted every one of the report's 38 recommendations"),
]
NOT_REPORTS["tower_inquiry"] = ["The inquiry, chaired by retired judge Sir Colin Ashe, took evidence from 212 witnesses over two years."]
SPEAKERS["tower_inquiry"] = [("said", "Sir Colin", "Colin Ashe", "residents")]

ARTICLES["plasma_inquiry"] = """Blood inquiry blames health officials

The inquiry concluded that officials had known of the risk from imported plasma by 1983.

More than 1,200 people were infected.

Its chairman, Lady Greer, said the failures were "not accidental".

The government said it would respond in full within three months.
"""
GOLD["plasma_inquiry"] = [
    ("concluded", "The inquiry", "officials had known of the risk from imported plasma by 1983"),
    ("said", "Its chairman, Lady Greer", "the failures were \"not accidental\""),
    ("said", "The government", "it would respond in full within three months"),
]
NOT_REPORTS["plasma_inquiry"] = ["More than 1,200 people were infected."]

ARTICLES["helicopter_interim"] = """Helicopter engine lost power before crash, investigators say

The interim report said the engine of the helicopter had lost power about 40 seconds before it hit the water.

The aircraft came down off Skerrin Point on 9 August, killing the pilot and two passengers.

The Air Accidents Investigation Branch said its final report would be published next year.

The pilot, Ross Kerr, 52, had flown for 30 years.
"""
GOLD["helicopter_interim"] = [
    ("say", "investigators", "Helicopter engine lost power before crash"),  # the headline
    ("said", "The interim report", "the engine of the helicopter had lost power about 40 seconds before it hit the water"),
    ("said", "The Air Accidents Investigation Branch", "its final report would be published next year"),
]
NOT_REPORTS["helicopter_interim"] = ["The aircraft came down off Skerrin Point on 9 August, killing the pilot and two passengers.",
                                     "The pilot, Ross Kerr, 52, had flown for 30 years."]

ARTICLES["buffer_stop"] = """Train driver may have been distracted, rail investigators find

Investigators from the Rail Accident Investigation Branch found that the driver had been using a company phone shortly before the collision.

Nobody was seriously hurt when the train hit buffers at Tolworth Junction in March.

In a statement, the operator, Southway Rail, said it had changed its rules on phones in cabs.
"""
GOLD["buffer_stop"] = [
    ("find", "rail investigators", "Train driver may have been distracted"),  # the headline
    ("found", "Investigators from the Rail Accident Investigation Branch", "the driver had been using a company phone shortly before the collision"),
    ("said", "the operator, Southway Rail", "it had changed its rules on phones in cabs"),
]
NOT_REPORTS["buffer_stop"] = ["Nobody was seriously hurt when the train hit buffers at Tolworth Junction in March."]

ARTICLES["bus_shelter"] = """Witness saw car mount pavement, inquest hears

One witness described seeing a silver car mount the pavement and strike a bus shelter.

Another witness, Dev Patel, told the court the driver had appeared to slump over the wheel.

Harold Vince, 81, who was waiting at the shelter, died at the scene.

The driver, who had a heart condition, died a week later.
"""
GOLD["bus_shelter"] = [
    ("hears", "", "Witness saw car mount pavement"),  # the headline
    ("described", "One witness", "seeing a silver car mount the pavement and strike a bus shelter"),
    ("told", "Another witness, Dev Patel", "the driver had appeared to slump over the wheel"),
]
NOT_REPORTS["bus_shelter"] = ["Harold Vince, 81, who was waiting at the shelter, died at the scene.",
                              "The driver, who had a heart condition, died a week later."]

ARTICLES["trawler_family"] = """Family of fisherman say they were failed

In a statement read by their lawyer outside the court, the family said they had been "failed by every agency".

Callum Rae, 29, was lost overboard from the trawler Good Hope in 2023.

The family's solicitor, Jane Orme, said they would ask the attorney general for a fresh inquest.

The coroner recorded an open conclusion.
"""
GOLD["trawler_family"] = [
    ("say", "Family of fisherman", "they were failed"),  # the headline
    ("said", "the family", "they had been \"failed by every agency\""),
    ("said", "The family's solicitor, Jane Orme", "they would ask the attorney general for a fresh inquest"),
    ("recorded", "The coroner", "an open conclusion"),
]
NOT_REPORTS["trawler_family"] = ["Callum Rae, 29, was lost overboard from the trawler Good Hope in 2023."]

ARTICLES["ambulance_delay"] = """Paramedics took 90 minutes to reach dying man, inquest told

Asked by the family's barrister whether the call had been given the right priority, the call handler replied that it had not.

Keith Lomax, 64, had collapsed at his home in Brindley.

The barrister, Ruth Adair, asked whether the ambulance service had enough crews that night.

Its operations director, Sam Tully, said 14 ambulances had been waiting outside hospitals.
"""
GOLD["ambulance_delay"] = [
    ("told", "", "Paramedics took 90 minutes to reach dying man"),  # the headline
    ("Asked", "the family's barrister", "whether the call had been given the right priority"),
    ("replied", "the call handler", "it had not"),
    ("asked", "The barrister, Ruth Adair", "whether the ambulance service had enough crews that night"),
    ("said", "Its operations director, Sam Tully", "14 ambulances had been waiting outside hospitals"),
]
NOT_REPORTS["ambulance_delay"] = ["Keith Lomax, 64, had collapsed at his home in Brindley."]

ARTICLES["festival_tablets"] = """Inquest into festival deaths ends

Two men died after taking tablets sold at the Oakridge festival in August.

Liam Soto, 19, and Ben Harte, 20, were taken to Castlebridge General Hospital, where both died the next morning.

A toxicologist told the inquest the tablets had contained three times the usual dose.

The jury returned conclusions of drug-related death.
"""
GOLD["festival_tablets"] = [
    ("told", "A toxicologist", "the tablets had contained three times the usual dose"),
    ("returned", "The jury", "conclusions of drug-related death"),
]
NOT_REPORTS["festival_tablets"] = ["Inquest into festival deaths ends",
                                   "Two men died after taking tablets sold at the Oakridge festival in August.",
                                   "Liam Soto, 19, and Ben Harte, 20, were taken to Castlebridge General Hospital, where both died the next morning."]

ARTICLES["coach_victims"] = """Names of coach crash victims released

The five people who died were Ann Lowe, 71, Peter Lowe, 73, Gwen Hart, 68, Derek Moss, 80, and Joan Pryce, 77.

All five were from the Harwood area.

Police said the coach had been travelling from Harwood to the coast when it left the road.

An inquest will open on Thursday.
"""
GOLD["coach_victims"] = [
    ("said", "Police", "the coach had been travelling from Harwood to the coast when it left the road"),
]
NOT_REPORTS["coach_victims"] = ["The five people who died were Ann Lowe, 71, Peter Lowe, 73, Gwen Hart, 68, Derek Moss, 80, and Joan Pryce, 77.",
                                "All five were from the Harwood area.", "An inquest will open on Thursday."]

ARTICLES["climber_opened"] = """Inquest opened into death of climber

An inquest into the death of a climber who fell on Ben Corran has been opened and adjourned.

Fiona McBride, 33, from Dunmore, fell about 200 metres on 2 January.

Coroner's officer Alan Reid told the brief hearing that she had been identified by her husband.

A full inquest will be held on 18 June.
"""
GOLD["climber_opened"] = [
    ("told", "Coroner's officer Alan Reid", "she had been identified by her husband"),
]
NOT_REPORTS["climber_opened"] = ["Inquest opened into death of climber",
                                 "An inquest into the death of a climber who fell on Ben Corran has been opened and adjourned.",
                                 "Fiona McBride, 33, from Dunmore, fell about 200 metres on 2 January.",
                                 "A full inquest will be held on 18 June."]

ARTICLES["baby_pathologist"] = """Baby died of head injury, pathologist tells inquest

Home Office pathologist Dr Ruth Sayer said the injuries were consistent with the baby having been shaken.

Leo Mace was eight weeks old when he died at Wendham Children's Hospital in 2024.

Under cross-examination, she accepted that a rare bleeding disorder could not be ruled out.

The boy's father was not in court.
"""
GOLD["baby_pathologist"] = [
    ("tells", "pathologist", "Baby died of head injury"),  # the headline
    ("said", "Home Office pathologist Dr Ruth Sayer", "the injuries were consistent with the baby having been shaken"),
    ("accepted", "she", "a rare bleeding disorder could not be ruled out"),
]
NOT_REPORTS["baby_pathologist"] = ["Leo Mace was eight weeks old when he died at Wendham Children's Hospital in 2024.",
                                   "The boy's father was not in court."]
SPEAKERS["baby_pathologist"] = [("accepted", "she", "Ruth Sayer", "a rare")]

ARTICLES["towpath_report"] = """Coroner warns of danger from unlit canal path

Assistant coroner Janet Moor said the towpath at Millbank Lock was "dangerously narrow" and poorly lit.

Ellis Gray, 58, drowned after falling from the towpath in October.

She said she would send a report to prevent future deaths to the Canal Trust.

The Canal Trust said it was reviewing lighting along the towpath.
"""
GOLD["towpath_report"] = [
    ("warns", "Coroner", "danger from unlit canal path"),  # the headline
    ("said", "Assistant coroner Janet Moor", "the towpath at Millbank Lock was \"dangerously narrow\" and poorly lit"),
    ("said", "She", "she would send a report to prevent future deaths to the Canal Trust"),
    ("said", "The Canal Trust", "it was reviewing lighting along the towpath"),
]
NOT_REPORTS["towpath_report"] = ["Ellis Gray, 58, drowned after falling from the towpath in October."]
SPEAKERS["towpath_report"] = [("said", "She", "Janet Moor", "she would send")]

ARTICLES["flat_detective"] = """Detective tells inquest man was not suicidal

Det Sgt Kevin Hale told the inquest that officers had found no note at the flat.

Marcus Doyle, 37, was found dead in Linford on 11 November.

He said Mr Doyle's phone showed he had booked a holiday the day before he died.

The coroner recorded a narrative conclusion.
"""
GOLD["flat_detective"] = [
    ("tells", "Detective", "man was not suicidal"),  # the headline
    ("told", "Det Sgt Kevin Hale", "officers had found no note at the flat"),
    ("said", "He", "Mr Doyle's phone showed he had booked a holiday the day before he died"),
    ("recorded", "The coroner", "a narrative conclusion"),
]
NOT_REPORTS["flat_detective"] = ["Marcus Doyle, 37, was found dead in Linford on 11 November."]
SPEAKERS["flat_detective"] = [("said", "He", "Kevin Hale", "Mr Doyle's")]

ARTICLES["flood_minister"] = """Former minister admits 'mistakes' at flooding inquiry

Former environment minister Greta Lind told the inquiry she had not read the 2019 flood risk warning.

The Carrow Valley floods in 2021 destroyed 900 homes.

She said that was "a mistake I will regret for the rest of my life".

The inquiry will publish its report in the spring.
"""
GOLD["flood_minister"] = [
    ("admits", "Former minister", "'mistakes'"),  # the headline
    ("told", "Former environment minister Greta Lind", "she had not read the 2019 flood risk warning"),
    ("said", "She", "that was \"a mistake I will regret for the rest of my life\""),
]
NOT_REPORTS["flood_minister"] = ["The Carrow Valley floods in 2021 destroyed 900 homes.",
                                 "The inquiry will publish its report in the spring."]
SPEAKERS["flood_minister"] = [("said", "She", "Greta Lind", "that was")]

ARTICLES["missed_scan"] = """Coroner criticises hospital over missed scan

The coroner, Dr Hamid Rauf, found that a scan which would have shown the bleed had been delayed by 11 hours.

Patricia Lamb, 66, died at Ashcombe Hospital in September 2024.

Dr Rauf said the delay had "more than minimally" contributed to her death.

In a statement, the hospital trust said it had apologised to Mrs Lamb's family.
"""
GOLD["missed_scan"] = [
    ("criticises", "Coroner", "hospital over missed scan"),  # the headline
    ("found", "The coroner, Dr Hamid Rauf", "a scan which would have shown the bleed had been delayed by 11 hours"),
    ("said", "Dr Rauf", "the delay had \"more than minimally\" contributed to her death"),
    ("said", "the hospital trust", "it had apologised to Mrs Lamb's family"),
]
NOT_REPORTS["missed_scan"] = ["Patricia Lamb, 66, died at Ashcombe Hospital in September 2024."]
SPEAKERS["missed_scan"] = [("said", "Dr Rauf", "Hamid Rauf", "the delay")]

ARTICLES["boiler_engineer"] = """Gas engineer skipped safety check, court hears

A gas engineer signed off a boiler without testing it for leaks, the court heard.

Carbon monoxide from the boiler killed Dora Finch, 84, at her flat in Ebbsworth in January.

The engineer, Lee Marsh, 39, admitted a breach of health and safety law.

He will be sentenced next month.
"""
GOLD["boiler_engineer"] = [
    ("hears", "", "Gas engineer skipped safety check"),  # the headline
    ("heard", "", "A gas engineer signed off a boiler without testing it for leaks"),
    ("admitted", "The engineer, Lee Marsh, 39", "a breach of health and safety law"),
]
NOT_REPORTS["boiler_engineer"] = ["Carbon monoxide from the boiler killed Dora Finch, 84, at her flat in Ebbsworth in January.",
                                  "He will be sentenced next month."]

ARTICLES["heat_march"] = """Soldier died of heatstroke on training march, inquest finds

Private Josh Keane, 20, collapsed on the 12th mile of a march on Garrow Moor in July 2023.

A fellow soldier said the temperature that afternoon had been above 30C.

The Army's medical officer, Major Tessa Vaughn, told the inquest that water stops had been cut from four to two.

The jury concluded that a failure to follow heat guidance had contributed to his death.
"""
GOLD["heat_march"] = [
    ("finds", "inquest", "Soldier died of heatstroke on training march"),  # the headline
    ("said", "A fellow soldier", "the temperature that afternoon had been above 30C"),
    ("told", "The Army's medical officer, Major Tessa Vaughn", "water stops had been cut from four to two"),
    ("concluded", "The jury", "a failure to follow heat guidance had contributed to his death"),
]
NOT_REPORTS["heat_march"] = ["Private Josh Keane, 20, collapsed on the 12th mile of a march on Garrow Moor in July 2023."]

ARTICLES["crush_dates"] = """Dates set for stadium crush inquests

The inquests into the deaths of 11 fans at Rowley Park will begin on 3 September and last about 14 weeks.

A pre-inquest review will be held on 12 May.

Senior coroner Alison Crane said each family would be allowed to make a statement about their loved one.

The crush happened at a cup tie in April 2024.
"""
GOLD["crush_dates"] = [
    ("said", "Senior coroner Alison Crane", "each family would be allowed to make a statement about their loved one"),
]
NOT_REPORTS["crush_dates"] = ["Dates set for stadium crush inquests",
                              "The inquests into the deaths of 11 fans at Rowley Park will begin on 3 September and last about 14 weeks.",
                              "A pre-inquest review will be held on 12 May.", "The crush happened at a cup tie in April 2024."]

ARTICLES["garden_pond"] = """Toddler drowned in garden pond, inquest hears

Ava Linton, two, was found in a pond at a neighbour's house in Hesketh in June.

In written evidence, the neighbour, Paul Greaves, said he had not known the gate was open.

A paramedic said the girl had been in the water for several minutes before she was found.

Coroner Maria Lopez recorded a conclusion of accidental death.
"""
GOLD["garden_pond"] = [
    ("hears", "", "Toddler drowned in garden pond"),  # the headline
    ("said", "the neighbour, Paul Greaves", "he had not known the gate was open"),
    ("said", "A paramedic", "the girl had been in the water for several minutes before she was found"),
    ("recorded", "Coroner Maria Lopez", "a conclusion of accidental death"),
]
NOT_REPORTS["garden_pond"] = ["Ava Linton, two, was found in a pond at a neighbour's house in Hesketh in June."]

ARTICLES["cell_watchdog"] = """Police watchdog finds officers failed to check on prisoner

An investigation by the Independent Office for Police Conduct found that officers had not checked on Dean Walsh for almost three hours.

Mr Walsh, 45, died in a cell at Harbury police station in 2023.

The watchdog's director, Kate Ness, said two officers would face misconduct hearings.

Harbury Police said it had accepted the findings.
"""
GOLD["cell_watchdog"] = [
    ("finds", "Police watchdog", "officers failed to check on prisoner"),  # the headline
    ("found", "An investigation by the Independent Office for Police Conduct", "officers had not checked on Dean Walsh for almost three hours"),
    ("said", "The watchdog's director, Kate Ness", "two officers would face misconduct hearings"),
    ("said", "Harbury Police", "it had accepted the findings"),
]
NOT_REPORTS["cell_watchdog"] = ["Mr Walsh, 45, died in a cell at Harbury police station in 2023."]

ARTICLES["ferry_lifeboats"] = """Ferry crew were not trained to launch lifeboats, report finds

The Marine Accident Investigation Branch report said none of the crew on duty had practised launching a lifeboat in the previous year.

The ferry Celtic Dawn caught fire off Westray in 2024 and all 180 passengers were taken off safely.

The operator said it had introduced monthly drills since the fire.
"""
GOLD["ferry_lifeboats"] = [
    ("finds", "report", "Ferry crew were not trained to launch lifeboats"),  # the headline
    ("said", "The Marine Accident Investigation Branch report", "none of the crew on duty had practised launching a lifeboat in the previous year"),
    ("said", "The operator", "it had introduced monthly drills since the fire"),
]
SPEAKERS["ferry_lifeboats"] = [("said", "The operator", "operator", "it had introduced")]
NOT_REPORTS["ferry_lifeboats"] = ["The ferry Celtic Dawn caught fire off Westray in 2024 and all 180 passengers were taken off safely."]

ARTICLES["maternity_review"] = """Maternity unit failings led to baby deaths, review says

According to the review, at least 12 babies might have survived if they had received better care.

The review, led by midwife Donna Pike, looked at 300 births at St Aldric's Hospital between 2017 and 2022.

Ms Pike said families had been "ignored and dismissed".

Parents who lost children held a vigil outside the hospital on Sunday.
"""
GOLD["maternity_review"] = [
    ("says", "review", "Maternity unit failings led to baby deaths"),  # the headline
    ("according", "the review", "at least 12 babies might have survived if they had received better care"),
    ("said", "Ms Pike", "families had been \"ignored and dismissed\""),
]
NOT_REPORTS["maternity_review"] = ["The review, led by midwife Donna Pike, looked at 300 births at St Aldric's Hospital between 2017 and 2022.",
                                   "Parents who lost children held a vigil outside the hospital on Sunday."]
SPEAKERS["maternity_review"] = [("said", "Ms Pike", "Donna Pike", "families")]

ARTICLES["unsealed_gaps"] = """Fire spread through unsealed gaps, expert tells inquest

A fire safety expert, Prof Neil Batt, said gaps around pipes had allowed smoke to reach the upper floors.

Three residents of Holloway Court died in the fire in February 2024.

Asked whether the gaps broke building rules, Prof Batt said they did.

The inquest was adjourned until Monday.
"""
GOLD["unsealed_gaps"] = [
    ("tells", "expert", "Fire spread through unsealed gaps"),  # the headline
    ("said", "A fire safety expert, Prof Neil Batt", "gaps around pipes had allowed smoke to reach the upper floors"),
    ("Asked", "", "whether the gaps broke building rules"),
    ("said", "Prof Batt", "they did"),
]
NOT_REPORTS["unsealed_gaps"] = ["Three residents of Holloway Court died in the fire in February 2024.",
                                "The inquest was adjourned until Monday."]
SPEAKERS["unsealed_gaps"] = [("said", "Prof Batt", "Neil Batt", "they did")]

ARTICLES["refused_bed"] = """Mother tells inquest son was refused bed

"He begged them to keep him in," Lorna Tate told the inquest.

Her son, Aidan, 23, was sent home from Rexford Hospital's emergency department and died two days later.

She said doctors had told her there were no mental health beds in the county.

Dr Simon Kell, a consultant psychiatrist, said beds had been "full for months".
"""
GOLD["refused_bed"] = [
    ("tells", "Mother", "son was refused bed"),  # the headline
    ("told", "Lorna Tate", "He begged them to keep him in"),
    ("said", "She", "doctors had told her there were no mental health beds in the county"),
    ("said", "Dr Simon Kell, a consultant psychiatrist", "beds had been \"full for months\""),
]
NOT_REPORTS["refused_bed"] = ["Her son, Aidan, 23, was sent home from Rexford Hospital's emergency department and died two days later."]
SPEAKERS["refused_bed"] = [("said", "She", "Lorna Tate", "doctors")]

ARTICLES["phone_lorry"] = """Coroner rules cyclist was unlawfully killed

Summing up, the coroner, Mr Ian Bostock, said the lorry driver had been looking at his phone.

Cyclist Hannah Reid, 31, died on the A540 near Tarbury in 2023.

The driver, Craig Pell, was jailed for six years in 2024.

Mr Bostock recorded a conclusion of unlawful killing.
"""
GOLD["phone_lorry"] = [
    ("rules", "Coroner", "cyclist was unlawfully killed"),  # the headline
    ("said", "the coroner, Mr Ian Bostock", "the lorry driver had been looking at his phone"),
    ("recorded", "Mr Bostock", "a conclusion of unlawful killing"),
]
NOT_REPORTS["phone_lorry"] = ["Cyclist Hannah Reid, 31, died on the A540 near Tarbury in 2023.",
                              "The driver, Craig Pell, was jailed for six years in 2024."]
SPEAKERS["phone_lorry"] = [("recorded", "Mr Bostock", "Ian Bostock", "a conclusion")]

ARTICLES["sewage_inquiry"] = """Water company knew of sewage leaks, inquiry hears

Managers at Calder Water knew the outfall at Sandby was leaking for at least two years, the inquiry heard.

The inquiry's counsel, Ben Oyelaran KC, said emails showed the problem had been raised at board meetings.

Former chief executive Howard Peel said in written evidence that he had never seen the emails.

The inquiry resumes next week.
"""
GOLD["sewage_inquiry"] = [
    ("hears", "", "Water company knew of sewage leaks"),  # the headline
    ("heard", "", "Managers at Calder Water knew the outfall at Sandby was leaking for at least two years"),
    ("said", "The inquiry's counsel, Ben Oyelaran KC", "emails showed the problem had been raised at board meetings"),
    ("said", "Former chief executive Howard Peel", "he had never seen the emails"),
]
NOT_REPORTS["sewage_inquiry"] = ["The inquiry resumes next week."]

ARTICLES["falling_branch"] = """Woman hit by falling branch, inquest hears

Sally Crewe, 52, was walking her dog in Fernley Park when the branch fell in a storm.

She died in hospital.

The park's tree officer, Tom Dale, said the oak had been inspected four months earlier.

In a statement, Ms Crewe's husband, Robert, said she had "loved that park all her life".
"""
GOLD["falling_branch"] = [
    ("hears", "", "Woman hit by falling branch"),  # the headline
    ("said", "The park's tree officer, Tom Dale", "the oak had been inspected four months earlier"),
    ("said", "Ms Crewe's husband, Robert", "she had \"loved that park all her life\""),
]
NOT_REPORTS["falling_branch"] = ["Sally Crewe, 52, was walking her dog in Fernley Park when the branch fell in a storm.",
                                 "She died in hospital."]
