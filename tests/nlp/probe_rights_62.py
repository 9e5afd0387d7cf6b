# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-second session's check of human-rights, migration and NGO
reporting (helper N): reports that document, researchers who interviewed detainees who described, testimonies
gathered by a group that suggest, a woman identified only by her first name, a group calling on authorities, a
ministry rejecting findings as something, lawyers for families who argue, figures compiled by a body, a UN-like
agency's estimates, a government that has repeatedly denied, survivors who recounted, asylum seekers who told the
paper, a coast guard that said it had rescued, a court that ruled, quotes through an interpreter and reports quoted
in reports; and the lines of such stories that report nothing (arrival figures stated by the writer, names of camps
and laws, routes, crossings narrated, dates of hearings).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an apposition or a relative clause
of the source is part of it; counted on PolNeAR train: ', who said/described' has 'who' for source 18 times of 20,
'dismissed/rejected X as Y' keeps 'X as Y' in the content, 'requested anonymity' is a report 4 times of 6, so 'who
asked to be identified only by her first name' is one; 'the report quotes one guard as saying X' was the guard's
report, as the project decided, until the seventieth pass: it is now the report's, of 'one guard as saying X', as
PolNeAR train marks 'quoted Y as saying' 5 of 5, the guard's own nested in it, ``relayed_reports``): per article, (a word of the cue, the source, the first content span) for each report
in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every group, country, person, figure and sentence is made up. Read by
``test_probe_findings_62_rights``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["detention_report"] = """Report details abuse in Veradian detention centres

A report released on Tuesday by the rights group Open Gate documents beatings, forced labour and the denial of medical care in three detention centres run by the Veradian interior ministry.

Researchers for the group interviewed 48 former detainees, who described being held for weeks in cells built for a dozen people.

The Kessa centre, the largest of the three, holds about 1,900 men.

"What we found is not the work of a few bad guards. It is a system," said Mirela Dostan, the group's director for the region.

The interior ministry rejected the findings as "fabrications by a foreign-funded lobby."
"""
GOLD["detention_report"] = [
    ("documents", "A report released on Tuesday by the rights group Open Gate", "beatings, forced labour and the denial of medical care in three detention centres run by the Veradian interior ministry"),
    ("described", "who", "being held for weeks in cells built for a dozen people"),
    ("said", "Mirela Dostan, the group's director for the region", "What we found is not the work of a few bad guards. It is a system"),
    ("rejected", "The interior ministry", "the findings as \"fabrications by a foreign-funded lobby.\""),
]
NOT_REPORTS["detention_report"] = ["The Kessa centre, the largest of the three, holds about 1,900 men."]
SPEAKERS["detention_report"] = [("described", "who", "48 former detainees", "being held")]

ARTICLES["sea_rescue"] = """Coast guard rescues 212 off Pelara

The Pelaran coast guard said it had rescued 212 people from two overcrowded wooden boats about 40 nautical miles south of the island on Saturday.

The boats had left the port of Tiros two days earlier.

One of them had lost its engine during the first night and drifted until a fishing trawler spotted it.

A spokesman for the coast guard, Lt. Andros Kelli, said four children were among those taken to hospital.

Survivors recounted that at least six people had been swept overboard during a storm on Friday.

So far this year 14,300 people have reached Pelara by sea, up from 9,800 in the same period last year.
"""
GOLD["sea_rescue"] = [
    ("said", "The Pelaran coast guard", "it had rescued 212 people from two overcrowded wooden boats about 40 nautical miles south of the island on Saturday"),
    ("said", "A spokesman for the coast guard, Lt. Andros Kelli", "four children were among those taken to hospital"),
    ("recounted", "Survivors", "at least six people had been swept overboard during a storm on Friday"),
]
NOT_REPORTS["sea_rescue"] = [
    "The boats had left the port of Tiros two days earlier.",
    "One of them had lost its engine during the first night and drifted until a fishing trawler spotted it.",
    "So far this year 14,300 people have reached Pelara by sea, up from 9,800 in the same period last year.",
]

