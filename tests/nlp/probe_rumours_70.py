# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five short articles written for the seventieth pass's check of transfer, deal and rumour reports in sport
and business (helper N): hearsay passives with no holder ('X is understood to have agreed terms', 'it is understood
that', 'is believed to be', 'is thought to', 'talks are said to be advanced', 'the fee is rumoured to be £40m', 'it is
claimed that', 'it has been widely reported that'), the hedging adverb ('reportedly'), named and vague holders
('according to reports in Spain', 'the Daily Ledger reported', 'sources close to the club said', 'people familiar
with the matter', 'a person briefed on the talks', 'was first reported by Bloomberg'), refusals and denials ('the club
refused to confirm', 'neither side would comment on', 'X denied the reports'), an expected act ('an announcement is
expected'), and lines that report nothing though they hold such a word ('has been linked with', fees, fixtures,
records).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included), counted on its train where the shape is in it: 'first reported' is a cue 14 times of 15 (its source the
reporter, 'was first reported by X' too, its content the subject); 'reportedly' a cue with no source 19 of 29, but
folded into the cue of a verb that is a cue itself, whose subject is the source ('reportedly argued', 'reportedly
said'; 'rejected' is a cue 30 times of 36, so 'X reportedly rejected a new contract' is X's, the gold first written
otherwise); 'was widely reported that X' a cue with no source (its one case); a bare 'is expected' with a thing for
its subject (a decision awaited in a month) a cue with no source whose content is the subject (2 of 4 'is expected'
with no verb after it; the others a birth and a count of people; no rule kept, see ``test_probe_findings_70_rumours``);
'would not comment on X' the refusing verb's report with X its content (and 'Neither company would comment ...' the
source of a report). Hearsay passives ('is understood to', 'is believed to', 'is thought to', 'is rumoured to') are
nearly absent from train (none marked of 1 'is thought', 5 'believed to', all of them inside another report or a
relative clause), so the gold follows the project's written sets (``probe_hedged_60``, ``probe_gossip_62``): a report
with no source whose first content is the subject. 'linked to' is marked once of 15 in train (a web link), never in
the sense of a rumoured move, so 'has been linked with a move' reports nothing here.
Per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
club, firm, place and figure is made up. Read by ``test_probe_findings_70_rumours``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["striker_terms"] = """Kerrow Rovers close in on striker

Ashby Town forward Dario Mendel is understood to have agreed personal terms with Kerrow Rovers.

Mendel scored 19 league goals last season.

Kerrow manager Owen Tallis said he was "hopeful" of completing the deal this week.
"""
GOLD["striker_terms"] = [
    ("understood", "", "Ashby Town forward Dario Mendel"),
    ("said", "Kerrow manager Owen Tallis", 'he was "hopeful" of completing the deal this week'),
]
NOT_REPORTS["striker_terms"] = ["Mendel scored 19 league goals last season."]
SPEAKERS["striker_terms"] = [("said", "Kerrow manager Owen Tallis", "Owen Tallis", "he was")]

ARTICLES["keeper_sources"] = """Goalkeeper set for medical

Holmvale goalkeeper Pieter Sand will have a medical at Wendham City on Thursday, sources close to the club said.

Sand, 27, has two years left on his contract.

The sources said the fee would be about £12m.
"""
GOLD["keeper_sources"] = [
    ("said", "sources close to the club", "Holmvale goalkeeper Pieter Sand will have a medical at Wendham City on Thursday"),
    ("said", "The sources", "the fee would be about £12m"),
]
NOT_REPORTS["keeper_sources"] = ["Sand, 27, has two years left on his contract."]
SPEAKERS["keeper_sources"] = [("said", "The sources", "sources close to the club", "the fee")]

ARTICLES["manager_understood"] = """Braxley set to name new manager

It is understood that Braxley United will name Lena Korr as their new manager before the weekend.

Korr led Stanmoor to promotion in 2024.

The club's chairman, Vic Olabode, said the board had interviewed five candidates.
"""
GOLD["manager_understood"] = [
    ("understood", "", "Braxley United will name Lena Korr as their new manager before the weekend"),
    ("said", "The club's chairman, Vic Olabode", "the board had interviewed five candidates"),
]
NOT_REPORTS["manager_understood"] = ["Korr led Stanmoor to promotion in 2024."]
SPEAKERS["manager_understood"] = [("said", "The club's chairman, Vic Olabode", "Vic Olabode", "the board")]

