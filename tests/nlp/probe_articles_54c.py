# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve articles written for the fifty-fourth session's red team on content boundaries in long sentences
(helper rt3), in registers with long sentences (a wire report on a port strike, an appeal court judgment on
night flights, a central bank's rate decision, a science press release on bees, a magazine profile of a
ferryman, a parliamentary sketch, a football report with post-match quotes, an earnings call, an election
night, and regional papers in Indian, Nigerian and Irish English). Their contents end in varied ways: a
clause joined after the report that is the writer's ('said X, and members voted Y', '..., which drew a
roar'), a trailing cue inside or after the content ('X, the bank said, but Y'), a set-off phrase after
the cue ('said on Tuesday, after talks broke down'), a bracketed or relative clause in the source, a
reason or a contrast that is the speaker's and stays ('said X because Y', '..., as wage growth remained
strong', '..., rather than from new support'), the reporter's next act after a closing quotation and a
comma ('told them X was "a message", and thanked Y'). The gold is written by hand: (a word of the cue,
the source, the first content span) per attribution. Every name, figure and sentence is made up. Read by
``test_probe_findings_54_rt3``; ``NOT_REPORTS`` holds lines that report nothing, ``STILL_WRONG`` the
reports still missed or cut wrong, with the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
ARTICLES["wire"] = """Dock workers extend strike at Fennick port as talks stall

FENNICK, March 3 (Wire) - Dock workers at the port of Fennick will stay off the job for a second week, their union said on Tuesday, after talks with the port operator broke down late on Monday night.

The union, which represents about 2,300 crane drivers and lashers, said the operator had refused to discuss pay, and members voted to extend the walkout by a large majority.

"We came to the table in good faith and we were shown the door," union secretary Dara Kellner told reporters outside the port gates.

Fennick Terminals said it had offered a rise of 4 percent over two years, which it described as generous given the fall in container traffic.

A spokeswoman for the operator said the company remained open to talks, before declining to answer further questions.

About forty ships were waiting at anchor off the coast on Tuesday, according to data from a shipping tracker.

The transport ministry said it was monitoring the situation closely, adding that it had no plans to intervene.

The last strike at the port, in 2019, lasted eleven days.
"""
ARTICLES["court"] = """Appeal court overturns ban on night flights at Ostrow airfield

The Court of Appeal on Friday overturned a ban on night flights at Ostrow airfield, ruling that the local council had failed to weigh the economic harm of the ban.

In a judgment running to 84 pages, Lady Justice Amberley said the council had been entitled to consider noise, but it had given no reasons for setting the economic evidence aside.

The court found that the consultation had been "fair in form but hollow in substance", a phrase residents' groups seized on within minutes of the ruling.

Lord Justice Penhale, agreeing, wrote that the council could still impose limits if it followed a proper process.

Lawyers for the council argued during the hearing that the ban was a matter of local democracy, because councillors had been elected on a promise to end night flights.

The residents' association (which brought the original complaint) said it was disappointed and would consider an appeal to the Supreme Court.

The airfield's owner welcomed the decision, saying it would protect 400 jobs.

The ban will be lifted from next month.
"""
ARTICLES["bank"] = """Central bank holds rates, signals cuts later in year

The Bank of Varnia left its main interest rate unchanged at 4.5 percent on Thursday, and said in a statement that it expected to begin lowering borrowing costs in the second half of the year.

Inflation had fallen faster than expected over the winter, the bank said, but services prices were still rising at an uncomfortable pace.

Governor Elena Matras told a news conference that the committee wanted to see "a few more months of evidence" before acting, as wage growth remained strong.

She said the vote had been unanimous.

Two members of the committee had argued at the previous meeting for an immediate cut, the minutes showed.

Economists said the decision was widely expected, and markets barely moved.

"The bank is buying time, and that is sensible," said Tomas Reiner, chief economist at Halden Securities, who had forecast a hold.

The next rate decision is due on May 14.
"""
ARTICLES["science"] = """Bees learn to avoid polluted flowers, study finds

Bumblebees can learn to avoid flowers contaminated with a common pesticide within a few hours, according to a study published on Wednesday in the journal Animal Minds.

Researchers at the University of Carrow trained 120 bees to visit artificial flowers, some of which held sugar water laced with small doses of the chemical.

Within three hours most bees visited only the clean flowers, the team reported.

"We were surprised by how quickly they picked it up," said Dr Hannah Lowe, who led the study. "It suggests bees are tasting something we did not think they could detect."

Lowe cautioned that the experiment took place in a laboratory, where bees had fewer choices than in the wild.

Professor Sunil Varghese, an ecologist who was not involved in the work, said the results were interesting but should not be read as a sign that pesticides were safe.

The university said the work had been funded by a national science council.

The team plans to repeat the experiment in open fields next summer.
"""
ARTICLES["magazine"] = """The last ferryman of Loch Braddan

For forty years, Angus Macrae has rowed passengers across the narrow water between Inverbraddan and the island of Sgeir, and for forty years, he says, nobody has ever asked him to hurry.

He told me, as we pushed off from the slipway one grey morning in October, that the crossing takes eleven minutes if the wind is kind and twenty if it is not.

His father ran the ferry before him, and his grandfather before that, though Macrae insists that he never wanted the job and took it only because nobody else would.

The council, which pays him a small fee, has said it will replace the rowing boat with a motor launch next year.

"They think I'm a museum piece," he said, laughing, "and maybe they're right."

Islanders I spoke to were less amused. Morag Dunn, who runs the island's only shop, said the council had not asked anyone on Sgeir what they wanted.

Macrae himself says he will retire when the launch arrives, and that he plans to spend his mornings fishing.

The water was flat calm on the way back.
"""
ARTICLES["sketch"] = """Sketch: a long afternoon of short answers

It was the kind of afternoon in the chamber when everyone seemed to have somewhere better to be, not least the minister for housing, Gerald Pike.

Mr Pike told the house that the government was building more homes than at any time in a generation, and the benches behind him murmured their approval.

The opposition spokeswoman, Rhian Castell, asked him how many of those homes were affordable, a question she has put to him eleven times since January.

He replied that the figures would be published in due course.

Ms Castell said the minister was hiding behind a spreadsheet, which drew a roar from her side of the house and a frown from the Speaker.

The Speaker reminded members that the house was not a football ground.

A government backbencher, Neville Crouch, rose to say that his constituents were delighted with the new homes in their town, before admitting, under some heckling, that none of them had been finished.

The house then moved on to a debate on ferry subsidies, and the chamber emptied.
"""
ARTICLES["sport"] = """Harlow snatch late win to go top

Harlow Athletic went top of the league on Saturday with a 2-1 win over Denton Rovers, thanks to a stoppage-time header from substitute Kofi Asante.

Denton had led through a first-half penalty, and for long spells looked the better side.

"We were poor for an hour, and I told the players that at half-time," Harlow manager Gary Whitlock said afterwards. "But they showed character, and that is what wins titles."

Whitlock said Asante had been left out of the starting side because he had been ill during the week.

Asante, who has scored four goals in his last three games, said he had simply tried to get his head to the ball.

Denton's manager, Phil Erskine, said the referee should have awarded his side a second penalty, adding that he would write to the league about it.

Erskine also said his players were exhausted, as they had played three games in seven days.

Harlow travel to Castleford next Saturday.
"""
ARTICLES["earnings"] = """Lumina Foods profit falls as costs bite

Lumina Foods reported a 14 percent fall in first-quarter profit on Tuesday, and warned that higher packaging costs would weigh on margins for the rest of the year.

Chief executive Sandra Holt told analysts on a conference call that the company had raised prices twice since January, but shoppers had begun switching to cheaper own-label brands.

She said volumes had fallen 3 percent in the quarter, the first drop since 2020.

"We are not going to chase volume at any price," Holt said, adding that the company would cut its marketing budget instead.

Finance director Owen Price said the company still expected full-year sales to grow, although he declined to give a figure.

Analysts at Bramwell Bank said in a note that the results were weaker than expected, and cut their price target on the shares.

Lumina shares fell 6 percent in early trading.

The company will report half-year results in August.
"""
ARTICLES["election"] = """Election night: Greens take Westmoor as turnout slumps

The Green party won the Westmoor seat for the first time shortly after 2am, overturning a majority of nearly 6,000, as turnout fell to its lowest level in decades.

The new member, Priya Sandhu, told supporters at the count that the result was "a message that nobody can ignore", and thanked the volunteers who had knocked on doors through the winter.

Her defeated rival, Martin Kell, said he accepted the result, but he blamed the low turnout on the weather.

Turnout was 48 percent, the returning officer said, down from 61 percent at the last election.

A party official who asked not to be named said the campaign had spent most of its money on leaflets, because it could not afford television advertising.

Across the region, counting continued through the night.

Professor Lena Hart, a political scientist at Marsh University, said the Greens had benefited from voters who stayed at home, rather than from new support.

Full results are expected by midday.
"""
ARTICLES["india"] = """Pune civic body to clear roadside stalls before monsoon

The Pune Municipal Corporation will remove unauthorised stalls from footpaths in four wards before the monsoon sets in, officials said on Saturday.

Additional commissioner Rajesh Kulkarni said that the drive would begin from Monday, and that stall owners had been given notice last week itself.

Hawkers' union leader Sunita Pawar said the corporation had not provided any alternate space, and that nearly 600 families would lose their livelihood.

"We are not against cleanliness, but where will we go?" she asked.

Mr Kulkarni told this newspaper that vendors holding valid licences would be shifted to a new market near the railway station, which is nearly ready.

Residents of Kothrud welcomed the move, saying the footpaths had become impossible to walk on.

The corporation has also said it will fine shopkeepers who place goods on the footpath.

The drive is expected to take three weeks.
"""
ARTICLES["nigeria"] = """Kano farmers decry late fertiliser supply

Farmers in Kano State have decried the late supply of subsidised fertiliser, saying the delay could reduce this year's maize harvest.

The chairman of the state chapter of the farmers' association, Alhaji Musa Danladi, told our correspondent on Thursday that most members had not received a single bag, although planting had already started.

He said the association had written to the commissioner for agriculture twice, without any response.

"If the fertiliser comes after the rains, it is useless to us," he said.

When contacted, the ministry's spokesman, Mr Ibrahim Sani, said the trucks had been delayed by bad roads, and assured farmers that distribution would begin next week.

Sani added that the state government had approved funds for an additional 20,000 bags.

A farmer in Dawakin Kudu, Mrs Hauwa Bello, said she had bought fertiliser from the open market at almost double the price.

The rainy season began early this year.
"""
ARTICLES["ireland"] = """Councillors row over Ennistymon bypass delay

Clare County Council has been accused of dragging its heels on the long-promised Ennistymon bypass, with one councillor claiming the project is "further away than it was in 2015".

Cllr Siobhán Keane said at Monday's meeting that traffic through the town was now at a standstill most summer afternoons, and that local businesses were suffering as a result.

She said she had raised the matter at every meeting for three years, to no avail.

Senior engineer Declan Moloney told the meeting that the route selection report would be finished by the end of the year, but he warned that planning could take a further two years.

He said the council was waiting on funding from the transport department, which had yet to confirm its allocation.

Cllr Pádraig Hehir said the people of Ennistymon had been patient long enough, and he called on the department to "stop the dithering".

The meeting also heard that a new footpath on the Lahinch road would be built this summer.

The bypass was first proposed in 2004.
"""

