# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twelve short news articles written for the forty-eighth session's speaker probes (helper spk):
a senate hearing, a court case, a museum row, an East Asian trade visit, a bakery run by a couple,
a rivalry between two candidates, a housing estate, a football profile, a leaked plan, a
non-binary artist, a radio interview transcript and a headline quote from a minister. They hold a
speaker named only after the quote and a paragraph break, titles before surnames ('Sen.', 'Gov.',
'Rep.', 'Gen.', 'Prof.', 'Rev.', 'Judge'), particle and compound surnames, names given surname
first, a husband and wife with one surname, 'the former' and 'the latter', a group and one of its
members, "X's spokesman", 'a source close to X', singular 'they', name labels in a transcript, a
caption-like line, descriptors ('the mother of three', 'the veteran striker', 'the 29-year-old')
and bodies later called 'it'.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_48_spk``."""

ARTICLES = {}
ARTICLES["hearing"] = """Senators clash over drought relief bill

Sen. Margaret Halloway on Thursday urged her colleagues to pass a drought relief package before the summer recess.

"Farmers cannot wait until the autumn," Halloway said at a committee hearing. She said wells in three counties had already run dry.

Gov. Dennis Arkwright, who testified by video link, backed the bill. The governor said his state had lost a third of its wheat harvest.

Rep. Lucia Fernandez-Oyelowo, who sponsors a rival measure in the House, said the package was too small. Fernandez-Oyelowo said it left out cattle ranchers entirely.

Gen. Robert Tanaka, who commands the state's National Guard, told the committee that his troops were already hauling water to remote towns. The general said the Guard could not keep that up for more than a month.

Prof. Ingrid Solvang, a climate scientist at Westmoor University, said droughts like this one would become more common. "This is not a one-off," Solvang said.

The Rev. Thomas Achebe, a pastor from one of the worst-hit towns, said families were leaving. Achebe said his church was handing out bottled water every Sunday.

Halloway said she expected a vote next week.
"""
ARTICLES["court"] = """Judge rejects bid to halt pipeline

Judge Eleanor Whitcombe on Tuesday refused to stop construction of the Redvale pipeline while a lawsuit against it continues.

Whitcombe said the landowners who brought the case had not shown that they would suffer harm that money could not repair.

The landowners' lawyer, Patrick O'Neill, said his clients would appeal. "We are disappointed but not surprised," O'Neill said. He said the ruling ignored the risk to the river.

The pipeline company, Redvale Energy, welcomed the decision. It said work would resume on Monday. The firm said it had followed every rule.

Maria de la Cruz, who owns a farm on the route, said she felt abandoned. De la Cruz said the company had offered her less than half what the land was worth.

Her neighbour, Johannes van der Berg, said he had signed an agreement with the company last year. Van der Berg said he regretted it now.

A state regulator, Omar al-Masri, said his office would inspect the site before any digging. Al-Masri said the inspection would take two weeks.
"""
ARTICLES["museum"] = """Museum to return bronze statues

The National Museum will return four bronze statues to the country they were taken from a century ago, its director announced on Friday.

"This is the right thing to do, and it is long overdue," said the director, Helena Smith-Jones. Smith-Jones said the statues would travel in the spring.

The museum said it had spent three years tracing their history. It said the statues had been bought from a dealer in 1923.

The culture ministry's spokesman said the government supported the decision. He said other museums should follow.

Not everyone agreed. A source close to the museum's board said two trustees had voted against the return. The source said they feared other claims would follow.

The trustees' association said in a statement that it respected the decision but had concerns about the process.

Officials at the embassy said a ceremony would be held when the statues arrived. One of the officials, Samuel Okafor, said his country had waited a long time. "We are grateful," Okafor said.
"""
ARTICLES["trade"] = """Trade ministers meet in Seoul

Trade ministers from South Korea and Japan agreed on Wednesday to cut tariffs on farm machinery.

Kim Min-jun, South Korea's trade minister, said the deal would help farmers on both sides. Kim said tariffs would fall by half over five years.

His Japanese counterpart, Tanaka Hiroshi, said the agreement was a first step. Tanaka said the two countries would meet again in the autumn to discuss fishing rights.

Chinese analyst Liu Yang, of the Asia Trade Institute, said the deal was modest but important. Liu said it showed both sides wanted to improve relations.

