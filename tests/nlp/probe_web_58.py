# ruff: noqa: E501  (a paragraph is one line, as a page read to text has it: a line break inside one would split it)
"""Forty-four pages of the kinds a news crawl picks up that are mostly no news (thirty-six, then eight written
after the first count), for the fifty-eighth session's web check (helper B), as they reach Sourcebook once read
to text (paragraphs apart by a blank line): personal blogs and travel diaries, product and hotel reviews, a
recipe, how-to guides, forum threads and comment sections, event listings, obituaries, a live blog and a match
report, press-release boilerplate, a job advert, a FAQ, cookie and terms notices, a newsletter, an opinion
column, horoscopes, an explainer, school and church newsletters. Most paragraphs report nothing (first-person
narration with a word that can be a cue, orders to the reader, questions, figures of speech, headings, list
items, boilerplate); some hold a real report ('the coach said', 'according to the recipe's author', a quotation
in an obituary, 'the company says on its website').

The gold is written by hand as PolNeAR marks it (NOTES.md: internal states count, sources are maximal), but a
writer's own first-person narration, an order and a question are no report (issue 12): per page, (a word of the
cue, the source, the first content) for each report in ``GOLD``; every other paragraph in ``NOT_REPORTS``. Every
name, place, figure and sentence is made up; no topic of ``probe_web_55`` is reused. Read by
``test_probe_findings_58_web``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["hike_diary"] = """Day four: the ridge that nearly broke me

I told my sister we would reach the hut before dark, and I believed it when I said it.

By noon the path had turned to loose scree, my thighs screaming at every step and my lungs pleading for one more minute of rest.

The warden at the hut said the storm would pass by midnight, so we unrolled our mats and waited.

Nobody knows why the old trail markers were painted orange, but I was grateful for every one of them.

Tomorrow we descend to Kelmar. I promise myself a hot bath and an entire pizza.
"""
GOLD["hike_diary"] = [
    ("said", "The warden at the hut", "the storm would pass by midnight"),
]
NOT_REPORTS["hike_diary"] = [
    "Day four: the ridge that nearly broke me",
    "I told my sister we would reach the hut before dark, and I believed it when I said it.",
    "By noon the path had turned to loose scree, my thighs screaming at every step and my lungs pleading for one more minute of rest.",
    "Nobody knows why the old trail markers were painted orange, but I was grateful for every one of them.",
    "Tomorrow we descend to Kelmar. I promise myself a hot bath and an entire pizza.",
]

ARTICLES["kettle_review"] = """Brevo 1.7 litre glass kettle

Rated 4 out of 5 by Hollis from Grimsby

It boils fast and the blue light looks great on the worktop. My wife says it is too loud first thing in the morning, and she has a point.

The lid hinge feels cheap. I wonder whether it will last a year.

Was this review helpful? Yes (12) No (3)

Response from Brevo: We are sorry to hear about the hinge.

Brevo says on its website that every kettle carries a two-year guarantee, so please get in touch.
"""
GOLD["kettle_review"] = [
    ("says", "My wife", "it is too loud first thing in the morning"),
    ("says", "Brevo", "every kettle carries a two-year guarantee"),
]
NOT_REPORTS["kettle_review"] = [
    "Brevo 1.7 litre glass kettle",
    "Rated 4 out of 5 by Hollis from Grimsby",
    "The lid hinge feels cheap. I wonder whether it will last a year.",
    "Was this review helpful? Yes (12) No (3)",
    "Response from Brevo: We are sorry to hear about the hinge.",
]

ARTICLES["hotel_review"] = """A tired seafront hotel with a wonderful breakfast

We stayed three nights in a sea-view double. The room smelled of damp and the window would not close properly.

When we complained, the duty manager told us that the whole west wing was due to be refurbished in the spring.

The breakfast, though, was superb: proper kippers, fresh bread and a cheerful waitress who remembered our order.

Would I stay again? Probably not, unless the refurbishment happens.

Stayed in March. Trip type: couples.
"""
GOLD["hotel_review"] = [
    ("told", "the duty manager", "the whole west wing was due to be refurbished in the spring"),
]
NOT_REPORTS["hotel_review"] = [
    "A tired seafront hotel with a wonderful breakfast",
    "We stayed three nights in a sea-view double. The room smelled of damp and the window would not close properly.",
    "The breakfast, though, was superb: proper kippers, fresh bread and a cheerful waitress who remembered our order.",
    "Would I stay again? Probably not, unless the refurbishment happens.",
    "Stayed in March. Trip type: couples.",
]

ARTICLES["flatbread_recipe"] = """Three-ingredient flatbreads

These are the flatbreads my grandmother made every Friday. I always say they taste better torn by hand than cut.

According to the recipe's author, the dough can rest in the fridge for up to two days.

Ingredients: 250g self-raising flour, 250g plain yoghurt, a pinch of salt.

Mix everything into a soft dough. Knead for two minutes, then divide into six balls.

Roll each ball thin and cook in a dry pan until it puffs and blisters.

Tell us how yours turned out in the comments below!
"""
GOLD["flatbread_recipe"] = [
    ("According to", "the recipe's author", "the dough can rest in the fridge for up to two days"),
]
NOT_REPORTS["flatbread_recipe"] = [
    "Three-ingredient flatbreads",
    "These are the flatbreads my grandmother made every Friday. I always say they taste better torn by hand than cut.",
    "Ingredients: 250g self-raising flour, 250g plain yoghurt, a pinch of salt.",
    "Mix everything into a soft dough. Knead for two minutes, then divide into six balls.",
    "Roll each ball thin and cook in a dry pan until it puffs and blisters.",
    "Tell us how yours turned out in the comments below!",
]

ARTICLES["bike_howto"] = """How to fix a slipping bike chain

A slipping chain is usually a worn chain, a worn cassette or a badly adjusted derailleur.

