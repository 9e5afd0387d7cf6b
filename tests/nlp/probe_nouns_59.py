# ruff: noqa: E501  (a sentence or snippet is one line, as a news page has it)
"""Sentences written for the fifty-ninth session's generalisation check of NOUN and PHRASE cues (helper G):
nouns of saying with a 'that' clause, an 'of' or 'for' phrase, an infinitive or a quotation, heading the
subject ('Her claim that X drew scorn'), in a verb's object ('rejected the inspector's assertion that X'), after
a preposition ('despite warnings that X', 'after claims that Y', 'In a letter to staff, the chief executive
wrote Z'), held by a possessive ('The minister's promise of X') or by a 'from' or 'by' phrase ('A warning from
the coastguard that X', 'A pledge by the council to Y'); frames ('according to', 'in the view of', 'in the
words of', 'in X's telling', 'per a report by', 'as X put it', 'X's position is that', 'the word from X is
that', 'X's verdict: Y', 'X's message was clear: Y'); beliefs, knowledge and estimates ('officials estimate',
'analysts expect', 'few doubt', 'is thought to', 'are estimated to', 'the assumption is that'); documents
and data ('a poll shows', 'the census counted', 'satellite images show', 'the minutes record'); and lines
that report nothing though they hold such a noun or phrase: the noun as a thing ('the claim form', 'a
statement necklace', 'the warning light'), a noun with no content ('The statement was long'), a phrase in
another sense ('according to plan', 'in view of the weather', 'according to the season'), data that show
nothing said ('The chart has a blue line') and belief words in another sense ('He thought for a moment').

The gold is written by hand as PolNeAR marks it (NOTES.md), read again against its train where the first
gold disagreed: a noun of saying in the object of a verb of saying or judging gives the report to the verb,
with the noun phrase as its content ('repeated his promise to X', 'has been critical of', 'blasted Trump's
call for X': 43 such records in train), so 'repeated their demand that X', 'voiced its concern that Y',
'renewed its appeal for Z', 'cast doubt on the witness's account that W' and 'was turned down by X' are
the verb's; pictures, footage and tables that show a thing are reports ('Photos showed X', 'The video shows
Y', 'a picture showed Z' in train), so 'The photograph shows a boy on a bicycle' is one; 'expecting her second
child' is a report in train ('husband expecting second child'). Every name, place and figure is made up.
Read by ``test_probe_findings_59_nouns``."""

