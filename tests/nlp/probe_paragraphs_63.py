# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twenty-eight short articles written for the sixtieth session's speaker probe of one-sentence
paragraphs (helper L), in the British regional and wire style where every sentence is a paragraph
of its own: a person is named in one paragraph and described in the next ('Keeley Ashdown, 34, pays
£12 a day ...' / 'The mother of two said X'), by a family role ('the grandfather'), an age ('the
52-year-old'), a trade or a standing ('the pensioner', 'the shopkeeper', 'the nurse'), a nation ('the
Scot'), a relation ('the widow'), and by a pronoun one, two or three paragraphs on; two people in
one story, the description fitting one of them by gender, age or the part the article gave; and
traps where the description brings in someone new ('A nurse who treated him said', 'Another
shopkeeper said', 'His daughter said').

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, place and sentence is made up. Read by
``test_probe_findings_63_paragraphs``."""

ARTICLES = {}
ARTICLES["parking"] = """Hospital parking charges anger staff

Keeley Ashdown, 34, pays £12 a day to park near Wenlow General, where she works as a receptionist.

The mother of two said the charges took almost a fifth of her wages.

She said she had written to the hospital trust twice without a reply.

A spokesman for the trust said the charges paid for the upkeep of the car park.
"""
ARTICLES["allotment"] = """Allotment rent rise 'will drive out growers'

Walter Crabbe has tended his plot at the Dunmere allotments for forty years.

The grandfather said the council's new rent would force him to give it up.

"I grow enough potatoes for the whole family," he said.

Councillor Ruth Penhallow said the rent had not risen since 2009.
"""
ARTICLES["cornershop"] = """Shopkeeper may close after third break-in

Priya Mistry has run the corner shop on Kell Street in Brayminster since 1998.

Burglars smashed the front window on Sunday night and took cigarettes and cash.

The shopkeeper said she was thinking of closing for good.

Police said they were checking footage from nearby cameras.
"""
ARTICLES["marathon"] = """Dundee runner sets course record in Lakeland

Fraser McLeish won the Lakeland Marathon on Sunday in two hours and nineteen minutes.

The Scot said he had trained on the hills above his home for six months.

He said he would run in Berlin in the autumn.
"""
ARTICLES["crossing"] = """Widow calls for speed camera on A39

Margaret Pennock's husband, Derek, was killed on the A39 near Colvey in May.

The widow said drivers still raced along the stretch every night.

She said she had collected 900 signatures for a camera.

Somerden County Council said it would review the road.
"""
ARTICLES["icypath"] = """Pensioner hurt in fall on icy path

Harold Venn, 80, broke his wrist when he fell on the path outside Grangeford surgery on Monday.

A nurse who treated him said the path had not been gritted.

The pensioner said he had warned the surgery about the ice a week before.

The surgery said it would buy more grit.
"""
ARTICLES["bypass"] = """Two neighbours split over bypass plan

Colin Brayford, 71, a retired teacher, has lived on Orchard Lane in Hatchley since 1975.

Jasmine Okafor, 19, a student, moved in across the road last year.

The pensioner said the new bypass would ruin the view from his garden.

The student said the bypass would cut her journey to college by half.

The 19-year-old said most young people in the village wanted it built.
"""
ARTICLES["bakery"] = """Bakery closes after 60 years

Dennis Fairweather, 66, and his wife, Joan, have run the bakery on Mill Street in Ashcombe since 1964.

The couple will close it on Saturday.

The baker said he could no longer afford to heat the ovens.

Mrs Fairweather said she would miss the customers most.
"""
ARTICLES["ferry"] = """Islanders stranded as ferry cancelled again

Islay Crofter Morag Sinclair missed her hospital appointment in Oban on Tuesday after the morning ferry was cancelled.

It was the fourth cancellation this month.

The crofter said islanders had been treated as an afterthought.

She said the operator should charter a second boat.

The ferry operator said a technical fault had kept the vessel in port.
"""
ARTICLES["lollipop"] = """Lollipop man retires after 30 years

Stanley Orme has seen three generations of pupils across Beech Road in Pellingham.

He will hang up his lollipop for the last time on Friday.

The 74-year-old said he would miss the children most.

Headteacher Gwen Lacey said the school would hold an assembly in his honour.

The headteacher said a new crossing patrol had not yet been found.
"""
ARTICLES["flooding"] = """Family's home flooded for third time

Tariq Haddad, his wife and their three children had to leave their home in Welby Vale after the river burst its banks on Thursday.

The water reached the top of the kitchen units.

The father of three said the family had lost almost everything downstairs.

His wife, Leila, said the children were staying with their grandparents.

The Environment Agency said flood defences for the village were planned for 2027.
"""
ARTICLES["ambulance"] = """Grandmother waited nine hours for ambulance

Edna Rowley, 87, lay on her kitchen floor for nine hours after a fall on Saturday.

Her grandson, Liam, found her when he called round with her shopping.

The grandmother said she had never felt so helpless.

The ambulance service said it was facing record demand.
"""
ARTICLES["busdriver"] = """Bus driver praised for saving passenger

Bus driver Kwame Asante stopped his bus on the High Street in Corbury when a passenger collapsed on Tuesday.

He gave her first aid until paramedics arrived.

The passenger, a 58-year-old woman, is recovering in hospital.

The driver said he had only done what anyone would do.

The bus company said it would give him an award.
"""
ARTICLES["potholes"] = """Cyclist hurt by pothole sues council

Cyclist Hannah Blythe, 41, was thrown over her handlebars by a pothole on Tarn Road in March.

She broke her collarbone.

The 41-year-old said the hole had been reported to the council three times.

The cyclist said she had not been able to work for two months.

A council spokeswoman said it could not comment on a legal case.
"""
ARTICLES["farm"] = """Farmer loses flock to dog attack

Sheep farmer Gethin Pryce found 14 of his ewes dead in a field near Llanfarrow on Sunday.

Police believe a dog was responsible.

The farmer said dog owners had to keep their pets on leads near livestock.

The Welshman said he had lost more than £3,000.
"""
ARTICLES["vets"] = """Two vets honoured for charity work

Vets Alan Gorse and Fiona Blake spent a month treating donkeys in Morocco last spring.

Mr Gorse, 62, has worked at the Sefton Road practice for thirty years.

Ms Blake, 28, joined it in 2022.

The 28-year-old said the trip had changed how she thought about her job.

The veteran vet said he hoped to go back next year.
"""
ARTICLES["library"] = """Library volunteers fight closure

Volunteer Sheila Marchbank, 69, has run the reading group at Toller library for a decade.

The council plans to close the library in April to save £40,000 a year.

Its cabinet member for culture, Adrian Coyle, said the building needed repairs the council could not afford.

The volunteer said the group would meet in the church hall if it had to.

She said the library was the only warm place some members had.
"""
ARTICLES["trap_sister"] = """Family pays tribute to drowned teenager

Callum Reid, 16, drowned while swimming in a quarry near Hollinside on Saturday.

His sister said he had been a strong swimmer.

A friend who was with him said the water had been colder than they expected.

Police said the quarry was private land.
"""
ARTICLES["trap_shop"] = """Traders say roadworks are hurting business

Tina Marsh, 45, has run the Blue Door cafe on Fore Street for twelve years.

She said takings had fallen by half since the roadworks began.

Another shopkeeper said some traders would not survive the summer.

The council said the works would finish in June.
"""
ARTICLES["trap_nurse"] = """Man found collapsed in street dies

Peter Dunning, 58, was found collapsed on Station Road in Garnham on Monday evening.

He died in hospital later that night.

A nurse who tried to revive him said he had been unconscious when she arrived.

His daughter said the family wanted to thank everyone who had helped.
"""
ARTICLES["twowomen"] = """Neighbours clash over tree

Brenda Hollis, 63, says the oak tree in her neighbour's garden blocks the light to her kitchen.

Her neighbour, Ruth Amadi, 35, planted the tree in 2012.

The grandmother said she had asked for it to be cut back for years.

The 35-year-old said the tree was protected and could not be touched.

She said she would plant a hedge along the fence instead.
"""
ARTICLES["pronouns3"] = """Nurse runs 100 miles for children's ward

Nurse Chloe Varley, 27, has run 100 miles in a week to raise money for the children's ward at Ebbsfield Hospital.

She set off from the hospital on Monday and ran a different route every day.

Friends joined her for the last ten miles on Sunday.

She said the money would pay for toys and games.
"""
ARTICLES["milkman"] = """Milkman still delivering at 82

Milkman Reg Thorley still gets up at 3am six days a week to deliver milk around Eastwick.

He took over the round from his father in 1962.

He has never missed a day through illness.

The 82-year-old said he had no plans to retire.

The great-grandfather said his customers were his friends.
"""
ARTICLES["lottery"] = """Shop worker wins lottery

Sales assistant Donna Keeble, 48, from Harwood, won £1m on a scratchcard she bought on her lunch break.

The mother of three said she had to check the card five times.

Her husband, Mark, said he thought it was a joke when she rang him.

The 48-year-old said she would keep working at the shop.
"""
ARTICLES["singer"] = """Choir singer marks 70 years

Irishwoman Nuala Fahy joined the choir at St Brendan's church in Kilmarnagh in 1954.

She was 12.

The 82-year-old said singing had kept her young.

Choir master Philip Gough said she had not missed a rehearsal in seven decades.

The choir master said the church would hold a concert in her honour.
"""
ARTICLES["fireman"] = """Retired firefighter rescues family from blaze

Retired firefighter Gordon Mabey, 70, pulled a mother and her two children from a burning house in Cranfield on Friday night.

He saw smoke from his bedroom window.

The mother said she owed him her life.

The former firefighter said he had acted on instinct.
"""
ARTICLES["hospice"] = """Widow raises £5,000 for hospice

Jean Merritt has raised £5,000 for the Larkfield hospice that cared for her husband in his last weeks.

The widow said the nurses there had become like family.

She said she would hold a second fun day in the summer.
"""
ARTICLES["trap_ducks"] = """Pond plan upsets duck feeders

Arthur Quince, 79, has fed the ducks at Millbrook pond every morning for twenty years.

The council wants to drain the pond to build a car park.

A pensioner who lives opposite the pond said the ducks had been there longer than anyone could remember.

Mr Quince said he would chain himself to the railings.
"""

SPEAKERS = {}
SPEAKERS["parking"] = [
    ("said", "The mother of two", "Keeley Ashdown", "the charges took almost a"),  # (the paragraph before: sixtieth pass)
    ("said", "She", "Keeley Ashdown", "she had written to the ho"),
    ("said", "A spokesman for the trust", "spokesman for the trust", "the charges paid for the "),
]
SPEAKERS["allotment"] = [
    ("said", "The grandfather", "Walter Crabbe", "the council's new rent wo"),
    ("said", "he", "Walter Crabbe", "I grow enough potatoes fo"),
    ("said", "Councillor Ruth Penhallow", "Ruth Penhallow", "the rent had not risen si"),
]
SPEAKERS["cornershop"] = [
    ("said", "The shopkeeper", "Priya Mistry", "she was thinking of closi"),
    ("said", "Police", "Police", "they were checking footag"),
]
SPEAKERS["marathon"] = [
    ("said", "The Scot", "Fraser McLeish", "he had trained on the hil"),
    ("said", "He", "Fraser McLeish", "he would run in Berlin in"),
]
SPEAKERS["crossing"] = [
    ("said", "Somerden County Council", "Somerden County Council", "it would review the road"),
]
SPEAKERS["icypath"] = [
    ("said", "A nurse who treated him", "nurse", "the path had not been gri"),  # (someone new: no one named)
    ("said", "The pensioner", "Harold Venn", "he had warned the surgery"),
]
SPEAKERS["bypass"] = [
    ("said", "The pensioner", "Colin Brayford", "the new bypass would ruin"),  # (past Jasmine Okafor, 19: sixtieth pass)
    ("said", "The student", "Jasmine Okafor", "the bypass would cut her "),
    ("said", "The 19-year-old", "Jasmine Okafor", "most young people in the "),
]
SPEAKERS["ferry"] = [
    ("said", "The crofter", "Morag Sinclair", "islanders had been treate"),
    ("said", "She", "Morag Sinclair", "the operator should chart"),
    ("said", "The ferry operator", "ferry operator", "a technical fault had kep"),
]
SPEAKERS["lollipop"] = [
    ("said", "The 74-year-old", "Stanley Orme", "he would miss the childre"),
    ("said", "Headteacher Gwen Lacey", "Gwen Lacey", "the school would hold an "),
    ("said", "The headteacher", "Gwen Lacey", "a new crossing patrol had"),
]
SPEAKERS["flooding"] = [
    ("said", "The father of three", "Tariq Haddad", "the family had lost almos"),  # (two paragraphs back: sixtieth pass)
    ("said", "His wife, Leila", "Leila Haddad", "the children were staying"),
    ("said", "The Environment Agency", "Environment Agency", "flood defences for the vi"),
]
SPEAKERS["ambulance"] = [
    ("said", "The grandmother", "Edna Rowley", "she had never felt so hel"),  # (not her grandson Liam, named between)
    ("said", "The ambulance service", "ambulance service", "it was facing record dema"),
]
SPEAKERS["busdriver"] = [
    ("said", "The driver", "Kwame Asante", "he had only done what any"),
    ("said", "The bus company", "bus company", "it would give him an awar"),
]
SPEAKERS["potholes"] = [
    ("said", "The 41-year-old", "Hannah Blythe", "the hole had been reporte"),
    ("said", "The cyclist", "Hannah Blythe", "she had not been able to "),
    ("said", "A council spokeswoman", "council spokeswoman", "it could not comment on a"),
]
SPEAKERS["farm"] = [
    ("believe", "Police", "Police", "a dog was responsible"),
    ("said", "The farmer", "Gethin Pryce", "dog owners had to keep th"),
    ("said", "The Welshman", "Gethin Pryce", "he had lost more than £3,"),
]
SPEAKERS["vets"] = [
    ("said", "The 28-year-old", "Fiona Blake", "the trip had changed how "),
]
SPEAKERS["library"] = [
    ("said", "Its cabinet member for culture, Adrian Coyle", "Adrian Coyle", "the building needed repai"),
    ("said", "The volunteer", "Sheila Marchbank", "the group would meet in t"),
    ("said", "She", "Sheila Marchbank", "the library was the only "),
]
SPEAKERS["trap_sister"] = [
    ("said", "His sister", "His sister", "he had been a strong swim"),  # (someone new, not the boy)
    ("said", "A friend who was with him", "friend", "the water had been colder"),
    ("said", "Police", "Police", "the quarry was private la"),
]
SPEAKERS["trap_shop"] = [
    ("say", "Traders", "Traders", "roadworks are hurting bus"),
    ("said", "She", "Tina Marsh", "takings had fallen by hal"),
    ("said", "Another shopkeeper", "Another shopkeeper", "some traders would not su"),  # (not Tina Marsh)
    ("said", "The council", "council", "the works would finish in"),
]
SPEAKERS["trap_nurse"] = [
    ("said", "A nurse who tried to revive him", "nurse", "he had been unconscious w"),
    ("said", "His daughter", "His daughter", "the family wanted to than"),
]
SPEAKERS["twowomen"] = [
    ("says", "Brenda Hollis, 63", "Brenda Hollis", "the oak tree in her neigh"),
    ("said", "The grandmother", "Brenda Hollis", "she had asked for it to b"),  # (not Ruth Amadi, 35, named between)
    ("said", "The 35-year-old", "Ruth Amadi", "the tree was protected an"),
    ("said", "She", "Ruth Amadi", "she would plant a hedge a"),
]
SPEAKERS["pronouns3"] = [
    ("said", "She", "Chloe Varley", "the money would pay for t"),  # (three paragraphs on)
]
SPEAKERS["milkman"] = [
    ("said", "The 82-year-old", "Reg Thorley", "he had no plans to retire"),
    ("said", "The great-grandfather", "Reg Thorley", "his customers were his fr"),  # (the paragraph before's speaker: sixtieth pass)
]
SPEAKERS["lottery"] = [
    ("said", "Her husband, Mark", "Mark Keeble", "he thought it was a joke "),
    ("said", "The 48-year-old", "Donna Keeble", "she would keep working at"),
]
SPEAKERS["singer"] = [
    ("said", "Choir master Philip Gough", "Philip Gough", "she had not missed a rehe"),
    ("said", "The choir master", "Philip Gough", "the church would hold a c"),
]
SPEAKERS["fireman"] = [
    ("said", "The mother", "mother", "she owed him her life"),  # (the mother he rescued, not the firefighter)
    ("said", "The former firefighter", "Gordon Mabey", "he had acted on instinct"),
]
SPEAKERS["hospice"] = [
    ("said", "The widow", "Jean Merritt", "the nurses there had beco"),  # (sixtieth pass)
    ("said", "She", "Jean Merritt", "she would hold a second f"),
]
SPEAKERS["trap_ducks"] = [
    ("said", "A pensioner who lives opposite the pond", "pensioner", "the ducks had been there "),  # (not Arthur Quince, 79)
    ("said", "Mr Quince", "Arthur Quince", "he would chain himself to"),
]

KNOWN = [
    # the widow named only as the owner of her husband's name ("Margaret Pennock's husband, Derek, was
    # killed"): no subject to reach back to, and the headline's 'Widow' with her
    ("crossing", "calls for", "Widow", "speed camera on A39", "Margaret Pennock"),
    ("crossing", "said", "The widow", "drivers still raced along", "Margaret Pennock"),
    ("crossing", "said", "She", "she had collected 900 sig", "Margaret Pennock"),
    # a body by a common noun in lower case ('the path outside Grangeford surgery' ... 'The surgery said')
    ("icypath", "said", "The surgery", "it would buy more grit", "Grangeford surgery"),
    # a bare job ('The baker') is someone else to ``epithet_after`` (the older probes' convention), though
    # the report's 'he' picks Dennis of the two named; and 'Mrs Fairweather' is Joan's courtesy title
    ("bakery", "said", "The baker", "he could no longer afford", "Dennis Fairweather"),
    ("bakery", "said", "Mrs Fairweather", "she would miss the custom", "Joan Fairweather"),
    # 'The veteran vet' after two vets named together (the report's 'he' fits only Alan Gorse)
    ("vets", "said", "The veteran vet", "he hoped to go back next ", "Alan Gorse"),
    # the NER tags the town in 'Donna Keeble, 48, from Harwood,' a person: two named there
    ("lottery", "said", "The mother of three", "she had to check the card", "Donna Keeble"),
    # no report found for 'The 82-year-old said singing had kept her young' after 'She was 12.'
    ("singer", "said", "The 82-year-old", "singing had kept her youn", "Nuala Fahy"),
]
