# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-three short articles written for the sixty-seventh session's check of the car industry, electric vehicles and
recalls (helper A): carmakers' statements ('the carmaker said', 'a spokeswoman for Velmor Motors'), regulators
ordering recalls ('the safety board said owners should ...'), dealers and drivers quoted, union leaders at plants,
analysts' notes ('analysts at X wrote in a note'), model names that look like people or places ('the Odette', 'the
Model Nine', 'the Harlow'), figures in the lines (units recalled, range in miles) that must not become sources,
headlines with colons ('Recall: Velmor says ...'), and speakers named again ('the carmaker', 'the company's boss',
'the automaker'). Lines that report nothing: spec sheets, a machine that tells or warns ('the car tells drivers
when ...', 'the dashboard warns ...', 'drivers are told by the app ...'), recalls as events ('Velmor is recalling
48,000 cars') and the writer's own facts.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first words) in ``SPEAKERS``.
The last three articles were written after the first run. Every name, place, firm, model, body, figure and sentence
is made up. Read by ``test_probe_findings_67_cars``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["brake_recall"] = """Recall: Velmor says brakes on Aria hatchback may fail

Velmor Motors is recalling 48,000 Aria hatchbacks built between March and August last year.

A spokeswoman for Velmor Motors said a faulty seal could let brake fluid leak in cold weather.

The Aria has a range of 310 miles and charges to 80% in 22 minutes.

The carmaker said owners would be contacted by letter within two weeks.
"""
GOLD["brake_recall"] = [
    ("says", "Velmor", "brakes on Aria hatchback may fail"),
    ("said", "A spokeswoman for Velmor Motors", "a faulty seal could let brake fluid leak in cold weather"),
    ("said", "The carmaker", "owners would be contacted by letter within two weeks"),
]
NOT_REPORTS["brake_recall"] = [
    "Velmor Motors is recalling 48,000 Aria hatchbacks built between March and August last year.",
    "The Aria has a range of 310 miles and charges to 80% in 22 minutes.",
]
SPEAKERS["brake_recall"] = [("said", "The carmaker", "Velmor Motors", "owners would")]

ARTICLES["agency_orders"] = """Safety board orders recall of 12,000 delivery vans

The Road Vehicle Safety Board has ordered Kestrel Auto to recall 12,000 electric delivery vans after three battery fires.

The board said owners should park the vans outdoors until they had been repaired.

All three fires broke out while the vans were charging overnight.

Kestrel Auto said it would replace the battery packs free of charge.
"""
GOLD["agency_orders"] = [
    ("said", "The board", "owners should park the vans outdoors until they had been repaired"),
    ("said", "Kestrel Auto", "it would replace the battery packs free of charge"),
]
NOT_REPORTS["agency_orders"] = ["All three fires broke out while the vans were charging overnight."]
SPEAKERS["agency_orders"] = [("said", "The board", "Road Vehicle Safety Board", "owners should")]

ARTICLES["plant_union"] = """Union warns of strike at Dunmore car plant

Carl Whitby, the regional organiser of the Metalworkers' Alliance, said workers at the Dunmore plant would vote on a strike next month.

The plant employs 3,400 people and builds the Velmor Juno.

Mr Whitby said the company had offered a pay rise of 2%, well below inflation.

Velmor said talks with the union were continuing.
"""
GOLD["plant_union"] = [
    ("said", "Carl Whitby, the regional organiser of the Metalworkers' Alliance", "workers at the Dunmore plant would vote on a strike next month"),
    ("said", "Mr Whitby", "the company had offered a pay rise of 2%, well below inflation"),
    ("said", "Velmor", "talks with the union were continuing"),
]
NOT_REPORTS["plant_union"] = ["The plant employs 3,400 people and builds the Velmor Juno."]
SPEAKERS["plant_union"] = [("said", "Mr Whitby", "Carl Whitby", "the company")]