#: reports: (class, text, a word of the cue, source, first content)
REPORTS = [
    # ---- a noun of saying heading the subject
    ("subject", "Her claim that the abattoir had been hiding its water bills drew scorn from the board.", "claim", "Her", "the abattoir had been hiding its water bills"),
    ("subject", "The coach's boast that his side would finish in the top four now looks rash.", "boast", "The coach's", "his side would finish in the top four"),
    ("subject", "Warnings that the glasshouse roof could collapse were ignored for two winters.", "Warnings", "", "the glasshouse roof could collapse"),
    ("subject", "The ombudsman's conclusion that the tenants had been overcharged was welcomed by campaigners.", "welcomed", "campaigners", "The ombudsman's conclusion that the tenants had been overcharged"),
    ("subject", "Speculation that the brewery will be sold to a Danish group has grown this week.", "Speculation", "", "the brewery will be sold to a Danish group"),
    ("subject", "The landlord's allegation that the tenants had sublet the flat was thrown out.", "allegation", "The landlord's", "the tenants had sublet the flat"),
    ("subject", "Rumours that the striker had asked for a transfer swept the terraces.", "Rumours", "", "the striker had asked for a transfer"),
    ("subject", "The pilots' complaint that rosters were unsafe reached the regulator in May.", "complaint", "The pilots'", "rosters were unsafe"),
    ("subject", "Their prediction that prices would halve by spring proved wildly wrong.", "prediction", "Their", "prices would halve by spring"),
    ("subject", "The archbishop's plea for calm was read out in every parish on Sunday.", "plea", "The archbishop's", "calm"),
    # ---- object of a verb
    ("object", "The sawmill owner rejected the inspector's assertion that the guard rails were missing.", "rejected", "The sawmill owner", "the inspector's assertion that the guard rails were missing"),
    ("object", "Councillors repeated their demand that the quarry be closed at weekends.", "repeated", "Councillors", "their demand that the quarry be closed at weekends"),
    ("object", "The harbourmaster issued a warning that the pontoon was unsafe after dark.", "warning", "The harbourmaster", "the pontoon was unsafe after dark"),
    ("object", "The charity renewed its appeal for blankets as the cold snap deepened.", "renewed", "The charity", "its appeal for blankets"),
    ("object", "The defence lawyer cast doubt on the witness's account that the van was blue.", "cast doubt", "The defence lawyer", "the witness's account that the van was blue"),
    ("object", "Ferrano made a promise that the orchard would never be built on.", "promise", "Ferrano", "the orchard would never be built on"),
    ("object", "The bakers' guild voiced its concern that flour prices would climb again.", "voiced", "The bakers' guild", "its concern that flour prices would climb again"),
    ("object", "Ms Okorie repeated her pledge to cut waiting lists at the eye clinic.", "repeated", "Ms Okorie", "her pledge to cut waiting lists at the eye clinic"),
    ("object", "The cooperative has denied suggestions that its members were paid late.", "denied", "The cooperative", "suggestions that its members were paid late"),
    ("object", "The surveyor gave his opinion that the chapel walls were sound.", "opinion", "The surveyor", "the chapel walls were sound"),
    # ---- after a preposition
    ("prep", "Despite warnings that the ice was thin, skaters crowded onto the lake at Hollin Mere.", "warnings", "", "the ice was thin"),
    ("prep", "Amid fears that the hospice would close, volunteers raised 80,000 pounds in a month.", "fears", "", "the hospice would close"),
    ("prep", "In a letter to staff, the chief executive wrote that the Tarrow plant would stay open.", "wrote", "the chief executive", "the Tarrow plant would stay open"),
    ("prep", "In an interview with a local radio station, the bishop said the cathedral roof needed urgent repair.", "said", "the bishop", "the cathedral roof needed urgent repair"),
    ("prep", "Shares in the miner fell on reports that its chief geologist had resigned.", "reports", "", "its chief geologist had resigned"),
    ("prep", "The vote was delayed after claims that some proxy forms had been forged.", "claims", "", "some proxy forms had been forged"),
    ("prep", "In a post on social media, the singer said the tour had been cancelled because of illness.", "said", "the singer", "the tour had been cancelled because of illness"),
    ("prep", "Following complaints that the siren was too loud, the fire station turned it down.", "complaints", "", "the siren was too loud"),
    ("prep", "In his speech to the conference, Delacroix said the party had lost touch with farmers.", "said", "Delacroix", "the party had lost touch with farmers"),
    ("prep", "Against the advice of her doctors, the sprinter said she would run in the final.", "said", "the sprinter", "she would run in the final"),
    # ---- possessive sources
    ("possessive", "The minister's promise of a new bypass for Stoke Amble has yet to be kept.", "promise", "The minister's", "a new bypass for Stoke Amble"),
    ("possessive", "The union's demand for a 12 percent rise was turned down by the bus company.", "turned down", "the bus company", "The union's demand for a 12 percent rise"),
    ("possessive", "The regulator's criticism of the water firm's leak record was unusually sharp.", "criticism", "The regulator's", "the water firm's leak record"),
    ("possessive", "The mayor's denial of any wrongdoing did little to calm the council chamber.", "denial", "The mayor's", "any wrongdoing"),
    ("possessive", "The farmers' call for a ban on cheap imports has split the party.", "call", "The farmers'", "a ban on cheap imports"),
    ("possessive", "The head teacher's apology for the exam mix-up was posted on the school website.", "apology", "The head teacher's", "the exam mix-up"),
    # ---- bare nouns with the source in a 'from' or 'by' phrase
    ("from_by", "A warning from the coastguard that the tide would turn early came too late for the two walkers.", "warning", "the coastguard", "the tide would turn early"),
    ("from_by", "A pledge by the council to repair the sea wall before winter has been broken.", "pledge", "the council", "to repair the sea wall before winter"),
    ("from_by", "An admission by the operator that the lift had not been inspected led to the inquiry.", "admission", "the operator", "the lift had not been inspected"),
    ("from_by", "A statement from the museum said the painting had been returned to its owners.", "said", "A statement from the museum", "the painting had been returned to its owners"),
    ("from_by", "A claim by the builder that the damp was caused by the tenants was rejected.", "claim", "the builder", "the damp was caused by the tenants"),
    ("from_by", "Calls from residents for a pedestrian crossing on Marsh Lane have gone unanswered.", "Calls", "residents", "a pedestrian crossing on Marsh Lane"),
    # ---- frames
    ("frame", "The canal will reopen to boats in April, according to the waterways trust.", "according to", "the waterways trust", "The canal will reopen to boats in April"),
    ("frame", "According to the club's accounts, the wage bill rose by a fifth last season.", "According to", "the club's accounts", "the wage bill rose by a fifth last season"),
    ("frame", "In the view of most economists, the rate cut came a year too late.", "view", "most economists", "the rate cut came a year too late"),
    ("frame", "In the words of one shop owner, the high street has been left to rot.", "words", "one shop owner", "the high street has been left to rot"),
    ("frame", "In Haldane's telling, the deal was struck over a single lunch in Brussels.", "telling", "Haldane", "the deal was struck over a single lunch in Brussels"),
    ("frame", "The plant emitted twice its permitted level of sulphur last year, per a report by the environment agency.", "per", "a report by the environment agency", "The plant emitted twice its permitted level of sulphur last year"),
    ("frame", "The forwards, as the coach put it, simply ran out of ideas.", "put it", "the coach", "The forwards"),
    ("frame", "The council's position is that the depot must move out of the town centre.", "position", "The council's", "the depot must move out of the town centre"),
    ("frame", "The word from the dressing room is that the captain will play on Saturday.", "word", "the dressing room", "the captain will play on Saturday"),
    ("frame", "The judge's verdict: the contract had been broken from the first day.", "verdict", "The judge's", "the contract had been broken from the first day"),
    ("frame", "The auditor's message was clear: the trust could not afford another deficit.", "message", "The auditor's", "the trust could not afford another deficit"),
    ("frame", "As the chairman put it, nobody wants to be the last club to sell.", "put it", "the chairman", "nobody wants to be the last club to sell"),
    ("frame", "According to witnesses, the lorry mounted the kerb before hitting the bus shelter.", "According to", "witnesses", "the lorry mounted the kerb before hitting the bus shelter"),
    ("frame", "The mill closed in 1962, according to parish records.", "according to", "parish records", "The mill closed in 1962"),
    ("frame", "In the opinion of the fire officer, the blaze started in the kitchen.", "opinion", "the fire officer", "the blaze started in the kitchen"),
    # ---- beliefs, knowledge and estimates
    ("belief", "Officials estimate that the flooding has damaged 3,000 homes along the Wend.", "estimate", "Officials", "the flooding has damaged 3,000 homes along the Wend"),
    ("belief", "Analysts expect the retailer to report a second year of falling sales.", "expect", "Analysts", "the retailer to report a second year of falling sales"),
    ("belief", "The family fears the climber may have fallen into a crevasse.", "fears", "The family", "the climber may have fallen into a crevasse"),
    ("belief", "Investigators suspect the fire was started by a discarded cigarette.", "suspect", "Investigators", "the fire was started by a discarded cigarette"),
    ("belief", "Few doubt that the governor will seek a second term.", "doubt", "Few", "the governor will seek a second term"),
    ("belief", "She knew that the bridge had been closed since the storm.", "knew", "She", "the bridge had been closed since the storm"),
    ("belief", "The stolen manuscript is thought to be in a private collection abroad.", "thought", "", "The stolen manuscript"),
    ("belief", "About 40,000 people are estimated to have left the valley since the drought began.", "estimated", "", "About 40,000 people"),
    ("belief", "The assumption is that interest rates will stay high until the autumn.", "assumption", "", "interest rates will stay high until the autumn"),
    ("belief", "Many growers believe the new pesticide is killing their bees.", "believe", "Many growers", "the new pesticide is killing their bees"),
    ("belief", "Scientists reckon the comet will be visible to the naked eye by March.", "reckon", "Scientists", "the comet will be visible to the naked eye by March"),
    ("belief", "The trainer is convinced that the colt can win the Derby.", "convinced", "The trainer", "the colt can win the Derby"),
    ("belief", "Engineers calculate that the dam could hold for another decade.", "calculate", "Engineers", "the dam could hold for another decade"),
    ("belief", "Residents worry that the new road will bring lorries past the school.", "worry", "Residents", "the new road will bring lorries past the school"),
    ("belief", "Police understand that the man had been living in his car for several weeks.", "understand", "Police", "the man had been living in his car for several weeks"),
    ("belief", "The cost of the repairs is estimated at 2 million pounds.", "estimated", "", "The cost of the repairs"),
    ("belief", "Economists predict that unemployment will peak next summer.", "predict", "Economists", "unemployment will peak next summer"),
    ("belief", "Many in the village assume the factory will never reopen.", "assume", "Many in the village", "the factory will never reopen"),
    ("belief", "The hospital hopes to reopen its maternity ward by June.", "hopes", "The hospital", "to reopen its maternity ward by June"),
    ("belief", "There is a widespread belief among nurses that the new rota is unworkable.", "belief", "nurses", "the new rota is unworkable"),
    # ---- documents and data
    ("document", "A poll for the Western Gazette shows that most readers want the pier restored.", "shows", "A poll for the Western Gazette", "most readers want the pier restored"),
    ("document", "The census counted 14,200 people living on the islands.", "counted", "The census", "14,200 people living on the islands"),
    ("document", "Satellite images show that the lake has shrunk by half since 2001.", "show", "Satellite images", "the lake has shrunk by half since 2001"),
    ("document", "The audit found that the trust had paid the same invoice three times.", "found", "The audit", "the trust had paid the same invoice three times"),
    ("document", "Records indicate that the ship left port with no lifeboats.", "indicate", "Records", "the ship left port with no lifeboats"),
    ("document", "The forecast predicts heavy snow across the hills on Thursday.", "predicts", "The forecast", "heavy snow across the hills on Thursday"),
    ("document", "CCTV footage appears to show the suspect leaving the jeweller's at 2am.", "show", "CCTV footage", "the suspect leaving the jeweller's at 2am"),
    ("document", "The minutes record that the motion was passed by a single vote.", "record", "The minutes", "the motion was passed by a single vote"),
    ("document", "The inquest heard that the boy had been left alone in the pool.", "heard", "", "the boy had been left alone in the pool"),
    ("document", "A leaked memo reveals that the ministry knew of the fault in 2019.", "reveals", "A leaked memo", "the ministry knew of the fault in 2019"),
    ("document", "The figures suggest that tourism has recovered to its level before the pandemic.", "suggest", "The figures", "tourism has recovered to its level before the pandemic"),
    ("document", "A survey of 800 landlords found that one in four plans to sell.", "found", "A survey of 800 landlords", "one in four plans to sell"),
    ("document", "The inspection report concluded that the kitchen posed a serious risk to diners.", "concluded", "The inspection report", "the kitchen posed a serious risk to diners"),
    ("document", "Court documents allege that the director moved funds to an account in Malta.", "allege", "Court documents", "the director moved funds to an account in Malta"),
    ("document", "The study, published in a medical journal on Monday, suggests that night shifts raise the risk of diabetes.", "suggests", "The study, published in a medical journal on Monday", "night shifts raise the risk of diabetes"),
    ("document", "Data from the transport authority show that bus journeys fell by 9 percent last year.", "show", "Data from the transport authority", "bus journeys fell by 9 percent last year"),
    ("document", "The will stipulates that the cottage must go to the village school.", "stipulates", "The will", "the cottage must go to the village school"),
    ("document", "Phone records show the driver was texting moments before the crash.", "show", "Phone records", "the driver was texting moments before the crash"),
    # ---- nouns of saying with a quotation
    ("quote", "The manager's verdict on the defeat was blunt: \"We were a shambles.\"", "verdict", "The manager's", "We were a shambles."),
    ("quote", "Her reply was short: \"Ask the treasurer.\"", "reply", "Her", "Ask the treasurer."),
    ("quote", "In his resignation letter, the chairman wrote: \"I will not be going quietly.\"", "wrote", "the chairman", "I will not be going quietly."),
    ("quote", "In a statement, the harbour trust said: \"The pier is safe to use.\"", "said", "the harbour trust", "The pier is safe to use."),
    ("document", "The photograph shows a boy on a bicycle.", "shows", "The photograph", "a boy on a bicycle"),
    ("document", "The map shows the whole county in one sheet.", "shows", "The map", "the whole county in one sheet"),
    ("document", "The table lists the opening times of every library.", "lists", "The table", "the opening times of every library"),
    ("belief", "She is expecting her second child in August.", "expecting", "She", "her second child"),
    ("quote", "The chef's advice to home cooks: \"Salt the water more than you think.\"", "advice", "The chef's", "Salt the water more than you think."),
]