The Korean Farmers' League welcomed the agreement. It said machinery prices had risen sharply in recent years.

A Japanese official, who spoke on condition of anonymity, said fishing would be harder to settle. The official said both sides had their red lines.

Kim later told reporters he was confident. "We have built trust," he said.
"""
ARTICLES["bakery"] = """Couple's bakery wins national prize

A family bakery in Elmford has won the national prize for the best loaf in the country.

The bakery is run by Raj Patel and his wife, Meena Patel, who opened it twelve years ago.

"We never expected this," Meena Patel said. She said the winning sourdough used a starter her grandmother had kept.

Raj Patel said the couple got up at 3 a.m. every day. He said they had not taken a holiday in four years.

Mrs Patel said the prize money would buy a new oven. Mr Patel said they might hire a second baker.

The judges' chair, Colin Dray, said the loaf had "a perfect crust". Dray said more than 600 bakeries had entered.

Their daughter, Asha Patel, 19, said she wanted to take over the shop one day. "I grew up in the smell of bread," the teenager said.
"""
ARTICLES["rivals"] = """Two candidates trade blows in debate

The two candidates for mayor of Harwick, Diane Fairweather and George Okoro, met in a televised debate on Sunday.

Fairweather and Okoro disagreed on almost everything. The former said the city needed more police; the latter said it needed more youth clubs.

Fairweather, a former police officer, said crime had risen by a fifth in two years. Okoro said those figures were misleading.

"My opponent wants to frighten people," Okoro said. The 41-year-old said he would open six new clubs in his first year.

Fairweather said she had heard such promises before. "Where is the money coming from?" the former officer asked.

Both candidates were asked about the city's debt. The latter said he would sell the old town hall; the former said she would cut consultants.

Residents who watched the debate at a community centre said they were undecided. One of them, retired teacher Agnes Mbeki, said neither candidate had talked about buses.
"""
ARTICLES["estate"] = """Tenants demand repairs on damp estate

Tenants on the Brookfield estate on Monday demanded that the council repair hundreds of damp flats.

Residents said mould had spread through their homes over the winter. They said children were falling ill.

One resident, Claire Donnelly, a mother of three, said her youngest son had been taken to hospital twice. The mother of three said she had complained to the council eleven times.

The tenants' union said it would organise a rent strike if nothing changed. Its chair, Peter Mwangi, said members had lost patience. The union said the council had ignored it for years.

Council officials said a repair programme would start in June. They said the budget had been doubled.

Brookfield Homes, the housing association that manages the estate, said it was working with the council. It said it had inspected 300 flats.

Donnelly said she would believe it when she saw it.
"""
ARTICLES["striker"] = """Veteran striker signs one more year

Danny Coulthard has signed a one-year extension with Ashby Town, the club said on Saturday.

The veteran striker, who turned 36 last month, said he still felt fit. "I have a few goals left in me," the 36-year-old said.

Town manager Ruth Abernathy said Coulthard was vital to the dressing room. She said the striker had helped several young players.

One of them, 19-year-old winger Kofi Mensah, said Coulthard had taught him how to finish. The teenager said he owed the veteran a lot.

The club said the contract included an option for a further year. It said Coulthard would also coach the under-18 team.

Coulthard's agent, Simon Beckford, said several clubs had asked about his client. The agent said Coulthard had chosen to stay out of loyalty.

The 36-year-old said he wanted to end his career at the club. "This is home," the veteran striker said.
"""
ARTICLES["leak"] = """Leaked plan shows hospital closures

A leaked plan seen by this newspaper shows that the health authority intends to close two hospitals.

The document says the closures would save 40 million a year. It says patients would be moved to a new hospital in Carbury.

A source close to the health secretary said the plan was only a draft. The source said no decision had been taken.

The health secretary's spokeswoman said the secretary had not seen the document. She said the authority should explain itself.

The health authority said the document was one of several options. It said it would consult the public before deciding.

Dr Naomi Achterberg, a surgeon at one of the two hospitals, said staff were shocked. "We heard about it from a newspaper," she said.

The British Nurses' Union said it would fight the closures. A union spokesman said nurses would march on Saturday.
"""
ARTICLES["artist"] = """Artist's mural unveiled on old mill

A mural covering the side of the old cotton mill in Dunmore was unveiled on Saturday.

The artist, Jordan Ellery, said the work had taken four months. They said the mural showed the mill workers who had lived in the town.

