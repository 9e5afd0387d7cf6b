# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the forty-eighth session's probes (helper probe), one per
genre the earlier probes left out (a wire-service digest, a live blog, a long-form feature, an
opinion column, a press conference, a story sourced to polls, studies and filings, a world-news
piece with translated quotes, a merger, a phone launch, a music awards night, a cyclone update, a
police report), with the gold written by hand: (a word of the cue, the source, the first content
span) per attribution the pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_48_probes``; ``NOT_REPORTS`` holds each article's lines that report nothing
(timestamps, captions, headings, questions, narration, 'said' in other senses). ``NESTED`` holds the
reports another report holds ('According to a police report, the suspect told officers X'), and
``STILL_WRONG`` those the pipeline still gets wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["wire"] = """World briefs

OSLO — Norway's central bank held its main interest rate at 4.25 percent on Thursday and said it expected to cut rates once in the autumn.

LIMA — Peru's transport ministry said a landslide had blocked the main highway to Cusco, stranding about 300 vehicles.

NAIROBI — Kenyan police arrested 14 people after clashes at a cattle market, a police spokesman told Reuters.

SEOUL — South Korea's exports rose 9 percent in March from a year earlier, trade ministry data showed on Monday.

OTTAWA — Canada will send two more firefighting planes to Chile, Defence Minister Paul Brisbois announced. "We stand with our friends," he wrote on social media.

MANILA — At least six fishermen are missing after their boat capsized off Samar, the coast guard said in a statement.

BERLIN — The German carmaker Velkwerk denied reports that it planned to close a plant in Saxony.
"""
GOLD["wire"] = [
    ("said", "Norway's central bank", "it expected to cut rates once in the autumn"),
    ("said", "Peru's transport ministry", "a landslide had blocked the main highway to Cusco, stranding about 300 vehicles"),
    ("told", "a police spokesman", "Kenyan police arrested 14 people after clashes at a cattle market"),
    ("showed", "trade ministry data", "South Korea's exports rose 9 percent in March from a year earlier"),
    ("announced", "Defence Minister Paul Brisbois", "Canada will send two more firefighting planes to Chile"),
    ("wrote", "he", "We stand with our friends"),
    ("said", "the coast guard", "At least six fishermen are missing after their boat capsized off Samar"),
    ("denied", "The German carmaker Velkwerk", "reports that it planned to close a plant in Saxony"),
]
NOT_REPORTS["wire"] = ["World briefs"]

ARTICLES["liveblog"] = """Budget day: live updates

14:05 The chancellor has arrived at the Treasury.

14:12 Opposition leader Gwen Hartley has told the BBC that the budget will "punish working families". She said her party would vote against the fuel duty rise.

14:20 Markets are calm so far. The pound is flat against the dollar.

14:31 A Treasury source says the chancellor will announce a freeze on income tax thresholds until 2030.

14:45 The chancellor is on his feet. "This is a budget for growth," he tells MPs.

14:58 He confirms that the state pension will rise by 4.1 percent next April.

15:10 The Institute for Fiscal Studies says the numbers "do not add up" without further cuts after 2027.

15:22 What happens next? MPs will debate the measures for four days before a vote.
"""
GOLD["liveblog"] = [
    ("told", "Opposition leader Gwen Hartley", "the budget will \"punish working families\""),
    ("said", "She", "her party would vote against the fuel duty rise"),
    ("says", "A Treasury source", "the chancellor will announce a freeze on income tax thresholds until 2030"),
    ("tells", "he", "This is a budget for growth"),
    ("confirms", "He", "the state pension will rise by 4.1 percent next April"),
    ("says", "The Institute for Fiscal Studies", "the numbers \"do not add up\" without further cuts after 2027"),
]
NOT_REPORTS["liveblog"] = [
    "14:05 The chancellor has arrived at the Treasury.",
    "14:20 Markets are calm so far. The pound is flat against the dollar.",
    "15:22 What happens next? MPs will debate the measures for four days before a vote.",
]

