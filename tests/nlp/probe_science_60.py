# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixtieth session's check of science, health and data reporting (helper C), where
documents, studies and figures are the sources: science news ('the study, published in X, found', 'the authors
write', 'the paper argues', 'modelling by X predicts', 'the trial showed', 'the lead author, Dr X, said',
'experts not involved in the study cautioned'), health advisories ('the agency advised', 'the WHO estimates'),
economic data releases ('according to figures released on Tuesday', 'figures from X showed', a statistic with its
source after it), NGO and UN situation reports ('the report, seen by X, says'), polling write-ups ('a survey of
2,000 adults found') and press-release quotes, with hedges ('may', 'appears to') inside contents.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an apposition or a participle
phrase after a document's noun is part of the source): per article, (a word of the cue, the source, the first
content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (method and
narration, bare statistics, and the same cue words in other senses: 'the drug showed promise', 'the patients
showed symptoms', 'the study appears in', 'report card', 'model car'); (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Every name, place, figure and sentence is made up. Read by
``test_probe_findings_60_science``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["octopus"] = """Octopus arms 'decide' without the brain, study suggests

Each arm of the common octopus can choose which way to reach for food without input from the central brain, according to a study published on Wednesday in the journal Marine Neuroethology.

The researchers filmed 38 octopuses in tanks at a field station on Crete over eighteen months.

The study, published in Marine Neuroethology, found that severed nerve cords still carried signals between neighbouring arms.

"The arms behave less like puppets and more like a committee," the lead author, Dr. Helena Markou of the University of Patras, said in a statement.

The animals were fed shrimp twice a day.

Experts not involved in the study cautioned that the tank setting may not reflect how octopuses hunt in the wild.

The full results are in Table 2 of the paper.
"""
GOLD["octopus"] = [
    ("according to", "a study published on Wednesday in the journal Marine Neuroethology", "Each arm of the common octopus can choose which way to reach for food without input from the central brain"),
    ("found", "The study, published in Marine Neuroethology", "severed nerve cords still carried signals between neighbouring arms"),
    ("said", "the lead author, Dr. Helena Markou of the University of Patras", "The arms behave less like puppets and more like a committee"),
    ("cautioned", "Experts not involved in the study", "the tank setting may not reflect how octopuses hunt in the wild"),
]
NOT_REPORTS["octopus"] = [
    "The researchers filmed 38 octopuses in tanks at a field station on Crete over eighteen months.",
    "The animals were fed shrimp twice a day.",
    "The full results are in Table 2 of the paper.",
]
SPEAKERS["octopus"] = [("said", "the lead author, Dr. Helena Markou of the University of Patras", "Helena Markou", "The arms")]

ARTICLES["ticks"] = """Health agency urges caution as tick season starts early

The National Health Protection Agency advised walkers to check their skin for ticks after every outing.

Cases of tick-borne encephalitis rose by 40% last year, the agency said.

Most infections were recorded in forested counties in the south-east.

In a statement, its chief medical adviser, Dr. Tomas Lindgren, said the mild winter had allowed ticks to become active weeks earlier than usual.

He said vaccination was advised for people who work outdoors.

A vaccine is available at pharmacies for 35 euros a dose.

In most cases the patients showed symptoms within two weeks of the bite.
"""
GOLD["ticks"] = [
    ("advised", "The National Health Protection Agency", "walkers to check their skin for ticks after every outing"),
    ("said", "the agency", "Cases of tick-borne encephalitis rose by 40% last year"),
    ("said", "its chief medical adviser, Dr. Tomas Lindgren", "the mild winter had allowed ticks to become active weeks earlier than usual"),
    ("said", "He", "vaccination was advised for people who work outdoors"),
]
NOT_REPORTS["ticks"] = [
    "Most infections were recorded in forested counties in the south-east.",
    "A vaccine is available at pharmacies for 35 euros a dose.",
    "In most cases the patients showed symptoms within two weeks of the bite.",
]
SPEAKERS["ticks"] = [
    ("said", "its chief medical adviser, Dr. Tomas Lindgren", "Tomas Lindgren", "the mild"),
    ("said", "He", "Tomas Lindgren", "vaccination"),
]

ARTICLES["factory"] = """Factory output falls for third month

Industrial production fell 0.6% in March from February, figures from the Office for Statistics showed on Tuesday.

Economists polled by Reuters had expected a fall of 0.2%.

Output in the car industry dropped by 4.1%.

The statistics office said a strike at a large steel plant had weighed on metals production.

"The picture is one of a manufacturing sector running out of steam," said Ines Varga, chief economist at Halden Bank.

Manufacturing accounts for about a tenth of the economy.
"""
GOLD["factory"] = [
    ("showed", "figures from the Office for Statistics", "Industrial production fell 0.6% in March from February"),
    ("expected", "Economists polled by Reuters", "a fall of 0.2%"),
    ("said", "The statistics office", "a strike at a large steel plant had weighed on metals production"),
    ("said", "Ines Varga, chief economist at Halden Bank", "The picture is one of a manufacturing sector running out of steam"),
]
NOT_REPORTS["factory"] = [
    "Output in the car industry dropped by 4.1%.",
    "Manufacturing accounts for about a tenth of the economy.",
]

ARTICLES["delta_floods"] = """Floods displace 120,000 in river delta, UN says

More than 120,000 people have been forced from their homes by floods in the Sundar delta, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a situation report on Thursday.

According to the report, at least 46 health facilities have been damaged or cut off.

Water levels began to fall on Tuesday.

The World Health Organization estimates that 30,000 people lack access to safe drinking water.

Partners warn that cases of cholera could rise sharply unless latrines are repaired.

Helicopters dropped food parcels on three cut-off villages.
"""
GOLD["delta_floods"] = [
    ("said", "the UN Office for the Coordination of Humanitarian Affairs (OCHA)", "More than 120,000 people have been forced from their homes by floods in the Sundar delta"),
    ("According to", "the report", "at least 46 health facilities have been damaged or cut off"),
    ("estimates", "The World Health Organization", "30,000 people lack access to safe drinking water"),
    ("warn", "Partners", "cases of cholera could rise sharply unless latrines are repaired"),
]
NOT_REPORTS["delta_floods"] = [
    "Water levels began to fall on Tuesday.",
    "Helicopters dropped food parcels on three cut-off villages.",
]

ARTICLES["clinic_power"] = """Charity says one in five clinics lacks power

One in five rural clinics in the region has no reliable electricity, a report by the charity Lumen Health says.

The report, seen by The Courier before its publication on Monday, says that vaccines are being thrown away because fridges fail during blackouts.

The charity surveyed 312 clinics in four provinces.

Its director, Amara Osei, said solar panels could be installed for less than the cost of the lost vaccines.

The findings of the survey team were flown home on a memory stick after the network failed.
"""
GOLD["clinic_power"] = [
    ("says", "a report by the charity Lumen Health", "One in five rural clinics in the region has no reliable electricity"),
    ("says", "The report, seen by The Courier before its publication on Monday", "vaccines are being thrown away because fridges fail during blackouts"),
    ("said", "Its director, Amara Osei", "solar panels could be installed for less than the cost of the lost vaccines"),
]
NOT_REPORTS["clinic_power"] = [
    "The charity surveyed 312 clinics in four provinces.",
    "The findings of the survey team were flown home on a memory stick after the network failed.",
]
SPEAKERS["clinic_power"] = [("said", "Its director, Amara Osei", "Amara Osei", "solar")]

ARTICLES["school_week"] = """Most adults back four-day school week, poll finds

A survey of 2,000 adults found that 58% would support a four-day week in secondary schools.

The poll was carried out online between 3 and 7 March by the firm Northgate Research.

Support was highest among parents of children under ten, the pollster said.

The margin of error is plus or minus two percentage points.

"People are open to the idea, but they worry about childcare on the fifth day," said Farid Haddad, the firm's head of polling.
"""
GOLD["school_week"] = [
    ("found", "A survey of 2,000 adults", "58% would support a four-day week in secondary schools"),
    ("said", "the pollster", "Support was highest among parents of children under ten"),
    ("said", "Farid Haddad, the firm's head of polling", "People are open to the idea, but they worry about childcare on the fifth day"),
]
NOT_REPORTS["school_week"] = [
    "The poll was carried out online between 3 and 7 March by the firm Northgate Research.",
    "The margin of error is plus or minus two percentage points.",
]

ARTICLES["malaria_jab"] = """Malaria jab cuts infections by half in trial

A new malaria vaccine cut infections in young children by about half, preliminary results of a trial in three countries indicate.

The trial enrolled 4,800 children aged between five months and three years.

The children were given three doses a month apart.

The trial showed that protection waned after a year without a booster.

The lead investigator, Professor Kwame Mensah, said the results were very encouraging.

The trial was paused in May after a supply problem.
"""
GOLD["malaria_jab"] = [
    ("indicate", "preliminary results of a trial in three countries", "A new malaria vaccine cut infections in young children by about half"),
    ("showed", "The trial", "protection waned after a year without a booster"),
    ("said", "The lead investigator, Professor Kwame Mensah", "the results were very encouraging"),
]
NOT_REPORTS["malaria_jab"] = [
    "The trial enrolled 4,800 children aged between five months and three years.",
    "The children were given three doses a month apart.",
    "The trial was paused in May after a supply problem.",
]
SPEAKERS["malaria_jab"] = [("said", "The lead investigator, Professor Kwame Mensah", "Kwame Mensah", "the results")]

ARTICLES["min_wage"] = """Economists challenge link between minimum wage and job losses

A paper circulated by the Bramley Institute argues that modest rises in the minimum wage have had no measurable effect on employment in small towns.

The authors write that earlier studies had confused seasonal hiring with lasting job losses.

The paper uses payroll records from 1,100 towns between 2005 and 2022.

It has not yet been peer reviewed.

Other economists said the findings might not apply to larger cities.

Among the sectors studied, makers of toys and model cars shed the most jobs.
"""
GOLD["min_wage"] = [
    ("argues", "A paper circulated by the Bramley Institute", "modest rises in the minimum wage have had no measurable effect on employment in small towns"),
    ("write", "The authors", "earlier studies had confused seasonal hiring with lasting job losses"),
    ("said", "Other economists", "the findings might not apply to larger cities"),
]
NOT_REPORTS["min_wage"] = [
    "The paper uses payroll records from 1,100 towns between 2005 and 2022.",
    "It has not yet been peer reviewed.",
    "Among the sectors studied, makers of toys and model cars shed the most jobs.",
]

ARTICLES["heat_deaths"] = """Heat deaths could triple by 2060, modelling suggests

Modelling by the Climate Health Unit at Norvale University predicts that deaths from extreme heat could triple in the country by 2060.

The team ran the model under three emissions scenarios.

Older people living alone are most at risk, researchers say.

"Heat is a silent killer because its victims die at home, out of sight," said Dr. Lucia Ferrante, who led the work.

She said cooling centres in libraries and community halls could save hundreds of lives each summer.

Last summer was the hottest on record.
"""
GOLD["heat_deaths"] = [
    ("predicts", "Modelling by the Climate Health Unit at Norvale University", "deaths from extreme heat could triple in the country by 2060"),
    ("say", "researchers", "Older people living alone are most at risk"),
    ("said", "Dr. Lucia Ferrante, who led the work", "Heat is a silent killer because its victims die at home, out of sight"),
    ("said", "She", "cooling centres in libraries and community halls could save hundreds of lives each summer"),
]
NOT_REPORTS["heat_deaths"] = [
    "The team ran the model under three emissions scenarios.",
    "Last summer was the hottest on record.",
]
SPEAKERS["heat_deaths"] = [("said", "She", "Lucia Ferrante", "cooling")]

ARTICLES["psoriasis"] = """Biotech firm reports positive data for psoriasis pill

Velora Therapeutics said on Monday its experimental pill cleared skin plaques in 62% of patients after 16 weeks.

"These data represent an important step for patients who cannot tolerate injections," Chief Executive Martin Lindahl said in a press release.

Shares in the company rose 11% in early trading.

The drug showed promise in an earlier, smaller study.

Side effects were mostly mild, the company said, with headaches the most common.
"""
GOLD["psoriasis"] = [
    ("said", "Velora Therapeutics", "its experimental pill cleared skin plaques in 62% of patients after 16 weeks"),
    ("said", "Chief Executive Martin Lindahl", "These data represent an important step for patients who cannot tolerate injections"),
    ("said", "the company", "Side effects were mostly mild"),
]
NOT_REPORTS["psoriasis"] = [
    "Shares in the company rose 11% in early trading.",
    "The drug showed promise in an earlier, smaller study.",
]
SPEAKERS["psoriasis"] = [("said", "Chief Executive Martin Lindahl", "Martin Lindahl", "These data")]

ARTICLES["cycling"] = """Cycling to work linked to fewer sick days

The data suggest that people who cycle to work take about two fewer sick days a year than those who drive.

The analysis drew on records from 26,000 employees at 90 firms.

Commuting by bike appears to benefit mental as well as physical health, the authors said.

But they cautioned that the study could not prove cause and effect.

Cyclists in the sample were on average younger than drivers.

The bike lanes on the main roads were widened in 2019.
"""
GOLD["cycling"] = [
    ("suggest", "The data", "people who cycle to work take about two fewer sick days a year than those who drive"),
    ("said", "the authors", "Commuting by bike appears to benefit mental as well as physical health"),
    ("cautioned", "they", "the study could not prove cause and effect"),
]
NOT_REPORTS["cycling"] = [
    "The analysis drew on records from 26,000 employees at 90 firms.",
    "Cyclists in the sample were on average younger than drivers.",
    "The bike lanes on the main roads were widened in 2019.",
]

ARTICLES["hearing"] = """Hearing loss to affect one in four by 2050

The WHO estimates that one in four people worldwide will live with some degree of hearing loss by 2050.

Its report, released on World Hearing Day, says loud music played through earphones is behind much of the rise among young people.

Hearing aids are used by fewer than one in five people who need them.

Audiologists say that limiting listening to an hour a day at moderate volume can prevent damage.

Several countries were given a poor report card for screening newborns.
"""
GOLD["hearing"] = [
    ("estimates", "The WHO", "one in four people worldwide will live with some degree of hearing loss by 2050"),
    ("says", "Its report, released on World Hearing Day", "loud music played through earphones is behind much of the rise among young people"),
    ("say", "Audiologists", "limiting listening to an hour a day at moderate volume can prevent damage"),
]
NOT_REPORTS["hearing"] = [
    "Hearing aids are used by fewer than one in five people who need them.",
    "Several countries were given a poor report card for screening newborns.",
]

ARTICLES["jobless"] = """Unemployment rises to 5.1%

The unemployment rate rose to 5.1% in the three months to August, according to figures released on Tuesday.

Employment fell by 62,000 over the period, the statistics office said.

Wages grew 3.2% excluding bonuses.

The number of job vacancies has fallen for 14 consecutive quarters.

Economists warn that the labour market is cooling faster than the central bank expected.

"The jobs market is clearly loosening," said Priyanka Desai of Harbour Research.
"""
GOLD["jobless"] = [
    ("according to", "figures released on Tuesday", "The unemployment rate rose to 5.1% in the three months to August"),
    ("said", "the statistics office", "Employment fell by 62,000 over the period"),
    ("warn", "Economists", "the labour market is cooling faster than the central bank expected"),
    ("said", "Priyanka Desai of Harbour Research", "The jobs market is clearly loosening"),
]
NOT_REPORTS["jobless"] = [
    "Wages grew 3.2% excluding bonuses.",
    "The number of job vacancies has fallen for 14 consecutive quarters.",
]

ARTICLES["fasting_mice"] = """Fasting mice live longer, but only if they start young

Mice that fasted every other day from early adulthood lived about 15% longer than those fed freely, researchers at the Institute of Ageing in Lund reported on Thursday.

The mice were given the diet from the age of three months.

Those that began fasting in middle age gained no benefit, the team found.

The study appears in the journal Ageing Biology.

Fasting may not have the same effect in people, the authors caution.

Dr. Sofia Brandt, a gerontologist at Uppsala who was not involved in the research, said the result fitted with earlier work on worms and flies.
"""
GOLD["fasting_mice"] = [
    ("reported", "researchers at the Institute of Ageing in Lund", "Mice that fasted every other day from early adulthood lived about 15% longer than those fed freely"),
    ("found", "the team", "Those that began fasting in middle age gained no benefit"),
    ("caution", "the authors", "Fasting may not have the same effect in people"),
    ("said", "Dr. Sofia Brandt, a gerontologist at Uppsala who was not involved in the research", "the result fitted with earlier work on worms and flies"),
]
NOT_REPORTS["fasting_mice"] = [
    "The mice were given the diet from the age of three months.",
    "The study appears in the journal Ageing Biology.",
]
SPEAKERS["fasting_mice"] = [("said", "Dr. Sofia Brandt, a gerontologist at Uppsala who was not involved in the research", "Sofia Brandt", "the result")]

ARTICLES["measles"] = """Officials warn of measles exposure at airport

Health officials have warned that travellers who passed through Terminal 2 at Westford Airport on 14 May may have been exposed to measles.

An infected passenger arrived on a flight from Lisbon.

The county health department advised anyone without two doses of the vaccine to contact their doctor.

Symptoms include fever, a rash and red eyes.

"Measles is one of the most contagious diseases we know of," said county health officer Dr. Rebecca Haines.

She said there had been no further cases so far.
"""
GOLD["measles"] = [
    ("warned", "Health officials", "travellers who passed through Terminal 2 at Westford Airport on 14 May may have been exposed to measles"),
    ("advised", "The county health department", "anyone without two doses of the vaccine to contact their doctor"),
    ("said", "county health officer Dr. Rebecca Haines", "Measles is one of the most contagious diseases we know of"),
    ("said", "She", "there had been no further cases so far"),
]
NOT_REPORTS["measles"] = [
    "An infected passenger arrived on a flight from Lisbon.",
    "Symptoms include fever, a rash and red eyes.",
]
SPEAKERS["measles"] = [
    ("said", "county health officer Dr. Rebecca Haines", "Rebecca Haines", "Measles"),
    ("said", "She", "Rebecca Haines", "there had"),
]

ARTICLES["inflation"] = """Inflation eases to 2.8%

Consumer prices rose 2.8% in the year to June, down from 3.1% in May, the Federal Statistics Bureau said on Wednesday.

Food prices fell for the first time in three years.

The central bank has said it expects inflation to return to its 2% target next year.

Analysts at Vesta Capital said the figures made a rate cut in September more likely.

Energy costs are included in the index.

Rents rose by 4% over the year.
"""
GOLD["inflation"] = [
    ("said", "the Federal Statistics Bureau", "Consumer prices rose 2.8% in the year to June, down from 3.1% in May"),
    ("said", "The central bank", "it expects inflation to return to its 2% target next year"),
    ("said", "Analysts at Vesta Capital", "the figures made a rate cut in September more likely"),
]
NOT_REPORTS["inflation"] = [
    "Food prices fell for the first time in three years.",
    "Energy costs are included in the index.",
    "Rents rose by 4% over the year.",
]

ARTICLES["nuts"] = """Daily handful of nuts may lower heart risk

Eating a handful of nuts a day may lower the risk of heart disease, a large study has found.

The study followed 41,000 nurses for twenty years.

Those who ate nuts most often appeared to have a 14% lower risk than those who rarely ate them.

The researchers write that the link held after they accounted for smoking, weight and exercise.

However, experts not involved in the study cautioned that nut eaters also tend to be wealthier.

The research was funded by a growers' association.
"""
GOLD["nuts"] = [
    ("found", "a large study", "Eating a handful of nuts a day may lower the risk of heart disease"),
    ("write", "The researchers", "the link held after they accounted for smoking, weight and exercise"),
    ("cautioned", "experts not involved in the study", "nut eaters also tend to be wealthier"),
]
NOT_REPORTS["nuts"] = [
    "The study followed 41,000 nurses for twenty years.",
    "Those who ate nuts most often appeared to have a 14% lower risk than those who rarely ate them.",
    "The research was funded by a growers' association.",
]

ARTICLES["sahel"] = """Hunger rising in Sahel, UN agencies say

Nearly 9 million people in the Sahel face acute hunger during the lean season, three UN agencies said in a joint report on Friday.

The report, published by the World Food Programme, UNICEF and the Food and Agriculture Organization, says conflict and poor rains are to blame.

Food prices in the region's markets have doubled since January.

WFP's regional director, Margot Lindqvist, told reporters in Dakar that the agency had been forced to halve rations in two countries.

Aid convoys were stopped twice at checkpoints last month.
"""
GOLD["sahel"] = [
    ("said", "three UN agencies", "Nearly 9 million people in the Sahel face acute hunger during the lean season"),
    ("says", "The report, published by the World Food Programme, UNICEF and the Food and Agriculture Organization", "conflict and poor rains are to blame"),
    ("told", "WFP's regional director, Margot Lindqvist", "the agency had been forced to halve rations in two countries"),
]
NOT_REPORTS["sahel"] = [
    "Food prices in the region's markets have doubled since January.",
    "Aid convoys were stopped twice at checkpoints last month.",
]
SPEAKERS["sahel"] = [("told", "WFP's regional director, Margot Lindqvist", "Margot Lindqvist", "the agency")]

ARTICLES["insects"] = """Scientists warn of insect decline in farmland

Scientists warn that flying insects in farmland have declined by more than a third in two decades.

The team counted insects caught in 120 traps across 60 farms each summer.

The decline appears to be steepest near fields sprayed with neonicotinoids, the paper says.

"We are losing the base of the food web," the paper's lead author, Dr. Jonas Weber, said.

A farmers' union said the study did not take account of changes in the weather.

The traps were emptied every fortnight.
"""
GOLD["insects"] = [
    ("warn", "Scientists", "flying insects in farmland have declined by more than a third in two decades"),
    ("says", "the paper", "The decline appears to be steepest near fields sprayed with neonicotinoids"),
    ("said", "the paper's lead author, Dr. Jonas Weber", "We are losing the base of the food web"),
    ("said", "A farmers' union", "the study did not take account of changes in the weather"),
]
# (not 'The team counted insects ...' among the lines that report nothing: PolNeAR marks a count as a report,
# 'Forbes counted only individuals')
NOT_REPORTS["insects"] = ["The traps were emptied every fortnight."]
SPEAKERS["insects"] = [("said", "the paper's lead author, Dr. Jonas Weber", "Jonas Weber", "We are")]

ARTICLES["house_prices"] = """House prices fall for fourth month

House prices fell 0.4% in October, the fourth monthly fall in a row, according to the Kingsbridge Building Society.

The average home now costs 261,000 pounds.

Its chief economist, Alan Whitcombe, said higher mortgage rates continued to weigh on buyers.

He said prices were likely to stabilise next spring.

Separate figures from the Land Registry showed sales volumes down 12% on a year earlier.

Prices in the north rose slightly.
"""
GOLD["house_prices"] = [
    ("according to", "the Kingsbridge Building Society", "House prices fell 0.4% in October, the fourth monthly fall in a row"),
    ("said", "Its chief economist, Alan Whitcombe", "higher mortgage rates continued to weigh on buyers"),
    ("said", "He", "prices were likely to stabilise next spring"),
    ("showed", "Separate figures from the Land Registry", "sales volumes down 12% on a year earlier"),
]
NOT_REPORTS["house_prices"] = [
    "The average home now costs 261,000 pounds.",
    "Prices in the north rose slightly.",
]
SPEAKERS["house_prices"] = [("said", "He", "Alan Whitcombe", "prices")]

ARTICLES["exoplanet"] = """Telescope spots water vapour on distant planet

Astronomers say they have detected water vapour in the atmosphere of a planet 110 light years away.

The planet, known as KX-41b, orbits a small red star.

The findings, published in Astrophysical Letters, suggest the planet may have clouds.

The observations were made over six nights last year.

"This does not mean there is life there," cautioned co-author Dr. Ana Ribeiro of the University of Porto.

The telescope's mirror is 6.5 metres across.
"""
GOLD["exoplanet"] = [
    ("say", "Astronomers", "they have detected water vapour in the atmosphere of a planet 110 light years away"),
    ("suggest", "The findings, published in Astrophysical Letters", "the planet may have clouds"),
    ("cautioned", "co-author Dr. Ana Ribeiro of the University of Porto", "This does not mean there is life there"),
]
NOT_REPORTS["exoplanet"] = [
    "The planet, known as KX-41b, orbits a small red star.",
    "The observations were made over six nights last year.",
    "The telescope's mirror is 6.5 metres across.",
]
SPEAKERS["exoplanet"] = [("cautioned", "co-author Dr. Ana Ribeiro of the University of Porto", "Ana Ribeiro", "This does")]

ARTICLES["painkiller"] = """Regulator limits use of popular painkiller

The Medicines Agency has advised doctors to stop prescribing codralin to patients under 18.

The agency said a review of safety reports had found a link between the drug and rare liver damage in teenagers.

The review examined 214 reports received since 2015.

Patients should not stop taking the medicine without talking to their doctor, the agency added.

The drug has been on the market since 1998.

Its maker, Halvorsen Pharma, said it disagreed with the decision and would appeal.
"""
GOLD["painkiller"] = [
    ("advised", "The Medicines Agency", "doctors to stop prescribing codralin to patients under 18"),
    ("said", "The agency", "a review of safety reports had found a link between the drug and rare liver damage in teenagers"),
    ("added", "the agency", "Patients should not stop taking the medicine without talking to their doctor"),
    ("said", "Its maker, Halvorsen Pharma", "it disagreed with the decision and would appeal"),
]
NOT_REPORTS["painkiller"] = [
    "The review examined 214 reports received since 2015.",
    "The drug has been on the market since 1998.",
]

ARTICLES["school_air"] = """Unpublished report finds school air pollution above limits

Air pollution outside nearly 400 schools in the capital exceeds legal limits, a government report seen by the Evening Star says.

The report was completed in January but has not been published.

A spokesman for the Department for Transport said the report was "one of many inputs" to its policy.

Traffic outside schools has grown by a fifth since 2015.
"""
GOLD["school_air"] = [
    ("says", "a government report seen by the Evening Star", "Air pollution outside nearly 400 schools in the capital exceeds legal limits"),
    ("said", "A spokesman for the Department for Transport", "the report was \"one of many inputs\" to its policy"),
]
NOT_REPORTS["school_air"] = [
    "The report was completed in January but has not been published.",
    "Traffic outside schools has grown by a fifth since 2015.",
]

ARTICLES["mayor_poll"] = """Poll shows mayor's lead narrowing

Mayor Clara Stein's lead over her challenger has narrowed to four points, a poll released on Sunday shows.

The poll of 800 likely voters was conducted by Eastbrook College.

Stein is backed by 44% and councillor Mark Doyle by 40%, the poll found.

Twelve percent of voters said they were undecided.

The survey's director, Ruth Calloway, said transport had overtaken housing as the top concern.

The election is on 2 November.
"""
GOLD["mayor_poll"] = [
    ("shows", "a poll released on Sunday", "Mayor Clara Stein's lead over her challenger has narrowed to four points"),
    ("found", "the poll", "Stein is backed by 44% and councillor Mark Doyle by 40%"),
    ("said", "Twelve percent of voters", "they were undecided"),
    ("said", "The survey's director, Ruth Calloway", "transport had overtaken housing as the top concern"),
]
NOT_REPORTS["mayor_poll"] = [
    "The poll of 800 likely voters was conducted by Eastbrook College.",
    "The election is on 2 November.",
]

ARTICLES["warm_march"] = """Last month was warmest March on record, agency says

Last month was the warmest March since records began in 1880, the National Oceanic Service said on Thursday.

Global sea surface temperatures have been at record levels for eleven consecutive months, according to the service's monthly climate report.

Sea ice in the Arctic covered 14.1 million square kilometres.

The service's chief climatologist, Dr. Owen Pryce, said the figures were "alarming but not surprising".

He warned that this summer could bring more marine heatwaves.

A model car powered by sunlight set a speed record in the desert the same week.
"""
GOLD["warm_march"] = [
    ("said", "the National Oceanic Service", "Last month was the warmest March since records began in 1880"),
    ("according to", "the service's monthly climate report", "Global sea surface temperatures have been at record levels for eleven consecutive months"),
    ("said", "The service's chief climatologist, Dr. Owen Pryce", "the figures were \"alarming but not surprising\""),
    ("warned", "He", "this summer could bring more marine heatwaves"),
]
NOT_REPORTS["warm_march"] = [
    "Sea ice in the Arctic covered 14.1 million square kilometres.",
    "A model car powered by sunlight set a speed record in the desert the same week.",
]
SPEAKERS["warm_march"] = [("warned", "He", "Owen Pryce", "this summer")]

# written next, before any mend, to probe what the first set passed in other words: a journal named in a phrase
# opening the sentence, a forecast, a conclusion and an admission, a participle phrase before 'the study', a
# weekly bulletin

ARTICLES["seagrass"] = """Seagrass meadows store more carbon than thought

Writing in the journal Coastal Carbon Review, the team says seagrass meadows in the Baltic hold twice as much carbon as earlier estimates assumed.

The divers took 240 sediment cores from 31 meadows.

The researchers conclude that protecting the meadows would be a cheap way to offset emissions.

They acknowledge that the cores were taken only in summer.

Boat anchors have scarred about a tenth of the meadows, the study found.
"""
GOLD["seagrass"] = [
    ("says", "the team", "seagrass meadows in the Baltic hold twice as much carbon as earlier estimates assumed"),
    ("conclude", "The researchers", "protecting the meadows would be a cheap way to offset emissions"),
    ("acknowledge", "They", "the cores were taken only in summer"),
    ("found", "the study", "Boat anchors have scarred about a tenth of the meadows"),
]
NOT_REPORTS["seagrass"] = ["The divers took 240 sediment cores from 31 meadows."]
SPEAKERS["seagrass"] = [("says", "the team", "team", "seagrass")]

ARTICLES["growth_forecast"] = """Economy to grow 1.1% next year, think tank forecasts

The Harwick Institute forecasts that the economy will grow by 1.1% next year, down from 1.6% this year.

Inflation is expected to fall below 2% by the autumn, the institute said.

Its director, Paul Enright, said the main risk was a slowdown in exports.

The institute publishes its forecasts four times a year.

The forecast was revised down in March.
"""
GOLD["growth_forecast"] = [
    ("forecasts", "The Harwick Institute", "the economy will grow by 1.1% next year, down from 1.6% this year"),
    ("said", "the institute", "Inflation is expected to fall below 2% by the autumn"),
    ("said", "Its director, Paul Enright", "the main risk was a slowdown in exports"),
]
# (not 'The institute publishes its forecasts ...': PolNeAR marks what a body publishes, 'X publishes more
# than 20 magazines a year')
NOT_REPORTS["growth_forecast"] = ["The forecast was revised down in March."]
SPEAKERS["growth_forecast"] = [("said", "Its director, Paul Enright", "Paul Enright", "the main")]

ARTICLES["loneliness"] = """Loneliness linked to poorer sleep in older adults

Published in the journal Gerontology Reports, the study found that lonely adults over 65 woke up more often during the night.

The participants wore wrist monitors for two weeks.

According to the paper, the effect was strongest among men living alone.

"Loneliness is a health risk, not just a social one," said co-author Dr. Mirela Popescu.

The study did not look at people living in care homes.
"""
GOLD["loneliness"] = [
    ("found", "the study", "lonely adults over 65 woke up more often during the night"),
    ("According to", "the paper", "the effect was strongest among men living alone"),
    ("said", "co-author Dr. Mirela Popescu", "Loneliness is a health risk, not just a social one"),
]
NOT_REPORTS["loneliness"] = [
    "The participants wore wrist monitors for two weeks.",
    "The study did not look at people living in care homes.",
]
SPEAKERS["loneliness"] = [("said", "co-author Dr. Mirela Popescu", "Mirela Popescu", "Loneliness")]

ARTICLES["dengue"] = """Dengue cases climb after heavy rains

Dengue cases have risen fivefold since the start of the rainy season, the health ministry said in its weekly bulletin.

The bulletin showed 3,412 confirmed cases and 19 deaths.

The World Health Organization has advised people to empty containers of standing water around their homes.

Fumigation teams were sent to 40 districts.

A district nurse, who asked not to be named, told the agency that clinics had run out of test kits.
"""
GOLD["dengue"] = [
    ("said", "the health ministry", "Dengue cases have risen fivefold since the start of the rainy season"),
    ("showed", "The bulletin", "3,412 confirmed cases and 19 deaths"),
    ("advised", "The World Health Organization", "people to empty containers of standing water around their homes"),
    ("told", "A district nurse, who asked not to be named", "clinics had run out of test kits"),
]
NOT_REPORTS["dengue"] = ["Fumigation teams were sent to 40 districts."]

# written after the mends, to probe the mended shapes in other words: a role 'for' or 'at' the WHO (the acronym
# read as the pronoun 'who'), a journal named before 'the team', a ministry's bulletin

ARTICLES["mpox_update"] = """Mpox cases fall for third week, WHO says

New mpox cases fell by a fifth in the past week, the WHO said in its latest update.

A spokesperson for the WHO said the agency was still worried about outbreaks in prisons.

"We are not out of the woods yet," a senior official at the WHO told reporters in Geneva.

Vaccination began in the capital in August.

In the journal Tropical Medicine Letters, the team says most infections were passed on within households.

The health ministry's weekly bulletin showed 212 new cases.
"""
GOLD["mpox_update"] = [
    ("said", "the WHO", "New mpox cases fell by a fifth in the past week"),
    ("said", "A spokesperson for the WHO", "the agency was still worried about outbreaks in prisons"),
    ("told", "a senior official at the WHO", "We are not out of the woods yet"),
    ("says", "the team", "most infections were passed on within households"),
    ("showed", "The health ministry's weekly bulletin", "212 new cases"),
]
NOT_REPORTS["mpox_update"] = ["Vaccination began in the capital in August."]
SPEAKERS["mpox_update"] = [
    ("said", "A spokesperson for the WHO", "spokesperson for the WHO", "the agency"),
    ("says", "the team", "team", "most"),
]
