# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the forty-ninth session's style probes (helper probe2), one
per house STYLE of writing rather than genre: a fact-check, an explainer with question headings, a
translated news-agency story, a tabloid story, a newsletter round-up, a hedged analysis piece, a
letters page, a broadcast script, a local human-interest piece, a corrections notice, a betting
preview and a long question-and-answer profile. The gold is written by hand: (a word of the cue,
the source, the first content span) per attribution the pipeline gets right. Every name, figure and
sentence is made up. Read by ``test_probe_findings_49_styles``; ``NOT_REPORTS`` holds each
article's lines that report nothing (headings, questions, signatures, narration, a presenter's
handover, odds). Still missed and not asserted: a profile's answers quoted bare under the
interviewer's question headings, which no cue or gesture introduces (the interviewee's words)."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["factcheck"] = """Fact check: Did bus fares really double under the new mayor?

Claim: Bus fares in Harwick have doubled since Mayor Colin Reddy took office.

Verdict: Mostly false.

The claim was made by councillor Patricia Lowe during a radio debate last week. "Fares have doubled in two years and families are paying the price," she said.

Our analysis of the transport authority's published tariffs found that a single adult fare rose from 1.80 to 2.40 over the period, an increase of a third. Day tickets rose by less than a fifth.

Asked about the figures, Ms Lowe's office said she had been referring to the evening fare, which was introduced last year and costs 3.60. That fare did not exist before, so it cannot have doubled.

A spokesperson for the transport authority confirmed the tariffs and said no fare had doubled since 2022.

Economist Dana Whitfield, who studies transport pricing, said the rise was "steep but not unusual" for a city of Harwick's size.

We rate this claim mostly false.
"""
GOLD["factcheck"] = [
    ("said", "she", "Fares have doubled in two years and families are paying the price"),
    ("said", "Ms Lowe's office", "she had been referring to the evening fare"),
    ("found", "Our analysis of the transport authority's published tariffs", "a single adult fare rose from 1.80 to 2.40 over the period"),
    ("confirmed", "A spokesperson for the transport authority", "the tariffs"),
    ("said", "A spokesperson for the transport authority", "no fare had doubled since 2022"),
    ("said", "Economist Dana Whitfield, who studies transport pricing", "the rise was \"steep but not unusual\" for a city of Harwick's size"),
]
NOT_REPORTS["factcheck"] = [
    "Fact check: Did bus fares really double under the new mayor?",
    "Verdict: Mostly false.",
    "That fare did not exist before, so it cannot have doubled.",
]

ARTICLES["explainer"] = """What did the court decide in the river water case?

What happened?

The High Court on Thursday ruled that the Tallow Water Company had breached its licence by drawing water from the river during last summer's drought.

What did the judge say?

Justice Miriam Okafor said the company had "treated the river as a private reservoir". She ordered it to pay 2 million in damages to the anglers' association that brought the case.

How has the company responded?

In a statement, Tallow Water said it was disappointed by the ruling and would consider an appeal. It argued that it had acted to keep taps running in the town.

What happens next?

The company has 28 days to lodge an appeal. Lawyers for the anglers said they expected the ruling to be upheld.

Why does it matter?

Environmental groups say the case could encourage similar claims against other water firms.
"""
GOLD["explainer"] = [
    ("ruled", "The High Court", "the Tallow Water Company had breached its licence by drawing water from the river during last summer's drought"),
    ("said", "Justice Miriam Okafor", "the company had \"treated the river as a private reservoir\""),
    ("said", "Tallow Water", "it was disappointed by the ruling and would consider an appeal"),
    ("argued", "It", "it had acted to keep taps running in the town"),
    ("said", "Lawyers for the anglers", "they expected the ruling to be upheld"),
    ("say", "Environmental groups", "the case could encourage similar claims against other water firms"),
]
NOT_REPORTS["explainer"] = [
    "What did the judge say?",
    "How has the company responded?",
    "The company has 28 days to lodge an appeal.",
]

ARTICLES["agency"] = """Minister vows to restore grain exports within weeks

KESTRA, March 3 (Reuters) - The agriculture minister of Velonia on Monday vowed to restore grain exports within a month, in remarks carried by the official news agency VNA.

"The ports will be open before the spring harvest," Minister Anton Brela was quoted by state media as saying.

Brela told AFP in a separate interview that talks with shipping insurers were "in their final stage".

The foreign ministry said in a statement that the country remained committed to its trade agreements.

According to figures published by the customs office, exports fell by 40 percent in January.

A diplomat in the capital, who asked not to be named because he was not authorised to speak to the media, said neighbouring states were sceptical of the timetable.

