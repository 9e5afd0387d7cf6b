# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-seven short articles written for the sixty-third session's check of migration and asylum news (helper C):
border crossings, asylum hearings, detention, deportations, NGOs, interpreters and refugee camps. Reports said
through an interpreter, told reporters at a camp, given according to a refugee agency, said by a ministry in a
statement, argued by a lawyer, ruled by a judge, shown by court papers, described by aid workers, said by a family,
by a guard who spoke on condition of anonymity, warned by a charity, estimated by officials, vowed by a minister, a
report that accuses an agency of something, migrants interviewed by a paper, a first name used after a first full
mention ('Leyla, 29, said'), ages set off by commas, and quotations that run over paragraphs; and the lines of such
stories that report nothing (arrival figures stated by the writer, routes, camps, legal terms, boats' names, dates of
hearings, narration).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an apposition or a relative clause
of the source is part of it): per article, (a word of the cue, the source, the first content span) for each report
in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every country, agency, person, figure and sentence is made up. Read by
``test_probe_findings_63_migration``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["interpreter_hearing"] = """Farmer from Korvan hills tells tribunal of threats

Behrouz Salimi, a 52-year-old farmer from the Korvan highlands, told the asylum tribunal on Monday that militiamen had burned his orchard twice.

"They came at night and they said my sons would be next," he said through an interpreter.

The hearing in Room 4 of the Halden tribunal lasted three hours.

Salimi's lawyer, Greta Voss, argued that the Korvan authorities could not protect him.

A lawyer for the Home Office said his account had changed since his first interview.

The tribunal will give its decision in writing.
"""
GOLD["interpreter_hearing"] = [
    ("told", "Behrouz Salimi, a 52-year-old farmer from the Korvan highlands", "militiamen had burned his orchard twice"),
    ("said", "he", "They came at night and they said my sons would be next"),
    ("argued", "Salimi's lawyer, Greta Voss", "the Korvan authorities could not protect him"),
    ("said", "A lawyer for the Home Office", "his account had changed since his first interview"),
]
NOT_REPORTS["interpreter_hearing"] = [
    "The hearing in Room 4 of the Halden tribunal lasted three hours.",
    "The tribunal will give its decision in writing.",
]
SPEAKERS["interpreter_hearing"] = [("said", "he", "Behrouz Salimi", "They came")]

ARTICLES["camp_visit"] = """Minister visits overcrowded Tavric camp

Tervanian Interior Minister Oskar Lind told reporters at the camp on Thursday that a second site would open before winter.

The Tavric camp, built for 3,000 people, now houses more than 8,200.

Rows of white tents stretch along a dry riverbed, and water is brought in by lorry twice a day.

"We cannot keep people in these conditions for another season," Lind said.

Residents said the queue for the only clinic starts before dawn.

The camp was opened in March 2021 after a fire destroyed the old reception centre at Brela.
"""
GOLD["camp_visit"] = [
    ("told", "Tervanian Interior Minister Oskar Lind", "a second site would open before winter"),
    ("said", "Lind", "We cannot keep people in these conditions for another season"),
    ("said", "Residents", "the queue for the only clinic starts before dawn"),
]
NOT_REPORTS["camp_visit"] = [
    "The Tavric camp, built for 3,000 people, now houses more than 8,200.",
    "Rows of white tents stretch along a dry riverbed, and water is brought in by lorry twice a day.",
    "The camp was opened in March 2021 after a fire destroyed the old reception centre at Brela.",
]

ARTICLES["agency_figures"] = """Sea arrivals fall for third month

Arrivals by sea to the Sabline coast fell to 2,140 in August, according to the refugee agency.

That compares with 3,900 in May and 3,310 in June.

Most boats now set out from the port of Dunmar and head for the island of Osk, a crossing of about 160 kilometres.

The agency said the fall was due largely to bad weather and a crackdown on smugglers in Dunmar.

Its regional spokeswoman, Hana Berg, warned that the numbers usually rise again in the autumn.
"""
GOLD["agency_figures"] = [
    ("according to", "the refugee agency", "Arrivals by sea to the Sabline coast fell to 2,140 in August"),
    ("said", "The agency", "the fall was due largely to bad weather and a crackdown on smugglers in Dunmar"),
    ("warned", "Its regional spokeswoman, Hana Berg", "the numbers usually rise again in the autumn"),
]
NOT_REPORTS["agency_figures"] = [
    "That compares with 3,900 in May and 3,310 in June.",
    "Most boats now set out from the port of Dunmar and head for the island of Osk, a crossing of about 160 kilometres.",
]
SPEAKERS["agency_figures"] = [("warned", "Its regional spokeswoman, Hana Berg", "Hana Berg", "the numbers")]

