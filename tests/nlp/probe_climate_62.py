# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-nine short articles written for the sixty-second session's check of environment, climate, energy and farming
news (helper G): scientists who warn, a report 'published on Tuesday' that found, an assessment panel that 'said with
high confidence', campaigners who accused a company of something, activists who chanted, banners and placards that
read, forecasts that say, a weather service that issued a warning, farmers and the union representing growers,
operators that said in a filing, 'data from X show', 'satellite images suggest', 'modelling by X suggests',
negotiators at climate talks, a pledge that commits countries to something and a minister who vowed.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; 'accused X of Y' has 'X of Y' for its content, as in most of PolNeAR's): per article, (a word of the cue,
the source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``
(temperatures, rainfall, emissions figures with no source, species, the names of policies and campaigns in quotation
marks, weather, the narration of protests); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every
name, place, figure and sentence is made up. Read by ``test_probe_findings_62_climate``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["heat_warning"] = """Weather service issues amber heat warning for the south

The Meridian Weather Service issued an amber warning on Sunday, saying temperatures could reach 38C in parts of the south by Wednesday.

Nights will stay above 20C in most cities, the forecast says.

The hottest day on record in the region was 36.4C, set in 2019.

"People should keep out of the sun between 11am and 3pm and check on elderly neighbours," said Ruth Okafor, the service's chief forecaster.

She said a plume of hot air from the south would linger until the weekend.

Skies were clear across the south on Sunday afternoon, with only a light breeze along the coast.

Rainfall in June was less than half the monthly average.
"""
GOLD["heat_warning"] = [
    ("saying", "The Meridian Weather Service", "temperatures could reach 38C in parts of the south by Wednesday"),
    ("says", "the forecast", "Nights will stay above 20C in most cities"),
    ("said", "Ruth Okafor, the service's chief forecaster", "People should keep out of the sun between 11am and 3pm and check on elderly neighbours"),
    ("said", "She", "a plume of hot air from the south would linger until the weekend"),
]
NOT_REPORTS["heat_warning"] = [
    "The hottest day on record in the region was 36.4C, set in 2019.",
    "Skies were clear across the south on Sunday afternoon, with only a light breeze along the coast.",
    "Rainfall in June was less than half the monthly average.",
]
SPEAKERS["heat_warning"] = [("said", "She", "Ruth Okafor", "a plume")]

ARTICLES["panel_droughts"] = """Panel says warming is driving longer droughts

The International Climate Assessment Panel said with high confidence that rising temperatures have made long droughts more frequent across the subtropics.

The report, published on Tuesday, found that the number of months of extreme soil dryness had doubled since the 1980s.

Scientists warn that many regions will face water shortages within two decades unless emissions fall sharply.

Global average temperatures are now about 1.3C above pre-industrial levels.

"The signal is now unmistakable," said Professor Lena Varga, one of the report's lead authors. "We are seeing it on every continent."

The panel's assessments are drawn up by several hundred researchers from 60 countries.
"""
GOLD["panel_droughts"] = [
    ("said", "The International Climate Assessment Panel", "rising temperatures have made long droughts more frequent across the subtropics"),
    ("found", "The report, published on Tuesday", "the number of months of extreme soil dryness had doubled since the 1980s"),
    ("warn", "Scientists", "many regions will face water shortages within two decades unless emissions fall sharply"),
    ("said", "Professor Lena Varga, one of the report's lead authors", "The signal is now unmistakable"),
]
NOT_REPORTS["panel_droughts"] = [
    "Global average temperatures are now about 1.3C above pre-industrial levels.",
    "The panel's assessments are drawn up by several hundred researchers from 60 countries.",
]

ARTICLES["greenwash"] = """Campaigners accuse oil firm of greenwashing

Campaigners on Thursday accused Halvorsen Energy of greenwashing, after the company ran adverts featuring wind turbines.

Less than 2 percent of the company's investment last year went into renewable power, according to an analysis by the group Carbon Ledger.

A Halvorsen spokesperson said the adverts were "an accurate picture of where we are heading".

The adverts, titled "Powering Tomorrow", have run on television since March.

Halvorsen produced 410,000 barrels of oil a day in 2024.

The advertising regulator said it would assess the complaint.
"""
GOLD["greenwash"] = [
    ("accused", "Campaigners", "Halvorsen Energy of greenwashing"),
    ("according to", "an analysis by the group Carbon Ledger", "Less than 2 percent of the company's investment last year went into renewable power"),
    ("said", "A Halvorsen spokesperson", "the adverts were \"an accurate picture of where we are heading\""),
    ("said", "The advertising regulator", "it would assess the complaint"),
]
NOT_REPORTS["greenwash"] = [
    "The adverts, titled \"Powering Tomorrow\", have run on television since March.",
    "Halvorsen produced 410,000 barrels of oil a day in 2024.",
]