ARTICLES["analyst_note"] = """Kestrel shares fall after profit warning

Shares in Kestrel Auto fell 9% on Thursday after the carmaker cut its profit forecast for the year.

Analysts at Greyfield Securities wrote in a note to clients that demand for electric vans had slowed across Europe.

Kestrel sold 212,000 vehicles in the first half, down from 240,000.

The company blamed higher battery costs and a price war in China.
"""
GOLD["analyst_note"] = [
    ("wrote", "Analysts at Greyfield Securities", "demand for electric vans had slowed across Europe"),
]
NOT_REPORTS["analyst_note"] = ["Kestrel sold 212,000 vehicles in the first half, down from 240,000."]

ARTICLES["dealer_quote"] = """Dealers struggle to sell electric cars

"People come in, ask about the range and walk out," said Mandy Croft, who runs a Velmor dealership in Ashby.

Electric cars made up 19% of new car sales last month.

Ms Croft said most buyers were still choosing petrol hybrids.

She added that discounts of £5,000 had not helped.
"""
GOLD["dealer_quote"] = [
    ("said", "Mandy Croft, who runs a Velmor dealership in Ashby", "People come in, ask about the range and walk out"),
    ("said", "Ms Croft", "most buyers were still choosing petrol hybrids"),
    ("added", "She", "discounts of £5,000 had not helped"),
]
NOT_REPORTS["dealer_quote"] = ["Electric cars made up 19% of new car sales last month."]
SPEAKERS["dealer_quote"] = [("said", "Ms Croft", "Mandy Croft", "most buyers"), ("added", "She", "Mandy Croft", "discounts")]

ARTICLES["machine_tells"] = """New Odette adds lane warning

Kestrel Auto has updated its Odette saloon with a lane warning system.

The car tells drivers when they drift out of their lane without signalling.

The dashboard warns the driver if a rear door is left open.

Jonas Feld, Kestrel's head of engineering, said the system had been tested over a million miles.
"""
GOLD["machine_tells"] = [
    ("said", "Jonas Feld, Kestrel's head of engineering", "the system had been tested over a million miles"),
]
NOT_REPORTS["machine_tells"] = [
    "Kestrel Auto has updated its Odette saloon with a lane warning system.",
    "The car tells drivers when they drift out of their lane without signalling.",
    "The dashboard warns the driver if a rear door is left open.",
]

ARTICLES["app_told"] = """Charging app update angers drivers

Drivers are told by the app when charging has finished and how much it cost.

An update on Monday stopped the app working for about 6,000 users.

Priya Lal, a driver from Hensford, said she had been stranded at a motorway services for three hours.

Voltway, which runs the app, said the fault had been fixed.
"""
GOLD["app_told"] = [
    ("said", "Priya Lal, a driver from Hensford", "she had been stranded at a motorway services for three hours"),
    ("said", "Voltway, which runs the app", "the fault had been fixed"),
]
NOT_REPORTS["app_told"] = [
    "Drivers are told by the app when charging has finished and how much it cost.",
    "An update on Monday stopped the app working for about 6,000 users.",
]

ARTICLES["ceo_again"] = """Velmor to cut 2,000 jobs

Velmor Motors' chief executive, Ines Harrow, said the company would cut 2,000 jobs in Europe over two years.

Most of the cuts will fall at its offices in Brelle and Stansfield.

The company's boss said no plant would close.

The automaker said it would still spend €4bn on new electric models.
"""
GOLD["ceo_again"] = [
    ("said", "Velmor Motors' chief executive, Ines Harrow", "the company would cut 2,000 jobs in Europe over two years"),
    ("said", "The company's boss", "no plant would close"),
    ("said", "The automaker", "it would still spend €4bn on new electric models"),
]
NOT_REPORTS["ceo_again"] = ["Most of the cuts will fall at its offices in Brelle and Stansfield."]
SPEAKERS["ceo_again"] = [("said", "The company's boss", "Ines Harrow", "no plant"), ("said", "The automaker", "Velmor Motors", "it would still")]

ARTICLES["model_nine"] = """Model Nine delayed until spring

Torrin Automotive has delayed the launch of the Model Nine, its first electric pick-up, until next spring.

The Model Nine will have a range of 280 miles and tow up to 3.5 tonnes.

A spokesman for Torrin said a supplier had been unable to deliver enough battery cells.

The company said customers who had paid a deposit could ask for a refund.
"""
GOLD["model_nine"] = [
    ("said", "A spokesman for Torrin", "a supplier had been unable to deliver enough battery cells"),
    ("said", "The company", "customers who had paid a deposit could ask for a refund"),
]
NOT_REPORTS["model_nine"] = [
    "Torrin Automotive has delayed the launch of the Model Nine, its first electric pick-up, until next spring.",
    "The Model Nine will have a range of 280 miles and tow up to 3.5 tonnes.",
]
SPEAKERS["model_nine"] = [("said", "The company", "Torrin Automotive", "customers")]

