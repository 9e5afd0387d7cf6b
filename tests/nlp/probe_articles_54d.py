# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twelve texts written for the fifty-fourth session's red team on written forms whose speaker is set by
the layout, not by a verb (helper rt4): a Q-and-A interview with the answerer's name in capitals, a radio
transcript whose turns open with a time stamp ('[07:02] HOST NAME: ...'), a live blog of time-stamped
entries, one quoting a minister after the stamp ('10:42 Minister Name: "X"'), an article quoting social
posts, a press conference write-up, a court transcript ('THE COURT:', 'MR. NAME:'), a panel of guests
labelled with name and role, a letters page signed under each letter, a podcast summary, a parliament's
record whose minister is labelled by office with the name in brackets ('The Minister for X (Ms Name):'),
text messages quoted in a court report, and a fact check quoting each claim. The gold is written by hand:
(a word of the cue, the source, the first content span) per attribution, the cue of a turn its colon.
Every name, figure and sentence is made up. Read by ``test_probe_findings_54_rt4``; ``NOT_REPORTS`` holds
lines that report nothing, ``STILL_WRONG`` the reports still missed or cut wrong, with the reason."""

ARTICLES = {}
ARTICLES["qa"] = """'We cannot pave our way out of floods': a conversation with Mayor Lina Reyes

Mayor Lina Reyes of Dunmore spoke to the Courier on Thursday about the flood defence plan. The interview has been edited for length.

Q: The council voted last week to delay the river wall. Why?

MAYOR REYES: Because the cost doubled in a year. We cannot ask taxpayers to sign a blank cheque.

Q: Residents on Mill Lane say they feel abandoned.

MAYOR REYES: I understand the anger. I have walked those streets after every storm, and I will keep doing so.

Q: Will the wall be built before next winter?

MAYOR REYES: No. I would rather be honest about that than promise something I cannot deliver.
"""
ARTICLES["radio"] = """Transcript: Morning Call with Pat Osei, Tuesday

[07:02] PAT OSEI: Good morning. The bus drivers' strike enters its third day, and with me is the union's regional organiser, Kemi Adams.

[07:03] KEMI ADAMS: Thanks, Pat. Our members did not want this strike. The company left us no choice.

[07:04] PAT OSEI: The company says it has offered five percent.

[07:04] KEMI ADAMS: Five percent over three years is a pay cut once you count inflation.

[07:06] PAT OSEI: We have a caller, Derek, from Halston. Go ahead, Derek.

[07:06] DEREK: I just want to say my daughter has missed two days of school because of this.
"""
ARTICLES["liveblog"] = """Live: Storm Vera hits the coast

11:05 The coastguard says two fishing boats were towed back to harbour overnight.

10:42 Transport minister Ayo Bello: "Please do not travel unless your journey is essential."

10:15 The Met Office has extended its amber warning until midnight, saying gusts of 80mph are possible.

09:50 A resident in Porthcove, Sian Howell, told us her garden wall had collapsed. "It just folded like cardboard," she said.

09:30 Power cuts are affecting about 12,000 homes, according to the network operator.

09:00 Good morning and welcome to our live coverage of the storm.
"""
ARTICLES["social"] = """Councillor apologises after row over deleted post

A Harwick councillor has apologised for a social media post about travellers that was deleted on Sunday.

In a post on X, Councillor Brian Tolley wrote that the new site was "a disaster waiting to happen".

He later posted: "I chose my words badly and I am sorry for the offence caused."

The council leader, Ruth Amari, responded on Facebook, writing that the remarks did not reflect the council's values.

One local resident replied to the post: "An apology is not enough."

Tolley's account has since been set to private.
"""
ARTICLES["presser"] = """Police chief defends response to stadium crush

Chief Constable Mark Olu held a press conference at force headquarters on Monday.

Asked whether officers had arrived too late, Olu said the first patrol reached the gates within four minutes.

A reporter asked if any officers would be suspended.

"Not at this stage," Olu replied. "The inquiry must be allowed to run its course."

Another reporter pressed him on the radio failures. He admitted that two handsets had lost signal inside the ground.

The press conference ended after twenty minutes.
"""
ARTICLES["court"] = """Extract from the trial of Dev Patel, day three

THE COURT: Mr. Okafor, you may begin your cross-examination.

MR. OKAFOR: Thank you, your honour. Mr. Lund, you told the police you saw the car at ten o'clock.

THE WITNESS: That is right.

MR. OKAFOR: But the receipt shows you were at the petrol station at ten.

THE WITNESS: I may have been wrong about the time.

THE COURT: The jury will disregard the last remark by counsel.
"""
ARTICLES["panel"] = """Panel: Can small farms survive the new subsidy rules?

Four guests joined our panel at the Rosswell agricultural show on Saturday.

