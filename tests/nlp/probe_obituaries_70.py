# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short obituaries, memoir pieces and recollections written for the seventieth pass (helper D): speech in
the past and habitual speech ('he was fond of saying that X', 'he would often tell his students that X', 'as she
liked to put it, X', 'she used to tell visitors that X', 'He would always say: "X"', 'He once said: "X"'), memoirs,
old interviews and speeches ('wrote in his 1998 memoir that X', 'told this newspaper in 2009 that X', 'said in a 2015
interview that X', 'In her last interview, she said X', 'said in a 1985 speech'), recollections ('his daughter
recalled', 'Colleagues remembered him as X', 'Friends described her as X', 'His widow recalled that X', 'recalled
how X'), family statements ('In a statement, her family said X', 'X died after a short illness, his family said'),
tributes ('described him as a giant of X', 'paid tribute to him, saying X'), the dead person's own lines quoted
inside a life story ('"X," he wrote to his brother in 1962', 'she wrote in her diary'), and the dead person as 'he'
or 'she' across a long paragraph or after a mourner of either gender speaks; between them births, careers, books
written, nicknames ('she was known as Dotty'), 'is survived by' and funeral arrangements, which report nothing.
Shapes already in ``probe_tributes_61`` ('she once told a student magazine', 'As he liked to say') are not repeated;
'paid tribute to' alone is left unjudged, as there (PolNeAR marks it about half the time), and so is 'She was known
to her readers as the quiet woman of the border' (taken out of the lines that report nothing once train was
counted: PolNeAR marks 'known as' about 20 times in the 53 the train texts hold, a description after it as a view).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; 'described X as Y' and 'remembered X as Y' have 'X as Y' for their content, 'recalled how X' the 'how'
clause, as train has them): per article, (a word of the cue, the source, the first content span) for each report in
``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in
``SPEAKERS``, the speaker being the person or body the source refers to, named as first written in full, titles
aside. Every name, place, body and sentence is made up. Read by ``test_probe_findings_70_obituaries``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["shipwright"] = """Boatbuilder Aldous Penner dies at 91

Aldous Penner, who built wooden fishing boats in the harbour at Kellick for six decades, died on Sunday. He was 91.

He was born in 1934 above his father's chandlery on Quay Street.

He was fond of saying that a boat is finished only when it sinks.

His son, Jory Penner, said the yard would stay open under his nephew.

He is survived by two sons and seven grandchildren.
"""
GOLD["shipwright"] = [
    ("saying", "He", "a boat is finished only when it sinks"),
    ("said", "His son, Jory Penner", "the yard would stay open under his nephew"),
]
NOT_REPORTS["shipwright"] = [
    "He was born in 1934 above his father's chandlery on Quay Street.",
    "He is survived by two sons and seven grandchildren.",
]
SPEAKERS["shipwright"] = [("saying", "He", "Aldous Penner", "a boat")]

ARTICLES["chemistry_teacher"] = """Teacher who ran Varden school's chemistry lab for 40 years dies

Howell Brandt, who taught chemistry at Varden Grammar School from 1961 to 2001, has died at the age of 88.

He would often tell his students that every explosion was a lesson in paying attention.

A former pupil, the pharmacologist Ines Marrow, said he had made her want to study science.

The school said it would name its new laboratory after him.

His funeral will be held at St Cuthbert's on Thursday.
"""
GOLD["chemistry_teacher"] = [
    ("tell", "He", "every explosion was a lesson in paying attention"),
    ("said", "A former pupil, the pharmacologist Ines Marrow", "he had made her want to study science"),
    ("said", "The school", "it would name its new laboratory after him"),
]
NOT_REPORTS["chemistry_teacher"] = [
    "Howell Brandt, who taught chemistry at Varden Grammar School from 1961 to 2001, has died at the age of 88.",
    "His funeral will be held at St Cuthbert's on Thursday.",
]
SPEAKERS["chemistry_teacher"] = [
    ("would often tell", "He", "Howell Brandt", "every explosion"),
    ("said", "A former pupil, the pharmacologist Ines Marrow", "Ines Marrow", "he had made"),
]

