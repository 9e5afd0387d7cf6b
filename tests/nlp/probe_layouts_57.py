# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-two short articles written for the fifty-seventh session's check of layouts and content ends (helper J),
as they reach Sourcebook once a page has been read to text (paragraphs apart by a blank line): a quotation over
two or three paragraphs (an opening mark on each, a closing one on the last only), a quotation after a colon or a
dash, a headline quotation ('Mayor: "X"'), a quotation with its cue in the middle, a paraphrase holding a quoted
fragment, curly, straight, single and guillemet marks, a mark left open, a pull quote repeated from the body; the
ends of contents (coordinated clauses with and without a second subject, a trailing '..., he added' or ',
according to X', a parenthesis inside, a second sentence that goes on with no cue); pronoun and role speakers
across paragraphs ('she', 'the spokeswoman', 'the 54-year-old'); and lines that report nothing (captions,
bylines, 'Read more:' lines, credits, bullet lists, Q&A headings, first-person narration, questions, orders).

The gold is written by hand as PolNeAR marks it (NOTES.md: internal states count, sources are maximal): per
article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that
report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every
name, place, figure and sentence is made up. Read by ``test_probe_findings_57_layouts``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["three_paras"] = """Orchard growers fear a lost season

Apple growers in the Tarrow valley say a late frost has destroyed most of this year's blossom.

"We walked the rows on Sunday morning and the flowers were brown," said Ines Calder, who farms 40 hectares near Wexby.

"My father planted these trees in 1979. He never saw a frost this late.

"If the insurers do not pay out, some of us will not be here next spring."

The growers' association will meet on Thursday.
"""
GOLD["three_paras"] = [
    ("fear", "Orchard growers", "a lost season"),
    ("say", "Apple growers in the Tarrow valley", "a late frost has destroyed most of this year's blossom"),
    ("said", "Ines Calder, who farms 40 hectares near Wexby", "We walked the rows on Sunday morning and the flowers were brown"),
]
NOT_REPORTS["three_paras"] = ["The growers' association will meet on Thursday."]

ARTICLES["two_paras_curly"] = """Chess club loses its hall

The Marlow Street chess club, which has met in the same church hall since 1962, must find a new home by June.

The club's secretary, Derek Onslow, said the parish had given them three months' notice.

“We have nowhere to go. The library closes at five and the pubs are too loud for chess.

“Some of our members are in their nineties. This club is the only reason they leave the house.”

The parish council said the hall needed a new roof and would be closed for a year.
"""
GOLD["two_paras_curly"] = [
    ("said", "The club's secretary, Derek Onslow", "the parish had given them three months' notice"),
    ("said", "The parish council", "the hall needed a new roof and would be closed for a year"),
]
NOT_REPORTS["two_paras_curly"] = ["The Marlow Street chess club, which has met in the same church hall since 1962, must find a new home by June."]

ARTICLES["colon_quote"] = """Lifeguards return to Sandhaven beach

Lifeguards will patrol Sandhaven beach again this summer after a two-year gap, the borough council announced on Monday.

The council's leisure chief, Priya Mandal, was in no doubt about why: "Two people drowned here last August. That cannot happen again."

Patrols will run from 10am to 6pm every day until the end of September.
"""
GOLD["colon_quote"] = [
    ("announced", "the borough council", "Lifeguards will patrol Sandhaven beach again this summer after a two-year gap"),
    (":", "The council's leisure chief, Priya Mandal", "Two people drowned here last August. That cannot happen again."),
]
NOT_REPORTS["colon_quote"] = ["Patrols will run from 10am to 6pm every day until the end of September."]

ARTICLES["said_colon"] = """Brewery to close after 140 years

The Halloway brewery in Dunstreet will close in October with the loss of 85 jobs.

Its managing director, Fiona Reyes, said: "This is the hardest decision I have ever made. Costs have doubled in two years."

Workers were told at a meeting on Tuesday morning.
"""
GOLD["said_colon"] = [
    ("said", "Its managing director, Fiona Reyes", "This is the hardest decision I have ever made. Costs have doubled in two years."),
]
NOT_REPORTS["said_colon"] = ["The Halloway brewery in Dunstreet will close in October with the loss of 85 jobs."]

ARTICLES["dash_quote"] = """Referee attacked after youth match

A referee was punched by a spectator after an under-14 football match in Caldbrook on Saturday.

The league's chairman, Owen Fitch, put it plainly – "Without referees there is no game, and we are losing them every week."

Police said a 41-year-old man had been arrested on suspicion of assault.
"""
GOLD["dash_quote"] = [
    ("put", "The league's chairman, Owen Fitch", "Without referees there is no game, and we are losing them every week."),
    ("said", "Police", "a 41-year-old man had been arrested on suspicion of assault"),
]
NOT_REPORTS["dash_quote"] = ["A referee was punched by a spectator after an under-14 football match in Caldbrook on Saturday."]

ARTICLES["headline_quote"] = """Mayor: "We will not sell the allotments"

The mayor of Penhallow, Gareth Lusk, has promised that the town's allotments will not be sold to developers.

Lusk told a packed council meeting that the land would stay in public hands "for as long as I am mayor".

Around 300 people rent plots on the site.
"""
GOLD["headline_quote"] = [
    (":", "Mayor", "We will not sell the allotments"),
    ("promised", "The mayor of Penhallow, Gareth Lusk", "the town's allotments will not be sold to developers"),
    ("told", "Lusk", "the land would stay in public hands \"for as long as I am mayor\""),
]
NOT_REPORTS["headline_quote"] = ["Around 300 people rent plots on the site."]

ARTICLES["headline_single"] = """Nurses: 'We are at breaking point'

Nurses at Ashgrove General Hospital staged a two-hour walkout on Wednesday over staffing levels.

Their union representative, Carla Baines, said wards were regularly left with one nurse for 30 patients.

The hospital trust said it was recruiting 60 new nurses from overseas.
"""
GOLD["headline_single"] = [
    (":", "Nurses", "We are at breaking point"),
    ("said", "Their union representative, Carla Baines", "wards were regularly left with one nurse for 30 patients"),
    ("said", "The hospital trust", "it was recruiting 60 new nurses from overseas"),
]
NOT_REPORTS["headline_single"] = ["Nurses at Ashgrove General Hospital staged a two-hour walkout on Wednesday over staffing levels."]

ARTICLES["split_quote"] = """Observatory telescope back in use

The 90-year-old telescope at Kinloss Hill observatory is working again after a two-year restoration.

"It was rusted solid when we started," said the observatory's director, Helen Marsh. "Now it tracks a star as smoothly as the day it was built."

Public viewing nights begin in November.
"""
GOLD["split_quote"] = [
    ("said", "the observatory's director, Helen Marsh", "It was rusted solid when we started"),
]
NOT_REPORTS["split_quote"] = ["Public viewing nights begin in November."]

ARTICLES["split_quote_curly"] = """Marathon route changed after complaints

Organisers of the Brenford marathon have moved the route away from the old town after complaints from shopkeepers.

“We listened,” the race director, Tomasz Wilk, told reporters, “and we think the new course is faster anyway.”

The race takes place on April 12.
"""
GOLD["split_quote_curly"] = [
    ("told", "the race director, Tomasz Wilk", "We listened"),
]
NOT_REPORTS["split_quote_curly"] = [
    "Organisers of the Brenford marathon have moved the route away from the old town after complaints from shopkeepers.",
    "The race takes place on April 12.",
]

ARTICLES["mixed_quote"] = """Inspectors criticise care home

Inspectors have rated the Birchwood care home in Leamouth inadequate after an unannounced visit in March.

Their report said residents were left "for hours without water" and that staff had "no idea" who was on medication.

The home's owner, Silverline Care, said it accepted the findings in full.
"""
GOLD["mixed_quote"] = [
    ("criticise", "Inspectors", "care home"),
    ("said", "Their report", "residents were left \"for hours without water\" and that staff had \"no idea\" who was on medication"),
    ("said", "The home's owner, Silverline Care", "it accepted the findings in full"),
]
NOT_REPORTS["mixed_quote"] = ["Inspectors have rated the Birchwood care home in Leamouth inadequate after an unannounced visit in March."]

ARTICLES["guillemets"] = """Alpine village votes against ski lift

Residents of Val d'Orsine voted by 312 to 180 on Sunday against a new ski lift above the village.

«The mountain is not a theme park,» said Mathilde Roux, who led the campaign against the lift.

The mayor, Alain Perrin, said he would respect the result.
"""
GOLD["guillemets"] = [
    ("said", "Mathilde Roux, who led the campaign against the lift", "The mountain is not a theme park"),
    ("said", "The mayor, Alain Perrin", "he would respect the result"),
]
NOT_REPORTS["guillemets"] = []

ARTICLES["single_marks"] = """Bakery wins national prize

A family bakery in Corrbridge has been named the best in the country at the National Baking Awards.

'We still use my grandmother's starter,' said owner Nadia Petrova, 38. 'It is older than I am.'

The judges praised the bakery's rye loaf.
"""
GOLD["single_marks"] = [
    ("said", "owner Nadia Petrova, 38", "We still use my grandmother's starter"),
    ("praised", "The judges", "the bakery's rye loaf"),
]
NOT_REPORTS["single_marks"] = ["A family bakery in Corrbridge has been named the best in the country at the National Baking Awards."]

ARTICLES["unbalanced"] = """Bus route axed despite petition

The number 14 bus between Hadley and Marston will stop running at the end of the month.

"It is the only bus that goes past the hospital, said Joan Pettifer, 72, who started the petition.

The bus company said the route had lost money for six years.
"""
GOLD["unbalanced"] = [
    ("said", "Joan Pettifer, 72, who started the petition", "It is the only bus that goes past the hospital"),
    ("said", "The bus company", "the route had lost money for six years"),
]
SPEAKERS["unbalanced"] = [("said", "The bus company", "bus company", "the route had lost")]
NOT_REPORTS["unbalanced"] = ["The number 14 bus between Hadley and Marston will stop running at the end of the month."]

ARTICLES["pull_quote"] = """Fishing fleet faces new limits

Trawlers from Kessock will be allowed to fish only 12 days a month under rules published on Friday.

"This will finish us," said Alasdair Muir, who skippers the trawler Morning Star.

"This will finish us"

The fisheries agency said the limits were needed to protect cod stocks.
"""
GOLD["pull_quote"] = [
    ("said", "Alasdair Muir, who skippers the trawler Morning Star", "This will finish us"),
    ("said", "The fisheries agency", "the limits were needed to protect cod stocks"),
]
NOT_REPORTS["pull_quote"] = ["Trawlers from Kessock will be allowed to fish only 12 days a month under rules published on Friday."]

ARTICLES["coord_second_subject"] = """Road closed for bridge repairs

The Elmstead road bridge will close for six weeks from Monday.

The county's highways manager said the bridge's joints had worn out and the work could not wait until summer.

She said drivers should use the A40 and allow an extra 20 minutes.
"""
GOLD["coord_second_subject"] = [
    ("said", "The county's highways manager", "the bridge's joints had worn out and the work could not wait until summer"),
    ("said", "She", "drivers should use the A40 and allow an extra 20 minutes"),
]
NOT_REPORTS["coord_second_subject"] = ["The Elmstead road bridge will close for six weeks from Monday."]
SPEAKERS["coord_second_subject"] = [("said", "She", "county's highways manager", "drivers should use")]

ARTICLES["coord_own_clause"] = """Zoo welcomes twin red pandas

Two red panda cubs have been born at Hartfield Zoo, the first in its 50-year history.

The zoo's head keeper, Samir Haddad, said the cubs were healthy, and visitors will be able to see them from July.

The cubs have not yet been named.
"""
GOLD["coord_own_clause"] = [
    ("said", "The zoo's head keeper, Samir Haddad", "the cubs were healthy"),
]
NOT_REPORTS["coord_own_clause"] = ["Zoo welcomes twin red pandas", "The cubs have not yet been named."]

ARTICLES["trailing_added"] = """School to get new science block

Greyfield Academy will get a new science block after winning a 4 million pound grant.

The new labs will open in September 2027 and will have room for 400 pupils, the headteacher, Anil Bose, said.

"Our pupils have been doing chemistry in a portable cabin for ten years," he added.
"""
GOLD["trailing_added"] = [
    ("said", "the headteacher, Anil Bose", "The new labs will open in September 2027 and will have room for 400 pupils"),
    ("added", "he", "Our pupils have been doing chemistry in a portable cabin for ten years"),
]
NOT_REPORTS["trailing_added"] = ["Greyfield Academy will get a new science block after winning a 4 million pound grant."]
SPEAKERS["trailing_added"] = [("added", "he", "Anil Bose", "Our pupils have been")]

ARTICLES["trailing_according"] = """Fewer swifts return to the county

The number of swifts nesting in Norbury has fallen by a third in five years, according to a survey by the county bird club.

Volunteers counted 412 nests last summer, down from 618 in 2020, the club said.

It blamed the loss of old buildings with gaps under their roofs.
"""
GOLD["trailing_according"] = [
    ("according to", "a survey by the county bird club", "The number of swifts nesting in Norbury has fallen by a third in five years"),
    ("said", "the club", "Volunteers counted 412 nests last summer, down from 618 in 2020"),
    ("blamed", "It", "the loss of old buildings with gaps under their roofs"),
]
NOT_REPORTS["trailing_according"] = []

ARTICLES["paren_inside"] = """Airport passenger numbers recover

Passenger numbers at Kelby airport are back to where they were before the pandemic.

The airport's chief executive said that 2.4 million people (about 200,000 more than in 2019) had flown from Kelby last year.

A new route to Lisbon starts in May.
"""
GOLD["paren_inside"] = [
    ("said", "The airport's chief executive", "2.4 million people (about 200,000 more than in 2019) had flown from Kelby last year"),
]
NOT_REPORTS["paren_inside"] = ["A new route to Lisbon starts in May."]

ARTICLES["second_sentence"] = """Library extends opening hours

Westmoor library will open on Sundays from next month.

The council's culture lead, Rhiannon Pugh, said the extra day would cost 30,000 pounds a year. The money will come from a reserve fund set up in 2021.

Visitor numbers at the library rose by 18% last year.
"""
GOLD["second_sentence"] = [
    ("said", "The council's culture lead, Rhiannon Pugh", "the extra day would cost 30,000 pounds a year"),
]
NOT_REPORTS["second_sentence"] = ["Westmoor library will open on Sundays from next month.", "Visitor numbers at the library rose by 18% last year."]

ARTICLES["role_speakers"] = """Energy firm fined for billing errors

The energy supplier Brightwater has been fined 3 million pounds for overcharging 50,000 customers.

Brightwater's spokeswoman, Lucy Tan, said the errors had been caused by a faulty computer system.

The spokeswoman said every customer would be refunded by the end of May.

Customers can check their bills online.
"""
GOLD["role_speakers"] = [
    ("said", "Brightwater's spokeswoman, Lucy Tan", "the errors had been caused by a faulty computer system"),
    ("said", "The spokeswoman", "every customer would be refunded by the end of May"),
]
NOT_REPORTS["role_speakers"] = ["Customers can check their bills online."]
SPEAKERS["mixed_quote"] = [("said", "Their report", "Inspectors's report", "residents were left")]
SPEAKERS["role_speakers"] = [("said", "The spokeswoman", "Lucy Tan", "every customer would be")]

ARTICLES["age_speaker"] = """Veteran goalkeeper retires

Goalkeeper Martin Sorensen has announced his retirement after 22 seasons and 640 league games.

The 41-year-old said his knees could no longer take the training.

"I wanted to stop while I could still walk my dog," the Dane said.

He will stay at the club as a coach.
"""
GOLD["age_speaker"] = [
    ("announced", "Goalkeeper Martin Sorensen", "his retirement after 22 seasons and 640 league games"),
    ("said", "The 41-year-old", "his knees could no longer take the training"),
    ("said", "the Dane", "I wanted to stop while I could still walk my dog"),
]
NOT_REPORTS["age_speaker"] = ["He will stay at the club as a coach."]
SPEAKERS["age_speaker"] = [
    ("said", "The 41-year-old", "Martin Sorensen", "his knees could no lon"),
    ("said", "the Dane", "Martin Sorensen", "I wanted to stop"),
]

ARTICLES["pronoun_across"] = """Council tax to rise by 5%

Council tax in Ravensby will rise by 5% in April, the largest increase in a decade.

The council's finance director, Gwen Morley, said the rise was needed to pay for adult social care.

She told councillors that without it the council would run out of money within two years.

"Nobody wants to do this," she said.
"""
GOLD["pronoun_across"] = [
    ("said", "The council's finance director, Gwen Morley", "the rise was needed to pay for adult social care"),
    ("told", "She", "without it the council would run out of money within two years"),
    ("said", "she", "Nobody wants to do this"),
]
NOT_REPORTS["pronoun_across"] = ["Council tax in Ravensby will rise by 5% in April, the largest increase in a decade."]
SPEAKERS["pronoun_across"] = [
    ("told", "She", "Gwen Morley", "without it the council"),
    ("said", "she", "Gwen Morley", "Nobody wants to do this"),
]

ARTICLES["caption_byline"] = """Flood barrier finished a year early

By Hannah Doyle, Environment Correspondent

Pictured: Workers lower the last gate of the Milford flood barrier into place

The Milford flood barrier has been finished a year ahead of schedule, the Environment Agency said on Tuesday.

Image: Milford Environment Agency

The agency's project manager, Colin Shaw, said the barrier would protect 3,000 homes.
"""
GOLD["caption_byline"] = [
    ("said", "the Environment Agency", "The Milford flood barrier has been finished a year ahead of schedule"),
    ("said", "The agency's project manager, Colin Shaw", "the barrier would protect 3,000 homes"),
]
NOT_REPORTS["caption_byline"] = [
    "By Hannah Doyle, Environment Correspondent",
    "Pictured: Workers lower the last gate of the Milford flood barrier into place",
    "Image: Milford Environment Agency",
]

ARTICLES["read_more"] = """Cinema to reopen under new owners

The Regal cinema in Tolworth will reopen in August after being bought by a community trust.

Read more: Locals say they want their cinema back

The trust's chair, Ben Okonjo, said the first film would be chosen by a public vote.

Tickets will cost 6 pounds.
"""
GOLD["read_more"] = [
    ("say", "Locals", "they want their cinema back"),
    ("said", "The trust's chair, Ben Okonjo", "the first film would be chosen by a public vote"),
]
NOT_REPORTS["read_more"] = ["Tickets will cost 6 pounds."]

ARTICLES["bullets"] = """What the new parking rules mean for you

Parking charges in Stowell town centre will change from May 1, the district council said.

The changes are:

• The first hour will be free in all council car parks

• Evening parking will cost 1 pound after 6pm

• Blue badge holders will park free at all times

The council said the changes would help shops in the high street.
"""
GOLD["bullets"] = [
    ("said", "the district council", "Parking charges in Stowell town centre will change from May 1"),
    ("said", "The council", "the changes would help shops in the high street"),
]
NOT_REPORTS["bullets"] = [
    "The changes are:",
    "• The first hour will be free in all council car parks",
    "• Evening parking will cost 1 pound after 6pm",
    "• Blue badge holders will park free at all times",
]

ARTICLES["qa_headings"] = """Measles cases rise: what parents need to know

There have been 34 cases of measles in Portley since January, health officials said on Monday.

How is measles spread?

Measles spreads through coughs and sneezes and can stay in the air for two hours.

What should I do if my child has a rash?

Call your GP before going to the surgery, so that other patients are not put at risk.

Dr Sunita Rao, the area's public health director, urged parents to check their children's vaccination records.
"""
GOLD["qa_headings"] = [
    ("said", "health officials", "There have been 34 cases of measles in Portley since January"),
    ("urged", "Dr Sunita Rao, the area's public health director", "parents to check their children's vaccination records"),
]
NOT_REPORTS["qa_headings"] = [
    "How is measles spread?",
    "What should I do if my child has a rash?",
    "Call your GP before going to the surgery, so that other patients are not put at risk.",
]

ARTICLES["first_person"] = """I spent a night with the city's street cleaners

I met the night crew at the Canal Road depot just after 11pm.

We drove first to the market square, where the pavements were covered in cardboard and fruit.

By 3am I had swept more streets than I could count.

The crew's supervisor, Dean Hollis, said the team cleaned 60 kilometres of pavement every night.
"""
GOLD["first_person"] = [
    ("said", "The crew's supervisor, Dean Hollis", "the team cleaned 60 kilometres of pavement every night"),
]
NOT_REPORTS["first_person"] = [
    "I met the night crew at the Canal Road depot just after 11pm.",
    "We drove first to the market square, where the pavements were covered in cardboard and fruit.",
    "By 3am I had swept more streets than I could count.",
]

ARTICLES["questions_orders"] = """Is your loft losing you money?

Heating costs have doubled in two years. Could insulation help?

Check the depth of the insulation in your loft. Anything under 25cm is too thin.

Energy adviser Rachel Kim said most homes built before 1990 needed more insulation.

Grants of up to 1,500 pounds are available from the council.
"""
GOLD["questions_orders"] = [
    ("said", "Energy adviser Rachel Kim", "most homes built before 1990 needed more insulation"),
]
NOT_REPORTS["questions_orders"] = [
    "Is your loft losing you money?",
    "Heating costs have doubled in two years. Could insulation help?",
    "Check the depth of the insulation in your loft. Anything under 25cm is too thin.",
    "Grants of up to 1,500 pounds are available from the council.",
]

ARTICLES["quote_then_spokesman"] = """Rail operator apologises for cancellations

More than 200 trains on the Eastbourne line were cancelled last week because of a shortage of drivers.

"We are sorry for the disruption our passengers have faced," a spokesman for Coastway Rail said.

The spokesman said 40 new drivers would finish their training in June.

Passengers' groups said the apology came too late.
"""
GOLD["quote_then_spokesman"] = [
    ("apologises", "Rail operator", "cancellations"),
    ("said", "a spokesman for Coastway Rail", "We are sorry for the disruption our passengers have faced"),
    ("said", "The spokesman", "40 new drivers would finish their training in June"),
    ("said", "Passengers' groups", "the apology came too late"),
]
NOT_REPORTS["quote_then_spokesman"] = ["More than 200 trains on the Eastbourne line were cancelled last week because of a shortage of drivers."]

ARTICLES["quote_para_no_cue"] = """Theatre saved by last-minute donation

The Lyric theatre in Carnford will stay open after an anonymous donor gave 250,000 pounds.

Its artistic director, Maya Stein, said the gift had arrived two days before the theatre was due to close.

"I cried when I read the letter. I still do not know who sent it."

The theatre will stage a pantomime this Christmas.
"""
GOLD["quote_para_no_cue"] = [
    ("said", "Its artistic director, Maya Stein", "the gift had arrived two days before the theatre was due to close"),
]
NOT_REPORTS["quote_para_no_cue"] = ["The theatre will stage a pantomime this Christmas."]

ARTICLES["believe_expect"] = """Shipyard hopes for navy contract

The Greenock Point shipyard is bidding to build four patrol boats for the navy.

Union officials believe the contract would secure 900 jobs for a decade.

The yard's owners expect a decision before the end of the year, according to a company statement.

Workers fear the yard will close if the bid fails.
"""
GOLD["believe_expect"] = [
    ("hopes", "Shipyard", "navy contract"),
    ("believe", "Union officials", "the contract would secure 900 jobs for a decade"),
    ("according to", "a company statement", "The yard's owners expect a decision before the end of the year"),
    ("fear", "Workers", "the yard will close if the bid fails"),
]
NOT_REPORTS["believe_expect"] = ["The Greenock Point shipyard is bidding to build four patrol boats for the navy."]

ARTICLES["two_speakers_dialogue"] = """Neighbours split over wind turbine

Plans for a 120-metre wind turbine on Castle Hill have divided the village of Ashby Parva.

"It will be seen from every garden in the village," said Graham Tully, a retired teacher.

His neighbour, Sophie Wren, disagreed. "We need the energy, and the village will get 20,000 pounds a year from it," she said.

A planning decision is due in March.
"""
GOLD["two_speakers_dialogue"] = [
    ("said", "Graham Tully, a retired teacher", "It will be seen from every garden in the village"),
    ("said", "she", "We need the energy, and the village will get 20,000 pounds a year from it"),
]
NOT_REPORTS["two_speakers_dialogue"] = ["A planning decision is due in March."]
SPEAKERS["two_speakers_dialogue"] = [("said", "she", "Sophie Wren", "We need the energy")]

ARTICLES["label_headline"] = """WATCH: Firefighters rescue dog from frozen lake

Firefighters in Lindale pulled a spaniel from a frozen lake on Saturday after it chased a duck onto the ice.

Station manager Kevin Doyle said the dog had been in the water for about ten minutes.

Photograph: Lindale Fire and Rescue Service

He urged owners to keep their dogs on a lead near frozen water.
"""
GOLD["label_headline"] = [
    ("said", "Station manager Kevin Doyle", "the dog had been in the water for about ten minutes"),
    ("urged", "He", "owners to keep their dogs on a lead near frozen water"),
]
NOT_REPORTS["label_headline"] = [
    "WATCH: Firefighters rescue dog from frozen lake",
    "Photograph: Lindale Fire and Rescue Service",
]
SPEAKERS["label_headline"] = [("urged", "He", "Kevin Doyle", "owners to keep")]

ARTICLES["dash_lead"] = """Students protest over rent rises

Hundreds of students marched through Brackley on Friday against rent rises in university halls.

— "We are paying more for rooms with mould on the walls," said Ellie Marsh, a second-year nursing student.

The university said rents had risen by 4%, less than inflation, and that every room was inspected each summer.
"""
GOLD["dash_lead"] = [
    ("protest", "Students", "rent rises"),
    ("said", "Ellie Marsh, a second-year nursing student", "We are paying more for rooms with mould on the walls"),
    ("said", "The university", "rents had risen by 4%, less than inflation, and that every room was inspected each summer"),
]
NOT_REPORTS["dash_lead"] = []

ARTICLES["split_added"] = """Hospital car park charges scrapped

Patients and visitors will no longer pay to park at St Brigid's hospital from next month.

"Nobody should have to pay to visit a dying relative," said the hospital's chief executive, Joanna Feld. "It was wrong, and we have put it right," she added.

The charges raised about 900,000 pounds a year.
"""
GOLD["split_added"] = [
    ("said", "the hospital's chief executive, Joanna Feld", "Nobody should have to pay to visit a dying relative"),
    ("added", "she", "It was wrong, and we have put it right"),
]
NOT_REPORTS["split_added"] = ["The charges raised about 900,000 pounds a year."]
SPEAKERS["split_added"] = [("added", "she", "Joanna Feld", "It was wrong")]

ARTICLES["two_genders"] = """Couple open village shop

A retired couple have reopened the only shop in the village of Elderby, which closed last year.

Peter Grange, 67, said he and his wife had spent their savings on the building.

His wife, Anne, said the village had been "dead" without a shop.

"People came in on the first day just to chat," she said. He said they had sold out of bread by 10am.
"""
GOLD["two_genders"] = [
    ("said", "Peter Grange, 67", "he and his wife had spent their savings on the building"),
    ("said", "His wife, Anne", "the village had been \"dead\" without a shop"),
    ("said", "she", "People came in on the first day just to chat"),
    ("said", "He", "they had sold out of bread by 10am"),
]
NOT_REPORTS["two_genders"] = []
SPEAKERS["two_genders"] = [
    ("said", "she", "Anne Grange", "People came in"),  # (her husband's surname: ``kin_surnames``, sixtieth pass)
    ("said", "He", "Peter Grange", "they had sold out"),
]

ARTICLES["according_mid"] = """Hotel plan for old mill rejected

Plans to turn the old cotton mill in Rushby into a hotel have been rejected by councillors.

The building, according to the council's planning officer, is too close to the river to be insured.

The developer said it would appeal.

Share this article
"""
GOLD["according_mid"] = [
    ("rejected", "councillors", "Plans to turn the old cotton mill in Rushby into a hotel"),
    ("according to", "the council's planning officer", "The building"),
    ("said", "The developer", "it would appeal"),
]
NOT_REPORTS["according_mid"] = ["Share this article"]
SPEAKERS["according_mid"] = [("said", "The developer", "developer", "it would appeal")]

ARTICLES["interview_qa"] = """Interview: the new head of the city orchestra

Lena Sokolova took over the Westbury Philharmonic in January. We asked her about her plans.

Q: What will you change first?

A: The concerts start too late. Families cannot come at half past eight.

Q: Will there be new music?

A: Yes. Every programme next season will include a living composer.
"""
GOLD["interview_qa"] = [
    (":", "A", "The concerts start too late. Families cannot come at half past eight"),
    (":", "A", "Yes. Every programme next season will include a living composer"),
]
NOT_REPORTS["interview_qa"] = [
    "Q: What will you change first?",
    "Q: Will there be new music?",
]
SPEAKERS["interview_qa"] = [(":", "A", "Lena Sokolova", "The concerts start")]

ARTICLES["headline_says"] = """Rail fares to rise 5%, says regulator

Rail fares in England will rise by 5% in March, the biggest increase in eight years.

The Office of Rail Standards said the rise was below inflation. Passenger groups called it a betrayal.
"""
GOLD["headline_says"] = [
    ("says", "regulator", "Rail fares to rise 5%"),
    ("said", "The Office of Rail Standards", "the rise was below inflation"),
    ("called", "Passenger groups", "it a betrayal"),
]
NOT_REPORTS["headline_says"] = ["Rail fares in England will rise by 5% in March, the biggest increase in eight years."]

ARTICLES["headline_warns"] = """Hospital must close its maternity ward, warns watchdog

The maternity ward at Castleford General Hospital is unsafe and should close, the care watchdog said in a report published on Thursday.

The hospital's medical director, Dr Amit Shah, said he was "deeply disappointed" by the report.
"""
GOLD["headline_warns"] = [
    ("warns", "watchdog", "Hospital must close its maternity ward"),
    ("said", "the care watchdog", "The maternity ward at Castleford General Hospital is unsafe and should close"),
    ("said", "The hospital's medical director, Dr Amit Shah", "he was \"deeply disappointed\" by the report"),
]
NOT_REPORTS["headline_warns"] = []

ARTICLES["headline_vows"] = """We will not be relegated, vows new manager

Harrowgate Town have appointed Lewis Bremner as manager until the end of the season.

Bremner, 44, said the players were good enough to stay up.
"""
GOLD["headline_vows"] = [
    ("vows", "new manager", "We will not be relegated"),
    ("said", "Bremner, 44", "the players were good enough to stay up"),
]
NOT_REPORTS["headline_vows"] = ["Harrowgate Town have appointed Lewis Bremner as manager until the end of the season."]

ARTICLES["headline_quoted_says"] = """Ferry cuts 'a disaster for islanders', says council

Ferry sailings to the island of Rona will be cut from three a day to one from October.

The island council said the cuts would leave pupils unable to reach the secondary school on the mainland.
"""
GOLD["headline_quoted_says"] = [
    ("says", "council", "Ferry cuts 'a disaster for islanders'"),
    ("said", "The island council", "the cuts would leave pupils unable to reach the secondary school on the mainland"),
]
NOT_REPORTS["headline_quoted_says"] = ["Ferry sailings to the island of Rona will be cut from three a day to one from October."]

ARTICLES["bullet_quotes"] = """What shoppers told us about the new market hall

We asked shoppers at the reopened Corn Exchange market what they thought.

• "The stalls are too close together," said Rita Moss, 70.

• "It is cleaner than before," said her friend, June Harker.

The market is open six days a week.
"""
GOLD["bullet_quotes"] = [
    ("said", "Rita Moss, 70", "The stalls are too close together"),
    ("said", "her friend, June Harker", "It is cleaner than before"),
]
NOT_REPORTS["bullet_quotes"] = ["The market is open six days a week."]
