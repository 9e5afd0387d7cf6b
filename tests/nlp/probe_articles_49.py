# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve short news articles written for the forty-ninth session's probes (helper probe), one per
genre the earlier probes left out (a conflict casualty report with figures from several sides, a
protest with two crowd estimates, a parliamentary debate, a central-bank rate decision, an air
accident interim report, a human rights report, a pay dispute, a celebrity item, a theatre review,
a data breach, a council planning row, a migration story with translated quotes), with the gold
written by hand: (a word of the cue, the source, the first content span) per attribution the
pipeline gets right. Every name, figure and sentence is made up. Read by
``test_probe_findings_49_probes``; ``NOT_REPORTS`` holds each article's lines that report nothing
(headings, captions, questions, narration, titles of works, 'said' in other senses), ``NESTED`` the
reports another report holds, and ``STILL_WRONG`` those the pipeline still gets wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["conflict"] = """Shelling kills dozens in border town, officials say

At least 34 people were killed and more than 80 wounded when shells hit a market in the border town of Varosk on Tuesday, the regional health ministry said.

According to the United Nations, most of the dead were women and children. The UN humanitarian office said its teams had reached the town by evening but could not enter the eastern districts.

The army put the toll at 12 and said the market had been used to store weapons. A military spokesman, Colonel Arif Demir, denied that troops had fired on civilians. "Our units returned fire at a launch site," he told reporters. "We do not target markets."

Rebel commanders gave a higher figure. They claimed that 41 people had died, including six medics.

The figures could not be independently verified.

Aid groups warned of a worsening shortage of blood and anaesthetics. "The hospital is working on generators and hope," said Lina Haddad, a surgeon with a medical charity. "We have no more beds."

Caption: Smoke rises over Varosk on Tuesday evening.
"""
GOLD["conflict"] = [
    ("said", "the regional health ministry", "At least 34 people were killed and more than 80 wounded when shells hit a market in the border town of Varosk on Tuesday"),
    ("According", "the United Nations", "most of the dead were women and children"),
    ("said", "The UN humanitarian office", "its teams had reached the town by evening but could not enter the eastern districts"),
    ("said", "The army", "the market had been used to store weapons"),
    ("denied", "A military spokesman, Colonel Arif Demir", "troops had fired on civilians"),
    ("told", "he", "Our units returned fire at a launch site"),
    ("claimed", "They", "41 people had died, including six medics"),
    ("warned", "Aid groups", "a worsening shortage of blood and anaesthetics"),
    ("said", "Lina Haddad, a surgeon with a medical charity", "The hospital is working on generators and hope"),
]
NOT_REPORTS["conflict"] = ["The figures could not be independently verified.", "Caption: Smoke rises over Varosk on Tuesday evening."]

ARTICLES["protest"] = """Thousands march against pension reform

Organisers said 120,000 people joined the march through the capital on Saturday. Police put the number at 38,000.

"They can count however they like, but the streets were full," said Marta Ilves, a spokeswoman for the Workers' Alliance, which called the protest.

The interior ministry said 17 people had been detained after windows were smashed near the finance ministry. A police statement said officers had used tear gas "only after repeated warnings".

Protesters carried banners reading 'Hands off our pensions' and chanted as they passed parliament.

Prime Minister Tomas Reinik said on Sunday that the reform would go ahead. "We have listened, and we will keep listening," he said in a televised address, "but the system cannot pay for itself."

The alliance has called another march for next month. Will the government blink? Few analysts expect it to.
"""
GOLD["protest"] = [
    ("said", "Organisers", "120,000 people joined the march through the capital on Saturday"),
    ("said", "Marta Ilves, a spokeswoman for the Workers' Alliance, which called the protest", "They can count however they like, but the streets were full"),
    ("said", "The interior ministry", "17 people had been detained after windows were smashed near the finance ministry"),
    ("said", "A police statement", "officers had used tear gas \"only after repeated warnings\""),
    ("said", "Prime Minister Tomas Reinik", "the reform would go ahead"),
    ("said", "he", "We have listened, and we will keep listening"),
]
NOT_REPORTS["protest"] = [
    "Protesters carried banners reading 'Hands off our pensions' and chanted as they passed parliament.",
    "Will the government blink? Few analysts expect it to.",
]

