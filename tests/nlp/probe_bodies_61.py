# ruff: noqa: E501  (an article paragraph is one line, as a news page has it)
"""Twenty-eight short articles written for the sixty-first session's probe of speakers that are
organisations (helper M): a salad recall, a rail fine, a drought order, skipped bridge checks, trade
talks, a housing row, an Arctic shipping route, cancelled operations, a brewery takeover, a failed
medical, a bus strike, food banks, carved panels returned, a malaria gift, paper straws, an energy
fine, a plant closure, a grounded fleet, a card outage, a benefit cap, a gas pipeline, late fees, a
wrongful arrest, student housing, armoured vehicles, a school takeover, a grain ban and a truck
contract.

They hold a body named in full with its initials, then 'the agency', 'the regulator', 'the
ministry', 'the department', 'the watchdog', 'the force' and 'officials' ('The Office of Rail
Standards (ORS) ... The regulator said'; 'The Ministry of Defence (MoD) ... The MoD said'); seats of
government for a government ('the White House', 'Downing Street', 'the Kremlin', 'Brussels',
'Beijing', 'Canberra', 'the Pentagon', 'Whitehall officials'); 'a spokesperson for X' and "X's
spokesman, Name"; 'the company', 'the firm', 'the club', 'the union', 'the group' and 'the
charity' after two bodies were named; 'it' and 'they' for a body; a body's leader speaking for it
("The union's general secretary, Name"); bodies whose name holds a person's name ('the Harold and
Vera Munro Foundation', "Dawson's"); a body renamed in the story ('formerly known as', 'which
renamed itself'); subsidiaries ('X, a unit of Y', 'the banking arm of'); and coalitions ('A group of
40 charities', 'An alliance of farmers' groups').

``SPEAKERS`` holds, per article, (cue, source, speaker, the content's first words) for every
report whose speaker the pipeline gets right (a seat of government and an unnamed spokesperson or
officials are kept as written, as the PolNeAR speaker gold keeps 'White House' and '~Vatican
officials'); ``KNOWN`` the ones it still gets wrong, with the speaker a reader gives. Every name,
figure and sentence is made up. Read by ``test_probe_findings_61_bodies``."""

