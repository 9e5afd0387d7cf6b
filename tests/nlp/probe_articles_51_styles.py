# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the fifty-first session's style probes (helper styles), one per
house style or register the earlier probes left out: an Indian English daily ('told PTI', the
anonymity formula, 'the official said, adding that'), a Nigerian daily (a governor who speaks through
his press secretary), a US local television web story ('according to police', 'Neighbors tell'), a
Canadian Press story ('in an interview with The Canadian Press'), a long-sentenced analysis with
embedded quotations, a magazine piece with no named speakers ('Critics say', 'One diplomat
grumbles'), a wire story updated in reverse order, a post-match press conference with coaches and
players, a humanitarian flash update with agency figures, a rights group's press release, a
courtroom sketch and a personal-finance column with a reader's question. The gold is written by hand:
(a word of the cue, the source, the first content span) per attribution the pipeline gets right.
Every name, figure and sentence is made up. Read by ``test_probe_findings_51_styles``;
``NOT_REPORTS`` holds each article's lines that report nothing (datelines, bylines, credits, lists,
boilerplate, narration)."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["indian"] = """Power utility to replace 2 lakh old meters in Nagpur district

NAGPUR: The state power distribution company will replace nearly two lakh old electricity meters in Nagpur district by March, a senior official said on Tuesday.

"The work order has been issued and the first batch of smart meters will reach the divisions next week," the company's regional director, Suresh Kulkarni, told PTI.

The old meters were often recording wrong readings, leading to inflated bills, the official said, adding that consumers would not be charged for the new devices.

A senior engineer, who spoke on condition of anonymity, said the project had been delayed by nearly eight months due to a shortage of chips.

Consumer activist Meena Deshpande welcomed the move but questioned the timeline. "Every year we hear the same promise. Let them first fix the billing complaints pending since 2022," she said.

According to official data, the company received over 14,000 billing complaints in the district last year.

Energy minister Rajesh Patil had told the Assembly in July that the government would bear 60 per cent of the cost.

Officials said the remaining amount would be raised through a loan from a central scheme.

The district has around 9.5 lakh domestic consumers.
"""

ARTICLES["nigerian"] = """Governor orders probe into collapsed Ikole market building

The Governor of Ekiti State, Mr Tunde Ajayi, has ordered a full investigation into the collapse of a two-storey building at the Ikole main market which left four traders dead.

The governor, who spoke through his Chief Press Secretary, Mr Yinka Oladele, said anyone found culpable would be prosecuted.

He described the incident as "avoidable and painful" and commiserated with the families of the victims.

Speaking with our correspondent on Sunday, the Chairman of the market association, Alhaji Musa Bello, said traders had complained about cracks in the building for over a year.

"We wrote to the local government twice. Nobody came," Bello lamented.

The State Emergency Management Agency confirmed that eleven persons were rescued alive and taken to the General Hospital.

Its Director-General, Mrs Funke Adeyemi, urged residents to report distressed buildings to the agency.

The Commissioner for Physical Planning, Mr Dayo Ogunleye, however, insisted that the structure had no approved plan and that the owner had ignored two quit notices.

Efforts to reach the owner of the building were unsuccessful as at the time of filing this report.

Trading has been suspended in the affected section of the market.
"""

ARTICLES["localtv"] = """Police: Man shot during argument outside Westland gas station

WESTLAND, Mich. - A 34-year-old man is in critical condition after he was shot outside a gas station late Saturday night, according to police.

Officers were called to the Speedway on Ford Road just before 11 p.m.

Police say the victim got into an argument with another man near the pumps.

Witnesses told officers the suspect fired several shots and drove off in a dark SUV.

"It sounded like fireworks at first," one neighbor told WXYZ. "Then we heard people screaming."

Neighbors tell 7 Action News this is the third shooting in the area this year.

Westland Police Chief Dana Morrow said investigators were reviewing surveillance video from the station.

"We believe this was not random," Morrow said at a news conference Sunday. "These two men knew each other."

No arrests have been made.

Anyone with information is asked to call Westland Police at 734-555-0142.

Stay with 7 Action News for updates on this developing story.
"""

ARTICLES["canadian"] = """Ottawa to review rules for temporary foreign farm workers, minister says