ARTICLES["interpreter"] = """A mother's search at the border camp

Amira, who asked to be identified only by her first name, arrived at the Dorvan reception camp in March with her two sons.

Speaking through an interpreter, she said her husband had been detained at a checkpoint on the road to the coast.

"I asked every officer I met. Nobody would tell me where he was," she said.

The camp, a former army barracks, now houses some 3,400 people.

Its residents share 60 showers.
"""
GOLD["interpreter"] = [
    ("asked", "who", "to be identified only by her first name"),
    ("said", "she", "her husband had been detained at a checkpoint on the road to the coast"),
    ("said", "she", "I asked every officer I met. Nobody would tell me where he was"),
]
NOT_REPORTS["interpreter"] = [
    "The camp, a former army barracks, now houses some 3,400 people.",
    "Its residents share 60 showers.",
]
SPEAKERS["interpreter"] = [("said", "she", "Amira", "her husband")]

ARTICLES["agency_estimate"] = """Displacement in Ostria at record high, agency says

The International Office for Displaced Persons estimates that 2.1 million people have fled their homes in eastern Ostria since the fighting began.

According to figures compiled by the office, nearly half of them are children.

Most have moved west along the valley road to Marsk and Tolun.

The office's representative in Ostria, Hanne Sorvik, warned that funding for shelter would run out by October.

The Ostrian government has repeatedly denied that its forces targeted civilian areas.
"""
GOLD["agency_estimate"] = [
    ("estimates", "The International Office for Displaced Persons", "2.1 million people have fled their homes in eastern Ostria since the fighting began"),
    ("According", "figures compiled by the office", "nearly half of them are children"),
    ("warned", "The office's representative in Ostria, Hanne Sorvik", "funding for shelter would run out by October"),
    ("denied", "The Ostrian government", "its forces targeted civilian areas"),
]
NOT_REPORTS["agency_estimate"] = ["Most have moved west along the valley road to Marsk and Tolun."]

ARTICLES["court_ruling"] = """Court orders release of stranded asylum seekers

The High Court of Lenaria ruled on Thursday that the detention of 31 asylum seekers at Brevik airport was unlawful.

The men, most of them from Qaran, had been held in the transit zone for up to five months.

Judge Tomas Ervell wrote that the state had "no legal basis whatsoever" for holding them.

Lawyers for the families argue that dozens more are held in the same conditions at two other airports.

The government will appeal, a justice ministry spokeswoman said.

A hearing on the second case is set for May 14.
"""
GOLD["court_ruling"] = [
    ("ruled", "The High Court of Lenaria", "the detention of 31 asylum seekers at Brevik airport was unlawful"),
    ("wrote", "Judge Tomas Ervell", "the state had \"no legal basis whatsoever\" for holding them"),
    ("argue", "Lawyers for the families", "dozens more are held in the same conditions at two other airports"),
    ("said", "a justice ministry spokeswoman", "The government will appeal"),
]
NOT_REPORTS["court_ruling"] = [
    "The men, most of them from Qaran, had been held in the transit zone for up to five months.",
    "A hearing on the second case is set for May 14.",
]

ARTICLES["testimonies"] = """Testimonies point to forced returns at northern border

Testimonies gathered by the group Border Watch suggest that border police in Dravia routinely push migrants back across the river without hearing their asylum claims.

The group collected 117 accounts between January and June.

Asylum seekers told the paper that officers had taken their phones and shoes before marching them to the riverbank.

"They laughed when we said we wanted asylum," said Karim, a 19-year-old from Sadra.

The river marks the border for 90 kilometres.

The Dravian police said in a statement that all returns complied with the law.
"""
GOLD["testimonies"] = [
    ("suggest", "Testimonies gathered by the group Border Watch", "border police in Dravia routinely push migrants back across the river without hearing their asylum claims"),
    ("told", "Asylum seekers", "officers had taken their phones and shoes before marching them to the riverbank"),
    ("said", "Karim, a 19-year-old from Sadra", "They laughed when we said we wanted asylum"),
    ("said", "The Dravian police", "all returns complied with the law"),
]
SPEAKERS["testimonies"] = [("suggest", "Testimonies gathered by the group Border Watch", "Border Watch", "border police")]
NOT_REPORTS["testimonies"] = [
    "The group collected 117 accounts between January and June.",
    "The river marks the border for 90 kilometres.",
]

