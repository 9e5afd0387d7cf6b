# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fourteen short articles written for the fifty-fifth session's red team (helper rt), in the registers
humanitarian and human-rights analysts read (a UN agency situation update, an NGO report release, a wire
story on a cholera outbreak, a flood, an earthquake, a refugee-camp feature with unnamed witnesses, a
ministry casualty briefing, a rights group's allegations and the government's denial, a court ruling on
detention, a famine early-warning bulletin, an aid convoy with military spokespeople, a relief agency's press
release, an interview through an interpreter and a correction notice), with their reporting forms ('according
to figures from', 'the agency said in a statement', 'X estimates that', 'a report released on Tuesday found',
'put the toll at', 'told Reuters on condition of anonymity', 'warned', 'urged', 'called for', 'denied',
'dismissed the claims as', a nested 'said residents had told him that'). The gold is written by hand: (a word
of the cue, the source, the first content span) per attribution. Every name, place, figure and sentence is
made up. Read by ``test_probe_findings_55_rt``; ``NOT_REPORTS`` holds lines that report nothing, ``NESTED``
the reports another report holds, ``STILL_WRONG`` the reports still missed or cut wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["ocha"] = """Fighting cuts aid routes in northern Varesh, UN says

Humanitarian access to northern Varesh province has fallen sharply since clashes resumed on 3 May, the UN Office for the Coordination of Humanitarian Affairs (OCHA) said in a situation update on Thursday.

OCHA estimates that 212,000 people have been displaced in the past three weeks, most of them women and children. About 40 percent are sheltering in schools and mosques, according to figures from the displacement tracking unit of the International Organization for Migration.

Two of the four roads into the province have been closed by fighting, the update said. Fuel prices in the provincial capital have tripled.

"We are now reaching fewer than half of the people we reached in April," said Hanne Lindqvist, the UN's humanitarian coordinator for Varesh. She urged all parties to allow safe passage for relief convoys.

The 2026 appeal for Varesh is 18 percent funded.
"""
GOLD["ocha"] = [
    ("said", "the UN Office for the Coordination of Humanitarian Affairs (OCHA)", "Humanitarian access to northern Varesh province has fallen sharply since clashes resumed on 3 May"),
    ("estimates", "OCHA", "212,000 people have been displaced in the past three weeks, most of them women and children"),
    ("according to", "figures from the displacement tracking unit of the International Organization for Migration", "About 40 percent are sheltering in schools and mosques"),
    ("said", "the update", "Two of the four roads into the province have been closed by fighting"),
    ("said", "Hanne Lindqvist, the UN's humanitarian coordinator for Varesh", "We are now reaching fewer than half of the people we reached in April"),
    ("urged", "She", "all parties to allow safe passage for relief convoys"),
]
NOT_REPORTS["ocha"] = ["Fuel prices in the provincial capital have tripled.", "The 2026 appeal for Varesh is 18 percent funded."]

ARTICLES["ngo"] = """Report accuses security forces of torturing detainees in Tal Marun

Security forces in the region of Tal Marun have routinely tortured detainees held without charge, a report released on Tuesday by the rights group Civic Watch found.

The 64-page report is based on interviews with 51 former detainees and relatives. Researchers documented beatings, electric shocks and mock executions in at least three detention centres.

"These are not the acts of a few rogue officers," the group's regional director, Samira Haddad, told the BBC. "They are a system."

Civic Watch called for an independent inquiry and for the release of all those held without charge. It also urged donor governments to suspend training programmes for the region's police.

A spokesman for the interior ministry, Karim Aziz, dismissed the claims as fabrications by groups with a political agenda. He denied that any detainee had been mistreated.

The ministry did not respond to a request for comment on the specific cases.
"""
GOLD["ngo"] = [
    ("found", "a report released on Tuesday by the rights group Civic Watch", "Security forces in the region of Tal Marun have routinely tortured detainees held without charge"),
    ("told", "the group's regional director, Samira Haddad", "These are not the acts of a few rogue officers"),
    ("called for", "Civic Watch", "an independent inquiry and for the release of all those held without charge"),
    ("urged", "It", "donor governments to suspend training programmes for the region's police"),
    ("dismissed", "A spokesman for the interior ministry, Karim Aziz", "the claims as fabrications by groups with a political agenda"),
    ("denied", "He", "any detainee had been mistreated"),
]
NOT_REPORTS["ngo"] = ["The 64-page report is based on interviews with 51 former detainees and relatives."]

