# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the fifty-ninth session's check of world Englishes and wire house styles
(helper K), one or two per press: Indian and Pakistani dailies ('informed that', 'opined', 'told PTI', 'said while
speaking with journalists', 'Shri', 'Smt.', 'NEW DELHI:', a closing '-- PTI'), Nigerian and Ghanaian dailies
('disclosed', 'averred', 'said in a statement signed by', 'according to a statement made available to', 'Alhaji',
'Chief', 'Engr.', 'Barrister', 'Dr (Mrs)', 'Hon.', long offices set before the name), Kenyan and South African
papers and the African News Agency ('lamented', 'told this newspaper', '(ANA)'), Philippine, Singaporean and
Malaysian papers ('said in a mix of English and Filipino', 'told The Star', 'Datuk Seri', 'Tan Sri', a Bernama
dateline), Australian, New Zealand, Irish, Canadian and British papers ('quipped', 'maintained', 'noted'), and wire
copy of AFP, AP, Reuters and Xinhua (datelines with the agency in brackets, '(Writing by ...; Editing by ...)').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, an office and a title set before
a name are part of the source): per article, (a word of the cue, the source, the first content span) for each report
in ``GOLD``; the lines that report nothing in ``NOT_REPORTS`` (datelines with nothing said, credits, agency tags,
background); (cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, figure and
sentence is made up. Read by ``test_probe_findings_59_englishes``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["india_pti"] = """Flyover on Ring Road to open by Diwali, says PWD minister

NEW DELHI: The long-delayed flyover at Sarai Kale Chowk will be thrown open to traffic before Diwali, Delhi PWD Minister Shri Anil Rawat said on Tuesday.

"Only the lighting and the crash barriers remain. The structure itself is complete," Rawat told PTI after an inspection of the site.

Senior PWD officials informed that a load test of the main span had been carried out last week.

Local RWA president Smt. Kamla Sethi opined that the delay had cost commuters three years of jams.

The flyover was first sanctioned in 2019 at a cost of Rs 410 crore.

-- PTI
"""
GOLD["india_pti"] = [
    ("said", "Delhi PWD Minister Shri Anil Rawat", "The long-delayed flyover at Sarai Kale Chowk will be thrown open to traffic before Diwali"),
    ("told", "Rawat", "Only the lighting and the crash barriers remain. The structure itself is complete"),
    ("informed", "Senior PWD officials", "a load test of the main span had been carried out last week"),
    ("opined", "Local RWA president Smt. Kamla Sethi", "the delay had cost commuters three years of jams"),
]
NOT_REPORTS["india_pti"] = ["The flyover was first sanctioned in 2019 at a cost of Rs 410 crore.", "-- PTI"]

ARTICLES["india_wire"] = """Farmers' body to hold rally over crop insurance dues

Chandigarh, Apr 9 (PTI) The Bharatiya Kisan Sangathan on Wednesday announced that it would hold a rally in Chandigarh on April 21 to press for pending crop insurance claims.

Union leader Gurnam Singh Dhillon stated that over 60,000 claims from the last kharif season were yet to be settled.

"The companies collect the premium on time but find a hundred excuses when the crop fails," he alleged while speaking to reporters.

A senior official of the state agriculture department, who did not wish to be named, said that most claims would be cleared by the end of the month.

The rally will begin from the Sector 25 ground.

PTI GSD RT
"""
GOLD["india_wire"] = [
    ("announced", "The Bharatiya Kisan Sangathan", "it would hold a rally in Chandigarh on April 21 to press for pending crop insurance claims"),
    ("stated", "Union leader Gurnam Singh Dhillon", "over 60,000 claims from the last kharif season were yet to be settled"),
    ("alleged", "he", "The companies collect the premium on time but find a hundred excuses when the crop fails"),
    ("said", "A senior official of the state agriculture department, who did not wish to be named", "most claims would be cleared by the end of the month"),
]
NOT_REPORTS["india_wire"] = ["The rally will begin from the Sector 25 ground.", "PTI GSD RT"]
SPEAKERS["india_wire"] = [("alleged", "he", "Gurnam Singh Dhillon", "The companies")]

ARTICLES["india_city"] = """Stray dog bites rise in city, civic body plans sterilisation drive

BENGALURU: Over 11,000 cases of dog bites were reported in the city in the first three months of the year, according to data shared by the health department.

Speaking to The Hindu, the BBMP's chief veterinary officer Dr. K. Prakash Rao said that the sterilisation drive would be expanded to all eight zones from May.

He noted that the number of animal birth control centres had been raised from six to ten.

Animal welfare activist Priya Menon, however, maintained that culling or relocation was no answer.

The BBMP had conducted its last dog census in 2023.
"""
GOLD["india_city"] = [
    ("according to", "data shared by the health department", "Over 11,000 cases of dog bites were reported in the city in the first three months of the year"),
    ("said", "the BBMP's chief veterinary officer Dr. K. Prakash Rao", "the sterilisation drive would be expanded to all eight zones from May"),
    ("noted", "He", "the number of animal birth control centres had been raised from six to ten"),
    ("maintained", "Animal welfare activist Priya Menon", "culling or relocation was no answer"),
]
NOT_REPORTS["india_city"] = ["The BBMP had conducted its last dog census in 2023."]
SPEAKERS["india_city"] = [("noted", "He", "K. Prakash Rao", "the number")]

ARTICLES["pakistan"] = """Gas supply to industry to be cut for two weeks

ISLAMABAD: The government has decided to suspend gas supply to non-export industries for two weeks to meet domestic demand during the cold spell, Minister for Energy Sardar Awais Leghari said on Thursday.

Talking to journalists after a meeting of the cabinet committee, the minister said that households would be given priority over all other consumers.

"We have no other option at this stage," the minister was quoted as saying by state media.

The All Pakistan Textile Mills Association termed the decision "disastrous" for its members.

Pakistan imports about a quarter of its gas as LNG.
"""
GOLD["pakistan"] = [
    ("said", "Minister for Energy Sardar Awais Leghari", "The government has decided to suspend gas supply to non-export industries for two weeks to meet domestic demand during the cold spell"),
    ("said", "the minister", "households would be given priority over all other consumers"),
    ("saying", "the minister", "We have no other option at this stage"),
    ("termed", "The All Pakistan Textile Mills Association", "the decision \"disastrous\" for its members"),
]
NOT_REPORTS["pakistan"] = ["Pakistan imports about a quarter of its gas as LNG."]

ARTICLES["pakistan_city"] = """Lahore traffic police launch drive against one-wheeling

LAHORE: The City Traffic Police have impounded 320 motorcycles in a week-long crackdown on one-wheeling, CTO Lahore Ammara Athar said.

While speaking with journalists at her office, she said that parents of underage riders would also be fined.

A spokesman for the traffic police disclosed that special squads had been posted on The Mall and Canal Road.

Road safety campaigner Dr. Imran Qureshi lamented that such drives ended as soon as the media lost interest.
"""
GOLD["pakistan_city"] = [
    ("said", "CTO Lahore Ammara Athar", "The City Traffic Police have impounded 320 motorcycles in a week-long crackdown on one-wheeling"),
    ("said", "she", "parents of underage riders would also be fined"),
    ("disclosed", "A spokesman for the traffic police", "special squads had been posted on The Mall and Canal Road"),
    ("lamented", "Road safety campaigner Dr. Imran Qureshi", "such drives ended as soon as the media lost interest"),
]
NOT_REPORTS["pakistan_city"] = []
SPEAKERS["pakistan_city"] = [("said", "she", "Ammara Athar", "parents")]

ARTICLES["nigeria_statement"] = """FG okays N42bn for rehabilitation of Kano-Maiduguri road

The Federal Government has approved N42 billion for the rehabilitation of the Kano-Maiduguri highway, the Ministry of Works has said.

This was contained in a statement signed by the ministry's Director of Press, Mrs Folake Adeyemi, and made available to journalists in Abuja on Sunday.

According to the statement, the Minister of Works, Engr. Musa Danjuma, said the contractor had been directed to return to site within two weeks.

Danjuma averred that the ministry would not tolerate any further delay on the project.

The Chairman of the Senate Committee on Works, Senator Ibrahim Gaya, commended the approval, describing it as long overdue.

The road links Kano to the North-East.
"""
GOLD["nigeria_statement"] = [
    ("said", "the Ministry of Works", "The Federal Government has approved N42 billion for the rehabilitation of the Kano-Maiduguri highway"),
    ("According to", "the statement", "the Minister of Works, Engr. Musa Danjuma, said the contractor had been directed to return to site within two weeks"),
    ("averred", "Danjuma", "the ministry would not tolerate any further delay on the project"),
    ("describing", "The Chairman of the Senate Committee on Works, Senator Ibrahim Gaya", "it as long overdue"),
]
NOT_REPORTS["nigeria_statement"] = ["The road links Kano to the North-East."]

ARTICLES["nigeria_house"] = """Reps probe N9bn school feeding contract

The House of Representatives has begun an investigation into the award of a N9 billion contract for the school feeding programme in six states.

Chairman of the House Committee on Public Accounts, Hon. Bamidele Salami, said on Tuesday that the committee had found no evidence that the meals were served.

A member of the committee, Barrister Chinedu Okafor, disclosed that some of the schools listed in the contract did not exist.

But the Permanent Secretary of the ministry, Dr (Mrs) Halima Abdullahi, insisted that all payments followed due process.

Alhaji Sani Bello, a contractor who appeared before the committee, told this newspaper that he had not been paid since 2022.

The hearing continues on Thursday.
"""
GOLD["nigeria_house"] = [
    ("said", "Chairman of the House Committee on Public Accounts, Hon. Bamidele Salami", "the committee had found no evidence that the meals were served"),
    ("disclosed", "A member of the committee, Barrister Chinedu Okafor", "some of the schools listed in the contract did not exist"),
    ("insisted", "the Permanent Secretary of the ministry, Dr (Mrs) Halima Abdullahi", "all payments followed due process"),
    ("told", "Alhaji Sani Bello, a contractor who appeared before the committee", "he had not been paid since 2022"),
]
NOT_REPORTS["nigeria_house"] = ["The hearing continues on Thursday."]

ARTICLES["nigeria_chief"] = """Ogun monarchs back new land use law

Traditional rulers in Ogun State have thrown their weight behind the state's new land use law, according to a statement made available to PUNCH on Monday.

The chairman of the state Council of Obas, Oba Adekunle Aderemi, said the law would end the activities of land grabbers popularly known as omo onile.

A community leader in Ifo, Chief Olumide Bankole, however averred that the law gave too much power to the government.

"We are not against order, we are against our land being taken without compensation," Bankole said.

The law was signed in January.
"""
GOLD["nigeria_chief"] = [
    ("according to", "a statement made available to PUNCH on Monday", "Traditional rulers in Ogun State have thrown their weight behind the state's new land use law"),
    ("said", "The chairman of the state Council of Obas, Oba Adekunle Aderemi", "the law would end the activities of land grabbers popularly known as omo onile"),
    ("averred", "A community leader in Ifo, Chief Olumide Bankole", "the law gave too much power to the government"),
    ("said", "Bankole", "We are not against order, we are against our land being taken without compensation"),
]
NOT_REPORTS["nigeria_chief"] = ["The law was signed in January."]

ARTICLES["ghana"] = """Fishermen protest premix fuel shortage

Fishermen in the Central Region have threatened to stop work if the shortage of premix fuel is not resolved within a week.

The chief fisherman of Elmina, Nana Kweku Ansah, told this newspaper that canoes had been idle for nearly a month.

The Member of Parliament for Komenda-Edina-Eguafo-Abrem, Hon. Samuel Atta Mills, said he had raised the matter with the Fisheries Minister.

The National Premix Fuel Secretariat explained that a delayed shipment had caused the shortage.

Asked whether the fuel would arrive soon, one fishmonger quipped that they had heard "soon" since Christmas.
"""
GOLD["ghana"] = [
    ("threatened", "Fishermen in the Central Region", "to stop work if the shortage of premix fuel is not resolved within a week"),
    ("told", "The chief fisherman of Elmina, Nana Kweku Ansah", "canoes had been idle for nearly a month"),
    ("said", "The Member of Parliament for Komenda-Edina-Eguafo-Abrem, Hon. Samuel Atta Mills", "he had raised the matter with the Fisheries Minister"),
    ("explained", "The National Premix Fuel Secretariat", "a delayed shipment had caused the shortage"),
    ("quipped", "one fishmonger", "they had heard \"soon\" since Christmas"),
]
NOT_REPORTS["ghana"] = []

ARTICLES["kenya"] = """Tea farmers decry delayed bonus payments

Tea farmers in Kericho have lamented that their annual bonus has not been paid three months after it was announced.

Speaking at Kapsoit market, farmers' representative Joseph Langat said many growers could not pay school fees for the new term.

"We deliver our leaf every day, but when it is time to be paid, there is always a problem," Langat told the Nation.

The Kenya Tea Development Agency said in a statement that payments would be made by the end of the month.

Kericho Governor Erick Mutai urged the agency to explain the delay to farmers directly.
"""
GOLD["kenya"] = [
    ("lamented", "Tea farmers in Kericho", "their annual bonus has not been paid three months after it was announced"),
    ("said", "farmers' representative Joseph Langat", "many growers could not pay school fees for the new term"),
    ("told", "Langat", "We deliver our leaf every day, but when it is time to be paid, there is always a problem"),
    ("said", "The Kenya Tea Development Agency", "payments would be made by the end of the month"),
    ("urged", "Kericho Governor Erick Mutai", "the agency to explain the delay to farmers directly"),
]
NOT_REPORTS["kenya"] = []

ARTICLES["kenya_court"] = """Court halts demolition of Kibera kiosks

NAIROBI, Kenya — The High Court has suspended the planned demolition of about 400 kiosks along the railway line in Kibera pending the hearing of a petition by traders.

Justice Lucy Mwangi directed that the traders be given written notice of any future relocation.

Lawyer for the traders, Mr. Peter Odhiambo, submitted that the traders had occupied the land with the railway corporation's permission since 2010.

The Kenya Railways Corporation, through its advocate, argued that the land was needed for a new commuter station.

The matter will be mentioned on June 4.
"""
GOLD["kenya_court"] = [
    ("directed", "Justice Lucy Mwangi", "the traders be given written notice of any future relocation"),
    ("submitted", "Lawyer for the traders, Mr. Peter Odhiambo", "the traders had occupied the land with the railway corporation's permission since 2010"),
    ("argued", "The Kenya Railways Corporation", "the land was needed for a new commuter station"),
]
NOT_REPORTS["kenya_court"] = ["The matter will be mentioned on June 4."]

ARTICLES["south_africa_ana"] = """Metro police crack down on illegal taxi ranks

Cape Town - The City of Cape Town says it has shut down 14 illegal taxi ranks in the southern suburbs since the start of the month.

Mayoral committee member for safety and security JP Smith said the operation would continue until the end of the year.

"Residents have complained about these ranks for years and we are responding," Smith said.

The Cape Amalgamated Taxi Association, however, said the city had not consulted operators before the raids.

African News Agency (ANA)
"""
GOLD["south_africa_ana"] = [
    ("says", "The City of Cape Town", "it has shut down 14 illegal taxi ranks in the southern suburbs since the start of the month"),
    ("said", "Mayoral committee member for safety and security JP Smith", "the operation would continue until the end of the year"),
    ("said", "Smith", "Residents have complained about these ranks for years and we are responding"),
    ("said", "The Cape Amalgamated Taxi Association", "the city had not consulted operators before the raids"),
]
NOT_REPORTS["south_africa_ana"] = ["African News Agency (ANA)"]

ARTICLES["south_africa"] = """Water tariffs in Tshwane to rise by 9%

Tshwane residents will pay 9% more for water from July, the city's MMC for utilities, Themba Mokoena, announced on Wednesday.

Mokoena told the council that the increase was needed to fix ageing pipes that lose a third of the city's water.

The DA caucus leader in the council, Ms Lindiwe Dube, noted that the city had failed to spend its repair budget for two years running.

Residents in Mamelodi told The Star that they often went days without water at all.
"""
GOLD["south_africa"] = [
    ("announced", "the city's MMC for utilities, Themba Mokoena", "Tshwane residents will pay 9% more for water from July"),
    ("told", "Mokoena", "the increase was needed to fix ageing pipes that lose a third of the city's water"),
    ("noted", "The DA caucus leader in the council, Ms Lindiwe Dube", "the city had failed to spend its repair budget for two years running"),
    ("told", "Residents in Mamelodi", "they often went days without water at all"),
]
NOT_REPORTS["south_africa"] = []

ARTICLES["philippines"] = """Senator seeks probe into rice smuggling

MANILA — Sen. Ramon Villanueva on Monday filed a resolution seeking a Senate inquiry into the smuggling of rice through the ports of Manila and Subic.

"Our farmers are losing because of these smugglers. Hindi na ito puwede," Villanueva said in a mix of English and Filipino.

The Bureau of Customs said it had seized 120 containers of misdeclared rice since January.

Agriculture Secretary Engr. Dante Ramos, for his part, assured that the country had enough rice stocks until the next harvest.

The price of regular milled rice stands at P48 per kilo.
"""
GOLD["philippines"] = [
    ("said", "Villanueva", "Our farmers are losing because of these smugglers. Hindi na ito puwede"),
    ("said", "The Bureau of Customs", "it had seized 120 containers of misdeclared rice since January"),
    ("assured", "Agriculture Secretary Engr. Dante Ramos", "the country had enough rice stocks until the next harvest"),
]
NOT_REPORTS["philippines"] = ["The price of regular milled rice stands at P48 per kilo."]

ARTICLES["philippines_town"] = """Town to ban single-use plastics in public markets

The municipal government of San Mateo will ban single-use plastic bags in its two public markets starting June 1, Mayor Cristina Dizon announced.

In an interview with reporters, Dizon said vendors had been given six months to prepare for the change.

Vendors' association head Rogelio Santos noted that paper bags cost three times as much as plastic ones.

Violators will be fined P1,000 for the first offense.
"""
GOLD["philippines_town"] = [
    ("announced", "Mayor Cristina Dizon", "The municipal government of San Mateo will ban single-use plastic bags in its two public markets starting June 1"),
    ("said", "Dizon", "vendors had been given six months to prepare for the change"),
    ("noted", "Vendors' association head Rogelio Santos", "paper bags cost three times as much as plastic ones"),
]
NOT_REPORTS["philippines_town"] = ["Violators will be fined P1,000 for the first offense."]

ARTICLES["malaysia_bernama"] = """Govt to set up 50 more community clinics in Sabah

Kota Kinabalu, March 3 (Bernama) -- The government will build 50 more community clinics in rural Sabah under the next Malaysia Plan, said Health Minister Datuk Seri Dr Zulkifli Hamzah.

He said the clinics would be placed in districts where the nearest hospital was more than two hours away.

"This is about making sure no one is left behind because of where they live," he told reporters after visiting the Ranau district hospital today.

Also present was Sabah Health director Datuk Dr Maria Suleiman.

-- BERNAMA
"""
GOLD["malaysia_bernama"] = [
    ("said", "Health Minister Datuk Seri Dr Zulkifli Hamzah", "The government will build 50 more community clinics in rural Sabah under the next Malaysia Plan"),
    ("said", "He", "the clinics would be placed in districts where the nearest hospital was more than two hours away"),
    ("told", "he", "This is about making sure no one is left behind because of where they live"),
]
NOT_REPORTS["malaysia_bernama"] = ["Also present was Sabah Health director Datuk Dr Maria Suleiman.", "-- BERNAMA"]
SPEAKERS["malaysia_bernama"] = [("told", "he", "Zulkifli Hamzah", "This is about")]

ARTICLES["malaysia_star"] = """Penang hawkers worried over rising costs

GEORGE TOWN: Hawkers in Penang say they may have to raise prices again as the cost of cooking oil and chicken keeps climbing.

Penang Hawkers Association president Tan Sri Lim Boon Heng said about a fifth of its members were considering closing their stalls.

"Customers are already complaining about RM8 for a plate of char koay teow," a hawker at Chulia Street told The Star.

State local government committee chairman Jason Teoh said the state would review stall rentals at its food courts.
"""
GOLD["malaysia_star"] = [
    ("say", "Hawkers in Penang", "they may have to raise prices again as the cost of cooking oil and chicken keeps climbing"),
    ("said", "Penang Hawkers Association president Tan Sri Lim Boon Heng", "about a fifth of its members were considering closing their stalls"),
    ("told", "a hawker at Chulia Street", "Customers are already complaining about RM8 for a plate of char koay teow"),
    ("said", "State local government committee chairman Jason Teoh", "the state would review stall rentals at its food courts"),
]
NOT_REPORTS["malaysia_star"] = []

ARTICLES["singapore"] = """More lift upgrades for older HDB blocks, says minister

SINGAPORE - About 300 more HDB blocks will get new lifts under an expanded upgrading programme, National Development Minister Chee Hong Tat said on Feb 27.

Speaking during the debate on his ministry's budget, Mr Chee said priority would go to blocks with many elderly residents.

MP for Nee Soon GRC Louis Ng asked if residents would have to pay more for the upgrades.

Mr Chee replied that the Government would bear most of the cost.
"""
GOLD["singapore"] = [
    ("said", "National Development Minister Chee Hong Tat", "About 300 more HDB blocks will get new lifts under an expanded upgrading programme"),
    ("said", "Mr Chee", "priority would go to blocks with many elderly residents"),
    ("asked", "MP for Nee Soon GRC Louis Ng", "if residents would have to pay more for the upgrades"),
    ("replied", "Mr Chee", "the Government would bear most of the cost"),
]
NOT_REPORTS["singapore"] = []

ARTICLES["australia"] = """Council rejects plan for Bondi apartment tower

A plan for a 12-storey apartment block near Bondi Beach has been knocked back by Waverley Council, which said the building would overshadow the beach promenade.

Mayor Will Nemesh said the decision reflected the views of more than 2,000 residents who had lodged objections.

The developer, Coastline Property Group, said it was "disappointed" and would consider an appeal to the Land and Environment Court.

"We'll take it on the chin, but we're not done yet," a company spokesman quipped.

The site has been vacant since 2019.
"""
GOLD["australia"] = [
    ("said", "Mayor Will Nemesh", "the decision reflected the views of more than 2,000 residents who had lodged objections"),
    ("said", "The developer, Coastline Property Group", "it was \"disappointed\" and would consider an appeal to the Land and Environment Court"),
    ("quipped", "a company spokesman", "We'll take it on the chin, but we're not done yet"),
]
NOT_REPORTS["australia"] = ["The site has been vacant since 2019."]

ARTICLES["new_zealand"] = """Kiwifruit growers count cost of hail storm

Kiwifruit growers in the Bay of Plenty could lose up to $40 million after a hail storm shredded fruit on Saturday, the industry body says.

NZ Kiwifruit Growers chief executive Colin Bond told RNZ's Morning Report that some orchards had lost their entire crop.

"It's gut-wrenching for people who have worked all season for this," he said.

Agriculture Minister Todd McClay said the Government was ready to classify the storm as a medium-scale adverse event.
"""
GOLD["new_zealand"] = [
    ("says", "the industry body", "Kiwifruit growers in the Bay of Plenty could lose up to $40 million after a hail storm shredded fruit on Saturday"),
    ("told", "NZ Kiwifruit Growers chief executive Colin Bond", "some orchards had lost their entire crop"),
    ("said", "he", "It's gut-wrenching for people who have worked all season for this"),
    ("said", "Agriculture Minister Todd McClay", "the Government was ready to classify the storm as a medium-scale adverse event"),
]
NOT_REPORTS["new_zealand"] = []
SPEAKERS["new_zealand"] = [("said", "he", "Colin Bond", "It's gut")]

ARTICLES["ireland"] = """Bus Éireann to cut rural routes over driver shortage

Bus Éireann will suspend four rural routes in Co Mayo from next month because it cannot recruit enough drivers, the company has confirmed.

A spokeswoman said the routes would be restored "as soon as staffing allows".

Mayo TD Rose Conway-Walsh told the Dáil that the decision would leave older people in remote villages cut off.

The Minister for Transport maintained that the National Transport Authority was working with the company on a solution.
"""
GOLD["ireland"] = [
    ("confirmed", "the company", "Bus Éireann will suspend four rural routes in Co Mayo from next month because it cannot recruit enough drivers"),
    ("said", "A spokeswoman", "the routes would be restored \"as soon as staffing allows\""),
    ("told", "Mayo TD Rose Conway-Walsh", "the decision would leave older people in remote villages cut off"),
    ("maintained", "The Minister for Transport", "the National Transport Authority was working with the company on a solution"),
]
NOT_REPORTS["ireland"] = []

ARTICLES["canada_cp"] = """Nova Scotia to hire more nurses from overseas

HALIFAX — Nova Scotia plans to recruit 200 nurses from the Philippines and India over the next year, Premier Tim Houston said Thursday.

Houston told reporters the province was competing with every other jurisdiction in the country for health workers.

Nova Scotia Nurses' Union president Janet Hazelton said the plan did nothing to keep the nurses the province already had.

The province has about 1,400 nursing vacancies.

This report by The Canadian Press was first published March 12, 2026.
"""
GOLD["canada_cp"] = [
    ("said", "Premier Tim Houston", "Nova Scotia plans to recruit 200 nurses from the Philippines and India over the next year"),
    ("told", "Houston", "the province was competing with every other jurisdiction in the country for health workers"),
    ("said", "Nova Scotia Nurses' Union president Janet Hazelton", "the plan did nothing to keep the nurses the province already had"),
]
NOT_REPORTS["canada_cp"] = ["The province has about 1,400 nursing vacancies.", "This report by The Canadian Press was first published March 12, 2026."]

ARTICLES["britain"] = """Library closures 'a false economy', campaigners warn

Plans to close six branch libraries in Northamptonshire are "a false economy", campaigners have warned.

Friends of Kettering Library chairwoman Margaret Hale said the branches were the only warm, free place many older residents could go.

A council spokesman said no final decision had been made and that a consultation would run until May.

Councillor David Brook, the cabinet member for communities, acknowledged that the proposals were "painful".

The council must save £18m next year.
"""
GOLD["britain"] = [
    ("warned", "campaigners", "Plans to close six branch libraries in Northamptonshire are \"a false economy\""),
    ("said", "Friends of Kettering Library chairwoman Margaret Hale", "the branches were the only warm, free place many older residents could go"),
    ("said", "A council spokesman", "no final decision had been made and that a consultation would run until May"),
    ("acknowledged", "Councillor David Brook, the cabinet member for communities", "the proposals were \"painful\""),
]
NOT_REPORTS["britain"] = ["The council must save £18m next year."]

ARTICLES["afp"] = """Chile wildfire toll rises as winds fan flames

VALPARAISO, Chile (AFP) - The death toll from wildfires raging in central Chile rose to 19 on Sunday, officials said, as strong winds hampered efforts to bring the blazes under control.

"The next 48 hours will be decisive," Interior Minister Carolina Toha told reporters in Vina del Mar.

Firefighter Juan Pablo Rojas told AFP that whole streets had burned in less than an hour.

More than 1,100 homes have been destroyed, according to the national emergency service Senapred.

jr/md
"""
GOLD["afp"] = [
    ("said", "officials", "The death toll from wildfires raging in central Chile rose to 19 on Sunday"),
    ("told", "Interior Minister Carolina Toha", "The next 48 hours will be decisive"),
    ("told", "Firefighter Juan Pablo Rojas", "whole streets had burned in less than an hour"),
    ("according to", "the national emergency service Senapred", "More than 1,100 homes have been destroyed"),
]
NOT_REPORTS["afp"] = ["jr/md"]

ARTICLES["ap"] = """Nigeria's central bank raises interest rate again

LAGOS, Nigeria (AP) — Nigeria's central bank raised its benchmark interest rate by half a percentage point on Tuesday, saying inflation remained too high.

Governor Olayemi Cardoso told reporters in Abuja that the bank would do "whatever it takes" to bring prices down.

Economists said the increase would make borrowing harder for small businesses already hit by the weak naira.

"People are choosing between food and rent," said Adaeze Nwosu, a trader at Balogun market.

___

Associated Press writer Chinedu Asadu contributed from Abuja.
"""
GOLD["ap"] = [
    ("saying", "Nigeria's central bank", "inflation remained too high"),
    ("told", "Governor Olayemi Cardoso", "the bank would do \"whatever it takes\" to bring prices down"),
    ("said", "Economists", "the increase would make borrowing harder for small businesses already hit by the weak naira"),
    ("said", "Adaeze Nwosu, a trader at Balogun market", "People are choosing between food and rent"),
]
NOT_REPORTS["ap"] = ["Associated Press writer Chinedu Asadu contributed from Abuja."]

ARTICLES["reuters"] = """Kenya's shilling weakens as importers seek dollars

NAIROBI, May 6 (Reuters) - Kenya's shilling weakened on Tuesday due to increased dollar demand from oil and manufacturing importers, traders said.

"The demand is mainly from the energy sector, and inflows are thin," said a trader at a commercial bank.

The central bank said last week it had enough reserves to cover 4.5 months of imports.

(Reporting by Duncan Miriri; Editing by Alison Williams)
"""
GOLD["reuters"] = [
    ("said", "traders", "Kenya's shilling weakened on Tuesday due to increased dollar demand from oil and manufacturing importers"),
    ("said", "a trader at a commercial bank", "The demand is mainly from the energy sector, and inflows are thin"),
    ("said", "The central bank", "it had enough reserves to cover 4.5 months of imports"),
]
NOT_REPORTS["reuters"] = ["(Reporting by Duncan Miriri; Editing by Alison Williams)"]

ARTICLES["xinhua"] = """China to expand rural pension coverage

BEIJING, March 5 (Xinhua) -- China will raise the minimum basic pension for rural and non-working urban residents by 20 yuan a month this year, according to a government work report submitted to the national legislature on Wednesday.

The report noted that more than 170 million elderly people would benefit from the increase.

Zhang Wei, a professor at Renmin University of China, said the move showed the government's attention to people's livelihoods.

Enditem
"""
GOLD["xinhua"] = [
    ("according to", "a government work report submitted to the national legislature on Wednesday", "China will raise the minimum basic pension for rural and non-working urban residents by 20 yuan a month this year"),
    ("noted", "The report", "more than 170 million elderly people would benefit from the increase"),
    ("said", "Zhang Wei, a professor at Renmin University of China", "the move showed the government's attention to people's livelihoods"),
]
NOT_REPORTS["xinhua"] = ["Enditem"]

# written after the mends, to probe the mended shapes in other words: a one-word dateline with a colon that
# the NER takes for a body, 'for its part' on a subject, an amount opened by 'about' or 'around' after a verb
# of saying, a role right before a name with no comma, a two-word Malaysian title, a police rank's initials

ARTICLES["india_mysuru"] = """Dasara crowds: city police to deploy drones

MYSURU: Around 4,000 police personnel will be on duty during the Dasara procession this year, Mysuru City Police Commissioner Seema Latkar said on Friday.

The district's deputy commissioner Lakshmikant Reddy said around 300 CCTV cameras had been installed along the procession route.

ACP Mahesh Gowda noted that drones would be used for the first time to monitor crowds.

The procession is held on Vijayadashami day.
"""
GOLD["india_mysuru"] = [
    ("said", "Mysuru City Police Commissioner Seema Latkar", "Around 4,000 police personnel will be on duty during the Dasara procession this year"),
    ("said", "The district's deputy commissioner Lakshmikant Reddy", "around 300 CCTV cameras had been installed along the procession route"),
    ("noted", "ACP Mahesh Gowda", "drones would be used for the first time to monitor crowds"),
]
NOT_REPORTS["india_mysuru"] = ["The procession is held on Vijayadashami day."]
SPEAKERS["india_mysuru"] = [("noted", "ACP Mahesh Gowda", "Mahesh Gowda", "drones")]

ARTICLES["nigeria_police"] = """Police rescue 14 kidnapped travellers in Kogi

The Kogi State Police Command says its operatives have rescued 14 travellers abducted along the Lokoja-Abuja highway.

The command's spokesperson, SP Williams Aya, said about half of the victims were traders returning from Abuja.

The Federal Road Safety Corps, for its part, urged motorists to avoid travelling at night.

A relative of one of the victims told our correspondent that the family had been asked to pay N5 million.
"""
GOLD["nigeria_police"] = [
    ("says", "The Kogi State Police Command", "its operatives have rescued 14 travellers abducted along the Lokoja-Abuja highway"),
    ("said", "The command's spokesperson, SP Williams Aya", "about half of the victims were traders returning from Abuja"),
    ("urged", "The Federal Road Safety Corps", "motorists to avoid travelling at night"),
    ("told", "A relative of one of the victims", "the family had been asked to pay N5 million"),
]
NOT_REPORTS["nigeria_police"] = []

ARTICLES["malaysia_tansri"] = """Rubber smallholders want price floor raised

KUALA LUMPUR: The Malaysian Rubber Smallholders Council has urged the government to raise the price floor for latex to RM4 a kilogramme.

Its chairman Tan Sri Osman Rahim said about a third of smallholders had stopped tapping because prices no longer covered their costs.

"Many of our members are elderly and have no other income," he told The Star.

Plantation and Commodities Minister Datuk Seri Johari Ghani, for his part, maintained that the current floor was adequate.
"""
GOLD["malaysia_tansri"] = [
    ("urged", "The Malaysian Rubber Smallholders Council", "the government to raise the price floor for latex to RM4 a kilogramme"),
    ("said", "Its chairman Tan Sri Osman Rahim", "about a third of smallholders had stopped tapping because prices no longer covered their costs"),
    ("told", "he", "Many of our members are elderly and have no other income"),
    ("maintained", "Plantation and Commodities Minister Datuk Seri Johari Ghani", "the current floor was adequate"),
]
NOT_REPORTS["malaysia_tansri"] = []
SPEAKERS["malaysia_tansri"] = [("told", "he", "Osman Rahim", "Many of")]