ARTICLES["winger_believed"] = """Winger wanted by three clubs

Dunmere winger Kofi Attah is believed to be the subject of bids from three Premier League clubs.

The 21-year-old has played 40 times for Dunmere.

Dunmere's director of football, Hal Pruett, said the player was not for sale.
"""
GOLD["winger_believed"] = [
    ("believed", "", "Dunmere winger Kofi Attah"),
    ("said", "Dunmere's director of football, Hal Pruett", "the player was not for sale"),
]
NOT_REPORTS["winger_believed"] = ["The 21-year-old has played 40 times for Dunmere."]
SPEAKERS["winger_believed"] = [("said", "Dunmere's director of football, Hal Pruett", "Hal Pruett", "the player")]

ARTICLES["defender_reportedly"] = """Defender's move stalls

Castlegate defender Ivo Brandt reportedly rejected a new contract worth £60,000 a week.

Brandt joined Castlegate from a Dutch club in 2021.

His agent, Mona Reis, told the Daily Ledger that talks were continuing.
"""
GOLD["defender_reportedly"] = [
    ("rejected", "Castlegate defender Ivo Brandt", "a new contract worth £60,000 a week"),
    ("told", "His agent, Mona Reis", "talks were continuing"),
]
NOT_REPORTS["defender_reportedly"] = ["Brandt joined Castlegate from a Dutch club in 2021."]
SPEAKERS["defender_reportedly"] = [
    ("rejected", "Castlegate defender Ivo Brandt", "Ivo Brandt", "a new contract"),
    ("told", "His agent, Mona Reis", "Mona Reis", "talks"),
]

ARTICLES["spain_reports"] = """Midfielder wanted in Spain

Lorwick midfielder Sami Okafor has agreed to join a club in Seville, according to reports in Spain.

Okafor has one year left on his deal at Lorwick.

Lorwick's manager, Jon Prest, said he had heard nothing from the player.
"""
GOLD["spain_reports"] = [
    ("according to", "reports in Spain", "Lorwick midfielder Sami Okafor has agreed to join a club in Seville"),
    ("said", "Lorwick's manager, Jon Prest", "he had heard nothing from the player"),
]
NOT_REPORTS["spain_reports"] = ["Okafor has one year left on his deal at Lorwick."]
SPEAKERS["spain_reports"] = [("said", "Lorwick's manager, Jon Prest", "Jon Prest", "he had heard")]

ARTICLES["ledger_reported"] = """Club weighs sale of training ground

The Daily Ledger reported on Monday that Fenbridge FC plan to sell their training ground to a housebuilder.

The ground covers 40 acres on the edge of Fenbridge.

A club spokeswoman said no decision had been taken.
"""
GOLD["ledger_reported"] = [
    ("reported", "The Daily Ledger", "Fenbridge FC plan to sell their training ground to a housebuilder"),
    ("said", "A club spokeswoman", "no decision had been taken"),
]
NOT_REPORTS["ledger_reported"] = ["The ground covers 40 acres on the edge of Fenbridge."]
SPEAKERS["ledger_reported"] = [("said", "A club spokeswoman", "club spokeswoman", "no decision")]

ARTICLES["captain_claimed"] = """Captain asks to leave

It is claimed that Harnley captain Theo Vance has asked to leave the club in January.

Vance has made more than 300 appearances for Harnley.

Harnley's manager, Rita Osei, denied the claim.
"""
GOLD["captain_claimed"] = [
    ("claimed", "", "Harnley captain Theo Vance has asked to leave the club in January"),
    ("denied", "Harnley's manager, Rita Osei", "the claim"),
]
NOT_REPORTS["captain_claimed"] = ["Vance has made more than 300 appearances for Harnley."]
SPEAKERS["captain_claimed"] = [("denied", "Harnley's manager, Rita Osei", "Rita Osei", "the claim")]