ARTICLES["coal_march"] = """Hundreds march against new coal mine

Hundreds of protesters marched through the centre of Tollerby on Saturday against plans for a new coal mine.

Activists chanted "Keep it in the ground" as they passed the council offices.

One banner read "No mine, no way", while another showed a lump of coal with a skull.

The march ended peacefully in Market Square, where a brass band played.

"This mine would lock us into coal for another thirty years," said Priya Dalal, 24, a student who helped organise the march.

Police said about 1,200 people took part.

The mine's developer, Brackwater Mining, has said the project would create 500 jobs.
"""
GOLD["coal_march"] = [
    ("chanted", "Activists", "Keep it in the ground"),
    ("read", "One banner", "No mine, no way"),
    ("said", "Priya Dalal, 24, a student who helped organise the march", "This mine would lock us into coal for another thirty years"),
    ("said", "Police", "about 1,200 people took part"),
    ("said", "The mine's developer, Brackwater Mining", "the project would create 500 jobs"),
]
NOT_REPORTS["coal_march"] = [
    "Hundreds of protesters marched through the centre of Tollerby on Saturday against plans for a new coal mine.",
    "The march ended peacefully in Market Square, where a brass band played.",
]

ARTICLES["wheat_drought"] = """Farmers say drought has halved wheat yields

Farmers in the eastern plains say the dry spring has cut wheat yields by as much as half.

Only 31mm of rain fell in April and May, against an average of 110mm.

The union representing growers said on Monday that many farms would not survive another poor harvest.

"I have never seen the soil this cracked," said Tomas Brenner, who farms 300 hectares near Aldwick. "The combine will be out in July, not August."

He said he had sold a third of his cattle because he could not buy enough feed.

Wheat prices on the commodity exchange rose 4 percent last week.

The agriculture minister, Dana Kowal, vowed to speed up drought payments.
"""
GOLD["wheat_drought"] = [
    ("say", "Farmers in the eastern plains", "the dry spring has cut wheat yields by as much as half"),
    ("said", "The union representing growers", "many farms would not survive another poor harvest"),
    ("said", "Tomas Brenner, who farms 300 hectares near Aldwick", "I have never seen the soil this cracked"),
    ("said", "He", "he had sold a third of his cattle because he could not buy enough feed"),
    ("vowed", "The agriculture minister, Dana Kowal", "to speed up drought payments"),
]
NOT_REPORTS["wheat_drought"] = [
    "Only 31mm of rain fell in April and May, against an average of 110mm.",
    "Wheat prices on the commodity exchange rose 4 percent last week.",
]
SPEAKERS["wheat_drought"] = [("said", "He", "Tomas Brenner", "he had sold")]

ARTICLES["talks_finance"] = """Talks stall over finance as deadline nears

Negotiators at the climate talks in Port Alder worked through the night on Friday.

A draft text released by the conference presidency calls on countries to triple renewable capacity by 2030.

Delegates from small island states said the draft was too weak.

"We did not fly halfway around the world to sign our own death warrant," said Malia Tauvaga, the lead negotiator for the Alliance of Ocean States.

A European negotiator, who asked not to be named because the talks were private, said a deal was still possible by Saturday.

The talks were scheduled to end at 6pm on Friday.
"""
GOLD["talks_finance"] = [
    ("calls on", "A draft text released by the conference presidency", "countries to triple renewable capacity by 2030"),
    ("said", "Delegates from small island states", "the draft was too weak"),
    ("said", "Malia Tauvaga, the lead negotiator for the Alliance of Ocean States", "We did not fly halfway around the world to sign our own death warrant"),
    ("said", "A European negotiator, who asked not to be named because the talks were private", "a deal was still possible by Saturday"),
]
NOT_REPORTS["talks_finance"] = [
    "Negotiators at the climate talks in Port Alder worked through the night on Friday.",
    "The talks were scheduled to end at 6pm on Friday.",
]