ARTICLES["ministry_statement"] = """Ministry defends deportation flight

The interior ministry said in a statement that all 64 people on Tuesday's flight to Korvan had exhausted their appeals.

The charter plane left Halden airport at 6 a.m. under police escort.

Rights groups had asked the ministry to halt the flight after a court in Brela suspended the removal of two families.

"Every case was examined individually and fairly," the statement said.

The ministry added that the two families were not on board.
"""
GOLD["ministry_statement"] = [
    ("said", "The interior ministry", "all 64 people on Tuesday's flight to Korvan had exhausted their appeals"),
    ("asked", "Rights groups", "the ministry to halt the flight"),
    ("said", "the statement", "Every case was examined individually and fairly"),
    ("added", "The ministry", "the two families were not on board"),
]
NOT_REPORTS["ministry_statement"] = [
    "The charter plane left Halden airport at 6 a.m. under police escort.",
]

ARTICLES["judge_ruling"] = """Judge halts removal of Korvan teenager

A High Court judge ruled on Friday that the government had acted unlawfully in detaining a 17-year-old Korvan boy as an adult.

Judge Irena Mal said the age assessment had been carried out in under twenty minutes and without an appropriate adult present.

The boy, who cannot be named for legal reasons, arrived in a lorry at the port of Fenwick in January.

Under the Immigration Act, a child cannot be held in an adult removal centre.

The Home Office said it would study the judgment carefully.
"""
GOLD["judge_ruling"] = [
    ("ruled", "A High Court judge", "the government had acted unlawfully in detaining a 17-year-old Korvan boy as an adult"),
    ("said", "Judge Irena Mal", "the age assessment had been carried out in under twenty minutes and without an appropriate adult present"),
    ("said", "The Home Office", "it would study the judgment carefully"),
]
NOT_REPORTS["judge_ruling"] = [
    "The boy, who cannot be named for legal reasons, arrived in a lorry at the port of Fenwick in January.",
    "Under the Immigration Act, a child cannot be held in an adult removal centre.",
]

ARTICLES["court_papers"] = """Smuggling ring used fishing boats, court papers show

Court papers show that the ring charged each passenger between 3,000 and 7,000 euros for a place on the boats.

Seven men are on trial in Brela, accused of organising at least 40 crossings.

One of the boats, the Santa Mira, sank off Osk in 2022 with 31 people on board.

Prosecutors say the men kept the passengers' phones until they had paid in full.

Lawyers for two of the defendants have denied that their clients knew the boats were unsafe.
"""
GOLD["court_papers"] = [
    ("show", "Court papers", "the ring charged each passenger between 3,000 and 7,000 euros for a place on the boats"),
    ("accused", "", "organising at least 40 crossings"),
    ("say", "Prosecutors", "the men kept the passengers' phones until they had paid in full"),
    ("denied", "Lawyers for two of the defendants", "their clients knew the boats were unsafe"),
]
NOT_REPORTS["court_papers"] = [
    "One of the boats, the Santa Mira, sank off Osk in 2022 with 31 people on board.",
]

ARTICLES["aid_workers"] = """Winter arrives early at Moravic border

Aid workers describe families sleeping in the forest without tents as temperatures drop below freezing at night.

The crossing at Moravic has been closed since October.

A volunteer doctor with the group Green Lantern said she had treated eleven people for hypothermia in a week.

"The children have wet shoes and no socks. That is how it starts," she said.

Border police patrol the fence in jeeps every hour.
"""
GOLD["aid_workers"] = [
    ("describe", "Aid workers", "families sleeping in the forest without tents as temperatures drop below freezing at night"),
    ("said", "A volunteer doctor with the group Green Lantern", "she had treated eleven people for hypothermia in a week"),
    ("said", "she", "The children have wet shoes and no socks. That is how it starts"),
]
NOT_REPORTS["aid_workers"] = [
    "The crossing at Moravic has been closed since October.",
    "Border police patrol the fence in jeeps every hour.",
]

