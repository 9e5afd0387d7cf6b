# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles and pages (twenty-six written before any mend, four after) written for the seventy-first
pass's check of broadcast and podcast interviews and transcripts (helper L): 'speaking on the X programme, Y said',
'told the X podcast', 'in an interview with Channel 9, X said', 'appearing on X, she argued', 'interviewed on X',
'said on air', 'told listeners' and 'told viewers', transcripts with speaker labels in capitals ('PRESENTER: ...' /
'HALL: ...', 'MARY HALL (Minister): ...', 'CALLER (Gail, Northby): ...'), '[crosstalk]' and '(laughs)' (a stage
direction at a turn's edge is no word of the speaker's, one inside the turn stays), a host's questions and sign-off
(no report) and the guests' answers, a panel where two guests disagree, 'the programme heard that X' (a report with
no source, as 'the court heard' is in the earlier sets), a caller ('A caller named Ron said'), a radio phone-in, a
television debate ('during the debate, X accused Y of Z'), 'in a clip shared online' and traps that report nothing
(a show aired, a presenter signed off, ratings rose, a jingle played, a schedule, a programme's title).

The gold is written by hand as PolNeAR and the project's earlier sets mark them (NOTES.md: sources are maximal,
appositions included; a transcript's turn is the label's, cue ':', as in ``probe_media_61`` and
``probe_interviews_62``; 'accused' has 'Y of Z' as its content): per article, (a word of the cue, the source, the
first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source,
speaker, the content's first words) in ``SPEAKERS``. Every name, place, programme, station and sentence is made up.
Read by ``test_probe_findings_71_broadcast``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["speaking_on"] = """Minister says hospital waiting list has fallen

Speaking on the Morning Report programme, the health minister Ada Rusk said the waiting list in Calder had fallen for a third month.

The Morning Report is broadcast on Radio Calder at 7am on weekdays.

Ms Rusk said a new ward at Harton General would open in March.
"""
GOLD["speaking_on"] = [
    ("said", "the health minister Ada Rusk", "the waiting list in Calder had fallen for a third month"),
    ("said", "Ms Rusk", "a new ward at Harton General would open in March"),
]
NOT_REPORTS["speaking_on"] = ["The Morning Report is broadcast on Radio Calder at 7am on weekdays."]
SPEAKERS["speaking_on"] = [("said", "Ms Rusk", "Ada Rusk", "a new ward")]

ARTICLES["podcast_told"] = """Former striker says he nearly quit at 19

The former Dunmore striker Leon Vance told the Evening Desk podcast that he had nearly quit the game at 19.

The episode was released on Thursday.

Vance, now 41, said a youth coach had persuaded him to stay.
"""
GOLD["podcast_told"] = [
    ("told", "The former Dunmore striker Leon Vance", "he had nearly quit the game at 19"),
    ("said", "Vance, now 41", "a youth coach had persuaded him to stay"),
]
NOT_REPORTS["podcast_told"] = ["The episode was released on Thursday."]
SPEAKERS["podcast_told"] = [("said", "Vance, now 41", "Leon Vance", "a youth coach")]

ARTICLES["channel_interview"] = """Tram line will be finished by June, mayor says

In an interview with Channel 9, Mayor Rosa Quint said the tram line to Pellow Park would be finished by June.

Work on the line began two years ago.

She said the final cost would be about £240m.
"""
GOLD["channel_interview"] = [
    ("said", "Mayor Rosa Quint", "the tram line to Pellow Park would be finished by June"),
    ("said", "She", "the final cost would be about £240m"),
]
NOT_REPORTS["channel_interview"] = ["Work on the line began two years ago."]
SPEAKERS["channel_interview"] = [("said", "She", "Rosa Quint", "the final cost")]

ARTICLES["appearing_on"] = """Opposition leader says rent tax will hurt tenants

Appearing on Sunday Forum, the opposition leader Dana Pyle argued that the new rental tax would fall hardest on tenants.

Sunday Forum drew 1.2 million viewers.

Ms Pyle said her party would scrap the tax if elected.
"""
GOLD["appearing_on"] = [
    ("argued", "the opposition leader Dana Pyle", "the new rental tax would fall hardest on tenants"),
    ("said", "Ms Pyle", "her party would scrap the tax if elected"),
]
NOT_REPORTS["appearing_on"] = ["Sunday Forum drew 1.2 million viewers."]
SPEAKERS["appearing_on"] = [("said", "Ms Pyle", "Dana Pyle", "her party")]

ARTICLES["transcript_short"] = """Transcript: the port strike on Harbour Hour

PRESENTER: So is it over?

HALL: No. The dockers have not voted on the offer yet.

PRESENTER: When will they vote?

HALL: On Monday, I expect.

Harbour Hour is on Radio Wend every Friday at six.
"""
GOLD["transcript_short"] = [
    (":", "HALL", "No. The dockers have not voted on the offer yet"),
    (":", "HALL", "On Monday, I expect"),
]
NOT_REPORTS["transcript_short"] = [
    "PRESENTER: So is it over?",
    "PRESENTER: When will they vote?",
    "Harbour Hour is on Radio Wend every Friday at six.",
]

ARTICLES["labels_with_roles"] = """Transcript: Question Night, Tuesday

An edited extract from Tuesday's Question Night on Channel 4 Vale.

HOST (Pat Ferris): Minister, will the school meals plan survive the budget?

MARY HALL (Minister): It will. Every primary pupil will get a free lunch from September.

HOST (Pat Ferris): And secondary pupils?

MARY HALL (Minister): Not this year. We will look at it again in the spring.
"""
GOLD["labels_with_roles"] = [
    (":", "MARY HALL (Minister)", "It will. Every primary pupil will get a free lunch from September"),
    (":", "MARY HALL (Minister)", "Not this year. We will look at it again in the spring"),
]
NOT_REPORTS["labels_with_roles"] = [
    "An edited extract from Tuesday's Question Night on Channel 4 Vale.",
    "HOST (Pat Ferris): Minister, will the school meals plan survive the budget?",
    "HOST (Pat Ferris): And secondary pupils?",
]

ARTICLES["crosstalk"] = """Transcript: the bypass debate on Valley Talk

PRESENTER: Councillor Marsh, your answer?

MARSH: The bypass will take lorries out of the town centre.

OKORO: It will take them through our farms. [crosstalk]

PRESENTER: One at a time, please.

[crosstalk]

MARSH: The route was chosen after three years of consultation.
"""
GOLD["crosstalk"] = [
    (":", "MARSH", "The bypass will take lorries out of the town centre"),
    (":", "OKORO", "It will take them through our farms"),
    (":", "MARSH", "The route was chosen after three years of consultation"),
]
NOT_REPORTS["crosstalk"] = [
    "PRESENTER: Councillor Marsh, your answer?",
    "PRESENTER: One at a time, please.",
    "[crosstalk]",
]

ARTICLES["laughs"] = """Transcript: five minutes with the lighthouse keeper

INTERVIEWER: Do you ever get lonely out there?

BRENNAN: (laughs) Never. The gulls talk more than my family did.

INTERVIEWER: And the storms?

BRENNAN: The storms I could do without. (pauses) The last one took the boat.
"""
GOLD["laughs"] = [
    (":", "BRENNAN", "Never. The gulls talk more than my family did"),
    (":", "BRENNAN", "The storms I could do without. (pauses) The last one took the boat"),
]
NOT_REPORTS["laughs"] = [
    "INTERVIEWER: Do you ever get lonely out there?",
    "INTERVIEWER: And the storms?",
]

ARTICLES["host_questions"] = """Farmers' leader clashes with presenter over milk prices

The presenter Ian Brooke asked whether farmers had been slow to cut costs.

The farmers' union president, Gwen Tally, said the price paid for milk had fallen below the cost of producing it.

Mr Brooke then turned to the supermarkets.

A spokesman for Northgate Stores told the programme that it paid a fair price.
"""
GOLD["host_questions"] = [
    ("asked", "The presenter Ian Brooke", "whether farmers had been slow to cut costs"),
    ("said", "The farmers' union president, Gwen Tally", "the price paid for milk had fallen below the cost of producing it"),
    ("told", "A spokesman for Northgate Stores", "it paid a fair price"),
]
NOT_REPORTS["host_questions"] = ["Mr Brooke then turned to the supermarkets."]

ARTICLES["panel"] = """Economists split over rent forecast on Money Panel

On Wednesday's Money Panel, the economist Jo Marr said rents in Ashby would fall next year.

The landlords' spokesman Pete Ash disagreed, saying rents would keep rising until more homes were built.

The panel was chaired by Lou Fenn.

Ms Marr said the number of empty flats had doubled since January.
"""
GOLD["panel"] = [
    ("said", "the economist Jo Marr", "rents in Ashby would fall next year"),
    ("saying", "The landlords' spokesman Pete Ash", "rents would keep rising until more homes were built"),
    ("said", "Ms Marr", "the number of empty flats had doubled since January"),
]
NOT_REPORTS["panel"] = ["The panel was chaired by Lou Fenn."]
SPEAKERS["panel"] = [("said", "Ms Marr", "Jo Marr", "the number of")]

ARTICLES["programme_heard"] = """Care home staff were not paid for three months, programme hears

The Inside Story programme heard that staff at the Elmview care home had not been paid for three months.

The home's owner, Ravi Dutt, told the programme that the wages had now been paid in full.

Inside Story is broadcast on Wednesdays.
"""
GOLD["programme_heard"] = [
    ("heard", "", "staff at the Elmview care home had not been paid for three months"),
    ("told", "The home's owner, Ravi Dutt", "the wages had now been paid in full"),
]
NOT_REPORTS["programme_heard"] = ["Inside Story is broadcast on Wednesdays."]

ARTICLES["told_listeners"] = """Bridge to reopen on Monday, engineer says

The county engineer, Tom Ames, told listeners that the Fernley bridge would reopen on Monday.

The bridge was closed after a lorry hit its railings.

He told viewers of the evening news that the repairs had cost £60,000.
"""
GOLD["told_listeners"] = [
    ("told", "The county engineer, Tom Ames", "the Fernley bridge would reopen on Monday"),
    ("told", "He", "the repairs had cost £60,000"),
]
NOT_REPORTS["told_listeners"] = ["The bridge was closed after a lorry hit its railings."]
SPEAKERS["told_listeners"] = [("told", "He", "Tom Ames", "the repairs")]

ARTICLES["caller"] = """Bus complaints flood radio phone-in

A caller named Ron said the number 12 bus had not run on time for a month.

Another caller, Shirley from Bexford, said she had waited an hour in the rain on Tuesday.

The phone-in ran for two hours.

The bus company said it was short of 40 drivers.
"""
GOLD["caller"] = [
    ("said", "A caller named Ron", "the number 12 bus had not run on time for a month"),
    ("said", "Another caller, Shirley from Bexford", "she had waited an hour in the rain on Tuesday"),
    ("said", "The bus company", "it was short of 40 drivers"),
]
NOT_REPORTS["caller"] = ["The phone-in ran for two hours."]

ARTICLES["phone_in"] = """Listeners tell mayor of pothole misery

The mayor of Drayford, Colin Pratt, took calls on Radio Drayford's breakfast show on Friday.

One listener, Amy from Holt End, said a pothole on her road had burst two of her tyres.

Mr Pratt said the council would fill 3,000 potholes before Christmas.

The phone-in is held on the first Friday of every month.
"""
GOLD["phone_in"] = [
    ("said", "One listener, Amy from Holt End", "a pothole on her road had burst two of her tyres"),
    ("said", "Mr Pratt", "the council would fill 3,000 potholes before Christmas"),
]
NOT_REPORTS["phone_in"] = [
    "The mayor of Drayford, Colin Pratt, took calls on Radio Drayford's breakfast show on Friday.",
    "The phone-in is held on the first Friday of every month.",
]
SPEAKERS["phone_in"] = [("said", "Mr Pratt", "Colin Pratt", "the council")]

ARTICLES["tv_debate"] = """Candidates trade blows in first televised debate

During the debate, Mr Cole accused Ms Lind of hiding the cost of her housing plan.

Ms Lind said the plan had been costed by the county's auditors.

The debate was watched by 800,000 people.

Frank Cole and Ingrid Lind are standing for governor of Westmarch.
"""
GOLD["tv_debate"] = [
    ("accused", "Mr Cole", "Ms Lind of hiding the cost of her housing plan"),
    ("said", "Ms Lind", "the plan had been costed by the county's auditors"),
]
NOT_REPORTS["tv_debate"] = [
    "The debate was watched by 800,000 people.",
    "Frank Cole and Ingrid Lind are standing for governor of Westmarch.",
]
SPEAKERS["tv_debate"] = [("said", "Ms Lind", "Ingrid Lind", "the plan")]

ARTICLES["clip_online"] = """Coach blames referee for cup exit

In a clip shared online, the Harlow Town coach Eli Barr said the referee had cost his side the match.

The clip has been viewed 90,000 times.

The league said it would look at the coach's remarks.
"""
GOLD["clip_online"] = [
    ("said", "the Harlow Town coach Eli Barr", "the referee had cost his side the match"),
    ("said", "The league", "it would look at the coach's remarks"),
]
NOT_REPORTS["clip_online"] = ["The clip has been viewed 90,000 times."]

ARTICLES["traps"] = """Late Lounge ends its run after nine years

The last episode of Late Lounge aired on Saturday night.

The presenter, Max Dury, signed off at 11pm.

Ratings rose by 12% in the show's final season.

A jingle played as the credits rolled.

The channel said a new late-night show would start in January.
"""
GOLD["traps"] = [
    ("said", "The channel", "a new late-night show would start in January"),
]
NOT_REPORTS["traps"] = [
    "The last episode of Late Lounge aired on Saturday night.",
    "The presenter, Max Dury, signed off at 11pm.",
    "Ratings rose by 12% in the show's final season.",
    "A jingle played as the credits rolled.",
]

ARTICLES["said_on_air"] = """Presenter apologises for remark about nurses

The Radio Kell presenter Bob Garner said on air that his remark about nurses had been "stupid and wrong".

His show returned on Monday after a week off.

The station said it had received 140 complaints.
"""
GOLD["said_on_air"] = [
    ("said", "The Radio Kell presenter Bob Garner", "his remark about nurses had been \"stupid and wrong\""),
    ("said", "The station", "it had received 140 complaints"),
]
NOT_REPORTS["said_on_air"] = ["His show returned on Monday after a week off."]

ARTICLES["told_programme"] = """Fishermen warn of cod collapse

Skipper Annie Rowe told the Sea Lines programme that catches of cod had halved in five years.

Sea Lines is made by Coastwave Radio.

The fisheries agency told the programme it was reviewing the quotas.
"""
GOLD["told_programme"] = [
    ("told", "Skipper Annie Rowe", "catches of cod had halved in five years"),
    ("told", "The fisheries agency", "it was reviewing the quotas"),
]
NOT_REPORTS["told_programme"] = ["Sea Lines is made by Coastwave Radio."]

ARTICLES["panel_transcript"] = """Transcript: Green Hour panel on the wind farm

PRESENTER: Dr Okafor, does the wind farm harm the birds?

DR OKAFOR: Very little. The turbines are well away from the nesting sites.

MR PRICE: I disagree. We counted 30 dead geese last winter.

PRESENTER: We'll have to leave it there.

Green Hour returns next week.
"""
GOLD["panel_transcript"] = [
    (":", "DR OKAFOR", "Very little. The turbines are well away from the nesting sites"),
    (":", "MR PRICE", "I disagree. We counted 30 dead geese last winter"),
]
NOT_REPORTS["panel_transcript"] = [
    "PRESENTER: Dr Okafor, does the wind farm harm the birds?",
    "PRESENTER: We'll have to leave it there.",
    "Green Hour returns next week.",
]

ARTICLES["podcast_episode"] = """Chef says restaurant prices must rise

In an episode of the Table Talk podcast released on Friday, the chef Nina Cray said restaurant prices would have to rise by a fifth.

The podcast is hosted by the food writer Sam Rhee.

Ms Cray said the price of butter had nearly doubled.
"""
GOLD["podcast_episode"] = [
    ("said", "the chef Nina Cray", "restaurant prices would have to rise by a fifth"),
    ("said", "Ms Cray", "the price of butter had nearly doubled"),
]
NOT_REPORTS["podcast_episode"] = ["The podcast is hosted by the food writer Sam Rhee."]
SPEAKERS["podcast_episode"] = [("said", "Ms Cray", "Nina Cray", "the price of")]

ARTICLES["told_viewers"] = """Weather forecaster warns of heavy snow

The Channel 6 forecaster Lena Hart told viewers that up to 20cm of snow could fall on high ground on Sunday.

The forecast was followed by the late news.

The roads agency said its gritters were ready.
"""
GOLD["told_viewers"] = [
    ("told", "The Channel 6 forecaster Lena Hart", "up to 20cm of snow could fall on high ground on Sunday"),
    ("said", "The roads agency", "its gritters were ready"),
]
NOT_REPORTS["told_viewers"] = ["The forecast was followed by the late news."]

ARTICLES["debate_write_up"] = """Mayoral hopefuls clash over parking charges

In a heated radio debate on Thursday, the Green candidate Sal Moreno said parking charges in Kettleby should double.

Her Liberal rival, Hugh Dane, said that would drive shoppers out of the town.

The debate was hosted by Radio Kettle.

Ms Moreno accused Mr Dane of ignoring the town's air pollution.
"""
GOLD["debate_write_up"] = [
    ("said", "the Green candidate Sal Moreno", "parking charges in Kettleby should double"),
    ("said", "Her Liberal rival, Hugh Dane", "that would drive shoppers out of the town"),
    ("accused", "Ms Moreno", "Mr Dane of ignoring the town's air pollution"),
]
NOT_REPORTS["debate_write_up"] = ["The debate was hosted by Radio Kettle."]
SPEAKERS["debate_write_up"] = [("accused", "Ms Moreno", "Sal Moreno", "Mr Dane")]

ARTICLES["guest_answers"] = """Transcript: Book Corner with Lydia Stone

This is an edited transcript of Sunday's Book Corner.

LYDIA STONE: Your new novel is set on a ferry. Why a ferry?

AMOS KETT: Because nobody can leave. Everyone has to talk to everyone else.

LYDIA STONE: Is any of it true?

AMOS KETT: The storm is true. I was on that crossing in 2019.

Book Corner is on Radio Lune on Sundays at noon.
"""
GOLD["guest_answers"] = [
    (":", "AMOS KETT", "Because nobody can leave. Everyone has to talk to everyone else"),
    (":", "AMOS KETT", "The storm is true. I was on that crossing in 2019"),
]
NOT_REPORTS["guest_answers"] = [
    "This is an edited transcript of Sunday's Book Corner.",
    "Book Corner is on Radio Lune on Sundays at noon.",
]

ARTICLES["schedule_traps"] = """What's on the radio this weekend

Saturday Breakfast with Kim Ode starts at 7am on Radio Calder.

The station's drive-time show has moved to 5pm.

Listening figures for the morning show rose to 410,000 in the autumn.

The quiz show Brain Box returns for a new series on Sunday.
"""
GOLD["schedule_traps"] = []
NOT_REPORTS["schedule_traps"] = [
    "Saturday Breakfast with Kim Ode starts at 7am on Radio Calder.",
    "The station's drive-time show has moved to 5pm.",
    "Listening figures for the morning show rose to 410,000 in the autumn.",
    "The quiz show Brain Box returns for a new series on Sunday.",
]

ARTICLES["said_on_programme"] = """Union says teachers will strike in May

The union's general secretary, Kofi Baird, said on the Week Ahead programme that teachers would strike for three days in May.

The education secretary, Jane Orr, said on the same programme that the pay offer was fair.

The Week Ahead is presented by Will Tate.
"""
GOLD["said_on_programme"] = [
    ("said", "The union's general secretary, Kofi Baird", "teachers would strike for three days in May"),
    ("said", "The education secretary, Jane Orr", "the pay offer was fair"),
]
NOT_REPORTS["said_on_programme"] = ["The Week Ahead is presented by Will Tate."]

# (the four pieces below were written after the mends)

ARTICLES["callers_named"] = """Transcript: Drive Time phone-in on the parking fines

PRESENTER: First up is Gail in Northby. Gail, what happened?

CALLER (Gail, Northby): I was fined twice in one day for the same space. [inaudible] Nobody at the council would listen.

PRESENTER: Did you appeal?

CALLER (Gail, Northby): I did, and I won. (laughs) It took four months.

PRESENTER: Thanks, Gail. That's all we have time for today.
"""
GOLD["callers_named"] = [
    (":", "CALLER (Gail, Northby)", "I was fined twice in one day for the same space. [inaudible] Nobody at the council would listen"),
    (":", "CALLER (Gail, Northby)", "I did, and I won. (laughs) It took four months"),
]
NOT_REPORTS["callers_named"] = [
    "PRESENTER: First up is Gail in Northby. Gail, what happened?",
    "PRESENTER: Did you appeal?",
    "PRESENTER: Thanks, Gail. That's all we have time for today.",
]

ARTICLES["interviewed_on"] = """Port chief says dredging will start in spring

Interviewed on Channel 9's Nightly, the port's chief executive, Rhona Kyle, said dredging of the harbour mouth would start in April.

Nightly is presented by Owen Barr.

Ms Kyle told the programme's presenter that the work would cost £18m.
"""
GOLD["interviewed_on"] = [
    ("said", "the port's chief executive, Rhona Kyle", "dredging of the harbour mouth would start in April"),
    ("told", "Ms Kyle", "the work would cost £18m"),
]
NOT_REPORTS["interviewed_on"] = ["Nightly is presented by Owen Barr."]
SPEAKERS["interviewed_on"] = [("told", "Ms Kyle", "Rhona Kyle", "the work")]

ARTICLES["advert_break"] = """Transcript: Farm Week on the drought

PRESENTER: How bad is it this year?

JONES: The worst I have seen. The wells on our farm are dry.

[ADVERT BREAK]

PRESENTER: Will the ban on hosepipes help?

JONES: A little. (pause) But the rain is what we need.

PRESENTER: Bill Jones, thank you.
"""
GOLD["advert_break"] = [
    (":", "JONES", "The worst I have seen. The wells on our farm are dry"),
    (":", "JONES", "A little. (pause) But the rain is what we need"),
]
NOT_REPORTS["advert_break"] = [
    "PRESENTER: How bad is it this year?",
    "[ADVERT BREAK]",
    "PRESENTER: Will the ban on hosepipes help?",
    "PRESENTER: Bill Jones, thank you.",
]

ARTICLES["radio_interview"] = """Goalkeeper says he will stay at Ormley

The Ormley goalkeeper Dan Tully said in a radio interview on Monday that he would not leave the club this summer.

Speaking to Radio Orm, he said he had turned down two offers from abroad.

Tully has made 212 appearances for Ormley.
"""
GOLD["radio_interview"] = [
    ("said", "The Ormley goalkeeper Dan Tully", "he would not leave the club this summer"),
    ("said", "he", "he had turned down two offers from abroad"),
]
NOT_REPORTS["radio_interview"] = ["Tully has made 212 appearances for Ormley."]
SPEAKERS["radio_interview"] = [("said", "he", "Dan Tully", "he had turned")]
