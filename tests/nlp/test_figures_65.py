"""Figures in business, budget and economics reporting (company results, government spending,
wages and prices, inflation, taxes, fundraising, fines, acquisitions, salaries, bonuses,
donations, house prices) on sentences written for these tests: what editors checking a number
need beyond its value and unit: who paid, pledged, spent, raised or earned a sum (``agent``),
the period of a rate (``rate``), a rise or a fall (``change``), whether the figure is a level
or the size of a change (``level``), the earlier level it changed from (``previous``), its time
and who says so. Earlier sets checked mostly value, qualifier, unit, predicate and place. The 70 energy set
(``test_figures_70_energy``) mends three strict xfails of ``WRONG``: a deal 'agreed to' is a commitment, as an aim is,
no report of its sum ('Corvane agreed to buy Lissport Media for $8bn': according to no one; ``figures.aims``). The 70
services set (``test_figures_70_services``) mends one more, 'will spend £3m a year' read as a rate per year
(``figures.verb_periods``). The 70 rates set (``test_figures_70_rates``) mends one more ('$1.2bn a year earlier' is
no rate: ``money.find_rate`` asks ``percent_rates.stepped_back``) and gives a sum per a head or a unit its rate ('158p
a litre': litre, '£18 per adult': adult; ``figures.per_units``)."""

from __future__ import annotations

import pytest
from figure_rows import ANY, field_cases, field_of, published_figures, spans_listed, wrong_without_row

#: a Thursday: "last year" is 2023, "in the year to March" ends 2024-03-31
PUBLISHED = "2024-03-14"

FIELDS = ("agent", "rate", "change", "level", "previous", "time", "according_to")

