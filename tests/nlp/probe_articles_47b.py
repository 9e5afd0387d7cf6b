# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve more short news articles written for the forty-seventh session's probes (helper probe2),
one per genre the first set (``probe_articles_47``) left out: a technology launch, a film festival,
a police appeal, a diplomatic summit, an environment study, a school inspection, a rail disruption,
a harvest hit by weather, a defence purchase, a faith community, the markets and an aid agency's
situation update. The gold is written by hand: (a word of the cue, the source, the first content
span) per attribution the pipeline gets right. Every name, figure and sentence is made up. Read
by ``test_probe_findings_47_probe2``; ``NOT_REPORTS`` holds each article's lines that report
nothing (bylines, captions, lists, questions, narration)."""

ARTICLES = {}
GOLD = {}

ARTICLES["tech"] = """Orbitel unveils folding tablet it says will last a decade

By Hana Roux, Technology Reporter

Orbitel on Tuesday unveiled a folding tablet that the company claims will survive 400,000 folds, the equivalent of ten years of daily use.

"People are tired of replacing their devices every two years," chief executive Ravi Menon told an audience of developers in Lisbon. "This is built to be kept."

The device goes on sale in March at a price of €1,299. According to the company, the hinge is made from a titanium alloy first developed for satellites.

Not everyone is convinced. Analyst Clara Voss remains sceptical that buyers will pay a premium for durability. "Repairability matters more than hinges," she said. "Show me the spare parts."

Orbitel's previous tablet was withdrawn after screens cracked in cold weather, a problem the firm said had been fixed.

Said Menon: "We learned from that, and we tested this one in freezers for six months."

Photo: The folding tablet on display at the launch event in Lisbon.
"""
GOLD["tech"] = [
    ("told", "chief executive Ravi Menon", "People are tired of replacing their devices every two years"),
    ("said", "the firm", "had been fixed"),
    ("According to", "the company", "the hinge is made from a titanium alloy first developed for satellites"),
    ("sceptical", "Analyst Clara Voss", "buyers will pay a premium for durability"),
    ("said", "she", "Repairability matters more than hinges"),
    ("Said", "Menon", "We learned from that, and we tested this one in freezers for six months"),
]

ARTICLES["festival"] = """Quiet drama takes top prize at Varna film festival

A slow, almost wordless film about a lighthouse keeper won the Golden Gull at the Varna film festival on Saturday night.

Director Ines Albu, accepting the award, said she had nearly abandoned the project twice for lack of money. "I want to thank everyone who lent me a camera," she told the audience.

The jury president, the actor Tomasz Brenner, said the choice had been unanimous. 'It is a film that trusts its audience,' he said. 'That is rare now.'

Critics have been divided. The film was "beautiful but punishing", wrote the reviewer for the Daily Courier, while another called it the best debut in years.

Festival director Mila Petrova said ticket sales had risen by a fifth on last year. She was clear that the festival would stay in the old harbour warehouses despite the cold.

"We'll see about next year," came the reply when Albu was asked about her next film.

The festival closes on Sunday with an open-air screening.
"""
GOLD["festival"] = [
    ("said", "Director Ines Albu", "she had nearly abandoned the project twice for lack of money"),
    ("told", "she", "I want to thank everyone who lent me a camera"),
    ("said", "The jury president, the actor Tomasz Brenner", "the choice had been unanimous"),
    ("said", "he", "It is a film that trusts its audience"),
    ("wrote", "the reviewer for the Daily Courier", "The film was \"beautiful but punishing\""),
    ("called", "another", "it the best debut in years"),
    ("said", "Festival director Mila Petrova", "ticket sales had risen by a fifth on last year"),
    ("clear", "She", "the festival would stay in the old harbour warehouses despite the cold"),
]

ARTICLES["police"] = """Police appeal for witnesses after jewellery shop raid

Detectives are appealing for witnesses after three men armed with hammers raided a jewellery shop in Kendal Street on Monday morning.

Detective Inspector Paul Okafor said the men smashed display cabinets and escaped with watches worth about £80,000. Nobody was hurt, he added.

"This was a terrifying ordeal for the staff, who acted with great courage," said Okafor. "I would urge anyone who saw a dark blue van in the area to contact us."

The shop's owner, Rita Shah, told the Evening Post that she had installed new shutters only a week earlier. "They were in and out in ninety seconds," she said.

