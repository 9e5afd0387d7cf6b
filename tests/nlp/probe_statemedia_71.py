# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-six short articles (thirty written before any count, six after the first count on main) written for
the seventy-first pass's check of state media, foreign ministries and war communiques (helper B): state news agencies and broadcasters as sources ('the state-run X agency reported', 'state
television showed ... and said', 'said in its evening bulletin'), commentaries and editorials in party newspapers
('a commentary in the party newspaper accused X of Y'), foreign ministry spokespeople at briefings ('told a regular
briefing', 'asked about X at a regular briefing, she said'), statements carried by an agency ('in a statement
carried by the official agency'), military channels ('the general staff said on Telegram', 'a pro-government
military blogger wrote'), ministries of defence ('said its forces had X'), communiques and readouts ('the communique
issued at the end of the summit called for X', 'according to a readout of the call'), 'the two leaders agreed that
X', 'X was quoted by the agency as saying Y', quotes marked '(in translation)', denials ('denied the reports,
calling them X'), warnings ('warned of retaliation') and traps that report nothing (a parade broadcast, a missile
test, an interrupted broadcast, 'the claims could not be independently verified').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; a document is the source of what it calls for, as train marks 'the statement urged' and 'the letter
warns'; 'the two leaders agreed that X' is the two leaders' report, as train marks 'agreed that' with the ones who
agree as the source; 'Y was quoted by X as saying Z' is Y's, cue 'saying', as the sixty-eighth and sixty-ninth
passes' sets have it; a content followed by ', which' ends before it (of the 140 train contents the pipeline ends before ', which'
or ', who', the gold ends there too in 113); "'Q,' she told
X, according to a transcript" is one report of the transcript and 'X, speaking on condition of anonymity,' no part
of the source, as the project decided):
per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, body and sentence is made up. Read by ``test_probe_findings_71_statemedia``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["agency_reported"] = """Kolmar says drone downed near border

The state-run Kolmar News Agency reported that air defences had shot down a drone over the border town of Varzy.

Varzy lies about 12km from the frontier.

The agency said no one had been hurt.
"""
GOLD["agency_reported"] = [
    ("reported", "The state-run Kolmar News Agency", "air defences had shot down a drone over the border town of Varzy"),
    ("said", "The agency", "no one had been hurt"),
]
NOT_REPORTS["agency_reported"] = ["Varzy lies about 12km from the frontier."]
SPEAKERS["agency_reported"] = [("said", "The agency", "Kolmar News Agency", "no one")]

ARTICLES["tv_showed_said"] = """Dravnia claims successful rocket launch

State television showed a rocket lifting off from a pad near the coast and said it had placed a weather satellite in orbit.

The launch came a week after a failed attempt in the same area.

Foreign analysts said they could not yet confirm that the satellite was working.
"""
GOLD["tv_showed_said"] = [
    ("said", "State television", "it had placed a weather satellite in orbit"),
    ("said", "Foreign analysts", "they could not yet confirm that the satellite was working"),
]
NOT_REPORTS["tv_showed_said"] = ["The launch came a week after a failed attempt in the same area."]
SPEAKERS["tv_showed_said"] = []

ARTICLES["party_commentary"] = """Party paper attacks opposition leader

A commentary in the party newspaper, the Morning Standard, accused the opposition leader Tomas Lerin of betraying the country to foreign lenders.

The commentary was signed with a pen name often used for the views of the party leadership.

Mr Lerin's spokesman said the article was "a crude smear".
"""
GOLD["party_commentary"] = [
    ("accused", "A commentary in the party newspaper, the Morning Standard", "the opposition leader Tomas Lerin of betraying the country to foreign lenders"),
    ("said", "Mr Lerin's spokesman", "the article was \"a crude smear\""),
]
NOT_REPORTS["party_commentary"] = []
SPEAKERS["party_commentary"] = []

ARTICLES["ministry_briefing"] = """Ostrel rejects call for inquiry

The foreign ministry's spokeswoman, Irena Valko, told a regular briefing that Ostrel would not take part in any international inquiry into the shelling.

The shelling of the Ledno market killed 14 people last month.

She said the proposal was "an attempt to prejudge the facts".
"""
GOLD["ministry_briefing"] = [
    ("told", "The foreign ministry's spokeswoman, Irena Valko", "Ostrel would not take part in any international inquiry into the shelling"),
    ("said", "She", "the proposal was \"an attempt to prejudge the facts\""),
]
NOT_REPORTS["ministry_briefing"] = ["The shelling of the Ledno market killed 14 people last month."]
SPEAKERS["ministry_briefing"] = [("said", "She", "Irena Valko", "the proposal")]

