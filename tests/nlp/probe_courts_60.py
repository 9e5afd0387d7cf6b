# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixtieth session's check of courts, hearings, inquiries and
parliaments (helper B): crown court and federal court reporting ('the court heard that', 'told the jury', 'the
indictment says', 'prosecutors allege', 'denies', 'pleaded not guilty', 'under cross-examination, she said', 'the
judge said in sentencing remarks', 'the ruling said', 'wrote in dissent'), inquests and tribunals ('an inquest
heard', 'the coroner recorded that', 'the tribunal found', 'counsel for the family submitted'), public inquiries
('the inquiry concluded', 'told the inquiry'), committee hearings and estimates ('admitted to MPs', 'in testimony on
Tuesday, X said', 'asked whether', 'told senators'), parliamentary sketches and debates ('the minister replied',
'Hansard records', 'According to Hansard'), transcript turns ('MS PATEL: ...', 'THE COURT: ...', 'Q: ...' /
'A: ...'), evidence read out ('A text message read to the court said: ...') and a witness's words over a run of
paragraphs ('She said ... She added ... She told the jury ...').

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on its train split): per article, (a word of
the cue, the source, the first content span) for each report in ``GOLD``. Sources are maximal; 'was told that Y'
has no source (2 of 2), nor has 'the court heard that Y', the project's reading of a body that hears evidence
(``audience_nouns.txt``); 'asked whether Y' keeps 'whether' in the content; 'denies X' has the charge for content
(3 of 3); 'pleaded guilty' has 'to X' for content and a bare 'pleaded not guilty' the plea; 'is expected to',
'voted to X' or 'voted down X', 'released excerpts of X', 'challenged X' and 'was shown X' are reports as PolNeAR
counts them; filing a claim with nothing said of it reports nothing. Transcript turns are reports of their label
(a colon label); the questions of a 'Q:' / 'A:' layout report nothing, as most PolNeAR Q-and-A lines do, and 'A'
is the answers' source. The lines that report nothing (procedure, narration, verdicts, tallies, adjournments) are
in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, court, place,
figure and sentence is made up. Read by ``test_probe_findings_60_courts``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["crown_fraud"] = """Care home owner took £400,000 from residents, jury told

A care home owner siphoned more than £400,000 from the savings of elderly residents over six years, Bristol Crown Court heard on Monday.

Opening the case for the prosecution, Fiona Radley KC told the jury that Gareth Penrose had treated the residents' bank accounts "as his own piggy bank".

Penrose, 58, of Keynsham, denies 14 counts of fraud by abuse of position.

Ms Radley said the money had paid for a holiday villa in Portugal and two sports cars.

The jury was shown bank statements covering more than 2,000 transactions.

The trial continues.
"""
GOLD["crown_fraud"] = [
    ("heard", "", "A care home owner siphoned more than £400,000 from the savings of elderly residents over six years"),
    ("told", "Fiona Radley KC", "Gareth Penrose had treated the residents' bank accounts \"as his own piggy bank\""),
    ("denies", "Penrose, 58, of Keynsham", "14 counts of fraud by abuse of position"),
    ("said", "Ms Radley", "the money had paid for a holiday villa in Portugal and two sports cars"),
    ("shown", "", "bank statements covering more than 2,000 transactions"),
]
NOT_REPORTS["crown_fraud"] = ["The trial continues."]
SPEAKERS["crown_fraud"] = [("said", "Ms Radley", "Fiona Radley KC", "the money")]

