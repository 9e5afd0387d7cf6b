# ruff: noqa: E501  (a paragraph is one line, as a page read to text has it: a line break inside one would split it)
"""Sixty-two pages of kinds a news crawl picks up that are mostly no news, for the fifty-ninth session's web check
(helper F), as they reach Sourcebook once read to text (a title line, then paragraphs apart by a blank line):
long-form feature narration ('she wondered', 'he figured out', 'they learned', 'we heard the gulls'),
obituaries, travel writing, restaurant, film, book, game and concert reviews, science explainers, personal
essays and first-person blogs, recipes and how-to guides, a product page and a FAQ, match and race reports,
council and school newsletters, event listings, a weather forecast, a court list, job adverts, a property
listing and a wedding notice; some pages mix in a real report (an obituary quoting the family, a review quoting
the director, 'the study found that X', which PolNeAR marks: a study, poll or survey that 'shows', 'found' or
'suggests' is a cue 101 times of 110 on its train split).

The gold is written by hand as PolNeAR marks it (NOTES.md: internal states count, sources are maximal), but a
writer's own first-person narration, an order, a question and a thing's figure of speech ('my knees begged for
mercy', 'the recipe calls for two eggs') are no report (issue 12): per page, (a word of the cue, the source, the
first content) for each report in ``GOLD``; every paragraph holding none of those contents in ``NOT_REPORTS``.
Every name, place, figure and sentence is made up; no page, name or topic of ``probe_web_55``, ``probe_web_58``
or ``probe_html_58`` is reused. Read by ``test_probe_findings_59_web``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}


def _page(name: str, text: str, gold: list) -> None:
    """Files a page, its reports and, as reporting nothing, every paragraph that holds none of their contents."""
    ARTICLES[name] = text
    GOLD[name] = gold
    NOT_REPORTS[name] = [p for p in (p.strip() for p in text.split("\n\n")) if p and not any(g[2] in p for g in gold)]


_page("trawler_feature", """The last boat out of Sennock Cove

At four in the morning the harbour was black and still, and Owen Treloar was already aboard the Morwenna, coiling rope by the light of a head torch.

He had learned to read the water from his grandfather, who fished the same grounds for fifty years and never once owned a radio.

That winter he noticed the first crack in the hull, a hairline split below the waterline that widened every time the boat came home heavy.

He figured out how to patch it with resin and fibreglass, working by hand in the freezing shed while the radio played old dance tunes.

Some nights he heard the engine cough and die a mile out, and he rowed the last stretch with his shoulders burning and his hands begging for rest.

By spring he decided to sell the licence. The buyer, a company from the mainland, ripped out the wooden wheelhouse within a week.

The harbourmaster said the cove had lost eleven boats in ten years and would probably lose the rest.
""", [("said", "The harbourmaster", "the cove had lost eleven boats in ten years and would probably lose the rest")])

_page("lighthouse_feature", """Keeping the light at Gullrock

Marjorie Pask spent twenty-two winters on Gullrock, polishing the brass, logging the weather and winding the clockwork that turned the great lens.

She wondered at first how anyone could stand the silence. Within a month she could not imagine living without it.

Supply boats came every fortnight when the sea allowed. When it did not, she rationed tinned peaches and read the same three novels again.

In 1987 the light was automated, and the keepers were told their posts would end by the summer.

Pask says she still wakes at two every morning, listening for the foghorn that no longer sounds.

The tower is now a museum. Visitors climb the 140 steps and gaze out at the reef that wrecked the Albatross in 1843.
""", [("wondered", "She", "how anyone could stand the silence"),
      ("told", "", "their posts would end by the summer"),
      ("says", "Pask", "she still wakes at two every morning, listening for the foghorn that no longer sounds")])

_page("beekeeper_obituary", """Aldous Fenwright, beekeeper and teacher, 1931-2024

Aldous Fenwright, who kept bees on the slopes above Harrowmere for more than sixty years, has died aged 92.

Born in a farm cottage at Little Stoke, he left school at fourteen to work in the orchards, where an old foreman showed him how to lift a frame without a veil.

He taught biology at Harrowmere Grammar for thirty years, and generations of pupils remember his jars of honey on the windowsill.

His daughter, Ruth, said her father believed that bees were the best teachers of patience he had ever met.

He is survived by Ruth, two grandsons and his hives, which a neighbour has agreed to keep.

A service will be held at St Wendreda's on Friday at 2pm. Donations, if desired, to the Harrowmere Cottage Hospital.
""", [("said", "His daughter, Ruth", "her father believed that bees were the best teachers of patience he had ever met")])

_page("teacher_obituary", """IRONSIDE, Beatrice May (née Colling)

Peacefully at Larchfield Nursing Home on 3 March, aged 88. Beloved wife of the late Cyril, devoted mother of Janet and Peter, and grandmother of five.

Bea taught infants at Dunholme Primary for thirty-four years and never forgot a name.

Funeral at Dunholme Methodist Church on Tuesday 19 March at 11am, followed by a private cremation.

Family flowers only, please. Donations in her memory to the village playgroup may be left at the service.
""", [])

_page("ferry_travel", """Island hopping on the slow ferry

