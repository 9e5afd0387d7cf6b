# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-two short articles written for the sixty-fourth session's check of weather and natural hazard news (helper
P): storm and heat warnings ('the weather service warned', 'the met office has issued an amber warning for'),
forecasts ('Forecasters say', 'the agency predicts', 'officials expect'), floods, earthquakes and aftershocks
('seismologists said the quake struck at a depth of', 'according to the geological survey'), volcano alerts ('the
observatory raised the alert level, saying'), drought declarations, snow disruption, witnesses ('Residents
described'), mayors ('urged people to'), a meteorologist quoted by a paper ('told') and speakers named again by
pronoun or role ('the forecaster', 'She').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (forecasts, warning areas and times, road closures, safety advice,
damage and records stated by the writer); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every
name, place, body, figure and sentence is made up. Read by ``test_probe_findings_64_weather``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["storm_warning"] = """Storm Idris to bring 90mph gusts to the west coast

The national weather service warned that gusts of up to 90mph could bring down trees and power lines on Thursday.

The warning covers the whole of the Corran peninsula from 6am until midnight.

Forecasters say the worst of the wind will arrive around the evening rush hour.

Ferries between Port Allan and Skerra have been cancelled for two days.
"""
GOLD["storm_warning"] = [
    ("warned", "The national weather service", "gusts of up to 90mph could bring down trees and power lines on Thursday"),
    ("say", "Forecasters", "the worst of the wind will arrive around the evening rush hour"),
]
NOT_REPORTS["storm_warning"] = ["The warning covers the whole of the Corran peninsula from 6am until midnight.", "Ferries between Port Allan and Skerra have been cancelled for two days."]

ARTICLES["heat_amber"] = """Amber heat warning as temperatures climb

The Met Office has issued an amber warning for extreme heat across the south-east, saying hospitals should prepare for a rise in admissions.

Highs of 34C are likely on Tuesday and Wednesday.

Nights will stay above 20C in most towns.

Dr Amira Hassan, a public health consultant at Wenford General Hospital, said older people living alone were most at risk.

Drink plenty of water and keep curtains closed during the day.
"""
GOLD["heat_amber"] = [
    ("saying", "The Met Office", "hospitals should prepare for a rise in admissions"),
    ("said", "Dr Amira Hassan, a public health consultant at Wenford General Hospital", "older people living alone were most at risk"),
]
NOT_REPORTS["heat_amber"] = ["Highs of 34C are likely on Tuesday and Wednesday.", "Nights will stay above 20C in most towns.", "Drink plenty of water and keep curtains closed during the day."]

ARTICLES["quake_depth"] = """Magnitude 6.1 earthquake shakes Velorra valley

Seismologists said the quake struck at a depth of 14km about 30km north of the town of Brasca.

Windows were shattered and a church tower collapsed in the old town.

According to the geological survey, more than 40 aftershocks were recorded in the first six hours.

Residents described hearing a deep rumble before the ground began to shake.

Schools in the valley will stay closed until the buildings have been inspected.
"""
GOLD["quake_depth"] = [
    ("said", "Seismologists", "the quake struck at a depth of 14km about 30km north of the town of Brasca"),
    ("According", "the geological survey", "more than 40 aftershocks were recorded in the first six hours"),
    ("described", "Residents", "hearing a deep rumble before the ground began to shake"),
]
NOT_REPORTS["quake_depth"] = ["Windows were shattered and a church tower collapsed in the old town.", "Schools in the valley will stay closed until the buildings have been inspected."]

ARTICLES["volcano_alert"] = """Alert raised at Mount Tessaro

The Tessaro Volcano Observatory raised the alert level to orange on Sunday, saying an eruption could happen within days.

The volcano last erupted in 1987.

Ash fell on three villages on the western slopes overnight.

Luca Benetti, a volcanologist at the observatory, said the swelling of the summit had sped up in the past week.

He added that gas readings were the highest since records began.
"""
GOLD["volcano_alert"] = [
    ("saying", "The Tessaro Volcano Observatory", "an eruption could happen within days"),
    ("said", "Luca Benetti, a volcanologist at the observatory", "the swelling of the summit had sped up in the past week"),
    ("added", "He", "gas readings were the highest since records began"),
]
NOT_REPORTS["volcano_alert"] = ["The volcano last erupted in 1987.", "Ash fell on three villages on the western slopes overnight."]
SPEAKERS["volcano_alert"] = [("added", "He", "Luca Benetti", "gas readings")]

ARTICLES["flood_mayor"] = """River Aske expected to peak tonight

The River Aske rose by two metres in 24 hours after a week of rain.

The mayor of Dunmere, Paul Ashdown, urged people to stay away from the riverbanks.

Officials expect the river to peak late on Friday night.

The Esk Road bridge and Mill Lane are closed to traffic.

Sandbags are available at the leisure centre until 8pm.
"""
GOLD["flood_mayor"] = [
    ("urged", "The mayor of Dunmere, Paul Ashdown", "people to stay away from the riverbanks"),
    ("expect", "Officials", "the river to peak late on Friday night"),
]
NOT_REPORTS["flood_mayor"] = ["The River Aske rose by two metres in 24 hours after a week of rain.", "The Esk Road bridge and Mill Lane are closed to traffic.", "Sandbags are available at the leisure centre until 8pm."]

ARTICLES["snow_meteorologist"] = """Heavy snow to close high roads

Up to 30cm of snow is forecast on high ground on Saturday.

A meteorologist at the Harlow Weather Centre, Sian Pritchard, told the Northern Courier that the snow would turn to freezing rain by Sunday.

She said drivers should not travel unless their journey was essential.

The A619 over Brock Moor and the Cattle Pass road will be closed from 10pm.
"""
GOLD["snow_meteorologist"] = [
    ("told", "A meteorologist at the Harlow Weather Centre, Sian Pritchard", "the snow would turn to freezing rain by Sunday"),
    ("said", "She", "drivers should not travel unless their journey was essential"),
]
NOT_REPORTS["snow_meteorologist"] = ["Up to 30cm of snow is forecast on high ground on Saturday.", "The A619 over Brock Moor and the Cattle Pass road will be closed from 10pm."]
SPEAKERS["snow_meteorologist"] = [("said", "She", "Sian Pritchard", "drivers")]

ARTICLES["drought_declared"] = """Drought declared in four counties

The Environment Ministry declared a drought in Oldshire, Ferne, Calby and Rusk on Monday.

It was the driest spring since 1921, with 38mm of rain falling between March and May.

The agency predicts that reservoir levels will fall below 50 per cent by August.

Farmers say their wheat crops have already been damaged.

A hosepipe ban begins on Friday.
"""
GOLD["drought_declared"] = [
    ("predicts", "The agency", "reservoir levels will fall below 50 per cent by August"),
    ("say", "Farmers", "their wheat crops have already been damaged"),
]
NOT_REPORTS["drought_declared"] = ["It was the driest spring since 1921, with 38mm of rain falling between March and May.", "A hosepipe ban begins on Friday."]

ARTICLES["forecaster_role"] = """Bank holiday washout forecast

Rain will spread from the west on Sunday morning, reaching the east by the afternoon.

Kate Marr, a forecaster at the Ridgeway Weather Bureau, said the rain would be heavy at times.

The forecaster said Monday would be drier but cooler.

Temperatures will struggle to reach 14C.
"""
GOLD["forecaster_role"] = [
    ("said", "Kate Marr, a forecaster at the Ridgeway Weather Bureau", "the rain would be heavy at times"),
    ("said", "The forecaster", "Monday would be drier but cooler"),
]
NOT_REPORTS["forecaster_role"] = ["Rain will spread from the west on Sunday morning, reaching the east by the afternoon.", "Temperatures will struggle to reach 14C."]
SPEAKERS["forecaster_role"] = [("said", "The forecaster", "Kate Marr", "Monday")]

ARTICLES["record_heat"] = """Village sets new temperature record

A temperature of 39.4C was recorded at Linbury on Wednesday afternoon, the highest ever in the region.

The previous record of 38.1C was set in 2019.

"We have never seen anything like it," said Gordon Fell, who has run the village shop for 30 years.

Climate scientists warn that such heat will become more common.
"""
GOLD["record_heat"] = [
    ("said", "Gordon Fell, who has run the village shop for 30 years", "We have never seen anything like it"),
    ("warn", "Climate scientists", "such heat will become more common"),
]
NOT_REPORTS["record_heat"] = ["A temperature of 39.4C was recorded at Linbury on Wednesday afternoon, the highest ever in the region.", "The previous record of 38.1C was set in 2019."]

ARTICLES["aftershock_fear"] = """Aftershocks keep families outdoors

Hundreds of families in Marzin spent a second night in tents after Tuesday's earthquake.

More than 200 homes were damaged and 12 people were injured.

Aylin Demir, a mother of three, said her children were too frightened to sleep inside.

The civil protection agency said a magnitude 5 aftershock could not be ruled out.

Water and blankets are being handed out at the football stadium.
"""
GOLD["aftershock_fear"] = [
    ("said", "Aylin Demir, a mother of three", "her children were too frightened to sleep inside"),
    ("said", "The civil protection agency", "a magnitude 5 aftershock could not be ruled out"),
]
NOT_REPORTS["aftershock_fear"] = ["Hundreds of families in Marzin spent a second night in tents after Tuesday's earthquake.", "More than 200 homes were damaged and 12 people were injured.", "Water and blankets are being handed out at the football stadium."]

ARTICLES["flood_alert"] = """Severe flood warnings along the Lunn

The Rivers Authority has issued six severe flood warnings, which mean there is a danger to life.

The warnings cover Coldharbour, Wynne Bridge and the lower Lunn valley.

Evacuate if told to do so by the emergency services.

Hugh Carver, who manages flood defences for the authority, said the barriers at Coldharbour were holding.

He warned that more rain on Wednesday could push the river over them.
"""
GOLD["flood_alert"] = [
    ("said", "Hugh Carver, who manages flood defences for the authority", "the barriers at Coldharbour were holding"),
    ("warned", "He", "more rain on Wednesday could push the river over them"),
]
NOT_REPORTS["flood_alert"] = ["The warnings cover Coldharbour, Wynne Bridge and the lower Lunn valley.", "Evacuate if told to do so by the emergency services."]
SPEAKERS["flood_alert"] = [("warned", "He", "Hugh Carver", "more rain")]

ARTICLES["ice_roads"] = """Black ice causes dozens of crashes

Police in Tarrow said there had been 46 crashes on the county's roads since midnight.

Temperatures fell to minus 9C at Elsham overnight.

The following roads are closed: the B2210 at Marsh End, Holloway Hill and the Ness Road.

Inspector Dan Ruddock urged drivers to allow extra time for their journeys.

Gritters have been out since 4pm on Monday.
"""
GOLD["ice_roads"] = [
    ("said", "Police in Tarrow", "there had been 46 crashes on the county's roads since midnight"),
    ("urged", "Inspector Dan Ruddock", "drivers to allow extra time for their journeys"),
]
NOT_REPORTS["ice_roads"] = ["Temperatures fell to minus 9C at Elsham overnight.", "The following roads are closed: the B2210 at Marsh End, Holloway Hill and the Ness Road.", "Gritters have been out since 4pm on Monday."]

ARTICLES["hurricane_track"] = """Hurricane Lorna strengthens to category 4

Hurricane Lorna strengthened to a category 4 storm on Saturday with winds of 135mph.

The storm is moving north-west at 12mph.

The National Hurricane Bureau said Lorna was expected to make landfall near Port Selden early on Tuesday.

Its director, Maria Quintero, told reporters that the storm surge could reach four metres.

Governor Alan Pike ordered the evacuation of coastal districts.
"""
GOLD["hurricane_track"] = [
    ("said", "The National Hurricane Bureau", "Lorna was expected to make landfall near Port Selden early on Tuesday"),
    ("told", "Its director, Maria Quintero", "the storm surge could reach four metres"),
]
NOT_REPORTS["hurricane_track"] = ["Hurricane Lorna strengthened to a category 4 storm on Saturday with winds of 135mph.", "The storm is moving north-west at 12mph."]

ARTICLES["landslide_fears"] = """Landslide risk after record rainfall

More than 300mm of rain fell on the Kelda hills in three days.

A hillside above the village of Orme slipped on Thursday, burying two cars.

Geologists fear that further slips are likely if the rain continues.

Nadia Osei, who lives below the slope, said she had watched the trees lean for a week.

"Nobody listened to us," she said.
"""
GOLD["landslide_fears"] = [
    ("fear", "Geologists", "further slips are likely if the rain continues"),
    ("said", "Nadia Osei, who lives below the slope", "she had watched the trees lean for a week"),
    ("said", "she", "Nobody listened to us"),
]
NOT_REPORTS["landslide_fears"] = ["More than 300mm of rain fell on the Kelda hills in three days.", "A hillside above the village of Orme slipped on Thursday, burying two cars."]
SPEAKERS["landslide_fears"] = [("said", "she", "Nadia Osei", "Nobody")]

ARTICLES["fog_flights"] = """Fog grounds flights at Hensby airport

Thick fog cancelled 80 flights at Hensby airport on Friday morning.

Visibility fell to less than 50 metres.

An airport spokesman said passengers should check with their airline before travelling.

The fog is expected to lift by early afternoon.

Forecasters at the Coastal Weather Service predicted more fog on Saturday.
"""
GOLD["fog_flights"] = [
    ("said", "An airport spokesman", "passengers should check with their airline before travelling"),
    ("predicted", "Forecasters at the Coastal Weather Service", "more fog on Saturday"),
]
NOT_REPORTS["fog_flights"] = ["Thick fog cancelled 80 flights at Hensby airport on Friday morning.", "Visibility fell to less than 50 metres."]

ARTICLES["wildfire_wind"] = """Wildfire forces evacuation of hill towns

A wildfire has burned 4,000 hectares of forest near Sorrento Alto since Monday.

Fire chief Marco Lenzi said the blaze was being driven by winds of 60km/h.

The weather agency expects the wind to drop on Thursday.

Residents of Sorrento Alto and Vallemare must leave their homes by 6pm.

Do not use drones near the fire.
"""
GOLD["wildfire_wind"] = [
    ("said", "Fire chief Marco Lenzi", "the blaze was being driven by winds of 60km/h"),
    ("expects", "The weather agency", "the wind to drop on Thursday"),
]
NOT_REPORTS["wildfire_wind"] = ["A wildfire has burned 4,000 hectares of forest near Sorrento Alto since Monday.", "Residents of Sorrento Alto and Vallemare must leave their homes by 6pm.", "Do not use drones near the fire."]

ARTICLES["tsunami_cancel"] = """Tsunami warning lifted after offshore quake

A tsunami warning for the east coast of the Pellan islands was lifted two hours after a magnitude 7 quake offshore.

Waves of 40cm were measured at Cabo Lindo.

The Pellan Geophysical Institute said the quake was centred 120km out to sea.

Its chief seismologist, Dr Rosa Ibarra, said there was no longer a threat to the coast.

The institute said it would keep monitoring for aftershocks.
"""
GOLD["tsunami_cancel"] = [
    ("said", "The Pellan Geophysical Institute", "the quake was centred 120km out to sea"),
    ("said", "Its chief seismologist, Dr Rosa Ibarra", "there was no longer a threat to the coast"),
    ("said", "The institute", "it would keep monitoring for aftershocks"),
]
NOT_REPORTS["tsunami_cancel"] = ["A tsunami warning for the east coast of the Pellan islands was lifted two hours after a magnitude 7 quake offshore.", "Waves of 40cm were measured at Cabo Lindo."]

ARTICLES["hail_damage"] = """Hailstorm smashes greenhouses

Hailstones the size of golf balls fell on the market gardens of Amblecote on Sunday.

Hundreds of greenhouse panes were broken and lettuce crops were flattened.

Grower Tom Beddoes said he had lost half a season's income in ten minutes.

The county's agriculture officer, Ruth Ames, said growers could apply for emergency grants.

Claims must be made by the end of the month.
"""
GOLD["hail_damage"] = [
    ("said", "Grower Tom Beddoes", "he had lost half a season's income in ten minutes"),
    ("said", "The county's agriculture officer, Ruth Ames", "growers could apply for emergency grants"),
]
NOT_REPORTS["hail_damage"] = ["Hailstones the size of golf balls fell on the market gardens of Amblecote on Sunday.", "Hundreds of greenhouse panes were broken and lettuce crops were flattened.", "Claims must be made by the end of the month."]

ARTICLES["cold_snap"] = """Cold snap to last into next week

Overnight lows of minus 12C are possible in sheltered valleys.

The cold weather will last until at least Wednesday.

Dr Femi Adeyemi, a consultant at Marlow Royal Infirmary, said frostbite cases had doubled this week.

He told the Marlow Herald that people sleeping rough were in danger.

Check on elderly neighbours and keep homes heated to at least 18C.
"""
GOLD["cold_snap"] = [
    ("said", "Dr Femi Adeyemi, a consultant at Marlow Royal Infirmary", "frostbite cases had doubled this week"),
    ("told", "He", "people sleeping rough were in danger"),
]
NOT_REPORTS["cold_snap"] = ["Overnight lows of minus 12C are possible in sheltered valleys.", "The cold weather will last until at least Wednesday.", "Check on elderly neighbours and keep homes heated to at least 18C."]
SPEAKERS["cold_snap"] = [("told", "He", "Femi Adeyemi", "people sleeping")]

ARTICLES["monsoon_late"] = """Monsoon arrives ten days late

The monsoon rains reached the southern state of Karvan on Friday, ten days later than usual.

Rainfall in June was 40 per cent below average.

The national meteorological department predicts normal rainfall for the rest of the season.

Farmers in the region say the delay has already hit rice planting.

Reservoirs in Karvan are at 22 per cent of capacity.
"""
GOLD["monsoon_late"] = [
    ("predicts", "The national meteorological department", "normal rainfall for the rest of the season"),
    ("say", "Farmers in the region", "the delay has already hit rice planting"),
]
NOT_REPORTS["monsoon_late"] = ["The monsoon rains reached the southern state of Karvan on Friday, ten days later than usual.", "Rainfall in June was 40 per cent below average.", "Reservoirs in Karvan are at 22 per cent of capacity."]

ARTICLES["tornado_town"] = """Tornado tears through Millbrook

A tornado ripped the roofs from 60 houses in Millbrook on Tuesday evening.

The twister was on the ground for about eight minutes.

"It sounded like a freight train," said Bev Harlan, whose garage was destroyed.

The town's emergency manager, Carl Doyle, said no one had been seriously hurt.

Doyle said volunteers would begin clearing debris on Wednesday.
"""
GOLD["tornado_town"] = [
    ("said", "Bev Harlan, whose garage was destroyed", "It sounded like a freight train"),
    ("said", "The town's emergency manager, Carl Doyle", "no one had been seriously hurt"),
    ("said", "Doyle", "volunteers would begin clearing debris on Wednesday"),
]
NOT_REPORTS["tornado_town"] = ["A tornado ripped the roofs from 60 houses in Millbrook on Tuesday evening.", "The twister was on the ground for about eight minutes."]

ARTICLES["dust_storm"] = """Dust storm blankets capital

A dust storm cut visibility in Qarsan to 100 metres on Monday.

Schools and government offices were closed.

The health ministry advised people with asthma to stay indoors.

A spokeswoman for the environment agency said air quality was ten times worse than the safe limit.

Keep windows shut and wear a mask outside.
"""
GOLD["dust_storm"] = [
    ("advised", "The health ministry", "people with asthma to stay indoors"),
    ("said", "A spokeswoman for the environment agency", "air quality was ten times worse than the safe limit"),
]
NOT_REPORTS["dust_storm"] = ["A dust storm cut visibility in Qarsan to 100 metres on Monday.", "Schools and government offices were closed.", "Keep windows shut and wear a mask outside."]
