# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Forty short articles (thirty written before any count, six after the first count on main, four after the
mend) written for the sixty-ninth pass's check of diplomatic reporting, readouts and state media
(helper N): foreign ministers and spokespeople at briefings ('Foreign Ministry spokesperson X told a regular
briefing'), readouts of calls ('According to a readout from the president's office, ...', 'the readout said'), state
media as channels ('said in remarks carried by the state news agency X', 'state television quoted him as saying',
'the official X agency reported', 'was quoted by the state agency X as saying'), joint statements, communiques and
declarations, anonymous diplomats ('a senior diplomat who spoke on condition of anonymity'), 'the two sides
discussed', remarks through an interpreter, and traps that report nothing (talks that lasted hours, handshakes,
protocol and schedules, treaties named, credentials presented, where an embassy is).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; 'X said Y, Z reported' and 'X discussed Y, according to Z' are one report of Z holding the clause, as train
marks 'The Trump campaign said ..., CNN reported' and 'according to a Pentagon readout'; 'X quoted Y as saying Z' is
X's report of 'Y as saying Z', as train marks it 5 of 5 (Y's until the seventieth pass's ``relayed_reports``)): per article, (a word of the cue, the source, the first content span) for each
report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``; (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Every name, place, body and sentence is made up. Read by
``test_probe_findings_69_diplomacy``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["briefing_spokesperson"] = """Velmara rejects criticism of border exercises

Foreign Ministry spokesperson Lin Arden told a regular briefing on Monday that the military exercises near the Kessan border were "routine and defensive".

The exercises began on Saturday and will end on Thursday.

Ms Arden said Velmara had informed its neighbours of the drills two weeks in advance.
"""
GOLD["briefing_spokesperson"] = [
    ("told", "Foreign Ministry spokesperson Lin Arden", "the military exercises near the Kessan border were \"routine and defensive\""),
    ("said", "Ms Arden", "Velmara had informed its neighbours of the drills two weeks in advance"),
]
NOT_REPORTS["briefing_spokesperson"] = ["The exercises began on Saturday and will end on Thursday."]
SPEAKERS["briefing_spokesperson"] = [("said", "Ms Arden", "Lin Arden", "Velmara")]

ARTICLES["readout_according"] = """Leaders agree to reopen trade talks

According to a readout from the president's office, the two leaders agreed to reopen talks on a trade agreement before the end of the year.

President Oren Vask and Chancellor Petra Lind spoke by telephone for 40 minutes on Wednesday.

The readout said the chancellor had invited Mr Vask to visit Harlberg in the spring.
"""
GOLD["readout_according"] = [
    ("According to", "a readout from the president's office", "the two leaders agreed to reopen talks on a trade agreement before the end of the year"),
    ("said", "The readout", "the chancellor had invited Mr Vask to visit Harlberg in the spring"),
]
NOT_REPORTS["readout_according"] = ["President Oren Vask and Chancellor Petra Lind spoke by telephone for 40 minutes on Wednesday."]

ARTICLES["agency_remarks"] = """Premier says grain corridor will stay open

Prime Minister Anatol Rusu said in remarks carried by the state news agency Veska that the grain corridor through the Strell Sea would stay open "for as long as it takes".

Ships carried 3.1 million tonnes of grain through the corridor in October.

Mr Rusu also said his government would ask the United Nations to send monitors.
"""
GOLD["agency_remarks"] = [
    ("said", "Prime Minister Anatol Rusu", "the grain corridor through the Strell Sea would stay open \"for as long as it takes\""),
    ("said", "Mr Rusu", "his government would ask the United Nations to send monitors"),
]
NOT_REPORTS["agency_remarks"] = ["Ships carried 3.1 million tonnes of grain through the corridor in October."]
SPEAKERS["agency_remarks"] = [("said", "Mr Rusu", "Anatol Rusu", "his government")]

ARTICLES["tv_quoted_minister"] = """Minister vows to protect fishermen

State television quoted Foreign Minister Dana Holm as saying that the navy would escort fishing boats in the disputed waters.

The broadcast showed Ms Holm inspecting a patrol vessel in the port of Ellsby.

Ms Holm said the fishermen had "every right" to be there.
"""
GOLD["tv_quoted_minister"] = [
    ("quoted", "State television", "Foreign Minister Dana Holm as saying that the navy would escort fishing boats in the disputed waters"),
    ("showed", "The broadcast", "Ms Holm inspecting a patrol vessel in the port of Ellsby"),
    ("said", "Ms Holm", "the fishermen had \"every right\" to be there"),
]
NOT_REPORTS["tv_quoted_minister"] = []
SPEAKERS["tv_quoted_minister"] = [("said", "Ms Holm", "Dana Holm", "the fishermen")]

ARTICLES["agency_reported"] = """Border crossings to reopen, agency says

Two crossings on the Velmaran border will reopen to lorries on Monday, the official Nordpress agency reported.

The crossings were closed in March after a dispute over customs fees.

Transport Minister Kai Sorel was quoted by Nordpress as saying that passenger traffic would follow "within weeks".
"""
GOLD["agency_reported"] = [
    ("reported", "the official Nordpress agency", "Two crossings on the Velmaran border will reopen to lorries on Monday"),
    ("saying", "Transport Minister Kai Sorel", "passenger traffic would follow \"within weeks\""),
]
NOT_REPORTS["agency_reported"] = ["The crossings were closed in March after a dispute over customs fees."]

ARTICLES["joint_statement"] = """Neighbours pledge to settle river dispute

In a joint statement, the two countries said they would ask an international panel to rule on the use of the Auron river.

Talks between delegations from Kessa and Velmara lasted three days.

The statement said both governments would accept the panel's ruling.
"""
GOLD["joint_statement"] = [
    ("said", "the two countries", "they would ask an international panel to rule on the use of the Auron river"),
    ("said", "The statement", "both governments would accept the panel's ruling"),
]
NOT_REPORTS["joint_statement"] = ["Talks between delegations from Kessa and Velmara lasted three days."]

ARTICLES["anonymous_diplomat"] = """Envoys make little progress on prisoner swap

A senior diplomat who spoke on condition of anonymity said the two sides remained far apart on the number of prisoners to be exchanged.

The envoys met at a hotel outside Lorne on Tuesday.

"There is no agreement yet, and there may not be one this month," the diplomat said.
"""
GOLD["anonymous_diplomat"] = [
    ("said", "A senior diplomat who spoke on condition of anonymity", "the two sides remained far apart on the number of prisoners to be exchanged"),
    ("said", "the diplomat", "There is no agreement yet, and there may not be one this month"),
]
NOT_REPORTS["anonymous_diplomat"] = ["The envoys met at a hotel outside Lorne on Tuesday."]

ARTICLES["communique"] = """Regional summit calls for ceasefire

The communique issued at the end of the summit called for an immediate ceasefire in the Tarn valley.

Leaders of nine countries attended the two-day meeting in Osterby.

It also urged both sides to allow aid convoys into the valley.
"""
GOLD["communique"] = [
    ("called for", "The communique issued at the end of the summit", "an immediate ceasefire in the Tarn valley"),
    ("urged", "It", "both sides to allow aid convoys into the valley"),
]
NOT_REPORTS["communique"] = ["Leaders of nine countries attended the two-day meeting in Osterby."]

ARTICLES["two_sides_discussed"] = """Foreign ministers meet in Carran

The two sides discussed fishing rights and the reopening of consulates, the Kessan foreign ministry said.

The foreign ministers shook hands before the cameras but took no questions.

The meeting lasted three hours.

On Friday Deputy Minister Ilse Varga and the Kessan ambassador discussed the case of two detained journalists.
"""
GOLD["two_sides_discussed"] = [
    ("said", "the Kessan foreign ministry", "The two sides discussed fishing rights and the reopening of consulates"),
    ("discussed", "Deputy Minister Ilse Varga and the Kessan ambassador", "the case of two detained journalists"),
]
NOT_REPORTS["two_sides_discussed"] = [
    "The foreign ministers shook hands before the cameras but took no questions.",
    "The meeting lasted three hours.",
]

ARTICLES["interpreter"] = """President says sanctions will fail

"Sanctions have never changed our course and they will not change it now," President Matteo Cernan said through an interpreter at a news conference in Velm.

He spoke alongside the visiting president of Dolmar, Ana Prieto.

Ms Prieto said her country would not join the sanctions.
"""
GOLD["interpreter"] = [
    ("said", "President Matteo Cernan", "Sanctions have never changed our course and they will not change it now"),
    ("said", "Ms Prieto", "her country would not join the sanctions"),
]
NOT_REPORTS["interpreter"] = ["He spoke alongside the visiting president of Dolmar, Ana Prieto."]
SPEAKERS["interpreter"] = [("said", "Ms Prieto", "Ana Prieto", "her country")]

ARTICLES["embassy_located"] = """Embassy to move to new district

The Velmaran embassy, which has been on Castle Street since 1961, will move to the new diplomatic quarter next year.

The ambassador, Ruth Caldor, said the old building was too small for its 60 staff.

The new building is located next to the Dolmaran embassy.
"""
GOLD["embassy_located"] = [("said", "The ambassador, Ruth Caldor", "the old building was too small for its 60 staff")]
NOT_REPORTS["embassy_located"] = [
    "The Velmaran embassy, which has been on Castle Street since 1961, will move to the new diplomatic quarter next year.",
    "The new building is located next to the Dolmaran embassy.",
]

ARTICLES["treaty_named"] = """Kessa marks 25 years of border treaty

The 1998 Accord ended a decade of skirmishes along the Auron river.

President Lea Mordan told a ceremony in Carran that the accord had "given two generations peace".

The treaty was signed in the town of Velm on 4 May 1998.

Ms Mordan said the two countries would hold joint celebrations next year.
"""
GOLD["treaty_named"] = [
    ("told", "President Lea Mordan", "the accord had \"given two generations peace\""),
    ("said", "Ms Mordan", "the two countries would hold joint celebrations next year"),
]
NOT_REPORTS["treaty_named"] = [
    "The 1998 Accord ended a decade of skirmishes along the Auron river.",
    "The treaty was signed in the town of Velm on 4 May 1998.",
]
SPEAKERS["treaty_named"] = [("said", "Ms Mordan", "Lea Mordan", "the two countries")]

ARTICLES["schedule"] = """Foreign minister to visit three Gulf states

Foreign Minister Tomas Ebbe will travel to Qadira, Salmar and Oruz next week, the ministry announced on Sunday.

He will be received by the Emir of Qadira on Monday and will hold talks with his Salmari counterpart on Tuesday.

The ministry said the visit would focus on energy and shipping.
"""
GOLD["schedule"] = [
    ("announced", "the ministry", "Foreign Minister Tomas Ebbe will travel to Qadira, Salmar and Oruz next week"),
    ("said", "The ministry", "the visit would focus on energy and shipping"),
]
NOT_REPORTS["schedule"] = ["He will be received by the Emir of Qadira on Monday and will hold talks with his Salmari counterpart on Tuesday."]

ARTICLES["ambassador_summoned"] = """Velmara summons Kessan ambassador over arrests

The foreign ministry summoned the Kessan ambassador on Thursday to protest against the arrest of three Velmaran citizens, the ministry said in a statement.

The three were detained in Carran last week.

A ministry spokesman, Piet Odell, said the ambassador had been told the arrests were "unacceptable".
"""
GOLD["ambassador_summoned"] = [
    ("said", "the ministry", "The foreign ministry summoned the Kessan ambassador on Thursday to protest against the arrest of three Velmaran citizens"),
    ("said", "A ministry spokesman, Piet Odell", "the ambassador had been told the arrests were \"unacceptable\""),
]
NOT_REPORTS["ambassador_summoned"] = ["The three were detained in Carran last week."]

ARTICLES["airspace_denial"] = """Ministry denies plane entered airspace

The Dolmaran defence ministry denied that one of its planes had entered Velmaran airspace on Saturday.

"Our aircraft stayed over international waters at all times," ministry spokesman Colonel Aras Pell wrote on the social network Tallo.

The incident took place near the island of Skarn.

Velmara said its radar had tracked the plane for 12 minutes.
"""
GOLD["airspace_denial"] = [
    ("denied", "The Dolmaran defence ministry", "one of its planes had entered Velmaran airspace on Saturday"),
    ("wrote", "ministry spokesman Colonel Aras Pell", "Our aircraft stayed over international waters at all times"),
    ("said", "Velmara", "its radar had tracked the plane for 12 minutes"),
]
NOT_REPORTS["airspace_denial"] = ["The incident took place near the island of Skarn."]

ARTICLES["readout_call"] = """Leaders discuss gas supplies in call

Prime Minister Hanne Ostrup and President Davor Kell discussed gas supplies and the planned pipeline in a call on Friday, according to a readout released by Ms Ostrup's office.

The call was the first between the two since Mr Kell took office in January.

Mr Kell's office gave a shorter account, saying only that the leaders had discussed "matters of mutual interest".
"""
GOLD["readout_call"] = [
    ("according to", "a readout released by Ms Ostrup's office", "Prime Minister Hanne Ostrup and President Davor Kell discussed gas supplies and the planned pipeline in a call on Friday"),
    ("saying", "Mr Kell's office", "the leaders had discussed \"matters of mutual interest\""),
]
NOT_REPORTS["readout_call"] = ["The call was the first between the two since Mr Kell took office in January."]

ARTICLES["summit_pledge"] = """Summit ends with pledge on refugees

Leaders meeting in Osterby pledged to share the cost of hosting refugees from the Tarn valley.

The declaration, signed by 14 heads of government, calls on wealthy countries to double their aid to the region.

The leaders posed for a group photograph on the steps of the town hall.
"""
GOLD["summit_pledge"] = [
    ("pledged", "Leaders meeting in Osterby", "to share the cost of hosting refugees from the Tarn valley"),
    ("calls on", "The declaration, signed by 14 heads of government", "wealthy countries to double their aid to the region"),
]
NOT_REPORTS["summit_pledge"] = ["The leaders posed for a group photograph on the steps of the town hall."]

ARTICLES["talks_lasted"] = """Ceasefire talks end without deal

Talks between the government and the Free Lorne Front ended in Osterby on Wednesday without an agreement.

The talks lasted nine hours.

The mediator, former Dolmaran foreign minister Ines Varro, said both delegations had agreed to return next month.

"Nobody walked out, and that is something," Ms Varro told reporters.
"""
GOLD["talks_lasted"] = [
    ("said", "The mediator, former Dolmaran foreign minister Ines Varro", "both delegations had agreed to return next month"),
    ("told", "Ms Varro", "Nobody walked out, and that is something"),
]
NOT_REPORTS["talks_lasted"] = [
    "Talks between the government and the Free Lorne Front ended in Osterby on Wednesday without an agreement.",
    "The talks lasted nine hours.",
]
SPEAKERS["talks_lasted"] = [("told", "Ms Varro", "Ines Varro", "Nobody")]

ARTICLES["agency_outer"] = """Leader warns neighbours over dam

Supreme Leader Han Doyun warned that any attack on the Pyrang dam would be met with "overwhelming force", the state news agency KNV reported on Thursday.

The dam supplies electricity to a third of the country.

KNV said the leader had inspected troops guarding the dam.
"""
GOLD["agency_outer"] = [
    ("reported", "the state news agency KNV", "Supreme Leader Han Doyun warned that any attack on the Pyrang dam would be met with \"overwhelming force\""),
    ("said", "KNV", "the leader had inspected troops guarding the dam"),
]
NOT_REPORTS["agency_outer"] = ["The dam supplies electricity to a third of the country."]

ARTICLES["ambassador_interview"] = """Ambassador says relations at lowest point

Relations between Kessa and Velmara are at their lowest point in 30 years, the Kessan ambassador to Velmara, Yusuf Demir, told the newspaper Carran Daily in an interview published on Sunday.

Mr Demir has served in Velm since 2021.

He said he had not met the Velmaran foreign minister for six months.
"""
GOLD["ambassador_interview"] = [
    ("told", "the Kessan ambassador to Velmara, Yusuf Demir", "Relations between Kessa and Velmara are at their lowest point in 30 years"),
    ("said", "He", "he had not met the Velmaran foreign minister for six months"),
]
NOT_REPORTS["ambassador_interview"] = ["Mr Demir has served in Velm since 2021."]
SPEAKERS["ambassador_interview"] = [("said", "He", "Yusuf Demir", "he had not")]

ARTICLES["missile_condemned"] = """Dolmar condemns missile test

Dolmar's foreign ministry condemned the missile test in a statement posted on its website.

The missile flew 900 kilometres before falling into the sea.

The statement urged the Security Council to meet.
"""
GOLD["missile_condemned"] = [
    ("condemned", "Dolmar's foreign ministry", "the missile test"),
    ("urged", "The statement", "the Security Council to meet"),
]
NOT_REPORTS["missile_condemned"] = ["The missile flew 900 kilometres before falling into the sea."]

ARTICLES["joint_news_conference"] = """Minister says refugees may return

Speaking in Dolmaran at a joint news conference, Interior Minister Sami Haddad said refugees could begin returning to the border towns in the autumn.

His Velmaran counterpart, Ole Brenner, said the two countries would clear mines from the area first.

The news conference was held at the Velmaran embassy in Osterby.
"""
GOLD["joint_news_conference"] = [
    ("said", "Interior Minister Sami Haddad", "refugees could begin returning to the border towns in the autumn"),
    ("said", "His Velmaran counterpart, Ole Brenner", "the two countries would clear mines from the area first"),
]
NOT_REPORTS["joint_news_conference"] = ["The news conference was held at the Velmaran embassy in Osterby."]

ARTICLES["diplomatic_sources"] = """Envoy may be expelled, sources say

Velmara is preparing to expel a Kessan diplomat, diplomatic sources said on Tuesday.

The diplomat has worked in the embassy's trade section since 2023.

One source, who asked not to be named because the matter is confidential, said a decision would be made this week.
"""
GOLD["diplomatic_sources"] = [
    ("said", "diplomatic sources", "Velmara is preparing to expel a Kessan diplomat"),
    ("said", "One source, who asked not to be named because the matter is confidential", "a decision would be made this week"),
]
NOT_REPORTS["diplomatic_sources"] = ["The diplomat has worked in the embassy's trade section since 2023."]

ARTICLES["two_accounts"] = """Accounts differ after talks on fishing zone

Velmara's foreign ministry said the talks had been "frank and constructive".

Kessa's account was shorter: its ministry said only that the two delegations had "exchanged views".

The next round is scheduled for March in Carran.
"""
GOLD["two_accounts"] = [
    ("said", "Velmara's foreign ministry", "the talks had been \"frank and constructive\""),
    ("said", "its ministry", "the two delegations had \"exchanged views\""),
]
NOT_REPORTS["two_accounts"] = ["The next round is scheduled for March in Carran."]

ARTICLES["condolences"] = """Leaders send condolences after quake

President Lea Mordan sent a message of condolence to the people of Dolmar, saying Kessa stood ready to send rescue teams.

The earthquake killed at least 140 people on Sunday.

Chancellor Petra Lind said in a post on Tallo that her thoughts were with the families of the victims.
"""
GOLD["condolences"] = [
    ("saying", "President Lea Mordan", "Kessa stood ready to send rescue teams"),
    ("said", "Chancellor Petra Lind", "her thoughts were with the families of the victims"),
]
NOT_REPORTS["condolences"] = ["The earthquake killed at least 140 people on Sunday."]

ARTICLES["credentials"] = """New ambassadors present credentials

Four new ambassadors presented their credentials to President Oren Vask at the palace on Monday.

The ceremony included a review of the honour guard.

The new Dolmaran ambassador, Clara Estevan, told reporters afterwards that she would work to restore direct flights between the two capitals.
"""
GOLD["credentials"] = [
    ("told", "The new Dolmaran ambassador, Clara Estevan", "she would work to restore direct flights between the two capitals"),
]
NOT_REPORTS["credentials"] = [
    "Four new ambassadors presented their credentials to President Oren Vask at the palace on Monday.",
    "The ceremony included a review of the honour guard.",
]

ARTICLES["envoy_recalled"] = """Envoy recalled after remarks

Velmara recalled its ambassador to Kessa, Arne Dahl, on Friday after he criticised the Kessan government in a speech.

State television quoted him as saying that the Kessan police had "behaved like an occupying army".

Mr Dahl had served in Carran since 2022.

The foreign ministry said Mr Dahl's remarks did not reflect government policy.
"""
GOLD["envoy_recalled"] = [
    ("criticised", "he", "the Kessan government"),
    ("quoted", "State television", "him as saying that the Kessan police had \"behaved like an occupying army\""),
    ("said", "The foreign ministry", "Mr Dahl's remarks did not reflect government policy"),
]
NOT_REPORTS["envoy_recalled"] = ["Mr Dahl had served in Carran since 2022."]
SPEAKERS["envoy_recalled"] = [("quoted", "State television", "State television", "him as saying")]

ARTICLES["un_envoy"] = """UN envoy urges restraint

The United Nations special envoy for the Tarn valley, Miriam Okafor, urged both sides to observe the truce.

The truce took effect on 2 February.

In a briefing to the Security Council, she said more than 20,000 people had fled the valley since January.
"""
GOLD["un_envoy"] = [
    ("urged", "The United Nations special envoy for the Tarn valley, Miriam Okafor", "both sides to observe the truce"),
    ("said", "she", "more than 20,000 people had fled the valley since January"),
]
NOT_REPORTS["un_envoy"] = ["The truce took effect on 2 February."]
SPEAKERS["un_envoy"] = [("said", "she", "Miriam Okafor", "more than")]

ARTICLES["quoted_by_agency"] = """Kessa says it will not attend talks

Kessa will not send a delegation to next week's talks in Osterby, Deputy Foreign Minister Ilan Sade was quoted by the state agency Kessapress as saying.

The first round of talks was held in Osterby in June.

Mr Sade said his government had "no confidence" in the mediators.
"""
GOLD["quoted_by_agency"] = [
    ("saying", "Deputy Foreign Minister Ilan Sade", "Kessa will not send a delegation to next week's talks in Osterby"),
    ("said", "Mr Sade", "his government had \"no confidence\" in the mediators"),
]
NOT_REPORTS["quoted_by_agency"] = ["The first round of talks was held in Osterby in June."]
SPEAKERS["quoted_by_agency"] = [("said", "Mr Sade", "Ilan Sade", "his government")]

ARTICLES["election_concern"] = """Velmara calls for inquiry into election violence

The Velmaran foreign ministry expressed concern that voters had been intimidated during the Dolmaran election.

The election was held on Sunday.

The ministry called on the Dolmaran authorities to investigate the reports.
"""
GOLD["election_concern"] = [
    ("expressed concern", "The Velmaran foreign ministry", "voters had been intimidated during the Dolmaran election"),
    ("called on", "The ministry", "the Dolmaran authorities to investigate the reports"),
]
NOT_REPORTS["election_concern"] = ["The election was held on Sunday."]

ARTICLES["handshake"] = """Rivals meet for first time in decade

The presidents of Kessa and Velmara shook hands at the start of the summit in Osterby, their first meeting in ten years.

Neither leader spoke to reporters.

A Kessan official said the handshake had been arranged by the host, Chancellor Petra Lind.
"""
GOLD["handshake"] = [("said", "A Kessan official", "the handshake had been arranged by the host, Chancellor Petra Lind")]
NOT_REPORTS["handshake"] = [
    "The presidents of Kessa and Velmara shook hands at the start of the summit in Osterby, their first meeting in ten years.",
    "Neither leader spoke to reporters.",
]

# Written after the first count on main, in more of the shapes of diplomatic reporting: words told to a counterpart
# in a call, a palace's statement, a letter to the United Nations, the sides' agreement in a ministry's account, a
# speech quoted through its official translation, an embassy's appeal to its citizens.

ARTICLES["phone_counterpart"] = """Minister presses counterpart on detained sailors

Foreign Minister Dana Holm told her Kessan counterpart in a telephone call on Sunday that the 11 detained sailors must be released "without delay".

The sailors were detained when their trawler strayed into Kessan waters last month.

Kessa's foreign ministry said the sailors were being held "in good conditions".
"""
GOLD["phone_counterpart"] = [
    ("told", "Foreign Minister Dana Holm", "the 11 detained sailors must be released \"without delay\""),
    ("said", "Kessa's foreign ministry", "the sailors were being held \"in good conditions\""),
]
NOT_REPORTS["phone_counterpart"] = ["The sailors were detained when their trawler strayed into Kessan waters last month."]

ARTICLES["palace_statement"] = """Palace denies king will abdicate

A statement from the royal palace in Osterby said the king had "no intention" of stepping down.

King Aldric, 81, has not appeared in public since November.

The palace said he would attend the state banquet for the visiting Velmaran president on Thursday.
"""
GOLD["palace_statement"] = [
    ("said", "A statement from the royal palace in Osterby", "the king had \"no intention\" of stepping down"),
    ("said", "The palace", "he would attend the state banquet for the visiting Velmaran president on Thursday"),
]
NOT_REPORTS["palace_statement"] = ["King Aldric, 81, has not appeared in public since November."]

ARTICLES["letter_to_un"] = """Kessa complains to UN over dam

In a letter to the UN secretary general, Kessa's ambassador to the United Nations, Oskar Viel, wrote that the new dam would cut the flow of the Auron river by half.

The dam is due to be finished in 2028.

Velmara's mission to the UN said the letter contained "false figures".
"""
GOLD["letter_to_un"] = [
    ("wrote", "Kessa's ambassador to the United Nations, Oskar Viel", "the new dam would cut the flow of the Auron river by half"),
    ("said", "Velmara's mission to the UN", "the letter contained \"false figures\""),
]
NOT_REPORTS["letter_to_un"] = ["The dam is due to be finished in 2028."]

ARTICLES["sides_agreed"] = """Kessa and Dolmar agree to restore flights

The two sides agreed to restore direct flights between Carran and Velm from April, the Dolmaran foreign ministry said after the talks.

The flights were suspended in 2022.

Dolmar's foreign minister, Ana Prieto, said the agreement was "a first step".
"""
GOLD["sides_agreed"] = [
    ("said", "the Dolmaran foreign ministry", "The two sides agreed to restore direct flights between Carran and Velm from April"),
    ("said", "Dolmar's foreign minister, Ana Prieto", "the agreement was \"a first step\""),
]
NOT_REPORTS["sides_agreed"] = ["The flights were suspended in 2022."]

ARTICLES["official_translation"] = """President warns of long conflict

"This war will not end this year, and perhaps not next year," President Davor Kell said, according to an official translation of his speech.

The speech was broadcast live on state television.

He said the army would need 40,000 more soldiers.
"""
GOLD["official_translation"] = [
    ("according to", "an official translation of his speech", "\"This war will not end this year, and perhaps not next year,\" President Davor Kell said"),
    ("said", "He", "the army would need 40,000 more soldiers"),
]
NOT_REPORTS["official_translation"] = ["The speech was broadcast live on state television."]
SPEAKERS["official_translation"] = [("said", "He", "Davor Kell", "the army")]

ARTICLES["embassy_appeal"] = """Embassy warns citizens to leave Lorne

The Velmaran embassy in Carran urged its citizens to leave the Lorne region "by any available means".

The embassy said in a post on the social network Tallo that it could no longer guarantee consular help in the region.

About 300 Velmaran citizens are registered in Lorne.
"""
GOLD["embassy_appeal"] = [
    ("urged", "The Velmaran embassy in Carran", "its citizens to leave the Lorne region \"by any available means\""),
    ("said", "The embassy", "it could no longer guarantee consular help in the region"),
]
NOT_REPORTS["embassy_appeal"] = ["About 300 Velmaran citizens are registered in Lorne."]

# Written last, after the mend, in four shapes more (a televised address, a readout as the subject, a broadcaster
# quoting an envoy as telling delegates, capitals for governments): all right on main and after.

ARTICLES["televised_address"] = """President rules out early election

In a televised address on Sunday night, President Oren Vask said there would be no early election.

The address lasted 20 minutes.

Opposition leader Mila Sarn said the president was "afraid of the voters".
"""
GOLD["televised_address"] = [
    ("said", "President Oren Vask", "there would be no early election"),
    ("said", "Opposition leader Mila Sarn", "the president was \"afraid of the voters\""),
]
NOT_REPORTS["televised_address"] = ["The address lasted 20 minutes."]

ARTICLES["readout_of_call"] = """Leaders hold first call since election

A readout of the call issued by the Kessan presidency said the two presidents had agreed to "stay in close contact".

It was the first conversation between the two since Mr Kell's election in May.

The Velmaran side did not publish a readout.
"""
GOLD["readout_of_call"] = [
    ("said", "A readout of the call issued by the Kessan presidency", "the two presidents had agreed to \"stay in close contact\""),
]
NOT_REPORTS["readout_of_call"] = [
    "It was the first conversation between the two since Mr Kell's election in May.",
    "The Velmaran side did not publish a readout.",
]

ARTICLES["quoted_telling"] = """Envoy says blockade must end

The Dolmaran envoy to the talks, Rui Pessoa, was quoted by the state broadcaster DTV as telling the delegates that the blockade of the port "must end this week".

The port has been closed since 3 June.

"We have waited long enough," Mr Pessoa said later.
"""
GOLD["quoted_telling"] = [
    ("telling", "The Dolmaran envoy to the talks, Rui Pessoa", "the blockade of the port \"must end this week\""),
    ("said", "Mr Pessoa", "We have waited long enough"),
]
NOT_REPORTS["quoted_telling"] = ["The port has been closed since 3 June."]
SPEAKERS["quoted_telling"] = [("said", "Mr Pessoa", "Rui Pessoa", "We have")]

ARTICLES["capital_metonym"] = """Velm rejects Kessan protest note

Velm rejected a protest note from Carran over the new border fence, calling it "an internal matter".

The fence runs for 60 kilometres along the Auron river.

Carran said it would raise the issue at the regional summit next month.
"""
GOLD["capital_metonym"] = [
    ("calling", "Velm", "it \"an internal matter\""),
    ("said", "Carran", "it would raise the issue at the regional summit next month"),
]
NOT_REPORTS["capital_metonym"] = ["The fence runs for 60 kilometres along the Auron river."]
