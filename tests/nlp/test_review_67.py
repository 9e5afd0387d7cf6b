"""A second reader's check of the sixty-seventh pass's first wave (helpers A, B, D, G, H): for each new or changed
attribution rule, sentences it was not written for, near-misses where it must not fire and true cases worded
otherwise than its own tests. Every sentence is written for this file, with made-up names, places and bodies.

Rules and what this reading found (counted on this file's sentences before any mend of this pass): ``calls_made`` (a
call made or a visit) fine ('called the plan reckless', 'called for', 'called on', 'called the ambulance service a
disgrace' stay reports; 'called the fire brigade', 'called 999', 'called at the shop' report nothing).
``talks_given`` (a talk given with nothing said) over-fired on a stance or a topic held in a phrase it took for a
setting: 'gave a speech in support of the strike', 'in defence of the tax', 'made a speech for independence', 'gave
a talk to pupils on knife crime' were each read as a bare talk (4 of the 14 phrases checked); mended in
``talks_given``: a phrase whose noun is a stance (``stance_nouns.json``, ``talk_stance_nouns.txt``) or holds an
'about' or a topic's 'on' phrase is no setting, and 'for' gives one only with a time or people after it. It still
under-fires on 'on the steps of the town hall' (an 'on' phrase of place is read as a topic, by design) and 'sermon'
(not in ``talk_event_nouns.txt``; listed since). ``titled_verbs`` fine. ``carried_displays`` over-fired: any verb whose object is
a sign made its subject the sign's speaker ('Police seized placards reading "X"', 'Vandals defaced a sign reading
"Y"', 'The court banned posters reading "Z"', 'Council workers removed a banner reading "W"': 4 of 4); mended in
``carried_displays``: only a verb of carrying, raising, wearing or putting up (``display_carrying_verbs.txt``) gives
a carrier. It under-fired on 'flags' and 'badges' (mended since: ``display_nouns.txt``). ``quoted_ends`` fine as train
marks it (the quotation ends at its mark before 'at', 'as', 'when', 'while', 'before', 'during'; not a quotation
closing inside itself, 'said "X at noon"'). The handled-object change fine. ``mute`` car and vehicle, and a machine
as a passive's agent, fine ('Drivers were warned by the regulator', 'told by the carmaker', 'by air traffic control'
stay reports). ``drawn_criticism`` after a preposition of time fine. 'Our article' muted over-fired on a subject
whose own noun is another ('Our story's main source, a former clerk, said X' gave nothing); mended in ``mute``: the
subject's head must be the piece. ``who_names`` fine (a firm before ', who' is still read whole as the source).
``salutations`` fine ('Sir Tom Hale said', 'Sir Tom Hale, the chairman, said', 'Dame Ada Kerr' untouched).
``labelled_clauses`` fine. The split-quotation aside (``build``) fine. ``paragraph_phrases`` fine. The trade verbs
'found', 'lead', 'organise' fine (a council leader named apart keeps her own name; 'who found the body' is no
founder); ``role_synonyms``' any-firm nouns take a trust's chief for 'the company's boss' (kept below as a strict
xfail), and 'the firm's chief' did not reach a chief executive named with the firm's possessive (it does since
helper L's mend). The headline's order ('Call 101 if you think X',
``bidden``) under-fired on 'Ring the helpline if you believe X' ('Ring' tagged a proper noun); mended in ``bidden``:
a proper noun at the root with an object is the order's verb.

Of the 122 checks here, 105 passed on main before the mends and 115 after (7 strict xfails left); the 10 mended
are the four talks, the four signs, 'Our story's main source' and 'Ring the helpline'. On PolNeAR train the four
mends change no record (13049 right of 15662 before and after); dev 1416 of 1711 before and after."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.calls_made import call_made
from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.talks_given import bare_talk
from sourcebook.nlp.attribution.titled_verbs import titled_verb


def _with_cue(found, cue):
    return [r for r in found if r.cue is not None and cue in r.cue.text.split()]


def _bare(text):
    return text.strip("\"'\u201c\u201d")


# ---------------------------------------------------------------------------------------------- no report


@pytest.mark.parametrize(("text", "cue"), [
    # a call made or a visit (``calls_made``)
    ("A neighbour called the fire brigade at 3am.", "called"),
    ("Staff called an ambulance when the man collapsed.", "called"),
    ("Her husband called 999 after the crash.", "called"),
    ("Officers called at the shop twice last week.", "called"),
    ("The driver called a taxi from the station.", "called"),
    ("I called my mother on Sunday.", "called"),
    ("Volunteers called the coastguard shortly before midnight.", "called"),
    ("Ms Rowe called her lawyer after the hearing.", "called"),
    # a talk given with nothing said (``talks_given``)
    ("Professor Ilse Varga will deliver a lecture at Orwell College next month.", "deliver"),
    ("The candidates held a debate in the school hall on Thursday evening.", "held"),
    ("He gave his first interview since the crash to a local radio station.", "gave"),
    ("The mayor gave a short speech to volunteers at the depot.", "gave"),
    # a title in quotation marks (``titled_verbs``)
    ('The band closed with "Tell Me Why" and an encore.', "Tell"),
    ('Her memoir, "Nobody Asked Me", sold 40,000 copies.', "Asked"),
    ('Tickets for "Speak Softly and Carry On" go on sale today.', "Speak"),
    ('He starred in "Letters from Home Say Goodbye" in 2019.', "Say"),
    # a car's chime, a machine as a passive's agent (``mute``)
    ("The car tells the driver when the battery needs charging.", "tells"),
    ("The vehicle warns drivers that a tyre is soft.", "warns"),
    ("Drivers are warned by the car when a door is open.", "warned"),
    ("Passengers were told by the app that the train was late.", "told"),
    # the paper's own earlier piece (``mute``)
    ("Our article of 12 June stated that the mill had closed.", "stated"),
    ("Our earlier piece wrongly said the mayor had resigned.", "said"),
    ("Correction: An earlier version of this story said the mill had closed.", "said"),
    # complaints a body acted on (``drawn_criticism``)
    ("The board opened an inquiry after complaints from parents.", "complaints"),
    # a quotation opening the paragraph below, a title
    ('Orwell library reopens its doors\n\n"Reading Together", a club for parents, meets there on Mondays.', "reopens"),
    # boxes that read nothing
    ("They carried boxes reading glasses and old letters.", "reading"),
])
def test_a_lookalike_reports_nothing(nlp, text, cue):
    assert _with_cue(records(nlp, text), cue) == []


@pytest.mark.parametrize("text", [
    # a sign taken, spoiled or removed shows no words of those who did it (mended: ``carried_displays``)
    'Council workers removed a banner reading "Strike on Monday".',
    'Police seized placards reading "Burn the bank".',
    'Vandals defaced a sign reading "Welcome to Kelby".',
    'The court banned posters reading "Jail the judges".',
])
def test_a_sign_taken_or_spoiled_is_not_its_takers_words(nlp, text):
    subject = text.split(" ")[0]
    assert not [r for r in records(nlp, text) if r.source is not None and r.source.text.split(" ")[0] == subject
                and r.cue is not None and r.cue.text in ("reading", "read")]


# ---------------------------------------------------------------------------------------------- reports kept


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # naming, judging, calling for or on: still reports
    ("Critics called the plan reckless.", "called", "Critics", "the plan reckless"),
    ("Ms Dorran called the police response slow and confused.", "called", "Ms Dorran", None),
    ("The senator called for an inquiry into the fire.", "called", "The senator", None),
    ("Residents called on the police to release the footage.", "called", "Residents", None),
    ("She called the doctor a fraud in front of patients.", "called", "She", None),
    ("The governor called the ambulance service a national disgrace.", "called", "The governor", None),
    ('The club called the fans who ran on the pitch "a disgrace".', "called", "The club", None),
    ('The minister called the strike "reckless" after talks failed.', "called", "The minister", None),
    # a talk with its words
    ("The minister gave an interview to the Kelby Post in which she ruled out a merger.", "ruled", "she", None),
    ("Ms Ardo gave a speech in Brell in which she promised to cut fares.", "promised", "she", "to cut fares"),
    # quotations in ordinary case, a verb of saying capitalised in a quotation that is speech
    ('"Tell Anna the truth," he said.', "said", "he", "Tell Anna the truth"),
    ('Protesters chanted "Say No To The Quarry" outside the gates.', "chanted", "Protesters", "Say No To The Quarry"),
    ('Mr Hale told the court: "I Never Said That."', "told", "Mr Hale", None),
    ('"Mary said no," Tom Brack recalled.', "recalled", "Tom Brack", "Mary said no"),
    # a sign carried, raised or held: the carrier's words
    ('A woman brandished a placard which read "Shame on you".', "read", "A woman", "Shame on you"),
    ('Students held up signs that read "Books not bombs".', "read", "Students", "Books not bombs"),
    # a quotation right after its cue ends at its mark before a phrase of when or how ...
    ('The crowd shouted "Shame!" as the minister left.', "shouted", "The crowd", "Shame!"),
    ('He said "yes" when asked whether he would stand.', "said", "He", "yes"),
    ('She said "we will be back at noon tomorrow" before leaving.', "said", "She", "we will be back at noon tomorrow"),
    ('The crowd chanted "No more cuts" while the council met.', "chanted", "The crowd", "No more cuts"),
    # ... but not inside it, nor when the quotation goes on into the content
    ('He said "the talks broke down at dawn".', "said", "He", "the talks broke down at dawn"),
    ('She said "tea at four" was the rule in her house.', "said", "She", '"tea at four" was the rule in her house'),
    ('He called the plan "a disgrace" at a meeting on Monday.', "called", "He", None),
    # a slogan's words are no thing handled
    ('Fans chanted "Sack the board" at the final whistle.', "chanted", "Fans", "Sack the board"),
    # a car in a body's name or a maker's, and people or bodies as a passive's agent
    ("The car maker said the fault affected 4,000 vehicles.", "said", "The car maker", None),
    ("Car dealers say sales have collapsed.", "say", "Car dealers", None),
    ("The vehicle licensing agency said the records were lost.", "said", "The vehicle licensing agency", None),
    ("Drivers were warned by the regulator that the brakes could fail.", "warned", "the regulator", None),
    ("Owners were told by the carmaker that the airbags would be replaced.", "told", "the carmaker", None),
    ("Pilots were warned by air traffic control that the runway was closed.", "warned", "air traffic control", None),
    # a stance with its own topic, or faced
    ("The minister resigned amid criticism from unions over the cuts.", "criticism", "unions", "the cuts"),
    ("The council faces complaints from residents about the noise.", "complaints", "residents", "the noise"),
    ("The firm drew criticism from regulators.", "criticism", "regulators", None),
    # 'our' with another noun (mended: ``mute``)
    ("Our report found that one in four pupils skips breakfast.", "found", "Our report", None),
    ("Our story's main source, a former clerk, said the files were burned.", "said",
     "Our story's main source, a former clerk", "the files were burned"),
    # a firm before ', who' stays the source, whatever the name's first word
    ("Harper Collins, who published the memoir, said it would not be withdrawn.", "said",
     "Harper Collins, who published the memoir", None),
    ("Jordan Freight, who employ 200 people in Kelby, said the depot would close.", "said",
     "Jordan Freight, who employ 200 people in Kelby", None),
    # salutations, and titles that are no salutation
    ("Sir, the head of Marl Housing is quoted as saying rents will rise.", "saying", "the head of Marl Housing", None),
    ("Madam, \u2014 your correspondent claims the ferry is safe.", "claims", "your correspondent", None),
    ("Sir Tom Hale said the theatre would reopen in May.", "said", "Sir Tom Hale", None),
    ("Sir Tom Hale, the chairman, said the theatre would reopen.", "said", "Sir Tom Hale, the chairman", None),
    ("Dame Ada Kerr said the prize would be shared.", "said", "Dame Ada Kerr", None),
    # a line's label before a clause
    ("Update: The club has since said that the match will go ahead.", "said", "The club", None),
    ("Update: Police have since confirmed that two men were arrested.", "confirmed", "Police", None),
    ("Editor's note: The ministry later denied that any files were lost.", "denied", "The ministry", None),
    ("Kelby: Police said a man had been arrested.", "said", "Police", "a man had been arrested"),
    # a split quotation whose first half holds a report
    ('"The board keeps telling us that nothing will change," said Ines Varro. "We stopped believing it."', "said",
     "Ines Varro", "The board keeps telling us that nothing will change"),
    ('"My father always said the river would flood," Tam Oduya recalled. "He was right."', "recalled", "Tam Oduya",
     "My father always said the river would flood"),
    # a quotation below a report: another's cue, or the report's own words across the break
    ('The minister said the port would reopen in May.\n\n"It will be ready, whatever the weather," she added.', "added",
     "she", "It will be ready, whatever the weather"),
    ('Union leader Cara Vell warned of deep cuts.\n\n"The money has simply run out."', "warned",
     "Union leader Cara Vell", "deep cuts"),
    ('The coach announced his squad on Friday.\n\n"Little Brell", as fans call the youngest player, is in it.',
     "announced", "The coach", "his squad"),
    # a reader's view with a subject of its own, after a headline
    ("Brell water supply restored\n\nEngineers think the pipe burst because of the frost.", "think", "Engineers", None),
])
def test_a_report_beside_a_rule_is_kept(nlp, text, cue, source, content):
    found = _with_cue(records(nlp, text), cue)
    assert any(r.source is not None and r.source.text == source and (
        content is None or r.contents and _bare(r.contents[0].text) == _bare(content)) for r in found), [
        (r.cue.text, r.source.text if r.source else None, contents(r)) for r in found]


# ---------------------------------------------------------------------------------------------- the rules' tests


@pytest.fixture(scope="module")
def lex():
    return lexicon()


def _token(nlp, text, word):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(("text", "verb", "bare"), [
    # a stance or a topic on a phrase is no setting (mended)
    ("She gave a speech in support of the strike.", "gave", False),
    ("He gave a speech in defence of the new tax.", "gave", False),
    ("She made a speech for independence at the rally.", "made", False),
    ("He gave a talk to pupils on knife crime.", "gave", False),
    ("The chief held a briefing on the flood defences.", "held", False),
    ("He delivered an address calling for calm.", "delivered", False),
    ("She gave an interview in which she denied the claims.", "gave", False),
    ("The senator made a speech about rents in Brell.", "made", False),
    # where, when and to whom
    ("The candidates held a debate in the school hall on Thursday.", "held", True),
    ("The minister will hold a briefing for reporters at noon.", "hold", True),
    ("The professor delivered her first lecture in 1998.", "delivered", True),
    ("The mayor gave a speech to supporters on Sunday.", "gave", True),
    pytest.param("The mayor gave a speech on the steps of the town hall.", "gave", True, marks=pytest.mark.xfail(
        strict=True, reason="an 'on' phrase is a setting only with a day or a time: 'on the steps' is read as a topic")),
    ("The bishop gave a sermon in the cathedral on Sunday.", "gave", True),  # ('sermon' listed since the 68th pass)
])
def test_a_bare_talk(nlp, lex, text, verb, bare):
    assert bare_talk(lex, _token(nlp, text, verb)) is bare


@pytest.mark.parametrize(("text", "made"), [
    ("The union called a strike for Monday.", False),
    ("She called the decision a disgrace.", False),
    ("He called the police chief to demand answers.", False),
    ("Mr Okoro called them liars in court.", False),
    ("They called him at home after the vote.", True),
    ("A passer-by called the police at 2am.", True),
    ("Staff called 911 within minutes.", True),
    ("Detectives called at the flat on Friday.", True),
])
def test_a_call_made(nlp, lex, text, made):
    assert call_made(lex, _token(nlp, text, "called")) is made


@pytest.mark.parametrize(("text", "word", "title"), [
    ('The choir sang "Tell Me Why" at the vigil.', "Tell", True),
    ('Her novel "Nobody Said Goodbye" won the prize.', "Said", True),
    ('He shouted "STOP" and then "Say Nothing Now" to the crowd.', "Say", True),
    ('"Ask Ben," she said.', "said", False),
    ("Mayor Says Bridge Will Reopen", "Says", False),
    ('The mayor said: "Brell Says No to the Quarry."', "said", False),
])
def test_a_titled_verb(nlp, text, word, title):
    assert titled_verb(_token(nlp, text, word)) is title


# ---------------------------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(("text", "source", "speaker"), [
    # 'organise', 'found', 'lead' make the role (``trade_verbs.txt``), the name before ', who' a person
    ("Tilda Brannock, who organised the march, said it had been peaceful. The organiser added that 3,000 people came.",
     "The organiser", "Tilda Brannock"),
    ("Osric Penhale, who founded the food bank in 2009, said demand had doubled. The founder said volunteers were "
     "exhausted.", "The founder", "Osric Penhale"),
    ("Marit Solberg, who leads the nurses' union, said the offer was an insult. The leader said a strike was likely.",
     "The leader", "Marit Solberg"),
    # a leader named apart keeps her own name
    ("Bram Ellery, who led the walkout, said the staff would not return. The council leader, Ines Daro, said the "
     "talks would go on.", "The council leader, Ines Daro", "Ines Daro"),
    # 'the company's boss', a firm's chief (``any_firm_nouns.txt``)
    ("Velmor Motors chief executive Dana Pike said the recall would cost \u00a340m. The company's boss said no one had "
     "been hurt.", "The company's boss", "Dana Pike"),
    # a role written with the firm's name in the possessive names the body (helper L's ``role_synonyms._owned_by_name``)
    ("Harlan Freight's chief executive, Rena Tovey, said fuel costs had doubled. The firm's chief said prices would "
     "rise.", "The firm's chief", "Rena Tovey"),
])
def test_a_role_named_again(nlp, text, source, speaker):
    found = [r for r in records(nlp, text) if r.source is not None and r.source.text == source]
    assert [r.speaker for r in found] == [speaker]


@pytest.mark.parametrize(("text", "source", "not_speaker"), [
    # 'who found the body' is 'find': no founder
    ("Edda Voss, who found the body, said she called the police at once. The finder said she was shaken.",
     "The finder", "Edda Voss"),
    # a trust's chief is no company's boss (``role_bodies.kind_elsewhere``, mended in pass 68)
    ("The chief executive of the Kelby Trust, Ansel Moor, said the museum would close. The company's boss said "
     "the site would be sold.", "The company's boss", "Ansel Moor"),
])
def test_a_role_not_named_again(nlp, text, source, not_speaker):
    found = [r for r in records(nlp, text) if r.source is not None and r.source.text == source]
    assert found and all(r.speaker != not_speaker for r in found)


# ---------------------------------------------------------------------------------------------- under-firing


# ('flag' and 'badge' show words since ``display_nouns.txt``, helper Q)
@pytest.mark.parametrize("text", ['Supporters waved flags reading "Free Ilya Marsh".',
                                  'Many nurses wore badges reading "Nurses not robots".'])
def test_a_flag_or_badge_carried(nlp, text):
    assert _with_cue(records(nlp, text), "reading")


def test_a_readers_view_in_an_order_tagged_a_name(nlp):
    # 'Ring' after a headline is tagged a proper noun: with an object it is the order's verb (mended: ``bidden``)
    text = "Brell water supply restored\n\nRing the helpline if you believe your water is still unsafe."
    assert _with_cue(records(nlp, text), "believe") == []


@pytest.mark.xfail(strict=True, reason="a single turn of a transcript is its speaker's only when the article names "
                   "the speaker or the label has a title; 'DEV ANSARI:' between 'NORA QUILL:' and 'QUILL:' is neither")
def test_a_single_turn_between_one_speakers_two(nlp):
    text = "NORA QUILL: We asked for a bridge.\nDEV ANSARI: And we were given a ferry.\nQUILL: A ferry that sank."
    assert [r.source.text for r in records(nlp, text) if r.source is not None] == ["NORA QUILL", "DEV ANSARI", "QUILL"]