ARTICLES["family_says"] = """Family of drowned man demands answers

The family of Karim Sadeq, who drowned in the Ebro canal near the border last month, says he had been pushed back across the border three times.

Sadeq, 26, had worked as an electrician in Korvan.

His brother, Nadir Sadeq, 31, told the paper that Karim had called him the night before he died.

"He said the guards had taken his shoes and his phone," Nadir said.

The canal is about eight metres wide at the crossing point.

The border police said an inquiry had been opened.
"""
GOLD["family_says"] = [
    ("says", "The family of Karim Sadeq, who drowned in the Ebro canal near the border last month", "he had been pushed back across the border three times"),
    ("told", "His brother, Nadir Sadeq, 31", "Karim had called him the night before he died"),
    ("said", "Nadir", "He said the guards had taken his shoes and his phone"),
    ("said", "The border police", "an inquiry had been opened"),
]
NOT_REPORTS["family_says"] = [
    "Sadeq, 26, had worked as an electrician in Korvan.",
    "The canal is about eight metres wide at the crossing point.",
]
SPEAKERS["family_says"] = [("said", "Nadir", "Nadir Sadeq", "He said")]

ARTICLES["anonymous_guard"] = """Guards ordered to turn back boats, officer says

A border guard, who spoke on condition of anonymity because he was not authorised to talk to the press, said his unit had been ordered to tow boats back into foreign waters.

The coast guard operates six patrol vessels from the base at Kell.

"We were told not to write anything down," the guard said.

A spokesman for the coast guard denied that any such order had been given.
"""
GOLD["anonymous_guard"] = [
    ("said", "A border guard, who spoke on condition of anonymity because he was not authorised to talk to the press", "his unit had been ordered to tow boats back into foreign waters"),
    ("said", "the guard", "We were told not to write anything down"),
    ("denied", "A spokesman for the coast guard", "any such order had been given"),
]
NOT_REPORTS["anonymous_guard"] = [
    "The coast guard operates six patrol vessels from the base at Kell.",
]

ARTICLES["charity_warning"] = """Charity warns of measles outbreak in Sabline camps

The charity Safe Harbour warned on Wednesday that a measles outbreak could spread quickly through the camps on Osk.

Nine cases have been confirmed at the Lantana camp since Sunday.

Fewer than half of the children in the camp have been vaccinated, the charity said.

The health ministry said a vaccination team would arrive on Friday.

Lantana sits on a hillside above the harbour, about four kilometres from the nearest town.
"""
GOLD["charity_warning"] = [
    ("warned", "The charity Safe Harbour", "a measles outbreak could spread quickly through the camps on Osk"),
    ("said", "the charity", "Fewer than half of the children in the camp have been vaccinated"),
    ("said", "The health ministry", "a vaccination team would arrive on Friday"),
]
NOT_REPORTS["charity_warning"] = [
    "Nine cases have been confirmed at the Lantana camp since Sunday.",
    "Lantana sits on a hillside above the harbour, about four kilometres from the nearest town.",
]

ARTICLES["officials_estimate"] = """Thousands wait in northern towns for a chance to cross

Officials estimate that at least 12,000 migrants are waiting in the towns of Arvo and Pesk for a chance to cross the mountains.

The route over the Kalan pass takes two nights on foot.

Local authorities believe smugglers have raised their prices since the army took over the main road.

A shopkeeper in Arvo, Tomas Riel, said he sold more sleeping bags in a week than he used to sell in a year.

The pass is closed by snow from December to March.
"""
GOLD["officials_estimate"] = [
    ("estimate", "Officials", "at least 12,000 migrants are waiting in the towns of Arvo and Pesk for a chance to cross the mountains"),
    ("believe", "Local authorities", "smugglers have raised their prices since the army took over the main road"),
    ("said", "A shopkeeper in Arvo, Tomas Riel", "he sold more sleeping bags in a week than he used to sell in a year"),
]
NOT_REPORTS["officials_estimate"] = [
    "The route over the Kalan pass takes two nights on foot.",
    "The pass is closed by snow from December to March.",
]

