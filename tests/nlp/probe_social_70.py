# ruff: noqa: E501  (an article paragraph is one line, as a news page has it: a line break inside one would split it)
"""Thirty-nine short articles written for the seventieth pass's check of social media posts and online reactions
(helper B): posts on a named platform ('wrote on X', 'posted on Instagram', 'said in a post on Facebook', 'said in an
Instagram story', 'in a video posted to TikTok'), 'tweeted' before and after its quotation, a since-deleted post, a
reply to a user who asked, a video shared with a caption, a thread, accounts named by their handle ('@harbourwatch',
'@cityrailnorth said'), anonymous users ('one user wrote', '"...," wrote another'), the post, the tweet or the
caption as the source ('the post read', 'the caption said', 'according to a post on X'), reactions ('commenters
accused him of X', 'fans were quick to point out that Y', 'users questioned why Z'), screenshots, emoji and hashtags
inside quotations, a post quoted on its own line, a pinned statement, a livestream ('told viewers'), comment sections,
'took to Instagram to announce', 'posted a message reading "X"', 'told her 300,000 followers', and traps that look
alike and report nothing (a video viewed 2m times, a hashtag that trended, a post liked 40,000 times, a photo of a dog
shared, an account suspended, a post deleted, a streamer who went live).

The gold is written by hand as PolNeAR marks it (NOTES.md: sources are maximal, appositions and relative clauses
included; train makes 'wrote on Twitter', 'wrote on Facebook', 'posted on Facebook', 'said on Twitter' cues with the
poster the source, 12 of 12 'wrote on' in a cue, 76 of 87 'tweeted'; 'One tweet said' and 'the statement read' have
the message for source; 'one user wrote', 'one user commented', 'another' the user): per article, (a word of the cue,
the source, the first content span) for each report in ``GOLD``; the lines that report nothing in ``NOT_REPORTS``;
(cue, source, speaker, the content's first words) in ``SPEAKERS``. Every name, place, account, body and sentence is
made up. Read by ``test_probe_findings_70_social``."""

ARTICLES = {}
GOLD = {}
NOT_REPORTS = {}
SPEAKERS = {}

ARTICLES["councillor_bins"] = """Councillor criticises bin collection changes

Councillor Ruth Amberley wrote on Facebook that the new fortnightly bin collections in Dunmere were "a mess from start to finish".

The post has been shared more than 3,000 times.

The council said the changes would save £400,000 a year.
"""
GOLD["councillor_bins"] = [
    ("wrote", "Councillor Ruth Amberley", 'the new fortnightly bin collections in Dunmere were "a mess from start to finish"'),
    ("said", "The council", "the changes would save £400,000 a year"),
]
NOT_REPORTS["councillor_bins"] = ["The post has been shared more than 3,000 times."]
SPEAKERS["councillor_bins"] = [("wrote", "Councillor Ruth Amberley", "Ruth Amberley", "the new fortnightly")]

ARTICLES["singer_instagram"] = """Singer cancels autumn tour

The singer Mara Voss posted on Instagram that she was cancelling her autumn tour to recover from a throat operation.

A video of her last concert in Keldby has been viewed more than 2m times.

"I am heartbroken but I have to listen to my doctors," Voss wrote.
"""
GOLD["singer_instagram"] = [
    ("posted", "The singer Mara Voss", "she was cancelling her autumn tour to recover from a throat operation"),
    ("wrote", "Voss", "I am heartbroken but I have to listen to my doctors"),
]
NOT_REPORTS["singer_instagram"] = ["A video of her last concert in Keldby has been viewed more than 2m times."]
SPEAKERS["singer_instagram"] = [("wrote", "Voss", "Mara Voss", "I am heartbroken")]

ARTICLES["ferry_tweet"] = """Minister defends ferry timetable

The transport minister, Gideon Hale, tweeted on Monday that the new ferry timetable for the Orran islands would "add sailings, not cut them".

The hashtag #SaveOurFerry trended across the region on Sunday.

Islanders said the timetable left them without a morning sailing on Wednesdays.
"""
GOLD["ferry_tweet"] = [
    ("tweeted", "The transport minister, Gideon Hale", 'the new ferry timetable for the Orran islands would "add sailings, not cut them"'),
    ("said", "Islanders", "the timetable left them without a morning sailing on Wednesdays"),
]
NOT_REPORTS["ferry_tweet"] = ["The hashtag #SaveOurFerry trended across the region on Sunday."]
SPEAKERS["ferry_tweet"] = [("tweeted", "The transport minister, Gideon Hale", "Gideon Hale", "the new ferry")]

