# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the seventieth session's check of leaks, filings and testimony (helper C):
lawsuits and complaints as sources ('the lawsuit alleges that', 'the complaint says', 'According to the lawsuit'),
court documents and filings ('according to court documents', 'the documents show', 'a filing at Companies House
shows', 'in papers filed with the High Court, X said'), leaks ('emails seen by the Herald show', 'a leaked memo, seen
by the Courier, warns', 'documents obtained by the Gazette reveal', 'a report ..., which was leaked to the Ledger,
says'), testimony ('testified that', 'told lawmakers', 'in written evidence to the committee', 'in testimony to a
Senate committee', 'in a deposition'), prosecutors and judges ('the indictment charges that', 'prosecutors argued',
'wrote in her ruling', 'the order says'), records ('a transcript of the call shows', 'minutes of the meeting record
that', 'court records show', 'property records indicate', 'the audit found'), a quotation nested in a document ('the
memo quotes X as saying Y', the memo's as PolNeAR train marks it, X's own nested in it) and look-alikes that report nothing ('the lawsuit was filed
on Monday', 'the memo was leaked to reporters', 'the documents run to 400 pages').

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on its train split): a document is the source
of what it shows, says, alleges, reveals or records ('FEC records show', 'The lawsuit alleges', 'the memo stated'),
maximal with what follows it ('A redacted copy of the ... memo seen by Reuters said', 'an email ... obtained by The
Huffington Post'); 'according to X' has X as the source; a person who says something in a document is the source
and the document no part of it. Per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Every name, firm, court, place, figure and sentence is made up. Read by
``test_probe_findings_70_filings``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["mould_lawsuit"] = """Tenants sue landlord over mould

A group of 38 tenants has taken Harrowgate Homes to court over damp and mould in three tower blocks in Fenmouth.

The lawsuit alleges that the company ignored more than 200 repair requests between 2021 and 2024.

The lawsuit was filed on Monday in the county court.

Harrowgate Homes said it would defend the claim.
"""
GOLD["mould_lawsuit"] = [
    ("alleges", "The lawsuit", "the company ignored more than 200 repair requests between 2021 and 2024"),
    ("said", "Harrowgate Homes", "it would defend the claim"),
]
NOT_REPORTS["mould_lawsuit"] = ["The lawsuit was filed on Monday in the county court."]

ARTICLES["driver_complaint"] = """Former driver claims he was underpaid

A former delivery driver has brought a claim against Brackwell Freight at an employment tribunal.

The complaint says Rhys Calder was paid less than the minimum wage for 14 months.

Calder's lawyer, Nadia Orsk, said her client had kept a log of every shift.

The complaint runs to 46 pages.

Brackwell Freight did not respond to a request for comment.
"""
GOLD["driver_complaint"] = [
    ("says", "The complaint", "Rhys Calder was paid less than the minimum wage for 14 months"),
    ("said", "Calder's lawyer, Nadia Orsk", "her client had kept a log of every shift"),
]
NOT_REPORTS["driver_complaint"] = ["The complaint runs to 46 pages.", "Brackwell Freight did not respond to a request for comment."]

ARTICLES["aide_documents"] = """Mayor's aide paid by developer, court documents show

A senior aide to the mayor of Ostley received £60,000 from a property developer, according to court documents.

The payments were made through a consultancy registered in his wife's name, the documents show.

The documents run to 400 pages and were released on Thursday.

The aide, Conrad Pilsey, has denied any wrongdoing.
"""
GOLD["aide_documents"] = [
    ("according to", "court documents", "A senior aide to the mayor of Ostley received £60,000 from a property developer"),
    ("show", "the documents", "The payments were made through a consultancy registered in his wife's name"),
    ("denied", "The aide, Conrad Pilsey", "any wrongdoing"),
]
NOT_REPORTS["aide_documents"] = ["The documents run to 400 pages and were released on Thursday."]

ARTICLES["valve_papers"] = """Chemical firm blames contractor for leak

In papers filed with the High Court, Verrin Chemicals said a contractor had left a valve open at its Dunmere plant.

The contractor, Selby Pipeworks, said in its defence that it had followed the company's written instructions.

A hearing is set for June.
"""
GOLD["valve_papers"] = [
    ("said", "Verrin Chemicals", "a contractor had left a valve open at its Dunmere plant"),
    ("said", "The contractor, Selby Pipeworks", "it had followed the company's written instructions"),
]
NOT_REPORTS["valve_papers"] = ["A hearing is set for June."]

ARTICLES["bridge_emails"] = """Emails show council knew of bridge cracks

Emails seen by the Herald show that council engineers knew of cracks in the Mardle Bridge two years before it was closed.

In one email, dated March 2023, an engineer wrote that the cracks were "getting worse every month".

The bridge carries about 9,000 vehicles a day.

A council spokesperson said the emails had been shared with the inquiry.
"""
GOLD["bridge_emails"] = [
    ("show", "Emails seen by the Herald", "council engineers knew of cracks in the Mardle Bridge two years before it was closed"),
    ("wrote", "an engineer", "the cracks were \"getting worse every month\""),
    ("said", "A council spokesperson", "the emails had been shared with the inquiry"),
]
NOT_REPORTS["bridge_emails"] = ["The bridge carries about 9,000 vehicles a day."]

ARTICLES["ambulance_memo"] = """Leaked memo warns of paramedic shortfall

A leaked memo, seen by the Courier, warns that the Westvale ambulance service will be short of 140 paramedics by next winter.

The memo was leaked to reporters last week.

The service's chief executive, Priya Madan, said the figures in the memo were out of date.

She said 60 paramedics had been recruited since it was written.
"""
GOLD["ambulance_memo"] = [
    ("warns", "A leaked memo, seen by the Courier", "the Westvale ambulance service will be short of 140 paramedics by next winter"),
    ("said", "The service's chief executive, Priya Madan", "the figures in the memo were out of date"),
    ("said", "She", "60 paramedics had been recruited since it was written"),
]
NOT_REPORTS["ambulance_memo"] = ["The memo was leaked to reporters last week."]
SPEAKERS["ambulance_memo"] = [("said", "She", "Priya Madan", "60 paramedics")]

ARTICLES["prison_checks"] = """Guards skipped night checks, documents reveal

Documents obtained by the Gazette reveal that guards at Holloway Moor prison skipped night checks on 31 occasions last year.

The documents were obtained under freedom of information laws.

The prison service said the checks had since been moved to a new electronic system.
"""
GOLD["prison_checks"] = [
    ("reveal", "Documents obtained by the Gazette", "guards at Holloway Moor prison skipped night checks on 31 occasions last year"),
    ("said", "The prison service", "the checks had since been moved to a new electronic system"),
]
NOT_REPORTS["prison_checks"] = ["The documents were obtained under freedom of information laws."]

ARTICLES["brakes_testimony"] = """Former safety officer says brake warnings were ignored

A former safety officer at Kestrel Airways testified that managers had ordered him to stop filing reports about worn brakes.

Owen Tally, 52, told the court he had raised the problem at least nine times.

Under cross-examination, he accepted that he had not written to the regulator.

The trial began in May.
"""
GOLD["brakes_testimony"] = [
    ("testified", "A former safety officer at Kestrel Airways", "managers had ordered him to stop filing reports about worn brakes"),
    ("told", "Owen Tally, 52", "he had raised the problem at least nine times"),
    ("accepted", "he", "he had not written to the regulator"),
]
NOT_REPORTS["brakes_testimony"] = ["The trial began in May."]
SPEAKERS["brakes_testimony"] = [("accepted", "he", "Owen Tally", "he had not")]

ARTICLES["rail_lawmakers"] = """Rail chief apologises for timetable chaos

The head of Northline Rail, Gemma Astley, told lawmakers on Tuesday that the new timetable had been brought in too quickly.

She said the company would pay compensation to season ticket holders.

The transport committee will publish its report in the spring.
"""
GOLD["rail_lawmakers"] = [
    ("told", "The head of Northline Rail, Gemma Astley", "the new timetable had been brought in too quickly"),
    ("said", "She", "the company would pay compensation to season ticket holders"),
]
NOT_REPORTS["rail_lawmakers"] = ["The transport committee will publish its report in the spring."]
SPEAKERS["rail_lawmakers"] = [("said", "She", "Gemma Astley", "the company")]

ARTICLES["pipes_evidence"] = """Water firm admits pipe records were incomplete

In written evidence to the environment committee, Dorrow Water said its records of old pipes were "incomplete in places".

The firm's submission also says it has replaced 12 miles of mains since 2022.

The committee will question the firm's managers next month.
"""
GOLD["pipes_evidence"] = [
    ("said", "Dorrow Water", "its records of old pipes were \"incomplete in places\""),
    ("says", "The firm's submission", "it has replaced 12 miles of mains since 2022"),
]
NOT_REPORTS["pipes_evidence"] = ["The committee will question the firm's managers next month."]

ARTICLES["cargo_indictment"] = """Three charged over cargo thefts at port

Three men have been charged over the theft of electronics from the Port of Calder.

The indictment charges that the men stole more than 600 containers of laptops and phones over four years.

Prosecutors argued at a bail hearing that the men posed a flight risk.

Two of the men were held without bail.

The indictment was unsealed on Wednesday.
"""
GOLD["cargo_indictment"] = [
    ("charges", "The indictment", "the men stole more than 600 containers of laptops and phones over four years"),
    ("argued", "Prosecutors", "the men posed a flight risk"),
]
NOT_REPORTS["cargo_indictment"] = ["Two of the men were held without bail.", "The indictment was unsealed on Wednesday."]

ARTICLES["phone_ruling"] = """Judge strikes down school phone ban

A judge has struck down a ban on mobile phones in the schools of the Linden Valley district.

Judge Mara Ellison wrote in her ruling that the district had not given parents a chance to object to the ban.

The judge said the ban could be brought back if the district held a public hearing.

The district has 30 days to appeal.

The ruling runs to 28 pages.
"""
GOLD["phone_ruling"] = [
    ("wrote", "Judge Mara Ellison", "the district had not given parents a chance to object to the ban"),
    ("said", "The judge", "the ban could be brought back if the district held a public hearing"),
]
NOT_REPORTS["phone_ruling"] = ["The district has 30 days to appeal.", "The ruling runs to 28 pages."]
SPEAKERS["phone_ruling"] = [("said", "The judge", "Mara Ellison", "the ban")]

ARTICLES["chain_filing"] = """Fashion chain owes suppliers £18m, filing shows

Harlow & Pike owes its suppliers more than £18 million, a filing at Companies House shows.

The filing also shows that the chain's two founders lent it £2 million in January.

The chain has 84 shops and employs 1,900 people.

A spokesman for the chain said talks with lenders were continuing.
"""
GOLD["chain_filing"] = [
    ("shows", "a filing at Companies House", "Harlow & Pike owes its suppliers more than £18 million"),
    ("shows", "The filing", "the chain's two founders lent it £2 million in January"),
    ("said", "A spokesman for the chain", "talks with lenders were continuing"),
]
NOT_REPORTS["chain_filing"] = ["The chain has 84 shops and employs 1,900 people."]

ARTICLES["governor_call"] = """Transcript shows governor pressed election official

A transcript of the call shows that Governor Alan Ruddock asked the state's election chief to "look again" at the count in two counties.

The call lasted 40 minutes.

The election chief, Dolores Wynn, told investigators she had felt pressured.

Ruddock has said the call was routine.
"""
GOLD["governor_call"] = [
    ("shows", "A transcript of the call", "Governor Alan Ruddock asked the state's election chief to \"look again\" at the count in two counties"),
    ("told", "The election chief, Dolores Wynn", "she had felt pressured"),
    ("said", "Ruddock", "the call was routine"),
]
NOT_REPORTS["governor_call"] = ["The call lasted 40 minutes."]

ARTICLES["scanner_minutes"] = """Hospital board was warned of scanner faults in 2023

Minutes of the board's meeting in June 2023 record that directors were told the hospital's two MRI scanners were "close to failure".

The minutes were published on the trust's website on Friday.

The trust's medical director, Dr Ian Pelham, said a new scanner would be installed in the spring.
"""
GOLD["scanner_minutes"] = [
    ("record", "Minutes of the board's meeting in June 2023", "directors were told the hospital's two MRI scanners were \"close to failure\""),
    ("said", "The trust's medical director, Dr Ian Pelham", "a new scanner would be installed in the spring"),
]
NOT_REPORTS["scanner_minutes"] = ["The minutes were published on the trust's website on Friday."]

ARTICLES["grants_audit"] = """Audit finds council lost track of £3m in grants

The audit found that Pellworth council could not account for £3.1 million in grants paid to community groups.

The auditor, Keeley Marr, said records for some grants had not been kept at all.

The council's leader said he accepted the findings in full.

The audit covered the years 2020 to 2023.
"""
GOLD["grants_audit"] = [
    ("found", "The audit", "Pellworth council could not account for £3.1 million in grants paid to community groups"),
    ("said", "The auditor, Keeley Marr", "records for some grants had not been kept at all"),
    ("said", "The council's leader", "he accepted the findings in full"),
]
NOT_REPORTS["grants_audit"] = ["The audit covered the years 2020 to 2023."]

ARTICLES["museum_memo"] = """Museum director warned of closure, memo shows

A memo to the trustees of the Carrick Museum sets out plans to close two of its galleries.

The memo quotes the finance director, Lorna Vick, as saying that the museum "cannot survive another year like this".

It was sent to trustees on 3 October.

A museum spokesman said the director's words had been taken out of context.
"""
GOLD["museum_memo"] = [
    ("quotes", "The memo",
     "the finance director, Lorna Vick, as saying that the museum \"cannot survive another year like this\""),
    ("said", "A museum spokesman", "the director's words had been taken out of context"),
]
NOT_REPORTS["museum_memo"] = ["It was sent to trustees on 3 October."]

ARTICLES["pharmacist_trial"] = """Pharmacist altered stock records, jury told

Prosecutors argued on Thursday that Colm Breslin, a pharmacist in Rathmore, had altered his stock records before an inspection.

His barrister, Siobhan Keane, argued that the records had been changed by a software fault.

The jury was sent out to consider its verdict.

Breslin denies four counts of fraud.
"""
GOLD["pharmacist_trial"] = [
    ("argued", "Prosecutors", "Colm Breslin, a pharmacist in Rathmore, had altered his stock records before an inspection"),
    ("argued", "His barrister, Siobhan Keane", "the records had been changed by a software fault"),
    ("denies", "Breslin", "four counts of fraud"),
]
NOT_REPORTS["pharmacist_trial"] = ["The jury was sent out to consider its verdict."]

ARTICLES["syrup_lawsuit"] = """Families sue drugmaker over cough syrup

Two families in Colorado have sued Orvella Pharma over a children's cough syrup.

According to the lawsuit, the company knew of the contamination for three weeks before it recalled the syrup.

The lawsuit was filed in federal court in Denver on Tuesday.

Orvella said it had acted as soon as it learned of the problem.
"""
GOLD["syrup_lawsuit"] = [
    ("According to", "the lawsuit", "the company knew of the contamination for three weeks before it recalled the syrup"),
    ("said", "Orvella", "it had acted as soon as it learned of the problem"),
]
NOT_REPORTS["syrup_lawsuit"] = ["The lawsuit was filed in federal court in Denver on Tuesday."]

ARTICLES["jail_report"] = """Drug use doubled at jail, leaked report says

A report by the prisons inspectorate, which was leaked to the Ledger, says drug use at Farnley jail doubled in two years.

The inspectorate declined to comment on the leak.

The report is due to be published next month.
"""
GOLD["jail_report"] = [
    ("says", "A report by the prisons inspectorate, which was leaked to the Ledger", "drug use at Farnley jail doubled in two years"),
    ("declined", "The inspectorate", "the leak"),
]
NOT_REPORTS["jail_report"] = ["The report is due to be published next month."]

ARTICLES["bank_email"] = """Bank boss warns staff of job cuts

In an email to staff, the chief executive of Tanwell Bank, Martin Oyelaran, wrote that up to 400 jobs could go.

The email, which was sent on Monday evening, was later shared with the Post.

A union official, Beth Carrow, said members were "angry and frightened".
"""
GOLD["bank_email"] = [
    ("wrote", "the chief executive of Tanwell Bank, Martin Oyelaran", "up to 400 jobs could go"),
    ("said", "A union official, Beth Carrow", "members were \"angry and frightened\""),
]
NOT_REPORTS["bank_email"] = ["The email, which was sent on Monday evening, was later shared with the Post."]

ARTICLES["developer_deposition"] = """Developer denies meeting planning officer

In a deposition released on Friday, the developer, Grant Mollison, said he had never met the planning officer.

He said under oath that all payments to the officer's brother were for legal work.

The deposition was taken in August.
"""
GOLD["developer_deposition"] = [
    ("said", "the developer, Grant Mollison", "he had never met the planning officer"),
    ("said", "He", "all payments to the officer's brother were for legal work"),
]
NOT_REPORTS["developer_deposition"] = ["The deposition was taken in August."]
SPEAKERS["developer_deposition"] = [("said", "He", "Grant Mollison", "all payments")]

ARTICLES["sheriff_records"] = """Sheriff candidate owed back taxes, records show

Court records show that Dana Ruelle, a candidate for county sheriff, owed $42,000 in back taxes in 2019.

Property records indicate she paid the debt in 2021.

Ruelle said in a statement that the debt was the result of an accountant's mistake.

The election is on 4 November.
"""
GOLD["sheriff_records"] = [
    ("show", "Court records", "Dana Ruelle, a candidate for county sheriff, owed $42,000 in back taxes in 2019"),
    ("indicate", "Property records", "she paid the debt in 2021"),
    ("said", "Ruelle", "the debt was the result of an accountant's mistake"),
]
NOT_REPORTS["sheriff_records"] = ["The election is on 4 November."]

ARTICLES["pipeline_senate"] = """Engineer tells senators of pipeline flaws

In testimony to a Senate committee, a former engineer at Crestline Energy said welds on the pipeline had been checked by unqualified staff.

The engineer, Victor Amadi, told senators he had photographed 70 faulty welds.

Crestline said the claims were false.

The hearing lasted three hours.
"""
GOLD["pipeline_senate"] = [
    ("said", "a former engineer at Crestline Energy", "welds on the pipeline had been checked by unqualified staff"),
    ("told", "The engineer, Victor Amadi", "he had photographed 70 faulty welds"),
    ("said", "Crestline", "the claims were false"),
]
NOT_REPORTS["pipeline_senate"] = ["The hearing lasted three hours."]

ARTICLES["footage_order"] = """Court orders release of police footage

A court has ordered the city of Brennard to release police footage of an arrest outside a nightclub in March.

The order says the city must release the footage within 14 days.

Judge Harriet Osei said in her ruling that the public interest outweighed the privacy of the officers.

The footage is about 11 minutes long.
"""
GOLD["footage_order"] = [
    ("says", "The order", "the city must release the footage within 14 days"),
    ("said", "Judge Harriet Osei", "the public interest outweighed the privacy of the officers"),
]
NOT_REPORTS["footage_order"] = ["The footage is about 11 minutes long."]

ARTICLES["club_texts"] = """Club accused of fielding over-age players

Text messages cited in the league's complaint show that the coach of Brindle Rovers asked players to lie about their ages.

The club's chairman, Rob Tennant, said the messages had been "twisted".

The complaint was lodged on 2 May.

The club plays in the regional under-16 league.
"""
GOLD["club_texts"] = [
    ("show", "Text messages cited in the league's complaint", "the coach of Brindle Rovers asked players to lie about their ages"),
    ("said", "The club's chairman, Rob Tennant", "the messages had been \"twisted\""),
]
NOT_REPORTS["club_texts"] = ["The complaint was lodged on 2 May.", "The club plays in the regional under-16 league."]

ARTICLES["bypass_draft"] = """Bypass costs could double, draft report says

A draft of the report, seen by the Courier, says the cost of the Elmsworth bypass could double to £480 million.

The report, which was written by the council's own engineers, concludes that the route crosses unstable ground.

The final version will go to councillors in July.

Council leader Fay Hurst said no decision had been made.
"""
GOLD["bypass_draft"] = [
    ("says", "A draft of the report, seen by the Courier", "the cost of the Elmsworth bypass could double to £480 million"),
    ("concludes", "The report, which was written by the council's own engineers", "the route crosses unstable ground"),
    ("said", "Council leader Fay Hurst", "no decision had been made"),
]
NOT_REPORTS["bypass_draft"] = ["The final version will go to councillors in July."]

ARTICLES["care_court_papers"] = """Care company hid staff shortages, families claim

Court papers allege that Ashdene Care left a home for 60 residents with two night staff for most of 2024.

Lawyers for the families said in a filing that the company had falsified its rotas.

The papers were lodged at the High Court in Leeds.

Ashdene said in a statement that it "strongly rejects" the claims.
"""
GOLD["care_court_papers"] = [
    ("allege", "Court papers", "Ashdene Care left a home for 60 residents with two night staff for most of 2024"),
    ("said", "Lawyers for the families", "the company had falsified its rotas"),
    ("said", "Ashdene", "it \"strongly rejects\" the claims"),
]
NOT_REPORTS["care_court_papers"] = ["The papers were lodged at the High Court in Leeds."]

ARTICLES["harbour_ruling"] = """Harbour plan blocked by judge

In a 30-page ruling, Judge Tobias Wren found that the harbour board had failed to consult fishermen.

"The board treated the consultation as a formality," the judge wrote.

The board said it would study the ruling.

The harbour handles about 200 boats.
"""
GOLD["harbour_ruling"] = [
    ("found", "Judge Tobias Wren", "the harbour board had failed to consult fishermen"),
    ("wrote", "the judge", "The board treated the consultation as a formality"),
    ("said", "The board", "it would study the ruling"),
]
NOT_REPORTS["harbour_ruling"] = ["The harbour handles about 200 boats."]
SPEAKERS["harbour_ruling"] = [("wrote", "the judge", "Tobias Wren", "The board treated")]

ARTICLES["stadium_foi"] = """Emails suggest club was warned about stand

Emails released under freedom of information laws suggest that Corran Athletic was warned about rust in its east stand in 2022.

The emails were handed to the safety inquiry last month.

A club spokeswoman said the stand had been inspected every year.
"""
GOLD["stadium_foi"] = [
    ("suggest", "Emails released under freedom of information laws", "Corran Athletic was warned about rust in its east stand in 2022"),
    ("said", "A club spokeswoman", "the stand had been inspected every year"),
]
NOT_REPORTS["stadium_foi"] = ["The emails were handed to the safety inquiry last month."]

ARTICLES["police_chief_hearing"] = """Police chief questioned over raid

Testifying before the city council's oversight committee, police chief Darnell Price said officers had followed the rules during the raid.

Asked whether the warrant named the right address, Price replied that it did.

The committee's chair, Inez Moran, said she was "not convinced".

The hearing will resume on Monday.
"""
GOLD["police_chief_hearing"] = [
    ("said", "police chief Darnell Price", "officers had followed the rules during the raid"),
    ("replied", "Price", "it did"),
    ("said", "The committee's chair, Inez Moran", "she was \"not convinced\""),
]
NOT_REPORTS["police_chief_hearing"] = ["The hearing will resume on Monday."]

ARTICLES["mill_statements"] = """Former workers describe conditions at mill

Sworn statements from 12 former workers describe shifts of up to 16 hours at the Larchfield mill.

The statements were collected by a charity, Work Fair, over six months.

The mill's owner, Keswin Textiles, said it had not seen the statements.
"""
GOLD["mill_statements"] = [
    ("describe", "Sworn statements from 12 former workers", "shifts of up to 16 hours at the Larchfield mill"),
    ("said", "The mill's owner, Keswin Textiles", "it had not seen the statements"),
]
NOT_REPORTS["mill_statements"] = ["The statements were collected by a charity, Work Fair, over six months."]

ARTICLES["ferry_filing_states"] = """Ferry operator warns it may run out of cash

The filing states that Solent Isles Ferries could run out of cash by March unless it finds new lenders.

The company's finance director, Harriet Dunne, wrote in the filing that talks with two banks were "at an advanced stage".

A copy of the filing was sent to the Echo.

The operator runs 14 crossings a day.
"""
GOLD["ferry_filing_states"] = [
    ("states", "The filing", "Solent Isles Ferries could run out of cash by March unless it finds new lenders"),
    ("wrote", "The company's finance director, Harriet Dunne", "talks with two banks were \"at an advanced stage\""),
]
NOT_REPORTS["ferry_filing_states"] = ["A copy of the filing was sent to the Echo.", "The operator runs 14 crossings a day."]

ARTICLES["library_minutes"] = """Minutes show councillors knew of library cuts

Minutes from the meeting show that councillors agreed to close four libraries before the public consultation began.

The meeting was held in private in January.

Councillor Ben Ashworth said the minutes had been "misread".

The audit took eight months.
"""
GOLD["library_minutes"] = [
    ("show", "Minutes from the meeting", "councillors agreed to close four libraries before the public consultation began"),
    ("said", "Councillor Ben Ashworth", "the minutes had been \"misread\""),
]
NOT_REPORTS["library_minutes"] = ["The meeting was held in private in January.", "The audit took eight months."]

ARTICLES["fraud_transcript"] = """Transcript released in fraud case

The transcript was released by the court on Tuesday.

It shows that the banker, Felix Ardent, told the judge he had "made a terrible mistake".

Ardent, 44, of Brixley, admitted two counts of fraud in September.

He will be sentenced next month.
"""
GOLD["fraud_transcript"] = [
    ("shows", "It", "the banker, Felix Ardent, told the judge he had \"made a terrible mistake\""),
    ("admitted", "Ardent, 44, of Brixley", "two counts of fraud"),
]
NOT_REPORTS["fraud_transcript"] = ["The transcript was released by the court on Tuesday.", "He will be sentenced next month."]

ARTICLES["school_notes"] = """Inspectors' notes reveal concerns at academy

Inspectors' notes, published on Wednesday, say that pupils at Greyfield Academy were often left without a teacher.

The academy's head, Colin Marsh, told parents in a letter that supply staff had been hard to find.

The notes were written during a visit in May.
"""
GOLD["school_notes"] = [
    ("say", "Inspectors' notes, published on Wednesday", "pupils at Greyfield Academy were often left without a teacher"),
    ("told", "The academy's head, Colin Marsh", "supply staff had been hard to find"),
]
NOT_REPORTS["school_notes"] = ["The notes were written during a visit in May."]
