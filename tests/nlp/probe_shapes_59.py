# ruff: noqa: E501  (an article paragraph is one line, as a news page has it, but for the hard-wrapped ones)
"""Forty-five short articles written for the fifty-ninth session's check of text shapes (helper B), as pages
reach Sourcebook after HTML-to-text or from a .txt file: every kind of quotation mark (straight, curly double
and single, guillemets both ways, German low-high, ``TeX'' style, double primes, several in one article),
quotations inside quotations, a quotation left open at a paragraph's end and opened again in the next one, a
stray closing mark with no opener, hard-wrapped plain text (lines broken near 70 columns, paragraphs apart by a
blank line or only by an indent), all-capital headlines and kickers, dialogue dashes ('- We stay, said X.'),
ellipses at a quotation's start or end, bracketed insertions ('[sic]'), non-breaking spaces and zero-width
characters inside quotations, and Windows line endings; the next eight were written after the mends, to
probe them in other words, and the last is mojibake (UTF-8 read as Windows-1252: '\u00e2\u20ac\u0153'). Two HTML pages (``PAGES``, ``PAGE_GOLD``) set quotations in '<q>' elements and
break sentences with '<br>'.

The gold is written by hand as PolNeAR marks it (NOTES.md: internal states count, sources are maximal): per
article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. A
quotation run over several paragraphs has its first paragraph as first content. Every name, place, figure and
sentence is made up. Read by ``test_probe_findings_59_shapes``, through the reading of a .txt file's bytes
(Windows line endings kept here): the gold is the text as read, a wrapper's line breaks as spaces."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["straight_marks"] = """Ferry crew walk out over rota changes

Crew on the Tarrow Sound ferry stopped work at noon on Tuesday, leaving about 200 passengers waiting on the quay at Dunvane.

"We were given four days' notice of a rota that cuts our rest to nine hours," said Callum Reid, a deckhand for eleven years.

The operator, Sound Link, said the new rota had been agreed with the union in March.

"That is simply not true," Reid said. "Nobody agreed anything."

Services are expected to resume on Thursday.
"""
GOLD["straight_marks"] = [
    ("said", "Callum Reid, a deckhand for eleven years", "We were given four days' notice of a rota that cuts our rest to nine hours"),
    ("said", "The operator, Sound Link", "the new rota had been agreed with the union in March"),
    ("said", "Reid", "That is simply not true"),
]
NOT_REPORTS["straight_marks"] = []

ARTICLES["curly_double"] = """Hospice opens garden built by volunteers

A garden laid out over two summers by more than sixty volunteers opened at St Brannoc’s hospice on Saturday.

“Patients asked for somewhere they could sit outside without being looked at,” said the hospice’s director, Wendy Albright.

One volunteer, Gareth Moyle, 74, said he had come every Wednesday since the first spade went in.

“It gave me a reason to get up,” he said.

The garden cost £31,000, most of it raised at a single auction.
"""
GOLD["curly_double"] = [
    ("said", "the hospice’s director, Wendy Albright", "Patients asked for somewhere they could sit outside without being looked at"),
    ("said", "One volunteer, Gareth Moyle, 74", "he had come every Wednesday since the first spade went in"),
    ("said", "he", "It gave me a reason to get up"),
]
NOT_REPORTS["curly_double"] = ["The garden cost £31,000, most of it raised at a single auction."]
SPEAKERS["curly_double"] = [("said", "he", "Gareth Moyle", "It gave")]

ARTICLES["single_curly"] = """Snooker hall’s closure ‘the end of an era’

A snooker hall that has stood above a row of shops in Pellingford since 1962 will close at the end of the month.

‘We’ve had three generations of the same families through that door,’ said the owner, Desmond Varley.

He said rising energy bills had made heating twelve tables impossible.

‘The players’ money can’t cover it any more. It’s as simple as that,’ he added.

The building has been sold to a developer.
"""
GOLD["single_curly"] = [
    ("said", "the owner, Desmond Varley", "We’ve had three generations of the same families through that door"),
    ("said", "He", "rising energy bills had made heating twelve tables impossible"),
    ("added", "he", "The players’ money can’t cover it any more. It’s as simple as that"),
]
NOT_REPORTS["single_curly"] = ["The building has been sold to a developer."]
SPEAKERS["single_curly"] = [("added", "he", "Desmond Varley", "The players")]

ARTICLES["guillemets_out"] = """Lyon bakers protest against flour prices

Several hundred bakers marched through the centre of Lyon on Monday to demand help with the price of flour.

«We are working seventy hours a week to lose money», said Martine Caradec, who runs a bakery in the Croix-Rousse district.

The regional prefect, Alain Roussel, said the state would study the request.

«Study it? We have been studying it for two years», replied Caradec.

A second march is planned for next week.
"""
GOLD["guillemets_out"] = [
    ("said", "Martine Caradec, who runs a bakery in the Croix-Rousse district", "We are working seventy hours a week to lose money"),
    ("said", "The regional prefect, Alain Roussel", "the state would study the request"),
    ("replied", "Caradec", "Study it? We have been studying it for two years"),
]
NOT_REPORTS["guillemets_out"] = ["A second march is planned for next week."]

ARTICLES["guillemets_in"] = """Copenhagen cyclists get heated lanes trial

Copenhagen will heat a 400-metre stretch of cycle lane this winter to see whether it stays free of ice.

»If it works here, it can work on every bridge in the city«, said the city’s traffic engineer, Freja Lund.

