# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-third session's check of regulatory enforcement and corporate
filings news (helper I): fines and final notices ('the regulator said in its final notice', 'neither admitted nor
denied the findings', 'the firm said it had cooperated fully'), lawsuits and complaints ('the complaint alleges',
'the agency accused the bank of'), filings ('according to a filing with the securities agency', 'the company
disclosed'), watchdog findings and audits ('the watchdog found that', 'the audit concluded'), recalls ('the recall
notice warns'), settlements ('the settlement requires' is no report: PolNeAR train marks 2 of 22 'requires'),
whistleblowers ('a whistleblower told investigators'), deal and probe leaks ('people familiar with the matter said'),
'did not respond to a request for comment' (no report, as the project has it: PolNeAR marks 22 of 75) and warnings
that move shares ('shares fell after the firm warned').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before a
name are part of the source): per article, (a word of the cue, the source, the first content span) for each report
in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (fine amounts, share prices, case numbers, product
names, legal citations, dates of filings, narration); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Every name, firm, agency, figure and sentence is made up. Read by
``test_probe_findings_63_regulators``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["final_notice"] = """Brambleton Insurance fined £4.2m over flood claims

The Conduct Standards Office fined Brambleton Insurance £4.2 million on Thursday over its handling of home insurance claims after last winter's floods.

The insurer had left more than 3,000 customers waiting over six months for payouts, the regulator said in its final notice.

Brambleton neither admitted nor denied the findings.

Its chief executive, Oliver Penhale, said the company had cooperated fully with the investigation.

He said every customer who had waited more than a month would receive £250.

The penalty would have been £6 million without a 30% discount for settling early.
"""
GOLD["final_notice"] = [
    ("said", "the regulator", "The insurer had left more than 3,000 customers waiting over six months for payouts"),
    ("denied", "Brambleton", "the findings"),
    ("said", "Its chief executive, Oliver Penhale", "the company had cooperated fully with the investigation"),
    ("said", "He", "every customer who had waited more than a month would receive £250"),
]
NOT_REPORTS["final_notice"] = [
    "The Conduct Standards Office fined Brambleton Insurance £4.2 million on Thursday over its handling of home insurance claims after last winter's floods.",
    "The penalty would have been £6 million without a 30% discount for settling early.",
]
SPEAKERS["final_notice"] = [("said", "He", "Oliver Penhale", "every customer")]

ARTICLES["overdraft_suit"] = """Consumer agency sues Halvergate Bank over overdraft fees

The Consumer Finance Bureau sued Halvergate Bank in federal court in Ostrava on Monday.

The complaint alleges that the bank charged overdraft fees on transactions that never overdrew an account.

The agency accused the bank of hiding the fees in statements that customers could not read on their phones.

"Families paid for money they never borrowed," the bureau's director, Naomi Castellane, said in a statement.

Halvergate said it would fight the case and that its fees were clearly disclosed.

The case is Consumer Finance Bureau v. Halvergate Bank, No. 24-cv-3318.

Halvergate's shares closed 2.1% lower at $41.60.
"""
GOLD["overdraft_suit"] = [
    ("alleges", "The complaint", "the bank charged overdraft fees on transactions that never overdrew an account"),
    ("accused", "The agency", "the bank of hiding the fees in statements that customers could not read on their phones"),
    ("said", "the bureau's director, Naomi Castellane", "Families paid for money they never borrowed"),
    ("said", "Halvergate", "it would fight the case and that its fees were clearly disclosed"),
]
NOT_REPORTS["overdraft_suit"] = [
    "The Consumer Finance Bureau sued Halvergate Bank in federal court in Ostrava on Monday.",
    "The case is Consumer Finance Bureau v. Halvergate Bank, No. 24-cv-3318.",
    "Halvergate's shares closed 2.1% lower at $41.60.",
]
SPEAKERS["overdraft_suit"] = [("accused", "The agency", "Consumer Finance Bureau", "the bank of hiding")]

