"""Speakers of the fifty-third session (helper spk): fifteen short news articles written to stress
speaker resolution (people of both genders and a body in one story, 'she' after two women, role
phrases referring back: 'the minister', 'the 54-year-old', 'the former striker', 'his lawyer'; a
headline's speaker named only in the body, a spokesperson for a body, 'they' for a group, a
transcript's turns, two people of one surname, a name first given in a photo caption), each
record's speaker marked by hand. Fixed here: a headline's 'Doctor' or 'Professor' is the one the
lede calls 'Dr' or 'Prof.' (``ledes._TITLE_NOUNS``); and 'the lender' or 'the bank' after 'a
spokesperson for the bank' is the bank, not the spokesperson, whose description ends on the firm's
noun (``body_nouns._role_of_a_firm``). Unfixed errors are strict xfails with their
reasons. Every name and sentence is made up."""

from __future__ import annotations

import pytest
from probe_records import sources_and_speakers as _speakers
from probe_records import top

ARTICLES = {
    'council': (
        'Harbour council delays ferry contract\n'
        '\n'
        'The Merrow harbour council has delayed a vote on the new ferry contract by a month. Councillor Rita '
        'Osei said the bids were too close to call. Her colleague Joan Pratt said the delay would cost the '
        'town money. She said residents deserved an answer before winter. Tom Varga, the harbour master, '
        'said the old ferry could run until March. He said repairs would be cheap. A spokeswoman for the '
        'council said the vote would take place on May 4. The council said in a statement that no bidder had '
        'been excluded.'
    ),
    'coach': (
        "'We were robbed,' says coach after cup exit\n"
        '\n'
        'Glenford coach Mark Dunne was furious after his side lost the cup semi-final on penalties. "We were '
        'robbed," Dunne said. "The referee missed two fouls in the box."\n'
        'The 54-year-old said he would write to the league. His assistant, Paula Reyes, said the players '
        'were in tears. "They gave everything," she said.\n'
        'The league said it would review the match.'
    ),
    'striker': (
        'Striker cleared of assault\n'
        '\n'
        'Former Rovers striker Leon Marsh was cleared of assault on Tuesday. The former striker told '
        'reporters outside the court that he had always trusted the jury. His lawyer, Dana Cole, said the '
        'case should never have been brought. Prosecutor Ian Webb said he respected the verdict. Marsh said '
        'he would now return to coaching children.'
    ),
    'minister': (
        'Minister defends school funding plan\n'
        '\n'
        'Education Minister Clara Hunt defended her funding plan in parliament on Wednesday. The minister '
        'said every school would receive more money next year. Opposition leader Sam Byrne said the figures '
        'did not add up. "This is a cut dressed up as a rise," he said. Hunt said the opposition had misread '
        "the budget. Teachers' unions said they would study the plan."
    ),
    'siblings': (
        'Hale siblings split over family firm\n'
        '\n'
        'Tom Hale and his sister Ana Hale disagree about the future of Hale Bakeries. Tom Hale said the firm '
        'should sell its two city shops. Ana Hale said the shops were the heart of the business. "We will '
        'not sell," Ms Hale said. Mr Hale said the board would decide in June. Their mother, Ruth Hale, said '
        'she hoped they would settle it privately.'
    ),
    'farmers': (
        'Farmers warn over water rules\n'
        '\n'
        'Dairy farmers in the Tolvan valley say new water rules will push them out of business. They said at '
        'a meeting on Monday that the limits were set without asking them. Greta Lind, who milks 200 cows '
        'near Ashby, said she might have to sell half her herd. The regional water board said the rules '
        'protected the river. A board spokesman said farmers had been consulted for two years.'
    ),
    'caption': (
        'Nurses vote to strike\n'
        '\n'
        "Photo: Nurse Hannah Kowal joins a picket outside St Jude's hospital.\n"
        '\n'
        "Nurses at St Jude's hospital voted on Thursday to strike next month. Kowal said staff were "
        "exhausted after years of short shifts. The hospital's chief executive, Paul Brandt, said the strike "
        'would put patients at risk. He said talks were still possible. The union said it was ready to talk.'
    ),
    'interview': (
        'Q&A: the mayor on housing\n'
        '\n'
        "Mayor Lena Ortiz sat down with us to talk about the city's housing plan.\n"
        '\n'
        'Q: Will rents fall?\n'
        'ORTIZ: Not at once. But the new homes will ease the pressure within three years.\n'
        'Q: Critics say the plan helps developers.\n'
        'ORTIZ: That is simply wrong. Every project must include cheap flats.'
    ),
    'apology': (
        'Rail firm apologises for delays\n'
        '\n'
        'Northline Rail has apologised for a week of delays on its coastal route. Managing director Karen '
        'Mole said the firm was sorry. "We let our passengers down," she said.\n'
        '"We are putting on extra trains from Monday. Nobody should wait an hour on a cold platform."\n'
        'Passenger group chair Owen Price said the apology came too late.'
    ),
    'rivals': (
        'Two women lead rival campaigns\n'
        '\n'
        'Sara Finch and Mona Greer are running for the same council seat in Dunmore. Finch said the town '
        'needed a new library. Greer said it needed safer roads. She said she had walked every street of the '
        "ward. Finch's campaign manager, Alan Tuck, said the race was close."
    ),
    'chief': (
        'Police chief defends officers\n'
        '\n'
        'Police Chief Maria Santos on Friday defended two officers filmed during an arrest. Santos said the '
        'officers had followed procedure. The mayor, Ben Holt, said he had seen the video and was troubled '
        "by it. The 61-year-old said he would ask for an independent review. Santos's deputy, Frank Lowe, "
        'said the force would cooperate.'
    ),
    'museum': (
        'Museum to return carvings\n'
        '\n'
        'The National Museum will return six carvings to the island of Tarva, its director said on Tuesday. '
        "Director Ingrid Sol said the museum had held them for too long. Tarva's culture minister, Peter "
        'Kalu, said the island had waited a century. He said the carvings would go on show in the capital. '
        'The museum said the transfer would take place in the autumn.'
    ),
    'factory': (
        'Factory workers back deal\n'
        '\n'
        'Workers at the Brennan glass factory have voted to accept a pay deal. Shop steward Lisa Moran said '
        'members were relieved. "It\'s not everything we wanted," she said. "But it is a fair deal." The '
        'company said it was pleased with the outcome. A spokesman for Brennan said the deal would run for '
        'three years.'
    ),
    'doctor': (
        'Doctor warns of flu season\n'
        '\n'
        "Dr Alice Nguyen, a virologist at Kelby University, warned on Monday that this winter's flu season "
        'could be severe. Nguyen said hospitals should prepare now. Health officials said vaccines were '
        'available. Her colleague Dr Omar Said said older people should get the jab early. "Don\'t wait for '
        'the queues," he said.'
    ),
    'judge': (
        'Judge rejects bid to halt mine\n'
        '\n'
        'A judge on Wednesday rejected a bid by residents to halt a new copper mine near Elton. Judge Nora '
        "Bell said the residents had not shown the mine broke the law. Residents' leader Colin Ash said they "
        'would appeal. The mining company, Redrock, said it welcomed the ruling. Its chief executive, Julia '
        'Stone, said work would start in June. The residents said they were disappointed.'
    ),
}

