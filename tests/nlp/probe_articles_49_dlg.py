# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Ten short articles written for the forty-ninth session's dialogue probe (helper dlg), dense with
direct speech in hard shapes: two or three people talking in alternating paragraphs with few cues,
a quotation running over three paragraphs (opening marks on each, closing only on the last), a
speaker named only after a long quotation, quotes inside quotes, partial quotes woven into
narration, mixed quotes, quotations after a colon, a cue inside a quotation, dashes in quotes, a
quotation followed by 'she added, smiling', a quotation as headline and lede, and a reporter's
questions to an official. The gold is written by hand: (a word of the cue, the source, the first
content span) per attribution the pipeline gets right; ``STILL_WRONG`` holds what it still gets
wrong, with why. Every name, figure and sentence is made up. Read by
``test_probe_findings_49_dlg``."""

ARTICLES = {}
GOLD = {}
SPEAKERS = {}
NOT_REPORTS = {
    "bakery": ["For forty years the Ruiz bakery has opened at five."],
    "merger": ["Shares in Halvorsen fell four percent."],
    "rescue": ["Walsh laughed at that."],
    "court": ["The trial continues."],
    "election": ["The audience laughed."],
}

ARTICLES["bakery"] = """The last loaf on Mill Street

For forty years the Ruiz bakery has opened at five. On Friday it opened for the last time.

"We never missed a morning, not even in the flood," said Elena Ruiz, wiping flour from the counter. "Not one."

Her brother Tomas leaned in the doorway. "She missed one," he said. "The day of her wedding."

"That was a Sunday," Ruiz replied. "We are closed on Sundays."

"Then you never missed one."

The rent on the building has tripled since a developer bought the block last spring. The owners, Ortiz Holdings, said in a statement that the rise reflected "market conditions in the district."

Customers queued around the corner. Maria Chen, who has bought a rye loaf every Saturday since 1991, was blunt: "This street is losing its heart, and nobody in the council cares."

"I'll bake at home," she added, smiling. "Badly."

Elena Ruiz called the developer's offer to relocate the bakery "an insult dressed as a favour" and said she would "rather retire than bake in a car park."
"""
GOLD["bakery"] = [
    ("said", "Elena Ruiz", "We never missed a morning, not even in the flood"),
    ("said", "he", "She missed one"),
    ("replied", "Ruiz", "That was a Sunday"),
    ("said", "The owners, Ortiz Holdings", "the rise reflected \"market conditions in the district.\""),
    ("blunt", "Maria Chen, who has bought a rye loaf every Saturday since 1991", "This street is losing its heart, and nobody in the council cares"),
    ("added", "she", "I'll bake at home"),
    ("called", "Elena Ruiz", "the developer's offer to relocate the bakery \"an insult dressed as a favour\""),
]
SPEAKERS["bakery"] = ["Elena Ruiz", "Maria Chen"]

ARTICLES["merger"] = """"Dead on arrival": investors turn on the Halvorsen deal

"Dead on arrival." That was how one fund manager described the proposed merger of Halvorsen Freight and Delmar Logistics on Tuesday.

The fund manager, Priya Nand of Coldwater Capital, said the deal was "dead on arrival" unless Halvorsen raised its offer by at least a tenth.

"The board has misread its own shareholders," she said. "They think loyalty is a strategy. It is not."

"We have made a fair offer and we stand by it, and we will not be bid up by people who bought the stock last month," said the chief executive of Halvorsen, Dana Holt, who founded the firm in 2004.

Holt told analysts on a call that the combined company would save 40 million a year. Asked whether she would walk away if the vote failed, she said: "I don't negotiate in public."

Delmar's chairman, Victor Lamb, struck a softer tone. "We remain committed to the deal," he said, "but we are listening to every shareholder."

Shares in Halvorsen fell four percent.
"""
GOLD["merger"] = [
        ("said", "The fund manager, Priya Nand of Coldwater Capital", "the deal was \"dead on arrival\" unless Halvorsen raised its offer by at least a tenth"),
    ("said", "she", "The board has misread its own shareholders"),
    ("said", "the chief executive of Halvorsen, Dana Holt, who founded the firm in 2004", "We have made a fair offer and we stand by it, and we will not be bid up by people who bought the stock last month"),
    ("told", "Holt", "the combined company would save 40 million a year"),
    ("said", "she", "I don't negotiate in public"),
    ("said", "he", "We remain committed to the deal"),
]
SPEAKERS["merger"] = ["Priya Nand", "Dana Holt", "Victor Lamb"]

ARTICLES["rescue"] = """Trapped climbers describe night on the ridge