ARTICLES["methane_pledge"] = """Twelve more countries join methane pledge

Twelve more countries signed up to the Clean Air Methane Pledge on Wednesday, bringing the total to 104.

The pledge commits countries to cutting methane emissions by 30 percent from 2020 levels by 2030.

Methane is responsible for roughly a third of the warming since pre-industrial times.

The environment minister, Oskar Lind, vowed that his country would meet the target five years early.

Analysts at the research group Emberline said most signatories were not on track.

Data from the group show that emissions from oil and gas fields rose 2 percent last year.
"""
GOLD["methane_pledge"] = [
    ("commits", "The pledge", "countries to cutting methane emissions by 30 percent from 2020 levels by 2030"),
    ("vowed", "The environment minister, Oskar Lind", "his country would meet the target five years early"),
    ("said", "Analysts at the research group Emberline", "most signatories were not on track"),
    ("show", "Data from the group", "emissions from oil and gas fields rose 2 percent last year"),
]
NOT_REPORTS["methane_pledge"] = [
    "Twelve more countries signed up to the Clean Air Methane Pledge on Wednesday, bringing the total to 104.",
    "Methane is responsible for roughly a third of the warming since pre-industrial times.",
]

ARTICLES["forest_loss"] = """Satellite images suggest forest loss is accelerating

Satellite images suggest that clearing in the Varra basin rainforest rose sharply in the first half of the year.

About 4,100 square kilometres were cleared between January and June.

Modelling by the Institute for Tropical Ecology suggests the forest could reach a tipping point within 15 years.

The government's environment agency said its own figures showed a smaller rise.

The basin is home to the golden-crested tamarin and the giant river otter.

"What we are seeing from space is consistent with what communities are telling us on the ground," said Dr. Amara Nwosu, who leads the institute's remote sensing team.
"""
GOLD["forest_loss"] = [
    ("suggest", "Satellite images", "clearing in the Varra basin rainforest rose sharply in the first half of the year"),
    ("suggests", "Modelling by the Institute for Tropical Ecology", "the forest could reach a tipping point within 15 years"),
    ("said", "The government's environment agency", "its own figures showed a smaller rise"),
    ("said", "Dr. Amara Nwosu, who leads the institute's remote sensing team", "What we are seeing from space is consistent with what communities are telling us on the ground"),
]
NOT_REPORTS["forest_loss"] = [
    "About 4,100 square kilometres were cleared between January and June.",
    "The basin is home to the golden-crested tamarin and the giant river otter.",
]

ARTICLES["wend_floods"] = """Severe flood warnings in place as river bursts its banks

The Rivers and Coasts Agency issued a severe flood warning for the lower Wend valley on Tuesday, saying there was a danger to life.

The River Wend peaked at 5.2 metres at Mill Bridge overnight, its highest level since 1998.

More rain is expected on Thursday, the Meridian Weather Service said.

"The water came up through the floorboards in about ten minutes," said Janet Pryce, 67, who was helped from her home by firefighters.

Sandbags were handed out at the leisure centre until midnight.

A spokesperson for the county council said 80 homes had been evacuated.
"""
GOLD["wend_floods"] = [
    ("saying", "The Rivers and Coasts Agency", "there was a danger to life"),
    ("said", "the Meridian Weather Service", "More rain is expected on Thursday"),
    ("said", "Janet Pryce, 67, who was helped from her home by firefighters", "The water came up through the floorboards in about ten minutes"),
    ("said", "A spokesperson for the county council", "80 homes had been evacuated"),
]
NOT_REPORTS["wend_floods"] = [
    "The River Wend peaked at 5.2 metres at Mill Bridge overnight, its highest level since 1998.",
    "Sandbags were handed out at the leisure centre until midnight.",
]

ARTICLES["pipeline_filing"] = """Pipeline operator reports leak in regulatory filing

Northmoor Gas said in a filing with the energy regulator that about 900 barrels of condensate had leaked from a pipeline near Kestrel Bay.

The operator said the leak had been stopped and that clean-up crews were at the site.

The pipeline carries about 40,000 barrels a day to the coastal terminal.

According to the filing, the company first detected a pressure drop on May 3.

Local fishermen said they had seen an oily sheen on the water for days.

The regulator has opened an investigation.
"""
GOLD["pipeline_filing"] = [
    ("said", "Northmoor Gas", "about 900 barrels of condensate had leaked from a pipeline near Kestrel Bay"),
    ("said", "The operator", "the leak had been stopped and that clean-up crews were at the site"),
    ("according to", "the filing", "the company first detected a pressure drop on May 3"),
    ("said", "Local fishermen", "they had seen an oily sheen on the water for days"),
]
NOT_REPORTS["pipeline_filing"] = [
    "The pipeline carries about 40,000 barrels a day to the coastal terminal.",
    "The regulator has opened an investigation.",
]
SPEAKERS["pipeline_filing"] = [("said", "The operator", "Northmoor Gas", "the leak")]

