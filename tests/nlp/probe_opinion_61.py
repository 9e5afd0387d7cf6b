# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-two short pieces of OPINION writing written for the sixty-first session's generalisation check (helper
K; twenty-six before any count, four more after it, two after the mends): columns, editorials, letters to the editor, reviews and explainers, each with a headline line. They hold the
shapes of argued prose: reports of unnamed camps ('critics argue X', 'supporters say', 'some say', 'many
believe'), hearsay aimed at the reader ('we are told that X', 'X would have us believe Y', 'X likes to claim Y'),
stances of bodies ('the government insists X', 'the editorial board believes X'), framed views with no source
('the argument goes that X', 'the official line is that X'), the writer's first person ('I think', 'I would
argue', 'we believe'), a review's 'the film argues X' and 'the author contends X', a letter's sign-off
('Yours, ...'), and lines that report nothing though they argue: plain assertions, imperatives ('Consider the
numbers'), rhetorical questions, titles and slogans in quotation marks, a mocked 'so-called "X"', 'the fact
is', 'as the saying goes'.

The gold is written by hand as PolNeAR marks it (NOTES.md), counted on its train before writing: the writer's
own 'I think X' outside quotation marks is a report with 'I' for its source (21 marked, 5 not), as is 'we
believe'; 'One view is that X' and 'The idea is that X' are marked with no source (2 of 2), so 'the official
line is that X' and 'the argument goes that X' are reports with none; 'the fact is' outside quotation marks is
not marked (4 of 4), nor 'so-called' (29 of 33 not a cue) nor 'the reasoning goes' (1 of 1); 'as the saying
goes' and 'as everyone knows' do not occur and are taken as the reasoning's kin, reporting nothing. Per piece:
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report
nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place,
title and figure is made up. Read by ``test_probe_findings_61_opinion``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["column_bike_lanes"] = """The painted lane is not a plan

Critics argue that the new cycle lanes on Harrow Road have made the traffic worse.

They have a point, but only half of one.

Supporters say the lanes have doubled the number of children cycling to school.

Consider the numbers. Before the lanes, 40 pupils at Brookfield Primary came by bike; now it is 85.

I think the council should finish the job and put kerbs where the paint is.

Who, after all, wants to cycle next to a bus on a strip of white paint?
"""
GOLD["column_bike_lanes"] = [
    ("argue", "Critics", "the new cycle lanes on Harrow Road have made the traffic worse"),
    ("say", "Supporters", "the lanes have doubled the number of children cycling to school"),
    ("think", "I", "the council should finish the job and put kerbs where the paint is"),
]
NOT_REPORTS["column_bike_lanes"] = [
    "They have a point, but only half of one.",
    "Consider the numbers.",
    "Before the lanes, 40 pupils at Brookfield Primary came by bike; now it is 85.",
    "Who, after all, wants to cycle next to a bus on a strip of white paint?",
]

ARTICLES["editorial_phones"] = """Our view: Let schools decide on phones

The editorial board believes that a national ban on phones in classrooms would be a mistake.

Heads already have the power to confiscate a phone that rings during a lesson.

The education minister, Petra Lindqvist, insists that a ban would lift test scores within a year.

The evidence for that is thin. Two studies from Norway found no change in results at all.

We believe that teachers, not ministers, know their pupils best.
"""
GOLD["editorial_phones"] = [
    ("believes", "The editorial board", "a national ban on phones in classrooms would be a mistake"),
    ("insists", "The education minister, Petra Lindqvist", "a ban would lift test scores within a year"),
    ("found", "Two studies from Norway", "no change in results at all"),
    ("believe", "We", "teachers, not ministers, know their pupils best"),
]
NOT_REPORTS["editorial_phones"] = [
    "Heads already have the power to confiscate a phone that rings during a lesson.",
    "The evidence for that is thin.",
]

ARTICLES["letter_bins"] = """Letters: Fortnightly bins are a false saving

Sir, the council would have us believe that collecting bins every two weeks will save £2m a year.

Anyone who lives on Mill Street knows where the rubbish ends up: on the pavement.

I would argue that the cost of clearing fly-tipping will swallow most of the saving.

Why was no one on our street asked?

Yours, Ana Ruiz, Leeds
"""
GOLD["letter_bins"] = [
    ("believe", "the council", "collecting bins every two weeks will save £2m a year"),
    ("argue", "I", "the cost of clearing fly-tipping will swallow most of the saving"),
]
NOT_REPORTS["letter_bins"] = [
    "Why was no one on our street asked?",
    "Yours, Ana Ruiz, Leeds",
]

ARTICLES["review_film"] = """'The Salt Road': a slow film with a sharp point

Directed by Ines Arzak, "The Salt Road" follows two sisters who run a failing inn on a Basque pass.

The film argues that a place dies when its young people stop believing they can stay.

It is beautifully shot, and far too long.

Arzak told an audience in San Sebastián that she cut forty minutes and still could not let go of the mule scenes.

Go for the sisters; leave before the epilogue.
"""
GOLD["review_film"] = [
    ("argues", "The film", "a place dies when its young people stop believing they can stay"),
    ("told", "Arzak", "she cut forty minutes and still could not let go of the mule scenes"),
]
NOT_REPORTS["review_film"] = [
    "It is beautifully shot, and far too long.",
    "Go for the sisters; leave before the epilogue.",
]

ARTICLES["review_book"] = """A history of the potato that wants to be a history of everything

In "Earth Apples", the historian Tomasz Wrona sets out to tell the story of Europe through a single tuber.

The author contends that the potato did more to end famine in Poland than any reform of the nobles.

It is a bold claim, and the first hundred pages make it well.

Some reviewers have complained that the later chapters wander off into railways and beer.

They are right. The book is 600 pages; it should have been 350.
"""
GOLD["review_book"] = [
    ("contends", "The author", "the potato did more to end famine in Poland than any reform of the nobles"),
    ("complained", "Some reviewers", "the later chapters wander off into railways and beer"),
]
NOT_REPORTS["review_book"] = [
    "It is a bold claim, and the first hundred pages make it well.",
    "The book is 600 pages; it should have been 350.",
]

ARTICLES["explainer_meters"] = """Explainer: why your water bill is about to change

From April every home in the Vale district will be fitted with a water meter.

The water company says that metered homes use about a tenth less water than those that pay a flat rate.

Many believe that meters will push up bills for large families.

The regulator, Ofwat Cymru, said last month that a social tariff would cap bills for households on low incomes.

What happens if you do nothing? The meter is fitted anyway, and you move to the metered charge after two years.
"""
GOLD["explainer_meters"] = [
    ("says", "The water company", "metered homes use about a tenth less water than those that pay a flat rate"),
    ("believe", "Many", "meters will push up bills for large families"),
    ("said", "The regulator, Ofwat Cymru", "a social tariff would cap bills for households on low incomes"),
]
NOT_REPORTS["explainer_meters"] = [
    "From April every home in the Vale district will be fitted with a water meter.",
    "What happens if you do nothing?",
    "The meter is fitted anyway, and you move to the metered charge after two years.",
]

ARTICLES["column_four_day"] = """The four-day week is not a free lunch

We are told that a four-day week makes workers happier and no less productive.

The trial firms in Galway said output held steady over six months.

But those were firms that chose to take part.

The argument goes that rested staff make fewer mistakes, and so a shorter week pays for itself.

Perhaps. But nobody has asked the nurses and the bus drivers how that would work for them.
"""
GOLD["column_four_day"] = [
    ("told", "", "a four-day week makes workers happier and no less productive"),
    ("said", "The trial firms in Galway", "output held steady over six months"),
    ("argument", "", "rested staff make fewer mistakes, and so a shorter week pays for itself"),
]
NOT_REPORTS["column_four_day"] = [
    "But those were firms that chose to take part.",
    "Perhaps.",
]

ARTICLES["editorial_stadium"] = """A stadium is not a public service

The official line is that the new stadium at Eastmoor will pay for itself within 20 years.

The city has already promised £90m of public money to the club's owners.

The mayor, Dawn Okafor, likes to claim that the ground will bring 3,000 jobs.

Most of those jobs are stewards and caterers, for 25 days a year.

Build it if the club can pay for it. The council should not.
"""
GOLD["editorial_stadium"] = [
    ("line", "", "the new stadium at Eastmoor will pay for itself within 20 years"),
    ("promised", "The city", "£90m of public money to the club's owners"),
    ("claim", "The mayor, Dawn Okafor", "the ground will bring 3,000 jobs"),
]
NOT_REPORTS["editorial_stadium"] = [
    "Most of those jobs are stewards and caterers, for 25 days a year.",
    "Build it if the club can pay for it.",
    "The council should not.",
]

ARTICLES["column_reforms"] = """Another round of 'reforms' for the rail network

The government's so-called "reforms" of the rail timetable have left Hartside with one train an hour.

The transport secretary, Giles Markham, told MPs that the new timetable was more reliable than the old one.

Reliable, yes. A train that does not run is never late.

Some say the cuts are the price of a network that had been running at a loss for a decade.

The fact is that the line's passenger numbers were rising before the cuts.
"""
GOLD["column_reforms"] = [
    ("told", "The transport secretary, Giles Markham", "the new timetable was more reliable than the old one"),
    ("say", "Some", "the cuts are the price of a network that had been running at a loss for a decade"),
]
NOT_REPORTS["column_reforms"] = [
    "The government's so-called \"reforms\" of the rail timetable have left Hartside with one train an hour.",
    "Reliable, yes.",
    "A train that does not run is never late.",
    "The fact is that the line's passenger numbers were rising before the cuts.",
]

ARTICLES["letter_festival"] = """Letters: The festival's noise is no small matter

The organisers of the Riverside Sounds festival claim that the music stops at 11pm every night.

It did not. On Saturday the bass was still rattling my windows at half past one.

I have written to the council three times. Each time an officer replied that the noise limits had been met.

As the saying goes, out of sight, out of mind.

Graham Pike, Southbank Terrace
"""
GOLD["letter_festival"] = [
    ("claim", "The organisers of the Riverside Sounds festival", "the music stops at 11pm every night"),
    ("replied", "an officer", "the noise limits had been met"),
]
NOT_REPORTS["letter_festival"] = [
    "It did not.",
    "On Saturday the bass was still rattling my windows at half past one.",
    "As the saying goes, out of sight, out of mind.",
    "Graham Pike, Southbank Terrace",
]

ARTICLES["review_exhibition"] = """At the Kessler, a show about maps that forgets the people on them

"Lines on the Land", the Kessler Gallery's new exhibition, gathers 140 maps drawn between 1600 and 1900.

The curators say the show is about how power draws borders.

The catalogue claims that half the maps have never been shown in public.

The labels are tiny and the lighting is dim. Bring reading glasses.

Still, the hand-coloured county maps in the third room are worth the ticket on their own.
"""
GOLD["review_exhibition"] = [
    ("say", "The curators", "the show is about how power draws borders"),
    ("claims", "The catalogue", "half the maps have never been shown in public"),
]
NOT_REPORTS["review_exhibition"] = [
    "The labels are tiny and the lighting is dim.",
    "Bring reading glasses.",
]

ARTICLES["explainer_clocks"] = """Explainer: will the clocks stop changing?

The European Parliament voted in 2019 to end the twice-yearly change of the clocks.

Nothing has happened since. Member states could not agree which time to keep.

Sleep researchers say that permanent winter time would be better for health.

Retailers, on the other hand, argue that lighter evenings bring more shoppers.

So will it happen? Not this year, and probably not next.
"""
GOLD["explainer_clocks"] = [
    ("voted", "The European Parliament", "to end the twice-yearly change of the clocks"),
    ("say", "Sleep researchers", "permanent winter time would be better for health"),
    ("argue", "Retailers", "lighter evenings bring more shoppers"),
]
NOT_REPORTS["explainer_clocks"] = [
    "Nothing has happened since.",
    "So will it happen?",
    "Not this year, and probably not next.",
]

ARTICLES["column_tipping"] = """Tipping has got out of hand

The card machine at my local bakery now asks for a tip of 15, 20 or 25 per cent on a loaf of bread.

The industry's trade body, the Hospitality Guild, says tips make up a third of a waiter's pay.

That is an argument for higher wages, not for tipping on bread.

I believe that a price should be the price.

Ask the owner where the tip goes. You may not like the answer.
"""
GOLD["column_tipping"] = [
    ("says", "The industry's trade body, the Hospitality Guild", "tips make up a third of a waiter's pay"),
    ("believe", "I", "a price should be the price"),
]
NOT_REPORTS["column_tipping"] = [
    "That is an argument for higher wages, not for tipping on bread.",
    "Ask the owner where the tip goes.",
    "You may not like the answer.",
]

ARTICLES["editorial_libraries"] = """The Herald's view: open the libraries on Sundays

Our libraries close at 5pm on Saturday and do not open again until Tuesday.

The council insists that Sunday opening would cost £400,000 a year.

Library users disagree. A petition signed by 6,000 people says the buildings are needed most at weekends.

The council's own survey found that 70 per cent of users work during the week.

Open the doors. Start with the central library and see who comes.
"""
GOLD["editorial_libraries"] = [
    ("insists", "The council", "Sunday opening would cost £400,000 a year"),
    ("says", "A petition signed by 6,000 people", "the buildings are needed most at weekends"),
    ("found", "The council's own survey", "70 per cent of users work during the week"),
]
NOT_REPORTS["editorial_libraries"] = [
    "Our libraries close at 5pm on Saturday and do not open again until Tuesday.",
    "Open the doors.",
    "Start with the central library and see who comes.",
]

ARTICLES["letter_bus"] = """Letters: Do not cut the 42

As a pensioner in Oakfield, I rely on the number 42 bus to reach the hospital.

The bus company tells us that the route carries too few passengers to pay its way.

Of course it does. It runs once every two hours.

My neighbour, a nurse at the hospital, says half her ward's patients come in on the 42.

Please keep our bus.

Margaret Doyle, Oakfield
"""
GOLD["letter_bus"] = [
    ("tells", "The bus company", "the route carries too few passengers to pay its way"),
    ("says", "My neighbour, a nurse at the hospital", "half her ward's patients come in on the 42"),
]
NOT_REPORTS["letter_bus"] = [
    "As a pensioner in Oakfield, I rely on the number 42 bus to reach the hospital.",
    "It runs once every two hours.",
    "Please keep our bus.",
    "Margaret Doyle, Oakfield",
]

ARTICLES["review_series"] = """'Night Ward' is a hospital drama that finally trusts its nurses

The BBC's new series "Night Ward" follows a single shift on a children's ward in Sunderland.

Its writer, Kieran Holt, a former nurse, has said the scripts were built from his own notebooks.

It shows. The handovers, the jokes, the tea that goes cold: all of it rings true.

The show suggests that the NHS runs on the goodwill of people who are too tired to complain.

Watch it, then thank a nurse.
"""
GOLD["review_series"] = [
    ("said", "Its writer, Kieran Holt, a former nurse", "the scripts were built from his own notebooks"),
    ("suggests", "The show", "the NHS runs on the goodwill of people who are too tired to complain"),
]
NOT_REPORTS["review_series"] = [
    "It shows.",
    "Watch it, then thank a nurse.",
]

ARTICLES["column_uniforms"] = """School blazers cost too much

A blazer with the Greyfields Academy crest costs £48, and it can only be bought from one shop.

The school's head, Simon Achebe, wrote to parents that the crest builds a sense of belonging.

Belonging to whom? Parents on Hazel Estate belong to the queue at the food bank.

Campaigners from the Fair Uniform group want the crest to be sewn on, so that a plain blazer can be used.

It is a small change. The school should make it this summer.
"""
GOLD["column_uniforms"] = [
    ("wrote", "The school's head, Simon Achebe", "the crest builds a sense of belonging"),
    ("want", "Campaigners from the Fair Uniform group", "the crest to be sewn on, so that a plain blazer can be used"),
]
NOT_REPORTS["column_uniforms"] = [
    "A blazer with the Greyfields Academy crest costs £48, and it can only be bought from one shop.",
    "Belonging to whom?",
    "It is a small change.",
    "The school should make it this summer.",
]

ARTICLES["explainer_heat_pumps"] = """Explainer: are heat pumps worth it?

A heat pump moves heat from the outside air into your home, a bit like a fridge working in reverse.

Installers say a typical three-bedroom house needs a 7kW unit.

The government's grant covers £7,500 of the cost.

Sceptics point out that old houses need new radiators before a heat pump can warm them.

The Energy Savings Trust estimates that running costs are about the same as a new gas boiler.
"""
GOLD["explainer_heat_pumps"] = [
    ("say", "Installers", "a typical three-bedroom house needs a 7kW unit"),
    ("point out", "Sceptics", "old houses need new radiators before a heat pump can warm them"),
    ("estimates", "The Energy Savings Trust", "running costs are about the same as a new gas boiler"),
]
NOT_REPORTS["explainer_heat_pumps"] = [
    "A heat pump moves heat from the outside air into your home, a bit like a fridge working in reverse.",
    "The government's grant covers £7,500 of the cost.",
]

ARTICLES["column_remote"] = """The office is not coming back, and that is fine

Bosses at the big banks keep saying that young staff learn best by sitting next to older ones.

Maybe they do. But the same bosses have sold half their office space.

A survey by the Chartered Institute of Staff found that two in three workers would quit rather than come in five days a week.

I suspect the bosses have read it too.

"Back to the office" is a slogan, not a policy.
"""
GOLD["column_remote"] = [
    ("saying", "Bosses at the big banks", "young staff learn best by sitting next to older ones"),
    ("found", "A survey by the Chartered Institute of Staff", "two in three workers would quit rather than come in five days a week"),
    ("suspect", "I", "the bosses have read it too"),
]
NOT_REPORTS["column_remote"] = [
    "Maybe they do.",
    "But the same bosses have sold half their office space.",
    "\"Back to the office\" is a slogan, not a policy.",
]

ARTICLES["editorial_dogs"] = """Our view: a dog park is cheaper than a fight

Owners and parents have been at odds over Pennington Green for a year.

Parents say dogs off the lead have knocked over toddlers near the swings.

Owners reply that there is nowhere else in the ward to let a dog run.

We think both are right, and that a fenced dog area at the north end would settle it.

It would cost about £30,000. That is less than the council has spent on letters about the dispute.
"""
GOLD["editorial_dogs"] = [
    ("say", "Parents", "dogs off the lead have knocked over toddlers near the swings"),
    ("reply", "Owners", "there is nowhere else in the ward to let a dog run"),
    ("think", "We", "both are right, and that a fenced dog area at the north end would settle it"),
]
NOT_REPORTS["editorial_dogs"] = [
    "Owners and parents have been at odds over Pennington Green for a year.",
    "It would cost about £30,000.",
    "That is less than the council has spent on letters about the dispute.",
]

ARTICLES["review_restaurant"] = """Restaurant review: Saltmarsh, Whitstable

Saltmarsh calls itself "a fish shack with ambitions", and for once the menu is honest.

The oysters were cold and briny; the chips were the best I have had this year.

The owner, Rosa Lennox, told me that the fish comes off boats she can see from the kitchen window.

The dessert menu promises "the best tart in Kent". It is not.

Dinner for two with wine was £96.
"""
GOLD["review_restaurant"] = [
    ("told", "The owner, Rosa Lennox", "the fish comes off boats she can see from the kitchen window"),
]
NOT_REPORTS["review_restaurant"] = [
    "The oysters were cold and briny; the chips were the best I have had this year.",
    "It is not.",
    "Dinner for two with wine was £96.",
]

ARTICLES["explainer_voting"] = """Explainer: how ranked-choice voting would work in Aldmere

Under the proposal, voters would number the candidates in order of preference instead of marking one cross.

Supporters argue that the system stops candidates from winning with a third of the vote.

Opponents say it is too complicated and slows the count.

The electoral commission has said a count under the new system would take two days instead of one night.

Voters will decide in a referendum on May 7.
"""
GOLD["explainer_voting"] = [
    ("argue", "Supporters", "the system stops candidates from winning with a third of the vote"),
    ("say", "Opponents", "it is too complicated and slows the count"),
    ("said", "The electoral commission", "a count under the new system would take two days instead of one night"),
]
NOT_REPORTS["explainer_voting"] = [
    "Under the proposal, voters would number the candidates in order of preference instead of marking one cross.",
    "Voters will decide in a referendum on May 7.",
]

ARTICLES["column_housing"] = """There is no housing shortage in Kelbrook, only a shortage of homes people can afford

Kelbrook has 800 empty flats, according to the council's own figures.

Developers insist that they need higher prices to make new schemes viable.

Yet the same developers reported record profits last year.

The housing minister, Ruth Aldous, has promised 5,000 affordable homes by 2030. She promised 3,000 by 2025, and built 900.

Why should we believe her this time?
"""
GOLD["column_housing"] = [
    ("according to", "the council's own figures", "Kelbrook has 800 empty flats"),
    ("insist", "Developers", "they need higher prices to make new schemes viable"),
    ("promised", "The housing minister, Ruth Aldous", "5,000 affordable homes by 2030"),
]
NOT_REPORTS["column_housing"] = [
    "Why should we believe her this time?",
]

ARTICLES["letter_trees"] = """Letters: The plane trees of Fairfield Road

The council's tree officer wrote in his report that the plane trees on Fairfield Road are "diseased and dangerous".

I have lived under those trees for thirty years. Not one branch has fallen.

An independent arborist, Helen Marsh, examined them in March and concluded that all but two were healthy.

Let the council publish its evidence before the chainsaws arrive.

Yours faithfully, Colin Brereton, Fairfield Road
"""
GOLD["letter_trees"] = [
    ("wrote", "The council's tree officer", "the plane trees on Fairfield Road are \"diseased and dangerous\""),
    ("concluded", "An independent arborist, Helen Marsh", "all but two were healthy"),
]
NOT_REPORTS["letter_trees"] = [
    "I have lived under those trees for thirty years.",
    "Not one branch has fallen.",
    "Let the council publish its evidence before the chainsaws arrive.",
    "Yours faithfully, Colin Brereton, Fairfield Road",
]

ARTICLES["column_pronoun"] = """The port deal deserves a proper look

The harbour board's chairman, Alan Ferris, announced on Monday that the port would be leased to a private operator for 50 years.

He said the deal would bring £200m of investment.

Dockers' union leader Nadia Price said the lease would put 300 jobs at risk.

She told a rally on the quay that the board had not consulted a single worker.

A lease of 50 years is longer than most of the dockers will live.
"""
GOLD["column_pronoun"] = [
    ("announced", "The harbour board's chairman, Alan Ferris", "the port would be leased to a private operator for 50 years"),
    ("said", "He", "the deal would bring £200m of investment"),
    ("said", "Dockers' union leader Nadia Price", "the lease would put 300 jobs at risk"),
    ("told", "She", "the board had not consulted a single worker"),
]
NOT_REPORTS["column_pronoun"] = ["A lease of 50 years is longer than most of the dockers will live."]
SPEAKERS["column_pronoun"] = [
    ("said", "He", "Alan Ferris", "the deal"),
    ("told", "She", "Nadia Price", "the board"),
]

ARTICLES["review_play"] = """'The Ferryman's Daughter' at the Lyceum: a family saga that earns its three hours

Moira Gallagher's new play is set on a single night in a pub on the Donegal coast.

The playwright has said that she wanted to write about the sisters who stay at home while the brothers leave.

The play contends that staying can take as much courage as going.

The second act drags; the third is superb.

Tickets from £15. Until June 20.
"""
GOLD["review_play"] = [
    ("said", "The playwright", "she wanted to write about the sisters who stay at home while the brothers leave"),
    ("contends", "The play", "staying can take as much courage as going"),
]
NOT_REPORTS["review_play"] = [
    "Moira Gallagher's new play is set on a single night in a pub on the Donegal coast.",
    "The second act drags; the third is superb.",
    "Tickets from £15.",
    "Until June 20.",
]
SPEAKERS["review_play"] = [("has said", "The playwright", "Moira Gallagher", "she wanted")]

# written after the first count, to read more of the same shapes in other words: camps with their members
# named, 'to hear X tell it', 'as X put it', 'in the words of X', 'I am told', 'ask any X and they will tell
# you Y', 'X has long maintained', and lines that argue with 'Imagine', 'Let us be clear', 'Here is the
# problem:', a title or a slogan in quotation marks

ARTICLES["column_congestion"] = """A charge on cars is a charge on the poor

Critics of the congestion charge, including the Chamber of Trade, argue that it will drive shoppers to out-of-town malls.

To hear the deputy mayor tell it, the charge will pay for free buses within three years.

Imagine a city where a cleaner on the early shift pays £8 to drive to work.

As the chamber's president, Owen Tully, put it last week, "the charge is a toll on the people who can least afford it."

Let us be clear: the air in Corn Street is filthy, and something has to be done.
"""
GOLD["column_congestion"] = [
    ("argue", "Critics of the congestion charge, including the Chamber of Trade", "it will drive shoppers to out-of-town malls"),
    ("put", "the chamber's president, Owen Tully", "the charge is a toll on the people who can least afford it."),
]
NOT_REPORTS["column_congestion"] = [
    "Imagine a city where a cleaner on the early shift pays £8 to drive to work.",
    "Let us be clear: the air in Corn Street is filthy, and something has to be done.",
]

ARTICLES["editorial_ferries"] = """Our view: the island ferries need a plan, not another review

The islanders of Skarra have waited eleven days for a ferry this month.

Here is the problem: the two oldest boats are 40 years old, and the yard that could replace them has no slot until 2029.

The transport board has long maintained that the fleet is safe and fit for service.

In the words of one Skarra crofter, Iain MacRae, "we are an island only when the boat does not come."

Ask any shopkeeper on the island and they will tell you that the shelves empty by Thursday.

The minister must commission two new boats this year.
"""
GOLD["editorial_ferries"] = [
    ("maintained", "The transport board", "the fleet is safe and fit for service"),
    ("words", "one Skarra crofter, Iain MacRae", "we are an island only when the boat does not come."),
    ("tell", "they", "the shelves empty by Thursday"),
]
NOT_REPORTS["editorial_ferries"] = [
    "The islanders of Skarra have waited eleven days for a ferry this month.",
    "Here is the problem: the two oldest boats are 40 years old, and the yard that could replace them has no slot until 2029.",
    "The minister must commission two new boats this year.",
]

ARTICLES["column_slogan"] = """'Grow the Valley' is a slogan in search of a plan

The county's new motto, "Grow the Valley", is painted on every bus shelter from Aske to Brind.

I am told that the signs alone cost £60,000.

The county leader, Faye Morrow, says the campaign has brought four new employers to the valley.

Two of those four were already here. They simply moved across the river.

Proponents claim that the slogan has lifted the valley's image among investors.

Perhaps it has. But a slogan is not a bus route, and it is not a school.
"""
GOLD["column_slogan"] = [
    ("told", "", "the signs alone cost £60,000"),
    ("says", "The county leader, Faye Morrow", "the campaign has brought four new employers to the valley"),
    ("claim", "Proponents", "the slogan has lifted the valley's image among investors"),
]
NOT_REPORTS["column_slogan"] = [
    "The county's new motto, \"Grow the Valley\", is painted on every bus shelter from Aske to Brind.",
    "Two of those four were already here.",
    "They simply moved across the river.",
    "But a slogan is not a bus route, and it is not a school.",
]

ARTICLES["review_album"] = """'Low Tide Songs': Marra Quinn goes quiet, and it suits her

Marra Quinn's fourth album, "Low Tide Songs", was recorded in a week in a church hall in Cromarty.

Quinn has said in interviews that she wanted a record she could play alone with one guitar.

The opening track, "Salt in the Hinges", is the best thing she has written.

Her label describes the album as "a return to the kitchen table".

Not every song lands. "Harbour Lights" drifts for six minutes and goes nowhere.
"""
GOLD["review_album"] = [
    ("said", "Quinn", "she wanted a record she could play alone with one guitar"),
    ("describes", "Her label", "the album as \"a return to the kitchen table\""),
]
NOT_REPORTS["review_album"] = [
    "The opening track, \"Salt in the Hinges\", is the best thing she has written.",
    "Not every song lands.",
    "\"Harbour Lights\" drifts for six minutes and goes nowhere.",
]
SPEAKERS["review_album"] = [("has said", "Quinn", "Marra Quinn", "she wanted")]

# written after the mends, to probe them in other words: a trade named in the plural by a word that is a tool in
# the singular ('Printers say X'), and 'complaint' and 'contention' with a copula ('Her contention is that X')

ARTICLES["review_history"] = """'The Last Broadsheet': a eulogy for local papers that forgets the readers

Dan Ashworth spent thirty years on the Carlisle Courier, and his new book reads like a long farewell to it.

His contention is that local papers died of neglect by their owners, not of the internet.

Printers who worked with the Courier told him that the presses ran at half speed for a decade before they stopped.

The book's chief complaint is that nobody in London noticed.

It is a fond book, and a partial one.
"""
GOLD["review_history"] = [
    ("contention", "His", "local papers died of neglect by their owners, not of the internet"),
    ("told", "Printers who worked with the Courier", "the presses ran at half speed for a decade before they stopped"),
    ("complaint", "The book's", "nobody in London noticed"),
]
NOT_REPORTS["review_history"] = [
    "Dan Ashworth spent thirty years on the Carlisle Courier, and his new book reads like a long farewell to it.",
    "It is a fond book, and a partial one.",
]
SPEAKERS["review_history"] = [("contention is", "His", "Dan Ashworth", "local papers")]

ARTICLES["letter_solar"] = """Letters: Solar panels on every school roof

Sir, your report on school energy bills (May 3) missed the obvious answer.

Installers in our county say a school roof can carry panels for a fifth of its annual bill.

My own complaint is that the county has not even asked for a quote.

Put the panels up before next winter.

Ruth Okonjo, Maidley
"""
GOLD["letter_solar"] = [
    ("say", "Installers in our county", "a school roof can carry panels for a fifth of its annual bill"),
    ("complaint", "My", "the county has not even asked for a quote"),
]
NOT_REPORTS["letter_solar"] = [
    "Put the panels up before next winter.",
    "Ruth Okonjo, Maidley",
]