ARTICLES["seamstress"] = """Costume maker Dorothy Vale, known as Dotty, dies at 79

Dorothy Vale, who made the costumes for more than 200 productions at the Lyric Theatre in Pellham, has died. She was 79.

She was known as Dotty to three generations of actors.

As she liked to put it, a good costume should be noticed only by the person wearing it.

The theatre's artistic director, Colm Raffery, said the wardrobe room would be named after her.

She leaves a sister, Agnes.
"""
GOLD["seamstress"] = [
    ("put it", "she", "a good costume should be noticed only by the person wearing it"),
    ("said", "The theatre's artistic director, Colm Raffery", "the wardrobe room would be named after her"),
]
NOT_REPORTS["seamstress"] = [
    "She was known as Dotty to three generations of actors.",
    "She leaves a sister, Agnes.",
]
SPEAKERS["seamstress"] = [("liked to put it", "she", "Dorothy Vale", "a good costume")]

ARTICLES["ferry_captain"] = """Ferry captain Bram Oosterhuis dies at 84

Bram Oosterhuis, who captained the night ferry between Dunmere and the islands for 31 years, has died at 84.

He told this newspaper in 2009 that he had never once missed a sailing because of the weather.

Oosterhuis joined the ferry company as a deckhand at the age of 15.

The company said in a statement that its crews would sound their horns as they passed his house on Friday.
"""
GOLD["ferry_captain"] = [
    ("told", "He", "he had never once missed a sailing because of the weather"),
    ("said", "The company", "its crews would sound their horns as they passed his house on Friday"),
]
NOT_REPORTS["ferry_captain"] = [
    "Bram Oosterhuis, who captained the night ferry between Dunmere and the islands for 31 years, has died at 84.",
    "Oosterhuis joined the ferry company as a deckhand at the age of 15.",
]
SPEAKERS["ferry_captain"] = [("told", "He", "Bram Oosterhuis", "he had never")]

ARTICLES["architect"] = """Architect Selma Hovland, designer of the Tarn library, dies at 76

Selma Hovland, whose glass library on the shore of Lake Tarn drew visitors from across Europe, died on Monday in Bergholm. She was 76.

She said in a 2015 interview that she had designed the building around a single chair by the window.

She was born in Bergholm in 1949 and studied in Zurich.

She designed more than 40 public buildings, among them three schools and a swimming pool.

Her practice said it would complete the two projects she left unfinished.
"""
GOLD["architect"] = [
    ("said", "She", "she had designed the building around a single chair by the window"),
    ("said", "Her practice", "it would complete the two projects she left unfinished"),
]
NOT_REPORTS["architect"] = [
    "She was born in Bergholm in 1949 and studied in Zurich.",
    "She designed more than 40 public buildings, among them three schools and a swimming pool.",
]
SPEAKERS["architect"] = [("said", "She", "Selma Hovland", "she had designed")]

ARTICLES["folk_singer"] = """Folk singer Maddy Crane dies at 82

Maddy Crane, whose ballads about the mill towns of the Calder valley were sung in pubs for half a century, has died at 82.

In her last interview, given to a community radio station in March, she said she had "never written a happy song and never wanted to".

Crane recorded 14 albums, the first of them in 1966.

Her daughter, Rowan Crane, said her mother had sung to the nurses on her last evening.

She is survived by Rowan and two grandsons.
"""
GOLD["folk_singer"] = [
    ("said", "she", 'she had "never written a happy song and never wanted to"'),
    ("said", "Her daughter, Rowan Crane", "her mother had sung to the nurses on her last evening"),
]
NOT_REPORTS["folk_singer"] = [
    "Crane recorded 14 albums, the first of them in 1966.",
    "She is survived by Rowan and two grandsons.",
]
SPEAKERS["folk_singer"] = [("said", "she", "Maddy Crane", "she had")]

ARTICLES["surgeon"] = """Heart surgeon Farid Mansour dies at 87

Farid Mansour, the surgeon who carried out the first heart transplant at Holmbury General Hospital, died on Saturday at his home. He was 87.

"He came home from the theatre and asked what we had learned at school, every single night," his daughter, Leila Mansour, recalled.

He was born in Alexandria in 1938 and came to Britain in 1962.

He wrote three books on cardiac surgery and a volume of poems.

A memorial service will be held at the hospital chapel next month.
"""
GOLD["surgeon"] = [
    ("recalled", "his daughter, Leila Mansour", "He came home from the theatre and asked what we had learned at school, every single night"),
]
NOT_REPORTS["surgeon"] = [
    "He was born in Alexandria in 1938 and came to Britain in 1962.",
    "He wrote three books on cardiac surgery and a volume of poems.",
    "A memorial service will be held at the hospital chapel next month.",
]

