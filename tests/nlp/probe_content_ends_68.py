# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-eighth pass's check of where reported content ends (helper K):
coordinated clauses ('said the plant would close and that 300 jobs would go', one content; 'said X and left the
chamber', X alone), trailing attributions ('"...," she added.', '"...," she said on Tuesday, adding that Y'), time
adverbials ('said on Tuesday that Y'), parentheticals and relative clauses inside content ('the mains, which were laid
in the 1890s, would be replaced') and on the source ('X, whose company will build the turbines, said'), 'as well as',
'but', 'while', 'because' and 'as' clauses, a purpose clause carrying the cue ('spoke to reporters to say Y'), mixed
quotations kept whole ('called the plan "a betrayal of every family" and said Y'), quotations running over two
paragraphs (an open mark at the start of the next) and an unbalanced quotation mark.

The gold is written by hand as PolNeAR train marks each shape (counted on train's gold with speech cues): 'and that'
stays inside one content (100 inside, none after); a coordinated verb of the subject ('and left', 'and said', ', but
admitted', ', but gave no date') ends it and the verb of saying is a report of the same source (13 such ends, the
sources repeated); a 'but' clause is inside when the speaker's (272 inside) and outside when the writer's new fact
(30 after: ', but Cook did not say when'; so ', and' + the writer's new fact, 'and the town council will hold a
reception for her'); ', while' + a second group's figures is outside (14 after); 'because' (289 inside, 1 after) and
', as' (38 inside, 5 after) are inside; 'adding that Y' is a report of its own with the main clause's source (59
'adding' cues); a time after 'said' goes with the cue ('said Tuesday': 163 cues with a weekday); 'called X "Y"' has X
and the quotation as content; a quotation running over two paragraphs is one report whose content the new
paragraph's open mark splits in two (the gold gives the first part, as for a quotation split around its cue).

Per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, body and sentence is made up. Read by ``test_probe_findings_68_content_ends``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["plant_jobs"] = """Lorrimer pastry plant to close with loss of 300 jobs

Halvard Foods said on Monday that its plant in Lorrimer would close next spring and that 300 jobs would go.

The plant opened in 1998 and makes frozen pastry.

Ines Carrow, the company's operations director, said staff would be offered posts at its site in Dunhallow and left the meeting without taking questions.
"""
GOLD["plant_jobs"] = [
    ("said", "Halvard Foods", "its plant in Lorrimer would close next spring and that 300 jobs would go"),
    ("said", "Ines Carrow, the company's operations director", "staff would be offered posts at its site in Dunhallow"),
]
NOT_REPORTS["plant_jobs"] = ["The plant opened in 1998 and makes frozen pastry."]

ARTICLES["pool_roof"] = """Bressing pool to shut for a year

The Bressing leisure centre pool, which opened in 1972, will close for a year from June, the town council said.

"The roof is simply worn out," said Tomas Reyl, who chairs the council's leisure committee. "We cannot patch it again."

Mr Reyl said the work would cost £2.4m.

Swimming clubs will use the pool in Kelder while the work is done.
"""
GOLD["pool_roof"] = [
    ("said", "the town council", "The Bressing leisure centre pool, which opened in 1972, will close for a year from June"),
    ("said", "Tomas Reyl, who chairs the council's leisure committee", "The roof is simply worn out"),
    ("said", "Mr Reyl", "the work would cost £2.4m"),
]
NOT_REPORTS["pool_roof"] = ["Swimming clubs will use the pool in Kelder while the work is done."]
SPEAKERS["pool_roof"] = [("said", "Mr Reyl", "Tomas Reyl", "the work")]

ARTICLES["rail_added"] = """Rail operator says sorry for winter of delays

Northway Rail has run late or cancelled one train in five on the Carse line since November.

"We let our passengers down this winter, and we know it," said Priya Venn, its managing director.

"New trains arrive in March," she added. "They will make a real difference."

The line carries about 40,000 people a day.
"""
GOLD["rail_added"] = [
    ("said", "Priya Venn, its managing director", "We let our passengers down this winter, and we know it"),
    ("added", "she", "New trains arrive in March"),
]
NOT_REPORTS["rail_added"] = [
    "Northway Rail has run late or cancelled one train in five on the Carse line since November.",
    "The line carries about 40,000 people a day.",
]
SPEAKERS["rail_added"] = [("added", "she", "Priya Venn", "New trains")]

ARTICLES["library_adding"] = """Library hours cut in Amberley

"We have no choice this year," the council leader, Joan Petrie, said on Tuesday, adding that the cuts would be reviewed in April.

Three of the town's five libraries will open only four days a week from next month.

Opposition councillors said the cuts would hurt older residents most.
"""
GOLD["library_adding"] = [
    ("said", "the council leader, Joan Petrie", "We have no choice this year"),
    ("adding", "the council leader, Joan Petrie", "the cuts would be reviewed in April"),
    ("said", "Opposition councillors", "the cuts would hurt older residents most"),
]
NOT_REPORTS["library_adding"] = ["Three of the town's five libraries will open only four days a week from next month."]

ARTICLES["cancer_wing"] = """Hospital to open new cancer wing

St Aldric's hospital in Fenmouth will open a new cancer wing in the autumn, its chief executive said on Monday.

Dr Karim Osei said the wing would treat 5,000 patients a year by 2028.

The health board approved the plan in 2024.

Dr Osei told staff on Wednesday that 60 nurses would be recruited from May.
"""
GOLD["cancer_wing"] = [
    ("said", "its chief executive", "St Aldric's hospital in Fenmouth will open a new cancer wing in the autumn"),
    ("said", "Dr Karim Osei", "the wing would treat 5,000 patients a year by 2028"),
    ("told", "Dr Osei", "60 nurses would be recruited from May"),
]
NOT_REPORTS["cancer_wing"] = ["The health board approved the plan in 2024."]
SPEAKERS["cancer_wing"] = [("told", "Dr Osei", "Karim Osei", "60 nurses")]

ARTICLES["festival_stage"] = """Folk festival adds a second stage

The organisers of the Harrow Vale folk festival said the event would add a second stage as well as a children's tent this year.

Tickets go on sale on 1 March.

Festival director Nell Asquith said the second stage would host younger bands, while the main stage would keep its usual headliners.
"""
GOLD["festival_stage"] = [
    ("said", "The organisers of the Harrow Vale folk festival", "the event would add a second stage as well as a children's tent this year"),
    ("said", "Festival director Nell Asquith", "the second stage would host younger bands, while the main stage would keep its usual headliners"),
]
NOT_REPORTS["festival_stage"] = ["Tickets go on sale on 1 March."]

ARTICLES["parking_survey"] = """Traders blame parking charges for fall in trade

Most shop owners in Corran Street said the new parking charges had cut their trade, while a third said they had noticed no change.

The survey of 80 shops was carried out by the street's traders' group.

Its chairman, Alun Pryce, said the council should scrap the charges before Christmas.
"""
GOLD["parking_survey"] = [
    ("said", "Most shop owners in Corran Street", "the new parking charges had cut their trade"),
    ("said", "a third", "they had noticed no change"),
    ("said", "Its chairman, Alun Pryce", "the council should scrap the charges before Christmas"),
]
NOT_REPORTS["parking_survey"] = ["The survey of 80 shops was carried out by the street's traders' group."]

ARTICLES["school_meals"] = """Minister defends school meals funding

The education minister, Ruth Abara, said the funding was fair, but admitted that some schools would struggle.

Head teachers in the north say they face a shortfall of £40 a pupil.

Ms Abara said she would meet the heads' union next month, but gave no date.
"""
GOLD["school_meals"] = [
    ("said", "The education minister, Ruth Abara", "the funding was fair"),
    ("admitted", "The education minister, Ruth Abara", "some schools would struggle"),
    ("say", "Head teachers in the north", "they face a shortfall of £40 a pupil"),
    ("said", "Ms Abara", "she would meet the heads' union next month"),
]
NOT_REPORTS["school_meals"] = []
SPEAKERS["school_meals"] = [("said", "Ms Abara", "Ruth Abara", "she would meet")]

ARTICLES["mutual_savings"] = """Building society boss moves to calm savers

The chief executive of Medway Mutual, Oren Falk, said on Thursday that members' savings were safe and that no branch would close.

The building society has 90,000 members and 14 branches.

Mr Falk spoke to reporters outside the society's head office in Reddon to say it had never been stronger.
"""
GOLD["mutual_savings"] = [
    ("said", "The chief executive of Medway Mutual, Oren Falk", "members' savings were safe and that no branch would close"),
    ("say", "Mr Falk", "it had never been stronger"),
]
NOT_REPORTS["mutual_savings"] = ["The building society has 90,000 members and 14 branches."]

ARTICLES["school_buses"] = """Parents condemn school bus cuts

Parents in Wyncombe called the plan to end free school buses "a betrayal of every family in the valley" and said they would take the council to court.

The council says the buses cost £1.1m a year.

Its deputy leader, Colm Baird, said the decision was "painful but necessary".

The last buses will run in July.
"""
GOLD["school_buses"] = [
    ("called", "Parents in Wyncombe", 'the plan to end free school buses "a betrayal of every family in the valley"'),
    ("said", "Parents in Wyncombe", "they would take the council to court"),
    ("says", "The council", "the buses cost £1.1m a year"),
    ("said", "Its deputy leader, Colm Baird", 'the decision was "painful but necessary"'),
]
NOT_REPORTS["school_buses"] = ["The last buses will run in July."]

ARTICLES["ferry_last"] = """Island ferry to end after 60 years

The Inchmory ferry will make its last crossing in October, its owners said.

Captain Elspeth Moir, who has skippered the boat for 22 years, said: "This ferry has carried brides, coffins and cattle.

"The island will feel very far away without it."

A new bridge is due to open in September.
"""
GOLD["ferry_last"] = [
    ("said", "its owners", "The Inchmory ferry will make its last crossing in October"),
    ("said", "Captain Elspeth Moir, who has skippered the boat for 22 years", "This ferry has carried brides, coffins and cattle."),
]
NOT_REPORTS["ferry_last"] = ["A new bridge is due to open in September."]

ARTICLES["club_fine"] = """Club fined over flares

Dunmarsh Rovers have been fined £20,000 after fans threw flares during a match in March.

The club's chairman, Victor Hale, said the fine was "out of all proportion and the club would appeal.

The league said its panel had reviewed video of the match.
"""
GOLD["club_fine"] = [
    ("said", "The club's chairman, Victor Hale", 'the fine was "out of all proportion and the club would appeal'),
    ("said", "The league", "its panel had reviewed video of the match"),
]
NOT_REPORTS["club_fine"] = ["Dunmarsh Rovers have been fined £20,000 after fans threw flares during a match in March."]

ARTICLES["night_flights"] = """Airport drops night flight plan

Tarnby airport said it had dropped plans for night flights because the cost of new noise barriers was too high.

Residents had fought the plan for three years.

"We are delighted, because this is a victory for people who simply want to sleep," said Moira Dunne of the Tarnby Quiet Skies group.
"""
GOLD["night_flights"] = [
    ("said", "Tarnby airport", "it had dropped plans for night flights because the cost of new noise barriers was too high"),
    ("said", "Moira Dunne of the Tarnby Quiet Skies group", "We are delighted, because this is a victory for people who simply want to sleep"),
]
NOT_REPORTS["night_flights"] = ["Residents had fought the plan for three years."]

ARTICLES["walkout"] = """Councillor walks out of planning meeting

Councillor Rhys Madoc said the vote on the Eastgate flats was a sham and left the chamber.

The committee approved the 400 flats by six votes to three.

Its chairman, Beth Orrin, said every rule had been followed and that the vote stood.
"""
GOLD["walkout"] = [
    ("said", "Councillor Rhys Madoc", "the vote on the Eastgate flats was a sham"),
    ("said", "Its chairman, Beth Orrin", "every rule had been followed and that the vote stood"),
]
NOT_REPORTS["walkout"] = ["The committee approved the 400 flats by six votes to three."]

ARTICLES["water_mains"] = """Water firm to replace Victorian mains

Tessmere Water said on Tuesday that the mains under Harbour Road, which were laid in the 1890s, would be replaced this summer.

The road will be closed for eight weeks.

A spokesman said the company had apologised to businesses on the road and would pay them compensation.
"""
GOLD["water_mains"] = [
    ("said", "Tessmere Water", "the mains under Harbour Road, which were laid in the 1890s, would be replaced this summer"),
    ("said", "A spokesman", "the company had apologised to businesses on the road and would pay them compensation"),
]
NOT_REPORTS["water_mains"] = ["The road will be closed for eight weeks."]

ARTICLES["parts_strike"] = """Strike at car parts factory called off

A strike at the Belford car parts factory has been called off after the company raised its pay offer, the Amalgamated Union said on Friday.

"Our members have won a fair deal," the union's regional officer, Sanjay Kell, said.

The factory employs 1,200 people.
"""
GOLD["parts_strike"] = [
    ("said", "the Amalgamated Union", "A strike at the Belford car parts factory has been called off after the company raised its pay offer"),
    ("said", "the union's regional officer, Sanjay Kell", "Our members have won a fair deal"),
]
NOT_REPORTS["parts_strike"] = ["The factory employs 1,200 people."]

ARTICLES["bakery_shops"] = """Bakery chain to open 20 shops

Crumb & Co said it would open 20 shops in the north-east next year, but the pace would depend on finding the right sites.

The chain now has 140 shops.

Its founder, Della Voss, told the Gazette that sales had risen by a fifth and that she had no plans to sell the business.
"""
GOLD["bakery_shops"] = [
    ("said", "Crumb & Co", "it would open 20 shops in the north-east next year, but the pace would depend on finding the right sites"),
    ("told", "Its founder, Della Voss", "sales had risen by a fifth and that she had no plans to sell the business"),
]
NOT_REPORTS["bakery_shops"] = ["The chain now has 140 shops."]

ARTICLES["lion_cubs"] = """Zoo says lion cubs are healthy

Brackenhill Zoo said its three lion cubs were healthy, but it has not yet allowed visitors to see them.

The cubs were born in February.

Head keeper Ola Brandt said the cubs would go on show in May.
"""
GOLD["lion_cubs"] = [
    ("said", "Brackenhill Zoo", "its three lion cubs were healthy"),
    ("said", "Head keeper Ola Brandt", "the cubs would go on show in May"),
]
NOT_REPORTS["lion_cubs"] = ["The cubs were born in February."]

ARTICLES["wind_farm"] = """Wind farm approved off Skelmore coast

The Skelmore Bay wind farm has been approved by the energy regulator.

Anya Roskov, whose company will build the 40 turbines, said the first would turn next year.

Fishermen, who have worked the bay for generations, said they would fight the decision in the courts.
"""
GOLD["wind_farm"] = [
    ("said", "Anya Roskov, whose company will build the 40 turbines", "the first would turn next year"),
    ("said", "Fishermen, who have worked the bay for generations", "they would fight the decision in the courts"),
]
NOT_REPORTS["wind_farm"] = ["The Skelmore Bay wind farm has been approved by the energy regulator."]

ARTICLES["mask_returned"] = """Museum returns carved mask to Tapuna

The Harwick Museum has returned a carved mask to the island of Tapuna, 130 years after a trader took it.

"This mask belongs at home," the museum's director, Felix Amar, said at a ceremony on Saturday.

Tapuna's elders said the mask would be kept in the island's meeting house.
"""
GOLD["mask_returned"] = [
    ("said", "the museum's director, Felix Amar", "This mask belongs at home"),
    ("said", "Tapuna's elders", "the mask would be kept in the island's meeting house"),
]
NOT_REPORTS["mask_returned"] = ["The Harwick Museum has returned a carved mask to the island of Tapuna, 130 years after a trader took it."]

ARTICLES["care_home"] = """Care home put into special measures

The Linden Court care home in Pawsey has been put into special measures after an inspection in January.

The home's owner, Gerald Fane, said the report was unfair, adding: "Our staff work incredibly hard."

The home has 48 residents.
"""
GOLD["care_home"] = [
    ("said", "The home's owner, Gerald Fane", "the report was unfair"),
    ("adding", "The home's owner, Gerald Fane", "Our staff work incredibly hard"),
]
NOT_REPORTS["care_home"] = ["The home has 48 residents."]

ARTICLES["bus_fares"] = """Bus fares to rise by 10p

Fares on Corbridge Buses will rise by 10p from April, the company said after its board met on Wednesday.

Its managing director, Lena Hart, said fuel had become far more expensive.

The company runs 90 buses.

Passenger groups said the rise would drive people back to their cars.
"""
GOLD["bus_fares"] = [
    ("said", "the company", "Fares on Corbridge Buses will rise by 10p from April"),
    ("said", "Its managing director, Lena Hart", "fuel had become far more expensive"),
    ("said", "Passenger groups", "the rise would drive people back to their cars"),
]
NOT_REPORTS["bus_fares"] = ["The company runs 90 buses."]

ARTICLES["singer_tour"] = """Singer cancels autumn tour

The singer Maeve Kilbride has cancelled her autumn tour, her agent said in a statement.

Kilbride said in an interview last month that she was exhausted and wanted a year at home.

Fans who bought tickets will get their money back.
"""
GOLD["singer_tour"] = [
    ("said", "her agent", "The singer Maeve Kilbride has cancelled her autumn tour"),
    ("said", "Kilbride", "she was exhausted and wanted a year at home"),
]
NOT_REPORTS["singer_tour"] = ["Fans who bought tickets will get their money back."]

ARTICLES["harbour_dredge"] = """Harbour to be dredged before trawlers are shut out

"The harbour is silting up fast," said the harbour master, Idris Vaughan. "In five years the big trawlers will not get in."

The dredging will cost £600,000.

Mr Vaughan said the work would start after the herring season and would take six weeks.
"""
GOLD["harbour_dredge"] = [
    ("said", "the harbour master, Idris Vaughan", "The harbour is silting up fast"),
    ("said", "Mr Vaughan", "the work would start after the herring season and would take six weeks"),
]
NOT_REPORTS["harbour_dredge"] = ["The dredging will cost £600,000."]
SPEAKERS["harbour_dredge"] = [("said", "Mr Vaughan", "Idris Vaughan", "the work")]

ARTICLES["heater_fires"] = """Fire service warns over cheap heaters

The Dunlow fire service warned that cheap electric heaters were a growing cause of house fires, as temperatures fell below freezing.

Crews attended 31 heater fires in December.

Station commander Pia Larsen said people should never leave a heater on overnight.
"""
GOLD["heater_fires"] = [
    ("warned", "The Dunlow fire service", "cheap electric heaters were a growing cause of house fires, as temperatures fell below freezing"),
    ("said", "Station commander Pia Larsen", "people should never leave a heater on overnight"),
]
NOT_REPORTS["heater_fires"] = ["Crews attended 31 heater fires in December."]

ARTICLES["nursery_close"] = """Village nursery to close

"We have looked at every way to keep the doors open.

"Sadly, there is no money left," said Hana Bilk, who runs the Little Acorns nursery in Stowby.

The nursery cares for 35 children.

Parents said they had been given four weeks to find new places.
"""
GOLD["nursery_close"] = [
    ("said", "Hana Bilk, who runs the Little Acorns nursery in Stowby", "We have looked at every way to keep the doors open."),
    ("said", "Parents", "they had been given four weeks to find new places"),
]
NOT_REPORTS["nursery_close"] = ["The nursery cares for 35 children."]

ARTICLES["librarian_award"] = """Librarian honoured after 41 years

The Greystone librarian, Ada Quill, said she was proud of the award, and the town council will hold a reception for her in June.

Ms Quill has worked at the library for 41 years.

She said the library had been "the best job in the world".
"""
GOLD["librarian_award"] = [
    ("said", "The Greystone librarian, Ada Quill", "she was proud of the award"),
    ("said", "She", 'the library had been "the best job in the world"'),
]
NOT_REPORTS["librarian_award"] = ["Ms Quill has worked at the library for 41 years."]
SPEAKERS["librarian_award"] = [("said", "She", "Ada Quill", "the library")]

ARTICLES["rent_freeze"] = """Tenants win two-year rent freeze

Tenants at the Orchard Row flats said the landlord had agreed to freeze their rents for two years.

The 120 flats are owned by Penhallow Estates.

A spokeswoman for Penhallow Estates said the freeze reflected "a difficult time for many households" and would be reviewed in 2028.
"""
GOLD["rent_freeze"] = [
    ("said", "Tenants at the Orchard Row flats", "the landlord had agreed to freeze their rents for two years"),
    ("said", "A spokeswoman for Penhallow Estates", 'the freeze reflected "a difficult time for many households" and would be reviewed in 2028'),
]
NOT_REPORTS["rent_freeze"] = ["The 120 flats are owned by Penhallow Estates."]

ARTICLES["flood_defences"] = """Minister promises flood defences for Marlow Vale

The environment minister, Tobias Wren, said on Thursday in a speech to farmers in Colby that new flood defences would be built in Marlow Vale within three years.

The valley flooded twice last winter.

"Nobody should have to bail out their kitchen every January," he said, before leaving for a visit to Orton.

Farmers' leaders said they had heard such promises before.
"""
GOLD["flood_defences"] = [
    ("said", "The environment minister, Tobias Wren", "new flood defences would be built in Marlow Vale within three years"),
    ("said", "he", "Nobody should have to bail out their kitchen every January"),
    ("said", "Farmers' leaders", "they had heard such promises before"),
]
NOT_REPORTS["flood_defences"] = ["The valley flooded twice last winter."]
SPEAKERS["flood_defences"] = [("said", "he", "Tobias Wren", "Nobody should")]

ARTICLES["stadium_vote"] = """Fans back new stadium in club vote

Supporters of Ashby Town voted to back a move to a new stadium on the edge of the town, the club said.

"This is the biggest decision in our history, and the fans have made it," said the chairman, Joe Marr. "Now we have to build it."

The club has played at Mill Lane since 1889.

Mr Marr said the new ground would hold 12,000 people, twice as many as Mill Lane, and would open in 2029.
"""
GOLD["stadium_vote"] = [
    ("said", "the club", "Supporters of Ashby Town voted to back a move to a new stadium on the edge of the town"),
    ("said", "the chairman, Joe Marr", "This is the biggest decision in our history, and the fans have made it"),
    ("said", "Mr Marr", "the new ground would hold 12,000 people, twice as many as Mill Lane, and would open in 2029"),
]
NOT_REPORTS["stadium_vote"] = ["The club has played at Mill Lane since 1889."]
SPEAKERS["stadium_vote"] = [("said", "Mr Marr", "Joe Marr", "the new ground")]
