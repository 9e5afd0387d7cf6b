# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the fifty-first session's probes (helper probe), one per
genre the earlier probes left out (a press review, reactions to a verdict, an investigation built on
emails and messages, a profile with reminiscence, a disaster update whose toll changes, a transfer
rumour, a social-media row, climate talks, a preprint, a tribute, a Q-and-A interview, a legislature
vote), with the gold written by hand: (a word of the cue, the source, the first content span) per
attribution the pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_51_probes``; ``NOT_REPORTS`` holds each article's lines that report nothing
(headings, captions, questions, titles of works, narration), ``NESTED`` the reports another report
holds (every case the pipeline got wrong when written is mended)."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["pressreview"] = """What the papers say: Thursday

The row over the new reservoir dominates the front pages this morning.

The Morning Ledger reports that the water board knew of cracks in the dam wall as early as March. Its front page carries a photograph of the site under the headline "Cracks in the System".

An editorial in the Northern Herald argues that the board's chairman, Colin Marsh, should resign. "A man who sat on this for six months cannot be trusted to fix it," the paper says.

The Daily Courier takes a different line. It says the board acted on engineers' advice and blames the previous government for cutting the inspection budget.

According to the Evening Star, ministers will announce an independent inquiry later today. The paper quotes a senior official as saying the inquiry would report "within weeks, not months".

Columnist Fiona Reyes, writing in the Weekly Standard, is scathing. She accuses the board of treating residents "like children who cannot handle bad news".

Elsewhere, the Gazette leads on the heatwave, warning that hospitals are preparing for a surge in admissions.
"""

ARTICLES["verdict"] = """Reaction pours in after Halden jury clears nurse

A jury at Halden Crown Court on Tuesday found nurse Abigail Storr not guilty of neglect after a three-week trial.

Reaction was swift.

Outside court, Ms Storr's solicitor, Daniel Frome, read a statement on her behalf. "I have always known I did nothing wrong. I want to go back to caring for patients," it said.

The family of the patient, Mr Ernest Vale, said they were "devastated" by the verdict. "We will never get the answers we were promised," his daughter Joan told reporters.

The Royal College of Nursing welcomed the outcome. Its regional director, Mark Hollis, said: "Nurses work under enormous pressure. This case should never have come to court."

The hospital trust said it would review its procedures but declined to comment further.

Campaign group Patients First called the verdict "a missed opportunity for accountability".

Not everyone agreed. Retired judge Sir Alan Pike said on Radio Halden that the jury had clearly weighed the evidence with care.

The trial heard that the ward was short of four nurses on the night Mr Vale fell.
"""

ARTICLES["emails"] = """Emails reveal council was warned about flats fire risk

Senior officials at Redbridge council were told two years ago that cladding on the Marlow Court flats was unsafe, internal emails obtained by this newspaper show.

In an email seen by the Chronicle, building inspector Tom Garside wrote to his manager in June 2022: "If this catches, it will go up like a torch."

His manager, Karen Blyth, replied the same day that there was "no budget this year" for replacement.

A memo dated May 3 warns that the council "could face significant legal exposure" if residents were harmed. The memo, marked confidential, was sent to the chief executive.

Messages between two councillors show that they discussed keeping the report from the housing committee. "Let's not put this in writing," one wrote.

Ms Blyth did not respond to requests for comment. A council spokeswoman said the authority had acted "in line with the advice available at the time".

The Marlow Court residents' association said the emails confirmed its worst fears. Its chair, Deepa Shah, said residents had complained about the cladding since 2020.

The cladding was finally removed in January.
"""

ARTICLES["profile"] = """The baker of Fenwick Street

At six every morning, Rosa Caldera unlocks the door of the bakery her father opened in 1968.

She recalls sitting on a flour sack as a girl, watching him shape loaves. "He never measured anything. He said the dough would tell him when it was ready," she says.

Caldera, now 71, remembers thinking the shop would close when he died. It didn't. Her brother wanted to sell, she says, but she persuaded him to wait a year.

