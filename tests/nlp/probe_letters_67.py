# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short pieces written for the sixty-third pass's check of letters to the editor, readers' comments, columns quoting
others, Q-and-A and panel transcripts and editors' notes (helper H): letters opened by 'Sir,' or 'Sir, —' and signed
on lines of their own ('Gordon Ashby, Harlow', 'Yours faithfully,'), a letter citing the paper ('your report on X
(May 3) said', 'Your editorial (Buses, 12 April) argued', 'Mr X (Letters, April 19) says'), readers' comments
('@kez_99 wrote:', 'Another reader, Tom from Ashgrove, said', 'a reader signing himself Old Miner wrote:'), a
columnist's first person passing on others' words ('I was told by a minister that X', 'A friend who teaches at X
tells me that', 'I asked X whether'), Q-and-A turns under an intro naming the one interviewed and named again after
them, panel and hearing transcripts with names in capitals before a colon ('MARIA LOPEZ:' then 'LOPEZ:'), and
corrections, clarifications and updates ('Correction: An earlier version of this article said X', 'Update: The council
has since said X').

The gold is written by hand as PolNeAR and the project mark them, its shapes counted on PolNeAR train: a
transcript's 'NAME: words' is a report with the colon its cue and the name its source (6 of 6 turns in the one
transcript train holds); a Q-and-A's answer is the label's (cue ':', source 'A'), as the project's earlier sets
have it; the writer's own 'I think X' is a report with 'I' its source (``probe_opinion_61``: 21 of 26 on train), but
a letter's or a column's plain assertions report nothing; a correction's 'An earlier version of this story
incorrectly indicated that X' is not marked (1 of 1), nor an update's 'This article has been updated to include X'
(none of 9 marked), so an editor's note about the article itself reports nothing, while a report inside one ('The council has
since said X') is a report. Sources are maximal (the date and page in brackets after 'your report', a reader's town
after the name). Per piece: (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, paper and sentence is made up. Read by ``test_probe_findings_67_letters``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["letter_signed"] = """Letters: The Orwin bypass will not cure congestion

Sir, your report on the Orwin bypass (May 3) said the road would cut journey times by a third.

The queue at the Fenn Lane junction starts long before the new road would begin.

The county council admits that the last bypass filled up within two years.

Gordon Ashby, Harlow
"""
GOLD["letter_signed"] = [
    ("said", "your report on the Orwin bypass (May 3)", "the road would cut journey times by a third"),
    ("admits", "The county council", "the last bypass filled up within two years"),
]
NOT_REPORTS["letter_signed"] = [
    "The queue at the Fenn Lane junction starts long before the new road would begin.",
    "Gordon Ashby, Harlow",
]

ARTICLES["letter_correspondent"] = """Library hours

Sir, — Your correspondent Ellen Marsh (Letters, June 2) claims that the new library hours suit working parents.

I am a working parent, and they do not suit me. The library now closes at five on weekdays.

Yours faithfully,

Petra Olsen

Kenward
"""
GOLD["letter_correspondent"] = [
    ("claims", "Your correspondent Ellen Marsh (Letters, June 2)", "the new library hours suit working parents"),
]
NOT_REPORTS["letter_correspondent"] = [
    "The library now closes at five on weekdays.",
    "Yours faithfully,",
    "Petra Olsen",
    "Kenward",
]
SPEAKERS["letter_correspondent"] = [
    ("claims", "Your correspondent Ellen Marsh (Letters, June 2)", "Ellen Marsh", "the new library"),
]

ARTICLES["letter_told_by_nurse"] = """Night ward staffing

Sir, my mother spent four nights on the Willow ward at Dunmore General in March.

I was told by a nurse at Dunmore General that the night ward had been short of staff for months.

I believe the hospital trust owes patients an explanation.

M. Okonjo, Dunmore
"""
GOLD["letter_told_by_nurse"] = [
    ("told", "a nurse at Dunmore General", "the night ward had been short of staff for months"),
    ("believe", "I", "the hospital trust owes patients an explanation"),
]
NOT_REPORTS["letter_told_by_nurse"] = [
    "Sir, my mother spent four nights on the Willow ward at Dunmore General in March.",
    "M. Okonjo, Dunmore",
]

ARTICLES["reader_comments"] = """Your views: the Kestle pool

@kez_99 wrote: "Twenty years I've swum there. Closing it in January is madness."

Another reader, Tom from Ashgrove, said the council should have sold the car park instead.

@bluefin_mum wrote: "My kids learned to swim at Kestle. Where are they meant to go now?"

Comments have been edited for length.
"""
GOLD["reader_comments"] = [
    ("wrote", "@kez_99", "Twenty years I've swum there. Closing it in January is madness"),
    ("said", "Another reader, Tom from Ashgrove", "the council should have sold the car park instead"),
    ("wrote", "@bluefin_mum", "My kids learned to swim at Kestle. Where are they meant to go now?"),
]
NOT_REPORTS["reader_comments"] = ["Comments have been edited for length."]

ARTICLES["commenter_argued"] = """Flood barrier divides Lowbridge

The Lowbridge flood barrier cost £14m and opened in 2024.

One commenter, writing under the name Riverwatcher, argued that the barrier had been built in the wrong place.

The Environment Agency said the barrier had protected 900 homes last winter.
"""
GOLD["commenter_argued"] = [
    ("argued", "One commenter, writing under the name Riverwatcher", "the barrier had been built in the wrong place"),
    ("said", "The Environment Agency", "the barrier had protected 900 homes last winter"),
]
NOT_REPORTS["commenter_argued"] = ["The Lowbridge flood barrier cost £14m and opened in 2024."]

ARTICLES["column_minister_told"] = """Whitehall's quiet retreat on rail fares

I was told by a minister last week that the fare freeze would not survive the spring budget.

I think the Treasury is right to worry, but wrong to hide it.

Fares on the Kettering line rose 6 per cent in January.
"""
GOLD["column_minister_told"] = [
    ("told", "a minister", "the fare freeze would not survive the spring budget"),
    ("think", "I", "the Treasury is right to worry, but wrong to hide it"),
]
NOT_REPORTS["column_minister_told"] = ["Fares on the Kettering line rose 6 per cent in January."]

ARTICLES["column_friend_tells"] = """Hungry children cannot learn

A friend who teaches at Holloway Primary tells me that half her class arrive without breakfast.

Breakfast clubs cost about £1 a child a day.

I asked the head teacher, Rosa Pell, whether the school could open its kitchen earlier.

She said the budget would not stretch to it.
"""
GOLD["column_friend_tells"] = [
    ("tells", "A friend who teaches at Holloway Primary", "half her class arrive without breakfast"),
    ("asked", "I", "whether the school could open its kitchen earlier"),
    ("said", "She", "the budget would not stretch to it"),
]
NOT_REPORTS["column_friend_tells"] = ["Breakfast clubs cost about £1 a child a day."]
SPEAKERS["column_friend_tells"] = [("said", "She", "Rosa Pell", "the budget")]

ARTICLES["qa_health_chief"] = """Five minutes with the city's new health chief

Dr Lena Vos took over as Carrick's director of public health in March.

Q: What worries you most?

A: Vaping among under-16s. We see children in year seven who are already hooked.

Q: Will you ban vape shops near schools?

A: I would if the law let me. It does not, yet.

Vos said after the interview that she would write to the health secretary this week.
"""
GOLD["qa_health_chief"] = [
    (":", "A", "Vaping among under-16s. We see children in year seven who are already hooked"),
    (":", "A", "I would if the law let me. It does not, yet"),
    ("said", "Vos", "she would write to the health secretary this week"),
]
NOT_REPORTS["qa_health_chief"] = [
    "Dr Lena Vos took over as Carrick's director of public health in March.",
    "Q: What worries you most?",
    "Q: Will you ban vape shops near schools?",
]
SPEAKERS["qa_health_chief"] = [
    (":", "A", "Lena Vos", "Vaping"),
    ("said", "Vos", "Lena Vos", "she would"),
]

ARTICLES["panel_high_street"] = """Panel: can the high street be saved?

Three guests joined our panel at the Brennock Arts Centre on Tuesday: the mayor, Maria Lopez; the shop owner Dev Kapoor; and the planner Ines Halloran.

MARIA LOPEZ: We will cut business rates for small shops from April. That is a promise.

DEV KAPOOR: I have heard that promise before. Rents are the problem, not rates.

INES HALLORAN: Both of you are right, and neither of you owns the buildings.

LOPEZ: Then we will buy some of them.

The panel was chaired by the Brennock Post's editor, Sam Ure.
"""
GOLD["panel_high_street"] = [
    (":", "MARIA LOPEZ", "We will cut business rates for small shops from April. That is a promise"),
    (":", "DEV KAPOOR", "I have heard that promise before. Rents are the problem, not rates"),
    (":", "INES HALLORAN", "Both of you are right, and neither of you owns the buildings"),
    (":", "LOPEZ", "Then we will buy some of them"),
]
NOT_REPORTS["panel_high_street"] = ["The panel was chaired by the Brennock Post's editor, Sam Ure."]
SPEAKERS["panel_high_street"] = [
    (":", "MARIA LOPEZ", "Maria Lopez", "We will"),
    (":", "DEV KAPOOR", "Dev Kapoor", "I have"),
    (":", "LOPEZ", "Maria Lopez", "Then we"),
]

ARTICLES["correction_fares"] = """Ferry fares to rise by 8 per cent

Fares on the Marrow Sound ferry will rise by 8 per cent from June, the operator, Sound Link, said on Monday.

The company said fuel had cost it £2m more than expected last year.

Correction: An earlier version of this article said fares would rise by 18 per cent.
"""
GOLD["correction_fares"] = [
    ("said", "the operator, Sound Link", "Fares on the Marrow Sound ferry will rise by 8 per cent from June"),
    ("said", "The company", "fuel had cost it £2m more than expected last year"),
]
NOT_REPORTS["correction_fares"] = ["Correction: An earlier version of this article said fares would rise by 18 per cent."]
SPEAKERS["correction_fares"] = [("said", "The company", "Sound Link", "fuel had")]

ARTICLES["update_care_homes"] = """Council to close two care homes

Wyndham council will close the Elmfield and Larchmont care homes by the end of the year.

Residents will be offered places in other homes.

Update: The council has since said that no resident will have to leave before a new place is found.

This article was amended on 15 October to correct the name of the Larchmont home.
"""
GOLD["update_care_homes"] = [
    ("said", "The council", "no resident will have to leave before a new place is found"),
]
NOT_REPORTS["update_care_homes"] = [
    "Wyndham council will close the Elmfield and Larchmont care homes by the end of the year.",
    "Residents will be offered places in other homes.",
    "This article was amended on 15 October to correct the name of the Larchmont home.",
]

ARTICLES["clarification_builder"] = """Clarification

Our article of 2 May about the Tally Street flats stated that Orrell Homes had gone into administration.

Orrell Homes is trading normally and the flats will be finished in the autumn.

We apologise for the error.
"""
GOLD["clarification_builder"] = []
NOT_REPORTS["clarification_builder"] = [
    "Our article of 2 May about the Tally Street flats stated that Orrell Homes had gone into administration.",
    "Orrell Homes is trading normally and the flats will be finished in the autumn.",
]

ARTICLES["letter_councillor_told"] = """Sunday opening

Sir, Councillor Ray Dunn told your reporter (June 9) that the Northover tip would stay open on Sundays.

It closed on Sundays the following week.

Alan Fisk

Northover
"""
GOLD["letter_councillor_told"] = [
    ("told", "Councillor Ray Dunn", "the Northover tip would stay open on Sundays"),
]
NOT_REPORTS["letter_councillor_told"] = ["It closed on Sundays the following week.", "Alan Fisk", "Northover"]
SPEAKERS["letter_councillor_told"] = [("told", "Councillor Ray Dunn", "Ray Dunn", "the Northover")]

ARTICLES["letters_page"] = """Letters to the editor

Stop the mast

The phone company says the new mast on Gable Hill is safe. Perhaps it is, but it will be seen from every window in the valley.

Joan Pryce, Gable End

Keep the buses

Your editorial (Buses, 12 April) argued that the number 40 route should be cut. It is the only bus that reaches Tarn village.

Hugh Bellamy, Tarn
"""
GOLD["letters_page"] = [
    ("says", "The phone company", "the new mast on Gable Hill is safe"),
    ("argued", "Your editorial (Buses, 12 April)", "the number 40 route should be cut"),
]
NOT_REPORTS["letters_page"] = ["Stop the mast", "Joan Pryce, Gable End", "Keep the buses", "Hugh Bellamy, Tarn"]

ARTICLES["column_colleague_wrote"] = """The league has lost its way

As my colleague Dan Frost wrote last week, the league has forgotten the supporters who pay for it.

The chairman, Leo Hatt, insisted on Sunday that the club was not for sale.

Frost was right.
"""
GOLD["column_colleague_wrote"] = [
    ("wrote", "my colleague Dan Frost", "the league has forgotten the supporters who pay for it"),
    ("insisted", "The chairman, Leo Hatt", "the club was not for sale"),
]
NOT_REPORTS["column_colleague_wrote"] = ["Frost was right."]
SPEAKERS["column_colleague_wrote"] = [("insisted", "The chairman, Leo Hatt", "Leo Hatt", "the club")]

ARTICLES["column_overheard"] = """The 7.52 is never on time

On the train to Fenwick a woman across the aisle told her friend that the new timetable had cost her a job.

The operator says punctuality has improved since May.

The 7.52 was 19 minutes late on Monday.
"""
GOLD["column_overheard"] = [
    ("told", "a woman across the aisle", "the new timetable had cost her a job"),
    ("says", "The operator", "punctuality has improved since May"),
]
NOT_REPORTS["column_overheard"] = ["The 7.52 was 19 minutes late on Monday."]

ARTICLES["readers_pier"] = """Your memories of Penhale pier

The pier has been closed since a storm in February.

Sue Carrow, from Dellbridge, wrote: "The pier is the heart of the town."

Mick Orr, 71, from Penhale, said he had proposed to his wife at the end of it.
"""
GOLD["readers_pier"] = [
    ("wrote", "Sue Carrow, from Dellbridge", "The pier is the heart of the town"),
    ("said", "Mick Orr, 71, from Penhale", "he had proposed to his wife at the end of it"),
]
NOT_REPORTS["readers_pier"] = ["The pier has been closed since a storm in February."]
SPEAKERS["readers_pier"] = [
    ("wrote", "Sue Carrow, from Dellbridge", "Sue Carrow", "The pier"),
    ("said", "Mick Orr, 71, from Penhale", "Mick Orr", "he had"),
]

ARTICLES["handle_reply"] = """Council moves consultation after access complaint

Replying to the council's post, @tarnvalley_ed wrote that the consultation had been held in a room with no step-free access.

The council later said the next meeting would be held at the library.

The library has a lift.
"""
GOLD["handle_reply"] = [
    ("wrote", "@tarnvalley_ed", "the consultation had been held in a room with no step-free access"),
    ("said", "The council", "the next meeting would be held at the library"),
]
NOT_REPORTS["handle_reply"] = ["The library has a lift."]

ARTICLES["hearing_transcript"] = """Transcript: the water company hearing

Kwame Osei was the chief executive of Tarn Water until May.

CHAIR: Mr Osei, did you read the leak report?

OSEI: I did, in March. I passed it to the board the same week.

CHAIR: Why did the board not act on it?

OSEI: You would have to ask the board.
"""
GOLD["hearing_transcript"] = [
    (":", "OSEI", "I did, in March. I passed it to the board the same week"),
    (":", "OSEI", "You would have to ask the board"),
]
NOT_REPORTS["hearing_transcript"] = [
    "Kwame Osei was the chief executive of Tarn Water until May.",
    "CHAIR: Mr Osei, did you read the leak report?",
    "CHAIR: Why did the board not act on it?",
]
SPEAKERS["hearing_transcript"] = [(":", "OSEI", "Kwame Osei", "I did")]

ARTICLES["column_cabinet_source"] = """The knives are out in Downing Street

One cabinet minister, who asked not to be named, told me the prime minister had lost the room.

Another said simply: "It's over."

Downing Street denied that there was any plot.
"""
GOLD["column_cabinet_source"] = [
    ("told", "One cabinet minister, who asked not to be named", "the prime minister had lost the room"),
    ("said", "Another", "It's over"),
    ("denied", "Downing Street", "there was any plot"),
]
NOT_REPORTS["column_cabinet_source"] = []

ARTICLES["letter_reply"] = """The number 41

Sir, Mr Hugh Bellamy (Letters, April 19) says the number 40 bus is the only one that reaches Tarn.

The 41 stops there twice a day.

Edna Voss, Tarn Parva
"""
GOLD["letter_reply"] = [
    ("says", "Mr Hugh Bellamy (Letters, April 19)", "the number 40 bus is the only one that reaches Tarn"),
]
NOT_REPORTS["letter_reply"] = ["The 41 stops there twice a day.", "Edna Voss, Tarn Parva"]
SPEAKERS["letter_reply"] = [("says", "Mr Hugh Bellamy (Letters, April 19)", "Hugh Bellamy", "the number")]

ARTICLES["column_chief_constable"] = """Policing on the cheap

The chief constable, Dame Ruth Ibbot, wrote in a blog post that her officers were stretched to breaking point.

Three police stations in the county have closed since 2020.

Ibbot added that she had asked for 200 more officers.
"""
GOLD["column_chief_constable"] = [
    ("wrote", "The chief constable, Dame Ruth Ibbot", "her officers were stretched to breaking point"),
    ("added", "Ibbot", "she had asked for 200 more officers"),
]
NOT_REPORTS["column_chief_constable"] = ["Three police stations in the county have closed since 2020."]
SPEAKERS["column_chief_constable"] = [("added", "Ibbot", "Ruth Ibbot", "she had")]

ARTICLES["reader_old_miner"] = """Forty years after the pit closed

The Hallam colliery closed in 1986 with the loss of 1,100 jobs.

Under our story, a reader signing himself Old Miner wrote: "They shut the pit and promised us jobs. Forty years on, we're still waiting."
"""
GOLD["reader_old_miner"] = [
    ("wrote", "a reader signing himself Old Miner", "They shut the pit and promised us jobs. Forty years on, we're still waiting"),
]
NOT_REPORTS["reader_old_miner"] = ["The Hallam colliery closed in 1986 with the loss of 1,100 jobs."]

ARTICLES["phone_in_caller"] = """Renters ring in

A caller named only as Jo, from Stenhouse, told the programme that her rent had doubled in three years.

The average rent in Stenhouse is £1,150 a month.

The housing minister, Omar Reddy, said new rules would come in next year.
"""
GOLD["phone_in_caller"] = [
    ("told", "A caller named only as Jo, from Stenhouse", "her rent had doubled in three years"),
    ("said", "The housing minister, Omar Reddy", "new rules would come in next year"),
]
NOT_REPORTS["phone_in_caller"] = ["The average rent in Stenhouse is £1,150 a month."]
SPEAKERS["phone_in_caller"] = [("said", "The housing minister, Omar Reddy", "Omar Reddy", "new rules")]

ARTICLES["amended_remarks"] = """Deputy mayor warns of budget gap

The deputy mayor, Ava Lind, said the city faced a gap of £30m next year.

The city's budget is set in February.

This article has been amended to make clear that the remarks about the budget were made by the deputy mayor, not the mayor.
"""
GOLD["amended_remarks"] = [
    ("said", "The deputy mayor, Ava Lind", "the city faced a gap of £30m next year"),
]
NOT_REPORTS["amended_remarks"] = [
    "The city's budget is set in February.",
    "This article has been amended to make clear that the remarks about the budget were made by the deputy mayor, not the mayor.",
]
SPEAKERS["amended_remarks"] = [("said", "The deputy mayor, Ava Lind", "Ava Lind", "the city")]

ARTICLES["letter_quoted_as_saying"] = """Marl Housing tenants

Sir, the chief executive of Marl Housing, Gwen Astley, is quoted in your paper (June 1) as saying that no tenant will be moved.

Four families on Pike Row were moved last month.

Rhoda Kemp, Pike Row, Marlford
"""
GOLD["letter_quoted_as_saying"] = [
    ("saying", "the chief executive of Marl Housing, Gwen Astley", "no tenant will be moved"),
]
NOT_REPORTS["letter_quoted_as_saying"] = ["Four families on Pike Row were moved last month.", "Rhoda Kemp, Pike Row, Marlford"]

ARTICLES["qa_head_teacher"] = """Nineteen years at Crossway

Priya Dutt has been head teacher at Crossway School for 19 years. She retires in July.

Q: What has changed most?

A: The paperwork. I spend two days a week on forms.

Q: Would you do it again?

A: Every day of it.

The head teacher said the school would hold a farewell concert on 12 July.
"""
GOLD["qa_head_teacher"] = [
    (":", "A", "The paperwork. I spend two days a week on forms"),
    (":", "A", "Every day of it"),
    ("said", "The head teacher", "the school would hold a farewell concert on 12 July"),
]
NOT_REPORTS["qa_head_teacher"] = [
    "Priya Dutt has been head teacher at Crossway School for 19 years.",
    "Q: What has changed most?",
    "Q: Would you do it again?",
]
SPEAKERS["qa_head_teacher"] = [
    (":", "A", "Priya Dutt", "The paperwork"),
    ("said", "The head teacher", "Priya Dutt", "the school"),
]

ARTICLES["column_i_wrote"] = """I was right about the stadium

When I wrote in this column last year that the Brackwater stadium would never be finished on time, I was called a pessimist.

The stadium was due to open in August. It will now open next spring.

The club's owner, Rex Mallin, said on Friday that the builders had let him down.
"""
GOLD["column_i_wrote"] = [
    ("wrote", "I", "the Brackwater stadium would never be finished on time"),
    ("said", "The club's owner, Rex Mallin", "the builders had let him down"),
]
NOT_REPORTS["column_i_wrote"] = ["The stadium was due to open in August. It will now open next spring."]
SPEAKERS["column_i_wrote"] = [("said", "The club's owner, Rex Mallin", "Rex Mallin", "the builders")]

ARTICLES["panel_named_intro"] = """Debate: should Arnmouth charge tourists?

The debate was held at Arnmouth library on Thursday. The councillor Joel Petrie and the hotelier Anne Brisco took part.

JOEL PETRIE: The visitors use our roads and our beaches, and they pay nothing towards them.

ANNE BRISCO: They pay for my rooms, my staff and my suppliers. A charge will send them to Selby Bay.

PETRIE: Selby Bay charges already.

Petrie later said he would put the charge to a vote in March.
"""
GOLD["panel_named_intro"] = [
    (":", "JOEL PETRIE", "The visitors use our roads and our beaches, and they pay nothing towards them"),
    (":", "ANNE BRISCO", "They pay for my rooms, my staff and my suppliers. A charge will send them to Selby Bay"),
    (":", "PETRIE", "Selby Bay charges already"),
    ("said", "Petrie", "he would put the charge to a vote in March"),
]
NOT_REPORTS["panel_named_intro"] = ["The debate was held at Arnmouth library on Thursday."]
SPEAKERS["panel_named_intro"] = [
    (":", "JOEL PETRIE", "Joel Petrie", "The visitors"),
    (":", "ANNE BRISCO", "Anne Brisco", "They pay"),
    (":", "PETRIE", "Joel Petrie", "Selby Bay"),
    ("said", "Petrie", "Joel Petrie", "he would"),
]
