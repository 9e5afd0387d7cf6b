# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fourteen short articles written for the fifty-fourth session's red team (helper rt), on topics and in
registers the earlier probes left out (a chess tournament, a vaccine trial readout, a city budget hearing, a
tenants' dispute, parliamentary question time, a museum repatriation, a zoo's new arrival, a data protection
fine, a marathon run in a heatwave, fishing quota talks, an orchestra merger, an airport noise inquiry, a ferry
timetable row and exam results day), each with the rarer reporting forms ('conceded', 'insisted', 'cautioned',
'acknowledged', 'pointed out', 'went on to say', 'was quoted as saying', 'in remarks to', 'according to figures
from', 'a filing shows', 'is understood to', 'sources close to', 'X's view is that', a nested 'told reporters
that X had said', a passive 'it was announced'). The gold is written by hand: (a word of the cue, the source,
the first content span) per attribution. Every name, figure and sentence is made up. Read by
``test_probe_findings_54_rt``; ``NOT_REPORTS`` holds lines that report nothing, ``NESTED`` the reports another
report holds, ``STILL_WRONG`` the reports still missed or cut wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["chess"] = """Teenager stuns top seed to lead Kelderberg Open

Fifteen-year-old Ilse Vantongeren beat the tournament's top seed on Sunday to take the sole lead at the Kelderberg Open with two rounds to play.

Vantongeren, playing black, sacrificed a knight on move 23 and forced resignation twelve moves later. "I saw the idea in the morning and I could not stop thinking about it," she told reporters after the game.

Her opponent, grandmaster Piotr Walczak, conceded that he had underestimated the attack. He insisted, however, that the sacrifice was unsound and that he had missed a defence.

The chief arbiter, Marten Goossens, confirmed that the game had been checked for engine use as a matter of routine.

Vantongeren's coach maintained that his pupil was "not thinking about titles yet". He pointed out that she had lost her first two games at the event.

Round eight starts at 2pm on Monday.
"""
GOLD["chess"] = [
    ("told", "she", "I saw the idea in the morning and I could not stop thinking about it"),
    ("conceded", "Her opponent, grandmaster Piotr Walczak", "he had underestimated the attack"),
    ("insisted", "He", "the sacrifice was unsound and that he had missed a defence"),
    ("confirmed", "The chief arbiter, Marten Goossens", "the game had been checked for engine use as a matter of routine"),
    ("maintained", "Vantongeren's coach", 'his pupil was "not thinking about titles yet"'),
    ("pointed out", "He", "she had lost her first two games at the event"),
]
NOT_REPORTS["chess"] = ["Teenager stuns top seed to lead Kelderberg Open", "Round eight starts at 2pm on Monday."]

ARTICLES["vaccine"] = """Experimental RSV jab cuts infant hospital stays by half, trial shows

A vaccine given to pregnant women halved the number of their babies admitted to hospital with a common chest virus, according to results released on Tuesday by the drugmaker Halvard Bio.

The trial enrolled 7,400 women in nine countries. Among babies whose mothers received the jab, 31 were admitted to hospital in their first six months, compared with 64 in the placebo group, the company said.

"These are the numbers we were hoping for," chief medical officer Dr Ruth Okonjo said in remarks to investors. She cautioned that the results had not yet been reviewed by independent scientists.

Independent experts were more guarded. Professor Alan Mbeki of Southgate University acknowledged that the drop was "meaningful", but said the company had released too little safety data to judge the vaccine.

A filing with the regulator shows that the company plans to seek approval by the end of the year.

Shares in Halvard rose 12 percent.
"""
GOLD["vaccine"] = [
    ("according to", "results released on Tuesday by the drugmaker Halvard Bio", "A vaccine given to pregnant women halved the number of their babies admitted to hospital with a common chest virus"),
    ("said", "the company", "Among babies whose mothers received the jab, 31 were admitted to hospital in their first six months, compared with 64 in the placebo group"),
    ("said", "chief medical officer Dr Ruth Okonjo", "These are the numbers we were hoping for"),
    ("cautioned", "She", "the results had not yet been reviewed by independent scientists"),
    ("acknowledged", "Professor Alan Mbeki of Southgate University", 'the drop was "meaningful"'),
    ("shows", "A filing with the regulator", "the company plans to seek approval by the end of the year"),
]
NOT_REPORTS["vaccine"] = ["The trial enrolled 7,400 women in nine countries.", "Shares in Halvard rose 12 percent."]