ARTICLES["harlow_airbags"] = """Airbag fault: 30,000 Harlows recalled

Brannock Cars has recalled 30,000 of its Harlow estate cars because the passenger airbag may not open in a crash.

The Harlow was Brannock's best-selling model in 2023.

The Road Vehicle Safety Board said it knew of no injuries linked to the fault.

Brannock said dealers would replace the airbag sensor in about an hour.
"""
GOLD["harlow_airbags"] = [
    ("said", "The Road Vehicle Safety Board", "it knew of no injuries linked to the fault"),
    ("said", "Brannock", "dealers would replace the airbag sensor in about an hour"),
]
NOT_REPORTS["harlow_airbags"] = [
    "Brannock Cars has recalled 30,000 of its Harlow estate cars because the passenger airbag may not open in a crash.",
    "The Harlow was Brannock's best-selling model in 2023.",
]

ARTICLES["driver_fire"] = """Driver describes escape from burning car

Owen Pask, 41, said smoke began pouring from the dashboard of his Torrin Estelle as he drove home on the A49.

"I had about ten seconds to get my kids out," he said.

Fire crews from Lydford put out the blaze.

Torrin said it was investigating and would work with the safety board.
"""
GOLD["driver_fire"] = [
    ("said", "Owen Pask, 41", "smoke began pouring from the dashboard of his Torrin Estelle as he drove home on the A49"),
    ("said", "he", "I had about ten seconds to get my kids out"),
    ("said", "Torrin", "it was investigating and would work with the safety board"),
]
NOT_REPORTS["driver_fire"] = ["Fire crews from Lydford put out the blaze."]
SPEAKERS["driver_fire"] = [("said", "he", "Owen Pask", "I had about")]

ARTICLES["tariff_warning"] = """Carmakers warn tariffs will raise prices

The Society of Vehicle Makers warned that new tariffs on imported batteries would add £1,500 to the price of an electric car.

Britain imported batteries worth £2.1bn last year.

Its chief executive, Ruth Amberley, said the government should delay the tariffs by a year.

The Treasury said the tariffs would protect jobs at home.
"""
GOLD["tariff_warning"] = [
    ("warned", "The Society of Vehicle Makers", "new tariffs on imported batteries would add £1,500 to the price of an electric car"),
    ("said", "Its chief executive, Ruth Amberley", "the government should delay the tariffs by a year"),
    ("said", "The Treasury", "the tariffs would protect jobs at home"),
]
NOT_REPORTS["tariff_warning"] = ["Britain imported batteries worth £2.1bn last year."]

ARTICLES["range_claims"] = """Range claims misleading, watchdog says

The advertising watchdog has ruled that Velmor Motors misled buyers about the range of its Aria Long Range.

Velmor's adverts claimed the car could travel 400 miles on a single charge.

In tests in winter, the car managed 290 miles.

Velmor said it disagreed with the ruling and would change the adverts.
"""
GOLD["range_claims"] = [
    ("says", "watchdog", "Range claims misleading"),
    ("ruled", "The advertising watchdog", "Velmor Motors misled buyers about the range of its Aria Long Range"),
    ("claimed", "Velmor's adverts", "the car could travel 400 miles on a single charge"),
    ("said", "Velmor", "it disagreed with the ruling and would change the adverts"),
]
NOT_REPORTS["range_claims"] = ["In tests in winter, the car managed 290 miles."]

