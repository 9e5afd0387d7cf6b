# ruff: noqa: E501  (a paragraph is one line, as a page read to text has it: a line break inside one would split it)
"""Twenty-eight pages that are not news, for the seventieth session's check of precision on what a crawler keeps
(helper I), as trafilatura leaves them (a title line, then plain paragraphs apart by a blank line): how-to guides
and recipes with orders to the reader ('Tell your guests to bring X', 'Say "sit" once'), product pages and
reviews ('The manufacturer claims X', 'Users report X'), event listings, FAQs ('Q: Can I X? A: Y'), a privacy
page ('We may share your data X'), a job advert ('will report to the manager'), a netball live page ('Kerr
shouts for the ball'), a novel's extract and a book's blurb, forum posts in the first person, a newsletter,
captions and credits ('Photo: Ana Ruiz'), a cookie banner with navigation text, small ads ('answers to Pilot'),
an app's listing, a museum's audio guide, a dog-training guide, a comment thread under a recipe and a school's
letter. Most paragraphs report nothing; the few real reports (a quoted chef, a maker's claim, a coach after the
match, a reviewer quoted) are in ``GOLD``. The last three pages were written after the first mends, to probe them.

The gold follows PolNeAR's train split where these shapes meet its conventions: a maker's claim of a noun
('claimed self-defense'), generic sources ('users' 2, 'critics' 7, 'some' 24 as top-level sources on train), a
talk's topic ('talks about' 8, 'talked about' 12), what everyone knows ('everyone knows how X' right on train: the
line was first written as no report and moved to the gold after that count), a text that 'says to X' (the earlier
sets' convention) and a novel's dialogue ('"Run," she said.': PolNeAR marks every attribution, and fiction has no
frame of its own on a page). The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal,
appositions and relative clauses included): per page, (a word of the cue, the source, the first content) for each
report in ``GOLD``; every paragraph holding none of those contents in ``NOT_REPORTS``; (cue, source, speaker, the
content's first words) in ``SPEAKERS`` (the maker 'Lyra' added after the first count). Every name, place, body,
figure and sentence is made up; no page or topic of ``probe_web_55``, ``probe_web_58``, ``probe_web_59``,
``probe_webpages_63`` or ``probe_lookalikes_67`` is reused. Read by ``test_probe_findings_70_pages``."""

from __future__ import annotations

ARTICLES: dict[str, str] = {}
GOLD: dict[str, list] = {}
NOT_REPORTS: dict[str, list] = {}
SPEAKERS: dict[str, list] = {}


def _page(name: str, text: str, gold: list, speakers: list | None = None) -> None:
    """Files a page, its reports, its speakers and, as reporting nothing, every paragraph that holds none of their
    contents."""
    ARTICLES[name] = text
    GOLD[name] = gold
    SPEAKERS[name] = speakers or []
    NOT_REPORTS[name] = [p for p in (p.strip() for p in text.split("\n\n")) if p and not any(g[2] in p for g in gold)]


_page("potluck_howto", """How to host a potluck without the stress

A potluck works best when everyone knows what to bring.

Tell your guests to bring a dish that feeds at least six people.

Ask anyone bringing something with nuts to put a card next to it.

Set out plates, cutlery and serving spoons before the first guest arrives.

Most hosts I know say the first hour is the hardest part of the evening.

Don't forget to ask people to take their dishes home at the end of the night.
""", [("knows", "everyone", "what to bring"),
      ("say", "Most hosts I know", "the first hour is the hardest part of the evening")])

_page("focaccia_recipe", """Rosemary focaccia

Makes one tray. Rising time: 2 hours.

Mix the flour, yeast, salt and water until no dry flour remains, then cover the bowl.

The recipe says to rest the dough for an hour, but two hours gives a lighter crumb.

Stretch the dough into an oiled tray and press your fingertips all over the surface.

Chef Marta Quill, who runs the Fennel bakery in Dorsey, says the secret is very cold water.

Bake at 220C for 25 minutes, until golden on top.
""", [("says", "The recipe", "to rest the dough for an hour"),
      ("says", "Chef Marta Quill, who runs the Fennel bakery in Dorsey", "the secret is very cold water")],
    [("says", "Chef Marta Quill, who runs the Fennel bakery in Dorsey", "Marta Quill", "the secret")])

