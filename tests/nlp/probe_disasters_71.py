# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-three short articles (the last three written after probing beside the first thirty) for the seventy-first
pass's check of disaster and emergency news (helper C): quakes, floods, wildfires, storms, landslides, a volcano, a
tornado, a tsunami, a typhoon and a blizzard. Agencies as sources ('the geological survey said the quake struck at
a depth of X', 'the weather service warned that X', 'Forecasters expect X to Y', 'An evacuation order issued by X says
Y'), rescuers and survivors ('"We heard voices under the rubble," said one
rescuer'), officials giving tolls ('X were killed, the governor said', 'Authorities put the toll at X'), alerts
('The alert, sent to phones across the valley, urged residents to X'), insurers' and scientists' estimates
('Modelling by X suggests Y', 'X estimated the cost at Y'), updates over a day ('By evening, officials said X'),
live-blog lines with times ('14:05 The mayor says X'), aid agencies appealing, residents' posts ('wrote on Facebook
that X') and traps that report nothing (sirens sounded, a river burst its banks, a road was closed, 'the fire was 40%
contained', 'A red warning is in place', 'appealed for $12m', 'raised the alert level').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, body and sentence is made up. Read by ``test_probe_findings_71_disasters``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["quake_depth"] = """Strong quake shakes Varenna coast

The Meridian Geological Survey said the quake struck at a depth of 11km off the coast of Varenna shortly after 3am.

Sirens sounded across the port city minutes later.

By evening, officials said 14 people had died and more than 200 were injured.

Ferries to the islands were suspended.
"""
GOLD["quake_depth"] = [
    ("said", "The Meridian Geological Survey", "the quake struck at a depth of 11km off the coast of Varenna shortly after 3am"),
    ("said", "officials", "14 people had died and more than 200 were injured"),
]
NOT_REPORTS["quake_depth"] = ["Sirens sounded across the port city minutes later.", "Ferries to the islands were suspended."]

ARTICLES["storm_bryn"] = """Storm Bryn to bring gales to the west

The national weather service warned that gusts could reach 80mph on exposed coasts on Friday.

A red warning is in place for the Harlan peninsula from 9am until 6pm.

Forecasters expect the storm to weaken as it crosses the mountains.

Schools in Harlan will be shut on Friday.
"""
GOLD["storm_bryn"] = [
    ("warned", "The national weather service", "gusts could reach 80mph on exposed coasts on Friday"),
    ("expect", "Forecasters", "the storm to weaken as it crosses the mountains"),
]
NOT_REPORTS["storm_bryn"] = ["A red warning is in place for the Harlan peninsula from 9am until 6pm.", "Schools in Harlan will be shut on Friday."]

ARTICLES["tallow_fire"] = """Residents told to leave as Tallow Creek fire grows

An evacuation order issued by the county sheriff on Tuesday says all residents north of Pine Ridge Road must leave immediately.

The fire was 40% contained on Wednesday morning.

Fire officials said the blaze had burned 12,000 acres since Sunday.

Highway 9 was closed between Alder and Cole.
"""
GOLD["tallow_fire"] = [
    ("says", "An evacuation order issued by the county sheriff on Tuesday", "all residents north of Pine Ridge Road must leave immediately"),
    ("said", "Fire officials", "the blaze had burned 12,000 acres since Sunday"),
]
NOT_REPORTS["tallow_fire"] = ["The fire was 40% contained on Wednesday morning.", "Highway 9 was closed between Alder and Cole."]

ARTICLES["osmara_rubble"] = """Rescuers dig through the night in Osmara

"We heard voices under the rubble," said one rescuer, a volunteer from the nearby town of Kelt.

Diggers arrived from the capital at dawn.

The rescuer said his team had pulled a girl of seven from the ruins alive.

Two apartment blocks collapsed in the Yeni district.
"""
GOLD["osmara_rubble"] = [
    ("said", "one rescuer, a volunteer from the nearby town of Kelt", "We heard voices under the rubble"),
    ("said", "The rescuer", "his team had pulled a girl of seven from the ruins alive"),
]
NOT_REPORTS["osmara_rubble"] = ["Diggers arrived from the capital at dawn.", "Two apartment blocks collapsed in the Yeni district."]

ARTICLES["lorrent_floods"] = """Floods kill 19 in Lorrent province

Nineteen people were killed in floods across the south of the province overnight, the governor of Lorrent province said on Monday.

The Sava river burst its banks at Dulj and Mirna after four days of rain.

The governor, Ana Petrov, said 3,000 homes had been flooded.

Authorities put the number of missing at 26.
"""
GOLD["lorrent_floods"] = [
    ("said", "the governor of Lorrent province", "Nineteen people were killed in floods across the south of the province overnight"),
    ("said", "The governor, Ana Petrov", "3,000 homes had been flooded"),
    ("put", "Authorities", "the number of missing at 26"),
]
NOT_REPORTS["lorrent_floods"] = ["The Sava river burst its banks at Dulj and Mirna after four days of rain."]
SPEAKERS["lorrent_floods"] = [("said", "The governor, Ana Petrov", "Ana Petrov", "3,000")]

ARTICLES["keswin_alert"] = """Flash flood alert for Keswin valley

The alert, sent to phones across the valley at 4pm, urged residents to move to higher ground.

The Keswin river rose by three metres in two hours.

Police said a man had been swept away while trying to cross a ford near Bray.

Roads into the valley were closed.
"""
GOLD["keswin_alert"] = [
    ("urged", "The alert, sent to phones across the valley at 4pm", "residents to move to higher ground"),
    ("said", "Police", "a man had been swept away while trying to cross a ford near Bray"),
]
NOT_REPORTS["keswin_alert"] = ["The Keswin river rose by three metres in two hours.", "Roads into the valley were closed."]

ARTICLES["dana_losses"] = """Insurers count the cost of Storm Dana

Modelling by the risk firm Caldera Analytics suggests insured losses from Storm Dana could reach $4bn.

The storm tore roofs from thousands of homes along the coast.

The insurer Harbour Mutual said it had received 18,000 claims in three days.

Claims can be made online or by phone.
"""
GOLD["dana_losses"] = [
    ("suggests", "Modelling by the risk firm Caldera Analytics", "insured losses from Storm Dana could reach $4bn"),
    ("said", "The insurer Harbour Mutual", "it had received 18,000 claims in three days"),
]
NOT_REPORTS["dana_losses"] = ["The storm tore roofs from thousands of homes along the coast.", "Claims can be made online or by phone."]

ARTICLES["marlby_live"] = """Flooding in Marlby: live updates

14:05 The mayor says the water has reached the steps of the town hall.

14:20 Two more streets have been evacuated near the station.

14:32 The Environment Agency has told residents of Church Lane that the defences there may be overtopped.

14:45 A rest centre has opened at Marlby Leisure Centre.
"""
GOLD["marlby_live"] = [
    ("says", "The mayor", "the water has reached the steps of the town hall"),
    ("told", "The Environment Agency", "the defences there may be overtopped"),
]
NOT_REPORTS["marlby_live"] = ["14:20 Two more streets have been evacuated near the station.", "14:45 A rest centre has opened at Marlby Leisure Centre."]

ARTICLES["tarra_appeal"] = """Charities ask for help after cyclone

The Red Cross appealed for $12m to help 60,000 people on the Tarra islands.

The charity's head of operations, Lina Baptiste, said clean water was the most urgent need.

The cyclone destroyed most of the islands' fishing fleet.

Save the Children urged donors to give quickly.
"""
GOLD["tarra_appeal"] = [
    ("said", "The charity's head of operations, Lina Baptiste", "clean water was the most urgent need"),
    ("urged", "Save the Children", "donors to give quickly"),
]
NOT_REPORTS["tarra_appeal"] = ["The Red Cross appealed for $12m to help 60,000 people on the Tarra islands.", "The cyclone destroyed most of the islands' fishing fleet."]
SPEAKERS["tarra_appeal"] = [("said", "The charity's head of operations, Lina Baptiste", "Lina Baptiste", "clean water")]

ARTICLES["wend_posts"] = """Residents share scenes as the Wend rises

One resident, Callum Reid, wrote on Facebook that the water had come through his front door in minutes.

"Our whole street is a river," another resident wrote on X.

The River Wend peaked at 5.2 metres on Sunday night.

Sandbags were handed out at the fire station.
"""
GOLD["wend_posts"] = [
    ("wrote", "One resident, Callum Reid", "the water had come through his front door in minutes"),
    ("wrote", "another resident", "Our whole street is a river"),
]
NOT_REPORTS["wend_posts"] = ["The River Wend peaked at 5.2 metres on Sunday night.", "Sandbags were handed out at the fire station."]
SPEAKERS["wend_posts"] = [("wrote", "One resident, Callum Reid", "Callum Reid", "the water")]

ARTICLES["smoke_north"] = """Wildfire smoke spreads across the north

Scientists at the Northern Atmospheric Institute estimate that the fires have released 40 million tonnes of carbon this summer.

Smoke reached the capital on Thursday.

Health officials advised people with asthma to stay indoors.
"""
GOLD["smoke_north"] = [
    ("estimate", "Scientists at the Northern Atmospheric Institute", "the fires have released 40 million tonnes of carbon this summer"),
    ("advised", "Health officials", "people with asthma to stay indoors"),
]
NOT_REPORTS["smoke_north"] = ["Smoke reached the capital on Thursday."]

ARTICLES["ellery_tornado"] = """Tornado hits Ellery

The National Weather Service confirmed that a tornado touched down near Ellery on Monday evening.

Sirens sounded about ten minutes before it struck.

Witnesses described a roar like a freight train.

Forty homes were destroyed.
"""
GOLD["ellery_tornado"] = [
    ("confirmed", "The National Weather Service", "a tornado touched down near Ellery on Monday evening"),
    ("described", "Witnesses", "a roar like a freight train"),
]
NOT_REPORTS["ellery_tornado"] = ["Sirens sounded about ten minutes before it struck.", "Forty homes were destroyed."]

ARTICLES["ribas_rooftop"] = """Survivor tells of a night on a rooftop

Maria Santos, 67, said she had clung to a chimney for six hours as the water rose.

A helicopter crew lifted her to safety at dawn.

"I thought I would not see my grandchildren again," she said.

The village of Ribas was cut off for two days.
"""
GOLD["ribas_rooftop"] = [
    ("said", "Maria Santos, 67", "she had clung to a chimney for six hours as the water rose"),
    ("said", "she", "I thought I would not see my grandchildren again"),
]
NOT_REPORTS["ribas_rooftop"] = ["A helicopter crew lifted her to safety at dawn.", "The village of Ribas was cut off for two days."]
SPEAKERS["ribas_rooftop"] = [("said", "she", "Maria Santos", "I thought")]

ARTICLES["coldwell_dam"] = """Fears for the dam above Coldwell

Engineers warned the dam could fail if the rain did not ease.

About 2,000 people live in the valley below.

The water company said it was pumping water out of the reservoir to ease the pressure.

Police closed the road across the dam.
"""
GOLD["coldwell_dam"] = [
    ("warned", "Engineers", "the dam could fail if the rain did not ease"),
    ("said", "The water company", "it was pumping water out of the reservoir to ease the pressure"),
]
NOT_REPORTS["coldwell_dam"] = ["About 2,000 people live in the valley below.", "Police closed the road across the dam."]

ARTICLES["eastlink_power"] = """Storm leaves 200,000 homes without power

The storm left 200,000 homes without electricity, according to the grid operator Eastlink.

A spokesman for Eastlink, Ravi Shah, told reporters that most customers would be reconnected by Wednesday.

Falling trees brought down lines across three counties.
"""
GOLD["eastlink_power"] = [
    ("according", "the grid operator Eastlink", "The storm left 200,000 homes without electricity"),
    ("told", "A spokesman for Eastlink, Ravi Shah", "most customers would be reconnected by Wednesday"),
]
NOT_REPORTS["eastlink_power"] = ["Falling trees brought down lines across three counties."]
SPEAKERS["eastlink_power"] = [("told", "A spokesman for Eastlink, Ravi Shah", "Ravi Shah", "most customers")]

ARTICLES["sarro_volcano"] = """Alert raised at Monte Sarro

Authorities raised the alert level for Monte Sarro to orange on Saturday.

The observatory said ash had fallen on two villages on the eastern slopes.

Scientists fear a larger eruption within weeks.

Flights to Sarro airport were cancelled.
"""
GOLD["sarro_volcano"] = [
    ("said", "The observatory", "ash had fallen on two villages on the eastern slopes"),
    ("fear", "Scientists", "a larger eruption within weeks"),
]
NOT_REPORTS["sarro_volcano"] = ["Authorities raised the alert level for Monte Sarro to orange on Saturday.", "Flights to Sarro airport were cancelled."]

ARTICLES["morava_minister"] = """Minister defends flood response

Asked whether the warning had come too late, the interior minister said the alerts had gone out as soon as the data allowed.

Opposition leader Karel Novak accused the government of ignoring years of warnings about the river.

The floods killed 11 people in the Morava basin last week.
"""
GOLD["morava_minister"] = [
    ("said", "the interior minister", "the alerts had gone out as soon as the data allowed"),
    ("accused", "Opposition leader Karel Novak", "the government of ignoring years of warnings about the river"),
]
NOT_REPORTS["morava_minister"] = ["The floods killed 11 people in the Morava basin last week."]

ARTICLES["perra_landslide"] = """Landslide toll in Perra rises to 31

The toll from Saturday's landslide in the hill town of Perra has risen to 31, the regional civil protection agency said on Sunday.

Heavy rain fell again overnight.

The prime minister wrote on social media that the nation was grieving with the families.

"The ground is still moving, so we have to be careful," said Dario Conti, who leads one of the search teams.
"""
GOLD["perra_landslide"] = [
    ("said", "the regional civil protection agency", "The toll from Saturday's landslide in the hill town of Perra has risen to 31"),
    ("wrote", "The prime minister", "the nation was grieving with the families"),
    ("said", "Dario Conti, who leads one of the search teams", "The ground is still moving, so we have to be careful"),
]
NOT_REPORTS["perra_landslide"] = ["Heavy rain fell again overnight."]

ARTICLES["kelda_typhoon"] = """Typhoon Mira passes close to Kelda

The observatory hoisted the No 8 signal at 10am, closing schools and the stock exchange.

The observatory said the typhoon would pass within 100km of the city on Tuesday night.

The hospital authority said 23 people had been treated for minor injuries.

Ferry services were suspended.
"""
GOLD["kelda_typhoon"] = [
    ("said", "The observatory", "the typhoon would pass within 100km of the city on Tuesday night"),
    ("said", "The hospital authority", "23 people had been treated for minor injuries"),
]
NOT_REPORTS["kelda_typhoon"] = ["The observatory hoisted the No 8 signal at 10am, closing schools and the stock exchange.", "Ferry services were suspended."]

ARTICLES["bell_canyon"] = """Bell Canyon fire destroys 340 buildings

The fire has destroyed 340 buildings since it broke out on Friday.

The state fire agency said the cause of the fire was under investigation.

The utility, North Valley Power, denied that its equipment was involved.

Smoke closed schools in three districts.
"""
GOLD["bell_canyon"] = [
    ("said", "The state fire agency", "the cause of the fire was under investigation"),
    ("denied", "The utility, North Valley Power", "its equipment was involved"),
]
NOT_REPORTS["bell_canyon"] = ["The fire has destroyed 340 buildings since it broke out on Friday.", "Smoke closed schools in three districts."]

ARTICLES["lova_tsunami"] = """Small waves reach Lova after offshore quake

The Pacific Tsunami Centre said waves of up to one metre were possible along the southern coast.

Waves of 30cm reached the harbour at Lova.

Residents in Lova said they had run to the hills as soon as the shaking stopped.
"""
GOLD["lova_tsunami"] = [
    ("said", "The Pacific Tsunami Centre", "waves of up to one metre were possible along the southern coast"),
    ("said", "Residents in Lova", "they had run to the hills as soon as the shaking stopped"),
]
NOT_REPORTS["lova_tsunami"] = ["Waves of 30cm reached the harbour at Lova."]

ARTICLES["dessel_dike"] = """Mayor tells Dessel to leave

In a video posted online, the mayor of Dessel, Frank Bosman, told residents: "Leave now. Do not wait for the water."

The dike at Oudhaven gave way shortly after midnight.

Bosman said buses would take people without cars to a sports hall in Kreek.
"""
GOLD["dessel_dike"] = [
    ("told", "the mayor of Dessel, Frank Bosman", "Leave now. Do not wait for the water."),
    ("said", "Bosman", "buses would take people without cars to a sports hall in Kreek"),
]
NOT_REPORTS["dessel_dike"] = ["The dike at Oudhaven gave way shortly after midnight."]
SPEAKERS["dessel_dike"] = [("said", "Bosman", "Frank Bosman", "buses")]

ARTICLES["kaska_aftershocks"] = """Thousands sleep outdoors in Kaska

Thousands of people in Kaska spent a second night in parks and car parks.

Ayse Kaya, a teacher, said she would not go back inside until engineers had checked her building.

The disaster agency has recorded more than 150 aftershocks since Monday.

She said her daughter woke up screaming every time the ground moved.
"""
GOLD["kaska_aftershocks"] = [
    ("said", "Ayse Kaya, a teacher", "she would not go back inside until engineers had checked her building"),
    ("said", "She", "her daughter woke up screaming every time the ground moved"),
]
NOT_REPORTS["kaska_aftershocks"] = ["Thousands of people in Kaska spent a second night in parks and car parks."]
SPEAKERS["kaska_aftershocks"] = [("said", "She", "Ayse Kaya", "her daughter")]

ARTICLES["hail_cost"] = """Hailstorm bill tops $900m

The Insurance Council estimated the cost of last week's hailstorm at $900m.

Hailstones the size of tennis balls smashed car windscreens across the eastern suburbs.

Premiums are likely to rise next year, said Joan Lim, an analyst at Brell & Co.
"""
GOLD["hail_cost"] = [
    ("estimated", "The Insurance Council", "the cost of last week's hailstorm at $900m"),
    ("said", "Joan Lim, an analyst at Brell & Co.", "Premiums are likely to rise next year"),
]
NOT_REPORTS["hail_cost"] = ["Hailstones the size of tennis balls smashed car windscreens across the eastern suburbs."]

ARTICLES["flood_warnings"] = """Dozens of flood warnings stay in force

Forty-two flood warnings remain in force across the north and west.

The Environment Agency said river levels would stay high for several days.

More rain is forecast for Thursday.

"Please do not drive through flood water," said Chris Dale, the agency's duty manager.
"""
GOLD["flood_warnings"] = [
    ("said", "The Environment Agency", "river levels would stay high for several days"),
    ("said", "Chris Dale, the agency's duty manager", "Please do not drive through flood water"),
]
NOT_REPORTS["flood_warnings"] = ["Forty-two flood warnings remain in force across the north and west.", "More rain is forecast for Thursday."]

ARTICLES["inver_coastguard"] = """Two fishermen missing off Inver Point

The coastguard said in a statement that two fishermen were missing after their boat sank off Inver Point.

The lifeboat crew searched for eight hours.

Gusts of 70mph were recorded at the Inver lighthouse.

A spokeswoman for the coastguard said the search would resume at first light.
"""
GOLD["inver_coastguard"] = [
    ("said", "The coastguard", "two fishermen were missing after their boat sank off Inver Point"),
    ("said", "A spokeswoman for the coastguard", "the search would resume at first light"),
]
NOT_REPORTS["inver_coastguard"] = ["The lifeboat crew searched for eight hours.", "Gusts of 70mph were recorded at the Inver lighthouse."]

ARTICLES["garra_fire_day"] = """Fire jumps river near Garra

By midday, the fire service said the blaze had jumped the river south of Garra.

Water-bombing planes were grounded by strong winds.

Later on Tuesday, officials said 600 homes had been evacuated.

The fire started in scrubland on Sunday.
"""
GOLD["garra_fire_day"] = [
    ("said", "the fire service", "the blaze had jumped the river south of Garra"),
    ("said", "officials", "600 homes had been evacuated"),
]
NOT_REPORTS["garra_fire_day"] = ["Water-bombing planes were grounded by strong winds.", "The fire started in scrubland on Sunday."]

ARTICLES["lenn_gauges"] = """River Lenn still rising

River gauges show the Lenn is still rising at Ashby and Pell.

The river has flooded 90 homes in Ashby since Friday.

Hydrologists at the university warned that the peak would come on Monday.

A temporary barrier has been put up along Quay Street.
"""
GOLD["lenn_gauges"] = [
    ("show", "River gauges", "the Lenn is still rising at Ashby and Pell"),
    ("warned", "Hydrologists at the university", "the peak would come on Monday"),
]
NOT_REPORTS["lenn_gauges"] = ["The river has flooded 90 homes in Ashby since Friday.", "A temporary barrier has been put up along Quay Street."]

ARTICLES["blizzard_drivers"] = """Blizzard strands drivers on Interstate 90

State police said more than 300 vehicles were stuck on Interstate 90 near Harlow.

Snowploughs could not reach the stranded cars until dawn.

One driver, Beth Alder, told a local radio station that she had spent 14 hours in her car.

"We ran the engine for ten minutes every hour to stay warm," she said.
"""
GOLD["blizzard_drivers"] = [
    ("said", "State police", "more than 300 vehicles were stuck on Interstate 90 near Harlow"),
    ("told", "One driver, Beth Alder", "she had spent 14 hours in her car"),
    ("said", "she", "We ran the engine for ten minutes every hour to stay warm"),
]
NOT_REPORTS["blizzard_drivers"] = ["Snowploughs could not reach the stranded cars until dawn."]
SPEAKERS["blizzard_drivers"] = [("said", "she", "Beth Alder", "We ran")]

ARTICLES["sorra_cholera"] = """Aid agencies fear cholera after delta floods

Unicef warned of a cholera outbreak in the flooded districts of the Sorra delta.

Floodwater still covers a third of the delta.

Its regional director, Paul Amadi, said the agency had sent 200,000 water purification tablets.

He added that boats were the only way to reach many villages.
"""
GOLD["sorra_cholera"] = [
    ("warned", "Unicef", "a cholera outbreak in the flooded districts of the Sorra delta"),
    ("said", "Its regional director, Paul Amadi", "the agency had sent 200,000 water purification tablets"),
    ("added", "He", "boats were the only way to reach many villages"),
]
NOT_REPORTS["sorra_cholera"] = ["Floodwater still covers a third of the delta."]
SPEAKERS["sorra_cholera"] = [("added", "He", "Paul Amadi", "boats")]

# Written after probing beside the set (the shapes the first thirty gave no case of): a resident's post quoted before
# a speaker the parser reads as 'a resident who was posted'.
ARTICLES["harbour_posts"] = """Storm surge floods Harbour Street

"The sea is in our kitchen," one resident posted on Facebook.

The surge topped the harbour wall at high tide on Saturday night.

"Is anyone coming to pump this out?" a shop owner posted on X.

Council workers said the pumps would arrive on Sunday morning.
"""
GOLD["harbour_posts"] = [
    ("posted", "one resident", "The sea is in our kitchen"),
    ("posted", "a shop owner", "Is anyone coming to pump this out?"),
    ("said", "Council workers", "the pumps would arrive on Sunday morning"),
]
NOT_REPORTS["harbour_posts"] = ["The surge topped the harbour wall at high tide on Saturday night."]

ARTICLES["ridge_evacuees"] = """Evacuees wait for news of their homes

"We left with the clothes we had on," a woman at the shelter posted on Instagram.

About 900 people spent the night at the Ridge County fairground.

"Still no word on our street," another evacuee posted late on Monday.

The sheriff's office said deputies would escort residents back once the fire line was secure.
"""
GOLD["ridge_evacuees"] = [
    ("posted", "a woman at the shelter", "We left with the clothes we had on"),
    ("posted", "another evacuee", "Still no word on our street"),
    ("said", "The sheriff's office", "deputies would escort residents back once the fire line was secure"),
]
NOT_REPORTS["ridge_evacuees"] = ["About 900 people spent the night at the Ridge County fairground."]

# Written after probing beside the set: a live page's times with their zone before a colon, the zone read as a label.
ARTICLES["corran_live"] = """Storm Corran: live updates

2.45pm BST: The coastguard says the missing swimmer has been found alive.

3.10pm BST: Rail services between Pennock and Lisle have been suspended.

3.32pm BST: Forecasters say the strongest gusts will pass by early evening.

4.05pm BST: The council says 40 households have been moved to the leisure centre.
"""
GOLD["corran_live"] = [
    ("says", "The coastguard", "the missing swimmer has been found alive"),
    ("say", "Forecasters", "the strongest gusts will pass by early evening"),
    ("says", "The council", "40 households have been moved to the leisure centre"),
]
NOT_REPORTS["corran_live"] = ["3.10pm BST: Rail services between Pennock and Lisle have been suspended."]
