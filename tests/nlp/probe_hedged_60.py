# ruff: noqa: E501  (a sentence or snippet is one line, as a news page has it)
"""Sentences written for the sixtieth session's generalisation check of HEDGED, PASSIVE and ANONYMOUS
reports (helper E): agentless and passive reports ('it is understood that X', 'it was announced on Friday
that X', 'X is said to be Y', 'she is reported to have', 'it has been claimed that X', 'was told that X',
'the plan was criticised as X', 'the move was welcomed by unions'); adverbs and frames of report ('reportedly',
'allegedly', 'by all accounts', 'by her own account', 'officially', 'on the record', 'in so many words');
anonymous and vague sources ('sources say', 'a person briefed on the talks said', 'insiders', 'people close
to the negotiations', 'some analysts', 'many believe', 'it is widely believed', 'word is that', 'rumours that
X', 'there are fears that X', 'there is speculation that X', 'there were reports of X', 'the consensus is that
X', 'the view in Brussels is that X'); hedged, refused and future reports ('would neither confirm nor deny
X', 'could not say whether X', 'stopped short of saying X', 'declined to say', 'would only say that X', 'is
expected to announce X', 'is set to unveil', 'will tell the conference that X', 'is understood to have told
colleagues X'); and lines that report nothing though they hold such a word ('It is understood as a
metaphor', 'The reported cases rose', 'sources of energy', 'a person close to the edge', 'officially opened').

The gold is written by hand as PolNeAR marks it (NOTES.md), read again against its train where the first
gold disagreed: a refusal is the refusing verb's report with the infinitive for its content ('declined to
say whether X': 36 of 37 in train), a raising passive's content opens with its subject ('X is said to be
Y', 'are expected to unveil'), an expectation of an act of saying is its subject's ('is expected to
endorse', 'is set to release'), an agentless 'was told that X' is a report with no source, a hedging adverb
is a cue with no source ('reportedly': 19 of 29 in train); but 'for allegedly X-ing' after a charge is not
marked there. A past form of hearsay set off by commas after the subject ('The drover, believed to be in his
seventies, was rescued') reports nothing, as the written sets have it ('The buyer, believed to be a shipping
heir, paid X', ``test_probe_findings_38_twins``); PolNeAR train and dev have no such phrase. Every name, place and figure is made up. Read by ``test_probe_findings_60_hedged``."""