_page("earbuds_product", """Pulse Air 3 wireless earbuds

£59.00 | Colour: Slate grey | Ships in 2-3 working days

Add to basket

Active noise cancelling, three sizes of ear tip and a charging case with a USB-C port.

The manufacturer claims a battery life of 30 hours with the case.

Users report that the left earbud sometimes drops its connection.

Questions? Chat with our team between 9am and 5pm.
""", [("claims", "The manufacturer", "a battery life of 30 hours with the case"),
      ("report", "Users", "the left earbud sometimes drops its connection")])

_page("vacuum_review", """Lyra V9 review: light, quiet and nearly perfect

I ran the V9 on three carpets and a tiled kitchen over a fortnight.

I talked my neighbour into testing it on her stairs, and she handed it back with a grin.

Lyra, the Swedish maker, says the filter traps 99 per cent of fine dust.

The bin is small, and I emptied it after every room.

I called the helpline twice about the charger and got through in minutes both times.

Price when reviewed: £199
""", [("says", "Lyra, the Swedish maker", "the filter traps 99 per cent of fine dust")],
    [("says", "Lyra, the Swedish maker", "Lyra", "the filter")])

_page("harbour_listings", """What's on at the Harbour Rooms

Fri 12 June, 8pm: The Harlan Quartet plays Monk and Mingus. Tickets £12.

Doors open at 7.30pm. The bar stays open until midnight.

Sat 13 June, 2pm: Dr Ines Marlow talks about the history of the harbour and its shipyards.

Sun 14 June, 11am: Family puppet show. Free, no need to book.

Speakers at our summer series include the poet Ravi Dunne and the boatbuilder Kit Sorensen.

Call the box office on 01632 960441 to book.
""", [("talks", "Dr Ines Marlow", "the history of the harbour and its shipyards")])

_page("tax_faq", """Council tax: your questions answered

Q: Can I pay my council tax in twelve instalments instead of ten?

A: Yes. Tell us by 1 March and we will change your plan.

Q: What if I think my home is in the wrong band?

A: You can ask the valuation office to review your band. It is free.

Q: Do students have to pay?

A: Homes where everyone is a full-time student do not pay, but you must send us a certificate from your college.
""", [])

_page("privacy_page", """Privacy notice

We may share your data with delivery partners so that they can bring your order to you.

We will never sell your details to anyone.

You can ask us to delete your account at any time by writing to privacy@brindlehome.example.

By using this site, you agree to the terms below.

If we change this notice, we will email you before the changes take effect.

Last updated: 3 September 2026
""", [])

_page("barista_job", """Barista, full time - Copperpot Coffee, Wellstead

£11.90 an hour plus tips. 38 hours a week.

You will explain our menu to customers and help them choose.

The successful candidate will report to the café manager.

Please state in your application when you could start.

Applicants must be 18 or over and able to work weekends.

Closing date: 30 November.
""", [])

_page("netball_live", """Live: Wellstead Sparks v Orlin Flyers

12 min: Kerr shouts for the ball and Adebayo finds her at the top of the circle. Sparks 9-7.

14 min: The umpire calls contact against Rowe, and the Flyers take a penalty pass.

Quarter time: Sparks 13-11 Flyers.

31 min: Coach Dana Vick calls a time-out and tells her shooters to slow down.

The crowd roars as Kerr lands her 20th goal.

Full time: Sparks 51-47 Flyers.

"We were too slow in the first quarter, and we know it," Vick said afterwards.
""", [("tells", "Coach Dana Vick", "her shooters to slow down"),
      ("said", "Vick", "We were too slow in the first quarter, and we know it")],
    [("said", "Vick", "Dana Vick", "We were too slow")])

_page("novel_extract", """Read an extract from The Salt Orchard

The rain had not stopped for three days, and the river was over the lower field.

Mara stood at the gate and watched the water climb the fence posts.

"Run," she said.

Tomas did not move. "Where to?" he asked.

She pointed at the ridge without a word, and they went.

The Salt Orchard by Edda Vane is published by Linden Press at £16.99.
""", [("said", "she", "Run"), ("asked", "he", "Where to?")])

