# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the fiftieth session's probes (helper probe), one per
genre the earlier probes left out (a fact-check, a live blog, an explainer with question subheads,
a company press release, an earnings call, a rocket launch, a doping ban, a wildfire evacuation,
a corruption trial, a whistleblower story, an opinion poll, a diplomatic row), with the gold written
by hand: (a word of the cue, the source, the first content span) per attribution the pipeline gets
right. Every name, figure and sentence is made up. Read by ``test_probe_findings_50_probes``;
``NOT_REPORTS`` holds each article's lines that report nothing (headings, captions, questions,
timestamps, boilerplate, titles of works, 'said' in other senses), ``NESTED`` the reports another
report holds, and ``STILL_WRONG`` those the pipeline still gets wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["factcheck"] = """Fact check: Did bus fares really double in five years?

What was claimed

In a video shared more than 40,000 times, councillor Brendan Hale said: "Bus fares in this county have doubled since 2019."

Our verdict

The claim is false. Fares rose by 31 percent over the period, according to figures published by the county transport office.

A single adult ticket cost 2.10 pounds in 2019 and costs 2.75 pounds today, the office told FactDesk.

Mr Hale's spokesman said the councillor had been referring to weekly passes on one rural route. "He was talking about the 44 bus, which is what his constituents use," the spokesman told FactDesk.

Even on that route, the weekly pass went from 12 pounds to 19 pounds, a rise of 58 percent, timetables archived online show.

Transport economist Priya Nandra said the confusion was understandable. "Operators change their ticket names so often that comparisons are hard," she said.

FactDesk rates claims as true, misleading or false. Have you seen a claim you want us to check? Email us.
"""
GOLD["factcheck"] = [
    ("said", "councillor Brendan Hale", "Bus fares in this county have doubled since 2019"),
    ("according", "figures published by the county transport office", "Fares rose by 31 percent over the period"),
    ("told", "the office", "A single adult ticket cost 2.10 pounds in 2019 and costs 2.75 pounds today"),
    ("said", "Mr Hale's spokesman", "the councillor had been referring to weekly passes on one rural route"),
    ("told", "the spokesman", "He was talking about the 44 bus, which is what his constituents use"),
    ("said", "Transport economist Priya Nandra", "the confusion was understandable"),
    ("said", "she", "Operators change their ticket names so often that comparisons are hard"),
]
NOT_REPORTS["factcheck"] = ["Fact check: Did bus fares really double in five years?", "What was claimed", "Our verdict",
                            "Have you seen a claim you want us to check? Email us."]

ARTICLES["liveblog"] = """Live: Budget day as it happened

13:52 — Good afternoon and welcome to our live coverage of the budget.

14:05 — The finance minister, Carla Denton, has just told the BBC that there will be "no surprises" for pensioners.

14:20 — Opposition leader Marcus Olu says the budget will "hit working families hardest". He told reporters outside parliament: "This is a tax rise by stealth."

14:31 — Denton is on her feet. She tells MPs the deficit will fall below 3 percent next year.

14:48 — Business groups have given the plan a cautious welcome. The Chamber of Trade said in a statement that the cut in business rates was "a step in the right direction".

15:10 — Economists are less sure. "The numbers rely on growth that nobody else is forecasting," said Hannah Lowe of the Fiscal Institute.

15:25 — That's all from us for now. Thanks for following.
"""
GOLD["liveblog"] = [
    ("told", "The finance minister, Carla Denton", "there will be \"no surprises\" for pensioners"),
    ("says", "Opposition leader Marcus Olu", "the budget will \"hit working families hardest\""),
    ("told", "He", "This is a tax rise by stealth"),
    ("tells", "She", "the deficit will fall below 3 percent next year"),
    ("said", "The Chamber of Trade", "the cut in business rates was \"a step in the right direction\""),
    ("said", "Hannah Lowe of the Fiscal Institute", "The numbers rely on growth that nobody else is forecasting"),
]
NOT_REPORTS["liveblog"] = ["13:52 — Good afternoon and welcome to our live coverage of the budget.",
                           "15:25 — That's all from us for now. Thanks for following."]