ARTICLES["nested_guard"] = """Prison report cites guard on orders to deny visits

The report by the Helsen Commission for Prison Reform quotes one guard as saying that visits to political prisoners were cancelled "on orders from the top."

The commission inspected the Varn Hill prison in November.

Built in 1931, the prison has 640 cells on four floors.

The prison service said it would study the recommendations.

Commission chair Dalia Okon called on the authorities to open all prisons to independent monitors.
"""
GOLD["nested_guard"] = [
    ("quotes", "The report by the Helsen Commission for Prison Reform", "one guard as saying that visits to political prisoners were cancelled \"on orders from the top.\""),
    ("said", "The prison service", "it would study the recommendations"),
    ("called", "Commission chair Dalia Okon", "the authorities to open all prisons to independent monitors"),
]
NOT_REPORTS["nested_guard"] = [
    "The commission inspected the Varn Hill prison in November.",
    "Built in 1931, the prison has 640 cells on four floors.",
]

ARTICLES["new_law"] = """Parliament passes Foreign Agents Act

Parliament in Solvaria on Wednesday passed the Foreign Agents Act by 112 votes to 41.

The law requires any group receiving more than a fifth of its funding from abroad to register with the justice ministry.

Critics say the act is meant to silence groups that document abuses by the police.

"This law will be used against us and against anyone who speaks for the detained," said Petra Valsky of the Solvarian Helsinki Committee.

The bill's author, deputy Ruslan Merk, said the law was modelled on rules in other countries.

It takes effect on July 1.
"""
GOLD["new_law"] = [
    ("say", "Critics", "the act is meant to silence groups that document abuses by the police"),
    ("said", "Petra Valsky of the Solvarian Helsinki Committee", "This law will be used against us and against anyone who speaks for the detained"),
    ("said", "The bill's author, deputy Ruslan Merk", "the law was modelled on rules in other countries"),
]
NOT_REPORTS["new_law"] = [
    "Parliament in Solvaria on Wednesday passed the Foreign Agents Act by 112 votes to 41.",
    "The law requires any group receiving more than a fifth of its funding from abroad to register with the justice ministry.",
    "It takes effect on July 1.",
]

ARTICLES["route"] = """The long road through the Sarn desert

The route begins in the market town of Agadel, where trucks load passengers before dawn.

From there it runs 800 kilometres north across the Sarn desert to the oasis of Tirit.

Smugglers charge about 600 dollars for the journey.

Yusuf Demba, 27, made the crossing last year.

"We ran out of water on the fourth day. Two men in our truck died," he said.

The Migrant Protection Network says at least 340 people died on the route in the past year.
"""
GOLD["route"] = [
    ("said", "he", "We ran out of water on the fourth day. Two men in our truck died"),
    ("says", "The Migrant Protection Network", "at least 340 people died on the route in the past year"),
]
NOT_REPORTS["route"] = [
    "The route begins in the market town of Agadel, where trucks load passengers before dawn.",
    "From there it runs 800 kilometres north across the Sarn desert to the oasis of Tirit.",
    "Smugglers charge about 600 dollars for the journey.",
    "Yusuf Demba, 27, made the crossing last year.",
]
SPEAKERS["route"] = [("said", "he", "Yusuf Demba", "We ran out")]

ARTICLES["crossing"] = """Night crossing ends in Port Alvar

The dinghy left the beach at Cala Rossa shortly after midnight with 54 people on board.

By three in the morning the water was coming over the sides.

A cargo ship changed course and took the passengers aboard at dawn.

They were landed in Port Alvar on Monday afternoon.

Local authorities said all 54 were in good health.

One passenger, a teacher from Berun who gave her name only as Leyla, said she had paid smugglers 2,000 euros for her place.
"""
GOLD["crossing"] = [
    ("said", "Local authorities", "all 54 were in good health"),
    ("said", "One passenger, a teacher from Berun who gave her name only as Leyla", "she had paid smugglers 2,000 euros for her place"),
]
NOT_REPORTS["crossing"] = [
    "The dinghy left the beach at Cala Rossa shortly after midnight with 54 people on board.",
    "By three in the morning the water was coming over the sides.",
    "A cargo ship changed course and took the passengers aboard at dawn.",
    "They were landed in Port Alvar on Monday afternoon.",
]

