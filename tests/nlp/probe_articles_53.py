# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty short articles written for the fifty-third session's probes (helper probe), one per genre or
house style the earlier probes left out or wrote otherwise (an obituary with a family tribute, a trial
witness under cross-examination, a derby match report, a science press release with an embargo line and
notes to editors, a product recall notice, a wire story of 'he added' tails, election-night results,
parish council minutes, a corrections column, a film review quoting its director, a hospital's apology,
a union's strike ballot, a think tank's report, a farmer speaking through an interpreter, a podcast
transcript, letters to the editor, an inquest, a flood situation report with key figures, a planning
appeal decision and a radio phone-in with callers by first name), with the gold written by hand: (a
word of the cue, the source, the first content span) per attribution the pipeline gets right. Every
name, figure and sentence is made up. Read by ``test_probe_findings_53_probe``; ``NOT_REPORTS`` holds
each article's lines that report nothing (headlines, labels and headings, data lines, narration,
boilerplate, signatures), ``NESTED`` the reports another report holds, ``STILL_WRONG`` the reports
still missed or cut wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["obituary"] = """Walter Brisk, village postmaster for forty years, dies at 91

Walter Brisk, who ran the post office in Little Hambury from 1958 until 1998, has died at the age of 91.

His daughter, Margaret Ellery, said he had died peacefully at home on Sunday with his family around him. "Dad knew everyone in the village by name, and most of their dogs too," she said.

Born in a terraced house above a bakery, Brisk left school at 14 and joined the Royal Mail as a telegram boy. He often joked that he had walked the length of the county twice over.

Former parish councillor Janet Roe remembered him as a man who "never let a pension go unclaimed". She recalled that he would cycle to outlying farms when elderly residents could not make the trip.

In a 2009 interview with the Hambury Courier, Brisk said the closure of rural post offices was "a slow way of telling the countryside it does not matter".

He is survived by his daughter, two grandsons and a great-granddaughter. The funeral will be held at St Luke's on March 14.
"""

ARTICLES["testimony"] = """Witness tells jury she saw defendant leave warehouse before fire

A warehouse worker told a jury on Wednesday that she saw the man accused of starting a fire at a distribution depot leave the building minutes before the blaze.

Karen Oduya, 38, was giving evidence on the third day of the trial of Dean Marlow, 44, who denies arson with intent to endanger life.

Ms Oduya said she had been smoking outside the loading bay at about 10.15pm when she saw Mr Marlow walk quickly towards the car park. "He had his hood up and he did not say goodnight, which was unusual," she told the court.

Under cross-examination, she accepted that the lighting in the yard was poor. Asked by defence barrister Simon Kell whether she could be sure it was Mr Marlow, she replied: "I have worked with him for six years. I know how he walks."

Mr Kell suggested that she had a grudge against his client after a dispute over overtime. Ms Oduya denied this.

The prosecution says Mr Marlow set fire to pallets after being told he would lose his job. The trial continues.
"""

ARTICLES["match"] = """Harbourside edge Millgate in tense derby

Harbourside 2 Millgate 1

A late header from substitute Tomas Reyna gave Harbourside victory in a bad-tempered derby at the Quay Ground on Saturday.

Millgate had led through Ollie Pratt's first-half penalty, but Ben Achterberg levelled after the break before Reyna rose highest in the 88th minute.

Harbourside manager Gail Fenwick said her side had shown character. "We were second best for an hour, but the lads never stopped running," she said. "Tomas has been waiting for his chance and he took it."

Millgate boss Ray Dunstan was furious about the penalty decision that was not given when Pratt went down in the box in stoppage time. "It's a stonewall penalty. Everybody in the ground saw it except the one man who matters," he told reporters.

Reyna, 19, admitted he had barely slept the night before. "I just told myself to attack the ball," the teenager said.

Harbourside move up to fourth. Millgate host Eastwick next Saturday.
"""

ARTICLES["science"] = """Press release: Sea snails can smell warming water, study finds

Embargoed until 00:01 GMT, Thursday 4 May

Marine snails change the way they search for food when water temperatures rise by as little as one degree, according to a new study from the University of Carrick.

The researchers exposed 600 periwinkles to water at different temperatures and tracked how quickly they found algae placed at the far end of a tank.

"We were surprised by how sensitive they were," said lead author Dr Nadia Ferrante, a marine biologist at the university's School of Ocean Sciences. "A single degree made them twice as slow to find their food."

Co-author Professor Henrik Aas said the findings suggested that warming seas could disrupt grazing on rocky shores. He cautioned, however, that the experiments were carried out in a laboratory and that snails in the wild might adapt.

The study, published in the Journal of Coastal Ecology, was funded by the Marine Research Council.

Notes to editors

Dr Ferrante is available for interview on Thursday morning. Images are available on request.
"""