Critics on the council said the money would be better spent on gritting.

»We should not build a warm road for a few hundred bicycles«, said councillor Mads Holm.

The trial begins in December.
"""
GOLD["guillemets_in"] = [
    ("said", "the city’s traffic engineer, Freja Lund", "If it works here, it can work on every bridge in the city"),
    ("said", "Critics on the council", "the money would be better spent on gritting"),
    ("said", "councillor Mads Holm", "We should not build a warm road for a few hundred bicycles"),
]
NOT_REPORTS["guillemets_in"] = ["The trial begins in December."]

ARTICLES["german_low_high"] = """Bavarian brewers warn over bottle shortage

Small breweries in Bavaria say they are running out of returnable bottles because drinkers are keeping them at home.

„We need the bottles back, or there will be no beer in the summer“, said Georg Huber, who brews in the village of Aschau.

The brewers’ association asked shops to pay a higher deposit.

„A few cents more would bring back millions of bottles“, said its spokeswoman, Anna Leitner.

Huber said he had ordered new bottles from Italy.
"""
GOLD["german_low_high"] = [
    ("said", "Georg Huber, who brews in the village of Aschau", "We need the bottles back, or there will be no beer in the summer"),
    ("asked", "The brewers’ association", "shops to pay a higher deposit"),
    ("said", "its spokeswoman, Anna Leitner", "A few cents more would bring back millions of bottles"),
    ("said", "Huber", "he had ordered new bottles from Italy"),
]
NOT_REPORTS["german_low_high"] = []

ARTICLES["tex_marks"] = """Mill town library saved by bequest

A library in Holmfirth Bridge that was due to close in April has been saved by a bequest from a former teacher.

``She borrowed a book from us every week for sixty years,'' said the librarian, Susan Pike.

The teacher, Edna Whitworth, left the library £240,000 in her will.

``We can keep the doors open for at least a decade,'' Pike said, ``and we can buy new books again.''

The council had planned to sell the building.
"""
GOLD["tex_marks"] = [
    ("said", "the librarian, Susan Pike", "She borrowed a book from us every week for sixty years"),
    ("said", "Pike", "We can keep the doors open for at least a decade"),
]
NOT_REPORTS["tex_marks"] = ["The teacher, Edna Whitworth, left the library £240,000 in her will."]

ARTICLES["double_primes"] = """Allotment holders fight rent rise

Allotment holders in Kelsey Vale have been told their rents will double from next year.

″Most of us are pensioners on fixed incomes,″ said Harold Penn, who has grown vegetables on plot 14 since 1988.

The parish council said the rise would pay for new fencing and a water supply.

″We never asked for a fence,″ Penn said.

A meeting will be held at the village hall on Friday.
"""
GOLD["double_primes"] = [
    ("said", "Harold Penn, who has grown vegetables on plot 14 since 1988", "Most of us are pensioners on fixed incomes"),
    ("said", "The parish council", "the rise would pay for new fencing and a water supply"),
    ("said", "Penn", "We never asked for a fence"),
]
NOT_REPORTS["double_primes"] = ["A meeting will be held at the village hall on Friday."]

ARTICLES["mixed_marks"] = """Lorry drivers block depot over unpaid wages

About forty lorry drivers blocked the gates of a distribution depot near Saltby on Wednesday, saying they had not been paid for six weeks.

“We have families to feed,” said one driver, Piotr Nowak.

Another, Lee Fenwick, said: "The company keeps telling us the money is coming next Friday."

The depot’s owner, Harcastle Freight, said in a statement that it had ‘cash flow problems’ and would pay all wages by the end of the month.

‘We have heard that before,’ said Fenwick.
"""
GOLD["mixed_marks"] = [
    ("saying", "About forty lorry drivers", "they had not been paid for six weeks"),
    ("said", "one driver, Piotr Nowak", "We have families to feed"),
    ("said", "Another, Lee Fenwick", "The company keeps telling us the money is coming next Friday."),
    ("said", "The depot’s owner, Harcastle Freight", "it had ‘cash flow problems’ and would pay all wages by the end of the month"),
    ("said", "Fenwick", "We have heard that before"),
]
NOT_REPORTS["mixed_marks"] = []

ARTICLES["nested_curly"] = """Foster carer tells of the night a boy arrived with nothing

A foster carer from Eastwick has described taking in a seven-year-old boy who arrived at midnight with only the clothes he was wearing.

“The social worker stood at the door and said, ‘He hasn’t eaten since breakfast,’ and that was all we knew about him,” said Bernadette Okoro, who has fostered 23 children.

She said the county needed at least forty more carers.

“People think you need a big house. You need a spare room and patience,” she said.
"""
GOLD["nested_curly"] = [
    ("said", "Bernadette Okoro, who has fostered 23 children", "The social worker stood at the door and said, ‘He hasn’t eaten since breakfast,’ and that was all we knew about him"),
    ("said", "She", "the county needed at least forty more carers"),
    ("said", "she", "People think you need a big house. You need a spare room and patience"),
]
NOT_REPORTS["nested_curly"] = []
SPEAKERS["nested_curly"] = [("said", "She", "Bernadette Okoro", "the county")]

ARTICLES["nested_straight"] = """Referee says he was told to change his report

A county football referee says a club official told him to change his report on a match in which two players were sent off.

"He came into the changing room and said 'you didn't see the elbow, did you?' and then he left," the referee, Dean Hollis, told the county FA hearing.

