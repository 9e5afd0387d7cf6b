# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short articles written for the fifty-fourth session's second red team (helper rt2), each built
around one group of cue classes the earlier probes used little: documents as sources (an audit, court
papers, a leaked memo, meeting minutes, budget papers, figures released by a body, a letter seen by a
broadcaster), belief and knowledge cues ('fears', 'suspects', 'is convinced that', 'officials estimate',
'knows that', 'is understood to believe', 'in the view of'), colon and dash quotes, headline quotes
('Mayor: "..."', '"No deal," says union'), a quotation spanning paragraphs, every kind of quotation mark
(straight, curly, single, guillemets, a quotation inside a quotation) and an unbalanced one, mixed quotes
and noun cues ('his warning that', 'her claim that', 'in a statement', 'as X put it'). The gold is written
by hand: (a word of the cue, the source, the first content span) per attribution. Every name, figure and
sentence is made up. Read by ``test_probe_findings_54_rt2``; ``NOT_REPORTS`` holds lines that report
nothing, ``NESTED`` the reports another report holds, ``STILL_WRONG`` the reports still missed or cut
wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["audit"] = """Council paid for road repairs that never happened, audit finds

An independent audit of Brackley District Council concluded that the authority had paid contractors for work that was never carried out.

The 60-page report states that invoices worth 4.1 million pounds were approved without any inspection.

Council leader Fiona Marsh said in a statement that she accepted the findings in full. Her deputy, Owen Tate, fears that the council's reserves will not cover the gap.

"We were let down by our own checks," Marsh said. "That ends today."

Minutes of a 2022 committee meeting record that officers raised concerns about the contractor twice.

The council will debate the report on 14 March.
"""
GOLD["audit"] = [
    ("concluded", "An independent audit of Brackley District Council", "the authority had paid contractors for work that was never carried out"),
    ("said", "Council leader Fiona Marsh", "she accepted the findings in full"),
    ("fears", "Her deputy, Owen Tate", "the council's reserves will not cover the gap"),
    ("said", "Marsh", "We were let down by our own checks"),
    ("record", "Minutes of a 2022 committee meeting", "officers raised concerns about the contractor twice"),
]
NOT_REPORTS["audit"] = ["The council will debate the report on 14 March."]

ARTICLES["court"] = """Cyclist sues federation over doping ban

Court papers filed in Geneva allege that the federation's laboratory mishandled the rider's urine sample.

The 40-page filing argues that the ban, imposed in April, breached the rider's right to a fair hearing. Lawyers for Tomas Reiter, 27, say the sample sat unrefrigerated for nine hours.

In a statement, the federation said its procedures "meet every international standard".

Reiter is convinced that he will race again this season. "I have never taken anything. Not once," he told the Berner Tagblatt.

A hearing is set for June.
"""
GOLD["court"] = [
    ("allege", "Court papers filed in Geneva", "the federation's laboratory mishandled the rider's urine sample"),
    ("argues", "The 40-page filing", "the ban, imposed in April, breached the rider's right to a fair hearing"),
    ("say", "Lawyers for Tomas Reiter, 27", "the sample sat unrefrigerated for nine hours"),
    ("said", "the federation", 'its procedures "meet every international standard"'),
    ("convinced", "Reiter", "he will race again this season"),
    ("told", "he", "I have never taken anything. Not once"),
]
NOT_REPORTS["court"] = ["A hearing is set for June."]

ARTICLES["memo"] = """Leaked memo shows water firm knew of sewage spills

A leaked memo states that managers at Ashvale Water were told about illegal spills in 2021.

The memo, seen by this newspaper, warns that "the regulator must not find out before the sale".

Ashvale suspects that a former employee passed the document to reporters. Company spokesman Dan Kerr said: "The memo was a draft and does not reflect company policy."

Campaigners suspect the spills went on for years.

Figures released by the Environment Agency show that the firm's pipes overflowed 1,204 times last year. According to the agency, that is the highest number of any company in the region.

Officials estimate that the clean-up will cost 30 million pounds.

Ashvale's shares fell 4 percent.
"""
GOLD["memo"] = [
    ("states", "A leaked memo", "managers at Ashvale Water were told about illegal spills in 2021"),
    ("warns", "The memo, seen by this newspaper", "the regulator must not find out before the sale"),
    ("suspects", "Ashvale", "a former employee passed the document to reporters"),
    ("said", "Company spokesman Dan Kerr", "The memo was a draft and does not reflect company policy"),
    ("suspect", "Campaigners", "the spills went on for years"),
    ("show", "Figures released by the Environment Agency", "the firm's pipes overflowed 1,204 times last year"),
    ("According to", "the agency", "that is the highest number of any company in the region"),
    ("estimate", "Officials", "the clean-up will cost 30 million pounds"),
]
NOT_REPORTS["memo"] = ["Ashvale's shares fell 4 percent."]