ARTICLES["recall"] = """Supermarket recalls chicken pies over plastic fears

Fairmead Stores is recalling two kinds of chilled chicken pie because they may contain small pieces of hard plastic.

The Food Standards Agency said the affected products were the 400g Chicken and Leek Pie and the 200g Chicken and Mushroom Pie, with use-by dates up to and including 18 June.

In a notice displayed in its stores, Fairmead said it was "taking this action as a precaution" and apologised to customers for any inconvenience.

Customers who have bought the pies are advised not to eat them and to return them to any store for a full refund. No receipt is needed.

A spokesperson for Fairmead told us that the problem had been traced to a broken part on a production line at one of its suppliers. "No other products are affected," the spokesperson added.

The agency said it had not received any reports of injury.

Product details

Pack size: 400g. Best before: see pack.
"""

ARTICLES["wire"] = """Airline cuts winter flights as engine checks ground planes

DUBLIN, Oct 12 (Wirepoint) - Budget carrier Skyline Air will cut 900 flights from its winter schedule because engine inspections have grounded eleven of its jets, its chief executive said on Thursday.

"We have no choice. We cannot fly planes we do not have," Colm Brady told a news conference in Dublin, adding that passengers would be offered refunds or new flights.

The cuts would mostly hit routes to regional airports in Britain and France, he said. Brady added that the airline still expected to carry a record 41 million passengers this year.

The engine maker had told airlines last month that some parts might need to be replaced earlier than planned, Brady said. He declined to say how much the groundings would cost.

"It is a headache, not a crisis," he added.

Shares in Skyline fell 3 percent in early trading. An analyst at Corran Securities, Aoife Lynch, said the cuts were smaller than some investors had feared.

(Reporting by Niamh Kerr; Editing by Paul Sand)
"""

ARTICLES["election"] = """Election night: Greens take Riverside as turnout slumps

The Green Party has won the Riverside seat from Labour, ending 40 years of Labour control, the returning officer announced shortly after 3am.

Newly elected MP Chloe Baptiste told supporters at the count that voters had "asked for something different and we will not let them down".

Turnout fell to 52 percent, down from 63 percent at the last election, the figures show.

The defeated Labour candidate, Derek Holm, conceded shortly afterwards. "The people of Riverside have spoken, and I respect their decision," he said.

Elsewhere, the Conservatives held Westbrook with a reduced majority. Party chairman Alan Pierce insisted the result showed "our vote is holding up where it matters".

Polling expert Professor Ruth Aldous said the early results pointed to a fragmented parliament. "No party is going to find this easy," she told the BBC.

Results so far

Riverside: Green gain from Labour. Westbrook: Conservative hold.
"""

ARTICLES["minutes"] = """Minutes of the meeting of Ashcombe Parish Council, held on 9 January in the Village Hall

Present: Cllr P Marsh (Chair), Cllr D Okoro, Cllr S Little, Cllr R Vance. Also present: the Clerk and four members of the public.

1. Apologies were received from Cllr T Green.

2. Public participation. A resident raised concerns about speeding on Mill Lane and asked whether the council would support a 20mph limit. The Chair said the matter would be placed on the agenda for the February meeting.

3. Playground. Cllr Okoro reported that the new swings had been installed and that the safety inspection had been passed.

4. Finance. The Clerk reported that the precept for the coming year would rise by 2 percent. Cllr Vance stated that he could not support any increase while reserves stood at more than 30,000 pounds.

RESOLVED: that the precept be set at 24,480 pounds. Proposed by Cllr Little, seconded by Cllr Marsh. Carried, one against.

5. Any other business. Cllr Little noted that the defibrillator on the green needed a new battery.

The meeting closed at 8.40pm.
"""

ARTICLES["correction"] = """Corrections and clarifications

An article on 3 March about a housing development in Fernley ("Homes plan approved despite objections") said that 300 residents had signed a petition against the scheme. In fact the petition had 130 signatures. We apologise for the error.

A report on 5 March wrongly stated that the chief executive of Westmoor Hospitals, Dr Ian Hale, had resigned. Dr Hale has not resigned and remains in post. A spokeswoman for the trust said Dr Hale had announced only that he would not seek a second term.

Our obituary of the artist Lena Frost (8 March) said she had been born in Leeds. She was born in Bradford, her son has pointed out.

A picture caption on page 12 of yesterday's paper misidentified the woman standing next to the mayor. She is Councillor Rosa Quint, not Councillor Rosa Quinn.

To contact the readers' editor, email corrections@example.com.
"""