#: each record's (source, speaker), marked by hand
SPEAKERS = {
    'council': [
        ('Councillor Rita Osei', 'Rita Osei'), ('Her colleague Joan Pratt', 'Joan Pratt'), ('She', 'Joan Pratt'),
        ('Tom Varga, the harbour master', 'Tom Varga'), ('He', 'Tom Varga'),
        ('A spokeswoman for the council', 'spokeswoman for Harbour council'), ('The council', 'Harbour council'),
    ],
    'coach': [
        ('coach', 'Mark Dunne'), ('Dunne', 'Mark Dunne'), ('The 54-year-old', 'Mark Dunne'),
        ('His assistant, Paula Reyes', 'Paula Reyes'), ('she', 'Paula Reyes'), ('The league', 'league'),
    ],
    'striker': [
        ('The former striker', 'Leon Marsh'), ('His lawyer, Dana Cole', 'Dana Cole'), ('Prosecutor Ian Webb', 'Ian Webb'),
        ('Marsh', 'Leon Marsh'),
    ],
    'minister': [
        ('Minister', 'Clara Hunt'), ('Education Minister Clara Hunt', 'Clara Hunt'), ('The minister', 'Clara Hunt'),
        ('Opposition leader Sam Byrne', 'Sam Byrne'), ('he', 'Sam Byrne'), ('Hunt', 'Clara Hunt'),
        ("Teachers' unions", "Teachers' unions"),
    ],
    'siblings': [
        ('Tom Hale and his sister Ana Hale', 'Tom Hale and Ana Hale'), ('Tom Hale', 'Tom Hale'), ('Ana Hale', 'Ana Hale'),
        ('Ms Hale', 'Ana Hale'), ('Mr Hale', 'Tom Hale'), ('Their mother, Ruth Hale', 'Ruth Hale'),
    ],
    'farmers': [
        ('Farmers', 'Farmers'), ('Dairy farmers in the Tolvan valley', 'Dairy farmers in the Tolvan valley'),
        ('They', 'Dairy farmers in the Tolvan valley'), ('Greta Lind, who milks 200 cows near Ashby', 'Greta Lind'),
        ('The regional water board', 'regional water board'), ('A board spokesman', 'board spokesman'),
    ],
    'caption': [
        # (a decision voted is its voters' report, ``voted_to``)
        ('Nurses', 'Nurses'), ("Nurses at St Jude's hospital", "Nurses at St Jude's hospital"),
        ('Kowal', 'Hannah Kowal'), ("The hospital's chief executive, Paul Brandt", 'Paul Brandt'), ('He', 'Paul Brandt'),
        ('The union', 'union'),
    ],
    'interview': [
        ('Mayor Lena Ortiz', 'Lena Ortiz'), ('ORTIZ', 'Lena Ortiz'), ('Critics', 'Critics'), ('ORTIZ', 'Lena Ortiz'),
    ],
    'apology': [
        ('Rail firm', 'Northline Rail'), ('Managing director Karen Mole', 'Karen Mole'), ('she', 'Karen Mole'),
        ('Passenger group chair Owen Price', 'Owen Price'),
    ],
    'rivals': [
        ('Finch', 'Sara Finch'), ('Greer', 'Mona Greer'), ('She', 'Mona Greer'),
        ("Finch's campaign manager, Alan Tuck", 'Alan Tuck'),
    ],
    'chief': [
        ('Police Chief Maria Santos', 'Maria Santos'), ('Santos', 'Maria Santos'), ('The mayor, Ben Holt', 'Ben Holt'),
        ('The 61-year-old', 'Ben Holt'), ("Santos's deputy, Frank Lowe", 'Frank Lowe'),
    ],
    'museum': [
        ('its director', 'Ingrid Sol'), ('Director Ingrid Sol', 'Ingrid Sol'),
        ("Tarva's culture minister, Peter Kalu", 'Peter Kalu'), ('He', 'Peter Kalu'), ('The museum', 'National Museum'),
    ],
    'factory': [
        ('Workers at the Brennan glass factory', 'Workers at the Brennan glass factory'),
        ('Shop steward Lisa Moran', 'Lisa Moran'), ('she', 'Lisa Moran'), ('The company', 'company'),
        ('A spokesman for Brennan', 'spokesman for Brennan'),
    ],
    'doctor': [
        ('Doctor', 'Alice Nguyen'), ('Dr Alice Nguyen, a virologist at Kelby University', 'Alice Nguyen'),
        ('Nguyen', 'Alice Nguyen'), ('Health officials', 'Health officials'), ('Her colleague Dr Omar Said', 'Omar Said'),
        ('he', 'Omar Said'),
    ],
    'judge': [
        ('A judge', 'Nora Bell'), ('Judge Nora Bell', 'Nora Bell'), ("Residents' leader Colin Ash", 'Colin Ash'),
        ('The mining company, Redrock', 'Redrock'), ('Its chief executive, Julia Stone', 'Julia Stone'),
        ('The residents', 'residents'),
    ],
}