OTTAWA - The federal government will review the rules that tie temporary foreign farm workers to a single employer, Employment Minister Claire Dufresne says.

In an interview with The Canadian Press, Dufresne said the current system gives employers "far too much power" over workers who cannot easily change jobs.

"If somebody is being mistreated, they should be able to leave without losing their status," she said.

The review comes after a report by a United Nations special rapporteur last year called the program a "breeding ground for contemporary forms of slavery."

Farm groups say the program is essential to Canada's food supply.

Keith Arsenault, president of the Canadian Horticultural Council, said in a statement that growers would take part in the review in good faith.

He warned, however, that any changes must not leave farms short of labour during the harvest.

Migrant worker advocates said the review was long overdue. Syed Hussain of the Migrant Rights Network told The Canadian Press he hoped the government would move to permanent residency for all workers.

The minister did not say when the review would be completed.

This report by The Canadian Press was first published Oct. 14, 2025.
"""

ARTICLES["guardian"] = """The housing crisis has become a test the government keeps failing

When the housing secretary, Lena Marsh, stood up in the Commons last week and told MPs that the target of 300,000 homes a year was "well within reach", there was a ripple of laughter from the opposition benches, and not only there.

The figures, published by her own department two days later, showed that completions had fallen for the third year running, a decline that builders blame on interest rates, councils on planning staff shortages, and ministers, with some ingenuity, on everyone else.

Marsh insists the government's reforms need time to bite, and that the "pipeline", a word she uses often, is fuller than it has been in a decade.

Not everyone is convinced. Anna Whitcombe, who chairs the local government association's housing board, says councils have been asked to do more with less for fifteen years and that the promised planning officers have yet to appear.

"You can't build homes with press releases," she told me, with the weariness of someone who has said it many times before.

Developers, for their part, argue that the problem is not planning at all but demand, which has slumped as mortgage rates have climbed.

What is striking is how little any of this features in the government's own account of itself.

The prime minister's spokesman said on Monday that the target remained "the right ambition".
"""

ARTICLES["economist"] = """Rebuilding trust in the Danube ports

Barges laden with grain once again crowd the quays at Izmail. The trade has recovered faster than anyone expected, but the mood among those who depend on it is sour.

Critics say the new customs regime has simply replaced one kind of delay with another. Shippers complain that inspections which took an hour now take a day.

One diplomat grumbles that the European Commission promised a "green corridor" and delivered a form. Officials in Brussels insist the checks are needed to stop sanctioned cargo slipping through.

Optimists point to the numbers. Exports through the river ports have doubled in two years, and investment in new silos is pouring in.

Yet the sceptics have a point. Much of the new capacity is owned by a handful of trading houses, and smaller farmers say they are being squeezed.

A senior official in Kyiv concedes that the government has been slow to break up the logjam. "We fixed the war problem and created a paperwork problem," he admits.

Whether the ports can keep their new business once the Black Sea routes reopen fully is another matter.

Some analysts reckon that traffic will drift back to Odesa within a year. Others think habits, once formed, are hard to break.
"""

ARTICLES["reuters"] = """UPDATE 2-Explosion at chemical plant in southern port kills at least 9

(Adds comments from company, regional governor, paragraphs 3-5)

LIMASSA, March 3 (Reuters) - An explosion at a chemical plant in the southern port of Limassa killed at least nine people and injured more than 40 on Tuesday, emergency officials said.

The blast happened in a storage area for ammonium nitrate, the plant's operator, Kerama Chemicals, said in a statement. It said it was cooperating fully with the authorities.

Regional governor Petros Alexis told reporters at the scene that several workers were still unaccounted for.

"This is a dark day for our city," Alexis said. He said an investigation had been opened into possible safety violations.

Shares in Kerama fell 12% in early trading.

Earlier, the fire service said the blaze had been brought under control and that there was no risk of a second explosion.

Footage posted on social media showed a large orange cloud rising over the harbour.

Residents within two kilometres were told to keep windows closed, a civil protection spokeswoman said.

(Reporting by Maria Costa; Writing by John Hale; Editing by Susan Fenton)
"""

ARTICLES["presser"] = """'We were second to every ball': Kilburn boss blames himself after derby defeat

