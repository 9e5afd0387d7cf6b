# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twenty short news articles written for the fifty-ninth session's pronoun and role probes
(helper I): a tram line, a lighthouse sale, a bank's leaked data, a court and a noisy bar, a
striker's transfer, a fraud trial, a state senate race, a tennis final, a hospital's night shift,
an audit of school meals, two climbers, a brass band, a lost trawler, a council newcomer, a
science prize, a beekeepers' cooperative, a school's uniform row, a minister's resignation, a
late frost and three midwives.
They hold 'she' and 'he' with two or three people of one sex in play (the last named subject,
the last speaker, the one the paragraph is about); a pronoun opening a paragraph after another's
quotation; 'it' for a ministry, a court, a firm and a report; 'they' for a named group, for two
named people and for 'officials'; a pronoun before its name ('Speaking on Monday, she said X,
Ines Carvalho added', 'In her statement, the minister said'); possessive sources ('her lawyer',
'his spokesman', "the company's chief executive"), a role for a named person ('the 41-year-old',
'the father of three', 'the veteran striker', 'the retired judge', 'the newcomer', 'the
Democrat', 'the Briton') and generic ones that name no one ('a nurse said', 'one resident said',
'another official said'); 'I' and 'we' inside quotations.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong (or finds
no report for), with the speaker a reader gives. Every name, figure and sentence is made up.
Read by ``test_probe_findings_59_pronouns``."""

ARTICLES = {}
ARTICLES["tram"] = """Tram line to Almeirim delayed by two years

The new tram line from the city centre to Almeirim will open two years late, the transport authority said on Monday.

Ines Carvalho, who chairs the authority, said the tunnel under the river had flooded twice. Marta Seixas, the chief engineer, said the pumps had failed in both floods.

Speaking to reporters on Monday, she said the contractor would pay for new pumps, Carvalho added.

"We will not pay twice for the same tunnel," Seixas said. She said the tunnel would be dry by the summer.

Carvalho said the authority would publish a new timetable in May.
"""
ARTICLES["lighthouse"] = """Ministry puts island lighthouse up for sale

The Ministry of Maritime Affairs said on Tuesday that it would sell the lighthouse on Skerra Island because ships no longer needed it.

It said the building would be sold with a duty to keep the lamp room open to visitors twice a year.

Islanders said they had not been told. Officials at the ministry said the sale had been planned for years. They said the island council had been sent a letter in March.

Another official said the ministry had received eleven offers.

Brodie Malcolm, who kept the light for nineteen years, said he would bid for it himself. "I know every step of that tower," he said.
"""
ARTICLES["breach"] = """Bank admits customers' data was leaked

Corran Bank said on Wednesday that the names and addresses of 40,000 customers had been posted online.

It said no passwords or account numbers had been taken. The company's chief executive, Alasdair Moyes, said he was sorry.

His spokesman said Moyes would meet the data regulator on Friday.

Fenella Rook, whose address was among those posted, said she had received three strange calls. "They knew my name and my street," she said. She said the bank had not written to her.

The bank said it would write to every customer by the end of the week.
"""
ARTICLES["bar"] = """Court orders riverside bar to close at ten

The High Court in Dunmarrow ordered the Lantern Bar to stop serving drinks after ten at night, ruling that its noise had harmed its neighbours.

It said the bar's owners had ignored three warnings from the council.

Edwin Scarrow, who lives above the bar, said he had not slept properly for two years. The retired judge said he had brought the case only after the council failed to act.

The bar's owner, Conor Duffy, said he would appeal. He said forty people would lose their jobs.

"I have never had a single complaint from a customer," Duffy said. Scarrow said he had nothing against the staff.
"""
ARTICLES["transfer"] = """Veteran striker Osei rejects move to Lisbon

Kwame Osei will stay at Harwick United after turning down an offer from a Lisbon club, his agent said on Thursday.

The 33-year-old striker has scored 140 goals for Harwick. Osei said he wanted to finish his career in England.

Harwick's manager, Paul Brennan, said the club had never wanted to sell him. He said Osei was the best finisher he had coached.

The veteran striker said he would sign a new contract next week. "My family is happy here," he said.

Brennan said the club would also sign a young striker in January.
"""
ARTICLES["fraud"] = """Former charity boss denies stealing funds