_WRONG = {"apology": "a headline's 'Rail firm' is not tied to the firm the lede names when the NER took its name "
                     "('Northline Rail') for a person"}


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=_WRONG[n])) if n in _WRONG
                                  else n for n in ARTICLES])
def test_the_articles_speakers(nlp, name):
    assert _speakers(nlp, ARTICLES[name]) == SPEAKERS[name]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Doctor warns of long waits\n\nDr. Ben Ross said patients waited six hours. Ross said more staff were needed.",
     "Ben Ross"),
    ("Doctor warns of long waits\n\nDr Ben Ross, a surgeon at Elm Hospital, said patients waited six hours.", "Ben Ross"),
    ("Professor warns of exam stress\n\nProf. Ana Lee, who teaches at Kelby University, said exams were too long.",
     "Ana Lee"),
    # near misses: a title of another kind, and no title at all, leave the headline's noun as it is
    ("Doctor warns of flu season\n\nProf. Ana Lee said hospitals should prepare now.", "Doctor"),
    ("Doctor warns of flu season\n\nAna Lee said hospitals should prepare now.", "Doctor"),
])
def test_a_headline_title_named_in_the_lede(nlp, text, speaker):
    assert _speakers(nlp, text)[0][1] == speaker


@pytest.mark.parametrize(("text", "source", "speaker"), [
    ("Councillor Ruth Kerr met Judge Eva Lamb on Friday. The judge said the court would sit in May. She said the "
     "delay was regrettable.", "She", "Eva Lamb"),
    ("Ruth Kerr and Eva Lamb led the march. Kerr said the town needed a new school. She said the old one was unsafe.",
     "She", "Ruth Kerr"),
    ("Former Rovers striker Leon Marsh, 54, has been appointed coach of Dunmore Town. The 54-year-old said he was "
     "delighted.", "The 54-year-old", "Leon Marsh"),
    ("Tenants of the Elm Court flats marched on Saturday. They said the landlord, Corran Homes, had raised rents. "
     "The firm said the rise covered repairs.", "The firm", "Corran Homes"),
])
def test_already_right(nlp, text, source, speaker):
    assert dict(_speakers(nlp, text))[source] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Tarven Bank cut its rates. A spokesperson for the bank said borrowers would gain. The lender said savers "
     "would not lose out.", "Tarven Bank"),
    ("A spokesman at the country's biggest bank said rates would rise. The bank said savers were safe.", "bank"),
    # already right and kept: a firm whose name does not end on a firm's noun, one described by its
    # owner and its noun
    ("Orla Foods cut prices. A spokesman for the company said sales had slowed. The firm said it would hire staff.",
     "Orla Foods"),
    ("South Korea's largest carmaker said sales fell. The company said it would cut prices.",
     "South Korea's largest carmaker"),
    ("Portugal's central bank said growth slowed. The minister said taxes would rise. The bank said inflation would ease.",
     "Portugal's central bank"),
])
def test_a_firm_after_its_spokesperson(nlp, text, speaker):
    assert _speakers(nlp, text)[-1][1] == speaker