ARTICLES["minister_vows"] = """Minister vows to clear asylum backlog

Migration Minister Dana Kord vowed on Sunday to clear the backlog of 41,000 asylum claims by the end of next year.

Applicants currently wait an average of 19 months for a first decision.

Kord said 300 new caseworkers would be hired.

The opposition spokesman on migration, Piet Amsel, said the promise had been made twice before.

"Nobody believes these numbers any more," he said.
"""
GOLD["minister_vows"] = [
    ("vowed", "Migration Minister Dana Kord", "to clear the backlog of 41,000 asylum claims by the end of next year"),
    ("said", "Kord", "300 new caseworkers would be hired"),
    ("said", "The opposition spokesman on migration, Piet Amsel", "the promise had been made twice before"),
    ("said", "he", "Nobody believes these numbers any more"),
]
NOT_REPORTS["minister_vows"] = [
    "Applicants currently wait an average of 19 months for a first decision.",
]
SPEAKERS["minister_vows"] = [("said", "he", "Piet Amsel", "Nobody believes")]

ARTICLES["report_accuses"] = """Watchdog faults border agency over detention deaths

The report accuses the agency of ignoring repeated warnings about the lack of medical staff at its detention centres.

It was published on Thursday by the Inspectorate of Borders, an independent watchdog.

Four detainees have died in the agency's centres since 2022.

The agency said it accepted most of the report's recommendations.

The inspectorate's head, Marit Olsen, said the deaths could have been prevented.
"""
GOLD["report_accuses"] = [
    ("accuses", "The report", "the agency of ignoring repeated warnings about the lack of medical staff at its detention centres"),
    ("said", "The agency", "it accepted most of the report's recommendations"),
    ("said", "The inspectorate's head, Marit Olsen", "the deaths could have been prevented"),
]
NOT_REPORTS["report_accuses"] = [
    "It was published on Thursday by the Inspectorate of Borders, an independent watchdog.",
    "Four detainees have died in the agency's centres since 2022.",
]

ARTICLES["migrants_interviewed"] = """At a truck stop, migrants wait for a ride north

Migrants interviewed by the paper said they had paid drivers up to 2,000 euros to be hidden in the back of lorries.

The truck stop at Velm lies on the motorway about 30 kilometres from the border.

Several said they had tried the crossing more than ten times.

A police officer at the truck stop said checks had been stepped up since a driver was arrested in June.

Lorries queue here overnight before the morning ferry.
"""
GOLD["migrants_interviewed"] = [
    ("said", "Migrants interviewed by the paper", "they had paid drivers up to 2,000 euros to be hidden in the back of lorries"),
    ("said", "Several", "they had tried the crossing more than ten times"),
    ("said", "A police officer at the truck stop", "checks had been stepped up since a driver was arrested in June"),
]
NOT_REPORTS["migrants_interviewed"] = [
    "The truck stop at Velm lies on the motorway about 30 kilometres from the border.",
    "Lorries queue here overnight before the morning ferry.",
]

ARTICLES["first_name"] = """A nurse's long road to a new job

Leyla Tamasi trained as a nurse in Korvan and spent four years in camps before reaching Halden.

Leyla, 29, said she had applied for 60 jobs before a care home offered her a trial shift.

Her qualifications were recognised in March after a two-year process.

"I am good at this work. I only needed someone to let me do it," she said.

The care home's manager, Ruth Engel, said Leyla was now training two new staff members.
"""
GOLD["first_name"] = [
    ("said", "Leyla, 29", "she had applied for 60 jobs before a care home offered her a trial shift"),
    ("said", "she", "I am good at this work. I only needed someone to let me do it"),
    ("said", "The care home's manager, Ruth Engel", "Leyla was now training two new staff members"),
]
NOT_REPORTS["first_name"] = [
    "Leyla Tamasi trained as a nurse in Korvan and spent four years in camps before reaching Halden.",
    "Her qualifications were recognised in March after a two-year process.",
]
SPEAKERS["first_name"] = [
    ("said", "Leyla, 29", "Leyla Tamasi", "she had applied"),
    ("said", "she", "Leyla Tamasi", "I am good"),
]

