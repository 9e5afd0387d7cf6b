# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty-five short articles written for the sixty-second session's check of local government, council and school
news (helper A): 'Councillor X told the meeting', 'the motion states', 'residents packed the hall to complain
that', 'objectors argued', 'in a letter to the planning committee', 'a council spokeswoman said', 'according to
the minutes', 'a report to cabinet warns', mayors, school boards and head teachers ('the headteacher wrote to
parents', 'the inspectors found', 'in its report, the inspectorate said'), parents and pupils quoted, petitions,
consultations ('respondents said'), votes, budgets and council-tax figures.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before
a name are part of the source): per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (agenda items, vote tallies, budget lines,
opening hours, addresses, names of schemes and schools in quotes, road closures); (cue, source, speaker, the
content's first words) in ``SPEAKERS``. 'Members voted 7-2 to X' is in neither list: PolNeAR train marks 36 of
112 'voted' as cues ('The council voted 6-1 for the resolution' is one), so no convention to hold the tool to.
The first thirty-eight were written before any mend, the two after them to probe the first mends, four more to
widen the check and the last one to probe the mends those four led to. Every name, place, figure and sentence is
made up. Read by ``test_probe_findings_62_councils``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["bin_collections"] = """Residents vent anger over missed bin collections

Residents packed the hall at Caverley Town Hall on Tuesday to complain that their bins had not been emptied for three weeks.

Councillor Maeve Dunstable, the cabinet member for environment, told the meeting that a shortage of drivers was to blame.

"We have recruited twelve new drivers and the backlog will be cleared by the end of the month," she said.

Item 4 on the agenda was the renewal of the street cleaning contract.

Collections in the Ashgrove and Millbeck wards will move from Monday to Wednesday from 3 March.
"""
GOLD["bin_collections"] = [
    ("complain", "Residents", "their bins had not been emptied for three weeks"),
    ("told", "Councillor Maeve Dunstable, the cabinet member for environment", "a shortage of drivers was to blame"),
    ("said", "she", "We have recruited twelve new drivers and the backlog will be cleared by the end of the month"),
]
NOT_REPORTS["bin_collections"] = [
    "Item 4 on the agenda was the renewal of the street cleaning contract.",
    "Collections in the Ashgrove and Millbeck wards will move from Monday to Wednesday from 3 March.",
]
SPEAKERS["bin_collections"] = [("said", "she", "Maeve Dunstable", "We have")]

ARTICLES["climate_motion"] = """Council declares climate emergency

Pellworth District Council has declared a climate emergency after a four-hour debate on Thursday night.

The motion states that the council will aim to make its own buildings and vehicles carbon neutral by 2032.

Green councillor Tobias Lindqvist, who proposed it, said the district could not wait for national government to act.

Conservative group leader Harriet Voss argued that the target had not been costed.

The motion was carried by 29 votes to 11, with two abstentions.

The full debate can be watched on the council's website.
"""
GOLD["climate_motion"] = [
    ("states", "The motion", "the council will aim to make its own buildings and vehicles carbon neutral by 2032"),
    ("said", "Green councillor Tobias Lindqvist, who proposed it", "the district could not wait for national government to act"),
    ("argued", "Conservative group leader Harriet Voss", "the target had not been costed"),
]
NOT_REPORTS["climate_motion"] = [
    "The motion was carried by 29 votes to 11, with two abstentions.",
    "The full debate can be watched on the council's website.",
]

ARTICLES["care_home_plans"] = """Objectors fail to halt care home plans

Plans for a 64-bed care home on the former Stanwick Vale bowling green have been approved.

Objectors argued that the three-storey building would overlook neighbouring gardens and add to traffic on Quarry Lane.

In a letter to the planning committee, the Stanwick Vale Residents' Association said the site should be kept as open space.

Planning officers said the scheme met the council's design policies.

The application, reference 24/01873/FUL, was approved by seven votes to three.

Building work is expected to start next spring.
"""
GOLD["care_home_plans"] = [
    ("argued", "Objectors", "the three-storey building would overlook neighbouring gardens and add to traffic on Quarry Lane"),
    ("said", "the Stanwick Vale Residents' Association", "the site should be kept as open space"),
    ("said", "Planning officers", "the scheme met the council's design policies"),
]
NOT_REPORTS["care_home_plans"] = [
    "Plans for a 64-bed care home on the former Stanwick Vale bowling green have been approved.",
    "The application, reference 24/01873/FUL, was approved by seven votes to three.",
]

ARTICLES["pothole_repairs"] = """Pothole repairs to take until summer

A council spokeswoman said the repairs to more than 900 potholes reported over the winter would take until the summer.

She said crews were working seven days a week.

Drivers have lodged 212 claims for damage to tyres and wheels since November.

Kestrel Road will be closed between the junctions with Hollin Street and Marsh Lane from 8pm on Friday until 6am on Monday.

A diversion will be signposted via the ring road.
"""
GOLD["pothole_repairs"] = [
    ("said", "A council spokeswoman", "the repairs to more than 900 potholes reported over the winter would take until the summer"),
    ("said", "She", "crews were working seven days a week"),
]
NOT_REPORTS["pothole_repairs"] = [
    "Drivers have lodged 212 claims for damage to tyres and wheels since November.",
    "Kestrel Road will be closed between the junctions with Hollin Street and Marsh Lane from 8pm on Friday until 6am on Monday.",
    "A diversion will be signposted via the ring road.",
]

ARTICLES["cabinet_report"] = """Council faces £6m gap, report warns

A report to cabinet warns that the authority faces a funding gap of £6.2m next year.

It says reserves could be exhausted within three years if spending is not cut.

The council's chief finance officer, Deborah Achterberg, wrote that the position was "the most serious in a decade".

Cabinet will meet at 6.30pm on Wednesday in Committee Room 2 at Brantham House, Station Road.

Adult social care accounts for £71m of the council's £148m net budget.
"""
GOLD["cabinet_report"] = [
    ("warns", "A report to cabinet", "the authority faces a funding gap of £6.2m next year"),
    ("says", "It", "reserves could be exhausted within three years if spending is not cut"),
    ("wrote", "The council's chief finance officer, Deborah Achterberg", "the position was \"the most serious in a decade\""),
]
NOT_REPORTS["cabinet_report"] = [
    "Cabinet will meet at 6.30pm on Wednesday in Committee Room 2 at Brantham House, Station Road.",
    "Adult social care accounts for £71m of the council's £148m net budget.",
]

ARTICLES["minutes_leisure"] = """Minutes reveal doubts over leisure centre costs

According to the minutes, the chief executive warned councillors that the new leisure centre could cost £4m more than planned.

The minutes also record that two members asked for an independent review.

Councillor Rashid Begum said on Monday that the public should have been told at the time.

The Ridgeway Leisure Centre is open from 6.30am to 10pm on weekdays and from 8am to 6pm at weekends.

A swim costs £4.80 for adults and £2.60 for children.
"""
GOLD["minutes_leisure"] = [
    ("According to", "the minutes", "the chief executive warned councillors that the new leisure centre could cost £4m more than planned"),
    ("record", "The minutes", "two members asked for an independent review"),
    ("said", "Councillor Rashid Begum", "the public should have been told at the time"),
]
NOT_REPORTS["minutes_leisure"] = [
    "The Ridgeway Leisure Centre is open from 6.30am to 10pm on weekdays and from 8am to 6pm at weekends.",
    "A swim costs £4.80 for adults and £2.60 for children.",
]

ARTICLES["mayor_buses"] = """Mayor promises to bring buses back under public control

The mayor of the Wrenmoor combined authority, Aled Pritchard, said on Friday that buses would be brought back under public control by 2028.

"Passengers have had enough of routes being cut with a few weeks' notice," he told reporters at the Holmfield bus station.

Bus operators said they had not been consulted.

A single adult fare will stay capped at £2 until the end of the year.

The number 42 service between Holmfield and Tarrock runs every 20 minutes during the day.
"""
GOLD["mayor_buses"] = [
    ("said", "The mayor of the Wrenmoor combined authority, Aled Pritchard", "buses would be brought back under public control by 2028"),
    ("told", "he", "Passengers have had enough of routes being cut with a few weeks' notice"),
    ("said", "Bus operators", "they had not been consulted"),
]
NOT_REPORTS["mayor_buses"] = [
    "A single adult fare will stay capped at £2 until the end of the year.",
    "The number 42 service between Holmfield and Tarrock runs every 20 minutes during the day.",
]
SPEAKERS["mayor_buses"] = [("told", "he", "Aled Pritchard", "Passengers")]

ARTICLES["head_letter"] = """Head asks parents to keep phones out of school

The headteacher of Larkhill Academy has written to parents asking them to stop their children bringing mobile phones to school.

In the letter, Simone Akande said phones had been behind "a growing number of incidents" in the playground.

She wrote that pupils who needed a phone for the journey home could hand it in at the school office.

One parent, Gareth Ellery, said the rule was sensible.

Larkhill Academy has 1,140 pupils aged 11 to 18.
"""
GOLD["head_letter"] = [
    ("said", "Simone Akande", "phones had been behind \"a growing number of incidents\" in the playground"),
    ("wrote", "She", "pupils who needed a phone for the journey home could hand it in at the school office"),
    ("said", "One parent, Gareth Ellery", "the rule was sensible"),
]
NOT_REPORTS["head_letter"] = ["Larkhill Academy has 1,140 pupils aged 11 to 18."]
SPEAKERS["head_letter"] = [("wrote", "She", "Simone Akande", "pupils")]

ARTICLES["inspection_good"] = """Primary school rated good after two years

Inspectors found that pupils at St Aldhelm's Primary School in Thornbury Marsh behaved well and were keen to learn.

In its report, the Schools Standards Inspectorate said teaching in reading had improved since its last visit.

The inspectors said the school should now raise standards in mathematics.

Headteacher Rowan Blackwood said staff were "thrilled" with the result.

The school was rated as requiring improvement in 2023.

It has 312 pupils on roll.
"""
GOLD["inspection_good"] = [
    ("found", "Inspectors", "pupils at St Aldhelm's Primary School in Thornbury Marsh behaved well and were keen to learn"),
    ("said", "the Schools Standards Inspectorate", "teaching in reading had improved since its last visit"),
    ("said", "The inspectors", "the school should now raise standards in mathematics"),
    ("said", "Headteacher Rowan Blackwood", "staff were \"thrilled\" with the result"),
]
NOT_REPORTS["inspection_good"] = [
    "The school was rated as requiring improvement in 2023.",
    "It has 312 pupils on roll.",
]

ARTICLES["inspection_weak"] = """Secondary school put in special measures

Tollgate High School in Ashby Marsh has been placed in special measures after an inspection in January.

The inspectorate's report says leaders have not done enough to tackle bullying.

It found that a third of pupils were persistently absent.

The chair of governors, Philippa Nkemelu, said the board accepted the findings in full.

An interim executive head, Colin Mabbutt, will start after the Easter holidays.

Tollgate High School converted to an academy in 2016.
"""
GOLD["inspection_weak"] = [
    ("says", "The inspectorate's report", "leaders have not done enough to tackle bullying"),
    ("found", "It", "a third of pupils were persistently absent"),
    ("said", "The chair of governors, Philippa Nkemelu", "the board accepted the findings in full"),
]
NOT_REPORTS["inspection_weak"] = [
    "Tollgate High School in Ashby Marsh has been placed in special measures after an inspection in January.",
    "Tollgate High School converted to an academy in 2016.",
]

ARTICLES["petition_library"] = """Thousands sign petition to save village library

More than 2,000 people have signed a petition calling for Dunstow library to stay open.

The council has proposed closing the library, on Chapel Row, to save £48,000 a year.

Campaigner Imogen Twelvetrees said the library was "a lifeline" for older residents.

"My children learned to read in that building," said mother of three Keisha Moberly.

The library is open on Tuesdays, Thursdays and Saturdays from 10am to 4pm.
"""
GOLD["petition_library"] = [
    ("said", "Campaigner Imogen Twelvetrees", "the library was \"a lifeline\" for older residents"),
    ("said", "mother of three Keisha Moberly", "My children learned to read in that building"),
]
NOT_REPORTS["petition_library"] = [
    "The library is open on Tuesdays, Thursdays and Saturdays from 10am to 4pm.",
]

ARTICLES["consultation_parking"] = """Parking charges plan divides town

More than 1,400 people responded to the council's consultation on parking charges in Brackwell town centre.

Respondents said the charges would drive shoppers to out-of-town retail parks.

Traders told the council that footfall had already fallen since the pandemic.

A council spokesman said all the responses would be considered before a decision was made.

The "Park and Stride" scheme would see the first hour free at the Quayside and Gas Lane car parks.

Under the plans, a full day would cost £6.50.
"""
GOLD["consultation_parking"] = [
    ("said", "Respondents", "the charges would drive shoppers to out-of-town retail parks"),
    ("told", "Traders", "footfall had already fallen since the pandemic"),
    ("said", "A council spokesman", "all the responses would be considered before a decision was made"),
]
NOT_REPORTS["consultation_parking"] = [
    "More than 1,400 people responded to the council's consultation on parking charges in Brackwell town centre.",
    "The \"Park and Stride\" scheme would see the first hour free at the Quayside and Gas Lane car parks.",
    "Under the plans, a full day would cost £6.50.",
]

ARTICLES["council_tax"] = """Council tax to rise by 4.99 per cent

Council tax in Holmbury will rise by 4.99 per cent from April after councillors approved the budget on Wednesday.

A Band D household will pay £1,987.36 a year, an increase of £94.46.

Council leader Dafydd Roscoe said the rise was needed to protect services for vulnerable adults.

The opposition said the council had wasted money on consultants.

The budget was approved by 34 votes to 19.

Bills will be sent out in the second week of March.
"""
GOLD["council_tax"] = [
    ("said", "Council leader Dafydd Roscoe", "the rise was needed to protect services for vulnerable adults"),
    ("said", "The opposition", "the council had wasted money on consultants"),
]
NOT_REPORTS["council_tax"] = [
    "Council tax in Holmbury will rise by 4.99 per cent from April after councillors approved the budget on Wednesday.",
    "A Band D household will pay £1,987.36 a year, an increase of £94.46.",
    "The budget was approved by 34 votes to 19.",
    "Bills will be sent out in the second week of March.",
]

ARTICLES["school_board"] = """School board delays decision on closing two schools

Members of the Larch County school board voted 7-2 on Monday night to delay a decision on closing two elementary schools.

Superintendent Darlene Whitcombe told the board that enrolment had fallen by 18 percent in five years.

Board member Curtis Ojukwu said he would not support any closure until families had been heard.

"Our kids should not pay for bad planning," said parent Yolanda Briggs, whose two sons attend Pine Ridge Elementary.

The board will next meet on March 14 at the district office, 220 Fairview Avenue.
"""
GOLD["school_board"] = [
    ("told", "Superintendent Darlene Whitcombe", "enrolment had fallen by 18 percent in five years"),
    ("said", "Board member Curtis Ojukwu", "he would not support any closure until families had been heard"),
    ("said", "parent Yolanda Briggs, whose two sons attend Pine Ridge Elementary", "Our kids should not pay for bad planning"),
]
NOT_REPORTS["school_board"] = [
    "The board will next meet on March 14 at the district office, 220 Fairview Avenue.",
]

ARTICLES["pupils_quoted"] = """Pupils design new play area

Pupils at Cobbett Lane Primary have helped to design a new play area that opened on Friday.

"We wanted a climbing wall and a place to sit and read," said Year 5 pupil Amara, aged nine.

Her classmate Felix said the best part was the rope bridge.

The project cost £38,000, paid for by the parent-teacher association and a grant from the council.

The play area will be open to the public from 4pm to 7pm on weekdays during term time.
"""
GOLD["pupils_quoted"] = [
    ("said", "Year 5 pupil Amara, aged nine", "We wanted a climbing wall and a place to sit and read"),
    ("said", "Her classmate Felix", "the best part was the rope bridge"),
]
NOT_REPORTS["pupils_quoted"] = [
    "Pupils at Cobbett Lane Primary have helped to design a new play area that opened on Friday.",
    "The project cost £38,000, paid for by the parent-teacher association and a grant from the council.",
    "The play area will be open to the public from 4pm to 7pm on weekdays during term time.",
]

ARTICLES["planning_appeal"] = """Developer appeals after homes refused

A developer has appealed against the council's refusal of 120 homes on farmland off Wickham Road in Tarrock.

Hallam Estates said in its appeal that the council could not show a five-year supply of housing land.

The parish council has told the planning inspectorate that the village school is already full.

The appeal will be heard at a public inquiry starting on 9 September at the Corn Exchange, High Street, Tarrock.

The site is 11 hectares.
"""
GOLD["planning_appeal"] = [
    ("said", "Hallam Estates", "the council could not show a five-year supply of housing land"),
    ("told", "The parish council", "the village school is already full"),
]
NOT_REPORTS["planning_appeal"] = [
    "The appeal will be heard at a public inquiry starting on 9 September at the Corn Exchange, High Street, Tarrock.",
    "The site is 11 hectares.",
]

ARTICLES["leader_resigns"] = """Council leader resigns after row over housing

The leader of Sefton Vale Borough Council, Ingrid Halvorsen, has resigned.

In a statement, she said she had lost the confidence of her group.

Her deputy, Marcus Oyelaran, said she had "served the borough with distinction".

Opposition leader Bernard Coyle called for an early election.

A new leader will be chosen at the full council meeting on 22 May.
"""
GOLD["leader_resigns"] = [
    ("said", "she", "she had lost the confidence of her group"),
    ("said", "Her deputy, Marcus Oyelaran", "she had \"served the borough with distinction\""),
    ("called", "Opposition leader Bernard Coyle", "an early election"),
]
NOT_REPORTS["leader_resigns"] = [
    "The leader of Sefton Vale Borough Council, Ingrid Halvorsen, has resigned.",
    "A new leader will be chosen at the full council meeting on 22 May.",
]
SPEAKERS["leader_resigns"] = [("said", "she", "Ingrid Halvorsen", "she had lost")]

ARTICLES["send_transport"] = """Parents angry over cuts to school transport

Parents of children with special educational needs have criticised plans to cut free transport to school.

Lorna Fitzsimmons, whose son travels 14 miles to Brookfield Special School, said the change would force her to give up work.

A spokesperson for Marlow Downs County Council said it had a legal duty to balance its budget.

The council spends £23.4m a year on home-to-school transport.

The proposals go before the children's services committee on 4 April.
"""
GOLD["send_transport"] = [
    ("criticised", "Parents of children with special educational needs", "plans to cut free transport to school"),
    ("said", "Lorna Fitzsimmons, whose son travels 14 miles to Brookfield Special School", "the change would force her to give up work"),
    ("said", "A spokesperson for Marlow Downs County Council", "it had a legal duty to balance its budget"),
]
NOT_REPORTS["send_transport"] = [
    "The council spends £23.4m a year on home-to-school transport.",
    "The proposals go before the children's services committee on 4 April.",
]

ARTICLES["licensing_hearing"] = """Pub keeps licence despite noise complaints

A pub in Chantry Street has kept its licence after a hearing at which neighbours complained about late-night noise.

Neighbour Susannah Rhee told the licensing sub-committee that she had been woken "almost every weekend" since the summer.

The licensee, Declan Moorcroft, said he had fitted a noise limiter and hired door staff.

Police raised no objection to the licence.

The Three Horseshoes, 17 Chantry Street, may serve alcohol until 11pm from Sunday to Thursday and until midnight on Friday and Saturday.
"""
GOLD["licensing_hearing"] = [
    ("told", "Neighbour Susannah Rhee", "she had been woken \"almost every weekend\" since the summer"),
    ("said", "The licensee, Declan Moorcroft", "he had fitted a noise limiter and hired door staff"),
]
NOT_REPORTS["licensing_hearing"] = [
    "The Three Horseshoes, 17 Chantry Street, may serve alcohol until 11pm from Sunday to Thursday and until midnight on Friday and Saturday.",
]

ARTICLES["ward_byelection"] = """By-election called in Northgate ward

A by-election will be held in the Northgate ward of Caddon City Council on 18 July.

The seat became vacant after the death of Councillor Hubert Penhaligon, who had represented the ward since 1998.

Council chairman Vivienne Oduya said he would be remembered as "a tireless champion of Northgate".

Polling stations will be open from 7am to 10pm.

Nominations close at 4pm on 20 June.
"""
GOLD["ward_byelection"] = [
    ("said", "Council chairman Vivienne Oduya", "he would be remembered as \"a tireless champion of Northgate\""),
]
NOT_REPORTS["ward_byelection"] = [
    "A by-election will be held in the Northgate ward of Caddon City Council on 18 July.",
    "Polling stations will be open from 7am to 10pm.",
    "Nominations close at 4pm on 20 June.",
]

ARTICLES["housing_repairs"] = """Tenants describe damp and mould in council flats

Tenants in the Bellmead Tower flats say damp and mould have gone unrepaired for years.

Jolene Ashworth, 34, said her daughter's asthma had worsened since they moved in.

An audit commissioned by the council found that 412 homes had category one hazards.

The council's director of housing, Sanjay Ruparelia, admitted that repairs had been "far too slow".

He said a £12m programme of work would begin in the autumn.

Bellmead Tower has 96 flats over 16 floors.
"""
GOLD["housing_repairs"] = [
    ("say", "Tenants in the Bellmead Tower flats", "damp and mould have gone unrepaired for years"),
    ("said", "Jolene Ashworth, 34", "her daughter's asthma had worsened since they moved in"),
    ("found", "An audit commissioned by the council", "412 homes had category one hazards"),
    ("admitted", "The council's director of housing, Sanjay Ruparelia", "repairs had been \"far too slow\""),
    ("said", "He", "a £12m programme of work would begin in the autumn"),
]
NOT_REPORTS["housing_repairs"] = ["Bellmead Tower has 96 flats over 16 floors."]
SPEAKERS["housing_repairs"] = [("said", "He", "Sanjay Ruparelia", "a £12m")]

ARTICLES["uniform_costs"] = """Governors drop branded blazer after parents' complaints

Governors at Hartswood School have dropped a plan to require a branded blazer costing £62.

Parents had complained that the cost was too high for families on low incomes.

The chair of the parent council, Ruth Abernethy, wrote to governors that many families were already struggling.

A school spokesman said plain black blazers from any shop would be accepted.

The school's uniform shop, at Unit 3, Mill Yard, is open on Saturdays from 9am to noon.
"""
GOLD["uniform_costs"] = [
    ("complained", "Parents", "the cost was too high for families on low incomes"),
    ("wrote", "The chair of the parent council, Ruth Abernethy", "many families were already struggling"),
    ("said", "A school spokesman", "plain black blazers from any shop would be accepted"),
]
NOT_REPORTS["uniform_costs"] = [
    "Governors at Hartswood School have dropped a plan to require a branded blazer costing £62.",
    "The school's uniform shop, at Unit 3, Mill Yard, is open on Saturdays from 9am to noon.",
]

ARTICLES["town_council_precept"] = """Town council agenda: precept, allotments and Christmas lights

Item 6: to set the precept for 2025/26.

Item 7: to consider a request from the Greenbank Allotment Society for a water supply.

Item 8: to receive a quote of £4,200 for the Christmas lights.

The town clerk, Norah Quennell, said the meeting was open to the public.

Councillor Aidan Strachan said he would ask for the lights budget to be cut.
"""
GOLD["town_council_precept"] = [
    ("said", "The town clerk, Norah Quennell", "the meeting was open to the public"),
    ("said", "Councillor Aidan Strachan", "he would ask for the lights budget to be cut"),
]
NOT_REPORTS["town_council_precept"] = [
    "Item 6: to set the precept for 2025/26.",
    "Item 7: to consider a request from the Greenbank Allotment Society for a water supply.",
    "Item 8: to receive a quote of £4,200 for the Christmas lights.",
]

ARTICLES["free_meals"] = """Mayor backs free school meals for all primary pupils

The Mayor of Holtby, Celestine Arkwright, has pledged to extend free school meals to every primary pupil in the city.

She told a press conference that no child should be "learning on an empty stomach".

The scheme would cost an estimated £9.5m a year.

Headteachers welcomed the plan, but the union said more staff would be needed in school kitchens.

About 38 per cent of Holtby's primary pupils already receive free meals.
"""
GOLD["free_meals"] = [
    ("pledged", "The Mayor of Holtby, Celestine Arkwright", "to extend free school meals to every primary pupil in the city"),
    ("told", "She", "no child should be \"learning on an empty stomach\""),
    ("said", "the union", "more staff would be needed in school kitchens"),
]
NOT_REPORTS["free_meals"] = [
    "The scheme would cost an estimated £9.5m a year.",
    "About 38 per cent of Holtby's primary pupils already receive free meals.",
]
SPEAKERS["free_meals"] = [("told", "She", "Celestine Arkwright", "no child")]

ARTICLES["cycle_lane"] = """Cycle lane to be removed after six months

A cycle lane on Abbey Road in Whitcombe will be removed after a six-month trial.

Members of the highways committee voted 5-3 to end the trial on Tuesday.

Councillor Petra Lindgren said the lane had caused queues at the Abbey Road roundabout.

Cycling group Whitcombe Wheels said the decision was "short-sighted".

The road will be closed overnight from 11 to 13 March while the lane is taken out.

Works are expected to cost £26,000.
"""
GOLD["cycle_lane"] = [
    ("said", "Councillor Petra Lindgren", "the lane had caused queues at the Abbey Road roundabout"),
    ("said", "Cycling group Whitcombe Wheels", "the decision was \"short-sighted\""),
]
NOT_REPORTS["cycle_lane"] = [
    "A cycle lane on Abbey Road in Whitcombe will be removed after a six-month trial.",
    "The road will be closed overnight from 11 to 13 March while the lane is taken out.",
]

ARTICLES["academy_trust"] = """Trust plans to merge two village schools

The Oakmere Learning Trust has proposed merging Little Hadlow and Upper Hadlow primary schools from September.

Chief executive Graham Tillotson said falling rolls had left both schools with empty classrooms.

Parents at Little Hadlow said the proposal had come "out of the blue".

The trust said a consultation would run until 30 May.

Little Hadlow Primary, on Church Lane, has 54 pupils; Upper Hadlow has 71.
"""
GOLD["academy_trust"] = [
    ("said", "Chief executive Graham Tillotson", "falling rolls had left both schools with empty classrooms"),
    ("said", "Parents at Little Hadlow", "the proposal had come \"out of the blue\""),
    ("said", "The trust", "a consultation would run until 30 May"),
]
NOT_REPORTS["academy_trust"] = [
    "Little Hadlow Primary, on Church Lane, has 54 pupils; Upper Hadlow has 71.",
]

ARTICLES["cllr_parking_fines"] = """Cllr calls for review of parking fines

Cllr Bethany Rourke has called for a review of parking fines after figures showed the council issued 48,000 tickets last year.

Speaking at Thursday's scrutiny committee, Cllr Rourke said the wardens were "targeting" residents in the Eastfield ward.

She added that the council should publish where every ticket was issued.

A spokesperson for Gresham Borough Council said: "Civil enforcement officers do not work to targets."

Parking fines raised £2.1m for the council in 2024/25.

Fines are £70, reduced to £35 if paid within 14 days.
"""
GOLD["cllr_parking_fines"] = [
    ("said", "Cllr Rourke", "the wardens were \"targeting\" residents in the Eastfield ward"),
    ("added", "She", "the council should publish where every ticket was issued"),
    ("said", "A spokesperson for Gresham Borough Council", "Civil enforcement officers do not work to targets"),
]
NOT_REPORTS["cllr_parking_fines"] = [
    "Parking fines raised £2.1m for the council in 2024/25.",
    "Fines are £70, reduced to £35 if paid within 14 days.",
]
SPEAKERS["cllr_parking_fines"] = [
    ("said", "Cllr Rourke", "Bethany Rourke", "the wardens"),
    ("added", "She", "Bethany Rourke", "the council"),
]

ARTICLES["officers_recommend"] = """Officers recommend refusal of solar farm

Council officers have recommended that plans for a 40-hectare solar farm near Wexcombe be refused.

A report to the planning committee says the panels would harm the setting of Wexcombe Priory, a listed building.

The applicant, Brightfield Renewables, said in a statement that the site had been chosen because it had a grid connection.

Wexcombe Parish Council has objected to the scheme.

The committee meets at 2pm on Tuesday at County Hall, Castle Street, Wexcombe.
"""
GOLD["officers_recommend"] = [
    ("recommended", "Council officers", "plans for a 40-hectare solar farm near Wexcombe be refused"),
    ("says", "A report to the planning committee", "the panels would harm the setting of Wexcombe Priory, a listed building"),
    ("said", "The applicant, Brightfield Renewables", "the site had been chosen because it had a grid connection"),
]
NOT_REPORTS["officers_recommend"] = [
    "The committee meets at 2pm on Tuesday at County Hall, Castle Street, Wexcombe.",
]

ARTICLES["petition_crossing"] = """Parents' petition for crossing outside school

A petition signed by 1,300 people says a crossing is needed outside Gorsey Bank Primary School on Linden Road.

Parent Tamsin Greaves, who started it, said drivers regularly ignored the 20mph limit.

"It is only a matter of time before a child is hurt," she told the Gazette.

Highways officers said a survey of traffic speeds would be carried out in May.

The school's "Walk to School Wednesday" scheme has been running since 2019.
"""
GOLD["petition_crossing"] = [
    ("says", "A petition signed by 1,300 people", "a crossing is needed outside Gorsey Bank Primary School on Linden Road"),
    ("said", "Parent Tamsin Greaves, who started it", "drivers regularly ignored the 20mph limit"),
    ("told", "she", "It is only a matter of time before a child is hurt"),
    ("said", "Highways officers", "a survey of traffic speeds would be carried out in May"),
]
NOT_REPORTS["petition_crossing"] = [
    "The school's \"Walk to School Wednesday\" scheme has been running since 2019.",
]
SPEAKERS["petition_crossing"] = [("told", "she", "Tamsin Greaves", "It is only")]

ARTICLES["head_retires"] = """Headteacher to retire after 22 years

Mr Ifor Penrose, head of Glanmor Comprehensive, is to retire in July after 22 years at the school.

In a letter to parents, Mr Penrose said it had been "the privilege of a lifetime".

Chair of governors Mrs Delyth Anwen Harries said he had turned the school around.

Former pupil Owain Maddox, now a teacher at the school, said Mr Penrose "knew every child by name".

Glanmor Comprehensive, Heol y Felin, Llanfair, has 870 pupils.
"""
GOLD["head_retires"] = [
    ("said", "Mr Penrose", "it had been \"the privilege of a lifetime\""),
    ("said", "Chair of governors Mrs Delyth Anwen Harries", "he had turned the school around"),
    ("said", "Former pupil Owain Maddox, now a teacher at the school", "Mr Penrose \"knew every child by name\""),
]
NOT_REPORTS["head_retires"] = [
    "Glanmor Comprehensive, Heol y Felin, Llanfair, has 870 pupils.",
]
SPEAKERS["head_retires"] = [("said", "Mr Penrose", "Ifor Penrose", "it had been")]

ARTICLES["consultation_results"] = """Most oppose plan to close tip on Sundays

Almost two-thirds of people who took part in a consultation oppose plans to close the Harlow Lane recycling centre on Sundays.

Of 2,870 responses, 1,842 were against the change, 611 were in favour and the rest had no view.

Many respondents said fly-tipping would increase.

The council's cabinet member for waste, Cllr Nasreen Bhatti, said the findings would be taken into account.

The recycling centre is open from 8am to 4pm, seven days a week.
"""
GOLD["consultation_results"] = [
    ("said", "Many respondents", "fly-tipping would increase"),
    ("said", "The council's cabinet member for waste, Cllr Nasreen Bhatti", "the findings would be taken into account"),
]
NOT_REPORTS["consultation_results"] = [
    "Of 2,870 responses, 1,842 were against the change, 611 were in favour and the rest had no view.",
    "The recycling centre is open from 8am to 4pm, seven days a week.",
]

ARTICLES["mayor_apology"] = """Mayor apologises for flood response

Mayor Gwendolyn Asante has apologised to residents of the Riverside estate for the council's response to last month's floods.

"We were too slow to get sandbags to the people who needed them," she told a public meeting on Wednesday.

Residents told the mayor that they had waited six hours for help.

Retired engineer Clive Maddocks, 71, said the flood defences had not been maintained since 2015.

A £1.4m scheme to raise the river wall is due to begin in June.

Riverside Road will remain closed to through traffic until the wall is finished.
"""
GOLD["mayor_apology"] = [
    ("told", "she", "We were too slow to get sandbags to the people who needed them"),
    ("told", "Residents", "they had waited six hours for help"),
    ("said", "Retired engineer Clive Maddocks, 71", "the flood defences had not been maintained since 2015"),
]
NOT_REPORTS["mayor_apology"] = [
    "A £1.4m scheme to raise the river wall is due to begin in June.",
    "Riverside Road will remain closed to through traffic until the wall is finished.",
]
SPEAKERS["mayor_apology"] = [("told", "she", "Gwendolyn Asante", "We were")]

ARTICLES["clean_air_zone"] = """Clean air zone charge approved despite protests

Councillors in Redbridge Vale have approved a daily charge for older vans and lorries entering the city centre.

Cllr Joan Pike (Lab, Riverside) said the zone would cut harmful emissions by a fifth.

Cllr Stuart Mabey (Con, Eastfield) described the charge as "a tax on tradespeople".

Councillors were told that £3.2m of government funding depended on the scheme going ahead.

The "Clean Air Redbridge" charge will be £9 a day for vans and £50 a day for lorries.

The meeting was livestreamed on the council's YouTube channel.
"""
GOLD["clean_air_zone"] = [
    ("said", "Cllr Joan Pike (Lab, Riverside)", "the zone would cut harmful emissions by a fifth"),
    ("described", "Cllr Stuart Mabey (Con, Eastfield)", "the charge as \"a tax on tradespeople\""),
    ("told", "", "£3.2m of government funding depended on the scheme going ahead"),
]
NOT_REPORTS["clean_air_zone"] = [
    "The \"Clean Air Redbridge\" charge will be £9 a day for vans and £50 a day for lorries.",
    "The meeting was livestreamed on the council's YouTube channel.",
]
SPEAKERS["clean_air_zone"] = [("said", "Cllr Joan Pike (Lab, Riverside)", "Joan Pike", "the zone")]

ARTICLES["council_papers"] = """Council papers show delay to new swimming pool

The new swimming pool in Ostley will open a year late, council papers show.

A report by the director of place, Martina Fairbrother, recommends that the council borrow a further £2.8m to finish the work.

The committee heard that the main contractor had gone into administration in October.

Speaking at the meeting, Cllr Ewan Threlfall said residents had been "let down badly".

The council said in a statement that it was working to appoint a new contractor.

The old Ostley Baths, on Station Parade, closed in 2021.
"""
GOLD["council_papers"] = [
    ("show", "council papers", "The new swimming pool in Ostley will open a year late"),
    ("recommends", "A report by the director of place, Martina Fairbrother", "the council borrow a further £2.8m to finish the work"),
    ("heard", "", "the main contractor had gone into administration in October"),
    ("said", "Cllr Ewan Threlfall", "residents had been \"let down badly\""),
    ("said", "The council", "it was working to appoint a new contractor"),
]
NOT_REPORTS["council_papers"] = [
    "The old Ostley Baths, on Station Parade, closed in 2021.",
]

ARTICLES["school_statement"] = """School apologises after exam papers lost

A secondary school has apologised after a batch of GCSE coursework went missing before it could be marked.

Brindlecombe School said in a statement that it had contacted the exam board and every family affected.

Parents have been told that the pupils will be given predicted grades.

"My daughter spent months on that project," said one mother, who asked not to be named.

The Department for Education said it was a matter for the school and the exam board.

The school's sixth form open evening will be held on 12 November from 6pm to 8pm.
"""
GOLD["school_statement"] = [
    ("said", "Brindlecombe School", "it had contacted the exam board and every family affected"),
    ("told", "", "the pupils will be given predicted grades"),
    ("said", "one mother, who asked not to be named", "My daughter spent months on that project"),
    ("said", "The Department for Education", "it was a matter for the school and the exam board"),
]
NOT_REPORTS["school_statement"] = [
    "The school's sixth form open evening will be held on 12 November from 6pm to 8pm.",
]

ARTICLES["ward_councillor"] = """Homes plan for Quarry Fields backed by committee

Labour's Rhiannon Pask, who represents the ward, said the homes were badly needed.

Ward councillor Desmond Achebe described the decision as "a betrayal of the people who elected us".

It is understood that the developer will pay £1.1m towards a new doctors' surgery.

A council report published ahead of the meeting found that 40 per cent of the homes would be affordable.

Residents can view the plans at the Civic Centre, Mercer Way, between 9am and 5pm.

The consultation closes on 5 March.
"""
GOLD["ward_councillor"] = [
    ("said", "Labour's Rhiannon Pask, who represents the ward", "the homes were badly needed"),
    ("described", "Ward councillor Desmond Achebe", "the decision as \"a betrayal of the people who elected us\""),
    ("found", "A council report published ahead of the meeting", "40 per cent of the homes would be affordable"),
]
NOT_REPORTS["ward_councillor"] = [
    "Residents can view the plans at the Civic Centre, Mercer Way, between 9am and 5pm.",
    "The consultation closes on 5 March.",
]

ARTICLES["governors_letter"] = """Parents warned over term-time holidays

Parents at Ferncliffe Junior School have been warned they could be fined for taking children on holiday in term time.

In a newsletter sent home on Friday, headteacher Mrs Alison Trebilcock wrote: "Every day of learning matters."

She said attendance had fallen to 91 per cent this year.

One father said the fines were "unfair on families who cannot afford August prices".

Fines are £80 per parent per child, rising to £160 if not paid within 21 days.

The school is closed for half term from 27 October to 31 October.
"""
GOLD["governors_letter"] = [
    ("wrote", "headteacher Mrs Alison Trebilcock", "Every day of learning matters"),
    ("said", "She", "attendance had fallen to 91 per cent this year"),
    ("said", "One father", "the fines were \"unfair on families who cannot afford August prices\""),
]
NOT_REPORTS["governors_letter"] = [
    "Fines are £80 per parent per child, rising to £160 if not paid within 21 days.",
    "The school is closed for half term from 27 October to 31 October.",
]
SPEAKERS["governors_letter"] = [("said", "She", "Alison Trebilcock", "attendance")]

ARTICLES["library_hours"] = """Library opening hours to be cut

Opening hours at six libraries in Tansley will be cut from April to save £310,000.

The council's cabinet member for communities, Cllr Heledd Morgan-Price, said no library would close.

Friends of Tansley Libraries chair Barnaby Quilter said volunteers were "exhausted" from keeping branches open.

Central Library, 1 Broad Street, will open from 9am to 6pm Monday to Friday and 9am to 1pm on Saturday.

Branch libraries will open on three days a week.

The mobile library will stop at Hatherley Green on alternate Tuesdays.
"""
GOLD["library_hours"] = [
    ("said", "The council's cabinet member for communities, Cllr Heledd Morgan-Price", "no library would close"),
    ("said", "Friends of Tansley Libraries chair Barnaby Quilter", "volunteers were \"exhausted\" from keeping branches open"),
]
NOT_REPORTS["library_hours"] = [
    "Opening hours at six libraries in Tansley will be cut from April to save £310,000.",
    "Central Library, 1 Broad Street, will open from 9am to 6pm Monday to Friday and 9am to 1pm on Saturday.",
    "Branch libraries will open on three days a week.",
    "The mobile library will stop at Hatherley Green on alternate Tuesdays.",
]

# Written after the mends, to probe their shapes in other words: a fee called a charge and a meeting's minutes.

ARTICLES["garden_waste"] = """Garden waste collections to cost £45 a year

Households in Marlcombe will pay an annual charge of £45 for garden waste collections from April.

The council's minutes show that the charge was agreed at a closed session in January.

Cllr Oona Featherstone, leader of the Liberal Democrat group, said the decision should have been made in public.

The standing charge for a second bin will be £30.

Green bins will be emptied every other Thursday between March and November.
"""
GOLD["garden_waste"] = [
    ("show", "The council's minutes", "the charge was agreed at a closed session in January"),
    ("said", "Cllr Oona Featherstone, leader of the Liberal Democrat group", "the decision should have been made in public"),
]
NOT_REPORTS["garden_waste"] = [
    "Households in Marlcombe will pay an annual charge of £45 for garden waste collections from April.",
    "The standing charge for a second bin will be £30.",
    "Green bins will be emptied every other Thursday between March and November.",
]

ARTICLES["harbour_fees"] = """Harbour mooring fees to rise

Boat owners at Penhallow harbour face a 12 per cent rise in mooring fees.

The minutes of the harbour board say members were warned that the pontoons needed £600,000 of repairs.

Harbour master Kit Tregarthen said the board had held fees down for four years.

A daily charge for visiting yachts will rise from £28 to £32.

The harbour office, on The Quay, is open from 8am to 4pm.
"""
GOLD["harbour_fees"] = [
    ("say", "The minutes of the harbour board", "members were warned that the pontoons needed £600,000 of repairs"),
    ("said", "Harbour master Kit Tregarthen", "the board had held fees down for four years"),
]
NOT_REPORTS["harbour_fees"] = [
    "A daily charge for visiting yachts will rise from £28 to £32.",
    "The harbour office, on The Quay, is open from 8am to 4pm.",
]

# Four more written after the first mends, to widen the check: an ombudsman, a meeting notice, an inspection and a
# committee chair.
ARTICLES["ombudsman"] = """Council at fault over care assessment, ombudsman finds

The Local Government Ombudsman found that Fellbrook County Council had taken 14 months to assess a disabled man's care needs.

The ombudsman ruled that the council should pay the man's family £1,500.

A council spokesperson said it accepted the findings and had apologised to the family.

Figures obtained by the Fellbrook Herald under the Freedom of Information Act show 310 people are waiting for an assessment.

Asked whether more staff would be hired, the cabinet member for adult care, Cllr Tessa Brannigan, said recruitment was "a priority".
"""
GOLD["ombudsman"] = [
    ("found", "The Local Government Ombudsman", "Fellbrook County Council had taken 14 months to assess a disabled man's care needs"),
    ("ruled", "The ombudsman", "the council should pay the man's family £1,500"),
    ("said", "A council spokesperson", "it accepted the findings and had apologised to the family"),
    ("show", "Figures obtained by the Fellbrook Herald under the Freedom of Information Act", "310 people are waiting for an assessment"),
    ("said", "the cabinet member for adult care, Cllr Tessa Brannigan", "recruitment was \"a priority\""),
]
NOT_REPORTS["ombudsman"] = []

ARTICLES["meeting_notice"] = """What's on at the town hall this week

Full council: Thursday, 7pm, Council Chamber, Kingsgate House.

Agenda item 9: Treasury management strategy.

Planning application 25/00412/HOU: single-storey rear extension, 14 Elm Close.

Vote on the budget: for 23, against 12, abstentions 2.

The petition reads: "We call on the council to keep the Eastgate toilets open."

Members of the public may speak for up to three minutes.
"""
GOLD["meeting_notice"] = [
    ("reads", "The petition", "We call on the council to keep the Eastgate toilets open"),
]
NOT_REPORTS["meeting_notice"] = [
    "Full council: Thursday, 7pm, Council Chamber, Kingsgate House.",
    "Agenda item 9: Treasury management strategy.",
    "Planning application 25/00412/HOU: single-storey rear extension, 14 Elm Close.",
    "Vote on the budget: for 23, against 12, abstentions 2.",
    "Members of the public may speak for up to three minutes.",
]

ARTICLES["inspection_parents"] = """Parents say school 'has turned a corner'

Parents at Ravensmoor Primary say the school has turned a corner after inspectors rated it good.

The inspectors said pupils "feel safe and are proud of their school".

The report praised the school's teaching of phonics.

Headteacher Mr Naveen Chaudhry told parents in a letter that the result belonged to "every child and every member of staff".

A spokesperson for the Ravensmoor Learning Partnership said the trust would "build on this success".

The school, in Beacon Road, was rated inadequate in 2022.
"""
GOLD["inspection_parents"] = [
    ("say", "Parents at Ravensmoor Primary", "the school has turned a corner after inspectors rated it good"),
    ("said", "The inspectors", "pupils \"feel safe and are proud of their school\""),
    ("praised", "The report", "the school's teaching of phonics"),
    ("told", "Headteacher Mr Naveen Chaudhry", "the result belonged to \"every child and every member of staff\""),
    ("said", "A spokesperson for the Ravensmoor Learning Partnership", "the trust would \"build on this success\""),
]
NOT_REPORTS["inspection_parents"] = ["The school, in Beacon Road, was rated inadequate in 2022."]

ARTICLES["chair_quote"] = """Committee chair defends decision on traveller site

The chair of the planning committee, Cllr Gordon Ashdown, has defended the decision to approve a permanent traveller site at Moor Lane.

Speaking after the vote, he said the council had a legal duty to provide pitches.

He told the Herald: "We looked at 31 sites and this was the only one that met the tests."

The meeting heard that 140 objections had been received.

Councillor Anita Verney, who voted against, said the site was too close to a flood zone.

The site will have 12 pitches.
"""
GOLD["chair_quote"] = [
    ("defended", "The chair of the planning committee, Cllr Gordon Ashdown", "the decision to approve a permanent traveller site at Moor Lane"),
    ("said", "he", "the council had a legal duty to provide pitches"),
    ("told", "He", "We looked at 31 sites and this was the only one that met the tests"),
    ("heard", "", "140 objections had been received"),
    ("said", "Councillor Anita Verney, who voted against", "the site was too close to a flood zone"),
]
NOT_REPORTS["chair_quote"] = ["The site will have 12 pitches."]
SPEAKERS["chair_quote"] = [("said", "he", "Gordon Ashdown", "the council"), ("told", "He", "Gordon Ashdown", "We looked")]

# Written after the last mends, to probe them in other words: a rank after a role with 'of', and 'Councillors heard'.

ARTICLES["depot_sale"] = """Council to sell former bus depot

The leader of Ashvale Borough Council, Cllr Morwenna Daintree, has confirmed that the former bus depot on Canal Street will be sold.

She said the £2.3m raised would go towards new council homes.

Councillors heard that the site had been empty since 2019.

The depot, at 40 Canal Street, covers two acres.
"""
GOLD["depot_sale"] = [
    ("confirmed", "The leader of Ashvale Borough Council, Cllr Morwenna Daintree", "the former bus depot on Canal Street will be sold"),
    ("said", "She", "the £2.3m raised would go towards new council homes"),
    ("heard", "", "the site had been empty since 2019"),
]
NOT_REPORTS["depot_sale"] = ["The depot, at 40 Canal Street, covers two acres."]
SPEAKERS["depot_sale"] = [
    ("has confirmed", "The leader of Ashvale Borough Council, Cllr Morwenna Daintree", "Morwenna Daintree", "the former"),
    ("said", "She", "Morwenna Daintree", "the £2.3m"),
]