ARTICLES["statistician"] = """Statistician Ewan Moncrieff, who counted the uncounted, dies

Ewan Moncrieff, the statistician who led the first national survey of homelessness, has died at 81.

Colleagues remembered him as a man who trusted no number he had not checked twice.

He joined the statistics office in 1968 and ran its social survey unit for 15 years.

The office's current director, Priya Lall, said his methods were still used in every survey it ran.

He is survived by his wife, Margaret.
"""
GOLD["statistician"] = [
    ("remembered", "Colleagues", "him as a man who trusted no number he had not checked twice"),
    ("said", "The office's current director, Priya Lall", "his methods were still used in every survey it ran"),
]
NOT_REPORTS["statistician"] = [
    "He joined the statistics office in 1968 and ran its social survey unit for 15 years.",
    "He is survived by his wife, Margaret.",
]

ARTICLES["philanthropist"] = """Philanthropist Ottilie Brask dies at 93

Ottilie Brask, who gave most of her shipping fortune to libraries and hospitals in the north, has died at 93.

Friends described her as fiercely private and impossible to thank.

She inherited the Brask line from her father in 1971 and sold it in 1989.

In a statement, her family said she had died peacefully at home in Ostervik on Tuesday.

The Brask Foundation will continue her work.
"""
GOLD["philanthropist"] = [
    ("described", "Friends", "her as fiercely private and impossible to thank"),
    ("said", "her family", "she had died peacefully at home in Ostervik on Tuesday"),
]
NOT_REPORTS["philanthropist"] = [
    "She inherited the Brask line from her father in 1971 and sold it in 1989.",
    "The Brask Foundation will continue her work.",
]

ARTICLES["conductor"] = """Conductor Ilya Rostov dies; orchestra mourns a giant

Ilya Rostov, who led the Halvern Philharmonic for 27 years, has died after a short illness, his family said on Wednesday.

The orchestra's leader, Greta Lindahl, described him as a giant of the podium who never raised his voice.

Rostov was born in Odessa in 1939 and left for Vienna in 1972.

The orchestra will dedicate its next concert to his memory.
"""
GOLD["conductor"] = [
    ("said", "his family", "Ilya Rostov, who led the Halvern Philharmonic for 27 years, has died after a short illness"),
    ("described", "The orchestra's leader, Greta Lindahl", "him as a giant of the podium who never raised his voice"),
]
NOT_REPORTS["conductor"] = [
    "Rostov was born in Odessa in 1939 and left for Vienna in 1972.",
    "The orchestra will dedicate its next concert to his memory.",
]

ARTICLES["miner_poet"] = """Miner and poet Gethin Rowlands dies at 90

Gethin Rowlands, who wrote poems in the lamp room of the Cwm Ddu colliery for 30 years, died on Friday. He was 90.

"The pit takes the light from you and gives you the words back," he wrote to his brother in 1962.

His first collection was published when he was 52.

He later said the colliery's closure in 1985 had "taken the ground from under a whole valley".

His nephew, Huw Rowlands, said the family would scatter his ashes on the hill above the old pit.
"""
GOLD["miner_poet"] = [
    ("wrote", "he", "The pit takes the light from you and gives you the words back"),
    ("said", "He", 'the colliery\'s closure in 1985 had "taken the ground from under a whole valley"'),
    ("said", "His nephew, Huw Rowlands", "the family would scatter his ashes on the hill above the old pit"),
]
NOT_REPORTS["miner_poet"] = [
    "His first collection was published when he was 52.",
]
SPEAKERS["miner_poet"] = [
    ("wrote", "he", "Gethin Rowlands", "The pit"),
    ("said", "He", "Gethin Rowlands", "the colliery"),
]

