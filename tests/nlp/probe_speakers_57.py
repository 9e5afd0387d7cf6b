# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Sixteen short news articles written for the fifty-seventh session's speaker probes (helper N): a
flooded town, two sisters and a bakery, a dock strike, a vet and bird flu, a school's teacher, a
three-way chess final, a chip maker's cuts, a cyclist's stage win, a council's libraries, a
lifeboat rescue, a minister and wind farms, tenants' heating charges, a panda cub, a workshop
fire, an orchestra's conductor and a street market. They hold headline speakers ('Mayor: we
will rebuild', 'Vet warns of'); two or three people of one sex alternating by surname ('Priya
Nandi ... Asha ... she', 'Aslanov ... Haddad ... Ek ... He'); a pronoun a paragraph after its
name; role phrases after a name ('The 52-year-old', 'the mother of two', 'The chief executive',
'The union leader' after a union's general secretary, 'The teenager', 'The retired librarian',
'The keeper', 'the chairwoman'); a body and its spokesperson ('The council said ... It said' vs
'A council spokeswoman said ... She said'); a person first given only by a role and named the
sentence after ('A teacher at ... said. The teacher, Colm Brady, has taught'); a paragraph of
quotation alone after a speaker's paragraph; 'they' for residents, parents, fire officers and
'The two women' just named; and surnames with a title later ('Dr Mensah').

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong (or finds
no report for), with the speaker a reader gives. Every name, figure and sentence is made up.
Read by ``test_probe_findings_57_speakers``."""

ARTICLES = {}
ARTICLES["flood"] = """Mayor: we will rebuild every home

Floodwater had drained from most of Ardley by Thursday, leaving mud in hundreds of homes.

Mayor Ines Calloway toured the worst streets in the morning. She said the town would rebuild every damaged house before winter.

"Nobody will be left in a hotel at Christmas," she said.

Residents of Mill Lane were less sure. They said the river had flooded the lane three times in ten years.

Gareth Pryce, a plumber who has lived on the lane since 1998, said his insurer had refused to pay twice. The 52-year-old said he would sell if the council did not build a wall.

"I cannot do this again."
"""
ARTICLES["bakery"] = """Sisters split over future of family bakery

The two sisters who run the Lyle Street bakery cannot agree on whether to sell it.

Priya Nandi, the elder, said a supermarket chain had offered enough to pay off every debt. Her sister, Asha Nandi, said the offer was an insult. Priya Nandi said the ovens were forty years old.

Asha said she had fixed them herself every winter. "They will last another forty," she said.

Their mother, Kamala Nandi, founded the bakery in 1979. She said she would not take sides.

"It is their bakery now," the mother of two said.
"""
ARTICLES["port"] = """Dock workers walk out over night shifts

Dock workers at the port of Hensley began a 48-hour strike on Friday over new night shifts.

Owen Tarrant, the general secretary of the Hensley Dockers' Union, said the shifts had been imposed without talks. The union leader said his members would strike again next month if nothing changed.

The Hensley Port Authority said the shifts were needed to clear a backlog of ships. It said pay for night work would rise by a fifth.

A port authority spokeswoman said three ships had been diverted to other ports. She said the authority was ready to meet the union on Monday.

Tarrant said he would go to the meeting.
"""
ARTICLES["vet"] = """Vet warns of bird flu on lakeside farms

Abena Mensah has treated farm animals around Lake Corrin for fifteen years.

The vet said on Wednesday that she had found bird flu on two duck farms near the lake. Dr Mensah said the birds on both farms would have to be culled.

One of the farmers, Leo Drummond, said he had lost 3,000 ducks in a week. He said the compensation would not cover his loans.

Dr Mensah said other farms should keep their birds indoors. "The next month is the dangerous one," she said.
"""
ARTICLES["school"] = """Teacher named as school marks fifty years

A teacher at Brook Hill primary school said on Monday that the building had not been painted since it opened in 1976.

The teacher, Colm Brady, has taught at the school for 31 years. Brady said the children had raised money for new paint themselves.

The head teacher, Siobhan Kerr, said the county had promised a new roof. She said the roof still leaked in every classroom.

Parents at the gate said they would march to the county hall next week. They said their children deserved better.

"We are not asking for a palace," said one mother, Rita Flood.
"""
ARTICLES["chess"] = """Three men, one title: chess final goes to tie-break

The national chess final ended in a three-way tie on Sunday.

Viktor Aslanov, the defending champion, said he had played badly in the last round. His opponent in that game, Samir Haddad, said he had been lucky. Aslanov said luck had nothing to do with it.