ARTICLES["filing_probe"] = """Tarrow Logistics under investigation over accounting, filing shows

Tarrow Logistics is being investigated over how it booked revenue from long-term shipping contracts, according to a filing with the securities agency.

The company disclosed that it had received a subpoena from the agency's enforcement division in March.

Tarrow said in the filing that it was cooperating with the inquiry and could not predict its outcome.

The filing was made late on Friday, after markets had closed.

Tarrow's auditor, Grell & Marsh, resigned in January.
"""
GOLD["filing_probe"] = [
    ("according to", "a filing with the securities agency", "Tarrow Logistics is being investigated over how it booked revenue from long-term shipping contracts"),
    ("disclosed", "The company", "it had received a subpoena from the agency's enforcement division in March"),
    ("said", "Tarrow", "it was cooperating with the inquiry and could not predict its outcome"),
]
NOT_REPORTS["filing_probe"] = [
    "The filing was made late on Friday, after markets had closed.",
    "Tarrow's auditor, Grell & Marsh, resigned in January.",
]

ARTICLES["watchdog_energy"] = """Energy supplier overcharged prepayment customers, watchdog finds

The energy watchdog found that Solvane Energy had overcharged 41,000 prepayment customers over two winters.

Solvane will pay £9.8 million into a redress fund.

"Prepayment customers are often the least able to absorb a mistake like this," said Imogen Farrant, the watchdog's director of enforcement.

A spokesman for Solvane said the errors had been caused by a fault in its billing software.

He said the fault had been fixed in February.

The supplier has about 1.2 million customers.
"""
GOLD["watchdog_energy"] = [
    ("found", "The energy watchdog", "Solvane Energy had overcharged 41,000 prepayment customers over two winters"),
    ("said", "Imogen Farrant, the watchdog's director of enforcement", "Prepayment customers are often the least able to absorb a mistake like this"),
    ("said", "A spokesman for Solvane", "the errors had been caused by a fault in its billing software"),
    ("said", "He", "the fault had been fixed in February"),
]
NOT_REPORTS["watchdog_energy"] = [
    "Solvane will pay £9.8 million into a redress fund.",
    "The supplier has about 1.2 million customers.",
]

ARTICLES["whistleblower_lab"] = """Whistleblower says lab skipped safety tests

A whistleblower told investigators that Pellam Diagnostics had skipped required checks on a batch of blood-test kits.

The former quality manager, Rosalind Achebe, said she had raised the problem with her supervisor twice before going to the regulator.

"I was told to sign the forms and move on," she said.

Pellam said it took the allegations seriously and had hired an outside law firm to review them.

The kits were sold under the name ClearPanel 6.

The health products regulator opened its inquiry in August.
"""
GOLD["whistleblower_lab"] = [
    ("told", "A whistleblower", "Pellam Diagnostics had skipped required checks on a batch of blood-test kits"),
    ("said", "The former quality manager, Rosalind Achebe", "she had raised the problem with her supervisor twice before going to the regulator"),
    ("said", "she", "I was told to sign the forms and move on"),
    ("said", "Pellam", "it took the allegations seriously and had hired an outside law firm to review them"),
]
NOT_REPORTS["whistleblower_lab"] = [
    "The kits were sold under the name ClearPanel 6.",
    "The health products regulator opened its inquiry in August.",
]
SPEAKERS["whistleblower_lab"] = [("said", "she", "Rosalind Achebe", "I was told")]

ARTICLES["charity_audit"] = """Audit finds gaps in youth charity's books

An audit of the Kestrel Youth Trust concluded that £380,000 of spending over three years could not be traced to receipts.

The charity regulator said it had opened a statutory inquiry.

The trust's chair, Desmond Oyelaran, said the trustees accepted the auditors' findings in full.

"We let down the young people who rely on us," Mr Oyelaran said.

The trust runs 14 youth clubs across the county.

Its annual income last year was £2.3 million.
"""
GOLD["charity_audit"] = [
    ("concluded", "An audit of the Kestrel Youth Trust", "£380,000 of spending over three years could not be traced to receipts"),
    ("said", "The charity regulator", "it had opened a statutory inquiry"),
    ("said", "The trust's chair, Desmond Oyelaran", "the trustees accepted the auditors' findings in full"),
    ("said", "Mr Oyelaran", "We let down the young people who rely on us"),
]
NOT_REPORTS["charity_audit"] = [
    "The trust runs 14 youth clubs across the county.",
    "Its annual income last year was £2.3 million.",
]
SPEAKERS["charity_audit"] = [("said", "Mr Oyelaran", "Desmond Oyelaran", "We let down")]