# (text, span, agent, rate, change, level, previous (the earlier level's span), time, according
# to); a tuple of values accepts any of them; every figure of a sentence is listed
FIGURES = [
    ('Pretax profit at Harvell Foods fell 12% to $4.1bn from $4.7bn, the company said.',
     '12%', None, None, 'down', False, None, None, 'Harvell Foods'),
    ('Pretax profit at Harvell Foods fell 12% to $4.1bn from $4.7bn, the company said.',
     '$4.1bn', None, None, 'down', True, '$4.7bn', None, 'Harvell Foods'),
    ('Pretax profit at Harvell Foods fell 12% to $4.1bn from $4.7bn, the company said.',
     '$4.7bn', None, None, None, True, None, None, 'Harvell Foods'),
    ('The Brackley council will spend £3m a year on street lighting.',
     '£3m', 'Brackley council', 'year', None, True, None, None, None),
    ('Wages rose 4.2% in the year to March, the fastest since 2008, the statistics office said.',
     '4.2%', None, None, 'up', False, None, 'in the year to March', 'statistics office'),
    ('The lender was fined €20m by the regulator on Tuesday.',
     '€20m', 'lender', None, None, True, None, 'on Tuesday', None),
    ('Corvane agreed to buy Lissport Media for $8bn in cash.',
     '$8bn', 'Corvane', None, None, True, None, None, None),
    ('The startup raised $40m from investors last month.',
     '$40m', 'startup', None, None, True, None, 'last month', None),
    ('Cleaners at the hospital will get pay of £11.44 an hour.',
     '£11.44', 'Cleaners', 'hour', None, True, None, None, None),
    ('The chief executive could receive a bonus worth up to $5m.',
     'up to $5m', 'chief executive', None, None, True, None, None, None),
    ('Inflation eased to 2.9% in May from 3.2% in April.',
     '2.9%', None, None, 'down', True, '3.2%', 'in May', None),
    ('Inflation eased to 2.9% in May from 3.2% in April.',
     '3.2%', None, None, None, True, None, 'in April', None),
    ('The share price now stands at 310p, down from a peak of 480p.',
     '310p', None, None, 'down', True, '480p', None, None),
    ('The share price now stands at 310p, down from a peak of 480p.',
     '480p', None, None, None, True, None, None, None),
    # 'compared with' links the earlier level but states no rise: no change, as the gold sets have it
    # (figures_fresh: "at 23 per cent of capacity, compared with 61 per cent this time last year")
    ('Quarterly revenue reached $1.5bn, compared with $1.2bn a year earlier.',
     '$1.5bn', None, None, None, True, '$1.2bn', None, None),
    ('Quarterly revenue reached $1.5bn, compared with $1.2bn a year earlier.',
     '$1.2bn', None, None, None, True, None, 'a year earlier', None),
    ('The Dunmore government will borrow £22bn this year, the treasury said.',
     '£22bn', 'Dunmore government', None, None, True, None, 'this year', 'treasury'),
    ('Unemployment fell to 4.1% in June from 4.4%, according to the labour ministry.',
     '4.1%', None, None, 'down', True, '4.4%', 'in June', 'labour ministry'),
    ('Unemployment fell to 4.1% in June from 4.4%, according to the labour ministry.',
     '4.4%', None, None, None, True, None, ANY, 'labour ministry'),
    ('The average house price in Kelsey rose 3.1% to £287,000 in the year to April.',
     '3.1%', None, None, 'up', False, None, 'in the year to April', None),
    ('The average house price in Kelsey rose 3.1% to £287,000 in the year to April.',
     '£287,000', None, None, 'up', True, None, 'in the year to April', None),
    ('Tolvan Energy paid $2.3bn in taxes last year.',
     '$2.3bn', 'Tolvan Energy', None, None, True, None, 'last year', None),
    ("The foundation donated $750,000 to the children's hospital.",
     '$750,000', 'foundation', None, None, True, None, None, None),
    ('The mayor earns a salary of $185,000.',
     '$185,000', 'mayor', 'salary', None, True, None, None, None),
    ('Nurses in Ostreva will be paid an extra €1,200 a year.',
     '€1,200', None, 'year', ANY, ANY, None, None, None),
    ('Carrow Motors reported a net loss of $310m for the third quarter.',
     '$310m', None, None, None, True, None, 'for the third quarter', 'Carrow Motors'),
    ('The union said its members had been offered a 3% rise.',
     '3%', None, None, 'up', False, None, None, 'union'),
    ('The ministry cut the defence budget by 6% to €41bn.',
     '6%', None, None, 'down', False, None, None, None),
    ('The ministry cut the defence budget by 6% to €41bn.',
     '€41bn', None, None, 'down', True, None, None, None),
    ('Sales at Benfield Stores jumped 18% in the Christmas period, the retailer said.',
     '18%', None, None, 'up', False, None, None, ('retailer', 'Benfield Stores')),
    ('Petrol prices climbed to 158p a litre on Monday, up from 149p a week earlier.',
     '158p', None, 'litre', 'up', True, '149p', 'on Monday', None),
    ('Petrol prices climbed to 158p a litre on Monday, up from 149p a week earlier.',
     '149p', None, None, None, True, None, 'a week earlier', None),
    ('The central bank raised interest rates to 5.25% from 5%.',
     '5.25%', None, None, 'up', True, '5%', None, None),
    ('The central bank raised interest rates to 5.25% from 5%.',
     '5%', None, None, None, True, None, None, None),
    ('Annual inflation slowed to 3.4% in January, the lowest since 2021.',
     '3.4%', None, None, 'down', True, None, 'in January', None),
    ('The campaign raised $12m in the second quarter, its filings show.',
     '$12m', 'campaign', None, None, True, None, 'in the second quarter', ('filings', 'its filings')),
    ('Ferrol Bank set aside $900m to cover bad loans.',
     '$900m', 'Ferrol Bank', None, None, True, None, None, None),
    ('The watchdog fined the airline $3.5m for late refunds.',
     '$3.5m', 'airline', None, None, True, None, None, None),
    ('Dawlish Mining bought a stake in the smelter for $640m.',
     '$640m', 'Dawlish Mining', None, None, True, None, None, None),
    ('Grenmore pledged $200m to the climate fund at the summit.',
     '$200m', 'Grenmore', None, None, True, None, None, ('Grenmore', None)),
    ('Factory workers earn about $19 an hour.',
     'about $19', 'Factory workers', 'hour', None, True, None, None, None),
    ('Tuition fees will rise to £9,535 a year from September.',
     '£9,535', None, 'year', 'up', True, None, 'from September', None),
    ("The company's operating profit doubled to €860m.",
     'doubled', None, None, 'up', False, None, None, None),
    ("The company's operating profit doubled to €860m.",
     '€860m', None, None, 'up', True, None, None, None),
    ('Council tax will go up by 4.99% in April.',
     '4.99%', None, None, 'up', False, None, 'in April', None),
    ('The state spent $1.7bn on prisons in 2023, the auditor said.',
     '$1.7bn', 'state', None, None, True, None, 'in 2023', 'auditor'),
    ('Rents in the capital rose 9% last year, according to Halden Property.',
     '9%', None, None, 'up', False, None, 'last year', 'Halden Property'),
    ('The chancellor announced £5bn of extra funding for hospitals.',
     '£5bn', None, None, None, True, None, None, 'chancellor'),
    ('The minimum wage will rise to $15 an hour next year.',
     '$15', None, 'hour', 'up', True, None, 'next year', None),
    ('Voss Airlines posted a record profit of $2.1bn, up from $1.4bn in 2022.',
     '$2.1bn', None, None, 'up', True, '$1.4bn', None, 'Voss Airlines'),
    ('Voss Airlines posted a record profit of $2.1bn, up from $1.4bn in 2022.',
     '$1.4bn', None, None, None, True, None, 'in 2022', 'Voss Airlines'),
    ('The deal values the group at about $12bn.',
     'about $12bn', None, None, None, True, None, None, None),
    ('Kestrel Capital invested $85m in the project.',
     '$85m', 'Kestrel Capital', None, None, True, None, None, None),
    ('Shares fell 7% in early trading after the results.',
     '7%', None, None, 'down', False, None, None, None),
    ('Food prices rose 10.2% in the year to February, the statistics agency said.',
     '10.2%', None, None, 'up', False, None, 'in the year to February', 'statistics agency'),
    ('The charity received donations of £4.6m last year.',
     '£4.6m', 'charity', None, None, True, None, 'last year', None),
    ('The club was fined £250,000 by the league for breaching spending rules.',
     '£250,000', 'club', None, None, True, None, None, None),
    ('Consumer spending dipped 0.3% in March.',
     '0.3%', None, None, 'down', False, None, 'in March', None),
    ('The firm will pay a dividend of 42 cents a share.',
     '42', 'firm', None, None, True, None, None, None),
    ('Doctors are paid about £95,000 a year on average.',
     'about £95,000', None, 'year', None, True, None, None, None),
    ("The city's budget deficit widened to $780m from $540m.",
     '$780m', None, None, 'up', True, '$540m', None, None),
    ("The city's budget deficit widened to $780m from $540m.",
     '$540m', None, None, None, True, None, None, None),
    ('Nordhaven agreed to sell its shipping arm to Calder Group for €2.6bn.',
     '€2.6bn', 'Calder Group', None, None, True, None, None, None),
    ('The budget allocates $4.2bn to roads over five years.',
     '$4.2bn', ANY, None, None, True, None, 'over five years', None),
    ('The budget allocates $4.2bn to roads over five years.',
     'over five', None, None, None, True, None, None, None),
    ("The bank's net income slipped 4% to $6.8bn in the quarter.",
     '4%', None, None, 'down', False, None, ANY, None),
    ("The bank's net income slipped 4% to $6.8bn in the quarter.",
     '$6.8bn', None, None, 'down', True, None, ANY, None),
    ('Exports fell 2.4% in April from a year earlier.',
     '2.4%', None, None, 'down', False, None, 'in April', None),
    ("Britain's economy grew 0.6% in the first quarter, the statistics office said.",
     '0.6%', None, None, 'up', False, None, 'in the first quarter', 'statistics office'),
    ("The senator's campaign spent $9.4m on television ads.",
     '$9.4m', ("senator's campaign", 'senator campaign'), None, None, True, None, None, None),
    ('The board approved a pay package of $28m for the new chief executive.',
     '$28m', None, None, None, True, None, None, ANY),
    ('Lowrie Telecom cut its annual forecast to $3bn from $3.4bn.',
     '$3bn', None, None, 'down', True, '$3.4bn', None, ANY),
    ('Lowrie Telecom cut its annual forecast to $3bn from $3.4bn.',
     '$3.4bn', None, None, None, True, None, None, ANY),
    ('The average salary in the sector is $72,000.',
     '$72,000', None, 'salary', None, True, None, None, None),
    ('The province collected C$18bn in sales tax last year.',
     'C$18bn', 'province', None, None, True, None, 'last year', None),
    ('Mortgage rates fell to 6.1% this week, down from 7.8% in October.',
     '6.1%', None, None, 'down', True, '7.8%', 'this week', None),
    ('Mortgage rates fell to 6.1% this week, down from 7.8% in October.',
     '7.8%', None, None, None, True, None, 'in October', None),
    ('The museum charges £18 per adult.',
     '£18', 'museum', 'adult', None, True, None, None, None),
    ('Rellant Pharma agreed to pay $1.1bn to settle the lawsuits.',
     '$1.1bn', 'Rellant Pharma', None, None, True, None, None, None),
    ('Apprentices earn £6.40 an hour.',
     '£6.40', 'Apprentices', 'hour', None, True, None, None, None),
    ("The oil company's revenue dropped 22% to $48bn.",
     '22%', None, None, 'down', False, None, None, None),
    ("The oil company's revenue dropped 22% to $48bn.",
     '$48bn', None, None, 'down', True, None, None, None),
    ('Greyholt, a fintech firm, raised £25m in a funding round led by Orbis Ventures.',
     '£25m', 'Greyholt', None, None, True, None, None, None),
    ('The government will give each household £400 a month.',
     '£400', 'government', 'month', None, True, None, None, None),
    ('Home prices in Nettleford are down 5% from their peak, according to the land registry.',
     '5%', None, None, 'down', False, None, None, 'land registry'),
    ('The ministry said it had paid $60m in compensation to farmers.',
     '$60m', 'ministry', None, None, True, None, None, 'ministry'),
    ('Hotel occupancy rose to 81% in July from 74% a year earlier.',
     '81%', None, None, 'up', True, '74%', 'in July', None),
    ('Hotel occupancy rose to 81% in July from 74% a year earlier.',
     '74%', None, None, None, True, None, 'a year earlier', None),
    ('Core inflation held at 3.8% in October.',
     '3.8%', None, None, None, True, None, 'in October', None),
    ('The pension fund lost $2bn in the crash.',
     '$2bn', ANY, None, None, True, None, None, None),
    ('Teachers were offered a 6.5% pay rise.',
     '6.5%', None, None, 'up', False, None, None, None),
    ('Bolton Water was ordered to pay a £1.2m fine.',
     '£1.2m', 'Bolton Water', None, None, True, None, None, None),
    ('The hedge fund made $700m from the bet.',
     '$700m', 'hedge fund', None, None, True, None, None, None),
    ('Electricity bills will fall by £120 a year from July.',
     '£120', None, 'year', 'down', False, None, 'from July', None),
    ('The regional health board overspent by $45m.',
     '$45m', 'regional health board', None, None, ANY, None, None, None),
    ('Ticket sales rose to 1.8 million from 1.5 million.',
     '1.8 million', None, None, 'up', True, '1.5 million', None, None),
    ('Ticket sales rose to 1.8 million from 1.5 million.',
     '1.5 million', None, None, None, True, None, None, None),
    ("The chief executive's pay rose 35% to $14.2m last year.",
     '35%', None, None, 'up', False, None, 'last year', None),
    ("The chief executive's pay rose 35% to $14.2m last year.",
     '$14.2m', None, None, 'up', True, None, 'last year', None),
    ("The brewer's profit margin narrowed to 8% from 11%.",
     '8%', None, None, 'down', True, '11%', None, None),
    ("The brewer's profit margin narrowed to 8% from 11%.",
     '11%', None, None, None, True, None, None, None),
    ('The firm employs 3,400 people and had sales of $900m last year.',
     '3,400', None, None, None, True, None, ANY, None),
    ('The firm employs 3,400 people and had sales of $900m last year.',
     '$900m', None, None, None, True, None, 'last year', None),
    ('Steel output fell 9% to 1.2 million tonnes.',
     '9%', None, None, 'down', False, None, None, None),
    ('Steel output fell 9% to 1.2 million tonnes.',
     '1.2 million', None, None, 'down', True, None, None, None),
    ('The insurer paid out $3.3bn in claims after the storms.',
     '$3.3bn', 'insurer', None, None, True, None, None, None),
    ('Weekly benefit payments will increase to $420.',
     '$420', None, 'week', 'up', True, None, None, None),
    ("The retailer's shares have lost 40% of their value this year.",
     '40%', None, None, 'down', False, None, 'this year', None),
    ('Public debt reached 98% of GDP at the end of 2023.',
     '98%', None, None, ANY, True, None, 'at the end of 2023', None),
    ('The university receives about $300m a year from the state.',
     'about $300m', ('university', 'state'), 'year', None, True, None, None, None),
    ('Trade unions want a minimum wage of €14 an hour.',
     '€14', None, 'hour', None, True, None, None, 'Trade unions'),
    ('The tech group bought back $10bn of its own shares.',
     '$10bn', 'tech group', None, None, True, None, None, None),
    ('The tax on sugary drinks raised £340m in its first year.',
     '£340m', ANY, None, None, True, None, ANY, None),
    ("Vellum Books' revenue rose to $520m from $470m, the publisher said.",
     '$520m', None, None, 'up', True, '$470m', None, ('publisher', 'Vellum Books')),
    ("Vellum Books' revenue rose to $520m from $470m, the publisher said.",
     '$470m', None, None, None, True, None, None, ('publisher', 'Vellum Books')),
    ('The average price of a flat in Arnsby is now £412,000, compared with £365,000 five years ago.',
     '£412,000', None, None, None, True, '£365,000', None, None),
    ('The average price of a flat in Arnsby is now £412,000, compared with £365,000 five years ago.',
     '£365,000', None, None, None, True, None, 'five years ago', None),
    ('The average price of a flat in Arnsby is now £412,000, compared with £365,000 five years ago.',
     'five', None, None, None, True, None, None, None),
    ('Bus fares will rise 8% in January.',
     '8%', None, None, 'up', False, None, 'in January', None),
    ("Lumen Health's losses widened to $95m in the second quarter.",
     '$95m', None, None, 'up', True, None, 'in the second quarter', None),
    ('Wage growth slowed to 5.6% in the three months to August.',
     '5.6%', None, None, 'down', True, None, 'in the three months to August', None),
    ('Thornby Council has been fined £80,000 by the data watchdog.',
     '£80,000', 'Thornby Council', None, None, True, None, None, None),
    ('The philanthropist gave $100m to the university.',
     '$100m', 'philanthropist', None, None, True, None, None, None),
    ('Consultants charge up to $2,000 a day.',
     'up to $2,000', 'Consultants', 'day', None, True, None, None, None),
    ('The budget gap has shrunk to €3.1bn from €5bn last year.',
     '€3.1bn', None, None, 'down', True, '€5bn', None, None),
    ('The budget gap has shrunk to €3.1bn from €5bn last year.',
     '€5bn', None, None, None, True, None, 'last year', None),
    ('Corporate tax receipts rose by £7bn to £88bn.',
     '£7bn', None, None, 'up', False, None, None, None),
    ('Corporate tax receipts rose by £7bn to £88bn.',
     '£88bn', None, None, 'up', True, None, None, None),
    ('Prices at the pump are up 12 cents from a month ago.',
     '12', None, None, 'up', False, None, 'a month ago', None),
    ('The firm expects revenue of $7bn to $7.5bn this year.',
     '$7bn to $7.5bn', None, None, None, True, None, 'this year', 'firm'),
    ('Parliament approved a €2bn aid package for farmers.',
     '€2bn', None, None, None, True, None, None, ANY),
    ('Ormond Steel will invest $1.4bn in a new plant.',
     '$1.4bn', 'Ormond Steel', None, None, True, None, None, None),
    ('The footballer earns £300,000 a week.',
     '£300,000', 'footballer', 'week', None, True, None, None, None),
]