ARTICLES["solar_farm"] = """Village divided over plans for huge solar farm

Plans for a 400-hectare solar farm on farmland outside Upper Ravensfield have split the village.

The developer, Brightfield Renewables, says the scheme would power 90,000 homes.

Opponents argue that it would take good farmland out of food production.

A petition titled "Fields Not Panels" has gathered 3,000 signatures.

"Nobody is against solar, but this is the wrong place," said parish councillor Hugh Marsden.

The National Farmers' Guild said in a statement that the land was among the most productive in the county.

The planning inquiry will open in September.
"""
GOLD["solar_farm"] = [
    ("says", "The developer, Brightfield Renewables", "the scheme would power 90,000 homes"),
    ("argue", "Opponents", "it would take good farmland out of food production"),
    ("said", "parish councillor Hugh Marsden", "Nobody is against solar, but this is the wrong place"),
    ("said", "The National Farmers' Guild", "the land was among the most productive in the county"),
]
NOT_REPORTS["solar_farm"] = [
    "Plans for a 400-hectare solar farm on farmland outside Upper Ravensfield have split the village.",
    "A petition titled \"Fields Not Panels\" has gathered 3,000 signatures.",
    "The planning inquiry will open in September.",
]

ARTICLES["wildfire"] = """Wildfire forces thousands from homes

A wildfire fanned by strong winds has burned more than 12,000 hectares of scrub and pine forest north of Cala Verde.

Thick smoke hung over the coast for a third day, and ash fell on beaches.

Fire chief Marco Ruiz told reporters that the blaze was 20 percent contained.

He said crews were struggling because the wind kept changing direction.

The national weather service warned that temperatures would stay above 40C until Sunday.

Residents said the evacuation order came by text message in the middle of the night.

Humidity fell below 10 percent on Wednesday afternoon.
"""
GOLD["wildfire"] = [
    ("told", "Fire chief Marco Ruiz", "the blaze was 20 percent contained"),
    ("said", "He", "crews were struggling because the wind kept changing direction"),
    ("warned", "The national weather service", "temperatures would stay above 40C until Sunday"),
    ("said", "Residents", "the evacuation order came by text message in the middle of the night"),
]
NOT_REPORTS["wildfire"] = [
    "A wildfire fanned by strong winds has burned more than 12,000 hectares of scrub and pine forest north of Cala Verde.",
    "Thick smoke hung over the coast for a third day, and ash fell on beaches.",
    "Humidity fell below 10 percent on Wednesday afternoon.",
]
SPEAKERS["wildfire"] = [("said", "He", "Marco Ruiz", "crews were")]

ARTICLES["sewage_fine"] = """Water company fined over sewage spills

Pellworth Water was fined 3.2 million on Monday for pumping raw sewage into the River Lathe.

The judge said the company had shown "a disregard for the environment" over many years.

Data from the Rivers and Coasts Agency show that the company's overflows discharged for 41,000 hours last year.

The river is one of the few breeding grounds of the white-clawed crayfish.

Campaigners from the group Clean Lathe said the fine was too small to change the company's behaviour.

Pellworth Water said it was investing 200 million in new storm tanks.
"""
GOLD["sewage_fine"] = [
    ("said", "The judge", "the company had shown \"a disregard for the environment\" over many years"),
    ("show", "Data from the Rivers and Coasts Agency", "the company's overflows discharged for 41,000 hours last year"),
    ("said", "Campaigners from the group Clean Lathe", "the fine was too small to change the company's behaviour"),
    ("said", "Pellworth Water", "it was investing 200 million in new storm tanks"),
]
NOT_REPORTS["sewage_fine"] = [
    "Pellworth Water was fined 3.2 million on Monday for pumping raw sewage into the River Lathe.",
    "The river is one of the few breeding grounds of the white-clawed crayfish.",
]

