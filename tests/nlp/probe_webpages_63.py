# ruff: noqa: E501  (a paragraph is one line, as a page read to text has it: a line break inside one would split it)
"""Thirty-four web pages that are mostly no news, for the sixtieth session's check of precision on what a crawler
keeps after boilerplate removal (helper K, issue 12: 'my lungs begging for oxygen', 'FRB to determine whether X',
'No one knows X', 'winemakers ripped up the fickle vine'): recipes ('the recipe calls for'), product pages with
customer reviews, a spec table, how-to guides, FAQs, a pharmacy leaflet, forum threads, first-person blogs, event
listings, job adverts, 'About us' pages, press-release boilerplate ('About X: X is a leading ...'), cookie and
newsletter notices, navigation remnants, a course syllabus, a travel guide, sports fixtures, a weather page, a
testimonials page, a restaurant menu, a used-car advert, a podcast's show notes and a garden centre's care card;
a few pages hold a real report (a customer quoted in a testimonial, a chief executive quoted in a press release,
'Experts recommend X', 'a survey found X').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, internal states count): per page,
(a word of the cue, the source, the first content) for each report in ``GOLD``; every paragraph holding none of
those contents in ``NOT_REPORTS``. Every name, place, figure and sentence is made up; no page, name or topic of
``probe_web_55``, ``probe_web_58`` or ``probe_web_59`` is reused. Read by ``test_probe_findings_63_webpages``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}


def _page(name: str, text: str, gold: list) -> None:
    """Files a page, its reports and, as reporting nothing, every paragraph that holds none of their contents."""
    ARTICLES[name] = text
    GOLD[name] = gold
    NOT_REPORTS[name] = [p for p in (p.strip() for p in text.split("\n\n")) if p and not any(g[2] in p for g in gold)]


_page("risotto_recipe", """Wild mushroom risotto (serves four)

Prep time: 15 minutes. Cook time: 35 minutes.

This recipe calls for arborio rice, but carnaroli works just as well and holds its shape a little longer.

Soak the dried porcini in 300ml of hot water for twenty minutes, then strain, keeping the liquid.

Melt the butter in a wide pan and soften the shallots without letting them colour.

Add the rice and stir until every grain is coated and the edges turn translucent.

Pour in the wine and let it bubble away before adding the first ladle of stock.

Keep stirring and adding stock a ladle at a time. The rice will tell you when it wants more.

Tip: if your stock is salty, hold back on the parmesan until the very end.
""", [])

_page("beetroot_pickle", """Quick pickled beetroot

My grandmother swore by this method, and I have never found a better one.

You will need: 500g raw beetroot, 250ml cider vinegar, 100g sugar, a bay leaf and a teaspoon of black peppercorns.

Roast the beetroot whole, wrapped in foil, until a knife slides in easily. Let them cool, then rub off the skins.

Slice thinly and pack into a sterilised jar.

Heat the vinegar, sugar and spices until the sugar dissolves, then pour over the beetroot while hot.

The pickle keeps for a month in the fridge. Does it need to rest? Yes: give it at least two days before opening.
""", [])

_page("drill_product", """Torvane 18V cordless drill driver - TV18-2

£89.99 | In stock | Free delivery over £50

Two-speed gearbox, 21 torque settings and an LED work light. Battery and charger sold separately.

What's in the box: drill driver, belt clip, double-ended bit.

Customer reviews (4.6 out of 5)

"Light enough to use overhead all afternoon," says Callum from Dundee.

Rated 5 out of 5 by Pip_DIY: Does exactly what it says. The clutch is smooth and the chuck grips well.

Rated 2 out of 5 by hollyhock22: Battery died after six months. Customer service asked me to send photos and then went quiet.

Was this review helpful? Yes (14) No (3)

Customers also viewed: impact driver, 4Ah battery, fast charger.
""", [("says", "Callum from Dundee", "Light enough to use overhead all afternoon"),
      ("asked", "Customer service", "me to send photos")])

_page("toothbrush_specs", """Specifications: Brightline Sonic 5 electric toothbrush

Brush modes: Clean, White, Sensitive, Gum care

Battery life: up to 30 days on a full charge

Charging time: 16 hours

Pressure sensor: yes, with a red warning light

Timer: 2 minutes, with a pulse every 30 seconds to tell you to change quadrant