GOLD["wire"] = [
    ("said", "their union", "Dock workers at the port of Fennick will stay off the job for a second week"),
    ("said", "The union, which represents about 2,300 crane drivers and lashers", "the operator had refused to discuss pay"),
    ("told", "union secretary Dara Kellner", "We came to the table in good faith and we were shown the door"),
    ("said", "Fennick Terminals", "it had offered a rise of 4 percent over two years"),
    ("said", "A spokeswoman for the operator", "the company remained open to talks"),
    ("according to", "data from a shipping tracker", "About forty ships were waiting at anchor off the coast on Tuesday"),
    ("said", "The transport ministry", "it was monitoring the situation closely"),
    ("adding", "The transport ministry", "it had no plans to intervene"),
]
NOT_REPORTS["wire"] = ["The last strike at the port, in 2019, lasted eleven days."]

GOLD["court"] = [
    ("ruling", "The Court of Appeal", "the local council had failed to weigh the economic harm of the ban"),
    ("said", "Lady Justice Amberley", "the council had been entitled to consider noise, but it had given no reasons for setting the economic evidence aside"),
    ("found", "The court", 'the consultation had been "fair in form but hollow in substance"'),
    ("wrote", "Lord Justice Penhale", "the council could still impose limits if it followed a proper process"),
    ("argued", "Lawyers for the council", "the ban was a matter of local democracy, because councillors had been elected on a promise to end night flights"),
    ("said", "The residents' association (which brought the original complaint)", "it was disappointed and would consider an appeal to the Supreme Court"),
    ("saying", "The airfield's owner", "it would protect 400 jobs"),
]
NOT_REPORTS["court"] = ["The ban will be lifted from next month."]