The official, Barry Stott, denied making any such remark.

The hearing continues on Monday.
"""
GOLD["nested_straight"] = [
    ("says", "A county football referee", "a club official told him to change his report on a match in which two players were sent off"),
    ("told", "the referee, Dean Hollis", "He came into the changing room and said 'you didn't see the elbow, did you?' and then he left"),
    ("denied", "The official, Barry Stott", "making any such remark"),
]
NOT_REPORTS["nested_straight"] = ["The hearing continues on Monday."]

ARTICLES["open_para_curly"] = """Headteacher’s farewell after 28 years

The headteacher of Marrow Lane primary school, Patricia Dunne, spoke to parents for the last time at the school’s summer fair on Saturday.

“When I came here the roof leaked into the hall every time it rained and we had one computer for 300 children.

“Now we have a library that the children chose the books for, and a garden they planted themselves.

“I am not leaving because I am tired. I am leaving because it is somebody else’s turn,” she said.

She will be replaced in September by her deputy, Owen Shah.
"""
GOLD["open_para_curly"] = [
    ("said", "she", "When I came here the roof leaked into the hall every time it rained and we had one computer for 300 children."),
]
NOT_REPORTS["open_para_curly"] = ["She will be replaced in September by her deputy, Owen Shah."]
SPEAKERS["open_para_curly"] = [("said", "she", "Patricia Dunne", "When I came")]

ARTICLES["open_para_straight"] = """Harbour master warns of silt in channel

The harbour master at Port Elwin, Iain Baxter, told a public meeting on Thursday that the main channel was silting up faster than it could be dredged.

He said: "Two years ago a boat drawing three metres could come in at any state of the tide.

"Today it has to wait for high water. In five years it may not get in at all."

The harbour board will ask the government for £4m towards a new dredger.
"""
GOLD["open_para_straight"] = [
    ("told", "The harbour master at Port Elwin, Iain Baxter", "the main channel was silting up faster than it could be dredged"),
    ("said", "He", "Two years ago a boat drawing three metres could come in at any state of the tide."),
    ("ask", "The harbour board", "the government for £4m towards a new dredger"),
]
NOT_REPORTS["open_para_straight"] = []

ARTICLES["stray_close"] = """Market traders angry at new pitch fees

Traders at Hexley’s Saturday market say new pitch fees will drive them out of business.

The council raised the fee for a standard pitch from £18 to £45 a day in April.

We cannot make £45 back on a wet day," said Marion Tate, who sells cheese.

The council said the fees had not risen for nine years.

Tate said half the traders had already left.
"""
GOLD["stray_close"] = [
    ("say", "Traders at Hexley’s Saturday market", "new pitch fees will drive them out of business"),
    ("said", "Marion Tate, who sells cheese", "We cannot make £45 back on a wet day"),
    ("said", "The council", "the fees had not risen for nine years"),
    ("said", "Tate", "half the traders had already left"),
]
NOT_REPORTS["stray_close"] = ["The council raised the fee for a standard pitch from £18 to £45 a day in April."]

ARTICLES["hard_wrapped"] = """Quarry blasting cracks cottage walls, say residents

Residents of Brackley Hollow say blasting at the nearby Coldfell quarry
has cracked the walls of at least nine cottages since the spring.

"The whole house shakes and the pictures fall off the walls," said
Janet Murray, 68, who has lived in the hamlet all her life. "Last week
a crack opened right across the kitchen ceiling."

The quarry's operator, Fellstone Aggregates, said its blasts were
within the legal limits and were monitored by an independent engineer.

The district council said it would install its own vibration monitors
next month.
"""
GOLD["hard_wrapped"] = [
    ("say", "Residents of Brackley Hollow", "blasting at the nearby Coldfell quarry has cracked the walls of at least nine cottages since the spring"),
    ("said", "Janet Murray, 68, who has lived in the hamlet all her life", "The whole house shakes and the pictures fall off the walls"),
    ("said", "The quarry's operator, Fellstone Aggregates", "its blasts were within the legal limits and were monitored by an independent engineer"),
    ("said", "The district council", "it would install its own vibration monitors next month"),
]
NOT_REPORTS["hard_wrapped"] = []

ARTICLES["indented_paras"] = """Canal boat owners face mooring charge
    Boat owners on the Wendle canal will have to pay to moor overnight in
the town centre from June, the waterways trust said on Friday.
    "Many of us live on our boats because we cannot afford a flat," said
Samira Kaur, who chairs the boaters' association.
    The trust said the charge would pay for new water points and toilet
blocks along the towpath.
    Kaur said the association would fight the charge in the courts.
"""
GOLD["indented_paras"] = [
    ("said", "the waterways trust", "Boat owners on the Wendle canal will have to pay to moor overnight in the town centre from June"),
    ("said", "Samira Kaur, who chairs the boaters' association", "Many of us live on our boats because we cannot afford a flat"),
    ("said", "The trust", "the charge would pay for new water points and toilet blocks along the towpath"),
    ("said", "Kaur", "the association would fight the charge in the courts"),
]
NOT_REPORTS["indented_paras"] = []

ARTICLES["caps_kicker"] = """EXCLUSIVE
PENSIONERS LEFT WITHOUT HEATING FOR A WEEK

Residents of a sheltered housing block in Corriemoor went seven days without heating after a boiler failed, the Courier can reveal.