The ferry to Inishmurr leaves at seven, and the crossing takes two hours if the swell is kind.

I stood at the rail the whole way, salt on my lips and my stomach pleading with me to sit down.

Inishmurr has one shop, one pub and a single-track road that loops the island in eleven kilometres.

Our landlady told us the island had lost half its people since the school closed in 1996.

We hired bikes from the shop and pedalled into a headwind that seemed determined to send us back to the pier.

Getting there: ferries run daily from Carrig pier between May and September. Book ahead in August.
""", [("told", "Our landlady", "the island had lost half its people since the school closed in 1996")])

_page("desert_train", """Forty hours on the southern line

The train crawled out of the capital at dusk, its carriages rattling like a drawer of loose cutlery.

By morning the fields had given way to red sand. A boy in the next berth counted camels out loud until his mother begged him to stop.

I had read that the line was built in the 1920s to carry salt, and the stations still have the look of depots, low and square and sun-bleached.

Our guide, Tarek, warned that the dining car would run out of food by the second evening, and he was right.

At the oasis stop everyone piled out to buy dates and sweet tea from a row of stalls lit by gas lamps.

Tickets cost about 30 dollars for a sleeper berth and can only be bought at the station.
""", [("begged", "his mother", "him to stop"),
      ("warned", "Our guide, Tarek", "the dining car would run out of food by the second evening")])

_page("noodle_review", """Review: Sato Ramen, Quay Street

The queue at Sato Ramen starts forming at half past eleven, and on a wet Tuesday it stretched past the bookshop next door.

The tonkotsu broth is the reason. It is thick, milky and deeply porky, the kind of bowl that makes you forget the rain.

The menu promises house-made noodles, and they deliver: springy, thin and cut to order.

Less convincing was the karaage, which arrived lukewarm and a little greasy.

Owner Kenji Sato told me he spent three years in Fukuoka learning to make the broth before opening here.

Sato Ramen, 14 Quay Street. Open Tuesday to Sunday, noon till 10pm. Bowls from 12 pounds. No bookings.
""", [("told", "Owner Kenji Sato", "he spent three years in Fukuoka learning to make the broth before opening here")])

_page("thriller_review", """Film review: The Quiet Harbour

The Quiet Harbour opens with a body on a beach and never lets go.

Dara Quill plays a coastguard officer who notices that the tide tables in the harbour office have been altered. She decides to say nothing and watch.

The second act sags, with too many scenes of Quill staring at maps while a cello groans on the soundtrack.

Director Ines Valcourt said she wanted the film to feel like a long held breath.

It mostly does. The final twenty minutes, set during a storm, are as tense as anything this year.

The Quiet Harbour is in cinemas from Friday. Certificate 15. Running time 1 hour 52 minutes.
""", [("said", "Director Ines Valcourt", "she wanted the film to feel like a long held breath")])

_page("novel_review", """Book review: The Salt Orchard by Hester Vane

Vane's third novel follows two sisters who inherit a failing apple farm on a windswept headland.

Mira, the elder, wants to sell. Della wants to stay, and spends the first half of the book learning to graft trees from a manual she found in the barn.

Their father's diaries, which open each chapter, reveal a man who doubted everything and everyone.

Vane writes the weather better than anyone. The gales howl, the frost creeps and the orchard groans under the snow.

The ending feels rushed, but the journey there is a pleasure.

The Salt Orchard is published by Greyline Press at 16.99 pounds.
""", [("wants", "Mira, the elder", "to sell"), ("wants", "Della", "to stay")])

_page("game_review", """Lanternfall review: a gorgeous puzzle game that runs out of ideas

Lanternfall casts you as a lamplighter in a city where the night is slowly eating the streets.

Each district asks you to reroute light through mirrors and prisms, and the first few are genuinely clever.

An old clockmaker tells you the night began when the great lantern went out, and you spend the rest of the game hunting for the pieces.

By the sixth district the puzzles start repeating themselves, and I caught myself sighing every time a new mirror appeared.

The soundtrack, all plucked strings and low horns, is lovely.

Verdict: 7/10. Lanternfall is out now on PC and consoles for 19.99.
""", [("tells", "An old clockmaker", "the night began when the great lantern went out")])

_page("tides_explainer", """Why are some tides bigger than others?

Twice a month, when the sun and moon line up, their pull adds together and we get spring tides, the highest highs and the lowest lows.

When they sit at right angles, their pulls partly cancel, and the range shrinks. These are neap tides.

The shape of the coast matters too. A funnel-shaped bay can squeeze the incoming water into a tide several metres higher than the open sea.

A model run by the Coastal Observatory predicts that the autumn spring tides this year will be the highest since 2015.

So if you plan to walk across the sands to the island, check the tide tables first and leave plenty of time.
""", [("predicts", "A model run by the Coastal Observatory", "the autumn spring tides this year will be the highest since 2015")])

_page("sleep_explainer", """What happens to your brain when you sleep

Sleep is not one state but several. Through the night the brain cycles through light sleep, deep sleep and dream sleep roughly every ninety minutes.

In deep sleep, brain waves slow and the body repairs tissue. Growth hormone peaks in these hours.

