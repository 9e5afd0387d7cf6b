# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-seven short explainers written for the sixty-third session's check of explainer and question-and-answer news
(helper M): 'What we know about X', 'Why does X matter?', 'Five things to know', 'Is X safe? Here is what experts say',
myth-busting and FAQs on a policy, each with a headline and question sub-heads: 'experts say', 'according to the
agency', 'the guidance states', 'scientists believe', 'officials have not said whether', 'critics argue', 'supporters
say', 'the law requires', 'the study suggests', what the minister said, 'the short answer, according to X, is', 'it is
not clear whether', 'some doctors recommend', and the writer's own answers.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (the sub-head questions, the writer's answers and definitions, bulleted
facts, 'Here is what we know', 'Read more' links, timelines and numbered lists); (cue, source, speaker, the content's
first words) in ``SPEAKERS``. The first twenty-six were written before any mend, the last after the mends.
Every name, place, body, figure and sentence is made up. Read by
``test_probe_findings_63_explainers``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["toll_faq"] = """Brenholt's new road toll: what we know

What is changing?

From 1 June, drivers will pay £4 a day to use the Kessock ring road.

Who has to pay?

Cars, vans and lorries pay the same rate. Motorbikes are exempt.

Why is the council doing this?

The council's transport chief, Rhona Dalgetty, said the toll would pay for the road's new bridge.

Supporters say the charge will cut rush-hour traffic by a fifth.

Critics argue that the toll will hit shift workers hardest.

Will it go up?

Officials have not said whether the charge will rise next year.
"""
GOLD["toll_faq"] = [
    ("said", "The council's transport chief, Rhona Dalgetty", "the toll would pay for the road's new bridge"),
    ("say", "Supporters", "the charge will cut rush-hour traffic by a fifth"),
    ("argue", "Critics", "the toll will hit shift workers hardest"),
    ("said", "Officials", "whether the charge will rise next year"),
]
NOT_REPORTS["toll_faq"] = ["Brenholt's new road toll: what we know", "What is changing?", "From 1 June, drivers will pay £4 a day to use the Kessock ring road.", "Who has to pay?", "Cars, vans and lorries pay the same rate. Motorbikes are exempt.", "Why is the council doing this?", "Will it go up?"]

ARTICLES["tick_virus"] = """Is the Ardmore tick virus dangerous? Here is what experts say

A tick-borne virus has been found in deer on the Ardmore estate for the first time.

What is it?

The virus is carried by ticks that feed on deer and sheep. It can cause fever and, rarely, swelling of the brain.

How worried should walkers be?

Experts say the risk to people walking on paths is low.

Dr Ivo Marchetti, a vector biologist at the Pellworth Institute, said most bites came from ticks in long grass rather than on paths.

"Tuck your trousers into your socks and check your skin when you get home," he said.

Is there a vaccine?

Not in this country.
"""
GOLD["tick_virus"] = [
    ("say", "Experts", "the risk to people walking on paths is low"),
    ("said", "Dr Ivo Marchetti, a vector biologist at the Pellworth Institute", "most bites came from ticks in long grass rather than on paths"),
    ("said", "he", "Tuck your trousers into your socks and check your skin when you get home"),
]
NOT_REPORTS["tick_virus"] = ["What is it?", "The virus is carried by ticks that feed on deer and sheep. It can cause fever and, rarely, swelling of the brain.", "How worried should walkers be?", "Is there a vaccine?", "Not in this country."]
SPEAKERS["tick_virus"] = [("said", "he", "Ivo Marchetti", "Tuck")]