Police believe the same gang carried out a similar raid in Preston last month.

A 34-year-old man was arrested on Tuesday on suspicion of handling stolen goods and has been released on bail, the force said.

Anyone with information should call 101, quoting crime number 4471.
"""
GOLD["police"] = [
    ("said", "Detective Inspector Paul Okafor", "the men smashed display cabinets and escaped with watches worth about £80,000"),
    ("added", "he", "Nobody was hurt"),
    ("said", "Okafor", "This was a terrifying ordeal for the staff, who acted with great courage"),
    ("told", "The shop's owner, Rita Shah", "she had installed new shutters only a week earlier"),
    ("said", "she", "They were in and out in ninety seconds"),
    ("believe", "Police", "the same gang carried out a similar raid in Preston last month"),
    ("said", "the force", "A 34-year-old man was arrested on Tuesday on suspicion of handling stolen goods and has been released on bail"),
]

ARTICLES["summit"] = """Leaders agree river water pact after two days of talks

The leaders of four countries that share the Selva river agreed on Friday to set up a joint body to manage its water, ending a summit that had at times looked close to collapse.

The agreement, which calls for each country to publish its river flow data every month, was signed in the border town of Santa Lena.

"Nobody got everything they wanted, and that is how you know it is fair," President Elena Ruiz told reporters after the signing.

Her counterpart, Prime Minister Jorge Alves, was more cautious. He said the pact was "a first step, not a solution", and warned that droughts would test it within a year.

According to a diplomat who took part in the talks, the deal was nearly lost late on Thursday over a dispute about dams. The official, who asked not to be named, said the two delegations had not spoken for several hours.

Environmental groups welcomed the pact. A petition calling for stricter limits on farm irrigation has gathered more than 200,000 signatures.

What happens if a country stops sharing its data? The text is silent on that.
"""
GOLD["summit"] = [
    ("calls for", "which", "each country to publish its river flow data every month"),
    ("told", "President Elena Ruiz", "Nobody got everything they wanted, and that is how you know it is fair"),
    ("said", "He", "the pact was \"a first step, not a solution\""),
    ("warned", "He", "droughts would test it within a year"),
    ("According to", "a diplomat who took part in the talks", "the deal was nearly lost late on Thursday over a dispute about dams"),
    ("said", "The official, who asked not to be named", "the two delegations had not spoken for several hours"),
]

ARTICLES["environment"] = """Wild salmon numbers halve in twenty years, report finds

The number of wild salmon returning to rivers in the north has halved since 2004, a report published on Thursday has found.

The report, by the Northern Rivers Trust, found that warmer water and new weirs were the main causes. It said that some rivers had lost their salmon entirely.

"We are running out of time," said the trust's chief scientist, Dr Hannah Mills. "Without action in the next five years, some populations will not recover."

Warned Dr Mills: "Every weir we leave in place is a wall across a motorway."

Anglers say the decline has been obvious for years. Tom Reid, who has fished the River Ael since the 1970s, said he had not caught a salmon there since 2019.

The government said it would study the findings carefully. A spokesperson for the environment department added that £12m had already been set aside for removing weirs.

Figure 2 of the report shows the decline river by river.
"""
GOLD["environment"] = [
    ("finds", "report", "Wild salmon numbers halve in twenty years"),
    ("found", "a report published on Thursday", "The number of wild salmon returning to rivers in the north has halved since 2004"),
    ("said", "It", "some rivers had lost their salmon entirely"),
    ("said", "the trust's chief scientist, Dr Hannah Mills", "We are running out of time"),
    ("Warned", "Dr Mills", "Every weir we leave in place is a wall across a motorway"),
    ("say", "Anglers", "the decline has been obvious for years"),
    ("said", "Tom Reid, who has fished the River Ael since the 1970s", "he had not caught a salmon there since 2019"),
    ("said", "The government", "it would study the findings carefully"),
    ("added", "A spokesperson for the environment department", "£12m had already been set aside for removing weirs"),
]

ARTICLES["school"] = """Inspectors praise village school once rated failing

A primary school in Brantwood that was put into special measures three years ago has been rated good in every category.

Inspectors said pupils were "happy, curious and safe", and praised the school's teaching of reading. Their report noted that attendance had risen from 88% to 96%.