ARTICLES["disappeared"] = """Families of the disappeared demand answers

Relatives of 73 men who vanished during the 2019 protests in Karsa gathered outside the prosecutor's office on Friday.

The group Mothers of Karsa said the men had been taken by plainclothes security officers.

The government has repeatedly denied any role in the disappearances.

"I will stand here every Friday until they tell me where my son is," said Nadia Herat, 61.

Prosecutor General Emil Dobran said his office had opened 12 investigations.

The protests began in October 2019 and lasted six weeks.
"""
GOLD["disappeared"] = [
    ("said", "The group Mothers of Karsa", "the men had been taken by plainclothes security officers"),
    ("denied", "The government", "any role in the disappearances"),
    ("said", "Nadia Herat, 61", "I will stand here every Friday until they tell me where my son is"),
    ("said", "Prosecutor General Emil Dobran", "his office had opened 12 investigations"),
]
SPEAKERS["disappeared"] = [("said", "The group Mothers of Karsa", "Mothers of Karsa", "the men")]
NOT_REPORTS["disappeared"] = [
    "Relatives of 73 men who vanished during the 2019 protests in Karsa gathered outside the prosecutor's office on Friday.",
    "The protests began in October 2019 and lasted six weeks.",
]

ARTICLES["child_labour"] = """Children working in Merovan brick kilns, study finds

A study by the Children's Rights Trust found that one in five workers at brick kilns in the Merovan plains is under 14.

Researchers visited 62 kilns over the winter.

The children work up to 12 hours a day, the study says.

The labour ministry said it had not seen the study and could not comment.

The trust urged buyers of the bricks to check their suppliers.
"""
GOLD["child_labour"] = [
    ("found", "A study by the Children's Rights Trust", "one in five workers at brick kilns in the Merovan plains is under 14"),
    ("says", "the study", "The children work up to 12 hours a day"),
    ("said", "The labour ministry", "it had not seen the study and could not comment"),
    ("urged", "The trust", "buyers of the bricks to check their suppliers"),
]
NOT_REPORTS["child_labour"] = ["Researchers visited 62 kilns over the winter."]

ARTICLES["hunger_strike"] = """Detainees on hunger strike at Kolvi island centre

Forty detainees at the Kolvi island processing centre have refused food for 11 days, according to the refugee legal service Safe Harbour.

The centre was opened in 2021 under the Offshore Processing Act.

In a phone call with the paper, one of the strikers, who asked not to be named for fear of reprisals, said the men wanted to know how long they would be held.

The immigration department said the detainees were being monitored by medical staff.

The department added that none had been taken to hospital.
"""
GOLD["hunger_strike"] = [
    ("according", "the refugee legal service Safe Harbour", "Forty detainees at the Kolvi island processing centre have refused food for 11 days"),
    ("said", "one of the strikers, who asked not to be named for fear of reprisals", "the men wanted to know how long they would be held"),
    ("said", "The immigration department", "the detainees were being monitored by medical staff"),
    ("added", "The department", "none had been taken to hospital"),
]
NOT_REPORTS["hunger_strike"] = ["The centre was opened in 2021 under the Offshore Processing Act."]

ARTICLES["journalists_jailed"] = """Press group counts 38 journalists behind bars in Ketria

The Committee for a Free Press said on Monday that 38 journalists are in prison in Ketria, more than in any year since it began counting.

Most are charged under the 2020 Public Order Law.

The committee's Ketria researcher, Lena Marsh, said many of the reporters had been held for more than a year without trial.

Ketria's information minister has said that no one is jailed for journalism.

The trial of the editor Samir Aldo resumes on June 3.
"""
GOLD["journalists_jailed"] = [
    ("said", "The Committee for a Free Press", "38 journalists are in prison in Ketria, more than in any year since it began counting"),
    ("said", "The committee's Ketria researcher, Lena Marsh", "many of the reporters had been held for more than a year without trial"),
    ("said", "Ketria's information minister", "no one is jailed for journalism"),
]
NOT_REPORTS["journalists_jailed"] = [
    "Most are charged under the 2020 Public Order Law.",
    "The trial of the editor Samir Aldo resumes on June 3.",
]