ARTICLES["review"] = """Review: The Salt Road is a slow, beautiful journey

The Salt Road (12A, 134 mins) *****

There is a moment, about halfway through Mira Castell's third feature, when the camera simply watches a mule cross a dry riverbed for two full minutes. Some viewers will walk out. They will be wrong to.

Castell has said she wanted the film to "move at the speed of the people in it", and it does. The story of a widow carrying salt across the mountains to pay her husband's debts unfolds almost without dialogue.

Speaking at the London premiere, the director told the audience that she had spent three years living in the villages where the film was shot. "I did not want to make a film about these people. I wanted to make one with them," she said.

Lead actress Yara Osei, who had never acted before, is extraordinary. In an interview with this paper, she said that she had learned to lead a mule train "by being kicked a lot".

The Salt Road is in cinemas from Friday.
"""

ARTICLES["hospital"] = """Hospital apologises after patient left on trolley for 30 hours

Northfield General Hospital has apologised to the family of an 84-year-old woman who spent 30 hours on a trolley in a corridor before being given a bed.

In a statement, the hospital's chief nurse, Angela Burrows, said: "We are deeply sorry for the distress caused to Mrs Pike and her family. This falls well short of the care we want to give."

The hospital said the emergency department had been under "extreme pressure" that weekend, with more than 300 patients arriving in a single day.

Mrs Pike's grandson, Liam Carter, said his grandmother had been given water only when relatives asked for it. "Nobody checked on her for hours. We had to take her to the toilet ourselves," he said.

A hospital spokesman confirmed that an investigation had been opened and that the family would be told its findings.

Mrs Pike is now recovering on a ward and is said to be in a stable condition.
"""

ARTICLES["strike"] = """Bus drivers to strike over pay, union announces

Bus drivers at Cresta Travel will walk out for five days later this month in a row over pay, the Transit Workers Union has announced.

The union said 87 percent of its members who voted had backed strike action on a turnout of 74 percent.

"Our members keep this city moving, and they are sick of being told there is no money while the company posts record profits," the union's regional organiser, Patrick Doyle, said.

Drivers will strike from 20 to 24 March. The union warned that further dates would follow if the company did not return to talks with an improved offer.

Cresta Travel said it was "disappointed" by the decision. A company spokeswoman said the 4 percent offer was fair and in line with other operators in the region. She urged the union to put it to a fresh ballot.

Passengers are advised to check timetables before they travel.
"""

ARTICLES["thinktank"] = """Young renters spend half their pay on housing, think tank finds

Private renters under 30 spend on average 48 percent of their take-home pay on rent, according to a report by the Harrow Foundation published on Monday.

The think tank's analysis of official survey data found that the share had risen from 35 percent a decade ago. It warned that a generation was being "locked out" of saving for a deposit.

The report recommends that ministers raise housing benefit in line with local rents and build 90,000 social homes a year.

Its author, senior economist Tara Whitlock, said the figures should be "a wake-up call" for all parties. "Renting is no longer a stage of life. For many it is becoming the whole of it," she said.

The government disputed the findings. A spokesman for the housing department said rents had begun to stabilise and that the report ignored recent support for first-time buyers.

Landlord groups argue that tax changes have driven small landlords out of the market, pushing rents up.
"""

ARTICLES["interpreter"] = """Visiting farmer describes drought's toll on his village

A farmer from northern Kenya told a conference in Edinburgh on Tuesday that three years of failed rains had killed most of his village's cattle.

Speaking through an interpreter, Lekishon Lenaiyara said families who once owned 50 cows now had two or three. "When the cows die, the children stop going to school, because there is no money for fees," he said.

Mr Lenaiyara, 56, said some young men had left for the cities and had not come back.

He told delegates that the charity that had brought him to Scotland had helped his village dig a borehole. The water, he said, had saved the goats but not the cattle.

Asked what he would tell world leaders, he said through his interpreter: "Come and see it with your own eyes."

The conference, organised by the charity Dryland Futures, ends on Thursday.
"""

