# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short pieces written for the sixty-second session's check of interviews in question-and-answer form, podcast and
radio write-ups (helper H): 'Q:' and 'A:' turns under an intro naming the one interviewed and an editor's note ('This
interview has been edited for length and clarity'), named turns ('KESTREL: ...', 'Interviewer: ...'), questions set
as lines of their own with the answer below, answers running over several paragraphs, write-ups of a radio programme
or a podcast ('speaking on the Early Tide programme, she said', 'told the Back Pages podcast', 'in an interview with
the programme's host'), 'Asked whether X, he replied', 'When pressed, she conceded', '"X," he laughed', 'She paused
before answering', the interviewer's own first person ('I asked him whether X') and the one interviewed saying 'I
think' inside an answer.

The gold is written by hand as PolNeAR and the project mark them: per piece, (a word of the cue, the source, the
first content span) for each report in ``GOLD`` (a Q-and-A's answer is the label's: cue ':', source 'A' or the
name on the turn, as the project's earlier sets have it; 'I think' inside an answer is part of the answer, PolNeAR
nests nothing); the lines that report nothing in ``NOT_REPORTS`` (the questions, the editor's note, the
interviewer's scene-setting, bios, episode titles, time stamps, 'Listen to the full episode', sponsor lines); (cue,
source, speaker, the content's first words) in ``SPEAKERS``. Counted on PolNeAR train before writing the gold:
'laughed' alone is no cue (1 of 11, and that one 'laughed off'), so 'he laughed.' after a quotation's own cue
reports nothing; 'conceded' is a cue 11 times of 12 and 'replied' 26 of 31; a sentence opened by 'Asked whether (if,
about) X' marks the asking 16 times of 21, and the project's earlier sets keep only the reply after it (the cue of
the answer, not the question), as here; PolNeAR's one long Q-and-A marks an 'A:' answer 8 times of 37 and the
reports inside the answers each on its own, so a paragraph going on with an answer under no label is left out of
both lists. The first twenty-six pieces were written before any mend, the last three after. Every name, place,
programme, podcast and sentence is made up. Read by ``test_probe_findings_62_interviews``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["beekeeper_qa"] = """'The bees don't care about the weather forecast'

Odile Marchetti keeps 140 hives on the slopes above Varenne. We spoke to her at the start of the heather harvest.

This interview has been edited for length and clarity.

Q: How many colonies did you lose last winter?

A: Nearly a third. The autumn was too warm, so the queens kept laying when they should have stopped.

Q: Is that the new normal?

A: I think it is, yes. My grandfather lost one hive in ten and thought that was a disaster.

Q: What do you tell younger keepers?

A: Feed them earlier than the books say, and never open a hive in the rain.

Marchetti's heather honey is sold at the Varenne market on Saturdays.
"""
GOLD["beekeeper_qa"] = [
    (":", "A", "Nearly a third. The autumn was too warm, so the queens kept laying when they should have stopped"),
    (":", "A", "I think it is, yes. My grandfather lost one hive in ten and thought that was a disaster"),
    (":", "A", "Feed them earlier than the books say, and never open a hive in the rain"),
]
NOT_REPORTS["beekeeper_qa"] = [
    "Odile Marchetti keeps 140 hives on the slopes above Varenne.",
    "This interview has been edited for length and clarity.",
    "Q: How many colonies did you lose last winter?",
    "Q: Is that the new normal?",
    "Q: What do you tell younger keepers?",
    "Marchetti's heather honey is sold at the Varenne market on Saturdays.",
]
SPEAKERS["beekeeper_qa"] = [(":", "A", "Odile Marchetti", "Nearly a third")]

ARTICLES["typeface_named"] = """Ten questions for the designer of the city's new road signs

Benedikt Kestrel drew the lettering that will go on 9,000 signs across Halmsford from next spring. He spoke to Nora Pike.

PIKE: Why did the old signs have to go?

KESTREL: At sixty miles an hour you could not tell an eight from a three. That is not a matter of taste.

PIKE: Did drivers take part in the tests?

KESTREL: Four hundred of them, at night and in fog, on a closed track near the airport.

PIKE: Which letter gave you the most trouble?

KESTREL: The lower-case g. I drew it thirty times.

Kestrel studied at the Halmsford School of Art and has designed signs for two airports.
"""
GOLD["typeface_named"] = [
    (":", "KESTREL", "At sixty miles an hour you could not tell an eight from a three. That is not a matter of taste"),
    (":", "KESTREL", "Four hundred of them, at night and in fog, on a closed track near the airport"),
    (":", "KESTREL", "The lower-case g. I drew it thirty times"),
]
NOT_REPORTS["typeface_named"] = [
    "PIKE: Why did the old signs have to go?",
    "PIKE: Did drivers take part in the tests?",
    "PIKE: Which letter gave you the most trouble?",
    "Kestrel studied at the Halmsford School of Art and has designed signs for two airports.",
]
SPEAKERS["typeface_named"] = [(":", "KESTREL", "Benedikt Kestrel", "At sixty")]

