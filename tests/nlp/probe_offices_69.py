# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-one short articles written for the sixty-ninth pass's check of speakers named by office (helper D): an
office with its holder's name, then the office alone later ('The Chief of Police, Ana Ruiz, said ... The chief
added'), judges ('the Lord Chief Justice, Lady X ... the judge'), law officers, inspectors, ombudsmen, coroners,
mayors, governors, rectors, head teachers, harbour masters, chief constables and secretaries-general; and traps: an
office named in a clause that is no referent ('After meeting the Bishop of Tarn, X said ... The bishop said'), two
holders of one office in one article (outgoing and new, deputy and full), an office that is the body's ('a ministry
spokesperson') and a quotation closed by 'she was heard to say'.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``, the
speaker a holder's name without a title ('Ana Ruiz'), an unnamed holder the office as first named ('Bishop of Tarn',
'ministry spokesperson'). Every name, place, body and sentence is made up. Read by
``test_probe_findings_69_offices``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["police_chief"] = """Police to put more officers on night patrol

The Chief of Police, Ana Ruiz, said 40 more officers would patrol the old town at night from March.

Reports of street robbery in Castamar rose by a fifth last year.

The chief added that the extra patrols would be paid for by cutting overtime.

A shopkeepers' group welcomed the plan. Its chairman, Luis Ortega, said traders had waited two years for it.

The chief said she would review the patrols in the autumn.
"""
GOLD["police_chief"] = [
    ("said", "The Chief of Police, Ana Ruiz", "40 more officers would patrol the old town at night from March"),
    ("added", "The chief", "the extra patrols would be paid for by cutting overtime"),
    ("said", "Its chairman, Luis Ortega", "traders had waited two years for it"),
    ("said", "The chief", "she would review the patrols in the autumn"),
]
NOT_REPORTS["police_chief"] = ["Reports of street robbery in Castamar rose by a fifth last year."]
SPEAKERS["police_chief"] = [
    ("added", "The chief", "Ana Ruiz", "the extra patrols"),
    ("said", "Its chairman, Luis Ortega", "Luis Ortega", "traders"),
    ("said", "The chief", "Ana Ruiz", "she would review"),
]

ARTICLES["chief_justice_judge"] = """Senior judge calls for more court staff

The Lord Chief Justice, Lady Vane, said courts in the north were losing clerks faster than they could be replaced.

There are 310 vacant clerk posts across the Harlow circuit.

The judge said some hearings had been adjourned because no clerk was available.

The justice minister, Owen Pryor, said 120 clerks would be recruited this year.

Lady Vane said that would not be enough.
"""
GOLD["chief_justice_judge"] = [
    ("said", "The Lord Chief Justice, Lady Vane", "courts in the north were losing clerks faster than they could be replaced"),
    ("said", "The judge", "some hearings had been adjourned because no clerk was available"),
    ("said", "The justice minister, Owen Pryor", "120 clerks would be recruited this year"),
    ("said", "Lady Vane", "that would not be enough"),
]
NOT_REPORTS["chief_justice_judge"] = ["There are 310 vacant clerk posts across the Harlow circuit."]
SPEAKERS["chief_justice_judge"] = [
    ("said", "The judge", "Vane", "some hearings"),
    ("said", "The justice minister, Owen Pryor", "Owen Pryor", "120 clerks"),
    ("said", "Lady Vane", "Vane", "that would"),
]

ARTICLES["attorney_general"] = """No charges over housing contracts

The Attorney General, Tomas Lind, said there was not enough evidence to charge any official over the housing contracts.

The contracts, worth 84 million crowns, were awarded without a tender in 2023.

The attorney general said the audit had found poor record keeping but no proof of bribery.

Opposition leader Greta Sand said the decision was a whitewash.

Mr Lind said he would publish his reasons next week.
"""
GOLD["attorney_general"] = [
    ("said", "The Attorney General, Tomas Lind", "there was not enough evidence to charge any official over the housing contracts"),
    ("said", "The attorney general", "the audit had found poor record keeping but no proof of bribery"),
    ("said", "Opposition leader Greta Sand", "the decision was a whitewash"),
    ("said", "Mr Lind", "he would publish his reasons next week"),
]
NOT_REPORTS["attorney_general"] = ["The contracts, worth 84 million crowns, were awarded without a tender in 2023."]
SPEAKERS["attorney_general"] = [
    ("said", "The attorney general", "Tomas Lind", "the audit"),
    ("said", "Opposition leader Greta Sand", "Greta Sand", "the decision"),
    ("said", "Mr Lind", "Tomas Lind", "he would publish"),
]