ARTICLES["stateless"] = """Stateless families wait a decade for papers

Some 12,000 people in the Rhune delta have no nationality, according to the Stateless Persons Forum.

Without papers they cannot register births, open bank accounts or own land.

"My children were born here, I was born here, my father was born here," said Tomas Ilic, a fisherman in the village of Brask.

The forum's director, Ana Petrak, called on the government to pass the long-delayed Citizenship Amendment Bill.

The bill has been before parliament since 2016.

The interior ministry said a new registration drive would start in the autumn.
"""
GOLD["stateless"] = [
    ("according", "the Stateless Persons Forum", "Some 12,000 people in the Rhune delta have no nationality"),
    ("said", "Tomas Ilic, a fisherman in the village of Brask", "My children were born here, I was born here, my father was born here"),
    ("called", "The forum's director, Ana Petrak", "the government to pass the long-delayed Citizenship Amendment Bill"),
    ("said", "The interior ministry", "a new registration drive would start in the autumn"),
]
NOT_REPORTS["stateless"] = [
    "Without papers they cannot register births, open bank accounts or own land.",
    "The bill has been before parliament since 2016.",
]

ARTICLES["torture_claims"] = """Former inmates allege torture at Dulan prison

Eleven former inmates of Dulan prison have accused guards of beating them with cables during interrogations.

The men spoke to the Justice Project, a legal aid group, after their release last year.

One of them, a 34-year-old shopkeeper, told the group that he had been hung from a door frame for hours.

The group's lawyer, Farid Onsa, said the accounts were consistent with medical records the group had obtained.

The prison authority denied the allegations.

Dulan prison lies 30 kilometres east of the capital.
"""
GOLD["torture_claims"] = [
    ("accused", "Eleven former inmates of Dulan prison", "guards of beating them with cables during interrogations"),
    ("told", "One of them, a 34-year-old shopkeeper", "he had been hung from a door frame for hours"),
    ("said", "The group's lawyer, Farid Onsa", "the accounts were consistent with medical records the group had obtained"),
    ("denied", "The prison authority", "the allegations"),
]
NOT_REPORTS["torture_claims"] = [
    "The men spoke to the Justice Project, a legal aid group, after their release last year.",
    "Dulan prison lies 30 kilometres east of the capital.",
]

ARTICLES["quota"] = """Resettlement places cut by half

The government of Norvania will resettle 2,500 refugees next year, down from 5,000 this year.

Immigration Minister Carla Benz said the cut reflected pressure on housing in the big cities.

The Refugee Council of Norvania called the decision "a betrayal of people who have waited years in camps."

Most of those resettled in recent years came from camps in Ambara and Tessel.

The council said 1,100 people already approved for resettlement would now be left waiting.
"""
GOLD["quota"] = [
    ("said", "Immigration Minister Carla Benz", "the cut reflected pressure on housing in the big cities"),
    ("called", "The Refugee Council of Norvania", "the decision \"a betrayal of people who have waited years in camps"),
    ("said", "The council", "1,100 people already approved for resettlement would now be left waiting"),
]
NOT_REPORTS["quota"] = [
    "The government of Norvania will resettle 2,500 refugees next year, down from 5,000 this year.",
    "Most of those resettled in recent years came from camps in Ambara and Tessel.",
]

ARTICLES["field_hospital"] = """Aid group says clinic in Ravo camp overwhelmed

The medical charity Doctors on Call said its clinic in the Ravo camp treated 4,000 patients last month, twice its capacity.

Ravo camp sits on a dry plain 12 kilometres from the border.

"We are seeing children with malnutrition we have not seen since the camp opened," said the charity's field coordinator, Jonas Abel.

He said the water supply had fallen to eight litres per person a day.

A camp official, speaking on condition of anonymity, said new wells would be drilled next month.
"""
GOLD["field_hospital"] = [
    ("said", "The medical charity Doctors on Call", "its clinic in the Ravo camp treated 4,000 patients last month, twice its capacity"),
    ("said", "the charity's field coordinator, Jonas Abel", "We are seeing children with malnutrition we have not seen since the camp opened"),
    ("said", "He", "the water supply had fallen to eight litres per person a day"),
    ("said", "A camp official", "new wells would be drilled next month"),
]
NOT_REPORTS["field_hospital"] = ["Ravo camp sits on a dry plain 12 kilometres from the border."]
SPEAKERS["field_hospital"] = [("said", "He", "Jonas Abel", "the water supply"),
                              ("said", "The medical charity Doctors on Call", "Doctors on Call", "its clinic")]

