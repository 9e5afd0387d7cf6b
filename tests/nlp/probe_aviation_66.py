# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-four short articles written for the sixty-second pass's check of aviation and space news (helper A): air
accident investigations ("The investigators' interim report found", 'the board found'), diversions and turbulence
('The airline said in a statement', 'Passengers described', 'The captain told passengers that'), bird strikes ('The
pilot radioed that', 'According to air traffic control recordings'), strikes by cabin crew and controllers ('A union
representing cabin crew at X said'), rocket launches and scrubs ('The launch director, X, said the countdown'), drones
near runways, flight tracking ('The flight tracking site X showed'), lost satellites ('The agency confirmed'), runway
rows, near-misses, grounded jets ('The manufacturer, X, declined to comment'), space budgets ('Scientists warned'),
satellite firms, airline results and collapses, probes and astronauts ('Experts cautioned'), and speakers named again
by pronoun or role across paragraphs ('She', 'He', 'The chief executive', 'The investigator', 'Mr Wragg').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (schedules, flight numbers and routes, aircraft types and capacities,
delays and cancellations stated by the writer, launch windows, safety instructions, narration); (cue, source, speaker,
the content's first words) in ``SPEAKERS``. Every name, place, company, figure and sentence is made up. Read by
``test_probe_findings_66_aviation``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["interim_report"] = """Interim report points to cracked fuel line on Cloudmere jet

The investigators' interim report found that a cracked fuel line had caused the left engine to shut down over the sea.

Cloudmere Airways flight CW412 was flying from Skelmore to Port Ilsley with 186 passengers on board.

The Air Accidents Board said its final report would be published next year.

The aircraft, an eleven-year-old Averly 320, returned to Skelmore and landed safely.

The chief investigator, Ruth Ingleby, said the crew had followed the checklist correctly.

The investigator said the airline had already inspected the fuel lines on its other jets.
"""
GOLD["interim_report"] = [
    ("found", "The investigators' interim report", "a cracked fuel line had caused the left engine to shut down over the sea"),
    ("said", "The Air Accidents Board", "its final report would be published next year"),
    ("said", "The chief investigator, Ruth Ingleby", "the crew had followed the checklist correctly"),
    ("said", "The investigator", "the airline had already inspected the fuel lines on its other jets"),
]
NOT_REPORTS["interim_report"] = ["Cloudmere Airways flight CW412 was flying from Skelmore to Port Ilsley with 186 passengers on board.", "The aircraft, an eleven-year-old Averly 320, returned to Skelmore and landed safely."]
SPEAKERS["interim_report"] = [("said", "The investigator", "Ruth Ingleby", "the airline")]

ARTICLES["galley_smoke"] = """Smoke in cabin forces Nightjar flight to divert

A Nightjar Air flight from Fenmarch to Ravensholm was diverted to Cawthorne on Sunday after smoke was seen in the cabin.

Nightjar Air said in a statement that the smoke had come from a faulty oven in the rear galley.

Passengers described a strong smell of burning plastic shortly after the meal service began.

The captain told passengers that the plane would land within fifteen minutes.

The flight, NJ88, normally takes three hours and ten minutes.

One passenger, Dervla Tiernan, said the crew had stayed calm throughout.

Nightjar operates 14 daily flights between Fenmarch and Ravensholm.
"""
GOLD["galley_smoke"] = [
    ("said", "Nightjar Air", "the smoke had come from a faulty oven in the rear galley"),
    ("described", "Passengers", "a strong smell of burning plastic shortly after the meal service began"),
    ("told", "The captain", "the plane would land within fifteen minutes"),
    ("said", "One passenger, Dervla Tiernan", "the crew had stayed calm throughout"),
]
NOT_REPORTS["galley_smoke"] = ["A Nightjar Air flight from Fenmarch to Ravensholm was diverted to Cawthorne on Sunday after smoke was seen in the cabin.", "The flight, NJ88, normally takes three hours and ten minutes.", "Nightjar operates 14 daily flights between Fenmarch and Ravensholm."]

ARTICLES["bird_strike"] = """Pilot reported bird strike before emergency landing

The pilot radioed that both engines had been hit by a flock of geese moments after take-off from Elswick.

According to air traffic control recordings, the controller cleared the aircraft to land on the parallel runway.

The twin-engine turboprop can carry 72 passengers.

All 64 people on board were unhurt.

Upshaw Regional, which operates the route, said the aircraft would be out of service for at least a week.

Bird strikes at Elswick have doubled since 2019, according to figures from the airport.
"""
GOLD["bird_strike"] = [
    ("radioed", "The pilot", "both engines had been hit by a flock of geese moments after take-off from Elswick"),
    ("According to", "air traffic control recordings", "the controller cleared the aircraft to land on the parallel runway"),
    ("said", "Upshaw Regional, which operates the route", "the aircraft would be out of service for at least a week"),
    ("according to", "figures from the airport", "Bird strikes at Elswick have doubled since 2019"),
]
NOT_REPORTS["bird_strike"] = ["The twin-engine turboprop can carry 72 passengers.", "All 64 people on board were unhurt."]

ARTICLES["crew_strike"] = """Cabin crew at Cloudmere to strike over Easter

A union representing cabin crew at Cloudmere Airways said its members would walk out for four days from 28 March.

About 2,300 flight attendants belong to the union, Skyworkers United.

The union's general secretary, Owen Wragg, said the airline had refused to discuss a pay rise in line with inflation.

Cloudmere said it was disappointed by the decision and would try to run a full schedule.

The airline flies to 61 destinations from its base at Skelmore.

Mr Wragg said the union remained open to talks.
"""
GOLD["crew_strike"] = [
    ("said", "A union representing cabin crew at Cloudmere Airways", "its members would walk out for four days from 28 March"),
    ("said", "The union's general secretary, Owen Wragg", "the airline had refused to discuss a pay rise in line with inflation"),
    ("said", "Cloudmere", "it was disappointed by the decision and would try to run a full schedule"),
    ("said", "Mr Wragg", "the union remained open to talks"),
]
NOT_REPORTS["crew_strike"] = ["About 2,300 flight attendants belong to the union, Skyworkers United.", "The airline flies to 61 destinations from its base at Skelmore."]
SPEAKERS["crew_strike"] = [("said", "Mr Wragg", "Owen Wragg", "the union")]

ARTICLES["launch_scrub"] = """Launch of Gadsby rocket scrubbed for second time

The launch of the Gadsby 2 rocket from the Stainforth spaceport was called off on Thursday morning.

The launch director, Ines Mosscrop, said the countdown had been stopped 90 seconds before lift-off because of a pressure reading in the second stage.

The next launch window opens at 06:14 on Saturday and lasts 22 minutes.

The rocket stands 41 metres tall and can lift 800 kilograms to low orbit.

She said engineers would replace a valve before the next attempt.

Quenby Launch, which builds the rocket, said the satellite on board was unharmed.
"""
GOLD["launch_scrub"] = [
    ("said", "The launch director, Ines Mosscrop", "the countdown had been stopped 90 seconds before lift-off because of a pressure reading in the second stage"),
    ("said", "She", "engineers would replace a valve before the next attempt"),
    ("said", "Quenby Launch, which builds the rocket", "the satellite on board was unharmed"),
]
NOT_REPORTS["launch_scrub"] = ["The launch of the Gadsby 2 rocket from the Stainforth spaceport was called off on Thursday morning.", "The next launch window opens at 06:14 on Saturday and lasts 22 minutes.", "The rocket stands 41 metres tall and can lift 800 kilograms to low orbit."]
SPEAKERS["launch_scrub"] = [("said", "She", "Ines Mosscrop", "engineers")]

ARTICLES["drone_runway"] = """Drone sighting halts flights at Yeadon airport

Flights at Yeadon airport were suspended for 50 minutes on Friday evening after a drone was seen near the runway.

A spokeswoman for the airport said safety was its first priority.

Nine arriving flights were diverted to other airports.

Police said they were searching for the operator.

Officers urged anyone with information to come forward.

Flying a drone within five kilometres of an airport is a criminal offence.

Witnesses reported seeing a small aircraft with flashing lights hovering over the perimeter fence.
"""
GOLD["drone_runway"] = [
    ("said", "A spokeswoman for the airport", "safety was its first priority"),
    ("said", "Police", "they were searching for the operator"),
    ("urged", "Officers", "anyone with information to come forward"),
    ("reported", "Witnesses", "seeing a small aircraft with flashing lights hovering over the perimeter fence"),
]
NOT_REPORTS["drone_runway"] = ["Flights at Yeadon airport were suspended for 50 minutes on Friday evening after a drone was seen near the runway.", "Nine arriving flights were diverted to other airports.", "Flying a drone within five kilometres of an airport is a criminal offence."]

ARTICLES["circling_jet"] = """Jet circled for two hours before landing

A Loxley Air flight from Jessop to Dunsmere circled off the coast for almost two hours on Tuesday night.

The flight tracking site SkyLedger showed the aircraft flying in loops over the sea at 9,000 feet.

Loxley Air said the crew had been burning off fuel before landing with a fault in the landing gear.

The aircraft, a Calder 190, seats 112 passengers.

Flight LX302 is scheduled to leave Jessop at 18:40 each weekday.

The airline's chief executive, Colm Fothergill, said the aircraft had been repaired overnight.

The chief executive said passengers would be offered a refund.
"""
GOLD["circling_jet"] = [
    ("showed", "The flight tracking site SkyLedger", "the aircraft flying in loops over the sea at 9,000 feet"),
    ("said", "Loxley Air", "the crew had been burning off fuel before landing with a fault in the landing gear"),
    ("said", "The airline's chief executive, Colm Fothergill", "the aircraft had been repaired overnight"),
    ("said", "The chief executive", "passengers would be offered a refund"),
]
NOT_REPORTS["circling_jet"] = ["A Loxley Air flight from Jessop to Dunsmere circled off the coast for almost two hours on Tuesday night.", "The aircraft, a Calder 190, seats 112 passengers.", "Flight LX302 is scheduled to leave Jessop at 18:40 each weekday."]
SPEAKERS["circling_jet"] = [("said", "The chief executive", "Colm Fothergill", "passengers")]

ARTICLES["lost_satellite"] = """Weather satellite lost minutes after launch

Polar-3 was launched from the Askew range on Monday on a Gadsby 1 rocket.

The satellite cost 310 million euros to build.

The Lammas Space Agency confirmed on Tuesday that the satellite had stopped sending signals eleven minutes after separating from the rocket.

The agency said an inquiry would look at the satellite's power system.

Its director general, Anke Zander, said the loss was a blow to weather forecasting in the region.

Experts cautioned that a replacement could take four years to build.

The director general said the agency would ask member states to pay for a replacement.
"""
GOLD["lost_satellite"] = [
    ("confirmed", "The Lammas Space Agency", "the satellite had stopped sending signals eleven minutes after separating from the rocket"),
    ("said", "The agency", "an inquiry would look at the satellite's power system"),
    ("said", "Its director general, Anke Zander", "the loss was a blow to weather forecasting in the region"),
    ("cautioned", "Experts", "a replacement could take four years to build"),
    ("said", "The director general", "the agency would ask member states to pay for a replacement"),
]
NOT_REPORTS["lost_satellite"] = ["Polar-3 was launched from the Askew range on Monday on a Gadsby 1 rocket.", "The satellite cost 310 million euros to build."]
SPEAKERS["lost_satellite"] = [("said", "The director general", "Anke Zander", "the agency")]

ARTICLES["third_runway"] = """Third runway plan faces legal challenge

The runway would allow Wolstan airport to handle 38 million passengers a year, up from 24 million.

The campaign group Quiet Skies says the extra flights would bring aircraft noise to 90,000 more homes.

The airport's chief executive, Lena Rushworth, argued that the expansion would create 6,000 jobs.

Construction would take seven years.

She said the airport had offered to pay for insulation in nearby schools.

The new runway would be 3,200 metres long.
"""
GOLD["third_runway"] = [
    ("says", "The campaign group Quiet Skies", "the extra flights would bring aircraft noise to 90,000 more homes"),
    ("argued", "The airport's chief executive, Lena Rushworth", "the expansion would create 6,000 jobs"),
    ("said", "She", "the airport had offered to pay for insulation in nearby schools"),
]
NOT_REPORTS["third_runway"] = ["The runway would allow Wolstan airport to handle 38 million passengers a year, up from 24 million.", "Construction would take seven years.", "The new runway would be 3,200 metres long."]
SPEAKERS["third_runway"] = [("said", "She", "Lena Rushworth", "the airport")]

ARTICLES["near_miss"] = """Two airliners came within 200 metres near Carrowby

Two passenger jets came within 200 metres of each other over Carrowby in March, a report has found.

The Near Miss Board said the risk of a collision had been high.

One of the aircraft, a cargo jet, had climbed above its cleared height, the board found.

The controller on duty told investigators she had been distracted by a phone call.

Both aircraft landed normally.

The cargo jet was flying from Lisbury to Hallamby at 31,000 feet.
"""
GOLD["near_miss"] = [
    ("found", "a report", "Two passenger jets came within 200 metres of each other over Carrowby in March"),
    ("said", "The Near Miss Board", "the risk of a collision had been high"),
    ("found", "the board", "One of the aircraft, a cargo jet, had climbed above its cleared height"),
    ("told", "The controller on duty", "she had been distracted by a phone call"),
]
NOT_REPORTS["near_miss"] = ["Both aircraft landed normally.", "The cargo jet was flying from Lisbury to Hallamby at 31,000 feet."]

ARTICLES["controllers_strike"] = """Air traffic controllers' strike grounds 400 flights

About 400 flights to and from Vossgate were cancelled on Wednesday.

Queues at the main terminal stretched outside the building by 7am.

The controllers' union, Tower Staff Union, said the strike was about staffing, not pay.

"We simply do not have enough people in the tower," said its president, Gino Osgood.

Passengers are advised to check their flight status before travelling to the airport.

Mr Osgood said further strikes were planned for July.
"""
GOLD["controllers_strike"] = [
    ("said", "The controllers' union, Tower Staff Union", "the strike was about staffing, not pay"),
    ("said", "its president, Gino Osgood", "We simply do not have enough people in the tower"),
    ("said", "Mr Osgood", "further strikes were planned for July"),
]
NOT_REPORTS["controllers_strike"] = ["About 400 flights to and from Vossgate were cancelled on Wednesday.", "Queues at the main terminal stretched outside the building by 7am.", "Passengers are advised to check their flight status before travelling to the airport."]
SPEAKERS["controllers_strike"] = [("said", "Mr Osgood", "Gino Osgood", "further")]

ARTICLES["turbulence"] = """Turbulence injures 11 on Vantress flight

Eleven people were injured when a Vantress Airlines flight from Port Ystrad to Cawley hit severe turbulence on Monday.

The aircraft dropped about 200 feet in a few seconds.

A passenger, Tomasz Nettleton, told the Cawley Herald that people who were not wearing seatbelts hit the ceiling.

Vantress Airlines said the seatbelt sign had been switched on shortly before the turbulence.

Meteorologists say turbulence in clear air is becoming more frequent as the climate warms.

Keep your seatbelt fastened whenever you are seated.

Stow hand luggage in the overhead lockers or under the seat in front of you.
"""
GOLD["turbulence"] = [
    ("told", "A passenger, Tomasz Nettleton", "people who were not wearing seatbelts hit the ceiling"),
    ("said", "Vantress Airlines", "the seatbelt sign had been switched on shortly before the turbulence"),
    ("say", "Meteorologists", "turbulence in clear air is becoming more frequent as the climate warms"),
]
NOT_REPORTS["turbulence"] = ["Eleven people were injured when a Vantress Airlines flight from Port Ystrad to Cawley hit severe turbulence on Monday.", "The aircraft dropped about 200 feet in a few seconds.", "Keep your seatbelt fastened whenever you are seated.", "Stow hand luggage in the overhead lockers or under the seat in front of you."]

ARTICLES["engine_cover"] = """Airline grounds jets after engine cover falls off

Brightmoor Airways has grounded four of its Averly 640 jets after an engine cover fell off during a flight on Saturday.

The cover landed in a field near Upper Stanbury.

No one on the ground was hurt.

The manufacturer, Averly Aircraft, declined to comment.

Brightmoor said the jets would return to service once they had been checked.

The airline has 23 aircraft and flies mainly to holiday destinations in southern Europe.

The regulator said it was aware of the incident and was making inquiries.
"""
GOLD["engine_cover"] = [
    ("declined", "The manufacturer, Averly Aircraft", "to comment"),
    ("said", "Brightmoor", "the jets would return to service once they had been checked"),
    ("said", "The regulator", "it was aware of the incident and was making inquiries"),
]
NOT_REPORTS["engine_cover"] = ["Brightmoor Airways has grounded four of its Averly 640 jets after an engine cover fell off during a flight on Saturday.", "The cover landed in a field near Upper Stanbury.", "No one on the ground was hurt.", "The airline has 23 aircraft and flies mainly to holiday destinations in southern Europe."]

ARTICLES["space_budget"] = """Space agency budget cut by 12%

The Lammas Space Agency's budget for next year will be 4.1 billion euros, down from 4.7 billion.

The science minister, Otto Kilner, said the cut was needed to balance the books.

Scientists warned that two planned missions to Mars could be cancelled.

The agency employs 2,900 people at five sites.

Its director of science, Farah Cawthorne, said she was deeply disappointed.

She said the agency would protect its weather and climate satellites.

A lunar lander is due to launch in 2029.
"""
GOLD["space_budget"] = [
    ("said", "The science minister, Otto Kilner", "the cut was needed to balance the books"),
    ("warned", "Scientists", "two planned missions to Mars could be cancelled"),
    ("said", "Its director of science, Farah Cawthorne", "she was deeply disappointed"),
    ("said", "She", "the agency would protect its weather and climate satellites"),
]
NOT_REPORTS["space_budget"] = ["The Lammas Space Agency's budget for next year will be 4.1 billion euros, down from 4.7 billion.", "The agency employs 2,900 people at five sites.", "A lunar lander is due to launch in 2029."]
SPEAKERS["space_budget"] = [("said", "She", "Farah Cawthorne", "the agency")]

ARTICLES["broadband_satellites"] = """Satellite broadband firm raises £200m

Tolsey Orbital, a satellite broadband company based in Dunsmere, has raised £200m from investors.

The firm has 86 satellites in orbit.

Its founder, Jasper Elswick, said the money would pay for a new factory in Dunsmere.

Astronomers have complained that the satellites' reflections spoil images of the night sky.

Mr Elswick said the company was testing a darker coating.

Each satellite weighs about 300 kilograms.

Analysts at Fenwick Partners estimate that the company is worth £1.4bn.
"""
GOLD["broadband_satellites"] = [
    ("said", "Its founder, Jasper Elswick", "the money would pay for a new factory in Dunsmere"),
    ("complained", "Astronomers", "the satellites' reflections spoil images of the night sky"),
    ("said", "Mr Elswick", "the company was testing a darker coating"),
    ("estimate", "Analysts at Fenwick Partners", "the company is worth £1.4bn"),
]
NOT_REPORTS["broadband_satellites"] = ["Tolsey Orbital, a satellite broadband company based in Dunsmere, has raised £200m from investors.", "The firm has 86 satellites in orbit.", "Each satellite weighs about 300 kilograms."]
SPEAKERS["broadband_satellites"] = [("said", "Mr Elswick", "Jasper Elswick", "the company")]

ARTICLES["security_queues"] = """Summer of delays at Fenmarch airport

One in three flights from Fenmarch left more than 15 minutes late in July.

The average delay was 38 minutes.

The airport blamed a shortage of security staff.

Passengers told the Fenmarch Echo they had queued for up to two hours to get through security.

The airport's operations director, Kerry Juniper, said 140 new security officers had been hired since June.

Ms Juniper said the queues should be shorter by the autumn half-term.

Security lanes open at 4am.
"""
GOLD["security_queues"] = [
    ("blamed", "The airport", "a shortage of security staff"),
    ("told", "Passengers", "they had queued for up to two hours to get through security"),
    ("said", "The airport's operations director, Kerry Juniper", "140 new security officers had been hired since June"),
    ("said", "Ms Juniper", "the queues should be shorter by the autumn half-term"),
]
NOT_REPORTS["security_queues"] = ["One in three flights from Fenmarch left more than 15 minutes late in July.", "The average delay was 38 minutes.", "Security lanes open at 4am."]
SPEAKERS["security_queues"] = [("said", "Ms Juniper", "Kerry Juniper", "the queues")]

ARTICLES["helicopter_crash"] = """Helicopter crash: investigators examine gearbox

A helicopter carrying workers to the Tarnwick oil platform crashed into the sea on 4 May, killing two people.

Investigators said they were examining the aircraft's main gearbox, which was recovered from the seabed last week.

The helicopter, a Marlin 225, can carry 19 passengers.

The lead investigator, Sam Icklesby, said the flight data recorder had been sent to a laboratory in Carrowby.

He said it was too early to say what had caused the crash.

The operator, Northsea Rotor, said it had suspended flights on the type as a precaution.
"""
GOLD["helicopter_crash"] = [
    ("said", "Investigators", "they were examining the aircraft's main gearbox"),
    ("said", "The lead investigator, Sam Icklesby", "the flight data recorder had been sent to a laboratory in Carrowby"),
    ("said", "He", "it was too early to say what had caused the crash"),
    ("said", "The operator, Northsea Rotor", "it had suspended flights on the type as a precaution"),
]
NOT_REPORTS["helicopter_crash"] = ["A helicopter carrying workers to the Tarnwick oil platform crashed into the sea on 4 May, killing two people.", "The helicopter, a Marlin 225, can carry 19 passengers."]
SPEAKERS["helicopter_crash"] = [("said", "He", "Sam Icklesby", "it was")]

ARTICLES["first_orbit"] = """Private rocket reaches orbit on first try

A rocket built by the Dunsmere company Skyforge reached orbit on its first flight on Saturday.

The launch had been delayed twice by high winds.

"This is the best day of my working life," said the company's founder, Ada Quenby.

The rocket carried three small satellites for a university in Marrick.

Skyforge said it planned to launch every two months from next year.

The launch director said the countdown had gone smoothly after a short hold for weather.

The rocket is 18 metres tall.
"""
GOLD["first_orbit"] = [
    ("said", "the company's founder, Ada Quenby", "This is the best day of my working life"),
    ("said", "Skyforge", "it planned to launch every two months from next year"),
    ("said", "The launch director", "the countdown had gone smoothly after a short hold for weather"),
]
NOT_REPORTS["first_orbit"] = ["A rocket built by the Dunsmere company Skyforge reached orbit on its first flight on Saturday.", "The launch had been delayed twice by high winds.", "The rocket carried three small satellites for a university in Marrick.", "The rocket is 18 metres tall."]

ARTICLES["airline_profit"] = """Nightjar Air returns to profit

Nightjar Air made a pre-tax profit of £142m in the year to March, after a loss of £30m the year before.

The airline carried 11.8 million passengers, up 9%.

Its chief executive, Helena Stainforth, said demand for summer holidays had been exceptionally strong.

She warned that higher fuel costs would push up fares next year.

The chief executive said the airline would order 20 new aircraft.

Shares in Nightjar rose 6% in early trading.

Analysts said the results were better than expected.
"""
GOLD["airline_profit"] = [
    ("said", "Its chief executive, Helena Stainforth", "demand for summer holidays had been exceptionally strong"),
    ("warned", "She", "higher fuel costs would push up fares next year"),
    ("said", "The chief executive", "the airline would order 20 new aircraft"),
    ("said", "Analysts", "the results were better than expected"),
]
NOT_REPORTS["airline_profit"] = ["Nightjar Air made a pre-tax profit of £142m in the year to March, after a loss of £30m the year before.", "The airline carried 11.8 million passengers, up 9%.", "Shares in Nightjar rose 6% in early trading."]
SPEAKERS["airline_profit"] = [("warned", "She", "Helena Stainforth", "higher"), ("said", "The chief executive", "Helena Stainforth", "the airline")]

ARTICLES["unruly_passenger"] = """Passenger fined after forcing flight to divert

A man who forced a holiday flight to divert to Valmoor has been fined £4,000.

Prosecutors said Dennis Yarrow, 34, had shouted at cabin crew and refused to sit down.

The flight from Hallamby to Sorrento Bay was carrying 211 passengers.

The aircraft landed at Valmoor 40 minutes later, where police boarded it.

Yarrow told the court he had drunk too much before the flight.

The airline, Sunwick, said it had banned him for life.
"""
GOLD["unruly_passenger"] = [
    ("said", "Prosecutors", "Dennis Yarrow, 34, had shouted at cabin crew and refused to sit down"),
    ("told", "Yarrow", "he had drunk too much before the flight"),
    ("said", "The airline, Sunwick", "it had banned him for life"),
]
NOT_REPORTS["unruly_passenger"] = ["A man who forced a holiday flight to divert to Valmoor has been fined £4,000.", "The flight from Hallamby to Sorrento Bay was carrying 211 passengers.", "The aircraft landed at Valmoor 40 minutes later, where police boarded it."]

ARTICLES["runway_recording"] = """Recording reveals confusion on runway at Dunsmere

A recording of radio calls released on Thursday shows that the crew of a cargo plane entered the runway without permission.

The controller told the crew to hold short of runway 27.

Runway 27 is the longer of Dunsmere's two runways.

A passenger jet was landing on the same runway at the time.

The airport said the controller had acted correctly.

The cargo airline, Pellham Freight, said its pilots had misheard the instruction.
"""
GOLD["runway_recording"] = [
    ("shows", "A recording of radio calls released on Thursday", "the crew of a cargo plane entered the runway without permission"),
    ("told", "The controller", "the crew to hold short of runway 27"),
    ("said", "The airport", "the controller had acted correctly"),
    ("said", "The cargo airline, Pellham Freight", "its pilots had misheard the instruction"),
]
NOT_REPORTS["runway_recording"] = ["Runway 27 is the longer of Dunsmere's two runways.", "A passenger jet was landing on the same runway at the time."]

ARTICLES["night_flights"] = """Night flight ban considered at Corran Bay

Flights between 11pm and 6am at Corran Bay airport could be banned under plans published on Monday.

An average of 32 flights land at the airport each night.

The council's planning chief, Mo Haverill, said residents had waited too long for a good night's sleep.

Airlines warned that a ban would cost 1,200 jobs.

The consultation closes on 30 September.

Mr Haverill said the council would decide by the end of the year.
"""
GOLD["night_flights"] = [
    ("said", "The council's planning chief, Mo Haverill", "residents had waited too long for a good night's sleep"),
    ("warned", "Airlines", "a ban would cost 1,200 jobs"),
    ("said", "Mr Haverill", "the council would decide by the end of the year"),
]
NOT_REPORTS["night_flights"] = ["An average of 32 flights land at the airport each night.", "The consultation closes on 30 September."]
SPEAKERS["night_flights"] = [("said", "Mr Haverill", "Mo Haverill", "the council")]

ARTICLES["silent_probe"] = """Contact restored with silent probe

Engineers have restored contact with the Tethra probe, which fell silent for nine days on its way to Saturn.

The probe is 610 million kilometres from Earth.

Mission managers said a software update had put the probe into a safe mode.

The mission's chief scientist, Dr Lucia Pennock, said all of its instruments were working.

Dr Pennock said the team had been "very worried" for a week.

The probe was launched in 2021 and will reach Saturn in 2031.
"""
GOLD["silent_probe"] = [
    ("said", "Mission managers", "a software update had put the probe into a safe mode"),
    ("said", "The mission's chief scientist, Dr Lucia Pennock", "all of its instruments were working"),
    ("said", "Dr Pennock", "the team had been \"very worried\" for a week"),
]
NOT_REPORTS["silent_probe"] = ["Engineers have restored contact with the Tethra probe, which fell silent for nine days on its way to Saturn.", "The probe is 610 million kilometres from Earth.", "The probe was launched in 2021 and will reach Saturn in 2031."]
SPEAKERS["silent_probe"] = [("said", "Dr Pennock", "Lucia Pennock", "the team")]

ARTICLES["airline_collapse"] = """Budget airline Skyrook collapses

Budget airline Skyrook stopped flying on Tuesday, leaving 40,000 passengers abroad.

The regulator said it would organise flights home for passengers over the next two weeks.

Skyrook flew to 38 destinations from four airports.

Its administrators blamed rising fuel prices and a fall in bookings.

Customers who booked with a credit card may be able to claim a refund.

A spokesman for the administrators, Hale & Dorning, said no further flights would operate.

Staff were told by email that they had lost their jobs.
"""
GOLD["airline_collapse"] = [
    ("said", "The regulator", "it would organise flights home for passengers over the next two weeks"),
    ("blamed", "Its administrators", "rising fuel prices and a fall in bookings"),
    ("said", "A spokesman for the administrators, Hale & Dorning", "no further flights would operate"),
    ("told", "", "they had lost their jobs"),
]
NOT_REPORTS["airline_collapse"] = ["Budget airline Skyrook stopped flying on Tuesday, leaving 40,000 passengers abroad.", "Skyrook flew to 38 destinations from four airports.", "Customers who booked with a credit card may be able to claim a refund."]

ARTICLES["astronaut_home"] = """Astronaut returns after six months in orbit

Astronaut Kai Brackenbury landed in the Askew desert on Sunday after 183 days on the orbiting station.

Brackenbury told reporters that walking again felt strange.

The capsule landed at 07:42 local time.

During the mission he carried out two spacewalks.

The agency said he was in good health.

He said he hoped to fly again before he retired.
"""
GOLD["astronaut_home"] = [
    ("told", "Brackenbury", "walking again felt strange"),
    ("said", "The agency", "he was in good health"),
    ("said", "He", "he hoped to fly again before he retired"),
]
NOT_REPORTS["astronaut_home"] = ["Astronaut Kai Brackenbury landed in the Askew desert on Sunday after 183 days on the orbiting station.", "The capsule landed at 07:42 local time.", "During the mission he carried out two spacewalks."]
SPEAKERS["astronaut_home"] = [("said", "He", "Kai Brackenbury", "he hoped")]

ARTICLES["screening_lapse"] = """Airport fined over security lapse

Jessop airport has been fined £250,000 after a passenger boarded a flight without being screened.

The Civil Aviation Office found that two security lanes had been left unstaffed for 20 minutes.

The passenger, who was carrying a cabin bag, flew to Orlow on a Cloudmere flight.

The airport apologised and said new procedures were in place.

Passengers must arrive at least two hours before departure.

A former security officer at the airport, who asked not to be named, said staff shortages had been common for months.
"""
GOLD["screening_lapse"] = [
    ("found", "The Civil Aviation Office", "two security lanes had been left unstaffed for 20 minutes"),
    ("said", "The airport", "new procedures were in place"),
    ("said", "A former security officer at the airport, who asked not to be named", "staff shortages had been common for months"),
]
NOT_REPORTS["screening_lapse"] = ["Jessop airport has been fined £250,000 after a passenger boarded a flight without being screened.", "The passenger, who was carrying a cabin bag, flew to Orlow on a Cloudmere flight.", "Passengers must arrive at least two hours before departure."]

ARTICLES["go_around"] = """Wind shear forces jet to abort landing at Orlow

A Cloudmere Airways jet aborted its landing at Orlow on Wednesday afternoon and landed safely at the second attempt.

Controllers at the tower warned the crew about wind shear minutes before the landing.

The pilot announced over the intercom that the aircraft would circle for twenty minutes.

Gusts at the airport reached 60 miles an hour.

The captain, Rhys Tunstall, later told passengers over the intercom that they were safe.

Cloudmere said its pilots were trained to abort a landing whenever the wind changed suddenly.
"""
GOLD["go_around"] = [
    ("warned", "Controllers at the tower", "wind shear"),
    ("announced", "The pilot", "the aircraft would circle for twenty minutes"),
    ("told", "The captain, Rhys Tunstall", "they were safe"),
    ("said", "Cloudmere", "its pilots were trained to abort a landing whenever the wind changed suddenly"),
]
NOT_REPORTS["go_around"] = ["A Cloudmere Airways jet aborted its landing at Orlow on Wednesday afternoon and landed safely at the second attempt.", "Gusts at the airport reached 60 miles an hour."]

ARTICLES["mayday_calls"] = """Recordings show crew fought engine fire

The pilot declared a mayday and told controllers that he was returning to Askew.

Recordings of the radio calls show the co-pilot reading out the engine fire checklist.

The aircraft, a 30-year-old freighter, was carrying parcels from Askew to Port Ystrad.

Fire crews met the aircraft on the runway.

The airport said in a statement that the runway had reopened after three hours.

Staff at the freight company, Lindale Cargo, said the aircraft had been due for retirement next year.
"""
GOLD["mayday_calls"] = [
    ("told", "The pilot", "he was returning to Askew"),
    ("show", "Recordings of the radio calls", "the co-pilot reading out the engine fire checklist"),
    ("said", "The airport", "the runway had reopened after three hours"),
    ("said", "Staff at the freight company, Lindale Cargo", "the aircraft had been due for retirement next year"),
]
NOT_REPORTS["mayday_calls"] = ["The aircraft, a 30-year-old freighter, was carrying parcels from Askew to Port Ystrad.", "Fire crews met the aircraft on the runway."]

ARTICLES["tarmac_wait"] = """Passengers stuck on tarmac for four hours

Passengers on a Loxley Air flight to Jessop were kept on board a parked aircraft for four hours, with no food or water, one passenger said.

The flight, LX118, was due to leave Dunsmere at 13:05 on Friday.

It finally took off at 18:20.

In an email to passengers, the airline's customer director, Priya Ashdown, wrote that the delay had been caused by a fault with the baggage system.

"We know this was not good enough," she wrote.

Passengers whose flights are delayed by more than three hours may be entitled to compensation.
"""
GOLD["tarmac_wait"] = [
    ("said", "one passenger", "Passengers on a Loxley Air flight to Jessop were kept on board a parked aircraft for four hours, with no food or water"),
    ("wrote", "the airline's customer director, Priya Ashdown", "the delay had been caused by a fault with the baggage system"),
    ("wrote", "she", "We know this was not good enough"),
]
NOT_REPORTS["tarmac_wait"] = ["The flight, LX118, was due to leave Dunsmere at 13:05 on Friday.", "It finally took off at 18:20.", "Passengers whose flights are delayed by more than three hours may be entitled to compensation."]
SPEAKERS["tarmac_wait"] = [("wrote", "she", "Priya Ashdown", "We know")]

ARTICLES["mars_lander"] = """Mars lander mission delayed to 2031

The launch of the Aurora Mars lander has been pushed back by two years, the Lammas Space Agency announced on Monday.

The lander was due to launch in a window that opens in October 2029.

"Mars does not wait for anyone," the mission's project manager, Hugo Stainton, said. "We missed this window, so we take the next one."

The lander weighs 1.9 tonnes.

Mr Stainton said tests had found a flaw in the parachute.

The agency's watchdog has criticised the mission's cost, which has risen to 1.3 billion euros.
"""
GOLD["mars_lander"] = [
    ("announced", "the Lammas Space Agency", "The launch of the Aurora Mars lander has been pushed back by two years"),
    ("said", "the mission's project manager, Hugo Stainton", "Mars does not wait for anyone"),
    ("said", "Mr Stainton", "tests had found a flaw in the parachute"),
    ("criticised", "The agency's watchdog", "the mission's cost"),
]
NOT_REPORTS["mars_lander"] = ["The lander was due to launch in a window that opens in October 2029.", "The lander weighs 1.9 tonnes."]
SPEAKERS["mars_lander"] = [("said", "Mr Stainton", "Hugo Stainton", "tests")]

ARTICLES["pilot_shortage"] = """Regional airline cancels flights over pilot shortage

Upshaw Regional has cancelled 120 flights in September because it does not have enough pilots.

Its routes link eleven small airports in the north and west.

The airline's chief executive, Morag Eskdale, blamed the shortage on training backlogs.

The pilots' union accused the airline of paying less than its rivals.

The chief executive denied that pay was the problem.

Passengers on cancelled flights will be offered a seat on another flight or a full refund.
"""
GOLD["pilot_shortage"] = [
    ("blamed", "The airline's chief executive, Morag Eskdale", "the shortage on training backlogs"),
    ("accused", "The pilots' union", "the airline of paying less than its rivals"),
    ("denied", "The chief executive", "pay was the problem"),
]
NOT_REPORTS["pilot_shortage"] = ["Upshaw Regional has cancelled 120 flights in September because it does not have enough pilots.", "Its routes link eleven small airports in the north and west.", "Passengers on cancelled flights will be offered a seat on another flight or a full refund."]
SPEAKERS["pilot_shortage"] = [("denied", "The chief executive", "Morag Eskdale", "pay")]

ARTICLES["spaceport"] = """Spaceport approved despite objections

Ministers approved a spaceport on the Quorne peninsula on Thursday.

Up to twelve rockets a year could be launched from the site.

Crofters on the peninsula fear that launches will scare sheep and close roads.

A spokesman for Ravensholm Council said it welcomed the decision.

The developer, Northsky Ventures, has promised that it will pay for a new harbour.

Launches will be allowed only between 8am and 8pm.
"""
GOLD["spaceport"] = [
    ("approved", "Ministers", "a spaceport on the Quorne peninsula"),
    ("fear", "Crofters on the peninsula", "launches will scare sheep and close roads"),
    ("said", "A spokesman for Ravensholm Council", "it welcomed the decision"),
    ("promised", "The developer, Northsky Ventures", "it will pay for a new harbour"),
]
NOT_REPORTS["spaceport"] = ["Up to twelve rockets a year could be launched from the site.", "Launches will be allowed only between 8am and 8pm."]

ARTICLES["drone_rules"] = """Drone flights 'dangerous', says pilots' union

The pilots' union said its members had reported 92 near-misses with drones last year.

Most of the sightings were at airports in the south-east.

The union's head of flight safety, Carys Tunley, said drones should be fitted with tracking devices.

Drones weighing more than 250 grams must be registered.

She said the police rarely caught the operators.
"""
GOLD["drone_rules"] = [
    ("says", "pilots' union", "Drone flights 'dangerous'"),
    ("said", "The pilots' union", "its members had reported 92 near-misses with drones last year"),
    ("said", "The union's head of flight safety, Carys Tunley", "drones should be fitted with tracking devices"),
    ("said", "She", "the police rarely caught the operators"),
]
NOT_REPORTS["drone_rules"] = ["Most of the sightings were at airports in the south-east.", "Drones weighing more than 250 grams must be registered."]
SPEAKERS["drone_rules"] = [("said", "She", "Carys Tunley", "the police")]

ARTICLES["night_cargo"] = """Night flights 'unbearable', say residents' groups

Residents' groups near Corran Bay airport said the noise woke families several times a night.

About 30 cargo flights land at the airport between midnight and 5am.

The airport's spokesman, Liam Orrell, said the flights supported 800 jobs.

The airport handled 410,000 tonnes of cargo last year.
"""
GOLD["night_cargo"] = [
    ("say", "residents' groups", "Night flights 'unbearable'"),
    ("said", "Residents' groups near Corran Bay airport", "the noise woke families several times a night"),
    ("said", "The airport's spokesman, Liam Orrell", "the flights supported 800 jobs"),
]
NOT_REPORTS["night_cargo"] = ["About 30 cargo flights land at the airport between midnight and 5am.", "The airport handled 410,000 tonnes of cargo last year."]
