# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six press releases and corporate announcements written for the sixty-second pass's check of what a news
tool meets on the web (helper P): datelines with an invented wire ('LONDON, March 3, 2026 /Wirefold Newsdesk/ --'),
'X today announced', quotes closed by 'said Jane Doe, Chief Executive Officer of X' with long Title-Cased titles,
partners' and customers' quotes, 'About X' paragraphs, forward-looking statements disclaimers, media contact blocks
(names, emails, phone numbers), 'Source: X' lines, feature bullet lists, awards ('X was named a Leader in'), and
speakers named again by pronoun, honorific or role ('She', 'Ms. Haddad', 'The company').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions included): per article,
(a word of the cue, the source, the first content span) for each report in ``GOLD``; the lines that report nothing
in ``NOT_REPORTS`` (boilerplate, disclaimers, contacts, bullets, prices, the company describing itself); (cue,
source, speaker, the content's first words) in ``SPEAKERS``. Every name, firm, place, wire, figure and sentence is
made up. Read by ``test_probe_findings_66_releases``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["ledgerline_launch"] = """Kestrel Analytics Launches Ledgerline Forecasting for Mid-Sized Retailers

LONDON, March 3, 2026 /Wirefold Newsdesk/ -- Kestrel Analytics, a provider of pricing software for retailers, today announced the general availability of Ledgerline, a forecasting tool for mid-sized chains.

"Retailers were tired of guessing how much stock to order for each store," said Helena Marsh-Oduya, Chief Executive Officer of Kestrel Analytics.

Key features include:

- Store-by-store demand forecasts updated every night

- Alerts when a supplier's delivery is running late

About Kestrel Analytics

Kestrel Analytics builds pricing and forecasting software for more than 300 retailers in Europe. The company was founded in 2017 and is based in London.

Media contact: Tobias Renn, press@kestrel-analytics.example, +44 20 7946 0312
"""
GOLD["ledgerline_launch"] = [
    ("announced", "Kestrel Analytics, a provider of pricing software for retailers", "the general availability of Ledgerline, a forecasting tool for mid-sized chains"),
    ("said", "Helena Marsh-Oduya, Chief Executive Officer of Kestrel Analytics", "Retailers were tired of guessing how much stock to order for each store"),
]
NOT_REPORTS["ledgerline_launch"] = ["- Store-by-store demand forecasts updated every night", "- Alerts when a supplier's delivery is running late", "Kestrel Analytics builds pricing and forecasting software for more than 300 retailers in Europe.", "The company was founded in 2017 and is based in London.", "Media contact: Tobias Renn, press@kestrel-analytics.example, +44 20 7946 0312"]
SPEAKERS["ledgerline_launch"] = [("announced", "Kestrel Analytics, a provider of pricing software for retailers", "Kestrel Analytics", "the general")]

ARTICLES["heart_patch"] = """Orvane Health and Tillbury Labs Partner on Remote Heart Monitoring

BOSTON, April 14, 2026 /Newsgate Wire/ -- Orvane Health today announced a partnership with Tillbury Labs to offer remote heart monitoring to clinics in New England.

"This partnership lets cardiologists see warning signs days earlier," said Dr. Rafael Quintero-Hale, Chief Medical Officer at Orvane Health.

"We spent six years making the patch small enough to forget," said Annika Strand, co-founder and President of Tillbury Labs.

The service will be available to clinics from June.

About Orvane Health

Orvane Health operates 42 cardiology clinics across Massachusetts, Connecticut and Rhode Island.

Contact: Lena Fairweather, Director of Communications, lena.fairweather@orvanehealth.example
"""
GOLD["heart_patch"] = [
    ("announced", "Orvane Health", "a partnership with Tillbury Labs to offer remote heart monitoring to clinics in New England"),
    ("said", "Dr. Rafael Quintero-Hale, Chief Medical Officer at Orvane Health", "This partnership lets cardiologists see warning signs days earlier"),
    ("said", "Annika Strand, co-founder and President of Tillbury Labs", "We spent six years making the patch small enough to forget"),
]
NOT_REPORTS["heart_patch"] = ["The service will be available to clinics from June.", "Orvane Health operates 42 cardiology clinics across Massachusetts, Connecticut and Rhode Island.", "Contact: Lena Fairweather, Director of Communications, lena.fairweather@orvanehealth.example"]
SPEAKERS["heart_patch"] = [("said", "Annika Strand, co-founder and President of Tillbury Labs", "Annika Strand", "We spent")]

ARTICLES["pump_deal"] = """Brantwood Industrial to Acquire Selkie Pumps for $410 Million

CHICAGO, May 6, 2026 /Ticker Relay/ -- Brantwood Industrial Corp. today announced that it has agreed to acquire Selkie Pumps, a maker of irrigation pumps, for $410 million in cash.

"Selkie's pumps fill a gap in our farm range," said Martin Ebbesen, Chairman and Chief Executive Officer of Brantwood Industrial.

Forward-Looking Statements

Statements in this release that are not historical facts are forward-looking statements within the meaning of the federal securities laws.

Actual results could differ materially because of risks including the ability to obtain regulatory approvals.

Brantwood Industrial undertakes no obligation to update any forward-looking statement.
"""
GOLD["pump_deal"] = [
    ("announced", "Brantwood Industrial Corp.", "it has agreed to acquire Selkie Pumps, a maker of irrigation pumps, for $410 million in cash"),
    ("said", "Martin Ebbesen, Chairman and Chief Executive Officer of Brantwood Industrial", "Selkie's pumps fill a gap in our farm range"),
]
NOT_REPORTS["pump_deal"] = ["Statements in this release that are not historical facts are forward-looking statements within the meaning of the federal securities laws.", "Actual results could differ materially because of risks including the ability to obtain regulatory approvals.", "Brantwood Industrial undertakes no obligation to update any forward-looking statement."]
SPEAKERS["pump_deal"] = []

ARTICLES["invoice_case"] = """Drumlin Foods Cuts Invoice Processing Time With Paperwell

DUBLIN, Feb. 10, 2026 /Clearcast Wire/ -- Paperwell, the accounts payable platform, today published a case study of its work with Drumlin Foods, an Irish maker of oat snacks.

"Since we switched to Paperwell, our team spends half as long on supplier invoices," said Marco Villeneuve, Head of Finance at Drumlin Foods.

Villeneuve said the company had stopped paying late fees within three months.

Drumlin Foods processes about 6,000 supplier invoices a month.

Source: Paperwell Ltd
"""
GOLD["invoice_case"] = [
    ("said", "Marco Villeneuve, Head of Finance at Drumlin Foods", "Since we switched to Paperwell, our team spends half as long on supplier invoices"),
    ("said", "Villeneuve", "the company had stopped paying late fees within three months"),
]
NOT_REPORTS["invoice_case"] = ["Drumlin Foods processes about 6,000 supplier invoices a month.", "Source: Paperwell Ltd"]
SPEAKERS["invoice_case"] = [("said", "Villeneuve", "Marco Villeneuve", "the company")]

ARTICLES["contract_award"] = """Quillon Software Named a Leader in Harbourline Index for Contract Management

SAN FRANCISCO, June 2, 2026 /Brightpost Wire/ -- Quillon Software today announced that it has been named a Leader in the 2026 Harbourline Index for contract management platforms.

The Harbourline Index compares 18 vendors on product strength and market presence.

"Being named a Leader reflects the work of our customers as much as our own," said Ines Calloway, Chief Marketing Officer of Quillon Software.

Quillon Software was also recognised as a Top Workplace by the Bay Area Employers Forum in 2025.

Source: Quillon Software
"""
GOLD["contract_award"] = [
    ("announced", "Quillon Software", "it has been named a Leader in the 2026 Harbourline Index for contract management platforms"),
    ("compares", "The Harbourline Index", "18 vendors on product strength and market presence"),
    ("said", "Ines Calloway, Chief Marketing Officer of Quillon Software", "Being named a Leader reflects the work of our customers as much as our own"),
    ("recognised", "the Bay Area Employers Forum", "Quillon Software"),
]
NOT_REPORTS["contract_award"] = ["Quillon Software Named a Leader in Harbourline Index for Contract Management", "Source: Quillon Software"]
SPEAKERS["contract_award"] = []

ARTICLES["tram_order"] = """Fenwick Rail Systems Wins Contract for 60 Tram Cars

MANCHESTER, England, July 9, 2026 /Railwire/ -- Fenwick Rail Systems has won a contract worth 280 million pounds to build 60 tram cars for the Pennine Metro network.

The first cars will enter service in 2028.

The company said the order would secure 400 jobs at its plant in Stockport.

"Our workforce in Stockport has built trams for four decades," said Gwen Adeyemi-Clarke, Managing Director of Fenwick Rail Systems UK.

She added that the company would hire 50 apprentices for the project.

About Fenwick Rail Systems

Fenwick Rail Systems designs and builds trams, light rail vehicles and signalling equipment. It employs 2,100 people in the United Kingdom and Poland.
"""
GOLD["tram_order"] = [
    ("said", "The company", "the order would secure 400 jobs at its plant in Stockport"),
    ("said", "Gwen Adeyemi-Clarke, Managing Director of Fenwick Rail Systems UK", "Our workforce in Stockport has built trams for four decades"),
    ("added", "She", "the company would hire 50 apprentices for the project"),
]
NOT_REPORTS["tram_order"] = ["The first cars will enter service in 2028.", "Fenwick Rail Systems designs and builds trams, light rail vehicles and signalling equipment.", "It employs 2,100 people in the United Kingdom and Poland."]
SPEAKERS["tram_order"] = [("said", "The company", "Fenwick Rail Systems", "the order"), ("added", "She", "Gwen Adeyemi-Clarke", "the company")]

ARTICLES["brewery_results"] = """Holloway Brewing Reports First-Quarter Results

PORTLAND, Ore., April 29, 2026 /Ticker Relay/ -- Holloway Brewing Co. today reported first-quarter revenue of $88.4 million, up 12 percent from a year earlier.

"Our seasonal ales sold out in every region," said Corinne Vasquez-Lund, President and Chief Executive Officer.

Conference Call

The company will host a conference call at 5 p.m. Eastern Time on April 29.

Investor Relations: Omar Fitzgibbon, +1 503 555 0147, ir@hollowaybrewing.example

Media: Clara Wendt, +1 503 555 0199, media@hollowaybrewing.example
"""
GOLD["brewery_results"] = [
    ("reported", "Holloway Brewing Co.", "first-quarter revenue of $88.4 million, up 12 percent from a year earlier"),
    ("said", "Corinne Vasquez-Lund, President and Chief Executive Officer", "Our seasonal ales sold out in every region"),
]
NOT_REPORTS["brewery_results"] = ["The company will host a conference call at 5 p.m. Eastern Time on April 29.", "Investor Relations: Omar Fitzgibbon, +1 503 555 0147, ir@hollowaybrewing.example", "Media: Clara Wendt, +1 503 555 0199, media@hollowaybrewing.example"]
SPEAKERS["brewery_results"] = []

ARTICLES["headphones"] = """Aerlo Unveils X2 Wireless Headphones With Two-Day Battery

AUSTIN, Texas, Sept. 15, 2026 /Newsgate Wire/ -- Aerlo Audio today unveiled the X2, its first over-ear wireless headphones.

The X2 offers:

- Up to 48 hours of playback on a single charge

- Noise cancelling that adjusts to the wearer's surroundings

The X2 is available now for $249 from the company's website and selected retailers.

"We wanted headphones you charge twice a week, not twice a day," said Theo Marchetti, Vice President of Product Design at Aerlo Audio.
"""
GOLD["headphones"] = [
    ("said", "Theo Marchetti, Vice President of Product Design at Aerlo Audio", "We wanted headphones you charge twice a week, not twice a day"),
]
NOT_REPORTS["headphones"] = ["- Up to 48 hours of playback on a single charge", "- Noise cancelling that adjusts to the wearer's surroundings", "The X2 is available now for $249 from the company's website and selected retailers."]
SPEAKERS["headphones"] = []

ARTICLES["trust_grants"] = """Marrowfield Trust Awards $3 Million to Rural Libraries

DES MOINES, Iowa, Oct. 1, 2026 /Civicwire/ -- The Marrowfield Trust today announced grants totalling $3 million to 41 rural libraries in Iowa and Nebraska.

The grants will pay for broadband connections, laptops and longer opening hours.

"A library is often the only place in a small town where you can get online for free," said Beatrice Okafor, Executive Director of the Marrowfield Trust.

Applications for the next round open on January 5.

About the Marrowfield Trust

The Marrowfield Trust is a private foundation established in 1988 by the family of a seed merchant.
"""
GOLD["trust_grants"] = [
    ("announced", "The Marrowfield Trust", "grants totalling $3 million to 41 rural libraries in Iowa and Nebraska"),
    ("said", "Beatrice Okafor, Executive Director of the Marrowfield Trust", "A library is often the only place in a small town where you can get online for free"),
]
NOT_REPORTS["trust_grants"] = ["The grants will pay for broadband connections, laptops and longer opening hours.", "Applications for the next round open on January 5.", "The Marrowfield Trust is a private foundation established in 1988 by the family of a seed merchant."]
SPEAKERS["trust_grants"] = []

ARTICLES["bank_cfo"] = """Pellucid Bank Appoints Noor Haddad as Chief Financial Officer

EDINBURGH, Scotland, Aug. 18, 2026 /Wirefold Newsdesk/ -- Pellucid Bank today announced the appointment of Noor Haddad as Chief Financial Officer, effective September 1.

Ms. Haddad joins from Crestmoor Insurance, where she led the finance team for seven years.

"Noor knows how to run a balance sheet through a difficult cycle," said Sir Alasdair Penhale, Chair of the Board of Pellucid Bank.

"I am delighted to join Pellucid at such an important time," said Ms. Haddad.

She succeeds Graham Tulloch, who is retiring after 14 years with the bank.
"""
GOLD["bank_cfo"] = [
    ("announced", "Pellucid Bank", "the appointment of Noor Haddad as Chief Financial Officer, effective September 1"),
    ("said", "Sir Alasdair Penhale, Chair of the Board of Pellucid Bank", "Noor knows how to run a balance sheet through a difficult cycle"),
    ("said", "Ms. Haddad", "I am delighted to join Pellucid at such an important time"),
]
NOT_REPORTS["bank_cfo"] = ["Ms. Haddad joins from Crestmoor Insurance, where she led the finance team for seven years.", "She succeeds Graham Tulloch, who is retiring after 14 years with the bank."]
SPEAKERS["bank_cfo"] = [("announced", "Pellucid Bank", "Pellucid Bank", "the appointment"), ("said", "Ms. Haddad", "Noor Haddad", "I am delighted")]

ARTICLES["seagrass_study"] = """Seagrass Meadows Store Carbon Faster Than Thought, Castlemere Study Finds

CASTLEMERE, England, Nov. 4, 2026 /Campuswire/ -- Researchers at the University of Castlemere have found that seagrass meadows in shallow bays store carbon twice as fast as earlier estimates suggested.

"We measured the sediment in 30 bays over four years," said Professor Yusuf Adebayo-Kerr, who led the study.

The study was published in the Journal of Coastal Ecology on Tuesday.

The work was funded by the Northern Seas Research Council.

Media enquiries: press.office@castlemere.example
"""
GOLD["seagrass_study"] = [
    ("found", "Researchers at the University of Castlemere", "seagrass meadows in shallow bays store carbon twice as fast as earlier estimates suggested"),
    ("said", "Professor Yusuf Adebayo-Kerr, who led the study", "We measured the sediment in 30 bays over four years"),
]
NOT_REPORTS["seagrass_study"] = ["The work was funded by the Northern Seas Research Council.", "Media enquiries: press.office@castlemere.example"]
SPEAKERS["seagrass_study"] = []

ARTICLES["kettle_recall"] = """Tamsin Home Goods Recalls Electric Kettles

LEEDS, England, Jan. 20, 2026 /Safetywire/ -- Tamsin Home Goods is recalling about 14,000 electric kettles because the handle can come loose.

The recall covers the TK-200 model sold between May and December 2025.

Customers should stop using the kettles and return them to any Tamsin store for a full refund.

"The safety of our customers comes first," said Rhiannon Blake, Head of Quality Assurance at Tamsin Home Goods.

Customers with questions may call 0800 555 0163 between 8 a.m. and 5 p.m., Monday to Friday.
"""
GOLD["kettle_recall"] = [
    ("said", "Rhiannon Blake, Head of Quality Assurance at Tamsin Home Goods", "The safety of our customers comes first"),
]
NOT_REPORTS["kettle_recall"] = ["Tamsin Home Goods is recalling about 14,000 electric kettles because the handle can come loose.", "The recall covers the TK-200 model sold between May and December 2025.", "Customers should stop using the kettles and return them to any Tamsin store for a full refund.", "Customers with questions may call 0800 555 0163 between 8 a.m. and 5 p.m., Monday to Friday."]
SPEAKERS["kettle_recall"] = []

ARTICLES["fruit_robots"] = """Vellichor Robotics Raises $32 Million Series B

PITTSBURGH, March 24, 2026 /Brightpost Wire/ -- Vellichor Robotics, which builds robotic arms for picking soft fruit, today announced it has raised $32 million in a Series B round led by Eastgate Ventures.

"Vellichor's arms can pick raspberries without bruising them," said Dana Okonkwo-Reyes, Partner at Eastgate Ventures, who will join the Vellichor board.

The company has deployed 140 robots on farms in Pennsylvania and California.

About Eastgate Ventures

Eastgate Ventures invests in early-stage companies in agriculture and food.
"""
GOLD["fruit_robots"] = [
    ("announced", "Vellichor Robotics, which builds robotic arms for picking soft fruit", "it has raised $32 million in a Series B round led by Eastgate Ventures"),
    ("said", "Dana Okonkwo-Reyes, Partner at Eastgate Ventures, who will join the Vellichor board", "Vellichor's arms can pick raspberries without bruising them"),
]
NOT_REPORTS["fruit_robots"] = ["The company has deployed 140 robots on farms in Pennsylvania and California.", "Eastgate Ventures invests in early-stage companies in agriculture and food."]
SPEAKERS["fruit_robots"] = []

ARTICLES["boat_expo"] = """Northwind Boat Expo Returns to Halverson Pier

SEATTLE, Feb. 26, 2026 /Civicwire/ -- The Northwind Boat Expo will return to Halverson Pier from May 14 to May 17, the organisers announced today.

More than 250 exhibitors will show sailing boats, kayaks and electric outboard motors.

"Electric motors were the talk of last year's show," said Marnie Kowalczyk, Director of the Northwind Boat Expo.

Tickets cost $18 for adults and are free for children under 12.

For more information, visit northwindboatexpo.example.
"""
GOLD["boat_expo"] = [
    ("announced", "the organisers", "The Northwind Boat Expo will return to Halverson Pier from May 14 to May 17"),
    ("said", "Marnie Kowalczyk, Director of the Northwind Boat Expo", "Electric motors were the talk of last year's show"),
]
NOT_REPORTS["boat_expo"] = ["More than 250 exhibitors will show sailing boats, kayaks and electric outboard motors.", "Tickets cost $18 for adults and are free for children under 12.", "For more information, visit northwindboatexpo.example."]
SPEAKERS["boat_expo"] = []

ARTICLES["plant_fire"] = """Grisewood Chemicals Statement on Ashbury Plant Fire

ASHBURY, England, June 30, 2026 /Wirefold Newsdesk/ -- In a statement, Grisewood Chemicals said that no employees were hurt in a fire at its Ashbury plant on Monday night.

The fire started in a storage building and was put out by 2 a.m.

The company said it was working with the fire service to find the cause.

Production at the plant has been suspended.

Grisewood Chemicals makes coatings and adhesives for the construction industry.
"""
GOLD["plant_fire"] = [
    ("said", "Grisewood Chemicals", "no employees were hurt in a fire at its Ashbury plant on Monday night"),
    ("said", "The company", "it was working with the fire service to find the cause"),
]
NOT_REPORTS["plant_fire"] = ["The fire started in a storage building and was put out by 2 a.m.", "Production at the plant has been suspended.", "Grisewood Chemicals makes coatings and adhesives for the construction industry."]
SPEAKERS["plant_fire"] = [("said", "The company", "Grisewood Chemicals", "it was working")]

ARTICLES["repair_survey"] = """Four in Ten Drivers Have No Savings for Car Repairs, Survey Shows

NORWICH, England, Sept. 8, 2026 /Clearcast Wire/ -- A survey of 2,000 drivers commissioned by Larchmont Insurance found that 41 percent had no savings set aside for car repairs.

"A broken clutch should not push a family into debt," said Owain Pritchard, Head of Motor Insurance at Larchmont.

The survey was conducted online by Pollwright between March 4 and March 11.

Larchmont Insurance is authorised and regulated by the Financial Conduct Authority.
"""
GOLD["repair_survey"] = [
    ("found", "A survey of 2,000 drivers commissioned by Larchmont Insurance", "41 percent had no savings set aside for car repairs"),
    ("said", "Owain Pritchard, Head of Motor Insurance at Larchmont", "A broken clutch should not push a family into debt"),
]
NOT_REPORTS["repair_survey"] = ["The survey was conducted online by Pollwright between March 4 and March 11.", "Larchmont Insurance is authorised and regulated by the Financial Conduct Authority."]
SPEAKERS["repair_survey"] = []

ARTICLES["bridge_closure"] = """Harbour Street Bridge to Close for Repairs

MARLOW BAY, Calif., July 21, 2026 /Civicwire/ -- The City of Marlow Bay today announced that the Harbour Street bridge will close for repairs from August 3.

Drivers will be diverted along Cannery Road.

"The bridge deck is 70 years old and the work cannot wait," said Mayor Philippa Arnaud.

The work is expected to take eleven weeks.

Residents can sign up for closure updates at marlowbay.example/bridge.
"""
GOLD["bridge_closure"] = [
    ("announced", "The City of Marlow Bay", "the Harbour Street bridge will close for repairs from August 3"),
    ("said", "Mayor Philippa Arnaud", "The bridge deck is 70 years old and the work cannot wait"),
    ("expected", "", "The work"),
]
NOT_REPORTS["bridge_closure"] = ["Drivers will be diverted along Cannery Road.", "Residents can sign up for closure updates at marlowbay.example/bridge."]
SPEAKERS["bridge_closure"] = []

ARTICLES["safe_harbor"] = """Corvane Semiconductor Raises Full-Year Outlook

SAN JOSE, Calif., Oct. 28, 2026 /Ticker Relay/ -- Corvane Semiconductor Inc. today reported third-quarter revenue of $312 million and raised its outlook for the full year.

"Demand from car makers picked up faster than we planned," said Lionel Baptiste, Chief Financial Officer of Corvane Semiconductor.

Safe Harbor Statement

This press release contains forward-looking statements, including statements about future revenue and margins.

Words such as "expects," "believes" and "anticipates" identify forward-looking statements.

These statements are subject to risks and uncertainties described in the company's annual report.
"""
GOLD["safe_harbor"] = [
    ("reported", "Corvane Semiconductor Inc.", "third-quarter revenue of $312 million"),
    ("said", "Lionel Baptiste, Chief Financial Officer of Corvane Semiconductor", "Demand from car makers picked up faster than we planned"),
]
NOT_REPORTS["safe_harbor"] = ["This press release contains forward-looking statements, including statements about future revenue and margins.", "Words such as \"expects,\" \"believes\" and \"anticipates\" identify forward-looking statements.", "These statements are subject to risks and uncertainties described in the company's annual report."]
SPEAKERS["safe_harbor"] = []

ARTICLES["council_software"] = """Mapleford Council Moves Planning Applications Online With Tessaly

BRISTOL, England, May 19, 2026 /Clearcast Wire/ -- Tessaly, the public sector software company, today said that Mapleford District Council had moved all planning applications to its online portal.

"We used to post paper plans to twelve consultees for every application," said Harriet Osei, Planning Services Manager at Mapleford District Council.

Osei said the council now decides most householder applications within five weeks.

Tessaly serves 60 councils in England and Wales.

###
"""
GOLD["council_software"] = [
    ("said", "Tessaly, the public sector software company", "Mapleford District Council had moved all planning applications to its online portal"),
    ("said", "Harriet Osei, Planning Services Manager at Mapleford District Council", "We used to post paper plans to twelve consultees for every application"),
    ("said", "Osei", "the council now decides most householder applications within five weeks"),
]
NOT_REPORTS["council_software"] = ["Tessaly serves 60 councils in England and Wales.", "###"]
SPEAKERS["council_software"] = [("said", "Osei", "Harriet Osei", "the council")]

ARTICLES["hotel_opening"] = """Lanterne Hotels Opens First Property in Lisbon

LISBON, Portugal, April 2, 2026 /Newsgate Wire/ -- Lanterne Hotels today opened its first hotel in Portugal, a 120-room property in the Alfama district.

The hotel features a rooftop bar, a spa and a restaurant run by chef Duarte Vilaça.

"Lisbon guests want a quiet room within walking distance of everything," said Sofia Renwick, Senior Vice President of Development, Europe, at Lanterne Hotels.

Rooms start at 210 euros a night.

Photo - https://media.lanternehotels.example/lisbon-rooftop.jpg
"""
GOLD["hotel_opening"] = [
    ("said", "Sofia Renwick, Senior Vice President of Development, Europe, at Lanterne Hotels", "Lisbon guests want a quiet room within walking distance of everything"),
]
NOT_REPORTS["hotel_opening"] = ["The hotel features a rooftop bar, a spa and a restaurant run by chef Duarte Vilaça.", "Rooms start at 210 euros a night.", "Photo - https://media.lanternehotels.example/lisbon-rooftop.jpg"]
SPEAKERS["hotel_opening"] = []

ARTICLES["trial_results"] = """Calderon Therapeutics Announces Positive Results From Phase 2 Trial of CT-114

CAMBRIDGE, Mass., Dec. 1, 2026 /Ticker Relay/ -- Calderon Therapeutics today announced that its drug CT-114 reduced flare-ups of eczema by 58 percent in a Phase 2 trial of 240 adults.

"These results support moving CT-114 into a larger trial next year," said Dr. Mireille Oyelaran, Chief Scientific Officer of Calderon Therapeutics.

The most common side effect was mild headache.

CT-114 is an investigational drug and has not been approved by any regulatory authority.
"""
GOLD["trial_results"] = [
    ("announced", "Calderon Therapeutics", "its drug CT-114 reduced flare-ups of eczema by 58 percent in a Phase 2 trial of 240 adults"),
    ("said", "Dr. Mireille Oyelaran, Chief Scientific Officer of Calderon Therapeutics", "These results support moving CT-114 into a larger trial next year"),
]
NOT_REPORTS["trial_results"] = ["The most common side effect was mild headache.", "CT-114 is an investigational drug and has not been approved by any regulatory authority."]
SPEAKERS["trial_results"] = []

ARTICLES["hosepipe"] = """Elstree Water Introduces Hosepipe Ban From Friday

WATFORD, England, Aug. 5, 2026 /Safetywire/ -- Elstree Water said on Tuesday that a hosepipe ban would begin on Friday for its 1.8 million customers.

Reservoir levels have fallen to 54 percent of capacity.

"We do not take this step lightly," said Jonathan Ayre-Mendes, Director of Water Resources at Elstree Water.

He said the ban would stay in place until reservoirs recovered.

Customers can find out what the ban covers at elstreewater.example/hosepipe.
"""
GOLD["hosepipe"] = [
    ("said", "Elstree Water", "a hosepipe ban would begin on Friday for its 1.8 million customers"),
    ("said", "Jonathan Ayre-Mendes, Director of Water Resources at Elstree Water", "We do not take this step lightly"),
    ("said", "He", "the ban would stay in place until reservoirs recovered"),
]
NOT_REPORTS["hosepipe"] = ["Reservoir levels have fallen to 54 percent of capacity.", "Customers can find out what the ban covers at elstreewater.example/hosepipe."]
SPEAKERS["hosepipe"] = [("said", "He", "Jonathan Ayre-Mendes", "the ban")]

ARTICLES["payroll_partner"] = """Brisket & Bramble Restaurants Chooses Payvane for Payroll

NASHVILLE, Tenn., Jan. 13, 2026 /Brightpost Wire/ -- Payvane, a payroll platform for hospitality businesses, today announced that Brisket & Bramble Restaurants will run payroll for its 1,900 employees on Payvane.

According to Ivo Brandt, Head of Product at Payvane, restaurant staff can now see their tips on the day they earn them.

Payvane is used by more than 4,000 restaurants and bars in the United States.

Payvane is a registered trademark of Payvane Inc.
"""
GOLD["payroll_partner"] = [
    ("announced", "Payvane, a payroll platform for hospitality businesses", "Brisket & Bramble Restaurants will run payroll for its 1,900 employees on Payvane"),
    ("According", "Ivo Brandt, Head of Product at Payvane", "restaurant staff can now see their tips on the day they earn them"),
]
NOT_REPORTS["payroll_partner"] = ["Payvane is used by more than 4,000 restaurants and bars in the United States.", "Payvane is a registered trademark of Payvane Inc."]
SPEAKERS["payroll_partner"] = []

ARTICLES["solar_roofs"] = """Halcyon Roofing Completes 10,000th Solar Installation

PHOENIX, June 11, 2026 /Newsgate Wire/ -- Halcyon Roofing today announced that it had completed its 10,000th residential solar installation in Arizona.

"Ten years ago most of our customers had never seen a solar tile," said Ramon Ellery-Baines, founder and Chief Executive Officer of Halcyon Roofing.

The company said it would plant a tree for every installation this year.

Halcyon Roofing is a licensed contractor with offices in Phoenix, Tucson and Flagstaff.

Contact: Mia Trent | 602-555-0174 | mia@halcyonroofing.example
"""
GOLD["solar_roofs"] = [
    ("announced", "Halcyon Roofing", "it had completed its 10,000th residential solar installation in Arizona"),
    ("said", "Ramon Ellery-Baines, founder and Chief Executive Officer of Halcyon Roofing", "Ten years ago most of our customers had never seen a solar tile"),
    ("said", "The company", "it would plant a tree for every installation this year"),
]
NOT_REPORTS["solar_roofs"] = ["Halcyon Roofing is a licensed contractor with offices in Phoenix, Tucson and Flagstaff.", "Contact: Mia Trent | 602-555-0174 | mia@halcyonroofing.example"]
SPEAKERS["solar_roofs"] = [("said", "The company", "Halcyon Roofing", "it would plant")]

ARTICLES["vineyard_award"] = """Ostrander Estate Wins Gold at Pacific Wine Awards

NAPA, Calif., Sept. 30, 2026 /Civicwire/ -- Ostrander Estate Winery was named Winery of the Year at the 2026 Pacific Wine Awards on Saturday.

Its 2023 Reserve Syrah also won a gold medal.

"Our growers deserve this more than anyone," said Celeste Ostrander-Wu, Winemaker and Co-Owner of Ostrander Estate.

The judges praised the Syrah's "dark fruit and long finish."

Ostrander Estate has farmed 80 acres in the Coombsville district since 1979.
"""
GOLD["vineyard_award"] = [
    ("said", "Celeste Ostrander-Wu, Winemaker and Co-Owner of Ostrander Estate", "Our growers deserve this more than anyone"),
    ("praised", "The judges", "the Syrah's \"dark fruit and long finish"),
]
NOT_REPORTS["vineyard_award"] = ["Its 2023 Reserve Syrah also won a gold medal.", "Ostrander Estate has farmed 80 acres in the Coombsville district since 1979."]
SPEAKERS["vineyard_award"] = []

ARTICLES["clinic_expansion"] = """Birchwell Dental Opens Three New Clinics

CARDIFF, Wales, Nov. 17, 2026 /Wirefold Newsdesk/ -- Birchwell Dental, which runs dental practices across South Wales, today announced the opening of three clinics in Newport, Bridgend and Barry.

The new clinics will accept NHS patients.

"Too many families here have waited years for a dentist," said Gareth Llewellyn-Shaw, Clinical Director of Birchwell Dental.

He said each clinic would employ six dentists.

Notes to editors: Birchwell Dental was founded in 2009 by two dentists from Swansea.
"""
GOLD["clinic_expansion"] = [
    ("announced", "Birchwell Dental, which runs dental practices across South Wales", "the opening of three clinics in Newport, Bridgend and Barry"),
    ("said", "Gareth Llewellyn-Shaw, Clinical Director of Birchwell Dental", "Too many families here have waited years for a dentist"),
    ("said", "He", "each clinic would employ six dentists"),
]
NOT_REPORTS["clinic_expansion"] = ["The new clinics will accept NHS patients.", "Notes to editors: Birchwell Dental was founded in 2009 by two dentists from Swansea."]
SPEAKERS["clinic_expansion"] = [("said", "He", "Gareth Llewellyn-Shaw", "each clinic")]
