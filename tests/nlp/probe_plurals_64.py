# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five short articles written for the sixty-fourth session's check of plural and group speakers (helper Q):
a couple ('The couple said in a statement', 'In a statement, the couple said'), two people named and then 'They',
'The pair', 'Both men', 'The two women, X and Y', 'Mr X and Ms Y said', a family ('The family said'), parents ('His
parents told'), residents, researchers, a union's members, brothers, twins, a festival's organisers, a residents'
association named again by 'They', the victims' families, a singer's lawyers, and traps: 'They' after a company, a
person and a group reporting in one sentence, 'We' inside a quotation.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included): per article,
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing
in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``, the speaker of a pair the two
full names joined by 'and' as the project writes them ('Ana Ruiz and Tom Ruiz' for 'Ana and Tom Ruiz'), of a body
its full name. Every name, place, body, figure and sentence is made up. Read by
``test_probe_findings_64_plurals``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["bakery_couple"] = """Fenn Street bakery to close after 17 years

Ana and Tom Ruiz opened their bakery on Fenn Street in 2009.

The couple said in a statement that they would close the shop at the end of June.

They said rising flour prices had made the business impossible to run.

The bakery employs six people.
"""
GOLD["bakery_couple"] = [
    ("said", "The couple", "they would close the shop at the end of June"),
    ("said", "They", "rising flour prices had made the business impossible to run"),
]
NOT_REPORTS["bakery_couple"] = ["Ana and Tom Ruiz opened their bakery on Fenn Street in 2009.", "The bakery employs six people."]
SPEAKERS["bakery_couple"] = [
    ("said", "The couple", "Ana Ruiz and Tom Ruiz", "they would"),
    ("said", "They", "Ana Ruiz and Tom Ruiz", "rising flour"),
]

ARTICLES["ward_award"] = """Nurses share regional care award

Priya Dasgupta and Leo Marsh, both nurses at Hallam General Hospital, won the regional care award on Friday.

They said the prize belonged to the whole ward.

Ms Dasgupta said the team had worked through three winters of staff shortages.

The award was first given in 2001.
"""
GOLD["ward_award"] = [
    ("said", "They", "the prize belonged to the whole ward"),
    ("said", "Ms Dasgupta", "the team had worked through three winters of staff shortages"),
]
NOT_REPORTS["ward_award"] = ["Priya Dasgupta and Leo Marsh, both nurses at Hallam General Hospital, won the regional care award on Friday.", "The award was first given in 2001."]
SPEAKERS["ward_award"] = [
    ("said", "They", "Priya Dasgupta and Leo Marsh", "the prize"),
    ("said", "Ms Dasgupta", "Priya Dasgupta", "the team"),
]

ARTICLES["flood_family"] = """Flooded family still waiting for a home

The Okonjo family lost their home in the floods in March.

The family said they had been living in a caravan since then.

Brennock Council has offered them a flat from next month.

The river burst its banks after nine days of rain.
"""
GOLD["flood_family"] = [
    ("said", "The family", "they had been living in a caravan since then"),
]
NOT_REPORTS["flood_family"] = ["The Okonjo family lost their home in the floods in March.", "Brennock Council has offered them a flat from next month.", "The river burst its banks after nine days of rain."]

ARTICLES["wall_parents"] = """Parents say school ignored warnings about wall

Jamie Corr, 17, was hurt when a wall collapsed at Linmore Academy last week.

His parents told the Westbrook Courier that the school had ignored warnings about the wall.

The academy said the wall had passed an inspection in May.

Linmore Academy has 1,100 pupils.
"""
GOLD["wall_parents"] = [
    ("told", "His parents", "the school had ignored warnings about the wall"),
    ("said", "The academy", "the wall had passed an inspection in May"),
]
NOT_REPORTS["wall_parents"] = ["Jamie Corr, 17, was hurt when a wall collapsed at Linmore Academy last week.", "Linmore Academy has 1,100 pupils."]