The third player, Thomas Ek, said he had expected to lose. He said the tie-break would suit the younger players.

Haddad, 19, is the youngest finalist in the event's history. The teenager said he would sleep before the tie-break.

Aslanov said he would not sleep at all. "I will prepare all night," he said.
"""
ARTICLES["ceo"] = """Chip maker to cut 400 jobs as orders fall

Norvale Systems will cut 400 jobs at its factory in Bray, the company said on Tuesday.

Martin Osei, the chief executive, said orders from car makers had halved. The chief executive said the cuts were the only way to keep the factory open.

The company said in a statement that it would offer every worker a place on a retraining scheme.

Union official Deirdre Lamb said the workers had heard nothing until the morning. She said the union would ask the government to step in.

Osei said he had met the union twice in the past month.
"""
ARTICLES["cyclist"] = """Local cyclist wins mountain stage at 34

Ruben Sol won the hardest mountain stage of the national tour on Saturday, ten years after his first attempt.

The 34-year-old said he had trained on the same climb every weekend since March. "I know every stone on that road," Sol said.

His team manager, Lucia Ferrer, said the team had planned the attack for months. She said Sol was the strongest climber in the race.

The race leader, Erik Vang, finished two minutes behind. He said he was still confident of winning the tour.

Sol said he did not care about the overall title.

"Today is enough for me."
"""
ARTICLES["council"] = """Council scraps plan to close two libraries

Westmoor Council has dropped a plan to close two of its libraries after a public campaign.

The council said it had found savings elsewhere in its budget. It said both libraries would stay open on their current hours.

A council spokeswoman said the decision had been taken by the cabinet on Monday night. She said no staff would lose their jobs.

Campaigner Nadia Farooq, who collected 8,000 signatures, said the council had listened at last. The retired librarian said she would keep watching the budget.

Councillor Peter Vance said the savings would come from the council's car fleet.
"""
ARTICLES["rescue"] = """Volunteer crew saves two from sinking yacht

A volunteer lifeboat crew rescued two sailors from a sinking yacht off Carrow Point on Sunday.

The crew's coxswain said the yacht had hit rocks in heavy fog. The coxswain, Hamish Reid, has served on the lifeboat for twenty years.

Reid said the two sailors had been in the water for half an hour. He said both were cold but unhurt.

One of the sailors, Erin Walsh, said the crew had saved her life. She said she would buy every member a drink.

"They came out of the fog like angels," Walsh said.
"""
ARTICLES["wind"] = """Minister: no new wind farms on the moor

The energy minister ruled out new wind farms on Hollin Moor on Wednesday.

Energy Minister Karl Brandt said the moor was too important for birds. He said the government would look at sites at sea instead.

The Hollin Wind Association said the decision would cost the region 600 jobs. It said its members had spent millions on surveys.

Its chairwoman, Greta Holm, said she was shocked. "We were told the moor was on the list," the chairwoman said.

Brandt said no one had been promised anything.
"""
ARTICLES["tenants"] = """Tenants win fight over heating charges

Tenants of the Garside Towers estate have won a refund of heating charges after a two-year dispute.

Marion Kell and Joyce Adair led the tenants' association through the dispute. Kell said the landlord had charged for heating that never worked. Adair said some tenants had paid twice.

The two women took the case to a tribunal last year. They said the tribunal's ruling was a victory for every tenant in the city.

The landlord, Garside Homes, said it accepted the ruling. A Garside Homes spokesman said refunds would be paid by June.

Kell said she would believe it when the money arrived.
"""
ARTICLES["zoo"] = """Zoo welcomes first panda cub

Linden Zoo's giant panda gave birth to a cub on Friday, the first born in the country.

The zoo's head keeper, Tomasz Wolny, said the mother and cub were both healthy. The keeper said the cub weighed less than a bar of chocolate.

Dr Hana Sato, the zoo's vet, said the first week would be the hardest. She said keepers would watch the pair day and night.

Wolny, who has worked with pandas for a decade, said he had not slept for two days.

"It was worth every minute."
"""
ARTICLES["factoryfire"] = """Fire destroys furniture workshop

A fire destroyed a furniture workshop on the Dane Road industrial estate early on Monday.

The owner, a carpenter who asked not to be named, said the workshop had been his family's for three generations. He said he had no insurance.

Fire officers said the blaze had started in a store of varnish. They said nobody had been hurt.

Station manager Ruth Iqbal said crews had fought the fire for six hours. She said the building would have to be pulled down.

