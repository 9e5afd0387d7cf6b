# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-two short articles written for the sixty-fourth session's check of food and farming news (helper B):
harvests and yields after drought, frost, hail and floods ('Farmers in X say', 'a grower in X, who has farmed there for
30 years, said'), growers' bodies ('The Growers' Association warned'), product recalls ('The Food Standards Agency
advised customers', 'The recall notice says', 'The company apologised and said'), supermarket shortages ('Shoppers told
reporters', 'The retailer said in a statement'), animal disease ('Vets confirmed', 'Officials confirmed'), fishing
quotas ('The ministry estimates'), surveys ('according to the harvest survey', 'A survey by X found'), food prices
('Economists expect'), farmers' protests ('The union accused supermarkets of'), food banks ('The charity's director
said demand had doubled') and speakers named again by pronoun or role across paragraphs ('He', 'The farmer', 'The
58-year-old', 'The grower').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (prices per kilo and per tonne stated by the writer, yields, acreages and
catches, a recipe's and a pack's lines - 'Best before 12 March', 'Serves four.', 'Keep refrigerated.' -, instructions
to the reader, opening hours, weather narration, a firm's recall of its goods); (cue, source, speaker, the content's
first words) in ``SPEAKERS``. The first twenty-six were written before any mend, the last six after the first run.
Every name, place, firm, figure and sentence is made up. Read by ``test_probe_findings_64_farming``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["wheat_drought"] = """Drought leaves wheat harvest at 20-year low

Farmers in the Corran basin say the dry spring has halved their wheat yields.

Yields on the basin's clay soils averaged 4.1 tonnes a hectare this year, against 7.8 tonnes last year.

No rain fell in the basin between 3 April and 19 June.

The Corran Growers' Association warned that some of its members would not plant next season.

Wheat was sown on about 212,000 hectares in the region.
"""
GOLD["wheat_drought"] = [
    ("say", "Farmers in the Corran basin", "the dry spring has halved their wheat yields"),
    ("warned", "The Corran Growers' Association", "some of its members would not plant next season"),
]
NOT_REPORTS["wheat_drought"] = ["Yields on the basin's clay soils averaged 4.1 tonnes a hectare this year, against 7.8 tonnes last year.", "No rain fell in the basin between 3 April and 19 June.", "Wheat was sown on about 212,000 hectares in the region."]

ARTICLES["orchard_frost"] = """Late frost wipes out apple blossom

A grower in Dunmere, who has farmed there for 30 years, said he had never seen frost so late in May.

Temperatures fell to minus four on the night of 11 May.

Hamish Keddie, who runs a 40-hectare orchard outside the town, said he expected to lose nine-tenths of his crop.

The 58-year-old said he would have to lay off his seasonal pickers.

Most orchards in the valley grow Bramley and Cox apples.
"""
GOLD["orchard_frost"] = [
    ("said", "A grower in Dunmere, who has farmed there for 30 years", "he had never seen frost so late in May"),
    ("said", "Hamish Keddie, who runs a 40-hectare orchard outside the town", "he expected to lose nine-tenths of his crop"),
    ("said", "The 58-year-old", "he would have to lay off his seasonal pickers"),
]
NOT_REPORTS["orchard_frost"] = ["Temperatures fell to minus four on the night of 11 May.", "Most orchards in the valley grow Bramley and Cox apples."]
SPEAKERS["orchard_frost"] = [("said", "The 58-year-old", "Hamish Keddie", "he would")]

ARTICLES["salad_recall"] = """Bagged salad recalled over listeria fears

Greenfold Foods is recalling its 250g bags of mixed leaves after listeria was found in a sample.

The Food Standards Agency advised customers not to eat the salad.

The recall notice says the affected bags carry the batch code GF4471.

Best before 12 March.

Do not eat the product; return it to the store for a full refund.

The company apologised to customers for any inconvenience.
"""
GOLD["salad_recall"] = [
    ("advised", "The Food Standards Agency", "customers not to eat the salad"),
    ("says", "The recall notice", "the affected bags carry the batch code GF4471"),
]
NOT_REPORTS["salad_recall"] = ["Best before 12 March.", "Do not eat the product; return it to the store for a full refund.", "Greenfold Foods is recalling its 250g bags of mixed leaves after listeria was found in a sample."]

ARTICLES["egg_shortage"] = """Supermarkets ration eggs as bird flu spreads

Two of the country's largest supermarkets have limited shoppers to two boxes of eggs each.

A box of six free-range eggs now costs £2.40 at most chains, up from £1.65 a year ago.

Shoppers told reporters that shelves had been empty for days.

Brightway, the biggest of the chains, said in a statement that the limits were temporary.

Egg-laying flocks in the country fell by 4 million birds last year.
"""
GOLD["egg_shortage"] = [
    ("told", "Shoppers", "shelves had been empty for days"),
    ("said", "Brightway, the biggest of the chains", "the limits were temporary"),
]
NOT_REPORTS["egg_shortage"] = ["A box of six free-range eggs now costs £2.40 at most chains, up from £1.65 a year ago.", "Egg-laying flocks in the country fell by 4 million birds last year.", "Two of the country's largest supermarkets have limited shoppers to two boxes of eggs each."]

ARTICLES["bird_flu"] = """Bird flu confirmed at second turkey farm

Vets confirmed an outbreak of avian influenza at a turkey farm near Askerby on Sunday.

All 18,000 birds on the farm will be culled.

A 3km protection zone has been set up around the site.

The chief veterinary officer, Dr Ines Maro, said the risk to the public remained very low.

She urged keepers to house their birds until further notice.

Poultry from the zone may not be moved without a licence.
"""
GOLD["bird_flu"] = [
    ("confirmed", "Vets", "an outbreak of avian influenza at a turkey farm near Askerby on Sunday"),
    ("said", "The chief veterinary officer, Dr Ines Maro", "the risk to the public remained very low"),
    ("urged", "She", "keepers to house their birds until further notice"),
]
NOT_REPORTS["bird_flu"] = ["All 18,000 birds on the farm will be culled.", "A 3km protection zone has been set up around the site.", "Poultry from the zone may not be moved without a licence."]
SPEAKERS["bird_flu"] = [("urged", "She", "Ines Maro", "keepers")]

ARTICLES["milk_price"] = """Dairy farmers block depot over milk price

About 200 dairy farmers blocked the entrance to the Coldstream milk depot on Tuesday night.

Farmers are paid 31p a litre for their milk by the processor.

The Dairy Producers' Union accused supermarkets of selling milk below the cost of production.

Its chairman, Rhodri Bevan, said many family farms would not survive the winter.

He said the protest would continue until the processor agreed to talks.

A four-pint bottle of milk sells for £1.15 in most supermarkets.
"""
GOLD["milk_price"] = [
    ("accused", "The Dairy Producers' Union", "supermarkets of selling milk below the cost of production"),
    ("said", "Its chairman, Rhodri Bevan", "many family farms would not survive the winter"),
    ("said", "He", "the protest would continue until the processor agreed to talks"),
]
NOT_REPORTS["milk_price"] = ["Farmers are paid 31p a litre for their milk by the processor.", "A four-pint bottle of milk sells for £1.15 in most supermarkets."]
SPEAKERS["milk_price"] = [("said", "He", "Rhodri Bevan", "the protest")]

ARTICLES["food_bank"] = """Food bank runs short as demand doubles

The director of the Elmbridge Food Bank, Carys Holt, said demand had doubled since January.

The charity gave out 4,300 food parcels last month.

Volunteers pack parcels every weekday from 9am to 1pm.

She said many of the people now coming were in full-time work.

Tinned fish, rice and long-life milk are the items most needed.
"""
GOLD["food_bank"] = [
    ("said", "The director of the Elmbridge Food Bank, Carys Holt", "demand had doubled since January"),
    ("said", "She", "many of the people now coming were in full-time work"),
]
NOT_REPORTS["food_bank"] = ["The charity gave out 4,300 food parcels last month.", "Volunteers pack parcels every weekday from 9am to 1pm.", "Tinned fish, rice and long-life milk are the items most needed."]
SPEAKERS["food_bank"] = [("said", "She", "Carys Holt", "many")]

ARTICLES["charity_director"] = """Pantry charity asks for more volunteers

The charity's director said demand had doubled in a year.

The Northgate Pantry opened in a former church hall in 2019.

Members pay £4 a week for groceries worth about £20.

The director, Wendell Osei, said the pantry needed at least twenty more volunteers.
"""
GOLD["charity_director"] = [
    ("said", "The charity's director", "demand had doubled in a year"),
    ("said", "The director, Wendell Osei", "the pantry needed at least twenty more volunteers"),
]
NOT_REPORTS["charity_director"] = ["The Northgate Pantry opened in a former church hall in 2019.", "Members pay £4 a week for groceries worth about £20."]

ARTICLES["fish_quota"] = """Fishing fleet faces cut in cod quota

The fisheries ministry estimates that cod stocks in the Brannock Sea have fallen by a quarter since 2020.

Next year's cod quota has been set at 11,200 tonnes, down from 14,000 tonnes.

Skippers in the port of Carrow say the cut will tie up half the fleet.

"We have already sold two boats this year," said Morag Tulloch, who skippers a trawler out of Carrow.

The fleet landed 9,800 tonnes of cod last year.
"""
GOLD["fish_quota"] = [
    ("estimates", "The fisheries ministry", "cod stocks in the Brannock Sea have fallen by a quarter since 2020"),
    ("say", "Skippers in the port of Carrow", "the cut will tie up half the fleet"),
    ("said", "Morag Tulloch, who skippers a trawler out of Carrow", "We have already sold two boats this year"),
]
NOT_REPORTS["fish_quota"] = ["Next year's cod quota has been set at 11,200 tonnes, down from 14,000 tonnes.", "The fleet landed 9,800 tonnes of cod last year."]

ARTICLES["harvest_survey"] = """Potato crop smallest since 2012

The potato crop is the smallest since 2012, according to the harvest survey published on Friday.

Growers lifted 4.2 million tonnes from 118,000 hectares.

Heavy rain in October left many fields too wet to harvest.

Economists expect chip and crisp prices to rise early next year.

Maris Piper potatoes were selling at £310 a tonne on Thursday.
"""
GOLD["harvest_survey"] = [
    ("according to", "the harvest survey published on Friday", "The potato crop is the smallest since 2012"),
    ("expect", "Economists", "chip and crisp prices to rise early next year"),
]
NOT_REPORTS["harvest_survey"] = ["Growers lifted 4.2 million tonnes from 118,000 hectares.", "Heavy rain in October left many fields too wet to harvest.", "Maris Piper potatoes were selling at £310 a tonne on Thursday."]

ARTICLES["food_inflation"] = """Food prices rise for fifth month

Food prices rose by 6.2 per cent in the year to August, official figures show.

Butter now costs £2.90 for 250g, and a kilo of beef mince about £7.50.

Economists expect food inflation to peak before Christmas.

Lena Farrukh, chief economist at the Harwell Institute, said the weak currency had made imported fruit much dearer.

Bananas, grapes and oranges are almost all imported.
"""
GOLD["food_inflation"] = [
    ("show", "official figures", "Food prices rose by 6.2 per cent in the year to August"),
    ("expect", "Economists", "food inflation to peak before Christmas"),
    ("said", "Lena Farrukh, chief economist at the Harwell Institute", "the weak currency had made imported fruit much dearer"),
]
NOT_REPORTS["food_inflation"] = ["Butter now costs £2.90 for 250g, and a kilo of beef mince about £7.50.", "Bananas, grapes and oranges are almost all imported."]

ARTICLES["tractor_protest"] = """Tractors clog capital in protest over subsidies

Hundreds of tractors drove slowly through the centre of Velmar on Wednesday.

Farmers say the new subsidy rules will cost an average farm £18,000 a year.

The procession stretched for six kilometres along the ring road.

Agnieszka Lorenc, a beef farmer from the hills north of the city, said she had driven for four hours to join the protest.

The farmer said younger people were leaving the land because there was no money in it.

The agriculture ministry said the rules would reward farmers who protect rivers and hedgerows.
"""
GOLD["tractor_protest"] = [
    ("say", "Farmers", "the new subsidy rules will cost an average farm £18,000 a year"),
    ("said", "Agnieszka Lorenc, a beef farmer from the hills north of the city", "she had driven for four hours to join the protest"),
    ("said", "The farmer", "younger people were leaving the land because there was no money in it"),
    ("said", "The agriculture ministry", "the rules would reward farmers who protect rivers and hedgerows"),
]
NOT_REPORTS["tractor_protest"] = ["Hundreds of tractors drove slowly through the centre of Velmar on Wednesday.", "The procession stretched for six kilometres along the ring road."]
SPEAKERS["tractor_protest"] = [("said", "The farmer", "Agnieszka Lorenc", "younger")]

ARTICLES["swine_fever"] = """Pig movements halted after swine fever case

Officials confirmed a case of African swine fever on a pig farm in Westholm county on Monday.

The farm keeps about 2,600 pigs.

All pig movements in the county are banned for 30 days.

Piet Verhoef, whose family has kept pigs at the farm since 1961, said he was devastated.

He said he did not know how the disease had reached his herd.

The disease does not affect people.
"""
GOLD["swine_fever"] = [
    ("confirmed", "Officials", "a case of African swine fever on a pig farm in Westholm county on Monday"),
    ("said", "Piet Verhoef, whose family has kept pigs at the farm since 1961", "he was devastated"),
    ("said", "He", "he did not know how the disease had reached his herd"),
]
NOT_REPORTS["swine_fever"] = ["The farm keeps about 2,600 pigs.", "All pig movements in the county are banned for 30 days."]
SPEAKERS["swine_fever"] = [("said", "He", "Piet Verhoef", "he did not")]

ARTICLES["rice_recipe"] = """Rice prices climb after monsoon fails

The wholesale price of basmati rice has risen to $1,240 a tonne.

The monsoon brought 38 per cent less rain than usual to the main growing states.

Traders in the port of Kandla said exporters were holding back stock.

To cook, rinse the rice twice, then simmer for 12 minutes.

Serves four.

The trade ministry said it had no plans to restrict exports.
"""
GOLD["rice_recipe"] = [
    ("said", "Traders in the port of Kandla", "exporters were holding back stock"),
    ("said", "The trade ministry", "it had no plans to restrict exports"),
]
NOT_REPORTS["rice_recipe"] = ["The wholesale price of basmati rice has risen to $1,240 a tonne.", "The monsoon brought 38 per cent less rain than usual to the main growing states.", "To cook, rinse the rice twice, then simmer for 12 minutes.", "Serves four."]

ARTICLES["chocolate_recall"] = """Chocolate bars withdrawn over undeclared nuts

Tillworth Confectionery has withdrawn its 100g milk chocolate bars because they may contain hazelnuts.

The company apologised and said it was investigating how the mistake happened.

Allergy Action, a charity for people with allergies, said the case showed labels could not always be trusted.

Ingredients: sugar, cocoa butter, whole milk powder, cocoa mass, emulsifier.

Store in a cool, dry place.

Anyone who has bought the product should not eat it if they have a nut allergy.
"""
GOLD["chocolate_recall"] = [
    ("said", "The company", "it was investigating how the mistake happened"),
    ("said", "Allergy Action, a charity for people with allergies", "the case showed labels could not always be trusted"),
]
NOT_REPORTS["chocolate_recall"] = ["Ingredients: sugar, cocoa butter, whole milk powder, cocoa mass, emulsifier.", "Store in a cool, dry place.", "Anyone who has bought the product should not eat it if they have a nut allergy."]

ARTICLES["vineyard_hail"] = """Hailstorm shreds vines weeks before harvest

A hailstorm lasting twenty minutes swept across the Saronne valley on Saturday afternoon.

Hailstones the size of walnuts stripped leaves and grapes from the vines.

Estelle Marchand, who makes wine on 14 hectares above the village of Lusigny, said she had lost most of this year's vintage.

She said insurance would cover only part of the damage.

The valley's vineyards cover about 3,400 hectares.
"""
GOLD["vineyard_hail"] = [
    ("said", "Estelle Marchand, who makes wine on 14 hectares above the village of Lusigny", "she had lost most of this year's vintage"),
    ("said", "She", "insurance would cover only part of the damage"),
]
NOT_REPORTS["vineyard_hail"] = ["A hailstorm lasting twenty minutes swept across the Saronne valley on Saturday afternoon.", "Hailstones the size of walnuts stripped leaves and grapes from the vines.", "The valley's vineyards cover about 3,400 hectares."]
SPEAKERS["vineyard_hail"] = [("said", "She", "Estelle Marchand", "insurance")]

ARTICLES["veg_shortage"] = """Empty shelves as tomato shortage bites

Several supermarkets have run out of tomatoes and peppers this week.

A kilo of loose tomatoes costs about £3.20, twice the price of a year ago.

The retailer Harbury's said in a statement that cold weather in southern growing regions had cut supplies.

Growers in the glasshouse belt around Stenfield say high energy costs have stopped them heating their greenhouses.

Cucumbers and lettuces are also in short supply.
"""
GOLD["veg_shortage"] = [
    ("said", "The retailer Harbury's", "cold weather in southern growing regions had cut supplies"),
    ("say", "Growers in the glasshouse belt around Stenfield", "high energy costs have stopped them heating their greenhouses"),
]
NOT_REPORTS["veg_shortage"] = ["A kilo of loose tomatoes costs about £3.20, twice the price of a year ago.", "Cucumbers and lettuces are also in short supply.", "Several supermarkets have run out of tomatoes and peppers this week."]

ARTICLES["bluetongue"] = """Bluetongue found in sheep on border farms

Government vets confirmed that bluetongue had been found in sheep on three farms near Radley.

The virus is spread by biting midges.

A sheep farmer near Radley, Owain Pritchard, said he had already lost eleven ewes.

The farmer said the restrictions meant he could not sell his lambs at the autumn sales.

Midges are most active at dusk in warm, humid weather.
"""
GOLD["bluetongue"] = [
    ("confirmed", "Government vets", "bluetongue had been found in sheep on three farms near Radley"),
    ("said", "A sheep farmer near Radley, Owain Pritchard", "he had already lost eleven ewes"),
    ("said", "The farmer", "the restrictions meant he could not sell his lambs at the autumn sales"),
]
NOT_REPORTS["bluetongue"] = ["The virus is spread by biting midges.", "Midges are most active at dusk in warm, humid weather."]
SPEAKERS["bluetongue"] = [("said", "The farmer", "Owain Pritchard", "the restrictions")]

ARTICLES["cocoa_prices"] = """Cocoa price hits record as West African crop fails

Cocoa futures rose to $9,800 a tonne in London on Monday.

Heavy rains and a plant disease have cut the crop in the two largest producing countries.

Analysts at Brent & Kell said the shortage could last into the next season.

A 200g bar of plain chocolate now sells for about £2.75.

Chocolate makers have warned that prices will rise again at Easter.
"""
GOLD["cocoa_prices"] = [
    ("said", "Analysts at Brent & Kell", "the shortage could last into the next season"),
    ("warned", "Chocolate makers", "prices will rise again at Easter"),
]
NOT_REPORTS["cocoa_prices"] = ["Cocoa futures rose to $9,800 a tonne in London on Monday.", "A 200g bar of plain chocolate now sells for about £2.75."]

ARTICLES["olive_harvest"] = """Olive oil output recovers after two bad years

Olive oil output in the Terassa region is expected to reach 610,000 tonnes this season.

Groves were irrigated for the first time in many villages.

The regional farm ministry estimates that prices at the mill door will fall by a third.

"People stopped buying our oil because it was too dear," said Dimitris Alevras, who presses oil for 300 growers in the hill town of Kastri.

He said buyers from the north had already returned.

A litre of extra virgin olive oil costs about €9 in the region's shops.
"""
GOLD["olive_harvest"] = [
    ("estimates", "The regional farm ministry", "prices at the mill door will fall by a third"),
    ("said", "Dimitris Alevras, who presses oil for 300 growers in the hill town of Kastri", "People stopped buying our oil because it was too dear"),
    ("said", "He", "buyers from the north had already returned"),
]
NOT_REPORTS["olive_harvest"] = ["Groves were irrigated for the first time in many villages.", "A litre of extra virgin olive oil costs about €9 in the region's shops."]
SPEAKERS["olive_harvest"] = [("said", "He", "Dimitris Alevras", "buyers")]

ARTICLES["beef_import"] = """Beef farmers fear cheap imports under trade deal

The new trade deal will allow 60,000 tonnes of beef a year into the country tariff-free.

The National Cattle Association warned that prices for home-reared beef would collapse.

Its president, Gareth Moody, accused the government of trading away farmers for a deal on cars.

The trade minister, Yasmin Chaudry, said imported beef would have to meet the same standards as beef raised at home.

Beef cattle numbers have fallen by 8 per cent in ten years.
"""
GOLD["beef_import"] = [
    ("warned", "The National Cattle Association", "prices for home-reared beef would collapse"),
    ("accused", "Its president, Gareth Moody", "the government of trading away farmers for a deal on cars"),
    ("said", "The trade minister, Yasmin Chaudry", "imported beef would have to meet the same standards as beef raised at home"),
]
NOT_REPORTS["beef_import"] = ["The new trade deal will allow 60,000 tonnes of beef a year into the country tariff-free.", "Beef cattle numbers have fallen by 8 per cent in ten years."]

ARTICLES["honey_fraud"] = """Honey sold as local was imported syrup, tests find

Tests by the Trading Standards office found that eight of twenty jars labelled as local honey contained sugar syrup.

The jars were sold at farm shops and markets across Penwith.

Beekeepers say the fake honey is undercutting genuine producers.

A jar of local wildflower honey usually sells for £8 to £12.

One beekeeper, Ruth Ellery, said she had lost two of her regular stockists to cheaper jars.
"""
GOLD["honey_fraud"] = [
    ("found", "Tests by the Trading Standards office", "eight of twenty jars labelled as local honey contained sugar syrup"),
    ("say", "Beekeepers", "the fake honey is undercutting genuine producers"),
    ("said", "One beekeeper, Ruth Ellery", "she had lost two of her regular stockists to cheaper jars"),
]
NOT_REPORTS["honey_fraud"] = ["The jars were sold at farm shops and markets across Penwith.", "A jar of local wildflower honey usually sells for £8 to £12."]

ARTICLES["flood_fields"] = """Floods leave thousands of acres under water

Rivers burst their banks across the Levenmoor plain after three days of rain.

About 9,000 acres of farmland were still under water on Sunday.

Water levels on the River Tane peaked at 4.6 metres on Friday night.

Tom Hartigan, who farms 500 acres beside the river, said his winter barley was ruined.

The 61-year-old said it was the third flood on his land in five years.

The Environment Agency said more rain was forecast for Tuesday.
"""
GOLD["flood_fields"] = [
    ("said", "Tom Hartigan, who farms 500 acres beside the river", "his winter barley was ruined"),
    ("said", "The 61-year-old", "it was the third flood on his land in five years"),
    ("said", "The Environment Agency", "more rain was forecast for Tuesday"),
]
NOT_REPORTS["flood_fields"] = ["Rivers burst their banks across the Levenmoor plain after three days of rain.", "About 9,000 acres of farmland were still under water on Sunday.", "Water levels on the River Tane peaked at 4.6 metres on Friday night."]
SPEAKERS["flood_fields"] = [("said", "The 61-year-old", "Tom Hartigan", "it was")]

ARTICLES["bakery_flour"] = """Bakers pass on higher flour costs

A standard 800g white loaf now costs £1.60 at Marsh & Daughters, the town's oldest bakery.

A 16kg sack of bread flour has gone up from £14 to £21 in a year.

Owner Beatrice Marsh said she had put off raising prices for as long as she could.

She told customers in a sign on the shop door that the bakery would close on Mondays.

Open Tuesday to Saturday, 7am to 4pm.
"""
GOLD["bakery_flour"] = [
    ("said", "Owner Beatrice Marsh", "she had put off raising prices for as long as she could"),
    ("told", "She", "the bakery would close on Mondays"),
]
NOT_REPORTS["bakery_flour"] = ["A standard 800g white loaf now costs £1.60 at Marsh & Daughters, the town's oldest bakery.", "A 16kg sack of bread flour has gone up from £14 to £21 in a year.", "Open Tuesday to Saturday, 7am to 4pm."]
SPEAKERS["bakery_flour"] = [("told", "She", "Beatrice Marsh", "the bakery")]

ARTICLES["seasonal_workers"] = """Strawberries left to rot as pickers stay away

Growers in the Aldwick valley say they are short of about 2,000 seasonal pickers.

Pickers are paid £12.40 an hour or by the punnet.

"We have strawberries rotting on the plants because there is nobody to pick them," said Neil Crowther, who grows soft fruit on 80 hectares near Aldwick.

The British Berry Growers' Association said the visa scheme for seasonal workers was too small.

A punnet of 400g strawberries costs £2.50 in most shops.
"""
GOLD["seasonal_workers"] = [
    ("say", "Growers in the Aldwick valley", "they are short of about 2,000 seasonal pickers"),
    ("said", "Neil Crowther, who grows soft fruit on 80 hectares near Aldwick", "We have strawberries rotting on the plants because there is nobody to pick them"),
    ("said", "The British Berry Growers' Association", "the visa scheme for seasonal workers was too small"),
]
NOT_REPORTS["seasonal_workers"] = ["Pickers are paid £12.40 an hour or by the punnet.", "A punnet of 400g strawberries costs £2.50 in most shops."]

ARTICLES["water_ban"] = """Irrigation banned as rivers run low

The water authority has banned farmers in the Ormsby catchment from taking water from rivers for irrigation.

Flows in the River Ebb fell to a third of their summer average last week.

Vegetable growers said the ban could not have come at a worse time.

Carrots and onions need regular watering in July.

A spokeswoman for the water authority said the ban would be lifted as soon as flows recovered.
"""
GOLD["water_ban"] = [
    ("said", "Vegetable growers", "the ban could not have come at a worse time"),
    ("said", "A spokeswoman for the water authority", "the ban would be lifted as soon as flows recovered"),
]
NOT_REPORTS["water_ban"] = ["Flows in the River Ebb fell to a third of their summer average last week.", "Carrots and onions need regular watering in July."]

ARTICLES["cheese_recall"] = """Soft cheese pulled from shelves after illness cluster

Brackwater Creamery has recalled its 200g Blue Tarn soft cheese after five people fell ill.

Customers were advised to throw the cheese away.

The Food Standards Agency said people who had eaten the cheese and felt unwell should contact their doctor.

Keep refrigerated. Once opened, eat within three days.

Suitable for vegetarians.

The creamery's owner, Agnes Pell, said she was "heartbroken" and that production had stopped.
"""
GOLD["cheese_recall"] = [
    ("said", "The Food Standards Agency", "people who had eaten the cheese and felt unwell should contact their doctor"),
    ("said", "The creamery's owner, Agnes Pell", "she was \"heartbroken\" and that production had stopped"),
]
NOT_REPORTS["cheese_recall"] = ["Customers were advised to throw the cheese away.", "Brackwater Creamery has recalled its 200g Blue Tarn soft cheese after five people fell ill.", "Keep refrigerated. Once opened, eat within three days.", "Suitable for vegetarians."]

ARTICLES["sugar_beet"] = """Sugar beet growers fear virus will return

Sugar beet growers fear that the yellows virus will return after a mild winter.

The virus cut yields by up to half in 2020.

A survey by the Beet Growers' Federation found that 70 per cent of its members planned to plant fewer acres.

Beet is grown on about 95,000 hectares, mostly in the east of the country.

Tamsin Rudd, who grows beet and barley near Hollesby, said the sums no longer added up.

The grower said she would plant oilseed rape instead.
"""
GOLD["sugar_beet"] = [
    ("fear", "Sugar beet growers", "the yellows virus will return after a mild winter"),
    ("found", "A survey by the Beet Growers' Federation", "70 per cent of its members planned to plant fewer acres"),
    ("said", "Tamsin Rudd, who grows beet and barley near Hollesby", "the sums no longer added up"),
    ("said", "The grower", "she would plant oilseed rape instead"),
]
NOT_REPORTS["sugar_beet"] = ["The virus cut yields by up to half in 2020.", "Beet is grown on about 95,000 hectares, mostly in the east of the country."]
SPEAKERS["sugar_beet"] = [("said", "The grower", "Tamsin Rudd", "she would")]

ARTICLES["coffee_costs"] = """Cafe owners squeezed as coffee bean prices soar

Arabica coffee beans traded at $4.10 a pound in New York on Tuesday, a record.

Frost in the main growing region destroyed a fifth of the trees.

According to the roaster Hillbrow & Sons, the price of a flat white could reach £4.50 by the summer.

A small flat white costs £3.60 at most chains.

Sanjay Mehra, who has run the Lantern Cafe on Mill Street for twelve years, said his customers had noticed.

The 72-year-old said he did not want to put up prices again.
"""
GOLD["coffee_costs"] = [
    ("According to", "the roaster Hillbrow & Sons", "the price of a flat white could reach £4.50 by the summer"),
    ("said", "Sanjay Mehra, who has run the Lantern Cafe on Mill Street for twelve years", "his customers had noticed"),
    ("said", "The 72-year-old", "he did not want to put up prices again"),
]
NOT_REPORTS["coffee_costs"] = ["Arabica coffee beans traded at $4.10 a pound in New York on Tuesday, a record.", "Frost in the main growing region destroyed a fifth of the trees.", "A small flat white costs £3.60 at most chains."]
SPEAKERS["coffee_costs"] = [("said", "The 72-year-old", "Sanjay Mehra", "he did not")]

ARTICLES["foot_mouth"] = """Foot-and-mouth outbreak halts livestock exports

The agriculture ministry confirmed a case of foot-and-mouth disease in cattle at a farm near Brenholt.

Exports of live cattle, sheep and pigs were suspended.

The farmer, Lukas Dorn, told local radio that he had noticed blisters on two of his cows.

Dorn said he called the vet straight away.

Farmers' leaders called the outbreak a disaster for the region.

The last outbreak in the country was in 2001.
"""
GOLD["foot_mouth"] = [
    ("confirmed", "The agriculture ministry", "a case of foot-and-mouth disease in cattle at a farm near Brenholt"),
    ("told", "The farmer, Lukas Dorn", "he had noticed blisters on two of his cows"),
    ("said", "Dorn", "he called the vet straight away"),
    ("called", "Farmers' leaders", "the outbreak a disaster for the region"),
]
NOT_REPORTS["foot_mouth"] = ["Exports of live cattle, sheep and pigs were suspended.", "The last outbreak in the country was in 2001."]
SPEAKERS["foot_mouth"] = [("said", "Dorn", "Lukas Dorn", "he called")]

ARTICLES["school_meals"] = """Caterers warn school meals cannot be made for £2.53

Councils pay caterers £2.53 for each free school meal.

The Local Catering Alliance warned that some suppliers would stop bidding for school contracts.

Its chief executive, Marguerite Lyle, accused ministers of ignoring the rise in food prices.

A typical school lunch is a main course, a vegetable and a pudding.

The education department said funding for meals had risen by 7 per cent this year.
"""
GOLD["school_meals"] = [
    ("warned", "The Local Catering Alliance", "some suppliers would stop bidding for school contracts"),
    ("accused", "Its chief executive, Marguerite Lyle", "ministers of ignoring the rise in food prices"),
    ("said", "The education department", "funding for meals had risen by 7 per cent this year"),
]
NOT_REPORTS["school_meals"] = ["Councils pay caterers £2.53 for each free school meal.", "A typical school lunch is a main course, a vegetable and a pudding."]

ARTICLES["fish_market"] = """Fish auction prices fall as boats land record catch

Mackerel sold for 90p a kilo at the Porthkell fish auction on Thursday, half last week's price.

Twenty-two boats landed more than 400 tonnes between them.

Auctioneer Davey Penrose said buyers could not take any more fish.

He said some of the catch would go for fishmeal.

The auction opens at 6am, Monday to Friday.
"""
GOLD["fish_market"] = [
    ("said", "Auctioneer Davey Penrose", "buyers could not take any more fish"),
    ("said", "He", "some of the catch would go for fishmeal"),
]
NOT_REPORTS["fish_market"] = ["Mackerel sold for 90p a kilo at the Porthkell fish auction on Thursday, half last week's price.", "Twenty-two boats landed more than 400 tonnes between them.", "The auction opens at 6am, Monday to Friday."]
SPEAKERS["fish_market"] = [("said", "He", "Davey Penrose", "some of")]
