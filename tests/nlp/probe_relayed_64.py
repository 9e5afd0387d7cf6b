# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-seven short articles written for the sixty-fourth session's check of relayed and broadcast speech (helper J):
words that reach the article through a channel or a go-between ('said through an interpreter', 'told state
television, according to a translation by X', 'in remarks carried by the state news agency', 'in comments broadcast
on Sunday', 'in a video posted on social media', 'in an interview aired on X', 'in a recording obtained by X ... can be
heard telling', 'in a letter read out by her lawyer', 'in a statement read to reporters by a spokesperson', 'wrote in
a since-deleted post', 'according to a transcript released by X', 'according to a readout of the call', 'said in a
podcast', 'told the X newspaper', 'was heard saying on a hot mic', 'a spokesperson relayed', 'according to minutes of
the meeting', 'the newspaper quoted X as saying', 'said through his lawyer', 'told listeners to X') and speakers named
again by pronoun or role across paragraphs.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included; a source ends
before the comma that closes a relative clause on it): per article, (a word of the cue, the source, the first content
span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (programme listings, channel names,
narration of a broadcast, captions, 'Watch: ...', 'Listen to the full interview', episode titles, credits); (cue,
source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, outlet, figure and sentence is made
up. The first twenty-seven were written before any mend, the next six after the first run, the last four after the
mend. Read by ``test_probe_findings_64_relayed``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["interpreter"] = """Ostravel leader rejects border accord

President Ivo Marenko of Ostravel said through an interpreter that his government would not sign the border accord.

He told reporters in Lenz that the talks had been "a waste of a summer".

The accord covers 340 kilometres of the river frontier.

The summit was held in the old customs house on the Lenz waterfront.

Ostravel's foreign ministry said the president would travel home on Thursday.
"""
GOLD["interpreter"] = [
    ("said", "President Ivo Marenko of Ostravel", "his government would not sign the border accord"),
    ("told", "He", "the talks had been \"a waste of a summer\""),
    ("said", "Ostravel's foreign ministry", "the president would travel home on Thursday"),
]
NOT_REPORTS["interpreter"] = ["The accord covers 340 kilometres of the river frontier.", "The summit was held in the old customs house on the Lenz waterfront."]
SPEAKERS["interpreter"] = [("told", "He", "Ivo Marenko", "the talks")]

ARTICLES["state_tv_translation"] = """Drovnian minister blames drought for grain shortfall

Drovnia's agriculture minister, Salim Tarkan, told state television that the grain harvest would fall by a fifth, according to a translation by the Halvard Monitoring Service.

He said the drought had been the worst in 60 years.

Drovnia exported 4.2 million tonnes of wheat last year.

State television's evening bulletin is broadcast at 9pm.

Farmers' groups in the north said they had received no compensation.
"""
GOLD["state_tv_translation"] = [
    ("according to", "a translation by the Halvard Monitoring Service", "Drovnia's agriculture minister, Salim Tarkan, told state television that the grain harvest would fall by a fifth"),
    ("said", "He", "the drought had been the worst in 60 years"),
    ("said", "Farmers' groups in the north", "they had received no compensation"),
]
NOT_REPORTS["state_tv_translation"] = ["Drovnia exported 4.2 million tonnes of wheat last year.", "State television's evening bulletin is broadcast at 9pm."]
SPEAKERS["state_tv_translation"] = [("said", "He", "Salim Tarkan", "the drought")]

ARTICLES["news_agency"] = """Premier promises new railway to the coast

"The line will reach the coast within five years," Premier Adela Voss said in remarks carried by the state news agency Kestra.

She said the government had set aside 9 billion crowns for the project.

The railway would run 410 kilometres from Tarvin to the port of Sallo.

Kestra is the only news agency licensed to operate in the country.

Opposition lawmakers said the promise had been made before every election since 2011.
"""
GOLD["news_agency"] = [
    ("said", "Premier Adela Voss", "The line will reach the coast within five years"),
    ("said", "She", "the government had set aside 9 billion crowns for the project"),
    ("said", "Opposition lawmakers", "the promise had been made before every election since 2011"),
]
NOT_REPORTS["news_agency"] = ["The railway would run 410 kilometres from Tarvin to the port of Sallo.", "Kestra is the only news agency licensed to operate in the country."]
SPEAKERS["news_agency"] = [("said", "She", "Adela Voss", "the government")]

ARTICLES["broadcast_sunday"] = """Archbishop urges calm after riots

In comments broadcast on Sunday, Archbishop Tomas Pereira said the people of Valdora must not answer anger with violence.

"Violence will not bring back a single job," he said.

Three nights of rioting followed the closure of the Valdora steelworks in March.

The archbishop's weekly address is carried on Radio Sel at 10am.

Police said 42 people had been arrested.
"""
GOLD["broadcast_sunday"] = [
    ("said", "Archbishop Tomas Pereira", "the people of Valdora must not answer anger with violence"),
    ("said", "he", "Violence will not bring back a single job"),
    ("said", "Police", "42 people had been arrested"),
]
NOT_REPORTS["broadcast_sunday"] = ["Three nights of rioting followed the closure of the Valdora steelworks in March.", "The archbishop's weekly address is carried on Radio Sel at 10am."]
SPEAKERS["broadcast_sunday"] = [("said", "he", "Tomas Pereira", "Violence")]

ARTICLES["video_social"] = """Missing climber posts video from base camp

In a video posted on social media, the climber Nadia Brennholt said she was "tired but safe".

The video shows a row of tents under a grey sky.

She said two members of her team had turned back at 7,000 metres.

Watch: Nadia Brennholt's message from base camp

Her expedition company, Summitline, said a helicopter would reach the camp on Wednesday.
"""
GOLD["video_social"] = [
    ("said", "the climber Nadia Brennholt", "she was \"tired but safe\""),
    ("shows", "The video", "a row of tents under a grey sky"),
    ("said", "She", "two members of her team had turned back at 7,000 metres"),
    ("said", "Her expedition company, Summitline", "a helicopter would reach the camp on Wednesday"),
]
NOT_REPORTS["video_social"] = ["Watch: Nadia Brennholt's message from base camp"]
SPEAKERS["video_social"] = [("said", "She", "Nadia Brennholt", "two members")]

ARTICLES["interview_aired"] = """Striker says he will leave Harlow Rovers

In an interview aired on Channel Nine Sport on Monday night, the striker Dario Lenck said he would not sign a new contract.

"I have given this club eight years," he said.

Lenck has scored 131 goals for Rovers.

Channel Nine Sport: The Final Whistle, Mondays at 10.30pm

The club's chairman, Howard Grice, said talks were continuing.
"""
GOLD["interview_aired"] = [
    ("said", "the striker Dario Lenck", "he would not sign a new contract"),
    ("said", "he", "I have given this club eight years"),
    ("said", "The club's chairman, Howard Grice", "talks were continuing"),
]
NOT_REPORTS["interview_aired"] = ["Lenck has scored 131 goals for Rovers.", "Channel Nine Sport: The Final Whistle, Mondays at 10.30pm"]
SPEAKERS["interview_aired"] = [("said", "he", "Dario Lenck", "I have")]

ARTICLES["recording_obtained"] = """Mayor heard threatening contractor in recording

In a recording obtained by the Carrow Courier, Mayor Lionel Ambry can be heard telling a contractor that he would "never work in this town again".

The mayor said on Tuesday that the recording had been edited.

The recording lasts four minutes and was made in 2024.

The Carrow Courier is published every Thursday.

A lawyer for the contractor, Benedikt Saar, said his client had gone to the police.
"""
GOLD["recording_obtained"] = [
    ("telling", "Mayor Lionel Ambry", "he would \"never work in this town again\""),
    ("said", "The mayor", "the recording had been edited"),
    ("said", "A lawyer for the contractor, Benedikt Saar", "his client had gone to the police"),
]
NOT_REPORTS["recording_obtained"] = ["The recording lasts four minutes and was made in 2024.", "The Carrow Courier is published every Thursday."]
SPEAKERS["recording_obtained"] = [("said", "The mayor", "Lionel Ambry", "the recording")]

ARTICLES["letter_lawyer"] = """Jailed journalist thanks supporters in letter

In a letter read out by her lawyer outside the court, the jailed journalist Marit Oyelaran said she had "no regrets".

She wrote that she was being held in a cell with five other women.

Oyelaran was sentenced to six years in February.

The court building on Quay Street was closed to the public.

Her lawyer, Anselm Tiko, said an appeal would be lodged within 30 days.
"""
GOLD["letter_lawyer"] = [
    ("said", "the jailed journalist Marit Oyelaran", "she had \"no regrets\""),
    ("wrote", "She", "she was being held in a cell with five other women"),
    ("said", "Her lawyer, Anselm Tiko", "an appeal would be lodged within 30 days"),
]
NOT_REPORTS["letter_lawyer"] = ["Oyelaran was sentenced to six years in February.", "The court building on Quay Street was closed to the public."]
SPEAKERS["letter_lawyer"] = [("wrote", "She", "Marit Oyelaran", "she was")]

ARTICLES["statement_read"] = """Singer cancels tour after injury

In a statement read to reporters by a spokesperson, the singer Elsbeth Morrow said she was "heartbroken" to cancel the tour.

The spokesperson said the singer had broken her wrist during a rehearsal in Dunmere.

The tour was due to visit 22 cities.

Tickets cost between £45 and £120.

Refunds will be made automatically, the promoter, Brightstage, said.
"""
GOLD["statement_read"] = [
    ("said", "the singer Elsbeth Morrow", "she was \"heartbroken\" to cancel the tour"),
    ("said", "The spokesperson", "the singer had broken her wrist during a rehearsal in Dunmere"),
    ("said", "the promoter, Brightstage", "Refunds will be made automatically"),
]
NOT_REPORTS["statement_read"] = ["The tour was due to visit 22 cities.", "Tickets cost between £45 and £120."]

ARTICLES["deleted_post"] = """Councillor apologises for post about cyclists

Councillor Reuben Haskett wrote in a since-deleted post that cyclists "should pay to use the roads like everyone else".

He later said the post had been "badly worded".

The post was shared more than 3,000 times before it was removed.

Screenshot: the councillor's post, as it appeared on Friday

The Fallowfield Cycling Club said it had asked to meet him.
"""
GOLD["deleted_post"] = [
    ("wrote", "Councillor Reuben Haskett", "cyclists \"should pay to use the roads like everyone else\""),
    ("said", "He", "the post had been \"badly worded\""),
    ("said", "The Fallowfield Cycling Club", "it had asked to meet him"),
]
NOT_REPORTS["deleted_post"] = ["The post was shared more than 3,000 times before it was removed.", "Screenshot: the councillor's post, as it appeared on Friday"]
SPEAKERS["deleted_post"] = [("said", "He", "Reuben Haskett", "the post")]

ARTICLES["transcript_released"] = """Senator told donors tax bill would fail

The tax bill "has no chance in the chamber", Senator Corinne Blaylock told donors at a dinner in Westbury, according to a transcript released by her office.

Her office said the remarks had been taken out of context.

The dinner was attended by about 80 people.

The transcript runs to 14 pages.

Blaylock has sat in the senate since 2015.
"""
GOLD["transcript_released"] = [
    ("according to", "a transcript released by her office", "The tax bill \"has no chance in the chamber\", Senator Corinne Blaylock told donors at a dinner in Westbury"),
    ("said", "Her office", "the remarks had been taken out of context"),
]
NOT_REPORTS["transcript_released"] = ["The dinner was attended by about 80 people.", "The transcript runs to 14 pages.", "Blaylock has sat in the senate since 2015."]

ARTICLES["readout_call"] = """Leaders discuss fishing dispute by phone

Prime Minister Jonas Aldvik and President Rhea Castellan agreed to resume talks on fishing quotas, according to a readout of the call released by Aldvik's office.

The readout said the two leaders had also discussed energy prices.

The call lasted 40 minutes.

The fishing quotas expire at the end of the year.
"""
GOLD["readout_call"] = [
    ("according to", "a readout of the call released by Aldvik's office", "Prime Minister Jonas Aldvik and President Rhea Castellan agreed to resume talks on fishing quotas"),
    ("said", "The readout", "the two leaders had also discussed energy prices"),
]
NOT_REPORTS["readout_call"] = ["The call lasted 40 minutes.", "The fishing quotas expire at the end of the year."]

ARTICLES["podcast"] = """Former coach says he was forced out

"I was pushed, and everyone in that building knew it," the former coach Gideon Farrow said in a podcast released on Wednesday.

Farrow coached the Mersey Hawks for nine seasons.

He said the owners had never explained their decision.

Episode 47: "The Man Who Built the Hawks"

The Hawks said in a brief statement that they wished him well.
"""
GOLD["podcast"] = [
    ("said", "the former coach Gideon Farrow", "I was pushed, and everyone in that building knew it"),
    ("said", "He", "the owners had never explained their decision"),
    ("said", "The Hawks", "they wished him well"),
]
NOT_REPORTS["podcast"] = ["Farrow coached the Mersey Hawks for nine seasons.", "Episode 47: \"The Man Who Built the Hawks\""]
SPEAKERS["podcast"] = [("said", "He", "Gideon Farrow", "the owners")]

ARTICLES["told_newspaper"] = """Airline chief warns of higher fares

The chief executive of Skyhaven, Lucia Brandt, told the Morvale Herald that fares would rise by 10 per cent next summer.

She said fuel costs had doubled since January.

Skyhaven flies to 64 destinations from four airports.

The Morvale Herald has a daily circulation of 90,000.

A spokesman for the Civil Aviation Office said it had received no request to raise fares.
"""
GOLD["told_newspaper"] = [
    ("told", "The chief executive of Skyhaven, Lucia Brandt", "fares would rise by 10 per cent next summer"),
    ("said", "She", "fuel costs had doubled since January"),
    ("said", "A spokesman for the Civil Aviation Office", "it had received no request to raise fares"),
]
NOT_REPORTS["told_newspaper"] = ["Skyhaven flies to 64 destinations from four airports.", "The Morvale Herald has a daily circulation of 90,000."]
SPEAKERS["told_newspaper"] = [("said", "She", "Lucia Brandt", "fuel costs")]

ARTICLES["hot_mic"] = """Minister caught on hot mic mocking rival

The finance minister, Pavel Ostrik, was heard saying on a hot mic that his rival's plan was "a child's drawing".

Ostrik later told reporters that he had been joking.

The microphone was left on after a debate at the Ludna parliament.

The footage was broadcast by TV Ludna on Thursday evening.

His rival, Katya Belova, said the remark showed "his true face".
"""
GOLD["hot_mic"] = [
    ("saying", "The finance minister, Pavel Ostrik", "his rival's plan was \"a child's drawing\""),
    ("told", "Ostrik", "he had been joking"),
    ("said", "His rival, Katya Belova", "the remark showed \"his true face\""),
]
NOT_REPORTS["hot_mic"] = ["The microphone was left on after a debate at the Ludna parliament.", "The footage was broadcast by TV Ludna on Thursday evening."]

ARTICLES["spokesperson_relayed"] = """Cyclist's family thanks hospital staff

Oren Dax's family wanted to thank the nurses who had cared for him, a hospital spokesperson relayed on Friday.

The spokesperson said Dax was in a stable condition.

He was struck by a van on Elmbridge Road on Monday.

St Anselm's Hospital has 600 beds.

Police said the van driver had stopped at the scene.
"""
GOLD["spokesperson_relayed"] = [
    ("relayed", "a hospital spokesperson", "Oren Dax's family wanted to thank the nurses who had cared for him"),
    ("said", "The spokesperson", "Dax was in a stable condition"),
    ("said", "Police", "the van driver had stopped at the scene"),
]
NOT_REPORTS["spokesperson_relayed"] = ["He was struck by a van on Elmbridge Road on Monday.", "St Anselm's Hospital has 600 beds."]

ARTICLES["minutes"] = """Water board considered price rise in secret

The board of Lowmarsh Water discussed raising bills by 18 per cent, according to minutes of the meeting seen by the Lowmarsh Gazette.

The finance director, Ingrid Soll, told the board that the company faced a hole in its accounts.

Lowmarsh Water supplies 1.1 million homes.

The board meets on the first Tuesday of every month.

The company said no decision had been taken.
"""
GOLD["minutes"] = [
    ("according to", "minutes of the meeting seen by the Lowmarsh Gazette", "The board of Lowmarsh Water discussed raising bills by 18 per cent"),
    ("told", "The finance director, Ingrid Soll", "the company faced a hole in its accounts"),
    ("said", "The company", "no decision had been taken"),
]
NOT_REPORTS["minutes"] = ["Lowmarsh Water supplies 1.1 million homes.", "The board meets on the first Tuesday of every month."]

ARTICLES["quoted_as_saying"] = """Shipping magnate denies selling fleet

The Kellport Tribune quoted the shipping magnate Arvid Nesse as saying that the fleet was "not for sale at any price".

Nesse owns 38 cargo ships registered in Kellport.

He told a conference in Brisa on Tuesday that the company would order six new vessels.

The conference was held at the Brisa Maritime Centre.

Analysts at Fennick Securities said the fleet was worth about $2bn.
"""
GOLD["quoted_as_saying"] = [
    ("quoted", "The Kellport Tribune", "the shipping magnate Arvid Nesse as saying that the fleet was \"not for sale at any price\""),
    ("told", "He", "the company would order six new vessels"),
    ("said", "Analysts at Fennick Securities", "the fleet was worth about $2bn"),
]
NOT_REPORTS["quoted_as_saying"] = ["Nesse owns 38 cargo ships registered in Kellport.", "The conference was held at the Brisa Maritime Centre."]
SPEAKERS["quoted_as_saying"] = [("told", "He", "Arvid Nesse", "the company")]

ARTICLES["envoy_video"] = """Envoy says ceasefire talks will resume

The United Nations envoy for the Serrat region, Amadou Keita-Lind, said in a video message that ceasefire talks would resume next week.

The envoy said both sides had agreed to a prisoner exchange.

Fighting in Serrat has displaced 200,000 people since 2023.

He added that aid convoys had reached the town of Obel.

The envoy's office is in the city of Marrak.

The Serrat Liberation Front said in a statement on its Telegram channel that it had not been consulted.
"""
GOLD["envoy_video"] = [
    ("said", "The United Nations envoy for the Serrat region, Amadou Keita-Lind", "ceasefire talks would resume next week"),
    ("said", "The envoy", "both sides had agreed to a prisoner exchange"),
    ("added", "He", "aid convoys had reached the town of Obel"),
    ("said", "The Serrat Liberation Front", "it had not been consulted"),
]
NOT_REPORTS["envoy_video"] = ["Fighting in Serrat has displaced 200,000 people since 2023.", "The envoy's office is in the city of Marrak."]
SPEAKERS["envoy_video"] = [("said", "The envoy", "Amadou Keita-Lind", "both sides"), ("added", "He", "Amadou Keita-Lind", "aid convoys")]

ARTICLES["recorded_message"] = """Police chief resigns in recorded message

Chief Constable Miriam Oakes said in a recorded message to officers on Wednesday that she would step down in June.

The chief constable said she had "lost the confidence" of the force's oversight board.

Oakes joined the Tenbury force in 1994.

In the message, she said she was proud of the fall in burglaries.

The message was four minutes long and was later posted on the force's website.

The board's chair, Philip Gant, said he respected her decision.
"""
GOLD["recorded_message"] = [
    ("said", "Chief Constable Miriam Oakes", "she would step down in June"),
    ("said", "The chief constable", "she had \"lost the confidence\" of the force's oversight board"),
    ("said", "she", "she was proud of the fall in burglaries"),
    ("said", "The board's chair, Philip Gant", "he respected her decision"),
]
NOT_REPORTS["recorded_message"] = ["Oakes joined the Tenbury force in 1994.", "The message was four minutes long and was later posted on the force's website."]
SPEAKERS["recorded_message"] = [("said", "The chief constable", "Miriam Oakes", "she had"), ("said", "she", "Miriam Oakes", "she was proud")]

ARTICLES["listings"] = """What to watch this weekend

Saturday, 8pm, Channel Four North: The Harbour Detectives, series three

Sunday, 9pm, Radio Kell: Late Jazz with Morwenna Price

The broadcaster's director of programmes, Julian Stroud, said the autumn schedule would include two new dramas.

Credits: directed by Halla Brisk; produced by Oskar Feld

Listen to the full interview with Julian Stroud on our website.
"""
GOLD["listings"] = [
    ("said", "The broadcaster's director of programmes, Julian Stroud", "the autumn schedule would include two new dramas"),
]
NOT_REPORTS["listings"] = ["Saturday, 8pm, Channel Four North: The Harbour Detectives, series three", "Sunday, 9pm, Radio Kell: Late Jazz with Morwenna Price", "Credits: directed by Halla Brisk; produced by Oskar Feld", "Listen to the full interview with Julian Stroud on our website."]

ARTICLES["captions"] = """Flood waters reach town centre

Photo: Residents of Amble Cross carry sandbags along Church Lane on Sunday.

The river rose 2.4 metres in 12 hours, the Environment Office said.

The footage, filmed from a drone, shows cars submerged up to their roofs.

Pictured: the flooded market square

Hilda Marr, who runs a bakery on the square, said she had lost "everything in the shop".

Video: how the flood unfolded
"""
GOLD["captions"] = [
    ("said", "the Environment Office", "The river rose 2.4 metres in 12 hours"),
    ("shows", "The footage, filmed from a drone", "cars submerged up to their roofs"),
    ("said", "Hilda Marr, who runs a bakery on the square", "she had lost \"everything in the shop\""),
]
NOT_REPORTS["captions"] = ["Photo: Residents of Amble Cross carry sandbags along Church Lane on Sunday.", "Pictured: the flooded market square", "Video: how the flood unfolded"]

ARTICLES["radio_listeners"] = """Bus drivers to strike over rotas

The union's regional organiser, Carys Bevan, told listeners to Radio Penhallow that drivers would walk out on 3 March.

"Nobody wants to leave passengers stranded," she said.

Penhallow Buses runs 120 routes across the county.

The Breakfast Show with Tom Tresize, weekdays from 6am

A company spokesperson said the new rotas had been agreed in December.
"""
GOLD["radio_listeners"] = [
    ("told", "The union's regional organiser, Carys Bevan", "drivers would walk out on 3 March"),
    ("said", "she", "Nobody wants to leave passengers stranded"),
    ("said", "A company spokesperson", "the new rotas had been agreed in December"),
]
NOT_REPORTS["radio_listeners"] = ["Penhallow Buses runs 120 routes across the county.", "The Breakfast Show with Tom Tresize, weekdays from 6am"]
SPEAKERS["radio_listeners"] = [("said", "she", "Carys Bevan", "Nobody")]

ARTICLES["through_lawyer"] = """Detained businessman denies fraud

The businessman Cyrus Okonjo-Vance, who is being held in Marlport, said through his lawyer that he had "never taken a penny" from investors.

His lawyer, Fenella Roach, said her client would plead not guilty.

Okonjo-Vance founded the investment firm Bluecrest Holdings in 2009.

Bluecrest Holdings managed funds worth £600m at its peak.

Prosecutors said the fraud had cost investors £84m.
"""
GOLD["through_lawyer"] = [
    ("said", "The businessman Cyrus Okonjo-Vance, who is being held in Marlport", "he had \"never taken a penny\" from investors"),
    ("said", "His lawyer, Fenella Roach", "her client would plead not guilty"),
    ("said", "Prosecutors", "the fraud had cost investors £84m"),
]
NOT_REPORTS["through_lawyer"] = ["Okonjo-Vance founded the investment firm Bluecrest Holdings in 2009.", "Bluecrest Holdings managed funds worth £600m at its peak."]

ARTICLES["documentary"] = """Documentary shows life inside mine

The documentary, which aired on Tuesday, follows six miners through a winter shift at the Gorran pit.

One miner, Eli Pascoe, says in the film that he has not seen daylight on a weekday since October.

The camera follows the men 900 metres underground.

Narrated by Annette Greeve, the film runs for 58 minutes.

The mine's owners said the film gave a "one-sided" picture.
"""
GOLD["documentary"] = [
    ("says", "One miner, Eli Pascoe", "he has not seen daylight on a weekday since October"),
    ("said", "The mine's owners", "the film gave a \"one-sided\" picture"),
]
NOT_REPORTS["documentary"] = ["The documentary, which aired on Tuesday, follows six miners through a winter shift at the Gorran pit.", "The camera follows the men 900 metres underground.", "Narrated by Annette Greeve, the film runs for 58 minutes."]

ARTICLES["blog"] = """Retired general criticises defence cuts

"An army without soldiers is a museum," the retired general Konrad Vell wrote on his blog on Saturday.

He argued that the cuts would leave the country unable to defend its borders.

Vell served for 34 years and commanded the northern division.

The blog has about 15,000 readers.

The defence ministry said the cuts had been "carefully weighed".
"""
GOLD["blog"] = [
    ("wrote", "the retired general Konrad Vell", "An army without soldiers is a museum"),
    ("argued", "He", "the cuts would leave the country unable to defend its borders"),
    ("said", "The defence ministry", "the cuts had been \"carefully weighed\""),
]
NOT_REPORTS["blog"] = ["Vell served for 34 years and commanded the northern division.", "The blog has about 15,000 readers."]
SPEAKERS["blog"] = [("argued", "He", "Konrad Vell", "the cuts")]

ARTICLES["morning_programme"] = """Mayor says tram works will finish early

Speaking on Radio Kestrel's morning programme, the mayor of Brannock, Olu Adeyemi-Stone, said the tram works would finish a month early.

"We have had a dry spring, and the crews have worked nights," he said.

The tram line will link the station to the university campus.

Radio Kestrel broadcasts on 97.4 FM.

Shopkeepers on Market Row said trade had fallen by half during the works.
"""
GOLD["morning_programme"] = [
    ("said", "the mayor of Brannock, Olu Adeyemi-Stone", "the tram works would finish a month early"),
    ("said", "he", "We have had a dry spring, and the crews have worked nights"),
    ("said", "Shopkeepers on Market Row", "trade had fallen by half during the works"),
]
NOT_REPORTS["morning_programme"] = ["The tram line will link the station to the university campus.", "Radio Kestrel broadcasts on 97.4 FM."]
SPEAKERS["morning_programme"] = [("said", "he", "Olu Adeyemi-Stone", "We have")]

ARTICLES["voice_note"] = """Stranded sailor sends voice note from disabled yacht

In a voice note shared with reporters by her family, the sailor Ingrid Halvorsen said the yacht's mast had snapped in a storm.

"The boat is taking on a little water, but I am not in danger," she said.

Her brother, Mats Halvorsen, said the coastguard had been in touch with her twice a day.

The yacht, Northern Tern, is 12 metres long.

Subscribe to our daily podcast for the latest on the rescue.
"""
GOLD["voice_note"] = [
    ("said", "the sailor Ingrid Halvorsen", "the yacht's mast had snapped in a storm"),
    ("said", "she", "The boat is taking on a little water, but I am not in danger"),
    ("said", "Her brother, Mats Halvorsen", "the coastguard had been in touch with her twice a day"),
]
NOT_REPORTS["voice_note"] = ["The yacht, Northern Tern, is 12 metres long.", "Subscribe to our daily podcast for the latest on the rescue."]
SPEAKERS["voice_note"] = [("said", "she", "Ingrid Halvorsen", "The boat")]

ARTICLES["video_link"] = """Exiled opposition leader addresses rally by video link

Speaking by video link from Lisbon, the exiled opposition leader Baraka Nduwimana told supporters that he would return before the election.

He said his passport had been confiscated in 2023.

About 5,000 people attended the rally in the capital's Unity Square.

Editor's note: This article has been updated to correct the size of the crowd.

The interior ministry said the rally had not been authorised.
"""
GOLD["video_link"] = [
    ("told", "the exiled opposition leader Baraka Nduwimana", "he would return before the election"),
    ("said", "He", "his passport had been confiscated in 2023"),
    ("said", "The interior ministry", "the rally had not been authorised"),
]
NOT_REPORTS["video_link"] = ["About 5,000 people attended the rally in the capital's Unity Square.", "Editor's note: This article has been updated to correct the size of the crowd."]
SPEAKERS["video_link"] = [("said", "He", "Baraka Nduwimana", "his passport")]

ARTICLES["agency_official"] = """Grain ship cleared to leave port

The Tessaly News Agency quoted an unnamed port official as saying that the ship would sail on Saturday.

The ship, the Marisol Star, has been held at Port Averne since May.

Its captain, Yusuf Demirel, told a local radio station that the crew had run short of fresh water.

He said the owners had sent supplies by road.

Live: follow our coverage of the harbour blockade
"""
GOLD["agency_official"] = [
    ("quoted", "The Tessaly News Agency", "an unnamed port official as saying that the ship would sail on Saturday"),
    ("told", "Its captain, Yusuf Demirel", "the crew had run short of fresh water"),
    ("said", "He", "the owners had sent supplies by road"),
]
NOT_REPORTS["agency_official"] = ["The ship, the Marisol Star, has been held at Port Averne since May.", "Live: follow our coverage of the harbour blockade"]
SPEAKERS["agency_official"] = [("said", "He", "Yusuf Demirel", "the owners")]

ARTICLES["audio_campaign"] = """Candidate releases audio message from hospital

In an audio message released by her campaign, the candidate Rosalind Achterberg said she expected to be discharged within a week.

Her campaign manager said she had undergone surgery on her knee.

The election will be held on 14 October.

Achterberg is one of four candidates for the mayoralty.

Transcript: the full audio message
"""
GOLD["audio_campaign"] = [
    ("said", "the candidate Rosalind Achterberg", "she expected to be discharged within a week"),
    ("said", "Her campaign manager", "she had undergone surgery on her knee"),
]
NOT_REPORTS["audio_campaign"] = ["The election will be held on 14 October.", "Achterberg is one of four candidates for the mayoralty.", "Transcript: the full audio message"]

ARTICLES["pool_report"] = """President jokes about age at fundraiser

"I have been doing this longer than most of you have been alive," President Walter Brisbane said, according to a pool report.

The fundraiser was held at a private home in Castlebridge.

Tickets cost $5,000 a head.

The White Lodge said later that the president had been "making a point about experience".

Coming up: the president's schedule for next week
"""
GOLD["pool_report"] = [
    ("according to", "a pool report", "\"I have been doing this longer than most of you have been alive,\" President Walter Brisbane said"),
    ("said", "The White Lodge", "the president had been \"making a point about experience\""),
]
NOT_REPORTS["pool_report"] = ["The fundraiser was held at a private home in Castlebridge.", "Tickets cost $5,000 a head.", "Coming up: the president's schedule for next week"]

ARTICLES["message_daughter"] = """Veteran actor thanks fans from hospital bed

The actor Desmond Ashgrove said in a message relayed by his daughter that he was "overwhelmed" by the cards he had received.

His daughter, Fiona Ashgrove, said he was sitting up and reading the newspapers.

Ashgrove, 88, appeared in more than 70 films.

He won the Marlowe Prize for best actor in 1987.

Read more: a life in pictures
"""
GOLD["message_daughter"] = [
    ("said", "The actor Desmond Ashgrove", "he was \"overwhelmed\" by the cards he had received"),
    ("said", "His daughter, Fiona Ashgrove", "he was sitting up and reading the newspapers"),
]
NOT_REPORTS["message_daughter"] = ["Ashgrove, 88, appeared in more than 70 films.", "He won the Marlowe Prize for best actor in 1987.", "Read more: a life in pictures"]
SPEAKERS["message_daughter"] = [("said", "His daughter, Fiona Ashgrove", "Fiona Ashgrove", "he was")]

ARTICLES["clip_viewed"] = """Farmer's clip about flooded fields draws millions

In the clip, which has been viewed two million times, the farmer Gwilym Price says: "This field has been under water since November."

He later posted a second video in which he said the insurer had refused to pay.

His farm covers 180 hectares near the village of Llanwern.

The comments were first aired on Radio Cymru West.

The insurer, Harbour Mutual, said it was reviewing the claim.
"""
GOLD["clip_viewed"] = [
    ("says", "the farmer Gwilym Price", "This field has been under water since November."),
    ("said", "he", "the insurer had refused to pay"),
    ("said", "The insurer, Harbour Mutual", "it was reviewing the claim"),
]
NOT_REPORTS["clip_viewed"] = ["His farm covers 180 hectares near the village of Llanwern.", "The comments were first aired on Radio Cymru West."]
SPEAKERS["clip_viewed"] = [("said", "he", "Gwilym Price", "the insurer")]

ARTICLES["interview_published"] = """Novelist returns prize money in protest

"I cannot accept money from a company that pollutes my own river," the novelist Thandiwe Maseko told the Harwick Gazette in an interview published on Sunday.

In the interview, she also said she would give the £20,000 to a river trust.

The prize was founded in 1991 and is sponsored by Corran Chemicals.

The full transcript is available on the newspaper's website.

Corran Chemicals said it respected her decision.
"""
GOLD["interview_published"] = [
    ("told", "the novelist Thandiwe Maseko", "I cannot accept money from a company that pollutes my own river"),
    ("said", "she", "she would give the £20,000 to a river trust"),
    ("said", "Corran Chemicals", "it respected her decision"),
]
NOT_REPORTS["interview_published"] = ["The prize was founded in 1991 and is sponsored by Corran Chemicals.", "The full transcript is available on the newspaper's website."]
SPEAKERS["interview_published"] = [("said", "she", "Thandiwe Maseko", "she would")]

ARTICLES["asked_on_radio"] = """Health minister defends waiting times

Asked about waiting times on Radio Ambray, the health minister, Lorcan Devlin, said the figures were improving.

"We have cut the longest waits by a third," he said.

The remarks were translated by the agency from the Ambrese.

The average wait for a hip operation is 41 weeks.

Surgeons at the Royal Ambray Infirmary said the figures did not reflect what they saw on the wards.
"""
GOLD["asked_on_radio"] = [
    ("said", "the health minister, Lorcan Devlin", "the figures were improving"),
    ("said", "he", "We have cut the longest waits by a third"),
    ("said", "Surgeons at the Royal Ambray Infirmary", "the figures did not reflect what they saw on the wards"),
]
NOT_REPORTS["asked_on_radio"] = ["The remarks were translated by the agency from the Ambrese.", "The average wait for a hip operation is 41 weeks."]
SPEAKERS["asked_on_radio"] = [("said", "he", "Lorcan Devlin", "We have")]

ARTICLES["aide_relayed_words"] = """Ambassador's words read to crowd outside embassy

An aide read the ambassador's message to the crowd outside the embassy: "Your families are not forgotten."

The ambassador, Henrike Vos, said in the message that consular staff would work through the weekend.

About 300 people gathered outside the embassy on Friday evening.

Clip: the aide reading the message

She told the Corlan Post on Saturday that flights home would begin on Tuesday.
"""
GOLD["aide_relayed_words"] = [
    ("said", "The ambassador, Henrike Vos", "consular staff would work through the weekend"),
    ("told", "She", "flights home would begin on Tuesday"),
]
NOT_REPORTS["aide_relayed_words"] = ["About 300 people gathered outside the embassy on Friday evening.", "Clip: the aide reading the message"]
SPEAKERS["aide_relayed_words"] = [("told", "She", "Henrike Vos", "flights")]
