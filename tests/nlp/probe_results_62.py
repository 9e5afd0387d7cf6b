# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second session's check of election-night and poll reporting (helper L):
results, exit polls ('exit polls suggest'), projections ('the broadcaster projected'), declarations ('the returning
officer declared X elected'), concessions ('conceded defeat'), victory claims and speeches ('in her victory speech,
she thanked'), recounts, turnout given by an electoral commission, polls and surveys ('a poll for the paper found',
'the survey of 1,000 adults shows'), pundits' predictions, 'officials are expected to certify' and chants.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before
a name are part of the source): per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (vote counts, seat tallies, swings, turnout
given by the writer, constituency names, timings of declarations); (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Counted on PolNeAR train before writing the gold: 'declared X the winner' is a cue with the
declared person opening the content ('news outlets declared him the victor', 'X was declared the winner' with no
source); 'claimed victory' and 'conceded defeat' are cues with the noun as content; 'is expected to' is a cue in 77
of 93 (no source, the subject opening the content); 'exit polls' alone is never a cue word. 'Early returns
indicate X' and 'Dunmore has voted for X' are in neither list: PolNeAR train marks none of 4 'returns' and 36 of 112
'voted'. The first twenty-four articles were written before any mend, four more to widen the check and the last two
to probe the mends. Every name, place, figure and sentence is made up. Read by ``test_probe_findings_62_results``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["exit_polls"] = """Exit polls point to narrow win for Civic Union

Exit polls suggest the Civic Union has won the largest share of the vote in the Drevnitsa regional election.

Polls closed at 10pm on Sunday.

The broadcaster RTV Orel projected that the party would take 52 of the 120 seats.

Party spokesman Dmitar Velkov said the Civic Union would wait for the official count before celebrating.

The Civic Union won 41 seats at the last election in 2021.

Turnout was 63.4 per cent, up from 58.1 per cent four years ago.
"""
GOLD["exit_polls"] = [
    ("suggest", "Exit polls", "the Civic Union has won the largest share of the vote in the Drevnitsa regional election"),
    ("projected", "The broadcaster RTV Orel", "the party would take 52 of the 120 seats"),
    ("said", "Party spokesman Dmitar Velkov", "the Civic Union would wait for the official count before celebrating"),
]
NOT_REPORTS["exit_polls"] = [
    "Polls closed at 10pm on Sunday.",
    "The Civic Union won 41 seats at the last election in 2021.",
    "Turnout was 63.4 per cent, up from 58.1 per cent four years ago.",
]

ARTICLES["kestrelford_count"] = """Harcastle holds Kestrelford North after overnight count

The returning officer declared Imogen Harcastle elected as the member for Kestrelford North shortly after 3am.

Ms Harcastle polled 18,402 votes, a majority of 2,911 over the Liberal candidate.

In her victory speech, she thanked the volunteers who had knocked on doors through the winter.

She said the result was "a message that this town will not be taken for granted".

The swing from Labour to the Liberals was 4.2 per cent.

The count at Kestrelford Leisure Centre began at 11pm.
"""
GOLD["kestrelford_count"] = [
    ("declared", "The returning officer", "Imogen Harcastle elected as the member for Kestrelford North shortly after 3am"),
    ("thanked", "she", "the volunteers who had knocked on doors through the winter"),
    ("said", "She", "the result was \"a message that this town will not be taken for granted\""),
]
NOT_REPORTS["kestrelford_count"] = [
    "Ms Harcastle polled 18,402 votes, a majority of 2,911 over the Liberal candidate.",
    "The swing from Labour to the Liberals was 4.2 per cent.",
    "The count at Kestrelford Leisure Centre began at 11pm.",
]
SPEAKERS["kestrelford_count"] = [("said", "She", "Imogen Harcastle", "the result")]

ARTICLES["mayor_concedes"] = """Quennell concedes Marlowport mayoral race

Tobiah Quennell conceded defeat on Wednesday morning after the final ballots from the harbour wards were counted.

Mr Quennell told supporters at the Anchor Hotel that he had called the winner, Priya Ashworth-Lund, to congratulate her.

"The voters have spoken and I respect their decision," he said.

Ms Ashworth-Lund won 54 per cent of the vote to Mr Quennell's 46 per cent.

She will be sworn in on 1 December.
"""
GOLD["mayor_concedes"] = [
    ("conceded", "Tobiah Quennell", "defeat"),
    ("told", "Mr Quennell", "he had called the winner, Priya Ashworth-Lund, to congratulate her"),
    ("said", "he", "The voters have spoken and I respect their decision"),
]
NOT_REPORTS["mayor_concedes"] = [
    "Ms Ashworth-Lund won 54 per cent of the vote to Mr Quennell's 46 per cent.",
    "She will be sworn in on 1 December.",
]
SPEAKERS["mayor_concedes"] = [("said", "he", "Tobiah Quennell", "The voters")]

ARTICLES["recount_sought"] = """Recount sought in Fenwold East after 38-vote margin

The Independent candidate in Fenwold East, Gareth Olumide, lost by 38 votes, the closest result in the county.

His campaign said it would seek a recount.

Campaign manager Lorna Brisco said several bundles of ballots had been "counted far too quickly".

The county's chief electoral officer, Hamish Tello, said a recount would be held on Monday if the request was lodged in time.

The winning candidate, Ruth Penhallow, received 9,114 votes.

Fenwold East has changed hands at each of the last three elections.
"""
GOLD["recount_sought"] = [
    ("said", "His campaign", "it would seek a recount"),
    ("said", "Campaign manager Lorna Brisco", "several bundles of ballots had been \"counted far too quickly\""),
    ("said", "The county's chief electoral officer, Hamish Tello", "a recount would be held on Monday if the request was lodged in time"),
]
NOT_REPORTS["recount_sought"] = [
    "The winning candidate, Ruth Penhallow, received 9,114 votes.",
    "Fenwold East has changed hands at each of the last three elections.",
]

ARTICLES["turnout_commission"] = """Turnout lowest since 1998, commission says

The electoral commission said turnout was 51.2 per cent, the lowest for a general election since 1998.

Its chair, Margit Solheim, said bad weather in the north had kept many older voters at home.

In the capital, 1,204 polling stations opened at 7am.

Opposition leader Anders Kvale blamed the government for a "campaign of boredom".

Voters in 14 districts used electronic machines for the first time.

Postal votes made up 9 per cent of the total.
"""
GOLD["turnout_commission"] = [
    ("said", "The electoral commission", "turnout was 51.2 per cent, the lowest for a general election since 1998"),
    ("said", "Its chair, Margit Solheim", "bad weather in the north had kept many older voters at home"),
    ("blamed", "Opposition leader Anders Kvale", "the government for a \"campaign of boredom\""),
]
NOT_REPORTS["turnout_commission"] = [
    "In the capital, 1,204 polling stations opened at 7am.",
    "Voters in 14 districts used electronic machines for the first time.",
    "Postal votes made up 9 per cent of the total.",
]

ARTICLES["paper_poll"] = """Poll puts Greens ahead in Tarrow for first time

A poll for the Tarrow Courier found that 34 per cent of voters would back the Greens in next month's council election.

The survey of 1,000 adults shows the Residents' Alliance in second place on 27 per cent.

The poll was carried out by Delamere Research between 3 and 9 May.

Green group leader Colm Ferriter said the figures showed "people want cleaner streets and cheaper buses".

The Residents' Alliance has run the council since 2016.
"""
GOLD["paper_poll"] = [
    ("found", "A poll for the Tarrow Courier", "34 per cent of voters would back the Greens in next month's council election"),
    ("shows", "The survey of 1,000 adults", "the Residents' Alliance in second place on 27 per cent"),
    ("said", "Green group leader Colm Ferriter", "the figures showed \"people want cleaner streets and cheaper buses\""),
]
NOT_REPORTS["paper_poll"] = [
    "The poll was carried out by Delamere Research between 3 and 9 May.",
    "The Residents' Alliance has run the council since 2016.",
]

ARTICLES["pundits"] = """Pundits expected a landslide. They got a hung parliament

Pundits predicted a comfortable majority for the National Renewal party.

Instead, the party finished on 71 seats, five short of a majority.

The political scientist Ilse Marchetti said the polls had underestimated turnout among younger voters.

"Every model we had assumed the students would stay at home," she said.

The result, if confirmed, would be the first hung parliament in Ostreva since 1974.

The Farmers' League won 9 seats and the Coastal Party 4.
"""
GOLD["pundits"] = [
    ("predicted", "Pundits", "a comfortable majority for the National Renewal party"),
    ("said", "The political scientist Ilse Marchetti", "the polls had underestimated turnout among younger voters"),
    ("said", "she", "Every model we had assumed the students would stay at home"),
]
NOT_REPORTS["pundits"] = [
    "Instead, the party finished on 71 seats, five short of a majority.",
    "The Farmers' League won 9 seats and the Coastal Party 4.",
]
SPEAKERS["pundits"] = [("said", "she", "Ilse Marchetti", "Every model")]

ARTICLES["early_returns"] = """Early returns favour Delacroix-Amin in Port Selby

Early returns indicate that Samira Delacroix-Amin is on course to win the Port Selby mayoralty.

With 40 per cent of precincts reporting, she led by 6,300 votes.

Her opponent, Wendell Crabtree, told reporters he expected the late-counted absentee ballots to close the gap.

County officials are expected to certify the result next Tuesday.

Port Selby has 212,000 registered voters.
"""
GOLD["early_returns"] = [
    ("told", "Her opponent, Wendell Crabtree", "he expected the late-counted absentee ballots to close the gap"),
    ("expected", "", "County officials"),
]
NOT_REPORTS["early_returns"] = [
    "With 40 per cent of precincts reporting, she led by 6,300 votes.",
    "Port Selby has 212,000 registered voters.",
]

ARTICLES["victory_claim"] = """Both candidates claim victory in Larnavo

President Evander Mbeki-Ross claimed victory late on Sunday, hours before the first official results were published.

His challenger, Celestine Obrava, also claimed victory, telling a rally in Nadri that her party's own count gave her 51 per cent.

The national election board said no result would be announced before Wednesday.

Supporters of Ms Obrava chanted "Count every vote" outside the board's headquarters.

Larnavo has 11 provinces and 6.2 million registered voters.
"""
GOLD["victory_claim"] = [
    ("claimed", "President Evander Mbeki-Ross", "victory"),
    ("claimed", "His challenger, Celestine Obrava", "victory"),
    ("telling", "His challenger, Celestine Obrava", "her party's own count gave her 51 per cent"),
    ("said", "The national election board", "no result would be announced before Wednesday"),
    ("chanted", "Supporters of Ms Obrava", "Count every vote"),
]
NOT_REPORTS["victory_claim"] = ["Larnavo has 11 provinces and 6.2 million registered voters."]

ARTICLES["declarations_timing"] = """Results night: when to expect the declarations

The first result is expected from Holloway Cross at about 11.30pm.

Most of the county's nine constituencies should declare between 2am and 4am.

Carvell and Brindmoor is traditionally the last to declare, usually after breakfast.

The constituencies are Holloway Cross, Carvell and Brindmoor, Aldwick Vale, Stennet, Upper Marrow, Teignbury, Oakhanger, Pellish and Yardley Fen.

At the last election the Conservatives won six of the nine seats.
"""
GOLD["declarations_timing"] = []
NOT_REPORTS["declarations_timing"] = [
    "Most of the county's nine constituencies should declare between 2am and 4am.",
    "Carvell and Brindmoor is traditionally the last to declare, usually after breakfast.",
    "The constituencies are Holloway Cross, Carvell and Brindmoor, Aldwick Vale, Stennet, Upper Marrow, Teignbury, Oakhanger, Pellish and Yardley Fen.",
    "At the last election the Conservatives won six of the nine seats.",
]

ARTICLES["seat_tally"] = """Final tally: Progress Party 88, Liberal Front 64

The Progress Party won 88 seats, the Liberal Front 64 and independents 8.

The Progress Party gained 11 seats, most of them in the southern valleys.

The Liberal Front lost 9 seats, including that of its deputy leader.

Party leader Oskar Vennholm said in a statement that voters had "chosen hope over fear".

The Liberal Front's leader, Agnes Thorsdottir-Kell, said she would stay on to rebuild the party.

The new parliament will meet for the first time on 14 October.
"""
GOLD["seat_tally"] = [
    ("said", "Party leader Oskar Vennholm", "voters had \"chosen hope over fear\""),
    ("said", "The Liberal Front's leader, Agnes Thorsdottir-Kell", "she would stay on to rebuild the party"),
]
NOT_REPORTS["seat_tally"] = [
    "The Progress Party won 88 seats, the Liberal Front 64 and independents 8.",
    "The Progress Party gained 11 seats, most of them in the southern valleys.",
    "The Liberal Front lost 9 seats, including that of its deputy leader.",
    "The new parliament will meet for the first time on 14 October.",
]

ARTICLES["broadcaster_call"] = """Network calls Halvering for Dunmore

The broadcaster Channel Nine projected Councillor Ada Halvering the winner in Dunmore shortly after midnight.

Ms Halvering, a former nurse, led in every one of the district's 31 polling places.

Speaking outside the town hall, she said she would "get straight to work on the hospital waiting lists".

Her opponent, Brendan Oyelaran, has not conceded.

A spokeswoman for Mr Oyelaran said he would make a statement in the morning.

Dunmore has voted for the governing party at every election since 1990.
"""
GOLD["broadcaster_call"] = [
    ("projected", "The broadcaster Channel Nine", "Councillor Ada Halvering the winner in Dunmore shortly after midnight"),
    ("said", "she", "she would \"get straight to work on the hospital waiting lists\""),
    ("said", "A spokeswoman for Mr Oyelaran", "he would make a statement in the morning"),
]
NOT_REPORTS["broadcaster_call"] = [
    "Ms Halvering, a former nurse, led in every one of the district's 31 polling places.",
]
SPEAKERS["broadcaster_call"] = [("said", "she", "Ada Halvering", "she would")]

ARTICLES["swing_analysis"] = """Swing to Farmers' League biggest in rural seats

The swing to the Farmers' League averaged 7.8 per cent across the 22 rural constituencies.

In the cities the swing was under 2 per cent.

The league's vote rose from 412,000 to 596,000.

Analysts at the Institute for Electoral Studies said the party had benefited from anger over water charges.

"This is a protest vote, and protest votes can vanish as quickly as they come," said Dr Helka Rantanen, the institute's director.

The league's candidate in Skarvik, Jonas Hedlund, won by 14 votes.
"""
GOLD["swing_analysis"] = [
    ("said", "Analysts at the Institute for Electoral Studies", "the party had benefited from anger over water charges"),
    ("said", "Dr Helka Rantanen, the institute's director", "This is a protest vote, and protest votes can vanish as quickly as they come"),
]
NOT_REPORTS["swing_analysis"] = [
    "The swing to the Farmers' League averaged 7.8 per cent across the 22 rural constituencies.",
    "In the cities the swing was under 2 per cent.",
    "The league's vote rose from 412,000 to 596,000.",
    "The league's candidate in Skarvik, Jonas Hedlund, won by 14 votes.",
]

ARTICLES["referendum"] = """Voters back new bridge in Corrigan referendum

Voters in Corrigan County have approved a levy to pay for a new bridge over the Tamsey river.

The levy passed with 58.6 per cent of the vote.

County Executive Marisol Vantongeren said residents had "voted for the future".

Opponents, who had argued that the levy would push up rents, said they would not challenge the result.

The bridge is due to open in 2031.

About 88,000 ballots were cast.
"""
GOLD["referendum"] = [
    ("said", "County Executive Marisol Vantongeren", "residents had \"voted for the future\""),
    ("argued", "who", "the levy would push up rents"),
    ("said", "Opponents, who had argued that the levy would push up rents", "they would not challenge the result"),
]
NOT_REPORTS["referendum"] = [
    "The levy passed with 58.6 per cent of the vote.",
    "The bridge is due to open in 2031.",
    "About 88,000 ballots were cast.",
]

ARTICLES["victory_speech"] = """Abernethy-Cole: 'We did this together'

In his victory speech, Governor-elect Rafael Abernethy-Cole thanked his wife and three children.

He said the campaign had been built "one front porch at a time".

He promised to cut the state's sales tax on groceries within his first hundred days.

The crowd at the Meridian Ballroom chanted his name as he left the stage.

Mr Abernethy-Cole won 61 of the state's 77 counties.

He takes office in January.
"""
GOLD["victory_speech"] = [
    ("thanked", "Governor-elect Rafael Abernethy-Cole", "his wife and three children"),
    ("said", "He", "the campaign had been built \"one front porch at a time\""),
    ("promised", "He", "to cut the state's sales tax on groceries within his first hundred days"),
]
NOT_REPORTS["victory_speech"] = [
    "Mr Abernethy-Cole won 61 of the state's 77 counties.",
    "He takes office in January.",
]
SPEAKERS["victory_speech"] = [("said", "He", "Rafael Abernethy-Cole", "the campaign")]

ARTICLES["certification"] = """Certification of Brennick primary delayed

State officials are expected to certify the result of the Brennick primary next week.

The delay came after 1,900 provisional ballots had to be checked by hand.

Secretary of State Lucinda Marr said the count was "accurate and secure".

The losing candidate, Theo Vasquez-Hart, has said he will accept the certified result.

The primary was held on 12 August.
"""
GOLD["certification"] = [
    ("expected", "", "State officials"),
    ("said", "Secretary of State Lucinda Marr", "the count was \"accurate and secure\""),
    ("said", "The losing candidate, Theo Vasquez-Hart", "he will accept the certified result"),
]
NOT_REPORTS["certification"] = [
    "The delay came after 1,900 provisional ballots had to be checked by hand.",
    "The primary was held on 12 August.",
]

ARTICLES["opinion_poll_series"] = """Labour lead narrows to three points

The latest Westmark poll puts the Labour Party on 36 per cent and the Conservatives on 33 per cent.

The gap was nine points a month ago.

Westmark's head of polling, Tilda Ekwueme, said the narrowing was "driven almost entirely by older voters".

The poll also found that 41 per cent of voters had not yet decided how to vote.

Fieldwork took place on 4 and 5 June among 2,030 adults.

The margin of error is plus or minus two points.
"""
GOLD["opinion_poll_series"] = [
    ("puts", "The latest Westmark poll", "the Labour Party on 36 per cent and the Conservatives on 33 per cent"),
    ("said", "Westmark's head of polling, Tilda Ekwueme", "the narrowing was \"driven almost entirely by older voters\""),
    ("found", "The poll", "41 per cent of voters had not yet decided how to vote"),
]
NOT_REPORTS["opinion_poll_series"] = [
    "The gap was nine points a month ago.",
    "Fieldwork took place on 4 and 5 June among 2,030 adults.",
    "The margin of error is plus or minus two points.",
]

ARTICLES["by_election"] = """Liberals take Ashmere in by-election upset

The Liberals have won the Ashmere by-election, overturning a Conservative majority of 12,000.

Their candidate, Nadia Fairbrother, won by 3,406 votes.

Liberal leader Simon Castellano said the result showed that "no seat is safe".

A Conservative spokesman said by-elections were "always difficult for a governing party".

Turnout was 44 per cent.

The by-election was called after the death of the sitting member, Sir Geoffrey Winslade.
"""
GOLD["by_election"] = [
    ("said", "Liberal leader Simon Castellano", "the result showed that \"no seat is safe\""),
    ("said", "A Conservative spokesman", "by-elections were \"always difficult for a governing party\""),
]
NOT_REPORTS["by_election"] = [
    "Their candidate, Nadia Fairbrother, won by 3,406 votes.",
    "Turnout was 44 per cent.",
    "The by-election was called after the death of the sitting member, Sir Geoffrey Winslade.",
]

ARTICLES["observers"] = """Observers say Varossa vote was largely free

International observers said the election in Varossa was "largely free but not fair".

The head of the observer mission, Ambassador Liv Gjerde, told a news conference that state television had given the ruling party far more airtime.

She said observers had seen ballot boxes arrive unsealed in two northern provinces.

The ruling party won 139 of the 200 seats.

The government rejected the criticism.

Varossa held its first multi-party election in 1993.
"""
GOLD["observers"] = [
    ("said", "International observers", "the election in Varossa was \"largely free but not fair\""),
    ("told", "The head of the observer mission, Ambassador Liv Gjerde", "state television had given the ruling party far more airtime"),
    ("said", "She", "observers had seen ballot boxes arrive unsealed in two northern provinces"),
    ("rejected", "The government", "the criticism"),
]
NOT_REPORTS["observers"] = [
    "The ruling party won 139 of the 200 seats.",
    "Varossa held its first multi-party election in 1993.",
]
SPEAKERS["observers"] = [("said", "She", "Liv Gjerde", "observers had")]

ARTICLES["live_blog"] = """Election night live: Rossmere, Hatherley and Calder Bank declare

1.12am: Rossmere declares. The Conservatives hold the seat with a reduced majority of 1,870.

1.40am: Hatherley, Labour hold. Majority 9,215.

2.05am: The Labour candidate in Calder Bank, Yusuf Omondi, tells our reporter he is "quietly confident".

2.31am: Calder Bank, Labour gain from Conservative. Majority 612.

2.44am: The defeated Conservative, Penelope Garside, says she will not stand again.
"""
GOLD["live_blog"] = [
    ("tells", "The Labour candidate in Calder Bank, Yusuf Omondi", "he is \"quietly confident\""),
    ("says", "The defeated Conservative, Penelope Garside", "she will not stand again"),
]
NOT_REPORTS["live_blog"] = [
    "1.12am: Rossmere declares. The Conservatives hold the seat with a reduced majority of 1,870.",
    "1.40am: Hatherley, Labour hold. Majority 9,215.",
    "2.31am: Calder Bank, Labour gain from Conservative. Majority 612.",
]

ARTICLES["legal_challenge"] = """Defeated senator to challenge result in court

Senator Corwin Ebbesen, who lost his seat by 211 votes, said on Thursday that he would challenge the result in court.

His lawyers argued that hundreds of postal ballots had been rejected without good reason.

The state electoral commission said every rejected ballot had been reviewed twice.

The winner, Harriet Okonjo, said she was "confident the result will stand".

Mr Ebbesen had held the seat since 2008.
"""
GOLD["legal_challenge"] = [
    ("said", "Senator Corwin Ebbesen, who lost his seat by 211 votes", "he would challenge the result in court"),
    ("argued", "His lawyers", "hundreds of postal ballots had been rejected without good reason"),
    ("said", "The state electoral commission", "every rejected ballot had been reviewed twice"),
    ("said", "The winner, Harriet Okonjo", "she was \"confident the result will stand\""),
]
NOT_REPORTS["legal_challenge"] = ["Mr Ebbesen had held the seat since 2008."]

ARTICLES["youth_survey"] = """Survey: young voters care most about housing

A survey by the Halden Foundation shows that housing is the top issue for voters under 30.

Half of those asked said they had never voted.

The foundation's director, Rosalind Achterberg, said parties "ignore young people at their peril".

The survey of 1,500 people aged 18 to 29 was carried out online in March.

Housing was followed by the cost of living and climate change.
"""
GOLD["youth_survey"] = [
    ("shows", "A survey by the Halden Foundation", "housing is the top issue for voters under 30"),
    ("said", "Half of those asked", "they had never voted"),
    ("said", "The foundation's director, Rosalind Achterberg", "parties \"ignore young people at their peril\""),
]
NOT_REPORTS["youth_survey"] = [
    "The survey of 1,500 people aged 18 to 29 was carried out online in March.",
    "Housing was followed by the cost of living and climate change.",
]

ARTICLES["coalition_talks"] = """Coalition talks begin after inconclusive result

Coalition talks began on Monday after no party won a majority in Sunday's election in Belvaro.

The Social Democrats, the largest party with 58 seats, said they would talk to "every party that respects the constitution".

The Liberal leader, Matteus Orlando-Viik, warned that his party would not join a government that raised income tax.

Analysts expect the talks to last several weeks.

The Social Democrats won 58 seats, the Liberals 31 and the Greens 19.
"""
GOLD["coalition_talks"] = [
    ("said", "The Social Democrats, the largest party with 58 seats", "they would talk to \"every party that respects the constitution\""),
    ("warned", "The Liberal leader, Matteus Orlando-Viik", "his party would not join a government that raised income tax"),
    ("expect", "Analysts", "the talks to last several weeks"),
]
NOT_REPORTS["coalition_talks"] = ["The Social Democrats won 58 seats, the Liberals 31 and the Greens 19."]

ARTICLES["polling_day"] = """Long queues as polling stations stay open late

Polling stations in three districts of Sannock stayed open an extra hour after long queues formed.

Voters at St Aidan's Primary School waited up to two hours.

The presiding officer at the school, Derek Amankwah, said the queue had reached the end of the street by 6pm.

One voter, Janice Pollitt, 72, said she had "never seen anything like it in fifty years of voting".

The extension was approved by the chief electoral officer at 9.45pm.

Polls in the rest of the city closed at 10pm.
"""
GOLD["polling_day"] = [
    ("said", "The presiding officer at the school, Derek Amankwah", "the queue had reached the end of the street by 6pm"),
    ("said", "One voter, Janice Pollitt, 72", "she had \"never seen anything like it in fifty years of voting\""),
]
NOT_REPORTS["polling_day"] = [
    "Voters at St Aidan's Primary School waited up to two hours.",
    "The extension was approved by the chief electoral officer at 9.45pm.",
    "Polls in the rest of the city closed at 10pm.",
]

# Written after the first count, to widen the check: passive declarations and calls ('was declared the winner',
# 'was projected as the winner'), 'according to exit polls', a race called by an agency, concession speeches.

ARTICLES["passive_calls"] = """Varga takes Szolnar as opposition sweeps the south

Edit Varga was declared the winner in the Szolnar district shortly after 2am.

Her rival, Bence Koltay, whose campaign had focused on farm subsidies, was projected as the winner in neighbouring Ormos.

According to exit polls, the opposition won about 44 per cent of the vote nationally.

Ms Varga told supporters that the south had "voted for change".

Szolnar has 61,000 voters.

The opposition last won the district in 2006.
"""
GOLD["passive_calls"] = [
    ("declared", "", "Edit Varga"),
    ("projected", "", "Her rival, Bence Koltay"),
    ("According to", "exit polls", "the opposition won about 44 per cent of the vote nationally"),
    ("told", "Ms Varga", "the south had \"voted for change\""),
]
NOT_REPORTS["passive_calls"] = ["Szolnar has 61,000 voters.", "The opposition last won the district in 2006."]

ARTICLES["agency_call"] = """Dunleavy wins Harwick governor's race

The Associated Press called the race for Martin Dunleavy at 11.14pm, with 87 per cent of the vote counted.

In a concession speech in Harwick, his opponent, Grace Oduya, urged her supporters to accept the result.

She said she had phoned Mr Dunleavy to wish him well.

Mr Dunleavy, who was re-elected to the state senate twice, will be the first governor from the north of the state since 1962.

He won 53.8 per cent of the vote.
"""
GOLD["agency_call"] = [
    ("called", "The Associated Press", "the race for Martin Dunleavy"),
    ("urged", "his opponent, Grace Oduya", "her supporters to accept the result"),
    ("said", "She", "she had phoned Mr Dunleavy to wish him well"),
]
NOT_REPORTS["agency_call"] = [
    "Mr Dunleavy, who was re-elected to the state senate twice, will be the first governor from the north of the state since 1962.",
    "He won 53.8 per cent of the vote.",
]
SPEAKERS["agency_call"] = [("said", "She", "Grace Oduya", "she had")]

ARTICLES["provisional_results"] = """Provisional results give president a second term

Provisional results from the election commission show President Ilunga Maseko winning 58 per cent of the vote.

The main opposition candidate, Thandeka Mbatha, conceded that her party had run a poor campaign.

Crowds outside the ruling party's headquarters chanted "Five more years!"

Most forecasters had predicted a run-off.

The commission will publish final results on Friday.

The president was first elected in 2019.
"""
GOLD["provisional_results"] = [
    ("show", "Provisional results from the election commission", "President Ilunga Maseko winning 58 per cent of the vote"),
    ("conceded", "The main opposition candidate, Thandeka Mbatha", "her party had run a poor campaign"),
    ("chanted", "Crowds outside the ruling party's headquarters", "Five more years!"),
    ("predicted", "Most forecasters", "a run-off"),
]
NOT_REPORTS["provisional_results"] = [
    "The commission will publish final results on Friday.",
    "The president was first elected in 2019.",
]

ARTICLES["exit_poll_put"] = """Exit poll puts Social Democrats first

The exit poll by Ipsala for the three broadcasters put the Social Democrats on 31 per cent.

The Moderates were on 24 per cent and the Greens on 12 per cent.

The poll, conducted among 9,000 voters as they left polling stations, has a margin of error of two points.

Social Democrat leader Henrik Alvsaker said he would "wait for real votes, not guesses".

Polling stations closed at 8pm.
"""
GOLD["exit_poll_put"] = [
    ("put", "The exit poll by Ipsala for the three broadcasters", "the Social Democrats on 31 per cent"),
    ("said", "Social Democrat leader Henrik Alvsaker", "he would \"wait for real votes, not guesses\""),
]
NOT_REPORTS["exit_poll_put"] = [
    "The Moderates were on 24 per cent and the Greens on 12 per cent.",
    "The poll, conducted among 9,000 voters as they left polling stations, has a margin of error of two points.",
    "Polling stations closed at 8pm.",
]

# Written after the mends, to probe them and the night's other shapes in other words: a call set after the result
# ('X won, the network projected'), 'According to the agency, with N per cent of precincts reporting, X led', a
# concession speech, congratulations and a race too close to call.

ARTICLES["too_close"] = """Tamberlin race too close to call

The race for the Tamberlin seat was too close to call on Wednesday morning.

With 98 per cent of precincts reporting, Councilwoman Odile Ferrand had 50.3 per cent of the vote.

According to the county clerk, with 98 per cent of precincts reporting, Ms Ferrand led by 412 votes.

Her opponent, Rashid Kowalczyk, has not conceded.

"We will make sure every ballot is counted," Mr Kowalczyk said in a statement.

About 3,100 provisional ballots remain to be counted.
"""
GOLD["too_close"] = [
    ("According to", "the county clerk", "with 98 per cent of precincts reporting, Ms Ferrand led by 412 votes"),
    ("said", "Mr Kowalczyk", "We will make sure every ballot is counted"),
]
SPEAKERS["too_close"] = [
    ("According to", "the county clerk", "county clerk", "with 98"),
    ("said", "Mr Kowalczyk", "Rashid Kowalczyk", "We will"),
]
NOT_REPORTS["too_close"] = [
    "The race for the Tamberlin seat was too close to call on Wednesday morning.",
    "With 98 per cent of precincts reporting, Councilwoman Odile Ferrand had 50.3 per cent of the vote.",
    "About 3,100 provisional ballots remain to be counted.",
]

ARTICLES["concession_speech"] = """Yardley concedes, urges unity

Senator Clement Yardley lost the Brackwater primary, the network projected on Tuesday night.

In his concession speech, Mr Yardley said he would support the party's nominee, Josephine Akande.

He congratulated Ms Akande on what he called "a campaign run with grace".

Ms Akande was declared the winner in all four counties of the district.

She won 57 per cent of the vote.

The general election is in November.
"""
GOLD["concession_speech"] = [
    ("projected", "the network", "Senator Clement Yardley lost the Brackwater primary"),
    ("said", "Mr Yardley", "he would support the party's nominee, Josephine Akande"),
    ("congratulated", "He", "Ms Akande on what he called \"a campaign run with grace\""),
    ("declared", "", "Ms Akande"),
]
NOT_REPORTS["concession_speech"] = ["She won 57 per cent of the vote.", "The general election is in November."]
SPEAKERS["concession_speech"] = [("said", "Mr Yardley", "Clement Yardley", "he would")]
