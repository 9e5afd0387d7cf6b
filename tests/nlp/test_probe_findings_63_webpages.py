"""Web-page check of the sixtieth session (helper K, issue 12: 'Tried on real web pages, non-statements appear'):
forty-eight pages a crawler keeps after boilerplate removal that are mostly no news (``probe_webpages_63``:
recipes, product pages with customer reviews and a spec table, how-to guides, FAQs, a pharmacy leaflet, forum
threads, first-person blogs, event listings, job adverts, 'About us' pages, a press release with its boilerplate,
cookie and newsletter notices, navigation remnants, course outlines, a travel guide, fixtures, weather pages,
testimonials, a menu, a used-car advert, show notes, terms of sale, a packet's label, press quotes for a play, an
app's listing, a photo gallery), each report with its hand-written gold (a word of the cue, the source, the first
content) and every other paragraph a line that reports nothing. Every sentence is written for the test.

The gold follows PolNeAR where the brief's shapes meet its conventions, counted on its train split: a writer's
first person is a report ('We asked our readers what X': a top-level 'We' source is right 25 times and wrong 4;
'I' 52 and 28), as are 'wonder', 'remember', 'regret', 'promise' and 'believe in' (cues it marks), 'Locals will tell
you X' and a reviewer's 'Customer service asked me to X'.

Counted on main before any mend (da2b38dd, all forty-eight pages): reports 21 of 29 right (a wrong source 2, a
content cut wrong 2, missed 4), lines that report nothing 265 of 276 silent. The 11 lines shown, by shape: a
label before a colon 5 (a post's byline repeated, read as a transcript's turn, 'Reply from Maltfloor: X' twice; a
figure's label, 'Easy Access Saver: 3.1% AER variable.' twice; a heading, 'Harvest diary: X'), a thing for the
source 3 ('The chart below shows X', 'The pattern asks for X', 'The packet says to X'), an ability or a demand 2
('students will be able to explain X', 'Candidates should state X') and a first-person noun cue 1 ('Our verdict:
X'). None from an order to the reader ('Ask your pharmacist', 'Tell your doctor if X', 'Call in and say hello'),
a question ('Says who?', 'Anyone know if X?', 'Who knows what X?'), a body part begging ('my lungs begging for
air'), 'No one knows X', 'Nobody can beat X', a purpose ('A panel will meet to decide whether X'), a figure of
tearing out ('ripped out the fickle old vines'), 'the recipe calls for', a list item, a menu or a fixture line.

Mended: a figure the page points at ('The chart below shows X', 'This graph shows Y', 'Figure 2 shows Z':
``page_figures``), a saying promised or demanded after 'will/should/must be able to' (``abilities``; not a belief,
'should be able to expect X', which PolNeAR marks), a thing that asks for what it needs or asks you to act ('The
form asks for X', 'The game asks you to Y': ``thing_requests``; not 'a quiz asked readers to guess X', nor a place
or a body, 'the city asked for aid'), a colon after a figure's label with an amount and no finite verb or after a
post's byline, the page's own text under its writer's name as a blog's is (``page_labels``; not a transcript's
turn, 'OKAFOR: 40 percent.'), and a home town after an inverted speaker ('says Callum from Dundee', ``hometowns``:
PolNeAR's sources are maximal, 'a teacher from Mount Pleasant'). None changes a record of PolNeAR's train or dev
split (the first forms of ``thing_requests`` and ``abilities`` lost 'a quiz asked readers to X' and 'should be
able to expect X' on train and were narrowed). After: reports 22 of 29, lines 272 of 276. The rest is listed in
``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a strict xfail each, so that a mend shows as a pass."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_records import top
from probe_webpages_63 import ARTICLES, GOLD, NOT_REPORTS

#: why an apposition after the content's noun stays out of it
_APPOSITION = ("the content stops before an apposition on its last noun ('the launch of Beacon, a sales dashboard that"
               " X'): extending contents over appositions did not pay on PolNeAR train")

#: reports still missed or cut wrong: (page, cue, source) -> why
STILL_WRONG = {
    ("swim_blog", "wonder", "I"):
        "a first-person 'I wonder why X' is left out as the writer's musing; PolNeAR marks 'wonder' as a cue (7 times on"
        " train), but its 'I wonder' are too few (2) to measure",
    ("knitting_blog", "realised", "I"):
        "'Halfway up the back I realised X': the parser hangs the opening phrase so that 'realised' loses its subject"
        " ('Later I realised X' is found)",
    ("software_release", "announced", "Kestrel Analytics"): _APPOSITION,
    ("library_events", "discusses", "local novelist Grace Oyelaran"): _APPOSITION,
    ("testimonials", "-", "David and Sue, Ripon"):
        "a place after a comma closing a dash's speaker ('- David and Sue, Ripon') is the parser's apposition of the"
        " first name, cut from the source as an apposition would be",
    ("history_module", "argues", "Marlowe (2011)"):
        "a line's label before a colon ('Seminar reading: Marlowe (2011) argues that X') takes the line for its"
        " content; a label is told from a speaker ('IG report: X', right on train) by no word of its own",
    ("theatre_press", "wrote", "Tom Ashdown in the Evening Courier"):
        "a quotation after a dash's credit ('\"X.\" - The Gazette') is grouped with the one before as its second"
        " part; quotation grouping changes did not pay on PolNeAR train",
}

#: lines that report nothing but still give a record: (page, line) -> why
STILL_SHOWN = {
    ("vineyard_blog", "Harvest diary: the year the frost came late"):
        "a heading before a colon reads as a speaker's label (colon cues right 105 times and wrong 36 on train; a"
        " document's label, 'IG report: X', 'WSJ editorial: X', is right)",
    ("blender_review", "Our verdict: the best blender under £150 we have tested."):
        "a first-person noun cue ('our verdict: X'): PolNeAR marks a writer's first person (a top-level 'We' right 25"
        " times and wrong 4 on train)",
    ("sales_manager_job", "Candidates should state their current salary and notice period in their covering letter."):
        "a saying demanded with 'should' or 'must' is marked as often as not (train: 9 right, 10 wrong, 'Applicants"
        " must promise to X' right)",
    ("pasta_packet", "The packet says to stir gently to separate the strands."):
        "a thing's printed words that 'say to X' are a text's to the earlier written sets ('The recipe card says to"
        " bake X', ``probe_web_55``); only the sense of 'packet' tells the figure",
}


(parsed, test_a_report_on_a_web_page_is_found, test_a_web_line_that_reports_nothing_gives_no_record, _,
 test_a_web_report_still_wrong, test_a_web_line_still_shown, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN)


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and sum(len(lines) for lines in NOT_REPORTS.values()) >= 150


@pytest.mark.parametrize("text", [
    # a figure the page points at (``page_figures``)
    "The table below shows prices for each size.",
    "This graph shows how rents have changed since 2010.",
    "Figure 2 shows the results for each group.",
    "Our map shows every stop on the line.",
    # a saying promised or demanded after 'be able to' (``abilities``)
    "By the end of the course students will be able to explain the difference between weather and climate.",
    "Pupils should be able to describe how a glacier carves a valley.",
    # a thing that asks for what it needs, or asks you to act (``thing_requests``)
    "The form asks for your postcode and date of birth.",
    "The recipe asks for two eggs and a pinch of salt.",
    "The puzzle asks you to find twelve hidden keys.",
    # a figure's label and a post's byline before a colon (``page_labels``)
    "Easy Access Saver: 3.1% AER variable. Withdraw whenever you like.",
    "Pro Plan: £9 a month, billed yearly.",
    "Comment by Jenny_K: Lovely photos, thanks for sharing.",
    "Reply from Maltfloor: Not dead, just hungry.",
])
def test_a_page_shape_is_no_report(nlp, text):
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a figure named with no pointer stays its makers' finding; a document asks
    ("The outage map showed the heaviest damage in the north.", "showed", "The outage map",
     "the heaviest damage in the north"),
    ("The petition asks the council to reopen the pool.", "asks", "The petition", "the council to reopen the pool"),
    ("The manual says to charge the case fully.", "says", "The manual", "to charge the case fully"),
    ("The city asked for federal aid.", "asked for", "The city", "federal aid"),
    ("Last week a quiz asked readers to guess whether the lines came from the film.", "asked", "a quiz",
     "whether the lines came from the film"),
    # an ability told, and a belief one should be able to hold
    ("He was able to confirm that the talks had failed.", "confirm", "He", "the talks had failed"),
    ("Women should be able to expect a better balance of commentary.", "expect", "Women",
     "a better balance of commentary"),
    # a colon with a clause after an amount is a statement
    ("Mayor Holt: 40 jobs will go at the depot.", ":", "Mayor Holt", "40 jobs will go at the depot"),
    # a home town after an inverted speaker is part of the source (``hometowns``)
    ('"Great value," says Jo from Leeds.', "says", "Jo from Leeds", "Great value"),
    ('"It works," said Ken Hall from Otley.', "said", "Ken Hall from Otley", "It works"),
    ('"It was fine," says Jo from experience.', "says", "Jo", "It was fine"),
    ('"We will fight on," the senator said from Washington.', "said", "the senator", "We will fight on"),
])
def test_a_report_near_a_page_shape_stays(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content)
    assert found, there
