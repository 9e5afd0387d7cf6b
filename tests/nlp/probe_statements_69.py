# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-two short articles written for the sixty-ninth pass's check of statements, warnings, letters, reports and
figures issued, released, put out or sent (helper A): a participle on the thing issued that says what it says ('released
a statement on Sunday condemning X', 'issued a statement describing X as Y', 'put out a statement saying X', 'sent a
letter to the mayor urging her to Y', 'wrote a letter to staff warning that X', 'published a report criticising X'),
with a time or a phrase between ('issued a flood warning for the River Tane, saying X'), a 'that' clause on the noun
('issued a warning on Tuesday that X', 'put out a warning that Y'), figures that show ('released figures showing X had
fallen'), a survey's findings in a relative clause ('released the results of its survey, which found that X'), the
issuer in a relative clause ('The association, which released a statement questioning X, ...'), and traps (hostages and
permits released or issued, a statement as the subject or the medium of a verb of saying, a statement expected).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; train gives an issued statement's words to the issuer, its cue the run from the verb to the participle):
per article, (the cue or a word of it, the source, the first content span) for each report in ``GOLD``; the lines
that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every
name, place, body and sentence is made up. Read by ``test_probe_findings_69_statements``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["ministry_attack"] = """Border post attacked near Orvale

The Teskan Ministry of the Interior released a statement on Sunday condemning the attack on a border post near Orvale.

Two guards were hurt in the attack, which happened shortly before midnight.

The ministry said the guards were in a stable condition.
"""
GOLD["ministry_attack"] = [
    ("released a statement on Sunday condemning", "The Teskan Ministry of the Interior", "the attack on a border post near Orvale"),
    ("said", "The ministry", "the guards were in a stable condition"),
]
NOT_REPORTS["ministry_attack"] = ["Two guards were hurt in the attack, which happened shortly before midnight."]
SPEAKERS["ministry_attack"] = [("said", "The ministry", "Teskan Ministry of the Interior", "the guards")]

ARTICLES["regulator_bills"] = """Household energy bills to go up in October

The Energy Standards Office issued a warning on Tuesday that household bills would rise by about 9% in October.

The office regulates gas and electricity prices in Caldmoor.

Its chief executive, Nadia Ferrow, said suppliers had been told to help customers in debt.
"""
GOLD["regulator_bills"] = [
    ("issued a warning", "The Energy Standards Office", "household bills would rise by about 9% in October"),
    ("said", "Its chief executive, Nadia Ferrow", "suppliers had been told to help customers in debt"),
]
NOT_REPORTS["regulator_bills"] = ["The office regulates gas and electricity prices in Caldmoor."]
SPEAKERS["regulator_bills"] = [("said", "Its chief executive, Nadia Ferrow", "Nadia Ferrow", "suppliers")]

ARTICLES["council_survey"] = """Brantley residents want more parking

Brantley Council released the results of its annual survey on Monday, which found that 60% of residents wanted more parking in the town centre.

About 2,400 people took part in the survey.

Cllr Owen Tabor, who leads the council, said the findings would shape next year's budget.
"""
GOLD["council_survey"] = [
    ("found", "which", "60% of residents wanted more parking in the town centre"),
    ("said", "Cllr Owen Tabor, who leads the council", "the findings would shape next year's budget"),
]
NOT_REPORTS["council_survey"] = ["About 2,400 people took part in the survey."]
SPEAKERS["council_survey"] = [("said", "Cllr Owen Tabor, who leads the council", "Owen Tabor", "the findings")]

ARTICLES["union_talks"] = """Rail pay talks break down

The Rail Workers' Union put out a statement saying talks with the operator had collapsed.

The union represents about 6,000 drivers and guards.

A spokesman for Westline Trains said the company remained open to further talks.
"""
GOLD["union_talks"] = [
    ("put out a statement saying", "The Rail Workers' Union", "talks with the operator had collapsed"),
    ("said", "A spokesman for Westline Trains", "the company remained open to further talks"),
]
NOT_REPORTS["union_talks"] = ["The union represents about 6,000 drivers and guards."]
SPEAKERS["union_talks"] = []

ARTICLES["club_claims"] = """Stadium deal row deepens

Harlow Rovers issued a statement describing the claims about its stadium deal as false.

The club has played at Mere Park since 1921.

Its chairman, Dev Amin, said the club would take legal advice.
"""
GOLD["club_claims"] = [
    ("issued a statement describing", "Harlow Rovers", "the claims about its stadium deal as false"),
    ("said", "Its chairman, Dev Amin", "the club would take legal advice"),
]
NOT_REPORTS["club_claims"] = ["The club has played at Mere Park since 1921."]
SPEAKERS["club_claims"] = [("said", "Its chairman, Dev Amin", "Dev Amin", "the club")]

ARTICLES["jobless_figures"] = """Unemployment falls again

The Norland Statistics Agency released figures showing unemployment had fallen to 4.1% in the three months to June.

The rate was 4.4% a year earlier.

Economists said the labour market was cooling slowly.
"""
GOLD["jobless_figures"] = [
    ("showing", "The Norland Statistics Agency", "unemployment had fallen to 4.1% in the three months to June"),
    ("said", "Economists", "the labour market was cooling slowly"),
]
NOT_REPORTS["jobless_figures"] = ["The rate was 4.4% a year earlier."]
SPEAKERS["jobless_figures"] = []

ARTICLES["library_letter"] = """Residents rally behind Kelby library

More than 200 residents of Kelby sent a letter to the mayor urging her to keep the town's library open.

The library lends about 40,000 books a year.

The mayor, Ruth Gale, said no decision had been made.
"""
GOLD["library_letter"] = [
    ("sent a letter to the mayor urging", "More than 200 residents of Kelby", "her to keep the town's library open"),
    ("said", "The mayor, Ruth Gale", "no decision had been made"),
]
NOT_REPORTS["library_letter"] = ["The library lends about 40,000 books a year."]
SPEAKERS["library_letter"] = [("said", "The mayor, Ruth Gale", "Ruth Gale", "no decision")]

ARTICLES["hospital_operations"] = """Operations cancelled after power cut

The Orwin Hospital Trust has issued a statement admitting that the cancellations could have been avoided.

About 140 operations were called off after a power cut last week.

Dr Sana Mir, the trust's medical director, said all patients would be seen within a month.
"""
GOLD["hospital_operations"] = [
    ("has issued a statement admitting", "The Orwin Hospital Trust", "the cancellations could have been avoided"),
    ("said", "Dr Sana Mir, the trust's medical director", "all patients would be seen within a month"),
]
NOT_REPORTS["hospital_operations"] = ["About 140 operations were called off after a power cut last week."]
SPEAKERS["hospital_operations"] = [("said", "Dr Sana Mir, the trust's medical director", "Sana Mir", "all patients")]

ARTICLES["cycling_tests"] = """Cycling body rejects testing complaints

The Orland Cycling Federation issued a statement on Friday denying that riders had been tested unfairly.

Six riders were tested twice during the spring tour.

The federation's president, Marco Vell, said the rules applied to everyone.
"""
GOLD["cycling_tests"] = [
    ("issued a statement on Friday denying", "The Orland Cycling Federation", "riders had been tested unfairly"),
    ("said", "The federation's president, Marco Vell", "the rules applied to everyone"),
]
NOT_REPORTS["cycling_tests"] = ["Six riders were tested twice during the spring tour."]
SPEAKERS["cycling_tests"] = [("said", "The federation's president, Marco Vell", "Marco Vell", "the rules")]

ARTICLES["airline_jobs"] = """SkyMere jobs at risk

The chief executive of SkyMere, Paulo Reis, wrote a letter to staff warning that up to 300 jobs could go.

SkyMere flies to 42 cities from its base in Corran.

Unions said they would fight any compulsory redundancies.
"""
GOLD["airline_jobs"] = [
    ("wrote a letter to staff warning", "The chief executive of SkyMere, Paulo Reis", "up to 300 jobs could go"),
    ("said", "Unions", "they would fight any compulsory redundancies"),
]
NOT_REPORTS["airline_jobs"] = ["SkyMere flies to 42 cities from its base in Corran."]
SPEAKERS["airline_jobs"] = []

ARTICLES["lorry_crash"] = """Lorry overturns near Fenwick

After a lorry overturned near Fenwick on Tuesday, police issued a statement urging drivers to avoid the A40.

The road was closed for six hours.

The driver was taken to hospital with minor injuries.
"""
GOLD["lorry_crash"] = [
    ("issued a statement urging", "police", "drivers to avoid the A40"),
]
NOT_REPORTS["lorry_crash"] = ["The road was closed for six hours.", "The driver was taken to hospital with minor injuries."]
SPEAKERS["lorry_crash"] = []

ARTICLES["flood_warning"] = """River Tane expected to peak on Thursday

The Environment Office issued a flood warning for the River Tane, saying water levels could peak on Thursday.

Sandbags have been handed out in Low Tane and Millbrook.

Residents said the river had already reached their gardens.
"""
GOLD["flood_warning"] = [
    ("issued a flood warning for the River Tane, saying", "The Environment Office", "water levels could peak on Thursday"),
    ("said", "Residents", "the river had already reached their gardens"),
]
NOT_REPORTS["flood_warning"] = ["Sandbags have been handed out in Low Tane and Millbrook."]
SPEAKERS["flood_warning"] = []

ARTICLES["campaign_offices"] = """Campaign offices vandalised in Tarrow

Both candidates issued statements condemning the vandalism of campaign offices in Tarrow.

Windows were smashed at three offices overnight.

Police said they were looking for two men seen near the high street.
"""
GOLD["campaign_offices"] = [
    ("issued statements condemning", "Both candidates", "the vandalism of campaign offices in Tarrow"),
    ("said", "Police", "they were looking for two men seen near the high street"),
]
NOT_REPORTS["campaign_offices"] = ["Windows were smashed at three offices overnight."]
SPEAKERS["campaign_offices"] = []

ARTICLES["residents_association"] = """Developer to meet Selby Green residents

The Selby Green Residents' Association, which released a statement on Monday questioning the plans, will meet the developer next week.

The old bus depot has been empty since 2019.

Its director, Hana Quist, said the scheme would include a new park.
"""
GOLD["residents_association"] = [
    ("released a statement on Monday questioning", "which", "the plans"),
    ("said", "Its director, Hana Quist", "the scheme would include a new park"),
]
NOT_REPORTS["residents_association"] = ["The old bus depot has been empty since 2019."]
SPEAKERS["residents_association"] = [("said", "Its director, Hana Quist", "Hana Quist", "the scheme")]

ARTICLES["audit_consultants"] = """Council spending on consultants criticised

The Audit Commission published a report on Wednesday criticising Dunmore Council's spending on consultants.

The council spent £4.2m on consultants last year.

A council spokeswoman said the spending had fallen since then.
"""
GOLD["audit_consultants"] = [
    ("published a report on Wednesday criticising", "The Audit Commission", "Dunmore Council's spending on consultants"),
    ("said", "A council spokeswoman", "the spending had fallen since then"),
]
NOT_REPORTS["audit_consultants"] = ["The council spent £4.2m on consultants last year."]
SPEAKERS["audit_consultants"] = []

ARTICLES["minister_memo"] = """Minister orders hospitals to cut waiting times

The health minister, Lina Osei, sent out a memo to hospital chiefs telling them to cut waiting times by March.

The longest waits are in the north of the country.

Ms Osei said the money for extra staff was already there.
"""
GOLD["minister_memo"] = [
    ("sent out a memo to hospital chiefs telling", "The health minister, Lina Osei", "them to cut waiting times by March"),
    ("said", "Ms Osei", "the money for extra staff was already there"),
]
NOT_REPORTS["minister_memo"] = ["The longest waits are in the north of the country."]
SPEAKERS["minister_memo"] = [("said", "Ms Osei", "Lina Osei", "the money")]

ARTICLES["bank_lending"] = """Lending slows, central bank says

The Central Bank of Wessland released data on Monday that showed lending to households had slowed.

Mortgage approvals fell for a third month.

Analysts said higher rates were starting to bite.
"""
GOLD["bank_lending"] = [
    ("showed", "The Central Bank of Wessland", "lending to households had slowed"),
    ("said", "Analysts", "higher rates were starting to bite"),
]
NOT_REPORTS["bank_lending"] = ["Mortgage approvals fell for a third month."]
SPEAKERS["bank_lending"] = []

ARTICLES["gale_warning"] = """Gales expected on the east coast

The Coastal Weather Service put out a warning that winds could reach 80mph on the east coast.

Ferries from Port Ardle have been cancelled.

The harbour master, Colm Reddin, said boats should stay in port until Sunday.
"""
GOLD["gale_warning"] = [
    ("put out a warning", "The Coastal Weather Service", "winds could reach 80mph on the east coast"),
    ("said", "The harbour master, Colm Reddin", "boats should stay in port until Sunday"),
]
NOT_REPORTS["gale_warning"] = ["Ferries from Port Ardle have been cancelled."]
SPEAKERS["gale_warning"] = [("said", "The harbour master, Colm Reddin", "Colm Reddin", "boats")]

ARTICLES["hostages_freed"] = """Aid workers freed in Maru

The rebels released 12 hostages on Friday.

A statement from the aid agency is expected later.

A government spokesman said the hostages were in good health.
"""
GOLD["hostages_freed"] = [
    ("said", "A government spokesman", "the hostages were in good health"),
]
NOT_REPORTS["hostages_freed"] = ["The rebels released 12 hostages on Friday.", "A statement from the aid agency is expected later."]
SPEAKERS["hostages_freed"] = []

ARTICLES["embassy_recall"] = """Ambassador recalled from Tessary

A statement issued by the embassy on Saturday said the ambassador had been recalled for talks.

The embassy issued 300 visas last month.

The foreign minister, Arno Kell, said relations remained good.
"""
GOLD["embassy_recall"] = [
    ("said", "A statement issued by the embassy on Saturday", "the ambassador had been recalled for talks"),
    ("said", "The foreign minister, Arno Kell", "relations remained good"),
]
NOT_REPORTS["embassy_recall"] = ["The embassy issued 300 visas last month."]
SPEAKERS["embassy_recall"] = [("said", "The foreign minister, Arno Kell", "Arno Kell", "relations")]

ARTICLES["singer_fine"] = """Singer to contest fine

In a statement released by her lawyers, the singer Mira Sol said she would contest the fine.

The fine of £12,000 was imposed by a court in Lisk.

Her manager said her tour would go ahead.
"""
GOLD["singer_fine"] = [
    ("said", "the singer Mira Sol", "she would contest the fine"),
    ("said", "Her manager", "her tour would go ahead"),
]
NOT_REPORTS["singer_fine"] = ["The fine of £12,000 was imposed by a court in Lisk."]
SPEAKERS["singer_fine"] = [("said", "the singer Mira Sol", "Mira Sol", "she would")]

ARTICLES["school_gates"] = """School to close gates early

Ashby Primary School issued a notice to parents saying the gates would close at 3pm from Monday.

The school has 420 pupils.

The head teacher, Joan Pike, said the change would keep pupils safe.
"""
GOLD["school_gates"] = [
    ("issued a notice to parents saying", "Ashby Primary School", "the gates would close at 3pm from Monday"),
    ("said", "The head teacher, Joan Pike", "the change would keep pupils safe"),
]
NOT_REPORTS["school_gates"] = ["The school has 420 pupils."]
SPEAKERS["school_gates"] = [("said", "The head teacher, Joan Pike", "Joan Pike", "the change")]
