# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-nine short articles written for the sixty-first session's check of police, crime and emergency reports
(helper V): 'police said', 'a police spokesperson said', 'the force said in a statement', 'detectives believe',
'officers are appealing for witnesses', 'a witness told the paper', 'neighbours described hearing', 'the fire
service said crews were called', 'paramedics said', 'according to a police report', 'a charge sheet alleges', 'the
suspect allegedly told officers', 'police have not named the victim', victims' relatives, a chief constable's press
conference and 'Det Insp Name said'; courtrooms are the courts set's.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before a
name are part of the source; internal states such as 'believe' are reports, 62 of the 72 third-person 'believe'
outside another content on train): per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (narration of an incident, road closures,
arrests and charges told as facts, ages and addresses, appeal phone numbers, 'the investigation continues', 'a man
has been arrested on suspicion of X'); (cue, source, speaker, the content's first words) in ``SPEAKERS``. 'Appealing
for witnesses' is no report (train marks 1 'appeal for' of 12); 'Anyone with information is asked to call X' is a
request with no source named, as PolNeAR marks such passives (6 of 10 on train), so in neither list.
The first twenty-six were written before any mend, the last three after. Every name, place, figure and sentence
is made up. Read by ``test_probe_findings_61_police``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["harbour_stabbing"] = """Man stabbed near Carrow harbour

A man in his twenties was stabbed in the chest near Carrow harbour late on Friday night.

Police said the victim had been taken to hospital, where his condition was described as serious but stable.

A 34-year-old man has been arrested on suspicion of attempted murder.

Quay Street was closed for several hours while forensic officers examined the scene.

Anyone with information is asked to call 101, quoting incident 1187.
"""
GOLD["harbour_stabbing"] = [
    ("said", "Police", "the victim had been taken to hospital, where his condition was described as serious but stable"),
]
NOT_REPORTS["harbour_stabbing"] = [
    "A man in his twenties was stabbed in the chest near Carrow harbour late on Friday night.",
    "A 34-year-old man has been arrested on suspicion of attempted murder.",
    "Quay Street was closed for several hours while forensic officers examined the scene.",
]

ARTICLES["warehouse_fire"] = """Crews tackle blaze at Ellmoor warehouse

Thick smoke could be seen across the town on Tuesday afternoon as a fire took hold of a disused warehouse on Tanner Road.

The fire service said crews were called to the building at 2.14pm and found it well alight.

At the height of the blaze eight engines and an aerial ladder were at the scene.

Station manager Colin Prewett said the roof had partly collapsed but nobody was thought to be inside.

Residents were told to keep their windows and doors shut.

The cause of the fire is not yet known.
"""
GOLD["warehouse_fire"] = [
    ("said", "The fire service", "crews were called to the building at 2.14pm and found it well alight"),
    ("said", "Station manager Colin Prewett", "the roof had partly collapsed but nobody was thought to be inside"),
]
NOT_REPORTS["warehouse_fire"] = [
    "Thick smoke could be seen across the town on Tuesday afternoon as a fire took hold of a disused warehouse on Tanner Road.",
    "At the height of the blaze eight engines and an aerial ladder were at the scene.",
]

ARTICLES["pedestrian_crash"] = """Pedestrian dies after being hit by van

A woman has died after she was hit by a van on the A614 near Brindle on Sunday evening.

Paramedics said she had suffered serious head injuries and was pronounced dead at the scene.

The driver of the van, a 51-year-old man from Hexley, stopped at the scene and is helping officers with their inquiries.

The road was closed in both directions until 3am.

Sergeant Helen Marsh of the roads policing unit said officers were keen to trace a cyclist who was seen nearby.

"We would urge anyone with dashcam footage to get in touch," she said.
"""
GOLD["pedestrian_crash"] = [
    ("said", "Paramedics", "she had suffered serious head injuries and was pronounced dead at the scene"),
    ("said", "Sergeant Helen Marsh of the roads policing unit", "officers were keen to trace a cyclist who was seen nearby"),
    ("said", "she", "We would urge anyone with dashcam footage to get in touch"),
]
NOT_REPORTS["pedestrian_crash"] = [
    "A woman has died after she was hit by a van on the A614 near Brindle on Sunday evening.",
    "The road was closed in both directions until 3am.",
]
SPEAKERS["pedestrian_crash"] = [("said", "she", "Helen Marsh", "We would")]

