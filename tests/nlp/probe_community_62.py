# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-one short articles written for the sixty-second session's check of religion, charity, volunteering and
community and arts news (helper I), in the styles of local papers, parish and charity newsletters and arts pages:
clergy by title ('the Rev X said', 'Father X told the congregation', 'the imam said in his sermon', 'Rabbi X wrote in the
newsletter'), scripture and prayers quoted ('the verse reads', 'as the psalm says'), a diocese's statement, charity
appeals ('the charity is appealing for', 'organisers hope to raise'), volunteers and beneficiaries, event organisers,
reviews and curators ('the curator explained', 'the programme notes describe'), awards ('the judges praised', 'the
citation reads'), groups named 'Friends of X' or 'X Women's Institute' as speakers, and a choir's or a band's 'we'.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, titles, appositions and relative
clauses included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``;
the lines that report nothing in ``NOT_REPORTS`` (service times, event listings, fundraising totals, hymn and book
titles, buildings and exhibitions described, narration); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every name, place, figure and sentence is made up. Read by ``test_probe_findings_62_community``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["bell_tower"] = """Bells to ring again at St Aldhelm's after tower repairs

The bells of St Aldhelm's Church in Coddington will ring again on Sunday for the first time in four years.

The medieval tower was closed in 2022 after cracks were found in its stonework.

The Rev Margaret Olusanya, the parish priest, said the village had missed the sound of the bells "more than anyone expected".

Repairs costing 186,000 pounds were paid for by grants and three summers of fetes.

"We rang them for weddings, for funerals and for the end of two wars," said tower captain Dennis Fairweather, 81.

A service of thanksgiving will be held at 10.30am, followed by a ploughman's lunch in the church hall.
"""
GOLD["bell_tower"] = [
    ("said", "The Rev Margaret Olusanya, the parish priest", "the village had missed the sound of the bells \"more than anyone expected\""),
    ("said", "tower captain Dennis Fairweather, 81", "We rang them for weddings, for funerals and for the end of two wars"),
]
NOT_REPORTS["bell_tower"] = [
    "The bells of St Aldhelm's Church in Coddington will ring again on Sunday for the first time in four years.",
    "The medieval tower was closed in 2022 after cracks were found in its stonework.",
    "Repairs costing 186,000 pounds were paid for by grants and three summers of fetes.",
    "A service of thanksgiving will be held at 10.30am, followed by a ploughman's lunch in the church hall.",
]

ARTICLES["parish_farewell"] = """Parish says farewell to priest after 22 years

Father Tomasz Wieczorek celebrated his last Mass at Our Lady of Lourdes in Harnby on Sunday.

Father Tomasz told the congregation that he would carry the parish "in every prayer I say".

He is moving to a chaplaincy at a hospital in Gdansk.

Parishioner Bernadette Quinlan said he had baptised all four of her grandchildren.

The parish council presented him with a framed photograph of the church and a cheque for 3,400 pounds.

He said he would use the money to buy a bicycle and "a very good coat".
"""
GOLD["parish_farewell"] = [
    ("told", "Father Tomasz", "he would carry the parish \"in every prayer I say\""),
    ("said", "Parishioner Bernadette Quinlan", "he had baptised all four of her grandchildren"),
    ("said", "He", "he would use the money to buy a bicycle and \"a very good coat\""),
]
NOT_REPORTS["parish_farewell"] = [
    "Father Tomasz Wieczorek celebrated his last Mass at Our Lady of Lourdes in Harnby on Sunday.",
    "He is moving to a chaplaincy at a hospital in Gdansk.",
    "The parish council presented him with a framed photograph of the church and a cheque for 3,400 pounds.",
]
SPEAKERS["parish_farewell"] = [("said", "He", "Tomasz Wieczorek", "he would use")]

ARTICLES["mosque_floods"] = """Mosque opens its doors to flood families

The Madina Mosque on Carver Street has housed 34 people whose homes were flooded last week.

Camp beds have been set up in the prayer hall's side rooms, and volunteers serve hot meals three times a day.

The imam, Sheikh Yusuf Patel, said in his Friday sermon that helping a neighbour in trouble was "not charity but duty".

One of the guests, retired bus driver Colin Marsh, said he had never set foot in a mosque before.

"They haven't asked me a single question except whether I take sugar," he said.

The mosque is collecting bedding and tinned food at its side entrance.
"""
GOLD["mosque_floods"] = [
    ("said", "The imam, Sheikh Yusuf Patel", "helping a neighbour in trouble was \"not charity but duty\""),
    ("said", "One of the guests, retired bus driver Colin Marsh", "he had never set foot in a mosque before"),
    ("said", "he", "They haven't asked me a single question except whether I take sugar"),
]
NOT_REPORTS["mosque_floods"] = [
    "The Madina Mosque on Carver Street has housed 34 people whose homes were flooded last week.",
    "Camp beds have been set up in the prayer hall's side rooms, and volunteers serve hot meals three times a day.",
    "The mosque is collecting bedding and tinned food at its side entrance.",
]
SPEAKERS["mosque_floods"] = [("said", "he", "Colin Marsh", "They haven't")]

ARTICLES["synagogue_newsletter"] = """Synagogue marks centenary with open day

Beth Shalom Synagogue in Wexley was founded in 1926 by eleven families who met above a tailor's shop.

Rabbi Naomi Adler wrote in the congregation's newsletter that the centenary was "a chance to thank the town that took us in".

The open day on 14 June will include tours of the sanctuary and an exhibition of wedding photographs from every decade.

The synagogue's stained glass windows were restored last year.

Its chairman, Harold Lipman, said more than 200 people had already booked places.

Kosher refreshments will be served in the garden.
"""
GOLD["synagogue_newsletter"] = [
    ("wrote", "Rabbi Naomi Adler", "the centenary was \"a chance to thank the town that took us in\""),
    ("said", "Its chairman, Harold Lipman", "more than 200 people had already booked places"),
]
NOT_REPORTS["synagogue_newsletter"] = [
    "Beth Shalom Synagogue in Wexley was founded in 1926 by eleven families who met above a tailor's shop.",
    "The open day on 14 June will include tours of the sanctuary and an exhibition of wedding photographs from every decade.",
    "The synagogue's stained glass windows were restored last year.",
    "Kosher refreshments will be served in the garden.",
]

ARTICLES["diocese_closures"] = """Diocese to close six churches as congregations shrink

Six churches in the Diocese of Brantmoor will close by the end of next year.

The diocese said in a statement that the buildings were "too costly to heat and too large for the handful who gather in them".

Average Sunday attendance at the six churches is fewer than 15 people.

Churchwarden Patricia Hemsley, of St Luke's in Oldfield, said villagers would fight the decision.

The Bishop of Brantmoor, the Rt Rev Simon Ackroyd, said no church would be sold without a full consultation.

St Luke's dates from the twelfth century and has a rare painted rood screen.
"""
GOLD["diocese_closures"] = [
    ("said", "The diocese", "the buildings were \"too costly to heat and too large for the handful who gather in them\""),
    ("said", "Churchwarden Patricia Hemsley, of St Luke's in Oldfield", "villagers would fight the decision"),
    ("said", "The Bishop of Brantmoor, the Rt Rev Simon Ackroyd", "no church would be sold without a full consultation"),
]
NOT_REPORTS["diocese_closures"] = [
    "Six churches in the Diocese of Brantmoor will close by the end of next year.",
    "Average Sunday attendance at the six churches is fewer than 15 people.",
    "St Luke's dates from the twelfth century and has a rare painted rood screen.",
]

ARTICLES["food_bank_appeal"] = """Food bank shelves empty as demand doubles

The Riverside Food Bank in Castlebridge is appealing for donations of tinned fish, long-life milk and nappies.

It handed out 2,900 food parcels between January and March, twice as many as a year ago.

Manager Olivia Grant said families who used to donate were now coming in for help.

"Some of our volunteers have started using us themselves," she said.

Donations can be left at the collection points in both supermarkets on the High Street.

The food bank is open on Tuesdays and Fridays from 10am to 1pm.
"""
GOLD["food_bank_appeal"] = [
    ("said", "Manager Olivia Grant", "families who used to donate were now coming in for help"),
    ("said", "she", "Some of our volunteers have started using us themselves"),
]
NOT_REPORTS["food_bank_appeal"] = [
    "The Riverside Food Bank in Castlebridge is appealing for donations of tinned fish, long-life milk and nappies.",
    "It handed out 2,900 food parcels between January and March, twice as many as a year ago.",
    "Donations can be left at the collection points in both supermarkets on the High Street.",
    "The food bank is open on Tuesdays and Fridays from 10am to 1pm.",
]
SPEAKERS["food_bank_appeal"] = [("said", "she", "Olivia Grant", "Some of our")]

ARTICLES["hospice_walk"] = """Midnight walk to raise money for hospice

Hundreds of walkers will set off from Pellingham Park at midnight on Saturday in aid of St Brigid's Hospice.

Organisers hope to raise 60,000 pounds for the hospice's new family room.

Last year's walk raised 48,250 pounds.

Organiser Kerry Dunmore said many walkers were doing it in memory of someone the hospice had cared for.

"My dad spent his last fortnight there and they made it feel like home," said walker Jason Pryor.

The route is ten miles long and passes the cathedral and the river.

Entries close on Thursday.
"""
GOLD["hospice_walk"] = [
    ("hope", "Organisers", "to raise 60,000 pounds for the hospice's new family room"),
    ("said", "Organiser Kerry Dunmore", "many walkers were doing it in memory of someone the hospice had cared for"),
    ("said", "walker Jason Pryor", "My dad spent his last fortnight there and they made it feel like home"),
]
NOT_REPORTS["hospice_walk"] = [
    "Hundreds of walkers will set off from Pellingham Park at midnight on Saturday in aid of St Brigid's Hospice.",
    "Last year's walk raised 48,250 pounds.",
    "The route is ten miles long and passes the cathedral and the river.",
    "Entries close on Thursday.",
]

ARTICLES["wi_jam"] = """Women's Institute celebrates 100 years of jam

The Thornby Women's Institute has held its centenary tea in the village hall.

Its first meeting, in 1926, was attended by 19 women and discussed the price of sugar.

Thornby Women's Institute said the branch now had 64 members, the youngest of them 23.

President Gwen Attwater said the branch's jam was "still made to the 1926 recipe, more or less".

A cake in the shape of the hall was baked by member Sunita Rao.

The tea was followed by a talk on the history of the village school.
"""
GOLD["wi_jam"] = [
    ("said", "Thornby Women's Institute", "the branch now had 64 members, the youngest of them 23"),
    ("said", "President Gwen Attwater", "the branch's jam was \"still made to the 1926 recipe, more or less\""),
]
NOT_REPORTS["wi_jam"] = [
    "The Thornby Women's Institute has held its centenary tea in the village hall.",
    "Its first meeting, in 1926, was attended by 19 women and discussed the price of sugar.",
    "A cake in the shape of the hall was baked by member Sunita Rao.",
    "The tea was followed by a talk on the history of the village school.",
]

ARTICLES["friends_park"] = """Friends group objects to cafe plan in Larkfield Park

Friends of Larkfield Park have objected to plans for a cafe beside the bandstand.

The group said the cafe would take up a third of the children's play area.

The council's parks manager, Ian Bellamy, said the design had been changed to keep the play area at its present size.

The park was laid out in 1884 and has a listed drinking fountain.

Friends of Larkfield Park chair Rosalind Hay said members were not against a cafe "in the right place".

Plans can be viewed at the council offices until 30 May.
"""
GOLD["friends_park"] = [
    ("objected", "Friends of Larkfield Park", "plans for a cafe beside the bandstand"),
    ("said", "The group", "the cafe would take up a third of the children's play area"),
    ("said", "The council's parks manager, Ian Bellamy", "the design had been changed to keep the play area at its present size"),
    ("said", "Friends of Larkfield Park chair Rosalind Hay", "members were not against a cafe \"in the right place\""),
]
NOT_REPORTS["friends_park"] = [
    "The park was laid out in 1884 and has a listed drinking fountain.",
    "Plans can be viewed at the council offices until 30 May.",
]

ARTICLES["choir_final"] = """Community choir reaches national final

The Danbury Community Choir has reached the final of the National Amateur Choir Competition.

The 42-strong choir sang a medley of folk songs and a setting of Psalm 23 in the semi-final in Leeds.

"We started as eight people in a pub back room, and half of us couldn't read music," said musical director Fiona Lacey.

Soprano Maureen Dykes, 74, said: "We sing because it makes us happy, and winning would just be the icing."

The final will be broadcast on national radio on 9 November.

The choir rehearses on Wednesday evenings at Danbury Methodist Church.
"""
GOLD["choir_final"] = [
    ("said", "musical director Fiona Lacey", "We started as eight people in a pub back room, and half of us couldn't read music"),
    ("said", "Soprano Maureen Dykes, 74", "We sing because it makes us happy, and winning would just be the icing"),
]
NOT_REPORTS["choir_final"] = [
    "The Danbury Community Choir has reached the final of the National Amateur Choir Competition.",
    "The 42-strong choir sang a medley of folk songs and a setting of Psalm 23 in the semi-final in Leeds.",
    "The final will be broadcast on national radio on 9 November.",
    "The choir rehearses on Wednesday evenings at Danbury Methodist Church.",
]

ARTICLES["brass_band"] = """Colliery band plays on after losing its bandroom

The Elmsworth Colliery Band has found a new home in a former chapel after its bandroom was sold.

The band was formed in 1891 by miners at the Elmsworth pit.

Band secretary Gareth Pugh said the chapel's acoustics were "better than anything we've played in".

"We've lost the pit, we've lost the miners' welfare, but we haven't lost the band," he said.

The band will give a free concert in the chapel on Saturday at 7pm.

Its programme includes "Gresford" and "Deep Harmony".
"""
GOLD["brass_band"] = [
    ("said", "Band secretary Gareth Pugh", "the chapel's acoustics were \"better than anything we've played in\""),
    ("said", "he", "We've lost the pit, we've lost the miners' welfare, but we haven't lost the band"),
]
NOT_REPORTS["brass_band"] = [
    "The Elmsworth Colliery Band has found a new home in a former chapel after its bandroom was sold.",
    "The band was formed in 1891 by miners at the Elmsworth pit.",
    "The band will give a free concert in the chapel on Saturday at 7pm.",
    "Its programme includes \"Gresford\" and \"Deep Harmony\".",
]
SPEAKERS["brass_band"] = [("said", "he", "Gareth Pugh", "We've lost")]

ARTICLES["gallery_exhibition"] = """Quilts of a mining valley go on show

An exhibition of 40 quilts made by women in the Rhosgoch valley opens at the Tanner Gallery on Friday.

The oldest quilt dates from 1870 and was stitched from flour sacks.

Curator Eleri Vaughan explained that many of the quilts had been made from the clothes of men killed in the pits.

The exhibition also includes a film of the last working quilter in the valley, who died in 2019.

The programme notes describe the quilts as "a history written in thread by people who left no other record".

The gallery is open from Tuesday to Sunday, and entry is free.
"""
GOLD["gallery_exhibition"] = [
    ("explained", "Curator Eleri Vaughan", "many of the quilts had been made from the clothes of men killed in the pits"),
    ("describe", "The programme notes", "a history written in thread by people who left no other record"),
]
NOT_REPORTS["gallery_exhibition"] = [
    "An exhibition of 40 quilts made by women in the Rhosgoch valley opens at the Tanner Gallery on Friday.",
    "The oldest quilt dates from 1870 and was stitched from flour sacks.",
    "The exhibition also includes a film of the last working quilter in the valley, who died in 2019.",
    "The gallery is open from Tuesday to Sunday, and entry is free.",
]

ARTICLES["theatre_review"] = """Review: a Twelfth Night that finds the sadness in the jokes

The Harbour Players' Twelfth Night runs at the Quay Theatre until Saturday.

The set is a crumbling seaside hotel, complete with a broken neon sign.

Director Amira Shah said she wanted the audience to feel "the end of a long summer".

Joe Kettle's Malvolio is the evening's triumph: pompous, pitiable and, in the final scene, genuinely frightening.

The production lasts two hours and forty minutes, with one interval.

Tickets cost 14 pounds, or 10 pounds for students.
"""
GOLD["theatre_review"] = [
    ("said", "Director Amira Shah", "she wanted the audience to feel \"the end of a long summer\""),
]
NOT_REPORTS["theatre_review"] = [
    "The Harbour Players' Twelfth Night runs at the Quay Theatre until Saturday.",
    "The set is a crumbling seaside hotel, complete with a broken neon sign.",
    "The production lasts two hours and forty minutes, with one interval.",
    "Tickets cost 14 pounds, or 10 pounds for students.",
]

ARTICLES["volunteer_award"] = """Lollipop man named volunteer of the year

A retired postman who has run a homework club for 15 years has been named volunteer of the year at the Fenbridge Civic Awards.

Desmond Achebe, 72, helps about 30 children every week at the library in Northgate.

The judges praised his "quiet, stubborn kindness" and the dozens of pupils he had helped into college.

The citation reads: "He never missed a Tuesday, not even the week of his own hip operation."

Mr Achebe said the award belonged to the children.

The ceremony was held at the Guildhall on Thursday evening.
"""
GOLD["volunteer_award"] = [
    ("praised", "The judges", "his \"quiet, stubborn kindness\" and the dozens of pupils he had helped into college"),
    ("reads", "The citation", "He never missed a Tuesday, not even the week of his own hip operation"),
    ("said", "Mr Achebe", "the award belonged to the children"),
]
NOT_REPORTS["volunteer_award"] = [
    "Desmond Achebe, 72, helps about 30 children every week at the library in Northgate.",
    "The ceremony was held at the Guildhall on Thursday evening.",
]

ARTICLES["psalm_service"] = """Flood victims remembered at cathedral service

More than 500 people attended a service at Ancaster Cathedral on Sunday to remember the eleven people who died in the floods.

The names of the dead were read aloud, and a candle was lit for each of them.

The Dean of Ancaster, the Very Rev Helen Morrow, told mourners that grief and gratitude could "sit in the same pew".

As the psalm says, "The waters have risen, O Lord, but you are mightier than the waves of the sea."

The hymns were "Eternal Father, Strong to Save" and "Abide with Me".

A collection raised 8,700 pounds for the flood relief fund.
"""
GOLD["psalm_service"] = [
    ("told", "The Dean of Ancaster, the Very Rev Helen Morrow", "grief and gratitude could \"sit in the same pew\""),
    ("says", "the psalm", "The waters have risen, O Lord, but you are mightier than the waves of the sea"),
]
NOT_REPORTS["psalm_service"] = [
    "More than 500 people attended a service at Ancaster Cathedral on Sunday to remember the eleven people who died in the floods.",
    "The names of the dead were read aloud, and a candle was lit for each of them.",
    "The hymns were \"Eternal Father, Strong to Save\" and \"Abide with Me\".",
    "A collection raised 8,700 pounds for the flood relief fund.",
]

ARTICLES["verse_mural"] = """Verse painted on church wall divides village

A verse from the Book of Micah has been painted in letters two feet high on the wall of Holy Trinity Church in Stavely.

The verse reads: "Do justice, love kindness, and walk humbly with your God."

Some residents have complained that the lettering is too bright for a conservation area.

The vicar, the Rev Owen Prothero, said the words were "the best summary of the faith I know".

The paint was donated by a local decorator.

The parish council will discuss the mural at its meeting on Monday.
"""
GOLD["verse_mural"] = [
    ("reads", "The verse", "Do justice, love kindness, and walk humbly with your God"),
    ("complained", "Some residents", "the lettering is too bright for a conservation area"),
    ("said", "The vicar, the Rev Owen Prothero", "the words were \"the best summary of the faith I know\""),
]
NOT_REPORTS["verse_mural"] = [
    "A verse from the Book of Micah has been painted in letters two feet high on the wall of Holy Trinity Church in Stavely.",
    "The paint was donated by a local decorator.",
]

ARTICLES["repair_cafe"] = """Repair cafe fixes its thousandth toaster

Volunteers at the Millgate Repair Cafe have mended their thousandth toaster since the cafe opened in 2019.

The cafe meets on the first Saturday of every month at the scout hut on Orchard Road.

Volunteer Raj Malhotra, a retired electrician, said most toasters only needed a new fuse or a good clean.

Visitor Hannah Lister said she had brought in her grandmother's sewing machine, which had not worked since 1998.

"It purrs now," she said.

The cafe also mends bicycles, clothes and lamps.
"""
GOLD["repair_cafe"] = [
    ("said", "Volunteer Raj Malhotra, a retired electrician", "most toasters only needed a new fuse or a good clean"),
    ("said", "Visitor Hannah Lister", "she had brought in her grandmother's sewing machine"),
    ("said", "she", "It purrs now"),
]
NOT_REPORTS["repair_cafe"] = [
    "Volunteers at the Millgate Repair Cafe have mended their thousandth toaster since the cafe opened in 2019.",
    "The cafe meets on the first Saturday of every month at the scout hut on Orchard Road.",
    "The cafe also mends bicycles, clothes and lamps.",
]
SPEAKERS["repair_cafe"] = [("said", "she", "Hannah Lister", "It purrs")]

ARTICLES["gurdwara_langar"] = """Gurdwara's free kitchen feeds 1,000 a week

The Guru Nanak Gurdwara in Eastfield serves free vegetarian meals to anyone who comes through its doors.

The langar is cooked by a rota of about 80 volunteers, the youngest of them nine years old.

Committee member Harjit Kaur said the number of people eating there had tripled since the winter.

"Nobody is asked who they are or why they have come," she said.

Visitors are asked to cover their heads and remove their shoes.

Meals are served every day from noon until 3pm.
"""
GOLD["gurdwara_langar"] = [
    ("said", "Committee member Harjit Kaur", "the number of people eating there had tripled since the winter"),
    ("said", "she", "Nobody is asked who they are or why they have come"),
]
NOT_REPORTS["gurdwara_langar"] = [
    "The Guru Nanak Gurdwara in Eastfield serves free vegetarian meals to anyone who comes through its doors.",
    "The langar is cooked by a rota of about 80 volunteers, the youngest of them nine years old.",
    "Meals are served every day from noon until 3pm.",
]
SPEAKERS["gurdwara_langar"] = [("said", "she", "Harjit Kaur", "Nobody is")]

ARTICLES["carnival_cancelled"] = """Summer carnival cancelled for lack of volunteers

Saltmarsh Summer Carnival will not go ahead this year, its organisers said on Monday.

The carnival committee said it needed at least 40 stewards and had found only 12.

The parade has been held every August since 1952, apart from two years during the pandemic.

Committee chair Linda Brewer said: "We are heartbroken, but we cannot put on a safe event with a dozen people."

Local councillor Alan Frost said he hoped the carnival would return next year.

Last year's event drew about 9,000 visitors.
"""
GOLD["carnival_cancelled"] = [
    ("said", "its organisers", "Saltmarsh Summer Carnival will not go ahead this year"),
    ("said", "The carnival committee", "it needed at least 40 stewards and had found only 12"),
    ("said", "Committee chair Linda Brewer", "We are heartbroken, but we cannot put on a safe event with a dozen people"),
    ("said", "Local councillor Alan Frost", "he hoped the carnival would return next year"),
]
NOT_REPORTS["carnival_cancelled"] = [
    "The parade has been held every August since 1952, apart from two years during the pandemic.",
    "Last year's event drew about 9,000 visitors.",
]

ARTICLES["book_festival"] = """Book festival announces its line-up

The Kestrel Bay Book Festival will run from 3 to 6 October.

Speakers include the historian Margaret Onwu, whose book "The Salt Roads" won the Harland Prize last year.

Festival director Tom Ashdown said the line-up was the strongest in the festival's 17-year history.

There will be a children's tent, a poetry slam and a walking tour of the town's literary landmarks.

"We want people who have never been to a book event to feel it is for them," Ashdown said.

Tickets go on sale on Friday.
"""
GOLD["book_festival"] = [
    ("said", "Festival director Tom Ashdown", "the line-up was the strongest in the festival's 17-year history"),
    ("said", "Ashdown", "We want people who have never been to a book event to feel it is for them"),
]
NOT_REPORTS["book_festival"] = [
    "The Kestrel Bay Book Festival will run from 3 to 6 October.",
    "Speakers include the historian Margaret Onwu, whose book \"The Salt Roads\" won the Harland Prize last year.",
    "There will be a children's tent, a poetry slam and a walking tour of the town's literary landmarks.",
    "Tickets go on sale on Friday.",
]

ARTICLES["refugee_sponsors"] = """Church group welcomes second refugee family

A group of parishioners at St Columba's in Arnside has welcomed a second family to the town under the community sponsorship scheme.

The family of five arrived from a camp in Jordan last month.

The group raised 9,000 pounds and found a three-bedroom house for them to rent.

Group leader Catherine Doyle said the family's eldest daughter had already been made a prefect at her school.

The father, who asked not to be named, said through an interpreter that the town had given his children "a future and a front door".

The scheme requires groups to support a family for two years.
"""
GOLD["refugee_sponsors"] = [
    ("said", "Group leader Catherine Doyle", "the family's eldest daughter had already been made a prefect at her school"),
    ("said", "The father, who asked not to be named", "the town had given his children \"a future and a front door\""),
]
NOT_REPORTS["refugee_sponsors"] = [
    "A group of parishioners at St Columba's in Arnside has welcomed a second family to the town under the community sponsorship scheme.",
    "The family of five arrived from a camp in Jordan last month.",
    "The group raised 9,000 pounds and found a three-bedroom house for them to rent.",
    "The scheme requires groups to support a family for two years.",
]

ARTICLES["charity_shop"] = """Charity shop turns away donations as stockroom overflows

The Heartline charity shop in Pennford has asked people to stop bringing donations for a fortnight.

Its stockroom is full to the ceiling with bags of clothes, books and bric-a-brac.

Shop manager Denise Yardley said volunteers could sort only about 80 bags a day.

The charity said it was grateful for every donation but could not store any more until the sorting had caught up.

The shop raised 71,000 pounds for heart research last year.

It is open from 9am to 5pm, Monday to Saturday.
"""
GOLD["charity_shop"] = [
    ("asked", "The Heartline charity shop in Pennford", "people to stop bringing donations for a fortnight"),
    ("said", "Shop manager Denise Yardley", "volunteers could sort only about 80 bags a day"),
    ("said", "The charity", "it was grateful for every donation but could not store any more until the sorting had caught up"),
]
NOT_REPORTS["charity_shop"] = [
    "Its stockroom is full to the ceiling with bags of clothes, books and bric-a-brac.",
    "The shop raised 71,000 pounds for heart research last year.",
    "It is open from 9am to 5pm, Monday to Saturday.",
]

ARTICLES["hymn_composer"] = """Retired organist's hymn chosen for national service

A hymn written by a retired organist from Wolsey Green will be sung at the national service of remembrance in November.

"Lights Along the Shore" was written by Arthur Penhaligon, 88, who played the organ at St Mary's for 51 years.

He said he wrote the tune in an afternoon and the words "over about forty years".

The Church Music Society said the hymn had been chosen from more than 300 entries.

Its closing verse speaks of "the lamps we leave for those who sail behind".

A recording by the St Mary's choir is available on the parish website.
"""
GOLD["hymn_composer"] = [
    ("said", "He", "he wrote the tune in an afternoon and the words \"over about forty years\""),
    ("said", "The Church Music Society", "the hymn had been chosen from more than 300 entries"),
]
NOT_REPORTS["hymn_composer"] = [
    "A hymn written by a retired organist from Wolsey Green will be sung at the national service of remembrance in November.",
    "\"Lights Along the Shore\" was written by Arthur Penhaligon, 88, who played the organ at St Mary's for 51 years.",
    "A recording by the St Mary's choir is available on the parish website.",
]
SPEAKERS["hymn_composer"] = [("said", "He", "Arthur Penhaligon", "he wrote")]

ARTICLES["men_shed"] = """Men's shed builds benches for hospital garden

Members of the Brockley Men's Shed have built six oak benches for the garden of Brockley Community Hospital.

The shed meets three mornings a week in a former bus depot.

Founder Malcolm Reeve, 69, said many members had joined after losing a wife or retiring.

"Men don't talk face to face, they talk shoulder to shoulder," he said.

A nurse at the hospital, Bethany Clarke, said patients had already started using the benches for visits.

Each bench carries a small brass plaque with the name of the member who made it.
"""
GOLD["men_shed"] = [
    ("said", "Founder Malcolm Reeve, 69", "many members had joined after losing a wife or retiring"),
    ("said", "he", "Men don't talk face to face, they talk shoulder to shoulder"),
    ("said", "A nurse at the hospital, Bethany Clarke", "patients had already started using the benches for visits"),
]
NOT_REPORTS["men_shed"] = [
    "Members of the Brockley Men's Shed have built six oak benches for the garden of Brockley Community Hospital.",
    "The shed meets three mornings a week in a former bus depot.",
    "Each bench carries a small brass plaque with the name of the member who made it.",
]
SPEAKERS["men_shed"] = [("said", "he", "Malcolm Reeve", "Men don't")]

ARTICLES["temple_festival"] = """Thousands expected at temple's Diwali celebration

The Shree Krishna Temple in Northcote expects about 5,000 visitors over the Diwali weekend.

A fireworks display will start at 8pm on Saturday on the playing fields behind the temple.

Temple president Vinod Mistry said the celebration was open to people of every faith and none.

Police have advised visitors to use the park-and-ride service from the retail park.

The temple was built in 1998 on the site of a former dairy.
"""
GOLD["temple_festival"] = [
    ("said", "Temple president Vinod Mistry", "the celebration was open to people of every faith and none"),
    ("advised", "Police", "visitors to use the park-and-ride service from the retail park"),
]
NOT_REPORTS["temple_festival"] = [
    "A fireworks display will start at 8pm on Saturday on the playing fields behind the temple.",
    "The temple was built in 1998 on the site of a former dairy.",
]

# (the five below were written after the mends, to probe their shapes in other words: newcomers welcomed, a prize
# presented, a carol and a play written, children a charity supports and an award's aims, beside a stance on a
# matter welcomed and a letter written)

ARTICLES["twinning_visit"] = """Twin town's choir visits Ashby for anniversary

Ashby welcomed 40 visitors from its twin town of Saint-Aubin on Friday to mark fifty years of the link.

The guests were welcomed at the town hall by the mayor, Cllr Jean Hollis.

The Saint-Aubin choir sang in St Peter's Church on Saturday evening.

Twinning association chair Robert Leigh said the link had outlived "three mayors' feuds and one lost ferry".

Members welcomed the council's decision to fund a return trip next year.
"""
GOLD["twinning_visit"] = [
    ("said", "Twinning association chair Robert Leigh", "the link had outlived \"three mayors' feuds and one lost ferry\""),
    ("welcomed", "Members", "the council's decision to fund a return trip next year"),
]
NOT_REPORTS["twinning_visit"] = [
    "Ashby welcomed 40 visitors from its twin town of Saint-Aubin on Friday to mark fifty years of the link.",
    "The guests were welcomed at the town hall by the mayor, Cllr Jean Hollis.",
    "The Saint-Aubin choir sang in St Peter's Church on Saturday evening.",
]

ARTICLES["young_artist"] = """Schoolgirl wins county art prize

A 14-year-old from Marlow Vale has won the county's young artist prize for a charcoal drawing of her grandfather.

The Lord Lieutenant presented Ellie Brannigan with the trophy and a 500-pound voucher at a ceremony in Hexley.

The judges said the drawing showed "a maturity you rarely see at any age".

Ellie said she drew her grandfather while he was asleep in his armchair.

Her drawing will hang in the county library until Christmas.
"""
GOLD["young_artist"] = [
    ("said", "The judges", "the drawing showed \"a maturity you rarely see at any age\""),
    ("said", "Ellie", "she drew her grandfather while he was asleep in his armchair"),
]
NOT_REPORTS["young_artist"] = [
    "A 14-year-old from Marlow Vale has won the county's young artist prize for a charcoal drawing of her grandfather.",
    "The Lord Lieutenant presented Ellie Brannigan with the trophy and a 500-pound voucher at a ceremony in Hexley.",
    "Her drawing will hang in the county library until Christmas.",
]

ARTICLES["nativity_play"] = """Village nativity returns with a new carol

The nativity play at Brindle Primary School was written by its pupils for the first time this year.

The carol that closes it was written by the school's caretaker, Len Ostrowski.

Headteacher Sarah Quayle said the children had insisted on a camel "with a bad attitude".

A letter sent home by the school says parents should bring a torch for the walk to the church.

Performances are at 2pm and 6pm on 18 December.
"""
GOLD["nativity_play"] = [
    ("said", "Headteacher Sarah Quayle", "the children had insisted on a camel \"with a bad attitude\""),
    ("says", "A letter sent home by the school", "parents should bring a torch for the walk to the church"),
]
NOT_REPORTS["nativity_play"] = [
    "The nativity play at Brindle Primary School was written by its pupils for the first time this year.",
    "The carol that closes it was written by the school's caretaker, Len Ostrowski.",
    "Performances are at 2pm and 6pm on 18 December.",
]

ARTICLES["lifeboat_gala"] = """Lifeboat station thanks town after record gala

Thousands of people visited the Penmarth lifeboat station's open day on Sunday.

The station welcomed families on board its new all-weather boat for the first time.

Crew member Dafydd Rowe said the day had raised more than the last three galas put together.

The RNLI presented the crew with a certificate for a rescue in January in which two fishermen were saved.

"We only do it because the town backs us," said coxswain Ian Tregear.
"""
GOLD["lifeboat_gala"] = [
    ("said", "Crew member Dafydd Rowe", "the day had raised more than the last three galas put together"),
    ("said", "coxswain Ian Tregear", "We only do it because the town backs us"),
]
NOT_REPORTS["lifeboat_gala"] = [
    "Thousands of people visited the Penmarth lifeboat station's open day on Sunday.",
    "The station welcomed families on board its new all-weather boat for the first time.",
    "The RNLI presented the crew with a certificate for a rescue in January in which two fishermen were saved.",
]

ARTICLES["carers_award"] = """Young carers' charity wins community award

Hollins Young Carers has won the community category of the Wrexford Business Awards.

The charity supports about 400 children who look after a parent or a brother or sister.

The award recognises groups that have changed lives in the borough over the past year.

Chief executive Nadia Farouk said the prize money would pay for a week at the seaside for 60 young carers.

"Most of our children have never had a holiday," she said.

A spokesman for the awards said the judges had been "moved to tears" by the charity's entry.
"""
GOLD["carers_award"] = [
    ("said", "Chief executive Nadia Farouk", "the prize money would pay for a week at the seaside for 60 young carers"),
    ("said", "she", "Most of our children have never had a holiday"),
    ("said", "A spokesman for the awards", "the judges had been \"moved to tears\" by the charity's entry"),
]
NOT_REPORTS["carers_award"] = [
    "Hollins Young Carers has won the community category of the Wrexford Business Awards.",
    "The charity supports about 400 children who look after a parent or a brother or sister.",
    "The award recognises groups that have changed lives in the borough over the past year.",
]
SPEAKERS["carers_award"] = [("said", "she", "Nadia Farouk", "Most of our")]