“We sat in our coats in the lounge because it was the only room with a fire,” said Agnes Drummond, 88.

The housing association, Haven Homes, said a replacement part had to be brought from Germany.

It said every resident had been offered an electric heater.
"""
GOLD["caps_kicker"] = [
    ("reveal", "the Courier", "Residents of a sheltered housing block in Corriemoor went seven days without heating after a boiler failed"),
    ("said", "Agnes Drummond, 88", "We sat in our coats in the lounge because it was the only room with a fire"),
    ("said", "The housing association, Haven Homes", "a replacement part had to be brought from Germany"),
    ("said", "It", "every resident had been offered an electric heater"),
]
NOT_REPORTS["caps_kicker"] = ["EXCLUSIVE", "PENSIONERS LEFT WITHOUT HEATING FOR A WEEK"]

ARTICLES["caps_breaking"] = """BREAKING: CHEMICAL PLANT FIRE - RESIDENTS TOLD TO KEEP WINDOWS SHUT

People living within two miles of the Averton chemical works have been told to keep their doors and windows closed after a fire broke out on Sunday afternoon.

Fire crews said the blaze had started in a storage shed holding cleaning products.

“There is no danger to the public at this stage, but we are asking people to stay indoors as a precaution,” said the county’s chief fire officer, Ruth Kendal.

UPDATED 17:40
"""
GOLD["caps_breaking"] = [
    ("said", "Fire crews", "the blaze had started in a storage shed holding cleaning products"),
    ("said", "the county’s chief fire officer, Ruth Kendal", "There is no danger to the public at this stage, but we are asking people to stay indoors as a precaution"),
]
NOT_REPORTS["caps_breaking"] = ["UPDATED 17:40"]

ARTICLES["dialogue_hyphen"] = """Fishermen refuse to leave harbour as quota talks fail

Talks between the fishermen of Santa Luzia and the regional government broke down late on Tuesday.

- We will stay in the harbour until the quota is restored, said the fishermen's leader, Joao Mendes.

- Nobody has offered us anything, he added.

The regional fisheries secretary said the quota was set in Brussels and could not be changed locally.
"""
GOLD["dialogue_hyphen"] = [
    ("said", "the fishermen's leader, Joao Mendes", "We will stay in the harbour until the quota is restored"),
    ("added", "he", "Nobody has offered us anything"),
    ("said", "The regional fisheries secretary", "the quota was set in Brussels and could not be changed locally"),
]
NOT_REPORTS["dialogue_hyphen"] = []
SPEAKERS["dialogue_hyphen"] = [("added", "he", "Joao Mendes", "Nobody")]

ARTICLES["dialogue_em_dash"] = """Village votes to keep its last bus

Residents of Velká Lhota voted on Sunday to pay for the village’s last bus service out of the local budget.

— Without the bus, the old people here are prisoners in their own houses, said the mayor, Jana Dvořáková.

— It costs us less than the new bus shelter did, said one resident, Tomáš Beneš.

The service runs twice a day to the market town of Kolín.
"""
GOLD["dialogue_em_dash"] = [
    ("said", "the mayor, Jana Dvořáková", "Without the bus, the old people here are prisoners in their own houses"),
    ("said", "one resident, Tomáš Beneš", "It costs us less than the new bus shelter did"),
]
NOT_REPORTS["dialogue_em_dash"] = ["The service runs twice a day to the market town of Kolín."]

ARTICLES["ellipsis_marks"] = """Retired judge recalls the trial that changed the law

A retired judge, Sir Anthony Brough, has written about the 1991 trial he says persuaded Parliament to change the law on joint enterprise.

“…and the jury came back after forty minutes,” he writes of the verdict, “and I knew we had made a terrible mistake.”

In an interview, he said the case still kept him awake at night.

“I think about that young man more than any other defendant I ever saw ...” he said.

The book is published on Thursday.
"""
GOLD["ellipsis_marks"] = [
    ("written", "A retired judge, Sir Anthony Brough", "the 1991 trial he says persuaded Parliament to change the law on joint enterprise"),
    ("writes", "he", "…and the jury came back after forty minutes"),
    ("said", "he", "the case still kept him awake at night"),
    ("said", "he", "I think about that young man more than any other defendant I ever saw ..."),
]
NOT_REPORTS["ellipsis_marks"] = ["The book is published on Thursday."]

ARTICLES["ellipsis_open"] = """Drought order for three rivers

Abstraction from three rivers in the Wolds has been restricted after the driest spring in fifty years.

"... we are at the point where the fish are dying in the shallows," said the Environment Agency's area manager, Keith Rowe.

Farmers said the restrictions would cost them a third of their potato crop.

"If it doesn't rain by July, we're finished…" said one grower, Ann Hebden.
"""
GOLD["ellipsis_open"] = [
    ("said", "the Environment Agency's area manager, Keith Rowe", "... we are at the point where the fish are dying in the shallows"),
    ("said", "Farmers", "the restrictions would cost them a third of their potato crop"),
    ("said", "one grower, Ann Hebden", "If it doesn't rain by July, we're finished…"),
]
NOT_REPORTS["ellipsis_open"] = []

ARTICLES["sic_brackets"] = """Council apologises for leaflet errors

A council has apologised after sending 40,000 households a recycling leaflet that told them to put glass in the wrong bin.

“The leaflet was proof read [sic] by three officers and none of them spotted it,” said the council leader, Graham Tully.

A resident, Rosa Lind, said: “They [the council] spent more on the leaflet than on emptying the bins.”