Step 1: Shift to the smallest rear cog and check the cable tension.

Step 2: Turn the barrel adjuster a quarter turn at a time until the chain runs quietly.

Don't assume the chain is fine just because it looks clean. Measure it with a chain checker.

Most mechanics recommend replacing a chain every 3,000 kilometres, the Cycling Trades Guild says in its maintenance guide.

Still stuck? Ask a question in our forum.
"""
GOLD["bike_howto"] = [
    ("says", "the Cycling Trades Guild", "Most mechanics recommend replacing a chain every 3,000 kilometres"),
]
NOT_REPORTS["bike_howto"] = [
    "How to fix a slipping bike chain",
    "A slipping chain is usually a worn chain, a worn cassette or a badly adjusted derailleur.",
    "Step 1: Shift to the smallest rear cog and check the cable tension.",
    "Step 2: Turn the barrel adjuster a quarter turn at a time until the chain runs quietly.",
    "Don't assume the chain is fine just because it looks clean. Measure it with a chain checker.",
    "Still stuck? Ask a question in our forum.",
]

ARTICLES["aquarium_forum"] = """Re: Cloudy water after water change - help!

Posted by reefnewbie » Tue 14 Feb

Did your water test show any ammonia? Cloudy water in a new tank is usually a bacterial bloom.

Posted by tanklady » Tue 14 Feb

Same thing happened to me last year. Just leave it alone and stop feeding for two days. Honestly, it clears up on its own.

Posted by reefnewbie » Wed 15 Feb

Update: the shop owner said the bloom would settle within a week, and it has. Thanks all!

Thread locked by moderator.
"""
GOLD["aquarium_forum"] = [
    ("said", "the shop owner", "the bloom would settle within a week"),
]
NOT_REPORTS["aquarium_forum"] = [
    "Re: Cloudy water after water change - help!",
    "Posted by reefnewbie » Tue 14 Feb",
    "Did your water test show any ammonia? Cloudy water in a new tank is usually a bacterial bloom.",
    "Same thing happened to me last year. Just leave it alone and stop feeding for two days. Honestly, it clears up on its own.",
    "Thread locked by moderator.",
]

ARTICLES["comments"] = """Comments (4)

Grantham Resident: Typical council. They promised a new bus shelter three years ago and we are still standing in the rain.

Pete W: Does anyone actually know who decided to close the library on Saturdays?

Anon: The councillor for our ward said at the meeting that the Saturday closure was only temporary. I will believe it when I see it.

Mags: Rubbish. Write to your MP, that is the only thing that works.
"""
GOLD["comments"] = [
    ("said", "The councillor for our ward", "the Saturday closure was only temporary"),
]
NOT_REPORTS["comments"] = [
    "Comments (4)",
    "Grantham Resident: Typical council. They promised a new bus shelter three years ago and we are still standing in the rain.",
    "Pete W: Does anyone actually know who decided to close the library on Saturdays?",
    "Mags: Rubbish. Write to your MP, that is the only thing that works.",
]

ARTICLES["events"] = """What's on this weekend

Saturday 10am-4pm: Riverside craft fair. Local makers, live folk music and a bouncy castle for the kids.

Saturday 7.30pm: Quiz night at the Ferryman. Teams of up to six, entry 2 pounds per person.

Sunday 2pm: Guided walk of the old docks. Organisers say the walk is suitable for wheelchairs and pushchairs.

Know an event we should list? Email listings@example.org by Wednesday noon.
"""
GOLD["events"] = [
    ("say", "Organisers", "the walk is suitable for wheelchairs and pushchairs"),
]
NOT_REPORTS["events"] = [
    "What's on this weekend",
    "Saturday 10am-4pm: Riverside craft fair. Local makers, live folk music and a bouncy castle for the kids.",
    "Saturday 7.30pm: Quiz night at the Ferryman. Teams of up to six, entry 2 pounds per person.",
    "Know an event we should list? Email listings@example.org by Wednesday noon.",
]

ARTICLES["obituary"] = """Margaret Ellery, 1938-2025

Margaret Ellery, who taught piano to three generations of children in Ashby Vale, has died aged 87.

Born in Leeds, she moved to the village in 1964 and gave her first lesson in the front room of her cottage.

Her son, Robert, said she was still correcting fingering from her hospital bed. "She never let a wrong note go," he said.

A former pupil, the concert pianist Anya Roth, described her as the reason she became a musician.

She is survived by her son, two grandchildren and a very spoiled cat. The funeral will be held at St Aidan's on Friday at 11am.

Donations in her memory may be made to the village music fund.
"""
GOLD["obituary"] = [
    ("said", "Her son, Robert", "she was still correcting fingering from her hospital bed"),
    ("said", "he", "She never let a wrong note go"),
    ("described", "A former pupil, the concert pianist Anya Roth", "her as the reason she became a musician"),
]
NOT_REPORTS["obituary"] = [
    "Margaret Ellery, 1938-2025",
    "Margaret Ellery, who taught piano to three generations of children in Ashby Vale, has died aged 87.",
    "Born in Leeds, she moved to the village in 1964 and gave her first lesson in the front room of her cottage.",
    "She is survived by her son, two grandchildren and a very spoiled cat. The funeral will be held at St Aidan's on Friday at 11am.",
    "Donations in her memory may be made to the village music fund.",
]

ARTICLES["obituary_notice"] = """DUNMORE, Walter James

Peacefully at home on 3rd May, aged 91. Beloved husband of the late Joan, dear father of Susan and Mark.

Walter will be sadly missed by all who knew him. No flowers please.

Friends recall that he never missed a parish council meeting in forty years.