ARTICLES["deleted_post"] = """Striker apologises for referee post

In a since-deleted post, the Portwell striker Dion Mabry wrote that the referee had "decided the game before kick-off".

Mabry later apologised on X, writing that he had spoken "in the heat of the moment".

The league said it was looking into the post.

The post was deleted within an hour.
"""
GOLD["deleted_post"] = [
    ("wrote", "the Portwell striker Dion Mabry", 'the referee had "decided the game before kick-off"'),
    ("writing", "Mabry", 'he had spoken "in the heat of the moment"'),
    ("said", "The league", "it was looking into the post"),
]
NOT_REPORTS["deleted_post"] = ["The post was deleted within an hour."]
SPEAKERS["deleted_post"] = [("writing", "Mabry", "Dion Mabry", "he had spoken")]

ARTICLES["pool_reply"] = """Leisure centre pool to stay shut

The Hollins Leisure Centre replied to a user who asked when the pool would reopen: "Not before the spring, we're afraid."

The pool closed in July after cracks were found in its lining.

A spokeswoman for the centre said repairs would begin next month.
"""
GOLD["pool_reply"] = [
    ("replied", "The Hollins Leisure Centre", "Not before the spring, we're afraid."),
    ("said", "A spokeswoman for the centre", "repairs would begin next month"),
]
NOT_REPORTS["pool_reply"] = ["The pool closed in July after cracks were found in its lining."]
SPEAKERS["pool_reply"] = []

ARTICLES["mayor_video"] = """Mayor's video of flooded road draws criticism

The mayor of Brackwater, Ines Folau, shared a video of the flooded Mill Road captioned "We are on it".

Commenters accused her of posing for the camera while residents bailed out their homes.

Ms Folau said the council had sent pumps to the road within an hour.
"""
GOLD["mayor_video"] = [
    ("captioned", "The mayor of Brackwater, Ines Folau", "We are on it"),
    ("accused", "Commenters", "her of posing for the camera while residents bailed out their homes"),
    ("said", "Ms Folau", "the council had sent pumps to the road within an hour"),
]
NOT_REPORTS["mayor_video"] = []
SPEAKERS["mayor_video"] = [("said", "Ms Folau", "Ines Folau", "the council")]

ARTICLES["economist_thread"] = """Economist warns on rent controls

In a thread on X, the economist Priya Landel argued that rent controls in Vessor would shrink the number of homes to let.

The thread has been read more than 500,000 times.

Landel said cities that capped rents had seen landlords sell up.
"""
GOLD["economist_thread"] = [
    ("argued", "the economist Priya Landel", "rent controls in Vessor would shrink the number of homes to let"),
    ("said", "Landel", "cities that capped rents had seen landlords sell up"),
]
NOT_REPORTS["economist_thread"] = ["The thread has been read more than 500,000 times."]
SPEAKERS["economist_thread"] = [("said", "Landel", "Priya Landel", "cities")]

ARTICLES["harbour_account"] = """Harbour account posts warning about jellyfish

The account @harbourwatch, which is run by volunteers in Selcombe, posted a warning on Saturday that swarms of jellyfish had reached the main beach.

The account has about 40,000 followers.

Lifeguards said swimmers should stay between the flags.
"""
GOLD["harbour_account"] = [
    ("posted", "The account @harbourwatch, which is run by volunteers in Selcombe", "swarms of jellyfish had reached the main beach"),
    ("said", "Lifeguards", "swimmers should stay between the flags"),
]
NOT_REPORTS["harbour_account"] = ["The account has about 40,000 followers."]
SPEAKERS["harbour_account"] = []