ARTICLES["port_indictment"] = """Former port commissioner charged with steering contracts to relative

A former commissioner of the Port of Galveston Bay was indicted on Thursday on bribery and wire fraud charges.

The indictment says Walter Brannigan, 61, accepted cash, a boat and free renovations to his lake house in return for dredging contracts worth $3 million.

Prosecutors allege that the payments were disguised as consulting fees paid to his brother-in-law's company.

Brannigan pleaded not guilty at an arraignment in federal court in Houston.

His lawyer, Dana Kowalski, said in an email that her client "looks forward to clearing his name."

He was released on a $100,000 bond.

A status conference is set for March 3.
"""
GOLD["port_indictment"] = [
    ("says", "The indictment", "Walter Brannigan, 61, accepted cash, a boat and free renovations to his lake house in return for dredging contracts worth $3 million"),
    ("allege", "Prosecutors", "the payments were disguised as consulting fees paid to his brother-in-law's company"),
    ("pleaded", "Brannigan", "not guilty"),
    ("said", "His lawyer, Dana Kowalski", "her client \"looks forward to clearing his name.\""),
]
NOT_REPORTS["port_indictment"] = ["A former commissioner of the Port of Galveston Bay was indicted on Thursday on bribery and wire fraud charges.",
                                  "He was released on a $100,000 bond.", "A status conference is set for March 3."]

ARTICLES["cyclist_inquest"] = """Cyclist died after lorry turned across his path, inquest hears

A cyclist was killed when a tipper lorry turned left across his path at a junction in Salford, an inquest heard.

Tomasz Zielinski, 34, a hospital porter, was riding to work on the morning of 12 March.

The lorry driver, Kevin Ashworth, told the hearing he had checked his mirrors twice and had not seen the bike.

Under questioning from the family's barrister, he accepted that the nearside camera had not been working.

The coroner recorded that Mr Zielinski died of multiple injuries.

Area coroner Helen Brightwell said the design of the junction had contributed to his death.

She said she would write to the city council to ask for the junction to be changed.
"""
GOLD["cyclist_inquest"] = [
    ("heard", "", "A cyclist was killed when a tipper lorry turned left across his path at a junction in Salford"),
    ("told", "The lorry driver, Kevin Ashworth", "he had checked his mirrors twice and had not seen the bike"),
    ("accepted", "he", "the nearside camera had not been working"),
    ("recorded", "The coroner", "Mr Zielinski died of multiple injuries"),
    ("said", "Area coroner Helen Brightwell", "the design of the junction had contributed to his death"),
    ("said", "She", "she would write to the city council to ask for the junction to be changed"),
]
NOT_REPORTS["cyclist_inquest"] = ["Tomasz Zielinski, 34, a hospital porter, was riding to work on the morning of 12 March."]
SPEAKERS["cyclist_inquest"] = [("accepted", "he", "Kevin Ashworth", "the nearside"),
                               ("said", "She", "Helen Brightwell", "she would write")]

ARTICLES["union_tribunal"] = """Warehouse worker sacked for union activity, tribunal rules

A warehouse worker was unfairly dismissed after he tried to set up a union branch, an employment tribunal has ruled.

Employment Judge Rachel Okafor found that the reasons the company gave for the dismissal were "a pretext".

The tribunal found that managers had monitored Darren Coyle's messages to colleagues for several weeks.

The company, Northway Logistics, argued that Mr Coyle had been dismissed for repeated lateness.

In its written judgment, the tribunal said that argument was "not credible".

A hearing to decide compensation will take place in the autumn.

Mr Coyle now works as a delivery driver.
"""
GOLD["union_tribunal"] = [
    ("ruled", "an employment tribunal", "A warehouse worker was unfairly dismissed after he tried to set up a union branch"),
    ("found", "Employment Judge Rachel Okafor", "the reasons the company gave for the dismissal were \"a pretext\""),
    ("found", "The tribunal", "managers had monitored Darren Coyle's messages to colleagues for several weeks"),
    ("argued", "The company, Northway Logistics", "Mr Coyle had been dismissed for repeated lateness"),
    ("said", "the tribunal", "that argument was \"not credible\""),
]
NOT_REPORTS["union_tribunal"] = ["A hearing to decide compensation will take place in the autumn.",
                                 "Mr Coyle now works as a delivery driver."]

