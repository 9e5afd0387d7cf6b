# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Short articles written for the sixty-second session's check of celebrity, royal and tabloid-style news (helper
M): anonymous insiders ('a source close to the couple told the magazine', 'an insider claimed', 'friends say', 'pals
say'), hearsay with no holder ('is said to be', 'reportedly', 'according to reports', 'it is understood that'),
palaces and representatives ('the palace declined to comment', 'a representative for the actor denied', 'her rep
confirmed the split'), fans and social media ('fans speculated', 'she captioned the photo', 'took to Instagram to
share', 'in a since-deleted post'), light verbs of the trade ('hinted at', 'teased', 'gushed', 'joked'), the
tabloid's own claim ('the tabloid alleged') and descriptions ('people who know him describe him as').

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included): per article, (a word of the cue, the source, the first content span) for each report in ``GOLD``; the
lines that report nothing in ``NOT_REPORTS`` (outfits, red-carpet narration, ages and marriages stated by the writer,
film and album titles, follower counts, tour dates and event listings); (cue, source, speaker, the content's first
words) in ``SPEAKERS``. Counted on PolNeAR train before writing the gold: 'X was said to be Y' with no agent is a cue
3 times of 3 (a report with no source whose first content is the subject); 'reportedly' is a cue 18 times of 27,
and after an auxiliary the content keeps it ('X is .. dating Y', 3 of 3); 'according to reports' 4 of 4; 'declined to
comment' 16 of 19 (the content 'to comment'); 'describe him as' 3 of 3, the content 'him as Y' (3 of 4). The first
twenty-four articles were written before any mend, the last eight after the first mends. Every name, place, title,
figure and sentence is made up. Read by ``test_probe_findings_62_gossip``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["soap_split"] = """Soap star Tamsin Vey and chef husband separate

Soap star Tamsin Vey and her husband, the chef Ravi Ollerton, have separated after six years of marriage.

Her rep confirmed the split on Tuesday.

"Tamsin and Ravi remain close friends and ask for privacy at this time," the representative said.

Vey, 34, played nurse Kelly Brannock on the long-running drama Harbour Lane for nine years.

The couple married in a small ceremony in the Lake District in 2018 and have a four-year-old daughter.

A source close to the couple told Glint magazine that the pair had been living apart since the spring.

Ollerton, 39, owns two restaurants in Manchester.
"""
GOLD["soap_split"] = [
    ("confirmed", "Her rep", "the split"),
    ("said", "the representative", "Tamsin and Ravi remain close friends and ask for privacy at this time"),
    ("told", "A source close to the couple", "the pair had been living apart since the spring"),
]
NOT_REPORTS["soap_split"] = [
    "Soap star Tamsin Vey and her husband, the chef Ravi Ollerton, have separated after six years of marriage.",
    "Vey, 34, played nurse Kelly Brannock on the long-running drama Harbour Lane for nine years.",
    "The couple married in a small ceremony in the Lake District in 2018 and have a four-year-old daughter.",
    "Ollerton, 39, owns two restaurants in Manchester.",
]

ARTICLES["duke_absent"] = """Palace silent on duke's absence from cenotaph

The Duke of Arnholt did not attend the annual service at the cenotaph on Sunday, the first time he has missed it in a decade.

Kensford Palace declined to comment on the reasons for his absence.

It is understood that the duke has been unwell for several weeks.

The duke, 71, is the younger brother of the King.

He wore a dark overcoat and a poppy at a private engagement on Friday.

Royal commentator Helena Sparrow said the absence would "raise eyebrows" among veterans.

She added that the palace's silence was "unhelpful".
"""
GOLD["duke_absent"] = [
    ("declined", "Kensford Palace", "the reasons for his absence"),
    ("understood", "", "the duke has been unwell for several weeks"),
    ("said", "Royal commentator Helena Sparrow", 'the absence would "raise eyebrows" among veterans'),
    ("added", "She", 'the palace\'s silence was "unhelpful"'),
]
NOT_REPORTS["duke_absent"] = [
    "The Duke of Arnholt did not attend the annual service at the cenotaph on Sunday, the first time he has missed it in a decade.",
    "The duke, 71, is the younger brother of the King.",
    "He wore a dark overcoat and a poppy at a private engagement on Friday.",
]
SPEAKERS["duke_absent"] = [("added", "She", "Helena Sparrow", "the palace")]

ARTICLES["leaked_tracks"] = """Pop star Jaya Lindqvist 'furious' over leaked songs

Pop star Jaya Lindqvist is said to be furious after three unreleased songs appeared online.

An insider claimed the tracks were taken from a laptop stolen from her studio in March.

Lindqvist, 27, has sold more than 20 million records.

Her third album, Glass Orchard, is due out in September.

She has 48 million followers on Instagram.

Her label, Northwave Records, said it was "working with the authorities" to remove the songs.
"""
GOLD["leaked_tracks"] = [
    ("said", "", "Pop star Jaya Lindqvist"),
    ("claimed", "An insider", "the tracks were taken from a laptop stolen from her studio in March"),
    ("said", "Her label, Northwave Records", 'it was "working with the authorities" to remove the songs'),
]
NOT_REPORTS["leaked_tracks"] = [
    "Lindqvist, 27, has sold more than 20 million records.",
    "Her third album, Glass Orchard, is due out in September.",
    "She has 48 million followers on Instagram.",
]

ARTICLES["show_axed"] = """Reality star 'heartbroken' as dating show axed

Friends say reality star Dean Castellane is heartbroken after the cancellation of his dating show.

The show, Castle of Love, ran for four series on Channel 7.

Castellane, 31, rose to fame on the island show Sun Seekers in 2017.

"He put everything into that programme," one friend told the Daily Lamp.

The channel said the decision was based on falling viewing figures.
"""
GOLD["show_axed"] = [
    ("say", "Friends", "reality star Dean Castellane is heartbroken after the cancellation of his dating show"),
    ("told", "one friend", "He put everything into that programme"),
    ("said", "The channel", "the decision was based on falling viewing figures"),
]
NOT_REPORTS["show_axed"] = [
    "The show, Castle of Love, ran for four series on Channel 7.",
    "Castellane, 31, rose to fame on the island show Sun Seekers in 2017.",
]

ARTICLES["rehab_denied"] = """Actor's representative denies rehab claims

A representative for the actor Malcolm Reyes-Oduya denied that he had checked into a rehabilitation clinic.

The Sunday Clarion alleged that Reyes-Oduya had been admitted to a facility in Arizona last week.

"These stories are completely false. Malcolm is at home with his family," the representative said.

Reyes-Oduya, 45, won a screen award for his role in the war drama Ashes of Calder.

He is currently filming a thriller in Budapest.

The newspaper said it stood by its story.
"""
GOLD["rehab_denied"] = [
    ("denied", "A representative for the actor Malcolm Reyes-Oduya", "he had checked into a rehabilitation clinic"),
    ("alleged", "The Sunday Clarion", "Reyes-Oduya had been admitted to a facility in Arizona last week"),
    ("said", "the representative", "These stories are completely false. Malcolm is at home with his family"),
    ("said", "The newspaper", "it stood by its story"),
]
NOT_REPORTS["rehab_denied"] = [
    "Reyes-Oduya, 45, won a screen award for his role in the war drama Ashes of Calder.",
    "He is currently filming a thriller in Budapest.",
]

ARTICLES["sitcom_return"] = """Comedian hints at return of Flat Four

Comedian Priya Baskerville hinted at a return of her hit sitcom during an appearance on a late-night chat show.

"Never say never. The cast still have a group chat," she teased.

The sitcom, Flat Four, ran for six series and won three comedy awards.

Baskerville wore a yellow trouser suit and silver trainers.

Fans speculated online that a Christmas special was already being filmed.

The broadcaster said there were no current plans for new episodes.
"""
GOLD["sitcom_return"] = [
    ("hinted", "Comedian Priya Baskerville", "a return of her hit sitcom"),
    ("teased", "she", "Never say never. The cast still have a group chat"),
    ("speculated", "Fans", "a Christmas special was already being filmed"),
    ("said", "The broadcaster", "there were no current plans for new episodes"),
]
NOT_REPORTS["sitcom_return"] = [
    "The sitcom, Flat Four, ran for six series and won three comedy awards.",
    "Baskerville wore a yellow trouser suit and silver trainers.",
]
SPEAKERS["sitcom_return"] = [("teased", "she", "Priya Baskerville", "Never say")]

ARTICLES["swimmer_engaged"] = """Olympic swimmer engaged to model boyfriend

Olympic swimmer Corinne Blaydes is engaged to her boyfriend of three years, the model Theo Marchetti.

Blaydes announced the news on Instagram on Saturday with a photo of her ring.

She captioned the photo: "He asked, I said yes!"

Marchetti gushed that he was "the luckiest man alive".

The couple met at a charity gala in Monaco in 2021.

Blaydes won two silver medals at the last Games.

Marchetti has 1.2 million followers on TikTok.
"""
GOLD["swimmer_engaged"] = [
    ("announced", "Blaydes", "the news"),
    ("captioned", "She", "He asked, I said yes!"),
    ("gushed", "Marchetti", 'he was "the luckiest man alive"'),
]
NOT_REPORTS["swimmer_engaged"] = [
    "Olympic swimmer Corinne Blaydes is engaged to her boyfriend of three years, the model Theo Marchetti.",
    "The couple met at a charity gala in Monaco in 2021.",
    "Blaydes won two silver medals at the last Games.",
    "Marchetti has 1.2 million followers on TikTok.",
]
SPEAKERS["swimmer_engaged"] = [("captioned", "She", "Corinne Blaydes", "He asked")]

ARTICLES["deleted_post"] = """Rapper sorry for post about rival

In a since-deleted post, Kwesi Abernathy wrote that the rival had "stolen" his sound.

"I was angry and I said things I regret," he said in a video on Sunday.

Abernathy, 29, released his debut album, Concrete Psalms, in 2020.

The post was shared more than 30,000 times before it was removed.

His tour begins in Glasgow on 3 May.
"""
GOLD["deleted_post"] = [
    ("wrote", "Kwesi Abernathy", 'the rival had "stolen" his sound'),
    ("said", "he", "I was angry and I said things I regret"),
]
NOT_REPORTS["deleted_post"] = [
    "Abernathy, 29, released his debut album, Concrete Psalms, in 2020.",
    "The post was shared more than 30,000 times before it was removed.",
    "His tour begins in Glasgow on 3 May.",
]
SPEAKERS["deleted_post"] = [("said", "he", "Kwesi Abernathy", "I was angry")]

ARTICLES["secret_wedding"] = """Quiz host 'wed in secret', paper claims

The Evening Courier alleged on Wednesday that TV host Marcus Delahunt had married his partner in a secret ceremony in Bali.

The newspaper said the wedding was attended by only twelve people.

Delahunt's spokesman would neither confirm nor deny the report.

Delahunt, 52, has presented the quiz show Brain Drain since 2015.

He and his partner, the architect Simon Achebe-Ross, have been together for 14 years.
"""
GOLD["secret_wedding"] = [
    ("alleged", "The Evening Courier", "TV host Marcus Delahunt had married his partner in a secret ceremony in Bali"),
    ("said", "The newspaper", "the wedding was attended by only twelve people"),
    ("confirm", "Delahunt's spokesman", "the report"),
]
NOT_REPORTS["secret_wedding"] = [
    "Delahunt, 52, has presented the quiz show Brain Drain since 2015.",
    "He and his partner, the architect Simon Achebe-Ross, have been together for 14 years.",
]

ARTICLES["quiet_tycoon"] = """The quiet billionaire behind Maison Orlo

Fashion tycoon Leopold Varga rarely appears in public.

People who know him describe him as shy, bookish and fiercely loyal.

Varga, 63, founded the label Maison Orlo in Paris in 1988.

The company employs 4,000 people and has stores in 30 countries.

A former employee said Varga knew every seamstress by name.

He lives with his second wife, the sculptor Ines Palatova, on an island off the Croatian coast.
"""
GOLD["quiet_tycoon"] = [
    ("describe", "People who know him", "him as shy, bookish and fiercely loyal"),
    ("said", "A former employee", "Varga knew every seamstress by name"),
]
NOT_REPORTS["quiet_tycoon"] = [
    "Fashion tycoon Leopold Varga rarely appears in public.",
    "Varga, 63, founded the label Maison Orlo in Paris in 1988.",
    "The company employs 4,000 people and has stores in 30 countries.",
    "He lives with his second wife, the sculptor Ines Palatova, on an island off the Croatian coast.",
]

ARTICLES["silver_lens"] = """Stars dazzle at the Silver Lens awards

The Silver Lens awards were held at the Palladium Theatre in London on Sunday night.

Actress Nadia Okonkwo-Hale wore a sequinned emerald gown by designer Fabrizio Lenti.

Singer Rupert Sayle arrived with his wife, the novelist Clara Dunmore, and their two teenage sons.

The best film award went to the drama The Long Shore, directed by Aoife Grennan.

Grennan said in her acceptance speech that the film was "for every family that has lost someone to the sea".

Host Benji Arkwright joked that the ceremony had run "longer than the films".

The after-party took place at a members' club in Soho.
"""
GOLD["silver_lens"] = [
    ("said", "Grennan", 'the film was "for every family that has lost someone to the sea"'),
    ("joked", "Host Benji Arkwright", 'the ceremony had run "longer than the films"'),
]
NOT_REPORTS["silver_lens"] = [
    "The Silver Lens awards were held at the Palladium Theatre in London on Sunday night.",
    "Actress Nadia Okonkwo-Hale wore a sequinned emerald gown by designer Fabrizio Lenti.",
    "Singer Rupert Sayle arrived with his wife, the novelist Clara Dunmore, and their two teenage sons.",
    "The best film award went to the drama The Long Shore, directed by Aoife Grennan.",
    "The after-party took place at a members' club in Soho.",
]

ARTICLES["royal_baby"] = """Princess Amelie expecting second child

Princess Amelie and her husband, Count Hugo of Verlaine, are expecting their second child, Ardmoor Palace announced on Monday.

The couple's first child, Prince Leo, was born in 2023.

A palace spokesman said the princess was "in good health" and would continue with her public duties.

Royal sources said the couple were "overjoyed".

The princess, 31, is third in line to the throne.
"""
GOLD["royal_baby"] = [
    ("announced", "Ardmoor Palace", "Princess Amelie and her husband, Count Hugo of Verlaine, are expecting their second child"),
    ("said", "A palace spokesman", 'the princess was "in good health" and would continue with her public duties'),
    ("said", "Royal sources", 'the couple were "overjoyed"'),
]
NOT_REPORTS["royal_baby"] = [
    "The couple's first child, Prince Leo, was born in 2023.",
    "The princess, 31, is third in line to the throne.",
]

ARTICLES["paris_dinner"] = """Footballer and singer spotted in Paris

Footballer Rico Amadou-Varela is reportedly dating the singer Lottie Fenwick.

The pair were photographed leaving a restaurant in Paris on Friday evening.

According to reports, they met at a charity football match in June.

Amadou-Varela, 24, plays for Eastport United.

Fenwick's single Paper Moons spent six weeks at number one last year.
"""
GOLD["paris_dinner"] = [
    ("reportedly", "", "Footballer Rico Amadou-Varela is"),
    ("According", "reports", "they met at a charity football match in June"),
]
NOT_REPORTS["paris_dinner"] = [
    "The pair were photographed leaving a restaurant in Paris on Friday evening.",
    "Amadou-Varela, 24, plays for Eastport United.",
    "Fenwick's single Paper Moons spent six weeks at number one last year.",
]

ARTICLES["presenter_diagnosis"] = """Morning show presenter reveals diagnosis

TV presenter Gemma Oduya took to Instagram to share that she has been diagnosed with breast cancer.

Oduya has presented the morning show Rise and Shine since 2016.

"I'm scared, but I'm surrounded by love," she wrote.

Her co-host, Daniel Ferreira, said the whole team was behind her.

The show will be presented by guest hosts for the next month.
"""
GOLD["presenter_diagnosis"] = [
    ("share", "TV presenter Gemma Oduya", "she has been diagnosed with breast cancer"),
    ("wrote", "she", "I'm scared, but I'm surrounded by love"),
    ("said", "Her co-host, Daniel Ferreira", "the whole team was behind her"),
]
NOT_REPORTS["presenter_diagnosis"] = [
    "Oduya has presented the morning show Rise and Shine since 2016.",
    "The show will be presented by guest hosts for the next month.",
]
SPEAKERS["presenter_diagnosis"] = [("wrote", "she", "Gemma Oduya", "I'm scared")]

ARTICLES["unfollowed"] = """Influencer couple unfollow each other

Influencer couple Sasha Kellaway and Jonah Pryce have unfollowed each other on Instagram.

Fans speculated that the pair had split after Kellaway deleted their wedding photos.

Kellaway has 3.4 million followers, and Pryce has 900,000.

The couple married in Ibiza in 2022 in a ceremony sponsored by a swimwear brand.

A source told the Daily Lamp that they were "going through a rough patch" but had not separated.

Pryce's agent declined to comment.
"""
GOLD["unfollowed"] = [
    ("speculated", "Fans", "the pair had split after Kellaway deleted their wedding photos"),
    ("told", "A source", 'they were "going through a rough patch" but had not separated'),
    ("declined", "Pryce's agent", "to comment"),
]
NOT_REPORTS["unfollowed"] = [
    "Influencer couple Sasha Kellaway and Jonah Pryce have unfollowed each other on Instagram.",
    "Kellaway has 3.4 million followers, and Pryce has 900,000.",
    "The couple married in Ibiza in 2022 in a ceremony sponsored by a swimwear brand.",
]

ARTICLES["crooner_eighty"] = """Velvet Evening crooner Ellis Monroe turns 80

Ellis Monroe, the crooner behind the 1968 hit Velvet Evening, turns 80 on Thursday.

He has been married to the former dancer Rosalind Ashby for 52 years.

The couple have three children and seven grandchildren.

Monroe's last album, Late Light, was released in 2019.

His daughter, Fiona, said he planned to spend the day "with a cake and a cricket match".

He will perform two birthday concerts at the Albert Rooms next month.
"""
GOLD["crooner_eighty"] = [
    ("said", "His daughter, Fiona", 'he planned to spend the day "with a cake and a cricket match"'),
]
NOT_REPORTS["crooner_eighty"] = [
    "Ellis Monroe, the crooner behind the 1968 hit Velvet Evening, turns 80 on Thursday.",
    "He has been married to the former dancer Rosalind Ashby for 52 years.",
    "The couple have three children and seven grandchildren.",
    "Monroe's last album, Late Light, was released in 2019.",
    "He will perform two birthday concerts at the Albert Rooms next month.",
]

ARTICLES["banquet_missed"] = """King to miss state banquet on doctors' advice

The King will not attend Thursday's state banquet on the advice of his doctors, Ardmoor Palace confirmed.

A palace spokeswoman said the decision was "a precaution".

The banquet, for the President of Meridia, will be hosted by the Crown Princess instead.

Royal biographer Tobias Lyle said it was "highly unusual" for a monarch to miss such an event.

The King, 77, has reduced his engagements since a fall in January.
"""
GOLD["banquet_missed"] = [
    ("confirmed", "Ardmoor Palace", "The King will not attend Thursday's state banquet on the advice of his doctors"),
    ("said", "A palace spokeswoman", 'the decision was "a precaution"'),
    ("said", "Royal biographer Tobias Lyle", 'it was "highly unusual" for a monarch to miss such an event'),
]
NOT_REPORTS["banquet_missed"] = [
    "The banquet, for the President of Meridia, will be hosted by the Crown Princess instead.",
    "The King, 77, has reduced his engagements since a fall in January.",
]

ARTICLES["feud_denied"] = """Blackwater Row stars deny feud

The stars of the crime drama Blackwater Row have denied rumours of a feud on set.

Actress Harriet Quell said she and her co-star Ben Achterberg were "like brother and sister".

Achterberg joked that the only fight had been over the last biscuit.

A crew member claimed the pair had not spoken for weeks during filming.

The second series begins on 12 October.

Quell, 38, and Achterberg, 44, have both been nominated for acting awards.
"""
GOLD["feud_denied"] = [
    ("denied", "The stars of the crime drama Blackwater Row", "rumours of a feud on set"),
    ("said", "Actress Harriet Quell", 'she and her co-star Ben Achterberg were "like brother and sister"'),
    ("joked", "Achterberg", "the only fight had been over the last biscuit"),
    ("claimed", "A crew member", "the pair had not spoken for weeks during filming"),
]
NOT_REPORTS["feud_denied"] = [
    "The second series begins on 12 October.",
    "Quell, 38, and Achterberg, 44, have both been nominated for acting awards.",
]

ARTICLES["canada_move"] = """Prince Edmund 'planning move to Canada'

Prince Edmund is planning to move to Canada with his young family, a source close to the prince told Regal magazine.

The source said the prince wanted his children to grow up "away from the cameras".

Edmund, 36, is the King's nephew.

He stepped back from royal duties in 2022.

The palace said it did not comment on private matters.
"""
GOLD["canada_move"] = [
    ("told", "a source close to the prince", "Prince Edmund is planning to move to Canada with his young family"),
    ("said", "The source", 'the prince wanted his children to grow up "away from the cameras"'),
    ("said", "The palace", "it did not comment on private matters"),
]
NOT_REPORTS["canada_move"] = [
    "Edmund, 36, is the King's nephew.",
    "He stepped back from royal duties in 2022.",
]

ARTICLES["new_albums"] = """New albums out this week

Folk band The Hollow Pines release their fifth album, Salt and Ember, on Friday.

The record was produced by Gus Okafor and recorded in a church in Donegal.

Electro duo Neon Badger return with Night Bus Diaries, their first album in six years.

Frontwoman Lia Brennock said the title track was written "on the back of a bus ticket".

The duo play the Roundhouse on 14 November.

Tickets cost from £35.
"""
GOLD["new_albums"] = [
    ("said", "Frontwoman Lia Brennock", 'the title track was written "on the back of a bus ticket"'),
]
NOT_REPORTS["new_albums"] = [
    "Folk band The Hollow Pines release their fifth album, Salt and Ember, on Friday.",
    "The record was produced by Gus Okafor and recorded in a church in Donegal.",
    "Electro duo Neon Badger return with Night Bus Diaries, their first album in six years.",
    "The duo play the Roundhouse on 14 November.",
    "Tickets cost from £35.",
]

ARTICLES["designer_exit"] = """Creative director 'set to leave' Orsini

Creative director Anouk Belcastro is understood to be leaving the fashion house Orsini after five years.

She is said to have clashed with the company's new owners over budgets.

Belcastro, 48, previously worked for houses in Milan and New York.

Her final collection for Orsini was shown in Paris in March.

Orsini said in a statement that it "does not comment on speculation".
"""
GOLD["designer_exit"] = [
    ("understood", "", "Creative director Anouk Belcastro"),
    ("said", "", "She"),
    ("said", "Orsini", 'it "does not comment on speculation"'),
]
NOT_REPORTS["designer_exit"] = [
    "Belcastro, 48, previously worked for houses in Milan and New York.",
    "Her final collection for Orsini was shown in Paris in March.",
]

ARTICLES["ring_spotted"] = """Wedding bells for breakfast-TV favourite?

Breakfast-TV favourite Lucy Garraway has been spotted wearing a diamond ring on her left hand.

Pals say the presenter is "head over heels" with her boyfriend, the property developer Marco Steyn.

One pal told us: "They are talking about a summer wedding."

Garraway, 37, was previously married to the cricketer Owen Hale.
"""
GOLD["ring_spotted"] = [
    ("say", "Pals", 'the presenter is "head over heels" with her boyfriend, the property developer Marco Steyn'),
    ("told", "One pal", "They are talking about a summer wedding."),
]
NOT_REPORTS["ring_spotted"] = [
    "Breakfast-TV favourite Lucy Garraway has been spotted wearing a diamond ring on her left hand.",
    "Garraway, 37, was previously married to the cricketer Owen Hale.",
]

ARTICLES["twins_born"] = """Actor and jewellery designer welcome twins

Actor Samuel Nwachukwu-Pryor and his wife, the jewellery designer Mira Tan, have welcomed twins.

His rep confirmed the births on Tuesday.

The rep said mother and babies were "doing well".

The twins, a boy and a girl, were born in Los Angeles last week.

Nwachukwu-Pryor, 43, starred in the space thriller Far Orbit.
"""
GOLD["twins_born"] = [
    ("confirmed", "His rep", "the births"),
    ("said", "The rep", 'mother and babies were "doing well"'),
]
NOT_REPORTS["twins_born"] = [
    "Actor Samuel Nwachukwu-Pryor and his wife, the jewellery designer Mira Tan, have welcomed twins.",
    "The twins, a boy and a girl, were born in Los Angeles last week.",
    "Nwachukwu-Pryor, 43, starred in the space thriller Far Orbit.",
]

ARTICLES["tour_cut"] = """Duchess cuts short Pacific tour

The Duchess of Carrowmore has cut short her tour of the Pacific islands.

Her office said she was returning to London "for family reasons".

It is understood that her father has been taken ill.

The duchess, 45, had been due to visit four countries over ten days.

Local officials said they were disappointed but understood.
"""
GOLD["tour_cut"] = [
    ("said", "Her office", 'she was returning to London "for family reasons"'),
    ("understood", "", "her father has been taken ill"),
    ("said", "Local officials", "they were disappointed but understood"),
]
NOT_REPORTS["tour_cut"] = [
    "The Duchess of Carrowmore has cut short her tour of the Pacific islands.",
    "The duchess, 45, had been due to visit four countries over ten days.",
]

ARTICLES["golden_hour"] = """Singer hints at new love in latest single

Singer Damon Ferrante hinted at a new relationship in the lyrics of his latest single, Golden Hour.

In an interview with Beat magazine, he said the song was "about feeling lucky again".

Ferrante, 33, split from the actress Kira Solvang last year.

The single has been streamed 14 million times in a week.

Solvang's spokesperson said she wished him "nothing but happiness".
"""
GOLD["golden_hour"] = [
    ("hinted", "Singer Damon Ferrante", "a new relationship"),
    ("said", "he", 'the song was "about feeling lucky again"'),
    ("said", "Solvang's spokesperson", 'she wished him "nothing but happiness"'),
]
NOT_REPORTS["golden_hour"] = [
    "Ferrante, 33, split from the actress Kira Solvang last year.",
    "The single has been streamed 14 million times in a week.",
]
SPEAKERS["golden_hour"] = [("said", "he", "Damon Ferrante", "the song")]

# The eight articles below were written after the first mends, to probe the set's shapes in other words.

ARTICLES["band_reunion"] = """Nineties boy band 'in talks' over reunion tour

Nineties boy band Fourth Street are rumoured to be planning a reunion tour next summer.

Sources claim the five members met at a hotel in Dublin last month to discuss dates.

The band sold 12 million records before splitting in 2001.

Their debut single, Only You Tonight, reached number two in 1996.

Former member Gavin Pryor told his 300,000 followers that he had "no idea" about any tour.

Promoter Lyle Okoro said he would "love to see the boys back on stage".
"""
GOLD["band_reunion"] = [
    ("rumoured", "", "Nineties boy band Fourth Street"),
    ("claim", "Sources", "the five members met at a hotel in Dublin last month to discuss dates"),
    ("told", "Former member Gavin Pryor", 'he had "no idea" about any tour'),
    ("said", "Promoter Lyle Okoro", 'he would "love to see the boys back on stage"'),
]
NOT_REPORTS["band_reunion"] = [
    "The band sold 12 million records before splitting in 2001.",
    "Their debut single, Only You Tonight, reached number two in 1996.",
]

ARTICLES["garden_party"] = """Duchess charms guests at palace garden party

The Duchess of Wexcombe was seen chatting with guests at the summer garden party at Ardmoor Palace on Tuesday.

She wore a pale blue coat dress and a wide-brimmed hat by the milliner Rosa Fenn.

About 8,000 people attended the event, which was held in the palace's rear gardens.

One guest, a retired nurse from Leeds, said the duchess had been "warm and funny".

The duchess is believed to be preparing for a visit to Kenya in the autumn.
"""
GOLD["garden_party"] = [
    ("said", "One guest, a retired nurse from Leeds", 'the duchess had been "warm and funny"'),
    ("believed", "", "The duchess"),
]
NOT_REPORTS["garden_party"] = [
    "The Duchess of Wexcombe was seen chatting with guests at the summer garden party at Ardmoor Palace on Tuesday.",
    "She wore a pale blue coat dress and a wide-brimmed hat by the milliner Rosa Fenn.",
    "About 8,000 people attended the event, which was held in the palace's rear gardens.",
]

ARTICLES["airbrushed_cover"] = """Actress hits out at magazine over airbrushed cover

Actress Noor Castellanos slammed the fashion magazine Vantage for airbrushing her photos.

"That is not my body. I have a scar and I'm proud of it," she wrote on Instagram.

The cover shows Castellanos in a white silk slip dress on a beach.

Vantage said in a statement that it had not altered the images "beyond normal colour correction".

Castellanos, 29, stars in the streaming drama Tidewater.
"""
GOLD["airbrushed_cover"] = [
    ("slammed", "Actress Noor Castellanos", "the fashion magazine Vantage for airbrushing her photos"),
    ("wrote", "she", "That is not my body. I have a scar and I'm proud of it"),
    ("said", "Vantage", 'it had not altered the images "beyond normal colour correction"'),
]
NOT_REPORTS["airbrushed_cover"] = [
    "The cover shows Castellanos in a white silk slip dress on a beach.",
    "Castellanos, 29, stars in the streaming drama Tidewater.",
]
SPEAKERS["airbrushed_cover"] = [("wrote", "she", "Noor Castellanos", "That is not")]

ARTICLES["candid_interview"] = """Chart-topper opens up about anxiety

Chart-topper Ellie Marchbank opened up about her struggle with anxiety in an interview with Pulse radio.

"There were nights I couldn't walk on stage," she admitted.

The 25-year-old has had three number-one singles.

She quipped that her cat was "the only one who never asks for a selfie".

Marchbank will headline the Riverside festival in August.
"""
GOLD["candid_interview"] = [
    ("opened up", "Chart-topper Ellie Marchbank", "her struggle with anxiety"),
    ("admitted", "she", "There were nights I couldn't walk on stage"),
    ("quipped", "She", 'her cat was "the only one who never asks for a selfie"'),
]
NOT_REPORTS["candid_interview"] = [
    "The 25-year-old has had three number-one singles.",
    "Marchbank will headline the Riverside festival in August.",
]
SPEAKERS["candid_interview"] = [("admitted", "she", "Ellie Marchbank", "There were"), ("quipped", "She", "Ellie Marchbank", "her cat")]

ARTICLES["amicable_parting"] = """Film director and wife part ways

Her publicist, Joanna Reyes, said in a statement that the couple had "parted amicably".

Director Anton Kessel, 58, and the painter Marisol Kessel were married for 22 years.

They have two adult sons.

Kessel's latest film, The Winter Orchard, opens in cinemas next week.

It has been claimed that the pair had lived separately for more than a year.
"""
GOLD["amicable_parting"] = [
    ("said", "Her publicist, Joanna Reyes", 'the couple had "parted amicably"'),
    ("claimed", "", "the pair had lived separately for more than a year"),
]
NOT_REPORTS["amicable_parting"] = [
    "Director Anton Kessel, 58, and the painter Marisol Kessel were married for 22 years.",
    "They have two adult sons.",
    "Kessel's latest film, The Winter Orchard, opens in cinemas next week.",
]

ARTICLES["kitchen_dance"] = """Model's kitchen dance video goes viral

The model Suki Adeyemi, who has 5 million followers, shared a video of herself dancing in the kitchen.

The clip has been viewed more than nine million times.

In the video, Adeyemi says she is "done with the gym" and will "just dance instead".

A pal revealed: "She's been doing it every morning for years."

Adeyemi, 30, is the face of the perfume brand Lumen.
"""
GOLD["kitchen_dance"] = [
    ("says", "Adeyemi", 'she is "done with the gym" and will "just dance instead"'),
    ("revealed", "A pal", "She's been doing it every morning for years."),
]
NOT_REPORTS["kitchen_dance"] = [
    "The model Suki Adeyemi, who has 5 million followers, shared a video of herself dancing in the kitchen.",
    "The clip has been viewed more than nine million times.",
    "Adeyemi, 30, is the face of the perfume brand Lumen.",
]

ARTICLES["christmas_apart"] = """Royal couple 'to spend Christmas apart'

Prince Casimir and his wife will spend Christmas apart for the first time, an insider told the Sunday Clarion.

The insider added that the princess would stay with her parents in Norway.

The couple married at Ardmoor Abbey in 2019 in a ceremony watched by 20 million people.

Casimir, 40, is a keen polo player and patron of 14 charities.

Ardmoor Palace said it would not comment on "private family arrangements".
"""
GOLD["christmas_apart"] = [
    ("told", "an insider", "Prince Casimir and his wife will spend Christmas apart for the first time"),
    ("added", "The insider", "the princess would stay with her parents in Norway"),
    ("said", "Ardmoor Palace", 'it would not comment on "private family arrangements"'),
]
NOT_REPORTS["christmas_apart"] = [
    "The couple married at Ardmoor Abbey in 2019 in a ceremony watched by 20 million people.",
    "Casimir, 40, is a keen polo player and patron of 14 charities.",
]

ARTICLES["trolls_answered"] = """TV chef hits back at weight critics

TV chef Barney Aldred hit back at online critics who mocked his weight loss.

"I did it for my kids, not for you," the 47-year-old posted on X.

Aldred has lost six stone since last January.

His cookbook, Simple Suppers, was the best-selling title of last Christmas.

His wife, the dietitian Nia Aldred, said she was "incredibly proud" of him.
"""
GOLD["trolls_answered"] = [
    ("hit back", "TV chef Barney Aldred", "online critics who mocked his weight loss"),
    ("posted", "the 47-year-old", "I did it for my kids, not for you"),
    ("said", "His wife, the dietitian Nia Aldred", 'she was "incredibly proud" of him'),
]
NOT_REPORTS["trolls_answered"] = [
    "Aldred has lost six stone since last January.",
    "His cookbook, Simple Suppers, was the best-selling title of last Christmas.",
]
SPEAKERS["trolls_answered"] = [("posted", "the 47-year-old", "Barney Aldred", "I did it")]