The chart below shows battery life by brushing mode.

Warranty: two years, extendable to three on registration.
""", [])

_page("gutter_howto", """How to clear a blocked gutter in five steps

Before you start: never work on a ladder alone, and make sure someone knows you are up there.

Step 1: Set the ladder on firm, level ground and check the feet are secure.

Step 2: Scoop out leaves and moss with a gutter trowel, working away from the downpipe.

Step 3: Flush the gutter with a hose and watch where the water pools. That is where the fall is wrong.

Step 4: If the downpipe is blocked, push a plumber's snake down from the top.

Step 5: Fit a leaf guard to keep the problem from coming back.

Still stuck? Ask a roofer to take a look. Most will give a free quote.
""", [])

_page("dental_faq", """Frequently asked questions

Do I need to register before booking? Yes. Fill in the new patient form online or at reception.

How often should I have a check-up? Most adults need one every six to twelve months, but your dentist will advise you.

Does whitening damage enamel? Not when it is done under supervision. Experts recommend waiting two weeks after a filling before whitening.

What if I am nervous? Tell the receptionist when you book. We can offer longer appointments and sedation.

Can I pay in instalments? Yes, for treatment over £300.

Who answers the phone out of hours? Calls are forwarded to the NHS 111 service.
""", [("recommend", "Experts", "waiting two weeks after a filling before whitening")])

_page("pharmacy_leaflet", """Package leaflet: information for the user

Read all of this leaflet carefully before you start taking this medicine.

Keep this leaflet. You may need to read it again.

Ask your pharmacist if you need more information or advice.

Tell your doctor if you are pregnant, think you may be pregnant or are planning to have a baby.

Do not take more than eight tablets in 24 hours.

If you forget a dose, take it as soon as you remember, unless it is nearly time for the next one.

Like all medicines, this medicine can cause side effects, although not everybody gets them.
""", [])

_page("starter_forum", """Forum > Baking > Sourdough starter smells like nail varnish?

Posted by crumbshot: My starter is two weeks old and suddenly smells like acetone. Is it dead? Should I bin it and start again?

Reply from Maltfloor: Not dead, just hungry. Feed it twice a day for a few days and the smell goes.

Reply from crumbshot: Thanks! Does the flour matter? I have been using plain white.

Reply from Oven_Owl: Try a bit of rye in the mix. My starter went crazy when I added some.

Reply from Maltfloor: Says who? I have kept mine on white for six years.

Thread marked as solved. 14 replies, 2,108 views.
""", [])

_page("houseplant_forum", """Re: Tiny flies around my monstera

Quote from fernhollow: They are fungus gnats. Let the top two inches of soil dry out between waterings.

Agree with the above. Yellow sticky traps catch the adults and you can water with a weak hydrogen peroxide mix to kill the larvae.

I tried everything and nothing worked until I repotted into fresh compost. Worth a go.

Anyone know if cinnamon on the soil actually helps? No one seems to agree.

Edit: three weeks on and not a single fly. Thanks all!
""", [])

_page("swim_blog", """Week six of cold-water swimming

I nearly turned back at the slipway this morning. The thermometer on the jetty read 7 degrees.

The first minute is always the worst. My chest tightened, my lungs begging for air, and every part of me wanted to get out.

Then the strange calm arrived, the one everyone in the group talks about, and I swam to the second buoy and back.

I wonder sometimes why I keep doing this. Then I remember how I feel for the rest of the day.

If you want to try it, please go with others and never swim alone. Start in summer and build up slowly.

Next week: my favourite changing robes, ranked.
""", [("wonder", "I", "why I keep doing this"), ("remember", "I", "how I feel for the rest of the day")])

_page("knitting_blog", """Finished: the fisherman's jumper that took a year

I cast this on last January, thinking it would be done by the spring. Reader, it was not.

The pattern asks for a cable every fourth row, and my hands ached after an hour of it.

Halfway up the back I realised I had crossed a cable the wrong way. I decided to leave it as a mark of the maker.

The yarn is a worsted from a small mill in Cumbria, undyed and still smelling faintly of sheep.

My partner says it is the warmest thing he owns.

Next up: socks. Tell me your favourite heel in the comments!
""", [("thinking", "I", "it would be done by the spring"),
      ("realised", "I", "I had crossed a cable the wrong way"),
      ("says", "My partner", "it is the warmest thing he owns")])

_page("craft_fair_listing", """What's on this weekend

