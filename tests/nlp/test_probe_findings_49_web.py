"""Patterns of the forty-ninth session (helper web): more pages a crawler picks up, of kinds the earlier web
probes left out (a recipe blog, a product page with a customer Q&A, a travel guide, a football live text, a
fiction excerpt, an academic abstract, a biography, terms of service, a job advert, a FAQ, a song's lyrics, a
fixture list, a government guidance page, a house listing, a podcast's show notes). Their biddings, duties,
specs and lists give no record; the cook's children, the locals, the players, the characters, the authors, the
critics, the customers, the singer and the guest still report. New here: a text ending with 'go' no longer
breaks the extractor ('And I can't let you go': ``quote_verbs.quote_verb`` read the token after it), and the
authors' 'we' with a poll verb and a 'that' clause reports as a study does ('Here we show that X', 'We found that
X': ``findings.no_finding``), and the duties of the one a job advert would hire give none, as the reader's do
('The successful candidate will answer calls and explain our services': ``addressed.py``). Every text is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

RECIPE = """Grandma's lemon drizzle cake

Honestly, this is the only lemon cake you will ever need. My kids say it tastes like sunshine, and I have to \
agree. Preheat the oven to 180C. Beat the butter and sugar until pale, then add the eggs one at a time. \
My neighbour swears that a pinch of salt makes all the difference. Don't skip the drizzle! Let me know in \
the comments how yours turned out."""

PRODUCT = """Trekline 40L Hiking Backpack

Weight: 1.2 kg. Capacity: 40 litres. Water-resistant nylon shell with a lifetime warranty.

Customer questions
Q: Does it fit under an airline seat? A: The manufacturer says it meets most cabin size limits, but check with your airline.
Q: Is the rain cover included? A: Yes, it comes in the bottom pocket."""

TRAVEL = """Three days in Porto

The old town is best explored on foot. Locals say the best custard tarts are sold near the cathedral. \
Visitors should book river cruises ahead in summer. Many guides claim the city is at its quietest in \
November. Bring comfortable shoes, because the hills are steep."""

LIVE = """78 min: The referee waves play on despite the appeals for a penalty.
80 min: Smith tells the fourth official that the ball had crossed the line. He is booked for his protest.
84 min: GOAL! Okafor heads in from the corner. 2-1.
90 min: The manager says after the match that his side deserved the win."""

FICTION = """"You're late," said Martha, without looking up from the stove.
Tom hung his coat on the hook. "The bus broke down outside the station."
"It always breaks down," she muttered. He laughed and told her that one day he would buy a car."""

ABSTRACT = """Abstract. Previous studies suggested that sleep loss impairs memory consolidation. Here we show that \
a single night of sleep deprivation reduces recall by 20 percent. We argue that these effects are mediated by \
reduced hippocampal activity. Our results suggest that short naps may offset the deficit."""

BIO = """Helen Marsh (born 1962) is a British marine biologist. She studied zoology at the University of Bristol. \
In 2010 she stated that the North Sea cod stocks were close to collapse. Critics argued that her figures were \
too pessimistic. She was appointed to the Royal Society in 2015."""

TERMS = """Terms of Service

By using this website you agree to these terms. We may change these terms at any time. You must not copy or \
distribute any content without our permission. The company states that it is not liable for any loss arising \
from use of the site."""

JOB = """Customer Service Adviser, full time

We are looking for a friendly and reliable adviser to join our team. The successful candidate will answer \
calls from customers and explain our products clearly. You will report to the team leader. Apply by sending \
your CV to the address below."""

FAQ = """Frequently asked questions

Can I cancel my order? Yes, you can cancel within 14 days of delivery.
Do you ship abroad? We ship to most countries in Europe.
What do other customers say? Most customers tell us that delivery was faster than expected."""

LYRICS = """Lyrics: Northern Lights

I told you I'd come home by morning
You said the road was long and cold
Oh, the northern lights keep calling
And I can't let you go"""

FIXTURES = """First team fixtures, spring season
Sat 4 March: Harfield Town (H), 3pm
Sat 11 March: Westbrook Rovers (A), 3pm
Tue 14 March: Cup quarter-final v Linden United (H), 7.45pm
All fixtures are subject to change. The club secretary says tickets for the cup match are selling fast."""

GOV = """Report a change of circumstances

You must tell HMRC if you change your address or your income changes. You can do this online or by phone. \
If you do not report a change, you may have to pay a penalty. HMRC says most changes are processed within \
ten working days."""

HOUSE = """Charming three-bedroom cottage, Oakbridge

Offers over £325,000. A beautifully presented cottage with a large garden and off-street parking. The current \
owners say the village has a wonderful community spirit. Viewing is highly recommended. Call the agents to \
arrange a visit."""

PODCAST = """Episode 112: Why cities need trees

This week we talk to urban ecologist Dr Sam Ortiz about street trees. Sam explains why a single oak can cool \
a whole street, and argues that councils should plant more native species. Plus: listener questions. Subscribe \
wherever you get your podcasts."""