#: (text, span, field): why the figure still gets it wrong
_RECEIVED = "a sum received is its receiver's, but a sum set after 'worth' takes 'worth' as its verb, not 'receive'"
_CHARGED = "'charge' is no money verb of the lexicon, so a fee's earner is not read"

WRONG: dict[tuple[str, str, str], str] = {
    ('Consultants charge up to $2,000 a day.', 'up to $2,000', 'agent'): _CHARGED,
    ('The museum charges £18 per adult.', '£18', 'agent'): _CHARGED,
    ('The chief executive could receive a bonus worth up to $5m.', 'up to $5m', 'agent'): _RECEIVED,
    ('Ferrol Bank set aside $900m to cover bad loans.', '$900m', 'agent'):
        "'set aside' is no money verb of the lexicon",
    ('The Dunmore government will borrow £22bn this year, the treasury said.', '£22bn', 'agent'):
        "'borrow' is no money verb of the lexicon",
    ('Quarterly revenue reached $1.5bn, compared with $1.2bn a year earlier.', '$1.5bn', 'agent'):
        "'reached' is a money verb for aid delivered ('aid reached 70,000 people'), so a level's subject is read "
        "as its giver",
    ('The ministry said it had paid $60m in compensation to farmers.', '$60m', 'agent'):
        "a pronoun subject names no one: 'it' is not resolved to the reporting ministry",
    ('The regional health board overspent by $45m.', '$45m', 'agent'):
        "'overspent by $45m' gives the figure no predicate, so no verb is read for its doer",
    ('Teachers were offered a 6.5% pay rise.', '6.5%', 'change'):
        "a rise noun after a compound ('a 6.5% pay rise') is not read as the figure's change; 'a 3% rise' is",
    ('Teachers were offered a 6.5% pay rise.', '6.5%', 'level'):
        "a rise noun after a compound ('a 6.5% pay rise') is not read as the figure's change; 'a 3% rise' is",
    ('The average salary in the sector is $72,000.', '$72,000', 'rate'):
        "the subject 'salary' of a copula is not read as the rate of its attribute",
    ('Weekly benefit payments will increase to $420.', '$420', 'rate'):
        "'Weekly' on the subject of 'increase to' is not read as the level's rate",
}