ARTICLES["radio_morning"] = """Harbour master warns of silting at Port Ellery

The harbour master of Port Ellery has warned that the main channel could close to large vessels within two years.

Speaking on the Early Tide programme on Radio Calloway, Captain Ines Rourke said the channel had lost a metre of depth since 2022.

"Every spring tide brings more sand in than the dredger takes out," she said.

She told the programme's host, Declan Moss, that the port had asked the county for an emergency grant.

The Early Tide programme is broadcast on weekdays from six until nine.

The port handled 1.2 million tonnes of cargo last year.
"""
GOLD["radio_morning"] = [
    ("warned", "The harbour master of Port Ellery", "the main channel could close to large vessels within two years"),
    ("said", "Captain Ines Rourke", "the channel had lost a metre of depth since 2022"),
    ("said", "she", "Every spring tide brings more sand in than the dredger takes out"),
    ("told", "She", "the port had asked the county for an emergency grant"),
]
NOT_REPORTS["radio_morning"] = [
    "The Early Tide programme is broadcast on weekdays from six until nine.",
    "The port handled 1.2 million tonnes of cargo last year.",
]
SPEAKERS["radio_morning"] = [("said", "she", "Ines Rourke", "Every spring"), ("told", "She", "Ines Rourke", "the port")]

ARTICLES["podcast_told"] = """Former goalkeeper says clubs ignored concussion warnings

A former goalkeeper has said clubs ignored warnings about heading the ball for decades.

Tomas Vrba, who played 300 games for Dunmarket Rovers, told the Back Pages podcast that he had been knocked out twice in one season.

"Nobody took you off. You had a sponge and a glass of water and you went back in goal," he said.

Vrba, 58, said he now struggled to remember the names of former team-mates.

Listen to the full episode of Back Pages on any podcast app.

Back Pages is supported by Greyfield Boots.
"""
GOLD["podcast_told"] = [
    ("said", "A former goalkeeper", "clubs ignored warnings about heading the ball for decades"),
    ("told", "Tomas Vrba, who played 300 games for Dunmarket Rovers", "he had been knocked out twice in one season"),
    ("said", "he", "Nobody took you off. You had a sponge and a glass of water and you went back in goal"),
    ("said", "Vrba, 58", "he now struggled to remember the names of former team-mates"),
]
NOT_REPORTS["podcast_told"] = [
    "Listen to the full episode of Back Pages on any podcast app.",
    "Back Pages is supported by Greyfield Boots.",
]
SPEAKERS["podcast_told"] = [("said", "he", "Tomas Vrba", "Nobody took")]

ARTICLES["host_interview"] = """Museum director defends ticket price rise

The director of the Caradon Maritime Museum has defended a rise in ticket prices from £9 to £14.

In an interview with the programme's host, Anwen Lloyd, on Valley Sound's Drive at Five, Gareth Penhale said the museum had lost its council grant in March.

"We can charge more or we can close two galleries. I would rather charge more," he said.

Asked whether families would stay away, he replied that children under twelve would still go free.

The museum opened in 1961 in a former sail loft.

Drive at Five is on Valley Sound from 5pm on weekdays.
"""
GOLD["host_interview"] = [
    ("defended", "The director of the Caradon Maritime Museum", "a rise in ticket prices from £9 to £14"),
    ("said", "Gareth Penhale", "the museum had lost its council grant in March"),
    ("said", "he", "We can charge more or we can close two galleries. I would rather charge more"),
    ("replied", "he", "children under twelve would still go free"),
]
NOT_REPORTS["host_interview"] = [
    "The museum opened in 1961 in a former sail loft.",
    "Drive at Five is on Valley Sound from 5pm on weekdays.",
]
SPEAKERS["host_interview"] = [("replied", "he", "Gareth Penhale", "children under")]

ARTICLES["pressed_conceded"] = """Transport chief admits tram line will open late

Halmsford's transport commissioner has admitted the Eastfield tram line will not open on time.

Speaking on BCR's Sunday Politics, Maren Ostrova at first insisted that the line was "broadly on track".

When pressed, she conceded that the opening would slip from May to the autumn.

"I am not going to stand here and promise a date I cannot keep," Ostrova said.

The line's budget has risen from £310m to £390m since 2021.

Sunday Politics is presented by Callum Reid.
"""
GOLD["pressed_conceded"] = [
    ("admitted", "Halmsford's transport commissioner", "the Eastfield tram line will not open on time"),
    ("insisted", "Maren Ostrova", "the line was \"broadly on track\""),
    ("conceded", "she", "the opening would slip from May to the autumn"),
    ("said", "Ostrova", "I am not going to stand here and promise a date I cannot keep"),
]
NOT_REPORTS["pressed_conceded"] = [
    "The line's budget has risen from £310m to £390m since 2021.",
    "Sunday Politics is presented by Callum Reid.",
]
SPEAKERS["pressed_conceded"] = [("conceded", "she", "Maren Ostrova", "the opening")]

