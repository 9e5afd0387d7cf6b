# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Fourteen short news articles written for the fifty-fifth session's speaker probes (helper spk):
a rural clinic, two strikers for one shirt, a ministry's delayed schools, a senator against a
pipeline, a factory's fumes, a former mayor's trial, a heatwave, a village choir, an airline's
chaos, two sisters and a farm, a closed bridge, fishermen adrift, a reopened theatre and a
hospital's apology. They hold a pronoun a sentence or a paragraph after its name, with a person
named in between who does not speak ('trained under the surgeon Ruth Kahn', 'his cousin, Boris
Lenk'); two women alternating ('Okafor ... shook her head. Marr ... disagreed with her. "X," she
said.'); role phrases for a named person ('the minister', 'the 34-year-old', 'The veteran', 'The
young striker', 'The pensioner', 'The teenager', 'The skipper', "The airline's chief executive",
'The opposition spokeswoman', 'The general' after 'Gen. Linda Moss', 'The medical director',
'The doctor'); full names then surnames with titles ('Dr', 'Ms', 'Sen.', 'Gen.', 'Captain'); a
body speaking ('the ministry said', 'It said', 'said in a statement'); a question put and a
bare quotation after a gesture or a manner ('Asked whether he would leave, Bellini smiled.',
'Asked about the delay, Shaw was blunt.', each then a paragraph of quotation alone); speakers
named after the quote ('said Varga', 'said Dr Aisha Rahman, an emergency doctor'); groups
('Residents ... They', 'Emma Price and her brother, Mark Price, ... They'); a headline quote
repeated in the body; a pull quote set on its own line (no record, as ``echoes`` means); a name
first given in a photo caption; and 'His lawyer' whose 'his' is the man the sentence before is
about, not the one whose lawyer spoke earlier.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_55_spk``."""

ARTICLES = {}
ARTICLES["clinic"] = """Rural clinic faces closure as funding runs out

A clinic that serves nine villages in the Harrow hills will close in June unless the regional health board finds new money, its staff said on Monday.

"We turn people away every Thursday"

Dr Miriam Okafor, who has run the clinic for eleven years, said the building was already too small for the number of patients it saw each week. "We turn people away every Thursday," Dr Okafor said. "Some of them have walked for two hours."

The clinic's only nurse, Lena Varga, said the waiting room had no heating. Okafor, who trained under the surgeon Ruth Kahn in Leeds, said the board had promised a new roof in 2019 and never paid for it. She said the clinic had once had two doctors.

Patients waiting outside on Monday morning described long journeys. Tom Hewitt, a retired farmer, said he came every month for his heart tablets.

The board's chair, Susan Marr, said there was no money left in this year's budget. She said the board would look at the clinic again in the autumn. Okafor, who was at the meeting, shook her head. Marr, who has chaired the board since 2020, disagreed with her. "We simply have no money," she said.

"That is too late," Okafor said. She said she would write to the health minister this week.

"We will not give up," said Varga.
"""
ARTICLES["strikers"] = """Two strikers, one shirt: coach must choose before final

Coach Daniel Reyes has two weeks to decide which of his strikers starts the cup final.

Marco Bellini, 34, has scored eleven goals this season. The veteran said he felt fitter than he had at 25. "I know this stadium better than anyone," the 34-year-old said.

His rival for the place, 21-year-old Jonas Eke, scored twice in the semi-final. The young striker said he was not thinking about the final yet. "I just want to train well," Eke said.

Reyes said both players had earned the shirt. He said he would not name his team until the morning of the match.

Bellini's agent, Paolo Conti, said his client had received offers from three clubs abroad. He said no decision would be made before the final.

Asked whether he would leave, Bellini smiled.

"Ask me in June."

The club said in a statement that it hoped both players would stay.
"""
ARTICLES["ministry"] = """Ministry defends delay to school building programme

The Ministry of Education said on Tuesday that a delay to its school building programme was caused by rising steel prices.

In a statement, the ministry said that 40 of the 120 planned schools would open a year late. It said the remaining schools were on schedule.

Education Minister Grace Adeyemi told parliament that the government would not cut the number of schools. The minister said the extra cost would be met from reserves. "We will build every school we promised," said the minister.

Opposition spokeswoman Helen Cross said the delay was the result of poor planning. "Steel prices did not rise overnight," Ms Cross said. She said the ministry had ignored warnings from builders for a year.