ARTICLES["market"] = """Mayor: "We will rebuild the market"

Mayor Helen Osei promised on Saturday to rebuild the covered market destroyed by fire on Thursday night.

Her verdict on the fire crews: "They saved the whole street."

Stallholder Kwame Asante put it bluntly - "Without insurance, I have nothing left."

Fire chief Leon Marsh said the blaze had probably started in an electrical cupboard. Traders fear that the market will not reopen before Christmas.

Police said there was no sign that the fire had been started deliberately.

A fundraising page had raised 18,000 pounds by Sunday evening.
"""
GOLD["market"] = [
    (":", "Mayor", "We will rebuild the market"),
    ("promised", "Mayor Helen Osei", "to rebuild the covered market destroyed by fire on Thursday night"),
    ("verdict", "Her", "They saved the whole street"),
    ("put it", "Stallholder Kwame Asante", "Without insurance, I have nothing left"),
    ("said", "Fire chief Leon Marsh", "the blaze had probably started in an electrical cupboard"),
    ("fear", "Traders", "the market will not reopen before Christmas"),
    ("said", "Police", "there was no sign that the fire had been started deliberately"),
]
NOT_REPORTS["market"] = ["A fundraising page had raised 18,000 pounds by Sunday evening."]

ARTICLES["bakers"] = """"No deal," says bakers' union as talks collapse

Talks to end the strike at Hollins Bakeries collapsed on Tuesday after eleven hours.

\u00abWe offered them everything we could,\u00bb said the company's chief executive, Marta Lind.

Union organiser Gary Pugh said the offer was 'an insult dressed up as a pay rise'.

'When the boss tells us "there is no more money", we look at his bonus,' said one baker, who asked not to be named.

The union's claim that the firm made record profits was disputed by the company. In a statement, Hollins said it would "keep the shelves stocked" during the strike.

Shoppers in Leeds found empty shelves on Wednesday.
"""
GOLD["bakers"] = [
    ("says", "bakers' union", "No deal"),
    ("said", "the company's chief executive, Marta Lind", "We offered them everything we could"),
    ("said", "Union organiser Gary Pugh", "the offer was 'an insult dressed up as a pay rise'"),
    ("said", "one baker, who asked not to be named", 'When the boss tells us "there is no more money", we look at his bonus'),
    ("said", "Hollins", 'it would "keep the shelves stocked" during the strike'),
]
NOT_REPORTS["bakers"] = ["Shoppers in Leeds found empty shelves on Wednesday."]

ARTICLES["volcano"] = """Scientists fear new eruption on Kessa island

Volcanologists fear that a second eruption on Kessa could be larger than the first.

The island's observatory suspects magma is rising beneath the northern crater. Its director, Dr Ana Fonseca, is convinced that the evacuation order saved lives.

Officials estimate that 3,000 people have left their homes.

Local fisherman Rui Teles knows that his boat may be the only way off the island.

The governor is understood to believe that the airport can stay open. In the view of the national civil protection agency, the risk to the capital is low.

Ferries will run twice a day until further notice.
"""
GOLD["volcano"] = [
    ("fear", "Volcanologists", "a second eruption on Kessa could be larger than the first"),
    ("convinced", "Its director, Dr Ana Fonseca", "the evacuation order saved lives"),
    ("estimate", "Officials", "3,000 people have left their homes"),
    ("knows", "Local fisherman Rui Teles", "his boat may be the only way off the island"),
    ("view", "the national civil protection agency", "the risk to the capital is low"),
]
NOT_REPORTS["volcano"] = ["Ferries will run twice a day until further notice."]

ARTICLES["rovers"] = """Striker set to leave Rovers, manager admits

Rovers manager Callum Boyd admitted on Friday that his top scorer, Dele Ajayi, was likely to leave in January.

"Dele has been brilliant for us. Nobody wants to lose a player like that.

"But the club has to balance the books, and I understand that," Boyd said.

The coach knows that replacing 19 goals will not be easy. As Boyd put it, "You cannot keep everybody happy."

Chairman Ray Dunn was more cautious. He said no offer had been received.

Rovers play Millwall on Saturday.
"""
GOLD["rovers"] = [
    ("admitted", "Rovers manager Callum Boyd", "his top scorer, Dele Ajayi, was likely to leave in January"),
    ("knows", "The coach", "replacing 19 goals will not be easy"),
    ("put it", "Boyd", "You cannot keep everybody happy"),
    ("said", "He", "no offer had been received"),
]
NOT_REPORTS["rovers"] = ["Rovers play Millwall on Saturday."]