ARTICLES["meter_rollout"] = """Five things to know about the water meter rollout

1. Every home in the Tallowmere district will get a meter by 2028.

2. Fitting is free.

3. Bills will be based on the water a household uses rather than the value of the house.

4. The average bill will fall by £38 a year, according to the Tallowmere Water Board.

5. Households with a medical need for extra water can apply for a capped tariff.

The board's chief executive, Owen Farrant, said the meters would help find leaks faster.

Read more: How to read your water meter
"""
GOLD["meter_rollout"] = [
    ("according", "the Tallowmere Water Board", "The average bill will fall by £38 a year"),
    ("said", "The board's chief executive, Owen Farrant", "the meters would help find leaks faster"),
]
NOT_REPORTS["meter_rollout"] = ["Five things to know about the water meter rollout", "1. Every home in the Tallowmere district will get a meter by 2028.", "2. Fitting is free.", "3. Bills will be based on the water a household uses rather than the value of the house.", "5. Households with a medical need for extra water can apply for a capped tariff.", "Read more: How to read your water meter"]

ARTICLES["snack_levy"] = """Why does the snack levy matter?

The Velmont parliament voted on Tuesday to tax salted snacks by weight.

What does the levy cover?

Crisps, salted nuts and savoury biscuits. Bread and plain nuts are not covered.

What did the minister say?

The health minister, Katrin Sollberg, told parliament that the levy would raise 90 million crowns a year for school kitchens.

She said manufacturers had two years to cut the salt in their products.

What do the makers say?

The Velmont Food Federation said the levy would cost jobs in the snack industry.
"""
GOLD["snack_levy"] = [
    ("told", "The health minister, Katrin Sollberg", "the levy would raise 90 million crowns a year for school kitchens"),
    ("said", "She", "manufacturers had two years to cut the salt in their products"),
    ("said", "The Velmont Food Federation", "the levy would cost jobs in the snack industry"),
]
NOT_REPORTS["snack_levy"] = ["Why does the snack levy matter?", "The Velmont parliament voted on Tuesday to tax salted snacks by weight.", "What does the levy cover?", "Crisps, salted nuts and savoury biscuits. Bread and plain nuts are not covered.", "What did the minister say?", "What do the makers say?"]
SPEAKERS["snack_levy"] = [("said", "She", "Katrin Sollberg", "manufacturers")]

ARTICLES["hosepipe_ban"] = """Hosepipe ban: your questions answered

Can I still wash my car?

Yes, with a bucket. A hosepipe or a pressure washer is not allowed.

Can I fill a paddling pool?

The short answer, according to the Orrin Bay Water Company, is no.

How long will the ban last?

The company said the ban would stay in place until its reservoirs were 80 per cent full.

What happens if I break the rules?

Fines of up to £1,000 can be imposed.
"""
GOLD["hosepipe_ban"] = [
    ("according", "the Orrin Bay Water Company", "The short answer"),
    ("said", "The company", "the ban would stay in place until its reservoirs were 80 per cent full"),
]
NOT_REPORTS["hosepipe_ban"] = ["Hosepipe ban: your questions answered", "Can I still wash my car?", "Yes, with a bucket. A hosepipe or a pressure washer is not allowed.", "Can I fill a paddling pool?", "How long will the ban last?", "What happens if I break the rules?", "Fines of up to £1,000 can be imposed."]

ARTICLES["pine_moth"] = """What we know about the pine moth outbreak

Here is what we know.

The moth's caterpillars have stripped needles from about 400 hectares of pine near Questa.

Scientists believe the moth arrived in timber shipments from the south.

A study by the Questa Forestry Station suggests that warmer winters let more caterpillars survive.

Are the caterpillars harmful to people?

Their hairs can cause a rash, the regional health office said.

What is being done?

Foresters are spraying a bacterial pesticide from the air this week.
"""
GOLD["pine_moth"] = [
    ("believe", "Scientists", "the moth arrived in timber shipments from the south"),
    ("suggests", "A study by the Questa Forestry Station", "warmer winters let more caterpillars survive"),
    ("said", "the regional health office", "Their hairs can cause a rash"),
]
NOT_REPORTS["pine_moth"] = ["What we know about the pine moth outbreak", "Here is what we know.", "The moth's caterpillars have stripped needles from about 400 hectares of pine near Questa.", "Are the caterpillars harmful to people?", "What is being done?", "Foresters are spraying a bacterial pesticide from the air this week."]