ARTICLES["jeweller_raid"] = """Armed gang raids jeweller's in Fenwick Arcade

Three men armed with hammers smashed display cases at a jeweller's in Fenwick Arcade on Thursday morning.

A police spokesperson said the men had escaped on two mopeds with watches worth about £80,000.

One shop worker was treated for cuts to her hands.

Detectives believe the gang had watched the shop for several days before the raid.

A witness told the Fenwick Gazette that customers had screamed and run into a neighbouring cafe.

Officers are appealing for witnesses to come forward.
"""
GOLD["jeweller_raid"] = [
    ("said", "A police spokesperson", "the men had escaped on two mopeds with watches worth about £80,000"),
    ("believe", "Detectives", "the gang had watched the shop for several days before the raid"),
    ("told", "A witness", "customers had screamed and run into a neighbouring cafe"),
]
NOT_REPORTS["jeweller_raid"] = [
    "Three men armed with hammers smashed display cases at a jeweller's in Fenwick Arcade on Thursday morning.",
    "One shop worker was treated for cuts to her hands.",
    "Officers are appealing for witnesses to come forward.",
]

ARTICLES["flat_explosion"] = """Neighbours describe explosion that destroyed flat

A gas explosion destroyed a ground-floor flat on Larch Crescent in Dunmore early on Saturday.

Neighbours described hearing a loud bang shortly after 5am.

"The whole house shook and the windows came in," said Maureen Tully, 67, who lives opposite.

The force said in a statement that the explosion was not being treated as suspicious.

Two people were rescued from the building and taken to hospital.

The gas supply to 40 homes has been cut off as a precaution.
"""
GOLD["flat_explosion"] = [
    ("described", "Neighbours", "hearing a loud bang shortly after 5am"),
    ("said", "Maureen Tully, 67, who lives opposite", "The whole house shook and the windows came in"),
    ("said", "The force", "the explosion was not being treated as suspicious"),
]
NOT_REPORTS["flat_explosion"] = [
    "A gas explosion destroyed a ground-floor flat on Larch Crescent in Dunmore early on Saturday.",
    "Two people were rescued from the building and taken to hospital.",
    "The gas supply to 40 homes has been cut off as a precaution.",
]

ARTICLES["riverside_body"] = """Body found in River Wendle

The body of a man was found in the River Wendle near Osgate weir on Monday morning.

A dog walker raised the alarm at about 7.30am.

Police have not named the man but said his family had been informed.

Det Insp Rachel Okoro said the death was being treated as unexplained.

"We are keeping an open mind," she added.

A post-mortem examination will be carried out this week.
"""
GOLD["riverside_body"] = [
    ("said", "Police", "his family had been informed"),
    ("said", "Det Insp Rachel Okoro", "the death was being treated as unexplained"),
    ("added", "she", "We are keeping an open mind"),
]
NOT_REPORTS["riverside_body"] = [
    "The body of a man was found in the River Wendle near Osgate weir on Monday morning.",
    "A dog walker raised the alarm at about 7.30am.",
    "A post-mortem examination will be carried out this week.",
]
SPEAKERS["riverside_body"] = [("added", "she", "Rachel Okoro", "We are")]

ARTICLES["chief_constable"] = """Chief constable vows crackdown on county lines gangs

The chief constable of Marlshire Police, Andrew Holt, told a press conference on Wednesday that drug gangs were exploiting children as young as twelve.

He said the force had made 214 arrests in a six-month operation.

"These gangs see children as disposable," Mr Holt said.

The operation also seized 31 knives and £190,000 in cash.

The Police and Crime Commissioner, Fiona Beale, said she would fund ten more officers for the county's rural areas.
"""
GOLD["chief_constable"] = [
    ("told", "The chief constable of Marlshire Police, Andrew Holt", "drug gangs were exploiting children as young as twelve"),
    ("said", "He", "the force had made 214 arrests in a six-month operation"),
    ("said", "Mr Holt", "These gangs see children as disposable"),
    ("said", "The Police and Crime Commissioner, Fiona Beale", "she would fund ten more officers for the county's rural areas"),
]
NOT_REPORTS["chief_constable"] = ["The operation also seized 31 knives and £190,000 in cash."]
SPEAKERS["chief_constable"] = [("said", "He", "Andrew Holt", "the force")]