ARTICLES["charger_rollout"] = """Ministers promise 50,000 new chargers

The transport secretary, Alan Greaves, said 50,000 public chargers would be installed by 2028.

There are about 71,000 public chargers in the country today.

Drivers' groups said the plan did not go far enough.

"Rural areas have been left behind again," said Jo Tenant, of the Motorists' Forum.
"""
GOLD["charger_rollout"] = [
    ("said", "The transport secretary, Alan Greaves", "50,000 public chargers would be installed by 2028"),
    ("said", "Drivers' groups", "the plan did not go far enough"),
    ("said", "Jo Tenant, of the Motorists' Forum", "Rural areas have been left behind again"),
]
NOT_REPORTS["charger_rollout"] = ["There are about 71,000 public chargers in the country today."]

ARTICLES["recall_according"] = """Seatbelt fault prompts recall of Florence city car

About 9,500 Brannock Florence city cars are being recalled because a rear seatbelt can come loose, according to the Road Vehicle Safety Board.

The Florence has been on sale since 2022.

Owners should not let passengers sit in the rear seats until the car has been fixed, the board said.

Brannock apologised to customers.
"""
GOLD["recall_according"] = [
    ("according to", "the Road Vehicle Safety Board", "About 9,500 Brannock Florence city cars are being recalled because a rear seatbelt can come loose"),
    ("said", "the board", "Owners should not let passengers sit in the rear seats until the car has been fixed"),
]
NOT_REPORTS["recall_according"] = ["The Florence has been on sale since 2022."]
SPEAKERS["recall_according"] = [("said", "the board", "Road Vehicle Safety Board", "Owners")]

ARTICLES["software_update"] = """Over-the-air fix for Juno braking software

Velmor will send a software update to 65,000 Juno SUVs after drivers reported that the cars braked sharply for no reason.

The update will be installed overnight while the car is parked.

Dan Morrow, a Juno owner from Kelby, told the BBC that his car had stopped dead on a dual carriageway.

A Velmor spokeswoman said the fault affected fewer than one in 1,000 cars.
"""
GOLD["software_update"] = [
    ("reported", "drivers", "the cars braked sharply for no reason"),
    ("told", "Dan Morrow, a Juno owner from Kelby", "his car had stopped dead on a dual carriageway"),
    ("said", "A Velmor spokeswoman", "the fault affected fewer than one in 1,000 cars"),
]
NOT_REPORTS["software_update"] = ["The update will be installed overnight while the car is parked."]

ARTICLES["battery_plant"] = """Battery plant to bring 1,800 jobs to Carrow

A battery factory to be built outside Carrow will employ 1,800 people, its owner, Norvik Cells, said on Wednesday.

The plant will make enough cells for 300,000 cars a year.

Local council leader Beth Ansell said the jobs would transform the town.

Norvik's chairman, Lars Egeberg, said construction would begin in the spring.
"""
GOLD["battery_plant"] = [
    ("said", "its owner, Norvik Cells", "A battery factory to be built outside Carrow will employ 1,800 people"),
    ("said", "Local council leader Beth Ansell", "the jobs would transform the town"),
    ("said", "Norvik's chairman, Lars Egeberg", "construction would begin in the spring"),
]
NOT_REPORTS["battery_plant"] = ["The plant will make enough cells for 300,000 cars a year."]

ARTICLES["spec_sheet"] = """First drive: the Kestrel Odette Sport

The Odette Sport costs £46,500 and goes on sale in June.

It has two electric motors, 420 horsepower and a top speed of 155mph.

The battery holds 82kWh, good for a range of 330 miles.

Kestrel says the car can reach 62mph in 4.1 seconds.
"""
GOLD["spec_sheet"] = [
    ("says", "Kestrel", "the car can reach 62mph in 4.1 seconds"),
]
NOT_REPORTS["spec_sheet"] = [
    "The Odette Sport costs £46,500 and goes on sale in June.",
    "It has two electric motors, 420 horsepower and a top speed of 155mph.",
    "The battery holds 82kWh, good for a range of 330 miles.",
]

ARTICLES["emissions_fine"] = """Torrin fined over emissions tests

Torrin Automotive has been fined €120m for fitting software that cheated emissions tests to 80,000 diesel cars.

The prosecutor, Hanna Veit, said the company had known about the software since 2017.

Torrin denied that senior managers had approved it.

The company said it would appeal against the fine.
"""
GOLD["emissions_fine"] = [
    ("said", "The prosecutor, Hanna Veit", "the company had known about the software since 2017"),
    ("denied", "Torrin", "senior managers had approved it"),
    ("said", "The company", "it would appeal against the fine"),
]
NOT_REPORTS["emissions_fine"] = ["Torrin Automotive has been fined €120m for fitting software that cheated emissions tests to 80,000 diesel cars."]
SPEAKERS["emissions_fine"] = [("said", "The company", "Torrin Automotive", "it would appeal")]