ARTICLES["feature"] = """The last ferryman of Glen Arrow

The mist sits low on the loch at six in the morning, and Hamish Baird is already untying the boat. His hands are red with cold. A gull watches from the jetty.

For 41 years he has carried people, sheep and, once, a piano across the water. The council plans to replace his ferry with a bridge next spring.

"People think a bridge is progress," he says, pulling on the oars. "Maybe it is. But a bridge never asked anyone how their mother was doing."

His daughter, Fiona, runs the café on the far shore. She believes the village will lose something it cannot name.

"Dad has been the news service here for decades," she said. "If you wanted to know who was ill or who had a baby, you asked him on the boat."

Not everyone is sentimental. A farmer on the north side, who asked not to be named, said the bridge would save him an hour a day.

The council insists the crossing has become too costly to run. A spokesman said the ferry lost £80,000 last year.

Baird shrugs at the figure. The boat reaches the far side, and he ties it up, as he has done thousands of times before.
"""
GOLD["feature"] = [
    ("says", "he", "People think a bridge is progress"),
    ("believes", "She", "the village will lose something it cannot name"),
    ("said", "she", "Dad has been the news service here for decades"),
    ("said", "A farmer on the north side, who asked not to be named", "the bridge would save him an hour a day"),
    ("insists", "The council", "the crossing has become too costly to run"),
    ("said", "A spokesman", "the ferry lost £80,000 last year"),
]
NOT_REPORTS["feature"] = [
    "The mist sits low on the loch at six in the morning, and Hamish Baird is already untying the boat.",
    "Baird shrugs at the figure.",
]

ARTICLES["column"] = """Opinion: Our town centre needs people, not parking

I have lived in Marwick for twenty years, and I have never seen the high street so empty.

The council's answer is another car park. Its transport chief, Colin Rusk, argued last week that shoppers "simply will not come without somewhere to leave the car". I think he is wrong.

Look at Dunmore, twenty miles away. Its mayor told me that footfall rose by a third after the main street was closed to traffic. Traders there feared the worst, she admitted, but most now say they would never go back.

Economists have long made the same point. A study by the University of Kelby found that pedestrians spend more per month in local shops than drivers do.

Rusk's claim that the town will die without parking is not backed by the evidence. Nor is his warning that businesses will move out.

So here is my suggestion: let us try a car-free Saturday for six months and count the takings.

What have we got to lose?

Jane Arbuthnot is a former shopkeeper and a columnist for the Marwick Courier.
"""
GOLD["column"] = [
    ("argued", "Its transport chief, Colin Rusk", "shoppers \"simply will not come without somewhere to leave the car\""),
    ("told", "Its mayor", "footfall rose by a third after the main street was closed to traffic"),
    ("admitted", "she", "Traders there feared the worst"),
    ("found", "A study by the University of Kelby", "pedestrians spend more per month in local shops than drivers do"),
]
NOT_REPORTS["column"] = [
    "I have lived in Marwick for twenty years, and I have never seen the high street so empty.",
    "What have we got to lose?",
    "Jane Arbuthnot is a former shopkeeper and a columnist for the Marwick Courier.",
]

ARTICLES["presser"] = """Coach defends team selection after cup exit

Westford coach Ivan Petrov faced a packed press room on Sunday, a day after his side lost the cup semi-final 3-0.

Asked whether he regretted leaving his captain on the bench, Petrov shook his head. "No. I would make the same choice tomorrow," he said.

One reporter asked if the players had lost faith in him. "You would have to ask them," Petrov replied. "I can only tell you what I see in training, and I see men who want to fight."

He said the injury to the goalkeeper, Tomas Lind, had changed his plans on the morning of the game.

Was his job safe? Petrov said he had spoken to the owner that morning and had been given "full backing".

The club's sporting director, Ana Ruiz, later confirmed that there would be no change of coach this season.

Petrov ended the session by thanking the supporters who had travelled. "They deserved more," he added.
"""
GOLD["presser"] = [
    ("said", "he", "No. I would make the same choice tomorrow"),
    ("replied", "Petrov", "You would have to ask them"),
    ("said", "He", "the injury to the goalkeeper, Tomas Lind, had changed his plans on the morning of the game"),
    ("said", "Petrov", "he had spoken to the owner that morning and had been given \"full backing\""),
    ("confirmed", "The club's sporting director, Ana Ruiz", "there would be no change of coach this season"),
    ("added", "he", "They deserved more"),
]
NOT_REPORTS["presser"] = [
    "Was his job safe?",
]