The council said a corrected leaflet would be sent at no extra cost.
"""
GOLD["sic_brackets"] = [
    ("said", "the council leader, Graham Tully", "The leaflet was proof read [sic] by three officers and none of them spotted it"),
    ("said", "A resident, Rosa Lind", "They [the council] spent more on the leaflet than on emptying the bins."),
    ("said", "The council", "a corrected leaflet would be sent at no extra cost"),
]
NOT_REPORTS["sic_brackets"] = []

ARTICLES["nbsp_quotes"] = """Rugby club\u00a0fined over stand safety

A rugby club in Aberlane has been fined £20,000 after part of a wooden stand collapsed during a match.

\u201cWe should have closed that stand\u00a0years ago,\u201d said the club\u2019s chairman,\u00a0Rhys Pugh.

The safety inspector, Dr\u00a0Carys Hume, said the timber had rotted right through.

\u201cIt was a matter of\u00a0luck that nobody was killed,\u201d\u00a0she\u00a0said.
"""
GOLD["nbsp_quotes"] = [
    ("said", "the club\u2019s chairman,\u00a0Rhys Pugh", "We should have closed that stand\u00a0years ago"),
    ("said", "The safety inspector, Dr\u00a0Carys Hume", "the timber had rotted right through"),
    ("said", "she", "It was a matter of\u00a0luck that nobody was killed"),
]
NOT_REPORTS["nbsp_quotes"] = []

ARTICLES["zero_width"] = """Ice rink\u200b to reopen after roof repairs

The Glenmorvan ice rink will reopen on Saturday after eighteen months of repairs to its roof.

\u201c\u200bThe children have been skating on a frozen pond in the park,\u200b\u201d said the rink\u2019s manager, Ewan Fraser.

The repairs cost \u00a3\u20602.3m, the council said.

\u201cWe\u200b are just glad\u2060 to have it back,\u201d\ufeff said a figure skating coach, Lorna Bain.
"""
GOLD["zero_width"] = [
    ("said", "the rink\u2019s manager, Ewan Fraser", "The children have been skating on a frozen pond in the park"),
    ("said", "the council", "The repairs cost \u00a32.3m"),
    ("said", "a figure skating coach, Lorna Bain", "We are just glad to have it back"),
]
NOT_REPORTS["zero_width"] = []

ARTICLES["windows_endings"] = """Pier reopens after storm damage\r\n\r\nThe Victorian pier at Selcombe reopened on Friday, fourteen months after a storm tore away a section of its decking.\r\n\r\n"We rebuilt it plank by plank with timber from the same kind of tree," said the pier's owner, Michael Grant.\r\n\r\nThe town council said visitor numbers had fallen by a quarter while the pier was closed.\r\n\r\nGrant said the repairs had cost £1.2m.\r\n"""
GOLD["windows_endings"] = [
    ("said", "the pier's owner, Michael Grant", "We rebuilt it plank by plank with timber from the same kind of tree"),
    ("said", "The town council", "visitor numbers had fallen by a quarter while the pier was closed"),
    ("said", "Grant", "the repairs had cost £1.2m"),
]
NOT_REPORTS["windows_endings"] = []

ARTICLES["windows_wrapped"] = """School meals supplier dropped\r\n\r\nA county council has ended its contract with a school meals supplier\r\nafter parents complained that children were going hungry.\r\n\r\n"My son came home every day and went straight to the bread bin,"\r\nsaid one parent, Helen Crowther. "The portions were tiny."\r\n\r\nThe supplier, Brightplate, said it had followed the council's menu\r\nand portion guidance.\r\n"""
GOLD["windows_wrapped"] = [
    ("complained", "parents", "children were going hungry"),
    ("said", "one parent, Helen Crowther", "My son came home every day and went straight to the bread bin"),
    ("said", "The supplier, Brightplate", "it had followed the council's menu and portion guidance"),
]
NOT_REPORTS["windows_wrapped"] = []

ARTICLES["colon_quotes"] = """Astronomers name comet after schoolgirl

A comet found in photographs taken by a school telescope has been named after the twelve-year-old who spotted it.

Her teacher, Martin Obi, said: “She noticed a smudge that moved between two pictures. Nobody else had looked twice at it.”

The girl, Amara Seth, had a simple message for other children: “Look at everything twice.”

The comet will not be visible without a telescope.
"""
GOLD["colon_quotes"] = [
    ("said", "Her teacher, Martin Obi", "She noticed a smudge that moved between two pictures. Nobody else had looked twice at it."),
    ("message", "The girl, Amara Seth", "Look at everything twice."),
]
NOT_REPORTS["colon_quotes"] = ["The comet will not be visible without a telescope."]

ARTICLES["headline_quote"] = """“We were left to drown”: flood victims say warning came too late

Families in the Lessing valley say a flood warning reached their phones more than an hour after the water came into their homes.

“By the time the message came, the water was up to the windows,” said Dorothy Ames, 70.

The flood agency said it was investigating why the warning was delayed.
"""
GOLD["headline_quote"] = [
    ("say", "flood victims", "warning came too late"),
    ("say", "Families in the Lessing valley", "a flood warning reached their phones more than an hour after the water came into their homes"),
    ("said", "Dorothy Ames, 70", "By the time the message came, the water was up to the windows"),
    ("said", "The flood agency", "it was investigating why the warning was delayed"),
]
NOT_REPORTS["headline_quote"] = []