ARTICLES["wind_record"] = """Wind supplies record share of power over winter

Wind turbines produced 41 percent of the country's electricity between December and February, a record.

Figures from the grid operator, NatGrid Systems, show that gas-fired plants supplied less than a quarter.

The operator said the system had coped with calm, cold spells by importing power from neighbouring countries.

The trade body Wind Energy Forum said the figures showed that the target of 50 percent by 2030 was within reach.

But critics say the grid still needs far more storage.

Household bills fell by an average of 6 percent in April.
"""
GOLD["wind_record"] = [
    ("show", "Figures from the grid operator, NatGrid Systems", "gas-fired plants supplied less than a quarter"),
    ("said", "The operator", "the system had coped with calm, cold spells by importing power from neighbouring countries"),
    ("said", "The trade body Wind Energy Forum", "the figures showed that the target of 50 percent by 2030 was within reach"),
    ("say", "critics", "the grid still needs far more storage"),
]
NOT_REPORTS["wind_record"] = [
    "Wind turbines produced 41 percent of the country's electricity between December and February, a record.",
    "Household bills fell by an average of 6 percent in April.",
]
SPEAKERS["wind_record"] = [("said", "The operator", "NatGrid Systems", "the system")]

ARTICLES["reef_bleaching"] = """Mass bleaching hits reef for fourth time in a decade

Aerial surveys found that more than 60 percent of the reefs in the northern section had bleached.

Sea surface temperatures were up to 2C above the summer average for most of March.

Marine biologist Dr. Kirra Walsh said many corals could still recover if the water cooled quickly.

"But the gaps between these events are now too short for a full recovery," she added.

Staghorn and plate corals were the worst affected.

The reef authority said it would publish a full assessment in June.
"""
GOLD["reef_bleaching"] = [
    ("found", "Aerial surveys", "more than 60 percent of the reefs in the northern section had bleached"),
    ("said", "Marine biologist Dr. Kirra Walsh", "many corals could still recover if the water cooled quickly"),
    ("added", "she", "But the gaps between these events are now too short for a full recovery"),
    ("said", "The reef authority", "it would publish a full assessment in June"),
]
NOT_REPORTS["reef_bleaching"] = [
    "Sea surface temperatures were up to 2C above the summer average for most of March.",
    "Staghorn and plate corals were the worst affected.",
]
SPEAKERS["reef_bleaching"] = [("added", "she", "Kirra Walsh", "But the gaps")]

ARTICLES["beet_pesticide"] = """Growers warn ban on pesticide will hit sugar beet crop

The government will ban the pesticide thiacloprine from next year, the environment ministry announced on Thursday.

The Sugar Beet Growers' Association said the ban would leave crops defenceless against aphids.

Its chairman, Rolf Andersen, warned that yields could fall by a fifth.

Thiacloprine belongs to a class of insecticides known as neonicotinoids.

The ban covers all outdoor crops.

"It is a good day for pollinators," said Ines Duarte of the conservation charity Buzzline.
"""
GOLD["beet_pesticide"] = [
    ("announced", "the environment ministry", "The government will ban the pesticide thiacloprine from next year"),
    ("said", "The Sugar Beet Growers' Association", "the ban would leave crops defenceless against aphids"),
    ("warned", "Its chairman, Rolf Andersen", "yields could fall by a fifth"),
    ("said", "Ines Duarte of the conservation charity Buzzline", "It is a good day for pollinators"),
]
NOT_REPORTS["beet_pesticide"] = [
    "Thiacloprine belongs to a class of insecticides known as neonicotinoids.",
    "The ban covers all outdoor crops.",
]

ARTICLES["glacier_melt"] = """Alpine glaciers lost record ice last summer

The Alpine Glacier Monitoring Network said on Monday that glaciers in the range had lost 4 percent of their volume in a single year.

The Morteau glacier retreated by 85 metres.

Snowfall last winter was well below normal, and a hot August did the rest.

"A loss of this size was something we expected to see in the 2040s," the network's director, Anja Keller, told reporters.

Measurements taken by mountain guides suggest that the thaw has also loosened rock faces on popular routes.
"""
GOLD["glacier_melt"] = [
    ("said", "The Alpine Glacier Monitoring Network", "glaciers in the range had lost 4 percent of their volume in a single year"),
    ("told", "the network's director, Anja Keller", "A loss of this size was something we expected to see in the 2040s"),
    ("suggest", "Measurements taken by mountain guides", "the thaw has also loosened rock faces on popular routes"),
]
NOT_REPORTS["glacier_melt"] = [
    "The Morteau glacier retreated by 85 metres.",
    "Snowfall last winter was well below normal, and a hot August did the rest.",
]

