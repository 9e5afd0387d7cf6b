# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-first session's check of technology, products and entertainment
news (helper W): 'the company said in a blog post', 'according to a regulatory filing', 'the release notes say', 'a
representative for the singer said', 'her publicist confirmed', 'the studio announced', 'the developer wrote on its
forum', 'in a statement to' an outlet, reviewers and critics ('reviewers praised', 'critics called it X'), software
and documents that speak ('the app warns users that', 'the error message says', 'the terms of service state', 'a
pop-up message tells riders'), 'leaked benchmarks suggest', 'analysts at X expect', 'fans claimed', a chief
executive on an earnings call, and product names, features, song and film titles in quotation marks.

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on train: a thing that speaks - a sign, an ad,
a message, a website - is a source 14 times of 15, 'according to a report/filing/statement' 18 of 19, 'a document
says' 12 of 13, 'analysts expect/say' 35 of 38, 'praised' 35 of 40, 'called it X' and 'described it as' are cues):
per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS`` (specs, prices, release dates, feature lists, chart positions, box-office figures
with no source, titles); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, product,
outlet, figure and sentence is made up. Read by ``test_probe_findings_61_tech``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["blog_post"] = """Cloud firm blames outage on faulty configuration update

Nimbra Cloud said in a blog post on Wednesday that a faulty configuration update had knocked its storage service offline for six hours.

The outage hit customers in Europe and parts of Asia.

"We are sorry, and we are changing how updates are rolled out," the company wrote in the post.

Engineering chief Dalia Forsberg said the update had passed every automated test.

She added that a second team would now review every change.

Nimbra Cloud's storage plans start at $4 a month.
"""
GOLD["blog_post"] = [
    ("said", "Nimbra Cloud", "a faulty configuration update had knocked its storage service offline for six hours"),
    ("wrote", "the company", "We are sorry, and we are changing how updates are rolled out"),
    ("said", "Engineering chief Dalia Forsberg", "the update had passed every automated test"),
    ("added", "She", "a second team would now review every change"),
]
NOT_REPORTS["blog_post"] = [
    "The outage hit customers in Europe and parts of Asia.",
    "Nimbra Cloud's storage plans start at $4 a month.",
]
SPEAKERS["blog_post"] = [("added", "She", "Dalia Forsberg", "a second team")]

ARTICLES["filing"] = """Chipmaker warns of slower sales in regulatory filing

Sales of Korvex's graphics chips will fall by as much as 15% in the current quarter, according to a regulatory filing released on Friday.

The filing said the company had lost two large data-centre customers.

Korvex shares fell 7% in after-hours trading.

Analysts at Brightwater Securities expect the slowdown to last into next year.

The company's next chip, the K9, is due in October.
"""
GOLD["filing"] = [
    ("according to", "a regulatory filing released on Friday", "Sales of Korvex's graphics chips will fall by as much as 15% in the current quarter"),
    ("said", "The filing", "the company had lost two large data-centre customers"),
    ("expect", "Analysts at Brightwater Securities", "the slowdown to last into next year"),
]
NOT_REPORTS["filing"] = [
    "Korvex shares fell 7% in after-hours trading.",
    "The company's next chip, the K9, is due in October.",
]

ARTICLES["release_notes"] = """Messaging app update fixes battery drain

Version 8.2 of Chirpline went out to users on Tuesday.

The release notes say the update fixes a bug that drained batteries on older phones.

The update also adds a feature called "Quiet Hours", which mutes group chats at night.

Chirpline's head of product, Tomasz Lind, wrote on the company's forum that the bug had affected about one in twenty users.

He said a fix for tablets would follow next week.

The app is free to download and has more than 40 million users.
"""
GOLD["release_notes"] = [
    ("say", "The release notes", "the update fixes a bug that drained batteries on older phones"),
    ("wrote", "Chirpline's head of product, Tomasz Lind", "the bug had affected about one in twenty users"),
    ("said", "He", "a fix for tablets would follow next week"),
]
NOT_REPORTS["release_notes"] = [
    "Version 8.2 of Chirpline went out to users on Tuesday.",
    'The update also adds a feature called "Quiet Hours", which mutes group chats at night.',
    "The app is free to download and has more than 40 million users.",
]
SPEAKERS["release_notes"] = [("said", "He", "Tomasz Lind", "a fix")]

ARTICLES["singer_rep"] = """Singer cancels European tour dates after vocal strain

Pop singer Mara Quinlan has cancelled the last six dates of her European tour.

A representative for the singer said she had been advised by doctors to rest her voice for a month.

Her publicist confirmed that ticket holders would be refunded in full.

Quinlan's latest album, "Paper Lanterns", entered the charts at number two in March.

"I hate letting anyone down, but I have to listen to my body," Quinlan wrote on Instagram.

The tour was due to end in Lisbon on June 14.
"""
GOLD["singer_rep"] = [
    ("said", "A representative for the singer", "she had been advised by doctors to rest her voice for a month"),
    ("confirmed", "Her publicist", "ticket holders would be refunded in full"),
    ("wrote", "Quinlan", "I hate letting anyone down, but I have to listen to my body"),
]
NOT_REPORTS["singer_rep"] = [
    "Pop singer Mara Quinlan has cancelled the last six dates of her European tour.",
    'Quinlan\'s latest album, "Paper Lanterns", entered the charts at number two in March.',
    "The tour was due to end in Lisbon on June 14.",
]

ARTICLES["studio_sequel"] = """Studio sets date for animated sequel

Larkspur Animation announced on Monday that the sequel to its hit film would open in cinemas on November 20 next year.

The first film, "The Lantern Keeper", took $612 million worldwide.

The studio said the original voice cast would return.

Director Benedikt Aro told the Reel Ledger that the story would follow the keeper's daughter.

Production began in January in Vancouver.
"""
GOLD["studio_sequel"] = [
    ("announced", "Larkspur Animation", "the sequel to its hit film would open in cinemas on November 20 next year"),
    ("said", "The studio", "the original voice cast would return"),
    ("told", "Director Benedikt Aro", "the story would follow the keeper's daughter"),
]
NOT_REPORTS["studio_sequel"] = [
    'The first film, "The Lantern Keeper", took $612 million worldwide.',
    "Production began in January in Vancouver.",
]

ARTICLES["developer_forum"] = """Game developer delays release of space sim

Quillwork Games wrote on its forum that the release of Starwake Drift would be pushed back to the spring.

The game had been due out on September 9 for PC and consoles.

"We would rather be late than broken," the developer said in the post.

Fans claimed on social media that the delay had been planned for months.

The game's lead designer, Ines Marchetti, replied that the decision had been made only last week.

Pre-orders cost $39.99.
"""
GOLD["developer_forum"] = [
    ("wrote", "Quillwork Games", "the release of Starwake Drift would be pushed back to the spring"),
    ("said", "the developer", "We would rather be late than broken"),
    ("claimed", "Fans", "the delay had been planned for months"),
    ("replied", "The game's lead designer, Ines Marchetti", "the decision had been made only last week"),
]
NOT_REPORTS["developer_forum"] = [
    "The game had been due out on September 9 for PC and consoles.",
    "Pre-orders cost $39.99.",
]

ARTICLES["statement_outlet"] = """Streaming service to raise prices in five countries

Flicklane will raise the price of its standard plan to $15.49 a month from July.

In a statement to The Pixel Courier, a Flicklane spokeswoman said the increase would pay for more original films.

The basic plan, which includes adverts, stays at $6.99.

Subscribers will be told of the change by email, the company said.

Media analyst Corinne Baptiste said the rise was likely to push some viewers to cheaper rivals.
"""
GOLD["statement_outlet"] = [
    ("said", "a Flicklane spokeswoman", "the increase would pay for more original films"),
    ("said", "the company", "Subscribers will be told of the change by email"),
    ("said", "Media analyst Corinne Baptiste", "the rise was likely to push some viewers to cheaper rivals"),
]
NOT_REPORTS["statement_outlet"] = [
    "Flicklane will raise the price of its standard plan to $15.49 a month from July.",
    "The basic plan, which includes adverts, stays at $6.99.",
]

ARTICLES["phone_review"] = """Reviewers praise new phone's camera but fault its battery

The Orlo 7 goes on sale on Friday at $899 for the 256GB model.

Reviewers praised the phone's camera.

Critics called its battery life disappointing.

The Tech Verdict's reviewer, Sunil Dhawan, wrote that the phone lasted barely a day with heavy use.

The phone has a 6.4-inch screen, three rear cameras and a titanium frame.

It comes in four colours.
"""
GOLD["phone_review"] = [
    ("praised", "Reviewers", "the phone's camera"),
    ("called", "Critics", "its battery life disappointing"),
    ("wrote", "The Tech Verdict's reviewer, Sunil Dhawan", "the phone lasted barely a day with heavy use"),
]
NOT_REPORTS["phone_review"] = [
    "The Orlo 7 goes on sale on Friday at $899 for the 256GB model.",
    "The phone has a 6.4-inch screen, three rear cameras and a titanium frame.",
    "It comes in four colours.",
]

ARTICLES["app_warns"] = """Banking app warns users over fake update messages

The Coinrise app now warns users that it will never ask for their password by text message.

The warning appears each time the app is opened.

The bank said in a statement that more than 2,000 customers had received the fake messages.

Cyber-security researcher Amira Haddad said the messages were unusually convincing.

The app has been downloaded 3 million times.
"""
GOLD["app_warns"] = [
    ("warns", "The Coinrise app", "it will never ask for their password by text message"),
    ("said", "The bank", "more than 2,000 customers had received the fake messages"),
    ("said", "Cyber-security researcher Amira Haddad", "the messages were unusually convincing"),
]
NOT_REPORTS["app_warns"] = [
    "The warning appears each time the app is opened.",
    "The app has been downloaded 3 million times.",
]

ARTICLES["error_message"] = """Players locked out of online shooter by server fault

Thousands of players were unable to log in to Ironvale on Saturday.

The error message says the servers are down for maintenance.

Developer Brackwater Studios said on X that an expired security certificate was to blame.

The studio said every player would get 500 free coins as an apology.

Ironvale has about 9 million monthly players.
"""
GOLD["error_message"] = [
    ("says", "The error message", "the servers are down for maintenance"),
    ("said", "Developer Brackwater Studios", "an expired security certificate was to blame"),
    ("said", "The studio", "every player would get 500 free coins as an apology"),
]
NOT_REPORTS["error_message"] = [
    "Thousands of players were unable to log in to Ironvale on Saturday.",
    "Ironvale has about 9 million monthly players.",
]

ARTICLES["terms_of_service"] = """Photo app changes its terms after backlash

The terms of service state that users keep the rights to their photos.

An earlier version, posted last month, said the company could use uploaded images to train its software.

Snapquill's chief executive, Oren Talbot, said the earlier wording had been a mistake.

The app costs $2.99 a month for the premium tier.

Privacy group Open Lens said the change did not go far enough.
"""
GOLD["terms_of_service"] = [
    ("state", "The terms of service", "users keep the rights to their photos"),
    ("said", "An earlier version, posted last month", "the company could use uploaded images to train its software"),
    ("said", "Snapquill's chief executive, Oren Talbot", "the earlier wording had been a mistake"),
    ("said", "Privacy group Open Lens", "the change did not go far enough"),
]
NOT_REPORTS["terms_of_service"] = ["The app costs $2.99 a month for the premium tier."]

ARTICLES["leaked_benchmarks"] = """Leaked benchmarks suggest new laptop chip is faster than rivals

Leaked benchmarks suggest the Vantor X3 chip is about 20% faster than its predecessor.

The results were posted on a hardware forum on Sunday.

Hardware blogger Felix Draxler said the numbers looked genuine.

The chip has 12 cores and a built-in graphics unit.
"""
GOLD["leaked_benchmarks"] = [
    ("suggest", "Leaked benchmarks", "the Vantor X3 chip is about 20% faster than its predecessor"),
    ("said", "Hardware blogger Felix Draxler", "the numbers looked genuine"),
]
NOT_REPORTS["leaked_benchmarks"] = [
    "The results were posted on a hardware forum on Sunday.",
    "The chip has 12 cores and a built-in graphics unit.",
]

ARTICLES["earnings_call"] = """Console maker's profit rises on strong holiday sales

Pellmark's net profit rose 18% to $2.1 billion in the three months to December.

Chief executive Haruka Inoue told analysts on an earnings call that the company had sold 9.4 million consoles in the quarter.

She said supply problems that had held back sales last year were over.

Analysts at Greyfell Capital expect the company to raise its forecast in May.

Pellmark shares closed up 4% at 8,120 yen.
"""
GOLD["earnings_call"] = [
    ("told", "Chief executive Haruka Inoue", "the company had sold 9.4 million consoles in the quarter"),
    ("said", "She", "supply problems that had held back sales last year were over"),
    ("expect", "Analysts at Greyfell Capital", "the company to raise its forecast in May"),
]
NOT_REPORTS["earnings_call"] = [
    "Pellmark's net profit rose 18% to $2.1 billion in the three months to December.",
    "Pellmark shares closed up 4% at 8,120 yen.",
]
SPEAKERS["earnings_call"] = [("said", "She", "Haruka Inoue", "supply problems")]

ARTICLES["box_office"] = """Horror film tops weekend box office

"Hollow Pines" took $31 million in North American cinemas over the weekend.

The superhero film "Iron Meridian" fell to second place with $22 million.

The film cost about $9 million to make, according to the studio.

Box-office analyst Dana Whitlock said horror had become the most reliable genre for small studios.

Critics called the film clever and genuinely frightening.
"""
GOLD["box_office"] = [
    ("according to", "the studio", "The film cost about $9 million to make"),
    ("said", "Box-office analyst Dana Whitlock", "horror had become the most reliable genre for small studios"),
    ("called", "Critics", "the film clever and genuinely frightening"),
]
SPEAKERS["box_office"] = [("according to", "the studio", "studio", "The film cost")]
NOT_REPORTS["box_office"] = [
    '"Hollow Pines" took $31 million in North American cinemas over the weekend.',
    'The superhero film "Iron Meridian" fell to second place with $22 million.',
]

ARTICLES["chart"] = """Band's comeback single enters chart at number one

"Glass Harbour", the first single by The Marlows in a decade, entered the UK chart at number one on Friday.

It sold 54,000 copies in its first week.

Singer Rory Eldridge told Radio Fenwick that the band had written the song in a single afternoon.

"We honestly thought nobody would care any more," he said.

The band's new album, "Tidewater", is out on May 2.

Their manager said a tour would be announced in the summer.
"""
GOLD["chart"] = [
    ("told", "Singer Rory Eldridge", "the band had written the song in a single afternoon"),
    ("said", "he", "We honestly thought nobody would care any more"),
    ("said", "Their manager", "a tour would be announced in the summer"),
]
NOT_REPORTS["chart"] = [
    '"Glass Harbour", the first single by The Marlows in a decade, entered the UK chart at number one on Friday.',
    "It sold 54,000 copies in its first week.",
    'The band\'s new album, "Tidewater", is out on May 2.',
]
SPEAKERS["chart"] = [("said", "he", "Rory Eldridge", "We honestly")]

ARTICLES["festival"] = """Festival organisers defend headliner choice

The Greenmoor Festival runs from July 10 to 13 and tickets cost £240.

Organisers said in a statement that the line-up reflected what ticket buyers had asked for.

Some fans claimed that the festival had been taken over by sponsors.

Festival director Gwen Osei told the Evening Lantern that sponsors had no say in the booking.

Last year's festival drew 70,000 people.
"""
GOLD["festival"] = [
    ("said", "Organisers", "the line-up reflected what ticket buyers had asked for"),
    ("claimed", "Some fans", "the festival had been taken over by sponsors"),
    ("told", "Festival director Gwen Osei", "sponsors had no say in the booking"),
]
NOT_REPORTS["festival"] = [
    "The Greenmoor Festival runs from July 10 to 13 and tickets cost £240.",
    "Last year's festival drew 70,000 people.",
]

ARTICLES["actor_rep"] = """Actor to leave long-running hospital drama

Actor Callum Reyes will leave the hospital drama Ward Nine after eight series.

A spokesperson for the actor said he wanted to spend more time on stage work.

The broadcaster said his final episode would air in December.

Reyes has played Dr. Owen Hale since 2016.

In a message to fans, Reyes wrote that the role had been "the best job in the world".
"""
GOLD["actor_rep"] = [
    ("said", "A spokesperson for the actor", "he wanted to spend more time on stage work"),
    ("said", "The broadcaster", "his final episode would air in December"),
    ("wrote", "Reyes", 'the role had been "the best job in the world"'),
]
NOT_REPORTS["actor_rep"] = [
    "Actor Callum Reyes will leave the hospital drama Ward Nine after eight series.",
    "Reyes has played Dr. Owen Hale since 2016.",
]

ARTICLES["recall_notice"] = """Carmaker recalls 40,000 vehicles over software glitch

Halden Motors is recalling 40,000 electric cars because of a fault in their braking software, according to a notice filed with safety regulators.

The notice says the fault can delay the brakes by up to half a second.

The company said no crashes had been linked to the problem.

Owners will receive the fix as an over-the-air update.

The affected models were built between March and August.
"""
GOLD["recall_notice"] = [
    ("according to", "a notice filed with safety regulators", "Halden Motors is recalling 40,000 electric cars because of a fault in their braking software"),
    ("says", "The notice", "the fault can delay the brakes by up to half a second"),
    ("said", "The company", "no crashes had been linked to the problem"),
]
NOT_REPORTS["recall_notice"] = [
    "Owners will receive the fix as an over-the-air update.",
    "The affected models were built between March and August.",
]

ARTICLES["chatbot"] = """Start-up launches chatbot for hospital doctors

Medrill, a London start-up, launched its chatbot for hospital doctors on Thursday.

The company says the tool can summarise a patient's notes in seconds.

Doctors' union official Priya Raman warned that the summaries could miss important details.

The chatbot's website states that it is not a medical device.

Medrill raised $18 million from investors last year.
"""
GOLD["chatbot"] = [
    ("says", "The company", "the tool can summarise a patient's notes in seconds"),
    ("warned", "Doctors' union official Priya Raman", "the summaries could miss important details"),
    ("states", "The chatbot's website", "it is not a medical device"),
]
SPEAKERS["chatbot"] = [("says", "The company", "Medrill", "the tool")]
NOT_REPORTS["chatbot"] = [
    "Medrill, a London start-up, launched its chatbot for hospital doctors on Thursday.",
    "Medrill raised $18 million from investors last year.",
]

ARTICLES["game_awards"] = """Hand-drawn indie game sweeps awards

"Moth and Lantern" won five prizes, including game of the year, at the Northlight Awards on Thursday.

Its creator, Aiko Brandt, said she had made the game alone over four years.

Judges praised its hand-drawn art and its score.

The game costs $14.99 and has sold 1.2 million copies.

"I still can't believe it," Brandt told the audience.
"""
GOLD["game_awards"] = [
    ("said", "Its creator, Aiko Brandt", "she had made the game alone over four years"),
    ("praised", "Judges", "its hand-drawn art and its score"),
    ("told", "Brandt", "I still can't believe it"),
]
NOT_REPORTS["game_awards"] = [
    '"Moth and Lantern" won five prizes, including game of the year, at the Northlight Awards on Thursday.',
    "The game costs $14.99 and has sold 1.2 million copies.",
]

ARTICLES["smart_speaker"] = """Smart speaker maker denies recording claims

Users claimed on a discussion forum that their Echoa speakers had recorded conversations without being woken.

Echoa said in a blog post that the speakers only start recording after hearing the wake word.

The company's privacy chief, Lotte Vermeer, said an outside auditor would check the devices.

The Echoa Mini sells for $49.

It has a seven-microphone array and a light ring.
"""
GOLD["smart_speaker"] = [
    ("claimed", "Users", "their Echoa speakers had recorded conversations without being woken"),
    ("said", "Echoa", "the speakers only start recording after hearing the wake word"),
    ("said", "The company's privacy chief, Lotte Vermeer", "an outside auditor would check the devices"),
]
SPEAKERS["smart_speaker"] = [("denies", "Smart speaker maker", "Echoa", "recording")]
NOT_REPORTS["smart_speaker"] = [
    "The Echoa Mini sells for $49.",
    "It has a seven-microphone array and a light ring.",
]

ARTICLES["film_premiere"] = """Director's first film in a decade divides critics

"The Salt Road", the first film by Marguerite Olen in ten years, premiered in Venice on Saturday.

Critics at the screening called it slow but beautiful.

The Film Dispatch's critic, Jonah Pell, wrote that the film was the best of the festival.

Olen told reporters that she had cut almost an hour from the first version.

The film runs for 164 minutes.

It opens in cinemas on October 3.
"""
GOLD["film_premiere"] = [
    ("called", "Critics at the screening", "it slow but beautiful"),
    ("wrote", "The Film Dispatch's critic, Jonah Pell", "the film was the best of the festival"),
    ("told", "Olen", "she had cut almost an hour from the first version"),
]
NOT_REPORTS["film_premiere"] = [
    '"The Salt Road", the first film by Marguerite Olen in ten years, premiered in Venice on Saturday.',
    "The film runs for 164 minutes.",
    "It opens in cinemas on October 3.",
]

ARTICLES["ereader"] = """Bookseller ends support for older e-readers

Pagewell will stop sending updates to e-readers sold before 2018, the company said on Tuesday.

An email sent to owners says the devices will still open books already downloaded.

Owners can trade in an old device for 30% off the new Pagewell Glow, which costs $139.

Digital rights campaigner Tamsin Oduya said buyers had never been warned that their devices would stop working.
"""
GOLD["ereader"] = [
    ("said", "the company", "Pagewell will stop sending updates to e-readers sold before 2018"),
    ("says", "An email sent to owners", "the devices will still open books already downloaded"),
    ("said", "Digital rights campaigner Tamsin Oduya", "buyers had never been warned that their devices would stop working"),
]
SPEAKERS["ereader"] = [("said", "the company", "Pagewell", "Pagewell will")]
NOT_REPORTS["ereader"] = ["Owners can trade in an old device for 30% off the new Pagewell Glow, which costs $139."]

ARTICLES["foldable"] = """Tablet maker shows its first foldable device

Corvane showed its first foldable tablet at an event in San Jose on Wednesday.

The Corvane Fold opens to a 10-inch screen and weighs 540 grams.

Chief executive Marcus Wendt told the audience that the hinge had been tested 400,000 times.

"This is the device our engineers have wanted to build for ten years," he said.

The tablet will cost $1,799 and ships on November 1.

Analysts at Ridgecrest Research said the price would limit sales to enthusiasts.
"""
GOLD["foldable"] = [
    ("told", "Chief executive Marcus Wendt", "the hinge had been tested 400,000 times"),
    ("said", "he", "This is the device our engineers have wanted to build for ten years"),
    ("said", "Analysts at Ridgecrest Research", "the price would limit sales to enthusiasts"),
]
NOT_REPORTS["foldable"] = [
    "Corvane showed its first foldable tablet at an event in San Jose on Wednesday.",
    "The Corvane Fold opens to a 10-inch screen and weighs 540 grams.",
    "The tablet will cost $1,799 and ships on November 1.",
]
SPEAKERS["foldable"] = [("said", "he", "Marcus Wendt", "This is")]

ARTICLES["series_renewed"] = """Fantasy series renewed for a final season

The streaming service Brightwave has renewed the fantasy series Emberfall for a fifth and final season.

The show's creator, Niamh Corrigan, said on Instagram that the ending had been planned from the start.

Brightwave said the final season would have eight episodes.

The fourth season was watched by 41 million households in its first month, according to the company.

The theme song, "Cinder Crown", reached number 12 on the streaming charts.
"""
GOLD["series_renewed"] = [
    ("said", "The show's creator, Niamh Corrigan", "the ending had been planned from the start"),
    ("said", "Brightwave", "the final season would have eight episodes"),
    ("according to", "the company", "The fourth season was watched by 41 million households in its first month"),
]
SPEAKERS["series_renewed"] = [("according to", "the company", "Brightwave", "The fourth")]
NOT_REPORTS["series_renewed"] = [
    "The streaming service Brightwave has renewed the fantasy series Emberfall for a fifth and final season.",
    'The theme song, "Cinder Crown", reached number 12 on the streaming charts.',
]

ARTICLES["scooters"] = """Scooter app adds speed limits in city centres

Zipwheel will cap its e-scooters at 15km/h in city centres from next month.

The company said in a blog post that the limit followed talks with city councils.

A pop-up message in the app tells riders that they are entering a slow zone.

Rides cost €1 to unlock and 25 cents a minute.

City councillor Hugo Belmonte said the cap should have come years ago.
"""
GOLD["scooters"] = [
    ("said", "The company", "the limit followed talks with city councils"),
    ("tells", "A pop-up message in the app", "they are entering a slow zone"),
    ("said", "City councillor Hugo Belmonte", "the cap should have come years ago"),
]
SPEAKERS["scooters"] = [("said", "The company", "Zipwheel", "the limit")]
NOT_REPORTS["scooters"] = [
    "Zipwheel will cap its e-scooters at 15km/h in city centres from next month.",
    "Rides cost €1 to unlock and 25 cents a minute.",
]