Service at Holmfield Crematorium on Tuesday 20th May at 2pm.
"""
GOLD["obituary_notice"] = [
    ("recall", "Friends", "he never missed a parish council meeting in forty years"),
]
NOT_REPORTS["obituary_notice"] = [
    "DUNMORE, Walter James",
    "Peacefully at home on 3rd May, aged 91. Beloved husband of the late Joan, dear father of Susan and Mark.",
    "Walter will be sadly missed by all who knew him. No flowers please.",
    "Service at Holmfield Crematorium on Tuesday 20th May at 2pm.",
]

ARTICLES["live_blog"] = """LIVE: Castlebridge v Orford Rovers

89 min: Saved! Denholm gets down low to his left and pushes it round the post.

86 min: Yellow card for Okafor, who clatters into the back of Brandt. The home crowd want a red.

80 min: GOAL! Castlebridge 2-1 Orford. Brandt rises highest and heads it in off the bar.

72 min: Substitution for Orford: Lewis off, Mensah on.

Half-time: Orford manager Tom Keane told the BBC his side had been "second to every ball".

Kick-off: Welcome to our live coverage. Can Castlebridge make it five wins in a row?
"""
GOLD["live_blog"] = [
    ("want", "The home crowd", "a red"),
    ("told", "Orford manager Tom Keane", "his side had been \"second to every ball\""),
]
NOT_REPORTS["live_blog"] = [
    "LIVE: Castlebridge v Orford Rovers",
    "89 min: Saved! Denholm gets down low to his left and pushes it round the post.",
    "80 min: GOAL! Castlebridge 2-1 Orford. Brandt rises highest and heads it in off the bar.",
    "72 min: Substitution for Orford: Lewis off, Mensah on.",
    "Kick-off: Welcome to our live coverage. Can Castlebridge make it five wins in a row?",
]

ARTICLES["match_report"] = """Wexby hold on for first away win

Wexby Town 1 Harlow United 0

A first-half header from Callum Pryce was enough for Wexby to take all three points at Mill Lane.

Harlow hit the woodwork twice after the break and had a late penalty appeal turned down.

"We defended like our lives depended on it," Wexby coach Dean Farrell said. "The lads were magnificent."

Harlow's manager, Kevin Osei, said the referee had made "a terrible call" on the penalty and that he would ask the league to review it.

Wexby move up to ninth.
"""
GOLD["match_report"] = [
    ("said", "Wexby coach Dean Farrell", "We defended like our lives depended on it"),
    ("said", "Harlow's manager, Kevin Osei", "the referee had made \"a terrible call\" on the penalty and that he would ask the league to review it"),
]
NOT_REPORTS["match_report"] = [
    "Wexby hold on for first away win",
    "Wexby Town 1 Harlow United 0",
    "A first-half header from Callum Pryce was enough for Wexby to take all three points at Mill Lane.",
    "Harlow hit the woodwork twice after the break and had a late penalty appeal turned down.",
    "Wexby move up to ninth.",
]

ARTICLES["press_release"] = """Norvale Foods to open new bakery in Corby

CORBY, England, 4 March - Norvale Foods plc today announced that it will open a new bakery in Corby, creating 220 jobs.

"Corby gives us the space and the people we need to grow," said chief executive Helen Marsh.

About Norvale Foods

Norvale Foods is one of Britain's leading makers of bread and cakes, with eleven sites and 4,000 employees. For more information, visit our website.

Forward-looking statements

This release contains forward-looking statements. Words such as "expects", "believes", "intends" and "anticipates" identify such statements, which involve risks and uncertainties.

Media contact: press@example.com
"""
GOLD["press_release"] = [
    ("announced", "Norvale Foods plc", "it will open a new bakery in Corby, creating 220 jobs"),
    ("said", "chief executive Helen Marsh", "Corby gives us the space and the people we need to grow"),
]
NOT_REPORTS["press_release"] = [
    "Norvale Foods to open new bakery in Corby",
    "About Norvale Foods",
    "Norvale Foods is one of Britain's leading makers of bread and cakes, with eleven sites and 4,000 employees. For more information, visit our website.",
    "Forward-looking statements",
    "This release contains forward-looking statements. Words such as \"expects\", \"believes\", \"intends\" and \"anticipates\" identify such statements, which involve risks and uncertainties.",
    "Media contact: press@example.com",
]

ARTICLES["safe_harbor"] = """Cautionary note regarding forward-looking statements

Statements in this announcement that are not historical facts are forward-looking. The Company cautions readers not to place undue reliance on them.

Actual results may differ materially from those expressed or implied by such statements.

The Company undertakes no obligation to update any forward-looking statement, whether as a result of new information, future events or otherwise.
"""
GOLD["safe_harbor"] = []
NOT_REPORTS["safe_harbor"] = [
    "Cautionary note regarding forward-looking statements",
    "Statements in this announcement that are not historical facts are forward-looking. The Company cautions readers not to place undue reliance on them.",
    "Actual results may differ materially from those expressed or implied by such statements.",
    "The Company undertakes no obligation to update any forward-looking statement, whether as a result of new information, future events or otherwise.",
]

ARTICLES["job_ad"] = """Trainee Dental Nurse - Pellbrook Dental Practice

Full time, 37.5 hours a week. Starting salary 21,000 pounds.

Pellbrook is a busy family practice. Our practice manager says the team is small, friendly and "allergic to office politics".

You will assist the dentist during treatment, sterilise instruments and greet patients.

What we offer: full training, a paid qualification and free dental care.

Closing date: 30 June. We regret that we cannot reply to every applicant.
"""
GOLD["job_ad"] = [
    ("says", "Our practice manager", "the team is small, friendly and \"allergic to office politics\""),
]
NOT_REPORTS["job_ad"] = [
    "Trainee Dental Nurse - Pellbrook Dental Practice",
    "Full time, 37.5 hours a week. Starting salary 21,000 pounds.",
    "You will assist the dentist during treatment, sterilise instruments and greet patients.",
    "What we offer: full training, a paid qualification and free dental care.",
    "Closing date: 30 June. We regret that we cannot reply to every applicant.",
]

ARTICLES["faq"] = """Frequently asked questions

