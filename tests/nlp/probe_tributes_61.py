# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-two short pieces written for the sixty-first session's check of obituaries, tributes and anniversaries
(helper T): a death announced 'in a statement announcing her death' or 'in a post announcing the news', 'his family
said he died peacefully', tributes ('calling her X', 'described him as', 'remembered him as', 'colleagues remember',
'a friend recalled', 'expressed their gratitude'), the dead person's own past words ('she once told', 'he told an
interviewer in 1987 that', 'as she liked to say', 'she often said'), last words, books of condolence, the dead
person as 'he' or 'she' across paragraphs while mourners of the other or the same gender speak, and anniversary
pieces ('Ten years on, survivors say'); between them life narration, careers, titles of books, albums and films,
nicknames, 'survived by' and funeral arrangements, which report nothing.

The gold is written by hand as PolNeAR marks it (counted on train: 'described X as Y' 11 of 11 with 'X as Y' the
content, 'calling X Y' with 'X Y', 'remembered X as Y' and 'expressed' with a noun phrase are cues; 'offer
condolences' is not marked and 'paid tribute to' only about half the time, so both are left unjudged here, as are
an epitaph's 'reads:' and 'ordered flags lowered'): per piece, (a word of the cue, the source, the first content) for
each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Every name, place, figure and sentence is made up. Read by
``test_probe_findings_61_tributes``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["poet"] = """Marguerite Lindqvist, poet of the northern coast, dies at 88

Marguerite Lindqvist, whose spare poems about fishing towns won her the national poetry prize twice, has died at the age of 88.

Her publisher, Harrow & Finch, said in a statement announcing her death that she had died peacefully on Tuesday at her home in Skerrick.

She was born in 1937, the youngest of six children of a lighthouse keeper.

Her first collection, "Salt Ledger", appeared in 1961.

"I write about the sea because it never answers back," she once told a student magazine.

The poet laureate, Owen Prys, called her "the quietest great voice of her generation".

She is survived by her partner, Ilse, and a nephew.
"""
GOLD["poet"] = [
    ("said", "Her publisher, Harrow & Finch", "she had died peacefully on Tuesday at her home in Skerrick"),
    ("told", "she", "I write about the sea because it never answers back"),
    ("called", "The poet laureate, Owen Prys", 'her "the quietest great voice of her generation"'),
]
NOT_REPORTS["poet"] = [
    "She was born in 1937, the youngest of six children of a lighthouse keeper.",
    'Her first collection, "Salt Ledger", appeared in 1961.',
    "She is survived by her partner, Ilse, and a nephew.",
]
SPEAKERS["poet"] = [("told", "she", "Marguerite Lindqvist", "I write")]

ARTICLES["coach"] = """Dennis Harrowgate, coach who took Millbrook to three titles, dies at 74

Dennis Harrowgate, the high school football coach who led Millbrook to three state titles, died on Saturday. He was 74.

His family said he died peacefully in hospital after a short illness.

Harrowgate coached at Millbrook from 1978 until 2009, winning 241 games.

"He could be hard on you, but he never once gave up on a kid," said Marcus Bell, who played quarterback for him in the 1990s.

As he liked to say, the scoreboard only tells you who was luckier.

A funeral will be held on Friday at St. Anne's Church in Millbrook.

The school said its flags would fly at half-mast for a week.
"""
GOLD["coach"] = [
    ("said", "His family", "he died peacefully in hospital after a short illness"),
    ("said", "Marcus Bell, who played quarterback for him in the 1990s", "He could be hard on you, but he never once gave up on a kid"),
    ("say", "he", "the scoreboard only tells you who was luckier"),
    ("said", "The school", "its flags would fly at half-mast for a week"),
]
NOT_REPORTS["coach"] = [
    "He was 74.",
    "Harrowgate coached at Millbrook from 1978 until 2009, winning 241 games.",
    "A funeral will be held on Friday at St. Anne's Church in Millbrook.",
]
SPEAKERS["coach"] = [("liked to say", "he", "Dennis Harrowgate", "the scoreboard")]

ARTICLES["singer"] = """Tributes pour in for jazz singer Della Marsh

Musicians and fans have paid tribute to the jazz singer Della Marsh, who died on Monday at 81.

In a post announcing the news on Instagram, her son, Calvin Marsh, wrote that she had "sung her last song surrounded by family".

The saxophonist Ray Ellery paid tribute to her, calling her "a voice that could stop a room".

Marsh recorded more than 30 albums, among them "Blue Hour at the Vine" and "Late Trains".

Friends knew her as "Dee".

"She taught me that you sing the silence too," the singer Nadia Voss wrote on X.

She won two Grammy awards, in 1979 and 1986.
"""
GOLD["singer"] = [
    ("wrote", "her son, Calvin Marsh", 'she had "sung her last song surrounded by family"'),
    ("calling", "The saxophonist Ray Ellery", 'her "a voice that could stop a room"'),
    ("wrote", "the singer Nadia Voss", "She taught me that you sing the silence too"),
]
NOT_REPORTS["singer"] = [
    'Marsh recorded more than 30 albums, among them "Blue Hour at the Vine" and "Late Trains".',
    'Friends knew her as "Dee".',
    "She won two Grammy awards, in 1979 and 1986.",
]

ARTICLES["physicist"] = """Physicist Aurelio Benedetti, who mapped cosmic dust, dies at 90

Aurelio Benedetti, an astrophysicist whose surveys of interstellar dust reshaped the study of star formation, died on Thursday in Padua. He was 90.

The University of Padua, where he taught for four decades, said he had died after a fall at home.

Born in Trieste in 1935, he studied engineering before turning to astronomy.

"Aurelio looked at the dark places everyone else ignored," said Helga Rasmussen, a former student who now directs the observatory at Kiruna.

She recalled that he kept a chalkboard in his kitchen so that no idea would be lost over dinner.

In a 1994 interview with a Milan newspaper, he said that dust was "the ash of dead stars and the flour of new ones".

He wrote four textbooks and more than 300 papers.

He is survived by his wife, Carla, two daughters and five grandchildren.
"""
GOLD["physicist"] = [
    ("said", "The University of Padua, where he taught for four decades", "he had died after a fall at home"),
    ("said", "Helga Rasmussen, a former student who now directs the observatory at Kiruna", "Aurelio looked at the dark places everyone else ignored"),
    ("recalled", "She", "he kept a chalkboard in his kitchen so that no idea would be lost over dinner"),
    ("said", "he", 'dust was "the ash of dead stars and the flour of new ones"'),
]
NOT_REPORTS["physicist"] = [
    "Born in Trieste in 1935, he studied engineering before turning to astronomy.",
    "He wrote four textbooks and more than 300 papers.",
    "He is survived by his wife, Carla, two daughters and five grandchildren.",
]
SPEAKERS["physicist"] = [
    ("recalled", "She", "Helga Rasmussen", "he kept"),
    ("said", "he", "Aurelio Benedetti", "dust was"),
]

ARTICLES["flood"] = """Ten years after the Ashbourne flood, the scars remain

Ten years on, survivors of the Ashbourne flood say the town has rebuilt its houses but not its nerves.

The flood of March 2016 killed four people and damaged more than 900 homes.

"Every time it rains hard, I still move the car to the hill," said Joan Whitlow, 67, whose bungalow on Mill Lane was filled to the ceiling.

A memorial bench bearing the names of the four victims was unveiled on the riverbank in 2017.

The Environment Agency said a new flood wall, finished last year, would protect the town from a flood twice the size.

Local councillor Brian Oduya said many families still could not get insurance.

A service of remembrance will be held at St. Peter's on Sunday.
"""
GOLD["flood"] = [
    ("say", "survivors of the Ashbourne flood", "the town has rebuilt its houses but not its nerves"),
    ("said", "Joan Whitlow, 67, whose bungalow on Mill Lane was filled to the ceiling", "Every time it rains hard, I still move the car to the hill"),
    ("said", "The Environment Agency", "a new flood wall, finished last year, would protect the town from a flood twice the size"),
    ("said", "Local councillor Brian Oduya", "many families still could not get insurance"),
]
NOT_REPORTS["flood"] = [
    "The flood of March 2016 killed four people and damaged more than 900 homes.",
    "A memorial bench bearing the names of the four victims was unveiled on the riverbank in 2017.",
    "A service of remembrance will be held at St. Peter's on Sunday.",
]

ARTICLES["mayor"] = """Books of condolence opened for former mayor Harriet Quayle

Books of condolence have been opened at the town hall and the central library following the death of former mayor Harriet Quayle.

Quayle, who served three terms as mayor between 1995 and 2007, died on Wednesday aged 79.

The current mayor, Peter Lindgren, described her as "a formidable woman who never forgot where she came from".

The council said the books would remain open until the day of the funeral.

Quayle was the first woman to lead the council.

Her former deputy, Sam Achterberg, recalled that she once chaired a budget meeting with a broken wrist.

Flags at the town hall are flying at half-mast.
"""
GOLD["mayor"] = [
    ("described", "The current mayor, Peter Lindgren", 'her as "a formidable woman who never forgot where she came from"'),
    ("said", "The council", "the books would remain open until the day of the funeral"),
    ("recalled", "Her former deputy, Sam Achterberg", "she once chaired a budget meeting with a broken wrist"),
]
NOT_REPORTS["mayor"] = [
    "Books of condolence have been opened at the town hall and the central library following the death of former mayor Harriet Quayle.",
    "Quayle, who served three terms as mayor between 1995 and 2007, died on Wednesday aged 79.",
    "Quayle was the first woman to lead the council.",
    "Flags at the town hall are flying at half-mast.",
]

ARTICLES["president"] = """Leaders mourn former president Tomasz Wierzba

Tomasz Wierzba, who led the country through its first free elections, has died at 92, his office announced on Sunday.

The prime minister expressed deep sadness at the news and declared three days of national mourning.

"He gave us the right to argue with each other, and that is the greatest gift," the prime minister said in a televised address.

The German chancellor and the French president offered their condolences to his family.

Wierzba spent six years in prison in the 1980s for organising strikes at the port of Halina.

He once said that freedom was "a muscle, not a monument".

His funeral will take place at the cathedral on Thursday.
"""
GOLD["president"] = [
    ("announced", "his office", "Tomasz Wierzba, who led the country through its first free elections, has died at 92"),
    ("expressed", "The prime minister", "deep sadness at the news"),
    ("said", "the prime minister", "He gave us the right to argue with each other, and that is the greatest gift"),
    ("said", "He", 'freedom was "a muscle, not a monument"'),
]
NOT_REPORTS["president"] = [
    "Wierzba spent six years in prison in the 1980s for organising strikes at the port of Halina.",
    "His funeral will take place at the cathedral on Thursday.",
]
SPEAKERS["president"] = [("said", "He", "Tomasz Wierzba", "freedom was")]

ARTICLES["keeper"] = """Lighthouse keeper's last words carved on his headstone

Elias Penhallow died last spring at the age of 97.

His granddaughter, Rosa Penhallow, said his last words to her were "Keep the lamp lit."

Those words are now carved on his headstone in the churchyard at Porthkennack.

Penhallow kept the Gull Rock light for 31 years until it was automated in 1988.

"He talked to the lamp more than he talked to us," she said, laughing.

He told a local historian in 2005 that the worst storm he ever saw was in January 1962.

The parish council said it would name a footpath after him.
"""
GOLD["keeper"] = [
    ("said", "His granddaughter, Rosa Penhallow", 'his last words to her were "Keep the lamp lit."'),
    ("said", "she", "He talked to the lamp more than he talked to us"),
    ("told", "He", "the worst storm he ever saw was in January 1962"),
    ("said", "The parish council", "it would name a footpath after him"),
]
NOT_REPORTS["keeper"] = [
    "Elias Penhallow died last spring at the age of 97.",
    "Those words are now carved on his headstone in the churchyard at Porthkennack.",
    "Penhallow kept the Gull Rock light for 31 years until it was automated in 1988.",
]
SPEAKERS["keeper"] = [
    ("said", "she", "Rosa Penhallow", "He talked"),
    ("told", "He", "Elias Penhallow", "the worst"),
]

ARTICLES["actor"] = """Stage and screen actor Felix Armitage dies at 83

Felix Armitage, the actor best known for playing the gruff sergeant in the television series "Night Watch", has died at 83.

His agent said he had died on Friday in London after a long illness.

His films included "The Long Quay" (1968), "A Season of Ash" (1974) and "Brick Lane Blues" (1989).

Co-stars remembered him as generous with younger actors and merciless with bad scripts.

"Felix taught me to listen on stage, which is harder than talking," the actress Imogen Rourke said in a statement.

In a 1987 interview he told the BBC that he had "never once played a hero and never wanted to".

He was made a CBE in 2002.
"""
GOLD["actor"] = [
    ("said", "His agent", "he had died on Friday in London after a long illness"),
    ("remembered", "Co-stars", "him as generous with younger actors and merciless with bad scripts"),
    ("said", "the actress Imogen Rourke", "Felix taught me to listen on stage, which is harder than talking"),
    ("told", "he", 'he had "never once played a hero and never wanted to"'),
]
NOT_REPORTS["actor"] = [
    'Felix Armitage, the actor best known for playing the gruff sergeant in the television series "Night Watch", has died at 83.',
    'His films included "The Long Quay" (1968), "A Season of Ash" (1974) and "Brick Lane Blues" (1989).',
    "He was made a CBE in 2002.",
]
SPEAKERS["actor"] = [("told", "he", "Felix Armitage", "he had")]

ARTICLES["baker"] = """Bakery owner Rosa Delgado remembered as heart of Main Street

Rosa Delgado, who ran the Sunrise Bakery on Main Street for 46 years, died last week at 85.

Neighbours remember her as the woman who never let a child leave without a cookie.

She opened the bakery in 1971 with her late husband, Ernesto.

"She would open at five every morning, rain or snow," a longtime friend, Beatrice Monroe, recalled.

The bakery will be closed until Monday, her grandson Luis Delgado said.

He said the family planned to keep it open.

Visitation will be held Thursday from 4 to 7 p.m. at Carver Funeral Home.
"""
GOLD["baker"] = [
    ("remember", "Neighbours", "her as the woman who never let a child leave without a cookie"),
    ("recalled", "a longtime friend, Beatrice Monroe", "She would open at five every morning, rain or snow"),
    ("said", "her grandson Luis Delgado", "The bakery will be closed until Monday"),
    ("said", "He", "the family planned to keep it open"),
]
NOT_REPORTS["baker"] = [
    "Rosa Delgado, who ran the Sunrise Bakery on Main Street for 46 years, died last week at 85.",
    "She opened the bakery in 1971 with her late husband, Ernesto.",
    "Visitation will be held Thursday from 4 to 7 p.m. at Carver Funeral Home.",
]
SPEAKERS["baker"] = [("said", "He", "Luis Delgado", "the family")]

ARTICLES["colliery"] = """Twenty years after Coldwater pit collapse, families still want answers

Twenty years after the roof of the Coldwater colliery collapsed and killed eleven miners, their families say they are still waiting for the full truth.

The mine closed for good in 2008.

"My dad went down at six in the morning and never came back up," said Gareth Pryce, who was nine at the time.

A memorial of eleven steel lamps stands at the entrance to the old pithead.

The owners' successor company said in a statement that it "continues to regret the terrible events of that day".

Survivors and relatives will gather at the memorial at noon on Saturday.
"""
GOLD["colliery"] = [
    ("say", "their families", "they are still waiting for the full truth"),
    ("said", "Gareth Pryce, who was nine at the time", "My dad went down at six in the morning and never came back up"),
    ("said", "The owners' successor company", 'it "continues to regret the terrible events of that day"'),
]
NOT_REPORTS["colliery"] = [
    "The mine closed for good in 2008.",
    "A memorial of eleven steel lamps stands at the entrance to the old pithead.",
    "Survivors and relatives will gather at the memorial at noon on Saturday.",
]

ARTICLES["runner"] = """Marathon great Joseph Kiptanui dies in car crash

Joseph Kiptanui, the two-time Olympic marathon medallist known to fans as "the Quiet Engine", died on Sunday in a road accident near Eldoret. He was 39.

Police said his car had collided with a lorry on the Eldoret-Iten road.

The athletics federation described him as "a champion who never forgot the children running barefoot behind him".

He won silver in 2012 and bronze in 2016.

His coach, Peter Langat, said he had been training for the Berlin marathon.

"Running is the only time my head is quiet," Kiptanui told reporters after his Olympic race in 2016.

He leaves a wife and three children.
"""
GOLD["runner"] = [
    ("said", "Police", "his car had collided with a lorry on the Eldoret-Iten road"),
    ("described", "The athletics federation", 'him as "a champion who never forgot the children running barefoot behind him"'),
    ("said", "His coach, Peter Langat", "he had been training for the Berlin marathon"),
    ("told", "Kiptanui", "Running is the only time my head is quiet"),
]
NOT_REPORTS["runner"] = [
    'Joseph Kiptanui, the two-time Olympic marathon medallist known to fans as "the Quiet Engine", died on Sunday in a road accident near Eldoret.',
    "He won silver in 2012 and bronze in 2016.",
    "He leaves a wife and three children.",
]

ARTICLES["architect"] = """Architect Ines Varga, who built in glass and timber, dies at 77

Ines Varga, an architect whose libraries and schools brought daylight into public buildings, died on Monday in Budapest.

Her studio said she had died of heart failure.

She founded the studio in 1982 with two classmates.

"Ines believed a child should be able to see the sky from every classroom," said Andras Kiss, a partner at the studio.

He said she drew every building by hand until the end.

She often said that concrete was "a material for people who are afraid of weather".

In her last interview, given in March, she said she regretted nothing except a car park.

Her best-known building, the Riverside Library in Szeged, opened in 1996.
"""
GOLD["architect"] = [
    ("said", "Her studio", "she had died of heart failure"),
    ("said", "Andras Kiss, a partner at the studio", "Ines believed a child should be able to see the sky from every classroom"),
    ("said", "He", "she drew every building by hand until the end"),
    ("said", "She", 'concrete was "a material for people who are afraid of weather"'),
    ("said", "she", "she regretted nothing except a car park"),
]
NOT_REPORTS["architect"] = [
    "Ines Varga, an architect whose libraries and schools brought daylight into public buildings, died on Monday in Budapest.",
    "She founded the studio in 1982 with two classmates.",
    "Her best-known building, the Riverside Library in Szeged, opened in 1996.",
]
SPEAKERS["architect"] = [
    ("said", "He", "Andras Kiss", "she drew"),
    ("said", "She", "Ines Varga", "concrete was"),
    ("said", "she", "Ines Varga", "she regretted"),
]

ARTICLES["broadcaster"] = """Farming presenter Gwen Marlow dies aged 68

The broadcaster Gwen Marlow, who presented the morning farming programme for 25 years, has died aged 68.

Her family said in a statement that she had died "peacefully, with the radio on".

The station's director, Keith Amadi, said listeners had lost "a friend at the breakfast table".

Marlow grew up on a sheep farm in Powys and joined the station as a secretary in 1979.

Farmers' unions expressed their gratitude for her work.

She is survived by her husband, Tom, and a daughter.
"""
GOLD["broadcaster"] = [
    ("said", "Her family", 'she had died "peacefully, with the radio on"'),
    ("said", "The station's director, Keith Amadi", 'listeners had lost "a friend at the breakfast table"'),
    ("expressed", "Farmers' unions", "their gratitude for her work"),
]
NOT_REPORTS["broadcaster"] = [
    "The broadcaster Gwen Marlow, who presented the morning farming programme for 25 years, has died aged 68.",
    "Marlow grew up on a sheep farm in Powys and joined the station as a secretary in 1979.",
    "She is survived by her husband, Tom, and a daughter.",
]

ARTICLES["organiser"] = """Civil rights organiser Walter Greaves dies at 94

Walter Greaves, who organised voter registration drives across rural Georgia in the 1960s, died on Tuesday at his home in Cordele. He was 94.

His daughter, Evelyn Greaves-Hunt, said he had been in failing health since a fall in January.

He told an interviewer in 1987 that he had been arrested 14 times "and remembered every jail by its food".

Greaves was born in 1931, the son of a sharecropper.

He later served two terms on the county commission.

"He never raised his voice, and nobody ever forgot what he said," said Congresswoman Loretta Banks.

Services are planned for Saturday at Mount Zion Baptist Church.
"""
GOLD["organiser"] = [
    ("said", "His daughter, Evelyn Greaves-Hunt", "he had been in failing health since a fall in January"),
    ("told", "He", 'he had been arrested 14 times "and remembered every jail by its food"'),
    ("said", "Congresswoman Loretta Banks", "He never raised his voice, and nobody ever forgot what he said"),
]
NOT_REPORTS["organiser"] = [
    "Greaves was born in 1931, the son of a sharecropper.",
    "He later served two terms on the county commission.",
    "Services are planned for Saturday at Mount Zion Baptist Church.",
]
SPEAKERS["organiser"] = [("told", "He", "Walter Greaves", "he had been")]

ARTICLES["drummer"] = """Drummer Kit Fairbairn of The Lanterns dies at 58

Kit Fairbairn, the drummer of the Scottish rock band The Lanterns, has died at 58, the band said in a post announcing the news on Sunday.

"We have lost our brother and our heartbeat," the post said.

The band's 1994 album "Harbour Lights" sold more than two million copies.

Fairbairn had been treated for cancer since 2021, his manager, Lorna Petrie, told the Herald.

Fans left drumsticks and flowers outside the band's old rehearsal room in Leith.

The singer Ewan Tosh wrote on Facebook that Kit "kept time for all of us, on stage and off".
"""
GOLD["drummer"] = [
    ("said", "the band", "Kit Fairbairn, the drummer of the Scottish rock band The Lanterns, has died at 58"),
    ("said", "the post", "We have lost our brother and our heartbeat"),
    ("told", "his manager, Lorna Petrie", "Fairbairn had been treated for cancer since 2021"),
    ("wrote", "The singer Ewan Tosh", 'Kit "kept time for all of us, on stage and off"'),
]
NOT_REPORTS["drummer"] = [
    'The band\'s 1994 album "Harbour Lights" sold more than two million copies.',
    "Fans left drumsticks and flowers outside the band's old rehearsal room in Leith.",
]

ARTICLES["quake"] = """Thirty years on, Vallonia remembers the quake

Thirty years after an earthquake flattened the old quarter of Vallonia, residents gathered on Tuesday to read the names of the 212 dead.

The earthquake struck at 3:42 a.m. on a Sunday in October 1996.

"I was eleven, and I remember the silence after the noise," said Marta Iliescu, who lost her parents and a brother.

Engineers say most of the buildings put up since then would survive a quake of the same strength.

The mayor, Dragos Pop, said the city would finish strengthening its schools by 2028.

A bell was rung once for every victim.
"""
GOLD["quake"] = [
    ("said", "Marta Iliescu, who lost her parents and a brother", "I was eleven, and I remember the silence after the noise"),
    ("say", "Engineers", "most of the buildings put up since then would survive a quake of the same strength"),
    ("said", "The mayor, Dragos Pop", "the city would finish strengthening its schools by 2028"),
]
NOT_REPORTS["quake"] = [
    "Thirty years after an earthquake flattened the old quarter of Vallonia, residents gathered on Tuesday to read the names of the 212 dead.",
    "The earthquake struck at 3:42 a.m. on a Sunday in October 1996.",
    "A bell was rung once for every victim.",
]

ARTICLES["judge"] = """Judge Miriam Holloway, first woman on state's top court, dies

Miriam Holloway, the first woman to sit on the state Supreme Court, died on Friday at 86, the court said.

Chief Justice Raymond Tull said she had "opened a door that nobody has been able to close since".

Holloway graduated first in her law school class in 1962 but was offered only secretarial jobs.

She liked to say that the law was "a conversation, not a command".

She wrote more than 400 majority opinions.

Her portrait will hang in the court's main hall.
"""
GOLD["judge"] = [
    ("said", "the court", "Miriam Holloway, the first woman to sit on the state Supreme Court, died on Friday at 86"),
    ("said", "Chief Justice Raymond Tull", 'she had "opened a door that nobody has been able to close since"'),
    ("say", "She", 'the law was "a conversation, not a command"'),
]
NOT_REPORTS["judge"] = [
    "Holloway graduated first in her law school class in 1962 but was offered only secretarial jobs.",
    "She wrote more than 400 majority opinions.",
    "Her portrait will hang in the court's main hall.",
]
SPEAKERS["judge"] = [("liked to say", "She", "Miriam Holloway", "the law")]

ARTICLES["chef"] = """Chef Lucia Ferrante, who fed a neighbourhood, dies at 70

Lucia Ferrante, whose trattoria on Bridge Street became a second kitchen for half the neighbourhood, died on Wednesday. She was 70.

Her son Marco said she died at home, "with the sauce still on the stove".

"She fed us when we had no money, and she never wrote it down," said Pat Quinlan, a regular for thirty years.

As she liked to say, good food needs only time and stubbornness.

The trattoria will reopen next month under her daughter, Gina.

Ferrante came to the city from Calabria in 1974.
"""
GOLD["chef"] = [
    ("said", "Her son Marco", 'she died at home, "with the sauce still on the stove"'),
    ("said", "Pat Quinlan, a regular for thirty years", "She fed us when we had no money, and she never wrote it down"),
    ("say", "she", "good food needs only time and stubbornness"),
]
NOT_REPORTS["chef"] = [
    "She was 70.",
    "The trattoria will reopen next month under her daughter, Gina.",
    "Ferrante came to the city from Calabria in 1974.",
]
SPEAKERS["chef"] = [("liked to say", "she", "Lucia Ferrante", "good food")]

ARTICLES["reporter"] = """Colleagues remember courts reporter Sam Oyelaran

More than 300 people attended a memorial service on Saturday for Sam Oyelaran, the Tribune's courts reporter, who died last month at 52.

Colleagues remember him as a reporter who read every page of every filing.

"Sam never wrote a sentence he could not defend in court," the paper's editor, Dana Whitcombe, said in her eulogy.

She said he had turned down promotions three times to stay on the courts beat.

Oyelaran joined the paper in 1998 from a radio station in Ibadan.

The Tribune has set up a scholarship in his name.
"""
GOLD["reporter"] = [
    ("remember", "Colleagues", "him as a reporter who read every page of every filing"),
    ("said", "the paper's editor, Dana Whitcombe", "Sam never wrote a sentence he could not defend in court"),
    ("said", "She", "he had turned down promotions three times to stay on the courts beat"),
]
NOT_REPORTS["reporter"] = [
    "More than 300 people attended a memorial service on Saturday for Sam Oyelaran, the Tribune's courts reporter, who died last month at 52.",
    "Oyelaran joined the paper in 1998 from a radio station in Ibadan.",
    "The Tribune has set up a scholarship in his name.",
]
SPEAKERS["reporter"] = [("said", "She", "Dana Whitcombe", "he had")]

ARTICLES["governor"] = """Ex-governor Alden Fisk dies; rivals and allies pay tribute

Alden Fisk, who served two terms as governor in the 1990s, died on Monday at 88.

Governor Nora Castellanos ordered flags lowered and called him "a builder of bridges, some of them real".

Fisk's old opponent, former senator Hank Rudd, said in a post on X that they had "disagreed about everything except the state".

Fisk was the last governor to serve without a college degree.

He once told a reporter that politics was "plumbing with speeches".

He is survived by his wife of 60 years, June.
"""
GOLD["governor"] = [
    ("called", "Governor Nora Castellanos", 'him "a builder of bridges, some of them real"'),
    ("said", "Fisk's old opponent, former senator Hank Rudd", 'they had "disagreed about everything except the state"'),
    ("told", "He", 'politics was "plumbing with speeches"'),
]
NOT_REPORTS["governor"] = [
    "Alden Fisk, who served two terms as governor in the 1990s, died on Monday at 88.",
    "Fisk was the last governor to serve without a college degree.",
    "He is survived by his wife of 60 years, June.",
]
SPEAKERS["governor"] = [("told", "He", "Alden Fisk", "politics was")]

ARTICLES["anniversary"] = """Five years after her death, fans still gather for Lena Sorell

Five years after the singer Lena Sorell died in a plane crash, hundreds of fans gathered on Sunday at the field where it came down.

Her brother, Nils Sorell, said the family was "still astonished" by how many people came each year.

Sorell's second album, "Paper Moons", has sold four million copies.

"She wrote the song that got me through my divorce," said Henrike Maas, who drove six hours from Hamburg.

Investigators concluded in 2022 that ice on the wings had caused the crash.

A mural of the singer was painted on the side of the village hall last year.
"""
GOLD["anniversary"] = [
    ("said", "Her brother, Nils Sorell", 'the family was "still astonished" by how many people came each year'),
    ("said", "Henrike Maas, who drove six hours from Hamburg", "She wrote the song that got me through my divorce"),
    ("concluded", "Investigators", "ice on the wings had caused the crash"),
]
NOT_REPORTS["anniversary"] = [
    "Five years after the singer Lena Sorell died in a plane crash, hundreds of fans gathered on Sunday at the field where it came down.",
    'Sorell\'s second album, "Paper Moons", has sold four million copies.',
    "A mural of the singer was painted on the side of the village hall last year.",
]
