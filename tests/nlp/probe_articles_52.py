# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the fifty-second session's probes (helper probe), one per genre the
earlier probes left out or wrote otherwise (a live blog with timestamps, a fact-check with claim and verdict
lines, an earnings call, a meeting transcript with speaker labels, a cross-examination, a joint communique,
a university's press release, a snow warning, a music review quoting lyrics and titles, an open letter, a
poll, a police appeal), with the gold written by hand: (a word of the cue, the source, the first content
span) per attribution the pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_52_probes``; ``NOT_REPORTS`` holds each article's lines that report nothing
(timestamps with narration, headings and labels, questions, lyrics and titles of works, imperatives,
narration), ``NESTED`` the reports another report holds, ``STILL_WRONG`` the reports still missed."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["liveblog"] = """Budget day live: Chancellor sets out spending plans

13:45 GMT - Welcome to our live coverage of the budget. The Chancellor is due on her feet at 14:30.

14:02 GMT - The Chancellor has just told MPs that the economy is "turning a corner" after two difficult years.

14:09 GMT - She confirms that fuel duty will be frozen for another year. Motoring groups have long called for the freeze.

14:15 GMT - Big announcement: the basic rate of income tax will fall by one penny from April, the Chancellor says.

14:21 GMT - Opposition benches are jeering. The Speaker has had to call for order twice.

14:40 GMT - Reaction from the business lobby is coming in. The Federation of Small Firms says the package is "a welcome first step" but warns that energy costs remain crippling.

14:52 GMT - Shadow chancellor Ravi Mehta responds: "This is a budget for the next election, not the next generation."

15:05 GMT - Our economics editor Claire Dunmore writes that the tax cut is smaller than it looks once frozen thresholds are taken into account.

15:20 GMT - What does this mean for your pay packet? We will have a calculator up shortly.
"""
GOLD["liveblog"] = [
    ('told', 'The Chancellor', 'the economy is "turning a corner" after two difficult years'),
    ('confirms', 'She', 'fuel duty will be frozen for another year'),
    ('says', 'the Chancellor', 'the basic rate of income tax will fall by one penny from April'),
    ('says', 'The Federation of Small Firms', 'the package is "a welcome first step"'),
    ('warns', 'The Federation of Small Firms', 'energy costs remain crippling'),
    ('responds', 'Shadow chancellor Ravi Mehta', 'This is a budget for the next election, not the next generation'),
    ('writes', 'Our economics editor Claire Dunmore', 'the tax cut is smaller than it looks once frozen thresholds are taken into account'),
]
NOT_REPORTS["liveblog"] = [
    '13:45 GMT - Welcome to our live coverage of the budget. The Chancellor is due on her feet at 14:30.',
    '14:21 GMT - Opposition benches are jeering. The Speaker has had to call for order twice.',
    '15:20 GMT - What does this mean for your pay packet? We will have a calculator up shortly.',
]

ARTICLES["factcheck"] = """Fact check: Did the council really ban barbecues in parks?

Claim: Thornbury council has banned barbecues in all its parks.

Verdict: False.

A post shared more than 40,000 times on Facebook claims that the council "quietly outlawed" barbecues last month.

Local influencer Danny Croft repeated the claim in a video posted on Tuesday. "They don't want you to have any fun," he said in the clip.

But the council's own bylaws, published on its website, show that barbecues are still allowed in designated areas of four parks.

A council spokesperson told us that no new restrictions had been introduced. "The rules have not changed since 2016," she said.

The confusion appears to stem from a sign put up in one park during a dry spell, which read: "No fires or barbecues until further notice."

Mr Croft did not respond when we asked him for evidence for his claim.

Why does this matter? False claims about local rules can spread quickly and lead to confrontations in public spaces.
"""
GOLD["factcheck"] = [
    ('claims', 'A post shared more than 40,000 times on Facebook', 'the council "quietly outlawed" barbecues last month'),
    ('said', 'he', "They don't want you to have any fun"),
    ('show', "the council's own bylaws, published on its website", 'barbecues are still allowed in designated areas of four parks'),
    ('told', 'A council spokesperson', 'no new restrictions had been introduced'),
    ('said', 'she', 'The rules have not changed since 2016'),
]
NOT_REPORTS["factcheck"] = [
    'Claim: Thornbury council has banned barbecues in all its parks.',
    'Verdict: False.',
    'Why does this matter? False claims about local rules can spread quickly and lead to confrontations in public spaces.',
]

ARTICLES["earnings"] = """Harlow Foods shares slide as profits miss forecasts