ARTICLES["headline_single_straight"] = """'No one listened to us' - tenants speak after mould report

A report into damp in council flats in Norbridge has found that tenants' complaints were closed without anyone visiting.

'We reported the mould in our baby's room four times,' said Kelly Ward, who lives on the Brookside estate.

The council's housing director, Simon Lea, said he was "deeply sorry" and that every complaint would now be inspected.

'Sorry doesn't fix the walls,' Ward said.
"""
GOLD["headline_single_straight"] = [
    ("found", "A report into damp in council flats in Norbridge", "tenants' complaints were closed without anyone visiting"),
    ("said", "Kelly Ward, who lives on the Brookside estate", "We reported the mould in our baby's room four times"),
    ("said", "The council's housing director, Simon Lea", "he was \"deeply sorry\" and that every complaint would now be inspected"),
    ("said", "Ward", "Sorry doesn't fix the walls"),
]
NOT_REPORTS["headline_single_straight"] = []

ARTICLES["guillemets_nested"] = """Swiss village rejects wind farm

Voters in the mountain village of Saint-Aubin rejected a plan for six wind turbines on Sunday by 214 votes to 190.

«The developer told us, ‹You will not even hear them›, but we went to see the ones in the Jura and we could hear them from the road», said Claire Monnier, who led the campaign against the plan.

The developer, Helvent, said it was disappointed.

«We will look at other sites in the canton», said its director, Luc Favre.
"""
GOLD["guillemets_nested"] = [
    ("said", "Claire Monnier, who led the campaign against the plan", "The developer told us, ‹You will not even hear them›, but we went to see the ones in the Jura and we could hear them from the road"),
    ("said", "The developer, Helvent", "it was disappointed"),
    ("said", "its director, Luc Favre", "We will look at other sites in the canton"),
]
NOT_REPORTS["guillemets_nested"] = []

ARTICLES["wrapped_open_quote"] = """Widow's letter to the coroner read at inquest

The widow of a man who died after waiting nine hours for an ambulance
wrote to the coroner before the inquest. Her letter was read out in court
on Tuesday by the coroner, Julia Frame.

"My husband lay on the kitchen floor and kept saying sorry for the
trouble he was causing.

"He was a proud man. He would not have wanted anyone to see him like
that," the letter said.

The ambulance trust said it had been dealing with record demand that
night.
"""
GOLD["wrapped_open_quote"] = [
    ("said", "the letter", "My husband lay on the kitchen floor and kept saying sorry for the trouble he was causing."),
    ("said", "The ambulance trust", "it had been dealing with record demand that night"),
]
NOT_REPORTS["wrapped_open_quote"] = []

ARTICLES["tex_nested"] = """Union says drivers were told to skip breaks

A union representing bus drivers in Carrow says managers told drivers to skip their breaks to keep buses on time.

``One manager said to me, `if you stop for tea, the 42 will be late and that is on you,' '' said a driver, who asked not to be named.

The bus company, Carrow Connect, said drivers had never been told to skip a break.

The union is balloting its members on strike action.
"""
GOLD["tex_nested"] = [
    ("says", "A union representing bus drivers in Carrow", "managers told drivers to skip their breaks to keep buses on time"),
    ("said", "a driver, who asked not to be named", "One manager said to me, `if you stop for tea, the 42 will be late and that is on you,'"),
    ("said", "The bus company, Carrow Connect", "drivers had never been told to skip a break"),
]
NOT_REPORTS["tex_nested"] = ["The union is balloting its members on strike action."]

ARTICLES["unclosed_end"] = """Bell ringers ring for six hours to mark anniversary

Bell ringers at St Olave's church in Wetherdon rang for six hours on Sunday to mark the church's 800th anniversary.

"It was the longest peal any of us had rung, and my arms will never forgive me," said the tower captain, Judith Moss.

She added: "We did it for everyone who rang these bells before us.
"""
GOLD["unclosed_end"] = [
    ("said", "the tower captain, Judith Moss", "It was the longest peal any of us had rung, and my arms will never forgive me"),
    ("added", "She", "We did it for everyone who rang these bells before us."),
]
NOT_REPORTS["unclosed_end"] = []

ARTICLES["caps_headline_quote"] = """'WE WERE TREATED LIKE CRIMINALS': FANS HIT OUT AT POLICE

Supporters of Dunmere Athletic say they were kept in a stadium for two hours after Saturday's match and refused access to toilets.

"There were children in that stand crying," said Paul Redding, who has held a season ticket for thirty years.

Police said the fans had been held back to prevent clashes with home supporters.
"""
GOLD["caps_headline_quote"] = [
    ("say", "Supporters of Dunmere Athletic", "they were kept in a stadium for two hours after Saturday's match and refused access to toilets"),
    ("said", "Paul Redding, who has held a season ticket for thirty years", "There were children in that stand crying"),
    ("said", "Police", "the fans had been held back to prevent clashes with home supporters"),
]
NOT_REPORTS["caps_headline_quote"] = []

ARTICLES["dash_interview"] = """Ten questions for the town's new fire chief

Neil Carver took charge of Hambury fire station in May after twenty years in the city brigade. We asked him about his first months.

What surprised you most?

— How many calls we get to people who have fallen at home. Almost a third of our call-outs.

What would you change?

— I would fit a smoke alarm in every house in the town for free. It costs less than one fire.
"""
GOLD["dash_interview"] = []
NOT_REPORTS["dash_interview"] = ["What surprised you most?", "What would you change?"]