ARTICLES["laughed_paused"] = """The balloonist who crossed the Carrow Hills at dawn

Elspeth Garrow has flown hot-air balloons for thirty years. Last month she crossed the Carrow Hills alone.

We met at the field outside Penlow where she keeps her basket.

"I nearly landed in a reservoir," she said. "That would have been a first." She laughed.

Would she do it again? She paused before answering.

"Not alone," she said. "The wind dropped over the ridge and I had nobody to talk to but the burner."

Her balloon, the Kittiwake, was built in 1998.
"""
GOLD["laughed_paused"] = [
    ("said", "she", "I nearly landed in a reservoir"),
    ("said", "she", "Not alone"),
]
NOT_REPORTS["laughed_paused"] = [
    "Elspeth Garrow has flown hot-air balloons for thirty years.",
    "We met at the field outside Penlow where she keeps her basket.",
    "She paused before answering.",
    "Her balloon, the Kittiwake, was built in 1998.",
]
SPEAKERS["laughed_paused"] = [("said", "she", "Elspeth Garrow", "Not alone")]

ARTICLES["laughed_cue"] = """Comedian to close the Brackley festival

The comedian Fen Adeyemi will close the Brackley comedy festival on Sunday, organisers said.

"I was told the slot was for someone famous. They must have run out," Adeyemi laughed.

Adeyemi told the Open Mic podcast that she had written the new show on trains.

"Every joke in it was written between Brackley and the coast," she joked.

Tickets went on sale on Monday and sold out in an hour.
"""
GOLD["laughed_cue"] = [
    ("said", "organisers", "The comedian Fen Adeyemi will close the Brackley comedy festival on Sunday"),
    ("laughed", "Adeyemi", "I was told the slot was for someone famous. They must have run out"),
    ("told", "Adeyemi", "she had written the new show on trains"),
    ("joked", "she", "Every joke in it was written between Brackley and the coast"),
]
NOT_REPORTS["laughed_cue"] = [
    "Tickets went on sale on Monday and sold out in an hour.",
]
SPEAKERS["laughed_cue"] = [("joked", "she", "Fen Adeyemi", "Every joke")]

ARTICLES["first_person_interviewer"] = """Lunch with the man who saved the Orrin viaduct

Hollis Grange, 81, chaired the campaign that stopped the demolition of the Orrin viaduct in 1986.

I met him at the Station Inn, which looks up at the viaduct's twenty arches.

I asked him whether he had expected to win. "Not for a minute," he said. "We were six pensioners and a solicitor."

He told me the railway board had offered to sell the viaduct for one pound.

Grange ordered the fish. He did not finish it.

The viaduct now carries a footpath and a cycleway.
"""
GOLD["first_person_interviewer"] = [
    ("asked", "I", "whether he had expected to win"),
    ("said", "he", "Not for a minute"),
    ("told", "He", "the railway board had offered to sell the viaduct for one pound"),
]
NOT_REPORTS["first_person_interviewer"] = [
    "Hollis Grange, 81, chaired the campaign that stopped the demolition of the Orrin viaduct in 1986.",
    "I met him at the Station Inn, which looks up at the viaduct's twenty arches.",
    "Grange ordered the fish. He did not finish it.",
    "The viaduct now carries a footpath and a cycleway.",
]
SPEAKERS["first_person_interviewer"] = [("said", "he", "Hollis Grange", "Not for"), ("told", "He", "Hollis Grange", "the railway")]

ARTICLES["long_answer"] = """'I learned sign language in a prison library'

Ruth Abernathy is a sign-language interpreter for the Calder courts. She answered our questions by email.

Q: How did you start?

A: I was working in the library at Holt Moor prison. One of the men could not hear and nobody could talk to him, so I borrowed a book and taught myself the alphabet.

It took me two years to be any good. He was patient with me, more patient than I deserved.

Q: What is the hardest part of court work?

A: Keeping my own face still. I sign what the judge says, and some of it is hard to hear.

Abernathy was appointed to the courts in 2015.
"""
GOLD["long_answer"] = [
    ("answered", "She", "our questions"),
    (":", "A", "I was working in the library at Holt Moor prison. One of the men could not hear and nobody could talk to him, so I borrowed a book and taught myself the alphabet"),
    (":", "A", "Keeping my own face still. I sign what the judge says, and some of it is hard to hear"),
]
NOT_REPORTS["long_answer"] = [
    "Ruth Abernathy is a sign-language interpreter for the Calder courts.",
    "Q: How did you start?",
    "Q: What is the hardest part of court work?",
    "Abernathy was appointed to the courts in 2015.",
]
SPEAKERS["long_answer"] = [(":", "A", "Ruth Abernathy", "I was working")]

ARTICLES["bold_questions"] = """Meet the new head of Stannard Zoo

Priya Venkatesan took charge of Stannard Zoo in January after twelve years at a wildlife park in Kerala. This conversation has been condensed.

What surprised you most about Stannard?

How small the enclosures for the big cats are. They were built in the 1950s and it shows.

What will visitors notice first?

The new otter pool, which opens at Easter. The otters are already in it and they seem to approve.

Stannard Zoo is open every day except Christmas Day.
"""
GOLD["bold_questions"] = []
NOT_REPORTS["bold_questions"] = [
    "Priya Venkatesan took charge of Stannard Zoo in January after twelve years at a wildlife park in Kerala.",
    "This conversation has been condensed.",
    "What surprised you most about Stannard?",
    "What will visitors notice first?",
    "Stannard Zoo is open every day except Christmas Day.",
]