How long does delivery take?

Most orders arrive within three working days. Remote areas may take longer.

Can I return an item I have used?

We accept returns of unused items within 30 days. Used items cannot be returned for hygiene reasons.

Why was my card declined?

Your bank may have flagged the payment. Contact your bank or try another card.

Still need help? Chat with us, 9am to 5pm, Monday to Friday.
"""
GOLD["faq"] = []
NOT_REPORTS["faq"] = [
    "Frequently asked questions",
    "How long does delivery take?",
    "Most orders arrive within three working days. Remote areas may take longer.",
    "Can I return an item I have used?",
    "We accept returns of unused items within 30 days. Used items cannot be returned for hygiene reasons.",
    "Why was my card declined?",
    "Your bank may have flagged the payment. Contact your bank or try another card.",
    "Still need help? Chat with us, 9am to 5pm, Monday to Friday.",
]

ARTICLES["cookies"] = """We value your privacy

We and our partners use cookies to store and access information on your device. Some are essential; others help us understand how you use the site.

By clicking "Accept all", you agree to the storing of cookies on your device. You can change your choices at any time by visiting Privacy Settings.

Accept all | Reject non-essential | Manage preferences
"""
GOLD["cookies"] = []
NOT_REPORTS["cookies"] = [
    "We value your privacy",
    "We and our partners use cookies to store and access information on your device. Some are essential; others help us understand how you use the site.",
    "By clicking \"Accept all\", you agree to the storing of cookies on your device. You can change your choices at any time by visiting Privacy Settings.",
    "Accept all | Reject non-essential | Manage preferences",
]

ARTICLES["terms"] = """Terms of use

1. Acceptance. By using this site you confirm that you are at least 16 years old and accept these terms.

2. Content. You must not post anything that is unlawful, defamatory or that infringes another person's rights.

3. Liability. We do not guarantee that the site will be available at all times and accept no liability for any loss arising from its use.

4. Changes. We may revise these terms at any time. Continued use of the site means you accept the revised terms.
"""
GOLD["terms"] = []
NOT_REPORTS["terms"] = [
    "Terms of use",
    "1. Acceptance. By using this site you confirm that you are at least 16 years old and accept these terms.",
    "2. Content. You must not post anything that is unlawful, defamatory or that infringes another person's rights.",
    "3. Liability. We do not guarantee that the site will be available at all times and accept no liability for any loss arising from its use.",
    "4. Changes. We may revise these terms at any time. Continued use of the site means you accept the revised terms.",
]

ARTICLES["newsletter"] = """The Tuesday Digest

Good morning! Here is what you need to know today.

Rail strike: Drivers at Northway Trains will walk out on Friday. The union said talks with management had broken down over pay.

Weather: Dry and bright for most, with a chance of showers in the west.

One more thing: The city's oldest tree, a 400-year-old oak, is getting its own security camera. Council officials said vandals had twice tried to set it alight.

Enjoying the Digest? Forward it to a friend. Not subscribed yet? Sign up here.
"""
GOLD["newsletter"] = [
    ("said", "The union", "talks with management had broken down over pay"),
    ("said", "Council officials", "vandals had twice tried to set it alight"),
]
NOT_REPORTS["newsletter"] = [
    "The Tuesday Digest",
    "Good morning! Here is what you need to know today.",
    "Weather: Dry and bright for most, with a chance of showers in the west.",
    "Enjoying the Digest? Forward it to a friend. Not subscribed yet? Sign up here.",
]

ARTICLES["opinion"] = """We should stop pretending the high street can be saved

Walk down any market-town high street on a Tuesday afternoon and count the empty shops. I counted fourteen in Dunford last week.

The government says business rates relief will bring shoppers back. It will not.

Retail analysts at Coburn Research estimate that a third of town-centre shops will close by 2030.

So what should we do? Turn the empty units into homes, surgeries and libraries. Stop waiting for a return of the department store.

My grandfather ran a hardware shop for fifty years. He would have hated that sentence, but he would have understood it.
"""
GOLD["opinion"] = [
    ("says", "The government", "business rates relief will bring shoppers back"),
    ("estimate", "Retail analysts at Coburn Research", "a third of town-centre shops will close by 2030"),
]
NOT_REPORTS["opinion"] = [
    "We should stop pretending the high street can be saved",
    "Walk down any market-town high street on a Tuesday afternoon and count the empty shops. I counted fourteen in Dunford last week.",
    "So what should we do? Turn the empty units into homes, surgeries and libraries. Stop waiting for a return of the department store.",
    "My grandfather ran a hardware shop for fifty years. He would have hated that sentence, but he would have understood it.",
]

ARTICLES["horoscope"] = """Your stars this week

Aries (21 March - 19 April): A conversation you have been avoiding can no longer wait. Say what you mean, kindly.

Taurus (20 April - 20 May): Money matters look brighter after Thursday. Resist the urge to splash out.

Gemini (21 May - 20 June): Someone close to you is hinting at a change. Listen more than you speak.

Cancer (21 June - 22 July): Trust your instincts at work; your ideas will be heard.
"""
GOLD["horoscope"] = []
NOT_REPORTS["horoscope"] = [
    "Your stars this week",
    "Aries (21 March - 19 April): A conversation you have been avoiding can no longer wait. Say what you mean, kindly.",
    "Taurus (20 April - 20 May): Money matters look brighter after Thursday. Resist the urge to splash out.",
    "Gemini (21 May - 20 June): Someone close to you is hinting at a change. Listen more than you speak.",
    "Cancer (21 June - 22 July): Trust your instincts at work; your ideas will be heard.",
]

ARTICLES["explainer"] = """What is a tidal bore?

A tidal bore is a wave that travels up a river against the current when a rising tide pushes into a narrowing estuary.

Why does it happen only in some rivers?