ARTICLES["filings"] = """Bakery chain accused of underpaying staff, lawsuit says

A lawsuit filed on Tuesday accuses the bakery chain Crumbwell of failing to pay overtime to hundreds of workers.

The filing alleges that managers told staff to clock out before cleaning the ovens. It says some workers lost up to £2,000 a year.

Crumbwell said in a statement that it "strongly disputes" the claims and would defend itself in court.

The case comes as pressure grows on the sector. A survey by the Retail Workers Union found that one in four bakery staff had worked unpaid hours in the past year.

Data released on Monday by the statistics office show that wages in food retail rose more slowly than prices for a third year.

According to a report by the Low Pay Institute, the chain's hourly rates are among the lowest in the industry.

The union's general secretary, Ruth Okoye, said the lawsuit was "the tip of the iceberg".

A hearing is set for June.
"""
GOLD["filings"] = [
    ("accuses", "A lawsuit filed on Tuesday", "the bakery chain Crumbwell of failing to pay overtime to hundreds of workers"),
    ("alleges", "The filing", "managers told staff to clock out before cleaning the ovens"),
    ("says", "It", "some workers lost up to £2,000 a year"),
    ("said", "Crumbwell", "it \"strongly disputes\" the claims and would defend itself in court"),
    ("found", "A survey by the Retail Workers Union", "one in four bakery staff had worked unpaid hours in the past year"),
    ("show", "Data released on Monday by the statistics office", "wages in food retail rose more slowly than prices for a third year"),
    ("According to", "a report by the Low Pay Institute", "the chain's hourly rates are among the lowest in the industry"),
    ("said", "The union's general secretary, Ruth Okoye", "the lawsuit was \"the tip of the iceberg\""),
]
NOT_REPORTS["filings"] = ["A hearing is set for June."]

ARTICLES["world"] = """Mongolia's herders struggle after harsh winter

Millions of livestock have died across Mongolia after one of the coldest winters in decades, the country's emergency agency said on Friday.

In Bayankhongor province, herder Batbayar Dorj counted the carcasses of 200 goats outside his ger. « We have lost half of everything, » he said through an interpreter. « My father saw a winter like this once, in 1944. »

The agency's deputy head, Oyunchimeg Tsend, told a news conference in Ulaanbaatar that rescue teams had reached 80 percent of the worst-hit families.

"The state cannot carry this alone," she said, speaking in Mongolian. "We need international help."

The United Nations warned of a food crisis in the spring if aid did not arrive quickly. Aid groups estimate that 40,000 families need emergency fodder.

Prime Minister Luvsannamsrain Enkhbayar announced a fund of 10 billion tugrik for herders, his office said.

Some herders say the government acted too late. "They came when the animals were already frozen," said Tsetseg Ganbold, 47.
"""
GOLD["world"] = [
    ("said", "the country's emergency agency", "Millions of livestock have died across Mongolia after one of the coldest winters in decades"),
    ("said", "he", "We have lost half of everything"),  # (no comma: '« X, »' spaced guillemets)
    ("told", "The agency's deputy head, Oyunchimeg Tsend", "rescue teams had reached 80 percent of the worst-hit families"),
    ("said", "she", "The state cannot carry this alone"),
    ("estimate", "Aid groups", "40,000 families need emergency fodder"),
    ("say", "Some herders", "the government acted too late"),
    ("said", "Tsetseg Ganbold, 47", "They came when the animals were already frozen"),
]
NOT_REPORTS["world"] = []