Kilburn manager Joe Ferris took full responsibility after his side were beaten 3-0 by neighbours Easton on Saturday.

"We were second to every ball. That's on me, nobody else," Ferris told his post-match press conference. "I picked the team and I set it up, and it didn't work."

Asked whether his job was under threat, he replied: "That's not a question for me. I'll keep working until someone tells me otherwise."

Easton coach Maria Lindqvist was full of praise for her players. She said the performance was the best of her two seasons in charge.

"The girls were brave on the ball and they pressed as a unit," Lindqvist said. "We talked all week about the first twenty minutes, and they delivered."

Two-goal striker Chloe Banks said the win was for the fans. "They've waited four years for this," she said.

Kilburn captain Tom Ashworth admitted the dressing room was "very quiet" after the final whistle.

"We let the manager down, not the other way round," he added.

Kilburn are now eleventh, nine points off the play-off places.
"""

ARTICLES["sitrep"] = """Sudan: Floods in White Nile State - Flash Update No. 3

Highlights

- An estimated 42,000 people affected in six localities
- At least 17 deaths reported
- Humanitarian partners scaling up response

Situation overview

Heavy rains since 12 August have caused flooding across White Nile State. According to OCHA, an estimated 42,000 people have been affected, and about 6,500 homes have been destroyed or damaged.

State authorities report 17 deaths and more than 60 injuries. The figures are expected to rise as access improves.

The World Health Organization (WHO) said the risk of cholera is high, as latrines have collapsed and water sources are contaminated.

Partners report that about 3,000 families are sheltering in schools and mosques in Kosti town.

Response

WFP said it had distributed food to 12,000 people in the first week.

UNICEF and its partners have delivered hygiene kits to 2,400 households, the agency said.

The Humanitarian Coordinator, Ms Clara Nsengi, called on donors to release funds quickly. "Every day we wait, the risk of disease grows," she said.

Gaps and constraints

- Roads to Ed Douiem remain cut off
- Shortage of shelter materials

For further information, please contact: OCHA Sudan, Public Information Unit.
"""

ARTICLES["ngo"] = """Veloria: Authorities must release detained journalists - Amnesty International

The authorities in Veloria must immediately release six journalists detained since last month's protests, Amnesty International said today.

The journalists were arrested in the capital, Porto Vaz, while covering demonstrations against a rise in fuel prices. They have been held without charge for 32 days.

"These journalists were doing their job. Locking them up sends a chilling message to everyone who dares to report the truth," said Ana Ribeiro, Amnesty International's Regional Director.

Witnesses told Amnesty International researchers that police beat two of the journalists with batons during their arrest. One witness said officers seized cameras and phones and deleted footage.

Relatives of the detainees said they had not been allowed to visit them. The mother of one journalist told the organization that her son had lost weight and appeared to have been ill-treated.

The government has accused the journalists of "inciting public disorder". Amnesty International found no evidence to support the accusation.

Background

Since January, at least 40 people have been detained in connection with the fuel protests, according to local rights groups.

Public Document
For more information please call Amnesty International's press office.
"""

ARTICLES["courtroom"] = """A long day in courtroom 4 as the Harrow fraud trial nears its end

The judge had heard enough by three o'clock.

"Mr Penrose, you have asked that question four times," Judge Alison Reed told defence counsel, peering over her glasses. "The witness has answered it four times."

Penrose, a tall man with a voice made for larger rooms, apologised and moved on.

His client, the former finance director Colin Harrow, sat motionless in the dock. He denies six counts of fraud.

For the prosecution, Sarah Imlach told the jury that Harrow had moved 2.3 million pounds from the company's pension fund into accounts he controlled.

"This was not a mistake. This was a plan," she said.

Penrose countered that his client had been following the instructions of the board. The money, he suggested, had been moved with the full knowledge of the chairman.

Under cross-examination, the company's former auditor, Neil Varga, conceded that he had not checked every transfer.

At one point Harrow shook his head and muttered something to the dock officer.

The jury is expected to retire on Thursday.
"""

ARTICLES["finance"] = """Money Matters: Should I pay off my mortgage or save for retirement?

Q: I'm 52 and have 40,000 pounds left on my mortgage. My husband thinks we should pay it off with our savings. I'd rather put the money into my pension. Who is right? - Janet, Leeds