ARTICLES["podcast"] = """Transcript excerpt: The Money Hour, episode 212

HOST (Jess Palmer): Welcome back. I'm joined by the economist Dev Sharma. Dev, are we heading for a recession?

SHARMA: I don't think so, not this year. Wages are still growing faster than prices, and people are spending.

PALMER: But the Bank of England says growth will be close to zero.

SHARMA: Close to zero is not below zero. I think people hear "weak growth" and think "recession", and those are different things.

PALMER: What would change your mind?

SHARMA: If unemployment started to rise quickly, I'd worry. So far it hasn't.

[Advertisement break]

PALMER: Dev Sharma, thank you.

This transcript has been edited for length and clarity.
"""

ARTICLES["letter"] = """Letters to the editor

Sir, Your report on the closure of the Wellbank library ("Libraries face the axe", 14 May) quoted the council leader as saying that "nobody uses them any more". I would invite him to visit on a Saturday morning, when he will find the children's corner full.

The council says the closure will save 80,000 pounds a year. But it has not said where the 400 pupils who use the homework club will go.

I believe a library is not a luxury. It is the only warm, quiet place some of these children have.

Margaret Dunne, Wellbank

Sir, As a retired bus driver, I read with interest your article about the new timetable. The operator claims that journey times will be shorter. Anyone who has driven the number 9 route at 5pm knows that is wishful thinking.

Frank Osei, Hollins Green
"""

ARTICLES["inquest"] = """Coroner warns over unsafe loft ladders after pensioner's death

A coroner has warned that cheap loft ladders pose a danger to older people after an inquest into the death of a retired teacher.

George Abney, 79, died in hospital in September, two days after falling through a loft hatch at his home in Selbury.

Assistant coroner Helen Marr recorded a conclusion of accidental death. She said the ladder, bought online, had not met British safety standards and that one of its hinges had failed.

His wife, Pauline Abney, told the inquest she had heard "a crack and then a terrible thud" while she was in the kitchen. "He had been up and down that ladder a hundred times," she said.

A trading standards officer, Mark Ellison, said the model had since been withdrawn from sale.

Ms Marr said she would write a prevention of future deaths report to the online marketplace that sold the ladder. "I am concerned that other people may be using these ladders without knowing the risk," she said.
"""

ARTICLES["sitrep"] = """Flood response: situation update, 22 August

More than 140,000 people have been displaced by flooding in the southern provinces, according to the UN Office for the Coordination of Humanitarian Affairs (OCHA).

The World Health Organization reported 312 suspected cases of cholera in temporary camps in the past week, up from 97 the week before.

UNICEF estimates that 60,000 children are out of school because classrooms are being used as shelters. "Every day these children spend out of school makes it harder for them to go back," said UNICEF's country representative, Grace Mwangi.

Aid agencies said access to the worst-hit districts remained difficult because two main bridges had collapsed. The World Food Programme said it had begun dropping food by helicopter.

Funding

The flood appeal for 48 million dollars is 22 percent funded.

Key figures

Displaced: 140,000. Suspected cholera cases: 312. Schools used as shelters: 410.
"""

ARTICLES["planning"] = """Inspector rejects wind farm appeal

A government planning inspector has dismissed an appeal by Tarn Energy against the refusal of a six-turbine wind farm on Caldmoor.

In her decision letter, inspector Joan Pettifer concluded that the turbines would cause "significant harm" to the character of the moor and to views from the national park.

She accepted that the scheme would make a useful contribution to renewable energy targets, but found that this did not outweigh the damage to the landscape.

Tarn Energy said it was disappointed and would consider its options. Its development director, Chris Neame, argued that the decision sent "the wrong signal" to investors.

The Caldmoor Action Group, which campaigned against the plan for four years, welcomed the ruling. Its chairwoman, Sue Haddon, said residents were "delighted and relieved".

The council had refused planning permission in 2022, saying the turbines would dominate the skyline.
"""

ARTICLES["phonein"] = """Phone-in: Should cyclists pay road tax?

Listeners to Radio Kestrel's morning phone-in were divided on Tuesday over whether cyclists should pay to use the roads.

Caller Dave, from Thornby, said cyclists "get all the benefits and pay nothing". He told presenter Amy Quayle that he had nearly hit a cyclist who ran a red light the week before.

But Sandra, a nurse who cycles to work in Kestrel, said most cyclists also owned cars and already paid vehicle duty. "I am saving the NHS money by staying fit," she said.

Quayle pointed out that road tax had been abolished in 1937 and that roads were paid for out of general taxation.

Another caller, who gave his name only as Mo, said he would happily pay a small fee if it bought safer cycle lanes.

The station said it had received more than 400 messages on the subject.
"""