#: reports: (class, text, a word of the cue, source, first content)
REPORTS = [
    # ---- agentless and passive reports
    ("passive", "It is understood that the observatory will close its visitor centre in October.", "understood", "", "the observatory will close its visitor centre in October"),
    ("passive", "It was announced on Friday that the Kelso ferry would stop running in winter.", "announced", "", "the Kelso ferry would stop running in winter"),
    ("passive", "The new conductor is said to be unhappy with the orchestra's rehearsal rooms.", "said", "", "The new conductor"),
    ("passive", "Ms Varga is reported to have turned down a seat on the board.", "reported", "", "Ms Varga"),
    ("passive", "The reservoir's owner is thought to be considering a sale.", "thought", "", "The reservoir's owner"),
    ("passive", "It has been claimed that the zoo's elephants were kept in cramped pens.", "claimed", "", "the zoo's elephants were kept in cramped pens"),
    ("passive", "Staff at the depot were told that their shifts would be cut from April.", "told", "", "their shifts would be cut from April"),
    ("passive", "The parking scheme was criticised as a tax on shoppers.", "criticised", "", "The parking scheme"),
    ("passive", "The decision to reopen the pit was welcomed by unions.", "welcomed", "unions", "The decision to reopen the pit"),
    ("passive", "The figure of 4,000 new homes was disputed by the council.", "disputed", "the council", "The figure of 4,000 new homes"),
    ("passive", "It is believed that the painting was smuggled out through Antwerp.", "believed", "", "the painting was smuggled out through Antwerp"),
    ("passive", "It was alleged in court that the foreman had falsified the safety logs.", "alleged", "", "the foreman had falsified the safety logs"),
    ("passive", "The striker is believed to have signed a pre-contract with a French club.", "believed", "", "The striker"),
    ("passive", "Two of the climbers are thought to have reached the summit before the storm.", "thought", "", "Two of the climbers"),
    ("passive", "The merger was condemned by consumer groups as bad news for rural shoppers.", "condemned", "consumer groups", "The merger"),
    ("passive", "Residents were assured that the water was safe to drink.", "assured", "", "the water was safe to drink"),
    ("passive", "The proposal was rejected by the planning committee on Tuesday night.", "rejected", "the planning committee", "The proposal"),
    ("passive", "It has been suggested that the museum charge for entry at weekends.", "suggested", "", "the museum charge for entry at weekends"),
    ("passive", "The school was praised by inspectors for its work with younger pupils.", "praised", "inspectors", "The school"),
    ("passive", "Passengers were warned that the tunnel could flood again overnight.", "warned", "", "the tunnel could flood again overnight"),
    ("passive", "It was confirmed on Monday that the two clubs had agreed a fee.", "confirmed", "", "the two clubs had agreed a fee"),
    ("passive", "The cheese cooperative's accounts were described as chaotic by the auditor.", "described", "the auditor", "The cheese cooperative's accounts"),
    ("passive", "It is feared that as many as thirty people were on the boat.", "feared", "", "as many as thirty people were on the boat"),
    ("passive", "The ski lift was declared unsafe by engineers after the avalanche.", "declared", "engineers", "The ski lift"),
    ("passive", "The town hall clock is said to be the oldest working clock in the county.", "said", "", "The town hall clock"),
    ("passive", "The vase is believed to date from the Ming dynasty.", "believed", "", "The vase"),
    # ---- a past participle of hearsay modifying its noun: the passive, no source
    ("modifier", "A farmer known to be fond of rare breeds bought the whole herd.", "known", "", "A farmer"),
    ("modifier", "In a season expected to bring record crowds, the club cut ticket prices.", "expected", "", "a season"),
    # ---- adverbs and frames of report
    ("adverb", "The ferry operator is reportedly preparing to sell two of its older vessels.", "reportedly", "", "The ferry operator is"),
    ("adverb", "The festival organisers reportedly owe the caterers more than 60,000 pounds.", "reportedly", "", "The festival organisers"),
    ("adverb", "The fugitive banker was reportedly seen boarding a yacht in Split.", "reportedly", "", "The fugitive banker was"),
    ("adverb", "The goalkeeper allegedly punched a steward in the car park after the match.", "allegedly", "", "The goalkeeper"),
    ("adverb", "The builder allegedly used cheap cement in the foundations of the flats.", "allegedly", "", "The builder"),
    ("adverb", "By all accounts, the new abbess runs the convent with a firm hand.", "accounts", "", "the new abbess runs the convent with a firm hand"),
    ("adverb", "By her own account, Mrs Pallister had never set foot in the casino.", "account", "her", "Mrs Pallister had never set foot in the casino"),
    ("adverb", "The minister officially announced on Tuesday that the toll would be scrapped.", "announced", "The minister", "the toll would be scrapped"),
    ("adverb", "Speaking on the record for the first time, the coach said he had been bullied as a player.", "said", "the coach", "he had been bullied as a player"),
    ("adverb", "The chairman said, in so many words, that the manager's job was safe until May.", "said", "The chairman", "the manager's job was safe until May"),
    ("adverb", "The dean has privately told colleagues that she will step down next year.", "told", "The dean", "she will step down next year"),
    ("adverb", "The inventor reportedly told investors that the battery would last a decade.", "told", "The inventor", "the battery would last a decade"),
    ("adverb", "Ms Orlov publicly accused the landlord of ignoring the damp for years.", "accused", "Ms Orlov", "the landlord of ignoring the damp for years"),
    ("adverb", "The senator reportedly said the bill had no chance in the lower house.", "said", "The senator", "the bill had no chance in the lower house"),
    # ---- anonymous and vague sources
    ("anon", "Sources say the chief constable will not seek a second term.", "say", "Sources", "the chief constable will not seek a second term"),
    ("anon", "A person briefed on the talks said the two airlines were close to a deal.", "said", "A person briefed on the talks", "the two airlines were close to a deal"),
    ("anon", "Insiders say the broadcaster's new drama has gone badly over budget.", "say", "Insiders", "the broadcaster's new drama has gone badly over budget"),
    ("anon", "People close to the negotiations said a ceasefire could be signed within days.", "said", "People close to the negotiations", "a ceasefire could be signed within days"),
    ("anon", "Western officials say the convoy was carrying rocket parts.", "say", "Western officials", "the convoy was carrying rocket parts"),
    ("anon", "Some analysts believe the bank will have to raise fresh capital.", "believe", "Some analysts", "the bank will have to raise fresh capital"),
    ("anon", "Many believe the old bridge should never have been demolished.", "believe", "Many", "the old bridge should never have been demolished"),
    ("anon", "It is widely believed that the governor wants to run for president.", "believed", "", "the governor wants to run for president"),
    ("anon", "Rumours that the shipyard would close spread quickly through the town.", "Rumours", "", "the shipyard would close"),
    ("anon", "There are fears that the drought will ruin this year's olive harvest.", "fears", "", "the drought will ruin this year's olive harvest"),
    ("anon", "There is speculation that the prime minister will call an early election.", "speculation", "", "the prime minister will call an early election"),
    ("anon", "There were reports of gunfire near the border crossing overnight.", "reports", "", "gunfire near the border crossing overnight"),
    ("anon", "The consensus among economists is that inflation has peaked.", "consensus", "economists", "inflation has peaked"),
    ("anon", "The view in Brussels is that the deal cannot be reopened.", "view", "Brussels", "the deal cannot be reopened"),
    ("anon", "A source close to the singer said she had been exhausted for months.", "said", "A source close to the singer", "she had been exhausted for months"),
    ("anon", "Two people familiar with the matter said the board met in secret on Sunday.", "said", "Two people familiar with the matter", "the board met in secret on Sunday"),
    ("anon", "One official, who asked not to be named, said the report had been rewritten twice.", "said", "One official, who asked not to be named", "the report had been rewritten twice"),
    ("anon", "Diplomats say the summit is unlikely to produce a joint statement.", "say", "Diplomats", "the summit is unlikely to produce a joint statement"),
    ("anon", "Critics argue that the new tax will hit pensioners hardest.", "argue", "Critics", "the new tax will hit pensioners hardest"),
    ("anon", "Some residents fear the wind farm will drive away tourists.", "fear", "Some residents", "the wind farm will drive away tourists"),
    ("anon", "According to people with knowledge of the bid, the offer values the club at 300 million euros.", "According to", "people with knowledge of the bid", "the offer values the club at 300 million euros"),
    ("anon", "Officials speaking on condition of anonymity said the pilot had ignored two warnings.", "said", "Officials speaking on condition of anonymity", "the pilot had ignored two warnings"),
    ("anon", "Observers noted that the general did not appear at the parade.", "noted", "Observers", "the general did not appear at the parade"),
    ("anon", "Several witnesses said the van had been driving without lights.", "said", "Several witnesses", "the van had been driving without lights"),
    ("anon", "Aides to the governor privately concede that the budget will not balance.", "concede", "Aides to the governor", "the budget will not balance"),
    ("anon", "Many in the party fear that the leader has lost touch with its members.", "fear", "Many in the party", "the leader has lost touch with its members"),
    ("anon", "Fans suspect the band's reunion tour is about money.", "suspect", "Fans", "the band's reunion tour is about money"),
    ("anon", "There are concerns that the new ward will not have enough nurses.", "concerns", "", "the new ward will not have enough nurses"),
    ("anon", "Word is that the head chef has been poached by a rival hotel.", "Word", "", "the head chef has been poached by a rival hotel"),
    ("anon", "There has been speculation that the festival will move to a bigger site.", "speculation", "", "the festival will move to a bigger site"),
    # ---- hedged, refused and conditional reports
    ("hedged", "The club would neither confirm nor deny that the manager had been sacked.", "confirm", "The club", "the manager had been sacked"),
    ("hedged", "The spokeswoman could not say whether the plant would reopen.", "say", "The spokeswoman", "whether the plant would reopen"),
    ("hedged", "The minister stopped short of saying that the strike was illegal.", "saying", "The minister", "the strike was illegal"),
    ("hedged", "The treasurer declined to say how much the gala had lost.", "declined", "The treasurer", "to say how much the gala had lost"),
    ("hedged", "The archdeacon would only say that the matter was in hand.", "say", "The archdeacon", "the matter was in hand"),
    ("hedged", "The chancellor is expected to announce that fuel duty will be frozen.", "expected", "The chancellor", "fuel duty will be frozen"),
    ("hedged", "The carmaker is set to unveil its first electric van next month.", "set to unveil", "The carmaker", "its first electric van"),
    ("hedged", "Ms Adebayo will tell the conference that the party must win back rural voters.", "tell", "Ms Adebayo", "the party must win back rural voters"),
    ("hedged", "The coach is understood to have told his players that he will leave in the summer.", "understood", "", "The coach"),
    ("hedged", "The company refused to comment on the claims.", "refused", "The company", "the claims"),
    ("hedged", "The hospital declined to comment.", "declined", "The hospital", "to comment"),
    ("hedged", "The police would not confirm the identity of the dead man.", "confirm", "The police", "the identity of the dead man"),
    ("hedged", "The mayor is expected to endorse the tram extension at Thursday's meeting.", "expected", "", "The mayor"),
    ("hedged", "The prosecutor is likely to argue that the fire was started deliberately.", "argue", "The prosecutor", "the fire was started deliberately"),
    ("hedged", "The bishop is due to announce his successor at Easter.", "announce", "The bishop", "his successor at Easter"),
    ("hedged", "The league's chairman is understood to favour a salary cap.", "understood", "", "The league's chairman"),
    ("hedged", "The governor may yet argue that the contract was never signed.", "argue", "The governor", "the contract was never signed"),
    ("hedged", "The minister hinted that the tax could be cut before the election.", "hinted", "The minister", "the tax could be cut before the election"),
    ("hedged", "The director appeared to suggest that the film would have a sequel.", "suggest", "The director", "the film would have a sequel"),
    ("hedged", "The president will say in his speech that the war is nearly over.", "say", "The president", "the war is nearly over"),
    ("hedged", "The agency refused to say where the documents had been found.", "refused", "The agency", "to say where the documents had been found"),
    ("hedged", "Grünwald declined to say whether he had spoken to the prosecutors.", "declined", "Grünwald", "to say whether he had spoken to the prosecutors"),
    # ---- a hedged or passive report inside another's quotation: one report, the quoter's
    ("nested", "The caretaker said: \"It was announced on the radio that the school would shut.\"", "said", "The caretaker", "It was announced on the radio that the school would shut."),
    ("nested", "\"Sources say the bypass is dead,\" the councillor told the meeting.", "told", "the councillor", "Sources say the bypass is dead,"),
    ("nested", "\"The tenants are thought to have moved out,\" the agent wrote.", "wrote", "the agent", "The tenants are thought to have moved out,"),
    # ---- snippets: a pronoun or a role for someone named before
    ("snippet", "Dame Ruth Okonedo chaired the inquiry for two years. She is understood to have told ministers that the report would be damning.", "understood", "", "She"),
    ("snippet", "Paolo Brevi runs the vineyard with his sister. He reportedly told buyers that the 2023 vintage was lost.", "told", "He", "the 2023 vintage was lost"),
    ("snippet", "The Harwick Trust owns the estate. It is expected to announce that the house will open to the public.", "expected", "It", "the house will open to the public"),
    ("snippet", "Inspector Dunmore led the search. He declined to say whether a body had been found.", "declined", "He", "to say whether a body had been found"),
    ("snippet", "Lena Marsh sat on the panel that judged the prize. By her own account, she had argued against the winner.", "account", "her", "she had argued against the winner"),
    ("snippet", "The ministry has been under pressure for weeks. Officials there say the minister will not resign.", "say", "Officials there", "the minister will not resign"),
]