Adeyemi said the opposition had voted against the programme in the first place.

The National Builders' Federation said its members had raised the issue in January. It said many firms had stopped bidding for public work. The opposition spokeswoman said she would ask for an inquiry.

A ministry spokesman said talks with builders were continuing.
"""
ARTICLES["senator"] = """Senator vows to block pipeline bill

Sen. Robert Haines said on Wednesday that he would use every procedure available to block a bill that would speed up approval of a gas pipeline across the state.

Haines, a Democrat who has represented the state since 2009, said the bill would strip landowners of the right to appeal. He said he had heard from hundreds of farmers along the route.

Sen. Paul Whitaker, a Republican who wrote the bill, said the pipeline would bring 3,000 jobs. "Every month we wait costs this state money," Whitaker said.

Gen. Linda Moss, the retired head of the state National Guard, who now chairs a landowners' group, said the route crossed two rivers. Moss said the company had not explained how it would protect them.

The company, Westline Energy, said in a statement that it had met every safety standard. Its chief executive, Alan Pryce, said the route had been chosen to avoid towns.

The general said the guard had mapped both rivers in 2015.

Haines said he did not trust the company's figures. "They have been wrong before," he said.
"""
ARTICLES["factory"] = """Workers say factory ignored safety complaints

Workers at the Brennan Plastics factory in Kettleby say managers ignored their complaints about fumes for months before three of them were taken to hospital last week.

Residents living near the plant said they had noticed a strong smell since the spring. They said the council had not answered their letters.

Sarah Quinn, who has worked on the moulding line for six years, said the extractor fans had been broken since March. Her supervisor, Karen Doyle, had reported the fault twice, Quinn said. "Nobody came," she said.

Doyle, who still works at the plant, declined to comment.

The company's chief executive, Martin Hale, said the fans had been repaired on Friday. Hale said the firm took safety seriously. The chief executive said an outside expert would inspect the factory.

The workers' union said it would ask for a full inquiry. Its regional organiser, Bill Norton, said the union had warned the company in writing.

"They knew," Norton said.
"""
ARTICLES["trial"] = """Former mayor denies taking bribes

The former mayor of Dunmore, Peter Galvin, told a court on Thursday that he had never taken money from a developer.

Galvin, 61, is accused of accepting 200,000 pounds from the builder Frank Moran in return for planning permission. Moran has already admitted paying the money.

The prosecutor, Anne Leary, said the payments had been hidden in the accounts of a golf club. She said Galvin had been the club's treasurer at the time.

Galvin's lawyer, Michael Byrne, said Moran had lied to save himself. "This case rests on the word of a man who has already confessed to fraud," Byrne said.

Moran's wife, Claire Moran, told the court that her husband had given the money to the club, not to Galvin.

Moran, who will be sentenced next month, was not in court on Thursday. His lawyer said Moran would give evidence next week.

Galvin said he had not known about the payments. He said he had resigned as treasurer in 2015.

The trial continues.
"""
ARTICLES["heat"] = """Heatwave: 'Stay indoors,' doctors warn

Doctors urged older people to stay indoors on Friday as temperatures reached 41C in the south of the country.

"Stay indoors between noon and five," said Dr Aisha Rahman, an emergency doctor at Central Hospital. Rahman said her department had treated more than sixty people for heatstroke since Wednesday.

Most of them were over seventy, she said. "Please check on your neighbours."

The national weather service said the heat would last until Monday. It warned that temperatures could reach 43C on Sunday.

Farmers said their crops were already suffering. Ivan Petrov, who grows tomatoes near Selva, said he had lost a third of his harvest. Petrov said the drought had also hit his cousin, Boris Lenk, who farms near the border. He said the river was too low to water his fields.

The health ministry said it had opened cooling centres in twelve towns.
"""
ARTICLES["caption"] = """Village choir wins national prize

Photo: Choir director Hannah Lowe leads a rehearsal in the church hall at Brayford.

A village choir from Brayford has won the national amateur choir prize, beating 40 other groups.

Lowe, who founded the choir in 2012 with six singers, said she had cried when the result was read out. "We are farmers and nurses and bus drivers," she said. "None of us read music when we started."

The choir's oldest member, 88-year-old Walter Penn, said he had sung in the church since he was a boy. The pensioner said the prize was the best thing that had happened to the village in years.

One of the judges, the conductor Elena Ruiz, said the choir had sung with real joy. She said their final song had moved the audience to tears.