ARTICLES["alarm_law"] = """Carbon monoxide alarms: what landlords need to know

What does the law say?

The law requires that every rented home with a gas boiler has a working carbon monoxide alarm.

When does it start?

The rules apply to new tenancies from 1 October and to all tenancies from April next year.

Who checks?

Councils can inspect homes and fine landlords up to £5,000, according to the housing department.

The Landlords' Guild said most of its members had fitted alarms already.

Read more: Gas safety checks explained
"""
GOLD["alarm_law"] = [
    ("requires", "The law", "every rented home with a gas boiler has a working carbon monoxide alarm"),
    ("according", "the housing department", "Councils can inspect homes and fine landlords up to £5,000"),
    ("said", "The Landlords' Guild", "most of its members had fitted alarms already"),
]
NOT_REPORTS["alarm_law"] = ["Carbon monoxide alarms: what landlords need to know", "What does the law say?", "When does it start?", "The rules apply to new tenancies from 1 October and to all tenancies from April next year.", "Who checks?", "Read more: Gas safety checks explained"]

ARTICLES["booster_autumn"] = """Should I get the autumn booster?

Who is being offered it?

People aged 75 and over, care home residents and anyone with a weakened immune system.

What do doctors advise?

Some doctors recommend that people over 65 get the booster as well.

Dr Halima Yusuf, a family doctor in Carnford, said she had patients in their late sixties who asked for it every year.

Is it safe?

The Medicines Safety Agency said serious side effects were very rare.

It is not clear whether the booster will be offered again next spring.
"""
GOLD["booster_autumn"] = [
    ("recommend", "Some doctors", "people over 65 get the booster as well"),
    ("said", "Dr Halima Yusuf, a family doctor in Carnford", "she had patients in their late sixties who asked for it every year"),
    ("said", "The Medicines Safety Agency", "serious side effects were very rare"),
]
NOT_REPORTS["booster_autumn"] = ["Should I get the autumn booster?", "Who is being offered it?", "People aged 75 and over, care home residents and anyone with a weakened immune system.", "What do doctors advise?", "Is it safe?", "It is not clear whether the booster will be offered again next spring."]

ARTICLES["scooter_myths"] = """Myths about the e-scooter ban, checked

Myth: You can ride a private e-scooter on the pavement.

Fact: Private e-scooters cannot be ridden on any public road or pavement in Linnford.

Myth: Hired scooters are also banned.

Fact: The city's hire scheme is allowed to run until next March.

The city council said it had seized 212 private scooters since the ban began.

Police say most riders stop when they are asked to.

Myth: The ban is permanent.

The transport secretary, Daniel Okoro, has said the law will be reviewed in two years.
"""
GOLD["scooter_myths"] = [
    ("said", "The city council", "it had seized 212 private scooters since the ban began"),
    ("say", "Police", "most riders stop when they are asked to"),
    ("said", "The transport secretary, Daniel Okoro", "the law will be reviewed in two years"),
]
NOT_REPORTS["scooter_myths"] = ["Myths about the e-scooter ban, checked", "Myth: You can ride a private e-scooter on the pavement.", "Fact: Private e-scooters cannot be ridden on any public road or pavement in Linnford.", "Myth: Hired scooters are also banned.", "Fact: The city's hire scheme is allowed to run until next March.", "Myth: The ban is permanent."]

ARTICLES["pension_age"] = """Pension age rise: who is affected?

What is happening?

The state pension age will rise from 66 to 67 between 2031 and 2033.

Who is affected?

Anyone born after 5 April 1966.

Why now?

The finance ministry said people were living longer and the pension had to be paid for.

Critics say the change ignores the gap in life expectancy between rich and poor areas.

"A bricklayer in Dunsop does not live as long as a banker in the capital," said Moira Teague, who leads the Fair Retirement campaign.

What happens next?

Parliament will vote on the plan in the spring.
"""
GOLD["pension_age"] = [
    ("said", "The finance ministry", "people were living longer and the pension had to be paid for"),
    ("say", "Critics", "the change ignores the gap in life expectancy between rich and poor areas"),
    ("said", "Moira Teague, who leads the Fair Retirement campaign", "A bricklayer in Dunsop does not live as long as a banker in the capital"),
]
NOT_REPORTS["pension_age"] = ["Pension age rise: who is affected?", "What is happening?", "The state pension age will rise from 66 to 67 between 2031 and 2033.", "Who is affected?", "Anyone born after 5 April 1966.", "Why now?", "What happens next?", "Parliament will vote on the plan in the spring."]