ARTICLES["climbers_pair"] = """Climbers rescued from Carn Dubh in fog

Two climbers, Sven Adler and Rosa Quint, were rescued from Carn Dubh on Sunday.

The pair said they had been caught out by fog near the summit.

Mountain rescue teams spent six hours on the search.

Carn Dubh rises to 1,040 metres.
"""
GOLD["climbers_pair"] = [
    ("said", "The pair", "they had been caught out by fog near the summit"),
]
NOT_REPORTS["climbers_pair"] = ["Two climbers, Sven Adler and Rosa Quint, were rescued from Carn Dubh on Sunday.", "Mountain rescue teams spent six hours on the search.", "Carn Dubh rises to 1,040 metres."]
SPEAKERS["climbers_pair"] = [("said", "The pair", "Sven Adler and Rosa Quint", "they had")]

ARTICLES["fraud_cleared"] = """Two men cleared of bank fraud

Kofi Mensah and Daniel Fry were cleared of fraud at Castlebury Crown Court on Thursday.

Both men said they would sue the bank that had reported them.

The trial lasted eleven weeks.
"""
GOLD["fraud_cleared"] = [
    ("said", "Both men", "they would sue the bank that had reported them"),
]
NOT_REPORTS["fraud_cleared"] = ["Kofi Mensah and Daniel Fry were cleared of fraud at Castlebury Crown Court on Thursday.", "The trial lasted eleven weeks."]
SPEAKERS["fraud_cleared"] = [("said", "Both men", "Kofi Mensah and Daniel Fry", "they would")]

ARTICLES["food_bank"] = """Food bank founders given civic award

Two women who run a food bank in Arlow have been given a civic award.

The two women, Grace Linde and Hattie Moss, said the food bank now fed 300 families a week.

The award is presented each year by the mayor.
"""
GOLD["food_bank"] = [
    ("said", "The two women, Grace Linde and Hattie Moss", "the food bank now fed 300 families a week"),
]
NOT_REPORTS["food_bank"] = ["Two women who run a food bank in Arlow have been given a civic award.", "The award is presented each year by the mayor."]
SPEAKERS["food_bank"] = [("said", "The two women, Grace Linde and Hattie Moss", "Grace Linde and Hattie Moss", "the food bank")]

ARTICLES["green_association"] = """Residents fight car park plan for Drover's Green

The Kestrel Residents' Association has objected to plans for a car park on Drover's Green.

They said the green was the only open space on the estate.

The association said it would hold a public meeting on Thursday.

The planning committee will decide on 9 May.
"""
GOLD["green_association"] = [
    ("objected", "The Kestrel Residents' Association", "plans for a car park on Drover's Green"),
    ("said", "They", "the green was the only open space on the estate"),
    ("said", "The association", "it would hold a public meeting on Thursday"),
]
NOT_REPORTS["green_association"] = ["The planning committee will decide on 9 May."]
SPEAKERS["green_association"] = [
    ("said", "They", "Kestrel Residents' Association", "the green"),
    ("said", "The association", "Kestrel Residents' Association", "it would"),
]

ARTICLES["hedgehog_study"] = """Hedgehogs cross roads more in the rain, study finds

Researchers at the University of Tollard have found that hedgehogs cross roads more often on wet nights.

The researchers said drivers should slow down on rainy evenings.

The team fitted 60 hedgehogs with small trackers.
"""
GOLD["hedgehog_study"] = [
    ("found", "Researchers at the University of Tollard", "hedgehogs cross roads more often on wet nights"),
    ("said", "The researchers", "drivers should slow down on rainy evenings"),
]
NOT_REPORTS["hedgehog_study"] = ["The team fitted 60 hedgehogs with small trackers."]

