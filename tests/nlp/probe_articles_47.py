# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the forty-seventh session's probes (helper probe), one per
genre (a court case, a transfer, a science finding, a company's results, a flood, a council row, a
health advisory, an election night, a recall, a strike, an interview, an obituary), with the gold
written by hand: (a word of the cue, the source, the first content span) per attribution the
pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_47_probe``; ``NOT_REPORTS`` holds each article's lines that report nothing
(captions, lists, questions, the writer's first person, 'said' as an adjective)."""

ARTICLES = {}
GOLD = {}

ARTICLES["court"] = """Jury convicts former treasurer of fraud

A jury on Thursday found Malcolm Everley guilty of stealing more than £400,000 from the rowing club he served for a decade.

The 58-year-old had denied six counts of fraud. Prosecutors told the court that he moved the money through a string of shell accounts between 2016 and 2021.

"This was a calculated betrayal of people who trusted him," said prosecutor Dana Whitcombe. "He treated the club's savings as his own wallet."

Everley's lawyer, Peter Laing, said his client would appeal. The defence had argued that the transfers were loans that the club's board had approved.

According to court documents, the club nearly closed in 2020 after it could not pay its insurance.

Judge Anne Ferris warned that a prison sentence was "almost inevitable". She adjourned the case until next month.

Outside the courthouse, the club's chairwoman read a short statement. “We are relieved,” she said. “Now we can start rebuilding.”

The said property, a flat in Leeds bought with club funds, has been frozen by the court.
"""
GOLD["court"] = [
    ("denied", "The 58-year-old", "six counts of fraud"),
    ("told", "Prosecutors", "he moved the money through a string of shell accounts between 2016 and 2021"),
    ("said", "prosecutor Dana Whitcombe", "This was a calculated betrayal of people who trusted him"),
    ("said", "Everley's lawyer, Peter Laing", "his client would appeal"),
    ("argued", "The defence", "the transfers were loans that the club's board had approved"),
    ("According to", "court documents", "the club nearly closed in 2020 after it could not pay its insurance"),
    ("warned", "Judge Anne Ferris", "a prison sentence was \"almost inevitable\""),
    ("said", "she", "We are relieved"),
]

ARTICLES["transfer"] = """Striker completes record move to Harbour City

Harbour City have signed the Brazilian striker Tiago Moura for a club-record fee, the club announced on Monday.

The 24-year-old scored 31 goals last season. He told reporters at the training ground that joining the club was "a dream since childhood".

"Tiago brings pace and hunger," manager Rosa Delgado said. "He will make us better from day one."

The club did not disclose the fee, but local media reported that it was close to £60m.

Moura's former coach said he was sad to see him go. "He is the best finisher I have worked with," the coach added.

Asked whether the signing meant more spending, Delgado smiled. "Ask the chairman," she said.

Fans queued outside the stadium shop for shirts on Monday afternoon. Some supporters believe the club still needs a new goalkeeper.

Who will partner Moura up front? That question will be answered on Saturday.
"""
GOLD["transfer"] = [
    ("announced", "the club", "Harbour City have signed the Brazilian striker Tiago Moura for a club-record fee"),
    ("told", "He", "joining the club was \"a dream since childhood\""),
    ("said", "manager Rosa Delgado", "Tiago brings pace and hunger"),
    ("reported", "local media", "it was close to £60m"),
    ("said", "Moura's former coach", "he was sad to see him go"),
    ("added", "the coach", "He is the best finisher I have worked with"),
    ("said", "she", "Ask the chairman"),
    ("believe", "Some supporters", "the club still needs a new goalkeeper"),
]

ARTICLES["science"] = """Bees can count to four, study suggests

Honeybees can tell apart groups of up to four objects, according to a study published on Wednesday in the journal Animal Minds.

Researchers at the University of Tallinn trained 60 bees to fly towards cards showing a fixed number of dots. The study found that the insects chose the right card in nearly eight out of ten trials.

"We were surprised by how quickly they learned," said Dr Liis Kask, who led the work. "Within a day, most of them had it."

Kask said the results suggested that counting did not need a large brain.

Other scientists were more cautious. Professor Omar Haddad, an entomologist who was not involved in the research, said the bees might be reacting to the total area of colour rather than to numbers.

“It is a lovely experiment,” he said, “but I would want to see it repeated with other shapes.”

The team plans to test bumblebees next year. The paper notes that wild bees were not studied.
"""
GOLD["science"] = [
    ("according to", "a study published on Wednesday in the journal Animal Minds", "Honeybees can tell apart groups of up to four objects"),
    ("found", "The study", "the insects chose the right card in nearly eight out of ten trials"),
    ("said", "Dr Liis Kask, who led the work", "We were surprised by how quickly they learned"),
    ("said", "Kask", "the results suggested that counting did not need a large brain"),
    ("said", "Professor Omar Haddad, an entomologist who was not involved in the research", "the bees might be reacting to the total area of colour rather than to numbers"),
    ("said", "he", "It is a lovely experiment"),
    ("notes", "The paper", "wild bees were not studied"),
]

ARTICLES["results"] = """Brightwell profits fall as costs bite

Brightwell Foods said on Tuesday that its annual profit fell 18 percent, blaming higher energy and packaging costs.

The company reported pre-tax profit of £212m, down from £259m a year earlier. Sales rose 4 percent to £3.1bn.

Chief executive Hannah Moss told investors that the worst was over. "We have taken tough decisions, and the business is now leaner," she said in a statement.

Analysts at Pearce & Co said the figures were slightly better than expected. The shares rose 3 percent in morning trading.

The group expects margins to recover in the second half, according to its outlook.

Moss also said the company would close two factories in the north-east, putting 400 jobs at risk. Unions called the decision "a hammer blow" for the region.

Key figures:
- Revenue: £3.1bn
- Pre-tax profit: £212m
- Dividend: 12p per share
"""
GOLD["results"] = [
    ("said", "Brightwell Foods", "its annual profit fell 18 percent"),
    ("reported", "The company", "pre-tax profit of £212m"),
    ("told", "Chief executive Hannah Moss", "the worst was over"),
    ("said", "she", "We have taken tough decisions, and the business is now leaner"),
    ("said", "Analysts at Pearce & Co", "the figures were slightly better than expected"),
    ("said", "Moss", "the company would close two factories in the north-east, putting 400 jobs at risk"),
    ("called", "Unions", "the decision \"a hammer blow\" for the region"),
]

ARTICLES["flood"] = """Thousands displaced as river bursts banks

At least 12,000 people have fled their homes after the River Sava burst its banks, the United Nations said on Friday.

Aid agencies warned that clean water was running out in several camps. "Children are drinking from puddles," said Marta Novak, a spokeswoman for the Red Cross. "We need tankers today, not next week."

The regional governor told local radio that the army had been sent to help. He said at least nine people had died.

A report by the UN's humanitarian office found that more than 3,000 homes had been destroyed. Officials believe the number of dead could rise as the water recedes.

In the village of Dolna, a farmer stood beside his flattened barn. "I lost everything," he told the Associated Press. "My cows, my tractor, my house."

Photo: Residents wade through a flooded street in Dolna on Thursday.

Forecasters expect more rain over the weekend.
"""
GOLD["flood"] = [
    ("said", "the United Nations", "At least 12,000 people have fled their homes after the River Sava burst its banks"),
    ("warned", "Aid agencies", "clean water was running out in several camps"),
    ("said", "Marta Novak, a spokeswoman for the Red Cross", "Children are drinking from puddles"),
    ("told", "The regional governor", "the army had been sent to help"),
    ("said", "He", "at least nine people had died"),
    ("found", "A report by the UN's humanitarian office", "more than 3,000 homes had been destroyed"),
    ("believe", "Officials", "the number of dead could rise as the water recedes"),
    ("told", "he", "I lost everything"),
    ("expect", "Forecasters", "more rain over the weekend"),
]

ARTICLES["council"] = """Row over bin collections splits council

A plan to collect household rubbish every three weeks has split Westmoor council, with opposition members calling it "a public health disaster".

Councillor Gareth Price, who leads the opposition group, said residents had not been consulted. "People are furious," he said. "They will remember this at the ballot box."

The council's deputy leader, Samira Khan, defended the change. She argued that it would save £1.2m a year and push up recycling rates.

A spokesman for the council said the plan would be reviewed after six months.

Residents at a packed public meeting on Monday evening were not convinced. One woman asked why the council had not cut its own expenses first. Another said the plan was "a gift to the rats".

The 71-year-old pensioner who organised the meeting, Brian Holt, said he would start a petition.

The council will vote on the plan next Thursday.
"""
GOLD["council"] = [
    ("calling", "opposition members", "it \"a public health disaster\""),
    ("said", "Councillor Gareth Price, who leads the opposition group", "residents had not been consulted"),
    ("said", "he", "People are furious"),
    ("argued", "She", "it would save £1.2m a year and push up recycling rates"),
    ("said", "A spokesman for the council", "the plan would be reviewed after six months"),
    ("asked", "One woman", "why the council had not cut its own expenses first"),
    ("said", "Another", "the plan was \"a gift to the rats\""),
    ("said", "The 71-year-old pensioner who organised the meeting, Brian Holt", "he would start a petition"),
]

ARTICLES["health"] = """Health officials urge caution as heatwave peaks

People over 65 should stay indoors during the hottest part of the day, health officials said on Sunday, as temperatures were forecast to reach 38C.

The National Health Agency issued an amber alert for the south and east. In its advice, the agency said people should drink plenty of water and check on elderly neighbours.

"Heat is a silent killer," said Dr Amara Osei, the agency's head of environmental health. "Most deaths happen at home, among people living alone."

Hospitals have reported a rise in admissions for dehydration, according to figures released by the agency.

Dr Osei told the BBC that fans alone were not enough once temperatures passed 35C.

Some doctors fear that the health service is not ready for longer summers. The British Medical Council has warned that hospital wards overheat easily.

What should you do?
- Close curtains on sunny windows
- Avoid alcohol
- Call 111 if you feel unwell
"""
GOLD["health"] = [
    ("said", "health officials", "People over 65 should stay indoors during the hottest part of the day"),
    ("said", "the agency", "people should drink plenty of water and check on elderly neighbours"),
    ("said", "Dr Amara Osei, the agency's head of environmental health", "Heat is a silent killer"),
    ("according to", "figures released by the agency", "Hospitals have reported a rise in admissions for dehydration"),
    ("told", "Dr Osei", "fans alone were not enough once temperatures passed 35C"),
    ("fear", "Some doctors", "the health service is not ready for longer summers"),
    ("warned", "The British Medical Council", "hospital wards overheat easily"),
]

ARTICLES["election"] = """Greens take Eastfield in night of upsets

The Green Party won the Eastfield seat for the first time early on Friday, overturning a majority of 9,000.

Its candidate, Priya Raman, told cheering supporters that the result was "a message nobody can ignore". She said voters had lost patience with the big parties.

The defeated MP, Colin Ashby, conceded shortly after 3am. "The people have spoken, and I respect their verdict," he said.

Turnout was 61 percent, according to the returning officer.

Across the country, exit polls suggested that the governing party would lose about 40 seats. Party officials privately admitted that the night had been worse than they feared.

"It's brutal," one campaign manager said, asking not to be named.

Raman, 34, is a former nurse. She will be sworn in next week.

I stayed up until dawn to watch the count, and the mood in the hall was electric.
"""
GOLD["election"] = [
    ("told", "Its candidate, Priya Raman", "the result was \"a message nobody can ignore\""),
    ("said", "She", "voters had lost patience with the big parties"),
    ("said", "he", "The people have spoken, and I respect their verdict"),
    ("according to", "the returning officer", "Turnout was 61 percent"),
    ("suggested", "exit polls", "the governing party would lose about 40 seats"),
    ("admitted", "Party officials", "the night had been worse than they feared"),
    ("said", "one campaign manager", "It's brutal"),
]

ARTICLES["recall"] = """Kettles recalled over burn risk

The home appliance maker Corvo is recalling 85,000 electric kettles after reports that the lids can fly open while the water boils.

The Office for Product Safety said it had received 14 reports of burns, two of them serious. It urged owners to stop using the kettles immediately.

In a statement, Corvo said: "Customer safety is our top priority. We apologise for any worry this has caused."

The affected model, the Corvo K200, was sold between March and October last year. Owners can return it to any shop for a full refund, the company said.

A mother from Bristol, whose son was scalded in January, told The Guardian she had complained to Corvo months ago. "Nobody took it seriously," she said.

Consumer group Which? said the recall had come too late.

Model numbers affected:
K200-W, K200-B and K200-S.
"""
GOLD["recall"] = [
    ("said", "The Office for Product Safety", "it had received 14 reports of burns, two of them serious"),
    ("urged", "It", "owners to stop using the kettles immediately"),
    ("said", "Corvo", "Customer safety is our top priority. We apologise for any worry this has caused"),
    ("said", "the company", "Owners can return it to any shop for a full refund"),
    ("told", "A mother from Bristol, whose son was scalded in January", "she had complained to Corvo months ago"),
    ("said", "she", "Nobody took it seriously"),
]

ARTICLES["strike"] = """Rail workers walk out over pay

Train services across the region were cancelled on Wednesday as 6,000 rail workers began a 48-hour strike.

The union said its members had been offered a pay rise well below inflation. "Our members keep the trains running, and they deserve better," general secretary Tom Reilly told a rally outside the main station.

Rail operator Northline said it was "disappointed" by the walkout. A spokeswoman said the company had made "a fair and generous offer" and urged the union to return to talks.

Commuters were left stranded. Jenny Marsh, 29, who travels to work in the city, said she had spent two hours waiting for a replacement bus.

"I understand why they are striking," she said. "But it is people like me who pay the price."

Transport secretary Neil Broad said the government would not intervene, arguing that it was a matter for the employer.

Further strikes are planned for next month.
"""
GOLD["strike"] = [
    ("said", "The union", "its members had been offered a pay rise well below inflation"),
    ("told", "general secretary Tom Reilly", "Our members keep the trains running, and they deserve better"),
    ("said", "Rail operator Northline", "it was \"disappointed\" by the walkout"),
    ("said", "A spokeswoman", "the company had made \"a fair and generous offer\""),
    ("said", "Jenny Marsh, 29, who travels to work in the city", "she had spent two hours waiting for a replacement bus"),
    ("said", "she", "I understand why they are striking"),
    ("said", "Transport secretary Neil Broad", "the government would not intervene"),
    ("arguing", "Transport secretary Neil Broad", "it was a matter for the employer"),
]

ARTICLES["interview"] = """'I never planned to be a chef': Lena Varga on her new restaurant

Lena Varga opened her first restaurant, Paprika, in a former bank in Dundee this spring. She spoke to us about food, failure and her grandmother.

Why a bank?

"It was cheap, honestly," Varga says. "And the vault makes a perfect wine cellar."

You trained as an engineer. What changed?

"I hated the office. I was cooking for friends every weekend, and one of them told me I should stop wasting my time."

Critics have praised the goulash. Where does the recipe come from?

"My grandmother. She insisted that the onions must cook for an hour, and she was right."

Varga admits the first year was hard. She says the restaurant lost money for eight months before it found its feet.

What next?

"A second place, maybe. But first, a holiday."
"""
GOLD["interview"] = [
    ("says", "Varga", "It was cheap, honestly"),
    ("admits", "Varga", "the first year was hard"),
    ("says", "She", "the restaurant lost money for eight months before it found its feet"),
]

ARTICLES["obituary"] = """Margaret Ode, pioneering bridge engineer, dies at 91

Margaret Ode, who designed some of the longest footbridges in northern Europe, has died at the age of 91, her family said.

Born in Aberdeen in 1934, she was one of only two women in her engineering class. She later recalled that lecturers often addressed the room as "gentlemen".

Her best-known work, the Tay Crossing, opened in 1979. At the time, critics said the slender design would never survive a winter storm. It is still standing.

"She was fearless, and she was usually right," said her former colleague Ian Brodie. "She never raised her voice, but everyone listened."

In a 2015 interview, Ode said that her proudest achievement was training younger engineers. "Bridges rust," she said. "People carry on."

The Royal Institution of Engineers described her as "a quiet giant of the profession".

She is survived by her two sons and five grandchildren.
"""
GOLD["obituary"] = [
    ("said", "her family", "Margaret Ode, who designed some of the longest footbridges in northern Europe, has died at the age of 91"),
    ("recalled", "She", "lecturers often addressed the room as \"gentlemen\""),
    ("said", "critics", "the slender design would never survive a winter storm"),
    ("said", "her former colleague Ian Brodie", "She was fearless, and she was usually right"),
    ("said", "Ode", "her proudest achievement was training younger engineers"),
    ("said", "she", "Bridges rust"),
    ("described", "The Royal Institution of Engineers", "a quiet giant of the profession"),
]

NOT_REPORTS = {
    "court": ["The said property, a flat in Leeds bought with club funds, has been frozen by the court."],
    "transfer": ["Who will partner Moura up front?", "Fans queued outside the stadium shop for shirts on Monday afternoon."],
    "results": ["Key figures:", "- Revenue: £3.1bn", "- Dividend: 12p per share"],
    "flood": ["Photo: Residents wade through a flooded street in Dolna on Thursday."],
    "health": ["What should you do?", "- Close curtains on sunny windows", "- Call 111 if you feel unwell"],
    "election": ["I stayed up until dawn to watch the count, and the mood in the hall was electric."],
    "recall": ["Kettles recalled over burn risk", "Model numbers affected:"],
    "interview": ["Why a bank?", "What next?"],
    "obituary": ["She is survived by her two sons and five grandchildren."],
}
