# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-nine short articles (twenty-six, then three after the pass's mends) written for the sixty-third
session's check of housing and property news (helper B): rents and mortgages, landlords and tenants, developers,
housing associations, homelessness, estate agents and building safety ('the tenant said the landlord had ignored',
'the developer insisted', 'estate agents report that', 'figures from the lender show', 'according to the index', 'a
spokesman for the housing association said', 'residents claim', 'the inspector found', 'the campaign group warned',
'the landlord, who declined to be named, told the paper', 'the economist predicted', 'in a letter seen by the
paper', 'the council admitted', 'she described the flat as', 'the survey suggests', chains of pronoun and role
speakers: 'the mother of two', 'he', 'the landlord').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (prices and rents stated by the writer, listings, addresses, floor
areas, building descriptions, scheme names in quotes, narration); (cue, source, speaker, the content's first words)
in ``SPEAKERS``. Every name, firm, place, figure and sentence is made up. Read by
``test_probe_findings_63_housing``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["damp_repairs"] = """Tenant says landlord ignored damp for a year

A tenant in Wexcombe said her landlord had ignored repeated complaints about damp in the bedroom for more than a year.

Lorna Fitchett, 34, pays £950 a month for the two-bedroom flat above a bakery on Tanner Street.

The mother of two said black mould had spread across the ceiling since the autumn.

"My youngest has had a cough since November," she said.

Her landlord, Cedric Banlow, said a contractor would visit the flat next week.

The flat has single-glazed windows and an electric storage heater.
"""
GOLD["damp_repairs"] = [
    ("said", "A tenant in Wexcombe", "her landlord had ignored repeated complaints about damp in the bedroom for more than a year"),
    ("said", "The mother of two", "black mould had spread across the ceiling since the autumn"),
    ("said", "she", "My youngest has had a cough since November"),
    ("said", "Her landlord, Cedric Banlow", "a contractor would visit the flat next week"),
]
NOT_REPORTS["damp_repairs"] = [
    "Lorna Fitchett, 34, pays £950 a month for the two-bedroom flat above a bakery on Tanner Street.",
    "The flat has single-glazed windows and an electric storage heater.",
]
SPEAKERS["damp_repairs"] = [("said", "she", "Lorna Fitchett", "My youngest")]

ARTICLES["riverside_tower"] = """Developer defends 28-storey tower plan

Harwick Land has submitted plans for a 28-storey tower on the site of the former Dellow gasworks.

The scheme would include 312 flats, a gym and a roof garden.

Only 15 per cent of the homes would be sold at below market prices.

The developer insisted that the tower would not overshadow the terraced streets to the north.

Neighbours said the building would block light to their gardens for most of the afternoon.

"It is simply too tall for this part of town," said Irene Mawdsley, who has lived on Gasworks Lane for 40 years.

A planning committee will consider the application in June.
"""
GOLD["riverside_tower"] = [
    ("insisted", "The developer", "the tower would not overshadow the terraced streets to the north"),
    ("said", "Neighbours", "the building would block light to their gardens for most of the afternoon"),
    ("said", "Irene Mawdsley, who has lived on Gasworks Lane for 40 years", "It is simply too tall for this part of town"),
]
NOT_REPORTS["riverside_tower"] = [
    "Harwick Land has submitted plans for a 28-storey tower on the site of the former Dellow gasworks.",
    "The scheme would include 312 flats, a gym and a roof garden.",
    "A planning committee will consider the application in June.",
]

ARTICLES["agents_report"] = """House prices slip for third month

Estate agents report that buyers are offering well below asking prices in most of the region.

The average home in Kessingford now costs £287,000, down £4,100 since the spring.

According to the Brackley house price index, prices fell by 0.6 per cent in September.

"Sellers who priced their homes for last year's market are sitting on them," said Duncan Ormerod, a director of Ormerod and Vail estate agents.

He added that first-time buyers were still active at the lower end of the market.

A three-bedroom semi on Lark Rise was listed last week at £315,000.
"""
GOLD["agents_report"] = [
    ("report", "Estate agents", "buyers are offering well below asking prices in most of the region"),
    ("According", "the Brackley house price index", "prices fell by 0.6 per cent in September"),
    ("said", "Duncan Ormerod, a director of Ormerod and Vail estate agents", "Sellers who priced their homes for last year's market are sitting on them"),
    ("added", "He", "first-time buyers were still active at the lower end of the market"),
]
NOT_REPORTS["agents_report"] = [
    "The average home in Kessingford now costs £287,000, down £4,100 since the spring.",
    "A three-bedroom semi on Lark Rise was listed last week at £315,000.",
]
SPEAKERS["agents_report"] = [("added", "He", "Duncan Ormerod", "first-time")]

ARTICLES["lender_figures"] = """Mortgage arrears at highest level in six years

Figures from the lender show that one in 40 of its borrowers is at least three months behind with payments.

Northvale Building Society lends to about 210,000 households across the north-west.

Its chief executive, Priya Ramaswamy, said most of those in arrears had come off cheap fixed-rate deals.

The economist predicted that arrears would keep rising until the middle of next year.

Samuel Otway, chief economist at the Fenner Institute, said the worst was still to come for borrowers on variable rates.

The society's standard variable rate is 7.49 per cent.
"""
GOLD["lender_figures"] = [
    ("show", "Figures from the lender", "one in 40 of its borrowers is at least three months behind with payments"),
    ("said", "Its chief executive, Priya Ramaswamy", "most of those in arrears had come off cheap fixed-rate deals"),
    ("predicted", "The economist", "arrears would keep rising until the middle of next year"),
    ("said", "Samuel Otway, chief economist at the Fenner Institute", "the worst was still to come for borrowers on variable rates"),
]
NOT_REPORTS["lender_figures"] = [
    "Northvale Building Society lends to about 210,000 households across the north-west.",
    "The society's standard variable rate is 7.49 per cent.",
]

ARTICLES["mould_estate"] = """Housing association promises to fix mould on Cobb Hill estate

Residents claim that mould has returned to dozens of flats on the Cobb Hill estate weeks after they were treated.

The estate's four blocks were built in 1968 and hold 240 homes.

A spokesman for the Greyfriars Housing Association said surveyors would inspect every flat by Christmas.

"We accept that the first round of work was not good enough," he said.

Tenants' leader Bernadette Quayle said families had been told to keep their windows open in winter.

Rents on the estate rose by 7.7 per cent in April.
"""
GOLD["mould_estate"] = [
    ("claim", "Residents", "mould has returned to dozens of flats on the Cobb Hill estate weeks after they were treated"),
    ("said", "A spokesman for the Greyfriars Housing Association", "surveyors would inspect every flat by Christmas"),
    ("said", "he", "We accept that the first round of work was not good enough"),
    ("said", "Tenants' leader Bernadette Quayle", "families had been told to keep their windows open in winter"),
]
NOT_REPORTS["mould_estate"] = [
    "The estate's four blocks were built in 1968 and hold 240 homes.",
    "Rents on the estate rose by 7.7 per cent in April.",
]

ARTICLES["cladding_check"] = """Inspector finds fire doors missing in block of flats

A fire safety inspector found that fire doors on six floors of Beacon House had been removed.

Beacon House is a 12-storey block on Canal Road with 88 flats.

The inspector also found no working alarm on the top three floors.

The building's managing agent, Stellmark Property Services, said new doors had been ordered.

Leaseholders said they had paid £1,800 each towards safety work that was never done.

The block was clad in aluminium panels in 2009.
"""
GOLD["cladding_check"] = [
    ("found", "A fire safety inspector", "fire doors on six floors of Beacon House had been removed"),
    ("said", "The building's managing agent, Stellmark Property Services", "new doors had been ordered"),
    ("said", "Leaseholders", "they had paid £1,800 each towards safety work that was never done"),
]
NOT_REPORTS["cladding_check"] = [
    # 'found' with a noun phrase and no clause: PolNeAR train marks 'X found NP' 0 times of 8 (polls, reports)
    "The inspector also found no working alarm on the top three floors.",
    "Beacon House is a 12-storey block on Canal Road with 88 flats.",
    "The block was clad in aluminium panels in 2009.",
]

ARTICLES["homeless_warning"] = """Campaigners warn of rise in families in temporary housing

The campaign group Roofline warned that more children would spend Christmas in bed and breakfast rooms than at any time in a decade.

There are 1,460 households in temporary accommodation in the borough.

Roofline's director, Keziah Mbeki, said some families had been moved four times in a year.

The council said it was buying 60 homes to use instead of hotels.

A room at the Seaview Lodge costs the council £78 a night.
"""
GOLD["homeless_warning"] = [
    ("warned", "The campaign group Roofline", "more children would spend Christmas in bed and breakfast rooms than at any time in a decade"),
    ("said", "Roofline's director, Keziah Mbeki", "some families had been moved four times in a year"),
    ("said", "The council", "it was buying 60 homes to use instead of hotels"),
]
NOT_REPORTS["homeless_warning"] = [
    "There are 1,460 households in temporary accommodation in the borough.",
    "A room at the Seaview Lodge costs the council £78 a night.",
]

ARTICLES["anonymous_landlord"] = """Small landlords sell up as rules tighten

One landlord, who declined to be named, told the Herald that he had sold four of his six houses this year.

"The numbers no longer add up once you take the repairs and the tax into account," he said.

The landlord said he expected to sell the last two by the spring.

The National Lettings Federation said a third of its members planned to leave the market.

Private renters make up 19 per cent of households in the county.
"""
GOLD["anonymous_landlord"] = [
    ("told", "One landlord, who declined to be named", "he had sold four of his six houses this year"),
    ("said", "he", "The numbers no longer add up once you take the repairs and the tax into account"),
    ("said", "The landlord", "he expected to sell the last two by the spring"),
    ("said", "The National Lettings Federation", "a third of its members planned to leave the market"),
]
NOT_REPORTS["anonymous_landlord"] = ["Private renters make up 19 per cent of households in the county."]

ARTICLES["council_letter"] = """Council admits it lost homeless man's application

In a letter seen by the Gazette, the council's housing director told Aaron Pettifer that his application had been lost.

Mr Pettifer, 52, has slept in his car since March.

The council admitted that the application should have been assessed within eight weeks.

"We have apologised to Mr Pettifer and his case is now a priority," a council spokeswoman said.

Mr Pettifer said he had phoned the housing office 30 times.

The car is parked behind a supermarket on Mill Road.
"""
GOLD["council_letter"] = [
    ("told", "the council's housing director", "his application had been lost"),
    ("admitted", "The council", "the application should have been assessed within eight weeks"),
    ("said", "a council spokeswoman", "We have apologised to Mr Pettifer and his case is now a priority"),
    ("said", "Mr Pettifer", "he had phoned the housing office 30 times"),
]
NOT_REPORTS["council_letter"] = [
    "Mr Pettifer, 52, has slept in his car since March.",
    "The car is parked behind a supermarket on Mill Road.",
]
SPEAKERS["council_letter"] = [("said", "Mr Pettifer", "Aaron Pettifer", "he had")]

ARTICLES["basement_flat"] = """Student describes basement flat as 'a cave'

Ffion Arkwright moved into the basement flat on Orchard Terrace in September.

She described the flat as "a cave with a kettle".

The flat measures 23 square metres and has one window below street level.

The letting agent, Brindle Homes, said the flat met every legal standard.

Ms Arkwright said she had not been shown the flat before signing the tenancy.

Her rent is £725 a month, bills not included.
"""
GOLD["basement_flat"] = [
    ("described", "She", "a cave with a kettle"),
    ("said", "The letting agent, Brindle Homes", "the flat met every legal standard"),
    ("said", "Ms Arkwright", "she had not been shown the flat before signing the tenancy"),
]
NOT_REPORTS["basement_flat"] = [
    "Ffion Arkwright moved into the basement flat on Orchard Terrace in September.",
    "The flat measures 23 square metres and has one window below street level.",
    "Her rent is £725 a month, bills not included.",
]
SPEAKERS["basement_flat"] = [("described the flat as", "She", "Ffion Arkwright", "a cave")]

ARTICLES["renters_survey"] = """Survey suggests renters skip meals to pay rent

The survey suggests that one in five private renters has skipped meals to keep up with rent.

It was carried out for the charity Hearthwise among 2,000 tenants in October.

Hearthwise said the findings showed that rents had outpaced wages for three years.

Most of those questioned said they could not afford to move.

The average rent for a one-bedroom flat in the city is £1,040 a month.
"""
GOLD["renters_survey"] = [
    ("suggests", "The survey", "one in five private renters has skipped meals to keep up with rent"),
    ("said", "Hearthwise", "the findings showed that rents had outpaced wages for three years"),
    ("said", "Most of those questioned", "they could not afford to move"),
]
NOT_REPORTS["renters_survey"] = [
    "It was carried out for the charity Hearthwise among 2,000 tenants in October.",
    "The average rent for a one-bedroom flat in the city is £1,040 a month.",
]

ARTICLES["eviction_notice"] = """Family given two months to leave rented home

Gemma Larkhill was handed an eviction notice two days after asking for the boiler to be fixed.

The mother of two said she had always paid the rent on time.

Her partner, Joel Ansty, said the family had nowhere else to go.

He said they had viewed nine houses in a month and been turned down for all of them.

The landlord said the house was being sold and the notice had nothing to do with the boiler.

The family has lived in the three-bedroom house on Copse Way since 2017.
"""
GOLD["eviction_notice"] = [
    # a request is a report as PolNeAR marks 'asking for' (3 of 5 on train)
    ("asking for", "Gemma Larkhill", "the boiler to be fixed"),
    ("said", "The mother of two", "she had always paid the rent on time"),
    ("said", "Her partner, Joel Ansty", "the family had nowhere else to go"),
    ("said", "He", "they had viewed nine houses in a month and been turned down for all of them"),
    ("said", "The landlord", "the house was being sold and the notice had nothing to do with the boiler"),
]
NOT_REPORTS["eviction_notice"] = [
    "The family has lived in the three-bedroom house on Copse Way since 2017.",
]
SPEAKERS["eviction_notice"] = [
    ("said", "The mother of two", "Gemma Larkhill", "she had"),
    ("said", "He", "Joel Ansty", "they had"),
]

ARTICLES["cottage_listing"] = """Cottage with a mill stream for sale

Millrace Cottage, Lower Brockford, is on the market with Pelham Sayer at a guide price of £640,000.

The Grade II listed cottage has four bedrooms, two bathrooms and a walled garden of half an acre.

The kitchen has a flagstone floor and an Aga.

"It is the first time the cottage has been sold in 50 years," said Harriet Sayer of the agency.

The village has a pub, a church and a primary school.
"""
GOLD["cottage_listing"] = [
    ("said", "Harriet Sayer of the agency", "It is the first time the cottage has been sold in 50 years"),
]
NOT_REPORTS["cottage_listing"] = [
    "Millrace Cottage, Lower Brockford, is on the market with Pelham Sayer at a guide price of £640,000.",
    "The Grade II listed cottage has four bedrooms, two bathrooms and a walled garden of half an acre.",
    "The kitchen has a flagstone floor and an Aga.",
    "The village has a pub, a church and a primary school.",
]

ARTICLES["fixed_rates"] = """Lenders cut fixed rates as swap costs fall

Three of the largest lenders cut their fixed mortgage rates on Tuesday.

The cheapest five-year fix is now 4.12 per cent, with a fee of £999.

Mortgage broker Tobias Grindle said the cuts would help buyers who had been waiting on the sidelines.

"It is a welcome sign, but nobody should expect the rates of 2021 to come back," he told the Post.

The Bank of Ardmore is expected to hold its base rate next week.
"""
GOLD["fixed_rates"] = [
    ("said", "Mortgage broker Tobias Grindle", "the cuts would help buyers who had been waiting on the sidelines"),
    ("told", "he", "It is a welcome sign, but nobody should expect the rates of 2021 to come back"),
]
NOT_REPORTS["fixed_rates"] = [
    "Three of the largest lenders cut their fixed mortgage rates on Tuesday.",
    "The cheapest five-year fix is now 4.12 per cent, with a fee of £999.",
]
SPEAKERS["fixed_rates"] = [("told", "he", "Tobias Grindle", "It is")]

ARTICLES["rent_freeze"] = """Landlords warn rent freeze will shrink supply

The housing minister, Rhiannon Gallow, announced a 12-month freeze on rent increases for existing tenants.

The freeze will start on 1 April.

The Association of Residential Landlords warned that many members would sell rather than let at a loss.

Its chairman, Gordon Fairweather, said the freeze punished landlords who had kept rents low.

Tenant groups welcomed the move, saying rents had risen by a quarter in three years.

About 410,000 homes are let privately in the region.
"""
GOLD["rent_freeze"] = [
    ("announced", "The housing minister, Rhiannon Gallow", "a 12-month freeze on rent increases for existing tenants"),
    ("warned", "The Association of Residential Landlords", "many members would sell rather than let at a loss"),
    ("said", "Its chairman, Gordon Fairweather", "the freeze punished landlords who had kept rents low"),
    ("saying", "Tenant groups", "rents had risen by a quarter in three years"),
]
NOT_REPORTS["rent_freeze"] = [
    "The freeze will start on 1 April.",
    "About 410,000 homes are let privately in the region.",
]

ARTICLES["student_lets"] = """Students claim halls were not ready on moving day

Students at Carrow University claim their rooms in a new hall of residence had no hot water for a week.

The 640-bed Weaver Court opened on 20 September.

First-year student Omar Haddad said he had showered at the sports centre.

The university said the builder, Tarrant Construction, had handed the hall over late.

Tarrant Construction said the hot water had been fixed on 27 September.

Rooms in the hall cost £189 a week.
"""
GOLD["student_lets"] = [
    ("claim", "Students at Carrow University", "their rooms in a new hall of residence had no hot water for a week"),
    ("said", "First-year student Omar Haddad", "he had showered at the sports centre"),
    ("said", "The university", "the builder, Tarrant Construction, had handed the hall over late"),
    ("said", "Tarrant Construction", "the hot water had been fixed on 27 September"),
]
NOT_REPORTS["student_lets"] = [
    "The 640-bed Weaver Court opened on 20 September.",
    "Rooms in the hall cost £189 a week.",
]

ARTICLES["shared_house"] = """Council refuses licence for eight-bed shared house

Landlord Victor Ambrose had applied for a licence to let the terraced house on Quarry Street to eight tenants.

The house has one kitchen and two bathrooms.

A licensing officer concluded that the kitchen was too small for more than five people.

Mr Ambrose said he would appeal against the decision.

Neighbours on Quarry Street complained that bins were left on the pavement for weeks.

The street already has 14 licensed shared houses.
"""
GOLD["shared_house"] = [
    ("concluded", "A licensing officer", "the kitchen was too small for more than five people"),
    ("said", "Mr Ambrose", "he would appeal against the decision"),
    ("complained", "Neighbours on Quarry Street", "bins were left on the pavement for weeks"),
]
NOT_REPORTS["shared_house"] = [
    "Landlord Victor Ambrose had applied for a licence to let the terraced house on Quarry Street to eight tenants.",
    "The house has one kitchen and two bathrooms.",
    "The street already has 14 licensed shared houses.",
]
SPEAKERS["shared_house"] = [("said", "Mr Ambrose", "Victor Ambrose", "he would")]

ARTICLES["shared_ownership"] = """Shared owners face bills for roof repairs

Shared owners in the Lantern Quay development have been sent bills of up to £14,000 for roof repairs.

Under the "Keys First" scheme, buyers own between 25 and 75 per cent of their homes and pay rent on the rest.

Buyer Stacey Mirren told the Echo that nobody had warned her she would pay the full cost of repairs.

"I own a third of my flat and I am paying for all of the roof," she said.

Tollgate Homes said the leases made the cost of repairs clear.

The development has 54 flats in three blocks.
"""
GOLD["shared_ownership"] = [
    ("told", "Buyer Stacey Mirren", "nobody had warned her she would pay the full cost of repairs"),
    ("said", "she", "I own a third of my flat and I am paying for all of the roof"),
    ("said", "Tollgate Homes", "the leases made the cost of repairs clear"),
]
NOT_REPORTS["shared_ownership"] = [
    "Shared owners in the Lantern Quay development have been sent bills of up to £14,000 for roof repairs.",
    "Under the \"Keys First\" scheme, buyers own between 25 and 75 per cent of their homes and pay rent on the rest.",
    "The development has 54 flats in three blocks.",
]
SPEAKERS["shared_ownership"] = [("said", "she", "Stacey Mirren", "I own")]

ARTICLES["estate_regeneration"] = """Estate to be rebuilt after residents back plan

The Fallowfield estate will be demolished and rebuilt over ten years.

The plan includes 1,100 new homes, of which 430 will be let at social rents.

Council leader Marcus Oyelaran said every existing tenant would be offered a new home on the estate.

Some leaseholders fear they will be priced out.

Leaseholder Wendy Castellan said the council had offered her £210,000 for a flat that would cost £390,000 to replace.

The first phase, known as "Fallowfield Gardens", will start in 2026.
"""
GOLD["estate_regeneration"] = [
    ("said", "Council leader Marcus Oyelaran", "every existing tenant would be offered a new home on the estate"),
    ("fear", "Some leaseholders", "they will be priced out"),
    ("said", "Leaseholder Wendy Castellan", "the council had offered her £210,000 for a flat that would cost £390,000 to replace"),
]
NOT_REPORTS["estate_regeneration"] = [
    "The Fallowfield estate will be demolished and rebuilt over ten years.",
    "The plan includes 1,100 new homes, of which 430 will be let at social rents.",
    "The first phase, known as \"Fallowfield Gardens\", will start in 2026.",
]

ARTICLES["holiday_lets"] = """Village says holiday lets have emptied its streets

Residents of Porthellis say that more than half the homes in the village are now holiday lets.

The village school closed in 2022 with 11 pupils on its roll.

Parish councillor Tamsin Roskilly said young families could no longer afford to live there.

"In winter you can walk the length of the harbour and not see a light on," she said.

A two-bedroom cottage in the village sold for £465,000 in August.
"""
GOLD["holiday_lets"] = [
    ("say", "Residents of Porthellis", "more than half the homes in the village are now holiday lets"),
    ("said", "Parish councillor Tamsin Roskilly", "young families could no longer afford to live there"),
    ("said", "she", "In winter you can walk the length of the harbour and not see a light on"),
]
NOT_REPORTS["holiday_lets"] = [
    "The village school closed in 2022 with 11 pupils on its roll.",
    "A two-bedroom cottage in the village sold for £465,000 in August.",
]
SPEAKERS["holiday_lets"] = [("said", "she", "Tamsin Roskilly", "In winter")]

ARTICLES["empty_homes"] = """Hundreds of homes lie empty as waiting list grows

There are 812 homes in the district that have been empty for more than two years.

The council's housing waiting list has 5,300 names on it.

Councillor Bryn Talfryn said owners of empty homes would pay four times the usual council tax from April.

He said the council would also buy some of the houses and let them to families on the list.

A house on Ebbw Street has been boarded up since 2011.
"""
GOLD["empty_homes"] = [
    ("said", "Councillor Bryn Talfryn", "owners of empty homes would pay four times the usual council tax from April"),
    ("said", "He", "the council would also buy some of the houses and let them to families on the list"),
]
NOT_REPORTS["empty_homes"] = [
    "There are 812 homes in the district that have been empty for more than two years.",
    "The council's housing waiting list has 5,300 names on it.",
    "A house on Ebbw Street has been boarded up since 2011.",
]
SPEAKERS["empty_homes"] = [("said", "He", "Bryn Talfryn", "the council")]

ARTICLES["property_auction"] = """Derelict chapel sells at auction for three times its guide price

A derelict chapel in Caradon Street sold at auction for £186,000 on Thursday.

The guide price was £60,000.

The chapel has no roof and a tree growing through the nave.

Auctioneer Felicity Brannock said 14 bidders had been in the room and on the phone.

The buyer, a local builder, said he planned to turn the chapel into four flats.
"""
GOLD["property_auction"] = [
    ("said", "Auctioneer Felicity Brannock", "14 bidders had been in the room and on the phone"),
    ("said", "The buyer, a local builder", "he planned to turn the chapel into four flats"),
]
NOT_REPORTS["property_auction"] = [
    "A derelict chapel in Caradon Street sold at auction for £186,000 on Thursday.",
    "The guide price was £60,000.",
    "The chapel has no roof and a tree growing through the nave.",
]

ARTICLES["waking_watch"] = """Residents pay for fire wardens while cladding stays up

Residents of Marlowe Point have paid £340,000 for fire wardens to patrol the block since 2021.

The 16-storey block has 120 flats and a single staircase.

The fire service said the wardens would stay until the cladding was removed.

Leaseholder Kwame Asante-Boateng said he could not sell his flat or remortgage it.

The freeholder, Quillon Estates, said it was waiting for government money to pay for the work.
"""
GOLD["waking_watch"] = [
    ("said", "The fire service", "the wardens would stay until the cladding was removed"),
    ("said", "Leaseholder Kwame Asante-Boateng", "he could not sell his flat or remortgage it"),
    ("said", "The freeholder, Quillon Estates", "it was waiting for government money to pay for the work"),
]
NOT_REPORTS["waking_watch"] = [
    "Residents of Marlowe Point have paid £340,000 for fire wardens to patrol the block since 2021.",
    "The 16-storey block has 120 flats and a single staircase.",
]

ARTICLES["street_count"] = """Rough sleeping count finds 64 people on city streets

A count carried out by the council on one night in November found 64 people sleeping rough in the city centre.

Last year's count found 41.

The charity Doorstep said the true number was likely to be far higher.

Its outreach worker, Callum Reddish, said many people slept in parks and car parks outside the area of the count.

The city's night shelter on Vine Street has 30 beds.
"""
GOLD["street_count"] = [
    ("said", "The charity Doorstep", "the true number was likely to be far higher"),
    ("said", "Its outreach worker, Callum Reddish", "many people slept in parks and car parks outside the area of the count"),
]
NOT_REPORTS["street_count"] = [
    # 'found' with a noun phrase and no clause, as PolNeAR leaves it (0 of 8 on train)
    "A count carried out by the council on one night in November found 64 people sleeping rough in the city centre.","The city's night shelter on Vine Street has 30 beds."]

ARTICLES["deposit_dispute"] = """Tribunal orders landlord to repay tenant's deposit

A property tribunal ruled that landlord Desmond Whitcher must repay a former tenant's deposit of £1,350 with a penalty.

The tribunal found that the deposit had never been placed in a protection scheme.

Mr Whitcher told the hearing that he had not known the rules applied to lodgers.

The tenant, Aisling Brophy, said she had waited eight months for the money.

The flat, on the second floor of a converted warehouse, has since been let again.
"""
GOLD["deposit_dispute"] = [
    ("ruled", "A property tribunal", "landlord Desmond Whitcher must repay a former tenant's deposit of £1,350 with a penalty"),
    ("found", "The tribunal", "the deposit had never been placed in a protection scheme"),
    ("told", "Mr Whitcher", "he had not known the rules applied to lodgers"),
    ("said", "The tenant, Aisling Brophy", "she had waited eight months for the money"),
]
NOT_REPORTS["deposit_dispute"] = ["The flat, on the second floor of a converted warehouse, has since been let again."]
SPEAKERS["deposit_dispute"] = [("told", "Mr Whitcher", "Desmond Whitcher", "he had")]

ARTICLES["new_build_snags"] = """Buyers of new homes list hundreds of faults

Buyers on the Meadow Reach estate in Holtby have listed more than 700 faults in homes built by Sandpiper Homes.

The homes, priced from £249,000, were sold with a ten-year warranty.

Homeowner Dilys Penhallow said water had poured through her kitchen ceiling the week she moved in.

The developer insisted that most of the faults were minor and had been fixed.

"Every new home has snags, and we fix them," said Sandpiper's regional director, Anton Kivela.

The estate's 140 homes were finished in May.
"""
GOLD["new_build_snags"] = [
    # a verb 'listed' with a person's object is a report as PolNeAR marks it (the ranker's 'listed' 5 right of 7 on train)
    ("listed", "Buyers on the Meadow Reach estate in Holtby", "more than 700 faults in homes built by Sandpiper Homes"),
    ("said", "Homeowner Dilys Penhallow", "water had poured through her kitchen ceiling the week she moved in"),
    ("insisted", "The developer", "most of the faults were minor and had been fixed"),
    ("said", "Sandpiper's regional director, Anton Kivela", "Every new home has snags, and we fix them"),
]
NOT_REPORTS["new_build_snags"] = [
    "The homes, priced from £249,000, were sold with a ten-year warranty.",
    "The estate's 140 homes were finished in May.",
]

# Written after the mends of this pass, to probe their shapes in other words: a proceeding dismissed (no report)
# beside words dismissed (a report), and chains of a role, a pronoun and a named landlady or tenant.
ARTICLES["service_charge_case"] = """Leaseholders lose service charge case

The Upper Tribunal dismissed an appeal by leaseholders at Cinnabar Wharf against a service charge of £4,700 a flat.

The charge pays for a new lift and a concierge desk.

The tribunal ruled that the freeholder, Oystergate Estates, had consulted residents properly.

Leaseholder Mehmet Ucar dismissed the ruling as "a licence to print money".

He said residents would ask their MP to raise the case in Parliament.

Cinnabar Wharf has 96 flats on nine floors.
"""
GOLD["service_charge_case"] = [
    ("ruled", "The tribunal", "the freeholder, Oystergate Estates, had consulted residents properly"),
    ("dismissed", "Leaseholder Mehmet Ucar", "the ruling as \"a licence to print money\""),
    ("said", "He", "residents would ask their MP to raise the case in Parliament"),
]
NOT_REPORTS["service_charge_case"] = [
    "The Upper Tribunal dismissed an appeal by leaseholders at Cinnabar Wharf against a service charge of £4,700 a flat.",
    "The charge pays for a new lift and a concierge desk.",
    "Cinnabar Wharf has 96 flats on nine floors.",
]
SPEAKERS["service_charge_case"] = [("said", "He", "Mehmet Ucar", "residents")]

ARTICLES["possession_claim"] = """Judge throws out landlord's bid to evict pensioner

A county court judge dismissed a possession claim against Winifred Oakes, 81, who has rented her cottage in Selby Moor for 46 years.

Her landlord, Pennard Farms, had said it needed the cottage for a farm worker.

The judge dismissed the case because the notice had been served on the wrong form.

Mrs Oakes said she had been "sick with worry" since the summer.

The pensioner said she wanted to stay in the village where she was born.

The cottage has two bedrooms and an outside toilet.
"""
GOLD["possession_claim"] = [
    ("said", "Her landlord, Pennard Farms", "it needed the cottage for a farm worker"),
    ("said", "Mrs Oakes", "she had been \"sick with worry\" since the summer"),
    ("said", "The pensioner", "she wanted to stay in the village where she was born"),
]
NOT_REPORTS["possession_claim"] = [
    "The judge dismissed the case because the notice had been served on the wrong form.",
    "The cottage has two bedrooms and an outside toilet.",
]
SPEAKERS["possession_claim"] = [("said", "The pensioner", "Winifred Oakes", "she wanted")]

ARTICLES["bedsit_heating"] = """Bedsit tenants go without heating for a month

Tenants in a converted house on Wherry Road have had no heating since the boiler broke on 3 January.

The house is divided into seven bedsits that share two bathrooms.

Their landlady, Maureen Tofts, said a replacement boiler had been ordered but was out of stock.

The landlady said she had given each tenant an electric heater.

Tenant Bogdan Lis said the heaters tripped the fuses whenever two were on at once.

He said he had been sleeping at his sister's flat.
"""
GOLD["bedsit_heating"] = [
    ("said", "Their landlady, Maureen Tofts", "a replacement boiler had been ordered but was out of stock"),
    ("said", "The landlady", "she had given each tenant an electric heater"),
    ("said", "Tenant Bogdan Lis", "the heaters tripped the fuses whenever two were on at once"),
    ("said", "He", "he had been sleeping at his sister's flat"),
]
NOT_REPORTS["bedsit_heating"] = [
    "Tenants in a converted house on Wherry Road have had no heating since the boiler broke on 3 January.",
    "The house is divided into seven bedsits that share two bathrooms.",
]
SPEAKERS["bedsit_heating"] = [
    ("said", "The landlady", "Maureen Tofts", "she had"),
    ("said", "He", "Bogdan Lis", "he had"),
]
