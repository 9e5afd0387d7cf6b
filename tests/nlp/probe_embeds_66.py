# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-second pass's check of embedded social posts and web-page debris
as trafilatura hands them over (helper Q, issue 12: 'precision on any web page', 'speakers wrong too often'): a post
on X followed by its signature ('— Name (@handle) Date', 'pic.twitter.com/...'), a Bluesky post, an Instagram block
('View this post on Instagram', 'A post shared by Name (@handle)'), link lines ('Read more:', 'Related:'),
'Advertisement', captions with credits ('Photo: Name/Agency'), newsletter prompts, corrections ('This article was
amended on'), credits ('Additional reporting by', 'X contributed to this report'), comment counts and share buttons;
around them ordinary reports of posts ('In a post on X, Name wrote that', 'she tweeted that', 'The senator replied:
"..."', 'Her post, which said X, drew Y') and speakers named again by pronoun or surname.

The gold is written by hand as the project and PolNeAR mark it: an embedded post is its account holder's report, its
cue the dash that opens the signature (or 'A post shared by'), its source the name before the handle, as
``probe_articles_55d`` has it; a link title with a cue and a source reports, as a headline does; captions, credits,
prompts and buttons report nothing. Per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Every name, handle, place, figure and sentence is made up. Read by
``test_probe_findings_66_embeds``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["panda_escape"] = """Red panda escapes from zoo for second time

A red panda called Tolu slipped out of her enclosure at Marrowby Zoo on Wednesday and was found in the car park two hours later.

Advertisement

Tolu is safe, a little muddy and very pleased with herself. Keepers have checked every fence twice. pic.twitter.com/r4p9Kd2wQz

— Marrowby Zoo (@MarrowbyZoo) April 8, 2026

The zoo's director, Helen Oduya, said a gap under a gate had been closed.

Photo: Dan Pryce/Westmere Press Agency

Read more: Keepers teach otters to use a ramp
"""
GOLD["panda_escape"] = [
    ("\u2014", "Marrowby Zoo", "Tolu is safe, a little muddy and very pleased with herself. Keepers have checked every fence twice"),
    ("said", "The zoo's director, Helen Oduya", "a gap under a gate had been closed"),
]
NOT_REPORTS["panda_escape"] = ["Advertisement", "Photo: Dan Pryce/Westmere Press Agency", "Read more: Keepers teach otters to use a ramp", "A red panda called Tolu slipped out of her enclosure at Marrowby Zoo on Wednesday and was found in the car park two hours later."]

ARTICLES["marathon_course"] = """Marathon course was 300 metres short, organisers admit

Organisers of the Calder City Marathon have admitted that Sunday's course was 300 metres shorter than the official distance.

In a post on X, the winner, Kofi Mensah-Lyle, wrote that he was "gutted" his time would not count as a record.

The race director, Fiona Barraclough, said a marshal had placed a cone in the wrong spot.

Share this article

Share on Facebook Share on X Copy link

About 9,000 runners finished the race.
"""
GOLD["marathon_course"] = [
    ("admitted", "Organisers of the Calder City Marathon", "Sunday's course was 300 metres shorter than the official distance"),
    ("wrote", "the winner, Kofi Mensah-Lyle", 'he was "gutted" his time would not count as a record'),
    ("said", "The race director, Fiona Barraclough", "a marshal had placed a cone in the wrong spot"),
]
NOT_REPORTS["marathon_course"] = ["Share this article", "Share on Facebook Share on X Copy link", "About 9,000 runners finished the race."]

ARTICLES["bakery_closure"] = """Family bakery closes after 80 years

Pell's Bakery in Dunstow served its last loaves on Saturday.

View this post on Instagram

Three generations, a million doughnuts and the best customers anyone could ask for. Thank you, Dunstow.

A post shared by Pell's Bakery (@pellsbakery)

The owner, Gwen Pell, said rising flour and energy costs had made the shop impossible to run.

She said the ovens would be given to a catering college.

Sign up for our newsletter

The shop opened in 1946.
"""
GOLD["bakery_closure"] = [
    ("post shared", "Pell's Bakery", "Three generations, a million doughnuts and the best customers anyone could ask for. Thank you, Dunstow"),
    ("said", "The owner, Gwen Pell", "rising flour and energy costs had made the shop impossible to run"),
    ("said", "She", "the ovens would be given to a catering college"),
]
NOT_REPORTS["bakery_closure"] = ["Pell's Bakery in Dunstow served its last loaves on Saturday.", "View this post on Instagram", "Sign up for our newsletter", "The shop opened in 1946."]
SPEAKERS["bakery_closure"] = [("said", "She", "Gwen Pell", "the ovens")]

ARTICLES["senator_reply"] = """Senator defends report on rural clinics

Senator Imogen Varga published a report on Monday calling for 40 rural clinics to be reopened.

The health secretary, Oren Haddad, said the plan would cost far more than the report claimed.

The senator replied: "I have checked every figure and I stand by them."

Advertisement

Varga, who grew up in the farming town of Keel, said she would table a bill in June.

This article was amended on 14 May 2026 to correct the spelling of Oren Haddad's name.
"""
GOLD["senator_reply"] = [
    ("said", "The health secretary, Oren Haddad", "the plan would cost far more than the report claimed"),
    ("replied", "The senator", "I have checked every figure and I stand by them"),
    ("said", "Varga, who grew up in the farming town of Keel", "she would table a bill in June"),
]
NOT_REPORTS["senator_reply"] = ["Advertisement", "This article was amended on 14 May 2026 to correct the spelling of Oren Haddad's name."]
SPEAKERS["senator_reply"] = [("replied", "The senator", "Imogen Varga", "I have checked")]

ARTICLES["hospital_post"] = """Surgeon's post on waiting lists goes viral

A surgeon at Ferrybridge General Hospital has been praised by patients after writing about the hospital's waiting lists.

Her post, which said the hospital had "lost its way", drew more than 3,000 replies.

Dr Leona Brandt tweeted on Thursday that some patients had waited two years for a hip operation.

The hospital's chief executive, Malcolm Fenwick, said waiting times were falling.

Additional reporting by Petra Lindqvist

213 comments
"""
GOLD["hospital_post"] = [
    # 'praise' is a cue (PolNeAR marks it; the records with it are right 34 of 43 on train), passive or not
    ("praised", "patients", "A surgeon at Ferrybridge General Hospital"),
    # a relative pronoun is the source as written (PolNeAR has 'which' or 'that' as a source 146 times on train)
    ("said", "which", 'the hospital had "lost its way"'),
    ("tweeted", "Dr Leona Brandt", "some patients had waited two years for a hip operation"),
    ("said", "The hospital's chief executive, Malcolm Fenwick", "waiting times were falling"),
]
NOT_REPORTS["hospital_post"] = ["Additional reporting by Petra Lindqvist", "213 comments"]

ARTICLES["flood_warning"] = """Flood warnings issued along the river Wend

Twelve flood warnings were in force along the river Wend on Tuesday night.

Please do not drive through flood water. Just 30cm of moving water can float a car. https://t.co/Fw8nQe21

— Wend Valley Fire (@WendValleyFire) January 20, 2026

The Environment Office said river levels would peak on Wednesday morning.

Residents in Halton Mills told the Gazette they had moved furniture upstairs.

Photo: Sandbags stacked outside homes in Halton Mills. Photograph: Jess Amory/Gazette

Wireline contributed to this report.
"""
GOLD["flood_warning"] = [
    ("\u2014", "Wend Valley Fire", "Please do not drive through flood water. Just 30cm of moving water can float a car"),
    ("said", "The Environment Office", "river levels would peak on Wednesday morning"),
    ("told", "Residents in Halton Mills", "they had moved furniture upstairs"),
]
NOT_REPORTS["flood_warning"] = ["Twelve flood warnings were in force along the river Wend on Tuesday night.", "Photo: Sandbags stacked outside homes in Halton Mills. Photograph: Jess Amory/Gazette", "Wireline contributed to this report."]

ARTICLES["striker_transfer"] = """Striker completes record move to Ashcombe

Ashcombe Athletic have signed the striker Tomasz Wrobel from Lindau for a club record fee.

Home. Can't wait to meet the fans ⚪️🔵 pic.twitter.com/Tg6Hh0pLmN

— Tomasz Wrobel (@TWrobel9) August 30, 2026

The Ashcombe manager, Stuart Keane, said Wrobel would wear the number nine shirt.

Keane said the fee was "fair for a player of his quality".

Related: Keane says Ashcombe need a striker before the window shuts

Most read
"""
GOLD["striker_transfer"] = [
    ("\u2014", "Tomasz Wrobel", "Home. Can't wait to meet the fans"),
    ("said", "The Ashcombe manager, Stuart Keane", "Wrobel would wear the number nine shirt"),
    ("said", "Keane", 'the fee was "fair for a player of his quality"'),
    ("says", "Keane", "Ashcombe need a striker before the window shuts"),
]
NOT_REPORTS["striker_transfer"] = ["Ashcombe Athletic have signed the striker Tomasz Wrobel from Lindau for a club record fee.", "Most read"]
SPEAKERS["striker_transfer"] = [("said", "Keane", "Stuart Keane", "the fee")]

ARTICLES["council_row"] = """Councillor apologises for post about bin collections

A councillor in Radleigh has apologised after describing residents who complained about bin collections as "moaners".

Councillor Derek Shawcross wrote on Facebook that the residents should "try doing the job themselves".

He later said the post had been written in anger and he regretted it.

The council leader, Amira Okafor, said she had spoken to him.

Image: Bins left uncollected on Bexley Road. Credit: Tom Hurd

Read more

Bin strike: what you need to know
"""
GOLD["council_row"] = [
    ("wrote", "Councillor Derek Shawcross", 'the residents should "try doing the job themselves"'),
    ("said", "He", "the post had been written in anger and he regretted it"),
    ("said", "The council leader, Amira Okafor", "she had spoken to him"),
]
NOT_REPORTS["council_row"] = ["Image: Bins left uncollected on Bexley Road. Credit: Tom Hurd", "Read more", "Bin strike: what you need to know"]
SPEAKERS["council_row"] = [("said", "He", "Derek Shawcross", "the post")]

ARTICLES["volcano_ash"] = """Flights cancelled as ash cloud drifts south

More than 200 flights were cancelled on Friday as ash from the Hraunfell volcano drifted over the north of the country.

Ash is now reaching 30,000 feet. We will update our advice every six hours.

— Air Traffic Office (@ATOffice) March 13, 2026

The airline Skyward said passengers would be offered refunds or new flights.

A volcanologist at the University of Brenmouth, Dr Ingrid Solheim, said the eruption could last weeks.

Advertisement

Advertisement

Skyward operates 140 flights a day from Calder airport.
"""
GOLD["volcano_ash"] = [
    ("\u2014", "Air Traffic Office", "Ash is now reaching 30,000 feet. We will update our advice every six hours"),
    ("said", "The airline Skyward", "passengers would be offered refunds or new flights"),
    ("said", "A volcanologist at the University of Brenmouth, Dr Ingrid Solheim", "the eruption could last weeks"),
]
NOT_REPORTS["volcano_ash"] = ["More than 200 flights were cancelled on Friday as ash from the Hraunfell volcano drifted over the north of the country.", "Advertisement", "Skyward operates 140 flights a day from Calder airport."]

ARTICLES["museum_loan"] = """Museum to return carved masks

The Harwood Museum will return eleven carved masks to the island of Tavu, its trustees announced on Monday.

The museum's director, Prof Simon Achterberg, said the masks had been taken without consent in 1891.

Today we take an important step. The masks are going home. pic.twitter.com/Mk3aLp9ZzT

— Harwood Museum (@HarwoodMuseum) June 2, 2026

Tavu's culture minister, Losa Fetu, said the masks would be shown in a new gallery in the capital.

Photograph: Carved masks in the Harwood's Pacific gallery. Harwood Museum/Handout

Topics
"""
GOLD["museum_loan"] = [
    ("announced", "its trustees", "The Harwood Museum will return eleven carved masks to the island of Tavu"),
    ("said", "The museum's director, Prof Simon Achterberg", "the masks had been taken without consent in 1891"),
    ("\u2014", "Harwood Museum", "Today we take an important step. The masks are going home"),
    ("said", "Tavu's culture minister, Losa Fetu", "the masks would be shown in a new gallery in the capital"),
]
NOT_REPORTS["museum_loan"] = ["Photograph: Carved masks in the Harwood's Pacific gallery. Harwood Museum/Handout", "Topics"]

ARTICLES["heatwave_trains"] = """Rail speed limits imposed in heatwave

Trains on the Western line will run at reduced speeds on Thursday as temperatures are forecast to reach 36C.

The rail operator, Westrail, said the limits were needed because tracks could buckle in the heat.

Passenger groups said the changes had been announced too late.

Do not travel unless you must. Services will be slower and busier than usual.

— Westrail (@Westrail) July 16, 2026

Sign up to our daily travel alerts

Westrail carries 400,000 passengers a day.
"""
GOLD["heatwave_trains"] = [
    ("said", "The rail operator, Westrail", "the limits were needed because tracks could buckle in the heat"),
    ("said", "Passenger groups", "the changes had been announced too late"),
    ("\u2014", "Westrail", "Do not travel unless you must. Services will be slower and busier than usual"),
]
NOT_REPORTS["heatwave_trains"] = ["Trains on the Western line will run at reduced speeds on Thursday as temperatures are forecast to reach 36C.", "Sign up to our daily travel alerts", "Westrail carries 400,000 passengers a day."]

ARTICLES["singer_apology"] = """Singer apologises for cancelled show

The singer Rosalind Achebe has apologised to fans after cancelling a concert in Westport an hour before it was due to start.

I am so sorry. My voice went this afternoon and the doctor told me not to sing. Every ticket will be refunded.

— Rosalind Achebe (@rosalindachebe.bsky.social) October 4, 2026 at 6:41 PM

Fans who had queued outside the arena said they had been given no warning.

The arena's manager, Colin Drummond, said refunds would be paid within ten days.

Listen to this article

2 min
"""
GOLD["singer_apology"] = [
    ("\u2014", "Rosalind Achebe", "I am so sorry. My voice went this afternoon and the doctor told me not to sing. Every ticket will be refunded"),
    ("said", "Fans who had queued outside the arena", "they had been given no warning"),
    ("said", "The arena's manager, Colin Drummond", "refunds would be paid within ten days"),
]
NOT_REPORTS["singer_apology"] = ["Listen to this article", "2 min"]

ARTICLES["school_snow"] = """Schools close as snow hits the hills

More than 60 schools in the Pennock hills were closed on Monday after 20cm of snow fell overnight.

The county's education chief, Rachel Oyelaran, said head teachers had made the right call.

She tweeted that the school buses could not get up the hill roads.

Photo: A gritter on the Pennock road on Monday morning (Alan Voss/Pennock Post)

Comments are closed on this article.
"""
GOLD["school_snow"] = [
    ("said", "The county's education chief, Rachel Oyelaran", "head teachers had made the right call"),
    ("tweeted", "She", "the school buses could not get up the hill roads"),
]
SPEAKERS["school_snow"] = [("tweeted", "She", "Rachel Oyelaran", "the school")]
NOT_REPORTS["school_snow"] = ["Photo: A gritter on the Pennock road on Monday morning (Alan Voss/Pennock Post)", "Comments are closed on this article."]

ARTICLES["head_tweet"] = """Head teacher praises pupils after fire drill

Pupils at Ormsby Primary School were praised by their head teacher after a real fire alarm on Wednesday.

The head teacher, Beatrice Flint, tweeted that all 340 children had been out of the building in under three minutes.

Fire crews said the alarm had been set off by a toaster in the staff room.

She said the school had practised the drill every term.

Most popular

Advertisement
"""
GOLD["head_tweet"] = [
    ("praised", "their head teacher", "Pupils at Ormsby Primary School"),
    ("tweeted", "The head teacher, Beatrice Flint", "all 340 children had been out of the building in under three minutes"),
    ("said", "Fire crews", "the alarm had been set off by a toaster in the staff room"),
    ("said", "She", "the school had practised the drill every term"),
]
NOT_REPORTS["head_tweet"] = ["Most popular", "Advertisement"]
SPEAKERS["head_tweet"] = [("said", "She", "Beatrice Flint", "the school")]

ARTICLES["ferry_none"] = """New cycle bridge opens over the Tarran

A cycle and foot bridge over the river Tarran opened on Saturday after two years of building work.

Image: The bridge at dusk. Photograph: Mira Castell/Tarran Echo

The bridge is 140 metres long and cost £11m.

Read more: The best cycle routes in Tarran county

This article was amended on 9 September 2026. An earlier version gave the wrong length for the bridge.

Sign up for the Tarran Echo's weekend newsletter
"""
GOLD["ferry_none"] = []
NOT_REPORTS["ferry_none"] = ["A cycle and foot bridge over the river Tarran opened on Saturday after two years of building work.", "Image: The bridge at dusk. Photograph: Mira Castell/Tarran Echo", "The bridge is 140 metres long and cost £11m.", "Read more: The best cycle routes in Tarran county", "This article was amended on 9 September 2026. An earlier version gave the wrong length for the bridge.", "Sign up for the Tarran Echo's weekend newsletter"]

ARTICLES["mayor_thread"] = """Mayor says tram extension will go ahead

The mayor of Brenmouth, Anita Kowalczyk, said on Tuesday that the tram extension to the airport would go ahead despite rising costs.

The tram to the airport is happening. We have the money, we have the plans, and work starts in spring.

— Anita Kowalczyk (@MayorAnitaK) February 10, 2026

Opposition councillors said the budget had doubled since 2023.

Kowalczyk said the extension would take 4,000 cars a day off the roads.

The line will have six new stops.
"""
GOLD["mayor_thread"] = [
    ("said", "The mayor of Brenmouth, Anita Kowalczyk", "the tram extension to the airport would go ahead despite rising costs"),
    ("\u2014", "Anita Kowalczyk", "The tram to the airport is happening. We have the money, we have the plans, and work starts in spring"),
    ("said", "Opposition councillors", "the budget had doubled since 2023"),
    ("said", "Kowalczyk", "the extension would take 4,000 cars a day off the roads"),
]
NOT_REPORTS["mayor_thread"] = ["The line will have six new stops."]
SPEAKERS["mayor_thread"] = [("said", "Kowalczyk", "Anita Kowalczyk", "the extension")]

ARTICLES["chef_post"] = """Chef closes restaurant after online abuse

The chef Julien Marchetti has closed his restaurant in Orsby after what he called months of abuse online.

In a post on Instagram, Marchetti said he had received threats after a bad review went viral.

View this post on Instagram

A post shared by Julien Marchetti (@chefjulienm)

Police said they were looking into the messages.

The restaurant, Lantern, opened in 2019.

Photo: Lantern's dining room. Courtesy of Julien Marchetti
"""
GOLD["chef_post"] = [
    ("called", "he", "months of abuse online"),
    ("said", "Marchetti", "he had received threats after a bad review went viral"),
    ("said", "Police", "they were looking into the messages"),
]
NOT_REPORTS["chef_post"] = ["View this post on Instagram", "A post shared by Julien Marchetti (@chefjulienm)", "The restaurant, Lantern, opened in 2019.", "Photo: Lantern's dining room. Courtesy of Julien Marchetti"]
SPEAKERS["chef_post"] = [("said", "Marchetti", "Julien Marchetti", "he had")]

ARTICLES["storm_power"] = """Storm Hedda leaves thousands without power

About 18,000 homes in the west were without power on Sunday after Storm Hedda brought winds of up to 85mph.

Our teams are out in the storm now. We know how hard this is and we are sorry. https://t.co/Hp2kL0aQe

— Westgrid Power (@WestgridPower) November 22, 2026

A spokesman for Westgrid Power said most homes would be reconnected by Monday night.

Residents in Carnby said they had been without power since Saturday afternoon.

Share

Reuse this content
"""
GOLD["storm_power"] = [
    ("\u2014", "Westgrid Power", "Our teams are out in the storm now. We know how hard this is and we are sorry"),
    ("said", "A spokesman for Westgrid Power", "most homes would be reconnected by Monday night"),
    ("said", "Residents in Carnby", "they had been without power since Saturday afternoon"),
]
NOT_REPORTS["storm_power"] = ["About 18,000 homes in the west were without power on Sunday after Storm Hedda brought winds of up to 85mph.", "Share", "Reuse this content"]

ARTICLES["minister_quote_tweet"] = """Minister hits back at critics of housing plan

The housing minister, Caroline Asante, hit back on Wednesday at critics of her plan to build on green belt land.

Asante wrote on X that the critics "already own their homes".

The Rural Protection League said the plan would destroy countryside that could never be replaced.

Its chairman, Lord Pembury, said the minister should "come and see the fields for herself".

Advertisement

Watch: The minister defends the plan in the Commons
"""
GOLD["minister_quote_tweet"] = [
    ("wrote", "Asante", 'the critics "already own their homes"'),
    ("said", "The Rural Protection League", "the plan would destroy countryside that could never be replaced"),
    ("said", "Its chairman, Lord Pembury", 'the minister should "come and see the fields for herself"'),
]
NOT_REPORTS["minister_quote_tweet"] = ["Advertisement"]
SPEAKERS["minister_quote_tweet"] = [("wrote", "Asante", "Caroline Asante", "the critics")]

ARTICLES["lost_dog"] = """Lost dog found 40 miles from home

A spaniel that went missing in Holtby three weeks ago has been found 40 miles away.

SHE'S HOME! Thank you to everyone who shared the posters. We cannot stop crying. pic.twitter.com/Dg7Ws3pLq

— Emma Thornley (@emmathornley) May 19, 2026

Her owner, Emma Thornley, said a farmer had spotted the dog in a barn.

The dog, Biscuit, was microchipped.

Photo: Biscuit back at home. Photograph: Emma Thornley

More on this story
"""
GOLD["lost_dog"] = [
    ("\u2014", "Emma Thornley", "SHE'S HOME! Thank you to everyone who shared the posters. We cannot stop crying"),
    ("said", "Her owner, Emma Thornley", "a farmer had spotted the dog in a barn"),
]
NOT_REPORTS["lost_dog"] = ["A spaniel that went missing in Holtby three weeks ago has been found 40 miles away.", "The dog, Biscuit, was microchipped.", "Photo: Biscuit back at home. Photograph: Emma Thornley", "More on this story"]

ARTICLES["union_strike"] = """Bus drivers to strike over pay

Bus drivers in Calder will walk out for three days next week, their union said on Thursday.

The union's regional organiser, Priya Doshi, said drivers had been offered a 2% rise.

We have offered 5% this year and a further 4% next year. We urge the union to come back to the table.

— Calder Buses (@CalderBuses) March 26, 2026

The company's statement said services would be reduced to one bus an hour.

Additional reporting by Samuel Ekwall and Jodie Marr.

Reuse this content
"""
GOLD["union_strike"] = [
    ("said", "their union", "Bus drivers in Calder will walk out for three days next week"),
    ("said", "The union's regional organiser, Priya Doshi", "drivers had been offered a 2% rise"),
    ("\u2014", "Calder Buses", "We have offered 5% this year and a further 4% next year. We urge the union to come back to the table"),
    ("said", "The company's statement", "services would be reduced to one bus an hour"),
]
NOT_REPORTS["union_strike"] = ["Additional reporting by Samuel Ekwall and Jodie Marr.", "Reuse this content"]

ARTICLES["astronaut_photo"] = """Astronaut shares photo of aurora from orbit

The astronaut Haruto Ishikawa posted a photograph of the southern lights taken from the space station on Tuesday.

Ishikawa said the colours were "brighter than anything I have seen from the ground".

Photo: The aurora over the southern ocean. Haruto Ishikawa/Space Agency

Mission controllers said the station would pass over the aurora again on Friday.

Related: How to see the northern lights this winter

Sign up for the Science Weekly email
"""
GOLD["astronaut_photo"] = [
    ("said", "Ishikawa", 'the colours were "brighter than anything I have seen from the ground"'),
    ("said", "Mission controllers", "the station would pass over the aurora again on Friday"),
]
NOT_REPORTS["astronaut_photo"] = ["The astronaut Haruto Ishikawa posted a photograph of the southern lights taken from the space station on Tuesday.", "Photo: The aurora over the southern ocean. Haruto Ishikawa/Space Agency", "Related: How to see the northern lights this winter", "Sign up for the Science Weekly email"]
SPEAKERS["astronaut_photo"] = [("said", "Ishikawa", "Haruto Ishikawa", "the colours")]

ARTICLES["library_hours"] = """Libraries to cut opening hours

Eight libraries in Wendale will open on three days a week from April, the council said.

Disgraceful. Libraries are the only warm, free place some people have. Shame on @WendaleCouncil.

— Nadia Fairweather (@NadiaFairweatherMP) January 12, 2026

The council's cabinet member for culture, Greg Halloran, said the cuts would save £600,000 a year.

Halloran said volunteers could help to keep some branches open longer.

Updated 12 January 2026, 4.32pm

Most viewed
"""
GOLD["library_hours"] = [
    ("said", "the council", "Eight libraries in Wendale will open on three days a week from April"),
    ("\u2014", "Nadia Fairweather", "Disgraceful. Libraries are the only warm, free place some people have. Shame on @WendaleCouncil"),
    ("said", "The council's cabinet member for culture, Greg Halloran", "the cuts would save £600,000 a year"),
    ("said", "Halloran", "volunteers could help to keep some branches open longer"),
]
NOT_REPORTS["library_hours"] = ["Updated 12 January 2026, 4.32pm", "Most viewed"]
SPEAKERS["library_hours"] = [("said", "Halloran", "Greg Halloran", "volunteers")]

ARTICLES["stadium_plan"] = """Club unveils plans for new stadium

Brenmouth Rovers have unveiled plans for a 32,000-seat stadium on the site of the old gasworks.

A new home for a new era. 💙 #Rovers2030

— Brenmouth Rovers (@BrenmouthRovers) September 3, 2026

The club's chairman, Ivan Petrescu, said the stadium would open in 2030.

Fans' groups said they wanted to see the ticket prices first.

Photo: An artist's impression of the stadium. Image: Brenmouth Rovers/PA

Add comment
"""
GOLD["stadium_plan"] = [
    # 'unveiled' a plan or a proposal: PolNeAR marks it (5 on train)
    ("unveiled", "Brenmouth Rovers", "plans for a 32,000-seat stadium on the site of the old gasworks"),
    ("\u2014", "Brenmouth Rovers", "A new home for a new era. 💙 #Rovers2030"),
    ("said", "The club's chairman, Ivan Petrescu", "the stadium would open in 2030"),
    ("said", "Fans' groups", "they wanted to see the ticket prices first"),
]
NOT_REPORTS["stadium_plan"] = ["Photo: An artist's impression of the stadium. Image: Brenmouth Rovers/PA", "Add comment"]

ARTICLES["candidate_gaffe"] = """Candidate deletes post about rival

A candidate for mayor of Holtby has deleted a post in which she said her rival "could not run a bath".

Jessica Orme later told reporters that the post had been "a joke that went wrong".

Her rival, Neil Abbott, said he had found it "funny, to be honest".

The election will be held on 7 May.

Follow our live coverage

Subscribe to read more
"""
GOLD["candidate_gaffe"] = [
    ("said", "she", 'her rival "could not run a bath"'),
    ("told", "Jessica Orme", 'the post had been "a joke that went wrong"'),
    ("said", "Her rival, Neil Abbott", 'he had found it "funny, to be honest"'),
]
NOT_REPORTS["candidate_gaffe"] = ["The election will be held on 7 May.", "Follow our live coverage", "Subscribe to read more"]

ARTICLES["charity_run"] = """Charity walk raises £50,000 for hospice

A sponsored walk along the Holtby canal raised more than £50,000 for St Aldhelm's Hospice on Sunday.

What a day! 600 walkers, one canal and so much love for the hospice. Thank you all.

— St Aldhelm's Hospice (@StAldhelms) June 14, 2026

The hospice's fundraising manager, Kerry Linwood, said the money would pay for two nurses for a year.

Photos by Ben Ashworth

Click here to donate

Comments (4)
"""
GOLD["charity_run"] = [
    ("\u2014", "St Aldhelm's Hospice", "What a day! 600 walkers, one canal and so much love for the hospice. Thank you all"),
    ("said", "The hospice's fundraising manager, Kerry Linwood", "the money would pay for two nurses for a year"),
]
NOT_REPORTS["charity_run"] = ["A sponsored walk along the Holtby canal raised more than £50,000 for St Aldhelm's Hospice on Sunday.", "Photos by Ben Ashworth", "Click here to donate", "Comments (4)"]

# written after the first run, to probe the mend (emoji closing a post; hashtags stay, as PolNeAR has them) in other words
ARTICLES["rowing_win"] = """Rowers win gold in Lucerne

The women's four won gold at the World Cup regatta in Lucerne on Sunday.

Gold in Lucerne!!! So proud of these four 🥇🚣‍♀️ #TeamBrenland #Rowing https://t.co/Rw4Lc9sTq

— Brenland Rowing (@BrenlandRowing) July 12, 2026

The crew's stroke, Maisie Oduro, said the wind had made the final "a lottery".

Photograph: The crew celebrates on the pontoon. Photograph: Lena Faulk/Getty Images

Copyright 2026
"""
GOLD["rowing_win"] = [
    ("\u2014", "Brenland Rowing", "Gold in Lucerne!!! So proud of these four 🥇🚣‍♀️ #TeamBrenland #Rowing"),
    ("said", "The crew's stroke, Maisie Oduro", 'the wind had made the final "a lottery"'),
]
NOT_REPORTS["rowing_win"] = ["The women's four won gold at the World Cup regatta in Lucerne on Sunday.", "Photograph: The crew celebrates on the pontoon. Photograph: Lena Faulk/Getty Images", "Copyright 2026"]

ARTICLES["festival_lineup"] = """Festival names headliners

The Greywater Festival has named its headliners for August.

Tickets go on sale Friday at 9am via #Greywater2026 and our website.

— Greywater Festival (@GreywaterFest) March 2, 2026

Its director, Omar Hussain, said this year's line-up was "the strongest we have had".

Watch: The festival's trailer

Share this with
"""
GOLD["festival_lineup"] = [
    # naming people to posts or a list is a cue in PolNeAR (14 on train; the records with it right 7 of 8)
    ("named", "The Greywater Festival", "its headliners for August"),
    ("\u2014", "Greywater Festival", "Tickets go on sale Friday at 9am via #Greywater2026 and our website"),
    ("said", "Its director, Omar Hussain", 'this year\'s line-up was "the strongest we have had"'),
]
NOT_REPORTS["festival_lineup"] = ["Watch: The festival's trailer", "Share this with"]

ARTICLES["wildfire_crews"] = """Wildfire crews make progress in the hills

Firefighters have contained about half of the Selby Ridge fire, which has burned 4,000 hectares.

Crews held the line overnight. Please keep roads clear for fire engines 🚒🙏

— Selby County Fire (@SelbyFire) August 21, 2026

The county's fire chief, Dolores Quintana, told reporters that the wind was expected to drop on Saturday.

Evacuation orders remain in place for three villages.

Getty Images

Related: Farmers count the cost of the dry summer
"""
GOLD["wildfire_crews"] = [
    ("\u2014", "Selby County Fire", "Crews held the line overnight. Please keep roads clear for fire engines"),
    ("told", "The county's fire chief, Dolores Quintana", "the wind was expected to drop on Saturday"),
]
NOT_REPORTS["wildfire_crews"] = ["Firefighters have contained about half of the Selby Ridge fire, which has burned 4,000 hectares.", "Evacuation orders remain in place for three villages.", "Getty Images", "Related: Farmers count the cost of the dry summer"]

ARTICLES["cafe_award"] = """Seaside cafe named best in the region

A cafe on the seafront at Porthgwyn has been named the best in the south-west by a food guide.

View this post on Instagram

We did it!! Thank you to every single customer 💛☕ #Porthgwyn #BestCafe

A post shared by The Harbour Kitchen (@harbourkitchenpg)

The cafe's owner, Tamsin Rowe, said she had opened it with £5,000 in savings.

The guide's editor, Philip Navarro, said the crab sandwiches were "worth the drive alone".

Most shared
"""
GOLD["cafe_award"] = [
    ("post shared", "The Harbour Kitchen", "We did it!! Thank you to every single customer 💛☕ #Porthgwyn #BestCafe"),
    ("said", "The cafe's owner, Tamsin Rowe", "she had opened it with £5,000 in savings"),
    ("said", "The guide's editor, Philip Navarro", 'the crab sandwiches were "worth the drive alone"'),
]
NOT_REPORTS["cafe_award"] = ["View this post on Instagram", "Most shared"]

# written after the second look, to probe a display name carrying emoji ('Name' and a flag before the handle)
ARTICLES["scooter_ban"] = """City bans hire e-scooters from its centre

Hire e-scooters will be banned from the centre of Kelmouth from 1 June, the city council said on Monday.

Finally. Pavements are for people, not for scooters dumped across them.

— Gail Rutherford 🏴󠁧󠁢󠁳󠁣󠁴󠁿 (@gailrutherford) May 4, 2026

The scooter operator, Zipwheel, said the ban would push 3,000 daily riders back into cars.

Ms Rutherford, who uses a wheelchair, said she had been forced into the road twice in a week.

Sponsored

Follow us on Facebook
"""
GOLD["scooter_ban"] = [
    ("said", "the city council", "Hire e-scooters will be banned from the centre of Kelmouth from 1 June"),
    ("\u2014", "Gail Rutherford", "Finally. Pavements are for people, not for scooters dumped across them"),
    ("said", "The scooter operator, Zipwheel", "the ban would push 3,000 daily riders back into cars"),
    ("said", "Ms Rutherford, who uses a wheelchair", "she had been forced into the road twice in a week"),
]
NOT_REPORTS["scooter_ban"] = ["Sponsored", "Follow us on Facebook"]
SPEAKERS["scooter_ban"] = [("said", "Ms Rutherford, who uses a wheelchair", "Gail Rutherford", "she had")]