ARTICLES["explainer"] = """Heat pumps: what you need to know

Why are heat pumps back in the news?

The government announced on Monday that grants for heat pumps will rise to 9,000 pounds from April. Ministers say the change will help 80,000 households switch each year.

How do they work?

A heat pump moves warmth from the outside air into the house, much as a fridge moves heat out of its box. It runs on electricity.

Are they expensive to run?

That depends on the house. Engineers at the Energy Savings Trust estimate that a well-insulated home will pay about the same as with a gas boiler. Older houses may need new radiators first, the trust says.

What do critics say?

Installers warn that there are not enough trained fitters. "We could train 5,000 more people a year if the demand was steady," said Gareth Pugh, who runs a fitting firm in Swansea.
"""
GOLD["explainer"] = [
    ("announced", "The government", "grants for heat pumps will rise to 9,000 pounds from April"),
    ("say", "Ministers", "the change will help 80,000 households switch each year"),
    ("estimate", "Engineers at the Energy Savings Trust", "a well-insulated home will pay about the same as with a gas boiler"),
    ("says", "the trust", "Older houses may need new radiators first"),
    ("said", "Gareth Pugh, who runs a fitting firm in Swansea", "We could train 5,000 more people a year if the demand was steady"),
]
NOT_REPORTS["explainer"] = ["Heat pumps: what you need to know", "Why are heat pumps back in the news?", "How do they work?",
                            "Are they expensive to run?", "What do critics say?",
                            "A heat pump moves warmth from the outside air into the house, much as a fridge moves heat out of its box."]

ARTICLES["release"] = """Norvale Foods to open plant in Tarrow, creating 300 jobs

TARROW, March 4 — Norvale Foods today announced plans to build a 60 million euro packaging plant in Tarrow, its first outside the home market.

"Tarrow gives us skilled people and a port on the doorstep," said Ingrid Solberg, chief executive of Norvale Foods. "This is a long-term commitment to the region."

The regional development minister, Paulo Reis, welcomed the investment. "Three hundred jobs will make a real difference here," he said.

Construction is expected to begin in the summer, the company said.

About Norvale Foods

Norvale Foods is a family-owned maker of frozen and chilled meals, founded in 1962. It employs 4,100 people in six countries.

Forward-looking statements

This release contains forward-looking statements. Actual results may differ materially from those expressed or implied.

Media contact: press@norvale.example
"""
GOLD["release"] = [
    ("announced", "Norvale Foods", "plans to build a 60 million euro packaging plant in Tarrow, its first outside the home market"),
    ("said", "Ingrid Solberg, chief executive of Norvale Foods", "Tarrow gives us skilled people and a port on the doorstep"),
    ("said", "he", "Three hundred jobs will make a real difference here"),
    ("said", "the company", "Construction is expected to begin in the summer"),
]
NOT_REPORTS["release"] = ["About Norvale Foods",
                          "Norvale Foods is a family-owned maker of frozen and chilled meals, founded in 1962.",
                          "Forward-looking statements",
                          "This release contains forward-looking statements.",
                          "Actual results may differ materially from those expressed or implied.",
                          "Media contact: press@norvale.example"]