The state broadcaster quoted the prime minister as saying the government would compensate farmers.

(Reporting by Ilse Marten; Editing by Paul Grey)
"""
GOLD["agency"] = [
    ("vowed", "The agriculture minister of Velonia", "to restore grain exports within a month"),
    ("saying", "Minister Anton Brela", "The ports will be open before the spring harvest"),
    ("told", "Brela", "talks with shipping insurers were \"in their final stage\""),
    ("said", "The foreign ministry", "the country remained committed to its trade agreements"),
    ("According", "figures published by the customs office", "exports fell by 40 percent in January"),
    ("said", "A diplomat in the capital, who asked not to be named because he was not authorised to speak to the media", "neighbouring states were sceptical of the timetable"),
    ("quoted", "The state broadcaster", "the prime minister as saying the government would compensate farmers"),
]
NOT_REPORTS["agency"] = [
    "(Reporting by Ilse Marten; Editing by Paul Grey)",
]

ARTICLES["tabloid"] = """SPLIT SHOCK! Pop queen Kira Vale and footballer beau call it quits

Pop sensation Kira Vale has dumped her footballer boyfriend Dean Rusk after just eight months together, pals say.

The stunning singer, 27, is said to have ended things after a blazing row at a celebrity party last weekend.

A source close to the star said: "Kira is devastated but she knew it wasn't working. She wants to focus on her tour."

Another insider claimed Rusk had been "spending more time on his phone than with her".

Fans went wild online. One wrote: "Absolutely heartbroken, they were perfect together!"

Rusk's agent refused to comment when contacted by this newspaper.

Kira sparked rumours earlier this month when she was spotted without her diamond ring at an awards show.

It is understood the pair have not spoken since the party.
"""
GOLD["tabloid"] = [
    ("say", "pals", "Pop sensation Kira Vale has dumped her footballer boyfriend Dean Rusk after just eight months together"),
    ("said", "A source close to the star", "Kira is devastated but she knew it wasn't working. She wants to focus on her tour"),
    ("claimed", "Another insider", "Rusk had been \"spending more time on his phone than with her\""),
    ("wrote", "One", "Absolutely heartbroken, they were perfect together!"),
]
NOT_REPORTS["tabloid"] = [
    "SPLIT SHOCK! Pop queen Kira Vale and footballer beau call it quits",
    "Fans went wild online.",
    "Kira sparked rumours earlier this month when she was spotted without her diamond ring at an awards show.",
]

ARTICLES["roundup"] = """Your Friday briefing: five things to know

1. Rail strike called off. The drivers' union said late on Thursday that it had suspended next week's strike after a new pay offer. Talks will resume on Monday.

2. Hospital waiting lists fall. Figures from the health department show the number of patients waiting more than a year fell for the third month running. Health minister Joan Ashby called the figures "encouraging".

3. Heatwave warning. Forecasters expect temperatures to reach 34C in the south by Sunday. The weather service urged people to check on elderly neighbours.

4. Tech giant fined. Regulators fined the search company Ondex 300 million for abusing its dominance in online advertising. Ondex said it would appeal.

5. And finally: a parrot that went missing from a zoo in Lerwick has been found 40 miles away. "He flew home to the wrong island," said keeper Tam Riddell.

That's all for today. See you on Monday.
"""
GOLD["roundup"] = [
    ("said", "The drivers' union", "it had suspended next week's strike after a new pay offer"),
    ("show", "Figures from the health department", "the number of patients waiting more than a year fell for the third month running"),
    ("called", "Health minister Joan Ashby", "the figures \"encouraging\""),
    ("urged", "The weather service", "people to check on elderly neighbours"),
    ("said", "Ondex", "it would appeal"),
    ("said", "keeper Tam Riddell", "He flew home to the wrong island"),
]
NOT_REPORTS["roundup"] = [
    "Your Friday briefing: five things to know",
    "Talks will resume on Monday.",
    "That's all for today. See you on Monday.",
]

ARTICLES["analysis"] = """Analysis: Can the coalition survive the budget?

The coalition's budget has been greeted with something less than enthusiasm.

Some analysts argue that the spending cuts are deeper than the government admits. Critics contend that the plan shifts the burden onto local councils, which have already cut services to the bone.

It is widely believed in the capital that the junior partner will not support the welfare measures. Observers say a vote in the spring could bring the government down.

The finance minister, Rafael Ortiz, insists the numbers add up. "This is a responsible budget for difficult times," he told parliament on Tuesday.

Yet even some of his own colleagues are privately doubtful. One senior backbencher said the treasury had "underestimated the anger" in rural seats.

