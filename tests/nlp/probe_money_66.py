# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second pass's check of personal finance and money advice writing (helper
L): savings rates ('the bank said it would pass on the cut', 'according to the comparison site X'), mortgages
('Brokers expect'), pensions ('The pensions regulator estimates', 'Experts recommend'), tax deadlines ('the tax
office said'), scam warnings ('The fraud victim said', 'she told us', 'the consumer group X warned'), energy bill help,
budgeting columns told in the first person, reader questions answered by an expert ('A reader writes', 'Q: ... A:
...'), and speakers named again by pronoun across paragraphs.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included; the project's
convention ends a source before the comma that closes a relative clause on it): per article, (a word of the cue, the
source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (the
writer's own advice in the imperative, rates and products listed, example sums, definitions, deadlines, first-person
narration of a column); (cue, source, speaker, the content's first words) in ``SPEAKERS``. The first twenty-five
were written before any run, the next six after the first (harder shapes) and 'lender_breach' after the first mends.
Every name, place, firm, figure and sentence is made up. Read by ``test_probe_findings_66_money``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["easy_saver"] = """Pilsworth Bank trims easy-access rate

Pilsworth Bank said it would pass on the base rate cut to savers from 1 May.

The Pilsworth Easy Saver pays 4.1% a year on balances up to £85,000.

Interest is paid monthly.

According to the comparison site Ratewise, the best easy-access account now pays 4.8%.

Anna Petrovic, head of savings analysis at Ratewise, said loyal customers were losing out.

She said savers should move their money if their rate falls below 3%.
"""
GOLD["easy_saver"] = [
    ("said", "Pilsworth Bank", "it would pass on the base rate cut to savers from 1 May"),
    ("According to", "the comparison site Ratewise", "the best easy-access account now pays 4.8%"),
    ("said", "Anna Petrovic, head of savings analysis at Ratewise", "loyal customers were losing out"),
    ("said", "She", "savers should move their money if their rate falls below 3%"),
]
NOT_REPORTS["easy_saver"] = ["The Pilsworth Easy Saver pays 4.1% a year on balances up to £85,000.", "Interest is paid monthly."]
SPEAKERS["easy_saver"] = [("said", "She", "Anna Petrovic", "savers")]

ARTICLES["fixed_mortgages"] = """Two-year mortgage deals creep lower

Brokers expect further cuts to fixed rates before the summer.

The average two-year fixed mortgage now costs 5.32%, down from 5.61% a month ago.

Tomas Rekowski, a mortgage adviser at Gorrell & Finch, says borrowers coming off cheap deals should start shopping around six months early.

A fixed-rate mortgage keeps your monthly payment the same for the length of the deal.

On a £200,000 loan over 25 years, a rate of 5% means monthly payments of about £1,170.
"""
GOLD["fixed_mortgages"] = [
    ("expect", "Brokers", "further cuts to fixed rates before the summer"),
    ("says", "Tomas Rekowski, a mortgage adviser at Gorrell & Finch", "borrowers coming off cheap deals should start shopping around six months early"),
]
NOT_REPORTS["fixed_mortgages"] = ["The average two-year fixed mortgage now costs 5.32%, down from 5.61% a month ago.", "A fixed-rate mortgage keeps your monthly payment the same for the length of the deal.", "On a £200,000 loan over 25 years, a rate of 5% means monthly payments of about £1,170."]

ARTICLES["pension_gap"] = """Millions risk falling short in retirement

The pensions regulator estimates that 12 million workers are not saving enough for retirement.

Workers enrolled in a workplace pension pay in at least 5% of qualifying earnings.

Experts recommend putting aside half your age as a percentage of salary when you start a pension.

If you save £100 a month from the age of 25, you could have more than £150,000 by 67.

Check how much you have in old workplace schemes before you retire.
"""
GOLD["pension_gap"] = [
    ("estimates", "The pensions regulator", "12 million workers are not saving enough for retirement"),
    ("recommend", "Experts", "putting aside half your age as a percentage of salary when you start a pension"),
]
NOT_REPORTS["pension_gap"] = ["Workers enrolled in a workplace pension pay in at least 5% of qualifying earnings.", "If you save £100 a month from the age of 25, you could have more than £150,000 by 67.", "Check how much you have in old workplace schemes before you retire."]

ARTICLES["tax_deadline"] = """Self-assessment deadline looms

The deadline for filing online tax returns is 31 January.

The Tax and Duties Office said 4.3 million people had yet to file.

It warned that anyone who misses the deadline faces an automatic £100 penalty.

Penalties rise after three months.

Have your taxpayer reference to hand before you log in.
"""
GOLD["tax_deadline"] = [
    ("said", "The Tax and Duties Office", "4.3 million people had yet to file"),
    ("warned", "It", "anyone who misses the deadline faces an automatic £100 penalty"),
]
NOT_REPORTS["tax_deadline"] = ["The deadline for filing online tax returns is 31 January.", "Penalties rise after three months.", "Have your taxpayer reference to hand before you log in."]
SPEAKERS["tax_deadline"] = [("warned", "It", "Tax and Duties Office", "anyone")]

ARTICLES["crypto_scam"] = """Retired teacher loses £38,000 to fake investment fund

A retired teacher from Haddlestone lost £38,000 after answering an online advert for a cryptocurrency fund.

The fraud victim said the website looked completely genuine.

"I thought I was being careful," she told us.

The consumer group Fair Pocket warned that fraudsters were now using fake celebrity endorsements.

Never move money to a "safe account" because someone on the phone tells you to.

Report scams to your bank straight away.
"""
GOLD["crypto_scam"] = [
    ("said", "The fraud victim", "the website looked completely genuine"),
    ("told", "she", "I thought I was being careful"),
    ("warned", "The consumer group Fair Pocket", "fraudsters were now using fake celebrity endorsements"),
]
NOT_REPORTS["crypto_scam"] = ["A retired teacher from Haddlestone lost £38,000 after answering an online advert for a cryptocurrency fund.", 'Never move money to a "safe account" because someone on the phone tells you to.', "Report scams to your bank straight away."]

ARTICLES["warm_home"] = """Help with energy bills this winter

The Warm Home Grant pays £150 a year to households on certain benefits.

The debt charity Stepforth said calls to its helpline had doubled since October.

Its chief executive, Rhona Gillies, urged anyone struggling to contact their supplier early.

Households can apply through their council until 31 March.

A direct debit spreads the cost of your energy evenly across the year.
"""
GOLD["warm_home"] = [
    ("said", "The debt charity Stepforth", "calls to its helpline had doubled since October"),
    ("urged", "Its chief executive, Rhona Gillies", "anyone struggling to contact their supplier early"),
]
NOT_REPORTS["warm_home"] = ["The Warm Home Grant pays £150 a year to households on certain benefits.", "Households can apply through their council until 31 March.", "A direct debit spreads the cost of your energy evenly across the year."]

ARTICLES["builder_refund"] = """Your money questions: can my bank get my deposit back?

A reader writes: "I paid a builder £2,400 by bank transfer and he never turned up."

Our money expert, Dev Raghunathan, replies that bank transfers are hard to reverse once the money has left.

He says you should ask your bank to contact the builder's bank at once.

Under a voluntary code, banks may refund victims of some transfer scams.
"""
GOLD["builder_refund"] = [
    ("writes", "A reader", "I paid a builder £2,400 by bank transfer and he never turned up."),
    ("replies", "Our money expert, Dev Raghunathan", "bank transfers are hard to reverse once the money has left"),
    ("says", "He", "you should ask your bank to contact the builder's bank at once"),
]
NOT_REPORTS["builder_refund"] = ["Under a voluntary code, banks may refund victims of some transfer scams."]
SPEAKERS["builder_refund"] = [("says", "He", "Dev Raghunathan", "you")]

ARTICLES["remortgage_qa"] = """Ask the expert: should I fix now?

Q: My fixed-rate deal ends in June. Should I lock in a new one now?

A: Most lenders let you secure a new rate up to six months before your deal ends.

If rates fall before then, you can usually switch to the cheaper offer.

Speak to a broker who searches the whole market.
"""
GOLD["remortgage_qa"] = []
NOT_REPORTS["remortgage_qa"] = ["Q: My fixed-rate deal ends in June. Should I lock in a new one now?", "A: Most lenders let you secure a new rate up to six months before your deal ends.", "If rates fall before then, you can usually switch to the cheaper offer.", "Speak to a broker who searches the whole market."]

ARTICLES["budget_diary"] = """How I cut my spending by a third

I started tracking every penny I spent in January.

By March I had cut my takeaway bill from £180 to £60 a month.

My financial planner, Lucy Ashdown-Pryce, says the 50/30/20 rule is a good place to start.

The 50/30/20 rule splits take-home pay into needs, wants and savings.

Set up a separate account for bills so that money is never touched.
"""
GOLD["budget_diary"] = [
    ("says", "My financial planner, Lucy Ashdown-Pryce", "the 50/30/20 rule is a good place to start"),
]
NOT_REPORTS["budget_diary"] = ["I started tracking every penny I spent in January.", "By March I had cut my takeaway bill from £180 to £60 a month.", "The 50/30/20 rule splits take-home pay into needs, wants and savings.", "Set up a separate account for bills so that money is never touched."]

ARTICLES["isa_rush"] = """Savers rush to use ISA allowance

The annual ISA allowance is £20,000.

Any unused allowance cannot be carried over to the next tax year.

Investment platform Coppergate said more customers had opened stocks and shares ISAs in March than in any month on record.

Its head of personal finance, Ian Tregunna, said: "People are finally waking up to the cost of leaving cash idle."
"""
GOLD["isa_rush"] = [
    ("said", "Investment platform Coppergate", "more customers had opened stocks and shares ISAs in March than in any month on record"),
    ("said", "Its head of personal finance, Ian Tregunna", "People are finally waking up to the cost of leaving cash idle."),
]
NOT_REPORTS["isa_rush"] = ["The annual ISA allowance is £20,000.", "Any unused allowance cannot be carried over to the next tax year."]

ARTICLES["card_debt"] = """Credit card borrowing climbs again

The central bank's figures show that credit card borrowing rose by £1.4bn in October.

The average credit card charges 24.6% a year.

A balance transfer card lets you move debt from another card and pay no interest for a set period.

Debt advisers say people should never use one credit card to pay off another.
"""
GOLD["card_debt"] = [
    ("show", "The central bank's figures", "credit card borrowing rose by £1.4bn in October"),
    ("say", "Debt advisers", "people should never use one credit card to pay off another"),
]
NOT_REPORTS["card_debt"] = ["The average credit card charges 24.6% a year.", "A balance transfer card lets you move debt from another card and pay no interest for a set period."]

ARTICLES["state_pension"] = """State pension to rise in April

The full new state pension will rise to £230.25 a week from April.

The Department for Pensions said about 12.6 million pensioners would benefit.

Campaigners at Later Life Now argued that the rise did not make up for years of high prices.

You can check your state pension forecast online.
"""
GOLD["state_pension"] = [
    ("said", "The Department for Pensions", "about 12.6 million pensioners would benefit"),
    ("argued", "Campaigners at Later Life Now", "the rise did not make up for years of high prices"),
]
NOT_REPORTS["state_pension"] = ["The full new state pension will rise to £230.25 a week from April.", "You can check your state pension forecast online."]

ARTICLES["switch_bonus"] = """Banks dangle cash to tempt switchers

Dalmorton Bank is offering £175 to customers who switch their current account.

To qualify, you must pay in at least £1,500 within 60 days.

Sasha Kerr, who runs the money blog Penny Ledger, said switching deals were "free money" for anyone organised.

But she warned that opening several accounts at once could briefly dent a credit score.
"""
GOLD["switch_bonus"] = [
    ("said", "Sasha Kerr, who runs the money blog Penny Ledger", 'switching deals were "free money" for anyone organised'),
    ("warned", "she", "opening several accounts at once could briefly dent a credit score"),
]
NOT_REPORTS["switch_bonus"] = ["Dalmorton Bank is offering £175 to customers who switch their current account.", "To qualify, you must pay in at least £1,500 within 60 days."]
SPEAKERS["switch_bonus"] = [("warned", "she", "Sasha Kerr", "opening")]

ARTICLES["inheritance"] = """Inheritance tax take hits record

Receipts from inheritance tax reached £7.1bn in the last financial year, official figures show.

Inheritance tax is charged at 40% on the part of an estate above the threshold.

Financial planners expect more families to give money away during their lifetimes.

Gifts made more than seven years before death are usually free of the tax.
"""
GOLD["inheritance"] = [
    ("show", "official figures", "Receipts from inheritance tax reached £7.1bn in the last financial year"),
    ("expect", "Financial planners", "more families to give money away during their lifetimes"),
]
NOT_REPORTS["inheritance"] = ["Inheritance tax is charged at 40% on the part of an estate above the threshold.", "Gifts made more than seven years before death are usually free of the tax."]

ARTICLES["pay_later"] = """One in five pay-later users has missed a payment

The Money Conduct Authority estimates that one in five users of pay-later schemes has missed a payment.

It said new rules would take effect next year.

Pay-later schemes let shoppers split the cost of a purchase into instalments.

Shoppers told researchers they often did not realise they were borrowing.
"""
GOLD["pay_later"] = [
    ("estimates", "The Money Conduct Authority", "one in five users of pay-later schemes has missed a payment"),
    ("said", "It", "new rules would take effect next year"),
    ("told", "Shoppers", "they often did not realise they were borrowing"),
]
NOT_REPORTS["pay_later"] = ["Pay-later schemes let shoppers split the cost of a purchase into instalments."]
SPEAKERS["pay_later"] = [("said", "It", "Money Conduct Authority", "new rules")]

ARTICLES["savings_tax"] = """More savers face a tax bill on interest

Basic-rate taxpayers can earn £1,000 in savings interest a year before paying tax.

Analysts at the comparison site Moneyfair calculate that 2.7 million savers will pay tax on their interest this year.

Interest earned in a cash ISA is tax-free.
"""
GOLD["savings_tax"] = [
    ("calculate", "Analysts at the comparison site Moneyfair", "2.7 million savers will pay tax on their interest this year"),
]
NOT_REPORTS["savings_tax"] = ["Basic-rate taxpayers can earn £1,000 in savings interest a year before paying tax.", "Interest earned in a cash ISA is tax-free."]

ARTICLES["car_cover"] = """Car insurance premiums fall for first time in two years

According to the price comparison site Quotely, the average comprehensive premium fell 6% in the last quarter.

Drivers aged 17 to 20 pay an average of £2,100 a year.

Nadia Kwarteng-Hale, a spokeswoman for the insurers' trade body, said repair costs were still rising.

Shop around at least three weeks before your renewal date.
"""
GOLD["car_cover"] = [
    ("According to", "the price comparison site Quotely", "the average comprehensive premium fell 6% in the last quarter"),
    ("said", "Nadia Kwarteng-Hale, a spokeswoman for the insurers' trade body", "repair costs were still rising"),
]
NOT_REPORTS["car_cover"] = ["Drivers aged 17 to 20 pay an average of £2,100 a year.", "Shop around at least three weeks before your renewal date."]

ARTICLES["pension_transfer"] = """Engineer lost pension savings to overseas scheme

The fraud victim, a 61-year-old engineer from Lowther Bridge, said he was cold-called and offered a free pension review.

He told us he moved £92,000 into an overseas scheme that later collapsed.

Genuine firms will never cold-call you about your pension.

The pensions ombudsman ruled that the scheme's trustees should have spotted the warning signs.
"""
GOLD["pension_transfer"] = [
    ("said", "The fraud victim, a 61-year-old engineer from Lowther Bridge", "he was cold-called and offered a free pension review"),
    ("told", "He", "he moved £92,000 into an overseas scheme that later collapsed"),
    ("ruled", "The pensions ombudsman", "the scheme's trustees should have spotted the warning signs"),
]
NOT_REPORTS["pension_transfer"] = ["Genuine firms will never cold-call you about your pension."]

ARTICLES["student_loan"] = """Should you pay off a student loan early?

Graduates repay 9% of their income above £25,000 a year.

Any balance left after 40 years is written off.

Kit Brannagh, a student finance expert, says most graduates will never repay the loan in full.

He says parents should think twice before paying it off early.
"""
GOLD["student_loan"] = [
    ("says", "Kit Brannagh, a student finance expert", "most graduates will never repay the loan in full"),
    ("says", "He", "parents should think twice before paying it off early"),
]
NOT_REPORTS["student_loan"] = ["Graduates repay 9% of their income above £25,000 a year.", "Any balance left after 40 years is written off."]
SPEAKERS["student_loan"] = [("says", "He", "Kit Brannagh", "parents")]

ARTICLES["food_cutbacks"] = """Households cut back on food as bills bite

A survey by Fair Pocket found that 38% of households had cut back on food shopping.

The survey of 2,000 adults was carried out in September.

Many of those questioned said they had used savings to pay for essentials.
"""
GOLD["food_cutbacks"] = [
    ("found", "A survey by Fair Pocket", "38% of households had cut back on food shopping"),
    ("said", "Many of those questioned", "they had used savings to pay for essentials"),
]
NOT_REPORTS["food_cutbacks"] = ["The survey of 2,000 adults was carried out in September."]

ARTICLES["rate_cut"] = """Tracker borrowers to gain as base rate falls

The central bank cut its base rate to 4.25% on Thursday.

Governor Helena Thorsby said further cuts were likely if inflation kept falling.

Yarrowby Building Society said it would pass on the full cut to its tracker mortgage customers.

A tracker mortgage moves in line with the base rate.
"""
GOLD["rate_cut"] = [
    ("said", "Governor Helena Thorsby", "further cuts were likely if inflation kept falling"),
    ("said", "Yarrowby Building Society", "it would pass on the full cut to its tracker mortgage customers"),
]
NOT_REPORTS["rate_cut"] = ["The central bank cut its base rate to 4.25% on Thursday.", "A tracker mortgage moves in line with the base rate."]

ARTICLES["tax_code"] = """Are you on the wrong tax code?

Check your tax code on your payslip.

The standard tax code for most people is 1257L.

Accountant Priya Ramaswami said thousands of workers were on emergency tax codes without knowing it.

The tax office said anyone who had overpaid would get a refund automatically.
"""
GOLD["tax_code"] = [
    ("said", "Accountant Priya Ramaswami", "thousands of workers were on emergency tax codes without knowing it"),
    ("said", "The tax office", "anyone who had overpaid would get a refund automatically"),
]
NOT_REPORTS["tax_code"] = ["Check your tax code on your payslip.", "The standard tax code for most people is 1257L."]

ARTICLES["gold_buying"] = """Is gold still worth buying?

The price of gold has risen 18% this year.

Some advisers warn that gold pays no income and can fall sharply.

Wealth manager Orla Byrne told us she keeps no more than 5% of a client's portfolio in gold.

Gold can be bought as coins, bars or through an exchange-traded fund.
"""
GOLD["gold_buying"] = [
    ("warn", "Some advisers", "gold pays no income and can fall sharply"),
    ("told", "Wealth manager Orla Byrne", "she keeps no more than 5% of a client's portfolio in gold"),
]
NOT_REPORTS["gold_buying"] = ["The price of gold has risen 18% this year.", "Gold can be bought as coins, bars or through an exchange-traded fund."]

ARTICLES["prize_bonds"] = """Odds of winning a prize bond to lengthen

Prize bonds pay no interest; instead, holders are entered into a monthly draw.

The prize fund rate is 4.15%.

The state savings bank, Treasury Savings, said the odds of winning would lengthen from next month.

Money writer Hamid Sorabji points out that most holders win nothing in a typical year.
"""
GOLD["prize_bonds"] = [
    ("said", "The state savings bank, Treasury Savings", "the odds of winning would lengthen from next month"),
    ("points out", "Money writer Hamid Sorabji", "most holders win nothing in a typical year"),
]
NOT_REPORTS["prize_bonds"] = ["Prize bonds pay no interest; instead, holders are entered into a monthly draw.", "The prize fund rate is 4.15%."]

ARTICLES["debt_letters"] = """"I was too scared to open the letters"

Rachel, 34, from Dunscombe, told us she had ignored letters from her energy supplier for months.

"I was too scared to open them," she said.

Free debt advice is available from charities.

A debt relief order can write off debts of up to £50,000 if you have few assets.
"""
GOLD["debt_letters"] = [
    ("told", "Rachel, 34, from Dunscombe", "she had ignored letters from her energy supplier for months"),
    ("said", "she", "I was too scared to open them"),
]
NOT_REPORTS["debt_letters"] = ["Free debt advice is available from charities.", "A debt relief order can write off debts of up to £50,000 if you have few assets."]
SPEAKERS["debt_letters"] = [("said", "she", "Rachel", "I was")]

# Written after the first run, to probe harder shapes: a sum written off or down, an advert answered, terms that
# state, a calculation according to, a reader told a magazine, brokers warning.

ARTICLES["loan_writeoff"] = """Cordwain Bank writes off small business loans

Cordwain Bank has written off £640m of loans to small firms, its annual report shows.

Oxley Vale Building Society wrote down the value of its commercial property loans by £85m.

A spokesperson for Cordwain Bank said: "We stood by our customers through a very hard time."
"""
GOLD["loan_writeoff"] = [
    ("shows", "its annual report", "Cordwain Bank has written off £640m of loans to small firms"),
    ("said", "A spokesperson for Cordwain Bank", "We stood by our customers through a very hard time."),
]
NOT_REPORTS["loan_writeoff"] = ["Oxley Vale Building Society wrote down the value of its commercial property loans by £85m."]

ARTICLES["advert_fund"] = """Father of two lost savings to social media fund

He answered an advert on social media promising returns of 12% a month.

The man, who asked not to be named, said the fund sent him a glossy brochure and weekly statements.

Police said such adverts often use stolen photographs of real advisers.

Check the regulator's register before you hand over any money.
"""
GOLD["advert_fund"] = [
    ("said", "The man, who asked not to be named", "the fund sent him a glossy brochure and weekly statements"),
    ("said", "Police", "such adverts often use stolen photographs of real advisers"),
]
NOT_REPORTS["advert_fund"] = ["He answered an advert on social media promising returns of 12% a month.", "Check the regulator's register before you hand over any money."]

ARTICLES["ghost_flat"] = """Student loses deposit on flat that did not exist

She responded to a listing for a flat in Brightsea that did not exist.

The student told us she paid a £900 deposit to a landlord she never met.

Letting agents say genuine landlords will always let you view a property first.

Pay deposits only into a government-backed protection scheme.
"""
GOLD["ghost_flat"] = [
    ("told", "The student", "she paid a £900 deposit to a landlord she never met"),
    ("say", "Letting agents", "genuine landlords will always let you view a property first"),
]
NOT_REPORTS["ghost_flat"] = ["She responded to a listing for a flat in Brightsea that did not exist.", "Pay deposits only into a government-backed protection scheme."]

ARTICLES["bonus_rate"] = """Beware the bonus that vanishes after a year

The terms and conditions state that the bonus rate lasts for 12 months.

After that, the rate drops to 1.5%.

According to Moneyfair's calculations, a saver with £10,000 would earn £410 a year in the best account.

Moneyfair's research suggests that one in three savers has never switched account.
"""
GOLD["bonus_rate"] = [
    ("state", "The terms and conditions", "the bonus rate lasts for 12 months"),
    ("According to", "Moneyfair's calculations", "a saver with £10,000 would earn £410 a year in the best account"),
    ("suggests", "Moneyfair's research", "one in three savers has never switched account"),
]
NOT_REPORTS["bonus_rate"] = ["After that, the rate drops to 1.5%."]

ARTICLES["lost_pots"] = """Millions of pension pots lost track of

Sam Adeyemi-Cole, 29, told Pocket Money Weekly that he had lost track of four old pensions.

The industry body estimates that 3.3 million pension pots have been forgotten.

He says he found two of them within an hour.

A pensions dashboard will let savers see all their pots in one place.
"""
GOLD["lost_pots"] = [
    ("told", "Sam Adeyemi-Cole, 29", "he had lost track of four old pensions"),
    ("estimates", "The industry body", "3.3 million pension pots have been forgotten"),
    ("says", "He", "he found two of them within an hour"),
]
NOT_REPORTS["lost_pots"] = ["A pensions dashboard will let savers see all their pots in one place."]
SPEAKERS["lost_pots"] = [("says", "He", "Sam Adeyemi-Cole", "he found")]

ARTICLES["ombudsman_year"] = """Complaints about banks upheld in record numbers

The ombudsman upheld 41% of complaints about banks last year.

The regulator has told lenders to treat struggling borrowers fairly.

Brokers are warning borrowers not to wait too long before seeking help.

You have six months to take a complaint to the ombudsman after the firm's final response.
"""
GOLD["ombudsman_year"] = [
    ("told", "The regulator", "lenders to treat struggling borrowers fairly"),
    ("warning", "Brokers", "borrowers not to wait too long before seeking help"),
]
NOT_REPORTS["ombudsman_year"] = ["The ombudsman upheld 41% of complaints about banks last year.", "You have six months to take a complaint to the ombudsman after the firm's final response."]

# Written after the first mends, to probe appeals to those concerned ('urged customers affected to X') in other words.

ARTICLES["lender_breach"] = """Lender warns customers after data breach

Glenkerry Finance said the details of 18,000 customers may have been stolen.

The lender urged customers affected to change their online banking passwords.

Police asked anyone concerned to call 101.

Change your passwords every few months.
"""
GOLD["lender_breach"] = [
    ("said", "Glenkerry Finance", "the details of 18,000 customers may have been stolen"),
    ("urged", "The lender", "customers affected to change their online banking passwords"),
    ("asked", "Police", "anyone concerned to call 101"),
]
NOT_REPORTS["lender_breach"] = ["Change your passwords every few months."]