_page("book_blurb", """The Keeper's Daughter by Nell Ashby

When a lighthouse keeper vanishes from a rock off the coast of Skarra, his daughter sets out to find him.

Praise for The Keeper's Daughter

"I could not put it down." - Iain Sorley, author of Salt Roads

Nell Ashby grew up on Skarra and now lives in Lowick with two cats.

Hardback, 320 pages, out on 5 March.
""", [("-", "Iain Sorley, author of Salt Roads", "I could not put it down.")])

_page("hiking_forum", """Corrie Dubh loop in winter?

Posted by fellfoot_72 - 3 replies

Has anyone walked the Corrie Dubh loop in January? I am thinking of trying it next month.

I asked at the visitor centre and they said the upper path is closed until April.

My partner reckons we could manage it with microspikes, but I am not so sure.

Any advice welcome!
""", [("said", "they", "the upper path is closed until April"),
      ("reckons", "My partner", "we could manage it with microspikes")])

_page("app_newsletter", """Hi Sam, here's what's new at Tallybook this month

We've listened to your feedback: dark mode is finally here.

Our chief executive, Priya Nand, says 2027 will be the busiest year in the company's history.

Try the new budget planner and let us know what you think.

Refer a friend and get a month free.

Unsubscribe | Manage preferences | View in browser
""", [("says", "Our chief executive, Priya Nand", "2027 will be the busiest year in the company's history")],
    [("says", "Our chief executive, Priya Nand", "Priya Nand", "2027 will be")])

_page("beach_captions", """Volunteers clear Porthwen beach

Pictured: volunteers filling sacks at Porthwen on Saturday morning.

Photo: Ana Ruiz

Volunteers collected two tonnes of litter, the organisers said.

Above: the new footbridge over the stream, seen from the dunes.

Image courtesy of the Trevane Archive.
""", [("said", "the organisers", "Volunteers collected two tonnes of litter")])

_page("cookie_nav", """We use cookies to improve your experience on our site. Accept all | Reject all | Settings

Skip to main content

Home > News > Local

Sign in to comment

Share this article: Facebook, Email, Copy link

Tell us your story: email newsdesk@wellsteadecho.example

Most read: Bin collections to change in spring
""", [])

_page("small_ads", """Classifieds

Lost: black cat, answers to Pilot, last seen near Ferris Lane. Call 07700 900123.

For sale: child's bike, blue, hardly used. £40. Buyer collects.

Wanted: allotment plot in Wellstead. Will swap for help with digging.

Free to a good home: upright piano. You move it, you keep it.
""", [])

_page("app_listing", """Sprout: plant care reminders

Ratings and reviews: 4.4 out of 5

What's new in version 4.2: fixed a bug where reminders showed the wrong time.

"Finally syncs between my phone and tablet," wrote one reviewer.

Sprout asks for access to your camera to identify plants.

In-app purchases. Contains ads.
""", [("wrote", "one reviewer", "Finally syncs between my phone and tablet")])

_page("audio_guide", """Stop 7: The Great Hall

Look up: the ceiling was painted in 1712 by a team of eleven artists.

Press 8 to hear more about the painters.

The curator, Hamid Serrano, says the blue on the ceiling came from crushed lapis.

Walk through the arch on your left to reach the chapel.
""", [("says", "The curator, Hamid Serrano", "the blue on the ceiling came from crushed lapis")],
    [("says", "The curator, Hamid Serrano", "Hamid Serrano", "the blue")])

_page("dog_training", """Teaching your puppy to sit

Hold a treat just above your puppy's nose and move it slowly back over the head.

Say "sit" once, clearly, and wait.

If your puppy jumps up, tell him "off" and turn away.

Never shout at a puppy, and keep sessions to five minutes.

Trainer Elsa Grint says most dogs learn the word within a week.
""", [("says", "Trainer Elsa Grint", "most dogs learn the word within a week")],
    [("says", "Trainer Elsa Grint", "Elsa Grint", "most dogs")])

