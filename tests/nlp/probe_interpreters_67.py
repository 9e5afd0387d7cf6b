# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-seventh session's check of speech that reaches the article through an
interpreter, a translation or another outlet (helper C): 'said through an interpreter', 'speaking through an
interpreter, X said', 'said in Spanish', 'told the state broadcaster X', 'in remarks translated by Y', 'told the
newspaper Z in an interview published on Sunday', 'according to a transcript released by X', 'said in a video posted
on social media', 'wrote on his Telegram channel', 'in comments carried by the state news agency', 'the newspaper
quoted X as saying'; speakers with names of many shapes (Arabic 'al-' and 'bin', Chinese and Korean family-first
names, Spanish double surnames, Vietnamese, Russian patronymics, Icelandic '-dóttir' named again by the given name),
foreign titles ('Herr', 'Señora', 'Monsieur', 'Frau') and speakers named again by surname, title or role ('the foreign
minister', 'Ms Nguyen'); the relaying outlet (the newspaper, the broadcaster, the agency) is never the speaker.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; 'X said Y, according to Z' is one report of Z holding the clause, as ``probe_relayed_64`` counted on train):
per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS`` (translation notes, 'The interview has been edited', view counts, broadcast
schedules); (cue, source, speaker, the content's first words) in ``SPEAKERS``, the speaker the person's full name as
first written, without a title. Every name, place, outlet, body and sentence is made up. Read by
``test_probe_findings_67_interpreters``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["interpreter_embassy"] = """Valdora to reopen embassy in Presk

President Tomás Echeverría Lugo of Valdora said through an interpreter that his country would reopen its embassy in Presk.

The embassy was closed in 2019 after a dispute over fishing rights.

Echeverría said the two governments would exchange ambassadors by June.
"""
GOLD["interpreter_embassy"] = [
    ("said", "President Tomás Echeverría Lugo of Valdora", "his country would reopen its embassy in Presk"),
    ("said", "Echeverría", "the two governments would exchange ambassadors by June"),
]
NOT_REPORTS["interpreter_embassy"] = ["The embassy was closed in 2019 after a dispute over fishing rights."]
SPEAKERS["interpreter_embassy"] = [("said", "Echeverría", "Tomás Echeverría Lugo", "the two governments")]

ARTICLES["speaking_interpreter"] = """Farm minister promises drought aid

Speaking through an interpreter, the Korvan farm minister, Park Ji-hoon, said the government would pay farmers for lost crops.

The drought has lasted since February.

Park said the payments would start in August.
"""
GOLD["speaking_interpreter"] = [
    ("said", "the Korvan farm minister, Park Ji-hoon", "the government would pay farmers for lost crops"),
    ("said", "Park", "the payments would start in August"),
]
NOT_REPORTS["speaking_interpreter"] = ["The drought has lasted since February."]
SPEAKERS["speaking_interpreter"] = [("said", "Park", "Park Ji-hoon", "the payments")]

ARTICLES["said_in_spanish"] = """Mayor says town water is safe

Señora Carmen Ruiz Olmedo, the mayor of San Telmo de Arriba, said in Spanish that the town's water was safe to drink.

Tests were carried out at six wells last week.

Señora Ruiz said the results would be published on Friday.
"""
GOLD["said_in_spanish"] = [
    ("said", "Señora Carmen Ruiz Olmedo, the mayor of San Telmo de Arriba", "the town's water was safe to drink"),
    ("said", "Señora Ruiz", "the results would be published on Friday"),
]
NOT_REPORTS["said_in_spanish"] = ["Tests were carried out at six wells last week."]
SPEAKERS["said_in_spanish"] = [("said", "Señora Ruiz", "Carmen Ruiz Olmedo", "the results")]

ARTICLES["state_broadcaster"] = """Minister rules out early election

Foreign Minister Arvid Kjellmann told the state broadcaster NRV that there would be no early election.

NRV is watched by about half of the country's adults.

The foreign minister said the coalition would last until 2028.
"""
GOLD["state_broadcaster"] = [
    ("told", "Foreign Minister Arvid Kjellmann", "there would be no early election"),
    ("said", "The foreign minister", "the coalition would last until 2028"),
]
NOT_REPORTS["state_broadcaster"] = ["NRV is watched by about half of the country's adults."]
SPEAKERS["state_broadcaster"] = [("said", "The foreign minister", "Arvid Kjellmann", "the coalition")]

ARTICLES["remarks_translated"] = """General says troops will stay in valley

In remarks translated by the Orlan News Agency, General Bui Van Khoa said his troops would stay in the Dak Ren valley until the spring.

The valley lies on the border with Tamsar.

Khoa said the army had built two new bases there.
"""
GOLD["remarks_translated"] = [
    ("said", "General Bui Van Khoa", "his troops would stay in the Dak Ren valley until the spring"),
    ("said", "Khoa", "the army had built two new bases there"),
]
NOT_REPORTS["remarks_translated"] = ["The valley lies on the border with Tamsar."]
SPEAKERS["remarks_translated"] = [("said", "Khoa", "Bui Van Khoa", "the army")]

ARTICLES["interview_published"] = """Grain union warns of halved exports

Oksana Petrovna Melnyk, the head of the Zarech grain union, told the newspaper Dolina Vestnik in an interview published on Sunday that exports had halved since the spring.

The union has about 9,000 members.

Ms Melnyk said farmers could not pay for fuel.
"""
GOLD["interview_published"] = [
    ("told", "Oksana Petrovna Melnyk, the head of the Zarech grain union", "exports had halved since the spring"),
    ("said", "Ms Melnyk", "farmers could not pay for fuel"),
]
NOT_REPORTS["interview_published"] = ["The union has about 9,000 members."]
SPEAKERS["interview_published"] = [("said", "Ms Melnyk", "Oksana Petrovna Melnyk", "farmers")]

ARTICLES["transcript_general"] = """Army will not leave the valley, commander says

The army would not withdraw from the Qarun valley, General Hamid bin Saleh al-Kuwari told officers, according to a transcript released by the defence ministry.

The valley has been held by the army since 2021.

Al-Kuwari said in the same address that new units would arrive in May.
"""
GOLD["transcript_general"] = [
    ("according to", "a transcript released by the defence ministry", "The army would not withdraw from the Qarun valley, General Hamid bin Saleh al-Kuwari told officers"),
    ("said", "Al-Kuwari", "new units would arrive in May"),
]
NOT_REPORTS["transcript_general"] = ["The valley has been held by the army since 2021."]
SPEAKERS["transcript_general"] = [("said", "Al-Kuwari", "Hamid bin Saleh al-Kuwari", "new units")]

ARTICLES["video_fisherman"] = """Fishermen say oil has reached their nets

Li Wenhua, a fisherman from Dongxi, said in a video posted on social media that oil from the spill had reached his nets.

The video has been viewed more than 200,000 times.

Li said the catch had fallen by half in a week.
"""
GOLD["video_fisherman"] = [
    ("said", "Li Wenhua, a fisherman from Dongxi", "oil from the spill had reached his nets"),
    ("said", "Li", "the catch had fallen by half in a week"),
]
NOT_REPORTS["video_fisherman"] = ["The video has been viewed more than 200,000 times."]
SPEAKERS["video_fisherman"] = [("said", "Li", "Li Wenhua", "the catch")]

ARTICLES["telegram_governor"] = """Governor says drones shot down over Belgrad region

Viktor Andreyevich Sorokin, the governor of the Belgrad region, wrote on his Telegram channel that two drones had been shot down overnight.

Debris fell on a warehouse near the town of Oskol.

The governor said no one had been hurt.
"""
GOLD["telegram_governor"] = [
    ("wrote", "Viktor Andreyevich Sorokin, the governor of the Belgrad region", "two drones had been shot down overnight"),
    ("said", "The governor", "no one had been hurt"),
]
NOT_REPORTS["telegram_governor"] = ["Debris fell on a warehouse near the town of Oskol."]
SPEAKERS["telegram_governor"] = [("said", "The governor", "Viktor Andreyevich Sorokin", "no one")]

ARTICLES["icelandic_volcano"] = """Volcano could erupt within weeks, scientist warns

Ásdís Brynjarsdóttir, a volcanologist at the Hvalnes Observatory, told the public broadcaster Útvarp Norður that the volcano could erupt within weeks.

The town of Grenvík was evacuated in March.

Ásdís said the ground had risen by 12 centimetres since January.
"""
GOLD["icelandic_volcano"] = [
    ("told", "Ásdís Brynjarsdóttir, a volcanologist at the Hvalnes Observatory", "the volcano could erupt within weeks"),
    ("said", "Ásdís", "the ground had risen by 12 centimetres since January"),
]
NOT_REPORTS["icelandic_volcano"] = ["The town of Grenvík was evacuated in March."]
SPEAKERS["icelandic_volcano"] = [("said", "Ásdís", "Ásdís Brynjarsdóttir", "the ground")]

ARTICLES["rice_mill"] = """Rice mills close as prices fall

Tran Thi Mai, who runs a rice mill in Long Phu, told the Mekong Courier that three mills in the district had closed this year.

Rice prices have fallen for four months in a row.

Ms Mai said she would keep her mill open until the harvest.
"""
GOLD["rice_mill"] = [
    ("told", "Tran Thi Mai, who runs a rice mill in Long Phu", "three mills in the district had closed this year"),
    ("said", "Ms Mai", "she would keep her mill open until the harvest"),
]
NOT_REPORTS["rice_mill"] = ["Rice prices have fallen for four months in a row."]
SPEAKERS["rice_mill"] = [("said", "Ms Mai", "Tran Thi Mai", "she would")]

ARTICLES["ms_nguyen"] = """Garment workers strike over pay

Nguyen Thi Hoa, a union organiser at the Binh Tan garment factory, said in Vietnamese that 2,000 workers had walked out on Monday.

The factory makes jackets for European brands.

Ms Nguyen said the strike would go on until wages were raised.
"""
GOLD["ms_nguyen"] = [
    ("said", "Nguyen Thi Hoa, a union organiser at the Binh Tan garment factory", "2,000 workers had walked out on Monday"),
    ("said", "Ms Nguyen", "the strike would go on until wages were raised"),
]
NOT_REPORTS["ms_nguyen"] = ["The factory makes jackets for European brands."]
SPEAKERS["ms_nguyen"] = [("said", "Ms Nguyen", "Nguyen Thi Hoa", "the strike")]

ARTICLES["herr_mayor"] = """Altenkirch mayor opposes motorway

Dieter Brandhuber, the mayor of Altenkirch, told the regional broadcaster Südwelle that the motorway would cut the town in two.

The motorway would link Altenkirch with Felsheim.

Herr Brandhuber said the council would go to court if the plan went ahead.
"""
GOLD["herr_mayor"] = [
    ("told", "Dieter Brandhuber, the mayor of Altenkirch", "the motorway would cut the town in two"),
    ("said", "Herr Brandhuber", "the council would go to court if the plan went ahead"),
]
NOT_REPORTS["herr_mayor"] = ["The motorway would link Altenkirch with Felsheim."]
SPEAKERS["herr_mayor"] = [("said", "Herr Brandhuber", "Dieter Brandhuber", "the council")]

ARTICLES["monsieur_chef"] = """Chef hands back restaurant star

Monsieur Gaspard Lefaucheux, the chef of Le Moulin Vert in Saint-Ardan, told the magazine Table Ouverte that he no longer wanted to cook for inspectors.

The restaurant was given its star in 2011.

Monsieur Lefaucheux said the menu would be cheaper from next month.
"""
GOLD["monsieur_chef"] = [
    ("told", "Monsieur Gaspard Lefaucheux, the chef of Le Moulin Vert in Saint-Ardan", "he no longer wanted to cook for inspectors"),
    ("said", "Monsieur Lefaucheux", "the menu would be cheaper from next month"),
]
NOT_REPORTS["monsieur_chef"] = ["The restaurant was given its star in 2011."]
SPEAKERS["monsieur_chef"] = [("said", "Monsieur Lefaucheux", "Gaspard Lefaucheux", "the menu")]

ARTICLES["frau_doctor"] = """Clinic to stop taking new patients

Frau Dr Helga Obermaier, who runs the only clinic in Mittelbach, told the Bergtal Zeitung that she could take no new patients.

The clinic serves four villages.

Frau Obermaier said two of her doctors would retire next year.
"""
GOLD["frau_doctor"] = [
    ("told", "Frau Dr Helga Obermaier, who runs the only clinic in Mittelbach", "she could take no new patients"),
    ("said", "Frau Obermaier", "two of her doctors would retire next year"),
]
NOT_REPORTS["frau_doctor"] = ["The clinic serves four villages."]
SPEAKERS["frau_doctor"] = [("said", "Frau Obermaier", "Helga Obermaier", "two of her")]

ARTICLES["agency_carried"] = """Vice-president says talks will resume

Vice-President Abdel Rahman bin Jassim al-Thani said in comments carried by the state news agency QNA-Sabr that talks with the rebels would resume next week.

The talks broke down in October.

He said the government was ready to release 40 prisoners.
"""
GOLD["agency_carried"] = [
    ("said", "Vice-President Abdel Rahman bin Jassim al-Thani", "talks with the rebels would resume next week"),
    ("said", "He", "the government was ready to release 40 prisoners"),
]
NOT_REPORTS["agency_carried"] = ["The talks broke down in October."]
SPEAKERS["agency_carried"] = [("said", "He", "Abdel Rahman bin Jassim al-Thani", "the government")]

ARTICLES["quoted_by_paper"] = """Mine owner denies closure plan

The Corvin Times quoted Ana María Quispe Huamán, the owner of the Cerro Lindo mine, as saying that the mine would stay open.

The mine employs 1,400 people.

Quispe said on Tuesday that the company would hire 200 more miners.
"""
GOLD["quoted_by_paper"] = [
    ("saying", "Ana María Quispe Huamán, the owner of the Cerro Lindo mine", "the mine would stay open"),
    ("said", "Quispe", "the company would hire 200 more miners"),
]
NOT_REPORTS["quoted_by_paper"] = ["The mine employs 1,400 people."]
SPEAKERS["quoted_by_paper"] = [("said", "Quispe", "Ana María Quispe Huamán", "the company")]

ARTICLES["chinese_spokesman"] = """Ministry rejects shipping claims

Foreign ministry spokesman Zhao Minghui told a regular news briefing in Dongcheng that the ships had been in international waters.

The two ships were stopped near the Lanshi islands on Friday.

Zhao said the crews would be sent home.
"""
GOLD["chinese_spokesman"] = [
    ("told", "Foreign ministry spokesman Zhao Minghui", "the ships had been in international waters"),
    ("said", "Zhao", "the crews would be sent home"),
]
NOT_REPORTS["chinese_spokesman"] = ["The two ships were stopped near the Lanshi islands on Friday."]
SPEAKERS["chinese_spokesman"] = [("said", "Zhao", "Zhao Minghui", "the crews")]

ARTICLES["double_surname"] = """Coffee growers ask for loans

José Luis Barrientos Ochoa, the president of the Alto Verde coffee growers' federation, told the radio station Onda Cafetal that many farms would go bankrupt without loans.

Coffee prices fell by 30 per cent last year.

Barrientos said the federation would meet the finance minister on Thursday.
"""
GOLD["double_surname"] = [
    ("told", "José Luis Barrientos Ochoa, the president of the Alto Verde coffee growers' federation", "many farms would go bankrupt without loans"),
    ("said", "Barrientos", "the federation would meet the finance minister on Thursday"),
]
NOT_REPORTS["double_surname"] = ["Coffee prices fell by 30 per cent last year."]
SPEAKERS["double_surname"] = [("said", "Barrientos", "José Luis Barrientos Ochoa", "the federation")]

ARTICLES["translation_note"] = """Novelist says she will not return home

The novelist Leyla Karimova, who left Tashkal in 2015, told the Vessen Review that she would not go back while the government was in power.

This interview was conducted in Russian and has been translated.

Karimova said her new novel would be published in March.
"""
GOLD["translation_note"] = [
    ("told", "The novelist Leyla Karimova, who left Tashkal in 2015", "she would not go back while the government was in power"),
    ("said", "Karimova", "her new novel would be published in March"),
]
NOT_REPORTS["translation_note"] = ["This interview was conducted in Russian and has been translated."]
SPEAKERS["translation_note"] = [("said", "Karimova", "Leyla Karimova", "her new novel")]

ARTICLES["broadcaster_pronoun"] = """Judge says courts are short of staff

Judge Halldóra Sveinsdóttir told the broadcaster Kanal Sjö on Monday that the courts had lost a third of their clerks.

Kanal Sjö aired the interview on its evening news.

She said some trials had been put off for a year.
"""
GOLD["broadcaster_pronoun"] = [
    ("told", "Judge Halldóra Sveinsdóttir", "the courts had lost a third of their clerks"),
    ("said", "She", "some trials had been put off for a year"),
]
NOT_REPORTS["broadcaster_pronoun"] = ["Kanal Sjö aired the interview on its evening news."]
SPEAKERS["broadcaster_pronoun"] = [("said", "She", "Halldóra Sveinsdóttir", "some trials")]

ARTICLES["daily_interview"] = """Port chief expects record year

In an interview with the daily Il Corriere di Sarno, Giancarlo De Santis, the head of the port of Velletra, said the port would handle a record number of containers this year.

The port handled 2.1 million containers in 2025.

De Santis said a new quay would open in the autumn.
"""
GOLD["daily_interview"] = [
    ("said", "Giancarlo De Santis, the head of the port of Velletra", "the port would handle a record number of containers this year"),
    ("said", "De Santis", "a new quay would open in the autumn"),
]
NOT_REPORTS["daily_interview"] = ["The port handled 2.1 million containers in 2025."]
SPEAKERS["daily_interview"] = [("said", "De Santis", "Giancarlo De Santis", "a new quay")]

ARTICLES["agency_only"] = """President signs press decree

President Ilham Qasimov signed a decree on Tuesday that limits foreign ownership of newspapers, according to the official news agency Azerpost.

The decree takes effect in January.

Qasimov told a cabinet meeting that the press must serve the nation.
"""
GOLD["agency_only"] = [
    ("according to", "the official news agency Azerpost", "President Ilham Qasimov signed a decree on Tuesday that limits foreign ownership of newspapers"),
    ("told", "Qasimov", "the press must serve the nation"),
]
NOT_REPORTS["agency_only"] = ["The decree takes effect in January."]
SPEAKERS["agency_only"] = [("told", "Qasimov", "Ilham Qasimov", "the press")]

ARTICLES["speaking_to_broadcaster"] = """Border guards say crossings have doubled

Speaking to the broadcaster Radio Kresna, Colonel Stanislav Petrovich Gorin said the number of illegal crossings had doubled this year.

The border runs for 600 kilometres through forest.

Colonel Gorin said more guards would be sent in the spring.
"""
GOLD["speaking_to_broadcaster"] = [
    ("said", "Colonel Stanislav Petrovich Gorin", "the number of illegal crossings had doubled this year"),
    ("said", "Colonel Gorin", "more guards would be sent in the spring"),
]
NOT_REPORTS["speaking_to_broadcaster"] = ["The border runs for 600 kilometres through forest."]
SPEAKERS["speaking_to_broadcaster"] = [("said", "Colonel Gorin", "Stanislav Petrovich Gorin", "more guards")]

ARTICLES["quote_first_interpreter"] = """Prime minister says flood defences failed

"We were not ready for water like this," Prime Minister Nadia bint Faisal al-Harbi said through an interpreter.

More than 3,000 homes were flooded in the capital, Ruhab.

The prime minister said the government would rebuild the river walls.
"""
GOLD["quote_first_interpreter"] = [
    ("said", "Prime Minister Nadia bint Faisal al-Harbi", "\"We were not ready for water like this,\""),
    ("said", "The prime minister", "the government would rebuild the river walls"),
]
NOT_REPORTS["quote_first_interpreter"] = ["More than 3,000 homes were flooded in the capital, Ruhab."]
SPEAKERS["quote_first_interpreter"] = [("said", "The prime minister", "Nadia bint Faisal al-Harbi", "the government")]

ARTICLES["posted_video_minister"] = """Health minister says hospitals will get oxygen

Health Minister Kwame Asante-Boakye said in a video posted on social media on Saturday that every district hospital would receive oxygen plants.

The video was posted on the ministry's page.

The health minister said the first plants would arrive next month.
"""
GOLD["posted_video_minister"] = [
    ("said", "Health Minister Kwame Asante-Boakye", "every district hospital would receive oxygen plants"),
    ("said", "The health minister", "the first plants would arrive next month"),
]
NOT_REPORTS["posted_video_minister"] = ["The video was posted on the ministry's page."]
SPEAKERS["posted_video_minister"] = [("said", "The health minister", "Kwame Asante-Boakye", "the first plants")]

ARTICLES["newspaper_then_role"] = """Central bank chief warns on inflation

The governor of the Sarvan central bank, Mehmet Can Yıldırım, told the newspaper Günaydın Sarvan that inflation would stay above 20 per cent this year.

Günaydın Sarvan is the country's biggest daily.

The newspaper said the bank would raise rates in June.

Yıldırım said the currency had been stable for two months.
"""
GOLD["newspaper_then_role"] = [
    ("told", "The governor of the Sarvan central bank, Mehmet Can Yıldırım", "inflation would stay above 20 per cent this year"),
    ("said", "The newspaper", "the bank would raise rates in June"),
    ("said", "Yıldırım", "the currency had been stable for two months"),
]
NOT_REPORTS["newspaper_then_role"] = ["Günaydın Sarvan is the country's biggest daily."]
SPEAKERS["newspaper_then_role"] = [("said", "Yıldırım", "Mehmet Can Yıldırım", "the currency")]

ARTICLES["telegram_channel_group"] = """Rebel group says it will join talks

Commander Yusuf Abu Hamdan wrote on the group's Telegram channel that the Northern Front would send a delegation to the talks in Selva.

The talks are due to open on 3 March.

Abu Hamdan said the delegation would be led by his deputy.
"""
GOLD["telegram_channel_group"] = [
    ("wrote", "Commander Yusuf Abu Hamdan", "the Northern Front would send a delegation to the talks in Selva"),
    ("said", "Abu Hamdan", "the delegation would be led by his deputy"),
]
NOT_REPORTS["telegram_channel_group"] = ["The talks are due to open on 3 March."]
SPEAKERS["telegram_channel_group"] = [("said", "Abu Hamdan", "Yusuf Abu Hamdan", "the delegation")]

ARTICLES["said_in_french"] = """Minister defends school reform

Education Minister Aminata Diallo-Sarr said in French that the reform would give every child a place in a secondary school.

The reform was passed by parliament in July.

Ms Diallo-Sarr said 400 new schools would be built by 2030.
"""
GOLD["said_in_french"] = [
    ("said", "Education Minister Aminata Diallo-Sarr", "the reform would give every child a place in a secondary school"),
    ("said", "Ms Diallo-Sarr", "400 new schools would be built by 2030"),
]
NOT_REPORTS["said_in_french"] = ["The reform was passed by parliament in July."]
SPEAKERS["said_in_french"] = [("said", "Ms Diallo-Sarr", "Aminata Diallo-Sarr", "400 new schools")]

ARTICLES["interview_edited"] = """Climber says glacier route is too dangerous

Mingma Dorje Sherpa, who has guided climbers on Mount Kalpa for 20 years, told the Himal Weekly that the glacier route had become too dangerous.

The interview has been edited for length and clarity.

Sherpa said he would not take clients up the route this season.
"""
GOLD["interview_edited"] = [
    ("told", "Mingma Dorje Sherpa, who has guided climbers on Mount Kalpa for 20 years", "the glacier route had become too dangerous"),
    ("said", "Sherpa", "he would not take clients up the route this season"),
]
NOT_REPORTS["interview_edited"] = ["The interview has been edited for length and clarity."]
SPEAKERS["interview_edited"] = [("said", "Sherpa", "Mingma Dorje Sherpa", "he would")]

ARTICLES["translator_speaks"] = """Envoy walks out of trade talks

The Drovan trade envoy, Wei Jianping, said through a translator that the talks had been "a waste of everyone's time".

The talks were meant to settle a dispute over steel tariffs.

Mr Wei told reporters that he would report to his government on Monday.
"""
GOLD["translator_speaks"] = [
    ("said", "The Drovan trade envoy, Wei Jianping", "the talks had been \"a waste of everyone's time\""),
    ("told", "Mr Wei", "he would report to his government on Monday"),
]
NOT_REPORTS["translator_speaks"] = ["The talks were meant to settle a dispute over steel tariffs."]
SPEAKERS["translator_speaks"] = [("told", "Mr Wei", "Wei Jianping", "he would")]