ARTICLES["earnings"] = """Pellham shares slide after warning on margins

Shares in Pellham Retail fell 9 percent on Thursday after the company cut its profit forecast for the year.

Chief executive Tom Aske told analysts on a call that price cuts had squeezed margins more than expected. "We chose to protect our customers, and we will not apologise for that," he said.

Finance chief Rachel Imrie said the group now expected operating profit of 410 million pounds, down from an earlier forecast of 450 million.

Asked whether more store closures were planned, Aske said the company was "reviewing the estate" and would give details in May.

Analysts were unimpressed. Jon Whitby, an analyst at Kerr Brothers, said the guidance "raises more questions than it answers".

The company said like-for-like sales rose 2.1 percent in the quarter.
"""
GOLD["earnings"] = [
    ("told", "Chief executive Tom Aske", "price cuts had squeezed margins more than expected"),
    ("said", "he", "We chose to protect our customers, and we will not apologise for that"),
    ("said", "Finance chief Rachel Imrie", "the group now expected operating profit of 410 million pounds, down from an earlier forecast of 450 million"),
    ("said", "Aske", "the company was \"reviewing the estate\" and would give details in May"),
    ("said", "Jon Whitby, an analyst at Kerr Brothers", "the guidance \"raises more questions than it answers\""),
    ("said", "The company", "like-for-like sales rose 2.1 percent in the quarter"),
]
NOT_REPORTS["earnings"] = ["Shares in Pellham Retail fell 9 percent on Thursday after the company cut its profit forecast for the year."]

ARTICLES["launch"] = """Rocket lifts off with weather satellite after two delays

A Vega-class rocket carrying the Aurora-3 weather satellite lifted off from the Kourin launch site at 06:14 local time on Friday.

Mission control confirmed that the satellite had separated from the upper stage 52 minutes after launch. "We have signal," flight director Marta Quist announced to applause in the control room.

The launch had been postponed twice, once because of high winds and once because of a faulty valve. Engineers believe the valve was damaged during fuelling, the agency said.

The satellite will give forecasters images every five minutes, according to the European weather office. Its director, Henrik Larsen, said the data would improve storm warnings "by hours, not minutes".

Not everyone was celebrating. Astronomers have complained that the growing number of satellites leaves streaks across telescope images.

Photo: The rocket clears the tower at dawn.
"""
GOLD["launch"] = [
    ("confirmed", "Mission control", "the satellite had separated from the upper stage 52 minutes after launch"),
    ("announced", "flight director Marta Quist", "We have signal"),
    ("said", "the agency", "Engineers believe the valve was damaged during fuelling"),
    ("according", "the European weather office", "The satellite will give forecasters images every five minutes"),
    ("said", "Its director, Henrik Larsen", "the data would improve storm warnings \"by hours, not minutes\""),
    ("complained", "Astronomers", "the growing number of satellites leaves streaks across telescope images"),
]
NOT_REPORTS["launch"] = ["Photo: The rocket clears the tower at dawn.",
                         "A Vega-class rocket carrying the Aurora-3 weather satellite lifted off from the Kourin launch site at 06:14 local time on Friday."]

ARTICLES["doping"] = """Sprinter banned for four years after failed test

Sprinter Dana Okafor has been banned for four years after testing positive for a banned steroid, the Athletics Integrity Panel said on Wednesday.

The tribunal found that Okafor had "failed to establish how the substance entered her body" and rejected her claim that a contaminated supplement was to blame.

Okafor, 27, denied ever knowingly taking a banned substance. "I have been clean my whole career and I will prove it," she wrote on social media.

Her lawyer, Simon Achebe, said she would appeal to the Court of Arbitration for Sport. He described the ruling as "deeply flawed".

The ban runs from the date of the test, meaning she will miss next year's world championships. Her results since then have been struck out.

World Athletics said it had no further comment.
"""
GOLD["doping"] = [
    ("said", "the Athletics Integrity Panel", "Sprinter Dana Okafor has been banned for four years after testing positive for a banned steroid"),
    ("found", "The tribunal", "Okafor had \"failed to establish how the substance entered her body\""),
    ("denied", "Okafor, 27", "ever knowingly taking a banned substance"),
    ("wrote", "she", "I have been clean my whole career and I will prove it"),
    ("said", "Her lawyer, Simon Achebe", "she would appeal to the Court of Arbitration for Sport"),
    ("described the ruling as", "He", "deeply flawed"),
]
NOT_REPORTS["doping"] = ["Her results since then have been struck out."]

