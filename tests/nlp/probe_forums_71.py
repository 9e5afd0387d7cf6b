# ruff: noqa: E501  (a paragraph is one line, as a page read to text has it: a line break inside one would split it)
"""Thirty-three pages written for the seventy-first pass's check of forums, FAQs, help pages and comment threads (helper
A), as a crawler keeps them (a title line, then plain paragraphs apart by a blank line): forum threads with their
apparatus ('Posted by riverfox92 on 3 May', 'Quote from moss_and_stone:', '@kettle_lad I agree that X', 'Reply',
'Likes: 4', signatures such as 'Sent from my phone'), FAQs and help pages ('Q:' and 'A:' lines under no named
interviewee, question headings with the answer below), a product's questions and answers, customer reviews quoting
staff ('the waiter told us X'), community notices, a news story's comment section ('One reader commented: "X"'),
threads of a Reddit-like site ('Posted by u/tidewalker', 'Edit: a crew member told me X'), forum users reporting
what an official, a landlord or a doctor told them, and news reports about forum posts ('In a post on a local forum,
one resident claimed X', 'A moderator said X', 'According to a post on the X forum, Y'); and one Q-and-A interview
with a named interviewee, whose 'A:' answers are the interviewee's, as ``probe_interviews_62`` has them. The
first thirty were written before any mend; the next two, threads quoting other posts ('Originally posted by X',
'Quote from X: I think Y'), after the first, to probe it; the last, a story's comments under 'NAME says:' lines,
after the second.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; on train 'told' is a cue 426 times, 'wrote' 225, 'agree' and 'agreed' 39, 'claimed' 26, 'promised' 21,
'posted' 12, and 'I' is a source 198 times): per page, (a word of the cue, the source, the first content span) for
each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (a forum's and a FAQ's apparatus, a FAQ's
questions and its answers, which are the page's own words, not a speaker's: an FAQ is no interview); (cue, source,
speaker, the content's first words) in ``SPEAKERS``, where a forum post's own 'I' is the user the post's 'Posted by'
line names, as an article's 'I' is its byline's writer. Every name, user name, place, body and sentence is made up.
Read by ``test_probe_findings_71_forums``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["bins_thread"] = """Re: New recycling bins on Larch Road

Posted by riverfox92 on 3 May

I think the new bins are too small for a family of five.

Posted by kettle_lad on 3 May

@riverfox92 I agree that the bins are small, but the lorry comes every week now.

Likes: 4

Posted by riverfox92 on 4 May

I rang the council this morning and the woman on the phone told me the bigger bins cost £40.

Reply
"""
GOLD["bins_thread"] = [
    ("think", "I", "the new bins are too small for a family of five"),
    ("agree", "I", "the bins are small"),
    ("told", "the woman on the phone", "the bigger bins cost £40"),
]
NOT_REPORTS["bins_thread"] = [
    "Posted by riverfox92 on 3 May",
    "Posted by kettle_lad on 3 May",
    "Likes: 4",
    "Posted by riverfox92 on 4 May",
    "Reply",
]
SPEAKERS["bins_thread"] = [("think", "I", "riverfox92", "the new bins"), ("agree", "I", "kettle_lad", "the bins")]

ARTICLES["parking_faq"] = """Resident parking permits: frequently asked questions

Q: Can I park overnight in the Millbrook car park?

A: Yes. Overnight parking is free from 6pm to 8am.

Q: How long does a new permit take to arrive?

A: Permits are posted within ten working days of payment.

Q: What happens if I lose my permit?

A: Report the loss online and we will send a replacement for £5.
"""
GOLD["parking_faq"] = []
NOT_REPORTS["parking_faq"] = [
    "Q: Can I park overnight in the Millbrook car park?",
    "A: Yes. Overnight parking is free from 6pm to 8am.",
    "Q: How long does a new permit take to arrive?",
    "A: Permits are posted within ten working days of payment.",
    "A: Report the loss online and we will send a replacement for £5.",
]

ARTICLES["boiler_faq"] = """Heating help: your boiler questions

Q: Why is my boiler pressure dropping?

A: A small leak in a radiator valve is the usual cause. Our engineers say most leaks can be fixed in under an hour.

Q: Should I turn my heating off when I go on holiday?

