"""The fifty-fourth session's red team of texts that report nothing, in registers the earlier negative
sets leave out: a recipe blog's narration, a travel diary, a product page and its reviews, a sports live
blog, a how-to guide's imperatives, a forum thread, a novel's narration, museum labels, a weather
report, an obituary, a court calendar, a press kit's fact sheet, a FAQ page, lyrics, a transcript's
heading block, photo captions, a table of contents and embedded social posts, with words of saying in
other senses. Every sentence is written for the test. Thirty true reports in the same registers check
that recall holds.

'The storm claimed three lives', 'she claimed her seat', 'the coach called a timeout', 'the teacher
called the roll': 'claim' and 'call' taking or ordering a thing (``taken_senses.py``,
``taken_objects.txt``). 'Guests: X, economist; Y, farmer': a roster heading, no speaker
(``line_labels.txt``).

Forms PolNeAR annotates stay reports by its conventions though a reader may doubt them: a sign or a
map that 'says' or 'shows', data that 'suggest' or 'point to', 'told a story' or 'a joke', 'wondered
whether', 'will determine whether', 'expects to', and eyes that 'ask' as a figure (PolNeAR marks 'his eyes
gleaming, as if to say X') (``CONVENTION``)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top

#: passages that report nothing: no record at all
NOTHING = [
    # mended in the fifty-eighth session: the spot is a thing played at, 'pointed to' it a gesture (handled_objects.py)
    'The referee pointed to the spot and the home bench exploded.',
    # recipe blog
    'I stood at the stove for an hour, my arms begging for a break while the onions slowly turned gold.',
    'The recipe calls for two cups of flour and a pinch of salt.',
    'Whisk the eggs until they are pale, then fold in the sugar.',
    'My grandmother always made this on Sundays, and the kitchen smelled of cinnamon for days.',
    'The dough should feel soft but not sticky when you press it with a finger.',
    'Jump to recipe. Print recipe. Pin it for later.',
    'The oven timer beeped twice and the cake came out golden.',
    'Does anyone know why my bread always sinks in the middle?',
    'The thermometer read 72 degrees when I took the loaf out.',
    # travel diary
    'Day three: we woke before dawn and hiked to the ridge, our legs screaming for rest.',
    'The ferry timetable listed only two crossings on Sundays.',
    'The wind whispered through the pines as we pitched the tent.',
    'The hostel owner showed us to a room with a view of the harbour.',
    # product page and reviews
    'Key features: waterproof shell, two-year warranty, ships in 48 hours.',
    'Five stars. The kettle boils fast and the handle stays cool.',
    'The battery indicator showed full after only an hour of charging.',
    'Customers who bought this item also viewed the travel mug.',
    'The box promises a lifetime of sharp edges, but mine dulled in a month.',
    'Was this review helpful? Yes (12) No (3)',
    # sports live blog
    "45+2' Corner to the visitors, cleared at the near post.",
    'The scoreboard showed 2-1 as the players trudged off at half time.',
    'The crowd roared as the striker curled the ball into the top corner.',
    'The keeper claimed the cross under pressure and launched a quick counter.',
    'Full time: United 3, City 1.',
    # how-to
    'Warn the neighbours before you start drilling!',
    'Announce yourself when you enter the workshop so nobody gets startled.',
    'Tell the installer which wall you want the bracket on.',
    'Ask your doctor before you start any new exercise routine.',
    'Explain the rules to the children before the game begins.',
    'Make sure the power is off, then remove the cover plate.',
    'Remember that the glue needs a full day to set.',
    # forum thread
    'Re: Engine noise at idle. Bump. Anyone?',
    'Posted by wheelnut88 on 3 March. Thanks in advance for any help.',
    'I have the same problem. Following this thread.',
    'No one knows why the update broke the radio, but a reset fixed mine.',
    'Nobody can say for sure when the parts will arrive.',
    'Has anyone tried replacing the sensor themselves?',
    'Edit: solved, it was a loose clamp.',
    # novel-like narrative
    'The dog begged at the table, its tail thumping against the chair legs.',
    'Rain hammered the roof while she stared at the unopened letter.',
    'His silence said more than any apology could.',
    'The clock struck midnight and the house fell quiet.',
    'The old house groaned as the wind pushed against it.',
    # museum label
    'Bronze figure of a dancer, about 1500 BC. Gift of the Harlow family, 1962.',
    'This vase was found in a tomb near the river and shows a hunting scene.',
    'The inscription on the base records the name of the potter.',
    'Oil on canvas. The painting depicts a harbour at sunset.',
    # weather report
    'Temperatures will climb to 31 degrees by the weekend.',
    'The gauge showed 40 millimetres of rain overnight.',
    'A yellow warning for wind is in place until midnight.',
    'The data points to the warmest spring on record for the region.',
    # obituary
    'Margaret Ellison, 87, of Brookfield, died peacefully at home on Tuesday.',
    'She is survived by her three children and seven grandchildren.',
    "A memorial service will be held at St Anne's Church on Saturday at 11 a.m.",
    'He loved fishing, crosswords and long walks with his dog.',
    # court calendar
    'Case 24-CR-1187: State v. Dorsey. Arraignment, 9:00 a.m., Courtroom 4B.',
    'Hearing on motion to dismiss continued to May 14.',
    'Sentencing scheduled before Judge Alvarez at 2 p.m.',
    "Docket: plaintiff's motion to compel, granted in part.",
    # press kit fact sheet
    'Founded: 2011. Headquarters: Leeds. Employees: 240.',
    'Key claims: the device cuts energy use by a third and pays for itself in two years.',
    'Fast facts: the bridge spans 1.2 kilometres and took four years to build.',
    'Media contact: press office, telephone and email below.',
    'The company operates 14 stores across the region.',
    # FAQ page
    'Q: How do I reset my password? A: Click the link on the login page.',
    'What does the warranty cover? The warranty covers parts and labour for two years.',
    'Can I return an item after 30 days? Returns after 30 days are not accepted.',
    'Why was my order delayed? Orders placed on weekends ship on Monday.',
    'Frequently asked questions',
    # lyrics or poem
    'The river sings of places it has been, and carries every secret to the sea.',
    'Tell me where the summer goes, tell me why the cold wind blows.',
    'The stars keep their counsel and the moon says nothing at all.',
    'I sing the body of the town at night.',
    # transcript heading block
    'TRANSCRIPT: Evening Edition. Guests: Dana Park, economist; Lee Moss, farmer.',
    'HOST: Welcome back.',
    '[CROSSTALK]',
    'END OF TRANSCRIPT',
    # photo captions
    'Volunteers fill sandbags outside the town hall on Monday. (Photo: J. Rivera)',
    'A child waves a flag as the parade passes along Main Street.',
    'Firefighters battle the blaze in the early hours of Sunday morning.',
    "File photo: the plant's cooling towers at dusk.",
    # table of contents
    'Contents: 1. Introduction 2. Methods 3. Results 4. Discussion',
    'Chapter 7: What the river knew',
    'Part two: The long winter',
    # social posts embedded
    "Can't believe this view!!! #sunset #beach",
    'Replying to @cityparks: thank you for fixing the swings',
    '12:04 PM, 3 June. 1.2K retweets, 4K likes.',
    # other cue senses
    'The road claims dozens of lives every year.',
    'The winemakers ripped up the fickle vine and planted hardier grapes.',
    'The panel met to discuss the budget.',
    "The label reads 'Keep refrigerated'.",
    'The mayor answered the phone on the second ring.',
    'The lawyer argued the case before a packed courtroom.',
    'The teacher called the roll and then handed out the tests.',
    'The coach called a timeout with two minutes left.',
    'The committee reported to the hall at nine.',
    'The engine warned with a red light on the dashboard.',
    'My lungs begged for oxygen as I climbed the last flight of stairs.',
    'The senator claimed her seat in the front row.',
    "The artist wrote a song for her sister's wedding.",
    'The crowd chanted and waved banners outside the stadium.',
    'The report is due next week.',
    'The statement was released on Friday.',
    'The village is known for its cheese.',
    'Critics of the plan were not available.',
    'The governor signed the bill into law on Tuesday.',
    'The police are investigating the cause of the fire.',
    # other senses, a second round
    'The kettle whistled and the toast popped up.',
    'The storm warned of its approach with a low rumble.',
    'The puppy begged for scraps under the table.',
    'Press the button marked Reset and wait for the light.',
    'Call the helpline if the parcel does not arrive.',
    'Tell your friends about our weekend sale!',
    'Say goodbye to tangled cables.',
    'Ask for a table by the window when you book.',
    "Don't forget to claim your free gift at checkout.",
    "The fans called the team's name as the bus pulled away.",
    'The referee called a foul on the halfway line.',
    'The prime suspect in the novel is the gardener.',
    'The printer complained with a loud grinding noise.',
    'The poem tells of a sailor lost at sea.',
    "Who says you can't have cake for breakfast?",
    'She called her mother every Sunday.',
    'He claimed his bags at the carousel and headed for the exit.',
    'The team claimed the title with two games to spare.',
    'The flooding claimed four homes along the river.',
    'The lighthouse signalled to the passing ships.',
    'The coach called time on his career after twenty seasons.',
]

#: passages PolNeAR's conventions count as reports (a thing's 'says', 'shows', 'suggest'; 'told a story'; 'determine
#: whether'), with the cue each gives
CONVENTION = [
    ('The sign at the trailhead says the path is closed after dark.', 'says'),
    ('Our guide told stories about the old mine until the fire burned down.', 'told'),
    ('The instructions explain how to attach the base in four steps.', 'explain'),
    ('The stats suggest the home side have had 70 percent of possession.', 'suggest'),
    ('She told a long story about her childhood in the mountains.', 'told'),
    ('He wondered whether the train would ever come.', 'wondered'),
    ('The map shows the trade routes that linked the coastal towns.', 'shows'),
    ('The forecast calls for heavy rain across the north on Thursday.', 'calls for'),
    ('The radar points to a line of storms moving east.', 'points to'),
    ('In lieu of flowers, the family asks that donations be made to the library fund.', 'asks'),
    ('The study will determine whether the drug slows memory loss.', 'determine'),
    ('The board will decide whether to raise fees next year.', 'decide'),
    ('The invitation asked guests to arrive by seven.', 'asked'),
    ('The results show a sharp rise in hospital visits.', 'show'),
    ('The survey found nothing unusual in the water samples.', 'found'),
    ('The company expects to hire more staff.', 'expects'),
    ('He told the joke three times before anyone laughed.', 'told'),
    ('Her eyes asked the question her lips would not.', 'asked'),
    ('Our hotel promised sea views, and it delivered.', 'promised'),
    ('The trail guide recommends sturdy boots.', 'recommends'),
    ('The recipe suggests chilling the dough overnight.', 'suggests'),
    ('The museum asks visitors not to touch the exhibits.', 'asks'),
    ('The song asks what the river remembers.', 'asks'),
    ('The menu promises hearty food at fair prices.', 'promises'),
    ('Everyone wants to know where the best pizza in town is.', 'know'),
]

#: true reports in the same registers: (text, cue, source, first content)
REPORTS = [
    ('The chef said the trick is to rest the dough overnight.',
     'said', 'The chef', 'the trick is to rest the dough overnight'),
    ('"Always use cold butter," my grandmother told me.',
     'told', 'my grandmother', 'Always use cold butter'),
    ('The guide warned that the bridge was unsafe after heavy rain.',
     'warned', 'The guide', 'the bridge was unsafe after heavy rain'),
    ('The hostel owner told us that the last bus leaves at ten.',
     'told', 'The hostel owner', 'the last bus leaves at ten'),
    ('The manufacturer says the battery lasts twelve hours.',
     'says', 'The manufacturer', 'the battery lasts twelve hours'),
    ('"It was worth every penny," one reviewer wrote.',
     'wrote', 'one reviewer', 'It was worth every penny'),
    ('The manager said the striker would miss the next two games.',
     'said', 'The manager', 'the striker would miss the next two games'),
    ('"We were second best today," the captain admitted.',
     'admitted', 'the captain', 'We were second best today'),
    ('According to the referee, the ball never crossed the line.',
     'According to', 'the referee', 'the ball never crossed the line'),
    ('The electrician explained that the breaker had tripped because of a faulty socket.',
     'explained', 'The electrician', 'the breaker had tripped because of a faulty socket'),
    ('A moderator said the thread would be locked.',
     'said', 'A moderator', 'the thread would be locked'),
    ('The dealer told him the part was out of stock.',
     'told', 'The dealer', 'the part was out of stock'),
    ('"I\'m not going back," she said, closing the door.',
     'said', 'she', "I'm not going back"),
    ('The curator said the vase was probably made for a wedding.',
     'said', 'The curator', 'the vase was probably made for a wedding'),
    ('Forecasters warned that the river could burst its banks by Friday.',
     'warned', 'Forecasters', 'the river could burst its banks by Friday'),
    ('The weather service said the storm would weaken overnight.',
     'said', 'The weather service', 'the storm would weaken overnight'),
    ('Her son said she had taught at the village school for forty years.',
     'said', 'Her son', 'she had taught at the village school for forty years'),
    ('The judge said the trial would resume on Monday.',
     'said', 'The judge', 'the trial would resume on Monday'),
    ('Prosecutors allege that Dorsey stole the funds over six years.',
     'allege', 'Prosecutors', 'Dorsey stole the funds over six years'),
    ('The company says the device cuts energy use by a third.',
     'says', 'The company', 'the device cuts energy use by a third'),
    ('A spokeswoman said returns after 30 days would not be accepted.',
     'said', 'A spokeswoman', 'returns after 30 days would not be accepted'),
    ('The singer told the audience that the song was about her father.',
     'told', 'The singer', 'the song was about her father'),
    ('"Prices will keep rising," Park said.',
     'said', 'Park', 'Prices will keep rising'),
    ('Moss argued that farmers had been ignored for years.',
     'argued', 'Moss', 'farmers had been ignored for years'),
    ('The park service said on Twitter that the swings had been repaired.',
     'said', 'The park service', 'the swings had been repaired'),
    ('Fire officials believe the blaze started in the kitchen.',
     'believe', 'Fire officials', 'the blaze started in the kitchen'),
    ('The mayor announced that the festival would be cancelled.',
     'announced', 'The mayor', 'the festival would be cancelled'),
    ('Residents complained that the road had not been gritted.',
     'complained', 'Residents', 'the road had not been gritted'),
    ('The coach said his players were exhausted.',
     'said', 'The coach', 'his players were exhausted'),
    ('The police said the fire was not suspicious.',
     'said', 'The police', 'the fire was not suspicious'),
]

#: passages that report nothing yet still give a record, and the report still missed: (text, why)
STILL_WRONG = [
    ('The bakery announced its arrival with the smell of fresh bread.',
     "'announced its arrival' of a thing's own coming, a figure, has the form of 'announced her return to "
     "politics', a real announcement: no way yet to tell them apart"),
    ('The parrot repeated every word it heard.',
     "an animal's 'repeat' with words for object: the source is no one who holds a statement, but no list "
     'of animals as speakers that say nothing is kept yet'),
    ('We asked for directions twice and still ended up at the wrong station.',
     "'asked for' a thing wanted on the spot (directions, the bill) reads as a request with an object "
     "content, as PolNeAR's 'asked for a recount' is: no way yet to tell a request of a public kind from "
     'an everyday one'),
    ('She reads the news every morning over coffee.',
     "'read' with a person for subject and a text for object is reading aloud in PolNeAR ('read a "
     "statement'); reading to oneself has the same form"),
]

STILL_MISSED = [
    ("The hostel owner told us the last bus leaves at ten.", "told", "The hostel owner", "the last bus leaves at ten",
     "the parser reads 'leaves' as a plural noun, the object of 'told', so no clause is said"),
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_passage_that_reports_nothing_gives_no_record(nlp, text):
    assert [(r.cue.text if r.cue else None, r.source.text if r.source else None) for r in records(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue"), CONVENTION)
def test_a_form_polnear_counts_stays_a_report(nlp, text, cue):
    assert any(r.cue is not None and cue in r.cue.text for r in records(nlp, text))


@pytest.mark.parametrize(("text", "cue", "source", "content"), REPORTS)
def test_a_true_report_among_them_is_found(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("She claimed the seat was rigged.", "claimed", "She", "the seat was rigged"),
    ("He called the timeout a mistake.", "called", "He", "the timeout a mistake"),
    ("He called her name a disgrace to the family.", "called", "He", "her name a disgrace"),
    ('Within an hour, he called the mayor "Sleepy Sam" several times.', "called", "he",
     'the mayor "Sleepy Sam" several times'),
])
def test_claim_or_call_that_asserts_or_names_stays_a_report(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


@pytest.mark.parametrize(("text", "why"), STILL_WRONG)
@pytest.mark.xfail(strict=True, reason="still wrong: see the case's reason")
def test_still_wrong(nlp, text, why):
    assert records(nlp, text) == [], why


@pytest.mark.parametrize(("text", "cue", "source", "content", "why"), STILL_MISSED)
@pytest.mark.xfail(strict=True, reason="still missed: see the case's reason")
def test_still_missed(nlp, text, cue, source, content, why):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, (why, there)