ARTICLES["pilots_strike"] = """Harbour pilots vote to strike

Members of the Harbour Pilots' Union voted to strike over new shift patterns.

The union's members said the new rota left pilots too tired to work safely.

The port authority said it would meet union leaders on Monday.

The strike is due to begin on 3 June.
"""
GOLD["pilots_strike"] = [
    ("voted", "Members of the Harbour Pilots' Union", "to strike over new shift patterns"),
    ("said", "The union's members", "the new rota left pilots too tired to work safely"),
    ("said", "The port authority", "it would meet union leaders on Monday"),
]
NOT_REPORTS["pilots_strike"] = ["The strike is due to begin on 3 June."]

ARTICLES["ferry_brothers"] = """Brothers to sell Strathmore ferry

The Haldane brothers, Ewan and Rory, have run the Strathmore ferry for thirty years.

The brothers said they would sell the ferry when the summer season ends.

Ewan Haldane said neither of their children wanted to take it on.

The crossing takes twenty minutes.
"""
GOLD["ferry_brothers"] = [
    ("said", "The brothers", "they would sell the ferry when the summer season ends"),
    ("said", "Ewan Haldane", "neither of their children wanted to take it on"),
]
NOT_REPORTS["ferry_brothers"] = ["The Haldane brothers, Ewan and Rory, have run the Strathmore ferry for thirty years.", "The crossing takes twenty minutes."]
SPEAKERS["ferry_brothers"] = [("said", "Ewan Haldane", "Ewan Haldane", "neither")]

ARTICLES["folk_festival"] = """Pellow Valley folk festival cancelled again

The Pellow Valley Folk Festival has been cancelled for the second year running.

Its organisers said ticket sales had fallen by half.

They said they hoped to return in 2028.

The festival began in 1994 on a farm outside Pellow.
"""
GOLD["folk_festival"] = [
    ("said", "Its organisers", "ticket sales had fallen by half"),
    ("said", "They", "they hoped to return in 2028"),
]
NOT_REPORTS["folk_festival"] = ["The Pellow Valley Folk Festival has been cancelled for the second year running.", "The festival began in 1994 on a farm outside Pellow."]

ARTICLES["bridge_families"] = """Bridge families say inquiry came too late

Eleven people died when the Corrie Bridge collapsed in 2024.

The victims' families said the inquiry's report had come too late.

A lawyer for the families, Nadia Selby, said they would seek damages from the contractor.

The bridge reopened in January.
"""
GOLD["bridge_families"] = [
    ("said", "The victims' families", "the inquiry's report had come too late"),
    ("said", "A lawyer for the families, Nadia Selby", "they would seek damages from the contractor"),
]
NOT_REPORTS["bridge_families"] = ["Eleven people died when the Corrie Bridge collapsed in 2024.", "The bridge reopened in January."]
SPEAKERS["bridge_families"] = [("said", "A lawyer for the families, Nadia Selby", "Nadia Selby", "they would")]

ARTICLES["singer_lawyers"] = """Singer denies breaking record contract

The singer Mira Vance has been accused of breaching a contract with her former label.

Her lawyers said the claim had no merit.

They said Ms Vance had met every term of the contract.

The label, Glasshouse Records, declined to comment.
"""
GOLD["singer_lawyers"] = [
    ("said", "Her lawyers", "the claim had no merit"),
    ("said", "They", "Ms Vance had met every term of the contract"),
    ("declined", "The label, Glasshouse Records", "to comment"),
]
NOT_REPORTS["singer_lawyers"] = []

ARTICLES["factory_they"] = """Dunmere factory to close with loss of 140 jobs

Brenwick Foods will close its factory in Dunmere, with the loss of 140 jobs.

They said the site had been losing money for five years.

The factory opened in 1971 and makes tinned soup.
"""
GOLD["factory_they"] = [
    ("said", "They", "the site had been losing money for five years"),
]
NOT_REPORTS["factory_they"] = ["Brenwick Foods will close its factory in Dunmere, with the loss of 140 jobs.", "The factory opened in 1971 and makes tinned soup."]
SPEAKERS["factory_they"] = [("said", "They", "Brenwick Foods", "the site")]