ARTICLES["prisons_inspector"] = """Inspector finds rats and broken cell doors at prison

His Majesty's Chief Inspector of Prisons, Colin Farrant, said conditions at HMP Dunmere were the worst he had seen.

Inspectors found rats in two wings and 60 cell doors that could not be locked.

The inspector said many prisoners spent 23 hours a day in their cells.

The prison's governor, Paula Reyes, said repairs had begun in January.

The chief inspector said he would return in six months.
"""
GOLD["prisons_inspector"] = [
    ("said", "His Majesty's Chief Inspector of Prisons, Colin Farrant", "conditions at HMP Dunmere were the worst he had seen"),
    ("said", "The inspector", "many prisoners spent 23 hours a day in their cells"),
    ("said", "The prison's governor, Paula Reyes", "repairs had begun in January"),
    ("said", "The chief inspector", "he would return in six months"),
]
NOT_REPORTS["prisons_inspector"] = ["Inspectors found rats in two wings and 60 cell doors that could not be locked."]
SPEAKERS["prisons_inspector"] = [
    ("said", "The inspector", "Colin Farrant", "many prisoners"),
    ("said", "The prison's governor, Paula Reyes", "Paula Reyes", "repairs"),
    ("said", "The chief inspector", "Colin Farrant", "he would return"),
]

ARTICLES["ombudsman_council"] = """Council told to repay parking fines

The Local Government Ombudsman, Priya Nair, said Estley council had wrongly fined more than 900 drivers.

The fines were issued in a car park where the signs had been removed.

The ombudsman said the council should refund every driver within 90 days.

A council spokesman said it accepted the findings.

Ms Nair said other councils should check their own signs.
"""
GOLD["ombudsman_council"] = [
    ("said", "The Local Government Ombudsman, Priya Nair", "Estley council had wrongly fined more than 900 drivers"),
    ("said", "The ombudsman", "the council should refund every driver within 90 days"),
    ("said", "A council spokesman", "it accepted the findings"),
    ("said", "Ms Nair", "other councils should check their own signs"),
]
NOT_REPORTS["ombudsman_council"] = ["The fines were issued in a car park where the signs had been removed."]
SPEAKERS["ombudsman_council"] = [
    ("said", "The ombudsman", "Priya Nair", "the council should"),
    ("said", "Ms Nair", "Priya Nair", "other councils"),
]

ARTICLES["coroner_inquest"] = """Coroner warns over river safety after teenager's death

The senior coroner for West Halden, Dr Ruth Oakes, said there were no warning signs at the weir where Jamie Cole drowned.

Jamie, 16, died in the River Tane in July.

The coroner said she would write to the council and the water authority.

His mother, Karen Cole, said the family wanted fences put up along the bank.

Dr Oakes said the weir had claimed three lives in ten years.
"""
GOLD["coroner_inquest"] = [
    ("said", "The senior coroner for West Halden, Dr Ruth Oakes", "there were no warning signs at the weir where Jamie Cole drowned"),
    ("said", "The coroner", "she would write to the council and the water authority"),
    ("said", "His mother, Karen Cole", "the family wanted fences put up along the bank"),
    ("said", "Dr Oakes", "the weir had claimed three lives in ten years"),
]
NOT_REPORTS["coroner_inquest"] = ["Jamie, 16, died in the River Tane in July."]
SPEAKERS["coroner_inquest"] = [
    ("said", "The coroner", "Ruth Oakes", "she would write"),
    ("said", "His mother, Karen Cole", "Karen Cole", "the family"),
    ("said", "Dr Oakes", "Ruth Oakes", "the weir"),
]

ARTICLES["mayor_trams"] = """Mayor promises trams by 2030

The Mayor of Brinmouth, Joe Tarrant, said the city's first tram line would open by 2030.

The line would run for nine kilometres from the station to the harbour.

The mayor said the government had agreed to pay two thirds of the cost.

Residents on Quay Road said they feared years of roadworks.

Mr Tarrant said work would be done in short sections.
"""
GOLD["mayor_trams"] = [
    ("said", "The Mayor of Brinmouth, Joe Tarrant", "the city's first tram line would open by 2030"),
    ("said", "The mayor", "the government had agreed to pay two thirds of the cost"),
    ("said", "Residents on Quay Road", "they feared years of roadworks"),
    ("said", "Mr Tarrant", "work would be done in short sections"),
]
NOT_REPORTS["mayor_trams"] = ["The line would run for nine kilometres from the station to the harbour."]
SPEAKERS["mayor_trams"] = [
    ("said", "The mayor", "Joe Tarrant", "the government"),
    ("said", "Mr Tarrant", "Joe Tarrant", "work would"),
]