Saturday 14 June, 10am-4pm: Summer craft fair, Holmbury Village Hall. Free entry. Forty stalls of pottery, prints, jewellery and candles.

Saturday 14 June, 7.30pm: Quiz night at the Plough. Teams of up to six, £2 a head, all proceeds to the air ambulance.

Sunday 15 June, 11am: Guided bat walk along the canal. Booking essential; bring a torch.

Sunday 15 June, 2pm: Brass band in the park. Bring a blanket and a picnic.

Listings are free. Email your event to the editor by Wednesday noon.
""", [])

_page("warehouse_job", """Warehouse operative (nights) - Corby

Salary: £12.40 per hour plus night premium. Contract: permanent, full time.

We are looking for reliable people to pick, pack and load orders in our busy distribution centre.

The role requires you to lift up to 20kg and to stand for long periods.

You will need a good eye for detail and a willingness to learn.

Benefits include a pension, a subsidised canteen and free parking.

Apply now with your CV. We regret that we can only respond to shortlisted candidates.
""", [("regret", "We", "we can only respond to shortlisted candidates")])

_page("barista_job", """Barista wanted at Halden Roasters

Do you love coffee? Do you enjoy talking to people? We want to hear from you.

No experience needed: we will train you on the machine and teach you to pour latte art.

Shifts are 7am to 3pm, five days a week including alternate weekends.

Tell us in a few lines why you would like to join the team.
""", [])

_page("plumbing_about", """About us

Ferris & Daughters has kept the taps of Wexley running since 1978, when Tom Ferris opened a one-van business from his garage.

Today we are a team of twelve Gas Safe engineers, and Tom's daughters, Jen and Kerry, run the firm.

We believe in fixed prices quoted before the work starts, no call-out fees and tidy workmanship.

Our mission is simple: to be the plumber you would recommend to your mother.

Call 01632 960 412 or book online. Open 8am-6pm Monday to Saturday; emergency line 24 hours.
""", [("believe in", "We", "fixed prices quoted before the work starts, no call-out fees and tidy workmanship")])

_page("translation_about", """Who we are

Linguaframe is an independent translation agency founded in Ghent in 2009.

We translate legal, medical and technical documents into and out of 40 languages.

Every text is checked by a second linguist before it leaves the office.

Our clients include law firms, hospitals and engineering companies across Europe.

Want to work with us? Send your CV and language pairs to jobs@example.com.
""", [])

_page("software_release", """Kestrel Analytics launches Beacon, a dashboard for small retailers

LEEDS, 3 March - Kestrel Analytics today announced the launch of Beacon, a sales dashboard that connects to most till systems in under ten minutes.

"Small shops have the same questions as the big chains but none of the data teams," said Maria Lund, chief executive of Kestrel Analytics.

Beacon is available from today at £29 a month, with a 30-day free trial.

About Kestrel Analytics: Kestrel Analytics is a leading provider of retail data tools, serving more than 4,000 businesses across the UK and Ireland. For more information, visit the company's website.

Media contact: press@example.com

This press release contains forward-looking statements that involve risks and uncertainties.
""", [("announced", "Kestrel Analytics", "the launch of Beacon, a sales dashboard that connects to most till systems in under ten minutes"),
      ("said", "Maria Lund, chief executive of Kestrel Analytics", "Small shops have the same questions as the big chains but none of the data teams")])

_page("cookie_notice", """We value your privacy

We and our partners use cookies to store and access information on your device, to personalise content and ads and to measure how our site is used.

By clicking Accept all, you agree to the storing of cookies on your device. You can change your choices at any time by visiting Cookie settings.

Strictly necessary cookies are always on. They are needed for the site to work and cannot be switched off.

Accept all | Reject all | Manage preferences

Sign up to our newsletter and never miss a deal. We promise not to share your email address.
""", [("promise", "We", "not to share your email address")])

_page("nav_remnants", """Home | News | Sport | Weather | Shop | Contact

Skip to main content

You are here: Home > Garden > Lawns

Most read

Share this page: Facebook | X | Email

Back to top

Copyright 2025 Greenfold Media Ltd. All rights reserved.
""", [])

_page("stats_syllabus", """STAT101: Introduction to Statistics - course outline