ARTICLES["library"] = """Village library saved after council U-turn

The minutes of Tuesday's cabinet meeting record that members voted 6-3 to keep the library open.

A consultation report published last month found that 82 percent of residents used the library at least once a month.

Cabinet member Sue Farrow told the meeting that the vote was "the right decision for the village.

Campaigner Ben Ashe said the group would keep a close eye on opening hours. According to a council spokeswoman, the library will need volunteers to open on Saturdays.

The council's own budget papers warn that the building needs a new roof within five years.

The library reopens on Monday.
"""
GOLD["library"] = [
    ("record", "The minutes of Tuesday's cabinet meeting", "members voted 6-3 to keep the library open"),
    ("found", "A consultation report published last month", "82 percent of residents used the library at least once a month"),
    ("told", "Cabinet member Sue Farrow", 'the vote was "the right decision for the village.'),
    ("said", "Campaigner Ben Ashe", "the group would keep a close eye on opening hours"),
    ("According to", "a council spokeswoman", "the library will need volunteers to open on Saturdays"),
    ("warn", "The council's own budget papers", "the building needs a new roof within five years"),
]
NOT_REPORTS["library"] = ["The library reopens on Monday."]

ARTICLES["fares"] = """Airline boss warns of summer fare rises

Skylane chief executive Paul Eriksen repeated his warning that fares would rise by a fifth this summer.

His prediction that rivals would follow was dismissed by Coastair. In a statement, Coastair said its fares would "stay where they are".

Consumer group Fly Fair renewed its demand that airlines publish the full price up front.

Eriksen's argument is that fuel costs have doubled since March.

Analysts at Hartwell Securities believe that the rises will hit family holidays hardest.

Skylane carried 41 million passengers last year.
"""
GOLD["fares"] = [
    ("said", "Coastair", 'its fares would "stay where they are"'),
    ("argument", "Eriksen's", "fuel costs have doubled since March"),
    ("believe", "Analysts at Hartwell Securities", "the rises will hit family holidays hardest"),
]
NOT_REPORTS["fares"] = ["Skylane carried 41 million passengers last year."]

ARTICLES["byelection"] = """Turnout falls in Marden by-election

Turnout in Thursday's Marden by-election fell to 29 percent, figures from the returning officer show.

The winner, Labour's Priya Nair, was upbeat. \u201cThis is a win for every street in Marden,\u201d she said.

Her Conservative rival, Tom Gale, was blunt in defeat \u2013 \u201cWe did not give people a reason to vote.\u201d

As one party worker put it, the campaign \u201cnever caught fire\u201d.

Election expert Prof. Lena Hart thinks that low turnout hurt the smaller parties most.

Nair\u2019s claim that she would \u201cfix the buses first\u201d was the centrepiece of her campaign.

The count finished at 3am.
"""
GOLD["byelection"] = [
    ("show", "figures from the returning officer", "Turnout in Thursday's Marden by-election fell to 29 percent"),
    ("said", "she", "This is a win for every street in Marden"),
    ("put it", "one party worker", "the campaign \u201cnever caught fire\u201d"),
    ("thinks", "Election expert Prof. Lena Hart", "low turnout hurt the smaller parties most"),
    ("claim", "Nair\u2019s", "she would \u201cfix the buses first\u201d"),
]
NOT_REPORTS["byelection"] = ["The count finished at 3am."]

ARTICLES["maternity"] = """Maternity unit failed mothers, review finds

A review of the maternity unit at St Brannock's Hospital found that staff had ignored warning signs in at least 14 births.

The report's authors conclude that the unit was "run on goodwill and exhaustion". Data published by the trust suggest that midwife numbers fell by a quarter between 2019 and 2023.

A letter seen by the BBC shows that senior doctors raised the alarm in 2020.

The trust's chief executive, Dr Hannah Cole, said she was "deeply sorry". Families believe that the review does not go far enough.

One mother, Grace Obi, said: 'Nobody listened to me. Nobody.'

The review's recommendations will be published in full next week.
"""
GOLD["maternity"] = [
    ("found", "A review of the maternity unit at St Brannock's Hospital", "staff had ignored warning signs in at least 14 births"),
    ("conclude", "The report's authors", 'the unit was "run on goodwill and exhaustion"'),
    ("suggest", "Data published by the trust", "midwife numbers fell by a quarter between 2019 and 2023"),
    ("shows", "A letter seen by the BBC", "senior doctors raised the alarm in 2020"),
    ("said", "The trust's chief executive, Dr Hannah Cole", 'she was "deeply sorry"'),
    ("believe", "Families", "the review does not go far enough"),
    ("said", "One mother, Grace Obi", "Nobody listened to me. Nobody"),
]
NOT_REPORTS["maternity"] = ["The review's recommendations will be published in full next week."]