ARTICLES["ferry_strike"] = """Ferry strike: what it means for your trip

Which crossings are hit?

All sailings between Port Ellery and the Skarra islands on Friday and Saturday.

Will I get a refund?

Yes. The operator, Skarra Link, said passengers could claim a full refund or change their booking free of charge.

Why are the crews striking?

The seafarers' union says its members have had no pay rise for three years.

Skarra Link said it had offered a rise of 4 per cent.

Is there any other way to get there?

A small number of flights run from Port Ellery airport.
"""
GOLD["ferry_strike"] = [
    ("said", "The operator, Skarra Link", "passengers could claim a full refund or change their booking free of charge"),
    ("says", "The seafarers' union", "its members have had no pay rise for three years"),
    ("said", "Skarra Link", "it had offered a rise of 4 per cent"),
]
NOT_REPORTS["ferry_strike"] = ["Ferry strike: what it means for your trip", "Which crossings are hit?", "All sailings between Port Ellery and the Skarra islands on Friday and Saturday.", "Will I get a refund?", "Why are the crews striking?", "Is there any other way to get there?", "A small number of flights run from Port Ellery airport."]

ARTICLES["heat_pump_grant"] = """Heat pump grants explained

What is a heat pump?

A heat pump takes warmth from the air or the ground and uses it to heat a home. It runs on electricity.

How much is the grant?

Up to £6,000 towards the cost of buying and fitting one.

The guidance states that the grant can only be claimed by the owner of the home.

Do they work in old houses?

Installers say older homes often need better insulation first.

A report by the Domestic Energy Trust found that heat pumps cut heating bills in two thirds of the homes it studied.

Read more: Is your home ready for a heat pump?
"""
GOLD["heat_pump_grant"] = [
    ("states", "The guidance", "the grant can only be claimed by the owner of the home"),
    ("say", "Installers", "older homes often need better insulation first"),
    ("found", "A report by the Domestic Energy Trust", "heat pumps cut heating bills in two thirds of the homes it studied"),
]
NOT_REPORTS["heat_pump_grant"] = ["Heat pump grants explained", "What is a heat pump?", "A heat pump takes warmth from the air or the ground and uses it to heat a home. It runs on electricity.", "How much is the grant?", "Up to £6,000 towards the cost of buying and fitting one.", "Do they work in old houses?", "Read more: Is your home ready for a heat pump?"]

ARTICLES["river_swimming"] = """Is it safe to swim in the River Loddon?

The short answer is: not after heavy rain.

Why?

Storm overflows release sewage into the river when the treatment works are full.

What do the tests show?

Samples taken by volunteers last summer found high levels of gut bacteria on nine days out of 40, according to the Loddon River Trust.

The water company, Mereside Water, said it was spending £120m on bigger storage tanks.

What do swimmers think?

"We check the rain gauge before we get in," said Bethan Rowe, who swims at Cley Meadow most mornings.
"""
GOLD["river_swimming"] = [
    ("according", "the Loddon River Trust", "Samples taken by volunteers last summer found high levels of gut bacteria on nine days out of 40"),
    ("said", "The water company, Mereside Water", "it was spending £120m on bigger storage tanks"),
    ("said", "Bethan Rowe, who swims at Cley Meadow most mornings", "We check the rain gauge before we get in"),
]
NOT_REPORTS["river_swimming"] = ["Is it safe to swim in the River Loddon?", "The short answer is: not after heavy rain.", "Why?", "Storm overflows release sewage into the river when the treatment works are full.", "What do the tests show?", "What do swimmers think?"]