ARTICLES["diplomat_memoir"] = """Former ambassador Lionel Ashcombe dies at 94

Lionel Ashcombe, who served as ambassador in Moscow during the last years of the Cold War, has died at 94.

He wrote in his 1998 memoir that the talks of 1987 had been saved by a game of chess at three in the morning.

He joined the diplomatic service in 1955 after national service in Cyprus.

A former foreign secretary, Lord Pembury, said Ashcombe had been "the best-informed man in any room".

He is survived by his second wife, Claudia, and four children.
"""
GOLD["diplomat_memoir"] = [
    ("wrote", "He", "the talks of 1987 had been saved by a game of chess at three in the morning"),
    ("said", "A former foreign secretary, Lord Pembury", 'Ashcombe had been "the best-informed man in any room"'),
]
NOT_REPORTS["diplomat_memoir"] = [
    "He joined the diplomatic service in 1955 after national service in Cyprus.",
    "He is survived by his second wife, Claudia, and four children.",
]
SPEAKERS["diplomat_memoir"] = [("wrote", "He", "Lionel Ashcombe", "the talks")]

ARTICLES["gardener"] = """Gardener Rosalind Ferrers, who saved the Hatherley orchards, dies

Rosalind Ferrers, who spent 40 years rescuing old apple varieties from the orchards of Hatherley, has died at 85.

She used to tell visitors that an apple tree was a promise made to someone not yet born.

She planted more than 3,000 trees, many of them grafted from a single survivor.

Her friend and neighbour, Tobias Wren, said she had been pruning until the week before she died.

The orchard trust she founded will open its gates free of charge on Sunday.
"""
GOLD["gardener"] = [
    ("tell", "She", "an apple tree was a promise made to someone not yet born"),
    ("said", "Her friend and neighbour, Tobias Wren", "she had been pruning until the week before she died"),
]
NOT_REPORTS["gardener"] = [
    "She planted more than 3,000 trees, many of them grafted from a single survivor.",
    "The orchard trust she founded will open its gates free of charge on Sunday.",
]
SPEAKERS["gardener"] = [("used to tell", "She", "Rosalind Ferrers", "an apple tree")]

ARTICLES["union_leader"] = """Dockers' leader Patrick Colquhoun dies at 89

Patrick Colquhoun, who led the dockers of Port Almond through the long strike of 1972, died on Tuesday. He was 89.

He once said: "A union is only as strong as its quietest member."

He was born in the Gorbals in 1936, one of nine children.

The union's general secretary, Niamh Doherty, said his picture would hang in every branch office.

"He taught me to count the votes before I opened my mouth," she said.

His funeral will take place at St Mungo's on Monday.
"""
GOLD["union_leader"] = [
    ("said", "He", "A union is only as strong as its quietest member."),
    ("said", "The union's general secretary, Niamh Doherty", "his picture would hang in every branch office"),
    ("said", "she", "He taught me to count the votes before I opened my mouth"),
]
NOT_REPORTS["union_leader"] = [
    "He was born in the Gorbals in 1936, one of nine children.",
    "His funeral will take place at St Mungo's on Monday.",
]
SPEAKERS["union_leader"] = [
    ("said", "He", "Patrick Colquhoun", "A union"),
    ("said", "she", "Niamh Doherty", "He taught"),
]

ARTICLES["mayor_speech"] = """Former mayor Hilde Strand dies at 86

Hilde Strand, who was mayor of Sorvik for three terms in the 1980s and 1990s, has died, the city council announced on Monday.

She said in a 1985 speech that the harbour belonged "to the people who smell of it".

Strand was the city's first woman mayor.

The current mayor, Anders Velle, said flags on public buildings would fly at half-mast until her funeral.

He said she had been "stubborn in the best way".
"""
GOLD["mayor_speech"] = [
    ("announced", "the city council", "Hilde Strand, who was mayor of Sorvik for three terms in the 1980s and 1990s, has died"),
    ("said", "She", 'the harbour belonged "to the people who smell of it"'),
    ("said", "The current mayor, Anders Velle", "flags on public buildings would fly at half-mast until her funeral"),
    ("said", "He", 'she had been "stubborn in the best way"'),
]
NOT_REPORTS["mayor_speech"] = [
    "Strand was the city's first woman mayor.",
]
SPEAKERS["mayor_speech"] = [
    ("said", "She", "Hilde Strand", "the harbour"),
    ("said", "He", "Anders Velle", "she had been"),
]

