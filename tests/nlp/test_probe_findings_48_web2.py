"""Patterns of the forty-eighth session (helper web2): more pages a crawler picks up (a hotel review, a
forum answer, a Reddit-style thread, a death notice, an obituary, a wedding announcement, classified ads, a
medicine's leaflet, a court judgment, a police appeal, a press release, an open letter, a petition, a
school's letter, a museum audio guide, a weather page). Their notices, biddings and narration give no record;
a reviewer's husband, the judgment's parties, the police officer, the chief executive and the forecasters
still report. New here: a press release's dateline with the day before the month ('LONDON, 2 June - X
announced': ``candidate.DATELINE``), a forum's question with 'else' ('Anyone else think X?': ``mute.py``),
a passive imperative to the reader ('Be advised that X', 'so be warned', 'Rest assured that X':
``addressed.py``) and an 'as' aside on a bidding ('Take it exactly as your doctor has told you':
``imperative_asides.py``). Every text is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

REVIEW = """Lovely stay, shame about the bed

I loved the staff and the breakfast was excellent. The room was clean but small. My husband said the bed \
was too hard, and I agree. The receptionist told us that the pool would reopen on Monday, but it never did. \
Other guests say the same thing, so be warned. Would stay again."""

FORUM = """Q: How do I stop my sourdough from going flat?

I have tried everything. My starter bubbles nicely but the loaf spreads in the oven. Any ideas?

Accepted answer (42 votes): Your dough is probably over-proofed. Try a shorter bulk ferment and a tighter \
shaping. Most bakers recommend a cold retard. Hope this helps!"""

THREAD = """Posted by u/quietfern 3h ago
Anyone else think the new update broke the battery life?

reply by u/gearhead99: Same here. Mine drops 20 percent an hour now. Support told me they are aware of the problem.
reply by u/quietfern: Thanks, glad it's not just me. Edit: they say a patch is coming next week."""

DEATH = """HARLOW, Margaret Ann (née Pryce). Peacefully at home on 3rd March, aged 91. Beloved wife of the late \
Dennis, much loved mother of Susan and Peter, and grandmother of five. Funeral service at St Mary's Church on \
Friday 14th March at 11am. Family flowers only; donations if desired to the hospice."""

OBIT = """Walter Brandt, who taught chemistry at Eastfield High for four decades, died on Tuesday. He was 84. His \
daughter, Ruth Brandt, said he had been ill for several months. "He never gave up on a single pupil," said \
Leah Moss, who now runs a research lab. Brandt is survived by his wife, Hannah, and three grandchildren."""

WEDDING = """Emily Carter and James Okoro were married on Saturday at the Old Mill in Ashford. The bride, 29, is a \
veterinary nurse. The groom, 31, is an engineer. The couple met at a friend's birthday party in 2019. "I knew \
straight away he was the one," the bride said. They will live in Leeds."""

CLASSIFIED = """FOR SALE: Oak dining table and six chairs, good condition, £250 ono. Buyer collects. Call 07700 900123 after 6pm.
WANTED: Old vinyl records, any condition. Cash paid.
LOST: Grey tabby cat, answers to Pip, last seen near Park Road. Reward offered."""

LEAFLET = """What you need to know before you take Zelvan

Do not take Zelvan if you are allergic to ibuprofen. Tell your doctor if you have kidney problems or if you \
are pregnant. Talk to your pharmacist before taking other medicines. Some patients have reported dizziness \
after the first dose.
How to take Zelvan: Always take this medicine exactly as your doctor has told you. Check with your doctor if \
you are not sure."""

JUDGMENT = """1. The appellant submits that the judge erred in admitting the evidence. 2. Counsel for the \
respondent argues that the evidence was properly admitted. 3. The appellant also contends that the sentence \
was excessive. I do not accept that submission."""

POLICE = """Police are appealing for witnesses after a cyclist was injured in a collision on Mill Lane on Sunday \
evening. The rider, a man in his forties, was taken to hospital with serious injuries. Detective Sergeant Kate \
Hume said: "We are keen to speak to anyone who saw a dark blue van in the area." Anyone with information should \
call 101, quoting reference 4512."""

PRESS = """Brightwave Energy reports record first-half profit

LONDON, 2 June - Brightwave Energy today announced a 30 percent rise in first-half profit. "This has been an \
outstanding six months for our business," said chief executive Priya Nair. About Brightwave: Brightwave \
supplies renewable power to 2 million homes."""

LETTER = """An open letter to the Minister for Health

We, the undersigned nurses and doctors, urge you to reverse the planned cuts to community clinics. We believe \
the cuts will put patients at risk. Waiting lists are already at record levels.
Signed: Dr Aisha Rahman, Tom Wells RN, and 212 others"""