A neighbour, Simon Clegg, said he had seen flames from his bedroom. "The whole sky was orange," he said.
"""
ARTICLES["orchestra"] = """Orchestra names first woman conductor

The Eastfield Philharmonic has named Marta Lindqvist as its chief conductor, the first woman to hold the post.

Lindqvist, 41, said she had dreamed of the job since she played violin in the orchestra as a student. The mother of two said she would move her family to Eastfield in the summer.

The orchestra's chairman, Robert Haig, said the board had chosen her unanimously. He said she would conduct the opening concert in September.

Lindqvist's predecessor, Anton Berg, said he was delighted. He said she was the best conductor of her generation.

Lindqvist said she owed much to Berg. "He taught me how to listen," she said.
"""
ARTICLES["market"] = """Street traders fear new market rules

Traders at the Sunday market in Pellow say new rules will drive them out of business.

Under the rules, each stall must pay a fee of 40 a week. Fruit seller Amir Saleh said the fee was more than he earned on a wet Sunday. Fish seller Ben Oduya said he would move to the market in the next town.

Saleh, who has sold fruit in Pellow for 25 years, said the traders had not been asked. He said the council wanted the square for cafes.

The market's manager said the fees would pay for new lighting. The manager, Clare Dunne, said she had met the traders twice.