Shares in Harlow Foods fell 9 percent on Thursday after the grocer reported lower-than-expected half-year profits.

Pre-tax profit dropped to 212 million pounds from 260 million a year earlier, the company said in a statement to the stock exchange.

Chief executive Laura Penrose told analysts on a call that the business had been hit by "exceptional" wage and energy costs. She said the company expected margins to recover in the second half.

Asked about rumours of a takeover approach, Penrose declined to comment.

Finance director Mark Abbott said the group would cut 400 head office jobs. "These are difficult decisions, but they are the right ones for the long-term health of the business," he added.

Analysts were unconvinced. "The guidance looks optimistic," said Priya Nair, an analyst at Westgate Securities. "Consumers are trading down, and Harlow is caught in the middle."

According to data from the research firm Kantar, Harlow's market share slipped to 8.1 percent in the 12 weeks to August.

The company will hold its annual meeting in March.
"""
GOLD["earnings"] = [
    ('said', 'the company', 'Pre-tax profit dropped to 212 million pounds from 260 million a year earlier'),
    ('told', 'Chief executive Laura Penrose', 'the business had been hit by "exceptional" wage and energy costs'),
    ('said', 'She', 'the company expected margins to recover in the second half'),
    ('said', 'Finance director Mark Abbott', 'the group would cut 400 head office jobs'),
    ('added', 'he', 'These are difficult decisions, but they are the right ones for the long-term health of the business'),
    ('said', 'Priya Nair, an analyst at Westgate Securities', 'The guidance looks optimistic'),
    ('according', 'data from the research firm Kantar', "Harlow's market share slipped to 8.1 percent in the 12 weeks to August"),
]
NOT_REPORTS["earnings"] = [
    'Shares in Harlow Foods fell 9 percent on Thursday after the grocer reported lower-than-expected half-year profits.',
    'Analysts were unconvinced.',
    'The company will hold its annual meeting in March.',
]

ARTICLES["transcript"] = """Transcript: Councillors clash over housing plan

The following is an edited excerpt from Monday's meeting of the planning committee.

CHAIR: Thank you. Councillor Smith, you have two minutes.

SMITH: We never agreed to that. The developer promised forty affordable homes and now we are being offered twelve.

OKAFOR: That is not what the report says. The report says the viability assessment was independently checked.

SMITH: Checked by whom? By consultants the developer paid for.

CHAIR: Let us keep this civil, please.

OKAFOR: I simply think residents deserve the truth about what can be built.

After the meeting, Councillor Smith told the Gazette she would ask for the decision to be called in.

The committee approved the scheme by six votes to four.
"""
GOLD["transcript"] = [
    (':', 'SMITH', 'We never agreed to that. The developer promised forty affordable homes and now we are being offered twelve'),
    (':', 'OKAFOR', 'That is not what the report says. The report says the viability assessment was independently checked'),
    (':', 'SMITH', 'Checked by whom? By consultants the developer paid for'),
    (':', 'OKAFOR', 'I simply think residents deserve the truth about what can be built'),
    ('told', 'Councillor Smith', 'she would ask for the decision to be called in'),
]
NOT_REPORTS["transcript"] = [
    'Transcript: Councillors clash over housing plan',
    "The following is an edited excerpt from Monday's meeting of the planning committee.",
    'The committee approved the scheme by six votes to four.',
]

ARTICLES["trial"] = """Accountant denies stealing from charity

An accountant accused of stealing 300,000 pounds from a children's charity told a jury on Wednesday that she had "never taken a penny".

Helen Marsh, 52, denies eight counts of fraud by abuse of position at Northgate Crown Court.

Giving evidence in her own defence, Ms Marsh said the transfers had been approved by the charity's former chairman. "He signed off every single payment," she told the court.

Under questioning from the prosecution, she said she could not remember why some payments were sent to an account in her sister's name.

Prosecutor James Gill suggested that she had invented the approvals. "That is simply not true," Ms Marsh replied.

She accepted that she had not kept written records of the chairman's instructions.

