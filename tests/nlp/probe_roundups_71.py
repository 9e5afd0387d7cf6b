# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five short articles and pages written for the seventy-first pass's check of round-ups, digests and bullet
lists (helper Q): morning briefings ('Here's what we know so far:' then bullets), 'What they're saying' sections
('• The mayor: "X"', '- Police say X', '* X called the deal "a betrayal"'), key-quotes boxes, numbered lists of
claims ('1. The council says X'), Q&A explainers whose answers cite a source ('Who is to blame? The regulator says
X'), 'In other news' digests of one-line items, weekly round-ups of statements ('Quote of the week: "X" — Y'),
bullets whose source is named only in the section heading, and traps (bullets of facts with no source, 'What we
don't know', headings, times and dates, 'Read more: X says Y' links).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, body and sentence is made up. Read by ``test_probe_findings_71_roundups``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["briefing_bullets"] = """Morning briefing: flooding in the Tarrow valley

Good morning. Here's what we know so far:

• About 300 homes in Lenfield were flooded overnight.

• The Environment Office said river levels would peak on Thursday afternoon.

• Fire crews rescued 14 people from cars on the Lenfield bypass.

• The council's leader, Mira Castell, told residents to stay away from the riverbank.
"""
GOLD["briefing_bullets"] = [
    ("said", "The Environment Office", "river levels would peak on Thursday afternoon"),
    ("told", "The council's leader, Mira Castell", "residents to stay away from the riverbank"),
]
NOT_REPORTS["briefing_bullets"] = [
    "Good morning. Here's what we know so far:",
    "• About 300 homes in Lenfield were flooded overnight.",
    "• Fire crews rescued 14 people from cars on the Lenfield bypass.",
]
SPEAKERS["briefing_bullets"] = [("told", "The council's leader, Mira Castell", "Mira Castell", "residents")]

ARTICLES["saying_colon"] = """Harbour tunnel plan approved

The regional assembly approved the Dunmere harbour tunnel on Tuesday by 41 votes to 17.

What they're saying

• The mayor: "This is the best day for Dunmere in a generation."

• Ferry operator Brisk Lines: "We will study the decision before we say more."

• Green councillor Oren Falk: "The tunnel will pour traffic into the old town."
"""
GOLD["saying_colon"] = [
    (":", "The mayor", "This is the best day for Dunmere in a generation."),
    (":", "Ferry operator Brisk Lines", "We will study the decision before we say more."),
    (":", "Green councillor Oren Falk", "The tunnel will pour traffic into the old town."),
]
NOT_REPORTS["saying_colon"] = ["What they're saying"]
SPEAKERS["saying_colon"] = [(":", "Green councillor Oren Falk", "Oren Falk", "The tunnel")]

ARTICLES["saying_dashes"] = """Stabbing outside Vellum Street nightclub

A man of 22 was stabbed outside a nightclub in Vellum Street early on Sunday.

What they're saying:

- Police say the victim is in a stable condition in hospital.

- The club's owner says door staff called an ambulance within minutes.

- Residents have complained about fights in the street for months.
"""
GOLD["saying_dashes"] = [
    ("say", "Police", "the victim is in a stable condition in hospital"),
    ("says", "The club's owner", "door staff called an ambulance within minutes"),
    ("complained", "Residents", "fights in the street for months"),
]
NOT_REPORTS["saying_dashes"] = ["A man of 22 was stabbed outside a nightclub in Vellum Street early on Sunday.", "What they're saying:"]

ARTICLES["asterisk_called"] = """Bus drivers accept pay offer

Drivers at Corran Buses voted to accept a 6% pay rise, ending a two-month dispute.

Reaction

* Union leader Ann Vale called the deal "a betrayal of the night shift".

* The company's chief executive, Piers Onley, said services would return to normal on Monday.

* Passenger group Ride Fair said fares must not rise to pay for the deal.
"""
GOLD["asterisk_called"] = [
    ("called", "Union leader Ann Vale", "the deal \"a betrayal of the night shift\""),
    ("said", "The company's chief executive, Piers Onley", "services would return to normal on Monday"),
    ("said", "Passenger group Ride Fair", "fares must not rise to pay for the deal"),
]
NOT_REPORTS["asterisk_called"] = ["Reaction"]
SPEAKERS["asterisk_called"] = [("called", "Union leader Ann Vale", "Ann Vale", "the deal")]

ARTICLES["key_quotes_box"] = """Minister resigns over contracts row

Transport minister Hal Brennock resigned on Friday after a week of questions about rail contracts.

Key quotes

"I have done nothing wrong, but I will not be a distraction." - Hal Brennock

"The minister had no choice." - opposition leader Nadia Quill

In his letter, Mr Brennock said he would cooperate fully with the inquiry.
"""
GOLD["key_quotes_box"] = [
    ("-", "Hal Brennock", "I have done nothing wrong, but I will not be a distraction."),
    ("-", "opposition leader Nadia Quill", "The minister had no choice."),
    ("said", "Mr Brennock", "he would cooperate fully with the inquiry"),
]
NOT_REPORTS["key_quotes_box"] = ["Transport minister Hal Brennock resigned on Friday after a week of questions about rail contracts.", "Key quotes"]
SPEAKERS["key_quotes_box"] = [("said", "Mr Brennock", "Hal Brennock", "he would")]

ARTICLES["numbered_claims"] = """Five claims about the Ashby bypass, checked

The council wants to build a four-mile road around Ashby. Here are the main claims.

1. The council says the bypass will cut journey times by ten minutes.

2. Campaigners claim the road will destroy 40 acres of ancient woodland.

3. The bypass would cost £92m.

4. Local firms argue that the town centre is losing trade to traffic jams.

5. A transport professor, Dr Lena Voss, said the traffic figures were out of date.
"""
GOLD["numbered_claims"] = [
    ("says", "The council", "the bypass will cut journey times by ten minutes"),
    ("claim", "Campaigners", "the road will destroy 40 acres of ancient woodland"),
    ("argue", "Local firms", "the town centre is losing trade to traffic jams"),
    ("said", "A transport professor, Dr Lena Voss", "the traffic figures were out of date"),
]
NOT_REPORTS["numbered_claims"] = ["3. The bypass would cost £92m."]
SPEAKERS["numbered_claims"] = [("said", "A transport professor, Dr Lena Voss", "Lena Voss", "the traffic")]

ARTICLES["qa_blame"] = """Water shortages: your questions answered

Why are taps running dry?

Reservoirs in the south-west are at their lowest level since 1996.

Who is to blame?

The regulator says the water company failed to fix leaks it had promised to fix in 2020.

What does the company say?

Tarn Water said the dry summer was the main cause and that it had spent £40m on repairs.

When will supplies return?

Nobody knows yet.
"""
GOLD["qa_blame"] = [
    ("says", "The regulator", "the water company failed to fix leaks it had promised to fix in 2020"),
    ("said", "Tarn Water", "the dry summer was the main cause and that it had spent £40m on repairs"),
]
NOT_REPORTS["qa_blame"] = [
    "Why are taps running dry?",
    "Reservoirs in the south-west are at their lowest level since 1996.",
    "Who is to blame?",
    "When will supplies return?",
]

ARTICLES["in_other_news"] = """The evening digest

Hospital parking charges will be scrapped in Kelby from June, the health board said.

In other news

Police in Marrow Bay say a stolen lifeboat has been found.

A school in Edderton will close for a week after a boiler failure.

The Orlen Museum says it has bought a lost painting by Ida Brandt.

Snow is forecast for high ground on Saturday.
"""
GOLD["in_other_news"] = [
    ("said", "the health board", "Hospital parking charges will be scrapped in Kelby from June"),
    ("say", "Police in Marrow Bay", "a stolen lifeboat has been found"),
    ("says", "The Orlen Museum", "it has bought a lost painting by Ida Brandt"),
]
NOT_REPORTS["in_other_news"] = [
    "The evening digest",
    "In other news",
    "A school in Edderton will close for a week after a boiler failure.",
    "Snow is forecast for high ground on Saturday.",
]

ARTICLES["quote_of_week"] = """The week in Westgate

The city council finally agreed its budget on Wednesday.

Quote of the week: "We have cut everything except the flower beds." — council leader Sam Arden

Councillors also voted to rename the old market hall after the poet Jo Fennick.
"""
GOLD["quote_of_week"] = [
    ("—", "council leader Sam Arden", "We have cut everything except the flower beds."),
]
NOT_REPORTS["quote_of_week"] = [
    "The city council finally agreed its budget on Wednesday.",
]

ARTICLES["heading_source"] = """Hospital strike: what ministers said

Junior doctors at 30 hospitals began a three-day strike on Monday.

What the health secretary said:

- "The offer on the table is fair and final."

- "I will meet the doctors' union on Thursday."

Union chair Dr Tom Rigby said the offer was an insult.
"""
GOLD["heading_source"] = [
    ("said", "the health secretary", "The offer on the table is fair and final."),
    ("said", "Union chair Dr Tom Rigby", "the offer was an insult"),
]
NOT_REPORTS["heading_source"] = ["Junior doctors at 30 hospitals began a three-day strike on Monday."]

ARTICLES["dont_know"] = """Fire at Harlow chemical works: what we know and what we don't

What we know

- The fire started at about 03:00 on Saturday.

- The fire service said the blaze was under control by midday.

What we don't know

- What caused the fire.

- Whether any chemicals leaked into the River Harl.
"""
GOLD["dont_know"] = [
    ("said", "The fire service", "the blaze was under control by midday"),
]
NOT_REPORTS["dont_know"] = [
    "What we know",
    "- The fire started at about 03:00 on Saturday.",
    "What we don't know",
    "- What caused the fire.",
    "- Whether any chemicals leaked into the River Harl.",
]

ARTICLES["read_more_links"] = """Teachers vote to strike in Fellshire

Teachers in Fellshire have voted to strike over class sizes, their union said on Monday.

Read more: Head teachers say schools cannot hire enough staff

The union's regional secretary, Ros Dale, said the first walkout would be on 3 March.

Read more: Council says it has no money for new classrooms
"""
GOLD["read_more_links"] = [
    ("said", "their union", "Teachers in Fellshire have voted to strike over class sizes"),
    ("say", "Head teachers", "schools cannot hire enough staff"),
    ("said", "The union's regional secretary, Ros Dale", "the first walkout would be on 3 March"),
    ("says", "Council", "it has no money for new classrooms"),
]
NOT_REPORTS["read_more_links"] = []

ARTICLES["timed_digest"] = """Election day: the latest

07:00 Polls opened across the country.

08:15 The electoral commission said turnout was higher than at the same time in 2022.

09:30 Prime minister Elsa Roan voted at a school in her home town of Brill.

10:05 Opposition leader Mark Tennant said his party was "quietly confident".
"""
GOLD["timed_digest"] = [
    ("said", "The electoral commission", "turnout was higher than at the same time in 2022"),
    ("said", "Opposition leader Mark Tennant", "his party was \"quietly confident\""),
]
NOT_REPORTS["timed_digest"] = [
    "07:00 Polls opened across the country.",
    "09:30 Prime minister Elsa Roan voted at a school in her home town of Brill.",
]

ARTICLES["newsletter_intro"] = """The Friday newsletter

Hello, and welcome to this week's newsletter. Here are the stories you may have missed.

1. The Pellow bridge reopens

The bridge reopened on Tuesday after two years of repairs. Engineers said it would last another century.

2. Fewer buses on Sundays

Valley Coaches announced it would cut its Sunday timetable by a third from May.

3. A new head for the Orlen Museum

Trustees named Greta Holm, a curator from Sandvik, as the museum's director.
"""
GOLD["newsletter_intro"] = [
    ("said", "Engineers", "it would last another century"),
    ("announced", "Valley Coaches", "it would cut its Sunday timetable by a third from May"),
]
NOT_REPORTS["newsletter_intro"] = [
    "Hello, and welcome to this week's newsletter. Here are the stories you may have missed.",
    "1. The Pellow bridge reopens",
    "2. Fewer buses on Sundays",
    "3. A new head for the Orlen Museum",
]

ARTICLES["week_statements"] = """The week in statements

Monday: The finance ministry said inflation had fallen to 3.1% in November.

Tuesday: Central bank governor Ilse Marr warned that rates could stay high for longer.

Wednesday: No statements were issued because of the holiday.

Thursday: The farmers' union accused supermarkets of squeezing milk prices.
"""
GOLD["week_statements"] = [
    ("said", "The finance ministry", "inflation had fallen to 3.1% in November"),
    ("warned", "Central bank governor Ilse Marr", "rates could stay high for longer"),
    ("accused", "The farmers' union", "supermarkets of squeezing milk prices"),
]
NOT_REPORTS["week_statements"] = ["The week in statements", "Wednesday: No statements were issued because of the holiday."]

ARTICLES["fact_bullets"] = """Kelby marathon: the numbers

• 12,400 runners finished the race.

• The winner crossed the line in 2 hours 9 minutes.

• Volunteers handed out 80,000 cups of water.

• Organisers said they raised £1.2m for the children's hospital.
"""
GOLD["fact_bullets"] = [
    ("said", "Organisers", "they raised £1.2m for the children's hospital"),
]
NOT_REPORTS["fact_bullets"] = [
    "• 12,400 runners finished the race.",
    "• The winner crossed the line in 2 hours 9 minutes.",
    "• Volunteers handed out 80,000 cups of water.",
]

ARTICLES["reactions_parties"] = """Budget: how the parties reacted

Finance minister Olga Brandt presented her first budget on Wednesday.

Reactions

The Liberal leader, Kit Amory, said the budget "punishes savers".

The Greens said there was nothing in it for rail.

The Farmers' Party welcomed the cut in fuel duty.
"""
GOLD["reactions_parties"] = [
    ("said", "The Liberal leader, Kit Amory", "the budget \"punishes savers\""),
    ("said", "The Greens", "there was nothing in it for rail"),
    ("welcomed", "The Farmers' Party", "the cut in fuel duty"),
]
NOT_REPORTS["reactions_parties"] = ["Budget: how the parties reacted", "Reactions"]
SPEAKERS["reactions_parties"] = [("said", "The Liberal leader, Kit Amory", "Kit Amory", "the budget")]

ARTICLES["catch_up"] = """Catch up: the Carrow council scandal

If you are just joining us, here is a quick summary.

An audit found £3m missing from the council's housing fund.

The council's chief executive, Dev Sorensen, has been suspended.

Auditors say the money was moved between accounts over five years.

Mr Sorensen has denied any wrongdoing.
"""
GOLD["catch_up"] = [
    ("found", "An audit", "£3m missing from the council's housing fund"),
    ("say", "Auditors", "the money was moved between accounts over five years"),
    ("denied", "Mr Sorensen", "any wrongdoing"),
]
NOT_REPORTS["catch_up"] = [
    "If you are just joining us, here is a quick summary.",
    "The council's chief executive, Dev Sorensen, has been suspended.",
]
SPEAKERS["catch_up"] = [("has denied", "Mr Sorensen", "Dev Sorensen", "any")]

ARTICLES["tldr"] = """Everything you need to know about the new bin rules

In short:

- Food waste will be collected every week from 1 July.

- The council says the change will save £600,000 a year.

- Garden waste will cost £45 a year.

Councillor Ruth Penn, who is in charge of the scheme, said most households would see no difference.
"""
GOLD["tldr"] = [
    ("says", "The council", "the change will save £600,000 a year"),
    ("said", "Councillor Ruth Penn, who is in charge of the scheme", "most households would see no difference"),
]
NOT_REPORTS["tldr"] = [
    "In short:",
    "- Food waste will be collected every week from 1 July.",
    "- Garden waste will cost £45 a year.",
]
SPEAKERS["tldr"] = [("said", "Councillor Ruth Penn, who is in charge of the scheme", "Ruth Penn", "most")]

ARTICLES["who_said_what"] = """Who said what at the climate summit

The summit in Orvik ended on Friday without a final text.

The host, President Lars Eide, said talks would continue in January.

Small island states said the draft was "a death sentence".

The oil producers' group said it could not accept a date for phasing out fuel.
"""
GOLD["who_said_what"] = [
    ("said", "The host, President Lars Eide", "talks would continue in January"),
    ("said", "Small island states", "the draft was \"a death sentence\""),
    ("said", "The oil producers' group", "it could not accept a date for phasing out fuel"),
]
NOT_REPORTS["who_said_what"] = ["Who said what at the climate summit", "The summit in Orvik ended on Friday without a final text."]
SPEAKERS["who_said_what"] = [("said", "The host, President Lars Eide", "Lars Eide", "talks")]

ARTICLES["bullet_according"] = """Rail fares: what changes in March

• Fares will rise by an average of 4.2%, according to the Rail Board.

• Season tickets will rise by less, the transport department said.

• Railcards will not change.
"""
GOLD["bullet_according"] = [
    ("according", "the Rail Board", "Fares will rise by an average of 4.2%"),
    ("said", "the transport department", "Season tickets will rise by less"),
]
NOT_REPORTS["bullet_according"] = ["• Railcards will not change."]

ARTICLES["speakers_list"] = """Town hall meeting on the Berrow quarry

About 200 people packed Berrow village hall on Thursday night to discuss plans to expand the quarry.

Among those who spoke:

- Parish councillor Nell Tarrant said lorries already shook the houses on Mill Lane.

- A quarry manager, Rob Fenner, told the meeting that blasting would be limited to weekdays.

- Farmer Jed Coles asked who would pay for damage to his fields.
"""
GOLD["speakers_list"] = [
    ("said", "Parish councillor Nell Tarrant", "lorries already shook the houses on Mill Lane"),
    ("told", "A quarry manager, Rob Fenner", "blasting would be limited to weekdays"),
    ("asked", "Farmer Jed Coles", "who would pay for damage to his fields"),
]
NOT_REPORTS["speakers_list"] = ["Among those who spoke:"]
SPEAKERS["speakers_list"] = [("told", "A quarry manager, Rob Fenner", "Rob Fenner", "blasting")]

ARTICLES["dated_items"] = """Diary: the week ahead

Monday 4 May: The planning committee meets to discuss the Orrin Street flats.

Tuesday 5 May: The Kelby festival opens.

Wednesday 6 May: The police commissioner will tell the panel that burglaries have fallen.
"""
GOLD["dated_items"] = [
    ("tell", "The police commissioner", "burglaries have fallen"),
]
NOT_REPORTS["dated_items"] = [
    "Monday 4 May: The planning committee meets to discuss the Orrin Street flats.",
    "Tuesday 5 May: The Kelby festival opens.",
]

ARTICLES["explainer_sources"] = """Explained: the Marren ferry cuts

What is changing?

The ferry to Marren island will sail twice a day instead of four times from October.

Why?

The operator, Sound Ferries, says it has lost £2m a year on the route since 2022.

What do islanders think?

The island's community council said the cuts would drive young families away.
"""
GOLD["explainer_sources"] = [
    ("says", "The operator, Sound Ferries", "it has lost £2m a year on the route since 2022"),
    ("said", "The island's community council", "the cuts would drive young families away"),
]
NOT_REPORTS["explainer_sources"] = [
    "What is changing?",
    "The ferry to Marren island will sail twice a day instead of four times from October.",
    "Why?",
    "What do islanders think?",
]

# written after the first count on main
ARTICLES["numbered_said"] = """Mayor sets out plans for the Orrin ring road

Mayor Kezia Lund spoke to business owners on Monday about the ring road.

Three things the mayor said:

1. The bus lane on Castle Street will stay until the road opens.

2. Fares on the park-and-ride will be frozen until 2027.

3. The council will pay shops for lost trade during the works.
"""
GOLD["numbered_said"] = [
    ("said", "the mayor", "The bus lane on Castle Street will stay until the road opens."),
]
NOT_REPORTS["numbered_said"] = []
SPEAKERS["numbered_said"] = [("said", "the mayor", "Kezia Lund", "The bus lane")]

ARTICLES["quotes_of_year"] = """The year in quotes

A look back at what people said in Harwick in 2026.

"Nobody reads the small print, and landlords know it." – Judge Amy Rowe, sentencing a landlord in March

"We will be back next year, bigger and louder." – festival organiser Cal Dray

The council's budget was cut by 8% in April.
"""
GOLD["quotes_of_year"] = [
    ("–", "Judge Amy Rowe", "Nobody reads the small print, and landlords know it."),
    ("–", "festival organiser Cal Dray", "We will be back next year, bigger and louder."),
]
NOT_REPORTS["quotes_of_year"] = ["The council's budget was cut by 8% in April."]