Harriet Quayle, the former director of the Brightwater children's charity, denied in court on Monday that she had taken 200,000 pounds from its accounts.

Her lawyer said the money had been paid to suppliers. The prosecutor, Gemma Lyle, said the suppliers did not exist.

Lyle said Quayle had opened three bank accounts under false names. She said the accounts had been emptied within a week.

Quayle's former deputy, Tom Rennick, told the court he had raised the alarm in 2022. He said he had been dismissed a month later.

The trial continues. Her lawyer said she would give evidence on Thursday.
"""
ARTICLES["senate"] = """Two men fight for open state senate seat

Two men are running for the state senate seat left open by the retirement of Senator Ruth Ames.

Dale Whitcombe, who runs a hardware store, is a Democrat. Gary Pruitt, a former sheriff, is a Republican. Whitcombe said he would cut property taxes. Pruitt said he would hire more deputies.

The Democrat said the county's roads were the worst in the state. Pruitt said Whitcombe had no plan to pay for them.

The former sheriff said he had the support of every police union in the county. Whitcombe said unions did not vote, people did.

Both men said they expected a close race.
"""
ARTICLES["tennis"] = """Briton reaches first final in Madrid

Eleanor Pask beat Marta Vidal 6-4 6-3 in Madrid on Friday to reach the first final of her career.

The Briton said she had played the best tennis of her life. Vidal said she had been unwell all week.

Pask will face Yulia Serova in the final. The 24-year-old said she had lost to Serova twice.

"She hits the ball harder than anyone," Pask said of Serova.

Serova said she had watched the match. She said Pask deserved to be in the final.

Vidal, who was the top seed, had not lost a set all week before the semi-final. She said her shoulder had hurt since Tuesday.
"""
ARTICLES["nightshift"] = """Hospital night shifts short of staff, nurses say

Nurses at St Oswin's Hospital said on Saturday that night shifts had been left with half the staff they needed.

A nurse said she had looked after fourteen patients alone on Wednesday night. Another nurse said the shortages had lasted since the spring.

The hospital's medical director, Dr Fiona Haldane, said agency nurses had been booked for every shift. She said some had not turned up.

One patient said he had waited four hours for painkillers. Another patient said the nurses had been kind but exhausted.

A spokesman for the health board said it would review staffing in the autumn.
"""
ARTICLES["meals"] = """Audit finds school meals cost more than promised

An audit of school meals in Kelsby found that each meal cost the council twice what the caterer had promised.

The report said the council had not checked the caterer's bills for three years. It said 1.2 million pounds had been paid for meals that were never served.

The council's leader, Janet Orme, said she had not seen the report before it was published. She said the caterer's contract would be ended.

The caterer, Hollin Foods, said the audit was wrong. It said every meal had been counted by the schools.

A parent said her son had been given cold pasta every day for a month.
"""
ARTICLES["climbers"] = """Two climbers rescued after night on mountain

Two climbers who spent a night on Ben Corrach after a rockfall were rescued by helicopter on Sunday.

Niamh Doherty and Saoirse Flynn, both from Galway, set out on Saturday morning. A rockfall blocked their way down in the afternoon. They said they had sheltered under a ledge. They said they had eaten their last chocolate at midnight.

The mountain rescue team's leader, Iain Munro, said the pair had done everything right. He said they had phoned for help before their batteries ran out.

Doherty said she had climbed the mountain nine times. "We thought we knew it," she said. Flynn said they would go back next summer.
"""
ARTICLES["band"] = """Brass band loses its practice hall

The Pelling Colliery Band has been told it must leave the hall where it has practised for 90 years.

The band said the church that owns the hall had sold it to a developer. They said they had nowhere to store their instruments.

The band's conductor, Wendy Gould, said the players would practise in a school gym for now. She said the band had played at every town festival since 1934.

The church said it had tried to find the band a new home. It said the hall needed a new roof it could not afford.

A trombonist said the band might not survive a year without a hall.
"""
ARTICLES["trawler"] = """Fishermen's families ask for search to resume

The families of three men lost when the trawler Morning Star sank off Kerrin Head asked on Monday for the search to resume.

Sean Tierney, the skipper, had fished for thirty years. The father of three told a radio station last year that the boats were getting older.

His wife, Roisin, said he had gone out despite the forecast.