The former chairman, Derek Lowe, told the court last week that he had never approved the payments.

Judge Anne Carter told jurors they should not discuss the case with anyone outside the jury room.

The trial continues.
"""
GOLD["trial"] = [
    ('told', "An accountant accused of stealing 300,000 pounds from a children's charity", 'she had "never taken a penny"'),
    ('said', 'Ms Marsh', "the transfers had been approved by the charity's former chairman"),
    ('told', 'she', 'He signed off every single payment'),
    ('said', 'she', "she could not remember why some payments were sent to an account in her sister's name"),
    ('suggested', 'Prosecutor James Gill', 'she had invented the approvals'),
    ('replied', 'Ms Marsh', 'That is simply not true'),
    ('accepted', 'She', "she had not kept written records of the chairman's instructions"),
    ('told', 'The former chairman, Derek Lowe', 'he had never approved the payments'),
]
NOT_REPORTS["trial"] = [
    'The trial continues.',
]

ARTICLES["communique"] = """Leaders pledge closer ties on energy and trade

The leaders of Norland and Estavia pledged on Friday to double trade between their countries by 2030, at the end of a two-day summit in the Norlandic capital.

In a joint statement, the two leaders agreed that energy security was "a shared responsibility" and committed to building a new power cable under the Baltic.

The statement said both governments would set up a working group on critical minerals within three months.

It also condemned "all attempts to change borders by force", a line widely read as aimed at their larger neighbour.

At a press conference afterwards, Norland's prime minister, Eva Lindqvist, said the summit had been "the most productive in a generation".

Her Estavian counterpart, President Tomas Kask, was more cautious. He said much work remained before the cable could be built.

The communique made no mention of the dispute over fishing quotas that has soured relations in recent years.

Officials from both sides declined to say whether the issue had been discussed.
"""
GOLD["communique"] = [
    ('said', 'The statement', 'both governments would set up a working group on critical minerals within three months'),
    ('condemned', 'It', 'all attempts to change borders by force'),
    ('said', "Norland's prime minister, Eva Lindqvist", 'the summit had been "the most productive in a generation"'),
    ('said', 'He', 'much work remained before the cable could be built'),
]
NOT_REPORTS["communique"] = [
]

ARTICLES["university"] = """Bilingual children better at switching tasks, study finds

Children who grow up speaking two languages are better at switching between tasks than those who speak one, according to new research from the University of Ashcombe.

The study, published in the journal Child Development, followed 640 children aged six to ten over three years.

"Our results suggest that managing two languages gives the brain a kind of daily workout," said lead author Dr Hannah Voss of the university's School of Psychology.

The researchers found that the advantage was strongest in children who used both languages every day.

Co-author Professor Luis Ortega said the findings challenged the idea that bilingualism held children back at school. "Parents are sometimes told to drop the home language. Our data suggest that is bad advice," he said.

The team cautions that the study did not look at adults, and that the effect in older people may be smaller.

The research was funded by the Economic and Social Research Council.

Notes to editors: Dr Voss is available for interview on Thursday.
"""
GOLD["university"] = [
    ('according', 'new research from the University of Ashcombe', 'Children who grow up speaking two languages are better at switching between tasks than those who speak one'),
    ('said', "lead author Dr Hannah Voss of the university's School of Psychology", 'Our results suggest that managing two languages gives the brain a kind of daily workout'),
    ('found', 'The researchers', 'the advantage was strongest in children who used both languages every day'),
    ('said', 'Co-author Professor Luis Ortega', 'the findings challenged the idea that bilingualism held children back at school'),
    ('said', 'he', 'Parents are sometimes told to drop the home language. Our data suggest that is bad advice'),
    ('cautions', 'The team', 'the study did not look at adults, and that the effect in older people may be smaller'),
]
NOT_REPORTS["university"] = [
    'The study, published in the journal Child Development, followed 640 children aged six to ten over three years.',
    'The research was funded by the Economic and Social Research Council.',
    'Notes to editors: Dr Voss is available for interview on Thursday.',
]

ARTICLES["weather"] = """Heavy snow to bring travel disruption, forecasters warn

Forecasters warn that up to 20cm of snow could fall on higher ground in northern England and Scotland overnight.

The Met Office has issued an amber warning for snow and ice covering much of the Pennines from 6pm on Tuesday until noon on Wednesday.