ARTICLES["statement_carried"] = """Talsar accuses neighbour of troop build-up

In a statement carried by the official Talsar Press Agency, the defence ministry said that thousands of troops had gathered on the northern border.

The ministry did not say how many soldiers it believed were there.

The neighbouring government has not commented.
"""
GOLD["statement_carried"] = [
    ("said", "the defence ministry", "thousands of troops had gathered on the northern border"),
]
NOT_REPORTS["statement_carried"] = []
SPEAKERS["statement_carried"] = []

ARTICLES["general_staff_telegram"] = """Army says it repelled river crossing

The army's general staff said on Telegram that its units had repelled an attempt to cross the Vesla river overnight.

The claims could not be independently verified.

The river has marked the front line since the spring.
"""
GOLD["general_staff_telegram"] = [
    ("said", "The army's general staff", "its units had repelled an attempt to cross the Vesla river overnight"),
]
NOT_REPORTS["general_staff_telegram"] = ["The claims could not be independently verified.", "The river has marked the front line since the spring."]
SPEAKERS["general_staff_telegram"] = []

ARTICLES["military_blogger"] = """Bloggers question official account of retreat

A pro-government military blogger who posts under the name Sever wrote that the withdrawal from Kamenka had been chaotic.

His channel has about 300,000 followers.

The defence ministry said the troops had left the town in good order.
"""
GOLD["military_blogger"] = [
    ("wrote", "A pro-government military blogger who posts under the name Sever", "the withdrawal from Kamenka had been chaotic"),
    ("said", "The defence ministry", "the troops had left the town in good order"),
]
NOT_REPORTS["military_blogger"] = ["His channel has about 300,000 followers."]
SPEAKERS["military_blogger"] = []

ARTICLES["mod_forces"] = """Ministry says forces struck fuel depots

The ministry of defence said its forces had destroyed three fuel depots in the east of the country over the weekend.

It published a short video of what it said was one of the strikes.

Local officials said a depot near Orsk was still burning on Monday.
"""
GOLD["mod_forces"] = [
    ("said", "The ministry of defence", "its forces had destroyed three fuel depots in the east of the country over the weekend"),
    ("said", "Local officials", "a depot near Orsk was still burning on Monday"),
]
NOT_REPORTS["mod_forces"] = []
SPEAKERS["mod_forces"] = []

ARTICLES["summit_communique"] = """Regional leaders call for talks on dam

The communique issued at the end of the summit in Belvar called for direct talks between the two countries sharing the Sarn river.

Seven heads of government attended the two-day meeting.

The communique also urged both sides to share data on water levels.
"""
GOLD["summit_communique"] = [
    ("called for", "The communique issued at the end of the summit in Belvar", "direct talks between the two countries sharing the Sarn river"),
    ("urged", "The communique", "both sides to share data on water levels"),
]
NOT_REPORTS["summit_communique"] = ["Seven heads of government attended the two-day meeting."]
SPEAKERS["summit_communique"] = []

ARTICLES["readout"] = """Presidents discuss grain corridor in call

The two presidents discussed reopening the grain corridor, according to a readout of the call released by the presidential office in Marsk.

The call lasted about an hour.

The readout said both men wanted shipments to resume before the harvest.
"""
GOLD["readout"] = [
    ("according to", "a readout of the call released by the presidential office in Marsk", "The two presidents discussed reopening the grain corridor"),
    ("said", "The readout", "both men wanted shipments to resume before the harvest"),
]
NOT_REPORTS["readout"] = ["The call lasted about an hour."]
SPEAKERS["readout"] = []