A study of 2,000 shift workers found that those on rotating shifts slept on average an hour less than those on fixed ones.

Researchers at Vellmoor University say the effects build up over years rather than weeks.

Caffeine blocks a chemical called adenosine, which builds up during the day and makes us feel drowsy.

Tips: keep the bedroom cool and dark, and put the phone in another room.
""", [("found", "A study of 2,000 shift workers", "those on rotating shifts slept on average an hour less than those on fixed ones"),
      ("say", "Researchers at Vellmoor University", "the effects build up over years rather than weeks")])

_page("piano_essay", """Learning the piano at fifty

I bought the piano from a church hall that was closing down. It cost forty pounds and two hundred to move.

For the first month my fingers refused to do anything I asked of them. My left hand, in particular, seemed to have a mind of its own.

I learned to practise in ten-minute bursts, before work and after dinner, with the metronome ticking like a patient critic.

Somewhere in the third month I realised I was no longer counting. The music had started to come from somewhere I could not name.

My teacher, a retired organist, told me that adults learn more slowly but stick at it longer.

I still cannot play Chopin. But I can play a waltz for my mother, and she hums along.
""", [("told", "My teacher, a retired organist", "adults learn more slowly but stick at it longer")])

_page("moving_blog", """Six months in a new city: what nobody tells you

We moved to Tallinn in January with two suitcases, a cat and no idea how dark the winter would be.

The first week I cried in a supermarket because I could not find the flour.

I figured out the trams by week two, the language by never, and the sauna by accident.

Nobody can say how long it takes to feel at home somewhere. For me it was the day a neighbour waved.

If you are thinking of moving abroad, my advice is simple: say yes to every invitation for the first three months.

Next week: the best cafes in the old town, ranked.
""", [])

_page("curry_recipe", """Weeknight chickpea curry

This is the curry I make when the fridge is nearly empty and everyone is hungry.

The recipe calls for two tins of chickpeas, but one tin and a handful of spinach works just as well.

Fry the onion slowly until it turns deep gold. Don't rush this part; it is where the flavour comes from.

Add the garlic, ginger and spices and stir for a minute, until the kitchen smells like a market stall.

Pour in the tomatoes and coconut milk and simmer for twenty minutes.

Serves 4. Keeps in the fridge for three days and freezes well.
""", [])

_page("tap_howto", """How to fix a dripping tap in twenty minutes

A dripping tap can waste more than 5,000 litres of water a year, and the fix usually costs less than a pound.

You will need: an adjustable spanner, a flat screwdriver and a new washer.

First, turn off the water at the isolation valve under the sink. Open the tap to drain what is left.

Prise off the decorative cap and unscrew the headgear. The old washer sits at the bottom.

The instructions on the washer pack say to smear a little silicone grease on the new one before fitting it.

Reassemble, turn the water back on and enjoy the silence.
""", [("say", "The instructions on the washer pack", "to smear a little silicone grease on the new one before fitting it")])

_page("lamp_product", """Arlo adjustable LED desk lamp, matt black

Three colour temperatures and five brightness levels, all controlled by a touch strip on the base.

The arm bends in three places, so you can point the light exactly where you need it.

Includes a USB port for charging your phone.

What's in the box: lamp, 1.5 metre cable, plug adaptor, quick start guide.

Customer reviews: 4.6 out of 5 from 212 ratings.

"Finally a lamp that doesn't give me a headache," one reviewer wrote.
""", [("wrote", "one reviewer", "Finally a lamp that doesn't give me a headache")])

_page("library_faq", """Frequently asked questions

How do I join the library?

Bring a photo ID and proof of address to any branch. Membership is free for everyone who lives, works or studies in the borough.

How many books can I borrow?

Adults can borrow up to fifteen items at a time for three weeks. Children can borrow ten.

What if I lose a book?

Tell staff as soon as you can. We will ask you to pay for a replacement.

Can I renew online?

Yes. Log in to your account and choose the items you want to renew.
""", [])

_page("rugby_report", """Ashby Vale 24 Corrick 17

Ashby Vale came from behind to beat Corrick in a bruising local derby at Mill Lane on Saturday.

Corrick led 17-10 at the break after two tries from winger Sam Otway, who beat three defenders for the second.

Vale's pack took control after half-time. Prop Dan Keeble crashed over from close range, and fly-half Joe Lannon kicked the conversion to level the scores.

With four minutes left, Lannon chipped over the top and chased his own kick to score in the corner.

Vale coach Martin Bray said his side had shown real character in the second half.

Ashby Vale: Otway, Lannon (1 try, 2 cons), Keeble (1 try). Next: away to Ferriby on 12 October.
""", [("said", "Vale coach Martin Bray", "his side had shown real character in the second half")])

_page("netball_report", """Under-14s netball: Larkhill Lions win the county cup

What a final! The Lions trailed by four goals going into the last quarter against a strong Easton side.

Goal shooter Maisie Adu kept her nerve to score eleven in a row, and the defence forced three turnovers in the final two minutes.

The whistle blew with the Lions a single goal ahead, 28-27, and the bench erupted.

Captain Tilly Marsh said the team had practised for exactly that situation all season.