#: lines that report nothing: (class, text)
NOT_REPORTS = [
    # ---- the noun as a thing
    ("thing", "Fill in the claim form and post it to the address on the back."),
    ("thing", "She wore a silver statement necklace to the premiere."),
    ("thing", "The oil warning light came on halfway up the hill."),
    ("thing", "He slipped a promise ring onto her finger at the bandstand."),
    ("thing", "My report card was mostly Bs that year."),
    ("thing", "The removal firm sent an estimate of 900 pounds for the move."),
    ("thing", "The claims office on Dock Street closes at four."),
    ("thing", "The warning triangle was left in the boot."),
    ("thing", "The statement sleeves on the jacket were the talk of the show."),
    ("thing", "A warning sign had been bent flat by the wind."),
    ("thing", "The demand for heating oil always rises in January."),
    ("thing", "The announcement board at the station was blank."),
    ("thing", "Please keep your receipt as proof of purchase."),
    ("thing", "The notice was pinned to the church door."),
    ("thing", "The poll tax was abolished in 1991."),
    # ---- nouns with no content
    ("empty", "The statement was long and took twenty minutes to read."),
    ("empty", "The report runs to 400 pages."),
    ("empty", "Her speech lasted nearly an hour."),
    ("empty", "The letter was written in green ink."),
    ("empty", "The press conference started late."),
    ("empty", "The interview was recorded in a hotel room in Leeds."),
    ("empty", "The memo was printed on both sides of the paper."),
    ("empty", "The survey took place over three weekends in May."),
    ("empty", "The audit will begin in the new year."),
    ("empty", "The claim was filed on Tuesday."),
    # ---- phrase cues in other senses
    ("phrase", "The launch went according to plan."),
    ("phrase", "The dancers were paired according to height."),
    ("phrase", "Prices vary according to the season."),
    ("phrase", "The play opens with a line in the words of the song, \"Come home, come home\"."),
    ("phrase", "Cut the pastry according to the recipe."),
    ("phrase", "In view of the weather, the fete was moved indoors."),
    ("phrase", "The lighthouse came into view just after dawn."),
    ("phrase", "Put it on the top shelf, next to the flour."),
    ("phrase", "The hotel has a view of the bay."),
    ("phrase", "In a word, the pasta was perfect."),
    # ---- data nouns that show nothing said
    ("data", "The chart has a blue line and a red line."),
    ("data", "The records are kept in the basement of the town hall."),
    ("data", "The footage was shot on a phone."),
    ("data", "The census takes place every ten years."),
    ("data", "The figures were printed in bold."),
    ("data", "The poll closes at ten o'clock tonight."),
    # ---- belief words in other senses
    ("sense", "The tide is expected at six."),
    ("sense", "The promise of spring brought walkers back to the fells."),
    ("thing", "The statement piece of the new hall is a glass staircase."),
    ("phrase", "Eggs are graded according to weight."),
    ("thing", "A warning shot was fired over the bow of the trawler."),
    ("sense", "I know the way to the harbour."),
    ("sense", "He thought for a moment and then walked on."),
    ("sense", "The picnic was a promising start to the summer."),
    ("sense", "The orchard promises a fine crop this year."),
]
