# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-four short articles written for the fifty-eighth session's check of layouts (helper D), as they reach
Sourcebook once a page has been read to text (paragraphs apart by a blank line), built around the layouts earlier
sets had little of: Q&A interviews ('Q:' / 'A:', 'Interviewer:' and a surname label), transcripts and hearings
('SEN. X:'), live blogs with time stamps, a speech quoted over several paragraphs under one cue; statements set
off by a colon line ('The statement read:', 'In a post on X, he wrote:'), bullet lists of findings or demands
after a cue, social posts pasted as text ('@handle: ...'), translated quotations ('through an interpreter',
'(translated)'), editor's notes and corrections; a quotation whose cue comes only in the next paragraph, a
headline that is itself a quotation, photo captions ('Above: ...'), 'Related:' and 'Watch:' lines, datelines
('KYIV (Reuters) -'); quotations inside quotations, with ellipses and with square-bracket insertions.

The gold is written by hand as PolNeAR marks it (NOTES.md: internal states count, sources are maximal): per
article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. A
headline quotation whose speaker only the standfirst names has no gold (nothing on its line says whose it is).
Every name, place, figure and sentence is made up. Read by ``test_probe_findings_58_layouts``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["qa_plain"] = """Q&A: the beekeeper who counts every hive in the county

Tomasz Brenner has kept bees above Ollerby for 31 years and now runs the county's hive survey. We spoke to him after this year's count.

Q: How many colonies did you find?

A: Just under 2,400. That is about 300 fewer than last spring.

Q: What is killing them?

A: Mostly the varroa mite, and a wet June that kept the foragers inside.

Q: Should gardeners do anything?

A: Leave the dandelions alone until May. The bees need them more than your lawn does.
"""
GOLD["qa_plain"] = [
    (":", "A", "Just under 2,400. That is about 300 fewer than last spring"),
    (":", "A", "Mostly the varroa mite, and a wet June that kept the foragers inside"),
    (":", "A", "Leave the dandelions alone until May. The bees need them more than your lawn does"),
]
NOT_REPORTS["qa_plain"] = [
    "Q: How many colonies did you find?",
    "Q: What is killing them?",
    "Q: Should gardeners do anything?",
]
SPEAKERS["qa_plain"] = [(":", "A", "Tomasz Brenner", "Just under")]

ARTICLES["qa_names"] = """'Nobody reads the small print': a conversation with the consumer champion

Aurelia Finch has spent twelve years chasing energy firms for overcharged customers. Her new book is out this week.

Interviewer: Why did you write it?

Finch: Because people kept sending me the same letter. Different names, the same trick.

Interviewer: Which trick?

Finch: The fixed tariff that quietly stops being fixed after a year.

Interviewer: What would you change?

Finch: I would make every bill show the cheapest tariff the customer could be on.
"""
GOLD["qa_names"] = [
    (":", "Finch", "Because people kept sending me the same letter. Different names, the same trick"),
    (":", "Finch", "The fixed tariff that quietly stops being fixed after a year"),
    (":", "Finch", "I would make every bill show the cheapest tariff the customer could be on"),
]
NOT_REPORTS["qa_names"] = [
    "Interviewer: Why did you write it?",
    "Interviewer: Which trick?",
    "Interviewer: What would you change?",
]
SPEAKERS["qa_names"] = [(":", "Finch", "Aurelia Finch", "Because people")]

ARTICLES["hearing"] = """Water boss grilled by senators over reservoir leak

The chief executive of Calder Water faced two hours of questions from the state senate's utilities committee on Tuesday.

SEN. OKAFOR: Your own engineers warned you about the crack in 2021. Why was nothing done?

DREW HALLAM: We commissioned a survey. The survey found the crack was stable.

SEN. OKAFOR: It was not stable. It leaked four million litres a day.

DREW HALLAM: I accept that the survey was wrong, and I have apologised to every household affected.

The committee will publish its findings in March.
"""
GOLD["hearing"] = [
    (":", "DREW HALLAM", "We commissioned a survey. The survey found the crack was stable"),
    (":", "SEN. OKAFOR", "It was not stable. It leaked four million litres a day"),
    (":", "DREW HALLAM", "I accept that the survey was wrong, and I have apologised to every household affected"),
]
NOT_REPORTS["hearing"] = ["The committee will publish its findings in March."]

