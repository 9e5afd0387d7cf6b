# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty-two short articles written for the sixty-fourth session's check of defence and security news (helper C):
arms contracts and anonymous officials ('A defence official, speaking on condition of anonymity, said', 'Two people
familiar with the matter said', 'declined to comment'), exercises announced on a website ('said in a statement posted
on its website'), procurement overruns ('Documents seen by the Ledger show', 'The audit office found'), generals and
admirals before lawmakers and reporters ('told lawmakers', 'the admiral told reporters'), alliance meetings ('The
alliance's secretary-general warned'), leaks ('The leaked memo says'), missile tests ('Analysts believe'), cyber
attacks ('The government blamed a hacking group linked to X for Y', 'denied any involvement'), denials ('The army
denied that'), satellite images ('according to satellite images analysed by X'), veterans ('Veterans' groups say')
and speakers named again by role or pronoun across paragraphs ('The general', 'the admiral', 'The official', 'She').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included, but a participle phrase set off after the source's noun is left out of it): per article, (a word of the
cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS`` (equipment names and specifications, unit names, costs and figures stated by the writer, timelines
of an exercise, map and location descriptions, captions); (cue, source, speaker, the content's first words) in
``SPEAKERS``. The first twenty-six were written before any run, the next eight after the first, six after the
second and the last two after the mends. Every country, ministry, firm, base, name, figure and sentence is made up. Read by
``test_probe_findings_64_defence``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["jet_deal"] = """Varnia nears deal for 40 fighter jets

A defence official, speaking on condition of anonymity, said the contract for 40 Corvane F-9 jets could be signed by March.

The F-9 has a range of 2,200 kilometres and a top speed of Mach 1.8.

The deal is worth an estimated 6.4 billion crowns.

Two people familiar with the matter said the air force had pushed for a larger order.

Corvane declined to comment.
"""
GOLD["jet_deal"] = [
    ("said", "A defence official", "the contract for 40 Corvane F-9 jets could be signed by March"),
    ("said", "Two people familiar with the matter", "the air force had pushed for a larger order"),
    ("declined", "Corvane", "to comment"),
]
NOT_REPORTS["jet_deal"] = ["The F-9 has a range of 2,200 kilometres and a top speed of Mach 1.8.", "The deal is worth an estimated 6.4 billion crowns."]

ARTICLES["naval_drill"] = """Kessland launches its largest naval exercise in a decade

The defence ministry said in a statement posted on its website that 31 ships and 9,000 personnel would take part in the exercise.

The drills begin on Monday off the island of Tarrow and end on 14 June.

The second phase moves to the Brenna Strait, a 40-kilometre channel between Kessland and its northern neighbour.

Dravonia's foreign ministry said the drills were "a provocation aimed at our coast".

The frigate Resolute leaves Port Ellery on Sunday morning.
"""
GOLD["naval_drill"] = [
    ("said", "The defence ministry", "31 ships and 9,000 personnel would take part in the exercise"),
    ("said", "Dravonia's foreign ministry", "the drills were \"a provocation aimed at our coast\""),
]
NOT_REPORTS["naval_drill"] = ["The drills begin on Monday off the island of Tarrow and end on 14 June.", "The second phase moves to the Brenna Strait, a 40-kilometre channel between Kessland and its northern neighbour.", "The frigate Resolute leaves Port Ellery on Sunday morning."]

ARTICLES["bastion_overrun"] = """Armoured vehicle programme £1.2bn over budget

Documents seen by the Ledger show that the Bastion armoured vehicle programme is running £1.2bn over its budget.

The programme was meant to deliver 589 vehicles by 2025.

The audit office found that the ministry had changed the vehicle's specification 17 times after the contract was signed.

Each Bastion weighs 38 tonnes and carries a crew of three and eight soldiers.

The contractor, Halberd Dynamics, declined to comment.
"""
GOLD["bastion_overrun"] = [
    ("show", "Documents seen by the Ledger", "the Bastion armoured vehicle programme is running £1.2bn over its budget"),
    ("found", "The audit office", "the ministry had changed the vehicle's specification 17 times after the contract was signed"),
    ("declined", "The contractor, Halberd Dynamics", "to comment"),
]
NOT_REPORTS["bastion_overrun"] = ["The programme was meant to deliver 589 vehicles by 2025.", "Each Bastion weighs 38 tonnes and carries a crew of three and eight soldiers."]

ARTICLES["shell_shortage"] = """Army chief warns of shortage of artillery shells

General Ines Marlow, the chief of the army staff, told lawmakers on Tuesday that stocks of 155mm shells would last less than a month in a war.

The army's only shell factory, at Dunhallow, produces 3,000 rounds a month.

The general said a second factory was needed.

She said the army was short of 400 artillery crews.

The defence committee will publish its report in the autumn.
"""
GOLD["shell_shortage"] = [
    ("told", "General Ines Marlow, the chief of the army staff", "stocks of 155mm shells would last less than a month in a war"),
    ("said", "The general", "a second factory was needed"),
    ("said", "She", "the army was short of 400 artillery crews"),
]
NOT_REPORTS["shell_shortage"] = ["The army's only shell factory, at Dunhallow, produces 3,000 rounds a month.", "The defence committee will publish its report in the autumn."]
SPEAKERS["shell_shortage"] = [("said", "The general", "Ines Marlow", "a second"), ("said", "She", "Ines Marlow", "the army")]

ARTICLES["alliance_spending"] = """Alliance chief warns members on defence spending

The alliance's secretary-general, Piet Vandermeer, warned that nine members were still spending less than 2 per cent of their economic output on defence.

Defence ministers of the 24 member states meet in Lorsk on Thursday and Friday.

The secretary-general said the shortfall left the eastern flank exposed.

Varnia spends 1.4 per cent of its output on defence, the lowest share in the alliance.

Its defence minister, Oskar Brell, said the figure would rise to 2 per cent by 2028.
"""
GOLD["alliance_spending"] = [
    ("warned", "The alliance's secretary-general, Piet Vandermeer", "nine members were still spending less than 2 per cent of their economic output on defence"),
    ("said", "The secretary-general", "the shortfall left the eastern flank exposed"),
    ("said", "Its defence minister, Oskar Brell", "the figure would rise to 2 per cent by 2028"),
]
NOT_REPORTS["alliance_spending"] = ["Defence ministers of the 24 member states meet in Lorsk on Thursday and Friday.", "Varnia spends 1.4 per cent of its output on defence, the lowest share in the alliance."]
SPEAKERS["alliance_spending"] = [("said", "The secretary-general", "Piet Vandermeer", "the shortfall")]

ARTICLES["submarine_memo"] = """Navy knew of submarine faults, memo reveals

The leaked memo says that two of the navy's four submarines cannot dive below 100 metres.

It was written in March by the head of submarine maintenance at Gellick naval base.

The Orca-class boats entered service between 1998 and 2003.

The navy said the memo described problems that had since been fixed.

Opposition lawmakers said the defence minister had misled parliament.
"""
GOLD["submarine_memo"] = [
    ("says", "The leaked memo", "two of the navy's four submarines cannot dive below 100 metres"),
    ("said", "The navy", "the memo described problems that had since been fixed"),
    ("said", "Opposition lawmakers", "the defence minister had misled parliament"),
]
NOT_REPORTS["submarine_memo"] = ["It was written in March by the head of submarine maintenance at Gellick naval base.", "The Orca-class boats entered service between 1998 and 2003."]

ARTICLES["missile_test"] = """New missile test alarms neighbours

Dravonia test-fired a new medium-range missile from a site near Kettin on Saturday.

Analysts believe the missile could reach every capital in the region.

The missile flew 1,100 kilometres before falling into the sea.

Dravonia's state television said the test had been "a complete success".

Kettin lies 60 kilometres north of the border, in a valley of pine forest.
"""
GOLD["missile_test"] = [
    ("believe", "Analysts", "the missile could reach every capital in the region"),
    ("said", "Dravonia's state television", "the test had been \"a complete success\""),
]
NOT_REPORTS["missile_test"] = ["Dravonia test-fired a new medium-range missile from a site near Kettin on Saturday.", "The missile flew 1,100 kilometres before falling into the sea.", "Kettin lies 60 kilometres north of the border, in a valley of pine forest."]

ARTICLES["port_hack"] = """Government blames foreign hackers for attack on ports

The government blamed a hacking group linked to Dravonia's military intelligence for a cyber attack that shut down the country's three largest ports.

The attack began at 4am on Sunday and lasted 11 hours.

Dravonia's embassy denied any involvement.

The National Cyber Centre said the hackers had used a flaw in software that manages cargo bookings.

About 400 lorries were stuck outside the port of Selby Haven by Sunday evening.
"""
GOLD["port_hack"] = [
    ("blamed", "The government", "a hacking group linked to Dravonia's military intelligence for a cyber attack that shut down the country's three largest ports"),
    ("denied", "Dravonia's embassy", "any involvement"),
    ("said", "The National Cyber Centre", "the hackers had used a flaw in software that manages cargo bookings"),
]
NOT_REPORTS["port_hack"] = ["The attack began at 4am on Sunday and lasted 11 hours.", "About 400 lorries were stuck outside the port of Selby Haven by Sunday evening."]

ARTICLES["helicopter_crash"] = """Army denies cover-up of helicopter crash

The army denied that soldiers had been ordered to hide evidence of a helicopter crash near Fort Ashmere.

The Kestrel helicopter, which carries 12 troops, came down in a field on 3 May.

Two crew members were taken to hospital with minor injuries.

A former pilot, who served at the base for ten years, said such crashes were often kept quiet.
"""
GOLD["helicopter_crash"] = [
    ("denied", "The army", "soldiers had been ordered to hide evidence of a helicopter crash near Fort Ashmere"),
    ("said", "A former pilot, who served at the base for ten years", "such crashes were often kept quiet"),
]
NOT_REPORTS["helicopter_crash"] = ["The Kestrel helicopter, which carries 12 troops, came down in a field on 3 May.", "Two crew members were taken to hospital with minor injuries."]

ARTICLES["reef_runway"] = """Runway built on disputed reef

According to satellite images analysed by the Centre for Maritime Studies, a 3,000-metre runway has been built on Corran Reef.

Corran Reef sits 200 kilometres off Varnia's southern coast.

The reef was a sandbank of less than one hectare until 2019.

Dravonia's foreign ministry said the construction was for civilian purposes.
"""
GOLD["reef_runway"] = [
    ("According to", "satellite images analysed by the Centre for Maritime Studies", "a 3,000-metre runway has been built on Corran Reef"),
    ("said", "Dravonia's foreign ministry", "the construction was for civilian purposes"),
]
NOT_REPORTS["reef_runway"] = ["Corran Reef sits 200 kilometres off Varnia's southern coast.", "The reef was a sandbank of less than one hectare until 2019."]

ARTICLES["pension_promise"] = """Veterans' groups say pension changes break a promise

Veterans' groups say changes to military pensions will leave 30,000 former soldiers worse off.

Under the new rules, the pension age for soldiers who joined after 2010 rises from 55 to 60.

Colonel Dana Ruiz, who retired in 2019 after 26 years in the army, said the government had broken a promise made to every recruit.

"We signed up on one set of terms," she said.

The Ministry of Defence said the changes would save 400 million crowns a year.
"""
GOLD["pension_promise"] = [
    ("say", "Veterans' groups", "changes to military pensions will leave 30,000 former soldiers worse off"),
    ("said", "Colonel Dana Ruiz, who retired in 2019 after 26 years in the army", "the government had broken a promise made to every recruit"),
    ("said", "she", "We signed up on one set of terms"),
    ("said", "The Ministry of Defence", "the changes would save 400 million crowns a year"),
]
NOT_REPORTS["pension_promise"] = ["Under the new rules, the pension age for soldiers who joined after 2010 rises from 55 to 60."]
SPEAKERS["pension_promise"] = [("said", "she", "Dana Ruiz", "We signed")]

ARTICLES["carrier_costs"] = """Admiral defends carrier as costs climb

Admiral Tomas Verhoek, the head of the navy, said the new aircraft carrier was worth every crown.

The carrier, named Sovereign, displaces 65,000 tonnes and carries up to 36 jets.

Its cost has risen from 3.1 billion to 4.7 billion crowns since 2016.

"Without it, we are a coastal navy," the admiral told reporters at Port Ellery.

Critics say the money would be better spent on submarines and drones.
"""
GOLD["carrier_costs"] = [
    ("said", "Admiral Tomas Verhoek, the head of the navy", "the new aircraft carrier was worth every crown"),
    ("told", "the admiral", "Without it, we are a coastal navy"),
    ("say", "Critics", "the money would be better spent on submarines and drones"),
]
NOT_REPORTS["carrier_costs"] = ["The carrier, named Sovereign, displaces 65,000 tonnes and carries up to 36 jets.", "Its cost has risen from 3.1 billion to 4.7 billion crowns since 2016."]
SPEAKERS["carrier_costs"] = [("told", "the admiral", "Tomas Verhoek", "Without")]

ARTICLES["radar_delay"] = """Coastal radar network two years late

Marta Quist, a senior official at the procurement agency, said the coastal radar network would be finished two years late.

The network of 14 radar stations stretches from Cape Harl to the Selve estuary.

The official said the delay was caused by a shortage of specialist engineers.

She added that the cost would not rise.

Each station has a 30-metre mast and a backup generator.
"""
GOLD["radar_delay"] = [
    ("said", "Marta Quist, a senior official at the procurement agency", "the coastal radar network would be finished two years late"),
    ("said", "The official", "the delay was caused by a shortage of specialist engineers"),
    ("added", "She", "the cost would not rise"),
]
NOT_REPORTS["radar_delay"] = ["The network of 14 radar stations stretches from Cape Harl to the Selve estuary.", "Each station has a 30-metre mast and a backup generator."]
SPEAKERS["radar_delay"] = [("said", "The official", "Marta Quist", "the delay"), ("added", "She", "Marta Quist", "the cost")]

ARTICLES["recruits"] = """Army misses recruitment target for fifth year

The army recruited 6,200 soldiers last year against a target of 9,000.

Officers say young people are put off by long waits for medical checks.

The recruitment contract is run by Alder Staffing, a private firm.

Alder Staffing said in a statement that applications had risen by 12 per cent this year.

A spokesman for the army said it was working with the firm to speed up checks.
"""
GOLD["recruits"] = [
    ("say", "Officers", "young people are put off by long waits for medical checks"),
    ("said", "Alder Staffing", "applications had risen by 12 per cent this year"),
    ("said", "A spokesman for the army", "it was working with the firm to speed up checks"),
]
NOT_REPORTS["recruits"] = ["The army recruited 6,200 soldiers last year against a target of 9,000.", "The recruitment contract is run by Alder Staffing, a private firm."]

ARTICLES["frost_anvil"] = """Tank crews head north for winter drills

Exercise Frost Anvil begins on 12 January at the Harnby training area.

About 2,400 soldiers from the 3rd Armoured Brigade will take part.

Live firing runs from 15 to 19 January, followed by a river crossing at Low Fenn.

The brigade's commander, Brigadier Lena Holt, said the drills would test how crews cope with temperatures of minus 25C.

Residents of Harnby said the noise of previous exercises had kept them awake at night.
"""
GOLD["frost_anvil"] = [
    ("said", "The brigade's commander, Brigadier Lena Holt", "the drills would test how crews cope with temperatures of minus 25C"),
    ("said", "Residents of Harnby", "the noise of previous exercises had kept them awake at night"),
]
NOT_REPORTS["frost_anvil"] = ["Exercise Frost Anvil begins on 12 January at the Harnby training area.", "About 2,400 soldiers from the 3rd Armoured Brigade will take part.", "Live firing runs from 15 to 19 January, followed by a river crossing at Low Fenn."]

ARTICLES["leaked_files"] = """Engineer charged over leaked jet files

A 29-year-old engineer at Corvane Systems has been charged with leaking classified documents about the F-9 jet.

Prosecutors say he copied 700 files onto a personal hard drive.

His lawyer said he would plead not guilty.

The files include maintenance manuals and radar test results.

Corvane said it was cooperating fully with the investigation.
"""
GOLD["leaked_files"] = [
    ("say", "Prosecutors", "he copied 700 files onto a personal hard drive"),
    ("said", "His lawyer", "he would plead not guilty"),
    ("said", "Corvane", "it was cooperating fully with the investigation"),
]
NOT_REPORTS["leaked_files"] = ["A 29-year-old engineer at Corvane Systems has been charged with leaking classified documents about the F-9 jet.", "The files include maintenance manuals and radar test results."]

ARTICLES["air_fund"] = """Alliance sets up air-defence fund

The fund of 5 billion euros will buy missiles and radars for eight eastern members.

Ostrelia's defence minister, Carla Benn, said the fund was "long overdue".

Two diplomats familiar with the talks said Kessland had tried to cap its share at 10 per cent.

The meeting was held at the alliance's headquarters in Lorsk.

Kessland's delegation declined to comment on the talks.
"""
GOLD["air_fund"] = [
    ("said", "Ostrelia's defence minister, Carla Benn", "the fund was \"long overdue\""),
    ("said", "Two diplomats familiar with the talks", "Kessland had tried to cap its share at 10 per cent"),
    ("declined", "Kessland's delegation", "the talks"),
]
NOT_REPORTS["air_fund"] = ["The fund of 5 billion euros will buy missiles and radars for eight eastern members.", "The meeting was held at the alliance's headquarters in Lorsk."]

ARTICLES["drone_contract"] = """Drone maker wins 800m contract

Skylark Aero will supply 1,200 reconnaissance drones to the Varnian army under a contract worth 800 million crowns.

The Skylark S4 weighs 7 kilograms and can fly for three hours.

The company's chief executive, Ravi Mehra, said production would start at its Dellby plant in the spring.

He said the contract would create 350 jobs.

A rival bidder, Kestrel Unmanned, said it would challenge the award in court.
"""
GOLD["drone_contract"] = [
    ("said", "The company's chief executive, Ravi Mehra", "production would start at its Dellby plant in the spring"),
    ("said", "He", "the contract would create 350 jobs"),
    ("said", "A rival bidder, Kestrel Unmanned", "it would challenge the award in court"),
]
NOT_REPORTS["drone_contract"] = ["Skylark Aero will supply 1,200 reconnaissance drones to the Varnian army under a contract worth 800 million crowns.", "The Skylark S4 weighs 7 kilograms and can fly for three hours."]
SPEAKERS["drone_contract"] = [("said", "He", "Ravi Mehra", "the contract")]

ARTICLES["base_closure"] = """Air base to close with loss of 1,100 jobs

Marrow Air Base will close in 2027, the Ministry of Defence confirmed.

The base, on the edge of the Fells, has been home to two fighter squadrons since 1952.

Local councillors said the closure would devastate the town.

The mayor of Marrow, Ellen Frey, said she would ask the minister to reconsider.

Its runway will be handed to a civilian airport operator.
"""
GOLD["base_closure"] = [
    ("confirmed", "the Ministry of Defence", "Marrow Air Base will close in 2027"),
    ("said", "Local councillors", "the closure would devastate the town"),
    ("said", "The mayor of Marrow, Ellen Frey", "she would ask the minister to reconsider"),
]
NOT_REPORTS["base_closure"] = ["The base, on the edge of the Fells, has been home to two fighter squadrons since 1952.", "Its runway will be handed to a civilian airport operator."]

ARTICLES["cable_threat"] = """Spy agency warns of threat to undersea cables

A report by the Security Intelligence Service warns that foreign agents have mapped undersea cables in the Brenna Strait.

It says two cable-laying ships were seen loitering over the cables last year.

The strait carries eleven data and power cables.

The service's director, Hugo Lindqvist, told a committee of parliament that the threat was "growing every month".
"""
GOLD["cable_threat"] = [
    ("warns", "A report by the Security Intelligence Service", "foreign agents have mapped undersea cables in the Brenna Strait"),
    ("says", "It", "two cable-laying ships were seen loitering over the cables last year"),
    ("told", "The service's director, Hugo Lindqvist", "the threat was \"growing every month\""),
]
NOT_REPORTS["cable_threat"] = ["The strait carries eleven data and power cables."]

ARTICLES["rifle_trials"] = """Army to buy foreign rifles after local design fails

A senior army official said the service would buy 60,000 rifles from abroad after trials of a locally made design were abandoned.

The Tessel rifle jammed in 14 of 40 trials in cold weather.

The official, who was not authorised to speak publicly, said the decision had been taken by the chief of staff.

Tessel Arms said its rifle had passed every test set out in the contract.
"""
GOLD["rifle_trials"] = [
    ("said", "A senior army official", "the service would buy 60,000 rifles from abroad after trials of a locally made design were abandoned"),
    ("said", "The official, who was not authorised to speak publicly", "the decision had been taken by the chief of staff"),
    ("said", "Tessel Arms", "its rifle had passed every test set out in the contract"),
]
NOT_REPORTS["rifle_trials"] = ["The Tessel rifle jammed in 14 of 40 trials in cold weather."]
SPEAKERS["rifle_trials"] = [("said", "The official, who was not authorised to speak publicly", "senior army official", "the decision")]

ARTICLES["shipyard_hack"] = """Patrol boat builder hit by ransomware

Halvard Marine, which builds patrol boats for the navy, said hackers had stolen data from its design office.

The firm's shipyard at Kelso Point employs 2,300 people.

Security researchers at Norvale Labs said the attack bore the hallmarks of a criminal gang based in Dravonia.

The navy said no classified material had been taken.
"""
GOLD["shipyard_hack"] = [
    ("said", "Halvard Marine, which builds patrol boats for the navy", "hackers had stolen data from its design office"),
    ("said", "Security researchers at Norvale Labs", "the attack bore the hallmarks of a criminal gang based in Dravonia"),
    ("said", "The navy", "no classified material had been taken"),
]
NOT_REPORTS["shipyard_hack"] = ["The firm's shipyard at Kelso Point employs 2,300 people."]

ARTICLES["burn_pits"] = """Veterans blame lung disease on burn pits

A veterans' charity, Forward March, said 340 former soldiers who served at Camp Orrin had developed lung disease.

Camp Orrin was a desert base used by Varnian troops from 2004 to 2011.

Waste, including plastics and batteries, was burned in open pits.

Sergeant Mikel Dunn, 44, said he had been coughing since he came home.

"Nobody told us what was in the smoke," he said.

The ministry said it would review the charity's findings.
"""
GOLD["burn_pits"] = [
    ("said", "A veterans' charity, Forward March", "340 former soldiers who served at Camp Orrin had developed lung disease"),
    ("said", "Sergeant Mikel Dunn, 44", "he had been coughing since he came home"),
    ("said", "he", "Nobody told us what was in the smoke"),
    ("said", "The ministry", "it would review the charity's findings"),
]
NOT_REPORTS["burn_pits"] = ["Camp Orrin was a desert base used by Varnian troops from 2004 to 2011.", "Waste, including plastics and batteries, was burned in open pits."]
SPEAKERS["burn_pits"] = [("said", "he", "Mikel Dunn", "Nobody")]

ARTICLES["spy_ship"] = """Frigate shadows foreign spy ship

The frigate Valiant shadowed a Dravonian intelligence ship through the Brenna Strait on Tuesday, the navy said.

The Yastreb-class ship carries antennas for intercepting radio traffic.

The Dravonian ship Admiral Kort, seen from the deck of the Valiant.

Commander Ana Sorell, the Valiant's captain, said the ship had stayed in international waters.

She said her crew had followed it for 19 hours.
"""
GOLD["spy_ship"] = [
    ("said", "the navy", "The frigate Valiant shadowed a Dravonian intelligence ship through the Brenna Strait on Tuesday"),
    ("said", "Commander Ana Sorell, the Valiant's captain", "the ship had stayed in international waters"),
    ("said", "She", "her crew had followed it for 19 hours"),
]
NOT_REPORTS["spy_ship"] = ["The Yastreb-class ship carries antennas for intercepting radio traffic.", "The Dravonian ship Admiral Kort, seen from the deck of the Valiant."]
SPEAKERS["spy_ship"] = [("said", "She", "Ana Sorell", "her crew")]

ARTICLES["fuel_depot"] = """Fuel depot contract to be reviewed

Johan Brask, a senior official at the defence ministry, said the contract for a new fuel depot at Fort Ashmere would be reviewed.

The depot was to hold 40 million litres of jet fuel.

The official said the winning bid had been 30 per cent above the ministry's estimate.

The contractor, Brandt Civil, said its price reflected the cost of steel.
"""
GOLD["fuel_depot"] = [
    ("said", "Johan Brask, a senior official at the defence ministry", "the contract for a new fuel depot at Fort Ashmere would be reviewed"),
    ("said", "The official", "the winning bid had been 30 per cent above the ministry's estimate"),
    ("said", "The contractor, Brandt Civil", "its price reflected the cost of steel"),
]
NOT_REPORTS["fuel_depot"] = ["The depot was to hold 40 million litres of jet fuel."]
SPEAKERS["fuel_depot"] = [("said", "The official", "Johan Brask", "the winning")]

ARTICLES["navy_day"] = """Thousands line streets for Navy Day parade

The 1st Marine Commando, the 4th Signal Regiment and the band of the Ostrelian Air Corps led the parade.

Eleven warships were anchored in the bay, dressed overall with flags.

The parade route runs 3 kilometres from Harbour Square to the naval cemetery.

Prime Minister Aldo Ferrant said the navy had kept the country's sea lanes open for a century.

Sailors of the frigate Dauntless march past the saluting base.
"""
GOLD["navy_day"] = [
    ("said", "Prime Minister Aldo Ferrant", "the navy had kept the country's sea lanes open for a century"),
]
NOT_REPORTS["navy_day"] = ["The 1st Marine Commando, the 4th Signal Regiment and the band of the Ostrelian Air Corps led the parade.", "Eleven warships were anchored in the bay, dressed overall with flags.", "The parade route runs 3 kilometres from Harbour Square to the naval cemetery.", "Sailors of the frigate Dauntless march past the saluting base."]

# Written after the first run (73 of 73 reports, 52 of 52 lines, 11 of 11 speakers), in harder shapes: statements
# opened by 'In a statement', quotations split around their cue, 'Asked whether', social media posts, estimates of
# institutes, assessments of intelligence services, testimony, people close to a minister, officials of a place.

ARTICLES["frigate_delay"] = """Frigate programme slips again

In a statement, the Naval Procurement Agency said the first of six Harrier-class frigates would now be delivered in 2031.

"We underestimated the complexity of the combat system," the agency's director, Ruth Callan, said. "That is on us."

Asked whether the programme would need more money, Ms Callan said she could not rule it out.

The frigates are being built at the Ardmore yard on the Tessel river.

The yard's owner, Brennan Marine, did not respond to requests for comment.
"""
GOLD["frigate_delay"] = [
    ("said", "the Naval Procurement Agency", "the first of six Harrier-class frigates would now be delivered in 2031"),
    ("said", "the agency's director, Ruth Callan", "We underestimated the complexity of the combat system"),
    ("said", "Ms Callan", "she could not rule it out"),
]
NOT_REPORTS["frigate_delay"] = ["The frigates are being built at the Ardmore yard on the Tessel river."]
SPEAKERS["frigate_delay"] = [("said", "Ms Callan", "Ruth Callan", "she could")]

ARTICLES["minister_post"] = """Minister says troops will stay in Lisk

Defence Minister Pavel Orsk wrote on social media that the 600 troops stationed in Lisk would remain there until the end of next year.

The contingent, drawn from the 2nd Mountain Regiment, has been in Lisk since 2021.

People close to the minister said he had resisted pressure from the finance ministry to bring them home early.

The opposition accused the government of keeping soldiers abroad without a vote in parliament.

Lisk is a landlocked province of about 900,000 people bordering Dravonia.
"""
GOLD["minister_post"] = [
    ("wrote", "Defence Minister Pavel Orsk", "the 600 troops stationed in Lisk would remain there until the end of next year"),
    ("said", "People close to the minister", "he had resisted pressure from the finance ministry to bring them home early"),
    ("accused", "The opposition", "the government of keeping soldiers abroad without a vote in parliament"),
]
NOT_REPORTS["minister_post"] = ["The contingent, drawn from the 2nd Mountain Regiment, has been in Lisk since 2021.", "Lisk is a landlocked province of about 900,000 people bordering Dravonia."]

ARTICLES["arms_exports"] = """Arms exports hit record

Arms exports rose to 9.2 billion crowns last year, according to figures published by the trade ministry.

The Institute for Security Research estimates that a third of the weapons went to countries in conflict.

Campaigners argue that the export rules are too weak.

The largest single sale was of 80 Bastion vehicles to Ostrelia.

The trade ministry insisted that every licence had been checked against the law.
"""
GOLD["arms_exports"] = [
    ("according to", "figures published by the trade ministry", "Arms exports rose to 9.2 billion crowns last year"),
    ("estimates", "The Institute for Security Research", "a third of the weapons went to countries in conflict"),
    ("argue", "Campaigners", "the export rules are too weak"),
    ("insisted", "The trade ministry", "every licence had been checked against the law"),
]
NOT_REPORTS["arms_exports"] = ["The largest single sale was of 80 Bastion vehicles to Ostrelia."]

ARTICLES["intel_assessment"] = """Spy chiefs say Dravonia behind satellite jamming

An assessment by the Joint Intelligence Committee concluded that Dravonia was almost certainly behind the jamming of navigation signals over the Brenna Strait.

Pilots have reported losing satellite navigation on about 1,400 flights since April.

Dravonian officials have repeatedly rejected the accusation.

Western diplomats in the Dravonian capital say the jamming is meant to test how quickly the alliance responds.

The strait's airspace is used by about 600 flights a day.
"""
GOLD["intel_assessment"] = [
    ("concluded", "An assessment by the Joint Intelligence Committee", "Dravonia was almost certainly behind the jamming of navigation signals over the Brenna Strait"),
    ("reported", "Pilots", "losing satellite navigation on about 1,400 flights since April"),
    ("rejected", "Dravonian officials", "the accusation"),
    ("say", "Western diplomats in the Dravonian capital", "the jamming is meant to test how quickly the alliance responds"),
]
NOT_REPORTS["intel_assessment"] = ["The strait's airspace is used by about 600 flights a day."]

ARTICLES["testimony"] = """General admits training flights were cut

In testimony to the defence committee, Air Marshal Kofi Adjei said pilots were flying 40 per cent fewer training hours than five years ago.

The air marshal blamed a shortage of spare parts for the Kite trainer jet.

"Some of our young pilots fly twice a month," he said, "and that is not enough."

The Kite entered service in 1994 and is due to be replaced in 2030.

A committee member, Sara Lund, said the figures were "frankly alarming".
"""
GOLD["testimony"] = [
    ("said", "Air Marshal Kofi Adjei", "pilots were flying 40 per cent fewer training hours than five years ago"),
    ("blamed", "The air marshal", "a shortage of spare parts for the Kite trainer jet"),
    ("said", "he", "Some of our young pilots fly twice a month"),
    ("said", "A committee member, Sara Lund", "the figures were \"frankly alarming\""),
]
NOT_REPORTS["testimony"] = ["The Kite entered service in 1994 and is due to be replaced in 2030."]
SPEAKERS["testimony"] = [("said", "he", "Kofi Adjei", "Some of")]

ARTICLES["hack_claim"] = """Hackers publish soldiers' personal details

A group calling itself Black Lantern claimed responsibility for the theft of the records of 12,000 soldiers.

The records were posted on a forum on Thursday night and include home addresses and blood types.

Officials at the defence ministry acknowledged that the data had come from a contractor's server.

The ministry's chief information officer, Leo Sandvik, told the Post that soldiers whose details were taken would be contacted this week.

The contractor, Oaktree Data, said it had closed the gap that the hackers used.
"""
GOLD["hack_claim"] = [
    ("acknowledged", "Officials at the defence ministry", "the data had come from a contractor's server"),
    ("told", "The ministry's chief information officer, Leo Sandvik", "soldiers whose details were taken would be contacted this week"),
    ("said", "The contractor, Oaktree Data", "it had closed the gap that the hackers used"),
]
NOT_REPORTS["hack_claim"] = ["The records were posted on a forum on Thursday night and include home addresses and blood types."]

ARTICLES["border_incident"] = """Drone downed near border

An unidentified drone was shot down over the village of Harsk late on Saturday, the border guard said on Sunday.

Harsk is about four kilometres from the border with Dravonia.

Villagers told local television they heard two loud bangs shortly before midnight.

A border guard spokeswoman, Captain Irena Vol, said the wreckage had been sent for examination.

The captain said it was too early to say where the drone had come from.
"""
GOLD["border_incident"] = [
    ("said", "the border guard", "An unidentified drone was shot down over the village of Harsk late on Saturday"),
    ("told", "Villagers", "they heard two loud bangs shortly before midnight"),
    ("said", "A border guard spokeswoman, Captain Irena Vol", "the wreckage had been sent for examination"),
    ("said", "The captain", "it was too early to say where the drone had come from"),
]
NOT_REPORTS["border_incident"] = ["Harsk is about four kilometres from the border with Dravonia."]
SPEAKERS["border_incident"] = [("said", "The captain", "Irena Vol", "it was")]

ARTICLES["sergeant_bullying"] = """Report finds bullying at training depot

An internal review found that recruits at the Catterby training depot had been routinely bullied by instructors.

The review, ordered by the head of the army last year, interviewed 310 recruits.

It recommends that every instructor be vetted again.

The army's head of training, Major General Paul Steen, said he accepted all 22 of the review's recommendations.

Catterby trains about 4,000 recruits a year in a 14-week course.
"""
GOLD["sergeant_bullying"] = [
    ("found", "An internal review", "recruits at the Catterby training depot had been routinely bullied by instructors"),
    ("recommends", "It", "every instructor be vetted again"),
    ("said", "The army's head of training, Major General Paul Steen", "he accepted all 22 of the review's recommendations"),
]
NOT_REPORTS["sergeant_bullying"] = ["The review, ordered by the head of the army last year, interviewed 310 recruits.", "Catterby trains about 4,000 recruits a year in a 14-week course."]

# Written after the second run, in more of the shapes of defence reporting: readouts of calls, briefings by a
# ministry's spokesman, documents described by a relative clause, annexes reviewed by a paper, 'called on',
# 'expressed concern', 'described X as', 'has long maintained', 'disputes', 'Speaking at X, Y said', people briefed
# on plans and commanders quoted after their words.

ARTICLES["readout"] = """Ministers discuss air defences in call

Defence ministers Oskar Brell and Carla Benn discussed the supply of air-defence missiles in a call on Monday, according to a readout released by the Varnian ministry.

The ministry's spokesman, Colonel Ivo Rask, told reporters at a briefing that the first missiles would arrive within weeks.

The Oryx missile has a range of 40 kilometres.

A second official confirmed the account.
"""
GOLD["readout"] = [
    ("according to", "a readout released by the Varnian ministry", "Defence ministers Oskar Brell and Carla Benn discussed the supply of air-defence missiles in a call on Monday"),
    ("told", "The ministry's spokesman, Colonel Ivo Rask", "the first missiles would arrive within weeks"),
    ("confirmed", "A second official", "the account"),
]
NOT_REPORTS["readout"] = ["The Oryx missile has a range of 40 kilometres."]

ARTICLES["secret_annex"] = """Secret annex warns of ammunition gaps

The documents, which were marked secret, show that the army has enough anti-tank missiles for only nine days of fighting.

A classified annex to the defence review, reviewed by the Ledger, says the navy could keep only two ships at sea in a crisis.

The ministry described the reports as "speculation based on old figures".

The defence review was published in April and runs to 240 pages.
"""
GOLD["secret_annex"] = [
    ("show", "The documents, which were marked secret", "the army has enough anti-tank missiles for only nine days of fighting"),
    ("says", "A classified annex to the defence review, reviewed by the Ledger", "the navy could keep only two ships at sea in a crisis"),
    ("described", "The ministry", "the reports as \"speculation based on old figures\""),
]
NOT_REPORTS["secret_annex"] = ["The defence review was published in April and runs to 240 pages."]

ARTICLES["alliance_call"] = """Alliance urges members to send more troops east

The alliance's secretary-general, Piet Vandermeer, called on members to send another 5,000 troops to the eastern border.

Speaking at a conference in Lorsk, he said the alliance "cannot afford to wait for the next crisis".

Kessland has long maintained that its troops are needed at home.

Intelligence officials fear that Dravonia is moving armour towards the border.

The border runs for 900 kilometres through forest and marsh.
"""
GOLD["alliance_call"] = [
    ("called on", "The alliance's secretary-general, Piet Vandermeer", "members to send another 5,000 troops to the eastern border"),
    ("said", "he", "the alliance \"cannot afford to wait for the next crisis\""),
    ("maintained", "Kessland", "its troops are needed at home"),
    ("fear", "Intelligence officials", "Dravonia is moving armour towards the border"),
]
NOT_REPORTS["alliance_call"] = ["The border runs for 900 kilometres through forest and marsh."]
SPEAKERS["alliance_call"] = [("said", "he", "Piet Vandermeer", "the alliance")]

ARTICLES["audit_dispute"] = """Contractor disputes audit of tank upgrade

Halberd Dynamics disputes the audit office's finding that it was overpaid by 210 million crowns.

In an interview, its chief executive, Nils Arvid, said the audit had ignored changes ordered by the army.

The upgrade fits 120 Ranger tanks with new engines and thermal sights.

According to a person briefed on the talks, the ministry is seeking to recover the money.

Lawmakers expressed concern that the programme had been left without an independent review.
"""
GOLD["audit_dispute"] = [
    ("disputes", "Halberd Dynamics", "the audit office's finding that it was overpaid by 210 million crowns"),
    ("said", "its chief executive, Nils Arvid", "the audit had ignored changes ordered by the army"),
    ("According to", "a person briefed on the talks", "the ministry is seeking to recover the money"),
    ("expressed concern", "Lawmakers", "the programme had been left without an independent review"),
]
NOT_REPORTS["audit_dispute"] = ["The upgrade fits 120 Ranger tanks with new engines and thermal sights."]

ARTICLES["battalion_ready"] = """Battalion ready to deploy, says commander

The 2nd Battalion of the Highland Rifles is based at Camp Dorr, 30 kilometres east of the capital.

"We can be on the move within 48 hours," said Lieutenant Colonel Marek Ilves, who commands the battalion.

Its 650 soldiers returned from a six-month tour in Lisk in March.

Military analysts said the order appeared designed to reassure Ostrelia.

Soldiers of the Highland Rifles load a truck at Camp Dorr on Tuesday.
"""
GOLD["battalion_ready"] = [
    ("said", "Lieutenant Colonel Marek Ilves, who commands the battalion", "We can be on the move within 48 hours"),
    ("said", "Military analysts", "the order appeared designed to reassure Ostrelia"),
]
NOT_REPORTS["battalion_ready"] = ["The 2nd Battalion of the Highland Rifles is based at Camp Dorr, 30 kilometres east of the capital.", "Its 650 soldiers returned from a six-month tour in Lisk in March.", "Soldiers of the Highland Rifles load a truck at Camp Dorr on Tuesday."]

ARTICLES["vice_admiral"] = """Fleet commander warns of ageing ships

Vice Admiral Nora Pike, who commands the fleet, told lawmakers that half of its ships were more than 30 years old.

The fleet has 42 ships, among them 11 frigates and four submarines.

The admiral said maintenance now took up a third of the navy's budget.

She said two frigates would be retired next year.
"""
GOLD["vice_admiral"] = [
    ("told", "Vice Admiral Nora Pike, who commands the fleet", "half of its ships were more than 30 years old"),
    ("said", "The admiral", "maintenance now took up a third of the navy's budget"),
    ("said", "She", "two frigates would be retired next year"),
]
NOT_REPORTS["vice_admiral"] = ["The fleet has 42 ships, among them 11 frigates and four submarines."]
SPEAKERS["vice_admiral"] = [("said", "The admiral", "Nora Pike", "maintenance"), ("said", "She", "Nora Pike", "two frigates")]

# Written after the mends, to probe the mended shapes in other words: ranks of forces named again by their bare
# rank ('Rear Admiral X ... the admiral', 'Commodore X ... the commodore') and a rank the NER read as a body.

ARTICLES["port_visit"] = """Foreign warships visit Port Ellery

In a briefing to the defence committee, Rear Admiral Jens Ulf said three Ostrelian warships would dock at Port Ellery next week.

The ships will stay for five days and open their decks to visitors on Saturday.

The admiral said the visit would show that the two navies could work together.

Commodore Alicia Moreno, who commands the Ostrelian squadron, said her crews were looking forward to the visit.

The commodore said the squadron would then sail to the Brenna Strait.
"""
GOLD["port_visit"] = [
    ("said", "Rear Admiral Jens Ulf", "three Ostrelian warships would dock at Port Ellery next week"),
    ("said", "The admiral", "the visit would show that the two navies could work together"),
    ("said", "Commodore Alicia Moreno, who commands the Ostrelian squadron", "her crews were looking forward to the visit"),
    ("said", "The commodore", "the squadron would then sail to the Brenna Strait"),
]
NOT_REPORTS["port_visit"] = ["The ships will stay for five days and open their decks to visitors on Saturday."]
SPEAKERS["port_visit"] = [("said", "The admiral", "Jens Ulf", "the visit"), ("said", "The commodore", "Alicia Moreno", "the squadron")]

ARTICLES["tanker_order"] = """Air force to lease four tanker aircraft

At a hearing in parliament, Air Marshal Priya Nandakumar said the air force would lease four tanker aircraft until its own fleet was repaired.

The lease will cost 90 million crowns a year.

The air marshal said two of the service's three tankers had been grounded since March.

"We cannot refuel our own jets on a long mission," she said.
"""
GOLD["tanker_order"] = [
    ("said", "Air Marshal Priya Nandakumar", "the air force would lease four tanker aircraft until its own fleet was repaired"),
    ("said", "The air marshal", "two of the service's three tankers had been grounded since March"),
    ("said", "she", "We cannot refuel our own jets on a long mission"),
]
NOT_REPORTS["tanker_order"] = ["The lease will cost 90 million crowns a year."]
SPEAKERS["tanker_order"] = [("said", "The air marshal", "Priya Nandakumar", "two of"), ("said", "she", "Priya Nandakumar", "We cannot")]