Two climbers rescued from the Corran ridge on Sunday described a night spent tied to a ledge in falling snow.

"We heard the wind change at about four," said Aidan Walsh, 34. "By five we couldn't see our own boots."

"He told me, 'Don't worry, we've done worse,'" said his partner, Grace Obi. "We hadn't."

Walsh laughed at that. "I was lying," he said.

The pair called the mountain rescue team at nightfall. Team leader Owen Pryce said conditions were the worst he had seen in a decade.

"The forecast said light snow. What we got was a white wall — no visibility, no shelter, nothing," Pryce said. "They did everything right. They stayed put, they kept warm, they kept their phone charged."

Obi said the hardest part was the waiting.

"You count the minutes," she said. "Then you stop counting."
"""
GOLD["rescue"] = [
    ("said", "Aidan Walsh, 34", "We heard the wind change at about four"),
    ("said", "his partner, Grace Obi", "He told me, 'Don't worry, we've done worse,'"),
    ("said", "he", "I was lying"),
    ("said", "Team leader Owen Pryce", "conditions were the worst he had seen in a decade"),
    ("said", "Pryce", "The forecast said light snow. What we got was a white wall — no visibility, no shelter, nothing"),
    ("said", "Obi", "the hardest part was the waiting"),
    ("said", "she", "You count the minutes"),
]
SPEAKERS["rescue"] = ["Aidan Walsh", "Grace Obi", "Owen Pryce"]

ARTICLES["speech"] = """Minister sets out school building plan

The education minister, Ruth Abara, told a conference of head teachers on Thursday that every school roof in the country would be inspected by the end of the year.

"Too many children learn under buckets catching rain. Too many teachers have learned to arrange their classrooms around the leaks.

"That ends now. We will inspect every roof, we will publish every report, and we will fix the worst first.

"I will not pretend this is cheap, and I will not pretend it is quick. But it is overdue," she said.

The opposition spokesman, Neil Garvey, said the plan was "a press release, not a policy" and that the money had been announced twice before.

"She has promised roofs three times," Garvey said. "Where are they?"

Abara's department said the inspections would begin in March.
"""
GOLD["speech"] = [
    ("told", "The education minister, Ruth Abara", "every school roof in the country would be inspected by the end of the year"),
    ("said", "she", "Too many children learn under buckets catching rain. Too many teachers have learned to arrange their classrooms around the leaks."),
    ("said", "The opposition spokesman, Neil Garvey", "the plan was \"a press release, not a policy\" and that the money had been announced twice before"),
    ("said", "Garvey", "She has promised roofs three times"),
    ("said", "Abara's department", "the inspections would begin in March"),
]
SPEAKERS["speech"] = ["Ruth Abara", "Neil Garvey"]

ARTICLES["briefing"] = """Police chief faces questions over festival crush

The chief constable, Martin Greer, faced reporters on Monday for the first time since the crush at the Riverside festival left eleven people injured.

Asked whether the force had enough officers on the gates, Greer said: "We had the number the plan asked for. Whether the plan was right is a fair question."

Asked who wrote the plan, he said the organisers had drawn it up and the force had approved it.

Did he accept any blame? "I accept that we approved it. I'm not going to hide behind anybody," he said.

Pressed on reports that gates had been locked early, Greer was firm: "No gate was locked while people were inside the grounds."

The festival's director, Sasha Bell, said the organisers were cooperating with the inquiry. "We want answers as much as anyone," she said.

One of the injured, student Kofi Mensah, said officers had "frozen" when the crowd surged. "Nobody told us where to go," he said.
"""
GOLD["briefing"] = [
    ("said", "Greer", "We had the number the plan asked for. Whether the plan was right is a fair question"),
    ("said", "he", "the organisers had drawn it up and the force had approved it"),
    ("said", "he", "I accept that we approved it. I'm not going to hide behind anybody"),
    ("firm", "Greer", "No gate was locked while people were inside the grounds"),
    ("said", "The festival's director, Sasha Bell", "the organisers were cooperating with the inquiry"),
    ("said", "she", "We want answers as much as anyone"),
    ("said", "One of the injured, student Kofi Mensah", "officers had \"frozen\" when the crowd surged"),
    ("said", "he", "Nobody told us where to go"),
]
SPEAKERS["briefing"] = ["Martin Greer", "Sasha Bell", "Kofi Mensah"]

ARTICLES["football"] = """Coach and captain clash after cup exit