# written after the mends, to probe them and the shapes around them in other words

ARTICLES["wrapped_sixty"] = """TRAM DEPOT PLAN SPLITS NEIGHBOURS

Plans for a tram depot on the old gasworks site in
Ellerby have split residents, a public meeting heard on
Monday night.

"Trams are quiet, they are clean and the site has been
empty for thirty years," said Noor Haddad, who lives
opposite the gates.

Her neighbour, Frank Dobbs, disagreed. He said the depot
would run through the night and that nobody had asked
the street what it wanted.

The transport authority said a decision would be made in
the autumn.
"""
GOLD["wrapped_sixty"] = [
    ("heard", "a public meeting", "Plans for a tram depot on the old gasworks site in Ellerby have split residents"),
    ("said", "Noor Haddad, who lives opposite the gates", "Trams are quiet, they are clean and the site has been empty for thirty years"),
    ("said", "He", "the depot would run through the night and that nobody had asked the street what it wanted"),
    ("said", "The transport authority", "a decision would be made in the autumn"),
]
NOT_REPORTS["wrapped_sixty"] = ["TRAM DEPOT PLAN SPLITS NEIGHBOURS"]
SPEAKERS["wrapped_sixty"] = [("said", "He", "Frank Dobbs", "the depot")]

ARTICLES["wrapped_crlf_caps"] = """SWIMMING POOL TO CLOSE FOR TWO YEARS\r\n\r\nThe only public swimming pool in Harlow Cross will close in\r\nJanuary for two years while its roof and boilers are replaced.\r\n\r\nThe leisure trust's chief executive, Dominic Reyes, said: "We know\r\nthis is hard for the swimming clubs and for the schools. There was\r\nno way to do the work with the pool open."\r\n\r\nSchools will bus pupils to a pool in the next town.\r\n"""
GOLD["wrapped_crlf_caps"] = [
    ("said", "The leisure trust's chief executive, Dominic Reyes", "We know this is hard for the swimming clubs and for the schools. There was no way to do the work with the pool open."),
]
NOT_REPORTS["wrapped_crlf_caps"] = ["SWIMMING POOL TO CLOSE FOR TWO YEARS", "Schools will bus pupils to a pool in the next town."]

ARTICLES["wrapped_said_break"] = """Orchard owner fined for spraying near school

An orchard owner in Tewley has been fined £6,000 for spraying a
pesticide on a windy morning beside a primary school, magistrates
heard.

"Children were coughing in the playground within minutes," the
school's headteacher, Alison Brae, told the court. "Two of them
had to go to hospital."

The owner, Gerald Finney, admitted the offence. His lawyer said
he had misread the weather forecast.
"""
GOLD["wrapped_said_break"] = [
    ("heard", "", "An orchard owner in Tewley has been fined £6,000 for spraying a pesticide on a windy morning beside a primary school"),
    ("told", "the school's headteacher, Alison Brae", "Children were coughing in the playground within minutes"),
    ("admitted", "The owner, Gerald Finney", "the offence"),
    ("said", "His lawyer", "he had misread the weather forecast"),
]
NOT_REPORTS["wrapped_said_break"] = []

ARTICLES["unclosed_cue_inside"] = """Shop owners count cost of flash flood

Shops on Mill Street in Carnby were flooded for the second time in a year on Thursday.

"We had just replaced the carpets from last time, said the owner of the bookshop, Ian Petrie.

The council said it would clear the drains on the street next week.
"""
GOLD["unclosed_cue_inside"] = [
    ("said", "the owner of the bookshop, Ian Petrie", "We had just replaced the carpets from last time"),
    ("said", "The council", "it would clear the drains on the street next week"),
]
NOT_REPORTS["unclosed_cue_inside"] = []

ARTICLES["french_spaced_guillemets"] = """Alpine refuge to close after rockfall

A mountain refuge above Chamonix will stay closed all summer after a rockfall damaged its path.

«\u00a0The path is simply gone. We cannot send walkers across that slope\u00a0», said the refuge's keeper, Sylvie Rambert.

The mayor of the valley said a new path would take two years to build.

«\u00a0We will lose a whole season\u00a0», Rambert said.
"""
GOLD["french_spaced_guillemets"] = [
    ("said", "the refuge's keeper, Sylvie Rambert", "The path is simply gone. We cannot send walkers across that slope"),
    ("said", "The mayor of the valley", "a new path would take two years to build"),
    ("said", "Rambert", "We will lose a whole season"),
]
NOT_REPORTS["french_spaced_guillemets"] = []

ARTICLES["guillemets_paras"] = """Ship's captain describes night of the storm

The captain of the cargo ship Aldora, Mikkel Strand, described the night his ship lost forty containers in the North Sea.

«The first wave hit us just after two in the morning. I have never seen the sea stand up like that.

«We turned into the wind and waited for the morning», he told investigators.

The ship reached Rotterdam two days later.
"""
GOLD["guillemets_paras"] = [
    ("told", "he", "The first wave hit us just after two in the morning. I have never seen the sea stand up like that."),
]
NOT_REPORTS["guillemets_paras"] = ["The ship reached Rotterdam two days later."]
SPEAKERS["guillemets_paras"] = [("told", "he", "Mikkel Strand", "The first wave")]