ARTICLES["cholera"] = """Cholera spreads to three more districts as rains begin

KAMBELE, June 12 (Wire) - A cholera outbreak in eastern Dumara has spread to three more districts, health officials said on Wednesday, as the rainy season raised fears of a wider epidemic.

The health ministry put the toll at 87 deaths and 4,310 suspected cases since the outbreak was declared in April. Local media reported that two clinics in Kambele had run out of oral rehydration salts.

The World Health Organization warned that the outbreak could spread across the border if water and sanitation were not improved quickly. A WHO epidemiologist, Dr Pierre Mbala, said the case fatality rate of 2 percent was "far higher than it should be".

Officials told Reuters on condition of anonymity that a vaccination campaign planned for May had been delayed because doses had not arrived.

The outbreak is believed to have started at a fishing camp on Lake Oru.

Dumara last suffered a major cholera epidemic in 2017, when more than 1,200 people died.
"""
GOLD["cholera"] = [
    ("said", "health officials", "A cholera outbreak in eastern Dumara has spread to three more districts"),
    ("put", "The health ministry", "the toll at 87 deaths and 4,310 suspected cases since the outbreak was declared in April"),
    ("reported", "Local media", "two clinics in Kambele had run out of oral rehydration salts"),
    ("warned", "The World Health Organization", "the outbreak could spread across the border if water and sanitation were not improved quickly"),
    ("said", "A WHO epidemiologist, Dr Pierre Mbala", 'the case fatality rate of 2 percent was "far higher than it should be"'),
    ("told", "Officials", "a vaccination campaign planned for May had been delayed because doses had not arrived"),
]
NOT_REPORTS["cholera"] = ["Dumara last suffered a major cholera epidemic in 2017, when more than 1,200 people died."]

ARTICLES["camp"] = """In Beyla camp, mothers queue from dawn for water

The queue at the water point in Beyla camp starts forming before sunrise. By mid-morning it stretches past the clinic.

"Sometimes we wait six hours and the tank is empty when we reach it," said a mother of four who asked not to be named because her husband is still in the city. She said her youngest son had been sick with diarrhoea for a week.

Beyla was built for 20,000 people. Camp managers say it now holds nearly 48,000.

Abdi Warsame, 63, arrived three weeks ago after walking for nine days. He said armed men had burned the granaries in his village and taken the goats.

A camp official, who spoke on condition of anonymity because he was not authorised to talk to the press, said new arrivals were being registered at a rate of about 300 a day.

Aid workers fear that the camp's only latrine block will collapse when the rains come.

The UN refugee agency said it was trucking in 400,000 litres of water a day, about half of what is needed.
"""
GOLD["camp"] = [
    ("said", "a mother of four who asked not to be named because her husband is still in the city", "Sometimes we wait six hours and the tank is empty when we reach it"),
    ("said", "She", "her youngest son had been sick with diarrhoea for a week"),
    ("say", "Camp managers", "it now holds nearly 48,000"),
    ("said", "He", "armed men had burned the granaries in his village and taken the goats"),
    ("said", "A camp official, who spoke on condition of anonymity because he was not authorised to talk to the press", "new arrivals were being registered at a rate of about 300 a day"),
    ("fear", "Aid workers", "the camp's only latrine block will collapse when the rains come"),
    ("said", "The UN refugee agency", "it was trucking in 400,000 litres of water a day, about half of what is needed"),
]
NOT_REPORTS["camp"] = ["The queue at the water point in Beyla camp starts forming before sunrise.", "Beyla was built for 20,000 people."]

ARTICLES["quake"] = """Death toll from Sarvan earthquake rises to 340

The number of people killed in Sunday's earthquake in western Sarvan rose to 340 on Tuesday, the disaster management ministry said, as rescuers dug through the rubble of collapsed apartment blocks.

At least 1,900 people were injured, the ministry said in a statement. Deputy minister Leyla Orhan told a news conference in the capital that 60 people were still missing.

The magnitude 6.8 quake struck at 3.14 am local time, according to the national seismological institute.

The governor of Dagli province said residents had told him that whole villages in the hills had not yet been reached. "We are hearing from people who have had no water for two days," he said.

The Red Crescent said it had deployed 900 volunteers and set up field kitchens in four towns.

Engineers have warned that many of the buildings that collapsed were built before the 2004 building code.

Aftershocks continued through Monday night.
"""
GOLD["quake"] = [
    ("said", "the disaster management ministry", "The number of people killed in Sunday's earthquake in western Sarvan rose to 340 on Tuesday"),
    ("said", "the ministry", "At least 1,900 people were injured"),
    ("told", "Deputy minister Leyla Orhan", "60 people were still missing"),
    ("according to", "the national seismological institute", "The magnitude 6.8 quake struck at 3.14 am local time"),
    ("said", "The governor of Dagli province", "residents had told him that whole villages in the hills had not yet been reached"),
    ("said", "he", "We are hearing from people who have had no water for two days"),
    ("said", "The Red Crescent", "it had deployed 900 volunteers and set up field kitchens in four towns"),
    ("warned", "Engineers", "many of the buildings that collapsed were built before the 2004 building code"),
]
NOT_REPORTS["quake"] = ["Aftershocks continued through Monday night."]

