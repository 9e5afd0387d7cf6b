# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-fourth pass's check of denials, refusals, corrections and non-answers
(helper B): denials ('X denied that Y', 'denied wrongdoing', 'has denied the allegations, his lawyer said'), negated
reports ('X did not deny Y', 'X never said Y', 'has not said whether Y'), refusals ('refused to say whether Y',
'declined to confirm Y', 'would neither confirm nor deny Y'), rebuttals ('dismissed claims that Y', 'rejected
suggestions that Y', 'pushed back on reports that Y', 'disputed X's account'), retractions and corrections ('X
retracted the claim', 'corrected an earlier statement that Y', a correction at the foot of an article) and the
lines that report nothing ('did not respond to a request for comment', after a relative clause too, 'no one from X
was available for comment', 'An earlier version of this article said Y').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included), counted on its train first: 'denied' is marked 26 times in 42 (the rest mostly other senses: 'denied
bail', 'was denied'), with the thing denied or the clause as content ('the charges', 'that X'); 'dismissed' 22 of 28
and 'rejected' 30 of 36, with the whole noun phrase as content ('the notion that X', 'a rival's accusations that
X'); 'pushed back on' + 'those charges'; 'disputed' + 'their account'; 'declined' + 'to say whether X' (3 of 4);
'would not say', 'hasn't said whether', 'did not say when' all marked (8 of 11 with the first-person 'I did not say'
left as quoted content); a correction note ('Correction: An earlier version of this story misstated X', a label
appended to a headline) never (none of 11, most in discarded spans). 'did not respond to a request for comment' is
marked 16 times in 35: the project has it as no report (``probe_regulators_63``, ``probe_results_67``), and so does
this set, with 'was not available for comment' (not in train). As the sentence set ``probe_asked_60`` has it, a
content drops a leading 'that' and keeps 'whether'; a refusal keeps its infinitive ('to confirm X').
Per article: (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, body and sentence is made up. Read by ``test_probe_findings_68_denials``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["mayor_contracts"] = """Mayor denies steering contracts to friends

The mayor of Harrowgate, Denise Otway, denied that she had steered council contracts to a firm run by a friend.

The firm, Calder Paving, won four contracts worth £1.2m between 2022 and 2024.

Ms Otway said every contract had been awarded by an independent panel.

Calder Paving did not respond to a request for comment.
"""
GOLD["mayor_contracts"] = [
    ("denied", "The mayor of Harrowgate, Denise Otway", "she had steered council contracts to a firm run by a friend"),
    ("said", "Ms Otway", "every contract had been awarded by an independent panel"),
]
NOT_REPORTS["mayor_contracts"] = [
    "The firm, Calder Paving, won four contracts worth £1.2m between 2022 and 2024.",
    "Calder Paving did not respond to a request for comment.",
]
SPEAKERS["mayor_contracts"] = [("said", "Ms Otway", "Denise Otway", "every contract")]

ARTICLES["coach_wrongdoing"] = """Swim coach suspended during inquiry

A swimming coach at the Brackley Aquatics Club has been suspended while the sport's governing body investigates complaints from parents.

Tomas Reddick, 44, who has coached at the club since 2015, has denied any wrongdoing.

The club said it was cooperating fully with the inquiry.

The governing body said it could not comment on an open case.
"""
GOLD["coach_wrongdoing"] = [
    ("denied", "Tomas Reddick, 44, who has coached at the club since 2015", "any wrongdoing"),
    ("said", "The club", "it was cooperating fully with the inquiry"),
    ("said", "The governing body", "it could not comment on an open case"),
]
NOT_REPORTS["coach_wrongdoing"] = [
    "A swimming coach at the Brackley Aquatics Club has been suspended while the sport's governing body investigates complaints from parents.",
]
SPEAKERS["coach_wrongdoing"] = []

ARTICLES["landlord_lawyer"] = """Landlord faces eviction claims

A landlord accused of forcing tenants out of a block of flats in Pellow Street has denied the allegations, his lawyer said.

Eleven tenants have brought claims against Garrick Moss, who owns the building.

The lawyer, Hana Petrakis, said her client had followed the law at every step.

A hearing is set for 9 May.
"""
GOLD["landlord_lawyer"] = [
    ("said", "his lawyer", "A landlord accused of forcing tenants out of a block of flats in Pellow Street has denied the allegations"),
    ("said", "The lawyer, Hana Petrakis", "her client had followed the law at every step"),
]
NOT_REPORTS["landlord_lawyer"] = [
    "Eleven tenants have brought claims against Garrick Moss, who owns the building.",
    "A hearing is set for 9 May.",
]
SPEAKERS["landlord_lawyer"] = [("said", "The lawyer, Hana Petrakis", "Hana Petrakis", "her client")]

ARTICLES["minister_not_deny"] = """Minister does not deny talks on rail sale

The transport minister, Oskar Lindqvist, did not deny that the government had held talks about selling the northern rail line.

Asked about the talks on Tuesday, he said no decision had been made.

The line carries about 40,000 passengers a day.

Unions have said any sale would cost jobs.
"""
GOLD["minister_not_deny"] = [
    ("deny", "The transport minister, Oskar Lindqvist", "the government had held talks about selling the northern rail line"),
    ("said", "he", "no decision had been made"),
    ("said", "Unions", "any sale would cost jobs"),
]
NOT_REPORTS["minister_not_deny"] = ["The line carries about 40,000 passengers a day."]
SPEAKERS["minister_not_deny"] = [("said", "he", "Oskar Lindqvist", "no decision")]

ARTICLES["never_said_tax"] = """Candidate says she never promised tax cut

Marisol Keane, who is standing for mayor of Drenton, said she had never promised to cut council tax.

A leaflet handed out by her campaign last month said bills would fall.

Ms Keane said the leaflet had been printed without her approval.

Her rival, Colin Ashby, said voters would judge for themselves.
"""
GOLD["never_said_tax"] = [
    ("said", "Marisol Keane, who is standing for mayor of Drenton", "she had never promised to cut council tax"),
    ("said", "A leaflet handed out by her campaign last month", "bills would fall"),
    ("said", "Ms Keane", "the leaflet had been printed without her approval"),
    ("said", "Her rival, Colin Ashby", "voters would judge for themselves"),
]
NOT_REPORTS["never_said_tax"] = []
SPEAKERS["never_said_tax"] = [("said", "Ms Keane", "Marisol Keane", "the leaflet")]

ARTICLES["never_said_closure"] = """Health chief: I never said the ward would close

The chief executive of Ostley Hospitals, Raymond Fell, never said the maternity ward would close, his office said on Monday.

Campaigners had claimed that Mr Fell told a staff meeting the ward was "finished".

The ward delivered 1,900 babies last year.

Mr Fell said he was committed to keeping births at Ostley.
"""
GOLD["never_said_closure"] = [
    ("said", "his office", "The chief executive of Ostley Hospitals, Raymond Fell, never said the maternity ward would close"),
    ("claimed", "Campaigners", "Mr Fell told a staff meeting the ward was \"finished\""),
    ("said", "Mr Fell", "he was committed to keeping births at Ostley"),
]
NOT_REPORTS["never_said_closure"] = ["The ward delivered 1,900 babies last year."]
SPEAKERS["never_said_closure"] = [("said", "Mr Fell", "Raymond Fell", "he was committed")]

ARTICLES["club_not_said"] = """Questions over stadium move

Rowbury Town has not said whether it will leave the Kiln Lane ground when its lease ends in 2027.

The club has played at Kiln Lane since 1911.

Supporters' groups said they feared a move out of the town.

The council said it had offered to extend the lease by ten years.
"""
GOLD["club_not_said"] = [
    ("said", "Rowbury Town", "whether it will leave the Kiln Lane ground when its lease ends in 2027"),
    ("said", "Supporters' groups", "they feared a move out of the town"),
    ("said", "The council", "it had offered to extend the lease by ten years"),
]
NOT_REPORTS["club_not_said"] = ["The club has played at Kiln Lane since 1911."]
SPEAKERS["club_not_said"] = []

ARTICLES["refused_whether"] = """Council leader refuses to say whether budget cuts will hit libraries

The leader of Wenmouth council, Patrick Obi, refused to say whether any libraries would close.

The council must save £14m next year.

Mr Obi said all services were under review.

Library users held a protest outside the town hall on Saturday.
"""
GOLD["refused_whether"] = [
    ("refused", "The leader of Wenmouth council, Patrick Obi", "to say whether any libraries would close"),
    ("said", "Mr Obi", "all services were under review"),
]
NOT_REPORTS["refused_whether"] = [
    "The council must save £14m next year.",
    "Library users held a protest outside the town hall on Saturday.",
]
SPEAKERS["refused_whether"] = [("said", "Mr Obi", "Patrick Obi", "all services")]

ARTICLES["declined_confirm"] = """Carmaker silent on plant's future

Vantor Motors declined to confirm reports that it would end production at its plant in Carsley.

About 2,300 people work at the site.

A spokeswoman for the company said it did not comment on speculation.

Local MP Grace Hollins said workers deserved answers.
"""
GOLD["declined_confirm"] = [
    ("declined", "Vantor Motors", "to confirm reports that it would end production at its plant in Carsley"),
    ("said", "A spokeswoman for the company", "it did not comment on speculation"),
    ("said", "Local MP Grace Hollins", "workers deserved answers"),
]
NOT_REPORTS["declined_confirm"] = ["About 2,300 people work at the site."]
SPEAKERS["declined_confirm"] = []

ARTICLES["neither_confirm"] = """Police silent on arrest

Police would neither confirm nor deny that a second man had been arrested over the fire at the Orme Street warehouse.

The fire destroyed the building on 3 February.

Detective Inspector Lara Quaid said the inquiry was at an early stage.

She said officers were still questioning witnesses.
"""
GOLD["neither_confirm"] = [
    ("confirm", "Police", "a second man had been arrested over the fire at the Orme Street warehouse"),
    ("said", "Detective Inspector Lara Quaid", "the inquiry was at an early stage"),
    ("said", "She", "officers were still questioning witnesses"),
]
NOT_REPORTS["neither_confirm"] = ["The fire destroyed the building on 3 February."]
SPEAKERS["neither_confirm"] = [("said", "She", "Lara Quaid", "officers")]

ARTICLES["dismissed_claims"] = """Festival boss dismisses safety claims

The director of the Greenmere Festival, Alix Vance, dismissed claims that the site had been overcrowded last summer.

A report by a crowd safety group said the main arena had held 4,000 more people than its limit.

Ms Vance said the group had not visited the site.

The festival will return in July.
"""
GOLD["dismissed_claims"] = [
    ("dismissed", "The director of the Greenmere Festival, Alix Vance", "claims that the site had been overcrowded last summer"),
    ("said", "A report by a crowd safety group", "the main arena had held 4,000 more people than its limit"),
    ("said", "Ms Vance", "the group had not visited the site"),
]
NOT_REPORTS["dismissed_claims"] = ["The festival will return in July."]
SPEAKERS["dismissed_claims"] = [("said", "Ms Vance", "Alix Vance", "the group")]

ARTICLES["rejected_suggestions"] = """Bank rejects merger talk

Ferrow Bank rejected suggestions that it was in merger talks with a rival lender.

Its shares rose 6% on Thursday after a newspaper report about the talks.

The bank's chief executive, Rupert Nkemelu, said it had "no plans of any kind" to merge.

Analysts said the denial was unusually firm.
"""
GOLD["rejected_suggestions"] = [
    ("rejected", "Ferrow Bank", "suggestions that it was in merger talks with a rival lender"),
    ("said", "The bank's chief executive, Rupert Nkemelu", "it had \"no plans of any kind\" to merge"),
    ("said", "Analysts", "the denial was unusually firm"),
]
NOT_REPORTS["rejected_suggestions"] = []
SPEAKERS["rejected_suggestions"] = []

ARTICLES["pushed_back"] = """University pushes back on course cuts report

Calloway University pushed back on reports that it planned to close its music department.

The department has 140 students.

In a statement, the university said no decision had been taken on any course.

Students have started a petition to save the department.
"""
GOLD["pushed_back"] = [
    ("pushed", "Calloway University", "reports that it planned to close its music department"),
    ("said", "the university", "no decision had been taken on any course"),
]
NOT_REPORTS["pushed_back"] = [
    "The department has 140 students.",
    "Students have started a petition to save the department.",
]
SPEAKERS["pushed_back"] = []

ARTICLES["disputed_account"] = """Driver disputes police account of crash

A bus driver involved in a crash in Lowther Road has disputed the police's account of what happened.

Officers said the bus had run a red light before it hit a van.

The driver, Samir Haddad, 51, said the light had been green.

No one was seriously hurt.
"""
GOLD["disputed_account"] = [
    ("disputed", "A bus driver involved in a crash in Lowther Road", "the police's account of what happened"),
    ("said", "Officers", "the bus had run a red light before it hit a van"),
    ("said", "The driver, Samir Haddad, 51", "the light had been green"),
]
NOT_REPORTS["disputed_account"] = ["No one was seriously hurt."]
SPEAKERS["disputed_account"] = []

ARTICLES["retracted_claim"] = """Councillor retracts claim about recycling

Councillor Brenda Aske has retracted her claim that the council's recycling was being burned.

Ms Aske made the claim at a meeting on 12 March.

She said she had been given wrong information and apologised to staff.

The council said all recycling was sent to a plant in Dunford.
"""
GOLD["retracted_claim"] = [
    ("retracted", "Councillor Brenda Aske", "her claim that the council's recycling was being burned"),
    ("said", "She", "she had been given wrong information"),
    ("said", "The council", "all recycling was sent to a plant in Dunford"),
]
NOT_REPORTS["retracted_claim"] = []
SPEAKERS["retracted_claim"] = [("said", "She", "Brenda Aske", "she had been")]

ARTICLES["corrected_statement"] = """Water firm corrects leak figure

Tarnside Water has corrected an earlier statement that it had fixed all the leaks reported in the spring.

The company now says 212 leaks are still waiting for repair.

A spokesman said the first figure had been an error in its records.

The regulator said it would look at the firm's reporting.
"""
GOLD["corrected_statement"] = [
    ("corrected", "Tarnside Water", "an earlier statement that it had fixed all the leaks reported in the spring"),
    ("says", "The company", "212 leaks are still waiting for repair"),
    ("said", "A spokesman", "the first figure had been an error in its records"),
    ("said", "The regulator", "it would look at the firm's reporting"),
]
NOT_REPORTS["corrected_statement"] = []
SPEAKERS["corrected_statement"] = []

ARTICLES["relative_no_response"] = """Website accused of copying reviews

A consumer group said the website Stayfinder had copied thousands of hotel reviews from other sites.

The group found the same reviews, word for word, on four sites.

Velmor Media, which owns Stayfinder, did not respond to requests for comment.

The group said it had passed its findings to the regulator.
"""
GOLD["relative_no_response"] = [
    ("said", "A consumer group", "the website Stayfinder had copied thousands of hotel reviews from other sites"),
    ("said", "The group", "it had passed its findings to the regulator"),
]
NOT_REPORTS["relative_no_response"] = [
    "The group found the same reviews, word for word, on four sites.",
    "Velmor Media, which owns Stayfinder, did not respond to requests for comment.",
]
SPEAKERS["relative_no_response"] = []

ARTICLES["not_available"] = """Ferry sailings cancelled

All ferry sailings between Port Callan and the island of Mora were cancelled on Friday.

Passengers said they had been told nothing until they reached the terminal.

No one from Islink Ferries was available for comment.

The service is due to resume on Monday.
"""
GOLD["not_available"] = [
    ("said", "Passengers", "they had been told nothing until they reached the terminal"),
]
NOT_REPORTS["not_available"] = [
    "All ferry sailings between Port Callan and the island of Mora were cancelled on Friday.",
    "No one from Islink Ferries was available for comment.",
    "The service is due to resume on Monday.",
]
SPEAKERS["not_available"] = []

ARTICLES["correction_foot"] = """Bridge to close for repairs

The Tollmouth bridge will close for four weeks in June while its deck is resurfaced.

The county council said drivers would be sent on a 12-mile diversion.

About 18,000 vehicles cross the bridge each day.

An earlier version of this article said the bridge would close in May. It has been corrected.
"""
GOLD["correction_foot"] = [
    ("said", "The county council", "drivers would be sent on a 12-mile diversion"),
]
NOT_REPORTS["correction_foot"] = [
    "The Tollmouth bridge will close for four weeks in June while its deck is resurfaced.",
    "About 18,000 vehicles cross the bridge each day.",
    "An earlier version of this article said the bridge would close in May.",
    "It has been corrected.",
]
SPEAKERS["correction_foot"] = []

ARTICLES["correction_label"] = """School to get new science block

Fernley Academy will get a £6m science block after the education department approved its bid.

The head teacher, Ruth Okoro, said the old labs were "no longer fit for purpose".

Work will start in September.

Correction: An earlier version of this story said the block would cost £4m.
"""
GOLD["correction_label"] = [
    ("said", "The head teacher, Ruth Okoro", "the old labs were \"no longer fit for purpose\""),
]
NOT_REPORTS["correction_label"] = [
    "Work will start in September.",
    "Correction: An earlier version of this story said the block would cost £4m.",
]
SPEAKERS["correction_label"] = []

ARTICLES["denied_pronoun"] = """Striker denies betting charge

Leon Marsh, the Holbrook City striker, has been charged with breaking the sport's betting rules.

He denied that he had ever bet on a match involving his own club.

The charge covers 38 bets placed between 2021 and 2023.

His agent said the player would fight the charge.
"""
GOLD["denied_pronoun"] = [
    ("denied", "He", "he had ever bet on a match involving his own club"),
    ("said", "His agent", "the player would fight the charge"),
]
NOT_REPORTS["denied_pronoun"] = [
    "Leon Marsh, the Holbrook City striker, has been charged with breaking the sport's betting rules.",
    "The charge covers 38 bets placed between 2021 and 2023.",
]
SPEAKERS["denied_pronoun"] = [("denied", "He", "Leon Marsh", "he had ever")]

ARTICLES["deny_present"] = """Two men deny arson at farm

Two men have appeared in court charged with setting fire to a barn at Hollins Farm near Catterby.

Both men deny the charges.

The fire killed 30 sheep in October.

The trial is expected to last a week.
"""
GOLD["deny_present"] = [
    ("deny", "Both men", "the charges"),
    ("expected", "", "The trial"),
]
NOT_REPORTS["deny_present"] = [
    "Two men have appeared in court charged with setting fire to a barn at Hollins Farm near Catterby.",
    "The fire killed 30 sheep in October.",
]
SPEAKERS["deny_present"] = []

ARTICLES["denial_through_spokesman"] = """Singer denies plagiarism

The singer Kaia Bloom, through a spokesman, denied that her hit single copied a song by a Welsh folk band.

The band, the Harrow Lanterns, says the chorus is taken from a track it released in 2019.

Its lawyer said the band would go to court if necessary.

The single has been streamed 90 million times.
"""
GOLD["denial_through_spokesman"] = [
    ("denied", "The singer Kaia Bloom", "her hit single copied a song by a Welsh folk band"),
    ("says", "The band, the Harrow Lanterns", "the chorus is taken from a track it released in 2019"),
    ("said", "Its lawyer", "the band would go to court if necessary"),
]
NOT_REPORTS["denial_through_spokesman"] = ["The single has been streamed 90 million times."]
SPEAKERS["denial_through_spokesman"] = []

ARTICLES["rejected_as"] = """Opposition report rejected as 'fiction'

The government rejected an opposition report on hospital waiting times as "pure fiction".

The report said 1.2 million patients had waited more than a year for treatment.

The health secretary, Mina Castell, said the real figure was less than half that.

The opposition stood by its numbers.
"""
GOLD["rejected_as"] = [
    ("rejected", "The government", "an opposition report on hospital waiting times as \"pure fiction\""),
    ("said", "The report", "1.2 million patients had waited more than a year for treatment"),
    ("said", "The health secretary, Mina Castell", "the real figure was less than half that"),
]
NOT_REPORTS["rejected_as"] = []
SPEAKERS["rejected_as"] = []

ARTICLES["would_not_say"] = """Airline grounds three jets

Skyvale grounded three of its jets on Wednesday after checks found cracks in their engine mounts.

The airline would not say how many flights had been cancelled.

Passengers at Brindle airport said they had waited more than six hours.

The manufacturer said it was working with the airline.
"""
GOLD["would_not_say"] = [
    ("found", "checks", "cracks in their engine mounts"),
    ("say", "The airline", "how many flights had been cancelled"),
    ("said", "Passengers at Brindle airport", "they had waited more than six hours"),
    ("said", "The manufacturer", "it was working with the airline"),
]
NOT_REPORTS["would_not_say"] = []
SPEAKERS["would_not_say"] = []

ARTICLES["declined_comment_rel"] = """Developer buys old mill

A developer has bought the Hartley Mill in Saxby for an undisclosed sum.

Pendle Homes, which built 300 flats in the town last year, declined to comment on its plans for the site.

The mill has stood empty since 2009.

Residents said they hoped it would not be demolished.
"""
GOLD["declined_comment_rel"] = [
    ("declined", "Pendle Homes, which built 300 flats in the town last year", "its plans for the site"),
    ("said", "Residents", "they hoped it would not be demolished"),
]
NOT_REPORTS["declined_comment_rel"] = [
    "A developer has bought the Hartley Mill in Saxby for an undisclosed sum.",
    "The mill has stood empty since 2009.",
]
SPEAKERS["declined_comment_rel"] = []

ARTICLES["lawyer_nested_named"] = """Former chief executive denies fraud

Quentin Marlow, the former chief executive of Orrin Logistics, has denied all the charges against him, his lawyer told the court.

Mr Marlow is accused of inflating the firm's profits by £30m.

The lawyer, Dominic Hale KC, said the case against his client was "built on sand".

The trial continues.
"""
GOLD["lawyer_nested_named"] = [
    ("told", "his lawyer", "Quentin Marlow, the former chief executive of Orrin Logistics, has denied all the charges against him"),
    ("accused", "", "Mr Marlow"),
    ("said", "The lawyer, Dominic Hale KC", "the case against his client was \"built on sand\""),
]
NOT_REPORTS["lawyer_nested_named"] = ["The trial continues."]
SPEAKERS["lawyer_nested_named"] = [("said", "The lawyer, Dominic Hale KC", "Dominic Hale KC", "the case")]

ARTICLES["did_not_return"] = """Shop closures hit high street

Three more shops on Falcon Street in Brayford will close this month.

The owner of the shopping arcade, Harbin Estates, did not return calls seeking comment.

Traders said rents had doubled in two years.

The council said it was looking at ways to help.
"""
GOLD["did_not_return"] = [
    ("said", "Traders", "rents had doubled in two years"),
    ("said", "The council", "it was looking at ways to help"),
]
NOT_REPORTS["did_not_return"] = [
    "Three more shops on Falcon Street in Brayford will close this month.",
    "The owner of the shopping arcade, Harbin Estates, did not return calls seeking comment.",
]
SPEAKERS["did_not_return"] = []

ARTICLES["admitted_then_denied"] = """Fishing boss changes story on catch

The head of the Port Arlen fishing cooperative, Nils Bergström, first admitted that boats had landed more cod than their quota allowed.

A day later he denied that any boat had broken the rules.

Inspectors said they had found 14 tonnes of unrecorded cod.

The cooperative has 60 boats.
"""
GOLD["admitted_then_denied"] = [
    ("admitted", "The head of the Port Arlen fishing cooperative, Nils Bergström", "boats had landed more cod than their quota allowed"),
    ("denied", "he", "any boat had broken the rules"),
    ("said", "Inspectors", "they had found 14 tonnes of unrecorded cod"),
]
NOT_REPORTS["admitted_then_denied"] = ["The cooperative has 60 boats."]
SPEAKERS["admitted_then_denied"] = [("denied", "he", "Nils Bergström", "any boat")]

ARTICLES["denied_reports_gerund"] = """Hotel chain denies sale

The Ravel hotel group denied reports that its owners were trying to sell the business.

The group runs 48 hotels in Britain and Ireland.

Its chairman, Edwin Castell, said the family had no intention of selling.

A newspaper had said bids were due by the end of the month.
"""
GOLD["denied_reports_gerund"] = [
    ("denied", "The Ravel hotel group", "reports that its owners were trying to sell the business"),
    ("said", "Its chairman, Edwin Castell", "the family had no intention of selling"),
    ("said", "A newspaper", "bids were due by the end of the month"),
]
NOT_REPORTS["denied_reports_gerund"] = ["The group runs 48 hotels in Britain and Ireland."]
SPEAKERS["denied_reports_gerund"] = []
