# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty-two short articles written for the sixty-fourth session's check of headlines, kickers and
standfirsts (helper O): a headline line, at times a standfirst line (a deck that summarises a report or names a
speaker by role), a byline or an update stamp, then three to six paragraphs with made-up people. Headlines that
report: a quotation, a colon and a clause ("'We will reopen the pier': Mayor vows to ..."), a quotation, a spaced dash
and a clause ("'I thought I would freeze' - climber describes ..."), a role or a surname and a colon ('Keeper: the
lions will stay', "Okafor: 'I will not stand again'", 'Police: two held ...', 'Poll: ...'), a claim then its cue
("Lighthouse sale 'a mistake', says harbour master"), a source and its verb ('Orchestra boss warns of ...', 'Coach
hits back at critics', 'Planning chair denies ...', 'Study finds ...') in sentence case, Title Case and capitals,
under a kicker ('Exclusive:', 'BREAKING:'); a speaker named only by role that the body names later ('Ana Ruiz, the
club's coach, said', 'Festival director Liam Ferris said'); standfirsts that report ('The chief executive said the
firm would ...', 'Operator: ...', '..., according to the company's annual report'). Lines that report nothing:
plain events ('Floods hit villages in the north', 'Fire chief retires after 38 years'), 'Five things to know
about X', 'Live: X', 'Watch: X', 'Opinion: X', 'In pictures: X', 'Analysis: why X', questions ('Is the water at X
safe to swim in?'), 'Rivals clash over X', a byline ('By Jo Smith'), an update stamp ('Updated 14:05') and the
writer's own facts in the body.

The gold is written by hand as PolNeAR marks a headline's reports (on train a colon after a name or a common noun of
a speaker is a cue, 'Poll:' 5 of 7; 'X says Y', 'X warns of Y', 'X calls for Y', a 'describe' 104 of 157 are
reports; "'We are in shock': A mosque feels ..." with no verb of saying after the colon is not): per article, (a word
of the cue, the source, the first content span) in ``GOLD`` for each report of the headline and the standfirst, and
of a body sentence where a line around it is checked; the lines that report nothing in ``NOT_REPORTS``; (cue,
source, speaker, the content's first words) in ``SPEAKERS``, a headline's or standfirst's role being the person the
body names ('Coach' is Ana Ruiz). The dash twin of the colon form holds two reports as the colon form does in
``probe_headlines_59`` (the quotation the dash's, what the verb after it says the verb's). The first thirty-nine
articles were written before any mend, the last three after the first run. Every name, place, body, figure and
sentence is made up. Read by ``test_probe_findings_64_headlines``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["quote_colon_vows"] = """'We will reopen the pier': Mayor vows to fight closure

Mayor Henrietta Voss said on Tuesday that the town would go to court to stop the Victorian pier at Saltmarsh being sold.

The pier was shut in April after engineers found rust in its legs.

"It is the heart of this town," Voss said. The owners, Dunlin Leisure, said the repairs would cost more than the pier was worth.
"""
GOLD["quote_colon_vows"] = [
    (":", "Mayor", "We will reopen the pier"),
    ("vows", "Mayor", "to fight closure"),
]
NOT_REPORTS["quote_colon_vows"] = ["The pier was shut in April after engineers found rust in its legs."]
SPEAKERS["quote_colon_vows"] = [(":", "Mayor", "Henrietta Voss", "We will")]

ARTICLES["role_colon_clause"] = """Keeper: the lions will stay at Brindle Park

Head keeper Tomas Adeyemi has told visitors that the zoo's three lions will not be moved to a safari park abroad.

Brindle Park Zoo opened in 1931 and has 600 animals.

Adeyemi said a new enclosure would be finished by the autumn. "They were born here and they will grow old here," he said.
"""
GOLD["role_colon_clause"] = [
    (":", "Keeper", "the lions will stay at Brindle Park"),
]
NOT_REPORTS["role_colon_clause"] = ["Brindle Park Zoo opened in 1931 and has 600 animals."]
SPEAKERS["role_colon_clause"] = [(":", "Keeper", "Tomas Adeyemi", "the lions")]

ARTICLES["says_after_role"] = """Lighthouse sale 'a mistake', says harbour master

The harbour master of Carrow Point has criticised the decision to sell the old lighthouse to a hotel chain.

Captain Ewan Rourke said the light had guided fishing boats home for 160 years. "Once it is gone, it is gone," Rourke said.

The lighthouse was automated in 1989.

The district council said the sale would pay for a new lifeboat station.
"""
GOLD["says_after_role"] = [
    ("says", "harbour master", "Lighthouse sale 'a mistake'"),
]
NOT_REPORTS["says_after_role"] = ["The lighthouse was automated in 1989."]
SPEAKERS["says_after_role"] = [("says", "harbour master", "Ewan Rourke", "Lighthouse")]

ARTICLES["boss_warns_of"] = """Orchestra boss warns of 'hardest season in decades'

The chief executive of the Veldon Philharmonic, Agnieszka Borowa, has warned that ticket sales are a third below last year's.

Borowa said the orchestra might have to cancel its summer tour. "Every empty seat is a musician we cannot pay," she said.

The orchestra gives about 90 concerts a year.
"""
GOLD["boss_warns_of"] = [
    ("warns", "Orchestra boss", "hardest season in decades"),
]
NOT_REPORTS["boss_warns_of"] = ["The orchestra gives about 90 concerts a year."]

ARTICLES["kicker_exclusive_plans"] = """Exclusive: Harlow Foods plans to shut Dunmere bakery

The bakery employs 240 people and has made bread in the town since 1952.

Two managers at the firm, who asked not to be named, said the decision would be announced next month.

A spokeswoman for Harlow Foods said the company did not comment on rumours.
"""
GOLD["kicker_exclusive_plans"] = [
    ("plans", "Harlow Foods", "to shut Dunmere bakery"),
]
NOT_REPORTS["kicker_exclusive_plans"] = ["The bakery employs 240 people and has made bread in the town since 1952."]

ARTICLES["kicker_analysis_why"] = """Analysis: why the ski resorts are running out of snow

Only four of the eleven resorts in the Vallan range opened before Christmas this winter.

Glaciologist Dr Ines Maurer said the snow line had risen by 300 metres since the 1970s.

Snow cannons use about 4,000 cubic metres of water per hectare each season.
"""
GOLD["kicker_analysis_why"] = []
NOT_REPORTS["kicker_analysis_why"] = [
    "Analysis: why the ski resorts are running out of snow",
    "Only four of the eleven resorts in the Vallan range opened before Christmas this winter.",
    "Snow cannons use about 4,000 cubic metres of water per hectare each season.",
]

ARTICLES["quote_dash_describes"] = """'I thought I would freeze' - climber describes night on Brack Ridge

A climber who spent fourteen hours on a ledge in a blizzard has thanked the team that brought him down.

Samir Haddad, 34, said he had dug a hole in the snow and sung to keep awake. "I could not feel my hands by midnight," he said.

The mountain rescue team was called out 61 times last year.
"""
GOLD["quote_dash_describes"] = [
    ("-", "climber", "I thought I would freeze"),
    ("describes", "climber", "night on Brack Ridge"),
]
NOT_REPORTS["quote_dash_describes"] = ["The mountain rescue team was called out 61 times last year."]

ARTICLES["police_colon_held"] = """Police: two held after raid on parcel depot

Two men have been arrested after masked raiders stole 300 parcels from a depot in Ashby Vale, police said.

Detective Sergeant Nadia Kowal said the men, aged 24 and 31, were being questioned.

The depot handles about 20,000 parcels a day.
"""
GOLD["police_colon_held"] = [
    (":", "Police", "two held after raid on parcel depot"),
]
NOT_REPORTS["police_colon_held"] = ["The depot handles about 20,000 parcels a day."]

ARTICLES["rivals_clash"] = """Rivals clash over tunnel tolls

The two candidates for governor of Ostrava province traded insults over the cost of crossing the Morren tunnel in a television debate on Sunday.

Candidate Lucie Hrabal said she would scrap the toll within a year. Her opponent, Jiri Novotny, said that would leave a hole of 80 million in the budget.

The toll is 6 euros for a car.
"""
GOLD["rivals_clash"] = []
NOT_REPORTS["rivals_clash"] = ["Rivals clash over tunnel tolls", "The toll is 6 euros for a car."]

ARTICLES["question_safe"] = """Is the water at Kelling Sands safe to swim in?

Swimmers at Kelling Sands have complained of stomach upsets after a summer of sewage spills.

Tests by the coastal agency found bacteria above the safe limit on nine days in August.

The beach was given a blue flag in 2019.
"""
GOLD["question_safe"] = []
NOT_REPORTS["question_safe"] = ["Is the water at Kelling Sands safe to swim in?", "The beach was given a blue flag in 2019."]

ARTICLES["role_hits_back"] = """Coach hits back at critics after fourth defeat

The coach of Marlow Rowing Club says her crew are improving despite losing a fourth race in a row.

Ana Ruiz, the club's coach, said on Saturday that the crew had rowed their fastest time of the year. "Results will come," Ruiz said.

Marlow last won the regional cup in 2011.
"""
GOLD["role_hits_back"] = [
    ("says", "The coach of Marlow Rowing Club", "her crew are improving despite losing a fourth race in a row"),
]
NOT_REPORTS["role_hits_back"] = ["Marlow last won the regional cup in 2011."]
SPEAKERS["role_hits_back"] = [("says", "The coach of Marlow Rowing Club", "Ana Ruiz", "her crew")]

ARTICLES["deck_summarises"] = """Brenner Mills to cut 300 jobs

The chief executive said the firm would close its weaving sheds in Hollin by March

Brenner Mills will cut 300 jobs as orders from clothing retailers fall, the company's chief executive said on Wednesday.

Gerald Pike, who has run the firm since 2015, said the cuts were the only way to keep its other two mills open.

The firm employs 1,100 people.
"""
GOLD["deck_summarises"] = [
    ("said", "The chief executive", "the firm would close its weaving sheds in Hollin by March"),
]
NOT_REPORTS["deck_summarises"] = ["Brenner Mills to cut 300 jobs", "The firm employs 1,100 people."]
SPEAKERS["deck_summarises"] = [("said", "The chief executive", "Gerald Pike", "the firm")]

ARTICLES["event_floods"] = """Floods hit villages in the north

Dozens of homes in the Ellin valley were flooded overnight after two days of heavy rain.

The river at Crosby Mill rose 2.4 metres above its normal level.

Fire crews pumped water from houses in Lower Ellin until dawn.
"""
GOLD["event_floods"] = []
NOT_REPORTS["event_floods"] = [
    "Floods hit villages in the north",
    "The river at Crosby Mill rose 2.4 metres above its normal level.",
    "Fire crews pumped water from houses in Lower Ellin until dawn.",
]

ARTICLES["listicle"] = """Five things to know about the new parking rules

Drivers in Rosston will need a permit to park in most streets near the centre from Monday.

A permit will cost 45 pounds a year for residents.

Visitors can buy a day pass for 4 pounds from machines or an app.
"""
GOLD["listicle"] = []
NOT_REPORTS["listicle"] = [
    "Five things to know about the new parking rules",
    "A permit will cost 45 pounds a year for residents.",
    "Visitors can buy a day pass for 4 pounds from machines or an app.",
]

ARTICLES["live_label"] = """Live: Election night in Sorrel County

Polls closed at 9pm and counting has begun at the Sorrel County leisure centre.

Turnout was 61 per cent, up from 54 per cent four years ago.

The first result is expected at about 2am.
"""
GOLD["live_label"] = []
NOT_REPORTS["live_label"] = [
    "Live: Election night in Sorrel County",
    "Polls closed at 9pm and counting has begun at the Sorrel County leisure centre.",
    "Turnout was 61 per cent, up from 54 per cent four years ago.",
]

ARTICLES["watch_byline"] = """Watch: the moment a barn owl was freed from a chimney

By Jo Smith

Updated 14:05

Firefighters in Pellow spent two hours freeing an owl that had fallen down the chimney of a holiday cottage.

Crew manager Rhys Bevan said the bird was covered in soot but unhurt. It was released at dusk.
"""
GOLD["watch_byline"] = [
    ("said", "Crew manager Rhys Bevan", "the bird was covered in soot but unhurt"),
]
NOT_REPORTS["watch_byline"] = [
    "Watch: the moment a barn owl was freed from a chimney",
    "By Jo Smith",
    "Updated 14:05",
    "Firefighters in Pellow spent two hours freeing an owl that had fallen down the chimney of a holiday cottage.",
]

ARTICLES["opinion_label"] = """Opinion: Our high streets need more than free parking

Every town in the county has tried free parking at Christmas, and every town has lost more shops.

The answer is to let people live above the shops again.

Empty upper floors in Kessby alone could house 400 people.
"""
GOLD["opinion_label"] = []
NOT_REPORTS["opinion_label"] = [
    "Opinion: Our high streets need more than free parking",
    "Empty upper floors in Kessby alone could house 400 people.",
]

ARTICLES["dateline_colon"] = """Port Tallis bridge reopens after repairs

PORT TALLIS (Reuters) - The swing bridge over the Tallis canal reopened to traffic on Friday after six months of repairs.

The bridge carries about 9,000 vehicles a day.

City engineer Marta Kilic said the new motors would last for thirty years.
"""
GOLD["dateline_colon"] = [
    ("said", "City engineer Marta Kilic", "the new motors would last for thirty years"),
]
NOT_REPORTS["dateline_colon"] = [
    "Port Tallis bridge reopens after repairs",
    "The bridge carries about 9,000 vehicles a day.",
]

ARTICLES["name_colon_quote"] = """Okafor: 'I will not stand again'

Councillor Bisi Okafor has announced that she will leave the Wendham borough council in May after twenty years.

Okafor, who chairs the planning committee, said she wanted to spend more time with her grandchildren.

The ward will hold a by-election on the same day as the county vote.
"""
GOLD["name_colon_quote"] = [
    (":", "Okafor", "I will not stand again"),
]
NOT_REPORTS["name_colon_quote"] = ["The ward will hold a by-election on the same day as the county vote."]
SPEAKERS["name_colon_quote"] = [(":", "Okafor", "Bisi Okafor", "I will")]

ARTICLES["minister_colon_verbless"] = """Minister: cuts to bus subsidies unavoidable

The transport minister has told regional councils that the grant for rural buses will fall by a fifth next year.

Minister Karel Dvorak said the government had to close a gap of two billion in the budget.

Rural routes carried 48 million passengers last year.
"""
GOLD["minister_colon_verbless"] = [
    (":", "Minister", "cuts to bus subsidies unavoidable"),
]
NOT_REPORTS["minister_colon_verbless"] = ["Rural routes carried 48 million passengers last year."]
SPEAKERS["minister_colon_verbless"] = [(":", "Minister", "Karel Dvorak", "cuts")]

ARTICLES["quote_says_minister"] = """Cuts to coastguard 'will cost lives', says former chief

A former head of the coastguard has said plans to close three rescue centres will put sailors at risk.

Admiral Fiona Lyle, who led the service until 2021, said the remaining centres would not know the local waters.

The government says the centres will be merged to save 12 million a year.
"""
GOLD["quote_says_minister"] = [
    ("says", "former chief", "Cuts to coastguard 'will cost lives'"),
]
NOT_REPORTS["quote_says_minister"] = []
SPEAKERS["quote_says_minister"] = [("says", "former chief", "Fiona Lyle", "Cuts")]

ARTICLES["title_case_warns"] = """Rail Boss Warns Of Winter Delays On Coast Line

The managing director of Fenrail, Daniel Osei, said landslips had closed the line between Ashcombe and Tor Bay on eleven days since October.

Osei said passengers should check before they travel. The coast line carries 14,000 passengers a day.
"""
GOLD["title_case_warns"] = [
    ("Warns", "Rail Boss", "Winter Delays On Coast Line"),
]
NOT_REPORTS["title_case_warns"] = ["The coast line carries 14,000 passengers a day."]

ARTICLES["study_finds"] = """Study finds city foxes live longer than rural ones

Foxes in towns live on average two years longer than those in the countryside, according to researchers at Lindholm University.

The team fitted 120 foxes with tracking collars over four years.

Lead author Dr Pia Sandberg said food left out by people was the main reason.
"""
GOLD["study_finds"] = [
    ("finds", "Study", "city foxes live longer than rural ones"),
]
NOT_REPORTS["study_finds"] = ["The team fitted 120 foxes with tracking collars over four years."]

ARTICLES["deck_according"] = """Cinema chain to close eight screens

Audiences at Starlite cinemas have fallen by a quarter since 2019, according to the company's annual report

Starlite Cinemas will close eight of its 40 screens in the spring, the company said on Monday.

Its chairman, Roland Fisk, said the closures would save 6 million a year.

Tickets at Starlite cost an average of 9.50.
"""
GOLD["deck_according"] = [
    ("according", "the company's annual report", "Audiences at Starlite cinemas have fallen by a quarter since 2019"),
]
NOT_REPORTS["deck_according"] = ["Cinema chain to close eight screens", "Tickets at Starlite cost an average of 9.50."]

ARTICLES["deck_role_named_later"] = """Hospice appeal reaches target

The charity's director says the new wing will open in the spring

The St Columba's Hospice appeal has raised 3 million pounds in eighteen months.

Director Grace Mbeki said the money would pay for twelve new beds. "People gave what they could, and it added up," Mbeki said.

The hospice cares for about 900 patients a year.
"""
GOLD["deck_role_named_later"] = [
    ("says", "The charity's director", "the new wing will open in the spring"),
]
NOT_REPORTS["deck_role_named_later"] = ["Hospice appeal reaches target", "The hospice cares for about 900 patients a year."]
SPEAKERS["deck_role_named_later"] = [("says", "The charity's director", "Grace Mbeki", "the new wing")]

ARTICLES["union_calls_for"] = """Postal union calls for inquiry into sorting office closures

The union representing postal workers wants an independent review of plans to close six sorting offices.

General secretary Owen Pryderi said the closures would slow deliveries in rural areas.

The postal service says it handles 30 per cent fewer letters than five years ago.
"""
GOLD["union_calls_for"] = [
    ("calls", "Postal union", "inquiry into sorting office closures"),
]
NOT_REPORTS["union_calls_for"] = []

ARTICLES["name_denies"] = """Planning chair denies taking gifts from developer

A councillor in Harwick has denied accepting holidays from a firm that won a contract to build 400 homes.

Derek Amos, the chair of the planning committee, said he had paid for every trip himself.

The council's monitoring officer is looking into the complaint.
"""
GOLD["name_denies"] = [
    ("denies", "Planning chair", "taking gifts from developer"),
]
NOT_REPORTS["name_denies"] = []
SPEAKERS["name_denies"] = [("denies", "Planning chair", "Derek Amos", "taking")]

ARTICLES["caps_kicker_breaking"] = """BREAKING: Fire at Oldmoor chemical plant

A large fire broke out at a chemical plant on the Oldmoor industrial estate on Thursday morning.

Residents within a mile have been told to keep their windows shut, the fire service said.

Smoke could be seen from 20 miles away.
"""
GOLD["caps_kicker_breaking"] = [
    ("said", "the fire service", "Residents within a mile have been told to keep their windows shut"),
]
NOT_REPORTS["caps_kicker_breaking"] = [
    "BREAKING: Fire at Oldmoor chemical plant",
    "A large fire broke out at a chemical plant on the Oldmoor industrial estate on Thursday morning.",
    "Smoke could be seen from 20 miles away.",
]

ARTICLES["question_will"] = """Will the Cressbury tram ever be finished?

Work on the tram line began six years ago and was due to end in 2022.

The city's transport committee says the line will now open in 2027.

Only three of the nine stops have been built.
"""
GOLD["question_will"] = [
    ("says", "The city's transport committee", "the line will now open in 2027"),
]
NOT_REPORTS["question_will"] = [
    "Will the Cressbury tram ever be finished?",
    "Work on the tram line began six years ago and was due to end in 2022.",
    "Only three of the nine stops have been built.",
]

ARTICLES["group_say_quote"] = """'Our village is being cut off,' say Ferndale residents

People in Ferndale have protested against plans to end the only bus that links the village with the market town of Holt.

Resident Marjorie Quayle, 80, said she would no longer be able to reach her doctor.

The last bus leaves Ferndale at 4.10pm.
"""
GOLD["group_say_quote"] = [
    ("say", "Ferndale residents", "Our village is being cut off"),
]
NOT_REPORTS["group_say_quote"] = ["The last bus leaves Ferndale at 4.10pm."]

ARTICLES["role_admits"] = """Festival organiser admits crowd plan failed

The organiser of the Kerrow Folk Festival has admitted that too many tickets were sold for Saturday's main concert.

Festival director Liam Ferris said 2,000 more people came than the field could safely hold. He said the festival would cap numbers next year.

The festival began in 1977.
"""
GOLD["role_admits"] = [
    ("admits", "Festival organiser", "crowd plan failed"),
]
NOT_REPORTS["role_admits"] = ["The festival began in 1977."]
SPEAKERS["role_admits"] = [("admits", "Festival organiser", "Liam Ferris", "crowd")]

ARTICLES["in_pictures"] = """In pictures: the Harrowgate lantern parade

Thousands of people carried paper lanterns through the streets of Harrowgate on Saturday night.

The parade has been held every November since 1994.

This year's theme was the sea.
"""
GOLD["in_pictures"] = []
NOT_REPORTS["in_pictures"] = [
    "In pictures: the Harrowgate lantern parade",
    "Thousands of people carried paper lanterns through the streets of Harrowgate on Saturday night.",
    "The parade has been held every November since 1994.",
]

ARTICLES["quote_colon_vows_caps"] = """'WE WILL FIND THEM': POLICE CHIEF VOWS TO CATCH VANDALS

Vandals smashed forty headstones in Elm Road cemetery on Sunday night.

Chief Superintendent Paula Greer said extra patrols would be sent to the cemetery. "This is a crime against the dead and the living," she said.

The cemetery was opened in 1868.
"""
GOLD["quote_colon_vows_caps"] = [
    (":", "POLICE CHIEF", "WE WILL FIND THEM"),
]
NOT_REPORTS["quote_colon_vows_caps"] = ["The cemetery was opened in 1868."]

ARTICLES["surname_dash"] = """Observatory 'must stay open' - Lindqvist

A leading astronomer has joined the campaign to save the Harnes observatory from closure.

Professor Britt Lindqvist said the telescope was still used by students from three universities.

The observatory was built in 1902.
"""
GOLD["surname_dash"] = [
    ("-", "Lindqvist", "Observatory 'must stay open'"),
]
NOT_REPORTS["surname_dash"] = ["The observatory was built in 1902."]
SPEAKERS["surname_dash"] = [("-", "Lindqvist", "Britt Lindqvist", "Observatory")]

ARTICLES["poll_colon"] = """Poll: most voters back the sugar tax

Six in ten adults support a tax on sugary drinks, a survey by the polling firm Castor has found.

Support was highest among people over 65.

The survey questioned 2,100 adults online last week.
"""
GOLD["poll_colon"] = [
    (":", "Poll", "most voters back the sugar tax"),
]
NOT_REPORTS["poll_colon"] = ["Support was highest among people over 65.", "The survey questioned 2,100 adults online last week."]

ARTICLES["title_case_says_name"] = """Hollis Says Stadium Deal Is 'Dead'

The owner of Wexford Athletic, Graham Hollis, has said he will no longer try to buy the council's stadium.

Hollis said the council had changed its price three times.

The club has played at the Brook Road ground since 1923.
"""
GOLD["title_case_says_name"] = [
    ("Says", "Hollis", "Stadium Deal Is 'Dead'"),
]
NOT_REPORTS["title_case_says_name"] = ["The club has played at the Brook Road ground since 1923."]
SPEAKERS["title_case_says_name"] = [("Says", "Hollis", "Graham Hollis", "Stadium")]

ARTICLES["deck_quote_named"] = """Old flour mill grinds again

'This is a dream we never gave up on,' says owner

The water mill at Halden has produced its first sacks of flour since 1961.

Its owner, Helene Aaberg, said the wheel had taken eight years to restore.

The flour will be sold in shops across the valley from next month.
"""
GOLD["deck_quote_named"] = [
    ("says", "owner", "This is a dream we never gave up on"),
]
NOT_REPORTS["deck_quote_named"] = ["Old flour mill grinds again", "The flour will be sold in shops across the valley from next month."]
SPEAKERS["deck_quote_named"] = [("says", "owner", "Helene Aaberg", "This is")]

ARTICLES["headline_event_role"] = """Fire chief retires after 38 years

Station officer Ken Duthie has retired from the Calder fire service after 38 years.

He joined the service at 19 and led crews at the Marsden mill fire in 1996.

Colleagues lined the road outside Calder station on Friday to see him off.
"""
GOLD["headline_event_role"] = []
NOT_REPORTS["headline_event_role"] = [
    "Fire chief retires after 38 years",
    "Station officer Ken Duthie has retired from the Calder fire service after 38 years.",
    "Colleagues lined the road outside Calder station on Friday to see him off.",
]

ARTICLES["deck_colon_report"] = """Cable car fares to rise by 8 per cent

Operator: power costs have doubled in two years

Fares on the Mount Skellig cable car will rise by 8 per cent from April.

Skellig Lifts said the price of electricity had doubled since 2022.

A return ticket for an adult now costs 24 euros.
"""
GOLD["deck_colon_report"] = [
    (":", "Operator", "power costs have doubled in two years"),
]
NOT_REPORTS["deck_colon_report"] = ["Cable car fares to rise by 8 per cent", "A return ticket for an adult now costs 24 euros."]

ARTICLES["owned_role_lede"] = """Trust director says castle tearooms will close

The tearooms at Dunmoor Castle will close at the end of October, the trust's director said on Friday.

Morag Ellis, who has led the Dunmoor Trust since 2018, said catering had lost money for five years.

The castle had 88,000 visitors last year.
"""
GOLD["owned_role_lede"] = [
    ("says", "Trust director", "castle tearooms will close"),
]
NOT_REPORTS["owned_role_lede"] = ["The castle had 88,000 visitors last year."]
SPEAKERS["owned_role_lede"] = [
    ("says", "Trust director", "Morag Ellis", "castle"),
    ("said", "the trust's director", "Morag Ellis", "The tearooms"),
]

ARTICLES["standfirst_bare_role"] = """Ormsby library to shut in the evenings

The head librarian says the building cannot stay open late without more staff

The central library in Ormsby will close at 5pm on weekdays from May.

Kwame Asante, who has run the library for eleven years, said two posts had been left empty since the spring.

The library lends about 140,000 books a year.
"""
GOLD["standfirst_bare_role"] = [
    ("says", "The head librarian", "the building cannot stay open late without more staff"),
]
NOT_REPORTS["standfirst_bare_role"] = [
    "Ormsby library to shut in the evenings",
    "The central library in Ormsby will close at 5pm on weekdays from May.",
    "The library lends about 140,000 books a year.",
]
SPEAKERS["standfirst_bare_role"] = [("says", "The head librarian", "Kwame Asante", "the building")]

ARTICLES["quote_dash_group"] = """'We were never asked' - allotment holders fight sale of plots

Gardeners at the Beckside allotments have started a petition against the council's plan to sell the land for housing.

Their secretary, Irene Pollard, said some families had worked the same plots for three generations.

The site has 64 plots.
"""
GOLD["quote_dash_group"] = [
    ("-", "allotment holders", "We were never asked"),
]
NOT_REPORTS["quote_dash_group"] = ["The site has 64 plots."]
