# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fifty-four short articles written for the sixty-second session's check of parliamentary and legislative reporting
(helper C): question time ('asked the prime minister whether X', 'told MPs'), ministers' statements ('told the
Commons', 'in response, the shadow minister said', 'in a statement to the House'), committee, Senate and estimates
hearings ('under questioning from X, Y admitted', 'pressed on X, she said', 'testified that', 'stopped short of',
'refused to rule out', 'in evidence to the committee'), accusations across the floor ('accused the Treasury of X'),
the chair ('the Speaker ruled that', '"Order! Order!" shouted the Speaker'), heckles, interjections and
interruptions from the benches and the gallery, a transcript of an exchange ('ROWE: ...'), written answers, the
official record and minutes ('the record shows', 'the minutes record that'), bills, motions and amendments ('the
amendment states', 'the motion called on'), votes, divisions and confidence votes, whips and unnamed sources, party
tags ('Meera Joshi (Lab, Bristol Vale)'), and a 'For X, Y' framing. The first twenty-six were written before any
run; the next twenty-eight, in five batches, to probe further constructions of the same chambers.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before a
name are part of the source), with the conventions counted on PolNeAR's train: a question is a report of the asker
with its 'whether' clause as content ('asked X if', 7 of 7); a speaker's name in capitals before a colon in a
transcript is a source and the colon its cue, the asker's turns too (TAPPER's and FALLIN's in one train transcript);
'stopped short of' is a cue with the gerund in it (3 of 4: 'stopped short of fully endorsing' / 'X'); 'refused to X'
has the infinitive for content ('refused' / 'to rule out X', as train marks 'refused to concede that X'); 'is
expected to' is a report with no source (50 of 56); 'accused X of' a report (31 of 32 outside another report); 'X
voted against the bill' a report of X (about 30 of 40 'voted for/against/to' outside another report), 'voted 7-2 to
X' too (7 of 7 'voted to X'); 'For X, Y' a framing, no report (33 of 36 unmarked); a bill's effect ('The bill would
X') narration. Per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (tallies, bill titles, procedure, the chamber, the agenda, narration);
(cue, source, speaker, the content's first words) in ``SPEAKERS``. Every person, committee and figure is made up
(the chambers, parties and a few places are real). Read by ``test_probe_findings_62_chamber``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["question_time"] = """Prime minister pressed on hospital waiting lists

The Leader of the Opposition, Maeve Lorcan, asked the prime minister whether any hospital trust had met its waiting time target this year.

Prime Minister Tobias Wrenfield told MPs that waiting times had fallen in seven of the nine regions.

Opposition members heckled as he read out the figures.

The exchange lasted eleven minutes.

Prime Minister's Questions resumes next Wednesday.
"""
GOLD["question_time"] = [
    ("asked", "The Leader of the Opposition, Maeve Lorcan", "whether any hospital trust had met its waiting time target this year"),
    ("told", "Prime Minister Tobias Wrenfield", "waiting times had fallen in seven of the nine regions"),
]
NOT_REPORTS["question_time"] = [
    "Opposition members heckled as he read out the figures.",
    "The exchange lasted eleven minutes.",
    "Prime Minister's Questions resumes next Wednesday.",
]

ARTICLES["commons_statement"] = """Minister tells Commons rail levy will be scrapped

The transport minister, Idris Fenwick, told the Commons on Monday that the levy would end in April.

The levy was introduced in 2019 to pay for signalling upgrades.

In response, the shadow transport secretary, Rhona Blaise, said the announcement came two years too late.

She accused the minister of treating commuters as a cash machine.

Fenwick's statement was followed by forty minutes of questions.
"""
GOLD["commons_statement"] = [
    ("told", "The transport minister, Idris Fenwick", "the levy would end in April"),
    ("said", "the shadow transport secretary, Rhona Blaise", "the announcement came two years too late"),
    ("accused", "She", "the minister of treating commuters as a cash machine"),
]
NOT_REPORTS["commons_statement"] = [
    "The levy was introduced in 2019 to pay for signalling upgrades.",
    "Fenwick's statement was followed by forty minutes of questions.",
]
SPEAKERS["commons_statement"] = [("accused", "She", "Rhona Blaise", "the minister")]

ARTICLES["bank_committee"] = """Former bank chief admits warnings were ignored

Under questioning from the Treasury committee, the bank's former chief executive, Corin Hale, admitted that warnings about the loan book had been ignored.

Pressed on his bonus, he said he had returned half of it.

The committee's chair, Dame Hester Vail, said the evidence was "deeply troubling".

The session ran for more than three hours.

Hale was the fourth witness to appear before the committee this month.
"""
GOLD["bank_committee"] = [
    ("admitted", "the bank's former chief executive, Corin Hale", "warnings about the loan book had been ignored"),
    ("said", "he", "he had returned half of it"),
    ("said", "The committee's chair, Dame Hester Vail", 'the evidence was "deeply troubling"'),
]
NOT_REPORTS["bank_committee"] = [
    "The session ran for more than three hours.",
    "Hale was the fourth witness to appear before the committee this month.",
]
SPEAKERS["bank_committee"] = [("said", "he", "Corin Hale", "he had returned")]

ARTICLES["senate_hearing"] = """Senators grill Navy secretary over frigate delays

Sen. Carla Dunmore (D-Ore.) asked the Navy secretary whether the contract would be put out to bid again.

Navy Secretary Paul Averill told the Senate Armed Services Committee that the first hull would be delivered 14 months late.

Averill stopped short of blaming the shipbuilder.

He refused to rule out further delays.

The hearing was the panel's second on the program this year.

The program has cost $22 billion so far.
"""
GOLD["senate_hearing"] = [
    ("asked", "Sen. Carla Dunmore (D-Ore.)", "whether the contract would be put out to bid again"),
    ("told", "Navy Secretary Paul Averill", "the first hull would be delivered 14 months late"),
    ("stopped short of", "Averill", "the shipbuilder"),
    ("refused", "He", "to rule out further delays"),
]
NOT_REPORTS["senate_hearing"] = [
    "The hearing was the panel's second on the program this year.",
    "The program has cost $22 billion so far.",
]
SPEAKERS["senate_hearing"] = [("refused", "He", "Paul Averill", "to rule out")]

ARTICLES["transcript"] = """Transcript: the housing exchange

The following is an edited excerpt of Tuesday's exchange at the housing committee.

ROWE: Can the minister tell us how many homes were finished last year?

OKAFOR: Just over eleven thousand, which is more than in any year since 2008.

ROWE: That is half of what you promised.

OKAFOR: The target was always for the end of the parliament.
"""
GOLD["transcript"] = [
    (":", "ROWE", "Can the minister tell us how many homes were finished last year?"),
    (":", "OKAFOR", "Just over eleven thousand, which is more than in any year since 2008"),
    (":", "ROWE", "That is half of what you promised"),
    (":", "OKAFOR", "The target was always for the end of the parliament"),
]
NOT_REPORTS["transcript"] = [
    "The following is an edited excerpt of Tuesday's exchange at the housing committee.",
]

ARTICLES["written_answer"] = """Written answer shows 40 prisons short of staff

In a written answer to a parliamentary question, the prisons minister, Beatrix Oduya, said 40 of the country's 118 prisons had fewer officers than their safe minimum.

The figures were released in response to a question from the Liberal MP Owain Tresco.

Tresco said the answer showed the service was "running on goodwill".

The ministry did not deny that overtime had doubled in two years.

Staffing levels are set by each prison's governor.
"""
GOLD["written_answer"] = [
    ("said", "the prisons minister, Beatrix Oduya", "40 of the country's 118 prisons had fewer officers than their safe minimum"),
    ("said", "Tresco", 'the answer showed the service was "running on goodwill"'),
    ("deny", "The ministry", "overtime had doubled in two years"),
]
NOT_REPORTS["written_answer"] = [
    "The figures were released in response to a question from the Liberal MP Owain Tresco.",
    "Staffing levels are set by each prison's governor.",
]

ARTICLES["speaker_ruling"] = """Speaker orders minister to withdraw 'doom-monger' jibe

The Speaker, Sir Anselm Pirrie, ruled that the remark was unparliamentary.

The housing minister, Gideon Marr, had called the opposition's housing spokesman "a professional doom-monger".

Marr withdrew the remark but said he stood by the point he had been making.

Exchanges in the chamber have grown more heated since the spring.

The House rose at 10.30pm.
"""
GOLD["speaker_ruling"] = [
    ("ruled", "The Speaker, Sir Anselm Pirrie", "the remark was unparliamentary"),
    ("called", "The housing minister, Gideon Marr", 'the opposition\'s housing spokesman "a professional doom-monger"'),
    ("said", "Marr", "he stood by the point he had been making"),
]
NOT_REPORTS["speaker_ruling"] = [
    "Exchanges in the chamber have grown more heated since the spring.",
    "The House rose at 10.30pm.",
]

ARTICLES["gallery"] = """Protesters interrupt debate on fishing quotas

The fisheries minister, Cathal Brennock, was interrupted twice by protesters in the public gallery.

"You have sold out the coast," one protester shouted before being led out by attendants.

Brennock told the chamber that the quotas had been set on the best scientific advice available.

The member for Lochbray, Fiona Keddie, said the boats in her constituency would lose a third of their catch.

The debate was suspended for ten minutes.

Tickets for the public gallery are free but must be booked in advance.
"""
GOLD["gallery"] = [
    ("shouted", "one protester", "You have sold out the coast"),
    ("told", "Brennock", "the quotas had been set on the best scientific advice available"),
    ("said", "The member for Lochbray, Fiona Keddie", "the boats in her constituency would lose a third of their catch"),
]
NOT_REPORTS["gallery"] = [
    "The fisheries minister, Cathal Brennock, was interrupted twice by protesters in the public gallery.",
    "The debate was suspended for ten minutes.",
    "Tickets for the public gallery are free but must be booked in advance.",
]

ARTICLES["division"] = """Sunday trading bill clears first Commons vote

The Sunday Trading (Amendment) Bill passed its second reading by 312 votes to 198 on Friday.

Forty-one government MPs voted against the bill.

The bill's sponsor, Nerys Calloway, said small shops had nothing to fear from longer opening hours.

A free vote was allowed on both sides of the House.

It now goes to committee stage, where amendments can be tabled.
"""
GOLD["division"] = [
    ("voted", "Forty-one government MPs", "the bill"),
    ("said", "The bill's sponsor, Nerys Calloway", "small shops had nothing to fear from longer opening hours"),
]
NOT_REPORTS["division"] = [
    "The Sunday Trading (Amendment) Bill passed its second reading by 312 votes to 198 on Friday.",
    "A free vote was allowed on both sides of the House.",
    "It now goes to committee stage, where amendments can be tabled.",
]

ARTICLES["amendment"] = """Renters' bill would cap deposits at five weeks' rent

The Tenancy Deposits Bill would cap deposits at five weeks' rent and ban most letting fees.

An amendment tabled by the Green member Ilse Marrow states that landlords must return a deposit within ten days of a tenancy ending.

The housing minister, Priya Castellane, said the government would not support the amendment.

Landlords' groups warned that the cap would push up rents.

The bill is expected to become law by the autumn.
"""
GOLD["amendment"] = [
    ("states", "An amendment tabled by the Green member Ilse Marrow", "landlords must return a deposit within ten days of a tenancy ending"),
    ("said", "The housing minister, Priya Castellane", "the government would not support the amendment"),
    ("warned", "Landlords' groups", "the cap would push up rents"),
]
GOLD["amendment"].append(("expected", "", "The bill"))
NOT_REPORTS["amendment"] = [
    "The Tenancy Deposits Bill would cap deposits at five weeks' rent and ban most letting fees.",
]

ARTICLES["budget_framing"] = """Budget vote tests coalition's unity

For the finance minister, Leopold Garrow, the vote is the first real test of the coalition's discipline.

The budget debate opens on Tuesday and runs for three days.

Garrow told deputies on Monday that the deficit could be closed without cutting pensions.

The Green deputy Anneliese Vorst said her group had not yet decided how to vote.

The final vote is scheduled for Thursday evening.
"""
GOLD["budget_framing"] = [
    ("told", "Garrow", "the deficit could be closed without cutting pensions"),
    ("said", "The Green deputy Anneliese Vorst", "her group had not yet decided how to vote"),
]
NOT_REPORTS["budget_framing"] = [
    "For the finance minister, Leopold Garrow, the vote is the first real test of the coalition's discipline.",
    "The budget debate opens on Tuesday and runs for three days.",
    "The final vote is scheduled for Thursday evening.",
]

ARTICLES["ferry_committee"] = """Islands minister will not set date for ferry contract

The islands minister, Kirsty Moultrie, appeared before the rural affairs committee on Thursday.

Pressed on when the contract would be signed, she said talks were "at a sensitive stage".

Moultrie would not rule out a further delay to the second vessel.

The committee's convener, Hamish Dreel, said islanders had been "let down again".

The two ferries were ordered in 2015.
"""
GOLD["ferry_committee"] = [
    ("said", "she", 'talks were "at a sensitive stage"'),
    ("rule out", "Moultrie", "a further delay to the second vessel"),
    ("said", "The committee's convener, Hamish Dreel", 'islanders had been "let down again"'),
]
NOT_REPORTS["ferry_committee"] = [
    "The islands minister, Kirsty Moultrie, appeared before the rural affairs committee on Thursday.",
    "The two ferries were ordered in 2015.",
]
SPEAKERS["ferry_committee"] = [("said", "she", "Kirsty Moultrie", "talks were")]

ARTICLES["record"] = """Official record contradicts minister's account of contract talks

The official record shows the minister gave the same answer on three occasions.

The minister, Harriet Solbeck, said on Tuesday that she had "misspoken".

Opposition MPs called on her to correct the record.

The official report of each sitting is published the following morning.
"""
GOLD["record"] = [
    ("shows", "The official record", "the minister gave the same answer on three occasions"),
    ("said", "The minister, Harriet Solbeck", 'she had "misspoken"'),
    ("called on", "Opposition MPs", "her to correct the record"),
]
NOT_REPORTS["record"] = [
    "The official report of each sitting is published the following morning.",
]

ARTICLES["borrowing"] = """Shadow chancellor accuses Treasury of hiding borrowing

The shadow chancellor, Conall Ashby, accused the Treasury of hiding the true scale of borrowing.

Treasury minister Lydia Fennimore said the figures had been published in full.

Ashby told the Commons that the fiscal watchdog had been given two days to check them.

Borrowing in the year to March was 4.2 per cent of national income.
"""
GOLD["borrowing"] = [
    ("accused", "The shadow chancellor, Conall Ashby", "the Treasury of hiding the true scale of borrowing"),
    ("said", "Treasury minister Lydia Fennimore", "the figures had been published in full"),
    ("told", "Ashby", "the fiscal watchdog had been given two days to check them"),
]
NOT_REPORTS["borrowing"] = [
    "Borrowing in the year to March was 4.2 per cent of national income.",
]

ARTICLES["senate_floor"] = """Senate passes river cleanup bill

The Senate on Thursday passed the Clean Rivers Act, sending it to the House.

Senate Majority Leader Ruth Callander (R-Ky.) said on the floor that the bill was "long overdue".

Sen. Dominic Tavares (D-N.M.) said the bill did too little for tribal communities.

The House is expected to take up the measure next month.

The bill sets aside $9 billion for sewage plants over five years.
"""
GOLD["senate_floor"] = [
    ("said", "Senate Majority Leader Ruth Callander (R-Ky.)", 'the bill was "long overdue"'),
    ("said", "Sen. Dominic Tavares (D-N.M.)", "the bill did too little for tribal communities"),
    ("expected", "", "The House"),
]
NOT_REPORTS["senate_floor"] = [
    "The Senate on Thursday passed the Clean Rivers Act, sending it to the House.",
    "The bill sets aside $9 billion for sewage plants over five years.",
]

ARTICLES["assembly"] = """Assembly panel kills cap on payday loans

Assemblywoman Teresa Okonjo, the bill's author, said lenders had "flooded the Capitol with lobbyists".

A lobbyist for the lenders' association, Grant Mellish, testified that the cap would close two-thirds of the stores in the state.

The Banking Committee voted 6-5 against the measure on Wednesday.

The committee meets again on May 3.
"""
GOLD["assembly"] = [
    ("said", "Assemblywoman Teresa Okonjo, the bill's author", 'lenders had "flooded the Capitol with lobbyists"'),
    ("testified", "A lobbyist for the lenders' association, Grant Mellish", "the cap would close two-thirds of the stores in the state"),
]
NOT_REPORTS["assembly"] = [
    "The committee meets again on May 3.",
]

ARTICLES["peers"] = """Peers defeat government over pension transfers

The government was defeated by 221 votes to 187 in the upper house on Monday.

Lady Amberley, who moved the amendment, told peers that savers deserved "a straight answer".

A government spokesperson said ministers would "reflect carefully" on the vote.

The bill returns to the Commons next week.
"""
GOLD["peers"] = [
    ("told", "Lady Amberley, who moved the amendment", 'savers deserved "a straight answer"'),
    ("said", "A government spokesperson", 'ministers would "reflect carefully" on the vote'),
]
NOT_REPORTS["peers"] = [
    "The government was defeated by 221 votes to 187 in the upper house on Monday.",
    "The bill returns to the Commons next week.",
]

ARTICLES["heckle"] = """Backbencher heckles minister over school closures

"Tell that to the parents in Harwick," the Labour MP Dermot Fairley heckled.

Schools minister Anika Vance replied that no school would close without a full consultation.

Three schools in the district have closed since 2021.

Deputy Speaker Alun Rees interrupted her twice.
"""
GOLD["heckle"] = [
    ("heckled", "the Labour MP Dermot Fairley", "Tell that to the parents in Harwick"),
    ("replied", "Schools minister Anika Vance", "no school would close without a full consultation"),
]
NOT_REPORTS["heckle"] = [
    "Three schools in the district have closed since 2021.",
    "Deputy Speaker Alun Rees interrupted her twice.",
]

ARTICLES["estimates"] = """Defence officials grilled on submarine costs

Under questioning from Senator Jacqui Lamond, the department's secretary, Greg Hollis, conceded the project was "behind where we want it to be".

Senator Lamond said the answers had raised more questions than they settled.

Estimates hearings run for two weeks each May.

The first boat is due in 2034.
"""
GOLD["estimates"] = [
    ("conceded", "the department's secretary, Greg Hollis", 'the project was "behind where we want it to be"'),
    ("said", "Senator Lamond", "the answers had raised more questions than they settled"),
]
NOT_REPORTS["estimates"] = [
    "Estimates hearings run for two weeks each May.",
    "The first boat is due in 2034.",
]

ARTICLES["gas_talks"] = """Energy minister does not deny meetings with gas firm

The energy minister, Saoirse Dunleavy, did not deny that officials had met the company three times.

Asked by MPs whether she had attended any of the meetings, Dunleavy said she had not.

The company holds licences for four offshore fields.

The minister is due back before the committee in June.
"""
GOLD["gas_talks"] = [
    ("deny", "The energy minister, Saoirse Dunleavy", "officials had met the company three times"),
    ("said", "Dunleavy", "she had not"),
]
NOT_REPORTS["gas_talks"] = [
    "The company holds licences for four offshore fields.",
    "The minister is due back before the committee in June.",
]

ARTICLES["radios"] = """Committee report condemns army radio contract

The committee's report says the contract was awarded without a proper competition.

The committee's chair, Maurice Ebbing, said the ministry had "learned nothing" from earlier failures.

The Ministry of Defence said it would respond to the report in due course.

The radios were meant to enter service in 2022.
"""
GOLD["radios"] = [
    ("says", "The committee's report", "the contract was awarded without a proper competition"),
    ("said", "The committee's chair, Maurice Ebbing", 'the ministry had "learned nothing" from earlier failures'),
    ("said", "The Ministry of Defence", "it would respond to the report in due course"),
]
NOT_REPORTS["radios"] = [
    "The radios were meant to enter service in 2022.",
]

ARTICLES["confidence"] = """Government survives confidence vote by 14 votes

The government survived a confidence vote by 14 votes on Wednesday night.

Prime Minister Aurelie Marchetti told deputies that the country could not afford an election in the middle of a budget.

The opposition leader, Fabrice Lemaire, said the margin showed the coalition was "living on borrowed time".

Two independents abstained.

It was the third confidence vote since the coalition took office.
"""
GOLD["confidence"] = [
    ("told", "Prime Minister Aurelie Marchetti", "the country could not afford an election in the middle of a budget"),
    ("said", "The opposition leader, Fabrice Lemaire", 'the margin showed the coalition was "living on borrowed time"'),
]
NOT_REPORTS["confidence"] = [
    "The government survived a confidence vote by 14 votes on Wednesday night.",
    "Two independents abstained.",
    "It was the third confidence vote since the coalition took office.",
]

ARTICLES["maiden_speech"] = """New MP uses maiden speech to plead for rural buses

In her maiden speech, the new member for Castlereagh North, Bethan Lloyd-Harris, said rural bus routes had been "cut to the bone".

She urged ministers to restore the rural transport grant.

Maiden speeches are by tradition heard without interruption.

She won the seat at a by-election in March.
"""
GOLD["maiden_speech"] = [
    ("said", "the new member for Castlereagh North, Bethan Lloyd-Harris", 'rural bus routes had been "cut to the bone"'),
    ("urged", "She", "ministers to restore the rural transport grant"),
]
NOT_REPORTS["maiden_speech"] = [
    "Maiden speeches are by tradition heard without interruption.",
    "She won the seat at a by-election in March.",
]
SPEAKERS["maiden_speech"] = [("urged", "She", "Bethan Lloyd-Harris", "ministers")]

ARTICLES["drug_prices"] = """Drug maker's chief defends inhaler price before House panel

Pressed by Rep. Linda Oyelaran (D-Md.) on the price of the inhaler, the company's chief executive, Warren Ketch, said the price reflected "decades of research".

Oyelaran said the answer was "an insult to every patient in this country".

The House Oversight Committee has held four hearings on drug prices since January.

For Ketch, the hearing was the second grilling in a week.
"""
GOLD["drug_prices"] = [
    ("said", "the company's chief executive, Warren Ketch", 'the price reflected "decades of research"'),
    ("said", "Oyelaran", 'the answer was "an insult to every patient in this country"'),
]
NOT_REPORTS["drug_prices"] = [
    "The House Oversight Committee has held four hearings on drug prices since January.",
    "For Ketch, the hearing was the second grilling in a week.",
]

ARTICLES["statistics_letter"] = """Statistics chief rebukes minister over crime figures

The head of the national statistics authority, Dr Felicity Amadi, said in a letter to MPs that the minister's claim was "not supported by the published data".

The home affairs minister, Rupert Kellaway, had told the House that burglaries had halved since 2015.

Kellaway's office said he would write to the authority.

The letter was published on the authority's website on Friday.
"""
GOLD["statistics_letter"] = [
    ("said", "The head of the national statistics authority, Dr Felicity Amadi", 'the minister\'s claim was "not supported by the published data"'),
    ("told", "The home affairs minister, Rupert Kellaway", "burglaries had halved since 2015"),
    ("said", "Kellaway's office", "he would write to the authority"),
]
NOT_REPORTS["statistics_letter"] = [
    "The letter was published on the authority's website on Friday.",
]

ARTICLES["filibuster"] = """Senator speaks for 19 hours against water rights bill

Sen. Orrin Blakemore (R-Idaho) held the floor from Tuesday afternoon until Wednesday morning.

He told colleagues the bill would "hand the rivers to the cities".

Senate Minority Whip Elaine Sorensen (D-Minn.) called the speech "a stunt".

The chamber's rules allow a senator to speak for as long as he can stand.

The bill is set for a cloture vote on Friday.
"""
GOLD["filibuster"] = [
    ("told", "He", 'the bill would "hand the rivers to the cities"'),
    ("called", "Senate Minority Whip Elaine Sorensen (D-Minn.)", 'the speech "a stunt"'),
]
NOT_REPORTS["filibuster"] = [
    "Sen. Orrin Blakemore (R-Idaho) held the floor from Tuesday afternoon until Wednesday morning.",
    "The chamber's rules allow a senator to speak for as long as he can stand.",
    "The bill is set for a cloture vote on Friday.",
]
SPEAKERS["filibuster"] = [("told", "He", "Orrin Blakemore", "the bill")]

ARTICLES["urgent_question"] = """Minister summoned to answer urgent question on flood defences

The Speaker granted an urgent question on the collapse of the Marlow Fen embankment.

Responding for the government, the environment minister, Tamsin Greaves, said the embankment had been inspected in January and passed as sound.

The member for Marlow and Fenby, Gareth Pellow, asked why residents had been given less than an hour's warning.

Greaves said an independent review would report within six weeks.

MPs were told that 340 homes had been flooded.

The embankment was built in 1953.
"""
GOLD["urgent_question"] = [
    ("said", "the environment minister, Tamsin Greaves", "the embankment had been inspected in January and passed as sound"),
    ("asked", "The member for Marlow and Fenby, Gareth Pellow", "why residents had been given less than an hour's warning"),
    ("said", "Greaves", "an independent review would report within six weeks"),
    ("told", "", "340 homes had been flooded"),
]
NOT_REPORTS["urgent_question"] = [
    "The Speaker granted an urgent question on the collapse of the Marlow Fen embankment.",
    "The embankment was built in 1953.",
]

ARTICLES["point_of_order"] = """Point of order halts debate on council tax

Raising a point of order, the Conservative member Julian Thorne claimed that the minister had misled the House about the size of the rise.

The Deputy Speaker, Rosalind Achebe, said it was not a matter for the chair.

Local government minister Farid Khalil later told the House he had given the correct figure.

The debate continued until shortly before midnight.

Council tax bills will rise by an average of 4.9 per cent in April.
"""
GOLD["point_of_order"] = [
    ("claimed", "the Conservative member Julian Thorne", "the minister had misled the House about the size of the rise"),
    ("said", "The Deputy Speaker, Rosalind Achebe", "it was not a matter for the chair"),
    ("told", "Local government minister Farid Khalil", "he had given the correct figure"),
]
NOT_REPORTS["point_of_order"] = [
    "The debate continued until shortly before midnight.",
    "Council tax bills will rise by an average of 4.9 per cent in April.",
]

ARTICLES["evidence_session"] = """Regulator tells MPs water firms 'gamed' leak targets

Giving evidence to the environment committee, the head of the water regulator, Nadia Ferreira, said several companies had "gamed" their leakage targets.

She told MPs that fines would be doubled from next year.

The committee heard that one firm had lost a quarter of its water through leaks.

Ferreira declined to name the companies.

The regulator was set up in 1989.
"""
GOLD["evidence_session"] = [
    ("said", "the head of the water regulator, Nadia Ferreira", 'several companies had "gamed" their leakage targets'),
    ("told", "She", "fines would be doubled from next year"),
    ("heard", "", "one firm had lost a quarter of its water through leaks"),
    ("declined", "Ferreira", "to name the companies"),
]
NOT_REPORTS["evidence_session"] = [
    "The regulator was set up in 1989.",
]
SPEAKERS["evidence_session"] = [("told", "She", "Nadia Ferreira", "fines")]

ARTICLES["motion"] = """Opposition motion on nurses' pay defeated

MPs voted by 301 to 244 against an opposition motion on nurses' pay.

The motion called on the government to publish the pay review body's report in full.

Winding up the debate, the health minister, Oliver Brandt, said the report would be published "in the usual way".

The shadow health secretary, Yvette Ramsay, said nurses would draw their own conclusions from the vote.

Opposition day debates are not binding on the government.
"""
GOLD["motion"] = [
    ("called on", "The motion", "the government to publish the pay review body's report in full"),
    ("said", "the health minister, Oliver Brandt", 'the report would be published "in the usual way"'),
    ("said", "The shadow health secretary, Yvette Ramsay", "nurses would draw their own conclusions from the vote"),
]
NOT_REPORTS["motion"] = [
    "Opposition day debates are not binding on the government.",
]

ARTICLES["senate_confirmation"] = """Nominee for attorney general faces senators

At her confirmation hearing on Tuesday, Judge Monica Ferrante told the Senate Judiciary Committee that she would not take orders from the White House.

Sen. Howard Brisco (R-Utah) pressed her on whether she would reopen the pipeline inquiry.

Ferrante said she had not studied the case.

"That is not an answer," Brisco said.

The committee is expected to vote on her nomination next week.

Ferrante has been a federal judge since 2011.
"""
GOLD["senate_confirmation"] = [
    ("told", "Judge Monica Ferrante", "she would not take orders from the White House"),
    ("pressed", "Sen. Howard Brisco (R-Utah)", "her on whether she would reopen the pipeline inquiry"),
    ("said", "Ferrante", "she had not studied the case"),
    ("said", "Brisco", "That is not an answer"),
    ("expected", "", "The committee"),
]
NOT_REPORTS["senate_confirmation"] = [
    "Ferrante has been a federal judge since 2011.",
]

ARTICLES["state_house"] = """House panel advances bill to ban phones in classrooms

The House Education Committee advanced the bill on a 9-2 vote Tuesday.

Rep. Denise Albright (R-Topeka), who sponsored the bill, said teachers in her district had begged for it.

Opponents argued that parents needed to reach their children in an emergency.

Rep. Carlos Ibarra (D-Wichita) said the bill should leave the decision to school boards.

The full House could vote on it as soon as next week.
"""
GOLD["state_house"] = [
    ("said", "Rep. Denise Albright (R-Topeka), who sponsored the bill", "teachers in her district had begged for it"),
    ("argued", "Opponents", "parents needed to reach their children in an emergency"),
    ("said", "Rep. Carlos Ibarra (D-Wichita)", "the bill should leave the decision to school boards"),
]
NOT_REPORTS["state_house"] = [
    "The House Education Committee advanced the bill on a 9-2 vote Tuesday.",
    "The full House could vote on it as soon as next week.",
]

ARTICLES["sketch"] = """Sketch: a long afternoon in the chamber

The chamber was half empty by the time the fisheries debate began.

The minister, Niall Corrigan, insisted that the new quota system was "working as intended".

Backbenchers on his own side looked unconvinced.

"Working for whom?" the independent member for Skelloway, Morag Tully, asked from the far end of the benches.

Corrigan promised to write to her.

The debate ended without a vote.
"""
GOLD["sketch"] = [
    ("insisted", "The minister, Niall Corrigan", 'the new quota system was "working as intended"'),
    ("asked", "the independent member for Skelloway, Morag Tully", "Working for whom?"),
    ("promised", "Corrigan", "to write to her"),
]
NOT_REPORTS["sketch"] = [
    "The chamber was half empty by the time the fisheries debate began.",
    "Backbenchers on his own side looked unconvinced.",
    "The debate ended without a vote.",
]

ARTICLES["interjection"] = """Tempers fray in debate on prison ship

"Nonsense," interjected the justice minister, Edwin Carrow, as the opposition spokesman described conditions on the vessel.

The opposition's justice spokesman, Lorna Quayle, told a packed chamber that inmates were locked in their cabins for 22 hours a day.

"Will the minister apologise to their families?" she asked.

Carrow replied that an inspection had found the ship "clean, safe and decent".

Division: Ayes 287, Noes 251.

The ship is moored off Portland Harbour.
"""
GOLD["interjection"] = [
    ("interjected", "the justice minister, Edwin Carrow", "Nonsense"),
    ("described", "the opposition spokesman", "conditions on the vessel"),
    ("told", "The opposition's justice spokesman, Lorna Quayle", "inmates were locked in their cabins for 22 hours a day"),
    ("asked", "she", "Will the minister apologise to their families?"),
    ("replied", "Carrow", 'an inspection had found the ship "clean, safe and decent"'),
]
NOT_REPORTS["interjection"] = [
    "Division: Ayes 287, Noes 251.",
    "The ship is moored off Portland Harbour.",
]
SPEAKERS["interjection"] = [("asked", "she", "Lorna Quayle", "Will the minister")]

ARTICLES["floor_speech"] = """Senators split on border funding as deadline nears

Sen. Amelia Rourke (D-Vt.) said in a floor speech that the package "rewards cruelty".

Senate Appropriations Committee Chairman Dale Whitcombe (R-Miss.) told reporters after the vote that he expected the House to pass it by Friday.

The vote was 52-48, along party lines.

Representatives from both parties said privately that a shutdown was now unlikely.

Funding for the government runs out at midnight on Friday.
"""
GOLD["floor_speech"] = [
    ("said", "Sen. Amelia Rourke (D-Vt.)", 'the package "rewards cruelty"'),
    ("told", "Senate Appropriations Committee Chairman Dale Whitcombe (R-Miss.)", "he expected the House to pass it by Friday"),
    ("said", "Representatives from both parties", "a shutdown was now unlikely"),
]
NOT_REPORTS["floor_speech"] = [
    "The vote was 52-48, along party lines.",
    "Funding for the government runs out at midnight on Friday.",
]

ARTICLES["asked_replied"] = """Minister says no decision yet on airport runway

Asked whether the runway would go ahead, the aviation minister, Ruairi Dolan, replied: "No decision has been taken."

He said a report from the planning inspectors was due in the summer.

The Green member for Ashgrove, Petra Lindqvist, said her constituents were "sick of being kept in the dark".

As the minister put it, the government would "follow the evidence".

The runway would add 40 flights an hour.

The airport handled 31 million passengers last year.
"""
GOLD["asked_replied"] = [
    ("replied", "the aviation minister, Ruairi Dolan", "No decision has been taken"),
    ("said", "He", "a report from the planning inspectors was due in the summer"),
    ("said", "The Green member for Ashgrove, Petra Lindqvist", 'her constituents were "sick of being kept in the dark"'),
    ("put it", "the minister", 'the government would "follow the evidence"'),
]
NOT_REPORTS["asked_replied"] = [
    "The runway would add 40 flights an hour.",
    "The airport handled 31 million passengers last year.",
]
SPEAKERS["asked_replied"] = [("said", "He", "Ruairi Dolan", "a report")]

ARTICLES["committee_letter"] = """Committee chair demands answers on hospital car park charges

In a letter to the health secretary, the chair of the health select committee, Dr Imogen Sallis, wrote that the charges were "a tax on the sick".

The letter asks the department to publish how much each hospital raised from parking last year.

A Department of Health spokesman said the guidance on charges was clear.

Hospitals raised 254 million pounds from parking in 2023.

The committee will hold a hearing on the charges in the autumn.
"""
GOLD["committee_letter"] = [
    ("wrote", "the chair of the health select committee, Dr Imogen Sallis", 'the charges were "a tax on the sick"'),
    ("asks", "The letter", "the department to publish how much each hospital raised from parking last year"),
    ("said", "A Department of Health spokesman", "the guidance on charges was clear"),
]
NOT_REPORTS["committee_letter"] = [
    "Hospitals raised 254 million pounds from parking in 2023.",
    "The committee will hold a hearing on the charges in the autumn.",
]

ARTICLES["parliamentarian"] = """Parliamentarian rules against wage provision

The Senate parliamentarian ruled on Thursday that the minimum wage increase could not be included in the budget bill.

Senate Majority Leader Luis Echeverria (D-Nev.) said he was "deeply disappointed" by the decision.

The ruling is a setback for progressive members of the caucus.

The bill must pass both chambers by the end of the month.
"""
GOLD["parliamentarian"] = [
    ("ruled", "The Senate parliamentarian", "the minimum wage increase could not be included in the budget bill"),
    ("said", "Senate Majority Leader Luis Echeverria (D-Nev.)", 'he was "deeply disappointed" by the decision'),
]
NOT_REPORTS["parliamentarian"] = [
    "The ruling is a setback for progressive members of the caucus.",
    "The bill must pass both chambers by the end of the month.",
]

ARTICLES["lords_debate"] = """Bishops join criticism of asylum bill

The Bishop of Carrowmore, the Rt Rev Simon Ashdown, told the House of Lords that the bill would "shame the nation".

Lord Pettifer, a former home secretary, said the scheme would never work.

For the government, Baroness Quill said the bill was needed to break the smugglers' business model.

The bill completed its committee stage in the Lords on Wednesday.

Peers will debate more than 200 amendments at report stage.
"""
GOLD["lords_debate"] = [
    ("told", "The Bishop of Carrowmore, the Rt Rev Simon Ashdown", 'the bill would "shame the nation"'),
    ("said", "Lord Pettifer, a former home secretary", "the scheme would never work"),
    ("said", "Baroness Quill", "the bill was needed to break the smugglers' business model"),
]
NOT_REPORTS["lords_debate"] = [
    "The bill completed its committee stage in the Lords on Wednesday.",
    "Peers will debate more than 200 amendments at report stage.",
]

ARTICLES["cheers"] = """Chancellor unveils fuel duty freeze

The chancellor, Marcus Pellegrini, told the Commons that fuel duty would be frozen for a third year, to cheers from the government benches.

Opposition MPs shouted "shame" when he announced cuts to the housing budget.

The shadow chancellor, Bronwen Idris, said the budget was "a con from start to finish".

The Budget statement lasted 63 minutes.

The Finance Bill will be published next week.
"""
GOLD["cheers"] = [
    ("told", "The chancellor, Marcus Pellegrini", "fuel duty would be frozen for a third year"),
    ("shouted", "Opposition MPs", "shame"),
    ("announced", "he", "cuts to the housing budget"),
    ("said", "The shadow chancellor, Bronwen Idris", 'the budget was "a con from start to finish"'),
]
NOT_REPORTS["cheers"] = [
    "The Budget statement lasted 63 minutes.",
    "The Finance Bill will be published next week.",
]

ARTICLES["whips"] = """Whips scramble as rebels threaten to sink welfare bill

As many as 40 government backbenchers are understood to have told the whips they will vote against the bill.

A senior government source said the rebellion had been "overblown by the usual suspects".

Speaking in the debate, the former work and pensions secretary, Sir Gregor Haldane, said the cuts would push 200,000 children into poverty.

Haldane, who resigned from the cabinet in 2019, urged colleagues to vote against the bill.

The chief whip's office declined to comment.

The bill's third reading is due on Tuesday.
"""
GOLD["whips"] = [
    ("understood", "", "As many as 40 government backbenchers"),
    ("said", "A senior government source", 'the rebellion had been "overblown by the usual suspects"'),
    ("said", "the former work and pensions secretary, Sir Gregor Haldane", "the cuts would push 200,000 children into poverty"),
    ("urged", "Haldane, who resigned from the cabinet in 2019", "colleagues to vote against the bill"),
    ("declined", "The chief whip's office", "to comment"),
]
NOT_REPORTS["whips"] = [
    "The bill's third reading is due on Tuesday.",
]

ARTICLES["branded"] = """MPs brand rail franchise 'a shambles'

The transport committee branded the Northern franchise "a shambles" in a report published on Monday.

The report found that one train in six had been cancelled or more than 15 minutes late last year.

The committee's chairman, Sir Hugo Penhallow, said passengers had been "treated with contempt".

The operator hailed the report as "a fair reflection of a difficult year".

The franchise runs until 2028.
"""
GOLD["branded"] = [
    ("branded", "The transport committee", 'the Northern franchise "a shambles"'),
    ("found", "The report", "one train in six had been cancelled or more than 15 minutes late last year"),
    ("said", "The committee's chairman, Sir Hugo Penhallow", 'passengers had been "treated with contempt"'),
    ("hailed", "The operator", 'the report as "a fair reflection of a difficult year"'),
]
NOT_REPORTS["branded"] = [
    "The franchise runs until 2028.",
]

ARTICLES["inquiry_evidence"] = """Ex-minister says he was never shown safety warnings

In evidence to the public accounts committee, the former housing minister, Crispin Vale, said he had never been shown the fire safety warnings.

"Had I seen them, I would have acted," he told the committee.

Committee member Shanice Obi said the department's own files showed the warnings had been sent to his office twice.

Vale said he could not account for what had happened to them.

The committee will publish its findings in the new year.
"""
GOLD["inquiry_evidence"] = [
    ("said", "the former housing minister, Crispin Vale", "he had never been shown the fire safety warnings"),
    ("told", "he", "Had I seen them, I would have acted"),
    ("said", "Committee member Shanice Obi", "the department's own files showed the warnings had been sent to his office twice"),
    ("said", "Vale", "he could not account for what had happened to them"),
]
NOT_REPORTS["inquiry_evidence"] = [
    "The committee will publish its findings in the new year.",
]
SPEAKERS["inquiry_evidence"] = [("told", "he", "Crispin Vale", "Had I seen")]

ARTICLES["quoted_exchange"] = """Minister and MP clash over bus cuts

"The minister has no idea what it is like to wait an hour for a bus," said Kerry Vance, the Labour MP for Tamworth West.

"I take the bus every week," the minister, Jonathan Pryce, shot back.

Vance later told the BBC that she had "touched a nerve".

Bus routes in England have fallen by a quarter since 2010.

The minister's department did not respond to a request for comment.
"""
GOLD["quoted_exchange"] = [
    ("said", "Kerry Vance, the Labour MP for Tamworth West", "The minister has no idea what it is like to wait an hour for a bus"),
    ("shot back", "the minister, Jonathan Pryce", "I take the bus every week"),
    ("told", "Vance", 'she had "touched a nerve"'),
]
NOT_REPORTS["quoted_exchange"] = [
    "Bus routes in England have fallen by a quarter since 2010.",
]

ARTICLES["congress_vote"] = """House votes to extend farm program

The House voted 287-140 on Wednesday to extend the farm subsidy program for two years.

Rep. Glenn Mabry (R-Iowa), the chairman of the Agriculture Committee, said the extension would give farmers "certainty in an uncertain year".

Rep. Nadia Sorell (D-Calif.) voted against the bill, saying it did nothing for small farms.

The Senate passed a similar bill in March.

The program costs about $14 billion a year.
"""
GOLD["congress_vote"] = [
    ("voted", "The House", "to extend the farm subsidy program for two years"),
    ("said", "Rep. Glenn Mabry (R-Iowa), the chairman of the Agriculture Committee", 'the extension would give farmers "certainty in an uncertain year"'),
    ("voted", "Rep. Nadia Sorell (D-Calif.)", "the bill"),
    ("saying", "Rep. Nadia Sorell (D-Calif.)", "it did nothing for small farms"),
]
NOT_REPORTS["congress_vote"] = [
    "The Senate passed a similar bill in March.",
    "The program costs about $14 billion a year.",
]

ARTICLES["assembly_question"] = """Assembly member asks why school repairs were delayed

The Plaid Cymru member for Arfon North, Dafydd Rhys, asked the education minister why repairs to 14 schools had been put back a year.

The minister, Eluned Pryor, said the contractor had gone into administration.

Rhys said parents deserved a timetable.

The Senedd sits on Tuesdays and Wednesdays.
"""
GOLD["assembly_question"] = [
    ("asked", "The Plaid Cymru member for Arfon North, Dafydd Rhys", "why repairs to 14 schools had been put back a year"),
    ("said", "The minister, Eluned Pryor", "the contractor had gone into administration"),
    ("said", "Rhys", "parents deserved a timetable"),
]
NOT_REPORTS["assembly_question"] = [
    "The Senedd sits on Tuesdays and Wednesdays.",
]

ARTICLES["order_order"] = """Speaker suspends MP after shouting match

"Order! Order!" shouted the Speaker, Dame Winifred Osei, as members on both sides rose to their feet.

She named the independent member for Gorsedd, Rhodri Blaen, and suspended him for five days.

Blaen had accused the energy secretary of lying about the price cap.

The energy secretary, Kwame Asante, told MPs: "I have never misled this House and I never will."

The suspension takes effect immediately.

A vote on the motion to suspend was not needed.
"""
GOLD["order_order"] = [
    ("shouted", "the Speaker, Dame Winifred Osei", "Order! Order!"),
    ("accused", "Blaen", "the energy secretary of lying about the price cap"),
    ("told", "The energy secretary, Kwame Asante", "I have never misled this House and I never will."),
]
NOT_REPORTS["order_order"] = [
    "The suspension takes effect immediately.",
    "A vote on the motion to suspend was not needed.",
]

ARTICLES["party_tags"] = """MPs call for inquiry into ambulance delays

Meera Joshi (Lab, Bristol Vale) said patients in her constituency had waited up to nine hours for an ambulance.

Tom Ellery (Con, Wyre Forest South) said the problem lay with handovers at hospital doors, not with crews.

In a statement to the House, the health minister, Abigail Rennard, said an extra 800 ambulances would be on the roads by winter.

Ambulance trusts answered 9.4 million emergency calls last year.
"""
GOLD["party_tags"] = [
    ("said", "Meera Joshi (Lab, Bristol Vale)", "patients in her constituency had waited up to nine hours for an ambulance"),
    ("said", "Tom Ellery (Con, Wyre Forest South)", "the problem lay with handovers at hospital doors, not with crews"),
    ("said", "the health minister, Abigail Rennard", "an extra 800 ambulances would be on the roads by winter"),
]
NOT_REPORTS["party_tags"] = [
    "Ambulance trusts answered 9.4 million emergency calls last year.",
]

ARTICLES["minutes"] = """Council minutes show planning chief was warned

The minutes of the March meeting record that the planning chief was told the site flooded every winter.

The council's leader, Cllr Pauline Hartigan, said she had not seen the minutes until this week.

Residents' group chair Derek Olowe said the council had "ignored what was in front of it".

The development of 120 homes was approved in April.

The council meets again on Thursday.
"""
GOLD["minutes"] = [
    ("record", "The minutes of the March meeting", "the planning chief was told the site flooded every winter"),
    ("said", "The council's leader, Cllr Pauline Hartigan", "she had not seen the minutes until this week"),
    ("said", "Residents' group chair Derek Olowe", 'the council had "ignored what was in front of it"'),
]
NOT_REPORTS["minutes"] = [
    "The development of 120 homes was approved in April.",
    "The council meets again on Thursday.",
]

ARTICLES["forced_admit"] = """Minister forced to admit target will be missed

The housing minister, Lionel Okoro, was forced to admit in the Commons that the target of 300,000 homes a year would be missed.

He blamed rising interest rates and a shortage of bricklayers.

The shadow housing secretary, Ciara Byrne, said the admission was "an obituary for the government's housing policy".

Fewer than 220,000 homes were completed last year.
"""
GOLD["forced_admit"] = [
    ("admit", "The housing minister, Lionel Okoro", "the target of 300,000 homes a year would be missed"),
    ("blamed", "He", "rising interest rates and a shortage of bricklayers"),
    ("said", "The shadow housing secretary, Ciara Byrne", 'the admission was "an obituary for the government\'s housing policy"'),
]
NOT_REPORTS["forced_admit"] = [
    "Fewer than 220,000 homes were completed last year.",
]
SPEAKERS["forced_admit"] = [("blamed", "He", "Lionel Okoro", "rising")]

ARTICLES["capitol_hill"] = """Senators press Pentagon on cost of base closures

Sen. Marisol Quintero, D-N.M., who sits on the Armed Services Committee, said the Pentagon had "lowballed" the cost of closing the three bases.

"We were told $400 million. It is now past a billion," Quintero said during Tuesday's hearing.

Deputy Defense Secretary Arthur Lindqvist testified that the estimates had been revised after soil tests found fuel contamination.

In a letter to colleagues, Sen. Roy Hatchett, R-Okla., wrote that the closures should be paused until the cleanup was costed.

The three bases employ about 6,000 civilians.
"""
GOLD["capitol_hill"] = [
    ("said", "Sen. Marisol Quintero, D-N.M., who sits on the Armed Services Committee", 'the Pentagon had "lowballed" the cost of closing the three bases'),
    ("said", "Quintero", "We were told $400 million. It is now past a billion"),
    ("testified", "Deputy Defense Secretary Arthur Lindqvist", "the estimates had been revised after soil tests found fuel contamination"),
    ("wrote", "Sen. Roy Hatchett, R-Okla.", "the closures should be paused until the cleanup was costed"),
]
NOT_REPORTS["capitol_hill"] = [
    "The three bases employ about 6,000 civilians.",
]

ARTICLES["confirmation_vote"] = """Senate confirms trade nominee on party-line vote

The Senate voted 51-49 on Thursday to confirm Dana Whitlock as the United States trade representative.

Senate Minority Leader Frank Oduya (D-Ill.) called the nominee "a lobbyist with a new title".

Whitlock told senators at her hearing last month that she would "put American workers first".

Two Republicans had said they were undecided until Wednesday night.

Whitlock will be sworn in on Monday.
"""
GOLD["confirmation_vote"] = [
    ("voted", "The Senate", "to confirm Dana Whitlock as the United States trade representative"),
    ("called", "Senate Minority Leader Frank Oduya (D-Ill.)", 'the nominee "a lobbyist with a new title"'),
    ("told", "Whitlock", 'she would "put American workers first"'),
    ("said", "Two Republicans", "they were undecided until Wednesday night"),
]
NOT_REPORTS["confirmation_vote"] = [
    "Whitlock will be sworn in on Monday.",
]

ARTICLES["statehouse_debate"] = """Lawmakers spar over gas tax increase

State Rep. Hollis Varner, a Republican from Bixby, argued on the House floor that the increase would "hit rural drivers hardest".

Democrats countered that the roads budget had been flat for a decade.

House Speaker Corinne Latimer said she expected the bill to come up for a final vote before the session ends.

The tax is currently 19 cents a gallon.

The session is scheduled to end on May 29.
"""
GOLD["statehouse_debate"] = [
    ("argued", "State Rep. Hollis Varner, a Republican from Bixby", 'the increase would "hit rural drivers hardest"'),
    ("countered", "Democrats", "the roads budget had been flat for a decade"),
    ("said", "House Speaker Corinne Latimer", "she expected the bill to come up for a final vote before the session ends"),
]
NOT_REPORTS["statehouse_debate"] = [
    "The tax is currently 19 cents a gallon.",
    "The session is scheduled to end on May 29.",
]

ARTICLES["dear_colleague"] = """Freshman Democrats urge leaders to hold vote on stock trading ban

Thirty-one first-term House Democrats signed a letter urging party leaders to bring the ban to the floor.

The letter says members of Congress "should not be trading stocks in companies they regulate".

Rep. Ayana Brooks (D-Ga.), who organized the letter, told reporters that leadership had "run out of excuses".

A spokesperson for the majority leader said the bill was "under review".

Similar bills have stalled in both chambers since 2022.
"""
GOLD["dear_colleague"] = [
    ("urging", "Thirty-one first-term House Democrats", "party leaders to bring the ban to the floor"),
    ("says", "The letter", 'members of Congress "should not be trading stocks in companies they regulate"'),
    ("told", "Rep. Ayana Brooks (D-Ga.), who organized the letter", 'leadership had "run out of excuses"'),
    ("said", "A spokesperson for the majority leader", 'the bill was "under review"'),
]
NOT_REPORTS["dear_colleague"] = [
    "Similar bills have stalled in both chambers since 2022.",
]
