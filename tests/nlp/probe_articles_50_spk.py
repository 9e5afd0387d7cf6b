# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twelve short news articles written for the fiftieth session's speaker probes (helper spk): two
leaders' joint statement, a visiting minister speaking through an interpreter, a nurse's acquittal,
a shop owner's eviction, a veterans' centre, a Gulf port investment, a football draw, scientists'
open letter, a student march, a delivery firm's lost parcels, a first-person column and two
candidates' debate. They hold 'X and Y said in a joint statement' then 'Both' and 'the two
leaders'; 'said through an interpreter'; 'Her lawyer, Sam Reid' then 'Reid', 'The lawyer' and 'He'
(not the client); 'Anita Patel' then 'Mrs Patel'; ranks and clergy ('Lt Col Ama Owusu' then 'Col
Owusu', 'The Rev Iain Moss' then 'Mr Moss'); Arabic names with bin, bint, al- and Abu; sports roles
for the person named ('the striker', "The hosts' captain", "The visitors' coach"); 'the
signatories wrote'; 'One of the protesters, who gave only her first name, Lina'; a firm, its
unnamed spokeswoman and 'The firm'; the writer's 'I' beside a quoted person's; a body set beside a
role ('The landlord, Greyfield Estates'); and 'He' after a paragraph naming two men (the subject
of the cue before wins).

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_50_spk``."""

ARTICLES = {}
ARTICLES["joint"] = """Two neighbours agree to reopen border crossings

Prime Minister Lars Henrik of Norland and President Amara Diallo of Sudland said in a joint statement on Friday that four border crossings would reopen next month.

Both said the decision would help farmers who sell their crops across the border. "This is a good day for our peoples," the two leaders said.

Henrik said customs officers from both countries would work side by side. He said trucks would be checked only once.

Diallo said the crossings had been closed for too long. She said traders had lost millions during the dispute.

Opposition leader Petra Vang said the deal came two years late. "Families were split for nothing," Vang said.

Officials said the first crossing would open on March 3.
"""
ARTICLES["interpreter"] = """Visiting minister promises more scholarships

Foreign Minister Hiroshi Tanabe said on Tuesday his country would double the number of scholarships it offers to students from the region.

"Education is the best bridge between nations," Tanabe said through an interpreter at a news conference in the capital.

He said the first students would arrive in September. Speaking through an interpreter, he added that the program would include engineering and medicine.

Education Minister Grace Mensah welcomed the offer. She said about 200 students would benefit in the first year.

"We have waited a long time for this," Mensah said. She said her ministry would choose the students by open exam.

Tanabe told reporters he would return next year to meet the first graduates.
"""
ARTICLES["lawyer"] = """Nurse cleared of theft charges

A nurse accused of stealing drugs from a hospital in Dunmore was cleared on Wednesday after a two-week trial.

Clara Boyle, 38, wept as the verdict was read. Her lawyer, Sam Reid, said outside the court that his client had been the victim of sloppy record keeping.

"She should never have been charged," Reid said. The lawyer said the hospital had lost track of hundreds of doses before Boyle started working there.

He said she would now seek to return to work. Boyle said she was relieved and wanted to thank her family.

The hospital said in a statement that it respected the verdict. It said it had already changed the way drugs are logged.

A spokesman for the prosecution said the case had been brought in good faith.
"""
ARTICLES["patel"] = """Shop owner fights eviction after thirty years

Anita Patel has run the corner shop on Mill Lane for thirty years. Now her landlord wants her out.

"This shop is my whole life," Mrs Patel said on Monday, standing behind the counter she has worked at since 1994.

The landlord, Greyfield Estates, said it planned to turn the building into flats. The company said Mrs Patel had been offered a generous payment to leave.

Mrs Patel said the offer was an insult. She said she had collected 3,000 signatures from customers who want the shop to stay.

Her son, Raj Patel, said the family would go to court if needed. "We will not just walk away," he said.

Local councillor Hugh Barnes said he would raise the matter at the next council meeting.
"""
ARTICLES["ranks"] = """Army chaplain and officer open veterans' centre

A new centre for veterans opened in Harwick on Saturday, run jointly by the army and a local church.

Lt Col Ama Owusu, who commands the regiment based in the town, said many former soldiers struggled to find work. "They served us, and now we must serve them," Col Owusu said.

The Rev Iain Moss, vicar of St Luke's, said the church had offered the building rent-free. Mr Moss said volunteers would staff the centre five days a week.

Col Owusu said the army would send counsellors twice a month. She said the first group of veterans had already signed up.

Sgt Maj Dan Crowe, who left the army last year, said such a place would have helped him. "I spent a year on my own," he said.

Mr Moss said the centre would also offer free meals.
"""
ARTICLES["arabic"] = """Gulf investor backs new port project

Saudi businessman Khalid bin Saeed al-Harthy said on Thursday he would invest two billion dollars in a new container port on the Red Sea coast.

Al-Harthy said the port would create 10,000 jobs. "We are building for the next fifty years," al-Harthy said at a ceremony in Jeddah.

Transport Minister Omar Abu Zeid said the government would build a rail link to the port. Abu Zeid said work would start before the end of the year.

Environmental groups said the port would harm coral reefs. Layla bint Fahd al-Otaibi, a marine scientist, said the reefs near the site were among the healthiest in the region.

Al-Otaibi said she had asked to see the environmental study. Al-Harthy said the study would be published next month.
"""
ARTICLES["sports"] = """Late header earns Ashdown a point at Kingsmere

Ashdown striker Leo Varga scored in stoppage time to earn his side a 1-1 draw at Kingsmere on Saturday.

"I just closed my eyes and jumped," the striker said after the match. Varga said it was his tenth goal of the season.

Kingsmere captain Joel Nkemelu had given the hosts the lead in the first half. The hosts' captain said his team should have won. "We switched off for one second," Nkemelu said.

Ashdown manager Paul Strand said he was proud of his players. The visitors' coach said the draw felt like a win.

Kingsmere manager Tom Ruddock said the referee had added too much time. Ruddock said he would not complain to the league.
"""
ARTICLES["letter"] = """Scientists urge ban on deep-sea mining

Forty scientists from twelve countries have signed an open letter calling for a ban on deep-sea mining until its effects are better understood.

"We know too little about these ecosystems to risk destroying them," the signatories wrote in the letter, published on Wednesday.

The scientists said mining could wipe out species that have not yet been described. They said the seabed could take thousands of years to recover.

Professor Elin Strom, a marine biologist who helped draft the letter, said the group had no ties to any industry. Strom said more scientists had asked to sign since it was published.

The Deep Ocean Mining Council, an industry group, said the letter ignored new research. It said mining could be done safely.
"""
ARTICLES["protest"] = """Students rally against fee rise

Hundreds of students marched through Ellsworth on Friday to protest a planned rise in tuition fees.

One of the protesters, who gave only her first name, Lina, said she already worked two jobs to pay for her studies. "I cannot work a third," she said.

Another student, Marcus Olden, said many of his friends were thinking of dropping out. Olden said the union would organise more marches.

The university said the rise was needed to cover higher costs. A spokeswoman said grants for poorer students would also rise.

Police said the march had been peaceful and no one had been arrested.
"""
ARTICLES["firm"] = """Delivery firm apologises for lost parcels

The delivery company Swiftbox apologised on Monday after thousands of parcels went missing in the run-up to the holidays.

The company said a computer fault at its main depot had sent parcels to the wrong cities. A spokeswoman said most of them had now been found.

She said customers would get a full refund for any parcel that did not arrive by Friday. The firm said it had hired 500 extra drivers to clear the backlog.

Consumer group Fair Deal said it had received more than 2,000 complaints. Its director, Martin Eze, said the company should pay compensation as well.

Swiftbox said it would consider the request.
"""
ARTICLES["column"] = """I asked my neighbours about the new bypass

I have lived on Orchard Road for twenty years, and I have never seen my neighbours so angry.

"They are putting a motorway through our gardens," said Bill Hartley, who lives three doors down from me. Hartley, 72, said he had written to the council four times. "I have had no reply," he said.

I asked the council about the letters. A council spokesman said every letter would get an answer.

Hartley's neighbour, Jean Pratt, said she had planted the oak at the end of her garden in 1979. "I will chain myself to it," she said.

I said I would join her. She laughed and said she would hold me to it.
"""
ARTICLES["twomen"] = """Two candidates trade blows over housing

Mayor Victor Kane and his challenger, Daniel Osei, clashed over housing in a televised debate on Thursday night.

Kane said the city had built more homes in four years than in the previous ten. Osei said most of those homes were too expensive for ordinary families.

He said he would force developers to set aside a third of new flats for people on low incomes. Kane called the plan unworkable.

"It would stop building overnight," Kane said. He said developers would simply move to other cities.

Osei accused the mayor of being too close to builders. He said Kane had taken donations from three of the largest firms in the city.

The election takes place on May 4.
"""

SPEAKERS = {}
SPEAKERS['joint'] = [
    ('agree', 'Two neighbours', 'Two neighbours', 'to reopen border crossin'),
    ('said', 'Prime Minister Lars Henrik of Norland and President Amara Diallo of Sudland', 'Lars Henrik and Amara Diallo', 'four border crossings wo'),
    ('said', 'Both', 'Lars Henrik and Amara Diallo', 'the decision would help '),
    ('said', 'the two leaders', 'Lars Henrik and Amara Diallo', 'This is a good day for o'),
    ('said', 'Henrik', 'Lars Henrik', 'customs officers from bo'),
    ('said', 'He', 'Lars Henrik', 'trucks would be checked '),
    ('said', 'Diallo', 'Amara Diallo', 'the crossings had been c'),
    ('said', 'She', 'Amara Diallo', 'traders had lost million'),
    ('said', 'Opposition leader Petra Vang', 'Petra Vang', 'the deal came two years '),
    ('said', 'Vang', 'Petra Vang', 'Families were split for '),
    ('said', 'Officials', 'Officials', 'the first crossing would'),
]
SPEAKERS['interpreter'] = [
    ('promises', 'Visiting minister', 'Hiroshi Tanabe', 'more scholarships'),
    ('said', 'Foreign Minister Hiroshi Tanabe', 'Hiroshi Tanabe', 'his country would double'),
    ('said', 'Tanabe', 'Hiroshi Tanabe', 'Education is the best br'),
    ('said', 'He', 'Hiroshi Tanabe', 'the first students would'),
    ('added', 'he', 'Hiroshi Tanabe', 'the program would includ'),
    ('welcomed', 'Education Minister Grace Mensah', 'Grace Mensah', 'the offer'),
    ('said', 'She', 'Grace Mensah', 'about 200 students would'),
    ('said', 'Mensah', 'Grace Mensah', 'We have waited a long ti'),
    ('said', 'She', 'Grace Mensah', 'her ministry would choos'),
    ('told', 'Tanabe', 'Hiroshi Tanabe', 'he would return next yea'),
]
SPEAKERS['lawyer'] = [
    ('said', 'Her lawyer, Sam Reid', 'Sam Reid', 'his client had been the '),
    ('said', 'Reid', 'Sam Reid', 'She should never have be'),
    ('said', 'The lawyer', 'Sam Reid', 'the hospital had lost tr'),
    ('said', 'He', 'Sam Reid', 'she would now seek to re'),
    ('said', 'Boyle', 'Clara Boyle', 'she was relieved and wan'),
    ('said', 'The hospital', 'hospital', 'it respected the verdict'),
    ('said', 'It', 'hospital', 'it had already changed t'),
    ('said', 'A spokesman for the prosecution', 'spokesman for the prosecution', 'the case had been brough'),
]
SPEAKERS['patel'] = [
    ('said', 'Mrs Patel', 'Anita Patel', 'This shop is my whole li'),
    ('said', 'The landlord, Greyfield Estates', 'Greyfield Estates', 'it planned to turn the b'),
    ('said', 'The company', 'Greyfield Estates', 'Mrs Patel had been offer'),
    ('said', 'Mrs Patel', 'Anita Patel', 'the offer was an insult'),
    ('said', 'She', 'Anita Patel', 'she had collected 3,000 '),
    ('said', 'Her son, Raj Patel', 'Raj Patel', 'the family would go to c'),
    ('said', 'he', 'Raj Patel', 'We will not just walk aw'),
    ('said', 'Local councillor Hugh Barnes', 'Hugh Barnes', 'he would raise the matte'),
]
SPEAKERS['ranks'] = [
    ('said', 'Lt Col Ama Owusu, who commands the regiment based in the town', 'Ama Owusu', 'many former soldiers str'),
    ('said', 'Col Owusu', 'Ama Owusu', 'They served us, and now '),
    ('said', "The Rev Iain Moss, vicar of St Luke's", 'Iain Moss', 'the church had offered t'),
    ('said', 'Mr Moss', 'Iain Moss', 'volunteers would staff t'),
    ('said', 'Col Owusu', 'Ama Owusu', 'the army would send coun'),
    ('said', 'She', 'Ama Owusu', 'the first group of veter'),
    ('said', 'Sgt Maj Dan Crowe, who left the army last year', 'Dan Crowe', 'such a place would have '),
    ('said', 'he', 'Dan Crowe', 'I spent a year on my own'),
    ('said', 'Mr Moss', 'Iain Moss', 'the centre would also of'),
]
SPEAKERS['arabic'] = [
    ('said', 'Saudi businessman Khalid bin Saeed al-Harthy', 'Khalid bin Saeed al-Harthy', 'he would invest two bill'),
    ('said', 'Al-Harthy', 'Khalid bin Saeed al-Harthy', 'the port would create 10'),
    ('said', 'Transport Minister Omar Abu Zeid', 'Omar Abu Zeid', 'the government would bui'),
    ('said', 'Abu Zeid', 'Omar Abu Zeid', 'work would start before '),
    ('said', 'Environmental groups', 'Environmental groups', 'the port would harm cora'),
    ('said', 'Layla bint Fahd al-Otaibi, a marine scientist', 'Layla bint Fahd al-Otaibi', 'the reefs near the site '),
    ('said', 'Al-Otaibi', 'Layla bint Fahd al-Otaibi', 'she had asked to see the'),
    ('said', 'Al-Harthy', 'Khalid bin Saeed al-Harthy', 'the study would be publi'),
    # the lower-case article of the name after a quotation is the source's, the hyphen's pieces one word (the
    # sixty-fourth session, ``hyphens.join_hyphenated``)
    ('said', 'al-Harthy', 'Khalid bin Saeed al-Harthy', 'We are building for the'),
]
SPEAKERS['sports'] = [
    ('said', 'the striker', 'Leo Varga', 'I just closed my eyes an'),
    ('said', 'Varga', 'Leo Varga', 'it was his tenth goal of'),
    ('said', "The hosts' captain", 'Joel Nkemelu', 'his team should have won'),
    ('said', 'Nkemelu', 'Joel Nkemelu', 'We switched off for one '),
    ('said', 'Ashdown manager Paul Strand', 'Paul Strand', 'he was proud of his play'),
    ('said', "The visitors' coach", 'Paul Strand', 'the draw felt like a win'),
    ('said', 'Kingsmere manager Tom Ruddock', 'Tom Ruddock', 'the referee had added to'),
    ('said', 'Ruddock', 'Tom Ruddock', 'he would not complain to'),
]
SPEAKERS['letter'] = [
    ('urge', 'Scientists', 'Scientists', 'ban on deep-sea mining'),
    ('wrote', 'the signatories', 'signatories', 'We know too little about'),
    # (a plural description named again by its noun is its first mention, as a singular one is: ``shortened``)
    ('said', 'The scientists', 'Forty scientists from twelve countries', 'mining could wipe out sp'),
    ('said', 'They', 'Forty scientists from twelve countries', 'the seabed could take th'),
    ('said', 'Professor Elin Strom, a marine biologist who helped draft the letter', 'Elin Strom', 'the group had no ties to'),
    ('said', 'Strom', 'Elin Strom', 'more scientists had aske'),
]
SPEAKERS['protest'] = [
    ('said', 'One of the protesters, who gave only her first name, Lina', 'Lina', 'she already worked two j'),
    ('said', 'she', 'Lina', 'I cannot work a third'),
    ('said', 'Another student, Marcus Olden', 'Marcus Olden', 'many of his friends were'),
    ('said', 'Olden', 'Marcus Olden', 'the union would organise'),
    ('said', 'The university', 'university', 'the rise was needed to c'),
    ('said', 'A spokeswoman', 'spokeswoman', 'grants for poorer studen'),
    ('said', 'Police', 'Police', 'the march had been peace'),
]
SPEAKERS['firm'] = [
    ('apologises for', 'Delivery firm', 'Swiftbox', 'lost parcels'),
    ('said', 'The company', 'Swiftbox', 'a computer fault at its '),
    ('said', 'A spokeswoman', 'spokeswoman', 'most of them had now bee'),
    ('said', 'She', 'spokeswoman', 'customers would get a fu'),
    ('said', 'The firm', 'Swiftbox', 'it had hired 500 extra d'),
    ('said', 'Consumer group Fair Deal', 'Fair Deal', 'it had received more tha'),
    ('said', 'Its director, Martin Eze', 'Martin Eze', 'the company should pay c'),
    ('said', 'Swiftbox', 'Swiftbox', 'it would consider the re'),
]
SPEAKERS['column'] = [
    ('asked', 'I', None, 'the new bypass'),
    ('said', 'Bill Hartley, who lives three doors down from me', 'Bill Hartley', 'They are putting a motor'),
    ('said', 'Hartley, 72', 'Bill Hartley', 'he had written to the co'),
    ('said', 'he', 'Bill Hartley', 'I have had no reply'),
    ('asked', 'I', None, 'the letters'),
    ('said', 'A council spokesman', 'council spokesman', 'every letter would get a'),
    ('said', "Hartley's neighbour, Jean Pratt", 'Jean Pratt', 'she had planted the oak '),
    ('said', 'she', 'Jean Pratt', 'I will chain myself to i'),
    ('said', 'I', None, 'I would join her'),
    ('said', 'She', 'Jean Pratt', 'she would hold me to it'),
]
SPEAKERS['twomen'] = [
    ('said', 'Kane', 'Victor Kane', 'the city had built more '),
    ('said', 'Osei', 'Daniel Osei', 'most of those homes were'),
    ('said', 'He', 'Daniel Osei', 'he would force developer'),
    ('called', 'Kane', 'Victor Kane', 'the plan unworkable'),
    ('said', 'Kane', 'Victor Kane', 'It would stop building o'),
    ('said', 'He', 'Victor Kane', 'developers would simply '),
    ('accused', 'Osei', 'Daniel Osei', 'the mayor of being too c'),
    ('said', 'He', 'Daniel Osei', 'Kane had taken donations'),
]

#: (article, cue, source, the content's first words, the speaker a reader gives): still wrong
KNOWN = [
    # the headline's noun for the person the lede names in full (a 'Saudi businessman') stays a description
    ("arabic", "backs", "Gulf investor", "new port project", "Khalid bin Saeed al-Harthy"),
    # the body's name keeps the article the NER put in it ('The Deep Ocean Mining Council')
    ("letter", "said", "The Deep Ocean Mining Council, an industry group", "the letter ignored new", "Deep Ocean Mining Council"),
]