ARTICLES["bishop_eulogy"] = """Hundreds attend funeral of Father Declan Moyes

More than 600 people attended the funeral on Saturday of Father Declan Moyes, the parish priest of Inchbeg for 38 years.

Bishop Martin Kearney said in his homily that the priest had "buried half the parish and married the other half".

Father Moyes ran a boxing club for boys in the church hall from 1979.

A former boxer at the club, Sean Halloran, said Father Moyes had kept him out of prison.

He is survived by a brother, Eamon.
"""
GOLD["bishop_eulogy"] = [
    ("said", "Bishop Martin Kearney", 'the priest had "buried half the parish and married the other half"'),
    ("said", "A former boxer at the club, Sean Halloran", "Father Moyes had kept him out of prison"),
]
NOT_REPORTS["bishop_eulogy"] = [
    "More than 600 people attended the funeral on Saturday of Father Declan Moyes, the parish priest of Inchbeg for 38 years.",
    "Father Moyes ran a boxing club for boys in the church hall from 1979.",
    "He is survived by a brother, Eamon.",
]

ARTICLES["widow_recalls"] = """Test pilot Conrad Aske, who flew the Merlin prototype, dies at 92

Conrad Aske, the test pilot who took the Merlin jet prototype through the sound barrier in 1958, has died at 92.

His widow, Frances Aske, recalled that he had never told her when he was flying a new aircraft.

"I read about it in the paper like everyone else," she said.

He flew 61 types of aircraft in his career and survived two crashes.

In his 1994 autobiography, he wrote that fear was "a useful passenger but a bad pilot".

He is survived by Frances and a son.
"""
GOLD["widow_recalls"] = [
    ("recalled", "His widow, Frances Aske", "he had never told her when he was flying a new aircraft"),
    ("said", "she", "I read about it in the paper like everyone else"),
    ("wrote", "he", 'fear was "a useful passenger but a bad pilot"'),
]
NOT_REPORTS["widow_recalls"] = [
    "He flew 61 types of aircraft in his career and survived two crashes.",
    "He is survived by Frances and a son.",
]
SPEAKERS["widow_recalls"] = [
    ("said", "she", "Frances Aske", "I read"),
    ("wrote", "he", "Conrad Aske", "fear was"),
]

ARTICLES["radio_host"] = """Radio host Peggy Lorimer dies at 80

Peggy Lorimer, whose late-night request show ran on Valley Radio for 33 years, died on Thursday. She was 80.

She told a listeners' magazine in 1990 that she answered every letter by hand, "even the rude ones".

She joined the station as a typist in 1965.

The station's managing director, Gareth Ives, said it would replay her final show on Sunday night.

She is survived by her husband, Dennis.
"""
GOLD["radio_host"] = [
    ("told", "She", 'she answered every letter by hand, "even the rude ones"'),
    ("said", "The station's managing director, Gareth Ives", "it would replay her final show on Sunday night"),
]
NOT_REPORTS["radio_host"] = [
    "She joined the station as a typist in 1965.",
    "She is survived by her husband, Dennis.",
]
SPEAKERS["radio_host"] = [("told", "She", "Peggy Lorimer", "she answered")]

ARTICLES["letters_activist"] = """Campaigner Ruth Okonjo, who fought for the Mayfield estate, dies

Ruth Okonjo, who led the tenants of the Mayfield estate in their fight against its demolition, has died at 77.

In a letter to the council in 1983, she wrote that the estate was "not a problem to be cleared but a village to be mended".

The estate was saved in 1986 and refurbished in the 1990s.

Her son, Daniel Okonjo, said she had kept copies of every letter she ever sent.

A bench in her memory will be placed in the estate's garden.
"""
GOLD["letters_activist"] = [
    ("wrote", "she", 'the estate was "not a problem to be cleared but a village to be mended"'),
    ("said", "Her son, Daniel Okonjo", "she had kept copies of every letter she ever sent"),
]
NOT_REPORTS["letters_activist"] = [
    "The estate was saved in 1986 and refurbished in the 1990s.",
    "A bench in her memory will be placed in the estate's garden.",
]
SPEAKERS["letters_activist"] = [("wrote", "she", "Ruth Okonjo", "the estate")]

