# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the seventy-first pass's check of quotation marks and layout (helper E), in
shapes the earlier sets (``probe_quotes_60``, ``probe_paragraphs_63``, ``probe_layouts_57``, ``probe_layouts_58``)
did not write: guillemets holding single guillemets and running over paragraphs; German '„ “' holding '‚ ‘', and
German single marks alone; single marks around words with apostrophes and plural possessives inside ('It's the
council's fault'), straight and curly; straight and curly marks mixed in one article and in one quotation; a
quotation running over paragraphs whose closing mark never comes; a stray opening or closing mark in the writer's
words; nested quotations two and three deep, and one opening right after the outer mark; quotations opened by an
em or an en dash at a paragraph's start, European style, with no marks; a quotation after a colon that no verb of
saying opens ('The minister was blunt: "X"'); a block quotation on its own line signed on the next; the ellipsis
character, '[…]' and bracketed insertions inside quotations; a quotation closing its paragraph whose speaker only
the next paragraph names ('That was the view of Y'); and traps: heights and gauges in feet and inches (5'11", a 2'
6" gauge, 12" records), scare quotes, titles and nicknames in every kind of mark.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; a quotation split around its cue or running over paragraphs is one report): per article, (a word of the
cue, the source, the first content span) for each report in ``GOLD``; (cue, source, a later span of the same
content) in ``LATER`` for the split and running quotations; the lines that report nothing in ``NOT_REPORTS``;
(cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, body and sentence is made
up. Read by ``test_probe_findings_71_marks``."""

ARTICLES = {}
GOLD = {}
LATER = {}
NOT_REPORTS = {}
SPEAKERS = {}

# ---------------------------------------------------------------- guillemets

ARTICLES["guillemets_nested"] = """Orchard loses half its trees to frost

«The inspector told us ‹come back in spring›, and we came back in spring», said the orchard's owner, Amélie Durand.

The orchard lies on the slopes above Villevert.

She said the frost had killed 300 of its 600 trees.
"""
GOLD["guillemets_nested"] = [
    ("said", "the orchard's owner, Amélie Durand", "The inspector told us ‹come back in spring›, and we came back in spring"),
    ("said", "She", "the frost had killed 300 of its 600 trees"),
]
NOT_REPORTS["guillemets_nested"] = ["The orchard lies on the slopes above Villevert."]
SPEAKERS["guillemets_nested"] = [("said", "She", "Amélie Durand", "the frost")]

ARTICLES["guillemets_run_on"] = """Fishing quay to be rebuilt

The harbour master, Yann Kerbrat, said the old quay at Portmelen would be rebuilt over the winter.

«The stones have moved ten centimetres since the storms in February.

«We cannot let the boats tie up there any longer», he said.

The work will cost about €2m.
"""
GOLD["guillemets_run_on"] = [
    ("said", "The harbour master, Yann Kerbrat", "the old quay at Portmelen would be rebuilt over the winter"),
    ("said", "he", "The stones have moved ten centimetres since the storms in February."),
]
LATER["guillemets_run_on"] = [
    ("said", "he", "We cannot let the boats tie up there any longer"),
]
NOT_REPORTS["guillemets_run_on"] = ["The work will cost about €2m."]
SPEAKERS["guillemets_run_on"] = [("said", "he", "Yann Kerbrat", "The stones")]

ARTICLES["guillemets_first_para"] = """Mountain hut closes early

«The path to the hut is no longer safe after the rockfall», said the alpine club's warden, Lucie Morand. «We will close on Sunday instead of in October.

«Walkers who have booked will get their money back.»

The hut sleeps 40 people.
"""
GOLD["guillemets_first_para"] = [
    ("said", "the alpine club's warden, Lucie Morand", "The path to the hut is no longer safe after the rockfall"),
]
LATER["guillemets_first_para"] = [
    ("said", "the alpine club's warden, Lucie Morand", "We will close on Sunday instead of in October."),
    ("said", "the alpine club's warden, Lucie Morand", "Walkers who have booked will get their money back."),
]
NOT_REPORTS["guillemets_first_para"] = ["The hut sleeps 40 people."]

# ---------------------------------------------------------------- German marks

ARTICLES["german_nested"] = """Rowing club refused new boathouse

„The mayor told us ‚not this year‘, and that was the end of it“, said the rowing club's secretary, Jonas Keller.

The club has 240 members and one boathouse built in 1931.

„We will apply again in March“, Keller added.
"""
GOLD["german_nested"] = [
    ("said", "the rowing club's secretary, Jonas Keller", "The mayor told us ‚not this year‘, and that was the end of it"),
    ("added", "Keller", "We will apply again in March"),
]
NOT_REPORTS["german_nested"] = ["Rowing club refused new boathouse", "The club has 240 members and one boathouse built in 1931."]
SPEAKERS["german_nested"] = [("added", "Keller", "Jonas Keller", "We will")]

ARTICLES["german_single"] = """Lake ferry keeps winter crossings

‚We will keep sailing to Hagnau until the ice comes‘, said the ferry's captain, Heike Brandl.

The ferry carries up to 90 passengers.

Brandl said the winter timetable would start on 1 November.
"""
GOLD["german_single"] = [
    ("said", "the ferry's captain, Heike Brandl", "We will keep sailing to Hagnau until the ice comes"),
    ("said", "Brandl", "the winter timetable would start on 1 November"),
]
NOT_REPORTS["german_single"] = ["The ferry carries up to 90 passengers."]

# ---------------------------------------------------------------- single marks with apostrophes inside

ARTICLES["single_apostrophes"] = """Residents blame council for flooded underpass

'It's the council's fault, and they've known it for years,' said Maureen Tully, who lives beside the underpass.

'We've written to them twice and they haven't answered once.'

The underpass has flooded six times since January.
"""
GOLD["single_apostrophes"] = [
    ("blame", "Residents", "council for flooded underpass"),
    ("said", "Maureen Tully, who lives beside the underpass", "It's the council's fault, and they've known it for years"),
]
LATER["single_apostrophes"] = [
    ("said", "Maureen Tully, who lives beside the underpass", "We've written to them twice and they haven't answered once."),
]
NOT_REPORTS["single_apostrophes"] = ["The underpass has flooded six times since January."]

ARTICLES["single_plural_possessive"] = """Tenants threaten rent strike

'The tenants' patience ran out a long time ago,' said the tenants' association's chair, Ruth Okafor.

The landlord's agents did not reply to questions.

'It wasn't the residents' choice to live with mould,' she said.
"""
GOLD["single_plural_possessive"] = [
    ("threaten", "Tenants", "rent strike"),
    ("said", "the tenants' association's chair, Ruth Okafor", "The tenants' patience ran out a long time ago"),
    ("said", "she", "It wasn't the residents' choice to live with mould"),
]
NOT_REPORTS["single_plural_possessive"] = ["The landlord's agents did not reply to questions."]
SPEAKERS["single_plural_possessive"] = [("said", "she", "Ruth Okafor", "It wasn")]

ARTICLES["curly_single_apostrophes"] = """Lorry drivers defend themselves after bridge strikes

‘It’s the signs’ fault, not the drivers’,’ said the hauliers’ group spokesman, Dev Malhotra.

The bridge on Quarry Lane has been struck four times this year.

‘Nobody’s moved the warning sign since 1990,’ he said.
"""
GOLD["curly_single_apostrophes"] = [
    ("said", "the hauliers’ group spokesman, Dev Malhotra", "It’s the signs’ fault, not the drivers’"),
    ("said", "he", "Nobody’s moved the warning sign since 1990"),
]
NOT_REPORTS["curly_single_apostrophes"] = ["The bridge on Quarry Lane has been struck four times this year."]
SPEAKERS["curly_single_apostrophes"] = [("said", "he", "Dev Malhotra", "Nobody")]

# ---------------------------------------------------------------- straight and curly marks mixed

ARTICLES["mixed_article"] = """Queues form for concert tickets

“We opened the box office at nine,” said the theatre's manager, Colm Regan.

"People started queuing at six in the morning," said one steward, Aoife Byrne.

The theatre holds 1,200 people.

“Every ticket was gone within the hour,” Regan said.
"""
GOLD["mixed_article"] = [
    ("said", "the theatre's manager, Colm Regan", "We opened the box office at nine"),
    ("said", "one steward, Aoife Byrne", "People started queuing at six in the morning"),
    ("said", "Regan", "Every ticket was gone within the hour"),
]
NOT_REPORTS["mixed_article"] = ["The theatre holds 1,200 people."]
SPEAKERS["mixed_article"] = [("said", "Regan", "Colm Regan", "Every ticket")]

ARTICLES["mixed_in_quote"] = """Swing bridge passes safety check

“The bridge is safe for another twenty years," the county's engineer, Tamsin Pollard, said.

"The gears were replaced in 2019 and they are in good order,” she added.

The bridge swings open about 30 times a day in summer.
"""
GOLD["mixed_in_quote"] = [
    ("said", "the county's engineer, Tamsin Pollard", "The bridge is safe for another twenty years"),
    ("added", "she", "The gears were replaced in 2019 and they are in good order"),
]
NOT_REPORTS["mixed_in_quote"] = ["The bridge swings open about 30 times a day in summer."]
SPEAKERS["mixed_in_quote"] = [("added", "she", "Tamsin Pollard", "The gears")]

# ---------------------------------------------------------------- quotations over paragraphs

ARTICLES["curly_three_paras"] = """Village shop reopens as co-operative

“We were not going to let the last shop go,” said the co-operative's chair, Gareth Lloyd. “Two hundred people bought a share.

“One of them told me ‘I’d have paid twice that’, and I believe him.

“The post office counter comes back in May.”

The shop closed in 2024 when its owner retired.
"""
GOLD["curly_three_paras"] = [
    ("said", "the co-operative's chair, Gareth Lloyd", "We were not going to let the last shop go"),
]
LATER["curly_three_paras"] = [
    ("said", "the co-operative's chair, Gareth Lloyd", "Two hundred people bought a share."),
    ("said", "the co-operative's chair, Gareth Lloyd", "One of them told me ‘I’d have paid twice that’, and I believe him."),
    ("said", "the co-operative's chair, Gareth Lloyd", "The post office counter comes back in May."),
]
NOT_REPORTS["curly_three_paras"] = ["The shop closed in 2024 when its owner retired."]

ARTICLES["run_never_closed"] = """School minibus withdrawn

“The minibus failed its inspection on Monday,” said the head teacher, Sunita Rao. “We have no money for another one.

“Parents will have to drive the children to matches.

The school's governors will meet on Thursday.
"""
GOLD["run_never_closed"] = [
    ("said", "the head teacher, Sunita Rao", "The minibus failed its inspection on Monday"),
]
LATER["run_never_closed"] = [
    ("said", "the head teacher, Sunita Rao", "We have no money for another one."),
    ("said", "the head teacher, Sunita Rao", "Parents will have to drive the children to matches."),
]
NOT_REPORTS["run_never_closed"] = ["The school's governors will meet on Thursday."]

ARTICLES["single_curly_run_on"] = """Lifeboat crew marks 200 rescues

The lifeboat station at Porthkell has launched 200 times since it opened in 2009.

‘Every one of those launches was at night or in a gale, or both.

‘The crew are all volunteers, and most of them work in the harbour,’ said the station's coxswain, Bryn Pascoe.

The station needs four new volunteers.
"""
GOLD["single_curly_run_on"] = [
    ("said", "the station's coxswain, Bryn Pascoe", "Every one of those launches was at night or in a gale, or both."),
]
LATER["single_curly_run_on"] = [
    ("said", "the station's coxswain, Bryn Pascoe", "The crew are all volunteers, and most of them work in the harbour"),
]
NOT_REPORTS["single_curly_run_on"] = [
    "The lifeboat station at Porthkell has launched 200 times since it opened in 2009.",
    "The station needs four new volunteers.",
]

# ---------------------------------------------------------------- unbalanced marks

ARTICLES["stray_marks"] = """Bakery marks its centenary

The bakery on "Mill Lane opened in 1926 and has never closed for a day.

Its fourth owner, Petra Novak, bought it in 2015.”

“We still bake the first loaf at four in the morning,” Novak said.

The bakery sells about 900 loaves a week.
"""
GOLD["stray_marks"] = [
    ("said", "Novak", "We still bake the first loaf at four in the morning"),
]
NOT_REPORTS["stray_marks"] = [
    "The bakery on \"Mill Lane opened in 1926 and has never closed for a day.",
    "Its fourth owner, Petra Novak, bought it in 2015.”",
    "The bakery sells about 900 loaves a week.",
]
SPEAKERS["stray_marks"] = [("said", "Novak", "Petra Novak", "We still")]

ARTICLES["missing_close_last"] = """Market hall roof to be repaired

The council's property chief, Alun Jenkins, said the market hall's roof would be repaired in the spring.

"The traders have put up with buckets on the floor for two winters, he said.

"That ends in April," he added.
"""
GOLD["missing_close_last"] = [
    ("said", "The council's property chief, Alun Jenkins", "the market hall's roof would be repaired in the spring"),
    ("said", "he", "The traders have put up with buckets on the floor for two winters"),
    ("added", "he", "That ends in April"),
]
NOT_REPORTS["missing_close_last"] = []
SPEAKERS["missing_close_last"] = [("said", "he", "Alun Jenkins", "The traders"), ("added", "he", "Alun Jenkins", "That ends")]

ARTICLES["doubled_close"] = """Cricket pavilion saved

"We raised the last £5,000 at the summer fete,"" said the club's treasurer, Imran Qureshi.

The pavilion was built in 1911.

"The roof goes on next month," he said.”
"""
GOLD["doubled_close"] = [
    ("said", "the club's treasurer, Imran Qureshi", "We raised the last £5,000 at the summer fete"),
    ("said", "he", "The roof goes on next month"),
]
NOT_REPORTS["doubled_close"] = ["The pavilion was built in 1911."]
SPEAKERS["doubled_close"] = [("said", "he", "Imran Qureshi", "The roof")]

# ---------------------------------------------------------------- nested quotations

ARTICLES["nested_curly"] = """Farmer refuses to sell land for housing

“My father’s words were ‘sell nothing’, and I have sold nothing,” said the farmer, Hugh Pennock.

The developer has offered £4m for the 60-acre field.

Pennock said he would leave the farm to his niece.
"""
GOLD["nested_curly"] = [
    ("refuses", "Farmer", "to sell land for housing"),
    ("said", "the farmer, Hugh Pennock", "My father’s words were ‘sell nothing’, and I have sold nothing"),
    ("said", "Pennock", "he would leave the farm to his niece"),
]
NOT_REPORTS["nested_curly"] = ["The developer has offered £4m for the 60-acre field."]

ARTICLES["nested_open_first"] = """Nurse recalls night of the fire

"'Get everyone out,' the sister told me, and we got everyone out," said the nurse, Clare Dunphy.

All 22 patients were moved to another ward.

"'Not one of them was hurt,' the fire officer said to me afterwards," she added.
"""
GOLD["nested_open_first"] = [
    ("recalls", "Nurse", "night of the fire"),
    ("said", "the nurse, Clare Dunphy", "'Get everyone out,' the sister told me, and we got everyone out"),
    ("added", "she", "'Not one of them was hurt,' the fire officer said to me afterwards"),
]
NOT_REPORTS["nested_open_first"] = ["All 22 patients were moved to another ward."]
SPEAKERS["nested_open_first"] = [("added", "she", "Clare Dunphy", "Not one")]

ARTICLES["nested_three_deep"] = """Family keeps the hill farm

"My mother always said, 'Your grandfather told me "keep the land", so keep it,' and I have kept it," said the farmer, Ellen Garth.

The farm has been in the family since 1887.
"""
GOLD["nested_three_deep"] = [
    ("said", "the farmer, Ellen Garth", "My mother always said, 'Your grandfather told me \"keep the land\", so keep it,' and I have kept it"),
]
NOT_REPORTS["nested_three_deep"] = ["The farm has been in the family since 1887."]

# ---------------------------------------------------------------- dashes

ARTICLES["em_dash_dialogue"] = """Village school will stay open, mayor says

— We will not close the school, said the mayor, Elena Marin.

— The children stay in the village, she added.

The school has 31 pupils.
"""
GOLD["em_dash_dialogue"] = [
    ("says", "mayor", "Village school will stay open"),
    ("said", "the mayor, Elena Marin", "We will not close the school"),
    ("added", "she", "The children stay in the village"),
]
NOT_REPORTS["em_dash_dialogue"] = ["The school has 31 pupils."]
SPEAKERS["em_dash_dialogue"] = [("added", "she", "Elena Marin", "The children")]

ARTICLES["en_dash_dialogue"] = """Plum growers count their losses

The plum harvest in the Brava valley was the smallest in twenty years.

– Half the fruit rotted on the trees after the August rains, said the growers' co-operative's chairman, Marek Novotny.

– Prices in the shops will rise, he said.
"""
GOLD["en_dash_dialogue"] = [
    ("said", "the growers' co-operative's chairman, Marek Novotny", "Half the fruit rotted on the trees after the August rains"),
    ("said", "he", "Prices in the shops will rise"),
]
NOT_REPORTS["en_dash_dialogue"] = ["The plum harvest in the Brava valley was the smallest in twenty years."]
SPEAKERS["en_dash_dialogue"] = [("said", "he", "Marek Novotny", "Prices")]

# ---------------------------------------------------------------- colons and blocks

ARTICLES["colon_blunt"] = """Minister rules out bailout for ferry firm

The transport minister, Rhian Moss, was blunt: "We will not put another penny into this company."

The ferry firm owes its lenders £40m.

The firm's chief executive was defiant: "We will find the money elsewhere."
"""
GOLD["colon_blunt"] = [
    ("rules out", "Minister", "bailout for ferry firm"),
    (":", "The transport minister, Rhian Moss", "We will not put another penny into this company."),
    (":", "The firm's chief executive", "We will find the money elsewhere."),
]
NOT_REPORTS["colon_blunt"] = ["The ferry firm owes its lenders £40m."]

ARTICLES["block_signed"] = """Parents told of new school day

The head teacher of Ashcombe Primary sent a letter to parents on Friday.

"From September, the school day will end at half past three. Clubs will run until five on every weekday."

— Miriam Okoro, head teacher

Parents had asked for a longer day in a survey last year.
"""
GOLD["block_signed"] = [
    ("—", "Miriam Okoro", "From September, the school day will end at half past three. Clubs will run until five on every weekday."),
]
NOT_REPORTS["block_signed"] = ["The head teacher of Ashcombe Primary sent a letter to parents on Friday."]

ARTICLES["block_guillemets"] = """Ski school changes its booking rules

The ski school's director, Paul Girard, wrote to customers on Monday:

«Lessons must now be booked two days ahead. We can no longer take children on the morning they arrive.»

The school has 60 instructors.
"""
GOLD["block_guillemets"] = [
    ("wrote", "The ski school's director, Paul Girard", "Lessons must now be booked two days ahead. We can no longer take children on the morning they arrive."),
]
NOT_REPORTS["block_guillemets"] = ["The school has 60 instructors."]

# ---------------------------------------------------------------- ellipses and brackets

ARTICLES["ellipsis_brackets"] = """Community hall still waiting for repairs

"We were told […] the money would come in June," said the hall committee's chair, Desmond Achebe.

"It never came… and now the roof leaks onto the stage," he said.

"The council has promised [us] a new boiler three times," said the committee's treasurer, Gloria Mensah.

The hall was built in 1958.
"""
GOLD["ellipsis_brackets"] = [
    ("said", "the hall committee's chair, Desmond Achebe", "We were told […] the money would come in June"),
    ("said", "he", "It never came… and now the roof leaks onto the stage"),
    ("said", "the committee's treasurer, Gloria Mensah", "The council has promised [us] a new boiler three times"),
]
NOT_REPORTS["ellipsis_brackets"] = ["The hall was built in 1958."]
SPEAKERS["ellipsis_brackets"] = [("said", "he", "Desmond Achebe", "It never")]

ARTICLES["bracketed_person"] = """Parents question safety of school trip

"She [the head teacher] told us the river walk was safe," said one parent, Lorna Baird.

"It was the best year [of my career] until that day," the teacher who led the walk, Sam Hollis, told the inquiry.

A boy was treated in hospital after falling into the river.
"""
GOLD["bracketed_person"] = [
    ("said", "one parent, Lorna Baird", "She [the head teacher] told us the river walk was safe"),
    ("told", "the teacher who led the walk, Sam Hollis", "It was the best year [of my career] until that day"),
]
NOT_REPORTS["bracketed_person"] = ["A boy was treated in hospital after falling into the river."]

# ---------------------------------------------------------------- the speaker named in the next paragraph

ARTICLES["view_next_para"] = """Dock workers reject pay offer

“This offer does not even cover the rise in rents.”

That was the view of Mira Hale, the dockers' union's leader, after Tuesday's vote.

Members voted by 412 to 37 to reject the offer.
"""
GOLD["view_next_para"] = [
    ("reject", "Dock workers", "pay offer"),
    ("view", "Mira Hale, the dockers' union's leader", "This offer does not even cover the rise in rents."),
]
NOT_REPORTS["view_next_para"] = ["Members voted by 412 to 37 to reject the offer."]

ARTICLES["so_said_next_para"] = """Last fishing boat leaves old harbour

"The harbour has had boats in it for six hundred years, and now it has none."

So said the harbour master, Alec Muir, as the trawler Kittiwake sailed for its new berth at Inverlaw.

The old harbour will become a marina.
"""
GOLD["so_said_next_para"] = [
    ("said", "the harbour master, Alec Muir", "The harbour has had boats in it for six hundred years, and now it has none."),
]
NOT_REPORTS["so_said_next_para"] = ["The old harbour will become a marina."]

ARTICLES["warning_single_next_para"] = """Walkers warned off frozen reservoir

‘The ice looks thick, but it is thin at the edges and the water below is ten metres deep.’

The warning came from the reservoir's ranger, Owain Rees, after two dogs fell through on Sunday.

Both dogs were rescued.
"""
GOLD["warning_single_next_para"] = [
    ("warning", "the reservoir's ranger, Owain Rees", "The ice looks thick, but it is thin at the edges and the water below is ten metres deep."),
]
NOT_REPORTS["warning_single_next_para"] = ["Both dogs were rescued."]

# ---------------------------------------------------------------- traps: feet and inches, scare quotes, titles, nicknames

ARTICLES["heights"] = """Hawks sign teenage centre

The Harbour Hawks have signed Tobi Adeyemi, a 6'11" centre who is 19 years old.

The team's shortest player, a 5'9" guard, has played for the club for ten years.

"He can play anywhere on the floor," said the Hawks' coach, Nina Ferreira.
"""
GOLD["heights"] = [
    ("said", "the Hawks' coach, Nina Ferreira", "He can play anywhere on the floor"),
]
NOT_REPORTS["heights"] = [
    "The Harbour Hawks have signed Tobi Adeyemi, a 6'11\" centre who is 19 years old.",
    "The team's shortest player, a 5'9\" guard, has played for the club for ten years.",
]

ARTICLES["gauge_records"] = """Narrow-gauge railway and record shop draw visitors

The Tallow Valley railway runs on a 2' 6" gauge track through the woods.

A record shop by the station sells only 7" singles and 12" albums, and its owner, Rhona Kerr, said "nobody has asked for a CD in years".

Trains run every hour in the summer.
"""
GOLD["gauge_records"] = [
    ("said", "its owner, Rhona Kerr", "nobody has asked for a CD in years"),
]
NOT_REPORTS["gauge_records"] = [
    "The Tallow Valley railway runs on a 2' 6\" gauge track through the woods.",
    "Trains run every hour in the summer.",
]

ARTICLES["scare_every_mark"] = """Town's new square divides opinion

The «green» square outside the town hall has four trees and a great deal of concrete.

Its ‘smart’ benches charge phones but have no backs.

The council's „Sommerfest“ will be held there in June.

A café owner, Bea Lindqvist, called the square ‘a car park with ambitions’.
"""
GOLD["scare_every_mark"] = [
    ("called", "A café owner, Bea Lindqvist", "the square ‘a car park with ambitions’"),
]
NOT_REPORTS["scare_every_mark"] = [
    "The «green» square outside the town hall has four trees and a great deal of concrete.",
    "Its ‘smart’ benches charge phones but have no backs.",
    "The council's „Sommerfest“ will be held there in June.",
]

ARTICLES["titles_every_mark"] = """Book festival announces its prize shortlist

The novel ‘The Salt Marsh Summer’ is the favourite for this year's prize.

A film of «Night Ferry to Orsa» will open the festival.

The poet's last collection, „Blue Hour Letters“, is also on the list.

The festival's director, Hana Sato, said the judges had read 140 books.
"""
GOLD["titles_every_mark"] = [
    ("announces", "Book festival", "its prize shortlist"),
    ("said", "The festival's director, Hana Sato", "the judges had read 140 books"),
]
NOT_REPORTS["titles_every_mark"] = [
    "The novel ‘The Salt Marsh Summer’ is the favourite for this year's prize.",
    "A film of «Night Ferry to Orsa» will open the festival.",
    "The poet's last collection, „Blue Hour Letters“, is also on the list.",
]

ARTICLES["nicknames_every_mark"] = """Boxer returns to the ring at 41

Tommy ‘The Tank’ Reyes will fight again in June, four years after his last bout.

His old rival, Marie «La Rouge» Dubois, will be in his corner.

The bout is at the Corn Exchange in Wexford.

Reyes said he had lost three stone since the spring.
"""
GOLD["nicknames_every_mark"] = [
    ("said", "Reyes", "he had lost three stone since the spring"),
]
NOT_REPORTS["nicknames_every_mark"] = [
    "Tommy ‘The Tank’ Reyes will fight again in June, four years after his last bout.",
    "His old rival, Marie «La Rouge» Dubois, will be in his corner.",
    "The bout is at the Corn Exchange in Wexford.",
]
SPEAKERS["nicknames_every_mark"] = [("said", "Reyes", "Tommy Reyes", "he had lost")]

# written after the first mends, to probe the mended shapes in other words: curly marks inside guillemets and
# guillemets inside curly marks, 'That is the opinion of X' and 'So said X, when Y' after a quotation in the paragraph
# before, 'The message came from X', a block signed below with an en dash and a place, and traps (a quotation followed
# by 'The money came from X', a block followed by a credit line)

ARTICLES["guillemets_curly_inner"] = """Cheese makers win protected name

«The officials told us “wait another year”, and we waited three», said the cheese makers' union's president, Anton Weiss.

The cheese is made in eleven villages.

“The label says «made in the valley» and now it means it,” said one maker, Lea Brunner.
"""
GOLD["guillemets_curly_inner"] = [
    ("said", "the cheese makers' union's president, Anton Weiss", "The officials told us “wait another year”, and we waited three"),
    ("said", "one maker, Lea Brunner", "The label says «made in the valley» and now it means it"),
]
NOT_REPORTS["guillemets_curly_inner"] = ["The cheese is made in eleven villages."]

ARTICLES["opinion_next_para"] = """Ferry timetable criticised

"Nobody who wrote this timetable has ever tried to get to work from the island."

That is the opinion of Hamish Laird, who has commuted from Eilean Mor for thirty years.

The operator said the timetable would be reviewed in spring.
"""
GOLD["opinion_next_para"] = [
    ("opinion", "Hamish Laird, who has commuted from Eilean Mor for thirty years", "Nobody who wrote this timetable has ever tried to get to work from the island."),
    ("said", "The operator", "the timetable would be reviewed in spring"),
]
NOT_REPORTS["opinion_next_para"] = []

ARTICLES["so_said_when"] = """High street loses its last bank

“Every town needs somewhere to pay in the takings.”

So said the chamber of trade's secretary, Priya Desai, when the bank's closure was announced in June.

The nearest branch is now 14 miles away.
"""
GOLD["so_said_when"] = [
    ("said", "the chamber of trade's secretary, Priya Desai", "Every town needs somewhere to pay in the takings."),
]
NOT_REPORTS["so_said_when"] = ["The nearest branch is now 14 miles away."]

ARTICLES["message_came_from"] = """Club asks fans to stay home

“Please do not travel to the match without a ticket.”

The message came from the club's captain, Jordan Pike, on Sunday.

The ground holds 9,000 fans.

“We have raised £20,000 for the new stand.”

The money came from a raffle held in the club's bar.
"""
GOLD["message_came_from"] = [
    ("asks", "Club", "fans to stay home"),
    ("message", "the club's captain, Jordan Pike", "Please do not travel to the match without a ticket."),
]
NOT_REPORTS["message_came_from"] = ["The ground holds 9,000 fans.", "The money came from a raffle held in the club's bar."]

ARTICLES["signed_letter_place"] = """Readers' letters: the harbour wall

“The harbour wall has stood for two hundred years. Patch it, do not pull it down.”

– Thomas Reyes, Harbour Road

“I have fished from that wall since I was six, and so did my father.”

– Mary Quill, Mill Street

The council will decide on the wall in March.

“Letters may be shortened.”

– Reporting by Ana Lee
"""
GOLD["signed_letter_place"] = [
    ("–", "Thomas Reyes", "The harbour wall has stood for two hundred years. Patch it, do not pull it down."),
    ("–", "Mary Quill", "I have fished from that wall since I was six, and so did my father."),
]
NOT_REPORTS["signed_letter_place"] = ["The council will decide on the wall in March.", "– Reporting by Ana Lee"]
