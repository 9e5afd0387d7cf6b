# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixtieth session's check of wire-service and translated news (helper
G), in the registers of international news agencies (datelines with the agency in brackets, 'state media quoted X
as saying Y', 'X was quoted by the agency as saying', 'X told the state broadcaster', 'the newspaper reported,
citing unnamed officials, that X', 'Citing X, the agency said'), of state media write-ups and of embassy and
ministry readouts ('the ministry said in a statement posted on its website', 'according to a readout of the call',
'the two leaders agreed that X', 'the spokesperson told a regular briefing', 'the statement, issued in Arabic,
said'), of translated speech ('X said, according to a transcript', 'in remarks carried by X', 'in comments
translated by an interpreter') and of foreign-press roundups ('The daily X wrote that Y'); with the names of many
languages as the wires print them (a family name first, 'President Liang', 'Mr Varma', 'Sheikh Khalid',
'Ayatollah', Spanish double surnames, Vietnamese names whose last word is the given name) and the furniture that
reports nothing (protocol narration, 'Reporting by X; Editing by Y', '(Writing by X)', a copyright line, bylines
and photo credits).

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on train: 'X, citing Y, reported Z' is two reports of X, 'citing'
holding Y; 'agreed that' is a cue, 10 of 10; 'according to a transcript' holds the whole '"Q," X said', 2 of 2):
per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name,
place, figure and sentence is made up. 'X quoted Y as saying Z' was Y's report here until the seventieth pass (the
project's convention then); it is now X's report of 'Y as saying Z', as PolNeAR marks it (5 of 5 on train), with Y's
own report nested in it, relayed by X (``relayed_reports``), and the gold follows. Read by
``test_probe_findings_60_wires``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["yonhap_launch"] = """N. Korea fires ballistic missile into East Sea, JCS says

By Park Ji-hoon

SEOUL, Oct. 14 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Tuesday, South Korea's Joint Chiefs of Staff (JCS) said.

The missile flew about 420 kilometers before splashing down, the JCS said in a text message sent to reporters.

Yonhap quoted a military official as saying the launch appeared to be a test of a new solid-fuel engine.

The launch came two days after the North's leader Kim Song Il inspected a munitions factory, according to the Korean Central News Agency.

The JCS said it had stepped up surveillance in close coordination with the United States.

(END)
"""
GOLD["yonhap_launch"] = [
    ("said", "South Korea's Joint Chiefs of Staff (JCS)", "North Korea fired a short-range ballistic missile into the East Sea on Tuesday"),
    ("said", "the JCS", "The missile flew about 420 kilometers before splashing down"),
    ("quoted", "Yonhap", "a military official as saying the launch appeared to be a test of a new solid-fuel engine"),
    ("according to", "the Korean Central News Agency", "The launch came two days after the North's leader Kim Song Il inspected a munitions factory"),
    ("said", "The JCS", "it had stepped up surveillance in close coordination with the United States"),
]
NOT_REPORTS["yonhap_launch"] = ["By Park Ji-hoon", "(END)"]

ARTICLES["kcna_plenum"] = """Party plenum sets grain targets, state media says

PYONGYANG, Jan. 3 (KCNA) -- The plenary meeting of the ruling party's Central Committee ended its four-day session on Sunday.

Kim Song Il told the meeting that the country must raise grain output by a fifth within three years, the Korean Central News Agency reported.

He called on officials to "wage a resolute struggle" against waste in the farm sector.

The meeting also elected new members of the Political Bureau.

Rodong Sinmun, the party's newspaper, said in an editorial that the decisions would open "a new era of rural revolution".
"""
GOLD["kcna_plenum"] = [
    ("reported", "the Korean Central News Agency", "Kim Song Il told the meeting that the country must raise grain output by a fifth within three years"),
    ("called on", "He", "officials to \"wage a resolute struggle\" against waste in the farm sector"),
    ("said", "Rodong Sinmun, the party's newspaper", "the decisions would open \"a new era of rural revolution\""),
]
NOT_REPORTS["kcna_plenum"] = [
    "The plenary meeting of the ruling party's Central Committee ended its four-day session on Sunday.",
    "The meeting also elected new members of the Political Bureau.",
]
SPEAKERS["kcna_plenum"] = [("called on", "He", "Kim Song Il", "officials")]

ARTICLES["xinhua_talks"] = """Chinese, Brazilian presidents hold talks in Beijing

BEIJING, April 9 (Xinhua) -- Chinese President Liang Wenhao held talks with visiting Brazilian President Rafael Duarte Moreira at the Great Hall of the People on Wednesday.

Liang said China was willing to work with Brazil to expand cooperation in agriculture, energy and infrastructure.

Duarte Moreira said Brazil firmly adhered to the one-China policy.

The two heads of state agreed that the two countries would launch a joint study on a new soybean terminal.

Prior to the talks, Liang held a welcoming ceremony for Duarte Moreira.

The two sides signed 14 cooperation documents after the talks.
"""
GOLD["xinhua_talks"] = [
    ("said", "Liang", "China was willing to work with Brazil to expand cooperation in agriculture, energy and infrastructure"),
    ("said", "Duarte Moreira", "Brazil firmly adhered to the one-China policy"),
    ("agreed", "The two heads of state", "the two countries would launch a joint study on a new soybean terminal"),
]
NOT_REPORTS["xinhua_talks"] = [
    "Chinese President Liang Wenhao held talks with visiting Brazilian President Rafael Duarte Moreira at the Great Hall of the People on Wednesday.",
    "Prior to the talks, Liang held a welcoming ceremony for Duarte Moreira.",
    "The two sides signed 14 cooperation documents after the talks.",
]
SPEAKERS["xinhua_talks"] = [
    ("said", "Liang", "Liang Wenhao", "China was"),
    ("said", "Duarte Moreira", "Rafael Duarte Moreira", "Brazil firmly"),
]

ARTICLES["mfa_briefing"] = """China urges Manila to stop 'provocations' near shoal

BEIJING, June 2 (Reuters) - China on Monday urged the Philippines to stop "provocative actions" near the Halcyon Shoal, a day after two vessels collided in the disputed waters.

Foreign ministry spokesperson Zhou Meiling told a regular briefing that the Philippine vessel had "deliberately rammed" a Chinese coast guard ship.

"We advise the Philippine side not to misjudge the situation," Zhou said.

The Philippine coast guard said its boat had been on a routine resupply mission.

(Reporting by Lin Qiao and Tomas Ferrer; Editing by Helen Marsh)
"""
GOLD["mfa_briefing"] = [
    ("urged", "China", "the Philippines to stop \"provocative actions\" near the Halcyon Shoal"),
    ("told", "Foreign ministry spokesperson Zhou Meiling", "the Philippine vessel had \"deliberately rammed\" a Chinese coast guard ship"),
    ("said", "Zhou", "We advise the Philippine side not to misjudge the situation"),
    ("said", "The Philippine coast guard", "its boat had been on a routine resupply mission"),
]
NOT_REPORTS["mfa_briefing"] = ["(Reporting by Lin Qiao and Tomas Ferrer; Editing by Helen Marsh)"]
SPEAKERS["mfa_briefing"] = [("said", "Zhou", "Zhou Meiling", "We advise")]

ARTICLES["readout_call"] = """Leaders discuss grain corridor in phone call

WASHINGTON, March 18 (Reuters) - The U.S. and Turkish presidents discussed shipping through the Black Sea in a phone call on Tuesday, according to a readout of the call released by the White House.

The two leaders agreed that the grain corridor should be kept open through the winter, the readout said.

The Turkish presidency said in a statement posted on its website that the call had lasted about 45 minutes.

The call was the first between the two leaders since January.

(Writing by Daniel Okafor; Editing by Chris Reese)
"""
GOLD["readout_call"] = [
    ("according to", "a readout of the call released by the White House", "The U.S. and Turkish presidents discussed shipping through the Black Sea in a phone call on Tuesday"),
    ("said", "the readout", "The two leaders agreed that the grain corridor should be kept open through the winter"),
    ("said", "The Turkish presidency", "the call had lasted about 45 minutes"),
]
NOT_REPORTS["readout_call"] = ["The call was the first between the two leaders since January.", "(Writing by Daniel Okafor; Editing by Chris Reese)"]

ARTICLES["tass_kremlin"] = """Kremlin says no plans for summit this year

MOSCOW, Nov 20 (Reuters) - The Kremlin said on Thursday there were no plans for a summit with Western leaders before the end of the year.

Kremlin spokesman Andrei Volkonsky told reporters on a conference call that Moscow remained "open to dialogue".

State news agency TASS quoted Deputy Foreign Minister Yuri Zharov as saying that contacts at a working level were continuing.

Zharov was quoted by the agency as saying that Moscow would not accept "preconditions".

The delegation arrived in Geneva on Monday.
"""
GOLD["tass_kremlin"] = [
    ("said", "The Kremlin", "there were no plans for a summit with Western leaders before the end of the year"),
    ("told", "Kremlin spokesman Andrei Volkonsky", "Moscow remained \"open to dialogue\""),
    ("quoted", "State news agency TASS", "Deputy Foreign Minister Yuri Zharov as saying that contacts at a working level were continuing"),
    ("saying", "Zharov", "Moscow would not accept \"preconditions\""),
]
NOT_REPORTS["tass_kremlin"] = ["The delegation arrived in Geneva on Monday."]

ARTICLES["iran_statement"] = """Iran says it will not halt enrichment

DUBAI, Feb 11 (Reuters) - Iran will not halt uranium enrichment under pressure, the country's supreme leader Ayatollah Hossein Rahmani said on Tuesday, in remarks carried by state television.

"Threats will not change our path," Rahmani said.

Foreign Minister Abbas Karimi told the state broadcaster IRIB that Tehran was ready to resume talks "on a fair basis".

The semi-official Tasnim news agency reported, citing unnamed officials, that a new round of talks could be held in Oman next month.

Reporting by Parisa Hafezi; Editing by Tom Hogue
"""
GOLD["iran_statement"] = [
    ("said", "the country's supreme leader Ayatollah Hossein Rahmani", "Iran will not halt uranium enrichment under pressure"),
    ("said", "Rahmani", "Threats will not change our path"),
    ("told", "Foreign Minister Abbas Karimi", "Tehran was ready to resume talks \"on a fair basis\""),
    ("reported", "The semi-official Tasnim news agency", "a new round of talks could be held in Oman next month"),
    ("citing", "The semi-official Tasnim news agency", "unnamed officials"),
]
NOT_REPORTS["iran_statement"] = ["Reporting by Parisa Hafezi; Editing by Tom Hogue"]

ARTICLES["gulf_wam"] = """UAE, Egypt discuss Gaza aid in Abu Dhabi meeting

ABU DHABI, 12th May, 2026 (WAM) -- President His Highness Sheikh Khalid bin Saeed received Egyptian Foreign Minister Sameh Farouk at Qasr Al Shati on Monday.

During the meeting, Sheikh Khalid stressed the importance of an immediate ceasefire and the unhindered flow of humanitarian aid.

The Egyptian minister conveyed the greetings of his president to Sheikh Khalid.

The meeting was attended by a number of sheikhs and senior officials.

WAM/Tariq Alfaham
"""
GOLD["gulf_wam"] = [
    ("stressed", "Sheikh Khalid", "the importance of an immediate ceasefire and the unhindered flow of humanitarian aid"),
]
NOT_REPORTS["gulf_wam"] = [
    "President His Highness Sheikh Khalid bin Saeed received Egyptian Foreign Minister Sameh Farouk at Qasr Al Shati on Monday.",
    "The meeting was attended by a number of sheikhs and senior officials.",
    "WAM/Tariq Alfaham",
]
SPEAKERS["gulf_wam"] = [("stressed", "Sheikh Khalid", "Khalid bin Saeed", "the importance")]

ARTICLES["arabic_statement"] = """Militant group claims attack on army post

BAGHDAD, Aug 7 (AP) — A militant group claimed responsibility on Thursday for an attack on an army post in western Iraq that killed four soldiers.

The statement, issued in Arabic on a messaging app used by the group, said its fighters had used rockets and small arms.

Its authenticity could not be independently verified.

An Iraqi army officer, who spoke on condition of anonymity because he was not authorized to brief reporters, said the attackers fled toward the Syrian border.

Associated Press writer Qassim Abdul-Zahra contributed to this report.
"""
GOLD["arabic_statement"] = [
    ("said", "The statement, issued in Arabic on a messaging app used by the group", "its fighters had used rockets and small arms"),
    ("said", "An Iraqi army officer, who spoke on condition of anonymity because he was not authorized to brief reporters", "the attackers fled toward the Syrian border"),
]
NOT_REPORTS["arabic_statement"] = ["Associated Press writer Qassim Abdul-Zahra contributed to this report."]

ARTICLES["press_review_fr"] = """French press review: pension vote splits the papers

PARIS, March 4 (AFP) - The French press on Tuesday was divided over the government's narrow win in the pension vote.

The daily Le Figaro wrote that the prime minister had "saved his skin but not his reform".

Left-leaning Liberation said the vote showed that the majority no longer existed.

For the regional paper Ouest-France, the result was "a warning that no one should ignore".

The economic daily Les Echos warned that markets would be watching the deficit figures closely.

© Agence France-Presse 2026
"""
GOLD["press_review_fr"] = [
    ("wrote", "The daily Le Figaro", "the prime minister had \"saved his skin but not his reform\""),
    ("said", "Left-leaning Liberation", "the vote showed that the majority no longer existed"),
    ("For", "the regional paper Ouest-France", "the result was \"a warning that no one should ignore\""),
    ("warned", "The economic daily Les Echos", "markets would be watching the deficit figures closely"),
]
NOT_REPORTS["press_review_fr"] = ["© Agence France-Presse 2026"]

ARTICLES["press_review_de"] = """German papers weigh coalition's budget deal

BERLIN, Dec 2 (dpa) - German newspapers on Wednesday gave a mixed verdict on the coalition's late-night budget deal.

The Sueddeutsche Zeitung wrote that the compromise had bought the government time "and nothing more".

The conservative Frankfurter Allgemeine Zeitung said the deal put off the hard choices until after the next election.

The tabloid Bild called the agreement "a bill for our children".

dpa/hb/mk
"""
GOLD["press_review_de"] = [
    ("wrote", "The Sueddeutsche Zeitung", "the compromise had bought the government time \"and nothing more\""),
    ("said", "The conservative Frankfurter Allgemeine Zeitung", "the deal put off the hard choices until after the next election"),
    ("called", "The tabloid Bild", "the agreement \"a bill for our children\""),
]
NOT_REPORTS["press_review_de"] = ["dpa/hb/mk"]

ARTICLES["india_pm"] = """India, Japan to deepen defence ties, says Varma

NEW DELHI, Sept 3 (Reuters) - India and Japan will deepen cooperation in defence manufacturing, Prime Minister Arvind Varma said on Wednesday after talks with his Japanese counterpart.

"Our partnership is a force for stability in the Indo-Pacific," Mr Varma told reporters at a joint news conference in Hindi, in comments translated by an interpreter.

Japanese Prime Minister Kenji Takahara said the two countries would hold joint naval exercises next year.

The two prime ministers shook hands before posing for photographs.

The talks lasted two hours.

(Reporting by Neha Arora; Writing by Sudipto Ganguly)
"""
GOLD["india_pm"] = [
    ("said", "Prime Minister Arvind Varma", "India and Japan will deepen cooperation in defence manufacturing"),
    ("told", "Mr Varma", "Our partnership is a force for stability in the Indo-Pacific"),
    ("said", "Japanese Prime Minister Kenji Takahara", "the two countries would hold joint naval exercises next year"),
]
NOT_REPORTS["india_pm"] = [
    "The two prime ministers shook hands before posing for photographs.",
    "The talks lasted two hours.",
    "(Reporting by Neha Arora; Writing by Sudipto Ganguly)",
]
SPEAKERS["india_pm"] = [("told", "Mr Varma", "Arvind Varma", "Our partnership")]

ARTICLES["vietnam_vna"] = """Vietnam, Laos agree to speed up rail link

HANOI, July 15 (VNA) – Prime Minister Pham Minh Tuan on Tuesday held talks with his Lao counterpart in Hanoi.

PM Tuan said Vietnam would give top priority to the Vientiane–Vung Ang railway.

The Lao Prime Minister said Laos highly valued the support of the Vietnamese Government.

Deputy Minister of Transport Nguyen Thi Thu Ha told reporters that a feasibility study would be completed by the end of the year.

According to Ha, the two sides would set up a joint working group.

The two leaders witnessed the signing of three agreements.
"""
GOLD["vietnam_vna"] = [
    ("said", "PM Tuan", "Vietnam would give top priority to the Vientiane–Vung Ang railway"),
    ("said", "The Lao Prime Minister", "Laos highly valued the support of the Vietnamese Government"),
    ("told", "Deputy Minister of Transport Nguyen Thi Thu Ha", "a feasibility study would be completed by the end of the year"),
    ("According to", "Ha", "the two sides would set up a joint working group"),
    ("witnessed", "The two leaders", "the signing of three agreements"),
]
NOT_REPORTS["vietnam_vna"] = ["Prime Minister Pham Minh Tuan on Tuesday held talks with his Lao counterpart in Hanoi."]
SPEAKERS["vietnam_vna"] = [
    ("said", "PM Tuan", "Pham Minh Tuan", "Vietnam would"),
    ("According to", "Ha", "Nguyen Thi Thu Ha", "the two sides"),
]

ARTICLES["efe_mexico"] = """Mexico's president rejects tariff threat

MEXICO CITY, Feb. 5 (EFE) - Mexican President Claudia Herrera Salgado on Wednesday rejected the threat of new U.S. tariffs, saying her government would "defend the national economy".

"Mexico is not a country that takes orders," Herrera Salgado said during her morning press conference at the National Palace.

Economy Secretary Marcelo Ibarra Quintero told the newspaper El Universal that talks with Washington would continue next week.

The peso fell 1.2 percent against the dollar.

Photo: EFE/Mario Guzmán
"""
GOLD["efe_mexico"] = [
    ("saying", "Mexican President Claudia Herrera Salgado", "her government would \"defend the national economy\""),
    ("said", "Herrera Salgado", "Mexico is not a country that takes orders"),
    ("told", "Economy Secretary Marcelo Ibarra Quintero", "talks with Washington would continue next week"),
]
NOT_REPORTS["efe_mexico"] = ["The peso fell 1.2 percent against the dollar.", "Photo: EFE/Mario Guzmán"]
SPEAKERS["efe_mexico"] = [("said", "Herrera Salgado", "Claudia Herrera Salgado", "Mexico is not")]

ARTICLES["colombia_transcript"] = """Colombian minister says ceasefire talks 'frozen'

BOGOTA, Oct. 2 (AP) — Colombia's peace talks with a rebel group are "frozen" after an attack on a police station, the country's defense minister said Thursday.

"There can be no talks while they keep killing police officers," Defense Minister Andrés Felipe Rojas Peña said in a radio interview, according to a transcript released by his office.

The rebels said in a statement that the attack had been carried out by a dissident faction.

Rojas Peña said the army would reinforce its positions in the south of the country.

Follow AP's coverage of Latin America at https://apnews.com/hub/latin-america
"""
GOLD["colombia_transcript"] = [
    ("said", "the country's defense minister", "Colombia's peace talks with a rebel group are \"frozen\" after an attack on a police station"),
    ("according to", "a transcript released by his office", "\"There can be no talks while they keep killing police officers,\" Defense Minister Andrés Felipe Rojas Peña said in a radio interview"),
    ("said", "The rebels", "the attack had been carried out by a dissident faction"),
    ("said", "Rojas Peña", "the army would reinforce its positions in the south of the country"),
]
NOT_REPORTS["colombia_transcript"] = ["Follow AP's coverage of Latin America at https://apnews.com/hub/latin-america"]

ARTICLES["kyodo_japan"] = """Japan to ease visa rules for Southeast Asian workers

TOKYO, Nov. 11 (Kyodo) -- Japan will ease visa requirements for workers from Southeast Asia next year, Chief Cabinet Secretary Hiroshi Nakamura said Tuesday.

Nakamura told a press conference that the measure was aimed at easing labor shortages in nursing and construction.

Citing government sources, Kyodo News said the number of eligible countries would rise from nine to 14.

Business groups have long called for the change.

==Kyodo
"""
GOLD["kyodo_japan"] = [
    ("said", "Chief Cabinet Secretary Hiroshi Nakamura", "Japan will ease visa requirements for workers from Southeast Asia next year"),
    ("told", "Nakamura", "the measure was aimed at easing labor shortages in nursing and construction"),
    ("Citing", "Kyodo News", "government sources"),
    ("said", "Kyodo News", "the number of eligible countries would rise from nine to 14"),
    ("called for", "Business groups", "the change"),
]
NOT_REPORTS["kyodo_japan"] = ["==Kyodo"]

ARTICLES["anadolu"] = """Turkish foreign minister calls for end to Sudan war

ANKARA (AA) - Turkish Foreign Minister Emre Yalcinkaya on Friday called for an immediate end to the fighting in Sudan.

Speaking at a joint press conference with his Sudanese counterpart, Yalcinkaya said Türkiye was ready to host talks between the warring sides.

The Sudanese minister thanked Türkiye for its humanitarian assistance.

The two ministers later attended a working lunch.

Writing by Zeynep Kaya
"""
GOLD["anadolu"] = [
    ("called for", "Turkish Foreign Minister Emre Yalcinkaya", "an immediate end to the fighting in Sudan"),
    ("said", "Yalcinkaya", "Türkiye was ready to host talks between the warring sides"),
]
NOT_REPORTS["anadolu"] = ["The two ministers later attended a working lunch.", "Writing by Zeynep Kaya"]

ARTICLES["embassy_readout"] = """Readout of the ambassador's meeting with the minister of agriculture

The Embassy of Norway in Nairobi

Ambassador Ingrid Solberg met Kenya's Cabinet Secretary for Agriculture, Dr. Peter Kamau, on 14 March 2026.

The Ambassador underlined Norway's continued support for climate-smart agriculture in Kenya.

Dr. Kamau noted that the partnership had helped more than 30,000 smallholder farmers.

Both sides agreed that a new programme on seed systems would be prepared before the end of the year.

The meeting took place at the ministry's headquarters in Kilimo House.
"""
GOLD["embassy_readout"] = [
    ("underlined", "The Ambassador", "Norway's continued support for climate-smart agriculture in Kenya"),
    ("noted", "Dr. Kamau", "the partnership had helped more than 30,000 smallholder farmers"),
    ("agreed", "Both sides", "a new programme on seed systems would be prepared before the end of the year"),
]
NOT_REPORTS["embassy_readout"] = [
    "The Embassy of Norway in Nairobi",
    "Ambassador Ingrid Solberg met Kenya's Cabinet Secretary for Agriculture, Dr. Peter Kamau, on 14 March 2026.",
    "The meeting took place at the ministry's headquarters in Kilimo House.",
]
SPEAKERS["embassy_readout"] = [
    ("underlined", "The Ambassador", "Ingrid Solberg", "Norway's"),
    ("noted", "Dr. Kamau", "Peter Kamau", "the partnership"),
]

ARTICLES["ministry_website"] = """Pakistan protests Afghan border firing

ISLAMABAD, May 21 (Reuters) - Pakistan's foreign ministry said on Wednesday it had lodged a strong protest with Kabul over cross-border firing that wounded three Pakistani soldiers.

The ministry said in a statement posted on its website that the Afghan charge d'affaires had been summoned.

A Taliban spokesman, Zabihullah Noori, said on X that Pakistani forces had fired first.

There was no independent confirmation of either account.

(Reporting by Asif Shahzad; Editing by Raju Gopalakrishnan)
"""
GOLD["ministry_website"] = [
    ("said", "Pakistan's foreign ministry", "it had lodged a strong protest with Kabul over cross-border firing that wounded three Pakistani soldiers"),
    ("said", "The ministry", "the Afghan charge d'affaires had been summoned"),
    ("said", "A Taliban spokesman, Zabihullah Noori", "Pakistani forces had fired first"),
]
NOT_REPORTS["ministry_website"] = ["(Reporting by Asif Shahzad; Editing by Raju Gopalakrishnan)"]

ARTICLES["ansa_italy"] = """Italy's premier defends migrant centres abroad

ROME, June 30 (ANSA) - Italian Premier Giorgia Fontana on Monday defended the government's migrant processing centres in Albania, saying they were "working as planned".

Speaking in Italian, Fontana told the daily Corriere della Sera that the centres would be expanded next year.

Opposition leader Elena Marchetti Sala said the centres were "an expensive failure".

The Albanian government said in a statement that it would honour the agreement.

ALL RIGHTS RESERVED © Copyright ANSA
"""
GOLD["ansa_italy"] = [
    ("saying", "Italian Premier Giorgia Fontana", "they were \"working as planned\""),
    ("told", "Fontana", "the centres would be expanded next year"),
    ("said", "Opposition leader Elena Marchetti Sala", "the centres were \"an expensive failure\""),
    ("said", "The Albanian government", "it would honour the agreement"),
]
NOT_REPORTS["ansa_italy"] = ["ALL RIGHTS RESERVED © Copyright ANSA"]

ARTICLES["afp_africa"] = """Mali junta extends transition by five years

BAMAKO (AFP) - Mali's military rulers on Friday extended the country's transition by five years, in a decree read out on state television.

Junta leader General Assimi Kone "is granted a renewable five-year mandate", the decree said.

A Malian political analyst, who asked not to be named for security reasons, told AFP that the move "buries any hope of elections".

Mali has been ruled by the military since 2020.

bur-sst/har
"""
GOLD["afp_africa"] = [
    ("said", "the decree", "Junta leader General Assimi Kone \"is granted a renewable five-year mandate\""),
    ("told", "A Malian political analyst, who asked not to be named for security reasons", "the move \"buries any hope of elections\""),
]
NOT_REPORTS["afp_africa"] = ["Mali has been ruled by the military since 2020.", "bur-sst/har"]

ARTICLES["translated_op"] = """Japanese daily: Tokyo must speak with one voice on China

TOKYO, Jan 8 (Kyodo) - The following is an editorial from the Yomiuri Shimbun, translated by the newspaper.

The government must speak with one voice on China, the newspaper said.

The editorial argued that mixed messages from ministers had confused Beijing and Washington alike.

It also urged the prime minister to hold a summit with China's leader at an early date.

The Yomiuri Shimbun has a circulation of about six million.
"""
GOLD["translated_op"] = [
    ("said", "the newspaper", "The government must speak with one voice on China"),
    ("argued", "The editorial", "mixed messages from ministers had confused Beijing and Washington alike"),
    ("urged", "It", "the prime minister to hold a summit with China's leader at an early date"),
]
NOT_REPORTS["translated_op"] = ["The Yomiuri Shimbun has a circulation of about six million."]

ARTICLES["dpa_ukraine"] = """Zelensky aide says prisoner exchange agreed

KYIV, May 3 (dpa) - Ukraine and Russia have agreed to exchange 300 prisoners each, a senior aide to the Ukrainian president said on Saturday.

"The exchange will take place in the coming days," Andriy Melnychenko wrote on Telegram.

Russia's Defence Ministry confirmed the agreement, according to the state news agency RIA Novosti.

The last exchange took place in March.

dpa ks coh
"""
GOLD["dpa_ukraine"] = [
    ("said", "a senior aide to the Ukrainian president", "Ukraine and Russia have agreed to exchange 300 prisoners each"),
    ("wrote", "Andriy Melnychenko", "The exchange will take place in the coming days"),
    ("according to", "the state news agency RIA Novosti", "Russia's Defence Ministry confirmed the agreement"),
]
NOT_REPORTS["dpa_ukraine"] = ["The last exchange took place in March.", "dpa ks coh"]

ARTICLES["saudi_spa"] = """Saudi crown prince receives Pakistani premier

RIYADH, Rabi Al-Awwal 4, 1448, Aug 27, 2026, SPA -- His Royal Highness Prince Faisal bin Abdulaziz, Crown Prince and Prime Minister, received Prime Minister Shahid Awan of Pakistan at Al-Yamamah Palace in Riyadh today.

During the reception, they reviewed bilateral relations and ways to enhance them in various fields.

The Pakistani prime minister expressed his thanks to the Kingdom for its support to the Pakistani people.

The reception was attended by a number of princes and ministers.
"""
GOLD["saudi_spa"] = [
    ("expressed", "The Pakistani prime minister", "his thanks to the Kingdom for its support to the Pakistani people"),
]
NOT_REPORTS["saudi_spa"] = [
    "During the reception, they reviewed bilateral relations and ways to enhance them in various fields.",
    "The reception was attended by a number of princes and ministers.",
]

ARTICLES["brazil_agencia"] = """Brazil's environment minister hails fall in Amazon deforestation

BRASILIA, Aug 1 (Reuters) - Deforestation in Brazil's Amazon fell 31% in the 12 months to July, government data showed on Friday.

Environment Minister Lúcia Andrade Ferraz told journalists in Brasilia that the figures showed that "enforcement works".

In remarks carried by the state-run Agência Brasil, Andrade Ferraz said the government would hire 1,200 more environmental agents.

The newspaper Folha de S.Paulo reported, citing two officials, that the budget for the agents had not yet been approved.

(Reporting by Lisandra Paraguassu; Editing by Aurora Ellis)
"""
GOLD["brazil_agencia"] = [
    ("showed", "government data", "Deforestation in Brazil's Amazon fell 31% in the 12 months to July"),
    ("told", "Environment Minister Lúcia Andrade Ferraz", "the figures showed that \"enforcement works\""),
    ("said", "Andrade Ferraz", "the government would hire 1,200 more environmental agents"),
    ("reported", "The newspaper Folha de S.Paulo", "the budget for the agents had not yet been approved"),
    ("citing", "The newspaper Folha de S.Paulo", "two officials"),
]
NOT_REPORTS["brazil_agencia"] = ["(Reporting by Lisandra Paraguassu; Editing by Aurora Ellis)"]
SPEAKERS["brazil_agencia"] = [("said", "Andrade Ferraz", "Lúcia Andrade Ferraz", "the government")]

ARTICLES["china_daily"] = """Experts hail new rules on data exports

By Chen Xiaoyu | China Daily | Updated: 2026-03-22 07:41

China's new rules on cross-border data flows will make it easier for foreign companies to operate in the country, experts said.

The rules, released by the Cyberspace Administration of China on Friday, exempt most routine business data from security reviews.

Professor Gao Minghui of Peking University told China Daily that the move sent "a clear signal of opening-up".

Gao said the rules would especially help companies in the pharmaceutical and automotive sectors.

chenxiaoyu@chinadaily.com.cn
"""
GOLD["china_daily"] = [
    ("said", "experts", "China's new rules on cross-border data flows will make it easier for foreign companies to operate in the country"),
    ("told", "Professor Gao Minghui of Peking University", "the move sent \"a clear signal of opening-up\""),
    ("said", "Gao", "the rules would especially help companies in the pharmaceutical and automotive sectors"),
]
NOT_REPORTS["china_daily"] = ["By Chen Xiaoyu | China Daily | Updated: 2026-03-22 07:41", "chenxiaoyu@chinadaily.com.cn"]
SPEAKERS["china_daily"] = [("said", "Gao", "Gao Minghui", "the rules")]

# written after the mends, to probe the mended shapes in other words: 'X quoted Y as saying Z' with other quoters
# (Y's report, X its relay) and a quotation, 'underlined' with a noun phrase, a passive 'ruled' that governs, and a pronoun after a name whose
# family name comes first and is also an English given name ('Lin', 'Kim', 'Ho')

ARTICLES["cna_taiwan"] = """Taiwan reports Chinese warships near its coast

TAIPEI, Sept 9 (Reuters) - Taiwan's defence ministry said on Tuesday it had detected 11 Chinese warships operating around the island over the previous 24 hours.

The official Central News Agency quoted a senior security official as saying the ships had stayed outside Taiwan's territorial waters.

China's Taiwan Affairs Office spokesman Lin Haoyu told a regular news conference in Beijing that the drills were "a stern warning" to separatists.

He said Beijing would "never tolerate" foreign interference.

Taiwan has been governed separately since 1949.

(Reporting by Yimou Lee; Editing by Michael Perry)
"""
GOLD["cna_taiwan"] = [
    ("said", "Taiwan's defence ministry", "it had detected 11 Chinese warships operating around the island over the previous 24 hours"),
    ("quoted", "The official Central News Agency", "a senior security official as saying the ships had stayed outside Taiwan's territorial waters"),
    ("told", "China's Taiwan Affairs Office spokesman Lin Haoyu", "the drills were \"a stern warning\" to separatists"),
    ("said", "He", "Beijing would \"never tolerate\" foreign interference"),
]
NOT_REPORTS["cna_taiwan"] = ["Taiwan has been governed separately since 1949.", "(Reporting by Yimou Lee; Editing by Michael Perry)"]
SPEAKERS["cna_taiwan"] = [("said", "He", "Lin Haoyu", "Beijing would")]

ARTICLES["myanmar_junta"] = """Myanmar junta says election to go ahead in December

BANGKOK (AP) — Myanmar's military government will hold a general election in December despite fighting in much of the country, its spokesman said Sunday.

The state-run Global New Light of Myanmar newspaper quoted Maj. Gen. Zaw Min Htet as saying that voting would be held "in stages" in areas deemed secure.

Myanmar was ruled by the military for nearly five decades before a civilian government took power in 2016.

At a meeting with the junta's foreign minister, the Thai envoy underlined the need for an end to violence against civilians.

Critics say the vote will be neither free nor fair.
"""
GOLD["myanmar_junta"] = [
    ("said", "its spokesman", "Myanmar's military government will hold a general election in December despite fighting in much of the country"),
    ("quoted", "The state-run Global New Light of Myanmar newspaper", "Maj. Gen. Zaw Min Htet as saying that voting would be held \"in stages\" in areas deemed secure"),
    ("underlined", "the Thai envoy", "the need for an end to violence against civilians"),
    ("say", "Critics", "the vote will be neither free nor fair"),
]
NOT_REPORTS["myanmar_junta"] = ["Myanmar was ruled by the military for nearly five decades before a civilian government took power in 2016."]

ARTICLES["korea_unification"] = """Seoul offers talks on reuniting separated families

SEOUL, Sept. 22 (Yonhap) -- South Korea proposed on Monday that the two Koreas hold talks on reuniting families separated by the 1950-53 Korean War.

Unification Minister Kim Tae Hun made the proposal in a televised address marking the Chuseok holiday.

He said time was running out for the elderly members of separated families, most of whom are in their 80s and 90s.

North Korea has not responded to similar offers since 2018.

(END)
"""
GOLD["korea_unification"] = [
    ("proposed", "South Korea", "the two Koreas hold talks on reuniting families separated by the 1950-53 Korean War"),
    ("said", "He", "time was running out for the elderly members of separated families, most of whom are in their 80s and 90s"),
]
NOT_REPORTS["korea_unification"] = ["(END)"]
SPEAKERS["korea_unification"] = [("said", "He", "Kim Tae Hun", "time was")]

ARTICLES["vietnam_flood"] = """Vietnam evacuates 40,000 as typhoon nears central coast

HANOI, Oct 27 (Reuters) - Vietnam evacuated more than 40,000 people from coastal areas on Monday as Typhoon Kalmaegi approached its central provinces, state media reported.

Ho Van Long, a disaster official in Quang Ngai province, told state broadcaster VTV that all fishing boats had been called back to port.

He said schools in the province would stay closed until Thursday.

The official Vietnam News Agency quoted the national weather agency as saying that the storm could bring up to 600 mm of rain.

(Reporting by Khanh Vu; Editing by Kanupriya Kapoor)
"""
GOLD["vietnam_flood"] = [
    ("reported", "state media", "Vietnam evacuated more than 40,000 people from coastal areas on Monday as Typhoon Kalmaegi approached its central provinces"),
    ("told", "Ho Van Long, a disaster official in Quang Ngai province", "all fishing boats had been called back to port"),
    ("said", "He", "schools in the province would stay closed until Thursday"),
    ("quoted", "The official Vietnam News Agency", "the national weather agency as saying that the storm could bring up to 600 mm of rain"),
]
NOT_REPORTS["vietnam_flood"] = ["(Reporting by Khanh Vu; Editing by Kanupriya Kapoor)"]
SPEAKERS["vietnam_flood"] = [("said", "He", "Ho Van Long", "schools in")]