ARTICLES["debate"] = """MPs clash over water bill

The housing minister, Clare Aldous, told the chamber that the bill would "end a decade of neglect" of the country's reservoirs.

Opening for the opposition, Dev Sharma said the plan left households to pay for the failures of private companies. "The minister is asking the public to foot the bill twice," he said.

Ms Aldous rejected the claim. She insisted that bills would rise by no more than 2 percent a year.

Backbench MP Rhona Kerr, from the government side, said she had concerns about the powers given to the regulator. "I will support the bill tonight," she said, "but I want to see changes at committee stage."

The Speaker twice called for order as members shouted across the aisle.

Mr Sharma later accused the minister of misleading the house, a charge her office denied.

The bill passed its second reading by 312 votes to 241.
"""
GOLD["debate"] = [
    ("told", "The housing minister, Clare Aldous", "the bill would \"end a decade of neglect\" of the country's reservoirs"),
    ("said", "Dev Sharma", "the plan left households to pay for the failures of private companies"),
    ("said", "he", "The minister is asking the public to foot the bill twice"),
    ("insisted", "She", "bills would rise by no more than 2 percent a year"),
    ("called for", "The Speaker", "order"),
    ("said", "Backbench MP Rhona Kerr, from the government side", "she had concerns about the powers given to the regulator"),
    ("said", "she", "I will support the bill tonight"),
]
NOT_REPORTS["debate"] = [
    "The bill passed its second reading by 312 votes to 241.",
]

ARTICLES["rates"] = """Central bank raises rates to 5.5 percent

The Reserve Bank of Astria raised its benchmark interest rate by a quarter of a percentage point on Wednesday, its fourth rise this year.

In a statement, the bank said inflation remained "uncomfortably high" and that further tightening could not be ruled out.

Governor Helena Voss told a news conference that the labour market was still too tight. "We will do what is necessary to bring inflation back to target," she said.

Two of the nine members of the monetary policy committee voted to hold rates, the minutes showed.

Economists at Northbank said they now expected one more rise in the autumn. "The bank has made it clear it is not done," wrote Paul Otieno, the bank's chief economist, in a note to clients.

Business groups criticised the decision. The Chamber of Commerce warned that small firms would struggle to refinance their loans.

The astrin fell 0.3 percent against the dollar after the announcement.
"""
GOLD["rates"] = [
    ("said", "the bank", "inflation remained \"uncomfortably high\" and that further tightening could not be ruled out"),
    ("told", "Governor Helena Voss", "the labour market was still too tight"),
    ("said", "she", "We will do what is necessary to bring inflation back to target"),
    ("showed", "the minutes", "Two of the nine members of the monetary policy committee voted to hold rates"),
    ("said", "Economists at Northbank", "they now expected one more rise in the autumn"),
    ("wrote", "Paul Otieno, the bank's chief economist", "The bank has made it clear it is not done"),
    ("warned", "The Chamber of Commerce", "small firms would struggle to refinance their loans"),
]
NOT_REPORTS["rates"] = [
    "The astrin fell 0.3 percent against the dollar after the announcement.",
    "The Reserve Bank of Astria raised its benchmark interest rate by a quarter of a percentage point on Wednesday, its fourth rise this year.",
]