ARTICLES["budget"] = """Libraries and pools face cuts as council sets out budget

Residents packed the council chamber on Wednesday night as Eastmere City Council held its first public hearing on next year's budget.

The council must close a gap of 14 million dollars, according to figures from its finance department.

Budget chair Lorna Feld told the hearing that every department had been asked to find savings of 6 percent. "There is no painless option left on the table," she said.

Several speakers urged the council to spare branch libraries. A retired teacher, Gus Amari, said the library on Fern Street was "the only warm room some of my neighbours have all winter".

Councillor Dev Patel went on to say that the pools could be run by a trust rather than closed.

Will the cuts go through? A final vote is due on 12 March.

The mayor's view is that property taxes should not rise above inflation.
"""
GOLD["budget"] = [
    ("according to", "figures from its finance department", "The council must close a gap of 14 million dollars"),
    ("told", "Budget chair Lorna Feld", "every department had been asked to find savings of 6 percent"),
    ("said", "she", "There is no painless option left on the table"),
    ("urged", "Several speakers", "the council to spare branch libraries"),
    ("said", "A retired teacher, Gus Amari", 'the library on Fern Street was "the only warm room some of my neighbours have all winter"'),
    ("to say", "Councillor Dev Patel", "the pools could be run by a trust rather than closed"),
    ("view", "The mayor's", "property taxes should not rise above inflation"),
]
NOT_REPORTS["budget"] = ["Will the cuts go through? A final vote is due on 12 March."]

ARTICLES["tenants"] = """Tenants withhold rent over broken lifts at Calder Court

Tenants at a 16-storey block in Calder Vale have stopped paying rent in protest at lifts that they say have been broken for most of the past year.

The Calder Court Tenants' Association said 140 of the block's 190 households had joined the rent strike.

Its secretary, Joyce Anand, who lives on the 14th floor, said older residents had been trapped in their flats for weeks at a time. "My neighbour is 88. She has not been outside since October," she said.

The landlord, Northway Homes, insisted that the lifts were inspected every month and blamed vandalism for the faults. It warned that tenants who withheld rent could face eviction.

Housing lawyers cautioned that a rent strike carries real risks. Solicitor Ben Oyelaran said tenants should pay the money into a separate account so that they could show it was available.

Northway Homes is understood to be preparing legal letters to the households involved.

The block was built in 1971.
"""
GOLD["tenants"] = [
    ("said", "The Calder Court Tenants' Association", "140 of the block's 190 households had joined the rent strike"),
    ("said", "Its secretary, Joyce Anand, who lives on the 14th floor", "older residents had been trapped in their flats for weeks at a time"),
    ("said", "she", "My neighbour is 88. She has not been outside since October"),
    ("insisted", "The landlord, Northway Homes", "the lifts were inspected every month"),
    ("warned", "It", "tenants who withheld rent could face eviction"),
    ("cautioned", "Housing lawyers", "a rent strike carries real risks"),
    ("said", "Solicitor Ben Oyelaran", "tenants should pay the money into a separate account so that they could show it was available"),
]
NOT_REPORTS["tenants"] = ["The block was built in 1971."]

ARTICLES["pmq"] = """Prime minister and opposition leader clash over hospital waiting lists

The prime minister and the leader of the opposition clashed over hospital waiting lists at a bad-tempered question time on Wednesday.

Opening the exchanges, opposition leader Keir Bramall asked why 7.2 million people were still waiting for treatment. "Every week he promises the queue will shrink, and every week it grows," he told the Commons.

Prime minister Helen Vasquez replied that waiting lists had fallen for three months in a row. She accused Mr Bramall of "talking down the health service".

Later, a backbench MP told reporters that the health secretary had said privately that the target would be missed. A spokesman for the health secretary denied this.

It was announced after the session that the government would publish a new plan for hospital beds in June.

The Speaker twice called for order.
"""
GOLD["pmq"] = [
    ("asked", "opposition leader Keir Bramall", "why 7.2 million people were still waiting for treatment"),
    ("told", "he", "Every week he promises the queue will shrink, and every week it grows"),
    ("replied", "Prime minister Helen Vasquez", "waiting lists had fallen for three months in a row"),
    ("accused", "She", 'Mr Bramall of "talking down the health service"'),
    ("told", "a backbench MP", "the health secretary had said privately that the target would be missed"),
    ("denied", "A spokesman for the health secretary", "this"),
]
NESTED = {"pmq": [("said", "the health secretary", "the target would be missed")]}

