# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-five short articles written for the seventy-first pass's check of speakers named by epithets and role
phrases in articles with three or more people, several of the same gender (helper I): epithets after a first mention
('the veteran striker', 'the mother of three', 'the former minister', 'the Oxford-educated lawyer', 'the newcomer',
'the 66-year-old', 'the Olympian', 'the widow'), role phrases that fit one of several people ('the coach' and 'the
captain', 'the prosecutor' and 'the defence', 'the landlord' and 'the nurse', 'the actor' and 'the director'), kin
('Her husband said', 'Their daughter, Mia, said', 'His son, Jack'), a pronoun after a quotation naming another
person, 'the two' and 'both men', a speaker named by the surname alone later ('Okafor said'), a title dropped ('Dr
Lyle' then 'Lyle'), a family name two relatives share ('Tom Bray and his son, Sam Bray ... Bray said'), given names
of two sisters, and a body and its head ('Kestrel Air ... its chief executive').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
Every name, place, body and sentence is made up. Read by ``test_probe_findings_71_epithets``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["veteran_striker"] = """Veteran striker Dane Holt signs for Ashgrove

Dane Holt, 34, who has scored 140 league goals, signed a one-year deal with Ashgrove Rovers on Monday.

Ashgrove's manager, Colin Reeve, said Holt would start on Saturday. The club's captain, Marcus Webb, said the squad had wanted a forward with experience.

The veteran striker said he had turned down two offers from abroad.

Reeve said the fee had not been disclosed. "We got him for a fair price," the manager said.

Webb, 29, said he had played against Holt many times. The 34-year-old said he hoped to finish his career at the club.
"""
GOLD["veteran_striker"] = [
    ("said", "Ashgrove's manager, Colin Reeve", "Holt would start on Saturday"),
    ("said", "The club's captain, Marcus Webb", "the squad had wanted a forward with experience"),
    ("said", "The veteran striker", "he had turned down two offers from abroad"),
    ("said", "Reeve", "the fee had not been disclosed"),
    ("said", "the manager", "We got him for a fair price"),
    ("said", "Webb, 29", "he had played against Holt many times"),
    ("said", "The 34-year-old", "he hoped to finish his career at the club"),
]
NOT_REPORTS["veteran_striker"] = ["Dane Holt, 34, who has scored 140 league goals, signed a one-year deal with Ashgrove Rovers on Monday."]
SPEAKERS["veteran_striker"] = [
    ("said", "The veteran striker", "Dane Holt", "he had turned"), ("said", "Reeve", "Colin Reeve", "the fee"),
    ("said", "the manager", "Colin Reeve", "We got"), ("said", "Webb, 29", "Marcus Webb", "he had played"),
    ("said", "The 34-year-old", "Dane Holt", "he hoped"),
]

ARTICLES["flood_mother"] = """Flooded street demands new barrier

Residents of Kelby Road met council officers on Thursday, a month after their street flooded for the third time in five years.

Leanne Moss, a mother of three whose kitchen was ruined, said the council had ignored warnings for a decade. Her neighbour, Janet Price, 67, said she had lost photographs of her late husband.

The council's flood officer, Helen Tait, said a new barrier would be built next year.

The mother of three said she did not believe the promise. The 67-year-old said she would move to her sister's house in Barford.

Ms Tait said the barrier would cost £2.4m.
"""
GOLD["flood_mother"] = [
    ("said", "Leanne Moss, a mother of three whose kitchen was ruined", "the council had ignored warnings for a decade"),
    ("said", "Her neighbour, Janet Price, 67", "she had lost photographs of her late husband"),
    ("said", "The council's flood officer, Helen Tait", "a new barrier would be built next year"),
    ("said", "The mother of three", "she did not believe the promise"),
    ("said", "The 67-year-old", "she would move to her sister's house in Barford"),
    ("said", "Ms Tait", "the barrier would cost £2.4m"),
]
NOT_REPORTS["flood_mother"] = ["Residents of Kelby Road met council officers on Thursday, a month after their street flooded for the third time in five years."]
SPEAKERS["flood_mother"] = [
    ("said", "Her neighbour, Janet Price, 67", "Janet Price", "she had lost"),
    ("said", "The mother of three", "Leanne Moss", "she did not"), ("said", "The 67-year-old", "Janet Price", "she would move"),
    ("said", "Ms Tait", "Helen Tait", "the barrier"),
]

ARTICLES["mayor_race"] = """Former minister joins race for mayor

Graham Ellis, a former transport minister, is one of three candidates for mayor of Stanwick.

Ellis said he would freeze bus fares for four years. His rivals, the councillor Peter Lowe and the businessman Ahmed Rashid, said the promise could not be paid for.

The former minister said the money would come from a parking levy. Lowe said the levy would drive shoppers away.

The businessman said he would cut the mayor's office budget by a fifth.

The vote is on 6 May.
"""
GOLD["mayor_race"] = [
    ("said", "Ellis", "he would freeze bus fares for four years"),
    ("said", "His rivals, the councillor Peter Lowe and the businessman Ahmed Rashid", "the promise could not be paid for"),
    ("said", "The former minister", "the money would come from a parking levy"),
    ("said", "Lowe", "the levy would drive shoppers away"),
    ("said", "The businessman", "he would cut the mayor's office budget by a fifth"),
]
NOT_REPORTS["mayor_race"] = ["Graham Ellis, a former transport minister, is one of three candidates for mayor of Stanwick.", "The vote is on 6 May."]
SPEAKERS["mayor_race"] = [
    ("said", "Ellis", "Graham Ellis", "he would freeze"), ("said", "The former minister", "Graham Ellis", "the money"),
    ("said", "Lowe", "Peter Lowe", "the levy"), ("said", "The businessman", "Ahmed Rashid", "he would cut"),
]

ARTICLES["tower_lawyer"] = """Residents hire lawyer to fight tower ruling

Residents of Harlan Tower have hired Amira Qureshi, an Oxford-educated lawyer who has fought three housing cases, to challenge a ruling that their block is safe.

The building's owner, Ruth Delaney, said the ruling was final. The residents' chairwoman, Gloria Mensah, said the cladding had failed two fire tests.

The Oxford-educated lawyer said the appeal would be lodged within 28 days. Ms Delaney said her company would defend the ruling.

"We are not going anywhere," Ms Mensah said.
"""
GOLD["tower_lawyer"] = [
    ("said", "The building's owner, Ruth Delaney", "the ruling was final"),
    ("said", "The residents' chairwoman, Gloria Mensah", "the cladding had failed two fire tests"),
    ("said", "The Oxford-educated lawyer", "the appeal would be lodged within 28 days"),
    ("said", "Ms Delaney", "her company would defend the ruling"),
    ("said", "Ms Mensah", "We are not going anywhere"),
]
NOT_REPORTS["tower_lawyer"] = ["Residents of Harlan Tower have hired Amira Qureshi, an Oxford-educated lawyer who has fought three housing cases, to challenge a ruling that their block is safe."]
SPEAKERS["tower_lawyer"] = [
    ("said", "The Oxford-educated lawyer", "Amira Qureshi", "the appeal"), ("said", "Ms Delaney", "Ruth Delaney", "her company"),
    ("said", "Ms Mensah", "Gloria Mensah", "We are"),
]

ARTICLES["quartet_newcomer"] = """Newcomer joins Thorne Quartet

The Thorne Quartet has named the violinist Lena Fischer as its new second violin, after Clara Voss left in June.

Fischer, 24, said she had grown up listening to the quartet's recordings. The newcomer said her first concert would be in Vienna in October.

The quartet's cellist, Ingrid Holm, said the players had auditioned twelve violinists. Voss said she was leaving to teach.

The cellist said the quartet would record Schubert next year.
"""
GOLD["quartet_newcomer"] = [
    ("said", "Fischer, 24", "she had grown up listening to the quartet's recordings"),
    ("said", "The newcomer", "her first concert would be in Vienna in October"),
    ("said", "The quartet's cellist, Ingrid Holm", "the players had auditioned twelve violinists"),
    ("said", "Voss", "she was leaving to teach"),
    ("said", "The cellist", "the quartet would record Schubert next year"),
]
NOT_REPORTS["quartet_newcomer"] = ["The Thorne Quartet has named the violinist Lena Fischer as its new second violin, after Clara Voss left in June."]
SPEAKERS["quartet_newcomer"] = [
    ("said", "Fischer, 24", "Lena Fischer", "she had grown"), ("said", "The newcomer", "Lena Fischer", "her first"),
    ("said", "Voss", "Clara Voss", "she was"), ("said", "The cellist", "Ingrid Holm", "the quartet"),
]

ARTICLES["dropped_captain"] = """Coach defends decision to drop captain

Rhoda Banks, the coach of the Marlow Hawks, dropped the team's captain, Tessa Ng, for Sunday's final.

Ng said she had not been given a reason. The coach said the decision was about form, not character.

The team's physio, Beth Ormond, said Ng had been fully fit. The captain said she would stay with the club.

Banks said the door was open for Ng to return.
"""
GOLD["dropped_captain"] = [
    ("said", "Ng", "she had not been given a reason"),
    ("said", "The coach", "the decision was about form, not character"),
    ("said", "The team's physio, Beth Ormond", "Ng had been fully fit"),
    ("said", "The captain", "she would stay with the club"),
    ("said", "Banks", "the door was open for Ng to return"),
]
NOT_REPORTS["dropped_captain"] = ["Rhoda Banks, the coach of the Marlow Hawks, dropped the team's captain, Tessa Ng, for Sunday's final."]
SPEAKERS["dropped_captain"] = [
    ("said", "Ng", "Tessa Ng", "she had not"), ("said", "The coach", "Rhoda Banks", "the decision"),
    ("said", "The team's physio, Beth Ormond", "Beth Ormond", "Ng had"), ("said", "The captain", "Tessa Ng", "she would"),
    ("said", "Banks", "Rhoda Banks", "the door"),
]

ARTICLES["builder_trial"] = """Builder took deposits for work never done, jury told

Kevin Slade, 51, of Harwick, denies 12 counts of fraud.

Opening the case on Tuesday, the prosecutor, Diane Collier, said Slade had spent the money on holidays. His barrister, Hugh Marsh, said his client had run out of money when his supplier collapsed.

The prosecutor said one family had paid £18,000 for a kitchen. The defence said the families would be repaid.

Judge Alan Pryor said the trial would last three weeks.
"""
GOLD["builder_trial"] = [
    ("denies", "Kevin Slade, 51, of Harwick", "12 counts of fraud"),
    ("said", "the prosecutor, Diane Collier", "Slade had spent the money on holidays"),
    ("said", "His barrister, Hugh Marsh", "his client had run out of money when his supplier collapsed"),
    ("said", "The prosecutor", "one family had paid £18,000 for a kitchen"),
    ("said", "The defence", "the families would be repaid"),
    ("said", "Judge Alan Pryor", "the trial would last three weeks"),
]
NOT_REPORTS["builder_trial"] = []
SPEAKERS["builder_trial"] = [
    ("said", "His barrister, Hugh Marsh", "Hugh Marsh", "his client"), ("said", "The prosecutor", "Diane Collier", "one family"),
    ("said", "The defence", "defence", "the families"), ("said", "Judge Alan Pryor", "Alan Pryor", "the trial"),
]

ARTICLES["bakery_award"] = """Couple's bakery wins national award

Sarah and Tom Lindley, who run the Crust bakery in Elmford, won the Golden Loaf award on Wednesday.

Mrs Lindley said the winning sourdough had taken a year to perfect. Her husband said he got up at three every morning to bake it.

The judges' chairwoman, Nadia Kerr, said the loaf was the best she had tasted in ten years.

Their daughter, Mia, said the shop had sold out by nine on Thursday. "People queued round the corner," she said.
"""
GOLD["bakery_award"] = [
    ("said", "Mrs Lindley", "the winning sourdough had taken a year to perfect"),
    ("said", "Her husband", "he got up at three every morning to bake it"),
    ("said", "The judges' chairwoman, Nadia Kerr", "the loaf was the best she had tasted in ten years"),
    ("said", "Their daughter, Mia", "the shop had sold out by nine on Thursday"),
    ("said", "she", "People queued round the corner"),
]
NOT_REPORTS["bakery_award"] = ["Sarah and Tom Lindley, who run the Crust bakery in Elmford, won the Golden Loaf award on Wednesday."]
SPEAKERS["bakery_award"] = [
    ("said", "Mrs Lindley", "Sarah Lindley", "the winning"), ("said", "Her husband", "Tom Lindley", "he got up"),
    ("said", "The judges' chairwoman, Nadia Kerr", "Nadia Kerr", "the loaf"),
    ("said", "Their daughter, Mia", "Mia Lindley", "the shop"), ("said", "she", "Mia Lindley", "People"),
]

ARTICLES["missing_walker"] = """Police search for missing walker, 72

Police are searching for Ron Tully, 72, who has not been seen since he left his home in Garth on Friday.

His daughter, Ellie, said he had set out to walk to the reservoir. His son, Jack, said his father knew the hills well.

Inspector Karen Hollis said officers had searched the reservoir path with dogs. She said a walker had seen Mr Tully near the dam at noon.

"Dad would never stay out overnight," his daughter said.
"""
GOLD["missing_walker"] = [
    ("said", "His daughter, Ellie", "he had set out to walk to the reservoir"),
    ("said", "His son, Jack", "his father knew the hills well"),
    ("said", "Inspector Karen Hollis", "officers had searched the reservoir path with dogs"),
    ("said", "She", "a walker had seen Mr Tully near the dam at noon"),
    ("said", "his daughter", "Dad would never stay out overnight"),
]
NOT_REPORTS["missing_walker"] = ["Police are searching for Ron Tully, 72, who has not been seen since he left his home in Garth on Friday."]
SPEAKERS["missing_walker"] = [
    ("said", "His daughter, Ellie", "Ellie Tully", "he had set"), ("said", "His son, Jack", "Jack Tully", "his father"),
    ("said", "Inspector Karen Hollis", "Karen Hollis", "officers"), ("said", "She", "Karen Hollis", "a walker"),
    ("said", "his daughter", "Ellie Tully", "Dad would"),
]

ARTICLES["school_closure"] = """Parents protest over school closure

Parents at Westmere Primary have protested against plans to close the school in July.

The head teacher, Alan Birch, said the school had only 41 pupils. "We cannot run a school on these numbers," he said.

The parents' spokesman, Neil Carver, said the council had not consulted them. Councillor Rob Fane, who chairs the education committee, said the decision had not yet been taken.

Carver said Mr Birch had told parents otherwise. "He told us in March it was over," he said.

Fane said the committee would meet on 3 June.
"""
GOLD["school_closure"] = [
    ("said", "The head teacher, Alan Birch", "the school had only 41 pupils"),
    ("said", "he", "We cannot run a school on these numbers"),
    ("said", "The parents' spokesman, Neil Carver", "the council had not consulted them"),
    ("said", "Councillor Rob Fane, who chairs the education committee", "the decision had not yet been taken"),
    ("said", "Carver", "Mr Birch had told parents otherwise"),
    ("said", "he", "He told us in March it was over"),
    ("said", "Fane", "the committee would meet on 3 June"),
]
NOT_REPORTS["school_closure"] = []
SPEAKERS["school_closure"] = [
    ("said", "he", "Alan Birch", "We cannot"), ("said", "Carver", "Neil Carver", "Mr Birch"),
    ("said", "he", "Neil Carver", "He told"), ("said", "Fane", "Rob Fane", "the committee"),
]

ARTICLES["capsized_pair"] = """Two fishermen rescued off Carrick Point

Two fishermen were rescued on Sunday after their boat capsized off Carrick Point.

Owen Pugh, 58, and his nephew, Rhys Pugh, 31, clung to the hull for two hours. The lifeboat's coxswain, Gareth Lloyd, said the men had been lucky.

Both men said they had been wearing life jackets. The two said they would be back at sea within a week.

Rhys Pugh said his uncle had kept him talking. The 58-year-old said the boat had been hit by a freak wave.

Lloyd said the boat would be towed to Carrick harbour.
"""
GOLD["capsized_pair"] = [
    ("said", "The lifeboat's coxswain, Gareth Lloyd", "the men had been lucky"),
    ("said", "Both men", "they had been wearing life jackets"),
    ("said", "The two", "they would be back at sea within a week"),
    ("said", "Rhys Pugh", "his uncle had kept him talking"),
    ("said", "The 58-year-old", "the boat had been hit by a freak wave"),
    ("said", "Lloyd", "the boat would be towed to Carrick harbour"),
]
NOT_REPORTS["capsized_pair"] = ["Two fishermen were rescued on Sunday after their boat capsized off Carrick Point.", "Owen Pugh, 58, and his nephew, Rhys Pugh, 31, clung to the hull for two hours."]
SPEAKERS["capsized_pair"] = [
    ("said", "Both men", "Owen Pugh and Rhys Pugh", "they had been"), ("said", "The two", "Owen Pugh and Rhys Pugh", "they would"),
    ("said", "Rhys Pugh", "Rhys Pugh", "his uncle"), ("said", "The 58-year-old", "Owen Pugh", "the boat had"),
    ("said", "Lloyd", "Gareth Lloyd", "the boat would"),
]

ARTICLES["chess_prodigy"] = """Chess club's youngest member wins county title

An eleven-year-old has won the Westshire chess championship, beating 40 adults.

Tobi Okafor, who learned the game from videos, beat the former champion, Gerald Stone, 66, in the final on Sunday. The club's secretary, Maureen Fell, said Tobi was the youngest winner since the event began in 1962.

Stone said he had been outplayed. "He saw the ending ten moves before I did," the 66-year-old said.

Okafor said he wanted to play for England. Fell said the club would pay for him to go to the national championship.
"""
GOLD["chess_prodigy"] = [
    ("said", "The club's secretary, Maureen Fell", "Tobi was the youngest winner since the event began in 1962"),
    ("said", "Stone", "he had been outplayed"),
    ("said", "the 66-year-old", "He saw the ending ten moves before I did"),
    ("said", "Okafor", "he wanted to play for England"),
    ("said", "Fell", "the club would pay for him to go to the national championship"),
]
NOT_REPORTS["chess_prodigy"] = ["An eleven-year-old has won the Westshire chess championship, beating 40 adults.", "Tobi Okafor, who learned the game from videos, beat the former champion, Gerald Stone, 66, in the final on Sunday."]
SPEAKERS["chess_prodigy"] = [
    ("said", "Stone", "Gerald Stone", "he had been"), ("said", "the 66-year-old", "Gerald Stone", "He saw"),
    ("said", "Okafor", "Tobi Okafor", "he wanted"), ("said", "Fell", "Maureen Fell", "the club"),
]

ARTICLES["stroke_trial"] = """Hospital trial of new stroke drug ends early

A trial of a stroke drug at Fenwick General Hospital has been stopped after six months.

Dr Helen Lyle, who led the trial, said the drug had worked better than expected. Professor Janet Orme, who chairs the hospital's ethics board, said it would have been wrong to give patients a placebo any longer.

Dr Lyle said 320 patients had taken part. The professor said the results would be published in the spring.

A patient, Doreen Cass, 70, said she had walked again within a week. Lyle said Mrs Cass's recovery was typical.
"""
GOLD["stroke_trial"] = [
    ("said", "Dr Helen Lyle, who led the trial", "the drug had worked better than expected"),
    ("said", "Professor Janet Orme, who chairs the hospital's ethics board", "it would have been wrong to give patients a placebo any longer"),
    ("said", "Dr Lyle", "320 patients had taken part"),
    ("said", "The professor", "the results would be published in the spring"),
    ("said", "A patient, Doreen Cass, 70", "she had walked again within a week"),
    ("said", "Lyle", "Mrs Cass's recovery was typical"),
]
NOT_REPORTS["stroke_trial"] = ["A trial of a stroke drug at Fenwick General Hospital has been stopped after six months."]
SPEAKERS["stroke_trial"] = [
    ("said", "Dr Lyle", "Helen Lyle", "320"), ("said", "The professor", "Janet Orme", "the results"),
    ("said", "Lyle", "Helen Lyle", "Mrs Cass"),
]

ARTICLES["rival_garages"] = """Father and son run rival garages on same street

Tom Bray and his son, Sam Bray, run garages fifty yards apart on Mill Street in Coldharbour.

Tom Bray, 63, said he had taught his son everything he knew. Sam Bray said he had left the family business after a row over prices.

A customer, Linda Frost, said she took her car to whichever garage was open.

The father said there was no bad blood. The son said they still ate Sunday lunch together.

Bray said the street had room for two garages.
"""
GOLD["rival_garages"] = [
    ("said", "Tom Bray, 63", "he had taught his son everything he knew"),
    ("said", "Sam Bray", "he had left the family business after a row over prices"),
    ("said", "A customer, Linda Frost", "she took her car to whichever garage was open"),
    ("said", "The father", "there was no bad blood"),
    ("said", "The son", "they still ate Sunday lunch together"),
    ("said", "Bray", "the street had room for two garages"),
]
NOT_REPORTS["rival_garages"] = ["Tom Bray and his son, Sam Bray, run garages fifty yards apart on Mill Street in Coldharbour."]
SPEAKERS["rival_garages"] = [
    ("said", "Tom Bray, 63", "Tom Bray", "he had taught"), ("said", "Sam Bray", "Sam Bray", "he had left"),
    ("said", "The father", "Tom Bray", "there was"), ("said", "The son", "Sam Bray", "they still"),
    # two people of the name: the editor sees the name as written, no guess between father and son
    ("said", "Bray", "Bray", "the street"),
]

ARTICLES["kestrel_pilots"] = """Kestrel Air cancels 200 flights

Kestrel Air has cancelled 200 flights over the next month because of a shortage of pilots.

The airline said passengers would be offered refunds. Its chief executive, Paula Nyberg, said the shortage would last until the summer.

The pilots' union leader, Dave Hurst, said the airline had cut training. Ms Nyberg said that was not true.

The chief executive said Kestrel would hire 80 pilots this year. Hurst said the union would ballot its members for strike action.
"""
GOLD["kestrel_pilots"] = [
    ("said", "The airline", "passengers would be offered refunds"),
    ("said", "Its chief executive, Paula Nyberg", "the shortage would last until the summer"),
    ("said", "The pilots' union leader, Dave Hurst", "the airline had cut training"),
    ("said", "Ms Nyberg", "that was not true"),
    ("said", "The chief executive", "Kestrel would hire 80 pilots this year"),
    ("said", "Hurst", "the union would ballot its members for strike action"),
]
NOT_REPORTS["kestrel_pilots"] = ["Kestrel Air has cancelled 200 flights over the next month because of a shortage of pilots."]
SPEAKERS["kestrel_pilots"] = [
    ("said", "The airline", "Kestrel Air", "passengers"), ("said", "Its chief executive, Paula Nyberg", "Paula Nyberg", "the shortage"),
    ("said", "Ms Nyberg", "Paula Nyberg", "that was"), ("said", "The chief executive", "Paula Nyberg", "Kestrel"),
    ("said", "Hurst", "Dave Hurst", "the union"),
]

ARTICLES["crane_inquest"] = """Foreman warned crane work should stop, inquest told

Paul Rigby, 44, was killed when the crane he was working on fell at a building site in Dunmore in March.

His foreman, Steve Hanlon, told the inquest that the wind had been rising all morning. The site manager, Keith Dobbs, said the crane had been checked a week earlier.

The foreman said he had told Mr Dobbs the work should stop. "I said it twice," he said.

Mr Dobbs said he did not remember the conversation. The coroner, Ian Wakefield, said he would record a verdict of accidental death.
"""
GOLD["crane_inquest"] = [
    ("told", "His foreman, Steve Hanlon", "the wind had been rising all morning"),
    ("said", "The site manager, Keith Dobbs", "the crane had been checked a week earlier"),
    ("said", "The foreman", "he had told Mr Dobbs the work should stop"),
    ("said", "he", "I said it twice"),
    ("said", "Mr Dobbs", "he did not remember the conversation"),
    ("said", "The coroner, Ian Wakefield", "he would record a verdict of accidental death"),
]
NOT_REPORTS["crane_inquest"] = ["Paul Rigby, 44, was killed when the crane he was working on fell at a building site in Dunmore in March."]
SPEAKERS["crane_inquest"] = [
    ("told", "His foreman, Steve Hanlon", "Steve Hanlon", "the wind"), ("said", "The foreman", "Steve Hanlon", "he had told"),
    ("said", "he", "Steve Hanlon", "I said"), ("said", "Mr Dobbs", "Keith Dobbs", "he did not"),
    ("said", "The coroner, Ian Wakefield", "Ian Wakefield", "he would"),
]

ARTICLES["sprint_coach"] = """Swimmers split over new sprint coach

British Swimming has appointed Anna Berg, a two-time Olympian from Sweden, to coach its sprint squad.

Chloe Marsh, 19, the national 50m champion, said the squad was excited. But Hayley Quinn, 27, who has been in the squad for nine years, said she had not been asked for her view.

The Olympian said she would talk to every swimmer this week. The 19-year-old said Berg's methods had worked for her at a camp last year.

Quinn said she would decide her future after the trials.
"""
GOLD["sprint_coach"] = [
    ("said", "Chloe Marsh, 19, the national 50m champion", "the squad was excited"),
    ("said", "Hayley Quinn, 27, who has been in the squad for nine years", "she had not been asked for her view"),
    ("said", "The Olympian", "she would talk to every swimmer this week"),
    ("said", "The 19-year-old", "Berg's methods had worked for her at a camp last year"),
    ("said", "Quinn", "she would decide her future after the trials"),
]
NOT_REPORTS["sprint_coach"] = ["British Swimming has appointed Anna Berg, a two-time Olympian from Sweden, to coach its sprint squad."]
SPEAKERS["sprint_coach"] = [
    ("said", "The Olympian", "Anna Berg", "she would talk"), ("said", "The 19-year-old", "Chloe Marsh", "Berg"),
    ("said", "Quinn", "Hayley Quinn", "she would decide"),
]

ARTICLES["damp_flat"] = """Tenant wins fight over damp flat

A tenant has won £6,000 from her landlord after a tribunal found her flat in Brockley was unfit to live in.

Priya Nair, a nurse, said she had complained about the damp for two years. Her landlord, Derek Cole, said he had sent builders three times.

The tribunal judge, Margaret Ainslie, said the landlord had failed in his duty. The nurse said she had moved out in March.

The landlord said he would appeal. Ms Nair said she hoped other tenants would come forward.
"""
GOLD["damp_flat"] = [
    ("said", "Priya Nair, a nurse", "she had complained about the damp for two years"),
    ("said", "Her landlord, Derek Cole", "he had sent builders three times"),
    ("said", "The tribunal judge, Margaret Ainslie", "the landlord had failed in his duty"),
    ("said", "The nurse", "she had moved out in March"),
    ("said", "The landlord", "he would appeal"),
    ("said", "Ms Nair", "she hoped other tenants would come forward"),
]
NOT_REPORTS["damp_flat"] = []
SPEAKERS["damp_flat"] = [
    ("said", "Her landlord, Derek Cole", "Derek Cole", "he had sent"),
    ("said", "The tribunal judge, Margaret Ainslie", "Margaret Ainslie", "the landlord"),
    ("said", "The nurse", "Priya Nair", "she had moved"), ("said", "The landlord", "Derek Cole", "he would"),
    ("said", "Ms Nair", "Priya Nair", "she hoped"),
]

ARTICLES["critic_row"] = """Critic's review sparks row with chef

A critic's one-star review of the Larder in Halsey has led to a public row with its owner.

The critic, Jonathan Pike, wrote that the lamb had been grey and tired. The Larder's chef and owner, Marco Bellini, said Pike had eaten there on the night the kitchen's oven broke.

The chef said he had offered the critic a second meal. The critic said he paid for his own meals and never went back.

A regular diner, Frank Osei, said the Larder was the best restaurant in the county.
"""
GOLD["critic_row"] = [
    ("wrote", "The critic, Jonathan Pike", "the lamb had been grey and tired"),
    ("said", "The Larder's chef and owner, Marco Bellini", "Pike had eaten there on the night the kitchen's oven broke"),
    ("said", "The chef", "he had offered the critic a second meal"),
    ("said", "The critic", "he paid for his own meals and never went back"),
    ("said", "A regular diner, Frank Osei", "the Larder was the best restaurant in the county"),
]
NOT_REPORTS["critic_row"] = []
SPEAKERS["critic_row"] = [
    ("said", "The chef", "Marco Bellini", "he had offered"), ("said", "The critic", "Jonathan Pike", "he paid"),
    ("said", "A regular diner, Frank Osei", "Frank Osei", "the Larder"),
]

ARTICLES["regal_sisters"] = """Sisters reopen grandfather's cinema

Two sisters have reopened the Regal cinema in Penmarth, which their grandfather ran until 1989.

Kate Ames and Lucy Ames spent two years restoring the building. The sisters said the first film would be the one their grandfather showed on the opening night in 1951.

Kate, 34, said the seats had come from a cinema in Leeds. Lucy, 31, said they had raised £90,000 from the town.

The town's mayor, Brenda Holt, said the Regal had been missed. The 31-year-old said tickets would cost £5.
"""
GOLD["regal_sisters"] = [
    ("said", "The sisters", "the first film would be the one their grandfather showed on the opening night in 1951"),
    ("said", "Kate, 34", "the seats had come from a cinema in Leeds"),
    ("said", "Lucy, 31", "they had raised £90,000 from the town"),
    ("said", "The town's mayor, Brenda Holt", "the Regal had been missed"),
    ("said", "The 31-year-old", "tickets would cost £5"),
]
NOT_REPORTS["regal_sisters"] = ["Two sisters have reopened the Regal cinema in Penmarth, which their grandfather ran until 1989.", "Kate Ames and Lucy Ames spent two years restoring the building."]
SPEAKERS["regal_sisters"] = [
    ("said", "The sisters", "Kate Ames and Lucy Ames", "the first"), ("said", "Kate, 34", "Kate Ames", "the seats"),
    ("said", "Lucy, 31", "Lucy Ames", "they had"), ("said", "The 31-year-old", "Lucy Ames", "tickets"),
]

ARTICLES["lifeboat_memorial"] = """Memorial unveiled for lost lifeboat crew

A memorial to the six men of the Brenmouth lifeboat lost in 1953 was unveiled on Saturday.

Edith Rowe, 93, whose husband was the boat's coxswain, unveiled the stone. The widow said she still thought about him every day.

The lifeboat station's present coxswain, Jim Tregear, said the crew's names were read out every year. The local MP, Alan Fenn, said the memorial had been paid for by the town.

Mrs Rowe said her husband had been 31. Tregear said the station would hold a service every January.
"""
GOLD["lifeboat_memorial"] = [
    ("said", "The widow", "she still thought about him every day"),
    ("said", "The lifeboat station's present coxswain, Jim Tregear", "the crew's names were read out every year"),
    ("said", "The local MP, Alan Fenn", "the memorial had been paid for by the town"),
    ("said", "Mrs Rowe", "her husband had been 31"),
    ("said", "Tregear", "the station would hold a service every January"),
]
NOT_REPORTS["lifeboat_memorial"] = ["A memorial to the six men of the Brenmouth lifeboat lost in 1953 was unveiled on Saturday.", "Edith Rowe, 93, whose husband was the boat's coxswain, unveiled the stone."]
SPEAKERS["lifeboat_memorial"] = [
    ("said", "The widow", "Edith Rowe", "she still"), ("said", "The local MP, Alan Fenn", "Alan Fenn", "the memorial"),
    ("said", "Mrs Rowe", "Edith Rowe", "her husband"), ("said", "Tregear", "Jim Tregear", "the station"),
]

ARTICLES["crash_landing"] = """Boy, 14, helped pilot after crash landing

A 14-year-old boy helped a pilot out of his light aircraft after it crash-landed in a field near Oakham on Sunday.

Jake Farrell was walking his dog when the plane came down. The teenager said he had heard the engine stop. The pilot, Derek Mayne, 58, said the boy had pulled him clear of the fuel.

Jake's mother, Claire Farrell, said she was proud of him. The pilot said he owed the boy his life.

An air accident investigator, Susan Lowe, said the engine would be examined.
"""
GOLD["crash_landing"] = [
    ("said", "The teenager", "he had heard the engine stop"),
    ("said", "The pilot, Derek Mayne, 58", "the boy had pulled him clear of the fuel"),
    ("said", "Jake's mother, Claire Farrell", "she was proud of him"),
    ("said", "The pilot", "he owed the boy his life"),
    ("said", "An air accident investigator, Susan Lowe", "the engine would be examined"),
]
NOT_REPORTS["crash_landing"] = ["A 14-year-old boy helped a pilot out of his light aircraft after it crash-landed in a field near Oakham on Sunday.", "Jake Farrell was walking his dog when the plane came down."]
SPEAKERS["crash_landing"] = [
    ("said", "The teenager", "Jake Farrell", "he had heard"), ("said", "Jake's mother, Claire Farrell", "Claire Farrell", "she was"),
    ("said", "The pilot", "Derek Mayne", "he owed"),
]

ARTICLES["toy_factory"] = """Toy firm Marbleworks to close factory

Marbleworks, the toy maker, will close its factory in Dunford with the loss of 140 jobs.

The company said demand had fallen by a third. Its founder, Geoffrey Sands, said the decision was the hardest of his life.

The union's regional officer, Bill Harker, said workers had been told by email. The founder said every worker would get a bonus.

Mr Harker said that was not enough. The firm said the factory would close in August.
"""
GOLD["toy_factory"] = [
    ("said", "The company", "demand had fallen by a third"),
    ("said", "Its founder, Geoffrey Sands", "the decision was the hardest of his life"),
    ("said", "The union's regional officer, Bill Harker", "workers had been told by email"),
    ("said", "The founder", "every worker would get a bonus"),
    ("said", "Mr Harker", "that was not enough"),
    ("said", "The firm", "the factory would close in August"),
]
NOT_REPORTS["toy_factory"] = ["Marbleworks, the toy maker, will close its factory in Dunford with the loss of 140 jobs."]
SPEAKERS["toy_factory"] = [
    ("said", "The company", "Marbleworks", "demand"), ("said", "Its founder, Geoffrey Sands", "Geoffrey Sands", "the decision"),
    ("said", "The founder", "Geoffrey Sands", "every worker"), ("said", "Mr Harker", "Bill Harker", "that was"),
    ("said", "The firm", "Marbleworks", "the factory"),
]

ARTICLES["actor_quits"] = """Actor quits film over script changes

The actor Luke Danvers has left the film The Long Shore a week before filming was due to start.

Danvers said the script had been rewritten without him. The film's director, Paul Haig, said the changes had been agreed months ago.

The producer, Simon Oakes, said a new lead would be cast by Friday. The actor said he wished the film well. The director said he was disappointed.
"""
GOLD["actor_quits"] = [
    ("said", "Danvers", "the script had been rewritten without him"),
    ("said", "The film's director, Paul Haig", "the changes had been agreed months ago"),
    ("said", "The producer, Simon Oakes", "a new lead would be cast by Friday"),
    ("said", "The actor", "he wished the film well"),
    ("said", "The director", "he was disappointed"),
]
NOT_REPORTS["actor_quits"] = ["The actor Luke Danvers has left the film The Long Shore a week before filming was due to start."]
SPEAKERS["actor_quits"] = [
    ("said", "Danvers", "Luke Danvers", "the script"), ("said", "The producer, Simon Oakes", "Simon Oakes", "a new lead"),
    ("said", "The actor", "Luke Danvers", "he wished"), ("said", "The director", "Paul Haig", "he was"),
]

ARTICLES["postman_bitten"] = """Couple fined after dog bites postman

A couple have been fined £2,000 after their dog bit a postman in Hinton.

The postman, Gary Blake, a father of two, said he had needed 14 stitches. Ann Shaw, the dog's owner, said the dog had never bitten anyone before. Her husband, Roy, said the gate had been left open by a visitor.

The magistrate, Peter Kemp, said the dog must be muzzled in public. The father of two said he would not deliver to the house again.

Mrs Shaw said the dog would be kept indoors.
"""
GOLD["postman_bitten"] = [
    ("said", "The postman, Gary Blake, a father of two", "he had needed 14 stitches"),
    ("said", "Ann Shaw, the dog's owner", "the dog had never bitten anyone before"),
    ("said", "Her husband, Roy", "the gate had been left open by a visitor"),
    ("said", "The magistrate, Peter Kemp", "the dog must be muzzled in public"),
    ("said", "The father of two", "he would not deliver to the house again"),
    ("said", "Mrs Shaw", "the dog would be kept indoors"),
]
NOT_REPORTS["postman_bitten"] = ["A couple have been fined £2,000 after their dog bit a postman in Hinton."]
SPEAKERS["postman_bitten"] = [
    ("said", "Her husband, Roy", "Roy Shaw", "the gate"), ("said", "The magistrate, Peter Kemp", "Peter Kemp", "the dog must"),
    ("said", "The father of two", "Gary Blake", "he would not"), ("said", "Mrs Shaw", "Ann Shaw", "the dog would"),
]
