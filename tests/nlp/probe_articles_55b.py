# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fourteen short articles written for the fifty-fifth session's second red team (helper rt2) in the
commonest registers of everyday general news (a quarterly earnings call, a central bank's rate decision, a
football match report, a tennis feature, a medical study, a phone launch, a campaign stop, a parliamentary
vote, an actor's interview, a local burglary with a police appeal, a rail strike, a storm warning, a profile
with long mixed quotes and a quotation running over several paragraphs), each with the usual variety of
reporting forms and the content-boundary traps of written news: a report split by its attribution ('The
plan, he said, was dead.'), parentheticals, coordinated reports ('said X and warned that Y'), the reporter's
own narration after a report in the same sentence, 'according to' at the start, middle and end, partial
quotations inside indirect speech and a quote whose paragraphs each open with a quotation mark, the last
alone closing it. The gold is written by hand: (a word of the cue, the source, the first content span) per
attribution. Every name, figure and sentence is made up. Read by ``test_probe_findings_55_rt2``;
``NOT_REPORTS`` holds lines that report nothing, ``STILL_WRONG`` the reports still missed or cut wrong,
with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["quarterly"] = """Brightwell Foods lifts outlook as snack sales beat forecasts

Brightwell Foods raised its full-year profit guidance on Tuesday after sales of its crisps and cereal bars grew faster than analysts had expected.

Revenue for the three months to June rose 7 percent to 2.3 billion dollars, the company said in a filing with the Securities and Exchange Commission. Analysts polled by Factlane had expected 2.2 billion dollars.

"Shoppers are trading up again, and our brands are where they want to be," chief executive Marisol Dunleavy told analysts on a conference call. She said the company now expected earnings per share of between 3.40 and 3.55 dollars for the year.

Finance chief Oren Takeda warned that the cost of cocoa and packaging would weigh on margins in the second half. Prices, he said, would rise again in the autumn.

According to one analyst on the call, Priya Venkat of Holloway Securities, the guidance was "conservative, as usual".

Sales in Asia (excluding currency effects) rose 9 percent, the company said, its fastest growth in two years.

Not everyone was convinced. Shares fell 2 percent in early trading as investors worried about a slowdown in Europe, where sales dropped 4 percent.

The company will report its next results in October.
"""
GOLD["quarterly"] = [
    ("said", "the company", "Revenue for the three months to June rose 7 percent to 2.3 billion dollars"),
    ("told", "chief executive Marisol Dunleavy", "Shoppers are trading up again, and our brands are where they want to be"),
    ("said", "She", "the company now expected earnings per share of between 3.40 and 3.55 dollars for the year"),
    ("warned", "Finance chief Oren Takeda", "the cost of cocoa and packaging would weigh on margins in the second half"),
    ("said", "he", "Prices"),
    ("said", "the company", "Sales in Asia (excluding currency effects) rose 9 percent"),
]
NOT_REPORTS["quarterly"] = ["The company will report its next results in October."]

ARTICLES["ratesdecision"] = """Central bank holds rates but signals cut is coming

The Bank of Norland kept its main interest rate at 4.25 percent on Thursday, but policymakers signalled that borrowing costs could fall as soon as next month.

Inflation had "eased markedly" since the spring, the bank said in its statement, and wage growth was slowing.

Seven of the nine members of the monetary policy committee voted to hold. The two others wanted an immediate cut of a quarter point, according to minutes of the meeting.

Governor Anders Holmqvist told a news conference that the committee would "look carefully" at the next set of figures. Asked whether a cut in September was likely, he said: "I would not rule it out."

Economists had expected the decision. Lena Fiske, chief economist at Nordbank, said the bank was preparing the ground for a series of cuts and predicted the rate would end the year at 3.75 percent.

The currency slipped 0.4 percent against the euro after the announcement.
"""
GOLD["ratesdecision"] = [
    ("said", "the bank", 'Inflation had "eased markedly" since the spring'),
    ("according to", "minutes of the meeting", "The two others wanted an immediate cut of a quarter point"),
    ("told", "Governor Anders Holmqvist", 'the committee would "look carefully" at the next set of figures'),
    ("said", "he", "I would not rule it out"),
    ("said", "Lena Fiske, chief economist at Nordbank", "the bank was preparing the ground for a series of cuts"),
]
NOT_REPORTS["ratesdecision"] = ["The currency slipped 0.4 percent against the euro after the announcement."]

ARTICLES["postmatch"] = """Ashby Town boss hails 'character' after late comeback

Ashby Town manager Declan Furlong praised his side's spirit after two goals in the final ten minutes earned a 2-1 win over Mersea United on Saturday.

Mersea led through a first-half header from Kofi Asante, and for long spells the home side looked short of ideas.

"At half-time I told them the game was still there for us," Furlong told his post-match press conference. "They showed real character. I am proud of every one of them."

Substitute Jamie Orr, who scored the winner in the 89th minute, told BBC Sport he had "dreamed about a moment like that since I was a kid".

Mersea boss Ulla Brandt was less happy with the officials. The penalty, she said, "was never a penalty in a million years", and she would be asking the league for an explanation.

Brandt said her players had been "brilliant for 80 minutes" before adding that they had to learn to close games out.

The result lifts Ashby to sixth in the table.
"""
GOLD["postmatch"] = [
    ("told", "Furlong", "At half-time I told them the game was still there for us"),
    ("told", "Substitute Jamie Orr, who scored the winner in the 89th minute", 'he had "dreamed about a moment like that since I was a kid"'),
    ("said", "she", "The penalty"),
    ("said", "Brandt", 'her players had been "brilliant for 80 minutes"'),
]
NOT_REPORTS["postmatch"] = ["Mersea led through a first-half header from Kofi Asante, and for long spells the home side looked short of ideas.", "The result lifts Ashby to sixth in the table."]

ARTICLES["tennis"] = """At 34, Kasia Morawska is playing the best tennis of her life

Kasia Morawska was supposed to be finished. Two years ago, after surgery on her left wrist, she could not hold a racket for four months.

This week she reached her first grand slam semi-final, beating the world number three in straight sets. "I never thought I would be back here," she admitted afterwards. "Every match now feels like a gift."

Her coach, the former doubles player Henrik Sollie, said the time away had changed her. She had learned, he said, to stop fighting every point as if it were her last.

Morawska herself puts it down to something simpler. She told reporters that she had started sleeping properly for the first time in her career.

Rivals have noticed. The defending champion, Ana Beltrán, described her as "the most dangerous player in the draw" and said nobody wanted to face her.

Morawska plays Beltrán on Friday.
"""
GOLD["tennis"] = [
    ("admitted", "she", "I never thought I would be back here"),
    ("said", "Her coach, the former doubles player Henrik Sollie", "the time away had changed her"),
    ("said", "he", "She had learned"),
    ("told", "She", "she had started sleeping properly for the first time in her career"),
    ("said", "The defending champion, Ana Beltrán", "nobody wanted to face her"),
]
NOT_REPORTS["tennis"] = ["Kasia Morawska was supposed to be finished.", "Morawska plays Beltrán on Friday."]

ARTICLES["study"] = """Daily walk linked to lower risk of memory decline, study finds

People in their sixties who walked for at least 30 minutes a day were less likely to develop memory problems over the following decade, a large study has found.

The study, published in the Journal of Ageing Research on Monday, followed 11,000 adults in four countries for ten years.

Those who walked daily were 22 percent less likely to be diagnosed with mild cognitive impairment, the researchers said.

"We cannot say that walking itself protects the brain, but the link held after we took account of income, smoking and diet," said lead author Dr Femi Adebayo of Calloway University.

The authors cautioned that the participants reported their own activity, which may have led some to overstate it.

Dr Rosa Lindqvist, a neurologist who was not involved in the research, said the findings were "encouraging but not surprising". She added that a trial would be needed to show cause and effect.

The study was funded by a national research council.
"""
GOLD["study"] = [
    ("found", "a large study", "People in their sixties who walked for at least 30 minutes a day were less likely to develop memory problems over the following decade"),
    ("said", "the researchers", "Those who walked daily were 22 percent less likely to be diagnosed with mild cognitive impairment"),
    ("said", "lead author Dr Femi Adebayo of Calloway University", "We cannot say that walking itself protects the brain, but the link held after we took account of income, smoking and diet"),
    # (a relative set off at the end of the reported clause is the writer's, as PolNeAR mostly has it)
    ("cautioned", "The authors", "the participants reported their own activity"),
    ("said", "Dr Rosa Lindqvist, a neurologist who was not involved in the research", 'the findings were "encouraging but not surprising"'),
    ("added", "She", "a trial would be needed to show cause and effect"),
]
NOT_REPORTS["study"] = ["The study was funded by a national research council."]

ARTICLES["gadget"] = """Pinecrest unveils thinner phone with week-long battery

Pinecrest on Wednesday unveiled its new flagship phone, which the company claims can run for a week on a single charge.

The Pinecrest Eight will go on sale in November at a starting price of 899 dollars, the company announced at an event in San Jose.

"This is the phone our customers have been asking us to build," said Tomas Reyes, head of devices, as he held it up to the audience.

The battery life, according to Pinecrest, comes from a new chip that uses half as much power as the last one. Independent tests have not yet confirmed the claim.

Reviewers who were given early access were mostly positive. One wrote that the camera was "the best I have used on any phone this year", though several complained about the price.

Industry analyst Grace Whitlow said the launch came at a difficult moment for the company, whose market share has shrunk for three years in a row.
"""
GOLD["gadget"] = [
    # (a relative clause's report: its pronoun opens the content, the rest after the cue goes on with it)
    ("claims", "the company", "which"),
    ("announced", "the company", "The Pinecrest Eight will go on sale in November at a starting price of 899 dollars"),
    ("said", "Tomas Reyes, head of devices", "This is the phone our customers have been asking us to build"),
    ("according to", "Pinecrest", "The battery life"),
    ("wrote", "One", 'the camera was "the best I have used on any phone this year"'),
    ("said", "Industry analyst Grace Whitlow", "the launch came at a difficult moment for the company, whose market share has shrunk for three years in a row"),
]
NOT_REPORTS["gadget"] = []

ARTICLES["stump"] = """Hartley promises lower energy bills at packed rally

Senate candidate Joan Hartley told supporters in Millbrook on Monday night that she would fight to cap household energy bills if elected.

Speaking in a school gym decorated with campaign banners, Hartley said families had been "squeezed from every side" and accused her opponent of siding with the utility companies.

"He has taken their money, and he has voted their way every single time," she said to loud cheers.

A spokesman for the campaign of her opponent, Senator Dale Whitcombe, said the claim was "false and she knows it". Whitcombe has received donations from several energy firms, campaign records show.

In a speech in Carver County earlier in the day, Whitcombe said the race was about jobs, not bills.

The latest poll puts the two candidates level.
"""
GOLD["stump"] = [
    ("told", "Senate candidate Joan Hartley", "she would fight to cap household energy bills if elected"),
    ("said", "Hartley", 'families had been "squeezed from every side"'),
    ("said", "she", "He has taken their money, and he has voted their way every single time"),
    ("said", "A spokesman for the campaign of her opponent, Senator Dale Whitcombe", 'the claim was "false and she knows it"'),
    ("show", "campaign records", "Whitcombe has received donations from several energy firms"),
    ("said", "Whitcombe", "the race was about jobs, not bills"),
]
NOT_REPORTS["stump"] = []

ARTICLES["division"] = """MPs back assisted dying bill in first vote

MPs voted by 312 to 281 on Friday to allow a bill on assisted dying to move to its next stage, after a debate that lasted almost six hours.

The bill's sponsor, Labour MP Ruth Calloway, told the chamber it would give dying people "choice and dignity at the end". She said strict safeguards, including the approval of two doctors and a judge, would prevent abuse.

Opponents argued that vulnerable people could feel pressure to end their lives. Conservative MP Martin Ashe, a former GP, said the safeguards were "paper walls" and urged colleagues to vote against.

The government remained neutral, and ministers were given a free vote. The health secretary voted in favour, according to the division list.

Outside Parliament, campaigners on both sides held vigils. Disability rights groups said in a joint statement that they were "deeply alarmed" by the result.

The bill now goes to a committee of MPs for detailed scrutiny.
"""
GOLD["division"] = [
    ("told", "The bill's sponsor, Labour MP Ruth Calloway", 'it would give dying people "choice and dignity at the end"'),
    ("said", "She", "strict safeguards, including the approval of two doctors and a judge, would prevent abuse"),
    ("argued", "Opponents", "vulnerable people could feel pressure to end their lives"),
    ("said", "Conservative MP Martin Ashe, a former GP", 'the safeguards were "paper walls"'),
    ("according to", "the division list", "The health secretary voted in favour"),
    ("said", "Disability rights groups", 'they were "deeply alarmed" by the result'),
]
NOT_REPORTS["division"] = ["The bill now goes to a committee of MPs for detailed scrutiny."]

ARTICLES["actor"] = """Nadia Quarshie: 'I was told I was too old for romance at 40'

Nadia Quarshie has spent three decades on stage and screen, but she says the best roles have come in the last five years.

"When I turned 40, my agent said the romantic parts would dry up, and for a while they did," the actor, now 52, tells me over coffee in a cafe near the theatre where she is rehearsing.

Her new film, a love story set on a Scottish island, opens next month. She describes the script as "funny, sad and completely honest about what it is to be middle-aged".

Quarshie grew up in Leeds, the youngest of five children. Her mother, she recalls, wanted her to become a pharmacist.

Does she still get nervous? "Every single night," she says, laughing. "The day I stop being nervous is the day I should stop."

She insists she has no plans to retire.
"""
GOLD["actor"] = [
    ("says", "she", "the best roles have come in the last five years"),
    ("tells", "the actor, now 52", "When I turned 40, my agent said the romantic parts would dry up, and for a while they did"),
    # (with a quotation after 'as', the object and the 'as' join the cue: 'describes the script as')
    ("describes", "She", "funny, sad and completely honest about what it is to be middle-aged"),
    ("recalls", "she", "Her mother"),
    ("says", "she", "Every single night"),
    ("insists", "She", "she has no plans to retire"),
]
NOT_REPORTS["actor"] = ["Quarshie grew up in Leeds, the youngest of five children."]

ARTICLES["burglary"] = """Police appeal after elderly couple tied up in night-time raid

Police are appealing for witnesses after two men broke into the home of an elderly couple in Ferndale and tied them up before stealing jewellery and cash.

The couple, a man aged 81 and a woman aged 79, were woken at about 2am on Sunday, police said. Neither was seriously hurt, but both were "extremely shaken", according to Detective Inspector Carl Boyce.

"This was a terrifying ordeal for two vulnerable people in their own home," he said. "We need anyone who saw anything unusual in the area to come forward."

The men are described as white, in their twenties, and wearing dark clothing. Police said a silver hatchback was seen leaving the street shortly afterwards.

A neighbour, who asked not to be named, told the Ferndale Courier that the couple had lived in the house for more than 40 years. "They are the kindest people you could meet," she said.

Anyone with information is asked to call police quoting reference 4417.
"""
GOLD["burglary"] = [
    ("said", "police", "The couple, a man aged 81 and a woman aged 79, were woken at about 2am on Sunday"),
    ("according to", "Detective Inspector Carl Boyce", 'Neither was seriously hurt, but both were "extremely shaken"'),
    ("said", "he", "This was a terrifying ordeal for two vulnerable people in their own home"),
    ("said", "Police", "a silver hatchback was seen leaving the street shortly afterwards"),
    ("told", "A neighbour, who asked not to be named", "the couple had lived in the house for more than 40 years"),
    ("said", "she", "They are the kindest people you could meet"),
]
NOT_REPORTS["burglary"] = []

ARTICLES["walkout"] = """Commuters face disruption as train drivers strike for 48 hours

Train drivers on the Southlink network will walk out on Thursday and Friday in a long-running dispute over pay, their union has confirmed.

The Associated Drivers' Union said its members had been offered a rise of 3 percent, well below inflation, and warned that further strikes could follow in the new year.

Southlink said it would run about one train in five on the main lines, and none at all on most branch lines. Passengers were advised to travel only if absolutely necessary.

"We have made a fair offer, and we remain ready to talk at any time," a Southlink spokeswoman said.

Union general secretary Bill Haroldson said that the company had "not moved an inch" in six months and that drivers were angry.

The transport minister, Emma Rourke, urged both sides to return to talks. The strikes would cost the regional economy 40 million pounds, according to an estimate by the chamber of commerce.
"""
GOLD["walkout"] = [
    ("confirmed", "their union", "Train drivers on the Southlink network will walk out on Thursday and Friday in a long-running dispute over pay"),
    ("said", "The Associated Drivers' Union", "its members had been offered a rise of 3 percent, well below inflation"),
    ("said", "Southlink", "it would run about one train in five on the main lines, and none at all on most branch lines"),
    ("said", "a Southlink spokeswoman", "We have made a fair offer, and we remain ready to talk at any time"),
    ("said", "Union general secretary Bill Haroldson", 'the company had "not moved an inch" in six months and that drivers were angry'),
    ("urged", "The transport minister, Emma Rourke", "both sides to return to talks"),
    ("according to", "an estimate by the chamber of commerce", "The strikes would cost the regional economy 40 million pounds"),
]
NOT_REPORTS["walkout"] = []

ARTICLES["storm"] = """Amber warning as Storm Petra brings gales and heavy rain

An amber warning for wind has been issued for much of the west coast as Storm Petra approaches, with gusts of up to 80mph expected on Wednesday.

The national weather service said the strongest winds would arrive in the early hours and could bring down trees and power lines.

"There is a danger to life from flying debris, and people should avoid the coast if they can," said chief forecaster Moira Bannerman.

Up to 60mm of rain could fall on high ground, the forecaster added, raising the risk of flooding in areas already hit last month.

Ferry operators have cancelled all sailings on Wednesday. The power company, Westgrid, said it had put extra crews on standby.

Schools in three counties will be closed, according to the local education authorities.
"""
GOLD["storm"] = [
    ("said", "The national weather service", "the strongest winds would arrive in the early hours and could bring down trees and power lines"),
    ("said", "chief forecaster Moira Bannerman", "There is a danger to life from flying debris, and people should avoid the coast if they can"),
    ("added", "the forecaster", "Up to 60mm of rain could fall on high ground"),
    ("said", "The power company, Westgrid", "it had put extra crews on standby"),
    ("according to", "the local education authorities", "Schools in three counties will be closed"),
]
NOT_REPORTS["storm"] = ["Ferry operators have cancelled all sailings on Wednesday."]

ARTICLES["portrait"] = """The councillor who will not stop asking awkward questions

Bernadette Okoro has sat on Dunhaven council for eleven years, and for most of them she has been its loudest critic.

When the council unveiled plans last spring to sell two playing fields to a developer, she called the scheme "reckless" and said it would "hurt the very people it claims to help".

She says she has never been interested in being liked. "If you want friends in this job, get a dog," she told me, only half joking.

Colleagues describe her as tireless. The council leader, Graham Pell, who has clashed with her more than anyone, said she was "a pain, but an honest one", and conceded that she had been right about the fields.

Okoro, 63, trained as a nurse and worked in the local hospital for 25 years. The experience, she says, taught her that decisions made in offices land on real people.

The sale of the fields was abandoned in September. Asked whether she would stand again next year, she laughed and said she had not decided.
"""
GOLD["portrait"] = [
    ("called", "she", 'the scheme "reckless"'),
    ("said", "she", 'it would "hurt the very people it claims to help"'),
    ("says", "She", "she has never been interested in being liked"),
    ("told", "she", "If you want friends in this job, get a dog"),
    ("said", "The council leader, Graham Pell, who has clashed with her more than anyone", 'she was "a pain, but an honest one"'),
    ("says", "she", "The experience"),
    ("said", "she", "she had not decided"),
]
NOT_REPORTS["portrait"] = ["The sale of the fields was abandoned in September."]

ARTICLES["paragraphs"] = """Headteacher tells of school's fight to stay open

The headteacher of Corrie Bank primary, which was saved from closure last week, has described the campaign that kept it open.

Speaking at the school gates, Alison McTeer said the threat had brought the village together in a way she had never seen.

"When the letter came in January, I honestly thought it was over. We had 41 pupils and the council said the numbers did not add up.

"But the parents would not accept it. They wrote to every councillor, they packed every meeting, and they found families who wanted to move here.

"By the summer we had 58 pupils, and the council had no argument left," she said.

A council spokesman said the decision had been reviewed "in the light of the new figures" and would not be revisited for at least five years.

The school will celebrate with a fete on Saturday.
"""
GOLD["paragraphs"] = [
    ("said", "Alison McTeer", "the threat had brought the village together in a way she had never seen"),
    ("said", "she", "When the letter came in January, I honestly thought it was over. We had 41 pupils and the council said the numbers did not add up."),
    ("said", "A council spokesman", 'the decision had been reviewed "in the light of the new figures" and would not be revisited for at least five years'),
]
NOT_REPORTS["paragraphs"] = ["The school will celebrate with a fete on Saturday."]

#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("ratesdecision", "signalled", "policymakers", "borrowing costs could fall as soon as next month",
     "the ranker: a 'but' clause's own report scores 0.448 against a threshold of 0.45 (its rule prior and its "
     "indirect kind weigh it down); alone, 'Policymakers signalled that X' is kept"),
    ("quarterly", "According to", "one analyst on the call, Priya Venkat of Holloway Securities",
     'the guidance was "conservative, as usual"',
     "the parser: the name set off after the fronted phrase's source is read as the clause's subject and the "
     "real subject as its apposition; with a shorter source ('According to one analyst, Priya Venkat of X,') it "
     "reads it right"),
    ("paragraphs", "tells", "Headteacher", "of school's fight to stay open",
     "the parser hangs the noun's infinitive on the verb ('told of X's fight to stay open': 'to stay' an "
     "xcomp of 'told'), so the infinitive alone is the content, as if someone were told to stay open; 'told "
     "of' is rare in the train split (14 'X of' forms of tell, speak and warn, none with an infinitive)"),
]