ARTICLES["ministry"] = """Ministry gives first casualty figures for Tuesday's strikes

The health ministry said on Wednesday that 46 people had been killed and 130 wounded in air strikes on the city of Qaraz the previous day.

Ministry spokesman Dr Omar Saleh told reporters that 19 of the dead were children. He said three hospitals had been damaged and one had stopped admitting patients.

The figures could not be independently verified.

A separate count by the monitoring group Conflict Record put the number of dead at 58. The group said it had identified the victims by name through relatives and local medics.

The military said its strikes had targeted weapons depots and command centres. It accused fighters of storing arms in residential buildings.
"""
GOLD["ministry"] = [
    ("said", "The health ministry", "46 people had been killed and 130 wounded in air strikes on the city of Qaraz the previous day"),
    ("told", "Ministry spokesman Dr Omar Saleh", "19 of the dead were children"),
    ("said", "He", "three hospitals had been damaged and one had stopped admitting patients"),
    ("put", "A separate count by the monitoring group Conflict Record", "the number of dead at 58"),
    ("said", "The group", "it had identified the victims by name through relatives and local medics"),
    ("said", "The military", "its strikes had targeted weapons depots and command centres"),
    ("accused", "It", "fighters of storing arms in residential buildings"),
]
NOT_REPORTS["ministry"] = ["The figures could not be independently verified."]

ARTICLES["court"] = """Court orders release of activist held for 14 months without trial

The High Court in Moravi on Friday ordered the release of the land rights activist Teodor Balan, ruling that his detention without trial for 14 months was unlawful.

In a 40-page judgment, Justice Miriam Osei found that prosecutors had failed to bring any charge within the time the law allows. She wrote that the state had "treated a deadline as a suggestion".

Balan's lawyer, Ines Cardoso, said her client would be freed on Monday. "This is a victory for everyone who has been forgotten in a cell," she said outside the court.

The attorney general's office said it would study the ruling before deciding whether to appeal.

Rights groups have long argued that pre-trial detention is used to silence critics. Balan was arrested in March last year after leading a protest against a mining project.
"""
GOLD["court"] = [
    ("ruling", "The High Court in Moravi", "his detention without trial for 14 months was unlawful"),
    ("found", "Justice Miriam Osei", "prosecutors had failed to bring any charge within the time the law allows"),
    ("wrote", "She", 'the state had "treated a deadline as a suggestion"'),
    ("said", "Balan's lawyer, Ines Cardoso", "her client would be freed on Monday"),
    ("said", "she", "This is a victory for everyone who has been forgotten in a cell"),
    ("said", "The attorney general's office", "it would study the ruling before deciding whether to appeal"),
    ("argued", "Rights groups", "pre-trial detention is used to silence critics"),
]
NOT_REPORTS["court"] = ["Balan was arrested in March last year after leading a protest against a mining project."]

ARTICLES["famine"] = """Famine likely in parts of Ostra by September, early-warning network says

Parts of southern Ostra are likely to fall into famine by September unless aid reaches them, a famine early-warning network said in a bulletin on Monday.

The network projects that 1.4 million people will face emergency levels of hunger between July and September. It warned that acute malnutrition among children under five had already passed the famine threshold in two districts.

The bulletin said the failure of two consecutive rainy seasons, high food prices and fighting along the main trade routes were driving the crisis.

Food prices in the market town of Gedo have doubled since January, according to the bulletin.

The World Food Programme said it would need 210 million dollars to reach the worst-affected areas over the next six months. Its country director, Anil Kapoor, said the agency had already cut rations by half because of a lack of funds.

Ostra's government has not declared a food emergency.
"""
GOLD["famine"] = [
    ("said", "a famine early-warning network", "Parts of southern Ostra are likely to fall into famine by September unless aid reaches them"),
    ("projects", "The network", "1.4 million people will face emergency levels of hunger between July and September"),
    ("warned", "It", "acute malnutrition among children under five had already passed the famine threshold in two districts"),
    ("said", "The bulletin", "the failure of two consecutive rainy seasons, high food prices and fighting along the main trade routes were driving the crisis"),
    ("according to", "the bulletin", "Food prices in the market town of Gedo have doubled since January"),
    ("said", "The World Food Programme", "it would need 210 million dollars to reach the worst-affected areas over the next six months"),
    ("said", "Its country director, Anil Kapoor", "the agency had already cut rations by half because of a lack of funds"),
]
NOT_REPORTS["famine"] = []