ARTICLES["heater_recall"] = """Retailer recalls 60,000 fan heaters over fire risk

Homewise is recalling 60,000 fan heaters sold in its stores between October and January.

The recall notice warns that the heaters can overheat and melt if left running overnight.

The affected model is the Homewise FH200, with batch codes starting 23B.

The product safety office said it had received 17 reports of heaters catching fire.

Homewise said customers should stop using the heaters at once and return them for a full refund.

No injuries have been reported.
"""
GOLD["heater_recall"] = [
    ("warns", "The recall notice", "the heaters can overheat and melt if left running overnight"),
    ("said", "The product safety office", "it had received 17 reports of heaters catching fire"),
    ("said", "Homewise", "customers should stop using the heaters at once and return them for a full refund"),
]
NOT_REPORTS["heater_recall"] = [
    "Homewise is recalling 60,000 fan heaters sold in its stores between October and January.",
    "The affected model is the Homewise FH200, with batch codes starting 23B.",
]

ARTICLES["bank_settlement"] = """Corvane Bank settles money-laundering case for $310m

Corvane Bank will pay $310 million to settle charges that it failed to stop money laundering through its branches near the border.

The settlement requires the bank to hire an independent monitor for three years.

Prosecutors said the bank had ignored more than 2,000 alerts flagged by its own systems.

Corvane's general counsel, Petra Lindqvist, said the bank had spent $90 million on new controls since 2022.

The agreement was filed in federal court on Wednesday.
"""
GOLD["bank_settlement"] = [
    ("said", "Prosecutors", "the bank had ignored more than 2,000 alerts flagged by its own systems"),
    ("said", "Corvane's general counsel, Petra Lindqvist", "the bank had spent $90 million on new controls since 2022"),
]
NOT_REPORTS["bank_settlement"] = [
    "The settlement requires the bank to hire an independent monitor for three years.",
    "The agreement was filed in federal court on Wednesday.",
]

ARTICLES["merger_leak"] = """Competition regulator set to block grocery merger

The competition regulator is preparing to block the merger of Fenwold and Crickmore, people familiar with the matter said.

The two chains would control nearly a third of the grocery market if combined.

A decision is expected by the end of the month, the people said.

Fenwold did not respond to a request for comment.

Crickmore declined to comment.

Fenwold shares fell 6% to 212 pence in early trading.
"""
GOLD["merger_leak"] = [
    ("said", "people familiar with the matter", "The competition regulator is preparing to block the merger of Fenwold and Crickmore"),
    ("said", "the people", "A decision is expected by the end of the month"),
    ("declined", "Crickmore", "to comment"),
]
NOT_REPORTS["merger_leak"] = [
    "The two chains would control nearly a third of the grocery market if combined.",
    "Fenwold did not respond to a request for comment.",
    "Fenwold shares fell 6% to 212 pence in early trading.",
]

ARTICLES["profit_warning"] = """Quillan shares slide after profit warning

Shares in Quillan fell 14% on Tuesday after the firm warned that annual profit would be well below forecasts.

The engineering group blamed delays on two rail contracts and the cost of a product recall.

Chief financial officer Marcus Delacroix told analysts that the company expected to recover most of the lost revenue next year.

Analysts at Brennock Capital wrote that the warning raised questions about the firm's bidding discipline.

The stock closed at 384 pence, its lowest level since 2020.
"""
GOLD["profit_warning"] = [
    ("warned", "the firm", "annual profit would be well below forecasts"),
    ("blamed", "The engineering group", "delays on two rail contracts and the cost of a product recall"),
    ("told", "Chief financial officer Marcus Delacroix", "the company expected to recover most of the lost revenue next year"),
    ("wrote", "Analysts at Brennock Capital", "the warning raised questions about the firm's bidding discipline"),
]
NOT_REPORTS["profit_warning"] = ["The stock closed at 384 pence, its lowest level since 2020."]