ARTICLES["cod_quota"] = """Fishermen angry at cod quota cut

The cod quota in the Grey Sea will be cut by 18 percent next year.

Fishing leaders said the cut would force boats to tie up for months.

"We are being asked to pay for decades of bad management," said skipper Callum Reid, who fishes out of Port Elspeth.

Scientists from the Marine Stock Council say the stock is close to collapse.

Cod landings fell to 9,000 tonnes last year.

The fisheries minister, Ewan Hollis, said the decision balanced the needs of the industry and the fish.
"""
GOLD["cod_quota"] = [
    ("said", "Fishing leaders", "the cut would force boats to tie up for months"),
    ("said", "skipper Callum Reid, who fishes out of Port Elspeth", "We are being asked to pay for decades of bad management"),
    ("say", "Scientists from the Marine Stock Council", "the stock is close to collapse"),
    ("said", "The fisheries minister, Ewan Hollis", "the decision balanced the needs of the industry and the fish"),
]
NOT_REPORTS["cod_quota"] = [
    "The cod quota in the Grey Sea will be cut by 18 percent next year.",
    "Cod landings fell to 9,000 tonnes last year.",
]

ARTICLES["heat_pumps"] = """Heat pump installations double as grant is extended

Installations of heat pumps doubled in the first quarter, to 38,000.

The energy department said the boiler upgrade grant would be extended until 2028.

The scheme, known as "Warm Homes Forward", pays households up to 7,500 towards the cost.

Installers say they cannot train staff fast enough.

According to the Heat Pump Traders' Federation, the average wait for an installation is now 11 weeks.

"Demand is there, the skills are not," said the federation's chief executive, Maureen Clegg.
"""
GOLD["heat_pumps"] = [
    ("said", "The energy department", "the boiler upgrade grant would be extended until 2028"),
    ("say", "Installers", "they cannot train staff fast enough"),
    ("according to", "the Heat Pump Traders' Federation", "the average wait for an installation is now 11 weeks"),
    ("said", "the federation's chief executive, Maureen Clegg", "Demand is there, the skills are not"),
]
NOT_REPORTS["heat_pumps"] = [
    "Installations of heat pumps doubled in the first quarter, to 38,000.",
    "The scheme, known as \"Warm Homes Forward\", pays households up to 7,500 towards the cost.",
]

ARTICLES["storm_orla"] = """Storm Orla brings 90mph gusts and power cuts

Storm Orla brought gusts of up to 90mph to the west coast overnight, bringing down trees and power lines.

About 60,000 homes were without power on Sunday morning.

The Meridian Weather Service issued a warning that gusts could reach 100mph on exposed coasts.

The distribution company, Westlink Power, said most customers would be reconnected by Monday night.

Ferry services to the islands were cancelled.

"It sounded like a train going past the house all night," said Morag Dunn, who lives on the seafront at Carrick.

Forecasters said the storm would move away to the north-east by Monday afternoon.
"""
GOLD["storm_orla"] = [
    ("warning", "The Meridian Weather Service", "gusts could reach 100mph on exposed coasts"),
    ("said", "The distribution company, Westlink Power", "most customers would be reconnected by Monday night"),
    ("said", "Morag Dunn, who lives on the seafront at Carrick", "It sounded like a train going past the house all night"),
    ("said", "Forecasters", "the storm would move away to the north-east by Monday afternoon"),
]
NOT_REPORTS["storm_orla"] = [
    "Storm Orla brought gusts of up to 90mph to the west coast overnight, bringing down trees and power lines.",
    "About 60,000 homes were without power on Sunday morning.",
    "Ferry services to the islands were cancelled.",
]

ARTICLES["lithium_mine"] = """Lithium mine approved despite water concerns

Regulators approved a lithium mine in the Salar Verde region on Thursday.

Indigenous communities said the mine would drain the wetlands they rely on for grazing.

The mining company, Andes Lithium Corp, said in a statement that it would recycle 90 percent of the water it used.

Hydrologists say the salt flats' groundwater takes thousands of years to replenish.

The region produced about 8 percent of the world's lithium last year.

The Andean flamingo nests on the lagoons each summer.
"""
GOLD["lithium_mine"] = [
    ("said", "Indigenous communities", "the mine would drain the wetlands they rely on for grazing"),
    ("said", "The mining company, Andes Lithium Corp", "it would recycle 90 percent of the water it used"),
    ("say", "Hydrologists", "the salt flats' groundwater takes thousands of years to replenish"),
]
NOT_REPORTS["lithium_mine"] = [
    "Regulators approved a lithium mine in the Salar Verde region on Thursday.",
    "The region produced about 8 percent of the world's lithium last year.",
    "The Andean flamingo nests on the lagoons each summer.",
]