ARTICLES["age_appositions"] = """Brothers reunited after three years apart

Yonas Berhe, 19, and his brother Dawit, 15, were separated at a checkpoint in the desert in 2021.

Yonas, who now lives in Fenwick, said he had searched for his brother in every camp he passed through.

A caseworker with the Red Lantern tracing service, Ilse Brandt, 44, said the brothers were found through a photograph.

"When I showed him the picture, he just sat down on the floor," she said.

The service reunited 312 families last year.
"""
GOLD["age_appositions"] = [
    ("said", "Yonas, who now lives in Fenwick", "he had searched for his brother in every camp he passed through"),
    ("said", "A caseworker with the Red Lantern tracing service, Ilse Brandt, 44", "the brothers were found through a photograph"),
    ("said", "she", "When I showed him the picture, he just sat down on the floor"),
]
NOT_REPORTS["age_appositions"] = [
    "Yonas Berhe, 19, and his brother Dawit, 15, were separated at a checkpoint in the desert in 2021.",
    "The service reunited 312 families last year.",
]
SPEAKERS["age_appositions"] = [
    ("said", "Yonas, who now lives in Fenwick", "Yonas Berhe", "he had searched"),
    ("said", "she", "Ilse Brandt", "When I showed"),
]

ARTICLES["long_quote"] = """'We walked for nine days': a survivor's account

Farid Osmani, a former teacher from Korvan, described the journey in an interview at the reception centre in Brela.

"We left in a group of forty. By the third day the smugglers had taken our food and most of our water.

"On the sixth day an old man could not walk any more. We carried him for a while, then we had to leave him with a family in a village," Osmani said.

The reception centre at Brela holds about 600 people.

He said he still did not know whether the old man had survived.
"""
GOLD["long_quote"] = [
    ("described", "Farid Osmani, a former teacher from Korvan", "the journey"),
    ("said", "Osmani", "We left in a group of forty. By the third day the smugglers had taken our food and most of our water."),
    ("said", "He", "he still did not know whether the old man had survived"),
]
NOT_REPORTS["long_quote"] = [
    "The reception centre at Brela holds about 600 people.",
]
SPEAKERS["long_quote"] = [("said", "He", "Farid Osmani", "he still")]

ARTICLES["ngo_ship"] = """Rescue ship waits for a port

The rescue ship Aurora, run by the charity Blue Line, has been waiting off the coast of Osk for five days with 97 people on board.

The ship picked them up from a rubber dinghy on Sunday.

The charity's head of mission, Joel Marten, said conditions on deck were getting worse.

"We have people sleeping in the rain. We have run out of blankets," he told reporters by phone.

The Sabline government has said the ship should take the people to the country whose flag it flies.

Aurora is registered in Lunde.
"""
GOLD["ngo_ship"] = [
    ("said", "The charity's head of mission, Joel Marten", "conditions on deck were getting worse"),
    ("told", "he", "We have people sleeping in the rain. We have run out of blankets"),
    ("said", "The Sabline government", "the ship should take the people to the country whose flag it flies"),
]
NOT_REPORTS["ngo_ship"] = [
    "The rescue ship Aurora, run by the charity Blue Line, has been waiting off the coast of Osk for five days with 97 people on board.",
    "The ship picked them up from a rubber dinghy on Sunday.",
    "Aurora is registered in Lunde.",
]
SPEAKERS["ngo_ship"] = [("told", "he", "Joel Marten", "We have")]

ARTICLES["hearing_dates"] = """Appeal hearing set for detained activist

An appeal hearing for Sami Reda, a Korvan activist held at the Nordby removal centre since May, has been set for October 14.

Reda applied for asylum in 2019 and was refused in 2022.

His solicitor, Ann Lowe, said new evidence showed he would face prison if returned.

Judicial review is a legal process in which a judge examines whether a public body acted lawfully.

The Home Office declined to comment on an individual case.
"""
GOLD["hearing_dates"] = [
    ("said", "His solicitor, Ann Lowe", "new evidence showed he would face prison if returned"),
]
NOT_REPORTS["hearing_dates"] = [
    "An appeal hearing for Sami Reda, a Korvan activist held at the Nordby removal centre since May, has been set for October 14.",
    "Reda applied for asylum in 2019 and was refused in 2022.",
    "Judicial review is a legal process in which a judge examines whether a public body acted lawfully.",
]