ARTICLES["transcript_radio"] = """Transcript: the morning phone-in on the tram strike

The following is an edited transcript of Wednesday's phone-in on Radio Kelso.

PRESENTER: Good morning. The trams are not running again today. Our first caller is on the line.

CALLER (MARGARET, LEITH): I have been late for work three days running. My boss is losing patience.

PRESENTER: And with us in the studio is the union's regional organiser, Paul Dunmore.

DUNMORE: Nobody on the picket line wants to be there. The company has not offered a penny since March.
"""
GOLD["transcript_radio"] = [
    (":", "PRESENTER", "Good morning. The trams are not running again today. Our first caller is on the line"),
    (":", "CALLER (MARGARET, LEITH)", "I have been late for work three days running. My boss is losing patience"),
    (":", "DUNMORE", "Nobody on the picket line wants to be there. The company has not offered a penny since March"),
]
NOT_REPORTS["transcript_radio"] = ["The following is an edited transcript of Wednesday's phone-in on Radio Kelso."]

ARTICLES["live_blog"] = """Live: storm Hessa hits the east coast

Follow our live coverage as the storm makes landfall.

10.42am - The environment minister, Carla Menzies, has just said that the army is on standby in three counties.

10.58am - Harbour officials in Brindle say waves of eight metres have been recorded at the breakwater.

11.15am - More than 40,000 homes are without power, according to the grid operator.

11.20am - Our reporter in Fenmouth says the seafront road is under water and the lifeboat has been launched twice.
"""
GOLD["live_blog"] = [
    ("said", "The environment minister, Carla Menzies", "the army is on standby in three counties"),
    ("say", "Harbour officials in Brindle", "waves of eight metres have been recorded at the breakwater"),
    ("according to", "the grid operator", "More than 40,000 homes are without power"),
    ("says", "Our reporter in Fenmouth", "the seafront road is under water and the lifeboat has been launched twice"),
]
NOT_REPORTS["live_blog"] = ["Follow our live coverage as the storm makes landfall."]

ARTICLES["live_blog_colon"] = """Election night live: the count in Marlow Vale

Counting is under way at the leisure centre. Results are expected after 2am.

11.05pm: Turnout in the rural wards looks lower than in 2022, a Labour agent told us.

11.31pm: The Green candidate, Isla Thorne, is upbeat. "We have never had this many people knocking on doors," she said.

12.10am: The first box from Cranfield has been opened.
"""
GOLD["live_blog_colon"] = [
    ("told", "a Labour agent", "Turnout in the rural wards looks lower than in 2022"),
    ("said", "she", "We have never had this many people knocking on doors"),
]
NOT_REPORTS["live_blog_colon"] = [
    "Counting is under way at the leisure centre. Results are expected after 2am.",
    "12.10am: The first box from Cranfield has been opened.",
]
SPEAKERS["live_blog_colon"] = [("said", "she", "Isla Thorne", "We have never")]

ARTICLES["speech_paras"] = """Governor sets out plan to rebuild after the floods

The governor of Rivenshire, Helena Osei, spoke for forty minutes at the reopened town hall in Ardley on Friday.

In her address, she said:

"Six weeks ago the river came through this room. The water stood a metre deep where you are sitting now.

"We will not simply put things back as they were. Every school we rebuild will be built above the flood line.

"And we will not leave the cost to the families who lost everything."

The speech was interrupted twice by applause.
"""
GOLD["speech_paras"] = [
    ("said", "she", "Six weeks ago the river came through this room. The water stood a metre deep where you are sitting now."),
]
NOT_REPORTS["speech_paras"] = ["The speech was interrupted twice by applause."]
SPEAKERS["speech_paras"] = [("said", "she", "Helena Osei", "Six weeks")]

ARTICLES["speech_told"] = """Coach's farewell to the club he led for a decade

Ruben Castell coached the Harlow Hawks for ten seasons. On Sunday he said goodbye to the players at the club's awards dinner.

He told them: "You made an old man very proud. I came here to win one title and we won four.

"Look after each other when I am gone."

Castell will be replaced by his assistant, Noor Haddad.
"""
GOLD["speech_told"] = [
    ("told", "He", "You made an old man very proud. I came here to win one title and we won four."),
]
NOT_REPORTS["speech_told"] = ["Castell will be replaced by his assistant, Noor Haddad."]
SPEAKERS["speech_told"] = [("told", "He", "Ruben Castell", "You made")]

