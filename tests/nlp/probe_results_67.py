# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty short articles written for the sixty-seventh pass's check of company results, earnings calls and guidance
(helper L): statements ('the company said in a statement', 'said in a trading update'), calls ('told analysts on a
conference call', 'Chief financial officer X said on the call', a transcript's 'Operator:' and named turns), analysts'
notes ('analysts at Y wrote in a note', 'said X, an analyst at Z'), forward-looking statements by a firm ('the company
expects revenue of', 'forecast a profit of', 'sees full-year profit of', 'guided for'), results as facts that report
nothing ('Revenue rose 4% to $3.1bn'), share moves ('shares fell 5% in early trading'), a boss named again ('the chief
executive', 'Ms X', 'the CFO', 'the group's boss'), tickers and exchanges that look like names ('(NYSE: KLM)', '(LON:
BRV)'), 'declined to comment' (a report, as PolNeAR has it) and 'did not respond to a request for comment' (no report,
as the project has it: PolNeAR marks 22 of 75).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; counted on train: 'expect' with an object is a cue, 'it expects a fight to last into the spring', as is
'forecast', 'Mr. Putin forecast that X', and 'see', 'Some outside analysts see X as Y'; a firm's 'reported' with a
figure is a cue, as 'Trump reported between $5,000 and $15,000 in interest income' is): per article, (a word of the
cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing in
``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, firm, ticker, figure
and sentence is made up. Read by ``test_probe_findings_67_results``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["statement_profit"] = """Dorvane Foods lifts profit as snack sales grow

Dorvane Foods said in a statement on Tuesday that its annual profit had risen by 9% to $640 million.

Revenue rose 4% to $3.1bn.

The company said demand for its crisps and nut bars had held up despite higher prices.

Shares fell 2% in early trading.
"""
GOLD["statement_profit"] = [
    ("said", "Dorvane Foods", "its annual profit had risen by 9% to $640 million"),
    ("said", "The company", "demand for its crisps and nut bars had held up despite higher prices"),
]
NOT_REPORTS["statement_profit"] = ["Revenue rose 4% to $3.1bn.", "Shares fell 2% in early trading."]
SPEAKERS["statement_profit"] = [("said", "The company", "Dorvane Foods", "demand")]

ARTICLES["call_ceo"] = """Quillon Software shares jump after subscriber surge

Quillon Software added 1.2 million paying subscribers in the third quarter, more than twice as many as a year ago.

Chief executive Renata Solberg told analysts on a conference call that the company had underestimated demand from small businesses.

Operating profit climbed to $88 million from $51 million.

The chief executive said Quillon would raise prices for its premium plan in January.

Shares jumped 11% in after-hours trading.
"""
GOLD["call_ceo"] = [
    ("told", "Chief executive Renata Solberg", "the company had underestimated demand from small businesses"),
    ("said", "The chief executive", "Quillon would raise prices for its premium plan in January"),
]
NOT_REPORTS["call_ceo"] = ["Operating profit climbed to $88 million from $51 million.", "Shares jumped 11% in after-hours trading."]
SPEAKERS["call_ceo"] = [("said", "The chief executive", "Renata Solberg", "Quillon")]

ARTICLES["cfo_on_call"] = """Harrowmere Bank sets aside more for bad loans

Harrowmere Bank set aside $410 million for loans that may not be repaid, up from $260 million a year earlier.

Chief financial officer Tomasz Wilk said on the call that most of the provisions related to commercial property.

Net interest income fell 3% to $2.2bn.

The CFO said the bank did not expect to need further provisions this year.
"""
GOLD["cfo_on_call"] = [
    ("said", "Chief financial officer Tomasz Wilk", "most of the provisions related to commercial property"),
    ("said", "The CFO", "the bank did not expect to need further provisions this year"),
]
NOT_REPORTS["cfo_on_call"] = ["Harrowmere Bank set aside $410 million for loans that may not be repaid, up from $260 million a year earlier.", "Net interest income fell 3% to $2.2bn."]
SPEAKERS["cfo_on_call"] = [("said", "The CFO", "Tomasz Wilk", "the bank")]

ARTICLES["analyst_note"] = """Analysts cut targets for Pellow Retail after warning

Analysts at Carrick Securities wrote in a note to clients that Pellow's warning was worse than they had feared.

"The second half now looks very hard to rescue," said Imogen Tarrant, an analyst at Brightside Capital.

Pellow's shares have lost a third of their value since January.
"""
GOLD["analyst_note"] = [
    ("wrote", "Analysts at Carrick Securities", "Pellow's warning was worse than they had feared"),
    ("said", "Imogen Tarrant, an analyst at Brightside Capital", "The second half now looks very hard to rescue"),
]
NOT_REPORTS["analyst_note"] = ["Pellow's shares have lost a third of their value since January."]

ARTICLES["expects_revenue"] = """Tembrook Medical raises outlook on hospital orders

Tembrook Medical expects revenue of $4.8bn to $5bn this year, up from its earlier range of $4.5bn to $4.7bn.

Hospitals ordered 18% more of its heart monitors in the quarter.

"We are building as fast as we can," chief executive Oduya Marsh said in an interview.
"""
GOLD["expects_revenue"] = [
    ("expects", "Tembrook Medical", "revenue of $4.8bn to $5bn this year"),
    ("said", "chief executive Oduya Marsh", "We are building as fast as we can"),
]
NOT_REPORTS["expects_revenue"] = ["Hospitals ordered 18% more of its heart monitors in the quarter."]

ARTICLES["company_expects"] = """Brennock Airlines sees strong summer bookings

Brennock Airlines carried 14.2 million passengers in the three months to June, a record for the period.

The company expects full-year profit of between £380m and £420m.

Its finance director, Helen Achebe, said bookings for August were 6% ahead of last year.

Ms Achebe said fuel costs would be lower in the second half.
"""
GOLD["company_expects"] = [
    ("expects", "The company", "full-year profit of between £380m and £420m"),
    ("said", "Its finance director, Helen Achebe", "bookings for August were 6% ahead of last year"),
    ("said", "Ms Achebe", "fuel costs would be lower in the second half"),
]
NOT_REPORTS["company_expects"] = ["Brennock Airlines carried 14.2 million passengers in the three months to June, a record for the period."]
SPEAKERS["company_expects"] = [("said", "Ms Achebe", "Helen Achebe", "fuel costs")]

ARTICLES["forecast_profit"] = """Caldmoor Homes cuts building plans as sales slow

Caldmoor Homes forecast a pretax profit of £210m for the year, down from £305m.

The housebuilder completed 6,400 homes last year.

Its chief executive, Gideon Rusk, said buyers were waiting for mortgage rates to fall.

The group's boss said Caldmoor would open fewer new sites next year.
"""
GOLD["forecast_profit"] = [
    ("forecast", "Caldmoor Homes", "a pretax profit of £210m for the year"),
    ("said", "Its chief executive, Gideon Rusk", "buyers were waiting for mortgage rates to fall"),
    ("said", "The group's boss", "Caldmoor would open fewer new sites next year"),
]
NOT_REPORTS["forecast_profit"] = ["The housebuilder completed 6,400 homes last year."]
SPEAKERS["forecast_profit"] = [("said", "The group's boss", "Gideon Rusk", "Caldmoor")]

ARTICLES["sees_profit"] = """Lantry Chemicals sees higher profit as costs ease

Lantry Chemicals said on Wednesday that it sees full-year operating profit of about €1.3bn.

Sales volumes rose 5% in the first half.

Chief executive Marit Haldane said the cost of natural gas had fallen by a third since January.

Lantry shares rose 3.5% in Frankfurt.
"""
GOLD["sees_profit"] = [
    ("said", "Lantry Chemicals", "it sees full-year operating profit of about €1.3bn"),
    ("said", "Chief executive Marit Haldane", "the cost of natural gas had fallen by a third since January"),
]
NOT_REPORTS["sees_profit"] = ["Sales volumes rose 5% in the first half.", "Lantry shares rose 3.5% in Frankfurt."]

ARTICLES["guided_for"] = """Orrin Devices guides for slower growth

Orrin Devices guided for revenue growth of 3% to 5% next year, below the 8% it reported for this year.

The maker of smart thermostats sold 2.1 million units in the last quarter.

"Our customers are replacing devices less often," chief financial officer Priya Venkat said.
"""
GOLD["guided_for"] = [
    ("guided", "Orrin Devices", "revenue growth of 3% to 5% next year, below the 8% it reported for this year"),
    ("said", "chief financial officer Priya Venkat", "Our customers are replacing devices less often"),
]
NOT_REPORTS["guided_for"] = ["The maker of smart thermostats sold 2.1 million units in the last quarter."]

ARTICLES["facts_only"] = """Marlow Gas profit halves as prices fall

Marlow Gas made a profit of £118m in the six months to September, down from £241m a year earlier.

Revenue fell 22% to £1.9bn as wholesale prices dropped.

The company will pay an interim dividend of 4p a share.

Shares in Marlow closed 1.4% lower at 312p.
"""
GOLD["facts_only"] = []
NOT_REPORTS["facts_only"] = [
    "Marlow Gas made a profit of £118m in the six months to September, down from £241m a year earlier.",
    "Revenue fell 22% to £1.9bn as wholesale prices dropped.",
    "The company will pay an interim dividend of 4p a share.",
    "Shares in Marlow closed 1.4% lower at 312p.",
]

ARTICLES["ticker_lon"] = """Brevard Mining output falls after flooding

Brevard Mining (LON: BRV) said on Thursday that flooding at its Kessel mine had cut copper output by 12% in the quarter.

The mine produced 41,000 tonnes of copper in the three months to June.

It said pumping would be finished by the end of August.

Brevard shares fell 5% in early trading in London.
"""
GOLD["ticker_lon"] = [
    ("said", "Brevard Mining (LON: BRV)", "flooding at its Kessel mine had cut copper output by 12% in the quarter"),
    ("said", "It", "pumping would be finished by the end of August"),
]
NOT_REPORTS["ticker_lon"] = ["The mine produced 41,000 tonnes of copper in the three months to June.", "Brevard shares fell 5% in early trading in London."]
SPEAKERS["ticker_lon"] = [("said", "It", "Brevard Mining", "pumping")]

ARTICLES["ticker_nyse"] = """Kellam Logistics beats forecasts on parcel volumes

Kellam Logistics (NYSE: KLM) reported quarterly earnings of $2.14 a share, above the $1.95 analysts had pencilled in.

"Parcel volumes came back faster than we planned for," Kellam's chief executive, Bruno Estrada, said in a statement.

Mr Estrada said the company would add 30 aircraft to its fleet by 2028.
"""
GOLD["ticker_nyse"] = [
    ("said", "Kellam's chief executive, Bruno Estrada", "Parcel volumes came back faster than we planned for"),
    ("said", "Mr Estrada", "the company would add 30 aircraft to its fleet by 2028"),
]
NOT_REPORTS["ticker_nyse"] = []
SPEAKERS["ticker_nyse"] = [("said", "Mr Estrada", "Bruno Estrada", "the company")]

ARTICLES["transcript"] = """Transcript: Harrin Foods third-quarter results call

The following is an edited extract of the call.

Operator: Good morning, and welcome to the Harrin Foods third-quarter results call.

Lucia Ferrand, chief executive: Thank you. We had a strong quarter, with sales up 7% across all our regions.

Operator: Our first question comes from Sam Okoro at Westbay Partners.

Sam Okoro, Westbay Partners: How much of that growth came from higher prices?

Lucia Ferrand: About two thirds. Volumes were up a little in Europe and flat elsewhere.
"""
GOLD["transcript"] = [
    (":", "Operator", "Good morning, and welcome to the Harrin Foods third-quarter results call"),
    (":", "Lucia Ferrand, chief executive", "Thank you. We had a strong quarter, with sales up 7% across all our regions"),
    (":", "Lucia Ferrand", "About two thirds. Volumes were up a little in Europe and flat elsewhere"),
]
NOT_REPORTS["transcript"] = ["The following is an edited extract of the call."]

ARTICLES["declined_comment"] = """Vessant Pharma said to weigh sale of consumer unit

Vessant Pharma is exploring a sale of its consumer health business, which sells cold remedies and vitamins, according to two people familiar with the matter.

The unit had sales of $6.3bn last year.

A spokesman for Vessant declined to comment.

Larkhill Partners, which has been named as a possible buyer, did not respond to a request for comment.
"""
GOLD["declined_comment"] = [
    ("according", "two people familiar with the matter", "Vessant Pharma is exploring a sale of its consumer health business, which sells cold remedies and vitamins"),
    ("declined", "A spokesman for Vessant", "to comment"),
]
NOT_REPORTS["declined_comment"] = ["The unit had sales of $6.3bn last year.", "Larkhill Partners, which has been named as a possible buyer, did not respond to a request for comment."]

ARTICLES["profit_warning"] = """Tallis Outdoor issues second profit warning

Tallis Outdoor warned on Monday that its annual profit would be at least 40% lower than last year after a wet summer.

Sales of tents and camping gear fell 18% in July and August.

Its chief executive, Nadia Okonjo, said the retailer had too much stock and would cut prices to clear it.

Ms Okonjo told reporters she had no plans to step down.

The shares fell 23% to a five-year low.
"""
GOLD["profit_warning"] = [
    ("warned", "Tallis Outdoor", "its annual profit would be at least 40% lower than last year after a wet summer"),
    ("said", "Its chief executive, Nadia Okonjo", "the retailer had too much stock and would cut prices to clear it"),
    ("told", "Ms Okonjo", "she had no plans to step down"),
]
NOT_REPORTS["profit_warning"] = ["Sales of tents and camping gear fell 18% in July and August.", "The shares fell 23% to a five-year low."]
SPEAKERS["profit_warning"] = [("told", "Ms Okonjo", "Nadia Okonjo", "she had")]

ARTICLES["trading_update"] = """Greyfold Stores says Christmas sales were flat

Greyfold Stores said in a trading update that like-for-like sales in the six weeks to 3 January were unchanged from a year earlier.

Online sales rose 8% while store sales fell 3%.

The department store chain said it would close nine shops in the spring.

Greyfold's shares closed down 4.1%.
"""
GOLD["trading_update"] = [
    ("said", "Greyfold Stores", "like-for-like sales in the six weeks to 3 January were unchanged from a year earlier"),
    ("said", "The department store chain", "it would close nine shops in the spring"),
]
NOT_REPORTS["trading_update"] = ["Online sales rose 8% while store sales fell 3%.", "Greyfold's shares closed down 4.1%."]
SPEAKERS["trading_update"] = [("said", "The department store chain", "Greyfold Stores", "it would")]

ARTICLES["shareholder_letter"] = """Ostrand chairman defends pay deal in letter to investors

Ostrand Engineering's chairman, Sir Neville Crane, wrote in a letter to shareholders that the new pay plan would tie bonuses to long-term returns.

The plan could pay the chief executive up to £9m a year.

Two large investors said they would vote against it at the annual meeting in May.
"""
GOLD["shareholder_letter"] = [
    ("wrote", "Ostrand Engineering's chairman, Sir Neville Crane", "the new pay plan would tie bonuses to long-term returns"),
    ("said", "Two large investors", "they would vote against it at the annual meeting in May"),
]
NOT_REPORTS["shareholder_letter"] = ["The plan could pay the chief executive up to £9m a year."]

ARTICLES["analyst_after_quote"] = """Fenwick Telecom loses customers to cheaper rivals

Fenwick Telecom lost 210,000 mobile customers in the quarter, its worst result in six years.

"Fenwick is being squeezed from both ends of the market," said Arjun Mehta, a telecoms analyst at Dunmore Research.

Mr Mehta said the company would have to cut prices before the summer.

Average revenue per user fell 2% to £17.40.
"""
GOLD["analyst_after_quote"] = [
    ("said", "Arjun Mehta, a telecoms analyst at Dunmore Research", "Fenwick is being squeezed from both ends of the market"),
    ("said", "Mr Mehta", "the company would have to cut prices before the summer"),
]
NOT_REPORTS["analyst_after_quote"] = ["Fenwick Telecom lost 210,000 mobile customers in the quarter, its worst result in six years.", "Average revenue per user fell 2% to £17.40."]
SPEAKERS["analyst_after_quote"] = [("said", "Mr Mehta", "Arjun Mehta", "the company")]

ARTICLES["investor_day"] = """Sandrel Motors sets target for electric sales

Sandrel Motors told investors at a conference in Turin that electric cars would make up half of its sales by 2030.

The carmaker sold 1.6 million vehicles last year.

Finance chief Paolo Verri said the plan would cost €14bn over five years.

Mr Verri added that the company would keep its dividend at current levels.
"""
GOLD["investor_day"] = [
    ("told", "Sandrel Motors", "electric cars would make up half of its sales by 2030"),
    ("said", "Finance chief Paolo Verri", "the plan would cost €14bn over five years"),
    ("added", "Mr Verri", "the company would keep its dividend at current levels"),
]
NOT_REPORTS["investor_day"] = ["The carmaker sold 1.6 million vehicles last year."]
SPEAKERS["investor_day"] = [("added", "Mr Verri", "Paolo Verri", "the company")]

ARTICLES["bank_results"] = """Corran Bank profit beats forecasts on trading gains

Corran Bank reported a net profit of $3.4bn for the third quarter, up 15% from a year earlier.

Trading revenue rose 21% as clients moved money in volatile markets.

"It was a quarter where our markets business really earned its keep," chief executive Elena Voss said on a call with journalists.

She said the bank would buy back $2bn of its own shares.

The stock rose 4% in New York.
"""
GOLD["bank_results"] = [
    ("said", "chief executive Elena Voss", "It was a quarter where our markets business really earned its keep"),
    ("said", "She", "the bank would buy back $2bn of its own shares"),
]
NOT_REPORTS["bank_results"] = ["Trading revenue rose 21% as clients moved money in volatile markets.", "The stock rose 4% in New York."]
SPEAKERS["bank_results"] = [("said", "She", "Elena Voss", "the bank")]

ARTICLES["memo_jobs"] = """Wexcourt Media to cut 600 jobs

Wexcourt Media will cut 600 jobs, about 8% of its staff, its chief executive said in a memo to employees on Wednesday.

The company's advertising revenue fell 14% last year.

"These are hard decisions and they affect people who have done nothing wrong," Lionel Harte wrote in the memo.
"""
GOLD["memo_jobs"] = [
    ("said", "its chief executive", "Wexcourt Media will cut 600 jobs, about 8% of its staff"),
    ("wrote", "Lionel Harte", "These are hard decisions and they affect people who have done nothing wrong"),
]
NOT_REPORTS["memo_jobs"] = ["The company's advertising revenue fell 14% last year."]

ARTICLES["cfo_named_again"] = """Parrish Tools margins squeezed by steel prices

Parrish Tools' gross margin narrowed to 31% from 35% a year ago.

Chief financial officer Dana Whitcombe said steel prices had risen faster than the company could raise its own.

The finance chief said the company expected margins to recover next year.

Whitcombe told analysts that Parrish had signed new supply contracts in March.
"""
GOLD["cfo_named_again"] = [
    ("said", "Chief financial officer Dana Whitcombe", "steel prices had risen faster than the company could raise its own"),
    ("said", "The finance chief", "the company expected margins to recover next year"),
    ("told", "Whitcombe", "Parrish had signed new supply contracts in March"),
]
NOT_REPORTS["cfo_named_again"] = ["Parrish Tools' gross margin narrowed to 31% from 35% a year ago."]
SPEAKERS["cfo_named_again"] = [
    ("said", "The finance chief", "Dana Whitcombe", "the company"),
    ("told", "Whitcombe", "Dana Whitcombe", "Parrish"),
]

ARTICLES["boss_reuters"] = """Lowfield Energy boss sees no quick end to high power prices

Lowfield Energy's chief executive, Sunil Batra, told Reuters that power prices would stay high until at least 2027.

The utility supplies 4.5 million homes.

The Lowfield boss said the government's price cap had worked as intended.
"""
GOLD["boss_reuters"] = [
    ("told", "Lowfield Energy's chief executive, Sunil Batra", "power prices would stay high until at least 2027"),
    ("said", "The Lowfield boss", "the government's price cap had worked as intended"),
]
NOT_REPORTS["boss_reuters"] = ["The utility supplies 4.5 million homes."]
SPEAKERS["boss_reuters"] = [("said", "The Lowfield boss", "Sunil Batra", "the government")]

ARTICLES["dividend_cut"] = """Hesketh Insurance cuts dividend after storm claims

Hesketh Insurance cut its final dividend to 9p a share from 15p after paying £720m in storm claims.

The insurer said its capital position remained strong.

Chairwoman Freya Lund said the board had not taken the decision lightly.

Claims from the February storms were the largest in the company's 90-year history.
"""
GOLD["dividend_cut"] = [
    ("said", "The insurer", "its capital position remained strong"),
    ("said", "Chairwoman Freya Lund", "the board had not taken the decision lightly"),
]
NOT_REPORTS["dividend_cut"] = ["Hesketh Insurance cut its final dividend to 9p a share from 15p after paying £720m in storm claims.", "Claims from the February storms were the largest in the company's 90-year history."]
SPEAKERS["dividend_cut"] = [("said", "The insurer", "Hesketh Insurance", "its capital")]

ARTICLES["analysts_expected"] = """Norbeck Games misses estimates as big release slips

Norbeck Games reported revenue of $1.2bn for the quarter.

Analysts had expected revenue of $1.35bn.

The company said its next major game would be released in March rather than November.

"Delays happen, but two in a row will test investors' patience," Kira Lindqvist, an analyst at Haldane Brothers, wrote in a note.
"""
GOLD["analysts_expected"] = [
    ("reported", "Norbeck Games", "revenue of $1.2bn for the quarter"),
    ("expected", "Analysts", "revenue of $1.35bn"),
    ("said", "The company", "its next major game would be released in March rather than November"),
    ("wrote", "Kira Lindqvist, an analyst at Haldane Brothers", "Delays happen, but two in a row will test investors' patience"),
]
NOT_REPORTS["analysts_expected"] = []

ARTICLES["chief_exec_after_quote"] = """Rowan Breweries sales lifted by hot summer

Rowan Breweries sold 9% more beer in the summer months than a year earlier.

"The weather did a lot of the work for us this year," said Tobias Grey, the chief executive.

The brewer said it would invest £60m in a new bottling plant in Leeds.

Grey said the plant would create 150 jobs.
"""
GOLD["chief_exec_after_quote"] = [
    ("said", "Tobias Grey, the chief executive", "The weather did a lot of the work for us this year"),
    ("said", "The brewer", "it would invest £60m in a new bottling plant in Leeds"),
    ("said", "Grey", "the plant would create 150 jobs"),
]
NOT_REPORTS["chief_exec_after_quote"] = ["Rowan Breweries sold 9% more beer in the summer months than a year earlier."]
SPEAKERS["chief_exec_after_quote"] = [
    ("said", "The brewer", "Rowan Breweries", "it would"),
    ("said", "Grey", "Tobias Grey", "the plant"),
]

ARTICLES["nasdaq_it"] = """Zentrix Bio shares soar on trial results

Zentrix Bio (NASDAQ: ZTXB) said its experimental kidney drug had cut the rate of dialysis by 40% in a late-stage trial.

It said it would ask regulators to approve the drug before the end of the year.

The shares more than doubled to $48.
"""
GOLD["nasdaq_it"] = [
    ("said", "Zentrix Bio (NASDAQ: ZTXB)", "its experimental kidney drug had cut the rate of dialysis by 40% in a late-stage trial"),
    ("said", "It", "it would ask regulators to approve the drug before the end of the year"),
]
NOT_REPORTS["nasdaq_it"] = ["The shares more than doubled to $48."]
SPEAKERS["nasdaq_it"] = [("said", "It", "Zentrix Bio", "it would")]

ARTICLES["chief_exec_plain"] = """Ambleford Hotels expects record year

Ambleford Hotels filled 81% of its rooms in the summer, up from 76% a year ago.

The chief executive, Mona Feld, said business travel had finally returned to its 2019 level.

The hotel group expects to open 14 hotels next year.

Ms Feld said rising wages were the main pressure on costs.
"""
GOLD["chief_exec_plain"] = [
    ("said", "The chief executive, Mona Feld", "business travel had finally returned to its 2019 level"),
    ("expects", "The hotel group", "to open 14 hotels next year"),
    ("said", "Ms Feld", "rising wages were the main pressure on costs"),
]
NOT_REPORTS["chief_exec_plain"] = ["Ambleford Hotels filled 81% of its rooms in the summer, up from 76% a year ago."]
SPEAKERS["chief_exec_plain"] = [("said", "Ms Feld", "Mona Feld", "rising wages")]

ARTICLES["share_moves"] = """Markets: miners lead London lower

Shares in Brevard Mining fell 5% in early trading after the company cut its output target.

Caradon Steel slipped 2.3%, while Wenlow Gold gained 1.1%.

The FTSE 100 closed down 0.6% at 8,140.

Traders said the selling had been heavy but orderly.
"""
GOLD["share_moves"] = [
    ("said", "Traders", "the selling had been heavy but orderly"),
]
NOT_REPORTS["share_moves"] = [
    "Shares in Brevard Mining fell 5% in early trading after the company cut its output target.",
    "Caradon Steel slipped 2.3%, while Wenlow Gold gained 1.1%.",
    "The FTSE 100 closed down 0.6% at 8,140.",
]

ARTICLES["no_response"] = """Tarrock Cement fined over price fixing

The competition regulator fined Tarrock Cement £48m on Friday for sharing price plans with two rivals.

Tarrock said it would appeal against the fine.

Holme Aggregates, one of the rivals, did not respond to a request for comment.

A third firm, Selby Quarries, declined to comment on the ruling.
"""
GOLD["no_response"] = [
    ("said", "Tarrock", "it would appeal against the fine"),
    ("declined", "A third firm, Selby Quarries", "the ruling"),
]
NOT_REPORTS["no_response"] = ["The competition regulator fined Tarrock Cement £48m on Friday for sharing price plans with two rivals.", "Holme Aggregates, one of the rivals, did not respond to a request for comment."]

ARTICLES["forecast_analysts"] = """Kilbride Water forecasts higher bills

Kilbride Water forecast that household bills would rise by an average of £54 next year.

The company supplies 2.8 million customers in the north-west.

Analysts at Pemberton Bank said the increase was smaller than they had feared.
"""
GOLD["forecast_analysts"] = [
    ("forecast", "Kilbride Water", "household bills would rise by an average of £54 next year"),
    ("said", "Analysts at Pemberton Bank", "the increase was smaller than they had feared"),
]
NOT_REPORTS["forecast_analysts"] = ["The company supplies 2.8 million customers in the north-west."]