Week 1: What is data? Types of variables and how to describe them.

Week 2: Sampling. Why a random sample beats a large one.

Week 3: Probability and the rules that govern it.

Week 4: The normal distribution and what it tells us about the world.

Assessment: two quizzes (20%), a project (30%) and a final exam (50%).

Learning outcomes: by the end of the course students will be able to explain the difference between correlation and causation.

Students must attend at least 80% of tutorials.
""", [])

_page("harbour_town_guide", """Portlenna travel guide

Where to stay: the old customs house is now a hotel with eleven rooms overlooking the quay.

Getting there: the nearest station is Trelisk, 12 miles away. Buses run every two hours.

What to see: walk the cliff path to the chapel at the point, then come back through the woods.

Locals will tell you the best crab sandwich is sold from a hut behind the lifeboat station. They are right.

No one knows exactly when the first pier was built, but it appears on a map of 1640.

Best time to visit: May or September, when the crowds are thinner and the sea is warm enough for a swim.
""", [("tell", "Locals", "the best crab sandwich is sold from a hut behind the lifeboat station")])

_page("league_fixtures", """Northern Counties League - fixtures

Saturday 9 August: Ashby Town v Millbrook Rovers, 3pm

Saturday 9 August: Fenwick United v Ostley Athletic, 3pm

Tuesday 12 August: Ostley Athletic v Ashby Town, 7.45pm

Fixtures are subject to change. Check the club's website before you travel.

Table: Millbrook Rovers P3 W3 D0 L0 Pts 9; Fenwick United P3 W2 D1 L0 Pts 7.
""", [])

_page("weather_page", """Ravensby 5-day forecast

Today: sunny spells, highs of 19C. Wind west 10mph.

Tonight: clear at first, with mist forming in valleys. Lows of 8C.

Thursday: rain spreading from the west by midday, heavy at times.

Friday and Saturday: brighter, with scattered showers.

Pollen: high. UV index: moderate.

The forecaster says the weekend should stay dry in the east.
""", [("says", "The forecaster", "the weekend should stay dry in the east")])

_page("testimonials", """What our customers say

"The fitters were polite, quick and left the kitchen spotless," says Anita R. from Harrogate.

"We got three quotes and Brookline's was the clearest by far." - David and Sue, Ripon

Rated Excellent on Trustpilot, based on 1,284 reviews.

Read more reviews or leave your own.
""", [("says", "Anita R. from Harrogate", "The fitters were polite, quick and left the kitchen spotless"),
      ("-", "David and Sue, Ripon", "We got three quotes and Brookline's was the clearest by far")])

_page("bistro_menu", """Starters

Soup of the day, with sourdough and salted butter - £6.50

Chicken liver parfait, fig chutney, toasted brioche - £8

Mains

Pan-fried hake, crushed potatoes, samphire and a brown shrimp butter - £19

Please tell your server about any allergies before ordering. A discretionary service charge of 12.5% is added to tables of six or more.
""", [])

_page("used_car", """2018 Marlow Estate 1.6 diesel, 62,000 miles, full service history

One owner from new. Cambelt changed at 60,000 miles. Two keys.

Minor scuff on the rear bumper, see photos. Drives perfectly.

The car shows no warning lights and passed its MOT in March with no advisories.

Reason for sale: we need a bigger car for the dogs.

No time wasters please. Cash or bank transfer on collection.
""", [])

_page("podcast_notes", """Episode 112: Why we still get lost

This week we ask why so many of us cannot read a map, and whether satnavs are making it worse.

Our guest, the neuroscientist Dr Helen Marsh, explains how the brain builds a map of a new place.

In the second half, listeners share their worst wrong turns. One of them ended up in a car park in Belgium.

Timestamps: 00:00 intro; 04:12 interview; 31:40 listener stories.

Subscribe wherever you get your podcasts, and leave us a review!
""", [("ask", "we", "why so many of us cannot read a map, and whether satnavs are making it worse"),
      ("explains", "Our guest, the neuroscientist Dr Helen Marsh", "how the brain builds a map of a new place")])

_page("plant_care_card", """Caring for your olive tree

Olives love sun. Give yours the brightest spot you have, indoors or out.

Water when the top of the compost feels dry. In winter, water sparingly.

Feed once a month from April to September with a general liquid feed.