GOLD["obituary"] = [
    ('said', 'His daughter, Margaret Ellery', 'he had died peacefully at home on Sunday with his family around him'),
    ('said', 'she', 'Dad knew everyone in the village by name, and most of their dogs too'),
    ('joked', 'He', 'he had walked the length of the county twice over'),
    ('remembered', 'Former parish councillor Janet Roe', 'him as a man who "never let a pension go unclaimed"'),
    ('recalled', 'She', 'he would cycle to outlying farms when elderly residents could not make the trip'),
    ('said', 'Brisk', 'the closure of rural post offices was "a slow way of telling the countryside it does not matter"'),
]
NOT_REPORTS["obituary"] = [
    'Walter Brisk, village postmaster for forty years, dies at 91',
    'Walter Brisk, who ran the post office in Little Hambury from 1958 until 1998, has died at the age of 91.',
    "He is survived by his daughter, two grandsons and a great-granddaughter. The funeral will be held at St Luke's on March 14.",
]

GOLD["testimony"] = [
    ('denies', 'who', 'arson with intent to endanger life'),
    ('said', 'Ms Oduya', 'she had been smoking outside the loading bay at about 10.15pm when she saw Mr Marlow walk quickly towards the car park'),
    ('told', 'she', 'He had his hood up and he did not say goodnight, which was unusual'),
    ('accepted', 'she', 'the lighting in the yard was poor'),
    ('Asked', 'defence barrister Simon Kell', 'whether she could be sure it was Mr Marlow'),
    ('replied', 'she', 'I have worked with him for six years. I know how he walks'),
    ('suggested', 'Mr Kell', 'she had a grudge against his client after a dispute over overtime'),
    ('denied', 'Ms Oduya', 'this'),
    ('says', 'The prosecution', 'Mr Marlow set fire to pallets after being told he would lose his job'),
]
NOT_REPORTS["testimony"] = ['The trial continues.']

GOLD["match"] = [
    ('said', 'Harbourside manager Gail Fenwick', 'her side had shown character'),
    ('said', 'she', 'We were second best for an hour, but the lads never stopped running'),
    ('told', 'he', "It's a stonewall penalty. Everybody in the ground saw it except the one man who matters"),
    ('admitted', 'Reyna, 19', 'he had barely slept the night before'),
    ('said', 'the teenager', 'I just told myself to attack the ball'),
]
NOT_REPORTS["match"] = [
    'Harbourside 2 Millgate 1',
    "Millgate had led through Ollie Pratt's first-half penalty, but Ben Achterberg levelled after the break before Reyna rose highest in the 88th minute.",
    'Harbourside move up to fourth. Millgate host Eastwick next Saturday.',
]

GOLD["science"] = [
    ('finds', 'study', 'Sea snails can smell warming water'),
    ('according to', 'a new study from the University of Carrick', 'Marine snails change the way they search for food when water temperatures rise by as little as one degree'),
    ('said', "lead author Dr Nadia Ferrante, a marine biologist at the university's School of Ocean Sciences", 'We were surprised by how sensitive they were'),
    ('said', 'Co-author Professor Henrik Aas', 'the findings suggested that warming seas could disrupt grazing on rocky shores'),
    ('cautioned', 'He', 'the experiments were carried out in a laboratory and that snails in the wild might adapt'),
]
NOT_REPORTS["science"] = [
    'Press release:',
    'Embargoed until 00:01 GMT, Thursday 4 May',
    'The researchers exposed 600 periwinkles to water at different temperatures and tracked how quickly they found algae placed at the far end of a tank.',
    'The study, published in the Journal of Coastal Ecology, was funded by the Marine Research Council.',
    'Notes to editors',
    'Dr Ferrante is available for interview on Thursday morning. Images are available on request.',
]

GOLD["recall"] = [
    ('said', 'The Food Standards Agency', 'the affected products were the 400g Chicken and Leek Pie and the 200g Chicken and Mushroom Pie, with use-by dates up to and including 18 June'),
    ('said', 'Fairmead', 'it was "taking this action as a precaution"'),
    ('told', 'A spokesperson for Fairmead', 'the problem had been traced to a broken part on a production line at one of its suppliers'),
    ('added', 'the spokesperson', 'No other products are affected'),
    ('said', 'The agency', 'it had not received any reports of injury'),
]
NOT_REPORTS["recall"] = [
    'Supermarket recalls chicken pies over plastic fears',
    'Fairmead Stores is recalling two kinds of chilled chicken pie because they may contain small pieces of hard plastic.',
    'No receipt is needed.',
    'Product details',
    'Pack size: 400g. Best before: see pack.',
]

