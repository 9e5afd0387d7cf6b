# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-seven short articles written for the sixty-first session's check of humanitarian, conflict and disaster
reporting (helper N): UN agencies and charities as sources ('the UN's humanitarian office (OCHA) said', 'according
to the World Food Programme', 'said in a statement', 'aid workers on the ground reported'), ministries and civil
defence agencies giving casualty figures, each side's claims, 'claimed responsibility', 'denied involvement',
conflict monitors, reports and satellite images ('a report by the rights group documented', 'images reviewed by the
group show'), displaced people named by a first name only ('Amina, 34, who fled with her children, said'), quotes
given through an interpreter or to state television, warnings ('warned of famine'), appeals and tolls updated over
days ('the toll rose to 120, officials said on Tuesday'); and the lines that report nothing: narration, figures
with no source, map captions and headings, 'could not be independently verified', 'the fighting displaced
thousands', 'aid convoys reached the town'.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; 'warned of X' is a report of the noun phrase, 'claimed responsibility for X' of the phrase after 'for'): per article, (a word of
the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every body, name, place, figure
and sentence is made up. Read by ``test_probe_findings_61_crisis``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["delta_floods"] = """Floods cut off villages in the Sarro delta

Floodwaters have cut off at least 60 villages in the lower Sarro delta, the UN's humanitarian office (OCHA) said on Monday.

Roads to the district capital, Benkala, remain under water.

According to the World Food Programme, some 85,000 people need food aid.

Aid workers on the ground reported that several wells had been fouled by sewage.

The rains began in late August.
"""
GOLD["delta_floods"] = [
    ("said", "the UN's humanitarian office (OCHA)", "Floodwaters have cut off at least 60 villages in the lower Sarro delta"),
    ("According", "the World Food Programme", "some 85,000 people need food aid"),
    ("reported", "Aid workers on the ground", "several wells had been fouled by sewage"),
]
NOT_REPORTS["delta_floods"] = ["Floods cut off villages in the Sarro delta", "Roads to the district capital, Benkala, remain under water.", "The rains began in late August."]

ARTICLES["tarrek_clinic"] = """Charity pulls staff from Tarrek clinic after raid

Médecins Sans Frontières said in a statement that armed men had entered its clinic in Tarrek and beaten two nurses.

The charity has withdrawn its staff to the provincial capital.

"We cannot treat patients when our own teams are not safe," said Lotte Brandsma, the group's head of mission.

The clinic served about 4,000 people a month.
"""
GOLD["tarrek_clinic"] = [
    ("said", "Médecins Sans Frontières", "armed men had entered its clinic in Tarrek and beaten two nurses"),
    ("said", "Lotte Brandsma, the group's head of mission", "We cannot treat patients when our own teams are not safe"),
]
NOT_REPORTS["tarrek_clinic"] = ["Charity pulls staff from Tarrek clinic after raid", "The charity has withdrawn its staff to the provincial capital.", "The clinic served about 4,000 people a month."]

ARTICLES["dalvor_market"] = """Strike on Dalvor market kills dozens, health ministry says

At least 40 people were killed when a missile struck a crowded market in Dalvor on Sunday, the health ministry in the territory said.

The army said it had struck a militant command post near the market.

Residents said the dead were shoppers and stallholders.

Reuters could not independently verify either account.

Smoke rose over the town for several hours.
"""
GOLD["dalvor_market"] = [
    ("said", "the health ministry in the territory", "At least 40 people were killed when a missile struck a crowded market in Dalvor on Sunday"),
    ("said", "The army", "it had struck a militant command post near the market"),
    ("said", "Residents", "the dead were shoppers and stallholders"),
]
NOT_REPORTS["dalvor_market"] = ["Reuters could not independently verify either account.", "Smoke rose over the town for several hours."]

ARTICLES["quake_toll"] = """Quake toll climbs past 300

The death toll from Thursday's earthquake rose to 312, officials said on Saturday.

Figures from the civil defence agency show that more than 2,000 buildings collapsed.

Rescue teams pulled a girl alive from the rubble of a school on Friday night.

The quake struck at a depth of 10 kilometres.

The agency warned that aftershocks could bring down damaged homes.
"""
GOLD["quake_toll"] = [
    ("said", "officials", "The death toll from Thursday's earthquake rose to 312"),
    ("show", "Figures from the civil defence agency", "more than 2,000 buildings collapsed"),
    ("warned", "The agency", "aftershocks could bring down damaged homes"),
]
NOT_REPORTS["quake_toll"] = ["Quake toll climbs past 300", "Rescue teams pulled a girl alive from the rubble of a school on Friday night.", "The quake struck at a depth of 10 kilometres."]

ARTICLES["qasrin_monitor"] = """Clashes near Qasrin leave 17 dead

At least 17 fighters were killed in clashes near the town of Qasrin, the Levant Conflict Monitor said.

The London-based monitor, which relies on a network of sources inside the country, said nine of the dead belonged to government forces.

The figures could not be independently verified.

Qasrin has changed hands three times since 2019.
"""
GOLD["qasrin_monitor"] = [
    ("said", "the Levant Conflict Monitor", "At least 17 fighters were killed in clashes near the town of Qasrin"),
    ("said", "The London-based monitor, which relies on a network of sources inside the country", "nine of the dead belonged to government forces"),
]
NOT_REPORTS["qasrin_monitor"] = ["Clashes near Qasrin leave 17 dead", "The figures could not be independently verified.", "Qasrin has changed hands three times since 2019."]

ARTICLES["camps_report"] = """Rights group records abuse in detention centres

A report by the rights group Civic Watch documented 214 cases of torture in three detention centres.

Satellite images reviewed by the group show that two of the centres have been enlarged since last year.

The government denied the allegations.

The centres hold an estimated 9,000 people.
"""
GOLD["camps_report"] = [
    ("documented", "A report by the rights group Civic Watch", "214 cases of torture in three detention centres"),
    ("show", "Satellite images reviewed by the group", "two of the centres have been enlarged since last year"),
    ("denied", "The government", "the allegations"),
]
NOT_REPORTS["camps_report"] = ["The centres hold an estimated 9,000 people."]

ARTICLES["kesh_displaced"] = """Families flee fighting in Upper Kesh

The fighting has displaced more than 30,000 people in a week.

Amina, 34, who fled with her five children, said armed men had burned her village.

"We walked for three days without food," she said.

Aid convoys reached the camp at Dobra on Wednesday.

Yusuf, a farmer from the same district, said he had lost all his cattle.
"""
GOLD["kesh_displaced"] = [
    ("said", "Amina, 34, who fled with her five children", "armed men had burned her village"),
    ("said", "she", "We walked for three days without food"),
    ("said", "Yusuf, a farmer from the same district", "he had lost all his cattle"),
]
NOT_REPORTS["kesh_displaced"] = ["Families flee fighting in Upper Kesh", "The fighting has displaced more than 30,000 people in a week.", "Aid convoys reached the camp at Dobra on Wednesday."]
SPEAKERS["kesh_displaced"] = [("said", "she", "Amina", "We walked")]

ARTICLES["zarat_boat"] = """Survivors describe night the boat went down

"The boat turned over in the dark," said Hamid, 19, speaking through an interpreter.

He said he had paid smugglers $2,000 for the crossing.

The coast guard said 41 people had been rescued and 12 bodies recovered.

The boat left the port of Zarat on Monday night.

The International Organization for Migration said at least 600 people had died on the route this year.
"""
GOLD["zarat_boat"] = [
    ("said", "Hamid, 19", "The boat turned over in the dark"),
    ("said", "He", "he had paid smugglers $2,000 for the crossing"),
    ("said", "The coast guard", "41 people had been rescued and 12 bodies recovered"),
    ("said", "The International Organization for Migration", "at least 600 people had died on the route this year"),
]
NOT_REPORTS["zarat_boat"] = ["The boat left the port of Zarat on Monday night."]
SPEAKERS["zarat_boat"] = [("said", "He", "Hamid", "he had paid")]

ARTICLES["oshan_claims"] = """Oshan governor says rebels driven out

The governor of Oshan province told state television that rebel fighters had been driven out of the provincial capital.

Rebel spokesman Ilyas Marr denied the claim.

He said his forces still held the airport and the eastern districts.

Reuters was unable to verify either side's account.

Telephone lines to the city have been down since Friday.
"""
GOLD["oshan_claims"] = [
    ("told", "The governor of Oshan province", "rebel fighters had been driven out of the provincial capital"),
    ("denied", "Rebel spokesman Ilyas Marr", "the claim"),
    ("said", "He", "his forces still held the airport and the eastern districts"),
]
NOT_REPORTS["oshan_claims"] = ["Reuters was unable to verify either side's account.", "Telephone lines to the city have been down since Friday."]
SPEAKERS["oshan_claims"] = [("said", "He", "Ilyas Marr", "his forces")]

ARTICLES["south_famine"] = """Agency warns of famine in the south

The World Food Programme warned of famine in three southern districts unless funding arrives within weeks.

The agency appealed for $40 million to keep its food pipeline open.

Rations were cut by half in March.

"Children are already dying," the agency's country director, Selin Okafor, said.

Maize prices have tripled since January.
"""
GOLD["south_famine"] = [
    ("warned", "The World Food Programme", "famine in three southern districts unless funding arrives within weeks"),
    ("said", "the agency's country director, Selin Okafor", "Children are already dying"),
]
NOT_REPORTS["south_famine"] = ["Rations were cut by half in March.", "Maize prices have tripled since January."]

ARTICLES["venra_landslide"] = """Landslide toll rises to 120

The toll from Monday's landslide in the hill town of Venra rose to 120, district officials said on Tuesday.

Earlier, police had said 64 people were dead.

Dozens of homes were buried under mud.

Rescuers said the search would go on through the night.

Heavy rain is forecast for the rest of the week.
"""
GOLD["venra_landslide"] = [
    ("said", "district officials", "The toll from Monday's landslide in the hill town of Venra rose to 120"),
    ("said", "police", "64 people were dead"),
    ("said", "Rescuers", "the search would go on through the night"),
]
NOT_REPORTS["venra_landslide"] = ["Landslide toll rises to 120", "Dozens of homes were buried under mud.", "Heavy rain is forecast for the rest of the week."]

ARTICLES["tesk_sides"] = """Both sides claim gains around Tesk

The army said it had killed 35 militants in air strikes near Tesk; residents said the dead were mostly farmers.

The Tesk Liberation Front claimed responsibility for an ambush on a military convoy.

The group denied involvement in the bombing of a bus station.

Tesk lies 80 km from the border.
"""
GOLD["tesk_sides"] = [
    ("said", "The army", "it had killed 35 militants in air strikes near Tesk"),
    ("said", "residents", "the dead were mostly farmers"),
    ("claimed", "The Tesk Liberation Front", "an ambush on a military convoy"),
    ("denied", "The group", "involvement in the bombing of a bus station"),
]
NOT_REPORTS["tesk_sides"] = ["Tesk lies 80 km from the border."]

ARTICLES["balun_cholera"] = """Cholera spreads in Balun camps

Cholera cases in the Balun camps have passed 5,000, the regional health bureau said.

Map: camps in Balun district, with case counts

Key facts

5,214 cases, 61 deaths

The outbreak began in a camp for people displaced by drought.

Health workers said there were too few oral rehydration kits.
"""
GOLD["balun_cholera"] = [
    ("said", "the regional health bureau", "Cholera cases in the Balun camps have passed 5,000"),
    ("said", "Health workers", "there were too few oral rehydration kits"),
]
NOT_REPORTS["balun_cholera"] = ["Cholera spreads in Balun camps", "Map: camps in Balun district, with case counts", "Key facts", "5,214 cases, 61 deaths", "The outbreak began in a camp for people displaced by drought."]

ARTICLES["envoy_ceasefire"] = """UN envoy presses for truce before the rains

The UN special envoy, Marta Lindqvist, urged both sides to agree a ceasefire before the rains.

She told the Security Council that 1.2 million people were out of reach of aid.

The council is due to vote on a resolution next week.

Diplomats said two permanent members were likely to abstain.
"""
GOLD["envoy_ceasefire"] = [
    ("urged", "The UN special envoy, Marta Lindqvist", "both sides to agree a ceasefire before the rains"),
    ("told", "She", "1.2 million people were out of reach of aid"),
    ("said", "Diplomats", "two permanent members were likely to abstain"),
]
NOT_REPORTS["envoy_ceasefire"] = ["The council is due to vote on a resolution next week."]
SPEAKERS["envoy_ceasefire"] = [("told", "She", "Marta Lindqvist", "1.2 million")]

ARTICLES["tavaria_refugees"] = """Refugee arrivals in Tavaria double

The number of refugees crossing into Tavaria has doubled in a month, according to the UN refugee agency, UNHCR.

Most arrive on foot.

A UNHCR spokesperson, Jonas Weber, said the agency had set up two new transit centres.

Local officials complained that they had received no extra funds.

The border crossing at Pelle is open 24 hours a day.
"""
GOLD["tavaria_refugees"] = [
    ("according", "the UN refugee agency, UNHCR", "The number of refugees crossing into Tavaria has doubled in a month"),
    ("said", "A UNHCR spokesperson, Jonas Weber", "the agency had set up two new transit centres"),
    ("complained", "Local officials", "they had received no extra funds"),
]
NOT_REPORTS["tavaria_refugees"] = ["Refugee arrivals in Tavaria double", "Most arrive on foot.", "The border crossing at Pelle is open 24 hours a day."]

ARTICLES["cyclone_ira"] = """Cyclone Ira makes landfall near Port Samu

Cyclone Ira made landfall near Port Samu early on Thursday with winds of 190 km/h.

The national disaster management authority said 400,000 people had been evacuated from coastal districts.

Power was cut across much of the coast.

The Red Crescent said its volunteers were handing out tarpaulins and water tablets.
"""
GOLD["cyclone_ira"] = [
    ("said", "The national disaster management authority", "400,000 people had been evacuated from coastal districts"),
    ("said", "The Red Crescent", "its volunteers were handing out tarpaulins and water tablets"),
]
NOT_REPORTS["cyclone_ira"] = ["Cyclone Ira makes landfall near Port Samu", "Cyclone Ira made landfall near Port Samu early on Thursday with winds of 190 km/h.", "Power was cut across much of the coast."]

ARTICLES["karsa_hospital"] = """Hospital in Karsa without power for six days, doctors say

Doctors at the Al-Noor hospital in Karsa said the building had been without power for six days.

"We are operating by torchlight," one surgeon, who asked not to be named for his safety, told Reuters by phone.

The military said fighters were using the hospital as a base.

Hospital staff denied that any fighters were inside.

About 300 patients remain in the building.
"""
GOLD["karsa_hospital"] = [
    ("said", "Doctors at the Al-Noor hospital in Karsa", "the building had been without power for six days"),
    ("told", "one surgeon, who asked not to be named for his safety", "We are operating by torchlight"),
    ("said", "The military", "fighters were using the hospital as a base"),
    ("denied", "Hospital staff", "any fighters were inside"),
]
NOT_REPORTS["karsa_hospital"] = ["About 300 patients remain in the building."]

ARTICLES["wajari_drought"] = """Herders lose cattle as drought deepens in Wajari

The charity Harvest Aid said that nearly half the cattle in Wajari county had died since the rains failed.

Fatuma, a mother of six in the village of Elde, said her family was eating one meal a day.

The county has had no significant rain since October.

Food prices in the county market have doubled.

County governor Ahmed Gure called the situation a national disaster.
"""
GOLD["wajari_drought"] = [
    ("said", "The charity Harvest Aid", "nearly half the cattle in Wajari county had died since the rains failed"),
    ("said", "Fatuma, a mother of six in the village of Elde", "her family was eating one meal a day"),
    ("called", "County governor Ahmed Gure", "the situation a national disaster"),
]
NOT_REPORTS["wajari_drought"] = ["Herders lose cattle as drought deepens in Wajari", "The county has had no significant rain since October.", "Food prices in the county market have doubled."]

ARTICLES["sefa_school"] = """Guided bomb hit Sefa school, investigation finds

An investigation by the human rights group Witness Line found that a guided bomb struck the Sefa primary school on 3 May.

Fragments photographed at the site match a bomb made by a European manufacturer, the group said.

Eleven children died in the strike.

The defence ministry has said it does not target civilian sites.
"""
GOLD["sefa_school"] = [
    ("found", "An investigation by the human rights group Witness Line", "a guided bomb struck the Sefa primary school on 3 May"),
    ("said", "the group", "Fragments photographed at the site match a bomb made by a European manufacturer"),
    ("said", "The defence ministry", "it does not target civilian sites"),
]
NOT_REPORTS["sefa_school"] = ["Eleven children died in the strike."]

ARTICLES["mountain_rescue"] = """Rescuers race to reach mountain villages

Helicopters dropped food and blankets to villages cut off by the quake.

"Many roads are simply gone," said Rana Haddad of the International Federation of Red Cross and Red Crescent Societies.

The interior minister told a news conference that 48 foreign rescue teams had arrived.

Temperatures fall below freezing at night.
"""
GOLD["mountain_rescue"] = [
    ("said", "Rana Haddad of the International Federation of Red Cross and Red Crescent Societies", "Many roads are simply gone"),
    ("told", "The interior minister", "48 foreign rescue teams had arrived"),
]
NOT_REPORTS["mountain_rescue"] = ["Rescuers race to reach mountain villages", "Helicopters dropped food and blankets to villages cut off by the quake.", "Temperatures fall below freezing at night."]

ARTICLES["missing_detainees"] = """Families search for men missing since the protests

Relatives of men detained during the protests say they have had no word of them for months.

Layla, whose husband was taken from their home in March, said officials at three prisons had told her he was not there.

A UN working group has registered more than 700 cases of enforced disappearance in the country.

Most of the missing are under 30.
"""
GOLD["missing_detainees"] = [
    ("say", "Relatives of men detained during the protests", "they have had no word of them for months"),
    ("said", "Layla, whose husband was taken from their home in March", "officials at three prisons had told her he was not there"),
]
NOT_REPORTS["missing_detainees"] = ["Families search for men missing since the protests", "A UN working group has registered more than 700 cases of enforced disappearance in the country.", "Most of the missing are under 30."]

ARTICLES["harun_convoy"] = """Aid convoy reaches besieged Harun

A convoy of 30 trucks carrying flour and medicine reached the besieged town of Harun on Saturday.

It was the first delivery since January, the UN children's agency UNICEF said.

Aid officials said the supplies would last about two weeks.

Residents have been surviving on boiled grass and lentils.

UNICEF's regional director, Paolo Serra, said in a statement: "This is a drop in the ocean."
"""
GOLD["harun_convoy"] = [
    ("said", "the UN children's agency UNICEF", "It was the first delivery since January"),
    ("said", "Aid officials", "the supplies would last about two weeks"),
    ("said", "UNICEF's regional director, Paolo Serra", "This is a drop in the ocean"),
]
NOT_REPORTS["harun_convoy"] = ["Aid convoy reaches besieged Harun", "A convoy of 30 trucks carrying flour and medicine reached the besieged town of Harun on Saturday.", "Residents have been surviving on boiled grass and lentils."]

ARTICLES["kalat_mines"] = """Landmine kills four children near Kalat

Four children were killed by a landmine while herding goats near Kalat, the local mine action centre said.

Deminers have cleared only a fifth of the contaminated land.

The centre estimated that 2,000 square kilometres were still mined.

Families returning to their villages are most at risk, it said.
"""
GOLD["kalat_mines"] = [
    ("said", "the local mine action centre", "Four children were killed by a landmine while herding goats near Kalat"),
    ("estimated", "The centre", "2,000 square kilometres were still mined"),
    ("said", "it", "Families returning to their villages are most at risk"),
]
NOT_REPORTS["kalat_mines"] = ["Landmine kills four children near Kalat", "Deminers have cleared only a fifth of the contaminated land."]

ARTICLES["morr_truce"] = """Truce near Morr broken within hours

Each side accused the other of breaking a ceasefire that took effect at midnight.

Government forces said rebels had shelled two villages near Morr at dawn.

A rebel commander, reached by telephone, said the army had fired first.

Neither account could be independently verified.

The truce was brokered by regional mediators.
"""
GOLD["morr_truce"] = [
    ("accused", "Each side", "the other of breaking a ceasefire that took effect at midnight"),
    ("said", "Government forces", "rebels had shelled two villages near Morr at dawn"),
    ("said", "A rebel commander, reached by telephone", "the army had fired first"),
]
NOT_REPORTS["morr_truce"] = ["Truce near Morr broken within hours", "Neither account could be independently verified.", "The truce was brokered by regional mediators."]

ARTICLES["camp_measles"] = """Measles spreads among displaced children

The World Health Organization said on Friday that measles had killed at least 90 children in displacement camps since June.

Vaccination rates in the camps are below 40 percent, according to the agency.

A vaccination campaign is planned for next month.

Dr Ines Moreau, a WHO epidemiologist, said that crowding and hunger made the disease more deadly.

She added that the campaign still lacked $3 million.
"""
GOLD["camp_measles"] = [
    ("said", "The World Health Organization", "measles had killed at least 90 children in displacement camps since June"),
    ("according", "the agency", "Vaccination rates in the camps are below 40 percent"),
    ("said", "Dr Ines Moreau, a WHO epidemiologist", "crowding and hunger made the disease more deadly"),
    ("added", "She", "the campaign still lacked $3 million"),
]
NOT_REPORTS["camp_measles"] = ["Measles spreads among displaced children", "A vaccination campaign is planned for next month."]
SPEAKERS["camp_measles"] = [("added", "She", "Ines Moreau", "the campaign")]

ARTICLES["soria_fires"] = """Wildfires drive thousands from Soria hills

Wildfires have burned more than 40,000 hectares in the Soria hills since Sunday.

The fire service said 3,500 people had been evacuated from nine villages.

Firefighter Tomás Rubio said the wind had made the fires impossible to contain.

Timeline

Sunday: first fire seen near Lezo
"""
GOLD["soria_fires"] = [
    ("said", "The fire service", "3,500 people had been evacuated from nine villages"),
    ("said", "Firefighter Tomás Rubio", "the wind had made the fires impossible to contain"),
]
NOT_REPORTS["soria_fires"] = ["Wildfires drive thousands from Soria hills", "Wildfires have burned more than 40,000 hectares in the Soria hills since Sunday.", "Timeline", "Sunday: first fire seen near Lezo"]

ARTICLES["derra_inquiry"] = """UN inquiry accuses both sides of war crimes in Derra

A UN commission of inquiry said in a report published on Wednesday that both sides had committed war crimes in the Derra valley.

The report was based on more than 400 interviews.

The government rejected the findings as biased.

Investigators said they had been denied access to the valley.
"""
GOLD["derra_inquiry"] = [
    ("said", "A UN commission of inquiry", "both sides had committed war crimes in the Derra valley"),
    ("rejected", "The government", "the findings as biased"),
    ("said", "Investigators", "they had been denied access to the valley"),
]
NOT_REPORTS["derra_inquiry"] = ["The report was based on more than 400 interviews."]

ARTICLES["sennar_port"] = """Strike on Sennar port halts grain deliveries

A strike on the port of Sennar on Tuesday halted grain deliveries to the north, the port authority said.

The toll has risen to 23, according to the latest figures from the health ministry.

Mohammed, who gave only his first name for fear of reprisals, said two of the cranes had been hit.

Ships were diverted to Rass, 200 km to the south.

"There is no flour left in the market," a baker in the town, Idris, said through an interpreter.
"""
GOLD["sennar_port"] = [
    ("said", "the port authority", "A strike on the port of Sennar on Tuesday halted grain deliveries to the north"),
    ("according", "the latest figures from the health ministry", "The toll has risen to 23"),
    ("said", "Mohammed, who gave only his first name for fear of reprisals", "two of the cranes had been hit"),
    ("said", "a baker in the town, Idris", "There is no flour left in the market"),
]
NOT_REPORTS["sennar_port"] = ["Strike on Sennar port halts grain deliveries", "Ships were diverted to Rass, 200 km to the south."]

ARTICLES["lodwa_camp"] = """Camp at Lodwa runs out of tents

"We have no more tents," said Grace Achieng, who runs the camp for the county. "People are sleeping under trees."

The county government said it had asked the national disaster fund for help.

An estimated 12,000 people live in the camp.

Camp map

Photo: Families queue for water at the camp in Lodwa
"""
GOLD["lodwa_camp"] = [
    ("said", "Grace Achieng, who runs the camp for the county", "We have no more tents"),
    ("said", "The county government", "it had asked the national disaster fund for help"),
]
NOT_REPORTS["lodwa_camp"] = ["Camp at Lodwa runs out of tents", "An estimated 12,000 people live in the camp.", "Camp map", "Photo: Families queue for water at the camp in Lodwa"]

ARTICLES["quake_schools"] = """Quake damaged 1,400 schools, UN says

OCHA said in its latest update that 1,400 schools had been damaged.

The UN estimates that 4 million people need aid.

Classes in the worst-hit provinces have been moved to tents.

Read more: How the quake unfolded

Donations can be made through the agency's website.
"""
GOLD["quake_schools"] = [
    ("said", "OCHA", "1,400 schools had been damaged"),
    ("estimates", "The UN", "4 million people need aid"),
]
NOT_REPORTS["quake_schools"] = ["Classes in the worst-hit provinces have been moved to tents.", "Read more: How the quake unfolded", "Donations can be made through the agency's website."]

ARTICLES["gara_hostages"] = """Aid workers kidnapped in Gara freed

Two aid workers kidnapped in the Gara region in March have been released, their employer, the charity Relief Partners, said on Thursday.

The men were flown to the capital for medical checks.

A local elder who helped negotiate their release told the BBC that no money had changed hands.

Kidnappings of aid workers have risen sharply in the region this year.
"""
GOLD["gara_hostages"] = [
    ("said", "their employer, the charity Relief Partners", "Two aid workers kidnapped in the Gara region in March have been released"),
    ("told", "A local elder who helped negotiate their release", "no money had changed hands"),
]
NOT_REPORTS["gara_hostages"] = ["Aid workers kidnapped in Gara freed", "The men were flown to the capital for medical checks.", "Kidnappings of aid workers have risen sharply in the region this year."]

# Written after the first count, to probe in other words the shapes it found beside the set: footage and photos
# posted online, and an outlet's own failed check.

ARTICLES["brava_footage"] = """Footage appears to show shelling of Brava bridge

Video shared online shows smoke rising from the Brava bridge after a series of blasts.

Photos posted online show two spans of the bridge in the river.

The Associated Press could not confirm when the images were taken.

The bridge was the last road link between the two banks.

The army said it had targeted a rebel supply line.
"""
GOLD["brava_footage"] = [
    ("shows", "Video shared online", "smoke rising from the Brava bridge after a series of blasts"),
    ("show", "Photos posted online", "two spans of the bridge in the river"),
    ("said", "The army", "it had targeted a rebel supply line"),
]
NOT_REPORTS["brava_footage"] = ["The Associated Press could not confirm when the images were taken.", "The bridge was the last road link between the two banks."]

ARTICLES["ostra_shelter"] = """Shelter hit in Ostra, officials say

A shelter for displaced families in Ostra was hit overnight, regional officials said.

Footage shared on social media shows rescuers carrying children from the rubble.

Reuters could not immediately confirm the number of casualties.

The shelter housed about 200 people, most of them women and children.

"We heard the whistle and then everything went dark," said Nadia, 41, whose two sons were injured.
"""
GOLD["ostra_shelter"] = [
    ("said", "regional officials", "A shelter for displaced families in Ostra was hit overnight"),
    ("shows", "Footage shared on social media", "rescuers carrying children from the rubble"),
    ("said", "Nadia, 41, whose two sons were injured", "We heard the whistle and then everything went dark"),
]
NOT_REPORTS["ostra_shelter"] = ["Reuters could not immediately confirm the number of casualties.", "The shelter housed about 200 people, most of them women and children."]