ARTICLES["timetable_change"] = """New rail timetable: a timeline

The biggest change to the Northway rail timetable in 20 years starts next month.

Timeline

March: The rail authority publishes its draft timetable.

June: 4,000 responses are received in a public consultation.

September: The final timetable is agreed.

14 December: The new timetable begins.

The rail authority said trains between Hallam and Corby Vale would run every 15 minutes instead of every 30.

Passenger groups have warned that some rural stations will lose their last evening train.
"""
GOLD["timetable_change"] = [
    ("said", "The rail authority", "trains between Hallam and Corby Vale would run every 15 minutes instead of every 30"),
    ("warned", "Passenger groups", "some rural stations will lose their last evening train"),
]
NOT_REPORTS["timetable_change"] = ["New rail timetable: a timeline", "The biggest change to the Northway rail timetable in 20 years starts next month.", "Timeline", "March: The rail authority publishes its draft timetable.", "June: 4,000 responses are received in a public consultation.", "September: The final timetable is agreed.", "14 December: The new timetable begins."]

ARTICLES["id_cards"] = """Digital ID cards: what you need to know

What is a digital ID?

An app that holds a copy of your passport or driving licence on your phone.

Do I have to get one?

No. The interior ministry said the card would be voluntary.

What about privacy?

Privacy campaigners argue that a single database of identities would be a target for hackers.

The ministry's data chief, Tomasz Wierzba, said the records would be held on separate servers.

He added that no data would be shared with private companies.
"""
GOLD["id_cards"] = [
    ("said", "The interior ministry", "the card would be voluntary"),
    ("argue", "Privacy campaigners", "a single database of identities would be a target for hackers"),
    ("said", "The ministry's data chief, Tomasz Wierzba", "the records would be held on separate servers"),
    ("added", "He", "no data would be shared with private companies"),
]
NOT_REPORTS["id_cards"] = ["Digital ID cards: what you need to know", "What is a digital ID?", "An app that holds a copy of your passport or driving licence on your phone.", "Do I have to get one?", "What about privacy?"]
SPEAKERS["id_cards"] = [("added", "He", "Tomasz Wierzba", "no data")]

ARTICLES["bird_flu_farms"] = """Bird flu on Fennick farms: your questions answered

How many farms are affected?

Three poultry farms near Fennick have confirmed cases since Sunday.

Can I catch it from eating eggs?

No. The Food Standards Office said properly cooked poultry and eggs were safe to eat.

What should I do if I find a dead bird?

Do not touch it. Report it to the animal health helpline.

What are vets saying?

The chief veterinary officer, Dr Anneke Roos, said the risk to pet birds was high.

Keepers must house their birds indoors from Monday, she said.
"""
GOLD["bird_flu_farms"] = [
    ("said", "The Food Standards Office", "properly cooked poultry and eggs were safe to eat"),
    ("said", "The chief veterinary officer, Dr Anneke Roos", "the risk to pet birds was high"),
    ("said", "she", "Keepers must house their birds indoors from Monday"),
]
NOT_REPORTS["bird_flu_farms"] = ["Bird flu on Fennick farms: your questions answered", "How many farms are affected?", "Three poultry farms near Fennick have confirmed cases since Sunday.", "Can I catch it from eating eggs?", "What should I do if I find a dead bird?", "Do not touch it. Report it to the animal health helpline.", "What are vets saying?"]
SPEAKERS["bird_flu_farms"] = [("said", "she", "Anneke Roos", "Keepers")]

ARTICLES["voting_age"] = """Votes at 16: the arguments for and against

What is proposed?

A bill before the Corrinth assembly would lower the voting age for local elections from 18 to 16.

What do supporters say?

Supporters say 16-year-olds can work and pay tax, so they should have a say in how the money is spent.

And opponents?

Opponents argue that most 16-year-olds are not interested in politics.

A survey by the Corrinth Youth Forum suggests that 61 per cent of 16- and 17-year-olds would vote.

When will the bill be voted on?

The assembly's speaker, Gwyn Alder, said a vote was expected before the summer.
"""
GOLD["voting_age"] = [
    ("say", "Supporters", "16-year-olds can work and pay tax, so they should have a say in how the money is spent"),
    ("argue", "Opponents", "most 16-year-olds are not interested in politics"),
    ("suggests", "A survey by the Corrinth Youth Forum", "61 per cent of 16- and 17-year-olds would vote"),
    ("said", "The assembly's speaker, Gwyn Alder", "a vote was expected before the summer"),
]
NOT_REPORTS["voting_age"] = ["Votes at 16: the arguments for and against", "What is proposed?", "A bill before the Corrinth assembly would lower the voting age for local elections from 18 to 16.", "What do supporters say?", "And opponents?", "When will the bill be voted on?"]

