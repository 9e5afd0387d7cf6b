# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five short articles written for the sixty-fourth session's check of energy and utilities news (helper A):
power cuts after storms ('the company blamed the storm', 'Engineers expect power to be restored by'), grid operators
('The grid operator said demand peaked'), price caps and bills ('The energy regulator warned suppliers', 'The watchdog
estimates'), pipeline leaks ('a spokesperson for the utility said it was working to', 'Residents told local radio',
'The firm has denied'), nuclear inspections ('The inspection report found'), hosepipe bans, wind, solar and tidal
projects ('The minister promised', 'Campaigners say'), fuel shortages, outage pages ('According to the network's
website'), analysts ('Analysts forecast') and speakers named again by pronoun or role across paragraphs ('She', 'He',
'The chief executive', 'Mr Doyle').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (tariffs, bills and prices stated by the writer, capacities in
megawatts, outage maps, numbers of homes cut off, instructions to customers, descriptions of plants, reservoirs and
lines); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, company, figure and
sentence is made up. Read by ``test_probe_findings_64_energy``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["grid_peak"] = """Electricity demand hits winter record

The grid operator, Northline Transmission, said demand peaked at 48.2 gigawatts shortly after 5pm on Tuesday.

The Harwick gas plant can generate 1,200 megawatts.

Wind farms supplied about a fifth of the country's power on the day.

Analysts at Corbel Energy forecast that wholesale prices would stay high until March.
"""
GOLD["grid_peak"] = [
    ("said", "The grid operator, Northline Transmission", "demand peaked at 48.2 gigawatts shortly after 5pm on Tuesday"),
    ("forecast", "Analysts at Corbel Energy", "wholesale prices would stay high until March"),
]
NOT_REPORTS["grid_peak"] = ["The Harwick gas plant can generate 1,200 megawatts.", "Wind farms supplied about a fifth of the country's power on the day."]

ARTICLES["storm_outage"] = """Thousands still without power after Storm Edda

About 31,000 homes in the Carrow valley were still without power on Sunday night.

Wessmoor Power blamed the storm for the damage to its lines.

Engineers expect power to be restored to most homes by Tuesday evening.

Customers complained on social media that the company's outage map had not been updated for hours.

The outage map shows faults in 14 postcodes around Carrow and Tillingford.

An outage map on the company's website is updated every 15 minutes.

Call 105 to report a power cut.
"""
GOLD["storm_outage"] = [
    ("blamed", "Wessmoor Power", "the storm for the damage to its lines"),
    ("expect", "Engineers", "power to be restored to most homes by Tuesday evening"),
    ("complained", "Customers", "the company's outage map had not been updated for hours"),
    ("shows", "The outage map", "faults in 14 postcodes around Carrow and Tillingford"),
]
NOT_REPORTS["storm_outage"] = ["About 31,000 homes in the Carrow valley were still without power on Sunday night.", "An outage map on the company's website is updated every 15 minutes.", "Call 105 to report a power cut."]

ARTICLES["price_cap"] = """Price cap to rise by 9% in January

The typical annual bill for a dual-fuel household will rise to £1,846.

The energy regulator, Powerwatch, warned suppliers that they must not move customers onto dearer tariffs without consent.

Standing charges for electricity will be 53p a day.

The watchdog estimates that 1.2 million households are behind on their bills.

Campaigners say the increase will push more families into fuel poverty.
"""
GOLD["price_cap"] = [
    ("warned", "The energy regulator, Powerwatch", "they must not move customers onto dearer tariffs without consent"),
    ("estimates", "The watchdog", "1.2 million households are behind on their bills"),
    ("say", "Campaigners", "the increase will push more families into fuel poverty"),
]
NOT_REPORTS["price_cap"] = ["The typical annual bill for a dual-fuel household will rise to £1,846.", "Standing charges for electricity will be 53p a day."]