ARTICLES["leaders_agreed"] = """Leaders agree to reopen border crossings

The two leaders agreed that four border crossings closed during the dispute would reopen next month.

They met for three hours at a lakeside villa outside Tarnow.

President Aldo Viren said the agreement was "a first step".
"""
GOLD["leaders_agreed"] = [
    ("agreed", "The two leaders", "four border crossings closed during the dispute would reopen next month"),
    ("said", "President Aldo Viren", "the agreement was \"a first step\""),
]
NOT_REPORTS["leaders_agreed"] = ["They met for three hours at a lakeside villa outside Tarnow."]
SPEAKERS["leaders_agreed"] = []

ARTICLES["quoted_by_agency"] = """General says exercises will continue

General Piotr Manek was quoted by the state agency Dravpress as saying that the naval exercises would continue until the end of the month.

The exercises began on 3 May with 40 ships.

He said foreign warships should stay out of the area.
"""
GOLD["quoted_by_agency"] = [
    ("saying", "General Piotr Manek", "the naval exercises would continue until the end of the month"),
    ("said", "He", "foreign warships should stay out of the area"),
]
NOT_REPORTS["quoted_by_agency"] = ["The exercises began on 3 May with 40 ships."]
SPEAKERS["quoted_by_agency"] = [("said", "He", "Piotr Manek", "foreign warships")]

ARTICLES["in_translation"] = """Minister vows to rebuild bridge

"We will rebuild the bridge within a year," the transport minister, Olga Stavra, said in a televised address (in translation).

The bridge was destroyed in a strike in March.

Ms Stavra said the work would cost about 90 million lira.
"""
GOLD["in_translation"] = [
    ("said", "the transport minister, Olga Stavra", "We will rebuild the bridge within a year"),
    ("said", "Ms Stavra", "the work would cost about 90 million lira"),
]
NOT_REPORTS["in_translation"] = ["The bridge was destroyed in a strike in March."]
SPEAKERS["in_translation"] = [("said", "Ms Stavra", "Olga Stavra", "the work")]

ARTICLES["denied_calling"] = """Ministry denies reports of mobilisation

The defence ministry denied the reports, calling them "malicious fabrications".

Several newspapers abroad had said that reservists were being called up in the south.

The ministry said no new call-up was planned.
"""
GOLD["denied_calling"] = [
    ("denied", "The defence ministry", "the reports"),
    ("said", "Several newspapers abroad", "reservists were being called up in the south"),
    ("said", "The ministry", "no new call-up was planned"),
]
NOT_REPORTS["denied_calling"] = []
SPEAKERS["denied_calling"] = []

ARTICLES["warned_retaliation"] = """Varsenia warns of retaliation over sanctions

Varsenia's foreign ministry warned of retaliation after the bloc imposed new sanctions on its banks.

The sanctions freeze the assets of six lenders.

Deputy Foreign Minister Lev Arbat said the response would be "painful and precise".
"""
GOLD["warned_retaliation"] = [
    ("warned", "Varsenia's foreign ministry", "retaliation"),
    ("said", "Deputy Foreign Minister Lev Arbat", "the response would be \"painful and precise\""),
]
NOT_REPORTS["warned_retaliation"] = ["The sanctions freeze the assets of six lenders."]
SPEAKERS["warned_retaliation"] = []

ARTICLES["parade_trap"] = """Capital marks victory day

State television broadcast the parade through Unity Square live for three hours.

Tanks, rocket launchers and 8,000 soldiers took part.

The defence minister said the army was "stronger than ever".
"""
GOLD["parade_trap"] = [
    ("said", "The defence minister", "the army was \"stronger than ever\""),
]
NOT_REPORTS["parade_trap"] = ["State television broadcast the parade through Unity Square live for three hours.", "Tanks, rocket launchers and 8,000 soldiers took part."]
SPEAKERS["parade_trap"] = []

ARTICLES["missile_test"] = """Missile test off east coast

A missile test took place off the east coast early on Tuesday, the second in a week.

The missile flew for about 600km before falling into the sea.

The joint chiefs of staff in the south said they were studying the flight data.
"""
GOLD["missile_test"] = [
    ("said", "The joint chiefs of staff in the south", "they were studying the flight data"),
]
NOT_REPORTS["missile_test"] = ["A missile test took place off the east coast early on Tuesday, the second in a week.", "The missile flew for about 600km before falling into the sea."]
SPEAKERS["missile_test"] = []