ARTICLES["aviation"] = """Crew missed warning before runway overrun, report finds

The pilots of a passenger jet that overran the runway at Kelso airport in March did not respond to a cockpit alert for 14 seconds, investigators said on Thursday.

The interim report by the Air Accidents Investigation Board found that the aircraft touched down 600 metres beyond the normal landing point on a wet runway. It said the crew had been on duty for 13 hours.

None of the 96 passengers was seriously hurt.

The board stressed that its findings were preliminary. "It is too early to draw conclusions about the cause," its chief inspector, Owen Price, said.

According to the report, the airport's runway friction tests had last been carried out in 2021.

The airline, Skyline Regional, said it was co-operating fully with the investigation. The pilots' union said fatigue rules had been "stretched to breaking point".

A final report is expected next year.
"""
GOLD["aviation"] = [
    ("said", "investigators", "The pilots of a passenger jet that overran the runway at Kelso airport in March did not respond to a cockpit alert for 14 seconds"),
    ("found", "The interim report by the Air Accidents Investigation Board", "the aircraft touched down 600 metres beyond the normal landing point on a wet runway"),
    ("said", "It", "the crew had been on duty for 13 hours"),
    ("stressed", "The board", "its findings were preliminary"),
    ("said", "its chief inspector, Owen Price", "It is too early to draw conclusions about the cause"),
    ("According", "the report", "the airport's runway friction tests had last been carried out in 2021"),
    ("said", "The airline, Skyline Regional", "it was co-operating fully with the investigation"),
    ("said", "The pilots' union", "fatigue rules had been \"stretched to breaking point\""),
]
NOT_REPORTS["aviation"] = ["None of the 96 passengers was seriously hurt.", "A final report is expected next year."]

ARTICLES["rights"] = """Rights group accuses authorities of torture in detention

Security forces in Marovia routinely beat detainees to extract confessions, a human rights group said in a report published on Monday.

The 80-page report, based on interviews with 64 former detainees, documents the use of electric shocks and sleep deprivation in at least five facilities. Rights Watch International said it had also reviewed medical records.

"These are not isolated abuses. They are a system," said Amira Khalil, the group's regional director.

One former detainee told researchers that guards had kept him standing for three days. 'They said I would not see my children again,' he was quoted as saying.

The government dismissed the findings. A spokesman for the justice ministry called the report "fiction written abroad" and said all detainees had access to lawyers.

The group urged donors to suspend police training programmes until an independent inquiry was held.
"""
GOLD["rights"] = [
    ("said", "a human rights group", "Security forces in Marovia routinely beat detainees to extract confessions"),
    ("said", "Rights Watch International", "it had also reviewed medical records"),
    ("said", "Amira Khalil, the group's regional director", "These are not isolated abuses. They are a system"),
    ("told", "One former detainee", "guards had kept him standing for three days"),
    ("said", "A spokesman for the justice ministry", "all detainees had access to lawyers"),
]
NOT_REPORTS["rights"] = []

ARTICLES["strike"] = """Rail workers to strike after talks collapse

Train drivers will walk out for 48 hours from Friday after pay talks broke down, their union announced on Tuesday.

The Drivers' Union said the operator's offer of 3 percent was "an insult" at a time when prices had risen by twice as much. General secretary Femi Adeyemi told members in a letter that the union had "exhausted every avenue".

The operator, Central Lines, said it was disappointed. "Our door remains open," a spokeswoman said. "We have made a fair offer that the company can afford."

Managers believe the strike will halt nine in ten services. Passengers have been advised to work from home.

The transport secretary urged both sides to return to the table. Asked whether the government would intervene, he said: "This is a matter for the employer and the union."

Talks are due to resume next week, according to the conciliation service.
"""
GOLD["strike"] = [
    ("announced", "their union", "Train drivers will walk out for 48 hours from Friday after pay talks broke down"),
    ("said", "The Drivers' Union", "the operator's offer of 3 percent was \"an insult\" at a time when prices had risen by twice as much"),
    ("told", "General secretary Femi Adeyemi", "the union had \"exhausted every avenue\""),
    ("said", "The operator, Central Lines", "it was disappointed"),
    ("said", "a spokeswoman", "Our door remains open"),
    ("believe", "Managers", "the strike will halt nine in ten services"),
    ("said", "he", "This is a matter for the employer and the union"),
    ("according", "the conciliation service", "Talks are due to resume next week"),
]
NOT_REPORTS["strike"] = ["Passengers have been advised to work from home."]

