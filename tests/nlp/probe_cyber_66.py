# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-six short articles written for the sixty-second pass's check of cybersecurity and data-breach news
(helper E): ransomware at hospitals and councils ('The council confirmed', 'a ransom note demanded'), hacker groups'
claims ('the hackers claimed on their leak site', 'the group posted'), leaked customer data ('the company said it had
notified'), fines by data regulators ('the regulator said in its decision'), filings ('according to a filing with the
Markets Authority'), outages blamed on attacks, researchers finding flaws ('researchers at X found that'), warnings
('security experts warned'), customers ('customers reported'), refusals ('a spokesperson would not say whether'),
attributions ('the report attributed the attack to') and speakers named again by pronoun or role ('He', 'The
researcher', 'The chief information officer').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (what malware does and what a flaw lets an attacker do, advice to
readers, numbers of records and sums stated by the writer, product names, timelines); (cue, source, speaker, the
content's first words) in ``SPEAKERS``. Every name, firm, group, place, figure and sentence is made up. Read by
``test_probe_findings_66_cyber``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["hospital_ransom"] = """Ransomware attack forces hospital to divert ambulances

Ambulances were diverted from St Aldric's Hospital in Pellingford on Monday after its computer systems were shut down.

The hospital's trust said it had taken its systems offline as a precaution after detecting unusual activity.

A ransom note left on the trust's servers demanded 40 bitcoin for a key to unlock the files.

The malware encrypts files on every machine it can reach and deletes the backup copies.

The trust's chief information officer, Dominic Asante, said patient records had not been lost.

He said some operations would be postponed until Thursday.
"""
GOLD["hospital_ransom"] = [
    ("said", "The hospital's trust", "it had taken its systems offline as a precaution after detecting unusual activity"),
    ("demanded", "A ransom note left on the trust's servers", "40 bitcoin for a key to unlock the files"),
    ("said", "The trust's chief information officer, Dominic Asante", "patient records had not been lost"),
    ("said", "He", "some operations would be postponed until Thursday"),
]
NOT_REPORTS["hospital_ransom"] = ["Ambulances were diverted from St Aldric's Hospital in Pellingford on Monday after its computer systems were shut down.", "The malware encrypts files on every machine it can reach and deletes the backup copies."]
SPEAKERS["hospital_ransom"] = [("said", "He", "Dominic Asante", "some operations")]

ARTICLES["leak_site"] = """Hackers claim theft of 3 terabytes from logistics firm

The hackers claimed on their leak site that they had stolen contracts and staff passports from Brisca Freight.

Brisca Freight moves about 9,000 containers a week through the port of Ormsby.

The group, which calls itself Grey Lantern, posted samples of the files on Tuesday.

The company said it had notified the police and the data regulator.

Grey Lantern first appeared in 2023.

Its leak site lists 112 victims.
"""
GOLD["leak_site"] = [
    ("claimed", "The hackers", "they had stolen contracts and staff passports from Brisca Freight"),
    ("posted", "The group, which calls itself Grey Lantern", "samples of the files"),
    ("said", "The company", "it had notified the police and the data regulator"),
    ("lists", "Its leak site", "112 victims"),
]
NOT_REPORTS["leak_site"] = ["Brisca Freight moves about 9,000 containers a week through the port of Ormsby.", "Grey Lantern first appeared in 2023."]
SPEAKERS["leak_site"] = [("said", "The company", "Brisca Freight", "it had notified")]

ARTICLES["council_outage"] = """Council services down after cyber attack

Residents of Cullerton have been unable to pay council tax or book bin collections online since Friday.

The council confirmed that it had been the victim of a cyber attack.

Its phone lines and website remain down.

A spokesperson for the council would not say whether a ransom had been demanded.

Residents should call the emergency number for urgent housing or care needs.

Councillor Priya Mandal, who leads the council, said staff were working around the clock to restore services.
"""
GOLD["council_outage"] = [
    ("confirmed", "The council", "it had been the victim of a cyber attack"),
    ("say", "A spokesperson for the council", "whether a ransom had been demanded"),
    ("said", "Councillor Priya Mandal, who leads the council", "staff were working around the clock to restore services"),
]
NOT_REPORTS["council_outage"] = ["Residents of Cullerton have been unable to pay council tax or book bin collections online since Friday.", "Its phone lines and website remain down.", "Residents should call the emergency number for urgent housing or care needs."]

ARTICLES["regulator_fine"] = """Retailer fined £4.2m over customer data breach

The Information Standards Office fined the fashion chain Morrow & Vane £4.2m on Wednesday.

The personal details of 1.6 million customers were taken in the breach in 2022.

The regulator said in its decision that the company had failed to fix a known weakness for eleven months.

The stolen data included names, addresses and the last four digits of card numbers.

Morrow & Vane said it would appeal against the fine.
"""
GOLD["regulator_fine"] = [
    ("said", "The regulator", "the company had failed to fix a known weakness for eleven months"),
    ("said", "Morrow & Vane", "it would appeal against the fine"),
]
SPEAKERS["regulator_fine"] = [("said", "The regulator", "Information Standards Office", "the company")]
NOT_REPORTS["regulator_fine"] = ["The personal details of 1.6 million customers were taken in the breach in 2022.", "The stolen data included names, addresses and the last four digits of card numbers."]

ARTICLES["router_flaw"] = """Flaw in home routers lets attackers take control

Researchers at the security firm Tallowgate found that more than 200,000 routers made by Nexel were exposed to the internet.

The flaw lets an attacker run commands on the router without a password.

Nexel said it had released a fix in March.

Owners should install the latest firmware from the Nexel website.

The affected models are the NX-400 and the NX-420.

Amira Kohli, the researcher who found the flaw, said many owners never updated their routers.
"""
GOLD["router_flaw"] = [
    ("found", "Researchers at the security firm Tallowgate", "more than 200,000 routers made by Nexel were exposed to the internet"),
    ("said", "Nexel", "it had released a fix in March"),
    ("said", "Amira Kohli, the researcher who found the flaw", "many owners never updated their routers"),
]
NOT_REPORTS["router_flaw"] = ["The flaw lets an attacker run commands on the router without a password.", "Owners should install the latest firmware from the Nexel website.", "The affected models are the NX-400 and the NX-420."]

ARTICLES["bank_filing"] = """Bank discloses breach in filing

Hackers gained access to a system used by Ostrela Bank to store loan applications, according to a filing with the Markets Authority.

The bank has 2.3 million customers.

The filing said the bank first detected the intrusion on 14 August.

Ostrela's shares fell 3% on Thursday.

Security experts warned that the stolen documents could be used for identity fraud.
"""
GOLD["bank_filing"] = [
    ("according", "a filing with the Markets Authority", "Hackers gained access to a system used by Ostrela Bank to store loan applications"),
    ("said", "The filing", "the bank first detected the intrusion on 14 August"),
    ("warned", "Security experts", "the stolen documents could be used for identity fraud"),
]
NOT_REPORTS["bank_filing"] = ["The bank has 2.3 million customers.", "Ostrela's shares fell 3% on Thursday."]

ARTICLES["app_outage"] = """Banking app outage blamed on attack

Customers reported that they could not log in to the Fennick Mobile app for most of Saturday.

The outage lasted about nine hours.

Fennick blamed a flood of fake traffic aimed at its servers.

A denial-of-service attack floods a website with requests until it stops responding.

The bank's head of technology, Laszlo Berne, said no money or data had been taken.

Mr Berne said the bank would refund any late payment fees.
"""
GOLD["app_outage"] = [
    ("reported", "Customers", "they could not log in to the Fennick Mobile app for most of Saturday"),
    ("blamed", "Fennick", "a flood of fake traffic aimed at its servers"),
    ("said", "The bank's head of technology, Laszlo Berne", "no money or data had been taken"),
    ("said", "Mr Berne", "the bank would refund any late payment fees"),
]
NOT_REPORTS["app_outage"] = ["The outage lasted about nine hours.", "A denial-of-service attack floods a website with requests until it stops responding."]
SPEAKERS["app_outage"] = [("said", "Mr Berne", "Laszlo Berne", "the bank")]

ARTICLES["state_hackers"] = """Report links water utility attack to foreign hackers

The report attributed the attack to a group that works for a foreign intelligence service.

The intrusion at Harrowfield Water began in January and was found in June.

The National Cyber Agency said the hackers had tried to change the levels of chemicals used to treat the water.

No one was harmed.

The agency's director, Colm Reddy, warned that other utilities were being targeted.
"""
GOLD["state_hackers"] = [
    ("attributed", "The report", "the attack to a group that works for a foreign intelligence service"),
    ("said", "The National Cyber Agency", "the hackers had tried to change the levels of chemicals used to treat the water"),
    ("warned", "The agency's director, Colm Reddy", "other utilities were being targeted"),
]
NOT_REPORTS["state_hackers"] = ["The intrusion at Harrowfield Water began in January and was found in June.", "No one was harmed."]

ARTICLES["password_leak"] = """Millions of passwords leaked from fitness app

The email addresses and passwords of 7.4 million users of the Stridely app were posted on a hacking forum.

The passwords were stored without encryption.

Stridely said it had reset the passwords of all affected accounts.

Change your password on any other site where you used the same one.

Turn on two-step verification where you can.

The company's founder, Ines Marchetti, said she was deeply sorry.
"""
GOLD["password_leak"] = [
    ("said", "Stridely", "it had reset the passwords of all affected accounts"),
    ("said", "The company's founder, Ines Marchetti", "she was deeply sorry"),
]
NOT_REPORTS["password_leak"] = ["The email addresses and passwords of 7.4 million users of the Stridely app were posted on a hacking forum.", "The passwords were stored without encryption.", "Change your password on any other site where you used the same one.", "Turn on two-step verification where you can."]

ARTICLES["school_attack"] = """Schools close after hackers hit trust

Fourteen schools run by the Meadowvale Learning Trust were closed on Monday.

The trust's chief executive, Helen Ostrowski, said exam coursework might have been lost.

The attack began late on Friday night and was found by a caretaker on Saturday morning.

She told parents in a letter that the schools would reopen on Wednesday.

The chief executive said the trust had not paid a ransom.

Parents can find updates on the trust's social media pages.
"""
GOLD["school_attack"] = [
    ("said", "The trust's chief executive, Helen Ostrowski", "exam coursework might have been lost"),
    ("told", "She", "the schools would reopen on Wednesday"),
    ("said", "The chief executive", "the trust had not paid a ransom"),
]
NOT_REPORTS["school_attack"] = ["Fourteen schools run by the Meadowvale Learning Trust were closed on Monday.", "The attack began late on Friday night and was found by a caretaker on Saturday morning.", "Parents can find updates on the trust's social media pages."]
SPEAKERS["school_attack"] = [("told", "She", "Helen Ostrowski", "the schools"), ("said", "The chief executive", "Helen Ostrowski", "the trust")]

ARTICLES["phishing_wave"] = """Fake parcel texts surge before Christmas

Police in Drummond said they had received more than 3,000 reports of fake delivery texts in a week.

The messages ask the recipient to pay a small fee to rearrange a delivery.

The link leads to a page that copies the courier's website and collects card details.

Never click a link in a text you were not expecting.

Detective Inspector Sam Akerele said the gang behind the texts was probably based abroad.

The inspector said victims should contact their bank at once.
"""
GOLD["phishing_wave"] = [
    ("said", "Police in Drummond", "they had received more than 3,000 reports of fake delivery texts in a week"),
    ("ask", "The messages", "the recipient to pay a small fee to rearrange a delivery"),
    ("said", "Detective Inspector Sam Akerele", "the gang behind the texts was probably based abroad"),
    ("said", "The inspector", "victims should contact their bank at once"),
]
NOT_REPORTS["phishing_wave"] = ["The link leads to a page that copies the courier's website and collects card details.", "Never click a link in a text you were not expecting."]
SPEAKERS["phishing_wave"] = [("said", "The inspector", "Sam Akerele", "victims")]

ARTICLES["insurer_breach"] = """Insurer admits medical records were taken

Calloway Mutual admitted that medical records of some policyholders had been copied by hackers.

The insurer covers about 800,000 people.

A spokesman said the company was writing to everyone affected.

The stolen files date from 2015 to 2021.

The data regulator said it was making inquiries.

Lawyers for a group of policyholders said they were preparing a claim for damages.
"""
GOLD["insurer_breach"] = [
    ("admitted", "Calloway Mutual", "medical records of some policyholders had been copied by hackers"),
    ("said", "A spokesman", "the company was writing to everyone affected"),
    ("said", "The data regulator", "it was making inquiries"),
    ("said", "Lawyers for a group of policyholders", "they were preparing a claim for damages"),
]
NOT_REPORTS["insurer_breach"] = ["The insurer covers about 800,000 people.", "The stolen files date from 2015 to 2021."]

ARTICLES["crypto_heist"] = """Hackers drain £90m from crypto exchange

Hackers took about £90m in digital coins from the Zentrio exchange on Sunday night.

The thieves used a stolen key to move coins out of the exchange's hot wallet.

A hot wallet is connected to the internet so that customers can withdraw quickly.

Zentrio said customers' balances were safe and would be covered from its own reserves.

Blockchain analysts at Ledgerlight said the coins had been split across hundreds of addresses.

The exchange has suspended withdrawals until further notice.
"""
GOLD["crypto_heist"] = [
    ("said", "Zentrio", "customers' balances were safe and would be covered from its own reserves"),
    ("said", "Blockchain analysts at Ledgerlight", "the coins had been split across hundreds of addresses"),
]
NOT_REPORTS["crypto_heist"] = ["Hackers took about £90m in digital coins from the Zentrio exchange on Sunday night.", "The thieves used a stolen key to move coins out of the exchange's hot wallet.", "A hot wallet is connected to the internet so that customers can withdraw quickly.", "The exchange has suspended withdrawals until further notice."]

ARTICLES["airport_screens"] = """Airport screens go blank in suspected attack

Departure boards at Kestwick Airport went blank for three hours on Friday.

Passengers said staff had written gate numbers on whiteboards.

The airport's operator said it was investigating whether the fault had been caused by a cyber attack.

Flights continued to take off, though some were delayed by up to an hour.

Transport minister Olwen Price said she had asked for a full report.
"""
GOLD["airport_screens"] = [
    ("said", "Passengers", "staff had written gate numbers on whiteboards"),
    ("said", "The airport's operator", "it was investigating whether the fault had been caused by a cyber attack"),
    ("said", "Transport minister Olwen Price", "she had asked for a full report"),
]
NOT_REPORTS["airport_screens"] = ["Departure boards at Kestwick Airport went blank for three hours on Friday.", "Flights continued to take off, though some were delayed by up to an hour."]

ARTICLES["zero_day"] = """Browser maker rushes out fix for flaw used in attacks

Parallax Software released an emergency update for its Halyard browser on Tuesday.

The company said it was aware that attackers were already using the flaw.

The bug lets a booby-trapped web page run code on the victim's computer.

Users should restart the browser to install version 118.2.

Ruth Adeyemi, a researcher at Cobalt Line Labs, said the flaw had probably been sold to a spyware firm.

The researcher said journalists and activists were the likeliest targets.
"""
GOLD["zero_day"] = [
    ("said", "The company", "it was aware that attackers were already using the flaw"),
    ("said", "Ruth Adeyemi, a researcher at Cobalt Line Labs", "the flaw had probably been sold to a spyware firm"),
    ("said", "The researcher", "journalists and activists were the likeliest targets"),
]
NOT_REPORTS["zero_day"] = ["Parallax Software released an emergency update for its Halyard browser on Tuesday.", "The bug lets a booby-trapped web page run code on the victim's computer.", "Users should restart the browser to install version 118.2."]
SPEAKERS["zero_day"] = [("said", "The company", "Parallax Software", "it was aware"), ("said", "The researcher", "Ruth Adeyemi", "journalists")]

ARTICLES["group_arrests"] = """Police arrest suspected members of ransomware gang

Police in four countries arrested nine people suspected of running the Cinder Fox ransomware gang.

Officers seized servers, cash and luxury cars.

Europol-style agency Intercrime said the gang had extorted more than €60m from 300 companies.

The gang rented its malware to other criminals in return for a share of the ransoms.

A lawyer for one of the suspects said his client denied any wrongdoing.
"""
GOLD["group_arrests"] = [
    ("said", "Europol-style agency Intercrime", "the gang had extorted more than €60m from 300 companies"),
    ("said", "A lawyer for one of the suspects", "his client denied any wrongdoing"),
]
NOT_REPORTS["group_arrests"] = ["Police in four countries arrested nine people suspected of running the Cinder Fox ransomware gang.", "Officers seized servers, cash and luxury cars.", "The gang rented its malware to other criminals in return for a share of the ransoms."]

ARTICLES["telecom_leak"] = """Phone company confirms leak of customer data

Velora Telecom confirmed on Monday that the names and dates of birth of 950,000 customers had been leaked.

The data was taken from a system used by a contractor.

The company's chief executive, Bernard Oyelaran, told reporters that no bank details were involved.

Velora is offering affected customers a year of free credit monitoring.

Consumer group Fairline said the company should pay compensation to every customer.
"""
GOLD["telecom_leak"] = [
    ("confirmed", "Velora Telecom", "the names and dates of birth of 950,000 customers had been leaked"),
    ("told", "The company's chief executive, Bernard Oyelaran", "no bank details were involved"),
    ("said", "Consumer group Fairline", "the company should pay compensation to every customer"),
]
NOT_REPORTS["telecom_leak"] = ["The data was taken from a system used by a contractor.", "Velora is offering affected customers a year of free credit monitoring."]

ARTICLES["gang_posts"] = """Gang posts stolen payroll files of city workers

The group posted the payroll records of about 6,000 city employees on Saturday.

The gang posted on its channel that the city had been given a week to pay.

The files include salaries, home addresses and national insurance numbers.

The city's chief information officer, Grace Lindqvist, said the data had been taken from an old file server.

The chief information officer said the city had refused to pay.

The union representing city workers said its members were angry and frightened.
"""
GOLD["gang_posts"] = [
    ("posted", "The group", "the payroll records of about 6,000 city employees"),
    ("posted", "The gang", "the city had been given a week to pay"),
    ("said", "The city's chief information officer, Grace Lindqvist", "the data had been taken from an old file server"),
    ("said", "The chief information officer", "the city had refused to pay"),
    ("said", "The union representing city workers", "its members were angry and frightened"),
]
NOT_REPORTS["gang_posts"] = ["The files include salaries, home addresses and national insurance numbers."]
SPEAKERS["gang_posts"] = [("said", "The chief information officer", "Grace Lindqvist", "the city")]

ARTICLES["car_maker"] = """Car maker halts production after attack

Production at Tarrow Motors' plant in Wexley stopped for five days after an attack on its computer systems.

The plant builds about 1,400 cars a day.

The company said in a statement that it expected to resume production next week.

Suppliers said they had sent workers home because no orders were coming through.

Analysts estimate that the stoppage cost the company about £50m.
"""
GOLD["car_maker"] = [
    ("said", "The company", "it expected to resume production next week"),
    ("said", "Suppliers", "they had sent workers home because no orders were coming through"),
    ("estimate", "Analysts", "the stoppage cost the company about £50m"),
]
SPEAKERS["car_maker"] = [("said", "The company", "Tarrow Motors", "it expected")]
NOT_REPORTS["car_maker"] = ["Production at Tarrow Motors' plant in Wexley stopped for five days after an attack on its computer systems.", "The plant builds about 1,400 cars a day."]

ARTICLES["university_phish"] = """University staff fall for fake payroll email

Hundreds of staff at Elmsworth University entered their passwords into a fake payroll page last week.

The email appeared to come from the university's finance office.

A university spokeswoman said the attackers had changed the bank details of eleven staff members.

The university has more than 4,000 employees.

Staff were told to change their passwords by Friday.

Professor Dafne Kouris, who teaches computer security at the university, said even experts could be fooled.
"""
GOLD["university_phish"] = [
    ("appeared", "", "The email"),
    ("said", "A university spokeswoman", "the attackers had changed the bank details of eleven staff members"),
    ("told", "", "to change their passwords by Friday"),
    ("said", "Professor Dafne Kouris, who teaches computer security at the university", "even experts could be fooled"),
]
NOT_REPORTS["university_phish"] = ["Hundreds of staff at Elmsworth University entered their passwords into a fake payroll page last week.", "The university has more than 4,000 employees."]

ARTICLES["dating_app"] = """Dating app exposed private messages

A database holding the private messages of Amorelle users was left open to anyone on the internet.

Security researcher Tomasz Wierzba found the database while scanning for unprotected servers.

He said it held about 40 million messages.

The database was taken offline two days after he reported it.

Amorelle said there was no evidence that anyone else had accessed the data.

The researcher said the company had not replied to his first three emails.
"""
GOLD["dating_app"] = [
    ("said", "He", "it held about 40 million messages"),
    ("said", "Amorelle", "there was no evidence that anyone else had accessed the data"),
    ("said", "The researcher", "the company had not replied to his first three emails"),
]
NOT_REPORTS["dating_app"] = ["A database holding the private messages of Amorelle users was left open to anyone on the internet.", "The database was taken offline two days after he reported it."]
SPEAKERS["dating_app"] = [("said", "He", "Tomasz Wierzba", "it held"), ("said", "The researcher", "Tomasz Wierzba", "the company")]

ARTICLES["gp_surgeries"] = """GP surgeries return to paper after supplier hack

Doctors at 230 surgeries in the Ashcombe region have been writing prescriptions by hand since Tuesday.

Their records system is supplied by Medilink Systems, which was hit by ransomware.

Medilink said it was restoring services one surgery at a time.

Dr Yusuf Bello, a GP in Ashcombe, said appointments were taking twice as long.

Patients are asked to bring a list of their medicines to appointments.

The health department said it was working closely with the company.
"""
GOLD["gp_surgeries"] = [
    ("said", "Medilink", "it was restoring services one surgery at a time"),
    ("said", "Dr Yusuf Bello, a GP in Ashcombe", "appointments were taking twice as long"),
    ("asked", "", "to bring a list of their medicines to appointments"),
    ("said", "The health department", "it was working closely with the company"),
]
NOT_REPORTS["gp_surgeries"] = ["Doctors at 230 surgeries in the Ashcombe region have been writing prescriptions by hand since Tuesday.", "Their records system is supplied by Medilink Systems, which was hit by ransomware."]

ARTICLES["spyware_report"] = """Spyware found on phones of journalists

Investigators at the Digital Rights Lab found spyware on the phones of six journalists in Corvania.

The spyware, called Nightjar, can read messages and switch on the phone's microphone.

The lab's report said the infections had taken place between March and May.

The government of Corvania denied that it had bought the spyware.

Nightjar is sold only to governments.

One of the journalists, Marek Dvali, said he had stopped meeting his sources.
"""
GOLD["spyware_report"] = [
    ("found", "Investigators at the Digital Rights Lab", "spyware on the phones of six journalists in Corvania"),
    ("said", "The lab's report", "the infections had taken place between March and May"),
    ("denied", "The government of Corvania", "it had bought the spyware"),
    ("said", "One of the journalists, Marek Dvali", "he had stopped meeting his sources"),
]
NOT_REPORTS["spyware_report"] = ["The spyware, called Nightjar, can read messages and switch on the phone's microphone.", "Nightjar is sold only to governments."]

ARTICLES["ransom_paid"] = """Pipeline firm paid ransom, chief executive admits

The chief executive of Corran Pipelines, Malcolm Strand, admitted that the company had paid the hackers £3.5m.

He told a parliamentary committee that paying had been the hardest decision of his career.

The pipeline carries a third of the region's fuel.

It was shut for six days in May.

Committee chair Fiona Lakeland said paying ransoms only encouraged more attacks.

The company recovered about half of the money with the help of the police.
"""
GOLD["ransom_paid"] = [
    ("admitted", "The chief executive of Corran Pipelines, Malcolm Strand", "the company had paid the hackers £3.5m"),
    ("told", "He", "paying had been the hardest decision of his career"),
    ("said", "Committee chair Fiona Lakeland", "paying ransoms only encouraged more attacks"),
]
NOT_REPORTS["ransom_paid"] = ["The pipeline carries a third of the region's fuel.", "It was shut for six days in May.", "The company recovered about half of the money with the help of the police."]
SPEAKERS["ransom_paid"] = [("told", "He", "Malcolm Strand", "paying")]

ARTICLES["smart_doorbell"] = """Cheap doorbell cameras can be hijacked, tests show

Tests by the consumer magazine Sharp Buyer found that three doorbell cameras sold online could be taken over by strangers.

The cameras cost between £25 and £40.

The weakness allows anyone nearby to join the camera to their own account.

The magazine's editor, Josie Farrant, said the cameras should be taken off sale.

The seller, Brightpeak, said it was looking into the findings.

Check that your device still receives security updates before you buy it.
"""
GOLD["smart_doorbell"] = [
    ("found", "Tests by the consumer magazine Sharp Buyer", "three doorbell cameras sold online could be taken over by strangers"),
    ("said", "The magazine's editor, Josie Farrant", "the cameras should be taken off sale"),
    ("said", "The seller, Brightpeak", "it was looking into the findings"),
]
NOT_REPORTS["smart_doorbell"] = ["The cameras cost between £25 and £40.", "The weakness allows anyone nearby to join the camera to their own account.", "Check that your device still receives security updates before you buy it."]

ARTICLES["cloud_misconfig"] = """Recruitment firm left CVs open online

About 260,000 CVs uploaded to the job site Hirewell could be read by anyone with the right web address.

The files were stored in a cloud storage bucket that had no password.

Hirewell's data protection officer, Keir Mottram, said the bucket had been locked on the day the firm was told.

The officer said the firm would write to every user whose CV had been exposed.

Users can ask the firm for a copy of the data it holds about them.
"""
GOLD["cloud_misconfig"] = [
    ("said", "Hirewell's data protection officer, Keir Mottram", "the bucket had been locked on the day the firm was told"),
    ("said", "The officer", "the firm would write to every user whose CV had been exposed"),
]
NOT_REPORTS["cloud_misconfig"] = ["About 260,000 CVs uploaded to the job site Hirewell could be read by anyone with the right web address.", "The files were stored in a cloud storage bucket that had no password.", "Users can ask the firm for a copy of the data it holds about them."]
SPEAKERS["cloud_misconfig"] = [("said", "The officer", "Keir Mottram", "the firm")]

# written after the first count, to probe what cyber news says in other ways: responsibility claimed, messages on a
# site, people familiar with an inquiry, passive warnings, a hacker named by an alias, a report first made by a site
ARTICLES["rail_tickets"] = """Hacker group claims responsibility for rail ticket outage

Ticket machines at stations run by Lindrel Rail stopped working on Thursday morning.

A group calling itself Vessel Nine claimed responsibility for the outage.

In a post on a messaging app, the group said the attack was a protest against fare rises.

Passengers without tickets were allowed to travel for free.

The rail operator's head of security, Anneke Vos, said the company was working with the police.

She added that customers' card details were not stored on the machines.

The machines were working again by 2pm.
"""
GOLD["rail_tickets"] = [
    ("claimed", "A group calling itself Vessel Nine", "the outage"),
    ("said", "the group", "the attack was a protest against fare rises"),
    ("said", "The rail operator's head of security, Anneke Vos", "the company was working with the police"),
    ("added", "She", "customers' card details were not stored on the machines"),
]
NOT_REPORTS["rail_tickets"] = ["Ticket machines at stations run by Lindrel Rail stopped working on Thursday morning.", "Passengers without tickets were allowed to travel for free.", "The machines were working again by 2pm."]
SPEAKERS["rail_tickets"] = [("said", "the group", "Vessel Nine", "the attack"), ("added", "She", "Anneke Vos", "customers")]

ARTICLES["supplier_email"] = """Online grocer warns customers after card details stolen

Greenbasket told customers in an email that their card details might have been copied.

A message on the grocer's website read: "Our checkout is temporarily unavailable."

It is not yet clear how many customers were affected.

The hackers got in through an account belonging to a contractor, people familiar with the investigation said.

Investigators believe the attackers had been inside the network for about six weeks.

Greenbasket delivers to about 400,000 homes a week.
"""
GOLD["supplier_email"] = [
    ("told", "Greenbasket", "their card details might have been copied"),
    ("read", "A message on the grocer's website", "Our checkout is temporarily unavailable."),
    ("said", "people familiar with the investigation", "The hackers got in through an account belonging to a contractor"),
    ("believe", "Investigators", "the attackers had been inside the network for about six weeks"),
]
NOT_REPORTS["supplier_email"] = ["It is not yet clear how many customers were affected.", "Greenbasket delivers to about 400,000 homes a week."]

ARTICLES["patch_advice"] = """Agency urges firms to patch file-transfer software

The National Cyber Agency advised organisations to apply the update immediately.

The flaw affects versions 4.1 to 4.6 of TransferVault.

More than 2,000 companies use the software to send large files to customers.

Experts say criminal gangs increasingly target software that is used by many firms at once.

The agency's technical director, Joanna Pryce, said at least 40 companies had already been hit.

Ms Pryce said the attacks had begun over a bank holiday weekend.

Staff were warned not to open attachments from unknown senders.
"""
GOLD["patch_advice"] = [
    ("advised", "The National Cyber Agency", "organisations to apply the update immediately"),
    ("say", "Experts", "criminal gangs increasingly target software that is used by many firms at once"),
    ("said", "The agency's technical director, Joanna Pryce", "at least 40 companies had already been hit"),
    ("said", "Ms Pryce", "the attacks had begun over a bank holiday weekend"),
    ("warned", "", "not to open attachments from unknown senders"),
]
NOT_REPORTS["patch_advice"] = ["The flaw affects versions 4.1 to 4.6 of TransferVault.", "More than 2,000 companies use the software to send large files to customers."]
SPEAKERS["patch_advice"] = [("said", "Ms Pryce", "Joanna Pryce", "the attacks")]

ARTICLES["hacker_alias"] = """Teenage hacker says he found games firm's flaw by accident

A hacker who goes by the name Coldwire told this newspaper that he had found the flaw while playing a game.

The flaw in Pixelforge's login page exposed the email addresses of 12 million players.

Coldwire, who says he is 19, said he had not sold the data.

Pixelforge has since fixed the login page.

The company said it would not take legal action against him.

Its games include Starbound Rally and Kingdom of Moss.
"""
GOLD["hacker_alias"] = [
    ("told", "A hacker who goes by the name Coldwire", "he had found the flaw while playing a game"),
    ("said", "Coldwire, who says he is 19", "he had not sold the data"),
    ("said", "The company", "it would not take legal action against him"),
]
SPEAKERS["hacker_alias"] = [("said", "The company", "Pixelforge", "it would not")]
NOT_REPORTS["hacker_alias"] = ["The flaw in Pixelforge's login page exposed the email addresses of 12 million players.", "Pixelforge has since fixed the login page.", "Its games include Starbound Rally and Kingdom of Moss."]

ARTICLES["delayed_notice"] = """Firm waited two months to tell customers of breach

The attackers first got into the systems of Harlan Home Insurance on 2 February.

The intrusion was spotted on 19 March.

A company statement said the delay had been needed to work out what had been taken.

Privacy campaigners criticised the company for waiting so long.

Harlan's shares have fallen by 12% since the breach became public.

Its chief executive, Rohan Vance, said he took full responsibility.
"""
GOLD["delayed_notice"] = [
    ("said", "A company statement", "the delay had been needed to work out what had been taken"),
    ("criticised", "Privacy campaigners", "the company for waiting so long"),
    ("said", "Its chief executive, Rohan Vance", "he took full responsibility"),
]
NOT_REPORTS["delayed_notice"] = ["The attackers first got into the systems of Harlan Home Insurance on 2 February.", "The intrusion was spotted on 19 March.", "Harlan's shares have fallen by 12% since the breach became public."]

ARTICLES["school_records"] = """Pupils' addresses exposed in school software breach

According to the technology news site ByteWire, the stolen data includes the home addresses of 80,000 pupils.

Edutrack, which makes software for school registers, said it had contacted every affected school.

The software is used by about 3,500 schools.

Parents said they had learned of the breach from the news.

Schools should reset the passwords of all staff accounts, the company said.
"""
GOLD["school_records"] = [
    ("According", "the technology news site ByteWire", "the stolen data includes the home addresses of 80,000 pupils"),
    ("said", "Edutrack, which makes software for school registers", "it had contacted every affected school"),
    ("said", "Parents", "they had learned of the breach from the news"),
    ("said", "the company", "Schools should reset the passwords of all staff accounts"),
]
SPEAKERS["school_records"] = [("said", "the company", "Edutrack", "Schools")]
NOT_REPORTS["school_records"] = ["The software is used by about 3,500 schools."]

# written after the mends, to probe them in other words: 'the company' after a union or a charity that spoke
# (``body_nouns.no_firm``), a line one rings ('should call the pharmacy helpline': ``dialled_numbers``)
ARTICLES["nurses_paper"] = """Nurses back on paper as hospital IT fails

Nurses at Greyhaven General Hospital have been writing patient notes on paper for a week.

The hospital's IT supplier, Corvix Systems, said the outage had been caused by a faulty update rather than an attack.

The union Health Workers United said staff were exhausted.

The company said a fix would be in place by Friday.

Patients who need a repeat prescription should call the pharmacy helpline.
"""
GOLD["nurses_paper"] = [
    ("said", "The hospital's IT supplier, Corvix Systems", "the outage had been caused by a faulty update rather than an attack"),
    ("said", "The union Health Workers United", "staff were exhausted"),
    ("said", "The company", "a fix would be in place by Friday"),
]
NOT_REPORTS["nurses_paper"] = ["Nurses at Greyhaven General Hospital have been writing patient notes on paper for a week.", "Patients who need a repeat prescription should call the pharmacy helpline."]
SPEAKERS["nurses_paper"] = [("said", "The company", "Corvix Systems", "a fix")]

ARTICLES["donor_leak"] = """Charity donors' addresses exposed by mailing firm

The addresses of about 18,000 donors were left open online by the mailing firm Postwell for two weeks.

The children's charity Little Lanterns said it had stopped using the firm.

The company said it had closed the gap and told the regulator.

The charity has about 40,000 regular donors.

Donors who are worried can call the charity's hotline.
"""
GOLD["donor_leak"] = [
    ("said", "The children's charity Little Lanterns", "it had stopped using the firm"),
    ("said", "The company", "it had closed the gap and told the regulator"),
]
NOT_REPORTS["donor_leak"] = ["The addresses of about 18,000 donors were left open online by the mailing firm Postwell for two weeks.", "The charity has about 40,000 regular donors.", "Donors who are worried can call the charity's hotline."]
SPEAKERS["donor_leak"] = [("said", "The company", "Postwell", "it had closed")]

# written in review: 'the number of X' is a count, no line one rings, and a label after it names it ('called the
# number of breaches unacceptable': ``dialled_numbers``, the parser hangs the label on the counted noun)
ARTICLES["breach_count"] = """Breaches at public bodies rise

The data watchdog logged 412 breaches at public bodies last year.

The digital minister, Harriet Quaye, called the number of breaches unacceptable.

Anyone whose data may have been exposed should call the helpline.
"""
GOLD["breach_count"] = [
    ("called", "The digital minister, Harriet Quaye", "the number of breaches unacceptable"),
]
NOT_REPORTS["breach_count"] = ["Anyone whose data may have been exposed should call the helpline."]
