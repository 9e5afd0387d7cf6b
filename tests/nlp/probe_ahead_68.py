# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-fourth pass's check of speech before and after it happens and of sources in
passive shapes (helper C): scheduled or expected speech ('will say in a speech on Monday that X', 'is set to announce
X', 'is expected to tell delegates X', 'in remarks prepared for delivery, X will argue Y', 'excerpts released in
advance show X saying Y'), modal speech ('would say', 'could argue', 'might claim', 'may tell the court'), passive
sources ('it was claimed by X that Y', 'Y, it was reported by X', 'X was quoted by the paper as saying Y', 'Y was
confirmed by the ministry', 'the figures, released by X, show Y', 'Y, the council was told'), sourceless hearsay ('it
is understood that Y', 'it is thought that Y', 'it has been suggested that Y') and traps that report nothing ('will
speak at 3pm', 'is due to be sentenced', 'is due to give evidence', 'the speech was postponed', 'the announcement was
delayed', 'it emerged that Y').

The gold is written by hand as PolNeAR train marks these shapes (counted in its .ann files): 'will say' and 'would
argue' keep their subject as the source (the auxiliary in the cue); 'is expected to announce that X' is the subject's
report, while 'is expected to deliver a speech' has no source, its subject and infinitive the content; 'is quoted as
saying' and 'was confirmed by X' name the speaker and the agent; 'it is said that X' and 'I was told that X' have no
source; 'scheduled to speak' with nothing said is marked once in five; 'it turned out that', 'it came to light that'
and 'word emerged that' are not marked (one 'news has emerged that' is), so 'it emerged that X' reports nothing here.
Per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, body and sentence is made up. Read by ``test_probe_findings_68_ahead``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["fuel_duty_speech"] = """Finance minister to freeze fuel duty

Finance Minister Odile Marsh will say in a speech on Monday that fuel duty will be frozen for a third year.

The speech will be given at the Harwick Chamber of Commerce.

Ms Marsh is also expected to tell business leaders that the deficit has narrowed faster than forecast.
"""
GOLD["fuel_duty_speech"] = [
    ("say", "Finance Minister Odile Marsh", "fuel duty will be frozen for a third year"),
    ("tell", "Ms Marsh", "the deficit has narrowed faster than forecast"),
]
NOT_REPORTS["fuel_duty_speech"] = ["The speech will be given at the Harwick Chamber of Commerce."]
SPEAKERS["fuel_duty_speech"] = [("is also expected to tell", "Ms Marsh", "Odile Marsh", "the deficit")]

ARTICLES["rail_cuts"] = """Rail operator set to cut weekend trains

Brenmoor Rail is set to announce that it will cut a fifth of its weekend services from May.

The operator runs 420 trains a day across the region.

A union official, Tessa Kray, said the cuts would hit shift workers hardest.
"""
GOLD["rail_cuts"] = [
    ("announce", "Brenmoor Rail", "it will cut a fifth of its weekend services from May"),
    ("said", "A union official, Tessa Kray", "the cuts would hit shift workers hardest"),
]
NOT_REPORTS["rail_cuts"] = ["The operator runs 420 trains a day across the region."]

ARTICLES["reservoir_remarks"] = """Governor to defend reservoir plan

In remarks prepared for delivery, Governor Ray Tolland will argue that the reservoir will save the state $2bn over 20 years.

Mr Tolland will speak at the state capitol at 11am.

Critics, including the Green Valleys group, say the reservoir would flood three villages.
"""
GOLD["reservoir_remarks"] = [
    ("argue", "Governor Ray Tolland", "the reservoir will save the state $2bn over 20 years"),
    ("say", "Critics, including the Green Valleys group", "the reservoir would flood three villages"),
]
NOT_REPORTS["reservoir_remarks"] = ["Mr Tolland will speak at the state capitol at 11am."]

ARTICLES["unity_excerpts"] = """Party leader to call for unity

Excerpts released in advance show Helen Varga saying the party must stop fighting itself.

"We have spent two years arguing with each other," she will say. "The voters have noticed."

The conference opens in Dunmore on Saturday.
"""
GOLD["unity_excerpts"] = [
    ("saying", "Helen Varga", "the party must stop fighting itself"),
    ("say", "she", "We have spent two years arguing with each other"),
]
NOT_REPORTS["unity_excerpts"] = ["The conference opens in Dunmore on Saturday."]
SPEAKERS["unity_excerpts"] = [("will say", "she", "Helen Varga", "We have spent")]

ARTICLES["inquiry_evidence"] = """Former port chief to face inquiry

Former port chief Anil Dass is due to give evidence to the Kestle harbour inquiry on Thursday.

The inquiry was set up after a crane collapsed in 2025.

Lawyers for the families said they would ask Mr Dass why safety checks had been dropped.
"""
GOLD["inquiry_evidence"] = [
    ("said", "Lawyers for the families", "they would ask Mr Dass why safety checks had been dropped"),
]
NOT_REPORTS["inquiry_evidence"] = [
    "Former port chief Anil Dass is due to give evidence to the Kestle harbour inquiry on Thursday.",
    "The inquiry was set up after a crane collapsed in 2025.",
]

ARTICLES["sentencing_due"] = """Builder who stole from pensioners due to be sentenced

A builder who took £40,000 from elderly customers is due to be sentenced at Orton Crown Court next month.

Gary Penn, 52, admitted eight counts of fraud in October.

Detective Sergeant Lin Hobbs said the victims had been left frightened to open their doors.
"""
GOLD["sentencing_due"] = [
    ("admitted", "Gary Penn, 52", "eight counts of fraud"),
    ("said", "Detective Sergeant Lin Hobbs", "the victims had been left frightened to open their doors"),
]
NOT_REPORTS["sentencing_due"] = [
    "A builder who took £40,000 from elderly customers is due to be sentenced at Orton Crown Court next month.",
]

ARTICLES["speech_postponed"] = """Mayor's housing speech postponed

The mayor's speech on housing was postponed after a fire alarm at City Hall.

The announcement of the new housing targets was delayed until next week.

A spokesman for the mayor, Colm Reid, said the targets would not change.
"""
GOLD["speech_postponed"] = [
    ("said", "A spokesman for the mayor, Colm Reid", "the targets would not change"),
]
NOT_REPORTS["speech_postponed"] = [
    "The mayor's speech on housing was postponed after a fire alarm at City Hall.",
    "The announcement of the new housing targets was delayed until next week.",
]

ARTICLES["modal_defence"] = """Jury hears closing speeches in warehouse fire trial

The defence may tell the court that the wiring had been faulty for years, legal observers said.

Prosecutors could argue that the owner ignored three warnings, said Nadia Orr, a lecturer in law at Fenmore University.

The trial entered its sixth week on Monday.
"""
GOLD["modal_defence"] = [
    ("said", "legal observers", "The defence may tell the court that the wiring had been faulty for years"),
    ("said", "Nadia Orr, a lecturer in law at Fenmore University", "Prosecutors could argue that the owner ignored three warnings"),
]
NOT_REPORTS["modal_defence"] = ["The trial entered its sixth week on Monday."]

ARTICLES["would_say"] = """Club chairman defends ticket prices

Asked whether fans were being priced out, chairman Victor Lund said he would say the prices were fair.

Season tickets at Calder Park rose by 12% this year.

Supporters might claim that the club is ignoring them, Mr Lund added, but the waiting list has grown.
"""
GOLD["would_say"] = [
    ("said", "chairman Victor Lund", "he would say the prices were fair"),
    ("added", "Mr Lund", "Supporters might claim that the club is ignoring them"),
]
NOT_REPORTS["would_say"] = ["Season tickets at Calder Park rose by 12% this year."]
SPEAKERS["would_say"] = [("added", "Mr Lund", "Victor Lund", "Supporters")]

ARTICLES["modal_bare"] = """Teachers weigh strike over pay

Union leaders could argue that a 2% rise is a cut in real terms.

Ministers would say that the budget cannot stretch further.

Ballot papers go out to 80,000 members next week.
"""
GOLD["modal_bare"] = [
    ("argue", "Union leaders", "a 2% rise is a cut in real terms"),
    ("say", "Ministers", "the budget cannot stretch further"),
]
NOT_REPORTS["modal_bare"] = ["Ballot papers go out to 80,000 members next week."]

ARTICLES["claimed_by"] = """Council accused of hiding flood report

It was claimed by opposition councillors that the flood report had been kept from residents for a year.

The report looked at 300 homes along the river Wend.

The council's leader, Dilys Ambrose, denied the report had been hidden.
"""
GOLD["claimed_by"] = [
    ("claimed", "opposition councillors", "the flood report had been kept from residents for a year"),
    ("denied", "The council's leader, Dilys Ambrose", "the report had been hidden"),
]
NOT_REPORTS["claimed_by"] = ["The report looked at 300 homes along the river Wend."]

ARTICLES["reported_by"] = """Airline to close northern base

The airline will close its Carrick base in the spring, it was reported by the Northern Courier.

About 150 pilots and cabin crew work at the base.

The airline declined to comment.
"""
GOLD["reported_by"] = [
    ("reported", "the Northern Courier", "The airline will close its Carrick base in the spring"),
    ("declined", "The airline", "to comment"),
]
NOT_REPORTS["reported_by"] = ["About 150 pilots and cabin crew work at the base."]

ARTICLES["quoted_by"] = """Coach hints at exit

Coach Mira Sandoval was quoted by the Valley Herald as saying she would leave the club at the end of the season.

Sandoval has won two league titles in four years.

The club said it had not received a resignation.
"""
GOLD["quoted_by"] = [
    ("saying", "Coach Mira Sandoval", "she would leave the club at the end of the season"),
    ("said", "The club", "it had not received a resignation"),
]
NOT_REPORTS["quoted_by"] = ["Sandoval has won two league titles in four years."]

ARTICLES["confirmed_by"] = """Three killed in motorway crash

The deaths of three men were confirmed by police on Sunday.

The crash happened on the northbound carriageway near junction 14 at about 2am.

The closure of the road was confirmed by the highways agency.
"""
GOLD["confirmed_by"] = [
    ("confirmed", "police", "The deaths of three men"),
    ("confirmed", "the highways agency", "The closure of the road"),
]
NOT_REPORTS["confirmed_by"] = ["The crash happened on the northbound carriageway near junction 14 at about 2am."]

ARTICLES["ministry_confirmed"] = """School meals scheme extended

The extension of free school meals to all primary pupils was confirmed by the education ministry.

About 310,000 children will benefit from September.

Head teacher Owen Blake said the change would help families who had been just above the limit.
"""
GOLD["ministry_confirmed"] = [
    ("confirmed", "the education ministry", "The extension of free school meals to all primary pupils"),
    ("said", "Head teacher Owen Blake", "the change would help families who had been just above the limit"),
]
NOT_REPORTS["ministry_confirmed"] = ["About 310,000 children will benefit from September."]

ARTICLES["figures_released"] = """Unemployment falls to four-year low

The figures, released by the Kelmar statistics office, show unemployment fell to 4.1% in October.

Most of the new jobs were in retail and hospitality.

Economist Priya Lal said the fall was unlikely to last into the new year.
"""
GOLD["figures_released"] = [
    ("show", "The figures, released by the Kelmar statistics office", "unemployment fell to 4.1% in October"),
    ("said", "Economist Priya Lal", "the fall was unlikely to last into the new year"),
]
NOT_REPORTS["figures_released"] = ["Most of the new jobs were in retail and hospitality."]

ARTICLES["council_told"] = """Leisure centre faces closure

The Harlow Road leisure centre would close by June unless £1.2m was found, the council was told.

The centre has a pool, a gym and two sports halls.

Councillor Amy Voss said she would fight to keep it open.
"""
GOLD["council_told"] = [
    ("told", "", "The Harlow Road leisure centre would close by June unless £1.2m was found"),
    ("said", "Councillor Amy Voss", "she would fight to keep it open"),
]
NOT_REPORTS["council_told"] = ["The centre has a pool, a gym and two sports halls."]

ARTICLES["understood"] = """Striker set for record move

It is understood that Rovers have agreed a fee of £18m for striker Leon Abara.

Abara joined Rovers from Kilnsey Town in 2023.

Rovers manager Joe Hart said he did not discuss players who might leave.
"""
GOLD["understood"] = [
    ("understood", "", "Rovers have agreed a fee of £18m for striker Leon Abara"),
    ("said", "Rovers manager Joe Hart", "he did not discuss players who might leave"),
]
NOT_REPORTS["understood"] = ["Abara joined Rovers from Kilnsey Town in 2023."]

ARTICLES["thought"] = """Rare eagle returns to island

It is thought that the white-tailed eagle has not nested on Skarra for 90 years.

The pair were seen carrying branches to a cliff on the island's west side.

Warden Fiona Gale said the nest was being watched day and night.
"""
GOLD["thought"] = [
    ("thought", "", "the white-tailed eagle has not nested on Skarra for 90 years"),
    ("said", "Warden Fiona Gale", "the nest was being watched day and night"),
]
NOT_REPORTS["thought"] = ["The pair were seen carrying branches to a cliff on the island's west side."]

ARTICLES["suggested"] = """Bypass costs questioned

It has been suggested that the Morley bypass could cost twice its budget.

Work on the road began in 2024.

The transport department said the budget of £340m remained on track.
"""
GOLD["suggested"] = [
    ("suggested", "", "the Morley bypass could cost twice its budget"),
    ("said", "The transport department", "the budget of £340m remained on track"),
]
NOT_REPORTS["suggested"] = ["Work on the road began in 2024."]

ARTICLES["emerged"] = """Hospital trust paid consultants £4m

It emerged on Tuesday that the Dunford hospital trust had paid consultants £4m in two years.

The trust runs three hospitals and employs 9,000 staff.

Its chief executive, Ruth Kemble, said the work had saved far more than it cost.
"""
GOLD["emerged"] = [
    ("said", "Its chief executive, Ruth Kemble", "the work had saved far more than it cost"),
]
NOT_REPORTS["emerged"] = [
    "It emerged on Tuesday that the Dunford hospital trust had paid consultants £4m in two years.",
    "The trust runs three hospitals and employs 9,000 staff.",
]

ARTICLES["expected_deliver"] = """Prime minister to address nation

The prime minister is expected to deliver a statement on the energy crisis on Wednesday evening.

Gas prices have risen by a third since August.

Opposition leader Carl Brandt said the statement was weeks too late.
"""
GOLD["expected_deliver"] = [
    ("expected", "", "The prime minister"),
    ("said", "Opposition leader Carl Brandt", "the statement was weeks too late"),
]
NOT_REPORTS["expected_deliver"] = ["Gas prices have risen by a third since August."]

ARTICLES["expected_tell"] = """Bank chief to warn on rates

The governor of the Central Bank, Petra Liang, is expected to tell MPs that interest rates will stay high until next summer.

She appears before the Treasury committee on Tuesday.

Ms Liang said in March that inflation had peaked.
"""
GOLD["expected_tell"] = [
    ("tell", "The governor of the Central Bank, Petra Liang", "interest rates will stay high until next summer"),
    ("said", "Ms Liang", "inflation had peaked"),
]
NOT_REPORTS["expected_tell"] = ["She appears before the Treasury committee on Tuesday."]
SPEAKERS["expected_tell"] = [("said", "Ms Liang", "Petra Liang", "inflation")]

ARTICLES["will_announce"] = """Carmaker to build battery plant

Halvorsen Motors will announce on Friday that it is building a battery plant near Tessby.

The plant would employ about 2,000 people.

Local MP Dan Ostrow said the news was the best the town had had in decades.
"""
GOLD["will_announce"] = [
    ("announce", "Halvorsen Motors", "it is building a battery plant near Tessby"),
    ("said", "Local MP Dan Ostrow", "the news was the best the town had had in decades"),
]
NOT_REPORTS["will_announce"] = ["The plant would employ about 2,000 people."]

ARTICLES["set_to_tell"] = """Health chief to admit targets missed

Health chief Sunita Rao is set to tell a conference in Brayford that waiting time targets will be missed for a fifth year.

Around 1,200 doctors and nurses are attending the conference.

Dr Rao will speak at 3pm.
"""
GOLD["set_to_tell"] = [
    ("tell", "Health chief Sunita Rao", "waiting time targets will be missed for a fifth year"),
]
NOT_REPORTS["set_to_tell"] = [
    "Around 1,200 doctors and nurses are attending the conference.",
    "Dr Rao will speak at 3pm.",
]

ARTICLES["quote_will_say"] = """Union leader to urge strike action

"We cannot keep asking nurses to work for less," Jo Pearce, the general secretary of the Nurses' Guild, will say.

Ms Pearce will tell the union's conference in Larne that a ballot on strike action should be held in the spring.

The guild has 210,000 members.
"""
GOLD["quote_will_say"] = [
    ("say", "Jo Pearce, the general secretary of the Nurses' Guild", "We cannot keep asking nurses to work for less"),
    ("tell", "Ms Pearce", "a ballot on strike action should be held in the spring"),
]
NOT_REPORTS["quote_will_say"] = ["The guild has 210,000 members."]
SPEAKERS["quote_will_say"] = [("will tell", "Ms Pearce", "Jo Pearce", "a ballot")]

ARTICLES["paper_quoted"] = """Minister hints at tax rise

The Daily Mercury quoted Treasury Minister Elin Foss as saying that a rise in income tax could not be ruled out.

The budget is due on 12 March.

The Treasury said it did not comment on speculation.
"""
GOLD["paper_quoted"] = [
    ("quoted", "The Daily Mercury", "Treasury Minister Elin Foss as saying that a rise in income tax could not be ruled out"),
    ("said", "The Treasury", "it did not comment on speculation"),
]
NOT_REPORTS["paper_quoted"] = ["The budget is due on 12 March."]

ARTICLES["alleged_by"] = """Landlord accused of ignoring damp

It was alleged by tenants that the landlord had ignored complaints about damp for two years.

The block on Fenwick Street has 64 flats.

The landlord, Oakmere Homes, said repairs had begun in October.
"""
GOLD["alleged_by"] = [
    ("alleged", "tenants", "the landlord had ignored complaints about damp for two years"),
    ("said", "The landlord, Oakmere Homes", "repairs had begun in October"),
]
NOT_REPORTS["alleged_by"] = ["The block on Fenwick Street has 64 flats."]

ARTICLES["announced_by"] = """New bridge to open in June

The opening date of the new Saltney bridge was announced by the county council on Monday.

The bridge cost £28m and took three years to build.

Council leader Jim Arden said the bridge would cut journeys across the estuary by half an hour.
"""
GOLD["announced_by"] = [
    ("announced", "the county council", "The opening date of the new Saltney bridge"),
    ("said", "Council leader Jim Arden", "the bridge would cut journeys across the estuary by half an hour"),
]
NOT_REPORTS["announced_by"] = ["The bridge cost £28m and took three years to build."]
