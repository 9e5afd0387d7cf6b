# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-nine short articles written for the sixty-second session's check of transport, travel and consumer news
(helper J): airlines ('the airline apologised for', 'one traveller, stranded for 14 hours, told the paper'), rail
strikes and delays ('the union said members would walk out', 'the operator blamed X for', 'announcements on the
platform said', 'the departure board showed'), roads and an invented motoring group that 'advised drivers to',
package holidays and refunds ('the firm said it would refund', 'the terms state', 'a notice on the website says'),
product complaints ('customers took to social media to complain'), an invented consumer watchdog that 'ruled that'
and an advertising panel that 'ruled the advert misleading', an ombudsman that 'found', and signs ('a sign read').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (timetables, delays in minutes, fares and prices, routes, flight
numbers, weather narration, the paper's own travel advice); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Counted on PolNeAR train before writing the gold: 'blamed' is a cue 19 times of 20 with 'X for Y' as
its content; 'complained' is a cue 17 times of 17 outside other contents; 'apologised for' is a cue 6 times of 6
outside other contents; 'ruled that' is a cue 3 times of 3; 'showed' is a cue 69 times (polls, figures, records),
but a departure board is a screen, which shows a value and says nothing (the project's ``mute_subjects``), so 'The
departure board showed X as cancelled' reports nothing; PolNeAR marks no bare 'apologized' (3 of 3), so 'has
apologised after X' reports nothing either. The first twenty-five articles were written before any run, the next
eight after the first, the next four after the mends' first run, the last two after
the mends. Every name, place, firm, body, flight, figure and sentence is made up. Read by ``test_probe_findings_62_travel``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["fog_airport"] = """Hundreds stranded at Corvell Airport as fog grounds flights

More than 60 flights were cancelled at Corvell Airport on Sunday as thick fog settled over the runway for a second day.

Skyvane Airways apologised for the disruption and said passengers on cancelled flights would be rebooked free of charge.

One traveller, stranded for 14 hours with two young children, told the Gazette that nobody from the airline had offered them a hotel.

"We slept on the floor by gate 12. Nobody came," she said.

Flight SV214 to Lisnar was due to leave at 07:15 and finally departed at 21:40.

Visibility was below 100 metres for most of the morning.
"""
GOLD["fog_airport"] = [
    ("apologised", "Skyvane Airways", "the disruption"),
    ("said", "Skyvane Airways", "passengers on cancelled flights would be rebooked free of charge"),
    ("told", "One traveller, stranded for 14 hours with two young children", "nobody from the airline had offered them a hotel"),
    ("said", "she", "We slept on the floor by gate 12. Nobody came"),
]
NOT_REPORTS["fog_airport"] = [
    "More than 60 flights were cancelled at Corvell Airport on Sunday as thick fog settled over the runway for a second day.",
    "Flight SV214 to Lisnar was due to leave at 07:15 and finally departed at 21:40.",
    "Visibility was below 100 metres for most of the morning.",
]

ARTICLES["rail_strike"] = """Train drivers to strike on three Saturdays in March

Train drivers on the Westmoor Line will strike on three Saturdays next month in a row over pay.

The drivers' union, RTDU, said its members would walk out on March 4, 11 and 18 after talks broke down.

"Our members have had one pay rise in four years. Enough is enough," said Graham Tollen, the union's general secretary.

Westmoor Rail said it was disappointed by the decision and urged the union to return to talks.

Only one train an hour will run between Aldport and Fenwick on strike days.

The line carries about 90,000 passengers on a typical Saturday.
"""
GOLD["rail_strike"] = [
    ("said", "The drivers' union, RTDU", "its members would walk out on March 4, 11 and 18 after talks broke down"),
    ("said", "Graham Tollen, the union's general secretary", "Our members have had one pay rise in four years. Enough is enough"),
    ("said", "Westmoor Rail", "it was disappointed by the decision"),
]
NOT_REPORTS["rail_strike"] = [
    "Train drivers on the Westmoor Line will strike on three Saturdays next month in a row over pay.",
    "Only one train an hour will run between Aldport and Fenwick on strike days.",
    "The line carries about 90,000 passengers on a typical Saturday.",
]

ARTICLES["signal_failure"] = """Signal failure brings evening chaos to Halvern Junction

Commuters faced delays of up to 90 minutes on Thursday evening after a signal failure outside Halvern Junction.

The operator, Northgate Trains, blamed a cable fault for the problems.

Announcements on the platform said that all services towards Brennock were suspended until further notice.

The departure board showed every train to the coast as cancelled.

Passengers complained that they had been given no information for more than an hour.

The 17:52 to Brennock was eventually replaced by a bus.
"""
GOLD["signal_failure"] = [
    ("blamed", "The operator, Northgate Trains", "a cable fault for the problems"),
    ("said", "Announcements on the platform", "all services towards Brennock were suspended until further notice"),
    ("complained", "Passengers", "they had been given no information for more than an hour"),
]
NOT_REPORTS["signal_failure"] = [
    "Commuters faced delays of up to 90 minutes on Thursday evening after a signal failure outside Halvern Junction.",
    "The 17:52 to Brennock was eventually replaced by a bus.",
    "The departure board showed every train to the coast as cancelled.",
]

ARTICLES["holiday_refund"] = """Holiday firm told to refund family after hotel was a building site

A family who paid £4,200 for a week in Calderra were given rooms next to a building site, a consumer watchdog has found.

The Travel Fairness Board ruled that SunPath Holidays had breached its own booking conditions.

SunPath said it would refund the full cost of the holiday and apologised to the family.

The firm's terms state that customers must be told of any major building work before they travel.

"We were woken by drills at seven every morning," said the father, Martin Oyelaran.

The package included flights from Dunmere and half-board at a four-star hotel.
"""
GOLD["holiday_refund"] = [
    ("found", "a consumer watchdog", "A family who paid £4,200 for a week in Calderra were given rooms next to a building site"),
    ("ruled", "The Travel Fairness Board", "SunPath Holidays had breached its own booking conditions"),
    ("said", "SunPath", "it would refund the full cost of the holiday"),
    ("state", "The firm's terms", "customers must be told of any major building work before they travel"),
    ("said", "the father, Martin Oyelaran", "We were woken by drills at seven every morning"),
]
NOT_REPORTS["holiday_refund"] = [
    "The package included flights from Dunmere and half-board at a four-star hotel.",
]

ARTICLES["ombudsman_delay"] = """Ombudsman orders airline to pay compensation over 11-hour delay

The Air Passenger Ombudsman found that Brightwing had wrongly blamed bad weather for an 11-hour delay to a flight from Porto Vell last July.

The ombudsman said the delay had been caused by a crew shortage, which is within the airline's control.

Brightwing must pay each of the 184 passengers €400.

A spokesperson for Brightwing said the airline would comply with the decision.

Flight BW871 landed in Kesterby at 4am instead of 5pm.
"""
GOLD["ombudsman_delay"] = [
    ("found", "The Air Passenger Ombudsman", "Brightwing had wrongly blamed bad weather for an 11-hour delay to a flight from Porto Vell last July"),
    ("said", "The ombudsman", "the delay had been caused by a crew shortage"),
    ("said", "A spokesperson for Brightwing", "the airline would comply with the decision"),
]
NOT_REPORTS["ombudsman_delay"] = [
    "Brightwing must pay each of the 184 passengers €400.",
    "Flight BW871 landed in Kesterby at 4am instead of 5pm.",
]

ARTICLES["kettle_recall"] = """Kettles recalled after reports of handles melting

Homewise has recalled 30,000 kettles sold in its stores between May and October.

Dozens of customers took to social media to complain that the handles had melted while the kettle was boiling.

The retailer said in a statement that it was "taking every report extremely seriously".

The Product Safety Council advised owners to stop using the kettles immediately.

The recalled model is the Homewise KT-300, which sold for £24.99.

Customers can return the kettle to any store for a full refund.
"""
GOLD["kettle_recall"] = [
    ("complain", "Dozens of customers", "the handles had melted while the kettle was boiling"),
    ("said", "The retailer", "it was \"taking every report extremely seriously\""),
    ("advised", "The Product Safety Council", "owners to stop using the kettles immediately"),
]
NOT_REPORTS["kettle_recall"] = [
    "The recalled model is the Homewise KT-300, which sold for £24.99.",
    "Customers can return the kettle to any store for a full refund.",
]

ARTICLES["motorway_closure"] = """M47 to close overnight for bridge repairs

A 12-mile stretch of the M47 between junctions 9 and 11 will close overnight from Monday for three weeks.

The closures will run from 10pm to 5am each night.

Drivers will be diverted along the A640 through Tallowby.

The Roadstar motoring group advised drivers to allow an extra 40 minutes for journeys through the area.

Its spokesman, Neil Castry, said the diversion route was "already struggling with normal traffic".

National Highways said the repairs could not be delayed any longer.
"""
GOLD["motorway_closure"] = [
    ("advised", "The Roadstar motoring group", "drivers to allow an extra 40 minutes for journeys through the area"),
    ("said", "Its spokesman, Neil Castry", "the diversion route was \"already struggling with normal traffic\""),
    ("said", "National Highways", "the repairs could not be delayed any longer"),
]
NOT_REPORTS["motorway_closure"] = [
    "A 12-mile stretch of the M47 between junctions 9 and 11 will close overnight from Monday for three weeks.",
    "The closures will run from 10pm to 5am each night.",
    "Drivers will be diverted along the A640 through Tallowby.",
]
SPEAKERS["motorway_closure"] = [("said", "Its spokesman, Neil Castry", "Neil Castry", "the diversion")]

ARTICLES["ferry_cancelled"] = """Island ferry sailings cancelled as gales batter coast

All sailings between Port Alsie and the Garra islands were cancelled on Tuesday as winds gusted above 70mph.

A notice on the ferry operator's website says that the first sailing on Wednesday is also at risk.

The 08:30 crossing usually takes two hours and ten minutes.

Island councillor Morag Beaton said shops on Garra were running short of fresh food.

"The shelves are empty by lunchtime. It happens every winter," she said.

Check the operator's website before setting off.
"""
GOLD["ferry_cancelled"] = [
    ("says", "A notice on the ferry operator's website", "the first sailing on Wednesday is also at risk"),
    ("said", "Island councillor Morag Beaton", "shops on Garra were running short of fresh food"),
    ("said", "she", "The shelves are empty by lunchtime. It happens every winter"),
]
NOT_REPORTS["ferry_cancelled"] = [
    "All sailings between Port Alsie and the Garra islands were cancelled on Tuesday as winds gusted above 70mph.",
    "The 08:30 crossing usually takes two hours and ten minutes.",
    "Check the operator's website before setting off.",
]
SPEAKERS["ferry_cancelled"] = [("said", "she", "Morag Beaton", "The shelves")]

ARTICLES["station_sign"] = """Ticket office at Millbank Road closes with a handwritten sign

The ticket office at Millbank Road station closed for good on Friday.

A sign taped to the window read: "This office is now closed. Please use the machines."

Passengers who need help can call a number displayed next to the machines.

Regular commuter Alan Petrosyan said the machines often did not accept cards.

A spokesperson for the rail operator said that staff would remain on the platforms during the day.

An anytime return to the city costs £11.60.
"""
GOLD["station_sign"] = [
    ("read", "A sign taped to the window", "This office is now closed. Please use the machines."),
    ("said", "Regular commuter Alan Petrosyan", "the machines often did not accept cards"),
    ("said", "A spokesperson for the rail operator", "staff would remain on the platforms during the day"),
]
NOT_REPORTS["station_sign"] = [
    "The ticket office at Millbank Road station closed for good on Friday.",
    "An anytime return to the city costs £11.60.",
]

ARTICLES["fares_rise"] = """Rail fares to rise by 4.1% in January

Regulated rail fares will rise by 4.1% from January 2, the Department for Transport announced on Wednesday.

A season ticket from Oakhurst to the city will go up from £4,380 to £4,560.

The Passenger Voice campaign group said the rise would push more people back into their cars.

"Fares have gone up faster than wages for a decade," said its director, Helen Marbury.

The department said the increase was below inflation and would help fund new trains.
"""
GOLD["fares_rise"] = [
    ("announced", "the Department for Transport", "Regulated rail fares will rise by 4.1% from January 2"),
    ("said", "The Passenger Voice campaign group", "the rise would push more people back into their cars"),
    ("said", "its director, Helen Marbury", "Fares have gone up faster than wages for a decade"),
    ("said", "The department", "the increase was below inflation and would help fund new trains"),
]
NOT_REPORTS["fares_rise"] = [
    "A season ticket from Oakhurst to the city will go up from £4,380 to £4,560.",
]

ARTICLES["lost_luggage"] = """Passengers wait weeks for bags after baggage system breaks down

Thousands of bags were left behind at Estholm Airport last weekend when its baggage system broke down.

Teacher Rosa Delacourt said she had been waiting 16 days for her suitcase.

"I have phoned them every single day. Each time I am told it is on its way," she said.

The airport blamed a software update for the failure.

Passengers can claim up to £1,300 for lost or delayed luggage.

Around 4,000 bags had been reunited with their owners by Thursday, the airport said.
"""
GOLD["lost_luggage"] = [
    ("said", "Teacher Rosa Delacourt", "she had been waiting 16 days for her suitcase"),
    ("said", "she", "I have phoned them every single day. Each time I am told it is on its way"),
    ("blamed", "The airport", "a software update for the failure"),
    ("said", "the airport", "Around 4,000 bags had been reunited with their owners by Thursday"),
]
NOT_REPORTS["lost_luggage"] = [
    "Thousands of bags were left behind at Estholm Airport last weekend when its baggage system broke down.",
    "Passengers can claim up to £1,300 for lost or delayed luggage.",
]
SPEAKERS["lost_luggage"] = [("said", "she", "Rosa Delacourt", "I have phoned")]

ARTICLES["bus_cuts"] = """Rural bus routes cut as operator loses subsidy

Eleven bus routes around Crenshaw will stop running at the end of the month.

The 42 from Crenshaw to Linley runs four times a day and takes 55 minutes.

Dalebus said the routes had been losing money for years and the council subsidy had ended.

Pensioner Joan Whitlow, 81, told the Gazette she would no longer be able to reach her doctor.

The county council said it was looking at a dial-a-ride service to replace some of the routes.

A single fare on the route is £2.
"""
GOLD["bus_cuts"] = [
    ("said", "Dalebus", "the routes had been losing money for years and the council subsidy had ended"),
    ("told", "Pensioner Joan Whitlow, 81", "she would no longer be able to reach her doctor"),
    ("said", "The county council", "it was looking at a dial-a-ride service to replace some of the routes"),
]
NOT_REPORTS["bus_cuts"] = [
    "Eleven bus routes around Crenshaw will stop running at the end of the month.",
    "The 42 from Crenshaw to Linley runs four times a day and takes 55 minutes.",
    "A single fare on the route is £2.",
]

ARTICLES["airline_fees"] = """Watchdog warns airline over hidden seat fees

The Consumer Fair Trading Office has warned Skyhop that its booking pages may break consumer law.

The office said customers were shown a low fare at first and charged for seats only at the final step.

Skyhop said its fees were clearly displayed and that it would work with the regulator.

A return flight from Bellmoor to Sarenza was advertised from £39.

Adding a seat, a bag and priority boarding raised the price to £147.

Always compare the full price at the final step, not the headline fare.
"""
GOLD["airline_fees"] = [
    ("warned", "The Consumer Fair Trading Office", "its booking pages may break consumer law"),
    ("said", "The office", "customers were shown a low fare at first and charged for seats only at the final step"),
    ("said", "Skyhop", "its fees were clearly displayed and that it would work with the regulator"),
]
NOT_REPORTS["airline_fees"] = [
    "A return flight from Bellmoor to Sarenza was advertised from £39.",
    "Adding a seat, a bag and priority boarding raised the price to £147.",
    "Always compare the full price at the final step, not the headline fare.",
]

ARTICLES["cruise_illness"] = """Cruise passengers fall ill with stomach bug

More than 200 passengers on the cruise ship Aurelia Star have fallen ill with a stomach bug.

The ship left Harwick on a 14-night voyage around the Baltic on May 3.

Passenger Derek Lanning said that meals had been moved to cabins and the pools had been closed.

The cruise line, Meridia Cruises, said that the outbreak was under control.

It said the ship would be deep-cleaned at its next port.

The voyage cost from £1,899 a person.
"""
GOLD["cruise_illness"] = [
    ("said", "Passenger Derek Lanning", "meals had been moved to cabins and the pools had been closed"),
    ("said", "The cruise line, Meridia Cruises", "the outbreak was under control"),
    ("said", "It", "the ship would be deep-cleaned at its next port"),
]
NOT_REPORTS["cruise_illness"] = [
    "More than 200 passengers on the cruise ship Aurelia Star have fallen ill with a stomach bug.",
    "The ship left Harwick on a 14-night voyage around the Baltic on May 3.",
    "The voyage cost from £1,899 a person.",
]
SPEAKERS["cruise_illness"] = [("said", "It", "Meridia Cruises", "the ship would")]

ARTICLES["tram_works"] = """Tram line to shut for summer upgrade

The Riverside tram line will close for eight weeks from July 20 while new tracks are laid.

Replacement buses will run every ten minutes between Quayside and Parkfield.

The transport authority said the work was needed to keep the line safe for another 30 years.

Shopkeepers on Dock Street fear they will lose trade.

"Half my customers come by tram," said Priya Anand, who runs a café near the Quayside stop.

The line opened in 1998.
"""
GOLD["tram_works"] = [
    ("said", "The transport authority", "the work was needed to keep the line safe for another 30 years"),
    ("fear", "Shopkeepers on Dock Street", "they will lose trade"),
    ("said", "Priya Anand, who runs a café near the Quayside stop", "Half my customers come by tram"),
]
NOT_REPORTS["tram_works"] = [
    "The Riverside tram line will close for eight weeks from July 20 while new tracks are laid.",
    "Replacement buses will run every ten minutes between Quayside and Parkfield.",
    "The line opened in 1998.",
]

ARTICLES["parcel_delays"] = """Parcel firm apologises as Christmas deliveries go missing

Courier company Swiftbox has apologised after thousands of parcels failed to arrive before Christmas.

Customers complained that the tracking pages showed parcels as delivered when nothing had arrived.

Swiftbox blamed severe weather and staff sickness for the delays.

A spokeswoman said the firm had hired 500 extra drivers and expected to clear the backlog by Friday.

Next-day delivery with Swiftbox costs £6.95.
"""
GOLD["parcel_delays"] = [
    ("complained", "Customers", "the tracking pages showed parcels as delivered when nothing had arrived"),
    ("blamed", "Swiftbox", "severe weather and staff sickness for the delays"),
    ("said", "A spokeswoman", "the firm had hired 500 extra drivers and expected to clear the backlog by Friday"),
]
NOT_REPORTS["parcel_delays"] = [
    "Courier company Swiftbox has apologised after thousands of parcels failed to arrive before Christmas.",
    "Next-day delivery with Swiftbox costs £6.95.",
]

ARTICLES["overbooked"] = """Family bumped off overbooked flight to Tenerra

A family of five were refused boarding on an overbooked flight to Tenerra at the start of their holiday.

Flight JL330 was scheduled to depart at 06:10 from gate 23.

The father, Owen Brackley, said staff had told them there were no seats left.

"We had checked in online. We had boarding passes on our phones," he said.

The airline, Jetlane, said it had offered the family seats on the next day's flight and compensation of £1,040.

Jetlane operates 14 flights a week to the island.
"""
GOLD["overbooked"] = [
    ("said", "The father, Owen Brackley", "staff had told them there were no seats left"),
    ("said", "he", "We had checked in online. We had boarding passes on our phones"),
    ("said", "The airline, Jetlane", "it had offered the family seats on the next day's flight and compensation of £1,040"),
]
NOT_REPORTS["overbooked"] = [
    "Flight JL330 was scheduled to depart at 06:10 from gate 23.",
    "Jetlane operates 14 flights a week to the island.",
]
SPEAKERS["overbooked"] = [("said", "he", "Owen Brackley", "We had checked")]

ARTICLES["car_faults"] = """Drivers report brake warnings on new electric hatchback

Owners of the Vantro E3 electric hatchback have reported brake warning lights coming on at motorway speeds.

The Motorists' Guild, a driver group, said it had received more than 120 complaints since March.

Vantro said it was aware of a small number of cases and that a software fix was being tested.

The E3 costs £31,500 and has a range of 260 miles.

Owner Callum Reid said the warning had appeared three times on one journey.
"""
GOLD["car_faults"] = [
    ("reported", "Owners of the Vantro E3 electric hatchback", "brake warning lights coming on at motorway speeds"),
    ("said", "The Motorists' Guild, a driver group", "it had received more than 120 complaints since March"),
    ("said", "Vantro", "it was aware of a small number of cases and that a software fix was being tested"),
    ("said", "Owner Callum Reid", "the warning had appeared three times on one journey"),
]
NOT_REPORTS["car_faults"] = [
    "The E3 costs £31,500 and has a range of 260 miles.",
]

ARTICLES["airport_queues"] = """Security queues of two hours at Denholm Airport

Passengers at Denholm Airport queued for up to two hours at security on Saturday morning.

Several passengers said they had missed their flights.

The airport said it was short of 60 security officers and was recruiting.

Arrive at least three hours before a short-haul flight this weekend.

The airport handled 38,000 passengers on Saturday.

A board at the entrance to the security hall warned of waits of over 90 minutes.
"""
GOLD["airport_queues"] = [
    ("said", "Several passengers", "they had missed their flights"),
    ("said", "The airport", "it was short of 60 security officers and was recruiting"),
    ("warned", "A board at the entrance to the security hall", "waits of over 90 minutes"),
]
NOT_REPORTS["airport_queues"] = [
    "Passengers at Denholm Airport queued for up to two hours at security on Saturday morning.",
    "Arrive at least three hours before a short-haul flight this weekend.",
    "The airport handled 38,000 passengers on Saturday.",
]

ARTICLES["energy_billing"] = """Ombudsman backs customer billed for a house she had left

A woman who was billed £2,300 for electricity at a house she had moved out of has won her case.

The Energy Ombudsman found that the supplier, Brightcell Energy, had ignored three letters telling it she had moved.

It ordered the firm to cancel the bill and pay her £250.

Brightcell said it accepted the decision in full.

The average dual-fuel bill is £1,690 a year.
"""
GOLD["energy_billing"] = [
    ("found", "The Energy Ombudsman", "the supplier, Brightcell Energy, had ignored three letters telling it she had moved"),
    ("said", "Brightcell", "it accepted the decision in full"),
]
NOT_REPORTS["energy_billing"] = [
    "A woman who was billed £2,300 for electricity at a house she had moved out of has won her case.",
    "The average dual-fuel bill is £1,690 a year.",
]

ARTICLES["flight_tracker"] = """Night flights over Ashby rise by a third

The number of flights over Ashby between midnight and 6am rose by a third last year, figures from the airport show.

Residents complained that planes were waking them several times a night.

"I have not had a full night's sleep since April," said Gillian Oakes, who lives under the flight path.

The airport said most of the extra flights were cargo planes and it was within its agreed limits.

Planes land from the west when the wind is from the west.

The airport has 23,000 night movements a year.
"""
GOLD["flight_tracker"] = [
    ("show", "figures from the airport", "The number of flights over Ashby between midnight and 6am rose by a third last year"),
    ("complained", "Residents", "planes were waking them several times a night"),
    ("said", "Gillian Oakes, who lives under the flight path", "I have not had a full night's sleep since April"),
    ("said", "The airport", "most of the extra flights were cargo planes and it was within its agreed limits"),
]
NOT_REPORTS["flight_tracker"] = [
    "Planes land from the west when the wind is from the west.",
    "The airport has 23,000 night movements a year.",
]

ARTICLES["pothole_claims"] = """Pothole claims against county double in a year

Drivers made 2,140 claims for pothole damage against Hessford County Council last year, up from 1,050.

The council paid out on only 310 of them.

The Roadstar motoring group said the figures showed roads were in their worst state for a generation.

A council spokesman said it had repaired 41,000 potholes in the year and had a £12 million budget for roads.

Report potholes through the council's website.

The average repair of a damaged wheel costs £260.
"""
GOLD["pothole_claims"] = [
    ("said", "The Roadstar motoring group", "the figures showed roads were in their worst state for a generation"),
    ("said", "A council spokesman", "it had repaired 41,000 potholes in the year and had a £12 million budget for roads"),
]
NOT_REPORTS["pothole_claims"] = [
    "Drivers made 2,140 claims for pothole damage against Hessford County Council last year, up from 1,050.",
    "The council paid out on only 310 of them.",
    "Report potholes through the council's website.",
    "The average repair of a damaged wheel costs £260.",
]

ARTICLES["train_overcrowding"] = """Commuters forced to stand on shortened trains

Morning trains from Kelham to the city have been running with four carriages instead of eight for three weeks.

The 07:44 and 08:02 services are the busiest on the line.

Commuter Ben Aldous said he had stood for the full 50-minute journey every day.

Kelham Rail blamed a shortage of carriages for the shortened trains, saying several were being repaired.

"We know this is not good enough," a spokesperson for Kelham Rail said.

An annual season ticket on the route costs £3,940.
"""
GOLD["train_overcrowding"] = [
    ("said", "Commuter Ben Aldous", "he had stood for the full 50-minute journey every day"),
    ("blamed", "Kelham Rail", "a shortage of carriages for the shortened trains"),
    ("said", "a spokesperson for Kelham Rail", "We know this is not good enough"),
]
NOT_REPORTS["train_overcrowding"] = [
    "Morning trains from Kelham to the city have been running with four carriages instead of eight for three weeks.",
    "The 07:44 and 08:02 services are the busiest on the line.",
    "An annual season ticket on the route costs £3,940.",
]

ARTICLES["heatwave_rail"] = """Speed limits on trains as heatwave hits

Trains on the Southvale line will run at reduced speed on Monday as temperatures are forecast to reach 36C.

Track temperatures can be 20 degrees higher than the air.

Network engineers said rails could buckle in the heat.

The operator urged passengers to travel only if necessary and to carry water.

Journeys between Corbridge and the coast will take up to 40 minutes longer.

Carry water and check for delays before you travel.
"""
GOLD["heatwave_rail"] = [
    ("said", "Network engineers", "rails could buckle in the heat"),
    ("urged", "The operator", "passengers to travel only if necessary and to carry water"),
]
NOT_REPORTS["heatwave_rail"] = [
    "Trains on the Southvale line will run at reduced speed on Monday as temperatures are forecast to reach 36C.",
    "Track temperatures can be 20 degrees higher than the air.",
    "Journeys between Corbridge and the coast will take up to 40 minutes longer.",
    "Carry water and check for delays before you travel.",
]

ARTICLES["sofa_complaints"] = """Furniture chain ordered to refund late sofa orders

The Retail Standards Panel ruled that Comfyhome had misled customers about delivery times.

Customers had been told sofas would arrive in six weeks, but many waited more than six months.

Comfyhome said it would refund any customer who had waited longer than 12 weeks.

One customer, Rhian Coles, said she had paid £1,450 in January and was still waiting in August.

"I have been sitting on garden chairs all year," she said.

The panel's ruling applies to orders placed since last March.
"""
GOLD["sofa_complaints"] = [
    ("ruled", "The Retail Standards Panel", "Comfyhome had misled customers about delivery times"),
    ("said", "Comfyhome", "it would refund any customer who had waited longer than 12 weeks"),
    ("said", "One customer, Rhian Coles", "she had paid £1,450 in January and was still waiting in August"),
    ("said", "she", "I have been sitting on garden chairs all year"),
]
NOT_REPORTS["sofa_complaints"] = [
    "The panel's ruling applies to orders placed since last March.",
]
SPEAKERS["sofa_complaints"] = [("said", "she", "Rhian Coles", "I have been")]

ARTICLES["airline_email"] = """Airline cancels hundreds of summer flights with a week's notice

Passengers booked with Aeroluna to Palmira this summer were told by email on Friday that their flights had been cancelled.

The email, seen by the Courier, said the airline was "reshaping its schedule" and offered a voucher or a refund.

Aeroluna blamed air traffic control restrictions for the cuts, saying it could not fly its full timetable.

According to the airline, about 9,000 passengers are affected.

Critics say the voucher is worth less than the cost of rebooking with another airline.

"They are treating their customers as a cash-flow problem," said Dev Kapoor of the consumer group Fair Skies.

Flights from Tolworth to Palmira normally leave at 06:05, 11:30 and 17:45.
"""
GOLD["airline_email"] = [
    ("told", "", "their flights had been cancelled"),
    ("said", "The email, seen by the Courier", "the airline was \"reshaping its schedule\""),
    ("blamed", "Aeroluna", "air traffic control restrictions for the cuts"),
    ("According", "the airline", "about 9,000 passengers are affected"),
    ("say", "Critics", "the voucher is worth less than the cost of rebooking with another airline"),
    ("said", "Dev Kapoor of the consumer group Fair Skies", "They are treating their customers as a cash-flow problem"),
]
NOT_REPORTS["airline_email"] = [
    "Flights from Tolworth to Palmira normally leave at 06:05, 11:30 and 17:45.",
]

ARTICLES["strike_ballot"] = """Bus drivers vote to strike over rosters

Bus drivers at Greyline's three depots in Marston have voted to strike over changes to their rosters.

Of the 610 members who voted, 88% backed a walkout, the union Transit Workers United announced.

Its regional organiser, Sandra Kofi, warned that services would be "severely disrupted" if the company did not withdraw the new rosters.

Greyline insisted the changes were needed to run a reliable service and said it remained open to talks.

No dates for the strike have been set.

Greyline runs 42 routes across the city and carries 150,000 passengers a day.
"""
GOLD["strike_ballot"] = [
    ("announced", "the union Transit Workers United", "Of the 610 members who voted, 88% backed a walkout"),
    ("warned", "Its regional organiser, Sandra Kofi", "services would be \"severely disrupted\" if the company did not withdraw the new rosters"),
    ("insisted", "Greyline", "the changes were needed to run a reliable service"),
]
NOT_REPORTS["strike_ballot"] = [
    "No dates for the strike have been set.",
    "Greyline runs 42 routes across the city and carries 150,000 passengers a day.",
]

ARTICLES["washing_machine"] = """Washing machine owners say doors flew open mid-cycle

Owners of the Tidemaster W8 washing machine say the door can spring open during the spin cycle.

Retired nurse Pauline Greer said the door had burst open and flooded her kitchen.

"There was water down the stairs and into the flat below," she told the Courier.

Tidemaster said it had received "a handful" of reports and was investigating.

The consumer group Shopper's Shield called on the firm to recall the machine.

The W8 was launched in 2023 and sells for £429.

If your machine is affected, stop using it and unplug it.
"""
GOLD["washing_machine"] = [
    ("say", "Owners of the Tidemaster W8 washing machine", "the door can spring open during the spin cycle"),
    ("said", "Retired nurse Pauline Greer", "the door had burst open and flooded her kitchen"),
    ("told", "she", "There was water down the stairs and into the flat below"),
    ("said", "Tidemaster", "it had received \"a handful\" of reports and was investigating"),
    ("called on", "The consumer group Shopper's Shield", "the firm to recall the machine"),
]
NOT_REPORTS["washing_machine"] = [
    "The W8 was launched in 2023 and sells for £429.",
    "If your machine is affected, stop using it and unplug it.",
]
SPEAKERS["washing_machine"] = [("told", "she", "Pauline Greer", "There was water")]

ARTICLES["level_crossing"] = """Level crossing to stay shut after near miss

A level crossing on the Thornby branch line will stay closed after a car was nearly hit by a train last month.

Investigators found that the barriers had lifted while the train was still approaching.

In their report, the investigators said a fault in the control software was to blame.

Thornby Railways said the crossing would not reopen until new equipment was fitted.

Drivers must now take a four-mile detour through Ellerby.

The branch line has six trains a day in each direction.
"""
GOLD["level_crossing"] = [
    ("found", "Investigators", "the barriers had lifted while the train was still approaching"),
    ("said", "the investigators", "a fault in the control software was to blame"),
    ("said", "Thornby Railways", "the crossing would not reopen until new equipment was fitted"),
]
NOT_REPORTS["level_crossing"] = [
    "A level crossing on the Thornby branch line will stay closed after a car was nearly hit by a train last month.",
    "Drivers must now take a four-mile detour through Ellerby.",
    "The branch line has six trains a day in each direction.",
]

ARTICLES["hotel_reviews"] = """Holiday park accused of fake reviews

The Marketing Conduct Authority has accused the holiday park operator Dunecrest of posting fake five-star reviews.

The authority said at least 300 reviews had been written by staff or by a paid agency.

Dunecrest denied any wrongdoing.

Guests who stayed at its Sandle Bay park last summer described mould in the caravans and broken showers.

A two-bedroom caravan at the park costs £95 a night in August.

Read reviews on more than one site before you book.
"""
GOLD["hotel_reviews"] = [
    ("accused", "The Marketing Conduct Authority", "the holiday park operator Dunecrest of posting fake five-star reviews"),
    ("said", "The authority", "at least 300 reviews had been written by staff or by a paid agency"),
    ("denied", "Dunecrest", "any wrongdoing"),
    ("described", "Guests who stayed at its Sandle Bay park last summer", "mould in the caravans and broken showers"),
]
NOT_REPORTS["hotel_reviews"] = [
    "A two-bedroom caravan at the park costs £95 a night in August.",
    "Read reviews on more than one site before you book.",
]

ARTICLES["snow_roads"] = """Snow closes roads across the hills

Heavy snow closed several roads across the Carrow Hills on Wednesday night.

Up to 20cm fell on higher ground, and more is forecast for Friday.

Police said a lorry had jackknifed on the A59 near Kilbeck, blocking both lanes for six hours.

The Roadstar motoring group told drivers not to travel unless their journey was essential.

Gritters have been out since 4pm, the council said.

The A59 reopened shortly after 3am.

Keep a blanket, a torch and a charged phone in the car.
"""
GOLD["snow_roads"] = [
    ("said", "Police", "a lorry had jackknifed on the A59 near Kilbeck, blocking both lanes for six hours"),
    ("told", "The Roadstar motoring group", "drivers not to travel unless their journey was essential"),
    ("said", "the council", "Gritters have been out since 4pm"),
]
NOT_REPORTS["snow_roads"] = [
    "Heavy snow closed several roads across the Carrow Hills on Wednesday night.",
    "Up to 20cm fell on higher ground, and more is forecast for Friday.",
    "The A59 reopened shortly after 3am.",
    "Keep a blanket, a torch and a charged phone in the car.",
]

ARTICLES["gym_contract"] = """Gym chain refuses to let members cancel

Members of the FitFirst gym chain say they have been unable to cancel their contracts.

A recorded message on the cancellation line tells callers that all advisers are busy.

Student Tom Reyes said he had been charged £39 a month for five months after moving away.

FitFirst's website says that members can cancel online at any time.

The company did not respond to a request for comment.

Under the contract, members must give one month's notice.
"""
GOLD["gym_contract"] = [
    ("say", "Members of the FitFirst gym chain", "they have been unable to cancel their contracts"),
    ("tells", "A recorded message on the cancellation line", "all advisers are busy"),
    ("said", "Student Tom Reyes", "he had been charged £39 a month for five months after moving away"),
    ("says", "FitFirst's website", "members can cancel online at any time"),
]
NOT_REPORTS["gym_contract"] = [
    "The company did not respond to a request for comment.",
    "Under the contract, members must give one month's notice.",
]

ARTICLES["pilot_union"] = """Pilots' union warns of fatigue on long-haul routes

Pilots at Coralair are being rostered for too many night flights in a row, their union has warned.

The Airline Pilots' Guild said that some pilots had flown four overnight flights in five days.

"A tired pilot is a risk to everyone on board," the guild's chair, Captain Ingrid Solberg, said.

Coralair said its rosters were within legal limits and that safety was its first priority.

The airline flies to 38 destinations from its base at Hollins Airport.

Its longest route, to Manaro, takes 13 hours.
"""
GOLD["pilot_union"] = [
    ("warned", "their union", "Pilots at Coralair are being rostered for too many night flights in a row"),
    ("said", "The Airline Pilots' Guild", "some pilots had flown four overnight flights in five days"),
    ("said", "the guild's chair, Captain Ingrid Solberg", "A tired pilot is a risk to everyone on board"),
    ("said", "Coralair", "its rosters were within legal limits and that safety was its first priority"),
]
NOT_REPORTS["pilot_union"] = [
    "The airline flies to 38 destinations from its base at Hollins Airport.",
    "Its longest route, to Manaro, takes 13 hours.",
]

ARTICLES["ev_chargers"] = """Drivers report broken chargers at motorway services

Nearly one in five rapid chargers at motorway service areas was out of order during checks last month, a survey by the Electric Drivers Club found.

The club's chief executive, Fenella Grant, told Radio Kesterby that drivers were "losing faith" in the network.

"You plan your journey around a charger and it is not working when you get there," she added.

Asked whether the operators would be fined, the Department for Transport said it was consulting on new reliability rules.

ChargeLink, which runs 400 of the chargers, admitted that some sites had been "let down by ageing equipment".

A full charge at a rapid charger costs about £38.
"""
GOLD["ev_chargers"] = [
    ("found", "a survey by the Electric Drivers Club", "Nearly one in five rapid chargers at motorway service areas was out of order during checks last month"),
    ("told", "The club's chief executive, Fenella Grant", "drivers were \"losing faith\" in the network"),
    ("added", "she", "You plan your journey around a charger and it is not working when you get there"),
    ("said", "the Department for Transport", "it was consulting on new reliability rules"),
    ("admitted", "ChargeLink, which runs 400 of the chargers", "some sites had been \"let down by ageing equipment\""),
]
NOT_REPORTS["ev_chargers"] = [
    "A full charge at a rapid charger costs about £38.",
]
SPEAKERS["ev_chargers"] = [("added", "she", "Fenella Grant", "You plan")]

ARTICLES["coach_breakdown"] = """School trip coach breaks down on motorway hard shoulder

Forty pupils from Ashcombe Academy spent five hours on the hard shoulder of the M12 after their coach broke down on the way home from a museum trip.

Parent Leanne Fisk, whose son was on the coach, said the children had been given no food or water.

The coach firm, Pennine Star Travel, said in a statement on its website that a replacement vehicle had been delayed by traffic.

The school's head teacher, Mark Ellery, promised parents a full review of the trip.

The pupils arrived back at the school at 11.40pm.
"""
GOLD["coach_breakdown"] = [
    ("said", "Parent Leanne Fisk, whose son was on the coach", "the children had been given no food or water"),
    ("said", "The coach firm, Pennine Star Travel", "a replacement vehicle had been delayed by traffic"),
    ("promised", "The school's head teacher, Mark Ellery", "a full review of the trip"),
]
NOT_REPORTS["coach_breakdown"] = [
    "The pupils arrived back at the school at 11.40pm.",
]

ARTICLES["airport_parking"] = """Airport parking firm fined over hidden charges

A parking firm at Hollins Airport has been fined £120,000 for adding charges that drivers were never told about.

Trading standards officers said drivers had been charged £25 to £60 on top of the price they had booked.

Business traveller Amir Haddadi said he had been billed £48 for "vehicle handling" after a three-day stay.

The firm, ParkSwift, has admitted the offences and said it would repay affected customers.

Parking at the airport's own long-stay car park costs £89 a week.
"""
GOLD["airport_parking"] = [
    ("said", "Trading standards officers", "drivers had been charged £25 to £60 on top of the price they had booked"),
    ("said", "Business traveller Amir Haddadi", "he had been billed £48 for \"vehicle handling\" after a three-day stay"),
    ("said", "The firm, ParkSwift", "it would repay affected customers"),
]
NOT_REPORTS["airport_parking"] = [
    "Parking at the airport's own long-stay car park costs £89 a week.",
]

ARTICLES["phone_screens"] = """Phone maker refuses repairs on cracked screens

Owners of the Lumo X5 smartphone say the maker is refusing to repair screens that cracked without being dropped.

Graphic designer Nadia Osei said the crack had appeared overnight while the phone was charging.

The company told her the damage was "accidental" and not covered by the warranty.

Lumo said every claim was checked by an engineer.

The X5 went on sale in March for £699.

Keep your receipt and photograph any fault as soon as it appears.
"""
GOLD["phone_screens"] = [
    ("say", "Owners of the Lumo X5 smartphone", "the maker is refusing to repair screens that cracked without being dropped"),
    ("said", "Graphic designer Nadia Osei", "the crack had appeared overnight while the phone was charging"),
    ("told", "The company", "the damage was \"accidental\" and not covered by the warranty"),
    ("said", "Lumo", "every claim was checked by an engineer"),
]
NOT_REPORTS["phone_screens"] = [
    "The X5 went on sale in March for £699.",
    "Keep your receipt and photograph any fault as soon as it appears.",
]

ARTICLES["ad_ruling"] = """Holiday advert banned over 'from £99' price

An advert for city breaks by the travel firm Jetaway has been banned after the Advertising Conduct Panel ruled the advert misleading.

The panel said fewer than one in ten of the breaks were available at the advertised price.

Jetaway argued that the price was clearly marked as a starting price.

The advert ran on buses and at stations in March.

A break in Valdora in June costs £349 with the firm.
"""
GOLD["ad_ruling"] = [
    ("ruled", "the Advertising Conduct Panel", "the advert misleading"),
    ("said", "The panel", "fewer than one in ten of the breaks were available at the advertised price"),
    ("argued", "Jetaway", "the price was clearly marked as a starting price"),
]
NOT_REPORTS["ad_ruling"] = [
    "The advert ran on buses and at stations in March.",
    "A break in Valdora in June costs £349 with the firm.",
]

ARTICLES["lift_closure"] = """Station lifts out of action for a month

The lifts at Carnford Park station will be out of action until the end of next month.

A notice at the foot of the stairs reads: "Step-free access is not available at this station."

Wheelchair user Dilip Sharma said he now had to travel two stops further and come back.

"Nobody warned us. I found out when I got here," he said.

The operator said new parts had been ordered from Germany.

Trains from Carnford Park run every 15 minutes.
"""
GOLD["lift_closure"] = [
    ("reads", "A notice at the foot of the stairs", "Step-free access is not available at this station."),
    ("said", "Wheelchair user Dilip Sharma", "he now had to travel two stops further and come back"),
    ("said", "he", "Nobody warned us. I found out when I got here"),
    ("said", "The operator", "new parts had been ordered from Germany"),
]
NOT_REPORTS["lift_closure"] = [
    "The lifts at Carnford Park station will be out of action until the end of next month.",
    "Trains from Carnford Park run every 15 minutes.",
]
SPEAKERS["lift_closure"] = [("said", "he", "Dilip Sharma", "Nobody warned")]