ARTICLES["used_prices"] = """Used electric car prices fall again

Prices of used electric cars fell 4% in October, according to the car sales site Autoquay.

A three-year-old Velmor Aria now sells for about £17,000.

Gareth Lyle, a used car dealer in Penrith, said buyers were worried about battery life.

Autoquay's pricing editor, Sam Oduya, said prices would rise again next year.
"""
GOLD["used_prices"] = [
    ("according to", "the car sales site Autoquay", "Prices of used electric cars fell 4% in October"),
    ("said", "Gareth Lyle, a used car dealer in Penrith", "buyers were worried about battery life"),
    ("said", "Autoquay's pricing editor, Sam Oduya", "prices would rise again next year"),
]
NOT_REPORTS["used_prices"] = ["A three-year-old Velmor Aria now sells for about £17,000."]

ARTICLES["union_deal"] = """Workers accept pay deal at Hesketh plant

Workers at Brannock's Hesketh plant have voted to accept a pay rise of 5.5% over two years.

About 2,100 workers belong to the Metalworkers' Alliance at the site.

Union convenor Tariq Mehmood said the deal secured jobs until 2030.

Brannock said it was pleased the dispute was over.

The plant builds the Florence and the Harlow.
"""
GOLD["union_deal"] = [
    ("said", "Union convenor Tariq Mehmood", "the deal secured jobs until 2030"),
    ("said", "Brannock", "it was pleased the dispute was over"),
]
NOT_REPORTS["union_deal"] = [
    "About 2,100 workers belong to the Metalworkers' Alliance at the site.",
    "The plant builds the Florence and the Harlow.",
]

ARTICLES["quote_first"] = """Velmor boss says cheap electric car is two years away

"We will sell an electric car for under £20,000 by 2027," Velmor's chief executive, Ines Harrow, told investors on Tuesday.

The cheapest Velmor today, the Aria Lite, costs £27,995.

Ms Harrow said new battery chemistry would cut costs by a third.
"""
GOLD["quote_first"] = [
    ("says", "Velmor boss", "cheap electric car is two years away"),
    ("told", "Velmor's chief executive, Ines Harrow", "We will sell an electric car for under £20,000 by 2027"),
    ("said", "Ms Harrow", "new battery chemistry would cut costs by a third"),
]
NOT_REPORTS["quote_first"] = ["The cheapest Velmor today, the Aria Lite, costs £27,995."]
SPEAKERS["quote_first"] = [("said", "Ms Harrow", "Ines Harrow", "new battery")]

ARTICLES["regulator_probe"] = """Safety board opens inquiry into Estelle steering

The Road Vehicle Safety Board has opened an inquiry into steering failures on the Torrin Estelle after 37 complaints from drivers.

The inquiry covers 54,000 cars built since 2021.

A board spokesman said owners who noticed heavy steering should contact a dealer.

Torrin said it was cooperating fully.
"""
GOLD["regulator_probe"] = [
    ("said", "A board spokesman", "owners who noticed heavy steering should contact a dealer"),
    ("said", "Torrin", "it was cooperating fully"),
]
NOT_REPORTS["regulator_probe"] = [
    "The inquiry covers 54,000 cars built since 2021.",
    # (listed after the first run, which showed it)
    "The Road Vehicle Safety Board has opened an inquiry into steering failures on the Torrin Estelle after 37 complaints from drivers.",
]

ARTICLES["sales_figures"] = """New car sales rise for sixth month

Sales of new cars rose 7% to 142,000 in September, the Society of Vehicle Makers said.

Battery electric cars accounted for 31,000 of them.

The best-selling car was the Velmor Juno, with 6,800 sold.

Dealers said demand for company cars had been strong.
"""
GOLD["sales_figures"] = [
    ("said", "the Society of Vehicle Makers", "Sales of new cars rose 7% to 142,000 in September"),
    ("said", "Dealers", "demand for company cars had been strong"),
]
NOT_REPORTS["sales_figures"] = [
    "Battery electric cars accounted for 31,000 of them.",
    "The best-selling car was the Velmor Juno, with 6,800 sold.",
]

