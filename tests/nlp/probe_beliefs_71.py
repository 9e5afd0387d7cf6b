# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the seventy-first pass's check of belief, knowledge and estimate cues and of
documents as sources (helper D), in sentences of every domain: beliefs and fears ('Police believe X', 'Experts fear
X', 'Residents do not believe X', 'Detectives suspect X', 'Some economists doubt that X', 'Local builders reckon X'),
states with an adjective ('are convinced that X', 'are confident X', 'are worried that X'), expectations and hopes
('Analysts expect the bank to X', 'Farmers hope X'), knowledge ('The club knows X', 'It is understood that X', 'It is
thought X'), first person in a column ('I think X'), estimates ('The council estimates the cost at £2.4m'), documents
as sources ('a poll published on Sunday shows X', 'data published on Monday show X', 'the study concludes that X',
'minutes of the meeting reveal that X', 'the filing states that X', 'the audit identified X', 'a leaked memo warns that
X', 'the plan assumes that X') and traps that report nothing (a mental state with no content: 'who knew the area
well', 'feared for their safety', 'Organisers hope so'; a document as a thing: 'The study was 40 pages long', 'The poll
of 1,200 adults was carried out by X').

The gold is written by hand as PolNeAR train marks each shape (counted on the first annotator's files: 'believe' 76
cues, 'fear' 31, 'expect' 109, 'hope' 75, 'estimate' 20, 'doubt' 23; 'is convinced' / 'are confident' / 'are worried
that' with the copula in the cue; 'Officials expect it to raise rates' content 'it to raise rates ...'; 'estimates X
at Y' content 'X | at Y'; documents as sources 108 of 129 'poll/report/data/survey/... shows/found/...' marked, the
content what they show; 'fear for', 'hope so' unmarked): per article, (a word of the cue, the source, the first
content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker,
the content's first words) in ``SPEAKERS``. Every name, place, body and sentence is made up. Read by
``test_probe_findings_71_beliefs``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["flu_wards"] = """Hospital braces for winter flu peak

Doctors at Bramley General Hospital fear that the flu season will peak in the first week of January.

The hospital has 640 beds.

The hospital's chief nurse, Olu Adeyemi, said two extra wards would open in December.
"""
GOLD["flu_wards"] = [
    ("fear", "Doctors at Bramley General Hospital", "the flu season will peak in the first week of January"),
    ("said", "The hospital's chief nurse, Olu Adeyemi", "two extra wards would open in December"),
]
NOT_REPORTS["flu_wards"] = ["The hospital has 640 beds."]
SPEAKERS["flu_wards"] = [("said", "The hospital's chief nurse, Olu Adeyemi", "Olu Adeyemi", "two extra wards")]

ARTICLES["coastal_poll"] = """Greens ahead in coastal seats

A poll published on Sunday shows the Green Party ahead in three coastal seats.

The poll of 1,200 adults was carried out by Norvale Research.

The party's leader, Ines Varga, said the figures were encouraging.
"""
GOLD["coastal_poll"] = [
    ("shows", "A poll published on Sunday", "the Green Party ahead in three coastal seats"),
    ("said", "The party's leader, Ines Varga", "the figures were encouraging"),
]
NOT_REPORTS["coastal_poll"] = ["The poll of 1,200 adults was carried out by Norvale Research."]
SPEAKERS["coastal_poll"] = [("said", "The party's leader, Ines Varga", "Ines Varga", "the figures")]

ARTICLES["harbour_cargo"] = """Cargo through Tollmouth falls

Data published on Monday by the Office for Harbour Statistics show cargo volumes fell by 8% in the third quarter.

The port handled 41 million tonnes last year.

Port managers believe volumes will recover next spring.
"""
GOLD["harbour_cargo"] = [
    ("show", "Data published on Monday by the Office for Harbour Statistics", "cargo volumes fell by 8% in the third quarter"),
    ("believe", "Port managers", "volumes will recover next spring"),
]
NOT_REPORTS["harbour_cargo"] = ["The port handled 41 million tonnes last year."]

ARTICLES["walking_sleep"] = """Walking to school helps children sleep, study finds

The study, by researchers at Hollin University, concludes that children who walk to school sleep longer.

The study was 40 pages long and took three years to complete.

Its lead author, Dr Mina Castell, said more work was needed on older pupils.
"""
GOLD["walking_sleep"] = [
    ("concludes", "The study, by researchers at Hollin University", "children who walk to school sleep longer"),
    ("said", "Its lead author, Dr Mina Castell", "more work was needed on older pupils"),
]
NOT_REPORTS["walking_sleep"] = ["The study was 40 pages long and took three years to complete."]
SPEAKERS["walking_sleep"] = [("said", "Its lead author, Dr Mina Castell", "Mina Castell", "more work")]

ARTICLES["merger_minutes"] = """Board split over Denholm merger

Minutes of the meeting reveal that two board members voted against the merger.

The minutes were published on the company's website on Thursday.

The chief executive, Paul Reyes, told shareholders the merger would save £12m a year.
"""
GOLD["merger_minutes"] = [
    ("reveal", "Minutes of the meeting", "two board members voted against the merger"),
    ("told", "The chief executive, Paul Reyes", "the merger would save £12m a year"),
]
NOT_REPORTS["merger_minutes"] = ["The minutes were published on the company's website on Thursday."]
SPEAKERS["merger_minutes"] = [("told", "The chief executive, Paul Reyes", "Paul Reyes", "the merger")]

ARTICLES["foods_filing"] = """Garrow Foods seeks administration

Garrow Foods has applied to go into administration, according to a filing at the High Court.

The filing states that the company owes its suppliers £4.3m.

The company employs 310 people at two bakeries.
"""
GOLD["foods_filing"] = [
    ("according to", "a filing at the High Court", "Garrow Foods has applied to go into administration"),
    ("states", "The filing", "the company owes its suppliers £4.3m"),
]
NOT_REPORTS["foods_filing"] = ["The company employs 310 people at two bakeries."]

ARTICLES["council_audit"] = """Audit finds unapproved payments

The audit identified 14 payments that had not been approved by a manager.

The audit covered the years 2021 to 2024.

The council's finance director, Ruth Amadi, said she was confident the money could be recovered.
"""
GOLD["council_audit"] = [
    ("identified", "The audit", "14 payments that had not been approved by a manager"),
    ("said", "The council's finance director, Ruth Amadi", "she was confident the money could be recovered"),
]
NOT_REPORTS["council_audit"] = ["The audit covered the years 2021 to 2024."]
SPEAKERS["council_audit"] = [("said", "The council's finance director, Ruth Amadi", "Ruth Amadi", "she was confident")]

ARTICLES["rail_memo"] = """Rail operator could run out of cash, memo warns

A leaked memo warns that the rail operator Westline could run out of cash by March.

The memo is dated 3 October.

A spokesman for Westline said the company did not comment on leaked documents.
"""
GOLD["rail_memo"] = [
    ("warns", "A leaked memo", "the rail operator Westline could run out of cash by March"),
    ("said", "A spokesman for Westline", "the company did not comment on leaked documents"),
]
NOT_REPORTS["rail_memo"] = ["The memo is dated 3 October."]

ARTICLES["flood_barrier"] = """Residents doubt new flood barrier

Residents of Lowmarsh do not believe the new flood barrier will protect their homes.

The barrier cost £18m and was finished in May.

The Environment Agency said the barrier had been tested to the highest standard.
"""
GOLD["flood_barrier"] = [
    ("believe", "Residents of Lowmarsh", "the new flood barrier will protect their homes"),
    ("said", "The Environment Agency", "the barrier had been tested to the highest standard"),
]
NOT_REPORTS["flood_barrier"] = ["The barrier cost £18m and was finished in May."]

ARTICLES["cave_rescue"] = """Climbers rescued from Skelda cave

Police believe the two climbers became lost in fog on Saturday evening.

Jean Harlow, a farmer who knew the area well, led rescuers to the cave.

Both men were taken to hospital with mild hypothermia.
"""
GOLD["cave_rescue"] = [
    ("believe", "Police", "the two climbers became lost in fog on Saturday evening"),
]
NOT_REPORTS["cave_rescue"] = [
    "Jean Harlow, a farmer who knew the area well, led rescuers to the cave.",
    "Both men were taken to hospital with mild hypothermia.",
]

ARTICLES["bus_stones"] = """Bus attacked on Northgate estate

Passengers feared for their safety as stones hit the windows of the number 12 bus.

The driver said he had stopped the bus and called the police.

Nobody was hurt.
"""
GOLD["bus_stones"] = [
    ("said", "The driver", "he had stopped the bus and called the police"),
]
NOT_REPORTS["bus_stones"] = [
    "Passengers feared for their safety as stones hit the windows of the number 12 bus.",
    "Nobody was hurt.",
]

ARTICLES["festival_return"] = """Harvest festival draws record crowd

More than 9,000 people attended the Orlen harvest festival on Saturday.

Will the festival return next year? Organisers hope so.

The festival's director, Lina Moss, said the council had promised to fund it until 2028.
"""
GOLD["festival_return"] = [
    ("hope", "Organisers", "so"),
    ("said", "The festival's director, Lina Moss", "the council had promised to fund it until 2028"),
]
NOT_REPORTS["festival_return"] = ["More than 9,000 people attended the Orlen harvest festival on Saturday."]
SPEAKERS["festival_return"] = [("said", "The festival's director, Lina Moss", "Lina Moss", "the council")]

ARTICLES["pier_repairs"] = """Pier repairs to cost £2.4m

The council estimates the cost of the repairs at £2.4m.

The pier has been closed since it was hit by a barge in August.

Councillor Theo Brand said the work would start in the spring.
"""
GOLD["pier_repairs"] = [
    ("estimates", "The council", "the cost of the repairs at £2.4m"),
    ("said", "Councillor Theo Brand", "the work would start in the spring"),
]
NOT_REPORTS["pier_repairs"] = ["The pier has been closed since it was hit by a barge in August."]
SPEAKERS["pier_repairs"] = [("said", "Councillor Theo Brand", "Theo Brand", "the work")]

ARTICLES["ash_blight"] = """Tree disease found in Marlow Forest

Tree experts fear the disease could spread to hedgerows across the county.

The blight was first found in the forest in June.

The Forest Trust said it would fell about 300 infected trees this winter.
"""
GOLD["ash_blight"] = [
    ("fear", "Tree experts", "the disease could spread to hedgerows across the county"),
    ("said", "The Forest Trust", "it would fell about 300 infected trees this winter"),
]
NOT_REPORTS["ash_blight"] = ["The blight was first found in the forest in June."]

ARTICLES["parking_column"] = """Our town needs its car parks

The council wants to sell two of the town's four car parks to a developer.

I think the council has got this badly wrong.

Shop owners on Bridge Street say trade has already fallen since the bus station closed.
"""
GOLD["parking_column"] = [
    ("think", "I", "the council has got this badly wrong"),
    ("say", "Shop owners on Bridge Street", "trade has already fallen since the bus station closed"),
]
NOT_REPORTS["parking_column"] = []

ARTICLES["quarry_water"] = """Campaigners fight quarry plan

Campaigners are convinced that the quarry will damage the village's water supply.

The quarry would cover 40 hectares of farmland.

The company behind the plan, Brenlow Aggregates, said its surveys had found no risk to the water.
"""
GOLD["quarry_water"] = [
    ("convinced", "Campaigners", "the quarry will damage the village's water supply"),
    ("said", "The company behind the plan, Brenlow Aggregates", "its surveys had found no risk to the water"),
]
NOT_REPORTS["quarry_water"] = ["The quarry would cover 40 hectares of farmland."]

ARTICLES["stadium_finish"] = """New stadium on schedule, owners say

The club's owners are confident the new stadium will be finished by August.

The stadium will hold 22,000 fans.

Work on the roof began in October.
"""
GOLD["stadium_finish"] = [
    ("confident", "The club's owners", "the new stadium will be finished by August"),
]
NOT_REPORTS["stadium_finish"] = ["The stadium will hold 22,000 fans.", "Work on the roof began in October."]

ARTICLES["airport_plan"] = """Airport plan rests on passenger recovery

The plan assumes that passenger numbers will return to their 2019 level by 2027.

Kelby Airport handled 3.1 million passengers last year.

Its chief executive, Dana Osei, said the airport would not need public money.
"""
GOLD["airport_plan"] = [
    ("assumes", "The plan", "passenger numbers will return to their 2019 level by 2027"),
    ("said", "Its chief executive, Dana Osei", "the airport would not need public money"),
]
NOT_REPORTS["airport_plan"] = ["Kelby Airport handled 3.1 million passengers last year."]
SPEAKERS["airport_plan"] = [("said", "Its chief executive, Dana Osei", "Dana Osei", "the airport")]

ARTICLES["striker_deal"] = """Athletic close in on striker

It is understood that the striker Marco Pell has agreed a three-year contract with Athletic.

Pell scored 19 goals last season.

His agent said talks were continuing.
"""
GOLD["striker_deal"] = [
    ("understood", "", "the striker Marco Pell has agreed a three-year contract with Athletic"),
    ("said", "His agent", "talks were continuing"),
]
NOT_REPORTS["striker_deal"] = ["Pell scored 19 goals last season."]

ARTICLES["bridge_rebuild"] = """Collapsed bridge could take two years to rebuild

Local builders reckon the Ferris Lane bridge will take two years to rebuild.

The bridge collapsed during a storm in November.

The county's highways officer, Sam Ito, said a temporary crossing would open in March.
"""
GOLD["bridge_rebuild"] = [
    ("reckon", "Local builders", "the Ferris Lane bridge will take two years to rebuild"),
    ("said", "The county's highways officer, Sam Ito", "a temporary crossing would open in March"),
]
NOT_REPORTS["bridge_rebuild"] = ["The bridge collapsed during a storm in November."]
SPEAKERS["bridge_rebuild"] = [("said", "The county's highways officer, Sam Ito", "Sam Ito", "a temporary")]

ARTICLES["warehouse_fire"] = """Warehouse fire was arson, detectives say

Detectives suspect the fire at the Pennock Road warehouse was started deliberately.

Eight fire engines were sent to the blaze.

A man aged 34 has been arrested.
"""
GOLD["warehouse_fire"] = [
    ("suspect", "Detectives", "the fire at the Pennock Road warehouse was started deliberately"),
]
NOT_REPORTS["warehouse_fire"] = ["Eight fire engines were sent to the blaze.", "A man aged 34 has been arrested."]

ARTICLES["rate_cut"] = """Rate cut may not help buyers

Some economists doubt that the rate cut will help first-time buyers.

The central bank cut its main rate to 3.25% on Thursday.

Analysts expect the bank to cut rates again in February.
"""
GOLD["rate_cut"] = [
    ("doubt", "Some economists", "the rate cut will help first-time buyers"),
    ("expect", "Analysts", "the bank to cut rates again in February"),
]
NOT_REPORTS["rate_cut"] = ["The central bank cut its main rate to 3.25% on Thursday."]

ARTICLES["school_timetable"] = """Parents oppose early school start

Parents at Elmfield Primary worry that the new timetable will leave children waiting in the dark.

The school day will start at 8am from January.

The head teacher, Grace Obi, said breakfast would be served from 7.30am.
"""
GOLD["school_timetable"] = [
    ("worry", "Parents at Elmfield Primary", "the new timetable will leave children waiting in the dark"),
    ("said", "The head teacher, Grace Obi", "breakfast would be served from 7.30am"),
]
NOT_REPORTS["school_timetable"] = ["The school day will start at 8am from January."]
SPEAKERS["school_timetable"] = [("said", "The head teacher, Grace Obi", "Grace Obi", "breakfast")]

ARTICLES["dry_harvest"] = """Farmers wait for rain

Farmers in the Vell valley hope the rain will arrive before the harvest.

Only 11mm of rain has fallen since May.

The farmers' union said yields could fall by a quarter.
"""
GOLD["dry_harvest"] = [
    ("hope", "Farmers in the Vell valley", "the rain will arrive before the harvest"),
    ("said", "The farmers' union", "yields could fall by a quarter"),
]
NOT_REPORTS["dry_harvest"] = ["Only 11mm of rain has fallen since May."]

ARTICLES["club_sales"] = """Rovers must sell before deadline

The club knows it must sell two players before the transfer window closes.

Rovers lost £6m last season.

The manager, Ivo Stanek, said he did not want to lose his captain.
"""
GOLD["club_sales"] = [
    ("knows", "The club", "it must sell two players before the transfer window closes"),
    ("said", "The manager, Ivo Stanek", "he did not want to lose his captain"),
]
NOT_REPORTS["club_sales"] = ["Rovers lost £6m last season."]
SPEAKERS["club_sales"] = [("said", "The manager, Ivo Stanek", "Ivo Stanek", "he did not")]

ARTICLES["beach_sand"] = """Beaches losing sand, report says

A report by the Coastal Trust found that a third of the county's beaches had lost sand since 2010.

The trust surveyed 60 beaches.

Storms are becoming more frequent, the report said.
"""
GOLD["beach_sand"] = [
    ("found", "A report by the Coastal Trust", "a third of the county's beaches had lost sand since 2010"),
    ("said", "the report", "Storms are becoming more frequent"),
]
NOT_REPORTS["beach_sand"] = ["The trust surveyed 60 beaches."]

ARTICLES["roadworks_shops"] = """Shops fear roadworks will drive customers away

Shopkeepers on Mill Street are worried that the roadworks will drive customers away.

The works are due to last until June.

The highways department said the street would stay open to pedestrians.
"""
GOLD["roadworks_shops"] = [
    ("worried", "Shopkeepers on Mill Street", "the roadworks will drive customers away"),
    ("said", "The highways department", "the street would stay open to pedestrians"),
]
NOT_REPORTS["roadworks_shops"] = ["The works are due to last until June."]

ARTICLES["vase_auction"] = """Vase found in attic sells for £80,000

It is thought the vase was made in the 1740s.

It was found in an attic in Corrow by a retired teacher.

The auctioneer, Hugo Lind, said the buyer was a collector from Vienna.
"""
GOLD["vase_auction"] = [
    ("thought", "", "the vase was made in the 1740s"),
    ("said", "The auctioneer, Hugo Lind", "the buyer was a collector from Vienna"),
]
NOT_REPORTS["vase_auction"] = ["It was found in an attic in Corrow by a retired teacher."]
SPEAKERS["vase_auction"] = [("said", "The auctioneer, Hugo Lind", "Hugo Lind", "the buyer")]

ARTICLES["tenant_survey"] = """Tenants report damp homes

A survey of 2,000 tenants by the Renters' Alliance found that one in five lived with damp.

The alliance has 14,000 members.

Landlords expect the new standards to raise rents.
"""
GOLD["tenant_survey"] = [
    ("found", "A survey of 2,000 tenants by the Renters' Alliance", "one in five lived with damp"),
    ("expect", "Landlords", "the new standards to raise rents"),
]
NOT_REPORTS["tenant_survey"] = ["The alliance has 14,000 members."]

ARTICLES["orchestra_doubts"] = """Orchestra's future in doubt

The orchestra's players fear the cuts will force it to close within two years.

The orchestra gave 85 concerts last year.

Its conductor, Elsa Varn, who has led it since 2015, said she still hoped a sponsor would be found.
"""
GOLD["orchestra_doubts"] = [
    ("fear", "The orchestra's players", "the cuts will force it to close within two years"),
    ("said", "Its conductor, Elsa Varn, who has led it since 2015", "she still hoped a sponsor would be found"),
]
NOT_REPORTS["orchestra_doubts"] = ["The orchestra gave 85 concerts last year."]
SPEAKERS["orchestra_doubts"] = [("said", "Its conductor, Elsa Varn, who has led it since 2015", "Elsa Varn", "she still")]

ARTICLES["vaccine_trial"] = """Malaria vaccine trial shows promise

Results published in the Lanford Medical Journal suggest the vaccine cut infections by half.

The trial involved 4,800 children in three countries.

Scientists remain hopeful that a larger trial will confirm the results.
"""
GOLD["vaccine_trial"] = [
    ("suggest", "Results published in the Lanford Medical Journal", "the vaccine cut infections by half"),
    ("hopeful", "Scientists", "a larger trial will confirm the results"),
]
NOT_REPORTS["vaccine_trial"] = ["The trial involved 4,800 children in three countries."]

# Written next, after the first thirty-one were counted on main (harder shapes: a document named with its maker and its
# reader, 'expressed doubt that', a source with a contact relative clause, first person negated, 'few doubt').

ARTICLES["hedge_fund_review"] = """Review faults fund's risk controls

An internal review commissioned by the Varden Pension Fund concluded that its managers had ignored warnings about the bond market.

The review took four months.

Records seen by the Kellock Courier show the fund lost £230m in a single week.
"""
GOLD["hedge_fund_review"] = [
    ("concluded", "An internal review commissioned by the Varden Pension Fund", "its managers had ignored warnings about the bond market"),
    ("show", "Records seen by the Kellock Courier", "the fund lost £230m in a single week"),
]
NOT_REPORTS["hedge_fund_review"] = ["The review took four months."]

ARTICLES["ferry_doubts"] = """Islanders doubt new ferry will arrive on time

The islands' MP, Nadia Qureshi, expressed doubt that the new ferry would be ready for the summer.

The ferry is being built at a yard in Portley.

Few on the islands doubt that the old ship needs replacing.
"""
GOLD["ferry_doubts"] = [
    ("doubt", "The islands' MP, Nadia Qureshi", "the new ferry would be ready for the summer"),
    ("doubt", "Few on the islands", "the old ship needs replacing"),
]
NOT_REPORTS["ferry_doubts"] = ["The ferry is being built at a yard in Portley."]

ARTICLES["orchard_frost"] = """Frost hits Tarrow orchards

Most of the growers I spoke to believe the late frost has ruined this year's apple crop.

The frost came on the night of 28 April.

I do not think the county can afford to lose another harvest.
"""
GOLD["orchard_frost"] = [
    ("believe", "Most of the growers I spoke to", "the late frost has ruined this year's apple crop"),
    ("think", "I", "the county can afford to lose another harvest"),
]
NOT_REPORTS["orchard_frost"] = ["The frost came on the night of 28 April."]

ARTICLES["glacier_study"] = """Glacier melting faster than expected

A study published in the journal Polar Letters found that the Senna glacier had lost a fifth of its ice since 2000.

The study followed the glacier for 24 years.

Scientists are increasingly convinced that the glacier will vanish by the end of the century.
"""
GOLD["glacier_study"] = [
    ("found", "A study published in the journal Polar Letters", "the Senna glacier had lost a fifth of its ice since 2000"),
    ("convinced", "Scientists", "the glacier will vanish by the end of the century"),
]
NOT_REPORTS["glacier_study"] = ["The study followed the glacier for 24 years."]

ARTICLES["prison_inspection"] = """Inspectors criticise Hallam prison

The inspectors' report, published on Tuesday, says that prisoners spent up to 22 hours a day in their cells.

The report was handed to ministers in May.

The prison's governor, Carl Benning, said staffing had improved since the inspection.
"""
GOLD["prison_inspection"] = [
    ("says", "The inspectors' report, published on Tuesday", "prisoners spent up to 22 hours a day in their cells"),
    ("said", "The prison's governor, Carl Benning", "staffing had improved since the inspection"),
]
NOT_REPORTS["prison_inspection"] = ["The report was handed to ministers in May."]
SPEAKERS["prison_inspection"] = [("said", "The prison's governor, Carl Benning", "Carl Benning", "staffing")]

ARTICLES["crowd_estimate"] = """Thousands march for hospital

Organisers estimate that 12,000 people joined the march through Denby on Saturday.

The march ended outside the town hall.

Marchers fear the hospital's maternity unit will close next year.
"""
GOLD["crowd_estimate"] = [
    ("estimate", "Organisers", "12,000 people joined the march through Denby on Saturday"),
    ("fear", "Marchers", "the hospital's maternity unit will close next year"),
]
NOT_REPORTS["crowd_estimate"] = ["The march ended outside the town hall."]

ARTICLES["app_analysis"] = """Fitness apps share users' data, analysis finds

An analysis of 40 fitness apps by the Digital Rights Lab found that 31 shared users' data with advertisers.

Most of the apps are free to download.

The lab's director, Yuki Brandt, said users had no way of knowing where their data went.
"""
GOLD["app_analysis"] = [
    ("found", "An analysis of 40 fitness apps by the Digital Rights Lab", "31 shared users' data with advertisers"),
    ("said", "The lab's director, Yuki Brandt", "users had no way of knowing where their data went"),
]
NOT_REPORTS["app_analysis"] = ["Most of the apps are free to download."]
SPEAKERS["app_analysis"] = [("said", "The lab's director, Yuki Brandt", "Yuki Brandt", "users")]

ARTICLES["wildcat_sighting"] = """Wildcat seen in Dunmore woods

Wildlife officers suspect the animal escaped from a private collection.

The cat was filmed by a dog walker on Sunday morning.

Ranger Ellis Ford, who has worked in the woods for 30 years, knew the animal was not a pet as soon as he saw the film.
"""
GOLD["wildcat_sighting"] = [
    ("suspect", "Wildlife officers", "the animal escaped from a private collection"),
    ("knew", "Ranger Ellis Ford, who has worked in the woods for 30 years", "the animal was not a pet"),
]
NOT_REPORTS["wildcat_sighting"] = ["The cat was filmed by a dog walker on Sunday morning."]