Thanks to all the parents who drove to Eastbury and cheered themselves hoarse.
""", [("said", "Captain Tilly Marsh", "the team had practised for exactly that situation all season")])

_page("council_newsletter", """Rowanfield Parish Council newsletter, autumn edition

Bin collections will move from Monday to Wednesday from 1 November. Please put bins out by 7am.

The footpath between Church Lane and the allotments will be closed for resurfacing for two weeks in October.

The council has agreed to fund a new bench on the green in memory of Harold Pyke.

At the September meeting the clerk reported that the village hall roof would need replacing within five years.

Councillors will decide next month whether to raise the precept to cover the cost.

The next meeting is on Thursday 9 November at 7.30pm in the village hall. All residents are welcome.
""", [("reported", "the clerk", "the village hall roof would need replacing within five years")])

_page("sports_day_newsletter", """Meadowbrook Primary: Week 6 newsletter

Sports day was a triumph! Blue house won the cup for the first time in four years, and the parents' race ended in a three-way tie.

Year 4 have been learning about the Romans. Ask them to tell you how an aqueduct works.

Please remember that the school gates close at 8.50am. Children arriving after this must sign in at the office.

Lost property: we have eleven jumpers without names. Unclaimed items will go to the charity shop on Friday.

Mrs Okonjo would like to thank everyone who donated to the book fair.

Dates for your diary: harvest festival, Friday 4 October; parents' evening, 15 and 16 October.
""", [])

_page("market_listings", """What's on this weekend

Saturday: Farmers' market, Corn Exchange square, 9am-1pm. Local cheese, bread, cider and plants. Free entry.

Saturday: Guided bat walk at Linsey Woods, 7.30pm. Bring a torch. Booking essential, 5 pounds.

Sunday: Vintage car rally on the Fairmead, 10am-4pm. Over 200 cars expected, plus a brass band.

Sunday: Family storytelling at the museum, 2pm. Suitable for ages 3 to 8.

Organisers say the rally raised 8,000 pounds for the air ambulance last year.
""", [("say", "Organisers", "the rally raised 8,000 pounds for the air ambulance last year")])

_page("weather_forecast", """Weather: a soggy start, then brighter

Today: Rain spreading east through the morning, heavy at times over the hills. Highs of 14C.

Tonight: Clearing skies and a chilly night, with a touch of ground frost in sheltered valleys.

Tomorrow: A bright, breezy day with scattered showers, mostly in the west.

The weekend looks settled. High pressure builds from the Atlantic, bringing light winds and sunshine.

Forecasters at the regional weather centre said gusts could reach 60mph on exposed coasts on Monday.

Sunrise 6.58am, sunset 6.12pm. High water at Porthale 10.41am.
""", [("said", "Forecasters at the regional weather centre", "gusts could reach 60mph on exposed coasts on Monday")])

_page("court_listings", """Magistrates' court results

Daniel Hoskin, 34, of Fern Road, Brackley: pleaded guilty to driving without insurance. Fined 440 pounds and six penalty points.

Leanne Moss, 27, of Quarry Close, Brackley: admitted theft of goods worth 62 pounds from a supermarket. Conditional discharge for twelve months.

Gary Wells, 51, of no fixed address: denied assaulting a police officer. The case was adjourned until 14 November.

Kieran Dale, 19, of Mill Street, Tolby: found guilty of criminal damage to a bus shelter. Ordered to pay 300 pounds compensation.

The court heard that Dale had been drinking with friends before kicking in the glass panels.
""", [("pleaded guilty", "Daniel Hoskin, 34, of Fern Road, Brackley", "to driving without insurance"),
      ("admitted", "Leanne Moss, 27, of Quarry Close, Brackley", "theft of goods worth 62 pounds from a supermarket"),
      ("denied", "Gary Wells, 51, of no fixed address", "assaulting a police officer"),
      ("heard", "", "Dale had been drinking with friends before kicking in the glass panels")])

_page("nurse_job_ad", """Staff Nurse, Band 5, Elderly Care

Hours: 37.5 per week. Salary: 28,407 to 34,581 pounds a year.

We are looking for a caring, enthusiastic nurse to join our friendly elderly care ward at Thornbury General.

You will deliver high-quality care to patients, support their families and work closely with doctors and therapists.

Newly qualified nurses are welcome to apply. We offer a full preceptorship programme.

For an informal chat, please contact the ward manager, Sister Grace Obi, on 01632 960421.

Closing date: 30 November. Interviews will be held the week after.
""", [])

_page("gig_review", """Live review: The Hollow Pines at the Corn Hall

The Hollow Pines played for almost two hours, and the crowd sang every word back at them.

Singer Fern Adair wondered aloud whether anyone had come for the new songs. A roar answered her.

The quiet middle section, three songs on a single acoustic guitar, was the highlight of the night.

Before the encore, Adair told the crowd the band had nearly split up last winter.

The sound was muddy at the back of the hall, and the bar ran out of cider by nine.

Four stars.
""", [("wondered", "Singer Fern Adair", "whether anyone had come for the new songs"),
      ("told", "Adair", "the band had nearly split up last winter")])

_page("museum_guide", """A rainy day at the Tarrow Museum of Clocks

The museum occupies a Georgian townhouse, and every room ticks.