ARTICLES["pipeline_leak"] = """Gas leak forces evacuation of village

Forty homes in Little Brayford were evacuated on Thursday after a leak on a high-pressure gas main.

The main carries gas from the Hadley terminal to towns along the coast.

A spokesperson for Tarrant Gas Networks said it was working to repair the pipe as quickly as possible.

Residents told local radio that they had smelled gas for days before the leak was reported.

The firm has denied that it ignored earlier complaints.
"""
GOLD["pipeline_leak"] = [
    ("said", "A spokesperson for Tarrant Gas Networks", "it was working to repair the pipe as quickly as possible"),
    ("told", "Residents", "they had smelled gas for days before the leak was reported"),
    ("denied", "The firm", "it ignored earlier complaints"),
]
NOT_REPORTS["pipeline_leak"] = ["Forty homes in Little Brayford were evacuated on Thursday after a leak on a high-pressure gas main.", "The main carries gas from the Hadley terminal to towns along the coast."]

ARTICLES["reactor_check"] = """Inspectors find corrosion at Kelbrook reactor

The inspection report found corrosion on pipework in one of the plant's two cooling circuits.

Kelbrook B, which began generating in 1983, has two reactors with a combined capacity of 1,040 megawatts.

The Office for Nuclear Safety said there was no risk to the public.

The plant's operator, Aldane Nuclear, said it would carry out repairs during a planned shutdown in the spring.

The station employs about 600 people.
"""
GOLD["reactor_check"] = [
    ("found", "The inspection report", "corrosion on pipework in one of the plant's two cooling circuits"),
    ("said", "The Office for Nuclear Safety", "there was no risk to the public"),
    ("said", "The plant's operator, Aldane Nuclear", "it would carry out repairs during a planned shutdown in the spring"),
]
NOT_REPORTS["reactor_check"] = ["Kelbrook B, which began generating in 1983, has two reactors with a combined capacity of 1,040 megawatts.", "The station employs about 600 people."]

ARTICLES["hosepipe_ban"] = """Hosepipe ban for two million customers

Sevenvale Water said a hosepipe ban would begin on Friday because reservoir levels had fallen to 54%.

Customers who break the ban can be fined up to £1,000.

Its chief executive, Marcus Hale, said the company had fixed more leaks this year than ever before.

Watering cans may still be used.

The chief executive said the ban would be lifted as soon as the rain returned.
"""
GOLD["hosepipe_ban"] = [
    ("said", "Sevenvale Water", "a hosepipe ban would begin on Friday because reservoir levels had fallen to 54%"),
    ("said", "Its chief executive, Marcus Hale", "the company had fixed more leaks this year than ever before"),
    ("said", "The chief executive", "the ban would be lifted as soon as the rain returned"),
]
NOT_REPORTS["hosepipe_ban"] = ["Customers who break the ban can be fined up to £1,000.", "Watering cans may still be used."]
SPEAKERS["hosepipe_ban"] = [("said", "The chief executive", "Marcus Hale", "the ban")]

ARTICLES["wind_farm"] = """Offshore wind farm approved

The Tarnock Bank wind farm will have 94 turbines and a capacity of 1.1 gigawatts.

The minister, Claire Dunmore, promised that the project would create 900 jobs on the coast.

Fishermen in Orsby say the turbines will close some of their best grounds.

Each turbine stands 260 metres tall.

She said construction would start next year.
"""
GOLD["wind_farm"] = [
    ("promised", "The minister, Claire Dunmore", "the project would create 900 jobs on the coast"),
    ("say", "Fishermen in Orsby", "the turbines will close some of their best grounds"),
    ("said", "She", "construction would start next year"),
]
NOT_REPORTS["wind_farm"] = ["The Tarnock Bank wind farm will have 94 turbines and a capacity of 1.1 gigawatts.", "Each turbine stands 260 metres tall."]
SPEAKERS["wind_farm"] = [("said", "She", "Claire Dunmore", "construction")]

