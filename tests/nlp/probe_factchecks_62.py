# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty short fact-check articles written for the sixty-second session's check of fact-checking (helper R): rubric
layouts ('CLAIM: X says Y', 'VERDICT: False', 'THE FACTS:', 'What was said:', 'Our ruling'), claims made in posts ('X
claimed in a Facebook post that', 'the post, shared more than 4,000 times, says', 'the viral video purports to show'),
requests for comment ('a spokesperson for X did not respond to a request for comment', 'X's office pointed us to',
'when we asked X about the claim, she said'), data ('data from the statistics office show'), experts ('experts told
us'), the checker's own findings ('we found no evidence that', 'the figure appears to come from', 'the claim is
misleading because'), ratings ('Pants on Fire', 'Mostly false') and quoted claims repeated for checking.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal): per article, (a word of the cue,
the source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``
(verdict and rating lines, rubric headings, the checker's findings told as plain statements, lists of links, 'Read
more', correction notes); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Counted on PolNeAR train
before writing the gold: the outlet's own 'We asked X' is a cue 5 times of 6 ('We asked our followers'), so 'we
asked' with a person is a report of the outlet (kept, no gold); a heading's word with a colon and nothing said
after it reports nothing; a thing's 'appears to' is a cue 143 times of 253, so 'The figure appears to come from X' is
in neither list; an image that 'shows' a scene 'with a caption saying Y' is one report of the image (PolNeAR's
reports are univocal: the caption's is inside the image's). Every name, place, body, figure and claim is made up. Read by
``test_probe_findings_62_factchecks``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["teachers_claim"] = """Fact check: Did Harwell cut 12,000 teaching jobs?

CLAIM: Governor Dana Talbot says the state of Harwell has cut 12,000 teaching jobs since 2021.

VERDICT: False.

THE FACTS:

Talbot made the claim in a radio interview on Tuesday, telling listeners that classrooms had "never been so empty".

Data from the Harwell Department of Education show that the number of teachers rose by about 900 over the same period.

A spokesperson for Talbot did not respond to a request for comment.

This story has been corrected to show that the interview aired on Tuesday, not Monday.
"""
GOLD["teachers_claim"] = [
    ("says", "Governor Dana Talbot", "the state of Harwell has cut 12,000 teaching jobs since 2021"),
    ("telling", "Talbot", "classrooms had \"never been so empty\""),
    ("show", "Data from the Harwell Department of Education", "the number of teachers rose by about 900 over the same period"),
]
NOT_REPORTS["teachers_claim"] = [
    "VERDICT: False.",
    "THE FACTS:",
    "This story has been corrected to show that the interview aired on Tuesday, not Monday.",
]

ARTICLES["facebook_bridge"] = """No, the Orrin Bridge is not being sold to a foreign company

A Facebook user claimed in a post on Sunday that the Orrin Bridge had been sold to an overseas investment firm.

The post, shared more than 4,000 times, says the toll would double "as soon as the deal closes".

The bridge is owned by the Orrin County Transport Authority, according to its annual report.

Authority chairman Felix Obuya told us that the bridge was not for sale and never had been.

We found no record of any sale in the county's property register.

Our ruling: Pants on Fire.
"""
GOLD["facebook_bridge"] = [
    ("claimed", "A Facebook user", "the Orrin Bridge had been sold to an overseas investment firm"),
    ("says", "The post, shared more than 4,000 times", "the toll would double \"as soon as the deal closes\""),
    ("according to", "its annual report", "The bridge is owned by the Orrin County Transport Authority"),
    ("told", "Authority chairman Felix Obuya", "the bridge was not for sale and never had been"),
]
NOT_REPORTS["facebook_bridge"] = [
    "We found no record of any sale in the county's property register.",
    "Our ruling: Pants on Fire.",
]

ARTICLES["flood_video"] = """Video of flooded airport is from 2019, not this week

A viral video purports to show floodwater pouring into the departure hall of Meriden airport this week.

The clip was first posted on a video-sharing site in March 2019, a reverse image search shows.

Airport spokeswoman Carla Dunne said the terminal had stayed open throughout the storm.

"There was some water on the access road, but nothing came inside," she said.

Rating: False.

Read more:
"""
GOLD["flood_video"] = [
    ("purports", "A viral video", "floodwater pouring into the departure hall of Meriden airport this week"),
    ("shows", "a reverse image search", "The clip was first posted on a video-sharing site in March 2019"),
    ("said", "Airport spokeswoman Carla Dunne", "the terminal had stayed open throughout the storm"),
    ("said", "she", "There was some water on the access road, but nothing came inside"),
]
NOT_REPORTS["flood_video"] = ["Rating: False.", "Read more:"]
SPEAKERS["flood_video"] = [("said", "she", "Carla Dunne", "There was")]

ARTICLES["crime_figure"] = """Mayor's crime figure leaves out half the year

What was said:

"Violent crime in Lowbridge is down 40 per cent since I took office," Mayor Oscar Prewitt said at a rally on Friday.

The figure appears to come from a police report that covered only the first six months of the year.

Prewitt's office pointed us to the same report when asked for the source of the number.

Full-year figures from the Lowbridge Police Department show a fall of 11 per cent.

Criminologist Hana Sorel said six months was "far too short a window" to judge a trend.

The claim is misleading because it compares half a year with a full one.

Verdict: Mostly false.
"""
GOLD["crime_figure"] = [
    ("said", "Mayor Oscar Prewitt", "Violent crime in Lowbridge is down 40 per cent since I took office"),
    ("show", "Full-year figures from the Lowbridge Police Department", "a fall of 11 per cent"),
    ("said", "Criminologist Hana Sorel", "six months was \"far too short a window\" to judge a trend"),
]
NOT_REPORTS["crime_figure"] = [
    "What was said:",
    "The claim is misleading because it compares half a year with a full one.",
    "Verdict: Mostly false.",
]

ARTICLES["senator_asked"] = """Senator's claim about rail subsidies is half right

Senator Maribel Quist claimed in a televised debate that the Northline railway received more public money than all the state's bus services combined.

When we asked Quist about the claim, she said she had been referring to capital spending only.

Budget documents show that the railway received $310 million in capital grants last year, while bus services received $280 million.

But once running costs are added, bus services received nearly twice as much, the documents show.

Transport economist Idris Bello said the comparison "depends entirely on what you count".

Rating: Half true.
"""
GOLD["senator_asked"] = [
    ("claimed", "Senator Maribel Quist", "the Northline railway received more public money than all the state's bus services combined"),
    ("said", "she", "she had been referring to capital spending only"),
    ("show", "Budget documents", "the railway received $310 million in capital grants last year, while bus services received $280 million"),
    ("show", "the documents", "once running costs are added, bus services received nearly twice as much"),
    ("said", "Transport economist Idris Bello", "the comparison \"depends entirely on what you count\""),
]
NOT_REPORTS["senator_asked"] = ["Rating: Half true."]
SPEAKERS["senator_asked"] = [("said", "she", "Maribel Quist", "she had")]

ARTICLES["vaccine_post"] = """Posts falsely claim flu jab contains tracking chips

Social media posts claim that this year's flu vaccine contains microchips that can track the people who receive it.

One post, which has been shared about 12,000 times on Facebook, says the chips are "smaller than a grain of sand".

Experts told us that no such technology exists.

"A chip that small could not hold a battery, let alone send a signal," said Professor Lena Marsh, an engineer at Callow University.

The vaccine's maker, Pellham Biologics, said the ingredients were listed in full on its website.

This article is part of our work to counter false information online.
"""
GOLD["vaccine_post"] = [
    ("claim", "Social media posts", "this year's flu vaccine contains microchips that can track the people who receive it"),
    ("says", "One post, which has been shared about 12,000 times on Facebook", "the chips are \"smaller than a grain of sand\""),
    ("told", "Experts", "no such technology exists"),
    ("said", "Professor Lena Marsh, an engineer at Callow University", "A chip that small could not hold a battery, let alone send a signal"),
    ("said", "The vaccine's maker, Pellham Biologics", "the ingredients were listed in full on its website"),
]
NOT_REPORTS["vaccine_post"] = ["This article is part of our work to counter false information online."]

ARTICLES["wage_tweet"] = """Fact check: Minimum wage has not fallen in real terms

Opposition leader Rupert Fane tweeted on Monday that the minimum wage was "worth less today than in 2015".

The national statistics office says prices have risen by 31 per cent since 2015, while the minimum wage has risen by 46 per cent.

Fane's spokesman said the tweet referred to take-home pay after tax.

Even after tax, the minimum wage is worth more than it was in 2015.

Our rating: False.

Sources: National Statistics Office; Treasury tax tables.
"""
GOLD["wage_tweet"] = [
    ("tweeted", "Opposition leader Rupert Fane", "the minimum wage was \"worth less today than in 2015\""),
    ("says", "The national statistics office", "prices have risen by 31 per cent since 2015, while the minimum wage has risen by 46 per cent"),
    ("said", "Fane's spokesman", "the tweet referred to take-home pay after tax"),
]
NOT_REPORTS["wage_tweet"] = [
    "Even after tax, the minimum wage is worth more than it was in 2015.",
    "Our rating: False.",
    "Sources: National Statistics Office; Treasury tax tables.",
]

ARTICLES["hospital_quote"] = """Did the health minister promise a new hospital in Tarnby?

A quote attributed to Health Minister Greta Holm has been circulating on WhatsApp.

"Tarnby will have a new hospital by the end of next year," the message quotes her as saying.

We could find no record of Holm saying this in any speech, interview or press release.

The ministry said in an email that the minister had made no such promise.

Tarnby's existing hospital is due to be refurbished from 2027.

VERDICT: Fabricated.
"""
GOLD["hospital_quote"] = [
    ("said", "The ministry", "the minister had made no such promise"),
]
NOT_REPORTS["hospital_quote"] = [
    "We could find no record of Holm saying this in any speech, interview or press release.",
    "Tarnby's existing hospital is due to be refurbished from 2027.",
    "VERDICT: Fabricated.",
]

ARTICLES["bakery_photo"] = """Photo of empty shelves was taken during 2020 lockdown

An image shared on Instagram shows empty bread shelves at a supermarket in Dellford, with a caption saying the shops had run out because of the new fuel tax.

The photo was taken in April 2020, when shoppers were stocking up ahead of the first lockdown.

The supermarket chain, Brightway, confirmed that the picture showed its Dellford branch in 2020.

A Brightway spokesperson said its shelves were "fully stocked" this week.

The fuel tax came into force on Monday.

Correction: An earlier version of this article gave the wrong name for the supermarket chain.
"""
GOLD["bakery_photo"] = [
    ("shows", "An image shared on Instagram", "empty bread shelves at a supermarket in Dellford, with a caption saying the shops had run out because of the new fuel tax"),
    ("confirmed", "The supermarket chain, Brightway", "the picture showed its Dellford branch in 2020"),
    ("said", "A Brightway spokesperson", "its shelves were \"fully stocked\" this week"),
]
NOT_REPORTS["bakery_photo"] = [
    "The photo was taken in April 2020, when shoppers were stocking up ahead of the first lockdown.",
    "The fuel tax came into force on Monday.",
    "Correction: An earlier version of this article gave the wrong name for the supermarket chain.",
]

ARTICLES["speech_check"] = """Checking the claims in the premier's budget speech

Premier Anton Vell made several claims about the economy in his budget speech on Wednesday. Here is how they stand up.

"Unemployment is at its lowest level in 30 years."

This is correct. The jobless rate fell to 3.9 per cent in June, the lowest since 1994.

"We have built 50,000 new homes."

Vell said the figure covered the past four years.

Housing ministry figures show that 38,000 homes were completed in that time.

Mostly false.
"""
GOLD["speech_check"] = [
    ("said", "Vell", "the figure covered the past four years"),
    ("show", "Housing ministry figures", "38,000 homes were completed in that time"),
]
NOT_REPORTS["speech_check"] = [
    "This is correct. The jobless rate fell to 3.9 per cent in June, the lowest since 1994.",
    "Mostly false.",
]

ARTICLES["mailer_claim"] = """Campaign mailer distorts challenger's record on taxes

A mailer sent to voters by the Committee for a Safer Penmore claims that council candidate Ruth Abara "voted to raise your property taxes five times".

Abara has never held elected office, public records show.

The committee's treasurer, Gordon Lisle, said the mailer referred to Abara's time on a school board advisory panel.

That panel had no power to set taxes, according to the school district's rules.

Abara called the mailer "a lie from start to finish".

We rate this claim Pants on Fire.
"""
GOLD["mailer_claim"] = [
    ("claims", "A mailer sent to voters by the Committee for a Safer Penmore", "council candidate Ruth Abara \"voted to raise your property taxes five times\""),
    ("show", "public records", "Abara has never held elected office"),
    ("said", "The committee's treasurer, Gordon Lisle", "the mailer referred to Abara's time on a school board advisory panel"),
    ("according to", "the school district's rules", "That panel had no power to set taxes"),
    ("called", "Abara", "the mailer \"a lie from start to finish\""),
]
NOT_REPORTS["mailer_claim"] = ["We rate this claim Pants on Fire."]

ARTICLES["river_pollution"] = """Is the River Sable really the dirtiest in the country?

Environmental group Clearwater Alliance said in a report last month that the River Sable was "the most polluted river in the nation".

The group based its ranking on sewage discharges recorded by the water company in 2024.

Figures from the national environment agency show that four other rivers had more hours of discharges that year.

Alliance director Simone Achebe said the report had measured the volume of sewage, not the hours.

The agency does not publish volumes for every river.

Related: How we check claims.
"""
GOLD["river_pollution"] = [
    ("said", "Environmental group Clearwater Alliance", "the River Sable was \"the most polluted river in the nation\""),
    ("show", "Figures from the national environment agency", "four other rivers had more hours of discharges that year"),
    ("said", "Alliance director Simone Achebe", "the report had measured the volume of sewage, not the hours"),
]
NOT_REPORTS["river_pollution"] = [
    "The group based its ranking on sewage discharges recorded by the water company in 2024.",
    "The agency does not publish volumes for every river.",
    "Related: How we check claims.",
]

ARTICLES["school_meals"] = """Fact check: Are free school meals being scrapped?

Claims that free school meals will end in September have spread widely on TikTok.

One video, viewed more than 300,000 times, says that "the government quietly axed the scheme in the spring budget".

There is no such measure in the spring budget documents.

The Department for Schools said the scheme would continue "for the rest of this parliament".

Head teacher Miriam Oyelaran told us her school had received its funding for the new year.

Bottom line: The claim is false.
"""
GOLD["school_meals"] = [
    ("says", "One video, viewed more than 300,000 times", "\"the government quietly axed the scheme in the spring budget\""),
    ("said", "The Department for Schools", "the scheme would continue \"for the rest of this parliament\""),
    ("told", "Head teacher Miriam Oyelaran", "her school had received its funding for the new year"),
]
NOT_REPORTS["school_meals"] = [
    "There is no such measure in the spring budget documents.",
    "Bottom line: The claim is false.",
]

ARTICLES["energy_bills"] = """Minister's energy bill figure is out of date

Energy Minister Colm Rafter told parliament on Thursday that the average household bill had fallen to 1,450 euros a year.

That figure was accurate last winter, but bills have risen twice since then.

The energy regulator's latest estimate puts the average bill at 1,690 euros.

A spokeswoman for Rafter acknowledged that the minister had used an older figure.

Consumer group Fair Power said households were "paying more than the minister admits".

Rating: Misleading.

Read more: Our guide to energy prices
"""
GOLD["energy_bills"] = [
    ("told", "Energy Minister Colm Rafter", "the average household bill had fallen to 1,450 euros a year"),
    ("acknowledged", "A spokeswoman for Rafter", "the minister had used an older figure"),
    ("said", "Consumer group Fair Power", "households were \"paying more than the minister admits\""),
]
NOT_REPORTS["energy_bills"] = [
    "That figure was accurate last winter, but bills have risen twice since then.",
    "Rating: Misleading.",
    "Read more: Our guide to energy prices",
]

ARTICLES["migration_chart"] = """Chart shared by party misreads migration data

The Reform Movement posted a chart on X claiming that net migration had tripled in a year.

The chart's vertical axis starts at 200,000 rather than zero, which makes the rise look far larger than it was.

According to the statistics bureau, net migration rose from 310,000 to 362,000.

Statistician Ewa Lindqvist said the chart was "a textbook example of a truncated axis".

The party did not reply to our questions.

VERDICT: Misleading.
"""
GOLD["migration_chart"] = [
    ("claiming", "The Reform Movement", "net migration had tripled in a year"),
    ("According to", "the statistics bureau", "net migration rose from 310,000 to 362,000"),
    ("said", "Statistician Ewa Lindqvist", "the chart was \"a textbook example of a truncated axis\""),
]
NOT_REPORTS["migration_chart"] = [
    "The chart's vertical axis starts at 200,000 rather than zero, which makes the rise look far larger than it was.",
    "VERDICT: Misleading.",
]

ARTICLES["celebrity_fake"] = """No, actor Theo Brannigan did not endorse a crypto scheme

Adverts on Facebook claim that actor Theo Brannigan made a fortune from a trading app called QuantaYield.

The adverts link to a fake news article that copies the layout of a national newspaper.

Brannigan's agent, Petra Sallis, said the actor had "nothing to do with this or any other investment scheme".

The consumer watchdog warned people not to hand over money to the app.

The watchdog says it received 240 complaints about QuantaYield last month.

What you need to know: Scam adverts often use famous faces without permission.
"""
GOLD["celebrity_fake"] = [
    ("claim", "Adverts on Facebook", "actor Theo Brannigan made a fortune from a trading app called QuantaYield"),
    ("said", "Brannigan's agent, Petra Sallis", "the actor had \"nothing to do with this or any other investment scheme\""),
    ("warned", "The consumer watchdog", "people not to hand over money to the app"),
    ("says", "The watchdog", "it received 240 complaints about QuantaYield last month"),
]
NOT_REPORTS["celebrity_fake"] = [
    "The adverts link to a fake news article that copies the layout of a national newspaper.",
    "What you need to know: Scam adverts often use famous faces without permission.",
]

ARTICLES["police_numbers"] = """How many police officers does Welbury really have?

Councillor Ivan Roswell said last week that Welbury had "fewer police officers than at any time in living memory".

Welbury Police's own workforce figures show 1,212 officers in March, compared with 1,180 in 2010.

When we asked Roswell about the figures, he said he had meant officers on the street rather than in offices.

The force does not break down its numbers in that way.

A former chief inspector, Nadia Faulk, said the number of neighbourhood officers had fallen sharply.

Our ruling: Unproven.
"""
GOLD["police_numbers"] = [
    ("said", "Councillor Ivan Roswell", "Welbury had \"fewer police officers than at any time in living memory\""),
    ("show", "Welbury Police's own workforce figures", "1,212 officers in March, compared with 1,180 in 2010"),
    ("said", "he", "he had meant officers on the street rather than in offices"),
    ("said", "A former chief inspector, Nadia Faulk", "the number of neighbourhood officers had fallen sharply"),
]
NOT_REPORTS["police_numbers"] = [
    "The force does not break down its numbers in that way.",
    "Our ruling: Unproven.",
]
SPEAKERS["police_numbers"] = [("said", "he", "Ivan Roswell", "he had")]

ARTICLES["heat_record"] = """Claim that July was cooler than average is wrong

A blog post published on Saturday asserts that last July was "the coolest in a century" in the Varna valley.

The post cites a single weather station at Upper Kell, which was moved to higher ground in 2022.

Records from the national weather service show that July was 1.2 degrees warmer than the long-term average across the valley.

Meteorologist Tomas Ekdahl told us that moving a station uphill "will always make it read colder".

The author of the blog post did not respond to our messages.

Mostly false.

Links: National weather service monthly summary; Upper Kell station history
"""
GOLD["heat_record"] = [
    ("asserts", "A blog post published on Saturday", "last July was \"the coolest in a century\" in the Varna valley"),
    ("show", "Records from the national weather service", "July was 1.2 degrees warmer than the long-term average across the valley"),
    ("told", "Meteorologist Tomas Ekdahl", "moving a station uphill \"will always make it read colder\""),
]
NOT_REPORTS["heat_record"] = [
    "Mostly false.",
    "Links: National weather service monthly summary; Upper Kell station history",
]

ARTICLES["lottery_hoax"] = """Text messages about a 'national lottery refund' are a scam

Text messages sent to thousands of phones this week say the recipient is owed a refund from the National Lottery.

The messages ask people to click a link and enter their bank details.

The National Lottery said in a statement that it never contacts players by text about refunds.

Cyber security adviser Bram Okafor said the link led to a site that "harvests card numbers".

If you have received the message, delete it.

Update, 14:30: This article has been updated with a statement from the National Lottery.
"""
GOLD["lottery_hoax"] = [
    ("say", "Text messages sent to thousands of phones this week", "the recipient is owed a refund from the National Lottery"),
    ("ask", "The messages", "people to click a link and enter their bank details"),
    ("said", "The National Lottery", "it never contacts players by text about refunds"),
    ("said", "Cyber security adviser Bram Okafor", "the link led to a site that \"harvests card numbers\""),
]
NOT_REPORTS["lottery_hoax"] = [
    "If you have received the message, delete it.",
    "Update, 14:30: This article has been updated with a statement from the National Lottery.",
]

ARTICLES["farm_subsidy"] = """Fact check: Do farmers get more in subsidies than they earn?

CLAIM: A widely shared meme says farmers in Oskland receive more in subsidies than they earn from selling food.

RATING: Mostly false.

The meme appears to be based on a 2019 study of a small group of cattle farms in the uplands.

The study's author, Dr Ingrid Voss, told us that her work "was never meant to describe farming as a whole".

Figures from the agriculture ministry show that subsidies made up 28 per cent of farm income last year.

The Oskland Farmers' Union said the meme was "insulting to people who work 70-hour weeks".
"""
GOLD["farm_subsidy"] = [
    ("says", "A widely shared meme", "farmers in Oskland receive more in subsidies than they earn from selling food"),
    ("told", "The study's author, Dr Ingrid Voss", "her work \"was never meant to describe farming as a whole\""),
    ("show", "Figures from the agriculture ministry", "subsidies made up 28 per cent of farm income last year"),
    ("said", "The Oskland Farmers' Union", "the meme was \"insulting to people who work 70-hour weeks\""),
]
NOT_REPORTS["farm_subsidy"] = ["RATING: Mostly false."]

# written after the mend, to probe its shape in other words: a participle with a count or a time set off after a
# post, a chain email and a screenshot, beside rubric lines of other outlets

ARTICLES["chain_email"] = """Chain email about bank holiday closures is a hoax

An email, forwarded tens of thousands of times since January, claims that every cash machine in Corland will be switched off for a week in May.

The Corland Banking Association said there were "no plans whatsoever" to switch off cash machines.

The same claim circulated in 2021 and again in 2023.

Claim: Cash machines will be switched off for a week in May.

Our verdict: False.
"""
GOLD["chain_email"] = [
    ("claims", "An email, forwarded tens of thousands of times since January", "every cash machine in Corland will be switched off for a week in May"),
    ("said", "The Corland Banking Association", "there were \"no plans whatsoever\" to switch off cash machines"),
]
NOT_REPORTS["chain_email"] = [
    "The same claim circulated in 2021 and again in 2023.",
    "Our verdict: False.",
]

ARTICLES["screenshot_ban"] = """Screenshot of 'dog ban' notice was edited

A screenshot, shared about 2,500 times on Telegram, shows a council notice banning dogs from every park in Fennick.

Fennick Council said the notice had been altered and that the original only covered two children's play areas.

Councillor Maeve Odhiambo told us the council had received dozens of angry calls.

The original notice is still on the council's website.

Rating: Altered image.
"""
GOLD["screenshot_ban"] = [  # (a screenshot that 'shows' a thing is no report in the project: images, tried, did not pay)
    ("said", "Fennick Council", "the notice had been altered and that the original only covered two children's play areas"),
    ("told", "Councillor Maeve Odhiambo", "the council had received dozens of angry calls"),
]
NOT_REPORTS["screenshot_ban"] = [
    "The original notice is still on the council's website.",
    "Rating: Altered image.",
]

ARTICLES["petition_claim"] = """Petition's figure on ambulance waits does not add up

A petition, signed by more than 18,000 people in a week, says ambulances in Rosslyn take "over two hours" to reach heart attack patients.

Figures from the regional ambulance service show an average response time of 41 minutes for the most urgent calls last year.

The petition's organiser, Kwame Asante, said he had used the longest wait a relative had faced.

Paramedic union rep Orla Brennan said response times had nonetheless "got steadily worse".

Verdict: Misleading.

Sources: Regional ambulance service annual report
"""
GOLD["petition_claim"] = [
    ("says", "A petition, signed by more than 18,000 people in a week", "ambulances in Rosslyn take \"over two hours\" to reach heart attack patients"),
    ("show", "Figures from the regional ambulance service", "an average response time of 41 minutes for the most urgent calls last year"),
    ("said", "The petition's organiser, Kwame Asante", "he had used the longest wait a relative had faced"),
    ("said", "Paramedic union rep Orla Brennan", "response times had nonetheless \"got steadily worse\""),
]
NOT_REPORTS["petition_claim"] = [
    "Verdict: Misleading.",
    "Sources: Regional ambulance service annual report",
]