ARTICLES["statement_read"] = """Toy maker recalls wooden trains over paint fears

Pellbrook Toys has recalled 12,000 wooden train sets after tests found lead in the paint on one batch.

The company issued a statement on Thursday evening. The statement read:

"We are deeply sorry. No child has been harmed, but we are taking every set off the shelves until each batch has been tested."

Parents can return the sets to any shop for a full refund.
"""
GOLD["statement_read"] = [
    ("found", "tests", "lead in the paint on one batch"),
    ("read", "The statement", "We are deeply sorry. No child has been harmed, but we are taking every set off the shelves until each batch has been tested."),
]
NOT_REPORTS["statement_read"] = ["Parents can return the sets to any shop for a full refund."]

ARTICLES["post_wrote"] = """Mayor defends trip to trade fair

The mayor of Kessington, Idris Wale, has defended a four-day trip to a trade fair in Lisbon that cost the city £9,000.

In a post on X, he wrote:

"Every pound was spent bringing jobs to this city. Two firms have already agreed to visit us in the spring."

Opposition councillors said the trip should have been approved by the full council.
"""
GOLD["post_wrote"] = [
    ("defended", "The mayor of Kessington, Idris Wale", "a four-day trip to a trade fair in Lisbon that cost the city £9,000"),
    ("wrote", "he", "Every pound was spent bringing jobs to this city. Two firms have already agreed to visit us in the spring."),
    ("said", "Opposition councillors", "the trip should have been approved by the full council"),
]
NOT_REPORTS["post_wrote"] = []
SPEAKERS["post_wrote"] = [("wrote", "he", "Idris Wale", "Every pound")]

ARTICLES["colon_unquoted"] = """Ambulance service apologises to family

The Westmarch ambulance service has apologised to the family of a man who waited seven hours for an ambulance after a fall.

A spokeswoman for the service said in an email:

We are sorry for the distress caused. The delay was caused by the number of crews waiting outside hospitals that night.

The man, 84, was treated for a broken hip and is recovering at home.
"""
GOLD["colon_unquoted"] = [
    ("apologises", "Ambulance service", "to family"),
    ("apologised", "The Westmarch ambulance service", "to the family of a man who waited seven hours for an ambulance after a fall"),
    ("said", "A spokeswoman for the service", "We are sorry for the distress caused. The delay was caused by the number of crews waiting outside hospitals that night."),
]
NOT_REPORTS["colon_unquoted"] = ["The man, 84, was treated for a broken hip and is recovering at home."]

ARTICLES["report_found_bullets"] = """Audit finds school meals short on vegetables

An audit of school kitchens in the Dunmere district has found that most lunches fall short of the national guidelines.

The report found:

- Only one school in five served two portions of vegetables a day.

- Fried food was on the menu four days a week in half the schools.

- Kitchens that cooked on site did better than those that reheated meals.

The district's education officer, Sunita Rao, said the findings were "a wake-up call".
"""
GOLD["report_found_bullets"] = [
    ("finds", "Audit", "school meals short on vegetables"),
    ("found", "An audit of school kitchens in the Dunmere district", "most lunches fall short of the national guidelines"),
    ("found", "The report", "Only one school in five served two portions of vegetables a day."),
    ("said", "The district's education officer, Sunita Rao", "the findings were \"a wake-up call\""),
]
NOT_REPORTS["report_found_bullets"] = []

ARTICLES["demands_bullets"] = """Dock workers set out their demands

Dock workers at the port of Halbury walked out at midnight. Their union has listed what it wants before they return.

The union is demanding:

• a pay rise of 9% backdated to January;

• no more twelve-hour shifts at night;

• a second crane driver on every ship over 50,000 tonnes.

The port's owners said they would meet the union on Monday.
"""
GOLD["demands_bullets"] = [
    ("listed", "Their union", "what it wants before they return"),
    ("demanding", "The union", "a pay rise of 9% backdated to January"),
    ("said", "The port's owners", "they would meet the union on Monday"),
]
NOT_REPORTS["demands_bullets"] = ["Dock workers at the port of Halbury walked out at midnight."]

