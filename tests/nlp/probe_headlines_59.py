# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty-six short articles written for the fifty-ninth session's check of headlines and standfirsts
(helper H): a headline line, at times a standfirst line, then two to four paragraphs that name the people,
the headline in the shapes news sites give it. A role or a name and a colon before a quotation ('Mayor:
"We will ..."', 'Coach: \'My players ...\''), before a clause ('Police: gunman fled ...', 'Okonkwo: tram
fares will fall') or before no verb at all ('Minister: no new solar parks ...', 'PREMIER: NO TAX RISES');
a quotation or a clause then its cue and source ('"We were forgotten," say ...', '..., says Ferreira',
"Teachers 'at breaking point', warns union", 'Pension deal "is dead" - Halvorsen'); a source, its verb and
what it says or does ('Regulator warns of ...', "Porters' union threatens strike ...", 'Study finds ...'),
in sentence case, Title Case and capitals, under a kicker ('EXCLUSIVE:', 'LIVE:', 'ANALYSIS:'); questions,
labels ('Watch: X on Y', 'In quotes: ...', 'VIDEO: ...') and plain events that report nothing ('Coast road
closes after landslip', 'Castellan wins Eastfold seat'); standfirsts that report ('The council leader says
...', '..., according to X', 'Transport chief: ...').

The gold is written by hand as PolNeAR marks a headline's reports (on train it marks 432 in 840 headlines:
a colon after a name is a cue, 'X says Y' and 'X calls for Y' are reports): per article, (a word of the
cue, the source, the first content span) for each report of the headline and the standfirst in ``GOLD``
(the body's reports are not scored); the headline and standfirst lines that report nothing in
``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``, the speaker the body
names ('Mayor' is Odile Marchetti when the lede names her mayor). Every name, place, figure and sentence is
made up. Read by ``test_probe_findings_59_headlines``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["role_colon_quote"] = """Mayor: "We will rebuild the Tarrow footbridge"

Mayor Odile Marchetti told a packed council meeting on Monday that the footbridge, swept away by the river last week, would be rebuilt by the spring.

"It will be higher and it will be wider," Marchetti said. The council has set aside 2.1 million euros for the work.

Residents of the Quay district have had to walk two kilometres to the nearest crossing since the collapse.
"""
GOLD["role_colon_quote"] = [
    (':', 'Mayor', 'We will rebuild the Tarrow footbridge'),
]
NOT_REPORTS["role_colon_quote"] = []
SPEAKERS["role_colon_quote"] = [
    (':', 'Mayor', 'Odile Marchetti', 'We will'),
]

ARTICLES["role_colon_verbless"] = """Minister: no new solar parks on farmland this year

The government will not approve any new solar parks on farmland before January, the agriculture minister said on Tuesday.

Minister Pavel Grunwald told farmers at a fair in Lindau that the ban was needed to protect the harvest. Grunwald said the rule would be reviewed in the autumn.

Solar firms said the decision would cost thousands of jobs.
"""
GOLD["role_colon_verbless"] = [
    (':', 'Minister', 'no new solar parks on farmland this year'),
]
NOT_REPORTS["role_colon_verbless"] = []
SPEAKERS["role_colon_verbless"] = [
    (":", "Minister", "Pavel Grunwald", "no new"),
]

ARTICLES["quote_say_group"] = """"We were forgotten," say stranded ferry passengers

More than 300 people spent a night on the quay at Port Ellery after the last two sailings to the islands were cancelled.

Passenger Moira Tennant, 71, said nobody from the ferry company had come to explain. "We were given one bottle of water each," she said.

The company, Skerry Lines, blamed a fault in one engine.
"""
GOLD["quote_say_group"] = [
    ('say', 'stranded ferry passengers', 'We were forgotten'),
]
NOT_REPORTS["quote_say_group"] = []

ARTICLES["name_says"] = """Tobias Lindqvist says school levy will pass

The chairman of the Norrby school board says he is confident voters will approve the new building levy next month.

Tobias Lindqvist said on Wednesday that the board had listened to families. "People want a roof that does not leak," he said.

The levy would add about 90 kronor a year to a typical tax bill.
"""
GOLD["name_says"] = [
    ('says', 'Tobias Lindqvist', 'school levy will pass'),
]
NOT_REPORTS["name_says"] = []
SPEAKERS["name_says"] = [
    ('says', 'Tobias Lindqvist', 'Tobias Lindqvist', 'school'),
]

ARTICLES["surname_colon"] = """Okonkwo: tram fares will fall in June

Transport commissioner Adaeze Okonkwo has promised the first cut in tram fares for a decade.

Okonkwo told the city assembly that a single ticket would cost 1.80 from June 1. She said the cut would be paid for by a new parking charge.

Opposition members said the charge would hurt shops in the centre.
"""
GOLD["surname_colon"] = [
    (':', 'Okonkwo', 'tram fares will fall in June'),
]
NOT_REPORTS["surname_colon"] = []
SPEAKERS["surname_colon"] = [
    (':', 'Okonkwo', 'Adaeze Okonkwo', 'tram'),
]

ARTICLES["says_after"] = """Harbour tunnel will open on time, says Ferreira

The director of the Lisbon-Almada tunnel project insisted on Thursday that the crossing will open in 2027 despite a year of flooding in the shafts.

Rui Ferreira, who has led the project since 2020, said the pumps now kept up with the water. "We have lost weeks, not years," Ferreira said.

The tunnel will carry 40,000 cars a day.
"""
GOLD["says_after"] = [
    ('says', 'Ferreira', 'Harbour tunnel will open on time'),
]
NOT_REPORTS["says_after"] = []
SPEAKERS["says_after"] = [
    ('says', 'Ferreira', 'Rui Ferreira', 'Harbour'),
]

ARTICLES["dash_source"] = """Pension deal "is dead" - Halvorsen

The finance spokesman of the Centre Party has declared the cross-party pension agreement finished.

Ingrid Halvorsen told the newspaper Dagsposten that her party would vote against the budget. "There is nothing left to save," she said.

The agreement was signed four years ago by six parties.
"""
GOLD["dash_source"] = [
    ('-', 'Halvorsen', 'Pension deal "is dead"'),
]
NOT_REPORTS["dash_source"] = []
SPEAKERS["dash_source"] = [
    ('-', 'Halvorsen', 'Ingrid Halvorsen', 'Pension'),
]

ARTICLES["body_warns_of"] = """Regulator warns of winter gas shortfall

Households could face rationing in January if the winter is cold, the energy regulator said in a report on Friday.

The Office of Gas Markets said storage sites were only 61 per cent full. Its chief executive, Hanna Kovacs, said suppliers had been too slow to buy.

Suppliers rejected the criticism.
"""
GOLD["body_warns_of"] = [
    ('warns', 'Regulator', 'winter gas shortfall'),
]
NOT_REPORTS["body_warns_of"] = []
SPEAKERS["body_warns_of"] = [
    ('warns of', 'Regulator', 'Office of Gas Markets', 'winter'),
]

ARTICLES["union_threatens"] = """Porters' union threatens strike over night pay

The union representing hospital porters in Cardale has threatened to strike from next month unless night shifts are paid at a higher rate.

Union organiser Dilys Pugh said members had voted by nine to one for action. "Nobody wants to walk out, but we have been ignored," she said.

The health board said talks would continue.
"""
GOLD["union_threatens"] = [
    ('threatens', "Porters' union", 'strike over night pay'),
]
NOT_REPORTS["union_threatens"] = []

ARTICLES["police_colon"] = """Police: gunman fled across the railway line

A man who fired two shots outside a bar in Westmoor on Saturday night escaped on foot, police said.

Inspector Gareth Lowe said officers had searched the embankment with dogs. Lowe said nobody had been hurt.

The line was closed for three hours.
"""
GOLD["police_colon"] = [
    (':', 'Police', 'gunman fled across the railway line'),
]
NOT_REPORTS["police_colon"] = []

ARTICLES["watch_label"] = """Watch: Halloran on the bus strike

Council leader Brendan Halloran spoke to our reporter on Thursday about the strike that has stopped buses in Kilmore for a week.

Halloran said the council could not pay what the drivers were asking. He said he would meet the union on Monday.

The drivers want a rise of 9 per cent.
"""
GOLD["watch_label"] = []
NOT_REPORTS["watch_label"] = ['Watch: Halloran on the bus strike']

ARTICLES["title_case_role"] = """Finance Chief Says City Will Cut 300 Jobs

The city of Brackwater will shed 300 jobs over two years to close a budget gap, its finance director said on Monday.

Marguerite Osei, the city's finance director, said most of the posts would go as staff retired. "We will not be sacking people at Christmas," Osei said.

Unions called the plan a betrayal.
"""
GOLD["title_case_role"] = [
    ('Says', 'Finance Chief', 'City Will Cut 300 Jobs'),
]
NOT_REPORTS["title_case_role"] = []
SPEAKERS["title_case_role"] = [
    ('Says', 'Finance Chief', 'Marguerite Osei', 'City'),
]

ARTICLES["all_caps_role"] = """GOVERNOR VOWS TO VETO RENT BILL

Governor Elspeth Varga said on Wednesday that she would veto a bill capping rent rises, which the state senate passed last week.

Varga said the cap would stop builders from building. Her office said the veto would be signed within days.

Tenant groups plan a march on Saturday.
"""
GOLD["all_caps_role"] = [
    ('VOWS', 'GOVERNOR', 'TO VETO RENT BILL'),
]
NOT_REPORTS["all_caps_role"] = []
SPEAKERS["all_caps_role"] = [
    ('VOWS', 'GOVERNOR', 'Elspeth Varga', ''),
]

ARTICLES["kicker_exclusive"] = """EXCLUSIVE: Hospital chief admits waiting lists were 'massaged'

The head of Fairholm General Hospital has admitted that patients were moved off waiting lists to meet targets.

In an interview with this newspaper, chief executive Conrad Abara said the practice had ended in March. "It should never have happened," Abara said.

The health inspectorate has opened an inquiry.
"""
GOLD["kicker_exclusive"] = [
    ('admits', 'Hospital chief', "waiting lists were 'massaged'"),
]
NOT_REPORTS["kicker_exclusive"] = []
SPEAKERS["kicker_exclusive"] = [
    ('admits', 'Hospital chief', 'Conrad Abara', 'waiting'),
]

ARTICLES["kicker_live"] = """LIVE: Prime minister says election will be held in May

Prime Minister Sofia Lindgren has told parliament the general election will take place on May 14, a year earlier than required.

Lindgren said the country needed a fresh mandate for the trade talks. The opposition welcomed the date.

We will bring you updates through the day.
"""
GOLD["kicker_live"] = [
    ('says', 'Prime minister', 'election will be held in May'),
]
NOT_REPORTS["kicker_live"] = []
SPEAKERS["kicker_live"] = [
    ('says', 'Prime minister', 'Sofia Lindgren', 'election'),
]

ARTICLES["kicker_analysis"] = """ANALYSIS: Why the port strike will not end soon

The dockers at Gravenhurst have been out for nineteen days, and neither side has moved.

The port operator, Tidewell, says it has made its final offer. The union says the offer is worth less than inflation.

Ships are now queueing off the coast.
"""
GOLD["kicker_analysis"] = []
NOT_REPORTS["kicker_analysis"] = ['ANALYSIS: Why the port strike will not end soon']

ARTICLES["question_plain"] = """Will the Dunmore library levy pass?

Voters in Dunmore decide on Tuesday whether to pay an extra 15 dollars a year to keep their library open.

Librarian Agnes Tully said the building would close in June if the levy failed. "We have cut everything we can cut," Tully said.

A group of residents has campaigned against the tax.
"""
GOLD["question_plain"] = []
NOT_REPORTS["question_plain"] = ['Will the Dunmore library levy pass?']

ARTICLES["event_closes"] = """Coast road closes after landslip

The A809 between Carrick and Dunholm has been closed after part of the cliff slid onto the road overnight.

Highways engineer Fiona Baird said the road would stay shut for at least a week. Baird said nobody had been hurt.

Buses are using the inland route.
"""
GOLD["event_closes"] = []
NOT_REPORTS["event_closes"] = ['Coast road closes after landslip']

ARTICLES["event_wins"] = """Castellan wins Eastfold seat

Marta Castellan has won the Eastfold by-election with a majority of 4,211.

Castellan told supporters at the count that she would fight for the town's hospital. "Eastfold has been taken for granted," she said.

Turnout was 38 per cent.
"""
GOLD["event_wins"] = []
NOT_REPORTS["event_wins"] = ['Castellan wins Eastfold seat']

ARTICLES["standfirst_says"] = """Ring road works to begin in March

The council leader says the works will take two years and cost 40 million pounds.

Work on the Hatherley ring road will begin on March 3, council leader Derek Ashdown said on Tuesday.

Ashdown said two lanes would stay open throughout. Shopkeepers said they feared for their trade.
"""
GOLD["standfirst_says"] = [
    ('says', 'The council leader', 'the works will take two years and cost 40 million pounds'),
]
NOT_REPORTS["standfirst_says"] = ['Ring road works to begin in March']
SPEAKERS["standfirst_says"] = [
    ('says', 'The council leader', 'Derek Ashdown', 'the works'),
]

ARTICLES["quote_colon_demand"] = """'We cannot face another winter': residents demand new flood wall

People living beside the river Caddon have asked the council to build a flood wall before November.

Resident Jean Mowbray said her house had flooded three times. "We cannot face another winter of this," she said.

The council said it would consider the request.
"""
GOLD["quote_colon_demand"] = [
    (':', 'residents', 'We cannot face another winter'),
    ('demand', 'residents', 'new flood wall'),
]
NOT_REPORTS["quote_colon_demand"] = []

ARTICLES["coach_colon_quote"] = """Coach: 'My players gave everything'

Rovers manager Ivo Marić praised his team after they lost the cup final on penalties on Sunday.

Marić said he had never been prouder. "My players gave everything," he said.

Rovers last reached a final in 1987.
"""
GOLD["coach_colon_quote"] = [
    (':', 'Coach', 'My players gave everything'),
]
NOT_REPORTS["coach_colon_quote"] = []
SPEAKERS["coach_colon_quote"] = [
    (':', 'Coach', 'Ivo Marić', 'My players'),
]

ARTICLES["title_of_place_says"] = """Bishop of Wrexley says food bank queues are 'a disgrace'

The Bishop of Wrexley, Alun Pritchard, has said the length of the queues at food banks in his diocese shames the country.

Pritchard said in a sermon on Sunday that working families now made up half of those who came. "These are people with jobs," he said.

The government said it had raised benefits.
"""
GOLD["title_of_place_says"] = [
    ('says', 'Bishop of Wrexley', "food bank queues are 'a disgrace'"),
]
NOT_REPORTS["title_of_place_says"] = []
SPEAKERS["title_of_place_says"] = [
    ('says', 'Bishop of Wrexley', 'Alun Pritchard', 'food bank'),
]

ARTICLES["warns_after"] = """Teachers 'at breaking point', warns union

Teachers in Ferrisburg schools are leaving faster than they can be replaced, the teachers' union said on Thursday.

Union secretary Colm Keane said 140 teachers had resigned since September. Keane said the union would ballot members in January.

The schools board said it was hiring.
"""
GOLD["warns_after"] = [
    ('warns', 'union', "Teachers 'at breaking point'"),
]
NOT_REPORTS["warns_after"] = []

ARTICLES["say_after_plural"] = """Pay offer 'not enough', junior doctors say

Junior doctors at the Rainford trust have rejected a pay offer of 4 per cent.

Dr Priya Raman, who speaks for the doctors, said the offer did not cover the rise in rents. "We are not asking for much," she said.

The trust said it could not afford more.
"""
GOLD["say_after_plural"] = [
    ('say', 'junior doctors', "Pay offer 'not enough'"),
]
NOT_REPORTS["say_after_plural"] = []

ARTICLES["calls_for"] = """Opposition leader calls for inquiry into ferry contract

The leader of the opposition has demanded an independent inquiry into the award of a 90 million euro ferry contract.

Niamh Culhane said the contract had gone to a firm with no ships. "Somebody must answer for this," Culhane said.

The transport ministry said the contract was awarded fairly.
"""
GOLD["calls_for"] = [
    ('calls for', 'Opposition leader', 'inquiry into ferry contract'),
]
NOT_REPORTS["calls_for"] = []
SPEAKERS["calls_for"] = [
    ('calls for', 'Opposition leader', 'Niamh Culhane', 'inquiry'),
]

ARTICLES["airline_denies"] = """Airline denies safety checks were skipped

Northjet has denied a claim by a former engineer that checks on its turboprop fleet were skipped to save time.

A spokeswoman for the airline, Carla Voss, said every check had been done and logged. The engineer, Dominic Reyner, said he had seen the logs altered.

The aviation authority said it would look at the claim.
"""
GOLD["airline_denies"] = [
    ('denies', 'Airline', 'safety checks were skipped'),
]
NOT_REPORTS["airline_denies"] = []
SPEAKERS["airline_denies"] = [
    ('denies', 'Airline', 'Northjet', 'safety'),
]

ARTICLES["study_finds"] = """Study finds city air dirtier than reported

The air in central Halbrook is twice as polluted as official figures show, researchers at Halbrook University have found.

Professor Lotte Brandt, who led the study, said the city's sensors were placed in parks. "They measure the trees, not the traffic," Brandt said.

The city said it would move some sensors.
"""
GOLD["study_finds"] = [
    ('finds', 'Study', 'city air dirtier than reported'),
]
NOT_REPORTS["study_finds"] = []

ARTICLES["standfirst_said_named"] = """Museum to return carved doors to Benin City

Director Lena Moss said the doors "were never ours to keep".

The Arnholt Museum will send the two carved doors back to Nigeria in the autumn, it announced on Friday.

Moss said the doors had been taken by soldiers in 1897. A delegation from Benin City will collect them.
"""
GOLD["standfirst_said_named"] = [
    ('said', 'Director Lena Moss', 'the doors "were never ours to keep"'),
]
NOT_REPORTS["standfirst_said_named"] = ['Museum to return carved doors to Benin City']
SPEAKERS["standfirst_said_named"] = [
    ('said', 'Director Lena Moss', 'Lena Moss', 'the doors'),
]

ARTICLES["event_name_wins"] = """Ferrante wins mayoral run-off

Luca Ferrante will be the next mayor of Castelvero after winning Sunday's run-off with 54 per cent of the vote.

Ferrante said he would start by fixing the water supply. His rival, Paola Conti, conceded before midnight.

He takes office on July 1.
"""
GOLD["event_name_wins"] = []
NOT_REPORTS["event_name_wins"] = ['Ferrante wins mayoral run-off']

ARTICLES["fire_chief_colon"] = """Fire chief: warehouse blaze was started deliberately

The fire that destroyed a furniture warehouse in Ostby on Monday was started on purpose, the fire service said.

Chief fire officer Henrik Dahl said petrol had been found in three places. Dahl said the police had been told.

The warehouse was empty at the time.
"""
GOLD["fire_chief_colon"] = [
    (':', 'Fire chief', 'warehouse blaze was started deliberately'),
]
NOT_REPORTS["fire_chief_colon"] = []
SPEAKERS["fire_chief_colon"] = [
    (':', 'Fire chief', 'Henrik Dahl', 'warehouse'),
]

ARTICLES["group_colon_quote"] = """Striking porters: 'We are not going back'

Porters at Kelby station walked out for a third day on Wednesday.

Their spokesman, Tunde Bakare, said the men would stay out until their pay was restored. "We are not going back for less," he said.

Rail managers said most trains were running.
"""
GOLD["group_colon_quote"] = [
    (':', 'Striking porters', 'We are not going back'),
]
NOT_REPORTS["group_colon_quote"] = []

ARTICLES["report_colon"] = """Report: one in five bridges needs urgent repair

One road bridge in five in the province needs urgent repair, a report by the province's engineers has found.

The report, written by chief engineer Sanna Virtanen, says 112 bridges are in poor condition. Virtanen said the worst would be closed to lorries.

The province has budgeted for twenty repairs a year.
"""
GOLD["report_colon"] = [
    (':', 'Report', 'one in five bridges needs urgent repair'),
]
NOT_REPORTS["report_colon"] = []

ARTICLES["judge_colon"] = """Judge Ortiz: jurors must ignore the posts

The judge in the Delmar fraud trial has told jurors to disregard anything they read about the case online.

Judge Carmen Ortiz said several posts about the defendant had been shared thousands of times. Ortiz said any juror who read them should tell the court.

The trial resumes on Monday.
"""
GOLD["judge_colon"] = [
    (':', 'Judge Ortiz', 'jurors must ignore the posts'),
]
NOT_REPORTS["judge_colon"] = []
SPEAKERS["judge_colon"] = [
    (':', 'Judge Ortiz', 'Carmen Ortiz', 'jurors'),
]

ARTICLES["caps_colon_role"] = """PREMIER: NO TAX RISES BEFORE 2028

The premier of the province has ruled out raising taxes before the next election.

Premier Joanne Whitcombe told reporters on Thursday that the budget would balance without new taxes. Whitcombe said spending on roads would be cut instead.

The opposition called the promise reckless.
"""
GOLD["caps_colon_role"] = [
    (':', 'PREMIER', 'NO TAX RISES BEFORE 2028'),
]
NOT_REPORTS["caps_colon_role"] = []

ARTICLES["rejects"] = """Health secretary rejects nurses' pay claim

The health secretary has rejected a claim by nurses for a rise of 12 per cent.

Health Secretary Rowan Ellery said the claim was unaffordable. "I cannot give what I do not have," Ellery said.

The nurses' union said it would consider strike action.
"""
GOLD["rejects"] = [
    ('rejects', 'Health secretary', "nurses' pay claim"),
]
NOT_REPORTS["rejects"] = []
SPEAKERS["rejects"] = [
    ('rejects', 'Health secretary', 'Rowan Ellery', 'nurses'),
]

ARTICLES["in_quotes_label"] = """In quotes: what the candidates said about housing

Three candidates for mayor of Portlow debated housing on Tuesday night.

Ada Nwosu said she would build 5,000 homes. Piers Grant said he would cut planning fees.

The third candidate, Hal Ruskin, said the city had enough homes already.
"""
GOLD["in_quotes_label"] = []
NOT_REPORTS["in_quotes_label"] = ['In quotes: what the candidates said about housing']

ARTICLES["according_standfirst"] = """Grain prices hit ten-year high

Bread could cost a fifth more by the summer, according to the Federation of Small Bakers.

The price of a tonne of milling wheat rose to its highest level since 2014 on Friday.

The federation's chair, Gwen Ashby, said bakers could not absorb the rise.
"""
GOLD["according_standfirst"] = [
    ('according to', 'the Federation of Small Bakers', 'Bread could cost a fifth more by the summer'),
]
NOT_REPORTS["according_standfirst"] = ['Grain prices hit ten-year high']

ARTICLES["former_role_colon"] = """Ex-goalkeeper Baptiste: I was paid to lose

A former goalkeeper of FC Ravel has said he was paid to let in goals in two league matches in 2016.

Jules Baptiste, 38, said in a television interview that a betting syndicate had paid him 20,000 euros. "I am ashamed of it," Baptiste said.

The league has asked him for evidence.
"""
GOLD["former_role_colon"] = [
    (':', 'Ex-goalkeeper Baptiste', 'I was paid to lose'),
]
NOT_REPORTS["former_role_colon"] = []
SPEAKERS["former_role_colon"] = [
    (':', 'Ex-goalkeeper Baptiste', 'Jules Baptiste', 'I was'),
]

ARTICLES["says_after_role"] = """Ship was warned twice, harbour master says

The cargo ship that ran aground at Vesterhavn on Sunday had been warned twice that it was off course, the port's harbour master said.

Harbour master Nils Eriksen said the ship's crew had not answered the second call. Eriksen said the ship would be refloated at high tide.

Nobody was hurt.
"""
GOLD["says_after_role"] = [
    ('says', 'harbour master', 'Ship was warned twice'),
]
NOT_REPORTS["says_after_role"] = []
SPEAKERS["says_after_role"] = [
    ('says', 'harbour master', 'Nils Eriksen', 'Ship'),
]

ARTICLES["standfirst_verbless_colon"] = """Tram line to Eastgate scrapped

Transport chief: money 'simply ran out'

Plans for a tram line to the Eastgate estate have been dropped, two years after building began.

Transport director Imran Qureshi said the budget had been spent on the first half of the line. "The money simply ran out," Qureshi said.
"""
GOLD["standfirst_verbless_colon"] = [
    (':', 'Transport chief', "money 'simply ran out'"),
]
NOT_REPORTS["standfirst_verbless_colon"] = ['Tram line to Eastgate scrapped']

ARTICLES["sorry_says"] = """Sorry, says bank boss after app outage

The chief executive of Kestrel Bank has apologised to customers who could not use its app for two days.

Maja Holmberg said the outage had been caused by a faulty update. She said customers who had been charged late fees would be refunded.

The app was working again by Wednesday morning.
"""
GOLD["sorry_says"] = [
    ('says', 'bank boss', 'Sorry'),
]
NOT_REPORTS["sorry_says"] = []
SPEAKERS["sorry_says"] = [
    ('says', 'bank boss', 'Maja Holmberg', 'Sorry'),
]

ARTICLES["dash_group_source"] = """Storm 'worst in 50 years' - forecasters

Forecasters say the storm due to reach the west coast on Friday could bring the strongest winds since 1974.

Meteorologist Aoife Brennan said gusts could reach 150 km/h on the headlands. Brennan said people should stay indoors.

Schools in three counties will close.
"""
GOLD["dash_group_source"] = [
    ('-', 'forecasters', "Storm 'worst in 50 years'"),
]
NOT_REPORTS["dash_group_source"] = []

ARTICLES["video_event"] = """VIDEO: Mayor Kowalczyk opens new library

Mayor Tomasz Kowalczyk cut the ribbon on the new Riverside library on Saturday.

Kowalczyk said the library had cost less than planned. Children's author Beth Ansley read to the first visitors.

The library is open seven days a week.
"""
GOLD["video_event"] = []
NOT_REPORTS["video_event"] = ['VIDEO: Mayor Kowalczyk opens new library']

ARTICLES["sentence_case_org_says"] = """Water company says hosepipe ban will last until October

Thames Vale Water says the ban on hosepipes it brought in last month will stay until at least October.

The company's operations director, Gavin Shore, said reservoirs were at 48 per cent. Shore said customers had cut their use by a tenth.

Farmers are exempt from the ban.
"""
GOLD["sentence_case_org_says"] = [
    ('says', 'Water company', 'hosepipe ban will last until October'),
]
NOT_REPORTS["sentence_case_org_says"] = []
SPEAKERS["sentence_case_org_says"] = [
    ('says', 'Water company', 'Thames Vale Water', 'hosepipe'),
]

ARTICLES["standfirst_denies"] = """Councillor cleared of expenses fraud

Patrick Moyle, who always denied wrongdoing, says he will now sue the council.

A jury at Tolford Crown Court found councillor Patrick Moyle not guilty of fiddling 18,000 pounds of expenses.

Outside court, Moyle said the case should never have been brought.
"""
GOLD["standfirst_denies"] = [
    ('says', 'Patrick Moyle, who always denied wrongdoing', 'he will now sue the council'),
]
NOT_REPORTS["standfirst_denies"] = ['Councillor cleared of expenses fraud']
SPEAKERS["standfirst_denies"] = [
    ('says', 'Patrick Moyle, who always denied wrongdoing', 'Patrick Moyle', 'he will'),
]