ARTICLES["burglary_report"] = """Burglars took heirlooms during funeral, police report shows

Burglars broke into a house in Hadley Green while the family was attending a funeral, according to a police report released on Friday.

The report says the intruders forced a rear window and took jewellery and two medals belonging to the owner's late father.

The house is in Mercer Avenue.

The owner, Graham Pike, said the loss of the medals had hit his mother hardest.

"They were all she had left of him," he said.
"""
GOLD["burglary_report"] = [
    ("according to", "a police report released on Friday", "Burglars broke into a house in Hadley Green while the family was attending a funeral"),
    ("says", "The report", "the intruders forced a rear window and took jewellery and two medals belonging to the owner's late father"),
    ("said", "The owner, Graham Pike", "the loss of the medals had hit his mother hardest"),
    ("said", "he", "They were all she had left of him"),
]
NOT_REPORTS["burglary_report"] = ["The house is in Mercer Avenue."]
SPEAKERS["burglary_report"] = [("said", "he", "Graham Pike", "They were")]

ARTICLES["charge_sheet"] = """Security guard charged over cash van theft

A security guard has been charged with stealing £250,000 from the cash van he was driving.

Kevin Doyle, 42, of Wrenfield Road, Ashby, will appear before magistrates on Monday.

The charge sheet alleges that Doyle drove the van to a lay-by where an accomplice was waiting.

The money has not been recovered.

His employer, Secure Transit Ltd, said it was cooperating fully with the police.
"""
GOLD["charge_sheet"] = [
    ("alleges", "The charge sheet", "Doyle drove the van to a lay-by where an accomplice was waiting"),
    ("said", "His employer, Secure Transit Ltd", "it was cooperating fully with the police"),
]
NOT_REPORTS["charge_sheet"] = [
    "A security guard has been charged with stealing £250,000 from the cash van he was driving.",
    "Kevin Doyle, 42, of Wrenfield Road, Ashby, will appear before magistrates on Monday.",
    "The money has not been recovered.",
]

ARTICLES["drink_driver"] = """Driver found asleep at wheel on motorway hard shoulder

A driver was arrested after officers found him asleep at the wheel of his car on the hard shoulder of the M42.

The suspect allegedly told officers he had drunk four pints before setting off.

A breath test showed he was almost three times over the limit.

He has been released on bail until next month.

Inspector Tom Garside said the man was lucky nobody had been killed.
"""
GOLD["drink_driver"] = [
    ("told", "The suspect", "he had drunk four pints before setting off"),
    ("showed", "A breath test", "he was almost three times over the limit"),
    ("said", "Inspector Tom Garside", "the man was lucky nobody had been killed"),
]
NOT_REPORTS["drink_driver"] = [
    "A driver was arrested after officers found him asleep at the wheel of his car on the hard shoulder of the M42.",
    "He has been released on bail until next month.",
]

ARTICLES["teen_tribute"] = """Family pay tribute to 'kind and funny' teenager killed in crash

The family of a 17-year-old boy who died in a crash on the Ridgeway have described him as kind and funny.

Jordan Lyle was a passenger in a car that left the road and hit a tree on Saturday night.

In a statement released through police, his parents said he had lit up every room he walked into.

"We will never get over losing him," his sister Kayleigh said.

The driver, also 17, was treated for a broken leg.
"""
GOLD["teen_tribute"] = [
    ("described", "The family of a 17-year-old boy who died in a crash on the Ridgeway", "him as kind and funny"),
    ("said", "his parents", "he had lit up every room he walked into"),
    ("said", "his sister Kayleigh", "We will never get over losing him"),
]
NOT_REPORTS["teen_tribute"] = [
    "Jordan Lyle was a passenger in a car that left the road and hit a tree on Saturday night.",
    "The driver, also 17, was treated for a broken leg.",
]