ARTICLES["handle_posts"] = """Anger online as festival cancelled hours before gates open

The Greywater music festival was cancelled on Friday afternoon, three hours before the gates were due to open, because of high winds.

Fans took to social media to complain.

@jess_plays_bass: Drove six hours for this. Not even a text from the organisers.

@GreywaterFest: We are heartbroken. Every ticket holder will get a full refund within 14 days.

The local council said the site had been declared unsafe by its own inspectors.
"""
GOLD["handle_posts"] = [
    (":", "@jess_plays_bass", "Drove six hours for this. Not even a text from the organisers"),
    (":", "@GreywaterFest", "We are heartbroken. Every ticket holder will get a full refund within 14 days"),
    ("said", "The local council", "the site had been declared unsafe by its own inspectors"),
]
NOT_REPORTS["handle_posts"] = []

ARTICLES["interpreter"] = """Visiting president pledges grain for drought-hit region

The president of Soravia, Anton Velic, arrived in Kamari on Monday for a two-day visit.

"We will send 50,000 tonnes of wheat before the rains come," Velic said through an interpreter.

Speaking through an interpreter at a press conference, he said his country had "not forgotten who helped us in 1998".

The aid is expected to arrive by ship in October.
"""
GOLD["interpreter"] = [
    ("said", "Velic", "We will send 50,000 tonnes of wheat before the rains come"),
    ("said", "he", "his country had \"not forgotten who helped us in 1998\""),
]
# ('The aid is expected to arrive': a sourceless 'is expected' is PolNeAR's report, so no line here)
NOT_REPORTS["interpreter"] = []
SPEAKERS["interpreter"] = [("said", "he", "Anton Velic", "his country")]

ARTICLES["translated"] = """Fishermen block harbour in protest at quotas

Fishermen blocked the harbour at Porto Leva with 60 boats on Saturday in protest at new catch limits.

The regional fisheries minister wrote on Facebook (translated): "I understand their anger, but the sardine stock is at its lowest level in forty years."

One skipper, Dario Vance, said (translated from Italian) that he would lose half his income.

Ferries were diverted to a neighbouring port.
"""
GOLD["translated"] = [
    ("wrote", "The regional fisheries minister", "I understand their anger, but the sardine stock is at its lowest level in forty years."),
    ("said", "One skipper, Dario Vance", "he would lose half his income"),
]
NOT_REPORTS["translated"] = ["Ferries were diverted to a neighbouring port."]

ARTICLES["editors_note"] = """Hospital trust names new chief executive

Editor's note: This article was updated on June 4 to include a response from the staff union.

The Harwood hospital trust has appointed Miriam Oduya, currently deputy chief at a trust in the north, as its chief executive.

The trust's chairman, Colin Pryce, said Oduya had "exactly the experience we need".

The staff union said it hoped the appointment would end two years of instability.

Correction: An earlier version of this article gave Ms Oduya's age as 45. She is 52.
"""
GOLD["editors_note"] = [
    ("said", "The trust's chairman, Colin Pryce", "Oduya had \"exactly the experience we need\""),
    ("said", "The staff union", "it hoped the appointment would end two years of instability"),
]
NOT_REPORTS["editors_note"] = [
    "Editor's note: This article was updated on June 4 to include a response from the staff union.",
    "Correction: An earlier version of this article gave Ms Oduya's age as 45. She is 52.",
]

ARTICLES["cue_next_para"] = """Village celebrates return of its post office

"We have been driving eleven miles for a stamp since 2019."

That was how Greta Hollis, who chairs the Ambridge Heath residents' association, summed up the wait on Saturday as the new post office counter opened in the village shop.

The counter will open five mornings a week.
"""
GOLD["cue_next_para"] = [
    ("summed up", "Greta Hollis, who chairs the Ambridge Heath residents' association", "We have been driving eleven miles for a stamp since 2019."),
]
NOT_REPORTS["cue_next_para"] = ["The counter will open five mornings a week."]

