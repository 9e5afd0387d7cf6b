# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-eight short articles of ELECTION AND CAMPAIGN coverage written for the sixty-first session's generalisation
check (helper S; twenty-six before any run, two after the mends), each with a headline line, about made-up candidates in the made-up Republic of Vantria and its
provinces. They hold the shapes of the trail: stump speeches ('told a rally in X', 'vowed to', 'promised voters',
'hammered her rival over X', 'took aim at', 'swiped at', 'accused X of Y'), debates ('during Tuesday's debate, X
countered that Y', 'shot back'), endorsements ('endorsed X, calling him Y'), spokespeople and aides ('the campaign
said in a statement', 'aides privately concede', 'a senior adviser, speaking on condition of anonymity'),
fundraising emails and ads ('an ad released Monday claims X', 'the email warned supporters'), polls ('a poll
released Thursday found X', 'voters surveyed said'), fact checks ('X falsely claimed Y'), epithets for the
candidates ('the former governor', 'the incumbent', 'the challenger'), quotations interrupted across paragraphs,
and lines that report nothing: schedules, vote tallies, narration of the day ('the candidate toured a factory'),
slogans and ad titles quoted as names.

The gold is written by hand as PolNeAR marks it (NOTES.md), counted on its train before writing: 'vowed' is a cue
(47 of 55, the rest inside contents) with 'to X' in the content; 'promised' a cue 51 times (its noun 'promises'
mostly not); 'accused' a cue 84 times with 'X of Y' in the content; 'took aim at', 'swiped at', 'hammered' and
'shot back' are cues where they occur; 'endorsed X' is a cue (71, with 'X' the content); 'calling him "Y"' a cue
(29 of 37); a poll is the source of 'found' or 'showed' (69 of 75) and of 'according to a poll' (38 of 40).
Corrected after counting train, where the first gold disagreed: the one addressed goes with the cue, out of the
content ('promised voters that X', 'warned supporters that X': 90 of 106); 'speaking on condition of anonymity'
after a subject stays out of the source (13 of 13 unmarked); ', who said X' has 'who' for its source (23 of 25);
'did not say how much X' is a report (3 of 4); 'backed' a candidate is one whether a union or voters back
(23 marked), so two such lines left the lines that report nothing; 'is expected to' is a cue (52 of 59), so a
schedule line says 'Marsh returns' instead.
Per article: (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, party and figure is made up. Read by ``test_probe_findings_61_campaign``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["rally_harbour"] = """Okonjo takes fight to the docks as race tightens

Senator Adaeze Okonjo told a rally in Port Seline on Saturday that the shipyards would reopen within a year of her election.

"They closed your yards and called it reform," she told the crowd of about 3,000. "I call it theft."

The senator vowed to scrap the harbour levy on small fishing boats.

Okonjo later toured a fish market and shook hands with traders.

Her next stop is the mill town of Drevno on Monday.
"""
GOLD["rally_harbour"] = [
    ("told", "Senator Adaeze Okonjo", "the shipyards would reopen within a year of her election"),
    ("told", "she", "They closed your yards and called it reform"),
    ("vowed", "The senator", "to scrap the harbour levy on small fishing boats"),
]
NOT_REPORTS["rally_harbour"] = [
    "Okonjo later toured a fish market and shook hands with traders.",
    "Her next stop is the mill town of Drevno on Monday.",
]
SPEAKERS["rally_harbour"] = [("vowed", "The senator", "Adaeze Okonjo", "to scrap")]

ARTICLES["stump_promises"] = """Marsh promises voters cheaper power in final week

Former governor Tobias Marsh promised voters in Kell County that electricity bills would fall by a fifth.

"Every family in this valley pays too much to keep the lights on," Marsh said at a community hall in Aldery.

The former governor hammered his rival over the sale of the state grid company.

He accused Premier Ilse Varga of handing the grid to her donors.

Marsh spoke for 40 minutes and took no questions.
"""
GOLD["stump_promises"] = [
    ("promised", "Former governor Tobias Marsh", "electricity bills would fall by a fifth"),
    ("said", "Marsh", "Every family in this valley pays too much to keep the lights on"),
    ("hammered", "The former governor", "his rival over the sale of the state grid company"),
    ("accused", "He", "Premier Ilse Varga of handing the grid to her donors"),
]
NOT_REPORTS["stump_promises"] = ["Marsh spoke for 40 minutes and took no questions."]
SPEAKERS["stump_promises"] = [
    ("hammered", "The former governor", "Tobias Marsh", "his rival"),
    ("accused", "He", "Tobias Marsh", "Premier Ilse"),
]

ARTICLES["debate_tuesday"] = """Sparks fly as Varga and Marsh meet in only debate

Premier Ilse Varga and her challenger clashed over taxes and the grid sale in their only televised debate on Tuesday night.

During Tuesday's debate, Varga countered that the sale had paid for 14 new hospitals.

"You sold the family silver and spent it on ribbons," Marsh said.

The premier shot back that her opponent had raised taxes four times as governor.

The debate was held at the Kestrel Theatre in the capital, Aumont, and lasted 90 minutes.

About 1.2 million viewers watched the broadcast, the network said.
"""
GOLD["debate_tuesday"] = [
    ("countered", "Varga", "the sale had paid for 14 new hospitals"),
    ("said", "Marsh", "You sold the family silver and spent it on ribbons"),
    ("shot back", "The premier", "her opponent had raised taxes four times as governor"),
    ("said", "the network", "About 1.2 million viewers watched the broadcast"),
]
NOT_REPORTS["debate_tuesday"] = [
    "The debate was held at the Kestrel Theatre in the capital, Aumont, and lasted 90 minutes.",
]
SPEAKERS["debate_tuesday"] = [("shot back", "The premier", "Ilse Varga", "her opponent")]

ARTICLES["endorsement_union"] = """Dockworkers' union backs Okonjo

The National Dockworkers' Union endorsed Senator Adaeze Okonjo on Wednesday, calling her "the only candidate who has stood on a picket line."

Union president Radomir Feld said members had voted 4 to 1 to back the senator.

"She has never asked us for anything but our vote," Feld said.

The union has 86,000 members in six ports.

It backed the Labour Alliance candidate in each of the last three elections.
"""
GOLD["endorsement_union"] = [
    ("endorsed", "The National Dockworkers' Union", "Senator Adaeze Okonjo"),
    ("said", "Union president Radomir Feld", "members had voted 4 to 1 to back the senator"),
    ("said", "Feld", "She has never asked us for anything but our vote"),
]
NOT_REPORTS["endorsement_union"] = ["The union has 86,000 members in six ports."]

ARTICLES["campaign_statement"] = """Varga campaign denies report on donor dinners

The Varga campaign said in a statement on Friday that no donor had been promised a post in government.

"These claims are false and the paper knows it," campaign spokeswoman Tereza Holm said.

The statement came hours after the Aumont Courier reported that donors had paid 50,000 crowns a seat at private dinners with the premier.

The paper said it stood by its story.

The dinners were held at the premier's residence in March and April.
"""
GOLD["campaign_statement"] = [
    ("said", "The Varga campaign", "no donor had been promised a post in government"),
    ("said", "campaign spokeswoman Tereza Holm", "These claims are false and the paper knows it"),
    ("reported", "the Aumont Courier", "donors had paid 50,000 crowns a seat at private dinners with the premier"),
    ("said", "The paper", "it stood by its story"),
]
NOT_REPORTS["campaign_statement"] = ["The dinners were held at the premier's residence in March and April."]

ARTICLES["aides_concede"] = """Inside Marsh's campaign, worry over the north

Aides to Tobias Marsh privately concede that the former governor is trailing badly in the northern provinces.

A senior adviser, speaking on condition of anonymity because he was not authorised to discuss strategy, said the campaign would pull its advertising from three northern markets.

Campaign manager Lise Brandt disputed that account.

"We are competing everywhere, and we will win everywhere," Brandt said.

Marsh carried the north by nine points when he was elected governor in 2014.
"""
GOLD["aides_concede"] = [
    ("concede", "Aides to Tobias Marsh", "the former governor is trailing badly in the northern provinces"),
    ("said", "A senior adviser", "the campaign would pull its advertising from three northern markets"),
    ("disputed", "Campaign manager Lise Brandt", "that account"),
    ("said", "Brandt", "We are competing everywhere, and we will win everywhere"),
]
NOT_REPORTS["aides_concede"] = ["Marsh carried the north by nine points when he was elected governor in 2014."]

ARTICLES["attack_ad"] = """New ad targets Okonjo's voting record

An ad released Monday by the Varga campaign claims that Senator Adaeze Okonjo voted against higher pensions six times.

The 30-second spot, titled "Six Times", will run on national television through election day.

Okonjo's campaign called the ad "a lie told slowly."

Senate records show that Okonjo voted against two of the six bills and was absent for the other four.

The Varga campaign has spent 4.1 million crowns on television ads since January.
"""
GOLD["attack_ad"] = [
    ("claims", "An ad released Monday by the Varga campaign", "Senator Adaeze Okonjo voted against higher pensions six times"),
    ("called", "Okonjo's campaign", "the ad \"a lie told slowly"),
    ("show", "Senate records", "Okonjo voted against two of the six bills and was absent for the other four"),
]
NOT_REPORTS["attack_ad"] = [
    "The 30-second spot, titled \"Six Times\", will run on national television through election day.",
    "The Varga campaign has spent 4.1 million crowns on television ads since January.",
]

ARTICLES["fundraising_email"] = """Marsh email warns of 'final hours' to give

A fundraising email sent by the Marsh campaign on Thursday warned supporters that the party could lose its majority in the upper house.

"If we fall short tonight, we cannot get this back," the email said.

The campaign did not say how much the email had raised.

Marsh's campaign raised 2.8 million crowns in the last quarter, filings show.

Donations of more than 5,000 crowns must be disclosed within a week.
"""
GOLD["fundraising_email"] = [
    ("warned", "A fundraising email sent by the Marsh campaign on Thursday", "the party could lose its majority in the upper house"),
    ("said", "the email", "If we fall short tonight, we cannot get this back"),
    ("did not say", "The campaign", "how much the email had raised"),
    ("show", "filings", "Marsh's campaign raised 2.8 million crowns in the last quarter"),
]
NOT_REPORTS["fundraising_email"] = [
    "Donations of more than 5,000 crowns must be disclosed within a week.",
]

ARTICLES["poll_thursday"] = """Poll: Okonjo pulls ahead in three-way race

A poll released Thursday found that Senator Adaeze Okonjo had opened a six-point lead over Premier Ilse Varga.

Okonjo drew 38 percent, Varga 32 percent and Tobias Marsh 21 percent.

Voters surveyed said the cost of living was their main concern, ahead of health care and crime.

The poll of 1,400 likely voters was conducted by the Halder Institute and has a margin of error of 2.6 points.

Pollster Ninon Achebe said the race was "far from settled."
"""
GOLD["poll_thursday"] = [
    ("found", "A poll released Thursday", "Senator Adaeze Okonjo had opened a six-point lead over Premier Ilse Varga"),
    ("said", "Voters surveyed", "the cost of living was their main concern, ahead of health care and crime"),
    ("said", "Pollster Ninon Achebe", "the race was \"far from settled"),
]
NOT_REPORTS["poll_thursday"] = [
    "Okonjo drew 38 percent, Varga 32 percent and Tobias Marsh 21 percent.",
    "The poll of 1,400 likely voters was conducted by the Halder Institute and has a margin of error of 2.6 points.",
]

ARTICLES["fact_check"] = """Fact check: Marsh's claims on crime and jobs

Tobias Marsh falsely claimed on Sunday that violent crime had doubled under the premier.

Police figures show violent crime fell by 8 percent between 2021 and 2025.

Marsh also said the province had lost 40,000 factory jobs.

That figure is close to the statistics office's count of 38,500.

A Marsh spokesman said the candidate had been referring to a different measure.
"""
GOLD["fact_check"] = [
    ("claimed", "Tobias Marsh", "violent crime had doubled under the premier"),
    ("show", "Police figures", "violent crime fell by 8 percent between 2021 and 2025"),
    ("said", "Marsh", "the province had lost 40,000 factory jobs"),
    ("said", "A Marsh spokesman", "the candidate had been referring to a different measure"),
]
NOT_REPORTS["fact_check"] = ["That figure is close to the statistics office's count of 38,500."]

ARTICLES["incumbent_epithets"] = """Varga defends record as polls slip

Premier Ilse Varga on Wednesday defended her government's handling of the rail strike.

The incumbent said the strike had been settled faster than any in the last decade.

Her challenger, Senator Adaeze Okonjo, took aim at the premier's deal with the rail operators.

The challenger said the deal would cost taxpayers 300 million crowns over five years.

The strike shut down commuter trains in Aumont for 11 days in February.
"""
GOLD["incumbent_epithets"] = [
    ("defended", "Premier Ilse Varga", "her government's handling of the rail strike"),
    ("said", "The incumbent", "the strike had been settled faster than any in the last decade"),
    ("took aim", "Her challenger, Senator Adaeze Okonjo", "the premier's deal with the rail operators"),
    ("said", "The challenger", "the deal would cost taxpayers 300 million crowns over five years"),
]
NOT_REPORTS["incumbent_epithets"] = ["The strike shut down commuter trains in Aumont for 11 days in February."]
SPEAKERS["incumbent_epithets"] = [
    ("said", "The incumbent", "Ilse Varga", "the strike"),
    ("said", "The challenger", "Adaeze Okonjo", "the deal"),
]

ARTICLES["swipe_pensions"] = """Okonjo swipes at Marsh over pension plan

Senator Adaeze Okonjo swiped at Tobias Marsh over his plan to raise the pension age to 69.

"He wants your parents to work until they drop," Okonjo said at a retirement home in Felsk.

Marsh's running mate, Dr. Piet Oduya, said the plan would keep the pension fund solvent for 40 years.

The pension age is now 66.

Okonjo ate lunch with residents before leaving for the airport.
"""
GOLD["swipe_pensions"] = [
    ("swiped", "Senator Adaeze Okonjo", "Tobias Marsh over his plan to raise the pension age to 69"),
    ("said", "Okonjo", "He wants your parents to work until they drop"),
    ("said", "Marsh's running mate, Dr. Piet Oduya", "the plan would keep the pension fund solvent for 40 years"),
]
NOT_REPORTS["swipe_pensions"] = [
    "The pension age is now 66.",
    "Okonjo ate lunch with residents before leaving for the airport.",
]

ARTICLES["split_quote"] = """Varga: 'We did the hard things first'

"We did the hard things first," Premier Ilse Varga said in Brennet. "Now we can do the good things."

The premier spoke to about 500 supporters in a school gymnasium.

"Nobody promised you it would be easy," she said, pausing as the crowd cheered.

"But I promised you it would be worth it."

She left the stage to the campaign's anthem, "Onward Vantria."
"""
GOLD["split_quote"] = [
    ("said", "Premier Ilse Varga", "We did the hard things first"),
    ("said", "she", "Nobody promised you it would be easy"),
]
NOT_REPORTS["split_quote"] = [
    "The premier spoke to about 500 supporters in a school gymnasium.",
    "She left the stage to the campaign's anthem, \"Onward Vantria.\"",
]
SPEAKERS["split_quote"] = [("said", "she", "Ilse Varga", "Nobody promised")]

ARTICLES["long_quote"] = """Okonjo closes campaign with call to 'finish the job'

Senator Adaeze Okonjo ended her campaign on Friday night before a crowd of 20,000 in Aumont's Liberty Square.

"Four years ago they told us to wait. Two years ago they told us to be patient," she said.

"Tonight I am telling you: the waiting is over."

Okonjo was introduced by the novelist Marit Solberg, who said the senator had "the courage this country has forgotten."

Polls open at 7 a.m. on Sunday and close at 9 p.m.
"""
GOLD["long_quote"] = [
    ("said", "she", "Four years ago they told us to wait. Two years ago they told us to be patient"),
    ("said", "who", "the senator had \"the courage this country has forgotten"),
]
NOT_REPORTS["long_quote"] = [
    "Senator Adaeze Okonjo ended her campaign on Friday night before a crowd of 20,000 in Aumont's Liberty Square.",
    "Polls open at 7 a.m. on Sunday and close at 9 p.m.",
]
SPEAKERS["long_quote"] = [("said", "she", "Adaeze Okonjo", "Four years")]

ARTICLES["results_night"] = """Okonjo wins presidency in first round

Senator Adaeze Okonjo won Vantria's presidential election on Sunday with 51.4 percent of the vote, avoiding a runoff.

Premier Ilse Varga finished second with 30.2 percent and Tobias Marsh third with 15.9 percent.

Turnout was 68 percent, the highest since 1998.

Varga conceded defeat shortly after midnight and congratulated her rival.

"The people have spoken, and I accept their verdict," Varga told supporters in Brennet.

Okonjo will be sworn in on June 1.
"""
GOLD["results_night"] = [
    ("told", "Varga", "The people have spoken, and I accept their verdict"),
]
NOT_REPORTS["results_night"] = [
    "Senator Adaeze Okonjo won Vantria's presidential election on Sunday with 51.4 percent of the vote, avoiding a runoff.",
    "Premier Ilse Varga finished second with 30.2 percent and Tobias Marsh third with 15.9 percent.",
    "Turnout was 68 percent, the highest since 1998.",
    "Okonjo will be sworn in on June 1.",
]

ARTICLES["schedule"] = """Campaign trail: where the candidates are this week

Senator Adaeze Okonjo will visit the ports of Seline and Karvik on Monday and hold a town hall in Drevno on Tuesday.

Premier Ilse Varga is scheduled to open a hospital wing in Felsk on Wednesday.

Tobias Marsh will spend Thursday and Friday touring farms in Kell County.

The final televised forum is set for Saturday at 8 p.m.

Early voting begins on Thursday at 1,900 polling stations.
"""
GOLD["schedule"] = []
NOT_REPORTS["schedule"] = [
    "Senator Adaeze Okonjo will visit the ports of Seline and Karvik on Monday and hold a town hall in Drevno on Tuesday.",
    "Premier Ilse Varga is scheduled to open a hospital wing in Felsk on Wednesday.",
    "Tobias Marsh will spend Thursday and Friday touring farms in Kell County.",
    "The final televised forum is set for Saturday at 8 p.m.",
    "Early voting begins on Thursday at 1,900 polling stations.",
]

ARTICLES["factory_tour"] = """Marsh tours steel plant, pitches tariffs

Tobias Marsh toured the Halvik steel plant on Tuesday in a hard hat and orange vest.

The former governor watched a furnace being tapped and ate in the workers' canteen.

He told workers that he would put a 25 percent tariff on imported steel.

Plant manager Erik Sandvik said the plant had cut 600 jobs since 2022.

Marsh's bus left for Kell County shortly after 3 p.m.
"""
GOLD["factory_tour"] = [
    ("told", "He", "he would put a 25 percent tariff on imported steel"),
    ("said", "Plant manager Erik Sandvik", "the plant had cut 600 jobs since 2022"),
]
NOT_REPORTS["factory_tour"] = [
    "Tobias Marsh toured the Halvik steel plant on Tuesday in a hard hat and orange vest.",
    "The former governor watched a furnace being tapped and ate in the workers' canteen.",
    "Marsh's bus left for Kell County shortly after 3 p.m.",
]
SPEAKERS["factory_tour"] = [("told", "He", "Tobias Marsh", "he would")]

ARTICLES["slogans"] = """Campaign slogans go head to head

The Varga campaign unveiled its new slogan, "Steady Hands", at a convention in Brennet on Saturday.

Okonjo's posters carry the words "Time to Choose" in red letters.

Marsh's bus is painted with "Bring It Home" on both sides.

Campaign strategist Hanne Rauth said the slogans showed how each candidate saw the race.

"Varga is selling calm, Okonjo is selling change," Rauth said.
"""
GOLD["slogans"] = [
    ("said", "Campaign strategist Hanne Rauth", "the slogans showed how each candidate saw the race"),
    ("said", "Rauth", "Varga is selling calm, Okonjo is selling change"),
]
NOT_REPORTS["slogans"] = [
    "The Varga campaign unveiled its new slogan, \"Steady Hands\", at a convention in Brennet on Saturday.",
    "Okonjo's posters carry the words \"Time to Choose\" in red letters.",
    "Marsh's bus is painted with \"Bring It Home\" on both sides.",
]

ARTICLES["runoff_endorse"] = """Eliminated candidate backs Varga in capital race

Defeated mayoral candidate Joris Halloran endorsed Deputy Mayor Sanne Varga-Lind on Monday, calling her "a builder, not a talker."

Halloran finished third in the first round with 17 percent.

He said he had spoken with both remaining candidates before deciding.

Varga-Lind thanked Halloran and said she would adopt his plan for night buses.

The runoff is on May 12.
"""
GOLD["runoff_endorse"] = [
    ("endorsed", "Defeated mayoral candidate Joris Halloran", "Deputy Mayor Sanne Varga-Lind"),
    ("said", "He", "he had spoken with both remaining candidates before deciding"),
    ("said", "Varga-Lind", "she would adopt his plan for night buses"),
]
NOT_REPORTS["runoff_endorse"] = [
    "Halloran finished third in the first round with 17 percent.",
    "The runoff is on May 12.",
]

ARTICLES["accusation_debate"] = """Okonjo accuses Varga of hiding audit

Senator Adaeze Okonjo accused Premier Ilse Varga on Thursday of hiding an audit of the grid sale until after the vote.

"What is in that report that she does not want you to read?" Okonjo asked reporters in Karvik.

A spokesman for the premier said the audit would be published "when it is finished, not when it is convenient."

The auditor-general's office said the report was due in July.

The grid company was sold to a consortium led by Ostra Capital in 2023.
"""
GOLD["accusation_debate"] = [
    ("accused", "Senator Adaeze Okonjo", "Premier Ilse Varga on Thursday of hiding an audit of the grid sale until after the vote"),
    ("asked", "Okonjo", "What is in that report that she does not want you to read?"),
    ("said", "A spokesman for the premier", "the audit would be published \"when it is finished, not when it is convenient"),
    ("said", "The auditor-general's office", "the report was due in July"),
]
NOT_REPORTS["accusation_debate"] = ["The grid company was sold to a consortium led by Ostra Capital in 2023."]

ARTICLES["turnout_officials"] = """Election commission expects record early vote

More than 2 million Vantrians have already cast ballots, the National Election Commission said on Friday.

Commission chairwoman Oda Lindqvist said she expected early turnout to pass the record set in 2019.

Long queues formed outside polling stations in Aumont and Brennet.

Some voters waited more than two hours.

"I have never seen it like this," said Mirela Kost, 71, who has voted in every election since 1975.
"""
GOLD["turnout_officials"] = [
    ("said", "the National Election Commission", "More than 2 million Vantrians have already cast ballots"),
    ("said", "Commission chairwoman Oda Lindqvist", "she expected early turnout to pass the record set in 2019"),
    ("said", "Mirela Kost, 71, who has voted in every election since 1975", "I have never seen it like this"),
]
NOT_REPORTS["turnout_officials"] = [
    "Long queues formed outside polling stations in Aumont and Brennet.",
    "Some voters waited more than two hours.",
]

ARTICLES["third_party"] = """Marsh rules out deal with Okonjo

Tobias Marsh on Saturday ruled out backing either of his rivals if he fails to reach the second round.

"I am not a kingmaker. I am a candidate," the former governor told reporters outside a polling station.

His party's chairman, Bram Vollan, said no decision had been taken.

Analysts said Marsh's voters were split roughly evenly between the other two candidates.

Marsh has polled between 14 and 22 percent since March.
"""
GOLD["third_party"] = [
    ("ruled out", "Tobias Marsh", "backing either of his rivals if he fails to reach the second round"),
    ("told", "the former governor", "I am not a kingmaker. I am a candidate"),
    ("said", "His party's chairman, Bram Vollan", "no decision had been taken"),
    ("said", "Analysts", "Marsh's voters were split roughly evenly between the other two candidates"),
]
NOT_REPORTS["third_party"] = ["Marsh has polled between 14 and 22 percent since March."]
SPEAKERS["third_party"] = [("told", "the former governor", "Tobias Marsh", "I am not")]

ARTICLES["paragraph_quote"] = """Varga makes final pitch to undecided voters

Premier Ilse Varga spent the last day of the campaign in the swing province of Orlen.

"I know some of you are angry with me," she told a crowd in the town of Vessel. "I know the trains were late and the bills were high.

"But I also know who fixed them."

Varga's campaign said she would vote in her home town of Brennet on Sunday morning.

Orlen has backed the winner of every presidential election since 1990.
"""
GOLD["paragraph_quote"] = [
    ("told", "she", "I know some of you are angry with me"),
    ("said", "Varga's campaign", "she would vote in her home town of Brennet on Sunday morning"),
]
NOT_REPORTS["paragraph_quote"] = [
    "Premier Ilse Varga spent the last day of the campaign in the swing province of Orlen.",
]
SPEAKERS["paragraph_quote"] = [("told", "she", "Ilse Varga", "I know")]

ARTICLES["mocked_rival"] = """Okonjo mocks Marsh's 'farm tour'

Senator Adaeze Okonjo mocked Tobias Marsh on Tuesday for posing on a tractor he had "clearly never driven."

Marsh's campaign said the senator had "never done a day's work outside a committee room."

The exchange came as both candidates campaigned in Kell County, where farm incomes fell by a third last year.

Farmers' federation president Gunnar Aske warned that neither candidate had a plan for the drought.

Kell County has 41,000 registered voters.
"""
GOLD["mocked_rival"] = [
    ("mocked", "Senator Adaeze Okonjo", "Tobias Marsh on Tuesday for posing on a tractor he had \"clearly never driven"),
    ("said", "Marsh's campaign", "the senator had \"never done a day's work outside a committee room"),
    ("warned", "Farmers' federation president Gunnar Aske", "neither candidate had a plan for the drought"),
]
NOT_REPORTS["mocked_rival"] = [
    "The exchange came as both candidates campaigned in Kell County, where farm incomes fell by a third last year.",
    "Kell County has 41,000 registered voters.",
]

ARTICLES["exit_poll"] = """Exit poll points to Okonjo win

An exit poll for the national broadcaster showed Senator Adaeze Okonjo winning just over half of the vote.

According to the same poll, young voters backed Okonjo by more than two to one.

The poll was based on interviews with 9,000 voters at 220 polling stations.

Official results are expected by 2 a.m.
"""
GOLD["exit_poll"] = [
    ("showed", "An exit poll for the national broadcaster", "Senator Adaeze Okonjo winning just over half of the vote"),
    ("According to", "the same poll", "young voters backed Okonjo by more than two to one"),
]
NOT_REPORTS["exit_poll"] = [
    "The poll was based on interviews with 9,000 voters at 220 polling stations.",
    "Official results are expected by 2 a.m.",
]

ARTICLES["campaign_spokesman"] = """Okonjo campaign rejects debate offer

The Okonjo campaign on Monday turned down an offer of a second debate, saying the schedule was "already full."

Campaign spokesman Yusuf Brenner told reporters that the senator would instead hold three more town halls.

Varga's campaign manager, Pål Ekdahl, said Okonjo was "running scared."

The two campaigns met only once, in Brennet on April 3.
"""
GOLD["campaign_spokesman"] = [
    ("saying", "The Okonjo campaign", "the schedule was \"already full"),
    ("told", "Campaign spokesman Yusuf Brenner", "the senator would instead hold three more town halls"),
    ("said", "Varga's campaign manager, Pål Ekdahl", "Okonjo was \"running scared"),
]
NOT_REPORTS["campaign_spokesman"] = ["The two campaigns met only once, in Brennet on April 3."]

# written after the mends, to probe the mended shapes in other words: 'took a shot at', 'taking aim at',
# 'took some shots at', 'swiped at' and 'swipes at' (a headline's) from other speakers on other topics

ARTICLES["shots_fired"] = """Varga swipes at Okonjo over port plan

Premier Ilse Varga took a shot at Senator Adaeze Okonjo's plan to nationalise the ports on Thursday.

Speaking at a shipping conference in Karvik, the premier said the plan would cost 2 billion crowns.

Okonjo's campaign chairman, Dr. Henrik Laval, swiped at the premier over her own record on the docks.

The conference drew about 600 delegates from 14 countries.
"""
GOLD["shots_fired"] = [
    ("swipes", "Varga", "Okonjo over port plan"),
    ("took a shot", "Premier Ilse Varga", "Senator Adaeze Okonjo's plan to nationalise the ports"),
    ("said", "the premier", "the plan would cost 2 billion crowns"),
    ("swiped", "Okonjo's campaign chairman, Dr. Henrik Laval", "the premier over her own record on the docks"),
]
NOT_REPORTS["shots_fired"] = ["The conference drew about 600 delegates from 14 countries."]

ARTICLES["aim_taken"] = """Marsh targets grid sale in farm country

Former governor Tobias Marsh spent Wednesday in Kell County, taking aim at the sale of the state grid company.

The governor of Kell County, Agneta Sorlie, took some shots at both of Marsh's rivals in her introduction.

"Neither of them has ever set foot on a farm," Sorlie said.

Marsh returns to the capital on Friday.
"""
GOLD["aim_taken"] = [
    ("taking aim", "Former governor Tobias Marsh", "the sale of the state grid company"),
    ("took some shots", "The governor of Kell County, Agneta Sorlie", "both of Marsh's rivals"),
    ("said", "Sorlie", "Neither of them has ever set foot on a farm"),
]
NOT_REPORTS["aim_taken"] = ["Marsh returns to the capital on Friday."]