It needs a large tidal range and a funnel-shaped estuary. The River Severn has one of the largest bores in the world.

Scientists at the Marine Institute say rising sea levels could make the bores larger and more frequent.

See also: Tides; Estuary; Standing wave.
"""
GOLD["explainer"] = [
    ("say", "Scientists at the Marine Institute", "rising sea levels could make the bores larger and more frequent"),
]
NOT_REPORTS["explainer"] = [
    "What is a tidal bore?",
    "A tidal bore is a wave that travels up a river against the current when a rising tide pushes into a narrowing estuary.",
    "Why does it happen only in some rivers?",
    "It needs a large tidal range and a funnel-shaped estuary. The River Severn has one of the largest bores in the world.",
    "See also: Tides; Estuary; Standing wave.",
]

ARTICLES["school_news"] = """Hollins Primary School Newsletter - Spring Term, Week 6

Dear Parents and Carers,

What a fantastic week! Year 4 visited the Roman fort at Castleford and came back full of stories about legionaries and latrines.

Mrs Patel says the class wrote the best diary entries she has ever marked.

Reminder: Friday is non-uniform day. Please send a pound for the library fund.

Headlice have been reported in Year 2. Please check your child's hair this weekend.

With best wishes, Mr D. Owusu, Headteacher
"""
GOLD["school_news"] = [
    ("says", "Mrs Patel", "the class wrote the best diary entries she has ever marked"),
]
NOT_REPORTS["school_news"] = [
    "Hollins Primary School Newsletter - Spring Term, Week 6",
    "Dear Parents and Carers,",
    "What a fantastic week! Year 4 visited the Roman fort at Castleford and came back full of stories about legionaries and latrines.",
    "Reminder: Friday is non-uniform day. Please send a pound for the library fund.",
    "Headlice have been reported in Year 2. Please check your child's hair this weekend.",
    "With best wishes, Mr D. Owusu, Headteacher",
]

ARTICLES["church_bulletin"] = """St Columba's Parish Bulletin

Sunday Eucharist at 10am. Evensong at 6pm. All welcome.

The Vicar writes: "Lent is not about giving things up for the sake of it. It is about making room."

The roof appeal has now reached 31,000 pounds. The churchwardens report that the north aisle leak has finally been fixed.

Please pray for those who are sick, especially Eileen, Tom and baby Grace.

Coffee morning on Wednesday in the hall. Bring a friend and a cake!
"""
GOLD["church_bulletin"] = [
    ("writes", "The Vicar", "Lent is not about giving things up for the sake of it. It is about making room."),
    ("report", "The churchwardens", "the north aisle leak has finally been fixed"),
]
NOT_REPORTS["church_bulletin"] = [
    "St Columba's Parish Bulletin",
    "Sunday Eucharist at 10am. Evensong at 6pm. All welcome.",
    "Please pray for those who are sick, especially Eileen, Tom and baby Grace.",
    "Coffee morning on Wednesday in the hall. Bring a friend and a cake!",
]

ARTICLES["vineyard_travel"] = """Wine country on two wheels

We rented bikes in Saint-Aubin and rode out through the vines in a heat that made the tarmac shimmer.

At the first estate our guide explained that the family had farmed the slope since 1870.

Decades ago, winemakers here ripped up the fickle grape that had made the valley famous and planted hardier vines instead.

My husband swore he would never drink rosé again. By the third tasting he had bought a case.

If you go: bikes cost 25 euros a day, and most estates ask you to book tastings ahead.
"""
GOLD["vineyard_travel"] = [
    ("explained", "our guide", "the family had farmed the slope since 1870"),
    ("swore", "My husband", "he would never drink rosé again"),
    ("ask", "most estates", "you to book tastings ahead"),
]
NOT_REPORTS["vineyard_travel"] = [
    "Wine country on two wheels",
    "We rented bikes in Saint-Aubin and rode out through the vines in a heat that made the tarmac shimmer.",
    "Decades ago, winemakers here ripped up the fickle grape that had made the valley famous and planted hardier vines instead.",
]

ARTICLES["parenting_blog"] = """The night my toddler discovered the word 'no'

I asked Ellie to put her shoes on.

She looked me in the eye and said no. Then she said it again, louder.

My mum insists I was exactly the same at her age, which I refuse to believe.

Our health visitor told us that testing limits at two is completely normal and a sign of healthy development.

So we are trying choices instead of orders: the red shoes or the blue shoes? It works about half the time.

Do your kids do this? Tell me I am not alone!
"""
GOLD["parenting_blog"] = [
    ("said", "She", "no"),
    ("insists", "My mum", "I was exactly the same at her age"),
    ("told", "Our health visitor", "testing limits at two is completely normal and a sign of healthy development"),
]
NOT_REPORTS["parenting_blog"] = [
    "The night my toddler discovered the word 'no'",
    "I asked Ellie to put her shoes on.",
    "So we are trying choices instead of orders: the red shoes or the blue shoes? It works about half the time.",
    "Do your kids do this? Tell me I am not alone!",
]

ARTICLES["regulator_notice"] = """Consumer notice: Harbridge Savings

The Financial Review Board (FRB) is reviewing the accounts of Harbridge Savings.

The review will determine whether customers were charged fees that were not disclosed.

No one knows yet how many accounts are affected. Customers do not need to take any action at this stage.

An FRB spokesperson said the board expected to publish its findings in the autumn.

Questions? Call the FRB helpline on 0300 000 0000.
"""
GOLD["regulator_notice"] = [
    ("said", "An FRB spokesperson", "the board expected to publish its findings in the autumn"),
]
NOT_REPORTS["regulator_notice"] = [
    "Consumer notice: Harbridge Savings",
    "The Financial Review Board (FRB) is reviewing the accounts of Harbridge Savings.",
    "The review will determine whether customers were charged fees that were not disclosed.",
    "No one knows yet how many accounts are affected. Customers do not need to take any action at this stage.",
    "Questions? Call the FRB helpline on 0300 000 0000.",
]

ARTICLES["running_blog"] = """My first marathon: 26.2 miles of pure stubbornness