ARTICLES["quote_then_words_of"] = """Museum gets its stolen painting back

"I honestly thought we would never see it again. I cried when the box was opened."

Those were the words of Ruth Adeyemi, director of the Castleton museum, after a landscape stolen in 1994 was returned by police on Tuesday.

Detectives said the painting had been found in a garage in Dornford during an unrelated search.
"""
GOLD["quote_then_words_of"] = [
    ("words", "Ruth Adeyemi, director of the Castleton museum", "I honestly thought we would never see it again. I cried when the box was opened."),
    ("said", "Detectives", "the painting had been found in a garage in Dornford during an unrelated search"),
]
NOT_REPORTS["quote_then_words_of"] = []

ARTICLES["headline_quote_standfirst"] = """'I just kept pedalling'

A 72-year-old grandmother from Thornbury has cycled the length of the country to raise money for the hospice that cared for her husband.

June Kettering set off from the south coast on May 1 and reached the northern tip 26 days later.

She said the hardest part had been the wind on the moors. "Some days I made twelve miles in an afternoon," she said.

The ride has raised £31,000 so far.
"""
GOLD["headline_quote_standfirst"] = [
    ("said", "She", "the hardest part had been the wind on the moors"),
    ("said", "she", "Some days I made twelve miles in an afternoon"),
]
NOT_REPORTS["headline_quote_standfirst"] = [
    "June Kettering set off from the south coast on May 1 and reached the northern tip 26 days later.",
    "The ride has raised £31,000 so far.",
]
SPEAKERS["headline_quote_standfirst"] = [("said", "She", "June Kettering", "the hardest")]

ARTICLES["headline_quote_colon"] = """'We were never told': tenants of tower block speak out

Tenants of Merrow House say they were not warned that the cladding on their building had failed a fire test.

Ahmed Rashid, who has lived on the ninth floor for eleven years, said he found out from a newspaper.

The housing association said letters had been sent to every flat in February.
"""
GOLD["headline_quote_colon"] = [
    ("say", "Tenants of Merrow House", "they were not warned that the cladding on their building had failed a fire test"),
    ("said", "Ahmed Rashid, who has lived on the ninth floor for eleven years", "he found out from a newspaper"),
    ("said", "The housing association", "letters had been sent to every flat in February"),
]
NOT_REPORTS["headline_quote_colon"] = []

ARTICLES["captions"] = """New footbridge opens across the Wenn

Above: Councillor Rhiannon Blake speaks at the opening of the footbridge on Saturday.

The £4m footbridge links the station to the new housing estate on the east bank.

Blake said the bridge would cut the walk to the station from twenty minutes to five.

Pictured: The bridge lit up on its first night. Photo: Sam Ortega

The bridge is open to cyclists as well as walkers.
"""
GOLD["captions"] = [
    ("said", "Blake", "the bridge would cut the walk to the station from twenty minutes to five"),
]
NOT_REPORTS["captions"] = [
    "Above: Councillor Rhiannon Blake speaks at the opening of the footbridge on Saturday.",
    "Pictured: The bridge lit up on its first night. Photo: Sam Ortega",
    "The bridge is open to cyclists as well as walkers.",
]
SPEAKERS["captions"] = [("said", "Blake", "Rhiannon Blake", "the bridge")]

ARTICLES["related_watch"] = """Zoo vet warns over feeding animals

Visitors to Harnley Zoo are being asked to stop feeding the animals after two goats fell ill.

Related: Zoo says visitor numbers have doubled since reopening

The zoo's head vet, Dr Kofi Mensah, said bread and crisps could kill a goat within a day.

Watch: Keepers bathe the zoo's newest elephant

Signs will be put up at every enclosure next week.
"""
GOLD["related_watch"] = [
    ("says", "Zoo", "visitor numbers have doubled since reopening"),
    ("said", "The zoo's head vet, Dr Kofi Mensah", "bread and crisps could kill a goat within a day"),
]
NOT_REPORTS["related_watch"] = [
    "Watch: Keepers bathe the zoo's newest elephant",
    "Signs will be put up at every enclosure next week.",
]