ARTICLES["library_campaign"] = """Campaigners fight Tamworth Road library closure

Councillor Rhiannon Pugh and the Save Our Library campaign have criticised plans to close Tamworth Road library.

Ms Pugh said the library was used by 900 people a week, and the campaign said it would present a petition to the council.

The council said it had to save £4m this year.

The library opened in 1936.
"""
GOLD["library_campaign"] = [
    ("criticised", "Councillor Rhiannon Pugh and the Save Our Library campaign", "plans to close Tamworth Road library"),
    ("said", "Ms Pugh", "the library was used by 900 people a week"),
    ("said", "the campaign", "it would present a petition to the council"),
    ("said", "The council", "it had to save £4m this year"),
]
NOT_REPORTS["library_campaign"] = ["The library opened in 1936."]
SPEAKERS["library_campaign"] = [("said", "Ms Pugh", "Rhiannon Pugh", "the library")]

ARTICLES["pub_staff"] = """Staff buy their village pub

Staff at the Linden Arms have bought the pub from its owner.

"We wanted to keep the pub open for the village," said Gareth Powys, one of its eight new owners.

The staff said they would keep the same menu.

The pub dates from 1820.
"""
GOLD["pub_staff"] = [
    ("said", "Gareth Powys, one of its eight new owners", "We wanted to keep the pub open for the village"),
    ("said", "The staff", "they would keep the same menu"),
]
NOT_REPORTS["pub_staff"] = ["Staff at the Linden Arms have bought the pub from its owner.", "The pub dates from 1820."]
SPEAKERS["pub_staff"] = [("said", "Gareth Powys, one of its eight new owners", "Gareth Powys", "We wanted")]

ARTICLES["clock_donation"] = """Couple give 400 clocks to museum

Hugo and Petra Lindqvist have donated their collection of 400 clocks to the Ashgrove Museum.

In a statement, the couple said the clocks should be seen by as many people as possible.

The museum will put 50 of the clocks on display in September.
"""
GOLD["clock_donation"] = [
    ("said", "the couple", "the clocks should be seen by as many people as possible"),
]
NOT_REPORTS["clock_donation"] = ["Hugo and Petra Lindqvist have donated their collection of 400 clocks to the Ashgrove Museum.", "The museum will put 50 of the clocks on display in September."]
SPEAKERS["clock_donation"] = [("said", "the couple", "Hugo Lindqvist and Petra Lindqvist", "the clocks")]

ARTICLES["lane_drain"] = """Blocked drain floods Marsh Lane homes

Residents of Marsh Lane have complained about flooding from a blocked drain.

The residents said water had come into eight homes since Christmas.

Sandford Water said engineers would clear the drain this week.

The lane has 30 houses.
"""
GOLD["lane_drain"] = [
    ("complained", "Residents of Marsh Lane", "flooding from a blocked drain"),
    ("said", "The residents", "water had come into eight homes since Christmas"),
    ("said", "Sandford Water", "engineers would clear the drain this week"),
]
NOT_REPORTS["lane_drain"] = ["The lane has 30 houses."]

ARTICLES["rowing_twins"] = """Twins picked for national rowing squad

The twins Maya and Zara Obi, 16, have been picked for the national rowing squad.

They said they had trained at 5am every day for three years.

Their coach, Ben Ashby, said the pair were the youngest rowers he had ever selected.

The squad races in Lucerne in July.
"""
GOLD["rowing_twins"] = [
    ("said", "They", "they had trained at 5am every day for three years"),
    ("said", "Their coach, Ben Ashby", "the pair were the youngest rowers he had ever selected"),
]
NOT_REPORTS["rowing_twins"] = ["The twins Maya and Zara Obi, 16, have been picked for the national rowing squad.", "The squad races in Lucerne in July."]
SPEAKERS["rowing_twins"] = [
    ("said", "They", "Maya Obi and Zara Obi", "they had"),
    ("said", "Their coach, Ben Ashby", "Ben Ashby", "the pair"),
]