ARTICLES["curly_straight_mix_pair"] = """Cyclist's widow calls for lorry mirrors law

The widow of a cyclist killed by a turning lorry has called for every lorry in the city to be fitted with extra mirrors.

“He was two metres from the cab and the driver never saw him," said Rachel Obuya.

The haulage firm said its lorries already met the legal standard.

"I don't care about the standard. I care about the next family,” she said.
"""
GOLD["curly_straight_mix_pair"] = [
    ("called", "The widow of a cyclist killed by a turning lorry", "every lorry in the city to be fitted with extra mirrors"),
    ("said", "Rachel Obuya", "He was two metres from the cab and the driver never saw him"),
    ("said", "The haulage firm", "its lorries already met the legal standard"),
    ("said", "she", "I don't care about the standard. I care about the next family"),
]
NOT_REPORTS["curly_straight_mix_pair"] = []
SPEAKERS["curly_straight_mix_pair"] = [("said", "she", "Rachel Obuya", "I don't care")]

ARTICLES["tab_indented"] = """Night bus service cut despite protest
\tThe night bus between Garrow and the city centre will run only at weekends from March, the operator said on Tuesday.
\t"Half the people on that bus are nurses and cleaners going to work," said Beatrice Nkem, who started a petition against the cut.
\tThe operator, Metrolink West, said fewer than ten people used the bus on weekday nights.
"""
GOLD["tab_indented"] = [
    ("said", "the operator", "The night bus between Garrow and the city centre will run only at weekends from March"),
    ("said", "Beatrice Nkem, who started a petition against the cut", "Half the people on that bus are nurses and cleaners going to work"),
    ("said", "The operator, Metrolink West", "fewer than ten people used the bus on weekday nights"),
]
NOT_REPORTS["tab_indented"] = []


def _garbled(text: str) -> str:
    """``text`` as a scraper that read its UTF-8 bytes as Windows-1252 stored it ('\u00e2\u20ac\u0153' for '\u201c',
    and '\u00e2\u20ac\ufffd' for '\u201d', whose last byte Windows-1252 leaves undefined)."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


ARTICLES["mojibake"] = _garbled("""Café owner fights eviction from railway arch

The owner of a café in a railway arch in Brixley says she will fight an eviction notice served by the arch’s new landlord.

“I have paid the rent on time for nineteen years,” said José Ramírez’s widow, Lucía Ramírez, who has run the café since her husband died.

The landlord, Archway Estates, said the arch was needed for a “wider redevelopment” of the site.

“They want a wine bar,” said one regular, Ken Ashdown. “We want our breakfast.”
""")
GOLD["mojibake"] = [
    ("says", "The owner of a café in a railway arch in Brixley", "she will fight an eviction notice served by the arch’s new landlord"),
    ("said", "José Ramírez’s widow, Lucía Ramírez, who has run the café since her husband died", "I have paid the rent on time for nineteen years"),
    ("said", "The landlord, Archway Estates", "the arch was needed for a “wider redevelopment” of the site"),
    ("said", "one regular, Ken Ashdown", "They want a wine bar"),
]
NOT_REPORTS["mojibake"] = []

# pages as they are fetched (HTML), read by trafilatura: quotation elements, line breaks inside sentences
PAGES = {}
PAGE_GOLD = {}

PAGES["q_elements"] = """<html><head><title>Lifeboat crew rescue kayakers in fog</title></head><body><article>
<h1>Lifeboat crew rescue kayakers in fog</h1>
<p>Two kayakers were rescued from the sea off Penhallow Point on Sunday after fog came down faster than forecast and they lost sight of the shore.</p>
<p><q>We could hear them shouting long before we could see them</q>, said the lifeboat's helmsman, Tom Rowse.</p>
<p>The coastguard said both kayakers were wearing life jackets and had a radio, which had <q>almost certainly saved their lives</q>.</p>
<p>One of the pair, Lucy Arden, said: <q>I will never again go out without checking the fog forecast. My brother said <q>we'll be back for lunch</q>, and we nearly weren't back at all.</q></p>
</article></body></html>"""
PAGE_GOLD["q_elements"] = [
    ("said", "the lifeboat's helmsman, Tom Rowse", "We could hear them shouting long before we could see them"),
    ("said", "The coastguard", "both kayakers were wearing life jackets and had a radio"),
    ("said", "One of the pair, Lucy Arden", "I will never again go out without checking the fog forecast. My brother said \u2018we'll be back for lunch\u2019, and we nearly weren't back at all."),
]

PAGES["br_breaks"] = """<html><head><title>Council to sell historic market hall</title></head><body><article>
<h1>Council to sell historic market hall</h1>
<p>Torbury council has voted to sell its Victorian market hall to a hotel group for £3.1m, despite a petition signed by more than 4,000 people.</p>
<p>The council leader, Sandra Voss, said the hall cost<br>£400,000 a year to keep open and that the money was needed for social care.<br><br>Traders said they had not been told where they would go.</p>
<p>&ldquo;We have been here for three generations and we found out from the newspaper,&rdquo;&nbsp;said Amir Qureshi,<br>who runs a fruit stall in the hall.</p>
</article></body></html>"""
PAGE_GOLD["br_breaks"] = [
    ("said", "The council leader, Sandra Voss", "the hall cost £400,000 a year to keep open and that the money was needed for social care"),
    ("said", "Traders", "they had not been told where they would go"),
    ("said", "Amir Qureshi, who runs a fruit stall in the hall", "We have been here for three generations and we found out from the newspaper"),
]