ARTICLES["governor_drought"] = """Governor declares drought emergency

Governor Elena Marsh declared a drought emergency in eleven counties on Tuesday, saying reservoirs were at a third of their usual level.

Farmers will be allowed to draw water from the state canal for the first time since 2012.

The governor said the order would last until the end of September.

The state's agriculture commissioner, Dale Pruitt, said half the corn crop could be lost.

The commissioner said farmers should apply for relief by 1 August.
"""
GOLD["governor_drought"] = [
    ("saying", "Governor Elena Marsh", "reservoirs were at a third of their usual level"),
    ("said", "The governor", "the order would last until the end of September"),
    ("said", "The state's agriculture commissioner, Dale Pruitt", "half the corn crop could be lost"),
    ("said", "The commissioner", "farmers should apply for relief by 1 August"),
]
NOT_REPORTS["governor_drought"] = ["Farmers will be allowed to draw water from the state canal for the first time since 2012."]
SPEAKERS["governor_drought"] = [
    ("said", "The governor", "Elena Marsh", "the order"),
    ("said", "The state's agriculture commissioner, Dale Pruitt", "Dale Pruitt", "half the corn"),
    ("said", "The commissioner", "Dale Pruitt", "farmers"),
]

ARTICLES["rector_fees"] = """University to freeze fees

The rector of Castlebury University, Professor Ivo Brandt, said tuition fees would not rise for the next three years.

The university has 18,000 students.

The rector said the freeze would be paid for by selling two buildings.

The students' union president, Lena Kraus, said the freeze was welcome but late.

Professor Brandt said rents in student halls would also be frozen.
"""
GOLD["rector_fees"] = [
    ("said", "The rector of Castlebury University, Professor Ivo Brandt", "tuition fees would not rise for the next three years"),
    ("said", "The rector", "the freeze would be paid for by selling two buildings"),
    ("said", "The students' union president, Lena Kraus", "the freeze was welcome but late"),
    ("said", "Professor Brandt", "rents in student halls would also be frozen"),
]
NOT_REPORTS["rector_fees"] = ["The university has 18,000 students."]
SPEAKERS["rector_fees"] = [
    ("said", "The rector", "Ivo Brandt", "the freeze would"),
    ("said", "The students' union president, Lena Kraus", "Lena Kraus", "the freeze was"),
    ("said", "Professor Brandt", "Ivo Brandt", "rents"),
]

ARTICLES["head_teacher_phones"] = """Primary school bans phones

The head teacher of Millbrook Primary, Sarah Quint, said pupils would have to hand in their phones at the gate from Monday.

The school has 420 pupils aged four to eleven.

The head said teachers had seen too much bullying on group chats.

One parent, Tom Avery, said he needed to reach his daughter after school.

The head teacher said phones would be returned at the end of each day.
"""
GOLD["head_teacher_phones"] = [
    ("said", "The head teacher of Millbrook Primary, Sarah Quint", "pupils would have to hand in their phones at the gate from Monday"),
    ("said", "The head", "teachers had seen too much bullying on group chats"),
    ("said", "One parent, Tom Avery", "he needed to reach his daughter after school"),
    ("said", "The head teacher", "phones would be returned at the end of each day"),
]
NOT_REPORTS["head_teacher_phones"] = ["The school has 420 pupils aged four to eleven."]
SPEAKERS["head_teacher_phones"] = [
    ("said", "The head", "Sarah Quint", "teachers"),
    ("said", "One parent, Tom Avery", "Tom Avery", "he needed"),
    ("said", "The head teacher", "Sarah Quint", "phones"),
]

ARTICLES["harbour_master"] = """Harbour closed after fuel spill

The harbour master, Captain Rhys Owen, said the harbour at Porthlin would stay closed until the fuel had been cleared.

About 2,000 litres of diesel leaked from a fishing boat on Sunday night.

The harbour master added that no wildlife had yet been harmed.

Fishermen said they were losing hundreds of pounds a day.

Captain Owen said the boat's owner would be asked to pay for the clean-up.
"""
GOLD["harbour_master"] = [
    ("said", "The harbour master, Captain Rhys Owen", "the harbour at Porthlin would stay closed until the fuel had been cleared"),
    ("added", "The harbour master", "no wildlife had yet been harmed"),
    ("said", "Fishermen", "they were losing hundreds of pounds a day"),
    ("said", "Captain Owen", "the boat's owner would be asked to pay for the clean-up"),
]
NOT_REPORTS["harbour_master"] = ["About 2,000 litres of diesel leaked from a fishing boat on Sunday night."]
SPEAKERS["harbour_master"] = [
    ("added", "The harbour master", "Rhys Owen", "no wildlife"),
    ("said", "Captain Owen", "Rhys Owen", "the boat's"),
]