GOLD["wire"] = [
    ('said', 'its chief executive', 'Budget carrier Skyline Air will cut 900 flights from its winter schedule because engine inspections have grounded eleven of its jets'),
    ('told', 'Colm Brady', 'We have no choice. We cannot fly planes we do not have'),
    ('adding', 'Colm Brady', 'passengers would be offered refunds or new flights'),
    ('said', 'he', 'The cuts would mostly hit routes to regional airports in Britain and France'),
    ('added', 'Brady', 'the airline still expected to carry a record 41 million passengers this year'),
    ('said', 'Brady', 'The engine maker had told airlines last month that some parts might need to be replaced earlier than planned'),
    ('added', 'he', 'It is a headache, not a crisis'),
    ('said', 'An analyst at Corran Securities, Aoife Lynch', 'the cuts were smaller than some investors had feared'),
]
NOT_REPORTS["wire"] = ['Shares in Skyline fell 3 percent in early trading.', '(Reporting by Niamh Kerr; Editing by Paul Sand)']

GOLD["election"] = [
    ('announced', 'the returning officer', 'The Green Party has won the Riverside seat from Labour, ending 40 years of Labour control'),
    ('told', 'Newly elected MP Chloe Baptiste', 'voters had "asked for something different and we will not let them down"'),
    ('show', 'the figures', 'Turnout fell to 52 percent, down from 63 percent at the last election'),
    ('said', 'he', 'The people of Riverside have spoken, and I respect their decision'),
    ('insisted', 'Party chairman Alan Pierce', 'the result showed "our vote is holding up where it matters"'),
    ('said', 'Polling expert Professor Ruth Aldous', 'the early results pointed to a fragmented parliament'),
    ('told', 'she', 'No party is going to find this easy'),
]
NOT_REPORTS["election"] = [
    'Elsewhere, the Conservatives held Westbrook with a reduced majority.',
    'Results so far',
    'Riverside: Green gain from Labour. Westbrook: Conservative hold.',
]

GOLD["minutes"] = [
    ('asked', 'A resident', 'whether the council would support a 20mph limit'),
    ('said', 'The Chair', 'the matter would be placed on the agenda for the February meeting'),
    ('reported', 'Cllr Okoro', 'the new swings had been installed and that the safety inspection had been passed'),
    ('reported', 'The Clerk', 'the precept for the coming year would rise by 2 percent'),
    ('stated', 'Cllr Vance', 'he could not support any increase while reserves stood at more than 30,000 pounds'),
    ('noted', 'Cllr Little', 'the defibrillator on the green needed a new battery'),
]
NOT_REPORTS["minutes"] = [
    'Minutes of the meeting of Ashcombe Parish Council, held on 9 January in the Village Hall',
    'Present: Cllr P Marsh (Chair), Cllr D Okoro, Cllr S Little, Cllr R Vance. Also present: the Clerk and four members of the public.',
    '1. Apologies were received from Cllr T Green.',
    'RESOLVED: that the precept be set at 24,480 pounds. Proposed by Cllr Little, seconded by Cllr Marsh. Carried, one against.',
    'The meeting closed at 8.40pm.',
]

GOLD["correction"] = [
    ('said', 'An article on 3 March about a housing development in Fernley ("Homes plan approved despite objections")', '300 residents had signed a petition against the scheme'),
    ('stated', 'A report on 5 March', 'the chief executive of Westmoor Hospitals, Dr Ian Hale, had resigned'),
    ('said', 'A spokeswoman for the trust', 'Dr Hale had announced only that he would not seek a second term'),
    ('said', 'Our obituary of the artist Lena Frost (8 March)', 'she had been born in Leeds'),
    ('pointed out', 'her son', 'She was born in Bradford'),
]
NOT_REPORTS["correction"] = [
    'Corrections and clarifications',
    'In fact the petition had 130 signatures.',
    'Dr Hale has not resigned and remains in post.',
    "A picture caption on page 12 of yesterday's paper misidentified the woman standing next to the mayor. She is Councillor Rosa Quint, not Councillor Rosa Quinn.",
    "To contact the readers' editor, email corrections@example.com.",
]

GOLD["review"] = [
    ('said', 'Castell', 'she wanted the film to "move at the speed of the people in it"'),
    ('told', 'the director', 'she had spent three years living in the villages where the film was shot'),
    ('said', 'she', 'I did not want to make a film about these people. I wanted to make one with them'),
    ('said', 'she', 'she had learned to lead a mule train "by being kicked a lot"'),
]
NOT_REPORTS["review"] = [
    'The Salt Road (12A, 134 mins) *****',
    'Some viewers will walk out. They will be wrong to.',
    'The Salt Road is in cinemas from Friday.',
]