ARTICLES["convoy"] = """Aid convoy turned back at checkpoint, UN says

A convoy of 22 trucks carrying food and medicine for the besieged town of Harin was turned back at an army checkpoint on Saturday, the United Nations said.

The convoy had been cleared by the defence ministry two days earlier, a UN spokeswoman, Eva Marten, told reporters in Geneva. She said soldiers at the checkpoint had demanded that the medical supplies be unloaded.

An army spokesman, Colonel Daud Rahimi, said the convoy had been stopped because its paperwork did not match its cargo. "No convoy is blocked for political reasons," he said.

Residents of Harin said by telephone that bread had not been available for a week. One teacher said families were boiling leaves to eat.

The town has been encircled by government forces since February. Opposition fighters are reported to be holding several hundred civilians in the old quarter, a charge their commanders deny.

The UN said it would try again on Tuesday.
"""
GOLD["convoy"] = [
    ("said", "the United Nations", "A convoy of 22 trucks carrying food and medicine for the besieged town of Harin was turned back at an army checkpoint on Saturday"),
    ("told", "a UN spokeswoman, Eva Marten", "The convoy had been cleared by the defence ministry two days earlier"),
    ("said", "She", "soldiers at the checkpoint had demanded that the medical supplies be unloaded"),
    ("said", "An army spokesman, Colonel Daud Rahimi", "the convoy had been stopped because its paperwork did not match its cargo"),
    ("said", "he", "No convoy is blocked for political reasons"),
    ("said", "Residents of Harin", "bread had not been available for a week"),
    ("said", "One teacher", "families were boiling leaves to eat"),
    ("said", "The UN", "it would try again on Tuesday"),
]
NOT_REPORTS["convoy"] = ["The town has been encircled by government forces since February."]

ARTICLES["release"] = """PRESS RELEASE: Relief agency scales up flood response in Lower Seba

GENEVA, 9 August - The relief agency Hope Across Borders is scaling up its emergency response in Lower Seba, where floods have affected more than 600,000 people.

"Entire villages are under water and people have lost their homes, their crops and their animals in a single night," said the agency's emergency director, Lukas Brandt. "What they need now is clean water, shelter and cash."

The agency has sent 15 tonnes of supplies, including water purification tablets and tarpaulins, and plans to reach 80,000 people in the next month.

Hope Across Borders calls on donors to fund the UN flash appeal in full. Brandt stressed that the window to prevent an outbreak of waterborne disease was closing.

For media enquiries, please contact the press office.

About Hope Across Borders: Hope Across Borders is an independent humanitarian organisation working in 30 countries.
"""
GOLD["release"] = [
    ("said", "the agency's emergency director, Lukas Brandt", "Entire villages are under water and people have lost their homes, their crops and their animals in a single night"),
]
NOT_REPORTS["release"] = ["For media enquiries, please contact the press office.", "About Hope Across Borders: Hope Across Borders is an independent humanitarian organisation working in 30 countries."]

ARTICLES["interview"] = """'They took my brother at night': a farmer's account

Musa Kante, a 52-year-old farmer from the village of Diomba, spoke to us in a clinic in the border town of Koro, where he is being treated for burns.

Speaking through an interpreter, Kante said gunmen had arrived in the village shortly after midnight and set fire to the grain store. "They took my brother at night and we have not seen him since," he said.

He said about 30 houses had been burned and that at least eight people had been killed, including two children. These figures could not be confirmed.

Kante said he had walked for four days to reach Koro with his wife and three daughters. Asked whether he would go back, he shook his head. "There is nothing to go back to," he said.

A nurse at the clinic said it had treated 14 people from Diomba for burns and gunshot wounds this month.
"""
GOLD["interview"] = [
    ("said", "Kante", "gunmen had arrived in the village shortly after midnight and set fire to the grain store"),
    ("said", "he", "They took my brother at night and we have not seen him since"),
    ("said", "He", "about 30 houses had been burned and that at least eight people had been killed, including two children"),
    ("said", "Kante", "he had walked for four days to reach Koro with his wife and three daughters"),
    ("said", "he", "There is nothing to go back to"),
    ("said", "A nurse at the clinic", "it had treated 14 people from Diomba for burns and gunshot wounds this month"),
]
NOT_REPORTS["interview"] = ["These figures could not be confirmed."]