A: No. Set it to frost mode so the pipes do not freeze.

Q: How often should the boiler be serviced?

A: Once a year, ideally before the winter.
"""
GOLD["boiler_faq"] = [
    ("say", "Our engineers", "most leaks can be fixed in under an hour"),
]
NOT_REPORTS["boiler_faq"] = [
    "Q: Why is my boiler pressure dropping?",
    "Q: Should I turn my heating off when I go on holiday?",
    "A: No. Set it to frost mode so the pipes do not freeze.",
    "Q: How often should the boiler be serviced?",
    "A: Once a year, ideally before the winter.",
]

ARTICLES["shop_faq"] = """Delivery and returns

Do you ship to Ireland?

Yes. Orders to Ireland take three to five working days and cost £6.

What is your returns policy?

You can return any unworn item within 30 days for a full refund.

Can I change my order after I have paid?

Email us within two hours and we will do our best.
"""
GOLD["shop_faq"] = []
NOT_REPORTS["shop_faq"] = [
    "Do you ship to Ireland?",
    "Yes. Orders to Ireland take three to five working days and cost £6.",
    "What is your returns policy?",
    "You can return any unworn item within 30 days for a full refund.",
    "Can I change my order after I have paid?",
    "Email us within two hours and we will do our best.",
]

ARTICLES["app_help"] = """Help centre: signing in

Why can't I sign in?

Check that your email address is spelled correctly and that caps lock is off.

I forgot my password. What should I do?

Tap 'Forgot password' on the sign-in screen and we will email you a link.

Still stuck? Our support team replies within one working day.
"""
GOLD["app_help"] = []
NOT_REPORTS["app_help"] = [
    "Why can't I sign in?",
    "Check that your email address is spelled correctly and that caps lock is off.",
    "I forgot my password. What should I do?",
    "Tap 'Forgot password' on the sign-in screen and we will email you a link.",
    "Still stuck? Our support team replies within one working day.",
]

ARTICLES["kettle_questions"] = """Customer questions and answers

Question: Does this kettle fit under a standard wall cabinet?

Answer: Yes, it is 24 cm tall with the lid closed.

Question: Is the filter removable?

Answer: The filter lifts out for cleaning.

12 of 13 people found this helpful.

The seller says the base is covered by a two-year warranty.
"""
GOLD["kettle_questions"] = [
    ("says", "The seller", "the base is covered by a two-year warranty"),
]
NOT_REPORTS["kettle_questions"] = [
    "Question: Does this kettle fit under a standard wall cabinet?",
    "Answer: Yes, it is 24 cm tall with the lid closed.",
    "Question: Is the filter removable?",
    "Answer: The filter lifts out for cleaning.",
    "12 of 13 people found this helpful.",
]

ARTICLES["bistro_review"] = """Lovely room, disappointing service

We booked a table for six on a Friday night.

The waiter told us the kitchen had run out of lamb by half past seven.

When we complained about the wait, the manager said she would take the desserts off the bill.

The chips were excellent, though.

Visited in March 2026
"""
GOLD["bistro_review"] = [
    ("told", "The waiter", "the kitchen had run out of lamb by half past seven"),
    ("complained", "we", "the wait"),
    ("said", "the manager", "she would take the desserts off the bill"),
]
NOT_REPORTS["bistro_review"] = [
    "We booked a table for six on a Friday night.",
    "The chips were excellent, though.",
    "Visited in March 2026",
]

ARTICLES["garage_review"] = """Honest and quick

Brought my van in with a warning light on.

The mechanic, a young lad called Ross, explained that the sensor was faulty and not the engine.

"You could drive it another year like this," he said, "but it will fail its test."

Paid £85 in total. Would use again.
"""
GOLD["garage_review"] = [
    ("explained", "The mechanic, a young lad called Ross", "the sensor was faulty and not the engine"),
    ("said", "he", "You could drive it another year like this"),
]
NOT_REPORTS["garage_review"] = [
    "Brought my van in with a warning light on.",
    "Paid £85 in total. Would use again.",
]
SPEAKERS["garage_review"] = [("said", "he", "Ross", "You could")]

ARTICLES["water_notice"] = """Notice to residents of Harrow Close

