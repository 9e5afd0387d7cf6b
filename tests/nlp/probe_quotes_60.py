# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty short articles written for the sixtieth session's check of quotation structure (helper D): a
quotation running over two or three paragraphs (each middle paragraph opens a mark and leaves it open, as English
newspapers do) with the attribution in the first paragraph only or in the last only; a quotation split by its
cue mid-sentence ('"X," she said, "Y."') and at a sentence's end ('"X." she said. "Y."'); a quotation whose source
the next sentence names ('"X." That was the verdict of Y.'); nested quotations (single inside double, double inside
single in British style); guillemets (« », » «, › ‹), German '„ “', CJK corner brackets, straight marks, primes typed
as marks, a closing mark forgotten, a stray mark, an apostrophe-heavy text ('the '90s', 'rock 'n' roll', "the
growers' union"), a mixed quotation kept whole ('said the plan was "a gift" and would fail'), a block quotation set
off as its own paragraph after a line closing on a colon; and scare quotes, titles and nicknames in quotation marks
that report nothing; five more written after the first mends to probe them in other words, and one found while
reading those (a closing mark forgotten before the cue, the next paragraph opening another quotation).

The gold is written by hand as PolNeAR marks it (NOTES.md; a quotation split around its cue is one attribution,
a quotation going on over paragraphs belongs to the report that names its speaker): per article, (a word of the
cue, the source, the first content span) for each report in ``GOLD``; (cue, source, a later span of the same
content) in ``LATER`` for the split and the running quotations; the lines that report nothing in ``NOT_REPORTS``;
(cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, figure and sentence is made
up. Read by ``test_probe_findings_60_quotes``."""

ARTICLES = {}
GOLD = {}
LATER = {}
NOT_REPORTS = {}
SPEAKERS = {}

# ---------------------------------------------------------------- quotations over paragraphs

ARTICLES["ferry_runs_on"] = """Island ferry laid up for the winter

"The Maren will not sail again before spring," said Ines Varga, the harbour master at Skelby. "Her hull needs new plates.

"We found rust below the waterline in two places.

"The yard cannot take her until January, and the work will take ten weeks."

Islanders will rely on the smaller "Tern" launch, which carries twelve passengers.
"""
GOLD["ferry_runs_on"] = [
    ("said", "Ines Varga, the harbour master at Skelby", "The Maren will not sail again before spring"),
]
LATER["ferry_runs_on"] = [
    ("said", "Ines Varga, the harbour master at Skelby", "We found rust below the waterline in two places."),
    ("said", "Ines Varga, the harbour master at Skelby", "The yard cannot take her until January, and the work will take ten weeks."),
]
NOT_REPORTS["ferry_runs_on"] = ["Islanders will rely on the smaller \"Tern\" launch, which carries twelve passengers."]

ARTICLES["hives_last"] = """Valley beekeepers count their losses

The growers' union and the beekeepers' society met in Hallam on Sunday to compare the spring's figures.

"Every hive in the upper valley lost half its bees.

"The mites came early this year and the frost stayed late.

"Some of our members have given up altogether," said the society's chair, Tomas Brandt.

The society's newsletter, "The Smoker", will print the full figures in June.
"""
GOLD["hives_last"] = [
    ("said", "the society's chair, Tomas Brandt", "Every hive in the upper valley lost half its bees."),
]
LATER["hives_last"] = [
    ("said", "the society's chair, Tomas Brandt", "Some of our members have given up altogether"),
]
NOT_REPORTS["hives_last"] = [
    "The growers' union and the beekeepers' society met in Hallam on Sunday to compare the spring's figures.",
    "The society's newsletter, \"The Smoker\", will print the full figures in June.",
]

ARTICLES["orchard_two"] = """Cider makers fear a short harvest

Marta Ilves runs the Kalda orchard with her two sons.

"We picked forty tonnes last autumn," she said. "This year we will be lucky to see half that.

"The blossom came in a warm week and then the hail took it."

The orchard sells most of its fruit to a press in Parnu.
"""
GOLD["orchard_two"] = [
    ("said", "she", "We picked forty tonnes last autumn"),
]
LATER["orchard_two"] = [
    ("said", "she", "The blossom came in a warm week and then the hail took it."),
]
NOT_REPORTS["orchard_two"] = ["Marta Ilves runs the Kalda orchard with her two sons.", "The orchard sells most of its fruit to a press in Parnu."]
SPEAKERS["orchard_two"] = [("said", "she", "Marta Ilves", "We picked")]

ARTICLES["choir_single_run"] = """Cathedral choir to tour Norway

The cathedral's director of music, Owen Prys, said the choir had been invited to sing in Bergen and Trondheim.

'We have wanted to take the boys abroad for years.

'The parents have raised most of the money themselves, with cake sales and a sponsored walk,' he said.

The choir last toured in 2011.
"""
GOLD["choir_single_run"] = [
    ("said", "The cathedral's director of music, Owen Prys", "the choir had been invited to sing in Bergen and Trondheim"),
    ("said", "he", "We have wanted to take the boys abroad for years."),
]
LATER["choir_single_run"] = [
    ("said", "he", "The parents have raised most of the money themselves, with cake sales and a sponsored walk"),
]
NOT_REPORTS["choir_single_run"] = ["The choir last toured in 2011."]
SPEAKERS["choir_single_run"] = [("said", "he", "Owen Prys", "We have")]

# ---------------------------------------------------------------- quotations split by the cue

ARTICLES["bridge_split_mid"] = """Footbridge passes inspection

"The deck is sound," the county's bridge engineer, Rosa Kim, said, "but the railings will have to be replaced before summer."

The footbridge over the Alder was closed for a week in March after a barge struck one of its piers.
"""
GOLD["bridge_split_mid"] = [
    ("said", "the county's bridge engineer, Rosa Kim", "The deck is sound"),
]
LATER["bridge_split_mid"] = [
    ("said", "the county's bridge engineer, Rosa Kim", "but the railings will have to be replaced before summer"),
]
NOT_REPORTS["bridge_split_mid"] = ["The footbridge over the Alder was closed for a week in March after a barge struck one of its piers."]

ARTICLES["count_split_end"] = """Recount confirms ward result

"The count was fair." the returning officer, Gwen Aldous, said. "Every ballot paper was checked twice."

The first count had given the winner a margin of eleven votes.
"""
GOLD["count_split_end"] = [
    ("said", "the returning officer, Gwen Aldous", "The count was fair."),
]
LATER["count_split_end"] = [
    ("said", "the returning officer, Gwen Aldous", "Every ballot paper was checked twice."),
]
NOT_REPORTS["count_split_end"] = ["The first count had given the winner a margin of eleven votes."]

ARTICLES["kiln_split_pronoun"] = """Pottery reopens after fire

Hedda Lorentz reopened her pottery on Saturday, four months after a kiln fire gutted the workshop.

"I thought about selling the building," she said. "Then the village turned up with paint and brushes."

Her best-known glaze, "Fjord Blue", sells out every winter.
"""
GOLD["kiln_split_pronoun"] = [
    ("said", "she", "I thought about selling the building"),
]
LATER["kiln_split_pronoun"] = [
    ("said", "she", "Then the village turned up with paint and brushes."),
]
NOT_REPORTS["kiln_split_pronoun"] = [
    "Hedda Lorentz reopened her pottery on Saturday, four months after a kiln fire gutted the workshop.",
    "Her best-known glaze, \"Fjord Blue\", sells out every winter.",
]
SPEAKERS["kiln_split_pronoun"] = [("said", "she", "Hedda Lorentz", "I thought")]

ARTICLES["verdict_next"] = """Hosts beaten at home

"We were second to every ball in every part of the pitch." That was the verdict of the home coach, Ketil Aune, after a 4-0 defeat.

The side drop to ninth in the table.
"""
GOLD["verdict_next"] = [
    ("verdict", "the home coach, Ketil Aune", "We were second to every ball in every part of the pitch."),
]
NOT_REPORTS["verdict_next"] = ["The side drop to ninth in the table."]

ARTICLES["warning_next"] = """Lifeguards stretched on busy weekend

"Stay between the flags and never swim after a meal of beer." That was the warning from the beach patrol's captain, Liv Sandoe, as crowds filled the shore.

Four swimmers were pulled from a rip current on Saturday afternoon.
"""
GOLD["warning_next"] = [
    ("warning", "the beach patrol's captain, Liv Sandoe", "Stay between the flags and never swim after a meal of beer."),
]
NOT_REPORTS["warning_next"] = ["Four swimmers were pulled from a rip current on Saturday afternoon."]

# ---------------------------------------------------------------- nested quotations

ARTICLES["landlord_nested"] = """Tenants left without heating

"He told me, 'Leave the keys on the desk and go,' and then he changed the locks," said one tenant, Ilse Marr.

The building's owner could not be reached.
"""
GOLD["landlord_nested"] = [
    ("said", "one tenant, Ilse Marr", "He told me, 'Leave the keys on the desk and go,' and then he changed the locks"),
]
NOT_REPORTS["landlord_nested"] = []

ARTICLES["british_nested"] = """Water firm rejects regulator's criticism

'We will not accept being called "reckless" by anyone,' the firm's chief executive, Colin Marsh, said.

The regulator fined the firm £3m in February for sewage spills on the Tavy.

Its report described the company's record as "among the worst in the country".
"""
GOLD["british_nested"] = [
    ("said", "the firm's chief executive, Colin Marsh", "We will not accept being called \"reckless\" by anyone"),
    ("described", "Its report", "the company's record as \"among the worst in the country\""),
]
NOT_REPORTS["british_nested"] = ["The regulator fined the firm £3m in February for sewage spills on the Tavy."]

ARTICLES["british_colon"] = """Museum wins lottery grant

The museum's curator, Alys Penrhyn, said: 'The grant lets us restore the lifeboat "Gwennol", which has sat in a shed since 1987.'

Work will begin in the autumn.
"""
GOLD["british_colon"] = [
    ("said", "The museum's curator, Alys Penrhyn", "The grant lets us restore the lifeboat \"Gwennol\", which has sat in a shed since 1987."),
]
NOT_REPORTS["british_colon"] = ["Work will begin in the autumn."]

# ---------------------------------------------------------------- marks of every kind

ARTICLES["guillemets_spaced"] = """Alpine cheese cooperative expands

« The cheese must age for ten months, not six », said the cooperative's director, Anne Morel.

The cooperative will add a second cellar in Beaufort next year.
"""
GOLD["guillemets_spaced"] = [
    ("said", "the cooperative's director, Anne Morel", "The cheese must age for ten months, not six"),
]
NOT_REPORTS["guillemets_spaced"] = ["The cooperative will add a second cellar in Beaufort next year."]

ARTICLES["guillemets_tight"] = """Lake ferry fares frozen

«Fares will stay where they are until 2027», the operator's spokeswoman, Carla Bianchi, told reporters in Lugano.

She said the company had been «surprised» by the summer's numbers.
"""
GOLD["guillemets_tight"] = [
    ("told", "the operator's spokeswoman, Carla Bianchi", "Fares will stay where they are until 2027"),
    ("said", "She", "the company had been «surprised» by the summer's numbers"),
]
NOT_REPORTS["guillemets_tight"] = []
SPEAKERS["guillemets_tight"] = [("said", "She", "Carla Bianchi", "the company")]

ARTICLES["guillemets_reversed"] = """Publisher saves village bookshop

»We could not let the last bookshop in the valley close«, said the publisher, Jonas Weber. »The children would have nowhere to go on a wet Saturday.«

The shop will be renamed ›Die Lesestube‹ when it reopens.
"""
GOLD["guillemets_reversed"] = [
    ("said", "the publisher, Jonas Weber", "We could not let the last bookshop in the valley close"),
]
LATER["guillemets_reversed"] = [
    ("said", "the publisher, Jonas Weber", "The children would have nowhere to go on a wet Saturday."),
]
NOT_REPORTS["guillemets_reversed"] = ["The shop will be renamed ›Die Lesestube‹ when it reopens."]

ARTICLES["single_guillemets"] = """Ski lift to run all summer

‹The lift pays for itself in July alone›, the resort's manager, Lukas Hofer, said.

He said hikers made up a third of its passengers.
"""
GOLD["single_guillemets"] = [
    ("said", "the resort's manager, Lukas Hofer", "The lift pays for itself in July alone"),
    ("said", "He", "hikers made up a third of its passengers"),
]
NOT_REPORTS["single_guillemets"] = []
SPEAKERS["single_guillemets"] = [("said", "He", "Lukas Hofer", "hikers")]

ARTICLES["german_low"] = """Snow makers idle as season opens

„We have enough natural snow for the whole season“, said the resort's operations chief, Franz Egger.

„The cannons will stay in the shed this year“, he added.
"""
GOLD["german_low"] = [
    ("said", "the resort's operations chief, Franz Egger", "We have enough natural snow for the whole season"),
    ("added", "he", "The cannons will stay in the shed this year"),
]
NOT_REPORTS["german_low"] = []
SPEAKERS["german_low"] = [("added", "he", "Franz Egger", "The cannons")]

ARTICLES["cjk_corners"] = """Rail line to open in April

「The line will open on April 1 as planned」, the railway's spokesman, Kenji Mori, said on Tuesday.

He said test runs had found no faults.
"""
GOLD["cjk_corners"] = [
    ("said", "the railway's spokesman, Kenji Mori", "The line will open on April 1 as planned"),
    ("said", "He", "test runs had found no faults"),
]
NOT_REPORTS["cjk_corners"] = []
SPEAKERS["cjk_corners"] = [("said", "He", "Kenji Mori", "test runs")]

ARTICLES["straight_marks"] = """Library extends opening hours

"Students asked for it and the budget allowed it," the head librarian, Ruth Alby, said of the change.

"We will open until ten on weeknights from October," she added.

The library's reading room, known to regulars as "the Ark", will stay open until midnight in exam weeks.
"""
GOLD["straight_marks"] = [
    ("said", "the head librarian, Ruth Alby", "Students asked for it and the budget allowed it"),
    ("added", "she", "We will open until ten on weeknights from October"),
]
NOT_REPORTS["straight_marks"] = ["The library's reading room, known to regulars as \"the Ark\", will stay open until midnight in exam weeks."]
SPEAKERS["straight_marks"] = [("added", "she", "Ruth Alby", "We will")]

ARTICLES["primes"] = """Road closures for pipe work

″The road will close each night from eight until six,″ said the water board's project manager, Dev Anand.

He said the work would last three weeks.
"""
GOLD["primes"] = [
    ("said", "the water board's project manager, Dev Anand", "The road will close each night from eight until six"),
    ("said", "He", "the work would last three weeks"),
]
NOT_REPORTS["primes"] = []
SPEAKERS["primes"] = [("said", "He", "Dev Anand", "the work")]

# ---------------------------------------------------------------- marks forgotten or doubled

ARTICLES["missing_close"] = """Leisure centre pool shut

"The pool will stay shut until the pumps are replaced, said the centre's manager, Dora Fehr.

The gym and the sports hall remain open.
"""
GOLD["missing_close"] = [
    ("said", "the centre's manager, Dora Fehr", "The pool will stay shut until the pumps are replaced"),
]
NOT_REPORTS["missing_close"] = ["The gym and the sports hall remain open."]

ARTICLES["missing_close_mid"] = """Bus route to be cut

"The number 9 carries fewer than forty people a day," said the transport committee's chair, Nils Berg. "We cannot keep it running at that cost.

Residents of Ostby said the route was the only way to reach the clinic.

A petition has gathered 800 signatures.
"""
GOLD["missing_close_mid"] = [
    ("said", "the transport committee's chair, Nils Berg", "The number 9 carries fewer than forty people a day"),
    ("said", "Residents of Ostby", "the route was the only way to reach the clinic"),
]
LATER["missing_close_mid"] = [
    ("said", "the transport committee's chair, Nils Berg", "We cannot keep it running at that cost."),
]
NOT_REPORTS["missing_close_mid"] = ["A petition has gathered 800 signatures."]

ARTICLES["stray_mark"] = """Tram service to run every ten minutes

"Trams will run every ten minutes from Monday,"" the operator's spokesman, Piet Vos, said.

The city council said" the new timetable would be reviewed in December.

Ticket prices are unchanged.
"""
GOLD["stray_mark"] = [
    ("said", "the operator's spokesman, Piet Vos", "Trams will run every ten minutes from Monday"),
    ("said", "The city council", "the new timetable would be reviewed in December"),
]
NOT_REPORTS["stray_mark"] = ["Ticket prices are unchanged."]

ARTICLES["stray_close_para"] = """Harbour dredging delayed

The port authority said the dredger had broken down off Esbjerg."

"We expect it back within a fortnight," its spokeswoman, Mette Holm, said.

The channel is now four metres deep at low tide.
"""
GOLD["stray_close_para"] = [
    ("said", "The port authority", "the dredger had broken down off Esbjerg"),
    ("said", "its spokeswoman, Mette Holm", "We expect it back within a fortnight"),
]
NOT_REPORTS["stray_close_para"] = ["The channel is now four metres deep at low tide."]

# ---------------------------------------------------------------- apostrophes

ARTICLES["apostrophes"] = """Band reunites for harvest festival

'We grew up on rock 'n' roll in the '90s and we never stopped,' said the band's drummer, Niamh Quill.

The growers' union booked the band for the festival's last night, and the organisers' budget covers their fees.

Quill said the band's first album, 'Rain on the Tin', would be played in full.
"""
GOLD["apostrophes"] = [
    ("said", "the band's drummer, Niamh Quill", "We grew up on rock 'n' roll in the '90s and we never stopped"),
    ("said", "Quill", "the band's first album, 'Rain on the Tin', would be played in full"),
]
NOT_REPORTS["apostrophes"] = ["The growers' union booked the band for the festival's last night, and the organisers' budget covers their fees."]

ARTICLES["apostrophes_double"] = """Dance hall marks fifty years

"Folks came for the rock 'n' roll in the '60s and stayed for the ceilidhs," said the hall's owner, Fergus Dunn. "It's the farmers' wives who kept it going."

The hall's walls still carry posters from the '70s.
"""
GOLD["apostrophes_double"] = [
    ("said", "the hall's owner, Fergus Dunn", "Folks came for the rock 'n' roll in the '60s and stayed for the ceilidhs"),
]
LATER["apostrophes_double"] = [
    ("said", "the hall's owner, Fergus Dunn", "It's the farmers' wives who kept it going."),
]
NOT_REPORTS["apostrophes_double"] = ["The hall's walls still carry posters from the '70s."]

# ---------------------------------------------------------------- mixed quotations and blocks

ARTICLES["mixed_said"] = """Marina plan rejected

The harbour board's chair, Sigrid Lund, said the developer's plan was "a gift to yacht owners" and would be withdrawn.

The developer said it was "disappointed" and would appeal.
"""
GOLD["mixed_said"] = [
    ("said", "The harbour board's chair, Sigrid Lund", "the developer's plan was \"a gift to yacht owners\" and would be withdrawn"),
    ("said", "The developer", "it was \"disappointed\" and would appeal"),
]
NOT_REPORTS["mixed_said"] = []

ARTICLES["mixed_called"] = """Councillor attacks parking scheme

Councillor Bronwen Hale called the parking scheme "a disgrace" and said it would drive shoppers away.

The scheme, dubbed "Park and Pay" by its backers, starts in June.
"""
GOLD["mixed_called"] = [
    ("called", "Councillor Bronwen Hale", "the parking scheme \"a disgrace\""),
]
NOT_REPORTS["mixed_called"] = ["The scheme, dubbed \"Park and Pay\" by its backers, starts in June."]

ARTICLES["block_colon"] = """Historic house to close east wing

In a statement on Thursday, the trust that runs Corby Hall wrote:

"The east wing will close for repairs to the roof from May. Visitors will still reach the gardens by the north gate, and the tearoom will stay open."

The hall drew 60,000 visitors last year.
"""
GOLD["block_colon"] = [
    ("wrote", "the trust that runs Corby Hall", "The east wing will close for repairs to the roof from May. Visitors will still reach the gardens by the north gate, and the tearoom will stay open."),
]
NOT_REPORTS["block_colon"] = ["The hall drew 60,000 visitors last year."]

ARTICLES["block_colon_said"] = """Fishermen protest quota cut

The fishermen's association's secretary, Rhodri Bevan, said in a letter to the minister:

"Our boats have already lost a third of their catch. A further cut would finish half the fleet within two years."

The minister has until Friday to reply.
"""
GOLD["block_colon_said"] = [
    ("said", "The fishermen's association's secretary, Rhodri Bevan", "Our boats have already lost a third of their catch. A further cut would finish half the fleet within two years."),
]
NOT_REPORTS["block_colon_said"] = ["The minister has until Friday to reply."]

# ---------------------------------------------------------------- scare quotes, titles and nicknames

ARTICLES["scare_quotes"] = """Car park that was meant to be temporary turns twenty

The "temporary" car park on Quay Street opened in 2006.

Its so-called "smart" meters were removed after a year.

Drivers still queue for the "express" lane, which has one barrier.

The council's "green corridor" plan would replace it with a park.

A "consultation" on the plan ends on Friday.
"""
GOLD["scare_quotes"] = []
NOT_REPORTS["scare_quotes"] = [
    "The \"temporary\" car park on Quay Street opened in 2006.",
    "Its so-called \"smart\" meters were removed after a year.",
    "Drivers still queue for the \"express\" lane, which has one barrier.",
    "The council's \"green corridor\" plan would replace it with a park.",
    "A \"consultation\" on the plan ends on Friday.",
]

ARTICLES["titles"] = """Arts centre announces autumn season

The season opens with "The Salt Road", a play about the herring girls of Shetland.

The film club will show "Night Train to Lisbon" and "The Quiet Field" in October.

A new exhibition, "Tides and Timber", fills the upper gallery.

The choir's recording of "Abide With Me" has sold 2,000 copies.

Children's workshops, called "Make a Mess Mondays", return in November.

The centre's magazine, "Footlights", is free at the door.
"""
GOLD["titles"] = []
NOT_REPORTS["titles"] = [
    "The season opens with \"The Salt Road\", a play about the herring girls of Shetland.",
    "The film club will show \"Night Train to Lisbon\" and \"The Quiet Field\" in October.",
    "A new exhibition, \"Tides and Timber\", fills the upper gallery.",
    "The choir's recording of \"Abide With Me\" has sold 2,000 copies.",
    "Children's workshops, called \"Make a Mess Mondays\", return in November.",
    "The centre's magazine, \"Footlights\", is free at the door.",
]

ARTICLES["nicknames"] = """Darts veteran retires

Jan "The Hammer" Kowal threw his last dart in competition on Saturday.

Kowal, 58, won the county title with his partner Eddie 'Slim' Rourke six times.

The pair's rivals, the "Brewery Boys" of Leigh, beat them in the final.

Kowal's son, known on the circuit as "Little Hammer", plays for Wales.

The pub where he learned the game, the "Anchor", has hung his first board above the bar.
"""
GOLD["nicknames"] = []
NOT_REPORTS["nicknames"] = [
    "Jan \"The Hammer\" Kowal threw his last dart in competition on Saturday.",
    "Kowal, 58, won the county title with his partner Eddie 'Slim' Rourke six times.",
    "The pair's rivals, the \"Brewery Boys\" of Leigh, beat them in the final.",
    "Kowal's son, known on the circuit as \"Little Hammer\", plays for Wales.",
    "The pub where he learned the game, the \"Anchor\", has hung his first board above the bar.",
]

ARTICLES["curly_titles_scare"] = """Town’s “pop-up” market becomes permanent

The “pop-up” market in Leaming Square will stay for good.

Traders sell under the banner “Fresh From the Fells”, a name chosen by a school competition.

The square’s “Christmas tree”, a painted lamppost, drew visitors from across the county.

Stallholder Gwyn Pryce said the market had “saved” her bakery.
"""
GOLD["curly_titles_scare"] = [
    ("said", "Stallholder Gwyn Pryce", "the market had “saved” her bakery"),
]
NOT_REPORTS["curly_titles_scare"] = [
    "The “pop-up” market in Leaming Square will stay for good.",
    "Traders sell under the banner “Fresh From the Fells”, a name chosen by a school competition.",
    "The square’s “Christmas tree”, a painted lamppost, drew visitors from across the county.",
]

ARTICLES["single_scare"] = """'Ghost' bus stops removed

Sixteen 'ghost' bus stops, served by no route since 2019, were taken down on Monday.

The 'Park Lane' shelter, a favourite of pigeons, went last.

A spokesman for the highways department said the signs had been left up by mistake.
"""
GOLD["single_scare"] = [
    ("said", "A spokesman for the highways department", "the signs had been left up by mistake"),
]
NOT_REPORTS["single_scare"] = [
    "Sixteen 'ghost' bus stops, served by no route since 2019, were taken down on Monday.",
    "The 'Park Lane' shelter, a favourite of pigeons, went last.",
]

ARTICLES["scare_guillemets"] = """Night market returns to old town

The «night market» returns to the old town's square this Friday.

Stalls from the «Vieux Port» guild sell fish soup and bread.

The market's organiser, Lea Roux, said forty stalls had signed up.
"""
GOLD["scare_guillemets"] = [
    ("said", "The market's organiser, Lea Roux", "forty stalls had signed up"),
]
NOT_REPORTS["scare_guillemets"] = [
    "The «night market» returns to the old town's square this Friday.",
    "Stalls from the «Vieux Port» guild sell fish soup and bread.",
]

# written after the mends, to probe the mended shapes in other words: a British quotation over three paragraphs
# named in the last, elided words in single marks, a sentence naming the quotation right after a headline, a name
# with an owner after a single closing mark that the parser hung inside the quotation

ARTICLES["allotments_single_three"] = """Allotment waiting list tops 400

The parish council has agreed to open a second allotment site on the old rectory field.

'Some people have waited six years for a plot.

'We get letters every week from families in the new estate.

'The rectory field gives us another sixty plots by Easter,' said the council's clerk, Judith Rowe.

Plots on the 'top field', as locals call it, cost £40 a year.
"""
GOLD["allotments_single_three"] = [
    ("agreed", "The parish council", "to open a second allotment site on the old rectory field"),
    ("said", "the council's clerk, Judith Rowe", "Some people have waited six years for a plot."),
]
LATER["allotments_single_three"] = [
    ("said", "the council's clerk, Judith Rowe", "We get letters every week from families in the new estate."),
    ("said", "the council's clerk, Judith Rowe", "The rectory field gives us another sixty plots by Easter"),
]
NOT_REPORTS["allotments_single_three"] = ["Plots on the 'top field', as locals call it, cost £40 a year."]

ARTICLES["jukebox_elided"] = """Cafe jukebox saved by regulars

'It plays nothing but rock 'n' roll and the hits of the '50s, and nobody wants it gone,' the cafe's owner, Rosa Pellegrini, said.

Regulars raised £900 to repair the machine, which dates from 1962.

The cafe's 'Blue Suede Sundays' draw dancers from three towns.
"""
GOLD["jukebox_elided"] = [
    ("said", "the cafe's owner, Rosa Pellegrini", "It plays nothing but rock 'n' roll and the hits of the '50s, and nobody wants it gone"),
]
NOT_REPORTS["jukebox_elided"] = [
    "Regulars raised £900 to repair the machine, which dates from 1962.",
    "The cafe's 'Blue Suede Sundays' draw dancers from three towns.",
]

ARTICLES["words_after_headline"] = """Mill closure shocks town

"Nobody told us until the gates were locked." Those were the words of the union's regional organiser, Gareth Moss, on Monday morning.

The mill employed 230 people.
"""
GOLD["words_after_headline"] = [
    ("words", "the union's regional organiser, Gareth Moss", "Nobody told us until the gates were locked."),
]
NOT_REPORTS["words_after_headline"] = ["The mill employed 230 people."]

ARTICLES["owner_after_single"] = """Brewery defends new label

'We will not be told what a "proper" beer looks like by a panel of judges,' the brewery's managing director, Hamish Reid, said.

The label shows a cartoon seal in a kilt.

The brewery's best-selling ale, 'Selkie', is sold in 40 pubs.
"""
GOLD["owner_after_single"] = [
    ("said", "the brewery's managing director, Hamish Reid", "We will not be told what a \"proper\" beer looks like by a panel of judges"),
]
NOT_REPORTS["owner_after_single"] = ["The label shows a cartoon seal in a kilt.", "The brewery's best-selling ale, 'Selkie', is sold in 40 pubs."]

ARTICLES["more_titles"] = """Radio station marks its jubilee

The station's breakfast show, "Up With the Larks", has run since 1976.

Its presenter, Dai "the Voice" Price, retires in June.

Listeners voted "Calon Lân" the station's favourite song.

The anniversary concert, billed as "Fifty Years on Air", sold out in a day.
"""
GOLD["more_titles"] = []
NOT_REPORTS["more_titles"] = [
    "The station's breakfast show, \"Up With the Larks\", has run since 1976.",
    "Its presenter, Dai \"the Voice\" Price, retires in June.",
    "Listeners voted \"Calon Lân\" the station's favourite song.",
    "The anniversary concert, billed as \"Fifty Years on Air\", sold out in a day.",
]

# found while reading the mended shapes: a closing mark forgotten before the cue, with the next paragraph opening
# another quotation of the same speaker's (the open quotation went to the next paragraph's cue)

ARTICLES["forgotten_close_next"] = """Swimming pool to close two days a week

"We will balance the leisure budget next year, the council's treasurer, Ilse Novak, said on Monday.

"There is no other way that does not close a library," she added.

The pool will shut on Mondays and Tuesdays from April.
"""
GOLD["forgotten_close_next"] = [
    ("said", "the council's treasurer, Ilse Novak", "We will balance the leisure budget next year"),
    ("added", "she", "There is no other way that does not close a library"),
]
NOT_REPORTS["forgotten_close_next"] = ["The pool will shut on Mondays and Tuesdays from April."]
SPEAKERS["forgotten_close_next"] = [("added", "she", "Ilse Novak", "There is")]
