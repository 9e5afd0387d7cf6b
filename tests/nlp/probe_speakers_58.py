# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Sixteen short news articles written for the fifty-eighth session's speaker probes (helper C): a
delayed bridge, two farmers and a quarry, a cannery's closure, a father and son's tea estate, a
basketball coach's exit, a dam and two politicians, a ferry fire, a museum theft, a minister's
contract, a children's ward, a rowing crew, sewage spills, a marathon runner's shoe, a theatre's
grant, a crumbling cliff and a film festival's director. They hold a speaker named in the headline
by surname only and in the body by full name after two paragraphs of others ('Varga: bridge will
open'); 'The two men' and 'Both' as sources; a woman, a man and a company alternating with 'it'
and 'they'; people of one surname ('The elder Mr Bose', 'His son', 'Vikram's wife, Meera Bose');
initials and nicknames ('RJM', 'Tee'); titles in several styles ('Sen.', 'Gov.', 'Prof.', 'Dr.',
'Capt.', 'Fire Chief', 'Shri'); a quotation quoted inside another's; a possessive source ('The
minister's spokesman', 'His lawyer', 'Her office'); three men or two women alternating; a role
named the sentence after ('A senior nurse ... The nurse, Grace Obi,'); role phrases after a name
('The 46-year-old', 'The mother of two', 'The chief executive', 'The coach'); a body and its
spokeswoman; 'they' for a group; and a paragraph of quotation alone after its speaker's.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong (or finds
no report for), with the speaker a reader gives. Every name, figure and sentence is made up.
Read by ``test_probe_findings_58_speakers``."""

ARTICLES = {}
ARTICLES["bridge"] = """Varga: bridge will open in May

The new road bridge over the Tamsin river has been delayed twice since work began in 2024.

Drivers who cross the old bridge every day said the queues had grown longer each month. One of them, taxi driver Neil Ashby, said he lost an hour a day.

Councillor Bridget Hoyle said the council had paid the builders on time. She said the delays were not its fault.

Lidia Varga, the engineer in charge of the project, said on Tuesday that the bridge would open in May. The 46-year-old said the steel had arrived late from the mill.

"We lost four months waiting for one shipment," Varga said.

Hoyle said she would hold the builders to the new date.
"""
ARTICLES["quarry"] = """Two farmers take quarry owner to court

Two farmers whose land borders the Redcliff quarry have sued its owner over dust.

Dafydd Morgan said the dust had killed his hedges. Huw Pritchard said his sheep would not graze near the quarry fence.

The two men said they had complained to the owner, Redcliff Aggregates, for six years. Both said they had photographs of the dust clouds.

Redcliff Aggregates said it had followed every rule. It said the dust came from a road, not the quarry.

Morgan said the company had never visited his farm. "They have never once knocked on my door," he said.

Pritchard, 63, said he expected to win.
"""
ARTICLES["cannery"] = """Cannery to close with loss of 200 jobs

Porthmore Fish Canners said on Monday it would close its plant at Kelby in March. It said the price of tin had doubled in two years.

Factory manager Sandra Kew said the workers had been told at a meeting in the canteen. She said most had worked at the plant for more than a decade.

Shop steward Ivan Rudd said the company had promised in January that the plant was safe. He said the union would ask it to sell the plant rather than shut it.

The company said it had looked for a buyer but found none. It said staff would get a month's pay for each year worked.

Kew and Rudd met the company's owners on Tuesday. They said afterwards that the owners would not change their minds.

Rudd said he would write to the local MP.
"""
ARTICLES["estate"] = """Father and son split over family tea estate

Arun Bose and his son, Vikram Bose, have run the Hillcrest tea estate near Darjeeling together for twenty years.

The elder Mr Bose said on Friday that he wanted to sell the estate to a hotel group. His son said the estate should stay in the family.

"My grandfather planted these bushes," Vikram Bose said. The 38-year-old said he had a plan to sell the tea online.

Arun Bose, 71, said he was too old to run the estate. He said his son had never managed the pickers.

Vikram's wife, Meera Bose, said the family would settle the matter privately. She said the hotel group's offer had expired anyway.

The younger Mr Bose said he would buy his father's share.
"""
ARTICLES["coach"] = """RJM to step down as coach of the Harbour Hawks