ARTICLES["wildfire"] = """Thousands flee as wildfire jumps highway

Fire officials ordered the evacuation of 6,000 residents from the hill towns of Calder and Pine Ridge on Sunday night as a wildfire jumped the main highway.

The fire has burned 12,000 acres and is 10 percent contained, the state forestry department said. Its spokesman, Luis Ortega, warned that strong winds were expected through Tuesday. "Do not wait for a knock on the door. If you are told to go, go," he said.

Residents described a frantic escape. "The sky went orange in about ten minutes," said Beth Kowalski, who left with her two dogs and a box of photographs. "We just drove."

Another resident, Harold Finch, 81, said he had refused to leave until a deputy came to his house.

The governor declared a state of emergency and said the National Guard would help with the evacuation.

Evacuation centres have been opened at Calder High School and the county fairground.
"""
GOLD["wildfire"] = [
    ("said", "the state forestry department", "The fire has burned 12,000 acres and is 10 percent contained"),
    ("warned", "Its spokesman, Luis Ortega", "strong winds were expected through Tuesday"),
    ("said", "he", "Do not wait for a knock on the door. If you are told to go, go"),
    ("said", "Beth Kowalski, who left with her two dogs and a box of photographs", "The sky went orange in about ten minutes"),
    ("said", "Another resident, Harold Finch, 81", "he had refused to leave until a deputy came to his house"),
    ("said", "The governor", "the National Guard would help with the evacuation"),
]
NOT_REPORTS["wildfire"] = ["Evacuation centres have been opened at Calder High School and the county fairground."]

ARTICLES["trial"] = """Former mayor's aide tells court of cash in envelopes

A former aide to the mayor of Dunmore testified on Tuesday that she had carried envelopes of cash from a building contractor to City Hall.

Laura Bennett told jurors that she delivered at least ten envelopes in 2021. "I was told never to open them, and I never did," she said.

Former mayor Victor Crane, 58, denies six counts of bribery. His lawyers say the payments were legal campaign donations.

Under cross-examination, Bennett admitted that she had never seen what was inside the envelopes. Defence counsel Ruth Abara suggested she had invented the story to avoid prosecution herself. Bennett denied that.

Prosecutors allege that the contractor, Ellis Grant, won three road contracts worth 14 million dollars in return.

The judge told jurors not to read news reports about the case. The trial continues.
"""
GOLD["trial"] = [
    ("testified", "A former aide to the mayor of Dunmore", "she had carried envelopes of cash from a building contractor to City Hall"),
    ("told", "Laura Bennett", "she delivered at least ten envelopes in 2021"),
    ("said", "she", "I was told never to open them, and I never did"),
    ("say", "His lawyers", "the payments were legal campaign donations"),
    ("admitted", "Bennett", "she had never seen what was inside the envelopes"),
    ("suggested", "Defence counsel Ruth Abara", "she had invented the story to avoid prosecution herself"),
    ("allege", "Prosecutors", "the contractor, Ellis Grant, won three road contracts worth 14 million dollars in return"),
]
NOT_REPORTS["trial"] = ["The trial continues."]

ARTICLES["whistleblower"] = """Documents show regulator ignored safety warnings

The national rail regulator was warned three times about cracked axles before last year's derailment at Hollin, according to internal documents seen by the Courier.

The documents, passed to the paper by a whistleblower, show that inspectors flagged the problem in March, June and September. An email from a senior inspector says the cracks were "an accident waiting to happen".

A source familiar with the matter said managers had decided that replacing the axles would cost too much. "Everybody knew," the source said. "Nobody wanted to be the one to stop the trains."

Two current employees, who spoke on condition of anonymity because they were not authorised to talk to the press, confirmed the account.

The regulator said it did not comment on leaked documents. In a statement, it said safety was "our first priority" and that it had cooperated fully with the accident investigation.

The transport minister has asked for an urgent review.
"""
GOLD["whistleblower"] = [
    ("according", "internal documents seen by the Courier", "The national rail regulator was warned three times about cracked axles before last year's derailment at Hollin"),
    # (a participle set off after the subject is the source's, as PolNeAR keeps 'The survey, conducted by X,': ``set_off_reduced``)
    ("show", "The documents, passed to the paper by a whistleblower", "inspectors flagged the problem in March, June and September"),
    ("says", "An email from a senior inspector", "the cracks were \"an accident waiting to happen\""),
    ("said", "A source familiar with the matter", "managers had decided that replacing the axles would cost too much"),
    ("said", "the source", "Everybody knew"),
    ("said", "The regulator", "it did not comment on leaked documents"),
    ("said", "it", "safety was \"our first priority\" and that it had cooperated fully with the accident investigation"),
]
NOT_REPORTS["whistleblower"] = []