Maria Gould, dairy farmer: The new rules reward land area, not work. A farm like mine loses out every time.

Tom Adeyemi, economist: I disagree. The old system paid the biggest landowners most, and this one at least caps that.

Helen Park, National Farmers Union: Our members want certainty above all. They cannot plan on rules that change every two years.

Gould said afterwards that she would write to her MP about the cap.
"""
ARTICLES["letters"] = """Letters to the editor

Sir, — Your report on the closure of the Eastgate library (June 3) missed the point. The library is the only warm place many older residents have in winter. Closing it to save £40,000 is a false economy.

JANET MORRIS
Eastgate

Sir, — I was pleased to read that the cycle lane on Bridge Street will finally be finished. Cyclists have waited nine years for it.

DAVID CHEN
Riverside
"""
ARTICLES["podcast"] = """Podcast: This week on The Ground Floor

In this episode, host Amy Lowe talks to architect Ravi Nair about why so many new homes are built too small.

Nair argues that minimum space standards should apply to every new flat, not just social housing.

He tells Lowe that developers have "squeezed every square foot" since the rules were relaxed in 2015.

Lowe asks whether buyers really care about size. Nair says surveys show they care more about size than about location.

The episode runs for 42 minutes.
"""
ARTICLES["hansard"] = """Extract: House of Assembly debate on the Water Bill, 14 May

The Minister for Water (Ms Grace Tan): The bill will cap household water bills for pensioners. It is a fair and affordable measure.

Mr Leo Brandt (Northfield): The minister has not said who will pay for the cap. The utilities will pass the cost on to everyone else.

Ms Tan: The member is wrong. The cost will be met from the general budget.

Hon. Members: Hear, hear!

The Speaker: Order. The member for Northfield will resume his seat.
"""
ARTICLES["texts"] = """Jury hears messages sent on the night of the fire

Prosecutors on Wednesday read to the jury a series of text messages between the defendant, Carl Hurst, and his brother Neil.

At 9.14pm Hurst wrote: "It's done. Don't call me."

His brother replied a minute later: "What do you mean done?"

Hurst: "The shop. Delete this."

The defence said the messages referred to closing the shop for the night, not to the fire.

The trial continues.
"""
ARTICLES["factcheck"] = """Fact check: The leaders' debate on health

We checked three claims made during Tuesday's televised debate.

CLAIM: "Waiting lists have fallen every month this year." — Health Secretary Omar Field

VERDICT: False. Official figures show the waiting list rose in four of the first six months.

CLAIM: "We have recruited 5,000 more nurses since 2020." — Opposition leader Kate Dunn

VERDICT: Mostly true. The figure was 4,800, according to the workforce statistics.