Robert James Maddox, the basketball coach known to fans as RJM, will leave the Harbour Hawks at the end of the season.

RJM said on Sunday that he had made the decision with his family. He said twelve seasons were enough.

The team's star guard, Tanisha "Tee" Booker, said the players had cried when he told them. Tee said she owed her career to him.

The club's owner, Frank Dolan, said he would name a new coach within a month. Dolan said RJM had been offered a job in the front office.

Maddox said he had not decided whether to take it.
"""
ARTICLES["dam"] = """Sen. Alvarez and Gov. Pike clash over river dam

Sen. Rosa Alvarez and Gov. Thomas Pike have argued for months over a plan to dam the Corvo river.

Alvarez said on Thursday the dam would flood three villages. Pike said the state needed the water for its farms.

Prof. Leonard Hsu, a hydrologist at the state university, said both sides had used the wrong rainfall figures. The professor said the river's flow had fallen by a third.

Dr. Amaka Eze, who leads the villages' health clinic, said families would lose their wells. Eze said she had written to the governor twice.

The governor said he would read the letters. The senator said she would block the dam's funding.
"""
ARTICLES["ferry"] = """Captain praised after ferry fire

Passengers on the ferry Morning Star were brought ashore safely on Saturday after a fire broke out in the engine room.

Capt. Hemi Walker said the crew had put out the fire within twenty minutes. He said nobody had been hurt.

Fire Chief Dolores Ruiz said the fire had started in a fuel pump. The chief said the ferry would be inspected before it sailed again.

A passenger, Shri Ramesh Iyer, said the crew had handed out life jackets calmly. Mr Iyer said he would sail with the same company again.

The ferry's owner, Blue Strait Lines, said it would pay for every passenger's hotel. It said Captain Walker had followed every procedure.
"""
ARTICLES["museum"] = """Museum director says thief walked in and out

A bronze mask was stolen from the Castlegate Museum on Wednesday night, police said.

The museum's director, Joanna Pell, said the thief had walked in through a fire door. "The guard told me, 'I heard nothing at all,'" Pell said.

Detective Inspector Sam Ogun said officers were studying camera footage. He said the mask was worth about 2 million.

"The guard has told my officers that he saw a van," Ogun said. The inspector said the guard was not a suspect.

Pell said the museum would reopen on Monday.
"""
ARTICLES["contract"] = """Minister denies claims over housing contract

Housing Minister Carla Denning has denied giving a building contract to a friend's firm.

The minister's spokesman said on Monday that the contract had been awarded by civil servants. He said Denning had not seen the bids.

The firm's founder, Paul Creed, has also denied wrongdoing. His lawyer said Creed had never met the minister.

Opposition MP Fiona Lusk said the contract should be investigated. Her office said she had written to the police.

Denning said she welcomed any inquiry.
"""
ARTICLES["ward"] = """Nurses say children's ward is short of staff

A senior nurse at St Agnes hospital said on Friday that the children's ward had run with half its staff all winter.

The nurse, Grace Obi, has worked on the ward for 19 years. Obi said she had asked for more staff in October.

The hospital's chief executive, Linda Marsh, said new nurses would start in April. Marsh said the hospital had hired twelve.

Obi said twelve was not enough. She said the ward needed twenty.

The chief executive said the hospital could not afford twenty. She said the health board set its budget.

"We have to live within our means."
"""
ARTICLES["rowing"] = """Rowers dropped a week before river race

Three members of the Kessock rowing crew have been dropped a week before the river race.

Coach Liam Farrow said he had dropped them for missing training. Jonah Reyes, one of the three, said he had been ill. Farrow said Reyes had not told anyone.

Callum Dunn, another of the dropped rowers, said he had missed one session. He said the coach had favourites.

Farrow said he had no favourites. The coach said the crew would be stronger without them.

Reyes said he would row for another club next year.
"""
ARTICLES["sewage"] = """Water company fined for sewage spills

Crestwater has been fined 4 million for spilling sewage into the River Lune.

The company said it was sorry. It said it would spend 90 million on new pipes.

A Crestwater spokeswoman said the spills had happened during storms. She said the company had reported every one.

Swimmers who use the river said they had been ill after swimming. They said the fine was too small.