ARTICLES["solar_park"] = """Solar park plan divides village

Plans for a 49.9-megawatt solar park on farmland near Easterleigh were submitted in May.

"We are not against solar, we are against losing good farmland," said Ruth Calloway, who chairs the parish council.

The developer, Brightfield Renewables, said the land would still be grazed by sheep.

The panels would cover 85 hectares.

A public meeting will be held at the village hall on 12 June at 7pm.
"""
GOLD["solar_park"] = [
    ("said", "Ruth Calloway, who chairs the parish council", "We are not against solar, we are against losing good farmland"),
    ("said", "The developer, Brightfield Renewables", "the land would still be grazed by sheep"),
]
NOT_REPORTS["solar_park"] = ["Plans for a 49.9-megawatt solar park on farmland near Easterleigh were submitted in May.", "The panels would cover 85 hectares.", "A public meeting will be held at the village hall on 12 June at 7pm."]

ARTICLES["fuel_queues"] = """Queues at petrol stations as deliveries falter

Drivers queued for up to an hour at forecourts in Lenford on Saturday.

The Forecourt Traders' Association said about a third of its members had run dry.

Unleaded petrol cost an average of 147.9p a litre on Friday.

The government has insisted that there is no shortage of fuel.

Most forecourts are restocked twice a week.
"""
GOLD["fuel_queues"] = [
    ("said", "The Forecourt Traders' Association", "about a third of its members had run dry"),
    ("insisted", "The government", "there is no shortage of fuel"),
]
NOT_REPORTS["fuel_queues"] = ["Drivers queued for up to an hour at forecourts in Lenford on Saturday.", "Unleaded petrol cost an average of 147.9p a litre on Friday.", "Most forecourts are restocked twice a week."]

ARTICLES["substation_fire"] = """Power back at hospital after substation fire

According to the network's website, 2,300 properties in the Bellmead area remain without power.

The substation at Fenn Lane supplies about 9,000 homes and businesses.

Fire crews said the blaze had started in a transformer.

Hospital managers said generators had kept the wards running throughout.

If you rely on medical equipment, you can join the priority services register by calling 0800 123 4567.
"""
GOLD["substation_fire"] = [
    ("According", "the network's website", "2,300 properties in the Bellmead area remain without power"),
    ("said", "Fire crews", "the blaze had started in a transformer"),
    ("said", "Hospital managers", "generators had kept the wards running throughout"),
]
NOT_REPORTS["substation_fire"] = ["The substation at Fenn Lane supplies about 9,000 homes and businesses.", "If you rely on medical equipment, you can join the priority services register by calling 0800 123 4567."]

ARTICLES["energy_debt"] = """Record number of households in energy debt

A report by the Consumer Energy Trust found that one in six households had skipped meals to pay their bills.

The average debt on a prepayment meter is £1,240.

Its director, Anwen Lloyd, said the figures were shocking.

She called on suppliers to write off the debts of the poorest customers.

Prepayment customers pay for their energy before they use it.
"""
GOLD["energy_debt"] = [
    ("found", "A report by the Consumer Energy Trust", "one in six households had skipped meals to pay their bills"),
    ("said", "Its director, Anwen Lloyd", "the figures were shocking"),
    ("called", "She", "suppliers to write off the debts of the poorest customers"),
]
NOT_REPORTS["energy_debt"] = ["The average debt on a prepayment meter is £1,240.", "Prepayment customers pay for their energy before they use it."]
SPEAKERS["energy_debt"] = [("called on", "She", "Anwen Lloyd", "suppliers")]