That year became forty.

Her regulars are fiercely loyal. "I've bought my bread here since I was a student," says Graham Otley, a retired teacher. "Rosa knows what everyone wants before they ask."

She insists there is no secret recipe. "People think it's magic. It's just patience and good flour."

Caldera admits the business is harder now. Rents on the street have tripled, and she believes that the chain cafés will eventually push her out.

Asked whether she would ever retire, she laughs. "My father worked until he was 84. I have some way to go."

The bakery appears in the 2019 documentary "Bread and Bones", which won a prize at the Lisbon festival.
"""

ARTICLES["quake"] = """Death toll from Sarovan earthquake rises to 212

The death toll from Monday's earthquake in northern Sarovan has risen to 212, officials said on Wednesday, as rescuers continued to search collapsed buildings.

The national disaster agency raised the death toll to 212 from 180 overnight after teams reached three mountain villages cut off by landslides.

On Tuesday the agency had revised down the number of missing from 400 to 150, saying many people had been found in shelters.

"We are still finding survivors, and we will not stop," said agency director Leila Moradi. She warned that the toll was likely to rise further.

The Red Crescent said 14,000 people were homeless and that tents and blankets were urgently needed. A spokesman for the group, Omar Hadi, told Reuters that aid convoys were being held up by damaged roads.

The quake, of magnitude 6.8, struck at 3:14 a.m. local time, according to the US Geological Survey.

Seismologists said aftershocks could continue for weeks. Dr Anna Berg of the Alpine Geophysics Centre said buildings weakened by the first shock were at particular risk.

Photo: Rescuers search the rubble in Kalan on Tuesday.
"""

ARTICLES["transfer"] = """Striker Mensah close to Rovers move

Rovers are understood to have agreed a fee of 18 million pounds with Portuguese side Vitoria for striker Kwame Mensah.

The 24-year-old is reportedly keen on the move and has already agreed personal terms, Sky Sports reported on Friday.

Sources at the club say a medical could take place as early as Monday. One insider said the deal was "95 percent done".

Vitoria have been reluctant to sell. Their president, Rui Almeida, insisted last month that Mensah was "not for sale at any price".

Rovers manager Steve Boyd refused to be drawn on the rumours. "I don't talk about players at other clubs," he told a press conference. "We're looking at options, like every club."

Mensah scored 22 goals last season. Boyd is believed to see him as the replacement for captain Lee Hart, who is out until March with a knee injury.

City were also said to be interested, but their bid fell short, according to people familiar with the talks.

The transfer window closes on Thursday at 11 p.m.
"""

ARTICLES["social"] = """Minister apologises for since-deleted post about flood victims

Transport minister Gavin Pryce has apologised after a post about flood victims drew thousands of angry replies.

In a since-deleted post on X, Pryce wrote that residents "chose to live on a flood plain and should have known the risks".

The post was online for about two hours. Screenshots shared widely show it had been viewed more than a million times before it was removed.

Later on Sunday, Pryce posted a video apologising. "I got it badly wrong, and I am sorry," he said in the clip.

Local MP Helen Ashby wrote on Instagram that the comments were "cruel and ignorant". She added: "People here have lost everything."

The prime minister's office said Pryce had been spoken to. A Downing Street source told the Mirror that the prime minister was "furious".

Singer Jade Morrow, whose home town was among those flooded, shared a photo of her old school under water with the caption "This is not a choice."

A petition calling for Pryce to resign has gathered 80,000 signatures.

Caption: Gavin Pryce at a transport conference last month.
"""

ARTICLES["climate"] = """Climate talks stall over finance as deadline nears

Negotiators at the Valletta climate summit worked through the night on Friday, but a draft text seen by this newspaper still contains no figure for climate finance.

The draft, dated Friday morning, says rich countries "should scale up" support for adaptation but sets no target.

Delegates from small island states warned that they could not accept a deal without money. "For us this is not a debate about percentages. It is about whether our countries exist in 2100," said Tuvalan envoy Mere Tafa.