The water board has told us that the supply will be cut on Tuesday from 9am to 3pm.

Please fill a few bottles the night before.

The residents' association meets on the first Monday of each month in the church hall.

New members are always welcome.
"""
GOLD["water_notice"] = [
    ("told", "The water board", "the supply will be cut on Tuesday from 9am to 3pm"),
]
NOT_REPORTS["water_notice"] = [
    "Please fill a few bottles the night before.",
    "The residents' association meets on the first Monday of each month in the church hall.",
    "New members are always welcome.",
]

ARTICLES["skatepark_comments"] = """Skate park plan approved for Dunmere

Plans for a skate park on the old bowling green in Dunmere were approved on Tuesday.

Councillor Ivy Renn, who chairs the planning committee, said the park would open next summer.

Comments (3)

One reader commented: "About time. The kids here have nowhere to go."

Another wrote that the site was too close to the houses on Mill Lane.

skaterdad_77, 2 hours ago

Report this comment
"""
GOLD["skatepark_comments"] = [
    ("said", "Councillor Ivy Renn, who chairs the planning committee", "the park would open next summer"),
    ("commented", "One reader", "About time. The kids here have nowhere to go"),
    ("wrote", "Another", "the site was too close to the houses on Mill Lane"),
]
NOT_REPORTS["skatepark_comments"] = [
    "Plans for a skate park on the old bowling green in Dunmere were approved on Tuesday.",
    "Comments (3)",
    "skaterdad_77, 2 hours ago",
    "Report this comment",
]
SPEAKERS["skatepark_comments"] = [("said", "Councillor Ivy Renn, who chairs the planning committee", "Ivy Renn", "the park")]

ARTICLES["ferry_thread"] = """r/Harwick

Posted by u/tidewalker 5 hours ago

Has anyone else had their ferry cancelled this week?

Third day running for me. I missed a hospital appointment on Monday.

Edit: a crew member told me the engine part is coming from Norway.

214 comments

Share

Save
"""
GOLD["ferry_thread"] = [
    ("told", "a crew member", "the engine part is coming from Norway"),
]
NOT_REPORTS["ferry_thread"] = [
    "Posted by u/tidewalker 5 hours ago",
    "Has anyone else had their ferry cancelled this week?",
    "Third day running for me. I missed a hospital appointment on Monday.",
    "214 comments",
]

ARTICLES["bridge_post"] = """Residents angry over Kelby bridge closure

In a post on a local forum, one resident claimed the bridge had been closed without any warning.

The post, which was shared more than 200 times, said drivers faced a detour of eleven miles.

A spokesman for the county's highways department said the closure had been announced in March.

The bridge carries about 9,000 vehicles a day.
"""
GOLD["bridge_post"] = [
    ("claimed", "one resident", "the bridge had been closed without any warning"),
    ("said", "The post, which was shared more than 200 times", "drivers faced a detour of eleven miles"),
    ("said", "A spokesman for the county's highways department", "the closure had been announced in March"),
]
NOT_REPORTS["bridge_post"] = ["The bridge carries about 9,000 vehicles a day."]

ARTICLES["trail_thread"] = """Ridgeway trail closures - any news?

Posted by moss_and_stone on 12 April

Does anyone know when the upper trail opens again?

Posted by Hillwalker Jen on 12 April

Quote from moss_and_stone: Does anyone know when the upper trail opens again?

I spoke to a ranger at the visitor centre yesterday and he said the trail would reopen in June.

Happy walking, Jen

Sent from my phone
"""
GOLD["trail_thread"] = [
    ("said", "he", "the trail would reopen in June"),
]
SPEAKERS["trail_thread"] = [("said", "he", "ranger at the visitor centre", "the trail")]
NOT_REPORTS["trail_thread"] = [
    "Posted by moss_and_stone on 12 April",
    "Does anyone know when the upper trail opens again?",
    "Posted by Hillwalker Jen on 12 April",
    "Quote from moss_and_stone: Does anyone know when the upper trail opens again?",
    "Happy walking, Jen",
    "Sent from my phone",
]

ARTICLES["tenant_forum"] = """Landlord won't fix boiler - can I withhold rent?

Posted by flatmate_b on 2 February

My landlord said he would fix the boiler before Christmas and nothing has happened.