"I wanted their faces back on the building," Ellery said. They added that many of the faces were painted from photographs lent by families.

The town's mayor, Bernard Hough, said the mural had already brought visitors. He said the council would light it at night.

Ellery, who uses they/them pronouns, said they had grown up three streets away. Their grandmother had worked at the mill, they said.

The Dunmore Heritage Trust, which paid for the mural, said it was delighted. The trust said it hoped to fund two more.

A local shopkeeper, Fatima Rahimi, said trade had picked up. "People come to see the mural and then they buy a coffee," she said.
"""
ARTICLES["transcript"] = """Interview: the fire chief on a record summer

This is an edited transcript of our interview with the county's fire chief, Andrea Lindgren, conducted by reporter Tom Harris.

HARRIS: How bad has this summer been?

LINDGREN: It has been the worst I have seen in 25 years. We had more than 400 grass fires in July alone.

HARRIS: Do you have enough crews?

LINDGREN: No. We are short of about 60 firefighters, and the ones we have are tired.

Lindgren said the service had asked the county for money to hire more staff. She said the county had promised an answer in September.

The county council said it was considering the request. It said the budget was under strain.

A firefighter who asked not to be named said crews were working 70-hour weeks. "People are exhausted," the firefighter said.
"""
ARTICLES["headline"] = """Minister: "We will act on rents"

The housing minister has promised to cap rent increases after a year in which average rents rose by 12 percent.

"We will act, and we will act quickly," Housing Minister Gareth Llewellyn said on Tuesday. Llewellyn said a bill would be published before Christmas.

Landlords reacted with alarm. The Property Owners' Federation said a cap would drive landlords out of the market. It said fewer homes would be available to rent.

"This will make the shortage worse."

Those were the words of Victoria Ashdown, the federation's chief executive, in a radio interview on Wednesday. Ashdown said the government had not consulted landlords.

Tenant groups welcomed the plan. Generation Rent said it was "a good start". The group said the cap should be lower.

