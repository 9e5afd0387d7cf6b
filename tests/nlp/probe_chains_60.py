# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twenty-six short articles written for the sixtieth session's probe of speakers over long
stretches (helper F): a potter's profile, a novelist's interview written up as prose, a chef's
Q&A, a radio Q&A with the interviewer's name, a lock keeper's 'as told to' piece, a rugby match,
a women's football final, a cycling stage, a couple's bakery, two brothers' garage, a tenant's
case against her landlord, a rail union, a market stall seen first in a caption, a blind sailor
named only in the headline, a flood feature whose quotations are named in the next paragraph,
two chess players, three women at a night market, a Brazilian glaciologist, a retired
headmaster's family, a boxing rematch, an actor and his director, two farming sisters, a ferry
skipper and his deckhand, two co-founders, a party's count night and a marathon.

They hold pronoun chains over several paragraphs ('She said ... She added ... "X," she said.'
with another woman named between), two people of one sex taking turns, epithets for a person
named before ('the coach', 'the 31-year-old', 'the Brazilian', 'the former champion'), surname-
only and first-name-only later mentions, couples and siblings sharing a family name ('the
Ferraros', 'his wife', 'the brothers', 'both women', 'the pair'), 'they' for an organisation,
speakers named only in a caption line or a headline, quotations whose speaker is named in the
next paragraph, a 'Q:' / 'A:' block, a block of name labels, and a first-person piece 'as told
to' a writer (its narrator's reports are the named subject's).

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong (or finds
no report for), with the speaker a reader gives. Every name, figure and sentence is made up.
Read by ``test_probe_findings_60_chains``."""

ARTICLES = {}
ARTICLES["potter"] = """The potter who fires her kiln with driftwood

Wren Halloway has made pots in the same stone barn at Kelderby for thirty years.

Wren, 58, said she had taught herself to throw on a wheel she found in a skip. She said the first hundred pots had all cracked.

Her husband, Abel, builds the kilns. He said the driftwood burned hotter than any timber he had bought.

"It comes in with every storm," Abel said. "We never run short."

Wren says the ash leaves a green glaze that no recipe can copy. She added that collectors in Japan had started to ask for it.

"I thought people would find them ugly," she said.

Abel said the couple would open the barn to visitors in August.
"""
ARTICLES["novelist"] = """Novelist Ines Marwood on the book that nearly broke her

Ines Marwood wrote her fourth novel in a caravan on the edge of a sugar beet field.

She said she had needed a place where nobody could find her. She said the caravan had no heating and one working socket.

Her editor, Judith Kerr-Blane, had been waiting for the manuscript for three years. Kerr-Blane said she had never doubted it would come.

Marwood said the book had been rewritten from the first page twice. She added that she had thrown away 90,000 words.

"I burned them in the field," she said. "It was the best evening of the year."

Judith said the final draft had arrived by post in a shoebox.

The novelist said her next book would be shorter.
"""
ARTICLES["chef_qa"] = """Ten minutes with chef Tomasz Wierzba

Tomasz Wierzba runs Skorupa, a twelve-seat restaurant above a tyre shop in Lodz. He talked to us about soup, debt and his grandmother.

Q: Why above a tyre shop?
A: The rent was the lowest in the city, and the landlord liked my soup.

Q: Who taught you to cook?
A: My grandmother. She said a cook who wastes bread should be sent home.

Q: Is the restaurant making money?
A: Not yet. My accountant says we will break even next year.

Wierzba said he would not open a second restaurant.
"""
ARTICLES["radio_qa"] = """Interview: the lifeguard who swam the length of Loch Brenn

Moira Dunstable, 44, swam the 22 miles of Loch Brenn in July. She spoke to Harriet Gowan of Radio Westerly.

GOWAN: How cold was the water?
DUNSTABLE: Eleven degrees at the start and nine at the end. My feet went numb after an hour.

GOWAN: Did you think of stopping?
DUNSTABLE: Twice. My coach shouted that I was halfway when I was not.

Gowan said the station had received hundreds of messages about the swim.

Dunstable said she would swim the loch again next summer.
"""
ARTICLES["lock_keeper"] = """'The canal taught me patience'

Gordon Fairlie, 71, has kept Lock 14 on the Ashby Canal since 1979. As told to Rhea Banerjee.

I was born two fields from the lock. My father always said the canal would outlast the railways.

When I took the job the gates were rotten. I told the canal company they would fail within a year. They said there was no money for new ones.

The gates failed in the winter of 1980. The company said it had been a freak flood.

My wife, Morag, says I love the lock more than her. She is probably right.

I have told the trust I will retire next spring.
"""
ARTICLES["rugby"] = """Harrowgate edge Tynebridge in the rain

Harrowgate beat Tynebridge 17-15 at Priory Lane on Saturday, with a late penalty from Josh Ellery.

Ellery said he had not seen the posts through the rain. The 31-year-old said he had kicked by memory.

Harrowgate's coach, Mark Tennant, said the forwards had won the game. The coach said Ellery had been the calmest man on the pitch.

Tynebridge's captain, Ross Kinloch, said his side had been robbed by the referee. Kinloch said two of their tries should have been given.

The Scot said he would not criticise the referee in public.

"We will see them again in March," Kinloch said.

Tennant said his side would rest four players next week.
"""
ARTICLES["cup_final"] = """Corby Ladies lift the county cup

Corby Ladies beat Wellmere 2-1 in the county cup final on Sunday, with two goals from Anya Petrakis.

Petrakis, 19, said she had been sick with nerves before kick-off. She said the second goal had gone in off her knee.

Wellmere's captain, Shona Birtles, said her side had missed too many chances. She said the referee had been fair.

Corby's manager, Lisa Oduya, said Petrakis would be a professional within two years.

"She is the best young player I have coached," Oduya said.

The teenager said she wanted to finish school first. She added that her mother would not let her leave.

Birtles said Wellmere would be back next year.
"""
ARTICLES["cycling"] = """Colombian takes the lead on the climb to Col de Vars

Andres Quintero won the ninth stage on Tuesday and took the leader's jersey from Pieter Verhaegen.

The Colombian said he had attacked with four kilometres to go because his legs felt light. Quintero said the jersey was for his father.

Verhaegen, the former champion, lost more than two minutes. The Belgian said he had had a bad day.

The former champion said the race was not over. He said the time trial on Saturday would suit him.

Quintero's team director, Jaime Ruales, said the team would defend the jersey. He said nobody expected it.

The 26-year-old said he would sleep well tonight.
"""
ARTICLES["bakery"] = """The Ferraros bake their last loaf

After 41 years, Paolo and Lucia Ferraro are closing the bakery on Mill Street.

The Ferraros said they had decided in January. They said the ovens needed replacing and neither of their children wanted the shop.

Paolo said he had started work at four every morning since 1983. His wife said she had not had a lie-in since their wedding.

"I will sleep until nine," Lucia said. "Every day."

A regular customer, Dennis Hale, said the street would not be the same. He said he had bought the same loaf every Saturday for twenty years.

The pair said they would hand out the last loaves for free on Saturday.
"""
ARTICLES["garage"] = """Brothers keep the family garage going

Dario and Luca Benedetti took over their father's garage in Pellworth when he retired in 2015.

Dario, the elder, said the work had changed more in ten years than in the forty before. He said half the cars they see are now electric.

Luca said he had trained as an electrician before he joined. He said the training had saved the business.

"Our father still comes in every morning," Dario said. "He checks our work."

The brothers said they had no plans to sell. Luca said his son might join them one day.

Both men said they would keep the old petrol pump outside.
"""
ARTICLES["tenant"] = """Tenant wins damp case against landlord

A tribunal ordered a landlord in Selworth to repay a year's rent to a tenant whose flat was covered in mould.

The tenant, Alice Brennock, said she had complained eleven times. She said her daughter had been in hospital twice with asthma.

Her lawyer, Ruth Sandler, said the ruling should warn every landlord in the town.

The landlord, Vernon Pask, said he had sent a builder twice. His lawyer said Pask would appeal.

Brennock said she had moved to a new flat in March. "I just want it over," she said.

Sandler said the tribunal had also fined Pask 2,000 pounds.
"""
ARTICLES["rail_union"] = """Rail union calls a strike over night shifts

The Fenwick Rail Union said on Monday that its members would strike for three days in May.

They said the company had cut night-shift pay without warning. They said talks had broken down on Friday.

The union's general secretary, Callum Reid, said the members had voted by nine to one.

Northway Trains said it was disappointed. It said it had offered the union a new deal in April.

The company said most trains would still run. Reid said the union would meet the company again on Thursday.
"""
ARTICLES["caption_stall"] = """Deventer's cheese market turns 600

Photo: Marguerite Osterhout at her stall on the Brink, where she has sold cheese for 35 years.

The cheese market in Deventer held its 600th fair on Saturday, with more than 200 stalls.

"My grandmother sold cheese on this square," she said. "So did her mother."

Osterhout said the market had nearly closed in the 1990s. She said young people had brought it back.

The town's mayor, Ron Kuipers, said 40,000 visitors had come.

He said the town would pay for a new roof over the stalls.
"""
ARTICLES["headline_sailor"] = """Blind sailor Idris Pennock crosses the Atlantic alone

The 62-year-old reached Antigua on Thursday, 31 days after leaving the Canary Islands.

He said he had sailed by sound and by the feel of the wind. He said a voice on his satellite phone had read him the charts every morning.

His daughter, Carys, said the family had not slept for a month. She said her father had been calm on every call.

Pennock said the worst night had been the eleventh, when the boat was knocked flat.

"I thought I had lost the mast," he said.
"""
ARTICLES["flood_feature"] = """A year after the water came

"We lost everything in one night."

Ilse Brandt, 63, still keeps the waterline on her kitchen wall. The river rose 1.8 metres in March last year.

"The insurers sent a man in May. He looked at the wall and left."

That is how her neighbour, Jurgen Wolff, remembers the claim. Wolff said the street had waited six months for any money.

Brandt said she had moved back in October. She said the house still smelled of the river.

The town's flood officer, Katrin Maier, said new walls would be built by 2027.
"""
ARTICLES["chess"] = """Two old rivals meet again in Reykjavik

Viktor Halloran and Emil Sorensen will play a twelve-game match in Reykjavik from Monday, 25 years after their first.

Halloran said he had not slept well since the draw. Sorensen said he had never felt better.

The Irishman said he had prepared a new opening. The Dane said he had heard that before.

"He says that every time," Sorensen said.

Halloran said he had great respect for his opponent. He said Sorensen was the best defender of his generation.

Both men said the match would be their last.
"""
ARTICLES["night_market"] = """Three women and a night market

Every Friday, three women set up their stalls in the car park behind the Old Exchange.

Nadia Farouk sells spiced lamb wraps. She said she had started the market with one table in 2019.

Beatriz Lopes sells custard tarts. She said she had joined after tasting Nadia's lamb. Farouk said Lopes had been her first customer.

Chen Meiling, who sells dumplings, joined last year. She said the other two had taught her how to deal with the council.

"They told me to always bring a fire blanket," Chen said.

Lopes said the council had given the market a licence until 2028. She said they would ask for a second night.

Nadia said she would never leave.
"""
ARTICLES["glaciologist"] = """The Brazilian who measures Greenland's ice

Luana Ferreira grew up in Recife, where it has never snowed. She now spends four months a year on the Greenland ice sheet.

The 34-year-old said she had seen snow for the first time at 23. The Brazilian said she had cried.

Ferreira's team drills cores to measure how fast the ice is melting. She said the last two summers had broken every record.

Her supervisor, Professor Anders Holm, said Ferreira had found a new way to date the cores. He said the method would be published in March.

The glaciologist said she worried about the ice every night. "It does not come back," she said.
"""
ARTICLES["headmaster"] = """Headmaster retires after 33 years at Ashgrove

Robert Kell, the headmaster of Ashgrove Primary, retired on Friday after 33 years.

Kell said the school had been in special measures when he arrived. He said it had been rated outstanding three times since.

His wife, Sandra, taught at the school for twenty years. She said he had never missed a sports day.

His daughter, Emma Kell, said her father had missed her own sports days to be at the school. She said she had forgiven him.

A former pupil, Darren Mott, said Kell had kept him from being expelled. "He gave me a second chance," Mott said.

The headmaster said he would spend his retirement fishing.
"""
ARTICLES["boxing"] = """Former champion wants a rematch with Cardenas

Lee Dawkins, who lost his lightweight title to Ruben Cardenas in June, said on Wednesday that he wanted a rematch.

The former champion said the fight had been stopped too early. He said he had never been knocked down.

Cardenas said Dawkins was welcome to a rematch. The Mexican said he would win again.

Dawkins's trainer, Eddie Holt, said his fighter had been ill before the bout. Holt said the team had kept it quiet.

"Lee was not himself," Holt said.

Dawkins said the rematch could be in December. The 29-year-old said he would move up a weight if it did not happen.
"""
ARTICLES["theatre"] = """Actor and director reunite for King Lear

Simon Achterberg will play Lear at the Corn Exchange in October, directed by Owen Marr, who cast him in his first role forty years ago.

Achterberg said he had turned down the part twice. He said he had not felt old enough.

Marr said he had asked every five years. He said Achterberg was the only Lear he wanted.

"Owen is very patient," Achterberg said.

The director said rehearsals would start in August. He said the production would tour in the spring.

The actor said it would be his last Shakespeare.
"""
ARTICLES["sisters"] = """Sisters bring sheep back to Hollin Fell

Kate and Fiona Ambler have put 300 sheep back on Hollin Fell, which their grandfather farmed until 1970.

Kate said the fell had been empty for fifty years. She said the grass had grown too long for the birds.

Fiona, who is a vet, said the flock had been chosen for the cold. She said they were a breed her grandfather had kept.

The sisters said the national park had paid for the fencing. Both women said they would sell the wool locally.

Kate said she had wanted to farm since she was six.
"""
ARTICLES["ferry"] = """Skipper of the Skye ferry retires after 40 years

Angus Beaton has skippered the Kyle ferry since 1985. On Friday he made his last crossing.

The skipper said he had made about 90,000 crossings. He said he had lost count after 1990.

His deckhand, Ewan Macrae, has worked beside him for twenty years. Macrae said Beaton had never once been late.

Beaton said the worst crossing had been in the storm of 1998. "We should not have sailed," he said.

Macrae said he would take over as skipper in March. He said Beaton had promised to be his first passenger.
"""
ARTICLES["founders"] = """Two founders sell their seaweed firm

Priya Nandakumar and Hollie Grieve, who founded Kelpworks in a garage in 2018, have sold the firm to a Danish food group.

The pair said they would stay on for two years. They said the sale would let the firm build a factory.

Nandakumar said the first batch of seaweed crisps had been inedible. Grieve said they had eaten them anyway.

Kelpworks said it employed 48 people. It said none would lose their jobs.

The buyer, Norvik Foods, said Kelpworks would keep its name. Grieve said that had been their one condition.
"""
ARTICLES["count_night"] = """Greens take Bramley ward by eleven votes

The Green Party won the Bramley ward by eleven votes after a recount that ended at four in the morning.

Their candidate, Joanne Pilbeam, said she had not believed the first count. She said her agent had asked for the recount.

The Greens said it was their first seat on the council. They said they would push for a new bus route.

The Labour candidate, Mary Clough, said she would not challenge the result. She said Pilbeam had fought a fair campaign.

Pilbeam said she would hold her first surgery on Saturday.
"""
ARTICLES["marathon"] = """Kenyan veteran wins Arkholm marathon

Josphat Kiprono won the Arkholm marathon on Sunday in 2 hours 9 minutes, seven years after his last win here.

The 41-year-old said he had nearly stopped at 30 kilometres. The Kenyan said the crowd had carried him.

The women's race was won by Hiwot Desta of Ethiopia. She said she had run the second half faster than the first.

Kiprono's coach, Daniel Rotich, said the runner would now retire. Kiprono said he had not decided.

Desta said she would run in Berlin in September.
"""
SPEAKERS = {}
SPEAKERS['potter'] = [
    ('said', 'Wren, 58', 'Wren Halloway', 'she had taught herself to'),
    ('said', 'She', 'Wren Halloway', 'the first hundred pots ha'),
    ('said', 'He', 'Abel Halloway', 'the driftwood burned hott'),
    ('said', 'Abel', 'Abel Halloway', 'It comes in with every st'),
    ('says', 'Wren', 'Wren Halloway', 'the ash leaves a green gl'),
    ('added', 'She', 'Wren Halloway', 'collectors in Japan had s'),
    ('said', 'she', 'Wren Halloway', 'I thought people would fi'),
    ('said', 'Abel', 'Abel Halloway', 'the couple would open the'),
]
SPEAKERS['novelist'] = [
    ('said', 'She', 'Ines Marwood', 'she had needed a place wh'),
    ('said', 'She', 'Ines Marwood', 'the caravan had no heatin'),
    ('said', 'Kerr-Blane', 'Judith Kerr-Blane', 'she had never doubted it '),
    ('said', 'Marwood', 'Ines Marwood', 'the book had been rewritt'),
    ('added', 'She', 'Ines Marwood', 'she had thrown away 90,00'),
    ('said', 'she', 'Ines Marwood', 'I burned them in the fiel'),
    ('said', 'Judith', 'Judith Kerr-Blane', 'the final draft had arriv'),
]
SPEAKERS['chef_qa'] = [
    ('talked', 'He', 'Tomasz Wierzba', 'about soup, debt and his '),
    (':', 'A', 'Tomasz Wierzba', 'The rent was the lowest i'),
    (':', 'A', 'Tomasz Wierzba', 'My grandmother. She said '),
    (':', 'A', 'Tomasz Wierzba', 'Not yet. My accountant sa'),
    ('said', 'Wierzba', 'Tomasz Wierzba', 'he would not open a secon'),
]
SPEAKERS['radio_qa'] = [
    (':', 'DUNSTABLE', 'Moira Dunstable', 'Eleven degrees at the sta'),
    (':', 'DUNSTABLE', 'Moira Dunstable', 'Twice. My coach shouted t'),
    ('said', 'Gowan', 'Harriet Gowan', 'the station had received '),
    ('said', 'Dunstable', 'Moira Dunstable', 'she would swim the loch a'),
]
SPEAKERS['lock_keeper'] = [
    ('said', 'My father', "Gordon Fairlie's father", 'the canal would outlast t'),
    ('told', 'I', 'Gordon Fairlie', 'they would fail within a '),
    ('says', 'My wife, Morag', 'Morag Fairlie', 'I love the lock more than'),
    ('have told', 'I', 'Gordon Fairlie', 'I will retire next spring'),
]
SPEAKERS['rugby'] = [
    ('said', 'Ellery', 'Josh Ellery', 'he had not seen the posts'),
    ('said', 'The 31-year-old', 'Josh Ellery', 'he had kicked by memory'),
    ('said', "Harrowgate's coach, Mark Tennant", 'Mark Tennant', 'the forwards had won the '),
    ('said', 'The coach', 'Mark Tennant', 'Ellery had been the calme'),
    ('said', "Tynebridge's captain, Ross Kinloch", 'Ross Kinloch', 'his side had been robbed '),
    ('said', 'Kinloch', 'Ross Kinloch', 'two of their tries should'),
    ('said', 'The Scot', 'Ross Kinloch', 'he would not criticise th'),
    ('said', 'Kinloch', 'Ross Kinloch', 'We will see them again in'),
    ('said', 'Tennant', 'Mark Tennant', 'his side would rest four '),
]
SPEAKERS['cup_final'] = [
    ('said', 'Petrakis, 19', 'Anya Petrakis', 'she had been sick with ne'),
    ('said', 'She', 'Anya Petrakis', 'the second goal had gone '),
    ('said', "Wellmere's captain, Shona Birtles", 'Shona Birtles', 'her side had missed too m'),
    ('said', 'She', 'Shona Birtles', 'the referee had been fair'),
    ('said', "Corby's manager, Lisa Oduya", 'Lisa Oduya', 'Petrakis would be a profe'),
    ('said', 'Oduya', 'Lisa Oduya', 'She is the best young pla'),
    ('said', 'The teenager', 'Anya Petrakis', 'she wanted to finish scho'),
    ('added', 'She', 'Anya Petrakis', 'her mother would not let '),
    ('said', 'Birtles', 'Shona Birtles', 'Wellmere would be back ne'),
]
SPEAKERS['cycling'] = [
    ('said', 'The Colombian', 'Andres Quintero', 'he had attacked with four'),
    ('said', 'Quintero', 'Andres Quintero', 'the jersey was for his fa'),
    ('said', 'The Belgian', 'Pieter Verhaegen', 'he had had a bad day'),
    ('said', 'He', 'Pieter Verhaegen', 'the time trial on Saturda'),
    ('said', "Quintero's team director, Jaime Ruales", 'Jaime Ruales', 'the team would defend the'),
    ('said', 'He', 'Jaime Ruales', 'nobody expected it'),
]
SPEAKERS['bakery'] = [
    ('said', 'The Ferraros', 'Paolo Ferraro and Lucia Ferraro', 'they had decided in Janua'),
    ('said', 'They', 'Paolo Ferraro and Lucia Ferraro', 'the ovens needed replacin'),
    ('said', 'Paolo', 'Paolo Ferraro', 'he had started work at fo'),
    ('said', 'His wife', 'Lucia Ferraro', 'she had not had a lie-in '),
    ('said', 'Lucia', 'Lucia Ferraro', 'I will sleep until nine'),
    ('said', 'A regular customer, Dennis Hale', 'Dennis Hale', 'the street would not be t'),
    ('said', 'He', 'Dennis Hale', 'he had bought the same lo'),
    ('said', 'The pair', 'Paolo Ferraro and Lucia Ferraro', 'they would hand out the l'),
]
SPEAKERS['garage'] = [
    ('said', 'Dario, the elder', 'Dario Benedetti', 'the work had changed more'),
    ('said', 'He', 'Dario Benedetti', 'half the cars they see ar'),
    ('said', 'Luca', 'Luca Benedetti', 'he had trained as an elec'),
    ('said', 'He', 'Luca Benedetti', 'the training had saved th'),
    ('said', 'Dario', 'Dario Benedetti', 'Our father still comes in'),
    ('said', 'The brothers', 'Dario Benedetti and Luca Benedetti', 'they had no plans to sell'),
    ('said', 'Luca', 'Luca Benedetti', 'his son might join them o'),
    ('said', 'Both men', 'Dario Benedetti and Luca Benedetti', 'they would keep the old p'),
]
SPEAKERS['tenant'] = [
    ('ordered', 'A tribunal', 'tribunal', 'a landlord in Selworth to'),
    ('said', 'The tenant, Alice Brennock', 'Alice Brennock', 'she had complained eleven'),
    ('said', 'She', 'Alice Brennock', 'her daughter had been in '),
    ('said', 'Her lawyer, Ruth Sandler', 'Ruth Sandler', 'the ruling should warn ev'),
    ('said', 'The landlord, Vernon Pask', 'Vernon Pask', 'he had sent a builder twi'),
    ('said', 'His lawyer', "Vernon Pask's lawyer", 'Pask would appeal'),
    ('said', 'Brennock', 'Alice Brennock', 'she had moved to a new fl'),
    ('said', 'she', 'Alice Brennock', 'I just want it over'),
    ('said', 'Sandler', 'Ruth Sandler', 'the tribunal had also fin'),
]
SPEAKERS['rail_union'] = [
    ('said', 'The Fenwick Rail Union', 'Fenwick Rail Union', 'its members would strike '),
    ('said', 'They', 'Fenwick Rail Union', 'the company had cut night'),
    ('said', 'They', 'Fenwick Rail Union', 'talks had broken down on '),
    ('said', "The union's general secretary, Callum Reid", 'Callum Reid', 'the members had voted by '),
    ('said', 'Northway Trains', 'Northway Trains', 'it was disappointed'),
    ('said', 'It', 'Northway Trains', 'it had offered the union '),
    ('said', 'The company', 'Northway Trains', 'most trains would still r'),
    ('said', 'Reid', 'Callum Reid', 'the union would meet the '),
]
SPEAKERS['caption_stall'] = [
    ('said', 'Osterhout', 'Marguerite Osterhout', 'the market had nearly clo'),
    ('said', 'She', 'Marguerite Osterhout', 'young people had brought '),
    ('said', "The town's mayor, Ron Kuipers", 'Ron Kuipers', '40,000 visitors had come'),
    ('said', 'He', 'Ron Kuipers', 'the town would pay for a '),
]
SPEAKERS['headline_sailor'] = [
    ('said', 'His daughter, Carys', 'Carys Pennock', 'the family had not slept '),
    ('said', 'She', 'Carys Pennock', 'her father had been calm '),
    ('said', 'Pennock', 'Idris Pennock', 'the worst night had been '),
    ('said', 'he', 'Idris Pennock', 'I thought I had lost the '),
]
SPEAKERS['flood_feature'] = [
    ('said', 'Wolff', 'Jurgen Wolff', 'the street had waited six'),
    ('said', 'Brandt', 'Ilse Brandt', 'she had moved back in Oct'),
    ('said', 'She', 'Ilse Brandt', 'the house still smelled o'),
    ('said', "The town's flood officer, Katrin Maier", 'Katrin Maier', 'new walls would be built '),
]
SPEAKERS['chess'] = [
    ('said', 'Halloran', 'Viktor Halloran', 'he had not slept well sin'),
    ('said', 'Sorensen', 'Emil Sorensen', 'he had never felt better'),
    ('said', 'The Dane', 'Emil Sorensen', 'he had heard that before'),
    ('said', 'Sorensen', 'Emil Sorensen', 'He says that every time'),
    ('said', 'Halloran', 'Viktor Halloran', 'he had great respect for '),
    ('said', 'He', 'Viktor Halloran', 'Sorensen was the best def'),
    ('said', 'Both men', 'Viktor Halloran and Emil Sorensen', 'the match would be their '),
]
SPEAKERS['night_market'] = [
    ('said', 'She', 'Nadia Farouk', 'she had started the marke'),
    ('said', 'She', 'Beatriz Lopes', 'she had joined after tast'),
    ('said', 'Farouk', 'Nadia Farouk', 'Lopes had been her first '),
    ('said', 'She', 'Chen Meiling', 'the other two had taught '),
    ('said', 'Chen', 'Chen Meiling', 'They told me to always br'),
    ('said', 'Lopes', 'Beatriz Lopes', 'the council had given the'),
    ('said', 'She', 'Beatriz Lopes', 'they would ask for a seco'),
    ('said', 'Nadia', 'Nadia Farouk', 'she would never leave'),
]
SPEAKERS['glaciologist'] = [
    ('said', 'The 34-year-old', 'Luana Ferreira', 'she had seen snow for the'),
    ('said', 'The Brazilian', 'Luana Ferreira', 'she had cried'),
    ('said', 'She', 'Luana Ferreira', 'the last two summers had '),
    ('said', 'Her supervisor, Professor Anders Holm', 'Anders Holm', 'Ferreira had found a new '),
    ('said', 'He', 'Anders Holm', 'the method would be publi'),
]
SPEAKERS['headmaster'] = [
    ('said', 'Kell', 'Robert Kell', 'the school had been in sp'),
    ('said', 'He', 'Robert Kell', 'it had been rated outstan'),
    ('said', 'She', 'Sandra Kell', 'he had never missed a spo'),
    ('said', 'His daughter, Emma Kell', 'Emma Kell', 'her father had missed her'),
    ('said', 'She', 'Emma Kell', 'she had forgiven him'),
    ('said', 'A former pupil, Darren Mott', 'Darren Mott', 'Kell had kept him from be'),
    ('said', 'Mott', 'Darren Mott', 'He gave me a second chanc'),
    ('said', 'The headmaster', 'Robert Kell', 'he would spend his retire'),
]
SPEAKERS['boxing'] = [
    ('said', 'Lee Dawkins, who lost his lightweight title to Ruben Cardenas in June', 'Lee Dawkins', 'he wanted a rematch'),
    ('said', 'He', 'Lee Dawkins', 'he had never been knocked'),
    ('said', 'Cardenas', 'Ruben Cardenas', 'Dawkins was welcome to a '),
    ('said', 'The Mexican', 'Ruben Cardenas', 'he would win again'),
    ('said', "Dawkins's trainer, Eddie Holt", 'Eddie Holt', 'his fighter had been ill '),
    ('said', 'Holt', 'Eddie Holt', 'the team had kept it quie'),
    ('said', 'Holt', 'Eddie Holt', 'Lee was not himself'),
    ('said', 'Dawkins', 'Lee Dawkins', 'the rematch could be in D'),
    ('said', 'The 29-year-old', 'Lee Dawkins', 'he would move up a weight'),
]
SPEAKERS['theatre'] = [
    ('said', 'Achterberg', 'Simon Achterberg', 'he had turned down the pa'),
    ('said', 'He', 'Simon Achterberg', 'he had not felt old enoug'),
    ('said', 'Marr', 'Owen Marr', 'he had asked every five y'),
    ('said', 'He', 'Owen Marr', 'Achterberg was the only L'),
    ('said', 'Achterberg', 'Simon Achterberg', 'Owen is very patient'),
    ('said', 'The actor', 'Simon Achterberg', 'it would be his last Shak'),
]
SPEAKERS['sisters'] = [
    ('said', 'Kate', 'Kate Ambler', 'the fell had been empty f'),
    ('said', 'She', 'Kate Ambler', 'the grass had grown too l'),
    ('said', 'Fiona, who is a vet', 'Fiona Ambler', 'the flock had been chosen'),
    ('said', 'She', 'Fiona Ambler', 'they were a breed her gra'),
    ('said', 'The sisters', 'Kate Ambler and Fiona Ambler', 'the national park had pai'),
    ('said', 'Both women', 'Kate Ambler and Fiona Ambler', 'they would sell the wool '),
    ('said', 'Kate', 'Kate Ambler', 'she had wanted to farm si'),
]
SPEAKERS['ferry'] = [
    ('said', 'The skipper', 'Angus Beaton', 'he had made about 90,000 '),
    ('said', 'He', 'Angus Beaton', 'he had lost count after 1'),
    ('said', 'Macrae', 'Ewan Macrae', 'Beaton had never once bee'),
    ('said', 'Beaton', 'Angus Beaton', 'the worst crossing had be'),
    ('said', 'he', 'Angus Beaton', 'We should not have sailed'),
    ('said', 'Macrae', 'Ewan Macrae', 'he would take over as ski'),
    ('said', 'He', 'Ewan Macrae', 'Beaton had promised to be'),
]
SPEAKERS['founders'] = [
    ('said', 'The pair', 'Priya Nandakumar and Hollie Grieve', 'they would stay on for tw'),
    ('said', 'They', 'Priya Nandakumar and Hollie Grieve', 'the sale would let the fi'),
    ('said', 'Nandakumar', 'Priya Nandakumar', 'the first batch of seawee'),
    ('said', 'Grieve', 'Hollie Grieve', 'they had eaten them anywa'),
    ('said', 'Kelpworks', 'Kelpworks', 'it employed 48 people'),
    ('said', 'It', 'Kelpworks', 'none would lose their job'),
    ('said', 'The buyer, Norvik Foods', 'Norvik Foods', 'Kelpworks would keep its '),
    ('said', 'Grieve', 'Hollie Grieve', 'that had been their one c'),
]
SPEAKERS['count_night'] = [
    ('said', 'Their candidate, Joanne Pilbeam', 'Joanne Pilbeam', 'she had not believed the '),
    ('said', 'She', 'Joanne Pilbeam', 'her agent had asked for t'),
    ('said', 'The Labour candidate, Mary Clough', 'Mary Clough', 'she would not challenge t'),
    ('said', 'She', 'Mary Clough', 'Pilbeam had fought a fair'),
    ('said', 'Pilbeam', 'Joanne Pilbeam', 'she would hold her first '),
]
SPEAKERS['marathon'] = [
    ('said', 'The 41-year-old', 'Josphat Kiprono', 'he had nearly stopped at '),
    ('said', 'The Kenyan', 'Josphat Kiprono', 'the crowd had carried him'),
    ('said', 'She', 'Hiwot Desta', 'she had run the second ha'),
    ('said', "Kiprono's coach, Daniel Rotich", 'Daniel Rotich', 'the runner would now reti'),
    ('said', 'Kiprono', 'Josphat Kiprono', 'he had not decided'),
    ('said', 'Desta', 'Hiwot Desta', 'she would run in Berlin i'),
]
KNOWN = [
    # the headline's title before a name ('Novelist Ines Marwood on ...', a body to the NER) gives her no role a later 'the novelist' finds
    ('novelist', 'said', 'The novelist', 'her next book would be sh', 'Ines Marwood'),
    # 'they' and 'the company' for a body named only as an object ('I told the canal company'): none, and the bare noun
    ('lock_keeper', 'said', 'They', 'there was no money for ne', 'canal company'),
    ('lock_keeper', 'said', 'The company', 'it had been a freak flood', 'canal company'),
    # 'champion' is no role noun (as one, 'The champion offered a spirited defense of the title' reports): no speaker
    ('cycling', 'said', 'The former champion', 'the race was not over', 'Pieter Verhaegen'),
    # an age no one was given, after another man spoke: the last speaker, where the reader takes the stage winner
    ('cycling', 'said', 'The 26-year-old', 'he would sleep well tonig', 'Andres Quintero'),
    # a person named only in a caption line ('Photo: Marguerite Osterhout at her stall'), a sentence between: no 'she'
    ('caption_stall', 'said', 'she', 'My grandmother sold chees', 'Marguerite Osterhout'),
    # a place the NER tagged a person ('reached Antigua') takes the 'he' from the headline's sailor
    ('headline_sailor', 'said', 'He', 'he had sailed by sound an', 'Idris Pennock'),
    ('headline_sailor', 'said', 'He', 'a voice on his satellite ', 'Idris Pennock'),
    # a quotation whose speaker the next paragraph names ('That is how her neighbour, X, remembers the claim'): no record
    ('flood_feature', 'remembers', 'her neighbour, Jurgen Wolff', 'The insurers sent a man', 'Jurgen Wolff'),
    # a nationality the article never gave anyone: the last speaker (the reader guesses from the names too)
    ('chess', 'said', 'The Irishman', 'he had prepared a new ope', 'Viktor Halloran'),
    # a trade the article never gave anyone in so many words ('measures Greenland's ice'): kept bare, and the 'she' after it
    ('glaciologist', 'said', 'The glaciologist', 'she worried about the ice', 'Luana Ferreira'),
    ('glaciologist', 'said', 'she', 'It does not come back', 'Luana Ferreira'),
    # the same, with the headline's 'Former champion wants a rematch' before the lede's one subject
    ('boxing', 'said', 'The former champion', 'the fight had been stoppe', 'Lee Dawkins'),
    # a role given by a verb ('directed by Owen Marr'): kept bare, and the 'He' after it
    ('theatre', 'said', 'The director', 'rehearsals would start in', 'Owen Marr'),
    ('theatre', 'said', 'He', 'the production would tour', 'Owen Marr'),
    # a party's short plural name ('The Greens' after 'The Green Party'): kept as written, and the 'They' after it
    ('count_night', 'said', 'The Greens', 'it was their first seat o', 'Green Party'),
    ('count_night', 'said', 'They', 'they would push for a new', 'Green Party'),
]