We have had no hot water for five weeks.

Posted by Ollie_Renter on 2 February

Don't withhold rent. Citizens Advice told me that tenants who stop paying can be evicted.

Write to him instead and keep a copy of the letter.
"""
GOLD["tenant_forum"] = [
    ("said", "My landlord", "he would fix the boiler before Christmas"),
    ("told", "Citizens Advice", "tenants who stop paying can be evicted"),
]
NOT_REPORTS["tenant_forum"] = [
    "Posted by flatmate_b on 2 February",
    "We have had no hot water for five weeks.",
    "Posted by Ollie_Renter on 2 February",
    "Write to him instead and keep a copy of the letter.",
]

ARTICLES["parents_forum"] = """Temperature and a rash - should I worry?

Posted by mumofthree_ely on 9 January

My GP said it was a virus and that she should stay off school for two days.

She seems brighter this morning but still won't eat.

Posted by nurse_kath on 9 January

I'm a nurse. If the rash doesn't fade under a glass, call 111 straight away.

Hope she feels better soon x
"""
GOLD["parents_forum"] = [
    ("said", "My GP", "it was a virus and that she should stay off school for two days"),
]
NOT_REPORTS["parents_forum"] = [
    "Posted by mumofthree_ely on 9 January",
    "She seems brighter this morning but still won't eat.",
    "Posted by nurse_kath on 9 January",
    "I'm a nurse. If the rash doesn't fade under a glass, call 111 straight away.",
    "Hope she feels better soon x",
]

ARTICLES["car_forum"] = """Gearbox whine at 40,000 miles

Posted by Dieselduck on 21 August

The dealer told me the warranty does not cover the gearbox after three years.

Has anyone had theirs repaired for less than £1,000?

Posted by torque_wrench on 21 August

Mine was £650 at an independent garage in Wrexton.

Signature: 2019 Vanta 1.6, 61,000 miles
"""
GOLD["car_forum"] = [
    ("told", "The dealer", "the warranty does not cover the gearbox after three years"),
]
NOT_REPORTS["car_forum"] = [
    "Posted by Dieselduck on 21 August",
    "Has anyone had theirs repaired for less than £1,000?",
    "Posted by torque_wrench on 21 August",
    "Mine was £650 at an independent garage in Wrexton.",
    "Signature: 2019 Vanta 1.6, 61,000 miles",
]

ARTICLES["game_patch"] = """Crash on loading screen after update 2.4

Posted by pixelwren on 5 June

The game crashes every time I load my save. I have reinstalled it twice.

Posted by Stonehollow Games (developer) on 5 June

We are aware of the crash and a fix is on its way.

Thanks for your patience.

Posted by pixelwren on 6 June

The developers said in a post on Friday that a patch would arrive next week, so fingers crossed.
"""
GOLD["game_patch"] = [
    ("aware", "We", "the crash"),
    ("said", "The developers", "a patch would arrive next week"),
]
NOT_REPORTS["game_patch"] = [
    "Posted by pixelwren on 5 June",
    "The game crashes every time I load my save. I have reinstalled it twice.",
    "Posted by Stonehollow Games (developer) on 5 June",
    "Thanks for your patience.",
    "Posted by pixelwren on 6 June",
]

ARTICLES["code_question"] = """How do I read a missing key without an error?

Asked 3 years ago. Viewed 12k times.

I have a dictionary of settings and some keys may be missing.

The docs say the method returns a default value when the key is not there.

But I still get an error. What am I doing wrong?

Answer (42 votes): You are using square brackets. Use the get method instead.
"""
GOLD["code_question"] = [
    ("say", "The docs", "the method returns a default value when the key is not there"),
]
NOT_REPORTS["code_question"] = [
    "Asked 3 years ago. Viewed 12k times.",
    "I have a dictionary of settings and some keys may be missing.",
    "But I still get an error. What am I doing wrong?",
    "Answer (42 votes): You are using square brackets. Use the get method instead.",
]

ARTICLES["allotment_news"] = """Water to be switched off at Brenford allotments

According to a post on the Brenford allotment forum, the water will be switched off at the end of October.

The forum's moderator, Pat Delaney, said plot holders should drain their hoses before then.