ARTICLES["bakery_users"] = """Bakery closure leaves village upset

The Corran Street bakery in Lowtarn announced on Facebook that it would close at the end of the month after 60 years.

"This is the end of an era," one user wrote.

Another wrote: "Where will we get our Saturday pies now?"
"""
GOLD["bakery_users"] = [
    ("announced", "The Corran Street bakery in Lowtarn", "it would close at the end of the month after 60 years"),
    ("wrote", "one user", "This is the end of an era"),
    ("wrote", "Another", "Where will we get our Saturday pies now?"),
]
NOT_REPORTS["bakery_users"] = []
SPEAKERS["bakery_users"] = []

ARTICLES["club_post_read"] = """Rowing club asks for return of stolen boat

The Penmarth Rowing Club has asked the public for help after a racing boat was taken from its boathouse.

The post read: "If you have seen a blue eight on a trailer, please call us."

Police said they were checking cameras on the coast road.
"""
GOLD["club_post_read"] = [
    ("read", "The post", "If you have seen a blue eight on a trailer, please call us."),
    ("said", "Police", "they were checking cameras on the coast road"),
]
NOT_REPORTS["club_post_read"] = []
SPEAKERS["club_post_read"] = []

ARTICLES["zoo_caption"] = """Zoo welcomes twin otter pups

Tarnfield Zoo posted a photo of two otter pups on Instagram on Tuesday.

The caption said: "Meet Pip and Moss, born on 2 May and already causing trouble."

The zoo said the pups would go on show in June.
"""
GOLD["zoo_caption"] = [
    ("said", "The caption", "Meet Pip and Moss, born on 2 May and already causing trouble."),
    ("said", "The zoo", "the pups would go on show in June"),
]
NOT_REPORTS["zoo_caption"] = []
SPEAKERS["zoo_caption"] = []

ARTICLES["kit_fans"] = """New kit divides fans

Harlow Athletic unveiled its new home shirt on Thursday.

Fans were quick to point out that the shirt looked almost the same as the one the club wore two seasons ago.

The club's commercial director, Owen Tait, said sales had been "very strong".
"""
GOLD["kit_fans"] = [
    ("point out", "Fans", "the shirt looked almost the same as the one the club wore two seasons ago"),
    ("said", "The club's commercial director, Owen Tait", 'sales had been "very strong"'),
]
NOT_REPORTS["kit_fans"] = ["Harlow Athletic unveiled its new home shirt on Thursday."]
SPEAKERS["kit_fans"] = [("said", "The club's commercial director, Owen Tait", "Owen Tait", "sales")]

ARTICLES["group_chat"] = """Manager suspended over group chat messages

Screenshots seen by the Ashby Courier show that the warehouse manager told staff in a group chat they would lose their bonus if they joined the strike.

The firm said the manager had been suspended while it investigated.

The union said the messages were "a clear threat".
"""
GOLD["group_chat"] = [
    ("show", "Screenshots seen by the Ashby Courier", "the warehouse manager told staff in a group chat they would lose their bonus if they joined the strike"),
    ("said", "The firm", "the manager had been suspended while it investigated"),
    ("said", "The union", 'the messages were "a clear threat"'),
]
NOT_REPORTS["group_chat"] = []
SPEAKERS["group_chat"] = []

ARTICLES["finals_emoji"] = """Sprinter celebrates national title

The sprinter Keziah Obi won the 200m at the national championships in Marlow on Sunday.

She wrote on Instagram: "Best day of my life 🎉🥇 #Champion"

Her coach, Len Rudd, said she would now aim for the European championships.
"""
GOLD["finals_emoji"] = [
    ("wrote", "She", "Best day of my life 🎉🥇 #Champion"),
    ("said", "Her coach, Len Rudd", "she would now aim for the European championships"),
]
NOT_REPORTS["finals_emoji"] = ["The sprinter Keziah Obi won the 200m at the national championships in Marlow on Sunday."]
SPEAKERS["finals_emoji"] = [("wrote", "She", "Keziah Obi", "Best day")]