Environment Agency officer Nikhil Rao said the spills had killed fish over ten miles. Rao said it was the agency's largest fine this year.
"""
ARTICLES["marathon"] = """Runner finishes marathon after losing her shoe

Kezia Mbeki lost her left shoe two miles into the Dunmore marathon on Sunday.

The mother of two said she had decided to keep running. She finished in three hours and forty minutes.

Race director Helen Shaw said nobody at the water stations had a spare shoe.

"I have never seen anything like it," she said.

Mbeki's husband, Jon, ran beside her for the last mile. He said she had not complained once.

She said she would wear tighter laces next year.
"""
ARTICLES["theatre"] = """Director: our theatre will not close

The Royal Gable theatre will stay open despite losing its grant, its artistic director said on Wednesday.

Marguerite Okonkwo, who has led the theatre since 2019, said private donors had promised enough money for two years. She said the theatre would put on six plays next season.

The arts council said its grants had gone to theatres outside the capital. A council spokesman said the Royal Gable had scored well but not well enough.

Theatre critic Dr Felix Amberley said the decision was a mistake. Dr Amberley said the Royal Gable had trained half the country's actors.

Okonkwo said she agreed with him.
"""
ARTICLES["cliff"] = """Cliff-top residents told to leave homes

Twelve families living on the cliff at Sandholm have been told to leave their homes before winter.

Sheila Brand, who has lived on the cliff for forty years, said she had nowhere to go. Her neighbour, Ruth Carney, said the council had known about the erosion for a decade.

Brand said the council had refused to build a sea wall. Carney said she would sleep in her car if she had to.

The families said they wanted the council to buy their homes. They said no bank would lend against a house that might fall into the sea.

The council's coastal engineer, Gwen Akers, said a sea wall would cost 30 million. She said the cliff was moving a metre a year.

The engineer said the council had no money to buy the homes.
"""
ARTICLES["festival"] = """Okafor quits film festival after row over prize

The Northbay film festival has lost its director days before it opens.

The festival's board said on Monday it had accepted her resignation. It said the festival would go ahead as planned.

Jury member Pablo Serrat said the board had overruled the jury on the main prize. He said the jury had been unanimous.

The board's chairman, Geoffrey Stott, said the jury had only been asked to look again. The chairman said the rules allowed it.

Dr Chidinma Okafor, who ran the festival for eight years, said she had resigned because the board had broken its own rules. Okafor said she would not attend the opening night.