Field's office said the secretary had been referring to a different measure.
"""


GOLD = {}
NOT_REPORTS = {}
GOLD["qa"] = [
    ("spoke", "Mayor Lina Reyes of Dunmore", "about the flood defence plan"),
    (":", "MAYOR REYES", "Because the cost doubled in a year. We cannot ask taxpayers to sign a blank cheque"),
    ("say", "Residents on Mill Lane", "they feel abandoned"),
    (":", "MAYOR REYES", "I understand the anger. I have walked those streets after every storm, and I will keep doing so"),
    (":", "MAYOR REYES", "No. I would rather be honest about that than promise something I cannot deliver"),
]
NOT_REPORTS["qa"] = ["Q: Will the wall be built before next winter?"]
GOLD["radio"] = [
    (":", "PAT OSEI", "Good morning. The bus drivers' strike enters its third day, and with me is the union's regional organiser, Kemi Adams"),
    (":", "KEMI ADAMS", "Thanks, Pat. Our members did not want this strike. The company left us no choice"),
    (":", "PAT OSEI", "The company says it has offered five percent"),
    (":", "KEMI ADAMS", "Five percent over three years is a pay cut once you count inflation"),
    (":", "PAT OSEI", "We have a caller, Derek, from Halston. Go ahead, Derek"),
    (":", "DEREK", "I just want to say my daughter has missed two days of school because of this"),
]
NOT_REPORTS["radio"] = ["Transcript: Morning Call with Pat Osei, Tuesday"]
GOLD["liveblog"] = [
    ("says", "The coastguard", "two fishing boats were towed back to harbour overnight"),
    (":", "Transport minister Ayo Bello", "Please do not travel unless your journey is essential"),
    ("saying", "The Met Office", "gusts of 80mph are possible"),
    ("told", "A resident in Porthcove, Sian Howell", "her garden wall had collapsed"),
    ("said", "she", "It just folded like cardboard"),
    ("according to", "the network operator", "Power cuts are affecting about 12,000 homes"),
]
NOT_REPORTS["liveblog"] = ["09:00 Good morning and welcome to our live coverage of the storm."]
GOLD["social"] = [
    ("wrote", "Councillor Brian Tolley", 'the new site was "a disaster waiting to happen"'),
    ("posted", "He", "I chose my words badly and I am sorry for the offence caused"),
    ("writing", "The council leader, Ruth Amari", "the remarks did not reflect the council's values"),
    ("replied", "One local resident", "An apology is not enough"),
]
NOT_REPORTS["social"] = ["Tolley's account has since been set to private."]
GOLD["presser"] = [
    ("said", "Olu", "the first patrol reached the gates within four minutes"),
    ("asked", "A reporter", "if any officers would be suspended"),
    ("replied", "Olu", "Not at this stage"),
    ("admitted", "He", "two handsets had lost signal inside the ground"),
]
NOT_REPORTS["presser"] = ["The press conference ended after twenty minutes."]
GOLD["court"] = [
    (":", "THE COURT", "Mr. Okafor, you may begin your cross-examination"),
    (":", "MR. OKAFOR", "Thank you, your honour. Mr. Lund, you told the police you saw the car at ten o'clock"),
    (":", "THE WITNESS", "That is right"),
    # (the turn's opening 'But' is left out, as a content's opening connective always is)
    (":", "MR. OKAFOR", "the receipt shows you were at the petrol station at ten"),
    (":", "THE WITNESS", "I may have been wrong about the time"),
    (":", "THE COURT", "The jury will disregard the last remark by counsel"),
]
NOT_REPORTS["court"] = ["Extract from the trial of Dev Patel, day three"]
GOLD["panel"] = [
    (":", "Maria Gould, dairy farmer", "The new rules reward land area, not work. A farm like mine loses out every time"),
    (":", "Tom Adeyemi, economist", "I disagree. The old system paid the biggest landowners most, and this one at least caps that"),
    (":", "Helen Park, National Farmers Union", "Our members want certainty above all. They cannot plan on rules that change every two years"),
    ("said", "Gould", "she would write to her MP about the cap"),
]
NOT_REPORTS["panel"] = ["Four guests joined our panel at the Rosswell agricultural show on Saturday."]
# a letter is its signed writer's own text, as an article is its reporter's: no report in it
GOLD["letters"] = []
NOT_REPORTS["letters"] = [
    "Sir, \u2014 Your report on the closure of the Eastgate library (June 3) missed the point. The library is the only warm place many older residents have in winter. Closing it to save \u00a340,000 is a false economy.",
    "JANET MORRIS",
]
GOLD["podcast"] = [
    ("argues", "Nair", "minimum space standards should apply to every new flat, not just social housing"),
    ("tells", "He", 'developers have "squeezed every square foot" since the rules were relaxed in 2015'),
    ("asks", "Lowe", "whether buyers really care about size"),
    ("says", "Nair", "surveys show they care more about size than about location"),
]
NOT_REPORTS["podcast"] = ["The episode runs for 42 minutes."]
GOLD["hansard"] = [
    (":", "The Minister for Water (Ms Grace Tan)", "The bill will cap household water bills for pensioners. It is a fair and affordable measure"),
    (":", "Mr Leo Brandt (Northfield)", "The minister has not said who will pay for the cap. The utilities will pass the cost on to everyone else"),
    (":", "Ms Tan", "The member is wrong. The cost will be met from the general budget"),
    (":", "Hon. Members", "Hear, hear!"),
    (":", "The Speaker", "Order. The member for Northfield will resume his seat"),
]
GOLD["texts"] = [
    ("wrote", "Hurst", "It's done. Don't call me"),
    ("replied", "His brother", "What do you mean done?"),
    (":", "Hurst", "The shop. Delete this"),
    ("said", "The defence", "the messages referred to closing the shop for the night, not to the fire"),
]
NOT_REPORTS["texts"] = ["The trial continues."]
GOLD["factcheck"] = [
    ("\u2014", "Health Secretary Omar Field", "Waiting lists have fallen every month this year"),
    ("show", "Official figures", "the waiting list rose in four of the first six months"),
    ("\u2014", "Opposition leader Kate Dunn", "We have recruited 5,000 more nurses since 2020"),
    ("according to", "the workforce statistics", "The figure was 4,800"),
    ("said", "Field's office", "the secretary had been referring to a different measure"),
]
NOT_REPORTS["factcheck"] = ["We checked three claims made during Tuesday's televised debate."]

STILL_WRONG = [
    ("podcast", "talks", "host Amy Lowe", "why so many new homes are built too small",
     "'talks to architect Ravi Nair about X': the parser reads the role noun after 'to' as an infinitive verb "
     "('to architect'), with the name its object and the 'about' phrase on it, so the content takes the whole "
     "'to' phrase; with 'spoke to reporters about X' the 'about' phrase alone is found. A role noun that is also a "
     "verb after 'to' and before a name is a parse repair not made here"),
]
