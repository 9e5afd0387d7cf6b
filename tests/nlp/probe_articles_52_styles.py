# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the fifty-second session's style probes (helper styles), one per
house style or register the earlier probes left out: an AP-style local crime brief ('police said' on
every sentence), a markets story with people familiar with the matter who asked not to be identified
because the talks are private, a conflict report with sides that contradict each other and a claim
the outlet could not independently verify, an explainer with 'What has X said?' subheads, an
Australian daily ('told the ABC', 'said on Sunday'), a Singaporean English daily, a tabloid with
breathless cues ('fumed', 'blasted', a source close to the star), a trade-press story quoting
analysts ('analysts at X expect', 'X estimates'), a parliamentary sketch ('the member for X rose to
say'), a wire obituary ('once told an interviewer that'), a press release rewritten as news and a
school-board meeting story ('during public comment, residents urged'). The gold is written by hand:
(a word of the cue, the source, the first content span) per attribution the pipeline gets right.
Every name, figure and sentence is made up. Read by ``test_probe_findings_52_styles``;
``NOT_REPORTS`` holds each article's lines that report nothing (datelines, bylines, narration)."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["crime"] = """Man charged after stolen pickup crashes into Millbrook bakery

MILLBROOK, Ohio (AP) — A 34-year-old man was charged Thursday after a stolen pickup truck crashed through the front window of a bakery early in the morning, police said.

Officers were called to Third Street Bakery shortly after 4 a.m. and found the truck inside the shop with its engine still running, Police Chief Darla Voss said.

The driver fled on foot but was caught about two blocks away by a sheriff's deputy, police said. He was identified as Corey Blaine of nearby Fenwick.

Blaine faces charges of grand theft, failure to stop after a crash and criminal damaging, according to court records. It was not immediately known whether he had a lawyer who could comment on his behalf.

The truck had been reported stolen from a car lot in Fenwick the night before, police said. No one was inside the bakery at the time.

Owner Ruth Paley said the damage would keep the shop closed for at least two weeks. "We'll bake out of my sister's kitchen until then," she said.

Voss said investigators believe Blaine had been drinking but were waiting for blood test results.
"""

ARTICLES["markets"] = """Halvorsen Nears Deal to Buy Kestrel Logistics for $4 Billion

Halvorsen Group is in advanced talks to acquire Kestrel Logistics Inc. in a deal that could value the freight company at about $4 billion including debt, according to people familiar with the matter.

An agreement could be announced as soon as next week, said the people, who asked not to be identified because the talks are private. Terms could still change and the negotiations may fall apart, they said.

Representatives for Halvorsen and Kestrel declined to comment.

Kestrel shares jumped as much as 18% in New York trading on Tuesday, the biggest intraday gain since March. Halvorsen fell 2.1%.

Halvorsen has been looking to expand its warehousing business in North America, Chief Executive Officer Ingrid Moe told analysts on an earnings call in February. "We have the balance sheet to be opportunistic," she said at the time.

Kestrel had also drawn interest from at least one private equity firm earlier this year, one of the people said.

The company, based in Memphis, operates about 90 distribution centers and employs roughly 11,000 people.
"""

ARTICLES["conflict"] = """Dozens killed as fighting rages for control of Tarsa crossing

Fighting between government forces and the Northern Alliance rebels has killed at least 40 people around the Tarsa border crossing since Friday, according to medical sources.

The army said in a statement on Saturday that its troops had "repelled a large-scale attack" and killed more than 60 fighters. The rebels denied the claim, saying they had seized two army positions and captured dozens of soldiers.

Al Jazeera could not independently verify either side's account.

A rebel spokesman, Idris Kamal, accused the army of shelling residential areas in the town. "They are targeting homes, not fighters," he told Al Jazeera by phone.

The defence ministry rejected the accusation as "fabricated propaganda" and insisted that its artillery had struck only military targets.

Residents said thousands of families had fled towards the border in recent days. "We left with nothing but our children," said Amina Yusuf, a mother of four who reached a camp near the crossing.

The United Nations has warned that the crossing is the only route for aid into the region. Its humanitarian coordinator, Pablo Ortiz, called on both parties to allow safe passage for civilians.
"""

ARTICLES["bbc"] = """Why are junior doctors going on strike again?

Junior doctors in England are set to walk out for five days from Monday in a long-running dispute over pay.

What are the doctors asking for?

The doctors' union says pay has fallen by more than a quarter in real terms since 2008. It wants the government to restore that lost value over several years.

What has the government said?

Health Secretary Mark Elston said the demands were unaffordable and that a 22% rise over two years was already "a very generous offer". He has urged the union to call off the action and return to talks.

What has the union said?

The union's lead negotiator, Dr Priya Rao, told the BBC that members felt they had no choice. "Nobody becomes a doctor to go on strike," she said.

What will it mean for patients?

NHS England warned that thousands of appointments were likely to be postponed. Emergency care will continue, and patients should attend appointments unless they are contacted, it said.

The strike is the 11th since the dispute began.
"""

ARTICLES["australian"] = """Farmers say drought aid too little, too late

Farmers in the state's central west say a $40 million drought package announced on Sunday will not be enough to keep many of them on the land.

Agriculture Minister Tanya Holt said on Sunday the funding would cover freight subsidies for fodder and water and low-interest loans of up to $250,000.

"We know it's tough out there and we're listening," Ms Holt told reporters in Dubbo.

But Coonamble grazier Bruce Keating told the ABC the package had come months after farmers started destocking. "By the time this money turns up, half of us will have sold the last of our breeders," he said.

NSW Farmers president Alison Tait said the loans were welcome but many families were already carrying too much debt.

The Opposition's agriculture spokesman, Greg Munro, labelled the package a "thought bubble" and said the government had been asleep at the wheel.

The Bureau of Meteorology says there is little chance of above-average rainfall before autumn.
"""

ARTICLES["singapore"] = """More seniors to get help with home modifications under expanded scheme

SINGAPORE - More elderly residents will be able to get grab bars, ramps and slip-resistant flooring installed at their flats under an expanded scheme from April.

Speaking at a community event in Bedok on Saturday, Senior Minister of State for Health Lim Wei Ling said the scheme will be extended to private estates for the first time.

About 20,000 more households are expected to benefit, she added.

The Housing Board said in a Facebook post that applications will open on April 1 and that eligible households will pay no more than 5 per cent of the cost.

Retiree Tan Ah Kow, 78, who had grab bars installed last year, said they had made a big difference. "Last time I scared to bathe alone, now no problem," said Mr Tan, who lives alone in a three-room flat.

Ms Lim noted that falls were the leading cause of injury-related hospital admissions among seniors.

Responding to queries from The Straits Times, the Ministry of Health said it would review the scheme's take-up after a year.
"""

ARTICLES["tabloid"] = """'I'M DONE!': Soap star Kelly Marsh storms off set after row

SOAP star Kelly Marsh stormed off set in tears after a blazing row with the show's bosses, we can reveal.

The actress, 29, fumed that she had been "treated like dirt" after learning her character would be killed off in a car crash.

A source close to the star revealed: "Kelly is absolutely devastated. She found out from a script, not from anyone's mouth."

Co-star Danny Reeve blasted the producers on social media, writing that the decision was "a disgrace".

An insider at the studio claimed Kelly had been warned about her timekeeping "more than once".

But her pal insisted she had done nothing wrong. "She's the hardest worker on that show," the friend told us.

A spokesman for the channel said: "We don't comment on future storylines."

Fans were left reeling, with one writing online: "No Kelly, no show."
"""

ARTICLES["trade"] = """Chipmakers brace for slower memory recovery as PC demand stalls

Memory chip prices are expected to rise more slowly than forecast in the second half as personal computer makers work through high inventories, industry analysts say.

Analysts at Corbell Research expect DRAM contract prices to climb 3% to 5% in the third quarter, down from an earlier estimate of 8% to 10%.

Market tracker TechScope estimates that PC shipments fell 4% year on year in the second quarter to about 58 million units.

"Inventories at the big PC brands are still about two months above normal," said Wen Hsu, a senior analyst at TechScope. "We don't see a real recovery until buyers clear that."

Demand from data centres remains strong, according to Hallam Securities, which raised its server memory forecast for the year.

Rival firm Pinnacle Insights predicted that supply would stay tight because manufacturers cut output sharply last year.

The market for memory chips was worth about $95 billion last year.
"""

ARTICLES["sketch"] = """Sketch: A long afternoon of short tempers on the green benches

It was the kind of afternoon when the chamber fills up for ten minutes and then empties as if someone had pulled a plug.

The member for Ashbourne North rose to say that the transport bill was "a timetable with no trains". The minister, Colin Frayne, replied that the honourable gentleman had not read beyond page four.

The Speaker, looking over his glasses, reminded members that the debate was not a book club.

Then the member for Wexcombe, Ruth Adeyinka, asked whether the minister had himself ever waited for a bus in her constituency. He had, he said, and it had come.

The benches opposite groaned. One backbencher shouted that it must have been the only one.

Mr Frayne insisted that the bill would bring "the biggest change to local transport in a generation". Nobody on either side seemed to believe him entirely.

At half past four the chamber emptied again.
"""

ARTICLES["obituary"] = """Eleanor Voight, pianist who championed forgotten composers, dies at 88

VIENNA (Reuters) - Eleanor Voight, the pianist who spent decades reviving the works of forgotten women composers, has died aged 88, her family said on Tuesday.

Voight, who died on Monday at her home outside Vienna, once told an interviewer that she had found most of the scores "in boxes nobody had opened since the war".

Born in Leeds in 1937, she studied in London and Vienna and made her concert debut at 19.

Her recordings of the sonatas of Marie Lenz won two international prizes and, critics said, restored Lenz to the concert repertoire.

"She listened to music nobody else could hear," said the conductor Felix Brandauer, a longtime friend. "Without her, half of those composers would still be footnotes."

Voight often said that she practised for six hours a day well into her seventies.

She is survived by a son and two grandchildren.
"""

ARTICLES["release"] = """Norwell Foods to open $60 million plant, creating 300 jobs

Norwell Foods will build a $60 million frozen meals plant in Granger County, the company announced on Wednesday, creating about 300 jobs over three years.

"We are delighted to be expanding in a community that has supported us for more than four decades," said Dana Whitford, CEO of Norwell Foods. "This investment is a vote of confidence in our people."

The plant will be the company's largest and is expected to begin production in late 2027, according to the release.

Governor Paul Ames welcomed the investment, calling it "great news for rural jobs".

"Norwell's decision shows that manufacturers see a future here," said Lisa Grant, director of the state's economic development agency.

Norwell Foods, founded in 1981, employs 2,400 people at six sites. The company reported sales of $1.2 billion last year.

For more information, visit the company's website.
"""

ARTICLES["schoolboard"] = """School board delays vote on later start times after packed meeting

The Fairview Unified school board postponed a vote on pushing back high school start times Tuesday after more than two hours of heated debate.

During public comment, residents urged the board to keep the current schedule, saying a later start would disrupt after-school jobs and sports.

Several parents argued that teenagers need more sleep and that the district should follow the research.

"My son is up at 5:45 every morning and he is a zombie by lunch," said parent Gloria Mendes.

Board member Tom Reyes said he wanted more information about the cost of changing bus routes before voting.

Superintendent Angela Carr told the board that the district could save about $300,000 a year by staggering bus schedules.

The board will take up the item again at its March 12 meeting.
"""

GOLD["crime"] = [
    ("said", "police", "A 34-year-old man was charged Thursday after a stolen pickup truck crashed through the front window of a bakery early in the morning"),
    ("said", "Police Chief Darla Voss", "Officers were called to Third Street Bakery shortly after 4 a.m. and found the truck inside the shop with its engine still running"),
    ("said", "police", "The driver fled on foot but was caught about two blocks away by a sheriff's deputy"),
    ("according to", "court records", "Blaine faces charges of grand theft, failure to stop after a crash and criminal damaging"),
    ("said", "police", "The truck had been reported stolen from a car lot in Fenwick the night before"),
    ("said", "Owner Ruth Paley", "the damage would keep the shop closed for at least two weeks"),
    ("said", "she", "We'll bake out of my sister's kitchen until then"),
    ("said", "Voss", "investigators believe Blaine had been drinking but were waiting for blood test results"),
]
NOT_REPORTS["crime"] = ["No one was inside the bakery at the time.", "He was identified as Corey Blaine of nearby Fenwick."]

GOLD["markets"] = [
    ("according to", "people familiar with the matter", "Halvorsen Group is in advanced talks to acquire Kestrel Logistics Inc. in a deal that could value the freight company at about $4 billion including debt"),
    ("said", "the people, who asked not to be identified because the talks are private", "An agreement could be announced as soon as next week"),
    ("said", "they", "Terms could still change and the negotiations may fall apart"),
    ("declined", "Representatives for Halvorsen and Kestrel", "to comment"),
    ("told", "Chief Executive Officer Ingrid Moe", "Halvorsen has been looking to expand its warehousing business in North America"),
    ("said", "she", "We have the balance sheet to be opportunistic"),
    ("said", "one of the people", "Kestrel had also drawn interest from at least one private equity firm earlier this year"),
]
NOT_REPORTS["markets"] = ["Kestrel shares jumped as much as 18%", "The company, based in Memphis, operates about 90"]

GOLD["conflict"] = [
    ("according to", "medical sources", "Fighting between government forces and the Northern Alliance rebels has killed at least 40 people around the Tarsa border crossing since Friday"),
    ("said", "The army", 'its troops had "repelled a large-scale attack" and killed more than 60 fighters'),
    ("denied", "The rebels", "the claim"),
    ("saying", "The rebels", "they had seized two army positions and captured dozens of soldiers"),
    ("accused", "A rebel spokesman, Idris Kamal", "the army of shelling residential areas in the town"),
    ("told", "he", "They are targeting homes, not fighters"),
    ("rejected", "The defence ministry", 'the accusation as "fabricated propaganda"'),
    ("insisted", "The defence ministry", "its artillery had struck only military targets"),
    ("said", "Residents", "thousands of families had fled towards the border in recent days"),
    ("said", "Amina Yusuf, a mother of four who reached a camp near the crossing", "We left with nothing but our children"),
    ("warned", "The United Nations", "the crossing is the only route for aid into the region"),
    ("called on", "Its humanitarian coordinator, Pablo Ortiz", "both parties to allow safe passage for civilians"),
]
NOT_REPORTS["conflict"] = ["Al Jazeera could not independently verify either side's account."]

GOLD["bbc"] = [
    ("says", "The doctors' union", "pay has fallen by more than a quarter in real terms since 2008"),
    ("said", "Health Secretary Mark Elston", 'the demands were unaffordable and that a 22% rise over two years was already "a very generous offer"'),
    ("urged", "He", "the union to call off the action and return to talks"),
    ("told", "The union's lead negotiator, Dr Priya Rao", "members felt they had no choice"),
    ("said", "she", "Nobody becomes a doctor to go on strike"),
    ("warned", "NHS England", "thousands of appointments were likely to be postponed"),
    ("said", "it", "Emergency care will continue, and patients should attend appointments unless they are contacted"),
]
NOT_REPORTS["bbc"] = ["What has the government said?", "What has the union said?", "What are the doctors asking for?",
                      "The strike is the 11th since the dispute began."]

GOLD["australian"] = [
    ("say", "Farmers", "drought aid too little, too late"),
    ("say", "Farmers in the state's central west", "a $40 million drought package announced on Sunday will not be enough to keep many of them on the land"),
    ("said", "Agriculture Minister Tanya Holt", "the funding would cover freight subsidies for fodder and water and low-interest loans of up to $250,000"),
    ("told", "Ms Holt", "We know it's tough out there and we're listening"),
    ("told", "Coonamble grazier Bruce Keating", "the package had come months after farmers started destocking"),
    ("said", "he", "By the time this money turns up, half of us will have sold the last of our breeders"),
    ("said", "NSW Farmers president Alison Tait", "the loans were welcome but many families were already carrying too much debt"),
    ("labelled", "The Opposition's agriculture spokesman, Greg Munro", 'the package a "thought bubble"'),
    ("said", "The Opposition's agriculture spokesman, Greg Munro", "the government had been asleep at the wheel"),
    ("says", "The Bureau of Meteorology", "there is little chance of above-average rainfall before autumn"),
]
NOT_REPORTS["australian"] = []

GOLD["singapore"] = [
    ("said", "Senior Minister of State for Health Lim Wei Ling", "the scheme will be extended to private estates for the first time"),
    ("added", "she", "About 20,000 more households are expected to benefit"),
    ("said", "The Housing Board", "applications will open on April 1 and that eligible households will pay no more than 5 per cent of the cost"),
    ("said", "Retiree Tan Ah Kow, 78, who had grab bars installed last year", "they had made a big difference"),
    ("said", "Mr Tan, who lives alone in a three-room flat", "Last time I scared to bathe alone, now no problem"),
    ("noted", "Ms Lim", "falls were the leading cause of injury-related hospital admissions among seniors"),
    ("said", "the Ministry of Health", "it would review the scheme's take-up after a year"),
]
NOT_REPORTS["singapore"] = ["SINGAPORE - More elderly residents will be able to get grab bars"]

GOLD["tabloid"] = [
    ("revealed", "A source close to the star", "Kelly is absolutely devastated. She found out from a script, not from anyone's mouth"),
    ("writing", "Co-star Danny Reeve", 'the decision was "a disgrace"'),
    ("claimed", "An insider at the studio", 'Kelly had been warned about her timekeeping "more than once"'),
    ("insisted", "her pal", "she had done nothing wrong"),
    ("told", "the friend", "She's the hardest worker on that show"),
    ("said", "A spokesman for the channel", "We don't comment on future storylines"),
]
NOT_REPORTS["tabloid"] = []

GOLD["trade"] = [
    ("say", "industry analysts", "Memory chip prices are expected to rise more slowly than forecast in the second half as personal computer makers work through high inventories"),
    ("expect", "Analysts at Corbell Research", "DRAM contract prices to climb 3% to 5% in the third quarter, down from an earlier estimate of 8% to 10%"),
    ("estimates", "Market tracker TechScope", "PC shipments fell 4% year on year in the second quarter to about 58 million units"),
    ("said", "Wen Hsu, a senior analyst at TechScope", "Inventories at the big PC brands are still about two months above normal"),
    ("predicted", "Rival firm Pinnacle Insights", "supply would stay tight because manufacturers cut output sharply last year"),
]
NOT_REPORTS["trade"] = ["The market for memory chips was worth about $95 billion last year."]

GOLD["sketch"] = [
    ("say", "The member for Ashbourne North", 'the transport bill was "a timetable with no trains"'),
    ("replied", "The minister, Colin Frayne", "the honourable gentleman had not read beyond page four"),
    ("reminded", "The Speaker", "members that the debate was not a book club"),
    ("asked", "the member for Wexcombe, Ruth Adeyinka", "whether the minister had himself ever waited for a bus in her constituency"),
    ("shouted", "One backbencher", "it must have been the only one"),
    ("insisted", "Mr Frayne", 'the bill would bring "the biggest change to local transport in a generation"'),
]
NOT_REPORTS["sketch"] = ["It was the kind of afternoon when the chamber fills up", "At half past four the chamber emptied again.",
                         "The benches opposite groaned."]

GOLD["obituary"] = [
    ("said", "her family", "Eleanor Voight, the pianist who spent decades reviving the works of forgotten women composers, has died aged 88"),
    ("told", "Voight, who died on Monday at her home outside Vienna", 'she had found most of the scores "in boxes nobody had opened since the war"'),
    ("said", "the conductor Felix Brandauer, a longtime friend", "She listened to music nobody else could hear"),
    ("said", "Voight", "she practised for six hours a day well into her seventies"),
]
NOT_REPORTS["obituary"] = ["Born in Leeds in 1937", "She is survived by a son and two grandchildren."]

GOLD["release"] = [
    ("announced", "the company", "Norwell Foods will build a $60 million frozen meals plant in Granger County"),
    ("said", "Dana Whitford, CEO of Norwell Foods", "We are delighted to be expanding in a community that has supported us for more than four decades"),
    ("according to", "the release", "The plant will be the company's largest and is expected to begin production in late 2027"),
    ("welcomed", "Governor Paul Ames", "the investment"),
    ("said", "Lisa Grant, director of the state's economic development agency", "Norwell's decision shows that manufacturers see a future here"),
]
NOT_REPORTS["release"] = ["For more information, visit the company's website."]

GOLD["schoolboard"] = [
    ("urged", "residents", "the board to keep the current schedule"),
    ("saying", "residents", "a later start would disrupt after-school jobs and sports"),
    ("argued", "Several parents", "teenagers need more sleep and that the district should follow the research"),
    ("said", "parent Gloria Mendes", "My son is up at 5:45 every morning and he is a zombie by lunch"),
    ("said", "Board member Tom Reyes", "he wanted more information about the cost of changing bus routes before voting"),
    ("told", "Superintendent Angela Carr", "the district could save about $300,000 a year by staggering bus schedules"),
]
NOT_REPORTS["schoolboard"] = ["The Fairview Unified school board postponed a vote on pushing back high school start times",
                              "The board will take up the item again at its March 12 meeting."]
