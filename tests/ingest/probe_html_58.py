# ruff: noqa: E501  (a paragraph is one line of markup, so that the text read from it can be found whole)
"""Twenty-five saved web pages of news and news-like sites, written for the fifty-eighth session's HTML check
(helper G), read end to end as a user feeds them: ``.html`` files read by trafilatura (``ingest.html``), then
extracted. Each page has the chrome a saved page carries around its article: nav menus, a header with the
site's name, bylines ('By Ana Ruiz, Staff Writer'), datelines, figure captions with photo credits, pull quotes
repeating a body quote, an embedded social post, 'Related:' and 'Read more' asides, share buttons, a cookie
banner, a comment section, a newsletter sign-up, an author's bio, a correction, a live blog's time stamps, a
table, lists, an AMP page, an old table-layout page, JSON-LD metadata, an article split over ``<div>``s.

Per page, by hand: the headline (``TITLE``) and publication date (``DATE``) the tool should read; each report in
the article's body as (a word of the cue, the source, the first content) in ``GOLD``, as PolNeAR marks it
(NOTES.md); the body's paragraphs, each to be read once (``BODY``: none lost, none read twice); and the
chrome's lines, none of which may give a record (``CHROME``). Every outlet, name, place, event and sentence is
made up. Read by ``test_probe_html_58``."""

PAGES = {}
TITLE = {}
DATE = {}
GOLD = {}
BODY = {}
CHROME = {}