ARTICLES["deportation_protest"] = """Classmates protest against deportation of schoolgirl

About 200 pupils gathered outside the town hall in Vessel on Monday to protest against the planned deportation of a classmate.

Mira Hoxha, 16, has lived in Vessel since she was four.

"She is one of us. She has never known any other home," said her friend Clara Weiss, 16.

The town's mayor, Erik Stam, said he had written to the migration minister.

The family's asylum claim was rejected in 2020, and a final appeal failed in August.

The ministry said it could not comment on individual cases.
"""
GOLD["deportation_protest"] = [
    ("protest", "About 200 pupils", "the planned deportation of a classmate"),
    ("said", "her friend Clara Weiss, 16", "She is one of us. She has never known any other home"),
    ("said", "The town's mayor, Erik Stam", "he had written to the migration minister"),
    ("said", "The ministry", "it could not comment on individual cases"),
]
NOT_REPORTS["deportation_protest"] = [
    "Mira Hoxha, 16, has lived in Vessel since she was four.",
    "The family's asylum claim was rejected in 2020, and a final appeal failed in August.",
]

ARTICLES["interpreters"] = """Shortage of interpreters delays asylum interviews

A shortage of interpreters for the Dari and Tigrinya languages has delayed thousands of asylum interviews, the Asylum Office admitted on Tuesday.

Only 14 Tigrinya interpreters are on the office's books, down from 40 in 2021.

One interpreter, who asked not to be named, said the pay had not risen in nine years.

"You spend a whole day hearing about torture and you are paid less than a cleaner," she said.

Interviews are now held by video link from three regional offices.
"""
GOLD["interpreters"] = [
    ("admitted", "the Asylum Office", "A shortage of interpreters for the Dari and Tigrinya languages has delayed thousands of asylum interviews"),
    ("said", "One interpreter, who asked not to be named", "the pay had not risen in nine years"),
    ("said", "she", "You spend a whole day hearing about torture and you are paid less than a cleaner"),
]
NOT_REPORTS["interpreters"] = [
    "Only 14 Tigrinya interpreters are on the office's books, down from 40 in 2021.",
    "Interviews are now held by video link from three regional offices.",
]

ARTICLES["border_crossing"] = """Crossings at the Lusa river double

The number of people crossing the Lusa river into Tervania doubled in July to about 5,400.

Most cross at night near the village of Gorin, where the river is shallow enough to wade.

Police chief Anton Virta told a news conference that eight smugglers had been arrested this month.

He said some of the migrants had been brought to the river in taxis.

Gorin has about 300 inhabitants and a single shop.

The Red Lantern society said its volunteers were handing out dry clothes at the river bank every night.
"""
GOLD["border_crossing"] = [
    ("told", "Police chief Anton Virta", "eight smugglers had been arrested this month"),
    ("said", "He", "some of the migrants had been brought to the river in taxis"),
    ("said", "The Red Lantern society", "its volunteers were handing out dry clothes at the river bank every night"),
]
NOT_REPORTS["border_crossing"] = [
    "The number of people crossing the Lusa river into Tervania doubled in July to about 5,400.",
    "Most cross at night near the village of Gorin, where the river is shallow enough to wade.",
    "Gorin has about 300 inhabitants and a single shop.",
]
SPEAKERS["border_crossing"] = [("said", "He", "Anton Virta", "some of the migrants")]

ARTICLES["detention_visit"] = """Lawmakers find detainees on hunger strike

Members of parliament who visited the Nordby removal centre on Saturday said at least 20 detainees were on hunger strike.

The centre, a former army barracks, holds up to 400 men awaiting removal.

One of the lawmakers, Sofie Dahl, said the men were protesting against being held for more than a year.

"Detention is meant to be the last resort, not a waiting room," she wrote on social media.

The centre's operator said in a statement that all detainees had access to a doctor.
"""
GOLD["detention_visit"] = [
    ("said", "Members of parliament who visited the Nordby removal centre on Saturday", "at least 20 detainees were on hunger strike"),
    ("said", "One of the lawmakers, Sofie Dahl", "the men were protesting against being held for more than a year"),
    ("wrote", "she", "Detention is meant to be the last resort, not a waiting room"),
    ("said", "The centre's operator", "all detainees had access to a doctor"),
]
NOT_REPORTS["detention_visit"] = [
    "The centre, a former army barracks, holds up to 400 men awaiting removal.",
]
SPEAKERS["detention_visit"] = [("wrote", "she", "Sofie Dahl", "Detention is")]