ARTICLES = {}
ARTICLES["salad_recall"] = """Salad leaves recalled after listeria found at Dunmore plant

The National Food Safety Authority (NFSA) said on Tuesday that bagged salad from a plant in Dunmore had tested positive for listeria.

Greenvale Produce, which runs the plant, has stopped production.

The agency added that no illnesses had been reported so far.

"Anyone who bought these bags should throw them away," the NFSA said in a statement.

Greenvale said it was working with inspectors.

The authority said tests on a second batch would be published on Friday.
"""
ARTICLES["rail_fine"] = """Rail operator fined over late trains

The Office of Rail Standards (ORS) fined Southmoor Railways 4 million pounds on Wednesday for missing its punctuality targets for a third year.

The regulator said the company had ignored two earlier warnings.

Southmoor said the fine was unfair and that most delays had been caused by storms.

ORS officials said the money would go towards station upgrades.

The operator's chief executive, Gareth Pellow, said he would appeal. "We have cut delays by a fifth since January," Pellow said.

The regulator said it would review the operator's licence next year.
"""
ARTICLES["water_ministry"] = """Farmers told to cut water use as drought deepens

Kenya's Ministry of Water and Sanitation ordered farmers in three counties on Monday to cut irrigation by half.

The ministry said reservoirs were at their lowest level since 1984. It added that the order would stay in place until the long rains arrived.

The Kenya Farmers Union said the cut would ruin the bean harvest.

The union's general secretary, Jacinta Wambui, said members had not been consulted. "They decided this in Nairobi without asking a single farmer," she said.

The ministry said talks with the union would begin on Thursday.
"""
ARTICLES["bridge_checks"] = """Bridge checks skipped for two years, county admits

The Lakeland County Highways Department admitted on Friday that inspections of 14 small bridges had not been carried out since 2022.

The department said a staff shortage was to blame.

Officials said all 14 bridges would be checked by the end of the month.

Ruth Adebayo, who chairs the county's transport committee, said she was shocked.

The department added that none of the bridges was thought to be unsafe. They said a new inspector had been hired.
"""
ARTICLES["trade_talks"] = """White House rejects report on trade talks

The White House on Tuesday denied a report that trade talks with Canada had collapsed.

"The talks are continuing," White House press secretary Dana Whitlock told reporters.

She said negotiators would meet again in Ottawa next week.

The Canadian government said it had not been told of any new meeting.

A spokesperson for the White House later said the date had not been fixed.
"""
ARTICLES["housing_row"] = """Downing Street plays down cabinet split over housing

Downing Street said on Sunday that the prime minister had full confidence in her housing secretary.

A Number 10 spokesman said reports of a row were "wide of the mark".

The opposition's housing spokesman, Ifan Rhys-Morgan, said the government was "at war with itself".

Whitehall officials said the housing bill would still be published in March.
"""
ARTICLES["arctic_route"] = """Kremlin and Beijing trade warnings over Arctic shipping route

The Kremlin said on Wednesday that foreign warships would need permission to use the Northern Sea Route.

Beijing said the route should remain open to all ships.

China's foreign ministry spokesman, Lin Wei, said Beijing respected Russia's interests but would defend freedom of navigation.

Brussels said it was watching the dispute closely.

The European Commission's spokeswoman, Anna Lindqvist, said the bloc would raise the matter at its next summit.

The Kremlin added that it was open to talks.
"""
ARTICLES["cancelled_operations"] = """Hospital trust apologises for cancelled operations

More than 300 operations were cancelled at Harbury General Hospital last month.

A spokesperson for the Harbury Hospitals Trust said the cancellations were caused by a shortage of anaesthetists.

The trust's medical director, Dr Owen Castell, said every patient would be offered a new date within six weeks. "We are deeply sorry," he said.

The Society of Hospital Anaesthetists said the shortage was national.

Its spokesman, Piers Langley, said trusts had been warned two years ago.
"""
ARTICLES["brewer_takeover"] = """Brewer agrees takeover by drinks giant

Hollowmere Brewing has agreed to be bought by Castellan Drinks for 120 million pounds, the two companies said on Monday.

Hollowmere, founded in 1998 in a railway arch, makes six beers. The company said its brewery and its 40 staff would stay in Leeds.

Castellan said the deal would give it a foothold in craft beer. The firm said it expected the takeover to be completed by June.

Hollowmere's co-founder, Tessa Varley, said she would stay on as head brewer.
"""
ARTICLES["failed_medical"] = """Striker's transfer collapses after medical

Ashbury Town's move for striker Kofi Mensah-Bright collapsed on Thursday after he failed a medical, Ashbury said.

Mensah-Bright's club, Redwater Rovers, said the player would return to training on Monday. The club said it was surprised by the result, as the striker had played every game this season.

Ashbury's manager, Neil Haverstock, said he was disappointed.

"We will look at other targets," Haverstock said.
"""
ARTICLES["bus_strike"] = """Bus drivers to strike over pay

Bus drivers in Carrick will strike for three days next month after talks between the Transport Workers' Guild and Carrick Buses broke down.

The union said its members had rejected a 3 percent pay offer.

Carrick Buses said the offer was the best it could afford.

The union's general secretary, Marian Oyelaran, said drivers had not had a real pay rise in five years. "Our members are angry," she said.

The guild said the strike would go ahead unless a better offer was made. They said picket lines would be set up at both depots.
"""
ARTICLES["food_banks"] = """Charities warn of winter food shortage

Food banks in the north-west are running out of tinned goods, the charity FoodShare North said on Saturday.

The Pennine Grocers' Association said its members had given 20 tonnes of food since October. The group said shops could not keep up with demand.

FoodShare North's director, Abimbola Frost, said demand had doubled since last winter.

The charity said it would open two more depots in January.
"""
ARTICLES["carved_panels"] = """Museum to return carved panels to Ghana

The Wexcombe Museum said on Monday it would return four carved wooden panels to Ghana.

It said the panels had been taken from a palace in Kumasi in 1874.

The museum's director, Helen Ashdown, said the decision had been unanimous.

Ghana's culture ministry welcomed the move. They said the panels would go on display in Accra next year.

The museum said it would pay for the panels to be shipped.
"""
ARTICLES["malaria_gift"] = """Foundation pledges 50 million dollars for malaria vaccine

The Harold and Vera Munro Foundation said on Thursday it would give 50 million dollars to a malaria vaccine trial in Malawi.

The foundation said the trial would enrol 20,000 children.

Vera Munro, who set up the foundation with her late husband, said she had lost a brother to malaria.

The trial will be run by the Lilongwe Institute of Tropical Medicine. The institute said the first doses would be given in March.
"""
ARTICLES["paper_straws"] = """Burger chain Dawson's to drop plastic straws

Dawson's, the burger chain, said on Tuesday it would stop using plastic straws in its 900 restaurants.

The company said paper straws would be used from July.

Dawson's chief executive, Marta Kowalczyk, said customers had asked for the change.

Franklin's Fried Chicken, its main rival, said it had dropped plastic straws in 2023. "We were there first," Franklin's said in a statement.
"""
ARTICLES["energy_fine"] = """Energy supplier fined for overcharging customers

Brightwell Energy, formerly known as Northgate Power, has been fined 2 million pounds for overcharging 40,000 customers.

The Energy Markets Regulator said the company had billed customers for gas they never used.

Brightwell said it had already refunded most of those affected.

The regulator said Northgate Power had been warned about its billing in 2021.

The supplier's managing director, Colin Abernethy, said the problems dated from before the name change.

The company said all refunds would be paid by the end of May.
"""
ARTICLES["plant_closure"] = """Chemical maker's new name fails to end row

Tarrant Chemicals, which renamed itself Verdant Materials last year, said on Friday that it would close its plant at Elsby.

Verdant said the plant had lost money for six years.

Residents' group Clean Air Elsby said the company had changed its name to escape its record of pollution.

The group's chair, Bernadette Nolan, said residents would celebrate the closure.

Verdant Materials said the new name reflected a new business.
"""
ARTICLES["grounded_fleet"] = """Airline cancels flights after software failure

Skylark Air, a unit of Meridian Aviation Group, cancelled 140 flights on Sunday after a software failure grounded its fleet.

The airline said passengers would be offered refunds or new flights.

Meridian said its other airlines had not been affected. The group said engineers had found the fault by Sunday evening.

Skylark's operations director, Devi Raman, said the system had been restored.

Passengers said they had been given no information for hours.
"""
ARTICLES["card_outage"] = """Supermarket's bank arm hit by outage

Customers of Fernley Bank, the banking arm of supermarket chain Fernley's, could not use their cards for six hours on Wednesday.

The bank said a faulty update was to blame.

Fernley's said shoppers would not be charged for failed payments.

The Financial Conduct Board said it was in contact with the bank.

The bank's chief executive, Rohan Dutt, said he was sorry.
"""
ARTICLES["benefit_cap"] = """Charities urge ministers to scrap benefit cap

A group of 40 charities has written to ministers about the cap on child benefit.

The charities said the cap pushed 300,000 children into poverty.

The coalition, which includes Save Our Streets and the Lone Parents Trust, said it would campaign at the next election.

The Lone Parents Trust's chief executive, Ameera Saleh, said families were skipping meals.

The Department for Work said the cap was fair. A department spokesman said ministers kept the cap under review.
"""
ARTICLES["gas_pipeline"] = """Farmers and green groups unite against pipeline

An alliance of farmers' groups and environmental charities said on Monday it would challenge the Tarn Valley gas pipeline in court.

The alliance, called Keep Tarn Green, said the pipeline would cross 30 farms.

Its spokeswoman, Gwen Pritchard, said the alliance had raised 200,000 pounds for legal costs.

Pennant Gas said the pipeline was needed to keep homes warm. The company said it had consulted every landowner.
"""
ARTICLES["late_fees"] = """Watchdog orders lender to repay fees

The Consumer Credit Commission (CCC) ordered Quickpenny Loans to repay 8 million pounds in late fees on Thursday.

The watchdog said the lender had charged fees far higher than its costs.

Quickpenny said it would comply with the order.

The commission's chair, Priya Sandhu, said other lenders would be examined next.

The CCC said about 60,000 borrowers would get money back. "This is a clear message to the industry," Sandhu said.
"""
ARTICLES["wrongful_arrest"] = """Police apologise for wrongful arrest of teenager

Avonmere Police has apologised to a 16-year-old boy who was wrongly arrested at a bus stop in March.

The force said officers had mistaken him for a suspect in a robbery.

The Independent Office for Police Standards said it had opened an investigation.

The boy's mother, Yolanda Grey, said her son was still afraid to go out.

Police said the officers involved had been given extra training.
"""
ARTICLES["student_housing"] = """University and city council clash over student housing

Harcastle University wants to build housing for 2,000 students on land next to Marrow Park, but Harcastle City Council says the plan is too big.

The council said the buildings would block light to 60 homes.

The university said it had already reduced the height of two blocks.

University officials said students would otherwise be pushed into the private market.

The council's planning chief, Desmond Achebe, said the plan would be decided in April.
"""
ARTICLES["armoured_vehicles"] = """Army to buy fewer armoured vehicles

The Ministry of Defence (MoD) said on Friday it would buy 200 fewer armoured vehicles than planned.

The MoD said the money saved would go on drones.

Whitehall sources said the Treasury had pushed for the cut.

Vickers Hale, which builds the vehicles, said 300 jobs were at risk.

The department said it would help the company find new orders.
"""
ARTICLES["school_takeover"] = """Academy trust to take over failing school

The Oakridge Learning Trust will take over Millbrook Secondary School in September, the Department for Education said.

The trust said it would appoint a new head teacher by June.

Millbrook's governors said they had asked for the takeover.

The trust's chief executive, Leonora Hughes, said she would meet parents next week.
"""
ARTICLES["beetle_ban"] = """Beijing halts grain imports from two ports

Beijing said on Thursday it would stop grain imports from two Australian ports after inspectors found beetles in three shipments.

It said the ban would be lifted once the ports had been fumigated.

Canberra said it was disappointed and would ask to see the evidence.

Australia's trade minister, Callum Breer, said the beetles were harmless.

China's customs agency said further checks would follow.
"""
ARTICLES["truck_contract"] = """Pentagon cancels armoured truck contract

The Pentagon said on Tuesday it had cancelled a 2 billion dollar contract for armoured trucks with Hallworth Defense.

Pentagon officials said the trucks had failed three safety tests.

Hallworth said it would challenge the decision in court. The company's chief executive, Roger Pimm, said the tests had been unfair.

The Pentagon added that a new contract would be offered next year.
"""

