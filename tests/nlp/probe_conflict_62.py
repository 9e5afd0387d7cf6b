# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-one short articles written for the sixty-second session's check of war and conflict reporting (helper
K): military briefings and statements ('the military said in a statement', 'the general vowed'), rebels' claims ('a
spokesman for the rebels claimed') and the line that they could not be verified, state media ('state media
reported'), casualty figures of ministries in held territory ('according to the health ministry in the rebel-held
territory'), anonymous officials ('a senior official, speaking on condition of anonymity, said'), mutual blame
('both sides accused each other of'), denials, witnesses and residents ('witnesses described', 'residents reported
hearing explosions'), footage ('footage appeared to show'), truce texts ('the ceasefire agreement stipulates'), an
international body's condemnation, intelligence assessments, nested claims ('X said Y had told it that Z'), wire
agencies named after their kind ('according to the state news agency KNA') and ranks ('Air Vice-Marshal').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, but a participle phrase set off
after the source's noun is left out of it, as PolNeAR's train set has it; one report holds a nested one): per article, (a word of the cue, the source, the first
content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (troop movements, maps,
casualty figures the writer gives, weapon and unit names, narrated strikes); (cue, source, speaker, the content's
first words) in ``SPEAKERS``. Every country, army, name, place, figure and sentence is made up. Read by
``test_probe_findings_62_conflict``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["briefing"] = """Veltrian army says it pushed back an assault near Korvash

The Veltrian military said in a statement on Sunday that its forces had repelled an attack by two enemy battalions north of Korvash.

"The enemy lost eleven armoured vehicles and withdrew to its starting lines," said Colonel Radek Haslo, a spokesman for the general staff.

Haslo added that Veltrian losses were "light" but gave no figures.

Korvash lies on the eastern bank of the Sabna river, about 40 kilometres from the border.

The town has changed hands twice since the spring.
"""
GOLD["briefing"] = [
    ("said", "The Veltrian military", "its forces had repelled an attack by two enemy battalions north of Korvash"),
    ("said", "Colonel Radek Haslo, a spokesman for the general staff", "The enemy lost eleven armoured vehicles and withdrew to its starting lines"),
    ("added", "Haslo", "Veltrian losses were \"light\""),
]
NOT_REPORTS["briefing"] = [
    "Korvash lies on the eastern bank of the Sabna river, about 40 kilometres from the border.",
    "The town has changed hands twice since the spring.",
]

ARTICLES["rebel_claim"] = """Rebels claim capture of hilltop base in Orsanna

A spokesman for the rebels claimed on Monday that fighters of the Orsanna Liberation Front had seized the Tal Meruk base after a night of fighting.

The claim could not be independently verified.

The government in Dervan made no comment on the base, but the interior ministry said clashes were continuing in the surrounding villages.

The base overlooks the main road between Dervan and the port of Siluk.

Government troops had held it since 2021.
"""
GOLD["rebel_claim"] = [
    ("claimed", "A spokesman for the rebels", "fighters of the Orsanna Liberation Front had seized the Tal Meruk base after a night of fighting"),
    ("said", "the interior ministry", "clashes were continuing in the surrounding villages"),
]
NOT_REPORTS["rebel_claim"] = [
    "The claim could not be independently verified.",
    "The base overlooks the main road between Dervan and the port of Siluk.",
    "Government troops had held it since 2021.",
]

ARTICLES["state_media"] = """State media reports strike on fuel depot

State media reported on Tuesday that a drone had struck a fuel depot on the outskirts of Amarvik, setting two tanks on fire.

The Kharzeni News Agency said firefighters had brought the blaze under control by the morning.

Local authorities urged residents to keep their windows closed because of the smoke.

Thick black smoke hung over the city's northern districts for most of the day.

The depot supplies diesel to the army's southern command.
"""
GOLD["state_media"] = [
    ("reported", "State media", "a drone had struck a fuel depot on the outskirts of Amarvik, setting two tanks on fire"),
    ("said", "The Kharzeni News Agency", "firefighters had brought the blaze under control by the morning"),
    ("urged", "Local authorities", "residents to keep their windows closed because of the smoke"),
]
NOT_REPORTS["state_media"] = [
    "Thick black smoke hung over the city's northern districts for most of the day.",
    "The depot supplies diesel to the army's southern command.",
]

ARTICLES["health_ministry"] = """Dozens killed in shelling of market, ministry says

At least 34 people were killed when shells hit a crowded market in Beyla on Wednesday, according to the health ministry in the rebel-held territory.

The ministry said 70 more people had been wounded, many of them women and children.

Dr. Soraya Mendel, who runs the town's only hospital, told reporters that the wards had run out of blood for transfusions.

Beyla has been under siege since February.

The market was the last one still open in the old town.
"""
GOLD["health_ministry"] = [
    ("according to", "the health ministry in the rebel-held territory", "At least 34 people were killed when shells hit a crowded market in Beyla on Wednesday"),
    ("said", "The ministry", "70 more people had been wounded, many of them women and children"),
    ("told", "Dr. Soraya Mendel, who runs the town's only hospital", "the wards had run out of blood for transfusions"),
]
NOT_REPORTS["health_ministry"] = [
    "Beyla has been under siege since February.",
    "The market was the last one still open in the old town.",
]

ARTICLES["anonymous"] = """Officials weigh sending more air defences to Tarnis

A senior defence official, speaking on condition of anonymity, said the ministry was preparing to move two more air-defence batteries to the Tarnis region.

The official said the decision would be announced after a meeting of the security council on Friday.

"We cannot leave the power stations exposed through the winter," the official said.

Another official, who was not authorised to speak publicly, said the batteries would come from reserve stocks.

Tarnis has been hit by missiles nine times this month.
"""
GOLD["anonymous"] = [
    ("said", "A senior defence official", "the ministry was preparing to move two more air-defence batteries to the Tarnis region"),
    ("said", "The official", "the decision would be announced after a meeting of the security council on Friday"),
    ("said", "the official", "We cannot leave the power stations exposed through the winter"),
    ("said", "Another official, who was not authorised to speak publicly", "the batteries would come from reserve stocks"),
]
NOT_REPORTS["anonymous"] = ["Tarnis has been hit by missiles nine times this month."]

ARTICLES["mutual_blame"] = """Truce frays as both sides trade blame

Both sides accused each other of violating the truce after a night of artillery fire along the Ostrel line.

The Dalmori defence ministry said enemy gunners had fired more than 200 shells at its positions near the village of Hrast.

The Pelvanian army denied firing first and said its units had only answered fire from across the river.

The truce took effect at midnight on March 3.

The Ostrel line runs for about 90 kilometres through marsh and farmland.
"""
GOLD["mutual_blame"] = [
    ("accused", "Both sides", "each other of violating the truce after a night of artillery fire along the Ostrel line"),
    ("said", "The Dalmori defence ministry", "enemy gunners had fired more than 200 shells at its positions near the village of Hrast"),
    ("denied", "The Pelvanian army", "firing first"),
]
NOT_REPORTS["mutual_blame"] = [
    "The truce took effect at midnight on March 3.",
    "The Ostrel line runs for about 90 kilometres through marsh and farmland.",
]

ARTICLES["army_denies"] = """Army denies its troops fired on convoy

The army denied on Thursday that its soldiers had fired on an aid convoy near Mirel, blaming an armed group active in the area.

"Our units were not within ten kilometres of that road," said Major Ilse Varga, the army's press officer.

The aid group Open Hands said two of its drivers had been wounded in the attack.

The convoy was carrying flour and medicine to camps for displaced people.

It was the third attack on aid trucks on the road since January.
"""
GOLD["army_denies"] = [
    ("denied", "The army", "its soldiers had fired on an aid convoy near Mirel"),
    ("said", "Major Ilse Varga, the army's press officer", "Our units were not within ten kilometres of that road"),
    ("said", "The aid group Open Hands", "two of its drivers had been wounded in the attack"),
]
NOT_REPORTS["army_denies"] = [
    "The convoy was carrying flour and medicine to camps for displaced people.",
    "It was the third attack on aid trucks on the road since January.",
]

ARTICLES["witnesses"] = """Witnesses describe tanks entering border town

Witnesses described seeing a column of tanks enter Gravno before dawn on Saturday.

A shopkeeper who gave only his first name, Pavel, said the soldiers had set up checkpoints at the two bridges.

Residents reported hearing explosions near the railway station throughout the morning.

Gravno sits in a narrow valley where the highway crosses into Lusmark.

Most of its 9,000 people left during the fighting two years ago.
"""
GOLD["witnesses"] = [
    ("described", "Witnesses", "seeing a column of tanks enter Gravno before dawn on Saturday"),
    ("said", "A shopkeeper who gave only his first name, Pavel", "the soldiers had set up checkpoints at the two bridges"),
    ("reported", "Residents", "hearing explosions near the railway station throughout the morning"),
]
NOT_REPORTS["witnesses"] = [
    "Gravno sits in a narrow valley where the highway crosses into Lusmark.",
    "Most of its 9,000 people left during the fighting two years ago.",
]

ARTICLES["footage"] = """Video appears to show strike on bridge

Footage posted on social media appeared to show a missile hitting the Novak bridge over the Vera river on Sunday evening.

The Ministry of Defence said the bridge had been used to bring ammunition to the front.

A regional governor, Lidia Sarkany, wrote on her channel that no civilians had been hurt.

The bridge was the last crossing over the Vera still standing south of the capital.

Engineers had repaired it twice since the autumn.
"""
GOLD["footage"] = [
    ("show", "Footage posted on social media", "a missile hitting the Novak bridge over the Vera river on Sunday evening"),
    ("said", "The Ministry of Defence", "the bridge had been used to bring ammunition to the front"),
    ("wrote", "A regional governor, Lidia Sarkany", "no civilians had been hurt"),
]
NOT_REPORTS["footage"] = [
    "The bridge was the last crossing over the Vera still standing south of the capital.",
    "Engineers had repaired it twice since the autumn.",
]

ARTICLES["agreement"] = """What the Halvik ceasefire says

The ceasefire agreement stipulates that all heavy weapons be withdrawn at least 15 kilometres from the contact line within ten days.

Monitors from the Council of Southern Nations will patrol the buffer zone, the text says.

The agreement also provides for an exchange of all prisoners by the end of the month.

The buffer zone covers 14 villages and part of the coastal road.

Some 3,000 soldiers on each side are stationed along the line.
"""
GOLD["agreement"] = [
    ("stipulates", "The ceasefire agreement", "all heavy weapons be withdrawn at least 15 kilometres from the contact line within ten days"),
    ("says", "the text", "Monitors from the Council of Southern Nations will patrol the buffer zone"),
]
NOT_REPORTS["agreement"] = [
    "The buffer zone covers 14 villages and part of the coastal road.",
    "Some 3,000 soldiers on each side are stationed along the line.",
]

ARTICLES["condemned"] = """Regional body condemns strike on school

The Council of Southern Nations condemned the strike on a school in Ferrosa, calling it a grave breach of the laws of war.

In a statement, the council's secretary-general, Amadou Keltane, said those responsible must be brought to justice.

The Ferrosan foreign minister, Julia Brenn, welcomed the statement and called for an independent inquiry.

The school had been used as a shelter for about 300 displaced families.

Eight children were among the dead.
"""
GOLD["condemned"] = [
    ("condemned", "The Council of Southern Nations", "the strike on a school in Ferrosa"),
    ("said", "the council's secretary-general, Amadou Keltane", "those responsible must be brought to justice"),
    ("called for", "The Ferrosan foreign minister, Julia Brenn", "an independent inquiry"),
]
NOT_REPORTS["condemned"] = [
    "The school had been used as a shelter for about 300 displaced families.",
    "Eight children were among the dead.",
]

ARTICLES["intelligence"] = """Assessment says enemy is short of shells

An intelligence assessment released by the Lusmark defence ministry concluded that the enemy was firing fewer than half as many shells as in the summer.

The assessment said stocks of older rockets were likely to run out by the spring.

Analysts at the Brask Institute cautioned that the figures were hard to check.

The ministry publishes such assessments every two weeks.

Its last one was released on October 2.
"""
GOLD["intelligence"] = [
    ("concluded", "An intelligence assessment released by the Lusmark defence ministry", "the enemy was firing fewer than half as many shells as in the summer"),
    ("said", "The assessment", "stocks of older rockets were likely to run out by the spring"),
    ("cautioned", "Analysts at the Brask Institute", "the figures were hard to check"),
]
NOT_REPORTS["intelligence"] = [
    "The ministry publishes such assessments every two weeks.",
    "Its last one was released on October 2.",
]

ARTICLES["general_vows"] = """General vows to retake river port

General Tomas Orvane vowed on Friday to retake the river port of Selna before the end of the year.

"Selna will be ours again, whatever it costs," he told troops at a parade in the capital.

Orvane, who took command of the northern front in June, said new brigades were being trained abroad.

Selna fell to the enemy in a three-week battle last winter.

The port handled a fifth of the country's grain exports before the war.
"""
GOLD["general_vows"] = [
    ("vowed", "General Tomas Orvane", "to retake the river port of Selna before the end of the year"),
    ("told", "he", "Selna will be ours again, whatever it costs"),
    ("said", "Orvane, who took command of the northern front in June", "new brigades were being trained abroad"),
]
NOT_REPORTS["general_vows"] = [
    "Selna fell to the enemy in a three-week battle last winter.",
    "The port handled a fifth of the country's grain exports before the war.",
]
SPEAKERS["general_vows"] = [("told", "he", "Tomas Orvane", "Selna will")]

ARTICLES["nested"] = """Ministry says captured officer revealed attack plans

The Veltrian defence ministry said a captured enemy officer had told its interrogators that a new offensive was planned for May.

The ministry did not say where the officer had been captured.

Colonel Haslo later said the officer had also named the units taking part.

The Veltrian army holds about 400 prisoners of war.

Most are kept at a camp near Brodek.
"""
GOLD["nested"] = [
    ("said", "The Veltrian defence ministry", "a captured enemy officer had told its interrogators that a new offensive was planned for May"),
    ("said", "Colonel Haslo", "the officer had also named the units taking part"),
]
NOT_REPORTS["nested"] = [
    "The Veltrian army holds about 400 prisoners of war.",
    "Most are kept at a camp near Brodek.",
]

ARTICLES["casualties"] = """Fighting in Ostrel valley leaves dozens dead

Fierce fighting raged for a fourth day in the Ostrel valley on Tuesday.

At least 48 soldiers and 12 civilians have been killed since Saturday.

Artillery and rocket fire hit the villages of Hrast, Dobla and Ilovo.

The Dalmori army's 3rd Mechanised Brigade moved two battalions to the valley overnight.

A Dalmori commander, Lieutenant Colonel Vesna Prah, said her troops were holding the high ground above Dobla.

She said the enemy had lost "at least three tanks" in the past day.
"""
GOLD["casualties"] = [
    ("said", "A Dalmori commander, Lieutenant Colonel Vesna Prah", "her troops were holding the high ground above Dobla"),
    ("said", "She", "the enemy had lost \"at least three tanks\" in the past day"),
]
NOT_REPORTS["casualties"] = [
    "Fierce fighting raged for a fourth day in the Ostrel valley on Tuesday.",
    "At least 48 soldiers and 12 civilians have been killed since Saturday.",
    "Artillery and rocket fire hit the villages of Hrast, Dobla and Ilovo.",
    "The Dalmori army's 3rd Mechanised Brigade moved two battalions to the valley overnight.",
]
SPEAKERS["casualties"] = [("said", "She", "Vesna Prah", "the enemy")]

ARTICLES["weapons"] = """New rocket systems arrive at the front

The first Kestrel-9 rocket launchers reached Veltrian units in the south this week.

Each launcher carries twelve guided rockets with a range of 80 kilometres.

The systems were assigned to the 14th Artillery Regiment and the 2nd Marine Brigade.

Major General Anja Rusk, who commands the southern group, said the launchers would let her gunners hit depots far behind the line.

"This changes the arithmetic of the front," she told reporters.
"""
GOLD["weapons"] = [
    ("said", "Major General Anja Rusk, who commands the southern group", "the launchers would let her gunners hit depots far behind the line"),
    ("told", "she", "This changes the arithmetic of the front"),
]
NOT_REPORTS["weapons"] = [
    "The first Kestrel-9 rocket launchers reached Veltrian units in the south this week.",
    "Each launcher carries twelve guided rockets with a range of 80 kilometres.",
    "The systems were assigned to the 14th Artillery Regiment and the 2nd Marine Brigade.",
]
SPEAKERS["weapons"] = [("told", "she", "Anja Rusk", "This changes")]

ARTICLES["map"] = """Where the front line runs now

The front now runs in an arc from the Sabna river in the north to the salt lakes near Oradin.

Veltrian forces hold the western bank of the Sabna and the ridge above Korvash.

Enemy troops control the railway junction at Mesk and most of the coastal plain.

A narrow corridor links the besieged town of Beyla to the rest of rebel-held territory.

Military analyst Kaspar Lind said the arc had barely moved since the summer.

He expects both armies to dig in for the winter.
"""
GOLD["map"] = [
    ("said", "Military analyst Kaspar Lind", "the arc had barely moved since the summer"),
    ("expects", "He", "both armies to dig in for the winter"),
]
NOT_REPORTS["map"] = [
    "The front now runs in an arc from the Sabna river in the north to the salt lakes near Oradin.",
    "Veltrian forces hold the western bank of the Sabna and the ridge above Korvash.",
    "Enemy troops control the railway junction at Mesk and most of the coastal plain.",
    "A narrow corridor links the besieged town of Beyla to the rest of rebel-held territory.",
]
SPEAKERS["map"] = [("expects", "He", "Kaspar Lind", "both armies")]

ARTICLES["strikes"] = """Night of strikes hits power grid

Missiles and drones struck power stations in five regions overnight.

A thermal plant near Amarvik was hit at least four times.

Explosions shook the capital shortly after 3 a.m.

The energy ministry said 600,000 homes had been left without electricity.

Grid operator Voltanet said repairs would take at least a week.

Air-raid sirens sounded across the country for nearly five hours.
"""
GOLD["strikes"] = [
    ("said", "The energy ministry", "600,000 homes had been left without electricity"),
    ("said", "Grid operator Voltanet", "repairs would take at least a week"),
]
NOT_REPORTS["strikes"] = [
    "Missiles and drones struck power stations in five regions overnight.",
    "A thermal plant near Amarvik was hit at least four times.",
    "Explosions shook the capital shortly after 3 a.m.",
    "Air-raid sirens sounded across the country for nearly five hours.",
]

ARTICLES["units"] = """Elite brigade moved to the north

The 5th Airborne Brigade, one of the army's best-equipped units, has been moved from the south to the northern front.

The brigade fought at Selna and at the Mesk junction last year.

Its three battalions travelled by rail over two nights.

A brigade officer said morale was high despite heavy losses in the spring.

The move was first reported by the newspaper Dervan Today.
"""
GOLD["units"] = [
    ("said", "A brigade officer", "morale was high despite heavy losses in the spring"),
]
NOT_REPORTS["units"] = [
    "The brigade fought at Selna and at the Mesk junction last year.",
    "Its three battalions travelled by rail over two nights.",
]

ARTICLES["prisoners"] = """Prisoner exchange brings home 120 soldiers

Lusmark and Pelvania exchanged 240 prisoners of war on Saturday at a crossing near Tarvo.

The Lusmark ombudsman for human rights, Erika Soll, said many of the returning soldiers showed signs of mistreatment.

The Pelvanian side insisted that all prisoners had been treated in line with the Geneva Conventions.

Families waited at the crossing for hours with flags and photographs.

It was the seventh exchange since the war began.
"""
GOLD["prisoners"] = [
    ("said", "The Lusmark ombudsman for human rights, Erika Soll", "many of the returning soldiers showed signs of mistreatment"),
    ("insisted", "The Pelvanian side", "all prisoners had been treated in line with the Geneva Conventions"),
]
NOT_REPORTS["prisoners"] = [
    "Lusmark and Pelvania exchanged 240 prisoners of war on Saturday at a crossing near Tarvo.",
    "Families waited at the crossing for hours with flags and photographs.",
    "It was the seventh exchange since the war began.",
]

ARTICLES["drone_downed"] = """Air force says it downed 30 drones overnight

The air force said on Monday that air defences had shot down 30 of 34 drones launched overnight.

Debris from one drone fell on a block of flats in Tarnis, regional officials said.

"Two people were slightly hurt by broken glass," the regional administration said in a post on its channel.

The drones were launched from the occupied coast, according to the air force.

Most were shot down over the sea.
"""
GOLD["drone_downed"] = [
    ("said", "The air force", "air defences had shot down 30 of 34 drones launched overnight"),
    ("said", "regional officials", "Debris from one drone fell on a block of flats in Tarnis"),
    ("said", "the regional administration", "Two people were slightly hurt by broken glass"),
    ("according to", "the air force", "The drones were launched from the occupied coast"),
]
NOT_REPORTS["drone_downed"] = ["Most were shot down over the sea."]

ARTICLES["peace_talks"] = """Envoy sees no quick end to the war

The Council of Southern Nations' envoy, Marguerite Osei, warned on Thursday that peace talks could take years.

Osei said both governments had agreed to meet again in Halvik next month.

"Neither side believes it can lose, and that is the problem," she said.

The Dalmori president, Andrej Kolar, rejected any deal that would leave troops on Dalmori soil.

The talks began in January.
"""
GOLD["peace_talks"] = [
    ("warned", "The Council of Southern Nations' envoy, Marguerite Osei", "peace talks could take years"),
    ("said", "Osei", "both governments had agreed to meet again in Halvik next month"),
    ("said", "she", "Neither side believes it can lose, and that is the problem"),
    ("rejected", "The Dalmori president, Andrej Kolar", "any deal that would leave troops on Dalmori soil"),
]
NOT_REPORTS["peace_talks"] = ["The talks began in January."]
SPEAKERS["peace_talks"] = [("said", "she", "Marguerite Osei", "Neither side")]

ARTICLES["refugees"] = """Thousands flee as fighting nears Oradin

Thousands of people fled Oradin on Wednesday as fighting moved closer to the city.

Long queues of cars formed on the road west towards the salt lakes.

The UN-backed relief office said at least 18,000 people had crossed into Lusmark in two days.

"We left with what we could carry," said Mira Talvo, a teacher travelling with her two sons.

Aid workers said the camps near the border were already full.
"""
GOLD["refugees"] = [
    ("said", "The UN-backed relief office", "at least 18,000 people had crossed into Lusmark in two days"),
    ("said", "Mira Talvo, a teacher travelling with her two sons", "We left with what we could carry"),
    ("said", "Aid workers", "the camps near the border were already full"),
]
NOT_REPORTS["refugees"] = [
    "Thousands of people fled Oradin on Wednesday as fighting moved closer to the city.",
    "Long queues of cars formed on the road west towards the salt lakes.",
]

ARTICLES["mercenaries"] = """Government says foreign fighters joined rebels

The Orsannan government said on Sunday that hundreds of foreign fighters had crossed the border to join the rebels.

Interior Minister Farid Oulen told parliament the fighters had been paid by "a neighbouring state".

The rebels dismissed the claim as propaganda.

The border with Kessar runs through mountains that are hard to patrol.

Orsanna closed three crossings in August.
"""
GOLD["mercenaries"] = [
    ("said", "The Orsannan government", "hundreds of foreign fighters had crossed the border to join the rebels"),
    ("told", "Interior Minister Farid Oulen", "the fighters had been paid by \"a neighbouring state\""),
    ("dismissed", "The rebels", "the claim as propaganda"),
]
NOT_REPORTS["mercenaries"] = [
    "The border with Kessar runs through mountains that are hard to patrol.",
    "Orsanna closed three crossings in August.",
]

ARTICLES["mines"] = """Farmers return to fields sown with mines

Farmers in the Tessar district have begun clearing their fields of mines themselves.

"We cannot wait five years for the army's engineers," said Oleg Varn, who grows sunflowers near the old front line.

Demining experts warned that untrained clearance was causing many of the injuries.

About a third of the district's farmland is thought to be mined.

The front passed through Tessar in the first year of the war.
"""
GOLD["mines"] = [
    ("said", "Oleg Varn, who grows sunflowers near the old front line", "We cannot wait five years for the army's engineers"),
    ("warned", "Demining experts", "untrained clearance was causing many of the injuries"),
]
NOT_REPORTS["mines"] = [
    "Farmers in the Tessar district have begun clearing their fields of mines themselves.",
    "The front passed through Tessar in the first year of the war.",
]

ARTICLES["wire_agency"] = """Kharzeni president orders inquiry into depot blast

According to the state news agency KNA, President Ilya Voronel ordered an inquiry into the blast at the Amarvik depot on Wednesday.

The agency said the inquiry would be led by the chief military prosecutor.

The rebel outlet Sawt said in a post that its fighters had carried out the attack with long-range drones.

Kharzeni officials have not commented on the claim.

The depot was rebuilt after a fire in 2019.
"""
GOLD["wire_agency"] = [
    ("According to", "the state news agency KNA", "President Ilya Voronel ordered an inquiry into the blast at the Amarvik depot on Wednesday"),
    ("said", "The agency", "the inquiry would be led by the chief military prosecutor"),
    ("said", "The rebel outlet Sawt", "its fighters had carried out the attack with long-range drones"),
]
NOT_REPORTS["wire_agency"] = ["The depot was rebuilt after a fire in 2019."]

ARTICLES["press_service"] = """Air defences down drones over the coast

The army's press service said 14 drones had been destroyed over the coast overnight.

The broadcaster Velpress reported that debris had damaged a warehouse in the port of Siluk.

According to the newspaper Siluk Daily, the warehouse was used to store grain.

The coast has been attacked almost every night since the summer.

Siluk is the country's third-largest port.
"""
GOLD["press_service"] = [
    ("said", "The army's press service", "14 drones had been destroyed over the coast overnight"),
    ("reported", "The broadcaster Velpress", "debris had damaged a warehouse in the port of Siluk"),
    ("According to", "the newspaper Siluk Daily", "the warehouse was used to store grain"),
]
NOT_REPORTS["press_service"] = [
    "The coast has been attacked almost every night since the summer.",
    "Siluk is the country's third-largest port.",
]

ARTICLES["survivors"] = """Survivors recount the night the dam was hit

Survivors recalled seeing the water rise above the rooftops within minutes.

"We climbed onto the church roof and waited until morning," said Natalia Brusk, 61.

Villagers described hearing a series of blasts shortly before the dam gave way.

The Dalmori government blamed enemy saboteurs for the collapse.

The dam held back a reservoir of about 200 million cubic metres.

Four villages downstream were flooded.
"""
GOLD["survivors"] = [
    ("recalled", "Survivors", "seeing the water rise above the rooftops within minutes"),
    ("said", "Natalia Brusk, 61", "We climbed onto the church roof and waited until morning"),
    ("described", "Villagers", "hearing a series of blasts shortly before the dam gave way"),
    ("blamed", "The Dalmori government", "enemy saboteurs for the collapse"),
]
NOT_REPORTS["survivors"] = [
    "The dam held back a reservoir of about 200 million cubic metres.",
    "Four villages downstream were flooded.",
]

ARTICLES["relayed_claims"] = """Rebels say captured pilot confirmed air strikes

A rebel commander said a captured air force pilot had told his men that the strikes on Beyla had been ordered from the capital.

The Orsannan air force said the pilot's account had been given under duress.

A spokesman for the rebels, Yusuf Darrak, told reporters by telephone that the pilot was being treated well.

The pilot's jet came down near the village of Kerma on Monday.

It was the second aircraft lost over rebel-held territory this year.
"""
GOLD["relayed_claims"] = [
    ("said", "A rebel commander", "a captured air force pilot had told his men that the strikes on Beyla had been ordered from the capital"),
    ("said", "The Orsannan air force", "the pilot's account had been given under duress"),
    ("told", "A spokesman for the rebels, Yusuf Darrak", "the pilot was being treated well"),
]
NOT_REPORTS["relayed_claims"] = [
    "The pilot's jet came down near the village of Kerma on Monday.",
    "It was the second aircraft lost over rebel-held territory this year.",
]

ARTICLES["air_war"] = """Air force chief says jets will fly again within weeks

Air Vice-Marshal Lena Ostrova said on Tuesday that the grounded fighter squadron at Brodek would be back in the air within three weeks.

She said engineers had found the fault in the jets' fuel pumps.

Two of the squadron's twelve jets were lost in accidents last month.

The base lies 30 kilometres behind the front.
"""
GOLD["air_war"] = [
    ("said", "Air Vice-Marshal Lena Ostrova", "the grounded fighter squadron at Brodek would be back in the air within three weeks"),
    ("said", "She", "engineers had found the fault in the jets' fuel pumps"),
]
NOT_REPORTS["air_war"] = [
    "Two of the squadron's twelve jets were lost in accidents last month.",
    "The base lies 30 kilometres behind the front.",
]
SPEAKERS["air_war"] = [("said", "She", "Lena Ostrova", "engineers")]

ARTICLES["parade"] = """Veterans march as the old commander warns of a long war

Some 4,000 veterans marched through the centre of Dervan on Sunday to mark the end of the last war.

Field Marshal Oskar Brenn, who led the army in that war, told the crowd that the country had to prepare for years of fighting.

"Nobody should expect this to be over by the spring," he said.

Tanks and rocket launchers were kept out of this year's parade.
"""
GOLD["parade"] = [
    ("told", "Field Marshal Oskar Brenn, who led the army in that war", "the country had to prepare for years of fighting"),
    ("said", "he", "Nobody should expect this to be over by the spring"),
]
NOT_REPORTS["parade"] = [
    "Some 4,000 veterans marched through the centre of Dervan on Sunday to mark the end of the last war.",
    "Tanks and rocket launchers were kept out of this year's parade.",
]
SPEAKERS["parade"] = [("said", "he", "Oskar Brenn", "Nobody")]
