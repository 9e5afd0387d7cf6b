# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-two short pieces written for the sixty-second session's check of speaker resolution in long pieces
(helper D), each built around one of five open problems:

- a profile's subject, named once and carried by 'he'/'she', coming back as 'he insists' or 'she says' after a
  relative or colleague of the same gender was brought in as theirs ('His brother, Patrick, said X') and quoted
  by name (clockmaker, coach, beekeeper, luthier, fiddler);
- a dead or absent person's own past words ('He once wrote that X', 'As he liked to say, X', 'She used to tell
  X', 'He always said that X') after the mourners' 'said' (ferryman, poet, headteacher, organiser, surgeon);
- shops and firms named in the possessive ("Kettridge's said", "Gwillam's, a rival grocer, said", "A spokeswoman for
  Yelverton's") and 'the chain', 'the brewery' after them (stores, grocers, bakers, brewery);
- names the small NER tags wrongly or not at all: a hyphened surname after a role with a first name no list knows
  ('Councillor Adaeze Ikpeazu-Hale ... Ikpeazu-Hale added'), and others after a title (windfarm, harbour,
  surveyor; and the surgeon of a tribute, no part of whose name the NER tags);
- two people named together and quoted in turn, then 'They said', 'The two', 'The pair', 'Both women' (sisters,
  bridge, climbers, founders, keepers).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal): per piece, (a word of the cue,
the source, the first content) for each report in ``GOLD`` (a headline's own report is kept, no gold); background
lines that report nothing in ``NOT_REPORTS``; and (cue, source, resolved speaker, the content's first words) for
every report in ``SPEAKERS``, the speaker as a reader names them (a description stays a description: 'His
publisher'; a relative given a first name only takes the family's surname, the project's convention: 'Chiara
Varesco'). Every name, place, figure and sentence is made up. Read by ``test_probe_findings_62_voices``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["clockmaker"] = """The clockmaker of Dunmore Street will not retire

Ignatius Ferreira-Lowe has mended clocks in the back room of his Dunmore Street shop since 1971.

He learned the trade from an uncle and has never once advertised.

"People find me when a clock stops," he says.

His brother, Patrick, who drove the delivery van until last year, said the shop had never made much money.

"He gives half the repairs away," Patrick said.

"A clock is a promise," he insists.

The shop's lease runs until 2031.

He plans to train an apprentice in the spring, he says.
"""
GOLD["clockmaker"] = [
    ('says', 'he', 'People find me when a clock stops'),
    ('said', 'His brother, Patrick, who drove the delivery van until last year', 'the shop had never made much money'),
    ('said', 'Patrick', 'He gives half the repairs away'),
    ('insists', 'he', 'A clock is a promise'),
    ('says', 'he', 'He plans to train an apprentice in the spring'),
]
NOT_REPORTS["clockmaker"] = ['He learned the trade from an uncle and has never once advertised.', "The shop's lease runs until 2031."]
SPEAKERS["clockmaker"] = [
    ('says', 'he', 'Ignatius Ferreira-Lowe', 'People find me'),
    ('said', 'His brother, Patrick, who drove the delivery van until last year', 'Patrick', 'the shop had'),
    ('said', 'Patrick', 'Patrick', 'He gives half'),
    ('insists', 'he', 'Ignatius Ferreira-Lowe', 'A clock is'),
    ('says', 'he', 'Ignatius Ferreira-Lowe', 'He plans to'),
]

ARTICLES["coach"] = """Nineteen seasons on the touchline for Linfield's girls

Roberta Kavanagh took over the Linfield under-14s when nobody else wanted the job.

She has coached them through nineteen seasons and two floods.

"I just wanted the girls to have a pitch," she says.

Her assistant, Maria Oyarzun, said the club had nearly folded twice.

"We washed the kits in my bath," Oyarzun said.

"It was only once," she says, laughing.

The club now fields four teams.

She will step down in June, she says.
"""
GOLD["coach"] = [
    ('says', 'she', 'I just wanted the girls to have a pitch'),
    ('said', 'Her assistant, Maria Oyarzun', 'the club had nearly folded twice'),
    ('said', 'Oyarzun', 'We washed the kits in my bath'),
    ('says', 'she', 'It was only once'),
    ('says', 'she', 'She will step down in June'),
]
NOT_REPORTS["coach"] = ['She has coached them through nineteen seasons and two floods.', 'The club now fields four teams.']
SPEAKERS["coach"] = [
    ('says', 'she', 'Roberta Kavanagh', 'I just wanted'),
    ('said', 'Her assistant, Maria Oyarzun', 'Maria Oyarzun', 'the club had'),
    ('said', 'Oyarzun', 'Maria Oyarzun', 'We washed the'),
    ('says', 'she', 'Roberta Kavanagh', 'It was only'),
    ('says', 'she', 'Roberta Kavanagh', 'She will step'),
]

ARTICLES["beekeeper"] = """The beekeeper who counts every hive by hand

Solveig Varesco keeps 140 hives on the slopes above Varenna.

She started with two hives her grandfather left her in 1988.

"The bees tell you when the weather will turn," she says.

Her daughter, Chiara, who now runs the honey shop, said the winter had killed a third of the colonies.

"We found them in February, all dead," Chiara said.

"They will come back," she says.

A jar of her chestnut honey sells for 14 euros.

She says she will never sell the slopes.
"""
GOLD["beekeeper"] = [
    ('says', 'she', 'The bees tell you when the weather will turn'),
    ('said', 'Her daughter, Chiara, who now runs the honey shop', 'the winter had killed a third of the colonies'),
    ('said', 'Chiara', 'We found them in February, all dead'),
    ('says', 'she', 'They will come back'),
    ('says', 'She', 'she will never sell the slopes'),
]
NOT_REPORTS["beekeeper"] = ['She started with two hives her grandfather left her in 1988.', 'A jar of her chestnut honey sells for 14 euros.']
SPEAKERS["beekeeper"] = [
    ('says', 'she', 'Solveig Varesco', 'The bees tell'),
    ('said', 'Her daughter, Chiara, who now runs the honey shop', 'Chiara Varesco', 'the winter had'),
    ('said', 'Chiara', 'Chiara Varesco', 'We found them'),
    ('says', 'she', 'Solveig Varesco', 'They will come'),
    ('says', 'She', 'Solveig Varesco', 'she will never'),
]

ARTICLES["luthier"] = """Violins from a workshop under the railway arches

Desmond Vanderkolk has built 212 violins in his workshop under the railway arches.

He does not play.

"My hands know the wood better than my ears," he says.

His apprentice, Lukas Brenner, said the workshop had orders for the next three years.

"Some players wait five years for one," Brenner said.

"They should not have to wait so long," he says.

The workshop closes every August.

He says he is slowing down.
"""
GOLD["luthier"] = [
    ('says', 'he', 'My hands know the wood better than my ears'),
    ('said', 'His apprentice, Lukas Brenner', 'the workshop had orders for the next three years'),
    ('said', 'Brenner', 'Some players wait five years for one'),
    ('says', 'he', 'They should not have to wait so long'),
    ('says', 'He', 'he is slowing down'),
]
NOT_REPORTS["luthier"] = ['He does not play.', 'The workshop closes every August.']
SPEAKERS["luthier"] = [
    ('says', 'he', 'Desmond Vanderkolk', 'My hands know'),
    ('said', 'His apprentice, Lukas Brenner', 'Lukas Brenner', 'the workshop had'),
    ('said', 'Brenner', 'Lukas Brenner', 'Some players wait'),
    ('says', 'he', 'Desmond Vanderkolk', 'They should not'),
    ('says', 'He', 'Desmond Vanderkolk', 'he is slowing'),
]

ARTICLES["ferryman"] = """Island mourns the ferryman of Skerry Sound

Tobias Sandgren, who ran the Skerry ferry for four decades, died on Sunday at 88.

His son, Anders Sandgren, said his father had worked until the week he fell ill.

"He knew every rock in the sound," Anders Sandgren said.

He once wrote that the sea had taught him patience and little else.

As he liked to say, a boat is only as good as the man who bails it.

A neighbour, Greta Holm, said the island would not be the same.

He carried the island's post for forty years.

The funeral will be held on Friday.
"""
GOLD["ferryman"] = [
    ('said', 'His son, Anders Sandgren', 'his father had worked until the week he fell ill'),
    ('said', 'Anders Sandgren', 'He knew every rock in the sound'),
    ('wrote', 'He', 'the sea had taught him patience and little else'),
    ('liked to say', 'he', 'a boat is only as good as the man who bails it'),
    ('said', 'A neighbour, Greta Holm', 'the island would not be the same'),
]
NOT_REPORTS["ferryman"] = ['Tobias Sandgren, who ran the Skerry ferry for four decades, died on Sunday at 88.', 'The funeral will be held on Friday.', "He carried the island's post for forty years."]
SPEAKERS["ferryman"] = [
    ('said', 'His son, Anders Sandgren', 'Anders Sandgren', 'his father had'),
    ('said', 'Anders Sandgren', 'Anders Sandgren', 'He knew every'),
    ('wrote', 'He', 'Tobias Sandgren', 'the sea had'),
    ('liked to say', 'he', 'Tobias Sandgren', 'a boat is'),
    ('said', 'A neighbour, Greta Holm', 'Greta Holm', 'the island would'),
]

ARTICLES["poet"] = """Mill towns lose their poet

Hollis Abernathy, whose poems followed the mill towns of the north, died last week aged 79.

His friend, the painter Walter Grieg, said the two had met at a strike meeting in 1968.

"We argued about everything," Grieg said.

He often said that a poem should be short enough to remember.

His publisher said a last collection would appear in the autumn.

His first collection, Slag and Sorrel, sold 400 copies.

Abernathy is survived by his wife, Ilse.

He left school at fourteen to work at the Calder mill.
"""
GOLD["poet"] = [
    ('said', 'His friend, the painter Walter Grieg', 'the two had met at a strike meeting in 1968'),
    ('said', 'Grieg', 'We argued about everything'),
    ('said', 'He', 'a poem should be short enough to remember'),
    ('said', 'His publisher', 'a last collection would appear in the autumn'),
]
NOT_REPORTS["poet"] = ['Hollis Abernathy, whose poems followed the mill towns of the north, died last week aged 79.', 'Abernathy is survived by his wife, Ilse.', 'His first collection, Slag and Sorrel, sold 400 copies.', 'He left school at fourteen to work at the Calder mill.']
SPEAKERS["poet"] = [
    ('said', 'His friend, the painter Walter Grieg', 'Walter Grieg', 'the two had'),
    ('said', 'Grieg', 'Walter Grieg', 'We argued about'),
    ('said', 'He', 'Hollis Abernathy', 'a poem should'),
    ('said', 'His publisher', 'His publisher', 'a last collection'),
]

ARTICLES["headteacher"] = """Former pupils remember a headteacher

Philippa Strand, who led Harcourt Road primary school for 22 years, has died at 81.

Her former deputy, Janet Okoye, said she had known every child's name.

"She never raised her voice," Okoye said.

She used to tell new teachers that a quiet classroom was not always a happy one.

She once said that the best lessons were taught in the playground.

A former pupil, Ellen Vaughan, said the school had been a second home.

The school will plant a cherry tree in her memory.

She retired in 2006.
"""
GOLD["headteacher"] = [
    ('said', 'Her former deputy, Janet Okoye', "she had known every child's name"),
    ('said', 'Okoye', 'She never raised her voice'),
    ('used to tell', 'She', 'a quiet classroom was not always a happy one'),
    ('said', 'She', 'the best lessons were taught in the playground'),
    ('said', 'A former pupil, Ellen Vaughan', 'the school had been a second home'),
]
NOT_REPORTS["headteacher"] = ['Philippa Strand, who led Harcourt Road primary school for 22 years, has died at 81.', 'The school will plant a cherry tree in her memory.', 'She retired in 2006.']
SPEAKERS["headteacher"] = [
    ('said', 'Her former deputy, Janet Okoye', 'Janet Okoye', 'she had known'),
    ('said', 'Okoye', 'Janet Okoye', 'She never raised'),
    ('used to tell', 'She', 'Philippa Strand', 'a quiet classroom'),
    ('said', 'She', 'Philippa Strand', 'the best lessons'),
    ('said', 'A former pupil, Ellen Vaughan', 'Ellen Vaughan', 'the school had'),
]

ARTICLES["organiser"] = """Dockers honour the man who led the 1989 strike

Cormac Mulrooney, who led the dockers' strike of 1989, is to be honoured with a plaque at the port.

Mulrooney, now 84, moved to Portugal a decade ago and could not attend.

His nephew, Sean Mulrooney, said his uncle had been touched by the gesture.

"He still rings me every Sunday," Sean Mulrooney said.

He always said that the strike was won in the canteen, not on the picket line.

The strike lasted eleven weeks.

The port authority said the plaque would be unveiled on Saturday.

The port now handles twice the tonnage it did in 1989.
"""
GOLD["organiser"] = [
    ('said', 'His nephew, Sean Mulrooney', 'his uncle had been touched by the gesture'),
    ('said', 'Sean Mulrooney', 'He still rings me every Sunday'),
    ('said', 'He', 'the strike was won in the canteen, not on the picket line'),
    ('said', 'The port authority', 'the plaque would be unveiled on Saturday'),
]
NOT_REPORTS["organiser"] = ['Mulrooney, now 84, moved to Portugal a decade ago and could not attend.', 'The strike lasted eleven weeks.', 'The port now handles twice the tonnage it did in 1989.']
SPEAKERS["organiser"] = [
    ('said', 'His nephew, Sean Mulrooney', 'Sean Mulrooney', 'his uncle had'),
    ('said', 'Sean Mulrooney', 'Sean Mulrooney', 'He still rings'),
    ('said', 'He', 'Cormac Mulrooney', 'the strike was'),
    ('said', 'The port authority', 'port authority', 'the plaque would'),
]

ARTICLES["stores"] = """Kettridge's to close twelve stores

Kettridge's said on Monday it would close twelve of its department stores by the spring.

The chain said rents had risen by a third since 2022.

About 600 jobs are at risk.

The chain was founded in 1898 as a draper's shop.

Its chief executive, Moira Chalk, said the decision had been the hardest of her career.

The shop workers' union said it would fight every closure.

Kettridge's said it would try to find other posts for the staff.

Its shares fell 9 percent on the news.
"""
GOLD["stores"] = [
    ('said', "Kettridge's", 'it would close twelve of its department stores by the spring'),
    ('said', 'The chain', 'rents had risen by a third since 2022'),
    ('said', 'Its chief executive, Moira Chalk', 'the decision had been the hardest of her career'),
    ('said', "The shop workers' union", 'it would fight every closure'),
    ('said', "Kettridge's", 'it would try to find other posts for the staff'),
]
NOT_REPORTS["stores"] = ['About 600 jobs are at risk.', "The chain was founded in 1898 as a draper's shop.", 'Its shares fell 9 percent on the news.']
SPEAKERS["stores"] = [
    ('said', "Kettridge's", "Kettridge's", 'it would close'),
    ('said', 'The chain', "Kettridge's", 'rents had risen'),
    ('said', 'Its chief executive, Moira Chalk', 'Moira Chalk', 'the decision had'),
    ('said', "The shop workers' union", "shop workers' union", 'it would fight'),
    ('said', "Kettridge's", "Kettridge's", 'it would try'),
]

ARTICLES["grocers"] = """Rival grocer rules out buying closed sites

Gwillam's, a rival grocer, said it had no plans to buy any of the sites.

The grocer said its own expansion would focus on smaller shops.

Yelverton's said it was looking at two of the stores.

A spokeswoman for Yelverton's said talks were at an early stage.

The sites are in market towns in the Midlands.

Both chains have cut prices this year.

Gwillam's has 41 shops in the region.

The closures were announced on Monday.
"""
GOLD["grocers"] = [
    ('said', "Gwillam's, a rival grocer", 'it had no plans to buy any of the sites'),
    ('said', 'The grocer', 'its own expansion would focus on smaller shops'),
    ('said', "Yelverton's", 'it was looking at two of the stores'),
    ('said', "A spokeswoman for Yelverton's", 'talks were at an early stage'),
]
NOT_REPORTS["grocers"] = ['The sites are in market towns in the Midlands.', 'Both chains have cut prices this year.', "Gwillam's has 41 shops in the region.", 'The closures were announced on Monday.']
SPEAKERS["grocers"] = [
    ('said', "Gwillam's, a rival grocer", "Gwillam's", 'it had no'),
    ('said', 'The grocer', "Gwillam's", 'its own expansion'),
    ('said', "Yelverton's", "Yelverton's", 'it was looking'),
    ('said', "A spokeswoman for Yelverton's", "spokeswoman for Yelverton's", 'talks were at'),
]

ARTICLES["bakers"] = """Bakery chain raises prices

Tresize's said on Thursday it would raise the price of a loaf by ten pence.

The bakery chain said flour had doubled in price in a year.

Its finance director, Graham Oyelaran, said the rise would be reviewed in March.

The chain has 230 shops.

A large loaf now costs 1.85 pounds.

Customers said the loaf was already dear.

Tresize's added that its pasties would not go up.

Flour prices have risen across Europe since the autumn.
"""
GOLD["bakers"] = [
    ('said', "Tresize's", 'it would raise the price of a loaf by ten pence'),
    ('said', 'The bakery chain', 'flour had doubled in price in a year'),
    ('said', 'Its finance director, Graham Oyelaran', 'the rise would be reviewed in March'),
    ('said', 'Customers', 'the loaf was already dear'),
    ('added', "Tresize's", 'its pasties would not go up'),
]
NOT_REPORTS["bakers"] = ['The chain has 230 shops.', 'A large loaf now costs 1.85 pounds.', 'Flour prices have risen across Europe since the autumn.']
SPEAKERS["bakers"] = [
    ('said', "Tresize's", "Tresize's", 'it would raise'),
    ('said', 'The bakery chain', "Tresize's", 'flour had doubled'),
    ('said', 'Its finance director, Graham Oyelaran', 'Graham Oyelaran', 'the rise would'),
    ('said', 'Customers', 'Customers', 'the loaf was'),
    ('added', "Tresize's", "Tresize's", 'its pasties would'),
]

ARTICLES["windfarm"] = """Councillor attacks wind farm plan

Councillor Adaeze Ikpeazu-Hale said the turbines would spoil the view from Callow Ridge.

Planning officer Tom Reddy said the scheme met every national rule.

Ikpeazu-Hale added that residents had not been consulted.

"We were told after the fact," Ikpeazu-Hale said.

Reddy said the council would publish the consultation papers.

The ridge is a protected landscape.

A decision is due in May.

The scheme would put nine turbines on the ridge.
"""
GOLD["windfarm"] = [
    ('said', 'Councillor Adaeze Ikpeazu-Hale', 'the turbines would spoil the view from Callow Ridge'),
    ('said', 'Planning officer Tom Reddy', 'the scheme met every national rule'),
    ('added', 'Ikpeazu-Hale', 'residents had not been consulted'),
    ('said', 'Ikpeazu-Hale', 'We were told after the fact'),
    ('said', 'Reddy', 'the council would publish the consultation papers'),
]
NOT_REPORTS["windfarm"] = ['A decision is due in May.', 'The ridge is a protected landscape.', 'The scheme would put nine turbines on the ridge.']
SPEAKERS["windfarm"] = [
    ('said', 'Councillor Adaeze Ikpeazu-Hale', 'Councillor Adaeze Ikpeazu-Hale', 'the turbines would'),
    ('said', 'Planning officer Tom Reddy', 'Tom Reddy', 'the scheme met'),
    ('added', 'Ikpeazu-Hale', 'Ikpeazu-Hale', 'residents had not'),
    ('said', 'Ikpeazu-Hale', 'Ikpeazu-Hale', 'We were told'),
    ('said', 'Reddy', 'Tom Reddy', 'the council would'),
]

ARTICLES["harbour"] = """Dredging to start in Kilbrannan harbour

Harbourmaster Dmitri Vasquez-Moreno said dredging would start in May.

Vasquez-Moreno said the cost had doubled since the work was first planned.

The fishermen's co-operative said the delay had cost its members a season.

"We have been patient," said its chairman, Rory Bain.

Vasquez-Moreno said the harbour would stay open during the work.

Silt has narrowed the channel by a third since 2018.

The dredger is due from Rotterdam.

The harbour was last dredged in 1997.
"""
GOLD["harbour"] = [
    ('said', 'Harbourmaster Dmitri Vasquez-Moreno', 'dredging would start in May'),
    ('said', 'Vasquez-Moreno', 'the cost had doubled since the work was first planned'),
    ('said', "The fishermen's co-operative", 'the delay had cost its members a season'),
    ('said', 'its chairman, Rory Bain', 'We have been patient'),
    ('said', 'Vasquez-Moreno', 'the harbour would stay open during the work'),
]
NOT_REPORTS["harbour"] = ['The dredger is due from Rotterdam.', 'Silt has narrowed the channel by a third since 2018.', 'The harbour was last dredged in 1997.']
SPEAKERS["harbour"] = [
    ('said', 'Harbourmaster Dmitri Vasquez-Moreno', 'Dmitri Vasquez-Moreno', 'dredging would start'),
    ('said', 'Vasquez-Moreno', 'Dmitri Vasquez-Moreno', 'the cost had'),
    ('said', "The fishermen's co-operative", "fishermen's co-operative", 'the delay had'),
    ('said', 'its chairman, Rory Bain', 'Rory Bain', 'We have been'),
    ('said', 'Vasquez-Moreno', 'Dmitri Vasquez-Moreno', 'the harbour would'),
]

ARTICLES["surveyor"] = """Survey finds cracks in Alder Street bridge

Professor Ngozi Eze-Bello said the cracks in the Alder Street bridge were older than feared.

The county engineer said the bridge would close to lorries on Monday.

Eze-Bello said the cracks had been painted over in 2009.

The bridge was built in 1932.

About 9,000 vehicles cross it every day.

She said the bridge was safe for cars.

Eze-Bello added that a full report would be ready in a month.

The cracks were found during a routine inspection.
"""
GOLD["surveyor"] = [
    ('said', 'Professor Ngozi Eze-Bello', 'the cracks in the Alder Street bridge were older than feared'),
    ('said', 'The county engineer', 'the bridge would close to lorries on Monday'),
    ('said', 'Eze-Bello', 'the cracks had been painted over in 2009'),
    ('said', 'She', 'the bridge was safe for cars'),
    ('added', 'Eze-Bello', 'a full report would be ready in a month'),
]
NOT_REPORTS["surveyor"] = ['The bridge was built in 1932.', 'About 9,000 vehicles cross it every day.', 'The cracks were found during a routine inspection.']
SPEAKERS["surveyor"] = [
    ('said', 'Professor Ngozi Eze-Bello', 'Ngozi Eze-Bello', 'the cracks in'),
    ('said', 'The county engineer', 'county engineer', 'the bridge would'),
    ('said', 'Eze-Bello', 'Ngozi Eze-Bello', 'the cracks had'),
    ('said', 'She', 'Ngozi Eze-Bello', 'the bridge was'),
    ('added', 'Eze-Bello', 'Ngozi Eze-Bello', 'a full report'),
]

ARTICLES["sisters"] = """Two sisters open a bakery on Quay Street

Ama Appiah and Efua Quaye opened their bakery on Quay Street in March.

Appiah said the first month had been slower than they hoped.

Quaye said the flat above the shop had flooded in April.

They said the insurance had paid for new ovens.

Both trained at a catering college in Leeds.

The bakery sells 300 loaves on a Saturday.

Both women said they would hire two apprentices.

The shop took over a former butcher's.
"""
GOLD["sisters"] = [
    ('said', 'Appiah', 'the first month had been slower than they hoped'),
    ('said', 'Quaye', 'the flat above the shop had flooded in April'),
    ('said', 'They', 'the insurance had paid for new ovens'),
    ('said', 'Both women', 'they would hire two apprentices'),
]
NOT_REPORTS["sisters"] = ['Ama Appiah and Efua Quaye opened their bakery on Quay Street in March.', 'The bakery sells 300 loaves on a Saturday.', 'Both trained at a catering college in Leeds.', "The shop took over a former butcher's."]
SPEAKERS["sisters"] = [
    ('said', 'Appiah', 'Ama Appiah', 'the first month'),
    ('said', 'Quaye', 'Efua Quaye', 'the flat above'),
    ('said', 'They', 'Ama Appiah and Efua Quaye', 'the insurance had'),
    ('said', 'Both women', 'Ama Appiah and Efua Quaye', 'they would hire'),
]

ARTICLES["bridge"] = """Mayor and councillor clash over bridge toll

Mayor Lotte Hjelmstad and Councillor Henrik Saeter clashed over the bridge toll on Monday.

Hjelmstad said the toll would pay for the repairs within ten years.

Saeter said the toll would drive trade away from the old town.

The two agreed that the bridge could not close for a whole summer.

The bridge carries 12,000 cars a day.

Repairs are estimated at 40 million kroner.

A vote is expected in June.

The bridge was opened in 1961.
"""
GOLD["bridge"] = [
    ('said', 'Hjelmstad', 'the toll would pay for the repairs within ten years'),
    ('said', 'Saeter', 'the toll would drive trade away from the old town'),
    ('agreed', 'The two', 'the bridge could not close for a whole summer'),
]
NOT_REPORTS["bridge"] = ['Mayor Lotte Hjelmstad and Councillor Henrik Saeter clashed over the bridge toll on Monday.', 'A vote is expected in June.', 'The bridge carries 12,000 cars a day.', 'Repairs are estimated at 40 million kroner.', 'The bridge was opened in 1961.']
SPEAKERS["bridge"] = [
    ('said', 'Hjelmstad', 'Lotte Hjelmstad', 'the toll would'),
    ('said', 'Saeter', 'Henrik Saeter', 'the toll would'),
    ('agreed', 'The two', 'Lotte Hjelmstad and Henrik Saeter', 'the bridge could'),
]

ARTICLES["climbers"] = """Two climbers reach the top of Mount Karsk

Sven Aaltonen and Piet Brouwer reached the top of Mount Karsk on Friday.

Aaltonen said the last ridge had taken nine hours.

Brouwer said they had run out of water on the way down.

They said the weather had been kinder than forecast.

The two men said they would climb again next year.

The mountain is 4,102 metres high.

Their guide said it had been the best season in a decade.

Only eleven people had reached the summit before them.
"""
GOLD["climbers"] = [
    ('said', 'Aaltonen', 'the last ridge had taken nine hours'),
    ('said', 'Brouwer', 'they had run out of water on the way down'),
    ('said', 'They', 'the weather had been kinder than forecast'),
    ('said', 'The two men', 'they would climb again next year'),
    ('said', 'Their guide', 'it had been the best season in a decade'),
]
NOT_REPORTS["climbers"] = ['Sven Aaltonen and Piet Brouwer reached the top of Mount Karsk on Friday.', 'The mountain is 4,102 metres high.', 'Only eleven people had reached the summit before them.']
SPEAKERS["climbers"] = [
    ('said', 'Aaltonen', 'Sven Aaltonen', 'the last ridge'),
    ('said', 'Brouwer', 'Piet Brouwer', 'they had run'),
    ('said', 'They', 'Sven Aaltonen and Piet Brouwer', 'the weather had'),
    ('said', 'The two men', 'Sven Aaltonen and Piet Brouwer', 'they would climb'),
    ('said', 'Their guide', 'Their guide', 'it had been'),
]

ARTICLES["founders"] = """Founders of Quillon sell their stake

Marta Ibsen and Jonas Feld, who founded the software firm Quillon in 2011, have sold their stake.

Ibsen said the sale had been agreed in the summer.

Feld said he would spend more time with his children.

The pair said the firm had outgrown them.

The firm employs 300 people.

The price was not disclosed.

Quillon said its new owners would keep the office in Tromso.

Quillon makes software for ferry operators.
"""
GOLD["founders"] = [
    ('said', 'Ibsen', 'the sale had been agreed in the summer'),
    ('said', 'Feld', 'he would spend more time with his children'),
    ('said', 'The pair', 'the firm had outgrown them'),
    ('said', 'Quillon', 'its new owners would keep the office in Tromso'),
]
NOT_REPORTS["founders"] = ['Marta Ibsen and Jonas Feld, who founded the software firm Quillon in 2011, have sold their stake.', 'The firm employs 300 people.', 'The price was not disclosed.', 'Quillon makes software for ferry operators.']
SPEAKERS["founders"] = [
    ('said', 'Ibsen', 'Marta Ibsen', 'the sale had'),
    ('said', 'Feld', 'Jonas Feld', 'he would spend'),
    ('said', 'The pair', 'Marta Ibsen and Jonas Feld', 'the firm had'),
    ('said', 'Quillon', 'Quillon', 'its new owners'),
]

ARTICLES["keepers"] = """Lighthouse keepers' last night

Agnes Polwarth and Hester Quine kept the Carrick Point light for eleven years.

Polwarth said the light had never once failed.

Quine said the winters had been long.

They said they would miss the sound of the sea.

Both women said the new automatic light was a good thing.

The light was automated last month.

The lighthouse board said the cottages would be sold.

The light has stood on the point since 1854.
"""
GOLD["keepers"] = [
    ('said', 'Polwarth', 'the light had never once failed'),
    ('said', 'Quine', 'the winters had been long'),
    ('said', 'They', 'they would miss the sound of the sea'),
    ('said', 'Both women', 'the new automatic light was a good thing'),
    ('said', 'The lighthouse board', 'the cottages would be sold'),
]
NOT_REPORTS["keepers"] = ['Agnes Polwarth and Hester Quine kept the Carrick Point light for eleven years.', 'The light was automated last month.', 'The light has stood on the point since 1854.']
SPEAKERS["keepers"] = [
    ('said', 'Polwarth', 'Agnes Polwarth', 'the light had'),
    ('said', 'Quine', 'Hester Quine', 'the winters had'),
    ('said', 'They', 'Agnes Polwarth and Hester Quine', 'they would miss'),
    ('said', 'Both women', 'Agnes Polwarth and Hester Quine', 'the new automatic'),
    ('said', 'The lighthouse board', 'lighthouse board', 'the cottages would'),
]

ARTICLES["fiddler"] = """A fiddler's last tune at the Anchor

Eamon Quarrie has played at the Anchor every Friday for forty years.

He learned to play from his father on the boats.

"The tunes came from the nets," he says.

His son, Declan Quarrie, who plays the bodhran beside him, said his father had never missed a night.

"Not even the night I was born," Declan Quarrie said.

"He exaggerates," he says.

The Anchor will hang his fiddle above the bar.

He says the last tune will be a slow air.
"""
GOLD["fiddler"] = [
    ('says', 'he', 'The tunes came from the nets'),
    ('said', 'His son, Declan Quarrie, who plays the bodhran beside him', 'his father had never missed a night'),
    ('said', 'Declan Quarrie', 'Not even the night I was born'),
    ('says', 'he', 'He exaggerates'),
    ('says', 'He', 'the last tune will be a slow air'),
]
NOT_REPORTS["fiddler"] = ['He learned to play from his father on the boats.', 'The Anchor will hang his fiddle above the bar.']
SPEAKERS["fiddler"] = [
    ('says', 'he', 'Eamon Quarrie', 'The tunes came'),
    ('said', 'His son, Declan Quarrie, who plays the bodhran beside him', 'Declan Quarrie', 'his father had'),
    ('said', 'Declan Quarrie', 'Declan Quarrie', 'Not even the'),
    ('says', 'he', 'Eamon Quarrie', 'He exaggerates'),
    ('says', 'He', 'Eamon Quarrie', 'the last tune'),
]

ARTICLES["surgeon"] = """Hospital names wing after surgeon

Rosalind Nwachukwu-Dale, who pioneered keyhole heart surgery at St Columba's, retired in 2015 and lives in Canada.

The hospital said on Monday that its new cardiac wing would carry her name.

Her former registrar, Dr Hannah Moodie, said she had trained a generation of surgeons.

"She could close a chest in eleven minutes," Moodie said.

She often said that a surgeon's best tool was a good night's sleep.

She performed more than 4,000 operations.

The wing opens in September.

The wing has 64 beds.
"""
GOLD["surgeon"] = [
    ('said', 'The hospital', 'its new cardiac wing would carry her name'),
    ('said', 'Her former registrar, Dr Hannah Moodie', 'she had trained a generation of surgeons'),
    ('said', 'Moodie', 'She could close a chest in eleven minutes'),
    ('said', 'She', "a surgeon's best tool was a good night's sleep"),
]
NOT_REPORTS["surgeon"] = ['The wing opens in September.', 'She performed more than 4,000 operations.', 'The wing has 64 beds.']
SPEAKERS["surgeon"] = [
    ('said', 'The hospital', 'hospital', 'its new cardiac'),
    ('said', 'Her former registrar, Dr Hannah Moodie', 'Hannah Moodie', 'she had trained'),
    ('said', 'Moodie', 'Hannah Moodie', 'She could close'),
    ('said', 'She', 'Rosalind Nwachukwu-Dale', "a surgeon's best"),
]

ARTICLES["brewery"] = """Brewery bought by its staff

Culbertson's said on Tuesday that its staff had bought the brewery from the founding family.

The brewery said all 48 workers now held shares.

Its head brewer, Alun Prys, said the recipes would not change.

Culbertson's added that it would open a taproom in the old cooperage.

The brewery was founded in 1871.

Its best-known beer is a dark mild.

The family said it was proud to hand the brewery on.

The cooperage has stood empty since 1990.
"""
GOLD["brewery"] = [
    ('said', "Culbertson's", 'its staff had bought the brewery from the founding family'),
    ('said', 'The brewery', 'all 48 workers now held shares'),
    ('said', 'Its head brewer, Alun Prys', 'the recipes would not change'),
    ('added', "Culbertson's", 'it would open a taproom in the old cooperage'),
    ('said', 'The family', 'it was proud to hand the brewery on'),
]
NOT_REPORTS["brewery"] = ['The brewery was founded in 1871.', 'Its best-known beer is a dark mild.', 'The cooperage has stood empty since 1990.']
SPEAKERS["brewery"] = [
    ('said', "Culbertson's", "Culbertson's", 'its staff had'),
    ('said', 'The brewery', "Culbertson's", 'all 48 workers'),
    ('said', 'Its head brewer, Alun Prys', 'Alun Prys', 'the recipes would'),
    ('added', "Culbertson's", "Culbertson's", 'it would open'),
    ('said', 'The family', 'family', 'it was proud'),
]