Negotiators said the biggest gap was between the EU and a group of oil-producing states. An EU official, speaking on condition of anonymity, said the bloc was ready to move "if others move too".

Saudi delegate Faisal Al-Rashid rejected claims that his country was blocking progress. He said it was "simply defending the interests of developing economies".

The summit president, Maria Zammit, told delegates on Saturday morning that she expected a final text by noon.

Observers are sceptical. Climate analyst Jonas Weber believes the talks will run into Sunday.

The summit was due to end on Friday evening.
"""

ARTICLES["preprint"] = """Study links night shifts to faster ageing of the brain

Nurses who work night shifts for more than a decade show signs of faster brain ageing, a new study suggests.

The study, which has not been peer reviewed, suggests that years of disrupted sleep may shrink parts of the brain involved in memory.

The researchers scanned the brains of 1,200 nurses in Norway. "Our findings are consistent with a growing body of evidence on circadian disruption," the authors write.

The paper argues that hospitals should limit the number of consecutive night shifts. It also calls for more research into whether the effects can be reversed.

Lead author Dr Ingrid Haugen said the results were "a warning, not a verdict". She stressed that the study showed an association, not a cause.

Other scientists urged caution. Professor Sam Achterberg, a sleep researcher who was not involved in the work, said the sample was large but the measurements were "quite crude".

"I'd want to see this replicated before anyone changes rotas," he told the Science Media Centre.

The paper, titled "Circadian strain and cortical thinning in shift workers", was posted on the medRxiv server on Monday.
"""

ARTICLES["tribute"] = """Tributes paid to broadcaster June Hallam, who has died at 88

Tributes have been paid to the broadcaster June Hallam, who has died at the age of 88.

Hallam presented the radio programme "Morning Voices" for 31 years. Her family said she died peacefully at home on Sunday.

The director general of the BBC, Tim Davie, paid tribute to her as "a broadcaster of rare warmth and wit".

Former colleague Peter Lund described her as the kindest person he had ever worked with. "She remembered every guest's name, and every guest's children's names," he said.

Writer Anita Desai, a frequent guest, said Hallam had an uncanny gift for making nervous people relax.

Hallam once said that she never prepared questions. "If you write them down, you stop listening," she told an interviewer in 1994.

She was born in Leeds in 1936 and joined the BBC as a typist.

The prime minister said her voice had been "part of the fabric of British mornings".

A memorial service will be held in Leeds next month.
"""

ARTICLES["qa"] = """'I never planned to be a mayor': an interview with Nadia Karim

Nadia Karim was elected mayor of Eastport in May, the city's youngest ever. We spoke to her about housing, buses and her first hundred days.

Q: You were a schoolteacher two years ago. What changed?

A: I got tired of complaining. Every parent at the school gates had a story about housing, and nobody at the town hall seemed to listen.

Q: Your critics say you have no experience of running a budget this size.

A: They're right that I've never run a city. But I've run a classroom of thirty teenagers, and that teaches you a lot about priorities.

Q: What is your biggest achievement so far?

A: The bus fare freeze. It cost less than people think and it helped the people who needed it most.

Q: And your biggest mistake?

A: Probably announcing the tram plan before we had the money. I should have waited.

Karim says she will decide next year whether to stand again. Her opponents in the council have said they will try to block the tram plan.

This interview has been edited for length and clarity.
"""

ARTICLES["vote"] = """Assembly rejects housing amendment by four votes

The regional assembly on Wednesday rejected an amendment that would have capped rent rises at 5 percent, by 41 votes to 37.

The amendment, tabled by Green member Oona Flynn, says landlords "may not increase rent by more than five percent in any twelve-month period".

Flynn spoke in favour of the measure for nearly an hour. "Tenants in this region are paying half their wages to landlords," she told the chamber. "That is not a market. That is a trap."

Conservative member Rhys Vaughan voted against. He argued that rent caps would drive landlords out of the market and reduce supply.

