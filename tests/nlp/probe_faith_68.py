# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-fourth pass's check of religion, faith and ceremonies (helper A):
clergy and faith leaders quoted with their titles ('the Rev X told the congregation', 'Rabbi X said', 'Imam X said in
Friday's sermon', 'Father X, the parish priest, said', 'Sister X', 'Pastor X', 'Canon X') and named again by title or
role ('the bishop', 'the priest', 'the cleric', 'the chaplain', 'the nun'), statements of dioceses, churches and
councils of faiths ('the diocese said in a statement', 'the church says on its website'), pastoral letters read out
('in a letter read at every Mass, the bishop wrote that'), worshippers and pilgrims quoted, messages for holy days,
and lines that report nothing: hymns and scripture named or quoted as texts ('the choir sang "Abide With Me"'),
'gave a sermon on forgiveness' (a talk given with no content: train marks none of 'delivered a speech on terrorism',
'gave a stump speech'), bells, service times and notices, prayers with no words ('prayed for the victims').

A prayer with its words quoted ('"Give us strength," the mourners prayed') is a report here, the words the content:
train marks the same shape with chants ('the protesters chanted "..."', 'Some chanted "USA! USA!"': every chant
with its words quoted outside another report's content is a cue there).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``,
a title no part of the speaker ('Rabbi Leah Stern' is Leah Stern). Every name, place, body and sentence is made up.
Read by ``test_probe_findings_68_faith``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["vicar_roof"] = """Villagers rally to save church roof

The Rev Ama Quist told the congregation on Sunday that the church roof would cost £240,000 to repair.

St Brannoc's, in the village of Helmsby, dates from the 14th century.

"We cannot let the rain into a building that has stood for 600 years," the vicar said.

Services are held at 9.30am and 6pm every Sunday.
"""
GOLD["vicar_roof"] = [
    ("told", "The Rev Ama Quist", "the church roof would cost £240,000 to repair"),
    ("said", "the vicar", "We cannot let the rain into a building that has stood for 600 years"),
]
NOT_REPORTS["vicar_roof"] = [
    "St Brannoc's, in the village of Helmsby, dates from the 14th century.",
    "Services are held at 9.30am and 6pm every Sunday.",
]
SPEAKERS["vicar_roof"] = [("said", "the vicar", "Ama Quist", "We cannot")]

ARTICLES["rabbi_festival"] = """Synagogue opens doors for harvest festival

Rabbi Leah Stern said the synagogue on Orchard Lane would welcome visitors of every faith during Sukkot.

A wooden booth has been built in the synagogue's garden.

The rabbi said about 200 people had signed up for the first evening.

The choir sang two psalms as the booth was opened.
"""
GOLD["rabbi_festival"] = [
    ("said", "Rabbi Leah Stern", "the synagogue on Orchard Lane would welcome visitors of every faith during Sukkot"),
    ("said", "The rabbi", "about 200 people had signed up for the first evening"),
]
NOT_REPORTS["rabbi_festival"] = [
    "A wooden booth has been built in the synagogue's garden.",
    "The choir sang two psalms as the booth was opened.",
]
SPEAKERS["rabbi_festival"] = [("said", "The rabbi", "Leah Stern", "about 200")]

ARTICLES["imam_sermon"] = """Imam condemns attack on shop

Imam Yusuf Odeh said in Friday's sermon that the attack on a Muslim-owned shop in Carrow Street was an attack on the whole town.

The shop's windows were smashed early on Thursday.

The imam told worshippers that they should not answer hatred with hatred.

Police said two men had been arrested.
"""
GOLD["imam_sermon"] = [
    ("said", "Imam Yusuf Odeh", "the attack on a Muslim-owned shop in Carrow Street was an attack on the whole town"),
    ("told", "The imam", "they should not answer hatred with hatred"),
    ("said", "Police", "two men had been arrested"),
]
NOT_REPORTS["imam_sermon"] = ["The shop's windows were smashed early on Thursday."]
SPEAKERS["imam_sermon"] = [("told", "The imam", "Yusuf Odeh", "they should")]

ARTICLES["parish_priest"] = """Parish to run night shelter

Father Tomas Reyes, the parish priest, said the church hall would open as a night shelter from December.

The hall has 30 camp beds, given by a local firm.

The priest said volunteers were still needed for the early shifts.

Mass will be celebrated at 7pm on Christmas Eve.
"""
GOLD["parish_priest"] = [
    ("said", "Father Tomas Reyes, the parish priest", "the church hall would open as a night shelter from December"),
    ("said", "The priest", "volunteers were still needed for the early shifts"),
]
NOT_REPORTS["parish_priest"] = [
    "The hall has 30 camp beds, given by a local firm.",
    "Mass will be celebrated at 7pm on Christmas Eve.",
]
SPEAKERS["parish_priest"] = [("said", "The priest", "Tomas Reyes", "volunteers")]

ARTICLES["diocese_statement"] = """Diocese to close three schools

The Diocese of Carnford said in a statement that three of its primary schools would close next summer.

Falling pupil numbers have left more than 400 places empty across the diocese.

Parents were told of the plan at meetings on Monday.

"This is a painful decision and it has not been taken lightly," the statement said.
"""
GOLD["diocese_statement"] = [
    ("said", "The Diocese of Carnford", "three of its primary schools would close next summer"),
    ("said", "the statement", "This is a painful decision and it has not been taken lightly"),
]
NOT_REPORTS["diocese_statement"] = ["Falling pupil numbers have left more than 400 places empty across the diocese."]
SPEAKERS["diocese_statement"] = []

ARTICLES["pastoral_letter"] = """Bishop warns parishes of priest shortage

In a letter read at every Mass on Sunday, Bishop Mark Oduya wrote that a third of the diocese's parishes would share a priest by 2030.

The diocese has 86 parishes and 51 serving priests.

The bishop wrote that lay people would have to lead more of the parishes' work.

The letter ended with a prayer for vocations.
"""
GOLD["pastoral_letter"] = [
    ("wrote", "Bishop Mark Oduya", "a third of the diocese's parishes would share a priest by 2030"),
    ("wrote", "The bishop", "lay people would have to lead more of the parishes' work"),
]
NOT_REPORTS["pastoral_letter"] = [
    "The diocese has 86 parishes and 51 serving priests.",
    "The letter ended with a prayer for vocations.",
]
SPEAKERS["pastoral_letter"] = [("wrote", "The bishop", "Mark Oduya", "lay people")]

ARTICLES["sermon_forgiveness"] = """Hundreds attend service for crash victims

Father Cal Brennan gave a sermon on forgiveness at St Jude's on Saturday.

The bell rang out nine times, once for each of the victims.

Canon Ruth Adeyemi, who led the prayers, said the town would need years to heal.

"Grief does not keep a timetable," she said.
"""
GOLD["sermon_forgiveness"] = [
    ("gave", "Father Cal Brennan", "a sermon on forgiveness"),
    ("said", "Canon Ruth Adeyemi, who led the prayers", "the town would need years to heal"),
    ("said", "she", "Grief does not keep a timetable"),
]
NOT_REPORTS["sermon_forgiveness"] = [
    "The bell rang out nine times, once for each of the victims.",
]
SPEAKERS["sermon_forgiveness"] = [("said", "she", "Ruth Adeyemi", "Grief")]

ARTICLES["pilgrims_walk"] = """Pilgrims complete 200-mile walk

More than 60 pilgrims arrived at Velby Abbey on Friday after walking 200 miles from the coast.

"My feet are finished but my heart is full," said Marta Kowal, a pilgrim from Dunmere.

Another walker, Ben Achterberg, said he had made the journey for his late father.

The walk has been held every year since 1987.
"""
GOLD["pilgrims_walk"] = [
    ("said", "Marta Kowal, a pilgrim from Dunmere", "My feet are finished but my heart is full"),
    ("said", "Another walker, Ben Achterberg", "he had made the journey for his late father"),
]
NOT_REPORTS["pilgrims_walk"] = [
    "More than 60 pilgrims arrived at Velby Abbey on Friday after walking 200 miles from the coast.",
    "The walk has been held every year since 1987.",
]
SPEAKERS["pilgrims_walk"] = []

ARTICLES["easter_message"] = """Archbishop's Easter message calls for generosity

In his Easter message, Archbishop Daniel Mbeki said the cost of living had pushed many families to the edge.

The message was read in churches across the province on Sunday morning.

The archbishop urged parishes to open their halls as warm spaces.

Easter services will be broadcast on local radio.
"""
GOLD["easter_message"] = [
    ("said", "Archbishop Daniel Mbeki", "the cost of living had pushed many families to the edge"),
    ("urged", "The archbishop", "parishes to open their halls as warm spaces"),
]
NOT_REPORTS["easter_message"] = [
    "The message was read in churches across the province on Sunday morning.",
    "Easter services will be broadcast on local radio.",
]
SPEAKERS["easter_message"] = [("urged", "The archbishop", "Daniel Mbeki", "parishes")]

ARTICLES["eid_message"] = """Mosques prepare for Eid crowds

Sheikh Omar Rahal, the chairman of the Eastbrook Council of Mosques, said Eid prayers would be held in Fennel Park for the first time.

More than 5,000 people are expected.

The cleric said stewards would direct traffic from 6am.

"Everyone is welcome to share food with us after the prayers," he said.
"""
GOLD["eid_message"] = [
    ("said", "Sheikh Omar Rahal, the chairman of the Eastbrook Council of Mosques", "Eid prayers would be held in Fennel Park for the first time"),
    ("said", "The cleric", "stewards would direct traffic from 6am"),
    ("said", "he", "Everyone is welcome to share food with us after the prayers"),
]
NOT_REPORTS["eid_message"] = ["More than 5,000 people are expected."]
SPEAKERS["eid_message"] = [("said", "The cleric", "Omar Rahal", "stewards")]

ARTICLES["church_website"] = """Church opens food bank to all

The church says on its website that anyone in need can collect food on Tuesdays and Thursdays.

Grace Chapel, in Marlow Street, started the food bank in 2021.

Pastor Kwame Asante said demand had tripled in a year.

The pastor said the shelves were often empty by noon.
"""
GOLD["church_website"] = [
    ("says", "The church", "anyone in need can collect food on Tuesdays and Thursdays"),
    ("said", "Pastor Kwame Asante", "demand had tripled in a year"),
    ("said", "The pastor", "the shelves were often empty by noon"),
]
NOT_REPORTS["church_website"] = ["Grace Chapel, in Marlow Street, started the food bank in 2021."]
SPEAKERS["church_website"] = [("said", "The pastor", "Kwame Asante", "the shelves")]

ARTICLES["nun_school"] = """Nun marks 50 years of teaching

Sister Agnes Mwangi, who has taught at St Clare's school since 1975, said she had no plans to retire.

Pupils and former pupils held a party for her on Friday.

"The children keep me young," the nun said.

The school's head, Paul Grieve, said she had taught three generations of some families.
"""
GOLD["nun_school"] = [
    ("said", "Sister Agnes Mwangi, who has taught at St Clare's school since 1975", "she had no plans to retire"),
    ("said", "the nun", "The children keep me young"),
    ("said", "The school's head, Paul Grieve", "she had taught three generations of some families"),
]
NOT_REPORTS["nun_school"] = ["Pupils and former pupils held a party for her on Friday."]
SPEAKERS["nun_school"] = [("said", "the nun", "Agnes Mwangi", "The children")]

ARTICLES["interfaith_council"] = """Faith leaders call for calm after clashes

The Harlow Vale Council of Faiths said in a statement that violence had no place in the town.

The council brings together churches, mosques, temples and a synagogue.

Its chair, the Rev Simon Tull, told reporters that leaders would walk together through the town centre on Saturday.

A minute's silence was held at noon.
"""
GOLD["interfaith_council"] = [
    ("said", "The Harlow Vale Council of Faiths", "violence had no place in the town"),
    ("told", "Its chair, the Rev Simon Tull", "leaders would walk together through the town centre on Saturday"),
]
NOT_REPORTS["interfaith_council"] = [
    "The council brings together churches, mosques, temples and a synagogue.",
    "A minute's silence was held at noon.",
]
SPEAKERS["interfaith_council"] = []

ARTICLES["mourners_prayed"] = """Vigil held for drowned fishermen

Hundreds of people gathered at the harbour in Skelmore on Sunday evening to remember four fishermen lost at sea.

"Give us strength for the days ahead," the mourners prayed.

Father Liam Doyle, the harbour chaplain, said the town had lost fishermen before but never four at once.

The chaplain said the families had asked for privacy.

Candles were placed along the harbour wall.
"""
GOLD["mourners_prayed"] = [
    ("prayed", "the mourners", "Give us strength for the days ahead"),
    ("said", "Father Liam Doyle, the harbour chaplain", "the town had lost fishermen before but never four at once"),
    ("said", "The chaplain", "the families had asked for privacy"),
]
NOT_REPORTS["mourners_prayed"] = [
    "Hundreds of people gathered at the harbour in Skelmore on Sunday evening to remember four fishermen lost at sea.",
    "Candles were placed along the harbour wall.",
]
SPEAKERS["mourners_prayed"] = [("said", "The chaplain", "Liam Doyle", "the families")]

ARTICLES["prayed_for_victims"] = """Congregation prays for flood victims

Worshippers at Mount Zion Baptist Church prayed for the victims of last week's floods.

Pastor Ruth Okonkwo said the church had collected £8,000 for families who lost their homes.

"People have given what they could not really spare," she said.

The collection will stay open until the end of the month.
"""
GOLD["prayed_for_victims"] = [
    ("said", "Pastor Ruth Okonkwo", "the church had collected £8,000 for families who lost their homes"),
    ("said", "she", "People have given what they could not really spare"),
]
NOT_REPORTS["prayed_for_victims"] = [
    "Worshippers at Mount Zion Baptist Church prayed for the victims of last week's floods.",
    "The collection will stay open until the end of the month.",
]
SPEAKERS["prayed_for_victims"] = [("said", "she", "Ruth Okonkwo", "People")]

ARTICLES["hymn_funeral"] = """Funeral of former mayor held in cathedral

The choir sang "Abide With Me" as the coffin of Edwin Marsh was carried into Dalbury Cathedral.

The Dean of Dalbury, the Very Rev Helen Crane, said Mr Marsh had served the city for 40 years.

The first reading was taken from the Book of Ruth.

The dean said the family had chosen the hymns themselves.
"""
GOLD["hymn_funeral"] = [
    ("said", "The Dean of Dalbury, the Very Rev Helen Crane", "Mr Marsh had served the city for 40 years"),
    ("said", "The dean", "the family had chosen the hymns themselves"),
]
NOT_REPORTS["hymn_funeral"] = [
    "The choir sang \"Abide With Me\" as the coffin of Edwin Marsh was carried into Dalbury Cathedral.",
    "The first reading was taken from the Book of Ruth.",
]
SPEAKERS["hymn_funeral"] = [("said", "The dean", "Helen Crane", "the family")]

ARTICLES["temple_festival"] = """Temple expects record crowds for Diwali

The Shree Ganesh Temple in Ashcombe said it expected more than 10,000 visitors over the Diwali weekend.

Fireworks will be let off in the temple car park at 8pm on Saturday.

Priya Sharma, a trustee of the temple, said extra buses had been laid on from the station.

"It is the busiest week of our year," she said.
"""
GOLD["temple_festival"] = [
    ("said", "The Shree Ganesh Temple in Ashcombe", "it expected more than 10,000 visitors over the Diwali weekend"),
    ("said", "Priya Sharma, a trustee of the temple", "extra buses had been laid on from the station"),
    ("said", "she", "It is the busiest week of our year"),
]
NOT_REPORTS["temple_festival"] = ["Fireworks will be let off in the temple car park at 8pm on Saturday."]
SPEAKERS["temple_festival"] = [("said", "she", "Priya Sharma", "It is")]

ARTICLES["cardinal_migrants"] = """Cardinal criticises treatment of migrants

Cardinal Jozef Halas told a congregation in Lorvik that migrants held at the border camp were being treated "worse than cattle".

The government has denied the claim.

A spokesman for the interior ministry said conditions at the camp met international standards.

The cardinal said he would visit the camp next month.
"""
GOLD["cardinal_migrants"] = [
    ("told", "Cardinal Jozef Halas", "migrants held at the border camp were being treated \"worse than cattle\""),
    ("denied", "The government", "the claim"),
    ("said", "A spokesman for the interior ministry", "conditions at the camp met international standards"),
    ("said", "The cardinal", "he would visit the camp next month"),
]
NOT_REPORTS["cardinal_migrants"] = []
SPEAKERS["cardinal_migrants"] = [("said", "The cardinal", "Jozef Halas", "he would")]

ARTICLES["gurdwara_langar"] = """Gurdwara serves 3,000 meals a week

The Guru Nanak Gurdwara in Westfold now serves about 3,000 free meals a week, its committee said.

Volunteers start cooking at 5am.

Harjit Singh Bains, the gurdwara's president, said anyone could eat there, whatever their faith.

"Nobody is asked any questions," he said.
"""
GOLD["gurdwara_langar"] = [
    ("said", "its committee", "The Guru Nanak Gurdwara in Westfold now serves about 3,000 free meals a week"),
    ("said", "Harjit Singh Bains, the gurdwara's president", "anyone could eat there, whatever their faith"),
    ("said", "he", "Nobody is asked any questions"),
]
NOT_REPORTS["gurdwara_langar"] = ["Volunteers start cooking at 5am."]
SPEAKERS["gurdwara_langar"] = [("said", "he", "Harjit Singh Bains", "Nobody")]

ARTICLES["monastery_sale"] = """Monks to sell farmland

The monks of Carrisford Abbey will sell 300 acres of farmland to pay for repairs to the abbey church.

Brother Anselm Pike, the abbot, said the community had farmed the land for more than a century.

"It breaks our hearts, but the roof comes first," the abbot said.

The abbey bells are rung for prayer seven times a day.
"""
GOLD["monastery_sale"] = [
    ("said", "Brother Anselm Pike, the abbot", "the community had farmed the land for more than a century"),
    ("said", "the abbot", "It breaks our hearts, but the roof comes first"),
]
NOT_REPORTS["monastery_sale"] = [
    "The monks of Carrisford Abbey will sell 300 acres of farmland to pay for repairs to the abbey church.",
    "The abbey bells are rung for prayer seven times a day.",
]
SPEAKERS["monastery_sale"] = [("said", "the abbot", "Anselm Pike", "It breaks")]

ARTICLES["fr_youth"] = """Priest starts boxing club for teenagers

Fr Declan Mahony said the boxing club in the church crypt had kept young people off the streets.

The club meets on Monday and Wednesday evenings.

Fr Mahony said 40 teenagers had joined since it opened in May.

One member, Jordan Pell, 15, said he had stopped getting into fights at school.
"""
GOLD["fr_youth"] = [
    ("said", "Fr Declan Mahony", "the boxing club in the church crypt had kept young people off the streets"),
    ("said", "Fr Mahony", "40 teenagers had joined since it opened in May"),
    ("said", "One member, Jordan Pell, 15", "he had stopped getting into fights at school"),
]
NOT_REPORTS["fr_youth"] = ["The club meets on Monday and Wednesday evenings."]
SPEAKERS["fr_youth"] = [("said", "Fr Mahony", "Declan Mahony", "40 teenagers")]

ARTICLES["scripture_quoted"] = """Chapel reopens after fire

Ebenezer Chapel in Tregarrow reopened on Sunday, 18 months after a fire destroyed its roof.

Above the new door are carved the words "Love one another".

The minister, the Rev Gwen Pascoe, said the village had raised most of the money itself.

"Every cake sale and sponsored walk paid for a piece of this roof," she said.
"""
GOLD["scripture_quoted"] = [
    ("said", "The minister, the Rev Gwen Pascoe", "the village had raised most of the money itself"),
    ("said", "she", "Every cake sale and sponsored walk paid for a piece of this roof"),
]
NOT_REPORTS["scripture_quoted"] = [
    "Ebenezer Chapel in Tregarrow reopened on Sunday, 18 months after a fire destroyed its roof.",
    "Above the new door are carved the words \"Love one another\".",
]
SPEAKERS["scripture_quoted"] = [("said", "she", "Gwen Pascoe", "Every cake")]

ARTICLES["church_abuse_report"] = """Church apologises after abuse inquiry

The Methodist Conference apologised on Wednesday after an inquiry found that complaints about a youth leader had been ignored for a decade.

The inquiry's report said church officials had failed to tell the police.

The Rev Dr Nia Hollis, the conference president, said the church had let the victims down.

"We are ashamed, and we are sorry," she said.
"""
GOLD["church_abuse_report"] = [
    ("found", "an inquiry", "complaints about a youth leader had been ignored for a decade"),
    ("said", "The inquiry's report", "church officials had failed to tell the police"),
    ("said", "The Rev Dr Nia Hollis, the conference president", "the church had let the victims down"),
    ("said", "she", "We are ashamed, and we are sorry"),
]
NOT_REPORTS["church_abuse_report"] = []
SPEAKERS["church_abuse_report"] = [("said", "she", "Nia Hollis", "We are")]

ARTICLES["bishop_named_again"] = """Bishop to step down

The Rt Rev Alan Friel, the Bishop of Tarnley, announced that he would retire in the spring.

Bishop Friel, 68, has led the diocese for 12 years.

He said he was proud that the diocese had opened two new schools.

A farewell service will be held in Tarnley Cathedral on 3 May.
"""
GOLD["bishop_named_again"] = [
    ("announced", "The Rt Rev Alan Friel, the Bishop of Tarnley", "he would retire in the spring"),
    ("said", "He", "he was proud that the diocese had opened two new schools"),
]
NOT_REPORTS["bishop_named_again"] = [
    "Bishop Friel, 68, has led the diocese for 12 years.",
    "A farewell service will be held in Tarnley Cathedral on 3 May.",
]
SPEAKERS["bishop_named_again"] = [("said", "He", "Alan Friel", "he was")]

ARTICLES["worshippers_quoted"] = """Worshippers return to restored mosque

Worshippers returned to the Al-Noor mosque in Pendle Rise on Friday after a year of repairs.

"It feels like coming home," said Farid Haddad, who has prayed there since 1990.

Another worshipper, Amina Yusuf, said the new washrooms were a great improvement.

The call to prayer was heard across the street for the first time in a year.
"""
GOLD["worshippers_quoted"] = [
    ("said", "Farid Haddad, who has prayed there since 1990", "It feels like coming home"),
    ("said", "Another worshipper, Amina Yusuf", "the new washrooms were a great improvement"),
]
NOT_REPORTS["worshippers_quoted"] = [
    "Worshippers returned to the Al-Noor mosque in Pendle Rise on Friday after a year of repairs.",
    "The call to prayer was heard across the street for the first time in a year.",
]
SPEAKERS["worshippers_quoted"] = []

ARTICLES["christmas_message"] = """Moderator's Christmas message

The Moderator of the General Assembly, the Rt Rev Iain Gowrie, said in his Christmas message that loneliness was the hidden sorrow of the season.

He asked people to visit a neighbour who lived alone.

The message will be shown on television on Christmas Day.

Churches across the country will hold carol services on Sunday.
"""
GOLD["christmas_message"] = [
    ("said", "The Moderator of the General Assembly, the Rt Rev Iain Gowrie", "loneliness was the hidden sorrow of the season"),
    ("asked", "He", "people to visit a neighbour who lived alone"),
]
NOT_REPORTS["christmas_message"] = [
    "The message will be shown on television on Christmas Day.",
    "Churches across the country will hold carol services on Sunday.",
]
SPEAKERS["christmas_message"] = [("asked", "He", "Iain Gowrie", "people")]

ARTICLES["deacon_stolen"] = """Silver cross stolen from church

A silver cross worth £15,000 was stolen from St Oswin's church in Marbury overnight on Tuesday.

The Rev Tom Everly, a deacon at the church, said the cross had been given by a family in 1902.

Police said they were checking cameras in nearby streets.

The deacon said the church would stay open during the day.
"""
GOLD["deacon_stolen"] = [
    ("said", "The Rev Tom Everly, a deacon at the church", "the cross had been given by a family in 1902"),
    ("said", "Police", "they were checking cameras in nearby streets"),
    ("said", "The deacon", "the church would stay open during the day"),
]
NOT_REPORTS["deacon_stolen"] = ["A silver cross worth £15,000 was stolen from St Oswin's church in Marbury overnight on Tuesday."]
SPEAKERS["deacon_stolen"] = [("said", "The deacon", "Tom Everly", "the church")]

ARTICLES["wedding_notice"] = """Couple wed in hospital chapel

A couple were married in the chapel of Dunholm General Hospital on Saturday so that the bride's grandmother could attend.

The hospital chaplain, the Rev Ade Bankole, said it was the first wedding held there.

"There was not a dry eye in the chapel," the chaplain said.

Banns were read in the couple's parish church for three Sundays.
"""
GOLD["wedding_notice"] = [
    ("said", "The hospital chaplain, the Rev Ade Bankole", "it was the first wedding held there"),
    ("said", "the chaplain", "There was not a dry eye in the chapel"),
]
NOT_REPORTS["wedding_notice"] = [
    "A couple were married in the chapel of Dunholm General Hospital on Saturday so that the bride's grandmother could attend.",
    "Banns were read in the couple's parish church for three Sundays.",
]
SPEAKERS["wedding_notice"] = [("said", "the chaplain", "Ade Bankole", "There was")]

ARTICLES["ramadan_iftar"] = """Council hosts first public iftar

More than 800 people broke their fast together in Holloway Square on Thursday evening.

Imam Bilal Qureshi, of the Holloway Central Mosque, said the meal showed the city at its best.

The mayor, Gina Torres, said the council would hold the event again next year.

The evening began with a recitation from the Koran.
"""
GOLD["ramadan_iftar"] = [
    ("said", "Imam Bilal Qureshi, of the Holloway Central Mosque", "the meal showed the city at its best"),
    ("said", "The mayor, Gina Torres", "the council would hold the event again next year"),
]
NOT_REPORTS["ramadan_iftar"] = [
    "More than 800 people broke their fast together in Holloway Square on Thursday evening.",
    "The evening began with a recitation from the Koran.",
]
SPEAKERS["ramadan_iftar"] = []

ARTICLES["rabbi_named_again"] = """Rabbi honoured for refugee work

Rabbi Noam Adler, who founded a charity for refugees in 2015, said the award belonged to its volunteers.

The charity has helped more than 2,000 families find homes.

Rabbi Adler said he would give the prize money to the charity.

The award was presented at a dinner in Corby Hall.
"""
GOLD["rabbi_named_again"] = [
    ("said", "Rabbi Noam Adler, who founded a charity for refugees in 2015", "the award belonged to its volunteers"),
    ("said", "Rabbi Adler", "he would give the prize money to the charity"),
]
NOT_REPORTS["rabbi_named_again"] = [
    "The charity has helped more than 2,000 families find homes.",
    "The award was presented at a dinner in Corby Hall.",
]
SPEAKERS["rabbi_named_again"] = [("said", "Rabbi Adler", "Noam Adler", "he would")]

# written after the first count, to probe further: talks given with nothing said, clergy named again by a
# noun their title implies, stacked titles, and an office apposed to a name

ARTICLES["bishop_homily"] = """Cathedral marks 900 years

The Bishop of Orrin, the Rt Rev Mary Lutterell, gave a homily in the cathedral on Sunday morning.

More than 1,200 people attended, and the service was relayed to screens on the green.

The bishop said the cathedral's builders had worked "for people they would never meet".

A eulogy was given for the cathedral's late organist, Peter Fane.
"""
GOLD["bishop_homily"] = [
    ("said", "The bishop", "the cathedral's builders had worked \"for people they would never meet\""),
]
NOT_REPORTS["bishop_homily"] = [
    "The Bishop of Orrin, the Rt Rev Mary Lutterell, gave a homily in the cathedral on Sunday morning.",
    "More than 1,200 people attended, and the service was relayed to screens on the green.",
    "A eulogy was given for the cathedral's late organist, Peter Fane.",
]
SPEAKERS["bishop_homily"] = [("said", "The bishop", "Mary Lutterell", "the cathedral")]

ARTICLES["rev_named_vicar"] = """Vicar leads hunt for missing bells

The Rev Dr Owen Pritchard said three bells taken from St Cadoc's tower for repair in 1998 had never come back.

The foundry that took them closed in 2003.

The vicar said he had traced one of the bells to a museum in Ostrava.

"We would simply like them home," the clergyman said.
"""
GOLD["rev_named_vicar"] = [
    ("said", "The Rev Dr Owen Pritchard", "three bells taken from St Cadoc's tower for repair in 1998 had never come back"),
    ("said", "The vicar", "he had traced one of the bells to a museum in Ostrava"),
    ("said", "the clergyman", "We would simply like them home"),
]
NOT_REPORTS["rev_named_vicar"] = ["The foundry that took them closed in 2003."]
SPEAKERS["rev_named_vicar"] = [
    ("said", "The vicar", "Owen Pritchard", "he had traced"),
    ("said", "the clergyman", "Owen Pritchard", "We would"),
]

ARTICLES["fr_priest_cleric"] = """Priest begins hunger strike over deportation

Fr Joseph Kiberu said he would eat nothing until a family from his parish was allowed to stay.

The Home Office said it did not comment on individual cases.

The priest said the family's two children had been born in Brightwell.

Sheikh Hamid Yassin, of the Brightwell mosque, joined him outside the town hall on Tuesday. The cleric said the town's faiths stood together.
"""
GOLD["fr_priest_cleric"] = [
    ("said", "Fr Joseph Kiberu", "he would eat nothing until a family from his parish was allowed to stay"),
    ("said", "The Home Office", "it did not comment on individual cases"),
    ("said", "The priest", "the family's two children had been born in Brightwell"),
    ("said", "The cleric", "the town's faiths stood together"),
]
NOT_REPORTS["fr_priest_cleric"] = []
SPEAKERS["fr_priest_cleric"] = [
    ("said", "The priest", "Joseph Kiberu", "the family"),
    ("said", "The cleric", "Hamid Yassin", "the town"),
]

ARTICLES["pope_visit"] = """Pope prays at site of mine disaster

Pope Clement said the families of the 41 miners killed at Dravenna had waited too long for answers.

He laid a wreath at the mine's gates and said a prayer for the dead.

The pontiff said the mine's owners must be held to account.

At a lunch with the families afterwards, a local priest said grace.
"""
GOLD["pope_visit"] = [
    ("said", "Pope Clement", "the families of the 41 miners killed at Dravenna had waited too long for answers"),
    ("said", "The pontiff", "the mine's owners must be held to account"),
]
NOT_REPORTS["pope_visit"] = [
    "He laid a wreath at the mine's gates and said a prayer for the dead.",
    "At a lunch with the families afterwards, a local priest said grace.",
]
SPEAKERS["pope_visit"] = [("said", "The pontiff", "Clement", "the mine's")]