ARTICLES["airline_refunds"] = """Aviation authority accuses Skylark of stalling refunds

The civil aviation authority accused Skylark Airways of breaking consumer law by making passengers wait months for refunds on cancelled flights.

The authority said it would take the airline to court unless it paid all outstanding refunds within 28 days.

Skylark said in a statement that it had already cleared 80% of the backlog.

"We are a small airline and the cancellations came all at once," the statement said.

Skylark flies to 31 destinations from two airports.
"""
GOLD["airline_refunds"] = [
    ("accused", "The civil aviation authority", "Skylark Airways of breaking consumer law by making passengers wait months for refunds on cancelled flights"),
    ("said", "The authority", "it would take the airline to court unless it paid all outstanding refunds within 28 days"),
    ("said", "Skylark", "it had already cleared 80% of the backlog"),
    ("said", "the statement", "We are a small airline and the cancellations came all at once"),
]
NOT_REPORTS["airline_refunds"] = ["Skylark flies to 31 destinations from two airports."]

ARTICLES["insider_trading"] = """Former director charged with insider trading

Securities regulators charged a former director of Ormsby Pharmaceuticals with trading on advance knowledge of a failed drug trial.

According to the complaint, Gareth Velasquez sold 120,000 shares two days before the results were made public.

The regulator's complaint says the sale let him avoid losses of about $1.4 million.

His lawyer, Celia Brandt, said her client would contest the charges.

Ormsby said Mr Velasquez had left its board in May.

The case was filed under Section 10(b) of the Securities Exchange Act.
"""
GOLD["insider_trading"] = [
    ("charged", "Securities regulators", "a former director of Ormsby Pharmaceuticals with trading on advance knowledge of a failed drug trial"),
    ("according to", "the complaint", "Gareth Velasquez sold 120,000 shares two days before the results were made public"),
    ("says", "The regulator's complaint", "the sale let him avoid losses of about $1.4 million"),
    ("said", "His lawyer, Celia Brandt", "her client would contest the charges"),
    ("said", "Ormsby", "Mr Velasquez had left its board in May"),
]
NOT_REPORTS["insider_trading"] = [
    "The case was filed under Section 10(b) of the Securities Exchange Act.",
]

ARTICLES["food_plant"] = """Inspectors find rodents at ready-meal plant

Food safety inspectors found evidence of rodents in the storage area of a ready-meal plant run by Dunmere Foods, according to an inspection report published on Tuesday.

The report says staff had not cleaned the area for at least three weeks.

The plant was given a hygiene rating of one out of five.

Dunmere said it had closed the storage area and brought in a pest control contractor.

A former employee, who asked not to be named, said managers had been warned about the problem last year.

The plant makes about 400,000 meals a week for supermarkets.
"""
GOLD["food_plant"] = [
    ("according to", "an inspection report published on Tuesday", "Food safety inspectors found evidence of rodents in the storage area of a ready-meal plant run by Dunmere Foods"),
    ("says", "The report", "staff had not cleaned the area for at least three weeks"),
    ("said", "Dunmere", "it had closed the storage area and brought in a pest control contractor"),
    ("said", "A former employee, who asked not to be named", "managers had been warned about the problem last year"),
]
NOT_REPORTS["food_plant"] = [
    "The plant was given a hygiene rating of one out of five.",
    "The plant makes about 400,000 meals a week for supermarkets.",
]

