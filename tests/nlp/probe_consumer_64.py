# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-fourth session's check of consumer and local business news (helper H): shop
and restaurant openings and closures, hygiene ratings, product faults and recalls, refunds and complaints, delivery
failures, scams, price rises at a local firm, high-street decline and bank branch closures: 'a spokesperson for the
firm said it was looking into the matter', 'the owner, who opened the cafe in 2009, said', 'customers have taken to
social media to complain', 'the council's inspection report said', 'the company said it would contact affected
customers', 'Trading Standards warned', 'one shopper, who did not want to be named, told', 'the bank said fewer
customers now use the branch', 'the ombudsman ruled', 'reviews on the site describe', 'locals fear', 'the chain
confirmed', and speakers named again by pronoun or role across paragraphs ('the owner', 'the mother of three', 'she').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included; the project's
convention ends a source before the comma that closes a relative clause on it): per article, (a word of the cue, the
source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (opening
hours, addresses, prices, menu items, ratings stated by the writer, instructions to readers, a shop's history told by
the writer, promotional lines, 'has been approached for comment'); (cue, source, speaker, the content's first words)
in ``SPEAKERS``. The first twenty-six were written before any run, the next six after the first (harder shapes),
'ferry_refunds' and a line of 'retailer_refund' after the first mend, the next three before the businesses' nouns
were mended and 'florist_rent' to probe the role a 'who' clause gives. Every name, place, firm, figure and sentence
is made up. Read by
``test_probe_findings_64_consumer``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["kettle_recall"] = """Kettles recalled after lids fly off

Brackley Home Appliances has recalled 12,000 kettles after reports that their lids can come loose when the water boils.

A spokesperson for the firm said it was looking into the matter and would replace every affected kettle free of charge.

The KT-40 kettle was sold in white and grey between March and October last year.

Owners can check the model number on the base of the kettle.

Mark Ellery, from Tolworth, said the lid hit his arm while he was making tea.
"""
GOLD["kettle_recall"] = [
    ("said", "A spokesperson for the firm", "it was looking into the matter and would replace every affected kettle free of charge"),
    ("said", "Mark Ellery, from Tolworth", "the lid hit his arm while he was making tea"),
]
NOT_REPORTS["kettle_recall"] = ["The KT-40 kettle was sold in white and grey between March and October last year.", "Owners can check the model number on the base of the kettle."]

ARTICLES["cafe_closes"] = """Seafront cafe to close after 15 years

The Gull's Nest cafe on Harbour Parade in Saltmere will serve its last breakfast on Sunday.

The owner, who opened the cafe in 2009, said rising energy bills had made it impossible to carry on.

The cafe is open from 8am to 3pm every day until then.

Its full English breakfast costs £9.50.

Regulars said the seafront would not be the same without it.
"""
GOLD["cafe_closes"] = [
    ("said", "The owner, who opened the cafe in 2009", "rising energy bills had made it impossible to carry on"),
    ("said", "Regulars", "the seafront would not be the same without it"),
]
NOT_REPORTS["cafe_closes"] = ["The cafe is open from 8am to 3pm every day until then.", "Its full English breakfast costs £9.50."]

ARTICLES["parcel_delays"] = """Parcel firm blames staff shortages for missed deliveries

Customers have taken to social media to complain that parcels were left out in the rain or never arrived.

Swiftline Parcels said it would contact affected customers by email this week.

The company delivers about 90,000 parcels a day from its depot in Cradley.

Anna Kovac, who runs a candle shop online, said three orders to her customers had gone missing in a fortnight.

She said she had lost about £400.
"""
GOLD["parcel_delays"] = [
    ("complain", "Customers", "parcels were left out in the rain or never arrived"),
    ("said", "Swiftline Parcels", "it would contact affected customers by email this week"),
    ("said", "Anna Kovac, who runs a candle shop online", "three orders to her customers had gone missing in a fortnight"),
    ("said", "She", "she had lost about £400"),
]
NOT_REPORTS["parcel_delays"] = ["The company delivers about 90,000 parcels a day from its depot in Cradley."]
SPEAKERS["parcel_delays"] = [("said", "She", "Anna Kovac", "she had lost")]

ARTICLES["hygiene_zero"] = """Takeaway given zero hygiene rating

A takeaway in Dunmore Road has been given a food hygiene rating of zero, the lowest possible score.

The council's inspection report said raw chicken was stored above cooked rice in the kitchen's only fridge.

Golden Wok sells noodles, curries and rice dishes and delivers within three miles.

The owner of Golden Wok, Danny Lau, said the problems had been fixed within a day of the visit.

He said he had asked for a new inspection.

Ratings run from zero to five.
"""
GOLD["hygiene_zero"] = [
    ("said", "The council's inspection report", "raw chicken was stored above cooked rice in the kitchen's only fridge"),
    ("said", "The owner of Golden Wok, Danny Lau", "the problems had been fixed within a day of the visit"),
    ("said", "He", "he had asked for a new inspection"),
]
NOT_REPORTS["hygiene_zero"] = ["Golden Wok sells noodles, curries and rice dishes and delivers within three miles.", "Ratings run from zero to five."]
SPEAKERS["hygiene_zero"] = [("said", "He", "Danny Lau", "he had asked")]

ARTICLES["doorstep_scam"] = """Warning over fake water board callers

Trading Standards warned that men posing as water company staff had been knocking on doors in Aldwick.

Residents said the men asked to check their taps and then demanded cash for a "safety test".

Real water company staff always carry an identity card with a photograph.

Contact your bank immediately if you think you have handed over money to a caller.

Never let a caller into your home without checking their card.

Police said two elderly women had lost a total of £1,800.
"""
GOLD["doorstep_scam"] = [
    ("warned", "Trading Standards", "men posing as water company staff had been knocking on doors in Aldwick"),
    ("said", "Residents", "the men asked to check their taps and then demanded cash for a \"safety test\""),
    ("think", "you", "you have handed over money to a caller"),
    ("said", "Police", "two elderly women had lost a total of £1,800"),
]
NOT_REPORTS["doorstep_scam"] = ["Real water company staff always carry an identity card with a photograph.", "Never let a caller into your home without checking their card."]

ARTICLES["supermarket_queue"] = """Shoppers queue for hours as discount store opens

Hundreds of people queued outside the new Pennyway store in Hollins Retail Park on Saturday morning.

One shopper, who did not want to be named, told the Hollins Herald the queue had stretched round the car park by 7am.

The store stocks more than 4,000 lines, from garden furniture to pet food.

It is open from 8am to 10pm on weekdays and from 10am to 4pm on Sundays.

Pennyway said the store had created 85 jobs.
"""
GOLD["supermarket_queue"] = [
    ("told", "One shopper, who did not want to be named", "the queue had stretched round the car park by 7am"),
    ("said", "Pennyway", "the store had created 85 jobs"),
]
NOT_REPORTS["supermarket_queue"] = ["The store stocks more than 4,000 lines, from garden furniture to pet food.", "It is open from 8am to 10pm on weekdays and from 10am to 4pm on Sundays."]

ARTICLES["branch_closure"] = """Last bank in Wexcombe to shut its doors

Farrow Bank will close its branch on Wexcombe High Street in June, leaving the town without a bank.

The bank said fewer customers now use the branch, with most banking on their phones.

Locals fear older people will struggle to pay in cash or speak to anyone about their accounts.

The branch, at 14 High Street, has been open since 1921.

Town councillor Rita Mahon said she would write to the bank's chief executive.
"""
GOLD["branch_closure"] = [
    ("said", "The bank", "fewer customers now use the branch, with most banking on their phones"),
    ("fear", "Locals", "older people will struggle to pay in cash or speak to anyone about their accounts"),
    ("said", "Town councillor Rita Mahon", "she would write to the bank's chief executive"),
]
NOT_REPORTS["branch_closure"] = ["The branch, at 14 High Street, has been open since 1921."]

ARTICLES["ombudsman_refund"] = """Bank told to refund woman tricked by fake delivery text

A woman from Pelham who lost £4,200 to a fake delivery text will get her money back after a complaint to the financial ombudsman.

Gemma Hart, a mother of three, said she had clicked a link to pay a £1.99 redelivery fee.

The ombudsman ruled that Castlegate Bank should have stopped the payments because they were unusual for her account.

The mother of three said the money had been saved for a family holiday.

Castlegate Bank said it accepted the decision.
"""
GOLD["ombudsman_refund"] = [
    ("said", "Gemma Hart, a mother of three", "she had clicked a link to pay a £1.99 redelivery fee"),
    ("ruled", "The ombudsman", "Castlegate Bank should have stopped the payments because they were unusual for her account"),
    ("said", "The mother of three", "the money had been saved for a family holiday"),
    ("said", "Castlegate Bank", "it accepted the decision"),
]
NOT_REPORTS["ombudsman_refund"] = []
SPEAKERS["ombudsman_refund"] = [("said", "The mother of three", "Gemma Hart", "the money had been")]

ARTICLES["hotel_reviews"] = """Guests complain of cold rooms at spa hotel

The Larchmont Spa Hotel near Kelby has a pool, a sauna and 42 bedrooms.

Reviews on the site describe the rooms as cold and the breakfast as poor.

A double room costs from £129 a night.

The hotel's manager, Oliver Crane, said a new boiler would be fitted next month.

The manager said guests who had complained would be offered a free night.
"""
GOLD["hotel_reviews"] = [
    ("describe", "Reviews on the site", "the rooms as cold and the breakfast as poor"),
    ("said", "The hotel's manager, Oliver Crane", "a new boiler would be fitted next month"),
    ("said", "The manager", "guests who had complained would be offered a free night"),
]
NOT_REPORTS["hotel_reviews"] = ["The Larchmont Spa Hotel near Kelby has a pool, a sauna and 42 bedrooms.", "A double room costs from £129 a night."]
SPEAKERS["hotel_reviews"] = [("said", "The manager", "Oliver Crane", "guests who")]

ARTICLES["retailer_refund"] = """Sofa buyers still waiting for refunds

Customers of Comfi Living say they have waited months for refunds on sofas that never arrived.

Joan Pike, 71, from Marsden Vale, paid £1,350 for a corner sofa in January.

She said she had phoned the company more than 30 times.

The retailer has been approached for comment.

The company later said it was contacting every customer who was owed money.

Comfi Living has showrooms in Lowby, Fennick and Yarrow.
"""
GOLD["retailer_refund"] = [
    ("say", "Customers of Comfi Living", "they have waited months for refunds on sofas that never arrived"),
    ("said", "She", "she had phoned the company more than 30 times"),
    ("said", "The company", "it was contacting every customer who was owed money"),
]
NOT_REPORTS["retailer_refund"] = ["Joan Pike, 71, from Marsden Vale, paid £1,350 for a corner sofa in January.", "The retailer has been approached for comment.", "Comfi Living has showrooms in Lowby, Fennick and Yarrow."]
SPEAKERS["retailer_refund"] = [("said", "She", "Joan Pike", "she had phoned"), ("said", "The company", "Comfi Living", "it was contacting")]

ARTICLES["chain_closures"] = """Bakery chain to close 14 shops

The chain confirmed that 14 of its 60 shops would close by the end of the month.

Crumbwell Bakers, founded by a baker in Ossett in 1952, now employs about 900 people.

Its steak bake costs £2.10 and a sausage roll £1.25.

A company spokesman said staff at the closing shops would be offered jobs at other branches.

The bakers' union said it had not been consulted.
"""
GOLD["chain_closures"] = [
    ("confirmed", "The chain", "14 of its 60 shops would close by the end of the month"),
    ("said", "A company spokesman", "staff at the closing shops would be offered jobs at other branches"),
    ("said", "The bakers' union", "it had not been consulted"),
]
NOT_REPORTS["chain_closures"] = ["Crumbwell Bakers, founded by a baker in Ossett in 1952, now employs about 900 people.", "Its steak bake costs £2.10 and a sausage roll £1.25."]

ARTICLES["bus_fare_firm"] = """Village shop raises prices as costs climb

The only shop in Thornby has put up the price of a pint of milk to £1.40.

Its owner, Raj Mistry, said his electricity bill had tripled in a year.

The shop has been run by the Mistry family since 1987.

Mr Mistry said he did not want to raise prices but had no choice.

Some villagers said they now drive to a supermarket in Coleford instead.
"""
GOLD["bus_fare_firm"] = [
    ("said", "Its owner, Raj Mistry", "his electricity bill had tripled in a year"),
    ("said", "Mr Mistry", "he did not want to raise prices but had no choice"),
    ("said", "Some villagers", "they now drive to a supermarket in Coleford instead"),
]
NOT_REPORTS["bus_fare_firm"] = ["The only shop in Thornby has put up the price of a pint of milk to £1.40.", "The shop has been run by the Mistry family since 1987."]
SPEAKERS["bus_fare_firm"] = [("said", "Mr Mistry", "Raj Mistry", "he did not want")]

ARTICLES["high_street"] = """One in five shops empty on Castleton high street

One in five shop units on Castleton's main street now stands empty, according to a survey by the town's traders' association.

The association's chair, Helen Frost, said high business rates were driving small firms away.

A card shop, two banks and a shoe shop have closed since 2022.

Shoppers blame the lack of free parking.

The borough council said it was looking at ways to cut parking charges.
"""
GOLD["high_street"] = [
    ("according", "a survey by the town's traders' association", "One in five shop units on Castleton's main street now stands empty"),
    ("said", "The association's chair, Helen Frost", "high business rates were driving small firms away"),
    ("blame", "Shoppers", "the lack of free parking"),
    ("said", "The borough council", "it was looking at ways to cut parking charges"),
]
NOT_REPORTS["high_street"] = ["A card shop, two banks and a shoe shop have closed since 2022."]

ARTICLES["restaurant_opens"] = """New Lebanese restaurant opens in old bank

A Lebanese restaurant has opened in the former Westley Bank building on Corn Street in Brindle.

Zaatar House seats 80 people and serves mezze, grills and fresh flatbreads.

Its owner, Layla Haddad, said she had wanted to open a restaurant since she was a teenager.

Book a table before Friday and get a free dessert.

She said the bank's old vault would be used as a wine cellar.

The restaurant is open from noon until 11pm, Tuesday to Sunday.
"""
GOLD["restaurant_opens"] = [
    ("said", "Its owner, Layla Haddad", "she had wanted to open a restaurant since she was a teenager"),
    ("said", "She", "the bank's old vault would be used as a wine cellar"),
]
NOT_REPORTS["restaurant_opens"] = ["Zaatar House seats 80 people and serves mezze, grills and fresh flatbreads.", "Book a table before Friday and get a free dessert.", "The restaurant is open from noon until 11pm, Tuesday to Sunday."]
SPEAKERS["restaurant_opens"] = [("said", "She", "Layla Haddad", "the bank's old vault")]

ARTICLES["phone_fault"] = """Phones overheat after software update

Owners of the Nexo A7 phone say their handsets have become too hot to hold since an update last week.

The manufacturer, Nexo Mobile, admitted that the update had caused problems on some models.

It said a fix would be released within days.

The A7 went on sale in 2023 at £329.

Owners should not charge the phone overnight until the fix is installed.
"""
GOLD["phone_fault"] = [
    ("say", "Owners of the Nexo A7 phone", "their handsets have become too hot to hold since an update last week"),
    ("admitted", "The manufacturer, Nexo Mobile", "the update had caused problems on some models"),
    ("said", "It", "a fix would be released within days"),
]
NOT_REPORTS["phone_fault"] = ["The A7 went on sale in 2023 at £329.", "Owners should not charge the phone overnight until the fix is installed."]
SPEAKERS["phone_fault"] = [("said", "It", "Nexo Mobile", "a fix would")]

ARTICLES["butcher_award"] = """Family butcher wins county award

Pollard's Butchers in Greyfield has been named the county's best butcher for the second year running.

The shop was opened by Arthur Pollard in 1961 and is now run by his granddaughter, Kate.

Kate Pollard said the award belonged to her staff.

Its pork and apple sausages sell for £6 a kilo.

The judges said the shop's dry-aged beef was the best they had tasted.
"""
GOLD["butcher_award"] = [
    ("said", "Kate Pollard", "the award belonged to her staff"),
    ("said", "The judges", "the shop's dry-aged beef was the best they had tasted"),
]
NOT_REPORTS["butcher_award"] = ["The shop was opened by Arthur Pollard in 1961 and is now run by his granddaughter, Kate.", "Its pork and apple sausages sell for £6 a kilo."]

ARTICLES["energy_firm_bills"] = """Energy firm wrongly billed thousands

Brightwater Energy said it had sent wrong bills to about 6,000 customers after a computer error.

The firm said anyone who had been overcharged would be refunded in full by the end of the month.

Tom Aske, a retired postman from Runwell, said his bill had jumped from £90 to £640.

The pensioner said he had been too worried to sleep.

Brightwater supplies gas and electricity to 300,000 homes.
"""
GOLD["energy_firm_bills"] = [
    ("said", "Brightwater Energy", "it had sent wrong bills to about 6,000 customers after a computer error"),
    ("said", "The firm", "anyone who had been overcharged would be refunded in full by the end of the month"),
    ("said", "Tom Aske, a retired postman from Runwell", "his bill had jumped from £90 to £640"),
    ("said", "The pensioner", "he had been too worried to sleep"),
]
NOT_REPORTS["energy_firm_bills"] = ["Brightwater supplies gas and electricity to 300,000 homes."]
SPEAKERS["energy_firm_bills"] = [("said", "The pensioner", "Tom Aske", "he had been")]

ARTICLES["gym_contract"] = """Gym members say they cannot cancel

Members of FlexPoint Gyms claim the firm has made it almost impossible to cancel a contract.

Sam Okoro, 29, said he had been charged for four months after moving to another city.

Membership costs £24.99 a month with a joining fee of £20.

FlexPoint denied that it made cancelling difficult.

A consumer group, Fair Deal, said it had received more than 200 complaints about the gym.
"""
GOLD["gym_contract"] = [
    ("claim", "Members of FlexPoint Gyms", "the firm has made it almost impossible to cancel a contract"),
    ("said", "Sam Okoro, 29", "he had been charged for four months after moving to another city"),
    ("denied", "FlexPoint", "it made cancelling difficult"),
    ("said", "A consumer group, Fair Deal", "it had received more than 200 complaints about the gym"),
]
NOT_REPORTS["gym_contract"] = ["Membership costs £24.99 a month with a joining fee of £20."]

ARTICLES["market_traders"] = """Market traders angry at rent rise

Stallholders at Eastbury indoor market say a 20% rise in rents will force some of them out.

The market has 64 stalls selling fish, fruit, fabric and second-hand books.

It opens at 7am on Tuesdays, Fridays and Saturdays.

Fishmonger Lena Brook, whose family has had a stall there for 40 years, said she might have to close.

The council, which owns the market, said the rise was needed to pay for a new roof.
"""
GOLD["market_traders"] = [
    ("say", "Stallholders at Eastbury indoor market", "a 20% rise in rents will force some of them out"),
    ("said", "Fishmonger Lena Brook, whose family has had a stall there for 40 years", "she might have to close"),
    ("said", "The council, which owns the market", "the rise was needed to pay for a new roof"),
]
NOT_REPORTS["market_traders"] = ["The market has 64 stalls selling fish, fruit, fabric and second-hand books.", "It opens at 7am on Tuesdays, Fridays and Saturdays."]

ARTICLES["car_dealer"] = """Used car dealer fined for selling unsafe cars

A used car dealer in Hamble Cross has been fined £15,000 for selling cars with faulty brakes.

Magistrates heard that three of the cars had failed basic safety checks.

Steve Dunn, who runs Dunn Motors, told the court he had not known about the faults.

Trading Standards officers said buyers should always ask to see a car's service history.

Dunn Motors is on the Old Mill industrial estate.
"""
GOLD["car_dealer"] = [
    ("heard", "", "three of the cars had failed basic safety checks"),
    ("told", "Steve Dunn, who runs Dunn Motors", "he had not known about the faults"),
    ("said", "Trading Standards officers", "buyers should always ask to see a car's service history"),
]
NOT_REPORTS["car_dealer"] = ["Dunn Motors is on the Old Mill industrial estate."]

ARTICLES["broadband_outage"] = """Broadband down for three days in Kessington

Hundreds of homes in Kessington were left without broadband for three days last week.

Streamnet said engineers had repaired a cable cut by roadworks.

The company said customers would get a credit on their next bill.

Home worker Priya Desai said she had to work from a cafe in the next town.

Customers can claim compensation of £9.33 for each day without service.
"""
GOLD["broadband_outage"] = [
    ("said", "Streamnet", "engineers had repaired a cable cut by roadworks"),
    ("said", "The company", "customers would get a credit on their next bill"),
    ("said", "Home worker Priya Desai", "she had to work from a cafe in the next town"),
]
NOT_REPORTS["broadband_outage"] = ["Hundreds of homes in Kessington were left without broadband for three days last week.", "Customers can claim compensation of £9.33 for each day without service."]

ARTICLES["toy_shop"] = """Toy shop closes after 60 years

Wendell's Toys, on Bridge Street in Amberly, will close for good on Saturday.

The shop opened in 1964 and sold train sets, dolls' houses and board games.

Owner Frank Wendell, 78, said online shopping had taken most of his trade.

"Children still love coming in, but their parents buy everything on the internet," he said.

Everything in the shop is half price until it closes.
"""
GOLD["toy_shop"] = [
    ("said", "Owner Frank Wendell, 78", "online shopping had taken most of his trade"),
    ("said", "he", "Children still love coming in, but their parents buy everything on the internet"),
]
NOT_REPORTS["toy_shop"] = ["The shop opened in 1964 and sold train sets, dolls' houses and board games.", "Everything in the shop is half price until it closes."]
SPEAKERS["toy_shop"] = [("said", "he", "Frank Wendell", "Children still")]

ARTICLES["ticket_scam"] = """Fans lose money to fake concert tickets

Music fans in Northgate have lost more than £6,000 to a fake ticket seller on social media.

Police warned people to buy tickets only from official sellers.

Chloe Barnes, a student, said she paid £180 for two tickets that never arrived.

The student said the seller had blocked her as soon as the money was sent.

Never pay for tickets by bank transfer to someone you do not know.
"""
GOLD["ticket_scam"] = [
    ("warned", "Police", "people to buy tickets only from official sellers"),
    ("said", "Chloe Barnes, a student", "she paid £180 for two tickets that never arrived"),
    ("said", "The student", "the seller had blocked her as soon as the money was sent"),
]
NOT_REPORTS["ticket_scam"] = ["Never pay for tickets by bank transfer to someone you do not know."]
SPEAKERS["ticket_scam"] = [("said", "The student", "Chloe Barnes", "the seller had")]

ARTICLES["pub_reopens"] = """Village pub reopens under community ownership

The Plough in Little Hayton has reopened after villagers raised £400,000 to buy it.

The pub, which dates from the 17th century, had been closed for two years.

Committee member Joe Farrant said more than 300 people had bought shares.

Food is served from noon to 2pm and from 6pm to 9pm.

Sunday roasts cost £14.

He said the villagers had painted the bar themselves.
"""
GOLD["pub_reopens"] = [
    ("said", "Committee member Joe Farrant", "more than 300 people had bought shares"),
    ("said", "He", "the villagers had painted the bar themselves"),
]
NOT_REPORTS["pub_reopens"] = ["The pub, which dates from the 17th century, had been closed for two years.", "Food is served from noon to 2pm and from 6pm to 9pm.", "Sunday roasts cost £14."]
SPEAKERS["pub_reopens"] = [("said", "He", "Joe Farrant", "the villagers")]

ARTICLES["boiler_firm"] = """Boiler firm collapses leaving customers out of pocket

Heatsure, a boiler installer based in Redmoor, has gone into administration.

Dozens of customers say they paid deposits of up to £2,000 for boilers that were never fitted.

The administrators said they were working out how much the firm owed.

Pensioner Mary Gould said she had paid £1,500 in March.

Customers who paid by credit card may be able to claim the money back from their card provider.
"""
GOLD["boiler_firm"] = [
    ("say", "Dozens of customers", "they paid deposits of up to £2,000 for boilers that were never fitted"),
    ("said", "The administrators", "they were working out how much the firm owed"),
    ("said", "Pensioner Mary Gould", "she had paid £1,500 in March"),
]
NOT_REPORTS["boiler_firm"] = ["Heatsure, a boiler installer based in Redmoor, has gone into administration.", "Customers who paid by credit card may be able to claim the money back from their card provider."]

ARTICLES["post_office"] = """Post office moves into corner shop

Hadley's post office will move into the Spar shop on Mill Lane next month.

Post Office Ltd said the new counter would be open for longer hours.

The current post office, on Station Road, closes on 12 May.

Some residents worry that the shop is too small for the queues.

Its new opening hours will be 7am to 9pm, seven days a week.
"""
GOLD["post_office"] = [
    ("said", "Post Office Ltd", "the new counter would be open for longer hours"),
    ("worry", "Some residents", "the shop is too small for the queues"),
]
NOT_REPORTS["post_office"] = ["Hadley's post office will move into the Spar shop on Mill Lane next month.", "The current post office, on Station Road, closes on 12 May.", "Its new opening hours will be 7am to 9pm, seven days a week."]

ARTICLES["cinema_prices"] = """Cinema puts up ticket prices by a third

The Regal cinema in Dunsford has raised the price of an adult ticket from £9 to £12.

"We held our prices for four years, but the heating bill alone has doubled," said Carol Benn, who has managed the cinema since 2015.

"Nobody likes a price rise," she added.

Film fans took to the cinema's Facebook page to say they would no longer be able to afford a family trip.

Tickets for under-16s stay at £6.

A spokeswoman for Regal Cinemas Ltd said the firm had no plans to close the Dunsford screen.
"""
GOLD["cinema_prices"] = [
    ("said", "Carol Benn, who has managed the cinema since 2015", "We held our prices for four years, but the heating bill alone has doubled"),
    ("added", "she", "Nobody likes a price rise"),
    ("say", "Film fans", "they would no longer be able to afford a family trip"),
    ("said", "A spokeswoman for Regal Cinemas Ltd", "the firm had no plans to close the Dunsford screen"),
]
NOT_REPORTS["cinema_prices"] = ["Tickets for under-16s stay at £6."]
SPEAKERS["cinema_prices"] = [("added", "she", "Carol Benn", "Nobody likes")]

ARTICLES["watchdog_trolleys"] = """Watchdog finds supermarket offers misleading

Supermarket price promotions often leave shoppers paying more, a study by the consumer watchdog Shopwise has found.

The watchdog found that one in six multibuy deals at five chains cost more per item than buying single packs.

Shopwise's head of research, Dan Whitby, urged shoppers to check the unit price on the shelf label.

The British Grocers' Forum insisted that its members followed the rules on pricing.

The study looked at 20,000 prices over six months.
"""
GOLD["watchdog_trolleys"] = [
    ("found", "a study by the consumer watchdog Shopwise", "Supermarket price promotions often leave shoppers paying more"),
    ("found", "The watchdog", "one in six multibuy deals at five chains cost more per item than buying single packs"),
    ("urged", "Shopwise's head of research, Dan Whitby", "shoppers to check the unit price on the shelf label"),
    ("insisted", "The British Grocers' Forum", "its members followed the rules on pricing"),
]
NOT_REPORTS["watchdog_trolleys"] = ["The study looked at 20,000 prices over six months."]

ARTICLES["laundrette_fire"] = """Laundrette owner vows to reopen after fire

A fire has destroyed the Bubbles laundrette on Crane Street in Ashworth.

Its owner, Nadia Rahman, who took over the business from her father in 2018, said she was determined to reopen.

The mother of three said she had spent the night watching the firefighters.

"Everything is gone - the machines, the counter, the lot," she said.

The fire service said the blaze was probably caused by a tumble dryer.

The laundrette charged £5 a wash.
"""
GOLD["laundrette_fire"] = [
    ("said", "Its owner, Nadia Rahman, who took over the business from her father in 2018", "she was determined to reopen"),
    ("said", "The mother of three", "she had spent the night watching the firefighters"),
    ("said", "she", "Everything is gone - the machines, the counter, the lot"),
    ("said", "The fire service", "the blaze was probably caused by a tumble dryer"),
]
NOT_REPORTS["laundrette_fire"] = ["The laundrette charged £5 a wash."]
SPEAKERS["laundrette_fire"] = [("said", "she", "Nadia Rahman", "Everything is gone")]

ARTICLES["takeaway_app"] = """Diners hit by double charges on food app

Users of the Dishdrop food delivery app say they were charged twice for orders on Friday night.

The company blamed a fault at its payment provider.

It said all the double payments had been reversed, though some customers told the Echo the money had not yet reached their accounts.

Restaurant owner Marco Bellini said he had lost dozens of orders while the app was down.

Dishdrop takes a 30% commission on each order.
"""
GOLD["takeaway_app"] = [
    ("say", "Users of the Dishdrop food delivery app", "they were charged twice for orders on Friday night"),
    ("blamed", "The company", "a fault at its payment provider"),
    ("said", "It", "all the double payments had been reversed"),
    ("told", "some customers", "the money had not yet reached their accounts"),
    ("said", "Restaurant owner Marco Bellini", "he had lost dozens of orders while the app was down"),
]
NOT_REPORTS["takeaway_app"] = ["Dishdrop takes a 30% commission on each order."]
SPEAKERS["takeaway_app"] = [("said", "It", "Dishdrop", "all the double")]

ARTICLES["bakery_sign"] = """Bakery shuts with a note on the door

Customers arriving at Hartley's Bakery in Penwick on Monday found the shutters down.

A note taped to the door thanked them for 22 years of custom.

Hartley's was known for its cheese scones and its Christmas cakes.

Neighbour Gail Ross said the owners had told her they were retiring to Spain.

The bakery's landlord said the shop would be let again.
"""
GOLD["bakery_sign"] = [
    ("said", "Neighbour Gail Ross", "the owners had told her they were retiring to Spain"),
    ("said", "The bakery's landlord", "the shop would be let again"),
]
NOT_REPORTS["bakery_sign"] = ["Customers arriving at Hartley's Bakery in Penwick on Monday found the shutters down.", "Hartley's was known for its cheese scones and its Christmas cakes."]

ARTICLES["travel_agent"] = """Holidaymakers stranded after travel firm collapses

Hundreds of holidaymakers are waiting to hear whether they will get their money back after Sunquest Travel collapsed.

Dave and Lisa Morton, from Fairbridge, said they had paid £3,200 for a fortnight in Crete.

The couple said they found out from a news website.

According to the aviation regulator, customers whose trips were protected will be refunded.

Those who booked flights only may have to claim from their card provider.
"""
GOLD["travel_agent"] = [
    ("said", "Dave and Lisa Morton, from Fairbridge", "they had paid £3,200 for a fortnight in Crete"),
    ("said", "The couple", "they found out from a news website"),
    ("According", "the aviation regulator", "customers whose trips were protected will be refunded"),
]
NOT_REPORTS["travel_agent"] = ["Those who booked flights only may have to claim from their card provider."]
SPEAKERS["travel_agent"] = [("said", "The couple", "Dave Morton and Lisa Morton", "they found out")]

# written after the first run, to probe the mended shape in other words ('Customers of X say ... The company said')
ARTICLES["ferry_refunds"] = """Ferry passengers wait for refunds after cancelled crossings

Customers of Harbourlink Ferries say they are still waiting for refunds for crossings cancelled in August.

The company said the refunds would be paid by the end of next week.

A return crossing to Skellan Island costs £38 for a car and two adults.

Harbourlink runs four sailings a day from Portreath Quay.
"""
GOLD["ferry_refunds"] = [
    ("say", "Customers of Harbourlink Ferries", "they are still waiting for refunds for crossings cancelled in August"),
    ("said", "The company", "the refunds would be paid by the end of next week"),
]
NOT_REPORTS["ferry_refunds"] = ["A return crossing to Skellan Island costs £38 for a car and two adults.", "Harbourlink runs four sailings a day from Portreath Quay."]
SPEAKERS["ferry_refunds"] = [("said", "The company", "Harbourlink Ferries", "the refunds")]

# written after the second run, on businesses that speak by their kind ('The shop said', 'The pub denied that')
ARTICLES["pub_prices"] = """Pub denies watering down its beer

The Fox and Hounds in Wellby has denied claims on social media that it waters down its lager.

The pub denied that any of its drinks had been tampered with.

A pint of lager costs £5.20 and a glass of house wine £6.

Landlady Beth Carver, who has run the pub since 2016, said the rumours had hurt trade.

The pub is open from 11am to 11pm every day.
"""
GOLD["pub_prices"] = [
    ("denied", "The Fox and Hounds in Wellby", "claims on social media that it waters down its lager"),
    ("denied", "The pub", "any of its drinks had been tampered with"),
    ("said", "Landlady Beth Carver, who has run the pub since 2016", "the rumours had hurt trade"),
]
NOT_REPORTS["pub_prices"] = ["A pint of lager costs £5.20 and a glass of house wine £6.", "The pub is open from 11am to 11pm every day."]
SPEAKERS["pub_prices"] = [("has denied", "The Fox and Hounds in Wellby", "Fox and Hounds", "claims on"), ("said", "Landlady Beth Carver, who has run the pub since 2016", "Beth Carver", "the rumours")]

ARTICLES["gym_flood"] = """Gym closes after burst pipe floods changing rooms

A burst pipe has flooded the changing rooms at the Corefit gym on Pelham Road.

The gym said it would stay closed until the floors had dried out.

Members will not be charged for the days it is shut.

Personal trainer Kyle Moss said classes would move to the church hall next door.

Corefit has 1,200 members and opened in 2019.
"""
GOLD["gym_flood"] = [
    ("said", "The gym", "it would stay closed until the floors had dried out"),
    ("said", "Personal trainer Kyle Moss", "classes would move to the church hall next door"),
]
NOT_REPORTS["gym_flood"] = ["Members will not be charged for the days it is shut.", "Corefit has 1,200 members and opened in 2019."]
SPEAKERS["gym_flood"] = [("said", "The gym", "gym", "it would stay")]

ARTICLES["shop_fakes"] = """Trading Standards seize fake perfume from market shop

Trading Standards officers have seized 300 bottles of fake perfume from a shop in Ravensby market hall.

The shop said it had bought the bottles in good faith from a wholesaler.

The bottles were sold for £15 each, a fraction of the price of the real brands.

A council spokesman said fake perfume could contain chemicals that harm the skin.

Buy perfume only from shops you trust.
"""
GOLD["shop_fakes"] = [
    ("said", "The shop", "it had bought the bottles in good faith from a wholesaler"),
    ("said", "A council spokesman", "fake perfume could contain chemicals that harm the skin"),
]
NOT_REPORTS["shop_fakes"] = ["The bottles were sold for £15 each, a fraction of the price of the real brands.", "Buy perfume only from shops you trust."]
SPEAKERS["shop_fakes"] = [("said", "The shop", "shop", "it had bought")]

# written after the third run, on a role a relative clause gives ('X, who runs the shop, said ... The owner said')
ARTICLES["florist_rent"] = """Florist to leave high street after rent doubles

A florist that has traded on Minster Street in Caddow for 30 years is moving to an industrial unit after its rent doubled.

Pauline Reed, who runs Petals with her daughter, said the landlord had asked for £28,000 a year.

The owner said she would keep selling flowers online and at weddings.

Wreaths and bouquets can still be ordered by phone.

The shop's last day on Minster Street is 30 June.
"""
GOLD["florist_rent"] = [
    ("said", "Pauline Reed, who runs Petals with her daughter", "the landlord had asked for £28,000 a year"),
    ("said", "The owner", "she would keep selling flowers online and at weddings"),
]
NOT_REPORTS["florist_rent"] = ["Wreaths and bouquets can still be ordered by phone.", "The shop's last day on Minster Street is 30 June."]
SPEAKERS["florist_rent"] = [("said", "The owner", "Pauline Reed", "she would keep")]
