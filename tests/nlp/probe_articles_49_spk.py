# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twelve short news articles written for the forty-ninth session's speaker probes (helper spk):
a grain corridor row between capitals, job cuts at a food firm, a father and son's rival bakeries,
a tennis semi-final, a senator's re-election bid, a goalkeeper's retirement, a builder's appeal, a
Spanish novelist's prize, a singer's cancelled tour, two coaches before a derby, a mayor's housing
plan and a water plant inspection. They hold bodies named by their seat ('The Kremlin', 'Downing
Street', 'The White House', 'Brussels') then 'it' and 'officials there'; "the company's chief
executive, Jane Roe" then 'Roe' and 'she'; 'Hal Brent and his son, Tom' then 'the elder Brent',
'Brent' and 'the younger man'; 'the Briton', 'the Frenchwoman', 'the Democrat', 'the Republican'
for people named before; a quoted nickname ('Robert "Bobby" Lane' then 'Bobby Lane'); initials and
suffixes ('J.R. Okafor Jr.', 'Okafor Jr.'); Spanish double surnames; one-name artists ('The singer
Zandra', 'The rapper Kojo'); unnamed spokeswomen who stay unnamed; two coaches quoted in turn with
'He' after each quotation; a quotation over two paragraphs whose speaker comes only in its closing
cue; and 'officials', 'they', then one official named.

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right; ``KNOWN`` the ones it still gets wrong, with the
speaker a reader gives. Every name, figure and sentence is made up. Read by
``test_probe_findings_49_spk``."""

ARTICLES = {}
ARTICLES["kremlin"] = """Moscow rejects grain corridor proposal

The Kremlin on Wednesday rejected a proposal to reopen a grain corridor across the Black Sea, saying the plan ignored its security concerns.

"There is nothing new in this offer," Kremlin spokesman Pavel Orlov told reporters. He said Moscow would not sign any deal that left its ports under blockade.

The Kremlin said it was still open to talks. Officials there said a meeting could take place next month in Istanbul.

Downing Street called the decision deeply disappointing. It said millions of people in poorer countries would pay the price. A spokeswoman for the prime minister said Britain would keep working with its partners.

The White House said it shared those concerns. "We will not let hunger become a weapon," it said in a statement.

Brussels said it was ready to pay for extra inspections. The European Commission said the money could be released within weeks.

Grain traders said prices had already risen by four percent since Monday.
"""
ARTICLES["ceo"] = """Harlow Foods cuts 400 jobs as sales slide

Harlow Foods will cut 400 jobs and close two factories after a second year of falling sales, the company said on Tuesday.

The company's chief executive, Jane Roe, said the decision had been the hardest of her career. "We have tried everything else," Roe said. She said workers would be offered places at other sites where possible.

The company's finance chief, Marcus Bell, said savings would reach 30 million pounds a year. Bell said the firm had no plans to sell its brands.

Union leader Keith Farrow said members were angry. "They found money for bonuses but not for jobs," Farrow said. He said the union would ballot for strikes.

Roe said she understood the anger. She said the factories had lost money for five years.

A spokeswoman for the company said talks with the union would start next week. She said no one would leave before the summer.

Shares rose 3 percent.
"""
ARTICLES["brent"] = """Father and son open rival bakeries on the same street

Hal Brent and his son, Tom, have opened rival bakeries on the same street in Kelby, and neither will say who makes the better loaf.

"He taught me everything, except how to be humble," Tom Brent said on Saturday. The younger man said he had wanted his own shop for ten years.

The elder Brent, 64, said he had no hard feelings. "He can bake, but he cannot make pastry," he said.

Brent said he had run his shop for forty years. He said customers were loyal.

Their neighbour, Sally Moon, said the street had never smelled better. She said she bought bread from both.

The younger Brent said his father would come round. "He always does," he said.
"""
ARTICLES["briton"] = """Hartley reaches Melbourne semi-final

Emma Hartley beat the fourth seed in straight sets on Thursday to reach her first Grand Slam semi-final.

The Briton said she had never played better. "I felt calm from the first point," she said.

Her opponent, Sofia Renaud, said she had struggled with the heat. The Frenchwoman said her shoulder had also hurt.

Hartley's coach, Daniel Ortiz, said the win had been coming for months. Ortiz said she had worked hard on her serve.

The Briton said she would rest on Friday. She will face the top seed, Yana Petrova, who said she expected a hard match.
"""
ARTICLES["democrat"] = """Senator says she will seek re-election

Senator Laura Whitfield said on Monday she would run for a third term, ending months of speculation.

The Democrat said she had more work to do on health care. "I am not done yet," Whitfield told supporters in Dayton.

Her likely opponent, state treasurer Greg Mahoney, said voters wanted change. The Republican said Whitfield had voted with her party too often.

Whitfield said she welcomed the contest. She said she had raised four million dollars in three months.

Political analyst Ruth Kagan said the race would be close. "It could go either way," Kagan said.
"""
ARTICLES["bobby"] = """Lane retires after twenty seasons

Robert "Bobby" Lane, the goalkeeper who played twenty seasons for Carston United, announced his retirement on Sunday.

"My knees have told me it is time," Lane said. He said he would stay at the club as a coach.

The club's manager, Peter Doyle, said Lane had been the heart of the team. "There will never be another Bobby," Doyle said.

Bobby Lane said his best memory was the cup final of 2011. He said he still dreamed about the penalty he saved.

Fans' group chairman Colin Shaw said supporters would hold a farewell match. Shaw said tickets would be free.
"""
ARTICLES["okafor"] = """Builder wins appeal over council contract

J.R. Okafor Jr., whose firm was barred from council contracts last year, won his appeal on Friday.

Okafor said the ruling cleared his name. "I always knew we had done nothing wrong," he said.

His lawyer, Diane Marsh, said the council had acted unfairly. Marsh said her client would seek damages.

The council's leader, Frank Hollis Sr., said it would study the judgment. Hollis said the council had acted in good faith.

Okafor Jr. said he hoped to bid for work again next year.
"""
ARTICLES["garcia"] = """Spanish novelist wins European book prize

Ana García Lorca has won the European Book Prize for her novel about a fishing village in Galicia.

García Lorca said she was surprised. "I wrote it for my grandmother," she said at the ceremony in Brussels.

The chair of the jury, Pieter Janssen, said the book had been the clear choice. Janssen said it was both funny and sad.

Her publisher, Luis Fernández Ruiz, said sales had tripled. Fernández Ruiz said a translation into German would appear in the spring.

García Lorca said her next book would be set in Madrid.
"""
ARTICLES["mononym"] = """Singer Zandra cancels tour over voice strain

The singer Zandra has cancelled the rest of her European tour after doctors told her to rest her voice.

Zandra said she was heartbroken. "I hate letting my fans down," she wrote on social media.

Her manager, Oliver Kent, said all tickets would be refunded. Kent said the singer hoped to return in the autumn.

The rapper Kojo, who was to open the shows, said he was sad. He said he wished her well.

A spokeswoman for the promoter said the venues had been told. She said refunds would take two weeks.
"""
ARTICLES["turns"] = """Rival coaches trade barbs before derby

The coaches of Millbrook and Eastfield traded barbs on Friday ahead of Sunday's derby.

"We are the better side and everyone knows it," said Millbrook coach Sam Reeve. He said his players were fit and hungry.

"Talk is cheap," said Eastfield coach Victor Hale. He said Reeve should worry about his own defence.

"I am not worried at all," Reeve said. He said his team had not lost at home all season.

"We will see on Sunday," Hale said. He said the result would speak for itself.
"""
ARTICLES["longquote"] = """Mayor defends housing plan

The mayor of Westbury defended her housing plan on Wednesday against critics who say it will ruin the town's character.

"We have waited twenty years for new homes. Young families have left because they cannot afford to stay. Teachers and nurses commute from an hour away.

"This plan gives them a reason to come back, and it protects the parks that make the town what it is," said the mayor, Claire Dunmore.

Residents' group leader Howard Pike said the plan went too far. Pike said the new buildings would be too tall.

Dunmore said she would meet residents next week.
"""
ARTICLES["officials"] = """Inspectors find faults at water plant

Inspectors found serious faults at the Radley water treatment plant, officials said on Thursday.

Officials said the plant had failed to test for bacteria for three weeks in March. They said no one had fallen ill.

One official, Karen Moss, who heads the regional water authority, said the operator would be fined. Moss said the fine could reach two million pounds.

The operator, Clearflow, said it was sorry. It said new staff had been hired.

Local councillor Ben Adeyemi said residents deserved answers. He said he would call a public meeting.
"""

SPEAKERS = {}
SPEAKERS['kremlin'] = [
    ('rejects', 'Moscow', 'Moscow', 'grain corridor proposal'),
    ('rejected', 'The Kremlin', 'Kremlin', 'a proposal to reopen a g'),
    ('saying', 'The Kremlin', 'Kremlin', 'the plan ignored its sec'),
    ('told', 'Kremlin spokesman Pavel Orlov', 'Pavel Orlov', 'There is nothing new in '),
    ('said', 'He', 'Pavel Orlov', 'Moscow would not sign an'),
    ('said', 'The Kremlin', 'Kremlin', 'it was still open to tal'),
    ('said', 'Officials there', 'Officials for Kremlin', 'a meeting could take pla'),
    ('called', 'Downing Street', 'Downing Street', 'the decision deeply disa'),
    ('said', 'It', 'Downing Street', 'millions of people in po'),
    ('said', 'A spokeswoman for the prime minister', 'spokeswoman for the prime minister', 'Britain would keep worki'),
    ('said', 'The White House', 'White House', 'it shared those concerns'),
    ('said', 'it', 'White House', 'We will not let hunger b'),
    ('said', 'Brussels', 'Brussels', 'it was ready to pay for '),
    ('said', 'The European Commission', 'European Commission', 'the money could be relea'),
    ('said', 'Grain traders', 'Grain traders', 'prices had already risen'),
]
SPEAKERS['ceo'] = [
    ('said', 'the company', 'Harlow Foods', 'Harlow Foods will cut 40'),
    ('said', "The company's chief executive, Jane Roe", 'Jane Roe', 'the decision had been th'),
    ('said', 'Roe', 'Jane Roe', 'We have tried everything'),
    ('said', 'She', 'Jane Roe', 'workers would be offered'),
    ('said', "The company's finance chief, Marcus Bell", 'Marcus Bell', 'savings would reach 30 m'),
    ('said', 'Bell', 'Marcus Bell', 'the firm had no plans to'),
    ('said', 'Union leader Keith Farrow', 'Keith Farrow', 'members were angry'),
    ('said', 'Farrow', 'Keith Farrow', 'They found money for bon'),
    ('said', 'He', 'Keith Farrow', 'the union would ballot f'),
    ('said', 'Roe', 'Jane Roe', 'she understood the anger'),
    ('said', 'She', 'Jane Roe', 'the factories had lost m'),
    ('said', 'A spokeswoman for the company', 'spokeswoman for Harlow Foods', 'talks with the union wou'),
    ('said', 'She', 'spokeswoman for Harlow Foods', 'no one would leave befor'),
]
SPEAKERS['brent'] = [
    ('said', 'Tom Brent', 'Tom Brent', 'He taught me everything,'),
    ('said', 'The younger man', 'Tom Brent', 'he had wanted his own sh'),
    ('said', 'The elder Brent, 64', 'Hal Brent', 'he had no hard feelings'),
    ('said', 'he', 'Hal Brent', 'He can bake, but he cann'),
    ('said', 'Brent', 'Hal Brent', 'he had run his shop for '),
    ('said', 'He', 'Hal Brent', 'customers were loyal'),
    ('said', 'Their neighbour, Sally Moon', 'Sally Moon', 'the street had never sme'),
    ('said', 'She', 'Sally Moon', 'she bought bread from bo'),
    ('said', 'The younger Brent', 'Tom Brent', 'his father would come ro'),
    ('said', 'he', 'Tom Brent', 'He always does'),
]
SPEAKERS['briton'] = [
    ('said', 'The Briton', 'Emma Hartley', 'she had never played bet'),
    ('said', 'she', 'Emma Hartley', 'I felt calm from the fir'),
    ('said', 'Her opponent, Sofia Renaud', 'Sofia Renaud', 'she had struggled with t'),
    ('said', 'The Frenchwoman', 'Sofia Renaud', 'her shoulder had also hu'),
    ('said', "Hartley's coach, Daniel Ortiz", 'Daniel Ortiz', 'the win had been coming '),
    ('said', 'Ortiz', 'Daniel Ortiz', 'she had worked hard on h'),
    ('said', 'The Briton', 'Emma Hartley', 'she would rest on Friday'),
    ('said', 'who', 'Yana Petrova', 'she expected a hard matc'),
]
SPEAKERS['democrat'] = [
    ('says', 'Senator', 'Laura Whitfield', 'she will seek re-electio'),
    ('said', 'Senator Laura Whitfield', 'Laura Whitfield', 'she would run for a thir'),
    ('said', 'The Democrat', 'Laura Whitfield', 'she had more work to do '),
    ('told', 'Whitfield', 'Laura Whitfield', 'I am not done yet'),
    ('said', 'Her likely opponent, state treasurer Greg Mahoney', 'Greg Mahoney', 'voters wanted change'),
    ('said', 'The Republican', 'Greg Mahoney', 'Whitfield had voted with'),
    ('said', 'Whitfield', 'Laura Whitfield', 'she welcomed the contest'),
    ('said', 'She', 'Laura Whitfield', 'she had raised four mill'),
    ('said', 'Political analyst Ruth Kagan', 'Ruth Kagan', 'the race would be close'),
    ('said', 'Kagan', 'Ruth Kagan', 'It could go either way'),
]
SPEAKERS['bobby'] = [
    ('said', 'Lane', 'Robert Lane', 'My knees have told me it'),
    ('said', 'He', 'Robert Lane', 'he would stay at the clu'),
    ('said', "The club's manager, Peter Doyle", 'Peter Doyle', 'Lane had been the heart '),
    ('said', 'Doyle', 'Peter Doyle', 'There will never be anot'),
    ('said', 'Bobby Lane', 'Robert Lane', 'his best memory was the '),
    ('said', 'He', 'Robert Lane', 'he still dreamed about t'),
    ('said', "Fans' group chairman Colin Shaw", 'Colin Shaw', 'supporters would hold a '),
    ('said', 'Shaw', 'Colin Shaw', 'tickets would be free'),
]
SPEAKERS['okafor'] = [
    ('said', 'Okafor', 'J.R. Okafor Jr.', 'the ruling cleared his n'),
    ('said', 'he', 'J.R. Okafor Jr.', 'I always knew we had don'),
    ('said', 'His lawyer, Diane Marsh', 'Diane Marsh', 'the council had acted un'),
    ('said', 'Marsh', 'Diane Marsh', 'her client would seek da'),
    ('said', 'Okafor Jr.', 'J.R. Okafor Jr.', 'he hoped to bid for work'),
    # (the tokenizer kept 'Sr.' whole only from the fiftieth session: pipeline.keep_suffix_stops)
    ('said', "The council's leader, Frank Hollis Sr.", 'Frank Hollis Sr.', 'it would study the judgm'),
    ('said', 'Hollis', 'Frank Hollis Sr.', 'the council had acted in'),
]
SPEAKERS['garcia'] = [
    ('said', 'García Lorca', 'Ana García Lorca', 'she was surprised'),
    ('said', 'she', 'Ana García Lorca', 'I wrote it for my grandm'),
    ('said', 'The chair of the jury, Pieter Janssen', 'Pieter Janssen', 'the book had been the cl'),
    ('said', 'Janssen', 'Pieter Janssen', 'it was both funny and sa'),
    ('said', 'Her publisher, Luis Fernández Ruiz', 'Luis Fernández Ruiz', 'sales had tripled'),
    ('said', 'Fernández Ruiz', 'Luis Fernández Ruiz', 'a translation into Germa'),
    ('said', 'García Lorca', 'Ana García Lorca', 'her next book would be s'),
]
SPEAKERS['mononym'] = [
    ('said', 'Zandra', 'Zandra', 'she was heartbroken'),
    ('wrote', 'she', 'Zandra', 'I hate letting my fans d'),
    ('said', 'Her manager, Oliver Kent', 'Oliver Kent', 'all tickets would be ref'),
    ('said', 'Kent', 'Oliver Kent', 'the singer hoped to retu'),
    ('said', 'The rapper Kojo, who was to open the shows', 'Kojo', 'he was sad'),
    ('said', 'He', 'Kojo', 'he wished her well'),
    ('said', 'A spokeswoman for the promoter', 'spokeswoman for the promoter', 'the venues had been told'),
    ('said', 'She', 'spokeswoman for the promoter', 'refunds would take two w'),
]
SPEAKERS['turns'] = [
    ('said', 'Millbrook coach Sam Reeve', 'Sam Reeve', 'We are the better side a'),
    ('said', 'He', 'Sam Reeve', 'his players were fit and'),
    ('said', 'Eastfield coach Victor Hale', 'Victor Hale', 'Talk is cheap'),
    ('said', 'He', 'Victor Hale', 'Reeve should worry about'),
    ('said', 'Reeve', 'Sam Reeve', 'I am not worried at all'),
    ('said', 'He', 'Sam Reeve', 'his team had not lost at'),
    ('said', 'Hale', 'Victor Hale', 'We will see on Sunday'),
    ('said', 'He', 'Victor Hale', 'the result would speak f'),
]
SPEAKERS['longquote'] = [
    ('defends', 'Mayor', 'Claire Dunmore', 'housing plan'),
    ('defended', 'The mayor of Westbury', 'Claire Dunmore', 'her housing plan'),
    ('said', 'the mayor, Claire Dunmore', 'Claire Dunmore', 'We have waited twenty ye'),
    ('said', "Residents' group leader Howard Pike", 'Howard Pike', 'the plan went too far'),
    ('said', 'Pike', 'Howard Pike', 'the new buildings would '),
    ('said', 'Dunmore', 'Claire Dunmore', 'she would meet residents'),
]
SPEAKERS['officials'] = [
    ('said', 'officials', 'officials', 'Inspectors found serious'),
    ('said', 'Officials', 'Officials', 'the plant had failed to '),
    ('said', 'They', 'Officials', 'no one had fallen ill'),
    ('said', 'One official, Karen Moss, who heads the regional water authority', 'Karen Moss', 'the operator would be fi'),
    ('said', 'Moss', 'Karen Moss', 'the fine could reach two'),
    ('said', 'The operator, Clearflow', 'Clearflow', 'it was sorry'),
    ('said', 'It', 'Clearflow', 'new staff had been hired'),
    ('said', 'Local councillor Ben Adeyemi', 'Ben Adeyemi', 'residents deserved answe'),
    ('said', 'He', 'Ben Adeyemi', 'he would call a public m'),
]

#: (article, cue, source, the content's first words, the speaker a reader gives): still wrong
KNOWN = [
    # the source opens inside the quoted nickname: the given name and the opening mark are cut off
    ("bobby", "announced", 'Robert "Bobby" Lane, the goalkeeper who played twenty seasons for Carston United',
     "his retirement", "Robert Lane"),
]