ARTICLES["flood_inquiry"] = """Inquiry blames 'culture of silence' for flooding of estate

The public inquiry into the flooding of the Thornleigh estate concluded that warnings from residents had been ignored for a decade.

In a 600-page report published on Wednesday, the inquiry's chair, Sir Malcolm Ferris, said the council and the water company had "passed the problem between them like a parcel".

The report found that a pumping station had been left without maintenance since 2011.

The inquiry sat for 74 days and heard from 210 witnesses.

The leader of Rotherham council, Cllr Ann Pryce, said the authority accepted the findings in full.

Residents' group spokeswoman Lorraine Tate said: "We were called liars for ten years. Now it's in black and white."

The estate's 400 homes were flooded three times between 2015 and 2023.
"""
GOLD["flood_inquiry"] = [
    ("concluded", "The public inquiry into the flooding of the Thornleigh estate", "warnings from residents had been ignored for a decade"),
    ("said", "the inquiry's chair, Sir Malcolm Ferris", "the council and the water company had \"passed the problem between them like a parcel\""),
    ("found", "The report", "a pumping station had been left without maintenance since 2011"),
    ("said", "The leader of Rotherham council, Cllr Ann Pryce", "the authority accepted the findings in full"),
    ("said", "Residents' group spokeswoman Lorraine Tate", "We were called liars for ten years. Now it's in black and white."),
]
NOT_REPORTS["flood_inquiry"] = ["The inquiry sat for 74 days and heard from 210 witnesses.",
                                "The estate's 400 homes were flooded three times between 2015 and 2023."]
SPEAKERS["flood_inquiry"] = [("said", "the inquiry's chair, Sir Malcolm Ferris", "Malcolm Ferris", "the council"),
                             ("said", "The leader of Rotherham council, Cllr Ann Pryce", "Ann Pryce", "the authority")]

ARTICLES["pmqs_sketch"] = """Sketch: a row over potholes at Prime Minister's Questions

The session opened quietly enough.

The Leader of the Opposition asked whether the Prime Minister had ever driven down the A614.

The Prime Minister replied that he drove it every weekend, to general disbelief.

Backbenchers on both sides groaned.

Sir Edward Lyle, the Father of the House, rose to ask what had become of the £8 billion pothole fund.

Hansard records that the exchange lasted eleven minutes.

Nobody mentioned potholes again.
"""
GOLD["pmqs_sketch"] = [
    ("asked", "The Leader of the Opposition", "whether the Prime Minister had ever driven down the A614"),
    ("replied", "The Prime Minister", "he drove it every weekend"),
    ("ask", "Sir Edward Lyle, the Father of the House", "what had become of the £8 billion pothole fund"),
    ("records", "Hansard", "the exchange lasted eleven minutes"),
]
NOT_REPORTS["pmqs_sketch"] = ["The session opened quietly enough.", "Backbenchers on both sides groaned.",
                              "Nobody mentioned potholes again."]

ARTICLES["water_committee"] = """Water boss admits bonuses were 'a mistake'

The chief executive of Severn Vale Water admitted to MPs on Tuesday that paying bonuses during a year of record sewage spills had been "a mistake".

Appearing before the environment committee, Martin Crane said the board would not take bonuses this year.

The committee's chair, Grace Holloway, asked him whether he would repay last year's award.

He replied: "That is a matter for the remuneration committee."

Ms Holloway said that answer would "not satisfy anyone in Gloucestershire".

The committee will publish its report next month.

The session lasted two hours.

The committee meets on Thursdays.
"""
GOLD["water_committee"] = [
    ("admitted", "The chief executive of Severn Vale Water", "paying bonuses during a year of record sewage spills had been \"a mistake\""),
    ("said", "Martin Crane", "the board would not take bonuses this year"),
    ("asked", "The committee's chair, Grace Holloway", "whether he would repay last year's award"),
    ("replied", "He", "That is a matter for the remuneration committee."),
    ("said", "Ms Holloway", "that answer would \"not satisfy anyone in Gloucestershire\""),
]
NOT_REPORTS["water_committee"] = ["The committee will publish its report next month.", "The session lasted two hours.",
                                  "The committee meets on Thursdays."]
SPEAKERS["water_committee"] = [("replied", "He", "Martin Crane", "That is"),
                               ("said", "Ms Holloway", "Grace Holloway", "that answer")]