@pytest.mark.xfail(strict=True, reason="a surname two people share is the one named last, even when the 'he' of its "
                                       "content says it is the other ('namesakes': recency within a paragraph)")
def test_a_surname_shared_by_a_son_and_his_mother(nlp):
    text = ("Ben Cole, 31, was injured in the crash. His mother, Ann Cole, said he was recovering. Cole said he "
            "remembered nothing.")
    assert dict(_speakers(nlp, text))["Cole"] == "Ben Cole"


@pytest.mark.xfail(strict=True, reason="'they' after two bodies joined by 'and' finds no antecedent")
def test_they_after_two_bodies(nlp):
    text = "The players union and the league clashed on Monday. They said the new rules were unfair."
    assert dict(_speakers(nlp, text))["They"] is not None


def test_a_quoted_paragraph_with_no_cue_goes_on_with_the_named_speakers_quotation(nlp):
    # (one record: the bare quoted paragraph continues the quotation closed by 'she said', as PolNeAR marks it)
    text = ('Karen Mole said the firm was sorry. "We let our passengers down," she said.\n'
            '"We are putting on extra trains from Monday."\nPassenger group chair Owen Price said it came too late.')
    shown = [(r.source.text, [c.text for c in r.contents]) for r in top(nlp, text) if r.source is not None]
    assert ("she", ["We let our passengers down", "We are putting on extra trains from Monday"]) in shown, shown
    assert ("she", "Karen Mole") in _speakers(nlp, text)