ARTICLES["interviewer_label"] = """'We are losing a library a month': a conversation with the chair of Readers Together

Abigail Thorne chairs Readers Together, a charity that runs 40 volunteer libraries in village halls. Her report on rural libraries is published today.

Interviewer: How many libraries have closed?

Thorne: Fourteen in the last year. Most were open two mornings a week and the council said that was not enough to justify the rent.

Interviewer: Do volunteers fill the gap?

Thorne: Where they can. But volunteers get old too, and nobody under fifty is coming forward.

Interviewer: What would you ask the government for?

Thorne: A duty on councils to keep one library within five miles of every home.

Readers Together was founded in 2009.
"""
GOLD["interviewer_label"] = [
    (":", "Thorne", "Fourteen in the last year. Most were open two mornings a week and the council said that was not enough to justify the rent"),
    (":", "Thorne", "Where they can. But volunteers get old too, and nobody under fifty is coming forward"),
    (":", "Thorne", "A duty on councils to keep one library within five miles of every home"),
]
NOT_REPORTS["interviewer_label"] = [
    "Abigail Thorne chairs Readers Together, a charity that runs 40 volunteer libraries in village halls.",
    "Interviewer: How many libraries have closed?",
    "Interviewer: Do volunteers fill the gap?",
    "Interviewer: What would you ask the government for?",
    "Readers Together was founded in 2009.",
]
SPEAKERS["interviewer_label"] = [(":", "Thorne", "Abigail Thorne", "Fourteen in")]

ARTICLES["episode_page"] = """Episode 212: The glassblower of Merrow Street

In this week's episode, Jonas Ferreira talks to the glassblower Hedda Lindqvist about furnaces, apprentices and the price of gas.

Lindqvist said her gas bill had tripled in two years and that she now fired the furnace only four days a week.

She told Ferreira that she had taken on two apprentices despite the cost.

[00:00] Introduction

[04:12] The first furnace

[19:40] Gas prices

This episode is sponsored by Northlight Energy.

Listen to the full episode on the Makers' Hour website.
"""
GOLD["episode_page"] = [
    ("said", "Lindqvist", "her gas bill had tripled in two years and that she now fired the furnace only four days a week"),
    ("told", "She", "she had taken on two apprentices despite the cost"),
]
NOT_REPORTS["episode_page"] = [
    "Episode 212: The glassblower of Merrow Street",
    "[00:00] Introduction",
    "[04:12] The first furnace",
    "[19:40] Gas prices",
    "This episode is sponsored by Northlight Energy.",
    "Listen to the full episode on the Makers' Hour website.",
]
SPEAKERS["episode_page"] = [("told", "She", "Hedda Lindqvist", "she had")]

ARTICLES["asked_replied"] = """Fire chief rules out station closures

The chief fire officer of Wexmoor has ruled out closing any of the county's 22 fire stations.

Chief Fire Officer Dermot Quill was speaking on Wexmoor Today, the breakfast programme of Radio Wexmoor.

Asked whether the night crews at Beckford would be cut, he replied: "Not while I am chief. Not one."

He said the service would instead save £2m by sharing a control room with the ambulance trust.

The Fire Brigades Union said it would hold him to that promise.

Wexmoor Today is available on the station's app for 30 days.
"""
GOLD["asked_replied"] = [
    ("ruled out", "The chief fire officer of Wexmoor", "closing any of the county's 22 fire stations"),
    ("replied", "he", "Not while I am chief. Not one"),
    ("said", "He", "the service would instead save £2m by sharing a control room with the ambulance trust"),
    ("said", "The Fire Brigades Union", "it would hold him to that promise"),
]
NOT_REPORTS["asked_replied"] = [
    "Chief Fire Officer Dermot Quill was speaking on Wexmoor Today, the breakfast programme of Radio Wexmoor.",
    "Wexmoor Today is available on the station's app for 30 days.",
]
SPEAKERS["asked_replied"] = [("replied", "he", "Dermot Quill", "Not while")]

ARTICLES["two_guests"] = """Two farmers on the drought

Two farmers from the Aske valley joined Harriet Vane on the Land Hour to talk about the summer without rain.

VANE: Where does the water come from now?

OKORO: A tanker, twice a week. It costs me more than the feed.

BELLWOOD: I sank a borehole in June. It found water at ninety metres and it has not run dry yet.

VANE: Will you keep the herd?

OKORO: Half of it. I sold the rest at Aske market in August.

Daniel Okoro farms 200 acres at Lowther Green. Sally Bellwood runs a dairy herd at Aske End.
"""
GOLD["two_guests"] = [
    (":", "OKORO", "A tanker, twice a week. It costs me more than the feed"),
    (":", "BELLWOOD", "I sank a borehole in June. It found water at ninety metres and it has not run dry yet"),
    (":", "OKORO", "Half of it. I sold the rest at Aske market in August"),
]
NOT_REPORTS["two_guests"] = [
    "VANE: Where does the water come from now?",
    "VANE: Will you keep the herd?",
    "Daniel Okoro farms 200 acres at Lowther Green.",
    "Sally Bellwood runs a dairy herd at Aske End.",
]