_DOCS: dict[str, tuple] = {}


def figures(nlp, text):
    return published_figures(nlp, text, PUBLISHED, _DOCS)


@pytest.mark.parametrize("text, span, field, want", list(field_cases(FIGURES, FIELDS, WRONG, ANY)))
def test_field(nlp, text, span, field, want):
    figs = figures(nlp, text)
    found = {f.span.text: f for f in figs}
    assert span in found, list(found)
    got = field_of(figs, found[span], field)
    if isinstance(want, tuple):
        assert got in want
    else:
        assert got == want


@pytest.mark.parametrize("text", sorted({row[0] for row in FIGURES}))
def test_every_figure_is_listed(nlp, text):
    assert sorted(f.span.text for f in figures(nlp, text)) == spans_listed(FIGURES, text)


def test_every_wrong_case_is_a_row():
    assert not wrong_without_row(FIGURES, WRONG)


@pytest.mark.parametrize("text, span, start, end", [
    ('Wages rose 4.2% in the year to March, the fastest since 2008, the statistics office said.',
     '4.2%', '2023-04-01', '2024-03-31'),
    ('The average house price in Kelsey rose 3.1% to £287,000 in the year to April.', '£287,000',
     '2022-05-01', '2023-04-30'),
    ('Wage growth slowed to 5.6% in the three months to August.', '5.6%', '2023-06-01', '2023-08-31'),
    ('Quarterly revenue reached $1.5bn, compared with $1.2bn a year earlier.', '$1.2bn', '2023-03-14', '2023-03-14'),
])
def test_running_periods_end_with_their_month(nlp, text, span, start, end):
    """"in the year to March" runs the twelve months to the end of the latest March begun by
    the publication date, not March alone; "$1.2bn a year earlier" steps back from that date."""
    found = {f.span.text: f for f in figures(nlp, text)}
    assert (found[span].time_start, found[span].time_end) == (start, end)


@pytest.mark.parametrize("text, span, agent", [
    ('The regulator fined Pellow Insurance £7m over mis-sold policies.', '£7m', 'Pellow Insurance'),
    ('Marsk Foods was fined $900,000 by the safety agency.', '$900,000', 'Marsk Foods'),
    ('Helder Group acquired the chain for €310m.', '€310m', 'Helder Group'),
    ('The state sold its stake to Vantor Partners for $1.9bn.', '$1.9bn', 'Vantor Partners'),
    ('The operator was ordered to pay $2m in damages.', '$2m', 'operator'),
])
def test_the_one_fined_or_the_buyer_pays(nlp, text, span, agent):
    """A fine is paid by the one fined, a price by the buyer, not by the verb's subject."""
    found = {f.span.text: f for f in figures(nlp, text)}
    assert found[span].agent == agent