ARTICLES["warning_light"] = """Owners told to ignore false warning light

A warning light on the Brannock Florence tells the driver to stop the car at once if the battery overheats.

Some 4,000 owners have seen the light come on when the battery was cool.

Brannock said the light was faulty and the cars were safe to drive.

Kim Hadley, who owns a Florence, said she had abandoned her car on the hard shoulder.
"""
GOLD["warning_light"] = [
    ("said", "Brannock", "the light was faulty and the cars were safe to drive"),
    ("said", "Kim Hadley, who owns a Florence", "she had abandoned her car on the hard shoulder"),
]
NOT_REPORTS["warning_light"] = [
    "A warning light on the Brannock Florence tells the driver to stop the car at once if the battery overheats.",
    "Some 4,000 owners have seen the light come on when the battery was cool.",
]

ARTICLES["ceo_interview"] = """Torrin chief: we were too slow on electric

Torrin Automotive's chief executive, Marco Bellandi, has admitted that the company was too slow to build electric cars.

Torrin sold 41,000 electric cars last year, fewer than a tenth of its sales.

In an interview with the Financial Ledger, Mr Bellandi said Torrin would launch six electric models by 2028.

The Torrin boss said he did not expect petrol cars to disappear before 2040.
"""
GOLD["ceo_interview"] = [
    (":", "Torrin chief", "we were too slow on electric"),
    ("admitted", "Torrin Automotive's chief executive, Marco Bellandi", "the company was too slow to build electric cars"),
    ("said", "Mr Bellandi", "Torrin would launch six electric models by 2028"),
    ("said", "The Torrin boss", "he did not expect petrol cars to disappear before 2040"),
]
NOT_REPORTS["ceo_interview"] = ["Torrin sold 41,000 electric cars last year, fewer than a tenth of its sales."]
SPEAKERS["ceo_interview"] = [("said", "Mr Bellandi", "Marco Bellandi", "Torrin would"), ("said", "The Torrin boss", "Marco Bellandi", "he did not")]

ARTICLES["tyre_recall"] = """Tyre maker recalls 200,000 tyres

Ostler Tyres is recalling 200,000 tyres fitted to new cars between May and July because the tread can separate at high speed.

The tyres were fitted to the Velmor Aria and the Kestrel Odette.

Ostler said in a statement that no accidents had been reported.

Velmor said it would write to owners of affected cars.
"""
GOLD["tyre_recall"] = [
    ("said", "Ostler", "no accidents had been reported"),
    ("said", "Velmor", "it would write to owners of affected cars"),
]
NOT_REPORTS["tyre_recall"] = [
    "Ostler Tyres is recalling 200,000 tyres fitted to new cars between May and July because the tread can separate at high speed.",
    "The tyres were fitted to the Velmor Aria and the Kestrel Odette.",
]

ARTICLES["analyst_quote"] = """Will buyers wait for the Model Nine?

Torrin has taken 90,000 deposits for the Model Nine pick-up.

"Deposits are cheap and many will never turn into sales," said Priya Raman, an analyst at Holbrook Research.

She said Torrin would need to sell 50,000 a year to make a profit on the model.

The pick-up will cost from £52,000.
"""
GOLD["analyst_quote"] = [
    ("said", "Priya Raman, an analyst at Holbrook Research", "Deposits are cheap and many will never turn into sales"),
    ("said", "She", "Torrin would need to sell 50,000 a year to make a profit on the model"),
]
NOT_REPORTS["analyst_quote"] = [
    "Torrin has taken 90,000 deposits for the Model Nine pick-up.",
    "The pick-up will cost from £52,000.",
]
SPEAKERS["analyst_quote"] = [("said", "She", "Priya Raman", "Torrin would")]