ARTICLES["widely_reported"] = """Owner's takeover bid

It has been widely reported that the businessman Carl Dufresne wants to buy Millbrook Athletic.

Millbrook were relegated from the second tier in May.

Dufresne told reporters on Tuesday that he had "nothing to announce".
"""
GOLD["widely_reported"] = [
    ("reported", "", "the businessman Carl Dufresne wants to buy Millbrook Athletic"),
    ("told", "Dufresne", 'he had "nothing to announce"'),
]
NOT_REPORTS["widely_reported"] = ["Millbrook were relegated from the second tier in May."]
SPEAKERS["widely_reported"] = [("told", "Dufresne", "Carl Dufresne", "he had")]

ARTICLES["coach_thought"] = """Coach could leave for national job

Bramcote coach Aled Fenn is thought to be on a shortlist for the national team job.

Fenn took over at Bramcote in 2022 and won the cup in his first season.

The federation's president, Gus Maro, said an appointment would be made in March.
"""
GOLD["coach_thought"] = [
    ("thought", "", "Bramcote coach Aled Fenn"),
    ("said", "The federation's president, Gus Maro", "an appointment would be made in March"),
]
NOT_REPORTS["coach_thought"] = ["Fenn took over at Bramcote in 2022 and won the cup in his first season."]
SPEAKERS["coach_thought"] = [("said", "The federation's president, Gus Maro", "Gus Maro", "an appointment")]

ARTICLES["linked_striker"] = """Striker targeted by Ostend

Tarlow striker Nico Pavlis has been linked with a move to Belgium.

Pavlis scored twice in the cup final in April.

Tarlow's manager, Bea Lund, said she expected him to stay.
"""
GOLD["linked_striker"] = [
    ("said", "Tarlow's manager, Bea Lund", "she expected him to stay"),
]
NOT_REPORTS["linked_striker"] = [
    "Tarlow striker Nico Pavlis has been linked with a move to Belgium.",
    "Pavlis scored twice in the cup final in April.",
]
SPEAKERS["linked_striker"] = [("said", "Tarlow's manager, Bea Lund", "Bea Lund", "she expected")]

ARTICLES["talks_advanced"] = """Kestrel close to signing full-back

Talks between Kestrel FC and Wyvern Town over full-back Elio Sartori are said to be advanced.

Sartori, 24, was named Wyvern's player of the year in May.

Kestrel's chief executive, Moira Flint, said the club was "in a good place" with its plans.
"""
GOLD["talks_advanced"] = [
    ("said", "", "Talks between Kestrel FC and Wyvern Town over full-back Elio Sartori"),
    ("said", "Kestrel's chief executive, Moira Flint", 'the club was "in a good place" with its plans'),
]
NOT_REPORTS["talks_advanced"] = ["Sartori, 24, was named Wyvern's player of the year in May."]
SPEAKERS["talks_advanced"] = [("said", "Kestrel's chief executive, Moira Flint", "Moira Flint", "the club")]

ARTICLES["fee_rumoured"] = """Record fee for teenage forward

The fee for Ellerby's teenage forward Jamal Orrin is rumoured to be £40m.

It would be the highest fee ever paid for a player from the league.

Ellerby refused to confirm the figure.
"""
GOLD["fee_rumoured"] = [
    ("rumoured", "", "The fee for Ellerby's teenage forward Jamal Orrin"),
    ("refused", "Ellerby", "to confirm the figure"),
]
NOT_REPORTS["fee_rumoured"] = ["It would be the highest fee ever paid for a player from the league."]
SPEAKERS["fee_rumoured"] = []

ARTICLES["neither_comment"] = """Clubs silent on swap deal

Goldhurst and Pellam Vale have discussed a swap of their two goalkeepers, people familiar with the matter said.

Both keepers are out of contract next summer.

Neither club would comment on the talks.
"""
GOLD["neither_comment"] = [
    ("said", "people familiar with the matter", "Goldhurst and Pellam Vale have discussed a swap of their two goalkeepers"),
    ("comment", "Neither club", "the talks"),
]
NOT_REPORTS["neither_comment"] = ["Both keepers are out of contract next summer."]
SPEAKERS["neither_comment"] = [("said", "people familiar with the matter", "people familiar with the matter", "Goldhurst")]