ARTICLES["profits_boss"] = """Blackwater Energy boss defends profits

Simon Ferrand, the chief executive of Blackwater Energy, said the company's profits would be spent on new wind farms.

Blackwater made a profit of £2.4bn in the six months to June.

He told the Morning Report programme that bills would fall in the spring.

The company supplies gas and electricity to 4.5 million homes.

The chief executive said he would not take a bonus this year.

The opposition's energy spokesman, Dafydd Rees, said the profits were obscene.
"""
GOLD["profits_boss"] = [
    ("said", "Simon Ferrand, the chief executive of Blackwater Energy", "the company's profits would be spent on new wind farms"),
    ("told", "He", "bills would fall in the spring"),
    ("said", "The chief executive", "he would not take a bonus this year"),
    ("said", "The opposition's energy spokesman, Dafydd Rees", "the profits were obscene"),
]
NOT_REPORTS["profits_boss"] = ["Blackwater made a profit of £2.4bn in the six months to June.", "The company supplies gas and electricity to 4.5 million homes."]
SPEAKERS["profits_boss"] = [("told", "He", "Simon Ferrand", "bills"), ("said", "The chief executive", "Simon Ferrand", "he would not")]

ARTICLES["water_leaks"] = """Water company misses leakage target again

Harrowdale Water lost 612 million litres a day through leaks last year.

The regulator said the company had missed its target for the third year running.

The company said dry weather had caused more pipes to burst.

Members of the group River Watch say the firm should not pay dividends until its leaks are fixed.

Its pipes would stretch around the world twice if laid end to end.
"""
GOLD["water_leaks"] = [
    ("said", "The regulator", "the company had missed its target for the third year running"),
    ("said", "The company", "dry weather had caused more pipes to burst"),
    ("say", "Members of the group River Watch", "the firm should not pay dividends until its leaks are fixed"),
]
NOT_REPORTS["water_leaks"] = ["Harrowdale Water lost 612 million litres a day through leaks last year.", "Its pipes would stretch around the world twice if laid end to end."]

ARTICLES["reactor_deal"] = """Deal signed for new reactor at Strenholm

The government and Coravel Energy signed a £20bn deal for a new reactor at Strenholm on Wednesday.

The energy minister, Rajiv Sandhu, said the plant would supply 6% of the country's electricity.

Analysts forecast that the cost would rise before the reactor is finished.

Greenwood, an anti-nuclear group, said the money would be better spent on insulating homes.

The reactor will have a capacity of 1,600 megawatts and is due to open in 2036.
"""
GOLD["reactor_deal"] = [
    ("said", "The energy minister, Rajiv Sandhu", "the plant would supply 6% of the country's electricity"),
    ("forecast", "Analysts", "the cost would rise before the reactor is finished"),
    ("said", "Greenwood, an anti-nuclear group", "the money would be better spent on insulating homes"),
]
NOT_REPORTS["reactor_deal"] = ["The government and Coravel Energy signed a £20bn deal for a new reactor at Strenholm on Wednesday.", "The reactor will have a capacity of 1,600 megawatts and is due to open in 2036."]

ARTICLES["smart_meters"] = """Smart meters go quiet after network switch-off

About 700,000 smart meters stopped sending readings when an old radio network was switched off last month.

Some users complained on online forums that they had been sent estimated bills.

A spokesperson for Meterlink, which runs the network, said engineers were visiting homes to replace the meters.

To check whether your meter is affected, look for a flashing red light on its display.

Smart meters send readings to suppliers every half hour.
"""
GOLD["smart_meters"] = [
    ("complained", "Some users", "they had been sent estimated bills"),
    ("said", "A spokesperson for Meterlink, which runs the network", "engineers were visiting homes to replace the meters"),
]
NOT_REPORTS["smart_meters"] = ["About 700,000 smart meters stopped sending readings when an old radio network was switched off last month.", "To check whether your meter is affected, look for a flashing red light on its display.", "Smart meters send readings to suppliers every half hour."]

