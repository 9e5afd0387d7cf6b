# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-one short articles written for the sixty-third pass's check of protests, demonstrations and strikes on the
street (helper B): crowds and groups as sources ('protesters chanted', 'demonstrators said', 'organisers
estimated'), banners and placards ('a banner read "X"', 'marchers carried placards saying X'), police statements
('the Met said', 'a police spokesman'), counter-protesters, named marchers with ages and towns ('Ana Ruiz, 34, a
nurse from Delby, said'), slogans and campaign names in quotation marks that report nothing ('the "Not in our name"
campaign'), crowd sizes estimated by several sources, and speakers named again ('the organiser', 'the nurse', 'the
group').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
A thing that is the subject of 'read' is the source ('A banner read "X"', as train's '[One message] read'); a
carried sign's words are the carrier's ('[an angry army of workers] carrying signs saying', '[a girl] hoisted a
sign that read': 3 of the 5 signs and hats carried or worn that train marks with a cue). Every name, place, body
and sentence is made up.
Read by ``test_probe_findings_67_protests``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["nurses_march"] = """Nurses march on Delby hospital

Hundreds of nurses marched through Delby on Saturday to demand higher pay.

Ana Ruiz, 34, a nurse from Delby, said she could no longer afford her rent.

The march ended outside St Wilfrid's Hospital.

The nurse said many of her colleagues had left for agency work.
"""
GOLD["nurses_march"] = [
    ("said", "Ana Ruiz, 34, a nurse from Delby", "she could no longer afford her rent"),
    ("said", "The nurse", "many of her colleagues had left for agency work"),
]
NOT_REPORTS["nurses_march"] = ["The march ended outside St Wilfrid's Hospital."]
SPEAKERS["nurses_march"] = [("said", "The nurse", "Ana Ruiz", "many of her")]

ARTICLES["climate_chant"] = """Climate protesters block Harlow Bridge

Climate protesters blocked Harlow Bridge for three hours on Monday morning.

"No more oil, no more lies," the protesters chanted as officers moved in.

A banner tied to the railings read "Our children will pay."

Traffic was diverted through Mill Lane.
"""
GOLD["climate_chant"] = [
    ("chanted", "the protesters", "No more oil, no more lies,"),
    ("read", "A banner tied to the railings", "Our children will pay."),
]
NOT_REPORTS["climate_chant"] = ["Traffic was diverted through Mill Lane."]

ARTICLES["crowd_estimates"] = """Thousands join march against library closures

Organisers estimated that 12,000 people joined the march in Kestwick on Sunday.

Kestwick Police said about 4,000 people had taken part.

The march passed six of the nine libraries the council plans to close.

The council said it had no choice but to make savings.
"""
GOLD["crowd_estimates"] = [
    ("estimated", "Organisers", "12,000 people joined the march in Kestwick on Sunday"),
    ("said", "Kestwick Police", "about 4,000 people had taken part"),
    ("said", "The council", "it had no choice but to make savings"),
]
NOT_REPORTS["crowd_estimates"] = ["The march passed six of the nine libraries the council plans to close."]

ARTICLES["met_arrests"] = """Eleven arrested after embassy protest

The Met said eleven people had been arrested after a protest outside the Varnian embassy on Friday night.

About 300 people gathered in Orme Square.

A police spokesman said two officers had been treated for minor injuries.
"""
GOLD["met_arrests"] = [
    ("said", "The Met", "eleven people had been arrested after a protest outside the Varnian embassy on Friday night"),
    ("said", "A police spokesman", "two officers had been treated for minor injuries"),
]
NOT_REPORTS["met_arrests"] = ["About 300 people gathered in Orme Square."]

ARTICLES["bin_strike"] = """Bin workers begin two-week strike

Bin workers in Tallow began a two-week strike on Monday.

Gary Pound, the union's regional organiser, said the council had offered a pay rise of less than 2%.

Rubbish has already piled up in several streets.

The organiser said members were ready to strike again in the spring.
"""
GOLD["bin_strike"] = [
    ("said", "Gary Pound, the union's regional organiser", "the council had offered a pay rise of less than 2%"),
    ("said", "The organiser", "members were ready to strike again in the spring"),
]
NOT_REPORTS["bin_strike"] = ["Rubbish has already piled up in several streets."]
SPEAKERS["bin_strike"] = [("said", "The organiser", "Gary Pound", "members")]

ARTICLES["counter_protest"] = """Rival groups kept apart in Farrowby

Police kept two rival groups apart in Farrowby town centre on Saturday.

Counter-protesters shouted "Refugees welcome" at a smaller group gathered outside the town hall.

A spokeswoman for Farrowby Police said there had been no arrests.

The town hall was closed for the day.
"""
GOLD["counter_protest"] = [
    ("shouted", "Counter-protesters", "Refugees welcome"),
    ("said", "A spokeswoman for Farrowby Police", "there had been no arrests"),
]
NOT_REPORTS["counter_protest"] = ["The town hall was closed for the day."]

ARTICLES["campaign_name"] = """Peace campaign plans weekend rally

The "Not in our name" campaign will hold a rally in Brindle Park on Saturday.

The rally starts at noon.

Its founder, Lydia Crane, said more than 40 coaches had been booked.

Ms Crane said the campaign wanted the government to end arms sales to Korvath.
"""
GOLD["campaign_name"] = [
    ("said", "Its founder, Lydia Crane", "more than 40 coaches had been booked"),
    ("said", "Ms Crane", "the campaign wanted the government to end arms sales to Korvath"),
]
NOT_REPORTS["campaign_name"] = ['The "Not in our name" campaign will hold a rally in Brindle Park on Saturday.', "The rally starts at noon."]
SPEAKERS["campaign_name"] = [("said", "Ms Crane", "Lydia Crane", "the campaign")]

ARTICLES["placards_fees"] = """Students protest over fees

Students carried placards saying "Education is a right" as they marched to Parliament Square.

Some wore paper hats.

The National Student Forum, which organised the march, said 20,000 students had taken part.

The group said it would hold another march in March.
"""
GOLD["placards_fees"] = [
    ("saying", "Students", "Education is a right"),
    ("said", "The National Student Forum, which organised the march", "20,000 students had taken part"),
    ("said", "The group", "it would hold another march in March"),
]
NOT_REPORTS["placards_fees"] = ["Some wore paper hats."]
SPEAKERS["placards_fees"] = [("said", "The group", "National Student Forum", "it would")]

ARTICLES["farmers_tractors"] = """Farmers drive tractors into city centre

About 200 farmers drove their tractors into Wendlow city centre on Tuesday.

Tom Hatherley, 58, a dairy farmer from Crossfield, said he had lost money on every litre of milk this year.

The tractors were parked along Castle Street until late afternoon.

Mr Hatherley said farmers would return if the minister did not meet them.
"""
GOLD["farmers_tractors"] = [
    ("said", "Tom Hatherley, 58, a dairy farmer from Crossfield", "he had lost money on every litre of milk this year"),
    ("said", "Mr Hatherley", "farmers would return if the minister did not meet them"),
]
NOT_REPORTS["farmers_tractors"] = ["The tractors were parked along Castle Street until late afternoon."]
SPEAKERS["farmers_tractors"] = [("said", "Mr Hatherley", "Tom Hatherley", "farmers")]

ARTICLES["demonstrators_square"] = """Demonstrators stay in square overnight

Several hundred demonstrators spent the night in Liberty Square in Sarvona.

Demonstrators said they would not leave until the election result was reviewed.

Tents were put up around the fountain.

The interior ministry said the gathering was illegal.
"""
GOLD["demonstrators_square"] = [
    ("said", "Demonstrators", "they would not leave until the election result was reviewed"),
    ("said", "The interior ministry", "the gathering was illegal"),
]
NOT_REPORTS["demonstrators_square"] = ["Tents were put up around the fountain."]

ARTICLES["teachers_strike"] = """Teachers walk out over class sizes

Teachers at 30 schools in Merrow walked out on Thursday.

"We are teaching classes of 38 children," said Priya Nandi, a maths teacher at Merrow High School.

Parents were told to keep children at home.

The teacher said she had not taken a day off in eleven years.
"""
GOLD["teachers_strike"] = [
    ("said", "Priya Nandi, a maths teacher at Merrow High School", "We are teaching classes of 38 children,"),
    ("told", "", "to keep children at home"),
    ("said", "The teacher", "she had not taken a day off in eleven years"),
]
NOT_REPORTS["teachers_strike"] = []
SPEAKERS["teachers_strike"] = [("said", "The teacher", "Priya Nandi", "she had not")]

ARTICLES["kettled_crowd"] = """Police criticised over kettling

Officers held about 500 marchers in Gaunt Street for four hours on Saturday.

Liberty Watch, a civil rights group, said the tactic was unlawful.

Assistant Commissioner Helen Brack said the crowd had been contained to prevent disorder.

Several shops in the street closed early.
"""
GOLD["kettled_crowd"] = [
    ("said", "Liberty Watch, a civil rights group", "the tactic was unlawful"),
    ("said", "Assistant Commissioner Helen Brack", "the crowd had been contained to prevent disorder"),
]
NOT_REPORTS["kettled_crowd"] = ["Several shops in the street closed early."]

ARTICLES["banner_bridge"] = """Banner hung from Corran Bridge

Activists hung a banner from Corran Bridge overnight.

The banner read "Save our hospital."

Council workers took it down on Wednesday morning.

A council spokesman said the activists had put climbers at risk.
"""
GOLD["banner_bridge"] = [
    ("read", "The banner", "Save our hospital."),
    ("said", "A council spokesman", "the activists had put climbers at risk"),
]
NOT_REPORTS["banner_bridge"] = ["Council workers took it down on Wednesday morning.", "Activists hung a banner from Corran Bridge overnight."]

ARTICLES["dock_picket"] = """Dockers picket Port Aldwin

Dockers formed a picket line at Port Aldwin at dawn on Monday.

Sean Mulvey, a crane driver for 22 years, told reporters the company had cut overtime without warning.

Three container ships waited offshore.

The port operator said it had made a fair offer.
"""
GOLD["dock_picket"] = [
    ("told", "Sean Mulvey, a crane driver for 22 years", "the company had cut overtime without warning"),
    ("said", "The port operator", "it had made a fair offer"),
]
NOT_REPORTS["dock_picket"] = ["Three container ships waited offshore."]

ARTICLES["pension_rally"] = """Pensioners rally outside assembly

Pensioners rallied outside the Dunmere assembly on Wednesday against cuts to winter fuel payments.

Margaret Oyelaran, 71, from Ashby Vale, said she had sat in her coat to save on heating last winter.

The rally lasted about an hour.

Mrs Oyelaran said she had never protested before.
"""
GOLD["pension_rally"] = [
    ("said", "Margaret Oyelaran, 71, from Ashby Vale", "she had sat in her coat to save on heating last winter"),
    ("said", "Mrs Oyelaran", "she had never protested before"),
]
NOT_REPORTS["pension_rally"] = ["The rally lasted about an hour."]
SPEAKERS["pension_rally"] = [("said", "Mrs Oyelaran", "Margaret Oyelaran", "she had never")]

ARTICLES["slogan_song"] = """Marchers sing through Tarrow

Marchers sang and waved flags as they walked through Tarrow on Sunday.

The crowd chanted "Hands off our parks" outside the council offices.

The march was the third this year.

A council spokeswoman said no decision had been taken on the sale of Elm Park.
"""
GOLD["slogan_song"] = [
    ("chanted", "The crowd", "Hands off our parks"),
    ("said", "A council spokeswoman", "no decision had been taken on the sale of Elm Park"),
]
NOT_REPORTS["slogan_song"] = ["The march was the third this year.", "Marchers sang and waved flags as they walked through Tarrow on Sunday."]

ARTICLES["rail_strike_group"] = """Rail strike to go ahead

The Railway Workers' Union said its strike on Friday would go ahead.

Talks with Northline ended without agreement on Wednesday night.

The union said members had been offered a pay rise tied to new rosters.

Northline said it would run one train an hour on most routes.
"""
GOLD["rail_strike_group"] = [
    ("said", "The Railway Workers' Union", "its strike on Friday would go ahead"),
    ("said", "The union", "members had been offered a pay rise tied to new rosters"),
    ("said", "Northline", "it would run one train an hour on most routes"),
]
NOT_REPORTS["rail_strike_group"] = ["Talks with Northline ended without agreement on Wednesday night."]
SPEAKERS["rail_strike_group"] = [("said", "The union", "Railway Workers' Union", "members")]

ARTICLES["vigil_quiet"] = """Candlelit vigil for cyclist

About 400 people held a silent vigil in Broad Street on Thursday for a cyclist killed there last week.

Candles were placed along the kerb.

Ella Marsh, who organised the vigil, said the council had been warned about the junction two years ago.

The organiser said a petition had 9,000 signatures.
"""
GOLD["vigil_quiet"] = [
    ("said", "Ella Marsh, who organised the vigil", "the council had been warned about the junction two years ago"),
    ("said", "The organiser", "a petition had 9,000 signatures"),
]
NOT_REPORTS["vigil_quiet"] = ["Candles were placed along the kerb."]
SPEAKERS["vigil_quiet"] = [("said", "The organiser", "Ella Marsh", "a petition")]

ARTICLES["student_sitin"] = """Students occupy university building

Students have occupied the main hall of Caldwell University since Monday.

"We will stay until the university cuts its ties with arms makers," said one student, who gave her name only as Rosa.

University managers said the occupation had disrupted exams.

Lectures have moved online.
"""
GOLD["student_sitin"] = [
    ("said", "one student, who gave her name only as Rosa", "We will stay until the university cuts its ties with arms makers,"),
    ("said", "University managers", "the occupation had disrupted exams"),
]
NOT_REPORTS["student_sitin"] = ["Lectures have moved online."]

ARTICLES["crowd_sizes"] = """Rival counts of anti-war march

The Stop the Bombing coalition said 60,000 people had marched in Carvel.

Carvel Police estimated the crowd at 15,000.

The march was peaceful.

A coalition spokesman, Dev Kapoor, said the police figure was "absurd".
"""
GOLD["crowd_sizes"] = [
    ("said", "The Stop the Bombing coalition", "60,000 people had marched in Carvel"),
    ("estimated", "Carvel Police", "the crowd at 15,000"),
    ("said", "A coalition spokesman, Dev Kapoor", 'the police figure was "absurd"'),
]
NOT_REPORTS["crowd_sizes"] = ["The march was peaceful."]
SPEAKERS["crowd_sizes"] = [("said", "The Stop the Bombing coalition", "Stop the Bombing coalition", "60,000")]

ARTICLES["anti_mine"] = """Villagers protest against quarry

Villagers in Hollin Green protested on Saturday against plans for a quarry.

They carried banners reading "No quarry here".

Jo Pettigrew, 45, a childminder from Hollin Green, said lorries would pass the primary school every few minutes.

The quarry company said it would build a new access road.
"""
GOLD["anti_mine"] = [
    ("protested", "Villagers in Hollin Green", "plans for a quarry"),
    ("reading", "They", "No quarry here"),
    ("said", "Jo Pettigrew, 45, a childminder from Hollin Green", "lorries would pass the primary school every few minutes"),
    ("said", "The quarry company", "it would build a new access road"),
]
NOT_REPORTS["anti_mine"] = []

ARTICLES["drivers_go_slow"] = """Lorry drivers stage go-slow

Lorry drivers staged a go-slow on the M40 on Tuesday in protest at fuel prices.

Highways officers said queues stretched for eight miles.

Drivers taking part were told to keep to 30mph.

Kieran Doyle, a haulier from Bramford, said fuel now cost him £900 a week.
"""
GOLD["drivers_go_slow"] = [
    ("said", "Highways officers", "queues stretched for eight miles"),
    ("told", "", "to keep to 30mph"),
    ("said", "Kieran Doyle, a haulier from Bramford", "fuel now cost him £900 a week"),
]
NOT_REPORTS["drivers_go_slow"] = ["Lorry drivers staged a go-slow on the M40 on Tuesday in protest at fuel prices."]

ARTICLES["police_statement"] = """Statement on Holm Road march

Holm Road was closed for most of Saturday afternoon.

In a statement, Westshire Police said the march had passed off without serious incident.

The force said one man had been arrested for a public order offence.

Organisers said they were pleased with the turnout.
"""
GOLD["police_statement"] = [
    ("said", "Westshire Police", "the march had passed off without serious incident"),
    ("said", "The force", "one man had been arrested for a public order offence"),
    ("said", "Organisers", "they were pleased with the turnout"),
]
NOT_REPORTS["police_statement"] = ["Holm Road was closed for most of Saturday afternoon."]
SPEAKERS["police_statement"] = [("said", "The force", "Westshire Police", "one man")]

ARTICLES["union_leader"] = """Union leader addresses strikers

Fatima Essa, the general secretary of the Civil Service Union, told a rally in Norham that ministers had broken their promises.

Strikers cheered and waved flags.

She said the union would ballot members on further action next month.
"""
GOLD["union_leader"] = [
    ("told", "Fatima Essa, the general secretary of the Civil Service Union", "ministers had broken their promises"),
    ("said", "She", "the union would ballot members on further action next month"),
]
NOT_REPORTS["union_leader"] = ["Strikers cheered and waved flags."]
SPEAKERS["union_leader"] = [("said", "She", "Fatima Essa", "the union")]

ARTICLES["housing_march"] = """Renters march on town hall

Renters marched to Pellbury town hall on Saturday.

Some held placards that read "Homes not profits".

Renters' Voice, the group that organised the march, said rents in the town had risen by a quarter in two years.

The group said it would return next month.
"""
GOLD["housing_march"] = [
    ("read", "Some", "Homes not profits"),
    ("said", "Renters' Voice, the group that organised the march", "rents in the town had risen by a quarter in two years"),
    ("said", "The group", "it would return next month"),
]
NOT_REPORTS["housing_march"] = ["Renters marched to Pellbury town hall on Saturday."]
SPEAKERS["housing_march"] = [("said", "The group", "Renters' Voice", "it would")]

ARTICLES["mayor_responds"] = """Mayor meets protesters

The mayor of Carrowgate, Anton Bell, met protesters outside the town hall on Monday.

Protesters told him the new bus lanes had doubled their journeys.

The mayor said the lanes would be reviewed in the summer.

The meeting lasted twenty minutes.
"""
GOLD["mayor_responds"] = [
    ("told", "Protesters", "the new bus lanes had doubled their journeys"),
    ("said", "The mayor", "the lanes would be reviewed in the summer"),
]
NOT_REPORTS["mayor_responds"] = ["The meeting lasted twenty minutes."]
SPEAKERS["mayor_responds"] = [("said", "The mayor", "Anton Bell", "the lanes")]

ARTICLES["hunger_strike"] = """Activist ends hunger strike

Noor Haddad, 29, an activist from Selby Cross, ended a 21-day hunger strike outside the Home Office on Friday.

Her lawyer, Martin Eke, said she had been taken to hospital as a precaution.

Supporters sang outside the hospital.

The activist said in a message read by Mr Eke that she would keep campaigning.
"""
GOLD["hunger_strike"] = [
    ("said", "Her lawyer, Martin Eke", "she had been taken to hospital as a precaution"),
    ("said", "The activist", "she would keep campaigning"),
]
SPEAKERS["hunger_strike"] = [("said", "The activist", "Noor Haddad", "she would")]
NOT_REPORTS["hunger_strike"] = ["Supporters sang outside the hospital.", "Noor Haddad, 29, an activist from Selby Cross, ended a 21-day hunger strike outside the Home Office on Friday."]

ARTICLES["cyclists_ride"] = """Cyclists stage mass ride

About 1,500 cyclists rode through Hensford on Sunday to demand safer roads.

Ride organiser Beth Lomas said the city needed protected lanes on every main road.

The ride took two hours.

Hensford council said it was spending £4m on cycle lanes this year.
"""
GOLD["cyclists_ride"] = [
    ("said", "Ride organiser Beth Lomas", "the city needed protected lanes on every main road"),
    ("said", "Hensford council", "it was spending £4m on cycle lanes this year"),
]
NOT_REPORTS["cyclists_ride"] = ["The ride took two hours."]

ARTICLES["chant_leader"] = """Strikers picket depot

Strikers picketed the Lowfield bus depot from 5am on Wednesday.

"Fair pay now," they chanted as the first buses stayed in the yard.

Bus driver Cormac Reilly, 52, from Lowfield, said drivers had not had a rise for three years.

The company said 60% of its services were running.
"""
GOLD["chant_leader"] = [
    ("chanted", "they", "Fair pay now,"),
    ("said", "Bus driver Cormac Reilly, 52, from Lowfield", "drivers had not had a rise for three years"),
    ("said", "The company", "60% of its services were running"),
]
NOT_REPORTS["chant_leader"] = ["Strikers picketed the Lowfield bus depot from 5am on Wednesday."]
SPEAKERS["chant_leader"] = [("said", "The company", "company", "60%")]

ARTICLES["road_blockade"] = """Blockade of Carden Road ends

A blockade of Carden Road by residents ended on Thursday after nine days.

Inspector Ravi Menon, a spokesman for Sallow Police, said the residents had left peacefully.

The road reopened at 6pm.

The spokesman said no one would be charged.
"""
GOLD["road_blockade"] = [
    ("said", "Inspector Ravi Menon, a spokesman for Sallow Police", "the residents had left peacefully"),
    ("said", "The spokesman", "no one would be charged"),
]
NOT_REPORTS["road_blockade"] = ["The road reopened at 6pm."]
SPEAKERS["road_blockade"] = [("said", "The spokesman", "Ravi Menon", "no one")]

ARTICLES["rival_rally"] = """Two rallies held on same day

Supporters of the new stadium held a rally in Quay Street on Saturday.

A smaller counter-protest gathered across the road.

Hamid Sarraf, who led the counter-protest, said the stadium would bring traffic to a residential area.

Stadium supporters said the project would create 800 jobs.
"""
GOLD["rival_rally"] = [
    ("said", "Hamid Sarraf, who led the counter-protest", "the stadium would bring traffic to a residential area"),
    ("said", "Stadium supporters", "the project would create 800 jobs"),
]
NOT_REPORTS["rival_rally"] = ["A smaller counter-protest gathered across the road."]
