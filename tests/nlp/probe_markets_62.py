# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second session's check of central bank, market and economic data reporting
(helper T): rate decisions ('the central bank said in a statement'), minutes ('the minutes of the meeting showed'),
signals ('policymakers signalled'), news conferences ('the governor told a news conference'), bets and pricing
('traders bet that', 'markets are pricing in'), notes to clients ('analysts at X wrote in a note to clients'),
polls of economists ('economists polled by Y had expected'), data releases ('data from the statistics office
showed'), indices and surveys ('the index suggests', 'the survey of purchasing managers found'), forecasts ('the
forecast implies'), fears ('investors fear'), economists with their employer ('X, chief economist at Y, said'),
warnings ('the bank warned that') and unnamed sources ('according to people familiar with the deliberations').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before
a name are part of the source): per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (price moves, index levels, yields, rates
stated by the writer, times of closes, ticker names); (cue, source, speaker, the content's first words) in
``SPEAKERS``. Counted on PolNeAR train before writing the gold: 'pricing in' is marked in none of 5 and 'bet that'
in none of 3, so lines with them are in neither list; 'a poll/survey found' has the poll as source (48 of 48).
The first twenty-four articles were written before any run, the last six to widen the check (notes, interviews,
statements, weekly currency and metals reports). Every name, place, figure and sentence is made up. Read by ``test_probe_findings_62_markets``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["rate_hold"] = """Norvane central bank holds rates at 3.25%

The Bank of Norvane kept its main refinancing rate at 3.25 per cent on Thursday, the fourth pause in a row.

The central bank said in a statement that inflation was moving back towards its 2 per cent target more slowly than it had hoped.

The krona rose 0.3 per cent against the euro after the decision.

Governor Halvar Ostby told a news conference that the board had not discussed a cut.

He said wage growth remained "uncomfortably strong" in the services sector.

The two-year government bond yield fell four basis points to 2.91 per cent.
"""
GOLD["rate_hold"] = [
    ("said", "The central bank", "inflation was moving back towards its 2 per cent target more slowly than it had hoped"),
    ("told", "Governor Halvar Ostby", "the board had not discussed a cut"),
    ("said", "He", "wage growth remained \"uncomfortably strong\" in the services sector"),
]
NOT_REPORTS["rate_hold"] = [
    "The krona rose 0.3 per cent against the euro after the decision.",
    "The two-year government bond yield fell four basis points to 2.91 per cent.",
]
SPEAKERS["rate_hold"] = [("said", "He", "Halvar Ostby", "wage growth")]

ARTICLES["minutes_split"] = """Minutes show Pellrick policymakers split over timing of cut

The minutes of the Pellrick Reserve's March meeting showed that three of the nine members had wanted to lower rates immediately.

The record, published on Wednesday, said most members preferred to wait for another quarter of wage data.

The reserve's benchmark rate has stood at 4.5 per cent since last October.

Shares in Pellrick's biggest lenders slipped after the release, with Corvel Bank down 1.2 per cent.

The next meeting is on May 14.
"""
GOLD["minutes_split"] = [
    ("showed", "The minutes of the Pellrick Reserve's March meeting", "three of the nine members had wanted to lower rates immediately"),
    ("said", "The record, published on Wednesday", "most members preferred to wait for another quarter of wage data"),
]
NOT_REPORTS["minutes_split"] = [
    "The reserve's benchmark rate has stood at 4.5 per cent since last October.",
    "Shares in Pellrick's biggest lenders slipped after the release, with Corvel Bank down 1.2 per cent.",
    "The next meeting is on May 14.",
]

ARTICLES["signal_pause"] = """Tesmark policymakers signal end to tightening

Policymakers at the Tesmark Monetary Authority signalled on Tuesday that their run of rate rises was over.

The authority raised its key rate by a quarter point to 5 per cent, its ninth increase since early last year.

In a statement, the board said it would "assess the full effect" of earlier moves before acting again.

The Tesmark dollar fell to 0.6421 against the US dollar, its weakest level in three weeks.

Deputy governor Lisbet Haugard told reporters the authority was not yet ready to talk about cuts.
"""
GOLD["signal_pause"] = [
    ("signalled", "Policymakers at the Tesmark Monetary Authority", "their run of rate rises was over"),
    ("said", "the board", "it would \"assess the full effect\" of earlier moves before acting again"),
    ("told", "Deputy governor Lisbet Haugard", "the authority was not yet ready to talk about cuts"),
]
NOT_REPORTS["signal_pause"] = [
    "The authority raised its key rate by a quarter point to 5 per cent, its ninth increase since early last year.",
    "The Tesmark dollar fell to 0.6421 against the US dollar, its weakest level in three weeks.",
]

ARTICLES["stocks_close"] = """Stocks end lower as oil climbs

The Varden All-Share index closed down 0.8 per cent at 7,412.35 points on Friday.

Oil producer Keldrum Energy (KDE.VA) gained 2.4 per cent as Brent crude rose above $91 a barrel.

Retailers fell, with Hasco Stores shedding 3.1 per cent.

Investors fear that higher fuel costs will squeeze household spending before the holidays.

"The mood has turned defensive," said Oriane Blix, a fund manager at Tallow Asset Management.

The market closed at 4.30pm local time.
"""
GOLD["stocks_close"] = [
    ("fear", "Investors", "higher fuel costs will squeeze household spending before the holidays"),
    ("said", "Oriane Blix, a fund manager at Tallow Asset Management", "\"The mood has turned defensive,\""),
]
NOT_REPORTS["stocks_close"] = [
    "The Varden All-Share index closed down 0.8 per cent at 7,412.35 points on Friday.",
    "Oil producer Keldrum Energy (KDE.VA) gained 2.4 per cent as Brent crude rose above $91 a barrel.",
    "Retailers fell, with Hasco Stores shedding 3.1 per cent.",
    "The market closed at 4.30pm local time.",
]

ARTICLES["inflation_data"] = """Inflation in Ostrava Bay slows to 3.1%

Consumer prices in Ostrava Bay rose 3.1 per cent in the year to June, down from 3.6 per cent in May.

Data from the national statistics office showed that food prices fell for the first time in two years.

Economists polled by the Kirren news agency had expected a rate of 3.3 per cent.

Core inflation, which strips out energy and food, was 2.8 per cent.

Finance minister Oskar Vell said the figures showed the government's plan was working.
"""
GOLD["inflation_data"] = [
    ("showed", "Data from the national statistics office", "food prices fell for the first time in two years"),
    ("expected", "Economists polled by the Kirren news agency", "a rate of 3.3 per cent"),
    ("said", "Finance minister Oskar Vell", "the figures showed the government's plan was working"),
]
NOT_REPORTS["inflation_data"] = [
    "Consumer prices in Ostrava Bay rose 3.1 per cent in the year to June, down from 3.6 per cent in May.",
    "Core inflation, which strips out energy and food, was 2.8 per cent.",
]

ARTICLES["pmi_survey"] = """Factory activity shrinks for a third month

The survey of purchasing managers found that new export orders fell at the fastest pace since 2020.

The Brannock manufacturing index dropped to 47.6 in September from 48.9 in August.

A reading below 50 indicates contraction.

Tomas Reddaway, chief economist at Selwick Partners, said the index suggests output will shrink again in the fourth quarter.

Shares in engineering firm Aldmoor fell 1.9 per cent.
"""
GOLD["pmi_survey"] = [
    ("found", "The survey of purchasing managers", "new export orders fell at the fastest pace since 2020"),
    ("said", "Tomas Reddaway, chief economist at Selwick Partners", "the index suggests output will shrink again in the fourth quarter"),
]
NOT_REPORTS["pmi_survey"] = [
    "The Brannock manufacturing index dropped to 47.6 in September from 48.9 in August.",
    "Shares in engineering firm Aldmoor fell 1.9 per cent.",
]

ARTICLES["analyst_note"] = """Analysts see more pain for Lisk lenders

Analysts at Merrow Brothers wrote in a note to clients that bad loans at Lisk's regional banks would keep rising into next year.

They cut their price target for Ferran Savings Bank to 14.20 crowns from 17 crowns.

Ferran shares ended 2.2 per cent lower at 12.86 crowns.

The bank declined to comment.

The Lisk banking index has lost 11 per cent this year.
"""
GOLD["analyst_note"] = [
    ("wrote", "Analysts at Merrow Brothers", "bad loans at Lisk's regional banks would keep rising into next year"),
]
NOT_REPORTS["analyst_note"] = [
    "Ferran shares ended 2.2 per cent lower at 12.86 crowns.",
    "The Lisk banking index has lost 11 per cent this year.",
]

ARTICLES["forecast_cut"] = """Central bank trims growth forecast

The Coriander Islands Monetary Board lowered its growth forecast for this year to 1.4 per cent from 1.9 per cent.

The forecast implies that the economy will barely grow in the second half.

The board warned that a slowdown in tourism could push unemployment higher.

Unemployment stood at 5.2 per cent in the last quarter.

The island's dollar was little changed at 1.3350 per US dollar.
"""
GOLD["forecast_cut"] = [
    ("implies", "The forecast", "the economy will barely grow in the second half"),
    ("warned", "The board", "a slowdown in tourism could push unemployment higher"),
]
NOT_REPORTS["forecast_cut"] = [
    "Unemployment stood at 5.2 per cent in the last quarter.",
    "The island's dollar was little changed at 1.3350 per US dollar.",
]

ARTICLES["deliberations"] = """Velmar board weighs bigger cut, sources say

Members of the Velmar National Bank's board are considering a half-point cut at next week's meeting, according to people familiar with the deliberations.

The bank's deposit rate is 3.75 per cent.

A spokeswoman for the bank said it does not comment on policy before meetings.

Velmar's 10-year yield dropped to 2.64 per cent, the lowest since March.

Investors fear the bank has waited too long to act.
"""
GOLD["deliberations"] = [
    ("according to", "people familiar with the deliberations", "Members of the Velmar National Bank's board are considering a half-point cut at next week's meeting"),
    ("said", "A spokeswoman for the bank", "it does not comment on policy before meetings"),
    ("fear", "Investors", "the bank has waited too long to act"),
]
NOT_REPORTS["deliberations"] = [
    "The bank's deposit rate is 3.75 per cent.",
    "Velmar's 10-year yield dropped to 2.64 per cent, the lowest since March.",
]

ARTICLES["jobs_report"] = """Hiring slows in Dunmere as factories cut shifts

Employers in Dunmere added 41,000 jobs in October, the statistics bureau said on Friday.

Economists had expected 65,000 new jobs.

The jobless rate rose to 4.4 per cent from 4.2 per cent.

"The labour market is cooling, but it is not cracking," said Wendeline Ackroyd, senior economist at Parrish Bank.

The Dunmere dollar fell 0.5 per cent against the yen after the release.
"""
GOLD["jobs_report"] = [
    ("said", "the statistics bureau", "Employers in Dunmere added 41,000 jobs in October"),
    ("expected", "Economists", "65,000 new jobs"),
    ("said", "Wendeline Ackroyd, senior economist at Parrish Bank", "\"The labour market is cooling, but it is not cracking,\""),
]
NOT_REPORTS["jobs_report"] = [
    "The jobless rate rose to 4.4 per cent from 4.2 per cent.",
    "The Dunmere dollar fell 0.5 per cent against the yen after the release.",
]

ARTICLES["bond_selloff"] = """Gilt-style bonds slide in Harrowgate

Harrowgate's 30-year bond yield jumped 18 basis points to 5.12 per cent on Monday.

The benchmark 10-year yield rose to 4.48 per cent.

Strategists at Quillon Securities said the sell-off reflected worries about the government's borrowing plans.

The finance ministry said it remained committed to its fiscal rules.

Prices of bonds move inversely to their yields.
"""
GOLD["bond_selloff"] = [
    ("said", "Strategists at Quillon Securities", "the sell-off reflected worries about the government's borrowing plans"),
    ("said", "The finance ministry", "it remained committed to its fiscal rules"),
]
NOT_REPORTS["bond_selloff"] = [
    "Harrowgate's 30-year bond yield jumped 18 basis points to 5.12 per cent on Monday.",
    "The benchmark 10-year yield rose to 4.48 per cent.",
    "Prices of bonds move inversely to their yields.",
]

ARTICLES["governor_testimony"] = """Governor defends bond buying before lawmakers

Governor Annika Strom of the Reserve Bank of Tollund told the parliamentary finance committee that the bank's bond purchases had prevented a credit crunch.

She said the bank would start selling the bonds "gradually and predictably" next year.

The bank holds about 310 billion marks of government debt.

Opposition lawmaker Piet Janssel accused the bank of helping the government borrow cheaply.

The mark traded at 10.92 per euro.
"""
GOLD["governor_testimony"] = [
    ("told", "Governor Annika Strom of the Reserve Bank of Tollund", "the bank's bond purchases had prevented a credit crunch"),
    ("said", "She", "the bank would start selling the bonds \"gradually and predictably\" next year"),
    ("accused", "Opposition lawmaker Piet Janssel", "the bank of helping the government borrow cheaply"),
]
NOT_REPORTS["governor_testimony"] = [
    "The bank holds about 310 billion marks of government debt.",
    "The mark traded at 10.92 per euro.",
]
SPEAKERS["governor_testimony"] = [("said", "She", "Annika Strom", "the bank would")]

ARTICLES["retail_sales"] = """Retail sales rebound in Corbally

Retail sales in Corbally rose 1.3 per cent in August from July, the statistics agency said.

Sales of clothing and footwear jumped 4.6 per cent.

The agency said warm weather had brought shoppers back to high streets.

Economists polled by the Corbally Herald had forecast a rise of 0.5 per cent.

Shares in department store chain Wexley & Moore rose 3 per cent.
"""
GOLD["retail_sales"] = [
    ("said", "the statistics agency", "Retail sales in Corbally rose 1.3 per cent in August from July"),
    ("said", "The agency", "warm weather had brought shoppers back to high streets"),
    ("forecast", "Economists polled by the Corbally Herald", "a rise of 0.5 per cent"),
]
NOT_REPORTS["retail_sales"] = [
    "Sales of clothing and footwear jumped 4.6 per cent.",
    "Shares in department store chain Wexley & Moore rose 3 per cent.",
]

ARTICLES["currency_intervention"] = """Lirazan currency hits record low

The Lirazan pound fell 1.7 per cent to a record low of 48.20 per dollar on Wednesday.

The central bank warned that it would use its reserves to stop "disorderly moves" in the currency.

Traders said the bank had sold dollars through state lenders in the afternoon.

Foreign reserves stood at $38 billion at the end of last month.

Haddad Farouk, head of research at Meridian Capital in Qasira, said the intervention would buy time but not change the trend.
"""
GOLD["currency_intervention"] = [
    ("warned", "The central bank", "it would use its reserves to stop \"disorderly moves\" in the currency"),
    ("said", "Traders", "the bank had sold dollars through state lenders in the afternoon"),
    ("said", "Haddad Farouk, head of research at Meridian Capital in Qasira", "the intervention would buy time but not change the trend"),
]
NOT_REPORTS["currency_intervention"] = [
    "The Lirazan pound fell 1.7 per cent to a record low of 48.20 per dollar on Wednesday.",
    "Foreign reserves stood at $38 billion at the end of last month.",
]

ARTICLES["gdp_flash"] = """Keswater economy contracts in second quarter

Keswater's economy shrank 0.2 per cent in the second quarter, preliminary figures from the statistics office showed on Tuesday.

Household spending fell 0.6 per cent while exports grew 1.1 per cent.

The office said a strike at the country's largest car plant had weighed on output.

A second quarter of contraction would put the economy in a technical recession.

"We think the worst is behind us," said Ingrid Sollum, an economist at Kvarn Bank.
"""
GOLD["gdp_flash"] = [
    ("showed", "preliminary figures from the statistics office", "Keswater's economy shrank 0.2 per cent in the second quarter"),
    ("said", "The office", "a strike at the country's largest car plant had weighed on output"),
    ("said", "Ingrid Sollum, an economist at Kvarn Bank", "\"We think the worst is behind us,\""),
]
NOT_REPORTS["gdp_flash"] = [
    "Household spending fell 0.6 per cent while exports grew 1.1 per cent.",
]

ARTICLES["oil_market"] = """Oil steadies after OPEC-style group's meeting

Brent crude futures settled 41 cents higher at $84.17 a barrel.

West Texas Intermediate gained 0.6 per cent to $80.02.

The producers' group said in a statement that it would keep output unchanged until March.

Analysts at Dornell Research said the decision had been "fully priced in".

Prices have fallen about 9 per cent since the start of the month.
"""
GOLD["oil_market"] = [
    ("said", "The producers' group", "it would keep output unchanged until March"),
    ("said", "Analysts at Dornell Research", "the decision had been \"fully priced in\""),
]
NOT_REPORTS["oil_market"] = [
    "Brent crude futures settled 41 cents higher at $84.17 a barrel.",
    "West Texas Intermediate gained 0.6 per cent to $80.02.",
    "Prices have fallen about 9 per cent since the start of the month.",
]

ARTICLES["housing_index"] = """House prices edge up in Threlmouth

House prices in Threlmouth rose 0.4 per cent in May, according to the Halverton Building Society.

The average price of a home was 263,400 pounds.

The building society's chief economist, Rhona McKerrow, said higher mortgage rates were still holding buyers back.

Mortgage approvals fell to 52,300 in April.

The index suggests that prices have stopped falling in the north of the country.
"""
GOLD["housing_index"] = [
    ("according to", "the Halverton Building Society", "House prices in Threlmouth rose 0.4 per cent in May"),
    ("said", "The building society's chief economist, Rhona McKerrow", "higher mortgage rates were still holding buyers back"),
    ("suggests", "The index", "prices have stopped falling in the north of the country"),
]
NOT_REPORTS["housing_index"] = [
    "The average price of a home was 263,400 pounds.",
    "Mortgage approvals fell to 52,300 in April.",
]

ARTICLES["emerging_cut"] = """Salvarre cuts rates for first time in four years

Salvarre's central bank cut its benchmark Selic-style rate by 50 basis points to 10.75 per cent on Wednesday.

The monetary policy committee said the decision was unanimous.

It added that further cuts of the same size were likely if inflation kept falling.

The real weakened 0.9 per cent to 5.11 per dollar in after-hours trading.

Economists surveyed by the central bank expect inflation of 3.9 per cent this year.
"""
GOLD["emerging_cut"] = [
    ("said", "The monetary policy committee", "the decision was unanimous"),
    ("added", "It", "further cuts of the same size were likely if inflation kept falling"),
    ("expect", "Economists surveyed by the central bank", "inflation of 3.9 per cent this year"),
]
NOT_REPORTS["emerging_cut"] = [
    "Salvarre's central bank cut its benchmark Selic-style rate by 50 basis points to 10.75 per cent on Wednesday.",
    "The real weakened 0.9 per cent to 5.11 per dollar in after-hours trading.",
]
SPEAKERS["emerging_cut"] = [("added", "It", "monetary policy committee", "further cuts")]

ARTICLES["earnings_day"] = """Bastide Motors shares slump after profit warning

Shares in Bastide Motors (BSM.PA) tumbled 12 per cent by midday.

The carmaker said on Tuesday that operating profit this year would be about 20 per cent below its earlier guidance.

Chief executive Maelys Carron blamed weak demand for electric models in Europe.

She told analysts on a call that the company would cut 3,000 jobs.

The stock had risen 18 per cent this year before the warning.
"""
GOLD["earnings_day"] = [
    ("said", "The carmaker", "operating profit this year would be about 20 per cent below its earlier guidance"),
    ("blamed", "Chief executive Maelys Carron", "weak demand for electric models in Europe"),
    ("told", "She", "the company would cut 3,000 jobs"),
]
NOT_REPORTS["earnings_day"] = [
    "Shares in Bastide Motors (BSM.PA) tumbled 12 per cent by midday.",
    "The stock had risen 18 per cent this year before the warning.",
]
SPEAKERS["earnings_day"] = [("told", "She", "Maelys Carron", "the company")]

ARTICLES["gold_record"] = """Gold hits record as investors seek safety

Spot gold rose 1.1 per cent to $2,431.60 an ounce, a record high.

Silver gained 2.3 per cent to $31.05.

Investors fear that the conflict will spread to the shipping lanes of the Gulf of Arnos.

"Gold is doing what gold does in a crisis," said Perrin Dusk, a metals strategist at Oakfeld Capital.

Holdings in gold-backed exchange-traded funds rose for a sixth week.
"""
GOLD["gold_record"] = [
    ("fear", "Investors", "the conflict will spread to the shipping lanes of the Gulf of Arnos"),
    ("said", "Perrin Dusk, a metals strategist at Oakfeld Capital", "\"Gold is doing what gold does in a crisis,\""),
]
NOT_REPORTS["gold_record"] = [
    "Spot gold rose 1.1 per cent to $2,431.60 an ounce, a record high.",
    "Silver gained 2.3 per cent to $31.05.",
    "Holdings in gold-backed exchange-traded funds rose for a sixth week.",
]

ARTICLES["bank_report"] = """Financial stability report flags commercial property risk

The Bank of Eskerwald warned that falling office values could cause losses at smaller lenders.

In its twice-yearly financial stability report, the bank said banks as a whole had enough capital to absorb a severe downturn.

Office values in the capital have fallen 23 per cent since their peak.

Deputy governor Fenna Roelofs told reporters that the bank was "watching closely but not alarmed".

The bank's countercyclical buffer is 1 per cent.
"""
GOLD["bank_report"] = [
    ("warned", "The Bank of Eskerwald", "falling office values could cause losses at smaller lenders"),
    ("said", "the bank", "banks as a whole had enough capital to absorb a severe downturn"),
    ("told", "Deputy governor Fenna Roelofs", "the bank was \"watching closely but not alarmed\""),
]
NOT_REPORTS["bank_report"] = [
    "Office values in the capital have fallen 23 per cent since their peak.",
    "The bank's countercyclical buffer is 1 per cent.",
]

ARTICLES["asia_open"] = """Asian shares open mixed

The Tanjo 225 index opened 0.4 per cent higher at 38,120.

Hong Kong-style Kowlee Hang index slipped 0.2 per cent.

The yen was at 151.30 per dollar.

Traders said thin holiday volumes were exaggerating moves.

Markets are pricing in two rate cuts by the Federal Council of Tanjo this year.
"""
GOLD["asia_open"] = [
    ("said", "Traders", "thin holiday volumes were exaggerating moves"),
]
NOT_REPORTS["asia_open"] = [
    "The Tanjo 225 index opened 0.4 per cent higher at 38,120.",
    "Hong Kong-style Kowlee Hang index slipped 0.2 per cent.",
    "The yen was at 151.30 per dollar.",
]

ARTICLES["wage_talks"] = """Central bank chief urges restraint in wage talks

Governor Osric Penhallow urged unions and employers to keep pay rises below 4 per cent.

Speaking at a conference in Trevanna, he said big pay settlements would force the bank to keep rates high for longer.

The bank's policy rate is 4.75 per cent.

The Trevanna union federation said workers had lost too much to inflation to accept a cap.

Average earnings rose 6.2 per cent in the year to March.
"""
GOLD["wage_talks"] = [
    ("urged", "Governor Osric Penhallow", "unions and employers to keep pay rises below 4 per cent"),
    ("said", "he", "big pay settlements would force the bank to keep rates high for longer"),
    ("said", "The Trevanna union federation", "workers had lost too much to inflation to accept a cap"),
]
NOT_REPORTS["wage_talks"] = [
    "The bank's policy rate is 4.75 per cent.",
    "Average earnings rose 6.2 per cent in the year to March.",
]
SPEAKERS["wage_talks"] = [("said", "he", "Osric Penhallow", "big pay")]

ARTICLES["trade_balance"] = """Export slump widens Maroven trade deficit

Maroven's trade deficit widened to 4.1 billion dinars in July, customs data showed on Monday.

Exports fell 7.4 per cent from a year earlier.

Imports of machinery rose 12 per cent.

Economists at Sabra Bank said in a research note that the weaker dinar should help exports later in the year.

The dinar was quoted at 3.42 per dollar.
"""
GOLD["trade_balance"] = [
    ("showed", "customs data", "Maroven's trade deficit widened to 4.1 billion dinars in July"),
    ("said", "Economists at Sabra Bank", "the weaker dinar should help exports later in the year"),
]
NOT_REPORTS["trade_balance"] = [
    "Exports fell 7.4 per cent from a year earlier.",
    "Imports of machinery rose 12 per cent.",
    "The dinar was quoted at 3.42 per dollar.",
]

ARTICLES["policy_statement"] = """Ardoyne Reserve raises rates, says more may be needed

The Ardoyne Reserve Bank raised its cash rate by 25 basis points to 4.1 per cent on Tuesday.

"Inflation is still too high," the bank's statement said.

The statement added that the board did not rule out a further increase.

In remarks prepared for delivery in Kellsbridge, Governor Moira Tolland said households with large mortgages would feel the pain first.

The Ardoyne dollar jumped half a US cent to 66.40 US cents.

Swaps showed a 40 per cent chance of another hike in August.
"""
GOLD["policy_statement"] = [
    ("said", "the bank's statement", "\"Inflation is still too high,\""),
    ("added", "The statement", "the board did not rule out a further increase"),
    ("said", "Governor Moira Tolland", "households with large mortgages would feel the pain first"),
]
NOT_REPORTS["policy_statement"] = [
    "The Ardoyne Reserve Bank raised its cash rate by 25 basis points to 4.1 per cent on Tuesday.",
    "The Ardoyne dollar jumped half a US cent to 66.40 US cents.",
]

ARTICLES["fx_weekly"] = """Sterling-style pound heads for weekly loss

The Brisland pound was down 0.2 per cent at $1.2645 at 1500 GMT, set for a weekly fall of 1.1 per cent.

Against the euro, it was flat at 85.90 pence.

"Nobody wants to hold the pound before the budget," said Casimir Oduya, a currency strategist at Halberd Bank in Londrin.

A survey by the Brisland Chambers of Commerce showed that business confidence had fallen to a two-year low.

Brisland's two-year yield was at 4.02 per cent.
"""
GOLD["fx_weekly"] = [
    ("said", "Casimir Oduya, a currency strategist at Halberd Bank in Londrin", "\"Nobody wants to hold the pound before the budget,\""),
    ("showed", "A survey by the Brisland Chambers of Commerce", "business confidence had fallen to a two-year low"),
]
NOT_REPORTS["fx_weekly"] = [
    "The Brisland pound was down 0.2 per cent at $1.2645 at 1500 GMT, set for a weekly fall of 1.1 per cent.",
    "Against the euro, it was flat at 85.90 pence.",
    "Brisland's two-year yield was at 4.02 per cent.",
]

ARTICLES["bank_interview"] = """Rate-setter sees room for cuts next year

Central bank board member Jorun Asbjorn said in an interview that rates could fall next year if wage growth slows.

Ms Asbjorn, who joined the board in 2022, told the Morgenpost that she was "more relaxed" about inflation than a few months ago.

Her comments pushed the two-year yield down five basis points to 3.38 per cent.

The central bank's next decision is due on September 19.

She also said the bank should not react to one month of data.
"""
GOLD["bank_interview"] = [
    ("said", "Central bank board member Jorun Asbjorn", "rates could fall next year if wage growth slows"),
    ("told", "Ms Asbjorn, who joined the board in 2022", "she was \"more relaxed\" about inflation than a few months ago"),
    ("said", "She", "the bank should not react to one month of data"),
]
NOT_REPORTS["bank_interview"] = [
    "Her comments pushed the two-year yield down five basis points to 3.38 per cent.",
    "The central bank's next decision is due on September 19.",
]
SPEAKERS["bank_interview"] = [("said", "She", "Jorun Asbjorn", "the bank should")]

ARTICLES["crypto_slide"] = """Bitcoin slides below $60,000

Bitcoin fell as much as 7 per cent to $58,910 on Sunday, its lowest since February.

Ether dropped 9 per cent to $2,980.

Regulators at the Calvert Securities Commission said last week that they were investigating two exchanges.

According to data from the tracking site Coinvane, more than $1 billion of leveraged positions were closed in 24 hours.

"This is a classic flush-out," said Amara Quist, a trader at Fennick Digital.
"""
GOLD["crypto_slide"] = [
    ("said", "Regulators at the Calvert Securities Commission", "they were investigating two exchanges"),
    ("According to", "data from the tracking site Coinvane", "more than $1 billion of leveraged positions were closed in 24 hours"),
    ("said", "Amara Quist, a trader at Fennick Digital", "\"This is a classic flush-out,\""),
]
NOT_REPORTS["crypto_slide"] = [
    "Bitcoin fell as much as 7 per cent to $58,910 on Sunday, its lowest since February.",
    "Ether dropped 9 per cent to $2,980.",
]

ARTICLES["budget_reaction"] = """Markets shrug off Kaldora budget

The Kaldora Stock Exchange's main index ended 0.1 per cent higher at 11,204 on Thursday.

Finance minister Ruben Castellar told parliament that the deficit would fall to 2.9 per cent of output next year.

Rating agency Northbridge said the plan was "credible but ambitious".

Bond traders said they doubted the spending cuts would survive the coalition's talks.

The 10-year yield was steady at 3.71 per cent.
"""
GOLD["budget_reaction"] = [
    ("told", "Finance minister Ruben Castellar", "the deficit would fall to 2.9 per cent of output next year"),
    ("said", "Rating agency Northbridge", "the plan was \"credible but ambitious\""),
    ("said", "Bond traders", "they doubted the spending cuts would survive the coalition's talks"),
]
NOT_REPORTS["budget_reaction"] = [
    "The Kaldora Stock Exchange's main index ended 0.1 per cent higher at 11,204 on Thursday.",
    "The 10-year yield was steady at 3.71 per cent.",
]

ARTICLES["commodities_note"] = """Copper rallies on supply worries

Three-month copper on the Lorrimer Metal Exchange rose 2.1 per cent to $9,880 a tonne.

Aluminium added 0.8 per cent.

Analysts at Rensford & Co wrote in a note that a strike at the Cerro Alto mine could remove 200,000 tonnes from the market this year.

The mine's owner, Valdena Mining, said talks with the union would resume on Monday.

Stocks of copper in exchange warehouses fell to 98,000 tonnes.
"""
GOLD["commodities_note"] = [
    ("wrote", "Analysts at Rensford & Co", "a strike at the Cerro Alto mine could remove 200,000 tonnes from the market this year"),
    ("said", "The mine's owner, Valdena Mining", "talks with the union would resume on Monday"),
]
NOT_REPORTS["commodities_note"] = [
    "Three-month copper on the Lorrimer Metal Exchange rose 2.1 per cent to $9,880 a tonne.",
    "Aluminium added 0.8 per cent.",
    "Stocks of copper in exchange warehouses fell to 98,000 tonnes.",
]