ARTICLES["bottle_deposit"] = """How will the bottle deposit scheme work?

From next year, shoppers in Harlow Ness will pay a 20p deposit on every plastic bottle and can.

How do I get my money back?

Take the empty container to a return machine in a supermarket.

Which containers are included?

Bottles and cans between 150ml and three litres. Glass is not part of the scheme.

The environment agency said the scheme would cut litter on beaches by half.

Shopkeepers say the return machines take up too much space in small stores.

"We simply do not have the room," said Ravi Patel, who runs a corner shop in Tolby.
"""
GOLD["bottle_deposit"] = [
    ("said", "The environment agency", "the scheme would cut litter on beaches by half"),
    ("say", "Shopkeepers", "the return machines take up too much space in small stores"),
    ("said", "Ravi Patel, who runs a corner shop in Tolby", "We simply do not have the room"),
]
NOT_REPORTS["bottle_deposit"] = ["How will the bottle deposit scheme work?", "From next year, shoppers in Harlow Ness will pay a 20p deposit on every plastic bottle and can.", "How do I get my money back?", "Take the empty container to a return machine in a supermarket.", "Which containers are included?", "Bottles and cans between 150ml and three litres. Glass is not part of the scheme."]

ARTICLES["speed_limit"] = """Why is my street getting a 20mph limit?

The limit will cover most residential streets in Ashcombe from September.

Main roads will stay at 30mph.

Does it make roads safer?

A study of similar limits in three other towns found that injuries fell by 23 per cent.

Road safety experts say slower traffic also makes people more willing to walk and cycle.

Will it be enforced?

The police commissioner, Alan Brierley, said officers would not be stopping drivers for going a few miles an hour over.

Motoring groups said the limit would lengthen journeys for little gain.
"""
GOLD["speed_limit"] = [
    ("found", "A study of similar limits in three other towns", "injuries fell by 23 per cent"),
    ("say", "Road safety experts", "slower traffic also makes people more willing to walk and cycle"),
    ("said", "The police commissioner, Alan Brierley", "officers would not be stopping drivers for going a few miles an hour over"),
    ("said", "Motoring groups", "the limit would lengthen journeys for little gain"),
]
NOT_REPORTS["speed_limit"] = ["Why is my street getting a 20mph limit?", "The limit will cover most residential streets in Ashcombe from September.", "Main roads will stay at 30mph.", "Does it make roads safer?", "Will it be enforced?"]

ARTICLES["quake_app"] = """Earthquake alerts on your phone: how they work

What is the alert?

A loud tone and a message sent to every phone in an area a few seconds before strong shaking arrives.

How much warning will I get?

Between five and 20 seconds, depending on how far you are from the quake.

Can it give false alarms?

Yes, the Marrowdale Geological Survey said.

Its director, Professor Lena Voss, said the system had sent one false alarm in two years of testing.

What should I do when I get one?

Drop to the floor, take cover under a table and hold on.
"""
GOLD["quake_app"] = [
    ("said", "the Marrowdale Geological Survey", "Yes"),
    ("said", "Its director, Professor Lena Voss", "the system had sent one false alarm in two years of testing"),
]
NOT_REPORTS["quake_app"] = ["Earthquake alerts on your phone: how they work", "What is the alert?", "A loud tone and a message sent to every phone in an area a few seconds before strong shaking arrives.", "How much warning will I get?", "Between five and 20 seconds, depending on how far you are from the quake.", "Can it give false alarms?", "What should I do when I get one?", "Drop to the floor, take cover under a table and hold on."]