ARTICLES["emissions_fine"] = """Carmaker fined over emissions software

Regulators fined Varden Motors €220 million after tests showed that its diesel vans emitted up to four times the legal limit of nitrogen oxides on the road.

The transport ministry said the vans had been fitted with software that recognised when they were being tested.

Varden denied that the software was designed to cheat and said it would appeal.

"Our engineers followed the rules as they were written at the time," said Henrik Solberg, Varden's head of compliance.

About 85,000 vans are affected in Europe.

The fine is the largest ever imposed by the ministry.
"""
GOLD["emissions_fine"] = [
    ("showed", "tests", "its diesel vans emitted up to four times the legal limit of nitrogen oxides on the road"),
    ("said", "The transport ministry", "the vans had been fitted with software that recognised when they were being tested"),
    ("denied", "Varden", "the software was designed to cheat"),
    ("said", "Henrik Solberg, Varden's head of compliance", "Our engineers followed the rules as they were written at the time"),
]
NOT_REPORTS["emissions_fine"] = [
    "About 85,000 vans are affected in Europe.",
    "The fine is the largest ever imposed by the ministry.",
]

ARTICLES["crypto_exchange"] = """Crypto exchange ordered to shut over client money

The financial regulator ordered the crypto exchange Noxa to stop taking new customers on Friday.

In its decision, the regulator said Noxa had mixed client funds with its own money and could not account for $27 million.

Noxa's founder, Timur Baskov, wrote on social media that the exchange was solvent and that the regulator had misunderstood its accounts.

Users said withdrawals had been frozen since Wednesday.

Noxa was registered in the country in 2021.
"""
GOLD["crypto_exchange"] = [
    ("ordered", "The financial regulator", "the crypto exchange Noxa to stop taking new customers on Friday"),
    ("said", "the regulator", "Noxa had mixed client funds with its own money and could not account for $27 million"),
    ("wrote", "Noxa's founder, Timur Baskov", "the exchange was solvent and that the regulator had misunderstood its accounts"),
    ("said", "Users", "withdrawals had been frozen since Wednesday"),
]
NOT_REPORTS["crypto_exchange"] = ["Noxa was registered in the country in 2021."]

ARTICLES["pension_transfer"] = """Advisers fined for steering steelworkers out of pensions

The Conduct Standards Office fined two financial advisers a total of £640,000 for advising steelworkers to give up their company pensions.

The regulator found that the pair had told clients the pension scheme was about to collapse, when it was not.

One of the advisers, Keith Mallory, said he had acted in good faith.

The other, Duncan Frew, did not respond to a request for comment.

Both men have been banned from working in financial services.

Around 300 workers transferred out of the scheme on their advice.
"""
GOLD["pension_transfer"] = [
    ("found", "The regulator", "the pair had told clients the pension scheme was about to collapse, when it was not"),
    ("said", "One of the advisers, Keith Mallory", "he had acted in good faith"),
]
NOT_REPORTS["pension_transfer"] = [
    "The other, Duncan Frew, did not respond to a request for comment.",
    "Both men have been banned from working in financial services.",
    "Around 300 workers transferred out of the scheme on their advice.",
]
SPEAKERS["pension_transfer"] = [("found", "The regulator", "Conduct Standards Office", "the pair")]

ARTICLES["annual_report"] = """Miner flags risk of fines in annual report

Galloway Resources disclosed in its annual report that it could face fines over a tailings dam leak at its copper mine in the north.

The company said it had set aside $45 million to cover clean-up costs.

It warned that the final bill could be higher if regulators found that the leak had reached the river.

The report was published on March 28.

Galloway produced 190,000 tonnes of copper last year.
"""
GOLD["annual_report"] = [
    ("disclosed", "Galloway Resources", "it could face fines over a tailings dam leak at its copper mine in the north"),
    ("said", "The company", "it had set aside $45 million to cover clean-up costs"),
    ("warned", "It", "the final bill could be higher if regulators found that the leak had reached the river"),
]
NOT_REPORTS["annual_report"] = [
    "The report was published on March 28.",
    "Galloway produced 190,000 tonnes of copper last year.",
]
SPEAKERS["annual_report"] = [("warned", "It", "Galloway Resources", "the final bill")]