ARTICLES["correction"] = """Correction

An article published on 14 March about the floods in Teral province misstated the number of people displaced. The provincial disaster authority put the figure at 36,000, not 63,000. The article also wrongly said that the Red Cross had suspended its operations in the province; the organisation said it had paused operations in one district for two days.

We apologise for the errors.
"""
GOLD["correction"] = [
    ("put", "The provincial disaster authority", "the figure at 36,000, not 63,000"),
    ("said", "the organisation", "it had paused operations in one district for two days"),
]
NOT_REPORTS["correction"] = []

ARTICLES["flood"] = """Floods kill dozens in Rasul valley, thousands stranded

At least 43 people have died in floods in the Rasul valley after three days of torrential rain, the provincial government said on Sunday, and thousands more are stranded on rooftops.

Twelve people were reported killed when a bridge collapsed near the town of Oban, according to a police statement. Rescue teams have reached only two of the valley's nine districts, officials said.

The national weather service warned that more heavy rain was expected on Monday and Tuesday. It urged residents of low-lying areas to move to higher ground.

"The water came so fast we could only grab the children," said Rana Bibi, who spent the night on the roof of a mosque with 40 other people.

The army said it had deployed helicopters and boats. A spokesman said more than 2,000 people had been rescued so far.

Opposition politicians accused the government of ignoring warnings about the state of the valley's embankments. The government rejected the criticism.
"""
GOLD["flood"] = [
    ("said", "the provincial government", "At least 43 people have died in floods in the Rasul valley after three days of torrential rain"),
    ("according to", "a police statement", "Twelve people were reported killed when a bridge collapsed near the town of Oban"),
    ("said", "officials", "Rescue teams have reached only two of the valley's nine districts"),
    ("warned", "The national weather service", "more heavy rain was expected on Monday and Tuesday"),
    ("urged", "It", "residents of low-lying areas to move to higher ground"),
    ("said", "Rana Bibi, who spent the night on the roof of a mosque with 40 other people", "The water came so fast we could only grab the children"),
    ("said", "The army", "it had deployed helicopters and boats"),
    ("said", "A spokesman", "more than 2,000 people had been rescued so far"),
    ("accused", "Opposition politicians", "the government of ignoring warnings about the state of the valley's embankments"),
]
NOT_REPORTS["flood"] = []

ARTICLES["rights"] = """Rights group says protesters were shot; government denies it

At least 17 protesters were shot dead by security forces during demonstrations in the city of Lamu last week, the rights group Justice Now alleged on Thursday.

The group said it had verified 11 of the deaths through hospital records and interviews with witnesses. Several of the dead had been shot in the back, it said.

A witness who gave only his first name, Yusuf, said police had opened fire without warning as the crowd marched towards the governor's office. "Nobody threw anything," he said.

The government denied that live ammunition had been used. Information minister Paulo Nkosi described the group's report as "a work of fiction" and said officers had used only tear gas.

Local media reported that at least 200 people had been arrested. The interior ministry is said to have ordered an internal review, though it has not confirmed this.

The group called on the United Nations to send investigators.
"""
GOLD["rights"] = [
    ("alleged", "the rights group Justice Now", "At least 17 protesters were shot dead by security forces during demonstrations in the city of Lamu last week"),
    ("said", "The group", "it had verified 11 of the deaths through hospital records and interviews with witnesses"),
    ("said", "it", "Several of the dead had been shot in the back"),
    ("said", "A witness who gave only his first name, Yusuf", "police had opened fire without warning as the crowd marched towards the governor's office"),
    ("said", "he", "Nobody threw anything"),
    ("denied", "The government", "live ammunition had been used"),
    ("described", "Information minister Paulo Nkosi", "a work of fiction"),
    ("reported", "Local media", "at least 200 people had been arrested"),
    ("called on", "The group", "the United Nations to send investigators"),
]
NOT_REPORTS["rights"] = []

NESTED = {
    "quake": [("told", "residents", "whole villages in the hills had not yet been reached")],
}

STILL_WRONG = [
    ("release", "calls on", "Hope Across Borders", "donors to fund the UN flash appeal in full",
     "a body's name with a preposition inside it that the NER does not tag in this sentence: the parser hangs 'Across "
     "Borders' on the verb and the source is 'Hope' (alone, or where the NER tags it, the whole name is found; "
     "``name_ends`` runs a source on only over an entity's words)"),
    ("release", "stressed", "Brandt", "the window to prevent an outbreak of waterborne disease was closing",
     "the parser reads 'the window to prevent X' as a clause of its own and 'was closing' as a second clause of the "
     "cue, so the content comes in two pieces that together are the whole clause (a one-off misparse)"),
]