ARTICLES["court_transcript"] = """From the transcript: day three of the depot robbery trial

The following exchange took place during the cross-examination of the defendant on Wednesday.

MS PATEL: You were at the depot that night. Is that right?

THE DEFENDANT: No. I was at my sister's flat in Walsall.

MS PATEL: Your phone places you at the depot at 11.40pm.

THE COURT: Ms Patel, I think the jury has the point.

The defendant, Leon Carver, 27, denies conspiracy to rob.
"""
GOLD["court_transcript"] = [
    (":", "MS PATEL", "You were at the depot that night. Is that right?"),
    (":", "THE DEFENDANT", "No. I was at my sister's flat in Walsall."),
    (":", "MS PATEL", "Your phone places you at the depot at 11.40pm."),
    (":", "THE COURT", "Ms Patel, I think the jury has the point."),
    ("denies", "The defendant, Leon Carver, 27", "conspiracy to rob"),
]
NOT_REPORTS["court_transcript"] = ["The following exchange took place during the cross-examination of the defendant on Wednesday."]

ARTICLES["dam_deposition"] = """Deposition excerpts released in dam collapse lawsuit

Lawyers for the families on Friday released excerpts of the deposition of the dam's former chief engineer, Roy Estrada.

Q: When did you first see the crack in the spillway?

A: In the spring of 2019, during a routine walk.

Q: Did you report it?

A: I wrote it up and sent it to the district office.

Estrada's lawyer, Naomi Fisk, said the excerpts had been "cherry-picked".

The trial is scheduled to begin in January.
"""
GOLD["dam_deposition"] = [
    (":", "A", "In the spring of 2019, during a routine walk."),
    (":", "A", "I wrote it up and sent it to the district office."),
    ("said", "Estrada's lawyer, Naomi Fisk", "the excerpts had been \"cherry-picked\""),
    ("released", "Lawyers for the families", "excerpts of the deposition of the dam's former chief engineer, Roy Estrada"),
]
NOT_REPORTS["dam_deposition"] = ["Q: When did you first see the crack in the spillway?", "Q: Did you report it?",
                                 "The trial is scheduled to begin in January."]

ARTICLES["nurse_witness"] = """Nurse tells court ward was left short-staffed on night patient fell

A nurse who was on duty the night a patient fell from his bed told Leeds Crown Court that the ward had been "dangerously short" of staff.

Giving evidence for the prosecution, Abigail Torrance said only two nurses had been on shift for 28 patients.

She said she had asked the bed manager for help at 1am and again at 3am.

She added that no agency staff had been available.

She told the jury: "I was running from bay to bay all night."

Under cross-examination, she said she had not filled in an incident form because there was "no time".

The hospital trust denies corporate manslaughter.

The trial continues.
"""
GOLD["nurse_witness"] = [
    ("told", "A nurse who was on duty the night a patient fell from his bed", "the ward had been \"dangerously short\" of staff"),
    ("said", "Abigail Torrance", "only two nurses had been on shift for 28 patients"),
    ("said", "She", "she had asked the bed manager for help at 1am and again at 3am"),
    ("added", "She", "no agency staff had been available"),
    ("told", "She", "I was running from bay to bay all night."),
    ("said", "she", "she had not filled in an incident form because there was \"no time\""),
    ("denies", "The hospital trust", "corporate manslaughter"),
]
NOT_REPORTS["nurse_witness"] = ["The trial continues."]
SPEAKERS["nurse_witness"] = [("said", "She", "Abigail Torrance", "she had asked"),
                             ("added", "She", "Abigail Torrance", "no agency"),
                             ("told", "She", "Abigail Torrance", "I was running"),
                             ("said", "she", "Abigail Torrance", "she had not")]

ARTICLES["drink_drive_sentence"] = """Drink-driver who killed teenager jailed for nine years

A drink-driver who killed a 17-year-old girl while travelling at twice the speed limit has been jailed for nine years.

Liam Hartigan, 29, was more than three times the legal limit when his car struck Chloe Brennan on a crossing in Wolverhampton.

In her sentencing remarks, Judge Susan Pargeter said Hartigan had shown "a total disregard for the lives of others".

She said his remorse, though genuine, had come "far too late".

In a statement read to the court, Chloe's mother, Denise, said the family would "never be whole again".

Hartigan pleaded guilty to causing death by dangerous driving.

He was led from the dock in tears.
"""
GOLD["drink_drive_sentence"] = [
    ("said", "Judge Susan Pargeter", "Hartigan had shown \"a total disregard for the lives of others\""),
    ("said", "She", "his remorse, though genuine, had come \"far too late\""),
    ("said", "Chloe's mother, Denise", "the family would \"never be whole again\""),
    ("pleaded", "Hartigan", "to causing death by dangerous driving"),
]
NOT_REPORTS["drink_drive_sentence"] = ["A drink-driver who killed a 17-year-old girl while travelling at twice the speed limit has been jailed for nine years.",
                                       "Liam Hartigan, 29, was more than three times the legal limit when his car struck Chloe Brennan on a crossing in Wolverhampton.",
                                       "He was led from the dock in tears."]
