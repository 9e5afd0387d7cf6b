# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-eight short articles written for the sixty-second pass's check of anonymous and semi-named sources
(helper B) in diplomacy, royal and palace news, politics and business deals: 'a palace source said', 'people familiar
with the matter said', 'sources close to the minister told', 'a senior diplomat, who spoke on condition of anonymity,
said', 'an official who asked not to be named because he was not authorised to speak publicly', 'one person briefed
on the talks said', 'a government insider', 'two officials said', 'aides say', 'according to a person with knowledge
of the deal', 'the embassy said in a note', 'a statement from Quenmoor Palace', 'diplomats in the region', 'an adviser
to the prince', and the same source named again later ('the official said', 'the source added', 'one of the people',
'he').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (protocol and schedules, titles and honours, narration of a visit, lists
of guests, descriptions of buildings); (cue, source, speaker, the content's first words) in ``SPEAKERS``, where an
unnamed source's speaker is its phrase without the article ('palace source', 'senior diplomat', 'people familiar with
the matter'), a statement's is its body, and a later 'the official' or 'he' takes the first mention's. Every name,
place, body, figure and sentence is made up. Read by ``test_probe_findings_66_anonymous``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["banquet_absence"] = """Prince to miss state banquet

Prince Edric will not attend Thursday's state banquet for the president of Morvania, a palace source said.

The banquet will be held in the Long Gallery of Helmsgate Palace, which seats 160 guests.

The source said the prince had a long-standing engagement in the north.

Guests will include the prime minister, the archbishop of Dunholm and the Morvanian ambassador.

Dinner will be served at 8pm, after a reception in the Blue Drawing Room.
"""
GOLD["banquet_absence"] = [
    ("said", "a palace source", "Prince Edric will not attend Thursday's state banquet for the president of Morvania"),
    ("said", "The source", "the prince had a long-standing engagement in the north"),
]
NOT_REPORTS["banquet_absence"] = ["The banquet will be held in the Long Gallery of Helmsgate Palace, which seats 160 guests.", "Guests will include the prime minister, the archbishop of Dunholm and the Morvanian ambassador.", "Dinner will be served at 8pm, after a reception in the Blue Drawing Room."]
SPEAKERS["banquet_absence"] = [("said", "a palace source", "palace source", "Prince Edric"), ("said", "The source", "palace source", "the prince")]

ARTICLES["dairy_talks"] = """Hessel Foods in talks to buy Ashlin Dairies

Hessel Foods is in advanced talks to buy Ashlin Dairies for about £1.2bn, people familiar with the matter said.

A deal could be announced as soon as next week, one of the people said.

Ashlin, founded in 1921, runs four creameries and employs 2,300 people.

Ashlin's shares rose 14% on Monday.
"""
GOLD["dairy_talks"] = [
    ("said", "people familiar with the matter", "Hessel Foods is in advanced talks to buy Ashlin Dairies for about £1.2bn"),
    ("said", "one of the people", "A deal could be announced as soon as next week"),
]
NOT_REPORTS["dairy_talks"] = ["Ashlin, founded in 1921, runs four creameries and employs 2,300 people.", "Ashlin's shares rose 14% on Monday."]
SPEAKERS["dairy_talks"] = [("said", "people familiar with the matter", "people familiar with the matter", "Hessel Foods")]

ARTICLES["minister_position"] = """Finance minister 'considering his position'

Sources close to the finance minister, Tobias Ferrold, told the Ledger that he was considering resigning over the budget row.

Ferrold was appointed in March and holds the title of First Secretary of the Treasury.

The sources said he had not spoken to the premier since Friday.

A spokesman for the premier said the two men worked closely together.

The premier's official residence is a Georgian townhouse on Orme Square.
"""
GOLD["minister_position"] = [
    ("told", "Sources close to the finance minister, Tobias Ferrold", "he was considering resigning over the budget row"),
    ("said", "The sources", "he had not spoken to the premier since Friday"),
    ("said", "A spokesman for the premier", "the two men worked closely together"),
]
NOT_REPORTS["minister_position"] = ["Ferrold was appointed in March and holds the title of First Secretary of the Treasury.", "The premier's official residence is a Georgian townhouse on Orme Square."]
SPEAKERS["minister_position"] = [
    ("told", "Sources close to the finance minister, Tobias Ferrold", "Sources close to the finance minister", "he was"),
    ("said", "The sources", "Sources close to the finance minister", "he had not"),
    ("said", "A spokesman for the premier", "spokesman for the premier", "the two men"),
]

ARTICLES["fishing_treaty"] = """Fishing treaty talks near collapse

Talks on a new fishing treaty between Orvania and the Salt Isles are close to collapse, a senior diplomat, who spoke on condition of anonymity, said on Tuesday.

The two delegations have met 11 times since January in the old customs house at Port Merrin.

The diplomat said the Salt Isles had rejected a proposal to share the northern banks.

Orvania's foreign minister, Ilse Marstrand, said she remained hopeful.

The customs house, built in 1790, has a copper dome and a courtyard of cobbles.
"""
GOLD["fishing_treaty"] = [
    ("said", "a senior diplomat, who spoke on condition of anonymity", "Talks on a new fishing treaty between Orvania and the Salt Isles are close to collapse"),
    ("said", "The diplomat", "the Salt Isles had rejected a proposal to share the northern banks"),
    ("said", "Orvania's foreign minister, Ilse Marstrand", "she remained hopeful"),
]
NOT_REPORTS["fishing_treaty"] = ["The two delegations have met 11 times since January in the old customs house at Port Merrin.", "The customs house, built in 1790, has a copper dome and a courtyard of cobbles."]
SPEAKERS["fishing_treaty"] = [
    ("said", "a senior diplomat, who spoke on condition of anonymity", "senior diplomat", "Talks on"),
    ("said", "The diplomat", "senior diplomat", "the Salt Isles"),
]

ARTICLES["rail_contract"] = """Rail contract to go to foreign bidder

The transport ministry will award the contract for the Lusmore line to a foreign consortium, an official who asked not to be named because he was not authorised to speak publicly said on Wednesday.

The line will run 84 kilometres from Lusmore to the port of Vennick.

He said the decision would be announced before the end of the month.

Bids were submitted by three consortiums in June.

The official added that the domestic bid had been 30% more expensive.
"""
GOLD["rail_contract"] = [
    ("said", "an official who asked not to be named because he was not authorised to speak publicly", "The transport ministry will award the contract for the Lusmore line to a foreign consortium"),
    ("said", "He", "the decision would be announced before the end of the month"),
    ("added", "The official", "the domestic bid had been 30% more expensive"),
]
NOT_REPORTS["rail_contract"] = ["The line will run 84 kilometres from Lusmore to the port of Vennick.", "Bids were submitted by three consortiums in June."]
SPEAKERS["rail_contract"] = [("said", "He", "official", "the decision"), ("added", "The official", "official", "the domestic")]

ARTICLES["steel_rescue"] = """Steelmaker rescue talks drag on

The government and Tarnmoor Steel's owners remain far apart on the price of a rescue, one person briefed on the talks said.

Tarnmoor's blast furnaces at Holbeck produce three million tonnes of steel a year.

The person said ministers were prepared to take a minority stake.

The owners, the Valdane family, said in a statement that they wanted a fair price for the works.

The works cover 900 hectares on the estuary.
"""
GOLD["steel_rescue"] = [
    ("said", "one person briefed on the talks", "The government and Tarnmoor Steel's owners remain far apart on the price of a rescue"),
    ("said", "The person", "ministers were prepared to take a minority stake"),
    ("said", "The owners, the Valdane family", "they wanted a fair price for the works"),
]
NOT_REPORTS["steel_rescue"] = ["Tarnmoor's blast furnaces at Holbeck produce three million tonnes of steel a year.", "The works cover 900 hectares on the estuary."]
SPEAKERS["steel_rescue"] = [("said", "The person", "one person briefed on the talks", "ministers")]

ARTICLES["second_homes"] = """Budget to include tax on second homes

A government insider told the Vigil that the budget would include a new tax on second homes.

The budget will be presented to parliament on 14 March at 12.30pm.

The insider said the tax would raise about £400m a year.

The opposition leader, Marisa Ockley, said the plan was a gimmick.

The chamber sits from Monday to Thursday during the budget debate.
"""
GOLD["second_homes"] = [
    ("told", "A government insider", "the budget would include a new tax on second homes"),
    ("said", "The insider", "the tax would raise about £400m a year"),
    ("said", "The opposition leader, Marisa Ockley", "the plan was a gimmick"),
]
NOT_REPORTS["second_homes"] = ["The budget will be presented to parliament on 14 March at 12.30pm.", "The chamber sits from Monday to Thursday during the budget debate."]
SPEAKERS["second_homes"] = [("told", "A government insider", "government insider", "the budget"), ("said", "The insider", "government insider", "the tax")]

ARTICLES["border_crossing"] = """Border crossing to reopen

The Drumlow border crossing will reopen to lorries on Monday, two officials said.

The crossing was closed in October after a dispute over customs fees.

Lorries will be allowed through between 6am and 10pm.

One of the officials said the fees had been cut by half.

Drivers' groups said the reopening was long overdue.
"""
GOLD["border_crossing"] = [
    ("said", "two officials", "The Drumlow border crossing will reopen to lorries on Monday"),
    ("said", "One of the officials", "the fees had been cut by half"),
    ("said", "Drivers' groups", "the reopening was long overdue"),
]
NOT_REPORTS["border_crossing"] = ["The crossing was closed in October after a dispute over customs fees.", "Lorries will be allowed through between 6am and 10pm."]
SPEAKERS["border_crossing"] = [("said", "two officials", "two officials", "The Drumlow")]

ARTICLES["president_health"] = """President's health questioned

The president's aides say he is in good health and will complete his term.

President Teodor Vayle, 79, was seen using a cane at a ceremony on Sunday.

Aides say he hurt his knee while walking at his country residence.

His doctor, Helena Sarto, said in a letter that he was fit for office.

The residence, at Ballam Lodge, has 40 rooms and a private chapel.
"""
GOLD["president_health"] = [
    ("say", "The president's aides", "he is in good health and will complete his term"),
    ("say", "Aides", "he hurt his knee while walking at his country residence"),
    ("said", "His doctor, Helena Sarto", "he was fit for office"),
]
NOT_REPORTS["president_health"] = ["President Teodor Vayle, 79, was seen using a cane at a ceremony on Sunday.", "The residence, at Ballam Lodge, has 40 rooms and a private chapel."]
SPEAKERS["president_health"] = [("say", "The president's aides", "president's aides", "he is"), ("said", "His doctor, Helena Sarto", "Helena Sarto", "he was")]

ARTICLES["wine_sale"] = """Brewer agrees sale of wine arm

Carswell Brewing has agreed to sell its wine business to a private equity firm, according to a person with knowledge of the deal.

The wine business owns vineyards in three countries and sells 40 million bottles a year.

The sale price is about $750 million, according to the person.

Carswell's chief executive, Corin Ashdale, has said the company wants to focus on beer.

Carswell was founded in 1856 and brews in five towns.
"""
GOLD["wine_sale"] = [
    ("according", "a person with knowledge of the deal", "Carswell Brewing has agreed to sell its wine business to a private equity firm"),
    ("according", "the person", "The sale price is about $750 million"),
    ("said", "Carswell's chief executive, Corin Ashdale", "the company wants to focus on beer"),
]
NOT_REPORTS["wine_sale"] = ["The wine business owns vineyards in three countries and sells 40 million bottles a year.", "Carswell was founded in 1856 and brews in five towns."]
SPEAKERS["wine_sale"] = [("according to", "a person with knowledge of the deal", "person with knowledge of the deal", "Carswell Brewing")]

ARTICLES["detained_sailors"] = """Embassy protests over detained sailors

The Dravenian embassy said in a note to the foreign ministry that the seven sailors had been detained illegally.

The sailors' trawler, the Marit Sol, was seized on Saturday 12 miles off the coast.

The foreign ministry said the trawler had been fishing in a closed zone.

The embassy, a white villa on Corran Avenue, flew its flag at half mast.

A diplomat at the embassy said the ambassador had asked to visit the sailors.
"""
GOLD["detained_sailors"] = [
    ("said", "The Dravenian embassy", "the seven sailors had been detained illegally"),
    ("said", "The foreign ministry", "the trawler had been fishing in a closed zone"),
    ("said", "A diplomat at the embassy", "the ambassador had asked to visit the sailors"),
]
NOT_REPORTS["detained_sailors"] = ["The sailors' trawler, the Marit Sol, was seized on Saturday 12 miles off the coast.", "The embassy, a white villa on Corran Avenue, flew its flag at half mast."]
SPEAKERS["detained_sailors"] = [("said", "The Dravenian embassy", "Dravenian embassy", "the seven"), ("said", "A diplomat at the embassy", "diplomat at Dravenian embassy", "the ambassador")]

ARTICLES["royal_engagement"] = """Palace announces royal engagement

A statement from Quenmoor Palace said Princess Liane would marry the architect Tomas Elling in the autumn.

The couple met at a charity dinner in 2021.

The statement said the king and queen were delighted.

The princess is fourth in line to the throne and holds the title Duchess of Aldwyne.

The wedding will take place at the abbey church in Kellbury.
"""
GOLD["royal_engagement"] = [
    ("said", "A statement from Quenmoor Palace", "Princess Liane would marry the architect Tomas Elling in the autumn"),
    ("said", "The statement", "the king and queen were delighted"),
]
NOT_REPORTS["royal_engagement"] = ["The couple met at a charity dinner in 2021.", "The princess is fourth in line to the throne and holds the title Duchess of Aldwyne.", "The wedding will take place at the abbey church in Kellbury."]
SPEAKERS["royal_engagement"] = [("said", "A statement from Quenmoor Palace", "Quenmoor Palace", "Princess Liane"), ("said", "The statement", "Quenmoor Palace", "the king")]

ARTICLES["ceasefire_holding"] = """Ceasefire holding, say diplomats

Diplomats in the region say the ceasefire between Ambrin and Orrel militias is holding despite sporadic shelling.

The ceasefire was signed on 2 May at a hotel in the border town of Yarva.

Western diplomats said aid convoys had reached the town of Dabrin for the first time in a month.

The hotel hosted the signing in its ballroom, under a portrait of the town's founder.

A United Nations envoy, Sabine Mourad, said both sides had agreed to exchange prisoners.
"""
GOLD["ceasefire_holding"] = [
    ("say", "Diplomats in the region", "the ceasefire between Ambrin and Orrel militias is holding despite sporadic shelling"),
    ("said", "Western diplomats", "aid convoys had reached the town of Dabrin for the first time in a month"),
    ("said", "A United Nations envoy, Sabine Mourad", "both sides had agreed to exchange prisoners"),
]
NOT_REPORTS["ceasefire_holding"] = ["The ceasefire was signed on 2 May at a hotel in the border town of Yarva.", "The hotel hosted the signing in its ballroom, under a portrait of the town's founder."]
SPEAKERS["ceasefire_holding"] = [("say", "Diplomats in the region", "Diplomats in the region", "the ceasefire"), ("said", "Western diplomats", "Western diplomats", "aid convoys")]

ARTICLES["forestry_charity"] = """Prince to launch forestry charity

Prince Alaric, the king's younger brother, will launch a forestry charity next month, an adviser to the prince said.

The prince holds the rank of honorary admiral and is colonel of two regiments.

The adviser said the charity would plant a million trees in the uplands.

The launch will take place at Brackenholt House, the prince's country home.

Brackenholt House has 32 bedrooms and a walled garden of four acres.
"""
GOLD["forestry_charity"] = [
    ("said", "an adviser to the prince", "Prince Alaric, the king's younger brother, will launch a forestry charity next month"),
    ("said", "The adviser", "the charity would plant a million trees in the uplands"),
]
NOT_REPORTS["forestry_charity"] = ["The prince holds the rank of honorary admiral and is colonel of two regiments.", "The launch will take place at Brackenholt House, the prince's country home.", "Brackenholt House has 32 bedrooms and a walled garden of four acres."]
SPEAKERS["forestry_charity"] = [("said", "an adviser to the prince", "adviser to the prince", "Prince Alaric"), ("said", "The adviser", "adviser to the prince", "the charity")]

ARTICLES["trade_delay"] = """Trade deal with Ketland delayed

Officials said on Friday that the signing of a trade deal with Ketland had been delayed until the summer.

The deal would cut tariffs on cars, cheese and whisky.

A senior trade official said Ketland had asked for more time to consult its farmers.

The signing had been planned for the Ketland embassy in May.

The official said the delay was not a sign of trouble.
"""
GOLD["trade_delay"] = [
    ("said", "Officials", "the signing of a trade deal with Ketland had been delayed until the summer"),
    ("said", "A senior trade official", "Ketland had asked for more time to consult its farmers"),
    ("said", "The official", "the delay was not a sign of trouble"),
]
NOT_REPORTS["trade_delay"] = ["The deal would cut tariffs on cars, cheese and whisky.", "The signing had been planned for the Ketland embassy in May."]
SPEAKERS["trade_delay"] = [("said", "Officials", "Officials", "the signing"), ("said", "The official", "senior trade official", "the delay")]

ARTICLES["state_visit"] = """King and queen begin tour of Osmara

The king and queen arrived in Osmara on Monday for a five-day state visit, their first since the coronation.

They were greeted at the airport by President Dalia Morcant and a guard of honour.

A palace spokeswoman said the visit would focus on trade and climate.

On Tuesday the couple will visit a hospital, a school and the national museum.

The spokeswoman said the king would lay a wreath at the war memorial in Osmara City.
"""
GOLD["state_visit"] = [
    ("said", "A palace spokeswoman", "the visit would focus on trade and climate"),
    ("said", "The spokeswoman", "the king would lay a wreath at the war memorial in Osmara City"),
]
NOT_REPORTS["state_visit"] = ["The king and queen arrived in Osmara on Monday for a five-day state visit, their first since the coronation.", "They were greeted at the airport by President Dalia Morcant and a guard of honour.", "On Tuesday the couple will visit a hospital, a school and the national museum."]
SPEAKERS["state_visit"] = [("said", "The spokeswoman", "palace spokeswoman", "the king")]

ARTICLES["reshuffle_due"] = """Reshuffle expected within days

A reshuffle of the cabinet is expected within days, a source in the premier's office said.

Twelve ministers attend cabinet, which meets on Tuesdays in the Oak Room.

The source said the health minister, Ravi Pellinore, would keep his job.

Allies of the deputy premier say she wants the foreign ministry.

The Oak Room was refurbished in 2019 at a cost of £80,000.
"""
GOLD["reshuffle_due"] = [
    ("said", "a source in the premier's office", "A reshuffle of the cabinet is expected within days"),
    ("said", "The source", "the health minister, Ravi Pellinore, would keep his job"),
    ("say", "Allies of the deputy premier", "she wants the foreign ministry"),
]
NOT_REPORTS["reshuffle_due"] = ["Twelve ministers attend cabinet, which meets on Tuesdays in the Oak Room.", "The Oak Room was refurbished in 2019 at a cost of £80,000."]
SPEAKERS["reshuffle_due"] = [("said", "The source", "source in the premier's office", "the health")]

ARTICLES["bank_bid"] = """Lender weighs bid for rival

Brightmoor Bank is weighing a bid for its smaller rival Cassel Savings, according to two people familiar with its plans.

Cassel has 140 branches and 1.8 million customers.

A banker involved in the discussions said no offer had yet been made.

Brightmoor's board meets on the first Thursday of every month.

Cassel said it had not received an approach.
"""
GOLD["bank_bid"] = [
    ("according", "two people familiar with its plans", "Brightmoor Bank is weighing a bid for its smaller rival Cassel Savings"),
    ("said", "A banker involved in the discussions", "no offer had yet been made"),
    ("said", "Cassel", "it had not received an approach"),
]
NOT_REPORTS["bank_bid"] = ["Cassel has 140 branches and 1.8 million customers.", "Brightmoor's board meets on the first Thursday of every month."]
SPEAKERS["bank_bid"] = [("said", "A banker involved in the discussions", "banker involved in the discussions", "no offer")]

ARTICLES["new_year_honours"] = """New Year honours: actor and surgeon honoured

The actor Lionel Bastable and the heart surgeon Priya Raghunathan are among those honoured in the New Year list.

Bastable, 71, becomes Sir Lionel and Raghunathan becomes Dame Priya.

The list includes 1,104 names, of whom 48% are women.

A Cabinet Office spokesman said the honours committee had considered more than 4,000 nominations.

Raghunathan said she was accepting the honour on behalf of her team.
"""
GOLD["new_year_honours"] = [
    ("said", "A Cabinet Office spokesman", "the honours committee had considered more than 4,000 nominations"),
    ("said", "Raghunathan", "she was accepting the honour on behalf of her team"),
]
NOT_REPORTS["new_year_honours"] = ["The actor Lionel Bastable and the heart surgeon Priya Raghunathan are among those honoured in the New Year list.", "Bastable, 71, becomes Sir Lionel and Raghunathan becomes Dame Priya.", "The list includes 1,104 names, of whom 48% are women."]
SPEAKERS["new_year_honours"] = [("said", "Raghunathan", "Priya Raghunathan", "she was")]

ARTICLES["delta_tour"] = """Foreign minister visits flood-hit delta

The foreign minister of Kestmark, Arvid Lenning, toured the flood-hit Soma delta by boat on Thursday.

He was accompanied by the regional governor and two aid officials.

The minister visited a field hospital and a camp for 3,000 displaced people.

Lenning said Kestmark would send another £5m in aid.

A local official said the water was receding slowly.
"""
GOLD["delta_tour"] = [
    ("said", "Lenning", "Kestmark would send another £5m in aid"),
    ("said", "A local official", "the water was receding slowly"),
]
NOT_REPORTS["delta_tour"] = ["The foreign minister of Kestmark, Arvid Lenning, toured the flood-hit Soma delta by boat on Thursday.", "He was accompanied by the regional governor and two aid officials.", "The minister visited a field hospital and a camp for 3,000 displaced people."]
SPEAKERS["delta_tour"] = [("said", "Lenning", "Arvid Lenning", "Kestmark"), ("said", "A local official", "local official", "the water")]

ARTICLES["summit_dinner"] = """Summit dinner guest list released

The guest list for Saturday's summit dinner at Varrow Castle includes 14 heads of government.

Among the guests are the presidents of Orvania and Dravenia and the prime minister of the Salt Isles.

Protocol officers said the seating plan had been redrawn three times.

Guests will be served a five-course dinner of local produce.

A member of the organising committee, speaking on condition of anonymity, said two leaders had asked not to sit together.
"""
GOLD["summit_dinner"] = [
    ("said", "Protocol officers", "the seating plan had been redrawn three times"),
    ("said", "A member of the organising committee, speaking on condition of anonymity", "two leaders had asked not to sit together"),
]
NOT_REPORTS["summit_dinner"] = ["The guest list for Saturday's summit dinner at Varrow Castle includes 14 heads of government.", "Among the guests are the presidents of Orvania and Dravenia and the prime minister of the Salt Isles.", "Guests will be served a five-course dinner of local produce."]
SPEAKERS["summit_dinner"] = [("said", "A member of the organising committee, speaking on condition of anonymity", "member of the organising committee", "two leaders")]

ARTICLES["embassy_opens"] = """New embassy opens on river site

The new Carvenian embassy stands on a former brewery site beside the river.

The building has nine storeys, a glass atrium and a moat disguised as a pond.

Its architects, the firm Brisk & Ollard, said the design was meant to feel open.

Critics have said it looks like a fortress.

The ambassador, Oriana Sell, said the embassy would hold its first public open day in June.
"""
GOLD["embassy_opens"] = [
    ("said", "Its architects, the firm Brisk & Ollard", "the design was meant to feel open"),
    ("said", "Critics", "it looks like a fortress"),
    ("said", "The ambassador, Oriana Sell", "the embassy would hold its first public open day in June"),
]
NOT_REPORTS["embassy_opens"] = ["The new Carvenian embassy stands on a former brewery site beside the river.", "The building has nine storeys, a glass atrium and a moat disguised as a pond."]
SPEAKERS["embassy_opens"] = [("said", "The ambassador, Oriana Sell", "Oriana Sell", "the embassy")]

ARTICLES["anniversary_service"] = """Order of the day for the coronation anniversary

The anniversary service will begin at 11am at Kellbury Cathedral.

The king will travel from Quenmoor Palace in the State Coach, escorted by the Mounted Guard.

A gun salute of 41 rounds will be fired in Colvin Park at noon.

Palace officials said about 2,000 guests had been invited.

A royal source said the king had chosen the hymns himself.
"""
GOLD["anniversary_service"] = [
    ("said", "Palace officials", "about 2,000 guests had been invited"),
    ("said", "A royal source", "the king had chosen the hymns himself"),
]
NOT_REPORTS["anniversary_service"] = ["The anniversary service will begin at 11am at Kellbury Cathedral.", "The king will travel from Quenmoor Palace in the State Coach, escorted by the Mounted Guard.", "A gun salute of 41 rounds will be fired in Colvin Park at noon."]
SPEAKERS["anniversary_service"] = [("said", "Palace officials", "Palace officials", "about 2,000"), ("said", "A royal source", "royal source", "the king")]

ARTICLES["spying_row"] = """Two diplomats expelled in spying row

Orvania expelled two Dravenian diplomats on Wednesday and gave them 72 hours to leave the country.

The foreign ministry said the men had been gathering information on naval bases.

According to diplomatic sources, a third diplomat left the country last week.

Dravenia's ambassador, Yuri Klem, called the accusations absurd.

Under the convention on diplomatic relations, diplomats cannot be tried in the country where they serve.
"""
GOLD["spying_row"] = [
    ("said", "The foreign ministry", "the men had been gathering information on naval bases"),
    ("According", "diplomatic sources", "a third diplomat left the country last week"),
    ("called", "Dravenia's ambassador, Yuri Klem", "the accusations absurd"),
]
NOT_REPORTS["spying_row"] = ["Orvania expelled two Dravenian diplomats on Wednesday and gave them 72 hours to leave the country.", "Under the convention on diplomatic relations, diplomats cannot be tried in the country where they serve."]
SPEAKERS["spying_row"] = [("According to", "diplomatic sources", "diplomatic sources", "a third")]

ARTICLES["port_sale"] = """Port sale collapses at last minute

The sale of the port of Ellisby to a shipping group collapsed on Sunday night, two sources close to the talks said.

The port handles 1.4 million containers a year.

One of the sources said the buyer had walked away over pension liabilities.

Ellisby Port Holdings said in a statement that it remained open to offers.

The port's main quay is 2.1 kilometres long.
"""
GOLD["port_sale"] = [
    ("said", "two sources close to the talks", "The sale of the port of Ellisby to a shipping group collapsed on Sunday night"),
    ("said", "One of the sources", "the buyer had walked away over pension liabilities"),
    ("said", "Ellisby Port Holdings", "it remained open to offers"),
]
NOT_REPORTS["port_sale"] = ["The port handles 1.4 million containers a year.", "The port's main quay is 2.1 kilometres long."]
SPEAKERS["port_sale"] = [("said", "two sources close to the talks", "two sources close to the talks", "The sale")]

ARTICLES["lobbying_claims"] = """Minister denies lobbying claims

The housing minister, Gwilym Arnott, did not break any rules, a person close to the minister said on Sunday.

Arnott met representatives of a building firm twice last year.

The person said the meetings had been recorded in the ministry's register.

He said Arnott would publish the minutes.

The register lists every meeting between ministers and outside groups.
"""
GOLD["lobbying_claims"] = [
    ("said", "a person close to the minister", "The housing minister, Gwilym Arnott, did not break any rules"),
    ("said", "The person", "the meetings had been recorded in the ministry's register"),
    ("said", "He", "Arnott would publish the minutes"),
    ("lists", "The register", "every meeting between ministers and outside groups"),
]
NOT_REPORTS["lobbying_claims"] = ["Arnott met representatives of a building firm twice last year."]
SPEAKERS["lobbying_claims"] = [
    ("said", "a person close to the minister", "person close to the minister", "The housing"),
    ("said", "The person", "person close to the minister", "the meetings"),
    ("said", "He", "person close to the minister", "Arnott"),
]

ARTICLES["queen_fall"] = """Queen cancels engagements after fall

The queen has cancelled her engagements for the week after a fall at Quenmoor Palace, a royal aide said.

She had been due to open a children's hospital in Wrenholt on Wednesday.

Friends of the queen say she is in good spirits.

The aide said doctors had advised her to rest.

The queen, 84, is patron of more than 300 charities.
"""
GOLD["queen_fall"] = [
    ("said", "a royal aide", "The queen has cancelled her engagements for the week after a fall at Quenmoor Palace"),
    ("say", "Friends of the queen", "she is in good spirits"),
    ("said", "The aide", "doctors had advised her to rest"),
]
NOT_REPORTS["queen_fall"] = ["She had been due to open a children's hospital in Wrenholt on Wednesday.", "The queen, 84, is patron of more than 300 charities."]
SPEAKERS["queen_fall"] = [("said", "a royal aide", "royal aide", "The queen"), ("said", "The aide", "royal aide", "doctors")]

ARTICLES["ambassador_recalled"] = """Ambassador recalled for consultations

Carvenia has recalled its ambassador to Orvania for consultations, a government source said.

The ambassador, Pieter Vandamme, has served in the post since 2020.

The source added that the move was a protest against new visa rules.

Western officials said the row could delay a regional trade agreement.

The embassy's consular section will stay open from 9am to 1pm.
"""
GOLD["ambassador_recalled"] = [
    ("said", "a government source", "Carvenia has recalled its ambassador to Orvania for consultations"),
    ("added", "The source", "the move was a protest against new visa rules"),
    ("said", "Western officials", "the row could delay a regional trade agreement"),
]
NOT_REPORTS["ambassador_recalled"] = ["The ambassador, Pieter Vandamme, has served in the post since 2020.", "The embassy's consular section will stay open from 9am to 1pm."]
SPEAKERS["ambassador_recalled"] = [("said", "a government source", "government source", "Carvenia"), ("added", "The source", "government source", "the move")]

ARTICLES["governor_allies"] = """Governor weighs third term

Allies of the governor, Ruth Kessick, say she will seek a third term next year.

Kessick, 63, has led the province since 2017.

The allies said she had already begun raising money.

A spokesman for the governor said she would announce her plans in the spring.

The governor's residence overlooks the harbour at Saint Orran.
"""
GOLD["governor_allies"] = [
    ("say", "Allies of the governor, Ruth Kessick", "she will seek a third term next year"),
    ("said", "The allies", "she had already begun raising money"),
    ("said", "A spokesman for the governor", "she would announce her plans in the spring"),
]
NOT_REPORTS["governor_allies"] = ["Kessick, 63, has led the province since 2017.", "The governor's residence overlooks the harbour at Saint Orran."]
SPEAKERS["governor_allies"] = [
    ("say", "Allies of the governor, Ruth Kessick", "Allies of the governor", "she will"),
    ("said", "The allies", "Allies of the governor", "she had"),
    ("said", "A spokesman for the governor", "spokesman for the governor", "she would"),
]

ARTICLES["consulate_letter"] = """Consulate warns over forged visas

A letter from the Carvenian consulate in Eskeby said that hundreds of forged visas had been sold to travellers.

The consulate issues about 40,000 visas a year.

The letter said the forgeries had been made in a print shop near the border.

Friends of the consul, Torvald Pellegar, said he had raised the alarm months ago.

The consulate occupies the top two floors of the old bank on Market Street.
"""
GOLD["consulate_letter"] = [
    ("said", "A letter from the Carvenian consulate in Eskeby", "hundreds of forged visas had been sold to travellers"),
    ("said", "The letter", "the forgeries had been made in a print shop near the border"),
    ("said", "Friends of the consul, Torvald Pellegar", "he had raised the alarm months ago"),
]
NOT_REPORTS["consulate_letter"] = ["The consulate issues about 40,000 visas a year.", "The consulate occupies the top two floors of the old bank on Market Street."]
SPEAKERS["consulate_letter"] = [
    ("said", "The letter", "Carvenian consulate", "the forgeries"),
    ("said", "Friends of the consul, Torvald Pellegar", "Friends of the consul", "he had"),
]

ARTICLES["chairman_exit"] = """Miller chairman to step down

People close to the chairman of Dunloe Mills, Hector Vane, said he would step down at the annual meeting in June.

Dunloe Mills makes flour at three sites and employs 1,100 people.

Colleagues of the chairman said he had been unhappy about the sale of the oats business.

The company said the board would name a successor in the summer.

Its headquarters, a red-brick mill on the canal, was built in 1862.
"""
GOLD["chairman_exit"] = [
    ("said", "People close to the chairman of Dunloe Mills, Hector Vane", "he would step down at the annual meeting in June"),
    ("said", "Colleagues of the chairman", "he had been unhappy about the sale of the oats business"),
    ("said", "The company", "the board would name a successor in the summer"),
]
NOT_REPORTS["chairman_exit"] = ["Dunloe Mills makes flour at three sites and employs 1,100 people.", "Its headquarters, a red-brick mill on the canal, was built in 1862."]
SPEAKERS["chairman_exit"] = [
    ("said", "People close to the chairman of Dunloe Mills, Hector Vane", "People close to the chairman of Dunloe Mills", "he would"),
    ("said", "Colleagues of the chairman", "Colleagues of the chairman", "he had"),
]
