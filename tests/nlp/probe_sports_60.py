# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Twenty-four short articles written for the sixtieth session's check of sports, entertainment and social-media
reporting (helper J): match reports and play-by-play, transfer news, post-match press conferences with manager and
player alternating, celebrity and arts news, and stories built from posts ('wrote on Instagram', 'posted on X',
'tweeted', 'in a video posted to TikTok', 'captioned the photo'); epithets for a named person ('the 23-year-old
striker said', 'the Portuguese', 'the Oscar winner'), clubs as sources ('the club confirmed'), 'told BBC Sport',
'speaking after the match', 'her representative confirmed', 'a source close to the player told X', nicknames.

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal): per article, (a word of the cue,
the source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``
(play-by-play, scores and tables, signings, song titles, 'the post was deleted'); (cue, source, speaker, the
content's first words) in ``SPEAKERS``. Counted on PolNeAR train before the gold was set: a crowd's chant is a report
('chanted' is a cue 7 times of 10), and so is a plan 'is expected' with no one named ('is/are expected' a cue 58 times
of 59). Every name, club, place, figure and sentence is made up. Read by ``test_probe_findings_60_sports``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["match_report"] = """Harbourside snatch late winner at Millbrook

Harbourside Athletic came from behind to beat Millbrook Rovers 2-1 at Kestrel Park on Saturday.

Tomas Varga headed home in the 89th minute after Millbrook had led for most of the afternoon.

The referee showed a red card to Millbrook captain Owen Blaine ten minutes from time.

"We never stopped believing," Varga told BBC Sport. "The lads deserved that."

The 23-year-old striker said the dressing room had been quiet at half-time.

The win lifts Harbourside to fourth in the table, two points behind Castleford.
"""
GOLD["match_report"] = [
    ("told", "Varga", "We never stopped believing"),
    ("said", "The 23-year-old striker", "the dressing room had been quiet at half-time"),
]
NOT_REPORTS["match_report"] = [
    "Harbourside Athletic came from behind to beat Millbrook Rovers 2-1 at Kestrel Park on Saturday.",
    "Tomas Varga headed home in the 89th minute after Millbrook had led for most of the afternoon.",
    "The referee showed a red card to Millbrook captain Owen Blaine ten minutes from time.",
    "The win lifts Harbourside to fourth in the table, two points behind Castleford.",
]
SPEAKERS["match_report"] = [("said", "The 23-year-old striker", "Tomas Varga", "the dressing")]

ARTICLES["presser"] = """Dunmore: 'We were second best for an hour'

Speaking after the match, Redfield manager Callum Dunmore admitted his side had been second best for an hour.

"I thought we were slow in the first half and they punished us," Dunmore said.

His goalkeeper, Pieter Looms, was less forgiving of himself.

"The first goal is on me," the Dutchman said. "I should have stayed on my line."

Dunmore said Looms would start again on Wednesday.

Redfield have won one of their last seven league games.
"""
GOLD["presser"] = [
    ("admitted", "Redfield manager Callum Dunmore", "his side had been second best for an hour"),
    ("said", "Dunmore", "I thought we were slow in the first half and they punished us"),
    ("said", "the Dutchman", "The first goal is on me"),
    ("said", "Dunmore", "Looms would start again on Wednesday"),
]
NOT_REPORTS["presser"] = ["Redfield have won one of their last seven league games."]
SPEAKERS["presser"] = [("said", "the Dutchman", "Pieter Looms", "The first")]

ARTICLES["transfer"] = """Castleford complete signing of winger Adeyemi

Castleford have signed winger Kunle Adeyemi from Belgian side Olmen for an undisclosed fee.

The 21-year-old signed a four-year deal after passing a medical on Thursday.

The club confirmed that Adeyemi would wear the number 11 shirt.

"He has pace, he has a lot of quality and he wants to learn," head coach Sandra Whitlow told the club's website.

Adeyemi scored nine goals in 30 games for Olmen last season.
"""
GOLD["transfer"] = [
    ("confirmed", "The club", "Adeyemi would wear the number 11 shirt"),
    ("told", "head coach Sandra Whitlow", "He has pace, he has a lot of quality and he wants to learn"),
]
NOT_REPORTS["transfer"] = [
    "Castleford have signed winger Kunle Adeyemi from Belgian side Olmen for an undisclosed fee.",
    "The 21-year-old signed a four-year deal after passing a medical on Thursday.",
    "Adeyemi scored nine goals in 30 games for Olmen last season.",
]

ARTICLES["statement"] = """United fine midfielder after nightclub incident

Westbury United said in a statement that midfielder Rory Fallon had been fined two weeks' wages.

The player apologised to supporters and said he had let the club down.

A source close to the player told The Courier that Fallon was considering an appeal.

Fallon joined United from Eastleigh in 2023.
"""
GOLD["statement"] = [
    ("said", "Westbury United", "midfielder Rory Fallon had been fined two weeks' wages"),
    ("said", "The player", "he had let the club down"),
    ("told", "A source close to the player", "Fallon was considering an appeal"),
]
NOT_REPORTS["statement"] = ["Fallon joined United from Eastleigh in 2023."]

ARTICLES["instagram"] = """Tennis star Marlow announces engagement

Tennis player Elise Marlow has announced her engagement to rower Daniel Price.

"Said yes to my best friend," Marlow wrote on Instagram alongside a photo of the couple on a beach.

The former champion captioned a second photo "the easiest question I've ever answered."

Her representative confirmed that the wedding would take place next summer.

Marlow won the national title in 2021 and reached the quarter-finals in Melbourne this year.
"""
GOLD["instagram"] = [
    ("announced", "Tennis player Elise Marlow", "her engagement to rower Daniel Price"),
    ("wrote", "Marlow", "Said yes to my best friend"),
    ("captioned", "The former champion", "the easiest question I've ever answered"),
    ("confirmed", "Her representative", "the wedding would take place next summer"),
]
NOT_REPORTS["instagram"] = ["Marlow won the national title in 2021 and reached the quarter-finals in Melbourne this year."]

ARTICLES["tweet"] = """Boxer Okafor hits back at critics after split decision

Heavyweight Sam Okafor has hit back at critics who said he lost Saturday's fight.

"Watch it again with the sound off. I won that fight," Okafor posted on X on Sunday morning.

His promoter, Lionel Graves, tweeted that a rematch was already being discussed.

The post was deleted an hour later.

Okafor's record now stands at 24 wins and two defeats.
"""
GOLD["tweet"] = [
    ("posted", "Okafor", "Watch it again with the sound off. I won that fight"),
    ("tweeted", "His promoter, Lionel Graves", "a rematch was already being discussed"),
]
NOT_REPORTS["tweet"] = ["The post was deleted an hour later.", "Okafor's record now stands at 24 wins and two defeats."]

ARTICLES["tiktok"] = """Singer Nova Reyes says tour will go ahead despite injury

Pop singer Nova Reyes has said her European tour will go ahead despite a broken wrist.

In a video posted to TikTok, the singer said doctors had told her she could perform with a brace.

"Nothing is stopping this tour," she told fans.

Her label said no dates had been cancelled.

The tour opens in Lisbon on March 3.
"""
GOLD["tiktok"] = [
    ("said", "Pop singer Nova Reyes", "her European tour will go ahead despite a broken wrist"),
    ("said", "the singer", "doctors had told her she could perform with a brace"),
    ("told", "she", "Nothing is stopping this tour"),
    ("said", "Her label", "no dates had been cancelled"),
]
NOT_REPORTS["tiktok"] = ["The tour opens in Lisbon on March 3."]
SPEAKERS["tiktok"] = [("told", "she", "Nova Reyes", "Nothing is")]

ARTICLES["oscar"] = """Hartley to direct first film in a decade

Oscar winner Judith Hartley will direct her first feature in ten years, the studio announced on Tuesday.

The film, an adaptation of a novel about a lighthouse keeper, begins shooting in Cornwall in May.

"I have wanted to make this film since I first read the book," the Oscar winner said in a statement.

The studio said the budget would be about $40 million.

Hartley won best director in 2009 for her debut.
"""
GOLD["oscar"] = [
    ("announced", "the studio", "Oscar winner Judith Hartley will direct her first feature in ten years"),
    ("said", "the Oscar winner", "I have wanted to make this film since I first read the book"),
    ("said", "The studio", "the budget would be about $40 million"),
]
NOT_REPORTS["oscar"] = [
    "The film, an adaptation of a novel about a lighthouse keeper, begins shooting in Cornwall in May.",
    "Hartley won best director in 2009 for her debut.",
]
SPEAKERS["oscar"] = [("said", "the Oscar winner", "Judith Hartley", "I have wanted")]

ARTICLES["chants"] = """Fans protest against owner at Brackley Road

Several thousand Portvale supporters marched to Brackley Road before Saturday's game against Dunmere.

The crowd chanted "we want our club back" throughout the first half.

Portvale lost 3-0, their fifth straight defeat.

Supporters' trust chair Mark Ebden said the owner had ignored fans for three years.

A club spokesperson said the owner remained committed to Portvale.
"""
GOLD["chants"] = [
    ("chanted", "The crowd", "we want our club back"),
    ("said", "Supporters' trust chair Mark Ebden", "the owner had ignored fans for three years"),
    ("said", "A club spokesperson", "the owner remained committed to Portvale"),
]
NOT_REPORTS["chants"] = [
    "Several thousand Portvale supporters marched to Brackley Road before Saturday's game against Dunmere.",
    "Portvale lost 3-0, their fifth straight defeat.",
]

ARTICLES["review"] = """Review: 'The Salt Road' is a quiet triumph

The Salt Road, the second film from director Ines Kowal, follows two sisters who walk across a dry lake bed.

The film argues that grief can be walked off, one step at a time.

Kowal told Screen Weekly that she shot most of it with natural light.

The lead actress, Mara Lind, said the walking scenes were filmed over six weeks.

The Salt Road opens in cinemas on Friday. It runs 104 minutes.
"""
GOLD["review"] = [
    ("argues", "The film", "grief can be walked off, one step at a time"),
    ("told", "Kowal", "she shot most of it with natural light"),
    ("said", "The lead actress, Mara Lind", "the walking scenes were filmed over six weeks"),
]
NOT_REPORTS["review"] = [
    "The Salt Road, the second film from director Ines Kowal, follows two sisters who walk across a dry lake bed.",
    "The Salt Road opens in cinemas on Friday. It runs 104 minutes.",
]

ARTICLES["album"] = """Band Lanterns return with first album in six years

Indie band Lanterns will release their fourth album, Glass Harbour, in October.

The first single, "Run to the Water", was played on radio for the first time on Monday.

Singer Theo Marsh said the band had nearly split up in 2022.

"We needed time away from each other," the frontman told Rolling Stone. "Now we're closer than ever."

The album was recorded in a converted chapel in Wales.
"""
GOLD["album"] = [
    ("said", "Singer Theo Marsh", "the band had nearly split up in 2022"),
    ("told", "the frontman", "We needed time away from each other"),
]
NOT_REPORTS["album"] = [
    "Indie band Lanterns will release their fourth album, Glass Harbour, in October.",
    "The first single, \"Run to the Water\", was played on radio for the first time on Monday.",
    "The album was recorded in a converted chapel in Wales.",
]
SPEAKERS["album"] = [("told", "the frontman", "Theo Marsh", "We needed")]

ARTICLES["cricket"] = """Ashford collapse to lose by 140 runs

Ashford were bowled out for 168 chasing 309 on the final day at Kingsmead Road.

Leg-spinner Ravi Patel took five wickets for 42 runs.

"The pitch turned a lot after lunch and we didn't handle it," Ashford captain Ben Holloway said.

Patel said he had been working on his googly all winter.

Ashford drop to sixth in the championship table.
"""
GOLD["cricket"] = [
    ("said", "Ashford captain Ben Holloway", "The pitch turned a lot after lunch and we didn't handle it"),
    ("said", "Patel", "he had been working on his googly all winter"),
]
NOT_REPORTS["cricket"] = [
    "Ashford were bowled out for 168 chasing 309 on the final day at Kingsmead Road.",
    "Leg-spinner Ravi Patel took five wickets for 42 runs.",
    "Ashford drop to sixth in the championship table.",
]

ARTICLES["nickname"] = """Sir Alan backs Corrigan for national job

Former Westbury manager Sir Alan Pryce has backed Lena Corrigan to become the next national coach.

"She is the best young coach in the country, by a distance," Sir Alan told the Morning Post.

The 78-year-old said the federation should make its decision before the summer.

Corrigan declined to comment on Monday.

The federation is expected to name its new coach in June.
"""
GOLD["nickname"] = [
    ("backed", "Former Westbury manager Sir Alan Pryce", "Lena Corrigan to become the next national coach"),
    ("told", "Sir Alan", "She is the best young coach in the country, by a distance"),
    ("said", "The 78-year-old", "the federation should make its decision before the summer"),
    ("expected", "", "The federation"),
]
NOT_REPORTS["nickname"] = []
SPEAKERS["nickname"] = [("said", "The 78-year-old", "Alan Pryce", "the federation")]

ARTICLES["cr_nickname"] = """Carvalho brushes off retirement talk

Portuguese forward Rui Carvalho has dismissed suggestions that he will retire at the end of the season.

"I still feel 25," the Portuguese said after scoring twice against Almada.

His agent, Jorge Lemos, told reporters that three clubs had asked about the player.

Carvalho has scored 18 goals this season.
"""
GOLD["cr_nickname"] = [
    ("dismissed", "Portuguese forward Rui Carvalho", "suggestions that he will retire at the end of the season"),
    ("said", "the Portuguese", "I still feel 25"),
    ("told", "His agent, Jorge Lemos", "three clubs had asked about the player"),
]
NOT_REPORTS["cr_nickname"] = ["Carvalho has scored 18 goals this season."]
SPEAKERS["cr_nickname"] = [("said", "the Portuguese", "Rui Carvalho", "I still")]

ARTICLES["f1"] = """Lindqvist takes pole in wet qualifying

Sweden's Anna Lindqvist took pole position for Sunday's race in wet conditions at Valmont.

Her teammate Marco Bellini qualified fourth after spinning at the final corner.

"The car was perfect in the rain," Lindqvist said. "I just had to keep it on the road."

Bellini said he had made a mistake on the brakes.

The race starts at 2pm local time.
"""
GOLD["f1"] = [
    ("said", "Lindqvist", "The car was perfect in the rain"),
    ("said", "Bellini", "he had made a mistake on the brakes"),
]
NOT_REPORTS["f1"] = [
    "Sweden's Anna Lindqvist took pole position for Sunday's race in wet conditions at Valmont.",
    "Her teammate Marco Bellini qualified fourth after spinning at the final corner.",
    "The race starts at 2pm local time.",
]

ARTICLES["basketball"] = """Hawks extend winning run to nine

The Eastport Hawks beat the Carver City Miners 112-98 on Friday night.

Point guard Jalen Moss scored 31 points and added 11 assists.

"We're just playing for each other right now," Moss told reporters in the locker room.

Coach Dana Whitfield said the team's defence had been the difference.

The Hawks host the Riverton Kings on Sunday.
"""
GOLD["basketball"] = [
    ("told", "Moss", "We're just playing for each other right now"),
    ("said", "Coach Dana Whitfield", "the team's defence had been the difference"),
]
NOT_REPORTS["basketball"] = [
    "The Eastport Hawks beat the Carver City Miners 112-98 on Friday night.",
    "Point guard Jalen Moss scored 31 points and added 11 assists.",
    "The Hawks host the Riverton Kings on Sunday.",
]

ARTICLES["celebrity_split"] = """Actors Grey and Moreau confirm split

Actors Hannah Grey and Luc Moreau have separated after eight years of marriage.

A spokesperson for the couple confirmed the split to People magazine.

"They remain committed to raising their children together," the spokesperson said.

Grey, 41, posted a photo of a sunset on Instagram on Wednesday with no caption.

The couple met on the set of a period drama in 2015.
"""
GOLD["celebrity_split"] = [
    ("confirmed", "A spokesperson for the couple", "the split"),
    ("said", "the spokesperson", "They remain committed to raising their children together"),
]
NOT_REPORTS["celebrity_split"] = [
    "Actors Hannah Grey and Luc Moreau have separated after eight years of marriage.",
    "Grey, 41, posted a photo of a sunset on Instagram on Wednesday with no caption.",
    "The couple met on the set of a period drama in 2015.",
]

ARTICLES["golf"] = """Okonkwo wins first major by two shots

Chidi Okonkwo won his first major on Sunday with a final round of 67.

He birdied three of the last four holes to finish 11 under par.

"I've dreamed about this since I was a kid," the 27-year-old said on the 18th green.

Runner-up Fraser Dunn told Sky Sports that Okonkwo had been unstoppable on the back nine.

Okonkwo moves up to seventh in the world rankings.
"""
GOLD["golf"] = [
    ("said", "the 27-year-old", "I've dreamed about this since I was a kid"),
    ("told", "Runner-up Fraser Dunn", "Okonkwo had been unstoppable on the back nine"),
]
NOT_REPORTS["golf"] = [
    "Chidi Okonkwo won his first major on Sunday with a final round of 67.",
    "He birdied three of the last four holes to finish 11 under par.",
    "Okonkwo moves up to seventh in the world rankings.",
]
SPEAKERS["golf"] = [("said", "the 27-year-old", "Chidi Okonkwo", "I've dreamed")]

ARTICLES["rugby"] = """Pellham sacked after ten defeats

Rugby club Easton Falcons have sacked head coach Gareth Pellham after ten straight defeats.

The club said in a statement that the decision had been taken "with great regret".

Pellham wrote on X that he was proud of what the players had achieved in his three seasons.

Assistant coach Ioane Tuilagi will take charge for Saturday's game against Bridgeford.

The Falcons are bottom of the Premiership with four points.
"""
GOLD["rugby"] = [
    ("said", "The club", "the decision had been taken \"with great regret\""),
    ("wrote", "Pellham", "he was proud of what the players had achieved in his three seasons"),
]
NOT_REPORTS["rugby"] = [
    "Assistant coach Ioane Tuilagi will take charge for Saturday's game against Bridgeford.",
    "The Falcons are bottom of the Premiership with four points.",
]

ARTICLES["influencer"] = """Influencer apologises over holiday video

Influencer Kayla Brent has apologised after a video filmed at a war memorial drew criticism.

"I didn't think, and I'm sorry," Brent said in a video posted to TikTok on Tuesday.

The clip had been viewed more than two million times before it was taken down.

Her management company said she would donate her fee from the trip to a veterans' charity.

Brent has 4.2 million followers on the platform.
"""
GOLD["influencer"] = [
    ("said", "Brent", "I didn't think, and I'm sorry"),
    ("said", "Her management company", "she would donate her fee from the trip to a veterans' charity"),
]
NOT_REPORTS["influencer"] = [
    "The clip had been viewed more than two million times before it was taken down.",
    "Brent has 4.2 million followers on the platform.",
]

ARTICLES["athletics"] = """Mensah breaks national 400m record

Ama Mensah broke the national 400m record with a time of 49.62 seconds in Zurich on Thursday.

The previous record had stood since 1998.

"I knew on the back straight that it was fast," Mensah said.

Her coach, Peter Adjei, said she would now aim for a medal at the world championships.

Mensah finished second behind American Dana Cole.
"""
GOLD["athletics"] = [
    ("said", "Mensah", "I knew on the back straight that it was fast"),
    ("said", "Her coach, Peter Adjei", "she would now aim for a medal at the world championships"),
]
NOT_REPORTS["athletics"] = [
    "Ama Mensah broke the national 400m record with a time of 49.62 seconds in Zurich on Thursday.",
    "The previous record had stood since 1998.",
    "Mensah finished second behind American Dana Cole.",
]

ARTICLES["theatre"] = """West End revival of 'The Glass Farm' to close early

The West End revival of The Glass Farm will close on April 12, six weeks earlier than planned.

Producers said ticket sales had not recovered after the lead actor left the cast.

"It has been a difficult decision," producer Miriam Oduya told The Stage.

The play lost an estimated 1.1 million pounds.

The show's writer, Alec Freeth, said on Facebook that he was heartbroken.
"""
GOLD["theatre"] = [
    ("said", "Producers", "ticket sales had not recovered after the lead actor left the cast"),
    ("told", "producer Miriam Oduya", "It has been a difficult decision"),
    ("said", "The show's writer, Alec Freeth", "he was heartbroken"),
]
NOT_REPORTS["theatre"] = [
    "The West End revival of The Glass Farm will close on April 12, six weeks earlier than planned.",
    "The play lost an estimated 1.1 million pounds.",
]

ARTICLES["esports"] = """Team Vantor knocked out of world finals

Team Vantor were knocked out of the world finals after a 3-1 defeat to Kaiju Gaming on Saturday.

Vantor's captain, known as "Skald", posted on X that the team had let their fans down.

Kaiju coach Min-jun Park said his players had studied Vantor's matches for weeks.

Kaiju will play Redline in the semi-final on Tuesday.
"""
GOLD["esports"] = [
    ("posted", "Vantor's captain, known as \"Skald\"", "the team had let their fans down"),
    ("said", "Kaiju coach Min-jun Park", "his players had studied Vantor's matches for weeks"),
]
NOT_REPORTS["esports"] = [
    "Team Vantor were knocked out of the world finals after a 3-1 defeat to Kaiju Gaming on Saturday.",
    "Kaiju will play Redline in the semi-final on Tuesday.",
]

ARTICLES["womens_football"] = """Kirby hat-trick sends Lionesses into final

Ellie Kirby scored a hat-trick as Stanmoor beat Greyhill 4-0 in the cup semi-final on Sunday.

Kirby opened the scoring after six minutes and added two more before the break.

"It's the best day of my career," the forward said.

Stanmoor manager Rachel Odum praised Kirby as "the most complete striker in the league".

The final will be played at Westgate Stadium on May 18.
"""
GOLD["womens_football"] = [
    ("said", "the forward", "It's the best day of my career"),
    ("praised", "Stanmoor manager Rachel Odum", "Kirby as \"the most complete striker in the league\""),
]
NOT_REPORTS["womens_football"] = [
    "Ellie Kirby scored a hat-trick as Stanmoor beat Greyhill 4-0 in the cup semi-final on Sunday.",
    "Kirby opened the scoring after six minutes and added two more before the break.",
    "The final will be played at Westgate Stadium on May 18.",
]
SPEAKERS["womens_football"] = [("said", "the forward", "Ellie Kirby", "It's the")]