SPEAKERS["drink_drive_sentence"] = [("said", "She", "Susan Pargeter", "his remorse")]

ARTICLES["book_appeal"] = """Appeals court revives lawsuit over school book removals

A federal appeals court on Monday revived a lawsuit brought by parents who challenged the removal of 41 books from school libraries in Marlow County.

The ruling said a lower court had been wrong to dismiss the case without hearing evidence.

Writing for a 2-1 majority, Judge Alan Whitford said school boards "do not have unlimited power to curate ideas."

In a dissent, Judge Marianne Cole argued that the decision would invite "endless litigation over shelf space."

The case returns to the district court in Greenville.
"""
GOLD["book_appeal"] = [
    ("challenged", "who", "the removal of 41 books from school libraries in Marlow County"),
    ("said", "The ruling", "a lower court had been wrong to dismiss the case without hearing evidence"),
    ("said", "Judge Alan Whitford", "school boards \"do not have unlimited power to curate ideas.\""),
    ("argued", "Judge Marianne Cole", "the decision would invite \"endless litigation over shelf space.\""),
]
NOT_REPORTS["book_appeal"] = ["The case returns to the district court in Greenville."]

ARTICLES["controllers_hearing"] = """Aviation chief grilled over air traffic controller shortage

In testimony on Tuesday, the acting administrator of the aviation agency, Paul Keane, said it was short of about 3,000 controllers.

Senator Marisol Quintero, a Democrat from New Mexico, told the hearing that rural airports had lost half their evening flights.

Keane responded that training had been sped up at the agency's academy in Oklahoma City.

The hearing was the committee's third on air safety this year.

The committee is expected to vote on the agency's budget in June.
"""
GOLD["controllers_hearing"] = [
    ("said", "the acting administrator of the aviation agency, Paul Keane", "it was short of about 3,000 controllers"),
    ("told", "Senator Marisol Quintero, a Democrat from New Mexico", "rural airports had lost half their evening flights"),
    ("responded", "Keane", "training had been sped up at the agency's academy in Oklahoma City"),
    ("expected", "", "The committee"),
]
NOT_REPORTS["controllers_hearing"] = ["The hearing was the committee's third on air safety this year."]

ARTICLES["estimates"] = """Senate estimates: weather bureau concedes flood forecast fell short

The weather bureau has conceded that its flood forecast for the Hawkesbury River in March was "not good enough".

Bureau chief executive Dr Karen Ostrowski told senators the model had underestimated rainfall in the upper catchment by a third.

Greens senator Tom Barlow asked why the warning had been issued only four hours before the river peaked.

Dr Ostrowski said a review was under way.

Senators adjourned for lunch at 12.30pm.

Estimates hearings resume on Monday.
"""
GOLD["estimates"] = [
    ("conceded", "The weather bureau", "its flood forecast for the Hawkesbury River in March was \"not good enough\""),
    ("told", "Bureau chief executive Dr Karen Ostrowski", "the model had underestimated rainfall in the upper catchment by a third"),
    ("asked", "Greens senator Tom Barlow", "why the warning had been issued only four hours before the river peaked"),
    ("said", "Dr Ostrowski", "a review was under way"),
]
NOT_REPORTS["estimates"] = ["Senators adjourned for lunch at 12.30pm.", "Estimates hearings resume on Monday."]
SPEAKERS["estimates"] = [("said", "Dr Ostrowski", "Karen Ostrowski", "a review")]