ARTICLES["jockey_long"] = """Jockey Billy Tremain, winner of three Gold Cups, dies at 78

Billy Tremain, who rode three winners of the Gold Cup in the 1970s, has died at 78.

Tremain grew up on a farm near Lanwick, rode his first winner at 16, broke his collarbone four times, his leg twice and his back once, and retired in 1984 to train horses at a yard he bought with his prize money, where he worked until his last winter.

He told a racing paper in 2002 that he had been "more frightened of his mother than of any fence".

The trainer Sally Quarrie said she had learned to ride by watching him.

"He sat on a horse like he was born there," she said.

He is survived by his wife, Jean, and three daughters.
"""
GOLD["jockey_long"] = [
    ("told", "He", 'he had been "more frightened of his mother than of any fence"'),
    ("said", "The trainer Sally Quarrie", "she had learned to ride by watching him"),
    ("said", "she", "He sat on a horse like he was born there"),
]
NOT_REPORTS["jockey_long"] = [
    "Tremain grew up on a farm near Lanwick, rode his first winner at 16, broke his collarbone four times, his leg twice and his back once, and retired in 1984 to train horses at a yard he bought with his prize money, where he worked until his last winter.",
    "He is survived by his wife, Jean, and three daughters.",
]
SPEAKERS["jockey_long"] = [
    ("told", "He", "Billy Tremain", "he had been"),
    ("said", "she", "Sally Quarrie", "He sat"),
]

ARTICLES["nurse_change"] = """Nurse Agnes Mbeki, who ran the Holloway hospice, dies at 84

Agnes Mbeki, who ran the Holloway hospice for 22 years, died on Sunday. She was 84.

The hospice's chairman, Robert Gale, said she had "changed how this town thinks about dying".

He said the hospice would hold a service for staff and families next month.

She once told a conference of nurses that a hospice was "a place for living, right to the end".

Mbeki came to Britain from Durban in 1964 to train as a nurse.
"""
GOLD["nurse_change"] = [
    ("said", "The hospice's chairman, Robert Gale", 'she had "changed how this town thinks about dying"'),
    ("said", "He", "the hospice would hold a service for staff and families next month"),
    ("told", "She", 'a hospice was "a place for living, right to the end"'),
]
NOT_REPORTS["nurse_change"] = [
    "Mbeki came to Britain from Durban in 1964 to train as a nurse.",
]
SPEAKERS["nurse_change"] = [
    ("said", "He", "Robert Gale", "the hospice"),
    ("told", "She", "Agnes Mbeki", "a hospice"),
]

ARTICLES["cartoonist"] = """Cartoonist Felix Dromgoole dies at 86

Felix Dromgoole, whose cartoons ran on the back page of the Evening Courier for 40 years, has died at 86.

The Courier's editor, Hannah Birch, said he had filed his last cartoon a week before he died.

She described him as the only man in the building who could make the printers laugh.

Dromgoole drew more than 11,000 cartoons and published eight collections.

He liked to say that a cartoon was "an editorial with the boring bits rubbed out".

He is survived by his partner, Sim.
"""
GOLD["cartoonist"] = [
    ("said", "The Courier's editor, Hannah Birch", "he had filed his last cartoon a week before he died"),
    ("described", "She", "him as the only man in the building who could make the printers laugh"),
    ("say", "He", 'a cartoon was "an editorial with the boring bits rubbed out"'),
]
NOT_REPORTS["cartoonist"] = [
    "Dromgoole drew more than 11,000 cartoons and published eight collections.",
    "He is survived by his partner, Sim.",
]
SPEAKERS["cartoonist"] = [
    ("described", "She", "Hannah Birch", "him as"),
    ("liked to say", "He", "Felix Dromgoole", "a cartoon"),
]

ARTICLES["footballer_memories"] = """Old team-mates remember Calder captain Stan Rudd

Stan Rudd, who captained Calder Town to the league title in 1967, has died at 85, the club said on Saturday.

His former team-mate Jimmy Foyle, now 83, said Rudd had played the last 20 minutes of the title decider with a broken toe.

"He never told the manager, and he never told us," Foyle said.

Rudd played 412 games for the club.

Team-mates remembered him as a quiet man off the pitch.

He was born in Calderbridge in 1940.
"""
GOLD["footballer_memories"] = [
    ("said", "the club", "Stan Rudd, who captained Calder Town to the league title in 1967, has died at 85"),
    ("said", "His former team-mate Jimmy Foyle, now 83", "Rudd had played the last 20 minutes of the title decider with a broken toe"),
    ("said", "Foyle", "He never told the manager, and he never told us"),
    ("remembered", "Team-mates", "him as a quiet man off the pitch"),
]
NOT_REPORTS["footballer_memories"] = [
    "Rudd played 412 games for the club.",
    "He was born in Calderbridge in 1940.",
]
SPEAKERS["footballer_memories"] = [("said", "Foyle", "Jimmy Foyle", "He never")]