ARTICLES["missing_walker"] = """Search for missing walker enters third day

Mountain rescue teams resumed their search on Thursday for a walker missing in the Crag Hills since Monday.

Peter Aldous, 58, from Kelby, set off alone to climb Black Pike and did not return.

His wife, Susan, said he was an experienced walker who knew the hills well.

Inspector Mark Eddowes said the teams were concentrating on the gullies below the summit ridge.

A police helicopter and search dogs have joined the teams.

Mr Aldous is described as 5ft 10in tall with grey hair.
"""
GOLD["missing_walker"] = [
    ("said", "His wife, Susan", "he was an experienced walker who knew the hills well"),
    ("said", "Inspector Mark Eddowes", "the teams were concentrating on the gullies below the summit ridge"),
]
NOT_REPORTS["missing_walker"] = [
    "Mountain rescue teams resumed their search on Thursday for a walker missing in the Crag Hills since Monday.",
    "Peter Aldous, 58, from Kelby, set off alone to climb Black Pike and did not return.",
    "A police helicopter and search dogs have joined the teams.",
]

ARTICLES["school_lockdown"] = """School locked down after report of man with knife

Pupils at Grange Hill Academy were kept in their classrooms for two hours on Wednesday after a report of a man with a knife nearby.

Police said officers had searched the area but found no one matching the description.

Head teacher Linda Royce said in a letter to parents that the lockdown had been a precaution.

One parent, who asked not to be named, told the Echo she had learned of it from her daughter's text messages.

Lessons continued as normal on Thursday.
"""
GOLD["school_lockdown"] = [
    ("said", "Police", "officers had searched the area but found no one matching the description"),
    ("said", "Head teacher Linda Royce", "the lockdown had been a precaution"),
    ("told", "One parent, who asked not to be named", "she had learned of it from her daughter's text messages"),
]
NOT_REPORTS["school_lockdown"] = ["Lessons continued as normal on Thursday."]

ARTICLES["fraud_warning"] = """Police warn of courier fraud targeting elderly

Police in Welbury have warned that fraudsters are posing as detectives to persuade elderly people to hand over their bank cards.

Six people in their eighties have lost a total of £48,000 in the past month.

Detective Sergeant Amir Shah said the callers often claimed that the victim's bank was under investigation.

"Your bank or the police will never ask you to hand over your card," he said.

Two men have been arrested in connection with the offences.
"""
GOLD["fraud_warning"] = [
    ("warned", "Police in Welbury", "fraudsters are posing as detectives to persuade elderly people to hand over their bank cards"),
    ("said", "Detective Sergeant Amir Shah", "the callers often claimed that the victim's bank was under investigation"),
    ("said", "he", "Your bank or the police will never ask you to hand over your card"),
]
NOT_REPORTS["fraud_warning"] = [
    "Six people in their eighties have lost a total of £48,000 in the past month.",
    "Two men have been arrested in connection with the offences.",
]
SPEAKERS["fraud_warning"] = [("said", "he", "Amir Shah", "Your bank")]

ARTICLES["shooting_appeal"] = """Man shot outside snooker club

A man was shot in the leg outside a snooker club on Barton Lane, Kirkham, shortly before midnight on Saturday.

He was taken to hospital and his injuries are not thought to be life-threatening.

Detectives believe he was targeted and that there is no wider risk to the public.

A cordon remains in place on Barton Lane.

Anyone with information should contact Crimestoppers anonymously on 0800 555 111.

The investigation continues.
"""
GOLD["shooting_appeal"] = [
    ("believe", "Detectives", "he was targeted and that there is no wider risk to the public"),
]
NOT_REPORTS["shooting_appeal"] = [
    "A man was shot in the leg outside a snooker club on Barton Lane, Kirkham, shortly before midnight on Saturday.",
    "A cordon remains in place on Barton Lane.",
    "Anyone with information should contact Crimestoppers anonymously on 0800 555 111.",
    "The investigation continues.",
]

ARTICLES["moorland_fire"] = """Moorland fire spreads across 200 acres

A wildfire on Haworth Moor had spread across more than 200 acres by Sunday evening.

Firefighters from four counties have been battling the flames since Friday.

Area manager Joanne Birtles said the dry ground and strong winds were making the fire hard to contain.

The fire service believes the blaze was started by a disposable barbecue.

Walkers have been asked to stay away from the area.

Farmer Alan Heseltine told the BBC he had moved his sheep to lower fields.
"""
GOLD["moorland_fire"] = [
    ("said", "Area manager Joanne Birtles", "the dry ground and strong winds were making the fire hard to contain"),
    ("believes", "The fire service", "the blaze was started by a disposable barbecue"),
    ("told", "Farmer Alan Heseltine", "he had moved his sheep to lower fields"),
]
NOT_REPORTS["moorland_fire"] = [
    "A wildfire on Haworth Moor had spread across more than 200 acres by Sunday evening.",
    "Firefighters from four counties have been battling the flames since Friday.",
]

