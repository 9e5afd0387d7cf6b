# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty short articles (thirty-four written before any mend, six after) written for the sixty-first session's
check of interviews, broadcast and social-media sources (helper R): 'told the Sunday programme', 'said in an
interview with X', 'speaking on X's podcast, Y said', 'told reporters aboard the plane', 'in remarks broadcast on
state television', 'said in a video posted online', 'wrote on X, formerly Twitter', 'posted on Instagram', 'in a
since-deleted post', 'replied to a user', 'retweeted', 'shared a clip', 'according to a transcript', 'in an op-ed
for X, Y argued', 'in a letter seen by X', 'a memo obtained by X says', 'leaked messages show', handles and
hashtags, an interview in questions and answers, 'the outlet reported', 'the newspaper cited sources as saying', 'X
told Y, which first reported the story', 'first reported by X', an outlet as the source against the person who
spoke to it, a radio transcript's turns and a post a page embeds.

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on train: 'tweeted' is a cue 74 times of 85,
'retweeted' 7 of 13, 'wrote on' 12 of 12, 'first reported by X' 14 of 15, 'posted a message' a cue while 'posted a
photo' or 'posted the clip' is none, 'in an interview' left out of the cue 52 of 81): per article, (a word of the
cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS`` (programme titles, schedules, view counts, 'went viral', 'watch the full interview below', captions,
platforms as nouns, an interviewer's questions); (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, figure and sentence is made up. Read by ``test_probe_findings_61_media``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["sunday_programme"] = """Food bank network warns of empty shelves before winter

The head of the food bank network Pantry North, Agnes Whitcombe, told the Sunday programme that donations had fallen by a third since the spring.

"People who used to give to us are now queuing at our door," she said.

The Sunday programme is broadcast at 7.10am on Radio Westmoor and repeated on Wednesday evenings.

Whitcombe added that the network would ask supermarkets to match every tin given by shoppers.

Pantry North runs 41 food banks across the region.
"""
GOLD["sunday_programme"] = [
    ("told", "The head of the food bank network Pantry North, Agnes Whitcombe", "donations had fallen by a third since the spring"),
    ("said", "she", "People who used to give to us are now queuing at our door"),
    ("added", "Whitcombe", "the network would ask supermarkets to match every tin given by shoppers"),
]
NOT_REPORTS["sunday_programme"] = [
    "The Sunday programme is broadcast at 7.10am on Radio Westmoor and repeated on Wednesday evenings.",
    "Pantry North runs 41 food banks across the region.",
]
SPEAKERS["sunday_programme"] = [("said", "she", "Agnes Whitcombe", "People")]

ARTICLES["interview_with"] = """Ferry operator chief admits timetable was 'too ambitious'

The chief executive of Skerry Ferries, Hamish Dunlop, said in an interview with the Island Herald that the summer timetable had been too ambitious for a fleet of four ships.

He said two of the ships would be out of service for repairs until the end of June.

In an interview with Radio Kestrel on Thursday, the islands' MSP, Morag Ferrier, said that the company had lost the trust of the islanders.

The full interview will be published in Saturday's edition.

Skerry Ferries carried 1.2 million passengers last year.
"""
GOLD["interview_with"] = [
    ("said", "The chief executive of Skerry Ferries, Hamish Dunlop", "the summer timetable had been too ambitious for a fleet of four ships"),
    ("said", "He", "two of the ships would be out of service for repairs until the end of June"),
    ("said", "the islands' MSP, Morag Ferrier", "the company had lost the trust of the islanders"),
]
NOT_REPORTS["interview_with"] = [
    "The full interview will be published in Saturday's edition.",
    "Skerry Ferries carried 1.2 million passengers last year.",
]
SPEAKERS["interview_with"] = [("said", "He", "Hamish Dunlop", "two of the ships")]

ARTICLES["podcast"] = """Former chess champion says online cheating is 'out of control'

Speaking on the Opening Gambit podcast, the former world rapid champion Irina Volkova said that cheating in online tournaments was out of control.

"Every week I play someone who makes no mistakes for forty moves and then cannot explain a single one," she said.

The Opening Gambit podcast is hosted by two club players from Leeds.

New episodes are released every Thursday.

Volkova, 38, said she would no longer take part in prize events played online.
"""
GOLD["podcast"] = [
    ("said", "the former world rapid champion Irina Volkova", "cheating in online tournaments was out of control"),
    ("said", "she", "Every week I play someone who makes no mistakes for forty moves and then cannot explain a single one"),
    ("said", "Volkova, 38", "she would no longer take part in prize events played online"),
]
NOT_REPORTS["podcast"] = [
    "The Opening Gambit podcast is hosted by two club players from Leeds.",
    "New episodes are released every Thursday.",
]
SPEAKERS["podcast"] = [("said", "she", "Irina Volkova", "Every week")]

ARTICLES["aboard_plane"] = """Minister hopes for grain corridor deal within days

Foreign Minister Teodor Malec told reporters aboard his plane to Nairobi on Monday that a deal to reopen the grain corridor could be signed within days.

Malec said the two sides had agreed on inspections but not yet on insurance for the ships.

"We are closer than we have been at any time this year," he said.

The minister is due to meet his Kenyan counterpart on Tuesday.

The corridor was closed in February.
"""
GOLD["aboard_plane"] = [
    ("told", "Foreign Minister Teodor Malec", "a deal to reopen the grain corridor could be signed within days"),
    ("said", "Malec", "the two sides had agreed on inspections but not yet on insurance for the ships"),
    ("said", "he", "We are closer than we have been at any time this year"),
]
NOT_REPORTS["aboard_plane"] = [
    "The minister is due to meet his Kenyan counterpart on Tuesday.",
    "The corridor was closed in February.",
]
SPEAKERS["aboard_plane"] = [("said", "he", "Teodor Malec", "We are closer")]

ARTICLES["state_television"] = """President promises fuel subsidy will stay

In remarks broadcast on state television on Friday night, President Arturo Benavides said the fuel subsidy would not be touched before the next harvest.

He said the government had found savings elsewhere in the budget.

The broadcast was interrupted twice by technical faults.

State television later showed footage of queues at petrol stations in the capital.

Opposition leader Carmen Olivares said the promise was "worth nothing" because the treasury was empty.
"""
GOLD["state_television"] = [
    ("said", "President Arturo Benavides", "the fuel subsidy would not be touched before the next harvest"),
    ("said", "He", "the government had found savings elsewhere in the budget"),
    ("said", "Opposition leader Carmen Olivares", "the promise was \"worth nothing\" because the treasury was empty"),
]
NOT_REPORTS["state_television"] = [
    "The broadcast was interrupted twice by technical faults.",
    "State television later showed footage of queues at petrol stations in the capital.",
]
SPEAKERS["state_television"] = [("said", "He", "Arturo Benavides", "the government")]

ARTICLES["video_online"] = """Rebel commander claims control of border town

A rebel commander said in a video posted online on Sunday that his fighters had taken control of the border town of Kessa.

The video has been viewed more than 2m times.

In the two-minute clip, the commander, who gave his name as Abdel Sayed, stands in front of the town's customs building.

The army said in a statement that its troops still held the town and that the video had been filmed weeks ago.

The footage could not be independently verified.
"""
GOLD["video_online"] = [
    ("said", "A rebel commander", "his fighters had taken control of the border town of Kessa"),
    ("said", "The army", "its troops still held the town and that the video had been filmed weeks ago"),
]
NOT_REPORTS["video_online"] = [
    "The video has been viewed more than 2m times.",
    "The footage could not be independently verified.",
]

ARTICLES["formerly_twitter"] = """Mayor says bin strike will end on Friday

The mayor of Castlereagh, Donal Keegan, wrote on X, formerly Twitter, that the bins would be emptied by Friday.

"The deal is done and the crews are back on Monday," Keegan posted on Wednesday night.

The union that represents the crews wrote on its Facebook page that no deal had been signed.

X has lost a fifth of its users in the city since 2023, according to a survey by the council.

The strike began three weeks ago.
"""
GOLD["formerly_twitter"] = [
    ("wrote", "The mayor of Castlereagh, Donal Keegan", "the bins would be emptied by Friday"),
    ("posted", "Keegan", "The deal is done and the crews are back on Monday"),
    ("wrote", "The union that represents the crews", "no deal had been signed"),
    ("according to", "a survey by the council", "X has lost a fifth of its users in the city since 2023"),
]
NOT_REPORTS["formerly_twitter"] = ["The strike began three weeks ago."]

ARTICLES["instagram"] = """Singer cancels autumn tour over vocal strain

The singer Lila Marchetti posted on Instagram that she was cancelling her autumn tour on the advice of her doctors.

"My voice needs a long rest and I need to listen to it," she wrote.

She also posted a photo of herself in a hospital gown.

Instagram is owned by Meta.

Her promoter, Greyline Live, said all tickets would be refunded within 14 days.

The post went viral within hours.
"""
GOLD["instagram"] = [
    ("posted", "The singer Lila Marchetti", "she was cancelling her autumn tour on the advice of her doctors"),
    ("wrote", "she", "My voice needs a long rest and I need to listen to it"),
    ("said", "Her promoter, Greyline Live", "all tickets would be refunded within 14 days"),
]
NOT_REPORTS["instagram"] = [
    "She also posted a photo of herself in a hospital gown.",
    "Instagram is owned by Meta.",
    "The post went viral within hours.",
]
SPEAKERS["instagram"] = [("wrote", "she", "Lila Marchetti", "My voice")]

ARTICLES["deleted_post"] = """Councillor suspended over post about protesters

A councillor in Brackwell has been suspended after claiming that protesters outside the town hall had been paid to attend.

In a since-deleted post, Councillor Dennis Rowe wrote that "every one of them got forty quid and a sandwich".

The post was deleted within an hour.

Rowe later told the Brackwell Echo that he had been repeating something he had been told and that he regretted it.

The protest was against the closure of the town's last swimming pool.
"""
GOLD["deleted_post"] = [
    ("wrote", "Councillor Dennis Rowe", "\"every one of them got forty quid and a sandwich\""),
    ("told", "Rowe", "he had been repeating something he had been told and that he regretted it"),
]
NOT_REPORTS["deleted_post"] = [
    "The post was deleted within an hour.",
    "The protest was against the closure of the town's last swimming pool.",
]

ARTICLES["replied_user"] = """Rail operator apologises for fare app outage

The rail operator Westline replied to a user on Facebook that refunds for tickets bought twice would be paid automatically.

A spokeswoman for Westline said the fault had been caused by an update to the payment system.

The app was down for six hours on Tuesday.

Passenger group Rail Voice said many travellers had been charged three times.

Screenshots of the error message were shared thousands of times.
"""
GOLD["replied_user"] = [
    ("replied", "The rail operator Westline", "refunds for tickets bought twice would be paid automatically"),
    ("said", "A spokeswoman for Westline", "the fault had been caused by an update to the payment system"),
    ("said", "Passenger group Rail Voice", "many travellers had been charged three times"),
]
NOT_REPORTS["replied_user"] = [
    "The app was down for six hours on Tuesday.",
    "Screenshots of the error message were shared thousands of times.",
]

ARTICLES["retweeted"] = """Senator's aide resigns over retweet

An aide to Senator Paula Whitfield resigned on Monday after retweeting a post that claimed the election in Harlan County had been rigged.

Whitfield tweeted that she had not known about the retweet and did not share its view.

The aide, Colin Marsh, had shared a clip of a county official counting ballots.

The clip has been viewed 900,000 times.

Election officials in Harlan County said the count had been checked twice.
"""
GOLD["retweeted"] = [
    ("tweeted", "Whitfield", "she had not known about the retweet and did not share its view"),
    ("said", "Election officials in Harlan County", "the count had been checked twice"),
]
NOT_REPORTS["retweeted"] = [
    "The aide, Colin Marsh, had shared a clip of a county official counting ballots.",
    "The clip has been viewed 900,000 times.",
]

ARTICLES["transcript"] = """Pilot told controllers he could not see runway, transcript shows

The pilot of the cargo plane that overshot the runway at Dunmoor told air traffic controllers that he could not see the runway lights, according to a transcript released by the safety board.

According to the transcript, a controller then told the pilot to climb and circle.

The safety board said its final report would be published next year.

Nobody was injured.

The plane came to rest in a field beyond the perimeter fence.
"""
GOLD["transcript"] = [
    ("according to", "a transcript released by the safety board", "The pilot of the cargo plane that overshot the runway at Dunmoor told air traffic controllers that he could not see the runway lights"),
    ("According", "the transcript", "a controller then told the pilot to climb and circle"),
    ("said", "The safety board", "its final report would be published next year"),
]
NOT_REPORTS["transcript"] = [
    "Nobody was injured.",
    "The plane came to rest in a field beyond the perimeter fence.",
]

ARTICLES["op_ed"] = """Former governor calls for end to toll roads

In an op-ed for the Valley Courier, the former governor Ruth Ambrose argued that tolls on the state's highways should be scrapped by 2030.

She wrote that tolls fell hardest on workers who could not afford to live near their jobs.

The Valley Courier publishes guest columns every Sunday.

The state's transport department said tolls raised $310m last year.

Ambrose served two terms as governor.
"""
GOLD["op_ed"] = [
    ("argued", "the former governor Ruth Ambrose", "tolls on the state's highways should be scrapped by 2030"),
    ("wrote", "She", "tolls fell hardest on workers who could not afford to live near their jobs"),
    ("said", "The state's transport department", "tolls raised $310m last year"),
]
NOT_REPORTS["op_ed"] = [
    "The Valley Courier publishes guest columns every Sunday.",
    "Ambrose served two terms as governor.",
]
SPEAKERS["op_ed"] = [("wrote", "She", "Ruth Ambrose", "tolls fell")]

ARTICLES["letter_seen"] = """Hospital trust warns of ward closures

The chief executive of the Marlow Vale hospital trust, Dr Helen Achebe, warned in a letter seen by the Ledger that two wards could close this winter.

The letter says the trust is short of 140 nurses.

Achebe wrote that agency staff were costing the trust more than £2m a month.

A spokesman for the trust said no decision had been taken.

The trust runs three hospitals.
"""
GOLD["letter_seen"] = [
    ("warned", "The chief executive of the Marlow Vale hospital trust, Dr Helen Achebe", "two wards could close this winter"),
    ("says", "The letter", "the trust is short of 140 nurses"),
    ("wrote", "Achebe", "agency staff were costing the trust more than £2m a month"),
    ("said", "A spokesman for the trust", "no decision had been taken"),
]
NOT_REPORTS["letter_seen"] = ["The trust runs three hospitals."]

ARTICLES["memo_leaks"] = """Memo shows carmaker planned plant closure for a year

A memo obtained by the Ledger says the Fenbridge car plant will close in March.

Leaked messages show that managers discussed the closure as early as last spring.

The company said it did not comment on leaked documents.

The plant employs 2,300 people.

Union official Gareth Pryce said workers had been lied to for twelve months.
"""
GOLD["memo_leaks"] = [
    ("says", "A memo obtained by the Ledger", "the Fenbridge car plant will close in March"),
    ("show", "Leaked messages", "managers discussed the closure as early as last spring"),
    ("said", "The company", "it did not comment on leaked documents"),
    ("said", "Union official Gareth Pryce", "workers had been lied to for twelve months"),
]
NOT_REPORTS["memo_leaks"] = ["The plant employs 2,300 people."]

ARTICLES["handles"] = """#SaveTheLido: campaigners win reprieve for open-air pool

The mayor, Chidi Okafor, who posts as @MayorOkafor, wrote that the lido would stay open for at least two more summers.

The hashtag #SaveTheLido was used more than 40,000 times last week.

"Thank you to everyone who signed, swam and shouted," wrote @LidoFriends, the campaign's account.

The lido was built in 1936.

Campaigners said they would now raise money to heat the water.
"""
GOLD["handles"] = [
    ("wrote", "The mayor, Chidi Okafor, who posts as @MayorOkafor", "the lido would stay open for at least two more summers"),
    ("wrote", "@LidoFriends, the campaign's account", "Thank you to everyone who signed, swam and shouted"),
    ("said", "Campaigners", "they would now raise money to heat the water"),
]
NOT_REPORTS["handles"] = [
    "#SaveTheLido: campaigners win reprieve for open-air pool",
    "The hashtag #SaveTheLido was used more than 40,000 times last week.",
    "The lido was built in 1936.",
]

ARTICLES["qa_interview"] = """Five minutes with the new head of the city orchestra

Yuki Tanabe took over the Dalbridge Philharmonic in September. We asked her about her plans.

Q: What will you change first?

A: The concert times. Nobody under forty wants to sit down at half past seven.

Q: Will you play more new music?

A: One new piece in every programme, and we will tell people why it is there.

Tanabe's first season opens on October 12.
"""
GOLD["qa_interview"] = [
    (":", "A", "The concert times. Nobody under forty wants to sit down at half past seven"),
    (":", "A", "One new piece in every programme, and we will tell people why it is there"),
]
NOT_REPORTS["qa_interview"] = [
    "Q: What will you change first?",
    "Q: Will you play more new music?",
    "Tanabe's first season opens on October 12.",
]
SPEAKERS["qa_interview"] = [(":", "A", "Yuki Tanabe", "The concert")]

ARTICLES["outlet_reported"] = """Port authority chief under investigation, paper reports

Prosecutors have opened an investigation into the head of the Vellmar port authority, the Coastal Post reported on Tuesday.

The outlet reported that investigators were looking at contracts worth €40m.

The newspaper cited two people familiar with the case as saying that the chief had been questioned last week.

The port authority said it had not been told of any investigation.

The Coastal Post is owned by a regional media group.
"""
GOLD["outlet_reported"] = [
    ("reported", "the Coastal Post", "Prosecutors have opened an investigation into the head of the Vellmar port authority"),
    ("reported", "The outlet", "investigators were looking at contracts worth €40m"),
    ("cited", "The newspaper", "two people familiar with the case as saying that the chief had been questioned last week"),
    ("said", "The port authority", "it had not been told of any investigation"),
]
NOT_REPORTS["outlet_reported"] = ["The Coastal Post is owned by a regional media group."]

ARTICLES["first_reported"] = """Textile mill to close with loss of 300 jobs

The owner of the Harrowfield textile mill, Anton Garrido, told the Evening Star, which first reported the story, that the mill would close in December.

Garrido said energy costs had tripled in two years.

The closure was first reported by the Evening Star on Monday.

The mill has made blankets since 1887.

Local MP Fiona Lacey said she would ask the government for help for the workers.
"""
GOLD["first_reported"] = [
    ("told", "The owner of the Harrowfield textile mill, Anton Garrido", "the mill would close in December"),
    ("said", "Garrido", "energy costs had tripled in two years"),
    ("reported", "the Evening Star", "The closure"),
    ("said", "Local MP Fiona Lacey", "she would ask the government for help for the workers"),
]
NOT_REPORTS["first_reported"] = ["The mill has made blankets since 1887."]

ARTICLES["outlet_vs_person"] = """Coach says club will not sell its captain

Speaking to the Daily Record, the Kinross Athletic coach Malcolm Reid said the club would not sell its captain this summer.

The Daily Record reported last week that two English clubs had made offers for the player.

Reid said the captain had two years left on his contract and was happy at the club.

The paper's chief football writer, Siobhan Kerr, said on its podcast that the offers were worth about £4m.

Kinross finished third in the league.
"""
GOLD["outlet_vs_person"] = [
    ("said", "the Kinross Athletic coach Malcolm Reid", "the club would not sell its captain this summer"),
    ("reported", "The Daily Record", "two English clubs had made offers for the player"),
    ("said", "Reid", "the captain had two years left on his contract and was happy at the club"),
    ("said", "The paper's chief football writer, Siobhan Kerr", "the offers were worth about £4m"),
]
NOT_REPORTS["outlet_vs_person"] = ["Kinross finished third in the league."]

ARTICLES["schedule"] = """Tonight's television: a week in the life of a lifeboat crew

Storm Watch, 9pm, Channel 6

The first of three films follows the volunteer crew of the Portreath lifeboat through a week of autumn gales.

Later: Newsnight Extra, 10.30pm, Channel 6.

Watch the full interview below.

The series was filmed over two winters.
"""
GOLD["schedule"] = []
NOT_REPORTS["schedule"] = [
    "Storm Watch, 9pm, Channel 6",
    "The first of three films follows the volunteer crew of the Portreath lifeboat through a week of autumn gales.",
    "Later: Newsnight Extra, 10.30pm, Channel 6.",
    "Watch the full interview below.",
    "The series was filmed over two winters.",
]

ARTICLES["captions"] = """Flood waters recede in Severnside

Residents of Severnside began to clear their homes on Sunday as the river fell back below its banks.

Pictured: volunteers carry sandbags along Quay Street on Saturday.

(Photo: Tom Ashby/Severnside Press)

The Environment Agency said the river had peaked at 5.9 metres on Friday night.

Image caption: A car left in a flooded car park near the bridge

More than 200 homes were flooded.
"""
GOLD["captions"] = [
    ("said", "The Environment Agency", "the river had peaked at 5.9 metres on Friday night"),
]
NOT_REPORTS["captions"] = [
    "Pictured: volunteers carry sandbags along Quay Street on Saturday.",
    "(Photo: Tom Ashby/Severnside Press)",
    "Image caption: A car left in a flooded car park near the bridge",
    "More than 200 homes were flooded.",
]

ARTICLES["platforms"] = """Teenagers spend four hours a day on their phones, study finds

Teenagers in Britain spend an average of four hours a day on their phones, a study by the University of Carrick has found.

TikTok and YouTube were the most used apps, followed by Snapchat.

WhatsApp was used mostly for messages to family.

The study's lead author, Dr Priya Raman, said the figures were higher than she had expected.

The study followed 3,000 pupils for a year.
"""
GOLD["platforms"] = [
    ("found", "a study by the University of Carrick", "Teenagers in Britain spend an average of four hours a day on their phones"),
    ("said", "The study's lead author, Dr Priya Raman", "the figures were higher than she had expected"),
]
NOT_REPORTS["platforms"] = [
    "TikTok and YouTube were the most used apps, followed by Snapchat.",
    "WhatsApp was used mostly for messages to family.",
    "The study followed 3,000 pupils for a year.",
]

ARTICLES["viral"] = """Video of a fox stealing a golf ball goes viral

A video of a fox running off with a golf ball at the Pendle Moor course has been viewed 2m times.

The clip was filmed by a retired teacher, Margaret Oduya, who was playing the seventh hole.

"I did not know whether to laugh or to ask for a free drop," she told the Lancashire Gazette.

The club's secretary said the fox had been taking balls for three summers.

The video went viral after it was shared by a comedian with a million followers.
"""
GOLD["viral"] = [
    ("told", "she", "I did not know whether to laugh or to ask for a free drop"),
    ("said", "The club's secretary", "the fox had been taking balls for three summers"),
]
NOT_REPORTS["viral"] = [
    "A video of a fox running off with a golf ball at the Pendle Moor course has been viewed 2m times.",
    "The video went viral after it was shared by a comedian with a million followers.",
]
SPEAKERS["viral"] = [("told", "she", "Margaret Oduya", "I did not")]

ARTICLES["phone_in"] = """Radio host apologises for remarks about cyclists

The radio host Barry Quinlan told listeners of his morning phone-in that cyclists "should pay road tax like everyone else".

He later said on air that he had been wrong to call cyclists "freeloaders".

The Morning Line with Barry Quinlan is broadcast weekdays from 7am to 10am.

The station said it had received 300 complaints.

Quinlan has presented the show since 2011.
"""
GOLD["phone_in"] = [
    ("told", "The radio host Barry Quinlan", "cyclists \"should pay road tax like everyone else\""),
    ("said", "He", "he had been wrong to call cyclists \"freeloaders\""),
    ("said", "The station", "it had received 300 complaints"),
]
NOT_REPORTS["phone_in"] = [
    "The Morning Line with Barry Quinlan is broadcast weekdays from 7am to 10am.",
    "Quinlan has presented the show since 2011.",
]
SPEAKERS["phone_in"] = [("said", "He", "Barry Quinlan", "he had been")]

ARTICLES["livestream"] = """Airline founder says carrier will fly to Lagos

The founder of Brisa Air, Ngozi Eze, said during a livestream on the airline's Facebook page that flights to Lagos would start in June.

Eze said the airline had leased two more jets.

The livestream drew 12,000 viewers.

Aviation analyst Peter Lindgren said the route would be hard to make pay.

Brisa Air was founded in 2019.
"""
GOLD["livestream"] = [
    ("said", "The founder of Brisa Air, Ngozi Eze", "flights to Lagos would start in June"),
    ("said", "Eze", "the airline had leased two more jets"),
    ("said", "Aviation analyst Peter Lindgren", "the route would be hard to make pay"),
]
NOT_REPORTS["livestream"] = [
    "The livestream drew 12,000 viewers.",
    "Brisa Air was founded in 2019.",
]

ARTICLES["press_agency_interview"] = """Archaeologists find Roman road under car park

A Roman road has been found under a car park in Wexcombe, the county archaeologist told the local news agency.

Dr Samuel Ferris told the agency that the road ran for at least 80 metres under the tarmac.

"It is in better condition than most roads in the county today," he joked.

The site will be open to visitors on Saturday.

Ferris said the finds would go to the town museum.
"""
GOLD["press_agency_interview"] = [
    ("told", "the county archaeologist", "A Roman road has been found under a car park in Wexcombe"),
    ("told", "Dr Samuel Ferris", "the road ran for at least 80 metres under the tarmac"),
    ("joked", "he", "It is in better condition than most roads in the county today"),
    ("said", "Ferris", "the finds would go to the town museum"),
]
NOT_REPORTS["press_agency_interview"] = ["The site will be open to visitors on Saturday."]
SPEAKERS["press_agency_interview"] = [("joked", "he", "Samuel Ferris", "It is in")]

ARTICLES["tv_debate"] = """Candidates clash over housing in televised debate

The two candidates for mayor of Orvale clashed over housing in a debate broadcast on Channel 9 on Wednesday night.

Incumbent Mayor Rosa Brekke said the city had built more homes in four years than in the previous ten.

Her challenger, Tomasz Zielinski, said most of the new homes were too expensive for local families.

The debate was watched by an estimated 180,000 people.

A second debate will be held on October 3.

A poll by the Orvale Times found that 46 percent of voters backed Zielinski.
"""
GOLD["tv_debate"] = [
    ("said", "Incumbent Mayor Rosa Brekke", "the city had built more homes in four years than in the previous ten"),
    ("said", "Her challenger, Tomasz Zielinski", "most of the new homes were too expensive for local families"),
    ("found", "A poll by the Orvale Times", "46 percent of voters backed Zielinski"),
]
NOT_REPORTS["tv_debate"] = [
    "The debate was watched by an estimated 180,000 people.",
    "A second debate will be held on October 3.",
]

ARTICLES["which_first_reported"] = """Brewery to move production abroad

The chairman of Ashby Ales, Victor Penhale, told the Western Mercury, which first reported the plan, that bottling would move to Poland next year.

Penhale said the brewery's home site would keep its visitor centre and a small brewhouse.

The plan was first reported by the Western Mercury last week.

Asked by the Mercury whether any jobs would be saved, Penhale said he hoped to keep about forty staff.

Ashby Ales employs 260 people.
"""
GOLD["which_first_reported"] = [
    ("told", "The chairman of Ashby Ales, Victor Penhale", "bottling would move to Poland next year"),
    ("said", "Penhale", "the brewery's home site would keep its visitor centre and a small brewhouse"),
    ("reported", "the Western Mercury", "The plan"),
    ("said", "Penhale", "he hoped to keep about forty staff"),
]
NOT_REPORTS["which_first_reported"] = ["Ashby Ales employs 260 people."]

ARTICLES["citing_sources"] = """Treasury to drop plan for tax on second homes, paper says

The Treasury will drop its plan for a tax on second homes, the Sentinel reported on Saturday, citing two officials.

Sky Report, citing a source close to the chancellor, said the decision had been taken on Friday night.

A Treasury spokeswoman said the paper's report was "speculation".

The tax would have raised £800m a year.

Read more: the plan that split the cabinet
"""
GOLD["citing_sources"] = [
    ("reported", "the Sentinel", "The Treasury will drop its plan for a tax on second homes"),
    ("said", "Sky Report", "the decision had been taken on Friday night"),
    ("said", "A Treasury spokeswoman", "the paper's report was \"speculation\""),
]
NOT_REPORTS["citing_sources"] = [
    "The tax would have raised £800m a year.",
    "Read more: the plan that split the cabinet",
]

ARTICLES["inverted_handles"] = """Councillor's post on bus lane sparks row

"This bus lane is empty from dawn to dusk and everyone can see it," posted @CllrJaneMoss, the councillor for Brookside ward.

"Come and count the buses with us any morning," replied @RideBrookside, the account of the local cycling group.

Moss later told the Brookside Bugle that she stood by every word.

Follow us on Instagram @BrooksideBugle for more local news.

The bus lane opened in May.
"""
GOLD["inverted_handles"] = [
    ("posted", "@CllrJaneMoss, the councillor for Brookside ward", "This bus lane is empty from dawn to dusk and everyone can see it"),
    ("replied", "@RideBrookside, the account of the local cycling group", "Come and count the buses with us any morning"),
    ("told", "Moss", "she stood by every word"),
]
NOT_REPORTS["inverted_handles"] = [
    "Follow us on Instagram @BrooksideBugle for more local news.",
    "The bus lane opened in May.",
]

ARTICLES["hashtag_headline"] = """#NoToTheTower: hundreds march against harbour skyscraper

Hundreds of people marched through Calderport on Saturday against plans for a 40-storey tower on the harbour front.

The organiser of the march, Ines Carvalho, said the tower would cast a shadow over the old town for most of the afternoon.

The developer, Portline Estates, said in a statement posted on X that the tower would bring 900 jobs.

The hashtag #NoToTheTower trended across the country on Saturday afternoon.

WATCH: the march in under a minute
"""
GOLD["hashtag_headline"] = [
    ("said", "The organiser of the march, Ines Carvalho", "the tower would cast a shadow over the old town for most of the afternoon"),
    ("said", "The developer, Portline Estates", "the tower would bring 900 jobs"),
]
NOT_REPORTS["hashtag_headline"] = [
    "#NoToTheTower: hundreds march against harbour skyscraper",
    "Hundreds of people marched through Calderport on Saturday against plans for a 40-storey tower on the harbour front.",
    "The hashtag #NoToTheTower trended across the country on Saturday afternoon.",
    "WATCH: the march in under a minute",
]

ARTICLES["sunday_shows"] = """Finance minister rules out wealth tax

Finance Minister Oskar Lund told the Sunday edition of Morning Report that a wealth tax was "not on the table".

Speaking on Radio Nord's Politics Hour, his deputy, Hanne Sivertsen, said the budget would be balanced by 2028.

In a radio interview on Tuesday, opposition finance spokesman Eirik Dahl said the government was "hiding the bill until after the election".

Morning Report is presented by Kari Holm.

Politics Hour, Saturdays at noon on Radio Nord
"""
GOLD["sunday_shows"] = [
    ("told", "Finance Minister Oskar Lund", "a wealth tax was \"not on the table\""),
    ("said", "his deputy, Hanne Sivertsen", "the budget would be balanced by 2028"),
    ("said", "opposition finance spokesman Eirik Dahl", "the government was \"hiding the bill until after the election\""),
]
NOT_REPORTS["sunday_shows"] = [
    "Morning Report is presented by Kari Holm.",
    "Politics Hour, Saturdays at noon on Radio Nord",
]

ARTICLES["role_name_posted"] = """Skater withdraws from championships

The figure skater Mira Castellanos posted on Instagram on Tuesday that a stress fracture would keep her out of the European championships.

Her coach, Pavel Orlov, said she would be back on the ice within six weeks.

The photographer Dan Whitely shared a picture of Castellanos training last week.

The championships open in Tallinn on January 14.
"""
GOLD["role_name_posted"] = [
    ("posted", "The figure skater Mira Castellanos", "a stress fracture would keep her out of the European championships"),
    ("said", "Her coach, Pavel Orlov", "she would be back on the ice within six weeks"),
]
NOT_REPORTS["role_name_posted"] = [
    "The photographer Dan Whitely shared a picture of Castellanos training last week.",
    "The championships open in Tallinn on January 14.",
]

# written after the mends, to probe them and the shapes around them in other words

ARTICLES["club_account"] = """Greenvale match called off after floodlight failure

"Tonight's game against Harlow Town is off. Refunds at the ticket office from Monday," tweeted @GreenvaleFC, the club's official account.

"Our thoughts are with the fans who travelled," wrote @HarlowTownFC, the visitors' account.

The league said the match would be rearranged within three weeks.

The floodlights failed twenty minutes before kick-off.
"""
GOLD["club_account"] = [
    ("tweeted", "@GreenvaleFC, the club's official account", "Tonight's game against Harlow Town is off. Refunds at the ticket office from Monday"),
    ("wrote", "@HarlowTownFC, the visitors' account", "Our thoughts are with the fans who travelled"),
    ("said", "The league", "the match would be rearranged within three weeks"),
]
NOT_REPORTS["club_account"] = ["The floodlights failed twenty minutes before kick-off."]

ARTICLES["appearing_on"] = """Police chief says knife crime is falling

Appearing on the Morning Desk programme, the region's police chief, Carlos Mendes, said knife crime had fallen for a third year.

Writing in the Evening Post, the victims' group founder, Ruth Ferrand, argued that the figures hid a rise among teenagers.

The Morning Desk programme is on weekdays at 8am.

Mendes said the force would publish the figures for each district in May.
"""
GOLD["appearing_on"] = [
    ("said", "the region's police chief, Carlos Mendes", "knife crime had fallen for a third year"),
    ("argued", "the victims' group founder, Ruth Ferrand", "the figures hid a rise among teenagers"),
    ("said", "Mendes", "the force would publish the figures for each district in May"),
]
NOT_REPORTS["appearing_on"] = ["The Morning Desk programme is on weekdays at 8am."]

ARTICLES["role_name_wrote"] = """Novelist pulls out of literary festival

The novelist Amara Quayson wrote on Facebook that she would not appear at the Harwick literary festival because of its sponsor.

The chef Tomas Varga posted on Instagram that he had also withdrawn from the festival's food tent.

The festival's director said the sponsorship deal had been signed before either of them was booked.

The festival runs from June 4 to June 9.
"""
GOLD["role_name_wrote"] = [
    ("wrote", "The novelist Amara Quayson", "she would not appear at the Harwick literary festival because of its sponsor"),
    ("posted", "The chef Tomas Varga", "he had also withdrawn from the festival's food tent"),
    ("said", "The festival's director", "the sponsorship deal had been signed before either of them was booked"),
]
NOT_REPORTS["role_name_wrote"] = ["The festival runs from June 4 to June 9."]

ARTICLES["hashtag_flood"] = """#FloodWatch: River Teme reaches record height at Ludbury

The River Teme is expected to peak at Ludbury at about 11pm, the Environment Agency said.

Residents of Mill Street were told to move valuables upstairs.

#FloodWatch: more updates through the evening

The council said two rest centres had been opened.
"""
GOLD["hashtag_flood"] = [
    ("said", "the Environment Agency", "The River Teme is expected to peak at Ludbury at about 11pm"),
    ("said", "The council", "two rest centres had been opened"),
]
NOT_REPORTS["hashtag_flood"] = [
    "#FloodWatch: River Teme reaches record height at Ludbury",
    "#FloodWatch: more updates through the evening",
]

ARTICLES["radio_transcript"] = """Transcript: the mayor of Brookside on the bus lane row

This is an edited transcript of Sunday's interview on Radio Kestrel.

PRESENTER: Will you scrap the lane?

MOSS: No. It carries four thousand people a day.

PRESENTER: Even with the traffic?

MOSS: The traffic was there before the lane.

The interview has been edited for length.
"""
GOLD["radio_transcript"] = [
    (":", "MOSS", "No. It carries four thousand people a day"),
    (":", "MOSS", "The traffic was there before the lane"),
]
NOT_REPORTS["radio_transcript"] = [
    "This is an edited transcript of Sunday's interview on Radio Kestrel.",
    "PRESENTER: Will you scrap the lane?",
    "PRESENTER: Even with the traffic?",
    "The interview has been edited for length.",
]

ARTICLES["embedded_post"] = """Mayor hits back at bus lane critics

The mayor of Brookside replied on X within minutes.

"The lane stays. Come and count the buses. #BusLane pic.twitter.com/abc123"

— Jane Moss (@CllrJaneMoss) March 3, 2026

The post has been liked 12,000 times.

Brookside's bus lane opened in May.
"""
GOLD["embedded_post"] = [
    ("—", "Jane Moss", "The lane stays. Come and count the buses. #BusLane"),
]
NOT_REPORTS["embedded_post"] = [
    "The mayor of Brookside replied on X within minutes.",
    "The post has been liked 12,000 times.",
    "Brookside's bus lane opened in May.",
]