ARTICLES["coal_exit"] = """Minister vows to end coal power by 2030

The energy minister, Ilse Marten, vowed on Wednesday to close the country's last coal-fired power station by 2030.

Coal still generates 14 percent of the country's electricity.

"There will be no going back on this," Marten told parliament.

Opposition politicians accused the government of risking blackouts.

The grid operator has warned that the country could face shortages in cold, windless weeks.

The last coal plant to close was the Harnow station in 2021.
"""
GOLD["coal_exit"] = [
    ("vowed", "The energy minister, Ilse Marten", "to close the country's last coal-fired power station by 2030"),
    ("told", "Marten", "There will be no going back on this"),
    ("accused", "Opposition politicians", "the government of risking blackouts"),
    ("warned", "The grid operator", "the country could face shortages in cold, windless weeks"),
]
NOT_REPORTS["coal_exit"] = [
    "Coal still generates 14 percent of the country's electricity.",
    "The last coal plant to close was the Harnow station in 2021.",
]
SPEAKERS["coal_exit"] = [("told", "Marten", "Ilse Marten", "There will")]

ARTICLES["air_quality"] = """City breaches air pollution limits for third year

Nitrogen dioxide levels on Corn Street averaged 52 micrograms per cubic metre last year, above the legal limit of 40.

Readings from the council's monitoring stations show that pollution was worst near the ring road.

Doctors' groups said the figures were a public health emergency.

The council's transport chief, Neil Ashby, said a low emission zone would start in January.

He added that drivers of older vans would be offered grants to replace them.

Traffic on the ring road was heavy on Monday morning, and a grey haze hung over the city centre.
"""
GOLD["air_quality"] = [
    ("show", "Readings from the council's monitoring stations", "pollution was worst near the ring road"),
    ("said", "Doctors' groups", "the figures were a public health emergency"),
    ("said", "The council's transport chief, Neil Ashby", "a low emission zone would start in January"),
    ("added", "He", "drivers of older vans would be offered grants to replace them"),
]
NOT_REPORTS["air_quality"] = [
    "Nitrogen dioxide levels on Corn Street averaged 52 micrograms per cubic metre last year, above the legal limit of 40.",
    "Traffic on the ring road was heavy on Monday morning, and a grey haze hung over the city centre.",
]
SPEAKERS["air_quality"] = [("added", "He", "Neil Ashby", "drivers of")]

ARTICLES["hosepipe_ban"] = """Hosepipe ban announced as reservoirs fall

Reservoir levels in the region have fallen to 54 percent of capacity.

Marlow Valley Water said on Friday that a hosepipe ban would come into force on July 1.

The company said it had lost a fifth of its supply to leaks last year.

The last hosepipe ban in the region was lifted in 2018.

Anglers said stretches of the River Coln had dried up completely.

The forecast for the next fortnight shows little rain.
"""
GOLD["hosepipe_ban"] = [
    ("said", "Marlow Valley Water", "a hosepipe ban would come into force on July 1"),
    ("said", "The company", "it had lost a fifth of its supply to leaks last year"),
    ("said", "Anglers", "stretches of the River Coln had dried up completely"),
    ("shows", "The forecast for the next fortnight", "little rain"),
]
NOT_REPORTS["hosepipe_ban"] = [
    "Reservoir levels in the region have fallen to 54 percent of capacity.",
    "The last hosepipe ban in the region was lifted in 2018.",
]
SPEAKERS["hosepipe_ban"] = [("said", "The company", "Marlow Valley Water", "it had lost")]

ARTICLES["carbon_capture"] = """Carbon capture plant misses targets, documents show

A flagship carbon capture plant at Dunmere captured less than half the carbon dioxide it was designed to, according to documents seen by this newspaper.

The plant cost 1.1 billion to build and opened in 2022.

Its owner, Caledon Power, said in a filing to investors that "technical issues" had reduced capture rates.

Environmental groups have long argued that carbon capture is a costly distraction from renewables.

The plant sits on the site of a former coal station.
"""
GOLD["carbon_capture"] = [
    ("according to", "documents seen by this newspaper", "A flagship carbon capture plant at Dunmere captured less than half the carbon dioxide it was designed to"),
    ("said", "Its owner, Caledon Power", "\"technical issues\" had reduced capture rates"),
    ("argued", "Environmental groups", "carbon capture is a costly distraction from renewables"),
]
NOT_REPORTS["carbon_capture"] = [
    "The plant cost 1.1 billion to build and opened in 2022.",
    "The plant sits on the site of a former coal station.",
]