In the first gallery, a long-case clock from 1760 still keeps time to within a minute a week.

The labels explain how each mechanism works, with drawings that even my ten-year-old followed.

Upstairs, a display of ship's chronometers tells the story of how sailors learned to find their longitude.

A volunteer guide told us that the museum winds more than three hundred clocks by hand every Monday.

Open daily 10am-5pm. Adults 8 pounds, children free. The cafe serves excellent scones.
""", [("explain", "The labels", "how each mechanism works, with drawings that even my ten-year-old followed"),
      ("told", "A volunteer guide", "the museum winds more than three hundred clocks by hand every Monday")])

_page("astronomy_explainer", """How to spot the Perseid meteor shower

The Perseids peak every August, when the Earth passes through the trail of dust left by comet Swift-Tuttle.

Find somewhere dark, away from street lights, and give your eyes twenty minutes to adjust.

Look to the north-east, but do not stare at one spot. Meteors can appear anywhere in the sky.

Under dark skies you may see fifty or more an hour at the peak.

Astronomers expect this year's display to be good, because the moon will set before midnight.

No telescope is needed. A deckchair and a warm blanket are all the equipment you require.
""", [("expect", "Astronomers", "this year's display to be good")])

_page("allotment_blog", """Plot 14: notes from the allotment

The beans have gone mad. I picked two carrier bags yesterday and there are more hanging there today, daring me to keep up.

The slugs, meanwhile, have eaten every lettuce I planted. I have tried beer traps, copper tape and midnight patrols with a torch.

My neighbour on plot 15 insists that crushed eggshells keep them away. I remain unconvinced.

The committee decided to put in a second water trough after the dry spell in July.

Next job: dig over the potato bed and sow green manure before the frosts.
""", [("insists", "My neighbour on plot 15", "crushed eggshells keep them away")])

_page("chess_report", """County chess congress: Petrov takes the title

Anya Petrov won the county championship on tie-break after a tense final round at the Guildhall.

Needing only a draw, she offered one on move 24, but her opponent, Liam Grady, declined and pressed for a win.

Grady sacrificed a knight for an attack that never quite arrived, and Petrov calmly traded down into a winning endgame.

In the minor section, twelve-year-old Oscar Bell scored five out of five.

Petrov said afterwards that she had expected a quiet draw and was surprised by Grady's ambition.
""", [("said", "Petrov", "she had expected a quiet draw and was surprised by Grady's ambition")])

_page("wedding_notice", """Wedding: Holloway - Adeyemi

The marriage took place on 14 September at St Anselm's, Kirkby Lowe, between Thomas Holloway, son of Mr and Mrs Peter Holloway of Kirkby Lowe, and Funmi Adeyemi, daughter of Dr and Mrs Ade Adeyemi of Leeds.

The bride wore her mother's lace veil and carried white roses.

The reception was held at Lowe Hall, where guests danced until midnight.

The couple will honeymoon in Portugal and make their home in York.
""", [])

_page("house_listing", """Three-bedroom cottage, Orchard Lane, Wickham Dean. Guide price 385,000 pounds

A charming stone cottage on a quiet lane, with a large garden backing onto open fields.

Ground floor: sitting room with inglenook fireplace, kitchen with range cooker, utility room and downstairs cloakroom.

First floor: three bedrooms, the main with views towards the church, and a family bathroom.

Outside: mature garden with fruit trees, a timber workshop and parking for two cars.

The agent says the cottage would suit a growing family. Viewing strictly by appointment.
""", [("says", "The agent", "the cottage would suit a growing family")])

_page("cycling_report", """Stage 5: Rossi wins in the rain

Marco Rossi won the fifth stage of the Tour of the Hills on Tuesday, outsprinting a small breakaway in a downpour at Ellenby.

The break went clear on the first climb, and the peloton, soaked and cold, let it go.

On the final descent Rossi took the corners as if the road were dry, and only two riders could follow him.

Overall leader Pieter Vos finished safely in the bunch and keeps the yellow jersey by 41 seconds.

Rossi said he had hardly been able to see the finish line through the spray.

Wednesday's stage climbs the Fellgate pass twice and should decide the race.
""", [("said", "Rossi", "he had hardly been able to see the finish line through the spray")])

_page("bakery_closure", """Beloved Halton bakery to close after 70 years

Crumbs on Bridge Street, which has sold bread and cakes from the same corner since 1954, will close at the end of the month.

Generations of Halton children pressed their noses against the window to look at the iced buns.

Owner Sheila Marsden said rising energy bills had made it impossible to keep the ovens running.

Customers queued round the block on Saturday to buy a last loaf, and some left flowers at the door.

The building's landlord has not said what will replace it.
""", [("said", "Owner Sheila Marsden", "rising energy bills had made it impossible to keep the ovens running"),
      ("said", "The building's landlord", "what will replace it")])

_page("volcano_explainer", """Why do some volcanoes explode while others ooze?

The answer lies in the magma. Runny, low-silica magma lets gas escape gently, so the lava flows out in rivers.

Thick, sticky magma traps the gas. Pressure builds until the rock gives way, and the volcano blows itself apart.

Hawaii's volcanoes are the runny kind. That is why people can watch the lava from a safe distance.