ARTICLES["driver_denies"] = """Driver denies team switch

Formula One driver Luca Verhoef denied reports that he had signed for the Astrel team.

Verhoef is fourth in the drivers' standings with six races left.

He said he was "fully committed" to his current team.
"""
GOLD["driver_denies"] = [
    ("denied", "Formula One driver Luca Verhoef", "reports that he had signed for the Astrel team"),
    ("said", "He", 'he was "fully committed" to his current team'),
]
NOT_REPORTS["driver_denies"] = ["Verhoef is fourth in the drivers' standings with six races left."]
SPEAKERS["driver_denies"] = [("said", "He", "Luca Verhoef", "he was")]

ARTICLES["announcement_expected"] = """New stadium sponsor

Ravensby Rangers are close to a naming deal for their stadium with the insurer Calloway.

An announcement is expected on Friday.

Ravensby Rangers have played at Moor Lane since 1903.

The club's commercial director, Tom Achebe, said the deal was the largest in its history.
"""
GOLD["announcement_expected"] = [
    ("expected", "", "An announcement"),
    ("said", "The club's commercial director, Tom Achebe", "the deal was the largest in its history"),
]
NOT_REPORTS["announcement_expected"] = [
    "Ravensby Rangers are close to a naming deal for their stadium with the insurer Calloway.",
    "Ravensby Rangers have played at Moor Lane since 1903.",
]
SPEAKERS["announcement_expected"] = [("said", "The club's commercial director, Tom Achebe", "Tom Achebe", "the deal")]

ARTICLES["dairy_merger"] = """Dairy groups in merger talks

Orland Dairies is in talks to merge with its rival Pasco Foods, a person briefed on the talks said.

The two firms together employ about 9,000 people.

The person said a deal could be announced within a month.
"""
GOLD["dairy_merger"] = [
    ("said", "a person briefed on the talks", "Orland Dairies is in talks to merge with its rival Pasco Foods"),
    ("said", "The person", "a deal could be announced within a month"),
]
NOT_REPORTS["dairy_merger"] = ["The two firms together employ about 9,000 people."]
SPEAKERS["dairy_merger"] = [("said", "The person", "person briefed on the talks", "a deal")]

ARTICLES["bloomberg_first"] = """Chipmaker weighs sale of unit

Selvan Semiconductor is exploring a sale of its sensor unit, Bloomberg first reported on Tuesday.

The unit made sales of $1.4bn last year.

Selvan declined to comment.
"""
GOLD["bloomberg_first"] = [
    ("reported", "Bloomberg", "Selvan Semiconductor is exploring a sale of its sensor unit"),
    ("declined", "Selvan", "to comment"),
]
NOT_REPORTS["bloomberg_first"] = ["The unit made sales of $1.4bn last year."]
SPEAKERS["bloomberg_first"] = []

ARTICLES["first_reported_by"] = """Airline in talks over jets

The talks were first reported by the Harbour Times.

Corvane Air operates 84 aircraft.

Its chief executive, Nadia Holm, said the airline needed more planes to grow.
"""
GOLD["first_reported_by"] = [
    ("reported", "the Harbour Times", "The talks"),
    ("said", "Its chief executive, Nadia Holm", "the airline needed more planes to grow"),
]
NOT_REPORTS["first_reported_by"] = ["Corvane Air operates 84 aircraft."]
SPEAKERS["first_reported_by"] = [("said", "Its chief executive, Nadia Holm", "Nadia Holm", "the airline")]