The site has 84 plots and a waiting list of about 30 people.
"""
GOLD["allotment_news"] = [
    ("According", "a post on the Brenford allotment forum", "the water will be switched off at the end of October"),
    ("said", "The forum's moderator, Pat Delaney", "plot holders should drain their hoses before then"),
]
NOT_REPORTS["allotment_news"] = ["The site has 84 plots and a waiting list of about 30 people."]
SPEAKERS["allotment_news"] = [("said", "The forum's moderator, Pat Delaney", "Pat Delaney", "plot holders")]

ARTICLES["locked_thread"] = """Forum thread on Ashvale school closes after abuse

A popular online thread about plans to merge two Ashvale primary schools was locked on Sunday.

A moderator said the thread had been closed because several posts named teachers.

The original poster, who uses the name ashvale_dad, wrote that he had only wanted to ask about school buses.

The merger will be decided by the county council in January.
"""
GOLD["locked_thread"] = [
    ("said", "A moderator", "the thread had been closed because several posts named teachers"),
    ("wrote", "The original poster, who uses the name ashvale_dad", "he had only wanted to ask about school buses"),
]
NOT_REPORTS["locked_thread"] = [
    "A popular online thread about plans to merge two Ashvale primary schools was locked on Sunday.",
    "The merger will be decided by the county council in January.",
]

ARTICLES["company_faq_news"] = """Rail firm says passengers will not pay for strike days

In a FAQ on its website, Northline Rail says season ticket holders will be refunded for each day of the strike.

The company has not said how many trains will run.

Union leaders said the strike would go ahead on Thursday.
"""
GOLD["company_faq_news"] = [
    ("says", "Rail firm", "passengers will not pay for strike days"),
    ("says", "Northline Rail", "season ticket holders will be refunded for each day of the strike"),
    ("said", "The company", "how many trains will run"),
    ("said", "Union leaders", "the strike would go ahead on Thursday"),
]
NOT_REPORTS["company_faq_news"] = []

ARTICLES["market_poll"] = """Should the Sunday market move to Saturdays?

Poll: Yes 64%, No 36%. 311 votes.

Posted by Greta Moorcroft on 8 March

I run the cheese stall. Most of my customers have told me they would rather come on a Saturday.

Posted by old_tom_w on 8 March

Leave it alone. It has been on Sundays since 1987.
"""
GOLD["market_poll"] = [
    ("told", "Most of my customers", "they would rather come on a Saturday"),
]
NOT_REPORTS["market_poll"] = [
    "Poll: Yes 64%, No 36%. 311 votes.",
    "Posted by Greta Moorcroft on 8 March",
    "Posted by old_tom_w on 8 March",
    "Leave it alone. It has been on Sundays since 1987.",
]

ARTICLES["library_notice"] = """Community noticeboard

Lost: a grey cat with one white paw, near Fenwick Street. Call 07700 900123.

Found: a set of keys outside the library on Tuesday. Ask at the front desk.

The library will close at 1pm on Saturday for staff training.

Yoga for beginners, Thursdays at 7pm in the scout hut. All welcome.
"""
GOLD["library_notice"] = []
NOT_REPORTS["library_notice"] = [
    "Lost: a grey cat with one white paw, near Fenwick Street. Call 07700 900123.",
    "Found: a set of keys outside the library on Tuesday. Ask at the front desk.",
    "The library will close at 1pm on Saturday for staff training.",
    "Yoga for beginners, Thursdays at 7pm in the scout hut. All welcome.",
]

ARTICLES["roof_interview"] = """Meet the woman who fixes church roofs

Maud Okonjo has repaired the roofs of 70 churches in the Wealdshire diocese. We asked her about the job.

Q: What is the hardest part of the work?

A: The weather. You cannot lay lead in the rain, so a week's job can take a month.

Q: Do you ever get nervous up there?

A: Never on the roof. Only on the ladder.

Okonjo's firm employs nine people.
"""
GOLD["roof_interview"] = [
    (":", "A", "The weather. You cannot lay lead in the rain, so a week's job can take a month"),
    (":", "A", "Never on the roof. Only on the ladder"),
]
NOT_REPORTS["roof_interview"] = [
    "Maud Okonjo has repaired the roofs of 70 churches in the Wealdshire diocese.",
    "Q: What is the hardest part of the work?",
    "Q: Do you ever get nervous up there?",
    "Okonjo's firm employs nine people.",
]
SPEAKERS["roof_interview"] = [(":", "A", "Maud Okonjo", "The weather")]

ARTICLES["vet_faq"] = """Pet insurance FAQ