ARTICLES["broadcast_cut"] = """State broadcaster goes off air

The evening news broadcast on Channel One was interrupted for about 20 minutes on Thursday.

Viewers saw a blank screen and then a film about the navy.

The broadcaster said a technical fault had caused the break.
"""
GOLD["broadcast_cut"] = [
    ("said", "The broadcaster", "a technical fault had caused the break"),
]
NOT_REPORTS["broadcast_cut"] = ["The evening news broadcast on Channel One was interrupted for about 20 minutes on Thursday.", "Viewers saw a blank screen and then a film about the navy."]
SPEAKERS["broadcast_cut"] = []

ARTICLES["asked_at_briefing"] = """Ministry dismisses report on arms sales

Asked about the report at a regular briefing, foreign ministry spokesman Anton Keller said it was "baseless".

The report, by a research group in Lesk, said Merova had sold artillery shells to both sides.

Mr Keller said Merova followed all international rules on arms exports.
"""
GOLD["asked_at_briefing"] = [
    ("said", "foreign ministry spokesman Anton Keller", "it was \"baseless\""),
    ("said", "The report, by a research group in Lesk", "Merova had sold artillery shells to both sides"),
    ("said", "Mr Keller", "Merova followed all international rules on arms exports"),
]
NOT_REPORTS["asked_at_briefing"] = []
SPEAKERS["asked_at_briefing"] = [("said", "Mr Keller", "Anton Keller", "Merova followed")]

ARTICLES["editorial"] = """Official daily warns business over prices

An editorial in the People's Voice, the party's official daily, said that companies raising food prices would face "the full force of the law".

Food prices rose by 18% last year.

The editorial did not name any company.
"""
GOLD["editorial"] = [
    ("said", "An editorial in the People's Voice, the party's official daily", "companies raising food prices would face \"the full force of the law\""),
]
NOT_REPORTS["editorial"] = ["Food prices rose by 18% last year."]
SPEAKERS["editorial"] = []

ARTICLES["evening_bulletin"] = """Broadcaster says dam repairs finished

The state broadcaster KTV said in its evening bulletin that repairs to the Orlan dam had been finished ahead of schedule.

The dam supplies water to about two million people.

Engineers who worked on the site told the broadcaster that the new gates could hold back a flood twice as large.
"""
GOLD["evening_bulletin"] = [
    ("said", "The state broadcaster KTV", "repairs to the Orlan dam had been finished ahead of schedule"),
    ("told", "Engineers who worked on the site", "the new gates could hold back a flood twice as large"),
]
NOT_REPORTS["evening_bulletin"] = ["The dam supplies water to about two million people."]
SPEAKERS["evening_bulletin"] = []

ARTICLES["agency_cited"] = """Agency says refinery fire put out

Firefighters put out a blaze at the Drovno refinery on Sunday, the official news agency Tassa reported, citing the emergencies ministry.

The refinery is one of the largest in the region.

The agency said the cause of the fire was being investigated.
"""
GOLD["agency_cited"] = [
    ("reported", "the official news agency Tassa", "Firefighters put out a blaze at the Drovno refinery on Sunday"),
    ("said", "The agency", "the cause of the fire was being investigated"),
]
NOT_REPORTS["agency_cited"] = ["The refinery is one of the largest in the region."]
SPEAKERS["agency_cited"] = []

ARTICLES["channel_post"] = """Governor says power restored

In a post on his Telegram channel, the regional governor, Arkady Belin, said power had been restored to most homes in Sorvel.

Strikes on two substations cut electricity to 200,000 people on Friday.

Mr Belin said schools would stay closed until Wednesday.
"""
GOLD["channel_post"] = [
    ("said", "the regional governor, Arkady Belin", "power had been restored to most homes in Sorvel"),
    ("said", "Mr Belin", "schools would stay closed until Wednesday"),
]
NOT_REPORTS["channel_post"] = ["Strikes on two substations cut electricity to 200,000 people on Friday."]
SPEAKERS["channel_post"] = [("said", "Mr Belin", "Arkady Belin", "schools")]

ARTICLES["joint_statement"] = """Neighbours pledge to end fishing dispute

In a joint statement, the foreign ministers of Ravna and Korst said they would set up a commission to settle the dispute over fishing rights.

The dispute began when Korst seized two trawlers in 2023.

The statement said the commission would report within six months.
"""
GOLD["joint_statement"] = [
    ("said", "the foreign ministers of Ravna and Korst", "they would set up a commission to settle the dispute over fishing rights"),
    ("said", "The statement", "the commission would report within six months"),
]
NOT_REPORTS["joint_statement"] = ["The dispute began when Korst seized two trawlers in 2023."]
SPEAKERS["joint_statement"] = []