ARTICLES["museum_own_line"] = """Museum closes after burst pipe

The Callow Museum of Rail closed on Friday after a pipe burst above its main hall.

The museum posted on X:

"We are sorry to say we will be closed all weekend. Tickets will be refunded."

Staff said none of the engines had been damaged.
"""
GOLD["museum_own_line"] = [
    ("posted", "The museum", "We are sorry to say we will be closed all weekend. Tickets will be refunded."),
    ("said", "Staff", "none of the engines had been damaged"),
]
NOT_REPORTS["museum_own_line"] = ["The Callow Museum of Rail closed on Friday after a pipe burst above its main hall."]
SPEAKERS["museum_own_line"] = []

ARTICLES["charity_pinned"] = """Charity denies misusing donations

In a statement pinned to the top of its profile, the Westbrook Animal Trust said every donation had gone to the care of animals.

The trust was criticised last week after a former volunteer posted a video from one of its kennels.

Its chairman, Neil Ashdown, said an independent audit would be published in September.
"""
GOLD["charity_pinned"] = [
    ("said", "the Westbrook Animal Trust", "every donation had gone to the care of animals"),
    ("said", "Its chairman, Neil Ashdown", "an independent audit would be published in September"),
]
NOT_REPORTS["charity_pinned"] = []
SPEAKERS["charity_pinned"] = [("said", "Its chairman, Neil Ashdown", "Neil Ashdown", "an independent")]

ARTICLES["streamer_viewers"] = """Streamer to take a break

During a livestream on Sunday, the gamer Toby Crane told viewers that he would stop streaming for three months.

The stream was watched by about 80,000 people.

Crane said he needed time to rest.
"""
GOLD["streamer_viewers"] = [
    ("told", "the gamer Toby Crane", "he would stop streaming for three months"),
    ("said", "Crane", "he needed time to rest"),
]
NOT_REPORTS["streamer_viewers"] = ["The stream was watched by about 80,000 people."]
SPEAKERS["streamer_viewers"] = [("said", "Crane", "Toby Crane", "he needed")]

ARTICLES["school_comments"] = """Parents react to school uniform change

Greyfield Primary School said on Facebook that pupils would wear blazers from September.

In the comments, one parent wrote: "Blazers for five-year-olds? Really?"

The head teacher, Amy Lister, said the school would help families with the cost.
"""
GOLD["school_comments"] = [
    ("said", "Greyfield Primary School", "pupils would wear blazers from September"),
    ("wrote", "one parent", "Blazers for five-year-olds? Really?"),
    ("said", "The head teacher, Amy Lister", "the school would help families with the cost"),
]
NOT_REPORTS["school_comments"] = []
SPEAKERS["school_comments"] = [("said", "The head teacher, Amy Lister", "Amy Lister", "the school")]

ARTICLES["senator_tweeted"] = """Senator attacks budget deal

"This deal takes money from farmers and gives it to lawyers," Senator Carla Whitby tweeted on Wednesday.

The deal passed the lower house by 12 votes.

Whitby said she would vote against it.
"""
GOLD["senator_tweeted"] = [
    ("tweeted", "Senator Carla Whitby", "This deal takes money from farmers and gives it to lawyers"),
    ("said", "Whitby", "she would vote against it"),
]
NOT_REPORTS["senator_tweeted"] = ["The deal passed the lower house by 12 votes."]
SPEAKERS["senator_tweeted"] = [("said", "Whitby", "Carla Whitby", "she would")]

ARTICLES["actor_story"] = """Actor says he is recovering

The actor Jonah Pell said in an Instagram story that he was recovering at home after a fall on set.

Filming on the series has been paused.

A spokesman for the studio said it hoped to resume filming in two weeks.
"""
GOLD["actor_story"] = [
    ("said", "The actor Jonah Pell", "he was recovering at home after a fall on set"),
    ("said", "A spokesman for the studio", "it hoped to resume filming in two weeks"),
]
NOT_REPORTS["actor_story"] = ["Filming on the series has been paused."]
SPEAKERS["actor_story"] = [
    ("said", "The actor Jonah Pell", "Jonah Pell", "he was"),
    ("said", "A spokesman for the studio", "spokesman for the studio", "it hoped"),
]