ARTICLES["merger"] = """Harlow Foods agrees £3bn takeover of Pennant Dairies

Harlow Foods has agreed to buy Pennant Dairies for £3bn, the two companies said on Wednesday, creating the country's second-largest dairy group.

Pennant shareholders will receive 410p a share, a premium of 32 percent to Tuesday's closing price. Pennant's board said it would recommend the offer unanimously.

"This is a rare chance to bring together two great British brands," Harlow's chief executive, Omar Shah, said on a call with analysts. He expects savings of £90m a year by 2028.

Analysts were more cautious. Helen Price of Morrow Securities said the price looked "full", and warned that the competition regulator could demand the sale of several plants.

The companies said they did not expect job losses at their factories, but a union official claimed that up to 600 office roles were at risk.

Shares in Pennant jumped 29 percent. Harlow's stock fell 4 percent.

The deal is expected to close in the first half of next year.
"""
GOLD["merger"] = [
    ("said", "the two companies", "Harlow Foods has agreed to buy Pennant Dairies for £3bn"),
    ("said", "Pennant's board", "it would recommend the offer unanimously"),
    ("said", "Harlow's chief executive, Omar Shah", "This is a rare chance to bring together two great British brands"),
    ("said", "Helen Price of Morrow Securities", "the price looked \"full\""),
    ("warned", "Helen Price of Morrow Securities", "the competition regulator could demand the sale of several plants"),
    ("said", "The companies", "they did not expect job losses at their factories"),
    ("claimed", "a union official", "up to 600 office roles were at risk"),
]
NOT_REPORTS["merger"] = [
    "Shares in Pennant jumped 29 percent. Harlow's stock fell 4 percent.",
]

ARTICLES["launch"] = """Kestrel's new phone promises a week on one charge

Kestrel on Tuesday unveiled the Kestrel 9, a mid-priced phone that the company says can last seven days without charging.

On stage in San Jose, product chief Mei Lin held the handset up to the crowd. 'We listened to you,' she said. 'You told us battery life matters more than another camera.'

The phone will cost $499 and go on sale in May. Kestrel claims the new chip uses 40 percent less power than last year's model.

Early reviewers were impressed. Tom Reyes, who writes the Pocket Tech newsletter, said the screen was "the best I have seen at this price".

But some experts question the battery figure. Industry analyst Sara Kovac noted that the test assumed only two hours of screen time a day. "Real users will see three or four days," she predicted.

Kestrel did not respond to a request for comment on the test.

Photo caption: Mei Lin presents the Kestrel 9 in San Jose on Tuesday.
"""
GOLD["launch"] = [
    ("says", "the company", "can last seven days without charging"),
    ("said", "she", "We listened to you"),
    ("claims", "Kestrel", "the new chip uses 40 percent less power than last year's model"),
    ("said", "Tom Reyes, who writes the Pocket Tech newsletter", "the screen was \"the best I have seen at this price\""),
    ("noted", "Industry analyst Sara Kovac", "the test assumed only two hours of screen time a day"),
    ("predicted", "she", "Real users will see three or four days"),
]
NOT_REPORTS["launch"] = [
    "Photo caption: Mei Lin presents the Kestrel 9 in San Jose on Tuesday.",
    "The phone will cost $499 and go on sale in May.",
]

ARTICLES["awards"] = """Newcomer Ada Obi sweeps music awards

Ada Obi, a 22-year-old singer from Lagos who released her first album only last year, won four prizes at the Silver Note awards on Saturday night.

Accepting the prize for album of the year, Obi thanked her mother, who she said had "sold her car to pay for my first studio time".

"I wrote these songs in my bedroom," she told the audience. "To stand here is crazy."

The veteran rock band Ironvale, which had been tipped to win, went home empty-handed. Its singer, Dean Marsh, said backstage that he was "genuinely happy" for Obi.

Critics have hailed her record as a landmark. One reviewer called it "the most honest debut in a decade".

Host Carla Benn, known for her sharp jokes, said little about politics this year. Asked why, she laughed: "My lawyer told me not to."

The ceremony drew 4.2 million viewers, according to the broadcaster.
"""
GOLD["awards"] = [
    ("said", "she", "who"),  # ('who she said had "sold X"': the relative and the rest, two spans)
    ("told", "she", "I wrote these songs in my bedroom"),
    ("said", "Its singer, Dean Marsh", "he was \"genuinely happy\" for Obi"),
    ("called", "One reviewer", "it \"the most honest debut in a decade\""),
    ("according to", "the broadcaster", "The ceremony drew 4.2 million viewers"),
]
NOT_REPORTS["awards"] = [
    "The veteran rock band Ironvale, which had been tipped to win, went home empty-handed.",
]

