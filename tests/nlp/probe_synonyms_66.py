# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second pass's check of speakers named again by another word (helper M): a
person introduced by one role and later called by a synonym or a kind noun, the later phrase the one who spoke first
('Brennock Air's chief executive ... the airline boss said', 'the first officer ... the co-pilot said', 'the finance
director ... the carrier's finance chief', 'the head teacher ... the head', 'Detective Chief Inspector X ... the senior
officer', 'striker X ... the forward', 'Dr X, a GP ... the doctor', 'the chief executive ... the CEO', 'the founder ...
the entrepreneur', 'Chief Constable X ... the police chief'), and traps where the later noun fits only one of two
people named, or names the kind of another firm of the article ('Pelham Air ... Kestrel Motors ... the carmaker's boss'
is Kestrel's).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included): per article,
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``, the speaker a person's name or,
when no one named fits, the description as shown. Every name, place, company, figure and sentence is made up. Read by
``test_probe_findings_66_synonyms``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["airline_boss"] = """Brennock Air to drop winter routes

Brennock Air will drop 14 routes from its winter timetable.

Brennock Air's chief executive, Tomasz Wilk, said fuel costs had risen by a third since March.

The routes include flights from Hallam to Oporto and Riga.

The airline boss said the cuts would not lead to job losses.
"""
GOLD["airline_boss"] = [
    ("said", "Brennock Air's chief executive, Tomasz Wilk", "fuel costs had risen by a third since March"),
    ("said", "The airline boss", "the cuts would not lead to job losses"),
]
NOT_REPORTS["airline_boss"] = ["Brennock Air will drop 14 routes from its winter timetable.", "The routes include flights from Hallam to Oporto and Riga."]
SPEAKERS["airline_boss"] = [("said", "The airline boss", "Tomasz Wilk", "the cuts")]

ARTICLES["bank_boss"] = """Harrowgate Bank profits fall

Harrowgate Bank made a profit of £412m in the six months to June, down from £530m a year earlier.

Its chief executive, Celia Okonjo, said the bank had set aside more money for bad loans.

The finance director, Paul Serle, said costs had been cut by 6%.

The bank has 210 branches.

The bank boss said she expected interest rates to fall next year.
"""
GOLD["bank_boss"] = [
    ("said", "Its chief executive, Celia Okonjo", "the bank had set aside more money for bad loans"),
    ("said", "The finance director, Paul Serle", "costs had been cut by 6%"),
    ("said", "The bank boss", "she expected interest rates to fall next year"),
]
NOT_REPORTS["bank_boss"] = ["Harrowgate Bank made a profit of £412m in the six months to June, down from £530m a year earlier.", "The bank has 210 branches."]
SPEAKERS["bank_boss"] = [("said", "The bank boss", "Celia Okonjo", "she expected")]

ARTICLES["carmaker_plant"] = """Orwell Motors to close Sutherby plant

Dieter Haas, chief executive of Orwell Motors, said the plant in Sutherby would close in 2028.

The plant builds about 90,000 vans a year and employs 1,700 people.

Union officials said they would fight the closure.

The carmaker's boss said staff would be offered jobs at its other factories.
"""
GOLD["carmaker_plant"] = [
    ("said", "Dieter Haas, chief executive of Orwell Motors", "the plant in Sutherby would close in 2028"),
    ("said", "Union officials", "they would fight the closure"),
    ("said", "The carmaker's boss", "staff would be offered jobs at its other factories"),
]
NOT_REPORTS["carmaker_plant"] = ["The plant builds about 90,000 vans a year and employs 1,700 people."]
SPEAKERS["carmaker_plant"] = [("said", "The carmaker's boss", "Dieter Haas", "staff")]

ARTICLES["drug_trial"] = """Vantrel Pharma halts trial

Vantrel Pharma has paused a trial of its migraine drug after two patients fell ill.

The company's head of research, Mina Sato, said the patients were recovering in hospital.

The trial had enrolled 640 patients in nine countries.

The drugmaker's research chief said the pause would last at least a month.
"""
GOLD["drug_trial"] = [
    ("said", "The company's head of research, Mina Sato", "the patients were recovering in hospital"),
    ("said", "The drugmaker's research chief", "the pause would last at least a month"),
]
NOT_REPORTS["drug_trial"] = ["Vantrel Pharma has paused a trial of its migraine drug after two patients fell ill.", "The trial had enrolled 640 patients in nine countries."]
SPEAKERS["drug_trial"] = [("said", "The drugmaker's research chief", "Mina Sato", "the pause")]

ARTICLES["campus_fees"] = """Tarnside University to raise rents

Rents in halls at Tarnside University will rise by 8% from September.

Tarnside University's vice-chancellor, Alan Creed, said the money would pay for new heating.

Students marched to the library on Wednesday.

The students' union president, Ffion Rhys, said many students were already working two jobs.

The university chief said rents were still below those in the city.
"""
GOLD["campus_fees"] = [
    ("said", "Tarnside University's vice-chancellor, Alan Creed", "the money would pay for new heating"),
    ("said", "The students' union president, Ffion Rhys", "many students were already working two jobs"),
    ("said", "The university chief", "rents were still below those in the city"),
]
NOT_REPORTS["campus_fees"] = ["Rents in halls at Tarnside University will rise by 8% from September.", "Students marched to the library on Wednesday."]
SPEAKERS["campus_fees"] = [("said", "The university chief", "Alan Creed", "rents")]

ARTICLES["cockpit_smoke"] = """Flight diverted after smoke in cockpit

A flight from Carlow to Faro landed in Bordeaux on Sunday after smoke filled the cockpit.

The captain, Rhys Mallory, said the crew had put on oxygen masks within seconds.

The first officer, Helen Stroud, said the smoke had come from a faulty screen.

The aircraft was carrying 168 passengers.

The co-pilot said she had never seen so much smoke on a flight deck.
"""
GOLD["cockpit_smoke"] = [
    ("said", "The captain, Rhys Mallory", "the crew had put on oxygen masks within seconds"),
    ("said", "The first officer, Helen Stroud", "the smoke had come from a faulty screen"),
    ("said", "The co-pilot", "she had never seen so much smoke on a flight deck"),
]
NOT_REPORTS["cockpit_smoke"] = ["A flight from Carlow to Faro landed in Bordeaux on Sunday after smoke filled the cockpit.", "The aircraft was carrying 168 passengers."]
SPEAKERS["cockpit_smoke"] = [("said", "The co-pilot", "Helen Stroud", "she had")]

ARTICLES["ferry_costs"] = """Ferry fares to rise

Fares on the Inchmore ferry will rise by 12% in April.

Tessaly Ferries' finance director, Owen Pryce, said the price of marine fuel had doubled.

Islanders said the rise would hit families who must travel to the mainland for hospital visits.

The carrier's finance chief said the company had lost money on the route for three years.
"""
GOLD["ferry_costs"] = [
    ("said", "Tessaly Ferries' finance director, Owen Pryce", "the price of marine fuel had doubled"),
    ("said", "Islanders", "the rise would hit families who must travel to the mainland for hospital visits"),
    ("said", "The carrier's finance chief", "the company had lost money on the route for three years"),
]
NOT_REPORTS["ferry_costs"] = ["Fares on the Inchmore ferry will rise by 12% in April."]
SPEAKERS["ferry_costs"] = [("said", "The carrier's finance chief", "Owen Pryce", "the company")]

ARTICLES["school_roof"] = """School closed after roof collapse

Millbrook Primary School will stay closed until Monday after part of a classroom roof fell in overnight.

No one was in the building at the time.

The head teacher, Jane Aske, said the pupils would be taught at the village hall.

The deputy head, Colin Barr, said the school had reported the leaking roof last winter.

The head said parents would be told of any further changes by text.
"""
GOLD["school_roof"] = [
    ("said", "The head teacher, Jane Aske", "the pupils would be taught at the village hall"),
    ("said", "The deputy head, Colin Barr", "the school had reported the leaking roof last winter"),
    ("said", "The head", "parents would be told of any further changes by text"),
]
NOT_REPORTS["school_roof"] = ["Millbrook Primary School will stay closed until Monday after part of a classroom roof fell in overnight.", "No one was in the building at the time."]
SPEAKERS["school_roof"] = [("said", "The head", "Jane Aske", "parents")]

ARTICLES["jewel_raid"] = """Jewellers raided in Dunmore

Thieves took watches worth £300,000 from a jewellers in Dunmore on Friday night.

Detective Chief Inspector Mark Lyle said the gang had cut through the wall of an empty shop next door.

The shop's owner, Ravi Desai, said he had fitted new alarms only last month.

The senior officer said detectives were studying footage from cameras in the high street.
"""
GOLD["jewel_raid"] = [
    ("said", "Detective Chief Inspector Mark Lyle", "the gang had cut through the wall of an empty shop next door"),
    ("said", "The shop's owner, Ravi Desai", "he had fitted new alarms only last month"),
    ("said", "The senior officer", "detectives were studying footage from cameras in the high street"),
]
NOT_REPORTS["jewel_raid"] = ["Thieves took watches worth £300,000 from a jewellers in Dunmore on Friday night."]
SPEAKERS["jewel_raid"] = [("said", "The senior officer", "Mark Lyle", "detectives")]

ARTICLES["derby_win"] = """Ashby Town win the derby

Ashby Town beat Colbridge 2-1 on Saturday with two goals in the last ten minutes.

Striker Danny Okafor, who scored both goals, said the team had never stopped believing.

Goalkeeper Sam Pike said the defence had been poor in the first half.

The crowd of 9,400 was the largest at the ground this season.

The forward said he hoped to keep his place for the cup tie.

The keeper said the second half had been much better.
"""
GOLD["derby_win"] = [
    ("said", "Striker Danny Okafor, who scored both goals", "the team had never stopped believing"),
    ("said", "Goalkeeper Sam Pike", "the defence had been poor in the first half"),
    ("said", "The forward", "he hoped to keep his place for the cup tie"),
    ("said", "The keeper", "the second half had been much better"),
]
NOT_REPORTS["derby_win"] = ["Ashby Town beat Colbridge 2-1 on Saturday with two goals in the last ten minutes.", "The crowd of 9,400 was the largest at the ground this season."]
SPEAKERS["derby_win"] = [("said", "The forward", "Danny Okafor", "he hoped"), ("said", "The keeper", "Sam Pike", "the second")]

ARTICLES["surgery_waits"] = """Patients wait three weeks for appointments

Patients in Wexcombe are waiting up to three weeks to see a family doctor.

Dr Priya Nair, a GP in Wexcombe, said the practice had lost two doctors since the spring.

A practice nurse, Alison Dean, said nurses were now seeing patients with minor illnesses.

The practice has 11,000 patients on its list.

The doctor said she feared some patients were giving up.
"""
GOLD["surgery_waits"] = [
    ("said", "Dr Priya Nair, a GP in Wexcombe", "the practice had lost two doctors since the spring"),
    ("said", "A practice nurse, Alison Dean", "nurses were now seeing patients with minor illnesses"),
    ("said", "The doctor", "she feared some patients were giving up"),
]
NOT_REPORTS["surgery_waits"] = ["Patients in Wexcombe are waiting up to three weeks to see a family doctor.", "The practice has 11,000 patients on its list."]
SPEAKERS["surgery_waits"] = [("said", "The doctor", "Priya Nair", "she feared")]

ARTICLES["grocer_ceo"] = """Lumen Grocers to open 40 stores

Lumen Grocers plans to open 40 small stores in towns in the north.

Its chief executive, Hugh Barlow, said the chain had found sites in Keswick, Alnwick and Hexham.

Each store will employ about 25 people.

The CEO said the company would pay staff above the living wage.
"""
GOLD["grocer_ceo"] = [
    ("plans", "Lumen Grocers", "to open 40 small stores in towns in the north"),
    ("said", "Its chief executive, Hugh Barlow", "the chain had found sites in Keswick, Alnwick and Hexham"),
    ("said", "The CEO", "the company would pay staff above the living wage"),
]
NOT_REPORTS["grocer_ceo"] = ["Each store will employ about 25 people."]
SPEAKERS["grocer_ceo"] = [("said", "The CEO", "Hugh Barlow", "the company")]

ARTICLES["app_founder"] = """Budgeting app raises £20m

Penfold, a budgeting app, has raised £20m from investors.

The company's founder, Kemi Adeyemi, said she had started the app after losing her savings to a scam.

Its chief executive, Mark Rowe, said the money would pay for an office in Dublin.

The app has 800,000 users.

The entrepreneur said she would keep a seat on the board.
"""
GOLD["app_founder"] = [
    ("said", "The company's founder, Kemi Adeyemi", "she had started the app after losing her savings to a scam"),
    ("said", "Its chief executive, Mark Rowe", "the money would pay for an office in Dublin"),
    ("said", "The entrepreneur", "she would keep a seat on the board"),
]
NOT_REPORTS["app_founder"] = ["Penfold, a budgeting app, has raised £20m from investors.", "The app has 800,000 users."]
SPEAKERS["app_founder"] = [("said", "The entrepreneur", "Kemi Adeyemi", "she would")]

ARTICLES["bin_strike"] = """Bin strike to go ahead

Refuse collectors in Delford will strike for two weeks from Monday.

A spokeswoman for Delford Council, Laura Finch, said bins would be emptied by contractors in the worst-hit streets.

The union said its members had been offered a rise of 3%.

Recycling centres will stay open.

The spokeswoman said the council could not afford a larger offer.
"""
GOLD["bin_strike"] = [
    ("said", "A spokeswoman for Delford Council, Laura Finch", "bins would be emptied by contractors in the worst-hit streets"),
    ("said", "The union", "its members had been offered a rise of 3%"),
    ("said", "The spokeswoman", "the council could not afford a larger offer"),
]
NOT_REPORTS["bin_strike"] = ["Refuse collectors in Delford will strike for two weeks from Monday.", "Recycling centres will stay open."]
SPEAKERS["bin_strike"] = [("said", "The spokeswoman", "Laura Finch", "the council")]

ARTICLES["trawler_rescue"] = """Trawler crew rescued off Skerra

Six men were rescued from the trawler Solway Star after it began taking on water off Skerra.

Captain Ian Reddy, who has fished from the port for 30 years, said the pumps had failed in the night.

The boat's engineer, Lewis Marr, said the crew had been in the water for less than ten minutes.

A lifeboat and a coastguard helicopter were sent.

The skipper said he hoped the boat could be towed back to port.
"""
GOLD["trawler_rescue"] = [
    ("said", "Captain Ian Reddy, who has fished from the port for 30 years", "the pumps had failed in the night"),
    ("said", "The boat's engineer, Lewis Marr", "the crew had been in the water for less than ten minutes"),
    ("said", "The skipper", "he hoped the boat could be towed back to port"),
]
NOT_REPORTS["trawler_rescue"] = ["Six men were rescued from the trawler Solway Star after it began taking on water off Skerra.", "A lifeboat and a coastguard helicopter were sent."]
SPEAKERS["trawler_rescue"] = [("said", "The skipper", "Ian Reddy", "he hoped")]

ARTICLES["parish_chair"] = """Parish council votes to keep library

Stoke Amble parish council voted on Tuesday to pay for the village library for another year.

The chairwoman of the parish council, Edith Morrow, said the library was used by 300 people a week.

The library opens three days a week.

The chair said volunteers would run a fourth day from May.
"""
GOLD["parish_chair"] = [
    ("voted", "Stoke Amble parish council", "to pay for the village library for another year"),
    ("said", "The chairwoman of the parish council, Edith Morrow", "the library was used by 300 people a week"),
    ("said", "The chair", "volunteers would run a fourth day from May"),
]
NOT_REPORTS["parish_chair"] = ["The library opens three days a week."]
SPEAKERS["parish_chair"] = [("said", "The chair", "Edith Morrow", "volunteers")]

ARTICLES["tenant_case"] = """Landlord fined over damp flat

A landlord was fined £8,000 at Halsey Magistrates' Court for failing to repair a damp flat.

The tenant's solicitor, Gavin Pike, said mould had covered the walls of the children's bedroom.

The landlord, Derek Stamp, admitted two charges.

The lawyer said the family had complained to the landlord eleven times.
"""
GOLD["tenant_case"] = [
    ("said", "The tenant's solicitor, Gavin Pike", "mould had covered the walls of the children's bedroom"),
    ("admitted", "The landlord, Derek Stamp", "two charges"),
    ("said", "The lawyer", "the family had complained to the landlord eleven times"),
]
NOT_REPORTS["tenant_case"] = ["A landlord was fined £8,000 at Halsey Magistrates' Court for failing to repair a damp flat."]
SPEAKERS["tenant_case"] = [("said", "The lawyer", "Gavin Pike", "the family")]

ARTICLES["church_bells"] = """Church bells to ring again

The bells of St Oswin's church in Kelby will ring again on Sunday after a two-year restoration.

The vicar of St Oswin's, the Rev Martin Hale, said villagers had raised £160,000 for the work.

The heaviest bell weighs more than a tonne.

The priest said a peal would be rung at the morning service.
"""
GOLD["church_bells"] = [
    ("said", "The vicar of St Oswin's, the Rev Martin Hale", "villagers had raised £160,000 for the work"),
    ("said", "The priest", "a peal would be rung at the morning service"),
]
NOT_REPORTS["church_bells"] = ["The bells of St Oswin's church in Kelby will ring again on Sunday after a two-year restoration.", "The heaviest bell weighs more than a tonne."]
SPEAKERS["church_bells"] = [("said", "The priest", "Martin Hale", "a peal")]

ARTICLES["band_tour"] = """Glass Lanterns cancel tour

The rock band Glass Lanterns have cancelled their autumn tour of 18 dates.

The band's lead singer, Jonah Crane, said he needed an operation on his throat.

Its drummer, Tess Oduya, said fans would get their money back within a fortnight.

Tickets for the tour sold out in June.

The frontman said he hoped to be singing again by the spring.
"""
GOLD["band_tour"] = [
    ("said", "The band's lead singer, Jonah Crane", "he needed an operation on his throat"),
    ("said", "Its drummer, Tess Oduya", "fans would get their money back within a fortnight"),
    ("said", "The frontman", "he hoped to be singing again by the spring"),
]
NOT_REPORTS["band_tour"] = ["The rock band Glass Lanterns have cancelled their autumn tour of 18 dates.", "Tickets for the tour sold out in June."]
SPEAKERS["band_tour"] = [("said", "The frontman", "Jonah Crane", "he hoped")]

ARTICLES["rovers_boss"] = """Carrick Rovers lose again

Carrick Rovers lost 3-0 at home to Dunstan on Tuesday, their sixth defeat in a row.

Carrick Rovers manager Neil Dunn said his players had let the supporters down.

The club are two points above the relegation places.

The Rovers boss said he would not resign.
"""
GOLD["rovers_boss"] = [
    ("said", "Carrick Rovers manager Neil Dunn", "his players had let the supporters down"),
    ("said", "The Rovers boss", "he would not resign"),
]
NOT_REPORTS["rovers_boss"] = ["Carrick Rovers lost 3-0 at home to Dunstan on Tuesday, their sixth defeat in a row.", "The club are two points above the relegation places."]
SPEAKERS["rovers_boss"] = [("said", "The Rovers boss", "Neil Dunn", "he would")]

ARTICLES["two_firms"] = """Pelham Air and Kestrel Motors agree on electric buses

Pelham Air will buy 60 electric buses from Kestrel Motors to carry passengers between its terminals.

Anya Roe, chief executive of Pelham Air, said the buses would cut the airport's emissions by a tenth.

Tom Vale, chief executive of Kestrel Motors, said the buses would be built at its plant in Wrenford.

The deal is worth about £30m.

The carmaker's boss said the first buses would arrive next summer.

The airline boss said diesel buses would be sold.
"""
GOLD["two_firms"] = [
    ("said", "Anya Roe, chief executive of Pelham Air", "the buses would cut the airport's emissions by a tenth"),
    ("said", "Tom Vale, chief executive of Kestrel Motors", "the buses would be built at its plant in Wrenford"),
    ("said", "The carmaker's boss", "the first buses would arrive next summer"),
    ("said", "The airline boss", "diesel buses would be sold"),
]
NOT_REPORTS["two_firms"] = ["Pelham Air will buy 60 electric buses from Kestrel Motors to carry passengers between its terminals.", "The deal is worth about £30m."]
SPEAKERS["two_firms"] = [("said", "The carmaker's boss", "Tom Vale", "the first"), ("said", "The airline boss", "Anya Roe", "diesel")]

ARTICLES["other_kind"] = """Shoppers return to Merrow Bank branches

Merrow Bank will reopen eight branches it closed during the pandemic.

Its chief executive, Joanna Pell, said customers had asked for help with their accounts in person.

Halden Motors, which makes delivery vans, said it would lend the bank four vans as mobile branches.

The carmaker's boss said the vans would visit villages without a branch.
"""
GOLD["other_kind"] = [
    ("said", "Its chief executive, Joanna Pell", "customers had asked for help with their accounts in person"),
    ("said", "Halden Motors, which makes delivery vans", "it would lend the bank four vans as mobile branches"),
    ("said", "The carmaker's boss", "the vans would visit villages without a branch"),
]
NOT_REPORTS["other_kind"] = ["Merrow Bank will reopen eight branches it closed during the pandemic."]
# (the carmaker the article named's boss, no person: Halden Motors's, not the bank's chief executive; ``noun_owners``)
SPEAKERS["other_kind"] = [("said", "The carmaker's boss", "Halden Motors's boss", "the vans")]

ARTICLES["premier_visit"] = """Premier promises new hospital

Prime Minister Elena Vasquez said a new hospital would be built in Porto Alvo by 2030.

She spoke at a rally in the town's main square on Saturday.

The opposition leader, Rui Carvalho, said the same hospital had been promised twice before.

The premier said the money had already been set aside in the budget.
"""
GOLD["premier_visit"] = [
    ("said", "Prime Minister Elena Vasquez", "a new hospital would be built in Porto Alvo by 2030"),
    ("said", "The opposition leader, Rui Carvalho", "the same hospital had been promised twice before"),
    ("said", "The premier", "the money had already been set aside in the budget"),
]
NOT_REPORTS["premier_visit"] = ["She spoke at a rally in the town's main square on Saturday."]
SPEAKERS["premier_visit"] = [("said", "The premier", "Elena Vasquez", "the money")]

ARTICLES["police_chief"] = """Force to hire 200 officers

Norbury Police will recruit 200 officers over the next two years.

Chief Constable Fiona Grant said the new officers would patrol town centres at night.

The force lost 340 officers to cuts between 2012 and 2018.

The police chief said burglary had fallen by a fifth this year.
"""
GOLD["police_chief"] = [
    ("said", "Chief Constable Fiona Grant", "the new officers would patrol town centres at night"),
    ("said", "The police chief", "burglary had fallen by a fifth this year"),
]
NOT_REPORTS["police_chief"] = ["Norbury Police will recruit 200 officers over the next two years.", "The force lost 340 officers to cuts between 2012 and 2018."]
SPEAKERS["police_chief"] = [("said", "The police chief", "Fiona Grant", "burglary")]

ARTICLES["economist_view"] = """Rents rising fastest in small towns

Rents in small towns rose by 9% in the year to October, faster than in cities.

Professor Lena Fox, an economist at Brayford University, said workers who moved out of cities during the pandemic had stayed.

The average rent in a small town is now £890 a month.

The academic said the rise would slow as more homes were built.
"""
GOLD["economist_view"] = [
    ("said", "Professor Lena Fox, an economist at Brayford University", "workers who moved out of cities during the pandemic had stayed"),
    ("said", "The academic", "the rise would slow as more homes were built"),
]
NOT_REPORTS["economist_view"] = ["Rents in small towns rose by 9% in the year to October, faster than in cities.", "The average rent in a small town is now £890 a month."]
SPEAKERS["economist_view"] = [("said", "The academic", "Lena Fox", "the rise")]

ARTICLES["brewery_sale"] = """Family brewery sold

Hollin Brewery, which has been run by the same family since 1871, has been sold to a larger rival.

Its managing director, George Hollin, said none of the 45 staff would lose their jobs.

The brewery makes about four million pints a year.

The brewer said the beer would still be made in the village.
"""
GOLD["brewery_sale"] = [
    ("said", "Its managing director, George Hollin", "none of the 45 staff would lose their jobs"),
    ("said", "The brewer", "the beer would still be made in the village"),
]
NOT_REPORTS["brewery_sale"] = ["Hollin Brewery, which has been run by the same family since 1871, has been sold to a larger rival.", "The brewery makes about four million pints a year."]
SPEAKERS["brewery_sale"] = [("said", "The brewer", "Hollin Brewery", "the beer")]

ARTICLES["two_doctors"] = """Hospital opens new heart unit

Ellmoor Hospital has opened a heart unit with 24 beds.

Dr Omar Haddad, a heart surgeon, said the unit would cut waits for bypass operations.

Dr Ruth Ingle, a GP who sits on the hospital board, said patients would no longer travel to Carlisle.

The unit cost £18m.

The surgeon said he would do the first operations next week.
"""
GOLD["two_doctors"] = [
    ("said", "Dr Omar Haddad, a heart surgeon", "the unit would cut waits for bypass operations"),
    ("said", "Dr Ruth Ingle, a GP who sits on the hospital board", "patients would no longer travel to Carlisle"),
    ("said", "The surgeon", "he would do the first operations next week"),
]
NOT_REPORTS["two_doctors"] = ["Ellmoor Hospital has opened a heart unit with 24 beds.", "The unit cost £18m."]
SPEAKERS["two_doctors"] = [("said", "The surgeon", "Omar Haddad", "he would")]

ARTICLES["assault_trial"] = """Doorman cleared of assault

A doorman was cleared of assault by a jury at Felsham Crown Court on Thursday.

The prosecutor, Nadia Osei, told the jury that the doorman had punched a customer outside the club.

The doorman's barrister, Hugh Pendle, said the customer had thrown the first punch.

The trial lasted four days.

The lawyer said his client would now return to work.
"""
GOLD["assault_trial"] = [
    ("told", "The prosecutor, Nadia Osei", "the doorman had punched a customer outside the club"),
    ("said", "The doorman's barrister, Hugh Pendle", "the customer had thrown the first punch"),
    ("said", "The lawyer", "his client would now return to work"),
]
NOT_REPORTS["assault_trial"] = ["A doorman was cleared of assault by a jury at Felsham Crown Court on Thursday.", "The trial lasted four days."]
SPEAKERS["assault_trial"] = [("said", "The lawyer", "Hugh Pendle", "his client")]

ARTICLES["crash_scene"] = """Two hurt in crash on the A614

Two people were taken to hospital after a car and a tractor collided on the A614 near Orbey.

Sergeant Amy Holt said the road would stay closed until the evening.

A paramedic, Joe Finn, said both drivers had been conscious when crews arrived.

The tractor was carrying straw.

The officer said anyone who saw the crash should call the police.
"""
GOLD["crash_scene"] = [
    ("said", "Sergeant Amy Holt", "the road would stay closed until the evening"),
    ("said", "A paramedic, Joe Finn", "both drivers had been conscious when crews arrived"),
    ("said", "The officer", "anyone who saw the crash should call the police"),
]
NOT_REPORTS["crash_scene"] = ["Two people were taken to hospital after a car and a tractor collided on the A614 near Orbey.", "The tractor was carrying straw."]
SPEAKERS["crash_scene"] = [("said", "The officer", "Amy Holt", "anyone")]

ARTICLES["foods_board"] = """Dorrit Foods shares fall

Shares in Dorrit Foods fell by 11% after it warned that sales of its ready meals had slowed.

The chairman of Dorrit Foods, Alistair Grange, said the board had full confidence in its managers.

Its chief executive, Yvonne Achebe, said the company would cut its prices in the new year.

The company makes 300 ready meals.

The CEO said she would not sell the frozen food business.
"""
GOLD["foods_board"] = [
    ("warned", "it", "sales of its ready meals had slowed"),
    ("said", "The chairman of Dorrit Foods, Alistair Grange", "the board had full confidence in its managers"),
    ("said", "Its chief executive, Yvonne Achebe", "the company would cut its prices in the new year"),
    ("said", "The CEO", "she would not sell the frozen food business"),
]
NOT_REPORTS["foods_board"] = ["The company makes 300 ready meals."]
SPEAKERS["foods_board"] = [("said", "The CEO", "Yvonne Achebe", "she would")]

ARTICLES["bakery_founder"] = """Bakery chain opens in Leeds

The bakery chain Crumb & Co has opened its 30th shop, in Leeds.

The chain's founder, Grace Otieno, said she had baked her first loaves in her mother's kitchen.

The shop will sell sourdough and pastries.

The entrepreneur said she planned to open ten more shops next year.
"""
GOLD["bakery_founder"] = [
    ("said", "The chain's founder, Grace Otieno", "she had baked her first loaves in her mother's kitchen"),
    ("said", "The entrepreneur", "she planned to open ten more shops next year"),
]
NOT_REPORTS["bakery_founder"] = ["The bakery chain Crumb & Co has opened its 30th shop, in Leeds.", "The shop will sell sourdough and pastries."]
SPEAKERS["bakery_founder"] = [("said", "The entrepreneur", "Grace Otieno", "she planned")]

ARTICLES["lender_rates"] = """Calloway Bank cuts mortgage rates

Calloway Bank has cut the rates on its fixed mortgages by half a point.

Calloway Bank's chief executive, Ingrid Moss, said more first-time buyers were applying for loans.

A broker, Sunil Varma, said other banks would follow within weeks.

The lowest rate is now 3.9%.

The lender's boss said house prices would rise slowly next year.
"""
GOLD["lender_rates"] = [
    ("said", "Calloway Bank's chief executive, Ingrid Moss", "more first-time buyers were applying for loans"),
    ("said", "A broker, Sunil Varma", "other banks would follow within weeks"),
    ("said", "The lender's boss", "house prices would rise slowly next year"),
]
NOT_REPORTS["lender_rates"] = ["Calloway Bank has cut the rates on its fixed mortgages by half a point.", "The lowest rate is now 3.9%."]
SPEAKERS["lender_rates"] = [("said", "The lender's boss", "Ingrid Moss", "house prices")]

ARTICLES["wrong_kind"] = """Ardley Bank loses airline contract

Ardley Bank will no longer handle card payments for Skyline Airways.

Nadine Cole, chief executive of Ardley Bank, said the contract had made up less than 2% of its income.

Skyline Airways said it had found a cheaper provider.

The airline boss said passengers would not notice any change.
"""
GOLD["wrong_kind"] = [
    ("said", "Nadine Cole, chief executive of Ardley Bank", "the contract had made up less than 2% of its income"),
    ("said", "Skyline Airways", "it had found a cheaper provider"),
    ("said", "The airline boss", "passengers would not notice any change"),
]
NOT_REPORTS["wrong_kind"] = ["Ardley Bank will no longer handle card payments for Skyline Airways."]
SPEAKERS["wrong_kind"] = [("said", "The airline boss", "airline boss", "passengers")]

ARTICLES["cricket_skipper"] = """Harwell claim county title

Harwell won the county championship on Sunday by beating Linford by six wickets.

The team's captain, Ella Ward, said the players had earned the title over a long summer.

The coach, Martin Fyfe, said Ward had batted better than anyone in the league.

The club last won the title in 1998.

The skipper said she would stay on for another season.
"""
GOLD["cricket_skipper"] = [
    ("said", "The team's captain, Ella Ward", "the players had earned the title over a long summer"),
    ("said", "The coach, Martin Fyfe", "Ward had batted better than anyone in the league"),
    ("said", "The skipper", "she would stay on for another season"),
]
NOT_REPORTS["cricket_skipper"] = ["Harwell won the county championship on Sunday by beating Linford by six wickets.", "The club last won the title in 1998."]
SPEAKERS["cricket_skipper"] = [("said", "The skipper", "Ella Ward", "she would")]