ARTICLES["police_facebook"] = """Police appeal after van crash

Marlow Police said in a post on Facebook that a van had hit a wall on the B4410 on Saturday night.

The post was liked 40,000 times after officers shared a photo of the van on its roof.

Officers said the driver had been taken to hospital with minor injuries.
"""
GOLD["police_facebook"] = [
    ("said", "Marlow Police", "a van had hit a wall on the B4410 on Saturday night"),
    ("said", "Officers", "the driver had been taken to hospital with minor injuries"),
]
NOT_REPORTS["police_facebook"] = ["The post was liked 40,000 times after officers shared a photo of the van on its roof."]
SPEAKERS["police_facebook"] = []

ARTICLES["presenter_dog"] = """Presenter returns to breakfast show

The presenter Della Kane returned to the Sunrise breakfast show on Monday after three months away.

She shared a photo of her dog on Instagram on Sunday night.

Kane told viewers she was "thrilled to be back".
"""
GOLD["presenter_dog"] = [
    ("told", "Kane", 'she was "thrilled to be back"'),
]
NOT_REPORTS["presenter_dog"] = [
    "The presenter Della Kane returned to the Sunrise breakfast show on Monday after three months away.",
    "She shared a photo of her dog on Instagram on Sunday night.",
]
SPEAKERS["presenter_dog"] = [("told", "Kane", "Della Kane", "she was")]

ARTICLES["account_suspended"] = """Fake council account suspended

An account posing as Hartley District Council was suspended on Tuesday.

The account had posted that the town's market would close for good.

A council spokesman said the market would open as usual on Saturday.
"""
GOLD["account_suspended"] = [
    ("posted", "The account", "the town's market would close for good"),
    ("said", "A council spokesman", "the market would open as usual on Saturday"),
]
NOT_REPORTS["account_suspended"] = ["An account posing as Hartley District Council was suspended on Tuesday."]
SPEAKERS["account_suspended"] = []

ARTICLES["chef_replied"] = """Chef hits back at review

The chef Marco Dell, who runs the Quay Kitchen in Farnmouth, replied to a one-star review on Tripview, saying the reviewer had "never set foot" in the restaurant.

The review was deleted the next day.

"We welcome honest criticism," Dell said.
"""
GOLD["chef_replied"] = [
    ("saying", "The chef Marco Dell, who runs the Quay Kitchen in Farnmouth", 'the reviewer had "never set foot" in the restaurant'),
    ("said", "Dell", "We welcome honest criticism"),
]
NOT_REPORTS["chef_replied"] = ["The review was deleted the next day."]
SPEAKERS["chef_replied"] = [("said", "Dell", "Marco Dell", "We welcome")]

ARTICLES["runner_handle"] = """Runner thanks strangers who found her

The runner Bea Marsh, who posts as @beaonthehills, thanked walkers on Wednesday for finding her after she fell on Skell Pike.

"I owe you my life," she wrote.

Mountain rescue said she had been lucky.
"""
GOLD["runner_handle"] = [
    ("wrote", "she", "I owe you my life"),
    ("said", "Mountain rescue", "she had been lucky"),
]
NOT_REPORTS["runner_handle"] = []
SPEAKERS["runner_handle"] = [("wrote", "she", "Bea Marsh", "I owe")]

ARTICLES["mp_retweet"] = """MP says he reshared post by mistake

The MP for Oxley, Graham Stroud, reshared a post about the town's new cycle lanes on Sunday.

The post was reshared more than 2,000 times.

Stroud said on X that he had shared it "by mistake".
"""
GOLD["mp_retweet"] = [
    ("said", "Stroud", 'he had shared it "by mistake"'),
]
NOT_REPORTS["mp_retweet"] = ["The post was reshared more than 2,000 times."]
SPEAKERS["mp_retweet"] = [("said", "Stroud", "Graham Stroud", "he had")]

ARTICLES["farmer_tiktok"] = """Farmer's video about milk prices goes viral

In a video posted to TikTok on Monday, the dairy farmer Jess Orwin said she was paid less for a litre of milk than it cost her to produce.

The clip has racked up 1.2m views.

"We can't keep doing this," she said in the video.
"""
GOLD["farmer_tiktok"] = [
    ("said", "the dairy farmer Jess Orwin", "she was paid less for a litre of milk than it cost her to produce"),
    ("said", "she", "We can't keep doing this"),
]
NOT_REPORTS["farmer_tiktok"] = ["The clip has racked up 1.2m views."]
SPEAKERS["farmer_tiktok"] = [("said", "she", "Jess Orwin", "We can't")]