ARTICLES["festival"] = """Folk festival cancelled over licence row

Organisers of the Tarrow Folk Festival cancelled this year's event on Monday, blaming a dispute over its licence.

Festival director Niamh Byrne said the council had "moved the goalposts three times". Byrne's response to the decision was short: "We are heartbroken."

The council's licensing committee noted in its decision that the site had no second exit. A council spokesman said the organisers had been told in January what was needed.

Ticket holders will get refunds, the organisers said.

Musician Sean Daly, who has played every festival since 1998, said: "My father used to say, 'Tarrow is where the summer starts.' Not this year."

The festival drew 9,000 visitors last year.
"""
GOLD["festival"] = [
    ("said", "Festival director Niamh Byrne", 'the council had "moved the goalposts three times"'),
    ("noted", "The council's licensing committee", "the site had no second exit"),
    ("said", "A council spokesman", "the organisers had been told in January what was needed"),
    ("said", "the organisers", "Ticket holders will get refunds"),
    ("said", "Musician Sean Daly, who has played every festival since 1998", "My father used to say, 'Tarrow is where the summer starts.' Not this year"),
]
NOT_REPORTS["festival"] = ["The festival drew 9,000 visitors last year."]

#: reports another report holds: (cue, source, content) by article
NESTED = {
    "festival": [("say", "My father", "Tarrow is where the summer starts")],
}

#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("audit", "states", "The 60-page report", "invoices worth 4.1 million pounds were approved without any inspection",
     "the parser reads 'invoices' as the reported clause's verb ('that' its subject, 'pounds' its object), so the "
     "content comes in two pieces, split before 'were approved'; a tagging error on a plural noun after 'that'"),
    ("byelection", "blunt", "Her Conservative rival, Tom Gale", "We did not give people a reason to vote",
     "a copula and an adjective of manner before a dash or a colon ('was blunt in defeat: \"X\"' is missed too) "
     "reports nothing: only a verb of saying ('put it bluntly - \"X\"' now reads its dash as the colon) and a noun "
     "of saying take a manner colon"),
    ("bakers", "claim", "The union's", "the firm made record profits",
     "a noun cue as the subject of a passive verb of disputing ('X's claim that Y was disputed by Z') gives only "
     "Z's record, whose content is the claim; the claim's own record is not shown"),
    ("fares", "prediction", "His", "rivals would follow", "as for 'claim' under 'was disputed' (same form)"),
    ("fares", "repeated his warning", "Skylane chief executive Paul Eriksen", "fares would rise by a fifth this summer",
     "'repeated his warning that X': PolNeAR's train gold makes 'reiterated his claim' the cue and the clause the "
     "content; the pipeline gives 'repeated' with 'his warning that X' for content (the scorer's overlap match "
     "counts it right, so a fix shows nothing on train)"),
    ("fares", "renewed its demand", "Consumer group Fly Fair", "airlines publish the full price up front",
     "as 'repeated his warning'; and the source loses its role noun ('Fly Fair')"),
    ("volcano", "suspects", "The island's observatory", "magma is rising beneath the northern crater",
     "the parser reads 'observatory suspects' as one noun phrase (a plural noun after a noun), so there is no verb"),
    ("volcano", "believe", "The governor", "the airport can stay open",
     "'X is understood to believe that Y': the raising passive is read as hearsay with no source and the subject "
     "as its content; ``raised_reports`` joins only an infinitive of saying ('is expected to argue'); no train text has "
     "'understood to believe', so a change there cannot be measured"),
    ("rovers", "said", "Boyd", "Dele has been brilliant for us. Nobody wants to lose a player like that.",
     "a quotation run on over paragraphs goes to the cue closing it (``run_on_quotes``), but here the closing "
     "paragraph ends '..., and I understand that,\" Boyd said': the parser hangs 'Boyd said' as the clause of "
     "'understand that', so 'said' has no quotation when the run-on is judged and the open paragraph goes to 'admitted'"),
    ("festival", "response", "Byrne's", "We are heartbroken",
     "'X's response to the decision was short: \"Y\"': a noun of saying with a phrase after it before 'was' and an "
     "adjective; the copula rule reaches three words, so a manner colon takes the whole phrase for source. Letting it "
     "reach past a phrase of whom or what the noun is on added 6 records on train and 1 right (most were the "
     "writer's, 'The concern within the agency is that X', with no one holding it), so it was withdrawn"),
]