ARTICLES["chief_constable"] = """Chief constable apologises over missed calls

Chief Constable Mark Dale said the force had failed to answer 3,000 emergency calls in December.

The calls went unanswered after a fault in the control room's phone system.

The chief constable said no one had come to harm as a result.

The police and crime commissioner, Joanna Bell, said she had asked for a full report.

Mr Dale said the fault had been fixed on 2 January.
"""
GOLD["chief_constable"] = [
    ("said", "Chief Constable Mark Dale", "the force had failed to answer 3,000 emergency calls in December"),
    ("said", "The chief constable", "no one had come to harm as a result"),
    ("said", "The police and crime commissioner, Joanna Bell", "she had asked for a full report"),
    ("said", "Mr Dale", "the fault had been fixed on 2 January"),
]
NOT_REPORTS["chief_constable"] = ["The calls went unanswered after a fault in the control room's phone system."]
SPEAKERS["chief_constable"] = [
    ("said", "The chief constable", "Mark Dale", "no one"),
    ("said", "The police and crime commissioner, Joanna Bell", "Joanna Bell", "she had asked"),
    ("said", "Mr Dale", "Mark Dale", "the fault"),
]

ARTICLES["secretary_general"] = """Fishing council warns over cod stocks

The Secretary-General of the Northern Maritime Council, Hedda Lorentz, said cod stocks in the Brenn Sea had fallen to a record low.

The council's 14 member states set catch limits each December.

The secretary-general said limits would have to be cut by at least a third.

Valmark's fisheries minister, Anders Holt, said his country would not accept a cut of that size.

Ms Lorentz said the alternative was a total ban within five years.
"""
GOLD["secretary_general"] = [
    ("said", "The Secretary-General of the Northern Maritime Council, Hedda Lorentz", "cod stocks in the Brenn Sea had fallen to a record low"),
    ("said", "The secretary-general", "limits would have to be cut by at least a third"),
    ("said", "Valmark's fisheries minister, Anders Holt", "his country would not accept a cut of that size"),
    ("said", "Ms Lorentz", "the alternative was a total ban within five years"),
]
NOT_REPORTS["secretary_general"] = ["The council's 14 member states set catch limits each December."]
SPEAKERS["secretary_general"] = [
    ("said", "The secretary-general", "Hedda Lorentz", "limits"),
    ("said", "Valmark's fisheries minister, Anders Holt", "Anders Holt", "his country"),
    ("said", "Ms Lorentz", "Hedda Lorentz", "the alternative"),
]

ARTICLES["bishop_meeting"] = """Mayor and bishop at odds over night shelter

After meeting the Bishop of Tarn on Friday, the mayor, Pedro Salas, said the night shelter in the cathedral square would close in April.

The shelter has 60 beds and is full most nights.

The bishop later said the church would keep the shelter open at its own cost.

Mr Salas said the building was not safe.

The bishop said he had offered to pay for the repairs.
"""
GOLD["bishop_meeting"] = [
    ("said", "the mayor, Pedro Salas", "the night shelter in the cathedral square would close in April"),
    ("said", "The bishop", "the church would keep the shelter open at its own cost"),
    ("said", "Mr Salas", "the building was not safe"),
    ("said", "The bishop", "he had offered to pay for the repairs"),
]
NOT_REPORTS["bishop_meeting"] = ["The shelter has 60 beds and is full most nights."]
SPEAKERS["bishop_meeting"] = [
    ("said", "the mayor, Pedro Salas", "Pedro Salas", "the night shelter"),
    ("said", "The bishop", "Bishop of Tarn", "the church"),
    ("said", "Mr Salas", "Pedro Salas", "the building"),
    ("said", "The bishop", "Bishop of Tarn", "he had offered"),
]

ARTICLES["mayors_handover"] = """New mayor takes office in Ferrow

The outgoing mayor, Liam Cole, said he was proud to leave the town with no debt.

Mr Cole served two terms and did not stand again.

The new mayor, Rosa Penn, said her first task would be to reopen the public library.

The library closed in 2022 to save money.

The mayor said she had already found the money to pay its staff.

Mr Cole said he would now spend more time with his grandchildren.
"""
GOLD["mayors_handover"] = [
    ("said", "The outgoing mayor, Liam Cole", "he was proud to leave the town with no debt"),
    ("said", "The new mayor, Rosa Penn", "her first task would be to reopen the public library"),
    ("said", "The mayor", "she had already found the money to pay its staff"),
    ("said", "Mr Cole", "he would now spend more time with his grandchildren"),
]
NOT_REPORTS["mayors_handover"] = ["Mr Cole served two terms and did not stand again.", "The library closed in 2022 to save money."]
SPEAKERS["mayors_handover"] = [
    ("said", "The outgoing mayor, Liam Cole", "Liam Cole", "he was proud"),
    ("said", "The new mayor, Rosa Penn", "Rosa Penn", "her first task"),
    ("said", "The mayor", "Rosa Penn", "she had already"),
    ("said", "Mr Cole", "Liam Cole", "he would now"),
]