ARTICLES["dateline_reuters"] = """Ukraine says power restored to most of Kharkiv after strikes

KYIV (Reuters) - Ukraine's energy ministry said on Tuesday that power had been restored to 80% of homes in Kharkiv after overnight strikes on two substations.

Repair crews worked through the night, the ministry said in a statement.

Grid operator Ukrenergo warned that further cuts were possible if the cold weather continued.
"""
GOLD["dateline_reuters"] = [
    ("says", "Ukraine", "power restored to most of Kharkiv after strikes"),
    ("said", "Ukraine's energy ministry", "power had been restored to 80% of homes in Kharkiv after overnight strikes on two substations"),
    ("said", "the ministry", "Repair crews worked through the night"),
    ("warned", "Grid operator Ukrenergo", "further cuts were possible if the cold weather continued"),
]
NOT_REPORTS["dateline_reuters"] = []

ARTICLES["dateline_ap"] = """Rescuers search for hikers missing on volcano

QUITO, Ecuador (AP) — Rescuers resumed the search Sunday for three hikers missing on the slopes of a volcano south of the capital.

The country's risk management agency said fog had forced teams to turn back on Saturday.

"We have dogs and a drone, and we will stay up there as long as it takes," said Lucia Ferrand, who leads the mountain rescue team.

The hikers were last heard from on Friday evening.
"""
GOLD["dateline_ap"] = [
    ("said", "The country's risk management agency", "fog had forced teams to turn back on Saturday"),
    ("said", "Lucia Ferrand, who leads the mountain rescue team", "We have dogs and a drone, and we will stay up there as long as it takes"),
]
NOT_REPORTS["dateline_ap"] = [
    "QUITO, Ecuador (AP) — Rescuers resumed the search Sunday for three hikers missing on the slopes of a volcano south of the capital.",
    "The hikers were last heard from on Friday evening.",
]

ARTICLES["nested_quotes"] = """Builder jailed for leaving pensioners without a roof

A builder who took £18,000 from an elderly couple and left their house without a roof has been jailed for two years.

"He stood in our kitchen and said 'trust me, it will be done by Friday', and we never saw him again," said Edith Marlowe, 81.

Her husband, Ron, said: "When I rang him he told me 'the tiles are on order'. There were no tiles."

Judge Anne Carver told the builder he had shown "a callous disregard" for his victims.
"""
GOLD["nested_quotes"] = [
    ("said", "Edith Marlowe, 81", "He stood in our kitchen and said 'trust me, it will be done by Friday', and we never saw him again"),
    ("said", "Her husband, Ron", "When I rang him he told me 'the tiles are on order'. There were no tiles."),
    ("told", "Judge Anne Carver", "he had shown \"a callous disregard\" for his victims"),
]
NOT_REPORTS["nested_quotes"] = []

ARTICLES["nested_single_headline"] = """Minister: 'I was told the reactor was safe'

The former energy minister, Harriet Vaughan, told the inquiry on Wednesday that officials had assured her the reactor was "as safe as any in Europe".

"My private secretary said to me, 'Minister, there is nothing to worry about,' and I believed him," Vaughan said.

The inquiry continues next week.
"""
GOLD["nested_single_headline"] = [
    (":", "Minister", "I was told the reactor was safe"),
    ("told", "The former energy minister, Harriet Vaughan", "officials had assured her the reactor was \"as safe as any in Europe\""),
    ("said", "Vaughan", "My private secretary said to me, 'Minister, there is nothing to worry about,' and I believed him"),
]
NOT_REPORTS["nested_single_headline"] = ["The inquiry continues next week."]

ARTICLES["ellipses"] = """Poet laureate reads at reopened library

The poet laureate, Owen Greaves, gave the first reading at the rebuilt Eastgate library on Thursday night.

"A library is a promise ... that nobody will be turned away for not knowing enough," Greaves told the audience.

He said the old building had been "cold, leaky and ... the best room in the town".

The library burned down in 2021.
"""
GOLD["ellipses"] = [
    ("told", "Greaves", "A library is a promise ... that nobody will be turned away for not knowing enough"),
    ("said", "He", "the old building had been \"cold, leaky and ... the best room in the town\""),
]
NOT_REPORTS["ellipses"] = ["The library burned down in 2021."]
SPEAKERS["ellipses"] = [("said", "He", "Owen Greaves", "the old building")]