ARTICLES["boiler_verdict"] = """Jury convicts landlord over fatal boiler fire

A jury in Cook County on Thursday convicted a landlord of involuntary manslaughter over a fire that killed two tenants.

Prosecutors had argued that Raymond Osei ignored six citations for a faulty boiler before the blaze.

The defense argued that the tenants' own space heater started the fire.

Jurors deliberated for nine hours.

Osei's attorney, Lisa Harmon, said outside court that her client would appeal.

Sentencing is set for Aug. 14.

Osei, 66, remains free on bond.
"""
GOLD["boiler_verdict"] = [
    ("argued", "Prosecutors", "Raymond Osei ignored six citations for a faulty boiler before the blaze"),
    ("argued", "The defense", "the tenants' own space heater started the fire"),
    ("said", "Osei's attorney, Lisa Harmon", "her client would appeal"),
]
NOT_REPORTS["boiler_verdict"] = ["A jury in Cook County on Thursday convicted a landlord of involuntary manslaughter over a fire that killed two tenants.",
                                 "Jurors deliberated for nine hours.", "Sentencing is set for Aug. 14.", "Osei, 66, remains free on bond."]

ARTICLES["text_evidence"] = """Text messages read to jury in nightclub stabbing trial

A text message read to the court said: "He's outside. Bring the thing."

Prosecutor Callum Wyatt told the jury the message was sent by the defendant, Connor Hale, eleven minutes before the stabbing.

Another message, sent the following morning, read: "Delete everything."

Hale, 22, denies murder.

His barrister, Ruth Oyelaran, said the messages referred to a borrowed games console.

The jury was sent home for the weekend.

The case was adjourned until Monday.
"""
GOLD["text_evidence"] = [
    ("said", "A text message read to the court", "He's outside. Bring the thing."),
    ("told", "Prosecutor Callum Wyatt", "the message was sent by the defendant, Connor Hale, eleven minutes before the stabbing"),
    ("read", "Another message, sent the following morning", "Delete everything."),
    ("denies", "Hale, 22", "murder"),
    ("said", "His barrister, Ruth Oyelaran", "the messages referred to a borrowed games console"),
]
NOT_REPORTS["text_evidence"] = ["The jury was sent home for the weekend.", "The case was adjourned until Monday."]

ARTICLES["prison_inquest"] = """Prison missed chances to protect inmate, family's lawyers tell inquest

Counsel for the family submitted that staff at HMP Ravensfield had missed "at least five chances" to protect Jordan Tremlett.

Mr Tremlett, 24, was found in his cell on 3 January.

A prison officer, who cannot be named for legal reasons, told the inquest she had checked on him at 10pm and found him "chatty".

The jury found that failures to share information had contributed to his death.

The Prison Service said in a statement that it would study the findings carefully.

The inquest, which began on 2 June, lasted nine days.
"""
GOLD["prison_inquest"] = [
    ("submitted", "Counsel for the family", "staff at HMP Ravensfield had missed \"at least five chances\" to protect Jordan Tremlett"),
    ("told", "A prison officer, who cannot be named for legal reasons", "she had checked on him at 10pm and found him \"chatty\""),
    ("found", "The jury", "failures to share information had contributed to his death"),
    ("said", "The Prison Service", "it would study the findings carefully"),
]
NOT_REPORTS["prison_inquest"] = ["Mr Tremlett, 24, was found in his cell on 3 January.",
                                 "The inquest, which began on 2 June, lasted nine days."]

ARTICLES["housing_commons"] = """Minister defends housing figures in Commons clash

The housing minister, Priya Ramaswamy, told the Commons that 180,000 homes had been started in the past year.

In question period, Conservative MP Derek Lowell asked whether the minister counted converted offices as new homes.

The minister replied that conversions made up "a small fraction" of the total.

MPs voted 171 to 140 to reject an opposition motion on rents.

The bill passed its second reading by a majority of 31.

The House rose at 7pm.
"""
GOLD["housing_commons"] = [
    ("told", "The housing minister, Priya Ramaswamy", "180,000 homes had been started in the past year"),
    ("asked", "Conservative MP Derek Lowell", "whether the minister counted converted offices as new homes"),
    ("replied", "The minister", "conversions made up \"a small fraction\" of the total"),
    ("voted", "MPs", "to reject an opposition motion on rents"),
]
NOT_REPORTS["housing_commons"] = ["The bill passed its second reading by a majority of 31.", "The House rose at 7pm."]
SPEAKERS["housing_commons"] = [("replied", "The minister", "Priya Ramaswamy", "conversions")]