GOLD["bank"] = [
    ("said", "The Bank of Varnia", "it expected to begin lowering borrowing costs in the second half of the year"),
    ("said", "the bank", "Inflation had fallen faster than expected over the winter"),
    ("told", "Governor Elena Matras", 'the committee wanted to see "a few more months of evidence" before acting, as wage growth remained strong'),
    ("said", "She", "the vote had been unanimous"),
    ("showed", "the minutes", "Two members of the committee had argued at the previous meeting for an immediate cut"),
    ("said", "Economists", "the decision was widely expected"),
    ("said", "Tomas Reiner, chief economist at Halden Securities, who had forecast a hold", "The bank is buying time, and that is sensible"),
]
NOT_REPORTS["bank"] = ["The next rate decision is due on May 14."]

GOLD["science"] = [
    ("according to", "a study published on Wednesday in the journal Animal Minds", "Bumblebees can learn to avoid flowers contaminated with a common pesticide within a few hours"),
    ("reported", "the team", "Within three hours most bees visited only the clean flowers"),
    ("said", "Dr Hannah Lowe, who led the study", "We were surprised by how quickly they picked it up"),
    ("said", "Professor Sunil Varghese, an ecologist who was not involved in the work", "the results were interesting but should not be read as a sign that pesticides were safe"),
    ("said", "The university", "the work had been funded by a national science council"),
]

