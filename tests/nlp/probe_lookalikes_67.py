# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fifty-four short articles written for the sixty-third pass's check of precision (helper D): lines that look like
reports but report nothing, set among true reports so that the set also checks that nothing right is lost. Scare
quotes and 'so-called' ('the so-called "peace plan"'), titles of songs, books, films and shows in quotation marks
('her hit "Say It Twice"', 'the musical "Simon Says"'), hypotheticals ('Should anyone claim the prize'), speech to
come or not given with nothing said ('will speak on Monday', 'did not speak at the meeting'), the writer's own
questions, biddings to the reader ('Tell us what you think'), speech as an event ('The speech lasted an hour',
'gave a speech in the square', 'Talks resumed'), signs and labels, phrasal senses ('called off', 'told off'), the
writer's idioms ('Needless to say', 'that is to say', 'so to speak', 'as the saying goes') and the plots of novels,
films and plays. Some lines of these shapes are reports as PolNeAR train marks them (a condition, 'if the minister
says no'; 'what officials call "a reset"'; a meeting called; a text 'written by' someone; 'declined to say
whether X'; 'The question is whether X'): those are in ``GOLD`` (the counts are in the test module).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, body and sentence is made up. Read by ``test_probe_findings_67_lookalikes``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["peace_plan"] = """Rebels reject truce offer

The so-called "peace plan" would freeze the front line for six months.

Rebel commander Idris Vane said the offer was a trap.

Talks resumed in Harrowgate on Tuesday after a break of two weeks.
"""
GOLD["peace_plan"] = [
    ("said", "Rebel commander Idris Vane", "the offer was a trap"),
]
NOT_REPORTS["peace_plan"] = [
    'The so-called "peace plan" would freeze the front line for six months.',
    "Talks resumed in Harrowgate on Tuesday after a break of two weeks.",
]

ARTICLES["reset_call"] = """Ministers plan trade reset with Norland

The two governments will meet in Carvel next month for what officials call "a reset" of trade ties.

Trade minister Ruth Okafor said tariffs on steel would be the first item.

The last round of meetings ended without a deal in March.
"""
GOLD["reset_call"] = [
    ("call", "officials", '"a reset" of trade ties'),
    ("said", "Trade minister Ruth Okafor", "tariffs on steel would be the first item"),
]
NOT_REPORTS["reset_call"] = [
    "The last round of meetings ended without a deal in March.",
]

ARTICLES["singer_hit"] = """Singer adds second Lessing date

Mara Quell, whose hit "Say It Twice" topped the charts in 2023, will play a second night at the Lessing Arena.

Her new single, "Nobody Told Me", comes out on Friday.

Her manager, Dev Rana, said the first night had sold out in an hour.
"""
GOLD["singer_hit"] = [
    ("said", "Her manager, Dev Rana", "the first night had sold out in an hour"),
]
NOT_REPORTS["singer_hit"] = [
    'Mara Quell, whose hit "Say It Twice" topped the charts in 2023, will play a second night at the Lessing Arena.',
    'Her new single, "Nobody Told Me", comes out on Friday.',
]

ARTICLES["novel_prize"] = """Debut novel wins Carrow prize

Ines Marlow's debut, "Tell Them I Said Goodbye", has won the Carrow prize for fiction.

The novel follows a ferryman who refuses to leave his island after the last school closes.

The chair of the judges, Pol Hartigan, said the book was funny and cruel in equal measure.

Marlow will receive £10,000.
"""
GOLD["novel_prize"] = [
    ("said", "The chair of the judges, Pol Hartigan", "the book was funny and cruel in equal measure"),
]
NOT_REPORTS["novel_prize"] = [
    'Ines Marlow\'s debut, "Tell Them I Said Goodbye", has won the Carrow prize for fiction.',
    "The novel follows a ferryman who refuses to leave his island after the last school closes.",
    "Marlow will receive £10,000.",
]

ARTICLES["film_festival"] = """Festival opens with harbour drama

The Orlesby film festival opened on Thursday with "What the Tide Said", a drama set in a fishing town.

The film was shot over six weeks in Gannet Bay.

Festival director Anouk Serra said ticket sales were up by a fifth on last year.
"""
GOLD["film_festival"] = [
    ("said", "Festival director Anouk Serra", "ticket sales were up by a fifth on last year"),
]
NOT_REPORTS["film_festival"] = [
    'The Orlesby film festival opened on Thursday with "What the Tide Said", a drama set in a fishing town.',
    "The film was shot over six weeks in Gannet Bay.",
]

ARTICLES["tv_show"] = """Quiz show axed after ten series

The broadcaster has cancelled "Ask Me Anything", the Saturday quiz hosted by Colin Dray since 2016.

The last episode will be shown in December.

A spokeswoman for the broadcaster said audiences had fallen by half.
"""
GOLD["tv_show"] = [
    ("said", "A spokeswoman for the broadcaster", "audiences had fallen by half"),
]
NOT_REPORTS["tv_show"] = [
    'The broadcaster has cancelled "Ask Me Anything", the Saturday quiz hosted by Colin Dray since 2016.',
    "The last episode will be shown in December.",
]

ARTICLES["bridge_condition"] = """Bridge repairs hang on ministry decision

If the transport minister says no, the repairs to the Kelby bridge will stop for a year.

The council has asked for £4m.

Council leader Amos Wren said the bridge was not safe for lorries.
"""
GOLD["bridge_condition"] = [
    ("says", "the transport minister", "no"),
    ("said", "Council leader Amos Wren", "the bridge was not safe for lorries"),
]
NOT_REPORTS["bridge_condition"] = []

ARTICLES["lottery_unclaimed"] = """Lottery prize still unclaimed

A ticket bought in Brenford won £2m in the draw on 3 May.

Should anyone claim the prize after 1 November, the money will go to good causes.

A spokesman for the lottery said the winner had 180 days to come forward.
"""
GOLD["lottery_unclaimed"] = [
    ("said", "A spokesman for the lottery", "the winner had 180 days to come forward"),
]
NOT_REPORTS["lottery_unclaimed"] = [
    "A ticket bought in Brenford won £2m in the draw on 3 May.",
    "Should anyone claim the prize after 1 November, the money will go to good causes.",
]

ARTICLES["club_buyer"] = """Football club faces winding-up order

Unless the board announces a buyer by Friday, Tamsworth Rovers will be wound up.

The club owes £1.2m in unpaid tax.

Supporters' trust chairman Glen Oduya said fans had raised £80,000 in a week.
"""
GOLD["club_buyer"] = [
    ("announces", "the board", "a buyer"),
    ("said", "Supporters' trust chairman Glen Oduya", "fans had raised £80,000 in a week"),
]
NOT_REPORTS["club_buyer"] = [
    "The club owes £1.2m in unpaid tax.",
]

ARTICLES["minister_speak"] = """Health minister to address nurses' conference

Health minister Clara Voss will speak at the nurses' conference in Dunmere on Monday.

She did not speak at last year's conference, where delegates voted for strikes.

The union's general secretary, Femi Adair, said members wanted a pay offer, not a speech.
"""
GOLD["minister_speak"] = [
    ("said", "The union's general secretary, Femi Adair", "members wanted a pay offer, not a speech"),
]
NOT_REPORTS["minister_speak"] = [
    "Health minister Clara Voss will speak at the nurses' conference in Dunmere on Monday.",
    "She did not speak at last year's conference, where delegates voted for strikes.",
]

ARTICLES["inquiry_witness"] = """Former police chief to give evidence

Former chief constable Harold Penn is due to give evidence to the Calder inquiry next week.

He has not spoken in public since he retired in 2021.

The inquiry's chairwoman, Judge Ayla Brook, said she expected hearings to end in June.
"""
GOLD["inquiry_witness"] = [
    ("said", "The inquiry's chairwoman, Judge Ayla Brook", "she expected hearings to end in June"),
]
NOT_REPORTS["inquiry_witness"] = [
    "Former chief constable Harold Penn is due to give evidence to the Calder inquiry next week.",
    "He has not spoken in public since he retired in 2021.",
]

ARTICLES["refused_whether"] = """Mayor silent on bus contract

Mayor Lina Ostrova declined to say whether the bus contract would be renewed.

The contract with Redline Buses ends in April.

A Redline spokesman said the firm had not been told anything.
"""
GOLD["refused_whether"] = [
    ("declined", "Mayor Lina Ostrova", "to say whether the bus contract would be renewed"),
    ("said", "A Redline spokesman", "the firm had not been told anything"),
]
NOT_REPORTS["refused_whether"] = [
    "The contract with Redline Buses ends in April.",
]

ARTICLES["rent_questions"] = """Rents rise for fifth year in Carvel

Average rents in Carvel rose by 9% last year, according to the letting agents' association.

But what does this mean for people who rent?

And will the council's new rules make any difference?

Tenants' union organiser Jo Marsh said many families were spending half their income on rent.
"""
GOLD["rent_questions"] = [
    ("according", "the letting agents' association", "Average rents in Carvel rose by 9% last year"),
    ("said", "Tenants' union organiser Jo Marsh", "many families were spending half their income on rent"),
]
NOT_REPORTS["rent_questions"] = [
    "But what does this mean for people who rent?",
    "And will the council's new rules make any difference?",
]

ARTICLES["readers_views"] = """Should the high street be closed to cars?

The council wants to close Market Street to traffic from June.

Shop owner Tariq Bell said his takings would fall if customers could not park.

Tell us what you think in the comments below.

Send your photos of the high street to news@example.com.
"""
GOLD["readers_views"] = [
    ("said", "Shop owner Tariq Bell", "his takings would fall if customers could not park"),
]
NOT_REPORTS["readers_views"] = [
    "Tell us what you think in the comments below.",
    "Send your photos of the high street to news@example.com.",
]

ARTICLES["recipe_steps"] = """How to make Halden flatbread

Mix the flour and the salt in a large bowl.

Add the water slowly and knead the dough for ten minutes.

Baker Sunita Rao, who runs the Halden Oven, said the secret was a very hot pan.

Let the dough rest for an hour before you cook it.
"""
GOLD["recipe_steps"] = [
    ("said", "Baker Sunita Rao, who runs the Halden Oven", "the secret was a very hot pan"),
]
NOT_REPORTS["recipe_steps"] = [
    "Mix the flour and the salt in a large bowl.",
    "Add the water slowly and knead the dough for ten minutes.",
    "Let the dough rest for an hour before you cook it.",
]

ARTICLES["speech_length"] = """President marks independence day

President Anton Kerel gave a speech in Velmora's main square on Sunday.

The speech lasted an hour and was broadcast on state television.

He said the country would hold elections next spring.

The crowd applauded for several minutes.
"""
GOLD["speech_length"] = [
    ("said", "He", "the country would hold elections next spring"),
]
NOT_REPORTS["speech_length"] = [
    "President Anton Kerel gave a speech in Velmora's main square on Sunday.",
    "The speech lasted an hour and was broadcast on state television.",
    "The crowd applauded for several minutes.",
]

ARTICLES["interview_aired"] = """Radio interview draws complaints

An interview with the businessman Otto Falk was broadcast on Radio Nord on Wednesday evening.

The interview ran for forty minutes.

The station received 300 complaints.

Station manager Helga Brun said the station stood by its decision to air it.
"""
GOLD["interview_aired"] = [
    ("said", "Station manager Helga Brun", "the station stood by its decision to air it"),
]
NOT_REPORTS["interview_aired"] = [
    "An interview with the businessman Otto Falk was broadcast on Radio Nord on Wednesday evening.",
    "The interview ran for forty minutes.",
    "The station received 300 complaints.",
]

ARTICLES["debate_held"] = """Candidates clash in final debate

The four candidates for mayor of Dunmere met for a final debate on Thursday.

The debate was held at the town hall and lasted ninety minutes.

Green candidate Priya Lal said the town needed more cycle lanes.
"""
GOLD["debate_held"] = [
    ("said", "Green candidate Priya Lal", "the town needed more cycle lanes"),
]
NOT_REPORTS["debate_held"] = [
    "The four candidates for mayor of Dunmere met for a final debate on Thursday.",
    "The debate was held at the town hall and lasted ninety minutes.",
]

ARTICLES["shop_sign"] = """Last bookshop in Kelby closes

A sign on the door of Page & Co read: "Closed for good. Thank you for 40 years."

The shop opened in 1984.

Its owner, Bernard Ash, said online sellers had taken most of his trade.
"""
GOLD["shop_sign"] = [
    ("read", "A sign on the door of Page & Co", "Closed for good. Thank you for 40 years."),
    ("said", "Its owner, Bernard Ash", "online sellers had taken most of his trade"),
]
NOT_REPORTS["shop_sign"] = [
    "The shop opened in 1984.",
]

ARTICLES["road_signs"] = """Drivers ignore new speed limit

Council workers put up "20 mph" signs on Harbour Road last month.

A "No entry" sign was added at the school gate.

Police sergeant Kira Dunn said officers had stopped 45 drivers in a week.
"""
GOLD["road_signs"] = [
    ("said", "Police sergeant Kira Dunn", "officers had stopped 45 drivers in a week"),
]
NOT_REPORTS["road_signs"] = [
    'Council workers put up "20 mph" signs on Harbour Road last month.',
    'A "No entry" sign was added at the school gate.',
]

ARTICLES["needless_bus"] = """Bus timetable changes cause chaos

The new timetable for Tamsworth's buses began on Monday.

Needless to say, the first buses were late.

Passenger Ella Grice said she had waited 50 minutes for the number 7.
"""
GOLD["needless_bus"] = [
    ("said", "Passenger Ella Grice", "she had waited 50 minutes for the number 7"),
]
NOT_REPORTS["needless_bus"] = [
    "The new timetable for Tamsworth's buses began on Monday.",
    "Needless to say, the first buses were late.",
]

ARTICLES["that_is_to_say"] = """Town budget leaves little for parks

The budget sets aside £40,000 for parks, that is to say less than £2 a resident.

Parks officer Nils Berg said the money would cover mowing and little else.

The budget will be put to a vote on 12 March.
"""
GOLD["that_is_to_say"] = [
    ("said", "Parks officer Nils Berg", "the money would cover mowing and little else"),
]
NOT_REPORTS["that_is_to_say"] = [
    "The budget sets aside £40,000 for parks, that is to say less than £2 a resident.",
    "The budget will be put to a vote on 12 March.",
]

ARTICLES["so_to_speak"] = """Village fete moves indoors

The Orlesby fete has moved into the school hall after a wet week, bringing the fields inside, so to speak.

The fete raised £6,000 last year.

Organiser Peg Lowther said stalls would be smaller this time.
"""
GOLD["so_to_speak"] = [
    ("said", "Organiser Peg Lowther", "stalls would be smaller this time"),
]
NOT_REPORTS["so_to_speak"] = [
    "The Orlesby fete has moved into the school hall after a wet week, bringing the fields inside, so to speak.",
    "The fete raised £6,000 last year.",
]

ARTICLES["saying_goes"] = """Flood-hit cafe reopens

Time heals, as the saying goes, and a year after the flood the Riverside Cafe is open again.

The water reached a metre inside the cafe in February last year.

Owner Dario Conti said insurance had paid for a new kitchen.
"""
GOLD["saying_goes"] = [
    ("said", "Owner Dario Conti", "insurance had paid for a new kitchen"),
]
NOT_REPORTS["saying_goes"] = [
    "Time heals, as the saying goes, and a year after the flood the Riverside Cafe is open again.",
    "The water reached a metre inside the cafe in February last year.",
]

ARTICLES["suffice_it"] = """Stadium plan costs double

The new stadium for Brenford City will cost £180m, twice the first estimate.

Suffice it to say, the club will not pay for it alone.

City chief executive Morag Teel said the council had agreed to lend £50m.
"""
GOLD["suffice_it"] = [
    ("said", "City chief executive Morag Teel", "the council had agreed to lend £50m"),
]
NOT_REPORTS["suffice_it"] = [
    "The new stadium for Brenford City will cost £180m, twice the first estimate.",
    "Suffice it to say, the club will not pay for it alone.",
]

ARTICLES["play_review"] = """Review: a family at war in "The Winter Lease"

In the first act, the eldest son tells his mother that the farm must be sold.

The play runs for two hours with one interval.

Critic Hana Lindqvist, writing in the Carvel Post, said the cast was the best in years.
"""
GOLD["play_review"] = [
    ("tells", "the eldest son", "the farm must be sold"),
    ("said", "Critic Hana Lindqvist, writing in the Carvel Post", "the cast was the best in years"),
]
NOT_REPORTS["play_review"] = [
    "The play runs for two hours with one interval.",
]

ARTICLES["film_plot"] = """Thriller tops the box office

"Night Ferry" took £3m in its first weekend.

The film follows a customs officer who finds a stowaway on the last boat to Gannet Bay.

Its director, Ruben Sallis, said the story came from his father's time at sea.
"""
GOLD["film_plot"] = [
    ("said", "Its director, Ruben Sallis", "the story came from his father's time at sea"),
]
NOT_REPORTS["film_plot"] = [
    '"Night Ferry" took £3m in its first weekend.',
    "The film follows a customs officer who finds a stowaway on the last boat to Gannet Bay.",
]

ARTICLES["book_title_said"] = """Memoir tops non-fiction chart

"I Said What I Said", the memoir of the former goalkeeper Tom Brack, sold 40,000 copies in its first week.

Brack will sign copies at the Lessing bookshop on Saturday.

His publisher said a second print run had been ordered.
"""
GOLD["book_title_said"] = [
    ("said", "His publisher", "a second print run had been ordered"),
]
NOT_REPORTS["book_title_said"] = [
    '"I Said What I Said", the memoir of the former goalkeeper Tom Brack, sold 40,000 copies in its first week.',
    "Brack will sign copies at the Lessing bookshop on Saturday.",
]

ARTICLES["campaign_slogan"] = """Council launches litter campaign

The council's "Bin It, Don't Drop It" campaign began on Monday with posters in every school.

The campaign will cost £20,000.

Councillor Yusuf Hale said litter fines would double from April.
"""
GOLD["campaign_slogan"] = [
    ("said", "Councillor Yusuf Hale", "litter fines would double from April"),
]
NOT_REPORTS["campaign_slogan"] = [
    'The council\'s "Bin It, Don\'t Drop It" campaign began on Monday with posters in every school.',
    "The campaign will cost £20,000.",
]

ARTICLES["nickname_scare"] = """Ring road nicknamed "the car park" reopens

The ring road, known locally as "the car park", reopened on Friday after six months of roadworks.

Its "smart" traffic lights are meant to cut queues by a third.

Highways engineer Tomas Reid said journeys at rush hour would be ten minutes shorter.
"""
GOLD["nickname_scare"] = [
    ("said", "Highways engineer Tomas Reid", "journeys at rush hour would be ten minutes shorter"),
]
NOT_REPORTS["nickname_scare"] = [
    'The ring road, known locally as "the car park", reopened on Friday after six months of roadworks.',
    'Its "smart" traffic lights are meant to cut queues by a third.',
]

ARTICLES["match_called_off"] = """Derby called off after storm

Saturday's derby between Kelby Town and Orlesby Athletic was called off because of a flooded pitch.

Town striker Leon Abara was called up to the national squad on Monday.

The referee, Ben Tasker, said the pitch had been under water at noon.
"""
GOLD["match_called_off"] = [
    ("said", "The referee, Ben Tasker", "the pitch had been under water at noon"),
]
NOT_REPORTS["match_called_off"] = [
    "Saturday's derby between Kelby Town and Orlesby Athletic was called off because of a flooded pitch.",
    "Town striker Leon Abara was called up to the national squad on Monday.",
]

ARTICLES["meeting_called"] = """Mayor calls emergency meeting on floods

Mayor Iris Caldwell has called an emergency meeting of the council for Friday.

The river burst its banks in three places on Wednesday night.

The Environment Office said more rain was expected at the weekend.
"""
GOLD["meeting_called"] = [
    ("called", "Mayor Iris Caldwell", "an emergency meeting of the council for Friday"),
    ("said", "The Environment Office", "more rain was expected at the weekend"),
]
NOT_REPORTS["meeting_called"] = [
    "The river burst its banks in three places on Wednesday night.",
]

ARTICLES["results_speak"] = """School climbs league table

Harbour Road Primary is now the fifth best school in the county.

The results speak for themselves.

Head teacher Joan Mbeki said the credit belonged to the pupils.

Only time will tell whether the school can stay near the top.
"""
GOLD["results_speak"] = [
    ("said", "Head teacher Joan Mbeki", "the credit belonged to the pupils"),
]
NOT_REPORTS["results_speak"] = [
    "Harbour Road Primary is now the fifth best school in the county.",
    "The results speak for themselves.",
    "Only time will tell whether the school can stay near the top.",
]

ARTICLES["parcel_label"] = """Post office loses hundreds of parcels

Hundreds of parcels marked "fragile" went missing from the Dunmere sorting office last month.

Each box was labelled "Handle with care" in red.

A spokeswoman for the postal service said an inquiry had begun.
"""
GOLD["parcel_label"] = [
    ("said", "A spokeswoman for the postal service", "an inquiry had begun"),
]
NOT_REPORTS["parcel_label"] = [
    'Hundreds of parcels marked "fragile" went missing from the Dunmere sorting office last month.',
    'Each box was labelled "Handle with care" in red.',
]

ARTICLES["phone_answered"] = """Volunteers staff flood helpline

Volunteers answered more than 900 calls on the flood helpline over the weekend.

The line will stay open until Friday.

Helpline coordinator Amy Roach said most callers had asked about sandbags.
"""
GOLD["phone_answered"] = [
    ("said", "Helpline coordinator Amy Roach", "most callers had asked about sandbags"),
]
NOT_REPORTS["phone_answered"] = [
    "Volunteers answered more than 900 calls on the flood helpline over the weekend.",
    "The line will stay open until Friday.",
]

ARTICLES["phrase_history"] = """Where did "green belt" come from?

The phrase "green belt" first appeared in a planning report in 1935.

The word "sprawl" followed a decade later.

Historian Keith Orme said the idea was older than the name.
"""
GOLD["phrase_history"] = [
    ("said", "Historian Keith Orme", "the idea was older than the name"),
]
NOT_REPORTS["phrase_history"] = [
    'The phrase "green belt" first appeared in a planning report in 1935.',
    'The word "sprawl" followed a decade later.',
]

ARTICLES["lyrics_chorus"] = """Anthem for the final chosen

The chorus of the new club anthem goes: "Stand up, stand up for the Harbour."

The song was written by two supporters, Kit Adeyemi and Ray Lunn.

Club secretary Alma Frey said the anthem would be played before every home game.
"""
GOLD["lyrics_chorus"] = [
    ("said", "Club secretary Alma Frey", "the anthem would be played before every home game"),
]
NOT_REPORTS["lyrics_chorus"] = [
    "The song was written by two supporters, Kit Adeyemi and Ray Lunn.",
]

ARTICLES["told_off"] = """Player banned after red card

Midfielder Sami Okoro was told off by the referee twice before he was sent off.

He will miss three games.

His manager, Frank Lowe, said the ban was harsh.
"""
GOLD["told_off"] = [
    ("said", "His manager, Frank Lowe", "the ban was harsh"),
]
NOT_REPORTS["told_off"] = [
    "Midfielder Sami Okoro was told off by the referee twice before he was sent off.",
    "He will miss three games.",
]

ARTICLES["say_for_example"] = """Small towns lose their banks

A town of, say, 5,000 people now has on average one bank branch, down from three in 2010.

Strictly speaking, the post office still offers some banking services.

Consumer group Fairpay said older customers were being left behind.
"""
GOLD["say_for_example"] = [
    ("said", "Consumer group Fairpay", "older customers were being left behind"),
]
NOT_REPORTS["say_for_example"] = [
    "A town of, say, 5,000 people now has on average one bank branch, down from three in 2010.",
    "Strictly speaking, the post office still offers some banking services.",
]

ARTICLES["tell_apart"] = """Forged notes flood market stalls

The fake £20 notes are so good that few traders can tell them apart from real ones.

Truth be told, most stalls no longer check notes at all.

Detective inspector Rosa Lind said 300 notes had been found in a month.
"""
GOLD["tell_apart"] = [
    ("said", "Detective inspector Rosa Lind", "300 notes had been found in a month"),
]
NOT_REPORTS["tell_apart"] = [
    "The fake £20 notes are so good that few traders can tell them apart from real ones.",
    "Truth be told, most stalls no longer check notes at all.",
]

ARTICLES["speaking_of"] = """Rail line to reopen after forty years

The Kelby to Orlesby line will carry passengers again from September.

Generally speaking, reopened lines have drawn more passengers than forecast.

Rail minister Owen Hart said the line would run two trains an hour.
"""
GOLD["speaking_of"] = [
    ("said", "Rail minister Owen Hart", "the line would run two trains an hour"),
]
NOT_REPORTS["speaking_of"] = [
    "The Kelby to Orlesby line will carry passengers again from September.",
    "Generally speaking, reopened lines have drawn more passengers than forecast.",
]

ARTICLES["title_verbs"] = """Carvel theatre announces spring season

"Don't Tell Mother", a farce about a wedding gone wrong, opens the season on 2 March.

It is followed by a revival of the musical "Simon Says" in April.

Artistic director Noor Haddad said the season was the theatre's most ambitious yet.
"""
GOLD["title_verbs"] = [
    ("said", "Artistic director Noor Haddad", "the season was the theatre's most ambitious yet"),
]
NOT_REPORTS["title_verbs"] = [
    '"Don\'t Tell Mother", a farce about a wedding gone wrong, opens the season on 2 March.',
    'It is followed by a revival of the musical "Simon Says" in April.',
]

ARTICLES["single_charts"] = """Folk duo's single reaches number two

The Marsh Sisters' single "He Said She Said" reached number two in the charts on Friday.

The duo recorded it in a barn in Gannet Bay.

Their label said the album would follow in June.
"""
GOLD["single_charts"] = [
    ("said", "Their label", "the album would follow in June"),
]
NOT_REPORTS["single_charts"] = [
    'The Marsh Sisters\' single "He Said She Said" reached number two in the charts on Friday.',
    "The duo recorded it in a barn in Gannet Bay.",
]

ARTICLES["statement_issued"] = """Water company apologises for outage

The statement was issued at 6pm, eight hours after taps ran dry in 4,000 homes.

It ran to two paragraphs.

The company said bottled water would be handed out at three sites.
"""
GOLD["statement_issued"] = [
    ("said", "The company", "bottled water would be handed out at three sites"),
]
NOT_REPORTS["statement_issued"] = [
    "The statement was issued at 6pm, eight hours after taps ran dry in 4,000 homes.",
    "It ran to two paragraphs.",
]

ARTICLES["question_remains"] = """Council pool to close for repairs

The Harbour Road pool will close for six months from May.

The question is whether the council can pay for the repairs.

Swimming club coach Lena Aziz said children would have to travel to Lessing to train.
"""
GOLD["question_remains"] = [
    ("The question is", "", "whether the council can pay for the repairs"),
    ("said", "Swimming club coach Lena Aziz", "children would have to travel to Lessing to train"),
]
NOT_REPORTS["question_remains"] = [
    "The Harbour Road pool will close for six months from May.",
]

ARTICLES["call_helpline"] = """Scam calls target pensioners

Call 101 if you think you have been targeted.

Never give your bank details to someone who calls you out of the blue.

Trading standards officer Greg Toll said pensioners in Brenford had lost £60,000 since June.
"""
GOLD["call_helpline"] = [
    ("said", "Trading standards officer Greg Toll", "pensioners in Brenford had lost £60,000 since June"),
]
NOT_REPORTS["call_helpline"] = [
    "Call 101 if you think you have been targeted.",
    "Never give your bank details to someone who calls you out of the blue.",
]

ARTICLES["announcement_delayed"] = """Factory closure decision put off

The announcement on the future of the Tamsworth glassworks was delayed until Monday.

The factory employs 640 people.

Union official Mick Dorran said workers had been kept in the dark for months.
"""
GOLD["announcement_delayed"] = [
    ("said", "Union official Mick Dorran", "workers had been kept in the dark for months"),
]
NOT_REPORTS["announcement_delayed"] = [
    "The announcement on the future of the Tamsworth glassworks was delayed until Monday.",
    "The factory employs 640 people.",
]

ARTICLES["speech_written"] = """Prime minister rehearses conference speech

The prime minister's conference speech was written by her former aide, Lucy Penhale.

She rehearsed it for three days at her country residence.

Party chairman Idris Bello said the speech would set out plans for the next election.
"""
GOLD["speech_written"] = [
    ("written", "her former aide, Lucy Penhale", "The prime minister's conference speech"),
    ("said", "Party chairman Idris Bello", "the speech would set out plans for the next election"),
]
NOT_REPORTS["speech_written"] = [
    "She rehearsed it for three days at her country residence.",
]

ARTICLES["easier_said"] = """Council promises to fix potholes by spring

Fixing 4,000 potholes by March is easier said than done.

It goes without saying that the winter has made things worse.

Roads officer Jan Vesely said crews would work at weekends.
"""
GOLD["easier_said"] = [
    ("said", "Roads officer Jan Vesely", "crews would work at weekends"),
]
NOT_REPORTS["easier_said"] = [
    "Fixing 4,000 potholes by March is easier said than done.",
    "It goes without saying that the winter has made things worse.",
]

ARTICLES["had_their_say"] = """Residents have their say on new estate

More than 300 residents had their say at a meeting in Brenford on Thursday.

The interview with the developer will air on Radio Nord on Sunday.

Planning officer Ravi Sen said the plans would go to committee in May.
"""
GOLD["had_their_say"] = [
    ("said", "Planning officer Ravi Sen", "the plans would go to committee in May"),
]
NOT_REPORTS["had_their_say"] = [
    "More than 300 residents had their say at a meeting in Brenford on Thursday.",
    "The interview with the developer will air on Radio Nord on Sunday.",
]

ARTICLES["warning_came"] = """Flood warning came too late, villagers say

The warning came at 2am, an hour after the river broke its banks.

His remarks came a day after the village was flooded.

Villager Edna Pruitt said the water had reached her windows before anyone knocked.
"""
GOLD["warning_came"] = [
    ("said", "Villager Edna Pruitt", "the water had reached her windows before anyone knocked"),
]
NOT_REPORTS["warning_came"] = [
    "The warning came at 2am, an hour after the river broke its banks.",
    "His remarks came a day after the village was flooded.",
]

ARTICLES["door_answered"] = """Police search house in Lessing

Nobody answered the door when officers called at the house on Elm Row on Tuesday.

Neighbours called the police after they smelled gas.

Inspector Dara Quinn said the house had been empty for weeks.
"""
GOLD["door_answered"] = [
    ("said", "Inspector Dara Quinn", "the house had been empty for weeks"),
]
NOT_REPORTS["door_answered"] = [
    "Nobody answered the door when officers called at the house on Elm Row on Tuesday.",
    "Neighbours called the police after they smelled gas.",
]

ARTICLES["spoke_volumes"] = """Minister walks out of hearing

The minister's silence spoke volumes.

The figures tell their own story: waiting times have doubled since 2022.

Committee chairman Basil Oyelaran said the minister would be called back next month.
"""
GOLD["spoke_volumes"] = [
    ("said", "Committee chairman Basil Oyelaran", "the minister would be called back next month"),
]
NOT_REPORTS["spoke_volumes"] = [
    "The minister's silence spoke volumes.",
]

ARTICLES["say_what_you_like"] = """Bypass halves journey times

Say what you like about the Kelby bypass, it has halved the journey to Orlesby.

Word of the new road spread quickly among hauliers.

Haulier Gita Pressman said her drivers were saving an hour a day.
"""
GOLD["say_what_you_like"] = [
    ("said", "Haulier Gita Pressman", "her drivers were saving an hour a day"),
]
NOT_REPORTS["say_what_you_like"] = [
    "Say what you like about the Kelby bypass, it has halved the journey to Orlesby.",
    "Word of the new road spread quickly among hauliers.",
]

SPEAKERS["peace_plan"] = [("said", "Rebel commander Idris Vane", "Idris Vane", "the offer")]
SPEAKERS["speech_length"] = [("said", "He", "Anton Kerel", "the country")]
SPEAKERS["shop_sign"] = [("said", "Its owner, Bernard Ash", "Bernard Ash", "online sellers")]
SPEAKERS["minister_speak"] = [("said", "The union's general secretary, Femi Adair", "Femi Adair", "members")]