ARTICLES["governors_bank"] = """Central bank holds rates as governor steps down

The governor of the Bank of Marland, Piet Vos, said inflation was falling more slowly than the bank had hoped.

The bank kept its main rate at 4.5 per cent.

Mr Vos leaves the bank at the end of the month. His successor, Inge Baar, said she would not change the bank's course.

The new governor said she expected inflation to reach 2 per cent next year.

The bank said its next decision would come in March.
"""
GOLD["governors_bank"] = [
    ("said", "The governor of the Bank of Marland, Piet Vos", "inflation was falling more slowly than the bank had hoped"),
    ("said", "His successor, Inge Baar", "she would not change the bank's course"),
    ("said", "The new governor", "she expected inflation to reach 2 per cent next year"),
    ("said", "The bank", "its next decision would come in March"),
]
NOT_REPORTS["governors_bank"] = ["The bank kept its main rate at 4.5 per cent."]
SPEAKERS["governors_bank"] = [
    ("said", "His successor, Inge Baar", "Inge Baar", "she would not"),
    ("said", "The new governor", "Inge Baar", "she expected"),
]

ARTICLES["ministry_spokesperson"] = """Ministry defends school building delays

The education minister, Karl Voss, said 40 new schools would be finished by 2028.

Only nine of the schools promised in 2021 have opened.

A ministry spokesperson said building costs had risen by 30 per cent since the plan was drawn up.

Mr Voss said the delays were the builders' fault.

The spokesperson said contracts for 12 more schools would be signed this spring.
"""
GOLD["ministry_spokesperson"] = [
    ("said", "The education minister, Karl Voss", "40 new schools would be finished by 2028"),
    ("said", "A ministry spokesperson", "building costs had risen by 30 per cent since the plan was drawn up"),
    ("said", "Mr Voss", "the delays were the builders' fault"),
    ("said", "The spokesperson", "contracts for 12 more schools would be signed this spring"),
]
NOT_REPORTS["ministry_spokesperson"] = ["Only nine of the schools promised in 2021 have opened."]
SPEAKERS["ministry_spokesperson"] = [
    ("said", "The education minister, Karl Voss", "Karl Voss", "40 new"),
    ("said", "Mr Voss", "Karl Voss", "the delays"),
    ("said", "The spokesperson", "ministry spokesperson", "contracts"),
]

ARTICLES["heard_to_say"] = """Mayor walks out of budget meeting

The Mayor of Oldbury, Nora Fisk, walked out of Tuesday's budget meeting after councillors voted to cut the arts grant.

"This town will be poorer for it," she was heard to say as she left the chamber.

The grant pays for the summer festival and two museums.

The finance committee's chairman, Ray Gill, said the cut was unavoidable.

The mayor later said she would ask the full council to reverse it.
"""
GOLD["heard_to_say"] = [
    ("say", "she", "This town will be poorer for it"),
    ("said", "The finance committee's chairman, Ray Gill", "the cut was unavoidable"),
    ("said", "The mayor", "she would ask the full council to reverse it"),
]
NOT_REPORTS["heard_to_say"] = ["The grant pays for the summer festival and two museums."]
SPEAKERS["heard_to_say"] = [
    ("said", "The finance committee's chairman, Ray Gill", "Ray Gill", "the cut"),
    ("said", "The mayor", "Nora Fisk", "she would ask"),
]

ARTICLES["deputy_mayor"] = """Mayor and deputy split over car ban

The mayor, Dina Okafor, said cars would be banned from the city centre on Saturdays from June.

Her deputy mayor, Sam Whitlow, said he had not been told of the plan.

The city centre has 300 shops and four car parks.

The deputy mayor said shopkeepers would lose trade.

The mayor said the ban would be tried for six months.
"""
GOLD["deputy_mayor"] = [
    ("said", "The mayor, Dina Okafor", "cars would be banned from the city centre on Saturdays from June"),
    ("said", "Her deputy mayor, Sam Whitlow", "he had not been told of the plan"),
    ("said", "The deputy mayor", "shopkeepers would lose trade"),
    ("said", "The mayor", "the ban would be tried for six months"),
]
NOT_REPORTS["deputy_mayor"] = ["The city centre has 300 shops and four car parks."]
SPEAKERS["deputy_mayor"] = [
    ("said", "Her deputy mayor, Sam Whitlow", "Sam Whitlow", "he had not"),
    ("said", "The deputy mayor", "Sam Whitlow", "shopkeepers"),
    ("said", "The mayor", "Dina Okafor", "the ban"),
]

