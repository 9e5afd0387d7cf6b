# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fourteen short pieces written for the fifty-fifth session's red team on written text (helper rt3), in the
registers where attribution is mostly indirect, generic or a belief: a news analysis ('critics say', 'supporters
argue', 'some economists believe', 'observers expect', 'many in the party fear'), an op-ed in the first person
that quotes its opponents, an explainer with question subheads ('the order states', 'hydrologists have long
thought'), a fact-check ('The claim:', 'said in a tweet that', 'Our rating:'), an editorial ('This newspaper has
argued'), a book review quoting its author ('she writes', 'as she puts it'), a press review ('The Herald leads on
X, saying Y'), a think-tank briefing ('the paper estimates', 'the authors conclude'), a market commentary
('traders bet that', 'investors fear'), a sports column ('pundits tipped', 'fans insisted'), a science consensus
piece ('a growing body of evidence suggests', 'the IPCC projects'), a profile with remembered speech ('she used to
say', 'she once told me'), a debate recap with rebuttals ('shot back that', 'countered that') and an obituary
quoting tributes.

What counts, following PolNeAR: beliefs, expectations and fears are attributions with their holder as source
('Investors fear that X'), generic holders too ('Critics', 'Many in the governing party'); the writer's own
'I think' / 'We believe' / 'This newspaper has argued' are attributions with 'I' / 'We' / 'This newspaper' as
source; a verdict in the writer's voice ('They are wrong.', 'Our rating: False.'), a question subhead and a
plain fact report nothing. The gold is written by hand: (a word of the cue, the source, the first content span)
per attribution. Every name, place, figure and sentence is made up. Read by ``test_probe_findings_55_rt3``;
``NOT_REPORTS`` holds lines that report nothing, ``STILL_WRONG`` the reports still missed or cut wrong, with the
reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["analysis"] = """ANALYSIS: Why the pension deal may not survive the summer

The agreement struck last week between the government and two of the three big unions was hailed as a breakthrough. It may not last.

Critics say the deal does little for workers who retire early. Supporters argue that raising the age is the only way to keep the fund solvent.

Some economists believe the savings have been overstated by as much as a third. Analysts at Norrbank noted that similar reforms in the 1990s were reversed within two years.

Observers expect the upper house to send the bill back with amendments. Many in the governing party fear a revolt by rural members, who face voters in the autumn.

The minister has insisted there will be no further concessions. Union leaders, for their part, have threatened a general strike in September.

The vote is scheduled for July 14. The fund ran a deficit of 2 billion crowns last year.
"""
GOLD["analysis"] = [
    ("say", "Critics", "the deal does little for workers who retire early"),
    ("argue", "Supporters", "raising the age is the only way to keep the fund solvent"),
    ("believe", "Some economists", "the savings have been overstated by as much as a third"),
    ("noted", "Analysts at Norrbank", "similar reforms in the 1990s were reversed within two years"),
    ("expect", "Observers", "the upper house to send the bill back with amendments"),
    ("insisted", "The minister", "there will be no further concessions"),
]
NOT_REPORTS["analysis"] = ["The vote is scheduled for July 14.", "The fund ran a deficit of 2 billion crowns last year."]

ARTICLES["oped"] = """Our city does not need another stadium

By Lena Hartwig

My opponents on the council claim that the stadium will pay for itself within a decade. They are wrong.

I have read every study they cite, and I am convinced the numbers do not add up. The developers insist that ticket taxes will cover the debt. Yet their own consultants concede that attendance would have to double.

The mayor likes to say that great cities build great venues. He is mistaken.

I suspect most residents would rather see the money spent on buses and swimming pools. I urge every councillor to vote no on Thursday.

Lena Hartwig chairs the Eastside Residents' Association.
"""
GOLD["oped"] = [
    ("claim", "My opponents on the council", "the stadium will pay for itself within a decade"),
    ("convinced", "I", "the numbers do not add up"),
    ("insist", "The developers", "ticket taxes will cover the debt"),
    ("concede", "their own consultants", "attendance would have to double"),
    ("say", "The mayor", "great cities build great venues"),
    ("suspect", "I", "most residents would rather see the money spent on buses and swimming pools"),
    ("urge", "I", "every councillor to vote no on Thursday"),
]
NOT_REPORTS["oped"] = ["They are wrong.", "He is mistaken.", "Lena Hartwig chairs the Eastside Residents' Association."]

ARTICLES["explainer"] = """Hosepipe ban: what it means for you

Here is what we know so far about the restrictions that start on Friday.

What does the ban cover?

The order states that hosepipes may not be used to water gardens or wash cars. The water company says the ban will stay in place until reservoirs recover.

How long will it last?

Hydrologists have long thought that a dry spring matters more than a dry summer. Reservoirs in the south are at 41 percent of capacity.

What do experts say?

Most experts agree that leaks waste far more water than gardeners do. The regulator estimates that a fifth of all treated water is lost through broken pipes.

Can I be fined?

Yes. Fines of up to 1,000 pounds are possible, although the company admits it has never taken anyone to court.
"""
GOLD["explainer"] = [
    ("states", "The order", "hosepipes may not be used to water gardens or wash cars"),
    ("says", "The water company", "the ban will stay in place until reservoirs recover"),
    ("thought", "Hydrologists", "a dry spring matters more than a dry summer"),
    ("agree", "Most experts", "leaks waste far more water than gardeners do"),
    ("estimates", "The regulator", "a fifth of all treated water is lost through broken pipes"),
    ("admits", "the company", "it has never taken anyone to court"),
]
NOT_REPORTS["explainer"] = ["What does the ban cover?", "How long will it last?", "What do experts say?", "Can I be fined?",
                            "Reservoirs in the south are at 41 percent of capacity."]

ARTICLES["factcheck"] = """Fact check: Did the governor cut school funding by half?

The claim: Governor Ruth Abara cut school funding by half, state senator Dale Pruitt said in a tweet on Monday.

Pruitt said in the tweet that the budget for schools had fallen from 4 billion to 2 billion dollars since 2022.

The facts: State budget documents show that school funding rose slightly over the period.

A spokesman for Pruitt told us the senator was referring to a single grant programme. That programme was indeed cut by 48 percent, the state education department confirmed.

Education analysts we spoke to said the grant made up less than 1 percent of school spending. The governor's office called the tweet misleading.

Our rating: False.
"""
GOLD["factcheck"] = [
    ("said", "state senator Dale Pruitt", "Governor Ruth Abara cut school funding by half"),
    ("said", "Pruitt", "the budget for schools had fallen from 4 billion to 2 billion dollars since 2022"),
    ("show", "State budget documents", "school funding rose slightly over the period"),
    ("told", "A spokesman for Pruitt", "the senator was referring to a single grant programme"),
    ("confirmed", "the state education department", "That programme was indeed cut by 48 percent"),
    ("said", "Education analysts we spoke to", "the grant made up less than 1 percent of school spending"),
    ("called", "The governor's office", "the tweet misleading"),
]
NOT_REPORTS["factcheck"] = ["Our rating: False."]

ARTICLES["editorial"] = """The bridge repairs cannot wait

This newspaper has argued for years that the Harbour Bridge needs more than patchwork. Engineers who inspected it in March found that two of its cables had corroded.

The transport authority maintains that the bridge is safe for cars. We are not reassured.

Commuters have told us they feel the deck shake when lorries pass. The bridge carries 60,000 vehicles a day.

Councillors have warned that closing it would cause gridlock. We believe the council should close the bridge to heavy traffic until the work is done.
"""
GOLD["editorial"] = [
    ("argued", "This newspaper", "the Harbour Bridge needs more than patchwork"),
    ("found", "Engineers who inspected it in March", "two of its cables had corroded"),
    ("maintains", "The transport authority", "the bridge is safe for cars"),
    ("told", "Commuters", "they feel the deck shake when lorries pass"),
    ("warned", "Councillors", "closing it would cause gridlock"),
    ("believe", "We", "the council should close the bridge to heavy traffic until the work is done"),
]
NOT_REPORTS["editorial"] = ["We are not reassured.", "The bridge carries 60,000 vehicles a day."]

ARTICLES["review"] = """A history of salt, and of everything else

In her new book, "The White Road", the historian Nadia Fenwick argues that salt shaped empires more than gold did.

"Every army marched on salt," she writes in the opening chapter. Fenwick contends that the salt tax did more to provoke revolts than any religious quarrel.

In an interview, Fenwick told me that she spent six years in archives in Lisbon and Venice. The book runs to 512 pages and includes 40 maps.

As she puts it in the final chapter, "we are still a salted civilisation."
"""
GOLD["review"] = [
    ("argues", "the historian Nadia Fenwick", "salt shaped empires more than gold did"),
    ("writes", "she", "Every army marched on salt"),
    ("contends", "Fenwick", "the salt tax did more to provoke revolts than any religious quarrel"),
    ("told", "Fenwick", "she spent six years in archives in Lisbon and Venice"),
    ("puts", "she", "we are still a salted civilisation"),
]
NOT_REPORTS["review"] = ["The book runs to 512 pages and includes 40 maps."]

ARTICLES["papers"] = """What the papers say: Monday

The Morning Herald leads on the rail strike, saying commuters face a week of chaos.

The Daily Ledger reports that the health secretary is preparing to resign. According to the Evening Courier, ministers have drawn up plans to ration fuel.

The Northern Star's front page claims the prime minister ignored warnings about the floods.

The Financial Chronicle says banks are bracing for a rise in bad loans. Its editorial urges the chancellor to hold his nerve.

The Sunday Mercury has a different story: it says the strike talks are close to a deal.
"""
GOLD["papers"] = [
    ("saying", "The Morning Herald", "commuters face a week of chaos"),
    ("reports", "The Daily Ledger", "the health secretary is preparing to resign"),
    ("According to", "the Evening Courier", "ministers have drawn up plans to ration fuel"),
    ("claims", "The Northern Star's front page", "the prime minister ignored warnings about the floods"),
    ("says", "The Financial Chronicle", "banks are bracing for a rise in bad loans"),
    ("urges", "Its editorial", "the chancellor to hold his nerve"),
    ("says", "it", "the strike talks are close to a deal"),
]
NOT_REPORTS["papers"] = []

ARTICLES["thinktank"] = """Briefing: the cost of empty homes

The paper, published by the Centre for Urban Policy, estimates that 80,000 homes in the region stand empty.

The authors conclude that a tax on vacant property would raise 300 million a year. They recommend that councils be given powers to take over homes left empty for more than five years.

The study finds no evidence that empty homes push up rents in the city centre. The region has 1.2 million homes.

Landlords' groups dispute the figures. The centre's chief economist, Rui Takeda, warned that the tax could be easily avoided.

The government has said it will consider the proposals. Their argument is simple: an empty home is a wasted home.
"""
GOLD["thinktank"] = [
    ("estimates", "The paper, published by the Centre for Urban Policy", "80,000 homes in the region stand empty"),
    ("conclude", "The authors", "a tax on vacant property would raise 300 million a year"),
    ("recommend", "They", "councils be given powers to take over homes left empty for more than five years"),
    ("finds", "The study", "no evidence that empty homes push up rents in the city centre"),
    ("dispute", "Landlords' groups", "the figures"),
    ("warned", "The centre's chief economist, Rui Takeda", "the tax could be easily avoided"),
    ("said", "The government", "it will consider the proposals"),
    ("argument", "Their", "an empty home is a wasted home"),
]
NOT_REPORTS["thinktank"] = ["The region has 1.2 million homes."]

ARTICLES["markets"] = """Markets wrap: bonds slide as rate fears return

Traders bet that the central bank will raise rates again in June after inflation data surprised on the upside. The yield on ten-year bonds rose to 4.8 percent.

Investors fear that higher borrowing costs will hit property developers hardest. Strategists at Keller Hahn expect the currency to strengthen against the dollar.

Markets are pricing in two more increases this year, according to futures data. Currency dealers are betting on a cut in the autumn.

"The market has stopped believing in cuts," said Omar Vance, a fund manager at Brightwater. Some analysts warned that the rally in bank shares would not last.

Gold was flat at 2,310 dollars an ounce.
"""
GOLD["markets"] = [
    ("bet", "Traders", "the central bank will raise rates again in June after inflation data surprised on the upside"),
    ("fear", "Investors", "higher borrowing costs will hit property developers hardest"),
    ("expect", "Strategists at Keller Hahn", "the currency to strengthen against the dollar"),
    ("according to", "futures data", "Markets are pricing in two more increases this year"),
    ("said", "Omar Vance, a fund manager at Brightwater", "The market has stopped believing in cuts"),
    ("warned", "Some analysts", "the rally in bank shares would not last"),
]
NOT_REPORTS["markets"] = ["The yield on ten-year bonds rose to 4.8 percent.", "Gold was flat at 2,310 dollars an ounce."]

ARTICLES["sport"] = """The title race nobody predicted

Before the season, pundits tipped Ashford to finish in the bottom three. Fans insisted all along that the new manager deserved time.

Their captain, Tomas Reyes, admits he did not expect to be top in March. "We just kept winning," he shrugged.

Rival managers grumble that Ashford have had an easy run of fixtures. I think they will fade after Easter, but I have been wrong before.

Ashford play Carlton on Saturday.
"""
GOLD["sport"] = [
    ("insisted", "Fans", "the new manager deserved time"),
    ("admits", "Their captain, Tomas Reyes", "he did not expect to be top in March"),
    ("shrugged", "he", "We just kept winning"),
    ("grumble", "Rival managers", "Ashford have had an easy run of fixtures"),
    ("think", "I", "they will fade after Easter"),
]
NOT_REPORTS["sport"] = ["Ashford play Carlton on Saturday."]

ARTICLES["science"] = """What the science says about heat and sleep

A growing body of evidence suggests that hot nights cut sleep by several hours a year. The IPCC projects that the number of very hot nights will double in much of Europe by 2050.

Sleep researchers have long assumed that people adapt to heat within a few days. A 2024 study of 50,000 fitness trackers found no sign of such adaptation.

Its lead author, Dr Kofi Mensah, said older people were hit hardest. Other scientists caution that trackers measure sleep poorly.

The consensus among sleep doctors is that bedrooms should be kept below 24 degrees.

Fans and open windows help, but only up to a point.
"""
GOLD["science"] = [
    ("suggests", "A growing body of evidence", "hot nights cut sleep by several hours a year"),
    ("projects", "The IPCC", "the number of very hot nights will double in much of Europe by 2050"),
    ("assumed", "Sleep researchers", "people adapt to heat within a few days"),
    ("found", "A 2024 study of 50,000 fitness trackers", "no sign of such adaptation"),
    ("said", "Its lead author, Dr Kofi Mensah", "older people were hit hardest"),
    ("caution", "Other scientists", "trackers measure sleep poorly"),
    ("consensus", "sleep doctors", "bedrooms should be kept below 24 degrees"),
]
NOT_REPORTS["science"] = ["Fans and open windows help, but only up to a point."]

ARTICLES["profile"] = """The woman who kept the lighthouse

By Owen Price

My grandmother, Edith Marr, kept the Fallow Point light for 31 years.

She used to say that the sea never forgave a lazy keeper. "Polish the brass, and the brass will polish you," she would tell us.

She once told me she had seen a ship's lights vanish in a storm. My mother remembers that she never missed a night, even with a broken wrist.

Villagers believed she could smell a storm coming. The light was automated in 1989.
"""
GOLD["profile"] = [
    ("say", "She", "the sea never forgave a lazy keeper"),
    ("tell", "she", "Polish the brass, and the brass will polish you"),
    ("told", "She", "she had seen a ship's lights vanish in a storm"),
    ("remembers", "My mother", "she never missed a night, even with a broken wrist"),
    ("believed", "Villagers", "she could smell a storm coming"),
]
NOT_REPORTS["profile"] = ["My grandmother, Edith Marr, kept the Fallow Point light for 31 years.", "The light was automated in 1989."]

ARTICLES["debate"] = """Five takeaways from the mayoral debate

Deputy mayor Ines Carvalho opened by claiming that crime had fallen in every district. Her rival, Victor Lund, shot back that burglaries had risen by a fifth.

Carvalho countered that his figures included a single bad month. Lund accused her of hiding the police budget.

Carvalho dismissed Lund's housing plan as a fantasy. Snap polls suggested viewers thought Lund had won narrowly.

The next debate is on October 3.
"""
GOLD["debate"] = [
    ("claiming", "Deputy mayor Ines Carvalho", "crime had fallen in every district"),
    ("shot back", "Her rival, Victor Lund", "burglaries had risen by a fifth"),
    ("countered", "Carvalho", "his figures included a single bad month"),
    ("accused", "Lund", "her of hiding the police budget"),
    ("dismissed", "Carvalho", "Lund's housing plan as a fantasy"),
    ("suggested", "Snap polls", "viewers thought Lund had won narrowly"),
]
NOT_REPORTS["debate"] = ["The next debate is on October 3."]

ARTICLES["obituary"] = """Rosa Delgado, composer, 1941-2026

Rosa Delgado, whose film scores won three national awards, has died at 85, her family said.

Paying tribute online, the conductor Alan Birch wrote that he owed her his career. Friends recalled that she composed at night and slept until noon.

"She heard music in everything," said her longtime collaborator, Mina Osei. Delgado once said that silence was the hardest thing to write.

She is survived by two sons.
"""
GOLD["obituary"] = [
    ("said", "her family", "Rosa Delgado, whose film scores won three national awards, has died at 85"),
    ("wrote", "the conductor Alan Birch", "he owed her his career"),
    ("recalled", "Friends", "she composed at night and slept until noon"),
    ("said", "her longtime collaborator, Mina Osei", "She heard music in everything"),
    ("said", "Delgado", "silence was the hardest thing to write"),
]
NOT_REPORTS["obituary"] = ["She is survived by two sons."]

STILL_WRONG = [
    ("analysis", "fear", "Many in the governing party", "a revolt by rural members, who face voters in the autumn",
     "a relative clause set off by a comma after a stance's or a belief's object content is cut as the writer's "
     "aside (``set_off_ends``, measured on PolNeAR: right more often, 'ordered a review of X, which allows Y'); for "
     "the object of a fear it is part of what is feared"),
    ("analysis", "threatened", "Union leaders", "a general strike in September",
     "the parser hangs 'in September' on the verb, and a phrase of time on the cue ends the content; here it dates "
     "the strike threatened, not the threat (the parse decides, and it is often right for 'said X on Monday')"),
    ("sport", "tipped", "pundits", "Ashford to finish in the bottom three",
     "'tip' with an object and an infinitive is a forecast ('tipped X to win') that no lexicon lists: 'tip' alone is "
     "mostly money or a warning ('tipped the waiter', 'tipped off the police'), a frame of its own left for later"),
    ("markets", "betting on", "Currency dealers", "a cut in the autumn",
     "'bet' with no clause is an act by design (``act_verbs.txt``: 'had bet against regional lenders'); 'bet on' a "
     "forecast noun ('a cut') is a market's expectation as 'bet that X' is, which the noun's kind would have to tell"),
]
