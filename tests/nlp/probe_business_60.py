# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-four short articles written for the sixtieth session's check of business, markets and finance news
(helper I): earnings reports ('the chief executive said on an earnings call', 'told analysts on a call', 'analysts
polled by X had expected Y', 'guidance', 'forecast'), market wraps ('Shares fell 3%', 'The index closed at 4,210',
'strategists at X wrote', 'traders bet that X', 'markets are pricing in X'), central-bank decisions ('the central
bank signalled X', 'the minutes showed'), company filings ('the company said in a filing', 'according to a
regulatory filing', tickers as '(NYSE: ABC)') and deal news ('people familiar with the matter said', 'X declined
to comment', 'the deal, first reported by X,').

The gold is written by hand as PolNeAR marks it (NOTES.md; counted on train: 'expected' is a cue 126 times in 293,
'pricing in', 'polled' and 'guidance' never; 'X declined to comment' is a report, 26 of the 28 shown on train
right): per article, (a word of the cue,
the source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``
(market narration, figures, 'markets are pricing in X', 'the forecast period', 'a guidance counsellor'); (cue, source,
speaker, the content's first words) in ``SPEAKERS``. Every name, firm, figure and sentence is made up. Read by
``test_probe_findings_60_business``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["earnings_retail"] = """Harlow Stores beats profit estimates as online orders climb

Harlow Stores (NYSE: HLW) reported a 14% rise in quarterly profit on Thursday, helped by a jump in online orders.

Net income rose to $412 million, or $1.08 a share, from $361 million a year earlier.

Analysts polled by LSEG had expected earnings of 97 cents a share.

"Our customers came back to the stores in the spring and kept buying online," Chief Executive Marta Quill said on a call with analysts.

She said the company would open 40 stores next year.

Shares rose 6% in early trading.
"""
GOLD["earnings_retail"] = [
    ("expected", "Analysts polled by LSEG", "earnings of 97 cents a share"),
    ("said", "Chief Executive Marta Quill", "Our customers came back to the stores in the spring and kept buying online"),
    ("said", "She", "the company would open 40 stores next year"),
]
NOT_REPORTS["earnings_retail"] = ["Net income rose to $412 million, or $1.08 a share, from $361 million a year earlier.", "Shares rose 6% in early trading."]
SPEAKERS["earnings_retail"] = [("said", "She", "Marta Quill", "the company")]

ARTICLES["earnings_chips"] = """Velcor cuts annual forecast on weak demand for memory chips

Velcor Semiconductor lowered its full-year revenue forecast on Wednesday, blaming a glut of memory chips.

The company now expects revenue of $8.1 billion to $8.3 billion, down from an earlier range of $8.8 billion to $9 billion.

Chief Financial Officer Dev Anand told analysts on a conference call that prices had fallen faster than the company had planned.

The stock fell 9% after the bell.

Revenue for the quarter was $2.02 billion.
"""
GOLD["earnings_chips"] = [
    ("expects", "The company", "revenue of $8.1 billion to $8.3 billion"),
    ("told", "Chief Financial Officer Dev Anand", "prices had fallen faster than the company had planned"),
]
NOT_REPORTS["earnings_chips"] = ["The stock fell 9% after the bell.", "Revenue for the quarter was $2.02 billion."]

ARTICLES["earnings_bank"] = """Northgate Bank's profit slips as loan losses mount

Northgate Bank said on Tuesday that its second-quarter profit fell 8% as it set aside more money for bad loans.

Provisions for credit losses rose to $1.4 billion from $900 million.

"We are seeing stress in commercial property, and we are being prudent," Chief Executive Olu Badmus said on an earnings call.

Badmus added that consumer spending remained steady.

The bank's shares closed down 2.1% at $48.30.
"""
GOLD["earnings_bank"] = [
    ("said", "Northgate Bank", "its second-quarter profit fell 8% as it set aside more money for bad loans"),
    ("said", "Chief Executive Olu Badmus", "We are seeing stress in commercial property, and we are being prudent"),
    ("added", "Badmus", "consumer spending remained steady"),
]
NOT_REPORTS["earnings_bank"] = ["Provisions for credit losses rose to $1.4 billion from $900 million.", "The bank's shares closed down 2.1% at $48.30."]

ARTICLES["earnings_airline"] = """Skyreach warns of higher fuel bill, shares tumble

Shares of Skyreach Airways fell 11% on Monday after the carrier warned that fuel costs would eat into its summer profit.

The airline said in a statement that it now expected an operating margin of 6%, against 9% a year ago.

The profit warning was the second this year.

Skyreach carried 4.2 million passengers in June, up 3% from a year earlier.

Chief Executive Tom Ferrand said the airline would not raise fares to cover the cost.
"""
GOLD["earnings_airline"] = [
    ("warned", "the carrier", "fuel costs would eat into its summer profit"),
    ("said", "The airline", "it now expected an operating margin of 6%, against 9% a year ago"),
    ("said", "Chief Executive Tom Ferrand", "the airline would not raise fares to cover the cost"),
]
NOT_REPORTS["earnings_airline"] = ["The profit warning was the second this year.", "Skyreach carried 4.2 million passengers in June, up 3% from a year earlier."]

ARTICLES["filing_merger"] = """Brightwell to buy Oakmere Foods in $4.2bn deal

Brightwell Holdings agreed to buy Oakmere Foods for $4.2bn in cash, the companies said on Monday.

The deal, first reported by Bloomberg, values Oakmere at $38 a share, a premium of 27% to its closing price on Friday.

Brightwell said it expected the purchase to add to its earnings in the first full year.

The boards of both companies have approved the deal, which is expected to close in the first quarter.

Oakmere's shares jumped 24% to $36.90.
"""
GOLD["filing_merger"] = [
    ("said", "the companies", "Brightwell Holdings agreed to buy Oakmere Foods for $4.2bn in cash"),
    ("reported", "Bloomberg", "The deal"),
    ("said", "Brightwell", "it expected the purchase to add to its earnings in the first full year"),
]
NOT_REPORTS["filing_merger"] = ["Oakmere's shares jumped 24% to $36.90."]

ARTICLES["filing_sec"] = """Tessaro discloses federal probe into its billing practices

Tessaro Health (NASDAQ: TSRO) said in a filing on Friday that it had received a subpoena from the Justice Department about its billing of government health plans.

The company said it was cooperating with the inquiry.

According to a regulatory filing, the company's chief operating officer sold 40,000 shares in March.

A Justice Department spokesman declined to comment.

Tessaro's stock has lost a third of its value this year.
"""
GOLD["filing_sec"] = [
    ("said", "Tessaro Health (NASDAQ: TSRO)", "it had received a subpoena from the Justice Department about its billing of government health plans"),
    ("said", "The company", "it was cooperating with the inquiry"),
    ("According", "a regulatory filing", "the company's chief operating officer sold 40,000 shares in March"),
    ("declined", "A Justice Department spokesman", "to comment"),
]
NOT_REPORTS["filing_sec"] = ["Tessaro's stock has lost a third of its value this year."]

ARTICLES["deal_talks"] = """Rivermark in talks to sell its insurance arm

Rivermark Group is in advanced talks to sell its life insurance unit to a buyout firm for about $3bn, people familiar with the matter said.

An agreement could be announced as soon as next week, the people said, asking not to be named because the talks are private.

Rivermark declined to comment.

The unit had premiums of $900 million last year.
"""
GOLD["deal_talks"] = [
    ("said", "people familiar with the matter", "Rivermark Group is in advanced talks to sell its life insurance unit to a buyout firm for about $3bn"),
    ("said", "the people", "An agreement could be announced as soon as next week"),
    ("declined", "Rivermark", "to comment"),
]
NOT_REPORTS["deal_talks"] = ["The unit had premiums of $900 million last year."]

ARTICLES["deal_mining"] = """Kestrel Mining rejects rival's takeover approach

Kestrel Mining said on Sunday that it had rejected an unsolicited offer from Dunmore Resources, saying the bid undervalued the company.

"The proposal does not come close to reflecting the value of our copper assets," Kestrel Chairman Ines Varga said in a statement.

Dunmore said it was disappointed and was weighing its options.

Kestrel's shares have risen 18% since the start of the year.

The two miners together produce about 700,000 tonnes of copper a year.
"""
GOLD["deal_mining"] = [
    ("said", "Kestrel Mining", "it had rejected an unsolicited offer from Dunmore Resources"),
    ("said", "Kestrel Chairman Ines Varga", "The proposal does not come close to reflecting the value of our copper assets"),
    ("said", "Dunmore", "it was disappointed and was weighing its options"),
]
NOT_REPORTS["deal_mining"] = ["Kestrel's shares have risen 18% since the start of the year.", "The two miners together produce about 700,000 tonnes of copper a year."]

ARTICLES["wrap_stocks"] = """Stocks slide as bond yields climb

U.S. stocks fell on Tuesday as Treasury yields rose to their highest level in a month.

The S&P 500 lost 1.2% and closed at 4,210, while the Nasdaq dropped 1.8%.

Energy shares were the only group to gain.

"Investors are finally taking the Fed at its word," said Carla Brandt, chief market strategist at Pennwood Capital.

Strategists at Halden Securities wrote in a note that the selling could continue into the summer.
"""
GOLD["wrap_stocks"] = [
    ("said", "Carla Brandt, chief market strategist at Pennwood Capital", "Investors are finally taking the Fed at its word"),
    ("wrote", "Strategists at Halden Securities", "the selling could continue into the summer"),
]
NOT_REPORTS["wrap_stocks"] = ["U.S. stocks fell on Tuesday as Treasury yields rose to their highest level in a month.", "The S&P 500 lost 1.2% and closed at 4,210, while the Nasdaq dropped 1.8%.", "Energy shares were the only group to gain."]

ARTICLES["wrap_currency"] = """Dollar climbs against the yen ahead of jobs data

The dollar rose against the yen on Thursday, touching 152.40, its strongest level since April.

The euro slipped 0.3% to $1.0810.

Traders bet that the Federal Reserve would hold rates steady for longer.

"The market has been wrong-footed twice this year," said Piet Ruys, a currency analyst at Lindqvist Bank.

Sterling was little changed at $1.2650.
"""
GOLD["wrap_currency"] = [
    ("said", "Piet Ruys, a currency analyst at Lindqvist Bank", "The market has been wrong-footed twice this year"),
]
NOT_REPORTS["wrap_currency"] = ["The dollar rose against the yen on Thursday, touching 152.40, its strongest level since April.", "The euro slipped 0.3% to $1.0810.", "Sterling was little changed at $1.2650."]

ARTICLES["wrap_oil"] = """Oil falls for a third day on demand worries

Oil prices fell for a third straight session on Wednesday after a report showed U.S. crude stocks rose more than expected.

Brent crude settled down 94 cents at $78.12 a barrel.

The International Energy Agency said in its monthly report that demand growth would slow to 1 million barrels a day next year.

Analysts at Morrow & Tate said in a note to clients that the market was oversupplied.

U.S. crude inventories rose by 3.6 million barrels last week.
"""
GOLD["wrap_oil"] = [
    ("said", "The International Energy Agency", "demand growth would slow to 1 million barrels a day next year"),
    ("said", "Analysts at Morrow & Tate", "the market was oversupplied"),
]
NOT_REPORTS["wrap_oil"] = ["Brent crude settled down 94 cents at $78.12 a barrel.", "U.S. crude inventories rose by 3.6 million barrels last week."]

ARTICLES["wrap_asia"] = """Asian shares mixed as investors await Chinese data

Japan's Nikkei average rose 0.6% to 38,450 on Monday, while Hong Kong's Hang Seng fell 0.4%.

Markets are pricing in two rate cuts by the end of the year.

"It's a wait-and-see session," said Mei Tanaka, a strategist at Kowa Securities in Tokyo.

Tanaka said exporters were gaining from the weak yen.

Volumes were thin because of a holiday in Singapore.
"""
GOLD["wrap_asia"] = [
    ("said", "Mei Tanaka, a strategist at Kowa Securities in Tokyo", "It's a wait-and-see session"),
    ("said", "Tanaka", "exporters were gaining from the weak yen"),
]
NOT_REPORTS["wrap_asia"] = ["Japan's Nikkei average rose 0.6% to 38,450 on Monday, while Hong Kong's Hang Seng fell 0.4%.", "Markets are pricing in two rate cuts by the end of the year.", "Volumes were thin because of a holiday in Singapore."]

ARTICLES["cb_hold"] = """Central bank holds rates, signals cuts later in the year

The Reserve Bank of Tarvania left its benchmark rate at 5.25% on Wednesday, the fourth hold in a row.

The central bank signalled that it could begin cutting rates in the autumn if inflation kept falling.

"We are not yet where we need to be," Governor Alma Petrossi told a news conference.

She said wage growth was still too strong.

Inflation was 3.4% in June.
"""
GOLD["cb_hold"] = [
    ("signalled", "The central bank", "it could begin cutting rates in the autumn if inflation kept falling"),
    ("told", "Governor Alma Petrossi", "We are not yet where we need to be"),
    ("said", "She", "wage growth was still too strong"),
]
NOT_REPORTS["cb_hold"] = ["The Reserve Bank of Tarvania left its benchmark rate at 5.25% on Wednesday, the fourth hold in a row.", "Inflation was 3.4% in June."]
SPEAKERS["cb_hold"] = [("said", "She", "Alma Petrossi", "wage growth")]

ARTICLES["cb_minutes"] = """Minutes show policymakers split over timing of cuts

The minutes of the bank's June meeting showed that several members wanted to wait for more data before cutting rates.

Two members argued that the economy was already slowing.

The minutes were published on Tuesday.

Economists at Farrant Bank said they still expected a first cut in September.

The bank's next meeting is on July 30.
"""
GOLD["cb_minutes"] = [
    ("showed", "The minutes of the bank's June meeting", "several members wanted to wait for more data before cutting rates"),
    ("argued", "Two members", "the economy was already slowing"),
    ("said", "Economists at Farrant Bank", "they still expected a first cut in September"),
]
NOT_REPORTS["cb_minutes"] = ["The minutes were published on Tuesday.", "The bank's next meeting is on July 30."]

ARTICLES["cb_hike"] = """Surprise rate rise sends currency higher

The National Bank of Ostrava raised its main rate by half a point to 7% on Thursday, a move few economists had expected.

The bank said in a statement that price pressures had become broad-based.

The koruna gained 1.1% against the euro after the decision.

"This was a clear message that they will not tolerate a weaker currency," said Radek Hora, an economist at Vistula Markets.

The bank forecast inflation of 5.2% for the year.
"""
GOLD["cb_hike"] = [
    ("said", "The bank", "price pressures had become broad-based"),
    ("said", "Radek Hora, an economist at Vistula Markets", "This was a clear message that they will not tolerate a weaker currency"),
]
NOT_REPORTS["cb_hike"] = ["The koruna gained 1.1% against the euro after the decision."]

ARTICLES["guidance_tech"] = """Pixelane raises guidance after strong subscription sales

Pixelane Inc raised its full-year guidance on Tuesday after subscriptions grew faster than expected.

The software maker now forecasts revenue of $2.6 billion, up from $2.4 billion.

"Every region beat our plan," Chief Executive Ravi Menon told Reuters in an interview.

Menon said the company would hire 800 engineers this year.

The company's guidance counsellor programme for new hires was also expanded.

Shares gained 12% in extended trading.
"""
GOLD["guidance_tech"] = [
    ("forecasts", "The software maker", "revenue of $2.6 billion"),
    ("told", "Chief Executive Ravi Menon", "Every region beat our plan"),
    ("said", "Menon", "the company would hire 800 engineers this year"),
]
NOT_REPORTS["guidance_tech"] = ["The company's guidance counsellor programme for new hires was also expanded.", "Shares gained 12% in extended trading."]

ARTICLES["forecast_housing"] = """Home prices to fall 4% next year, lender predicts

House prices will fall 4% next year as high mortgage rates weigh on buyers, Castlegate Building Society said on Monday.

The lender's economists expect prices to recover in the second half of the forecast period.

"The market is adjusting, not collapsing," said Judith Orme, the society's chief economist.

The average home cost 285,000 pounds in May.

Mortgage approvals fell to 48,000 in the same month.
"""
GOLD["forecast_housing"] = [
    ("said", "Castlegate Building Society", "House prices will fall 4% next year as high mortgage rates weigh on buyers"),
    ("expect", "The lender's economists", "prices to recover in the second half of the forecast period"),
    ("said", "Judith Orme, the society's chief economist", "The market is adjusting, not collapsing"),
]
NOT_REPORTS["forecast_housing"] = ["The average home cost 285,000 pounds in May.", "Mortgage approvals fell to 48,000 in the same month."]

ARTICLES["accounts_club"] = """Football club posts record loss in annual accounts

Wexley Athletic lost 62 million pounds in the year to June, its statement of accounts shows.

The statement of accounts was filed at Companies House on Friday.

The club said the loss reflected spending on new players and the cost of the stadium upgrade.

Wages rose to 140 million pounds.

Finance director Gareth Lowe said the club remained within the league's spending rules.
"""
GOLD["accounts_club"] = [
    ("shows", "its statement of accounts", "Wexley Athletic lost 62 million pounds in the year to June"),
    ("said", "The club", "the loss reflected spending on new players and the cost of the stadium upgrade"),
    ("said", "Finance director Gareth Lowe", "the club remained within the league's spending rules"),
]
NOT_REPORTS["accounts_club"] = ["The statement of accounts was filed at Companies House on Friday.", "Wages rose to 140 million pounds."]

ARTICLES["ipo"] = """Loomstead prices IPO at top of range

Loomstead, the online furniture seller, priced its initial public offering at $21 a share on Wednesday, raising $630 million.

The shares begin trading on the New York Stock Exchange on Thursday under the symbol LOOM.

The company said in its prospectus that it had never turned a profit.

Chief Executive Nadia Korr told CNBC that the company was close to breaking even.

Loomstead sold 30 million shares.
"""
GOLD["ipo"] = [
    ("said", "The company", "it had never turned a profit"),
    ("told", "Chief Executive Nadia Korr", "the company was close to breaking even"),
]
NOT_REPORTS["ipo"] = ["The shares begin trading on the New York Stock Exchange on Thursday under the symbol LOOM.", "Loomstead sold 30 million shares."]

ARTICLES["layoffs"] = """Carmaker to cut 3,000 jobs as electric sales lag

Halvorsen Motors will cut 3,000 jobs in Europe, the company said on Thursday, as sales of its electric cars fall short of targets.

A union official said workers had been told nothing in advance.

"This is a betrayal of everyone who built these cars," said Ulla Brenner of the metalworkers' union.

The company employs 41,000 people in Europe.

Halvorsen's shares were up 1.5% at midday.
"""
GOLD["layoffs"] = [
    ("said", "the company", "Halvorsen Motors will cut 3,000 jobs in Europe"),
    ("said", "A union official", "workers had been told nothing in advance"),
    ("said", "Ulla Brenner of the metalworkers' union", "This is a betrayal of everyone who built these cars"),
]
NOT_REPORTS["layoffs"] = ["The company employs 41,000 people in Europe.", "Halvorsen's shares were up 1.5% at midday."]

ARTICLES["bonds"] = """Government bond sale draws record demand

Investors placed orders worth 38 billion euros for a new 10-year bond from the Republic of Calvia on Tuesday, the finance ministry said.

The bond was priced to yield 3.15%.

Bankers running the sale said demand came mostly from pension funds and central banks.

"It is a vote of confidence in our reforms," Finance Minister Tomas Eder said.

The country has issued 22 billion euros of debt so far this year.
"""
GOLD["bonds"] = [
    ("said", "the finance ministry", "Investors placed orders worth 38 billion euros for a new 10-year bond from the Republic of Calvia on Tuesday"),
    ("said", "Bankers running the sale", "demand came mostly from pension funds and central banks"),
    ("said", "Finance Minister Tomas Eder", "It is a vote of confidence in our reforms"),
]
NOT_REPORTS["bonds"] = ["The bond was priced to yield 3.15%.", "The country has issued 22 billion euros of debt so far this year."]

ARTICLES["regulator_fine"] = """Regulator fines broker $12m over trade reporting

The Financial Conduct Board fined Caxton Ridge Securities $12 million on Monday for failing to report trades accurately over four years.

The regulator said the firm had misreported more than 9 million transactions.

Caxton Ridge said it had fixed the problem and accepted the findings.

The fine was cut by 30% because the firm settled early.

The broker handles about 5% of the country's equity trading.
"""
GOLD["regulator_fine"] = [
    ("said", "The regulator", "the firm had misreported more than 9 million transactions"),
    ("said", "Caxton Ridge", "it had fixed the problem and accepted the findings"),
]
NOT_REPORTS["regulator_fine"] = ["The fine was cut by 30% because the firm settled early.", "The broker handles about 5% of the country's equity trading."]

ARTICLES["retail_sales"] = """Retail sales rise more than forecast in May

Retail sales rose 0.8% in May, the statistics office said on Friday, beating the 0.3% rise forecast by economists in a Reuters poll.

Sales of clothing rose 2.4%, while fuel sales fell.

"Shoppers have clearly shrugged off the cold spring," said Lena Holt, senior economist at Brackwater Partners.

She said the figures made a rate cut in August less likely.

Sales were 2.1% higher than a year earlier.
"""
GOLD["retail_sales"] = [
    ("said", "the statistics office", "Retail sales rose 0.8% in May"),
    ("said", "Lena Holt, senior economist at Brackwater Partners", "Shoppers have clearly shrugged off the cold spring"),
    ("said", "She", "the figures made a rate cut in August less likely"),
]
NOT_REPORTS["retail_sales"] = ["Sales of clothing rose 2.4%, while fuel sales fell.", "Sales were 2.1% higher than a year earlier."]
SPEAKERS["retail_sales"] = [("said", "She", "Lena Holt", "the figures")]

ARTICLES["startup_funding"] = """Farm-robot startup raises $85m

Tilloway, which makes weeding robots for vegetable farms, has raised $85 million in a funding round led by Greyfield Ventures, the company said on Tuesday.

The round values the startup at about $600 million, according to a person familiar with the deal.

Co-founder Sofia Lind said the money would pay for a factory in Ohio.

"Labour is the biggest cost on a lettuce farm," she said.

Tilloway has 140 robots in the field.
"""
GOLD["startup_funding"] = [
    ("said", "the company", "Tilloway, which makes weeding robots for vegetable farms, has raised $85 million in a funding round led by Greyfield Ventures"),
    ("according", "a person familiar with the deal", "The round values the startup at about $600 million"),
    ("said", "Co-founder Sofia Lind", "the money would pay for a factory in Ohio"),
    ("said", "she", "Labour is the biggest cost on a lettuce farm"),
]
NOT_REPORTS["startup_funding"] = ["Tilloway has 140 robots in the field."]
SPEAKERS["startup_funding"] = [("said", "she", "Sofia Lind", "Labour")]

ARTICLES["outlook_cautious"] = """Glenmoor sees flat sales next year, cautions on China

Glenmoor Chemicals said on Thursday it sees sales roughly flat next year, citing weak demand in China.

The company cautioned investors that margins could narrow in the first half.

Its outlook for 2026 calls for earnings of $5.10 to $5.40 a share, below the $5.85 that analysts on average had forecast.

"We are planning for a slow year and hoping for a better one," Chief Executive Harriet Vance told analysts.

Glenmoor's shares, which have lost 15% this year, fell a further 4% in New York.
"""
GOLD["outlook_cautious"] = [
    ("said", "Glenmoor Chemicals", "it sees sales roughly flat next year"),
    ("cautioned", "The company", "margins could narrow in the first half"),
    ("told", "Chief Executive Harriet Vance", "We are planning for a slow year and hoping for a better one"),
]
NOT_REPORTS["outlook_cautious"] = ["Glenmoor's shares, which have lost 15% this year, fell a further 4% in New York."]

ARTICLES["filing_sec2"] = """Ardent Pharma flags doubt over its future

Ardent Pharma Corp (NASDAQ: ARDP) said in a filing with the Securities and Exchange Commission on Monday that there was substantial doubt about its ability to keep operating.

The drugmaker had $31 million in cash at the end of March, the filing showed.

It said it was exploring a sale of the company.

Ardent did not immediately respond to a request for comment.

The stock has fallen 70% since its lead drug failed a trial in January.
"""
GOLD["filing_sec2"] = [
    ("said", "Ardent Pharma Corp (NASDAQ: ARDP)", "there was substantial doubt about its ability to keep operating"),
    ("showed", "the filing", "The drugmaker had $31 million in cash at the end of March"),
    ("said", "It", "it was exploring a sale of the company"),
]
NOT_REPORTS["filing_sec2"] = ["The stock has fallen 70% since its lead drug failed a trial in January."]
SPEAKERS["filing_sec2"] = [("said", "It", "Ardent Pharma Corp", "it was exploring")]

ARTICLES["cb_statement"] = """Bank of Merevia cuts rates for the first time in four years

The Bank of Merevia cut its key rate by a quarter point to 4.5% on Thursday.

Inflation "has moved decisively towards the target," the bank's monetary policy committee said in its statement.

Policymakers voted 6-3 for the cut, with three members preferring to hold.

Governor Sebastian Lark said further cuts would be gradual.

The currency weakened 0.5% against the dollar after the announcement.
"""
GOLD["cb_statement"] = [
    ("said", "the bank's monetary policy committee", 'Inflation "has moved decisively towards the target'),
    ("said", "Governor Sebastian Lark", "further cuts would be gradual"),
]
NOT_REPORTS["cb_statement"] = ["The Bank of Merevia cut its key rate by a quarter point to 4.5% on Thursday.", "The currency weakened 0.5% against the dollar after the announcement."]

ARTICLES["wrap_europe"] = """European shares end higher, led by banks

European shares closed higher on Friday as bank stocks rallied after strong results from Deltabank.

The pan-European STOXX 600 index rose 0.7% to 512.3 points.

Deltabank jumped 8% after it reported a 30% rise in quarterly profit and raised its dividend.

"Banks are the cheapest part of the market, and investors are noticing," said Anouk Visser, head of equities at Rhijn Asset Management.

According to strategists at Calloway Bank, European banks trade at seven times expected earnings.

Miners were the biggest losers.
"""
GOLD["wrap_europe"] = [
    ("reported", "it", "a 30% rise in quarterly profit"),
    ("said", "Anouk Visser, head of equities at Rhijn Asset Management", "Banks are the cheapest part of the market, and investors are noticing"),
    ("According", "strategists at Calloway Bank", "European banks trade at seven times expected earnings"),
]
NOT_REPORTS["wrap_europe"] = ["The pan-European STOXX 600 index rose 0.7% to 512.3 points.", "Miners were the biggest losers."]

ARTICLES["deal_blocked"] = """Regulators move to block grocery merger

The Competition Authority said on Wednesday it would seek to block Fenwick Markets' $9.8bn purchase of Amberly Foods, arguing that the deal would raise prices for shoppers.

"Families would pay more for their weekly shop," the authority's chair, Dana Okafor, said.

Fenwick said it would fight the decision in court.

Amberly's shares sank 17%.

The two chains run 2,300 stores between them.
"""
GOLD["deal_blocked"] = [
    ("said", "The Competition Authority", "it would seek to block Fenwick Markets' $9.8bn purchase of Amberly Foods"),
    ("said", "the authority's chair, Dana Okafor", "Families would pay more for their weekly shop"),
    ("said", "Fenwick", "it would fight the decision in court"),
]
NOT_REPORTS["deal_blocked"] = ["Amberly's shares sank 17%.", "The two chains run 2,300 stores between them."]

ARTICLES["jobs_report"] = """Employers add 210,000 jobs, beating forecasts

U.S. employers added 210,000 jobs in June, the Labor Department said on Friday.

Economists surveyed by Dow Jones had forecast a gain of 180,000.

The unemployment rate held at 3.9%.

"The labour market is cooling, but slowly," said Marcus Bell, chief economist at Trevino Advisors, in a note.

Average hourly earnings rose 0.3% from May.
"""
GOLD["jobs_report"] = [
    ("said", "the Labor Department", "U.S. employers added 210,000 jobs in June"),
    ("forecast", "Economists surveyed by Dow Jones", "a gain of 180,000"),
    ("said", "Marcus Bell, chief economist at Trevino Advisors", "The labour market is cooling, but slowly"),
]
NOT_REPORTS["jobs_report"] = ["The unemployment rate held at 3.9%.", "Average hourly earnings rose 0.3% from May."]

ARTICLES["budget_outlook"] = """Utility warns of loss as gas contracts sour

Eastvale Power projects a loss of 120 million pounds this year, after locking in gas at high prices last winter.

Minutes of the May board meeting showed strong support for selling the company's wind farms.

The utility's chief executive, Rhona Pryce, said the sale would not affect customers' bills.

The company supplies 1.9 million homes.

Its shares fell 5% to 212 pence.
"""
GOLD["budget_outlook"] = [
    ("projects", "Eastvale Power", "a loss of 120 million pounds"),
    ("showed", "Minutes of the May board meeting", "strong support for selling the company's wind farms"),
    ("said", "The utility's chief executive, Rhona Pryce", "the sale would not affect customers' bills"),
]
NOT_REPORTS["budget_outlook"] = ["The company supplies 1.9 million homes.", "Its shares fell 5% to 212 pence."]
