# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-nine short articles written for the sixty-second pass's check of speakers named by honours, peerages,
religious and judicial titles (helper S): knights and dames named again by the title and the given name ('Sir Tom
Hale ... Sir Tom said', 'Dame Ada'), peers ('Lord Pell of Hartwell ... Lord Pell said', 'the baroness'), dukes and
earls ('the Duke of X ... the duke'), clergy ('Archbishop X ... the archbishop', 'Cardinal X', 'Rabbi X ... the
rabbi', 'Imam X', 'the Rev X ... Ms X ... the vicar'), stacked titles ('Prof Dame X'), letters after a name ('Sir X
MP', 'Dr X OBE'), judges ('Lady X', 'Mr Justice X', 'the Lord Chief Justice') and traps ('Lord of the Flies', 'sir' in
a quotation addressed to someone, 'the Lords debated', 'Dame Street' a place).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, body and sentence is made up. Read by ``test_probe_findings_66_honours``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["museum_knight"] = """Wexley museum to reopen after roof repairs

Sir Tom Hale, the chairman of the Wexley Trust, said the museum would reopen in April.

The building has been closed since a storm in 2024.

Sir Tom said the repairs had cost more than £3m.
"""
GOLD["museum_knight"] = [
    ("said", "Sir Tom Hale, the chairman of the Wexley Trust", "the museum would reopen in April"),
    ("said", "Sir Tom", "the repairs had cost more than £3m"),
]
NOT_REPORTS["museum_knight"] = ["The building has been closed since a storm in 2024."]
SPEAKERS["museum_knight"] = [("said", "Sir Tom", "Tom Hale", "the repairs")]

ARTICLES["soprano_dame"] = """Soprano to retire after winter season

Dame Ada Frost, who first sang at the Orlesby opera house in 1979, said she would retire in March.

Her final performance will be a concert in Orlesby on 14 March.

Dame Ada told reporters that she had no plans to teach.
"""
GOLD["soprano_dame"] = [
    ("said", "Dame Ada Frost, who first sang at the Orlesby opera house in 1979", "she would retire in March"),
    ("told", "Dame Ada", "she had no plans to teach"),
]
NOT_REPORTS["soprano_dame"] = ["Her final performance will be a concert in Orlesby on 14 March."]
SPEAKERS["soprano_dame"] = [("told", "Dame Ada", "Ada Frost", "she had no plans")]

ARTICLES["peer_bill"] = """Peers threaten to amend planning bill

Lord Pell of Hartwell, a former trade minister, said the planning bill was badly drafted.

The bill returns to the upper house on Tuesday.

Lord Pell said peers would try to amend its second part.
"""
GOLD["peer_bill"] = [
    ("said", "Lord Pell of Hartwell, a former trade minister", "the planning bill was badly drafted"),
    ("said", "Lord Pell", "peers would try to amend its second part"),
]
NOT_REPORTS["peer_bill"] = ["The bill returns to the upper house on Tuesday."]
SPEAKERS["peer_bill"] = [("said", "Lord Pell", "Pell", "peers would")]

ARTICLES["baroness_waits"] = """Waiting lists will grow, peer warns

Baroness Imani Vale, who chairs the Lords health committee, warned that waiting lists would grow next winter.

The committee took evidence from 40 hospitals.

The baroness said ministers had ignored its last report.
"""
GOLD["baroness_waits"] = [
    ("warned", "Baroness Imani Vale, who chairs the Lords health committee", "waiting lists would grow next winter"),
    ("said", "The baroness", "ministers had ignored its last report"),
]
NOT_REPORTS["baroness_waits"] = ["The committee took evidence from 40 hospitals."]
SPEAKERS["baroness_waits"] = [("said", "The baroness", "Imani Vale", "ministers")]

ARTICLES["duke_gardens"] = """Carnmoor estate opens gardens

The Duke of Carnmoor said the estate would open its walled gardens to the public this summer.

The gardens cover 12 acres.

The duke said tickets would cost £8.
"""
GOLD["duke_gardens"] = [
    ("said", "The Duke of Carnmoor", "the estate would open its walled gardens to the public this summer"),
    ("said", "The duke", "tickets would cost £8"),
]
NOT_REPORTS["duke_gardens"] = ["The gardens cover 12 acres."]
SPEAKERS["duke_gardens"] = [("said", "The duke", "Duke of Carnmoor", "tickets")]

ARTICLES["archbishop_sale"] = """Church to sell two buildings

Archbishop Peter Olu said the diocese would sell two of its halls in Lessing.

The halls were built in the 1890s.

The archbishop said the money would go to food banks.
"""
GOLD["archbishop_sale"] = [
    ("said", "Archbishop Peter Olu", "the diocese would sell two of its halls in Lessing"),
    ("said", "The archbishop", "the money would go to food banks"),
]
NOT_REPORTS["archbishop_sale"] = ["The halls were built in the 1890s."]
SPEAKERS["archbishop_sale"] = [("said", "The archbishop", "Peter Olu", "the money")]

ARTICLES["cardinal_sermon"] = """Cardinal calls for ceasefire

Cardinal Luis Ferrante told worshippers in Velmora that both sides must stop the shelling.

About 3,000 people attended the mass.

Cardinal Ferrante said he would travel to the border next week.
"""
GOLD["cardinal_sermon"] = [
    ("told", "Cardinal Luis Ferrante", "both sides must stop the shelling"),
    ("said", "Cardinal Ferrante", "he would travel to the border next week"),
]
NOT_REPORTS["cardinal_sermon"] = ["About 3,000 people attended the mass."]
SPEAKERS["cardinal_sermon"] = [("said", "Cardinal Ferrante", "Luis Ferrante", "he would travel")]

ARTICLES["rabbi_patrols"] = """Synagogue receives threats

Rabbi Miriam Stern said the synagogue in Callow Road had received three threatening letters.

The synagogue has about 600 members.

The rabbi said police had increased patrols in the area.
"""
GOLD["rabbi_patrols"] = [
    ("said", "Rabbi Miriam Stern", "the synagogue in Callow Road had received three threatening letters"),
    ("said", "The rabbi", "police had increased patrols in the area"),
]
NOT_REPORTS["rabbi_patrols"] = ["The synagogue has about 600 members."]
SPEAKERS["rabbi_patrols"] = [("said", "The rabbi", "Miriam Stern", "police")]

ARTICLES["imam_open_day"] = """Mosque holds open day

Imam Yusuf Adeyemi said the mosque would welcome visitors on Saturday.

The mosque opened in Brenford in 1998.

The imam said he hoped neighbours would come and ask questions.
"""
GOLD["imam_open_day"] = [
    ("said", "Imam Yusuf Adeyemi", "the mosque would welcome visitors on Saturday"),
    ("said", "The imam", "he hoped neighbours would come and ask questions"),
]
NOT_REPORTS["imam_open_day"] = ["The mosque opened in Brenford in 1998."]
SPEAKERS["imam_open_day"] = [("said", "The imam", "Yusuf Adeyemi", "he hoped")]

ARTICLES["vicar_bells"] = """Church bells to ring again

The Rev Jane Dunn, vicar of St Aldric's in Morley Green, said the bells would ring again at Easter.

The bells were taken down for repair in 2023.

Ms Dunn said volunteers had raised £40,000.

The vicar added that new ringers were welcome.
"""
GOLD["vicar_bells"] = [
    ("said", "The Rev Jane Dunn, vicar of St Aldric's in Morley Green", "the bells would ring again at Easter"),
    ("said", "Ms Dunn", "volunteers had raised £40,000"),
    ("added", "The vicar", "new ringers were welcome"),
]
NOT_REPORTS["vicar_bells"] = ["The bells were taken down for repair in 2023."]
SPEAKERS["vicar_bells"] = [("said", "Ms Dunn", "Jane Dunn", "volunteers"), ("added", "The vicar", "Jane Dunn", "new ringers")]

ARTICLES["prof_dame_trial"] = """Vaccine trial a success, scientists say

Prof Dame Ana Reyes, who leads the Corlan Institute, said the trial had met all its goals.

The trial enrolled 4,200 adults.

Dame Ana said the vaccine could be approved next year.
"""
GOLD["prof_dame_trial"] = [
    ("said", "Prof Dame Ana Reyes, who leads the Corlan Institute", "the trial had met all its goals"),
    ("said", "Dame Ana", "the vaccine could be approved next year"),
]
NOT_REPORTS["prof_dame_trial"] = ["The trial enrolled 4,200 adults."]
SPEAKERS["prof_dame_trial"] = [("said", "Dame Ana", "Ana Reyes", "the vaccine")]

ARTICLES["mp_bypass"] = """MP backs bypass plan

Sir Gregor Lamb MP said the Tenbury bypass would take lorries out of the town centre.

The road would be 4.5 miles long.

Sir Gregor said he would raise the plan with the transport secretary.
"""
GOLD["mp_bypass"] = [
    ("said", "Sir Gregor Lamb MP", "the Tenbury bypass would take lorries out of the town centre"),
    ("said", "Sir Gregor", "he would raise the plan with the transport secretary"),
]
NOT_REPORTS["mp_bypass"] = ["The road would be 4.5 miles long."]
SPEAKERS["mp_bypass"] = [("said", "Sir Gregor", "Gregor Lamb", "he would raise")]

ARTICLES["gp_obe"] = """GP warns over surgery closures

Dr Ravi Patel OBE, a GP in Sallow, said three surgeries in the town could close by 2027.

The town has 31,000 patients.

Dr Patel said young doctors were leaving for cities.
"""
GOLD["gp_obe"] = [
    ("said", "Dr Ravi Patel OBE, a GP in Sallow", "three surgeries in the town could close by 2027"),
    ("said", "Dr Patel", "young doctors were leaving for cities"),
]
NOT_REPORTS["gp_obe"] = ["The town has 31,000 patients."]
SPEAKERS["gp_obe"] = [("said", "Dr Patel", "Ravi Patel", "young doctors")]

ARTICLES["supreme_ruling"] = """Court rules against ministers

Lady Orme, the president of the court, said ministers had acted unlawfully.

The ruling was unanimous.

Lady Orme said Parliament was free to change the law.
"""
GOLD["supreme_ruling"] = [
    ("said", "Lady Orme, the president of the court", "ministers had acted unlawfully"),
    ("said", "Lady Orme", "Parliament was free to change the law"),
]
NOT_REPORTS["supreme_ruling"] = ["The ruling was unanimous."]
SPEAKERS["supreme_ruling"] = [("said", "Lady Orme", "Orme", "Parliament")]

ARTICLES["earl_wind"] = """Earl objects to wind turbines

The Earl of Brackwater said the turbines would spoil views of the castle.

The castle draws 90,000 visitors a year.

The earl said he would appeal against the decision.
"""
GOLD["earl_wind"] = [
    ("said", "The Earl of Brackwater", "the turbines would spoil views of the castle"),
    ("said", "The earl", "he would appeal against the decision"),
]
NOT_REPORTS["earl_wind"] = ["The castle draws 90,000 visitors a year."]
SPEAKERS["earl_wind"] = [("said", "The earl", "Earl of Brackwater", "he would appeal")]

ARTICLES["high_court_judge"] = """Judge criticises police delays

Mr Justice Renshaw said the police had taken too long to disclose the evidence.

The trial was delayed by eight months.

The judge said the delay had been unfair to the defendant.
"""
GOLD["high_court_judge"] = [
    ("said", "Mr Justice Renshaw", "the police had taken too long to disclose the evidence"),
    ("said", "The judge", "the delay had been unfair to the defendant"),
]
NOT_REPORTS["high_court_judge"] = ["The trial was delayed by eight months."]
SPEAKERS["high_court_judge"] = [("said", "The judge", "Renshaw", "the delay")]

ARTICLES["chief_justice"] = """Courts to hear more cases online

The Lord Chief Justice, Lord Hollis, said more hearings would be held online next year.

There are 1,200 cases waiting in the Nethercote courts.

Lord Hollis said trials by jury would still be held in person.
"""
GOLD["chief_justice"] = [
    ("said", "The Lord Chief Justice, Lord Hollis", "more hearings would be held online next year"),
    ("said", "Lord Hollis", "trials by jury would still be held in person"),
]
NOT_REPORTS["chief_justice"] = ["There are 1,200 cases waiting in the Nethercote courts."]
SPEAKERS["chief_justice"] = [("said", "Lord Hollis", "Hollis", "trials")]

ARTICLES["bishop_homes"] = """Bishop offers church land for homes

The Bishop of Tarrow, the Rt Rev Simon Kell, said the diocese would give land for 200 homes.

The land lies next to the cathedral.

Bishop Kell said the homes must be affordable.
"""
GOLD["bishop_homes"] = [
    ("said", "The Bishop of Tarrow, the Rt Rev Simon Kell", "the diocese would give land for 200 homes"),
    ("said", "Bishop Kell", "the homes must be affordable"),
]
NOT_REPORTS["bishop_homes"] = ["The land lies next to the cathedral."]
SPEAKERS["bishop_homes"] = [("said", "Bishop Kell", "Simon Kell", "the homes")]

ARTICLES["school_novel"] = """School drops set novel

Pupils at Greyholm Academy read Lord of the Flies in year nine.

The head teacher, Anna Pike, said a newer novel would replace it next term.

Lord of the Flies was first published in 1954.
"""
GOLD["school_novel"] = [
    ("said", "The head teacher, Anna Pike", "a newer novel would replace it next term"),
]
NOT_REPORTS["school_novel"] = ["Pupils at Greyholm Academy read Lord of the Flies in year nine.", "Lord of the Flies was first published in 1954."]

ARTICLES["sir_addressed"] = """Councillor ejected from meeting

"Sir, you have had your turn," the chairman, Colin Marsh, told Councillor Dev Rana.

Mr Rana left the chamber a few minutes later.

Mr Marsh said the meeting had become heated.
"""
GOLD["sir_addressed"] = [
    ("told", "the chairman, Colin Marsh", "Sir, you have had your turn"),
    ("said", "Mr Marsh", "the meeting had become heated"),
]
NOT_REPORTS["sir_addressed"] = ["Mr Rana left the chamber a few minutes later."]
SPEAKERS["sir_addressed"] = [("told", "the chairman, Colin Marsh", "Colin Marsh", "Sir"), ("said", "Mr Marsh", "Colin Marsh", "the meeting")]

ARTICLES["lords_debate"] = """Peers debate assisted dying bill

The Lords debated the bill for seven hours on Friday.

More than 150 peers put their names down to speak.

Lady Corrin, a former nurse, said the bill had too few safeguards.
"""
GOLD["lords_debate"] = [
    ("said", "Lady Corrin, a former nurse", "the bill had too few safeguards"),
]
NOT_REPORTS["lords_debate"] = ["The Lords debated the bill for seven hours on Friday.", "More than 150 peers put their names down to speak."]

ARTICLES["dame_street"] = """Thousands march in Dublin

The march began on Dame Street and ended outside the Dail.

Organisers said about 20,000 people had taken part.

A garda spokesman said there had been no arrests.
"""
GOLD["dame_street"] = [
    ("said", "Organisers", "about 20,000 people had taken part"),
    ("said", "A garda spokesman", "there had been no arrests"),
]
NOT_REPORTS["dame_street"] = ["The march began on Dame Street and ended outside the Dail."]

ARTICLES["knight_thanks"] = """Theatre director knighted

The theatre director Sir Owen Pryce said the honour belonged to his actors.

He has run the Kestle Playhouse since 1991.

Sir Owen said he would not retire.

"Thank you, sir," said one of his actors, Nia Bowen.
"""
GOLD["knight_thanks"] = [
    ("said", "The theatre director Sir Owen Pryce", "the honour belonged to his actors"),
    ("said", "Sir Owen", "he would not retire"),
    ("said", "one of his actors, Nia Bowen", "Thank you, sir"),
]
NOT_REPORTS["knight_thanks"] = ["He has run the Kestle Playhouse since 1991."]
SPEAKERS["knight_thanks"] = [("said", "Sir Owen", "Owen Pryce", "he would not"), ("said", "one of his actors, Nia Bowen", "Nia Bowen", "Thank you")]

ARTICLES["baron_sheikh"] = """Peer and cleric back refugee appeal

Sheikh Omar Haddad, who leads the Ravenhill mosque, said the town had a duty to help.

Baroness Lila Crane said she would give £10,000 to the appeal.

The appeal has raised £85,000 so far.

Sheikh Haddad said donations of clothes were no longer needed.

Lady Crane said the money would pay for housing.
"""
GOLD["baron_sheikh"] = [
    ("said", "Sheikh Omar Haddad, who leads the Ravenhill mosque", "the town had a duty to help"),
    ("said", "Baroness Lila Crane", "she would give £10,000 to the appeal"),
    ("said", "Sheikh Haddad", "donations of clothes were no longer needed"),
    ("said", "Lady Crane", "the money would pay for housing"),
]
NOT_REPORTS["baron_sheikh"] = ["The appeal has raised £85,000 so far."]
SPEAKERS["baron_sheikh"] = [("said", "Sheikh Haddad", "Omar Haddad", "donations"), ("said", "Lady Crane", "Lila Crane", "the money")]

ARTICLES["silk_appeal"] = """Barrister says conviction unsafe

Sir Alan Moy KC, who represents the former mayor, said the conviction was unsafe.

The appeal will be heard in June.

Sir Alan said new evidence had come to light.
"""
GOLD["silk_appeal"] = [
    ("said", "Sir Alan Moy KC, who represents the former mayor", "the conviction was unsafe"),
    ("said", "Sir Alan", "new evidence had come to light"),
]
NOT_REPORTS["silk_appeal"] = ["The appeal will be heard in June."]
SPEAKERS["silk_appeal"] = [("said", "Sir Alan Moy KC, who represents the former mayor", "Alan Moy KC", "the conviction"), ("said", "Sir Alan", "Alan Moy KC", "new evidence")]

ARTICLES["head_dbe"] = """Head teacher honoured

Dame Kit Orr DBE said the honour was for her pupils and staff.

She has led Farrow Lane School for 22 years.

Dame Kit said she would keep teaching maths.
"""
GOLD["head_dbe"] = [
    ("said", "Dame Kit Orr DBE", "the honour was for her pupils and staff"),
    ("said", "Dame Kit", "she would keep teaching maths"),
]
NOT_REPORTS["head_dbe"] = ["She has led Farrow Lane School for 22 years."]
SPEAKERS["head_dbe"] = [("said", "Dame Kit", "Kit Orr", "she would keep")]

ARTICLES["peer_welfare"] = """Peer attacks welfare cuts

Lord Ambrose of Tilling said the cuts would push families into debt.

The cuts will save £1.2bn a year.

The Labour peer said he would table an amendment.
"""
GOLD["peer_welfare"] = [
    ("said", "Lord Ambrose of Tilling", "the cuts would push families into debt"),
    ("said", "The Labour peer", "he would table an amendment"),
]
NOT_REPORTS["peer_welfare"] = ["The cuts will save £1.2bn a year."]
SPEAKERS["peer_welfare"] = [("said", "The Labour peer", "Ambrose", "he would table")]

ARTICLES["sheikh_school"] = """Mosque opens school extension

Sheikh Bilal Farouk said the new classrooms would teach 120 more children.

The extension cost £650,000.

The sheikh said families had raised most of the money.
"""
GOLD["sheikh_school"] = [
    ("said", "Sheikh Bilal Farouk", "the new classrooms would teach 120 more children"),
    ("said", "The sheikh", "families had raised most of the money"),
]
NOT_REPORTS["sheikh_school"] = ["The extension cost £650,000."]
SPEAKERS["sheikh_school"] = [("said", "The sheikh", "Bilal Farouk", "families")]

ARTICLES["chief_justice_named"] = """Top judge warns over court backlog

The Lord Chief Justice, Lady Carrow, said the backlog would take five years to clear.

More than 60,000 cases are waiting.

The Lord Chief Justice said more judges were needed.
"""
GOLD["chief_justice_named"] = [
    ("said", "The Lord Chief Justice, Lady Carrow", "the backlog would take five years to clear"),
    ("said", "The Lord Chief Justice", "more judges were needed"),
]
NOT_REPORTS["chief_justice_named"] = ["More than 60,000 cases are waiting."]
SPEAKERS["chief_justice_named"] = [("said", "The Lord Chief Justice, Lady Carrow", "Carrow", "the backlog"), ("said", "The Lord Chief Justice", "Carrow", "more judges")]