"We were not good enough, simple as that," said Hartley United's coach, Jonas Berg, after the 3-0 defeat. "Nobody gets a pass tonight."

His captain saw it differently. "The plan was wrong from the first minute," said Luca Ferri. "We were chasing shadows."

Asked about Ferri's remarks, Berg shrugged. "He is entitled to his view," he said. "I pick the plan. I carry it."

"The players ran," Berg went on. "They ran for ninety minutes. Running is not the problem."

Ferri, who has captained the side for six seasons, said he had spoken to the coach in the dressing room. "We talked. Man to man," he said. "It's fine."

The club's owner, Karin Stahl, said she had "full confidence" in Berg.
"""
GOLD["football"] = [
    ("said", "Hartley United's coach, Jonas Berg", "We were not good enough, simple as that"),
    ("said", "Luca Ferri", "The plan was wrong from the first minute"),
    ("said", "he", "He is entitled to his view"),
    ("went on", "Berg", "The players ran"),
    ("said", "Ferri, who has captained the side for six seasons", "he had spoken to the coach in the dressing room"),
    ("said", "he", "We talked. Man to man"),
    ("said", "The club's owner, Karin Stahl", "she had \"full confidence\" in Berg"),
]
SPEAKERS["football"] = ["Jonas Berg", "Luca Ferri", "Karin Stahl"]

ARTICLES["court"] = """Landlord tells court he 'never saw' the damp

A landlord accused of renting out an unsafe flat told a court on Wednesday that he had "never once" been shown the damp in the bedroom.

"I visited twice a year. Twice a year I asked if anything was wrong," said Derek Mott, 58. "Nobody said a word."

Under cross-examination, the tenants' lawyer, Anna Reyes, put a letter to him. "This is your signature, Mr Mott?"

"It is."

"And this letter mentions the damp in the bedroom?"

"It mentions a smell," Mott said. "A smell is not damp."

Reyes turned to the jury. "A smell," she said, "is how damp announces itself."

Mott's lawyer objected, and the judge, Helen Cross, told the jury to disregard the remark. The trial continues.
"""
GOLD["court"] = [
    ("told", "A landlord accused of renting out an unsafe flat", "he had \"never once\" been shown the damp in the bedroom"),
    ("said", "Derek Mott, 58", "I visited twice a year. Twice a year I asked if anything was wrong"),
    ("said", "Mott", "It mentions a smell"),
    ("said", "she", "A smell"),
    ("told", "the judge, Helen Cross", "the jury to disregard the remark"),
]
SPEAKERS["court"] = ["Derek Mott", "Anna Reyes"]

ARTICLES["vineyard"] = """A harvest saved by strangers

When hail flattened half of the Duval vineyard in August, the family expected to lose the year. Then the messages started.

"People I had never met wrote to ask what they could do," said Claire Duval. "Some just turned up with gloves."

Her father, Henri, 81, was less sentimental. "Most of them had never picked a grape," he said. "By the second day they were faster than me."

"That's not hard, Papa," his daughter said.

"No," he agreed. "It is not."

The volunteers — more than sixty in the end — picked what the hail had spared in four days. One of them, a nurse named Ines Roca, said she had driven three hours after seeing a post online.

"I wanted to do something with my hands that wasn't a hospital," Roca said. "And the lunch was excellent."

Claire Duval said the family would name this year's wine after the volunteers. Asked what it would be called, she laughed: "The Strangers. What else?"
"""
GOLD["vineyard"] = [
    ("said", "Claire Duval", "People I had never met wrote to ask what they could do"),
    ("said", "he", "Most of them had never picked a grape"),
    ("said", "his daughter", "That's not hard, Papa"),
    ("agreed", "he", "No"),
    ("said", "One of them, a nurse named Ines Roca", "she had driven three hours after seeing a post online"),
    ("said", "Roca", "I wanted to do something with my hands that wasn't a hospital"),
    ("said", "Claire Duval", "the family would name this year's wine after the volunteers"),
]
SPEAKERS["vineyard"] = ["Claire Duval", "Henri Duval", "Ines Roca"]  # (her father: ``kin_surnames``)

ARTICLES["hospital"] = """Nurses warn of 'breaking point' on winter wards