ARTICLES["data_breach"] = """Privacy regulator fines retailer over data breach

The data protection commissioner fined the fashion retailer Corrin £7.5 million after hackers stole the card details of 900,000 customers.

The commissioner said Corrin had failed to fix a known weakness in its payment system for eleven months.

"This was not a sophisticated attack," the deputy commissioner, Alan Greaves, said.

Corrin said it was disappointed by the decision and was considering an appeal.

The breach was first disclosed in May 2023.
"""
GOLD["data_breach"] = [
    ("said", "The commissioner", "Corrin had failed to fix a known weakness in its payment system for eleven months"),
    ("said", "the deputy commissioner, Alan Greaves", "This was not a sophisticated attack"),
    ("said", "Corrin", "it was disappointed by the decision and was considering an appeal"),
]
NOT_REPORTS["data_breach"] = [
    "The data protection commissioner fined the fashion retailer Corrin £7.5 million after hackers stole the card details of 900,000 customers.",
    "The breach was first disclosed in May 2023.",
]
SPEAKERS["data_breach"] = [("said", "The commissioner", "commissioner", "Corrin had failed")]

ARTICLES["water_company"] = """Water firm admits illegal sewage spills

Easterbrook Water admitted on Monday that it had discharged untreated sewage into the River Lune on 43 days when its permits did not allow it.

The environment agency, which brought the prosecution, said the spills had killed thousands of fish.

The company's lawyer told the court that it had since spent £30 million upgrading the treatment works.

Judge Fiona Hargreaves said she would pass sentence next month.

The hearing was at Lancaster Crown Court.
"""
GOLD["water_company"] = [
    ("admitted", "Easterbrook Water", "it had discharged untreated sewage into the River Lune on 43 days when its permits did not allow it"),
    ("said", "The environment agency, which brought the prosecution", "the spills had killed thousands of fish"),
    ("told", "The company's lawyer", "it had since spent £30 million upgrading the treatment works"),
    ("said", "Judge Fiona Hargreaves", "she would pass sentence next month"),
]
NOT_REPORTS["water_company"] = ["The hearing was at Lancaster Crown Court."]

ARTICLES["telecom_billing"] = """Telecom regulator opens probe into mid-contract price rises

The telecoms regulator has opened an investigation into whether Brightline Mobile misled customers about price rises in the middle of their contracts.

In a statement, the regulator said it had received more than 1,500 complaints since January.

Brightline said its contracts made clear that prices could rise each April.

A consumer group, Fair Tariff, said customers had been treated "as a cash machine".

Brightline raised its prices by 8.8% this year.
"""
GOLD["telecom_billing"] = [
    ("said", "the regulator", "it had received more than 1,500 complaints since January"),
    ("said", "Brightline", "its contracts made clear that prices could rise each April"),
    ("said", "A consumer group, Fair Tariff", "customers had been treated \"as a cash machine\""),
]
NOT_REPORTS["telecom_billing"] = ["Brightline raised its prices by 8.8% this year."]

ARTICLES["construction_cartel"] = """Builders fined for rigging school contracts

The competition authority fined six construction firms a combined €58 million for rigging bids on school building contracts.

The authority said the firms had met in a hotel near Lyssen to decide which of them would win each tender.

One firm, Kettering Bau, escaped a fine because it reported the cartel to the authority.

Its managing director, Ulrike Dorn, said reporting the cartel had been "the only decent thing to do".

The other five firms can appeal to the Higher Regional Court within one month.
"""
GOLD["construction_cartel"] = [
    ("said", "The authority", "the firms had met in a hotel near Lyssen to decide which of them would win each tender"),
    ("said", "Its managing director, Ulrike Dorn", "reporting the cartel had been \"the only decent thing to do\""),
]
NOT_REPORTS["construction_cartel"] = [
    "The competition authority fined six construction firms a combined €58 million for rigging bids on school building contracts.",
    "The other five firms can appeal to the Higher Regional Court within one month.",
]