ARTICLES["deportation_flight"] = """Deportation flight leaves for Sadra with 86 on board

A charter flight carrying 86 people deported from Lenaria took off from Brevik airport on Wednesday night.

It was the fourth such flight this year.

The interior ministry said all those on board had exhausted their appeals.

Rights groups said at least two of the men had pending cases before the European court.

A woman whose brother was on the flight said, through an interpreter, that he had lived in Lenaria for nine years.

The next flight is scheduled for September.
"""
GOLD["deportation_flight"] = [
    ("said", "The interior ministry", "all those on board had exhausted their appeals"),
    ("said", "Rights groups", "at least two of the men had pending cases before the European court"),
    ("said", "A woman whose brother was on the flight", "he had lived in Lenaria for nine years"),
]
NOT_REPORTS["deportation_flight"] = [
    "A charter flight carrying 86 people deported from Lenaria took off from Brevik airport on Wednesday night.",
    "It was the fourth such flight this year.",
    "The next flight is scheduled for September.",
]

ARTICLES["annual_report"] = """Rights watchdog's annual report faults Tessel

In its annual report, the watchdog Civic Rights Monitor said freedom of assembly in Tessel had declined for the third year in a row.

The report lists 214 protests broken up by police in 2024.

It also notes that 19 human rights defenders were convicted under anti-terrorism laws.

Tessel's foreign ministry dismissed the report as biased.

The monitor's chief, Ruth Amsel, said the government should "stop treating peaceful protest as a crime."
"""
GOLD["annual_report"] = [
    ("said", "the watchdog Civic Rights Monitor", "freedom of assembly in Tessel had declined for the third year in a row"),
    ("lists", "The report", "214 protests broken up by police in 2024"),
    ("notes", "It", "19 human rights defenders were convicted under anti-terrorism laws"),
    ("dismissed", "Tessel's foreign ministry", "the report as biased"),
    ("said", "The monitor's chief, Ruth Amsel", "the government should \"stop treating peaceful protest as a crime"),
]
NOT_REPORTS["annual_report"] = []

ARTICLES["workers_camp"] = """Migrant workers describe unpaid wages at stadium site

Migrant workers building the new stadium in Qaldar say they have not been paid for four months.

The paper spoke to 15 workers at the Al Sefa labour camp, where about 2,000 men live in converted shipping containers.

"We send nothing home. Our families borrow to eat," said one worker from Nepalan, who asked that his name not be used.

The construction firm Halden Build said in an email that it was "investigating the claims with its subcontractors."

The Qaldari labour ministry said it had fined the subcontractor.

The stadium is due to open in 2027.
"""
GOLD["workers_camp"] = [
    ("say", "Migrant workers building the new stadium in Qaldar", "they have not been paid for four months"),
    ("said", "one worker from Nepalan, who asked that his name not be used", "We send nothing home. Our families borrow to eat"),
    ("asked", "who", "his name not be used"),
    ("said", "The construction firm Halden Build", "it was \"investigating the claims with its subcontractors.\""),
    ("said", "The Qaldari labour ministry", "it had fined the subcontractor"),
]
NOT_REPORTS["workers_camp"] = [
    "The paper spoke to 15 workers at the Al Sefa labour camp, where about 2,000 men live in converted shipping containers.",
    "The stadium is due to open in 2027.",
]

ARTICLES["ombudsman"] = """Ombudsman criticises treatment of unaccompanied minors

The children's ombudsman of Valdor, Irene Castel, said on Friday that unaccompanied minors were being housed in adult shelters for months.

About 1,400 unaccompanied minors arrived in Valdor last year.

Her office inspected six shelters in the spring.

She recommended that every child be assigned a guardian within 72 hours of arrival.

The social affairs ministry said it accepted most of the recommendations.
"""
GOLD["ombudsman"] = [
    ("said", "The children's ombudsman of Valdor, Irene Castel", "unaccompanied minors were being housed in adult shelters for months"),
    ("recommended", "She", "every child be assigned a guardian within 72 hours of arrival"),
    ("said", "The social affairs ministry", "it accepted most of the recommendations"),
]
NOT_REPORTS["ombudsman"] = [
    "About 1,400 unaccompanied minors arrived in Valdor last year.",
    "Her office inspected six shelters in the spring.",
]
SPEAKERS["ombudsman"] = [("recommended", "She", "Irene Castel", "every child")]

