"""Patterns of the fiftieth session (helper nonews): twenty more pages a crawler picks up, of kinds the
earlier web probes left out or wrote otherwise (a song's verse and a poem, a screenplay scene, film subtitles,
an e-mail thread with a quoted reply, a chat log, a help centre's FAQ, a function's documentation, a table of
scorers, classified ads, a shop's page with reviews, a recipe blog's memory, a travel guide, a school
newsletter, a parish bulletin, a flat's listing, privacy terms, a dictionary entry, a forum thread, a
children's story, a museum label). Their lines, labels, figures, biddings and plans give no record; the
mother, the locals, the customers, the head teacher, the priest, the vendor, the owner, the docs, the quoted
writer and the story's boats still report. New here: a first person's future request with no clause is a
step they mean to take, nothing asked yet ('we will ask for the card you paid with': ``own_plans.py``); a
dictionary's example sentence after 'Example:' tells of no one's words (``usage_examples.py``); a dictionary's
and a song's labels are no speakers ('Synonyms: ...', 'Chorus: ...': ``line_labels.txt``); a program's function
and a printer say nothing (``mute_subjects.txt``). Every text is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

SONG = """Riverside (verse 2)

I said to the river, take my sorrow away
The river said nothing, it just rolled on
Oh oh, the water's cold tonight
And you told me you'd be gone by dawn
Chorus: Take me down, take me down to the riverside"""

POEM = """Winter Orchard

I asked the apple tree what it remembered.
It answered with a fall of snow.
The crows declared the morning theirs,
and the wind, as always, promised nothing."""

SCREEN = """INT. KITCHEN - NIGHT

MARGARET stands at the sink. DAVID enters, soaked.

MARGARET
Where have you been?

DAVID
The car broke down. I walked the last two miles.

MARGARET
(quietly)
You always say that.

David drops his keys on the table. Beat."""

SUBS = """12
00:01:14,200 --> 00:01:16,900
I told you not to come back here.

13
00:01:17,100 --> 00:01:19,400
- What did he say?
- He said the bridge is closed.

14
00:01:20,000 --> 00:01:22,300
[door slams]"""

EMAIL = """Re: Venue for the March workshop

Hi Tom, sounds good to me. I'll book the room.

> On Monday, Ana Ruiz wrote:
> I spoke to the caretaker and he says the hall is free on the 14th.
> Can you check the projector works?

Thanks,
Priya"""

CHAT = """[09:14] mike_d: morning all
[09:15] sara.k: morning! did anyone see the build failed again
[09:15] mike_d: yeah, jenkins says the tests timed out
[09:16] lee: I'll restart it
[09:17] sara.k: thanks lee, you're a star"""

FAQ = """Help centre: Returns

Q: Can I return a sale item?
A: Yes, sale items can be returned within 30 days.

Q: Do I need the receipt?
A: No, but we will ask for the card you paid with.

Q: What if the item is damaged?
A: Tell us within 48 hours and we will arrange a replacement."""

API = """parse_date(value, strict=False)

This function returns a datetime object. If strict is true, it raises ValueError when the string does not \
match the expected format. The docs say that time zones are ignored. Note that the function accepts both \
strings and bytes. See also: format_date."""

STATS = """Table 3. Top scorers, 2023 season

Player | Club | Goals | Assists
Mateo Diaz | Rovers | 21 | 7
Liam Kerr | Athletic | 18 | 11
Sam Obi | United | 15 | 4

Caption: Goals include penalties. Source: league records."""

ADS = """FOR SALE: Mountain bike, 21 gears, hardly used. £150 ono. Call Dave after 6pm.

WANTED: Piano teacher for beginner, Tuesday afternoons. Must be patient!

LOST: Grey tabby cat, answers to Milo. Reward offered. Owner says he is very friendly."""

SHOP = """Oakline Folding Chair - £39.99

Solid beech frame, folds flat for storage. Max load 120 kg.

Customer reviews (4.6 out of 5)
Customers say it is sturdy and easy to fold.
5 stars: "Love it! Perfect for the balcony." - Jen
2 stars: The screws came loose after a month. - Rob"""

RECIPEBLOG = """My mother's apple crumble

Every autumn my mother would send us out to pick apples from the old tree. She always said the sour ones \
made the best crumble. I still think she was right. Peel and slice six apples. Rub the butter into the flour \
until it looks like breadcrumbs. Bake for 40 minutes and serve with custard."""

TRAVELG = """Visiting Lake Orta

Lake Orta is quieter than its famous neighbours. Locals say the best time to visit is May, before the \
crowds arrive. Take the ferry to the island and walk the path of silence. Parking in the village is \
limited, so arrive early."""

SCHOOL = """Greenfield Primary Newsletter - Spring term

Well done to Year 4 for their wonderful assembly! Please remember that PE kits must be in school every \
Monday. Our head teacher, Mrs Allen, says the new library will open after Easter. Parents are reminded \
that the car park is for staff only."""

CHURCH = """St Mark's Parish Bulletin

Sunday services at 9am and 11am. The choir meets on Thursday evenings; new voices are always welcome. \
Let us pray for all those who are sick. Father Michael announced that the roof appeal has reached its \
target. Tea and coffee after the service."""

HOUSE = """Spacious two-bed flat, Riverside Quarter

Asking price £240,000. Bright open-plan living area with a balcony overlooking the river. Close to shops \
and transport links. The vendor says the building has a friendly residents' association. No onward chain."""

TOS = """Privacy and Terms

You agree that we may store your data on servers outside your country. We may disclose your information \
if the law requires it. You must be 16 or older to create an account. We will notify you of any changes \
by e-mail."""