"They were told in March," Dunne said.
"""

SPEAKERS = {}
SPEAKERS['flood'] = [
    (':', 'Mayor', 'Ines Calloway', 'we will rebuild every hom'),
    ('said', 'She', 'Ines Calloway', 'the town would rebuild ev'),
    ('said', 'she', 'Ines Calloway', 'Nobody will be left in a '),
    ('said', 'They', 'Residents', 'the river had flooded the'),
    ('said', 'Gareth Pryce, a plumber who has lived on the lane since 1998', 'Gareth Pryce', 'his insurer had refused t'),
    ('said', 'The 52-year-old', 'Gareth Pryce', 'he would sell if the coun'),
]
SPEAKERS['bakery'] = [
    ('cannot agree on', 'The two sisters who run the Lyle Street bakery', 'two sisters', 'whether to sell it'),
    ('said', 'Priya Nandi, the elder', 'Priya Nandi', 'a supermarket chain had o'),
    ('said', 'Her sister, Asha Nandi', 'Asha Nandi', 'the offer was an insult'),
    ('said', 'Priya Nandi', 'Priya Nandi', 'the ovens were forty year'),
    ('said', 'Asha', 'Asha Nandi', 'she had fixed them hersel'),
    ('said', 'she', 'Asha Nandi', 'They will last another fo'),
    ('said', 'She', 'Kamala Nandi', 'she would not take sides'),
    ('said', 'the mother of two', 'Kamala Nandi', 'It is their bakery now'),
]
SPEAKERS['port'] = [
    ('said', "Owen Tarrant, the general secretary of the Hensley Dockers' Union", 'Owen Tarrant', 'the shifts had been impos'),
    ('said', 'The union leader', 'Owen Tarrant', 'his members would strike '),
    ('said', 'The Hensley Port Authority', 'Hensley Port Authority', 'the shifts were needed to'),
    ('said', 'It', 'Hensley Port Authority', 'pay for night work would '),
    ('said', 'A port authority spokeswoman', 'port authority spokeswoman', 'three ships had been dive'),
    ('said', 'She', 'port authority spokeswoman', 'the authority was ready t'),
    ('said', 'Tarrant', 'Owen Tarrant', 'he would go to the meetin'),
]
SPEAKERS['vet'] = [
    ('said', 'Dr Mensah', 'Abena Mensah', 'the birds on both farms w'),
    ('said', 'One of the farmers, Leo Drummond', 'Leo Drummond', 'he had lost 3,000 ducks i'),
    ('said', 'He', 'Leo Drummond', 'the compensation would no'),
    ('said', 'Dr Mensah', 'Abena Mensah', 'other farms should keep t'),
    ('said', 'she', 'Abena Mensah', 'The next month is the dan'),
]
SPEAKERS['school'] = [
    ('said', 'A teacher at Brook Hill primary school', 'Colm Brady', 'the building had not been'),
    ('said', 'Brady', 'Colm Brady', 'the children had raised m'),
    ('said', 'The head teacher, Siobhan Kerr', 'Siobhan Kerr', 'the county had promised a'),
    ('said', 'She', 'Siobhan Kerr', 'the roof still leaked in '),
    ('said', 'Parents at the gate', 'Parents at the gate', 'they would march to the c'),
    ('said', 'They', 'Parents at the gate', 'their children deserved b'),
    ('said', 'one mother, Rita Flood', 'Rita Flood', 'We are not asking for a p'),
]
SPEAKERS['chess'] = [
    ('said', 'Viktor Aslanov, the defending champion', 'Viktor Aslanov', 'he had played badly in th'),
    ('said', 'His opponent in that game, Samir Haddad', 'Samir Haddad', 'he had been lucky'),
    ('said', 'Aslanov', 'Viktor Aslanov', 'luck had nothing to do wi'),
    ('said', 'The third player, Thomas Ek', 'Thomas Ek', 'he had expected to lose'),
    ('said', 'He', 'Thomas Ek', 'the tie-break would suit '),
    ('said', 'The teenager', 'Samir Haddad', 'he would sleep before the'),
    ('said', 'Aslanov', 'Viktor Aslanov', 'he would not sleep at all'),
    ('said', 'he', 'Viktor Aslanov', 'I will prepare all night'),
]
SPEAKERS['ceo'] = [
    ('said', 'the company', 'Norvale Systems', 'Norvale Systems will cut '),
    ('said', 'Martin Osei, the chief executive', 'Martin Osei', 'orders from car makers ha'),
    ('said', 'The chief executive', 'Martin Osei', 'the cuts were the only wa'),
    ('said', 'The company', 'Norvale Systems', 'it would offer every work'),
    ('said', 'Union official Deirdre Lamb', 'Deirdre Lamb', 'the workers had heard not'),
    ('said', 'She', 'Deirdre Lamb', 'the union would ask the g'),
    ('said', 'Osei', 'Martin Osei', 'he had met the union twic'),
]
SPEAKERS['cyclist'] = [
    ('said', 'The 34-year-old', 'Ruben Sol', 'he had trained on the sam'),
    ('said', 'Sol', 'Ruben Sol', 'I know every stone on tha'),
    ('said', 'His team manager, Lucia Ferrer', 'Lucia Ferrer', 'the team had planned the '),
    ('said', 'She', 'Lucia Ferrer', 'Sol was the strongest cli'),
    ('said', 'He', 'Erik Vang', 'he was still confident of'),
    ('said', 'Sol', 'Ruben Sol', 'he did not care about the'),
]
SPEAKERS['council'] = [
    ('said', 'The council', 'Westmoor Council', 'it had found savings else'),
    ('said', 'It', 'Westmoor Council', 'both libraries would stay'),
    ('said', 'A council spokeswoman', 'council spokeswoman', 'the decision had been tak'),
    ('said', 'She', 'council spokeswoman', 'no staff would lose their'),
    ('said', 'Campaigner Nadia Farooq, who collected 8,000 signatures', 'Nadia Farooq', 'the council had listened '),
    ('said', 'The retired librarian', 'Nadia Farooq', 'she would keep watching t'),
    ('said', 'Councillor Peter Vance', 'Peter Vance', 'the savings would come fr'),
]
SPEAKERS['rescue'] = [
    # a role the lexicon did not know ('coxswain', known since the sixtieth session's role nouns), named in the
    # next sentence ('The coxswain, Hamish Reid, has served')
    ('said', "The crew's coxswain", 'Hamish Reid', 'the yacht had hit rocks'),
    ('said', 'Reid', 'Hamish Reid', 'the two sailors had been '),
    ('said', 'He', 'Hamish Reid', 'both were cold but unhurt'),
    ('said', 'One of the sailors, Erin Walsh', 'Erin Walsh', 'the crew had saved her li'),
    ('said', 'She', 'Erin Walsh', 'she would buy every membe'),
    ('said', 'Walsh', 'Erin Walsh', 'They came out of the fog '),
]
SPEAKERS['wind'] = [
    ('ruled out', 'The energy minister', 'Karl Brandt', 'new wind farms on Hollin '),
    ('said', 'Energy Minister Karl Brandt', 'Karl Brandt', 'the moor was too importan'),
    ('said', 'He', 'Karl Brandt', 'the government would look'),
    ('said', 'The Hollin Wind Association', 'Hollin Wind Association', 'the decision would cost t'),
    ('said', 'It', 'Hollin Wind Association', 'its members had spent mil'),
    ('said', 'Its chairwoman, Greta Holm', 'Greta Holm', 'she was shocked'),
    ('said', 'the chairwoman', 'Greta Holm', 'We were told the moor was'),
    ('said', 'Brandt', 'Karl Brandt', 'no one had been promised '),
]
SPEAKERS['tenants'] = [
    ('said', 'Kell', 'Marion Kell', 'the landlord had charged '),
    ('said', 'Adair', 'Joyce Adair', 'some tenants had paid twi'),
    ('said', 'They', 'Marion Kell and Joyce Adair', "the tribunal's ruling was"),
    ('said', 'The landlord, Garside Homes', 'Garside Homes', 'it accepted the ruling'),
    ('said', 'A Garside Homes spokesman', 'Garside Homes spokesman', 'refunds would be paid by '),
    ('said', 'Kell', 'Marion Kell', 'she would believe it when'),
]
SPEAKERS['zoo'] = [
    ('said', "The zoo's head keeper, Tomasz Wolny", 'Tomasz Wolny', 'the mother and cub were b'),
    ('said', 'The keeper', 'Tomasz Wolny', 'the cub weighed less than'),
    ('said', "Dr Hana Sato, the zoo's vet", 'Hana Sato', 'the first week would be t'),
    ('said', 'She', 'Hana Sato', 'keepers would watch the p'),
    ('said', 'Wolny, who has worked with pandas for a decade', 'Tomasz Wolny', 'he had not slept for two '),
]
SPEAKERS['factoryfire'] = [
    ('said', 'The owner, a carpenter who asked not to be named', 'owner', 'the workshop had been his'),
    ('said', 'He', 'owner', 'he had no insurance'),
    ('said', 'Fire officers', 'Fire officers', 'the blaze had started in '),
    ('said', 'They', 'Fire officers', 'nobody had been hurt'),
    ('said', 'Station manager Ruth Iqbal', 'Ruth Iqbal', 'crews had fought the fire'),
    ('said', 'She', 'Ruth Iqbal', 'the building would have t'),
    ('said', 'A neighbour, Simon Clegg', 'Simon Clegg', 'he had seen flames from h'),
    ('said', 'he', 'Simon Clegg', 'The whole sky was orange'),
]
SPEAKERS['orchestra'] = [
    ('has named', 'The Eastfield Philharmonic', 'Eastfield Philharmonic', 'Marta Lindqvist as its ch'),
    ('said', 'Lindqvist, 41', 'Marta Lindqvist', 'she had dreamed of the jo'),
    ('said', 'The mother of two', 'Marta Lindqvist', 'she would move her family'),
    ('said', "The orchestra's chairman, Robert Haig", 'Robert Haig', 'the board had chosen her '),
    ('said', 'He', 'Robert Haig', 'she would conduct the ope'),
    ('said', "Lindqvist's predecessor, Anton Berg", 'Anton Berg', 'he was delighted'),
    ('said', 'He', 'Anton Berg', 'she was the best conducto'),
    ('said', 'Lindqvist', 'Marta Lindqvist', 'she owed much to Berg'),
    ('said', 'she', 'Marta Lindqvist', 'He taught me how to liste'),
]
SPEAKERS['market'] = [
    ('fear', 'Street traders', 'Street traders', 'new market rules'),
    ('say', 'Traders at the Sunday market in Pellow', 'Traders at the Sunday market in Pellow', 'new rules will drive them'),
    ('said', 'Fruit seller Amir Saleh', 'Amir Saleh', 'the fee was more than he '),
    ('said', 'Fish seller Ben Oduya', 'Ben Oduya', 'he would move to the mark'),
    ('said', 'Saleh, who has sold fruit in Pellow for 25 years', 'Amir Saleh', 'the traders had not been '),
    ('said', 'He', 'Amir Saleh', 'the council wanted the sq'),
    ('said', "The market's manager", 'Clare Dunne', 'the fees would pay for ne'),
    ('said', 'The manager, Clare Dunne', 'Clare Dunne', 'she had met the traders t'),
    ('said', 'Dunne', 'Clare Dunne', 'They were told in March'),
]


KNOWN = [
    # a bare job after a sentence about its holder ('Abena Mensah has treated farm animals ...
    # The vet said'): kept as a description, as a bare job after another speaker must be
    ("vet", "said", "The vet", "she had found bird flu", "Abena Mensah"),
    ("vet", "warns of", "Vet", "bird flu on lakeside farms", "Abena Mensah"),
]

# a paragraph of quotation alone after a speaker's paragraph, with no cue and no question put
# before it, gets no record; nor does a headline of a role, a colon and a phrase with no verb
NO_REPORT = [
    ("flood", "I cannot do this again.", "Gareth Pryce"),
    ("cyclist", "Today is enough for me.", "Ruben Sol"),
    ("zoo", "It was worth every minute.", "Tomasz Wolny"),
    ("wind", "no new wind farms on the moor", "Karl Brandt"),
]