ARTICLES["blackout_inquiry"] = """Inquiry faults operator over August blackout

An independent inquiry concluded that the operator had failed to keep enough reserve power on standby.

The blackout cut supplies to 1.1 million customers for up to 50 minutes.

Centra Grid said it accepted the inquiry's findings.

Trains in the north-east were halted and traffic lights failed in several towns.
"""
GOLD["blackout_inquiry"] = [
    ("concluded", "An independent inquiry", "the operator had failed to keep enough reserve power on standby"),
    ("said", "Centra Grid", "it accepted the inquiry's findings"),
]
NOT_REPORTS["blackout_inquiry"] = ["The blackout cut supplies to 1.1 million customers for up to 50 minutes.", "Trains in the north-east were halted and traffic lights failed in several towns."]

ARTICLES["heat_pumps"] = """Grants for heat pumps to double

Homeowners will be able to claim £7,500 towards the cost of a heat pump from April.

Installers said demand had already risen by a third since the announcement.

The Heating Installers' Guild warned that there were not enough trained engineers.

A typical air-source heat pump costs between £10,000 and £14,000 to install.

Tom Ashby, who had one fitted last year, said his bills had fallen by about a third.
"""
GOLD["heat_pumps"] = [
    ("said", "Installers", "demand had already risen by a third since the announcement"),
    ("warned", "The Heating Installers' Guild", "there were not enough trained engineers"),
    ("said", "Tom Ashby, who had one fitted last year", "his bills had fallen by about a third"),
]
NOT_REPORTS["heat_pumps"] = ["Homeowners will be able to claim £7,500 towards the cost of a heat pump from April.", "A typical air-source heat pump costs between £10,000 and £14,000 to install."]

ARTICLES["reservoir_low"] = """Reservoir at lowest level in decades

Langstrath reservoir was 31% full on Monday.

The Rivers Agency said rainfall in the region had been 40% below average since March.

Farmers told local radio that they were being forced to sell cattle because there was no grass.

The reservoir holds up to 14 billion litres and supplies Kelsby and its suburbs.

A spokesman for the agency said the situation would be reviewed every week.
"""
GOLD["reservoir_low"] = [
    ("said", "The Rivers Agency", "rainfall in the region had been 40% below average since March"),
    ("told", "Farmers", "they were being forced to sell cattle because there was no grass"),
    ("said", "A spokesman for the agency", "the situation would be reviewed every week"),
]
NOT_REPORTS["reservoir_low"] = ["Langstrath reservoir was 31% full on Monday.", "The reservoir holds up to 14 billion litres and supplies Kelsby and its suburbs."]

ARTICLES["supplier_collapse"] = """Tenth energy supplier collapses

Bluewave Energy, which had 230,000 customers, ceased trading at midnight.

The regulator said customers would be moved to a new supplier.

Customers of Bluewave do not need to do anything.

Industry figures say the price cap has made it impossible for small firms to survive.

The firm's founder, Neil Okoro, said in a statement that he was devastated.
"""
GOLD["supplier_collapse"] = [
    ("said", "The regulator", "customers would be moved to a new supplier"),
    ("say", "Industry figures", "the price cap has made it impossible for small firms to survive"),
    ("said", "The firm's founder, Neil Okoro", "he was devastated"),
]
NOT_REPORTS["supplier_collapse"] = ["Bluewave Energy, which had 230,000 customers, ceased trading at midnight.", "Customers of Bluewave do not need to do anything."]

ARTICLES["cold_snap"] = """Coal units on standby as cold snap bites

Holme Marsh, which opened in 1967, can generate 2,000 megawatts.

Forecasters expect temperatures to fall to minus 10C in parts of the north.

Traders said wholesale prices for Wednesday evening had jumped to £1,500 a megawatt hour.

The station was due to close in September.

Kieran Doyle, who runs the operator's control room, said he was confident there would be enough power.

Mr Doyle said households did not need to cut their use.
"""
GOLD["cold_snap"] = [
    ("expect", "Forecasters", "temperatures to fall to minus 10C in parts of the north"),
    ("said", "Traders", "wholesale prices for Wednesday evening had jumped to £1,500 a megawatt hour"),
    ("said", "Kieran Doyle, who runs the operator's control room", "he was confident there would be enough power"),
    ("said", "Mr Doyle", "households did not need to cut their use"),
]
NOT_REPORTS["cold_snap"] = ["Holme Marsh, which opened in 1967, can generate 2,000 megawatts.", "The station was due to close in September."]
SPEAKERS["cold_snap"] = [("said", "Mr Doyle", "Kieran Doyle", "households")]