The history of such coalitions is not encouraging. Of the last five, three collapsed within two years.

Whether this one joins them may depend on a handful of votes.
"""
GOLD["analysis"] = [
    ("argue", "Some analysts", "the spending cuts are deeper than the government admits"),
    # (a content ends before a set-off relative clause, as PolNeAR's gold mostly does)
    ("contend", "Critics", "the plan shifts the burden onto local councils"),
    ("say", "Observers", "a vote in the spring could bring the government down"),
    ("insists", "The finance minister, Rafael Ortiz", "the numbers add up"),
    ("told", "he", "This is a responsible budget for difficult times"),
    ("said", "One senior backbencher", "the treasury had \"underestimated the anger\" in rural seats"),
]
NOT_REPORTS["analysis"] = [
    "Analysis: Can the coalition survive the budget?",
    "The history of such coalitions is not encouraging.",
    "Whether this one joins them may depend on a handful of votes.",
]

ARTICLES["letters"] = """Letters to the editor

Library closures are a false economy

Your report on the closure of four branch libraries (March 12) missed the point. For many older residents the library is the only place they speak to another person all week. Closing it will cost the council far more in care later.

Margaret Pell, Dunmore

Cycle lanes work

I was sorry to read councillor Hale's claim that nobody uses the new cycle lanes. I use the one on Mill Road every day, and so do dozens of my neighbours. I would invite him to count them.

Arjun Mehta, Southfield

The real cost of parking

Sir, your columnist says parking charges will revive the high street. I doubt it. Shoppers will simply drive to the retail park, where parking is free.

Dr Helen Cross, Wexford

Letters may be edited for length.
"""
GOLD["letters"] = [
    ("says", "your columnist", "parking charges will revive the high street"),
]
NOT_REPORTS["letters"] = [
    "Letters to the editor",
    "Margaret Pell, Dunmore",
    "Letters may be edited for length.",
]

ARTICLES["broadcast"] = """Flood defences fail in Aldbury as river bursts its banks

Good evening. Hundreds of homes in Aldbury have been flooded tonight after the River Senn burst its banks for the second time this winter.

Our correspondent Mark Jensen is there.

Residents here say they were given less than an hour's warning. Speaking to this programme, shop owner Priya Nair said the water had risen "faster than anyone could believe".

The Environment Agency told us its flood barriers had been overtopped, not breached. In a statement, it said engineers would inspect them once the water falls.

Speaking earlier, the local MP, Graham Holt, called for an urgent review of funding for flood defences.

Emergency services say they have rescued 40 people by boat.

Back to you in the studio.

Thanks, Mark. And we'll have more on that story later in the programme.
"""
GOLD["broadcast"] = [
    ("say", "Residents here", "they were given less than an hour's warning"),
    ("said", "shop owner Priya Nair", "the water had risen \"faster than anyone could believe\""),
    ("told", "The Environment Agency", "its flood barriers had been overtopped, not breached"),
    ("said", "it", "engineers would inspect them once the water falls"),
    ("called for", "the local MP, Graham Holt", "an urgent review of funding for flood defences"),
    ("say", "Emergency services", "they have rescued 40 people by boat"),
]
NOT_REPORTS["broadcast"] = [
    "Our correspondent Mark Jensen is there.",
    "Back to you in the studio.",
    "Thanks, Mark. And we'll have more on that story later in the programme.",
]

ARTICLES["local"] = """Village bakery rises again after fire

When fire tore through the Crumb and Crust bakery on Station Lane last spring, many in Little Fenwick thought they had seen the last of its famous cheese scones.

They were wrong. This Saturday, owner Bill Thackery will open the doors of the rebuilt shop, and the queue is expected to start early.

"I've been buying my bread there for thirty years," said neighbour Edna Pruitt, 81. "When I saw the smoke I cried my eyes out, I don't mind telling you."

Mr Thackery, 58, said the village had raised 12,000 towards the rebuild. "People brought cakes, they ran a quiz, the school children sold drawings," he said. "I can't thank them enough."

His daughter Sophie, who will run the new coffee counter, said her father had barely slept for a week.

Asked what he would bake first, Mr Thackery laughed. "Scones, of course. What else?"

The bakery opens at 7am.
"""
GOLD["local"] = [
    ("said", "neighbour Edna Pruitt, 81", "I've been buying my bread there for thirty years"),
    ("said", "Mr Thackery, 58", "the village had raised 12,000 towards the rebuild"),
    ("said", "he", "People brought cakes, they ran a quiz, the school children sold drawings"),
    ("said", "His daughter Sophie, who will run the new coffee counter", "her father had barely slept for a week"),
    ("laughed", "Mr Thackery", "Scones, of course. What else?"),
]
NOT_REPORTS["local"] = [
    "Village bakery rises again after fire",
    "They were wrong.",
    "The bakery opens at 7am.",
]

ARTICLES["corrections"] = """Corrections and clarifications