The coastguard said it had searched for four days. It said the search would resume if anything was found.

Roisin Tierney said the families would hire a boat of their own. "We will not leave them out there," she said.

A local councillor, Declan Ward, said the harbour would hold a vigil on Friday. He said the whole town was grieving.
"""
ARTICLES["newcomer"] = """Newcomer wins council seat from veteran

Priya Sethi, who moved to Ashford Vale three years ago, has won the Riverside ward seat from Harold Finch, who had held it since 1994.

The newcomer said she had knocked on every door in the ward. Finch said he was proud of his thirty years on the council.

The 36-year-old said her first task would be the ward's broken streetlights. The former councillor said he would keep helping residents.

One resident said she had voted for Finch for thirty years but switched this time. Another resident said he did not know who either candidate was.
"""
ARTICLES["prize"] = """Three women share chemistry prize

Three chemists, Hanna Lindqvist, Amara Osei-Bonsu and Claire Dufresne, will share this year's Vander Prize for their work on batteries that use salt.

Lindqvist, who leads the team in Uppsala, said the prize belonged to the students. Osei-Bonsu said the salt batteries could be in cars within ten years.

Dufresne was not at the ceremony. In her statement, she said she was honoured.

Lindqvist said the three had met at a conference in 2015. She said they had written to each other every week since.

"We argue about everything," Osei-Bonsu said. She said the arguments had made the work better.
"""
ARTICLES["bees"] = """Beekeepers' cooperative blames pesticide for losses

The Thornbury Beekeepers' Cooperative said on Tuesday that its members had lost half their hives over the winter.

Its chairman, Gareth Price, said a pesticide sprayed on nearby fields was to blame. "We have never seen losses like this," he said. "I lost eleven hives in a week."

The farmers' union said the pesticide was approved and safe. It said the cold winter had killed the bees.

Price said the cooperative would send dead bees to a laboratory. He said the results would take a month.

A beekeeper said she would not buy new bees until the spraying stopped.
"""
ARTICLES["uniform"] = """Parents angry at new school uniform rules

Parents at Castlemead Academy said on Wednesday that the school's new uniform would cost them 150 pounds a child.

The head teacher, Simon Aldous, said the uniform would be cheaper than most. "We have chosen the cheapest supplier we could find," he said.

He said families who could not pay would get help. A parent, Matthew Cole, said the school had not asked anyone.

"Nobody asked us whether we wanted blazers," Cole said.

He said he would not buy one. Aldous said the school would hold a meeting for parents next week.
"""
ARTICLES["minister"] = """Health minister resigns over hospital contract

The health minister, Lucia Ferrante, resigned on Thursday after a newspaper reported that her brother's firm had won a hospital contract.

In her statement, the minister said she had not known about the contract. She said she was resigning so that the inquiry could be fair.

The prime minister, Giulia Serra, said she had accepted the resignation with regret. She said Ferrante had been an excellent minister.

Ferrante's brother, Paolo Ferrante, said his firm had won the contract fairly. His lawyer said he would give the inquiry every document it asked for.

The opposition leader said the government had known for months.
"""
ARTICLES["orchard"] = """Late frost destroys apple blossom in Hardanger

Frost in May has destroyed most of this year's apple blossom in Hardanger, growers said on Friday.

Tomas Berg, whose family has grown apples there since 1890, said he had lost nine in ten blossoms. His neighbour, Lars Vik, said his trees had been spared because they stood higher up the slope.

"I have never seen a frost this late," Berg said.

Vik, who also chairs the growers' association, had asked the government for help in April. He said the association would ask again.

The agriculture ministry said it would send inspectors next week. A spokeswoman said they would visit every farm.

Berg said he would plant pears instead.
"""
ARTICLES["midwives"] = """Three midwives quit maternity ward in one week

Three midwives at Carrow General Hospital have resigned in a week, leaving its maternity ward short of staff.

Joanna Pryce, who led the ward for eleven years, said the last straw had been a cut to night pay. Her deputy, Alison Marsh, said she had been working sixty hours a week.

The hospital's chief nurse, Dr Helen Okoro, said both women had been asked to stay. She said night pay had not been cut, only moved to a new scale.

"Nobody explained the new scale to us," said Marsh.

She said she would start at a hospital in Bristol in June. A colleague said Pryce was the best midwife she had worked with.