# 1. A local paper: nav menu, site header, byline with a role, dateline, a figure with caption and credit,
#    share buttons, a footer.
PAGES["ledger_bridge"] = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kelmore bridge to close for six months, council says | The Harrow Ledger</title>
<meta property="og:site_name" content="The Harrow Ledger">
<meta property="article:published_time" content="2025-03-04T07:30:00Z">
</head><body>
<header><div class="brand"><a href="/">The Harrow Ledger</a></div>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<main><article>
<h1>Kelmore bridge to close for six months, council says</h1>
<div class="byline">By Ana Ruiz, Staff Writer</div>
<time datetime="2025-03-04T07:30:00Z">March 4, 2025</time>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>
<p>KELMORE — The old stone bridge over the Ames river will close to all traffic from May for six months of repairs, the county council said on Tuesday.</p>
<figure><img src="bridge.jpg" alt=""><figcaption>Cars queue on the Kelmore bridge on Monday evening. The council says the crossing is unsafe. (Photo: Piet Valo/Harrow Ledger)</figcaption></figure>
<p>Engineers found cracks in two of the three arches during an inspection in January, according to a report published by the council's highways department.</p>
<p>Councillor Mina Okafor, who chairs the transport committee, said a temporary footbridge would open by the end of April so that pupils could still walk to Ames Primary.</p>
<p>Shop owners on Bridge Street are worried. "Half my customers come over that bridge," said Tom Bexley, who runs a hardware store near the crossing.</p>
<p>Drivers will be sent on a twelve-mile detour through Norby while the work goes on.</p>
</article></main>
<footer><p>© 2025 The Harrow Ledger. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/terms">Terms of use</a> · <a href="/contact">Contact us</a></p></footer>
</body></html>"""
TITLE["ledger_bridge"] = "Kelmore bridge to close for six months, council says"
DATE["ledger_bridge"] = "2025-03-04"
GOLD["ledger_bridge"] = [
    ("said", "the county council", "The old stone bridge over the Ames river will close to all traffic from May for six months of repairs"),
    ("according to", "a report published by the council's highways department", "Engineers found cracks in two of the three arches during an inspection in January"),
    ("said", "Councillor Mina Okafor, who chairs the transport committee", "a temporary footbridge would open by the end of April so that pupils could still walk to Ames Primary"),
    ("said", "Tom Bexley, who runs a hardware store near the crossing", "Half my customers come over that bridge"),
]
BODY["ledger_bridge"] = [
    "The old stone bridge over the Ames river will close to all traffic from May for six months of repairs",
    "Engineers found cracks in two of the three arches during an inspection in January",
    "Councillor Mina Okafor, who chairs the transport committee, said a temporary footbridge would open",
    "Half my customers come over that bridge",
    "Drivers will be sent on a twelve-mile detour through Norby while the work goes on.",
]
CHROME["ledger_bridge"] = [
    "Cars queue on the Kelmore bridge on Monday evening. The council says the crossing is unsafe.",
    "Share on Facebook",
    "By Ana Ruiz, Staff Writer",
    "All rights reserved.",
]

# 2. A pull quote repeating a body quote, set in an <aside> and in a <blockquote class="pullquote">.
PAGES["pullquote_clinic"] = """<!DOCTYPE html>
<html><head><title>Night clinic in Dorran saves a family's livelihood - Dorran Weekly</title>
<meta name="description" content="A volunteer clinic keeps its doors open after dark.">
<meta name="date" content="2025-05-19">
</head><body>
<div id="top"><span class="logo">Dorran Weekly</span><a href="/login">Log in</a></div>
<article class="story">
<h1>Night clinic in Dorran saves a family's livelihood</h1>
<p class="byline">By Lise Haugen</p>
<p>The volunteer clinic on Carrow Lane has opened three evenings a week since January, and its nurses now see about forty patients a night.</p>
<p>"People who work two jobs cannot come at ten in the morning," said Dr Ruth Amadi, who founded the clinic with money from a parish appeal.</p>
<blockquote class="pullquote"><p>"People who work two jobs cannot come at ten in the morning."</p></blockquote>
<p>One of those patients is Jonas Pell, a delivery driver whose hand was badly cut on a van door. He said the clinic stitched the wound the same night, so he lost no shifts.</p>
<p>The regional health board has promised to review its funding in the autumn, a spokesman said.</p>
<aside class="pull"><p>"He lost no shifts."</p></aside>
</article>
<div class="newsletter"><h3>Get the Dorran Weekly in your inbox</h3><p>Sign up and we will tell you what happened in town every Friday.</p><form><input type="email"><button>Subscribe</button></form></div>
</body></html>"""
TITLE["pullquote_clinic"] = "Night clinic in Dorran saves a family's livelihood"
DATE["pullquote_clinic"] = "2025-05-19"
GOLD["pullquote_clinic"] = [
    ("said", "Dr Ruth Amadi, who founded the clinic with money from a parish appeal", "People who work two jobs cannot come at ten in the morning"),
    ("said", "He", "the clinic stitched the wound the same night"),
    ("said", "a spokesman", "The regional health board has promised to review its funding in the autumn"),
]
BODY["pullquote_clinic"] = [
    "The volunteer clinic on Carrow Lane has opened three evenings a week since January",
    "People who work two jobs cannot come at ten in the morning",
    "One of those patients is Jonas Pell, a delivery driver",
    "The regional health board has promised to review its funding in the autumn, a spokesman said.",
]
CHROME["pullquote_clinic"] = [
    "Sign up and we will tell you what happened in town every Friday.",
    "He lost no shifts.",
]

# 3. An embedded social post (a blockquote with a handle) and the body's report of it.
PAGES["embed_mayor"] = """<!DOCTYPE html>
<html><head><title>Mayor of Linden scraps parking fees for nurses | Linden Post</title>
<meta property="og:title" content="Mayor of Linden scraps parking fees for nurses">
<meta property="og:site_name" content="Linden Post">
<meta property="article:published_time" content="2025-02-11T16:05:00+01:00">
</head><body>
<nav class="menu"><a href="/">Home</a> | <a href="/city">City</a> | <a href="/politics">Politics</a> | <a href="/jobs">Jobs</a></nav>
<article>
<h1>Mayor of Linden scraps parking fees for nurses</h1>
<div class="meta">Linden Post staff · 11 February 2025</div>
<p>Nurses and care workers will no longer pay to park at Linden's two hospitals from March, Mayor Carla Feld announced on Tuesday.</p>
<p>Feld wrote on social media that the fees had cost some night-shift staff more than 80 euros a month.</p>
<blockquote class="twitter-tweet"><p lang="en">From 1 March, parking at Linden General and St Agatha's is free for every nurse and carer. You look after us; this is the least we can do.</p>— Carla Feld (@MayorFeld) <a href="https://example.social/MayorFeld/status/1">February 11, 2025</a></blockquote>
<p>The nurses' union welcomed the move but said it would keep pressing for better pay.</p>
<p>The city expects to lose about 1.2 million euros a year in fees, the finance office said.</p>
</article>
<div class="share-bar"><button>Share</button><button>Tweet</button><button>Copy link</button></div>
</body></html>"""
TITLE["embed_mayor"] = "Mayor of Linden scraps parking fees for nurses"
DATE["embed_mayor"] = "2025-02-11"
GOLD["embed_mayor"] = [
    ("announced", "Mayor Carla Feld", "Nurses and care workers will no longer pay to park at Linden's two hospitals from March"),
    ("wrote", "Feld", "the fees had cost some night-shift staff more than 80 euros a month"),
    ("\u2014", "Carla Feld", "From 1 March, parking at Linden General and St Agatha's is free for every nurse and carer. You look after us; this is the least we can do"),
    ("said", "The nurses' union", "it would keep pressing for better pay"),
    ("said", "the finance office", "The city expects to lose about 1.2 million euros a year in fees"),
]
BODY["embed_mayor"] = [
    "Nurses and care workers will no longer pay to park at Linden's two hospitals from March",
    "Feld wrote on social media that the fees had cost some night-shift staff more than 80 euros a month.",
    "The nurses' union welcomed the move but said it would keep pressing for better pay.",
    "The city expects to lose about 1.2 million euros a year in fees, the finance office said.",
]
CHROME["embed_mayor"] = [
    "Copy link",
]

# 4. 'Related:' and 'Read more' asides between paragraphs, whose linked headlines carry cue verbs.
PAGES["related_strike"] = """<!DOCTYPE html>
<html><head><title>Port workers in Vessa begin three-day strike</title>
<meta property="article:published_time" content="2025-06-02">
<meta property="og:site_name" content="Coastline Herald">
</head><body>
<header><a class="logo" href="/">Coastline Herald</a></header>
<article>
<h1>Port workers in Vessa begin three-day strike</h1>
<p class="byline">By Osei Mensah, Business Reporter</p>
<p>Dock workers at the port of Vessa walked out at dawn on Monday, leaving more than twenty container ships waiting offshore.</p>
<p>The Harbour Workers' Union said its members had rejected a pay offer of 3 percent because it fell short of inflation.</p>
<p class="related">Related: <a href="/a">Union says talks with port owners have collapsed</a></p>
<p>Vessa Port Authority told reporters that perishable cargo would be moved to the smaller terminal at Ostry.</p>
<div class="read-more"><strong>Read more</strong><ul><li><a href="/b">Minister warns strikes will hurt exports</a></li><li><a href="/c">Shipping firms say delays could last weeks</a></li></ul></div>
<p>Fruit importers fear losses. "Every day a ship waits, we throw away fruit," said Dana Roux, who buys bananas for three supermarket chains.</p>
<p>No new talks have been scheduled.</p>
</article>
<footer>Coastline Herald · <a href="/about">About</a> · <a href="/advertise">Advertise</a></footer>
</body></html>"""
TITLE["related_strike"] = "Port workers in Vessa begin three-day strike"
DATE["related_strike"] = "2025-06-02"
GOLD["related_strike"] = [
    ("said", "The Harbour Workers' Union", "its members had rejected a pay offer of 3 percent because it fell short of inflation"),
    ("told", "Vessa Port Authority", "perishable cargo would be moved to the smaller terminal at Ostry"),
    ("said", "Dana Roux, who buys bananas for three supermarket chains", "Every day a ship waits, we throw away fruit"),
]
BODY["related_strike"] = [
    "Dock workers at the port of Vessa walked out at dawn on Monday",
    "The Harbour Workers' Union said its members had rejected a pay offer",
    "Vessa Port Authority told reporters that perishable cargo would be moved",
    "Every day a ship waits, we throw away fruit",
    "No new talks have been scheduled.",
]
CHROME["related_strike"] = [
    "Union says talks with port owners have collapsed",
    "Minister warns strikes will hurt exports",
    "Shipping firms say delays could last weeks",
]

# 5. A cookie banner, a newsletter sign-up and share buttons around a short science story.
PAGES["cookie_science"] = """<!DOCTYPE html>
<html lang="en"><head><title>Bees in Tarrow learn to avoid a new pesticide, study finds — Field Notes Daily</title>
<meta name="author" content="Hana Ito">
<meta property="article:published_time" content="2025-09-14T09:00:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. By clicking Accept, you agree that we may store cookies on your device, as our policy explains.</p><button>Accept</button><button>Manage settings</button></div>
<header><h2 class="site-title">Field Notes Daily</h2></header>
<article>
<h1>Bees in Tarrow learn to avoid a new pesticide, study finds</h1>
<p>Honeybees exposed to a new farm pesticide learned to avoid treated flowers within two days, researchers at the University of Tarrow reported on Thursday.</p>
<p>The team tracked 3,000 tagged bees across eleven fields. Professor Aiko Brandt, who led the study, said the bees appeared to recognise a faint smell the spray leaves behind.</p>
<p>Other scientists urged caution. Dr Felix Moor of the Institute for Pollinator Health said the result might not hold for wild bees, which forage over wider areas.</p>
<p>The study appears in the journal Insect Ecology.</p>
</article>
<section class="signup"><h3>Newsletter</h3><p>Enter your email and we promise to send you the week's best science stories. You can unsubscribe at any time.</p></section>
<div class="social"><a>Facebook</a><a>LinkedIn</a><a>WhatsApp</a></div>
</body></html>"""
TITLE["cookie_science"] = "Bees in Tarrow learn to avoid a new pesticide, study finds"
DATE["cookie_science"] = "2025-09-14"
GOLD["cookie_science"] = [
    ("reported", "researchers at the University of Tarrow", "Honeybees exposed to a new farm pesticide learned to avoid treated flowers within two days"),
    ("said", "Professor Aiko Brandt, who led the study", "the bees appeared to recognise a faint smell the spray leaves behind"),
    ("said", "Dr Felix Moor of the Institute for Pollinator Health", "the result might not hold for wild bees"),
]
BODY["cookie_science"] = [
    "Honeybees exposed to a new farm pesticide learned to avoid treated flowers within two days",
    "The team tracked 3,000 tagged bees across eleven fields.",
    "Other scientists urged caution.",
    "The study appears in the journal Insect Ecology.",
]
CHROME["cookie_science"] = [
    "By clicking Accept, you agree that we may store cookies on your device",
    "Enter your email and we promise to send you the week's best science stories.",
]

# 6. A comment section under a council story.
PAGES["comments_library"] = """<!DOCTYPE html>
<html><head><title>Ferrow library will stay open on Sundays</title>
<meta property="og:site_name" content="Ferrow Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferrow library will stay open on Sundays","datePublished":"2025-01-20T10:00:00Z","author":{"@type":"Person","name":"Greta Lund"}}</script>
</head><body>
<article>
<h1>Ferrow library will stay open on Sundays</h1>
<p>Ferrow's central library will keep its Sunday hours after more than 2,000 residents signed a petition against the cut, the town council confirmed on Monday.</p>
<p>Council leader Abel Stroud said the money would come from a fund set aside for repairs to the town hall roof.</p>
<p>Librarians had warned that students used the reading room most on Sundays, when the college library is shut.</p>
</article>
<section id="comments" class="comments">
<h3>12 comments</h3>
<div class="comment"><span class="author">GeorgeP</span><span class="when">2 hours ago</span><p>Good news. My neighbour says the roof has leaked for ten years anyway.</p><a>Reply</a></div>
<div class="comment"><span class="author">ferrow_mum</span><span class="when">1 hour ago</span><p>The council told us last year the library was safe and then tried to cut it. I will believe it when I see it.</p><a>Reply</a></div>
</section>
</body></html>"""
TITLE["comments_library"] = "Ferrow library will stay open on Sundays"
DATE["comments_library"] = "2025-01-20"
GOLD["comments_library"] = [
    ("confirmed", "the town council", "Ferrow's central library will keep its Sunday hours after more than 2,000 residents signed a petition against the cut"),
    ("said", "Council leader Abel Stroud", "the money would come from a fund set aside for repairs to the town hall roof"),
    ("warned", "Librarians", "students used the reading room most on Sundays, when the college library is shut"),
]
BODY["comments_library"] = [
    "Ferrow's central library will keep its Sunday hours",
    "Council leader Abel Stroud said the money would come",
    "Librarians had warned that students used the reading room most on Sundays",
]
CHROME["comments_library"] = [
    "My neighbour says the roof has leaked for ten years anyway.",
    "The council told us last year the library was safe and then tried to cut it.",
]

# 7. An author's bio at the end of the article, inside <article>.
PAGES["bio_vaccine"] = """<!DOCTYPE html>
<html><head><title>Measles cases rise in Orlen district | Valley Courier</title>
<meta property="article:published_time" content="2025-04-22T06:00:00Z">
<meta property="og:site_name" content="Valley Courier">
</head><body>
<nav><a href="/">Valley Courier</a> <a href="/health">Health</a> <a href="/schools">Schools</a></nav>
<article>
<h1>Measles cases rise in Orlen district</h1>
<p class="byline">By Ana Ruiz, Health Correspondent</p>
<p>Orlen district has recorded 37 cases of measles since February, the highest number in a decade, the district health office said on Wednesday.</p>
<p>Dr Samuel Njoroge, the district's public health director, said most of the cases were in children who had not received a second dose of the vaccine.</p>
<p>Schools will send letters to parents this week urging them to check their children's records.</p>
<div class="author-bio"><p>Ana Ruiz covers health for the Valley Courier. She said she started reporting on vaccines after her own son's school had an outbreak in 2027.</p></div>
</article>
</body></html>"""
TITLE["bio_vaccine"] = "Measles cases rise in Orlen district"
DATE["bio_vaccine"] = "2025-04-22"
GOLD["bio_vaccine"] = [
    ("said", "the district health office", "Orlen district has recorded 37 cases of measles since February, the highest number in a decade"),
    ("said", "Dr Samuel Njoroge, the district's public health director", "most of the cases were in children who had not received a second dose of the vaccine"),
]
BODY["bio_vaccine"] = [
    "Orlen district has recorded 37 cases of measles since February",
    "Dr Samuel Njoroge, the district's public health director, said most of the cases",
    "Schools will send letters to parents this week urging them to check their children's records.",
]
CHROME["bio_vaccine"] = [
    "She said she started reporting on vaccines after her own son's school had an outbreak in 2027.",
]

# 8. A correction at the foot of the story.
PAGES["correction_budget"] = """<!DOCTYPE html>
<html><head><title>Norby school budget approved after long night</title>
<meta name="pubdate" content="2025-03-27">
<meta property="og:site_name" content="Norby Echo">
</head><body>
<header><div class="masthead">Norby Echo</div><nav><a>News</a><a>Education</a><a>Letters</a></nav></header>
<article>
<h1>Norby school budget approved after long night</h1>
<p><em>By Pavel Dusek</em></p>
<p>The Norby school board approved a 41 million budget shortly after midnight on Thursday, ending a meeting that lasted more than six hours.</p>
<p>Board chair Irene Koval said the budget protects every teaching post but delays the new science wing by a year.</p>
<p>Parents who spoke at the meeting asked the board to restore the bus service to Upper Norby. Treasurer Milo Hart said the board could not afford it this year.</p>
<p class="correction"><strong>Correction:</strong> An earlier version of this article said the budget was 45 million. It is 41 million.</p>
</article>
<footer><p>Norby Echo, 12 Mill Street, Norby</p></footer>
</body></html>"""
TITLE["correction_budget"] = "Norby school budget approved after long night"
DATE["correction_budget"] = "2025-03-27"
GOLD["correction_budget"] = [
    ("said", "Board chair Irene Koval", "the budget protects every teaching post but delays the new science wing by a year"),
    ("asked", "Parents who spoke at the meeting", "the board to restore the bus service to Upper Norby"),
    ("said", "Treasurer Milo Hart", "the board could not afford it this year"),
]
BODY["correction_budget"] = [
    "The Norby school board approved a 41 million budget shortly after midnight on Thursday",
    "Board chair Irene Koval said the budget protects every teaching post",
    "Treasurer Milo Hart said the board could not afford it this year.",
]
CHROME["correction_budget"] = [
    "An earlier version of this article said the budget was 45 million.",
]

# 9. A live blog: entries with time stamps in their own elements.
PAGES["liveblog_storm"] = """<!DOCTYPE html>
<html><head><title>Storm Hilde live: ferries cancelled, thousands without power</title>
<meta property="article:published_time" content="2025-11-08T06:12:00Z">
<meta property="article:modified_time" content="2025-11-08T15:40:00Z">
<meta property="og:site_name" content="North Sea Times">
</head><body>
<header><span>North Sea Times</span><a>Live</a><a>Weather</a></header>
<main class="liveblog">
<h1>Storm Hilde live: ferries cancelled, thousands without power</h1>
<div class="entry"><time class="stamp">15:40</time><p>The grid operator Nordline said about 18,000 homes in the Brisa islands were still without power.</p></div>
<div class="entry"><time class="stamp">14:05</time><p>All ferries between Halde and the islands are cancelled for the rest of the day, the ferry company announced.</p></div>
<div class="entry"><time class="stamp">12:30</time><p>A lorry has overturned on the coast road near Skarp. Police said the driver was unhurt.</p></div>
<div class="entry"><time class="stamp">09:15</time><p>Wind gusts of 140 km/h were measured at the Halde lighthouse overnight, according to the weather service.</p></div>
<div class="entry pinned"><p>Key points: the storm peaks this afternoon; schools on the islands are closed; stay away from the sea front.</p></div>
</main>
</body></html>"""
TITLE["liveblog_storm"] = "Storm Hilde live: ferries cancelled, thousands without power"
DATE["liveblog_storm"] = "2025-11-08"
GOLD["liveblog_storm"] = [
    ("said", "The grid operator Nordline", "about 18,000 homes in the Brisa islands were still without power"),
    ("announced", "the ferry company", "All ferries between Halde and the islands are cancelled for the rest of the day"),
    ("said", "Police", "the driver was unhurt"),
    ("according to", "the weather service", "Wind gusts of 140 km/h were measured at the Halde lighthouse overnight"),
]
BODY["liveblog_storm"] = [
    "The grid operator Nordline said about 18,000 homes",
    "All ferries between Halde and the islands are cancelled",
    "Police said the driver was unhurt.",
    "Wind gusts of 140 km/h were measured at the Halde lighthouse overnight",
]
CHROME["liveblog_storm"] = []

# 10. A table of figures and a bulleted list of what each party says.
PAGES["table_election"] = """<!DOCTYPE html>
<html><head><title>Marren votes: what the parties promise on housing</title>
<meta property="article:published_time" content="2025-08-30">
<meta property="og:site_name" content="Marren Observer">
</head><body>
<article>
<h1>Marren votes: what the parties promise on housing</h1>
<p>Housing is the issue voters in Marren rank first before the regional election on 14 September, a poll for the Observer found.</p>
<table><thead><tr><th>Party</th><th>New homes promised</th></tr></thead><tbody><tr><td>Civic Alliance</td><td>12,000</td></tr><tr><td>Green Marren</td><td>8,500</td></tr></tbody></table>
<p>The parties' plans differ sharply:</p>
<ul>
<li>The Civic Alliance says it would build 12,000 council homes in four years.</li>
<li>Green Marren argues that empty offices should be turned into flats first.</li>
</ul>
<p>Economists at Marren University said neither plan explained where the builders would come from.</p>
</article>
</body></html>"""
TITLE["table_election"] = "Marren votes: what the parties promise on housing"
DATE["table_election"] = "2025-08-30"
GOLD["table_election"] = [
    ("found", "a poll for the Observer", "Housing is the issue voters in Marren rank first before the regional election on 14 September"),
    ("says", "The Civic Alliance", "it would build 12,000 council homes in four years"),
    ("argues", "Green Marren", "empty offices should be turned into flats first"),
    ("said", "Economists at Marren University", "neither plan explained where the builders would come from"),
]
BODY["table_election"] = [
    "Housing is the issue voters in Marren rank first",
    "The Civic Alliance says it would build 12,000 council homes in four years.",
    "Green Marren argues that empty offices should be turned into flats first.",
    "Economists at Marren University said neither plan explained",
]
CHROME["table_election"] = []

# 11. An AMP page.
PAGES["amp_transit"] = """<!doctype html>
<html amp lang="en"><head><meta charset="utf-8">
<title>Tram line to Esker airport delayed again</title>
<link rel="canonical" href="https://example.org/news/2025/07/15/tram-esker-airport">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{visibility:hidden}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tram line to Esker airport delayed again","datePublished":"2025-07-15T11:20:00+02:00","publisher":{"@type":"Organization","name":"Esker Metro News"}}</script>
</head><body>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/">Home</a></li><li><a href="/transport">Transport</a></li></ul></amp-sidebar>
<header><a href="/">Esker Metro News</a></header>
<article>
<h1>Tram line to Esker airport delayed again</h1>
<amp-img src="tram.jpg" width="800" height="450" alt="A tram on a test run"></amp-img>
<p>The tram line between Esker's central station and its airport will not open before 2033, two years later than planned, the regional transport agency said on Tuesday.</p>
<p>The agency's director, Jun Park, blamed a shortage of signalling equipment and said the contractor had missed three deadlines.</p>
<p>The contractor, Velt Rail, denied that it was at fault and said the agency had changed the design twice.</p>
<amp-ad width="300" height="250" type="doubleclick"></amp-ad>
<p>Passengers will keep using the airport bus, which runs every twenty minutes.</p>
</article>
<amp-social-share type="twitter"></amp-social-share>
</body></html>"""
TITLE["amp_transit"] = "Tram line to Esker airport delayed again"
DATE["amp_transit"] = "2025-07-15"
GOLD["amp_transit"] = [
    ("said", "the regional transport agency", "The tram line between Esker's central station and its airport will not open before 2033, two years later than planned"),
    ("said", "The agency's director, Jun Park", "the contractor had missed three deadlines"),
    ("denied", "The contractor, Velt Rail", "it was at fault"),
    ("said", "The contractor, Velt Rail", "the agency had changed the design twice"),
]
BODY["amp_transit"] = [
    "The tram line between Esker's central station and its airport will not open before 2033",
    "blamed a shortage of signalling equipment and said the contractor had missed three deadlines.",
    "denied that it was at fault and said the agency had changed the design twice.",
    "Passengers will keep using the airport bus, which runs every twenty minutes.",
]
CHROME["amp_transit"] = []

# 12. An old table-layout page: the site's menu in one cell, the story in another, <font> tags.
PAGES["tables_layout_mill"] = """<html><head><title>The Brenford Times - Mill fire</title>
<meta name="date" content="2025-10-03">
</head><body bgcolor="#ffffff">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><font size="6" face="Georgia"><b>The Brenford Times</b></font><br><font size="2">Your town. Your paper. Since 1921.</font></td></tr>
<tr><td width="150" valign="top"><font size="2"><a href="index.html">Front page</a><br><a href="local.html">Local news</a><br><a href="sport.html">Sport</a><br><a href="ads.html">Classifieds</a><br><a href="contact.html">Contact the editor</a></font></td>
<td width="610" valign="top">
<font size="5"><b>Fire destroys old wool mill on River Lane</b></font><br>
<font size="2"><i>Friday, October 3, 2025</i></font>
<p><font face="Arial">A fire destroyed the disused wool mill on River Lane overnight, sending smoke across the north of Brenford.</font></p>
<p><font face="Arial">Fire chief Ola Brandvik said crews were called just after 2 a.m. and that nobody was inside the building.</font></p>
<p><font face="Arial">Neighbours were told to keep their windows shut until midday, the fire service said.</font></p>
<p><font face="Arial">The mill's owner, Harcourt Estates, said it had planned to turn the building into flats next year.</font></p>
<p><font face="Arial">Police are treating the fire as suspicious.</font></p>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">Copyright 2025 Brenford Times. Contact the webmaster.</font></td></tr>
</table></body></html>"""
TITLE["tables_layout_mill"] = "Fire destroys old wool mill on River Lane"
DATE["tables_layout_mill"] = "2025-10-03"
GOLD["tables_layout_mill"] = [
    ("said", "Fire chief Ola Brandvik", "crews were called just after 2 a.m. and that nobody was inside the building"),
    ("said", "the fire service", "Neighbours were told to keep their windows shut until midday"),
    ("said", "The mill's owner, Harcourt Estates", "it had planned to turn the building into flats next year"),
]
BODY["tables_layout_mill"] = [
    "A fire destroyed the disused wool mill on River Lane overnight",
    "Fire chief Ola Brandvik said crews were called just after 2 a.m.",
    "Neighbours were told to keep their windows shut until midday, the fire service said.",
    "The mill's owner, Harcourt Estates, said it had planned to turn the building into flats next year.",
    "Police are treating the fire as suspicious.",
]
CHROME["tables_layout_mill"] = [
    "Your town. Your paper. Since 1921.",
]

# 13. JSON-LD metadata only: the <title> is the site's, the headline and date are in JSON-LD.
PAGES["jsonld_wages"] = """<!DOCTYPE html>
<html><head><title>Quarry Bay Journal</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Minimum wage in Quarry Bay to rise by 6 percent","datePublished":"2025-12-01T08:00:00Z","dateModified":"2025-12-02T10:00:00Z","author":[{"@type":"Person","name":"Ines Moura"}],"publisher":{"@type":"Organization","name":"Quarry Bay Journal"}}</script>
</head><body>
<div class="topbar"><a>Quarry Bay Journal</a><a>Sign in</a><a>Subscribe for 1 euro</a></div>
<div class="content">
<h1>Minimum wage in Quarry Bay to rise by 6 percent</h1>
<p>The minimum wage in Quarry Bay will rise by 6 percent in January, the labour ministry announced on Monday.</p>
<p>Labour minister Rosa Vidal said the increase would help about 90,000 workers, most of them in shops, hotels and cleaning.</p>
<p>The chamber of commerce warned that small businesses might cut hours to pay for the rise.</p>
<p>Unions had asked for 10 percent.</p>
</div>
<div class="footer">Quarry Bay Journal · Terms · Privacy</div>
</body></html>"""
TITLE["jsonld_wages"] = "Minimum wage in Quarry Bay to rise by 6 percent"
DATE["jsonld_wages"] = "2025-12-01"
GOLD["jsonld_wages"] = [
    ("announced", "the labour ministry", "The minimum wage in Quarry Bay will rise by 6 percent in January"),
    ("said", "Labour minister Rosa Vidal", "the increase would help about 90,000 workers, most of them in shops, hotels and cleaning"),
    ("warned", "The chamber of commerce", "small businesses might cut hours to pay for the rise"),
    ("asked", "Unions", "10 percent"),
]
BODY["jsonld_wages"] = [
    "The minimum wage in Quarry Bay will rise by 6 percent in January",
    "Labour minister Rosa Vidal said the increase would help",
    "The chamber of commerce warned that small businesses",
    "Unions had asked for 10 percent.",
]
CHROME["jsonld_wages"] = []

# 14. An article split over <div>s with an advert and a 'continue reading' between the parts.
PAGES["split_divs_hospital"] = """<!DOCTYPE html>
<html><head><title>St Brigid's hospital to cut waiting times with new ward</title>
<meta property="article:published_time" content="2025-05-06T12:00:00Z">
<meta property="og:site_name" content="Western Record">
</head><body>
<header><div class="logo">Western Record</div></header>
<div class="article-wrapper">
<h1>St Brigid's hospital to cut waiting times with new ward</h1>
<div class="article-body__part"><p>A new 40-bed ward at St Brigid's hospital in Carn will open in September, the health authority said on Monday.</p>
<p>Chief executive Nora Quill said the ward would cut waiting times for hip and knee operations from a year to about five months.</p></div>
<div class="ad-slot">Advertisement</div>
<div class="continue"><a href="#">Continue reading below</a></div>
<div class="article-body__part"><p>The ward has been built with 14 million from the regional budget.</p>
<p>Patients' groups welcomed the news. Lena Harte of the Carn Patients' Forum said people had waited in pain for too long.</p></div>
</div>
<div class="trending"><h3>Trending</h3><ol><li>Council says bins will be collected weekly</li><li>Carn man wins lottery twice</li></ol></div>
</body></html>"""
TITLE["split_divs_hospital"] = "St Brigid's hospital to cut waiting times with new ward"
DATE["split_divs_hospital"] = "2025-05-06"
GOLD["split_divs_hospital"] = [
    ("said", "the health authority", "A new 40-bed ward at St Brigid's hospital in Carn will open in September"),
    ("said", "Chief executive Nora Quill", "the ward would cut waiting times for hip and knee operations from a year to about five months"),
    ("said", "Lena Harte of the Carn Patients' Forum", "people had waited in pain for too long"),
]
BODY["split_divs_hospital"] = [
    "A new 40-bed ward at St Brigid's hospital in Carn will open in September",
    "Chief executive Nora Quill said the ward would cut waiting times",
    "The ward has been built with 14 million from the regional budget.",
    "Lena Harte of the Carn Patients' Forum said people had waited in pain for too long.",
]
CHROME["split_divs_hospital"] = [
    "Council says bins will be collected weekly",
    "Continue reading below",
]

# 15. A photo-led story: several figures whose captions restate what people said.
PAGES["captions_festival"] = """<!DOCTYPE html>
<html><head><title>Harvest festival returns to Olmsted after four years</title>
<meta property="article:published_time" content="2025-09-21T18:00:00Z">
<meta property="og:site_name" content="Olmsted Voice">
</head><body>
<article>
<h1>Harvest festival returns to Olmsted after four years</h1>
<div class="byline">By Kit Moreau | September 21, 2025 | 3 min read</div>
<p>Thousands of visitors filled Olmsted's market square on Saturday for the first harvest festival since the flood of 2027.</p>
<figure><img src="a.jpg"><figcaption>Festival organiser Beth Crane, who says the event raised 30,000 for the flood fund. Photo by Ivo Sand</figcaption></figure>
<p>Organiser Beth Crane said the festival had raised more than 30,000 for families still repairing their homes.</p>
<figure><img src="b.jpg"><figcaption>A farmer shows his prize marrow, which judges said was the heaviest in twenty years. (Olmsted Voice/Ivo Sand)</figcaption></figure>
<p>The mayor, Abdul Rahimi, told the crowd that the town had "come back stronger than before."</p>
<p>The festival ends on Sunday with a parade.</p>
</article>
</body></html>"""
TITLE["captions_festival"] = "Harvest festival returns to Olmsted after four years"
DATE["captions_festival"] = "2025-09-21"
GOLD["captions_festival"] = [
    ("said", "Organiser Beth Crane", "the festival had raised more than 30,000 for families still repairing their homes"),
    ("told", "The mayor, Abdul Rahimi", "the town had \"come back stronger than before.\""),
]
BODY["captions_festival"] = [
    "Thousands of visitors filled Olmsted's market square on Saturday",
    "Organiser Beth Crane said the festival had raised more than 30,000",
    "The mayor, Abdul Rahimi, told the crowd",
    "The festival ends on Sunday with a parade.",
]
CHROME["captions_festival"] = [
    "who says the event raised 30,000 for the flood fund",
    "which judges said was the heaviest in twenty years",
]

# 16. A wire story with a dateline carrying the agency and a byline line with the date.
PAGES["wire_dateline"] = """<!DOCTYPE html>
<html><head><title>Talks on Reth river dam resume in Salvo</title>
<meta property="og:site_name" content="Meridian Wire">
<meta property="article:published_time" content="2025-04-09T14:30:00Z">
</head><body>
<nav><a>World</a><a>Business</a><a>Markets</a><a>Video</a></nav>
<article>
<h1>Talks on Reth river dam resume in Salvo</h1>
<p class="byline">By Yusuf Demir and Clara Wenz · April 9, 2025 · 2:30 PM UTC</p>
<p>SALVO, April 9 (Meridian) - Negotiators from Ardan and Velmar resumed talks on the Reth river dam on Wednesday, a spokesman for the mediators said.</p>
<p>Ardan's water minister told reporters that his country needed guarantees that the river's flow would not fall below last year's level.</p>
<p>Velmar's delegation said in a statement that the dam would be filled slowly over seven years.</p>
<p>(Reporting by Yusuf Demir; Editing by Clara Wenz)</p>
</article>
<div class="trust">Our Standards: The Meridian Trust Principles.</div>
</body></html>"""
TITLE["wire_dateline"] = "Talks on Reth river dam resume in Salvo"
DATE["wire_dateline"] = "2025-04-09"
GOLD["wire_dateline"] = [
    ("said", "a spokesman for the mediators", "Negotiators from Ardan and Velmar resumed talks on the Reth river dam on Wednesday"),
    ("told", "Ardan's water minister", "his country needed guarantees that the river's flow would not fall below last year's level"),
    ("said", "Velmar's delegation", "the dam would be filled slowly over seven years"),
]
BODY["wire_dateline"] = [
    "Negotiators from Ardan and Velmar resumed talks on the Reth river dam on Wednesday",
    "Ardan's water minister told reporters that his country needed guarantees",
    "Velmar's delegation said in a statement that the dam would be filled slowly over seven years.",
]
CHROME["wire_dateline"] = [
    "Our Standards: The Meridian Trust Principles.",
]

# 17. An opinion column: the author's disclaimer and bio below.
PAGES["opinion_parks"] = """<!DOCTYPE html>
<html><head><title>Opinion: Our parks need wardens, not more cameras | Harrow Ledger</title>
<meta property="article:published_time" content="2025-06-18T05:00:00Z">
<meta property="og:title" content="Opinion: Our parks need wardens, not more cameras">
</head><body>
<article>
<h1>Opinion: Our parks need wardens, not more cameras</h1>
<p class="byline">By Rowan Ashe</p>
<p>The city plans to spend 400,000 on cameras for its parks. The money would be better spent on people.</p>
<p>Parks director Helen Marsh told a council meeting last month that vandalism had doubled since the last wardens were laid off in 2029.</p>
<p>Cameras record damage; they do not stop it. Wardens know the regulars, and they notice when something is wrong.</p>
<p><em>Rowan Ashe is a former park warden and writes about city life. The views expressed here are the author's own.</em></p>
</article>
<div class="more-opinion"><h4>More from Opinion</h4><a>Why the tram delay should worry us all</a><a>Letters: Readers say the bridge closure is a disgrace</a></div>
</body></html>"""
TITLE["opinion_parks"] = "Opinion: Our parks need wardens, not more cameras"
DATE["opinion_parks"] = "2025-06-18"
GOLD["opinion_parks"] = [
    ("told", "Parks director Helen Marsh", "vandalism had doubled since the last wardens were laid off in 2029"),
]
BODY["opinion_parks"] = [
    "The city plans to spend 400,000 on cameras for its parks.",
    "Parks director Helen Marsh told a council meeting last month",
    "Cameras record damage; they do not stop it.",
]
CHROME["opinion_parks"] = [
    "Readers say the bridge closure is a disgrace",
    "Rowan Ashe is a former park warden and writes about city life.",
]

# 18. A press release on a company site: 'About' boilerplate and a media contact.
PAGES["press_release"] = """<!DOCTYPE html>
<html><head><title>Tarn Foods opens plant in Kessel, creating 220 jobs</title>
<meta property="article:published_time" content="2025-02-24T08:00:00Z">
<meta property="og:site_name" content="Tarn Foods Newsroom">
</head><body>
<header><a>Tarn Foods</a><nav><a>Products</a><a>Careers</a><a>Newsroom</a><a>Investors</a></nav></header>
<article>
<h1>Tarn Foods opens plant in Kessel, creating 220 jobs</h1>
<p>KESSEL, 24 February 2025 — Tarn Foods today opened a 60 million frozen-vegetable plant in Kessel that will employ 220 people by the end of the year.</p>
<p>"Kessel has the farms, the roads and the people we need," said Marta Lindqvist, chief executive of Tarn Foods.</p>
<p>The plant will process peas and beans from about 150 farms within 50 kilometres, the company said.</p>
<h3>About Tarn Foods</h3>
<p>Tarn Foods is a family-owned food company founded in 1962. It employs 3,400 people in six countries.</p>
<p>Media contact: press@tarnfoods.example, +00 123 456 789</p>
</article>
<footer>© Tarn Foods 2025 · Cookie settings · Accessibility</footer>
</body></html>"""
TITLE["press_release"] = "Tarn Foods opens plant in Kessel, creating 220 jobs"
DATE["press_release"] = "2025-02-24"
GOLD["press_release"] = [
    ("said", "Marta Lindqvist, chief executive of Tarn Foods", "Kessel has the farms, the roads and the people we need"),
    ("said", "the company", "The plant will process peas and beans from about 150 farms within 50 kilometres"),
]
BODY["press_release"] = [
    "Tarn Foods today opened a 60 million frozen-vegetable plant in Kessel",
    "Kessel has the farms, the roads and the people we need",
    "The plant will process peas and beans from about 150 farms within 50 kilometres, the company said.",
]
CHROME["press_release"] = [
    "Media contact: press@tarnfoods.example",
]

# Pages written after the first count (the sites above mark their chrome with classes trafilatura knows; these
# keep it in plain paragraphs inside the article, as many small sites do).

# 19. A pull quote with its speaker in a <blockquote>, and a plain-paragraph 'Read more:' inside the article.
PAGES["pullquote_named"] = """<!DOCTYPE html>
<html><head><title>Ostry fishermen win fight over wind farm cable | Bay Tribune</title>
<meta property="article:published_time" content="2025-10-12T09:00:00Z">
<meta property="og:site_name" content="Bay Tribune">
</head><body>
<article>
<h1>Ostry fishermen win fight over wind farm cable</h1>
<p>The cable from the planned Ostry Bank wind farm will be laid around the village's main fishing grounds, the energy company Seawind said on Friday.</p>
<p>"We were told for two years that there was no other route," said Hal Brenner, who chairs the Ostry Fishermen's Association. "It turns out there was."</p>
<blockquote><p>"We were told for two years that there was no other route."</p><p>— Hal Brenner, Ostry Fishermen's Association</p></blockquote>
<p>Seawind said the new route would add about 4 kilometres of cable and delay the project by three months.</p>
<p><strong>Read more:</strong> <a href="/x">Seawind says wind farm will power 300,000 homes</a></p>
<p>The regional planning board is expected to approve the change next month.</p>
</article>
</body></html>"""
TITLE["pullquote_named"] = "Ostry fishermen win fight over wind farm cable"
DATE["pullquote_named"] = "2025-10-12"
GOLD["pullquote_named"] = [
    ("said", "the energy company Seawind", "The cable from the planned Ostry Bank wind farm will be laid around the village's main fishing grounds"),
    ("said", "Hal Brenner, who chairs the Ostry Fishermen's Association", "We were told for two years that there was no other route"),
    ("said", "Seawind", "the new route would add about 4 kilometres of cable and delay the project by three months"),
]
BODY["pullquote_named"] = [
    "The cable from the planned Ostry Bank wind farm will be laid around the village's main fishing grounds",
    "We were told for two years that there was no other route",
    "Seawind said the new route would add about 4 kilometres of cable",
    "The regional planning board is expected to approve the change next month.",
]
CHROME["pullquote_named"] = [
    "Seawind says wind farm will power 300,000 homes",
    "Hal Brenner, Ostry Fishermen's Association",
]

# 20. A small site: caption, credit and bio as plain paragraphs inside the article.
PAGES["plain_chrome_school"] = """<!DOCTYPE html>
<html><head><title>Carrow Academy pupils build weather station</title>
<meta property="article:published_time" content="2025-03-18T12:00:00Z">
<meta property="og:site_name" content="Carrow News Online">
</head><body>
<div id="main"><div class="post">
<h1>Carrow Academy pupils build weather station</h1>
<p>Posted by Mira Stone on 18 March 2025</p>
<p><img src="station.jpg"></p>
<p>Pupils at Carrow Academy with the station on the school roof. Their teacher says it cost under 300 to build. Photo: Carrow Academy</p>
<p>A group of twelve pupils at Carrow Academy has built a weather station that sends readings to the national weather service every ten minutes.</p>
<p>Physics teacher Dev Malik said the pupils had soldered every sensor themselves and written the software in their lunch breaks.</p>
<p>The weather service confirmed that the station's readings now appear on its public map.</p>
<p>Mira Stone is a volunteer reporter for Carrow News Online. She says she loves stories about young inventors.</p>
<p>Share this: Facebook | X | Email</p>
<p>Leave a comment</p>
</div></div>
</body></html>"""
TITLE["plain_chrome_school"] = "Carrow Academy pupils build weather station"
DATE["plain_chrome_school"] = "2025-03-18"
GOLD["plain_chrome_school"] = [
    ("said", "Physics teacher Dev Malik", "the pupils had soldered every sensor themselves and written the software in their lunch breaks"),
    ("confirmed", "The weather service", "the station's readings now appear on its public map"),
]
BODY["plain_chrome_school"] = [
    "A group of twelve pupils at Carrow Academy has built a weather station",
    "Physics teacher Dev Malik said the pupils had soldered every sensor themselves",
    "The weather service confirmed that the station's readings now appear on its public map.",
]
CHROME["plain_chrome_school"] = [
    "Their teacher says it cost under 300 to build.",
    "She says she loves stories about young inventors.",
]

# 21. A blog-platform news post with a comment thread as plain list items and a newsletter box in the body.
PAGES["blog_comments_ferry"] = """<!DOCTYPE html>
<html><head><title>Island ferry fares to rise in April - Skerry Islands News</title>
<meta property="article:published_time" content="2025-02-03T17:45:00Z">
</head><body>
<div class="wrap"><div class="entry-content">
<h1 class="entry-title">Island ferry fares to rise in April</h1>
<p>Ferry fares between Halde and the Skerry Islands will rise by 8 percent on 1 April, the operator Islink said on Monday.</p>
<p>Islink's managing director, Petra Holm, said fuel and crew costs had risen faster than expected.</p>
<p>Island councillor Ewan Rudd said the rise would hit families who have to travel to the mainland for hospital visits.</p>
<p><strong>Never miss a story.</strong> Sign up to our free newsletter and we will tell you what is happening on the islands every week.</p>
</div>
<div class="comments-area"><h2>3 thoughts on "Island ferry fares to rise in April"</h2>
<ol class="comment-list"><li><p><b>Sandra M</b> says:</p><p>Islink said last year that fares would be frozen. So much for that.</p></li>
<li><p><b>Peter from Halde</b> says:</p><p>My daughter says the crossing is already too dear for students.</p></li></ol></div>
</div>
</body></html>"""
TITLE["blog_comments_ferry"] = "Island ferry fares to rise in April"
DATE["blog_comments_ferry"] = "2025-02-03"
GOLD["blog_comments_ferry"] = [
    ("said", "the operator Islink", "Ferry fares between Halde and the Skerry Islands will rise by 8 percent on 1 April"),
    ("said", "Islink's managing director, Petra Holm", "fuel and crew costs had risen faster than expected"),
    ("said", "Island councillor Ewan Rudd", "the rise would hit families who have to travel to the mainland for hospital visits"),
]
BODY["blog_comments_ferry"] = [
    "Ferry fares between Halde and the Skerry Islands will rise by 8 percent on 1 April",
    "Islink's managing director, Petra Holm, said fuel and crew costs",
    "Island councillor Ewan Rudd said the rise would hit families",
]
CHROME["blog_comments_ferry"] = [
    "Sign up to our free newsletter and we will tell you what is happening on the islands every week.",
    "Islink said last year that fares would be frozen.",
    "My daughter says the crossing is already too dear for students.",
]

# 22. A story whose body paragraphs are <div>s and <br>-separated lines, not <p>s.
PAGES["br_lines_court"] = """<!DOCTYPE html>
<html><head><title>Former Brask treasurer jailed for fraud</title>
<meta property="article:published_time" content="2025-06-27T15:00:00Z">
<meta property="og:site_name" content="Brask Daily">
</head><body>
<div class="story-text">
<h1>Former Brask treasurer jailed for fraud</h1>
<div>The former treasurer of Brask town council was jailed for four years on Thursday for taking 600,000 from the council's accounts.</div>
<div>Judge Amira Sohal said Viktor Lenz had betrayed the trust of the people who elected him.<br><br>Lenz's lawyer said his client would appeal against the sentence.<br><br>Prosecutors told the court that the money had been spent on cars, holidays and a flat in the capital.</div>
<div>The council said it had changed its rules so that no single officer could approve large payments.</div>
</div>
</body></html>"""
TITLE["br_lines_court"] = "Former Brask treasurer jailed for fraud"
DATE["br_lines_court"] = "2025-06-27"
GOLD["br_lines_court"] = [
    ("said", "Judge Amira Sohal", "Viktor Lenz had betrayed the trust of the people who elected him"),
    ("said", "Lenz's lawyer", "his client would appeal against the sentence"),
    ("told", "Prosecutors", "the money had been spent on cars, holidays and a flat in the capital"),
    ("said", "The council", "it had changed its rules so that no single officer could approve large payments"),
]
BODY["br_lines_court"] = [
    "The former treasurer of Brask town council was jailed for four years on Thursday",
    "Judge Amira Sohal said Viktor Lenz had betrayed the trust of the people who elected him.",
    "Lenz's lawyer said his client would appeal against the sentence.",
    "Prosecutors told the court that the money had been spent on cars, holidays and a flat in the capital.",
    "The council said it had changed its rules so that no single officer could approve large payments.",
]
CHROME["br_lines_court"] = []

# 23. Readers' comments in markup no boilerplate remover knows, under a heading of their own.
PAGES["readers_harbour"] = """<!DOCTYPE html>
<html><head><title>Harbour wall repairs to start in May - Port Ennis Today</title>
<meta property="article:published_time" content="2025-04-01T08:00:00Z">
</head><body>
<div class="main"><h1>Harbour wall repairs to start in May</h1>
<p>Repairs to the harbour wall in Port Ennis will start in May and take about a year, the harbour board said on Monday.</p>
<p>Board chair Colm Reddy said the work would cost 3.4 million, most of it paid by the national government.</p>
<p>Boat owners will have to move their moorings to the north quay while the work goes on.</p>
<h3>Related stories</h3>
<ul><li><a href="/1">Minister says harbour funding is secure</a></li><li><a href="/2">Fishermen warn wall could collapse in next storm</a></li></ul>
<div class="responses"><h4>What readers think</h4>
<div class="resp"><b>Ennis Annie</b><p>My husband says the wall has been crumbling since the nineties.</p></div>
<div class="resp"><b>Declan R.</b><p>Reddy told us the same thing in 2019.</p></div></div>
</div></body></html>"""
TITLE["readers_harbour"] = "Harbour wall repairs to start in May"
DATE["readers_harbour"] = "2025-04-01"
GOLD["readers_harbour"] = [
    ("said", "the harbour board", "Repairs to the harbour wall in Port Ennis will start in May and take about a year"),
    ("said", "Board chair Colm Reddy", "the work would cost 3.4 million, most of it paid by the national government"),
]
BODY["readers_harbour"] = [
    "Repairs to the harbour wall in Port Ennis will start in May",
    "Board chair Colm Reddy said the work would cost 3.4 million",
    "Boat owners will have to move their moorings to the north quay while the work goes on.",
]
CHROME["readers_harbour"] = [
    "Minister says harbour funding is secure",
    "My husband says the wall has been crumbling since the nineties.",
    "Reddy told us the same thing in 2019.",
]

# 24. A wire story republished: an 'Image:' caption, an update line, a briefing sign-up and the agency's notice.
PAGES["wire_republished"] = """<!DOCTYPE html>
<html><head><title>Rescuers reach villages cut off by Brask landslide | Tessel Valley Now</title>
<meta property="article:published_time" content="2025-11-18T10:15:00Z">
<meta property="og:site_name" content="Tessel Valley Now">
</head><body>
<article>
<h1>Rescuers reach villages cut off by Brask landslide</h1>
<p>Image: Rescue workers clear mud from the road to Upper Brask on Tuesday. The agency says 40 people were rescued.</p>
<p>Rescue teams reached three mountain villages cut off by a landslide near Brask on Tuesday, the regional emergency agency said.</p>
<p>Agency spokeswoman Ilse Varga said no one had been killed, but that about 200 people would spend a second night in a school gym.</p>
<p>Updated at 15:40: The agency says the road to Upper Brask has reopened to emergency vehicles.</p>
<p>Sign up for our morning briefing: we'll tell you what matters in the valley before breakfast.</p>
<p>Copyright 2025 Tessel Press Agency. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>
</article>
</body></html>"""
TITLE["wire_republished"] = "Rescuers reach villages cut off by Brask landslide"
DATE["wire_republished"] = "2025-11-18"
GOLD["wire_republished"] = [
    ("said", "the regional emergency agency", "Rescue teams reached three mountain villages cut off by a landslide near Brask on Tuesday"),
    ("said", "Agency spokeswoman Ilse Varga", "no one had been killed, but that about 200 people would spend a second night in a school gym"),
    ("says", "The agency", "the road to Upper Brask has reopened to emergency vehicles"),
]
BODY["wire_republished"] = [
    "Rescue teams reached three mountain villages cut off by a landslide near Brask on Tuesday",
    "Agency spokeswoman Ilse Varga said no one had been killed",
    "The agency says the road to Upper Brask has reopened to emergency vehicles.",
]
CHROME["wire_republished"] = [
    "The agency says 40 people were rescued.",
    "we'll tell you what matters in the valley before breakfast.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
]

# 25. Link lines with a bar and a guillemet, an embedded photo post and a box of key quotes.
PAGES["also_read_kessel"] = """<!DOCTYPE html>
<html><head><title>Kessel council votes to ban cars from old town | Kessel Courier</title>
<meta property="article:published_time" content="2025-05-14T08:00:00Z">
</head><body>
<article><h1>Kessel council votes to ban cars from old town</h1>
<p>Kessel's council voted on Tuesday to ban most cars from the old town from next spring.</p>
<p>Council leader Anouk Visser said delivery vans would still be allowed in before ten in the morning.</p>
<p>ALSO READ | Traders say parking ban will empty the high street</p>
<blockquote class="instagram-media"><p>Car-free Kessel is coming! Tell us what you think in the comments.</p><p>A post shared by Kessel Courier (@kesselcourier)</p></blockquote>
<p>Shopkeepers are divided. Baker Joost Brand said his customers mostly walk or cycle anyway.</p>
<p>Read more \u00bb <a>Mayor promises free buses during works</a></p>
<p>The ban will be reviewed after a year, the council said.</p>
</article></body></html>"""
TITLE["also_read_kessel"] = "Kessel council votes to ban cars from old town"
DATE["also_read_kessel"] = "2025-05-14"
GOLD["also_read_kessel"] = [
    ("said", "Council leader Anouk Visser", "delivery vans would still be allowed in before ten in the morning"),
    ("said", "Baker Joost Brand", "his customers mostly walk or cycle anyway"),
    ("said", "the council", "The ban will be reviewed after a year"),
]
BODY["also_read_kessel"] = [
    "Kessel's council voted on Tuesday to ban most cars from the old town from next spring.",
    "Council leader Anouk Visser said delivery vans would still be allowed in",
    "Baker Joost Brand said his customers mostly walk or cycle anyway.",
    "The ban will be reviewed after a year, the council said.",
]
CHROME["also_read_kessel"] = [
    "Traders say parking ban will empty the high street",
    "Mayor promises free buses during works",
    "Car-free Kessel is coming! Tell us what you think in the comments.",
]