ARTICLES["car_dealer_loans"] = """Lender to repay borrowers after watchdog review

Pennant Motor Finance will repay £14 million to car buyers after a review by the financial watchdog.

The review found that the lender had charged some borrowers interest rates far above those it advertised.

Pennant said it accepted the findings and apologised to the customers affected.

Its chief executive, Saira Qureshi, said the firm had cooperated fully with the watchdog throughout.

She added that the lender had changed the way dealers set rates.

Refunds will be paid by the end of June.
"""
GOLD["car_dealer_loans"] = [
    ("found", "The review", "the lender had charged some borrowers interest rates far above those it advertised"),
    ("said", "Pennant", "it accepted the findings and apologised to the customers affected"),
    ("said", "Its chief executive, Saira Qureshi", "the firm had cooperated fully with the watchdog throughout"),
    ("added", "She", "the lender had changed the way dealers set rates"),
]
NOT_REPORTS["car_dealer_loans"] = [
    "Pennant Motor Finance will repay £14 million to car buyers after a review by the financial watchdog.",
    "Refunds will be paid by the end of June.",
]
SPEAKERS["car_dealer_loans"] = [("added", "She", "Saira Qureshi", "the lender")]

ARTICLES["drug_warning"] = """Drugmaker hid side-effect reports, regulator says

The medicines regulator said Halcyon Therapeutics had failed to pass on 212 reports of serious side effects from its sleeping pill Restora.

Halcyon said the reports had been delayed by a change of computer systems and that it had since sent them all.

A former safety officer at the company told investigators that she had been asked to hold back the reports until after a licence renewal.

The regulator has suspended the pill's licence for 90 days.

Restora is sold in 14 countries.
"""
GOLD["drug_warning"] = [
    ("said", "The medicines regulator", "Halcyon Therapeutics had failed to pass on 212 reports of serious side effects from its sleeping pill Restora"),
    ("said", "Halcyon", "the reports had been delayed by a change of computer systems and that it had since sent them all"),
    ("told", "A former safety officer at the company", "she had been asked to hold back the reports until after a licence renewal"),
]
NOT_REPORTS["drug_warning"] = [
    "The regulator has suspended the pill's licence for 90 days.",
    "Restora is sold in 14 countries.",
]

ARTICLES["shipping_sanctions"] = """Shipping firm settles sanctions case

Marlin Freight agreed to pay $19 million to settle allegations that it shipped machine parts to a banned buyer.

The Treasury's sanctions office said the company had used a front firm in another country to hide the real buyer.

Marlin neither admitted nor denied the allegations.

In a statement, the company said it had fired the managers involved and tightened its checks.

The settlement was announced on Thursday.

Marlin operates 38 cargo ships.
"""
GOLD["shipping_sanctions"] = [
    ("said", "The Treasury's sanctions office", "the company had used a front firm in another country to hide the real buyer"),
    ("denied", "Marlin", "the allegations"),
    ("said", "the company", "it had fired the managers involved and tightened its checks"),
]
NOT_REPORTS["shipping_sanctions"] = [
    "The settlement was announced on Thursday.",
    "Marlin operates 38 cargo ships.",
]

ARTICLES["audit_firm"] = """Audit firm censured over failed retailer's accounts

The accounting regulator censured the audit firm Pryce Holloway over its work on the accounts of the collapsed retailer Bellmore.

The regulator concluded that the firm's auditors had accepted management's figures for stock without checking them.

"Auditors are there to be sceptical," said the regulator's executive counsel, Thomas Adeyemi.

Pryce Holloway said it had changed its training and review process since the audit.

The firm was also ordered to pay £1.1 million in costs.

Bellmore went into administration in 2022 with debts of £270 million.
"""
GOLD["audit_firm"] = [
    ("concluded", "The regulator", "the firm's auditors had accepted management's figures for stock without checking them"),
    ("said", "the regulator's executive counsel, Thomas Adeyemi", "Auditors are there to be sceptical"),
    ("said", "Pryce Holloway", "it had changed its training and review process since the audit"),
]
NOT_REPORTS["audit_firm"] = [
    "The firm was also ordered to pay £1.1 million in costs.",
    "Bellmore went into administration in 2022 with debts of £270 million.",
]