Headteacher Simon Carr, who arrived in 2021, said the change was down to the staff. "They never gave up on these children," he said. "Neither did the parents."

One parent, Amira Haddad, said her son had gone from dreading school to running through the gates. "He asks to go in on Saturdays," she laughed.

The local authority had considered closing the school in 2020. A council spokesperson told the Gazette it was "delighted" with the result and had no plans to merge it.

Key findings:

- Quality of education: good
- Behaviour and attitudes: good
- Leadership: good
"""
GOLD["school"] = [
    ("said", "Inspectors", "pupils were \"happy, curious and safe\""),
    ("noted", "Their report", "attendance had risen from 88% to 96%"),
    ("said", "Headteacher Simon Carr, who arrived in 2021", "the change was down to the staff"),
    ("said", "he", "They never gave up on these children"),
    ("said", "One parent, Amira Haddad", "her son had gone from dreading school to running through the gates"),
    ("laughed", "she", "He asks to go in on Saturdays"),
    ("told", "A council spokesperson", "it was \"delighted\" with the result and had no plans to merge it"),
]

ARTICLES["transport"] = """Rail passengers face week of disruption after bridge damage

Trains between Alder and Kingsford will not run until at least next Friday after a lorry struck a railway bridge, the rail operator said on Monday.

Engineers found cracks in two of the bridge's supports, according to Network West. Replacement buses are running every 20 minutes, but journeys will take up to an hour longer.

"We know this is hugely frustrating," said Network West's route director, Fiona Grant. "Safety has to come first, and we cannot run trains over a damaged bridge."

Commuters told the Post they had been given little warning. Added one, a nurse travelling to Kingsford hospital: "I found out from a sign at the station."

The passenger group Rail Watch said the operator should have kept a spare bridge beam in stock. Its chair, Leon Burke, said the same bridge had been hit twice in five years.

Police said the lorry driver, a 41-year-old man, had been reported for careless driving.

Is your journey affected? Check the operator's website before you travel.
"""
GOLD["transport"] = [
    ("said", "the rail operator", "Trains between Alder and Kingsford will not run until at least next Friday after a lorry struck a railway bridge"),
    ("According to", "Network West", "Engineers found cracks in two of the bridge's supports"),
    ("said", "Network West's route director, Fiona Grant", "We know this is hugely frustrating"),
    ("told", "Commuters", "they had been given little warning"),
    ("said", "The passenger group Rail Watch", "the operator should have kept a spare bridge beam in stock"),
    ("said", "Its chair, Leon Burke", "the same bridge had been hit twice in five years"),
    ("said", "Police", "the lorry driver, a 41-year-old man, had been reported for careless driving"),
]

ARTICLES["farming"] = """Wet summer leaves potato growers counting the cost

Potato growers in the east face their worst harvest in a decade after the wettest summer on record, the farmers' union warned on Wednesday.

The union estimates that yields are down by a third, and says some fields have not been lifted at all because machines cannot get onto the waterlogged ground.

Farmer Gwen Pryce, who grows 200 acres near Holbeck, said half her crop had rotted in the ground. "I've been farming for thirty years and I've never seen anything like it," she said.

"The banks have been patient so far," she added. "But patience runs out."

The Met Office said rainfall between June and August was 180% of the long-term average. Forecasters expect a drier autumn, which could help growers who still have crops in the field.

Supermarkets insisted that shoppers would not see shortages. Prices, however, are likely to rise, according to the union.

Rainfall, June to August:

- 2023: 180% of average
- 2022: 64% of average
"""
GOLD["farming"] = [
    ("warned", "the farmers' union", "Potato growers in the east face their worst harvest in a decade after the wettest summer on record"),
    ("estimates", "The union", "yields are down by a third"),
    ("says", "The union", "some fields have not been lifted at all because machines cannot get onto the waterlogged ground"),
    ("said", "Farmer Gwen Pryce, who grows 200 acres near Holbeck", "half her crop had rotted in the ground"),
    ("said", "she", "I've been farming for thirty years and I've never seen anything like it"),
    ("added", "she", "The banks have been patient so far"),
    ("said", "The Met Office", "rainfall between June and August was 180% of the long-term average"),
    ("insisted", "Supermarkets", "shoppers would not see shortages"),
    ("according to", "the union", "Prices, however, are likely to rise"),
]

ARTICLES["defence"] = """Navy to buy six patrol ships in £900m deal