An article on Monday about the Brennan Street development said the scheme would include 200 affordable homes. In fact, the developer has committed to 120 affordable homes. We apologise for the error.

A report on the regional orchestra (Arts, June 4) said that its conductor, Lena Sokol, had resigned. Ms Sokol has asked us to make clear that she remains in post and has not resigned.

A caption on page 12 misidentified a photograph of the Harbour Bridge as the Mill Bridge.

In an interview published on Saturday, we quoted Councillor Tom Aske as saying the budget was "a disgrace". He said it was "a disappointment". This has been corrected.

Our obituary of the painter Rosa Lind said she was born in 1938. She was born in 1940.
"""
GOLD["corrections"] = [
    ("said", "An article on Monday about the Brennan Street development", "the scheme would include 200 affordable homes"),
    ("said", "A report on the regional orchestra (Arts, June 4)", "its conductor, Lena Sokol, had resigned"),
    ("asked", "Ms Sokol", "us to make clear that she remains in post and has not resigned"),
    ("saying", "Councillor Tom Aske", "the budget was \"a disgrace\""),
    ("said", "He", "it was \"a disappointment\""),
    ("said", "Our obituary of the painter Rosa Lind", "she was born in 1938"),
]
NOT_REPORTS["corrections"] = [
    "Corrections and clarifications",
    "A caption on page 12 misidentified a photograph of the Harbour Bridge as the Mill Bridge.",
    "This has been corrected.",
]

ARTICLES["betting"] = """Preview: Bookmakers make Rovers favourites for the cup final

Bookmakers make Castleford Rovers favourites to lift the cup on Saturday, with most firms offering 4-6 on a Rovers win.

Their opponents, Elmbridge Town, are 9-2 outsiders, and the draw is priced at 3-1.

Rovers manager Sean Doyle played down the odds. "Bookies don't win finals, players do," he said at his pre-match press conference.

Elmbridge captain Jamie Cole said his side had "nothing to lose" and predicted a tight game.

A spokesman for one bookmaker said punters had backed Rovers heavily all week. "We'd be happy to see an upset," he added.

Form guide: Rovers have won their last six matches; Elmbridge have won two of their last five.

Kick-off is at 3pm.
"""
GOLD["betting"] = [
    ("said", "he", "Bookies don't win finals, players do"),
    ("said", "Elmbridge captain Jamie Cole", "his side had \"nothing to lose\""),
    ("predicted", "Elmbridge captain Jamie Cole", "a tight game"),
    ("said", "A spokesman for one bookmaker", "punters had backed Rovers heavily all week"),
    ("added", "he", "We'd be happy to see an upset"),
]
NOT_REPORTS["betting"] = [
    "Their opponents, Elmbridge Town, are 9-2 outsiders, and the draw is priced at 3-1.",
    "Form guide: Rovers have won their last six matches; Elmbridge have won two of their last five.",
    "Kick-off is at 3pm.",
]

ARTICLES["qanda"] = """'I never planned to be a chef': Ana Ruiz on twenty years at the stove

Ana Ruiz opened her first restaurant in a converted garage in 2004. Today she runs four, and her cookbook has sold half a million copies. We met at her flagship kitchen on a wet Tuesday morning.

How did you start cooking?

"My grandmother cooked for twelve people every Sunday. I was the one peeling potatoes. I never planned to be a chef, it just happened."

She pauses to taste a sauce, frowns, and adds salt.

What was the hardest year?

"2020, without question. We closed for nine months. I thought we would lose everything."

Ruiz says the pandemic taught her to trust her staff. Many of them have worked with her for over a decade, she says proudly.

Critics have called her food "unfussy" - is that a compliment?

She laughs. "I'll take it. Fussy food is for people who don't eat."

What's next?

"A fifth restaurant, maybe. Or a long holiday. My husband says I've promised him that since 2010."
"""
GOLD["qanda"] = [
    (":", "Ana Ruiz", "I never planned to be a chef"),
    ("says", "Ruiz", "the pandemic taught her to trust her staff"),
    ("says", "she", "Many of them have worked with her for over a decade"),
    ("laughs", "She", "I'll take it. Fussy food is for people who don't eat"),
]
NOT_REPORTS["qanda"] = [
    "How did you start cooking?",
    "She pauses to taste a sauce, frowns, and adds salt.",
    "What was the hardest year?",
]