ARTICLES["boat_names"] = """Three boats reach Osk in one night

Three boats carrying 186 people reached the island of Osk overnight, the coast guard said on Saturday.

The largest, a blue fishing boat with the name Stella painted on its bow, carried 94 people.

The other two were rubber dinghies.

A coast guard officer at the harbour said two pregnant women had been taken to hospital.

All three boats had left from beaches east of Dunmar on Thursday evening.
"""
GOLD["boat_names"] = [
    ("said", "the coast guard", "Three boats carrying 186 people reached the island of Osk overnight"),
    ("said", "A coast guard officer at the harbour", "two pregnant women had been taken to hospital"),
]
NOT_REPORTS["boat_names"] = [
    "The largest, a blue fishing boat with the name Stella painted on its bow, carried 94 people.",
    "The other two were rubber dinghies.",
    "All three boats had left from beaches east of Dunmar on Thursday evening.",
]

ARTICLES["returns_deal"] = """Halden and Korvan sign returns deal

Halden and Korvan signed an agreement on Wednesday under which Korvan will take back its citizens whose asylum claims have been refused.

Under the deal, Halden will pay Korvan 50 million euros over three years.

Korvan's foreign minister, Rasul Dagan, said the money would be spent on jobs for returnees.

Human rights groups accused Halden of paying a government with a record of torture to take people back.

About 9,000 Korvan citizens have been refused asylum in Halden since 2020.
"""
GOLD["returns_deal"] = [
    ("said", "Korvan's foreign minister, Rasul Dagan", "the money would be spent on jobs for returnees"),
    ("accused", "Human rights groups", "Halden of paying a government with a record of torture to take people back"),
]
NOT_REPORTS["returns_deal"] = [
    "Under the deal, Halden will pay Korvan 50 million euros over three years.",
    "About 9,000 Korvan citizens have been refused asylum in Halden since 2020.",
]

# written after the mends, to probe their shapes in other words
ARTICLES["pledges"] = """Leaders pledge new reception centres

Prime Minister Astrid Holm pledged in a speech to parliament on Wednesday to build four new reception centres by 2027.

The existing centres at Brela and Nordby are running at twice their capacity.

The mayor of Brela, Jonas Fell, threatened last week to close the town's sports hall to asylum seekers.

Holm declined during the debate to say how the centres would be paid for.

The opposition leader, Vera Lund, said the plan came too late.
"""
GOLD["pledges"] = [
    ("pledged", "Prime Minister Astrid Holm", "to build four new reception centres by 2027"),
    ("threatened", "The mayor of Brela, Jonas Fell", "to close the town's sports hall to asylum seekers"),
    ("declined", "Holm", "to say how the centres would be paid for"),
    ("said", "The opposition leader, Vera Lund", "the plan came too late"),
]
NOT_REPORTS["pledges"] = [
    "The existing centres at Brela and Nordby are running at twice their capacity.",
]

ARTICLES["welders"] = """From a rubber boat to a shipyard

Samir Okonde crossed to Osk in a rubber boat in 2019 and now works as a welder at the Kell shipyard.

Samir, 27, said the hardest part was waiting two years for a work permit.

His foreman, Lena Brix, said he was one of the best welders on the site.

"He never misses a shift," she said.

The shipyard employs 31 former asylum seekers.
"""
GOLD["welders"] = [
    ("said", "Samir, 27", "the hardest part was waiting two years for a work permit"),
    ("said", "His foreman, Lena Brix", "he was one of the best welders on the site"),
    ("said", "she", "He never misses a shift"),
]
NOT_REPORTS["welders"] = [
    "Samir Okonde crossed to Osk in a rubber boat in 2019 and now works as a welder at the Kell shipyard.",
    "The shipyard employs 31 former asylum seekers.",
]
SPEAKERS["welders"] = [
    ("said", "Samir, 27", "Samir Okonde", "the hardest"),
    ("said", "she", "Lena Brix", "He never"),
]