ARTICLES["pylon_line"] = """Villagers fight plans for new pylons

The proposed line would run 110 miles with about 400 pylons, each up to 50 metres high.

Opponents argue that burying the cables would spare the landscape.

The network company, Eastlink, said underground cables would cost ten times as much.

Ann Cheswick, 71, who has lived in Marden Green all her life, said: "It will ruin the valley."

A consultation closes on 30 September.
"""
GOLD["pylon_line"] = [
    ("argue", "Opponents", "burying the cables would spare the landscape"),
    ("said", "The network company, Eastlink", "underground cables would cost ten times as much"),
    ("said", "Ann Cheswick, 71, who has lived in Marden Green all her life", "It will ruin the valley."),
]
NOT_REPORTS["pylon_line"] = ["The proposed line would run 110 miles with about 400 pylons, each up to 50 metres high.", "A consultation closes on 30 September."]

ARTICLES["tidal_lagoon"] = """Tidal lagoon scheme revived

The lagoon would enclose 11 square kilometres of the Seaborne estuary and generate 320 megawatts.

Its backers claim it would last for 120 years.

Environmental groups fear the wall would harm feeding grounds for wading birds.

Professor Alan Whitcombe, an engineer at Seaborne University, said the cost of its power was still too high.

He added that the lagoon would also protect the city from flooding.
"""
GOLD["tidal_lagoon"] = [
    ("claim", "Its backers", "it would last for 120 years"),
    ("fear", "Environmental groups", "the wall would harm feeding grounds for wading birds"),
    ("said", "Professor Alan Whitcombe, an engineer at Seaborne University", "the cost of its power was still too high"),
    ("added", "He", "the lagoon would also protect the city from flooding"),
]
NOT_REPORTS["tidal_lagoon"] = ["The lagoon would enclose 11 square kilometres of the Seaborne estuary and generate 320 megawatts."]
SPEAKERS["tidal_lagoon"] = [("added", "He", "Alan Whitcombe", "the lagoon")]

ARTICLES["meter_theft"] = """Cannabis farms behind surge in electricity theft

Around 1,500 cases of meter tampering were found last year.

Police said most of the thefts were linked to cannabis farms.

The network's head of revenue protection, Gail Murray, said tampering with meters could cause fires.

Tampering with a meter is a criminal offence.

She urged anyone who suspected a theft to call a free helpline.
"""
GOLD["meter_theft"] = [
    ("said", "Police", "most of the thefts were linked to cannabis farms"),
    ("said", "The network's head of revenue protection, Gail Murray", "tampering with meters could cause fires"),
    ("urged", "She", "anyone who suspected a theft to call a free helpline"),
]
NOT_REPORTS["meter_theft"] = ["Around 1,500 cases of meter tampering were found last year.", "Tampering with a meter is a criminal offence."]
SPEAKERS["meter_theft"] = [("urged", "She", "Gail Murray", "anyone")]

