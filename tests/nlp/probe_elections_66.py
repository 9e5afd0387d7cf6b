# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second pass's check of ELECTIONS ABROAD AND TRANSLATED SPEECH (helper D):
national and local elections outside the US and UK, coalition talks, electoral commissions ('the electoral commission
announced that'), observers ('Observers from X said in a preliminary statement that'), leaders heard through an
interpreter ('said through an interpreter', 'Speaking through an interpreter at a briefing, X said') or on state and
public broadcasters ('told state television that', 'said in a speech broadcast live'), offices ("the president's office
said"), exit polls and quick counts ('Exit polls suggest'), victory claims and allegations ('The party claimed
victory', 'The opposition alleged fraud'), partial results ('according to partial results from X'), posts ('wrote on
X that'), spokesmen 'speaking in Spanish', names with particles from many languages ('de Castro', 'ter Borch', 'bin
Ismail', 'do Amaral') and speakers named again by role or pronoun ('The incumbent', 'The challenger', 'She').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; the one addressed and the medium stay with the cue; 'claimed victory' and 'conceded defeat' hold the noun
as content, as the sixty-second set counted): per article, (a word of the cue, the source, the first content span) for
each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (seat counts and turnout given by the
writer, descriptions of parties, constitutional rules, schedules of rounds, narration of rallies and protests); (cue,
source, speaker, the content's first words) in ``SPEAKERS``. Countries are real; every party, person, figure and
sentence is made up. Read by ``test_probe_findings_66_elections``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["poland_count"] = """Polish vote count enters second day

The Civic Renewal party led by Tomasz Wierzbicki won 38.4% of the vote, with 97% of districts counted.

The national electoral commission announced that turnout had reached 71.2%, the highest since 1989.

Speaking through an interpreter at a news conference for foreign reporters, Wierzbicki said his party would seek a coalition within two weeks.

The lower house has 460 seats, and a majority requires 231.

The outgoing prime minister, Halina Brzozowska, conceded defeat in a short statement on Monday morning.

She said she would remain leader of the Homeland Alliance until a party congress in the spring.
"""
GOLD["poland_count"] = [
    ("announced", "The national electoral commission", "turnout had reached 71.2%, the highest since 1989"),
    ("said", "Wierzbicki", "his party would seek a coalition within two weeks"),
    ("conceded", "The outgoing prime minister, Halina Brzozowska", "defeat"),
    ("said", "She", "she would remain leader of the Homeland Alliance until a party congress in the spring"),
]
NOT_REPORTS["poland_count"] = [
    "The Civic Renewal party led by Tomasz Wierzbicki won 38.4% of the vote, with 97% of districts counted.",
    "The lower house has 460 seats, and a majority requires 231.",
]
SPEAKERS["poland_count"] = [
    ("said", "Wierzbicki", "Tomasz Wierzbicki", "his party"),
    ("said", "She", "Halina Brzozowska", "she would remain"),
]

ARTICLES["brazil_runoff"] = """Brazil heads for presidential runoff

No candidate won more than half of the valid votes in Sunday's first round.

Governor Renata Albuquerque de Souza of the Progress and Labour Party finished first with 44.1%.

The runoff will be held four weeks after the first round, as the constitution requires.

Her campaign spokesman, speaking in Portuguese, said the governor would spend the next week in the northeast.

The challenger, former senator Otávio Meireles, told a rally in Recife that he would win the second round.

Albuquerque de Souza said on Monday that she was confident of victory.

Thousands of supporters waved green flags outside the party's headquarters in Brasília until after midnight.
"""
GOLD["brazil_runoff"] = [
    ("said", "Her campaign spokesman", "the governor would spend the next week in the northeast"),
    ("told", "The challenger, former senator Otávio Meireles", "he would win the second round"),
    ("said", "Albuquerque de Souza", "she was confident of victory"),
]
NOT_REPORTS["brazil_runoff"] = [
    "No candidate won more than half of the valid votes in Sunday's first round.",
    "Governor Renata Albuquerque de Souza of the Progress and Labour Party finished first with 44.1%.",
    "The runoff will be held four weeks after the first round, as the constitution requires.",
    "Thousands of supporters waved green flags outside the party's headquarters in Brasília until after midnight.",
]
SPEAKERS["brazil_runoff"] = [
    ("told", "The challenger, former senator Otávio Meireles", "Otávio Meireles", "he would win"),
    ("said", "Albuquerque de Souza", "Renata Albuquerque de Souza", "she was confident"),
]

ARTICLES["indonesia_quick"] = """Quick counts give Indonesian governor early lead

Quick counts by four private pollsters suggest that Bambang Wicaksono of the Nusantara Unity Party has won about 55% of the vote.

The official result is due from the General Elections Commission within 35 days.

Wicaksono claimed victory in a speech broadcast live from Jakarta on Wednesday night.

His rival, Dewi Anggraini Putri, told supporters that they should wait for the official count.

More than 204 million people were registered to vote at some 820,000 polling stations.
"""
GOLD["indonesia_quick"] = [
    ("suggest", "Quick counts by four private pollsters", "Bambang Wicaksono of the Nusantara Unity Party has won about 55% of the vote"),
    ("claimed", "Wicaksono", "victory"),
    ("told", "His rival, Dewi Anggraini Putri", "they should wait for the official count"),
]
NOT_REPORTS["indonesia_quick"] = [
    "The official result is due from the General Elections Commission within 35 days.",
    "More than 204 million people were registered to vote at some 820,000 polling stations.",
]

ARTICLES["nigeria_observers"] = """Observers criticise delays in Nigerian vote

Observers from the African Union said in a preliminary statement that the late arrival of ballot papers had kept many voters from casting their ballots.

Polling units in parts of Lagos opened more than five hours late.

The opposition alleged fraud in at least six states.

A spokesman for the All People's Movement, Chidi Okonkwo-Eze, said the party would challenge the results in court.

The commission's chairman, Professor Musa Garba-Idris, said the delays were caused by logistical problems.

He told reporters that results from all 36 states would be collated in Abuja.

By law, the count must be completed within 14 days of the vote.
"""
GOLD["nigeria_observers"] = [
    ("said", "Observers from the African Union", "the late arrival of ballot papers had kept many voters from casting their ballots"),
    ("alleged", "The opposition", "fraud in at least six states"),
    ("said", "A spokesman for the All People's Movement, Chidi Okonkwo-Eze", "the party would challenge the results in court"),
    ("said", "The commission's chairman, Professor Musa Garba-Idris", "the delays were caused by logistical problems"),
    ("told", "He", "results from all 36 states would be collated in Abuja"),
]
NOT_REPORTS["nigeria_observers"] = [
    "Polling units in parts of Lagos opened more than five hours late.",
    "By law, the count must be completed within 14 days of the vote.",
]
SPEAKERS["nigeria_observers"] = [("told", "He", "Musa Garba-Idris", "results from")]

ARTICLES["kazakh_snap"] = """Ruling party wins Kazakh snap election

The ruling Bright Path party won 62 of the 98 seats elected by party list, according to partial results.

The head of the Central Election Commission, Yerlan Abdrakhmanov, told state television that turnout was 54.2%.

Two opposition parties were refused registration before the vote.

Observers from the Commonwealth of Independent States said the election had been free and transparent.

The lower house has 98 seats.

The president's office said the vote showed broad public support for reform.
"""
GOLD["kazakh_snap"] = [
    ("according", "partial results", "The ruling Bright Path party won 62 of the 98 seats elected by party list"),
    ("told", "The head of the Central Election Commission, Yerlan Abdrakhmanov", "turnout was 54.2%"),
    ("said", "Observers from the Commonwealth of Independent States", "the election had been free and transparent"),
    ("said", "The president's office", "the vote showed broad public support for reform"),
]
NOT_REPORTS["kazakh_snap"] = [
    "Two opposition parties were refused registration before the vote.",
    "The lower house has 98 seats.",
]

ARTICLES["mexico_governor"] = """Civic Front keeps Veracruz governorship

The Civic Front candidate, Ximena Ortega Villalobos, won the governorship of Veracruz with 51% of the vote.

The National Electoral Institute will publish its official count on Wednesday.

The spokesman for the Civic Front, Ramiro de la Garza, speaking in Spanish, said the party had won in nine of the state's 12 largest cities.

The defeated candidate, Alfonso Beltrán Ochoa, alleged that votes had been bought in rural districts.

Governors in Mexico serve a single six-year term and cannot be re-elected.

De la Garza said the new governor would announce her cabinet in December.
"""
GOLD["mexico_governor"] = [
    ("said", "The spokesman for the Civic Front, Ramiro de la Garza", "the party had won in nine of the state's 12 largest cities"),
    ("alleged", "The defeated candidate, Alfonso Beltrán Ochoa", "votes had been bought in rural districts"),
    ("said", "De la Garza", "the new governor would announce her cabinet in December"),
]
NOT_REPORTS["mexico_governor"] = [
    "The Civic Front candidate, Ximena Ortega Villalobos, won the governorship of Veracruz with 51% of the vote.",
    "The National Electoral Institute will publish its official count on Wednesday.",
    "Governors in Mexico serve a single six-year term and cannot be re-elected.",
]
SPEAKERS["mexico_governor"] = [("said", "De la Garza", "Ramiro de la Garza", "the new governor")]

ARTICLES["karnataka_exit"] = """Exit polls point to hung assembly in Karnataka

Exit polls broadcast after voting ended on Saturday suggest that no party will win a majority in the 224-seat assembly.

Counting will begin at 8am on Tuesday.

The Janata Seva Party's state president, Venkatesh Gowda Hiremath, told reporters that exit polls had been wrong before.

A party needs 113 seats to form a government on its own.

Voting took place in a single phase across all 31 districts.

Rival party leader Shalini Raghavendra wrote on X that her party would wait for the real verdict.
"""
GOLD["karnataka_exit"] = [
    ("suggest", "Exit polls broadcast after voting ended on Saturday", "no party will win a majority in the 224-seat assembly"),
    ("told", "The Janata Seva Party's state president, Venkatesh Gowda Hiremath", "exit polls had been wrong before"),
    ("wrote", "Rival party leader Shalini Raghavendra", "her party would wait for the real verdict"),
]
NOT_REPORTS["karnataka_exit"] = [
    "Counting will begin at 8am on Tuesday.",
    "A party needs 113 seats to form a government on its own.",
    "Voting took place in a single phase across all 31 districts.",
]

ARTICLES["dutch_coalition"] = """Dutch coalition talks stall over asylum

Talks between four parties on forming a new Dutch government broke down on Thursday.

The informateur appointed by parliament, Hendrik ter Borch, said in a letter to the speaker that the parties remained far apart on asylum policy.

The largest party, the Freedom and Enterprise Party, holds 37 of the 150 seats in the lower house.

Its leader, Sanne van der Linde, told the public broadcaster that she still wanted a majority cabinet.

Ter Borch said he would report to parliament within three weeks.

Coalition talks after the previous election took 223 days.

The caretaker prime minister, Joost Mulder, wrote on X that voters deserved a government before the summer.
"""
GOLD["dutch_coalition"] = [
    ("said", "The informateur appointed by parliament, Hendrik ter Borch", "the parties remained far apart on asylum policy"),
    ("told", "Its leader, Sanne van der Linde", "she still wanted a majority cabinet"),
    ("said", "Ter Borch", "he would report to parliament within three weeks"),
    ("wrote", "The caretaker prime minister, Joost Mulder", "voters deserved a government before the summer"),
]
NOT_REPORTS["dutch_coalition"] = [
    "Talks between four parties on forming a new Dutch government broke down on Thursday.",
    "The largest party, the Freedom and Enterprise Party, holds 37 of the 150 seats in the lower house.",
    "Coalition talks after the previous election took 223 days.",
]
SPEAKERS["dutch_coalition"] = [("said", "Ter Borch", "Hendrik ter Borch", "he would report")]

ARTICLES["turkey_mayors"] = """Turkish local elections seen as test for government

Voters in 81 provinces chose mayors and local councils on Sunday.

The opposition Republican Democratic Union won the mayoralty in 14 of the 30 largest cities, according to partial results from the Supreme Election Council.

Its candidate in Izmir, Elif Karaosmanoğlu, told supporters that "the people have spoken".

Speaking through an interpreter at a news conference in Ankara, Interior Minister Kemal Aydınoğlu said the vote had been calm and orderly.

Mayors are elected for five-year terms.

The ruling party's spokesman, Ömer Çelikkaya, said the party would study the message of the voters.

The spokesman said the losses were mostly in cities where turnout had fallen.

Turnout was 78%, down from 84% in the previous local election.
"""
GOLD["turkey_mayors"] = [
    ("according", "partial results from the Supreme Election Council", "The opposition Republican Democratic Union won the mayoralty in 14 of the 30 largest cities"),
    ("told", "Its candidate in Izmir, Elif Karaosmanoğlu", "the people have spoken"),
    ("said", "Interior Minister Kemal Aydınoğlu", "the vote had been calm and orderly"),
    ("said", "The ruling party's spokesman, Ömer Çelikkaya", "the party would study the message of the voters"),
    ("said", "The spokesman", "the losses were mostly in cities where turnout had fallen"),
]
NOT_REPORTS["turkey_mayors"] = [
    "Voters in 81 provinces chose mayors and local councils on Sunday.",
    "Mayors are elected for five-year terms.",
    "Turnout was 78%, down from 84% in the previous local election.",
]
SPEAKERS["turkey_mayors"] = [("said", "The spokesman", "Ömer Çelikkaya", "the losses")]

ARTICLES["kenya_tally"] = """Kenyan commission declares winner of presidential vote

The Independent Electoral and Boundaries Commission announced on Monday that Deputy President Wanjiru Kamau-Odhiambo had won 50.6% of the vote.

A candidate must also win at least a quarter of the votes in 24 of the 47 counties.

In a speech broadcast live from the national tallying centre, Kamau-Odhiambo said she would be a president for all Kenyans.

Four of the seven commissioners walked out of the tallying centre before the announcement.

The runner-up, Joseph Mutua Kiprono, alleged that the results had been altered on the commission's servers.

He said he would file a petition at the Supreme Court within seven days.

The Supreme Court has 14 days to rule on any petition.
"""
GOLD["kenya_tally"] = [
    ("announced", "The Independent Electoral and Boundaries Commission", "Deputy President Wanjiru Kamau-Odhiambo had won 50.6% of the vote"),
    ("said", "Kamau-Odhiambo", "she would be a president for all Kenyans"),
    ("alleged", "The runner-up, Joseph Mutua Kiprono", "the results had been altered on the commission's servers"),
    ("said", "He", "he would file a petition at the Supreme Court within seven days"),
]
NOT_REPORTS["kenya_tally"] = [
    "A candidate must also win at least a quarter of the votes in 24 of the 47 counties.",
    "Four of the seven commissioners walked out of the tallying centre before the announcement.",
    "The Supreme Court has 14 days to rule on any petition.",
]
SPEAKERS["kenya_tally"] = [
    ("said", "Kamau-Odhiambo", "Wanjiru Kamau-Odhiambo", "she would be"),
    ("said", "He", "Joseph Mutua Kiprono", "he would file"),
]

ARTICLES["spain_investiture"] = """Spanish Socialists short of majority after snap vote

The Progressive Alliance won 131 seats in the 350-seat Congress of Deputies.

A candidate for prime minister needs an absolute majority of 176 votes in the first investiture vote, or a simple majority in the second.

The party's leader, Íñigo Echeverría Salazar, said on election night that he would talk to every party except the far right.

The People's Coalition, which won 137 seats, claimed victory.

Its leader, Marta de Castro Quiroga, told supporters in Madrid that she would ask the king to let her try to form a government first.

De Castro said the Socialists had "lost the moral right to govern".

Regional parties from Catalonia and the Basque Country hold 19 seats between them.
"""
GOLD["spain_investiture"] = [
    ("said", "The party's leader, Íñigo Echeverría Salazar", "he would talk to every party except the far right"),
    ("claimed", "The People's Coalition, which won 137 seats", "victory"),
    ("told", "Its leader, Marta de Castro Quiroga", "she would ask the king to let her try to form a government first"),
    ("said", "De Castro", 'the Socialists had "lost the moral right to govern"'),
]
NOT_REPORTS["spain_investiture"] = [
    "The Progressive Alliance won 131 seats in the 350-seat Congress of Deputies.",
    "A candidate for prime minister needs an absolute majority of 176 votes in the first investiture vote, or a simple majority in the second.",
    "Regional parties from Catalonia and the Basque Country hold 19 seats between them.",
]
SPEAKERS["spain_investiture"] = [("said", "De Castro", "Marta de Castro Quiroga", "the Socialists")]

ARTICLES["japan_upper"] = """Japan's governing coalition loses upper house majority

The governing coalition won 61 of the 125 seats contested in Sunday's upper house election.

Half of the upper house's 248 seats are elected every three years.

Prime Minister Haruto Kitajima said at a news conference that he took full responsibility for the result.

Speaking through an interpreter at a briefing for foreign media, the chief cabinet secretary, Yumiko Arakawa, said the government would not change its economic policy.

Exit polls by the public broadcaster suggested that young voters had turned to smaller parties.

The prime minister's term as party leader runs until September.
"""
GOLD["japan_upper"] = [
    ("said", "Prime Minister Haruto Kitajima", "he took full responsibility for the result"),
    ("said", "the chief cabinet secretary, Yumiko Arakawa", "the government would not change its economic policy"),
    ("suggested", "Exit polls by the public broadcaster", "young voters had turned to smaller parties"),
]
NOT_REPORTS["japan_upper"] = [
    "The governing coalition won 61 of the 125 seats contested in Sunday's upper house election.",
    "Half of the upper house's 248 seats are elected every three years.",
    "The prime minister's term as party leader runs until September.",
]

ARTICLES["senegal_delay"] = """Senegal's presidential vote postponed

President Mamadou Faye Diallo announced in an address on state television that the February election would be postponed.

The constitution sets a five-year presidential term.

Opposition leader Aminata Sarr Ndiaye told reporters that the decision was "a constitutional coup".

Protesters blocked roads in the capital on Saturday and burned tyres outside the parliament.

The president's office said the delay was needed to settle a dispute over the list of candidates.

Diallo, who has served two terms, is not standing again.
"""
GOLD["senegal_delay"] = [
    ("announced", "President Mamadou Faye Diallo", "the February election would be postponed"),
    ("told", "Opposition leader Aminata Sarr Ndiaye", 'the decision was "a constitutional coup"'),
    ("said", "The president's office", "the delay was needed to settle a dispute over the list of candidates"),
]
NOT_REPORTS["senegal_delay"] = [
    "The constitution sets a five-year presidential term.",
    "Protesters blocked roads in the capital on Saturday and burned tyres outside the parliament.",
    "Diallo, who has served two terms, is not standing again.",
]

ARTICLES["georgia_protest"] = """Georgian opposition rejects parliamentary result

The ruling Georgian Unity party won 53.9% of the vote, the Central Election Commission said.

The pro-Western opposition alleged fraud and called on its supporters to gather outside parliament.

Parliament has 150 seats, all now elected by proportional representation.

The president, Nino Kapanadze-Beridze, said she did not recognise the result.

Tens of thousands marched along Rustaveli Avenue on Monday evening.

She told the crowd that Georgia's future was in Europe.
"""
GOLD["georgia_protest"] = [
    ("said", "the Central Election Commission", "The ruling Georgian Unity party won 53.9% of the vote"),
    ("alleged", "The pro-Western opposition", "fraud"),
    ("said", "The president, Nino Kapanadze-Beridze", "she did not recognise the result"),
    ("told", "She", "Georgia's future was in Europe"),
]
NOT_REPORTS["georgia_protest"] = [
    "Parliament has 150 seats, all now elected by proportional representation.",
    "Tens of thousands marched along Rustaveli Avenue on Monday evening.",
]
SPEAKERS["georgia_protest"] = [("told", "She", "Nino Kapanadze-Beridze", "Georgia's future")]

ARTICLES["chile_primary"] = """Chilean left picks presidential candidate

Former mayor Javiera Ossandón Pizarro won the primary of the Broad Left coalition with 60% of the vote.

The Electoral Service said about 1.4 million people had voted.

Voting in Chile's presidential election is compulsory.

Ossandón told supporters in Santiago that the coalition would go into November united.

The losing candidate, Rodrigo Valdivia Muñoz, said he would campaign for her.

The first round of the presidential election is on November 16, with a runoff four weeks later if needed.
"""
GOLD["chile_primary"] = [
    ("said", "The Electoral Service", "about 1.4 million people had voted"),
    ("told", "Ossandón", "the coalition would go into November united"),
    ("said", "The losing candidate, Rodrigo Valdivia Muñoz", "he would campaign for her"),
]
NOT_REPORTS["chile_primary"] = [
    "Former mayor Javiera Ossandón Pizarro won the primary of the Broad Left coalition with 60% of the vote.",
    "Voting in Chile's presidential election is compulsory.",
    "The first round of the presidential election is on November 16, with a runoff four weeks later if needed.",
]
SPEAKERS["chile_primary"] = [("told", "Ossandón", "Javiera Ossandón Pizarro", "the coalition")]

ARTICLES["south_africa"] = """South Africa's governing party falls below 40%

With 99% of voting districts counted, the People's Congress had 39.7% of the national vote.

The Electoral Commission of South Africa said it would declare the final results on Sunday.

The 400 seats in the National Assembly are shared out in proportion to each party's national vote.

The People's Congress secretary-general, Sipho Dlamini-Mthembu, told the public broadcaster that the party was "humbled" by the result.

The leader of the Freedom Front, Johan van Wyk, said his party was ready to talk to any party that put the constitution first.

Van Wyk said talks could take weeks.

Parliament must elect a president within 14 days of the final count.
"""
GOLD["south_africa"] = [
    ("said", "The Electoral Commission of South Africa", "it would declare the final results on Sunday"),
    ("told", "The People's Congress secretary-general, Sipho Dlamini-Mthembu", 'the party was "humbled" by the result'),
    ("said", "The leader of the Freedom Front, Johan van Wyk", "his party was ready to talk to any party that put the constitution first"),
    ("said", "Van Wyk", "talks could take weeks"),
]
NOT_REPORTS["south_africa"] = [
    "With 99% of voting districts counted, the People's Congress had 39.7% of the national vote.",
    "The 400 seats in the National Assembly are shared out in proportion to each party's national vote.",
    "Parliament must elect a president within 14 days of the final count.",
]
SPEAKERS["south_africa"] = [("said", "Van Wyk", "Johan van Wyk", "talks could")]

ARTICLES["malaysia_hung"] = """Malaysian election ends in hung parliament

No coalition won the 112 seats needed for a majority in the 222-seat lower house.

The leader of the National Harmony coalition, Azman bin Ismail, claimed victory at a news conference in Kuala Lumpur.

His rival, Lim Wei Ling of the Reform Alliance, told reporters that she had the support of enough lawmakers to govern.

The king appoints as prime minister the member who in his judgment commands a majority.

Azman said he would meet the king on Tuesday.

Turnout was 73.9%, according to the Election Commission.
"""
GOLD["malaysia_hung"] = [
    ("claimed", "The leader of the National Harmony coalition, Azman bin Ismail", "victory"),
    ("told", "His rival, Lim Wei Ling of the Reform Alliance", "she had the support of enough lawmakers to govern"),
    ("said", "Azman", "he would meet the king on Tuesday"),
    ("according", "the Election Commission", "Turnout was 73.9%"),
]
NOT_REPORTS["malaysia_hung"] = [
    "No coalition won the 112 seats needed for a majority in the 222-seat lower house.",
    "The king appoints as prime minister the member who in his judgment commands a majority.",
]
SPEAKERS["malaysia_hung"] = [("said", "Azman", "Azman bin Ismail", "he would meet")]

ARTICLES["ghana_rallies"] = """Ghana's candidates hold final rallies

Thousands of supporters in red and green filled the stadium in Accra on Saturday for the last rally of the ruling party's campaign.

Drummers and dancers performed for two hours before the candidate arrived.

The party's candidate, Vice-President Kwabena Asante-Mensah, told the crowd that he would create a million jobs in his first term.

In Kumasi, the opposition candidate, Akosua Boateng, promised to cut fuel taxes.

The challenger said the economy had stopped working for ordinary people.

Campaigning ends at midnight on Sunday, 48 hours before polls open.

A candidate needs more than 50% of valid votes to avoid a runoff.
"""
GOLD["ghana_rallies"] = [
    ("told", "The party's candidate, Vice-President Kwabena Asante-Mensah", "he would create a million jobs in his first term"),
    ("promised", "the opposition candidate, Akosua Boateng", "to cut fuel taxes"),
    ("said", "The challenger", "the economy had stopped working for ordinary people"),
]
NOT_REPORTS["ghana_rallies"] = [
    "Thousands of supporters in red and green filled the stadium in Accra on Saturday for the last rally of the ruling party's campaign.",
    "Drummers and dancers performed for two hours before the candidate arrived.",
    "Campaigning ends at midnight on Sunday, 48 hours before polls open.",
    "A candidate needs more than 50% of valid votes to avoid a runoff.",
]
SPEAKERS["ghana_rallies"] = [("said", "The challenger", "Akosua Boateng", "the economy")]

ARTICLES["portugal_dissolution"] = """Portugal's president dissolves parliament

President Artur Sampaio Correia dissolved parliament on Thursday and set an early election for March 10.

In a speech broadcast live on national television, Sampaio Correia said the country needed clarity after the government's collapse.

The Assembly of the Republic has 230 members.

The outgoing prime minister, Luísa Ferraz do Amaral, wrote on X that she would not stand again.

Ferraz do Amaral said later that her party would choose a new leader in January.

An election must be held within 60 days of a dissolution.
"""
GOLD["portugal_dissolution"] = [
    ("said", "Sampaio Correia", "the country needed clarity after the government's collapse"),
    ("wrote", "The outgoing prime minister, Luísa Ferraz do Amaral", "she would not stand again"),
    ("said", "Ferraz do Amaral", "her party would choose a new leader in January"),
]
NOT_REPORTS["portugal_dissolution"] = [
    "President Artur Sampaio Correia dissolved parliament on Thursday and set an early election for March 10.",
    "The Assembly of the Republic has 230 members.",
    "An election must be held within 60 days of a dissolution.",
]
SPEAKERS["portugal_dissolution"] = [
    ("said", "Sampaio Correia", "Artur Sampaio Correia", "the country"),
    ("said", "Ferraz do Amaral", "Luísa Ferraz do Amaral", "her party"),
]

ARTICLES["taiwan_president"] = """Taiwan's president-elect calls for dialogue

President-elect Chen Yi-hsuan said through an interpreter that she wanted peace and stability across the Taiwan Strait.

Chen won 46% of the vote in a three-way race.

Presidents in Taiwan serve four-year terms and may be re-elected once.

Her running mate, Lin Po-wen, said the new cabinet would be named in April.

She told foreign reporters that she would keep her predecessor's defence budget.

The inauguration will take place on May 20.
"""
GOLD["taiwan_president"] = [
    ("said", "President-elect Chen Yi-hsuan", "she wanted peace and stability across the Taiwan Strait"),
    ("said", "Her running mate, Lin Po-wen", "the new cabinet would be named in April"),
    ("told", "She", "she would keep her predecessor's defence budget"),
]
NOT_REPORTS["taiwan_president"] = [
    "Chen won 46% of the vote in a three-way race.",
    "Presidents in Taiwan serve four-year terms and may be re-elected once.",
    "The inauguration will take place on May 20.",
]
SPEAKERS["taiwan_president"] = [("told", "She", "Chen Yi-hsuan", "she would keep")]

ARTICLES["argentina_midterm"] = """Argentine governing party loses midterm vote

The governing Liberty Front won 32% of the national vote in Sunday's midterm election, down from 41% two years ago.

Half of the Chamber of Deputies and a third of the Senate were renewed.

The spokesman, speaking in Spanish at the presidential palace, said the president respected the voice of the people.

The president's office said in a statement that the cabinet would meet on Monday.

The opposition governor of Buenos Aires province, Facundo Etchegaray, said voters had sent "a clear message".

Voting is compulsory for citizens aged 18 to 70.
"""
GOLD["argentina_midterm"] = [
    ("said", "The spokesman", "the president respected the voice of the people"),
    ("said", "The president's office", "the cabinet would meet on Monday"),
    ("said", "The opposition governor of Buenos Aires province, Facundo Etchegaray", 'voters had sent "a clear message"'),
]
NOT_REPORTS["argentina_midterm"] = [
    "The governing Liberty Front won 32% of the national vote in Sunday's midterm election, down from 41% two years ago.",
    "Half of the Chamber of Deputies and a third of the Senate were renewed.",
    "Voting is compulsory for citizens aged 18 to 70.",
]

ARTICLES["sri_lanka_count"] = """Sri Lankan president trails in early count

The incumbent, President Lasantha Wijeratne, trailed his main challenger by 11 points with a third of the votes counted.

The Election Commission said counting would continue through the night.

The challenger, Nirosha Fernando-Perera, told supporters in Colombo that the country had voted for change.

The incumbent said in a statement that he would accept the people's verdict.

Voters may mark up to three preferences on the ballot.

If no candidate wins more than half of the votes, second preferences are counted.

The challenger said she would name a cabinet within a week.
"""
GOLD["sri_lanka_count"] = [
    ("said", "The Election Commission", "counting would continue through the night"),
    ("told", "The challenger, Nirosha Fernando-Perera", "the country had voted for change"),
    ("said", "The incumbent", "he would accept the people's verdict"),
    ("said", "The challenger", "she would name a cabinet within a week"),
]
NOT_REPORTS["sri_lanka_count"] = [
    "The incumbent, President Lasantha Wijeratne, trailed his main challenger by 11 points with a third of the votes counted.",
    "Voters may mark up to three preferences on the ballot.",
    "If no candidate wins more than half of the votes, second preferences are counted.",
]
SPEAKERS["sri_lanka_count"] = [
    ("said", "The incumbent", "Lasantha Wijeratne", "he would accept"),
    ("said", "The challenger", "Nirosha Fernando-Perera", "she would name"),
]

ARTICLES["moldova_diaspora"] = """Moldova's diaspora vote decides close race

Voters abroad cast about 320,000 ballots at 230 polling stations in 36 countries.

The Central Electoral Commission said the incumbent had won 55.3% of the vote after ballots from abroad were counted.

Her challenger, Alexandr Cebotari, said the result had been "stolen by the diaspora".

Police said they had opened 40 investigations into vote buying.

President Doina Munteanu-Rusu wrote on X that Moldovans everywhere had chosen Europe.

Moldova's president is directly elected for a four-year term.
"""
GOLD["moldova_diaspora"] = [
    ("said", "The Central Electoral Commission", "the incumbent had won 55.3% of the vote after ballots from abroad were counted"),
    ("said", "Her challenger, Alexandr Cebotari", 'the result had been "stolen by the diaspora"'),
    ("said", "Police", "they had opened 40 investigations into vote buying"),
    ("wrote", "President Doina Munteanu-Rusu", "Moldovans everywhere had chosen Europe"),
]
NOT_REPORTS["moldova_diaspora"] = [
    "Voters abroad cast about 320,000 ballots at 230 polling stations in 36 countries.",
    "Moldova's president is directly elected for a four-year term.",
]

ARTICLES["france_assembly"] = """French centrists seek partners after parliamentary vote

No bloc won an absolute majority of 289 seats in the 577-member National Assembly.

The centrist leader, Pierre-Alexandre de Villeneuve, said he would extend a hand to moderate parties on the left and right.

De Villeneuve told the regional newspaper Ouest-Matin that a coalition could be formed by September.

The left-wing alliance's spokeswoman, Clémence Le Goff, said in a radio interview that the alliance should be asked to form the government first.

The president names the prime minister, who can be removed by a vote of no confidence.

Candidates who won the votes of at least 12.5% of registered voters in the first round went through to the second.
"""
GOLD["france_assembly"] = [
    ("said", "The centrist leader, Pierre-Alexandre de Villeneuve", "he would extend a hand to moderate parties on the left and right"),
    ("told", "De Villeneuve", "a coalition could be formed by September"),
    ("said", "The left-wing alliance's spokeswoman, Clémence Le Goff", "the alliance should be asked to form the government first"),
    ("names", "The president", "the prime minister"),
]
NOT_REPORTS["france_assembly"] = [
    "No bloc won an absolute majority of 289 seats in the 577-member National Assembly.",
    "Candidates who won the votes of at least 12.5% of registered voters in the first round went through to the second.",
]
SPEAKERS["france_assembly"] = [("told", "De Villeneuve", "Pierre-Alexandre de Villeneuve", "a coalition")]

ARTICLES["greece_snap"] = """Greek prime minister calls snap vote

Prime Minister Nikos Charalambidis wrote on X that he had asked the president to dissolve parliament.

The vote will be held on June 25, just over a year before parliament's term ends.

The party that comes first receives a bonus of up to 50 seats in the 300-seat parliament.

The leader of the main opposition party, Eleni Papadaki-Stavrou, told the public broadcaster that the government had "lost its legitimacy".

She said her party was ready to govern.
"""
GOLD["greece_snap"] = [
    ("wrote", "Prime Minister Nikos Charalambidis", "he had asked the president to dissolve parliament"),
    ("told", "The leader of the main opposition party, Eleni Papadaki-Stavrou", 'the government had "lost its legitimacy"'),
    ("said", "She", "her party was ready to govern"),
]
NOT_REPORTS["greece_snap"] = [
    "The vote will be held on June 25, just over a year before parliament's term ends.",
    "The party that comes first receives a bonus of up to 50 seats in the 300-seat parliament.",
]
SPEAKERS["greece_snap"] = [("said", "She", "Eleni Papadaki-Stavrou", "her party")]

ARTICLES["austria_exit"] = """Homeland Freedom Party tops Austrian exit polls

Exit polls suggest the Homeland Freedom Party has come first with about 29% of the vote.

The party claimed victory within minutes of the polls closing.

Its leader, Klaus Oberhuber, told cheering supporters in Vienna that Austria had chosen a new direction.

The chancellor, Elisabeth Brandstätter-Ronacher, said her party would not serve under Oberhuber.

Parties need 4% of the national vote to enter parliament.

Postal votes, which can make up a fifth of the total, will be counted on Monday.

The chancellor said talks with the other parties would begin next week.
"""
GOLD["austria_exit"] = [
    ("suggest", "Exit polls", "the Homeland Freedom Party has come first with about 29% of the vote"),
    ("claimed", "The party", "victory"),
    ("told", "Its leader, Klaus Oberhuber", "Austria had chosen a new direction"),
    ("said", "The chancellor, Elisabeth Brandstätter-Ronacher", "her party would not serve under Oberhuber"),
    ("said", "The chancellor", "talks with the other parties would begin next week"),
]
NOT_REPORTS["austria_exit"] = [
    "Parties need 4% of the national vote to enter parliament.",
    "Postal votes, which can make up a fifth of the total, will be counted on Monday.",
]
SPEAKERS["austria_exit"] = [("said", "The chancellor", "Elisabeth Brandstätter-Ronacher", "talks with")]

# (the two articles below were written after the first count, to probe the mends further)

ARTICLES["bolivia_count"] = """Bolivian opposition demands recount

Voters cast more than six million ballots in Sunday's general election.

The Plurinational Electoral Body said the governing party's candidate, Mariela Quispe y Mamani, had won 47% of the vote.

The opposition alleged that the count had been stopped for a day to change the result.

Foreign journalists were denied accreditation at several counting centres.

Quispe y Mamani told a crowd in El Alto that the count had been "clean from start to finish".

She said she would invite the opposition to talks after her inauguration.
"""
GOLD["bolivia_count"] = [
    ("said", "The Plurinational Electoral Body", "the governing party's candidate, Mariela Quispe y Mamani, had won 47% of the vote"),
    ("alleged", "The opposition", "the count had been stopped for a day to change the result"),
    ("told", "Quispe y Mamani", 'the count had been "clean from start to finish"'),
    ("said", "She", "she would invite the opposition to talks after her inauguration"),
]
NOT_REPORTS["bolivia_count"] = [
    "Voters cast more than six million ballots in Sunday's general election.",
    "Foreign journalists were denied accreditation at several counting centres.",
]
SPEAKERS["bolivia_count"] = [
    ("told", "Quispe y Mamani", "Mariela Quispe y Mamani", "the count"),
    ("said", "She", "Mariela Quispe y Mamani", "she would invite"),
]

ARTICLES["belgium_talks"] = """Belgian negotiator hands back mission

The negotiator appointed by the king, Pieter ter Haar, said on Friday that he had failed to bring the five parties together.

Belgium's federal parliament has 150 seats, shared between Dutch-speaking and French-speaking parties.

The opposition said the talks had been doomed from the start.

Ter Haar told reporters that the parties disagreed most over pensions.

The country has had a caretaker government since the election in June.
"""
GOLD["belgium_talks"] = [
    ("said", "The negotiator appointed by the king, Pieter ter Haar", "he had failed to bring the five parties together"),
    ("said", "The opposition", "the talks had been doomed from the start"),
    ("told", "Ter Haar", "the parties disagreed most over pensions"),
]
NOT_REPORTS["belgium_talks"] = [
    "Belgium's federal parliament has 150 seats, shared between Dutch-speaking and French-speaking parties.",
    "The country has had a caretaker government since the election in June.",
]
SPEAKERS["belgium_talks"] = [("told", "Ter Haar", "Pieter ter Haar", "the parties")]