ARTICLES["banana_blight"] = """Will bananas run out? What we know about the blight

What is the disease?

A soil fungus that kills banana plants by blocking the vessels that carry water.

Is it in Marrow Island?

The island's farm ministry confirmed the fungus had been found on two plantations last week.

Will prices go up?

Importers say prices are unlikely to rise this year.

Plant scientists warn that the fungus could spread to every plantation on the island within a decade.

What is being done?

Infected fields have been fenced off and vehicles leaving them are washed down.
"""
GOLD["banana_blight"] = [
    ("confirmed", "The island's farm ministry", "the fungus had been found on two plantations last week"),
    ("say", "Importers", "prices are unlikely to rise this year"),
    ("warn", "Plant scientists", "the fungus could spread to every plantation on the island within a decade"),
]
NOT_REPORTS["banana_blight"] = ["Will bananas run out? What we know about the blight", "What is the disease?", "A soil fungus that kills banana plants by blocking the vessels that carry water.", "Is it in Marrow Island?", "Will prices go up?", "What is being done?", "Infected fields have been fenced off and vehicles leaving them are washed down."]

ARTICLES["car_seat_recall"] = """Car seat recall: what parents should do

Which seats are recalled?

The Cosyride 360 child car seat made between January and August this year.

What is wrong with it?

The maker, Pellmarsh Baby, said a buckle could open if the seat was knocked hard.

What should I do?

Stop using the seat and contact the shop you bought it from for a replacement.

The Consumer Safety Office said no injuries had been reported.

According to the office, about 18,000 seats were sold.
"""
GOLD["car_seat_recall"] = [
    ("said", "The maker, Pellmarsh Baby", "a buckle could open if the seat was knocked hard"),
    ("said", "The Consumer Safety Office", "no injuries had been reported"),
    ("According", "the office", "about 18,000 seats were sold"),
]
NOT_REPORTS["car_seat_recall"] = ["Car seat recall: what parents should do", "Which seats are recalled?", "The Cosyride 360 child car seat made between January and August this year.", "What is wrong with it?", "What should I do?", "Stop using the seat and contact the shop you bought it from for a replacement."]

ARTICLES["bank_holiday"] = """A new bank holiday in November: why?

What has been announced?

The prime minister, Ilse Brandvold, said on Monday that 11 November would become a public holiday from next year.

Why that date?

It marks the end of the Northern Strait war in 1953.

Who will get the day off?

Most workers, but employers in shops and hospitals can ask staff to work.

What do businesses think?

The Chamber of Trade said the extra holiday would cost firms about 700 million crowns.

Veterans' groups said they had campaigned for the day for decades.
"""
GOLD["bank_holiday"] = [
    ("said", "The prime minister, Ilse Brandvold", "11 November would become a public holiday from next year"),
    ("said", "The Chamber of Trade", "the extra holiday would cost firms about 700 million crowns"),
    ("said", "Veterans' groups", "they had campaigned for the day for decades"),
]
NOT_REPORTS["bank_holiday"] = ["A new bank holiday in November: why?", "What has been announced?", "Why that date?", "It marks the end of the Northern Strait war in 1953.", "Who will get the day off?", "Most workers, but employers in shops and hospitals can ask staff to work.", "What do businesses think?"]

ARTICLES["smart_meter_faq"] = """Smart meters: are the scare stories true?

Do smart meters catch fire?

No more often than ordinary meters, according to the Energy Safety Board.

Can my supplier switch off my power remotely?

Only if you are on a prepayment tariff, the energy regulator said.

The regulator's chief executive, Nadia Costa, said suppliers would be fined if they forced prepayment on vulnerable customers.

Do they save money?

The meter itself does not. A study by Greyfield University suggests that households who watch their in-home display use about 3 per cent less electricity.
"""
GOLD["smart_meter_faq"] = [
    ("according", "the Energy Safety Board", "No more often than ordinary meters"),
    ("said", "the energy regulator", "Only if you are on a prepayment tariff"),
    ("said", "The regulator's chief executive, Nadia Costa", "suppliers would be fined if they forced prepayment on vulnerable customers"),
    ("suggests", "A study by Greyfield University", "households who watch their in-home display use about 3 per cent less electricity"),
]
NOT_REPORTS["smart_meter_faq"] = ["Smart meters: are the scare stories true?", "Do smart meters catch fire?", "Can my supplier switch off my power remotely?", "Do they save money?"]