ARTICLES["ev_chargers"] = """Broken chargers frustrate drivers

There are about 53,000 public charging points in the country.

A survey by the motoring group Roadwise found that one in five rapid chargers was out of action.

Charge Ahead, which runs 4,000 of the points, said repairs were being made within 48 hours.

A rapid charger can add 100 miles of range in about 30 minutes.

Charging at home costs about 7p a mile.
"""
GOLD["ev_chargers"] = [
    ("found", "A survey by the motoring group Roadwise", "one in five rapid chargers was out of action"),
    ("said", "Charge Ahead, which runs 4,000 of the points", "repairs were being made within 48 hours"),
]
NOT_REPORTS["ev_chargers"] = ["There are about 53,000 public charging points in the country.", "A rapid charger can add 100 miles of range in about 30 minutes.", "Charging at home costs about 7p a mile."]

ARTICLES["cable_fault"] = """Cable fault cuts power imports

The 1,400-megawatt Norlink cable carries power between the two countries.

The operator said repairs could take six weeks.

Engineers expect the cable to return to service by mid-March.

Analysts at Pellam Research said the outage could add £30 to the typical annual bill.

The cable runs 720 kilometres under the North Sea.
"""
GOLD["cable_fault"] = [
    ("said", "The operator", "repairs could take six weeks"),
    ("expect", "Engineers", "the cable to return to service by mid-March"),
    ("said", "Analysts at Pellam Research", "the outage could add £30 to the typical annual bill"),
]
NOT_REPORTS["cable_fault"] = ["The 1,400-megawatt Norlink cable carries power between the two countries.", "The cable runs 720 kilometres under the North Sea."]

# written after the first run, to probe the mended shape (a role with a modifier in '-ing' taken back) in other words
ARTICLES["burst_main"] = """Burst main leaves town without water

About 12,000 homes in Ashby were left without running water on Monday.

Jo Barnes, a spokeswoman for Dunmere Water, said tankers had been sent to the worst-hit streets.

The spokeswoman said bottled water would be handed out at the leisure centre.

Bottled water stations are open from 8am to 8pm.

The company's managing director, Peter Lowe, said the pipe was more than 100 years old.

The managing director said every customer would receive £50 in compensation.
"""
GOLD["burst_main"] = [
    ("said", "Jo Barnes, a spokeswoman for Dunmere Water", "tankers had been sent to the worst-hit streets"),
    ("said", "The spokeswoman", "bottled water would be handed out at the leisure centre"),
    ("said", "The company's managing director, Peter Lowe", "the pipe was more than 100 years old"),
    ("said", "The managing director", "every customer would receive £50 in compensation"),
]
NOT_REPORTS["burst_main"] = ["About 12,000 homes in Ashby were left without running water on Monday.", "Bottled water stations are open from 8am to 8pm."]
SPEAKERS["burst_main"] = [("said", "The spokeswoman", "Jo Barnes", "bottled water"), ("said", "The managing director", "Peter Lowe", "every customer")]

ARTICLES["meter_warrants"] = """Suppliers told to stop forcing prepayment meters on households

The watchdog's acting chief executive, Nadia Brennan, said some suppliers had broken the rules.

The acting chief executive said firms would be fined if it happened again.

Around 600,000 prepayment meters were installed by warrant last year.

Suppliers must now carry out a welfare check before fitting one.

Debt adviser Tom Fry said many of the households he saw were vulnerable.

"They have no idea what their rights are," the adviser said.
"""
GOLD["meter_warrants"] = [
    ("said", "The watchdog's acting chief executive, Nadia Brennan", "some suppliers had broken the rules"),
    ("said", "The acting chief executive", "firms would be fined if it happened again"),
    ("said", "Debt adviser Tom Fry", "many of the households he saw were vulnerable"),
    ("said", "the adviser", "They have no idea what their rights are"),
]
NOT_REPORTS["meter_warrants"] = ["Around 600,000 prepayment meters were installed by warrant last year.", "Suppliers must now carry out a welfare check before fitting one."]
SPEAKERS["meter_warrants"] = [("said", "The acting chief executive", "Nadia Brennan", "firms"), ("said", "the adviser", "Tom Fry", "They have")]