GOLD["hospital"] = [
    ('said', "the hospital's chief nurse, Angela Burrows", 'We are deeply sorry for the distress caused to Mrs Pike and her family. This falls well short of the care we want to give'),
    ('said', 'The hospital', 'the emergency department had been under "extreme pressure" that weekend, with more than 300 patients arriving in a single day'),
    ('said', "Mrs Pike's grandson, Liam Carter", 'his grandmother had been given water only when relatives asked for it'),
    ('said', 'he', 'Nobody checked on her for hours. We had to take her to the toilet ourselves'),
    ('confirmed', 'A hospital spokesman', 'an investigation had been opened and that the family would be told its findings'),
]
NOT_REPORTS["hospital"] = ['Hospital apologises after patient left on trolley for 30 hours']

GOLD["strike"] = [
    ('announced', 'the Transit Workers Union', 'Bus drivers at Cresta Travel will walk out for five days later this month in a row over pay'),
    ('said', 'The union', '87 percent of its members who voted had backed strike action on a turnout of 74 percent'),
    ('said', "the union's regional organiser, Patrick Doyle", 'Our members keep this city moving, and they are sick of being told there is no money while the company posts record profits'),
    ('warned', 'The union', 'further dates would follow if the company did not return to talks with an improved offer'),
    ('said', 'Cresta Travel', 'it was "disappointed" by the decision'),
    ('said', 'A company spokeswoman', 'the 4 percent offer was fair and in line with other operators in the region'),
    ('urged', 'She', 'the union to put it to a fresh ballot'),
]
NOT_REPORTS["strike"] = ['Drivers will strike from 20 to 24 March.']

GOLD["thinktank"] = [
    ('according to', 'a report by the Harrow Foundation published on Monday', 'Private renters under 30 spend on average 48 percent of their take-home pay on rent'),
    ('found', "The think tank's analysis of official survey data", 'the share had risen from 35 percent a decade ago'),
    ('warned', 'It', 'a generation was being "locked out" of saving for a deposit'),
    ('recommends', 'The report', 'ministers raise housing benefit in line with local rents and build 90,000 social homes a year'),
    ('said', 'Its author, senior economist Tara Whitlock', 'the figures should be "a wake-up call" for all parties'),
    ('said', 'she', 'Renting is no longer a stage of life. For many it is becoming the whole of it'),
    ('disputed', 'The government', 'the findings'),
    ('said', 'A spokesman for the housing department', 'rents had begun to stabilise and that the report ignored recent support for first-time buyers'),
    ('argue', 'Landlord groups', 'tax changes have driven small landlords out of the market, pushing rents up'),
]

GOLD["interpreter"] = [
    ('told', 'A farmer from northern Kenya', "three years of failed rains had killed most of his village's cattle"),
    ('said', 'Lekishon Lenaiyara', 'families who once owned 50 cows now had two or three'),
    ('said', 'he', 'When the cows die, the children stop going to school, because there is no money for fees'),
    ('said', 'Mr Lenaiyara, 56', 'some young men had left for the cities and had not come back'),
    ('told', 'He', 'the charity that had brought him to Scotland had helped his village dig a borehole'),
    ('said', 'he', 'The water'),
    ('said', 'he', 'Come and see it with your own eyes'),
]
NOT_REPORTS["interpreter"] = ['The conference, organised by the charity Dryland Futures, ends on Thursday.']

GOLD["podcast"] = [
    (':', 'SHARMA', "I don't think so, not this year. Wages are still growing faster than prices, and people are spending"),
    (':', 'SHARMA', 'Close to zero is not below zero. I think people hear "weak growth" and think "recession", and those are different things'),
    (':', 'SHARMA', "If unemployment started to rise quickly, I'd worry. So far it hasn't"),
]
NOT_REPORTS["podcast"] = [
    'PALMER: What would change your mind?',
    '[Advertisement break]',
    'This transcript has been edited for length and clarity.',
]

GOLD["letter"] = [
    ('saying', 'the council leader', 'nobody uses them any more'),
    ('says', 'The council', 'the closure will save 80,000 pounds a year'),
    ('believe', 'I', 'a library is not a luxury'),
    ('claims', 'The operator', 'journey times will be shorter'),
]
NOT_REPORTS["letter"] = ['Letters to the editor', 'Margaret Dunne, Wellbank', 'Frank Osei, Hollins Green']