ARTICLES["bank_bid_understood"] = """Lender prepares bid

Marrow Bank is understood to be preparing a bid for the building society Fairhaven.

Fairhaven has 1.2 million members.

A Marrow Bank spokesman said the lender did not comment on market rumours.
"""
GOLD["bank_bid_understood"] = [
    ("understood", "", "Marrow Bank"),
    ("said", "A Marrow Bank spokesman", "the lender did not comment on market rumours"),
]
NOT_REPORTS["bank_bid_understood"] = ["Fairhaven has 1.2 million members."]
SPEAKERS["bank_bid_understood"] = [("said", "A Marrow Bank spokesman", "Marrow Bank spokesman", "the lender")]

ARTICLES["retailer_reportedly"] = """Retailer's owner eyes exit

The owners of the fashion chain Pell & Rowe are reportedly looking for a buyer.

The chain has 140 shops.

Its chairman, Simon Adeyemi, told staff in an email that "nothing has changed".
"""
GOLD["retailer_reportedly"] = [
    ("reportedly", "", "The owners of the fashion chain Pell & Rowe are"),
    ("told", "Its chairman, Simon Adeyemi", '"nothing has changed"'),
]
NOT_REPORTS["retailer_reportedly"] = ["The chain has 140 shops."]
SPEAKERS["retailer_reportedly"] = [("told", "Its chairman, Simon Adeyemi", "Simon Adeyemi", "nothing")]

ARTICLES["cricket_believed"] = """All-rounder set for county switch

Westmarch all-rounder Rhys Kaur is believed to have signed a three-year deal with Ashcombe.

Kaur took 45 wickets in the championship last summer.

Westmarch's head coach, Dev Pillai, said he would be "sad to lose" the player.
"""
GOLD["cricket_believed"] = [
    ("believed", "", "Westmarch all-rounder Rhys Kaur"),
    ("said", "Westmarch's head coach, Dev Pillai", 'he would be "sad to lose" the player'),
]
NOT_REPORTS["cricket_believed"] = ["Kaur took 45 wickets in the championship last summer."]
SPEAKERS["cricket_believed"] = [("said", "Westmarch's head coach, Dev Pillai", "Dev Pillai", "he would")]

ARTICLES["rugby_rumoured"] = """Fly-half wanted in France

Corbury fly-half Ewan Tate is rumoured to be joining a French club next season.

Tate has won 31 caps for his country.

Corbury's director of rugby, Paul Nkemelu, said the club had offered him a new contract.
"""
GOLD["rugby_rumoured"] = [
    ("rumoured", "", "Corbury fly-half Ewan Tate"),
    ("said", "Corbury's director of rugby, Paul Nkemelu", "the club had offered him a new contract"),
]
NOT_REPORTS["rugby_rumoured"] = ["Tate has won 31 caps for his country."]
SPEAKERS["rugby_rumoured"] = [("said", "Corbury's director of rugby, Paul Nkemelu", "Paul Nkemelu", "the club")]

ARTICLES["brewer_denies"] = """Brewer denies takeover approach

Halden Brewing denied the reports of a takeover approach from the drinks group Arvane.

Halden's shares rose 8% on Wednesday.

Arvane said it did not comment on speculation.
"""
GOLD["brewer_denies"] = [
    ("denied", "Halden Brewing", "the reports of a takeover approach from the drinks group Arvane"),
    ("said", "Arvane", "it did not comment on speculation"),
]
NOT_REPORTS["brewer_denies"] = ["Halden's shares rose 8% on Wednesday."]
SPEAKERS["brewer_denies"] = []

ARTICLES["basketball_sources"] = """Guard agrees extension

Point guard Marcus Oyelaran has agreed a four-year extension with the Delford Kites, according to sources close to the player.

Oyelaran averaged 24 points a game last season.

The Kites' general manager, Ines Carvalho, said only that talks had been "positive".
"""
GOLD["basketball_sources"] = [
    ("according to", "sources close to the player", "Point guard Marcus Oyelaran has agreed a four-year extension with the Delford Kites"),
    ("said", "The Kites' general manager, Ines Carvalho", 'talks had been "positive"'),
]
NOT_REPORTS["basketball_sources"] = ["Oyelaran averaged 24 points a game last season."]
SPEAKERS["basketball_sources"] = [("said", "The Kites' general manager, Ines Carvalho", "Ines Carvalho", "talks")]
