# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twelve short news articles written for the fifty-first session's speaker probes (helper spk): a
Dutch engineer's flood warning, a governor's race debate, a baker's award, two scientists'
shared rice data, a boxer's comeback, a village shop's retiring couple, a library named after a
former president, farmers meeting a governor, a drug recall, a cup upset, a mayor's free buses
and miners' families. They hold names with particles and compound surnames ('Pieter van der
Berg' then 'Van der Berg'; 'Ana de la Cruz' then 'De la Cruz'; 'Gabriel Ortiz Mena' then 'Ortiz
Mena'; "Siobhan O'Neill" then "O'Neill"); family names first ('Li Wenhua' then 'Li' and 'Dr Li',
'Park Ji-won' then 'Park'); a nickname ('Robert "Bobby" Kane' then 'Kane'); two people of one
surname (a sister named in full then by her given name, after which the surname alone is the
baker again; 'John and Mary Hale' then 'Mrs Hale', 'Mr Hale', 'Mr and Mrs Hale', 'the Hale
brothers'); 'the late Lind' and 'former president Luis Navarro' then 'Navarro'; a 'she' whose
nearest woman named is the one she met, not the speaker; a ministry then 'It', 'The ministry
added' and a department beside it; cataphora ('Said the coach, Marta Lindqvist:', 'In the words of
one resident,', 'Added Okafor:'); a headline naming the mayor by surname and a photo caption
naming her in full; groups ('Residents who packed the hall', 'The families ... they', 'Many
residents'); and a memoir's author ('In her memoir, Dana Cole writes that').

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_51_spk``."""

ARTICLES = {}
ARTICLES["dikes"] = """Dutch engineer warns river towns to raise their dikes

A Dutch flood engineer told councillors in Merton on Tuesday that the town's river walls would not survive a storm like the one that hit the coast last winter.

Pieter van der Berg, who advised the Dutch government on its coastal defences for twenty years, said the walls along the Arle were built for a climate that no longer exists. "You are defending yourselves against the floods of 1950," Van der Berg said.

He said the town should raise the walls by at least a metre and give the river more room upstream. Van der Berg said that in the Netherlands whole villages had agreed to move so that farmland could flood instead.

Council leader Judith Amos said the town could not afford such work on its own. "We will need help from the government," she said.

Van der Berg said the cost of doing nothing would be far higher. He told the meeting that a single flood could cause more damage than ten years of building.

Residents who packed the hall said they had been asking for better defences for years. Tom Ellery, whose house flooded twice, said he was glad someone was finally listening.

The Environment Agency said in a statement that it would review the engineer's report.
"""
ARTICLES["delacruz"] = """Two rivals trade blows in governor's race debate

The two main candidates for governor of San Telmo clashed over water and crime in their only televised debate on Sunday night.

Ana de la Cruz, a former judge running for the Citizens' Party, said the state had wasted billions on dams that were never finished. "Every family here pays for those empty reservoirs," De la Cruz said.

Gabriel Ortiz Mena, the mayor of the state capital, said his rival had no plan of her own. Ortiz Mena said he would finish the dams within four years and cut water bills by a tenth.

De la Cruz said the mayor's own city had the worst water losses in the country. She said a third of the capital's water leaked from old pipes before it reached a tap.

"My opponent blames everyone but himself," Ortiz Mena said. He added that crime had fallen in the capital for three years in a row.

The moderator, Lucia Ferrer, asked both candidates how they would pay for their plans. De la Cruz said she would cancel new road projects. Ortiz Mena said he would raise money from a tax on large farms.

Polls show the race is close. Voting takes place on June 2.
"""
ARTICLES["oneill"] = """Belfast baker wins national award

Siobhan O'Neill started baking bread in her kitchen during the pandemic. On Thursday her small bakery in east Belfast was named the best in the country.

"I still cannot quite believe it," O'Neill said as she collected the award in London. She said she had entered the competition only because her customers kept asking her to.

O'Neill, 41, now employs eleven people. She said the secret was time: her sourdough rests for two full days before it is baked.

Her younger sister, Aoife O'Neill, runs the shop counter. Aoife said the queue now starts at seven in the morning.

Her business partner, Declan McAleese, said the award had already brought a rush of orders. McAleese said they were looking for a second shop.

The head judge, Marguerite Dubois, said the bakery's rye loaf had been the finest she tasted all year. "It was simple and perfect," Dubois said.

O'Neill said she would spend the prize money on a bigger oven. "The old one is held together with tape," she said.
"""
ARTICLES["asia"] = """Scientists share data on new rice disease

Researchers from China and South Korea said on Monday that they would share all their data on a fungus that has been destroying rice crops across East Asia.

Li Wenhua, a plant scientist at a university in Nanjing who first described the fungus, said it had spread to four provinces since the spring. "We need every lab in the region working on this," Li said.

Park Ji-won, who leads a crop research team in Daejeon, said her group had found two rice varieties that seemed to resist it. Park said field trials would begin next month.

Li said the fungus spreads through water used to flood the paddies. He said farmers should not share irrigation water with fields that had been infected.

The two scientists met at a conference in Tokyo last year. Park said the partnership had started with a conversation over coffee. "Li had the samples, and we had the seeds," she said.

Dr Li said the next step was to map the fungus's genes. "We will publish everything we find," said Dr Park.

The Food and Agriculture Organization said the disease could cut the region's harvest by five percent if it was not contained.
"""
ARTICLES["kane"] = """Former champion returns to the ring at 39

Robert "Bobby" Kane, the former middleweight champion, said on Wednesday he would fight again in May, four years after he retired.

"I never felt finished," Kane said at a news conference in Glasgow. "I left because my head was not right, and now it is."

Kane, who lost his title in a bitter fight in 2021, said he had been training for eight months. He said his opponent would be announced next week.

His trainer, Frankie Moss, said the boxer was in the best shape of his life. "He runs ten miles before breakfast," Moss said.

Not everyone is pleased. Dr Helen Price, a doctor who has studied head injuries in boxing, said fighters over 35 faced much greater risks. She said the sport's governing body should make older boxers pass extra tests.

"I have seen what happens to men who stay too long," Price said. Bobby Kane's promoter, Leo Grant, said the fight would be held in Glasgow.

Kane said he had passed every medical test he had been given. "I know the risks better than anyone," he said.
"""
ARTICLES["hale"] = """Couple who ran village shop for 40 years retire

John and Mary Hale opened the village shop in Ashby in 1984. On Saturday they closed its doors for the last time.

"We have watched three generations grow up through that door," Mrs Hale said. She said she would miss the children most of all, who came in every day after school for sweets.

Mr Hale said the shop had survived two supermarkets opening nearby. He said the secret was knowing every customer by name.

The couple's sons, Peter and Andrew Hale, run a farm outside the village. The Hale brothers said they had spent every summer of their childhood stacking shelves. "We knew every price by heart," Andrew Hale said.

A local charity will take over the shop and keep it open. Its chair, Ruth Dalton, said volunteers would run it from next month.

Mrs Hale said the couple planned to travel. "We have never had more than a week off," she said. Her husband said he wanted to see Norway first.

"Mr and Mrs Hale were the heart of this village," said the vicar, Tom Bright. Mr and Mrs Hale said they would still come back every Christmas.
"""
ARTICLES["late"] = """Library named after former president opens

A new public library named after former president Alma Reyes opened in the capital on Friday, ten years after she left office.

Former president Reyes, now 78, cut the ribbon. "Books gave me everything I have," Reyes said to a crowd of several hundred people.

The building holds the papers of her late husband, the poet Tomas Lind. The late Lind once wrote that a library was "a city's memory." Reyes said he would have loved the building.

President Marco Vidal, who defeated Reyes's party in the last election, said the library belonged to every citizen. Vidal said the government would fund it for twenty years.

The architect, Nadia Serrano, said she had designed the reading room to let in as much light as possible. Serrano said the roof was made from recycled wood.

Reyes said she had donated her own collection of 4,000 books. She said she hoped young people would read them.

Vidal's predecessor, former president Luis Navarro, did not attend. Navarro said in a letter that he was unwell but wished the library well.
"""
ARTICLES["ames"] = """Farmers take drought plea to the governor

A group of farmers from the dry north of the state travelled to the capital on Monday to ask for emergency help.

Carla Novak, who grows wheat near Redfield, said her crop had failed for a second year. "We have no water and no money," Novak said. She said many of her neighbours had already sold their land.

Her husband, Dan Novak, said the family had borrowed against the farm to buy feed for their cattle.

Novak also spoke for the group. She met Governor Ruth Ames on Monday afternoon. "She listened, but we need more than listening," she said after the meeting.

Ames said later that the state would release 20 million dollars for drought relief. She said the money would go first to farms with livestock.

A spokesman for the governor said the aid would be paid within a month.

Novak said she would hold the governor to her word. "We will be back in a month if nothing happens," she said.
"""
ARTICLES["ministry"] = """Health ministry orders recall of blood pressure pills

The Health Ministry ordered a recall of two batches of a common blood pressure drug on Tuesday after tests found they contained too little of the active ingredient.

The ministry said in a statement that patients should not stop taking the pills but should ask their pharmacist for a replacement. It said there was no evidence that anyone had been harmed.

The maker, Veltra Pharma, said it had traced the problem to a single machine at its factory. It said the machine had been shut down.

"Patient safety is our first concern," the company said. Veltra added that it would pay for all replacement pills.

The National Pharmacists' Association said its members had received hundreds of calls from worried patients. The association said pharmacies had enough stock to replace every recalled pack.

The ministry added that it would inspect the factory next week. Officials said the results of the inspection would be made public.

The Department of Health, which oversees the ministry, said it had asked for a report. The department added that no other drugs were affected.
"""
ARTICLES["coach"] = """Underdogs stun champions in cup quarter-final

Little Brampton Rovers knocked the champions out of the national cup on Saturday, winning 2-1 in front of a sell-out crowd.

Said the coach, Marta Lindqvist: "Nobody gave us a chance, and that is exactly why we won."

Rovers, who play in the third division, went behind after ten minutes but scored twice after the break. Midfielder Sam Okafor, who scored the winner, said he had never heard a noise like it. "The whole town was in the stadium," Okafor said.

In the words of one resident, "This is the best day this town has had in fifty years."

The champions' manager, Pavel Horak, said his team had been too slow. "They wanted it more than we did," Horak said.

Lindqvist said her players would be given two days off before they start preparing for the semi-final.

Added Okafor: "We are not finished yet." Horak said the champions would now focus on the league. "We have to move on," he said.
"""
ARTICLES["headline"] = """Mayor Ferreira promises free buses for students

The city will make buses free for all students from September, Ferreira said on Thursday.

Speaking at a school in the north of the city, Ferreira said the plan would cost about three million dollars a year. "No child should miss school because the fare is too high," Ferreira said.

The transport union said it welcomed the plan but wanted more drivers hired. Its general secretary, Kofi Mensah, said drivers were already working too many hours.

Ferreira said the city would hire 40 new drivers. She said the money would come from parking fees.

Photo caption: Mayor Helena Ferreira talks to pupils at Northfield School on Thursday.

Opposition councillor Ian Doyle said the mayor should have consulted the council first. "This is a good idea done the wrong way," Doyle said.

Ferreira said she had spoken to every councillor. The mayor said the first free buses would run on September 1.
"""
ARTICLES["memoir"] = """Families of miners demand new inquiry

The families of twelve miners killed in the Castleton pit collapse said in a statement on Monday that they wanted a new public inquiry.

The families said the first inquiry had ignored evidence that the company knew the roof was unsafe. "We were lied to for thirty years," they said.

Residents of the village said the disaster still shaped life there. Many residents said they had never been given the full truth.

In her memoir, published last year, Dana Cole writes that her father had complained about cracks in the roof for weeks before the collapse. Cole, whose father was one of the twelve, said on Monday that she had found his letters in an attic.

The mining company, which no longer exists, cannot be asked to respond. The government said it would consider the request. A spokeswoman said the minister would meet the families next month.

Local MP George Ward said he supported the families. "They deserve answers," Ward said.
"""

SPEAKERS = {}
SPEAKERS['dikes'] = [
    ('said', 'Pieter van der Berg, who advised the Dutch government on its coastal defences for twenty years', 'Pieter van der Berg', 'the walls along the Arle'),
    ('said', 'Van der Berg', 'Pieter van der Berg', 'You are defending yourse'),
    ('said', 'He', 'Pieter van der Berg', 'the town should raise th'),
    ('said', 'Van der Berg', 'Pieter van der Berg', 'in the Netherlands whole'),
    ('said', 'Council leader Judith Amos', 'Judith Amos', 'the town could not affor'),
    ('said', 'she', 'Judith Amos', 'We will need help from t'),
    ('said', 'Van der Berg', 'Pieter van der Berg', 'the cost of doing nothin'),
    ('told', 'He', 'Pieter van der Berg', 'a single flood could cau'),
    ('said', 'Residents who packed the hall', 'Residents who packed the hall', 'they had been asking for'),
    ('said', 'Tom Ellery, whose house flooded twice', 'Tom Ellery', 'he was glad someone was '),
    ('said', 'The Environment Agency', 'Environment Agency', 'it would review the engi'),
]
SPEAKERS['delacruz'] = [
    ('said', "Ana de la Cruz, a former judge running for the Citizens' Party", 'Ana de la Cruz', 'the state had wasted bil'),
    ('said', 'De la Cruz', 'Ana de la Cruz', 'Every family here pays f'),
    ('said', 'Gabriel Ortiz Mena, the mayor of the state capital', 'Gabriel Ortiz Mena', 'his rival had no plan of'),
    ('said', 'Ortiz Mena', 'Gabriel Ortiz Mena', 'he would finish the dams'),
    ('said', 'De la Cruz', 'Ana de la Cruz', "the mayor's own city had"),
    ('said', 'She', 'Ana de la Cruz', "a third of the capital's"),
    ('said', 'Ortiz Mena', 'Gabriel Ortiz Mena', 'My opponent blames every'),
    ('added', 'He', 'Gabriel Ortiz Mena', 'crime had fallen in the '),
    ('asked', 'The moderator, Lucia Ferrer', 'Lucia Ferrer', 'how they would pay for t'),
    ('said', 'De la Cruz', 'Ana de la Cruz', 'she would cancel new roa'),
    ('said', 'Ortiz Mena', 'Gabriel Ortiz Mena', 'he would raise money fro'),
    ('show', 'Polls', 'Polls', 'the race is close'),
]
SPEAKERS['oneill'] = [
    ('said', "O'Neill", "Siobhan O'Neill", 'I still cannot quite bel'),
    ('said', 'She', "Siobhan O'Neill", 'she had entered the comp'),
    ('said', 'She', "Siobhan O'Neill", 'the secret was time'),
    ('said', 'Aoife', "Aoife O'Neill", 'the queue now starts at '),
    ('said', 'Her business partner, Declan McAleese', 'Declan McAleese', 'the award had already br'),
    ('said', 'McAleese', 'Declan McAleese', 'they were looking for a '),
    ('said', 'The head judge, Marguerite Dubois', 'Marguerite Dubois', "the bakery's rye loaf ha"),
    ('said', 'Dubois', 'Marguerite Dubois', 'It was simple and perfec'),
    ('said', "O'Neill", "Siobhan O'Neill", 'she would spend the priz'),
    ('said', 'she', "Siobhan O'Neill", 'The old one is held toge'),
]
SPEAKERS['asia'] = [
    ('said', 'Researchers from China and South Korea', 'Researchers from China and South Korea', 'they would share all the'),
    ('said', 'Li Wenhua, a plant scientist at a university in Nanjing who first described the fungus', 'Li Wenhua', 'it had spread to four pr'),
    ('said', 'Li', 'Li Wenhua', 'We need every lab in the'),
    ('said', 'Park Ji-won, who leads a crop research team in Daejeon', 'Park Ji-won', 'her group had found two '),
    ('said', 'Park', 'Park Ji-won', 'field trials would begin'),
    ('said', 'Li', 'Li Wenhua', 'the fungus spreads throu'),
    ('said', 'He', 'Li Wenhua', 'farmers should not share'),
    ('said', 'Park', 'Park Ji-won', 'the partnership had star'),
    ('said', 'she', 'Park Ji-won', 'Li had the samples, and '),
    ('said', 'Dr Li', 'Li Wenhua', 'the next step was to map'),
    ('said', 'Dr Park', 'Park Ji-won', 'We will publish everythi'),
    ('said', 'The Food and Agriculture Organization', 'Food and Agriculture Organization', 'the disease could cut th'),
]
SPEAKERS['kane'] = [
    ('said', 'Kane', 'Robert Kane', 'I never felt finished'),
    ('said', 'Kane, who lost his title in a bitter fight in 2021', 'Robert Kane', 'he had been training for'),
    ('said', 'He', 'Robert Kane', 'his opponent would be an'),
    ('said', 'His trainer, Frankie Moss', 'Frankie Moss', 'the boxer was in the bes'),
    ('said', 'Moss', 'Frankie Moss', 'He runs ten miles before'),
    ('said', 'Dr Helen Price, a doctor who has studied head injuries in boxing', 'Helen Price', 'over 35 faced much great'),
    ('said', 'She', 'Helen Price', "the sport's governing bo"),
    ('said', 'Price', 'Helen Price', 'I have seen what happens'),
    ('said', "Bobby Kane's promoter, Leo Grant", 'Leo Grant', 'the fight would be held '),
    ('said', 'Kane', 'Robert Kane', 'he had passed every medi'),
    ('said', 'he', 'Robert Kane', 'I know the risks better '),
]
SPEAKERS['hale'] = [
    ('said', 'Mrs Hale', 'Mary Hale', 'We have watched three ge'),
    ('said', 'She', 'Mary Hale', 'she would miss the child'),
    ('said', 'Mr Hale', 'John Hale', 'the shop had survived tw'),
    ('said', 'He', 'John Hale', 'the secret was knowing e'),
    ('said', 'The Hale brothers', 'Hale brothers', 'they had spent every sum'),
    ('said', 'Andrew Hale', 'Andrew Hale', 'We knew every price by h'),
    ('said', 'Its chair, Ruth Dalton', 'Ruth Dalton', 'volunteers would run it '),
    ('said', 'Mrs Hale', 'Mary Hale', 'the couple planned to tr'),
    ('said', 'she', 'Mary Hale', 'We have never had more t'),
    ('said', 'the vicar, Tom Bright', 'Tom Bright', 'Mr and Mrs Hale were the'),
    ('said', 'Mr and Mrs Hale', 'John Hale and Mary Hale', 'they would still come ba'),
]
SPEAKERS['late'] = [
    ('said', 'Reyes', 'Alma Reyes', 'Books gave me everything'),
    ('wrote', 'The late Lind', 'Tomas Lind', 'a library was "a city\'s '),
    ('said', 'Reyes', 'Alma Reyes', 'he would have loved the '),
    ('said', "President Marco Vidal, who defeated Reyes's party in the last election", 'Marco Vidal', 'the library belonged to '),
    ('said', 'Vidal', 'Marco Vidal', 'the government would fun'),
    ('said', 'The architect, Nadia Serrano', 'Nadia Serrano', 'she had designed the rea'),
    ('said', 'Serrano', 'Nadia Serrano', 'the roof was made from r'),
    ('said', 'Reyes', 'Alma Reyes', 'she had donated her own '),
    ('said', 'She', 'Alma Reyes', 'she hoped young people w'),
    ('said', 'Navarro', 'Luis Navarro', 'he was unwell'),
]
SPEAKERS['ames'] = [
    ('to ask for', 'A group of farmers from the dry north of the state', 'group of farmers from the dry north of the state', 'emergency help'),
    ('said', 'Carla Novak, who grows wheat near Redfield', 'Carla Novak', 'her crop had failed for '),
    ('said', 'Novak', 'Carla Novak', 'We have no water and no '),
    ('said', 'She', 'Carla Novak', 'many of her neighbours h'),
    ('said', 'Her husband, Dan Novak', 'Dan Novak', 'the family had borrowed '),
    ('said', 'she', 'Carla Novak', 'She listened, but we nee'),
    ('said', 'Ames', 'Ruth Ames', 'the state would release '),
    ('said', 'She', 'Ruth Ames', 'the money would go first'),
    ('said', 'A spokesman for the governor', 'spokesman for the governor', 'the aid would be paid wi'),
    ('said', 'Novak', 'Carla Novak', 'she would hold the gover'),
    ('said', 'she', 'Carla Novak', 'We will be back in a mon'),
]
SPEAKERS['ministry'] = [
    ('ordered', 'The Health Ministry', 'Health Ministry', 'a recall of two batches '),
    ('found', 'tests', 'tests', 'they contained too littl'),
    ('said', 'The ministry', 'Health Ministry', 'patients should not stop'),
    ('said', 'It', 'Health Ministry', 'there was no evidence th'),
    ('said', 'The maker, Veltra Pharma', 'Veltra Pharma', 'it had traced the proble'),
    ('said', 'It', 'Veltra Pharma', 'the machine had been shu'),
    ('said', 'the company', 'Veltra Pharma', 'Patient safety is our fi'),
    ('added', 'Veltra', 'Veltra Pharma', 'it would pay for all rep'),
    ('said', "The National Pharmacists' Association", "National Pharmacists' Association", 'its members had received'),
    ('said', 'The association', "National Pharmacists' Association", 'pharmacies had enough st'),
    ('added', 'The ministry', 'Health Ministry', 'it would inspect the fac'),
    ('said', 'Officials', 'Officials', 'the results of the inspe'),
    ('said', 'The Department of Health, which oversees the ministry', 'Department of Health', 'it had asked for a repor'),
    ('added', 'The department', 'Department of Health', 'no other drugs were affe'),
]
SPEAKERS['coach'] = [
    ('Said', 'the coach, Marta Lindqvist', 'Marta Lindqvist', 'Nobody gave us a chance,'),
    ('said', 'Midfielder Sam Okafor, who scored the winner', 'Sam Okafor', 'he had never heard a noi'),
    ('said', 'Okafor', 'Sam Okafor', 'The whole town was in th'),
    ('In the words of', 'one resident', 'one resident', 'This is the best day thi'),
    ('said', "The champions' manager, Pavel Horak", 'Pavel Horak', 'his team had been too sl'),
    ('said', 'Horak', 'Pavel Horak', 'They wanted it more than'),
    ('said', 'Lindqvist', 'Marta Lindqvist', 'her players would be giv'),
    ('Added', 'Okafor', 'Sam Okafor', 'We are not finished yet'),
    ('said', 'Horak', 'Pavel Horak', 'the champions would now '),
    ('said', 'he', 'Pavel Horak', 'We have to move on'),
]
SPEAKERS['headline'] = [
    ('promises', 'Mayor Ferreira', 'Helena Ferreira', 'free buses for students'),
    ('said', 'Ferreira', 'Helena Ferreira', 'The city will make buses'),
    ('said', 'Ferreira', 'Helena Ferreira', 'the plan would cost abou'),
    ('said', 'Ferreira', 'Helena Ferreira', 'No child should miss sch'),
    ('said', 'The transport union', 'transport union', 'it welcomed the plan but'),
    ('said', 'Its general secretary, Kofi Mensah', 'Kofi Mensah', 'drivers were already wor'),
    ('said', 'Ferreira', 'Helena Ferreira', 'the city would hire 40 n'),
    ('said', 'She', 'Helena Ferreira', 'the money would come fro'),
    ('said', 'Opposition councillor Ian Doyle', 'Ian Doyle', 'the mayor should have co'),
    ('said', 'Doyle', 'Ian Doyle', 'This is a good idea done'),
    ('said', 'Ferreira', 'Helena Ferreira', 'she had spoken to every '),
    ('said', 'The mayor', 'Helena Ferreira', 'the first free buses wou'),
]
SPEAKERS['memoir'] = [
    ('demand', 'Families of miners', 'Families of miners', 'new inquiry'),
    ('said', 'The families of twelve miners killed in the Castleton pit collapse', 'families of twelve miners killed in the Castleton pit collapse', 'they wanted a new public'),
    # (a plural description named again by its noun is its first mention, as a singular one is: ``shortened``)
    ('said', 'The families', 'families of twelve miners killed in the Castleton pit collapse', 'the first inquiry had ig'),
    ('said', 'they', 'families of twelve miners killed in the Castleton pit collapse', 'We were lied to for thir'),
    ('said', 'Residents of the village', 'Residents of the village', 'the disaster still shape'),
    ('said', 'Many residents', 'Many residents', 'they had never been give'),
    ('writes', 'Dana Cole', 'Dana Cole', 'her father had complaine'),
    ('said', 'Cole, whose father was one of the twelve', 'Dana Cole', 'she had found his letter'),
    ('said', 'The government', 'government', 'it would consider the re'),
    ('said', 'A spokeswoman', 'spokeswoman', 'the minister would meet '),
    ('said', 'Local MP George Ward', 'George Ward', 'he supported the familie'),
    ('said', 'Ward', 'George Ward', 'They deserve answers'),
]

#: (article, cue, source, the content's first words, the speaker a reader gives): still wrong
KNOWN = [
    # a lede's and a headline's noun for the person the next paragraph names in full stays a description
    ("dikes", "told", "A Dutch flood engineer", "the town's river walls w", "Pieter van der Berg"),
    ("dikes", "warns", "Dutch engineer", "river towns to raise the", "Pieter van der Berg"),
    # 'Her husband' after 'John and Mary Hale': the spouse is not looked for among the namesakes
    ("hale", "said", "Her husband", "he wanted to see Norway ", "John Hale"),
]