ARTICLES["toy_recall"] = """Toy maker recalls magnetic building set

Tindle Toys is recalling about 25,000 magnetic building sets after reports that small magnets had come loose.

The recall notice says children who swallow more than one magnet can suffer serious internal injuries.

The company said it was not aware of any injuries.

The sets were sold as Tindle MagnaBlocks for £29.99.

Parents can return the sets to any shop for a refund.
"""
GOLD["toy_recall"] = [
    ("says", "The recall notice", "children who swallow more than one magnet can suffer serious internal injuries"),
    ("said", "The company", "it was not aware of any injuries"),
]
NOT_REPORTS["toy_recall"] = [
    "The sets were sold as Tindle MagnaBlocks for £29.99.",
    "Parents can return the sets to any shop for a refund.",
]
SPEAKERS["toy_recall"] = [("said", "The company", "Tindle Toys", "it was not aware")]

ARTICLES["mortgage_probe"] = """Dorran Bank shares drop on mortgage probe

Shares in Dorran Bank fell 5% on Wednesday after it disclosed that regulators were investigating how it sold interest-only mortgages.

The bank said in a statement to the stock exchange that it was one of several lenders being examined.

The agency is also looking at two other lenders, a person with knowledge of the inquiry said.

Dorran, which denies breaking any rules, said it would defend its record vigorously.

The bank has set aside £150 million for fines and compensation.

Dorran's shares have lost a third of their value this year.
"""
GOLD["mortgage_probe"] = [
    ("disclosed", "it", "regulators were investigating how it sold interest-only mortgages"),
    ("said", "The bank", "it was one of several lenders being examined"),
    ("said", "a person with knowledge of the inquiry", "The agency is also looking at two other lenders"),
    ("said", "Dorran, which denies breaking any rules", "it would defend its record vigorously"),
]
NOT_REPORTS["mortgage_probe"] = [
    "The bank has set aside £150 million for fines and compensation.",
    "Dorran's shares have lost a third of their value this year.",
]
SPEAKERS["mortgage_probe"] = [("disclosed", "it", "Dorran Bank", "regulators were")]

ARTICLES["gambling_fine"] = """Betting firm fined for failing to check problem gamblers

The Gaming Standards Commission fined the online bookmaker Luckmore £3.4 million on Tuesday.

"These failings allowed vulnerable customers to lose money they could not afford," the commission said in its final notice.

The fine, the commission said, reflected how long the failings had gone on.

In its defence, Luckmore argued that it had followed the guidance in force at the time.

Investors were told in March that a fine was likely.

It is the third time since 2019 that the firm has been fined.

Luckmore's licence number is 000-041277-R.
"""
GOLD["gambling_fine"] = [
    ("said", "the commission", "These failings allowed vulnerable customers to lose money they could not afford"),
    ("said", "the commission", "The fine"),
    ("argued", "Luckmore", "it had followed the guidance in force at the time"),
    ("told", "", "a fine was likely"),
]
NOT_REPORTS["gambling_fine"] = [
    "The Gaming Standards Commission fined the online bookmaker Luckmore £3.4 million on Tuesday.",
    "It is the third time since 2019 that the firm has been fined.",
    "Luckmore's licence number is 000-041277-R.",
]

ARTICLES["trading_desk"] = """Report finds bank ignored warnings about trading desk

Staff had raised concerns about the bank's commodities desk as early as 2020, an internal report found.

The report, dated 2 May and seen by this newspaper, says managers dismissed the warnings as "noise".

The bank's chair, Helena Moorcroft, said the board had acted on every recommendation in the report.

"We were too slow," she told shareholders at the annual meeting.

The desk lost $410 million in the second quarter of last year.

The penalty notice, dated 4 June, is available on the regulator's website.
"""
GOLD["trading_desk"] = [
    ("found", "an internal report", "Staff had raised concerns about the bank's commodities desk as early as 2020"),
    ("says", "The report, dated 2 May and seen by this newspaper", "managers dismissed the warnings as \"noise\""),
    ("said", "The bank's chair, Helena Moorcroft", "the board had acted on every recommendation in the report"),
    ("told", "she", "We were too slow"),
]
NOT_REPORTS["trading_desk"] = [
    "The desk lost $410 million in the second quarter of last year.",
    "The penalty notice, dated 4 June, is available on the regulator's website.",
]
SPEAKERS["trading_desk"] = [("told", "she", "Helena Moorcroft", "We were too slow")]