ARTICLES["mosque_arson"] = """Man charged over arson at mosque appears in court

A 41-year-old man has appeared in court charged with arson at a mosque in Burnley.

Darren Sowerby, of Padiham, appeared by video link from a police station in Preston.

He did not enter a plea.

The prosecutor, Amir Siddiqui, told magistrates that CCTV showed a man pouring liquid through a letterbox.

He was remanded in custody to appear at Preston Crown Court on 14 November.

Lancashire Police said extra patrols would continue around places of worship in the town.
"""
GOLD["mosque_arson"] = [
    ("told", "The prosecutor, Amir Siddiqui", "CCTV showed a man pouring liquid through a letterbox"),
    ("said", "Lancashire Police", "extra patrols would continue around places of worship in the town"),
]
NOT_REPORTS["mosque_arson"] = ["A 41-year-old man has appeared in court charged with arson at a mosque in Burnley.",
                               "Darren Sowerby, of Padiham, appeared by video link from a police station in Preston.",
                               "He did not enter a plea.",
                               "He was remanded in custody to appear at Preston Crown Court on 14 November."]

ARTICLES["fishing_ruling"] = """State's top court sides with fishermen over monitoring fees

The state Supreme Court ruled 5-2 on Friday that the Department of Marine Resources had no power to make fishing crews pay for onboard monitors.

The majority opinion said the legislature had never given the department that authority.

Justice Howard Pell wrote in dissent that the ruling would leave the fishery "unpoliced".

The department said it was reviewing the decision.

Crews in the state pay about $700 a day for monitors.
"""
GOLD["fishing_ruling"] = [
    ("ruled", "The state Supreme Court", "the Department of Marine Resources had no power to make fishing crews pay for onboard monitors"),
    ("said", "The majority opinion", "the legislature had never given the department that authority"),
    ("wrote", "Justice Howard Pell", "the ruling would leave the fishery \"unpoliced\""),
    ("said", "The department", "it was reviewing the decision"),
]
NOT_REPORTS["fishing_ruling"] = ["Crews in the state pay about $700 a day for monitors."]

ARTICLES["lords_tickets"] = """Peers reject plan to cap ticket resale prices

On Tuesday night the House of Lords voted down an amendment to cap the resale price of concert tickets.

Proposing the amendment, Baroness Whitcombe said fans were being "fleeced on an industrial scale".

The culture minister, Lord Ashby, replied that a cap would push sales onto unregulated sites abroad.

According to Hansard, the debate lasted just under an hour.

The amendment was defeated by 212 votes to 158.

The bill now returns to the Commons.
"""
GOLD["lords_tickets"] = [
    ("voted", "the House of Lords", "an amendment to cap the resale price of concert tickets"),
    ("said", "Baroness Whitcombe", "fans were being \"fleeced on an industrial scale\""),
    ("replied", "The culture minister, Lord Ashby", "a cap would push sales onto unregulated sites abroad"),
    ("According to", "Hansard", "the debate lasted just under an hour"),
]
NOT_REPORTS["lords_tickets"] = ["The amendment was defeated by 212 votes to 158.", "The bill now returns to the Commons."]

ARTICLES["surgeon_tribunal"] = """Surgeon struck off over false fellowship on CV

A surgeon has been struck off the medical register.

The Medical Practitioners Tribunal found that Dr Anil Verghese had listed a fellowship he never held on his CV for nine years.

The tribunal chair, Margaret Iles, said his dishonesty had been "persistent and calculated".

Dr Verghese told the hearing he had been "confused" about the status of his application.

He has 28 days to appeal.

The hearing was held in Manchester over five days.
"""
GOLD["surgeon_tribunal"] = [
    ("found", "The Medical Practitioners Tribunal", "Dr Anil Verghese had listed a fellowship he never held on his CV for nine years"),
    ("said", "The tribunal chair, Margaret Iles", "his dishonesty had been \"persistent and calculated\""),
    ("told", "Dr Verghese", "he had been \"confused\" about the status of his application"),
]
NOT_REPORTS["surgeon_tribunal"] = ["A surgeon has been struck off the medical register.", "He has 28 days to appeal.",
                                   "The hearing was held in Manchester over five days."]