ARTICLES["radio_writeup"] = """Bishop calls for pause on church sales

The Bishop of Carrowmore has called for a pause in the sale of village churches.

The Rt Rev Alun Pryce told BBC Radio Kerrow's Sunday Morning that twelve churches in the diocese had been sold in five years.

"Once a church becomes a holiday home, it never comes back," he said. "We owe the next generation a chance to decide."

The diocese said in a statement that the bishop's remarks reflected "a personal view".

Sunday Morning is presented by Gwen Harries and produced in Kerrow.
"""
GOLD["radio_writeup"] = [
    ("called", "The Bishop of Carrowmore", "a pause in the sale of village churches"),
    ("told", "The Rt Rev Alun Pryce", "twelve churches in the diocese had been sold in five years"),
    ("said", "he", "Once a church becomes a holiday home, it never comes back"),
    ("said", "The diocese", "the bishop's remarks reflected \"a personal view\""),
]
NOT_REPORTS["radio_writeup"] = [
    "Sunday Morning is presented by Gwen Harries and produced in Kerrow.",
]
SPEAKERS["radio_writeup"] = [("said", "he", "Alun Pryce", "Once a church")]

ARTICLES["podcast_recap"] = """What we learned from this week's Long Table

On this week's Long Table podcast, hosts Marcus Ibe and Rosa Kettle were joined by the novelist Imogen Sallow.

Sallow revealed that her next book is set on a cable ship in 1866.

She said she had spent a year reading the logs of telegraph engineers.

Ibe argued that historical novels had become too long. Kettle disagreed.

"Nobody complains that a long holiday is too long," Kettle said.

The Long Table is released every Thursday. New episodes are free for the first week.
"""
GOLD["podcast_recap"] = [
    ("revealed", "Sallow", "her next book is set on a cable ship in 1866"),
    ("said", "She", "she had spent a year reading the logs of telegraph engineers"),
    ("argued", "Ibe", "historical novels had become too long"),
    ("said", "Kettle", "Nobody complains that a long holiday is too long"),
]
NOT_REPORTS["podcast_recap"] = [
    "On this week's Long Table podcast, hosts Marcus Ibe and Rosa Kettle were joined by the novelist Imogen Sallow.",
    "The Long Table is released every Thursday.",
    "New episodes are free for the first week.",
]
SPEAKERS["podcast_recap"] = [("said", "She", "Imogen Sallow", "she had")]

ARTICLES["qa_with_bio"] = """The projectionist: 'Film smells of vinegar when it dies'

Walter Ness, 67, has run the projectors at the Regal in Dunmore since 1979. The cinema shows its last reel of 35mm film on Friday.

Q: What happens to the old projectors?

A: One goes to the film archive in Carlow. The other stays in the box, because I cannot bear to see it go.

Q: Will you miss film?

A: I miss it already. I think people forget how beautiful a scratch can be.

Q: And digital?

A: It is very clean. That is the best I can say for it.

Walter Ness was talking to Ciara Doyle. The Regal's farewell screening is at 8pm.
"""
GOLD["qa_with_bio"] = [
    (":", "A", "One goes to the film archive in Carlow. The other stays in the box, because I cannot bear to see it go"),
    (":", "A", "I miss it already. I think people forget how beautiful a scratch can be"),
    (":", "A", "It is very clean. That is the best I can say for it"),
]
NOT_REPORTS["qa_with_bio"] = [
    "Walter Ness, 67, has run the projectors at the Regal in Dunmore since 1979.",
    "The cinema shows its last reel of 35mm film on Friday.",
    "Q: What happens to the old projectors?",
    "Q: Will you miss film?",
    "Q: And digital?",
    "The Regal's farewell screening is at 8pm.",
]
SPEAKERS["qa_with_bio"] = [(":", "A", "Walter Ness", "I miss it")]

ARTICLES["phone_radio"] = """Ferryman says new bridge will end 400-year crossing

The last ferryman on the River Lune at Scarth has said a new bridge will end a crossing that has run since the 1600s.

Speaking to BBC Lancaster's Breakfast Show, Ewan Marr said he carried about 60 passengers a day in summer.

Marr, whose family has worked the ferry for four generations, said the council had offered him a job on the bridge's toll booth.

"I said no. I would rather row," he told the programme.

The bridge is due to open in 2027.

The Breakfast Show can be heard on BBC Sounds.
"""
GOLD["phone_radio"] = [
    ("said", "The last ferryman on the River Lune at Scarth", "a new bridge will end a crossing that has run since the 1600s"),
    ("said", "Ewan Marr", "he carried about 60 passengers a day in summer"),
    ("said", "Marr, whose family has worked the ferry for four generations", "the council had offered him a job on the bridge's toll booth"),
    ("told", "he", "I said no. I would rather row"),
]
NOT_REPORTS["phone_radio"] = [
    "The bridge is due to open in 2027.",
    "The Breakfast Show can be heard on BBC Sounds.",
]
SPEAKERS["phone_radio"] = [("told", "he", "Ewan Marr", "I said no")]