#: the speaker a reader gives each report: text -> speaker (None where nobody is named)
SPEAKERS = {
    "The decision to reopen the pit was welcomed by unions.": "unions",
    "The figure of 4,000 new homes was disputed by the council.": "council",
    "Sources say the chief constable will not seek a second term.": "Sources",
    "People close to the negotiations said a ceasefire could be signed within days.": "People close to the negotiations",
    "The dean has privately told colleagues that she will step down next year.": "dean",
    "Dame Ruth Okonedo chaired the inquiry for two years. She is understood to have told ministers that the report would be damning.": None,
    "Paolo Brevi runs the vineyard with his sister. He reportedly told buyers that the 2023 vintage was lost.": "Paolo Brevi",
    "The Harwick Trust owns the estate. It is expected to announce that the house will open to the public.": "Harwick Trust",
    "Inspector Dunmore led the search. He declined to say whether a body had been found.": "Dunmore",
    "It is understood that the observatory will close its visitor centre in October.": None,
    "Staff at the depot were told that their shifts would be cut from April.": None,
}

#: lines that report nothing: (class, text)
NOT_REPORTS = [
    # ---- report words in another sense
    ("sense", "The phrase is best understood as a metaphor for loss."),
    ("sense", "The reported cases of measles rose by a third last winter."),
    ("sense", "Wind and sun are the cheapest sources of energy in the region."),
    ("sense", "The hikers camped in a spot close to the edge of the cliff."),
    ("sense", "The new library was officially opened by the Duke of Arlen on Saturday."),
    ("sense", "The mill is thought of as the heart of the village."),
    ("sense", "He was told off for running in the corridor."),
    ("sense", "The river rises from two sources in the hills above Glenmore."),
    ("sense", "A person close to the front of the queue fainted in the heat."),
    ("sense", "The dish is claimed by three different regions of Italy."),
    ("sense", "She is expected at the airport by noon."),
    ("sense", "The train is set to leave at half past six."),
    ("sense", "The announced price of the tickets was 40 euros."),
    ("sense", "The bridge was declared open by the mayor's grandson."),
    ("sense", "Critics of the old stadium finally got their wish when it was demolished in May."),
    ("sense", "Her account at the bank was frozen for a week."),
    ("sense", "Ostensibly a fishing trip, the weekend turned into a wedding."),
    ("sense", "The ostensibly simple recipe takes three days to prepare."),
    ("sense", "The record for the fastest crossing still stands after fifty years."),
    ("sense", "She broke the world record in the 400 metres in Rome."),
    ("sense", "The confirmed bachelor married at eighty."),
    ("sense", "The alleged burglar was held in custody overnight."),
    ("sense", "Insiders and outsiders alike queued for the opening of the new market."),
    ("sense", "The word is spelt with two Ls in British English."),
    ("sense", "There are fears of heights and fears of spiders, and she has both."),
    ("sense", "There were reports to file and bills to pay before the holiday."),
    ("sense", "The view from the tower takes in three counties."),
    ("sense", "The consensus building took most of the afternoon."),
    ("sense", "The rumour mill at the school never stops."),
    ("sense", "The midfielder was charged with dangerous driving after the crash."),
    ("sense", "The pilot was arrested for allegedly flying over the stadium during the final."),
    ("sense", "Officials in yellow jackets directed the traffic around the fair."),
    ("sense", "Many came by bus from the neighbouring towns."),
    ("sense", "The speculation market crashed in 1929."),
    ("sense", "Some analysts work from home on Fridays."),
    ("sense", "The expected guests never arrived."),
    ("sense", "Diplomats arrived in limousines for the gala dinner."),
    ("sense", "A source of the Nile was found in the hills of Burundi."),
    ("sense", "The spokeswoman wore a red coat to the launch."),
    ("sense", "In so many ways, the village has not changed since the war."),
    ("sense", "By all means bring a friend to the tasting."),
    ("sense", "Speaking on the record player was a crackly old jazz album."),
    ("sense", "The museum keeps a record of every visitor."),
    ("sense", "Lentils are a cheap source of protein."),
    ("sense", "The expected rain held off until the evening."),
    ("sense", "Many of the houses were built before the war."),
    ("sense", "The farmhands hired to pick the grapes left early."),
    # ---- a past form of hearsay set off by commas after the subject: no report (the sets' convention, test_probe_findings_38_twins)
    ("set_off", "The drover, believed to be in his seventies, was rescued from the moor."),
    ("set_off", "The brooch, said to be worth 9,000 pounds, vanished from the display case."),
    ("sense", "The cottage, built to last a century, fell down in the storm."),
]