GOLD["magazine"] = [
    ("told", "He", "the crossing takes eleven minutes if the wind is kind and twenty if it is not"),
    ("insists", "Macrae", "he never wanted the job and took it only because nobody else would"),
    ("said", "The council, which pays him a small fee", "it will replace the rowing boat with a motor launch next year"),
    ("said", "he", "They think I'm a museum piece"),
    ("said", "Morag Dunn, who runs the island's only shop", "the council had not asked anyone on Sgeir what they wanted"),
    ("says", "Macrae himself", "he will retire when the launch arrives, and that he plans to spend his mornings fishing"),
]
NOT_REPORTS["magazine"] = ["The water was flat calm on the way back."]

GOLD["sketch"] = [
    ("told", "Mr Pike", "the government was building more homes than at any time in a generation"),
    ("asked", "The opposition spokeswoman, Rhian Castell", "how many of those homes were affordable"),
    ("replied", "He", "the figures would be published in due course"),
    ("said", "Ms Castell", "the minister was hiding behind a spreadsheet"),
    ("reminded", "The Speaker", "the house was not a football ground"),
    ("say", "A government backbencher, Neville Crouch", "his constituents were delighted with the new homes in their town"),
    ("admitting", "A government backbencher, Neville Crouch", "none of them had been finished"),
]
NOT_REPORTS["sketch"] = ["The house then moved on to a debate on ferry subsidies, and the chamber emptied."]

GOLD["sport"] = [
    ("said", "Harlow manager Gary Whitlock", "We were poor for an hour, and I told the players that at half-time"),
    ("said", "Whitlock", "Asante had been left out of the starting side because he had been ill during the week"),
    ("said", "Asante, who has scored four goals in his last three games", "he had simply tried to get his head to the ball"),
    ("said", "Denton's manager, Phil Erskine", "the referee should have awarded his side a second penalty"),
    ("adding", "Denton's manager, Phil Erskine", "he would write to the league about it"),
    ("said", "Erskine", "his players were exhausted, as they had played three games in seven days"),
]
NOT_REPORTS["sport"] = ["Harlow travel to Castleford next Saturday."]

GOLD["earnings"] = [
    ("warned", "Lumina Foods", "higher packaging costs would weigh on margins for the rest of the year"),
    ("said", "She", "volumes had fallen 3 percent in the quarter"),
    ("said", "Holt", "We are not going to chase volume at any price"),
    ("adding", "Holt", "the company would cut its marketing budget instead"),
    ("said", "Finance director Owen Price", "the company still expected full-year sales to grow"),
    ("said", "Analysts at Bramwell Bank", "the results were weaker than expected"),
]
NOT_REPORTS["earnings"] = ["Lumina shares fell 6 percent in early trading."]

GOLD["election"] = [
    ("told", "The new member, Priya Sandhu", 'the result was "a message that nobody can ignore"'),
    ("said", "Her defeated rival, Martin Kell", "he accepted the result"),
    ("said", "the returning officer", "Turnout was 48 percent"),
    ("said", "A party official who asked not to be named", "the campaign had spent most of its money on leaflets, because it could not afford television advertising"),
    ("said", "Professor Lena Hart, a political scientist at Marsh University", "the Greens had benefited from voters who stayed at home, rather than from new support"),
]
NOT_REPORTS["election"] = ["Across the region, counting continued through the night."]