Three Labour members abstained. One of them, Karen Doyle, said afterwards that she supported the aim but feared the amendment was badly drafted.

The housing minister, Eamon Price, said the government would bring forward its own proposals in the autumn.

Tenants' groups reacted angrily. "Today the assembly chose landlords over families," said Generation Rent spokesman Alex Moore.

The session was adjourned at 6:40 p.m. Members will debate the budget on Thursday.

The vote followed months of protests outside the assembly building.
"""

GOLD["pressreview"] = [
    ("reports", "The Morning Ledger", "the water board knew of cracks in the dam wall as early as March"),
    ("argues", "An editorial in the Northern Herald", "the board's chairman, Colin Marsh, should resign"),
    ("says", "the paper", "A man who sat on this for six months cannot be trusted to fix it"),
    ("says", "It", "the board acted on engineers' advice"),
    ("According to", "the Evening Star", "ministers will announce an independent inquiry later today"),
    ("quotes", "The paper", "a senior official as saying the inquiry would report \"within weeks, not months\""),
    ("accuses", "She", "the board of treating residents \"like children who cannot handle bad news\""),
    ("warning", "the Gazette", "hospitals are preparing for a surge in admissions"),
]
NOT_REPORTS["pressreview"] = ["What the papers say: Thursday", "The row over the new reservoir dominates the front pages this morning.",
                              "Its front page carries a photograph of the site under the headline \"Cracks in the System\".",
                              "Columnist Fiona Reyes, writing in the Weekly Standard, is scathing."]

GOLD["verdict"] = [
    ("said", "it", "I have always known I did nothing wrong. I want to go back to caring for patients"),
    ("said", "The family of the patient, Mr Ernest Vale", "they were \"devastated\" by the verdict"),
    ("told", "his daughter Joan", "We will never get the answers we were promised"),
    ("welcomed", "The Royal College of Nursing", "the outcome"),
    ("said", "Its regional director, Mark Hollis", "Nurses work under enormous pressure. This case should never have come to court"),
    ("said", "The hospital trust", "it would review its procedures"),
    ("said", "Retired judge Sir Alan Pike", "the jury had clearly weighed the evidence with care"),
    ("called", "Campaign group Patients First", "the verdict \"a missed opportunity for accountability\""),
]
NOT_REPORTS["verdict"] = ["Reaction pours in after Halden jury clears nurse", "Reaction was swift.", "Not everyone agreed."]

GOLD["emails"] = [
    ("show", "internal emails obtained by this newspaper", "Senior officials at Redbridge council were told two years ago that cladding on the Marlow Court flats was unsafe"),
    ("wrote", "building inspector Tom Garside", "If this catches, it will go up like a torch"),
    ("replied", "His manager, Karen Blyth", "there was \"no budget this year\" for replacement"),
    ("warns", "A memo dated May 3", "the council \"could face significant legal exposure\" if residents were harmed"),
    ("show", "Messages between two councillors", "they discussed keeping the report from the housing committee"),
    ("wrote", "one", "Let's not put this in writing"),
    ("said", "A council spokeswoman", "the authority had acted \"in line with the advice available at the time\""),
    ("said", "The Marlow Court residents' association", "the emails confirmed its worst fears"),
    ("said", "Its chair, Deepa Shah", "residents had complained about the cladding since 2020"),
]
NOT_REPORTS["emails"] = ["The cladding was finally removed in January."]

GOLD["profile"] = [
    ("recalls", "She", "sitting on a flour sack as a girl, watching him shape loaves"),
    ("says", "she", "He never measured anything. He said the dough would tell him when it was ready"),
    ("thinking", "Caldera, now 71", "the shop would close when he died"),
    ("says", "she", "Her brother wanted to sell"),
    ("says", "Graham Otley, a retired teacher", "I've bought my bread here since I was a student"),
    ("insists", "She", "there is no secret recipe"),
    ("admits", "Caldera", "the business is harder now"),
    ("believes", "she", "the chain cafés will eventually push her out"),
]
NOT_REPORTS["profile"] = ["At six every morning, Rosa Caldera unlocks the door of the bakery her father opened in 1968.",
                          "That year became forty.",
                          "The bakery appears in the 2019 documentary \"Bread and Bones\", which won a prize at the Lisbon festival."]

GOLD["quake"] = [
    ("said", "officials", "The death toll from Monday's earthquake in northern Sarovan has risen to 212"),
    ("saying", "the agency", "many people had been found in shelters"),
    ("said", "agency director Leila Moradi", "We are still finding survivors, and we will not stop"),
    ("warned", "She", "the toll was likely to rise further"),
    ("said", "The Red Crescent", "14,000 people were homeless and that tents and blankets were urgently needed"),
    ("told", "A spokesman for the group, Omar Hadi", "aid convoys were being held up by damaged roads"),
    ("according to", "the US Geological Survey", "The quake, of magnitude 6.8, struck at 3:14 a.m. local time"),
    ("said", "Seismologists", "aftershocks could continue for weeks"),
    ("said", "Dr Anna Berg of the Alpine Geophysics Centre", "buildings weakened by the first shock were at particular risk"),
]
NOT_REPORTS["quake"] = ["Photo: Rescuers search the rubble in Kalan on Tuesday."]

GOLD["transfer"] = [
    ("reported", "Sky Sports", "The 24-year-old is reportedly keen on the move and has already agreed personal terms"),
    ("say", "Sources at the club", "a medical could take place as early as Monday"),
    ("said", "One insider", "the deal was \"95 percent done\""),
    ("insisted", "Their president, Rui Almeida", "Mensah was \"not for sale at any price\""),
    ("told", "he", "I don't talk about players at other clubs"),
    ("according to", "people familiar with the talks", "City were also said to be interested, but their bid fell short"),
]
NOT_REPORTS["transfer"] = ["Mensah scored 22 goals last season.", "The transfer window closes on Thursday at 11 p.m."]

GOLD["social"] = [
    ("wrote", "Pryce", "residents \"chose to live on a flood plain and should have known the risks\""),
    ("show", "Screenshots shared widely", "it had been viewed more than a million times before it was removed"),
    ("said", "he", "I got it badly wrong, and I am sorry"),
    ("wrote", "Local MP Helen Ashby", "the comments were \"cruel and ignorant\""),
    ("added", "She", "People here have lost everything"),
    ("said", "The prime minister's office", "Pryce had been spoken to"),
    ("told", "A Downing Street source", "the prime minister was \"furious\""),
]
NOT_REPORTS["social"] = ["Transport minister Gavin Pryce has apologised after a post about flood victims drew thousands of angry replies.",
                         "The post was online for about two hours.",
                         "A petition calling for Pryce to resign has gathered 80,000 signatures.",
                         "Caption: Gavin Pryce at a transport conference last month."]

GOLD["climate"] = [
    ("says", "The draft, dated Friday morning", "rich countries \"should scale up\" support for adaptation"),
    ("warned", "Delegates from small island states", "they could not accept a deal without money"),
    ("said", "Tuvalan envoy Mere Tafa", "For us this is not a debate about percentages. It is about whether our countries exist in 2100"),
    ("said", "Negotiators", "the biggest gap was between the EU and a group of oil-producing states"),
    ("said", "An EU official", "the bloc was ready to move \"if others move too\""),
    ("said", "He", "it was \"simply defending the interests of developing economies\""),
    ("told", "The summit president, Maria Zammit", "she expected a final text by noon"),
    ("believes", "Climate analyst Jonas Weber", "the talks will run into Sunday"),
]
NOT_REPORTS["climate"] = ["Observers are sceptical.", "The summit was due to end on Friday evening."]

GOLD["preprint"] = [
    ("suggests", "a new study", "Nurses who work night shifts for more than a decade show signs of faster brain ageing"),
    ("suggests", "The study, which has not been peer reviewed", "years of disrupted sleep may shrink parts of the brain involved in memory"),
    ("write", "the authors", "Our findings are consistent with a growing body of evidence on circadian disruption"),
    ("argues", "The paper", "hospitals should limit the number of consecutive night shifts"),
    ("said", "Lead author Dr Ingrid Haugen", "the results were \"a warning, not a verdict\""),
    ("stressed", "She", "the study showed an association, not a cause"),
    ("said", "Professor Sam Achterberg, a sleep researcher who was not involved in the work", "the sample was large but the measurements were \"quite crude\""),
    ("told", "he", "I'd want to see this replicated before anyone changes rotas"),
]
NOT_REPORTS["preprint"] = ["The researchers scanned the brains of 1,200 nurses in Norway.",
                           "The paper, titled \"Circadian strain and cortical thinning in shift workers\", was posted on the medRxiv server on Monday."]

GOLD["tribute"] = [
    ("said", "Her family", "she died peacefully at home on Sunday"),
    ("described", "Former colleague Peter Lund", "her as the kindest person he had ever worked with"),
    ("said", "he", "She remembered every guest's name, and every guest's children's names"),
    ("said", "Writer Anita Desai, a frequent guest", "Hallam had an uncanny gift for making nervous people relax"),
    ("said", "Hallam", "she never prepared questions"),
    ("told", "she", "If you write them down, you stop listening"),
    ("said", "The prime minister", "her voice had been \"part of the fabric of British mornings\""),
    ("paid tribute", "The director general of the BBC, Tim Davie", "a broadcaster of rare warmth and wit"),
]
NOT_REPORTS["tribute"] = ["Hallam presented the radio programme \"Morning Voices\" for 31 years.",
                          "She was born in Leeds in 1936 and joined the BBC as a typist.",
                          "A memorial service will be held in Leeds next month."]

GOLD["qa"] = [
    (":", "A", "I got tired of complaining. Every parent at the school gates had a story about housing, and nobody at the town hall seemed to listen"),
    (":", "A", "The bus fare freeze. It cost less than people think and it helped the people who needed it most"),
    (":", "A", "Probably announcing the tram plan before we had the money. I should have waited"),
    ("says", "Karim", "she will decide next year whether to stand again"),
    ("have said", "Her opponents in the council", "they will try to block the tram plan"),
]
NOT_REPORTS["qa"] = ["Q: You were a schoolteacher two years ago. What changed?", "Q: What is your biggest achievement so far?",
                     "Q: And your biggest mistake?", "This interview has been edited for length and clarity."]

GOLD["vote"] = [
    ("says", "The amendment, tabled by Green member Oona Flynn", "landlords \"may not increase rent by more than five percent in any twelve-month period\""),
    ("told", "she", "Tenants in this region are paying half their wages to landlords"),
    ("argued", "He", "rent caps would drive landlords out of the market and reduce supply"),
    ("said", "One of them, Karen Doyle", "she supported the aim but feared the amendment was badly drafted"),
    ("said", "The housing minister, Eamon Price", "the government would bring forward its own proposals in the autumn"),
    ("said", "Generation Rent spokesman Alex Moore", "Today the assembly chose landlords over families"),
    ("favour", "Flynn", "the measure"),
]
NOT_REPORTS["vote"] = ["Conservative member Rhys Vaughan voted against.",
                       "Three Labour members abstained.", "Tenants' groups reacted angrily.",
                       "The session was adjourned at 6:40 p.m. Members will debate the budget on Thursday.",
                       "The vote followed months of protests outside the assembly building."]

NESTED = {
    # ('The paper quotes a senior official as saying X': the paper's report since the seventieth pass, as PolNeAR
    # train marks 'quoted Y as saying' 5 of 5; the official's own is nested in it, ``relayed_reports``)
    "pressreview": [("saying", "a senior official", "the inquiry would report \"within weeks, not months\"")],
    "profile": [("said", "He", "the dough would tell him when it was ready")],
    "vote": [("feared", "she", "the amendment was badly drafted")],
}