ARTICLES["officer_assault"] = """Officer injured while making arrest

A police officer suffered a broken wrist when he was attacked while arresting a man in Selby town centre.

The 29-year-old man was later charged with assaulting an emergency worker.

Chief Superintendent Karen Lowe said attacks on officers were never "part of the job".

The Police Federation said its members were being assaulted more often than five years ago.

The officer is recovering at home.
"""
GOLD["officer_assault"] = [
    ("said", "Chief Superintendent Karen Lowe", "attacks on officers were never \"part of the job\""),
    ("said", "The Police Federation", "its members were being assaulted more often than five years ago"),
]
NOT_REPORTS["officer_assault"] = [
    "A police officer suffered a broken wrist when he was attacked while arresting a man in Selby town centre.",
    "The 29-year-old man was later charged with assaulting an emergency worker.",
    "The officer is recovering at home.",
]

ARTICLES["coastguard_rescue"] = """Two rescued after dinghy capsizes off Penhallow

Two men were pulled from the sea after their dinghy capsized off Penhallow Point on Tuesday.

The coastguard said the lifeboat reached them within 20 minutes of the call.

Both men were wearing lifejackets.

Lifeboat helm Dan Trewin said the men had been in the water for about half an hour and were very cold.

"Their lifejackets saved their lives," he said.
"""
GOLD["coastguard_rescue"] = [
    ("said", "The coastguard", "the lifeboat reached them within 20 minutes of the call"),
    ("said", "Lifeboat helm Dan Trewin", "the men had been in the water for about half an hour and were very cold"),
    ("said", "he", "Their lifejackets saved their lives"),
]
NOT_REPORTS["coastguard_rescue"] = [
    "Two men were pulled from the sea after their dinghy capsized off Penhallow Point on Tuesday.",
    "Both men were wearing lifejackets.",
]
SPEAKERS["coastguard_rescue"] = [("said", "he", "Dan Trewin", "Their lifejackets")]

ARTICLES["car_thefts"] = """Keyless car thefts up by a third

Thefts of keyless cars in Northvale rose by a third last year, according to figures from the county's police force.

Most of the cars were taken from driveways at night.

A spokeswoman for Northvale Police said owners should keep their keys in a signal-blocking pouch.

Insurer Halden Direct said claims for stolen cars had doubled in two years.
"""
GOLD["car_thefts"] = [
    ("according to", "figures from the county's police force", "Thefts of keyless cars in Northvale rose by a third last year"),
    ("said", "A spokeswoman for Northvale Police", "owners should keep their keys in a signal-blocking pouch"),
    ("said", "Insurer Halden Direct", "claims for stolen cars had doubled in two years"),
]
NOT_REPORTS["car_thefts"] = ["Most of the cars were taken from driveways at night."]

ARTICLES["flood_rescue"] = """Firefighters rescue driver from flooded ford

A driver was rescued from the roof of his car after it became stuck in a flooded ford near Ashwell.

The fire service said crews were called at 6.40am and used a boat to reach the man.

The water was more than a metre deep.

Watch manager Priya Nair said drivers too often underestimated how quickly water could rise.

The ford has now been closed until the water level falls.
"""
GOLD["flood_rescue"] = [
    ("said", "The fire service", "crews were called at 6.40am and used a boat to reach the man"),
    ("said", "Watch manager Priya Nair", "drivers too often underestimated how quickly water could rise"),
]
NOT_REPORTS["flood_rescue"] = [
    "A driver was rescued from the roof of his car after it became stuck in a flooded ford near Ashwell.",
    "The water was more than a metre deep.",
    "The ford has now been closed until the water level falls.",
]

ARTICLES["festival_drugs"] = """Two festival-goers in hospital after taking pills

Two people were taken to hospital after taking pills at the Greenmeadow festival on Saturday.

Ambulance staff said both were in a serious condition.

Organisers said in a statement that they had set up a drug-testing tent for the rest of the weekend.

Police have seized a quantity of tablets and arrested a 19-year-old man.

Superintendent Gareth Evans said officers believed the pills had come from a single batch.
"""
GOLD["festival_drugs"] = [
    ("said", "Ambulance staff", "both were in a serious condition"),
    ("said", "Organisers", "they had set up a drug-testing tent for the rest of the weekend"),
    ("said", "Superintendent Gareth Evans", "officers believed the pills had come from a single batch"),
]
NOT_REPORTS["festival_drugs"] = [
    "Two people were taken to hospital after taking pills at the Greenmeadow festival on Saturday.",
    "Police have seized a quantity of tablets and arrested a 19-year-old man.",
]

