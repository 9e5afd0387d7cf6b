# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-third session's check of sports governance, transfer and doping
news (helper D): clubs, agents, leagues, federations, tribunals and fan groups ('sources close to the club say', 'the
player's agent insisted', 'the club said in a statement on its website', 'the manager told his pre-match press
conference', 'the anti-doping panel found', 'the federation confirmed', 'fans chanted', 'the chairman hit back', 'the
striker posted on social media that', 'according to reports in Spain', 'the league is understood to', 'the athlete
denied', 'the ruling says', 'the coach admitted', 'pundits claim'), speakers named by surname after a full mention or
by an epithet ('the 29-year-old', 'the Uruguayan').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (scores, league tables, fees and contract lengths stated by the writer,
fixtures, match narration, stadiums and trophies named in quotation marks); (cue, source, speaker, the content's
first words) in ``SPEAKERS``. Every name, club, league, place, figure and sentence is made up. Read by
``test_probe_findings_63_sportsdesk``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["close_sources"] = """Orrinford close in on Dravon midfielder Ezequiel Barandiarán

Orrinford Town are on the verge of signing Dravon United midfielder Ezequiel Barandiarán, sources close to the club say.

The fee is £14m, rising to £17m with add-ons.

Barandiarán has two years left on his contract at Dravon.

The player's agent, Mauricio Lettieri, insisted that no agreement had been reached with any club.

"Ezequiel is happy where he is, and Dravon know that," Lettieri told the Orrinford Echo.

Orrinford finished seventh last season, nine points off the European places.
"""
GOLD["close_sources"] = [
    ("say", "sources close to the club", "Orrinford Town are on the verge of signing Dravon United midfielder Ezequiel Barandiarán"),
    ("insisted", "The player's agent, Mauricio Lettieri", "no agreement had been reached with any club"),
    ("told", "Lettieri", "Ezequiel is happy where he is, and Dravon know that"),
]
NOT_REPORTS["close_sources"] = [
    "The fee is £14m, rising to £17m with add-ons.",
    "Barandiarán has two years left on his contract at Dravon.",
    "Orrinford finished seventh last season, nine points off the European places.",
]
SPEAKERS["close_sources"] = [("told", "Lettieri", "Mauricio Lettieri", "Ezequiel is")]

ARTICLES["website_statement"] = """Saltmere part company with head coach Ingvar Rosvall

Saltmere Wanderers have parted company with head coach Ingvar Rosvall after five straight defeats.

The club said in a statement on its website that assistant Denholm Cray would take charge of the first team until a permanent appointment was made.

Rosvall, 47, joined in June 2024 on a three-year deal.

Saltmere lost 3-0 at home to Kelvedon Athletic on Saturday.

In a message to supporters, the club's owner, Petra Vanstone, wrote that the decision had not been taken lightly.

Saltmere host Brindle Rovers on Tuesday night.
"""
GOLD["website_statement"] = [
    ("said", "The club", "assistant Denholm Cray would take charge of the first team until a permanent appointment was made"),
    ("wrote", "the club's owner, Petra Vanstone", "the decision had not been taken lightly"),
]
NOT_REPORTS["website_statement"] = [
    "Saltmere Wanderers have parted company with head coach Ingvar Rosvall after five straight defeats.",
    "Rosvall, 47, joined in June 2024 on a three-year deal.",
    "Saltmere lost 3-0 at home to Kelvedon Athletic on Saturday.",
    "Saltmere host Brindle Rovers on Tuesday night.",
]

ARTICLES["prematch_presser"] = """Kelvedon boss Mirela Stancu: 'We respect Portolano, we don't fear them'

Kelvedon Athletic manager Mirela Stancu told her pre-match press conference that captain Jory Penhallow was fit to face Portolano SC on Thursday.

"Jory trained fully today. He will start," Stancu said.

The 52-year-old said the squad had studied Portolano's last six matches.

Asked about her own future, Stancu said she had not discussed a new contract with the board.

Kelvedon won the first leg 2-1 at the Ferrow Lane ground.

Kick-off is at 8pm.
"""
GOLD["prematch_presser"] = [
    ("told", "Kelvedon Athletic manager Mirela Stancu", "captain Jory Penhallow was fit to face Portolano SC on Thursday"),
    ("said", "Stancu", "Jory trained fully today. He will start"),
    ("said", "The 52-year-old", "the squad had studied Portolano's last six matches"),
    ("said", "Stancu", "she had not discussed a new contract with the board"),
]
NOT_REPORTS["prematch_presser"] = [
    "Kelvedon won the first leg 2-1 at the Ferrow Lane ground.",
    "Kick-off is at 8pm.",
]
SPEAKERS["prematch_presser"] = [("said", "The 52-year-old", "Mirela Stancu", "the squad")]

ARTICLES["doping_panel"] = """Sprinter Adaeze Korva banned for four years

An independent anti-doping panel found that Adaeze Korva had knowingly taken the banned steroid trenbolone.

The ruling says the 400m runner "failed to offer any credible explanation" for the positive test.

Korva, who won bronze at the 2025 continental championships, denied cheating.

"I have never taken anything to make me faster," the 26-year-old said in a video posted on her social media accounts.

Her ban runs until March 2030.

Her results from the past 18 months have been struck off.
"""
GOLD["doping_panel"] = [
    ("found", "An independent anti-doping panel", "Adaeze Korva had knowingly taken the banned steroid trenbolone"),
    ("says", "The ruling", "the 400m runner \"failed to offer any credible explanation\" for the positive test"),
    ("denied", "Korva, who won bronze at the 2025 continental championships", "cheating"),
    ("said", "the 26-year-old", "I have never taken anything to make me faster"),
]
NOT_REPORTS["doping_panel"] = [
    "Her ban runs until March 2030.",
    "Her results from the past 18 months have been struck off.",
]
SPEAKERS["doping_panel"] = [("said", "the 26-year-old", "Adaeze Korva", "I have never")]

ARTICLES["federation_confirmed"] = """Federation confirms Veltmark as host of 2029 finals

The Halvorsk Football Federation confirmed on Monday that the 2029 Nations Championship finals would be played in Veltmark.

Federation president Gunnhild Aasmo said the decision had been unanimous.

The tournament will feature 16 teams across six venues.

The final will be staged at the 60,000-seat Kronborg Arena.

Officials in the rival bid city of Eskervik said they were "deeply disappointed" by the outcome.
"""
GOLD["federation_confirmed"] = [
    ("confirmed", "The Halvorsk Football Federation", "the 2029 Nations Championship finals would be played in Veltmark"),
    ("said", "Federation president Gunnhild Aasmo", "the decision had been unanimous"),
    ("said", "Officials in the rival bid city of Eskervik", "they were \"deeply disappointed\" by the outcome"),
]
NOT_REPORTS["federation_confirmed"] = [
    "The tournament will feature 16 teams across six venues.",
    "The final will be staged at the 60,000-seat Kronborg Arena.",
]

ARTICLES["fans_chairman"] = """Brindle fans turn on board as chairman hits back

Brindle Rovers fans chanted "We want our club back" throughout Saturday's 2-2 draw with Tollbury.

Tollbury twice led through goals from Aron Pilk.

Brindle equalised in stoppage time when Desmond Aku volleyed in from the edge of the area.

Chairman Royston Heale hit back at the protesters, saying the board had put £30m into the club since 2021.

"Those singing against us should look at where this club was when we arrived," he told the local radio station.

The Brindle Supporters' Trust said fans had lost faith in the owners.

Brindle are 19th in the table, one place above the relegation zone.
"""
GOLD["fans_chairman"] = [
    ("chanted", "Brindle Rovers fans", "\"We want our club back\" throughout Saturday's 2-2 draw with Tollbury"),
    ("saying", "Chairman Royston Heale", "the board had put £30m into the club since 2021"),
    ("told", "he", "Those singing against us should look at where this club was when we arrived"),
    ("said", "The Brindle Supporters' Trust", "fans had lost faith in the owners"),
]
NOT_REPORTS["fans_chairman"] = [
    "Tollbury twice led through goals from Aron Pilk.",
    "Brindle equalised in stoppage time when Desmond Aku volleyed in from the edge of the area.",
    "Brindle are 19th in the table, one place above the relegation zone.",
]
SPEAKERS["fans_chairman"] = [("told", "he", "Royston Heale", "Those singing")]

ARTICLES["social_post"] = """Striker Nahuel Ferreyra says he is staying at Kelvedon

Kelvedon Athletic striker Nahuel Ferreyra posted on social media that he had no intention of leaving the club this summer.

The Uruguayan has scored 21 goals in 30 league games this season.

"I am happy here and my family is happy here," the Uruguayan wrote.

Ferreyra joined from Montevideo side Cerro Azul for £6m in 2023.

His current deal expires in 2027.
"""
GOLD["social_post"] = [
    ("posted", "Kelvedon Athletic striker Nahuel Ferreyra", "he had no intention of leaving the club this summer"),
    ("wrote", "the Uruguayan", "I am happy here and my family is happy here"),
]
NOT_REPORTS["social_post"] = [
    "The Uruguayan has scored 21 goals in 30 league games this season.",
    "Ferreyra joined from Montevideo side Cerro Azul for £6m in 2023.",
    "His current deal expires in 2027.",
]
SPEAKERS["social_post"] = [("wrote", "the Uruguayan", "Nahuel Ferreyra", "I am happy")]

ARTICLES["foreign_reports"] = """Portolano weigh move for Tollbury goalkeeper

Portolano SC have made an opening offer of €9m for Tollbury goalkeeper Kasper Lindholt, according to reports in Spain.

The 31-year-old kept 14 clean sheets last season.

Tollbury are understood to want at least €12m for the Dane.

Tollbury manager Fergus Olenby said on Friday that he expected Lindholt to stay.

Lindholt signed a four-year contract in 2024.
"""
GOLD["foreign_reports"] = [
    ("according to", "reports in Spain", "Portolano SC have made an opening offer of €9m for Tollbury goalkeeper Kasper Lindholt"),
    ("understood", "", "Tollbury"),
    ("said", "Tollbury manager Fergus Olenby", "he expected Lindholt to stay"),
]
NOT_REPORTS["foreign_reports"] = [
    "The 31-year-old kept 14 clean sheets last season.",
    "Lindholt signed a four-year contract in 2024.",
]

ARTICLES["coach_admitted"] = """Tollbury coach admits side 'were not good enough' in cup exit

Dravon United 3 Tollbury 0

Tollbury coach Fergus Olenby admitted his side had been second best from the first whistle.

Dravon scored twice in the opening 20 minutes through Sami Oksanen and Ruairi Breck.

Breck added a third from the penalty spot after the break.

"We were not good enough, simple as that," Olenby said.

The Scot said he would not blame the referee for the penalty decision.

Dravon face Orrinford Town in the quarter-finals.
"""
GOLD["coach_admitted"] = [
    ("admitted", "Tollbury coach Fergus Olenby", "his side had been second best from the first whistle"),
    ("said", "Olenby", "We were not good enough, simple as that"),
    ("said", "The Scot", "he would not blame the referee for the penalty decision"),
]
NOT_REPORTS["coach_admitted"] = [
    "Dravon United 3 Tollbury 0",
    "Dravon scored twice in the opening 20 minutes through Sami Oksanen and Ruairi Breck.",
    "Breck added a third from the penalty spot after the break.",
    "Dravon face Orrinford Town in the quarter-finals.",
]
SPEAKERS["coach_admitted"] = [("said", "The Scot", "Fergus Olenby", "he would")]

ARTICLES["pundits"] = """Pundits claim Stancu has lost the Kelvedon dressing room

Pundits claim Mirela Stancu has lost the support of the Kelvedon Athletic squad after a run of one win in ten games.

Former Kelvedon defender Lyle Tarrant said on his podcast that several senior players had stopped listening to the manager.

Stancu dismissed the claims as "nonsense" on Friday.

Kelvedon have dropped from third to ninth since October.

Their next game is away at Saltmere Wanderers.
"""
GOLD["pundits"] = [
    ("claim", "Pundits", "Mirela Stancu has lost the support of the Kelvedon Athletic squad after a run of one win in ten games"),
    ("said", "Former Kelvedon defender Lyle Tarrant", "several senior players had stopped listening to the manager"),
    ("dismissed", "Stancu", "the claims as \"nonsense\""),
]
NOT_REPORTS["pundits"] = [
    "Kelvedon have dropped from third to ninth since October.",
    "Their next game is away at Saltmere Wanderers.",
]

ARTICLES["tribunal_ruling"] = """Tribunal orders Dravon to pay Brindle £2.1m for academy player

A sports arbitration tribunal has ordered Dravon United to pay Brindle Rovers £2.1m in compensation for academy graduate Tobiah Wend.

The written ruling says Dravon approached the 17-year-old while he was still registered with Brindle.

Dravon said in a brief statement that they were "surprised and disappointed" by the decision and would consider an appeal.

Brindle's academy director, Helen Okafor-Reeve, said the ruling sent a message to bigger clubs.

Wend has made three first-team appearances for Dravon.
"""
GOLD["tribunal_ruling"] = [
    ("says", "The written ruling", "Dravon approached the 17-year-old while he was still registered with Brindle"),
    ("said", "Dravon", "they were \"surprised and disappointed\" by the decision and would consider an appeal"),
    ("said", "Brindle's academy director, Helen Okafor-Reeve", "the ruling sent a message to bigger clubs"),
]
NOT_REPORTS["tribunal_ruling"] = [
    "Wend has made three first-team appearances for Dravon.",
]

ARTICLES["agent_row"] = """Agent accuses Saltmere of blocking winger's move

The agent of Saltmere Wanderers winger Kofi Ansah-Mensel accused the club of blocking a move to Portolano SC.

"They gave Kofi their word in January that he could leave if the right offer came," agent Dario Scalvini told reporters in Lisbon.

Saltmere denied that any promise had been made to the player.

A club spokesman said Ansah-Mensel remained "an important part of our plans".

Ansah-Mensel, 24, has one year left on his deal.

He has started only four league games this season.
"""
GOLD["agent_row"] = [
    ("accused", "The agent of Saltmere Wanderers winger Kofi Ansah-Mensel", "the club of blocking a move to Portolano SC"),
    ("told", "agent Dario Scalvini", "They gave Kofi their word in January that he could leave if the right offer came"),
    ("denied", "Saltmere", "any promise had been made to the player"),
    ("said", "A club spokesman", "Ansah-Mensel remained \"an important part of our plans\""),
]
NOT_REPORTS["agent_row"] = [
    "Ansah-Mensel, 24, has one year left on his deal.",
    "He has started only four league games this season.",
]

ARTICLES["cyclist_denied"] = """Cyclist Bram Ostervelt denies doping after positive test

Dutch rider Bram Ostervelt has denied taking a banned substance after a sample collected during the Tour of Valdorra tested positive for EPO.

The Cycling Integrity Agency said the 29-year-old had been provisionally suspended.

In a statement released by his lawyer, Ostervelt said he would ask for his B sample to be tested.

His team, Veloxa-Morten, said it had suspended him pending the outcome of the case.

Ostervelt finished fourth overall in the race.
"""
GOLD["cyclist_denied"] = [
    ("denied", "Dutch rider Bram Ostervelt", "taking a banned substance"),
    ("said", "The Cycling Integrity Agency", "the 29-year-old had been provisionally suspended"),
    ("said", "Ostervelt", "he would ask for his B sample to be tested"),
    ("said", "His team, Veloxa-Morten", "it had suspended him pending the outcome of the case"),
]
NOT_REPORTS["cyclist_denied"] = [
    "Ostervelt finished fourth overall in the race.",
]

ARTICLES["supporters_trust"] = """Supporters' trust wants fan on Tollbury board

The Tollbury Supporters' Trust has called for a fan to be given a seat on the club's board.

Trust chair Wendy Marchbank said supporters had been "shut out" of every big decision for a decade.

Tollbury lifted the "Northern Shield" in 1998, their last major honour.

The club's home, known to fans as "the Kiln", holds 18,400.

A Tollbury spokeswoman said the board would meet the trust next month.
"""
GOLD["supporters_trust"] = [
    ("called", "The Tollbury Supporters' Trust", "a fan to be given a seat on the club's board"),
    ("said", "Trust chair Wendy Marchbank", "supporters had been \"shut out\" of every big decision for a decade"),
    ("said", "A Tollbury spokeswoman", "the board would meet the trust next month"),
]
NOT_REPORTS["supporters_trust"] = [
    "Tollbury lifted the \"Northern Shield\" in 1998, their last major honour.",
    "The club's home, known to fans as \"the Kiln\", holds 18,400.",
]

ARTICLES["league_understood"] = """League weighs points deduction for Dravon

The Coastal Premier League is understood to be considering a points deduction for Dravon United over late payment of wages.

Players at the club were paid ten days late in each of the past two months, the players' union said.

The league said it was "aware of the matter" but would not comment further.

Dravon chief executive Colm Ruddery said all wages had now been paid in full.

Dravon are 12th with 31 points from 25 games.
"""
GOLD["league_understood"] = [
    ("understood", "", "The Coastal Premier League"),
    ("said", "the players' union", "Players at the club were paid ten days late in each of the past two months"),
    ("said", "The league", "it was \"aware of the matter\""),
    ("said", "Dravon chief executive Colm Ruddery", "all wages had now been paid in full"),
]
NOT_REPORTS["league_understood"] = [
    "Dravon are 12th with 31 points from 25 games.",
]

ARTICLES["stadium_name"] = """Orrinford unveil plans to expand 'the Foundry'

Orrinford Town have submitted plans to add 6,000 seats to their Hallam Street ground, known as "the Foundry".

The expansion would take capacity to 32,000.

Work would start in the summer of 2027.

Club chairman Idris Vaughan-Pell said the plans would "secure the club's future for the next 50 years".

Local residents' group Hallam Neighbours said it was worried about traffic on match days.

Orrinford have played at the ground since 1904.
"""
GOLD["stadium_name"] = [
    ("said", "Club chairman Idris Vaughan-Pell", "the plans would \"secure the club's future for the next 50 years\""),
    ("said", "Local residents' group Hallam Neighbours", "it was worried about traffic on match days"),
]
NOT_REPORTS["stadium_name"] = [
    "Orrinford Town have submitted plans to add 6,000 seats to their Hallam Street ground, known as \"the Foundry\".",
    "The expansion would take capacity to 32,000.",
    "Work would start in the summer of 2027.",
    "Orrinford have played at the ground since 1904.",
]

ARTICLES["weightlifter"] = """Weightlifter admits using banned diuretic

Weightlifter Sevda Karaoğlan has admitted using a banned diuretic before last year's national championships.

The Valdorran Anti-Doping Agency said she had accepted a two-year ban.

"I made a stupid mistake and I accept the consequences," Karaoğlan said in a statement.

The 23-year-old told the agency that she had taken the pills to lose weight before the weigh-in.

She won the 64kg title at the championships.

The title now passes to Lena Brask.
"""
GOLD["weightlifter"] = [
    ("admitted", "Weightlifter Sevda Karaoğlan", "using a banned diuretic before last year's national championships"),
    ("said", "The Valdorran Anti-Doping Agency", "she had accepted a two-year ban"),
    ("said", "Karaoğlan", "I made a stupid mistake and I accept the consequences"),
    ("told", "The 23-year-old", "she had taken the pills to lose weight before the weigh-in"),
]
NOT_REPORTS["weightlifter"] = [
    "She won the 64kg title at the championships.",
    "The title now passes to Lena Brask.",
]
SPEAKERS["weightlifter"] = [("told", "The 23-year-old", "Sevda Karaoğlan", "she had")]

ARTICLES["loan_deal"] = """Kelvedon loan teenager Pim Ardenne to Saltmere

Kelvedon Athletic have loaned 19-year-old forward Pim Ardenne to Saltmere Wanderers for the rest of the season.

The deal includes an option to buy for £3m.

Saltmere interim coach Denholm Cray said Ardenne would go straight into the squad for Saturday's game.

"He is quick, he is brave and he wants to learn," Cray said.

The teenager told the Saltmere website that he was "buzzing" to get regular football.

Ardenne has scored twice in eight appearances for Kelvedon.
"""
GOLD["loan_deal"] = [
    ("said", "Saltmere interim coach Denholm Cray", "Ardenne would go straight into the squad for Saturday's game"),
    ("said", "Cray", "He is quick, he is brave and he wants to learn"),
    ("told", "The teenager", "he was \"buzzing\" to get regular football"),
]
SPEAKERS["loan_deal"] = [("told", "The teenager", "Pim Ardenne", "he was")]
NOT_REPORTS["loan_deal"] = [
    "Kelvedon Athletic have loaned 19-year-old forward Pim Ardenne to Saltmere Wanderers for the rest of the season.",
    "The deal includes an option to buy for £3m.",
    "Ardenne has scored twice in eight appearances for Kelvedon.",
]

ARTICLES["referees_body"] = """Referees' body defends official after Dravon row

The Professional Match Officials Association said referee Gareth Summerhill had applied the laws correctly in Dravon's defeat at Tollbury.

Dravon manager Lasse Breitholm told reporters after the game that the decision to disallow his side's equaliser was "a disgrace".

Breitholm has been charged with improper conduct by the league.

He has until Thursday to respond.

Tollbury won the game 1-0 with a first-half goal from Aron Pilk.
"""
GOLD["referees_body"] = [
    ("said", "The Professional Match Officials Association", "referee Gareth Summerhill had applied the laws correctly in Dravon's defeat at Tollbury"),
    ("told", "Dravon manager Lasse Breitholm", "the decision to disallow his side's equaliser was \"a disgrace\""),
]
NOT_REPORTS["referees_body"] = [
    "He has until Thursday to respond.",
    "Tollbury won the game 1-0 with a first-half goal from Aron Pilk.",
]

ARTICLES["womens_league"] = """Federation confirms pay rise for women's top flight

The Halvorsk Football Federation confirmed that minimum salaries in the women's top division would rise by 40 per cent next season.

Veltmark captain Signe Holmqvist said the rise was "a first step, not the finish line".

The division has 12 clubs.

Each club plays 22 league matches.

The players' union said it would keep pushing for full-time contracts for every player in the league.
"""
GOLD["womens_league"] = [
    ("confirmed", "The Halvorsk Football Federation", "minimum salaries in the women's top division would rise by 40 per cent next season"),
    ("said", "Veltmark captain Signe Holmqvist", "the rise was \"a first step, not the finish line\""),
    ("said", "The players' union", "it would keep pushing for full-time contracts for every player in the league"),
]
NOT_REPORTS["womens_league"] = [
    "The division has 12 clubs.",
    "Each club plays 22 league matches.",
]

ARTICLES["eligibility"] = """Rugby side docked points for fielding ineligible player

The Northern Rugby Union has docked Carrow Hawks ten points after finding that they fielded an ineligible player in four matches.

A disciplinary panel found that prop Tevita Malohi had not been properly registered.

Hawks director of rugby Shane Colbury said the club had made "an honest administrative error" and would appeal.

The deduction drops Hawks from second to fifth.

Their next match is at home to Redhill on Sunday.
"""
GOLD["eligibility"] = [
    ("found", "A disciplinary panel", "prop Tevita Malohi had not been properly registered"),
    ("said", "Hawks director of rugby Shane Colbury", "the club had made \"an honest administrative error\" and would appeal"),
]
NOT_REPORTS["eligibility"] = [
    "The deduction drops Hawks from second to fifth.",
    "Their next match is at home to Redhill on Sunday.",
]

ARTICLES["tennis_ban"] = """Tennis player Ilinca Dobrescu cleared to return after ban is cut

The suspension of Romanian tennis player Ilinca Dobrescu has been cut from 18 months to nine on appeal.

The appeals panel accepted that the banned substance had come from a contaminated supplement, according to a summary of the decision.

Her representative, Marco Feliciani, said Dobrescu was "relieved and grateful".

The 29-year-old said she would play at the Carrowmore Open next month.

Dobrescu was ranked 41st in the world before her suspension.
"""
GOLD["tennis_ban"] = [
    ("according to", "a summary of the decision", "The appeals panel accepted that the banned substance had come from a contaminated supplement"),
    ("said", "Her representative, Marco Feliciani", "Dobrescu was \"relieved and grateful\""),
    ("said", "The 29-year-old", "she would play at the Carrowmore Open next month"),
]
NOT_REPORTS["tennis_ban"] = [
    "The suspension of Romanian tennis player Ilinca Dobrescu has been cut from 18 months to nine on appeal.",
    "Dobrescu was ranked 41st in the world before her suspension.",
]
SPEAKERS["tennis_ban"] = [("said", "The 29-year-old", "Ilinca Dobrescu", "she would")]

ARTICLES["spending_rules"] = """Portolano charged with breaking spending rules

An independent commission has charged Portolano SC with breaching the league's spending rules in three seasons.

The charge sheet alleges that the club understated its wage bill by €40m.

Portolano said they were confident the commission would clear them.

Club president Rogério Alvim-Teles told a fans' forum on Tuesday that the club had "nothing to hide".

Portolano's wage bill last season was €112m.

A hearing is scheduled for September.
"""
GOLD["spending_rules"] = [
    ("alleges", "The charge sheet", "the club understated its wage bill by €40m"),
    ("said", "Portolano", "they were confident the commission would clear them"),
    ("told", "Club president Rogério Alvim-Teles", "the club had \"nothing to hide\""),
]
NOT_REPORTS["spending_rules"] = [
    "Portolano's wage bill last season was €112m.",
    "A hearing is scheduled for September.",
]

ARTICLES["cricket_board"] = """Board confirms Haldane will lead Test side in Sri Lanka

The Carrowmere Cricket Board confirmed on Wednesday that Nathan Haldane would captain the Test side on the tour of Sri Lanka.

Haldane replaces Owain Pritchard, who stepped down after the home series defeat.

Chief selector Brigid Lanyon said Haldane had "earned the respect of the whole dressing room".

Pritchard is understood to be considering retirement from international cricket.

The first Test begins in Galle on February 3.
"""
GOLD["cricket_board"] = [
    ("confirmed", "The Carrowmere Cricket Board", "Nathan Haldane would captain the Test side on the tour of Sri Lanka"),
    ("said", "Chief selector Brigid Lanyon", "Haldane had \"earned the respect of the whole dressing room\""),
    ("understood", "", "Pritchard"),
]
NOT_REPORTS["cricket_board"] = [
    "Haldane replaces Owain Pritchard, who stepped down after the home series defeat.",
    "The first Test begins in Galle on February 3.",
]

ARTICLES["boxing_test"] = """Boxer Dainius Vaitkus denies missing drugs tests

Heavyweight Dainius Vaitkus has denied claims that he missed three drugs tests in 12 months.

Promoter Carl Mabbutt said the boxer had been in hospital on the day of one of the tests.

"Dainius has nothing to hide and he will prove it," Mabbutt said.

The Lithuanian is due to fight Reggie Osei for the vacant title on May 17.

The bout is scheduled for 12 rounds.
"""
GOLD["boxing_test"] = [
    ("denied", "Heavyweight Dainius Vaitkus", "claims that he missed three drugs tests in 12 months"),
    ("said", "Promoter Carl Mabbutt", "the boxer had been in hospital on the day of one of the tests"),
    ("said", "Mabbutt", "Dainius has nothing to hide and he will prove it"),
]
NOT_REPORTS["boxing_test"] = [
    "The Lithuanian is due to fight Reggie Osei for the vacant title on May 17.",
    "The bout is scheduled for 12 rounds.",
]

ARTICLES["ownership"] = """Takeover of Brindle Rovers approved by league

The takeover of Brindle Rovers by a consortium led by businessman Anselm Quirke has been approved by the league.

Quirke told supporters in an open letter that the club's debts would be cleared within a year.

The consortium has bought a 90 per cent stake.

Outgoing chairman Royston Heale said he was leaving the club "in safe hands".

Brindle were founded in 1887.
"""
GOLD["ownership"] = [
    ("told", "Quirke", "the club's debts would be cleared within a year"),
    ("said", "Outgoing chairman Royston Heale", "he was leaving the club \"in safe hands\""),
]
NOT_REPORTS["ownership"] = [
    "The consortium has bought a 90 per cent stake.",
    "Brindle were founded in 1887.",
]
SPEAKERS["ownership"] = [("told", "Quirke", "Anselm Quirke", "the club's")]

ARTICLES["window_rumours"] = """Deadline day: Orrinford chase Brisbane forward

Reports in Australia suggest that Orrinford Town have agreed a fee with Brisbane Harriers for forward Callum Yeates.

Yeates is believed to have told Harriers he wants to move to Europe.

Speaking on the club's YouTube channel, Orrinford captain Teodor Halvik said the squad "needs one more player who can score".

A Brisbane spokesperson said the club would not comment on speculation.

The transfer window closes at 11pm on Thursday.

Yeates's release clause is £9m.
"""
GOLD["window_rumours"] = [
    ("suggest", "Reports in Australia", "Orrinford Town have agreed a fee with Brisbane Harriers for forward Callum Yeates"),
    ("believed", "", "Yeates"),
    ("said", "Orrinford captain Teodor Halvik", "the squad \"needs one more player who can score\""),
    ("said", "A Brisbane spokesperson", "the club would not comment on speculation"),
]
NOT_REPORTS["window_rumours"] = [
    "The transfer window closes at 11pm on Thursday.",
    "Yeates's release clause is £9m.",
]

ARTICLES["fa_statement"] = """Dravon fined £60,000 over players' conduct

Dravon United have been fined £60,000 after their players surrounded the referee in the defeat at Tollbury.

The Coastal Premier League said in a statement: "Such behaviour has no place in the game."

Dravon accepted the charge.

Manager Lasse Breitholm described the fine as "fair" and said his players had let themselves down.

The Norwegian told the club's website that it would not happen again.

The game finished 1-0.
"""
GOLD["fa_statement"] = [
    ("said", "The Coastal Premier League", "Such behaviour has no place in the game"),
    ("described", "Manager Lasse Breitholm", "the fine as \"fair\""),
    ("told", "The Norwegian", "it would not happen again"),
]
NOT_REPORTS["fa_statement"] = [
    "Dravon United have been fined £60,000 after their players surrounded the referee in the defeat at Tollbury.",
    "The game finished 1-0.",
]
SPEAKERS["fa_statement"] = [("told", "The Norwegian", "Lasse Breitholm", "it would")]

ARTICLES["relay_hearing"] = """Relay team stripped of gold after teammate's failed test

Cordessa's 4x100m relay team have been stripped of their gold medal after Marisol Etxeberria tested positive for a banned stimulant.

The sport's court of arbitration ruled that the result could not stand.

The Colombian, who ran the second leg, said she had been given the substance without her knowledge.

"I would never risk my team-mates' medals," Etxeberria told a news conference in Bogotá.

Team-mate Yolanda Perdomo said the squad was "heartbroken".

The gold now goes to Halvorsk.

The final was run in 42.31 seconds.
"""
GOLD["relay_hearing"] = [
    ("ruled", "The sport's court of arbitration", "the result could not stand"),
    ("said", "The Colombian, who ran the second leg", "she had been given the substance without her knowledge"),
    ("told", "Etxeberria", "I would never risk my team-mates' medals"),
    ("said", "Team-mate Yolanda Perdomo", "the squad was \"heartbroken\""),
]
NOT_REPORTS["relay_hearing"] = [
    "Cordessa's 4x100m relay team have been stripped of their gold medal after Marisol Etxeberria tested positive for a banned stimulant.",
    "The gold now goes to Halvorsk.",
    "The final was run in 42.31 seconds.",
]
SPEAKERS["relay_hearing"] = [("said", "The Colombian, who ran the second leg", "Marisol Etxeberria", "she had")]