Q: Does my policy cover dental treatment?

A: Only if the damage was caused by an accident.

Q: My vet says my dog needs an operation. Do I need to tell you first?

A: Yes. Call us before the operation so that we can confirm you are covered.
"""
GOLD["vet_faq"] = [
    ("says", "My vet", "my dog needs an operation"),
]
NOT_REPORTS["vet_faq"] = [
    "Q: Does my policy cover dental treatment?",
    "A: Only if the damage was caused by an accident.",
    "A: Yes. Call us before the operation so that we can confirm you are covered.",
]

ARTICLES["cycle_thread"] = """Re: Canal towpath resurfacing

Posted by Spokes4Life on 14 October

Just rode the new section from the lock to the mill. Much smoother than before.

Posted by Bryony Hale on 14 October

@Spokes4Life I'm told the second half will be finished by Christmas.

Posted by Spokes4Life on 15 October

I hope the contractors are right, because the old half is full of potholes.
"""
GOLD["cycle_thread"] = [
    ("told", "", "the second half will be finished by Christmas"),
    ("hope", "I", "the contractors are right, because the old half is full of potholes"),
]
NOT_REPORTS["cycle_thread"] = [
    "Posted by Spokes4Life on 14 October",
    "Just rode the new section from the lock to the mill. Much smoother than before.",
    "Posted by Bryony Hale on 14 October",
    "Posted by Spokes4Life on 15 October",
]
SPEAKERS["cycle_thread"] = [("hope", "I", "Spokes4Life", "the contractors")]

ARTICLES["hotel_reply"] = """Noisy room over the bar

We stayed two nights in June. The bed was comfortable but the bar below played music until 2am.

The receptionist promised to move us, but no other room was free.

Response from the owner, 20 June 2026

Thank you for your review. We are fitting new windows in the autumn.
"""
GOLD["hotel_reply"] = [
    ("promised", "The receptionist", "to move us"),
]
NOT_REPORTS["hotel_reply"] = [
    "We stayed two nights in June. The bed was comfortable but the bar below played music until 2am.",
    "Response from the owner, 20 June 2026",
    "Thank you for your review. We are fitting new windows in the autumn.",
]

ARTICLES["warden_comments"] = """Harbour wall repairs to start in May

Repairs to the harbour wall at Polwenna will start in May, the district council said on Monday.

The harbour master, Jory Tregear, said boats would have to moor in the outer basin for six weeks.

What readers say

Fisherman Kit Lowry: "Six weeks in the outer basin in spring is a disaster for us."

Sal from Polwenna: Good news, that wall has been falling down for years.
"""
GOLD["warden_comments"] = [
    ("said", "the district council", "Repairs to the harbour wall at Polwenna will start in May"),
    ("said", "The harbour master, Jory Tregear", "boats would have to moor in the outer basin for six weeks"),
    (":", "Fisherman Kit Lowry", "Six weeks in the outer basin in spring is a disaster for us"),
    (":", "Sal from Polwenna", "Good news, that wall has been falling down for years"),
]
NOT_REPORTS["warden_comments"] = [
    "What readers say",
]
SPEAKERS["warden_comments"] = [
    ("said", "The harbour master, Jory Tregear", "Jory Tregear", "boats would"),
    (":", "Sal from Polwenna", "Sal", "Good news"),
]

ARTICLES["printer_help"] = """Troubleshooting: the printer shows error E4

What does error E4 mean?

E4 means the paper tray is not pushed fully home.

How do I clear it?

Pull the tray out, check for torn paper and push it back until it clicks.

If the error stays, our technicians recommend turning the printer off for a minute.
"""
GOLD["printer_help"] = [
    ("recommend", "our technicians", "turning the printer off for a minute"),
]
NOT_REPORTS["printer_help"] = [
    "What does error E4 mean?",
    "E4 means the paper tray is not pushed fully home.",
    "How do I clear it?",
    "Pull the tray out, check for torn paper and push it back until it clicks.",
]

ARTICLES["estate_forum_news"] = """Claims of rats on Marlow estate disputed

