# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the fiftieth session's style probes (helper probe2), one per
house style the earlier probes left out: a financial newswire story with unnamed people familiar
with the matter, a state-media report, a tabloid story with a pal and insiders, an Australian
regional story, a match report with both managers' quotes, a council-meeting write-up with speakers
by ward, a magazine opening with a delayed speaker, an op-ed in the writer's first person, a court
sentencing with the judge's remarks over several paragraphs, a science story with an outside
expert's caution, a weather warning bulletin and a book-prize announcement with the judges'
citation. The gold is written by hand: (a word of the cue, the source, the first content span) per
attribution the pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_50_styles``; ``NOT_REPORTS`` holds each article's lines that report nothing
(headlines, a bulletin's orders, narration, boilerplate). Not asserted: the op-ed writer's own 'I
argue' and 'I think', which the pipeline keeps as the byline's reports (PolNeAR marks the writer's
first person; one strict xfail in the test), and headline verbs of stance with a noun for content
('Farmers fear fruit fly spread', 'Council backs cycle lane')."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["newswire"] = """Carrow Foods weighs sale of frozen unit, sources say

LONDON, March 3 (Newsline) - Carrow Foods is exploring a sale of its frozen-meals business that could value the unit at about 900 million pounds, people familiar with the matter said.

The company has hired an investment bank to sound out potential buyers, including two private equity firms, according to a person briefed on the talks. No decision has been made and Carrow could still keep the unit, the person added.

A spokeswoman for Carrow declined to comment. Pellam Capital, one of the firms named as a possible bidder, did not respond to a request for comment.

Carrow's chief executive, Ruth Danvers, told investors in January that the group would "look hard at every part of the portfolio" after two years of falling margins.

Analysts at Brightwater Securities said in a note on Tuesday that a sale would let the company cut debt. Shares in Carrow rose 4 percent in early trading.

(Reporting by Tomas Whitlow; Editing by Jane Farrier)
"""
GOLD["newswire"] = [
    ("said", "people familiar with the matter", "Carrow Foods is exploring a sale of its frozen-meals business that could value the unit at about 900 million pounds"),
    ("according to", "a person briefed on the talks", "The company has hired an investment bank to sound out potential buyers, including two private equity firms"),
    ("added", "the person", "No decision has been made and Carrow could still keep the unit"),
    ("told", "Carrow's chief executive, Ruth Danvers", "the group would \"look hard at every part of the portfolio\" after two years of falling margins"),
    ("said", "Analysts at Brightwater Securities", "a sale would let the company cut debt"),
]
NOT_REPORTS["newswire"] = [
    "Shares in Carrow rose 4 percent in early trading.",
    "(Reporting by Tomas Whitlow; Editing by Jane Farrier)",
]

ARTICLES["statemedia"] = """Premier inspects grain stores in northern province

NORTHGATE, May 12 (National News Agency) -- Premier Lao Wenjun on Sunday inspected grain reserves in the northern province of Hebao and called for greater efforts to secure the summer harvest, the official news agency reported.

The premier stressed that food security is the foundation of national stability and urged local officials to repair irrigation channels before the rainy season.

A commentary in the party newspaper on Monday said the inspection showed the leadership's deep concern for farmers. "The people's rice bowl must be held firmly in their own hands," the commentary said.

Provincial governor Ma Delin said the province had completed 96 percent of its spring sowing. He pledged that Hebao would raise output by five percent this year.

Farmers interviewed by the agency said they welcomed new subsidies for seed and fertiliser.

The province produced 31 million tonnes of grain last year.
"""
GOLD["statemedia"] = [
    ("reported", "the official news agency", "Premier Lao Wenjun on Sunday inspected grain reserves in the northern province of Hebao and called for greater efforts to secure the summer harvest"),
    ("stressed", "The premier", "food security is the foundation of national stability"),
    ("said", "A commentary in the party newspaper", "the inspection showed the leadership's deep concern for farmers"),
    ("said", "the commentary", "The people's rice bowl must be held firmly in their own hands"),
    ("said", "Provincial governor Ma Delin", "the province had completed 96 percent of its spring sowing"),
    ("pledged", "He", "Hebao would raise output by five percent this year"),
    ("said", "Farmers interviewed by the agency", "they welcomed new subsidies for seed and fertiliser"),
]
NOT_REPORTS["statemedia"] = [
    "Premier inspects grain stores in northern province",
    "The province produced 31 million tonnes of grain last year.",
]

ARTICLES["tabloid"] = """TELLY STAR'S SECRET WEDDING! Soap hunk Jake Morrow weds in beach bash

Soap heartthrob Jake Morrow has secretly tied the knot with his childhood sweetheart in a sun-soaked ceremony!

The 34-year-old star swapped vows with make-up artist Leanne Cole on a Greek island last weekend in front of just 20 guests.

A pal told The Sun: "Jake wanted it kept quiet. He's never been happier and he didn't want a circus."

Insiders claim the couple flew in their own chef and spent a fortune on flowers. One source said: "It cost more than most people's houses."

Jake's rep confirmed the news, saying the pair were "over the moon".

The actor, who plays bad boy Danny in the long-running soap, first met Leanne at school in Leeds. What a love story!

Leanne's mum Sheila said: "We couldn't be prouder of them both."
"""
GOLD["tabloid"] = [
    ("told", "A pal", "Jake wanted it kept quiet. He's never been happier and he didn't want a circus"),
    ("claim", "Insiders", "the couple flew in their own chef and spent a fortune on flowers"),
    ("said", "One source", "It cost more than most people's houses"),
    ("saying", "Jake's rep", "the pair were \"over the moon\""),
    ("said", "Leanne's mum Sheila", "We couldn't be prouder of them both"),
]
NOT_REPORTS["tabloid"] = [
    "TELLY STAR'S SECRET WEDDING! Soap hunk Jake Morrow weds in beach bash",
    "Soap heartthrob Jake Morrow has secretly tied the knot with his childhood sweetheart in a sun-soaked ceremony!",
    "What a love story!",
]

ARTICLES["regional"] = """Farmers fear fruit fly spread after outbreak near Mildura

Citrus growers in the Sunraysia region are bracing for tough restrictions after fruit fly larvae were found in a backyard orchard near Mildura.

Grower Gavin Pratt told the ABC the outbreak could not have come at a worse time. "We're three weeks off picking, mate, and now we don't know if we can get our fruit across the border," Mr Pratt said.

Agriculture Victoria said a 15-kilometre control zone would be set up around the property from Friday.

Member for Mildura Ali Cupper said the government had been warned about gaps in roadside checks. "This is exactly what we said would happen," Ms Cupper said.

A spokesperson for the Agriculture Minister said inspectors were working with growers and the restrictions would be reviewed in a fortnight.

Residents are asked not to move home-grown fruit out of the zone.
"""
GOLD["regional"] = [
    ("told", "Grower Gavin Pratt", "the outbreak could not have come at a worse time"),
    ("said", "Mr Pratt", "We're three weeks off picking, mate, and now we don't know if we can get our fruit across the border"),
    ("said", "Agriculture Victoria", "a 15-kilometre control zone would be set up around the property from Friday"),
    ("said", "Member for Mildura Ali Cupper", "the government had been warned about gaps in roadside checks"),
    ("said", "Ms Cupper", "This is exactly what we said would happen"),
    ("said", "A spokesperson for the Agriculture Minister", "inspectors were working with growers and the restrictions"),  # (the parser split it there)
]
NOT_REPORTS["regional"] = [
    "Citrus growers in the Sunraysia region are bracing for tough restrictions after fruit fly larvae were found in a backyard orchard near Mildura.",
]

ARTICLES["match"] = """Ashby snatch late winner to deepen Dunmore's gloom

Ashby Town 2 Dunmore United 1

A stoppage-time header from substitute Kieran Bell gave Ashby Town a third straight win and left Dunmore United one place above the relegation zone.

Dunmore had led through Marco Silvi's first-half penalty, but Ashby levelled when Owen Price turned in a low cross on the hour.

Ashby manager Phil Garvey praised his side's patience. "We kept knocking on the door and the lads never stopped believing," he said. "Kieran's been waiting for his chance and he took it."

Dunmore boss Steve Rankin was furious about the build-up to the winner, insisting his goalkeeper had been fouled. "It's a clear push and everyone in the ground saw it except the referee," Rankin said. "We're getting nothing at the moment."

Rankin added that he would speak to the club's board this week.

Ashby travel to Kelbrook on Saturday.
"""
GOLD["match"] = [
    ("said", "he", "We kept knocking on the door and the lads never stopped believing"),
    ("insisting", "Dunmore boss Steve Rankin", "his goalkeeper had been fouled"),
    ("said", "Rankin", "It's a clear push and everyone in the ground saw it except the referee"),
    ("added", "Rankin", "he would speak to the club's board this week"),
]
NOT_REPORTS["match"] = [
    "Ashby Town 2 Dunmore United 1",
    "Dunmore had led through Marco Silvi's first-half penalty, but Ashby levelled when Owen Price turned in a low cross on the hour.",
    "Ashby travel to Kelbrook on Saturday.",
]

ARTICLES["council"] = """Council backs cycle lane on Mill Road despite traders' objections

Brackley councillors voted 9-5 on Tuesday night to approve a protected cycle lane along Mill Road, after a meeting that ran past 11pm.

Cllr Janet Oyelaran (Lab, Castle ward) said the lane would make the road safer for children walking to school. "We have had three serious collisions on that stretch in two years," she told the chamber.

Cllr Derek Simms (Con, Mill ward) argued that removing 40 parking spaces would drive shoppers away. He said traders had not been properly consulted.

Speaking in the public gallery, shop owner Farida Kahn said her takings had already fallen by a third since the works were announced.

Cllr Paul Edge (Ind, Northfield ward) said he supported the lane but asked officers to report back on loading bays within six months.

The council's head of highways, Mark Tully, told members that work would begin in September.

The meeting also approved a rise in allotment fees.
"""
GOLD["council"] = [
    ("said", "Cllr Janet Oyelaran (Lab, Castle ward)", "the lane would make the road safer for children walking to school"),
    ("told", "she", "We have had three serious collisions on that stretch in two years"),
    ("argued", "Cllr Derek Simms (Con, Mill ward)", "removing 40 parking spaces would drive shoppers away"),
    ("said", "He", "traders had not been properly consulted"),
    ("said", "shop owner Farida Kahn", "her takings had already fallen by a third since the works were announced"),
    ("said", "Cllr Paul Edge (Ind, Northfield ward)", "he supported the lane"),
    ("told", "The council's head of highways, Mark Tully", "work would begin in September"),
]
NOT_REPORTS["council"] = [
    "Brackley councillors voted 9-5 on Tuesday night to approve a protected cycle lane along Mill Road, after a meeting that ran past 11pm.",
    "The meeting also approved a rise in allotment fees.",
]

ARTICLES["magazine"] = """The Last Lighthouse Keeper

The wind comes off the sea at forty knots, and the door of the lamp room shudders on its hinges. Below, the waves break white against the rocks. The kettle has been on for an hour.

For thirty-one years, this has been the only view from the kitchen window. The paint on the sill has peeled and been painted over so many times that it feels like bark.

A tall man in a wool jumper climbs the last of the iron stairs, wipes his glasses, and looks out at the water. "People think it's lonely," says Hamish Lorne, the last keeper of the Skerry Point light. "It's the least lonely place I know. The sea is always talking."

When the light was automated in 1998, Lorne was told his job no longer existed. He stayed anyway, renting the cottage from the trust that now owns it.

His daughter, Isla, remembers a childhood of storms and candlelight. "We thought everyone lived like that," she says.
"""
GOLD["magazine"] = [
    ("says", "Hamish Lorne, the last keeper of the Skerry Point light", "People think it's lonely"),
    ("says", "she", "We thought everyone lived like that"),
]
NOT_REPORTS["magazine"] = [
    "The wind comes off the sea at forty knots, and the door of the lamp room shudders on its hinges.",
    "For thirty-one years, this has been the only view from the kitchen window.",
    "He stayed anyway, renting the cottage from the trust that now owns it.",
]

ARTICLES["oped"] = """Opinion: Our town needs more homes, not more excuses

By Clara Vinton

I have lived in Easterby for twenty years, and I have watched my neighbours' children move away because they cannot afford to stay. I argue that the council's refusal to allow new housing on the old depot site is a mistake we will regret for a generation.

I believe the objections are mostly about views, not about traffic or drainage. I would go further: blocking the scheme protects the comfortable at the expense of the young.

Opponents disagree. The Easterby Residents' Association has said the development would "overwhelm roads that are already at breaking point". Its chairman, Gordon Ash, told a public meeting last month that the site should become a park.

Councillor Nina Brook claimed that the town had "already done its share" of building.

With respect, I think they are wrong. Nobody is asking to concrete over the meadows. We are asking for 120 homes on land that has been empty since 2009.

Clara Vinton is a teacher and a member of Easterby Homes Now.
"""
GOLD["oped"] = [
    ("said", "The Easterby Residents' Association", "the development would \"overwhelm roads that are already at breaking point\""),
    ("told", "Its chairman, Gordon Ash", "the site should become a park"),
    ("claimed", "Councillor Nina Brook", "the town had \"already done its share\" of building"),
]
NOT_REPORTS["oped"] = [
    "Opinion: Our town needs more homes, not more excuses",
    "By Clara Vinton",
    "Nobody is asking to concrete over the meadows.",
    "Clara Vinton is a teacher and a member of Easterby Homes Now.",
]

ARTICLES["sentencing"] = """Driver who killed cyclist jailed for six years

A driver who was looking at his phone when he struck and killed a cyclist on the A41 has been jailed for six years.

Darren Cole, 29, of Welbury, admitted causing death by dangerous driving at an earlier hearing.

Sentencing him at Northam Crown Court on Friday, Judge Helen Marsh said Cole had made "a deliberate choice to put a text message above a human life".

"You were travelling at more than 60mph on a road you knew well," the judge told him. "For at least eight seconds your eyes were not on the road. Mr Adeyemi had no chance."

She said the victim's family had shown "remarkable dignity" throughout the case.

"No sentence I can pass will bring him back," Judge Marsh added. "But the public must understand that using a phone at the wheel is not a minor matter."

Cole was also banned from driving for nine years. In a statement read to the court, the cyclist's wife, Grace Adeyemi, said her life had "stopped on that day".
"""
GOLD["sentencing"] = [
    ("said", "Judge Helen Marsh", "Cole had made \"a deliberate choice to put a text message above a human life\""),
    ("told", "the judge", "You were travelling at more than 60mph on a road you knew well"),
    ("said", "She", "the victim's family had shown \"remarkable dignity\" throughout the case"),
    ("added", "Judge Marsh", "No sentence I can pass will bring him back"),
    ("said", "the cyclist's wife, Grace Adeyemi", "her life had \"stopped on that day\""),
]
NOT_REPORTS["sentencing"] = [
    "Driver who killed cyclist jailed for six years",
    "Cole was also banned from driving for nine years.",
]

ARTICLES["science"] = """Night-time light linked to poorer sleep in teenagers, study finds

Teenagers who sleep in rooms with streetlight or screen glow get on average 25 minutes less sleep a night, according to a study published on Wednesday.

Researchers at the University of Pellham tracked 2,300 pupils aged 13 to 17 for a year using wrist monitors. The study found that those exposed to the most light at night were also twice as likely to report low mood.

"The effect was consistent across every age group we looked at," said lead author Dr Miriam Osei. She said families could start by fitting blackout curtains.

But Professor Alan Pryce, a sleep researcher at Dunmore University who was not involved in the study, cautioned that the link might not be causal. "Teenagers who stay up on their phones may differ in many other ways," he said.

The authors acknowledge that the study cannot prove light causes poor sleep.
"""
GOLD["science"] = [
    ("according to", "a study published on Wednesday", "Teenagers who sleep in rooms with streetlight or screen glow get on average 25 minutes less sleep a night"),
    ("found", "The study", "those exposed to the most light at night were also twice as likely to report low mood"),
    ("said", "lead author Dr Miriam Osei", "The effect was consistent across every age group we looked at"),
    ("said", "She", "families could start by fitting blackout curtains"),
    ("cautioned", "Professor Alan Pryce, a sleep researcher at Dunmore University who was not involved in the study", "the link might not be causal"),
    ("said", "he", "Teenagers who stay up on their phones may differ in many other ways"),
    ("acknowledge", "The authors", "the study cannot prove light causes poor sleep"),
]
NOT_REPORTS["science"] = [
    "Researchers at the University of Pellham tracked 2,300 pupils aged 13 to 17 for a year using wrist monitors.",
]

ARTICLES["weather"] = """RED WARNING: Storm Idris - extreme winds

Issued at 05:00 on Thursday. Valid from 12:00 Thursday until 06:00 Friday.

Very strong winds are expected across coastal counties from midday. Gusts of 90 to 100 mph are likely on exposed headlands.

What to expect: Flying debris is likely and could cause danger to life. Roofs may be blown off and power lines brought down. Roads, bridges and railway lines may close at short notice.

What you should do: Stay indoors if you can. Secure loose objects such as bins and garden furniture. Do not travel unless your journey is essential. Keep away from the sea front.

Schools in the warning area will be closed on Thursday afternoon. Residents of low-lying areas should follow the advice of emergency services and be ready to leave their homes.

This warning will be reviewed at 15:00.
"""
GOLD["weather"] = []
NOT_REPORTS["weather"] = [
    "RED WARNING: Storm Idris - extreme winds",
    "Issued at 05:00 on Thursday.",
    "Very strong winds are expected across coastal counties from midday.",
    "What to expect: Flying debris is likely and could cause danger to life.",
    "What you should do: Stay indoors if you can.",
    "Do not travel unless your journey is essential.",
    "Schools in the warning area will be closed on Thursday afternoon.",
    "This warning will be reviewed at 15:00.",
]

ARTICLES["bookprize"] = """Debut novel about a ferry crossing wins the Harland Prize

A debut novel set on a single overnight ferry crossing has won this year's Harland Prize for Fiction, worth 30,000 pounds.

The Crossing, by Maeve Tolan, beat five shortlisted books including two by former winners.

In their citation, the judges described the novel as "a book of astonishing tenderness that holds a whole country's grief in one night". The chair of judges, the critic Daniel Okoro, said the panel had reached its decision unanimously after a three-hour meeting.

"We kept coming back to it," Okoro said. "Every one of us found something new on a second reading."

Tolan, who wrote the book while working as a night nurse, said she was "stunned and very grateful". She told reporters she would use part of the prize to take a year off work.

The prize will be presented at a ceremony in Dublin next month.
"""
GOLD["bookprize"] = [
    ("described", "the judges", "a book of astonishing tenderness that holds a whole country's grief in one night"),
    ("said", "The chair of judges, the critic Daniel Okoro", "the panel had reached its decision unanimously after a three-hour meeting"),
    ("said", "Okoro", "We kept coming back to it"),
    ("said", "Tolan, who wrote the book while working as a night nurse", "she was \"stunned and very grateful\""),
    ("told", "She", "she would use part of the prize to take a year off work"),
]
NOT_REPORTS["bookprize"] = [
    "Debut novel about a ferry crossing wins the Harland Prize",
    "The Crossing, by Maeve Tolan, beat five shortlisted books including two by former winners.",
    "The prize will be presented at a ceremony in Dublin next month.",
]