ARTICLES["rail_handle"] = """Trains cancelled after signal fault

@cityrailnorth said on X that trains between Ardley and Kenmore would be cancelled until 3pm.

The line carries about 20,000 passengers a day.

A passenger, Tom Rhee, said he had waited two hours at Ardley.
"""
GOLD["rail_handle"] = [
    ("said", "@cityrailnorth", "trains between Ardley and Kenmore would be cancelled until 3pm"),
    ("said", "A passenger, Tom Rhee", "he had waited two hours at Ardley"),
]
NOT_REPORTS["rail_handle"] = ["The line carries about 20,000 passengers a day."]
SPEAKERS["rail_handle"] = [("said", "A passenger, Tom Rhee", "Tom Rhee", "he had")]

ARTICLES["wrote_one"] = """Readers divided over pier plan

Plans to turn Saltby pier into a hotel drew hundreds of comments on the Saltby Echo's Facebook page.

"Anything is better than watching it fall into the sea," wrote one.

"They will price locals out of their own seafront," wrote another.
"""
GOLD["wrote_one"] = [
    ("wrote", "one", "Anything is better than watching it fall into the sea"),
    ("wrote", "another", "They will price locals out of their own seafront"),
]
NOT_REPORTS["wrote_one"] = []
SPEAKERS["wrote_one"] = []

ARTICLES["took_to_instagram"] = """Boxer announces retirement

The boxer Ray Konte took to Instagram on Friday to announce that he had retired from the ring.

He has about 900,000 followers on the site.

His promoter, Sal Brandt, said Konte had been "the bravest fighter I ever worked with".
"""
GOLD["took_to_instagram"] = [
    ("announce", "The boxer Ray Konte", "he had retired from the ring"),
    ("said", "His promoter, Sal Brandt", 'Konte had been "the bravest fighter I ever worked with"'),
]
NOT_REPORTS["took_to_instagram"] = ["He has about 900,000 followers on the site."]
SPEAKERS["took_to_instagram"] = [("said", "His promoter, Sal Brandt", "Sal Brandt", "Konte")]

ARTICLES["posting_on_facebook"] = """Landlord defends rent rise

Posting on Facebook, the landlord Victor Hame said the rise was needed to pay for a new roof.

Tenants in the Holm Court flats said they had been given two weeks' notice.

Hame has not replied to messages from the Gazette.
"""
GOLD["posting_on_facebook"] = [
    ("said", "the landlord Victor Hame", "the rise was needed to pay for a new roof"),
    ("said", "Tenants in the Holm Court flats", "they had been given two weeks' notice"),
]
NOT_REPORTS["posting_on_facebook"] = []
SPEAKERS["posting_on_facebook"] = [("said", "the landlord Victor Hame", "Victor Hame", "the rise")]

ARTICLES["tweet_since_deleted"] = """Councillor's tweet about cyclists criticised

The tweet, which has since been deleted, said cyclists in Rowbridge "should pay road tax like everyone else".

It was posted by Councillor Dean Freer on Sunday evening.

Freer said he stood by his view.
"""
GOLD["tweet_since_deleted"] = [
    ("said", "The tweet, which has since been deleted", 'cyclists in Rowbridge "should pay road tax like everyone else"'),
    ("said", "Freer", "he stood by his view"),
]
NOT_REPORTS["tweet_since_deleted"] = []
SPEAKERS["tweet_since_deleted"] = [("said", "Freer", "Dean Freer", "he stood")]

ARTICLES["followers_told"] = """Influencer apologises for skincare advert

The influencer Lola Prince told her 300,000 followers on Wednesday that she should have said the post was an advert.

The advertising watchdog said it had received 40 complaints.

Prince said she would donate the fee to charity.
"""
GOLD["followers_told"] = [
    ("told", "The influencer Lola Prince", "she should have said the post was an advert"),
    ("said", "The advertising watchdog", "it had received 40 complaints"),
    ("said", "Prince", "she would donate the fee to charity"),
]
NOT_REPORTS["followers_told"] = []
SPEAKERS["followers_told"] = [("said", "Prince", "Lola Prince", "she would")]