ARTICLES["paused_reply"] = """An astronaut candidate on waiting

Kaveh Rostami is one of six candidates for Europe's next crewed flight. He trained for four years before being told the launch had been postponed.

I asked him how it felt to wait. He paused before answering.

"Like standing at the top of a diving board that keeps getting taller," he said.

He admitted that he had thought about giving up in the spring.

Rostami was born in Shiraz and studied aeronautics in Delft.

The launch is now expected in 2029.
"""
GOLD["paused_reply"] = [
    ("asked", "I", "how it felt to wait"),
    ("said", "he", "Like standing at the top of a diving board that keeps getting taller"),
    ("admitted", "He", "he had thought about giving up in the spring"),
]
NOT_REPORTS["paused_reply"] = [
    "Kaveh Rostami is one of six candidates for Europe's next crewed flight.",
    "He paused before answering.",
    "Rostami was born in Shiraz and studied aeronautics in Delft.",
]
SPEAKERS["paused_reply"] = [("said", "he", "Kaveh Rostami", "Like standing"), ("admitted", "He", "Kaveh Rostami", "he had")]

ARTICLES["qa_reader_intro"] = """Ask the expert: should I insulate my loft myself?

Our building columnist this week is Moira Tulloch, a chartered surveyor with thirty years' experience. Her answers have been edited for clarity.

Q: You often warn against doing it yourself. Why?

A: Because the most common mistake is blocking the air at the eaves. The roof then rots from the inside and nobody notices for years.

Q: How thick should the insulation be?

A: At least 270 millimetres of mineral wool. Less than that and you are wasting your money.

Send your questions to the property desk.
"""
GOLD["qa_reader_intro"] = [
    ("warn", "You", "doing it yourself"),
    (":", "A", "Because the most common mistake is blocking the air at the eaves. The roof then rots from the inside and nobody notices for years"),
    (":", "A", "At least 270 millimetres of mineral wool. Less than that and you are wasting your money"),
]
NOT_REPORTS["qa_reader_intro"] = [
    "Her answers have been edited for clarity.",
    "Q: How thick should the insulation be?",
    "Send your questions to the property desk.",
]
SPEAKERS["qa_reader_intro"] = [(":", "A", "Moira Tulloch", "Because the")]

ARTICLES["replied_quote"] = """Minister sticks to school meals pledge

The education minister has stood by her pledge of free school meals for every primary pupil by 2027.

Interviewed on Channel 6's Face the Week, Ngozi Adebayo was asked where the £900m would come from.

"From the money we stop wasting on agency supply teachers," she replied.

The presenter, Hugh Bellamy, suggested that the sums did not add up. Adebayo said they would be published in the autumn budget.

Face the Week returns after the summer break on September 7.
"""
GOLD["replied_quote"] = [
    ("stood by", "The education minister", "her pledge of free school meals for every primary pupil by 2027"),
    ("replied", "she", "From the money we stop wasting on agency supply teachers"),
    ("suggested", "The presenter, Hugh Bellamy", "the sums did not add up"),
    ("said", "Adebayo", "they would be published in the autumn budget"),
]
NOT_REPORTS["replied_quote"] = [
    "Face the Week returns after the summer break on September 7.",
]
SPEAKERS["replied_quote"] = [("replied", "she", "Ngozi Adebayo", "From the money")]

ARTICLES["transcript_stamps"] = """Transcript: the mayor's phone-in, March 3

This is a partial transcript of Wednesday's phone-in with the mayor of Corby Vale on Vale FM.

[09:02] HOST: Our first caller is Jan from Pitsford.

[09:03] CALLER: The bins on my street have not been emptied for three weeks. When will they be?

[09:04] MAYOR ELLIS: By Friday. The new contractor started late and I have told them that is not good enough.

[09:06] HOST: Next is Sam in Brockhall.

The full programme is available on Vale FM's website.
"""
GOLD["transcript_stamps"] = [
    (":", "CALLER", "The bins on my street have not been emptied for three weeks. When will they be?"),
    (":", "MAYOR ELLIS", "By Friday. The new contractor started late and I have told them that is not good enough"),
]
NOT_REPORTS["transcript_stamps"] = [
    "This is a partial transcript of Wednesday's phone-in with the mayor of Corby Vale on Vale FM.",
    "The full programme is available on Vale FM's website.",
]

ARTICLES["scene_setting"] = """At home with the violin maker of Cregg

Anton Halloran makes eight violins a year in a workshop behind his house in Cregg. The walls are hung with unfinished scrolls and the air smells of varnish.

He makes tea before we start, and apologises for the cold.

"Spruce likes it cold," he says. "I try to agree with it."

Halloran says he learned the trade from a Czech maker who had settled in Galway in the 1960s.

When pressed on his prices, he concedes that a new violin costs more than most players earn in a year.

A Halloran violin was played at the Proms last summer.
"""
GOLD["scene_setting"] = [
    ("says", "he", "Spruce likes it cold"),
    ("says", "Halloran", "he learned the trade from a Czech maker who had settled in Galway in the 1960s"),
    ("concedes", "he", "a new violin costs more than most players earn in a year"),
]
NOT_REPORTS["scene_setting"] = [
    "Anton Halloran makes eight violins a year in a workshop behind his house in Cregg.",
    "The walls are hung with unfinished scrolls and the air smells of varnish.",
    "He makes tea before we start, and apologises for the cold.",
    "A Halloran violin was played at the Proms last summer.",
]
SPEAKERS["scene_setting"] = [("says", "he", "Anton Halloran", "Spruce"), ("concedes", "he", "Anton Halloran", "a new violin")]

