# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Sixteen short articles written for the fifty-third session's probe of other presses' English, one
per house style: an Indian daily ('informed that', 'opined', 'stated that', 'said to reporters', 'PTI
reported'), a Nigerian daily ('disclosed', 'averred', 'maintained that', a commissioner who spoke
through his aide), a South African, an Irish, an Australian (', he told ABC radio', 'Mr Smith
said'), a Canadian (CP style), a Kenyan, a Pakistani ('said while talking to media'), a Singaporean
and a Philippine daily, a Reuters and an AFP wire story, a US regional paper, a UK local paper, a
BBC explainer and a government press release. The gold is written by hand: (a word of the cue, the
source, the first content span) per attribution the pipeline gets right. Every name, figure and
sentence is made up. Read by ``test_probe_findings_53_eng``; ``NOT_REPORTS`` holds each article's
lines that report nothing."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["india"] = """Civic body to clear drains before monsoon, says commissioner

PUNE: The municipal commissioner on Monday informed that all major drains in the city would be desilted before June 10.

Speaking to reporters at the civic headquarters, Commissioner Rajesh Kulkarni stated that 40 teams had been deployed for the work. "We will not allow waterlogging this year," he said to reporters.

Corporator Meena Deshpande opined that the work had started too late. She alleged that contractors were being paid for work never done.

The state government has sanctioned Rs 120 crore for the project, PTI reported.

The city received 38 mm of rain last week.
"""

ARTICLES["nigeria"] = """Lagos to recruit 2,000 teachers, says commissioner

The Lagos State Government has disclosed plans to recruit 2,000 teachers for public secondary schools before the next academic session.

The Commissioner for Education, Mr Tunde Alabi, who spoke through his Special Adviser, Mrs Bisi Okon, said the recruitment would be done in three batches.

He averred that the state would not compromise on quality, adding that only qualified graduates would be considered.

The chairman of the teachers' union, Comrade Yakubu Bello, maintained that the union had not been consulted. "We read about it in the newspapers like everyone else," Bello said.

The exercise is expected to begin in August.
"""

ARTICLES["southafrica"] = """Load shedding to ease this weekend, Eskom says

Eskom says load shedding will be reduced to stage 2 from Saturday morning as several generating units return to service.

Spokesperson Sikonathi Mantshantsha told eNCA that breakdowns had dropped below 15,000 megawatts for the first time in months.

"We are cautiously optimistic, but the system remains vulnerable," he said.

Energy analyst Chris Yelland warned that the improvement might not last into winter.

The DA's energy spokesperson, Kevin Mileham, said the public had heard such promises before.

Stage 2 removes up to 2,000 megawatts from the national grid.
"""

ARTICLES["ireland"] = """Hospital trolley numbers reach record high, INMO says

A record 931 patients were waiting on trolleys in Irish hospitals on Tuesday morning, according to the Irish Nurses and Midwives Organisation.

INMO general secretary Phil Ní Sheaghdha said the figures were "a damning indictment" of planning by the HSE.

Speaking on RTÉ's Morning Ireland, the Minister for Health said he accepted the situation was unacceptable. He said additional beds would open at three hospitals by the end of the month.

The HSE said in a statement that emergency departments had seen a surge in older patients with respiratory illness.

University Hospital Limerick was the most overcrowded, with 112 patients on trolleys.
"""

ARTICLES["australia"] = """Farmers fear fresh losses as drought spreads to the Riverina

Farmers in the Riverina could lose a third of their winter crop if rain does not arrive within a fortnight, the NSW Farmers Association has warned.

"Some of our members are already hand-feeding stock," association president Xavier Martin told ABC radio.

Mr Martin said many families were still carrying debt from the last drought.

The Agriculture Minister, Tara Moriarty, said on Sunday the government was ready to extend freight subsidies, she told reporters in Wagga Wagga.

The Bureau of Meteorology expects below-average rainfall for the rest of winter.

Grain grower Sue Hensley said she had sown less than half her usual area. "It's heartbreaking," Mrs Hensley said.
"""

ARTICLES["canada"] = """Ontario to add 300 paramedics as ambulance wait times grow

TORONTO — Ontario will hire 300 more paramedics over the next two years, Health Minister Sylvia Jones announced Wednesday.

Jones told a news conference in Toronto that offload delays at hospitals had become "unacceptable" in several regions.

The Ontario Paramedic Association welcomed the move but said it would not solve staffing shortages on its own.

"We are losing experienced people faster than we can train new ones," association president Darryl Watts said in an interview.

NDP health critic France Gélinas said the province had ignored warnings from municipalities for years.

The Canadian Press has learned the hiring will be concentrated in northern Ontario.

This report by The Canadian Press was first published May 14, 2025.
"""

ARTICLES["kenya"] = """Nairobi county to demolish structures on riparian land

Nairobi County has issued a seven-day notice to owners of buildings on riparian land along the Nairobi River, Environment executive Geoffrey Mosiria has said.

Speaking during a clean-up exercise in Kibera on Saturday, Mosiria said the county would not be intimidated by cartels.

"Those who built on river banks knew they were breaking the law," he said.

Kibera MP Peter Orero urged the county to resettle affected families first, noting that many residents had lived there for decades.

Residents who spoke to the Nation said they had not received any notice.

The Nairobi River has flooded twice this year.
"""

ARTICLES["pakistan"] = """Govt to cut petrol price from Friday, says finance ministry

ISLAMABAD: The federal government will reduce the price of petrol by Rs 8 per litre from Friday, a finance ministry spokesperson said.

The spokesperson said while talking to media that the decision had been taken in view of falling international oil prices.

Opposition leader Omar Ayub Khan termed the relief insufficient and said the government should reduce the petroleum levy.

Talking to reporters outside the parliament, Federal Minister for Information Attaullah Tarar said the government was committed to providing relief to the masses.

The Oil and Gas Regulatory Authority had recommended a cut of Rs 10 per litre, sources said.

Petrol currently costs Rs 272 per litre.
"""

ARTICLES["singapore"] = """More seniors to receive home care support from next year, says MOH

SINGAPORE – More seniors will be able to receive home care subsidies from January, the Ministry of Health (MOH) said on Thursday.

Senior Minister of State for Health Koh Poh Koon said the changes would benefit about 20,000 more households.

Speaking at a community event in Tampines, he added that caregivers also needed more respite options.

Madam Lee Siew Kim, 67, who cares for her husband, said the help would make a difference. "Every bit counts for families like mine," she told The Straits Times.

The new subsidy tiers will be announced in November.
"""

ARTICLES["philippines"] = """DOH warns public vs dengue as cases rise

MANILA, Philippines — The Department of Health (DOH) on Monday warned the public against dengue as cases rose by 30 percent compared with the same period last year.

Health Secretary Teodoro Herbosa said in a press briefing that most cases were recorded in Central Luzon and Calabarzon.

"Search and destroy mosquito breeding sites," Herbosa reminded the public.

According to the DOH, 62 deaths have been recorded since January.

Quezon City Mayor Joy Belmonte, for her part, said the city had declared a dengue outbreak in three barangays.

The rainy season usually begins in June.
"""

ARTICLES["reuters"] = """Veltro shares slide after profit warning

MILAN, March 4 (Reuters) - Italian carmaker Veltro cut its full-year profit forecast on Tuesday, blaming weaker demand in China and higher costs for batteries.

Veltro said on Tuesday it now expected operating profit of 1.2 billion euros, down from an earlier forecast of 1.6 billion.

Chief Executive Laura Benedetti told analysts on a call that the company would cut production at two plants.

The company is also considering the sale of its truck unit, two sources familiar with the matter told Reuters.

A Veltro spokesperson declined to comment on the sources' remarks.

Veltro shares fell 7% by 1030 GMT.
"""

ARTICLES["afp"] = """Floods kill at least 20 in northern Vandor

At least 20 people have been killed and thousands displaced by floods in northern Vandor, officials said Sunday.

"The water came at night and swept away entire houses," a local official told AFP by telephone, asking not to be named.

The disaster management agency said rescue teams were struggling to reach remote villages.

Aid groups warned of the risk of cholera in crowded camps.

Vandor's rainy season usually runs from June to September.
"""

ARTICLES["usregional"] = """County approves new jail despite objections

GREENVILLE — The Hale County Commission voted 4-1 on Tuesday night to build a new 300-bed jail, ending months of debate.

Commissioner Rick Dobbins said the current jail, built in 1972, was "falling apart around our deputies."

Sheriff Angela Pruitt told the commission the jail had failed its last two state inspections.

Commissioner Nora Vance cast the lone no vote. She said the county should spend the money on mental health services instead.

About 60 residents attended the meeting.

Construction is expected to begin next spring.
"""

ARTICLES["uklocal"] = """Residents angry as council confirms library closure

Residents have hit out at plans to close Ashby Road library after the council confirmed it would shut in September.

Councillor Janet Moore, cabinet member for communities, said the decision had not been taken lightly.

Campaigner Paul Hughes, 58, said: "This library is a lifeline for older people and families."

A council spokesperson said a mobile library service would visit the area twice a week.

The library opened in 1964.
"""

ARTICLES["bbcexplainer"] = """Why are train fares going up?

Rail fares in England will rise by up to 4.6% in March, the government has confirmed.

What has the government said?

Transport Secretary Heidi Alexander said the increase was below inflation and would help fund improvements.

She told BBC Breakfast that passengers would see "more reliable services" in return.

What do passenger groups say?

The watchdog Transport Focus said many passengers felt they were not getting value for money.

Fares are usually set each January.
"""

ARTICLES["release"] = """Minister launches national water safety campaign

The Minister for Sport, Ms Rachel Doyle, today launched a national campaign to reduce drowning deaths ahead of the summer holidays.

Launching the campaign, the Minister said: "Every drowning is a tragedy, and most of them are preventable."

The campaign will include free swimming lessons for 50,000 children.

Water Safety Council chief executive Mark Byrne welcomed the funding and said it would save lives.

Further information is available on the department's website.

ENDS
"""

GOLD["india"] = [
    ("informed", "The municipal commissioner", "all major drains in the city would be desilted before June 10"),
    ("stated", "Commissioner Rajesh Kulkarni", "40 teams had been deployed for the work"),
    ("said", "he", "We will not allow waterlogging this year"),
    ("opined", "Corporator Meena Deshpande", "the work had started too late"),
    ("reported", "PTI", "The state government has sanctioned Rs 120 crore for the project"),
]
NOT_REPORTS["india"] = ["The city received 38 mm of rain last week."]

GOLD["nigeria"] = [
    ("disclosed", "The Lagos State Government", "plans to recruit 2,000 teachers for public secondary schools before the next academic session"),
    ("averred", "He", "the state would not compromise on quality"),
    ("maintained", "The chairman of the teachers' union, Comrade Yakubu Bello", "the union had not been consulted"),
    ("said", "Bello", "We read about it in the newspapers like everyone else"),
]

GOLD["southafrica"] = [
    ("says", "Eskom", "load shedding will be reduced to stage 2 from Saturday morning as several generating units return to service"),
    ("told", "Spokesperson Sikonathi Mantshantsha", "breakdowns had dropped below 15,000 megawatts for the first time in months"),
    ("said", "he", "We are cautiously optimistic, but the system remains vulnerable"),
    ("warned", "Energy analyst Chris Yelland", "the improvement might not last into winter"),
    ("said", "The DA's energy spokesperson, Kevin Mileham", "the public had heard such promises before"),
]
NOT_REPORTS["southafrica"] = ["Stage 2 removes up to 2,000 megawatts from the national grid."]

GOLD["ireland"] = [
    ("according to", "the Irish Nurses and Midwives Organisation", "A record 931 patients were waiting on trolleys in Irish hospitals on Tuesday morning"),
    ("said", "the Minister for Health", "he accepted the situation was unacceptable"),
    ("said", "He", "additional beds would open at three hospitals by the end of the month"),
    ("said", "The HSE", "emergency departments had seen a surge in older patients with respiratory illness"),
]
NOT_REPORTS["ireland"] = ["University Hospital Limerick was the most overcrowded, with 112 patients on trolleys."]

GOLD["australia"] = [
    ("warned", "the NSW Farmers Association", "Farmers in the Riverina could lose a third of their winter crop if rain does not arrive within a fortnight"),
    ("told", "association president Xavier Martin", "Some of our members are already hand-feeding stock"),
    ("said", "Mr Martin", "many families were still carrying debt from the last drought"),
    ("said", "Grain grower Sue Hensley", "she had sown less than half her usual area"),
    ("said", "Mrs Hensley", "It's heartbreaking"),
]

GOLD["canada"] = [
    ("announced", "Health Minister Sylvia Jones", "Ontario will hire 300 more paramedics over the next two years"),
    ("told", "Jones", 'offload delays at hospitals had become "unacceptable" in several regions'),
    ("said", "The Ontario Paramedic Association", "it would not solve staffing shortages on its own"),
    ("said", "association president Darryl Watts", "We are losing experienced people faster than we can train new ones"),
    ("said", "NDP health critic France Gélinas", "the province had ignored warnings from municipalities for years"),
]
NOT_REPORTS["canada"] = ["This report by The Canadian Press was first published May 14, 2025."]

GOLD["kenya"] = [
    ("said", "Mosiria", "the county would not be intimidated by cartels"),
    ("said", "he", "Those who built on river banks knew they were breaking the law"),
    ("said", "Residents who spoke to the Nation", "they had not received any notice"),
]
NOT_REPORTS["kenya"] = ["The Nairobi River has flooded twice this year."]

GOLD["pakistan"] = [
    ("said", "a finance ministry spokesperson", "The federal government will reduce the price of petrol by Rs 8 per litre from Friday"),
    ("said", "The spokesperson", "the decision had been taken in view of falling international oil prices"),
    ("said", "Federal Minister for Information Attaullah Tarar", "the government was committed to providing relief to the masses"),
    ("said", "sources", "The Oil and Gas Regulatory Authority had recommended a cut of Rs 10 per litre"),
]
NOT_REPORTS["pakistan"] = ["Petrol currently costs Rs 272 per litre."]

GOLD["singapore"] = [
    ("said", "the Ministry of Health (MOH)", "More seniors will be able to receive home care subsidies from January"),
    ("said", "Senior Minister of State for Health Koh Poh Koon", "the changes would benefit about 20,000 more households"),
    ("added", "he", "caregivers also needed more respite options"),
    ("told", "she", "Every bit counts for families like mine"),
]
NOT_REPORTS["singapore"] = ["The new subsidy tiers will be announced in November."]

GOLD["philippines"] = [
    ("said", "Health Secretary Teodoro Herbosa", "most cases were recorded in Central Luzon and Calabarzon"),
    ("According to", "the DOH", "62 deaths have been recorded since January"),
    ("said", "Quezon City Mayor Joy Belmonte", "the city had declared a dengue outbreak in three barangays"),
]
NOT_REPORTS["philippines"] = ["The rainy season usually begins in June."]

GOLD["reuters"] = [
    ("said", "Veltro", "it now expected operating profit of 1.2 billion euros, down from an earlier forecast of 1.6 billion"),
    ("told", "Chief Executive Laura Benedetti", "the company would cut production at two plants"),
    ("told", "two sources familiar with the matter", "The company is also considering the sale of its truck unit"),
]
NOT_REPORTS["reuters"] = ["Veltro shares fell 7% by 1030 GMT."]

GOLD["afp"] = [
    ("said", "officials", "At least 20 people have been killed and thousands displaced by floods in northern Vandor"),
    ("told", "a local official", "The water came at night and swept away entire houses"),
    ("said", "The disaster management agency", "rescue teams were struggling to reach remote villages"),
]
NOT_REPORTS["afp"] = ["Vandor's rainy season usually runs from June to September."]

GOLD["usregional"] = [
    ("told", "Sheriff Angela Pruitt", "the jail had failed its last two state inspections"),
    ("said", "She", "the county should spend the money on mental health services instead"),
]
NOT_REPORTS["usregional"] = ["About 60 residents attended the meeting."]

GOLD["uklocal"] = [
    ("confirmed", "the council", "it would shut in September"),
    ("said", "Councillor Janet Moore, cabinet member for communities", "the decision had not been taken lightly"),
    ("said", "Campaigner Paul Hughes, 58", "This library is a lifeline for older people and families"),
    ("said", "A council spokesperson", "a mobile library service would visit the area twice a week"),
]
NOT_REPORTS["uklocal"] = ["The library opened in 1964."]

GOLD["bbcexplainer"] = [
    ("confirmed", "the government", "Rail fares in England will rise by up to 4.6% in March"),
    ("said", "Transport Secretary Heidi Alexander", "the increase was below inflation and would help fund improvements"),
    ("told", "She", 'passengers would see "more reliable services" in return'),
    ("said", "The watchdog Transport Focus", "many passengers felt they were not getting value for money"),
]
NOT_REPORTS["bbcexplainer"] = ["What has the government said?", "What do passenger groups say?", "Fares are usually set each January."]

GOLD["release"] = [
    ("said", "the Minister", "Every drowning is a tragedy, and most of them are preventable"),
    ("said", "Water Safety Council chief executive Mark Byrne", "it would save lives"),
]
NOT_REPORTS["release"] = ["The campaign will include free swimming lessons for 50,000 children.", "Further information is available on the department's website."]