def _found(nlp, text):
    return [(r.source.text if r.source is not None else None, r.cue.text if r.cue is not None else None, contents(r))
            for r in records(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    # (the cook's chatter and her biddings give no record; her children and her neighbour report)
    (RECIPE, [("My kids", "say", ["it tastes like sunshine"]),
              ("My neighbour", "swears", ["a pinch of salt makes all the difference"])]),
    # (the specs and the seller's plain 'Yes' give none)
    (PRODUCT, [("The manufacturer", "says", ["it meets most cabin size limits"])]),
    # ('Visitors should book ahead' is the guide's advice, no report)
    (TRAVEL, [("Locals", "say", ["the best custard tarts are sold near the cathedral"]),
              ("Many guides", "claim", ["the city is at its quietest in November"])]),
    # ('The referee waves play on' is a signal, no statement)
    (LIVE, [("Smith", "tells", ["the ball had crossed the line"]),
            ("The manager", "says", ["his side deserved the win"])]),
    (FICTION, [("Martha", "said", ["You're late"]), ("she", "muttered", ["It always breaks down"]),
               ("He", "told", ["one day he would buy a car"])]),
    (BIO, [("she", "stated", ["the North Sea cod stocks were close to collapse"]),
           ("Critics", "argued", ["her figures were too pessimistic"])]),
    # (the site's rules to the user give none; its statement of its liability is one)
    (TERMS, [("The company", "states", ["it is not liable for any loss arising from use of the site"])]),
    (FAQ, [("Most customers", "tell", ["delivery was faster than expected"])]),
    # (the singer's lines report, as dialogue does; the text ends with 'go')
    (LYRICS, [("I", "told", ["I'd come home by morning"]), ("You", "said", ["the road was long and cold"])]),
    (FIXTURES, [("The club secretary", "says", ["tickets for the cup match are selling fast"])]),
    # ('You must tell HMRC if X' is a duty, no report)
    (GOV, [("HMRC", "says", ["most changes are processed within ten working days"])]),
    (HOUSE, [("The current owners", "say", ["the village has a wonderful community spirit"])]),
])
def test_such_pages_report_only_who_speaks(nlp, text, expected):
    assert _found(nlp, text) == expected


def test_abstract_reports_earlier_studies_and_the_authors_argument(nlp):
    found = _found(nlp, ABSTRACT)
    assert ("Previous studies", "suggested", ["sleep loss impairs memory consolidation"]) in found
    assert ("We", "argue", ["these effects are mediated by reduced hippocampal activity"]) in found
    assert ("Our results", "suggest", ["short naps may offset the deficit"]) in found


def test_show_notes_report_the_guest(nlp):
    found = _found(nlp, PODCAST)
    assert ("Sam", "explains", ["why a single oak can cool a whole street"]) in found
    assert ("Sam", "argues", ["councils should plant more native species"]) in found


@pytest.mark.parametrize("text", [
    "And I can't let you go",
    "Ready, steady, go",
    "She said she had to go",
    "Let it go",
])
def test_text_ending_with_go_is_read(nlp, text):
    found = _found(nlp, text)
    assert all(cue != "go" for _, cue, _ in found)


@pytest.mark.parametrize("text, source, cue, content", [
    ("She went on: \"We will not give up.\"", "She", "went on", ["We will not give up."]),
])
def test_went_on_before_a_quotation_still_reports(nlp, text, source, cue, content):
    found = _found(nlp, text)
    assert [(s, c) for s, c, _ in found] == [(source, cue)]


@pytest.mark.parametrize("text", [
    "Visitors should book ahead in summer.",
    "The referee waves play on.",
    "You must tell the council if you move house.",
    "By using this site you agree to these terms.",
])
def test_biddings_and_signals_give_no_record(nlp, text):
    assert _found(nlp, text) == []


def test_job_advert_duties_give_no_record(nlp):
    # (and the vacancy, 'We are looking for an adviser to join our team', from the fiftieth session: vacancies.py)
    assert [cue for _, cue, _ in _found(nlp, JOB)] == []


@pytest.mark.parametrize("text", [
    "The successful candidate will answer calls and explain our services to visitors.",
    "The ideal applicant must report to the head chef.",
    "You will explain our products to customers.",
])
def test_the_hires_duties_give_no_record(nlp, text):
    assert _found(nlp, text) == []


@pytest.mark.parametrize("text, source, cue, content", [
    ("The successful candidate said he would cut taxes.", "The successful candidate", "said", ["he would cut taxes"]),
    ("The candidate will argue that taxes are too high.", "The candidate", "will argue", ["taxes are too high"]),
])
def test_a_candidate_still_reports(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]


def test_job_advert_gives_no_record(nlp):  # (the vacancy since the fiftieth session: vacancies.py)
    assert _found(nlp, JOB) == []


def test_abstract_reports_what_the_authors_show(nlp):
    assert ("we", "show", ["a single night of sleep deprivation reduces recall by 20 percent"]) in _found(nlp, ABSTRACT)


@pytest.mark.parametrize("text, source, cue, content", [
    ("We found that the drug halves the risk of a second stroke.", "We", "found",
     ["the drug halves the risk of a second stroke"]),
    ("We find that older voters favour the plan.", "We", "find", ["older voters favour the plan"]),
])
def test_authors_we_with_a_that_clause_report(nlp, text, source, cue, content):
    assert _found(nlp, text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "We showed them the way home.",
    "We found the keys under the sofa.",
    "They showed the visitors around the garden.",
])
def test_we_showing_or_finding_a_thing_gives_no_record(nlp, text):
    assert _found(nlp, text) == []