Scientists monitoring Mount Kerrow believe the volcano is not about to erupt, despite a swarm of small earthquakes last week.

Want to know more? Our interactive map shows every active volcano on Earth.
""", [("believe", "Scientists monitoring Mount Kerrow", "the volcano is not about to erupt, despite a swarm of small earthquakes last week")])

_page("podcast_review", """Podcast pick of the week: The Lost Canals

Each episode of The Lost Canals follows a forgotten waterway, from its digging to its decline, with host Rhys Calloway walking the old towpaths.

Calloway is a warm, curious guide. He stops to chat with dog walkers, lock keepers and a man who has lived on a narrowboat for forty years.

The episode on the Tamsworth branch, which ends at a supermarket car park, is both funny and sad.

Calloway told listeners he had walked more than 900 miles to make the series.

New episodes every Thursday, wherever you get your podcasts.
""", [("told", "Calloway", "he had walked more than 900 miles to make the series")])

_page("marathon_essay", """What running a marathon taught me about my father

At mile eighteen my legs stopped listening. Every stride was a negotiation, my calves shrieking and my lungs begging for air.

My father ran this race in 1983. He never talked about it; I found his medal in a biscuit tin after he died.

I noticed, somewhere near the river, that I was running the way he walked: shoulders forward, fists loose.

I learned more about him in those last eight miles than in thirty years of Sunday lunches.

I crossed the line in four hours and twelve minutes, eleven minutes slower than he did.
""", [])

_page("vineyard_history", """The valley that gave up on Pinot

In the 1990s the growers of the Ardel valley bet everything on Pinot Noir.

The grape sulked. Spring frosts blackened the buds, autumn rains split the berries, and the wines came out thin and sour.

By 2008 most of the winemakers had pulled out the fickle grape and planted hardier Riesling in its place.

The valley's wine association says Riesling now covers four-fifths of its vineyards.

A handful of stubborn growers still tend a few rows of Pinot, more out of love than sense.
""", [("says", "The valley's wine association", "Riesling now covers four-fifths of its vineyards")])

_page("bank_rates", """Savers' corner: what the rate decision means for you

The central bank meets on Thursday to determine whether interest rates should rise for the fourth time this year.

No one knows for certain which way the vote will go. Markets are split almost evenly.

If rates rise, easy-access savings accounts should pay a little more within weeks. Fixed-rate bonds may already have priced it in.

Economists at Norbridge Bank expect the committee to hold rates at 4.5 percent.

Whatever happens, it pays to check whether your account has quietly dropped its rate.
""", [("expect", "Economists at Norbridge Bank", "the committee to hold rates at 4.5 percent")])

_page("jam_recipe", """Small-batch plum jam

Every September the old plum tree by the shed drops more fruit than we can eat, and the wasps know it.

Most recipes say to add the juice of a lemon, which helps the jam set.

Halve the plums and remove the stones. Weigh the fruit and measure out the same weight of sugar.

Bring to a rolling boil and keep it there. The jam is ready when a drop on a cold saucer wrinkles as you push it with a finger.

Pour into warm sterilised jars, seal at once and label them before you forget which year they were made.

Makes about five jars. Keeps for a year in a cool cupboard.
""", [("say", "Most recipes", "to add the juice of a lemon")])

_page("earbuds_setup", """Getting started with your Pebble earbuds

Open the charging case and hold the button on the back for three seconds. The light will flash white.

On your phone, open the Bluetooth settings and choose Pebble from the list. The app asks for your location the first time; this is needed for pairing on some phones.

If the light blinks red, the case needs charging. A full charge takes about ninety minutes.

The manual recommends charging the case fully before first use.

Having trouble? Our support team answers most questions within a day.
""", [("recommends", "The manual", "charging the case fully before first use")])

_page("flood_feature", """The night the river came in

The rain had not stopped for three days when Carys Bevan went down to check the cellar and felt the floor move under her slippers.

She heard a crack from the back wall, then the rush of water, and watched the coal bunker lift and float towards the stairs.

Upstairs her husband was asleep. She shook him awake, and together they carried the dog, the photograph albums and a sack of potatoes to the landing.

By two in the morning the water had reached the third stair. They sat in the dark and listened to the furniture knocking against the ceiling below.

The rescue boat came at dawn. A firefighter told them the whole street had been evacuated hours earlier.

It took eleven months to dry the house out. Carys still keeps a torch and a bag of dry clothes at the top of the stairs.
""", [("told", "A firefighter", "the whole street had been evacuated hours earlier")])

_page("race_report", """Kettering Gold Cup: Silver Wren holds on

Silver Wren, the 9-2 second favourite, made almost all the running to win the Kettering Gold Cup by a neck on Saturday.

The favourite, Red Almanac, pulled up after the fourth fence and was led away sound.

Jockey Kate Fairlie asked her mount for one more effort up the hill, and the mare found it.

The stewards held an inquiry into possible interference at the last, but the result stood.

Trainer Hugh Denton said the mare would now be aimed at the spring festival.
""", [("said", "Trainer Hugh Denton", "the mare would now be aimed at the spring festival")])

_page("release_notes", """Version 4.2 release notes