Nurses at St Aldric's hospital say the wards are close to "breaking point" as winter admissions rise.

"We had patients on trolleys in the corridor for two days — two days — and the families were sleeping in chairs," said ward sister Joy Mbeki, who has worked at the hospital for nineteen years.

A younger colleague, who asked not to be named, said she had cried in the car park after three shifts in a row. "You go home and you replay everything," she said. "Did I miss something? Did someone wait too long?"

The hospital's chief executive, Paul Fenwick, said the trust was opening twenty extra beds. Asked whether that would be enough, he was candid: "No. It will help. It will not be enough."

The nurses' union called the extra beds "a sticking plaster" and said it would ballot members next month.

"We don't want to strike," Mbeki said, "but we are being left no choice."
"""
GOLD["hospital"] = [
    ("say", "Nurses at St Aldric's hospital", "the wards are close to \"breaking point\" as winter admissions rise"),
    ("said", "ward sister Joy Mbeki, who has worked at the hospital for nineteen years", "We had patients on trolleys in the corridor for two days — two days — and the families were sleeping in chairs"),
    ("said", "A younger colleague, who asked not to be named", "she had cried in the car park after three shifts in a row"),
    ("said", "she", "You go home and you replay everything"),
    ("said", "The hospital's chief executive, Paul Fenwick", "the trust was opening twenty extra beds"),
    ("candid", "he", "No. It will help. It will not be enough"),
    ("said", "The nurses' union", "it would ballot members next month"),
    ("said", "Mbeki", "We don't want to strike"),
]
SPEAKERS["hospital"] = ["Joy Mbeki", "Paul Fenwick"]

ARTICLES["election"] = """Candidates trade barbs in final debate

The two candidates for mayor of Fennick met for a last debate on Tuesday night, and neither held back.

"My opponent has had eight years on the council and has fixed nothing," said Rosa Delgado, the challenger. "Not the buses, not the bins, not the bridge."

"The bridge is fixed," said the incumbent, Graham Oakes.

"It's closed."

"It's closed because we're fixing it."

The audience laughed. Oakes, pressing on, said Delgado had "never run anything bigger than a bake sale" and warned voters against "a leap in the dark."

Delgado was ready: "I ran a hospital department with a budget bigger than this council's. Check your notes, Graham."

Asked by the moderator what she would do first, Delgado said she would reopen the night bus routes. Oakes said he would finish the bridge.

"Finish it," Delgado said, "or start it?"
"""
GOLD["election"] = [
    ("said", "Rosa Delgado, the challenger", "My opponent has had eight years on the council and has fixed nothing"),
    ("said", "the incumbent, Graham Oakes", "The bridge is fixed"),
    ("said", "Oakes", "Delgado had \"never run anything bigger than a bake sale\""),
    ("ready", "Delgado", "I ran a hospital department with a budget bigger than this council's. Check your notes, Graham"),
    ("said", "Delgado", "she would reopen the night bus routes"),
    ("said", "Oakes", "he would finish the bridge"),
    ("said", "Delgado", "Finish it"),
]
SPEAKERS["election"] = ["Rosa Delgado", "Graham Oakes"]

STILL_WRONG = [
    ("merger", "described", "one fund manager", "Dead on arrival.",
     "a quotation taken up by 'That was how X described Y' in the next sentence: the cue's object is no content"),
]
#: (article, a line that must report nothing, why it still does)
STILL_REPORTING = [
    ("vineyard", "The volunteers \u2014 more than sixty in the end \u2014 picked what the hail had spared in four days.",
     "a free relative after 'picked' reads as a report"),
]
#: (article, cue, source, a bare quoted turn that is another speaker's and not that report's, why)
WRONG_TURNS = [
    ("election", "said", "the incumbent, Graham Oakes", "It's closed",
     "a bare quoted reply in its own paragraph goes on with the previous speaker's report; in a dialogue it is the other's turn"),
]
