# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-fourth session's check of speakers with names from many cultures
(helper D): each quotes people and names them again later as their naming convention has it. Family name first
(Vietnamese, Korean, Chinese: 'Nguyen Thi Lan ... Nguyen said', 'Mr Tran said'; given name for a Vietnamese person,
'Thanh said'), Arabic names with 'bin', 'al-' and 'Abdel' ('Abdullah al-Rashidi ... Rashidi said', a kunya 'Umm
Khalid'), Spanish and Portuguese double surnames ('María Fernanda Ortiz Quiroga ... Ortiz said', 'Carvalho Mendes ...
Mendes'), Dutch and German particles ('Van der Berg said', 'de Souza said' opening a sentence in lower case), Nigerian
and Ghanaian titles ('Chief', 'Alhaji', 'Nana'), Indian initials ('K. R. Venkataraman'), Icelandic and Ethiopian
names taken back by the given name, Russian patronymics, hyphens and apostrophes ('O'Donoghue-Mbeki'), single names,
titles ('Sheikh', 'Rev', 'Mx', 'Dame', 'Grand Ayatollah', 'Rabbi'), Maori particles ('Te'), invented names no list
knows, and traps: a couple and siblings sharing a family name ('the Okonkwos', 'Mrs Okonkwo'), names that are also
words ('Hope', 'Rich', 'Bill', 'Summer').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, resolved speaker, the content's first words) in
``SPEAKERS`` for every report, the speaker the person's full name as first written without a title. Every name,
place, body, figure and sentence is made up. Read by ``test_probe_findings_64_names``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["delta_ponds"] = """Shrimp farmers ask province for help after salt water spreads

Nguyen Thi Lan, who runs a cooperative of 40 shrimp ponds near Ben Luoc, said the salt water had killed half of her stock.

Nguyen said the cooperative had written to the province twice since March.

The ponds cover about 60 hectares.

A provincial official, Tran Van Hieu, said compensation forms would be sent out in May.

Mr Tran said the fund held enough money for every registered farm.
"""
GOLD["delta_ponds"] = [
    ("said", "Nguyen Thi Lan, who runs a cooperative of 40 shrimp ponds near Ben Luoc", "the salt water had killed half of her stock"),
    ("said", "Nguyen", "the cooperative had written to the province twice since March"),
    ("said", "A provincial official, Tran Van Hieu", "compensation forms would be sent out in May"),
    ("said", "Mr Tran", "the fund held enough money for every registered farm"),
]
NOT_REPORTS["delta_ponds"] = ["The ponds cover about 60 hectares."]
SPEAKERS["delta_ponds"] = [
    ("said", "Nguyen Thi Lan, who runs a cooperative of 40 shrimp ponds near Ben Luoc", "Nguyen Thi Lan", "the salt"),
    ("said", "Nguyen", "Nguyen Thi Lan", "the cooperative"),
    ("said", "A provincial official, Tran Van Hieu", "Tran Van Hieu", "compensation"),
    ("said", "Mr Tran", "Tran Van Hieu", "the fund"),
]

ARTICLES["robot_arm"] = """Robot maker says new arm will lift twice as much

Park Ji-hoon, chief engineer at Hanbit Robotics, said the new arm could lift 40 kilograms.

Park said testing would finish by the autumn.

Hanbit Robotics was founded in 2009 and employs 1,100 people.

His colleague Yoon Seo-yeon told reporters that the firm had hired 200 engineers this year.

Ms Yoon said most of them had joined straight from university.
"""
GOLD["robot_arm"] = [
    ("said", "Park Ji-hoon, chief engineer at Hanbit Robotics", "the new arm could lift 40 kilograms"),
    ("said", "Park", "testing would finish by the autumn"),
    ("told", "His colleague Yoon Seo-yeon", "the firm had hired 200 engineers this year"),
    ("said", "Ms Yoon", "most of them had joined straight from university"),
]
NOT_REPORTS["robot_arm"] = ["Hanbit Robotics was founded in 2009 and employs 1,100 people."]
SPEAKERS["robot_arm"] = [
    ("said", "Park Ji-hoon, chief engineer at Hanbit Robotics", "Park Ji-hoon", "the new arm"),
    ("said", "Park", "Park Ji-hoon", "testing"),
    ("told", "His colleague Yoon Seo-yeon", "Yoon Seo-yeon", "the firm"),
    ("said", "Ms Yoon", "Yoon Seo-yeon", "most of them"),
]

ARTICLES["pear_frost"] = """Late frost ruins pear blossom across Jiangmo valley

Xu Mingyu, who has grown pears on the valley's terraces for 30 years, said he had lost almost all of this year's blossom.

Xu said the temperature fell to minus six on Tuesday night.

Liang Wenhui, a professor of horticulture at Qinghe Agricultural University, warned that late frosts were becoming more common.

Professor Liang said growers should plant later-flowering varieties.

The valley produces about 80,000 tonnes of pears a year.
"""
GOLD["pear_frost"] = [
    ("said", "Xu Mingyu, who has grown pears on the valley's terraces for 30 years", "he had lost almost all of this year's blossom"),
    ("said", "Xu", "the temperature fell to minus six on Tuesday night"),
    ("warned", "Liang Wenhui, a professor of horticulture at Qinghe Agricultural University", "late frosts were becoming more common"),
    ("said", "Professor Liang", "growers should plant later-flowering varieties"),
]
NOT_REPORTS["pear_frost"] = ["The valley produces about 80,000 tonnes of pears a year."]
SPEAKERS["pear_frost"] = [
    ("said", "Xu Mingyu, who has grown pears on the valley's terraces for 30 years", "Xu Mingyu", "he had lost"),
    ("said", "Xu", "Xu Mingyu", "the temperature"),
    ("warned", "Liang Wenhui, a professor of horticulture at Qinghe Agricultural University", "Liang Wenhui", "late frosts"),
    ("said", "Professor Liang", "Liang Wenhui", "growers"),
]

ARTICLES["wadi_dam"] = """Water authority to raise dam wall before rains

Abdullah al-Rashidi, head of the Wadi Samar water authority, said the dam wall would be raised by two metres.

Al-Rashidi said the work would cost 14 million dinars.

The reservoir holds 90 million cubic metres when full.

Farmers downstream said they had not been consulted.

Rashidi said public meetings would be held in every village along the wadi.
"""
GOLD["wadi_dam"] = [
    ("said", "Abdullah al-Rashidi, head of the Wadi Samar water authority", "the dam wall would be raised by two metres"),
    ("said", "Al-Rashidi", "the work would cost 14 million dinars"),
    ("said", "Farmers downstream", "they had not been consulted"),
    ("said", "Rashidi", "public meetings would be held in every village along the wadi"),
]
NOT_REPORTS["wadi_dam"] = ["The reservoir holds 90 million cubic metres when full."]
SPEAKERS["wadi_dam"] = [
    ("said", "Abdullah al-Rashidi, head of the Wadi Samar water authority", "Abdullah al-Rashidi", "the dam wall"),
    ("said", "Al-Rashidi", "Abdullah al-Rashidi", "the work"),
    ("said", "Rashidi", "Abdullah al-Rashidi", "public meetings"),
]

ARTICLES["falcon_race"] = """Falcon race moved to cooler month

Sheikh Mansour bin Saqr al-Harithi, who chairs the Qarnain falconry club, announced that the race would move from June to November.

Sheikh Mansour said the summer heat had become too dangerous for the birds.

Last year's race drew 1,400 falcons from nine countries.

The club's vet, Faisal bin Nasser al-Masrouqi, said two birds had died of heatstroke last summer.

Mr al-Masrouqi said shaded perches would be built along the course.
"""
GOLD["falcon_race"] = [
    ("announced", "Sheikh Mansour bin Saqr al-Harithi, who chairs the Qarnain falconry club", "the race would move from June to November"),
    ("said", "Sheikh Mansour", "the summer heat had become too dangerous for the birds"),
    ("said", "The club's vet, Faisal bin Nasser al-Masrouqi", "two birds had died of heatstroke last summer"),
    ("said", "Mr al-Masrouqi", "shaded perches would be built along the course"),
]
NOT_REPORTS["falcon_race"] = ["Last year's race drew 1,400 falcons from nine countries."]
SPEAKERS["falcon_race"] = [
    ("announced", "Sheikh Mansour bin Saqr al-Harithi, who chairs the Qarnain falconry club", "Mansour bin Saqr al-Harithi", "the race"),
    ("said", "Sheikh Mansour", "Mansour bin Saqr al-Harithi", "the summer heat"),
    ("said", "The club's vet, Faisal bin Nasser al-Masrouqi", "Faisal bin Nasser al-Masrouqi", "two birds"),
    ("said", "Mr al-Masrouqi", "Faisal bin Nasser al-Masrouqi", "shaded perches"),
]

ARTICLES["camp_school"] = """Camp school opens its third classroom

Umm Khalid, a teacher who fled her town two years ago, said the children had been learning in a tent since January.

Umm Khalid said more than 90 pupils now came every morning.

The new classroom was built from shipping containers.

Mohamed Abdel Fattah Suleiman, who manages the camp for the Relief Network, said a fourth room would follow in the spring.

Suleiman said the network was still looking for teachers of mathematics.
"""
GOLD["camp_school"] = [
    ("said", "Umm Khalid, a teacher who fled her town two years ago", "the children had been learning in a tent since January"),
    ("said", "Umm Khalid", "more than 90 pupils now came every morning"),
    ("said", "Mohamed Abdel Fattah Suleiman, who manages the camp for the Relief Network", "a fourth room would follow in the spring"),
    ("said", "Suleiman", "the network was still looking for teachers of mathematics"),
]
NOT_REPORTS["camp_school"] = ["The new classroom was built from shipping containers."]
SPEAKERS["camp_school"] = [
    ("said", "Umm Khalid, a teacher who fled her town two years ago", "Umm Khalid", "the children"),
    ("said", "Umm Khalid", "Umm Khalid", "more than 90"),
    ("said", "Mohamed Abdel Fattah Suleiman, who manages the camp for the Relief Network", "Mohamed Abdel Fattah Suleiman", "a fourth"),
    ("said", "Suleiman", "Mohamed Abdel Fattah Suleiman", "the network"),
]

ARTICLES["bridge_toll"] = """Mayor scraps toll on river bridge

María Fernanda Ortiz Quiroga, the mayor of San Lucio, said the toll on the Puente Viejo would end on 1 July.

Ortiz said the bridge had long since paid for itself.

The bridge opened in 1964 and carries 30,000 vehicles a day.

José Luis Barrientos Peña, who leads the opposition on the council, said the city would lose four million pesos a year.

Barrientos said repairs would now have to come out of the general budget.
"""
GOLD["bridge_toll"] = [
    ("said", "María Fernanda Ortiz Quiroga, the mayor of San Lucio", "the toll on the Puente Viejo would end on 1 July"),
    ("said", "Ortiz", "the bridge had long since paid for itself"),
    ("said", "José Luis Barrientos Peña, who leads the opposition on the council", "the city would lose four million pesos a year"),
    ("said", "Barrientos", "repairs would now have to come out of the general budget"),
]
NOT_REPORTS["bridge_toll"] = ["The bridge opened in 1964 and carries 30,000 vehicles a day."]
SPEAKERS["bridge_toll"] = [
    ("said", "María Fernanda Ortiz Quiroga, the mayor of San Lucio", "María Fernanda Ortiz Quiroga", "the toll"),
    ("said", "Ortiz", "María Fernanda Ortiz Quiroga", "the bridge"),
    ("said", "José Luis Barrientos Peña, who leads the opposition on the council", "José Luis Barrientos Peña", "the city"),
    ("said", "Barrientos", "José Luis Barrientos Peña", "repairs"),
]

ARTICLES["cork_harvest"] = """Cork harvest falls for third year

João Pedro Carvalho Mendes, who manages 400 hectares of cork oak near Vale Serrado, said this year's harvest was a third smaller than usual.

Mendes said the dry winters had stunted the bark.

Cork is stripped from each tree only once every nine years.

Ana Beatriz dos Santos Lima, an ecologist at the Serrado research station, said the trees were also losing ground to scrub.

Lima said the station would plant 5,000 young oaks this winter.
"""
GOLD["cork_harvest"] = [
    ("said", "João Pedro Carvalho Mendes, who manages 400 hectares of cork oak near Vale Serrado", "this year's harvest was a third smaller than usual"),
    ("said", "Mendes", "the dry winters had stunted the bark"),
    ("said", "Ana Beatriz dos Santos Lima, an ecologist at the Serrado research station", "the trees were also losing ground to scrub"),
    ("said", "Lima", "the station would plant 5,000 young oaks this winter"),
]
NOT_REPORTS["cork_harvest"] = ["Cork is stripped from each tree only once every nine years."]
SPEAKERS["cork_harvest"] = [
    ("said", "João Pedro Carvalho Mendes, who manages 400 hectares of cork oak near Vale Serrado", "João Pedro Carvalho Mendes", "this year's"),
    ("said", "Mendes", "João Pedro Carvalho Mendes", "the dry"),
    ("said", "Ana Beatriz dos Santos Lima, an ecologist at the Serrado research station", "Ana Beatriz dos Santos Lima", "the trees"),
    ("said", "Lima", "Ana Beatriz dos Santos Lima", "the station"),
]

ARTICLES["dyke_pumps"] = """Pumps run day and night as polder floods

Pieter van der Berg, the warden of the Oostmeer polder, said the water had risen 40 centimetres overnight.

Van der Berg said all six pumping stations were running.

The polder lies four metres below sea level.

Friederike von Hallstein, a hydrologist at the Delftse Hogeschool, said the ground had been saturated for weeks.

The rain would ease by Thursday, von Hallstein said.
"""
GOLD["dyke_pumps"] = [
    ("said", "Pieter van der Berg, the warden of the Oostmeer polder", "the water had risen 40 centimetres overnight"),
    ("said", "Van der Berg", "all six pumping stations were running"),
    ("said", "Friederike von Hallstein, a hydrologist at the Delftse Hogeschool", "the ground had been saturated for weeks"),
    ("said", "von Hallstein", "The rain would ease by Thursday"),
]
NOT_REPORTS["dyke_pumps"] = ["The polder lies four metres below sea level."]
SPEAKERS["dyke_pumps"] = [
    ("said", "Pieter van der Berg, the warden of the Oostmeer polder", "Pieter van der Berg", "the water"),
    ("said", "Van der Berg", "Pieter van der Berg", "all six"),
    ("said", "Friederike von Hallstein, a hydrologist at the Delftse Hogeschool", "Friederike von Hallstein", "the ground"),
    ("said", "von Hallstein", "Friederike von Hallstein", "The rain"),
]

ARTICLES["coffee_coop"] = """Coffee growers win fair-trade label

Ana Luísa de Souza, who chairs the Serra Alta growers' cooperative, said the label would raise prices by a fifth.

de Souza said the cooperative had spent three years meeting the label's rules.

The cooperative has 210 members.

Its treasurer, Rui da Costa Neves, said the first premium payments would arrive in October.

da Costa Neves said the money would go into a drying shed.
"""
GOLD["coffee_coop"] = [
    ("said", "Ana Luísa de Souza, who chairs the Serra Alta growers' cooperative", "the label would raise prices by a fifth"),
    ("said", "de Souza", "the cooperative had spent three years meeting the label's rules"),
    ("said", "Its treasurer, Rui da Costa Neves", "the first premium payments would arrive in October"),
    ("said", "da Costa Neves", "the money would go into a drying shed"),
]
NOT_REPORTS["coffee_coop"] = ["The cooperative has 210 members."]
SPEAKERS["coffee_coop"] = [
    ("said", "Ana Luísa de Souza, who chairs the Serra Alta growers' cooperative", "Ana Luísa de Souza", "the label"),
    ("said", "de Souza", "Ana Luísa de Souza", "the cooperative"),
    ("said", "Its treasurer, Rui da Costa Neves", "Rui da Costa Neves", "the first"),
    ("said", "da Costa Neves", "Rui da Costa Neves", "the money"),
]

ARTICLES["market_stalls"] = """Traders return to rebuilt market

Chief Olusegun Adebayo-Coker, who chairs the Ojuelegba market board, said the 600 rebuilt stalls would open on Monday.

Chief Adebayo-Coker said traders would pay no rent for the first three months.

The old market burned down in 2022.

Alhaji Musa Danladi, the leader of the grain sellers, said his members wanted stalls nearer the main gate.

Alhaji Danladi said the board had promised to look again at the plan.
"""
GOLD["market_stalls"] = [
    ("said", "Chief Olusegun Adebayo-Coker, who chairs the Ojuelegba market board", "the 600 rebuilt stalls would open on Monday"),
    ("said", "Chief Adebayo-Coker", "traders would pay no rent for the first three months"),
    ("said", "Alhaji Musa Danladi, the leader of the grain sellers", "his members wanted stalls nearer the main gate"),
    ("said", "Alhaji Danladi", "the board had promised to look again at the plan"),
]
NOT_REPORTS["market_stalls"] = ["The old market burned down in 2022."]
SPEAKERS["market_stalls"] = [
    ("said", "Chief Olusegun Adebayo-Coker, who chairs the Ojuelegba market board", "Olusegun Adebayo-Coker", "the 600"),
    ("said", "Chief Adebayo-Coker", "Olusegun Adebayo-Coker", "traders"),
    ("said", "Alhaji Musa Danladi, the leader of the grain sellers", "Musa Danladi", "his members"),
    ("said", "Alhaji Danladi", "Musa Danladi", "the board"),
]

ARTICLES["durbar"] = """Festival durbar to return after four years

Nana Adjoa Boakye, the queen mother of Asankrom, said the durbar of chiefs would be held on the last Saturday of August.

Nana Boakye said every town in the traditional area had been invited.

The festival marks the end of the yam harvest.

Kwabena Ofosu-Darko, who organises the festival, said the district assembly had given 50,000 cedis towards it.

Mr Ofosu-Darko said volunteers were still needed to marshal the procession.
"""
GOLD["durbar"] = [
    ("said", "Nana Adjoa Boakye, the queen mother of Asankrom", "the durbar of chiefs would be held on the last Saturday of August"),
    ("said", "Nana Boakye", "every town in the traditional area had been invited"),
    ("said", "Kwabena Ofosu-Darko, who organises the festival", "the district assembly had given 50,000 cedis towards it"),
    ("said", "Mr Ofosu-Darko", "volunteers were still needed to marshal the procession"),
]
NOT_REPORTS["durbar"] = ["The festival marks the end of the yam harvest."]
SPEAKERS["durbar"] = [
    ("said", "Nana Adjoa Boakye, the queen mother of Asankrom", "Adjoa Boakye", "the durbar"),
    ("said", "Nana Boakye", "Adjoa Boakye", "every town"),
    ("said", "Kwabena Ofosu-Darko, who organises the festival", "Kwabena Ofosu-Darko", "the district"),
    ("said", "Mr Ofosu-Darko", "Kwabena Ofosu-Darko", "volunteers"),
]

ARTICLES["rail_signals"] = """New signals to cut delays on coastal line

K. R. Venkataraman, the chief engineer of the Southern Coastal Railway, said the new signals would let trains run four minutes apart.

Venkataraman said the work would be finished by December.

The line carries 140 trains a day.

Dr P. S. Lakshmi Narayanan, who studies rail safety at the Tiruvalam Institute of Technology, said the old signals had failed 38 times last year.

Dr Narayanan said the new system would report its own faults.
"""
GOLD["rail_signals"] = [
    ("said", "K. R. Venkataraman, the chief engineer of the Southern Coastal Railway", "the new signals would let trains run four minutes apart"),
    ("said", "Venkataraman", "the work would be finished by December"),
    ("said", "Dr P. S. Lakshmi Narayanan, who studies rail safety at the Tiruvalam Institute of Technology", "the old signals had failed 38 times last year"),
    ("said", "Dr Narayanan", "the new system would report its own faults"),
]
NOT_REPORTS["rail_signals"] = ["The line carries 140 trains a day."]
SPEAKERS["rail_signals"] = [
    ("said", "K. R. Venkataraman, the chief engineer of the Southern Coastal Railway", "K. R. Venkataraman", "the new signals"),
    ("said", "Venkataraman", "K. R. Venkataraman", "the work"),
    ("said", "Dr P. S. Lakshmi Narayanan, who studies rail safety at the Tiruvalam Institute of Technology", "P. S. Lakshmi Narayanan", "the old signals"),
    ("said", "Dr Narayanan", "P. S. Lakshmi Narayanan", "the new system"),
]

ARTICLES["geothermal"] = """Town to heat greenhouses with hot spring water

Guðrún Sveinsdóttir, the mayor of Hvammsvík, said a pipe from the hot springs would reach the greenhouses next spring.

Guðrún said the town had borrowed 300 million krónur for the pipe.

The springs reach 96 degrees at the surface.

Einar Hallgrímsson, who grows tomatoes in four of the greenhouses, said his heating bill would fall by half.

Einar said he planned to grow peppers through the winter.
"""
GOLD["geothermal"] = [
    ("said", "Guðrún Sveinsdóttir, the mayor of Hvammsvík", "a pipe from the hot springs would reach the greenhouses next spring"),
    ("said", "Guðrún", "the town had borrowed 300 million krónur for the pipe"),
    ("said", "Einar Hallgrímsson, who grows tomatoes in four of the greenhouses", "his heating bill would fall by half"),
    ("said", "Einar", "he planned to grow peppers through the winter"),
]
NOT_REPORTS["geothermal"] = ["The springs reach 96 degrees at the surface."]
SPEAKERS["geothermal"] = [
    ("said", "Guðrún Sveinsdóttir, the mayor of Hvammsvík", "Guðrún Sveinsdóttir", "a pipe"),
    ("said", "Guðrún", "Guðrún Sveinsdóttir", "the town"),
    ("said", "Einar Hallgrímsson, who grows tomatoes in four of the greenhouses", "Einar Hallgrímsson", "his heating"),
    ("said", "Einar", "Einar Hallgrímsson", "he planned"),
]

ARTICLES["ice_road"] = """Ice road closes early as river thaws

Yelena Viktorovna Sokolova, who runs the ferry service at Verkhnyaya Kolva, said the ice road across the river had closed three weeks early.

Sokolova said the ferry would start as soon as the ice had cleared.

The road is usually open from January to April.

Igor Pavlovich Zhdanov, a lorry driver, said he had been stranded on the far bank for two days.

Zhdanov said food in the village shop was running short.
"""
GOLD["ice_road"] = [
    ("said", "Yelena Viktorovna Sokolova, who runs the ferry service at Verkhnyaya Kolva", "the ice road across the river had closed three weeks early"),
    ("said", "Sokolova", "the ferry would start as soon as the ice had cleared"),
    ("said", "Igor Pavlovich Zhdanov, a lorry driver", "he had been stranded on the far bank for two days"),
    ("said", "Zhdanov", "food in the village shop was running short"),
]
NOT_REPORTS["ice_road"] = ["The road is usually open from January to April."]
SPEAKERS["ice_road"] = [
    ("said", "Yelena Viktorovna Sokolova, who runs the ferry service at Verkhnyaya Kolva", "Yelena Viktorovna Sokolova", "the ice road"),
    ("said", "Sokolova", "Yelena Viktorovna Sokolova", "the ferry"),
    ("said", "Igor Pavlovich Zhdanov, a lorry driver", "Igor Pavlovich Zhdanov", "he had been"),
    ("said", "Zhdanov", "Igor Pavlovich Zhdanov", "food"),
]

ARTICLES["harbour_mural"] = """Harbour wall mural unveiled

Siobhan O'Donoghue-Mbeki, the artist who painted the mural, said it took eleven weeks to finish.

O'Donoghue-Mbeki said the faces in it belonged to fishing families from the town.

The mural is 60 metres long.

D'Arcy N'Dour-Fitzgerald, who chairs the harbour trust, said the trust had paid for the scaffolding.

N'Dour-Fitzgerald said a second wall would be painted next year.
"""
GOLD["harbour_mural"] = [
    ("said", "Siobhan O'Donoghue-Mbeki, the artist who painted the mural", "it took eleven weeks to finish"),
    ("said", "O'Donoghue-Mbeki", "the faces in it belonged to fishing families from the town"),
    ("said", "D'Arcy N'Dour-Fitzgerald, who chairs the harbour trust", "the trust had paid for the scaffolding"),
    ("said", "N'Dour-Fitzgerald", "a second wall would be painted next year"),
]
NOT_REPORTS["harbour_mural"] = ["The mural is 60 metres long."]
SPEAKERS["harbour_mural"] = [
    ("said", "Siobhan O'Donoghue-Mbeki, the artist who painted the mural", "Siobhan O'Donoghue-Mbeki", "it took"),
    ("said", "O'Donoghue-Mbeki", "Siobhan O'Donoghue-Mbeki", "the faces"),
    ("said", "D'Arcy N'Dour-Fitzgerald, who chairs the harbour trust", "D'Arcy N'Dour-Fitzgerald", "the trust"),
    ("said", "N'Dour-Fitzgerald", "D'Arcy N'Dour-Fitzgerald", "a second"),
]

ARTICLES["volcano_watch"] = """Villagers told to stay away from crater

Sulistyanto, the head of the Kali Jernih district, said people living within five kilometres of the crater should leave.

Sulistyanto said buses would take them to a school in the next valley.

The volcano last erupted in 2010.

A volcanologist at the monitoring post, Ratna Widyasari, said the number of small tremors had doubled this week.

Widyasari said the alert level could be raised again.
"""
GOLD["volcano_watch"] = [
    ("said", "Sulistyanto, the head of the Kali Jernih district", "people living within five kilometres of the crater should leave"),
    ("said", "Sulistyanto", "buses would take them to a school in the next valley"),
    ("said", "A volcanologist at the monitoring post, Ratna Widyasari", "the number of small tremors had doubled this week"),
    ("said", "Widyasari", "the alert level could be raised again"),
]
NOT_REPORTS["volcano_watch"] = ["The volcano last erupted in 2010."]
SPEAKERS["volcano_watch"] = [
    ("said", "Sulistyanto, the head of the Kali Jernih district", "Sulistyanto", "people living"),
    ("said", "Sulistyanto", "Sulistyanto", "buses"),
    ("said", "A volcanologist at the monitoring post, Ratna Widyasari", "Ratna Widyasari", "the number"),
    ("said", "Widyasari", "Ratna Widyasari", "the alert"),
]

ARTICLES["shrine_roof"] = """Faith leaders join appeal to repair shrine roof

Grand Ayatollah Hossein Mirzadeh-Tabrizi, who leads the seminary in Qasrabad, said the shrine's dome had cracked in last month's earthquake.

The ayatollah said repairs should begin before the winter snow.

The shrine dates from the 14th century.

Rabbi Miriam Castellano-Weisz, who sits on the city's interfaith council, said the council would match every donation.

Rabbi Castellano-Weisz said the appeal had raised £40,000 in its first week.
"""
GOLD["shrine_roof"] = [
    ("said", "Grand Ayatollah Hossein Mirzadeh-Tabrizi, who leads the seminary in Qasrabad", "the shrine's dome had cracked in last month's earthquake"),
    ("said", "The ayatollah", "repairs should begin before the winter snow"),
    ("said", "Rabbi Miriam Castellano-Weisz, who sits on the city's interfaith council", "the council would match every donation"),
    ("said", "Rabbi Castellano-Weisz", "the appeal had raised £40,000 in its first week"),
]
NOT_REPORTS["shrine_roof"] = ["The shrine dates from the 14th century."]
SPEAKERS["shrine_roof"] = [
    ("said", "Grand Ayatollah Hossein Mirzadeh-Tabrizi, who leads the seminary in Qasrabad", "Hossein Mirzadeh-Tabrizi", "the shrine's"),
    ("said", "The ayatollah", "Hossein Mirzadeh-Tabrizi", "repairs"),
    ("said", "Rabbi Miriam Castellano-Weisz, who sits on the city's interfaith council", "Miriam Castellano-Weisz", "the council"),
    ("said", "Rabbi Castellano-Weisz", "Miriam Castellano-Weisz", "the appeal"),
]

ARTICLES["chapel_choir"] = """Chapel choir to sing again after roof repairs

The Rev Abigail Thorne-Okoro, the vicar of St Brannoc's, said the chapel would reopen for its choir on Easter Sunday.

Ms Thorne-Okoro said the repairs had cost £85,000.

The chapel seats 120.

Mx Robin Ashdown, who directs the choir, said singers had been rehearsing in the village hall since October.

Mx Ashdown said two new tenors had joined over the winter.
"""
GOLD["chapel_choir"] = [
    ("said", "The Rev Abigail Thorne-Okoro, the vicar of St Brannoc's", "the chapel would reopen for its choir on Easter Sunday"),
    ("said", "Ms Thorne-Okoro", "the repairs had cost £85,000"),
    ("said", "Mx Robin Ashdown, who directs the choir", "singers had been rehearsing in the village hall since October"),
    ("said", "Mx Ashdown", "two new tenors had joined over the winter"),
]
NOT_REPORTS["chapel_choir"] = ["The chapel seats 120."]
SPEAKERS["chapel_choir"] = [
    ("said", "The Rev Abigail Thorne-Okoro, the vicar of St Brannoc's", "Abigail Thorne-Okoro", "the chapel"),
    ("said", "Ms Thorne-Okoro", "Abigail Thorne-Okoro", "the repairs"),
    ("said", "Mx Robin Ashdown, who directs the choir", "Robin Ashdown", "singers"),
    ("said", "Mx Ashdown", "Robin Ashdown", "two new"),
]

ARTICLES["opera_house"] = """Opera house names new director

Dame Philippa Harrowgate, who chairs the Northmoor Opera board, said the new director would start in September.

Dame Philippa said the board had seen 40 candidates.

The opera house stages eight productions a season.

The new director, Tancredi Oyelaran-Kruse, said he wanted to take the company on tour.

Oyelaran-Kruse said the first tour would visit six towns.
"""
GOLD["opera_house"] = [
    ("said", "Dame Philippa Harrowgate, who chairs the Northmoor Opera board", "the new director would start in September"),
    ("said", "Dame Philippa", "the board had seen 40 candidates"),
    ("said", "The new director, Tancredi Oyelaran-Kruse", "he wanted to take the company on tour"),
    ("said", "Oyelaran-Kruse", "the first tour would visit six towns"),
]
NOT_REPORTS["opera_house"] = ["The opera house stages eight productions a season."]
SPEAKERS["opera_house"] = [
    ("said", "Dame Philippa Harrowgate, who chairs the Northmoor Opera board", "Philippa Harrowgate", "the new director"),
    ("said", "Dame Philippa", "Philippa Harrowgate", "the board"),
    ("said", "The new director, Tancredi Oyelaran-Kruse", "Tancredi Oyelaran-Kruse", "he wanted"),
    ("said", "Oyelaran-Kruse", "Tancredi Oyelaran-Kruse", "the first tour"),
]

ARTICLES["comet_find"] = """Amateur astronomers spot new comet

Zephyrine Quallo-Batt, who built her own telescope in a garden shed, said she saw the comet on Tuesday night.

Quallo-Batt said she had been searching the same patch of sky for six years.

The comet will be closest to the Sun in March.

Her fellow club member Thaddeus Ngwenya-Ruiz said he confirmed the sighting an hour later.

Ngwenya-Ruiz said the club hoped the comet would carry both their names.
"""
GOLD["comet_find"] = [
    ("said", "Zephyrine Quallo-Batt, who built her own telescope in a garden shed", "she saw the comet on Tuesday night"),
    ("said", "Quallo-Batt", "she had been searching the same patch of sky for six years"),
    ("said", "Her fellow club member Thaddeus Ngwenya-Ruiz", "he confirmed the sighting an hour later"),
    ("said", "Ngwenya-Ruiz", "the club hoped the comet would carry both their names"),
]
NOT_REPORTS["comet_find"] = ["The comet will be closest to the Sun in March."]
SPEAKERS["comet_find"] = [
    ("said", "Zephyrine Quallo-Batt, who built her own telescope in a garden shed", "Zephyrine Quallo-Batt", "she saw"),
    ("said", "Quallo-Batt", "Zephyrine Quallo-Batt", "she had been"),
    ("said", "Her fellow club member Thaddeus Ngwenya-Ruiz", "Thaddeus Ngwenya-Ruiz", "he confirmed"),
    ("said", "Ngwenya-Ruiz", "Thaddeus Ngwenya-Ruiz", "the club"),
]

ARTICLES["bakery_couple"] = """Couple's bakery wins regional prize

Chidi and Ngozi Okonkwo, who opened the Golden Crust bakery in Marlby in 2019, said they had entered the competition on a whim.

The Okonkwos said their sourdough recipe came from Ngozi's grandmother.

The bakery sells about 400 loaves a day.

Mrs Okonkwo said she still started baking at four every morning.

Mr Okonkwo said the prize money would pay for a second oven.
"""
GOLD["bakery_couple"] = [
    ("said", "Chidi and Ngozi Okonkwo, who opened the Golden Crust bakery in Marlby in 2019", "they had entered the competition on a whim"),
    ("said", "The Okonkwos", "their sourdough recipe came from Ngozi's grandmother"),
    ("said", "Mrs Okonkwo", "she still started baking at four every morning"),
    ("said", "Mr Okonkwo", "the prize money would pay for a second oven"),
]
NOT_REPORTS["bakery_couple"] = ["The bakery sells about 400 loaves a day."]
SPEAKERS["bakery_couple"] = [
    ("said", "Mrs Okonkwo", "Ngozi Okonkwo", "she still"),
    ("said", "Mr Okonkwo", "Chidi Okonkwo", "the prize"),
]

ARTICLES["noodle_siblings"] = """Siblings reopen family noodle shop

Le Van Thanh and his sister Le Thi Hoa reopened their parents' noodle shop in Cau Moi on Saturday.

Thanh said the shop had been closed for five years after their father retired.

Hoa said she had kept the broth recipe in a notebook.

The shop has twelve tables.

A regular customer, Pham Quoc Bao, said the queue stretched down the street on the first morning.

Bao said the broth tasted exactly as he remembered it.
"""
GOLD["noodle_siblings"] = [
    ("said", "Thanh", "the shop had been closed for five years after their father retired"),
    ("said", "Hoa", "she had kept the broth recipe in a notebook"),
    ("said", "A regular customer, Pham Quoc Bao", "the queue stretched down the street on the first morning"),
    ("said", "Bao", "the broth tasted exactly as he remembered it"),
]
NOT_REPORTS["noodle_siblings"] = ["The shop has twelve tables."]
SPEAKERS["noodle_siblings"] = [
    ("said", "Thanh", "Le Van Thanh", "the shop"),
    ("said", "Hoa", "Le Thi Hoa", "she had kept"),
    ("said", "A regular customer, Pham Quoc Bao", "Pham Quoc Bao", "the queue"),
    ("said", "Bao", "Pham Quoc Bao", "the broth"),
]

ARTICLES["ferry_captain"] = """Ferry captain retires after 40 years

Farida Rich, who has skippered the island ferry since 1985, said her last crossing would be on Friday.

Rich said she had made about 30,000 crossings.

The ferry carries 200 passengers and 30 cars.

Her deckhand for 20 years, Bill Summer, said she had never missed a sailing because of illness.

Summer said the crew were planning a party on the quay.

Hope Castellanos, who will take over as captain, said she had big shoes to fill.

Castellanos said the timetable would not change.
"""
GOLD["ferry_captain"] = [
    ("said", "Farida Rich, who has skippered the island ferry since 1985", "her last crossing would be on Friday"),
    ("said", "Rich", "she had made about 30,000 crossings"),
    ("said", "Her deckhand for 20 years, Bill Summer", "she had never missed a sailing because of illness"),
    ("said", "Summer", "the crew were planning a party on the quay"),
    ("said", "Hope Castellanos, who will take over as captain", "she had big shoes to fill"),
    ("said", "Castellanos", "the timetable would not change"),
]
NOT_REPORTS["ferry_captain"] = ["The ferry carries 200 passengers and 30 cars."]
SPEAKERS["ferry_captain"] = [
    ("said", "Farida Rich, who has skippered the island ferry since 1985", "Farida Rich", "her last"),
    ("said", "Rich", "Farida Rich", "she had made"),
    ("said", "Her deckhand for 20 years, Bill Summer", "Bill Summer", "she had never"),
    ("said", "Summer", "Bill Summer", "the crew"),
    ("said", "Hope Castellanos, who will take over as captain", "Hope Castellanos", "she had big"),
    ("said", "Castellanos", "Hope Castellanos", "the timetable"),
]

ARTICLES["marae_roof"] = """Marae gets new meeting house roof

Aroha Te Whare-Ngata, who chairs the Ōtaki Moana marae committee, said the new roof would be blessed at dawn on Saturday.

Te Whare-Ngata said the old roof had leaked for a decade.

The meeting house was built in 1911.

The carver, Rangi Te Awe-Paku, said the panels under the eaves had taken two years to carve.

Te Awe-Paku said young carvers from three schools had helped.
"""
GOLD["marae_roof"] = [
    ("said", "Aroha Te Whare-Ngata, who chairs the Ōtaki Moana marae committee", "the new roof would be blessed at dawn on Saturday"),
    ("said", "Te Whare-Ngata", "the old roof had leaked for a decade"),
    ("said", "The carver, Rangi Te Awe-Paku", "the panels under the eaves had taken two years to carve"),
    ("said", "Te Awe-Paku", "young carvers from three schools had helped"),
]
NOT_REPORTS["marae_roof"] = ["The meeting house was built in 1911."]
SPEAKERS["marae_roof"] = [
    ("said", "Aroha Te Whare-Ngata, who chairs the Ōtaki Moana marae committee", "Aroha Te Whare-Ngata", "the new roof"),
    ("said", "Te Whare-Ngata", "Aroha Te Whare-Ngata", "the old roof"),
    ("said", "The carver, Rangi Te Awe-Paku", "Rangi Te Awe-Paku", "the panels"),
    ("said", "Te Awe-Paku", "Rangi Te Awe-Paku", "young carvers"),
]

ARTICLES["highland_clinic"] = """Mobile clinic reaches highland villages

Tsehay Alemayehu, a nurse who runs the mobile clinic, said it had vaccinated 3,000 children since January.

Tsehay said the clinic's lorry could reach villages that had never seen a doctor.

The clinic visits 26 villages.

The district health officer, Dawit Gebremedhin, said a second lorry had been ordered.

Dawit said it would arrive before the rainy season.
"""
GOLD["highland_clinic"] = [
    ("said", "Tsehay Alemayehu, a nurse who runs the mobile clinic", "it had vaccinated 3,000 children since January"),
    ("said", "Tsehay", "the clinic's lorry could reach villages that had never seen a doctor"),
    ("said", "The district health officer, Dawit Gebremedhin", "a second lorry had been ordered"),
    ("said", "Dawit", "it would arrive before the rainy season"),
]
NOT_REPORTS["highland_clinic"] = ["The clinic visits 26 villages."]
SPEAKERS["highland_clinic"] = [
    ("said", "Tsehay Alemayehu, a nurse who runs the mobile clinic", "Tsehay Alemayehu", "it had"),
    ("said", "Tsehay", "Tsehay Alemayehu", "the clinic's"),
    ("said", "The district health officer, Dawit Gebremedhin", "Dawit Gebremedhin", "a second"),
    ("said", "Dawit", "Dawit Gebremedhin", "it would"),
]

ARTICLES["ceramics_fair"] = """Potters' fair returns to old tannery

Ayşe Gül Yıldırım, who organises the fair, said 70 potters had booked stands this year.

Yıldırım said the tannery's courtyard would hold a kiln for demonstrations.

The fair runs for three days.

Kim Soo-ah, a potter who came from Gangjin, said she would show celadon bowls.

Kim said her family had made celadon for four generations.
"""
GOLD["ceramics_fair"] = [
    ("said", "Ayşe Gül Yıldırım, who organises the fair", "70 potters had booked stands this year"),
    ("said", "Yıldırım", "the tannery's courtyard would hold a kiln for demonstrations"),
    ("said", "Kim Soo-ah, a potter who came from Gangjin", "she would show celadon bowls"),
    ("said", "Kim", "her family had made celadon for four generations"),
]
NOT_REPORTS["ceramics_fair"] = ["The fair runs for three days."]
SPEAKERS["ceramics_fair"] = [
    ("said", "Ayşe Gül Yıldırım, who organises the fair", "Ayşe Gül Yıldırım", "70 potters"),
    ("said", "Yıldırım", "Ayşe Gül Yıldırım", "the tannery's"),
    ("said", "Kim Soo-ah, a potter who came from Gangjin", "Kim Soo-ah", "she would"),
    ("said", "Kim", "Kim Soo-ah", "her family"),
]

# written after the first mends, to probe the mended shapes and more conventions in other words

ARTICLES["tea_estate"] = """Tea pickers win higher daily wage

U Kyaw Zin Htet, who leads the pickers' union on the Mogyo estate, said the daily wage would rise by a quarter.

U Kyaw Zin Htet said the union had asked for the rise two years ago.

The estate covers 900 acres of hillside.

The estate's manager, Daw Khin Myat Noe, said the new wage would be paid from the next harvest.

Daw Khin Myat Noe said the estate would also repair the pickers' housing.
"""
GOLD["tea_estate"] = [
    ("said", "U Kyaw Zin Htet, who leads the pickers' union on the Mogyo estate", "the daily wage would rise by a quarter"),
    ("said", "U Kyaw Zin Htet", "the union had asked for the rise two years ago"),
    ("said", "The estate's manager, Daw Khin Myat Noe", "the new wage would be paid from the next harvest"),
    ("said", "Daw Khin Myat Noe", "the estate would also repair the pickers' housing"),
]
NOT_REPORTS["tea_estate"] = ["The estate covers 900 acres of hillside."]
SPEAKERS["tea_estate"] = [
    ("said", "U Kyaw Zin Htet", "Kyaw Zin Htet", "the union"),
    ("said", "Daw Khin Myat Noe", "Khin Myat Noe", "the estate"),
]

ARTICLES["ferry_pier"] = """New pier to open on island ferry route

Ahmad Faizal bin Hassan, who heads the island's council, said the new pier would open in June.

Ahmad Faizal said the old pier had been closed since the storm in January.

The crossing takes 40 minutes.

Siti Nurhaliza binti Osman, a ferry operator, said she would add two sailings a day.

Siti Nurhaliza said fares would stay the same.
"""
GOLD["ferry_pier"] = [
    ("said", "Ahmad Faizal bin Hassan, who heads the island's council", "the new pier would open in June"),
    ("said", "Ahmad Faizal", "the old pier had been closed since the storm in January"),
    ("said", "Siti Nurhaliza binti Osman, a ferry operator", "she would add two sailings a day"),
    ("said", "Siti Nurhaliza", "fares would stay the same"),
]
NOT_REPORTS["ferry_pier"] = ["The crossing takes 40 minutes."]
SPEAKERS["ferry_pier"] = [
    ("said", "Ahmad Faizal bin Hassan, who heads the island's council", "Ahmad Faizal bin Hassan", "the new pier"),
    ("said", "Ahmad Faizal", "Ahmad Faizal bin Hassan", "the old pier"),
    ("said", "Siti Nurhaliza binti Osman, a ferry operator", "Siti Nurhaliza binti Osman", "she would"),
    ("said", "Siti Nurhaliza", "Siti Nurhaliza binti Osman", "fares"),
]

ARTICLES["olive_press"] = """Olive press reopens after fire

Rosa María del Carmen Ibáñez, who owns the press at Villafrondosa, said it would start pressing again on Monday.

Ibáñez said the fire had destroyed the old grinding stones.

The press handles olives from 300 growers.

Khalil el-Masri, who buys oil from the press for a shop in Marseille, said he had waited months for this year's oil.

Masri said the price had risen by a third.

Tamsin Okafor-Lindqvist, a fire investigator, said the blaze had started in a faulty motor.

Okafor-Lindqvist said no one had been hurt.
"""
GOLD["olive_press"] = [
    ("said", "Rosa María del Carmen Ibáñez, who owns the press at Villafrondosa", "it would start pressing again on Monday"),
    ("said", "Ibáñez", "the fire had destroyed the old grinding stones"),
    ("said", "Khalil el-Masri, who buys oil from the press for a shop in Marseille", "he had waited months for this year's oil"),
    ("said", "Masri", "the price had risen by a third"),
    ("said", "Tamsin Okafor-Lindqvist, a fire investigator", "the blaze had started in a faulty motor"),
    ("said", "Okafor-Lindqvist", "no one had been hurt"),
]
NOT_REPORTS["olive_press"] = ["The press handles olives from 300 growers."]
SPEAKERS["olive_press"] = [
    ("said", "Rosa María del Carmen Ibáñez, who owns the press at Villafrondosa", "Rosa María del Carmen Ibáñez", "it would"),
    ("said", "Ibáñez", "Rosa María del Carmen Ibáñez", "the fire"),
    ("said", "Khalil el-Masri, who buys oil from the press for a shop in Marseille", "Khalil el-Masri", "he had"),
    ("said", "Masri", "Khalil el-Masri", "the price"),
    ("said", "Tamsin Okafor-Lindqvist, a fire investigator", "Tamsin Okafor-Lindqvist", "the blaze"),
    ("said", "Okafor-Lindqvist", "Tamsin Okafor-Lindqvist", "no one"),
]

ARTICLES["gurdwara_kitchen"] = """Temple kitchen feeds record crowd

Harpreet Kaur Sandhu, who runs the kitchen at the Eastfield gurdwara, said volunteers had served 12,000 meals on Sunday.

Ms Sandhu said the kitchen had run out of lentils by mid-afternoon.

The kitchen is open to anyone, every day.

Her brother, Gurvinder Singh Sandhu, said the family had cooked there for three generations.

Mr Sandhu said more volunteers were needed on weekdays.

The Rev Tobias Ashworth-Nkemelu, the vicar of the church next door, said his parish had lent the gurdwara its tables.
"""
GOLD["gurdwara_kitchen"] = [
    ("said", "Harpreet Kaur Sandhu, who runs the kitchen at the Eastfield gurdwara", "volunteers had served 12,000 meals on Sunday"),
    ("said", "Ms Sandhu", "the kitchen had run out of lentils by mid-afternoon"),
    ("said", "Her brother, Gurvinder Singh Sandhu", "the family had cooked there for three generations"),
    ("said", "Mr Sandhu", "more volunteers were needed on weekdays"),
    ("said", "The Rev Tobias Ashworth-Nkemelu, the vicar of the church next door", "his parish had lent the gurdwara its tables"),
]
NOT_REPORTS["gurdwara_kitchen"] = ["The kitchen is open to anyone, every day."]
SPEAKERS["gurdwara_kitchen"] = [
    ("said", "Ms Sandhu", "Harpreet Kaur Sandhu", "the kitchen"),
    ("said", "Her brother, Gurvinder Singh Sandhu", "Gurvinder Singh Sandhu", "the family"),
    ("said", "Mr Sandhu", "Gurvinder Singh Sandhu", "more volunteers"),
    ("said", "The Rev Tobias Ashworth-Nkemelu, the vicar of the church next door", "Tobias Ashworth-Nkemelu", "his parish"),
]
