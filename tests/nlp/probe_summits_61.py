# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-four short articles written for the sixty-first session's check of international diplomacy, summits and
climate talks (helper U): communiqués and joint statements ('the communiqué states', 'a joint statement issued
after the talks said', 'leaders agreed that'), draft texts ('the draft text, seen by X, calls for Y', 'the latest
draft says'), negotiators and unnamed delegates ('one delegate, who asked not to be named'), countries and capitals
as sources ('Norland said it would', 'Tarvos rejected the proposal'), foreign ministries and their briefings,
envoys and their titles ('the bloc's climate chief'), 'called on Y to', 'urged', 'warned that', 'pledged',
'signalled', readouts of calls, state news agencies, and one claim reported by several sides.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before
a name are part of the source, but not a participle set off after it, 'A Western diplomat, speaking on condition of
anonymity, said'; 'pledged to X', 'called on Y to X', 'rejected X', 'agreed to X' and 'signed the treaty' are reports
with the infinitive, the object or the noun phrase as content, and 'dismissed X as Y' keeps its 'as' phrase, as
train marks them): per article, (a word of the cue, the source, the first content
span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (schedules, treaty titles,
figures with no source, arrivals, overtime); (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every country, body, name and figure is made up. Read by ``test_probe_findings_61_summits``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["communique"] = """Coastal states pledge to halve plastic waste by 2035

The eleven members of the Saltmere Compact ended their two-day summit in Port Ivell on Friday.

The final communiqué states that every member will ban single-use plastic bags within three years.

Leaders agreed that a shared fund would pay for new recycling plants in the poorer member states.

The summit was the compact's fourth since it was founded in 2011.

"This is the first time we have put money behind our words," the compact's chair, President Ilse Varga of Norland, told reporters at the closing session.

The next summit will be held in Tarvos in 2027.
"""
GOLD["communique"] = [
    ("states", "The final communiqué", "every member will ban single-use plastic bags within three years"),
    ("agreed", "Leaders", "a shared fund would pay for new recycling plants in the poorer member states"),
    ("told", "the compact's chair, President Ilse Varga of Norland", "This is the first time we have put money behind our words"),
]
NOT_REPORTS["communique"] = [
    "The eleven members of the Saltmere Compact ended their two-day summit in Port Ivell on Friday.",
    "The summit was the compact's fourth since it was founded in 2011.",
    "The next summit will be held in Tarvos in 2027.",
]

ARTICLES["joint_statement"] = """Norland and Tarvos agree to reopen border crossing

Norland and Tarvos will reopen the Kesh Valley crossing next month, a joint statement issued after the talks said.

The two foreign ministers met for five hours at a lakeside hotel outside Dremmen.

The statement said customs officers from both sides would staff a single checkpoint.

Tarvos's foreign minister, Aldo Renz, said the deal was "a small door, but an open one".

His Norlandic counterpart, Mira Ostberg, said she hoped trade would return to its levels of a decade ago.

The crossing has been closed since a shooting in 2019.
"""
GOLD["joint_statement"] = [
    ("said", "a joint statement issued after the talks", "Norland and Tarvos will reopen the Kesh Valley crossing next month"),
    ("said", "The statement", "customs officers from both sides would staff a single checkpoint"),
    ("said", "Tarvos's foreign minister, Aldo Renz", "the deal was \"a small door, but an open one\""),
    ("said", "His Norlandic counterpart, Mira Ostberg", "she hoped trade would return to its levels of a decade ago"),
]
NOT_REPORTS["joint_statement"] = [
    "The two foreign ministers met for five hours at a lakeside hotel outside Dremmen.",
    "The crossing has been closed since a shooting in 2019.",
]

ARTICLES["draft_text"] = """Climate talks: draft text drops coal deadline

The draft text, seen by the Harbour Ledger, calls for a phase-down of unabated coal power but sets no date for it.

An earlier version had asked countries to close their coal plants by 2040.

The latest draft says richer nations should double their funding for adaptation by 2030.

Negotiators said the wording on coal had been softened at the request of several producer countries.

Talks are due to end on Friday evening.

Global emissions rose by 1.1 percent last year.
"""
GOLD["draft_text"] = [
    ("calls for", "The draft text, seen by the Harbour Ledger", "a phase-down of unabated coal power"),
    ("asked", "An earlier version", "countries to close their coal plants by 2040"),
    ("says", "The latest draft", "richer nations should double their funding for adaptation by 2030"),
    ("said", "Negotiators", "the wording on coal had been softened at the request of several producer countries"),
]
NOT_REPORTS["draft_text"] = [
    "Talks are due to end on Friday evening.",
    "Global emissions rose by 1.1 percent last year.",
]

ARTICLES["delegates"] = """Finance row stalls climate talks in Sovra

Talks on a new climate finance goal stalled on Wednesday as rich and poor countries argued over who should pay.

One delegate, who asked not to be named, said the richer countries had offered less than half of what was needed.

"We came here for a number, and we have been given a promise to find a number," a negotiator from a small island state said.

Another delegate said the talks could run into the weekend.

The conference hall was half empty by midnight.

Delegates arrived by bus from the city's hotels at dawn.
"""
GOLD["delegates"] = [
    ("said", "One delegate, who asked not to be named", "the richer countries had offered less than half of what was needed"),
    ("said", "a negotiator from a small island state", "We came here for a number, and we have been given a promise to find a number"),
    ("said", "Another delegate", "the talks could run into the weekend"),
]
NOT_REPORTS["delegates"] = [
    "Talks on a new climate finance goal stalled on Wednesday as rich and poor countries argued over who should pay.",
    "The conference hall was half empty by midnight.",
    "Delegates arrived by bus from the city's hotels at dawn.",
]

ARTICLES["capitals"] = """Tarvos rejects fishing quota plan

Tarvos rejected the proposal to cut cod quotas in the Grey Sea by a fifth.

Norland said it would go ahead with the cuts in its own waters regardless.

The Grey Sea Fisheries Board will meet again in March.

Fishing crews in both countries landed 84,000 tonnes of cod last year.

Dremmen has warned that stocks could collapse within a decade without the cuts.
"""
GOLD["capitals"] = [
    ("rejected", "Tarvos", "the proposal to cut cod quotas in the Grey Sea by a fifth"),
    ("said", "Norland", "it would go ahead with the cuts in its own waters regardless"),
    ("warned", "Dremmen", "stocks could collapse within a decade without the cuts"),
]
NOT_REPORTS["capitals"] = [
    "The Grey Sea Fisheries Board will meet again in March.",
    "Fishing crews in both countries landed 84,000 tonnes of cod last year.",
]

ARTICLES["ministry_briefing"] = """Velmora protests over detained fishermen

The Velmoran foreign ministry spokesperson told a regular briefing on Monday that the six fishermen had been in international waters.

Spokesperson Hana Dral said the ministry had summoned the Kestrian ambassador.

She added that Velmora expected the men to be released "without delay".

The Kestrian embassy in Velmora City said the boat had entered a closed zone.

The fishermen were detained on Saturday.
"""
GOLD["ministry_briefing"] = [
    ("told", "The Velmoran foreign ministry spokesperson", "the six fishermen had been in international waters"),
    ("said", "Spokesperson Hana Dral", "the ministry had summoned the Kestrian ambassador"),
    ("added", "She", "Velmora expected the men to be released \"without delay\""),
    ("said", "The Kestrian embassy in Velmora City", "the boat had entered a closed zone"),
]
NOT_REPORTS["ministry_briefing"] = ["The fishermen were detained on Saturday."]
SPEAKERS["ministry_briefing"] = [("added", "She", "Hana Dral", "Velmora")]

ARTICLES["envoy"] = """UN envoy sees 'narrow window' for Orren ceasefire

The UN special envoy for Orren, Tomas Healey, said on Thursday that both sides had agreed to a prisoner exchange.

Healey warned that the truce in the south remained fragile.

"There is a narrow window, and it will not stay open for long," he told the Security Council.

The envoy has visited the region four times this year.

Fighting in Orren has displaced more than two million people since 2022.
"""
GOLD["envoy"] = [
    ("said", "The UN special envoy for Orren, Tomas Healey", "both sides had agreed to a prisoner exchange"),
    ("warned", "Healey", "the truce in the south remained fragile"),
    ("told", "he", "There is a narrow window, and it will not stay open for long"),
]
NOT_REPORTS["envoy"] = [
    "The envoy has visited the region four times this year.",
    "Fighting in Orren has displaced more than two million people since 2022.",
]
SPEAKERS["envoy"] = [("told", "he", "Tomas Healey", "There is")]

ARTICLES["climate_chief"] = """Bloc to back loss and damage fund

The bloc's climate chief, Anneke Soll, said the union would put 400 million euros into the loss and damage fund.

Soll urged other rich countries to match the pledge.

She said the money would go first to countries hit by floods in the past two years.

The fund was set up at the talks in Marrow Bay three years ago.

It has so far received 700 million dollars.
"""
GOLD["climate_chief"] = [
    ("said", "The bloc's climate chief, Anneke Soll", "the union would put 400 million euros into the loss and damage fund"),
    ("urged", "Soll", "other rich countries to match the pledge"),
    ("said", "She", "the money would go first to countries hit by floods in the past two years"),
]
NOT_REPORTS["climate_chief"] = [
    "The fund was set up at the talks in Marrow Bay three years ago.",
    "It has so far received 700 million dollars.",
]
SPEAKERS["climate_chief"] = [("said", "She", "Anneke Soll", "the money")]

ARTICLES["called_on"] = """Island states demand faster cuts

The Alliance of Ocean States called on the largest emitters to cut their emissions by half before 2030.

Its chair, Prime Minister Losa Tevita of Anu, warned that several of the alliance's members could be under water by the end of the century.

Tevita also called on the development banks to cancel the debts of countries hit by storms.

The alliance has 39 members.

Sea levels around Anu have risen by 15 centimetres since 1990.
"""
GOLD["called_on"] = [
    ("called on", "The Alliance of Ocean States", "the largest emitters to cut their emissions by half before 2030"),
    ("warned", "Its chair, Prime Minister Losa Tevita of Anu", "several of the alliance's members could be under water by the end of the century"),
    ("called on", "Tevita", "the development banks to cancel the debts of countries hit by storms"),
]
NOT_REPORTS["called_on"] = [
    "The alliance has 39 members.",
    "Sea levels around Anu have risen by 15 centimetres since 1990.",
]

ARTICLES["pledges"] = """Donors pledge 2 billion for Kessa reconstruction

Donor countries pledged 2.1 billion dollars for the rebuilding of Kessa at a conference in Aldmoor on Tuesday.

Norland pledged to rebuild the port of Tessin, the city's foreign ministry said.

The Kessan prime minister, Idris Malo, vowed that every dollar would be accounted for.

The conference was co-hosted by the Aldmoor government and the Merin Development Bank.

An earthquake destroyed much of Kessa's south in February.
"""
GOLD["pledges"] = [
    ("pledged", "Donor countries", "2.1 billion dollars for the rebuilding of Kessa"),
    ("said", "the city's foreign ministry", "Norland pledged to rebuild the port of Tessin"),
    ("vowed", "The Kessan prime minister, Idris Malo", "every dollar would be accounted for"),
]
NOT_REPORTS["pledges"] = [
    "The conference was co-hosted by the Aldmoor government and the Merin Development Bank.",
    "An earthquake destroyed much of Kessa's south in February.",
]

ARTICLES["readout"] = """Leaders of Belmark and Cassovia hold first call in a year

The presidents of Belmark and Cassovia discussed energy supplies in a 40-minute telephone call on Sunday, according to a readout of the call released by Belmark's presidency.

Cassovia's presidency said the two leaders had agreed to restart talks on a gas pipeline.

The call was the first between the two leaders since last April.

A Belmarkian official said no date had been set for a meeting in person.
"""
GOLD["readout"] = [
    ("according to", "a readout of the call released by Belmark's presidency", "The presidents of Belmark and Cassovia discussed energy supplies in a 40-minute telephone call on Sunday"),
    ("said", "Cassovia's presidency", "the two leaders had agreed to restart talks on a gas pipeline"),
    ("said", "A Belmarkian official", "no date had been set for a meeting in person"),
]
NOT_REPORTS["readout"] = ["The call was the first between the two leaders since last April."]

ARTICLES["state_media"] = """Kestria test-fires new missile, state media says

Kestria test-fired a new long-range missile on Saturday, state news agency KTA reported.

The agency said the missile had flown 1,200 kilometres before landing in the sea.

Velmora's defence ministry said it had tracked the launch from its coastal radars.

The test was Kestria's third this year.

The missile was displayed at a military parade in the capital in October.
"""
GOLD["state_media"] = [
    ("reported", "state news agency KTA", "Kestria test-fired a new long-range missile on Saturday"),
    ("said", "The agency", "the missile had flown 1,200 kilometres before landing in the sea"),
    ("said", "Velmora's defence ministry", "it had tracked the launch from its coastal radars"),
]
NOT_REPORTS["state_media"] = [
    "The test was Kestria's third this year.",
    "The missile was displayed at a military parade in the capital in October.",
]

ARTICLES["several_sides"] = """Both sides claim control of hilltop after clashes

Orrenian troops have taken the hilltop village of Vask, the Orrenian army said on Monday.

The rebel Southern Front said its fighters still held the village.

A spokesman for the front, Dario Kell, said the army's claim was "pure invention".

Local residents told the Harbour Ledger by telephone that fighting was still going on.

Vask lies on the main road to the southern port of Lenn.

The village had about 3,000 inhabitants before the war.
"""
GOLD["several_sides"] = [
    ("said", "the Orrenian army", "Orrenian troops have taken the hilltop village of Vask"),
    ("said", "The rebel Southern Front", "its fighters still held the village"),
    ("said", "A spokesman for the front, Dario Kell", "the army's claim was \"pure invention\""),
    ("told", "Local residents", "fighting was still going on"),
]
NOT_REPORTS["several_sides"] = [
    "Vask lies on the main road to the southern port of Lenn.",
    "The village had about 3,000 inhabitants before the war.",
]

ARTICLES["overtime"] = """Biodiversity talks run into overtime

The talks on a treaty to protect the high seas ran into overtime on Saturday.

The conference president, Ambassador Rhea Lind of Sundal, said she would present a final text by noon on Sunday.

Several delegations warned that they could not accept a text without a fund for monitoring.

The Treaty on Marine Life Beyond National Jurisdiction has been under negotiation for eight years.

Most delegates slept in the conference centre.
"""
GOLD["overtime"] = [
    ("said", "The conference president, Ambassador Rhea Lind of Sundal", "she would present a final text by noon on Sunday"),
    ("warned", "Several delegations", "they could not accept a text without a fund for monitoring"),
]
NOT_REPORTS["overtime"] = [
    "The talks on a treaty to protect the high seas ran into overtime on Saturday.",
    "The Treaty on Marine Life Beyond National Jurisdiction has been under negotiation for eight years.",
    "Most delegates slept in the conference centre.",
]

ARTICLES["signals"] = """Merovia signals it may join trade pact

Merovia signalled that it could join the Western Trade Partnership before the end of the year.

Its trade minister, Oskar Lehn, told parliament that talks on farm tariffs were "nearly done".

The partnership's secretary-general said the door was open to any country that met its rules.

The pact was signed in 2019 by seven countries.

Trade between its members reached 300 billion dollars last year.
"""
GOLD["signals"] = [
    ("signalled", "Merovia", "it could join the Western Trade Partnership before the end of the year"),
    ("told", "Its trade minister, Oskar Lehn", "talks on farm tariffs were \"nearly done\""),
    ("said", "The partnership's secretary-general", "the door was open to any country that met its rules"),
]
NOT_REPORTS["signals"] = [
    "The pact was signed in 2019 by seven countries.",
    "Trade between its members reached 300 billion dollars last year.",
]

ARTICLES["urged"] = """Neighbours urge calm after border shooting

Kestria and Velmora urged restraint after a soldier was shot dead on their shared border on Tuesday.

The Council of Northern States said in a statement that it was "deeply concerned" by the incident.

Its secretary-general, Paulo Ferrante, urged both governments to open an inquiry.

The border runs for 340 kilometres through forest and marshland.

A similar incident in 2021 led to the closure of two crossings.
"""
GOLD["urged"] = [
    ("urged", "Kestria and Velmora", "restraint"),
    ("said", "The Council of Northern States", "it was \"deeply concerned\" by the incident"),
    ("urged", "Its secretary-general, Paulo Ferrante", "both governments to open an inquiry"),
]
NOT_REPORTS["urged"] = [
    "The border runs for 340 kilometres through forest and marshland.",
    "A similar incident in 2021 led to the closure of two crossings.",
]

ARTICLES["schedule"] = """Foreign ministers to meet in Lisk

Foreign ministers of the Northern Compact will meet in Lisk on June 4 and 5.

The first day will be given to the war in Orren, the second to trade.

The host, Sundal's foreign minister Eva Marr, said she expected a statement on Orren by the end of the first day.

A senior diplomat from the compact said the ministers were divided on sanctions.

Lisk last hosted the meeting in 2016.
"""
GOLD["schedule"] = [
    ("said", "The host, Sundal's foreign minister Eva Marr", "she expected a statement on Orren by the end of the first day"),
    ("said", "A senior diplomat from the compact", "the ministers were divided on sanctions"),
]
NOT_REPORTS["schedule"] = [
    "Foreign ministers of the Northern Compact will meet in Lisk on June 4 and 5.",
    "The first day will be given to the war in Orren, the second to trade.",
    "Lisk last hosted the meeting in 2016.",
]

ARTICLES["emissions"] = """Emissions from shipping hit record

Emissions from international shipping reached 1.1 billion tonnes of carbon dioxide last year.

The figure was up 4 percent on the year before.

The International Maritime Council said the rise was driven by longer routes around conflict zones.

Its head of environment, Dr Ruth Amsel, said a carbon levy on fuel was "the only tool big enough".

Shipping carries about 80 percent of world trade.
"""
GOLD["emissions"] = [
    ("said", "The International Maritime Council", "the rise was driven by longer routes around conflict zones"),
    ("said", "Its head of environment, Dr Ruth Amsel", "a carbon levy on fuel was \"the only tool big enough\""),
]
NOT_REPORTS["emissions"] = [
    "Emissions from international shipping reached 1.1 billion tonnes of carbon dioxide last year.",
    "The figure was up 4 percent on the year before.",
    "Shipping carries about 80 percent of world trade.",
]

ARTICLES["ambassador"] = """Ambassador recalled over spying row

Belmark recalled its ambassador to Cassovia on Thursday after two of its diplomats were expelled.

The Belmarkian foreign ministry said the expulsions were "groundless and hostile".

Cassovia's interior ministry said the two men had been caught photographing a military airfield.

Belmark has had an embassy in Cassovia since 1992.
"""
GOLD["ambassador"] = [
    ("said", "The Belmarkian foreign ministry", "the expulsions were \"groundless and hostile\""),
    ("said", "Cassovia's interior ministry", "the two men had been caught photographing a military airfield"),
]
NOT_REPORTS["ambassador"] = ["Belmark has had an embassy in Cassovia since 1992."]

ARTICLES["summit_quotes"] = """Leaders end summit with pledge on energy grid

"We will build one grid from the Arctic to the Adriatic," the Norlandic prime minister, Karl Vinter, said at the end of the summit.

He said the first cables would be laid in 2027.

Tarvos's president, Elena Brosk, was more cautious.

"A grid needs money, and I have not yet seen the money," she said.

The summit was attended by 14 heads of government.

The grid is expected to cost 60 billion euros.
"""
GOLD["summit_quotes"] = [
    ("said", "the Norlandic prime minister, Karl Vinter", "We will build one grid from the Arctic to the Adriatic"),
    ("said", "He", "the first cables would be laid in 2027"),
    ("said", "she", "A grid needs money, and I have not yet seen the money"),
]
NOT_REPORTS["summit_quotes"] = [
    "The summit was attended by 14 heads of government.",
]
SPEAKERS["summit_quotes"] = [
    ("said", "He", "Karl Vinter", "the first"),
    ("said", "she", "Elena Brosk", "A grid"),
]

ARTICLES["sanctions"] = """Bloc agrees new sanctions on Kestria

Foreign ministers of the Northern Compact agreed on Monday to freeze the assets of 30 Kestrian officials.

The compact's foreign policy chief, Jan Petrak, told reporters that the list included two deputy ministers.

Kestria's foreign ministry said the sanctions would "change nothing".

The sanctions will take effect on July 1.

It is the compact's ninth package of sanctions since 2022.
"""
GOLD["sanctions"] = [
    ("agreed", "Foreign ministers of the Northern Compact", "to freeze the assets of 30 Kestrian officials"),
    ("told", "The compact's foreign policy chief, Jan Petrak", "the list included two deputy ministers"),
    ("said", "Kestria's foreign ministry", "the sanctions would \"change nothing\""),
]
NOT_REPORTS["sanctions"] = [
    "The sanctions will take effect on July 1.",
    "It is the compact's ninth package of sanctions since 2022.",
]

ARTICLES["observers"] = """Observers question climate pledges

Climate analysts at the Tern Institute said the pledges made at the talks would still leave the world 2.6 degrees warmer.

"The gap between what is promised and what is needed is as wide as it was five years ago," said Lena Brand, the institute's director.

The institute publishes its tracker twice a year.

Ten countries have yet to submit new targets.
"""
GOLD["observers"] = [
    ("said", "Climate analysts at the Tern Institute", "the pledges made at the talks would still leave the world 2.6 degrees warmer"),
    ("said", "Lena Brand, the institute's director", "The gap between what is promised and what is needed is as wide as it was five years ago"),
]
NOT_REPORTS["observers"] = [
    "The institute publishes its tracker twice a year.",
    "Ten countries have yet to submit new targets.",
]

ARTICLES["hostage_talks"] = """Mediators report progress on hostage deal

Mediators from Sundal said on Wednesday that a deal to free 20 hostages held in Orren was "close".

A Sundalese official briefed on the talks said the remaining dispute was over the order of the releases.

The Orrenian government denied that any deal was near.

The talks are being held in a villa outside Lisk.

The hostages were seized in a raid on a border town in March.
"""
GOLD["hostage_talks"] = [
    ("said", "Mediators from Sundal", "a deal to free 20 hostages held in Orren was \"close\""),
    ("said", "A Sundalese official briefed on the talks", "the remaining dispute was over the order of the releases"),
    ("denied", "The Orrenian government", "any deal was near"),
]
NOT_REPORTS["hostage_talks"] = [
    "The talks are being held in a villa outside Lisk.",
    "The hostages were seized in a raid on a border town in March.",
]

ARTICLES["treaty_signing"] = """Water treaty signed after decade of talks

Norland and Velmora signed the Alder River Water Sharing Treaty in Dremmen on Tuesday.

Under the treaty, Velmora will receive 40 percent of the river's flow in the dry season.

Velmora's water minister, Ivo Stam, called the treaty "a victory for common sense".

Farmers' groups in Norland said they had not been consulted.

The river supplies water to about 12 million people.
"""
GOLD["treaty_signing"] = [
    ("signed", "Norland and Velmora", "the Alder River Water Sharing Treaty"),
    ("called", "Velmora's water minister, Ivo Stam", "the treaty \"a victory for common sense\""),
    ("said", "Farmers' groups in Norland", "they had not been consulted"),
]
NOT_REPORTS["treaty_signing"] = [
    "The river supplies water to about 12 million people.",
]

# written after the first count, in other words and harder shapes: diplomats on condition of anonymity, people
# briefed on the talks, a declaration that 'notes', a text that 'reads', accusations and condemnations between
# capitals, a remark carried by state television, a welcome and a dismissal

ARTICLES["anonymous_diplomats"] = """Envoys split over peacekeeping mission

Two diplomats familiar with the talks said the mission's mandate would be cut from 12 months to six.

According to three people briefed on the negotiations, Kestria had threatened to veto any longer mandate.

A Western diplomat, speaking on condition of anonymity, said the compromise was "the best we could get".

The mission has 4,500 troops in the border region.

Its budget is 600 million dollars a year.
"""
GOLD["anonymous_diplomats"] = [
    ("said", "Two diplomats familiar with the talks", "the mission's mandate would be cut from 12 months to six"),
    ("according to", "three people briefed on the negotiations", "Kestria had threatened to veto any longer mandate"),
    ("said", "A Western diplomat", "the compromise was \"the best we could get\""),
]
NOT_REPORTS["anonymous_diplomats"] = [
    "The mission has 4,500 troops in the border region.",
    "Its budget is 600 million dollars a year.",
]

ARTICLES["declaration"] = """Ocean summit adopts Lisk Declaration

The declaration notes that fish stocks in the northern seas have fallen by a third since 2000.

Its final paragraph reads: "We commit to protect one third of our waters by 2035."

Sundal's prime minister, Nils Aren, welcomed the text as "a promise our grandchildren can hold us to".

The declaration is not legally binding.

It was adopted by 22 countries.
"""
GOLD["declaration"] = [
    ("notes", "The declaration", "fish stocks in the northern seas have fallen by a third since 2000"),
    ("reads", "Its final paragraph", "We commit to protect one third of our waters by 2035"),
    ("welcomed", "Sundal's prime minister, Nils Aren", "the text as \"a promise our grandchildren can hold us to\""),
]
NOT_REPORTS["declaration"] = [
    "The declaration is not legally binding.",
    "It was adopted by 22 countries.",
]

ARTICLES["accusations"] = """Kestria and Velmora trade blame over dam

Velmora accused Kestria of cutting the flow of the Issa river to a trickle.

Kestria's foreign ministry dismissed the charge as "fantasy".

The dam on the upper Issa was completed in 2021.

Kestria's president, Goran Teck, told state television that the reservoir was being filled "according to the rules".

Velmora's water minister condemned what he called "a theft of our river".
"""
GOLD["accusations"] = [
    ("accused", "Velmora", "Kestria of cutting the flow of the Issa river to a trickle"),
    ("dismissed", "Kestria's foreign ministry", "the charge as \"fantasy\""),
    ("told", "Kestria's president, Goran Teck", "the reservoir was being filled \"according to the rules\""),
    ("condemned", "Velmora's water minister", "what he called \"a theft of our river\""),
]
NOT_REPORTS["accusations"] = ["The dam on the upper Issa was completed in 2021."]