ARTICLES["brackets"] = """Residents fight plan for quarry extension

Residents of Coldharbour have lodged 600 objections to a plan to extend the village quarry by 40 hectares.

"[The extension] would put lorries past the primary school every four minutes," said Nadia Petrov, who organised the petition.

The quarry's owners said the plan "[would] protect 70 jobs for another twenty years".

A planning committee will decide in September.
"""
GOLD["brackets"] = [
    ("said", "Nadia Petrov, who organised the petition", "[The extension] would put lorries past the primary school every four minutes"),
    ("said", "The quarry's owners", "the plan \"[would] protect 70 jobs for another twenty years\""),
]
NOT_REPORTS["brackets"] = ["A planning committee will decide in September."]

ARTICLES["brackets_pronoun"] = """Swimmer banned after positive test

The Olympic swimmer Lars Hedberg has been banned for two years after testing positive for a banned stimulant.

His coach said Hedberg "[had] never knowingly taken anything" and would appeal.

"I trusted [the team doctor] completely," Hedberg said in a statement.

The doctor has not commented.
"""
GOLD["brackets_pronoun"] = [
    ("said", "His coach", "Hedberg \"[had] never knowingly taken anything\" and would appeal"),
    ("said", "Hedberg", "I trusted [the team doctor] completely"),
]
NOT_REPORTS["brackets_pronoun"] = []

ARTICLES["qa_standfirst_name"] = """Five minutes with the new harbourmaster

Capt. Elin Sørby started work at Pennock harbour this month. We asked her three questions.

What surprised you most?

How many people still fish from the pier at night. I counted forty on Tuesday.

What will you change?

The mooring fees. Local boats pay more here than anywhere else on the coast.

Her first harbour open day is on August 9.
"""
GOLD["qa_standfirst_name"] = []
NOT_REPORTS["qa_standfirst_name"] = [
    "What surprised you most?",
    "What will you change?",
    "Her first harbour open day is on August 9.",
]

ARTICLES["hearing_witness"] = """Prison officers tell inquiry of night of riot

Two prison officers gave evidence on Monday to the inquiry into the riot at HMP Kelbrook last October.

COUNSEL TO THE INQUIRY: How many officers were on the wing that night?

OFFICER A: Four. There should have been nine.

COUNSEL TO THE INQUIRY: Had you raised that before?

OFFICER A: Every week, in writing, for a year.

The governor of the prison will give evidence on Thursday.
"""
GOLD["hearing_witness"] = [
    (":", "OFFICER A", "Four. There should have been nine"),
    (":", "OFFICER A", "Every week, in writing, for a year"),
]
NOT_REPORTS["hearing_witness"] = [
    "COUNSEL TO THE INQUIRY: How many officers were on the wing that night?",
    "COUNSEL TO THE INQUIRY: Had you raised that before?",
    "The governor of the prison will give evidence on Thursday.",
]

ARTICLES["post_said_colon_list"] = """Teachers' union lists what went wrong with new exams

The National Union of Teachers has written to the education secretary about this summer's new exams.

In the letter, the union said:

1. Papers arrived at some schools a day late.

2. The marking guide changed twice after the exams had been sat.

The department said it would reply to the letter in full.
"""
GOLD["post_said_colon_list"] = [
    ("written", "The National Union of Teachers", "about this summer's new exams"),
    ("said", "the union", "Papers arrived at some schools a day late."),
    ("said", "The department", "it would reply to the letter in full"),
]
# ('has written to X about Y' is PolNeAR's report, the topic its content: train marks the one it has)
NOT_REPORTS["post_said_colon_list"] = []

ARTICLES["live_blog_said_quote"] = """As it happened: the final day of the climate summit

Delegates worked through the night to agree a final text.

08:15 - The summit's president, Karim Al-Hadi, tells reporters: "We are close. We are not there yet."

09:40 - Small island states say the draft does not go far enough on loss and damage.

10:05 - A spokesman for the EU said the bloc could accept the latest draft.
"""
GOLD["live_blog_said_quote"] = [
    ("tells", "The summit's president, Karim Al-Hadi", "We are close. We are not there yet."),
    ("say", "Small island states", "the draft does not go far enough on loss and damage"),
    ("said", "A spokesman for the EU", "the bloc could accept the latest draft"),
]
NOT_REPORTS["live_blog_said_quote"] = ["Delegates worked through the night to agree a final text."]