ARTICLES["fire_chief"] = """Warehouse fire was started deliberately, fire chief says

The chief fire officer of Dalby Fire and Rescue, Helen Marsh, said the fire at the Gorse Lane warehouse had been started deliberately.

More than 80 firefighters fought the blaze for 14 hours.

The fire chief said two people had been seen running from the building.

Detective Inspector Alan Grey said police were looking at footage from nearby cameras.

The inspector said anyone with information should call the force.
"""
GOLD["fire_chief"] = [
    ("said", "The chief fire officer of Dalby Fire and Rescue, Helen Marsh", "the fire at the Gorse Lane warehouse had been started deliberately"),
    ("said", "The fire chief", "two people had been seen running from the building"),
    ("said", "Detective Inspector Alan Grey", "police were looking at footage from nearby cameras"),
    ("said", "The inspector", "anyone with information should call the force"),
]
NOT_REPORTS["fire_chief"] = ["More than 80 firefighters fought the blaze for 14 hours."]
SPEAKERS["fire_chief"] = [
    ("said", "The fire chief", "Helen Marsh", "two people"),
    ("said", "Detective Inspector Alan Grey", "Alan Grey", "police"),
    ("said", "The inspector", "Alan Grey", "anyone"),
]

ARTICLES["children_commissioner"] = """Children wait two years for mental health care

The Children's Commissioner for Valdria, Maya Stone, said some children were waiting two years for mental health treatment.

Her report looked at 14 health boards.

The commissioner said the longest waits were in rural areas.

The health secretary, Bryn Lowe, said waiting times had fallen since the summer.

Ms Stone said she did not believe the figures.
"""
GOLD["children_commissioner"] = [
    ("said", "The Children's Commissioner for Valdria, Maya Stone", "some children were waiting two years for mental health treatment"),
    ("said", "The commissioner", "the longest waits were in rural areas"),
    ("said", "The health secretary, Bryn Lowe", "waiting times had fallen since the summer"),
    ("said", "Ms Stone", "she did not believe the figures"),
]
NOT_REPORTS["children_commissioner"] = ["Her report looked at 14 health boards."]
SPEAKERS["children_commissioner"] = [
    ("said", "The commissioner", "Maya Stone", "the longest"),
    ("said", "The health secretary, Bryn Lowe", "Bryn Lowe", "waiting times"),
    ("said", "Ms Stone", "Maya Stone", "she did not"),
]

ARTICLES["auditor_general"] = """Auditor finds gaps in army spending

The Auditor General, Gita Rao, said the defence ministry could not account for 210 million dollars of equipment.

The audit covered the years 2021 to 2024.

The auditor general said radios and night-vision goggles had been bought twice.

The defence minister, Col. Ravi Menon, said the ministry had already changed its rules.

Ms Rao said she would audit the ministry again next year.
"""
GOLD["auditor_general"] = [
    ("said", "The Auditor General, Gita Rao", "the defence ministry could not account for 210 million dollars of equipment"),
    ("said", "The auditor general", "radios and night-vision goggles had been bought twice"),
    ("said", "The defence minister, Col. Ravi Menon", "the ministry had already changed its rules"),
    ("said", "Ms Rao", "she would audit the ministry again next year"),
]
NOT_REPORTS["auditor_general"] = ["The audit covered the years 2021 to 2024."]
SPEAKERS["auditor_general"] = [
    ("said", "The auditor general", "Gita Rao", "radios"),
    ("said", "Ms Rao", "Gita Rao", "she would audit"),
]

ARTICLES["speaker_assembly"] = """Assembly speaker suspends member

The Speaker of the Varnish Assembly, Orla Finn, said the member for Kell, Dev Banerjee, would be suspended for five days.

Mr Banerjee had refused to withdraw a remark about a minister.

The Speaker said the house would not accept insults.

Mr Banerjee said he stood by every word.
"""
GOLD["speaker_assembly"] = [
    ("said", "The Speaker of the Varnish Assembly, Orla Finn", "the member for Kell, Dev Banerjee, would be suspended for five days"),
    ("said", "The Speaker", "the house would not accept insults"),
    ("refused", "Mr Banerjee", "to withdraw a remark about a minister"),
    ("said", "Mr Banerjee", "he stood by every word"),
]
NOT_REPORTS["speaker_assembly"] = []
SPEAKERS["speaker_assembly"] = [
    ("said", "The Speaker", "Orla Finn", "the house"),
    ("said", "Mr Banerjee", "Dev Banerjee", "he stood"),
]