This release fixes a bug that caused the calendar to crash when an event had no end date.

The installer now warns you when there is not enough disk space, instead of failing halfway.

Dark mode has been extended to the settings pages and the print preview.

Several users reported that notifications arrived twice on tablets. This has been fixed.

Known issues: syncing with older servers may be slow. We are working on it.
""", [("reported", "Several users", "notifications arrived twice on tablets")])

_page("nature_film_review", """Review: Kingdom of Ice

Kingdom of Ice follows a pod of orcas through a single Antarctic winter, and the camera work is astonishing.

In one sequence a young orca learns to tip seals off floating ice by swimming in line with its mother, the wave doing the work.

The narrator explains how the pod passes the trick from one generation to the next.

Some scenes drag, and the music swells a little too often, as if the footage needed help.

Producer Hana Ellery said the crew spent 400 days at sea to capture the hunt.

Kingdom of Ice streams from Friday.
""", [("explains", "The narrator", "how the pod passes the trick from one generation to the next"),
      ("said", "Producer Hana Ellery", "the crew spent 400 days at sea to capture the hunt")])

_page("physics_explainer", """Why does a spinning top stay up?

A top that is not spinning falls over at once. Set it spinning and it stands, leaning slightly, tracing slow circles on the table.

The experiment is easy to repeat at home: spin a coin on its edge and watch the wobble grow as it slows.

Physicists call the slow circling precession. Gravity tries to tip the top over, but the spin turns that pull sideways.

A classic experiment at Lindqvist Institute showed that a top spinning twice as fast precesses half as quickly.

Try it yourself with a pencil pushed through a cardboard disc. Time ten circles with your phone.
""", [("showed", "A classic experiment at Lindqvist Institute", "a top spinning twice as fast precesses half as quickly")])

_page("film_synopsis", """Orchard Road (2023): plot summary

Widowed beekeeper Tomas returns to the village where he grew up, hoping to sell his late father's farm.

At the station he runs into Lena, a schoolteacher he has not seen in twenty years. She is now engaged to the mayor.

Tomas finds a box of letters in the attic and spends a night reading them by candlelight.

Lena tells Tomas that the mayor plans to build a car park on the orchard.

The harvest festival brings the whole village together, and the film ends with a dance under the apple trees.

Cast: Erik Moen, Sofie Lund, Jonas Brekke. Director: Ylva Strand. Running time: 104 minutes.
""", [("hoping", "Widowed beekeeper Tomas", "to sell his late father's farm"),
      ("tells", "Lena", "the mayor plans to build a car park on the orchard")])

_page("interior_blog", """Our tiny kitchen makeover for under 500 pounds

When we bought the flat, the kitchen was a sad brown box with a single bulb and doors that stuck in wet weather.

We painted the cupboards a soft sage green. Two coats and a day of drying, and the room looked twice the size.

The handles came from a salvage yard. The owner swore they were from a Victorian bank, and I chose to believe him.

The tiles were the hardest part. I watched about forty videos before I dared to cut one.

Total cost: paint 90 pounds, handles 60, tiles 210, new light 85. Labour: three weekends and one argument.
""", [("swore", "The owner", "they were from a Victorian bank")])

_page("vet_advice", """Is my dog too hot? Signs to look for

Dogs cool down by panting, not sweating, so they struggle far more than we do on hot days.

Watch for heavy panting, thick drool, a dark red tongue or stumbling. These can be signs of heatstroke.

If you suspect your dog has heatstroke, move it into the shade and pour cool, not icy, water over its body.

Never leave a dog in a parked car, even with the windows open. The temperature inside can double within half an hour.

Vets at the Brookside Animal Clinic say they treat a dozen cases of heatstroke every summer.
""", [("say", "Vets at the Brookside Animal Clinic", "they treat a dozen cases of heatstroke every summer")])

_page("theatre_listing", """This week at the Playhouse

Tuesday to Saturday, 7.30pm: The Lighthouse Keeper's Daughter, a new play by Anna Rudd. Tickets 12 to 28 pounds.

Saturday matinee, 2.30pm: relaxed performance with softened lighting and sound.

Thursday, 6pm: pre-show talk. The director will discuss how the play grew out of interviews with former keepers' families.

Bar and cafe open from 6pm. Please note that latecomers may not be admitted until the interval.

Access: step-free entrance on Market Street. Hearing loop in the main auditorium.
""", [])

_page("cricket_club_news", """Fernhill CC: end of season round-up

What a summer! The first eleven finished third, our best league position since 2009.

Opening bat Ravi Menon scored 812 runs, including a century against Hartley that nobody who was there will forget.

The second eleven struggled with availability and avoided relegation on the last day.

Club president Derek Pryce thanked the volunteers who painted the pavilion and fixed the roller.

The annual dinner is on 19 October at the Swan. Tickets from the bar.
""", [])

_page("hiking_gear_review", """Tested: the Ridgeline 40 rucksack

I carried the Ridgeline 40 on a four-day traverse of the northern fells, in weather that ranged from baking sun to sideways hail.

The hip belt is superb. Even with twelve kilos inside, my shoulders barely complained.