"I cannot stand on that stage and pretend."
"""

SPEAKERS = {}
SPEAKERS['bridge'] = [
    (':', 'Varga', 'Lidia Varga', 'bridge will open in May'),
    ('said', 'Drivers who cross the old bridge every day', 'Drivers who cross the old bridge every day', 'the queues had grown long'),
    ('said', 'One of them, taxi driver Neil Ashby', 'Neil Ashby', 'he lost an hour a day'),
    ('said', 'Councillor Bridget Hoyle', 'Bridget Hoyle', 'the council had paid the '),
    ('said', 'She', 'Bridget Hoyle', 'the delays were not its f'),
    # a reporting tail no longer reads 'project' after 'the' as its verb (``reporting_tails``, helper I)
    ('said', 'Lidia Varga, the engineer in charge of the project', 'Lidia Varga', 'the bridge would open in M'),
    ('said', 'The 46-year-old', 'Lidia Varga', 'the steel had arrived lat'),
    ('said', 'Varga', 'Lidia Varga', 'We lost four months waiti'),
    ('said', 'Hoyle', 'Bridget Hoyle', 'she would hold the builde'),
]
SPEAKERS['quarry'] = [
    ('said', 'Dafydd Morgan', 'Dafydd Morgan', 'the dust had killed his h'),
    ('said', 'Huw Pritchard', 'Huw Pritchard', 'his sheep would not graze'),
    ('said', 'The two men', 'Dafydd Morgan and Huw Pritchard', 'they had complained to th'),
    ('said', 'Both', 'Dafydd Morgan and Huw Pritchard', 'they had photographs of t'),
    ('said', 'Redcliff Aggregates', 'Redcliff Aggregates', 'it had followed every rul'),
    ('said', 'It', 'Redcliff Aggregates', 'the dust came from a road'),
    ('said', 'Morgan', 'Dafydd Morgan', 'the company had never vis'),
    ('said', 'he', 'Dafydd Morgan', 'They have never once knoc'),
    ('said', 'Pritchard, 63', 'Huw Pritchard', 'he expected to win'),
]
SPEAKERS['cannery'] = [
    ('said', 'Porthmore Fish Canners', 'Porthmore Fish Canners', 'it would close its plant '),
    ('said', 'It', 'Porthmore Fish Canners', 'the price of tin had doub'),
    ('said', 'Factory manager Sandra Kew', 'Sandra Kew', 'the workers had been told'),
    ('said', 'She', 'Sandra Kew', 'most had worked at the pl'),
    ('said', 'Shop steward Ivan Rudd', 'Ivan Rudd', 'the company had promised '),
    ('said', 'He', 'Ivan Rudd', 'the union would ask it to'),
    ('said', 'The company', 'Porthmore Fish Canners', 'it had looked for a buyer'),
    ('said', 'It', 'Porthmore Fish Canners', "staff would get a month's"),
    ('said', 'They', 'Sandra Kew and Ivan Rudd', 'the owners would not chan'),
    ('said', 'Rudd', 'Ivan Rudd', 'he would write to the loc'),
]
SPEAKERS['estate'] = [
    ('said', 'The elder Mr Bose', 'Arun Bose', 'he wanted to sell the est'),
    ('said', 'His son', 'Vikram Bose', 'the estate should stay in'),
    ('said', 'Vikram Bose', 'Vikram Bose', 'My grandfather planted th'),
    ('said', 'The 38-year-old', 'Vikram Bose', 'he had a plan to sell the'),
    ('said', 'Arun Bose, 71', 'Arun Bose', 'he was too old to run the'),
    ('said', 'He', 'Arun Bose', 'his son had never managed'),
    ('said', "Vikram's wife, Meera Bose", 'Meera Bose', 'the family would settle t'),
    ('said', 'She', 'Meera Bose', "the hotel group's offer h"),
    ('said', 'The younger Mr Bose', 'Vikram Bose', "he would buy his father's"),
]
SPEAKERS['coach'] = [
    ('said', 'RJM', 'Robert James Maddox', 'he had made the decision '),
    ('said', 'He', 'Robert James Maddox', 'twelve seasons were enoug'),
    ('said', 'The team\'s star guard, Tanisha "Tee" Booker', 'Tanisha Booker', 'the players had cried whe'),
    ('said', 'Tee', 'Tanisha Booker', 'she owed her career to hi'),
    ('said', "The club's owner, Frank Dolan", 'Frank Dolan', 'he would name a new coach'),
    ('said', 'Dolan', 'Frank Dolan', 'RJM had been offered a jo'),
    ('said', 'Maddox', 'Robert James Maddox', 'he had not decided whethe'),
]
SPEAKERS['dam'] = [
    ('have argued', 'Sen. Rosa Alvarez and Gov. Thomas Pike', 'Rosa Alvarez and Thomas Pike', 'over a plan to dam the Co'),
    ('said', 'Alvarez', 'Rosa Alvarez', 'the dam would flood three'),
    ('said', 'Pike', 'Thomas Pike', 'the state needed the wate'),
    ('said', 'Prof. Leonard Hsu, a hydrologist at the state university', 'Leonard Hsu', 'both sides had used the w'),
    ('said', 'The professor', 'Leonard Hsu', "the river's flow had fall"),
    ('said', "Dr. Amaka Eze, who leads the villages' health clinic", 'Amaka Eze', 'families would lose their'),
    ('said', 'Eze', 'Amaka Eze', 'she had written to the go'),
    ('said', 'The governor', 'Thomas Pike', 'he would read the letters'),
    ('said', 'The senator', 'Rosa Alvarez', "she would block the dam's"),
]
SPEAKERS['ferry'] = [
    ('said', 'Capt. Hemi Walker', 'Hemi Walker', 'the crew had put out the '),
    ('said', 'He', 'Hemi Walker', 'nobody had been hurt'),
    ('said', 'Fire Chief Dolores Ruiz', 'Dolores Ruiz', 'the fire had started in a'),
    ('said', 'The chief', 'Dolores Ruiz', 'the ferry would be inspec'),
    ('said', 'A passenger, Shri Ramesh Iyer', 'Ramesh Iyer', 'the crew had handed out l'),
    ('said', 'Mr Iyer', 'Ramesh Iyer', 'he would sail with the sa'),
    ('said', "The ferry's owner, Blue Strait Lines", 'Blue Strait Lines', 'it would pay for every pa'),
    ('said', 'It', 'Blue Strait Lines', 'Captain Walker had follow'),
]
SPEAKERS['museum'] = [
    ('says', 'Museum director', 'Joanna Pell', 'thief walked in and out'),
    ('said', 'police', 'police', 'A bronze mask was stolen '),
    ('said', "The museum's director, Joanna Pell", 'Joanna Pell', 'the thief had walked in t'),
    ('said', 'Pell', 'Joanna Pell', "The guard told me, 'I hea"),
    ('said', 'Detective Inspector Sam Ogun', 'Sam Ogun', 'officers were studying ca'),
    ('said', 'He', 'Sam Ogun', 'the mask was worth about '),
    ('said', 'Ogun', 'Sam Ogun', 'The guard has told my off'),
    ('said', 'The inspector', 'Sam Ogun', 'the guard was not a suspe'),
    ('said', 'Pell', 'Joanna Pell', 'the museum would reopen o'),
]
SPEAKERS['contract'] = [
    ('denies', 'Minister', 'Carla Denning', 'claims over housing contr'),
    ('has denied', 'Housing Minister Carla Denning', 'Carla Denning', 'giving a building contrac'),
    ('said', "The minister's spokesman", "minister's spokesman", 'the contract had been awa'),
    ('said', 'He', "minister's spokesman", 'Denning had not seen the '),
    ('has also denied', "The firm's founder, Paul Creed", 'Paul Creed', 'wrongdoing'),
    ('said', 'His lawyer', "Paul Creed's lawyer", 'Creed had never met the m'),
    ('said', 'Opposition MP Fiona Lusk', 'Fiona Lusk', 'the contract should be in'),
    ('said', 'Her office', "Fiona Lusk's office", 'she had written to the po'),
    ('said', 'Denning', 'Carla Denning', 'she welcomed any inquiry'),
]
SPEAKERS['ward'] = [
    ('say', 'Nurses', 'Nurses', "children's ward is short "),
    ('said', 'A senior nurse at St Agnes hospital', 'Grace Obi', "the children's ward had r"),
    ('said', 'Obi', 'Grace Obi', 'she had asked for more st'),
    ('said', "The hospital's chief executive, Linda Marsh", 'Linda Marsh', 'new nurses would start in'),
    ('said', 'Marsh', 'Linda Marsh', 'the hospital had hired tw'),
    ('said', 'Obi', 'Grace Obi', 'twelve was not enough'),
    ('said', 'She', 'Grace Obi', 'the ward needed twenty'),
    ('said', 'The chief executive', 'Linda Marsh', 'the hospital could not af'),
    ('said', 'She', 'Linda Marsh', 'the health board set its '),
]
SPEAKERS['rowing'] = [
    ('said', 'Coach Liam Farrow', 'Liam Farrow', 'he had dropped them for m'),
    ('said', 'Jonah Reyes, one of the three', 'Jonah Reyes', 'he had been ill'),
    ('said', 'Farrow', 'Liam Farrow', 'Reyes had not told anyone'),
    ('said', 'Callum Dunn, another of the dropped rowers', 'Callum Dunn', 'he had missed one session'),
    ('said', 'He', 'Callum Dunn', 'the coach had favourites'),
    ('said', 'Farrow', 'Liam Farrow', 'he had no favourites'),
    ('said', 'The coach', 'Liam Farrow', 'the crew would be stronge'),
    ('said', 'Reyes', 'Jonah Reyes', 'he would row for another '),
]
SPEAKERS['sewage'] = [
    ('said', 'The company', 'Crestwater', 'it was sorry'),
    ('said', 'It', 'Crestwater', 'it would spend 90 million'),
    ('said', 'A Crestwater spokeswoman', 'Crestwater spokeswoman', 'the spills had happened d'),
    ('said', 'She', 'Crestwater spokeswoman', 'the company had reported '),
    ('said', 'Swimmers who use the river', 'Swimmers who use the river', 'they had been ill after s'),
    ('said', 'They', 'Swimmers who use the river', 'the fine was too small'),
    ('said', 'Environment Agency officer Nikhil Rao', 'Nikhil Rao', 'the spills had killed fis'),
    ('said', 'Rao', 'Nikhil Rao', "it was the agency's large"),
]
SPEAKERS['marathon'] = [
    ('said', 'Race director Helen Shaw', 'Helen Shaw', 'nobody at the water stati'),
    ('said', 'she', 'Helen Shaw', 'I have never seen anythin'),
]
SPEAKERS['theatre'] = [
    (':', 'Director', 'Marguerite Okonkwo', 'our theatre will not clos'),
    ('said', 'its artistic director', 'Marguerite Okonkwo', 'The Royal Gable theatre w'),
    ('said', 'Marguerite Okonkwo, who has led the theatre since 2019', 'Marguerite Okonkwo', 'private donors had promis'),
    ('said', 'She', 'Marguerite Okonkwo', 'the theatre would put on '),
    ('said', 'The arts council', 'arts council', 'its grants had gone to th'),
    ('said', 'A council spokesman', 'council spokesman', 'the Royal Gable had score'),
    ('said', 'Theatre critic Dr Felix Amberley', 'Felix Amberley', 'the decision was a mistak'),
    ('said', 'Dr Amberley', 'Felix Amberley', 'the Royal Gable had train'),
    ('said', 'Okonkwo', 'Marguerite Okonkwo', 'she agreed with him'),
]
SPEAKERS['cliff'] = [
    ('said', 'Sheila Brand, who has lived on the cliff for forty years', 'Sheila Brand', 'she had nowhere to go'),
    ('said', 'Her neighbour, Ruth Carney', 'Ruth Carney', 'the council had known abo'),
    ('said', 'Brand', 'Sheila Brand', 'the council had refused t'),
    ('said', 'Carney', 'Ruth Carney', 'she would sleep in her ca'),
    ('said', 'The families', 'families', 'they wanted the council t'),
    ('said', 'They', 'families', 'no bank would lend agains'),
    ('said', "The council's coastal engineer, Gwen Akers", 'Gwen Akers', 'a sea wall would cost 30 '),
    ('said', 'She', 'Gwen Akers', 'the cliff was moving a me'),
    ('said', 'The engineer', 'Gwen Akers', 'the council had no money '),
]
SPEAKERS['festival'] = [  # (the festival named before's board: ``noun_owners``, test_followups_71h)
    ('said', "The festival's board", "Northbay film festival's board", 'it had accepted her resig'),
    ('said', 'It', "Northbay film festival's board", 'the festival would go ahe'),
    ('said', 'Jury member Pablo Serrat', 'Pablo Serrat', 'the board had overruled t'),
    ('said', 'He', 'Pablo Serrat', 'the jury had been unanimo'),
    ('said', "The board's chairman, Geoffrey Stott", 'Geoffrey Stott', 'the jury had only been as'),
    ('said', 'The chairman', 'Geoffrey Stott', 'the rules allowed it'),
    ('said', 'Dr Chidinma Okafor, who ran the festival for eight years', 'Chidinma Okafor', 'she had resigned because '),
    ('said', 'Okafor', 'Chidinma Okafor', 'she would not attend the '),
]


KNOWN = [
    # an epithet in the paragraph after a lede sentence that is no report ('Kezia Mbeki lost her
    # shoe ... The mother of two said'): ``epithet_after`` reads the same paragraph only
    ("marathon", "said", "The mother of two", "she had decided to keep running", "Kezia Mbeki"),
    # 'She' after a man's report about her ('He said she had not complained once. She said'): the
    # woman who spoke last (the race director) is taken, not the one his report spoke of
    ("marathon", "said", "She", "she would wear tighter laces", "Kezia Mbeki"),
    # a kin noun with a given name only ("Mbeki's husband, Jon,"): the given name alone, not the
    # family's surname a reader adds
    ("marathon", "said", "He", "she had not complained once", "Jon Mbeki"),
]

# a paragraph of quotation alone after a speaker's paragraph, with no cue and no question put
# before it: no record of its own at first, now a piece of the report before it (``quote_paragraphs``)
NO_REPORT = [
    ("ward", "We have to live within our means.", "Linda Marsh"),
    ("festival", "I cannot stand on that stage and pretend.", "Chidinma Okafor"),
]