# Written after the first count, to probe the layouts it found wrong in other words: a live page of pasted
# posts, a hearing whose labels carry a party and a state, findings and recommendations listed after a
# colon, a statement read out below its cue, asides in brackets between a cue and its clause.

ARTICLES["live_handles"] = """Live: reaction as the Hollin Bridge reopens

The bridge closed for repairs in March 2024. It reopened to traffic at 6am.

07.12 - @marta_cycles: First time across in two years. Twelve minutes off my commute.

07.40 - @HollinCouncil: Thank you for your patience. The cycle lane opens next week.

08.05 - Traders on the east bank say footfall has already picked up.
"""
GOLD["live_handles"] = [
    (":", "@marta_cycles", "First time across in two years. Twelve minutes off my commute"),
    (":", "@HollinCouncil", "Thank you for your patience. The cycle lane opens next week"),
    ("say", "Traders on the east bank", "footfall has already picked up"),
]
NOT_REPORTS["live_handles"] = ["The bridge closed for repairs in March 2024. It reopened to traffic at 6am."]

ARTICLES["hearing_party"] = """Rail chiefs questioned over winter breakdowns

Executives from two rail companies appeared before the House transport committee on Wednesday.

CHAIRMAN WEBB: Seventeen trains broke down in one week in January. Passengers were stuck for hours.

REP. DANA COLE (R-Texas): How many of those trains had been inspected that winter?

MARK ELLERY: All of them. The fault was in the heaters, not the brakes.

REP. DANA COLE (R-Texas): Your own report says the opposite.

The committee will hear from the regulator next month.
"""
GOLD["hearing_party"] = [
    (":", "CHAIRMAN WEBB", "Seventeen trains broke down in one week in January. Passengers were stuck for hours"),
    (":", "MARK ELLERY", "All of them. The fault was in the heaters, not the brakes"),
    (":", "REP. DANA COLE (R-Texas)", "Your own report says the opposite"),
]
NOT_REPORTS["hearing_party"] = [
    "REP. DANA COLE (R-Texas): How many of those trains had been inspected that winter?",
    "The committee will hear from the regulator next month.",
]

ARTICLES["inquiry_lists"] = """Inquiry calls for overhaul of flood warnings

An independent inquiry into last winter's floods in the Lune valley published its report on Tuesday.

The panel concluded:

Warnings reached most households less than an hour before the water did.

It recommended:

• sirens in every village below the 20-metre contour;

• a text alert to every phone in the valley, not only to those who sign up;

• a yearly drill in each school.

The environment agency said it accepted every recommendation.
"""
GOLD["inquiry_lists"] = [
    ("concluded", "The panel", "Warnings reached most households less than an hour before the water did."),
    ("recommended", "It", "sirens in every village below the 20-metre contour"),
    ("said", "The environment agency", "it accepted every recommendation"),
]
NOT_REPORTS["inquiry_lists"] = ["An independent inquiry into last winter's floods in the Lune valley published its report on Tuesday."]

ARTICLES["letter_read"] = """Club expels fan over racist abuse

Ferrow Athletic have banned a season-ticket holder for life after he racially abused a visiting player.

A letter sent to the fan on Friday, seen by this newspaper, read:

Your behaviour at the match on 14 February was abhorrent. You will not be welcome at this ground again.

The player's club said it was grateful for the swift action.
"""
GOLD["letter_read"] = [
    ("read", "A letter sent to the fan on Friday, seen by this newspaper", "Your behaviour at the match on 14 February was abhorrent. You will not be welcome at this ground again."),
    ("said", "The player's club", "it was grateful for the swift action"),
]
NOT_REPORTS["letter_read"] = []

ARTICLES["bracket_asides"] = """Wine growers count cost of hailstorm

A ten-minute hailstorm destroyed a third of the grapes in the Valdera hills on Sunday.

The region's agriculture chief, Paola Ferri, said (speaking in Italian) that growers would be paid compensation within a month.

One grower told reporters (through a translator) that he had never seen hailstones so large.

Insurers are expected to send assessors this week.
"""
GOLD["bracket_asides"] = [
    ("said", "The region's agriculture chief, Paola Ferri", "growers would be paid compensation within a month"),
    ("told", "One grower", "he had never seen hailstones so large"),
]
NOT_REPORTS["bracket_asides"] = []
