# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Fourteen short news articles written for the forty-seventh session's speaker probes (helper spk):
a council row, a transfer, job cuts, a science finding, a robbery, an election, a flu season, a
strike, a film, a flood, a budget row, an obituary, a port dispute with a headline quote, and two
ministers in turn. They hold people named in full once and then by surname, title or role ('the
minister', 'the 62-year-old', "the club's manager"), 'he'/'she' across paragraphs, two people of one
gender in turn, bodies called 'it' and 'the company', nicknames, names from many languages, and
people whose first name usually belongs to the other gender ('Kari' for a man, 'Sam' for a woman).

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_47_spk``."""

ARTICLES = {}
ARTICLES["council"] = """Council splits over bus lane plan

Councillor Bridget Oyelaran-Hughes on Monday accused the transport committee of ignoring small businesses along Harrow Road.

"Nobody asked the shopkeepers," Oyelaran-Hughes said. "They found out from a leaflet."

The committee's chair, Martin Devereux, defended the consultation. He said more than 900 residents had replied to the survey and that most of them backed the lane.

Oyelaran-Hughes was not convinced. She said the survey had been posted online only and that older residents had been left out.

Devereux later told reporters that the council would hold two public meetings in March. "We will listen," he said.

A spokeswoman for the Harrow Road Traders' Association said its members were "deeply worried" about losing parking spaces. The association said it would present a petition next week.

Asked whether the plan could be delayed, the chair said a delay would cost the city its government grant.
"""
ARTICLES["transfer"] = """Rovers sign midfielder from Porto

Rovers have completed the signing of Brazilian midfielder Thiago Nascimento on a three-year deal, the club announced on Friday.

The 24-year-old arrives after four seasons in Portugal. "This is a dream for me and my family," Nascimento said. "I have watched this club since I was a boy."

Manager Ellen Brookfield said she had followed the player for two years. "He sees passes that other people do not see," the club's manager said.

Brookfield added that Nascimento would not play on Saturday because his registration was not yet complete.

The fee was not disclosed, but Portuguese newspaper Record reported that it was close to 12 million euros.

Nascimento, who is known to fans as "Tito", said he hoped to make his debut at home. Tito said the supporters had already sent him hundreds of messages.

Rovers' chief executive, Graham Pike, said the club had "moved quickly" to beat two rivals to the signature. He said the deal showed the owners' ambition.
"""
ARTICLES["tech"] = """Chipmaker cuts 400 jobs as demand slows

Halvorsen Semiconductors said on Tuesday it would cut 400 jobs, about a tenth of its workforce, after orders from phone makers fell for a third quarter.

The company said the cuts would fall mostly on its plant in Tampere. It expects to save 60 million euros a year.

"These are difficult decisions and we do not take them lightly," chief executive Ingrid Solberg said in a statement.

Solberg, 51, told analysts on a call that demand would recover in the second half of next year. She said the firm would keep investing in research.

A union representative, Kari Lindqvist, said workers had learned of the cuts from the news. "It is a disgrace," he said. Lindqvist said the union would demand talks.

Analysts were mixed. "The cuts were expected," said Mikko Rautio, an analyst at Nordbank. He said the shares could rise if margins improved.

Halvorsen said it had no plans to close the Tampere plant.
"""
ARTICLES["science"] = """Study links sleep to memory in older adults

Older adults who sleep less than six hours a night score lower on memory tests, according to a study published on Wednesday.

The researchers followed 2,300 people aged over 65 for eight years. "The effect was larger than we expected," said Dr Wei Zhang, who led the study at the University of Leeds.

Zhang said the team had controlled for age, income and health. She added that the study could not prove that poor sleep caused memory loss.

Professor Samuel Adeyemi, who was not involved in the research, called the findings "important but not surprising". He said doctors should ask older patients about their sleep.

"We tell people to exercise and eat well," Adeyemi said. "Sleep belongs on that list too."

The Alzheimer's Trust said the study was a reminder that simple habits matter. It said it would fund a follow-up study.

Zhang said the next step was to test whether improving sleep could slow decline.
"""
ARTICLES["crime"] = """Police appeal after jewellery shop raid

Detectives investigating an armed robbery at a jewellery shop in Bramley have appealed for witnesses.

Two men wearing balaclavas entered the shop shortly before 5pm on Saturday and threatened staff with a hammer, police said.

Detective Inspector Rachel Okonkwo said: "This was a terrifying experience for the staff. We are determined to find those responsible."

The shop's owner, Harjit Sandhu, said he had run the business for 30 years. "Nothing like this has ever happened here," the 62-year-old said.

His daughter, Simran Sandhu, who was working at the time, said the men took rings and watches worth about £80,000. She said one of them had a northern accent.

Okonkwo said officers were studying camera footage from nearby streets. The inspector said anyone with information should call the police.

A neighbour, who asked not to be named, said she had seen a silver car speed away.
"""
ARTICLES["election"] = """Mayor wins second term by narrow margin

Mayor Lorraine Featherstone won a second term on Sunday, beating her rival by fewer than 800 votes.

"The people have spoken, and I will not let them down," Featherstone told supporters at a hotel in the city centre.

Her opponent, businessman Rajesh Kulkarni, conceded shortly after midnight. Kulkarni said he had called the mayor to congratulate her. "It was a hard fight and she won it fairly," he said.

The mayor said her first priority would be housing. She promised to build 2,000 homes by 2028.

Turnout was 41 percent, the election commission said. The commission said there had been no complaints.

"We gave her a real scare," said Kulkarni's campaign manager, Deborah Fenn. Fenn said the party would study the results ward by ward.

Featherstone, 57, is the city's first female mayor. She said she hoped to inspire other women to stand for office.
"""
ARTICLES["health"] = """Hospital warns of long waits as flu cases rise

St Anselm's Hospital has warned patients to expect long waits in its emergency department after a sharp rise in flu cases.

The hospital said it had admitted 140 patients with flu in the past week, twice the number a month ago.

Its medical director, Dr Michael Osei, said staff were working "flat out". "Please only come to the emergency department if it is an emergency," he said.

Osei said people over 65 should get vaccinated. The doctor added that the vaccine was still available at most pharmacies.

A health ministry spokesman said the government was monitoring the situation closely. The ministry said extra funding had already been given to hospitals.

Nurse Sam Whitaker, who has worked at the hospital for 15 years, said she had never seen the wards so full. "We are tired, but we keep going," Whitaker said.

Patients' group HealthWatch said waiting times were unacceptable. It called on the ministry to act.
"""
ARTICLES["strike"] = """Dock workers vote to strike

Dock workers at the port of Kelmouth have voted to strike over pay, their union said on Thursday.

"Our members have had enough," said Shauna McAllister, the regional secretary of the Transport Workers' Union. "They have not had a real pay rise in five years."

McAllister said 88 percent of members had voted for action. She said the strike would begin on the 14th unless the port made a better offer.

The port's operator, Kelmouth Harbour Ltd, said it was disappointed. The company said its offer of 4 percent was fair and that it remained open to talks.

Its chief executive, Douglas Reid, said a strike would hurt the town. "Nobody wins from this," Reid said.

Local MP Jonathan Pryce said both sides should return to the table. He said he had written to the minister.

"We don't want to strike," said crane operator Tomasz Nowak. "But we can't pay our bills."
"""
ARTICLES["culture"] = """Director returns with quiet family drama

After a decade away from cinema, director Kenji Watanabe is back with a film about three sisters who run a noodle shop in Osaka.

"I wanted to make something small," Watanabe said in an interview in Tokyo. "My last film was too big. I lost myself in it."

The 68-year-old said the story was based on his mother's family. He said his mother had read the script before she died.

The film's lead actress, Aiko Mori, said working with Watanabe was "like going back to school". She said he rehearsed every scene for days.

Critic Charlotte Vance, writing in The Review, said the film was "his best work in twenty years". She said its final scene had left her in tears.

Not everyone agrees. "It is beautiful but slow," said the festival's artistic director, Pierre Lamont. He said the film would still be shown at the opening night.

Watanabe said he did not read reviews.
"""
ARTICLES["weather"] = """Floods force hundreds from homes

Hundreds of people were forced from their homes on Tuesday after the River Ouse burst its banks, the Environment Agency said.

The agency said more rain was expected overnight. It said 14 flood warnings remained in place.

"The water came in so fast," said Margaret Holloway, 74, who was rescued from her bungalow by firefighters. "I only had time to grab my cat."

Mrs Holloway said she had lived in the village for 50 years. She said she had never seen the river so high.

Fire chief Alan Brightwell said crews had rescued 60 people. The fire service said it had received more than 300 calls.

Council leader Nadia Rahman said the council had opened three rest centres. "Nobody will be left without a bed tonight," she said.

Brightwell said people should not drive through flood water. "It takes only a foot of water to move a car," the fire chief said.
"""
ARTICLES["politics"] = """Minister defends cuts to rail budget

Transport Minister Gareth Llewellyn on Wednesday defended a 10 percent cut to the rail budget, saying the money would be spent on roads.

"We have to be honest about where people travel," the minister said. "Most of them travel by car."

Llewellyn said no lines would close. He said the savings would come from delaying two electrification projects.

Opposition transport spokeswoman Priya Raman called the cuts "a betrayal of the north". Raman said the government had promised to improve rail links.

"They promised a revolution and delivered a cut," she said.

The Rail Industry Association said the cuts would cost jobs. It said suppliers had already postponed investment.

Llewellyn, who was appointed in June, said he would meet the association next week. The minister said he understood its concerns.

Asked about the criticism, the prime minister's spokesman said the government stood by the decision.
"""
ARTICLES["obituary"] = """Jazz pianist Ray "Fingers" Coltrane dies at 81

Ray "Fingers" Coltrane, the pianist who played with some of the greatest names in jazz, has died at the age of 81, his family said.

Coltrane died peacefully at his home in New Orleans on Monday, his daughter, Marcia Coltrane, said. "He was playing until the very end," she said.

Born in Memphis in 1943, Coltrane learned piano in his church. He once said he had learned more from the choir than from any teacher.

Saxophonist Louis Bell, who toured with him in the 1970s, said Fingers was the most generous musician he had known. "He made everyone around him sound better," Bell said.

Fingers told an interviewer in 2005 that he had never planned to be famous. "I just wanted to play," he said.

The New Orleans Jazz Society said it would hold a tribute concert next month. Its director, Joanne Price, said the city had lost a legend.
"""
ARTICLES["port"] = """"Nobody wins from this": port boss warns as dock strike looms

The head of Kelmouth Harbour has warned that a strike by dock workers would hurt the whole town.

Douglas Reid, the port's chief executive, said on Friday that ships were already being sent to other ports. "Nobody wins from this," he said.

Union leader Shauna McAllister said the warning was "scaremongering". She said the company had made record profits.

"We are not going to be bullied." The words came from McAllister's deputy, Sam Okafor, at a rally outside the gates. She said members were ready to stay out for weeks.

Reid said the offer was final. He said the company could not afford more.

McAllister disagreed. She said the company had paid its shareholders twice as much.
"""
ARTICLES["cabinet"] = """Ministers clash over school funding

Education Minister Owen Pritchard and Finance Minister David Mensah clashed on Thursday over how to pay for new schools.

Pritchard said the schools were needed by 2027. He said classrooms in the north were overcrowded.

Mensah said the budget could not stretch that far. He said borrowing more would push up interest rates.

Pritchard replied that doing nothing would cost more. "Children only get one chance at school," the education minister said.

"We all want new schools," said Mensah. "The question is who pays."

Officials at the finance ministry said a compromise was likely. The ministry said it would publish its plans in April.

Pritchard, 45, later said he was confident of a deal.
"""

SPEAKERS = {}
SPEAKERS["council"] = [
    ('accused', 'Councillor Bridget Oyelaran-Hughes', 'Bridget Oyelaran-Hughes', 'the transport committee '),
    ('said', 'Oyelaran-Hughes', 'Bridget Oyelaran-Hughes', 'Nobody asked the shopkee'),
    ('defended', "The committee's chair, Martin Devereux", 'Martin Devereux', 'the consultation'),
    ('said', 'He', 'Martin Devereux', 'more than 900 residents '),
    ('said', 'She', 'Bridget Oyelaran-Hughes', 'the survey had been post'),
    ('told', 'Devereux', 'Martin Devereux', 'the council would hold t'),
    ('said', 'he', 'Martin Devereux', 'We will listen'),
    ('said', "A spokeswoman for the Harrow Road Traders' Association", "spokeswoman for the Harrow Road Traders' Association", 'its members were "deeply'),
    ('said', 'The association', "Harrow Road Traders' Association", 'it would present a petit'),
    ('said', 'the chair', 'Martin Devereux', 'a delay would cost the c'),
]
SPEAKERS["transfer"] = [
    ('said', 'Nascimento', 'Thiago Nascimento', 'This is a dream for me a'),
    ('said', 'Manager Ellen Brookfield', 'Ellen Brookfield', 'she had followed the pla'),
    ('said', "the club's manager", 'Ellen Brookfield', 'He sees passes that othe'),
    ('added', 'Brookfield', 'Ellen Brookfield', 'Nascimento would not pla'),
    ('reported', 'Portuguese newspaper Record', 'Record', 'it was close to 12 milli'),
    ('said', 'Nascimento, who is known to fans as "Tito"', 'Thiago Nascimento', 'he hoped to make his deb'),
    ('said', 'Tito', 'Thiago Nascimento', 'the supporters had alrea'),
    ('said', "Rovers' chief executive, Graham Pike", 'Graham Pike', 'the club had "moved quic'),
    ('said', 'He', 'Graham Pike', 'the deal showed the owne'),
]
SPEAKERS["tech"] = [
    ('said', 'Halvorsen Semiconductors', 'Halvorsen Semiconductors', 'it would cut 400 jobs'),
    ('said', 'The company', 'Halvorsen Semiconductors', 'the cuts would fall most'),
    ('expects', 'It', 'Halvorsen Semiconductors', 'to save 60 million euros'),
    ('said', 'chief executive Ingrid Solberg', 'Ingrid Solberg', 'These are difficult deci'),
    ('told', 'Solberg, 51', 'Ingrid Solberg', 'demand would recover in '),
    ('said', 'She', 'Ingrid Solberg', 'the firm would keep inve'),
    ('said', 'A union representative, Kari Lindqvist', 'Kari Lindqvist', 'workers had learned of t'),
    ('said', 'he', 'Kari Lindqvist', 'It is a disgrace'),
    ('said', 'Lindqvist', 'Kari Lindqvist', 'the union would demand t'),
    ('said', 'Mikko Rautio, an analyst at Nordbank', 'Mikko Rautio', 'The cuts were expected'),
    ('said', 'He', 'Mikko Rautio', 'the shares could rise if'),
    ('said', 'Halvorsen', 'Halvorsen Semiconductors', 'it had no plans to close'),
]
SPEAKERS["science"] = [
    ('according to', 'a study published on Wednesday', 'study published on Wednesday', 'Older adults who sleep l'),
    ('said', 'Dr Wei Zhang, who led the study at the University of Leeds', 'Wei Zhang', 'The effect was larger th'),
    ('said', 'Zhang', 'Wei Zhang', 'the team had controlled '),
    ('added', 'She', 'Wei Zhang', 'the study could not prov'),
    ('called', 'Professor Samuel Adeyemi, who was not involved in the research', 'Samuel Adeyemi', 'the findings "important '),
    ('said', 'He', 'Samuel Adeyemi', 'doctors should ask older'),
    ('said', 'Adeyemi', 'Samuel Adeyemi', 'We tell people to exerci'),
    ('said', "The Alzheimer's Trust", "Alzheimer's Trust", 'the study was a reminder'),
    ('said', 'It', "Alzheimer's Trust", 'it would fund a follow-u'),
    ('said', 'Zhang', 'Wei Zhang', 'the next step was to tes'),
]
SPEAKERS["crime"] = [
    ('said', 'police', 'police', 'Two men wearing balaclav'),
    ('said', 'Detective Inspector Rachel Okonkwo', 'Rachel Okonkwo', 'This was a terrifying ex'),
    ('said', "The shop's owner, Harjit Sandhu", 'Harjit Sandhu', 'he had run the business '),
    ('said', 'the 62-year-old', 'Harjit Sandhu', 'Nothing like this has ev'),
    ('said', 'His daughter, Simran Sandhu, who was working at the time', 'Simran Sandhu', 'the men took rings and w'),
    ('said', 'She', 'Simran Sandhu', 'one of them had a northe'),
    ('said', 'Okonkwo', 'Rachel Okonkwo', 'officers were studying c'),
    ('said', 'The inspector', 'Rachel Okonkwo', 'anyone with information '),
    ('said', 'A neighbour, who asked not to be named', 'neighbour', 'she had seen a silver ca'),
]
SPEAKERS["election"] = [
    ('told', 'Featherstone', 'Lorraine Featherstone', 'The people have spoken, '),
    ('said', 'Kulkarni', 'Rajesh Kulkarni', 'he had called the mayor '),
    ('said', 'he', 'Rajesh Kulkarni', 'It was a hard fight and '),
    ('said', 'The mayor', 'Lorraine Featherstone', 'her first priority would'),
    ('promised', 'She', 'Lorraine Featherstone', 'to build 2,000 homes by '),
    ('said', 'the election commission', 'election commission', 'Turnout was 41 percent'),
    ('said', 'The commission', 'election commission', 'there had been no compla'),
    ('said', "Kulkarni's campaign manager, Deborah Fenn", 'Deborah Fenn', 'We gave her a real scare'),
    ('said', 'Fenn', 'Deborah Fenn', 'the party would study th'),
    ('said', 'She', 'Lorraine Featherstone', 'she hoped to inspire oth'),
]
SPEAKERS["health"] = [
    ('warns of', 'Hospital', "St Anselm's Hospital", 'long waits'),
    ('has warned', "St Anselm's Hospital", "St Anselm's Hospital", 'patients to expect long '),
    ('said', 'The hospital', "St Anselm's Hospital", 'it had admitted 140 pati'),
    ('said', 'Its medical director, Dr Michael Osei', 'Michael Osei', 'staff were working "flat'),
    ('said', 'he', 'Michael Osei', 'Please only come to the '),
    ('said', 'Osei', 'Michael Osei', 'people over 65 should ge'),
    ('added', 'The doctor', 'Michael Osei', 'the vaccine was still av'),
    ('said', 'A health ministry spokesman', 'health ministry spokesman', 'the government was monit'),
    ('said', 'Nurse Sam Whitaker, who has worked at the hospital for 15 years', 'Sam Whitaker', 'she had never seen the w'),
    ('said', 'Whitaker', 'Sam Whitaker', 'We are tired, but we kee'),
    ('said', "Patients' group HealthWatch", 'HealthWatch', 'waiting times were unacc'),
    ('called on', 'It', 'HealthWatch', 'the ministry to act'),
    ('said', 'The ministry', 'health ministry', 'extra funding had alread'),
]
SPEAKERS["strike"] = [
    ('said', "Shauna McAllister, the regional secretary of the Transport Workers' Union", 'Shauna McAllister', 'Our members have had eno'),
    ('said', 'McAllister', 'Shauna McAllister', '88 percent of members ha'),
    ('said', 'She', 'Shauna McAllister', 'the strike would begin o'),
    ('said', "The port's operator, Kelmouth Harbour Ltd", 'Kelmouth Harbour Ltd', 'it was disappointed'),
    ('said', 'The company', 'Kelmouth Harbour Ltd', 'its offer of 4 percent w'),
    ('said', 'Its chief executive, Douglas Reid', 'Douglas Reid', 'a strike would hurt the '),
    ('said', 'Reid', 'Douglas Reid', 'Nobody wins from this'),
    ('said', 'Local MP Jonathan Pryce', 'Jonathan Pryce', 'both sides should return'),
    ('said', 'He', 'Jonathan Pryce', 'he had written to the mi'),
    ('said', 'crane operator Tomasz Nowak', 'Tomasz Nowak', "We don't want to strike"),
]
SPEAKERS["culture"] = [
    ('said', 'Watanabe', 'Kenji Watanabe', 'I wanted to make somethi'),
    ('said', 'The 68-year-old', 'Kenji Watanabe', 'the story was based on h'),
    ('said', 'He', 'Kenji Watanabe', 'his mother had read the '),
    ('said', "The film's lead actress, Aiko Mori", 'Aiko Mori', 'working with Watanabe wa'),
    ('said', 'She', 'Aiko Mori', 'he rehearsed every scene'),
    ('said', 'Critic Charlotte Vance', 'Charlotte Vance', 'the film was "his best w'),
    ('said', 'She', 'Charlotte Vance', 'its final scene had left'),
    ('said', "the festival's artistic director, Pierre Lamont", 'Pierre Lamont', 'It is beautiful but slow'),
    ('said', 'He', 'Pierre Lamont', 'the film would still be '),
    ('said', 'Watanabe', 'Kenji Watanabe', 'he did not read reviews'),
]
SPEAKERS["weather"] = [
    ('said', 'the Environment Agency', 'Environment Agency', 'Hundreds of people were '),
    ('said', 'The agency', 'Environment Agency', 'more rain was expected o'),
    ('said', 'It', 'Environment Agency', '14 flood warnings remain'),
    ('said', 'Margaret Holloway, 74, who was rescued from her bungalow by firefighters', 'Margaret Holloway', 'The water came in so fas'),
    ('said', 'Mrs Holloway', 'Margaret Holloway', 'she had lived in the vil'),
    ('said', 'She', 'Margaret Holloway', 'she had never seen the r'),
    ('said', 'Fire chief Alan Brightwell', 'Alan Brightwell', 'crews had rescued 60 peo'),
    ('said', 'The fire service', 'fire service', 'it had received more tha'),
    ('said', 'Council leader Nadia Rahman', 'Nadia Rahman', 'the council had opened t'),
    ('said', 'she', 'Nadia Rahman', 'Nobody will be left with'),
    ('said', 'Brightwell', 'Alan Brightwell', 'people should not drive '),
    ('said', 'the fire chief', 'Alan Brightwell', 'It takes only a foot of '),
]
SPEAKERS["politics"] = [
    ('defends', 'Minister', 'Gareth Llewellyn', 'cuts to rail budget'),
    ('defended', 'Transport Minister Gareth Llewellyn', 'Gareth Llewellyn', 'a 10 percent cut to the '),
    ('saying', 'Transport Minister Gareth Llewellyn', 'Gareth Llewellyn', 'the money would be spent'),
    ('said', 'the minister', 'Gareth Llewellyn', 'We have to be honest abo'),
    ('said', 'Llewellyn', 'Gareth Llewellyn', 'no lines would close'),
    ('said', 'He', 'Gareth Llewellyn', 'the savings would come f'),
    ('called', 'Opposition transport spokeswoman Priya Raman', 'Priya Raman', 'the cuts "a betrayal of '),
    ('said', 'Raman', 'Priya Raman', 'the government had promi'),
    ('said', 'she', 'Priya Raman', 'They promised a revoluti'),
    ('said', 'The Rail Industry Association', 'Rail Industry Association', 'the cuts would cost jobs'),
    ('said', 'It', 'Rail Industry Association', 'suppliers had already po'),
    ('said', 'Llewellyn, who was appointed in June', 'Gareth Llewellyn', 'he would meet the associ'),
    ('said', 'The minister', 'Gareth Llewellyn', 'he understood its concer'),
    ('said', "the prime minister's spokesman", "prime minister's spokesman", 'the government stood by '),
]
SPEAKERS["obituary"] = [
    ('said', 'his family', "Ray Coltrane's family", '"Fingers" Coltrane, the '),
    ('said', 'his daughter, Marcia Coltrane', 'Marcia Coltrane', 'Coltrane died peacefully'),
    ('said', 'she', 'Marcia Coltrane', 'He was playing until the'),
    ('said', 'He', 'Ray Coltrane', 'he had learned more from'),
    ('said', 'Saxophonist Louis Bell, who toured with him in the 1970s', 'Louis Bell', 'Fingers was the most gen'),
    ('said', 'Bell', 'Louis Bell', 'He made everyone around '),
    ('said', 'The New Orleans Jazz Society', 'New Orleans Jazz Society', 'it would hold a tribute '),
    ('said', 'Its director, Joanne Price', 'Joanne Price', 'the city had lost a lege'),
]
SPEAKERS["port"] = [
    (':', 'port boss', 'Douglas Reid', 'Nobody wins from this'),
    ('has warned', 'The head of Kelmouth Harbour', 'head of Kelmouth Harbour', 'a strike by dock workers'),
    ('said', "Douglas Reid, the port's chief executive", 'Douglas Reid', 'ships were already being'),
    ('said', 'he', 'Douglas Reid', 'Nobody wins from this'),
    ('said', 'Union leader Shauna McAllister', 'Shauna McAllister', 'the warning was "scaremo'),
    ('said', 'She', 'Shauna McAllister', 'the company had made rec'),
    ('said', 'Reid', 'Douglas Reid', 'the offer was final'),
    ('said', 'He', 'Douglas Reid', 'the company could not af'),
    ('said', 'She', 'Shauna McAllister', 'the company had paid its'),
]
SPEAKERS["cabinet"] = [
    ('said', 'Pritchard', 'Owen Pritchard', 'the schools were needed '),
    ('said', 'He', 'Owen Pritchard', 'classrooms in the north '),
    ('said', 'Mensah', 'David Mensah', 'the budget could not str'),
    ('said', 'He', 'David Mensah', 'borrowing more would pus'),
    ('replied', 'Pritchard', 'Owen Pritchard', 'doing nothing would cost'),
    ('said', 'the education minister', 'Owen Pritchard', 'Children only get one ch'),
    ('said', 'Mensah', 'David Mensah', 'We all want new schools'),
    ('said', 'Officials at the finance ministry', 'Officials at the finance ministry', 'a compromise was likely'),
    ('said', 'Pritchard, 45', 'Owen Pritchard', 'he was confident of a de'),
    ('said', 'The ministry', 'finance ministry', 'it would publish its pla'),
]

#: (article, cue, source, the content's first words, the speaker a reader gives): still wrong
KNOWN = [
    # a body called by its kind in a report's tail before its name is read ('Rovers have signed X, the club announced')
    ("transfer", "announced", "the club", "Rovers have completed th", "Rovers"),
    # a union its members' report names only in the next paragraph
    ("strike", "said", "their union", "Dock workers at the port", "Transport Workers' Union"),
    # the nickname alone as a subject the parser read as a plural noun: no report, so 'he' goes back to Bell
    ("obituary", "said", "he", "I just wanted to play", "Ray Coltrane"),
    # a quotation whose speaker the next sentence names ('The words came from X'): read as the last speaker's
    ("port", "said", "She", "members were ready to st", "Sam Okafor"),
]