ARTICLES["novelist_books"] = """Novelist Imelda Corran dies at 74

Imelda Corran, whose novels about the border counties won the Harland prize twice, has died at 74, her publisher said.

She wrote three novels and a book of short stories.

"I only ever wrote about one village, and I never ran out of people," she said in 2011.

Her editor of 30 years, Tom Aske, said she had delivered her last manuscript in February.

She was known to her readers as the quiet woman of the border.
"""
GOLD["novelist_books"] = [
    ("said", "her publisher", "Imelda Corran, whose novels about the border counties won the Harland prize twice, has died at 74"),
    ("said", "she", "I only ever wrote about one village, and I never ran out of people"),
    ("said", "Her editor of 30 years, Tom Aske", "she had delivered her last manuscript in February"),
]
NOT_REPORTS["novelist_books"] = [
    "She wrote three novels and a book of short stories.",
]
SPEAKERS["novelist_books"] = [("said", "she", "Imelda Corran", "I only ever")]

ARTICLES["brothers_recall"] = """Mountaineer Ansel Brigg, lost on Kharta, remembered by his brother

Ansel Brigg, the mountaineer who went missing on the north face of Kharta in 1979, was remembered at a service in Keswick on Saturday, 40 years after his disappearance.

His brother, Nathan Brigg, said the family had never stopped hoping that his body would be found.

Nathan recalled that Ansel had left a note on the kitchen table that read simply "Back by Easter".

Ansel Brigg had climbed in the Alps, the Andes and the Karakoram by the age of 25.

"He was the bravest person I have ever known, and the least careful," Nathan said.
"""
GOLD["brothers_recall"] = [
    ("said", "His brother, Nathan Brigg", "the family had never stopped hoping that his body would be found"),
    ("recalled", "Nathan", 'Ansel had left a note on the kitchen table that read simply "Back by Easter"'),
    ("said", "Nathan", "He was the bravest person I have ever known, and the least careful"),
]
NOT_REPORTS["brothers_recall"] = [
    "Ansel Brigg, the mountaineer who went missing on the north face of Kharta in 1979, was remembered at a service in Keswick on Saturday, 40 years after his disappearance.",
    "Ansel Brigg had climbed in the Alps, the Andes and the Karakoram by the age of 25.",
]
SPEAKERS["brothers_recall"] = [
    ("recalled", "Nathan", "Nathan Brigg", "Ansel had"),
    ("said", "Nathan", "Nathan Brigg", "He was"),
]

ARTICLES["professor_habits"] = """Professor Edith Lanner, who taught logic for half a century, dies at 95

Edith Lanner, who taught logic at Marwick University from 1956 until she was 80, died on Wednesday. She was 95.

She would tell first-year students that a proof was "a story in which nobody is allowed to lie".

Former students recalled her habit of returning essays with a single question mark in the margin.

She published two textbooks that are still in print.

The university said its logic prize would be renamed in her honour.

She is survived by a niece.
"""
GOLD["professor_habits"] = [
    ("tell", "She", 'a proof was "a story in which nobody is allowed to lie"'),
    ("recalled", "Former students", "her habit of returning essays with a single question mark in the margin"),
    ("said", "The university", "its logic prize would be renamed in her honour"),
]
NOT_REPORTS["professor_habits"] = [
    "She published two textbooks that are still in print.",
    "She is survived by a niece.",
]
SPEAKERS["professor_habits"] = [("would tell", "She", "Edith Lanner", "a proof")]

