# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five articles of seven to nine paragraphs written for the sixty-eighth pass's check of who is speaking
across a long article (helper L): two speakers of the same gender ('Ms Hale ... Ms Odum ... she said'), role phrases
naming an earlier speaker ('the 45-year-old', 'the father of three', 'the former minister', 'the striker', 'the
Dublin-born author', 'the company's founder', 'the veteran'), speakers first named in the headline or a photo
caption, a speaker named once and quoted in later paragraphs with 'he' only, 'they' for a body ('The council said ...
They added'), a family name shared by two people ('John and Mary Tell'), a name's short forms ('Dr Chidi Okafor ...
Okafor ... Chidi') and a speaker introduced in the line of their first quotation ('"We will fight," said the union's
leader, Ada Vance').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``, the
speaker being the person or body the source refers to, named as first written in full, titles aside. Every name,
place, body and sentence is made up. Read by ``test_probe_findings_68_longspeakers``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["library_hours"] = """Library hours to be cut in Brinmoor

Brinmoor council will cut opening hours at its four libraries from January.

Jane Hale, who chairs the council's culture committee, said the cuts would save about £400,000 a year.

The branches in Oldgate and Marsh End will close on Mondays and Tuesdays.

Grace Odum, who runs a reading group at the Oldgate branch, said the decision would hurt older residents most.

"Many of our members have no internet at home," she said.

Ms Hale said the council had looked at every other option first.

She added that volunteers could keep the branches open on some evenings.

Ms Odum said the group would hand a petition to the council next week.
"""
GOLD["library_hours"] = [
    ("said", "Jane Hale, who chairs the council's culture committee", "the cuts would save about £400,000 a year"),
    ("said", "Grace Odum, who runs a reading group at the Oldgate branch", "the decision would hurt older residents most"),
    ("said", "she", "Many of our members have no internet at home"),
    ("said", "Ms Hale", "the council had looked at every other option first"),
    ("added", "She", "volunteers could keep the branches open on some evenings"),
    ("said", "Ms Odum", "the group would hand a petition to the council next week"),
]
NOT_REPORTS["library_hours"] = [
    "Brinmoor council will cut opening hours at its four libraries from January.",
    "The branches in Oldgate and Marsh End will close on Mondays and Tuesdays.",
]
SPEAKERS["library_hours"] = [
    ("said", "she", "Grace Odum", "Many"), ("said", "Ms Hale", "Jane Hale", "the council"),
    ("added", "She", "Jane Hale", "volunteers"), ("said", "Ms Odum", "Grace Odum", "the group"),
]

ARTICLES["teacher_cleared"] = """Teacher cleared of misconduct returns to class

A Harlow Vale teacher who was suspended for eight months has been cleared by a disciplinary panel.

Martin Crewe, 45, has taught history at Fenwick High School since 2009.

The panel met three times in Harlow Vale.

The 45-year-old said he was relieved but angry at how long the case had taken.

"I lost eight months of my career for nothing," he said.

The school's head teacher, Olu Banjo, said Mr Crewe would return to his classes next month.

Mr Banjo said the school had followed the rules throughout.
"""
GOLD["teacher_cleared"] = [
    ("said", "The 45-year-old", "he was relieved but angry at how long the case had taken"),
    ("said", "he", "I lost eight months of my career for nothing"),
    ("said", "The school's head teacher, Olu Banjo", "Mr Crewe would return to his classes next month"),
    ("said", "Mr Banjo", "the school had followed the rules throughout"),
]
NOT_REPORTS["teacher_cleared"] = [
    "Martin Crewe, 45, has taught history at Fenwick High School since 2009.",
    "The panel met three times in Harlow Vale.",
]
SPEAKERS["teacher_cleared"] = [
    ("said", "The 45-year-old", "Martin Crewe", "he was"), ("said", "he", "Martin Crewe", "I lost"),
    ("said", "Mr Banjo", "Olu Banjo", "the school"),
]

ARTICLES["fisherman_adrift"] = """Fisherman rescued after 14 hours adrift

A fisherman from Carrick Bay was rescued on Sunday after his boat lost power 20 miles offshore.

Dev Saran, a father of three, spent 14 hours in the drifting boat before a lifeboat crew reached him.

The father of three said he had kept warm by wrapping himself in an old sail.

"I thought about my kids the whole night," he said.

The lifeboat's helmsman, Rory Pike, said the sea had been too rough for a helicopter.

Mr Pike said the crew had found the boat by following a flare.

Mr Saran said he would be back at sea within a month.
"""
GOLD["fisherman_adrift"] = [
    ("said", "The father of three", "he had kept warm by wrapping himself in an old sail"),
    ("said", "he", "I thought about my kids the whole night"),
    ("said", "The lifeboat's helmsman, Rory Pike", "the sea had been too rough for a helicopter"),
    ("said", "Mr Pike", "the crew had found the boat by following a flare"),
    ("said", "Mr Saran", "he would be back at sea within a month"),
]
NOT_REPORTS["fisherman_adrift"] = [
    "A fisherman from Carrick Bay was rescued on Sunday after his boat lost power 20 miles offshore.",
    "Dev Saran, a father of three, spent 14 hours in the drifting boat before a lifeboat crew reached him.",
]
SPEAKERS["fisherman_adrift"] = [
    ("said", "The father of three", "Dev Saran", "he had"), ("said", "he", "Dev Saran", "I thought"),
    ("said", "Mr Pike", "Rory Pike", "the crew"), ("said", "Mr Saran", "Dev Saran", "he would"),
]

ARTICLES["minister_backs"] = """Ex-minister backs rival in party contest

Former transport minister Helen Darby has backed Lewis Fane to lead the Progress Party.

The former minister said Mr Fane was the only candidate with a plan for the north.

Ballots will be sent to 60,000 members next week.

Mr Fane, who has been an MP since 2015, said he was grateful for her support.

"Helen knows this party better than anyone," he said.

His rival, Sita Kapoor, said the contest would be decided by members, not by former ministers.

Ms Darby said she would campaign for Mr Fane in Yorkshire.
"""
GOLD["minister_backs"] = [
    ("said", "The former minister", "Mr Fane was the only candidate with a plan for the north"),
    ("said", "Mr Fane, who has been an MP since 2015", "he was grateful for her support"),
    ("said", "he", "Helen knows this party better than anyone"),
    ("said", "His rival, Sita Kapoor", "the contest would be decided by members, not by former ministers"),
    ("said", "Ms Darby", "she would campaign for Mr Fane in Yorkshire"),
]
NOT_REPORTS["minister_backs"] = ["Ballots will be sent to 60,000 members next week."]
SPEAKERS["minister_backs"] = [
    ("said", "The former minister", "Helen Darby", "Mr Fane"), ("said", "he", "Lewis Fane", "Helen"),
    ("said", "Ms Darby", "Helen Darby", "she would"),
]

ARTICLES["striker_deal"] = """Striker signs new deal at Calder Town

Calder Town striker Ben Asante has signed a new three-year contract with the club.

The 24-year-old scored 19 goals last season, the most in the league.

The striker said he had never wanted to leave Calder.

"This is my home and the fans have always backed me," he said.

Manager Tony Greer said the deal was the best news the club had had all summer.

Greer said Asante could become the club's record scorer.

Asante said he hoped to win a first cap for his country this year.
"""
GOLD["striker_deal"] = [
    ("said", "The striker", "he had never wanted to leave Calder"),
    ("said", "he", "This is my home and the fans have always backed me"),
    ("said", "Manager Tony Greer", "the deal was the best news the club had had all summer"),
    ("said", "Greer", "Asante could become the club's record scorer"),
    ("said", "Asante", "he hoped to win a first cap for his country this year"),
]
NOT_REPORTS["striker_deal"] = ["The 24-year-old scored 19 goals last season, the most in the league."]
SPEAKERS["striker_deal"] = [
    ("said", "The striker", "Ben Asante", "he had"), ("said", "he", "Ben Asante", "This is"),
    ("said", "Greer", "Tony Greer", "Asante"), ("said", "Asante", "Ben Asante", "he hoped"),
]

ARTICLES["debut_prize"] = """Novelist wins Halden prize for debut

Niamh Corrigan has won the Halden prize for first novels with her book The Salt Road.

The Dublin-born author said she had written most of the novel on night buses.

The prize is worth £25,000.

The chair of the judges, Paul Everett, said the book was fierce and funny.

Corrigan, who works as a nurse, said she would use the money to take a year off.

"I've never had a year off in my life," she said.

Mr Everett said the judges had read 140 books this year.
"""
GOLD["debut_prize"] = [
    ("said", "The Dublin-born author", "she had written most of the novel on night buses"),
    ("said", "The chair of the judges, Paul Everett", "the book was fierce and funny"),
    ("said", "Corrigan, who works as a nurse", "she would use the money to take a year off"),
    ("said", "she", "I've never had a year off in my life"),
    ("said", "Mr Everett", "the judges had read 140 books this year"),
]
NOT_REPORTS["debut_prize"] = [
    "Niamh Corrigan has won the Halden prize for first novels with her book The Salt Road.",
    "The prize is worth £25,000.",
]
SPEAKERS["debut_prize"] = [
    ("said", "The Dublin-born author", "Niamh Corrigan", "she had"),
    ("said", "Corrigan, who works as a nurse", "Niamh Corrigan", "she would"),
    ("said", "she", "Niamh Corrigan", "I've"), ("said", "Mr Everett", "Paul Everett", "the judges"),
]

ARTICLES["bakery_founder"] = """Bakery chain to open 20 shops

Crumb & Co, the bakery chain, plans to open 20 shops in the Midlands next year.

The chain was started on a market stall in Lenton in 2011 by Rosa Lind.

The company's founder said the new shops would create about 300 jobs.

"We started with one oven and a folding table," she said.

Its chief executive, Mark Olsen, said the chain would pay staff above the living wage.

Mr Olsen said sales had risen by 30% last year.

Ms Lind said she still bakes at the Lenton shop every Saturday.
"""
GOLD["bakery_founder"] = [
    ("said", "The company's founder", "the new shops would create about 300 jobs"),
    ("said", "she", "We started with one oven and a folding table"),
    ("said", "Its chief executive, Mark Olsen", "the chain would pay staff above the living wage"),
    ("said", "Mr Olsen", "sales had risen by 30% last year"),
    ("said", "Ms Lind", "she still bakes at the Lenton shop every Saturday"),
]
NOT_REPORTS["bakery_founder"] = [
    "Crumb & Co, the bakery chain, plans to open 20 shops in the Midlands next year.",
    "The chain was started on a market stall in Lenton in 2011 by Rosa Lind.",
]
SPEAKERS["bakery_founder"] = [
    ("said", "The company's founder", "Rosa Lind", "the new"), ("said", "she", "Rosa Lind", "We started"),
    ("said", "Mr Olsen", "Mark Olsen", "sales"), ("said", "Ms Lind", "Rosa Lind", "she still"),
]

ARTICLES["tram_mayor"] = """Ellsworth mayor Ruth Ingram promises tram by 2028

The mayor of Ellsworth has promised that the city's delayed tram line will be finished within three years.

Work on the line stopped in 2023 when the main contractor went bust.

Speaking at the town hall on Monday, she said a new contractor had been found.

"Nobody is more frustrated by the delay than me," she said.

Opposition leader Karl Webb said the mayor had made the same promise twice before.

She said the first trams would carry passengers between the station and the university.
"""
GOLD["tram_mayor"] = [
    ("promised", "The mayor of Ellsworth", "the city's delayed tram line will be finished within three years"),
    ("said", "she", "a new contractor had been found"),
    ("said", "she", "Nobody is more frustrated by the delay than me"),
    ("said", "Opposition leader Karl Webb", "the mayor had made the same promise twice before"),
    ("said", "She", "the first trams would carry passengers between the station and the university"),
]
NOT_REPORTS["tram_mayor"] = ["Work on the line stopped in 2023 when the main contractor went bust."]
SPEAKERS["tram_mayor"] = [
    ("has promised", "The mayor of Ellsworth", "Ruth Ingram", "the city's"), ("said", "she", "Ruth Ingram", "a new"),
    ("said", "She", "Ruth Ingram", "the first"),
]

ARTICLES["eye_clinic"] = """Clinic doubles number of free eye tests

Dr Amara Nwosu at the Kelby eye clinic, which opened in 2022.

A charity eye clinic in Kelby tested more than 5,000 people last year, twice as many as in 2023.

The clinic's director said most patients had not seen an optician for at least five years.

"Some people come in unable to read a bus timetable," she said.

The clinic is run by the charity Clear Sight and staffed by volunteers.

Dr Nwosu said the clinic needed another £60,000 to stay open on Saturdays.

A volunteer, Tom Reyes, said he had given up two days a week to work there.
"""
GOLD["eye_clinic"] = [
    ("said", "The clinic's director", "most patients had not seen an optician for at least five years"),
    ("said", "she", "Some people come in unable to read a bus timetable"),
    ("said", "Dr Nwosu", "the clinic needed another £60,000 to stay open on Saturdays"),
    ("said", "A volunteer, Tom Reyes", "he had given up two days a week to work there"),
]
NOT_REPORTS["eye_clinic"] = [
    "Dr Amara Nwosu at the Kelby eye clinic, which opened in 2022.",
    "A charity eye clinic in Kelby tested more than 5,000 people last year, twice as many as in 2023.",
    "The clinic is run by the charity Clear Sight and staffed by volunteers.",
]
SPEAKERS["eye_clinic"] = [
    ("said", "The clinic's director", "Amara Nwosu", "most"), ("said", "she", "Amara Nwosu", "Some"),
    ("said", "Dr Nwosu", "Amara Nwosu", "the clinic"),
]

ARTICLES["solar_farmer"] = """Farmer fights plan for solar park

A farmer in Ashcombe is fighting plans for a solar park on land next to his dairy herd.

Gareth Mills, whose family has farmed in the valley for four generations, said the panels would cover 200 acres of good grazing.

The developer, Brightfield Energy, wants to build the park on land it leases from the county.

He said he had not been told about the plans until a neighbour showed him a leaflet.

"They talk about green energy, but this is good farmland," he said.

He added that he would speak at the planning meeting next month.

The planning meeting will be held in the village hall.
"""
GOLD["solar_farmer"] = [
    ("said", "Gareth Mills, whose family has farmed in the valley for four generations", "the panels would cover 200 acres of good grazing"),
    ("said", "He", "he had not been told about the plans until a neighbour showed him a leaflet"),
    ("said", "he", "They talk about green energy, but this is good farmland"),
    ("added", "He", "he would speak at the planning meeting next month"),
]
NOT_REPORTS["solar_farmer"] = [
    "The developer, Brightfield Energy, wants to build the park on land it leases from the county.",
    "The planning meeting will be held in the village hall.",
]
SPEAKERS["solar_farmer"] = [
    ("said", "He", "Gareth Mills", "he had"), ("said", "he", "Gareth Mills", "They talk"),
    ("added", "He", "Gareth Mills", "he would"),
]

ARTICLES["parking_council"] = """Council to raise parking charges

Harwick District Council is to raise parking charges in the town centre by 20p an hour.

The council said the extra money would pay for repairs to its three car parks.

They added that blue badge holders would still park for free.

The car parks have 900 spaces between them.

Lena Frost, who runs a florist on Market Street, said fewer shoppers would come into town.

"People will just drive to the retail park," she said.

The council said the new charges would start in April.
"""
GOLD["parking_council"] = [
    ("said", "The council", "the extra money would pay for repairs to its three car parks"),
    ("added", "They", "blue badge holders would still park for free"),
    ("said", "Lena Frost, who runs a florist on Market Street", "fewer shoppers would come into town"),
    ("said", "she", "People will just drive to the retail park"),
    ("said", "The council", "the new charges would start in April"),
]
NOT_REPORTS["parking_council"] = [
    "Harwick District Council is to raise parking charges in the town centre by 20p an hour.",
    "The car parks have 900 spaces between them.",
]
SPEAKERS["parking_council"] = [
    ("said", "The council", "Harwick District Council", "the extra"), ("added", "They", "Harwick District Council", "blue"),
    ("said", "she", "Lena Frost", "People"),
]

ARTICLES["scooter_recall"] = """Toy maker recalls 40,000 scooters

Kipling Toys is recalling 40,000 children's scooters after the handlebars on some snapped in use.

The company said no child had been seriously hurt.

They said parents should stop using the scooters at once and return them to any shop.

The scooters were sold between March and October.

A trading standards officer, Ian Roche, said the recall was the largest in the county this year.

Kipling Toys said customers would get a full refund.
"""
GOLD["scooter_recall"] = [
    ("said", "The company", "no child had been seriously hurt"),
    ("said", "They", "parents should stop using the scooters at once and return them to any shop"),
    ("said", "A trading standards officer, Ian Roche", "the recall was the largest in the county this year"),
    ("said", "Kipling Toys", "customers would get a full refund"),
]
NOT_REPORTS["scooter_recall"] = [
    "Kipling Toys is recalling 40,000 children's scooters after the handlebars on some snapped in use.",
    "The scooters were sold between March and October.",
]
SPEAKERS["scooter_recall"] = [
    ("said", "The company", "Kipling Toys", "no child"), ("said", "They", "Kipling Toys", "parents"),
]

ARTICLES["corner_shop"] = """Couple celebrate 60 years at corner shop

John and Mary Tell opened their corner shop in Pelham Street in 1965.

On Saturday, more than 200 customers came to a party to mark the shop's 60th year.

Mr Tell, 84, said he still opened the shop at six every morning.

Mrs Tell said the shop had survived two supermarkets opening nearby.

"People come for the chat as much as the milk," she said.

Their son, Peter, said the family would keep the shop open after his parents retire.

Mr Tell said that would not be for a while yet.
"""
GOLD["corner_shop"] = [
    ("said", "Mr Tell, 84", "he still opened the shop at six every morning"),
    ("said", "Mrs Tell", "the shop had survived two supermarkets opening nearby"),
    ("said", "she", "People come for the chat as much as the milk"),
    ("said", "Their son, Peter", "the family would keep the shop open after his parents retire"),
    ("said", "Mr Tell", "that would not be for a while yet"),
]
NOT_REPORTS["corner_shop"] = [
    "John and Mary Tell opened their corner shop in Pelham Street in 1965.",
    "On Saturday, more than 200 customers came to a party to mark the shop's 60th year.",
]
SPEAKERS["corner_shop"] = [
    ("said", "Mr Tell, 84", "John Tell", "he still"), ("said", "Mrs Tell", "Mary Tell", "the shop"),
    ("said", "she", "Mary Tell", "People"), ("said", "Mr Tell", "John Tell", "that would"),
]

ARTICLES["night_scans"] = """Hospital trial cuts waiting times for scans

A trial at Linden General Hospital has cut waiting times for MRI scans from ten weeks to three.

Dr Chidi Okafor, the radiologist who led the trial, said the hospital had simply run its scanners through the night.

The trial ran for six months and cost £1.2m.

Okafor said patients had been happy to come in at two in the morning.

His colleague, Dr Sarah Lamb, said staff had volunteered for the night shifts.

Chidi said the hospital would ask the health board to make the change permanent.

Dr Lamb said other hospitals had already asked about the results.
"""
GOLD["night_scans"] = [
    ("said", "Dr Chidi Okafor, the radiologist who led the trial", "the hospital had simply run its scanners through the night"),
    ("said", "Okafor", "patients had been happy to come in at two in the morning"),
    ("said", "His colleague, Dr Sarah Lamb", "staff had volunteered for the night shifts"),
    ("said", "Chidi", "the hospital would ask the health board to make the change permanent"),
    ("said", "Dr Lamb", "other hospitals had already asked about the results"),
]
NOT_REPORTS["night_scans"] = [
    "A trial at Linden General Hospital has cut waiting times for MRI scans from ten weeks to three.",
    "The trial ran for six months and cost £1.2m.",
]
SPEAKERS["night_scans"] = [
    ("said", "Okafor", "Chidi Okafor", "patients"), ("said", "Chidi", "Chidi Okafor", "the hospital would"),
    ("said", "Dr Lamb", "Sarah Lamb", "other"),
]

ARTICLES["bus_strike"] = """Bus drivers vote to strike

"We will fight for every penny," said the union's leader, Ada Vance.

About 400 drivers work for Redline Buses in the city.

Ms Vance said drivers had been offered a rise of 2%, well below inflation.

Redline's managing director, Sean Carr, said the company could not afford more.

"We have already cut routes to keep fares down," he said.

She said the union would meet the company again on Thursday.

Mr Carr said he hoped the strike could be avoided.
"""
GOLD["bus_strike"] = [
    ("said", "the union's leader, Ada Vance", "We will fight for every penny"),
    ("said", "Ms Vance", "drivers had been offered a rise of 2%, well below inflation"),
    ("said", "Redline's managing director, Sean Carr", "the company could not afford more"),
    ("said", "he", "We have already cut routes to keep fares down"),
    ("said", "She", "the union would meet the company again on Thursday"),
    ("said", "Mr Carr", "he hoped the strike could be avoided"),
]
NOT_REPORTS["bus_strike"] = ["About 400 drivers work for Redline Buses in the city."]
SPEAKERS["bus_strike"] = [
    ("said", "Ms Vance", "Ada Vance", "drivers"), ("said", "he", "Sean Carr", "We have"),
    ("said", "She", "Ada Vance", "the union"), ("said", "Mr Carr", "Sean Carr", "he hoped"),
]

ARTICLES["post_office"] = """Village keeps its post office

"It felt like we were losing the heart of the village," said Colin Marsh, a retired postman who led the campaign.

The post office in Upper Denby was due to close in June.

After a 3,000-signature petition, the owner of the village shop, Ravi Shah, took on a counter at his till.

Mr Shah said the counter would open four mornings a week.

"It's not much, but it means pensioners don't need to catch two buses," he said.

Mr Marsh said he would now campaign to keep the village's last bus route.

He said the petition had shown that people would fight for their services.
"""
GOLD["post_office"] = [
    ("said", "Colin Marsh, a retired postman who led the campaign", "It felt like we were losing the heart of the village"),
    ("said", "Mr Shah", "the counter would open four mornings a week"),
    ("said", "he", "It's not much, but it means pensioners don't need to catch two buses"),
    ("said", "Mr Marsh", "he would now campaign to keep the village's last bus route"),
    ("said", "He", "the petition had shown that people would fight for their services"),
]
NOT_REPORTS["post_office"] = [
    "The post office in Upper Denby was due to close in June.",
    "After a 3,000-signature petition, the owner of the village shop, Ravi Shah, took on a counter at his till.",
]
SPEAKERS["post_office"] = [
    ("said", "Mr Shah", "Ravi Shah", "the counter"), ("said", "he", "Ravi Shah", "It's"),
    ("said", "Mr Marsh", "Colin Marsh", "he would"), ("said", "He", "Colin Marsh", "the petition"),
]

ARTICLES["market_hall"] = """Rival bids for Orley market hall

Two groups have bid to take over the Victorian market hall in Orley, which has stood empty since 2021.

Hannah Price, who leads a group of traders, said they wanted to reopen it as a food market.

Lucy Bell, a developer, wants to turn the hall into flats with shops on the ground floor.

Ms Bell said the flats were the only way to pay for the new roof.

"The building is falling down and nobody else has the money," she said.

Ms Price said the traders had raised £350,000 from local people.

She said the hall belonged to the town, not to a developer.

The council will choose between the bids in May.
"""
GOLD["market_hall"] = [
    ("said", "Hannah Price, who leads a group of traders", "they wanted to reopen it as a food market"),
    ("said", "Ms Bell", "the flats were the only way to pay for the new roof"),
    ("said", "she", "The building is falling down and nobody else has the money"),
    ("said", "Ms Price", "the traders had raised £350,000 from local people"),
    ("said", "She", "the hall belonged to the town, not to a developer"),
]
NOT_REPORTS["market_hall"] = [
    "Two groups have bid to take over the Victorian market hall in Orley, which has stood empty since 2021.",
    "The council will choose between the bids in May.",
]
SPEAKERS["market_hall"] = [
    ("said", "Ms Bell", "Lucy Bell", "the flats"), ("said", "she", "Lucy Bell", "The building"),
    ("said", "Ms Price", "Hannah Price", "the traders"), ("said", "She", "Hannah Price", "the hall"),
]

ARTICLES["captain_retires"] = """Captain Kerr retires after 14 seasons

Dunmore Rovers captain Alan Kerr will retire at the end of the season after 14 years at the club.

The 31-year-old said his knees could no longer cope with a full season.

Kerr made 412 appearances for Rovers and won two league titles.

His coach, Frank Dolan, said the defender had been the best captain he had worked with.

"He leads by example and never misses training," Dolan said.

The veteran said he would like to coach the club's youth team.

Kerr said his last game, at home to Ashby, would be an emotional day.
"""
GOLD["captain_retires"] = [
    ("said", "The 31-year-old", "his knees could no longer cope with a full season"),
    ("said", "His coach, Frank Dolan", "the defender had been the best captain he had worked with"),
    ("said", "Dolan", "He leads by example and never misses training"),
    ("said", "The veteran", "he would like to coach the club's youth team"),
    ("said", "Kerr", "his last game, at home to Ashby, would be an emotional day"),
]
NOT_REPORTS["captain_retires"] = ["Kerr made 412 appearances for Rovers and won two league titles."]
SPEAKERS["captain_retires"] = [
    ("said", "The 31-year-old", "Alan Kerr", "his knees"), ("said", "Dolan", "Frank Dolan", "He leads"),
    ("said", "The veteran", "Alan Kerr", "he would"), ("said", "Kerr", "Alan Kerr", "his last"),
]

ARTICLES["singer_returns"] = """Singer returns to stage after illness

Maya Lorne, the Glasgow-born singer, will play her first concert in two years at the Alder Hall on Friday.

The singer said she had spent most of last year learning to breathe properly again.

Lorne, 38, was treated for a lung infection in 2024.

Her manager, Joe Tait, said tickets for the concert had sold out in an hour.

The Glasgow-born star said she had written 12 new songs while she was ill.

"Some of them are very sad and some are very silly," she said.
"""
GOLD["singer_returns"] = [
    ("said", "The singer", "she had spent most of last year learning to breathe properly again"),
    ("said", "Her manager, Joe Tait", "tickets for the concert had sold out in an hour"),
    ("said", "The Glasgow-born star", "she had written 12 new songs while she was ill"),
    ("said", "she", "Some of them are very sad and some are very silly"),
]
NOT_REPORTS["singer_returns"] = [
    "Maya Lorne, the Glasgow-born singer, will play her first concert in two years at the Alder Hall on Friday.",
    "Lorne, 38, was treated for a lung infection in 2024.",
]
SPEAKERS["singer_returns"] = [
    ("said", "The singer", "Maya Lorne", "she had spent"), ("said", "The Glasgow-born star", "Maya Lorne", "she had written"),
    ("said", "she", "Maya Lorne", "Some"),
]

ARTICLES["marathon_grandmother"] = """Grandmother, 71, finishes first marathon

Iris Kane, a grandmother of seven, finished the Wexford marathon in just under six hours on Sunday.

The 71-year-old said she had started running three years ago to keep up with her grandchildren.

Her daughter, Claire Kane, ran the race beside her.

"I told her to slow down at every mile and she ignored me," Claire said.

The grandmother said she had raised £4,000 for a hospice that cared for her husband.

She said she had already signed up for next year's race.
"""
GOLD["marathon_grandmother"] = [
    ("said", "The 71-year-old", "she had started running three years ago to keep up with her grandchildren"),
    ("said", "Claire", "I told her to slow down at every mile and she ignored me"),
    ("said", "The grandmother", "she had raised £4,000 for a hospice that cared for her husband"),
    ("said", "She", "she had already signed up for next year's race"),
]
NOT_REPORTS["marathon_grandmother"] = [
    "Iris Kane, a grandmother of seven, finished the Wexford marathon in just under six hours on Sunday.",
    "Her daughter, Claire Kane, ran the race beside her.",
]
SPEAKERS["marathon_grandmother"] = [
    ("said", "The 71-year-old", "Iris Kane", "she had started"), ("said", "Claire", "Claire Kane", "I told"),
    ("said", "The grandmother", "Iris Kane", "she had raised"), ("said", "She", "Iris Kane", "she had already"),
]

ARTICLES["nurses_offer"] = """Nurses' union rejects pay offer

The Royal Guild of Nurses, which represents 90,000 nurses in Westland, has been offered a pay rise of 3%.

The union said the offer would not stop nurses leaving for jobs abroad.

They said members would be asked to vote on strike action in January.

The health department said the offer was the most it could afford.

A nurse at Kelso Infirmary, Beth Adair, said she worked two extra shifts a month to pay her rent.

"I love this job, but I can't live on it," she said.

The guild said talks would continue next week.
"""
GOLD["nurses_offer"] = [
    ("said", "The union", "the offer would not stop nurses leaving for jobs abroad"),
    ("said", "They", "members would be asked to vote on strike action in January"),
    ("said", "The health department", "the offer was the most it could afford"),
    ("said", "A nurse at Kelso Infirmary, Beth Adair", "she worked two extra shifts a month to pay her rent"),
    ("said", "she", "I love this job, but I can't live on it"),
    ("said", "The guild", "talks would continue next week"),
]
NOT_REPORTS["nurses_offer"] = [
    "The Royal Guild of Nurses, which represents 90,000 nurses in Westland, has been offered a pay rise of 3%.",
]
SPEAKERS["nurses_offer"] = [
    ("said", "The union", "Royal Guild of Nurses", "the offer would not"), ("said", "They", "Royal Guild of Nurses", "members"),
    ("said", "she", "Beth Adair", "I love"), ("said", "The guild", "Royal Guild of Nurses", "talks"),
]

ARTICLES["fire_station_chef"] = """Chef opens restaurant in old fire station

Tomas Reid, who ran the kitchen at the Harbour Inn for ten years, has opened his own restaurant in Kelby's old fire station.

He said he had wanted to cook in the building since he was a boy.

The fire station was built in 1902 and closed in 1998, when the brigade moved to a new site on the bypass.

The building was bought last year by a local businessman, Neil Ward, who rents it to the restaurant.

Reid said the menu would change every week, depending on what the boats brought in.

"If the fishermen have a bad day, so do we," he said.

He added that he had hired six young chefs from the town's college.
"""
GOLD["fire_station_chef"] = [
    ("said", "He", "he had wanted to cook in the building since he was a boy"),
    ("said", "Reid", "the menu would change every week, depending on what the boats brought in"),
    ("said", "he", "If the fishermen have a bad day, so do we"),
    ("added", "He", "he had hired six young chefs from the town's college"),
]
NOT_REPORTS["fire_station_chef"] = [
    "The fire station was built in 1902 and closed in 1998, when the brigade moved to a new site on the bypass.",
    "The building was bought last year by a local businessman, Neil Ward, who rents it to the restaurant.",
]
SPEAKERS["fire_station_chef"] = [
    ("said", "He", "Tomas Reid", "he had wanted"), ("said", "Reid", "Tomas Reid", "the menu"),
    ("said", "he", "Tomas Reid", "If"), ("added", "He", "Tomas Reid", "he had hired"),
]

ARTICLES["airline_routes"] = """Airline to cut winter flights

Skylane, the budget airline, will cut 30 routes from its winter timetable because of rising fuel costs.

Its chief executive, Marta Rusk, said the routes had been losing money for two years.

The cuts will affect flights from Harwick, Elton and Dunmore.

The airline's boss said passengers on cancelled flights would be offered another flight or a refund.

"We would rather cut a route than raise every fare," she said.

A pilots' union official, Derek Hume, said 80 jobs were at risk.

Ms Rusk said no pilot would lose their job.
"""
GOLD["airline_routes"] = [
    ("said", "Its chief executive, Marta Rusk", "the routes had been losing money for two years"),
    ("said", "The airline's boss", "passengers on cancelled flights would be offered another flight or a refund"),
    ("said", "she", "We would rather cut a route than raise every fare"),
    ("said", "A pilots' union official, Derek Hume", "80 jobs were at risk"),
    ("said", "Ms Rusk", "no pilot would lose their job"),
]
NOT_REPORTS["airline_routes"] = [
    "Skylane, the budget airline, will cut 30 routes from its winter timetable because of rising fuel costs.",
    "The cuts will affect flights from Harwick, Elton and Dunmore.",
]
SPEAKERS["airline_routes"] = [
    ("said", "The airline's boss", "Marta Rusk", "passengers"), ("said", "she", "Marta Rusk", "We would"),
    ("said", "Ms Rusk", "Marta Rusk", "no pilot"),
]

ARTICLES["mould_case"] = """Mother wins case against landlord

Kemi Ade with her sons outside Lessing county court on Tuesday.

A mother of two has won £8,000 from her landlord after living for a year in a flat with black mould.

The 29-year-old said the mould had made both of her sons ill.

The landlord, Bryn Holdings, owns 300 flats in the town.

Ms Ade said she had complained to the company eleven times.

"Every time they told me to open a window," she said.

Bryn Holdings said it would appeal.
"""
GOLD["mould_case"] = [
    ("said", "The 29-year-old", "the mould had made both of her sons ill"),
    ("said", "Ms Ade", "she had complained to the company eleven times"),
    ("said", "she", "Every time they told me to open a window"),
    ("said", "Bryn Holdings", "it would appeal"),
]
NOT_REPORTS["mould_case"] = [
    "Kemi Ade with her sons outside Lessing county court on Tuesday.",
    "A mother of two has won £8,000 from her landlord after living for a year in a flat with black mould.",
    "The landlord, Bryn Holdings, owns 300 flats in the town.",
]
SPEAKERS["mould_case"] = [
    ("said", "The 29-year-old", "Kemi Ade", "the mould"), ("said", "Ms Ade", "Kemi Ade", "she had"),
    ("said", "she", "Kemi Ade", "Every"),
]

ARTICLES["harbour_chair"] = """Owen Pryce quits as chair of harbour board

The chairman of the Portlow Harbour Board has resigned after six years, saying he wants to spend more time with his family.

Mr Pryce said the board had cleared its debts and was in good hands.

The board runs the port and the marina, which together employ 140 people.

His deputy, Alys Morgan, will take over until a new chair is chosen.

Ms Morgan said she would not apply for the job.

"Owen leaves big shoes to fill," she said.
"""
GOLD["harbour_chair"] = [
    ("saying", "The chairman of the Portlow Harbour Board", "he wants to spend more time with his family"),
    ("said", "Mr Pryce", "the board had cleared its debts and was in good hands"),
    ("said", "Ms Morgan", "she would not apply for the job"),
    ("said", "she", "Owen leaves big shoes to fill"),
]
NOT_REPORTS["harbour_chair"] = [
    "The board runs the port and the marina, which together employ 140 people.",
    "His deputy, Alys Morgan, will take over until a new chair is chosen.",
]
SPEAKERS["harbour_chair"] = [
    ("saying", "The chairman of the Portlow Harbour Board", "Owen Pryce", "he wants"),
    ("said", "Mr Pryce", "Owen Pryce", "the board"), ("said", "Ms Morgan", "Alys Morgan", "she would"),
    ("said", "she", "Alys Morgan", "Owen"),
]