ARTICLES["school_strike"] = """Pupils walk out of school in climate strike

Thousands of pupils walked out of lessons on Friday to join climate strikes in 40 towns.

Placards read "There is no planet B" and "Act now".

"Climate justice now!" the crowd chanted outside the parliament building.

Organisers said more than 20,000 young people had taken part.

The education secretary, Paula Grint, said pupils should protest at weekends, not in school hours.

A light drizzle fell for most of the afternoon.

Some marchers carried cardboard models of the Earth.
"""
GOLD["school_strike"] = [
    ("read", "Placards", "There is no planet B"),
    ("chanted", "the crowd", "Climate justice now!"),
    ("said", "Organisers", "more than 20,000 young people had taken part"),
    ("said", "The education secretary, Paula Grint", "pupils should protest at weekends, not in school hours"),
]
NOT_REPORTS["school_strike"] = [
    "Thousands of pupils walked out of lessons on Friday to join climate strikes in 40 towns.",
    "A light drizzle fell for most of the afternoon.",
    "Some marchers carried cardboard models of the Earth.",
]

# Three articles written after the mends, to probe the mended shapes in other words ('stated with certainty that',
# 'readings', 'samples', a forecast that shows).
ARTICLES["ice_sheet"] = """Ice sheet losing mass faster than thought, study says

Researchers at the Polar Survey Institute said with medium confidence that the western ice sheet had passed a point of no return.

Readings from a network of GPS stations on the bedrock show that the land beneath the ice is rising as the weight comes off.

The ice sheet holds enough water to raise sea levels by about five metres.

"We can now say with some certainty that the losses are speeding up," said the study's lead author, Dr. Henrik Sol.

Winter temperatures on the coast have climbed by nearly 3C since the 1950s.
"""
GOLD["ice_sheet"] = [
    ("said", "Researchers at the Polar Survey Institute", "the western ice sheet had passed a point of no return"),
    ("show", "Readings from a network of GPS stations on the bedrock", "the land beneath the ice is rising as the weight comes off"),
    ("said", "the study's lead author, Dr. Henrik Sol", "We can now say with some certainty that the losses are speeding up"),
]
NOT_REPORTS["ice_sheet"] = [
    "The ice sheet holds enough water to raise sea levels by about five metres.",
    "Winter temperatures on the coast have climbed by nearly 3C since the 1950s.",
]

ARTICLES["lake_algae"] = """Toxic algae closes lake to swimmers

Samples from Lake Ardell show that levels of blue-green algae are ten times the safe limit.

The lake, a popular spot for open-water swimming, was closed on Saturday.

The district health officer, Dr. Sunita Rao, stated with certainty that the bloom was fed by fertiliser washed off nearby fields.

The five-day forecast shows temperatures staying above 30C, which will help the algae spread.

Dogs that drink the water can fall seriously ill within hours.
"""
GOLD["lake_algae"] = [
    ("show", "Samples from Lake Ardell", "levels of blue-green algae are ten times the safe limit"),
    ("stated", "The district health officer, Dr. Sunita Rao", "the bloom was fed by fertiliser washed off nearby fields"),
    ("shows", "The five-day forecast", "temperatures staying above 30C"),
]
NOT_REPORTS["lake_algae"] = [
    "The lake, a popular spot for open-water swimming, was closed on Saturday.",
    "Dogs that drink the water can fall seriously ill within hours.",
]

ARTICLES["peat_bogs"] = """Growers told to stop using peat within two years

The environment department said on Thursday that the sale of peat compost to professional growers would end in 2027.

The union representing nursery growers said the deadline was far too tight.

Peat bogs store more carbon than all the country's forests combined.

Its president, Gareth Lowe, warned that some nurseries would close because no other material was as reliable.

A placard outside the department's offices read "Bogs not bags".
"""
GOLD["peat_bogs"] = [
    ("said", "The environment department", "the sale of peat compost to professional growers would end in 2027"),
    ("said", "The union representing nursery growers", "the deadline was far too tight"),
    ("warned", "Its president, Gareth Lowe", "some nurseries would close because no other material was as reliable"),
    ("read", "A placard outside the department's offices", "Bogs not bags"),
]
NOT_REPORTS["peat_bogs"] = ["Peat bogs store more carbon than all the country's forests combined."]