Move pots into a sheltered corner when frost is forecast.

Yellow leaves? Your tree is probably too wet. Let it dry out before watering again.
""", [])

_page("vineyard_blog", """Harvest diary: the year the frost came late

We lost almost a third of the crop to a single night of frost in the first week of May.

Across the valley, some winemakers ripped out the fickle old vines and planted hardier varieties in their place.

We kept ours. My father planted them in 1981, and I could not bring myself to pull them up.

The grapes we did pick were small but intense. The wine will be something special, if there is not much of it.

Come and taste it at our open weekend in October. Booking is on the website.
""", [])

_page("bank_rates_page", """Savings accounts

Easy Access Saver: 3.1% AER variable. Withdraw whenever you like.

One Year Fixed: 4.2% AER. No withdrawals until the term ends.

Rates are correct as of 1 July and may change. Interest is calculated daily and paid monthly.

What is AER? The annual equivalent rate shows what the interest rate would be if interest was paid and compounded once a year.

The Bank will review its base rate next month to determine whether further cuts are needed.
""", [])

_page("library_events", """Events at Fallowfield Library

Rhyme time for under-fives: every Tuesday at 10.30. No need to book.

Family history drop-in: our volunteers show you how to search census records and parish registers.

Author talk: local novelist Grace Oyelaran discusses her new book, a ghost story set in a cotton mill. Tickets £3.

Digital help: bring your phone or tablet and we will help you set up email, video calls or online banking.

The library is closed on bank holidays.
""", [("discusses", "local novelist Grace Oyelaran", "her new book, a ghost story set in a cotton mill")])

_page("survey_blog", """Is working from home here to stay?

A survey by the Chartered Institute of Workspace found that two in five office workers now spend at least three days a week at home.

We asked our readers what they miss about the office. The answers surprised us.

Here are the top five, in order: the chat, the coffee, the commute (really!), the free biscuits and the printer.

What do you miss? Let us know in the comments below.
""", [("found", "A survey by the Chartered Institute of Workspace", "two in five office workers now spend at least three days a week at home"),
      ("asked", "We", "what they miss about the office")])

_page("wedding_venue", """Weddings at Ashcombe Barn

Nestled in ten acres of parkland, our restored eighteenth-century barn seats up to 140 guests.

Packages start from £6,500 and include the ceremony room, a drinks reception on the lawn and a three-course wedding breakfast.

Our events team will guide you through every step, from the first visit to the last dance.

Check availability: choose a date and we will get back to you within two working days.
""", [])

_page("gardening_qna", """Ask the gardener

Q: My lawn has bare patches under the oak tree. What can I do?

A: Grass struggles in dry shade. Sow a shade-tolerant seed mix in early autumn and keep it watered until it is established.

Q: When should I prune my lavender?

A: Straight after flowering, in late summer. Never cut back into the old wood, as it will not regrow.

Have a question for our gardener? Send it in and we will answer the best each month.
""", [])

_page("blender_review", """Verdict: the Whirlmax Pro 900 blender

Pros: powerful motor, easy to clean, quiet for its size.

Cons: the jug is heavy, and the lid is fiddly.

The manufacturer claims the blades will stay sharp for ten years.

I made smoothies, soup and nut butter with it over a fortnight. The motor never struggled once.

Our verdict: the best blender under £150 we have tested.

Don't just take our word for it. Tell us what you think in the comments.
""", [("claims", "The manufacturer", "the blades will stay sharp for ten years")])

_page("ticket_terms", """Terms and conditions of ticket sale

1. By purchasing a ticket you agree to these terms.

2. Tickets cannot be exchanged or refunded unless the event is cancelled.

3. The organiser reserves the right to refuse entry without giving a reason.

4. Latecomers may not be admitted until a suitable break in the performance.

5. We will never ask for your password or card details by email.
""", [])

_page("sales_manager_job", """Area sales manager - South West

You will report to the head of sales and manage a team of six.

The successful candidate will be able to demonstrate a record of winning new accounts.

Candidates should state their current salary and notice period in their covering letter.

The post holder will liaise with suppliers and attend trade shows across the region.

Closing date: 30 September. Interviews will take place in the week of 6 October.
""", [])

_page("history_module", """HIS204: Empires and their endings

Lecture 3: Why do empires fall?

