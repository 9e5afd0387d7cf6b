# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Sixteen short news articles written for the fifty-ninth session's speaker probes (helper C): a
harbour's dredging, a town's reservoir, an old market, two candidates of one family name, a
shipyard's overtime, a cotton mill, a melting glacier, a striker's retirement, a choir's grant, a
wheat shortfall, a newspaper and a hospital, a bottler's takeover, an airport's queues, a bypass
route, a village clinic and a misquoted engineer. They hold names from many cultures: Chinese
family name first ('Zhou Guoliang' ... 'Zhou'), Spanish double surnames ('Ana Belén Ruiz Castaño'
... 'Ruiz', 'Jorge Ortega Villalba' ... 'Ortega'), Arabic 'al-' and 'bin' ('Faisal al-Amiri' ...
'Al-Amiri', 'Khalid bin Nasser al-Sabri' ... 'Bin Nasser'), Vietnamese and Korean names sharing a
family name ('Nguyen Thi Thu' ... 'Thu', 'Kim Jae-won' ... 'Jae-won Kim'), Indian initials ('K. R.
Venkataraman', 'S. Meenakshi', 'Dr. P. V. Ramanathan'), Icelandic patronymics called by the
given name ('Sigríður', 'Þórður') and one-word names ('Marcelinho', 'Tostes', 'Dadá'); first
names a gender list gets wrong or cannot tell ('Andrea' and 'Nicola' for men, 'Jordan' and
'Comfort' for women); a body with an acronym ('The International Seed Alliance (ISA)' ... 'ISA
said', 'The alliance', 'the agency'); a newspaper and a broadcaster ('The paper said', 'It said',
'The broadcaster said', 'The newspaper said'); a firm then 'The group', 'It', 'The firm'; a body
named where it is no source ("St Cuthbert's Hospital" ... 'The hospital said'); people first
named by role only ('its director', 'A spokeswoman for Brenlow Airport' ... 'The spokeswoman, Dana
Kettleby,', a headline's 'Airport spokeswoman'); 'The former' and 'The latter'; speakers with a
relative clause ('said Ruiz, who has led ...'); a pronoun after a quotation of someone else ('"Mr
Foxley told me the birds would move," she said. She said'); and 'They' for two people named
together.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong (or finds
no report for), with the speaker a reader gives. Every name, figure and sentence is made up.
Read by ``test_probe_findings_59_speakers``."""

ARTICLES = {}
ARTICLES["harbour"] = """Zhou: harbour dredging will start in spring

The port of Qingmen will dredge its main channel next year so that larger container ships can dock, its director said on Monday.

Zhou Guoliang, who has run the port since 2019, said the work would take eighteen months. Zhou said the channel had silted up faster than engineers expected.

Tang Xiaoyu, an environmental officer with the city, said the dredging could harm oyster beds near the harbour mouth. Tang said her office would test the water every week.

"We cannot lose the oysters to save a few hours of waiting," she said.

Zhou said the port would pay for the tests.
"""
ARTICLES["reservoir"] = """Mayor fights regional plan to drain reservoir

Ana Belén Ruiz Castaño, the mayor of Valdemora, said on Wednesday that she would take the regional government to court over its plan to drain the town's reservoir.

The regional water commissioner, Jorge Ortega Villalba, said the dam was unsafe. Ortega said engineers had found cracks in its base last autumn.

Ruiz said the town had not been shown the engineers' report. "We learned about it from the radio," said Ruiz, who has led the town council since 2015.

Ortega said the report would be published next week. He said he had offered to meet the mayor twice.

The mayor said she had never received an invitation.
"""
ARTICLES["souk"] = """Traders protest at plan to move old market

Traders at the Bab al-Qamar market in Tarsen said on Thursday that they would close their stalls for a day to protest against a plan to move the market to the edge of the city.

Faisal al-Amiri, who has sold spices at the market for thirty years, said most of his customers walked from the old town. Al-Amiri said they would not take a bus to the new site.

The city's planning chief, Khalid bin Nasser al-Sabri, said the old buildings were unsafe. Bin Nasser said the new market would have parking and cold storage.

Samira Haddadin, who speaks for a traders' association, said members had not been consulted. She said the association would ask the courts to stop the move.

Al-Amiri said he would rather close his shop than move it.
"""
ARTICLES["siblings"] = """Two Nguyens compete for one seat in Da Lang

Two candidates with the same family name are contesting the council seat for Da Lang district in Saturday's election.

Nguyen Thi Thu, a schoolteacher, said she would spend the district's budget on classrooms. Nguyen Van Long, who owns a bus company, said roads should come first.

Thu said the two were not related. "People ask me every day whether he is my brother," she said.

Long said he had known Thu since university. He said he respected her but thought she was wrong about the budget.

Both candidates said they expected a close result.
"""
ARTICLES["shipyard"] = """Shipyard union and managers trade accusations

Union leaders at the Hanbit shipyard in Ulsan said on Friday that managers had cut overtime pay without warning.

Kim Jae-won, who chairs the union, said welders had lost a fifth of their pay since June. Kim Hyun-woo, the yard's head of personnel, said the overtime rules had been agreed with the union in January.

Jae-won Kim said the union had signed no such agreement. He said members would vote next week on a strike.

The head of personnel said the yard had full order books. He said a strike would hurt everyone.

The union chairman said he would meet the managers on Monday.
"""
ARTICLES["mill"] = """Cotton mill in Salem district to shut

The Sri Lakshmi cotton mill near Salem will close at the end of the month, its owners said on Tuesday.

The mill's managing director, K. R. Venkataraman, said the price of raw cotton had risen too far. Venkataraman said the firm had lost money for three years.

S. Meenakshi, a union organiser, said 400 workers would lose their jobs. Meenakshi said the owners had promised to keep the mill open until 2027.

Dr. P. V. Ramanathan, an economist at a college in Coimbatore, said other mills in the district faced the same costs. He said the state should help them buy cotton in bulk.

Venkataraman said the firm would pay every worker three months' wages.
"""
ARTICLES["glacier"] = """Icelandic guides warn tourists off melting glacier

Mountain guides in southern Iceland said on Sunday that the tongue of a popular glacier had become too dangerous to walk on.

Sigríður Einarsdóttir, who has guided groups on the ice for twelve years, said a crevasse had opened near the usual route. Sigríður said her company had stopped all walks on that side.

Þórður Gunnarsson, a geologist at the university, said the glacier had lost forty metres in a year. Þórður said the ice would keep retreating for decades.

"Nobody should go on it without a guide," Gunnarsson said.

Sigríður said most tourists had accepted the decision.
"""
ARTICLES["match"] = """Veteran striker retires after cup defeat

Marcelinho, the Brazilian striker who scored more than 200 goals for Porto Alegre Clube, said on Saturday that he would retire.

The 37-year-old said his knees could no longer take a full season. "I want to walk with my grandchildren," Marcelinho said.

The club's coach, Tostes, said he had asked the striker to stay for one more year. Tostes said he understood the decision.

Supporters' club president Dadá said fans would hold a farewell match in May. She said tickets would cost one real.
"""
ARTICLES["choir"] = """Choir director quits after row over funding

Andrea Bellotti, who has directed the Westbourne Community Choir for nine years, said on Monday that he was resigning.

Bellotti said the town council had cut the choir's grant in half. He said he could no longer pay the accompanist.

The council's arts officer, Jordan Pryle, said the grant had been cut for every group in the town. She said the choir could apply for a one-off award.

Nicola Brandt, the choir's treasurer, said the choir had enough money for two more concerts. He said members would vote on whether to carry on.

Bellotti said he would still sing in the choir.
"""
ARTICLES["seed"] = """Seed alliance warns of wheat shortfall

The International Seed Alliance (ISA) said on Tuesday that wheat harvests in East Africa could fall by a quarter this year.

ISA said dry weather had delayed planting across the region. The alliance said farmers needed drought-tolerant seed within weeks.

The Ministry of Agriculture in Nairobi said it had enough seed for most farmers. The ministry said it would distribute it free of charge.

Gideon Wanjiru, ISA's director for the region, said the ministry's stocks were too small. He said the agency would fly in seed from its store in Addis Ababa.
"""
ARTICLES["paper"] = """Newspaper says hospital hid waiting times

The Harlow Gazette reported on Friday that St Cuthbert's Hospital had kept two lists of its waiting times, one for patients and one for inspectors.

The paper said it had seen emails in which managers discussed the lists. It said one list showed waits twice as long as the other.

The hospital said the Gazette had misread the emails. It said the second list was a draft.

Radio Calder said later that two nurses had confirmed the report. The broadcaster said both had asked not to be named.

The newspaper said it stood by its story.
"""
ARTICLES["takeover"] = """Tessaro agrees to buy rival bottler

Tessaro Holdings, the Turin drinks maker, said on Thursday that it had agreed to buy its rival Fonte Chiara for 300 million euros.

The group said the deal would give it a third of Italy's bottled water market. It said no plants would close.

Fonte Chiara's chief executive, Marisa Delvecchio, said the offer was fair. She said the firm's founders had accepted it.

Competition lawyers said regulators were likely to examine the deal. The firm said it expected approval by the end of the year.
"""
ARTICLES["airport"] = """Airport spokeswoman defends new security rules

A spokeswoman for Brenlow Airport said on Monday that new security checks had added only five minutes to the average wait.

Passengers interviewed at the terminal said the queues had been far longer. One, a retired teacher from Lisburn, said she had waited ninety minutes.

The spokeswoman, Dana Kettleby, said the first week had been unusually busy. Kettleby said more staff would start work on Friday.

The airport's chief executive said the checks had been ordered by the government. The chief executive, Owen Marchbank, said the airport had no choice.
"""
ARTICLES["bypass"] = """Mayor and deputy split over bypass route

Mayor Gerald Foxley and his deputy, Rhiannon Abara, have taken opposite sides on the route of a new bypass around Cleve.

The former said on Tuesday that the road should run north of the town. The latter said it would destroy a wetland there.

Foxley said the southern route would cost twice as much. "We cannot spend money we do not have," he said.

Abara said the council had not counted the cost of the wetland. "Mr Foxley told me the birds would move," she said. She said the birds had nowhere to go.

Foxley and Abara said they would put the question to a public vote.
"""
ARTICLES["clinic"] = """Doctors say clinic will close for lack of staff

Kwabena Asamoah and Efua Boateng, the two doctors who run the Nkwanta village clinic, said on Friday that it would close next month.

They said they had tried for two years to hire a third doctor. They said the district health office had not answered their letters.

The district health officer, Comfort Addo-Mensimah, said the office had no money for new posts. Addo-Mensimah said she had written to the regional director.

Asamoah said patients would have to travel forty kilometres. Boateng said she would keep working until the last day.
"""
ARTICLES["bridge2"] = """Engineer says quote was taken out of context

A senior engineer at the Ostrava roads agency said on Wednesday that a newspaper had misquoted her about a cracked bridge.

Milena Dvořáková said she had told the reporter that the bridge was "safe for now". She said the paper had printed only the word "safe".

The agency's director, Radek Šimánek, said the bridge would be closed for checks. "Ms Dvořáková said it was fine, and I believe her," Šimánek said. He said the checks were routine.

Dvořáková said she would ask the paper to print a correction.
"""

SPEAKERS = {}
SPEAKERS['harbour'] = [
    (':', 'Zhou', 'Zhou Guoliang', 'harbour dredging will sta'),
    ('said', 'its director', 'Zhou Guoliang', 'The port of Qingmen will '),
    ('said', 'Zhou Guoliang, who has run the port since 2019', 'Zhou Guoliang', 'the work would take eight'),
    ('said', 'Zhou', 'Zhou Guoliang', 'the channel had silted up'),
    ('said', 'Tang Xiaoyu, an environmental officer with the city', 'Tang Xiaoyu', 'the dredging could harm o'),
    ('said', 'Tang', 'Tang Xiaoyu', 'her office would test the'),
    ('said', 'she', 'Tang Xiaoyu', 'We cannot lose the oyster'),
    ('said', 'Zhou', 'Zhou Guoliang', 'the port would pay for th'),
]
SPEAKERS['reservoir'] = [
    ('said', 'Ana Belén Ruiz Castaño, the mayor of Valdemora', 'Ana Belén Ruiz Castaño', 'she would take the region'),
    ('said', 'The regional water commissioner, Jorge Ortega Villalba', 'Jorge Ortega Villalba', 'the dam was unsafe'),
    ('said', 'Ortega', 'Jorge Ortega Villalba', 'engineers had found crack'),
    ('said', 'Ruiz', 'Ana Belén Ruiz Castaño', 'the town had not been sho'),
    ('said', 'Ruiz, who has led the town council since 2015', 'Ana Belén Ruiz Castaño', 'We learned about it from '),
    ('said', 'Ortega', 'Jorge Ortega Villalba', 'the report would be publi'),
    ('said', 'He', 'Jorge Ortega Villalba', 'he had offered to meet th'),
    ('said', 'The mayor', 'Ana Belén Ruiz Castaño', 'she had never received an'),  # (the headline's 'Mayor': sixtieth pass)
]
SPEAKERS['souk'] = [
    ('said', 'Traders at the Bab al-Qamar market in Tarsen', 'Traders at the Bab al-Qamar market in Tarsen', 'they would close their st'),
    ('said', 'Faisal al-Amiri, who has sold spices at the market for thirty years', 'Faisal al-Amiri', 'most of his customers wal'),
    ('said', 'Al-Amiri', 'Faisal al-Amiri', 'they would not take a bus'),
    ('said', "The city's planning chief, Khalid bin Nasser al-Sabri", 'Khalid bin Nasser al-Sabri', 'the old buildings were un'),
    ('said', 'Bin Nasser', 'Khalid bin Nasser al-Sabri', 'the new market would have'),
    ('said', "Samira Haddadin, who speaks for a traders' association", 'Samira Haddadin', 'members had not been cons'),
    ('said', 'She', 'Samira Haddadin', 'the association would ask'),
    ('said', 'Al-Amiri', 'Faisal al-Amiri', 'he would rather close his'),
]
SPEAKERS['siblings'] = [
    ('said', 'Nguyen Thi Thu, a schoolteacher', 'Nguyen Thi Thu', 'she would spend the distr'),
    ('said', 'Nguyen Van Long, who owns a bus company', 'Nguyen Van Long', 'roads should come first'),
    ('said', 'Thu', 'Nguyen Thi Thu', 'the two were not related'),
    ('said', 'she', 'Nguyen Thi Thu', 'People ask me every day w'),
    ('said', 'He', 'Nguyen Van Long', 'he respected her but thou'),
]
SPEAKERS['shipyard'] = [
    ('said', 'Union leaders at the Hanbit shipyard in Ulsan', 'Union leaders at the Hanbit shipyard in Ulsan', 'managers had cut overtime'),
    ('said', 'Kim Jae-won, who chairs the union', 'Kim Jae-won', 'welders had lost a fifth '),
    ('said', "Kim Hyun-woo, the yard's head of personnel", 'Kim Hyun-woo', 'the overtime rules had be'),
    ('said', 'Jae-won Kim', 'Kim Jae-won', 'the union had signed no s'),
    ('said', 'He', 'Kim Jae-won', 'members would vote next w'),
    ('said', 'The head of personnel', 'Kim Hyun-woo', 'the yard had full order b'),
    ('said', 'He', 'Kim Hyun-woo', 'a strike would hurt every'),
]
SPEAKERS['mill'] = [
    ('said', 'its owners', 'its owners', 'The Sri Lakshmi cotton mi'),
    ('said', "The mill's managing director, K. R. Venkataraman", 'K. R. Venkataraman', 'the price of raw cotton h'),
    ('said', 'Venkataraman', 'K. R. Venkataraman', 'the firm had lost money f'),
    ('said', 'S. Meenakshi, a union organiser', 'S. Meenakshi', '400 workers would lose th'),
    ('said', 'Dr. P. V. Ramanathan, an economist at a college in Coimbatore', 'P. V. Ramanathan', 'other mills in the distri'),
    ('said', 'He', 'P. V. Ramanathan', 'the state should help the'),
    ('said', 'Venkataraman', 'K. R. Venkataraman', 'the firm would pay every '),
]
SPEAKERS['glacier'] = [
    ('said', 'Mountain guides in southern Iceland', 'Mountain guides in southern Iceland', 'the tongue of a popular g'),
    ('said', 'Sigríður Einarsdóttir, who has guided groups on the ice for twelve years', 'Sigríður Einarsdóttir', 'a crevasse had opened nea'),
    ('said', 'Sigríður', 'Sigríður Einarsdóttir', 'her company had stopped a'),
    ('said', 'Þórður Gunnarsson, a geologist at the university', 'Þórður Gunnarsson', 'the glacier had lost fort'),
    ('said', 'Þórður', 'Þórður Gunnarsson', 'the ice would keep retrea'),
    ('said', 'Gunnarsson', 'Þórður Gunnarsson', 'Nobody should go on it wi'),
    ('said', 'Sigríður', 'Sigríður Einarsdóttir', 'most tourists had accepte'),
]
SPEAKERS['match'] = [
    ('said', 'Marcelinho, the Brazilian striker who scored more than 200 goals for Porto Alegre Clube', 'Marcelinho', 'he would retire'),
    ('said', 'The 37-year-old', 'Marcelinho', 'his knees could no longer'),
    ('said', 'Marcelinho', 'Marcelinho', 'I want to walk with my gr'),
    ('said', "The club's coach, Tostes", 'Tostes', 'he had asked the striker '),
    ('said', 'Tostes', 'Tostes', 'he understood the decisio'),
    ('said', "Supporters' club president Dadá", 'Dadá', 'fans would hold a farewel'),
    ('said', 'She', 'Dadá', 'tickets would cost one re'),
]
SPEAKERS['choir'] = [
    ('said', 'Andrea Bellotti, who has directed the Westbourne Community Choir for nine years', 'Andrea Bellotti', 'he was resigning'),
    ('said', 'Bellotti', 'Andrea Bellotti', 'the town council had cut '),
    ('said', 'He', 'Andrea Bellotti', 'he could no longer pay th'),
    ('said', "The council's arts officer, Jordan Pryle", 'Jordan Pryle', 'the grant had been cut fo'),
    ('said', 'She', 'Jordan Pryle', 'the choir could apply for'),
    ('said', "Nicola Brandt, the choir's treasurer", 'Nicola Brandt', 'the choir had enough mone'),
    ('said', 'Bellotti', 'Andrea Bellotti', 'he would still sing in th'),
]
SPEAKERS['seed'] = [
    ('said', 'The International Seed Alliance (ISA)', 'International Seed Alliance', 'wheat harvests in East Af'),
    ('said', 'ISA', 'International Seed Alliance', 'dry weather had delayed p'),
    ('said', 'The alliance', 'International Seed Alliance', 'farmers needed drought-to'),
    ('said', 'The Ministry of Agriculture in Nairobi', 'Ministry of Agriculture', 'it had enough seed for mo'),
    ('said', 'The ministry', 'Ministry of Agriculture', 'it would distribute it fr'),
    ('said', "Gideon Wanjiru, ISA's director for the region", 'Gideon Wanjiru', "the ministry's stocks wer"),
    ('said', 'He', 'Gideon Wanjiru', 'the agency would fly in s'),
    ('warns of', 'Seed alliance', 'International Seed Alliance', 'wheat shortfall'),
]
SPEAKERS['paper'] = [
    ('reported', 'The Harlow Gazette', 'Harlow Gazette', "St Cuthbert's Hospital ha"),
    ('said', 'The paper', 'Harlow Gazette', 'it had seen emails in whi'),
    ('said', 'It', 'Harlow Gazette', 'one list showed waits twi'),
    ('said', 'The hospital', "St Cuthbert's Hospital", 'the Gazette had misread t'),
    ('said', 'It', "St Cuthbert's Hospital", 'the second list was a dra'),
    ('said', 'Radio Calder', 'Radio Calder', 'two nurses had confirmed '),
    ('said', 'The broadcaster', 'Radio Calder', 'both had asked not to be '),
    ('says', 'Newspaper', 'Harlow Gazette', 'hospital hid waiting time'),
]
SPEAKERS['takeover'] = [
    ('said', 'Tessaro Holdings, the Turin drinks maker', 'Tessaro Holdings', 'it had agreed to buy its '),
    ('said', 'The group', 'Tessaro Holdings', 'the deal would give it a '),
    ('said', 'It', 'Tessaro Holdings', 'no plants would close'),
    ('said', "Fonte Chiara's chief executive, Marisa Delvecchio", 'Marisa Delvecchio', 'the offer was fair'),
    ('said', 'She', 'Marisa Delvecchio', "the firm's founders had a"),
    ('said', 'Competition lawyers', 'Competition lawyers', 'regulators were likely to'),
    ('said', 'The firm', 'Tessaro Holdings', 'it expected approval by t'),
    ('agrees', 'Tessaro', 'Tessaro Holdings', 'to buy rival bottler'),
]
SPEAKERS['airport'] = [
    ('said', 'A spokeswoman for Brenlow Airport', 'Dana Kettleby', 'new security checks had a'),
    ('said', 'Passengers', 'Passengers', 'the queues had been far l'),
    ('said', 'One, a retired teacher from Lisburn', 'retired teacher from Lisburn', 'she had waited ninety min'),
    ('said', 'The spokeswoman, Dana Kettleby', 'Dana Kettleby', 'the first week had been u'),
    ('said', 'Kettleby', 'Dana Kettleby', 'more staff would start wo'),
    ('said', "The airport's chief executive", 'Owen Marchbank', 'the checks had been order'),
    ('said', 'The chief executive, Owen Marchbank', 'Owen Marchbank', 'the airport had no choice'),
    ('defends', 'Airport spokeswoman', 'Dana Kettleby', 'new security rules'),
]
SPEAKERS['bypass'] = [
    ('said', 'The former', 'Gerald Foxley', 'the road should run north'),
    ('said', 'The latter', 'Rhiannon Abara', 'it would destroy a wetlan'),
    ('said', 'Foxley', 'Gerald Foxley', 'the southern route would '),
    ('said', 'he', 'Gerald Foxley', 'We cannot spend money we '),
    ('said', 'Abara', 'Rhiannon Abara', 'the council had not count'),
    ('said', 'she', 'Rhiannon Abara', 'Mr Foxley told me the bir'),
    ('said', 'She', 'Rhiannon Abara', 'the birds had nowhere to '),
    ('said', 'Foxley and Abara', 'Gerald Foxley and Rhiannon Abara', 'they would put the questi'),
]
SPEAKERS['clinic'] = [
    ('said', 'Kwabena Asamoah and Efua Boateng, the two doctors who run the Nkwanta village clinic', 'Kwabena Asamoah and Efua Boateng', 'it would close next month'),
    ('said', 'They', 'Kwabena Asamoah and Efua Boateng', 'they had tried for two ye'),
    ('said', 'They', 'Kwabena Asamoah and Efua Boateng', 'the district health offic'),
    ('said', 'The district health officer, Comfort Addo-Mensimah', 'Comfort Addo-Mensimah', 'the office had no money f'),
    ('said', 'Addo-Mensimah', 'Comfort Addo-Mensimah', 'she had written to the re'),
    ('said', 'Asamoah', 'Kwabena Asamoah', 'patients would have to tr'),
    ('said', 'Boateng', 'Efua Boateng', 'she would keep working un'),
]
SPEAKERS['bridge2'] = [
    ('said', 'Milena Dvořáková', 'Milena Dvořáková', 'she had told the reporter'),
    ('said', 'She', 'Milena Dvořáková', 'the paper had printed onl'),
    ('said', "The agency's director, Radek Šimánek", 'Radek Šimánek', 'the bridge would be close'),
    ('said', 'Šimánek', 'Radek Šimánek', 'Ms Dvořáková said it was '),
    ('said', 'He', 'Radek Šimánek', 'the checks were routine'),
    ('said', 'Dvořáková', 'Milena Dvořáková', 'she would ask the paper t'),
]
KNOWN = [
    # a given name that is an English word ('Long said he had known Thu'), read as an adverb: no report
    ("siblings", "said", "Long", "he had known", "Nguyen Van Long"),
    # 'Both candidates' for two people named in different sentences, never together (``both_people``
    # takes a role noun only for a pair named together)
    ("siblings", "said", "Both candidates", "they expected a close res", "Nguyen Thi Thu and Nguyen Van Long"),
    # a role from a relative clause's verb ('Kim Jae-won, who chairs the union' ... 'The union chairman')
    ("shipyard", "said", "The union chairman", "he would meet the manager", "Kim Jae-won"),
    # initials dropped from the short form ('S. Meenakshi' ... 'Meenakshi'); right to the scorer
    ("mill", "said", "Meenakshi", "the owners had promised t", "S. Meenakshi"),
    # 'Nicola' is a woman's name to the name list (a man's in Italy): 'He' goes past Nicola Brandt to
    # the man who spoke before
    ("choir", "said", "He", "members would vote on whe", "Nicola Brandt"),
    # 'The newspaper' takes the short 'Gazette' of the hospital's report, not the paper's full name
    # (right to the scorer)
    ("paper", "said", "The newspaper", "it stood by its story", "Harlow Gazette"),
    # a role named in the next paragraph by no apposition ('A senior engineer at ... said X. / Milena
    # Dvořáková said she had told'), and the headline's 'Engineer' with it
    ("bridge2", "said", "A senior engineer at the Ostrava roads agency", "a newspaper had misquoted", "Milena Dvořáková"),
    ("bridge2", "says", "Engineer", "quote was taken out of co", "Milena Dvořáková"),
    # a plural headline noun for the two people the lede names ('Doctors say' / 'X and Y, the two doctors')
    ("clinic", "say", "Doctors", "clinic will close for lac", "Kwabena Asamoah and Efua Boateng"),
]