ARTICLES["refinery_fire"] = """Refinery fire sends smoke over town

A fire broke out at the Saltmere refinery on Sunday morning.

The refinery processes 200,000 barrels of crude oil a day.

Its owner, Pelagos Oil, said nobody had been hurt.

"The fire is under control," said Chief Fire Officer Hannah Booth.

The chief fire officer said crews would stay at the site overnight.

People living nearby were told to keep their windows closed.

Local councillor Ray Muncey said the refinery had had three fires in five years.

The councillor said he would ask for a public inquiry.
"""
GOLD["refinery_fire"] = [
    ("said", "Its owner, Pelagos Oil", "nobody had been hurt"),
    ("said", "Chief Fire Officer Hannah Booth", "The fire is under control"),
    ("said", "The chief fire officer", "crews would stay at the site overnight"),
    ("told", "", "to keep their windows closed"),
    ("said", "Local councillor Ray Muncey", "the refinery had had three fires in five years"),
    ("said", "The councillor", "he would ask for a public inquiry"),
]
NOT_REPORTS["refinery_fire"] = ["A fire broke out at the Saltmere refinery on Sunday morning.", "The refinery processes 200,000 barrels of crude oil a day."]
SPEAKERS["refinery_fire"] = [("said", "The chief fire officer", "Hannah Booth", "crews"), ("said", "The councillor", "Ray Muncey", "he would")]

# written after the second run, to probe the second mend ('the Northline boss' is the chief executive of Northline)
ARTICLES["grid_cables"] = """Grid upgrade to cost £58bn

Sarah Quinn, chief executive of Northline, told investors that the network would need 5,000 miles of new cables.

The grid has 4,500 miles of overhead lines and 900 substations.

Ms Quinn, who joined the company in 2021, said the work would take a decade.

The regulator, Powerwatch, said the cost would be added to bills over 40 years.

The Northline boss said she was confident the money would be found.

Work on the first new line starts in April.
"""
GOLD["grid_cables"] = [
    ("told", "Sarah Quinn, chief executive of Northline", "the network would need 5,000 miles of new cables"),
    ("said", "Ms Quinn, who joined the company in 2021", "the work would take a decade"),
    ("said", "The regulator, Powerwatch", "the cost would be added to bills over 40 years"),
    ("said", "The Northline boss", "she was confident the money would be found"),
]
NOT_REPORTS["grid_cables"] = ["The grid has 4,500 miles of overhead lines and 900 substations.", "Work on the first new line starts in April."]
SPEAKERS["grid_cables"] = [("said", "Ms Quinn, who joined the company in 2021", "Sarah Quinn", "the work"), ("said", "The Northline boss", "Sarah Quinn", "she was")]

ARTICLES["oil_profits"] = """Oil firm's profits soar

Harlow Petroleum made a profit of £8.3bn in the first half of the year.

Gareth Lyle, chief executive of Harlow Petroleum, said the money would be used to buy back shares.

Its rival Kestrel Oil said its own profits had doubled.

Kestrel Oil pumps 300,000 barrels a day from the Forth basin.

The Kestrel boss said the company would invest in wind power.

The Harlow boss said oil would remain "the core of the business" for years.
"""
GOLD["oil_profits"] = [
    ("said", "Gareth Lyle, chief executive of Harlow Petroleum", "the money would be used to buy back shares"),
    ("said", "Its rival Kestrel Oil", "its own profits had doubled"),
    ("said", "The Kestrel boss", "the company would invest in wind power"),
    ("said", "The Harlow boss", 'oil would remain "the core of the business" for years'),
]
NOT_REPORTS["oil_profits"] = ["Harlow Petroleum made a profit of £8.3bn in the first half of the year.", "Kestrel Oil pumps 300,000 barrels a day from the Forth basin."]
SPEAKERS["oil_profits"] = [("said", "The Harlow boss", "Gareth Lyle", "oil"), ("said", "The Kestrel boss", "Kestrel boss", "the company")]