ARTICLES["library_hours"] = """Library opening hours cut: what it means

What is changing?

Six of Carnwick's nine libraries will close on Mondays and Wednesdays from April.

Which libraries stay open all week?

The central library, Eastgate and Holm Road.

Why?

The council's finance chief, Bridget Sowerby, said the cut would save £410,000 a year.

Could any library close altogether?

She would not rule it out, but said no closures were planned this year.

Library users say the cuts will hurt older people who come in to read the papers.
"""
GOLD["library_hours"] = [
    ("said", "The council's finance chief, Bridget Sowerby", "the cut would save £410,000 a year"),
    ("said", "She", "no closures were planned this year"),
    ("say", "Library users", "the cuts will hurt older people who come in to read the papers"),
]
NOT_REPORTS["library_hours"] = ["Library opening hours cut: what it means", "What is changing?", "Six of Carnwick's nine libraries will close on Mondays and Wednesdays from April.", "Which libraries stay open all week?", "The central library, Eastgate and Holm Road.", "Why?", "Could any library close altogether?"]
SPEAKERS["library_hours"] = [("said", "She", "Bridget Sowerby", "no closures")]

ARTICLES["noise_rules"] = """Night noise rules at Fairholm airport: a guide

What are the new rules?

No flights may take off or land between 11pm and 6am, except in an emergency.

What counts as an emergency?

The rules do not define one.

Will the airline schedules change?

The airport said about 30 night flights a week would move to the early evening.

Residents' groups said they welcomed the ban but wanted it to start at 10pm.

Airlines warned that some holiday routes could be dropped.

What happens next?

Here is what we know: the ban starts on 1 May.
"""
GOLD["noise_rules"] = [
    ("said", "The airport", "about 30 night flights a week would move to the early evening"),
    ("said", "Residents' groups", "they welcomed the ban but wanted it to start at 10pm"),
    ("warned", "Airlines", "some holiday routes could be dropped"),
]
NOT_REPORTS["noise_rules"] = ["Night noise rules at Fairholm airport: a guide", "What are the new rules?", "No flights may take off or land between 11pm and 6am, except in an emergency.", "What counts as an emergency?", "The rules do not define one.", "Will the airline schedules change?", "What happens next?", "Here is what we know: the ban starts on 1 May."]

# Written after the mends, to probe the question-and-answer layout with labels ('Q:', 'A:') and label-like sub-heads
# ('What the minister said', 'The bottom line:', 'Why it matters:').

ARTICLES["flood_cover"] = """Flood insurance: what you need to know

Q: Does my policy cover flood damage?

A: Most home policies do, but check the small print.

Q: What does the regulator say?

A: The Insurance Ombudsman said insurers must pay claims within 30 days.

What the minister said

The housing minister, Petra Lomax, said a new flood fund would open in May.

The bottom line: nobody knows how much the fund will pay out.

Why it matters: one home in six near the Wendle estuary is at risk of flooding.

According to the guidance, owners must report damage within a week.

The answer depends on where you live.
"""
GOLD["flood_cover"] = [
    ("said", "The Insurance Ombudsman", "insurers must pay claims within 30 days"),
    ("said", "The housing minister, Petra Lomax", "a new flood fund would open in May"),
    ("According", "the guidance", "owners must report damage within a week"),
]
NOT_REPORTS["flood_cover"] = ["Flood insurance: what you need to know", "Q: Does my policy cover flood damage?", "A: Most home policies do, but check the small print.", "Q: What does the regulator say?", "What the minister said", "The bottom line: nobody knows how much the fund will pay out.", "Why it matters: one home in six near the Wendle estuary is at risk of flooding.", "The answer depends on where you live."]