ARTICLES["shop_owner"] = """Shop owner tells of terror as robbers threatened him with machete

The owner of a corner shop in Pelham Street has described the moment two masked men threatened him with a machete.

Raj Patel, 61, told the Courier the men had demanded cash from the till and cigarettes.

"I thought I was going to die," he said.

The men fled with about £300.

Police said they were examining CCTV footage from nearby shops.
"""
GOLD["shop_owner"] = [
    ("described", "The owner of a corner shop in Pelham Street", "the moment two masked men threatened him with a machete"),
    ("told", "Raj Patel, 61", "the men had demanded cash from the till and cigarettes"),
    ("said", "he", "I thought I was going to die"),
    ("said", "Police", "they were examining CCTV footage from nearby shops"),
]
NOT_REPORTS["shop_owner"] = ["The men fled with about £300."]
SPEAKERS["shop_owner"] = [("said", "he", "Raj Patel", "I thought")]

ARTICLES["hit_and_run"] = """Mother of hit-and-run victim pleads for driver to come forward

The mother of a cyclist killed in a hit-and-run has begged the driver to hand himself in.

Daniel Price, 24, was hit by a dark-coloured car on Millbrook Road in the early hours of Sunday.

His mother, Angela Price, said she could not understand how someone could drive away.

"Whoever you are, please do the right thing," she said.

The car is likely to have damage to its front passenger side.

The road reopened on Sunday afternoon.
"""
GOLD["hit_and_run"] = [
    ("begged", "The mother of a cyclist killed in a hit-and-run", "the driver to hand himself in"),
    ("said", "His mother, Angela Price", "she could not understand how someone could drive away"),
    ("said", "she", "Whoever you are, please do the right thing"),
]
NOT_REPORTS["hit_and_run"] = [
    "Daniel Price, 24, was hit by a dark-coloured car on Millbrook Road in the early hours of Sunday.",
    "The car is likely to have damage to its front passenger side.",
    "The road reopened on Sunday afternoon.",
]
SPEAKERS["hit_and_run"] = [("said", "she", "Angela Price", "Whoever you")]

ARTICLES["us_police_shooting"] = """Police: man shot by deputies was armed

DENTON, Texas — A man shot and killed by sheriff's deputies on Tuesday had pointed a rifle at them, authorities said.

The Denton County Sheriff's Office said in a news release that deputies had been called to a report of a domestic disturbance.

The man, whose name has not been released, died at the scene.

Sheriff Ray Collins told reporters the deputies involved had been placed on administrative leave.

The Texas Rangers are investigating.
"""
GOLD["us_police_shooting"] = [
    ("said", "authorities", "A man shot and killed by sheriff's deputies on Tuesday had pointed a rifle at them"),
    ("said", "The Denton County Sheriff's Office", "deputies had been called to a report of a domestic disturbance"),
    ("told", "Sheriff Ray Collins", "the deputies involved had been placed on administrative leave"),
]
NOT_REPORTS["us_police_shooting"] = [
    "The man, whose name has not been released, died at the scene.",
    "The Texas Rangers are investigating.",
]

ARTICLES["cannabis_farm"] = """Cannabis farm found in former bank

Officers discovered more than 600 cannabis plants growing in a former bank building on Castle Street, Wyeford, on Monday.

The plants had an estimated street value of £500,000.

Two men, aged 23 and 27, have been charged with producing a controlled drug.

A police spokesman said the electricity supply had been bypassed, creating a serious fire risk.

Neighbour Carol Wiggins said she had noticed a strong smell for weeks.
"""
GOLD["cannabis_farm"] = [
    ("said", "A police spokesman", "the electricity supply had been bypassed, creating a serious fire risk"),
    ("said", "Neighbour Carol Wiggins", "she had noticed a strong smell for weeks"),
]
NOT_REPORTS["cannabis_farm"] = [
    "Officers discovered more than 600 cannabis plants growing in a former bank building on Castle Street, Wyeford, on Monday.",
    "The plants had an estimated street value of £500,000.",
    "Two men, aged 23 and 27, have been charged with producing a controlled drug.",
]