Seminar reading: Marlowe (2011) argues that fiscal strain, not invasion, brought down most early modern empires.

Students will learn how to weigh one historian's case against another's.

Essay question: 'Empires die of debt.' Discuss.

Office hours: Tuesdays 2-4pm, room B12. No appointment needed.
""", [("argues", "Marlowe (2011)", "fiscal strain, not invasion, brought down most early modern empires")])

_page("cup_match_page", """County Cup semi-final: Harlow Vale v Ferncombe

Kick-off: 7.45pm, Tuesday. Venue: Vale Park.

Referee: K. Dunmore. Assistants: P. Ashe, R. Okoro.

Tickets: £8 adults, £4 concessions, under-12s free.

The winners will meet Oldcastle in the final on 3 May.

A panel will meet on Friday to decide whether the replay rule applies if the tie is drawn.
""", [])

_page("storm_warning_page", """Weather warnings

Yellow warning: wind. Valid from 6am Saturday until midnight.

Gusts of 50 to 60mph are likely on exposed coasts, with some damage to trees and power lines possible.

Forecasters say the strongest winds will arrive around midday.

What should I do? Secure bins, garden furniture and trampolines. Check before you travel.
""", [("say", "Forecasters", "the strongest winds will arrive around midday")])

_page("pasta_packet", """Fresh egg tagliatelle, 250g

Cooking instructions: bring a large pan of salted water to the boil. Add the pasta and cook for three minutes.

The packet says to stir gently to separate the strands.

Allergy advice: for allergens, see ingredients in bold. Made in a factory that also handles nuts.

Once opened, keep refrigerated and eat within two days.
""", [])

_page("theatre_press", """Press reviews

"A revelation from the first scene to the last." - The Wexley Gazette

"Funny, bold and heartbreaking," wrote Tom Ashdown in the Evening Courier.

Running time: 2 hours 20 minutes including an interval.

Suitable for ages 12 and over. Contains strong language.
""", [("-", "The Wexley Gazette", "A revelation from the first scene to the last"),
      ("wrote", "Tom Ashdown in the Evening Courier", "Funny, bold and heartbreaking")])

_page("garden_centre_offers", """This week at Ashgrove Garden Centre

Ask about our loyalty card: collect a stamp with every £10 you spend.

Call in and say hello to our new aquatics team.

Bedding plants: three trays for £12.

Our café is open daily from 9am. Why not stay for lunch?

Note: the car park will close early on Sunday for resurfacing.
""", [])

_page("notes_update", """Update: road reopened

Editor's note: an earlier version of this page gave the wrong date for the reopening.

Disclaimer: the information on this page is for general guidance only.

Who knows what next winter will bring? For now, the bridge is open again.
""", [])

_page("app_store_page", """Pocket Planter - garden planner

The app tells you when to sow, water and harvest, based on your postcode.

Features: a planting calendar, frost alerts and a crop diary.

Users say the frost alerts alone are worth the price.

Requires iOS 16 or later. Contains in-app purchases.

What's new in version 3.2: bug fixes and a dark mode.
""", [("say", "Users", "the frost alerts alone are worth the price")])

_page("hostel_listing", """Riverside Hostel, Kelbourne

Beds from £24 a night in dorms of four to eight. Private rooms from £65.

Guests love the rooftop terrace and the free breakfast.

Check-in from 3pm; check-out by 10am. Quiet hours after 11pm.

Please note: the lift is out of service until further notice. Staff will help you carry bags.

Nobody can beat our location: two minutes from the station and five from the old town.
""", [])

_page("vet_advice_page", """Is my rabbit ill?

Rabbits hide pain well, so small changes matter.

Vets advise owners to check their rabbit's droppings every day.

If your rabbit stops eating for more than twelve hours, call a vet straight away.

Signs to look for: a hunched posture, grinding teeth and a wet chin.

Always ask a vet before giving any medicine meant for people.
""", [("advise", "Vets", "owners to check their rabbit's droppings every day")])

_page("photo_gallery", """Gallery: the village fete in pictures

Picture 1: the tug of war between the Red Lion and the cricket club.

Picture 2: Mrs Elsie Barnard, 94, cuts the ribbon.

Picture 3: the dog show. The judges could not separate the two spaniels.

All photos by Ken Lowry. Click any picture to enlarge.
""", [])