GOLD["india"] = [
    ("said", "officials", "The Pune Municipal Corporation will remove unauthorised stalls from footpaths in four wards before the monsoon sets in"),
    ("said", "Additional commissioner Rajesh Kulkarni", "the drive would begin from Monday, and that stall owners had been given notice last week itself"),
    ("said", "Hawkers' union leader Sunita Pawar", "the corporation had not provided any alternate space, and that nearly 600 families would lose their livelihood"),
    ("asked", "she", "We are not against cleanliness, but where will we go?"),
    ("told", "Mr Kulkarni", "vendors holding valid licences would be shifted to a new market near the railway station"),
    ("saying", "Residents of Kothrud", "the footpaths had become impossible to walk on"),
    ("said", "The corporation", "it will fine shopkeepers who place goods on the footpath"),
]

GOLD["nigeria"] = [
    ("saying", "Farmers in Kano State", "the delay could reduce this year's maize harvest"),
    ("told", "The chairman of the state chapter of the farmers' association, Alhaji Musa Danladi", "most members had not received a single bag, although planting had already started"),
    ("said", "He", "the association had written to the commissioner for agriculture twice, without any response"),
    ("said", "he", "If the fertiliser comes after the rains, it is useless to us"),
    ("said", "the ministry's spokesman, Mr Ibrahim Sani", "the trucks had been delayed by bad roads"),
    ("assured", "the ministry's spokesman, Mr Ibrahim Sani", "distribution would begin next week"),
    ("added", "Sani", "the state government had approved funds for an additional 20,000 bags"),
    ("said", "A farmer in Dawakin Kudu, Mrs Hauwa Bello", "she had bought fertiliser from the open market at almost double the price"),
]
NOT_REPORTS["nigeria"] = ["The rainy season began early this year."]

GOLD["ireland"] = [
    ("said", "Cllr Siobhán Keane", "traffic through the town was now at a standstill most summer afternoons, and that local businesses were suffering as a result"),
    ("said", "She", "she had raised the matter at every meeting for three years, to no avail"),
    ("told", "Senior engineer Declan Moloney", "the route selection report would be finished by the end of the year"),
    ("warned", "he", "planning could take a further two years"),
    ("said", "He", "the council was waiting on funding from the transport department"),
    ("said", "Cllr Pádraig Hehir", "the people of Ennistymon had been patient long enough"),
    ("called on", "he", 'the department to "stop the dithering"'),
]
NOT_REPORTS["ireland"] = ["The bypass was first proposed in 2004."]

#: (article, cue, source, content, why): still missed or cut wrong when written
STILL_WRONG = [
    ("wire", "declining", "A spokeswoman for the operator", "to answer further questions",
     "a refusal in a set-off 'before' phrase after the reported clause is the reporter's next act (the content "
     "is cut right, at the comma), but the parser hangs the phrase on the reported clause's verb and the "
     "participle takes that clause's subject, 'the company'; that subject is often the right one ('said the "
     "man fled, before crashing into a wall'), so only a refusal or a verb of saying could be moved, a rule too narrow"),
    ("ireland", "claiming", "one councillor", 'the project is "further away than it was in 2015"',
     "'with one councillor claiming the project is X' with no 'that': the parser makes 'councillor' the subject "
     "of 'is' and 'claiming' a modifier of it, so no clause hangs on the cue (with 'that' it is found: "
     "with_participles)"),
    ("science", "cautioned", "Lowe", "the experiment took place in a laboratory, where bees had fewer choices than in the wild",
     "a relative clause of place after the content is cut as the writer's background; here it is the caution's "
     "point; PolNeAR's train gold keeps a ', which'/', where' clause inside a content 205 times and leaves one "
     "right after a content out 147 times, and no syntactic mark tells them apart"),
    ("earnings", "reported", "Lumina Foods", "a 14 percent fall in first-quarter profit",
     "'reported X on Tuesday': the date of the report, which the parser hangs on the object noun, stays in the "
     "content (an 'on' phrase of a noun object may be the content's own: 'announced a rally on Tuesday')"),
    ("earnings", "told", "Chief executive Sandra Holt", "the company had raised prices twice since January, but shoppers had begun switching to cheaper own-label brands",
     "', but' and a clause with a new subject after the reported clause is cut as the writer's contrast; the "
     "past perfect of the second clause marks it as reported too, which the rules do not read"),
    ("magazine", "says", "he", "for forty years",
     "'and for forty years, he says, nobody has ...': the phrase before a cue set inside the clause is the "
     "content's opening, but only the words after the cue are taken"),
]