ARTICLES["plant_closure"] = """Kestrel to close Alderbury plant

Kestrel Auto will close its van plant in Alderbury next year, with the loss of 1,100 jobs, the carmaker said on Friday.

The plant opened in 1968 and built the Kestrel Courier van.

Union official Sue Parkin said the news was a hammer blow for the town.

The company said production would move to its plant in Slovakia.
"""
GOLD["plant_closure"] = [
    ("said", "the carmaker", "Kestrel Auto will close its van plant in Alderbury next year, with the loss of 1,100 jobs"),
    ("said", "Union official Sue Parkin", "the news was a hammer blow for the town"),
    ("said", "The company", "production would move to its plant in Slovakia"),
]
NOT_REPORTS["plant_closure"] = ["The plant opened in 1968 and built the Kestrel Courier van."]
SPEAKERS["plant_closure"] = [("said", "the carmaker", "Kestrel Auto", "Kestrel Auto will"), ("said", "The company", "Kestrel Auto", "production")]

ARTICLES["charger_fault"] = """Home charger recalled over fire risk

About 22,000 Voltway home chargers are being recalled because a loose wire can overheat.

The safety board said owners should switch off the chargers at the fuse box.

Each charger can deliver 7kW, enough to add about 30 miles of range an hour.

Voltway said engineers would visit every home to replace the wiring.
"""
GOLD["charger_fault"] = [
    ("said", "The safety board", "owners should switch off the chargers at the fuse box"),
    ("said", "Voltway", "engineers would visit every home to replace the wiring"),
]
NOT_REPORTS["charger_fault"] = [
    "About 22,000 Voltway home chargers are being recalled because a loose wire can overheat.",
    "Each charger can deliver 7kW, enough to add about 30 miles of range an hour.",
]

# (the three articles below were written after the first run, to probe the mends further)

ARTICLES["firm_chief"] = """Castell Auto cuts prices of its electric range

Castell Auto will cut the prices of its three electric models by up to £3,000 from Monday.

Nadia Brook, the chief executive of Castell Auto, said the cuts would be paid for by cheaper batteries.

The Castell Mira now starts at £29,450.

The firm's chief said rivals would have to follow.
"""
GOLD["firm_chief"] = [
    ("said", "Nadia Brook, the chief executive of Castell Auto", "the cuts would be paid for by cheaper batteries"),
    ("said", "The firm's chief", "rivals would have to follow"),
]
NOT_REPORTS["firm_chief"] = [
    "Castell Auto will cut the prices of its three electric models by up to £3,000 from Monday.",
    "The Castell Mira now starts at £29,450.",
]
SPEAKERS["firm_chief"] = [("said", "The firm's chief", "Nadia Brook", "rivals")]

ARTICLES["drowsy_alert"] = """Drowsiness alert to be fitted to all new cars

All new cars sold from July will have to carry a drowsiness alert.

Drivers are warned by the car if they look away from the road for more than three seconds.

Owners of older cars have been told by the Road Vehicle Safety Board that they will not need to fit the alert.

Helen Cray, of the road safety charity Brakeline, said the alert would save lives.
"""
GOLD["drowsy_alert"] = [
    ("told", "the Road Vehicle Safety Board", "they will not need to fit the alert"),
    ("said", "Helen Cray, of the road safety charity Brakeline", "the alert would save lives"),
]
NOT_REPORTS["drowsy_alert"] = [
    "All new cars sold from July will have to carry a drowsiness alert.",
    "Drivers are warned by the car if they look away from the road for more than three seconds.",
]

ARTICLES["plant_place"] = """Orrin Auto to expand Fellbridge factory

Orrin Auto will add a second shift at its factory in Fellbridge, creating 600 jobs, the carmaker said on Monday.

The factory builds the Orrin Tessa, a small electric hatchback.

The company said demand for the Tessa had doubled this year.
"""
GOLD["plant_place"] = [
    ("said", "the carmaker", "Orrin Auto will add a second shift at its factory in Fellbridge, creating 600 jobs"),
    ("said", "The company", "demand for the Tessa had doubled this year"),
]
NOT_REPORTS["plant_place"] = ["The factory builds the Orrin Tessa, a small electric hatchback."]
SPEAKERS["plant_place"] = [("said", "the carmaker", "Orrin Auto", "Orrin Auto will"), ("said", "The company", "Orrin Auto", "demand")]