ARTICLES["poll"] = """Poll shows voters split on new airport runway

Voters are almost evenly divided on a third runway at Marston airport, a new survey suggests.

The survey found that 46 percent of adults back the runway and 44 percent oppose it, with the rest undecided. The gap is within the margin of error of three points.

Support is strongest among voters under 35, according to the pollster, Civica Research. Older voters and those living under the flight path are more likely to object.

"People can see the jobs, but they can also hear the planes," said Civica's research director, Anjali Rao.

The poll of 2,014 adults was carried out online between 3 and 6 May.

Campaign group Quiet Skies said the results showed that the government "has not won the argument". The airport said it was encouraged by the figures.
"""
GOLD["poll"] = [
    ("suggests", "a new survey", "Voters are almost evenly divided on a third runway at Marston airport"),
    ("found", "The survey", "46 percent of adults back the runway and 44 percent oppose it, with the rest undecided"),
    ("according", "the pollster, Civica Research", "Support is strongest among voters under 35"),
    ("said", "Civica's research director, Anjali Rao", "People can see the jobs, but they can also hear the planes"),
    ("said", "Campaign group Quiet Skies", "the results showed that the government \"has not won the argument\""),
    ("said", "The airport", "it was encouraged by the figures"),
]
NOT_REPORTS["poll"] = ["The poll of 2,014 adults was carried out online between 3 and 6 May."]

ARTICLES["diplomacy"] = """Ambassador summoned as row over fishing boats deepens

The foreign ministry summoned the ambassador of Veldria on Monday after coast guard ships detained two fishing boats near the disputed Serra islands.

The ministry said in a statement that the detentions were "a clear breach of international law" and demanded the immediate release of the 14 crew members.

Veldria's capital responded within hours. Its foreign ministry said the boats had been fishing illegally in Veldrian waters and that the crews would be "treated in accordance with the law".

Foreign Minister Ana Duarte told parliament that the government would not be intimidated. 'We want calm, but we will defend our fishermen,' she said.

Diplomats fear the dispute could derail trade talks due to start next month. One European envoy, speaking privately, described the mood as "the worst in a decade".

The two countries have argued over the islands since the 1970s.
"""
GOLD["diplomacy"] = [
    ("said", "The ministry", "the detentions were \"a clear breach of international law\""),
    ("said", "Its foreign ministry", "the boats had been fishing illegally in Veldrian waters and that the crews would be \"treated in accordance with the law\""),
    ("told", "Foreign Minister Ana Duarte", "the government would not be intimidated"),
    ("said", "she", "We want calm, but we will defend our fishermen"),
    ("fear", "Diplomats", "the dispute could derail trade talks due to start next month"),
]
NOT_REPORTS["diplomacy"] = ["The two countries have argued over the islands since the 1970s."]

NESTED = {
    "doping": [("claim", "her", "a contaminated supplement was to blame")],
    "poll": [("showed", "the results", "the government \"has not won the argument\"")],
}
STILL_WRONG = [
    ("factcheck", "show", "timetables archived online",
     "Even on that route, the weekly pass went from 12 pounds to 19 pounds, a rise of 58 percent",
     "a tail whose source is a document with a participle and an adverb after it ('timetables archived online "
     "show'): the tagger reads 'show' as a noun and the tail rules know 'archived' for no verb of making public"),
]