ARTICLES["celebrity"] = """Actor Noor Salim announces engagement

Film star Noor Salim has announced her engagement to the musician Leo Brandt, sharing a photo of a diamond ring on Instagram.

"Said yes to my best friend," she wrote under the picture, which drew more than two million likes in a day.

The couple met on the set of the thriller "Night Harbour" in 2022. A representative for Salim confirmed the news to People magazine but said no date had been set for the wedding.

Brandt, 34, has previously spoken about his wish to "settle down somewhere quiet". In an interview last year he said that fame had "never suited" him.

Fans flooded social media with congratulations. Salim's "Night Harbour" co-star Jude Owens posted: "Finally! So happy for you two."

Salim's next film, "The Glass Coast", opens in cinemas in May.
"""
GOLD["celebrity"] = [
    ("wrote", "she", "Said yes to my best friend"),
    ("said", "A representative for Salim", "no date had been set for the wedding"),
    ("said", "he", "fame had \"never suited\" him"),
]
NOT_REPORTS["celebrity"] = [
    "Salim's next film, \"The Glass Coast\", opens in cinemas in May.",
    "Fans flooded social media with congratulations.",
]

ARTICLES["review"] = """Review: 'The Salt Houses' at the Lyric

Three stars

Ines Corrado's new play opens with a storm and never quite finds calm. Over two hours, a fishing family argues about whether to sell the house their grandfather built.

"We are not people who leave," the grandmother tells her son in the first act, and the line hangs over everything that follows.

The cast is strong. As the eldest daughter, Maya Quist is superb, and her quiet final speech drew gasps on opening night.

But the second act drags. Corrado seems unsure whether she has written a comedy or a tragedy, and the jokes land awkwardly next to the grief.

Corrado told this newspaper before the premiere that the play was "about what we owe the dead". That ambition is clear; the execution is not.

'The Salt Houses' runs until 14 June.
"""
GOLD["review"] = [
    ("told", "Corrado", "the play was \"about what we owe the dead\""),
]
NOT_REPORTS["review"] = [
    "Review: 'The Salt Houses' at the Lyric",
    "Three stars",
    "'The Salt Houses' runs until 14 June.",
    "The cast is strong.",
    "Corrado seems unsure whether she has written a comedy or a tragedy, and the jokes land awkwardly next to the grief.",
]

ARTICLES["breach"] = """Hackers steal data of 2 million customers from retailer

The online retailer Cartwell said on Friday that hackers had stolen the names, addresses and partial card numbers of about 2 million customers.

In a statement, the company said it had detected "unusual activity" on its servers on 3 May and had shut down the affected systems. It said passwords had not been exposed.

Security researcher Nadia Ferro said the attack bore the hallmarks of a known ransomware gang. "They usually sit inside a network for weeks before anyone notices," she said.

The data protection regulator confirmed it had opened an inquiry. Under the law, firms must report a breach within 72 hours.

Customers told the BBC they had first learned of the breach from their banks. "Nobody from Cartwell contacted me," said one, Peter Lowe, from Leeds.

Cartwell's shares fell 6 percent on the news.
"""
GOLD["breach"] = [
    ("said", "The online retailer Cartwell", "hackers had stolen the names, addresses and partial card numbers of about 2 million customers"),
    ("said", "the company", "it had detected \"unusual activity\" on its servers on 3 May and had shut down the affected systems"),
    ("said", "It", "passwords had not been exposed"),
    ("said", "Security researcher Nadia Ferro", "the attack bore the hallmarks of a known ransomware gang"),
    ("said", "she", "They usually sit inside a network for weeks before anyone notices"),
    ("confirmed", "The data protection regulator", "it had opened an inquiry"),
    ("told", "Customers", "they had first learned of the breach from their banks"),
    ("said", "one, Peter Lowe, from Leeds", "Nobody from Cartwell contacted me"),
]
NOT_REPORTS["breach"] = ["Cartwell's shares fell 6 percent on the news."]