ARTICLES["museum"] = """Museum to return carved doors to island community

The Westbury Museum will return a pair of carved wooden doors taken from a meeting house on the island of Tavau in 1894, its trustees announced on Friday.

The doors were removed by a colonial official and sold to the museum by his grandson in 1931, records show.

The museum's director, Clare Holloway, acknowledged that the doors had been "taken without consent". "It is long past time they went home," she said.

Elder Sione Latu, who led the request, said the community had waited three generations for this day. He was quoted as saying that the doors "carry the names of our ancestors".

Sources close to the trustees said the decision had been unanimous.

Not everyone agrees. Some historians fear that returns on this scale will empty museums of their collections.

The doors will go on display one last time in May.
"""
GOLD["museum"] = [
    ("announced", "its trustees", "The Westbury Museum will return a pair of carved wooden doors taken from a meeting house on the island of Tavau in 1894"),
    ("show", "records", "The doors were removed by a colonial official and sold to the museum by his grandson in 1931"),
    ("acknowledged", "The museum's director, Clare Holloway", 'the doors had been "taken without consent"'),
    ("said", "she", "It is long past time they went home"),
    ("said", "Elder Sione Latu, who led the request", "the community had waited three generations for this day"),
    ("saying", "He", 'the doors "carry the names of our ancestors"'),
    ("said", "Sources close to the trustees", "the decision had been unanimous"),
    ("fear", "Some historians", "returns on this scale will empty museums of their collections"),
]
NOT_REPORTS["museum"] = ["Museum to return carved doors to island community", "The doors will go on display one last time in May."]

ARTICLES["zoo"] = """Rare tapir calf born at Hollins Zoo

A Malayan tapir calf has been born at Hollins Zoo, the first of its kind to be born there in 20 years.

The female calf was born on 3 April after a pregnancy of 13 months, the zoo said. She weighed 7kg at birth.

Head keeper Nadia Sorensen said the mother, Kira, had been "calm and attentive from the first minute". "We watched the birth on camera from the office, holding our breath," she added.

Keepers believe the calf will keep her striped coat for about six months.

Visitors can see the pair from next week. Please do not tap on the glass.

The species is classed as endangered, and its numbers in the wild have fallen by half in three decades, according to the International Union for Conservation of Nature.
"""
GOLD["zoo"] = [
    ("said", "the zoo", "The female calf was born on 3 April after a pregnancy of 13 months"),
    ("said", "Head keeper Nadia Sorensen", 'the mother, Kira, had been "calm and attentive from the first minute"'),
    ("added", "she", "We watched the birth on camera from the office, holding our breath"),
    ("believe", "Keepers", "the calf will keep her striped coat for about six months"),
    ("according to", "the International Union for Conservation of Nature", "The species is classed as endangered, and its numbers in the wild have fallen by half in three decades"),
]
NOT_REPORTS["zoo"] = ["Rare tapir calf born at Hollins Zoo", "Visitors can see the pair from next week. Please do not tap on the glass."]

ARTICLES["fine"] = """Regulator fines gym chain over members' data

The Data Protection Authority has fined the gym chain FitWorks 2.3 million euros for keeping the fingerprints of former members for years after they left.

In its decision, the authority said the company had "no lawful reason" to hold the data of 410,000 people.

FitWorks said in a statement that it would appeal. The company maintained that members had agreed to the fingerprint scanners when they joined.

The authority's commissioner, Eva Lindqvist, said consent buried in a contract was not consent at all. "People should not have to read forty pages to keep their fingerprints private," she told a news conference.

Privacy campaigners welcomed the fine but argued that it was too small to change behaviour.

Former members who want to check whether their data was held can contact the authority.
"""
GOLD["fine"] = [
    ("said", "the authority", 'the company had "no lawful reason" to hold the data of 410,000 people'),
    ("said", "FitWorks", "it would appeal"),
    ("maintained", "The company", "members had agreed to the fingerprint scanners when they joined"),
    ("said", "The authority's commissioner, Eva Lindqvist", "consent buried in a contract was not consent at all"),
    ("told", "she", "People should not have to read forty pages to keep their fingerprints private"),
    ("argued", "Privacy campaigners", "it was too small to change behaviour"),
]