ARTICLES["coroner_unnamed"] = """Family criticises hospital after inquest

Speaking after the coroner's ruling, Ellen Hale said her husband would be alive if doctors had acted sooner.

Peter Hale, 58, died at Fenwick General Hospital in March, a day after he was sent home.

The coroner, Dr Amir Shah, said the hospital's triage had been rushed.

The hospital's medical director, Dr Clare Bowen, said staff had been retrained.

The coroner said he would send his findings to the health minister.
"""
GOLD["coroner_unnamed"] = [
    ("said", "Ellen Hale", "her husband would be alive if doctors had acted sooner"),
    ("said", "The coroner, Dr Amir Shah", "the hospital's triage had been rushed"),
    ("said", "The hospital's medical director, Dr Clare Bowen", "staff had been retrained"),
    ("said", "The coroner", "he would send his findings to the health minister"),
]
NOT_REPORTS["coroner_unnamed"] = ["Peter Hale, 58, died at Fenwick General Hospital in March, a day after he was sent home."]
SPEAKERS["coroner_unnamed"] = [
    ("said", "Ellen Hale", "Ellen Hale", "her husband"),
    ("said", "The coroner, Dr Amir Shah", "Amir Shah", "the hospital's"),
    ("said", "The hospital's medical director, Dr Clare Bowen", "Clare Bowen", "staff"),
    ("said", "The coroner", "Amir Shah", "he would send"),
]

ARTICLES["provost_strike"] = """College staff strike over pay

The provost of Linwood College, Dr Hanna Berg, said the college could not afford a pay rise above 3 per cent.

Lecturers walked out on Monday for the first of ten strike days.

The union's branch secretary, Joe Mills, said lecturers had lost a fifth of their pay in real terms since 2015.

The provost said talks would resume on Thursday.

Mr Mills said the union would call off the strike if the offer improved.
"""
GOLD["provost_strike"] = [
    ("said", "The provost of Linwood College, Dr Hanna Berg", "the college could not afford a pay rise above 3 per cent"),
    ("said", "The union's branch secretary, Joe Mills", "lecturers had lost a fifth of their pay in real terms since 2015"),
    ("said", "The provost", "talks would resume on Thursday"),
    ("said", "Mr Mills", "the union would call off the strike if the offer improved"),
]
NOT_REPORTS["provost_strike"] = ["Lecturers walked out on Monday for the first of ten strike days."]
SPEAKERS["provost_strike"] = [
    ("said", "The union's branch secretary, Joe Mills", "Joe Mills", "lecturers"),
    ("said", "The provost", "Hanna Berg", "talks"),
    ("said", "Mr Mills", "Joe Mills", "the union"),
]

ARTICLES["governor_prison"] = """Governor of island prison resigns

The governor of Skellan prison, Martin Doyle, said he was resigning after two inmates escaped on Sunday.

The two men were caught on the mainland on Monday.

The justice minister, Aine Walsh, said the governor had done the honourable thing.

The governor said the prison's walls had not been repaired for 20 years.

The minister said a new governor would be named within a week.
"""
GOLD["governor_prison"] = [
    ("said", "The governor of Skellan prison, Martin Doyle", "he was resigning after two inmates escaped on Sunday"),
    ("said", "The justice minister, Aine Walsh", "the governor had done the honourable thing"),
    ("said", "The governor", "the prison's walls had not been repaired for 20 years"),
    ("said", "The minister", "a new governor would be named within a week"),
]
NOT_REPORTS["governor_prison"] = ["The two men were caught on the mainland on Monday."]
SPEAKERS["governor_prison"] = [
    ("said", "The justice minister, Aine Walsh", "Aine Walsh", "the governor"),
    ("said", "The governor", "Martin Doyle", "the prison's walls"),
    ("said", "The minister", "Aine Walsh", "a new governor"),
]

ARTICLES["lord_mayor"] = """Lord Mayor opens winter market

The Lord Mayor of Westhallow, Councillor Ben Adebayo, said the winter market would bring 200,000 visitors to the city.

The market has 120 stalls and runs until 23 December.

The Lord Mayor said half the stalls were run by local firms.

Stallholder Mina Roy said the rents were too high.

Councillor Adebayo said the rents had not risen for three years.
"""
GOLD["lord_mayor"] = [
    ("said", "The Lord Mayor of Westhallow, Councillor Ben Adebayo", "the winter market would bring 200,000 visitors to the city"),
    ("said", "The Lord Mayor", "half the stalls were run by local firms"),
    ("said", "Stallholder Mina Roy", "the rents were too high"),
    ("said", "Councillor Adebayo", "the rents had not risen for three years"),
]
NOT_REPORTS["lord_mayor"] = ["The market has 120 stalls and runs until 23 December."]
SPEAKERS["lord_mayor"] = [
    ("said", "The Lord Mayor", "Ben Adebayo", "half the stalls"),
    ("said", "Stallholder Mina Roy", "Mina Roy", "the rents were"),
    ("said", "Councillor Adebayo", "Ben Adebayo", "the rents had"),
]