The defence ministry has ordered six offshore patrol ships from a shipyard in Rosport in a deal worth £900m, the largest naval order in a generation.

Defence Secretary Alan Hewitt said the ships would "protect our waters and our fishing fleet" and would be in service by 2029. The yard's owners say the order will secure 1,200 jobs for a decade.

Critics questioned the price. A report by the National Audit Board last year concluded that the ministry's shipbuilding projects ran, on average, 40% over budget.

"We have heard these promises before," said opposition defence spokesperson Carla Dunn. "The taxpayer deserves to see the full contract."

The ministry rejected the criticism. A spokesman said the contract included penalties for late delivery and that the price was fixed.

Union officials at the yard were delighted. "This is the news we have been waiting years for," said Gary Moss of the shipbuilders' union.
"""
GOLD["defence"] = [
    ("said", "Defence Secretary Alan Hewitt", "the ships would \"protect our waters and our fishing fleet\" and would be in service by 2029"),
    ("say", "The yard's owners", "the order will secure 1,200 jobs for a decade"),
    ("concluded", "A report by the National Audit Board", "the ministry's shipbuilding projects ran, on average, 40% over budget"),
    ("said", "opposition defence spokesperson Carla Dunn", "We have heard these promises before"),
    ("said", "A spokesman", "the contract included penalties for late delivery and that the price was fixed"),
    ("said", "Gary Moss of the shipbuilders' union", "This is the news we have been waiting years for"),
]

ARTICLES["religion"] = """Mosque opens its doors to neighbours after flood

A mosque in the Riverside district has served more than 3,000 hot meals to families whose homes were flooded last week.

Imam Yusuf Rahman said the community had simply done what any neighbour would do. "Nobody asked whether the people at the door were Muslim," he said. "They were hungry and they were wet."

Volunteers from two churches and a Sikh temple have joined the effort. The Reverend Anne Cole, vicar of St Mark's, said it had been "the most moving week of my ministry".

Many of those helped were elderly. Doris Webb, 83, told volunteers that she had not eaten a hot meal for three days before she came.

The council said it hoped to move the last families back into their homes by the end of the month.

Added the imam, "The kitchen stays open as long as it is needed."

Photo: Volunteers prepare meals in the mosque's kitchen on Sunday.
"""
GOLD["religion"] = [
    ("said", "Imam Yusuf Rahman", "the community had simply done what any neighbour would do"),
    ("said", "he", "Nobody asked whether the people at the door were Muslim"),
    ("said", "The Reverend Anne Cole, vicar of St Mark's", "it had been \"the most moving week of my ministry\""),
    ("told", "Doris Webb, 83", "she had not eaten a hot meal for three days before she came"),
    ("said", "The council", "it hoped to move the last families back into their homes by the end of the month"),
    ("Added", "the imam", "The kitchen stays open as long as it is needed"),
]

ARTICLES["markets"] = """Shares slide as investors fret over interest rates

Stock markets fell sharply on Thursday after figures showed inflation rising for a third month, stoking fears that interest rates will stay high.

The FTSE 100 closed down 1.8% at 7,412, its biggest one-day fall since March. Banks and housebuilders led the decline.

"Investors had convinced themselves that rate cuts were coming this year," said Priya Nair, chief market strategist at Halden Capital. "Today's figures tore that up."

Traders now expect the central bank to hold rates at 5% until at least the autumn, according to pricing in futures markets.

Not all analysts were gloomy. Mark Feld of Oakridge Securities argued that the sell-off was overdone and that company profits remained strong.

The pound rose half a cent against the dollar. Oil prices were little changed.

Will the slide continue on Friday? Much depends on the jobs figures due at 8:30am.
"""
GOLD["markets"] = [
    ("showed", "figures", "inflation rising for a third month"),
    ("said", "Priya Nair, chief market strategist at Halden Capital", "Investors had convinced themselves that rate cuts were coming this year"),
    ("argued", "Mark Feld of Oakridge Securities", "the sell-off was overdone and that company profits remained strong"),
]

ARTICLES["aid"] = """Aid agency warns of cholera risk as camp population doubles

The number of people sheltering in the Karo camp has doubled to 84,000 in a month, the World Relief Agency said in a situation update on Tuesday.