Pryce has lived in Carrow all her life. The mother of two said she would miss the ward.

Pryce said later that she had not decided what to do next.
"""
SPEAKERS = {}
SPEAKERS['tram'] = [
    ('said', 'the transport authority', 'transport authority', 'The new tram line from th'),
    ('said', 'Ines Carvalho, who chairs the authority', 'Ines Carvalho', 'the tunnel under the rive'),
    ('said', 'Marta Seixas, the chief engineer', 'Marta Seixas', 'the pumps had failed in b'),
    ('added', 'Carvalho', 'Ines Carvalho', 'Speaking to reporters on '),
    ('said', 'Seixas', 'Marta Seixas', 'We will not pay twice for'),
    ('said', 'She', 'Marta Seixas', 'the tunnel would be dry b'),
    ('said', 'Carvalho', 'Ines Carvalho', 'the authority would publi'),
]
SPEAKERS['lighthouse'] = [
    ('said', 'The Ministry of Maritime Affairs', 'Ministry of Maritime Affairs', 'it would sell the lightho'),
    ('said', 'It', 'Ministry of Maritime Affairs', 'the building would be sol'),
    ('said', 'Islanders', 'Islanders', 'they had not been told'),
    ('said', 'Officials at the ministry', 'Officials at Ministry of Maritime Affairs', 'the sale had been planned'),
    ('said', 'They', 'Officials at Ministry of Maritime Affairs', 'the island council had be'),
    ('said', 'Another official', 'Another official', 'the ministry had received'),
    ('said', 'Brodie Malcolm, who kept the light for nineteen years', 'Brodie Malcolm', 'he would bid for it himse'),
    ('said', 'he', 'Brodie Malcolm', 'I know every step of that'),
]
SPEAKERS['breach'] = [
    ('admits', 'Bank', 'Corran Bank', "customers' data was leake"),
    ('said', 'Corran Bank', 'Corran Bank', 'the names and addresses o'),
    ('said', 'It', 'Corran Bank', 'no passwords or account n'),
    ('said', "The company's chief executive, Alasdair Moyes", 'Alasdair Moyes', 'he was sorry'),
    ('said', 'His spokesman', "Alasdair Moyes's spokesman", 'Moyes would meet the data'),
    ('said', 'Fenella Rook, whose address was among those posted', 'Fenella Rook', 'she had received three st'),
    ('said', 'she', 'Fenella Rook', 'They knew my name and my '),
    ('said', 'She', 'Fenella Rook', 'the bank had not written '),
    ('said', 'The bank', 'Corran Bank', 'it would write to every c'),
]
SPEAKERS['bar'] = [
    ('ordered', 'The High Court in Dunmarrow', 'High Court', 'the Lantern Bar to stop s'),
    ('ruling', 'The High Court in Dunmarrow', 'High Court', 'its noise had harmed its '),
    ('said', 'It', 'High Court', "the bar's owners had igno"),
    ('said', 'Edwin Scarrow, who lives above the bar', 'Edwin Scarrow', 'he had not slept properly'),
    ('said', 'The retired judge', 'Edwin Scarrow', 'he had brought the case o'),
    ('said', "The bar's owner, Conor Duffy", 'Conor Duffy', 'he would appeal'),
    ('said', 'He', 'Conor Duffy', 'forty people would lose t'),
    ('said', 'Duffy', 'Conor Duffy', 'I have never had a single'),
    ('said', 'Scarrow', 'Edwin Scarrow', 'he had nothing against th'),
]
SPEAKERS['transfer'] = [
    ('said', "Harwick's manager, Paul Brennan", 'Paul Brennan', 'the club had never wanted'),
    ('said', 'He', 'Paul Brennan', 'Osei was the best finishe'),
    ('said', 'Brennan', 'Paul Brennan', 'the club would also sign '),
]
SPEAKERS['fraud'] = [
    ('denied', "Harriet Quayle, the former director of the Brightwater children's charity", 'Harriet Quayle', 'she had taken 200,000 pou'),
    ('said', 'Her lawyer', "Harriet Quayle's lawyer", 'the money had been paid t'),
    ('said', 'The prosecutor, Gemma Lyle', 'Gemma Lyle', 'the suppliers did not exi'),
    ('said', 'Lyle', 'Gemma Lyle', 'Quayle had opened three b'),
    ('said', 'She', 'Gemma Lyle', 'the accounts had been emp'),
    ('told', "Quayle's former deputy, Tom Rennick", 'Tom Rennick', 'he had raised the alarm i'),
    ('said', 'He', 'Tom Rennick', 'he had been dismissed a m'),
]
SPEAKERS['senate'] = [
    ('fight for', 'Two men', 'Two men', 'open state senate seat'),
    ('said', 'Whitcombe', 'Dale Whitcombe', 'he would cut property tax'),
    ('said', 'Pruitt', 'Gary Pruitt', 'he would hire more deputi'),
    ('said', 'The Democrat', 'Dale Whitcombe', "the county's roads were t"),
    ('said', 'Pruitt', 'Gary Pruitt', 'Whitcombe had no plan to '),
    ('said', 'The former sheriff', 'Gary Pruitt', 'he had the support of eve'),
    ('said', 'Whitcombe', 'Dale Whitcombe', 'unions did not vote, peop'),
    ('said', 'Both men', 'Gary Pruitt and Dale Whitcombe', 'they expected a close rac'),
]
SPEAKERS['tennis'] = [
    ('said', 'The Briton', 'Eleanor Pask', 'she had played the best t'),
    ('said', 'Vidal', 'Marta Vidal', 'she had been unwell all w'),
    ('said', 'The 24-year-old', 'Eleanor Pask', 'she had lost to Serova tw'),
    ('said', 'Pask', 'Eleanor Pask', 'She hits the ball harder '),
    ('said', 'She', 'Marta Vidal', 'her shoulder had hurt sin'),
]
SPEAKERS['nightshift'] = [
    ('say', 'nurses', 'nurses', 'Hospital night shifts sho'),
    ('said', "Nurses at St Oswin's Hospital", "Nurses at St Oswin's Hospital", 'night shifts had been lef'),
    ('said', 'A nurse', 'nurse', 'she had looked after four'),
    ('said', 'Another nurse', 'Another nurse', 'the shortages had lasted '),
    ('said', "The hospital's medical director, Dr Fiona Haldane", 'Fiona Haldane', 'agency nurses had been bo'),
    ('said', 'She', 'Fiona Haldane', 'some had not turned up'),
    ('said', 'One patient', 'One patient', 'he had waited four hours '),
    ('said', 'Another patient', 'Another patient', 'the nurses had been kind '),
    ('said', 'A spokesman for the health board', 'spokesman for the health board', 'it would review staffing '),
]
SPEAKERS['meals'] = [
    ('finds', 'Audit', 'Audit', 'school meals cost more th'),
    ('found', 'An audit of school meals in Kelsby', 'audit of school meals in Kelsby', 'each meal cost the counci'),
    ('said', 'The report', 'audit', 'the council had not check'),
    ('said', 'It', 'audit', '1.2 million pounds had be'),
    ('said', "The council's leader, Janet Orme", 'Janet Orme', 'she had not seen the repo'),
    ('said', 'She', 'Janet Orme', "the caterer's contract wo"),
    ('said', 'The caterer, Hollin Foods', 'Hollin Foods', 'the audit was wrong'),
    ('said', 'It', 'Hollin Foods', 'every meal had been count'),
    ('said', 'A parent', 'parent', 'her son had been given co'),
]
SPEAKERS['climbers'] = [
    ('said', 'They', 'Niamh Doherty and Saoirse Flynn', 'they had sheltered under '),
    ('said', 'They', 'Niamh Doherty and Saoirse Flynn', 'they had eaten their last'),
    ('said', "The mountain rescue team's leader, Iain Munro", 'Iain Munro', 'the pair had done everyth'),
    ('said', 'He', 'Iain Munro', 'they had phoned for help '),
    ('said', 'Doherty', 'Niamh Doherty', 'she had climbed the mount'),
    ('said', 'she', 'Niamh Doherty', 'We thought we knew it'),
    ('said', 'Flynn', 'Saoirse Flynn', 'they would go back next s'),
]
SPEAKERS['band'] = [
    ('said', "The band's conductor, Wendy Gould", 'Wendy Gould', 'the players would practis'),
    ('said', 'She', 'Wendy Gould', 'the band had played at ev'),
    ('said', 'The church', 'church', 'it had tried to find the '),
    ('said', 'It', 'church', 'the hall needed a new roo'),
    ('said', 'A trombonist', 'trombonist', 'the band might not surviv'),
]
SPEAKERS['trawler'] = [
    ('ask for', "Fishermen's families", "Fishermen's families", 'search to resume'),
    ('told', 'The father of three', 'Sean Tierney', 'the boats were getting ol'),
    ('said', 'His wife, Roisin', 'Roisin Tierney', 'he had gone out despite t'),
    ('said', 'The coastguard', 'coastguard', 'it had searched for four '),
    ('said', 'It', 'coastguard', 'the search would resume i'),
    ('said', 'Roisin Tierney', 'Roisin Tierney', 'the families would hire a'),
    ('said', 'she', 'Roisin Tierney', 'We will not leave them ou'),
    ('said', 'A local councillor, Declan Ward', 'Declan Ward', 'the harbour would hold a '),
    ('said', 'He', 'Declan Ward', 'the whole town was grievi'),
]
SPEAKERS['newcomer'] = [
    ('said', 'Finch', 'Harold Finch', 'he was proud of his thirt'),
    ('said', 'The 36-year-old', 'Priya Sethi', 'her first task would be t'),
    ('said', 'One resident', 'One resident', 'she had voted for Finch f'),
    ('said', 'Another resident', 'Another resident', 'he did not know who eithe'),
]
SPEAKERS['prize'] = [
    ('said', 'Lindqvist, who leads the team in Uppsala', 'Hanna Lindqvist', 'the prize belonged to the'),
    ('said', 'Osei-Bonsu', 'Amara Osei-Bonsu', 'the salt batteries could '),
    ('said', 'she', 'Claire Dufresne', 'she was honoured'),
    ('said', 'Lindqvist', 'Hanna Lindqvist', 'the three had met at a co'),
    ('said', 'She', 'Hanna Lindqvist', 'they had written to each '),
    ('said', 'Osei-Bonsu', 'Amara Osei-Bonsu', 'We argue about everything'),
    ('said', 'She', 'Amara Osei-Bonsu', 'the arguments had made th'),
]
SPEAKERS['bees'] = [
    ('said', "The Thornbury Beekeepers' Cooperative", "Thornbury Beekeepers' Cooperative", 'its members had lost half'),
    ('said', 'Its chairman, Gareth Price', 'Gareth Price', 'a pesticide sprayed on ne'),
    ('said', 'he', 'Gareth Price', 'We have never seen losses'),
    ('said', "The farmers' union", "farmers' union", 'the pesticide was approve'),
    ('said', 'It', "farmers' union", 'the cold winter had kille'),
    ('said', 'Price', 'Gareth Price', 'the cooperative would sen'),
    ('said', 'He', 'Gareth Price', 'the results would take a '),
    ('said', 'A beekeeper', 'beekeeper', 'she would not buy new bee'),
]
SPEAKERS['uniform'] = [
    ('said', 'Parents at Castlemead Academy', 'Parents at Castlemead Academy', "the school's new uniform "),
    ('said', 'The head teacher, Simon Aldous', 'Simon Aldous', 'the uniform would be chea'),
    ('said', 'he', 'Simon Aldous', 'We have chosen the cheape'),
    ('said', 'He', 'Simon Aldous', 'families who could not pa'),
    ('said', 'A parent, Matthew Cole', 'Matthew Cole', 'the school had not asked '),
    ('said', 'Cole', 'Matthew Cole', 'Nobody asked us whether w'),
    ('said', 'He', 'Matthew Cole', 'he would not buy one'),
    ('said', 'Aldous', 'Simon Aldous', 'the school would hold a m'),
]
SPEAKERS['minister'] = [
    ('reported', 'a newspaper', 'newspaper', "her brother's firm had wo"),
    ('said', 'the minister', 'Lucia Ferrante', 'she had not known about t'),
    ('said', 'She', 'Lucia Ferrante', 'she was resigning so that'),
    ('said', 'The prime minister, Giulia Serra', 'Giulia Serra', 'she had accepted the resi'),
    ('said', 'She', 'Giulia Serra', 'Ferrante had been an exce'),
    ('said', "Ferrante's brother, Paolo Ferrante", 'Paolo Ferrante', 'his firm had won the cont'),
    ('said', 'His lawyer', "Paolo Ferrante's lawyer", 'he would give the inquiry'),
    ('said', 'The opposition leader', 'opposition leader', 'the government had known '),
]
SPEAKERS['orchard'] = [
    ('said', 'growers', 'growers', 'Frost in May has destroye'),
    ('said', 'Tomas Berg, whose family has grown apples there since 1890', 'Tomas Berg', 'he had lost nine in ten b'),
    ('said', 'His neighbour, Lars Vik', 'Lars Vik', 'his trees had been spared'),
    ('said', 'Berg', 'Tomas Berg', 'I have never seen a frost'),
    ('had asked', "Vik, who also chairs the growers' association", 'Lars Vik', 'help'),
    ('said', 'He', 'Lars Vik', 'the association would ask'),
    ('said', 'The agriculture ministry', 'agriculture ministry', 'it would send inspectors '),
    ('said', 'A spokeswoman', 'spokeswoman', 'they would visit every fa'),
    ('said', 'Berg', 'Tomas Berg', 'he would plant pears inst'),
]
SPEAKERS['midwives'] = [
    ('said', 'Joanna Pryce, who led the ward for eleven years', 'Joanna Pryce', 'the last straw had been a'),
    ('said', 'Her deputy, Alison Marsh', 'Alison Marsh', 'she had been working sixt'),
    ('said', "The hospital's chief nurse, Dr Helen Okoro", 'Helen Okoro', 'both women had been asked'),
    ('said', 'She', 'Helen Okoro', 'night pay had not been cu'),
    ('said', 'Marsh', 'Alison Marsh', 'Nobody explained the new '),
    ('said', 'She', 'Alison Marsh', 'she would start at a hosp'),
    ('said', 'A colleague', 'colleague', 'Pryce was the best midwif'),
    ('said', 'The mother of two', 'Joanna Pryce', 'she would miss the ward'),
    ('said', 'Pryce', 'Joanna Pryce', 'she had not decided what '),
]
KNOWN = [
    # a possessive before its owner's name in the lede ('X will stay ..., his agent said'): kept bare (right to the scorer)
    ('transfer', 'said', 'his agent', 'Kwame Osei will stay at H', "Kwame Osei's agent"),
    # a full name the NER tagged nowhere ('Kwame Osei will stay', the headline's 'Veteran striker Osei'): the surname alone (right to the scorer)
    ('transfer', 'said', 'Osei', 'he wanted to finish his c', 'Kwame Osei'),
    # the headline's epithet and name together ('Veteran striker Osei') for a person the NER never tagged, a paragraph after him; and the 'he' after it
    ('transfer', 'said', 'The veteran striker', 'he would sign a new contr', 'Kwame Osei'),
    ('transfer', 'said', 'he', 'My family is happy here', 'Kwame Osei'),
    # a headline role in other words than the lede's ('Former charity boss' / 'the former director of the ... charity')
    ('fraud', 'denies', 'Former charity boss', 'stealing funds', 'Harriet Quayle'),
    # 'Her lawyer' a paragraph after another woman spoke (the prosecutor): kept bare, where the first one was Quayle's
    ('fraud', 'said', 'Her lawyer', 'she would give evidence o', "Harriet Quayle's lawyer"),
    # 'Pask will face Yulia Serova' gives no person to the index (an object, NER-tagged no person): the surname alone, and the 'She' after it (right to the scorer)
    ('tennis', 'said', 'Serova', 'she had watched the match', 'Yulia Serova'),
    ('tennis', 'said', 'She', 'Pask deserved to be in th', 'Yulia Serova'),
    # a band's name the NER took for a work of art: 'The band' and 'They' go to the headline's 'Brass band'
    ('band', 'said', 'The band', 'the church that owns the ', 'Pelling Colliery Band'),
    ('band', 'said', 'They', 'they had nowhere to store', 'Pelling Colliery Band'),
    # the headline's 'Newcomer', tagged a body, is taken for the speaker's name
    ('newcomer', 'said', 'The newcomer', 'she had knocked on every ', 'Priya Sethi'),
    # a past office for the man who lost the seat, two sentences after him, a woman spoke between
    ('newcomer', 'said', 'The former councillor', 'he would keep helping res', 'Harold Finch'),
]