Lowe said the prize money would buy new music and a piano.
"""
ARTICLES["ceo"] = """Airline chief apologises for weekend chaos

The chief executive of SkyNorth, Julia Brandt, apologised on Sunday to thousands of passengers whose flights were cancelled over the weekend.

Brandt said a computer fault had grounded the airline's whole fleet for nine hours. "I am deeply sorry," the chief executive said. "We let our customers down."

The airline said in a statement that passengers would be refunded within seven days. It said flights were now running normally.

Passengers at Kelby airport said they had been given no information for hours. Rosa Lind, who was flying to her sister's wedding, said staff had left the desks.

Transport Minister Kate Ellis said she had asked the airline for a full report. Ellis said the government would consider fining the company. The airline's chief executive said she would meet the minister on Monday.

Brandt said the airline would pay for hotel rooms. She said it would also review its computer systems.

Consumer group FairFly said passengers were entitled to compensation of up to 600 euros.
"""
ARTICLES["sisters"] = """Sisters clash over family farm

Two sisters who inherited a 300-acre farm near Ashby are fighting in court over whether to sell it.

Margaret Kerr, 58, wants to sell the land to a housing developer. Her younger sister, Fiona Kerr, wants to keep farming it.

Margaret Kerr said the farm had lost money for five years. "Our father would not want us to go bankrupt," she said.

Fiona said she had worked on the farm every day since she left school. She said her sister had not lived there for thirty years. "She does not know the land," Fiona said.

A neighbour, Janet Pike, said both women had been close once. She said the row had divided the village.

Margaret said she had offered to sell her half to her sister. "She said no," she said.

The judge, Ruth Coyle, said she would give her ruling next month.
"""
ARTICLES["bridge"] = """Council admits bridge repairs will take another year

The Larkhill bridge will stay closed to cars until next autumn, the county council said on Wednesday.

The council's head of roads, Derek Shaw, said engineers had found more damage than expected. "The steel is worse than we thought," Shaw said.

Shop owners on the east bank said trade had fallen by half since the bridge closed. Amir Khan, who runs a bakery near the bridge, said he might have to close. He said he had already let two staff go.

Local MP Joanna West said the council had known about the damage for years. "They had reports in 2018 and did nothing," she said. West said she would raise the matter in parliament.

Asked about the delay, Shaw was blunt.

"Nobody wants this bridge open more than I do."

The council said it had spent 4 million pounds on the bridge since 2015. A council spokeswoman said a free ferry would run from May.

Khan said a ferry would not bring customers back. "People have found other shops," he said.
"""
ARTICLES["rescue"] = """Fishermen rescued after two days adrift

Three fishermen were rescued on Saturday after their boat drifted for two days off the north coast.

The coastguard said a helicopter had found the boat 40 miles from shore. It said the men were cold but unhurt.

The boat's skipper, Sean Gallagher, said the engine had failed on Thursday evening. "We had water and some bread, and we kept each other talking," he said.

His son, Liam Gallagher, 19, was on his first trip. The teenager said he had never been so frightened. The skipper said his son had been the calmest of the three.

The pilot of the helicopter, Captain Ruth Mensah, said the crew had spotted a torch flashing in the dark. Mensah said the sea had been too rough for a boat to reach them.

"We were lucky," said one of the crew, Pat Doyle. "Another night and the cold would have got us."

The men's families said they were grateful to the rescuers. They said they would hold a party for the crew.
"""
ARTICLES["theatre"] = """'It was now or never,' says director of reopened theatre

The Old Vic Playhouse in Marden reopened on Friday after a five-year restoration.

"It was now or never," said the theatre's director, Naomi Fisher. "Another winter and the roof would have fallen in."

Fisher, who grew up two streets away, said she had seen her first play in the building at the age of six. The director said the restoration had cost 12 million pounds, most of it raised by local people.

The architect, Jane Osborne, said the team had kept the original plasterwork. Osborne said they had found a painted ceiling under layers of paint. The ceiling was painted by Clara Webb, an artist who died in 1901. She said it would take another year to restore it.

The city's mayor, Tom Reid, said the theatre would bring visitors back to the old town. "This is a great day for Marden," he said.

Fisher said the first show would be a comedy. She said tickets had sold out in an hour.
"""
ARTICLES["hospital"] = """Hospital apologises after patient's death

A hospital in Westmoor has apologised to the family of a man who died after waiting fourteen hours in its emergency department.

