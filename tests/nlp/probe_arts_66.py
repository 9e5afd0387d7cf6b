# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second pass's check of arts, film and music business news (helper C): box
office weekends ('the studio said the film took', 'according to box office tracker X'), streaming deals, festival
line-ups and cancellations ('the festival announced', 'fans complained'), museum funding and restitution ('the museum
said it would return', 'the curator said'), record label disputes ('the label alleged in court filings'), award shows
('the academy defended', 'critics called it'), stars and their people ('the singer wrote on Instagram', 'her
representative confirmed', 'in an interview with X magazine, he said', 'the director told reporters on the red
carpet') and speakers named again by pronoun or role ('She', 'He', 'The actor', 'The curator', 'The president').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (titles of songs, films, albums and shows with verbs or quotations in
them, plot summaries and characters speaking in a story, chart positions, running times, release dates, prices and
ticket sales stated by the writer, the writer's own star ratings, captions); (cue, source, speaker, the content's
first words) in ``SPEAKERS``. The first thirty-four were written before any mend, the next four and the last after
the first mends, to probe them. Every name, studio, label, museum, work, figure and sentence is made up. Read by
``test_probe_findings_66_arts``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["opening_weekend"] = """Lighthouse thriller tops weekend box office

Falconridge Pictures said the film took $41.3 million in its opening weekend in North America.

According to box office tracker Marquee Data, the film's audience was 58% female.

In the film, a lighthouse keeper hears his dead brother calling to him from the rocks.

Last weekend's leader, the animated comedy "Pip Says Hello", fell to second place with $18 million.

The studio's head of distribution, Carla Menditto, said the result showed that audiences still wanted original horror.

"The Keeper's Night" runs 112 minutes and is rated R.

She said the film would open in 40 more countries on Friday.
"""
GOLD["opening_weekend"] = [
    ("said", "Falconridge Pictures", "the film took $41.3 million in its opening weekend in North America"),
    ("According to", "box office tracker Marquee Data", "the film's audience was 58% female"),
    ("said", "The studio's head of distribution, Carla Menditto", "the result showed that audiences still wanted original horror"),
    ("said", "She", "the film would open in 40 more countries on Friday"),
]
NOT_REPORTS["opening_weekend"] = [
    "In the film, a lighthouse keeper hears his dead brother calling to him from the rocks.",
    'Last weekend\'s leader, the animated comedy "Pip Says Hello", fell to second place with $18 million.',
    '"The Keeper\'s Night" runs 112 minutes and is rated R.',
]
SPEAKERS["opening_weekend"] = [("said", "She", "Carla Menditto", "the film")]

ARTICLES["streaming_rights"] = """Streamer wins rights to festival hit

Lumenbox has paid $22 million for worldwide rights to "Salt in the Orchard", the company announced on Tuesday.

The drama premiered at the Harrowgate Film Festival in January.

People familiar with the talks said two other streamers had bid more than $15 million.

The film's director, Tomasz Welk, told reporters on the red carpet that he had wanted the film to be seen in cinemas first.

It will be available to subscribers from 14 March.

The director said he had been persuaded by the size of the audience.
"""
GOLD["streaming_rights"] = [
    ("announced", "the company", 'Lumenbox has paid $22 million for worldwide rights to "Salt in the Orchard"'),
    ("said", "People familiar with the talks", "two other streamers had bid more than $15 million"),
    ("told", "The film's director, Tomasz Welk", "he had wanted the film to be seen in cinemas first"),
    ("said", "The director", "he had been persuaded by the size of the audience"),
]
NOT_REPORTS["streaming_rights"] = [
    "The drama premiered at the Harrowgate Film Festival in January.",
    "It will be available to subscribers from 14 March.",
]
SPEAKERS["streaming_rights"] = [("said", "The director", "Tomasz Welk", "he had been")]

ARTICLES["festival_off"] = """Harbour Sound festival cancelled days before gates open

The organisers of Harbour Sound announced on Monday that this year's event would not go ahead because of poor ticket sales.

The three-day festival was due to start on Friday in Quayport, with the band Velvet Ashes headlining.

Fans complained on social media that refunds would take up to 30 days.

Ticket holders will be refunded automatically.

The festival's director, Owen Bracegirdle, said the decision was "heartbreaking".

He blamed rising costs for staging, security and insurance.
"""
GOLD["festival_off"] = [
    ("announced", "The organisers of Harbour Sound", "this year's event would not go ahead because of poor ticket sales"),
    ("complained", "Fans", "refunds would take up to 30 days"),
    ("said", "The festival's director, Owen Bracegirdle", 'the decision was "heartbreaking"'),
    ("blamed", "He", "rising costs for staging, security and insurance"),
]
NOT_REPORTS["festival_off"] = [
    "The three-day festival was due to start on Friday in Quayport, with the band Velvet Ashes headlining.",
    "Ticket holders will be refunded automatically.",
]
SPEAKERS["festival_off"] = [("blamed", "He", "Owen Bracegirdle", "rising")]

ARTICLES["summer_lineup"] = """Marlow Fields reveals its summer line-up

The festival announced that the singer Ivy Calder would headline on the Saturday night.

Weekend tickets cost £245 and go on sale at 9am on Friday.

Calder's single "Tell Them I Said No" spent six weeks at number one last year.

The rock band Paper Harbour will close the festival on Sunday with a set from their 1998 album "We Were Warned".

Its booker, Jemima Tran, said the festival had tried to book more women than ever before.

Tran said half of the acts on the main stage were led by women.
"""
GOLD["summer_lineup"] = [
    ("announced", "The festival", "the singer Ivy Calder would headline on the Saturday night"),
    ("said", "Its booker, Jemima Tran", "the festival had tried to book more women than ever before"),
    ("said", "Tran", "half of the acts on the main stage were led by women"),
]
NOT_REPORTS["summer_lineup"] = [
    "Weekend tickets cost £245 and go on sale at 9am on Friday.",
    'Calder\'s single "Tell Them I Said No" spent six weeks at number one last year.',
    'The rock band Paper Harbour will close the festival on Sunday with a set from their 1998 album "We Were Warned".',
]
SPEAKERS["summer_lineup"] = [("said", "Tran", "Jemima Tran", "half")]

ARTICLES["masks_return"] = """Museum to return carved masks to Kelvara

The Ashcombe Museum said it would return eleven carved masks taken from Kelvara in 1897.

The masks have been on display in the museum's west gallery since 1931.

The museum's senior curator, Abel Mendes, said the masks would be handed over at a ceremony in May.

Kelvara's culture minister, Nomsa Adeyemi, welcomed the decision.

Pictured: one of the masks, carved from ebony in the 18th century.

The curator said two of the masks were too fragile to travel by air.
"""
GOLD["masks_return"] = [
    ("said", "The Ashcombe Museum", "it would return eleven carved masks taken from Kelvara in 1897"),
    ("said", "The museum's senior curator, Abel Mendes", "the masks would be handed over at a ceremony in May"),
    ("welcomed", "Kelvara's culture minister, Nomsa Adeyemi", "the decision"),
    ("said", "The curator", "two of the masks were too fragile to travel by air"),
]
NOT_REPORTS["masks_return"] = [
    "The masks have been on display in the museum's west gallery since 1931.",
    "Pictured: one of the masks, carved from ebony in the 18th century.",
]
SPEAKERS["masks_return"] = [("said", "The curator", "Abel Mendes", "two")]

ARTICLES["gallery_grants"] = """Regional galleries lose state funding

The Arts Council of Wessland said it would cut grants to 14 galleries from April.

The Dunmore Gallery received £1.2 million last year.

Gallery directors warned that some venues could close within a year.

The gallery opens from 10am to 5pm, Tuesday to Sunday.

The council's chair, Dame Rosalind Pike, said the decision had been the hardest of her tenure.

She said the council had lost a fifth of its own budget since 2020.
"""
GOLD["gallery_grants"] = [
    ("said", "The Arts Council of Wessland", "it would cut grants to 14 galleries from April"),
    ("warned", "Gallery directors", "some venues could close within a year"),
    ("said", "The council's chair, Dame Rosalind Pike", "the decision had been the hardest of her tenure"),
    ("said", "She", "the council had lost a fifth of its own budget since 2020"),
]
NOT_REPORTS["gallery_grants"] = [
    "The Dunmore Gallery received £1.2 million last year.",
    "The gallery opens from 10am to 5pm, Tuesday to Sunday.",
]
SPEAKERS["gallery_grants"] = [("said", "She", "Rosalind Pike", "the council")]

ARTICLES["royalty_suit"] = """Singer and former label trade claims in royalties case

In court filings, the label alleged that Marisol Quayle had broken her contract by recording for a rival company.

Her 2019 album "Nobody Asked Me" sold more than two million copies.

Quayle's lawyer, Desmond Achebe, said the claim was "absurd".

The case will be heard in the Central District court in September.

Her representative confirmed that Quayle had recorded new songs.
"""
GOLD["royalty_suit"] = [
    ("alleged", "the label", "Marisol Quayle had broken her contract by recording for a rival company"),
    ("said", "Quayle's lawyer, Desmond Achebe", 'the claim was "absurd"'),
    ("confirmed", "Her representative", "Quayle had recorded new songs"),
]
NOT_REPORTS["royalty_suit"] = [
    'Her 2019 album "Nobody Asked Me" sold more than two million copies.',
    "The case will be heard in the Central District court in September.",
]

ARTICLES["tour_cancelled"] = """Rapper cancels European tour, citing exhaustion

The rapper Kofi Brenn wrote on Instagram that he needed time to recover after two years on the road.

The 21-date tour was due to begin in Lisbon on 3 April.

His third album, "Say It Twice", entered the charts at number three in February.

His promoter, Northgate Live, said tickets would be refunded at the point of purchase.

"I'm sorry to everyone who bought a ticket," he wrote.

Kofi Brenn performing in Berlin in 2023.
"""
GOLD["tour_cancelled"] = [
    ("wrote", "The rapper Kofi Brenn", "he needed time to recover after two years on the road"),
    ("said", "His promoter, Northgate Live", "tickets would be refunded at the point of purchase"),
    ("wrote", "he", "I'm sorry to everyone who bought a ticket"),
]
NOT_REPORTS["tour_cancelled"] = [
    "The 21-date tour was due to begin in Lisbon on 3 April.",
    'His third album, "Say It Twice", entered the charts at number three in February.',
    "Kofi Brenn performing in Berlin in 2023.",
]
SPEAKERS["tour_cancelled"] = [("wrote", "he", "Kofi Brenn", "I'm sorry")]

ARTICLES["shortlist_row"] = """Film academy defends shortlist after criticism

The Vellan Film Academy defended its shortlist for best picture on Wednesday.

The ceremony will be held at the Corinth Hall on 9 March and broadcast live.

Critics called the list "timid" and "predictable".

The academy's president, Rana Delacroix, told the trade paper Screen Ledger that members had voted freely.

Ten films are on the shortlist, three of them by women.

The president said the rules would be reviewed after the ceremony.
"""
GOLD["shortlist_row"] = [
    ("defended", "The Vellan Film Academy", "its shortlist for best picture"),
    ("called", "Critics", 'the list "timid" and "predictable"'),
    ("told", "The academy's president, Rana Delacroix", "members had voted freely"),
    ("said", "The president", "the rules would be reviewed after the ceremony"),
]
NOT_REPORTS["shortlist_row"] = [
    "The ceremony will be held at the Corinth Hall on 9 March and broadcast live.",
    "Ten films are on the shortlist, three of them by women.",
]
SPEAKERS["shortlist_row"] = [("said", "The president", "Rana Delacroix", "the rules")]

ARTICLES["magazine_interview"] = """Actor says he turned down superhero role

In an interview with Cinephile magazine, the actor Jonah Falk said he had turned down the part because of the filming schedule.

Falk, 46, has appeared in more than 30 films.

The actor said he had no regrets.

In his new film, "Ashes at Dawn", he plays a firefighter who tells his wife he is leaving.

"Ashes at Dawn" is released on 22 November.

His co-star, Delia Ortez, described him as "the most generous actor I have worked with".
"""
GOLD["magazine_interview"] = [
    ("said", "the actor Jonah Falk", "he had turned down the part because of the filming schedule"),
    ("said", "The actor", "he had no regrets"),
    ("described", "His co-star, Delia Ortez", "the most generous actor I have worked with"),
]
NOT_REPORTS["magazine_interview"] = [
    "Falk, 46, has appeared in more than 30 films.",
    'In his new film, "Ashes at Dawn", he plays a firefighter who tells his wife he is leaving.',
    '"Ashes at Dawn" is released on 22 November.',
]
SPEAKERS["magazine_interview"] = [("said", "The actor", "Jonah Falk", "he had no")]

ARTICLES["awards_ratings"] = """Award show audience falls to record low

The broadcast of the Golden Lyre awards drew 4.1 million viewers, according to ratings firm Audimetrix.

The ceremony ran for three hours and 40 minutes.

Best album went to "Let the River Speak" by Anja Holt.

The network, CTV One, said the figures did not include viewers who watched online.

Viewers complained that the show was too long.
"""
GOLD["awards_ratings"] = [
    ("according to", "ratings firm Audimetrix", "The broadcast of the Golden Lyre awards drew 4.1 million viewers"),
    ("said", "The network, CTV One", "the figures did not include viewers who watched online"),
    ("complained", "Viewers", "the show was too long"),
]
NOT_REPORTS["awards_ratings"] = [
    "The ceremony ran for three hours and 40 minutes.",
    'Best album went to "Let the River Speak" by Anja Holt.',
]

ARTICLES["opera_verdicts"] = """Critics split over Pellow's new opera

The Daily Courant's critic, Ines Farrow, called the production "a triumph of nerve".

Writing in the Northern Review, Paul Ekwueme said the second act dragged.

We give it three stars out of five.

The opera runs until 30 June at the Teatro Vallone.

It lasts two hours and 50 minutes, including one interval.

Rating: 3/5
"""
GOLD["opera_verdicts"] = [
    ("called", "The Daily Courant's critic, Ines Farrow", 'the production "a triumph of nerve"'),
    ("said", "Paul Ekwueme", "the second act dragged"),
]
NOT_REPORTS["opera_verdicts"] = [
    "We give it three stars out of five.",
    "The opera runs until 30 June at the Teatro Vallone.",
    "It lasts two hours and 50 minutes, including one interval.",
    "Rating: 3/5",
]

ARTICLES["vinyl_sales"] = """Vinyl sales hit 30-year high

Vinyl sales rose 18% last year, the Recorded Music Association said.

The best-selling vinyl album was Harbour Lights' "Come Back Slowly".

It sold 212,000 copies.

The association's chief executive, Gemma Royle, said younger buyers were driving the growth.

Record shop owners say they cannot keep popular titles in stock.

Streaming still accounts for 84% of music revenue.
"""
GOLD["vinyl_sales"] = [
    ("said", "the Recorded Music Association", "Vinyl sales rose 18% last year"),
    ("said", "The association's chief executive, Gemma Royle", "younger buyers were driving the growth"),
    ("say", "Record shop owners", "they cannot keep popular titles in stock"),
]
NOT_REPORTS["vinyl_sales"] = [
    'The best-selling vinyl album was Harbour Lights\' "Come Back Slowly".',
    "It sold 212,000 copies.",
    "Streaming still accounts for 84% of music revenue.",
]

ARTICLES["painting_claim"] = """Heirs demand return of painting sold in 1938

The heirs of the collector Leopold Harsanyi say a painting in the Verity Collection was sold under duress in 1938.

The painting, "Woman Reading a Letter", hangs in the collection's main hall.

The collection said it had bought the painting in good faith in 1962.

A lawyer for the heirs, Miriam Stoll, said the family would take the case to the national restitution panel.

The panel has ruled on 23 claims since 2001.

Stoll said the heirs did not want money.
"""
GOLD["painting_claim"] = [
    ("say", "The heirs of the collector Leopold Harsanyi", "a painting in the Verity Collection was sold under duress in 1938"),
    ("said", "The collection", "it had bought the painting in good faith in 1962"),
    ("said", "A lawyer for the heirs, Miriam Stoll", "the family would take the case to the national restitution panel"),
    ("said", "Stoll", "the heirs did not want money"),
]
NOT_REPORTS["painting_claim"] = [
    'The painting, "Woman Reading a Letter", hangs in the collection\'s main hall.',
    "The panel has ruled on 23 claims since 2001.",
]
SPEAKERS["painting_claim"] = [("said", "Stoll", "Miriam Stoll", "the heirs")]

ARTICLES["weavers_show"] = """Gallery opens show of forgotten weavers

The gallery's senior curator, Priya Halden, said the show had taken six years to assemble.

The exhibition, "Threads That Speak", runs until 12 January.

Admission is £14, or free for under-18s.

The curator said many of the weavers had never been named in a museum before.

Above: a wall hanging from the 1920s, on loan from a private collection.

Visitors at the preview told the Gazette that the show was overdue.
"""
GOLD["weavers_show"] = [
    ("said", "The gallery's senior curator, Priya Halden", "the show had taken six years to assemble"),
    ("said", "The curator", "many of the weavers had never been named in a museum before"),
    ("told", "Visitors at the preview", "the show was overdue"),
]
NOT_REPORTS["weavers_show"] = [
    'The exhibition, "Threads That Speak", runs until 12 January.',
    "Admission is £14, or free for under-18s.",
    "Above: a wall hanging from the 1920s, on loan from a private collection.",
]
SPEAKERS["weavers_show"] = [("said", "The curator", "Priya Halden", "many")]

ARTICLES["studio_cuts"] = """Animation studio cuts 200 jobs

Brightwater Animation will cut 200 jobs, the studio confirmed on Thursday.

The studio made the hit "Where the Foxes Sing" in 2018.

The animators' union said the cuts were "a betrayal".

A spokesperson for the studio said the company was moving some work to its Montreal office.

Brightwater employs about 1,100 people in three countries.
"""
GOLD["studio_cuts"] = [
    ("confirmed", "the studio", "Brightwater Animation will cut 200 jobs"),
    ("said", "The animators' union", 'the cuts were "a betrayal"'),
    ("said", "A spokesperson for the studio", "the company was moving some work to its Montreal office"),
]
NOT_REPORTS["studio_cuts"] = [
    'The studio made the hit "Where the Foxes Sing" in 2018.',
    "Brightwater employs about 1,100 people in three countries.",
]

ARTICLES["finale_record"] = """Final season of "Crown of Dust" breaks streaming record

The finale was watched by 19 million households in its first three days, the streamer Orbis said.

In the last episode, Queen Maelis tells her son that the kingdom is lost.

"You were never meant to rule," she says to him before riding into the storm.

Fans complained that the ending was rushed.

The show's creator, Lionel Mbeki, told the magazine Screenfold that he had planned the ending from the start.

Each episode runs about 70 minutes.
"""
GOLD["finale_record"] = [
    ("said", "the streamer Orbis", "The finale was watched by 19 million households in its first three days"),
    ("complained", "Fans", "the ending was rushed"),
    ("told", "The show's creator, Lionel Mbeki", "he had planned the ending from the start"),
]
NOT_REPORTS["finale_record"] = [
    "In the last episode, Queen Maelis tells her son that the kingdom is lost.",
    '"You were never meant to rule," she says to him before riding into the storm.',
    "Each episode runs about 70 minutes.",
]

ARTICLES["reunion_prices"] = """Fans angry over surge prices for Cinder Road reunion tour

Fans said they had paid more than £300 for standing tickets.

Standing tickets were first listed at £89.

Ticket seller Stagepass said prices were set by the promoter.

The consumer group Fair Ticket called the pricing "a scandal".

The tour opens at Carrow Arena on 4 June.

The band's guitarist, Rob Ellery, wrote on Instagram that the band had not known about the prices.

He said the band would ask the promoter to cap them.
"""
GOLD["reunion_prices"] = [
    ("said", "Fans", "they had paid more than £300 for standing tickets"),
    ("said", "Ticket seller Stagepass", "prices were set by the promoter"),
    ("called", "The consumer group Fair Ticket", 'the pricing "a scandal"'),
    ("wrote", "The band's guitarist, Rob Ellery", "the band had not known about the prices"),
    ("said", "He", "the band would ask the promoter to cap them"),
]
NOT_REPORTS["reunion_prices"] = [
    "Standing tickets were first listed at £89.",
    "The tour opens at Carrow Arena on 4 June.",
]
SPEAKERS["reunion_prices"] = [("said", "He", "Rob Ellery", "the band")]

ARTICLES["jury_quits"] = """Jury member quits Rossbay festival over sponsor

The director Amara Quist said she had left the jury of the Rossbay International Film Festival because of its sponsorship by an arms maker.

The festival said it respected her decision.

The festival, now in its 41st year, shows about 180 films over ten days.

Festival-goers told reporters they supported the protest.

Quist said the sponsor's name should be removed from the festival's posters.
"""
GOLD["jury_quits"] = [
    ("said", "The director Amara Quist", "she had left the jury of the Rossbay International Film Festival because of its sponsorship by an arms maker"),
    ("said", "The festival", "it respected her decision"),
    ("told", "Festival-goers", "they supported the protest"),
    ("said", "Quist", "the sponsor's name should be removed from the festival's posters"),
]
NOT_REPORTS["jury_quits"] = [
    "The festival, now in its 41st year, shows about 180 films over ten days.",
]
SPEAKERS["jury_quits"] = [("said", "Quist", "Amara Quist", "the sponsor")]

ARTICLES["song_copied"] = """Songwriter wins copyright case over chart hit

A jury found that the hit "Don't Tell Me Twice" copied a 2011 song by the songwriter Lena Marsh.

"Don't Tell Me Twice" spent 11 weeks at number one in 2019.

Marsh's song, "Say You Will", was released on a small label in Dublin.

Marsh's lawyer said the verdict was "a win for every songwriter".

The record label that released the hit, Solano Music, said it would appeal.
"""
GOLD["song_copied"] = [
    ("found", "A jury", 'the hit "Don\'t Tell Me Twice" copied a 2011 song by the songwriter Lena Marsh'),
    ("said", "Marsh's lawyer", 'the verdict was "a win for every songwriter"'),
    ("said", "The record label that released the hit, Solano Music", "it would appeal"),
]
NOT_REPORTS["song_copied"] = [
    '"Don\'t Tell Me Twice" spent 11 weeks at number one in 2019.',
    'Marsh\'s song, "Say You Will", was released on a small label in Dublin.',
]

ARTICLES["sequel_slump"] = """Sequel slumps in second weekend

Takings for "Iron Orchard 2" fell 68% in its second weekend to $12.4 million, according to the studio, Pellman Studios.

The film cost about $180 million to make.

Box office analysts blamed poor reviews and competition from the holiday releases.

Critics called it a cynical cash-in.

The original film took $610 million worldwide in 2021.

Paul Ostrander, an analyst at Frame Research, said the sequel had been released too soon after the first film.

The film is rated PG-13 and runs 2 hours 14 minutes.
"""
GOLD["sequel_slump"] = [
    ("according to", "the studio, Pellman Studios", 'Takings for "Iron Orchard 2" fell 68% in its second weekend to $12.4 million'),
    ("blamed", "Box office analysts", "poor reviews and competition from the holiday releases"),
    ("called", "Critics", "it a cynical cash-in"),
    ("said", "Paul Ostrander, an analyst at Frame Research", "the sequel had been released too soon after the first film"),
]
NOT_REPORTS["sequel_slump"] = [
    "The film cost about $180 million to make.",
    "The original film took $610 million worldwide in 2021.",
    "The film is rated PG-13 and runs 2 hours 14 minutes.",
]

ARTICLES["opera_house"] = """Opera house warns of closure without rescue

The Tollmouth Opera House said it would close in the autumn unless it raised £3 million by August.

Its general director, Sebastian Krol, told Radio Tollmouth that the building's roof needed urgent repairs.

The opera house, built in 1887, seats 1,400 people.

The city council said it could not afford to increase its grant.

Its next production, "The Ferryman's Daughter", opens on 2 October.

The general director said ticket sales had recovered since the pandemic.
"""
GOLD["opera_house"] = [
    ("said", "The Tollmouth Opera House", "it would close in the autumn unless it raised £3 million by August"),
    ("told", "Its general director, Sebastian Krol", "the building's roof needed urgent repairs"),
    ("said", "The city council", "it could not afford to increase its grant"),
    ("said", "The general director", "ticket sales had recovered since the pandemic"),
]
NOT_REPORTS["opera_house"] = [
    "The opera house, built in 1887, seats 1,400 people.",
    'Its next production, "The Ferryman\'s Daughter", opens on 2 October.',
]
SPEAKERS["opera_house"] = [("said", "The general director", "Sebastian Krol", "ticket")]

ARTICLES["musical_injury"] = """Star leaves West End musical after injury

The actress Noemi Vance has withdrawn from the musical "Stay Until Morning" after injuring her ankle.

Her representative confirmed that she would miss the rest of the run.

The producers said her understudy, Kat Olowe, would take over the role from Tuesday.

Vance wrote on Instagram that she was "gutted".

The show runs at the Empress Theatre until 15 March.

She said she had fallen during a dance rehearsal.
"""
GOLD["musical_injury"] = [
    ("confirmed", "Her representative", "she would miss the rest of the run"),
    ("said", "The producers", "her understudy, Kat Olowe, would take over the role from Tuesday"),
    ("wrote", "Vance", 'she was "gutted"'),
    ("said", "She", "she had fallen during a dance rehearsal"),
]
NOT_REPORTS["musical_injury"] = [
    'The actress Noemi Vance has withdrawn from the musical "Stay Until Morning" after injuring her ankle.',
    "The show runs at the Empress Theatre until 15 March.",
]
SPEAKERS["musical_injury"] = [("said", "She", "Noemi Vance", "she had")]

ARTICLES["museum_visitors"] = """Museum visitor numbers recover

The National Museum of Carrowland had 2.8 million visitors last year, up from 1.9 million in 2022.

Its director, Felix Amadi, said the museum had won back its foreign visitors.

According to the museum's annual report, school visits fell by a tenth.

The director said the fall was caused by the cost of coaches.

Entry to the permanent collection is free.

Photograph: Visitors queue outside the museum's east entrance.
"""
GOLD["museum_visitors"] = [
    ("said", "Its director, Felix Amadi", "the museum had won back its foreign visitors"),
    ("According to", "the museum's annual report", "school visits fell by a tenth"),
    ("said", "The director", "the fall was caused by the cost of coaches"),
]
NOT_REPORTS["museum_visitors"] = [
    "The National Museum of Carrowland had 2.8 million visitors last year, up from 1.9 million in 2022.",
    "Entry to the permanent collection is free.",
    "Photograph: Visitors queue outside the museum's east entrance.",
]
SPEAKERS["museum_visitors"] = [("said", "The director", "Felix Amadi", "the fall")]

ARTICLES["labels_merge"] = """Two independent labels agree to merge

Bramble Records and Keystone Sound said on Wednesday that they would merge to form the largest independent label in the country.

Bramble's roster includes the folk duo Sparrow & Finch.

Artists on both labels said they had not been told about the deal before it was announced.

Keystone's founder, Devan Rao, said no artist would be dropped.

Keystone was founded in 1994 in a garage in Leeds.

He told the music site Chorusline that the merged label would keep both names.
"""
GOLD["labels_merge"] = [
    ("said", "Bramble Records and Keystone Sound", "they would merge to form the largest independent label in the country"),
    ("said", "Artists on both labels", "they had not been told about the deal before it was announced"),
    ("said", "Keystone's founder, Devan Rao", "no artist would be dropped"),
    ("told", "He", "the merged label would keep both names"),
]
NOT_REPORTS["labels_merge"] = [
    "Bramble's roster includes the folk duo Sparrow & Finch.",
    "Keystone was founded in 1994 in a garage in Leeds.",
]
SPEAKERS["labels_merge"] = [("told", "He", "Devan Rao", "the merged")]

ARTICLES["documentary_pulled"] = """Broadcaster pulls documentary about conductor

The broadcaster Channel Nine North said it had pulled a documentary about the conductor Emil Varga after complaints from his family.

Varga's family said the film contained "serious errors".

The film, "The Maestro Says No", was due to air on Sunday at 9pm.

The documentary's producer, Ruth Okafor, defended the film's accuracy.

Okafor said every claim in the film had been checked by lawyers.
"""
GOLD["documentary_pulled"] = [
    ("said", "The broadcaster Channel Nine North", "it had pulled a documentary about the conductor Emil Varga after complaints from his family"),
    ("said", "Varga's family", 'the film contained "serious errors"'),
    ("defended", "The documentary's producer, Ruth Okafor", "the film's accuracy"),
    ("said", "Okafor", "every claim in the film had been checked by lawyers"),
]
NOT_REPORTS["documentary_pulled"] = [
    'The film, "The Maestro Says No", was due to air on Sunday at 9pm.',
]
SPEAKERS["documentary_pulled"] = [("said", "Okafor", "Ruth Okafor", "every")]

ARTICLES["chart_week"] = """Vesper's "She Said Yes" holds top spot for fifth week

"She Said Yes" topped the singles chart for a fifth week, the Official Charts Company said.

The singer, who goes by the name Vesper, wrote on X that she was "speechless".

The song knocked "Tell Me Where You Were" by the Tallow Boys down to number two.

Her manager, Theo Brandt, told the trade magazine Music Week Daily that a world tour would be announced in the spring.

The 24-year-old said the song had been written in a single afternoon.

Her debut album is out on 3 May via Greyhound Records.
"""
GOLD["chart_week"] = [
    ("said", "the Official Charts Company", '"She Said Yes" topped the singles chart for a fifth week'),
    ("wrote", "The singer, who goes by the name Vesper", 'she was "speechless"'),
    ("told", "Her manager, Theo Brandt", "a world tour would be announced in the spring"),
    ("said", "The 24-year-old", "the song had been written in a single afternoon"),
]
NOT_REPORTS["chart_week"] = [
    'Vesper\'s "She Said Yes" holds top spot for fifth week',
    'The song knocked "Tell Me Where You Were" by the Tallow Boys down to number two.',
    "Her debut album is out on 3 May via Greyhound Records.",
]
SPEAKERS["chart_week"] = [("said", "The 24-year-old", "Vesper", "the song")]

ARTICLES["cinema_closing"] = """Last independent cinema in Harwick to close

"It's a disgrace," said Paloma Reyes, who runs the Cinema Vault in Harwick.

The 90-seat cinema will show its last film, "Goodbye, Mr Finch", on Sunday.

The landlord, Corvel Estates, said the building would be turned into flats.

Regulars have started a petition to save the cinema.

Reyes told the audience at Friday's screening that she had "run out of road".

The cinema opened in 1938 as the Regal.
"""
GOLD["cinema_closing"] = [
    ("said", "Paloma Reyes, who runs the Cinema Vault in Harwick", "It's a disgrace"),
    ("said", "The landlord, Corvel Estates", "the building would be turned into flats"),
    ("told", "Reyes", 'she had "run out of road"'),
]
NOT_REPORTS["cinema_closing"] = [
    'The 90-seat cinema will show its last film, "Goodbye, Mr Finch", on Sunday.',
    "The cinema opened in 1938 as the Regal.",
]
SPEAKERS["cinema_closing"] = [("told", "Reyes", "Paloma Reyes", "she had")]

ARTICLES["stage_king"] = """Review: "The Winter King" at the Lantern Theatre

In the play, the old king announces that he will divide his kingdom between his three sons.

The youngest son warns him that the land will not survive the quarrel.

"Nobody leaves this hall until I say so," the king roars at the end of the first act.

Running time: 2 hours 30 minutes.

Four stars.

The director, Fenella Oyelowo, said in the programme notes that she had set the play in a failing factory.
"""
GOLD["stage_king"] = [
    ("said", "The director, Fenella Oyelowo", "she had set the play in a failing factory"),
]
NOT_REPORTS["stage_king"] = [
    "In the play, the old king announces that he will divide his kingdom between his three sons.",
    "The youngest son warns him that the land will not survive the quarrel.",
    '"Nobody leaves this hall until I say so," the king roars at the end of the first act.',
    "Running time: 2 hours 30 minutes.",
    "Four stars.",
]

ARTICLES["lyrics_row"] = """Broadcaster bans ballad over lyrics

The national broadcaster said it would not play the ballad "Burn the Ledger" before 9pm.

In the song, the singer tells a banker that his house will burn.

The chorus goes: "I told you once, I'll tell you twice."

The band, Hollow Mile, called the ban "ridiculous".

The single entered the chart at number 14 on Friday.

A spokeswoman for the band said the lyrics were about debt, not violence.
"""
GOLD["lyrics_row"] = [
    ("said", "The national broadcaster", 'it would not play the ballad "Burn the Ledger" before 9pm'),
    ("called", "The band, Hollow Mile", 'the ban "ridiculous"'),
    ("said", "A spokeswoman for the band", "the lyrics were about debt, not violence"),
]
NOT_REPORTS["lyrics_row"] = [
    "In the song, the singer tells a banker that his house will burn.",
    'The chorus goes: "I told you once, I\'ll tell you twice."',
    "The single entered the chart at number 14 on Friday.",
]

ARTICLES["tracker_estimates"] = """Holiday weekend gives cinemas their best takings since 2019

Cinemas took $310 million over the four-day weekend, according to Boxline, which tracks ticket sales.

The studio estimated that its musical "Sing Me Home" had taken $74 million.

"Sing Me Home" is 128 minutes long and is rated PG.

Cinema owners said the weekend proved that families would come back for the right films.

Box office analyst Rhea Campion said the figures were "a relief for everyone".

The musical opened in 3,900 cinemas.
"""
GOLD["tracker_estimates"] = [
    ("according to", "Boxline, which tracks ticket sales", "Cinemas took $310 million over the four-day weekend"),
    ("estimated", "The studio", 'its musical "Sing Me Home" had taken $74 million'),
    ("said", "Cinema owners", "the weekend proved that families would come back for the right films"),
    ("said", "Box office analyst Rhea Campion", 'the figures were "a relief for everyone"'),
]
NOT_REPORTS["tracker_estimates"] = [
    '"Sing Me Home" is 128 minutes long and is rated PG.',
    "The musical opened in 3,900 cinemas.",
]

ARTICLES["star_estate"] = """Late painter's estate fights sale of early works

The estate of the painter Ilse Marquardt said a dealer was selling works she had destroyed and that were later repaired.

The dealer, Corwin Fine Art, has denied that any of the works are damaged.

The estate's lawyer told the court that the paintings should never have left the artist's studio.

Marquardt, who died in 2014, painted mostly seascapes.

Her painting "The Drowned Bell" sold for $3.1 million in 2022.

The lawyer said the estate would ask for the works to be returned.
"""
GOLD["star_estate"] = [
    ("said", "The estate of the painter Ilse Marquardt", "a dealer was selling works she had destroyed and that were later repaired"),
    ("denied", "The dealer, Corwin Fine Art", "any of the works are damaged"),
    ("told", "The estate's lawyer", "the paintings should never have left the artist's studio"),
    ("said", "The lawyer", "the estate would ask for the works to be returned"),
]
NOT_REPORTS["star_estate"] = [
    "Marquardt, who died in 2014, painted mostly seascapes.",
    'Her painting "The Drowned Bell" sold for $3.1 million in 2022.',
]

ARTICLES["awards_night"] = """Quiet family drama sweeps the Silver Heron awards

"What the River Knew" won five prizes, including best film, at the Silver Heron awards on Sunday.

Best actress: Mara Lindqvist, for "What the River Knew".

Best director: Yusuf Adebayo, for "Tell No One Twice".

Accepting the prize, Lindqvist told the audience that the film had been made for less than $2 million.

The star said she had nearly turned the part down.

The academy defended its decision to hold the ceremony in a smaller venue.
"""
GOLD["awards_night"] = [
    ("told", "Lindqvist", "the film had been made for less than $2 million"),
    ("said", "The star", "she had nearly turned the part down"),
    ("defended", "The academy", "its decision to hold the ceremony in a smaller venue"),
]
NOT_REPORTS["awards_night"] = [
    '"What the River Knew" won five prizes, including best film, at the Silver Heron awards on Sunday.',
    'Best actress: Mara Lindqvist, for "What the River Knew".',
    'Best director: Yusuf Adebayo, for "Tell No One Twice".',
]
SPEAKERS["awards_night"] = [("said", "The star", "Mara Lindqvist", "she had")]

ARTICLES["band_split"] = """Indie band Glass Harbour split after 15 years

Glass Harbour announced their split in a statement on their website.

"We have said everything we needed to say," the statement read.

The band's 2011 album "Ask Me Later" went platinum.

Their drummer, Niall Okoro, said the decision had been "mutual and sad".

The band will play two farewell shows in Dublin in October.

He said the four members were still friends.
"""
GOLD["band_split"] = [
    ("read", "the statement", "We have said everything we needed to say"),
    ("said", "Their drummer, Niall Okoro", 'the decision had been "mutual and sad"'),
    ("said", "He", "the four members were still friends"),
]
NOT_REPORTS["band_split"] = [
    'The band\'s 2011 album "Ask Me Later" went platinum.',
    "The band will play two farewell shows in Dublin in October.",
]
SPEAKERS["band_split"] = [("said", "He", "Niall Okoro", "the four")]

# written after the first mends, to probe them on new shapes

ARTICLES["lottery_film"] = """Small-town comedy opens festival

The Dunmere Film Festival opened on Thursday with "Lucky Streak", a comedy shot in the town last summer.

In the film, a retired teacher tells her neighbours that she has won the lottery.

Her son insists she is lying, and the town takes sides.

The director, Ewan Castellane, said in a statement that the town had "played itself".

The film runs 94 minutes and opens in cinemas on 8 August.

Festival director Maeve Oduya said more than 20,000 tickets had been sold.
"""
GOLD["lottery_film"] = [
    ("said", "The director, Ewan Castellane", 'the town had "played itself"'),
    ("said", "Festival director Maeve Oduya", "more than 20,000 tickets had been sold"),
]
NOT_REPORTS["lottery_film"] = [
    'The Dunmere Film Festival opened on Thursday with "Lucky Streak", a comedy shot in the town last summer.',
    "In the film, a retired teacher tells her neighbours that she has won the lottery.",
    "Her son insists she is lying, and the town takes sides.",
    "The film runs 94 minutes and opens in cinemas on 8 August.",
]

ARTICLES["novel_adapted"] = """Streamer to adapt Okereke's prize-winning novel

Orbis will turn Chidi Okereke's novel "The Salt Wives" into an eight-part series, the streamer said on Monday.

In the novel, Ottoline insists she will never marry the harbour master.

Okereke said she would write the first two episodes herself.

In her new memoir, the producer, Hanne Solberg, writes that she tried to buy the rights in 2015.

The novel has sold 1.4 million copies.
"""
GOLD["novel_adapted"] = [
    ("said", "the streamer", 'Orbis will turn Chidi Okereke\'s novel "The Salt Wives" into an eight-part series'),
    ("said", "Okereke", "she would write the first two episodes herself"),
    ("writes", "the producer, Hanne Solberg", "she tried to buy the rights in 2015"),
]
NOT_REPORTS["novel_adapted"] = [
    "In the novel, Ottoline insists she will never marry the harbour master.",
    "The novel has sold 1.4 million copies.",
]
SPEAKERS["novel_adapted"] = [("said", "Okereke", "Chidi Okereke", "she would")]

ARTICLES["documentary_minister"] = """Former minister admits regret in documentary

In the documentary, the former culture minister says he regrets closing the regional theatres.

The two-part film, "Curtain Down", airs on Channel Nine North on Sunday.

In the ad for the series, the narrator says every town lost its stage.

Theatre workers told the programme that they had never been consulted.

Okwe's "Nobody Told Us" is the second part's title.
"""
GOLD["documentary_minister"] = [
    ("says", "the former culture minister", "he regrets closing the regional theatres"),
    ("says", "the narrator", "every town lost its stage"),
    ("told", "Theatre workers", "they had never been consulted"),
]
NOT_REPORTS["documentary_minister"] = [
    'The two-part film, "Curtain Down", airs on Channel Nine North on Sunday.',
    'Okwe\'s "Nobody Told Us" is the second part\'s title.',
]

ARTICLES["opera_plot"] = """Opera company revives forgotten Verano work

Northgate Opera will stage Verano's "The Lighthouse Bride" for the first time in 80 years.

In the opera, the bride confesses that she loves the keeper's brother.

The company's artistic director, Ilona Faber, said the score had been found in a Lisbon archive.

Tickets start at £15.

Faber's "Tell the Sea" was the company's last new production.

She said the company had raised £400,000 for the revival.
"""
GOLD["opera_plot"] = [
    ("said", "The company's artistic director, Ilona Faber", "the score had been found in a Lisbon archive"),
    ("said", "She", "the company had raised £400,000 for the revival"),
]
NOT_REPORTS["opera_plot"] = [
    'Northgate Opera will stage Verano\'s "The Lighthouse Bride" for the first time in 80 years.',
    "In the opera, the bride confesses that she loves the keeper's brother.",
    "Tickets start at £15.",
    'Faber\'s "Tell the Sea" was the company\'s last new production.',
]
SPEAKERS["opera_plot"] = [("said", "She", "Ilona Faber", "the company")]

ARTICLES["season_preview"] = """Theatres bet on new writing for the autumn season

The Brackwater Playhouse opens its season on 12 September with "Salt Road", a new play by Ruth Amadi.

The play centres on a nurse who admits she has lied to the hospital board for years.

Amadi told the Playhouse's podcast that she had worked as a nurse for a decade.

The musical "Copper Town" tells the story of a miner who vows to reopen the pit.

In the musical, the miner's daughter warns him that the town will not follow.

The Playhouse's artistic director, Dan Whitcombe, said ticket sales were up 30% on last year.

The documentary "Dry Years" follows a farmer who says the drought has ruined him.
"""
GOLD["season_preview"] = [
    ("told", "Amadi", "she had worked as a nurse for a decade"),
    ("said", "The Playhouse's artistic director, Dan Whitcombe", "ticket sales were up 30% on last year"),
    ("says", "who", "the drought has ruined him"),
]
NOT_REPORTS["season_preview"] = [
    'The Brackwater Playhouse opens its season on 12 September with "Salt Road", a new play by Ruth Amadi.',
    "The play centres on a nurse who admits she has lied to the hospital board for years.",
    "In the musical, the miner's daughter warns him that the town will not follow.",
]
SPEAKERS["season_preview"] = [("told", "Amadi", "Ruth Amadi", "she had")]

# written in review, on the makers of a work speaking under the frame of a plot: the director's or a singer's own
# words about the play or the opera are reports ('+maker' in ``story_frames.txt``); the characters stay muted
ARTICLES["rehearsal_notes"] = """Small stage, long rehearsals

Quarry Lane Theatre stages "Iron Harvest", a new play by Selma Oduya, this autumn.

In the play, which opens on Friday, the director says the company rehearsed for fourteen months.

In the play, the blacksmith's widow insists that the forge will stay open.

In the opera, the baritone says he spent a year learning the Finnish libretto.
"""
GOLD["rehearsal_notes"] = [
    ("says", "the director", "the company rehearsed for fourteen months"),
    ("says", "the baritone", "he spent a year learning the Finnish libretto"),
]
NOT_REPORTS["rehearsal_notes"] = ["In the play, the blacksmith's widow insists that the forge will stay open."]