ARTICLES["qa_long_multi"] = """Five questions for the new keeper of the Sallow Point light

Brigid Conway became the keeper of the Sallow Point lighthouse museum in April, the first woman in the post.

Q: Why a museum and not a working light?

A: The light has been automatic since 1994. Somebody still has to tell its story.

The keepers kept a log every night for a hundred years. I have read all of it, and most of it is about the weather.

Q: What is your favourite entry?

A: A keeper in 1911 wrote that a whale had looked at him for an hour. Nothing else that night.

The museum is open from Easter to October.
"""
GOLD["qa_long_multi"] = [
    (":", "A", "The light has been automatic since 1994. Somebody still has to tell its story"),
    (":", "A", "A keeper in 1911 wrote that a whale had looked at him for an hour. Nothing else that night"),
]
NOT_REPORTS["qa_long_multi"] = [
    "Brigid Conway became the keeper of the Sallow Point lighthouse museum in April, the first woman in the post.",
    "Q: Why a museum and not a working light?",
    "Q: What is your favourite entry?",
    "The museum is open from Easter to October.",
]
SPEAKERS["qa_long_multi"] = [(":", "A", "Brigid Conway", "The light")]

ARTICLES["tv_sofa"] = """Weather presenter says goodbye after 31 years

The weather presenter Colm Fennessy has presented his last forecast after 31 years on Coast Tonight.

Fennessy told viewers he had got the forecast wrong "perhaps four thousand times".

In an interview with the programme afterwards, he said the job had taught him humility.

"You are wrong on live television in front of your mother. Nothing humbles you faster," he laughed.

His successor, Aoife Lenihan, starts on Monday.

Coast Tonight is broadcast at 6.30pm.
"""
GOLD["tv_sofa"] = [
    ("told", "Fennessy", "he had got the forecast wrong \"perhaps four thousand times\""),
    ("said", "he", "the job had taught him humility"),
    ("laughed", "he", "You are wrong on live television in front of your mother. Nothing humbles you faster"),
]
NOT_REPORTS["tv_sofa"] = [
    "The weather presenter Colm Fennessy has presented his last forecast after 31 years on Coast Tonight.",
    "His successor, Aoife Lenihan, starts on Monday.",
    "Coast Tonight is broadcast at 6.30pm.",
]
SPEAKERS["tv_sofa"] = [("said", "he", "Colm Fennessy", "the job"), ("laughed", "he", "Colm Fennessy", "You are wrong")]

# Written after the mends, to probe the mended shapes in other words.

ARTICLES["named_long_turns"] = """'Every map is a lie, politely told'

Ines Carvalho has drawn the official walking maps of the Harrow Fells since 2004. The new edition is published in June.

Interviewer: What changed in twenty years?

Carvalho: The paths. Half of them have moved because walkers cut the corners and the old line grows over.

I walk every path myself before it goes on the map. My knees have views on that.

Interviewer: Do people still buy paper maps?

Carvalho: More than five years ago. A phone dies in the cold; paper does not.

The maps cost £9.50 from the park's visitor centres.
"""
GOLD["named_long_turns"] = [
    (":", "Carvalho", "The paths. Half of them have moved because walkers cut the corners and the old line grows over"),
    (":", "Carvalho", "More than five years ago. A phone dies in the cold; paper does not"),
]
NOT_REPORTS["named_long_turns"] = [
    "Ines Carvalho has drawn the official walking maps of the Harrow Fells since 2004.",
    "The new edition is published in June.",
    "Interviewer: What changed in twenty years?",
    "Interviewer: Do people still buy paper maps?",
    "The maps cost £9.50 from the park's visitor centres.",
]
SPEAKERS["named_long_turns"] = [(":", "Carvalho", "Ines Carvalho", "More than")]

ARTICLES["phone_in_guest"] = """Transcript: Gardeners' Hour, April 12

An edited extract from Saturday's Gardeners' Hour on Radio Fenwick.

PRESENTER: Welcome back. With me is the head gardener at Thornbury Hall.

GUEST: Thank you. The frost last week took every magnolia flower in the park.

PRESENTER: Will they recover?

GUEST: The trees will. The flowers are gone until next spring.

Gardeners' Hour is on Saturdays at ten.
"""
GOLD["phone_in_guest"] = [
    (":", "GUEST", "Thank you. The frost last week took every magnolia flower in the park"),
    (":", "GUEST", "The trees will. The flowers are gone until next spring"),
]
NOT_REPORTS["phone_in_guest"] = [
    "An edited extract from Saturday's Gardeners' Hour on Radio Fenwick.",
    "PRESENTER: Will they recover?",
    "Gardeners' Hour is on Saturdays at ten.",
]

ARTICLES["dated_intro_qa"] = """Five minutes with the new harbour pilot

Sunniva Holt became the first woman to pilot ships into Brenmouth harbour last year. Her first season ended in November.

Q: What is the hardest ship to bring in?

A: A car carrier in a crosswind. It is a block of flats with a sail on it.

Q: And the easiest?

A: A tug. It goes where you look.

Holt trained in Bergen.
"""
GOLD["dated_intro_qa"] = [
    (":", "A", "A car carrier in a crosswind. It is a block of flats with a sail on it"),
    (":", "A", "A tug. It goes where you look"),
]
NOT_REPORTS["dated_intro_qa"] = [
    "Her first season ended in November.",
    "Q: What is the hardest ship to bring in?",
    "Q: And the easiest?",
    "Holt trained in Bergen.",
]
SPEAKERS["dated_intro_qa"] = [(":", "A", "Sunniva Holt", "A tug")]