PETITION = """Save Larkfield Library

We call on the council to keep the library open. The library is used by hundreds of children every week. \
4,381 people have signed this petition. Sign now and share with your friends!"""

SCHOOL = """Dear Parents and Carers,

As the autumn term draws to a close, I would like to thank you for your support. Please remember that school \
finishes at 1.30pm on Friday. Be advised that the car park will be closed on Thursday. Mrs Patel says the \
choir has never sounded better. We wish you all a restful holiday.

Yours sincerely,
Mr D. Hughes, Headteacher"""

AUDIO = """Stop 7: The Harvest Room

You are now standing in front of the largest painting in the museum. Look closely at the woman in the corner. \
The artist painted her from memory. Historians believe she was his sister. Notice how the light falls across \
the wheat. Press 8 to hear the curator talk about the restoration."""

WEATHER = """Weekend forecast

Expect showers on Saturday morning, clearing by the afternoon. Forecasters say Sunday will be the warmest day \
of the year so far. Highs of 24C. Take an umbrella if you are heading out early."""


def _found(nlp, text):
    return [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
            for r in records(nlp, text)]


@pytest.mark.parametrize("text", [DEATH, CLASSIFIED])
def test_notices_and_ads_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # (the reviewer's own liking and her warning to the reader are no records; her husband's words and the
    # receptionist's are)
    (REVIEW, [("My husband", "said", ["the bed was too hard"]),
              ("The receptionist", "told", ["the pool would reopen on Monday"]),
              ("Other guests", "say", ["the same thing"])]),
    (FORUM, [("Most bakers", "recommend", ["a cold retard"])]),
    # (the opening post asks who else thinks so and names no one)
    (THREAD, [("Support", "told", ["they are aware of the problem"]), ("they", "say", ["a patch is coming next week"])]),
    (OBIT, [("His daughter, Ruth Brandt", "said", ["he had been ill for several months"]),
            ("Leah Moss, who now runs a research lab", "said", ["He never gave up on a single pupil"])]),
    (WEDDING, [("the bride", "said", ["I knew straight away he was the one"])]),
    # (the leaflet's biddings, the doctor's 'as' aside on one among them, give no record)
    (LEAFLET, [("Some patients", "have reported", ["dizziness"])]),
    (JUDGMENT, [("The appellant", "submits", ["the judge erred in admitting the evidence"]),
                ("Counsel for the respondent", "argues", ["the evidence was properly admitted"]),
                ("The appellant", "contends", ["the sentence was excessive"])]),
    (POLICE, [("Detective Sergeant Kate Hume", "said",
               ["We are keen to speak to anyone who saw a dark blue van in the area"])]),
    # (the dateline, place and day, is no part of the company's name)
    (PRESS, [("Brightwave Energy", "announced", ["a 30 percent rise in first-half profit"]),
             ("chief executive Priya Nair", "said", ["This has been an outstanding six months for our business"])]),
    (LETTER, [("We, the undersigned nurses and doctors", "urge", ["you to reverse the planned cuts to community clinics"]),
              ("We", "believe", ["the cuts will put patients at risk"])]),
    (PETITION, [("We", "call on", ["the council to keep the library open"])]),
    (SCHOOL, [("Mrs Patel", "says", ["the choir has never sounded better"])]),
    (AUDIO, [("Historians", "believe", ["she was his sister"])]),
    (WEATHER, [("Forecasters", "say", ["Sunday will be the warmest day of the year so far"])]),
])
def test_such_pages_report_only_who_speaks(nlp, text, expected):
    assert _found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Anyone else think the new menu is worse?",
    "Does anybody else feel the bus got slower after the timetable change?",
    "Be warned: the coastal path is steep and muddy after rain.",
    "Be advised that the lift is out of service until Monday.",
    "Rest assured that your details are safe with us.",
    "The rooms are tiny and the walls are thin, so be warned.",
    "Always take the tablets exactly as your pharmacist has told you.",
    "Cook the pasta as the packet says, then drain it.",
])
def test_questions_notices_and_biddings_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("PARIS, 14 March - Orbel Foods today announced a new factory.", "Orbel Foods", "announced", ["a new factory"]),
    ("Someone else said the bus got slower after the change.", "Someone else", "said",
     ["the bus got slower after the change"]),
    ("Residents were warned that the tap water was unsafe.", None, "were warned", ["the tap water was unsafe"]),
    ("The depot will close, as the minister said.", "the minister", "said", ["The depot will close"]),
    ("Prices are rising, as the governor warned last month.", "the governor", "warned", ["Prices are rising"]),
])
def test_near_misses_still_report(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]