ARTICLES["marathon"] = """Heat forces dozens out of city marathon

More than 60 runners were treated for heat exhaustion at the Ravensport Marathon on Sunday as temperatures reached 29C.

Race director Tom Achebe said organisers had added four water stations overnight. "We did everything the weather forecast asked of us, and then some," he said.

Medical staff estimated that one runner in ten slowed to a walk in the final 10km.

Winner Samuel Kiprop, who finished in 2:14:09, said it was the hardest race of his life: "After 30 kilometres I stopped racing the others and started racing the sun."

One runner, who asked not to be named, complained that the start should have been moved earlier in the morning.

The city said it would review the timing of next year's event.

Results

Men: 1 S Kiprop 2:14:09; 2 D Mwangi 2:15:40. Women: 1 A Tesfaye 2:31:02.
"""
GOLD["marathon"] = [
    ("said", "Race director Tom Achebe", "organisers had added four water stations overnight"),
    ("said", "he", "We did everything the weather forecast asked of us, and then some"),
    ("estimated", "Medical staff", "one runner in ten slowed to a walk in the final 10km"),
    ("said", "Winner Samuel Kiprop, who finished in 2:14:09", "it was the hardest race of his life"),
    ("complained", "One runner, who asked not to be named", "the start should have been moved earlier in the morning"),
    ("said", "The city", "it would review the timing of next year's event"),
]
NOT_REPORTS["marathon"] = ["Results", "Men: 1 S Kiprop 2:14:09; 2 D Mwangi 2:15:40. Women: 1 A Tesfaye 2:31:02."]

ARTICLES["fishing"] = """Fishing talks end without deal on mackerel quotas

Talks between coastal states on how to share this year's mackerel catch ended in Bergen on Thursday without agreement.

Scientists have advised that catches be cut by 20 percent to protect stocks. The fishing minister of Norland, Erik Halvorsen, said his country was ready to accept the cut "if everyone else does too".

Officials from two other delegations privately accused Norland of setting its own quota before the talks began, according to people familiar with the discussions.

The chief negotiator for the island states, Mairi Dunn, said she remained hopeful. "We are closer than the headlines will suggest," she said, "but close is not a deal."

Fishing crews in the northern ports fear another year of uncertainty. Skipper Iain Ross said prices for his catch had already fallen.

The talks will resume in March.
"""
GOLD["fishing"] = [
    ("advised", "Scientists", "catches be cut by 20 percent to protect stocks"),
    ("said", "The fishing minister of Norland, Erik Halvorsen", 'his country was ready to accept the cut "if everyone else does too"'),
    ("according to", "people familiar with the discussions", "Officials from two other delegations privately accused Norland of setting its own quota before the talks began"),
    ("said", "The chief negotiator for the island states, Mairi Dunn", "she remained hopeful"),
    ("said", "she", "We are closer than the headlines will suggest"),
    ("fear", "Fishing crews in the northern ports", "another year of uncertainty"),
    ("said", "Skipper Iain Ross", "prices for his catch had already fallen"),
]
NOT_REPORTS["fishing"] = ["The talks will resume in March."]

ARTICLES["orchestra"] = """Two orchestras to merge as arts funding shrinks

The Lanford Philharmonic and the Lanford Chamber Orchestra will merge next year, the two boards said on Monday, after a cut of a third in their public grants.

« We would rather be one strong orchestra than two weak ones », said the Philharmonic's chair, Beatrice Moreau.

Musicians are less sure. The players' union said it had not been consulted and feared that up to 25 jobs could go.

‘Nobody has told us who will keep their chair,’ one violinist said.

The arts council, which funds both orchestras, said it "fully supports" the merger and believes it will secure classical music in the city.

The first joint season will open in September.
"""
GOLD["orchestra"] = [
    ("said", "the two boards", "The Lanford Philharmonic and the Lanford Chamber Orchestra will merge next year"),
    ("said", "the Philharmonic's chair, Beatrice Moreau", "We would rather be one strong orchestra than two weak ones"),
    ("said", "one violinist", "Nobody has told us who will keep their chair"),
    ("said", "The arts council, which funds both orchestras", 'it "fully supports" the merger and believes it will secure classical music in the city'),
]
NOT_REPORTS["orchestra"] = ["The first joint season will open in September."]

