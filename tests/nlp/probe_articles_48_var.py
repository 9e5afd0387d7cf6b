# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the forty-eighth session's world-styles probe (helper var),
each in the house style of English-language press somewhere outside the US (Indian, Nigerian,
Ghanaian, Kenyan, South African, Pakistani, Filipino, Singaporean, Malaysian, Australian, New
Zealand, Irish, British, and a wire story), with their honorifics ('Shri', 'Alhaji', 'Datuk',
'Hon.'), long official titles before names and reporting phrases ('informed that', 'opined',
'disclosed that', 'said in a statement signed by', 'told the Star', 'in response to queries from').
The gold is written by hand: (a word of the cue, the source, the first content span) per attribution
the pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_48_var``; ``NOT_REPORTS`` holds lines that report nothing (the one report the
pipeline got wrong, a headline's 'warns of winter load shedding', is right since ``gerund_ends``)."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["india"] = """State to set up 40 new fair price shops in tribal blocks

BHUBANESWAR: The state government will set up 40 new fair price shops in the tribal blocks of Koraput district this year, Food Supplies Minister Shri Ramesh Chandra Nayak said on Monday.

Addressing a gathering at Jeypore, Shri Nayak informed that Rs 12 crore had been sanctioned for the scheme. He said that nearly 3.5 lakh families would benefit.

It is learnt that the department has also sought the Centre's approval for mobile ration vans. "Nobody should walk ten kilometres for rice," the minister said while addressing the gathering.

Opposition MLA Smt. Lata Mohanty opined that the shops would remain empty without better roads. Speaking to this newspaper, she alleged that last year's allocation was never spent.

Officials, however, claimed that the work had already begun in six villages.
"""
GOLD["india"] = [
    ("said", "Food Supplies Minister Shri Ramesh Chandra Nayak", "The state government will set up 40 new fair price shops in the tribal blocks of Koraput district this year"),
    ("informed", "Shri Nayak", "Rs 12 crore had been sanctioned for the scheme"),
    ("said", "He", "nearly 3.5 lakh families would benefit"),
    ("said", "the minister", "Nobody should walk ten kilometres for rice"),
    ("opined", "Opposition MLA Smt. Lata Mohanty", "the shops would remain empty without better roads"),
    ("alleged", "she", "last year's allocation was never spent"),
    ("claimed", "Officials", "the work had already begun in six villages"),
]
NOT_REPORTS["india"] = ["State to set up 40 new fair price shops in tribal blocks"]

ARTICLES["nigeria"] = """FG to pay contractors N45bn arrears – Minister

The Federal Government has disclosed that it will pay N45 billion owed to road contractors before the end of the year.

The Minister of Works, Alhaji Musa Danladi, disclosed this on Tuesday in Abuja while inspecting the Kubwa flyover.

According to him, the arrears had slowed work on more than 60 projects across the federation.

"We cannot build roads with promises," Danladi said.

In a statement signed by its spokesman, Mr. Chinedu Okafor, the Nigerian Society of Engineers noted that payment delays had driven up costs.

A civil engineer, Dr. Funmilayo Adeyemi, posited that the country needed a road fund independent of the budget.
"""
GOLD["nigeria"] = [
    ("disclosed", "The Federal Government", "it will pay N45 billion owed to road contractors before the end of the year"),
    ("According", "him", "the arrears had slowed work on more than 60 projects across the federation"),
    ("said", "Danladi", "We cannot build roads with promises"),
    ("noted", "the Nigerian Society of Engineers", "payment delays had driven up costs"),
    ("posited", "A civil engineer, Dr. Funmilayo Adeyemi", "the country needed a road fund independent of the budget"),
]
NOT_REPORTS["nigeria"] = []

ARTICLES["ghana"] = """Cocoa farmers to receive new price from October

The Chief Executive of the Ghana Cocoa Board, Hon. Kwabena Owusu-Ansah, has announced that farmers will receive a higher producer price from October.

Speaking at a durbar of farmers at Sefwi Wiawso, he noted that smuggling to neighbouring countries had cost the country millions of cedis.

Nana Akua Boatemaa, a cocoa farmer, told the Graphic that the increase was long overdue. "Fertiliser prices have doubled," she lamented.

The Minority in Parliament, in a press release, described the increase as "too little, too late".
"""
GOLD["ghana"] = [
    ("announced", "The Chief Executive of the Ghana Cocoa Board, Hon. Kwabena Owusu-Ansah", "farmers will receive a higher producer price from October"),
    ("noted", "he", "smuggling to neighbouring countries had cost the country millions of cedis"),
    ("told", "Nana Akua Boatemaa, a cocoa farmer", "the increase was long overdue"),
    ("lamented", "she", "Fertiliser prices have doubled"),
]
NOT_REPORTS["ghana"] = []

ARTICLES["kenya"] = """Nairobi county to hire 500 new nurses

Nairobi County will recruit 500 nurses before the end of the financial year, Health Executive Dr. Wanjiku Kamau said in a release on Wednesday.

The county had lost more than 200 nurses to jobs abroad in two years, she said.

Kenya National Union of Nurses Secretary General Joseph Otieno welcomed the move but was quoted as saying that pay arrears must be cleared first.

"Our members have waited four months for their salaries," Otieno told the Star.

A patient at Mama Lucy Hospital said the wards were overcrowded.
"""
GOLD["kenya"] = [
    ("said", "Health Executive Dr. Wanjiku Kamau", "Nairobi County will recruit 500 nurses before the end of the financial year"),
    ("said", "she", "The county had lost more than 200 nurses to jobs abroad in two years"),
    ("saying", "Kenya National Union of Nurses Secretary General Joseph Otieno", "pay arrears must be cleared first"),
    ("told", "Otieno", "Our members have waited four months for their salaries"),
    ("said", "A patient at Mama Lucy Hospital", "the wards were overcrowded"),
]
NOT_REPORTS["kenya"] = []

ARTICLES["southafrica"] = """Eskom warns of winter load shedding

Eskom has warned that load shedding could return in winter if two units at Kusile are not repaired in time.

Group chief executive Thandeka Nkosi told Parliament's portfolio committee on Tuesday that the utility was "doing everything possible".

Energy analyst Pieter van der Merwe said the warning should be taken seriously. "The grid has no margin left," he told News24.

The DA's spokesperson on energy, Kevin Mileham, said in a statement that the minister had misled the public.
"""
GOLD["southafrica"] = [
    # (the parser reads 'shedding' as a gerund of 'warns': the topic goes on over it, ``gerund_ends``)
    ("warns", "Eskom", "winter load shedding"),
    ("warned", "Eskom", "load shedding could return in winter if two units at Kusile are not repaired in time"),
    ("told", "Group chief executive Thandeka Nkosi", 'the utility was "doing everything possible"'),
    ("said", "Energy analyst Pieter van der Merwe", "the warning should be taken seriously"),
    ("told", "he", "The grid has no margin left"),
    ("said", "The DA's spokesperson on energy, Kevin Mileham", "the minister had misled the public"),
]
NOT_REPORTS["southafrica"] = []

ARTICLES["pakistan"] = """Govt vows to end gas loadshedding in Punjab

LAHORE: Federal Minister for Energy Sardar Awais Khan Leghari on Sunday said that gas loadshedding for domestic consumers in Punjab would end by December.

Talking to media persons after inaugurating a grid station, the minister maintained that the previous government had signed costly contracts.

He further said that Rs 40 billion would be spent on new pipelines.

Sources in the petroleum division told Dawn that the plan had not yet been approved by the cabinet.

Meanwhile, PTI leader Ali Raza Gillani termed the announcement "a political stunt".
"""
GOLD["pakistan"] = [
    ("said", "Federal Minister for Energy Sardar Awais Khan Leghari", "gas loadshedding for domestic consumers in Punjab would end by December"),
    ("maintained", "the minister", "the previous government had signed costly contracts"),
    ("said", "He", "Rs 40 billion would be spent on new pipelines"),
    ("told", "Sources in the petroleum division", "the plan had not yet been approved by the cabinet"),
]
NOT_REPORTS["pakistan"] = []

ARTICLES["philippines"] = """DOH warns vs dengue as cases rise

The Department of Health (DOH) on Thursday warned the public against stagnant water as dengue cases rose by 30 percent in Central Visayas.

Health Secretary Teodoro Herbosa said in a radio interview that hospitals had been told to open fever lanes.

"Search and destroy, 'yan ang kailangan," Herbosa said, urging households to clean their surroundings.

Cebu City Mayor Raymond Garcia, for his part, said the city had enough beds for now.

Barangay captain Jun Dela Cruz told the Inquirer that fogging had started in three sitios.
"""
GOLD["philippines"] = [
    ("said", "Health Secretary Teodoro Herbosa", "hospitals had been told to open fever lanes"),
    ("said", "Herbosa", "Search and destroy, 'yan ang kailangan"),
    ("said", "Cebu City Mayor Raymond Garcia", "the city had enough beds for now"),
    ("told", "Barangay captain Jun Dela Cruz", "fogging had started in three sitios"),
]
NOT_REPORTS["philippines"] = []

ARTICLES["singapore"] = """New rules for e-scooter retailers from July

SINGAPORE - Retailers who sell non-compliant e-scooters will face fines of up to $20,000 from July, the Land Transport Authority (LTA) said on Friday.

In response to queries from The Straits Times, the LTA said that 1,200 devices had been seized last year.

Senior Minister of State for Transport Amy Khor said in a Facebook post that the rules were needed to keep footpaths safe.

"Most riders are responsible, but a few spoil it for everyone," she wrote.

A spokesman for the Active Mobility Association said it would help members comply.
"""
GOLD["singapore"] = [
    ("said", "the Land Transport Authority (LTA)", "Retailers who sell non-compliant e-scooters will face fines of up to $20,000 from July"),
    ("said", "the LTA", "1,200 devices had been seized last year"),
    ("said", "Senior Minister of State for Transport Amy Khor", "the rules were needed to keep footpaths safe"),
    ("wrote", "she", "Most riders are responsible, but a few spoil it for everyone"),
    ("said", "A spokesman for the Active Mobility Association", "it would help members comply"),
]
NOT_REPORTS["singapore"] = ["New rules for e-scooter retailers from July"]

ARTICLES["malaysia"] = """Flood relief centres ready, says minister

KUALA LUMPUR: A total of 5,000 relief centres have been prepared nationwide ahead of the monsoon season, said Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi.

He said the National Disaster Management Agency (Nadma) had also placed boats in flood-prone districts.

Kelantan police chief Datuk Mohd Yusoff Mamat, when contacted, said 2,000 personnel were on standby.

Meanwhile, a trader in Kota Bharu, who only wanted to be known as Ah Seng, said he had moved his stock to higher ground.
"""
GOLD["malaysia"] = [
    ("said", "Deputy Prime Minister Datuk Seri Ahmad Zahid Hamidi", "A total of 5,000 relief centres have been prepared nationwide ahead of the monsoon season"),
    ("said", "He", "the National Disaster Management Agency (Nadma) had also placed boats in flood-prone districts"),
    ("said", "Kelantan police chief Datuk Mohd Yusoff Mamat", "2,000 personnel were on standby"),
    ("said", "a trader in Kota Bharu, who only wanted to be known as Ah Seng", "he had moved his stock to higher ground"),
]
NOT_REPORTS["malaysia"] = []

ARTICLES["australia"] = """Drought aid extended for NSW farmers

Farmers in western NSW will receive drought assistance for another year, the federal Agriculture Minister Julie Collins has announced.

Ms Collins told the ABC the government would not "walk away from the bush".

Nationals leader David Littleproud said the package was "a drop in the ocean".

Over the ditch, New Zealand's Finance Minister Nicola Willis told RNZ that farmers there faced similar pressures.

It is understood the package will cost about $300 million.
"""
GOLD["australia"] = [
    ("announced", "the federal Agriculture Minister Julie Collins", "Farmers in western NSW will receive drought assistance for another year"),
    ("told", "Ms Collins", 'the government would not "walk away from the bush"'),
    ("said", "Nationals leader David Littleproud", 'the package was "a drop in the ocean"'),
    ("told", "New Zealand's Finance Minister Nicola Willis", "farmers there faced similar pressures"),
]
NOT_REPORTS["australia"] = []

ARTICLES["ireland"] = """Housing targets will be met, says Taoiseach

The Government will meet its target of 40,000 new homes this year, the Taoiseach has said.

Speaking in the Dáil, Mr Martin said that completions were running ahead of last year.

"We are not complacent," said the Taoiseach.

Sinn Féin housing spokesman Eoin Ó Broin accused the Government of "massaging the figures".

Separately, the Housing Minister told the BBC's Today programme that rents in Belfast and Dublin were rising at similar rates.

A senior Government source said the figures would be published next week.
"""
GOLD["ireland"] = [
    ("said", "the Taoiseach", "The Government will meet its target of 40,000 new homes this year"),
    ("said", "Mr Martin", "completions were running ahead of last year"),
    ("said", "the Taoiseach", "We are not complacent"),
    ("told", "the Housing Minister", "rents in Belfast and Dublin were rising at similar rates"),
    ("said", "A senior Government source", "the figures would be published next week"),
]
NOT_REPORTS["ireland"] = []

ARTICLES["wire2"] = """Oil prices slip as OPEC+ weighs output

LONDON (Reuters) - Oil prices fell on Tuesday after two sources told Reuters that OPEC+ was considering a further increase in output.

"The mood in the group is to keep adding barrels," one of the sources said, speaking on condition of anonymity because the talks were private.

Saudi Arabia's energy ministry did not respond to a request for comment.

Analysts at Commerzbank said in a note that the market could be oversupplied by the fourth quarter.

Brent crude futures were down 1.2 percent at $81.40 a barrel by 1030 GMT.
"""
GOLD["wire2"] = [
    ("told", "two sources", "OPEC+ was considering a further increase in output"),
    ("said", "one of the sources", "The mood in the group is to keep adding barrels"),
    ("said", "Analysts at Commerzbank", "the market could be oversupplied by the fourth quarter"),
]
NOT_REPORTS["wire2"] = [
    "Saudi Arabia's energy ministry did not respond to a request for comment.",
    "Brent crude futures were down 1.2 percent at $81.40 a barrel by 1030 GMT.",
]

NESTED = {}