ARTICLES["groundsman"] = """Groundsman Alfie Duckett, who tended Harrow Lane for 50 years, dies

Alfie Duckett, the groundsman who looked after the cricket pitch at Harrow Lane from 1958 to 2008, has died at 89.

The club's chairman, Norman Pike, paid tribute to him, saying he had "given his whole life to twenty-two yards of grass".

He would always say: "Leave the square better than you found it."

Duckett mowed the outfield with the same hand mower for 31 years.

His neighbour, Joan Tilley, said he had still walked to the ground every morning last summer.

A minute's silence will be held before Saturday's match.
"""
GOLD["groundsman"] = [
    ("saying", "The club's chairman, Norman Pike", 'he had "given his whole life to twenty-two yards of grass"'),
    ("say", "He", "Leave the square better than you found it."),
    ("said", "His neighbour, Joan Tilley", "he had still walked to the ground every morning last summer"),
]
NOT_REPORTS["groundsman"] = [
    "Duckett mowed the outfield with the same hand mower for 31 years.",
    "A minute's silence will be held before Saturday's match.",
]
SPEAKERS["groundsman"] = [("would always say", "He", "Alfie Duckett", "Leave the square")]

ARTICLES["sister_recalls"] = """Hill farmer and fell runner Tom Askew dies at 80

Tom Askew, who farmed sheep at High Garth and won the Borrowdale fell race seven times, died on Monday. He was 80.

His sister, Ellen Askew, recalled how he had once run 20 miles over the tops to fetch a vet in a snowstorm.

He was born at High Garth in 1945 and never lived anywhere else.

He told a farming paper in 1998 that the fells were "the only church he ever needed".

Ellen said the farm would pass to his nephew.
"""
GOLD["sister_recalls"] = [
    ("recalled", "His sister, Ellen Askew", "how he had once run 20 miles over the tops to fetch a vet in a snowstorm"),
    ("told", "He", 'the fells were "the only church he ever needed"'),
    ("said", "Ellen", "the farm would pass to his nephew"),
]
NOT_REPORTS["sister_recalls"] = [
    "He was born at High Garth in 1945 and never lived anywhere else.",
]
SPEAKERS["sister_recalls"] = [
    ("told", "He", "Tom Askew", "the fells"),
    ("said", "Ellen", "Ellen Askew", "the farm"),
]

ARTICLES["diarist"] = """Wartime diarist Hanna Lusk dies at 99

Hanna Lusk, whose diary of the siege of Karsk was published in 14 languages, has died at 99.

"We have no bread and no news, and I am not sure which is worse," she wrote in her diary in January 1944.

She kept the diary in a biscuit tin under the floor of her family's flat.

She said in 2004 that she had never reread it after it was published.

The Karsk city museum, which holds the original, said it would put the diary on display next month.
"""
GOLD["diarist"] = [
    ("wrote", "she", "We have no bread and no news, and I am not sure which is worse"),
    ("said", "She", "she had never reread it after it was published"),
    ("said", "The Karsk city museum, which holds the original", "it would put the diary on display next month"),
]
NOT_REPORTS["diarist"] = [
    "She kept the diary in a biscuit tin under the floor of her family's flat.",
]
SPEAKERS["diarist"] = [
    ("wrote", "she", "Hanna Lusk", "We have"),
    ("said", "She", "Hanna Lusk", "she had never"),
]

ARTICLES["weaver_long"] = """Weaver Ingrid Sollum, who revived the Tarvik loom, dies at 87

Ingrid Sollum, the weaver who brought the Tarvik double loom back into use, has died at 87.

Sollum learned to weave from her grandmother, found the last working Tarvik loom in a barn in 1971, spent four years restoring it with a retired carpenter, taught more than 600 students in the workshop she opened in 1978, and wove until her eyesight failed in 2019.

The museum's curator, Erik Lunde, said her tapestries would be shown together for the first time next year.

"She could hear a broken thread from across the room," he said.

She wrote in 1996 that a loom was "a machine for patience".

She is survived by a son and two granddaughters.
"""
GOLD["weaver_long"] = [
    ("said", "The museum's curator, Erik Lunde", "her tapestries would be shown together for the first time next year"),
    ("said", "he", "She could hear a broken thread from across the room"),
    ("wrote", "She", 'a loom was "a machine for patience"'),
]
NOT_REPORTS["weaver_long"] = [
    "Sollum learned to weave from her grandmother, found the last working Tarvik loom in a barn in 1971, spent four years restoring it with a retired carpenter, taught more than 600 students in the workshop she opened in 1978, and wove until her eyesight failed in 2019.",
    "She is survived by a son and two granddaughters.",
]
SPEAKERS["weaver_long"] = [
    ("said", "he", "Erik Lunde", "She could"),
    ("wrote", "She", "Ingrid Sollum", "a loom"),
]