A: You are both right, in a way, and I hear this question more than almost any other.

I'll be honest: paying off a mortgage feels wonderful. But feelings don't pay for retirement.

Financial planner Raj Mehta says the answer depends on your mortgage rate. "If you're paying less than 4 per cent, you're usually better off putting the money in a pension and taking the tax relief," he says.

Helen Cho of the Money Advice Service adds a note of caution. She says people often forget to keep an emergency fund, and warns against tying up every spare pound.

My own view is that you should do a bit of both.

I once paid off a car loan early and then had to borrow again when the boiler broke. Don't repeat my mistake.

Reader tip: Another reader, Mike from Bristol, writes that he split his savings half and half and has "never slept better".

Have a question for Money Matters? Email us at money@example.com.
"""

GOLD["indian"] = [
    ("said", "a senior official", "The state power distribution company will replace nearly two lakh old electricity meters in Nagpur district by March"),
    ("told", "the company's regional director, Suresh Kulkarni", "The work order has been issued and the first batch of smart meters will reach the divisions next week"),
    ("said", "the official", "The old meters were often recording wrong readings, leading to inflated bills"),
    ("adding", "the official", "consumers would not be charged for the new devices"),
    ("said", "A senior engineer, who spoke on condition of anonymity", "the project had been delayed by nearly eight months due to a shortage of chips"),
    ("questioned", "Consumer activist Meena Deshpande", "the timeline"),
    ("said", "she", "Every year we hear the same promise. Let them first fix the billing complaints pending since 2022"),
    ("According to", "official data", "the company received over 14,000 billing complaints in the district last year"),
    ("told", "Energy minister Rajesh Patil", "the government would bear 60 per cent of the cost"),
    ("said", "Officials", "the remaining amount would be raised through a loan from a central scheme"),
]
NOT_REPORTS["indian"] = ["The district has around 9.5 lakh domestic consumers."]

GOLD["nigerian"] = [
    ("said", "The governor, who spoke through his Chief Press Secretary, Mr Yinka Oladele", "anyone found culpable would be prosecuted"),
    ("described", "He", "avoidable and painful"),
    ("said", "the Chairman of the market association, Alhaji Musa Bello", "traders had complained about cracks in the building for over a year"),
    ("lamented", "Bello", "We wrote to the local government twice. Nobody came"),
    ("confirmed", "The State Emergency Management Agency", "eleven persons were rescued alive and taken to the General Hospital"),
    ("urged", "Its Director-General, Mrs Funke Adeyemi", "residents to report distressed buildings to the agency"),
    ("insisted", "The Commissioner for Physical Planning, Mr Dayo Ogunleye", "the structure had no approved plan and that the owner had ignored two quit notices"),
]
NOT_REPORTS["nigerian"] = [
    "Efforts to reach the owner of the building were unsuccessful as at the time of filing this report.",
    "Trading has been suspended in the affected section of the market.",
]

GOLD["localtv"] = [
    (":", "Police", "Man shot during argument outside Westland gas station"),
    ("according to", "police", "A 34-year-old man is in critical condition after he was shot outside a gas station late Saturday night"),
    ("say", "Police", "the victim got into an argument with another man near the pumps"),
    ("told", "Witnesses", "the suspect fired several shots and drove off in a dark SUV"),
    ("told", "one neighbor", "It sounded like fireworks at first"),
    ("tell", "Neighbors", "this is the third shooting in the area this year"),
    ("said", "Westland Police Chief Dana Morrow", "investigators were reviewing surveillance video from the station"),
    ("said", "Morrow", "We believe this was not random"),
]
NOT_REPORTS["localtv"] = [
    "Officers were called to the Speedway on Ford Road just before 11 p.m.",
    "No arrests have been made.",
    "Stay with 7 Action News for updates on this developing story.",
]

GOLD["canadian"] = [
    ("says", "minister", "Ottawa to review rules for temporary foreign farm workers"),
    ("says", "Employment Minister Claire Dufresne", "The federal government will review the rules that tie temporary foreign farm workers to a single employer"),
    ("said", "Dufresne", "the current system gives employers \"far too much power\" over workers who cannot easily change jobs"),
    ("said", "she", "If somebody is being mistreated, they should be able to leave without losing their status"),
    ("called", "a report by a United Nations special rapporteur", "the program a \"breeding ground for contemporary forms of slavery.\""),
    ("say", "Farm groups", "the program is essential to Canada's food supply"),
    ("said", "Keith Arsenault, president of the Canadian Horticultural Council", "growers would take part in the review in good faith"),
    ("warned", "He", "any changes must not leave farms short of labour during the harvest"),
    ("said", "Migrant worker advocates", "the review was long overdue"),
    ("told", "Syed Hussain of the Migrant Rights Network", "he hoped the government would move to permanent residency for all workers"),
]
NOT_REPORTS["canadian"] = ["This report by The Canadian Press was first published Oct. 14, 2025."]

GOLD["guardian"] = [
    ("told", "the housing secretary, Lena Marsh", "the target of 300,000 homes a year was \"well within reach\""),
    ("showed", "The figures, published by her own department two days later", "completions had fallen for the third year running, a decline that builders blame on interest rates, councils on planning staff shortages, and ministers, with some ingenuity, on everyone else"),
    ("insists", "Marsh", "the government's reforms need time to bite, and that the \"pipeline\", a word she uses often, is fuller than it has been in a decade"),
    ("says", "Anna Whitcombe, who chairs the local government association's housing board", "councils have been asked to do more with less for fifteen years and that the promised planning officers have yet to appear"),
    ("told", "she", "You can't build homes with press releases"),
    ("argue", "Developers", "the problem is not planning at all but demand"),
    ("said", "The prime minister's spokesman", "the target remained \"the right ambition\""),
]
NOT_REPORTS["guardian"] = ["What is striking is how little any of this features in the government's own account of itself."]

GOLD["economist"] = [
    ("say", "Critics", "the new customs regime has simply replaced one kind of delay with another"),
    ("complain", "Shippers", "inspections which took an hour now take a day"),
    ("grumbles", "One diplomat", "the European Commission promised a \"green corridor\" and delivered a form"),
    ("insist", "Officials in Brussels", "the checks are needed to stop sanctioned cargo slipping through"),
    ("say", "smaller farmers", "they are being squeezed"),
    ("concedes", "A senior official in Kyiv", "the government has been slow to break up the logjam"),
    ("admits", "he", "We fixed the war problem and created a paperwork problem"),
    ("reckon", "Some analysts", "traffic will drift back to Odesa within a year"),
    ("think", "Others", "habits, once formed, are hard to break"),
]
NOT_REPORTS["economist"] = [
    "Barges laden with grain once again crowd the quays at Izmail.",
    "Whether the ports can keep their new business once the Black Sea routes reopen fully is another matter.",
]

GOLD["reuters"] = [
    ("said", "emergency officials", "An explosion at a chemical plant in the southern port of Limassa killed at least nine people and injured more than 40 on Tuesday"),
    ("said", "the plant's operator, Kerama Chemicals", "The blast happened in a storage area for ammonium nitrate"),
    ("said", "It", "it was cooperating fully with the authorities"),
    ("told", "Regional governor Petros Alexis", "several workers were still unaccounted for"),
    ("said", "Alexis", "This is a dark day for our city"),
    ("said", "He", "an investigation had been opened into possible safety violations"),
    ("said", "the fire service", "the blaze had been brought under control and that there was no risk of a second explosion"),
    ("showed", "Footage posted on social media", "a large orange cloud rising over the harbour"),
    ("said", "a civil protection spokeswoman", "Residents within two kilometres were told to keep windows closed"),
]
NOT_REPORTS["reuters"] = [
    "(Adds comments from company, regional governor, paragraphs 3-5)",
    "Shares in Kerama fell 12% in early trading.",
    "(Reporting by Maria Costa; Writing by John Hale; Editing by Susan Fenton)",
]

GOLD["presser"] = [
    ("told", "Ferris", "We were second to every ball. That's on me, nobody else"),
    ("replied", "he", "That's not a question for me. I'll keep working until someone tells me otherwise"),
    ("said", "She", "the performance was the best of her two seasons in charge"),
    ("said", "Lindqvist", "The girls were brave on the ball and they pressed as a unit"),
    ("said", "Two-goal striker Chloe Banks", "the win was for the fans"),
    ("said", "she", "They've waited four years for this"),
    ("admitted", "Kilburn captain Tom Ashworth", "the dressing room was \"very quiet\" after the final whistle"),
    ("added", "he", "We let the manager down, not the other way round"),
]
NOT_REPORTS["presser"] = ["Kilburn are now eleventh, nine points off the play-off places."]

GOLD["sitrep"] = [
    ("According to", "OCHA", "an estimated 42,000 people have been affected, and about 6,500 homes have been destroyed or damaged"),
    ("report", "State authorities", "17 deaths and more than 60 injuries"),
    ("said", "The World Health Organization (WHO)", "the risk of cholera is high, as latrines have collapsed and water sources are contaminated"),
    ("report", "Partners", "about 3,000 families are sheltering in schools and mosques in Kosti town"),
    ("said", "WFP", "it had distributed food to 12,000 people in the first week"),
    ("said", "the agency", "UNICEF and its partners have delivered hygiene kits to 2,400 households"),
    ("called on", "The Humanitarian Coordinator, Ms Clara Nsengi", "donors to release funds quickly"),
    ("said", "she", "Every day we wait, the risk of disease grows"),
]
NOT_REPORTS["sitrep"] = [
    "- An estimated 42,000 people affected in six localities",
    "- Humanitarian partners scaling up response",
    "Heavy rains since 12 August have caused flooding across White Nile State.",
    "- Roads to Ed Douiem remain cut off",
    "For further information, please contact: OCHA Sudan, Public Information Unit.",
]

GOLD["ngo"] = [
    ("-", "Amnesty International", "Authorities must release detained journalists"),
    ("said", "Amnesty International", "The authorities in Veloria must immediately release six journalists detained since last month's protests"),
    ("said", "Ana Ribeiro, Amnesty International's Regional Director", "These journalists were doing their job. Locking them up sends a chilling message to everyone who dares to report the truth"),
    ("told", "Witnesses", "police beat two of the journalists with batons during their arrest"),
    ("said", "One witness", "officers seized cameras and phones and deleted footage"),
    ("said", "Relatives of the detainees", "they had not been allowed to visit them"),
    ("told", "The mother of one journalist", "her son had lost weight and appeared to have been ill-treated"),
    ("accused", "The government", "the journalists of \"inciting public disorder\""),
    ("according to", "local rights groups", "Since January, at least 40 people have been detained in connection with the fuel protests"),
]
NOT_REPORTS["ngo"] = [
    "The journalists were arrested in the capital, Porto Vaz, while covering demonstrations against a rise in fuel prices.",
    "For more information please call Amnesty International's press office.",
]

GOLD["courtroom"] = [
    ("told", "Judge Alison Reed", "Mr Penrose, you have asked that question four times"),
    ("denies", "He", "six counts of fraud"),
    ("told", "Sarah Imlach", "Harrow had moved 2.3 million pounds from the company's pension fund into accounts he controlled"),
    ("said", "she", "This was not a mistake. This was a plan"),
    ("countered", "Penrose", "his client had been following the instructions of the board"),
    ("suggested", "he", "The money"),
    ("conceded", "the company's former auditor, Neil Varga", "he had not checked every transfer"),
]
NOT_REPORTS["courtroom"] = [
    "The judge had heard enough by three o'clock.",
    "Penrose, a tall man with a voice made for larger rooms, apologised and moved on.",
    "At one point Harrow shook his head and muttered something to the dock officer.",
]

GOLD["finance"] = [
    ("thinks", "My husband", "we should pay it off with our savings"),
    ("says", "Financial planner Raj Mehta", "the answer depends on your mortgage rate"),
    ("says", "he", "If you're paying less than 4 per cent, you're usually better off putting the money in a pension and taking the tax relief"),
    ("says", "She", "people often forget to keep an emergency fund"),
    ("writes", "Another reader, Mike from Bristol", "he split his savings half and half and has \"never slept better\""),
]
NOT_REPORTS["finance"] = [
    "I'll be honest: paying off a mortgage feels wonderful. But feelings don't pay for retirement.",
    "I once paid off a car loan early and then had to borrow again when the boiler broke. Don't repeat my mistake.",
    "Have a question for Money Matters? Email us at money@example.com.",
]

