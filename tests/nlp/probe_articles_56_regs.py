# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty-eight short articles written for the fifty-sixth session's red team on registers (helper regs): twelve
sports reports (managers after the match, players to a broadcaster, a referee's report, fan chants, scores and
tables), twelve court and crime reports ('the prosecutor argued', 'the judge ruled', 'according to court papers',
'the defendant denied', 'testified', verdicts and sentences narrated), twelve science and health stories ('the
study found', 'researchers said', 'the authors caution', 'the trial involved 400 patients', results in figures)
and twelve business stories (earnings calls, 'analysts expect', 'the company said in a filing', guidance, share
moves). The gold is written by hand: (a word of the cue, the source, the first content span) per attribution, as
PolNeAR marks them (NOTES.md: internal states and evaluations count, sources are maximal). Every name, team,
court, journal, company and figure is made up. Read by ``test_probe_findings_56_regs``; ``NOT_REPORTS`` holds
lines that report nothing, ``STILL_WRONG`` the reports still missed or cut wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

# ---------------------------------------------------------------- sports
ARTICLES["sp_derby"] = """Harlow Town 2 Milbury Rovers 1

Harlow Town came from behind to win the derby on Saturday, with Dean Okafor scoring twice in the last ten minutes.

"The lads never stopped believing," Harlow manager Phil Carver told BBC Radio Essex. "That second half was as good as anything we have produced this season."

Milbury boss Gary Lund insisted his side deserved at least a point. The result lifts Harlow to fifth in the table.
"""
GOLD["sp_derby"] = [
    ("told", "Harlow manager Phil Carver", "The lads never stopped believing"),
    ("insisted", "Milbury boss Gary Lund", "his side deserved at least a point"),
]
NOT_REPORTS["sp_derby"] = ["Harlow Town came from behind to win the derby on Saturday, with Dean Okafor scoring twice in the last ten minutes.", "The result lifts Harlow to fifth in the table."]

ARTICLES["sp_penalty"] = """Late penalty sparks fury at Calder Park

Calder United were beaten 1-0 by a stoppage-time penalty awarded for handball. The ball appeared to strike the defender's shoulder, and replays were inconclusive.

Calder captain Ross Deane said the decision was "a joke". The referee, Martin Hale, declined to comment after the match.

The club said it would write to the league about the standard of officiating.
"""
GOLD["sp_penalty"] = [
    ("said", "Calder captain Ross Deane", "the decision was \"a joke\""),
    ("said", "The club", "it would write to the league about the standard of officiating"),
]
NOT_REPORTS["sp_penalty"] = ["Calder United were beaten 1-0 by a stoppage-time penalty awarded for handball."]
# ('The ball appeared to strike' is left out of both: PolNeAR marks most 'appeared to' as a cue with no source)

ARTICLES["sp_tennis"] = """Vasquez survives scare to reach quarter-finals

Lucia Vasquez saved three match points before beating the qualifier Anna Brink 4-6 7-6 7-5 in two hours and 48 minutes.

"I was thinking about my flight home," Vasquez admitted afterwards. "Then something changed and I started to hit the ball freely."

Brink, ranked 140th in the world, served for the match twice in the third set. She said she was proud of how she had played.
"""
GOLD["sp_tennis"] = [
    ("admitted", "Vasquez", "I was thinking about my flight home"),
    ("said", "She", "she was proud of how she had played"),
]
NOT_REPORTS["sp_tennis"] = ["Lucia Vasquez saved three match points before beating the qualifier Anna Brink 4-6 7-6 7-5 in two hours and 48 minutes.", "Brink, ranked 140th in the world, served for the match twice in the third set."]

ARTICLES["sp_transfer"] = """Striker set for medical ahead of record move

Kingsport are close to signing the striker Tomas Beck for a club-record fee of 28 million pounds, according to people familiar with the talks.

Beck's agent said no agreement had been reached. Kingsport's head coach, Elena Marsh, refused to discuss individual players but said the squad needed "more goals from somewhere".

Beck scored 19 league goals last season.
"""
GOLD["sp_transfer"] = [
    ("according to", "people familiar with the talks", "Kingsport are close to signing the striker Tomas Beck for a club-record fee of 28 million pounds"),
    ("said", "Beck's agent", "no agreement had been reached"),
]
NOT_REPORTS["sp_transfer"] = ["Beck scored 19 league goals last season."]

ARTICLES["sp_cricket"] = """Rain frustrates hosts on final day

Only 31 overs were possible on the final day as the second Test ended in a draw. The visitors finished on 212 for six, still 140 runs behind.

The home captain, Rohan Pillai, said he felt his side had been "robbed by the weather". Groundstaff worked through the lunch break to clear the covers.

The series continues in Wellbridge on Thursday.
"""
GOLD["sp_cricket"] = [
    ("said", "The home captain, Rohan Pillai", "he felt his side had been \"robbed by the weather\""),
]
NOT_REPORTS["sp_cricket"] = ["Only 31 overs were possible on the final day as the second Test ended in a draw.", "The visitors finished on 212 for six, still 140 runs behind.", "Groundstaff worked through the lunch break to clear the covers.", "The series continues in Wellbridge on Thursday."]

ARTICLES["sp_injury"] = """Keeper faces three months out

Eastvale goalkeeper Sam Rudd will miss the rest of the season after tearing a thigh muscle in training, the club confirmed on Monday.

Manager Ian Coles described the injury as a huge blow. "Sam has been our best player," he said.

Rudd has kept 11 clean sheets in 24 appearances.
"""
GOLD["sp_injury"] = [
    ("confirmed", "the club", "Eastvale goalkeeper Sam Rudd will miss the rest of the season after tearing a thigh muscle in training"),
    ("described", "Manager Ian Coles", "the injury as a huge blow"),
    ("said", "he", "Sam has been our best player"),
]
NOT_REPORTS["sp_injury"] = ["Rudd has kept 11 clean sheets in 24 appearances."]

ARTICLES["sp_chants"] = """Club condemns chants at Ferris Road

Home supporters chanted "You're not welcome here" at the visiting goalkeeper throughout the second half. Stewards ejected four fans.

In a statement, Ferris Athletic said the chants had no place in football. The league said it was investigating.

The match finished goalless.
"""
GOLD["sp_chants"] = [
    ("said", "Ferris Athletic", "the chants had no place in football"),
    ("said", "The league", "it was investigating"),
]
NOT_REPORTS["sp_chants"] = ["Stewards ejected four fans.", "The match finished goalless."]

ARTICLES["sp_marathon"] = """Kiprono breaks course record in Danford

Joseph Kiprono won the Danford Marathon in 2:04:51, cutting 38 seconds from the course record. Temperatures stayed below 12 degrees for most of the race.

Kiprono told reporters he had planned to go with the pacemakers until 30 kilometres. His coach believes he can run under 2:03 this year.

Results: 1 Kiprono 2:04:51; 2 Abel Tesfaye 2:05:30; 3 Marco Ruiz 2:06:02.
"""
GOLD["sp_marathon"] = [
    ("told", "Kiprono", "he had planned to go with the pacemakers until 30 kilometres"),
    ("believes", "His coach", "he can run under 2:03 this year"),
]
NOT_REPORTS["sp_marathon"] = ["Joseph Kiprono won the Danford Marathon in 2:04:51, cutting 38 seconds from the course record.", "Temperatures stayed below 12 degrees for most of the race.", "Results: 1 Kiprono 2:04:51; 2 Abel Tesfaye 2:05:30; 3 Marco Ruiz 2:06:02."]

ARTICLES["sp_sacked"] = """Northfield part company with Grant

Northfield have sacked manager Lee Grant after a run of seven defeats in eight games. Assistant Kevin Moss will take charge for Saturday's trip to Ashcombe.

Chairman Robert Fane thanked Grant for his work but said results had "fallen well short". Grant was appointed in June on a three-year contract.
"""
GOLD["sp_sacked"] = [
    ("said", "Chairman Robert Fane", "results had \"fallen well short\""),
]
NOT_REPORTS["sp_sacked"] = ["Northfield have sacked manager Lee Grant after a run of seven defeats in eight games.", "Assistant Kevin Moss will take charge for Saturday's trip to Ashcombe.", "Grant was appointed in June on a three-year contract."]

ARTICLES["sp_var"] = """Officials admit error over disallowed goal

The referees' body has admitted that a goal by Wrenford's Nico Salas should not have been ruled out for offside. Salas was level with the last defender when the ball was played.

"It was a clear mistake and we have apologised to the club," the body's chief refereeing officer, Helen Drake, said. Wrenford lost the game 2-1.
"""
GOLD["sp_var"] = [
    ("admitted", "The referees' body", "a goal by Wrenford's Nico Salas should not have been ruled out for offside"),
    ("said", "the body's chief refereeing officer, Helen Drake", "It was a clear mistake and we have apologised to the club"),
]
NOT_REPORTS["sp_var"] = ["Salas was level with the last defender when the ball was played.", "Wrenford lost the game 2-1."]

ARTICLES["sp_rugby"] = """Brennan ruled out of tour

Ireland A flanker Cian Brennan has been ruled out of the summer tour with a shoulder injury. He had been expected to win his first cap.

Head coach Declan Rowe said the news was "gutting for Cian". Brennan posted on social media that he would be back stronger.
"""
GOLD["sp_rugby"] = [
    ("said", "Head coach Declan Rowe", "the news was \"gutting for Cian\""),
    ("posted", "Brennan", "he would be back stronger"),
]
NOT_REPORTS["sp_rugby"] = ["Ireland A flanker Cian Brennan has been ruled out of the summer tour with a shoulder injury."]

ARTICLES["sp_f1"] = """Moreau takes pole in Valdora

Claire Moreau took pole position for the Valdora Grand Prix by a tenth of a second. Her teammate qualified sixth after a spin in the final session.

"The car felt alive today," Moreau said over the team radio. Team principal Otto Kranz warned that tyre wear could decide the race.
"""
GOLD["sp_f1"] = [
    ("said", "Moreau", "The car felt alive today"),
    ("warned", "Team principal Otto Kranz", "tyre wear could decide the race"),
]
NOT_REPORTS["sp_f1"] = ["Claire Moreau took pole position for the Valdora Grand Prix by a tenth of a second.", "Her teammate qualified sixth after a spin in the final session."]

# ---------------------------------------------------------------- court and crime
ARTICLES["ct_fraud"] = """Former bank manager jailed for fraud

A former bank manager who stole 400,000 pounds from elderly customers was jailed for six years on Friday.

Prosecutor Anne Whitby told the court that Paul Denning had targeted customers with dementia. Denning, 52, admitted 14 counts of fraud at an earlier hearing.

Judge Martin Rees said the offences were "a gross breach of trust".
"""
GOLD["ct_fraud"] = [
    ("told", "Prosecutor Anne Whitby", "Paul Denning had targeted customers with dementia"),
    ("said", "Judge Martin Rees", "the offences were \"a gross breach of trust\""),
]
NOT_REPORTS["ct_fraud"] = ["A former bank manager who stole 400,000 pounds from elderly customers was jailed for six years on Friday."]

ARTICLES["ct_murder"] = """Man denies murdering neighbour

A 34-year-old man has denied murdering his neighbour during a row over a parking space.

Daniel Pryce told the jury he had acted in self-defence. The prosecution argued that Pryce had armed himself before leaving his flat.

The trial continues.
"""
GOLD["ct_murder"] = [
    ("told", "Daniel Pryce", "he had acted in self-defence"),
    ("argued", "The prosecution", "Pryce had armed himself before leaving his flat"),
]
NOT_REPORTS["ct_murder"] = ["The trial continues."]

ARTICLES["ct_papers"] = """Developer accused of bribing officials

A property developer paid council officials to approve a housing scheme, according to court papers filed on Tuesday.

The documents allege that Harold Vance made payments totalling 90,000 dollars through a consultancy. Vance's lawyer said his client would fight the charges.

Vance was released on bail.
"""
GOLD["ct_papers"] = [
    ("according to", "court papers filed on Tuesday", "A property developer paid council officials to approve a housing scheme"),
    ("allege", "The documents", "Harold Vance made payments totalling 90,000 dollars through a consultancy"),
    ("said", "Vance's lawyer", "his client would fight the charges"),
]
NOT_REPORTS["ct_papers"] = ["Vance was released on bail."]

ARTICLES["ct_testify"] = """Witness describes night of the fire

A neighbour testified on Wednesday that she saw two men running from the warehouse minutes before the fire.

"They were laughing," Mary Olsen told the court. Under cross-examination, she accepted that the street lighting was poor.

The warehouse was destroyed and three firefighters were injured.
"""
GOLD["ct_testify"] = [
    ("testified", "A neighbour", "she saw two men running from the warehouse minutes before the fire"),
    ("told", "Mary Olsen", "They were laughing"),
    ("accepted", "she", "the street lighting was poor"),
]
NOT_REPORTS["ct_testify"] = ["The warehouse was destroyed and three firefighters were injured."]

ARTICLES["ct_ruling"] = """Court blocks plan to close hospital ward

The High Court has ruled that the health board acted unlawfully when it closed the maternity ward at Danby General without consultation.

Mr Justice Halloran found that the board had ignored its own guidance. The board said it was disappointed and would consider an appeal.

The ward will reopen next month.
"""
GOLD["ct_ruling"] = [
    ("ruled", "The High Court", "the health board acted unlawfully when it closed the maternity ward at Danby General without consultation"),
    ("found", "Mr Justice Halloran", "the board had ignored its own guidance"),
    ("said", "The board", "it was disappointed and would consider an appeal"),
]
NOT_REPORTS["ct_ruling"] = ["The ward will reopen next month."]

ARTICLES["ct_police"] = """Police appeal after cyclist injured

A cyclist suffered serious head injuries after being struck by a van in Ollerton Road on Sunday evening.

Police said the driver did not stop. Detectives are appealing for dashcam footage and believe the van was white.

Officers closed the road for six hours.
"""
GOLD["ct_police"] = [
    ("said", "Police", "the driver did not stop"),
]
NOT_REPORTS["ct_police"] = ["A cyclist suffered serious head injuries after being struck by a van in Ollerton Road on Sunday evening.", "Officers closed the road for six hours."]

ARTICLES["ct_plea"] = """Teenager admits arson at school

A 17-year-old boy has admitted setting fire to a primary school in Kelby, causing damage worth 1.2 million pounds.

The teenager, who cannot be named for legal reasons, was remanded in custody. His barrister told magistrates the boy had been struggling with his mental health.

He will be sentenced in March.
"""
GOLD["ct_plea"] = [
    ("told", "His barrister", "the boy had been struggling with his mental health"),
]
NOT_REPORTS["ct_plea"] = ["The teenager, who cannot be named for legal reasons, was remanded in custody.", "He will be sentenced in March."]

ARTICLES["ct_appeal"] = """Appeal court quashes conviction

The Court of Appeal has quashed the conviction of a man who spent nine years in prison for a robbery.

Judges said fresh DNA evidence made the verdict unsafe. Outside court, Liam Foster said he wanted an apology from the police.

Foster was freed last year pending the appeal.
"""
GOLD["ct_appeal"] = [
    ("said", "Judges", "fresh DNA evidence made the verdict unsafe"),
    ("said", "Liam Foster", "he wanted an apology from the police"),
]
NOT_REPORTS["ct_appeal"] = ["The Court of Appeal has quashed the conviction of a man who spent nine years in prison for a robbery.", "Foster was freed last year pending the appeal."]

ARTICLES["ct_drugs"] = """Drugs gang members sentenced

Five members of a gang that flooded the region with cocaine have been jailed for a total of 47 years.

Detective Inspector Sara Coyle said the sentences sent a clear message. The gang used hire cars and burner phones to avoid detection, the court heard.

Officers seized 3 kilograms of the drug in raids last spring.
"""
GOLD["ct_drugs"] = [
    ("said", "Detective Inspector Sara Coyle", "the sentences sent a clear message"),
]
NOT_REPORTS["ct_drugs"] = ["Five members of a gang that flooded the region with cocaine have been jailed for a total of 47 years.", "Officers seized 3 kilograms of the drug in raids last spring."]

ARTICLES["ct_civil"] = """Singer sues label over royalties

The singer Maya Torres is suing her former record label for unpaid royalties, claiming it hid income from streaming.

In the lawsuit, Torres says she is owed at least 3 million dollars. The label denied any wrongdoing and said the claim was without merit.

A hearing is scheduled for June.
"""
GOLD["ct_civil"] = [
    ("says", "Torres", "she is owed at least 3 million dollars"),
    ("said", "The label", "the claim was without merit"),
]
NOT_REPORTS["ct_civil"] = ["A hearing is scheduled for June."]

ARTICLES["ct_jury"] = """Jury clears nurse of manslaughter

A nurse accused of causing a patient's death by giving the wrong dose has been found not guilty of manslaughter.

The jury deliberated for nine hours. Her solicitor said she was relieved and wanted to return to work.

The patient, 81, died in February last year.
"""
GOLD["ct_jury"] = [
    ("said", "Her solicitor", "she was relieved and wanted to return to work"),
]
NOT_REPORTS["ct_jury"] = ["A nurse accused of causing a patient's death by giving the wrong dose has been found not guilty of manslaughter.", "The jury deliberated for nine hours.", "The patient, 81, died in February last year."]

ARTICLES["ct_inquest"] = """Inquest hears of delays in ambulance response

An ambulance took 47 minutes to reach a man who had collapsed at home, an inquest heard.

His wife, Janet Hill, said she had called three times. The coroner, Dr Alan Pike, recorded a narrative conclusion and said the delay had probably contributed to the death.

The ambulance service has since changed its procedures.
"""
GOLD["ct_inquest"] = [
    ("said", "His wife, Janet Hill", "she had called three times"),
]
NOT_REPORTS["ct_inquest"] = ["The ambulance service has since changed its procedures."]

# ---------------------------------------------------------------- science and health
ARTICLES["sc_coffee"] = """Coffee linked to lower risk of liver disease

People who drink two to three cups of coffee a day are less likely to develop chronic liver disease, a study has found.

The researchers followed 120,000 adults for eleven years. The benefit was seen for ground and instant coffee alike.

The authors caution that the study was observational and cannot prove cause and effect.
"""
GOLD["sc_coffee"] = [
    ("found", "a study", "People who drink two to three cups of coffee a day are less likely to develop chronic liver disease"),
    ("caution", "The authors", "the study was observational and cannot prove cause and effect"),
]
NOT_REPORTS["sc_coffee"] = ["The researchers followed 120,000 adults for eleven years.", "The benefit was seen for ground and instant coffee alike."]

ARTICLES["sc_drug"] = """New drug slows memory decline in trial

An experimental drug slowed memory decline by 27 percent over 18 months, its maker said on Wednesday.

The trial involved 1,800 patients with early Alzheimer's disease. Brain swelling was reported in 12 percent of those who received the drug.

Dr Ruth Abara, a neurologist who was not involved in the study, said the results were "modest but real".
"""
GOLD["sc_drug"] = [
    ("said", "its maker", "An experimental drug slowed memory decline by 27 percent over 18 months"),
    ("said", "Dr Ruth Abara, a neurologist who was not involved in the study", "the results were \"modest but real\""),
]
NOT_REPORTS["sc_drug"] = ["The trial involved 1,800 patients with early Alzheimer's disease."]

ARTICLES["sc_space"] = """Telescope spots water vapour on distant planet

Astronomers have detected water vapour in the atmosphere of a planet 110 light years from Earth.

The planet is about twice the size of Earth and orbits a red dwarf star every 33 days. "This is the first time we have seen water on a world this small," said Professor Ivan Petrov of Lindfield University.

The findings are published in the journal Astral Letters.
"""
GOLD["sc_space"] = [
    ("said", "Professor Ivan Petrov of Lindfield University", "This is the first time we have seen water on a world this small"),
]
NOT_REPORTS["sc_space"] = ["The planet is about twice the size of Earth and orbits a red dwarf star every 33 days.", "The findings are published in the journal Astral Letters."]

ARTICLES["sc_screen"] = """Screen time tied to poorer sleep in teenagers

Teenagers who use phones after 10 p.m. sleep on average 40 minutes less than those who do not, according to a survey of 9,000 pupils.

The study's lead author, Dr Hannah Voss, said parents should keep devices out of bedrooms. A spokesperson for the journal said the paper had been peer reviewed.

Participants completed questionnaires at school.
"""
GOLD["sc_screen"] = [
    ("according to", "a survey of 9,000 pupils", "Teenagers who use phones after 10 p.m. sleep on average 40 minutes less than those who do not"),
    ("said", "The study's lead author, Dr Hannah Voss", "parents should keep devices out of bedrooms"),
    ("said", "A spokesperson for the journal", "the paper had been peer reviewed"),
]
NOT_REPORTS["sc_screen"] = ["Participants completed questionnaires at school."]

ARTICLES["sc_climate"] = """Glaciers losing ice faster than expected

Mountain glaciers lost 6 percent of their volume between 2015 and 2025, researchers reported on Monday.

The team used satellite images to measure changes in more than 200,000 glaciers. Their analysis suggests that half of the world's glaciers could vanish by 2100.

Lead researcher Dr Tomas Eklund warned that water supplies for millions of people were at risk.
"""
GOLD["sc_climate"] = [
    ("reported", "researchers", "Mountain glaciers lost 6 percent of their volume between 2015 and 2025"),
    ("suggests", "Their analysis", "half of the world's glaciers could vanish by 2100"),
    ("warned", "Lead researcher Dr Tomas Eklund", "water supplies for millions of people were at risk"),
]
NOT_REPORTS["sc_climate"] = ["The team used satellite images to measure changes in more than 200,000 glaciers."]

ARTICLES["sc_vaccine"] = """Health agency recommends booster for over-75s

The National Health Agency has recommended a booster dose of the flu vaccine for everyone over 75 this winter.

Uptake last year was 64 percent. Officials say a second dose could prevent thousands of hospital admissions.

Clinics will open from 1 October.
"""
GOLD["sc_vaccine"] = [
    ("say", "Officials", "a second dose could prevent thousands of hospital admissions"),
]
NOT_REPORTS["sc_vaccine"] = ["Uptake last year was 64 percent.", "Clinics will open from 1 October."]

ARTICLES["sc_diet"] = """Mediterranean diet study retracted

A widely cited study on the Mediterranean diet has been retracted after errors were found in how participants were assigned to groups.

The journal said the conclusions were no longer reliable. The authors have reanalysed the data and maintain that the diet lowers the risk of heart attacks.

The original paper had been cited more than 3,000 times.
"""
GOLD["sc_diet"] = [
    ("said", "The journal", "the conclusions were no longer reliable"),
    ("maintain", "The authors", "the diet lowers the risk of heart attacks"),
]
NOT_REPORTS["sc_diet"] = ["The original paper had been cited more than 3,000 times."]

ARTICLES["sc_bees"] = """Pesticide harms bumblebee navigation, experiment shows

Bumblebees exposed to a common pesticide were twice as likely to get lost on their way back to the nest, an experiment has shown.

Scientists fitted 300 bees with tiny radio tags. Only 41 percent of the exposed bees returned, compared with 83 percent of the others.

The manufacturer said the doses used were far higher than those found in fields.
"""
GOLD["sc_bees"] = [
    ("shown", "an experiment", "Bumblebees exposed to a common pesticide were twice as likely to get lost on their way back to the nest"),
    ("said", "The manufacturer", "the doses used were far higher than those found in fields"),
]
NOT_REPORTS["sc_bees"] = ["Scientists fitted 300 bees with tiny radio tags.", "Only 41 percent of the exposed bees returned, compared with 83 percent of the others."]

ARTICLES["sc_outbreak"] = """Measles cases rise in the south-west

Health officials have confirmed 37 cases of measles in the south-west since January, most of them in unvaccinated children.

Dr Priya Nair, a consultant in health protection, urged parents to check their children's records. She said measles was highly infectious.

Symptoms include fever, a rash and sore eyes.
"""
GOLD["sc_outbreak"] = [
    ("urged", "Dr Priya Nair, a consultant in health protection", "parents to check their children's records"),
    ("said", "She", "measles was highly infectious"),
]
NOT_REPORTS["sc_outbreak"] = ["Symptoms include fever, a rash and sore eyes."]

ARTICLES["sc_fossil"] = """Fossil pushes back origin of feathers

A 240-million-year-old fossil found in a quarry shows that feathers evolved earlier than thought, palaeontologists say.

The specimen is about the size of a crow. Dr Lena Strand, who led the dig, said the find was "extraordinary".

Some experts doubt that the structures are feathers at all.
"""
GOLD["sc_fossil"] = [
    ("say", "palaeontologists", "A 240-million-year-old fossil found in a quarry shows that feathers evolved earlier than thought"),
    ("said", "Dr Lena Strand, who led the dig", "the find was \"extraordinary\""),
    ("doubt", "Some experts", "the structures are feathers at all"),
]
NOT_REPORTS["sc_fossil"] = ["The specimen is about the size of a crow."]

ARTICLES["sc_sleep"] = """Short naps may boost memory

A 20-minute nap improved recall in a word test by 15 percent, a small study suggests.

Forty students took part. The effect disappeared when naps lasted longer than an hour.

The researchers plan a larger trial next year.
"""
GOLD["sc_sleep"] = [
    ("suggests", "a small study", "A 20-minute nap improved recall in a word test by 15 percent"),
]
NOT_REPORTS["sc_sleep"] = ["Forty students took part.", "The effect disappeared when naps lasted longer than an hour.", "The researchers plan a larger trial next year."]

ARTICLES["sc_hospital"] = """Waiting times at record high

Figures published on Thursday show that 7.2 million people are waiting for hospital treatment.

The Royal College of Surgeons said the figures were "deeply worrying". The health department said it was investing in new surgical hubs.

Table: Patients waiting more than 52 weeks, by region.
"""
GOLD["sc_hospital"] = [
    ("show", "Figures published on Thursday", "7.2 million people are waiting for hospital treatment"),
    ("said", "The Royal College of Surgeons", "the figures were \"deeply worrying\""),
    ("said", "The health department", "it was investing in new surgical hubs"),
]
NOT_REPORTS["sc_hospital"] = ["Table: Patients waiting more than 52 weeks, by region."]

# ---------------------------------------------------------------- business
ARTICLES["bz_earnings"] = """Brightline profit beats forecasts

Brightline Foods reported a pre-tax profit of 412 million pounds for the year, up 9 percent and ahead of analysts' forecasts.

Chief executive Sarah Kemp said the company had "gained market share in every category". Shares rose 4 percent in early trading.

Revenue was 5.1 billion pounds.
"""
GOLD["bz_earnings"] = [
    ("said", "Chief executive Sarah Kemp", "the company had \"gained market share in every category\""),
]
NOT_REPORTS["bz_earnings"] = ["Shares rose 4 percent in early trading.", "Revenue was 5.1 billion pounds."]

ARTICLES["bz_filing"] = """Carrow Motors warns of chip shortage

Carrow Motors said in a filing on Tuesday that a shortage of chips could cut production by up to 80,000 vehicles this quarter.

Analysts expect the carmaker to lower its full-year guidance when it reports results next month. The company's shares fell 6 percent.

Carrow built 1.4 million vehicles last year.
"""
GOLD["bz_filing"] = [
    ("said", "Carrow Motors", "a shortage of chips could cut production by up to 80,000 vehicles this quarter"),
    ("expect", "Analysts", "the carmaker to lower its full-year guidance when it reports results next month"),
]
NOT_REPORTS["bz_filing"] = ["The company's shares fell 6 percent.", "Carrow built 1.4 million vehicles last year."]

ARTICLES["bz_call"] = """Retailer sees tough Christmas

Speaking on a call with analysts, Helix Stores finance chief Mark Tull said consumers were "clearly under pressure".

The retailer cut its profit forecast for the second time this year and now expects earnings of 180 million pounds. It will close 30 stores.

Helix employs 21,000 people.
"""
GOLD["bz_call"] = [
    ("said", "Helix Stores finance chief Mark Tull", "consumers were \"clearly under pressure\""),
    ("expects", "The retailer", "earnings of 180 million pounds"),
]
NOT_REPORTS["bz_call"] = ["It will close 30 stores.", "Helix employs 21,000 people."]

ARTICLES["bz_merger"] = """Telecom groups agree merger

Vantel and Orbis Networks have agreed to merge in a deal worth 14 billion euros, the companies announced on Monday.

The combined group would have 38 million customers. Regulators are expected to examine the deal closely, and consumer groups fear prices will rise.

The deal is due to close next year.
"""
GOLD["bz_merger"] = [
    ("announced", "the companies", "Vantel and Orbis Networks have agreed to merge in a deal worth 14 billion euros"),
    ("fear", "consumer groups", "prices will rise"),
]
NOT_REPORTS["bz_merger"] = ["The combined group would have 38 million customers.", "The deal is due to close next year."]

ARTICLES["bz_rates"] = """Central bank holds rates

The central bank kept its main interest rate at 4.25 percent on Thursday. Governor Anita Shah said inflation was falling but remained too high.

Economists polled by the agency expect the first cut in the spring. The currency was little changed.
"""
GOLD["bz_rates"] = [
    ("said", "Governor Anita Shah", "inflation was falling but remained too high"),
    ("expect", "Economists polled by the agency", "the first cut in the spring"),
]
NOT_REPORTS["bz_rates"] = ["The central bank kept its main interest rate at 4.25 percent on Thursday.", "The currency was little changed."]

ARTICLES["bz_layoffs"] = """Software firm to cut 900 jobs

Quillon Software will cut 900 jobs, about 8 percent of its workforce, the company told staff in an email on Wednesday.

The firm blamed slowing demand from corporate customers. A union representative said workers had been given no warning.

Quillon's revenue grew 3 percent last quarter.
"""
GOLD["bz_layoffs"] = [
    ("told", "the company", "Quillon Software will cut 900 jobs, about 8 percent of its workforce"),
    ("said", "A union representative", "workers had been given no warning"),
]
NOT_REPORTS["bz_layoffs"] = ["Quillon's revenue grew 3 percent last quarter."]

ARTICLES["bz_startup"] = """Delivery start-up raises 60 million

Parcelo, a delivery start-up based in Lisbon, has raised 60 million dollars from investors led by Ridgeway Capital.

Co-founder Ines Moura said the money would pay for expansion into Spain and Italy. The company was valued at 400 million dollars, according to a person with knowledge of the deal.

Parcelo was founded in 2021.
"""
GOLD["bz_startup"] = [
    ("said", "Co-founder Ines Moura", "the money would pay for expansion into Spain and Italy"),
    ("according to", "a person with knowledge of the deal", "The company was valued at 400 million dollars"),
]
NOT_REPORTS["bz_startup"] = ["Parcelo, a delivery start-up based in Lisbon, has raised 60 million dollars from investors led by Ridgeway Capital.", "Parcelo was founded in 2021."]

ARTICLES["bz_oil"] = """Oil price climbs on supply fears

Brent crude rose 3 percent to 88 dollars a barrel on Tuesday. Traders worry that output cuts will tighten supply over the winter.

"The market is underestimating the risk," said Kate Moreno, an analyst at Fenwick Bank.

Prices have risen 12 percent this year.
"""
GOLD["bz_oil"] = [
    ("worry", "Traders", "output cuts will tighten supply over the winter"),
    ("said", "Kate Moreno, an analyst at Fenwick Bank", "The market is underestimating the risk"),
]
NOT_REPORTS["bz_oil"] = ["Brent crude rose 3 percent to 88 dollars a barrel on Tuesday.", "Prices have risen 12 percent this year."]

ARTICLES["bz_guidance"] = """Pharma group raises outlook

Marlow Pharma raised its full-year sales forecast on Thursday after strong demand for its diabetes drug.

The company now expects sales to grow by 11 to 13 percent. Chief executive Tom Berger told investors the drug could become the group's biggest product by 2028.

Sales of the drug doubled in the first half.
"""
GOLD["bz_guidance"] = [
    ("expects", "The company", "sales to grow by 11 to 13 percent"),
    ("told", "Chief executive Tom Berger", "the drug could become the group's biggest product by 2028"),
]
NOT_REPORTS["bz_guidance"] = ["Marlow Pharma raised its full-year sales forecast on Thursday after strong demand for its diabetes drug.", "Sales of the drug doubled in the first half."]

ARTICLES["bz_airline"] = """Airline fined over refunds

Skyway was fined 2 million pounds by the aviation regulator for failing to refund passengers on time.

The regulator said thousands of passengers had waited more than six months. Skyway apologised and said it had hired 200 extra staff.

The airline carried 19 million passengers last year.
"""
GOLD["bz_airline"] = [
    ("said", "The regulator", "thousands of passengers had waited more than six months"),
    ("said", "Skyway", "it had hired 200 extra staff"),
]
NOT_REPORTS["bz_airline"] = ["Skyway was fined 2 million pounds by the aviation regulator for failing to refund passengers on time.", "The airline carried 19 million passengers last year."]

ARTICLES["bz_housing"] = """House prices fall for third month

House prices fell 0.4 percent in May, the third monthly fall in a row, according to the Harbour Building Society.

The average home now costs 271,000 pounds. Its chief economist, Neil Sutton, said higher mortgage rates were weighing on buyers.

Prices in the north held up better than in the south.
"""
GOLD["bz_housing"] = [
    ("according to", "the Harbour Building Society", "House prices fell 0.4 percent in May, the third monthly fall in a row"),
    ("said", "Its chief economist, Neil Sutton", "higher mortgage rates were weighing on buyers"),
]
NOT_REPORTS["bz_housing"] = ["The average home now costs 271,000 pounds.", "Prices in the north held up better than in the south."]

ARTICLES["bz_ceo"] = """Chief executive steps down at Larkin

Larkin Group's chief executive, David Ormsby, will step down at the end of the year after eight years in the job.

The board said it had begun a search for a successor. Ormsby said in a statement that it was "the right time for a new leader".

Larkin's shares have halved since 2022.
"""
GOLD["bz_ceo"] = [
    ("said", "The board", "it had begun a search for a successor"),
    ("said", "Ormsby", "it was \"the right time for a new leader\""),
]
NOT_REPORTS["bz_ceo"] = ["Larkin Group's chief executive, David Ormsby, will step down at the end of the year after eight years in the job.", "Larkin's shares have halved since 2022."]

#: evidence heard on the record ('X, the court heard'): a report from no one named (``heard``), so no
#: source; (name, cue, content)
SOURCELESS = [
    ("ct_drugs", "heard", "The gang used hire cars and burner phones to avoid detection"),
    ("ct_inquest", "heard", "An ambulance took 47 minutes to reach a man who had collapsed at home"),
]

#: reports still missed or cut wrong (name, cue, source, content, why)
STILL_WRONG = [
    ("ct_police", "believe", "Detectives", "the van was white",
     "a belief verb joined to a deed by 'and' ('are appealing for footage and believe X'): the candidate is made, the ranker drops it"),
    ("sc_outbreak", "confirmed", "Health officials", "37 cases of measles in the south-west since January, most of them in unvaccinated children",
     "an object's content stops at the object's own phrase: the time and the apposed 'most of them in X' hung on the verb are left out"),
]

#: single sentences of the four registers that report (text, a word of the cue, source, first content)
REPORTS = [
    ("\"We were poor,\" conceded the Fenwick captain.", "conceded", "the Fenwick captain", "We were poor"),
    ("The referee's report states that the striker used abusive language.", "states", "The referee's report", "the striker used abusive language"),
    ("The forward was adamant that he had not dived.", "adamant", "The forward", "he had not dived"),
    ("Smith felt the tackle was late, but the referee waved play on.", "felt", "Smith", "the tackle was late"),
    ("The coach praised the fans for their support.", "praised", "The coach", "the fans for their support"),
    ("The judge ruled that the evidence was inadmissible.", "ruled", "The judge", "the evidence was inadmissible"),
    ("Prosecutors allege that the pair laundered 5 million euros.", "allege", "Prosecutors", "the pair laundered 5 million euros"),
    ("According to the indictment, the men met in a car park in March.", "According to", "the indictment", "the men met in a car park in March"),
    ("The officer testified that the suspect had reached for his waistband.", "testified", "The officer", "the suspect had reached for his waistband"),
    ("The witness told jurors she had been threatened.", "told", "The witness", "she had been threatened"),
    ("His lawyer argued that the search was illegal.", "argued", "His lawyer", "the search was illegal"),
    ("The study found no link between the vaccine and autism.", "found", "The study", "no link between the vaccine and autism"),
    ("The results suggest that exercise can slow cognitive decline.", "suggest", "The results", "exercise can slow cognitive decline"),
    ("Scientists have long suspected that the virus jumped from bats.", "suspected", "Scientists", "the virus jumped from bats"),
    ("Writing in the journal, the team said further work was needed.", "said", "the team", "further work was needed"),
    ("Experts not involved in the study said the results were promising.", "said", "Experts not involved in the study", "the results were promising"),
    ("Analysts expect revenue of 3.2 billion dollars for the quarter.", "expect", "Analysts", "revenue of 3.2 billion dollars for the quarter"),
    ("The company said in a filing that it had received a subpoena.", "said", "The company", "it had received a subpoena"),
    ("On the earnings call, the chief financial officer said margins would improve in the second half.", "said", "the chief financial officer", "margins would improve in the second half"),
    ("Management expects margins to stabilise next year.", "expects", "Management", "margins to stabilise next year"),
    ("Analysts at Brook Securities said the results were \"solid but unspectacular\".", "said", "Analysts at Brook Securities", "the results were \"solid but unspectacular\""),
]

#: single sentences that report nothing: scores, tables, headings, deeds, verdicts and study designs narrated
NOTHING = [
    "Referee Paul Dunn booked six players and sent off two.",
    "The striker netted his 20th goal of the season, a club record.",
    "United were awarded a free kick after the striker was brought down.",
    "The goal was given after a lengthy VAR check.",
    "Full-time: Ashby 0 Dunmore 3.",
    "Team news: Okafor returns after suspension.",
    "Man of the match: Dean Okafor (Harlow).",
    "Attendance: 14,302.",
    "Referee: Martin Hale.",
    "Score: Ashby 2 (Kerr 12, Mills 80) Dunmore 1 (Bale 55).",
    "He was sentenced to life with a minimum term of 22 years.",
    "The defendant showed no emotion as the verdict was read.",
    "The charges carry a maximum sentence of ten years.",
    "He was charged with causing death by dangerous driving.",
    "The case was adjourned until next month.",
    "The verdict was unanimous.",
    "Verdict: guilty on all counts.",
    "Charges: theft, fraud, money laundering.",
    "The study involved 400 patients in six countries.",
    "Patients in the treatment group lost an average of 7 kilograms.",
    "The trial was funded by the manufacturer.",
    "Mortality fell from 12 percent to 8 percent.",
    "The researchers measured blood pressure every two hours.",
    "Side effects included nausea and headaches.",
    "Methods: we recruited 400 adults aged 50 to 70.",
    "Shares jumped 12 percent after the results.",
    "Earnings per share came in at 1.12 dollars, above the consensus estimate of 1.05 dollars.",
    "Sales rose 8 percent to 2.3 billion euros.",
    "Revenue: 4.2 billion dollars (up 6 percent).",
    "Guidance: revenue of 8 to 8.5 billion dollars.",
    "Moody's downgraded the company's credit rating to junk.",
    "The merger was approved by regulators in March.",
]

#: what this pass mended: (text, a word of the cue, source, first content) found now, and texts with no record now
MENDED_REPORTS = [
    ("The judge ruled the confession inadmissible.", "ruled", "The judge", "the confession inadmissible"),
    ("The tribunal ruled the dismissal unfair.", "ruled", "The tribunal", "the dismissal unfair"),
    ("The judge ruled the search unlawful.", "ruled", "The judge", "the search unlawful"),
    ("Bees were more likely to get lost, an experiment has shown.", "shown", "an experiment", "Bees were more likely to get lost"),
    ("The experiment showed that bees get lost.", "showed", "The experiment", "bees get lost"),
    ("The simulations suggest the storm will weaken.", "suggest", "The simulations", "the storm will weaken"),
    ("Observations show that the star is dimming.", "show", "Observations", "the star is dimming"),
]
MENDED_NOTHING = [
    "The Court of Appeal has quashed the conviction of a man who spent nine years in prison for a robbery.",
    "The team claimed their first win of the season.",
    "United claimed a 3-1 win at Ashby.",
    "She claimed the title with a round to spare.",
    "The rower claimed a bronze medal in the single sculls.",
    "She confirmed her place in the final with a straight-sets win.",  # (the fifty-eighth session: '+confirm' with a result)
]
#: near misses of the mends that must stay as they are: no record
NEAR_NOTHING = [
    "Her convictions for fraud were overturned on appeal.",
    "Prosecutors secured a conviction against the gang leader.",
    "He ruled the country harshly.",
    "She painted the fence white.",
    "The judge ruled the people responsible liable.",
    "He conducted an experiment.",
    "The trials begin next month in three hospitals.",
    "Observations were made every hour.",
    "The experiment ended early because of a power cut.",
]
#: and a belief 'conviction' with its clause, a win asserted and a claim with a clause stay reports: (text, cue, source, content)
NEAR_REPORTS = [
    ("The minister spoke of his deep conviction that the reforms would work.", "conviction", "his", "the reforms would work"),
    ("The candidate claimed victory on election night.", "claimed", "The candidate", "victory on election night"),
    ("The party claimed a landslide victory.", "claimed", "The party", "a landslide victory"),
    ("The senator claimed the win was stolen.", "claimed", "The senator", "the win was stolen"),
]

#: single sentences still wrong (text, a word of the cue, source, first content, why): each a strict xfail
STILL_WRONG_LINES = [
    ("The ball was said to be out by several players, but the umpire disagreed.", "said", "several players", "The ball",
     "the agent after the infinitive ('said to be out by several players') is read as part of the content, not the source"),
    ("Scientists not involved in the work called the results striking.", "called", "Scientists not involved in the work",
     "the results striking", "the parser makes 'involved' the main verb and 'called' a clause on 'the work': no record"),
    ("The paper, published in the journal Cell Frontiers, argues that sleep loss damages neurons.", "argues",
     "The paper, published in the journal Cell Frontiers", "sleep loss damages neurons",
     "the parser reads 'damages' as a noun, so 'argues' has no clause: no record"),
    ("Judge blasts council over care failures.", "blasts", "Judge", "council over care failures",
     "a headline whose verb the parser reads as a plural noun ('Judge blasts' as a noun phrase): no record"),
    ("Study questions benefits of vitamin D.", "questions", "Study", "benefits of vitamin D",
     "a headline read as one noun phrase ('Study questions benefits'): no record"),
]

#: (no single sentence that reports nothing still gives a record: the last, 'She confirmed her place in the final
#: with a straight-sets win.', is mended by ``taken_senses``' '+confirm' and listed in MENDED_NOTHING)
