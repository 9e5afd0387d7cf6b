# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-eight short articles (twenty-five written before any mend, three after) written for the sixty-second session's check of press reviews and media round-ups
(helper S): what other outlets reported ('the newspaper Le X reported', 'as first reported by Y', 'X, citing unnamed
officials, reported that'), state media ('state TV quoted the minister as saying', 'the agency carried a statement
from'), front pages and headlines ('the daily's front page reads', 'the tabloid splashed with', 'the paper's
headline screamed'), opinion ('an editorial in X argued', 'commentators in X said'), translated foreign press ('in
comments translated by Z', 'X told the German weekly Y that'), newsletters quoting other papers, 'the broadcaster
said on its website' and 'the report, which could not be independently verified'.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an outlet that reports is a
source; 'X quoted Y as saying Z' is X's report of 'Y as saying Z', Y's own nested in it, as train marks it (5 of 5;
until the seventieth pass the gold gave it to Y, the project's convention then)): per article, (a word of the cue, the
source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``
(outlet descriptions, circulation figures, headlines set as titles, bylines, datelines, 'Here is what the papers
say' headings, narration); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every outlet, name,
place, figure and sentence is made up. Read by ``test_probe_findings_62_pressreview``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["le_matin"] = """French papers divided over pension vote

The newspaper Le Courrier Lyonnais reported that the government had secured the votes of forty centrist deputies.

The paper, which sells about 90,000 copies a day, said the deal had been struck over dinner on Sunday.

Its rival La Gazette Rhodanienne was more cautious.

An editorial in La Gazette Rhodanienne argued that the reform would be struck down by the courts.
"""
GOLD["le_matin"] = [
    ("reported", "The newspaper Le Courrier Lyonnais", "the government had secured the votes of forty centrist deputies"),
    ("said", "The paper, which sells about 90,000 copies a day", "the deal had been struck over dinner on Sunday"),
    ("argued", "An editorial in La Gazette Rhodanienne", "the reform would be struck down by the courts"),
]
NOT_REPORTS["le_matin"] = ["Its rival La Gazette Rhodanienne was more cautious."]

ARTICLES["state_tv_quoted"] = """Minister says harvest will meet demand

State television quoted Agriculture Minister Farid Osmanov as saying that the wheat harvest would exceed 12 million tonnes.

The channel showed the minister touring a grain elevator near Kastel.

Independent analysts at the Meridian Grain Bureau said the figure was "optimistic at best".

State television is the main source of news for most of the country's rural population.
"""
GOLD["state_tv_quoted"] = [
    ("quoted", "State television", "Agriculture Minister Farid Osmanov as saying that the wheat harvest would exceed 12 million tonnes"),
    ("said", "Independent analysts at the Meridian Grain Bureau", "the figure was \"optimistic at best\""),
]
NOT_REPORTS["state_tv_quoted"] = [
    "The channel showed the minister touring a grain elevator near Kastel.",
    "State television is the main source of news for most of the country's rural population.",
]
SPEAKERS["state_tv_quoted"] = [("quoted", "State television", "State television", "Agriculture Minister")]

ARTICLES["front_page"] = """What the papers say: Friday

Here is what the papers say on Friday.

The Northern Echo's front page reads: "Bridge closure to last until spring".

The Daily Lantern leads with the storm damage in the Fells, with a picture of a collapsed barn.

The Morning Ledger says the chancellor will delay the fuel duty rise by a year.

The tabloid Evening Bugle splashed with claims that the club's owner is preparing to sell.
"""
GOLD["front_page"] = [
    ("reads", "The Northern Echo's front page", "Bridge closure to last until spring"),
    ("says", "The Morning Ledger", "the chancellor will delay the fuel duty rise by a year"),
    ("claims", "The tabloid Evening Bugle", "the club's owner is preparing to sell"),
]
NOT_REPORTS["front_page"] = [
    "What the papers say: Friday",
    "Here is what the papers say on Friday.",
    "The Daily Lantern leads with the storm damage in the Fells, with a picture of a collapsed barn.",
]

ARTICLES["citing_unnamed"] = """Airline close to deal for 40 new jets, paper says

Skyreach is close to a deal to buy 40 narrow-body jets, the business daily Finanzbote, citing unnamed officials, reported on Tuesday.

The newspaper said the order could be announced at next month's air show.

A Skyreach spokesman declined to comment on what he called market speculation.

Finanzbote is published in Frankfurt and has a print run of 120,000.
"""
GOLD["citing_unnamed"] = [
    ("reported", "the business daily Finanzbote", "Skyreach is close to a deal to buy 40 narrow-body jets"),
    ("said", "The newspaper", "the order could be announced at next month's air show"),
]
NOT_REPORTS["citing_unnamed"] = ["Finanzbote is published in Frankfurt and has a print run of 120,000."]

ARTICLES["first_reported_by"] = """Museum to return bronze heads to Benin City

The Hallworth Museum will return six bronze heads to Nigeria next year, as first reported by the Arts Courier.

The museum's director, Felicity Crane, said the decision had been taken by the board in March.

"These objects were taken by force and they belong at home," she said.

The heads have been on display in the museum's west gallery since 1921.
"""
GOLD["first_reported_by"] = [
    ("reported", "the Arts Courier", "The Hallworth Museum will return six bronze heads to Nigeria next year"),
    ("said", "The museum's director, Felicity Crane", "the decision had been taken by the board in March"),
    ("said", "she", "These objects were taken by force and they belong at home"),
]
NOT_REPORTS["first_reported_by"] = ["The heads have been on display in the museum's west gallery since 1921."]
SPEAKERS["first_reported_by"] = [("said", "she", "Felicity Crane", "These objects")]

ARTICLES["agency_carried"] = """Junta says elections will be held in 2027

The official news agency ANP carried a statement from the ruling council saying that elections would be held in the second half of 2027.

The statement said a new constitution would first be put to a referendum.

The agency did not say who had signed the statement.

The council seized power in a coup in August.
"""
GOLD["agency_carried"] = [
    ("saying", "a statement from the ruling council", "elections would be held in the second half of 2027"),
    ("said", "The statement", "a new constitution would first be put to a referendum"),
]
NOT_REPORTS["agency_carried"] = ["The council seized power in a coup in August."]

ARTICLES["commentators"] = """Chinese commentators hail space launch

Commentators in the state-run press said the launch showed that the country had caught up with its rivals.

The Eastern Tribune, a party newspaper, wrote that the mission was "a triumph of self-reliance".

The rocket lifted off from the Xunmen launch site at 9.40 on Wednesday morning.

Its crew of three will spend six months aboard the station.
"""
GOLD["commentators"] = [
    ("said", "Commentators in the state-run press", "the launch showed that the country had caught up with its rivals"),
    ("wrote", "The Eastern Tribune, a party newspaper", "the mission was \"a triumph of self-reliance\""),
]
NOT_REPORTS["commentators"] = [
    "The rocket lifted off from the Xunmen launch site at 9.40 on Wednesday morning.",
    "Its crew of three will spend six months aboard the station.",
]

ARTICLES["broadcaster_website"] = """Broadcaster drops quiz show after cheating claims

The broadcaster RTV Nord said on its website that it had suspended production of the quiz show Brain Race.

It said an internal inquiry had found that two contestants had been given answers in advance.

Brain Race has been on air since 2011 and drew an average of 1.4 million viewers last season.

The show's presenter, Gunnar Falk, told the weekly Fernsehwoche that he had known nothing of the scheme.
"""
GOLD["broadcaster_website"] = [
    ("said", "The broadcaster RTV Nord", "it had suspended production of the quiz show Brain Race"),
    ("said", "It", "an internal inquiry had found that two contestants had been given answers in advance"),
    ("told", "The show's presenter, Gunnar Falk", "he had known nothing of the scheme"),
]
NOT_REPORTS["broadcaster_website"] = ["Brain Race has been on air since 2011 and drew an average of 1.4 million viewers last season."]

ARTICLES["headline_screamed"] = """Tabloids turn on England manager

The paper's headline screamed "Clueless!" above a picture of the manager with his head in his hands.

The Sunday Clarion said the manager had lost the dressing room.

The Clarion's football writer, Dennis Pugh, wrote that three senior players had asked to see the chairman.

England lost 3-0 to Moldova on Saturday.
"""
GOLD["headline_screamed"] = [
    ("screamed", "The paper's headline", "Clueless!"),
    ("said", "The Sunday Clarion", "the manager had lost the dressing room"),
    ("wrote", "The Clarion's football writer, Dennis Pugh", "three senior players had asked to see the chairman"),
]
NOT_REPORTS["headline_screamed"] = ["England lost 3-0 to Moldova on Saturday."]

ARTICLES["german_weekly"] = """Carmaker chief says no plant will close

Volkhardt chief executive Ingrid Baumann told the German weekly Die Woche that none of the group's factories would close.

"We will build smaller cars, not fewer cars," she was quoted as saying.

The interview was published on Thursday.

Volkhardt employs 210,000 people in Germany.
"""
GOLD["german_weekly"] = [
    ("told", "Volkhardt chief executive Ingrid Baumann", "none of the group's factories would close"),
    ("saying", "she", "We will build smaller cars, not fewer cars"),
]
NOT_REPORTS["german_weekly"] = ["The interview was published on Thursday.", "Volkhardt employs 210,000 people in Germany."]
SPEAKERS["german_weekly"] = [("saying", "she", "Ingrid Baumann", "We will")]

ARTICLES["translated_by"] = """Iranian official blames drought on neighbours' dams

"Our rivers are being stolen upstream," Deputy Energy Minister Reza Karimi said in comments translated by the Gulf Monitor.

He said the country had lost a fifth of its surface water in a decade.

The Gulf Monitor is a London-based service that translates the Persian press.

Rainfall in the province has been below average for six straight years.
"""
GOLD["translated_by"] = [
    ("said", "Deputy Energy Minister Reza Karimi", "Our rivers are being stolen upstream"),
    ("said", "He", "the country had lost a fifth of its surface water in a decade"),
]
NOT_REPORTS["translated_by"] = [
    "The Gulf Monitor is a London-based service that translates the Persian press.",
    "Rainfall in the province has been below average for six straight years.",
]
SPEAKERS["translated_by"] = [("said", "He", "Reza Karimi", "the country")]

ARTICLES["not_verified"] = """Rebels claim capture of airfield

Rebel fighters have captured the airfield at Dorsa, the group's media wing said in a statement.

The report, which could not be independently verified, came a day after heavy fighting around the town.

An army spokesman, Colonel Amadou Diallo, said the airfield remained under government control.

Dorsa lies 300 km north of the capital.
"""
GOLD["not_verified"] = [
    ("said", "the group's media wing", "Rebel fighters have captured the airfield at Dorsa"),
    ("said", "An army spokesman, Colonel Amadou Diallo", "the airfield remained under government control"),
]
NOT_REPORTS["not_verified"] = ["Dorsa lies 300 km north of the capital."]

ARTICLES["newsletter"] = """Morning briefing: the budget, the strike and the weather

Good morning. This is the Morning Briefing, sent to 400,000 readers every weekday.

The Courier reports that the finance minister will announce a freeze on public sector pay.

According to the Westland Times, the rail strike could last into next week.

Weather: rain in the west, dry in the east.

By Harriet Okafor
"""
GOLD["newsletter"] = [
    ("reports", "The Courier", "the finance minister will announce a freeze on public sector pay"),
    ("According to", "the Westland Times", "the rail strike could last into next week"),
]
NOT_REPORTS["newsletter"] = [
    "Good morning. This is the Morning Briefing, sent to 400,000 readers every weekday.",
    "Weather: rain in the west, dry in the east.",
    "By Harriet Okafor",
]

ARTICLES["foreign_press"] = """Foreign press on the election: 'a country divided'

The Spanish daily El Faro wrote that the result left the country more divided than at any time since the war.

In Italy, Il Corriere del Nord said the winner would struggle to form a government.

The Swiss paper Neue Tagespost, founded in 1851, called the campaign "the dirtiest in memory".

Turnout was 71 per cent.
"""
GOLD["foreign_press"] = [
    ("wrote", "The Spanish daily El Faro", "the result left the country more divided than at any time since the war"),
    ("said", "Il Corriere del Nord", "the winner would struggle to form a government"),
    ("called", "The Swiss paper Neue Tagespost, founded in 1851", "the campaign \"the dirtiest in memory\""),
]
NOT_REPORTS["foreign_press"] = ["Turnout was 71 per cent."]

ARTICLES["dateline_byline"] = """Strike shuts ports along the coast

By Tomasz Wrona, Gdynia Correspondent

GDYNIA, Oct 3 - Dock workers walked out at six ports on Monday, the Baltic Post reported.

The union's leader, Marek Zielinski, told the paper the strike would last until wages were raised.

The ports handle about a third of the country's container traffic.
"""
GOLD["dateline_byline"] = [
    ("reported", "the Baltic Post", "Dock workers walked out at six ports on Monday"),
    ("told", "The union's leader, Marek Zielinski", "the strike would last until wages were raised"),
]
NOT_REPORTS["dateline_byline"] = [
    "By Tomasz Wrona, Gdynia Correspondent",
    "The ports handle about a third of the country's container traffic.",
]

ARTICLES["state_media_said"] = """North Korea says it tested new cruise missile

North Korea tested a new long-range cruise missile on Sunday, state media said.

The official news agency KNA said the missile had flown 1,500 km before hitting a target off the east coast.

Leader Ri Chol-jun watched the launch, according to the agency.

South Korea's military said it was analysing the launch with US intelligence.

KNA is the only news agency allowed to operate in the country.
"""
GOLD["state_media_said"] = [
    ("said", "state media", "North Korea tested a new long-range cruise missile on Sunday"),
    ("said", "The official news agency KNA", "the missile had flown 1,500 km before hitting a target off the east coast"),
    ("according to", "the agency", "Leader Ri Chol-jun watched the launch"),
    ("said", "South Korea's military", "it was analysing the launch with US intelligence"),
]
NOT_REPORTS["state_media_said"] = ["KNA is the only news agency allowed to operate in the country."]

ARTICLES["editorial_argued"] = """Papers split on stadium plan

An editorial in the Harbour Gazette argued that the city could not afford a new stadium while schools were crumbling.

The Gazette has backed the opposition at every election since 1990.

The Weekly Standard-Bearer took the opposite view, saying the stadium would bring jobs to the docks.

The council will vote on the plan next month.
"""
GOLD["editorial_argued"] = [
    ("argued", "An editorial in the Harbour Gazette", "the city could not afford a new stadium while schools were crumbling"),
    ("saying", "The Weekly Standard-Bearer", "the stadium would bring jobs to the docks"),
]
NOT_REPORTS["editorial_argued"] = [
    "The Gazette has backed the opposition at every election since 1990.",
    "The council will vote on the plan next month.",
]

ARTICLES["round_up"] = """Press round-up: reaction to the interest rate rise

The Financial Chronicle said the rise was "overdue and too small".

The Daily Post warned that mortgage holders faced the biggest jump in payments for twenty years.

The Chronicle, with a circulation of 150,000, is read mostly in the City.

The Daily Post is owned by the Lindqvist family.
"""
GOLD["round_up"] = [
    ("said", "The Financial Chronicle", "the rise was \"overdue and too small\""),
    ("warned", "The Daily Post", "mortgage holders faced the biggest jump in payments for twenty years"),
]
NOT_REPORTS["round_up"] = [
    "Press round-up: reaction to the interest rate rise",
    "The Chronicle, with a circulation of 150,000, is read mostly in the City.",
    "The Daily Post is owned by the Lindqvist family.",
]

ARTICLES["headline_title"] = """'Farewell, old friend': how the papers marked the ferry's last voyage

Under the headline "Farewell, old friend", the Island Herald printed a photograph of the ferry leaving port.

The Herald said more than 2,000 people had gathered on the quay.

The ferry's captain, Ewan MacLeod, told the paper he had made the crossing 9,000 times.

The ferry was built in Glasgow in 1979.
"""
GOLD["headline_title"] = [
    ("said", "The Herald", "more than 2,000 people had gathered on the quay"),
    ("told", "The ferry's captain, Ewan MacLeod", "he had made the crossing 9,000 times"),
]
NOT_REPORTS["headline_title"] = [
    "'Farewell, old friend': how the papers marked the ferry's last voyage",
    "Under the headline \"Farewell, old friend\", the Island Herald printed a photograph of the ferry leaving port.",
    "The ferry was built in Glasgow in 1979.",
]

ARTICLES["tabloid_claims"] = """Singer denies tabloid claims of split

Pop singer Mara Quinn has denied a report in the Sunday Flash that her marriage is over.

The tabloid claimed that Quinn had moved out of the family home in March.

"None of this is true," the singer wrote on her website.

The Sunday Flash sells 600,000 copies a week.
"""
GOLD["tabloid_claims"] = [
    ("denied", "Pop singer Mara Quinn", "a report in the Sunday Flash that her marriage is over"),
    ("claimed", "The tabloid", "Quinn had moved out of the family home in March"),
    ("wrote", "the singer", "None of this is true"),
]
NOT_REPORTS["tabloid_claims"] = ["The Sunday Flash sells 600,000 copies a week."]

ARTICLES["radio_reported"] = """Radio says minister will resign

Public radio station Radio Alba reported on Monday that Interior Minister Sorin Dobre would resign within days.

The station said Dobre had told colleagues he had lost the confidence of the prime minister.

Dobre's office said it would not comment on rumours.

Radio Alba's morning bulletin has 2 million listeners.
"""
GOLD["radio_reported"] = [
    ("reported", "Public radio station Radio Alba", "Interior Minister Sorin Dobre would resign within days"),
    ("said", "The station", "Dobre had told colleagues he had lost the confidence of the prime minister"),
    ("said", "Dobre's office", "it would not comment on rumours"),
]
NOT_REPORTS["radio_reported"] = ["Radio Alba's morning bulletin has 2 million listeners."]

ARTICLES["wire_pickup"] = """Oil tanker seized in Gulf, agency says

Naval forces seized an oil tanker in the Gulf on Thursday, the semi-official Pars news agency reported.

The agency quoted a naval commander as saying the tanker had been smuggling fuel.

The tanker's owner, the Athens-based Kallis Shipping, said it had lost contact with the vessel.

Pars is close to the country's security services.
"""
GOLD["wire_pickup"] = [
    ("reported", "the semi-official Pars news agency", "Naval forces seized an oil tanker in the Gulf on Thursday"),
    ("quoted", "The agency", "a naval commander as saying the tanker had been smuggling fuel"),
    ("said", "The tanker's owner, the Athens-based Kallis Shipping", "it had lost contact with the vessel"),
]
NOT_REPORTS["wire_pickup"] = ["Pars is close to the country's security services."]

ARTICLES["magazine_interview"] = """Chef says he will close his restaurants

Celebrity chef Anton Vail told the magazine Table Talk that he would close all four of his restaurants by Christmas.

"I am tired, and I want to see my children," he told the magazine.

The interview appears in the magazine's December issue, on sale from Friday.

Table Talk has about 80,000 subscribers.
"""
GOLD["magazine_interview"] = [
    ("told", "Celebrity chef Anton Vail", "he would close all four of his restaurants by Christmas"),
    ("told", "he", "I am tired, and I want to see my children"),
]
NOT_REPORTS["magazine_interview"] = [
    "The interview appears in the magazine's December issue, on sale from Friday.",
    "Table Talk has about 80,000 subscribers.",
]
SPEAKERS["magazine_interview"] = [("told", "he", "Anton Vail", "I am")]

ARTICLES["papers_narration"] = """Newspaper sales fall again

Sales of printed newspapers fell by 8 per cent last year.

The Daily Lantern lost the most readers, down to 310,000 copies a day.

The Morning Ledger moved its printing to a plant outside the city in June.

The Publishers' Association said it expected sales to fall by a similar amount this year.
"""
GOLD["papers_narration"] = [
    ("said", "The Publishers' Association", "it expected sales to fall by a similar amount this year"),
]
NOT_REPORTS["papers_narration"] = [
    "Sales of printed newspapers fell by 8 per cent last year.",
    "The Daily Lantern lost the most readers, down to 310,000 copies a day.",
    "The Morning Ledger moved its printing to a plant outside the city in June.",
]

ARTICLES["quoted_by_paper"] = """General warns of shortage of shells

"We are firing more shells in a day than we can make in a month," General Piotr Lasek was quoted as saying by the daily Rzecz Narodowa.

The general said the army needed at least two new factories.

His remarks were reprinted by several other papers on Saturday.

The defence ministry said the general had been speaking in a personal capacity.
"""
GOLD["quoted_by_paper"] = [
    ("saying", "General Piotr Lasek", "We are firing more shells in a day than we can make in a month"),
    ("said", "The general", "the army needed at least two new factories"),
    ("said", "The defence ministry", "the general had been speaking in a personal capacity"),
]
NOT_REPORTS["quoted_by_paper"] = ["His remarks were reprinted by several other papers on Saturday."]
SPEAKERS["quoted_by_paper"] = [("said", "The general", "Piotr Lasek", "the army")]

# written after the mend, to probe the mended shape in other words: a source set off by a comma after a content
# ending on a name, a name and an age after a phrase opening the sentence, a spokesman set off by a dash

ARTICLES["trailing_wing"] = """Militia says it shot down drone over Harran

The militia shot down a surveillance drone over the village of Harran, the group's press office said on Sunday.

The claim, carried by several regional broadcasters, could not be confirmed.

A defence ministry official, speaking on condition of anonymity, said no aircraft had been lost.

Harran has changed hands three times this year.
"""
GOLD["trailing_wing"] = [
    ("said", "the group's press office", "The militia shot down a surveillance drone over the village of Harran"),
    ("said", "A defence ministry official, speaking on condition of anonymity", "no aircraft had been lost"),
]
NOT_REPORTS["trailing_wing"] = ["Harran has changed hands three times this year."]

ARTICLES["aged_source"] = """Fisherman tells weekly of night adrift

In his first interview since the rescue, Jonas Lind, 63, told the weekly Kystposten that he had drunk rainwater to survive.

"I never stopped believing they would come," Lind said.

Kystposten is read in most harbour towns along the coast.

The coastguard said the search had covered 4,000 square kilometres.
"""
GOLD["aged_source"] = [
    ("told", "Jonas Lind, 63", "he had drunk rainwater to survive"),
    ("said", "Lind", "I never stopped believing they would come"),
    ("said", "The coastguard", "the search had covered 4,000 square kilometres"),
]
NOT_REPORTS["aged_source"] = ["Kystposten is read in most harbour towns along the coast."]
SPEAKERS["aged_source"] = [("said", "Lind", "Jonas Lind", "I never")]

ARTICLES["dash_spokesman"] = """Ministry denies paper's report on army cuts

It was not the first leak from the ministry this year — Henrik Dahl, a spokesman for the defence minister, told the Evening Post that the figures were "months out of date".

The Evening Post had reported that two regiments would be merged.

The paper's defence editor is a former army officer.
"""
GOLD["dash_spokesman"] = [
    ("told", "Henrik Dahl, a spokesman for the defence minister", "the figures were \"months out of date\""),
    ("reported", "The Evening Post", "two regiments would be merged"),
]
NOT_REPORTS["dash_spokesman"] = ["The paper's defence editor is a former army officer."]