ARTICLES["spokeswoman_warned"] = """Ministry warns envoy over remarks

Foreign ministry spokeswoman Dana Orlic warned that the ambassador would be expelled if he repeated his remarks about the election.

The ambassador had told a local radio station that the vote was not free.

Ms Orlic said he had been summoned to the ministry on Monday.
"""
GOLD["spokeswoman_warned"] = [
    ("warned", "Foreign ministry spokeswoman Dana Orlic", "the ambassador would be expelled if he repeated his remarks about the election"),
    ("told", "The ambassador", "the vote was not free"),
    ("said", "Ms Orlic", "he had been summoned to the ministry on Monday"),
]
NOT_REPORTS["spokeswoman_warned"] = []
SPEAKERS["spokeswoman_warned"] = [("said", "Ms Orlic", "Dana Orlic", "he had")]

ARTICLES["claimed_captured"] = """Both sides claim gains around Petrovo

Separatist forces claimed to have captured the village of Petrovo, a claim the army denied.

Petrovo had about 3,000 residents before the war.

An army spokesman, Col Yuri Danko, said fighting was continuing on the edge of the village.
"""
GOLD["claimed_captured"] = [
    ("claimed", "Separatist forces", "to have captured the village of Petrovo"),
    ("said", "An army spokesman, Col Yuri Danko", "fighting was continuing on the edge of the village"),
]
NOT_REPORTS["claimed_captured"] = ["Petrovo had about 3,000 residents before the war."]
SPEAKERS["claimed_captured"] = []

ARTICLES["tv_quoted"] = """Prime minister rules out early election

State television quoted Prime Minister Emil Varga as saying that there would be no early election.

Mr Varga's coalition lost its majority in parliament in June.

Opposition parties said they would hold rallies in five cities on Saturday.
"""
GOLD["tv_quoted"] = [
    ("quoted", "State television", "Prime Minister Emil Varga as saying that there would be no early election"),
    ("said", "Opposition parties", "they would hold rallies in five cities on Saturday"),
]
NOT_REPORTS["tv_quoted"] = ["Mr Varga's coalition lost its majority in parliament in June."]
SPEAKERS["tv_quoted"] = []

ARTICLES["casualty_claim"] = """Ministry gives casualty figures

The defence ministry said its forces had killed more than 400 enemy soldiers in the past week, figures that could not be checked.

Neither side publishes its own losses.

A monitoring group in Lesk said at least 38 civilians had died in the same period.
"""
GOLD["casualty_claim"] = [
    ("said", "The defence ministry", "its forces had killed more than 400 enemy soldiers in the past week"),
    ("said", "A monitoring group in Lesk", "at least 38 civilians had died in the same period"),
]
NOT_REPORTS["casualty_claim"] = []
SPEAKERS["casualty_claim"] = []

ARTICLES["envoy_summoned"] = """Ambassador summoned over airspace breach

The foreign ministry summoned Korst's ambassador on Tuesday and handed him a note of protest.

Two fighter jets entered the country's airspace on Sunday, according to the air force.

A ministry statement said the breach was "a deliberate provocation".
"""
GOLD["envoy_summoned"] = [
    ("according to", "the air force", "Two fighter jets entered the country's airspace on Sunday"),
    ("said", "A ministry statement", "the breach was \"a deliberate provocation\""),
]
NOT_REPORTS["envoy_summoned"] = ["The foreign ministry summoned Korst's ambassador on Tuesday and handed him a note of protest."]
SPEAKERS["envoy_summoned"] = []

ARTICLES["vowed_response"] = """Leader vows response after strike on port

President Sava Ilic vowed a "firm response" to the strike on the port of Lira, which killed six dockworkers.

The port handles most of the country's grain exports.

State media said the president had chaired a meeting of the security council on Sunday night.
"""
GOLD["vowed_response"] = [
    ("vowed", "President Sava Ilic", "a \"firm response\" to the strike on the port of Lira"),
    ("said", "State media", "the president had chaired a meeting of the security council on Sunday night"),
]
NOT_REPORTS["vowed_response"] = ["The port handles most of the country's grain exports."]
SPEAKERS["vowed_response"] = []