At mile 18 my legs announced that they were done. My lungs begged for oxygen and my brain begged me to walk.

A stranger at the roadside shouted that I was nearly there. I was not nearly there.

My coach had warned me that the last six miles would be mental, not physical. She was right.

I crossed the line in 4:41:07 and cried into a foil blanket.

Next up: the Lakeland half in October. Wish me luck!
"""
GOLD["running_blog"] = [
    ("shouted", "A stranger at the roadside", "I was nearly there"),
    ("warned", "My coach", "the last six miles would be mental, not physical"),
]
NOT_REPORTS["running_blog"] = [
    "My first marathon: 26.2 miles of pure stubbornness",
    "At mile 18 my legs announced that they were done. My lungs begged for oxygen and my brain begged me to walk.",
    "I crossed the line in 4:41:07 and cried into a foil blanket.",
    "Next up: the Lakeland half in October. Wish me luck!",
]

ARTICLES["gadget_review"] = """Lumo X2 review: a great camera in a forgettable phone

Price: 699 pounds. Verdict: 3.5 stars.

The design will not turn heads. The back is plain glass and the frame is aluminium.

Lumo claims the battery will last two full days. In our testing it managed a day and a half.

The camera is the star. Night shots are sharp, and the portrait mode finally gets hair right.

Should you buy it? If photos matter most to you, yes. Otherwise, wait for the price to drop.

Pros: superb camera, bright screen. Cons: slow charging, no headphone jack.
"""
GOLD["gadget_review"] = [
    ("claims", "Lumo", "the battery will last two full days"),
]
NOT_REPORTS["gadget_review"] = [
    "Lumo X2 review: a great camera in a forgettable phone",
    "Price: 699 pounds. Verdict: 3.5 stars.",
    "The design will not turn heads. The back is plain glass and the frame is aluminium.",
    "The camera is the star. Night shots are sharp, and the portrait mode finally gets hair right.",
    "Should you buy it? If photos matter most to you, yes. Otherwise, wait for the price to drop.",
    "Pros: superb camera, bright screen. Cons: slow charging, no headphone jack.",
]

ARTICLES["garden_column"] = """In the garden this month

Cut back the faded perennials, but leave the seed heads for the birds.

Gardeners often tell me their lavender dies after two winters. The answer is almost always drainage.

The Royal Horticultural Society advises that dahlias should be lifted once the first frost has blackened the leaves.

My own dahlias stayed in the ground last year, wrapped in straw, and every one of them came back.

Jobs for the weekend: plant tulip bulbs, rake the leaves, clean the greenhouse.
"""
GOLD["garden_column"] = [
    ("tell", "Gardeners", "their lavender dies after two winters"),
    ("advises", "The Royal Horticultural Society", "dahlias should be lifted once the first frost has blackened the leaves"),
]
NOT_REPORTS["garden_column"] = [
    "In the garden this month",
    "Cut back the faded perennials, but leave the seed heads for the birds.",
    "My own dahlias stayed in the ground last year, wrapped in straw, and every one of them came back.",
    "Jobs for the weekend: plant tulip bulbs, rake the leaves, clean the greenhouse.",
]

ARTICLES["community_fundraiser"] = """Village hall raises 12,000 pounds for new roof

The fundraising ball at Ashcombe village hall on Saturday raised more than 12,000 pounds.

"We were blown away," said hall committee chair Lorna Gibb. "People gave far more than we dared hope."

The committee says work on the roof will start in June.

Thanks to everyone who donated raffle prizes, baked, danced or simply turned up.

Photos: Ashcombe Camera Club.
"""
GOLD["community_fundraiser"] = [
    ("said", "hall committee chair Lorna Gibb", "We were blown away"),
    ("says", "The committee", "work on the roof will start in June"),
]
NOT_REPORTS["community_fundraiser"] = [
    "Village hall raises 12,000 pounds for new roof",
    "The fundraising ball at Ashcombe village hall on Saturday raised more than 12,000 pounds.",
    "Thanks to everyone who donated raffle prizes, baked, danced or simply turned up.",
    "Photos: Ashcombe Camera Club.",
]

ARTICLES["tenant_forum"] = """Landlord won't fix the boiler - what are my rights?

Posted by flat3b

Our boiler has been broken for three weeks. The letting agent keeps saying an engineer is booked, but nobody ever comes.

I asked the agent for it in writing and they ignored me. Am I allowed to withhold rent?

Reply from HousingHelpVolunteer

Do not withhold rent. Shelter advises tenants to report the disrepair to the council's environmental health team instead.

Reply from flat3b

Thanks, I rang them today. The officer said she would visit on Monday.
"""
GOLD["tenant_forum"] = [
    ("saying", "The letting agent", "an engineer is booked"),
    ("advises", "Shelter", "tenants to report the disrepair to the council's environmental health team instead"),
    ("said", "The officer", "she would visit on Monday"),
]
NOT_REPORTS["tenant_forum"] = [
    "Landlord won't fix the boiler - what are my rights?",
    "Posted by flat3b",
    "I asked the agent for it in writing and they ignored me. Am I allowed to withhold rent?",
    "Reply from HousingHelpVolunteer",
    "Reply from flat3b",
]

ARTICLES["product_page"] = """Oakridge cast iron casserole, 24cm

Heavy-duty enamelled cast iron. Oven safe to 250 degrees. Suitable for all hobs, including induction.

The manufacturer states that the enamel will not chip under normal use.

Customers also bought: oven gloves, trivet, wooden spoon set.