ARTICLES["evictions"] = """Roma families evicted from Brana settlement

Police cleared the Brana settlement on the edge of Kovar on Tuesday, leaving about 300 people without shelter.

The settlement had stood on the site for more than 20 years.

Residents said they had been given two days' notice.

"Where do we go with small children in winter?" asked Elena Ruse, who had lived there since 2004.

The city council said families had been offered places in a temporary shelter.

The European Roma Rights Desk said the eviction breached the city's own housing rules.
"""
GOLD["evictions"] = [
    ("said", "Residents", "they had been given two days' notice"),
    ("asked", "Elena Ruse, who had lived there since 2004", "Where do we go with small children in winter?"),
    ("said", "The city council", "families had been offered places in a temporary shelter"),
    ("said", "The European Roma Rights Desk", "the eviction breached the city's own housing rules"),
]
NOT_REPORTS["evictions"] = [
    "Police cleared the Brana settlement on the edge of Kovar on Tuesday, leaving about 300 people without shelter.",
    "The settlement had stood on the site for more than 20 years.",
]

ARTICLES["inquiry"] = """UN-style inquiry finds evidence of executions

The Independent Inquiry on Maravia concluded in a report on Monday that government forces had carried out summary executions in at least four villages.

The inquiry's investigators interviewed more than 300 witnesses, many of whom described men being taken from their homes at night.

The report quotes a farmer from Oslek as saying that soldiers lined up his neighbours against a wall.

The Maravian government has repeatedly denied that its troops committed abuses.

The inquiry's chair, Judge Amina Falk, said the findings should be sent to the International Criminal Court.
"""
GOLD["inquiry"] = [
    ("concluded", "The Independent Inquiry on Maravia", "government forces had carried out summary executions in at least four villages"),
    ("described", "many of whom", "men being taken from their homes at night"),
    ("quotes", "The report", "a farmer from Oslek as saying that soldiers lined up his neighbours against a wall"),
    ("denied", "The Maravian government", "its troops committed abuses"),
    ("said", "The inquiry's chair, Judge Amina Falk", "the findings should be sent to the International Criminal Court"),
]
NOT_REPORTS["inquiry"] = []

ARTICLES["hearing_dates"] = """Appeal of activists set for autumn

The appeal of the five Grennan activists convicted of unlawful assembly will be heard on October 9, court records show.

The five were sentenced in March to two years each.

They were arrested at a vigil outside the Fenwick detention centre in 2023.

Their lawyer, Miriam Stobart, said the convictions rested on the testimony of a single officer.

A support group has raised 40,000 pounds for their legal costs.
"""
GOLD["hearing_dates"] = [
    ("show", "court records", "The appeal of the five Grennan activists convicted of unlawful assembly will be heard on October 9"),
    ("said", "Their lawyer, Miriam Stobart", "the convictions rested on the testimony of a single officer"),
]
NOT_REPORTS["hearing_dates"] = [
    "The five were sentenced in March to two years each.",
    "They were arrested at a vigil outside the Fenwick detention centre in 2023.",
    "A support group has raised 40,000 pounds for their legal costs.",
]

ARTICLES["rescue_ship"] = """Rescue ship barred from port for third time

The NGO Open Sea Relief said on Sunday that its ship, the Aurora, had been refused entry to the port of Calvi with 140 rescued people on board.

The ship has been at anchor off the coast for six days.

The Italian NGO Friends of the Harbour said it would send food and water by launch.

"People are sleeping on deck in the rain," said the ship's doctor, Ines Varga.

The port authority said the ship had not filed the required papers.

Figures collected by the Mediterranean Rescue Forum show that 22 ships have been held in ports this year.
"""
GOLD["rescue_ship"] = [
    ("said", "The NGO Open Sea Relief", "its ship, the Aurora, had been refused entry to the port of Calvi with 140 rescued people on board"),
    ("said", "The Italian NGO Friends of the Harbour", "it would send food and water by launch"),
    ("said", "the ship's doctor, Ines Varga", "People are sleeping on deck in the rain"),
    ("said", "The port authority", "the ship had not filed the required papers"),
    ("show", "Figures collected by the Mediterranean Rescue Forum", "22 ships have been held in ports this year"),
]
NOT_REPORTS["rescue_ship"] = ["The ship has been at anchor off the coast for six days."]
SPEAKERS["rescue_ship"] = [
    ("said", "The NGO Open Sea Relief", "Open Sea Relief", "its ship"),
    ("said", "The Italian NGO Friends of the Harbour", "Friends of the Harbour", "it would"),
]
