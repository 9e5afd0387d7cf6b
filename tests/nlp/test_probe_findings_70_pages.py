"""Pages that are not news, the seventieth session's check of precision (helper I): twenty-eight pages as a
crawler keeps them (``probe_pages_70``: how-to guides and recipes, product pages and reviews, event listings, FAQs,
a privacy notice, a job advert, a netball live page, a novel's extract and a book's blurb, forum posts in the first
person, a newsletter, captions and credits, a cookie banner and navigation, small ads, an app's listing, an audio
guide, a dog-training guide, a comment thread, a school's letter), each report with its hand-written gold, every
other paragraph a line that reports nothing, and the speakers. Every sentence is written for the test.

Counted on main at the session's start (96f19ddf), before any mend, on the first twenty-five pages: reports 22 of
26 right (a source cut short 2, missed 2), lines that report nothing 126 of 132 silent, speakers 6 of 7. First
person narration ('I talked my neighbour into X', 'I called the helpline twice'), orders to the reader ('Tell your
guests to bring X', 'Say "sit" once'), questions, captions, credits, navigation, small ads ('answers to Pilot'),
a job advert's duties ('will report to the café manager'), the privacy page's 'We may share your data' and the
play-by-play's 'Kerr shouts for the ball' gave nothing already. The failures:

- a relative clause with no pronoun and no preposition read by the parser as an aside on the cue ('Most hosts I
  know say X': the source stopped at 'Most hosts'; 'Many farmers I met believe X' is parsed right). Mended
  (``contact_relatives``, a mend before the rules): a finite verb right before the cue whose only word is a
  personal pronoun right before it, with the cue's subject right before that, is the noun's relative clause.
- a maker's claimed figure 'claims a battery life of 30 hours' read as 'claim' in the sense of lives taken
  ('The storm claimed three lives'). Mended (``taken_senses``, ``taken_objects.txt``: 'life' is taken only with
  no noun before it, the tag '+bare').
- the reader's option 'You can ask the valuation office to review your band', 'You can ask us to delete your
  account' read as the reader's request. Mended (``addressed``: 'you', 'can', 'may' or 'could', a verb of
  bidding or asking, an object and an infinitive; not 'Rubio can ask them to X', which PolNeAR train marks, the
  two 'can ask' of train both a named one's).
- an umpire's call, 'The umpire calls contact against Rowe', read as a naming. Mended by the word ('contact +call'
  in ``taken_objects.txt``), and the hyphened 'a time-out' the parser split ('time', '-', 'out'), which the list
  had but the rule never matched (``taken_senses``; the line 'Coach Dana Vick calls a time-out and tells her
  shooters to X' holds a report, so the set's lines do not see it: a test below does).

After these mends: reports 24 of 26, lines 129 of 132, speakers 6 of 7. The three pages written next, to probe the
mends on new shapes ('You may ask the school office to X', 'Buyers we heard from say X', 'Most regulars I talk to
say X', 'a sole life of 1,500 miles'), gave on main reports 2 of 4, lines 12 of 15, speakers 1 of 1; one more
mend came of them: a relative clause ending on its preposition with the cue read as the preposition's object and
the reported clause's verb as the root ('Buyers we heard from say the boots need X', ``stranded``). In all: reports
24 of 30 on main and 27 of 30 after, lines 138 of 147 and 144 of 147, speakers 7 of 8 and 7 of 8. On PolNeAR
train and dev the mends change no record (train 13072 right of 15688 predicted, dev 1416 of 1711, as at the start).

Left, a strict xfail each below: a listing's date before a colon that makes the parser read the verb as a plural
noun of the name ('Sat 13 June, 2pm: Dr X talks about Y'; the words after the colon alone are found, parsed the
same: the label keeps the rule that finds them away, not traced), 'sole' read as an adjective, a credit's
apposition after a dash, a question in a FAQ ('Q: What if I think X?'), an app's request ('Sprout asks for access
to your camera'), the reader's want in a condition answered 'yes', and a maker named in the headline's product
('Lyra, the Swedish maker' read as the 'Lyra V9' of the title). The novel's dialogue ('"Run," she said.') and a
maker's or users' claims are reports as PolNeAR marks them, and are found."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_pages_70 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (page, cue, source) -> why
STILL_WRONG = {
    ("harbour_listings", "talks", "Dr Ines Marlow"):
        "a listing's date and time before a colon ('Sat 13 June, 2pm: Dr X talks about Y') is read by the parser as"
        " the verb's subject ('Sat'), the name a compound of it: no subject that can speak, so no report",
    ("boots_product", "claims", "The brand"):
        "'a sole life of 1,500 miles': the parser reads 'sole' as the adjective 'only', so the test of '+bare', a noun"
        " before 'life', does not see it; an adjective is no mark ('The crash claimed a young life')",
    ("book_blurb", "-", "Iain Sorley, author of Salt Roads"):
        "an apposition after a dash's credit is cut from the source, as in ``probe_webpages_63`` ('- David and Sue,"
        " Ripon'): the credit's name is read alone",
}

#: lines that report nothing but still give a record: (page, line) -> why
STILL_SHOWN = {
    ("tax_faq", "Q: What if I think my home is in the wrong band?"):
        "a reader's belief in a FAQ's question: a condition is a report by the project's convention ('If the minister"
        " says no, X'), and a first-person 'I think' is one PolNeAR marks; nothing tells the question's asker apart",
    ("app_listing", "Sprout asks for access to your camera to identify plants."):
        "an app's request read as a body's ('The city asked for aid', a PolNeAR report): the name is a proper noun,"
        " so ``thing_requests``, for a thing's common noun ('The form asks for X'), does not hold it",
    ("phone_review", "Should you buy it? If you want a small phone with a good camera, yes."):
        "the reader's want in a condition answered 'yes': ``bidden`` holds a condition only before an order, and a"
        " 'you' with 'want' is marked on train as often as not (right 1, wrong 1)",
}

#: speakers still wrong: (page, source) -> why
KNOWN_SPEAKERS = {
    ("vacuum_review", "Lyra, the Swedish maker"):
        "the maker's one-word name is linked to the longer name the headline gives its product ('Lyra V9 review'),"
        " though the apposition says it is the maker",
}

(parsed, test_a_report_on_a_page_is_found, test_a_page_line_that_reports_nothing_gives_no_record,
 test_a_speaker_on_a_page, test_a_page_report_still_wrong, test_a_page_line_still_shown,
 test_a_page_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS)


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 25 and sum(len(lines) for lines in NOT_REPORTS.values()) >= 120


@pytest.mark.parametrize("text", [
    # the reader's option to have someone act (``addressed``)
    "You can ask the council to collect a sofa for a small fee.",
    "You may ask us to correct any details we hold about you.",
    # an official's call in a game and a time-out the parser split at its hyphen (``taken_senses``)
    "The referee called contact on the last play.",
    "Coach Ida Brant called a time-out.",
    "With a minute left, the coach calls a time-out.",
])
def test_a_page_shape_is_no_report(nlp, text):
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, text)] == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a relative clause ending on its preposition, the cue read as its object (``stranded``)
    ("Parents we heard from say the school needs more staff.", "say", "Parents we heard from",
     "the school needs more staff"),
    # a relative clause with no pronoun, read as an aside, stays in the source (``contact_relatives``)
    ("Most teachers I know say the new exams are harder.", "say", "Most teachers I know", "the new exams are harder"),
    ("Several drivers we asked said the junction was dangerous.", "said", "Several drivers we asked",
     "the junction was dangerous"),
    # a maker's figure for a thing's span is a claim (``taken_senses``: 'life +bare')
    ("The maker claims a shelf life of two years.", "claims", "The maker", "a shelf life of two years"),
    # a named one's option is a report, as PolNeAR train marks it; so is what the reader can tell
    ("Ortega can ask the board to delay the vote.", "can ask", "Ortega", "the board to delay the vote"),
])
def test_a_page_report_is_kept(nlp, text, cue, source, content):
    assert [(r.cue.text, r.source.text if r.source else "", r.contents[0].text) for r in top(nlp, text)] == [
        (cue, source, content)]


@pytest.mark.parametrize("text", [
    "The storm claimed three lives.",
    "The fire claimed the life of a firefighter.",
])
def test_lives_taken_are_no_claim(nlp, text):
    assert top(nlp, text) == []
