# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-two short pages written for the sixty-first session's check of live blogs, timelines and breaking-news
layouts (helper L), as ingest hands them over (paragraphs apart by a blank line): live entries stamped '10:42 GMT',
'14:05 BST', 'Updated 3 minutes ago', '2h ago', 'BREAKING:', 'UPDATE 2 -'; timelines ('March 3: The ministry says
X'); 'What we know so far' lists ('• Officials said X', '- The mayor has urged residents to Y'); key-points boxes;
Q&A explainers ('What did the minister say?' then 'She said X'); embedded posts ('In a post on X, Y wrote:' and the
post below it); 'Here is what X said:' with a block quotation; round-ups of reactions ('Reaction: X, Y and Z');
and the lines of such pages that report nothing (stamps, bylines, 'Share this entry', 'Follow our live coverage',
headings, scores, 'Key events').

The gold is written by hand as PolNeAR marks it where its AP 'The Latest' pages have the shape (NOTES.md: sources
are maximal, internal states count), else as a fact-checker would (the one who said it, the words said): per page,
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing
in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, figure
and sentence is made up. Read by ``test_probe_findings_61_live``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["gmt_stamps"] = """Live: wildfire forces evacuation of Corvallo hill villages

Live reporting by Tessa Brandt and Olu Adeyemi

10:42 GMT

The regional fire chief, Marco Lenzi, says the blaze has burned through 1,800 hectares overnight.

10:55 GMT

Residents of Serrano and Valle Piana have been told to leave by noon, the prefecture said in a text alert.

11:20 GMT

A farmer in Serrano, Giulia Marchetti, told us she had moved her goats to the coast before dawn.

Share this entry
"""
GOLD["gmt_stamps"] = [
    ("says", "The regional fire chief, Marco Lenzi", "the blaze has burned through 1,800 hectares overnight"),
    ("said", "the prefecture", "Residents of Serrano and Valle Piana have been told to leave by noon"),
    ("told", "A farmer in Serrano, Giulia Marchetti", "she had moved her goats to the coast before dawn"),
]
NOT_REPORTS["gmt_stamps"] = ["Live reporting by Tessa Brandt and Olu Adeyemi", "10:42 GMT", "10:55 GMT", "11:20 GMT", "Share this entry"]

ARTICLES["updated_ago"] = """Chemical plant fire: residents told to keep windows shut

Updated 3 minutes ago

Firefighters are still tackling a blaze at the Orrin Chemicals site in Halsey Dock.

Updated 25 minutes ago

Halsey council has urged people within two miles of the site to stay indoors and keep windows and doors closed.

Updated 1 hour ago

The company said in a statement that no one had been hurt and that all 60 staff had been accounted for.

Follow our live coverage for the latest.
"""
GOLD["updated_ago"] = [
    ("urged", "Halsey council", "people within two miles of the site to stay indoors and keep windows and doors closed"),
    ("said", "The company", "no one had been hurt and that all 60 staff had been accounted for"),
]
NOT_REPORTS["updated_ago"] = ["Chemical plant fire: residents told to keep windows shut", "Updated 3 minutes ago", "Updated 25 minutes ago", "Firefighters are still tackling a blaze at the Orrin Chemicals site in Halsey Dock.", "Follow our live coverage for the latest."]

ARTICLES["breaking_label"] = """BREAKING: Freight train derails near Maddox Junction

BREAKING: A freight train carrying grain has derailed near Maddox Junction, the state railway operator says.

Nobody was on board apart from the driver, who was taken to hospital with minor injuries, a spokeswoman for the operator said.

More to follow.
"""
GOLD["breaking_label"] = [
    ("says", "the state railway operator", "A freight train carrying grain has derailed near Maddox Junction"),
    ("said", "a spokeswoman for the operator", "Nobody was on board apart from the driver, who was taken to hospital with minor injuries"),
]
NOT_REPORTS["breaking_label"] = ["More to follow."]

ARTICLES["update_wire"] = """UPDATE 2-Tin miner Kestrel halts output at Bolivian site after flooding

(Adds comment from union, share price)

LA PAZ, Oct 14 - Kestrel Resources has halted production at its San Ignacio tin mine after heavy rain flooded the lower levels, the company said on Tuesday.

Chief executive Hannah Voss told analysts on a call that the mine could be back at full output within three weeks.

The miners' union said its members would not go underground until the pumps had been inspected.

Kestrel shares fell 4.2% in London.

(Reporting by Daniel Okoro; Editing by Fiona Marsh)
"""
GOLD["update_wire"] = [
    ("said", "the company", "Kestrel Resources has halted production at its San Ignacio tin mine after heavy rain flooded the lower levels"),
    ("told", "Chief executive Hannah Voss", "the mine could be back at full output within three weeks"),
    ("said", "The miners' union", "its members would not go underground until the pumps had been inspected"),
]
NOT_REPORTS["update_wire"] = ["(Adds comment from union, share price)", "Kestrel shares fell 4.2% in London.", "(Reporting by Daniel Okoro; Editing by Fiona Marsh)"]

ARTICLES["timeline_outbreak"] = """Bird flu in the Leymarsh delta: a timeline

How the outbreak unfolded:

March 3: The agriculture ministry says the virus has been found in a flock of 12,000 hens at a farm near Ostrand.

March 9: Chief veterinary officer Paula Renwick warns that the strain spreads quickly among ducks.

March 17: Poultry farmers' association chairman Erik Dahl says members are losing 40,000 euros a day.

March 24: The ministry lifts the movement ban on farms outside the delta.
"""
GOLD["timeline_outbreak"] = [
    ("says", "The agriculture ministry", "the virus has been found in a flock of 12,000 hens at a farm near Ostrand"),
    ("warns", "Chief veterinary officer Paula Renwick", "the strain spreads quickly among ducks"),
    ("says", "Poultry farmers' association chairman Erik Dahl", "members are losing 40,000 euros a day"),
]
NOT_REPORTS["timeline_outbreak"] = ["How the outbreak unfolded:", "March 24: The ministry lifts the movement ban on farms outside the delta."]

ARTICLES["timeline_past"] = """How the Brenmoor dam crisis unfolded

2 February - Engineers report a crack in the spillway of the Brenmoor dam.

5 February - The water authority said the dam was safe and the crack was cosmetic.

11 February - Local MP Rhiannon Price called for an independent inspection.

19 February - The authority admitted that the crack had widened by four centimetres.
"""
GOLD["timeline_past"] = [
    ("report", "Engineers", "a crack in the spillway of the Brenmoor dam"),
    ("said", "The water authority", "the dam was safe and the crack was cosmetic"),
    ("called for", "Local MP Rhiannon Price", "an independent inspection"),
    ("admitted", "The authority", "the crack had widened by four centimetres"),
]
NOT_REPORTS["timeline_past"] = []
SPEAKERS["timeline_past"] = [("report", "Engineers", "Engineers", "a crack"), ("called for", "Local MP Rhiannon Price", "Rhiannon Price", "an independent")]

ARTICLES["know_so_far"] = """Power cut leaves 200,000 homes dark across Pellham

What we know so far

• The outage began at 18:10 on Thursday.

• Grid operator Northline said a fault at the Carrow substation had tripped three transmission lines.

• Officials said hospitals were running on backup generators.

• The city's mayor has urged residents to check on elderly neighbours.
"""
GOLD["know_so_far"] = [
    ("said", "Grid operator Northline", "a fault at the Carrow substation had tripped three transmission lines"),
    ("said", "Officials", "hospitals were running on backup generators"),
    ("urged", "The city's mayor", "residents to check on elderly neighbours"),
]
NOT_REPORTS["know_so_far"] = ["What we know so far", "• The outage began at 18:10 on Thursday."]
SPEAKERS["know_so_far"] = [("said", "Officials", "Officials", "hospitals")]

ARTICLES["dash_bullets"] = """Port strike: what it means for shoppers

Here are the main points:

- Dockers at Falmouth Reach and Crane Bay walked out at midnight.

- The union says the strike will last at least five days.

- The mayor has urged residents not to stockpile food.

- Retailers warn that fresh fruit could run short by the weekend.
"""
GOLD["dash_bullets"] = [
    ("says", "The union", "the strike will last at least five days"),
    ("urged", "The mayor", "residents not to stockpile food"),
    ("warn", "Retailers", "fresh fruit could run short by the weekend"),
]
NOT_REPORTS["dash_bullets"] = ["Here are the main points:", "- Dockers at Falmouth Reach and Crane Bay walked out at midnight."]

ARTICLES["key_points"] = """Hospitals hit by cyber attack cancel operations

Key points:

Three hospitals in the Wexmoor trust have cancelled routine surgery.

The trust's chief executive says patient records have not been stolen.

Police say they are investigating a ransom demand.

Hackers have not been identified.

The attack was first noticed by staff on Monday morning, when computers in the pathology lab froze. Dr Amir Sadiq, the trust's medical director, said emergency departments were open as normal.
"""
GOLD["key_points"] = [
    ("says", "The trust's chief executive", "patient records have not been stolen"),
    ("say", "Police", "they are investigating a ransom demand"),
    ("said", "Dr Amir Sadiq, the trust's medical director", "emergency departments were open as normal"),
]
NOT_REPORTS["key_points"] = ["Key points:", "Three hospitals in the Wexmoor trust have cancelled routine surgery.", "Hackers have not been identified."]

ARTICLES["qa_minister"] = """Sugar tax explained: what changes on 1 April?

What is changing?

Drinks with more than 5g of sugar per 100ml will cost 18p more a litre.

What did the minister say?

Health minister Aoife Brennan announced the change in the budget. She said the money would pay for free swimming lessons in primary schools.

Who opposes it?

The Soft Drinks Federation says the levy will cost 2,000 jobs.
"""
GOLD["qa_minister"] = [
    ("announced", "Health minister Aoife Brennan", "the change"),
    ("said", "She", "the money would pay for free swimming lessons in primary schools"),
    ("says", "The Soft Drinks Federation", "the levy will cost 2,000 jobs"),
]
NOT_REPORTS["qa_minister"] = ["Sugar tax explained: what changes on 1 April?", "What is changing?", "Drinks with more than 5g of sugar per 100ml will cost 18p more a litre.", "What did the minister say?", "Who opposes it?"]
SPEAKERS["qa_minister"] = [("said", "She", "Aoife Brennan", "the money")]

ARTICLES["qa_what_happens"] = """Explained: why the Lund tunnel is closed

Why was the tunnel shut?

Inspectors found water seeping through the roof of the eastern bore.

What has the operator said?

It said the tunnel would stay closed for at least a month. Its director, Sven Halvorsen, added that drivers should use the coast road.

What happens next?

Repairs are due to start on Monday.
"""
GOLD["qa_what_happens"] = [
    ("said", "It", "the tunnel would stay closed for at least a month"),
    ("added", "Its director, Sven Halvorsen", "drivers should use the coast road"),
]
SPEAKERS["qa_what_happens"] = [("said", "It", "operator", "the tunnel")]
NOT_REPORTS["qa_what_happens"] = ["Why was the tunnel shut?", "What has the operator said?", "What happens next?", "Repairs are due to start on Monday."]

ARTICLES["post_wrote_block"] = """Striker apologises after red card in cup final

Castleby forward Jonas Ekwueme was sent off in the 63rd minute for a high tackle on Harwood's goalkeeper.

In a post on Instagram, Ekwueme wrote:

"I let my team-mates and our fans down today. It was a stupid challenge and I am sorry."

Harwood manager Petra Lind said she accepted the apology.
"""
GOLD["post_wrote_block"] = [
    ("wrote", "Ekwueme", "I let my team-mates and our fans down today. It was a stupid challenge and I am sorry."),
    ("said", "Harwood manager Petra Lind", "she accepted the apology"),
]
SPEAKERS["post_wrote_block"] = [("wrote", "Ekwueme", "Jonas Ekwueme", "I let")]
NOT_REPORTS["post_wrote_block"] = ["Castleby forward Jonas Ekwueme was sent off in the 63rd minute for a high tackle on Harwood's goalkeeper."]

ARTICLES["post_on_x"] = """Senator's post on border crossing draws criticism

Senator Dale Whitcombe was in Ridgefield on Saturday.

In a post on X, the senator wrote: "Spent the morning with border officers who have not had a pay rise in four years."

Critics said the senator had voted against the last pay bill.
"""
GOLD["post_on_x"] = [
    ("wrote", "the senator", "Spent the morning with border officers who have not had a pay rise in four years."),
    ("said", "Critics", "the senator had voted against the last pay bill"),
]
NOT_REPORTS["post_on_x"] = ["Senator Dale Whitcombe was in Ridgefield on Saturday."]
SPEAKERS["post_on_x"] = [("wrote", "the senator", "Dale Whitcombe", "Spent the morning")]

ARTICLES["here_is_what"] = """Judge rules Farrowgate landfill must close

A High Court judge ruled on Friday that the landfill at Farrowgate must close by the end of the year.

Here is what campaigner Nadia Osei said outside the court:

"For eleven years we have breathed this air. Today a judge has listened to us."

The site's owner, Brakewell Waste, said it would study the ruling.
"""
GOLD["here_is_what"] = [
    ("ruled", "A High Court judge", "the landfill at Farrowgate must close by the end of the year"),
    ("said", "campaigner Nadia Osei", "For eleven years we have breathed this air. Today a judge has listened to us."),
    ("said", "The site's owner, Brakewell Waste", "it would study the ruling"),
]
NOT_REPORTS["here_is_what"] = []
SPEAKERS["here_is_what"] = [("ruled", "A High Court judge", "High Court judge", "the landfill"), ("said", "campaigner Nadia Osei", "Nadia Osei", "For eleven")]

ARTICLES["reaction_roundup"] = """Reaction: unions, employers and the opposition on the minimum wage rise

The minimum wage will rise to 13.10 an hour from April, the government announced on Wednesday.

Reaction: unions, employers and opposition parties

Trades union federation general secretary Clare Hollis said the rise was "a start, not a finish".

The Chamber of Small Business said many cafes and shops would have to cut staff hours.

Opposition leader Ravi Menon: "This does nothing for people on zero-hours contracts."
"""
GOLD["reaction_roundup"] = [
    ("announced", "the government", "The minimum wage will rise to 13.10 an hour from April"),
    ("said", "Trades union federation general secretary Clare Hollis", "the rise was \"a start, not a finish\""),
    ("said", "The Chamber of Small Business", "many cafes and shops would have to cut staff hours"),
    (":", "Opposition leader Ravi Menon", "This does nothing for people on zero-hours contracts."),
]
NOT_REPORTS["reaction_roundup"] = ["Reaction: unions, employers and opposition parties"]

ARTICLES["reaction_dashes"] = """Club sacks head coach after six straight defeats

Orlesby Rovers sacked head coach Tomas Varga on Sunday night.

How people reacted:

Former captain Gareth Rhys told BBC Radio Orlesby the decision was overdue.

Supporters' trust chair Linda Moss said fans wanted a coach from inside the club.

In a short statement, Varga said he wished the club well.
"""
GOLD["reaction_dashes"] = [
    ("told", "Former captain Gareth Rhys", "the decision was overdue"),
    ("said", "Supporters' trust chair Linda Moss", "fans wanted a coach from inside the club"),
    ("said", "Varga", "he wished the club well"),
]
NOT_REPORTS["reaction_dashes"] = ["Orlesby Rovers sacked head coach Tomas Varga on Sunday night.", "How people reacted:"]
SPEAKERS["reaction_dashes"] = [("said", "Varga", "Tomas Varga", "he wished")]

ARTICLES["live_scores"] = """Live: Harwood v Castleby - cup final

Harwood 2-1 Castleby

Okafor 34, 71; Lind 58

FT: Harwood win the cup for the first time since 1987.

Harwood manager Petra Lind says her side "never stopped believing".

Castleby captain Ben Archer told reporters the red card had changed the game.
"""
GOLD["live_scores"] = [
    ("says", "Harwood manager Petra Lind", "her side \"never stopped believing\""),
    ("told", "Castleby captain Ben Archer", "the red card had changed the game"),
]
NOT_REPORTS["live_scores"] = ["Harwood 2-1 Castleby", "Okafor 34, 71; Lind 58", "FT: Harwood win the cup for the first time since 1987."]

ARTICLES["bst_quotes"] = """Budget day live: the chancellor's statement

Key events

Show key events only

14:05 BST

The chancellor, Miriam Oduya, tells MPs that borrowing will fall in each of the next three years.

14:12 BST

"We will not raise income tax," she says, to cheers from her own benches.

14:30 BST

Shadow chancellor Peter Lowe says the statement "papers over the cracks".

By Jonah Fell, political correspondent
"""
GOLD["bst_quotes"] = [
    ("tells", "The chancellor, Miriam Oduya", "borrowing will fall in each of the next three years"),
    ("says", "she", "We will not raise income tax"),
    ("says", "Shadow chancellor Peter Lowe", "the statement \"papers over the cracks\""),
]
NOT_REPORTS["bst_quotes"] = ["Key events", "Show key events only", "14:05 BST", "14:12 BST", "14:30 BST", "By Jonah Fell, political correspondent"]
SPEAKERS["bst_quotes"] = [("says", "she", "Miriam Oduya", "We will not")]

ARTICLES["hours_ago"] = """Earthquake in Tarsin province: live updates

2h ago

A magnitude 6.1 earthquake struck Tarsin province at 04:17 local time, the national seismology centre said.

1h ago

Provincial governor Leyla Aksoy told state television that at least 14 people had died.

38m ago

Rescue teams from three neighbouring provinces have arrived, according to the disaster agency.

Posted at 09:12
"""
GOLD["hours_ago"] = [
    ("said", "the national seismology centre", "A magnitude 6.1 earthquake struck Tarsin province at 04:17 local time"),
    ("told", "Provincial governor Leyla Aksoy", "at least 14 people had died"),
    ("according to", "the disaster agency", "Rescue teams from three neighbouring provinces have arrived"),
]
NOT_REPORTS["hours_ago"] = ["2h ago", "1h ago", "38m ago", "Posted at 09:12"]

ARTICLES["breaking_colon_quote"] = """Museum director resigns over missing jade collection

BREAKING: The director of the Halloran Museum, Simone Achebe, has resigned.

In her resignation letter she wrote that she took "full responsibility" for the loss of the jade collection.

The museum's trustees said they would appoint an interim director within a week.

This is a developing story and will be updated.
"""
GOLD["breaking_colon_quote"] = [
    ("wrote", "she", "she took \"full responsibility\" for the loss of the jade collection"),
    ("said", "The museum's trustees", "they would appoint an interim director within a week"),
]
NOT_REPORTS["breaking_colon_quote"] = ["This is a developing story and will be updated."]
SPEAKERS["breaking_colon_quote"] = [("wrote", "she", "Simone Achebe", "she took")]

ARTICLES["ceasefire_timeline"] = """Ceasefire talks: the week so far

Monday: Mediators from Oman said both delegations had arrived in Muscat.

Tuesday: The northern delegation's chief negotiator, Karim Haddad, told reporters the first session had been "serious".

Wednesday: Talks were suspended for the day after a shelling incident.

Thursday: A mediator said a draft text would be circulated on Friday.
"""
GOLD["ceasefire_timeline"] = [
    ("said", "Mediators from Oman", "both delegations had arrived in Muscat"),
    ("told", "The northern delegation's chief negotiator, Karim Haddad", "the first session had been \"serious\""),
    ("said", "A mediator", "a draft text would be circulated on Friday"),
]
NOT_REPORTS["ceasefire_timeline"] = ["Wednesday: Talks were suspended for the day after a shelling incident."]

ARTICLES["launch_live"] = """Live: Aster-3 lunar lander touches down

Latest updates

19:48 UTC - Mission control confirms touchdown in the Mare Crisium.

19:52 UTC - Flight director Nkosi Dlamini says all systems on the lander are healthy.

20:10 UTC - Agency chief Ingrid Solberg: "Tonight we joined a very small club."

Share this entry

Follow our live coverage
"""
GOLD["launch_live"] = [
    ("confirms", "Mission control", "touchdown in the Mare Crisium"),
    ("says", "Flight director Nkosi Dlamini", "all systems on the lander are healthy"),
    (":", "Agency chief Ingrid Solberg", "Tonight we joined a very small club."),
]
NOT_REPORTS["launch_live"] = ["Latest updates", "Share this entry", "Follow our live coverage"]
