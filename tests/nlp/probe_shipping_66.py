# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-second pass's check of shipping, ports and trade news (helper K):
ships aground, boarded, detained, refloated or on fire ('The vessel's operator, Halsted Line, said the ship', 'The
coastguard said in a statement that', 'Its skipper radioed that', 'A maritime security firm, Tidewatch Risk,
reported that', 'According to ship-tracking data'), port strikes and backlogs ('Dockworkers say', 'The union
accused the port authority of', 'The shipping line Verano Lines warned customers that', 'Hauliers blame'), canal
closures and grain ships ('Officials in Cairo said'), tariffs and trade talks ('The trade minister insisted', 'The
talks were described as constructive', 'Negotiators are still divided over'), customs seizures ('Customs officers
said they found'), fishing disputes, rescues, oil spills and cruise ships, and speakers named again by pronoun or
role ('She', 'He', 'The skipper', 'The harbour master', 'The operator', 'Mr Menon'), among ships named like people
('The Maria Holm', 'The Sarah Jane, a 12-metre trawler', 'the yacht Lady Ellen', 'The MV Anna Berg'), which take
'she' and 'her' but never speak.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (tonnages, routes, cargoes, ships described, tariffs, prices and
figures stated by the writer, schedules, a rescue narrated); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every name, ship, port, firm, figure and sentence is made up (real capitals and countries aside). Read
by ``test_probe_findings_66_shipping``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["aground"] = """Container ship runs aground off Skerrow Point

The Anna Berg ran aground on a sandbank off Skerrow Point early on Monday.

The vessel's operator, Halsted Line, said the ship was not leaking fuel.

The 300-metre ship was carrying 14,000 containers from Ningbo to Rotterdam.

The coastguard said in a statement that all 22 crew members were safe.

Tugs will try to refloat her at high tide on Wednesday.
"""
GOLD["aground"] = [
    ("said", "The vessel's operator, Halsted Line", "the ship was not leaking fuel"),
    ("said", "The coastguard", "all 22 crew members were safe"),
]
NOT_REPORTS["aground"] = ["The Anna Berg ran aground on a sandbank off Skerrow Point early on Monday.", "The 300-metre ship was carrying 14,000 containers from Ningbo to Rotterdam.", "Tugs will try to refloat her at high tide on Wednesday."]

ARTICLES["tanker_boarded"] = """Armed men board tanker in the Gulf of Tessa

Armed men boarded the tanker Corvina Star about 20 nautical miles off Qadir Island on Friday.

A maritime security firm, Tidewatch Risk, reported that the ship had switched off its tracking beacon before the boarding.

According to ship-tracking data, the tanker then headed north towards the coast.

The Corvina Star is registered in Panama and can carry about two million barrels of crude.

The owner, Perran Shipping, said it had lost contact with the crew.
"""
GOLD["tanker_boarded"] = [
    ("reported", "A maritime security firm, Tidewatch Risk", "the ship had switched off its tracking beacon before the boarding"),
    ("According", "ship-tracking data", "the tanker then headed north towards the coast"),
    ("said", "The owner, Perran Shipping", "it had lost contact with the crew"),
]
NOT_REPORTS["tanker_boarded"] = ["Armed men boarded the tanker Corvina Star about 20 nautical miles off Qadir Island on Friday.", "The Corvina Star is registered in Panama and can carry about two million barrels of crude."]

ARTICLES["dock_strike"] = """Dockworkers walk out at Fellport

Dockworkers at Fellport began a 72-hour strike at 6am on Thursday.

The union, Harbour Workers United, accused the port authority of cutting safety staff.

More than 40 ships are waiting at anchor outside the harbour.

Dockworkers say they have not had a pay rise in three years.

The port authority said contingency plans were in place.

Fellport handles about a third of the country's container traffic.
"""
GOLD["dock_strike"] = [
    ("accused", "The union, Harbour Workers United", "the port authority of cutting safety staff"),
    ("say", "Dockworkers", "they have not had a pay rise in three years"),
    ("said", "The port authority", "contingency plans were in place"),
]
NOT_REPORTS["dock_strike"] = ["Dockworkers at Fellport began a 72-hour strike at 6am on Thursday.", "More than 40 ships are waiting at anchor outside the harbour.", "Fellport handles about a third of the country's container traffic."]

ARTICLES["canal_blocked"] = """Bulk carrier blocks canal for second day

The Salvor Queen, a 90,000-tonne bulk carrier, has been wedged across the southern channel since Sunday.

Officials in Cairo said the canal would reopen within 48 hours.

About 60 vessels a day pass through the canal in normal times.

Shipping analysts estimate that each day of closure holds up goods worth $9bn.

Dredgers have removed 15,000 cubic metres of sand from around the bow.
"""
GOLD["canal_blocked"] = [
    ("said", "Officials in Cairo", "the canal would reopen within 48 hours"),
    ("estimate", "Shipping analysts", "each day of closure holds up goods worth $9bn"),
]
NOT_REPORTS["canal_blocked"] = ["The Salvor Queen, a 90,000-tonne bulk carrier, has been wedged across the southern channel since Sunday.", "About 60 vessels a day pass through the canal in normal times.", "Dredgers have removed 15,000 cubic metres of sand from around the bow."]

ARTICLES["steel_tariffs"] = """Tariffs on imported steel to rise to 25%

Tariffs on imported steel will rise from 10% to 25% on 1 March.

The trade minister, Oskar Lindqvist, insisted that the increase would protect 8,000 jobs.

Steel from Varnland accounts for about 40% of imports.

Carmakers warned that the price of new cars would rise.

He said talks with Varnland would continue.
"""
GOLD["steel_tariffs"] = [
    ("insisted", "The trade minister, Oskar Lindqvist", "the increase would protect 8,000 jobs"),
    ("warned", "Carmakers", "the price of new cars would rise"),
    ("said", "He", "talks with Varnland would continue"),
]
NOT_REPORTS["steel_tariffs"] = ["Tariffs on imported steel will rise from 10% to 25% on 1 March.", "Steel from Varnland accounts for about 40% of imports."]
SPEAKERS["steel_tariffs"] = [("said", "He", "Oskar Lindqvist", "talks")]

ARTICLES["trade_talks"] = """Trade talks end without a deal

The third round of talks between Ostrava and Lindmark ended in Geneva on Friday.

The talks were described as constructive.

A spokesperson for the trade ministry said both sides had agreed to meet again in April.

The next round is scheduled for 14 April in Seoul.

Negotiators are still divided over quotas for beef and dairy.
"""
GOLD["trade_talks"] = [
    ("described", "", "The talks"),
    ("said", "A spokesperson for the trade ministry", "both sides had agreed to meet again in April"),
    ("divided", "Negotiators", "quotas for beef and dairy"),
]
NOT_REPORTS["trade_talks"] = ["The third round of talks between Ostrava and Lindmark ended in Geneva on Friday.", "The next round is scheduled for 14 April in Seoul."]

ARTICLES["cocaine_bananas"] = """Cocaine found in banana shipment

Customs officers said they found 400 kilograms of cocaine hidden among bananas in a container at Port Kelly.

The container had arrived from Guayaquil on the Lorna Vale.

The drugs have an estimated street value of £32m.

A Border Force spokesman said it was one of the largest seizures this year.

Two men aged 34 and 41 were arrested in Kelly on Tuesday.
"""
GOLD["cocaine_bananas"] = [
    ("said", "Customs officers", "they found 400 kilograms of cocaine hidden among bananas in a container at Port Kelly"),
    ("said", "A Border Force spokesman", "it was one of the largest seizures this year"),
]
NOT_REPORTS["cocaine_bananas"] = ["The container had arrived from Guayaquil on the Lorna Vale.", "The drugs have an estimated street value of £32m.", "Two men aged 34 and 41 were arrested in Kelly on Tuesday."]

ARTICLES["box_backlog"] = """Container backlog grows at Hollin Bay

About 18,000 containers are waiting to be collected at the Hollin Bay terminal.

The shipping line Verano Lines warned customers that deliveries could be delayed by up to three weeks.

Hauliers blame a shortage of drivers.

Ships are waiting an average of five days for a berth.

The terminal's chief executive, Dana Whitlow, said extra cranes would arrive in June.

Ms Whitlow said the yard was 97% full.
"""
GOLD["box_backlog"] = [
    ("warned", "The shipping line Verano Lines", "deliveries could be delayed by up to three weeks"),
    ("blame", "Hauliers", "a shortage of drivers"),
    ("said", "The terminal's chief executive, Dana Whitlow", "extra cranes would arrive in June"),
    ("said", "Ms Whitlow", "the yard was 97% full"),
]
NOT_REPORTS["box_backlog"] = ["About 18,000 containers are waiting to be collected at the Hollin Bay terminal.", "Ships are waiting an average of five days for a berth."]
SPEAKERS["box_backlog"] = [("said", "Ms Whitlow", "Dana Whitlow", "the yard")]

ARTICLES["harbour_blockade"] = """Fishing boats blockade Porthcarra harbour

About 50 fishing boats blocked the entrance to Porthcarra harbour on Saturday.

Skippers say foreign trawlers are emptying their grounds.

The catch limit for mackerel has been cut by 20% this year.

The fisheries minister, Aileen Corrigan, said she would meet the fishermen on Monday.

The skipper of the Morwen, Davey Tregear, said his income had halved.

The skipper said he could not afford to repair his nets.
"""
GOLD["harbour_blockade"] = [
    ("say", "Skippers", "foreign trawlers are emptying their grounds"),
    ("said", "The fisheries minister, Aileen Corrigan", "she would meet the fishermen on Monday"),
    ("said", "The skipper of the Morwen, Davey Tregear", "his income had halved"),
    ("said", "The skipper", "he could not afford to repair his nets"),
]
NOT_REPORTS["harbour_blockade"] = ["About 50 fishing boats blocked the entrance to Porthcarra harbour on Saturday.", "The catch limit for mackerel has been cut by 20% this year."]
SPEAKERS["harbour_blockade"] = [("said", "The skipper", "Davey Tregear", "he could")]

ARTICLES["yacht_rescue"] = """Six sailors rescued from sinking yacht

The yacht Sea Kestrel began taking on water 30 miles south of Lundy Head late on Tuesday.

Its skipper radioed that the boat was sinking.

A helicopter winched the six sailors to safety shortly before midnight.

The harbour master, Gwen Polkinghorne, said the crew had done everything right.

The lifeboat returned to port at 2am.

She said the yacht would be towed to Pendower if it stayed afloat.
"""
GOLD["yacht_rescue"] = [
    ("radioed", "Its skipper", "the boat was sinking"),
    ("said", "The harbour master, Gwen Polkinghorne", "the crew had done everything right"),
    ("said", "She", "the yacht would be towed to Pendower if it stayed afloat"),
]
NOT_REPORTS["yacht_rescue"] = ["The yacht Sea Kestrel began taking on water 30 miles south of Lundy Head late on Tuesday.", "A helicopter winched the six sailors to safety shortly before midnight.", "The lifeboat returned to port at 2am."]
SPEAKERS["yacht_rescue"] = [("said", "She", "Gwen Polkinghorne", "the yacht")]

ARTICLES["unpaid_crew"] = """Cargo ship held over unpaid wages

The Marisol Dawn has been held at Tarrow docks since 3 May.

Inspectors found that the crew had not been paid for four months.

The ship's 19 crew members come from the Philippines and Myanmar.

A seafarers' charity said the men were running out of food.

The ship, built in 1996, carries timber and steel coils between Baltic ports.
"""
GOLD["unpaid_crew"] = [
    ("found", "Inspectors", "the crew had not been paid for four months"),
    ("said", "A seafarers' charity", "the men were running out of food"),
]
NOT_REPORTS["unpaid_crew"] = ["The Marisol Dawn has been held at Tarrow docks since 3 May.", "The ship's 19 crew members come from the Philippines and Myanmar.", "The ship, built in 1996, carries timber and steel coils between Baltic ports."]

ARTICLES["pirates"] = """Pirates board bulk carrier

Pirates armed with knives boarded the bulk carrier Hestia Grace on Thursday night.

The crew locked themselves in the engine room, according to the ship's manager, Lindell Marine.

A naval patrol boat reached the ship three hours later.

The Maritime Crime Centre said attacks in the strait had doubled this year.

The Hestia Grace was sailing from Durban to Chittagong with a cargo of coal.
"""
GOLD["pirates"] = [
    ("according to", "the ship's manager, Lindell Marine", "The crew locked themselves in the engine room"),
    ("said", "The Maritime Crime Centre", "attacks in the strait had doubled this year"),
]
NOT_REPORTS["pirates"] = ["Pirates armed with knives boarded the bulk carrier Hestia Grace on Thursday night.", "A naval patrol boat reached the ship three hours later.", "The Hestia Grace was sailing from Durban to Chittagong with a cargo of coal."]

ARTICLES["crane_jobs"] = """Port to bring in driverless cranes

The port of Castlebridge will install 24 automated cranes by 2028.

The dockers' union warned that 600 jobs would be lost.

The port's owner, Grayling Ports, said no worker would be made redundant.

Each crane can lift 65 tonnes.

Its chief operating officer, Raj Menon, told reporters that training would be offered to all crane drivers.

Mr Menon said the first cranes would arrive next spring.
"""
GOLD["crane_jobs"] = [
    ("warned", "The dockers' union", "600 jobs would be lost"),
    ("said", "The port's owner, Grayling Ports", "no worker would be made redundant"),
    ("told", "Its chief operating officer, Raj Menon", "training would be offered to all crane drivers"),
    ("said", "Mr Menon", "the first cranes would arrive next spring"),
]
NOT_REPORTS["crane_jobs"] = ["The port of Castlebridge will install 24 automated cranes by 2028.", "Each crane can lift 65 tonnes."]
SPEAKERS["crane_jobs"] = [("said", "Mr Menon", "Raj Menon", "the first")]

ARTICLES["grain_ships"] = """Grain ships leave Zelenomor

Three grain ships left the port of Zelenomor on Tuesday with 90,000 tonnes of wheat and maize.

The agriculture ministry said another 12 ships were waiting to load.

Insurers have raised premiums for ships entering the area.

Officials in Ankara said the ships would be inspected at sea.

The ships are bound for Egypt, Tunisia and Spain.
"""
GOLD["grain_ships"] = [
    ("said", "The agriculture ministry", "another 12 ships were waiting to load"),
    ("said", "Officials in Ankara", "the ships would be inspected at sea"),
]
NOT_REPORTS["grain_ships"] = ["Three grain ships left the port of Zelenomor on Tuesday with 90,000 tonnes of wheat and maize.", "Insurers have raised premiums for ships entering the area.", "The ships are bound for Egypt, Tunisia and Spain."]

ARTICLES["ferry_gales"] = """Island ferries cancelled as gales hit

All sailings between Ardmore and the isles were cancelled on Friday.

The ferry operator, IslaLink, said services would resume on Sunday if the wind dropped.

Islanders complained that shops were running out of bread and milk.

The MV Glen Rosa is 37 years old and was due to be replaced in 2020.

The operator said the vessel had been withdrawn for repairs to its bow door.
"""
GOLD["ferry_gales"] = [
    ("said", "The ferry operator, IslaLink", "services would resume on Sunday if the wind dropped"),
    ("complained", "Islanders", "shops were running out of bread and milk"),
    ("said", "The operator", "the vessel had been withdrawn for repairs to its bow door"),
]
NOT_REPORTS["ferry_gales"] = ["All sailings between Ardmore and the isles were cancelled on Friday.", "The MV Glen Rosa is 37 years old and was due to be replaced in 2020."]
SPEAKERS["ferry_gales"] = [("said", "The operator", "IslaLink", "the vessel")]

ARTICLES["oil_slick"] = """Oil slick reaches beaches at Marrow Bay

A slick about eight kilometres long has reached beaches near Marrow Bay.

The tanker Elsa Marant lost about 300 tonnes of fuel oil when it hit rocks on Monday.

Environmental groups fear that seabird colonies on the headland will be hit.

The environment agency said clean-up crews were working on three beaches.

Volunteers have collected more than 200 oiled birds.

The agency's director, Tomas Hollis, said it could take months to clean the coastline.
"""
GOLD["oil_slick"] = [
    ("fear", "Environmental groups", "seabird colonies on the headland will be hit"),
    ("said", "The environment agency", "clean-up crews were working on three beaches"),
    ("said", "The agency's director, Tomas Hollis", "it could take months to clean the coastline"),
]
NOT_REPORTS["oil_slick"] = ["A slick about eight kilometres long has reached beaches near Marrow Bay.", "The tanker Elsa Marant lost about 300 tonnes of fuel oil when it hit rocks on Monday.", "Volunteers have collected more than 200 oiled birds."]

ARTICLES["renamed_tanker"] = """Renamed tanker turned away from national waters

The tanker Brisa Norte has changed its name four times since 2022.

Investigators believe the ship carries oil in breach of sanctions.

It sails under the flag of Palau and is owned by a company registered in the Marshall Islands.

The transport ministry said the ship would not be allowed to enter national waters.

The tanker is 23 years old.
"""
GOLD["renamed_tanker"] = [
    ("believe", "Investigators", "the ship carries oil in breach of sanctions"),
    ("said", "The transport ministry", "the ship would not be allowed to enter national waters"),
]
NOT_REPORTS["renamed_tanker"] = ["The tanker Brisa Norte has changed its name four times since 2022.", "It sails under the flag of Palau and is owned by a company registered in the Marshall Islands.", "The tanker is 23 years old."]

ARTICLES["freight_rates"] = """Cost of shipping a container doubles

The cost of shipping a 40-foot container from Shanghai to Rotterdam rose to $5,400 this week.

Analysts at Drewley Consulting said the rise reflected the diversion of ships around the Cape.

Ships taking the longer route add about 10 days to the journey.

Retailers warned that prices in the shops would rise before Christmas.

Rates on the route stood at $2,600 in January.
"""
GOLD["freight_rates"] = [
    ("said", "Analysts at Drewley Consulting", "the rise reflected the diversion of ships around the Cape"),
    ("warned", "Retailers", "prices in the shops would rise before Christmas"),
]
NOT_REPORTS["freight_rates"] = ["The cost of shipping a 40-foot container from Shanghai to Rotterdam rose to $5,400 this week.", "Ships taking the longer route add about 10 days to the journey.", "Rates on the route stood at $2,600 in January."]

ARTICLES["car_carrier_fire"] = """Fire on car carrier off Heligoland

Fire broke out on the car carrier Orla Fjord on Wednesday as it sailed from Bremerhaven.

The ship was carrying 3,000 cars, including about 500 electric vehicles.

The coastguard said all 23 crew had been taken off the ship.

A spokesman for the owner, Fjordline Car Carriers, said the cause of the fire was not yet known.

Salvage crews will board the ship at the weekend.
"""
GOLD["car_carrier_fire"] = [
    ("said", "The coastguard", "all 23 crew had been taken off the ship"),
    ("said", "A spokesman for the owner, Fjordline Car Carriers", "the cause of the fire was not yet known"),
]
NOT_REPORTS["car_carrier_fire"] = ["Fire broke out on the car carrier Orla Fjord on Wednesday as it sailed from Bremerhaven.", "The ship was carrying 3,000 cars, including about 500 electric vehicles.", "Salvage crews will board the ship at the weekend."]

ARTICLES["dredging"] = """Dredging of Merrin Harbour approved

The channel into Merrin Harbour will be dredged to a depth of 16 metres.

Conservation groups argue that the work will damage seagrass beds.

The harbour board says the deeper channel will let larger ships call.

Work will begin in October and last 18 months.

The harbour master, Colm Reddy, said pilots had been asking for a deeper channel for years.

The harbour master said the seagrass would be replanted elsewhere in the bay.
"""
GOLD["dredging"] = [
    ("argue", "Conservation groups", "the work will damage seagrass beds"),
    ("says", "The harbour board", "the deeper channel will let larger ships call"),
    ("said", "The harbour master, Colm Reddy", "pilots had been asking for a deeper channel for years"),
    ("said", "The harbour master", "the seagrass would be replanted elsewhere in the bay"),
]
NOT_REPORTS["dredging"] = ["The channel into Merrin Harbour will be dredged to a depth of 16 metres.", "Work will begin in October and last 18 months."]
SPEAKERS["dredging"] = [("said", "The harbour master", "Colm Reddy", "the seagrass")]

ARTICLES["export_figures"] = """Exports fall for third month in a row

Exports fell 3.2% in May to £31.4bn.

According to the statistics office, imports rose 1.1% over the same period.

The trade secretary, Hamish Carrow, blamed the strength of the pound.

Business groups called for tax relief for small exporters.

Machinery and medicines were the largest exports by value.
"""
GOLD["export_figures"] = [
    ("According", "the statistics office", "imports rose 1.1% over the same period"),
    ("blamed", "The trade secretary, Hamish Carrow", "the strength of the pound"),
    ("called for", "Business groups", "tax relief for small exporters"),
]
NOT_REPORTS["export_figures"] = ["Exports fell 3.2% in May to £31.4bn.", "Machinery and medicines were the largest exports by value."]

ARTICLES["lorry_queues"] = """Lorries queue for miles after new border checks

Queues of lorries stretched for 12 miles on the approach to Dunmore port on Monday.

Drivers said they had waited up to 20 hours.

New customs checks on food imports began on Sunday.

A government spokesperson said the queues were caused by a computer fault.

The port has 40 inspection bays and handles about 4,000 lorries a day.
"""
GOLD["lorry_queues"] = [
    ("said", "Drivers", "they had waited up to 20 hours"),
    ("said", "A government spokesperson", "the queues were caused by a computer fault"),
]
NOT_REPORTS["lorry_queues"] = ["Queues of lorries stretched for 12 miles on the approach to Dunmore port on Monday.", "New customs checks on food imports began on Sunday.", "The port has 40 inspection bays and handles about 4,000 lorries a day."]

ARTICLES["whale_speeds"] = """Ships told to slow down for whales

Ships in the Selka Channel must keep below 10 knots from June to October.

Scientists say collisions with ships kill dozens of whales in the channel each year.

The rule applies to vessels longer than 65 feet.

The shipping chamber said the limit would add to costs.

Ferries on the route will take about 20 minutes longer.
"""
GOLD["whale_speeds"] = [
    ("say", "Scientists", "collisions with ships kill dozens of whales in the channel each year"),
    ("said", "The shipping chamber", "the limit would add to costs"),
]
NOT_REPORTS["whale_speeds"] = ["Ships in the Selka Channel must keep below 10 knots from June to October.", "The rule applies to vessels longer than 65 feet.", "Ferries on the route will take about 20 minutes longer."]

ARTICLES["collision"] = """Fishing boat sinks after collision with freighter

The Maria Holm collided with the fishing boat Jenny Lind near Scarport on Sunday.

The Jenny Lind sank within minutes.

Her four crew were pulled from the water by a passing trawler.

The Maria Holm was escorted to Scarport with damage to her bow.

Its captain, Piet de Waal, said visibility had been poor.

He said the fishing boat had shown no lights.
"""
GOLD["collision"] = [
    ("said", "Its captain, Piet de Waal", "visibility had been poor"),
    ("said", "He", "the fishing boat had shown no lights"),
]
NOT_REPORTS["collision"] = ["The Maria Holm collided with the fishing boat Jenny Lind near Scarport on Sunday.", "The Jenny Lind sank within minutes.", "Her four crew were pulled from the water by a passing trawler.", "The Maria Holm was escorted to Scarport with damage to her bow."]
SPEAKERS["collision"] = [("said", "He", "Piet de Waal", "the fishing")]

ARTICLES["cruise_illness"] = """Cruise ship held offshore after illness outbreak

The cruise ship Aurelia Sun was held at anchor off Port Sellan on Thursday.

Health officials said 86 passengers had reported stomach illness.

The ship has 14 decks and 1,100 cabins.

The cruise line, Solmar Cruises, said the ship had been deep-cleaned.

Passengers told local reporters that they had been confined to their cabins for two days.
"""
GOLD["cruise_illness"] = [
    ("said", "Health officials", "86 passengers had reported stomach illness"),
    ("said", "The cruise line, Solmar Cruises", "the ship had been deep-cleaned"),
    ("told", "Passengers", "they had been confined to their cabins for two days"),
]
NOT_REPORTS["cruise_illness"] = ["The cruise ship Aurelia Sun was held at anchor off Port Sellan on Thursday.", "The ship has 14 decks and 1,100 cabins."]

ARTICLES["soy_levy"] = """Beijing hits back with levy on soybeans

Officials in Beijing said the tariffs broke world trade rules.

A 15% levy on soybeans will apply from 1 July.

The commerce ministry vowed to take all necessary measures to protect Chinese firms.

Soybean exports to China were worth $14bn last year.

Farm groups in Iowa said the levy would hit prices at harvest.
"""
GOLD["soy_levy"] = [
    ("said", "Officials in Beijing", "the tariffs broke world trade rules"),
    ("vowed", "The commerce ministry", "to take all necessary measures to protect Chinese firms"),
    ("said", "Farm groups in Iowa", "the levy would hit prices at harvest"),
]
NOT_REPORTS["soy_levy"] = ["A 15% levy on soybeans will apply from 1 July.", "Soybean exports to China were worth $14bn last year."]

ARTICLES["trawler_lost"] = """Trawler sinks off Fairlie Head

The coastguard's duty controller, Kirsty Lamont, said the alarm was raised at 4.10am.

The Sarah Jane, a 12-metre trawler, went down about two miles off Fairlie Head.

She had left Girvan on Sunday evening with a crew of three.

She said a yacht had picked up all three men within half an hour.
"""
GOLD["trawler_lost"] = [
    ("said", "The coastguard's duty controller, Kirsty Lamont", "the alarm was raised at 4.10am"),
    ("said", "She", "a yacht had picked up all three men within half an hour"),
]
NOT_REPORTS["trawler_lost"] = ["The Sarah Jane, a 12-metre trawler, went down about two miles off Fairlie Head.", "She had left Girvan on Sunday evening with a crew of three."]
SPEAKERS["trawler_lost"] = [("said", "She", "Kirsty Lamont", "a yacht")]

ARTICLES["tanker_refloated"] = """Tanker refloated after three days on the rocks

The tanker's master, Captain Ingrid Sole, said the crew had worked around the clock.

The Maria Holm was refloated on the morning tide on Thursday.

Her cargo of 40,000 tonnes of diesel was pumped into a second tanker on Wednesday.

She said the hull had been checked by divers.
"""
GOLD["tanker_refloated"] = [
    ("said", "The tanker's master, Captain Ingrid Sole", "the crew had worked around the clock"),
    ("said", "She", "the hull had been checked by divers"),
]
NOT_REPORTS["tanker_refloated"] = ["The Maria Holm was refloated on the morning tide on Thursday.", "Her cargo of 40,000 tonnes of diesel was pumped into a second tanker on Wednesday."]
SPEAKERS["tanker_refloated"] = [("said", "She", "Ingrid Sole", "the hull")]

ARTICLES["ferry_back"] = """Ferry back in service after refit

A spokeswoman for Norlink, Hanna Dahl, said the ferry had passed its safety checks.

The MV Anna Berg returned to the Hestra route on Monday after six weeks in dry dock.

The ship can carry 600 passengers and 180 cars.

She said passengers would notice the new lounges on the upper deck.
"""
GOLD["ferry_back"] = [
    ("said", "A spokeswoman for Norlink, Hanna Dahl", "the ferry had passed its safety checks"),
    ("said", "She", "passengers would notice the new lounges on the upper deck"),
]
NOT_REPORTS["ferry_back"] = ["The MV Anna Berg returned to the Hestra route on Monday after six weeks in dry dock.", "The ship can carry 600 passengers and 180 cars."]
SPEAKERS["ferry_back"] = [("said", "She", "Hanna Dahl", "passengers")]

ARTICLES["lifeboat_twice"] = """Lifeboat called out twice in one night

The lifeboat's coxswain, Ewan Rennie, said the crew had been called out twice in one night.

The yacht Lady Ellen lost her mast in a squall off Carrick Point.

He said the two sailors on board had been cold but unhurt.

Hours later the lifeboat went to the aid of the Isla Rose, a fishing boat with a rope around its propeller.

Mr Rennie said both boats had been towed into Carrick harbour.
"""
GOLD["lifeboat_twice"] = [
    ("said", "The lifeboat's coxswain, Ewan Rennie", "the crew had been called out twice in one night"),
    ("said", "He", "the two sailors on board had been cold but unhurt"),
    ("said", "Mr Rennie", "both boats had been towed into Carrick harbour"),
]
NOT_REPORTS["lifeboat_twice"] = ["The yacht Lady Ellen lost her mast in a squall off Carrick Point.", "Hours later the lifeboat went to the aid of the Isla Rose, a fishing boat with a rope around its propeller."]
SPEAKERS["lifeboat_twice"] = [("said", "He", "Ewan Rennie", "the two"), ("said", "Mr Rennie", "Ewan Rennie", "both boats")]