The minister said he was ready to talk to both sides.
"""

SPEAKERS = {}
SPEAKERS['hearing'] = [
    ('urged', 'Sen. Margaret Halloway', 'Margaret Halloway', 'her colleagues to pass a'),
    ('said', 'Halloway', 'Margaret Halloway', 'Farmers cannot wait unti'),
    ('said', 'She', 'Margaret Halloway', 'wells in three counties '),
    ('backed', 'Gov. Dennis Arkwright, who testified by video link', 'Dennis Arkwright', 'the bill'),
    ('said', 'The governor', 'Dennis Arkwright', 'his state had lost a thi'),
    ('said', 'Rep. Lucia Fernandez-Oyelowo, who sponsors a rival measure in the House', 'Lucia Fernandez-Oyelowo', 'the package was too smal'),
    ('said', 'Fernandez-Oyelowo', 'Lucia Fernandez-Oyelowo', 'it left out cattle ranch'),
    ('told', "Gen. Robert Tanaka, who commands the state's National Guard", 'Robert Tanaka', 'his troops were already '),
    ('said', 'The general', 'Robert Tanaka', 'the Guard could not keep'),
    ('said', 'Prof. Ingrid Solvang, a climate scientist at Westmoor University', 'Ingrid Solvang', 'droughts like this one w'),
    ('said', 'Solvang', 'Ingrid Solvang', 'This is not a one-off'),
    ('said', 'The Rev. Thomas Achebe, a pastor from one of the worst-hit towns', 'Thomas Achebe', 'families were leaving'),
    ('said', 'Achebe', 'Thomas Achebe', 'his church was handing o'),
    ('said', 'Halloway', 'Margaret Halloway', 'she expected a vote next'),
]
SPEAKERS['court'] = [
    ('refused', 'Judge Eleanor Whitcombe', 'Eleanor Whitcombe', 'to stop construction of '),
    ('said', 'Whitcombe', 'Eleanor Whitcombe', 'the landowners who broug'),
    ('said', "The landowners' lawyer, Patrick O'Neill", "Patrick O'Neill", 'his clients would appeal'),
    ('said', "O'Neill", "Patrick O'Neill", 'We are disappointed but '),
    ('said', 'He', "Patrick O'Neill", 'the ruling ignored the r'),
    ('welcomed', 'The pipeline company, Redvale Energy', 'Redvale Energy', 'the decision'),
    ('said', 'It', 'Redvale Energy', 'work would resume on Mon'),
    ('said', 'The firm', 'Redvale Energy', 'it had followed every ru'),
    ('said', 'Maria de la Cruz, who owns a farm on the route', 'Maria de la Cruz', 'she felt abandoned'),
    ('said', 'De la Cruz', 'Maria de la Cruz', 'the company had offered '),
    ('said', 'Her neighbour, Johannes van der Berg', 'Johannes van der Berg', 'he had signed an agreeme'),
    ('said', 'Van der Berg', 'Johannes van der Berg', 'he regretted it now'),
    ('said', 'A state regulator, Omar al-Masri', 'Omar al-Masri', 'his office would inspect'),
    ('said', 'Al-Masri', 'Omar al-Masri', 'the inspection would tak'),
]
SPEAKERS['museum'] = [
    ('announced', 'its director', 'Helena Smith-Jones', 'The National Museum will'),
    ('said', 'the director, Helena Smith-Jones', 'Helena Smith-Jones', 'This is the right thing '),
    ('said', 'Smith-Jones', 'Helena Smith-Jones', 'the statues would travel'),
    ('said', 'The museum', 'National Museum', 'it had spent three years'),
    ('said', 'It', 'National Museum', 'the statues had been bou'),
    ('said', "The culture ministry's spokesman", "culture ministry's spokesman", 'the government supported'),
    ('said', 'He', "culture ministry's spokesman", 'other museums should fol'),
    ('said', "A source close to the museum's board", "source close to the museum's board", 'two trustees had voted a'),
    ('said', 'The source', "source close to the museum's board", 'they feared other claims'),
    ('said', "The trustees' association", "trustees' association", 'it respected the decisio'),
    ('said', 'Officials at the embassy', 'Officials at the embassy', 'a ceremony would be held'),
    ('said', 'One of the officials, Samuel Okafor', 'Samuel Okafor', 'his country had waited a'),
    ('said', 'Okafor', 'Samuel Okafor', 'We are grateful'),
]
SPEAKERS['trade'] = [
    ('agreed', 'Trade ministers from South Korea and Japan', 'Trade ministers from South Korea and Japan', 'to cut tariffs on farm m'),
    # (the source left the surname written first out until the sixty-third pass's given names before a cut-short name)
    ('said', "Kim Min-jun, South Korea's trade minister", 'Kim Min-jun', 'the deal would help farm'),
    ('said', 'Kim', 'Kim Min-jun', 'tariffs would fall by ha'),
    ('said', 'His Japanese counterpart, Tanaka Hiroshi', 'Tanaka Hiroshi', 'the agreement was a firs'),
    ('said', 'Tanaka', 'Tanaka Hiroshi', 'the two countries would '),
    ('said', 'Chinese analyst Liu Yang, of the Asia Trade Institute', 'Liu Yang', 'the deal was modest but '),
    ('said', 'Liu', 'Liu Yang', 'it showed both sides wan'),
    ('welcomed', "The Korean Farmers' League", "Korean Farmers' League", 'the agreement'),
    ('said', 'It', "Korean Farmers' League", 'machinery prices had ris'),
    ('said', 'A Japanese official, who spoke on condition of anonymity', 'Japanese official', 'fishing would be harder '),
    ('said', 'The official', 'Japanese official', 'both sides had their red'),
    ('told', 'Kim', 'Kim Min-jun', 'he was confident'),
    ('said', 'he', 'Kim Min-jun', 'We have built trust'),
]
SPEAKERS['bakery'] = [
    ('said', 'Meena Patel', 'Meena Patel', 'We never expected this'),
    ('said', 'She', 'Meena Patel', 'the winning sourdough us'),
    ('said', 'Raj Patel', 'Raj Patel', 'the couple got up at 3 a'),
    ('said', 'He', 'Raj Patel', 'they had not taken a hol'),
    ('said', 'Mrs Patel', 'Meena Patel', 'the prize money would bu'),
    ('said', 'Mr Patel', 'Raj Patel', 'they might hire a second'),
    ('said', "The judges' chair, Colin Dray", 'Colin Dray', 'the loaf had "a perfect '),
    ('said', 'Dray', 'Colin Dray', 'more than 600 bakeries h'),
    ('said', 'Their daughter, Asha Patel, 19', 'Asha Patel', 'she wanted to take over '),
    ('said', 'the teenager', 'Asha Patel', 'I grew up in the smell o'),
]
SPEAKERS['rivals'] = [
    ('disagreed on', 'Fairweather and Okoro', 'Diane Fairweather and George Okoro', 'almost everything'),
    ('said', 'The former', 'Diane Fairweather', 'the city needed more pol'),
    ('said', 'the latter', 'George Okoro', 'it needed more youth clu'),
    ('said', 'Fairweather, a former police officer', 'Diane Fairweather', 'crime had risen by a fif'),
    ('said', 'Okoro', 'George Okoro', 'those figures were misle'),
    ('said', 'Okoro', 'George Okoro', 'My opponent wants to fri'),
    ('said', 'The 41-year-old', 'George Okoro', 'he would open six new cl'),
    ('said', 'Fairweather', 'Diane Fairweather', 'she had heard such promi'),
    # (a role set beside the bare surname the NER left untagged: ``surname_roles``)
    ('asked', 'the former officer', 'Diane Fairweather', 'Where is the money comin'),
    ('said', 'The latter', 'George Okoro', 'he would sell the old to'),
    ('said', 'the former', 'Diane Fairweather', 'she would cut consultant'),
    ('said', 'Residents who watched the debate at a community centre', 'Residents who watched the debate at a community centre', 'they were undecided'),
    ('said', 'One of them, retired teacher Agnes Mbeki', 'Agnes Mbeki', 'neither candidate had ta'),
]
SPEAKERS['estate'] = [
    ('demand', 'Tenants', 'Tenants', 'repairs on damp estate'),
    ('demanded', 'Tenants on the Brookfield estate', 'Tenants on the Brookfield estate', 'the council repair hundr'),
    ('said', 'Residents', 'Residents', 'mould had spread through'),
    ('said', 'They', 'Residents', 'children were falling il'),
    ('said', 'One resident, Claire Donnelly, a mother of three', 'Claire Donnelly', 'her youngest son had bee'),
    ('said', 'The mother of three', 'Claire Donnelly', 'she had complained to th'),
    ('said', "The tenants' union", "tenants' union", 'it would organise a rent'),
    ('said', 'Its chair, Peter Mwangi', 'Peter Mwangi', 'members had lost patienc'),
    ('said', 'The union', "tenants' union", 'the council had ignored '),
    ('said', 'Council officials', 'Council officials', 'a repair programme would'),
    ('said', 'They', 'Council officials', 'the budget had been doub'),
    ('said', 'Brookfield Homes, the housing association that manages the estate', 'Brookfield Homes', 'it was working with the '),
    ('said', 'It', 'Brookfield Homes', 'it had inspected 300 fla'),
    ('said', 'Donnelly', 'Claire Donnelly', 'she would believe it whe'),
]
SPEAKERS['striker'] = [
    # (an epithet the headline gives the person the lede names: ``headline_epithets``)
    ('said', 'The veteran striker, who turned 36 last month', 'Danny Coulthard', 'he still felt fit'),
    ('said', 'the veteran striker', 'Danny Coulthard', 'This is home'),
    ('said', 'the 36-year-old', 'Danny Coulthard', 'I have a few goals left '),
    ('said', 'Town manager Ruth Abernathy', 'Ruth Abernathy', 'Coulthard was vital to t'),
    ('said', 'She', 'Ruth Abernathy', 'the striker had helped s'),
    ('said', 'One of them, 19-year-old winger Kofi Mensah', 'Kofi Mensah', 'Coulthard had taught him'),
    ('said', 'The teenager', 'Kofi Mensah', 'he owed the veteran a lo'),
    ('said', 'It', 'club', 'Coulthard would also coa'),
    ('said', "Coulthard's agent, Simon Beckford", 'Simon Beckford', 'several clubs had asked '),
    ('said', 'The agent', 'Simon Beckford', 'Coulthard had chosen to '),
    ('said', 'The 36-year-old', 'Danny Coulthard', 'he wanted to end his car'),
]
SPEAKERS['leak'] = [
    ('shows', 'A leaked plan seen by this newspaper', 'leaked plan', 'the health authority int'),
    ('says', 'The document', 'document', 'the closures would save '),
    ('says', 'It', 'document', 'patients would be moved '),
    ('said', 'A source close to the health secretary', 'source close to the health secretary', 'the plan was only a draf'),
    ('said', 'The source', 'source close to the health secretary', 'no decision had been tak'),
    ('said', "The health secretary's spokeswoman", "health secretary's spokeswoman", 'the secretary had not se'),
    ('said', 'She', "health secretary's spokeswoman", 'the authority should exp'),
    ('said', 'The health authority', 'health authority', 'the document was one of '),
    ('said', 'It', 'health authority', 'it would consult the pub'),
    ('said', 'Dr Naomi Achterberg, a surgeon at one of the two hospitals', 'Naomi Achterberg', 'staff were shocked'),
    ('said', 'she', 'Naomi Achterberg', 'We heard about it from a'),
    ('said', "The British Nurses' Union", "British Nurses' Union", 'it would fight the closu'),
    ('said', 'A union spokesman', 'union spokesman', 'nurses would march on Sa'),
]
SPEAKERS['artist'] = [
    ('said', 'The artist, Jordan Ellery', 'Jordan Ellery', 'the work had taken four '),
    ('said', 'They', 'Jordan Ellery', 'the mural showed the mil'),
    ('said', 'Ellery', 'Jordan Ellery', 'I wanted their faces bac'),
    ('added', 'They', 'Jordan Ellery', 'many of the faces were p'),
    ('said', "The town's mayor, Bernard Hough", 'Bernard Hough', 'the mural had already br'),
    ('said', 'He', 'Bernard Hough', 'the council would light '),
    ('said', 'Ellery, who uses they/them pronouns', 'Jordan Ellery', 'they had grown up three '),
    ('said', 'they', 'Jordan Ellery', 'Their grandmother had wo'),
    ('said', 'The Dunmore Heritage Trust, which paid for the mural', 'Dunmore Heritage Trust', 'it was delighted'),
    ('said', 'The trust', 'Dunmore Heritage Trust', 'it hoped to fund two mor'),
    ('said', 'A local shopkeeper, Fatima Rahimi', 'Fatima Rahimi', 'trade had picked up'),
    ('said', 'she', 'Fatima Rahimi', 'People come to see the m'),
]
SPEAKERS['transcript'] = [
    (':', 'LINDGREN', 'Andrea Lindgren', 'It has been the worst I '),
    (':', 'LINDGREN', 'Andrea Lindgren', 'No. We are short of abou'),
    ('said', 'Lindgren', 'Andrea Lindgren', 'the service had asked th'),
    ('said', 'She', 'Andrea Lindgren', 'the county had promised '),
    ('said', 'The county council', 'county council', 'it was considering the r'),
    ('said', 'It', 'county council', 'the budget was under str'),
    ('said', 'A firefighter who asked not to be named', 'firefighter', 'crews were working 70-ho'),
    ('said', 'the firefighter', 'firefighter', 'People are exhausted'),
]
SPEAKERS['headline'] = [
    (':', 'Minister', 'Gareth Llewellyn', 'We will act on rents'),
    ('has promised', 'The housing minister', 'Gareth Llewellyn', 'to cap rent increases af'),
    ('said', 'Housing Minister Gareth Llewellyn', 'Gareth Llewellyn', 'We will act, and we will'),
    ('said', 'Llewellyn', 'Gareth Llewellyn', 'a bill would be publishe'),
    ('said', "The Property Owners' Federation", "Property Owners' Federation", 'a cap would drive landlo'),
    ('said', 'It', "Property Owners' Federation", 'fewer homes would be ava'),
    ('said', 'Ashdown', 'Victoria Ashdown', 'the government had not c'),
    ('welcomed', 'Tenant groups', 'Tenant groups', 'the plan'),
    ('said', 'Generation Rent', 'Generation Rent', 'it was "a good start"'),
    ('said', 'The minister', 'Gareth Llewellyn', 'he was ready to talk to '),
]

#: (article, cue, source, the content's first words, the speaker a reader gives): still wrong
KNOWN = [
    # a club's name ending in 'Town' the NER cut short, then 'the club' no named body fits
    ("striker", "said", "the club", "Danny Coulthard has sign", "Ashby Town"),
    ("striker", "said", "The club", "the contract included an", "Ashby Town"),
    # a body's two-word name with no kind word the NER missed, read as a person's: 'the group' goes back further
    ("headline", "said", "The group", "the cap should be lower", "Generation Rent"),
]
