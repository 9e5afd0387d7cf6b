# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short reviews written for the sixty-third session's check of criticism (helper H): restaurants, theatre, books,
albums, films, exhibitions, games, concerts and shows; the critic's own judgements in the writer's voice, chefs,
authors, directors and bands quoted ('the chef says', 'the director told the paper', 'in her afterword, the author
writes', 'the band describes the record as'), other critics cited ('other critics have called it', 'the Daily X called
it'), audiences ('fans on the forum complained that', 'one diner told me'), notes and blurbs ('the gallery's notes
claim', 'as the programme puts it'), a character's line quoted from the work, and star ratings.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; states of mind such as 'I think' or 'I found X slow' are attributions, first person too): per article, (a
word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS`` (the critic's verdicts stated flat, plot summaries, titles of works, songs and dishes, prices, opening
times, running times, cast lists, star ratings); (cue, source, speaker, the content's first words) in ``SPEAKERS``.
The first twenty-six were written before any mend, the last three after the first run. Every name, work, venue, body,
figure and sentence is made up. Read by ``test_probe_findings_63_reviews``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["saltings"] = """Restaurant review: The Saltings, Wexmouth

The Saltings sits at the end of a shingle spit, a converted lifeboat station with twelve tables and a wood-fired grill.

Its chef, Oriel Cadwgan, says the menu changes daily with whatever the boats bring in.

The grilled turbot with brown shrimp butter costs £34.

The risotto is too salty, and the bread arrives cold.

Cadwgan told me she had cooked in Lyon for six years before coming home.

The Saltings is open Wednesday to Sunday, from noon until 10pm.
"""
GOLD["saltings"] = [
    ("says", "Its chef, Oriel Cadwgan", "the menu changes daily with whatever the boats bring in"),
    ("told", "Cadwgan", "she had cooked in Lyon for six years before coming home"),
]
NOT_REPORTS["saltings"] = [
    "The Saltings sits at the end of a shingle spit, a converted lifeboat station with twelve tables and a wood-fired grill.",
    "The grilled turbot with brown shrimp butter costs £34.",
    "The risotto is too salty, and the bread arrives cold.",
    "The Saltings is open Wednesday to Sunday, from noon until 10pm.",
]
SPEAKERS["saltings"] = [("says", "Its chef, Oriel Cadwgan", "Oriel Cadwgan", "the menu"), ("told", "Cadwgan", "Oriel Cadwgan", "she had cooked")]

ARTICLES["lanterns_play"] = """Theatre review: The Lantern Keepers at the Pellow Playhouse

Three sisters inherit a lighthouse and a debt they cannot pay in Ysolde Marr's new play.

The director, Casimir Doyle, told the Harbour Gazette that he had cut forty minutes from the script in rehearsal.

"Nobody leaves this rock with clean hands," the eldest sister warns in the first scene.

I found the second act slow.

The cast includes Wenna Traske, Della Pryor and Anwen Hale.

The Lantern Keepers runs until 14 March.
"""
GOLD["lanterns_play"] = [
    ("told", "The director, Casimir Doyle", "he had cut forty minutes from the script in rehearsal"),
    ("warns", "the eldest sister", "Nobody leaves this rock with clean hands"),
    ("found", "I", "the second act slow"),
]
NOT_REPORTS["lanterns_play"] = [
    "Three sisters inherit a lighthouse and a debt they cannot pay in Ysolde Marr's new play.",
    "The cast includes Wenna Traske, Della Pryor and Anwen Hale.",
    "The Lantern Keepers runs until 14 March.",
]
SPEAKERS["lanterns_play"] = [("told", "The director, Casimir Doyle", "Casimir Doyle", "he had cut")]

ARTICLES["quarry_novel"] = """Book review: "The Quarry Children" by Delphine Ostrowe

Ostrowe's fourth novel follows two brothers who grow up beside a slate quarry in the 1950s.

In her afterword, the author writes that the story began with a photograph of her grandfather.

The novelist admits she nearly abandoned the book after the first draft.

The prose is plain and often beautiful.

"The Quarry Children" is published by Hollin Press at £16.99.
"""
GOLD["quarry_novel"] = [
    ("writes", "the author", "the story began with a photograph of her grandfather"),
    ("admits", "The novelist", "she nearly abandoned the book after the first draft"),
]
NOT_REPORTS["quarry_novel"] = [
    "Ostrowe's fourth novel follows two brothers who grow up beside a slate quarry in the 1950s.",
    "The prose is plain and often beautiful.",
    "\"The Quarry Children\" is published by Hollin Press at £16.99.",
]
SPEAKERS["quarry_novel"] = [
    ("writes", "the author", "Delphine Ostrowe", "the story began"),
    ("admits", "The novelist", "Delphine Ostrowe", "she nearly"),
]

ARTICLES["tidewrack_album"] = """Album review: Tidewrack, "Low Water Songs"

The Carrow quartet recorded their third album in a disused chapel over two weeks last winter.

The band describes the record as a love letter to the estuary towns they grew up in.

Singer Maelle Ruan said in an interview that most of the songs were written in a single night.

Opening track "Mudflats" is the best thing they have done.

"Low Water Songs" is out now on Brackish Records.
"""
GOLD["tidewrack_album"] = [
    ("describes", "The band", "the record as a love letter to the estuary towns they grew up in"),
    ("said", "Singer Maelle Ruan", "most of the songs were written in a single night"),
]
NOT_REPORTS["tidewrack_album"] = [
    "The Carrow quartet recorded their third album in a disused chapel over two weeks last winter.",
    "Opening track \"Mudflats\" is the best thing they have done.",
    "\"Low Water Songs\" is out now on Brackish Records.",
]

ARTICLES["glass_orchard_film"] = """Film review: The Glass Orchard

A widowed beekeeper takes in a runaway in Tomasz Vella's second feature.

Other critics have called it the most assured debut of the year, but it is a second film, and it shows.

The Daily Sentinel called it "a quiet masterpiece".

The film runs for 128 minutes.

Vella told reporters at the festival that he had shot the orchard scenes over three summers.

It opens in cinemas on Friday.
"""
GOLD["glass_orchard_film"] = [
    ("called", "Other critics", "it the most assured debut of the year"),
    ("called", "The Daily Sentinel", "it \"a quiet masterpiece\""),
    ("told", "Vella", "he had shot the orchard scenes over three summers"),
]
NOT_REPORTS["glass_orchard_film"] = [
    "A widowed beekeeper takes in a runaway in Tomasz Vella's second feature.",
    "The film runs for 128 minutes.",
    "It opens in cinemas on Friday.",
]
SPEAKERS["glass_orchard_film"] = [("told", "Vella", "Tomasz Vella", "he had shot")]

ARTICLES["drowned_maps"] = """Exhibition: Drowned Maps at the Tennick Gallery

The show gathers forty charts of coastlines that have since been lost to the sea.

The gallery's notes claim that several of the charts have never been shown in public.

As the programme puts it, the maps are records of places that no longer exist.

The curator, Bronwen Elsted, said the gallery had borrowed the charts from eleven private collections.

Tickets cost £12, and the gallery is open daily from 10am to 6pm.
"""
GOLD["drowned_maps"] = [
    ("claim", "The gallery's notes", "several of the charts have never been shown in public"),
    ("puts", "the programme", "the maps are records of places that no longer exist"),
    ("said", "The curator, Bronwen Elsted", "the gallery had borrowed the charts from eleven private collections"),
]
NOT_REPORTS["drowned_maps"] = [
    "The show gathers forty charts of coastlines that have since been lost to the sea.",
    "Tickets cost £12, and the gallery is open daily from 10am to 6pm.",
]
SPEAKERS["drowned_maps"] = [("said", "The curator, Bronwen Elsted", "Bronwen Elsted", "the gallery had")]

ARTICLES["ember_vale_game"] = """Game review: Ember Vale

Ember Vale is a farming game set on a volcanic island, made by a studio of six people in Tallinn.

Fans on the forum complained that the last patch had broken their saved games.

The studio said in a post that a fix would be released next week.

The crafting menus are clumsy, and the music is gorgeous.

Ember Vale costs £19.99 on PC and consoles.
"""
GOLD["ember_vale_game"] = [
    ("complained", "Fans on the forum", "the last patch had broken their saved games"),
    ("said", "The studio", "a fix would be released next week"),
]
NOT_REPORTS["ember_vale_game"] = [
    "Ember Vale is a farming game set on a volcanic island, made by a studio of six people in Tallinn.",
    "The crafting menus are clumsy, and the music is gorgeous.",
    "Ember Vale costs £19.99 on PC and consoles.",
]

ARTICLES["copper_pot"] = """The Copper Pot, Aldermoor: hearty, loud and a little tired

The Copper Pot has served the same braised ox cheek since it opened in 2009.

One diner told me the portions had shrunk since the new owners took over.

The owner, Lucan Ferrers, insists the recipes have not changed.

The sticky toffee pudding is the best in the county.

Mains are between £16 and £24.
"""
GOLD["copper_pot"] = [
    ("told", "One diner", "the portions had shrunk since the new owners took over"),
    ("insists", "The owner, Lucan Ferrers", "the recipes have not changed"),
]
NOT_REPORTS["copper_pot"] = [
    "The Copper Pot has served the same braised ox cheek since it opened in 2009.",
    "The sticky toffee pudding is the best in the county.",
    "Mains are between £16 and £24.",
]

ARTICLES["harbour_symphony"] = """Concert review: Harbour Sinfonia at St Elvan's Hall

The orchestra played Karsavin's third symphony and a new piece by Idris Pennock.

The conductor, Renata Kulig, said in a pre-concert talk that the symphony had been banned for twenty years.

As the programme notes put it, the new piece is "a storm heard from inside a house".

The brass were superb.

The concert will be broadcast on Sunday at 7pm.
"""
GOLD["harbour_symphony"] = [
    ("said", "The conductor, Renata Kulig", "the symphony had been banned for twenty years"),
    ("put", "the programme notes", "the new piece is \"a storm heard from inside a house\""),
]
NOT_REPORTS["harbour_symphony"] = [
    "The orchestra played Karsavin's third symphony and a new piece by Idris Pennock.",
    "The brass were superb.",
    "The concert will be broadcast on Sunday at 7pm.",
]
SPEAKERS["harbour_symphony"] = [("said", "The conductor, Renata Kulig", "Renata Kulig", "the symphony")]

ARTICLES["memoir_ferrier"] = """Review: "Salt on the Sill", a memoir by Agathe Ferrier

Ferrier, a former trawler cook, spent twenty years at sea before she turned to writing.

She writes that she learned to read properly only at the age of thirty.

Her publisher, Merrow Books, said the first printing had sold out in a week.

The chapters on her mother are the strongest in the book.

The memoir runs to 312 pages.
"""
GOLD["memoir_ferrier"] = [
    ("writes", "She", "she learned to read properly only at the age of thirty"),
    ("said", "Her publisher, Merrow Books", "the first printing had sold out in a week"),
]
NOT_REPORTS["memoir_ferrier"] = [
    "Ferrier, a former trawler cook, spent twenty years at sea before she turned to writing.",
    "The chapters on her mother are the strongest in the book.",
    "The memoir runs to 312 pages.",
]
SPEAKERS["memoir_ferrier"] = [("writes", "She", "Agathe Ferrier", "she learned")]

ARTICLES["lantern_comedy"] = """Comedy review: Ottilie Brace, Live at the Corn Exchange

Ottilie Brace's new hour is about her failed career as a driving instructor.

She told the audience that every story in the show was true.

The routine about the roundabout is the funniest ten minutes I have seen this year.

Brace is touring until June, with tickets from £22.
"""
GOLD["lantern_comedy"] = [
    ("told", "She", "every story in the show was true"),
]
NOT_REPORTS["lantern_comedy"] = [
    "Ottilie Brace's new hour is about her failed career as a driving instructor.",
    "Brace is touring until June, with tickets from £22.",
]
SPEAKERS["lantern_comedy"] = [("told", "She", "Ottilie Brace", "every story")]

ARTICLES["fenland_series"] = """TV review: Fenland, episode one

A detective returns to the village where her brother vanished in 1994.

The show's writer, Gideon Abbs, said he had wanted to make a crime drama with no guns in it.

The first episode is patient, perhaps too patient.

Viewers on social media complained that the dialogue was hard to hear.

The broadcaster said it was looking into the sound mix.

All six episodes are available to stream from Monday.
"""
GOLD["fenland_series"] = [
    ("said", "The show's writer, Gideon Abbs", "he had wanted to make a crime drama with no guns in it"),
    ("complained", "Viewers on social media", "the dialogue was hard to hear"),
    ("said", "The broadcaster", "it was looking into the sound mix"),
]
NOT_REPORTS["fenland_series"] = [
    "A detective returns to the village where her brother vanished in 1994.",
    "The first episode is patient, perhaps too patient.",
    "All six episodes are available to stream from Monday.",
]

ARTICLES["hedgerow_cookbook"] = """Cookbook review: Hedgerow by Fennimore Quayle

Quayle's book has 90 recipes for wild food, from nettle soup to sloe gin.

In the introduction, Quayle writes that foraging taught him patience.

The recipe for elderflower fritters is worth the price of the book alone.

Some foragers have warned that the chapter on mushrooms is too casual about poisonous species.

Hedgerow is published on 3 April.
"""
GOLD["hedgerow_cookbook"] = [
    ("writes", "Quayle", "foraging taught him patience"),
    ("warned", "Some foragers", "the chapter on mushrooms is too casual about poisonous species"),
]
NOT_REPORTS["hedgerow_cookbook"] = [
    "Quayle's book has 90 recipes for wild food, from nettle soup to sloe gin.",
    "The recipe for elderflower fritters is worth the price of the book alone.",
    "Hedgerow is published on 3 April.",
]

ARTICLES["kestrel_dance"] = """Dance review: Kestrel at the Rivermill Theatre

Six dancers move through a forest of hanging ropes for seventy minutes.

The choreographer, Sunniva Holm, explained that the piece was inspired by birds of prey hovering over motorways.

The lighting by Ebo Mensah-Clarke is astonishing.

Audience members said afterwards that they had been moved to tears.

Kestrel plays at the Rivermill until Saturday.
"""
GOLD["kestrel_dance"] = [
    ("explained", "The choreographer, Sunniva Holm", "the piece was inspired by birds of prey hovering over motorways"),
    ("said", "Audience members", "they had been moved to tears"),
]
NOT_REPORTS["kestrel_dance"] = [
    "Six dancers move through a forest of hanging ropes for seventy minutes.",
    "The lighting by Ebo Mensah-Clarke is astonishing.",
    "Kestrel plays at the Rivermill until Saturday.",
]
SPEAKERS["kestrel_dance"] = [("explained", "The choreographer, Sunniva Holm", "Sunniva Holm", "the piece")]

ARTICLES["poems_weir"] = """Poetry: "Weir" by Cadence Okonjo-Lisle

"Weir" is Okonjo-Lisle's second collection and her first in a decade.

"A book to be read slowly and more than once," says the poet Harriet Vell on its cover.

Okonjo-Lisle told me she wrote most of the poems on night buses.

The long poem at its centre is a lament for a closed swimming baths.

The collection costs £10.99.
"""
GOLD["poems_weir"] = [
    ("says", "the poet Harriet Vell", "A book to be read slowly and more than once"),
    ("told", "Okonjo-Lisle", "she wrote most of the poems on night buses"),
]
NOT_REPORTS["poems_weir"] = [
    "\"Weir\" is Okonjo-Lisle's second collection and her first in a decade.",
    "The long poem at its centre is a lament for a closed swimming baths.",
    "The collection costs £10.99.",
]

ARTICLES["ferry_cafe"] = """Café review: The Ferry Steps, Hollinsby

The Ferry Steps serves breakfast to commuters waiting for the 7.40 boat.

The manager, Tobiah Grint, said the café sold more than 400 bacon rolls on a weekday.

The coffee is bitter, but the rolls are excellent.

A regular told me she had been coming every morning for eleven years.

A bacon roll costs £4.50.

The café opens at 6.30am.
"""
GOLD["ferry_cafe"] = [
    ("said", "The manager, Tobiah Grint", "the café sold more than 400 bacon rolls on a weekday"),
    ("told", "A regular", "she had been coming every morning for eleven years"),
]
NOT_REPORTS["ferry_cafe"] = [
    "The Ferry Steps serves breakfast to commuters waiting for the 7.40 boat.",
    "The coffee is bitter, but the rolls are excellent.",
    "A bacon roll costs £4.50.",
    "The café opens at 6.30am.",
]

ARTICLES["skylark_musical"] = """Musical review: Skylark at the Alcott

Skylark tells the story of a wartime radio singer who becomes a spy.

Its producers said the show had taken £2m in advance bookings.

The big second-act number, "Over the Wire", brought the house down.

"I sing for whoever is listening," the heroine tells her handler.

Critics at other papers have praised the score but found the book thin.

Tickets start at £25.
"""
GOLD["skylark_musical"] = [
    ("said", "Its producers", "the show had taken £2m in advance bookings"),
    ("tells", "the heroine", "I sing for whoever is listening"),
    ("praised", "Critics at other papers", "the score"),
]
NOT_REPORTS["skylark_musical"] = [
    "Skylark tells the story of a wartime radio singer who becomes a spy.",
    "The big second-act number, \"Over the Wire\", brought the house down.",
    "Tickets start at £25.",
]

ARTICLES["starfall_game"] = """Starfall Rangers review: a shooter with too many menus

Starfall Rangers is a team shooter for up to eight players.

Its developer, Bramblecrest Studios, said in a statement that more maps would be added in the spring.

The Pixel Ledger gave it six out of ten.

Players have complained that matches take too long to find.

It is out now for £39.99.
"""
GOLD["starfall_game"] = [
    ("said", "Its developer, Bramblecrest Studios", "more maps would be added in the spring"),
    ("complained", "Players", "matches take too long to find"),
]
NOT_REPORTS["starfall_game"] = [
    "Starfall Rangers is a team shooter for up to eight players.",
    "It is out now for £39.99.",
]

ARTICLES["library_building"] = """Architecture: the new Stanmere Library

The library's copper roof folds over the old market square like a paper boat.

Its architect, Leontyne Harrow, says the building was designed to be read from the bus stop.

The reading room is the best public interior the city has built in fifty years.

Local residents have argued that the £31m it cost should have gone on branch libraries.

The library opens to the public on 2 May.
"""
GOLD["library_building"] = [
    ("says", "Its architect, Leontyne Harrow", "the building was designed to be read from the bus stop"),
    ("argued", "Local residents", "the £31m it cost should have gone on branch libraries"),
]
NOT_REPORTS["library_building"] = [
    "The library's copper roof folds over the old market square like a paper boat.",
    "The reading room is the best public interior the city has built in fifty years.",
    "The library opens to the public on 2 May.",
]

ARTICLES["picture_book"] = """Children's books: Mole Goes to Sea

A mole builds a boat from a teapot and sails to find his cousin.

The illustrator, Pim Vandersloot, said he had painted every page in watercolour on his kitchen table.

My six-year-old asked for it three nights running.

The book is suitable for children aged three to six and costs £7.99.
"""
GOLD["picture_book"] = [
    ("said", "The illustrator, Pim Vandersloot", "he had painted every page in watercolour on his kitchen table"),
]
NOT_REPORTS["picture_book"] = [
    "A mole builds a boat from a teapot and sails to find his cousin.",
    "The book is suitable for children aged three to six and costs £7.99.",
]
SPEAKERS["picture_book"] = [("said", "The illustrator, Pim Vandersloot", "Pim Vandersloot", "he had painted")]

ARTICLES["folk_festival"] = """Festival review: Brackenfield Folk Weekend

About 6,000 people came to the three-day festival on a sheep farm outside Brackenfield.

The organisers said next year's festival would move to a bigger site.

The Sunday headliners, the Gorse Sisters, played for two hours in the rain.

Several campers told the Brackenfield Echo that the toilets had run out of water on Saturday.

Weekend tickets cost £140.
"""
GOLD["folk_festival"] = [
    ("said", "The organisers", "next year's festival would move to a bigger site"),
    ("told", "Several campers", "the toilets had run out of water on Saturday"),
]
NOT_REPORTS["folk_festival"] = [
    "About 6,000 people came to the three-day festival on a sheep farm outside Brackenfield.",
    "The Sunday headliners, the Gorse Sisters, played for two hours in the rain.",
    "Weekend tickets cost £140.",
]

ARTICLES["eel_documentary"] = """Documentary review: The Eel Men

The Eel Men follows three fishermen on the last licensed eel boats of the Severn.

Its director, Hollis Brennard, insists the film takes no side in the row over fishing quotas.

The conservation charity Riverwatch has accused the film of ignoring the collapse in eel numbers.

The photography of the river at dawn is ravishing.

The Eel Men is in cinemas from 9 October.
"""
GOLD["eel_documentary"] = [
    ("insists", "Its director, Hollis Brennard", "the film takes no side in the row over fishing quotas"),
    ("accused", "The conservation charity Riverwatch", "the film of ignoring the collapse in eel numbers"),
]
NOT_REPORTS["eel_documentary"] = [
    "The Eel Men follows three fishermen on the last licensed eel boats of the Severn.",
    "The photography of the river at dawn is ravishing.",
    "The Eel Men is in cinemas from 9 October.",
]
SPEAKERS["eel_documentary"] = [("insists", "Its director, Hollis Brennard", "Hollis Brennard", "the film takes")]

ARTICLES["night_market"] = """Street food: Dunmore Night Market

Twenty stalls fill the old bus depot every Friday and Saturday night.

Rafaela Quispe, who runs the ceviche stall, said she had sold food from a van for ten years before the market opened.

The lamb flatbread from the stall by the door is the pick of the night.

Dishes cost between £6 and £11.
"""
GOLD["night_market"] = [
    ("said", "Rafaela Quispe, who runs the ceviche stall", "she had sold food from a van for ten years before the market opened"),
]
NOT_REPORTS["night_market"] = [
    "Twenty stalls fill the old bus depot every Friday and Saturday night.",
    "The lamb flatbread from the stall by the door is the pick of the night.",
    "Dishes cost between £6 and £11.",
]

ARTICLES["podcast_tidal"] = """Podcast review: Undertow

Undertow is a ten-part series about a ferry that sank off Skerrin in 1971.

Its host, Marisol Teague, says she spent four years tracking down the survivors.

The fourth episode, in which a survivor returns to the wreck site, is extraordinary.

The families of two crew members said they had not been asked to take part.

New episodes are released every Tuesday.
"""
GOLD["podcast_tidal"] = [
    ("says", "Its host, Marisol Teague", "she spent four years tracking down the survivors"),
    ("said", "The families of two crew members", "they had not been asked to take part"),
]
NOT_REPORTS["podcast_tidal"] = [
    "Undertow is a ten-part series about a ferry that sank off Skerrin in 1971.",
    "The fourth episode, in which a survivor returns to the wreck site, is extraordinary.",
    "New episodes are released every Tuesday.",
]
SPEAKERS["podcast_tidal"] = [("says", "Its host, Marisol Teague", "Marisol Teague", "she spent")]

ARTICLES["jazz_cellar"] = """Jazz review: the Iver Lund Trio at the Vaults

The trio played two sets of standards and a handful of Lund's own tunes.

Between numbers, Lund told the crowd that the last tune was written for his daughter.

The drummer, Kofi Ansah-Weller, is the real star of the band.

The Vaults holds about 120 people and shows start at 8.30pm.
"""
GOLD["jazz_cellar"] = [
    ("told", "Lund", "the last tune was written for his daughter"),
]
NOT_REPORTS["jazz_cellar"] = [
    "The trio played two sets of standards and a handful of Lund's own tunes.",
    "The drummer, Kofi Ansah-Weller, is the real star of the band.",
    "The Vaults holds about 120 people and shows start at 8.30pm.",
]
SPEAKERS["jazz_cellar"] = [("told", "Lund", "Iver Lund", "the last tune")]

ARTICLES["guide_stars"] = """Hollow Oak keeps its two stars in the Tavern Guide

Hollow Oak, in the village of Corse Abbas, has held two stars in the Tavern Guide since 2018.

The guide's inspectors praised the restaurant's "fearless use of smoke".

Its head chef, Anselm Rudd, said the kitchen would close for a month in January so the staff could rest.

The tasting menu costs £145 a head.

Four stars out of five.
"""
GOLD["guide_stars"] = [
    ("praised", "The guide's inspectors", "the restaurant's \"fearless use of smoke\""),
    ("said", "Its head chef, Anselm Rudd", "the kitchen would close for a month in January so the staff could rest"),
]
NOT_REPORTS["guide_stars"] = [
    "Hollow Oak, in the village of Corse Abbas, has held two stars in the Tavern Guide since 2018.",
    "The tasting menu costs £145 a head.",
    "Four stars out of five.",
]

# Written after the first run, to probe the mended shapes in other words: a medium after a speaker set after the cue,
# a first person's 'find' with an adjective, a body's one-word name after its kind, a talk the words were given in, and
# the arts pages' roles beside a name the NER may miss.

ARTICLES["marram_opera"] = """Opera review: The Marram Bride at Calloway Opera House

"I wanted the sea to be the loudest voice on stage," says the composer Halvard Steen in the programme.

I find the second half baggy, and the chorus underused.

The director, Ilse Varnhagen, said in a post-show talk that the production had been rehearsed in a boatshed.

The run ends on 22 November.
"""
GOLD["marram_opera"] = [
    ("says", "the composer Halvard Steen", "I wanted the sea to be the loudest voice on stage"),
    ("find", "I", "the second half baggy"),
    ("said", "The director, Ilse Varnhagen", "the production had been rehearsed in a boatshed"),
]
NOT_REPORTS["marram_opera"] = ["The run ends on 22 November."]

ARTICLES["gull_gallery"] = """Exhibition: Gulls at the Pennard Rooms

The arts charity Saltlight has criticised the gallery for charging £15 for a show of photographs.

"Every gull in this room was photographed from my kitchen window," said the photographer, Ottoline Brisk, in an interview.

We found the captions far too long.

The show closes on 5 January.
"""
GOLD["gull_gallery"] = [
    ("criticised", "The arts charity Saltlight", "the gallery for charging £15 for a show of photographs"),
    ("said", "the photographer, Ottoline Brisk", "Every gull in this room was photographed from my kitchen window"),
    ("found", "We", "the captions far too long"),
]
NOT_REPORTS["gull_gallery"] = ["The show closes on 5 January."]
SPEAKERS["gull_gallery"] = [("said", "the photographer, Ottoline Brisk", "Ottoline Brisk", "Every gull")]

ARTICLES["quartet_recital"] = """Recital: the Velmont Quartet at Abbeyfield

The quartet played Haydn and a new work by the cellist, Agnieszka Roel.

"We play the slow movement as if nobody is listening," said the quartet's leader in a statement.

The pianist, Benedek Horvay, told the audience that the encore was a lullaby his grandmother sang.

Tickets cost £18.
"""
GOLD["quartet_recital"] = [
    ("said", "the quartet's leader", "We play the slow movement as if nobody is listening"),
    ("told", "The pianist, Benedek Horvay", "the encore was a lullaby his grandmother sang"),
]
NOT_REPORTS["quartet_recital"] = [
    "The quartet played Haydn and a new work by the cellist, Agnieszka Roel.",
    "Tickets cost £18.",
]
SPEAKERS["quartet_recital"] = [("told", "The pianist, Benedek Horvay", "Benedek Horvay", "the encore")]