ARTICLES["dog_attack"] = """Boy, 6, bitten by dog in park

A six-year-old boy needed stitches after he was bitten by a dog in Elm Park, Corbridge, on Sunday.

His grandmother, who was with him, said the dog had run at him without warning.

The dog's owner left the park before police arrived.

Police said they were trying to trace a man in his forties who was walking a large brown dog.

The boy was allowed home the same evening.
"""
GOLD["dog_attack"] = [
    ("said", "His grandmother, who was with him", "the dog had run at him without warning"),
    ("said", "Police", "they were trying to trace a man in his forties who was walking a large brown dog"),
]
NOT_REPORTS["dog_attack"] = [
    "A six-year-old boy needed stitches after he was bitten by a dog in Elm Park, Corbridge, on Sunday.",
    "The dog's owner left the park before police arrived.",
    "The boy was allowed home the same evening.",
]

# written after the mends, to probe the mended shapes in other words: a person found in a state and a weapon after
# 'threaten' ('found the man unconscious', 'threatened a cashier with a knife'), police ranks written as initials
# that the NER may read into a body's name ('DCI', 'DCS'), and an emergency service responding to a call

ARTICLES["forecourt_robbery"] = """Cashier threatened at petrol station

A man threatened a cashier with a knife at a petrol station on Eastgate Road in Yarnfield on Tuesday night.

He left with about £200 and several packets of cigarettes.

DCI Sian Hughes said the cashier had been badly shaken but was not hurt.

"He was calm and looked straight at the camera," she said.

The forecourt was closed until the morning.
"""
GOLD["forecourt_robbery"] = [
    ("said", "DCI Sian Hughes", "the cashier had been badly shaken but was not hurt"),
    ("said", "she", "He was calm and looked straight at the camera"),
]
NOT_REPORTS["forecourt_robbery"] = [
    "A man threatened a cashier with a knife at a petrol station on Eastgate Road in Yarnfield on Tuesday night.",
    "He left with about £200 and several packets of cigarettes.",
    "The forecourt was closed until the morning.",
]
SPEAKERS["forecourt_robbery"] = [("said", "she", "Sian Hughes", "He was")]

ARTICLES["towpath_rescue"] = """Man rescued from canal towpath in freezing weather

Firefighters found the man unconscious on the towpath of the Fallow Canal near Oldbridge early on Friday.

He was taken to hospital suffering from hypothermia.

DCS Neil Barr said officers did not believe anyone else had been involved.

"A passing cyclist almost certainly saved his life," he said.

Police later found his missing dog safe at a nearby farm.
"""
GOLD["towpath_rescue"] = [
    ("said", "DCS Neil Barr", "officers did not believe anyone else had been involved"),
    ("said", "he", "A passing cyclist almost certainly saved his life"),
]
NOT_REPORTS["towpath_rescue"] = [
    "Firefighters found the man unconscious on the towpath of the Fallow Canal near Oldbridge early on Friday.",
    "He was taken to hospital suffering from hypothermia.",
    "Police later found his missing dog safe at a nearby farm.",
]
SPEAKERS["towpath_rescue"] = [("said", "he", "Neil Barr", "A passing")]

ARTICLES["flat_disturbance"] = """Woman seriously hurt in fall from balcony

A woman was seriously injured when she fell from a second-floor balcony in Chanter Court, Deepdale, on Saturday night.

Officers responded to a 999 call from a neighbour at about 11.20pm.

Paramedics responded to the scene within minutes and she was taken to hospital.

A man, 38, was arrested at the flat and remains in custody.

Inspector Joanne Kerr said the woman's injuries were serious but not life-threatening.
"""
GOLD["flat_disturbance"] = [
    ("said", "Inspector Joanne Kerr", "the woman's injuries were serious but not life-threatening"),
]
NOT_REPORTS["flat_disturbance"] = [
    "A woman was seriously injured when she fell from a second-floor balcony in Chanter Court, Deepdale, on Saturday night.",
    "Officers responded to a 999 call from a neighbour at about 11.20pm.",
    "Paramedics responded to the scene within minutes and she was taken to hospital.",
    "A man, 38, was arrested at the flat and remains in custody.",
]