_page("curry_comments", """Comments (3)

Made this last night and my husband said it was the best curry he has ever had!

Can I use coconut cream instead of yoghurt?

Lovely recipe, but I halved the chilli for the children.
""", [("said", "my husband", "it was the best curry he has ever had")])

_page("garden_howto", """When to prune roses

Prune bush roses in late winter, when the buds begin to swell.

Experts at the Wendle Garden Trust advise cutting each stem back to an outward-facing bud.

Always use clean, sharp secateurs.

Don't prune in a frost.

Feed the plants in spring with a general fertiliser.
""", [("advise", "Experts at the Wendle Garden Trust", "cutting each stem back to an outward-facing bud")])

_page("running_club", """Wellstead Harriers: club news

Congratulations to everyone who ran the Orlin half marathon on Sunday.

Our captain, Dee Mortimer, said it was the club's best turnout in ten years.

Training moves to the track on Thursdays from next week.

Remember to bring a head torch for the Tuesday road runs.

Subs are due by the end of the month.
""", [("said", "Our captain, Dee Mortimer", "it was the club's best turnout in ten years")],
    [("said", "Our captain, Dee Mortimer", "Dee Mortimer", "it was")])

_page("hotel_page", """The Anchor Inn, Porthwen

Twelve rooms, most with sea views. Breakfast included.

Check-in from 3pm. Check-out by 11am.

Dogs welcome in ground-floor rooms. Please tell us when you book.

Guests often tell us the crab sandwiches are worth the trip alone.

Free parking for residents.
""", [("tell", "Guests", "the crab sandwiches are worth the trip alone")])

_page("phone_review", """Corvex 12 review

The Corvex 12 has a bright 6.4-inch screen and a glass back that picks up fingerprints.

In our tests the battery lasted a day and a half of normal use.

The company promises four years of software updates.

Should you buy it? If you want a small phone with a good camera, yes.

Verdict: four stars.
""", [("promises", "The company", "four years of software updates")])

_page("recipe_intro", """Grandma's lemon drizzle

I have been baking this cake every Sunday since I was nine.

My grandmother always insisted that the lemons had to be unwaxed.

You will need: 225g butter, 225g sugar, 4 eggs, 225g self-raising flour and two lemons.

Beat the butter and sugar until pale, then add the eggs one at a time.

Pour the drizzle over the cake while it is still warm.
""", [("insisted", "My grandmother", "the lemons had to be unwaxed")])

# Written after the mends, to probe them on new shapes (counted in the test module's docstring).

_page("school_letter", """Year 5 trip to Harrow Point

Dear parents and carers,

On Thursday 9 October, Year 5 will visit the lifeboat station at Harrow Point.

Please tell your child to bring a packed lunch, a waterproof coat and sensible shoes.

You may ask the school office to set up a payment plan for the £14 cost.

The station's education officer, Lorna Pike, told us the children will be able to climb aboard a lifeboat.

If you have any questions, you can ask your child's class teacher to call you.

Mrs J. Okonkwo, Headteacher
""", [("told", "The station's education officer, Lorna Pike", "the children will be able to climb aboard a lifeboat")],
    [("told", "The station's education officer, Lorna Pike", "Lorna Pike", "the children will")])

_page("boots_product", """Fellwalker GTX hiking boots

£129.00 | Sizes 4-13 | Free returns

A waterproof membrane, a stiff sole for rough ground and laces that stay tied.

The brand claims a sole life of 1,500 miles on mixed terrain.

Buyers we heard from say the boots need a week or two of wear before long walks.

Delivery: 3-5 working days. Click and collect available.
""", [("claims", "The brand", "a sole life of 1,500 miles on mixed terrain"),
      ("say", "Buyers we heard from", "the boots need a week or two of wear before long walks")])

_page("gym_faq", """Membership FAQs

Can I freeze my membership? Yes. You can ask the front desk to freeze it for up to three months a year.

Can I bring a guest? Members on the Plus plan can bring one guest a month.

What do other members think? Most regulars I talk to say the early classes are the least crowded.

How do I cancel? Tell us in writing one month before your next payment.
""", [("say", "Most regulars I talk to", "the early classes are the least crowded")])