ARTICLES["airport"] = """Inquiry hears of sleepless nights under flight path

Residents living under the flight path of Brackwater Airport told a planning inquiry on Tuesday that night flights were ruining their health.

The airport wants to increase the number of flights allowed between 11pm and 6am from 3,000 to 5,500 a year.

Retired nurse Gwen Tallis said she had not slept through the night since the summer schedule began. "You lie there waiting for the next one," she said.

Acting for the airport, barrister Hugh Carrow argued that the new planes were quieter and that the noise footprint would shrink. He told the inquiry the airport supported 4,000 jobs.

A noise survey commissioned by the council found that average night-time noise in two villages already exceeded the World Health Organization's guideline.

The inspector, Anne Wexley, is expected to report to ministers in the autumn.

What happens next? Ministers will make the final decision.
"""
GOLD["airport"] = [
    ("told", "Residents living under the flight path of Brackwater Airport", "night flights were ruining their health"),
    ("said", "Retired nurse Gwen Tallis", "she had not slept through the night since the summer schedule began"),
    ("said", "she", "You lie there waiting for the next one"),
    ("argued", "barrister Hugh Carrow", "the new planes were quieter and that the noise footprint would shrink"),
    ("told", "He", "the airport supported 4,000 jobs"),
    ("found", "A noise survey commissioned by the council", "average night-time noise in two villages already exceeded the World Health Organization's guideline"),
]
NOT_REPORTS["airport"] = ["What happens next? Ministers will make the final decision."]

ARTICLES["ferry"] = """Islanders angry as ferry timetable is cut

Islanders on Skarra have reacted with fury to a winter timetable that cuts the ferry to the mainland from three crossings a day to one.

The operator, Westsound Ferries, blamed a shortage of crew. "We cannot sail without a full crew, and we do not have one," its managing director, Fiona Baird, told the Island Gazette.

Community council chair Robert MacNeil said the cut would leave patients unable to reach hospital appointments and return the same day. He added that two families had already decided to leave the island.

In a letter to the transport minister, the island's MSP wrote that Skarra was being "treated as an afterthought".

The minister's office said it was aware of the concerns and was working with the operator.

Check the operator's website before you travel.
"""
GOLD["ferry"] = [
    ("blamed", "The operator, Westsound Ferries", "a shortage of crew"),
    ("told", "its managing director, Fiona Baird", "We cannot sail without a full crew, and we do not have one"),
    ("said", "Community council chair Robert MacNeil", "the cut would leave patients unable to reach hospital appointments and return the same day"),
    ("added", "He", "two families had already decided to leave the island"),
    ("wrote", "the island's MSP", 'Skarra was being "treated as an afterthought"'),
    ("said", "The minister's office", "it was aware of the concerns and was working with the operator"),
]
NOT_REPORTS["ferry"] = ["Check the operator's website before you travel."]

ARTICLES["exams"] = """Top grades fall for second year as exam results published

The share of top grades awarded at A-level fell for the second year running, official figures published on Thursday show.

Just over 26 percent of entries were awarded an A or A*, down from 27.2 percent last year, according to the Joint Council for Qualifications.

Education secretary Mark Rowe congratulated students and said the results showed standards were "back where they belong".

Head teachers were less convinced. Pat Ogunleye, who leads a sixth form college in Dunmore, said her students had been "marked harder than their older brothers and sisters for no fault of their own".

At Dunmore College, students opened their envelopes in the hall. Asked how she felt, 18-year-old Leah Fenn replied: "Relieved. I can go to Leeds."

Students unhappy with their grades can ask their school to request a review.

I think the class of this year deserves better, and so do their teachers.
"""
GOLD["exams"] = [
    ("show", "official figures published on Thursday", "The share of top grades awarded at A-level fell for the second year running"),
    ("according to", "the Joint Council for Qualifications", "Just over 26 percent of entries were awarded an A or A*, down from 27.2 percent last year"),
    ("said", "Education secretary Mark Rowe", 'the results showed standards were "back where they belong"'),
    ("said", "Pat Ogunleye, who leads a sixth form college in Dunmore", 'her students had been "marked harder than their older brothers and sisters for no fault of their own"'),
    ("replied", "18-year-old Leah Fenn", "Relieved. I can go to Leeds"),
]
NOT_REPORTS["exams"] = ["Students unhappy with their grades can ask their school to request a review."]

#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("orchestra", "said", "The players' union", "it had not been consulted",
     "'and feared that X' after the reported clause is the union's next stance, but the parser hangs 'feared' on "
     "'consulted' and only a verb of saying there is split off (tails.second_report); letting a past belief verb "
     "with 'that' in was train-neutral (no record changed) and still left this one whole, as the clause's subject "
     "'it' is the union (parallel_acts reads it as the clause subject's act), so it was withdrawn; and PolNeAR's "
     "train split keeps such a belief verb after the reporter's pronoun whole as often as it splits it (3 and 3)"),
]