# Written last, after the first mends, in the write-ups' shapes again (a host's question put in reported speech,
# 'added, with a laugh', 'after a long pause', 'When pressed by' the host, readers' questions put to someone).

ARTICLES["today_told"] = """Water regulator says bills must rise to fix leaks

The head of the water regulator has said household bills will have to rise to pay for fixing leaking pipes.

Speaking to BBC Radio Kerrow's Morning Desk, Alasdair Frew said companies lost a fifth of their water through leaks.

The presenter asked him whether customers should pay for firms' failures. "Somebody has to pay, and the pipes do not care who," he replied.

He added, with a laugh, that he had fixed his own leaking tap only last week.

The interview was recorded on Tuesday and broadcast on Wednesday.

Morning Desk is on weekdays from 6am.
"""
GOLD["today_told"] = [
    ("said", "The head of the water regulator", "household bills will have to rise to pay for fixing leaking pipes"),
    ("said", "Alasdair Frew", "companies lost a fifth of their water through leaks"),
    ("asked", "The presenter", "whether customers should pay for firms' failures"),
    ("replied", "he", "Somebody has to pay, and the pipes do not care who"),
    ("added", "He", "he had fixed his own leaking tap only last week"),
]
NOT_REPORTS["today_told"] = [
    'The interview was recorded on Tuesday and broadcast on Wednesday.',
    'Morning Desk is on weekdays from 6am.',
]
SPEAKERS["today_told"] = [
    ("replied", "he", "Alasdair Frew", "Somebody"),
    ("added", "He", "Alasdair Frew", "he had"),
]

ARTICLES["appearing_on"] = """Chef quits television after twenty years

The chef Rosalind Achebe has said she will not make another cookery series.

Appearing on the Sunday Kitchen podcast, Achebe said she wanted to spend more time at her restaurant in Penzance.

"Television is a wonderful job, but it is not cooking," she said after a long pause.

Her co-host, Liam Forde, said he had tried to change her mind.

Sunday Kitchen is produced by Marlowe Audio. New episodes are released every Sunday.

Achebe's first series was broadcast in 2005.
"""
GOLD["appearing_on"] = [
    ("said", "The chef Rosalind Achebe", "she will not make another cookery series"),
    ("said", "Achebe", "she wanted to spend more time at her restaurant in Penzance"),
    ("said", "she", "Television is a wonderful job, but it is not cooking"),
    ("said", "Her co-host, Liam Forde", "he had tried to change her mind"),
]
NOT_REPORTS["appearing_on"] = [
    'Sunday Kitchen is produced by Marlowe Audio.',
    'New episodes are released every Sunday.',
    "Achebe's first series was broadcast in 2005.",
]
SPEAKERS["appearing_on"] = [
    ("said", "she", "Rosalind Achebe", "Television"),
]

ARTICLES["qa_mixed"] = """Q&A: the new chief constable on knife crime

Chief Constable Priyanka Nair took charge of Wessex Police in October. We put readers' questions to her.

Q: Are there more knives on the streets?

A: Fewer than two years ago, but more in the hands of children. That is what worries me.

Q: Will you bring back stop and search?

A: We never stopped it. I want it used well, not used more.

Nair joined the police in 1998 as a constable in Leicester.
"""
GOLD["qa_mixed"] = [
    (":", "A", "Fewer than two years ago, but more in the hands of children. That is what worries me"),
    (":", "A", "We never stopped it. I want it used well, not used more"),
]
NOT_REPORTS["qa_mixed"] = [
    'Q: Are there more knives on the streets?',
    'Q: Will you bring back stop and search?',
    'Nair joined the police in 1998 as a constable in Leicester.',
]
SPEAKERS["qa_mixed"] = [
    (":", "A", "Priyanka Nair", "We never"),
]

ARTICLES["host_asked"] = """Tenants' leader clashes with landlord on radio

A tenants' leader and a landlord clashed on Radio Brenmouth's Phone Lines on Thursday over a proposed rent cap.

Host Gemma Rhys asked the landlord, Victor Hale, if a cap would drive owners out of the market.

"Some will sell. Most will not," Hale said.

The tenants' leader, Joan Murphy, said rents in the town had risen by a third in three years.

When pressed by Rhys, Hale conceded that some rents had risen too fast.

Phone Lines can be heard again on the station's website.
"""
GOLD["host_asked"] = [
    ("asked", "Host Gemma Rhys", "if a cap would drive owners out of the market"),
    ("said", "Hale", "Some will sell. Most will not"),
    ("said", "The tenants' leader, Joan Murphy", "rents in the town had risen by a third in three years"),
    ("conceded", "Hale", "some rents had risen too fast"),
]
NOT_REPORTS["host_asked"] = [
    "Phone Lines can be heard again on the station's website.",
]
SPEAKERS["host_asked"] = [
    ("conceded", "Hale", "Victor Hale", "some rents"),
]