# written after the first mends, to probe them further (counted on main and after, as the rest)

ARTICLES["lord_provost"] = """Lord Provost backs festival tax

The Lord Provost of Dunmarnock, Elspeth Carr, said a visitor tax would raise £5m a year for the city's festivals.

Hotels would charge guests £2 a night.

The Lord Provost said the money would not be spent on anything else.

The hotel owners' association chairman, Gus Whyte, said the tax would drive visitors away.

The provost said other cities had seen no fall in bookings.
"""
GOLD["lord_provost"] = [
    ("said", "The Lord Provost of Dunmarnock, Elspeth Carr", "a visitor tax would raise £5m a year for the city's festivals"),
    ("said", "The Lord Provost", "the money would not be spent on anything else"),
    ("said", "The hotel owners' association chairman, Gus Whyte", "the tax would drive visitors away"),
    ("said", "The provost", "other cities had seen no fall in bookings"),
]
NOT_REPORTS["lord_provost"] = ["Hotels would charge guests £2 a night."]
SPEAKERS["lord_provost"] = [
    ("said", "The Lord Provost of Dunmarnock, Elspeth Carr", "Elspeth Carr", "a visitor tax"),
    ("said", "The Lord Provost", "Elspeth Carr", "the money"),
    ("said", "The hotel owners' association chairman, Gus Whyte", "Gus Whyte", "the tax"),
    ("said", "The provost", "Elspeth Carr", "other cities"),
]

ARTICLES["governor_visit"] = """Ferry service to resume after talks

The island's council leader, Moira Dunn, said the ferry to Skerrin would run again from May, after talks with the Governor of the Northern Isles.

The ferry stopped in October when its operator went bust.

The governor said a new operator had agreed a five-year contract.

Ms Dunn said fares would stay at last year's level.
"""
GOLD["governor_visit"] = [
    ("said", "The island's council leader, Moira Dunn", "the ferry to Skerrin would run again from May, after talks with the Governor of the Northern Isles"),
    ("said", "The governor", "a new operator had agreed a five-year contract"),
    ("said", "Ms Dunn", "fares would stay at last year's level"),
]
NOT_REPORTS["governor_visit"] = ["The ferry stopped in October when its operator went bust."]
SPEAKERS["governor_visit"] = [
    ("said", "The governor", "Governor of the Northern Isles", "a new operator"),
    ("said", "Ms Dunn", "Moira Dunn", "fares"),
]

ARTICLES["predecessor_chief"] = """New fire chief promises faster response

The chief fire officer of Kelmsby, Rob Hart, said crews would reach any fire in the county within 12 minutes by 2027.

He took over in January. His predecessor, Lynn Abbott, had closed two stations to save money.

Ms Abbott said the closures had been forced on her by budget cuts.

The new chief fire officer said one of the stations would reopen next year.
"""
GOLD["predecessor_chief"] = [
    ("said", "The chief fire officer of Kelmsby, Rob Hart", "crews would reach any fire in the county within 12 minutes by 2027"),
    ("said", "Ms Abbott", "the closures had been forced on her by budget cuts"),
    ("said", "The new chief fire officer", "one of the stations would reopen next year"),
]
NOT_REPORTS["predecessor_chief"] = ["He took over in January."]
SPEAKERS["predecessor_chief"] = [
    ("said", "Ms Abbott", "Lynn Abbott", "the closures"),
    ("said", "The new chief fire officer", "Rob Hart", "one of the stations"),
]

ARTICLES["archdeacon_clause"] = """Parish halls to be sold

Writing to parishioners after a meeting with the Archdeacon of Fellside, the vicar of St Ebba's, Rev Tom Pask, said three church halls would be sold.

The halls are used by scouts and a lunch club.

The archdeacon said the diocese could no longer pay for their upkeep.

Mr Pask said the scouts would move to the school.
"""
GOLD["archdeacon_clause"] = [
    ("said", "the vicar of St Ebba's, Rev Tom Pask", "three church halls would be sold"),
    ("said", "The archdeacon", "the diocese could no longer pay for their upkeep"),
    ("said", "Mr Pask", "the scouts would move to the school"),
]
NOT_REPORTS["archdeacon_clause"] = ["The halls are used by scouts and a lunch club."]
SPEAKERS["archdeacon_clause"] = [
    ("said", "the vicar of St Ebba's, Rev Tom Pask", "Tom Pask", "three church halls"),
    ("said", "The archdeacon", "Archdeacon of Fellside", "the diocese"),
    ("said", "Mr Pask", "Tom Pask", "the scouts"),
]