A tenant of the Marlow estate in Corby Vale wrote on a residents' forum that rats had been seen in three stairwells.

The housing association said its pest controllers had found no sign of rats.

Several neighbours replied to the post saying they had seen droppings near the bins.
"""
GOLD["estate_forum_news"] = [
    ("wrote", "A tenant of the Marlow estate in Corby Vale", "rats had been seen in three stairwells"),
    ("said", "The housing association", "its pest controllers had found no sign of rats"),
    ("saying", "Several neighbours", "they had seen droppings near the bins"),
]
NOT_REPORTS["estate_forum_news"] = []

# written after the first mends, to probe them: quoted posts inside a post ('Originally posted by X', 'Quote from X:')
ARTICLES["hedge_thread"] = """Whose hedge is it?

Posted by bramble_jo on 2 June

The hedge between our garden and the lane is two metres over the path. I believe the council should cut it.

Posted by kettle_lad on 2 June

Originally posted by bramble_jo

I believe the council should cut it.

I doubt it. The land registry told me the lane belongs to the farm.

Posted by bramble_jo on 3 June

Quote from kettle_lad: The land registry told me the lane belongs to the farm.

Thanks. I suspect the farmer will say it is not his.
"""
GOLD["hedge_thread"] = [
    ("believe", "I", "the council should cut it"),
    ("doubt", "I", "it"),
    ("told", "The land registry", "the lane belongs to the farm"),
    ("suspect", "I", "the farmer will say it is not his"),
]
NOT_REPORTS["hedge_thread"] = [
    "Posted by bramble_jo on 2 June",
    "Posted by kettle_lad on 2 June",
    "Originally posted by bramble_jo",
    "Posted by bramble_jo on 3 June",
]
SPEAKERS["hedge_thread"] = [
    ("believe", "I", "bramble_jo", "the council"),
    ("suspect", "I", "bramble_jo", "the farmer"),
]

ARTICLES["quiz_thread"] = """Pub quiz moving to Wednesdays?

Posted by Nell Ashby on 20 November

Quote from quizmaster_dan: I think Wednesdays will suit more teams.

I hope he is right. The landlord told us the back room is free on Wednesdays anyway.

Posted by quizmaster_dan on 20 November

The brewery says the quiz can keep its £50 prize.
"""
GOLD["quiz_thread"] = [
    ("think", "I", "Wednesdays will suit more teams"),
    ("hope", "I", "he is right"),
    ("told", "The landlord", "the back room is free on Wednesdays anyway"),
    ("says", "The brewery", "the quiz can keep its £50 prize"),
]
NOT_REPORTS["quiz_thread"] = [
    "Posted by Nell Ashby on 20 November",
    "Posted by quizmaster_dan on 20 November",
]
SPEAKERS["quiz_thread"] = [
    ("think", "I", "quizmaster_dan", "Wednesdays"),
    ("hope", "I", "Nell Ashby", "he is right"),
]

# written after the second mend, to probe it: a news story's comments, each under a line 'NAME says:' and its time
ARTICLES["show_comments"] = """Ellery dog show called off after flooding

The Ellery dog show has been called off because the showground is under water, organisers said on Friday.

14 Comments

Mary Hobbs says:
4 June 2026 at 9:14 am

I think they should have moved it to the school field.

Reply

Tom Kerrow says:
4 June 2026 at 10:02 am

I doubt that the school would agree. The caretaker told me the field floods too.

Reply
"""
GOLD["show_comments"] = [
    ("said", "organisers", "The Ellery dog show has been called off because the showground is under water"),
    ("think", "I", "they should have moved it to the school field"),
    ("doubt", "I", "the school would agree"),
    ("told", "The caretaker", "the field floods too"),
]
NOT_REPORTS["show_comments"] = [
    "14 Comments",
    "Mary Hobbs says:",
    "4 June 2026 at 9:14 am",
    "Tom Kerrow says:",
    "4 June 2026 at 10:02 am",
]
SPEAKERS["show_comments"] = [
    ("think", "I", "Mary Hobbs", "they should"),
    ("doubt", "I", "Tom Kerrow", "the school"),
]