DICT = """promise (verb)

1. To tell someone that you will certainly do something. Example: She promised to call me tomorrow.
2. To suggest that something will happen. Example: The clouds promise rain.
Synonyms: pledge, vow, swear, guarantee."""

FORUMT = """Thread: Best budget tent?

hikerjoe (Member): Anyone tried the Ridgeway 2? Reviews say it leaks in heavy rain.
trailmum (Moderator): Mine has been fine for three seasons. Seal the seams and you'll be ok.
hikerjoe (Member): cheers, will do"""

KIDS = """The Little Red Boat

"I want to see the sea," said the little red boat.
"The sea is too big for you," laughed the old tugboat.
But the boat sailed on, past the lighthouse and the rocks. "I told you I could do it!" it cried."""

MUSEUM = """Bronze mirror, Roman, 2nd century AD

Found near the river gate in 1911. Mirrors like this were used by wealthy women. The back is decorated \
with a scene of dancers. Scholars believe it was made in Gaul. Gift of the Hart family."""


def _found(nlp, text):
    return [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
            for r in records(nlp, text) if r.parent is None]


@pytest.mark.parametrize("text", [
    # (the cast's lines under their names are a script, no report; a bare 'Beat.' or a direction neither)
    SCREEN,
    # (the shop's answers, its steps and 'we will ask for X', a step it will take, give none)
    FAQ,
    # (a table, its caption and its 'Source:' label name no speaker)
    STATS,
    # (the page's terms: the reader's assent, what the site may do, a duty)
    TOS,
])
def test_pages_with_no_report_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # ('I said to the river, take X' has no clause the parser finds; the river 'said nothing'; 'Chorus:' a label)
    (SONG, [("you", "told", ["you'd be gone by dawn"])]),
    # (a numbered cue and the timings are no speakers; the lines themselves report)
    (SUBS, [("I", "told", ["you not to come back here"]), ("He", "said", ["the bridge is closed"])]),
    # (a build server's message is a report of what the tool says, as 'the docs say' is)
    (CHAT, [("jenkins", "says", ["the tests timed out"])]),
    # (the function's returns and raises are behaviour; the docs are a document that says something)
    (API, [("The docs", "say", ["time zones are ignored"])]),
    # (the ads' biddings and wants give none; the owner reports)
    (ADS, [("Owner", "says", ["he is very friendly"])]),
    # (the specs give none; the customers and the reviewer Jen report; Rob's complaint has no quotation)
    (SHOP, [("Customers", "say", ["it is sturdy and easy to fold"]), ("Jen", "-", ["Love it! Perfect for the balcony"])]),
    # (the method gives none; the mother's saying and the writer's belief about it report)
    (RECIPEBLOG, [("She", "said", ["the sour ones made the best crumble"]), ("I", "think", ["she was right"])]),
    # ('Take the ferry' is the guide's advice)
    (TRAVELG, [("Locals", "say", ["the best time to visit is May"])]),
    # ('Parents are reminded that X' is the school's notice to parents, no report)
    (SCHOOL, [("Our head teacher, Mrs Allen", "says", ["the new library will open after Easter"])]),
    # ('Let us pray' is a bidding)
    (CHURCH, [("Father Michael", "announced", ["the roof appeal has reached its target"])]),
    (HOUSE, [("The vendor", "says", ["the building has a friendly residents' association"])]),
    # (the dictionary's example sentence and its 'Synonyms:' label give none)
    (DICT, []),
    (KIDS, [("the little red boat", "said", ["I want to see the sea"]),
            ("the old tugboat", "laughed", ["The sea is too big for you"])]),
    # (the scholars' belief is a view held; the finding and the gift are facts)
    (MUSEUM, [("Scholars", "believe", ["it was made in Gaul"])]),
])
def test_such_pages_report_only_who_speaks(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_quoted_reply_reports_its_writer_and_the_caretaker(nlp):
    found = [(r.source.text, r.cue.text, contents(r)) for r in records(nlp, EMAIL)]
    assert found[0][:2] == ("Ana Ruiz", "wrote")
    assert ("he", "says", ["the hall is free on the 14th"]) in found
    assert all(cue != "book" for _, cue, _ in found)


def test_forum_reviews_report(nlp):
    found = [(r.source.text, r.cue.text, contents(r)) for r in records(nlp, FORUMT)]
    assert ("Reviews", "say", ["it leaks in heavy rain"]) in found


@pytest.mark.parametrize("text", [
    "If the parcel is lost, we will ask for a photo of the label.",
    "We will ask the courier for a refund on your behalf.",
    "I'll request a copy of the contract before I sign.",
    "We will ask for a photo and request a receipt.",
])
def test_a_first_persons_future_request_gives_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("We asked for a refund last week.", "We", "asked for", ["a refund"]),
    ("The union will ask for a pay rise.", "The union", "will ask for", ["a pay rise"]),
    ("I will argue that the plan is flawed.", "I", "will argue", ["the plan is flawed"]),
])
def test_a_past_or_third_persons_request_still_reports(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "Example: She promised to call me tomorrow.",
    "2. To suggest something. Example: He told us the shop was shut.",
    "Synonyms: pledge, vow, swear.",
    "Antonyms: deny, refuse.",
    "Chorus: Take me down to the river.",
    "The function prompts the user and asks for confirmation before deleting.",
    "The printer says it is out of toner again.",
])
def test_dictionary_labels_examples_and_machines_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("For example, the mayor said the road would close.", "the mayor", "said", ["the road would close"]),
    ("The label says the bowl is dishwasher safe.", "The label", "says", ["the bowl is dishwasher safe"]),
])
def test_near_misses_still_report(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]