SPEAKERS = {}
SPEAKERS['salad_recall'] = [
    ('said', 'The National Food Safety Authority (NFSA)', 'National Food Safety Authority', 'bagged salad from a plant'),
    ('added', 'The agency', 'National Food Safety Authority', 'no illnesses had been rep'),
    ('said', 'the NFSA', 'National Food Safety Authority', 'Anyone who bought these b'),
    ('said', 'Greenvale', 'Greenvale Produce', 'it was working with inspe'),
    ('said', 'The authority', 'National Food Safety Authority', 'tests on a second batch w'),
]
SPEAKERS['rail_fine'] = [
    ('said', 'The regulator', 'Office of Rail Standards', 'the company had ignored t'),
    ('said', 'Southmoor', 'Southmoor Railways', 'the fine was unfair and t'),
    ('said', 'ORS officials', 'ORS officials', 'the money would go toward'),
    ('said', "The operator's chief executive, Gareth Pellow", 'Gareth Pellow', 'he would appeal'),
    ('said', 'Pellow', 'Gareth Pellow', 'We have cut delays by a f'),
    ('said', 'The regulator', 'Office of Rail Standards', 'it would review the opera'),
]
SPEAKERS['water_ministry'] = [
    ('ordered', "Kenya's Ministry of Water and Sanitation", "Kenya's Ministry of Water and Sanitation", 'farmers in three counties'),
    ('said', 'The ministry', 'Ministry of Water and Sanitation', 'reservoirs were at their '),
    ('added', 'It', 'Ministry of Water and Sanitation', 'the order would stay in p'),
    ('said', 'The Kenya Farmers Union', 'Kenya Farmers Union', 'the cut would ruin the be'),
    ('said', "The union's general secretary, Jacinta Wambui", 'Jacinta Wambui', 'members had not been cons'),
    ('said', 'she', 'Jacinta Wambui', 'They decided this in Nair'),
    ('said', 'The ministry', 'Ministry of Water and Sanitation', 'talks with the union woul'),
]
SPEAKERS['bridge_checks'] = [
    ('admitted', 'The Lakeland County Highways Department', 'Lakeland County Highways Department', 'inspections of 14 small b'),
    ('said', 'The department', 'Lakeland County Highways Department', 'a staff shortage was to b'),
    ('said', 'Officials', 'Officials', 'all 14 bridges would be c'),
    ('said', "Ruth Adebayo, who chairs the county's transport committee", 'Ruth Adebayo', 'she was shocked'),
    ('added', 'The department', 'Lakeland County Highways Department', 'none of the bridges was t'),
    ('said', 'They', 'Lakeland County Highways Department', 'a new inspector had been '),
]
SPEAKERS['trade_talks'] = [
    ('rejects', 'White House', 'White House', 'report on trade talks'),
    ('denied', 'The White House', 'White House', 'a report that trade talks'),
    ('told', 'White House press secretary Dana Whitlock', 'Dana Whitlock', 'The talks are continuing'),
    ('said', 'She', 'Dana Whitlock', 'negotiators would meet ag'),
    ('said', 'The Canadian government', 'Canadian government', 'it had not been told of a'),
    ('said', 'A spokesperson for the White House', 'spokesperson for the White House', 'the date had not been fix'),
]
SPEAKERS['housing_row'] = [
    ('said', 'Downing Street', 'Downing Street', 'the prime minister had fu'),
    ('said', 'A Number 10 spokesman', 'Number 10 spokesman', 'reports of a row were "wi'),
    ('said', "The opposition's housing spokesman, Ifan Rhys-Morgan", 'Ifan Rhys-Morgan', 'the government was "at wa'),
    ('said', 'Whitehall officials', 'Whitehall officials', 'the housing bill would st'),
]
SPEAKERS['arctic_route'] = [
    ('said', 'The Kremlin', 'Kremlin', 'foreign warships would ne'),
    ('said', 'Beijing', 'Beijing', 'the route should remain o'),
    ('said', "China's foreign ministry spokesman, Lin Wei", 'Lin Wei', "Beijing respected Russia'"),
    ('said', 'Brussels', 'Brussels', 'it was watching the dispu'),
    ('said', "The European Commission's spokeswoman, Anna Lindqvist", 'Anna Lindqvist', 'the bloc would raise the '),
    ('added', 'The Kremlin', 'Kremlin', 'it was open to talks'),
]
SPEAKERS['cancelled_operations'] = [
    ('said', 'A spokesperson for the Harbury Hospitals Trust', 'spokesperson for the Harbury Hospitals Trust', 'the cancellations were ca'),
    ('said', "The trust's medical director, Dr Owen Castell", 'Owen Castell', 'every patient would be of'),
    ('said', 'he', 'Owen Castell', 'We are deeply sorry'),
    ('said', 'The Society of Hospital Anaesthetists', 'Society of Hospital Anaesthetists', 'the shortage was national'),
    ('said', 'Its spokesman, Piers Langley', 'Piers Langley', 'trusts had been warned tw'),
]
SPEAKERS['brewer_takeover'] = [
    ('said', 'the two companies', 'two companies', 'Hollowmere Brewing has ag'),
    ('said', 'Castellan', 'Castellan Drinks', 'the deal would give it a '),
    ('said', "Hollowmere's co-founder, Tessa Varley", 'Tessa Varley', 'she would stay on as head'),
]
SPEAKERS['failed_medical'] = [
    ('said', "Mensah-Bright's club, Redwater Rovers", 'Redwater Rovers', 'the player would return t'),
    ('said', 'The club', 'Redwater Rovers', 'it was surprised by the r'),
    ('said', "Ashbury's manager, Neil Haverstock", 'Neil Haverstock', 'he was disappointed'),
    ('said', 'Haverstock', 'Neil Haverstock', 'We will look at other tar'),
]
SPEAKERS['bus_strike'] = [
    ('said', 'The union', "Transport Workers' Guild", 'its members had rejected '),
    ('said', 'Carrick Buses', 'Carrick Buses', 'the offer was the best it'),
    ('said', "The union's general secretary, Marian Oyelaran", 'Marian Oyelaran', 'drivers had not had a rea'),
    ('said', 'she', 'Marian Oyelaran', 'Our members are angry'),
    ('said', 'The guild', "Transport Workers' Guild", 'the strike would go ahead'),
    ('said', 'They', "Transport Workers' Guild", 'picket lines would be set'),
]
SPEAKERS['food_banks'] = [
    ('warn of', 'Charities', 'Charities', 'winter food shortage'),
    ('said', 'the charity FoodShare North', 'FoodShare North', 'Food banks in the north-w'),
    ('said', "The Pennine Grocers' Association", "Pennine Grocers' Association", 'its members had given 20 '),
    ('said', 'The group', "Pennine Grocers' Association", 'shops could not keep up w'),
    ('said', "FoodShare North's director, Abimbola Frost", 'Abimbola Frost', 'demand had doubled since '),
    ('said', 'The charity', 'FoodShare North', 'it would open two more de'),
]
SPEAKERS['carved_panels'] = [
    ('said', 'The Wexcombe Museum', 'Wexcombe Museum', 'it would return four carv'),
    ('said', 'It', 'Wexcombe Museum', 'the panels had been taken'),
    ('said', "The museum's director, Helen Ashdown", 'Helen Ashdown', 'the decision had been una'),
    ('welcomed', "Ghana's culture ministry", "Ghana's culture ministry", 'the move'),
    ('said', 'They', "Ghana's culture ministry", 'the panels would go on di'),
    ('said', 'The museum', 'Wexcombe Museum', 'it would pay for the pane'),
]
SPEAKERS['malaria_gift'] = [
    ('pledges', 'Foundation', 'Harold and Vera Munro Foundation', '50 million dollars for ma'),
    ('said', 'The Harold and Vera Munro Foundation', 'Harold and Vera Munro Foundation', 'it would give 50 million '),
    ('said', 'The foundation', 'Harold and Vera Munro Foundation', 'the trial would enrol 20,'),
    ('said', 'Vera Munro, who set up the foundation with her late husband', 'Vera Munro', 'she had lost a brother to'),
    ('said', 'The institute', 'Lilongwe Institute of Tropical Medicine', 'the first doses would be '),
]
SPEAKERS['paper_straws'] = [
    ('said', "Dawson's, the burger chain", "Dawson's", 'it would stop using plast'),
    ('said', 'The company', "Dawson's", 'paper straws would be use'),
    ('said', "Dawson's chief executive, Marta Kowalczyk", 'Marta Kowalczyk', 'customers had asked for t'),
]
SPEAKERS['energy_fine'] = [
    ('said', 'The Energy Markets Regulator', 'Energy Markets Regulator', 'the company had billed cu'),
    ('said', 'Brightwell', 'Brightwell Energy', 'it had already refunded m'),
    ('said', 'The regulator', 'Energy Markets Regulator', 'Northgate Power had been '),
    ('said', "The supplier's managing director, Colin Abernethy", 'Colin Abernethy', 'the problems dated from b'),
    ('said', 'The company', 'Brightwell Energy', 'all refunds would be paid'),
]
SPEAKERS['plant_closure'] = [
    ('said', 'Tarrant Chemicals, which renamed itself Verdant Materials last year', 'Verdant Materials', 'it would close its plant '),
    ('said', "Residents' group Clean Air Elsby", 'Clean Air Elsby', 'the company had changed i'),
    ('said', "The group's chair, Bernadette Nolan", 'Bernadette Nolan', 'residents would celebrate'),
    ('said', 'Verdant Materials', 'Verdant Materials', 'the new name reflected a '),
]
SPEAKERS['grounded_fleet'] = [
    ('said', 'The airline', 'Skylark Air', 'passengers would be offer'),
    ('said', 'The group', 'Meridian Aviation Group', 'engineers had found the f'),
    ('said', "Skylark's operations director, Devi Raman", 'Devi Raman', 'the system had been resto'),
    ('said', 'Passengers', 'Passengers', 'they had been given no in'),
]
SPEAKERS['card_outage'] = [
    ('said', "Fernley's", "Fernley's", 'shoppers would not be cha'),
    ('said', 'The Financial Conduct Board', 'Financial Conduct Board', 'it was in contact with th'),
    ('said', "The bank's chief executive, Rohan Dutt", 'Rohan Dutt', 'he was sorry'),
]
SPEAKERS['benefit_cap'] = [
    ('urge', 'Charities', 'Charities', 'ministers to scrap benefi'),
    ('has written to ministers about', 'A group of 40 charities', 'group of 40 charities', 'the cap on child benefit'),
    ('said', 'The charities', 'charities', 'the cap pushed 300,000 ch'),
    ('said', "The Lone Parents Trust's chief executive, Ameera Saleh", 'Ameera Saleh', 'families were skipping me'),
    ('said', 'The Department for Work', 'Department for Work', 'the cap was fair'),
    ('said', 'A department spokesman', 'department spokesman', 'ministers kept the cap un'),
]
SPEAKERS['gas_pipeline'] = [
    ('said', 'The alliance, called Keep Tarn Green', 'Keep Tarn Green', 'the pipeline would cross '),
    ('said', 'Its spokeswoman, Gwen Pritchard', 'Gwen Pritchard', 'the alliance had raised 2'),
    ('said', 'Pennant Gas', 'Pennant Gas', 'the pipeline was needed t'),
]
SPEAKERS['late_fees'] = [
    ('ordered', 'The Consumer Credit Commission (CCC)', 'Consumer Credit Commission', 'Quickpenny Loans to repay'),
    ('said', 'The watchdog', 'Consumer Credit Commission', 'the lender had charged fe'),
    ('said', 'Quickpenny', 'Quickpenny Loans', 'it would comply with the '),
    ('said', "The commission's chair, Priya Sandhu", 'Priya Sandhu', 'other lenders would be ex'),
    ('said', 'The CCC', 'Consumer Credit Commission', 'about 60,000 borrowers wo'),
    ('said', 'Sandhu', 'Priya Sandhu', 'This is a clear message t'),
]
SPEAKERS['wrongful_arrest'] = [
    ('apologise for', 'Police', 'Police', 'wrongful arrest of teenag'),
    ('said', 'The force', 'Avonmere Police', 'officers had mistaken him'),
    ('said', 'The Independent Office for Police Standards', 'Independent Office for Police Standards', 'it had opened an investig'),
    ('said', "The boy's mother, Yolanda Grey", 'Yolanda Grey', 'her son was still afraid '),
]
SPEAKERS['student_housing'] = [
    ('wants', 'Harcastle University', 'Harcastle University', 'to build housing for 2,00'),
    ('says', 'Harcastle City Council', 'Harcastle City Council', 'the plan is too big'),
    ('said', 'The council', 'Harcastle City Council', 'the buildings would block'),
    ('said', 'The university', 'Harcastle University', 'it had already reduced th'),
    ('said', 'University officials', 'University officials', 'students would otherwise '),
    ('said', "The council's planning chief, Desmond Achebe", 'Desmond Achebe', 'the plan would be decided'),
]
SPEAKERS['armoured_vehicles'] = [
    ('said', 'The Ministry of Defence (MoD)', 'Ministry of Defence', 'it would buy 200 fewer ar'),
    ('said', 'The MoD', 'Ministry of Defence', 'the money saved would go '),
    ('said', 'Whitehall sources', 'Whitehall sources', 'the Treasury had pushed f'),
    ('said', 'Vickers Hale, which builds the vehicles', 'Vickers Hale', '300 jobs were at risk'),
    ('said', 'The department', 'Ministry of Defence', 'it would help the company'),
]
SPEAKERS['school_takeover'] = [
    ('said', 'the Department for Education', 'Department for Education', 'The Oakridge Learning Tru'),
    ('said', 'The trust', 'Oakridge Learning Trust', 'it would appoint a new he'),
    ('said', "Millbrook's governors", "Millbrook's governors", 'they had asked for the ta'),
    ('said', "The trust's chief executive, Leonora Hughes", 'Leonora Hughes', 'she would meet parents ne'),
]
SPEAKERS['beetle_ban'] = [
    ('said', 'Beijing', 'Beijing', 'it would stop grain impor'),
    ('said', 'It', 'Beijing', 'the ban would be lifted o'),
    ('said', 'Canberra', 'Canberra', 'it was disappointed and w'),
    ('said', "Australia's trade minister, Callum Breer", 'Callum Breer', 'the beetles were harmless'),
    ('said', "China's customs agency", "China's customs agency", 'further checks would foll'),
]
SPEAKERS['truck_contract'] = [
    ('said', 'The Pentagon', 'Pentagon', 'it had cancelled a 2 bill'),
    ('said', 'Pentagon officials', 'Pentagon officials', 'the trucks had failed thr'),
    ('said', 'Hallworth', 'Hallworth Defense', 'it would challenge the de'),
    ('said', "The company's chief executive, Roger Pimm", 'Roger Pimm', 'the tests had been unfair'),
    ('added', 'The Pentagon', 'Pentagon', 'a new contract would be o'),
]
KNOWN = [
    # two firms' names the NER took for people ('Hollowmere Brewing', 'Castellan Drinks'): 'the company' and 'the firm' kept bare
    ('brewer_takeover', 'said', 'The company', 'its brewery and its 40 st', 'Hollowmere Brewing'),
    ('brewer_takeover', 'said', 'The firm', 'it expected the takeover ', 'Castellan Drinks'),
    # a club's short name whose full name the article gives only in a possessive the NER cut ("Ashbury Town's move")
    ('failed_medical', 'said', 'Ashbury', "Ashbury Town's move for s", 'Ashbury Town'),
    # a body whose name runs on past a possessive ("Franklin's Fried Chicken"): the NER's person, without the 's
    # (one whose name ends in it, "Dawson's", keeps it since the sixty-second pass: ``trading_names``)
    ('paper_straws', 'said', "Franklin's Fried Chicken, its main rival", 'it had dropped plastic st', "Franklin's Fried Chicken"),
    ('paper_straws', 'said', "Franklin's", 'We were there first', "Franklin's Fried Chicken"),
    # a short name that is also a common word ('Verdant', 'Meridian'): no entity, kept as written
    ('plant_closure', 'said', 'Verdant', 'the plant had lost money ', 'Verdant Materials'),
    ('grounded_fleet', 'said', 'Meridian', 'its other airlines had no', 'Meridian Aviation Group'),
    # the NER ran a sentence's opening noun into the body's name ('Customers of Fernley Bank')
    ('card_outage', 'said', 'The bank', 'a faulty update was to bl', 'Fernley Bank'),
    # a coalition described, not named, then called by another collective noun ('A group of 40 charities' / 'The coalition'):
    # kept bare (by the same noun it is the group described: 'A coalition of 12 unions ... The coalition said')
    ('benefit_cap', 'said', 'The coalition, which includes Save Our Streets and the Lone Parents Trust', 'it would campaign at the ', 'group of 40 charities'),
    # a coalition's name given only after its first report ('The alliance, called Keep Tarn Green'): the description
    ('gas_pipeline', 'said', "An alliance of farmers' groups and environmental charities", 'it would challenge the Ta', 'Keep Tarn Green'),
    # a firm the NER left untagged ('Pennant Gas said', read as a person): 'the company' goes to the alliance before it
    ('gas_pipeline', 'said', 'The company', 'it had consulted every la', 'Pennant Gas'),
    # a bare 'Police' after the force was named: kept as written
    ('wrongful_arrest', 'said', 'Police', 'the officers involved had', 'Avonmere Police'),
]
