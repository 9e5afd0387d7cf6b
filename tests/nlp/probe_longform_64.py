# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Eighteen long articles written for the sixty-fourth session's check of speakers in long articles with several
people (helper I): three to six quoted people an article, two or more of one gender, named again far apart by
surname, title and surname ('Dr Amadi'), role ('the surgeon'), pronoun ('she said'), a possessive ('her lawyer
said'); quotations that run over several paragraphs with the speaker named only at their start; a speaker named in
the headline only ('Harbourmaster: "We will reopen"'); a first mention by role and then by name ('A ferry
mechanic ... Mr Kell, 52, said'); and traps, a pronoun right after a second person of its gender is named in a role
that says nothing ('She said Ms Oduya had warned her').

The gold is written by hand: per article, (cue word, source as written, the first content span, the speaker's
full name or the description the project keeps) for each report in ``REPORTS``; ``CONTINUED`` holds the opening
words of a quoted paragraph that goes on with a report whose speaker is named only at its start, with that speaker;
``NOT_REPORTS`` the lines that report nothing. ``GOLD`` and ``SPEAKERS`` are read from ``REPORTS`` in the shape
``probe_checks.article_set_tests`` takes. Every name, place, body, figure and sentence is made up. Read by
``test_probe_findings_64_longform``."""

ARTICLES = {}
REPORTS = {}
CONTINUED = {}
NOT_REPORTS = {}

ARTICLES["ferry_engines"] = """Island ferry cancelled for third week as engine parts wait in depot

The only car ferry to Skerrin Island has been out of service for three weeks, and islanders say shops are running short of fresh food.

The Skerrin Lady, which carries up to 40 cars, broke down on 3 March.

A ferry mechanic who has worked on the vessel for a decade said the replacement gearbox had been sitting in a mainland depot since last Tuesday.

"Nobody has signed the paperwork to release it," said the mechanic, Aled Kell, 52.

Mr Kell said the crew had offered to collect the part themselves.

The ferry's operator, Westerly Crossings, said it was working to restore the service as quickly as possible.

Its operations director, Gareth Pryce, told the Island News that the gearbox needed to pass safety checks before it could be fitted.

"We will not put a vessel back in the water until it is safe," he said.

On the island, the owner of the only grocery, Morwenna Tallis, said her shelves had been half empty since the weekend.

"People are buying whatever arrives on the small boat," Ms Tallis said. "Bread goes in an hour.

"Milk is worse. Some of my older customers have not had fresh milk in nine days."

A passenger boat still runs twice a day, weather permitting.

Island councillor Bethan Rowe said she had written to the transport minister on Friday.

She said Ms Tallis had warned her a fortnight ago that stocks would run low.

Mr Pryce said the company expected the ferry to sail again by the end of the month.

Asked about compensation, the operations director said the company would consider claims from island businesses.

Mr Kell was less hopeful.

"I have heard the end of the month before," the mechanic said.
"""
REPORTS["ferry_engines"] = [
    ("say", "islanders", "shops are running short of fresh food", "islanders"),
    ("said", "A ferry mechanic who has worked on the vessel for a decade", "the replacement gearbox had been sitting in a mainland depot since last Tuesday", "Aled Kell"),
    ("said", "the mechanic, Aled Kell, 52", "Nobody has signed the paperwork to release it", "Aled Kell"),
    ("said", "Mr Kell", "the crew had offered to collect the part themselves", "Aled Kell"),
    ("said", "The ferry's operator, Westerly Crossings", "it was working to restore the service as quickly as possible", "Westerly Crossings"),
    ("told", "Its operations director, Gareth Pryce", "the gearbox needed to pass safety checks before it could be fitted", "Gareth Pryce"),
    ("said", "he", "We will not put a vessel back in the water until it is safe", "Gareth Pryce"),
    ("said", "the owner of the only grocery, Morwenna Tallis", "her shelves had been half empty since the weekend", "Morwenna Tallis"),
    ("said", "Ms Tallis", "People are buying whatever arrives on the small boat", "Morwenna Tallis"),
    ("said", "Island councillor Bethan Rowe", "she had written to the transport minister on Friday", "Bethan Rowe"),
    ("said", "She", "Ms Tallis had warned her a fortnight ago that stocks would run low", "Bethan Rowe"),
    ("said", "Mr Pryce", "the company expected the ferry to sail again by the end of the month", "Gareth Pryce"),
    ("said", "the operations director", "the company would consider claims from island businesses", "Gareth Pryce"),
    ("said", "the mechanic", "I have heard the end of the month before", "Aled Kell"),
]
CONTINUED["ferry_engines"] = [("Milk is worse", "Morwenna Tallis")]
NOT_REPORTS["ferry_engines"] = ["The Skerrin Lady, which carries up to 40 cars, broke down on 3 March.", "A passenger boat still runs twice a day, weather permitting."]

ARTICLES["harbour_wall"] = """Harbourmaster: "We will reopen before the summer"

Storm damage to Caldmouth's harbour wall will be repaired by June, the town's harbourmaster has promised.

A 30-metre stretch of the wall collapsed during the gales of 11 February, leaving the inner basin open to the sea.

Twelve fishing boats have since moored at Penhallow, six miles along the coast.

Speaking at a meeting in the lifeboat station on Thursday, the harbourmaster, Captain Ewan Rudd, said contractors would start work next week.

"The stone is ordered and the crane is booked," Captain Rudd said. "What we need now is a fortnight of calm weather.

"If we get that, the basin will be sheltered again by the middle of May, and the boats can come home."

The fishermen's association said its members had lost about £80,000 in extra fuel and mooring fees.

Its chairman, Dougie Fenn, a trawler skipper for thirty years, said the harbour board had been warned about cracks in the wall in 2019.

"They patched it and hoped," he said.

Rudd, who took the post in 2021, said he had not seen the 2019 survey until after the collapse.

The county council's engineer, Priya Desai, said the repair would cost £1.4m.

She said the harbour board would pay a quarter of the cost and a government coastal fund the rest.

Mr Fenn's brother, Callum, who runs the fish market, said trade had fallen by half.

"Buyers don't want to drive to Penhallow," Callum Fenn said.

The harbourmaster said he understood the frustration.

"Nobody wants those boats back more than I do," he said.
"""
REPORTS["harbour_wall"] = [
    ("has promised", "the town's harbourmaster", "Storm damage to Caldmouth's harbour wall will be repaired by June", "Ewan Rudd"),
    ("said", "the harbourmaster, Captain Ewan Rudd", "contractors would start work next week", "Ewan Rudd"),
    ("said", "Captain Rudd", "The stone is ordered and the crane is booked", "Ewan Rudd"),
    ("said", "The fishermen's association", "its members had lost about £80,000 in extra fuel and mooring fees", "fishermen's association"),
    ("said", "Its chairman, Dougie Fenn, a trawler skipper for thirty years", "the harbour board had been warned about cracks in the wall in 2019", "Dougie Fenn"),
    ("said", "he", "They patched it and hoped", "Dougie Fenn"),
    ("said", "Rudd, who took the post in 2021", "he had not seen the 2019 survey until after the collapse", "Ewan Rudd"),
    ("said", "The county council's engineer, Priya Desai", "the repair would cost £1.4m", "Priya Desai"),
    ("said", "She", "the harbour board would pay a quarter of the cost and a government coastal fund the rest", "Priya Desai"),
    ("said", "Mr Fenn's brother, Callum, who runs the fish market", "trade had fallen by half", "Callum Fenn"),
    ("said", "Callum Fenn", "Buyers don't want to drive to Penhallow", "Callum Fenn"),
    ("said", "The harbourmaster", "he understood the frustration", "Ewan Rudd"),
    ("said", "he", "Nobody wants those boats back more than I do", "Ewan Rudd"),
]
CONTINUED["harbour_wall"] = [("If we get that", "Ewan Rudd")]
NOT_REPORTS["harbour_wall"] = ["A 30-metre stretch of the wall collapsed during the gales of 11 February, leaving the inner basin open to the sea.", "Twelve fishing boats have since moored at Penhallow, six miles along the coast."]

ARTICLES["surgery_waits"] = """Surgeons warn of hip operation backlog at Ardlow General

Patients at Ardlow General Hospital are waiting up to two years for hip replacements, according to figures released on Monday.

The hospital carried out 410 joint replacements last year, down from 690 in 2019.

Dr Chioma Amadi, the hospital's lead orthopaedic surgeon, said two of its four theatres had been closed since the autumn because of staff shortages.

"We have the surgeons," Dr Amadi said. "What we do not have is enough theatre nurses and anaesthetists to keep all four rooms running.

"Every week a theatre sits empty, about a dozen patients go back on the list."

One of her patients, Irene Walsh, 78, has waited 21 months for a new hip.

Mrs Walsh said she could no longer climb the stairs in her house and now slept in the front room.

Her daughter, Fiona Walsh, said the family had been told three times that an operation date was close.

"Each time my mother packs a bag, and each time the call never comes," she said.

The hospital's chief executive, Margaret Oyelaran, said recruitment was the trust's first priority.

She said 14 theatre nurses had been hired from overseas and would start in June.

Dr Amadi welcomed the news but said it would take a year to clear the worst of the backlog.

The surgeon said patients in pain should ask their GP to refer them again if their symptoms worsened.

A spokesman for the regional health board said it was funding extra weekend lists at a private clinic in Dunmore.

Ms Oyelaran said the trust would publish waiting times every month.
"""
REPORTS["surgery_waits"] = [
    ("according to", "figures released on Monday", "Patients at Ardlow General Hospital are waiting up to two years for hip replacements", "figures released on Monday"),
    ("said", "Dr Chioma Amadi, the hospital's lead orthopaedic surgeon", "two of its four theatres had been closed since the autumn because of staff shortages", "Chioma Amadi"),
    ("said", "Dr Amadi", "We have the surgeons", "Chioma Amadi"),
    ("said", "Mrs Walsh", "she could no longer climb the stairs in her house and now slept in the front room", "Irene Walsh"),
    ("said", "Her daughter, Fiona Walsh", "the family had been told three times that an operation date was close", "Fiona Walsh"),
    ("said", "she", "Each time my mother packs a bag, and each time the call never comes", "Fiona Walsh"),
    ("said", "The hospital's chief executive, Margaret Oyelaran", "recruitment was the trust's first priority", "Margaret Oyelaran"),
    ("said", "She", "14 theatre nurses had been hired from overseas and would start in June", "Margaret Oyelaran"),
    ("said", "Dr Amadi", "it would take a year to clear the worst of the backlog", "Chioma Amadi"),
    ("said", "The surgeon", "patients in pain should ask their GP to refer them again if their symptoms worsened", "Chioma Amadi"),
    ("said", "A spokesman for the regional health board", "it was funding extra weekend lists at a private clinic in Dunmore", "spokesman for the regional health board"),
    ("said", "Ms Oyelaran", "the trust would publish waiting times every month", "Margaret Oyelaran"),
]
CONTINUED["surgery_waits"] = [("Every week a theatre sits empty", "Chioma Amadi")]
NOT_REPORTS["surgery_waits"] = ["The hospital carried out 410 joint replacements last year, down from 690 in 2019.", "One of her patients, Irene Walsh, 78, has waited 21 months for a new hip."]

ARTICLES["museum_theft"] = """Gold torcs stolen from Brennock museum in night raid

Two Iron Age gold torcs were stolen from the Brennock Museum early on Sunday, police said.

Thieves broke in through a skylight above the prehistory gallery shortly after 2am.

Detective Inspector Ruth Hallam, who is leading the inquiry, said the raid had taken less than four minutes.

"Whoever did this knew exactly where they were going and what they wanted," she said.

The museum's director, Dr Simon Achebe, said the torcs had been found by a farmer near Brennock in 1931 and were of great value to the town.

"They are not just gold," Dr Achebe said. "They are the oldest things anyone in this valley ever made that survived.

"To melt them down would be to destroy two thousand years of our story."

The museum's night guard, Tom Ferris, said he had heard glass breaking and called the police at once.

Mr Ferris, 61, said the alarm had not sounded.

The inspector said officers were examining why the alarm failed.

A former curator, Joan Meadows, said she had asked the trustees for a new alarm system in 2016.

She said the chairman of the trustees, Alice Grieve, had told her there was no money for one.

Ms Grieve said she did not recall the conversation.

DI Hallam appealed for anyone who saw a vehicle on Castle Lane on Sunday morning to contact police.

Dr Achebe said the museum would stay closed until Wednesday.
"""
REPORTS["museum_theft"] = [
    ("said", "police", "Two Iron Age gold torcs were stolen from the Brennock Museum early on Sunday", "police"),
    ("said", "Detective Inspector Ruth Hallam, who is leading the inquiry", "the raid had taken less than four minutes", "Ruth Hallam"),
    ("said", "she", "Whoever did this knew exactly where they were going and what they wanted", "Ruth Hallam"),
    ("said", "The museum's director, Dr Simon Achebe", "the torcs had been found by a farmer near Brennock in 1931 and were of great value to the town", "Simon Achebe"),
    ("said", "Dr Achebe", "They are not just gold", "Simon Achebe"),
    ("said", "The museum's night guard, Tom Ferris", "he had heard glass breaking and called the police at once", "Tom Ferris"),
    ("said", "Mr Ferris, 61", "the alarm had not sounded", "Tom Ferris"),
    ("said", "The inspector", "officers were examining why the alarm failed", "Ruth Hallam"),
    ("said", "A former curator, Joan Meadows", "she had asked the trustees for a new alarm system in 2016", "Joan Meadows"),
    ("said", "She", "the chairman of the trustees, Alice Grieve, had told her there was no money for one", "Joan Meadows"),
    ("said", "Ms Grieve", "she did not recall the conversation", "Alice Grieve"),
    ("said", "Dr Achebe", "the museum would stay closed until Wednesday", "Simon Achebe"),
]
CONTINUED["museum_theft"] = [("To melt them down", "Simon Achebe")]
NOT_REPORTS["museum_theft"] = ["Thieves broke in through a skylight above the prehistory gallery shortly after 2am."]

ARTICLES["orchestra_strike"] = """Players strike as Lanford orchestra cuts season

Musicians of the Lanford Philharmonic walked out on Saturday night minutes before a concert, after the orchestra announced it would cut its season from 40 concerts to 24.

About 600 people had bought tickets for the performance of Mahler's Fifth Symphony.

The orchestra's principal cellist, Hana Kovac, said the players had been told of the cuts by email an hour before they went on stage.

"We found out from our phones in the green room," Ms Kovac said.

The players' union representative, Marek Lind, a violinist with the orchestra since 1998, said the cuts would halve the income of most freelance members.

"Some of my colleagues will have to leave the profession," he said. "They have mortgages, children, instruments that cost more than their cars.

"This is not a trim. It is the end of a full-time orchestra in this city."

The orchestra's chief executive, Daniel Osei, said ticket sales had fallen by a third since 2019 and the city council had cut its grant.

Mr Osei said he regretted the way the players had learned of the decision.

His deputy, Claire Benning, said the email had been sent early by mistake.

Ms Kovac said she did not believe that.

"They chose the time," the cellist said.

The conductor, Ilse Varga, who was due to lead the concert, said she stood with the players.

Ticket holders will be offered refunds, the orchestra said.

Mr Lind said the players would meet on Monday to decide on further action.
"""
REPORTS["orchestra_strike"] = [
    ("announced", "the orchestra", "it would cut its season from 40 concerts to 24", "orchestra"),
    ("said", "The orchestra's principal cellist, Hana Kovac", "the players had been told of the cuts by email an hour before they went on stage", "Hana Kovac"),
    ("said", "Ms Kovac", "We found out from our phones in the green room", "Hana Kovac"),
    ("said", "The players' union representative, Marek Lind, a violinist with the orchestra since 1998", "the cuts would halve the income of most freelance members", "Marek Lind"),
    ("said", "he", "Some of my colleagues will have to leave the profession", "Marek Lind"),
    ("said", "The orchestra's chief executive, Daniel Osei", "ticket sales had fallen by a third since 2019 and the city council had cut its grant", "Daniel Osei"),
    ("said", "Mr Osei", "he regretted the way the players had learned of the decision", "Daniel Osei"),
    ("said", "His deputy, Claire Benning", "the email had been sent early by mistake", "Claire Benning"),
    ("said", "Ms Kovac", "she did not believe that", "Hana Kovac"),
    ("said", "the cellist", "They chose the time", "Hana Kovac"),
    ("said", "The conductor, Ilse Varga, who was due to lead the concert", "she stood with the players", "Ilse Varga"),
    ("said", "the orchestra", "Ticket holders will be offered refunds", "orchestra"),
    ("said", "Mr Lind", "the players would meet on Monday to decide on further action", "Marek Lind"),
]
CONTINUED["orchestra_strike"] = [("This is not a trim", "Marek Lind")]
NOT_REPORTS["orchestra_strike"] = ["About 600 people had bought tickets for the performance of Mahler's Fifth Symphony."]

ARTICLES["zoo_escape"] = """Red panda found in garden after two days on the run

A red panda that escaped from Hollins Wildlife Park on Tuesday was found asleep in an apple tree in a nearby garden on Thursday morning.

The animal, a three-year-old female called Pip, had slipped through a gap in her enclosure's fence.

The park's head keeper, Lorna Beckett, said Pip was tired and hungry but unhurt.

"She was curled up in the branches as if she owned the place," Ms Beckett said.

The garden belongs to a retired postman, Walter Gibbs, 74, who spotted the animal while hanging out washing.

"I thought it was a fox at first, then I saw the tail," Mr Gibbs said. "I rang the park and the keepers were here in ten minutes.

"My wife made them all a cup of tea while they coaxed her down with grapes."

The park's vet, Dr Sunil Mehra, said he had examined Pip and found no injuries.

He said red pandas could climb well but rarely travelled far from trees.

The park's owner, Diane Keel, said the fence had been damaged by a fallen branch during high winds.

She said every enclosure would be checked by an outside inspector.

Animal welfare campaigner Sophie Grant said the escape showed the park's fences were not fit for purpose.

Ms Keel said that was unfair.

The head keeper said Pip would be back on show at the weekend.

Dr Mehra said she had eaten well on Thursday evening.
"""
REPORTS["zoo_escape"] = [
    ("said", "The park's head keeper, Lorna Beckett", "Pip was tired and hungry but unhurt", "Lorna Beckett"),
    ("said", "Ms Beckett", "She was curled up in the branches as if she owned the place", "Lorna Beckett"),
    ("said", "Mr Gibbs", "I thought it was a fox at first, then I saw the tail", "Walter Gibbs"),
    ("said", "The park's vet, Dr Sunil Mehra", "he had examined Pip and found no injuries", "Sunil Mehra"),
    ("said", "He", "red pandas could climb well but rarely travelled far from trees", "Sunil Mehra"),
    ("said", "The park's owner, Diane Keel", "the fence had been damaged by a fallen branch during high winds", "Diane Keel"),
    ("said", "She", "every enclosure would be checked by an outside inspector", "Diane Keel"),
    ("said", "Animal welfare campaigner Sophie Grant", "the escape showed the park's fences were not fit for purpose", "Sophie Grant"),
    ("said", "Ms Keel", "that was unfair", "Diane Keel"),
    ("said", "The head keeper", "Pip would be back on show at the weekend", "Lorna Beckett"),
    ("said", "Dr Mehra", "she had eaten well on Thursday evening", "Sunil Mehra"),
]
CONTINUED["zoo_escape"] = [("My wife made them all", "Walter Gibbs")]
NOT_REPORTS["zoo_escape"] = ["The animal, a three-year-old female called Pip, had slipped through a gap in her enclosure's fence."]

ARTICLES["bridge_closure"] = """Council leader: "The bridge must close"

The Victoria Bridge in Hemsby will close to all traffic for at least eighteen months after engineers found corrosion in its main cables, the borough council announced on Wednesday.

The bridge carries about 22,000 vehicles a day across the River Lune.

The council leader, Councillor Anita Sharma, told a packed meeting at the town hall that there had been no choice.

"I will not take a risk with people's lives," Cllr Sharma said. "The engineers have told us the cables are losing strength every year.

"I know what this means for businesses on both sides of the river. I know the diversion adds forty minutes. But the bridge must close."

The borough's chief engineer, Robert Thame, said the cables could be replaced one at a time.

He said the work would cost about £30m.

Shopkeepers on Quay Street said they feared for their trade.

One of them, a florist, Nadia Hussein, said half her customers came from across the river.

"If they cannot cross, they will not come," she said.

The opposition leader on the council, Karen Doyle, said the council had known about the corrosion since 2020.

Ms Doyle said Cllr Sharma had delayed the inspection to save money.

The council leader denied that.

She said the inspection had been brought forward by a year, not delayed.

A footbridge will be built beside the closed bridge by the summer, the council said.

Mr Thame said a ferry service would run in the meantime.
"""
REPORTS["bridge_closure"] = [
    ("announced", "the borough council", "The Victoria Bridge in Hemsby will close to all traffic for at least eighteen months after engineers found corrosion in its main cables", "borough council"),
    ("told", "The council leader, Councillor Anita Sharma", "there had been no choice", "Anita Sharma"),
    ("said", "Cllr Sharma", "I will not take a risk with people's lives", "Anita Sharma"),
    ("said", "The borough's chief engineer, Robert Thame", "the cables could be replaced one at a time", "Robert Thame"),
    ("said", "He", "the work would cost about £30m", "Robert Thame"),
    ("said", "Shopkeepers on Quay Street", "they feared for their trade", "Shopkeepers on Quay Street"),
    ("said", "One of them, a florist, Nadia Hussein", "half her customers came from across the river", "Nadia Hussein"),
    ("said", "she", "If they cannot cross, they will not come", "Nadia Hussein"),
    ("said", "The opposition leader on the council, Karen Doyle", "the council had known about the corrosion since 2020", "Karen Doyle"),
    ("said", "Ms Doyle", "Cllr Sharma had delayed the inspection to save money", "Karen Doyle"),
    ("said", "She", "the inspection had been brought forward by a year, not delayed", "Anita Sharma"),
    ("said", "the council", "A footbridge will be built beside the closed bridge by the summer", "council"),
    ("said", "Mr Thame", "a ferry service would run in the meantime", "Robert Thame"),
]
CONTINUED["bridge_closure"] = [("I know what this means", "Anita Sharma")]
NOT_REPORTS["bridge_closure"] = ["The bridge carries about 22,000 vehicles a day across the River Lune."]

ARTICLES["bakery_closure"] = """Family bakery closes after 90 years as energy bills soar

Crumbs & Co, the bakery that has sold bread on Mill Street in Tarbury since 1934, will close on Saturday.

Its owner, Peter Lowry, the grandson of the founder, said the shop's energy bill had risen from £900 a month to £3,400.

"The ovens run from four in the morning," Mr Lowry said. "There is no way to bake bread without heat.

"We tried shorter hours, we tried fewer loaves, we tried raising prices. Nothing closed the gap."

He said he had told his six staff on Monday.

One of them, a baker who started at the shop as a teenager, said she had cried all the way home.

"I have worked here twenty-two years," said the baker, Sandra Pike. "I do not know anything else."

Ms Pike said she hoped to find work at a supermarket bakery.

A regular customer, Harold Dunn, 88, said he had bought a white loaf at the shop every morning since 1961.

"It is the end of something," he said.

The local MP, Joanna Frake, said she would raise the case of small bakeries in Parliament.

She said Mr Lowry had written to her in January asking for help.

Mr Lowry's wife, Ellen, said the family would keep the building and might reopen as a café.

"Peter is heartbroken, but he will be back," she said.

The baker said she would miss the early mornings.
"""
REPORTS["bakery_closure"] = [
    ("said", "Its owner, Peter Lowry, the grandson of the founder", "the shop's energy bill had risen from £900 a month to £3,400", "Peter Lowry"),
    ("said", "Mr Lowry", "The ovens run from four in the morning", "Peter Lowry"),
    ("said", "He", "he had told his six staff on Monday", "Peter Lowry"),
    ("said", "One of them, a baker who started at the shop as a teenager", "she had cried all the way home", "Sandra Pike"),
    ("said", "the baker, Sandra Pike", "I have worked here twenty-two years", "Sandra Pike"),
    ("said", "Ms Pike", "she hoped to find work at a supermarket bakery", "Sandra Pike"),
    ("said", "A regular customer, Harold Dunn, 88", "he had bought a white loaf at the shop every morning since 1961", "Harold Dunn"),
    ("said", "he", "It is the end of something", "Harold Dunn"),
    ("said", "The local MP, Joanna Frake", "she would raise the case of small bakeries in Parliament", "Joanna Frake"),
    ("said", "She", "Mr Lowry had written to her in January asking for help", "Joanna Frake"),
    ("said", "Mr Lowry's wife, Ellen", "the family would keep the building and might reopen as a café", "Ellen Lowry"),
    ("said", "she", "Peter is heartbroken, but he will be back", "Ellen Lowry"),
    ("said", "The baker", "she would miss the early mornings", "Sandra Pike"),
]
CONTINUED["bakery_closure"] = [("We tried shorter hours", "Peter Lowry")]
NOT_REPORTS["bakery_closure"] = ["Crumbs & Co, the bakery that has sold bread on Mill Street in Tarbury since 1934, will close on Saturday."]

ARTICLES["mountain_rescue"] = """Climbers rescued from Carn Dubh after night on ledge

Two climbers were winched to safety from Carn Dubh on Sunday after spending a night on a narrow ledge 300 metres above the glen.

The pair, a father and son from Stirling, had been caught by fading light on the mountain's north face.

The leader of the Glen Ard mountain rescue team, Iain Moffat, said the men had done the right thing by staying put.

"They had a phone, they had a torch, and they did not try to climb down in the dark," Mr Moffat said. "That is why they are alive.

"We see too many people who push on and fall."

The father, Graham Sinclair, 55, said the night had been the longest of his life.

"My son kept me talking till dawn," he said.

His son, Euan Sinclair, 24, said they had underestimated how long the route would take.

The coastguard helicopter's winchman, Aaron Blake, said the wind had made the lift difficult.

He said the crew had needed three attempts to reach the ledge.

Mr Moffat said the team had been called out 41 times this year, more than in any year before.

The team leader said many callers were poorly equipped.

The younger Mr Sinclair said he would climb again, but not in March.

His father said he was not so sure.
"""
REPORTS["mountain_rescue"] = [
    ("said", "The leader of the Glen Ard mountain rescue team, Iain Moffat", "the men had done the right thing by staying put", "Iain Moffat"),
    ("said", "Mr Moffat", "They had a phone, they had a torch, and they did not try to climb down in the dark", "Iain Moffat"),
    ("said", "The father, Graham Sinclair, 55", "the night had been the longest of his life", "Graham Sinclair"),
    ("said", "he", "My son kept me talking till dawn", "Graham Sinclair"),
    ("said", "His son, Euan Sinclair, 24", "they had underestimated how long the route would take", "Euan Sinclair"),
    ("said", "The coastguard helicopter's winchman, Aaron Blake", "the wind had made the lift difficult", "Aaron Blake"),
    ("said", "He", "the crew had needed three attempts to reach the ledge", "Aaron Blake"),
    ("said", "Mr Moffat", "the team had been called out 41 times this year, more than in any year before", "Iain Moffat"),
    ("said", "The team leader", "many callers were poorly equipped", "Iain Moffat"),
    ("said", "The younger Mr Sinclair", "he would climb again, but not in March", "Euan Sinclair"),
    ("said", "His father", "he was not so sure", "Graham Sinclair"),
]
CONTINUED["mountain_rescue"] = [("We see too many people", "Iain Moffat")]
NOT_REPORTS["mountain_rescue"] = ["The pair, a father and son from Stirling, had been caught by fading light on the mountain's north face."]

ARTICLES["water_supply"] = """Residents told to boil water after parasite found in reservoir

About 40,000 homes in Estover and Kilby have been told to boil their tap water after a parasite was found at the Ashcombe reservoir.

The water company, Vale Water, said traces of cryptosporidium had been detected during routine testing on Friday.

Its head of water quality, Dr Helen Marsh, said the risk to healthy adults was low.

"Boiling the water kills the parasite," Dr Marsh said. "Let it cool before you drink it or give it to children.

"Bottled water will be handed out at three sites for anyone who cannot boil water at home."

The county's director of public health, Dr Olu Bankole, said four people had been treated for stomach illness since Wednesday.

He said it was too early to say whether the cases were linked to the reservoir.

A mother of twins in Kilby, Jade Norris, said she had learned of the notice from a neighbour's post on social media.

"Nobody from the company told us," Ms Norris said.

The company's chief executive, Alan Prior, apologised for the delay in warning customers.

Mr Prior said text messages had gone out to only half of the affected homes because of a fault.

A local councillor, Mary Oduya, said she had asked the company for a full account of what went wrong.

She said Ms Norris had shown her the post on Saturday morning.

Dr Marsh said the notice would stay in place until three clear tests in a row.

The head of water quality said that would take at least a week.
"""
REPORTS["water_supply"] = [
    ("said", "The water company, Vale Water", "traces of cryptosporidium had been detected during routine testing on Friday", "Vale Water"),
    ("said", "Its head of water quality, Dr Helen Marsh", "the risk to healthy adults was low", "Helen Marsh"),
    ("said", "Dr Marsh", "Boiling the water kills the parasite", "Helen Marsh"),
    ("said", "The county's director of public health, Dr Olu Bankole", "four people had been treated for stomach illness since Wednesday", "Olu Bankole"),
    ("said", "He", "it was too early to say whether the cases were linked to the reservoir", "Olu Bankole"),
    ("said", "A mother of twins in Kilby, Jade Norris", "she had learned of the notice from a neighbour's post on social media", "Jade Norris"),
    ("said", "Ms Norris", "Nobody from the company told us", "Jade Norris"),
    ("said", "Mr Prior", "text messages had gone out to only half of the affected homes because of a fault", "Alan Prior"),
    ("said", "A local councillor, Mary Oduya", "she had asked the company for a full account of what went wrong", "Mary Oduya"),
    ("said", "She", "Ms Norris had shown her the post on Saturday morning", "Mary Oduya"),
    ("said", "Dr Marsh", "the notice would stay in place until three clear tests in a row", "Helen Marsh"),
    ("said", "The head of water quality", "that would take at least a week", "Helen Marsh"),
]
CONTINUED["water_supply"] = [("Bottled water will be handed out", "Helen Marsh")]
NOT_REPORTS["water_supply"] = []

ARTICLES["library_closure"] = """Teacher leads fight to save village library

A local teacher has gathered 3,000 signatures on a petition against the closure of Ferndale's library.

The county council plans to shut the library, one of eleven in the county, in September to save £60,000 a year.

"Children here do not have a bookshop within fifteen miles," said the teacher, Lucia Ruiz, 41, who teaches at Ferndale Primary. "For many of them, the library is the only place they choose a book for themselves."

Ms Ruiz said she had handed the petition to the council on Tuesday.

The council's cabinet member for culture, Councillor Derek Strang, said the library was used by fewer than 90 people a week.

"We have to spend money where people use the service," Cllr Strang said.

He said a mobile library would visit the village every Thursday.

The librarian, Beatrice Holt, who has run the branch for nineteen years, said the visitor figures left out the children who came with their classes.

"The counter only counts people who borrow," she said. "It misses the toddlers at rhyme time and the pensioners who come in to read the papers.

"It misses the man who uses our computer to look for work every morning."

Ms Holt said she would retire if the branch closed.

A parent, Rachel Evans, said her son had learned to read at the library's homework club.

The councillor said the council would look at the petition before its final vote in July.

The teacher said she would bring her pupils to the meeting.
"""
REPORTS["library_closure"] = [
    ("said", "the teacher, Lucia Ruiz, 41, who teaches at Ferndale Primary", "Children here do not have a bookshop within fifteen miles", "Lucia Ruiz"),
    ("said", "Ms Ruiz", "she had handed the petition to the council on Tuesday", "Lucia Ruiz"),
    ("said", "The council's cabinet member for culture, Councillor Derek Strang", "the library was used by fewer than 90 people a week", "Derek Strang"),
    ("said", "Cllr Strang", "We have to spend money where people use the service", "Derek Strang"),
    ("said", "He", "a mobile library would visit the village every Thursday", "Derek Strang"),
    ("said", "The librarian, Beatrice Holt, who has run the branch for nineteen years", "the visitor figures left out the children who came with their classes", "Beatrice Holt"),
    ("said", "she", "The counter only counts people who borrow", "Beatrice Holt"),
    ("said", "Ms Holt", "she would retire if the branch closed", "Beatrice Holt"),
    ("said", "A parent, Rachel Evans", "her son had learned to read at the library's homework club", "Rachel Evans"),
    ("said", "The councillor", "the council would look at the petition before its final vote in July", "Derek Strang"),
    ("said", "The teacher", "she would bring her pupils to the meeting", "Lucia Ruiz"),
]
CONTINUED["library_closure"] = [("It misses the man", "Beatrice Holt")]
NOT_REPORTS["library_closure"] = []

ARTICLES["factory_fire"] = """Fire destroys Dunholm paint factory

A fire destroyed a paint factory on the Dunholm industrial estate overnight, sending black smoke across the town.

More than 60 firefighters fought the blaze at its height.

The fire service's incident commander, Station Manager Kevin Ashe, said crews had been called at 11.40pm on Tuesday.

"The building was full of solvents and the roof came down within an hour," Mr Ashe said.

He said no one had been hurt.

The factory's managing director, Neil Forsyth, said 85 people worked at the site.

"Every one of them will be paid while we work out what comes next," he said.

Residents near the estate were told to keep their windows shut.

One of them, Gwen Tilley, 67, said ash had fallen on her car like snow.

Her neighbour, Pauline Ford, said she had smelled burning before midnight.

"She knocked on my door to make sure I was awake," Ms Tilley said of her neighbour.

The Environment Agency said it was testing the river next to the estate for pollution.

An agency officer, Dr Farid Nasser, said run-off from the fire could kill fish downstream.

The station manager said the cause of the fire was not yet known.

Mr Forsyth said the company hoped to rebuild on the same site.
"""
REPORTS["factory_fire"] = [
    ("said", "The fire service's incident commander, Station Manager Kevin Ashe", "crews had been called at 11.40pm on Tuesday", "Kevin Ashe"),
    ("said", "Mr Ashe", "The building was full of solvents and the roof came down within an hour", "Kevin Ashe"),
    ("said", "He", "no one had been hurt", "Kevin Ashe"),
    ("said", "The factory's managing director, Neil Forsyth", "85 people worked at the site", "Neil Forsyth"),
    ("said", "he", "Every one of them will be paid while we work out what comes next", "Neil Forsyth"),
    ("said", "One of them, Gwen Tilley, 67", "ash had fallen on her car like snow", "Gwen Tilley"),
    ("said", "Her neighbour, Pauline Ford", "she had smelled burning before midnight", "Pauline Ford"),
    ("said", "Ms Tilley", "She knocked on my door to make sure I was awake", "Gwen Tilley"),
    ("said", "The Environment Agency", "it was testing the river next to the estate for pollution", "Environment Agency"),
    ("said", "An agency officer, Dr Farid Nasser", "run-off from the fire could kill fish downstream", "Farid Nasser"),
    ("said", "The station manager", "the cause of the fire was not yet known", "Kevin Ashe"),
    ("said", "Mr Forsyth", "the company hoped to rebuild on the same site", "Neil Forsyth"),
]
CONTINUED["factory_fire"] = []
NOT_REPORTS["factory_fire"] = ["More than 60 firefighters fought the blaze at its height."]

ARTICLES["vineyard_frost"] = """Late frost wipes out half of Kentish grape harvest

A late frost in April has destroyed about half of this year's grape harvest at vineyards in east Kent, growers say.

Temperatures fell to minus four on the night of 22 April, just after the vines had come into bud.

At Orchard Hill vineyard near Wingham, the winemaker, Charlotte Dane, said she had lit 400 candles between the rows to keep the frost off.

"It was like a cathedral out there at three in the morning," Ms Dane said. "We saved the top field.

"The bottom field, where the cold air sinks, we lost almost completely."

Her business partner, James Ormond, said the vineyard would make about 20,000 bottles this year instead of 45,000.

He said insurance would cover only part of the loss.

The chair of the regional growers' association, Felicity Crane, said more than thirty vineyards had reported damage.

Ms Crane said growers needed help to buy frost fans, which cost about £30,000 each.

A climate scientist at the University of Canterbury, Professor Tom Alder, said warm springs brought buds out early and left them open to frost.

"It is not that frosts are more common," Professor Alder said. "It is that the vines wake up sooner."

The winemaker said she would plant later-budding varieties in the lower field.

Mr Ormond said the 2024 vintage would be small but good.
"""
REPORTS["vineyard_frost"] = [
    ("say", "growers", "A late frost in April has destroyed about half of this year's grape harvest at vineyards in east Kent", "growers"),
    ("said", "the winemaker, Charlotte Dane", "she had lit 400 candles between the rows to keep the frost off", "Charlotte Dane"),
    ("said", "Ms Dane", "It was like a cathedral out there at three in the morning", "Charlotte Dane"),
    ("said", "Her business partner, James Ormond", "the vineyard would make about 20,000 bottles this year instead of 45,000", "James Ormond"),
    ("said", "He", "insurance would cover only part of the loss", "James Ormond"),
    ("said", "The chair of the regional growers' association, Felicity Crane", "more than thirty vineyards had reported damage", "Felicity Crane"),
    ("said", "Ms Crane", "growers needed help to buy frost fans", "Felicity Crane"),
    ("said", "A climate scientist at the University of Canterbury, Professor Tom Alder", "warm springs brought buds out early and left them open to frost", "Tom Alder"),
    ("said", "Professor Alder", "It is not that frosts are more common", "Tom Alder"),
    ("said", "The winemaker", "she would plant later-budding varieties in the lower field", "Charlotte Dane"),
    ("said", "Mr Ormond", "the 2024 vintage would be small but good", "James Ormond"),
]
CONTINUED["vineyard_frost"] = [("The bottom field", "Charlotte Dane")]
NOT_REPORTS["vineyard_frost"] = ["Temperatures fell to minus four on the night of 22 April, just after the vines had come into bud."]

ARTICLES["dog_attack"] = """Postman bitten in dog attack as owner is fined

A dog owner has been fined £2,000 after her Rottweiler bit a postman on his round in Greyfield.

Magistrates heard that the dog, called Bruno, ran out of an open gate on Elm Road and bit Darren Platt on the arm and leg.

Mr Platt, 46, told the court he had been delivering letters on the street for eleven years.

"I have never been so frightened," he said. "I thought it was going to pull me to the ground.

"I still cross the road when I see a big dog."

The owner, Kerry Moss, 38, admitted being in charge of a dog that was dangerously out of control.

Her lawyer, Andrew Cole, said she had been taking shopping out of her car when the gate blew open.

He said Ms Moss had since put a lock on the gate and the dog now wore a muzzle outside the house.

District Judge Margaret Lyle said the attack could have been far worse.

The judge said the dog would not be destroyed if it was kept muzzled and on a lead in public.

The postal workers' union said there were about 2,000 dog attacks on postal staff each year.

Its safety officer, Liam Ward, said owners needed to keep dogs away from doors at delivery time.

Mr Platt said he was glad the case was over.

Ms Moss left court without speaking to reporters.
"""
REPORTS["dog_attack"] = [
    ("told", "Mr Platt, 46", "he had been delivering letters on the street for eleven years", "Darren Platt"),
    ("said", "he", "I have never been so frightened", "Darren Platt"),
    ("admitted", "The owner, Kerry Moss, 38", "being in charge of a dog that was dangerously out of control", "Kerry Moss"),
    ("said", "Her lawyer, Andrew Cole", "she had been taking shopping out of her car when the gate blew open", "Andrew Cole"),
    ("said", "He", "Ms Moss had since put a lock on the gate and the dog now wore a muzzle outside the house", "Andrew Cole"),
    ("said", "District Judge Margaret Lyle", "the attack could have been far worse", "Margaret Lyle"),
    ("said", "The judge", "the dog would not be destroyed if it was kept muzzled and on a lead in public", "Margaret Lyle"),
    ("said", "The postal workers' union", "there were about 2,000 dog attacks on postal staff each year", "postal workers' union"),
    ("said", "Its safety officer, Liam Ward", "owners needed to keep dogs away from doors at delivery time", "Liam Ward"),
    ("said", "Mr Platt", "he was glad the case was over", "Darren Platt"),
]
CONTINUED["dog_attack"] = [("I still cross the road", "Darren Platt")]
NOT_REPORTS["dog_attack"] = ["Ms Moss left court without speaking to reporters."]

ARTICLES["landslide_road"] = """Landslide cuts only road to Glenmarra

The only road into the village of Glenmarra has been cut by a landslide after a week of heavy rain.

About 2,000 tonnes of earth and rock came down onto the B892 at Coille Brae on Saturday evening.

The roads manager for Highmoor Council, Fraser Dunbar, said it would take at least ten days to clear the road.

"There is more loose ground above the slip, and we cannot send men in under it until a geologist has looked at it," Mr Dunbar said.

The village's 180 residents can leave only on foot by a forest track.

Glenmarra's doctor, Dr Isla Munro, said she was worried about older patients who needed hospital appointments.

"I have three patients on dialysis," Dr Munro said. "They cannot walk two miles through a forest.

"The council has promised a helicopter for them, and I will hold them to it."

The council's chief executive, Moira Guthrie, said a helicopter had been booked for emergency and medical trips.

She said Dr Munro had called her at home on Sunday morning to ask for it.

The owner of the village shop, Donald MacRae, said deliveries were coming in by quad bike along the track.

Mr MacRae said he was running low on fuel for the village's only petrol pump.

A retired geologist who lives in the village, Dr Alan Kerr, said the hillside had been moving for years.

He said Mr Dunbar had been told about the cracks in 2021.

The roads manager said he had no record of a warning.
"""
REPORTS["landslide_road"] = [
    ("said", "The roads manager for Highmoor Council, Fraser Dunbar", "it would take at least ten days to clear the road", "Fraser Dunbar"),
    ("said", "Mr Dunbar", "There is more loose ground above the slip, and we cannot send men in under it until a geologist has looked at it", "Fraser Dunbar"),
    ("said", "Glenmarra's doctor, Dr Isla Munro", "she was worried about older patients who needed hospital appointments", "Isla Munro"),
    ("said", "Dr Munro", "I have three patients on dialysis", "Isla Munro"),
    ("said", "The council's chief executive, Moira Guthrie", "a helicopter had been booked for emergency and medical trips", "Moira Guthrie"),
    ("said", "She", "Dr Munro had called her at home on Sunday morning to ask for it", "Moira Guthrie"),
    ("said", "The owner of the village shop, Donald MacRae", "deliveries were coming in by quad bike along the track", "Donald MacRae"),
    ("said", "Mr MacRae", "he was running low on fuel for the village's only petrol pump", "Donald MacRae"),
    ("said", "A retired geologist who lives in the village, Dr Alan Kerr", "the hillside had been moving for years", "Alan Kerr"),
    ("said", "He", "Mr Dunbar had been told about the cracks in 2021", "Alan Kerr"),
    ("said", "The roads manager", "he had no record of a warning", "Fraser Dunbar"),
]
CONTINUED["landslide_road"] = [("The council has promised a helicopter", "Isla Munro")]
NOT_REPORTS["landslide_road"] = ["About 2,000 tonnes of earth and rock came down onto the B892 at Coille Brae on Saturday evening.", "The village's 180 residents can leave only on foot by a forest track."]

ARTICLES["rail_timetable"] = """Commuters angry as new timetable cuts morning trains

Commuters on the Ashby line say a new timetable has left them standing on packed trains or arriving late for work.

The timetable, which began on Sunday, cut the number of trains before 9am from six to four.

Sarah Quinn, who travels from Ashby to the city every weekday, said her train had been too full to board on Monday and Tuesday.

"I stood on the platform and watched it go," Ms Quinn said.

The rail operator's managing director, Martin Hale, said the change had been made because of a shortage of drivers.

"We would rather run four trains that turn up than six that might not," Mr Hale said. "Last winter we cancelled one morning train in five.

"Passengers told us that reliability mattered more to them than anything else."

The chair of the Ashby Rail Users' Group, Eleanor Fitch, said passengers had been told nothing of the kind.

Ms Fitch said the group had asked the operator for longer trains.

She said Ms Quinn had written to the group on Monday night.

A driver with the company, who asked not to be named, said fourteen drivers had left in a year.

The managing director said new drivers were in training and would be ready by the autumn.

The region's transport commissioner, Owen Bright, said he would meet the operator next week.

Mr Hale said six morning trains would return in December.

Mrs Fitch said she would believe it when she saw it.
"""
REPORTS["rail_timetable"] = [
    ("say", "Commuters on the Ashby line", "a new timetable has left them standing on packed trains or arriving late for work", "Commuters on the Ashby line"),
    ("said", "Sarah Quinn, who travels from Ashby to the city every weekday", "her train had been too full to board on Monday and Tuesday", "Sarah Quinn"),
    ("said", "Ms Quinn", "I stood on the platform and watched it go", "Sarah Quinn"),
    ("said", "The rail operator's managing director, Martin Hale", "the change had been made because of a shortage of drivers", "Martin Hale"),
    ("said", "Mr Hale", "We would rather run four trains that turn up than six that might not", "Martin Hale"),
    ("said", "The chair of the Ashby Rail Users' Group, Eleanor Fitch", "passengers had been told nothing of the kind", "Eleanor Fitch"),
    ("said", "Ms Fitch", "the group had asked the operator for longer trains", "Eleanor Fitch"),
    ("said", "She", "Ms Quinn had written to the group on Monday night", "Eleanor Fitch"),
    ("said", "A driver with the company, who asked not to be named", "fourteen drivers had left in a year", "driver with the company"),
    ("said", "The managing director", "new drivers were in training and would be ready by the autumn", "Martin Hale"),
    ("said", "The region's transport commissioner, Owen Bright", "he would meet the operator next week", "Owen Bright"),
    ("said", "Mr Hale", "six morning trains would return in December", "Martin Hale"),
    ("said", "Mrs Fitch", "she would believe it when she saw it", "Eleanor Fitch"),
]
CONTINUED["rail_timetable"] = [("Passengers told us", "Martin Hale")]
NOT_REPORTS["rail_timetable"] = ["The timetable, which began on Sunday, cut the number of trains before 9am from six to four."]

# (the two below written after the mends, to probe the mended shapes in other words)
ARTICLES["clinic_hours"] = """Walk-in clinic to cut weekend hours as nurses leave

The walk-in clinic at Pellow Cross will close on Sundays from next month after six nurses left in a year.

The clinic's acting manager, Paul Greer, said the rota could no longer cover seven days.

"We have tried agency staff, but they cost three times as much and often cancel on the day," Mr Greer said.

A nurse who has worked at the clinic since it opened said staff had been warning managers for two years.

"We told them in writing, again and again," said the nurse, Bronwen Iles, 49.

Ms Iles said many of her colleagues had moved to a private clinic in the city.

The health trust's chairman, Deborah Ince, said the trust was sorry for the change.

Mrs Ince said the Sunday service would return once new staff were trained.

Patients on Pellow Cross's busiest day, Saturday, wait about two hours to be seen.

A pensioner, Gordon Tate, 81, said he used the clinic every Sunday to have a dressing changed.

"Where do I go now, the hospital in Tenby?" he said.

The acting manager said patients like Mr Tate would be offered appointments on Saturdays.

Ms Iles said that was not enough.

"Wounds do not wait for the rota," the nurse said.

Mrs Ince said the trust would review the decision in the autumn.
"""
REPORTS["clinic_hours"] = [
    ("said", "The clinic's acting manager, Paul Greer", "the rota could no longer cover seven days", "Paul Greer"),
    ("said", "Mr Greer", "We have tried agency staff, but they cost three times as much and often cancel on the day", "Paul Greer"),
    ("said", "A nurse who has worked at the clinic since it opened", "staff had been warning managers for two years", "Bronwen Iles"),
    ("said", "the nurse, Bronwen Iles, 49", "We told them in writing, again and again", "Bronwen Iles"),
    ("said", "Ms Iles", "many of her colleagues had moved to a private clinic in the city", "Bronwen Iles"),
    ("said", "The health trust's chairman, Deborah Ince", "the trust was sorry for the change", "Deborah Ince"),
    ("said", "Mrs Ince", "the Sunday service would return once new staff were trained", "Deborah Ince"),
    ("said", "A pensioner, Gordon Tate, 81", "he used the clinic every Sunday to have a dressing changed", "Gordon Tate"),
    ("said", "he", "Where do I go now, the hospital in Tenby?", "Gordon Tate"),
    ("said", "The acting manager", "patients like Mr Tate would be offered appointments on Saturdays", "Paul Greer"),
    ("said", "Ms Iles", "that was not enough", "Bronwen Iles"),
    ("said", "the nurse", "Wounds do not wait for the rota", "Bronwen Iles"),
    ("said", "Mrs Ince", "the trust would review the decision in the autumn", "Deborah Ince"),
]
CONTINUED["clinic_hours"] = []
NOT_REPORTS["clinic_hours"] = ["Patients on Pellow Cross's busiest day, Saturday, wait about two hours to be seen."]

ARTICLES["hotel_flood"] = """Seafront hotel shut after burst main floods basement

The Grand Esplanade Hotel in Porthmere has closed for a month after a burst water main flooded its basement kitchens.

About 90 guests were moved to other hotels on Tuesday night.

Nadia Sorel, a chef at the hotel for twelve years, said the water had risen to her knees within twenty minutes.

"The freezers were floating," Ms Sorel said. "We carried out what we could, and then the lights went.

"I have never seen anything like it."

The hotel said guests would be refunded in full.

Its general manager, Owen Tregar, said the kitchens would have to be stripped and rebuilt.

He said the hotel's 60 staff would be paid during the closure.

The water company's operations manager, Lisa Carne, said the main had burst because of its age.

"Some of the pipes under the seafront were laid in the 1890s," Ms Carne said.

The managing director of a rival hotel, Simon Pollard, said he had taken in 30 of the guests.

A guest from Bristol, Hannah Reeve, said staff had been calm and kind.

She said Ms Sorel had brought her children hot chocolate in the lobby.

The general manager said the hotel hoped to reopen before the school holidays.
"""
REPORTS["hotel_flood"] = [
    ("said", "Nadia Sorel, a chef at the hotel for twelve years", "the water had risen to her knees within twenty minutes", "Nadia Sorel"),
    ("said", "Ms Sorel", "The freezers were floating", "Nadia Sorel"),
    ("said", "The hotel", "guests would be refunded in full", "Grand Esplanade Hotel"),
    ("said", "Its general manager, Owen Tregar", "the kitchens would have to be stripped and rebuilt", "Owen Tregar"),
    ("said", "He", "the hotel's 60 staff would be paid during the closure", "Owen Tregar"),
    ("said", "The water company's operations manager, Lisa Carne", "the main had burst because of its age", "Lisa Carne"),
    ("said", "Ms Carne", "Some of the pipes under the seafront were laid in the 1890s", "Lisa Carne"),
    ("said", "The managing director of a rival hotel, Simon Pollard", "he had taken in 30 of the guests", "Simon Pollard"),
    ("said", "A guest from Bristol, Hannah Reeve", "staff had been calm and kind", "Hannah Reeve"),
    ("said", "She", "Ms Sorel had brought her children hot chocolate in the lobby", "Hannah Reeve"),
    ("said", "The general manager", "the hotel hoped to reopen before the school holidays", "Owen Tregar"),
]
CONTINUED["hotel_flood"] = [("I have never seen anything", "Nadia Sorel")]
NOT_REPORTS["hotel_flood"] = ["About 90 guests were moved to other hotels on Tuesday night."]

GOLD = {name: [(cue, source, content) for cue, source, content, _ in items] for name, items in REPORTS.items()}
SPEAKERS = {name: [(cue, source, speaker, content[:24]) for cue, source, content, speaker in items] for name, items in REPORTS.items()}