Write a review and get 10% off your next order.
"""
GOLD["product_page"] = [
    ("states", "The manufacturer", "the enamel will not chip under normal use"),
]
NOT_REPORTS["product_page"] = [
    "Oakridge cast iron casserole, 24cm",
    "Heavy-duty enamelled cast iron. Oven safe to 250 degrees. Suitable for all hobs, including induction.",
    "Customers also bought: oven gloves, trivet, wooden spoon set.",
    "Write a review and get 10% off your next order.",
]

ARTICLES["cricket_report"] = """Ferris century puts Eastshire in control

Eastshire 341-6 (Ferris 128, Akhtar 64) v Westmoor

Opener Jamie Ferris made his third century of the season as Eastshire dominated the opening day at Holt Park.

He was dropped on 12 and never looked back, driving beautifully through the covers.

Westmoor captain Ben Lyle admitted his bowlers had been "too short, too often".

Ferris said afterwards that the pitch was the best he had batted on all year.

Play resumes at 10.30am on Thursday.
"""
GOLD["cricket_report"] = [
    ("admitted", "Westmoor captain Ben Lyle", "his bowlers had been \"too short, too often\""),
    ("said", "Ferris", "the pitch was the best he had batted on all year"),
]
NOT_REPORTS["cricket_report"] = [
    "Ferris century puts Eastshire in control",
    "Eastshire 341-6 (Ferris 128, Akhtar 64) v Westmoor",
    "Opener Jamie Ferris made his third century of the season as Eastshire dominated the opening day at Holt Park.",
    "He was dropped on 12 and never looked back, driving beautifully through the covers.",
    "Play resumes at 10.30am on Thursday.",
]

ARTICLES["charity_appeal"] = """Help us keep the lights on at Harbour House

Every night, 30 people sleep safely at Harbour House. This winter, our energy bills have tripled.

"Without the shelter I would be on the street," says Danny, who has stayed with us since November.

Our director, Claire Ndlovu, warns that the shelter may have to close one floor by February.

Please give what you can. 25 pounds pays for one night's heating.

Harbour House is a registered charity, number 1100000.
"""
GOLD["charity_appeal"] = [
    ("says", "Danny, who has stayed with us since November", "Without the shelter I would be on the street"),
    ("warns", "Our director, Claire Ndlovu", "the shelter may have to close one floor by February"),
]
NOT_REPORTS["charity_appeal"] = [
    "Help us keep the lights on at Harbour House",
    "Every night, 30 people sleep safely at Harbour House. This winter, our energy bills have tripled.",
    "Please give what you can. 25 pounds pays for one night's heating.",
    "Harbour House is a registered charity, number 1100000.",
]

ARTICLES["book_club"] = """Book club notes: The Salt Road

This month we read The Salt Road, a debut novel about three sisters who walk across a desert to find their father.

Most of us loved the middle section. Nobody could agree about the ending.

In an interview last year, the author said she wrote the book in six weeks after a dream about her grandmother.

Questions for discussion: Which sister changes most? Why does the father never appear?

Next month: The Glass Orchard. We meet on the 14th at the Swan.
"""
GOLD["book_club"] = [
    ("said", "the author", "she wrote the book in six weeks after a dream about her grandmother"),
]
NOT_REPORTS["book_club"] = [
    "Book club notes: The Salt Road",
    "This month we read The Salt Road, a debut novel about three sisters who walk across a desert to find their father.",
    "Most of us loved the middle section. Nobody could agree about the ending.",
    "Questions for discussion: Which sister changes most? Why does the father never appear?",
    "Next month: The Glass Orchard. We meet on the 14th at the Swan.",
]

# Eight more pages written after the first count, to probe what it showed (a game's play told with verbs that
# can be cues, a horoscope's people, labels before a colon); counted on main before any mend as well.

ARTICLES["tennis_live"] = """Live: Marsh v Okonkwo, quarter-final

Set 3, 4-4: Okonkwo hits the net with a tired backhand. Break point Marsh.

Set 3, 4-3: Marsh attacks the net and puts away the volley. She screams at her box.

Set 3, 3-3: The umpire calls for quiet as a phone goes off in the crowd.

Set 2: Okonkwo demanded a trainer after the fourth game and had her left knee strapped.

Okonkwo's coach, Femi Adeyemi, told reporters before the match that the knee had been "a worry all week".
"""
GOLD["tennis_live"] = [
    ("demanded", "Okonkwo", "a trainer"),
    ("told", "Okonkwo's coach, Femi Adeyemi", "the knee had been \"a worry all week\""),
]
NOT_REPORTS["tennis_live"] = [
    "Live: Marsh v Okonkwo, quarter-final",
    "Set 3, 4-4: Okonkwo hits the net with a tired backhand. Break point Marsh.",
    "Set 3, 4-3: Marsh attacks the net and puts away the volley. She screams at her box.",
    "Set 3, 3-3: The umpire calls for quiet as a phone goes off in the crowd.",
]

ARTICLES["football_minute"] = """Minute by minute: Dunford 0 Ashby 0

12 min: Ashby's Kane Mills curls a free kick onto the crossbar. So close!

27 min: Penalty appeal! Lopes goes down in the box but the referee waves it away. The Dunford bench are furious.

41 min: Mills fires over the bar from six yards. How has he missed that?

HT: Goalless. The Ashby manager, Grant Holt, said at half-time that his side "should be three up".

55 min: Lopes again calls for the ball in space but the pass never comes.

70 min: The linesman points to the corner flag. Nothing comes of it.
"""
GOLD["football_minute"] = [
    ("said", "The Ashby manager, Grant Holt", "his side \"should be three up\""),
]
NOT_REPORTS["football_minute"] = [
    "Minute by minute: Dunford 0 Ashby 0",
    "12 min: Ashby's Kane Mills curls a free kick onto the crossbar. So close!",
    "27 min: Penalty appeal! Lopes goes down in the box but the referee waves it away. The Dunford bench are furious.",
    "41 min: Mills fires over the bar from six yards. How has he missed that?",
    "55 min: Lopes again calls for the ball in space but the pass never comes.",
    "70 min: The linesman points to the corner flag. Nothing comes of it.",
]

ARTICLES["star_signs"] = """Weekly horoscope