GOLD["inquest"] = [
    ('has warned', 'A coroner', 'cheap loft ladders pose a danger to older people after an inquest into the death of a retired teacher'),
    ('said', 'She', 'the ladder, bought online, had not met British safety standards and that one of its hinges had failed'),
    ('told', 'His wife, Pauline Abney', 'she had heard "a crack and then a terrible thud" while she was in the kitchen'),
    ('said', 'she', 'He had been up and down that ladder a hundred times'),
    ('said', 'A trading standards officer, Mark Ellison', 'the model had since been withdrawn from sale'),
    ('said', 'she', 'I am concerned that other people may be using these ladders without knowing the risk'),
]
NOT_REPORTS["inquest"] = ['George Abney, 79, died in hospital in September, two days after falling through a loft hatch at his home in Selbury.']

GOLD["sitrep"] = [
    ('according to', 'the UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'More than 140,000 people have been displaced by flooding in the southern provinces'),
    ('estimates', 'UNICEF', '60,000 children are out of school because classrooms are being used as shelters'),
    ('said', "UNICEF's country representative, Grace Mwangi", 'Every day these children spend out of school makes it harder for them to go back'),
    ('said', 'Aid agencies', 'access to the worst-hit districts remained difficult because two main bridges had collapsed'),
    ('said', 'The World Food Programme', 'it had begun dropping food by helicopter'),
]
NOT_REPORTS["sitrep"] = [
    'Flood response: situation update, 22 August',
    'The flood appeal for 48 million dollars is 22 percent funded.',
    'Key figures',
    'Displaced: 140,000. Suspected cholera cases: 312. Schools used as shelters: 410.',
]

GOLD["planning"] = [
    ('concluded', 'inspector Joan Pettifer', 'the turbines would cause "significant harm" to the character of the moor and to views from the national park'),
    ('accepted', 'She', 'the scheme would make a useful contribution to renewable energy targets'),
    ('found', 'She', 'this did not outweigh the damage to the landscape'),
    ('said', 'Tarn Energy', 'it was disappointed and would consider its options'),
    ('argued', 'Its development director, Chris Neame', 'the decision sent "the wrong signal" to investors'),
    ('welcomed', 'The Caldmoor Action Group, which campaigned against the plan for four years', 'the ruling'),
    ('said', 'Its chairwoman, Sue Haddon', 'residents were "delighted and relieved"'),
    ('saying', 'The council', 'the turbines would dominate the skyline'),
]

GOLD["phonein"] = [
    ('said', 'Caller Dave, from Thornby', 'cyclists "get all the benefits and pay nothing"'),
    ('told', 'He', 'he had nearly hit a cyclist who ran a red light the week before'),
    ('said', 'Sandra, a nurse who cycles to work in Kestrel', 'most cyclists also owned cars and already paid vehicle duty'),
    ('said', 'she', 'I am saving the NHS money by staying fit'),
    ('pointed out', 'Quayle', 'road tax had been abolished in 1937 and that roads were paid for out of general taxation'),
    ('said', 'Another caller, who gave his name only as Mo', 'he would happily pay a small fee if it bought safer cycle lanes'),
    ('said', 'The station', 'it had received more than 400 messages on the subject'),
]
NOT_REPORTS["phonein"] = ['Phone-in: Should cyclists pay road tax?']

NESTED = {
    "science": [("suggested", "the findings", "warming seas could disrupt grazing on rocky shores")],
    "wire": [("told", "The engine maker", "some parts might need to be replaced earlier than planned")],
    "correction": [("announced", "Dr Hale", "he would not seek a second term")],
    "podcast": [("says", "the Bank of England", "growth will be close to zero")],
}
#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("testimony", "told", "A warehouse worker",
     "she saw the man accused of starting a fire at a distribution depot leave the building minutes before the blaze",
     "the parser hangs 'leave the building ...' on 'told' as an adverbial clause and 'accused' as the clause's verb, so the "
     "content stops at 'depot'"),
    ("minutes", "raised concerns", "A resident", "speeding on Mill Lane",
     "the noun cue 'concerns about' with the subject of 'raised' for source scores under the ranker's threshold; "
     "'raise concern' as a light idiom (light_idioms.json) was tried: train all +0 tp, +3 wrong (things that raise "
     "questions, contents cut at a list), so left out"),
    ("inquest", "said", "Ms Marr", "she would write a prevention of future deaths report to the online marketplace that sold the ladder",
     "'report' inside the compound 'prevention of future deaths report' is read as a noun cue, which splits the content"),
]
