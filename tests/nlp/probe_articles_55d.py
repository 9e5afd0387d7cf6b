# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Fourteen short articles written for the fifty-fifth session's red team on scraped article text (helper rt4):
what a page embeds reaches Sourcebook as lines of the article's text once trafilatura has read it. An embedded
post on X (its words, a 'pic.twitter.com' link, then '— Name (@handle) Date'), a Bluesky post with its handle
line, a Mastodon post, an Instagram caption block ('View this post on Instagram', 'A post shared by Name
(@handle)'), a Facebook post ('Posted by Name on Date'), a TikTok description ('♬ original sound'), a YouTube
embed's title line; and the other scraped artefacts around quotes: a pull quote repeated from the body, 'Read
more:' and 'Related:' lines whose titles quote someone, photo captions with credits, a byline with two authors
and their roles, an 'Updated' time stamp, newsletter prompts, a correction and an editor's note, a live page with
a heading per entry.

What counts: an embedded post is its account holder's statement, its source the name before the handle (the
handle when no name is given) and its cue the dash that opens the signature line, as a quotation signed
'"X" - Name' has it (a user sees the post's words, who posted them and where). A link title, a caption, a
credit and the page's boilerplate report nothing of the article's people unless a cue with a source is in
them. The gold is written by hand: (a word of the cue, the source, the first content span) per attribution.
Every name, handle, place, figure and sentence is made up. Read by ``test_probe_findings_55_rt4``;
``NOT_REPORTS`` holds lines that report nothing, ``STILL_WRONG`` the reports still missed or cut wrong, with
the reason."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}

ARTICLES["tweet"] = """Senator vows to fight port closure

Senator Maria Quintero said on Tuesday that she would block any plan to close the Bellhaven container port.

We will not let them shut Bellhaven down. Four hundred families depend on that port. pic.twitter.com/Xq7bLm2RtA

— Maria Quintero (@SenQuintero) March 3, 2026

The ports authority said in a statement that no decision had been made. A spokesman declined to give a date for the review.

The port handled 1.2 million containers last year.
"""
GOLD["tweet"] = [
    ("vows", "Senator", "to fight port closure"),
    ("said", "Senator Maria Quintero", "she would block any plan to close the Bellhaven container port"),
    ("\u2014", "Maria Quintero", "We will not let them shut Bellhaven down. Four hundred families depend on that port"),
    ("said", "The ports authority", "no decision had been made"),
]
NOT_REPORTS["tweet"] = ["The port handled 1.2 million containers last year."]

ARTICLES["tweet_handle"] = """Storm knocks out power to 40,000 homes

More than 40,000 homes were without power on Sunday after high winds swept across the valley, the utility said.

Crews are working around the clock. Please stay away from downed lines and report them on 0800 555 010.

— Valley Power (@ValleyPowerCo) November 9, 2025

The mayor, Tom Ekwueme, urged residents to check on elderly neighbours. Schools will stay closed on Monday, officials said.

Wind speeds reached 90 km/h at the airport.
"""
GOLD["tweet_handle"] = [
    ("said", "the utility", "More than 40,000 homes were without power on Sunday after high winds swept across the valley"),
    ("\u2014", "Valley Power", "Crews are working around the clock. Please stay away from downed lines and report them on 0800 555 010"),
    ("urged", "The mayor, Tom Ekwueme", "residents to check on elderly neighbours"),
    ("said", "officials", "Schools will stay closed on Monday"),
]
NOT_REPORTS["tweet_handle"] = ["Wind speeds reached 90 km/h at the airport."]

ARTICLES["bluesky"] = """Scientists protest cuts to weather service

Hundreds of scientists signed an open letter on Thursday warning that cuts to the national weather service would cost lives.

Forecasting is not a luxury. When the next flood comes, you will want those radars running.

— Dr. Amara Lindqvist (@amaralind.bsky.social) April 17, 2026 at 9:12 AM

The agency's director, Paul Henning, told reporters that no forecasting office would close. Lindqvist said she did not believe him.

The service employs about 4,000 people.
"""
GOLD["bluesky"] = [
    ("\u2014", "Dr. Amara Lindqvist", "Forecasting is not a luxury. When the next flood comes, you will want those radars running"),
    ("told", "The agency's director, Paul Henning", "no forecasting office would close"),
    ("said", "Lindqvist", "she did not believe him"),
]
NOT_REPORTS["bluesky"] = ["The service employs about 4,000 people."]

ARTICLES["instagram"] = """Singer cancels tour, citing exhaustion

The singer Nadia Vrell has cancelled the rest of her European tour, her management confirmed on Friday.

View this post on Instagram

I have to listen to my body for once. I am so sorry to everyone who bought tickets, and I promise I will make it up to you.

A post shared by Nadia Vrell (@nadiavrell)

Her label said refunds would be issued automatically. Fans in Lisbon, where she was due to play on Saturday, said they were disappointed but understood.

The tour had 22 dates left.
"""
GOLD["instagram"] = [
    ("confirmed", "her management", "The singer Nadia Vrell has cancelled the rest of her European tour"),
    ("post shared", "Nadia Vrell", "I have to listen to my body for once. I am so sorry to everyone who bought tickets, and I promise I will make it up to you"),
    ("said", "Her label", "refunds would be issued automatically"),
    ("said", "Fans in Lisbon, where she was due to play on Saturday", "they were disappointed but understood"),
]
NOT_REPORTS["instagram"] = ["View this post on Instagram", "The tour had 22 dates left."]

ARTICLES["facebook"] = """Police appeal for witnesses after bridge crash

Police are appealing for witnesses after a van struck the railing of the Corran Bridge early on Saturday.

We are asking anyone who drove over the bridge between 2am and 3am to contact us. Dashcam footage would be especially helpful.

Posted by Corran County Police on Saturday, June 6, 2026

The driver, a 41-year-old man, was taken to hospital with minor injuries. Inspector Ruth Abara said the bridge would reopen by the evening.

The bridge carries 12,000 vehicles a day.
"""
GOLD["facebook"] = [
    ("Posted", "Corran County Police", "We are asking anyone who drove over the bridge between 2am and 3am to contact us. Dashcam footage would be especially helpful"),
    ("said", "Inspector Ruth Abara", "the bridge would reopen by the evening"),
]
NOT_REPORTS["facebook"] = ["The bridge carries 12,000 vehicles a day."]

ARTICLES["tiktok"] = """Baker's video about rent rise goes viral

A video in which a bakery owner explains why she is closing her shop has been watched more than three million times.

@hannasbakes After eleven years we are closing. The rent went up by 60 percent and there is nothing more we can cut. #smallbusiness #rent ♬ original sound - Hanna's Bakes

The owner, Hanna Sorel, told the Gazette that she had received hundreds of messages since posting it. The landlord said the new rent was in line with the market.

The shop will close on August 30.
"""
GOLD["tiktok"] = [
    ("told", "The owner, Hanna Sorel", "she had received hundreds of messages since posting it"),
    ("said", "The landlord", "the new rent was in line with the market"),
]
NOT_REPORTS["tiktok"] = ["The shop will close on August 30."]

ARTICLES["youtube"] = """Minister defends school meals plan

Education Minister Oskar Falk defended the free school meals plan on Wednesday, saying it would pay for itself in better grades.

Oskar Falk on school meals: full press conference

Falk said the first schools would start serving meals in January. Opposition MP Lise Brandt called the plan "an unfunded promise."

The plan would cost 800 million crowns a year.
"""
GOLD["youtube"] = [
    ("defends", "Minister", "school meals plan"),
    ("saying", "Education Minister Oskar Falk", "it would pay for itself in better grades"),
    ("said", "Falk", "the first schools would start serving meals in January"),
    ("called", "Opposition MP Lise Brandt", "the plan \"an unfunded promise.\""),
]
NOT_REPORTS["youtube"] = ["Oskar Falk on school meals: full press conference", "The plan would cost 800 million crowns a year."]

ARTICLES["pullquote"] = """Inside the clinic that never closes

The Ravensgate walk-in clinic has not shut its doors for a single night in nine years.

"We are the last light on in this part of town," said Dr. Ferhat Okoye, who has run the clinic since it opened. He said the night shift sees up to 80 patients.

"We are the last light on in this part of town."

Nurse Beatriz Lomé said most patients come in after midnight because they cannot leave work earlier. The city council has promised to review the clinic's funding, a spokeswoman said.

The clinic has six beds.
"""
GOLD["pullquote"] = [
    ("said", "Dr. Ferhat Okoye, who has run the clinic since it opened", "We are the last light on in this part of town"),
    ("said", "He", "the night shift sees up to 80 patients"),
    ("said", "Nurse Beatriz Lomé", "most patients come in after midnight because they cannot leave work earlier"),
    ("said", "a spokeswoman", "The city council has promised to review the clinic's funding"),
]
NOT_REPORTS["pullquote"] = ["The clinic has six beds."]

ARTICLES["related"] = """Council approves cycle lanes on High Street

The city council voted 7-2 on Monday to build protected cycle lanes along High Street.

Related: Mayor says "we are ready" for car-free Sundays

Councillor Joan Prieto, who proposed the lanes, said they would be finished by spring. Shop owners have warned that losing parking would hurt trade.

Read more: "It's a disaster for us," say High Street traders

Read more: Cycle lane plan explained in five charts

Construction starts in October.
"""
GOLD["related"] = [
    # a link title with a cue and its source reports (the linked story's), as a headline does
    ("says", "Mayor", "\"we are ready\" for car-free Sundays"),
    ("say", "High Street traders", "It's a disaster for us"),
    ("said", "Councillor Joan Prieto, who proposed the lanes", "they would be finished by spring"),
    ("warned", "Shop owners", "losing parking would hurt trade"),
]
NOT_REPORTS["related"] = ["Read more: Cycle lane plan explained in five charts", "Construction starts in October."]

ARTICLES["captions"] = """Hundreds rally outside court as trial opens

Hundreds of people gathered outside the Supreme Court on Monday as the trial of four environmental activists began.

Protesters outside the court on Monday. Photo: Jane Roe/Northwire

The defence lawyer, Samir Haddad, told the court that his clients had acted to prevent greater harm. Prosecutors said the group had caused damage worth 2 million.

Supporters hold banners reading "Climate is not a crime." (Photo by Ana Ruiz for the Courier)

Judge Helen Marsh warned the public gallery that she would clear it if there were further interruptions.

The trial is expected to last three weeks.
"""
GOLD["captions"] = [
    ("told", "The defence lawyer, Samir Haddad", "his clients had acted to prevent greater harm"),
    ("said", "Prosecutors", "the group had caused damage worth 2 million"),
    ("warned", "Judge Helen Marsh", "she would clear it if there were further interruptions"),
    # a banner's words are its carriers', a caption's too, as PolNeAR train marks 'carrying signs saying "X"' (the
    # sixty-third pass's ``carried_displays``; this set first had the line as no report)
    ("reading", "Supporters", "Climate is not a crime"),
]
NOT_REPORTS["captions"] = ["Protesters outside the court on Monday. Photo: Jane Roe/Northwire"]

ARTICLES["byline"] = """Factory to cut 600 jobs

By Erin Castell, Business Reporter, and Milo Brandt, Political Correspondent

Updated 3:45 p.m. ET, Thu March 12, 2026

The Haldor steel works will cut 600 jobs by the end of the year, the company said on Thursday.

Chief executive Petra Lind said high energy prices had made the plant unprofitable. The union's regional secretary, Dev Okafor, said workers had been "treated like spare parts."

The plant opened in 1962.
"""
GOLD["byline"] = [
    ("said", "the company", "The Haldor steel works will cut 600 jobs by the end of the year"),
    ("said", "Chief executive Petra Lind", "high energy prices had made the plant unprofitable"),
    ("said", "The union's regional secretary, Dev Okafor", "workers had been \"treated like spare parts.\""),
]
NOT_REPORTS["byline"] = ["By Erin Castell, Business Reporter, and Milo Brandt, Political Correspondent", "Updated 3:45 p.m. ET, Thu March 12, 2026", "The plant opened in 1962."]

ARTICLES["newsletter"] = """Bus fares to rise by 10 percent

Bus fares across the region will rise by 10 percent from April, the transport authority said on Wednesday.

Sign up for our morning briefing: the news you need, every weekday at 7 a.m.

Passenger groups said the rise would push more people into cars. The authority's chair, Ingrid Wahl, said fares had been frozen for four years.

Enjoying this story? Subscribe to get unlimited access. Already a subscriber? Log in.

The last rise was in 2022.
"""
GOLD["newsletter"] = [
    ("said", "the transport authority", "Bus fares across the region will rise by 10 percent from April"),
    ("said", "Passenger groups", "the rise would push more people into cars"),
    ("said", "The authority's chair, Ingrid Wahl", "fares had been frozen for four years"),
]
NOT_REPORTS["newsletter"] = ["Sign up for our morning briefing: the news you need, every weekday at 7 a.m.", "Enjoying this story? Subscribe to get unlimited access. Already a subscriber? Log in.", "The last rise was in 2022."]

ARTICLES["correction"] = """Hospital waiting lists reach record high

Waiting lists at the region's hospitals have reached a record 84,000 patients, health officials said on Friday.

The health board's medical director, Dr. Karin Voss, said the board would open two new surgical units. Patients' groups called the figures shameful.

Correction: An earlier version of this article said the waiting list stood at 48,000. It stands at 84,000.

Editor's note: This story has been updated to include a response from the health board.

The board serves 1.3 million people.
"""
GOLD["correction"] = [
    ("said", "health officials", "Waiting lists at the region's hospitals have reached a record 84,000 patients"),
    ("said", "The health board's medical director, Dr. Karin Voss", "the board would open two new surgical units"),
    ("called", "Patients' groups", "the figures shameful"),
]
NOT_REPORTS["correction"] = ["This story has been updated to include a response from the health board.", "The board serves 1.3 million people."]

ARTICLES["live"] = """Election night: live updates

11:42 p.m.

Turnout tops 70 percent

Turnout reached 71 percent, the electoral commission said, the highest since 1994.

11:15 p.m.

Greens concede in Northfield

Green candidate Lotte Baer conceded that she had lost the Northfield seat. "We ran a campaign we can be proud of," she told supporters.

10:58 p.m.

Thank you to every volunteer who knocked on a door tonight. Whatever happens, we did this together.

— Ahmed Rossi (@AhmedRossiMP) May 4, 2026

Polls closed at 10 p.m.
"""
GOLD["live"] = [
    ("said", "the electoral commission", "Turnout reached 71 percent"),
    ("conceded", "Green candidate Lotte Baer", "she had lost the Northfield seat"),
    ("told", "she", "We ran a campaign we can be proud of"),
    ("\u2014", "Ahmed Rossi", "Thank you to every volunteer who knocked on a door tonight. Whatever happens, we did this together"),
]
NOT_REPORTS["live"] = ["Turnout tops 70 percent", "Polls closed at 10 p.m."]

STILL_WRONG = [
    ("bluesky", "warning", "Hundreds of scientists", "cuts to the national weather service would cost lives",
     "a participle of saying hung on the object of a verb of signing or publishing ('signed an open letter on "
     "Thursday warning that X') is the letter's report, whose writers are the verb's subject: no rule reads the "
     "participle through the document to its signers (no record at all)"),
    ("tiktok", "\u266c", "@hannasbakes", "After eleven years we are closing. The rent went up by 60 percent and there is nothing more we can cut",
     "a TikTok embed names no one in a signature: the handle opens the caption and the sound's line closes it "
     "('@handle words #tags \u266c original sound - Name'); which mark a user would take for its cue is not settled, "
     "so ``embedded_posts`` reads only signed posts"),
]