ARTICLES["planning"] = """Council approves tower despite residents' objections

Councillors in Eastbury voted 7-4 on Tuesday night to approve a 22-storey tower on the site of the old bus depot.

Residents' group Save Eastbury said the building would overshadow two primary schools. "Nobody asked us what we wanted," said its chair, Gillian Moss. "This was decided long before tonight."

The developer, Harrow Homes, said 30 percent of the 410 flats would be affordable. Its director, Sam Reed, argued that the town needed the homes "now, not in ten years".

Council leader Aisha Rahman said she understood the anger but that the plan met every planning rule. Opposition councillors said they would ask the government to call in the decision.

A planning officer's report said the scheme would cause "less than substantial harm" to the nearby conservation area.

Building work could start next spring.
"""
GOLD["planning"] = [
    ("said", "Residents' group Save Eastbury", "the building would overshadow two primary schools"),
    ("said", "its chair, Gillian Moss", "Nobody asked us what we wanted"),
    ("said", "The developer, Harrow Homes", "30 percent of the 410 flats would be affordable"),
    ("argued", "Its director, Sam Reed", "the town needed the homes \"now, not in ten years\""),
    ("said", "Council leader Aisha Rahman", "she understood the anger but that the plan met every planning rule"),
    ("said", "Opposition councillors", "they would ask the government to call in the decision"),
    ("said", "A planning officer's report", "the scheme would cause \"less than substantial harm\" to the nearby conservation area"),
]
NOT_REPORTS["planning"] = ["Building work could start next spring."]

ARTICLES["migration"] = """Boat arrivals rise as summer begins

More than 1,200 people reached the island of Lessara by boat last week, the coast guard said, the highest weekly number this year.

Karim, a 19-year-old from Sudan who asked that his surname not be used, said he had paid smugglers $2,000 for a place on a rubber dinghy. "We were 50 on a boat for 20," he said through an interpreter. "A woman next to me prayed the whole night."

The UN refugee agency said reception centres on the island were at three times their capacity. Its spokesperson, Elena Varga, called on other countries to take in more people.

The island's mayor, Nikos Aris, said residents felt abandoned. "We are a small community. We cannot do this alone," he told local radio.

The migration minister said the government would open two new centres on the mainland by July. Critics say similar promises were made last year.
"""
GOLD["migration"] = [
    ("said", "the coast guard", "More than 1,200 people reached the island of Lessara by boat last week"),
    ("said", "Karim, a 19-year-old from Sudan who asked that his surname not be used", "he had paid smugglers $2,000 for a place on a rubber dinghy"),
    ("said", "he", "We were 50 on a boat for 20"),
    ("said", "The UN refugee agency", "reception centres on the island were at three times their capacity"),
    ("said", "The island's mayor, Nikos Aris", "residents felt abandoned"),
    ("told", "he", "We are a small community. We cannot do this alone"),
    ("said", "The migration minister", "the government would open two new centres on the mainland by July"),
    ("say", "Critics", "similar promises were made last year"),
]
NOT_REPORTS["migration"] = []

NESTED = {
    "rights": [("said", "They", "I would not see my children again")],
}
STILL_WRONG = [
    ("celebrity", "posted", "Salim's \"Night Harbour\" co-star Jude Owens", "Finally! So happy for you two.",
     "a source whose role names a quoted title ('the \"Night Harbour\" co-star Jude Owens') is cut to the name: "
     "the parser splits 'co-star' and reads its pieces as subjects"),
]