Chief meteorologist Dan Harper said the snow would be "heavy and persistent" at times. "Some rural communities could be cut off for a day or more," he said.

National Highways urged drivers to check conditions before setting out and to carry a blanket, food and a charged phone.

Rail operators said services on several routes would start later than usual on Wednesday.

Stay up to date with the latest forecast in your area.

Temperatures are expected to drop to minus 8C in some sheltered glens.
"""
GOLD["weather"] = [
    ('warn', 'Forecasters', 'up to 20cm of snow could fall on higher ground in northern England and Scotland overnight'),
    ('said', 'Chief meteorologist Dan Harper', 'the snow would be "heavy and persistent" at times'),
    ('said', 'he', 'Some rural communities could be cut off for a day or more'),
    ('urged', 'National Highways', 'drivers to check conditions before setting out and to carry a blanket, food and a charged phone'),
    ('said', 'Rail operators', 'services on several routes would start later than usual on Wednesday'),
]
NOT_REPORTS["weather"] = [
    'Stay up to date with the latest forecast in your area.',
]

ARTICLES["review"] = """Review: The Lanterns, "Harbour Lights" (Fable Records)

Four stars.

The Lanterns' third album opens with "Salt in the Wound", a slow-burning ballad about leaving a seaside town.

"I left my name on the harbour wall / and the tide came up and took it all," sings frontman Joe Harker over a lone piano, and it is a line that sets the tone for the whole record.

The single "Paper Crowns" is the obvious highlight, all chiming guitars and a chorus that will be sung back at festivals all summer.

Not every song lands. "Motorway Hymn" drifts along without a hook, and the closing track outstays its welcome by at least two minutes.

Harker has said in interviews that the album was written during his father's illness. That grief is everywhere here.

"Harbour Lights" is released on Friday.
"""
GOLD["review"] = [
    ('said', 'Harker', "the album was written during his father's illness"),
]
NOT_REPORTS["review"] = [
    'Review: The Lanterns, "Harbour Lights" (Fable Records)',
    'Four stars.',
    'The Lanterns\' third album opens with "Salt in the Wound", a slow-burning ballad about leaving a seaside town.',
    '"I left my name on the harbour wall / and the tide came up and took it all," sings frontman Joe Harker over a lone piano, and it is a line that sets the tone for the whole record.',
    'The single "Paper Crowns" is the obvious highlight, all chiming guitars and a chorus that will be sung back at festivals all summer.',
    'Not every song lands. "Motorway Hymn" drifts along without a hook, and the closing track outstays its welcome by at least two minutes.',
    '"Harbour Lights" is released on Friday.',
]

ARTICLES["openletter"] = """Scientists urge government to reverse research cuts

More than 200 scientists have signed an open letter urging the government to reverse cuts to research funding.

The letter, signed by 200 scientists including three Nobel laureates, argues that the cuts "will do lasting damage to the country's scientific base".

It warns that young researchers are already leaving for jobs abroad and calls on ministers to restore the 400 million pounds removed from the science budget in March.

One of the organisers, Professor Amira Saleh of Kingsbridge University, said the response had been "overwhelming". "We expected fifty signatures. We had two hundred within a week," she said.

A petition launched alongside the letter has gathered more than 30,000 signatures.

The Department for Science said funding remained at "record levels" in real terms. A spokesman insisted that no active grants had been cancelled.

The letter will be delivered to Downing Street on Monday.
"""
GOLD["openletter"] = [
    ('argues', 'The letter, signed by 200 scientists including three Nobel laureates', 'the cuts "will do lasting damage to the country\'s scientific base"'),
    ('warns', 'It', 'young researchers are already leaving for jobs abroad'),
    ('said', 'One of the organisers, Professor Amira Saleh of Kingsbridge University', 'the response had been "overwhelming"'),
    ('said', 'she', 'We expected fifty signatures. We had two hundred within a week'),
    ('said', 'The Department for Science', 'funding remained at "record levels" in real terms'),
    ('insisted', 'A spokesman', 'no active grants had been cancelled'),
]
NOT_REPORTS["openletter"] = [
    'A petition launched alongside the letter has gathered more than 30,000 signatures.',
    'The letter will be delivered to Downing Street on Monday.',
]

ARTICLES["pollstory"] = """Most voters back four-day week trial, survey finds