Leo (23 July - 22 August): A friend is keen to share some news. Hear them out before you judge.

Virgo (23 August - 22 September): Someone at work will suggest a new way of doing things. Give it a chance.

Libra (23 September - 22 October): A loved one may tell you something that surprises you. Stay calm.

Scorpio (23 October - 21 November): Your partner wants more of your time. Make room for it.
"""
GOLD["star_signs"] = []
NOT_REPORTS["star_signs"] = [
    "Weekly horoscope",
    "Leo (23 July - 22 August): A friend is keen to share some news. Hear them out before you judge.",
    "Virgo (23 August - 22 September): Someone at work will suggest a new way of doing things. Give it a chance.",
    "Libra (23 September - 22 October): A loved one may tell you something that surprises you. Stay calm.",
    "Scorpio (23 October - 21 November): Your partner wants more of your time. Make room for it.",
]

ARTICLES["recipe_blog"] = """Lemon drizzle traybake (the one my neighbour begs for)

Every summer my neighbour Jan begs for the recipe, so here it is at last.

The original recipe calls for caster sugar, but I use golden for a deeper flavour.

Preheat the oven to 180C. Beat the butter and sugar until pale, then add the eggs one at a time.

Jan swears the drizzle is better made with limes. She is wrong, but try it and see.

Pour the drizzle over while the cake is still warm. Let it set for an hour before slicing.
"""
GOLD["recipe_blog"] = [
    ("swears", "Jan", "the drizzle is better made with limes"),
]
NOT_REPORTS["recipe_blog"] = [
    "Lemon drizzle traybake (the one my neighbour begs for)",
    "Every summer my neighbour Jan begs for the recipe, so here it is at last.",
    "The original recipe calls for caster sugar, but I use golden for a deeper flavour.",
    "Preheat the oven to 180C. Beat the butter and sugar until pale, then add the eggs one at a time.",
    "Pour the drizzle over while the cake is still warm. Let it set for an hour before slicing.",
]

ARTICLES["camera_qa"] = """Questions and answers (3)

Q: Does this camera work with older lenses? Asked by Rob K.

A: Yes, with an adapter. The manufacturer says most lenses from the last twenty years will autofocus. Answered by Seller.

Q: Is the battery included?

A: One battery is included. A spare costs extra.
"""
GOLD["camera_qa"] = [
    ("says", "The manufacturer", "most lenses from the last twenty years will autofocus"),
]
NOT_REPORTS["camera_qa"] = [
    "Questions and answers (3)",
    "Q: Does this camera work with older lenses? Asked by Rob K.",
    "Q: Is the battery included?",
    "A: One battery is included. A spare costs extra.",
]

ARTICLES["city_break"] = """48 hours in Porto

We arrived on a grey Friday, the rain drumming on the taxi roof and the driver humming along to the radio.

The city seems to argue with itself: grand tiled churches beside crumbling houses with washing on every balcony.

Our host at the guesthouse told us the best custard tarts were at a tiny bakery near the market, and she was right.

My feet begged for mercy after the climb up to the cathedral, but the view over the river shut them up.

Locals say the port tastes better in the cellars across the river. We tested the theory thoroughly.
"""
GOLD["city_break"] = [
    ("told", "Our host at the guesthouse", "the best custard tarts were at a tiny bakery near the market"),
    ("say", "Locals", "the port tastes better in the cellars across the river"),
]
NOT_REPORTS["city_break"] = [
    "48 hours in Porto",
    "We arrived on a grey Friday, the rain drumming on the taxi roof and the driver humming along to the radio.",
    "The city seems to argue with itself: grand tiled churches beside crumbling houses with washing on every balcony.",
    "My feet begged for mercy after the climb up to the cathedral, but the view over the river shut them up.",
]

ARTICLES["wiki_explainer"] = """Hadley Castle

Hadley Castle is a ruined Norman castle near the village of Hadley in Westmoor.

History

The castle was built around 1090 and was besieged twice during the civil war of the 1140s.

Local legend holds that a tunnel runs from the castle to the church, though none has ever been found.

The historian Margaret Hale argued in 1962 that the keep was rebuilt in stone a century later.

See also

List of castles in Westmoor
"""
GOLD["wiki_explainer"] = [
    ("holds", "Local legend", "a tunnel runs from the castle to the church"),
    ("argued", "The historian Margaret Hale", "the keep was rebuilt in stone a century later"),
]
NOT_REPORTS["wiki_explainer"] = [
    "Hadley Castle is a ruined Norman castle near the village of Hadley in Westmoor.",
    "History",
    "The castle was built around 1090 and was besieged twice during the civil war of the 1140s.",
    "See also",
    "List of castles in Westmoor",
]

ARTICLES["club_newsletter"] = """Dunford Rugby Club - members' newsletter

From the chair: What a season! Promotion, a new clubhouse roof and a record crowd for the derby.

The groundsman reports that the second pitch will be reseeded over the summer and closed until August.

Awards night: Saturday 14 June. Tickets from the bar.

Minis: Coach Andy Pike says numbers have doubled since September and he needs more volunteers.

Don't forget: subs are due by 31 May.
"""
GOLD["club_newsletter"] = [
    ("reports", "The groundsman", "the second pitch will be reseeded over the summer and closed until August"),
    ("says", "Coach Andy Pike", "numbers have doubled since September"),
]
NOT_REPORTS["club_newsletter"] = [
    "Dunford Rugby Club - members' newsletter",
    "From the chair: What a season! Promotion, a new clubhouse roof and a record crowd for the derby.",
    "Awards night: Saturday 14 June. Tickets from the bar.",
    "Don't forget: subs are due by 31 May.",
]