The rain cover is another story. It blew off twice on the first afternoon, and I spent an hour chasing it across a bog.

The brand claims the fabric is fully waterproof, but my spare socks were damp by the second evening.

Verdict: a comfortable, well-made pack let down by its accessories. 3.5 stars.
""", [("claims", "The brand", "the fabric is fully waterproof")])

_page("town_history", """A short history of Callow Market

Callow Market grew up around a ford on the River Teme, where drovers rested their cattle on the way to London.

In 1612 a fire destroyed most of the timber houses on the high street. The town was rebuilt in brick within a decade.

The railway arrived in 1861 and the cattle market moved beside the station, where it stayed until 1979.

Local tradition holds that a king hid in the tower of St Giles during the civil war, though no record supports it.

Today the old market hall houses a library, a cafe and a small museum of local life.
""", [])

_page("charity_run_post", """We did it! 10k for the hospice

Thank you to everyone who sponsored me. Together we raised 1,430 pounds for Willowmead Hospice.

The first five kilometres felt easy. The second five felt like running through wet sand, uphill, into the wind.

At the 8k marker a stranger shouted my name off my vest and told me I was nearly there. I was not, but it helped.

The hospice cared for my mum in her last weeks, and I wanted to give something back.

If you would still like to donate, the page stays open until the end of the month.
""", [("told", "a stranger", "I was nearly there")])

_page("gardening_qa", """Ask the gardener: why are my tomato leaves curling?

Q: My tomato leaves have started curling upwards, though the plants look healthy otherwise. What am I doing wrong?

A: Probably nothing. Leaf roll is common in hot spells and rarely affects the crop.

Keep watering evenly, ideally in the morning, and feed weekly once the first fruits set.

If the leaves also turn yellow or show brown spots, the cause may be a virus or blight. Remove affected leaves and burn them.

Have a question for our gardener? Write to the address below.
""", [])

_page("lost_cat_notice", """MISSING: grey tabby cat, Elm Park area

Pippin went missing on the evening of 2 May from Linden Avenue. He is a neutered male, grey with darker stripes and a white chest.

He is microchipped but not wearing a collar. He is very friendly and may have wandered into a shed or garage.

Please check your outbuildings. If you see him, do not chase him; call us on 07700 900461 at any time.

A neighbour thinks she saw him near the railway bridge on Sunday morning.
""", [("thinks", "A neighbour", "she saw him near the railway bridge on Sunday morning")])

_page("gym_newsletter", """Corestrong Gym: May news

New classes! Kettlebell basics starts on Tuesdays at 6pm, and Saturday yoga moves to 9am.

The sauna will be closed for repairs from 10 to 14 May. Sorry for the inconvenience.

Member of the month is Paula Grieve, who has not missed a Monday session in two years.

Our trainers recommend building up slowly after a break. Ask at the desk for a free programme review.

Remember to wipe down the equipment after use and to bring a towel.
""", [("recommend", "Our trainers", "building up slowly after a break")])

_page("rental_ad", """To let: two-bedroom flat, Harbour View, 950 pounds per month

Bright first-floor flat with views over the marina, a short walk from the station and the high street.

Open-plan living room and kitchen, two double bedrooms, shower room. Gas central heating and double glazing throughout.

Available from 1 June. Unfurnished. Sorry, no pets or smokers.

The landlord requires a deposit of five weeks' rent and references from a previous landlord.

To arrange a viewing, call Seaside Lettings or book online.
""", [])

_page("police_appeal", """Appeal after cyclist injured on Mill Road

A cyclist was taken to hospital with serious injuries after a collision with a van on Mill Road on Tuesday evening.

The crash happened at about 6.15pm near the junction with Station Lane. The road was closed for four hours.

Police said the driver of the van stopped at the scene and was helping officers with their enquiries.

Anyone who saw the collision, or who has dashcam footage from the area, is asked to contact police quoting incident 412.
""", [("said", "Police", "the driver of the van stopped at the scene and was helping officers with their enquiries"),
      ("asked", "", "to contact police quoting incident 412")])

_page("app_listing", """Tidewatch: tide times and surf forecasts

Tidewatch shows tide times for more than 4,000 beaches and harbours, with surf, wind and swell forecasts for the week ahead.

Set an alert and the app will remind you an hour before high water.

Works offline once you have saved your favourite spots.

What's new in version 3.1: a redesigned map, faster loading and a fix for the widget on small screens.

Reviewers praise the clean design, though some wish the free version had fewer adverts.
""", [("praise", "Reviewers", "the clean design"), ("wish", "some", "the free version had fewer adverts")])

_page("sermon_summary", """Sunday reflection: the parable of the lost coin

This week's reading was the parable of the woman who lost one of her ten silver coins and swept the whole house until she found it.

Reverend Alison Kaye reminded us that small things matter, and that nobody is too small to be searched for.

She asked each of us to think of one person we had lost touch with and to write to them this week.

The choir sang a new setting of Psalm 23, and coffee afterwards was served in the garden.

Next Sunday is our harvest service. Please bring tins and dry goods for the food bank.
""", [("reminded", "Reverend Alison Kaye", "small things matter"),
      ("asked", "She", "each of us to think of one person we had lost touch with and to write to them this week")])