ARTICLES["remarks_broadcast"] = """President promises pay rise for soldiers

In remarks broadcast by state television, President Marta Dovic said that soldiers' pay would rise by a fifth from January.

Air raid sirens sounded in the capital twice on Wednesday night.

"Those who defend us deserve more," she told a meeting of officers, according to a transcript published by her office.
"""
GOLD["remarks_broadcast"] = [
    ("said", "President Marta Dovic", "soldiers' pay would rise by a fifth from January"),
    ("according to", "a transcript published by her office", "\"Those who defend us deserve more,\" she told a meeting of officers"),
]
NOT_REPORTS["remarks_broadcast"] = ["Air raid sirens sounded in the capital twice on Wednesday night."]
SPEAKERS["remarks_broadcast"] = []

ARTICLES["dismissed_as"] = """Ministry dismisses footage as fake

The foreign ministry dismissed a video of the attack on Brezno as "crude propaganda".

The video, which was shared widely online on Monday, shows burning lorries on a road near the town.

A ministry spokesman said the lorries in the video were not in Brezno.
"""
GOLD["dismissed_as"] = [
    ("dismissed", "The foreign ministry", "a video of the attack on Brezno as \"crude propaganda\""),
    ("said", "A ministry spokesman", "the lorries in the video were not in Brezno"),
]
NOT_REPORTS["dismissed_as"] = []
SPEAKERS["dismissed_as"] = []

ARTICLES["anonymous_staff"] = """Officer says offensive has stalled

A spokesman for the general staff, speaking on condition of anonymity, told the agency that the offensive in the south had stalled because of heavy rain.

The offensive began on 2 October.

The general staff later said in a statement that the comments did not reflect its view.
"""
GOLD["anonymous_staff"] = [
    ("told", "A spokesman for the general staff", "the offensive in the south had stalled because of heavy rain"),
    ("said", "The general staff", "the comments did not reflect its view"),
]
NOT_REPORTS["anonymous_staff"] = ["The offensive began on 2 October."]
SPEAKERS["anonymous_staff"] = []

ARTICLES["front_page"] = """Official paper hails harvest

The official newspaper Narodny Glas ran a front-page article saying that this year's grain harvest was the largest in a decade.

The country exported 11 million tonnes of wheat last year.

Farmers' groups have said that fuel shortages delayed the harvest in the north.
"""
GOLD["front_page"] = [
    ("saying", "The official newspaper Narodny Glas", "this year's grain harvest was the largest in a decade"),
    ("said", "Farmers' groups", "fuel shortages delayed the harvest in the north"),
]
NOT_REPORTS["front_page"] = ["The country exported 11 million tonnes of wheat last year."]
SPEAKERS["front_page"] = []

ARTICLES["statement_read_out"] = """Army announces new commander

The army's statement, which was read out on the evening news, said General Ida Ferenc would take command of the eastern front.

She replaces General Borys Hal, who led the front for two years.

General Ferenc said on Friday that her first task was to "hold the line".
"""
GOLD["statement_read_out"] = [
    ("said", "The army's statement, which was read out on the evening news", "General Ida Ferenc would take command of the eastern front"),
    ("said", "General Ferenc", "her first task was to \"hold the line\""),
]
NOT_REPORTS["statement_read_out"] = ["She replaces General Borys Hal, who led the front for two years."]
SPEAKERS["statement_read_out"] = [("said", "General Ferenc", "Ida Ferenc", "her first")]

ARTICLES["agency_deaths"] = """Five soldiers killed in border clash

State media reported the deaths of five soldiers in a clash on the southern border late on Saturday.

The border has been closed since March.

According to the state news agency, the clash began when a patrol came under fire near the village of Osek.
"""
GOLD["agency_deaths"] = [
    ("reported", "State media", "the deaths of five soldiers in a clash on the southern border late on Saturday"),
    ("According to", "the state news agency", "the clash began when a patrol came under fire near the village of Osek"),
]
NOT_REPORTS["agency_deaths"] = ["The border has been closed since March."]
SPEAKERS["agency_deaths"] = []