David Price, 72, died in March. His daughter, Emma Price, said he had been left on a trolley in a corridor. "Nobody checked on him for hours," she said. She said the family wanted to know why.

The hospital's medical director, Dr Samuel Ode, said the department had been overwhelmed that night. Dr Ode said staff had been caring for twice the number of patients it was built for. He said the hospital had apologised to the family.

The medical director said a review would report in June.

The Patients' Association said the case was not unusual. Its chief executive, Lisa Grant, said hundreds of patients waited more than twelve hours every week.

The doctor said the hospital had opened twenty new beds since March.

Emma Price and her brother, Mark Price, met hospital managers on Tuesday. They said the meeting had been polite but brief.

Ms Price said her father had worked as a porter at the same hospital for thirty years. "He would have been ashamed of it," she said.

The health ministry said it would look at the case.
"""

SPEAKERS = {}
SPEAKERS['clinic'] = [
    ('said', 'its staff', "Rural clinic's staff", 'A clinic that serves nin'),
    ('said', 'Dr Miriam Okafor, who has run the clinic for eleven years', 'Miriam Okafor', 'the building was already'),
    ('said', 'Dr Okafor', 'Miriam Okafor', 'We turn people away ever'),
    ('said', "The clinic's only nurse, Lena Varga", 'Lena Varga', 'the waiting room had no '),
    ('said', 'Okafor, who trained under the surgeon Ruth Kahn in Leeds', 'Miriam Okafor', 'the board had promised a'),
    ('said', 'She', 'Miriam Okafor', 'the clinic had once had '),
    ('described', 'Patients waiting outside on Monday morning', 'Patients waiting outside on Monday morning', 'long journeys'),
    ('said', 'Tom Hewitt, a retired farmer', 'Tom Hewitt', 'he came every month for '),
    ('said', "The board's chair, Susan Marr", 'Susan Marr', 'there was no money left '),
    ('said', 'She', 'Susan Marr', 'the board would look at '),
    ('said', 'she', 'Susan Marr', 'We simply have no money'),
    ('said', 'Okafor', 'Miriam Okafor', 'That is too late'),
    ('said', 'She', 'Miriam Okafor', 'she would write to the h'),
    ('said', 'Varga', 'Lena Varga', 'We will not give up'),
]
SPEAKERS['strikers'] = [
    ('said', 'The veteran', 'Marco Bellini', 'he felt fitter than he h'),
    ('said', 'the 34-year-old', 'Marco Bellini', 'I know this stadium bett'),
    ('said', 'The young striker', 'Jonas Eke', 'he was not thinking abou'),
    ('said', 'Eke', 'Jonas Eke', 'I just want to train wel'),
    ('said', 'Reyes', 'Daniel Reyes', 'both players had earned '),
    ('said', 'He', 'Daniel Reyes', 'he would not name his te'),
    ('said', "Bellini's agent, Paolo Conti", 'Paolo Conti', 'his client had received '),
    ('said', 'He', 'Paolo Conti', 'no decision would be mad'),
    ('smiled', 'Bellini', 'Marco Bellini', 'Ask me in June'),
    ('said', 'The club', 'club', 'it hoped both players wo'),
]
SPEAKERS['ministry'] = [
    ('defends', 'Ministry', 'Ministry of Education', 'delay to school building'),
    ('said', 'The Ministry of Education', 'Ministry of Education', 'a delay to its school bu'),
    ('said', 'the ministry', 'Ministry of Education', '40 of the 120 planned sc'),
    ('said', 'It', 'Ministry of Education', 'the remaining schools we'),
    ('told', 'Education Minister Grace Adeyemi', 'Grace Adeyemi', 'the government would not'),
    ('said', 'The minister', 'Grace Adeyemi', 'the extra cost would be '),
    ('said', 'the minister', 'Grace Adeyemi', 'We will build every scho'),
    ('said', 'Opposition spokeswoman Helen Cross', 'Helen Cross', 'the delay was the result'),
    ('said', 'Ms Cross', 'Helen Cross', 'Steel prices did not ris'),
    ('said', 'She', 'Helen Cross', 'the ministry had ignored'),
    ('said', 'Adeyemi', 'Grace Adeyemi', 'the opposition had voted'),
    ('said', "The National Builders' Federation", "National Builders' Federation", 'its members had raised t'),
    ('said', 'It', "National Builders' Federation", 'many firms had stopped b'),
    ('said', 'The opposition spokeswoman', 'Helen Cross', 'she would ask for an inq'),
    ('said', 'A ministry spokesman', 'ministry spokesman', 'talks with builders were'),
]
SPEAKERS['senator'] = [
    ('vows', 'Senator', 'Robert Haines', 'to block pipeline bill'),
    ('said', 'Sen. Robert Haines', 'Robert Haines', 'he would use every proce'),
    ('said', 'Haines, a Democrat who has represented the state since 2009', 'Robert Haines', 'the bill would strip lan'),
    ('said', 'He', 'Robert Haines', 'he had heard from hundre'),
    ('said', 'Sen. Paul Whitaker, a Republican who wrote the bill', 'Paul Whitaker', 'the pipeline would bring'),
    ('said', 'Whitaker', 'Paul Whitaker', 'Every month we wait cost'),
    ('said', "Gen. Linda Moss, the retired head of the state National Guard, who now chairs a landowners' group", 'Linda Moss', 'the route crossed two ri'),
    ('said', 'Moss', 'Linda Moss', 'the company had not expl'),
    ('said', 'The company, Westline Energy', 'Westline Energy', 'it had met every safety '),
    ('said', 'Its chief executive, Alan Pryce', 'Alan Pryce', 'the route had been chose'),
    ('said', 'The general', 'Linda Moss', 'the guard had mapped bot'),
    ('said', 'Haines', 'Robert Haines', 'he did not trust the com'),
    ('said', 'he', 'Robert Haines', 'They have been wrong bef'),
]
SPEAKERS['factory'] = [
    ('say', 'Workers', 'Workers', 'factory ignored safety c'),
    ('say', 'Workers at the Brennan Plastics factory in Kettleby', 'Workers at the Brennan Plastics factory in Kettleby', 'managers ignored their c'),
    ('said', 'Residents living near the plant', 'Residents living near the plant', 'they had noticed a stron'),
    ('said', 'They', 'Residents living near the plant', 'the council had not answ'),
    ('said', 'Sarah Quinn, who has worked on the moulding line for six years', 'Sarah Quinn', 'the extractor fans had b'),
    ('said', 'Quinn', 'Sarah Quinn', 'Her supervisor, Karen Do'),
    ('said', 'she', 'Sarah Quinn', 'Nobody came'),
    ('declined', 'Doyle, who still works at the plant', 'Karen Doyle', 'to comment'),
    ('said', "The company's chief executive, Martin Hale", 'Martin Hale', 'the fans had been repair'),
    ('said', 'Hale', 'Martin Hale', 'the firm took safety ser'),
    ('said', 'The chief executive', 'Martin Hale', 'an outside expert would '),
    ('said', "The workers' union", "workers' union", 'it would ask for a full '),
    ('said', 'Its regional organiser, Bill Norton', 'Bill Norton', 'the union had warned the'),
    ('said', 'Norton', 'Bill Norton', 'They knew'),
]
SPEAKERS['trial'] = [
    ('denies', 'Former mayor', 'Peter Galvin', 'taking bribes'),
    ('told', 'The former mayor of Dunmore, Peter Galvin', 'Peter Galvin', 'he had never taken money'),
    ('has already admitted', 'Moran', 'Frank Moran', 'paying the money'),
    ('said', 'The prosecutor, Anne Leary', 'Anne Leary', 'the payments had been hi'),
    ('said', 'She', 'Anne Leary', 'Galvin had been the club'),
    ('said', "Galvin's lawyer, Michael Byrne", 'Michael Byrne', 'Moran had lied to save h'),
    ('said', 'Byrne', 'Michael Byrne', 'This case rests on the w'),
    ('told', "Moran's wife, Claire Moran", 'Claire Moran', 'her husband had given th'),
    ('said', 'His lawyer', "Frank Moran's lawyer", 'Moran would give evidenc'),
    ('said', 'Galvin', 'Peter Galvin', 'he had not known about t'),
    ('said', 'He', 'Peter Galvin', 'he had resigned as treas'),
]
SPEAKERS['heat'] = [
    ('warn', 'doctors', 'doctors', 'Stay indoors'),
    ('urged', 'Doctors', 'Doctors', 'older people to stay ind'),
    ('said', 'Dr Aisha Rahman, an emergency doctor at Central Hospital', 'Aisha Rahman', 'Stay indoors between noo'),
    ('said', 'Rahman', 'Aisha Rahman', 'her department had treat'),
    ('said', 'she', 'Aisha Rahman', 'Most of them were over s'),
    ('said', 'The national weather service', 'national weather service', 'the heat would last unti'),
    ('warned', 'It', 'national weather service', 'temperatures could reach'),
    ('said', 'Farmers', 'Farmers', 'their crops were already'),
    ('said', 'Ivan Petrov, who grows tomatoes near Selva', 'Ivan Petrov', 'he had lost a third of h'),
    ('said', 'Petrov', 'Ivan Petrov', 'the drought had also hit'),
    ('said', 'He', 'Ivan Petrov', 'the river was too low to'),
    ('said', 'The health ministry', 'health ministry', 'it had opened cooling ce'),
]
SPEAKERS['caption'] = [
    ('said', 'Lowe, who founded the choir in 2012 with six singers', 'Hannah Lowe', 'she had cried when the r'),
    ('said', 'she', 'Hannah Lowe', 'We are farmers and nurse'),
    ('said', "The choir's oldest member, 88-year-old Walter Penn", 'Walter Penn', 'he had sung in the churc'),
    ('said', 'The pensioner', 'Walter Penn', 'the prize was the best t'),
    ('said', 'One of the judges, the conductor Elena Ruiz', 'Elena Ruiz', 'the choir had sung with '),
    ('said', 'She', 'Elena Ruiz', 'their final song had mov'),
    ('said', 'Lowe', 'Hannah Lowe', 'the prize money would bu'),
]
SPEAKERS['ceo'] = [
    ('apologises for', 'Airline chief', 'Julia Brandt', 'weekend chaos'),
    ('said', 'Brandt', 'Julia Brandt', 'a computer fault had gro'),
    ('said', 'the chief executive', 'Julia Brandt', 'I am deeply sorry'),
    ('said', 'The airline', 'SkyNorth', 'passengers would be refu'),
    ('said', 'It', 'SkyNorth', 'flights were now running'),
    ('said', 'Passengers at Kelby airport', 'Passengers at Kelby airport', 'they had been given no i'),
    ('said', "Rosa Lind, who was flying to her sister's wedding", 'Rosa Lind', 'staff had left the desks'),
    ('said', 'Transport Minister Kate Ellis', 'Kate Ellis', 'she had asked the airlin'),
    ('said', 'Ellis', 'Kate Ellis', 'the government would con'),
    ('said', "The airline's chief executive", 'Julia Brandt', 'she would meet the minis'),
    ('said', 'Brandt', 'Julia Brandt', 'the airline would pay fo'),
    ('said', 'She', 'Julia Brandt', 'it would also review its'),
    ('said', 'Consumer group FairFly', 'FairFly', 'passengers were entitled'),
]
SPEAKERS['sisters'] = [
    ('wants', 'Margaret Kerr, 58', 'Margaret Kerr', 'to sell the land to a ho'),
    ('wants', 'Her younger sister, Fiona Kerr', 'Fiona Kerr', 'to keep farming it'),
    ('said', 'Margaret Kerr', 'Margaret Kerr', 'the farm had lost money '),
    ('said', 'she', 'Margaret Kerr', 'Our father would not wan'),
    ('said', 'Fiona', 'Fiona Kerr', 'she had worked on the fa'),
    ('said', 'She', 'Fiona Kerr', 'her sister had not lived'),
    ('said', 'Fiona', 'Fiona Kerr', 'She does not know the la'),
    ('said', 'A neighbour, Janet Pike', 'Janet Pike', 'both women had been clos'),
    ('said', 'She', 'Janet Pike', 'the row had divided the '),
    ('said', 'Margaret', 'Margaret Kerr', 'she had offered to sell '),
    ('said', 'she', 'Margaret Kerr', 'She said no'),
    ('said', 'The judge, Ruth Coyle', 'Ruth Coyle', 'she would give her rulin'),
]
SPEAKERS['bridge'] = [
    ('admits', 'Council', 'county council', 'bridge repairs will take'),
    ('said', 'the county council', 'county council', 'The Larkhill bridge will'),
    ('said', "The council's head of roads, Derek Shaw", 'Derek Shaw', 'engineers had found more'),
    ('said', 'Shaw', 'Derek Shaw', 'The steel is worse than '),
    ('said', 'Shop owners on the east bank', 'Shop owners on the east bank', 'trade had fallen by half'),
    ('said', 'Amir Khan, who runs a bakery near the bridge', 'Amir Khan', 'he might have to close'),
    ('said', 'He', 'Amir Khan', 'he had already let two s'),
    ('said', 'Local MP Joanna West', 'Joanna West', 'the council had known ab'),
    ('said', 'she', 'Joanna West', 'They had reports in 2018'),
    ('said', 'West', 'Joanna West', 'she would raise the matt'),
    ('was blunt', 'Shaw', 'Derek Shaw', 'Nobody wants this bridge'),
    ('said', 'The council', 'county council', 'it had spent 4 million p'),
    ('said', 'A council spokeswoman', 'council spokeswoman', 'a free ferry would run f'),
    ('said', 'Khan', 'Amir Khan', 'a ferry would not bring '),
    ('said', 'he', 'Amir Khan', 'People have found other '),
]
SPEAKERS['rescue'] = [
    ('said', 'The coastguard', 'coastguard', 'a helicopter had found t'),
    ('said', 'It', 'coastguard', 'the men were cold but un'),
    ('said', "The boat's skipper, Sean Gallagher", 'Sean Gallagher', 'the engine had failed on'),
    ('said', 'he', 'Sean Gallagher', 'We had water and some br'),
    ('said', 'The teenager', 'Liam Gallagher', 'he had never been so fri'),
    ('said', 'The skipper', 'Sean Gallagher', 'his son had been the cal'),
    ('said', 'The pilot of the helicopter, Captain Ruth Mensah', 'Ruth Mensah', 'the crew had spotted a t'),
    ('said', 'Mensah', 'Ruth Mensah', 'the sea had been too rou'),
    ('said', 'one of the crew, Pat Doyle', 'Pat Doyle', 'We were lucky'),
    ('said', "The men's families", "men's families", 'they were grateful to th'),
    ('said', 'They', "men's families", 'they would hold a party '),
]
SPEAKERS['theatre'] = [
    ('says', 'director of reopened theatre', 'Naomi Fisher', 'It was now or never'),
    ('said', "the theatre's director, Naomi Fisher", 'Naomi Fisher', 'It was now or never'),
    ('said', 'Fisher, who grew up two streets away', 'Naomi Fisher', 'she had seen her first p'),
    ('said', 'The director', 'Naomi Fisher', 'the restoration had cost'),
    ('said', 'The architect, Jane Osborne', 'Jane Osborne', 'the team had kept the or'),
    ('said', 'Osborne', 'Jane Osborne', 'they had found a painted'),
    ('said', "The city's mayor, Tom Reid", 'Tom Reid', 'the theatre would bring '),
    ('said', 'he', 'Tom Reid', 'This is a great day for '),
    ('said', 'Fisher', 'Naomi Fisher', 'the first show would be '),
    ('said', 'She', 'Naomi Fisher', 'tickets had sold out in '),
]
SPEAKERS['hospital'] = [
    ('said', 'His daughter, Emma Price', 'Emma Price', 'he had been left on a tr'),
    ('said', 'she', 'Emma Price', 'Nobody checked on him fo'),
    ('said', 'She', 'Emma Price', 'the family wanted to kno'),
    ('said', "The hospital's medical director, Dr Samuel Ode", 'Samuel Ode', 'the department had been '),
    ('said', 'Dr Ode', 'Samuel Ode', 'staff had been caring fo'),
    ('said', 'He', 'Samuel Ode', 'the hospital had apologi'),
    ('said', 'The medical director', 'Samuel Ode', 'a review would report in'),
    ('said', "The Patients' Association", "Patients' Association", 'the case was not unusual'),
    ('said', 'Its chief executive, Lisa Grant', 'Lisa Grant', 'hundreds of patients wai'),
    ('said', 'The doctor', 'Samuel Ode', 'the hospital had opened '),
    ('said', 'They', 'Emma Price and Mark Price', 'the meeting had been pol'),
    ('said', 'Ms Price', 'Emma Price', 'her father had worked as'),
    ('said', 'she', 'Emma Price', 'He would have been asham'),
    ('said', 'The health ministry', 'health ministry', 'it would look at the cas'),
]

KNOWN = [
    # 'She' after an artist named as a passive's agent and said to have died a century ago: the
    # last woman named takes the pronoun over the architect who spoke in the two sentences before
    ("theatre", "said", "She", "it would take another ye", "Jane Osborne"),
]