ARTICLES["depot_fire_inquiry"] = """Former fire chief says radios failed 'within minutes' at depot blaze

A former chief fire officer told the inquiry into the Castleford depot fire that crews' radios stopped working "within minutes" of entering the building.

Giving evidence on Thursday, Graham Ibbotson said he had raised the problem with the fire authority in 2017.

He said the authority had told him there was no money for new handsets.

Asked by counsel to the inquiry whether he regretted not pressing harder, he said: "Every day."

Mr Ibbotson retired in 2020.

The inquiry is due to report next year.
"""
GOLD["depot_fire_inquiry"] = [
    ("told", "A former chief fire officer", "crews' radios stopped working \"within minutes\" of entering the building"),
    ("said", "Graham Ibbotson", "he had raised the problem with the fire authority in 2017"),
    ("said", "He", "the authority had told him there was no money for new handsets"),
    ("said", "he", "Every day."),
]
NOT_REPORTS["depot_fire_inquiry"] = ["Mr Ibbotson retired in 2020.", "The inquiry is due to report next year."]
SPEAKERS["depot_fire_inquiry"] = [("said", "He", "Graham Ibbotson", "the authority")]

ARTICLES["tower_claim"] = """Developer sues council over rejected tower plan

A property developer has filed a statement of claim in the High Court against Westfield Borough Council.

The claim alleges that councillors rejected the 22-storey scheme for political reasons.

Harcourt Estates is seeking £14 million in damages.

A council spokesman said it would "robustly defend" the claim.

No date has been set for a hearing.
"""
GOLD["tower_claim"] = [
    ("alleges", "The claim", "councillors rejected the 22-storey scheme for political reasons"),
    ("said", "A council spokesman", "it would \"robustly defend\" the claim"),
]
NOT_REPORTS["tower_claim"] = ["A property developer has filed a statement of claim in the High Court against Westfield Borough Council.",
                              "Harcourt Estates is seeking £14 million in damages.", "No date has been set for a hearing."]

ARTICLES["militia_trial"] = """Former militia commander denies ordering attack on village

A former militia commander pleaded not guilty on Monday to charges of ordering an attack on a village in 2009.

Prosecutor Sandrine Moulin said witnesses would describe how the village was shelled for two days.

The defendant, Emmanuel Ndayisaba, told judges he had been "hundreds of kilometres away" at the time.

The trial is expected to last two years.

Judges adjourned the hearing until Wednesday.
"""
GOLD["militia_trial"] = [
    ("pleaded", "A former militia commander", "to charges of ordering an attack on a village in 2009"),
    ("said", "Prosecutor Sandrine Moulin", "witnesses would describe how the village was shelled for two days"),
    ("told", "The defendant, Emmanuel Ndayisaba", "he had been \"hundreds of kilometres away\" at the time"),
    ("expected", "", "The trial"),
]
NOT_REPORTS["militia_trial"] = ["Judges adjourned the hearing until Wednesday."]

ARTICLES["gallery_warning"] = """Judge warns protesters over courtroom disruption

The judge told the court that anyone who interrupted the proceedings again would be removed.

Judge Bernard Okonedo said the jury must decide the case "on the evidence, not on the noise outside".

The hearing resumed after a 20-minute break.

Six people were escorted from the public gallery.
"""
GOLD["gallery_warning"] = [
    ("told", "The judge", "anyone who interrupted the proceedings again would be removed"),
    ("said", "Judge Bernard Okonedo", "the jury must decide the case \"on the evidence, not on the noise outside\""),
]
NOT_REPORTS["gallery_warning"] = ["The hearing resumed after a 20-minute break.", "Six people were escorted from the public gallery."]