ARTICLES["caption_wrote"] = """Climber reaches summit of Mount Carra

The climber Hana Otsu reached the summit of Mount Carra on Thursday, her team said.

She posted a photo from the top and wrote in the caption: "Eleven years of trying. Finally."

She is the first woman from Velland to climb the mountain.
"""
GOLD["caption_wrote"] = [
    ("said", "her team", "The climber Hana Otsu reached the summit of Mount Carra on Thursday"),
    ("wrote", "She", "Eleven years of trying. Finally."),
]
NOT_REPORTS["caption_wrote"] = ["She is the first woman from Velland to climb the mountain."]
SPEAKERS["caption_wrote"] = [("wrote", "She", "Hana Otsu", "Eleven years")]

ARTICLES["according_to_post"] = """March against hospital cuts planned

The march will start at noon outside Kelsey General Hospital, according to a post on the Save Kelsey group's page.

The group has about 12,000 members.

Organisers said they expected more than 2,000 people.
"""
GOLD["according_to_post"] = [
    ("according to", "a post on the Save Kelsey group's page", "The march will start at noon outside Kelsey General Hospital"),
    ("said", "Organisers", "they expected more than 2,000 people"),
]
NOT_REPORTS["according_to_post"] = ["The group has about 12,000 members."]
SPEAKERS["according_to_post"] = []

ARTICLES["hit_back_writing"] = """Chef hits back at critics of vegan menu

The chef Rosa Lind hit back at critics of her new vegan menu on Tuesday, writing on X that "nobody is making you eat it".

The menu went on sale at her Brenton restaurant last week.

Some customers said the prices were too high.
"""
GOLD["hit_back_writing"] = [
    ("writing", "The chef Rosa Lind", '"nobody is making you eat it"'),
    ("said", "Some customers", "the prices were too high"),
]
NOT_REPORTS["hit_back_writing"] = ["The menu went on sale at her Brenton restaurant last week."]
SPEAKERS["hit_back_writing"] = [("writing", "The chef Rosa Lind", "Rosa Lind", "nobody")]

ARTICLES["message_reading"] = """Band thanks fans after final gig

The band Low Tide posted a message on Instagram reading "Thank you for twenty years" after its last concert in Haverley.

The band formed in 2004.

Its singer, Rob Keane, said the members would stay friends.
"""
GOLD["message_reading"] = [
    ("reading", "The band Low Tide", "Thank you for twenty years"),
    ("said", "Its singer, Rob Keane", "the members would stay friends"),
]
NOT_REPORTS["message_reading"] = ["The band formed in 2004."]
SPEAKERS["message_reading"] = [("said", "Its singer, Rob Keane", "Rob Keane", "the members")]

ARTICLES["live_went"] = """Streamer says channel was hacked

The streamer Kit Varga went live on Twitch on Friday night.

She told viewers: "Someone got into my account and I have lost everything."

The livestream lasted four hours.
"""
GOLD["live_went"] = [
    ("told", "She", "Someone got into my account and I have lost everything."),
]
NOT_REPORTS["live_went"] = ["The streamer Kit Varga went live on Twitch on Friday night.", "The livestream lasted four hours."]
SPEAKERS["live_went"] = [("told", "She", "Kit Varga", "Someone got")]

ARTICLES["users_questioned"] = """Users question council's new logo

Hundreds of users questioned why the council had paid £60,000 for its new logo.

The council's leader, Amir Shah, said the logo had been designed by a local firm.

The logo was unveiled on Monday.
"""
GOLD["users_questioned"] = [
    ("questioned", "Hundreds of users", "why the council had paid £60,000 for its new logo"),
    ("said", "The council's leader, Amir Shah", "the logo had been designed by a local firm"),
]
NOT_REPORTS["users_questioned"] = ["The logo was unveiled on Monday."]
SPEAKERS["users_questioned"] = [("said", "The council's leader, Amir Shah", "Amir Shah", "the logo")]