The agency said 312 suspected cholera cases had been recorded in the camp since 1 May, and that four people had died. It warned that the figure could rise sharply when the rains arrive.

"We have one latrine for every 90 people. The standard is one for every 20," said the agency's country director, Samuel Otieno. "This is how outbreaks start."

Otieno said the agency had received only 23% of the $48m it needs this year.

The update said food rations had been cut by half in April. Families told aid workers they were eating one meal a day.

The government has said that it is working with the agency to open a second camp.

Situation in numbers:

- 84,000 people in the camp
- 312 suspected cholera cases
- 23% of funding received
"""
GOLD["aid"] = [
    ("said", "the World Relief Agency", "The number of people sheltering in the Karo camp has doubled to 84,000 in a month"),
    ("said", "The agency", "312 suspected cholera cases had been recorded in the camp since 1 May, and that four people had died"),
    ("warned", "It", "the figure could rise sharply when the rains arrive"),
    ("said", "the agency's country director, Samuel Otieno", "We have one latrine for every 90 people. The standard is one for every 20"),
    ("said", "Otieno", "the agency had received only 23% of the $48m it needs this year"),
    ("said", "The update", "food rations had been cut by half in April"),
    ("told", "Families", "they were eating one meal a day"),
    ("said", "The government", "it is working with the agency to open a second camp"),
]

# What the pipeline still gets wrong (left for later, asserted nowhere): the claim in 'a folding tablet
# that the company claims will survive X' is shown only nested under 'unveiled'; 'The agreement, which
# calls for X' has 'which' for its source as PolNeAR marks it (the test reads it so); 'The report, by the Trust,
# found X' ends its source before 'by'; 'expect a drier autumn, which could help X' ends before the
# relative clause; 'Traders now expect X, according to pricing in futures markets' shows only the
# 'according to' report, the expectation inside it; '"We'll see about next year," came the reply'
# reports nothing.
KNOWN_MISSES = {
    "tech": [("claims", "the company", "will survive 400,000 folds, the equivalent of ten years of daily use")],
    "environment": [("found", "The report, by the Northern Rivers Trust", "warmer water and new weirs were the main causes")],
    "farming": [("expect", "Forecasters", "a drier autumn, which could help growers who still have crops in the field")],
    "markets": [("expect", "Traders", "the central bank to hold rates at 5% until at least the autumn")],
    "festival": [("came the reply", "", "We'll see about next year")],
}

NOT_REPORTS = {
    "tech": ["By Hana Roux, Technology Reporter", "Photo: The folding tablet on display at the launch event in Lisbon."],
    "festival": ["The festival closes on Sunday with an open-air screening."],
    "police": ["Anyone with information should call 101, quoting crime number 4471."],
    "summit": ["What happens if a country stops sharing its data?"],
    "environment": ["Figure 2 of the report shows the decline river by river."],
    "school": ["Key findings:", "- Quality of education: good", "- Leadership: good"],
    "transport": ["Is your journey affected?", "Check the operator's website before you travel."],
    "farming": ["Rainfall, June to August:", "- 2023: 180% of average"],
    "markets": ["The pound rose half a cent against the dollar.", "Will the slide continue on Friday?"],
    "defence": ["The defence ministry has ordered six offshore patrol ships from a shipyard in Rosport in a deal worth £900m, the largest naval order in a generation."],
    "religion": ["Photo: Volunteers prepare meals in the mosque's kitchen on Sunday."],
    "aid": ["Situation in numbers:", "- 84,000 people in the camp", "- 312 suspected cholera cases"],
}

SPEAKERS = {
    "tech": ["Clara Voss", "Ravi Menon"],
    "festival": ["Ines Albu", "Tomasz Brenner", "Mila Petrova"],
    "police": ["Paul Okafor", "Rita Shah"],
    "summit": ["Elena Ruiz", "Jorge Alves"],
    "environment": ["Hannah Mills"],
    "school": ["Simon Carr", "Amira Haddad"],
    "transport": ["Fiona Grant", "Leon Burke"],
    "farming": ["Gwen Pryce"],
    "defence": ["Alan Hewitt", "Carla Dunn"],
    "religion": ["Yusuf Rahman", "Anne Cole"],
    "markets": ["Priya Nair", "Mark Feld"],
    "aid": ["Samuel Otieno"],
}