Six in ten voters believe a four-day working week would improve their quality of life, a survey found.

The poll of 2,400 adults, carried out for the think tank Work Forward, found that 61 percent supported a national trial.

Support was highest among voters aged 25 to 34, the figures show.

However, nearly half of those asked said they feared a shorter week would mean lower pay.

"People are clearly open to the idea, but they want reassurance about wages," said Work Forward's director, Sophie Lang.

Business groups are sceptical. The Chamber of Commerce said a national trial would be "a costly experiment at the worst possible time".

The survey was conducted online between 2 and 5 June.
"""
GOLD["pollstory"] = [
    ('found', 'a survey', 'Six in ten voters believe a four-day working week would improve their quality of life'),
    ('found', 'The poll of 2,400 adults, carried out for the think tank Work Forward', '61 percent supported a national trial'),
    ('show', 'the figures', 'Support was highest among voters aged 25 to 34'),
    ('said', 'nearly half of those asked', 'they feared a shorter week would mean lower pay'),
    ('said', "Work Forward's director, Sophie Lang", 'People are clearly open to the idea, but they want reassurance about wages'),
    ('said', 'The Chamber of Commerce', 'a national trial would be "a costly experiment at the worst possible time"'),
]
NOT_REPORTS["pollstory"] = [
    'Business groups are sceptical.',
    'The survey was conducted online between 2 and 5 June.',
]

ARTICLES["police"] = """Police appeal after man seriously injured in Dunmore assault

Officers are appealing for witnesses after a man was seriously injured in an assault in Dunmore town centre on Saturday night.

The 34-year-old was found with head injuries on Castle Street at about 11.40pm. He remains in hospital in a stable condition.

Detective Inspector Sarah Kent said officers believed the victim had been punched by a man he did not know. "This was a senseless attack, and we are determined to find the person responsible," she said.

Police said they were particularly keen to speak to a woman in a red coat who was seen helping the victim.

A 19-year-old man was arrested on suspicion of grievous bodily harm and has been released on bail.

Anyone with information is asked to call 101, quoting incident 4471.

Alternatively, contact Crimestoppers anonymously.
"""
GOLD["police"] = [
    ('said', 'Detective Inspector Sarah Kent', 'officers believed the victim had been punched by a man he did not know'),
    ('said', 'she', 'This was a senseless attack, and we are determined to find the person responsible'),
    ('said', 'Police', 'they were particularly keen to speak to a woman in a red coat who was seen helping the victim'),
]
NOT_REPORTS["police"] = [
    'Officers are appealing for witnesses after a man was seriously injured in an assault in Dunmore town centre on Saturday night.',
    'The 34-year-old was found with head injuries on Castle Street at about 11.40pm. He remains in hospital in a stable condition.',
    'A 19-year-old man was arrested on suspicion of grievous bodily harm and has been released on bail.',
    'Alternatively, contact Crimestoppers anonymously.',
]

NESTED = {
    "earnings": [("expected", "the company", "margins to recover in the second half")],
    "transcript": [("says", "The report", "the viability assessment was independently checked"),
                   ("think", "I", "residents deserve the truth about what can be built")],
    "university": [("suggest", "Our results", "managing two languages gives the brain a kind of daily workout")],
    "pollstory": [("believe", "Six in ten voters", "a four-day working week would improve their quality of life"),
                  ("feared", "they", "a shorter week would mean lower pay")],
    "police": [("believed", "officers", "the victim had been punched by a man he did not know")],
}
#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("factcheck", "read", "which", "No fires or barbecues until further notice",
     "a sign's words after 'which read:' inside the content of 'appears to stem from': a relative pronoun for a sign "
     "as the source was tried and cost train records (PolNeAR marks few signs' and shirts' words)"),
    ("communique", "agreed", "the two leaders", "energy security was \"a shared responsibility\"",
     "a past verb joined to the reported clause ('and committed to building X') is the leaders' next act, but a past "
     "conjunct agrees with either subject, so nothing tells it from the clause's own second verb"),
    ("trial", "denies", "Helen Marsh, 52", "eight counts of fraud by abuse of position",
     "the parser hangs 'by abuse of position' on the verb, as the means of denying, so the charge is cut"),
]
