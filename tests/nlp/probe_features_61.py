# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty short features and profiles written for the sixty-first session's check of long-form writing (helper P), in
the manner of a weekend magazine: a headline, a standfirst ('The novelist tells Jo Marr why she stopped writing'),
scene-setting narration, present-tense 'says' throughout ('"It was a mess, honestly," says Helleland, who is 58'),
the subject named once and then 'she' or 'he' across many paragraphs with a sister, a coach or a colleague quoted in
between, recollections ('she recalls', 'he remembers thinking', 'as she puts it', 'in her words'), reported thought
('she wondered whether', 'he realised that', 'she knew then that'), things the subject heard from others ('her
mother used to tell her X'), letters and diaries ('In a letter home in 1971, he wrote:'), a quotation running over
two paragraphs (no closing mark at the end of the first), the writer meeting the subject in the first person ('When
I meet her, she says'), pull quotes repeated from the body, titles of books and films and nicknames in quotation
marks.

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on train: 'recall' is a cue at 37 of 48, 'put it'
at 12 of 21, and outside quotations 'wondered whether', 'realized that' and 'knew that' are marked as internal states,
with 'whether' kept in the content and 'that' left out): per article, (a word of the cue, the source, the first
content span) for each report in ``GOLD``; the sentences that report nothing in ``NOT_REPORTS`` (narration,
description, the writer's reflections, titles and nicknames in quotation marks); (cue, source, speaker, the
content's first words) in ``SPEAKERS`` (a cue word may be part of one, 'say' of 'says', to tell apart two reports
with one cue and source). Every name, place, figure and sentence is made up. Read by
``test_probe_findings_61_features``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["glassblower"] = """The heat of the furnace

After twenty years in a shed on the Fife coast, Marit Helleland is having her first solo show. The glassblower tells Tom Orrin why she nearly gave up.

The shed smells of wet sand and burnt paper. A radio plays somewhere behind a stack of crates.

"It was a mess, honestly," says Helleland, who is 58 and has the forearms of a blacksmith. "For ten years nothing I made survived the annealer."

She recalls that the kiln cracked in the winter of 2009 and the bank wrote to her twice in one week.

Her sister, Ragna, who runs a bakery in Bergen, was on the other end of the phone for most of it. "Marit would read the letters out to me and laugh," Ragna says.

Helleland laughs now as well. She says that the failures taught her more than any course.

The new pieces are tall and pale green, like bottles left too long in the sea.

"I finally stopped trying to make them perfect," she says.

The show opens at the Pier Arts Centre on 4 May.
"""
GOLD["glassblower"] = [
    ("tells", "The glassblower", "why she nearly gave up"),
    ("says", "Helleland, who is 58 and has the forearms of a blacksmith", "It was a mess, honestly"),
    ("recalls", "She", "the kiln cracked in the winter of 2009 and the bank wrote to her twice in one week"),
    ("says", "Ragna", "Marit would read the letters out to me and laugh"),
    ("says", "She", "the failures taught her more than any course"),
    ("says", "she", "I finally stopped trying to make them perfect"),
]
NOT_REPORTS["glassblower"] = [
    "The heat of the furnace",
    "The shed smells of wet sand and burnt paper.",
    "A radio plays somewhere behind a stack of crates.",
    "Her sister, Ragna, who runs a bakery in Bergen, was on the other end of the phone for most of it.",
    "Helleland laughs now as well.",
    "The new pieces are tall and pale green, like bottles left too long in the sea.",
    "The show opens at the Pier Arts Centre on 4 May.",
]
SPEAKERS["glassblower"] = [
    ("recalls", "She", "Marit Helleland", "the kiln"),
    ("says", "She", "Marit Helleland", "the failures"),
    ("says", "she", "Marit Helleland", "I finally"),
]

ARTICLES["choirmaster"] = """The quiet man of the Hallam choir

For thirty-one years, Aurelio Pizzighetti has coaxed a steel town into singing Bach. As he prepares to step down, Dana Welk follows him through a final rehearsal.

Pizzighetti arrives forty minutes early, as he always does, and sets out the chairs himself.

He grew up above his father's barber shop in Cremona. He says the shop was where he first heard men sing in harmony.

"He never raises his voice. He just looks at you until you find the note," says Brenda Oakes, a soprano who joined in 1994.

He shrugs when he hears this. He admits that he was a terrible teacher for the first decade.

The choir's accompanist, Lewis Farrant, puts it differently. "He was young and he was in a hurry. We all were," Farrant says.

In a letter to the committee last spring, he wrote: "It is time for someone who can still read the small print in the score."

He insists he will keep singing in the back row.

The farewell concert is on Saturday at the City Hall.
"""
GOLD["choirmaster"] = [
    ("says", "He", "the shop was where he first heard men sing in harmony"),
    ("says", "Brenda Oakes, a soprano who joined in 1994", "He never raises his voice. He just looks at you until you find the note"),
    ("admits", "He", "he was a terrible teacher for the first decade"),
    ("says", "Farrant", "He was young and he was in a hurry. We all were"),
    ("wrote", "he", "It is time for someone who can still read the small print in the score"),
    ("insists", "He", "he will keep singing in the back row"),
]
NOT_REPORTS["choirmaster"] = [
    "The quiet man of the Hallam choir",
    "Pizzighetti arrives forty minutes early, as he always does, and sets out the chairs himself.",
    "He grew up above his father's barber shop in Cremona.",
    "He shrugs when he hears this.",
    "The farewell concert is on Saturday at the City Hall.",
]
SPEAKERS["choirmaster"] = [
    ("wrote", "he", "Aurelio Pizzighetti", "It is time"),
    ("insists", "He", "Aurelio Pizzighetti", "he will"),
]

ARTICLES["sprinter"] = """Running out of time

Yewande Okorafor-Hale was the fastest schoolgirl in Britain at fifteen. At thirty-four she is learning to walk again.

We meet in a cafe near the rehabilitation unit in Stoke Mandeville. She orders tea and no cake.

She remembers thinking that the pain in her hip was nothing, a cramp that would pass by the final.

"I ran the heat on one leg, basically," she says.

Her coach at the time, Desmond Arkwright, remembers it differently. He says he begged her to withdraw.

She knew then that something was badly wrong, she recalls, but she did not want to let anyone down.

Later that night she wondered whether she would ever race again.

As she puts it, "The body keeps the score, and mine was keeping a very long list."

Her medals are in a shoebox in her mother's loft.

She is training to become a physiotherapist.
"""
GOLD["sprinter"] = [
    ("remembers", "She", "the pain in her hip was nothing, a cramp that would pass by the final"),
    ("says", "she", "I ran the heat on one leg, basically"),
    ("says", "He", "he begged her to withdraw"),
    ("recalls", "she", "She knew then that something was badly wrong"),
    ("wondered", "she", "whether she would ever race again"),
    ("puts", "she", "The body keeps the score, and mine was keeping a very long list"),
]
NOT_REPORTS["sprinter"] = [
    "Running out of time",
    "We meet in a cafe near the rehabilitation unit in Stoke Mandeville.",
    "She orders tea and no cake.",
    "Her medals are in a shoebox in her mother's loft.",
    "She is training to become a physiotherapist.",
]
SPEAKERS["sprinter"] = [
    ("says", "she", "Yewande Okorafor-Hale", "I ran"),
    ("says", "He", "Desmond Arkwright", "he begged"),
    ("wondered", "she", "Yewande Okorafor-Hale", "whether"),
]

ARTICLES["novelist"] = """The novelist who stopped

Cressida Vane-Thorley published six novels in nine years and then nothing for twelve. The novelist tells Jo Marr why she stopped writing, and why she has started again.

When I meet her, she says she has not been interviewed since 2011. "I forgot how strange it is to be listened to," she adds.

Her house in Ludlow is full of clocks, none of them showing the right time.

Her first book, "The Salt Orchard", sold forty thousand copies in a month.

Her editor, Philippa Gant, says the silence was never a crisis. "Cressida was simply living. Some writers need to do that more than others," Gant says.

Vane-Thorley disagrees. She says that she was frightened, plainly and daily.

Her mother used to tell her that a book was a letter to a stranger.

"I stopped believing there were any strangers left who wanted my letters," she says.

I ask whether she reads her reviews. She says she reads the bad ones twice.

The new novel, "Lanterns for the Drowned", is out in June.
"""
GOLD["novelist"] = [
    ("tells", "The novelist", "why she stopped writing, and why she has started again"),
    ("says", "she", "she has not been interviewed since 2011"),
    ("adds", "she", "I forgot how strange it is to be listened to"),
    ("says", "Her editor, Philippa Gant", "the silence was never a crisis"),
    ("says", "Gant", "Cressida was simply living. Some writers need to do that more than others"),
    ("says", "She", "she was frightened, plainly and daily"),
    ("tell", "Her mother", "a book was a letter to a stranger"),
    ("says", "she", "I stopped believing there were any strangers left who wanted my letters"),
    ("ask", "I", "whether she reads her reviews"),
    ("says", "She", "she reads the bad ones twice"),
]
NOT_REPORTS["novelist"] = [
    "Her house in Ludlow is full of clocks, none of them showing the right time.",
    'Her first book, "The Salt Orchard", sold forty thousand copies in a month.',
    'The new novel, "Lanterns for the Drowned", is out in June.',
]
SPEAKERS["novelist"] = [
    ("adds", "she", "Cressida Vane-Thorley", "I forgot"),
    ("says", "She", "Cressida Vane-Thorley", "she was frightened"),
    ("says", "She", "Cressida Vane-Thorley", "she reads"),
]

ARTICLES["explorer_letters"] = """Letters from the ice

Half a century after he vanished on the Ellesmere ice cap, a box of letters has changed how his family thinks of Corin Ashdown-Beale.

The box arrived at his niece's flat in Hexham last November, wrapped in a copy of a local paper from 1974.

In a letter home in 1971, he wrote: "The dogs are thinner than I would like, and so am I."

His diary for the same week is shorter. "Wind. No sun. Read Conrad again," he noted on 12 March.

His niece, Imogen Ashdown, says she read the letters in a single night. "I had only known him as a photograph on my grandmother's piano," she says.

In one of the last letters, he told his mother that he had fallen out with the expedition's leader.

"Tell no one, but I think Harwood means to go on without us," he wrote.

The letters will be given to a polar archive in Cambridge.
"""
GOLD["explorer_letters"] = [
    ("wrote", "he", "The dogs are thinner than I would like, and so am I"),
    ("noted", "he", "Wind. No sun. Read Conrad again"),
    ("says", "His niece, Imogen Ashdown", "she read the letters in a single night"),
    ("says", "she", "I had only known him as a photograph on my grandmother's piano"),
    ("told", "he", "he had fallen out with the expedition's leader"),
    ("wrote", "he", "Tell no one, but I think Harwood means to go on without us"),
]
NOT_REPORTS["explorer_letters"] = [
    "Letters from the ice",
    "The box arrived at his niece's flat in Hexham last November, wrapped in a copy of a local paper from 1974.",
    "His diary for the same week is shorter.",
    "The letters will be given to a polar archive in Cambridge.",
]
SPEAKERS["explorer_letters"] = [
    ("wrote", "he", "Corin Ashdown-Beale", "The dogs"),
    ("told", "he", "Corin Ashdown-Beale", "he had fallen"),
    ("wrote", "he", "Corin Ashdown-Beale", "Tell no one"),
]

ARTICLES["ferryman"] = """The last ferryman of Loch Arn

Every morning at seven, Fergus MacAskill-Doyle rows the post across a loch that no bridge has ever crossed.

The boat is older than he is. He bought it from a widow in Oban for the price of a bicycle.

"People think it is lonely work," he says. "It is the least lonely job in the Highlands. Everyone on the far shore knows my knock.

"When the council tried to put a motor launch on the run, half the glen wrote letters. I did not write one. I did not need to."

His daughter, Shona, worries about the winters. "He is seventy-three. He should not be out there in February," she says.

He does not argue with her. He says only that the loch has never yet taken a MacAskill.

The council says the service will continue for at least another five years.

The light on the water at that hour is the colour of pewter.
"""
GOLD["ferryman"] = [
    ("says", "he", "People think it is lonely work"),
    ("says", "she", "He is seventy-three. He should not be out there in February"),
    ("says", "He", "the loch has never yet taken a MacAskill"),
    ("says", "The council", "the service will continue for at least another five years"),
]
NOT_REPORTS["ferryman"] = [
    "Every morning at seven, Fergus MacAskill-Doyle rows the post across a loch that no bridge has ever crossed.",
    "The boat is older than he is.",
    "He bought it from a widow in Oban for the price of a bicycle.",
    "He does not argue with her.",
    "The light on the water at that hour is the colour of pewter.",
]
SPEAKERS["ferryman"] = [
    ("says", "he", "Fergus MacAskill-Doyle", "People think"),
    ("says", "He", "Fergus MacAskill-Doyle", "the loch"),
]

ARTICLES["chef"] = """"I cook like my grandmother argued"

Nadia El-Khoury-Brandt runs the most talked-about kitchen in Leith. Sam Pettifer spends a Saturday service with her.

"I cook like my grandmother argued: loudly, and with too much garlic."

At 5pm the kitchen is already a wall of noise. Twelve cooks move around one another like dancers in a very small ballroom.

"I cook like my grandmother argued: loudly, and with too much garlic," El-Khoury-Brandt says, wiping down a board.

Her sous-chef, Tomasz Wierzba, has worked with her for eight years. He says she tastes every plate before it leaves the pass.

She denies this. "I taste every third plate. Tomasz exaggerates," she says.

Her grandmother, she explains, ran a cafe in Tripoli for forty years and never wrote down a recipe.

Her restaurant, Sumac, has no website and takes no bookings.

By midnight the floor is swept and the radio is back on.
"""
GOLD["chef"] = [
    ("says", "El-Khoury-Brandt", "I cook like my grandmother argued: loudly, and with too much garlic"),
    ("says", "He", "she tastes every plate before it leaves the pass"),
    ("says", "she", "I taste every third plate. Tomasz exaggerates"),
    ("explains", "she", "Her grandmother"),
]
NOT_REPORTS["chef"] = [
    "Nadia El-Khoury-Brandt runs the most talked-about kitchen in Leith.",
    "At 5pm the kitchen is already a wall of noise.",
    "Twelve cooks move around one another like dancers in a very small ballroom.",
    "Her sous-chef, Tomasz Wierzba, has worked with her for eight years.",
    "Her restaurant, Sumac, has no website and takes no bookings.",
    "By midnight the floor is swept and the radio is back on.",
]
SPEAKERS["chef"] = [
    ("says", "He", "Tomasz Wierzba", "she tastes"),
    ("says", "she", "Nadia El-Khoury-Brandt", "I taste"),
]

ARTICLES["boxer"] = """The Gentle Giant of Gorton

Kwabena "Big Kojo" Asante-Mensah has not lost a fight in six years. Outside the ring, his neighbours say, he is the softest man in Manchester.

His gym is a converted tram shed behind a carpet warehouse. The heavy bags hang from the old gantries.

"Big Kojo" is a name he was given at eleven, when he was already taller than his teachers.

"I hated it. Now it pays the mortgage," he says with a grin.

His trainer, a former welterweight known to everyone as "The Professor", sits on an upturned bucket by the ring.

"Kojo listens. That is rarer than a good left hook," the trainer says.

Asante-Mensah says he wants to fight for the British title before he turns thirty.

He thought about quitting after his brother died in 2019, he admits.

The fight with Darnell Rooke is on 14 September in Manchester.
"""
GOLD["boxer"] = [
    ("say", "his neighbours", "Outside the ring"),
    ("says", "he", "I hated it. Now it pays the mortgage"),
    ("says", "the trainer", "Kojo listens. That is rarer than a good left hook"),
    ("says", "Asante-Mensah", "he wants to fight for the British title before he turns thirty"),
    ("admits", "he", "He thought about quitting after his brother died in 2019"),
]
NOT_REPORTS["boxer"] = [
    "The Gentle Giant of Gorton",
    "His gym is a converted tram shed behind a carpet warehouse.",
    "The heavy bags hang from the old gantries.",
    '"Big Kojo" is a name he was given at eleven, when he was already taller than his teachers.',
    'His trainer, a former welterweight known to everyone as "The Professor", sits on an upturned bucket by the ring.',
    "The fight with Darnell Rooke is on 14 September in Manchester.",
]

ARTICLES["director"] = """Shooting in the dark

Thirty years after "The Orchard Wall" made her famous, the director Ingrid Salomonsen-Achebe returns with a film about her own father.

She is smaller than in her photographs, and she speaks so quietly that the recorder has to sit by her cup.

"My father was a projectionist. I grew up in the dark, watching other people's stories," she says.

The new film, "Reel Nine", took eleven years to finance.

Her producer, Abiodun Clarke, says three studios turned it down in a single month. He calls the finished film "the bravest thing she has done".

She is less sure. She wonders aloud whether anyone under forty will go and see it.

She realised halfway through the shoot that she was making a film about grief, she says, not about cinema.

Her father died in 2004. He never saw "The Orchard Wall" in a cinema.

"Reel Nine" opens in cinemas on 9 October.
"""
GOLD["director"] = [
    ("says", "she", "My father was a projectionist. I grew up in the dark, watching other people's stories"),
    ("says", "Her producer, Abiodun Clarke", "three studios turned it down in a single month"),
    ("calls", "He", 'the finished film "the bravest thing she has done"'),
    ("wonders", "She", "whether anyone under forty will go and see it"),
    ("says", "she", "She realised halfway through the shoot that she was making a film about grief"),
]
NOT_REPORTS["director"] = [
    "Shooting in the dark",
    'Thirty years after "The Orchard Wall" made her famous, the director Ingrid Salomonsen-Achebe returns with a film about her own father.',
    "She is smaller than in her photographs, and she speaks so quietly that the recorder has to sit by her cup.",
    'The new film, "Reel Nine", took eleven years to finance.',
    "Her father died in 2004.",
    'He never saw "The Orchard Wall" in a cinema.',
    '"Reel Nine" opens in cinemas on 9 October.',
]
SPEAKERS["director"] = [
    ("calls", "He", "Abiodun Clarke", "the finished"),
    ("wonders", "She", "Ingrid Salomonsen-Achebe", "whether"),
]

ARTICLES["gardener"] = """A garden on the edge of the cliff

Perched above the Atlantic at Porthgwarra, Lowenna Treloar-Fisk's garden should not exist. The salt should have killed it years ago.

"Everybody told me I was mad," says Treloar-Fisk, who bought the cottage in 1998 with money left by an aunt. "They were right, but it worked anyway."

The garden falls in terraces to a wall of granite boulders. Aeoniums grow in the cracks of the old pigsty.

Her sister, Demelza, who lives in the village, helped carry the first tonne of topsoil up from the lane. "We did it in wheelbarrows, in the rain, for a fortnight," Demelza recalls.

Treloar-Fisk says the secret is shelter, not soil. She planted a hedge of escallonia before she planted anything else.

She still keeps a diary of every frost. "January 3rd: minus two, lost the echiums again," reads one entry.

She believes that gardens like hers will become more common as winters warm.

Visitors are welcome on the first Sunday of every month.
"""
GOLD["gardener"] = [
    ("says", "Treloar-Fisk, who bought the cottage in 1998 with money left by an aunt", "Everybody told me I was mad"),
    ("recalls", "Demelza", "We did it in wheelbarrows, in the rain, for a fortnight"),
    ("says", "Treloar-Fisk", "the secret is shelter, not soil"),
    ("reads", "one entry", "January 3rd: minus two, lost the echiums again"),
    ("believes", "She", "gardens like hers will become more common as winters warm"),
]
NOT_REPORTS["gardener"] = [
    "The salt should have killed it years ago.",
    "The garden falls in terraces to a wall of granite boulders.",
    "Aeoniums grow in the cracks of the old pigsty.",
    "She planted a hedge of escallonia before she planted anything else.",
    "She still keeps a diary of every frost.",
    "Visitors are welcome on the first Sunday of every month.",
]
SPEAKERS["gardener"] = [("believes", "She", "Lowenna Treloar-Fisk", "gardens")]

ARTICLES["surgeon"] = """The surgeon who listens

Mr Oyelaran Batchelor-Wynn has separated nine pairs of conjoined twins. He still, he says, cannot sleep the night before.

His office at the children's hospital has one window and a great many drawings by children.

He realised early in his training that the hardest part of the job happened outside the theatre.

"The operation is the easy bit. The conversation with the parents is the hard bit," he says.

One mother, Aisling Roe, whose daughters were separated in 2017, says he sat with her family for three hours the night before. "He drew the whole thing for us on a napkin," she says.

He knew then, he says, that he would never be a surgeon who hurried.

Dr Priya Nandakumar, who has assisted him for a decade, says he once delayed an operation by a week to wait for a single blood test.

He retires next year.
"""
GOLD["surgeon"] = [
    ("says", "he", "He still"),
    ("realised", "He", "the hardest part of the job happened outside the theatre"),
    ("says", "he", "The operation is the easy bit. The conversation with the parents is the hard bit"),
    ("says", "One mother, Aisling Roe, whose daughters were separated in 2017", "he sat with her family for three hours the night before"),
    ("says", "she", "He drew the whole thing for us on a napkin"),
    ("say", "he", "He knew then"),
    ("says", "Dr Priya Nandakumar, who has assisted him for a decade", "he once delayed an operation by a week to wait for a single blood test"),
]
NOT_REPORTS["surgeon"] = [
    "The surgeon who listens",
    "His office at the children's hospital has one window and a great many drawings by children.",
    "He retires next year.",
]
SPEAKERS["surgeon"] = [
    ("realised", "He", "Oyelaran Batchelor-Wynn", "the hardest"),
    ("says", "she", "Aisling Roe", "He drew"),
]

ARTICLES["violinist"] = """Still playing the Palm Court

At 86, the violinist Hedwig Marchetti-Oduya still plays three afternoons a week in the Palm Court of the Grand Hotel in Eastbourne.

Her teacher in Trieste used to tell her that a violin should sound like someone thinking aloud.

"He said it to me every lesson for six years. I thought he was a silly old man. He was right," she says.

In her words, the Palm Court is "the last room in England where people still listen to a waltz".

The hotel's manager, Giles Penhaligon, says bookings for afternoon tea double on the days she plays.

She arrives by taxi at two. The violin case is covered in stickers from the 1960s.

Her late husband, a cellist, once told a reporter that she practised even on their wedding day.

She laughs at that. "Only scales," she says. "Scales do not count."

The tea dances continue on Tuesdays, Thursdays and Sundays.
"""
GOLD["violinist"] = [
    ("tell", "Her teacher in Trieste", "a violin should sound like someone thinking aloud"),
    ("says", "she", "He said it to me every lesson for six years. I thought he was a silly old man. He was right"),
    ("words", "her", 'the Palm Court is "the last room in England where people still listen to a waltz"'),
    ("says", "The hotel's manager, Giles Penhaligon", "bookings for afternoon tea double on the days she plays"),
    ("told", "Her late husband, a cellist", "she practised even on their wedding day"),
    ("says", "she", "Only scales"),
]
NOT_REPORTS["violinist"] = [
    "Still playing the Palm Court",
    "At 86, the violinist Hedwig Marchetti-Oduya still plays three afternoons a week in the Palm Court of the Grand Hotel in Eastbourne.",
    "She arrives by taxi at two.",
    "The violin case is covered in stickers from the 1960s.",
    "She laughs at that.",
    "The tea dances continue on Tuesdays, Thursdays and Sundays.",
]
SPEAKERS["violinist"] = [
    ("says", "she", "Hedwig Marchetti-Oduya", "He said it"),
    ("says", "she", "Hedwig Marchetti-Oduya", "Only scales"),
]

ARTICLES["river_warden"] = """What the river keeps

I first met Tobias Ekwueme-Strand in 2015, on a towpath near Bath, where he was pulling a shopping trolley out of the canal.

I have thought about that afternoon often since.

He is a river warden, which is a job I did not know existed until I met him.

"People throw the strangest things in," he tells me. "I once found a wedding dress, still in its bag."

It is tempting to see him as a kind of priest of the water. He would hate that.

His partner, Mireille, says he comes home smelling of weed and diesel every night. "I have stopped complaining. It is his perfume now," she says.

He says the canal is cleaner than it was ten years ago, but only just.

I suspect he is being modest.

The trust that runs the canal has 2,000 miles of waterway to look after.
"""
GOLD["river_warden"] = [
    ("tells", "he", "People throw the strangest things in"),
    ("says", "His partner, Mireille", "he comes home smelling of weed and diesel every night"),
    ("says", "she", "I have stopped complaining. It is his perfume now"),
    ("says", "He", "the canal is cleaner than it was ten years ago, but only just"),
    ("suspect", "I", "he is being modest"),
]
NOT_REPORTS["river_warden"] = [
    "I first met Tobias Ekwueme-Strand in 2015, on a towpath near Bath, where he was pulling a shopping trolley out of the canal.",
    "I have thought about that afternoon often since.",
    "He is a river warden, which is a job I did not know existed until I met him.",
    "It is tempting to see him as a kind of priest of the water.",
    "He would hate that.",
    "The trust that runs the canal has 2,000 miles of waterway to look after.",
]
SPEAKERS["river_warden"] = [
    ("tells", "he", "Tobias Ekwueme-Strand", "People throw"),
    ("says", "He", "Tobias Ekwueme-Strand", "the canal"),
]

ARTICLES["mapmaker"] = """The mapmaker of lost villages

Rhiannon Gwalchmai-Price has spent two decades drawing the villages drowned by Welsh reservoirs. She tells Owain Maddox what the water took.

Her studio is a former chapel in Bala. The maps cover the pews.

"Every map is a kind of argument with the water," she says.

Her grandfather, Emrys, was nine when his village was flooded. She remembers him saying that he could still hear the chapel bell on windy nights.

She asked him once whether he hated the English. He told her that he hated nobody, only the silence.

The historian Dafydd Ellis-Harte says her maps are more accurate than any in the national archive.

She shrugs. "I had the better source. I had Taid," she says.

The exhibition "Under the Lake" runs at the library in Aberystwyth until March.
"""
GOLD["mapmaker"] = [
    ("tells", "She", "what the water took"),
    ("says", "she", "Every map is a kind of argument with the water"),
    ("remembers", "She", "him saying that he could still hear the chapel bell on windy nights"),
    ("asked", "She", "whether he hated the English"),
    ("told", "He", "he hated nobody, only the silence"),
    ("says", "The historian Dafydd Ellis-Harte", "her maps are more accurate than any in the national archive"),
    ("says", "she", "I had the better source. I had Taid"),
]
NOT_REPORTS["mapmaker"] = [
    "The mapmaker of lost villages",
    "Her studio is a former chapel in Bala.",
    "The maps cover the pews.",
    "Her grandfather, Emrys, was nine when his village was flooded.",
    "She shrugs.",
    'The exhibition "Under the Lake" runs at the library in Aberystwyth until March.',
]
SPEAKERS["mapmaker"] = [("says", "she", "Rhiannon Gwalchmai-Price", "I had")]

ARTICLES["farmer"] = """Harvest of a lifetime

Seamus Kettle has farmed the same forty acres in County Laois for sixty-two years. This autumn he is bringing in his last harvest.

The combine is hired. His own machine died in 2011, and he never replaced it.

He says farming has changed more in the past ten years than in the fifty before.

"When I started, you knew every man who bought your barley. Now it is a screen," he says.

His neighbour, Bridget Fennelly, has bought the land. She says she will keep it in barley for as long as he is alive to see it.

"He would haunt me otherwise," Fennelly says.

His son, Cathal, who works in Dublin as an engineer, says he never wanted the farm. "Dad knew that from when I was twelve," Cathal says.

He takes this well, he insists. He says the land should go to someone who loves it.

He will keep the house and one field for the donkeys.

On the last evening, the dust hangs over the stubble like smoke.
"""
GOLD["farmer"] = [
    ("says", "He", "farming has changed more in the past ten years than in the fifty before"),
    ("says", "he", "When I started, you knew every man who bought your barley. Now it is a screen"),
    ("says", "She", "she will keep it in barley for as long as he is alive to see it"),
    ("says", "Fennelly", "He would haunt me otherwise"),
    ("says", "His son, Cathal, who works in Dublin as an engineer", "he never wanted the farm"),
    ("says", "Cathal", "Dad knew that from when I was twelve"),
    ("insists", "he", "He takes this well"),
    ("says", "He", "the land should go to someone who loves it"),
]
NOT_REPORTS["farmer"] = [
    "This autumn he is bringing in his last harvest.",
    "The combine is hired.",
    "His own machine died in 2011, and he never replaced it.",
    "He will keep the house and one field for the donkeys.",
    "On the last evening, the dust hangs over the stubble like smoke.",
]
SPEAKERS["farmer"] = [
    ("says", "She", "Bridget Fennelly", "she will"),
    ("insists", "he", "Seamus Kettle", "He takes"),
    ("says", "He", "Seamus Kettle", "the land"),
]

ARTICLES["ballerina"] = """Dancing on a broken foot

The ballerina Anouk Vasquez-Lindqvist danced the whole of the second act of "Giselle" on a fractured metatarsal. She was twenty-two.

She heard the bone go during a leap in the first act. She knew then that something had snapped, but the curtain was already rising.

Her partner that night, Matteo Ruggeri, says he felt her weight shift in the lifts. "I whispered to her: stop, stop. She shook her head," he says.

She wondered whether the company would ever cast her again if she walked off.

"Dancers are terrified of being replaceable. We are replaceable," she says now.

She spent four months in a cast and a year in physiotherapy.

Today she teaches at a small school in Malmo. The studio has a sloping floor and a piano with two missing keys.

Most of her students, she admits, do not listen to their bodies.
"""
GOLD["ballerina"] = [
    ("knew", "She", "something had snapped"),
    ("says", "Her partner that night, Matteo Ruggeri", "he felt her weight shift in the lifts"),
    ("says", "he", "I whispered to her: stop, stop. She shook her head"),
    ("wondered", "She", "whether the company would ever cast her again if she walked off"),
    ("says", "she", "Dancers are terrified of being replaceable. We are replaceable"),
    ("admits", "she", "Most of her students"),
]
NOT_REPORTS["ballerina"] = [
    "Dancing on a broken foot",
    'The ballerina Anouk Vasquez-Lindqvist danced the whole of the second act of "Giselle" on a fractured metatarsal.',
    "She was twenty-two.",
    "She heard the bone go during a leap in the first act.",
    "She spent four months in a cast and a year in physiotherapy.",
    "Today she teaches at a small school in Malmo.",
    "The studio has a sloping floor and a piano with two missing keys.",
]
SPEAKERS["ballerina"] = [
    ("wondered", "She", "Anouk Vasquez-Lindqvist", "whether"),
    ("says", "she", "Anouk Vasquez-Lindqvist", "Dancers"),
]

ARTICLES["architect"] = """The man who built in mud

The architect Kofi Brandauer-Osei builds schools out of earth, and has done for twenty years.

His first school, in the north of Ghana, was built in 2003 by the parents of its pupils.

"We had no money, so we had mud and we had people. That turned out to be enough," he says.

As he puts it, a building should be "a conversation with the weather, not a fight with it".

In 2005 a government engineer wrote to the district that the walls would not survive a single rainy season.

Brandauer-Osei framed the letter. It hangs in his office in Berlin, next to a photograph of the school after its twentieth rainy season.

His former professor, Ulrike Damaschke, says he was the most stubborn student she ever taught. "He argued with me about clay for three years. He won," she says.

He now has offices in Berlin and Bolgatanga, and forty staff.

The school still has no glass in its windows.
"""
GOLD["architect"] = [
    ("says", "he", "We had no money, so we had mud and we had people. That turned out to be enough"),
    ("puts", "he", 'a building should be "a conversation with the weather, not a fight with it"'),
    ("wrote", "a government engineer", "the walls would not survive a single rainy season"),
    ("says", "His former professor, Ulrike Damaschke", "he was the most stubborn student she ever taught"),
    ("says", "she", "He argued with me about clay for three years. He won"),
]
NOT_REPORTS["architect"] = [
    "The man who built in mud",
    "The architect Kofi Brandauer-Osei builds schools out of earth, and has done for twenty years.",
    "His first school, in the north of Ghana, was built in 2003 by the parents of its pupils.",
    "Brandauer-Osei framed the letter.",
    "He now has offices in Berlin and Bolgatanga, and forty staff.",
    "The school still has no glass in its windows.",
]
SPEAKERS["architect"] = [
    ("says", "he", "Kofi Brandauer-Osei", "We had"),
    ("says", "she", "Ulrike Damaschke", "He argued"),
]

ARTICLES["comedian"] = """Funny, until it wasn't

On stage, Priyanka Dasgupta-Moore is merciless. Off it, she apologises to the waiter twice before she has ordered.

When I meet her in a pub in Stockport, she says she has been sober for four years. "Comedy and drink go together like petrol and matches," she says.

Her act used to be about her family.

"I told her: Mum, it is affection. She said: then be less affectionate," Dasgupta-Moore says.

Her agent, Lorcan Beatty, says the new show is the best thing she has written.

I ask whether the sobriety has made her less funny. She says she worried about that for a year.

The new show, "Tea Total", sold out its Edinburgh run in a day.

She orders a lime and soda, and then apologises for it.
"""
GOLD["comedian"] = [
    ("says", "she", "she has been sober for four years"),
    ("says", "she", "Comedy and drink go together like petrol and matches"),
    ("says", "Dasgupta-Moore", "I told her: Mum, it is affection. She said: then be less affectionate"),
    ("says", "Her agent, Lorcan Beatty", "the new show is the best thing she has written"),
    ("ask", "I", "whether the sobriety has made her less funny"),
    ("says", "She", "she worried about that for a year"),
]
NOT_REPORTS["comedian"] = [
    "On stage, Priyanka Dasgupta-Moore is merciless.",
    "Her act used to be about her family.",
    'The new show, "Tea Total", sold out its Edinburgh run in a day.',
    "She orders a lime and soda, and then apologises for it.",
]
SPEAKERS["comedian"] = [
    ("says", "she", "Priyanka Dasgupta-Moore", "Comedy"),
    ("says", "She", "Priyanka Dasgupta-Moore", "she worried"),
]

ARTICLES["swifts"] = """Counting the swifts

For forty summers, the ornithologist Bartholomew Nkemelu-Forde has counted the swifts that nest in the tower of St Botolph's church.

He climbs the tower at dawn with a notebook and a flask of tea. The stairs are narrow and smell of bats.

He recalls that there were ninety-one nests in his first year. Last summer there were eleven.

"I am not counting birds any more. I am counting a loss," he says.

His notebooks fill two shelves in the vestry. An entry from June 1987 reads: "Screaming parties over the market square until ten."

The vicar, the Rev. Sunniva Holt, says the parish has fitted forty nest boxes under the eaves.

"He is our conscience, really," she says. "Every spring he tells us how many are back, and we all hold our breath."

He insists he is not a pessimist.
"""
GOLD["swifts"] = [
    ("recalls", "He", "there were ninety-one nests in his first year"),
    ("says", "he", "I am not counting birds any more. I am counting a loss"),
    ("reads", "An entry from June 1987", "Screaming parties over the market square until ten"),
    ("says", "The vicar, the Rev. Sunniva Holt", "the parish has fitted forty nest boxes under the eaves"),
    ("says", "she", "He is our conscience, really"),
    ("insists", "He", "he is not a pessimist"),
]
NOT_REPORTS["swifts"] = [
    "Counting the swifts",
    "He climbs the tower at dawn with a notebook and a flask of tea.",
    "The stairs are narrow and smell of bats.",
    "Last summer there were eleven.",
    "His notebooks fill two shelves in the vestry.",
]
SPEAKERS["swifts"] = [
    ("says", "he", "Bartholomew Nkemelu-Forde", "I am not"),
    ("says", "she", "Sunniva Holt", "He is our"),
    ("insists", "He", "Bartholomew Nkemelu-Forde", "he is not"),
]

ARTICLES["skipper"] = """Captain of the last paddle steamer

Mairead Kilbride-Osei is the only woman to have skippered the Glen Corrie, the last sea-going paddle steamer on the Clyde.

The engine room is hot, loud and spotless. The pistons are taller than a man.

"The fire started in the galley, not the engine room, whatever the papers said," she says. "We had it out in four minutes.

"Nobody panicked. The passengers thought it was part of the show, and I let them think it."

Her chief engineer, Dougie Lennox, has sailed with her for fifteen years. He says she has never once raised her voice on the bridge.

She learned to sail from her father, who told her that the sea forgives nothing and forgets everything.

She admits that she cried when she first took the wheel.

The Glen Corrie sails from Glasgow every summer weekend until September.
"""
GOLD["skipper"] = [
    ("says", "she", "The fire started in the galley, not the engine room, whatever the papers said"),
    ("says", "He", "she has never once raised her voice on the bridge"),
    ("told", "who", "the sea forgives nothing and forgets everything"),
    ("admits", "She", "she cried when she first took the wheel"),
]
NOT_REPORTS["skipper"] = [
    "Captain of the last paddle steamer",
    "The engine room is hot, loud and spotless.",
    "The pistons are taller than a man.",
    "Her chief engineer, Dougie Lennox, has sailed with her for fifteen years.",
    "The Glen Corrie sails from Glasgow every summer weekend until September.",
]
SPEAKERS["skipper"] = [
    ("says", "He", "Dougie Lennox", "she has never"),
    ("admits", "She", "Mairead Kilbride-Osei", "she cried"),
]