ARTICLES["car_rescue"] = """Neighbours pull driver from burning car

Two neighbours, Colin Reddy and Marta Zeller, pulled a driver from a burning car on the A614 on Tuesday.

Mr Reddy and Ms Zeller said they had acted without thinking.

Police said the driver was in a stable condition.
"""
GOLD["car_rescue"] = [
    ("said", "Mr Reddy and Ms Zeller", "they had acted without thinking"),
    ("said", "Police", "the driver was in a stable condition"),
]
NOT_REPORTS["car_rescue"] = ["Two neighbours, Colin Reddy and Marta Zeller, pulled a driver from a burning car on the A614 on Tuesday."]
SPEAKERS["car_rescue"] = [("said", "Mr Reddy and Ms Zeller", "Colin Reddy and Marta Zeller", "they had")]

ARTICLES["band_split"] = """Folk duo Wren and Oak split after twelve years

The folk duo Tessa Wren and Jonah Oakes have split after twelve years.

The pair said in a joint statement that they had grown in different directions.

Their last album, "Salt Roads", came out in 2023.
"""
GOLD["band_split"] = [
    ("said", "The pair", "they had grown in different directions"),
]
NOT_REPORTS["band_split"] = ["Their last album, \"Salt Roads\", came out in 2023."]
SPEAKERS["band_split"] = [("said", "The pair", "Tessa Wren and Jonah Oakes", "they had")]

# written after the first run, to probe the mended shapes in other words: a given name alone before 'and' and the
# name whose surname it shares ('Ana and Tom Ruiz'), and a plural noun with the two names set beside it
ARTICLES["allotment_prize"] = """Allotment holders win best plot

Imogen and Felix Hartwell have won the Dunstable Road allotments' best plot prize for the third year.

They said the secret was rotating the beds every spring.

The allotments have 96 plots and a waiting list of four years.
"""
GOLD["allotment_prize"] = [
    ("said", "They", "the secret was rotating the beds every spring"),
]
NOT_REPORTS["allotment_prize"] = ["Imogen and Felix Hartwell have won the Dunstable Road allotments' best plot prize for the third year.", "The allotments have 96 plots and a waiting list of four years."]
SPEAKERS["allotment_prize"] = [("said", "They", "Imogen Hartwell and Felix Hartwell", "the secret")]

ARTICLES["lifeboat_crew"] = """Lifeboat volunteers honoured for night rescue

Two volunteers, Callum Brewis and Niamh Ferris, have been given bravery medals for a rescue off Sandhead Point.

They said the rest of the crew deserved the medals as much as they did.

The lifeboat station was founded in 1867.
"""
GOLD["lifeboat_crew"] = [
    ("said", "They", "the rest of the crew deserved the medals as much as they did"),
]
NOT_REPORTS["lifeboat_crew"] = ["Two volunteers, Callum Brewis and Niamh Ferris, have been given bravery medals for a rescue off Sandhead Point.", "The lifeboat station was founded in 1867."]
SPEAKERS["lifeboat_crew"] = [("said", "They", "Callum Brewis and Niamh Ferris", "the rest")]

ARTICLES["market_stall"] = """Market traders fight rent rise

The sisters Nadia and Leila Haddad have run a spice stall at Corn Exchange market since 2011.

They said the new rents would force half the traders out.

The market council said the rise was the first in six years.
"""
GOLD["market_stall"] = [
    ("said", "They", "the new rents would force half the traders out"),
    ("said", "The market council", "the rise was the first in six years"),
]
NOT_REPORTS["market_stall"] = ["The sisters Nadia and Leila Haddad have run a spice stall at Corn Exchange market since 2011."]
SPEAKERS["market_stall"] = [("said", "They", "Nadia Haddad and Leila Haddad", "the new")]