ARTICLES["cyclone"] = """Cyclone Meera nears coast as thousands evacuate

Cyclone Meera strengthened overnight and is expected to make landfall near the port of Paradip on Thursday evening, the weather department said.

The department warned of wind speeds of up to 180 km/h and a storm surge of two metres in low-lying areas. It has issued a red alert for five coastal districts.

"Do not go out to sea under any circumstances," the state's disaster management chief, Rakesh Nayak, told fishermen in a radio message.

More than 120,000 people have been moved to shelters, officials said. Schools will stay closed until Saturday.

Forecasters believe the storm will weaken quickly once it moves inland. However, they cautioned that heavy rain could cause flooding for several days.

In the fishing village of Astarang, Sunita Behera was packing her family's documents into a plastic bag. "We lost our house in the last cyclone," she said. "This time we are leaving early."

Update, 6pm: The weather department now says landfall could come two hours earlier than forecast.
"""
GOLD["cyclone"] = [
    ("said", "the weather department", "Cyclone Meera strengthened overnight and is expected to make landfall near the port of Paradip on Thursday evening"),
    ("warned", "The department", "wind speeds of up to 180 km/h and a storm surge of two metres in low-lying areas"),
    ("told", "the state's disaster management chief, Rakesh Nayak", "Do not go out to sea under any circumstances"),
    ("said", "officials", "More than 120,000 people have been moved to shelters"),
    ("believe", "Forecasters", "the storm will weaken quickly once it moves inland"),
    ("cautioned", "they", "heavy rain could cause flooding for several days"),
    ("said", "she", "We lost our house in the last cyclone"),
    ("says", "The weather department", "landfall could come two hours earlier than forecast"),
]
NOT_REPORTS["cyclone"] = [
    "Schools will stay closed until Saturday.",
]

ARTICLES["crime"] = """Man charged after van driven into shop window

A 34-year-old man has been charged with dangerous driving after a van crashed into a shop window in Kelso Street on Saturday night, police said.

No one was hurt. Officers said the driver had tried to run from the scene but was stopped by two passers-by.

According to a police report seen by this newspaper, the suspect told officers he had "only had two pints" and had swerved to avoid a cat.

Detective Sergeant Lucy Grant said CCTV footage from nearby shops was being examined. "We would like to hear from anyone who saw the van in the minutes before the crash," she said.

The shop's owner, Raj Patel, said the damage would cost thousands to repair. "I heard a bang like a bomb," he told the Evening Star. "I thought the roof had come down."

Neighbours said the street had seen several crashes this year and called for speed bumps.

The man, who has not been named, will appear before magistrates on Monday.
"""
GOLD["crime"] = [
    ("said", "police", "A 34-year-old man has been charged with dangerous driving after a van crashed into a shop window in Kelso Street on Saturday night"),
    ("said", "Officers", "the driver had tried to run from the scene but was stopped by two passers-by"),
    ("said", "Detective Sergeant Lucy Grant", "CCTV footage from nearby shops was being examined"),
    ("said", "she", "We would like to hear from anyone who saw the van in the minutes before the crash"),
    ("said", "The shop's owner, Raj Patel", "the damage would cost thousands to repair"),
    ("told", "he", "I heard a bang like a bomb"),
    ("said", "Neighbours", "the street had seen several crashes this year"),
]
NOT_REPORTS["crime"] = [
    "No one was hurt.",
    "The man, who has not been named, will appear before magistrates on Monday.",
]

#: reports held by another record (the test reads every record, not only the top ones)
NESTED = {
    "column": [("claim", "Rusk's", "the town will die without parking")],
    "crime": [("told", "the suspect", "he had \"only had two pints\" and had swerved to avoid a cat")],
}

#: (article, cue, source, content, why it is still wrong)
STILL_WRONG = [
    ("world", "warned", "The United Nations", "a food crisis in the spring if aid did not arrive quickly",
     "a 'warned of' object stops before the phrase and condition the parser hung on the verb"),
    ("merger", "expects", "He", "savings of £90m a year by 2028",
     "an object content stops before the time the parser hung on the verb"),
]
