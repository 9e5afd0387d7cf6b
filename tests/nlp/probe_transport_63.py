# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-third session's check of transport accidents and investigations
(helper J): air, rail, road and sea crashes, derailments, groundings, near misses, safety reports and inquests. Reports
of documents and data ('the preliminary report says', 'cockpit recordings show', 'according to flight-tracking data'),
of investigators ('the safety board recommended'; 'Investigators found metal fragments', a thing found, reports
nothing as PolNeAR has it), of crews and drivers ('the pilot told air traffic control', 'the driver told police'), of
passengers and witnesses ('a passenger described', 'witnesses reported'), of operators and makers ('the operator said in a statement', 'the airline apologised for', 'the
manufacturer declined to comment'), of coroners ('the coroner concluded'), unions ('the union blamed'), coastguards and
radio calls quoted ('"Mayday, mayday"'), and speakers named again by pronoun or role.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (flight numbers, timetables, speeds and altitudes stated by the writer,
vehicle models, routes, narration of the crash); (cue, source, speaker, the content's first words) in ``SPEAKERS``.
The gold of three lines was corrected to PolNeAR's conventions after the first run, before any mend ('declared an
emergency' is a report there, so that line was reworded; 'warned fishermen that X' holds the clause only; a thing
found is none).
Every name, operator, place, figure and sentence is made up. Read by ``test_probe_findings_63_transport``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["cargo_engine"] = """Cargo jet's engine failed minutes after take-off, report says

The left engine of a cargo jet that crashed near Wendale airport failed less than four minutes after take-off, the preliminary report says.

Flight BF208 left Wendale at 05:12 bound for Kastelmoor.

The Boreal Freight aircraft was climbing through 2,400 feet when the crew lost power.

Investigators found metal fragments in the engine's oil filter.

The pilot told air traffic control that he intended to return to the airport.

Both crew members were killed.

Boreal Freight said in a statement that it had grounded its two remaining aircraft of the type.
"""
GOLD["cargo_engine"] = [
    ("says", "the preliminary report", "The left engine of a cargo jet that crashed near Wendale airport failed less than four minutes after take-off"),
    ("told", "The pilot", "he intended to return to the airport"),
    ("said", "Boreal Freight", "it had grounded its two remaining aircraft of the type"),
]
NOT_REPORTS["cargo_engine"] = ["Investigators found metal fragments in the engine's oil filter.", "Flight BF208 left Wendale at 05:12 bound for Kastelmoor.", "The Boreal Freight aircraft was climbing through 2,400 feet when the crew lost power.", "Both crew members were killed."]

ARTICLES["runway_overrun"] = """Recordings show captain overruled co-pilot before overrun

Cockpit recordings show that the captain overruled the first officer's call to abandon the landing.

The Skylane Regional flight from Port Amsel touched down 900 metres beyond the runway threshold.

The aircraft, a 19-seat turboprop, came to rest in a field beyond the perimeter fence.

A passenger, Leonie Hart, described the landing as "a car crash in slow motion".

Eleven people were taken to hospital with minor injuries.

Skylane said it was cooperating fully with the investigation.
"""
GOLD["runway_overrun"] = [
    ("show", "Cockpit recordings", "the captain overruled the first officer's call to abandon the landing"),
    ("described", "A passenger, Leonie Hart", "a car crash in slow motion"),
    ("said", "Skylane", "it was cooperating fully with the investigation"),
]
NOT_REPORTS["runway_overrun"] = ["The Skylane Regional flight from Port Amsel touched down 900 metres beyond the runway threshold.", "The aircraft, a 19-seat turboprop, came to rest in a field beyond the perimeter fence.", "Eleven people were taken to hospital with minor injuries."]

ARTICLES["grain_derailment"] = """Grain train derails near Marrow Junction

Twelve wagons of a freight train carrying grain left the tracks near Marrow Junction on Tuesday night.

The train was travelling at 38mph on a stretch of line limited to 40mph.

The operator, Calder Rail Freight, said in a statement that no one had been hurt.

The Rail Incident Inquiry Board said it had sent a team of inspectors to the site.

The line between Marrow Junction and Esk Bridge will stay closed until Friday.

The train drivers' union blamed the derailment on years of cuts to track maintenance.
"""
GOLD["grain_derailment"] = [
    ("said", "The operator, Calder Rail Freight", "no one had been hurt"),
    ("said", "The Rail Incident Inquiry Board", "it had sent a team of inspectors to the site"),
    ("blamed", "The train drivers' union", "the derailment on years of cuts to track maintenance"),
]
SPEAKERS["grain_derailment"] = [("said", "The operator, Calder Rail Freight", "Calder Rail Freight", "no one")]
NOT_REPORTS["grain_derailment"] = ["Twelve wagons of a freight train carrying grain left the tracks near Marrow Junction on Tuesday night.", "The train was travelling at 38mph on a stretch of line limited to 40mph.", "The line between Marrow Junction and Esk Bridge will stay closed until Friday."]

ARTICLES["coach_bend"] = """Coach driver says he was dazzled by low sun

The driver of a coach that overturned near Hapton told police he had been dazzled by the low sun.

The coach, carrying 41 pensioners on a day trip to the coast, left the road on a sharp bend.

Two passengers died at the scene.

Witnesses reported that the coach had been overtaking a tractor moments before the crash.

Hapton Coaches, which ran the trip, said its thoughts were with the families of those who died.

The driver, 63, has been released on bail.
"""
GOLD["coach_bend"] = [
    ("told", "The driver of a coach that overturned near Hapton", "he had been dazzled by the low sun"),
    ("reported", "Witnesses", "the coach had been overtaking a tractor moments before the crash"),
    ("said", "Hapton Coaches, which ran the trip", "its thoughts were with the families of those who died"),
]
NOT_REPORTS["coach_bend"] = ["The coach, carrying 41 pensioners on a day trip to the coast, left the road on a sharp bend.", "Two passengers died at the scene.", "The driver, 63, has been released on bail."]

ARTICLES["ferry_grounding"] = """Ferry runs aground off Skerrin with 300 on board

A passenger ferry ran aground on rocks off the island of Skerrin early on Sunday.

The MV Lady Orla was sailing from Tarbrook to Skerrin, a crossing of about 90 minutes.

The coastguard said all 312 passengers had been taken off by lifeboat.

The ship's master radioed: "Mayday, mayday, we are aground and taking on water."

Orla Ferries apologised for the distress caused to passengers and their families.

The vessel was refloated on the evening tide.
"""
GOLD["ferry_grounding"] = [
    ("said", "The coastguard", "all 312 passengers had been taken off by lifeboat"),
    ("radioed", "The ship's master", "Mayday, mayday, we are aground and taking on water"),
    ("apologised", "Orla Ferries", "the distress caused to passengers and their families"),
]
NOT_REPORTS["ferry_grounding"] = ["A passenger ferry ran aground on rocks off the island of Skerrin early on Sunday.", "The MV Lady Orla was sailing from Tarbrook to Skerrin, a crossing of about 90 minutes.", "The vessel was refloated on the evening tide."]

ARTICLES["near_miss"] = """Two airliners came within 200 metres over Belcastle

Two passenger jets came within 200 metres of each other over Belcastle last month, according to flight-tracking data.

One aircraft was descending towards Belcastle while the other climbed out of nearby Fenmoor.

The safety board recommended that controllers at the two airports share a single radar display.

In its report, the board said a controller had been working two sectors at once.

The controllers' association said staff shortages had made such arrangements routine.

Belcastle handles about 180 flights a day.
"""
GOLD["near_miss"] = [
    ("according", "flight-tracking data", "Two passenger jets came within 200 metres of each other over Belcastle last month"),
    ("recommended", "The safety board", "controllers at the two airports share a single radar display"),
    ("said", "the board", "a controller had been working two sectors at once"),
    ("said", "The controllers' association", "staff shortages had made such arrangements routine"),
]
NOT_REPORTS["near_miss"] = ["One aircraft was descending towards Belcastle while the other climbed out of nearby Fenmoor.", "Belcastle handles about 180 flights a day."]

ARTICLES["level_crossing"] = """Inquest hears van stalled on level crossing

A delivery driver died when his van was struck by a train on the Pellow level crossing, an inquest heard.

The 07:40 service from Tannick to Hale Cross hit the van at about 60mph.

The train's driver, Martin Cole, told the inquest that he had sounded the horn as soon as he saw the van.

The coroner, Ruth Awele, concluded that the death was an accident.

She said the crossing's warning lights had been working.

The crossing has half-barriers and no staff.
"""
GOLD["level_crossing"] = [
    ("told", "The train's driver, Martin Cole", "he had sounded the horn as soon as he saw the van"),
    ("concluded", "The coroner, Ruth Awele", "the death was an accident"),
    ("said", "She", "the crossing's warning lights had been working"),
]
NOT_REPORTS["level_crossing"] = ["The 07:40 service from Tannick to Hale Cross hit the van at about 60mph.", "The crossing has half-barriers and no staff."]
SPEAKERS["level_crossing"] = [("said", "She", "Ruth Awele", "the crossing")]

ARTICLES["brake_maker"] = """Maker silent on brake fault in crashed lorry

The lorry that ran into a queue of traffic on the Dunmere bypass had a faulty brake valve, police said.

The 44-tonne articulated lorry was travelling downhill at 52mph.

Three cars were crushed and a motorcyclist was seriously injured.

The manufacturer of the valve, Kessner Components, declined to comment.

The haulier, Tolbridge Logistics, said the lorry had passed its annual test in March.
"""
GOLD["brake_maker"] = [
    ("said", "police", "The lorry that ran into a queue of traffic on the Dunmere bypass had a faulty brake valve"),
    ("said", "The haulier, Tolbridge Logistics", "the lorry had passed its annual test in March"),
]
NOT_REPORTS["brake_maker"] = ["The 44-tonne articulated lorry was travelling downhill at 52mph.", "Three cars were crushed and a motorcyclist was seriously injured."]

ARTICLES["helicopter_ditch"] = """Offshore helicopter ditched after gearbox warning

A helicopter carrying 14 oil workers ditched in the sea 30 miles east of Brannock on Thursday.

The pilot sent a distress call reporting a gearbox warning light, the coastguard said.

All 14 passengers and two crew were rescued from life rafts.

One of the workers, Callum Reid, said the aircraft had floated upright on its emergency floats.

"Everybody did exactly what we were trained to do," he said.

The operator, Northsea Rotor, has suspended flights by the same model.
"""
GOLD["helicopter_ditch"] = [
    ("said", "the coastguard", "The pilot sent a distress call reporting a gearbox warning light"),
    ("said", "One of the workers, Callum Reid", "the aircraft had floated upright on its emergency floats"),
    ("said", "he", "Everybody did exactly what we were trained to do"),
]
NOT_REPORTS["helicopter_ditch"] = ["A helicopter carrying 14 oil workers ditched in the sea 30 miles east of Brannock on Thursday.", "All 14 passengers and two crew were rescued from life rafts."]
SPEAKERS["helicopter_ditch"] = [("said", "he", "Callum Reid", "Everybody")]

ARTICLES["tram_signals"] = """Tram passed red signal, investigators say

A tram that collided with a bus in central Ostley had passed a red signal, investigators said on Monday.

The tram was on route 4 from Ostley Docks to Merrin Park.

Nine people were treated for minor injuries.

The investigators said the tram's driver had been on his eleventh consecutive day of work.

Ostley Metro, which runs the network, said drivers' rosters were being reviewed.
"""
GOLD["tram_signals"] = [
    ("said", "investigators", "A tram that collided with a bus in central Ostley had passed a red signal"),
    ("said", "The investigators", "the tram's driver had been on his eleventh consecutive day of work"),
    ("said", "Ostley Metro, which runs the network", "drivers' rosters were being reviewed"),
]
NOT_REPORTS["tram_signals"] = ["The tram was on route 4 from Ostley Docks to Merrin Park.", "Nine people were treated for minor injuries."]

ARTICLES["fishing_boat"] = """Report blames fatigue for trawler sinking

The skipper of the trawler Morning Gannet had slept for less than four hours in two days before it sank, a report by the Marine Casualty Board found.

The 18-metre trawler sank in heavy seas off Corran Head in February.

Two of its five crew drowned.

The board recommended that skippers of small fishing vessels keep a record of their hours of rest.

The fishermen's federation said the recommendation would be impossible to enforce at sea.
"""
GOLD["fishing_boat"] = [
    ("found", "a report by the Marine Casualty Board", "The skipper of the trawler Morning Gannet had slept for less than four hours in two days before it sank"),
    ("recommended", "The board", "skippers of small fishing vessels keep a record of their hours of rest"),
    ("said", "The fishermen's federation", "the recommendation would be impossible to enforce at sea"),
]
NOT_REPORTS["fishing_boat"] = ["The 18-metre trawler sank in heavy seas off Corran Head in February.", "Two of its five crew drowned."]

ARTICLES["drone_airport"] = """Drone sighting halts flights at Lanbury

Flights at Lanbury airport were suspended for 90 minutes on Saturday after a drone was seen near the runway.

A pilot of an arriving jet told controllers he had seen the drone pass below his left wing.

Eleven arrivals were diverted to Castlebridge.

The airport said in a statement that safety was its first priority.

Police said they were searching for the person flying the drone.
"""
GOLD["drone_airport"] = [
    ("told", "A pilot of an arriving jet", "he had seen the drone pass below his left wing"),
    ("said", "The airport", "safety was its first priority"),
    ("said", "Police", "they were searching for the person flying the drone"),
]
NOT_REPORTS["drone_airport"] = ["Flights at Lanbury airport were suspended for 90 minutes on Saturday after a drone was seen near the runway.", "Eleven arrivals were diverted to Castlebridge."]

ARTICLES["cyclist_inquest"] = """Coroner warns over junction where cyclist died

A coroner has warned that more cyclists will die at the Kelso Road junction unless it is redesigned.

Dr Anika Rowe, 34, was hit by a left-turning lorry while cycling to work in May.

The lorry driver told police that he had checked his mirrors before turning.

Assistant coroner Peter Lindqvist said the lorry's mirrors had left a blind spot.

The council said it would consider the coroner's report.

About 2,300 cyclists use the junction each day.
"""
GOLD["cyclist_inquest"] = [
    ("warned", "A coroner", "more cyclists will die at the Kelso Road junction unless it is redesigned"),
    ("told", "The lorry driver", "he had checked his mirrors before turning"),
    ("said", "Assistant coroner Peter Lindqvist", "the lorry's mirrors had left a blind spot"),
    ("said", "The council", "it would consider the coroner's report"),
]
NOT_REPORTS["cyclist_inquest"] = ["Dr Anika Rowe, 34, was hit by a left-turning lorry while cycling to work in May.", "About 2,300 cyclists use the junction each day."]

ARTICLES["turbulence"] = """Turbulence injures 22 on transatlantic flight

Twenty-two people were hurt when a Westmark Airways flight hit severe turbulence over the Atlantic.

The flight was cruising at 37,000 feet when it dropped suddenly.

"People who weren't strapped in hit the ceiling," said Jonas Ebbe, a passenger from Lund.

The airline apologised to passengers and said the seat-belt sign had been on.

The aircraft landed safely at Harlow Field two hours later.
"""
GOLD["turbulence"] = [
    ("said", "Jonas Ebbe, a passenger from Lund", "People who weren't strapped in hit the ceiling"),
    ("said", "The airline", "the seat-belt sign had been on"),
]
NOT_REPORTS["turbulence"] = ["The flight was cruising at 37,000 feet when it dropped suddenly.", "The aircraft landed safely at Harlow Field two hours later."]

ARTICLES["signal_fault"] = """Signal fault caused commuter train collision, inquiry finds

A wiring fault in a signal box caused two commuter trains to collide at Brennan Street station, an inquiry has found.

The trains were both travelling at less than 15mph.

Forty-one passengers were hurt.

The inquiry's chairwoman, Dame Helen Marsh, said the fault had gone unnoticed for six years.

Network Eastern said it had checked every signal box of the same design.

The station reopened on Wednesday.
"""
GOLD["signal_fault"] = [
    ("found", "an inquiry", "A wiring fault in a signal box caused two commuter trains to collide at Brennan Street station"),
    ("said", "The inquiry's chairwoman, Dame Helen Marsh", "the fault had gone unnoticed for six years"),
    ("said", "Network Eastern", "it had checked every signal box of the same design"),
]
NOT_REPORTS["signal_fault"] = ["The trains were both travelling at less than 15mph.", "Forty-one passengers were hurt.", "The station reopened on Wednesday."]

ARTICLES["container_ship"] = """Container ship lost 40 boxes in storm, owner says

A container ship lost 40 containers overboard in a storm off the Vellin coast, its owner said on Tuesday.

The 300-metre Hanna Borg was carrying about 9,000 containers from Tanjung Selar to Rotterwick.

The owner, Borg Line, said none of the lost containers held dangerous goods.

The coastguard warned fishermen that containers could be floating just below the surface.

The ship arrived in Rotterwick on Thursday.
"""
GOLD["container_ship"] = [
    ("said", "its owner", "A container ship lost 40 containers overboard in a storm off the Vellin coast"),
    ("said", "The owner, Borg Line", "none of the lost containers held dangerous goods"),
    ("warned", "The coastguard", "containers could be floating just below the surface"),
]
SPEAKERS["container_ship"] = [("said", "The owner, Borg Line", "Borg Line", "none")]
NOT_REPORTS["container_ship"] = ["The 300-metre Hanna Borg was carrying about 9,000 containers from Tanjung Selar to Rotterwick.", "The ship arrived in Rotterwick on Thursday."]

ARTICLES["glider"] = """Glider pilot killed in crash on Tarn Fell

A glider pilot was killed when his aircraft crashed on Tarn Fell on Sunday afternoon.

The single-seat glider had taken off from the Tarn Valley gliding club at 13:20.

A walker who saw the crash said the glider had seemed to stall in a tight turn.

Police named the pilot as Edwin Carr, 71, from Ashby Lane.

The club's chairman, Robert Nuttall, said Mr Carr had flown gliders for more than 40 years.

"He was the most careful pilot we had," the chairman said.
"""
GOLD["glider"] = [
    ("said", "A walker who saw the crash", "the glider had seemed to stall in a tight turn"),
    ("said", "The club's chairman, Robert Nuttall", "Mr Carr had flown gliders for more than 40 years"),
    ("said", "the chairman", "He was the most careful pilot we had"),
]
NOT_REPORTS["glider"] = ["A glider pilot was killed when his aircraft crashed on Tarn Fell on Sunday afternoon.", "The single-seat glider had taken off from the Tarn Valley gliding club at 13:20."]
SPEAKERS["glider"] = [("said", "the chairman", "Robert Nuttall", "He was")]

ARTICLES["motorway_pileup"] = """Fog blamed for 30-vehicle pile-up

Thirty vehicles were involved in a pile-up on the M71 near Harrowby Moor in thick fog on Friday morning.

Visibility on the stretch had fallen to about 20 metres.

A police spokesman said six people had been taken to hospital.

One driver, Sandra Okoye, said she had heard "bang after bang" as cars behind her hit each other.

The motorway was closed in both directions for nine hours.

Road safety campaigners said variable speed limits on the stretch had been switched off.
"""
GOLD["motorway_pileup"] = [
    ("said", "A police spokesman", "six people had been taken to hospital"),
    ("said", "One driver, Sandra Okoye", "she had heard \"bang after bang\" as cars behind her hit each other"),
    ("said", "Road safety campaigners", "variable speed limits on the stretch had been switched off"),
]
NOT_REPORTS["motorway_pileup"] = ["Thirty vehicles were involved in a pile-up on the M71 near Harrowby Moor in thick fog on Friday morning.", "Visibility on the stretch had fallen to about 20 metres.", "The motorway was closed in both directions for nine hours."]

ARTICLES["bird_strike"] = """Airliner returns after bird strike

A Pelican Air flight to Corvo returned to Deansmere airport after hitting a flock of geese shortly after take-off.

The aircraft was climbing through 3,000 feet when the geese hit it.

"Pan-pan, pan-pan, Pelican four-one-two, bird strike, number two engine," the pilot told controllers.

The aircraft landed safely 14 minutes after take-off.

Pelican Air said passengers had been put on a replacement flight that evening.
"""
GOLD["bird_strike"] = [
    ("told", "the pilot", "Pan-pan, pan-pan, Pelican four-one-two, bird strike, number two engine"),
    ("said", "Pelican Air", "passengers had been put on a replacement flight that evening"),
]
NOT_REPORTS["bird_strike"] = ["The aircraft was climbing through 3,000 feet when the geese hit it.", "The aircraft landed safely 14 minutes after take-off."]

ARTICLES["bridge_strike"] = """Double-decker hits low bridge

A double-decker bus hit a railway bridge on Carver Street on Wednesday, tearing off part of its roof.

The bridge has a clearance of 4.1 metres.

The bus company, Greenline Buses, said the driver had taken a diversion he had not been trained on.

A passenger on the top deck said she had ducked just in time.

Greenline said it would review how diversions are planned.
"""
GOLD["bridge_strike"] = [
    ("said", "The bus company, Greenline Buses", "the driver had taken a diversion he had not been trained on"),
    ("said", "A passenger on the top deck", "she had ducked just in time"),
    ("said", "Greenline", "it would review how diversions are planned"),
]
SPEAKERS["bridge_strike"] = [("said", "Greenline", "Greenline Buses", "it would")]
NOT_REPORTS["bridge_strike"] = ["A double-decker bus hit a railway bridge on Carver Street on Wednesday, tearing off part of its roof.", "The bridge has a clearance of 4.1 metres."]

ARTICLES["rail_worker"] = """Track worker killed by train, union says

A track worker was struck and killed by a train near Gilvern tunnel on Monday night, the rail workers' union said.

The worker was part of a team of six replacing rails.

The union said lookouts had not been posted at both ends of the tunnel.

Network Eastern said it was "devastated" and was helping the police investigation.

Trains on the line run every 15 minutes.
"""
GOLD["rail_worker"] = [
    ("said", "the rail workers' union", "A track worker was struck and killed by a train near Gilvern tunnel on Monday night"),
    ("said", "The union", "lookouts had not been posted at both ends of the tunnel"),
    ("said", "Network Eastern", "it was \"devastated\" and was helping the police investigation"),
]
NOT_REPORTS["rail_worker"] = ["The worker was part of a team of six replacing rails.", "Trains on the line run every 15 minutes."]

ARTICLES["cruise_fire"] = """Fire breaks out in cruise ship engine room

A fire broke out in the engine room of the cruise ship Aurora Vale as it sailed between Portmell and Ys.

The ship, carrying 2,100 passengers, lost power for six hours.

Passengers described hours without lights or running water.

The captain told passengers over the loudspeakers that the fire was under control.

Vale Cruises said passengers would receive a full refund.
"""
GOLD["cruise_fire"] = [
    ("described", "Passengers", "hours without lights or running water"),
    ("told", "The captain", "the fire was under control"),
    ("said", "Vale Cruises", "passengers would receive a full refund"),
]
NOT_REPORTS["cruise_fire"] = ["A fire broke out in the engine room of the cruise ship Aurora Vale as it sailed between Portmell and Ys.", "The ship, carrying 2,100 passengers, lost power for six hours."]

ARTICLES["taxi_plane"] = """Airliners clip wings while taxiing

Two airliners clipped wings while taxiing at Sellick airport on Tuesday evening.

The wingtip of a Corvair jet struck the tail of a parked Meridian aircraft.

No one was hurt.

Sellick airport's operations director, Fiona Grant, said ground markings at the stand were being repainted.

Corvair said its aircraft had been following instructions from ground control.

Meridian declined to comment.
"""
GOLD["taxi_plane"] = [
    ("said", "Sellick airport's operations director, Fiona Grant", "ground markings at the stand were being repainted"),
    ("said", "Corvair", "its aircraft had been following instructions from ground control"),
]
NOT_REPORTS["taxi_plane"] = ["Two airliners clipped wings while taxiing at Sellick airport on Tuesday evening.", "The wingtip of a Corvair jet struck the tail of a parked Meridian aircraft.", "No one was hurt."]

ARTICLES["scooter_death"] = """E-scooter rider died after hitting pothole, inquest told

An e-scooter rider died after his front wheel hit a pothole on Fairfield Road, an inquest in Wexham was told.

Liam Doherty, 22, was riding at about 15mph.

A pathologist told the inquest that Mr Doherty had died of a head injury.

His mother, Siobhan Doherty, said the council had been told about the pothole months earlier.

The council said it had no record of any complaint.

The coroner recorded a conclusion of accidental death.
"""
GOLD["scooter_death"] = [
    ("told", "A pathologist", "Mr Doherty had died of a head injury"),
    ("said", "His mother, Siobhan Doherty", "the council had been told about the pothole months earlier"),
    ("said", "The council", "it had no record of any complaint"),
]
NOT_REPORTS["scooter_death"] = ["Liam Doherty, 22, was riding at about 15mph."]

ARTICLES["ferry_ramp"] = """Ferry ramp collapse injures eight

Eight people were injured when a car ramp collapsed as vehicles were boarding a ferry at Dunholm.

The ramp, built in 1989, lifts cars onto the upper deck of the ferry.

The harbour authority said the ramp had been inspected in January.

Its chief executive, Alan Meeks, told reporters that the authority would pay for an independent review.

"We will not reopen it until we know what failed," he said.

Sailings to Inchmore are running from the old pier.
"""
GOLD["ferry_ramp"] = [
    ("said", "The harbour authority", "the ramp had been inspected in January"),
    ("told", "Its chief executive, Alan Meeks", "the authority would pay for an independent review"),
    ("said", "he", "We will not reopen it until we know what failed"),
]
NOT_REPORTS["ferry_ramp"] = ["Eight people were injured when a car ramp collapsed as vehicles were boarding a ferry at Dunholm.", "The ramp, built in 1989, lifts cars onto the upper deck of the ferry.", "Sailings to Inchmore are running from the old pier."]
SPEAKERS["ferry_ramp"] = [("said", "he", "Alan Meeks", "We will")]

ARTICLES["lorry_driver_hours"] = """Lorry driver had been at the wheel for 14 hours, court hears

A lorry driver who crashed into a broken-down car on the Mersley bypass had been driving for 14 hours, a court heard.

Prosecutor Janet Fry told the jury that the driver's tachograph had been tampered with.

The driver, Gareth Pole, 49, denies causing death by dangerous driving.

He told police he had fallen asleep for "a second or two".

The trial continues.
"""
GOLD["lorry_driver_hours"] = [
    ("told", "Prosecutor Janet Fry", "the driver's tachograph had been tampered with"),
    ("denies", "The driver, Gareth Pole, 49", "causing death by dangerous driving"),
    ("told", "He", "he had fallen asleep for \"a second or two\""),
]
NOT_REPORTS["lorry_driver_hours"] = ["The trial continues."]
SPEAKERS["lorry_driver_hours"] = [("told", "He", "Gareth Pole", "he had")]
