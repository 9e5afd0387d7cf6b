"""Forums, FAQs, help pages and comment threads, the seventy-first pass's check (helper A): thirty pages and three more
written after the first mends (``probe_forums_71``: forum threads with 'Posted by' lines, user names, 'Quote from
X:' blocks, '@X I agree that Y' replies and signatures; FAQs and help pages with 'Q:' and 'A:' lines or question
headings; a product's 'Question:' and 'Answer:' lines; reviews quoting staff; community notices; a news story's
comment section; a Reddit-like thread; forum users reporting what an official, a landlord or a doctor told them;
news reports about forum posts; and one Q-and-A interview with a named interviewee), each report with its
hand-written gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start (dacdcb17), before any mend, on the thirty pages as first written: reports 42
of 45 right, lines that report nothing 104 of 108 silent, speakers 4 of 7. The FAQs' 'Q:' and 'A:' lines and the
question headings gave nothing already (``markers``: an 'A:' under a page's own questions, 'Can I X?', is no one's
answer), and so did every 'Posted by' line, 'Quote from X:' block, signature and counter ('Likes: 4', '214
comments'). Of the misses, one was my gold ('@riverfox92 I agree that the bins are small, but the lorry comes every
week now': the 'but' clause is the poster's own, not what is agreed; the gold now ends at 'small'), and a developer's
'We are aware of the crash' is a report as train marks it ('aware' in 12 cues), moved from the lines to the gold; the
headline 'Rail firm says X', 'The company has not said how many trains will run' and 'When we complained about the
wait' were in neither list and were added to the gold, and two speakers to ``SPEAKERS`` ('he' after 'I spoke to a
ranger', 'Sal from Polwenna:'). On that final gold, main gave reports 47 of 49, lines 104 of 107, speakers 5 of 10:

- a product page's 'Question:' and 'Answer:' lines under 'Customer questions and answers': each answer a report of
  the source 'Answer'. ``markers`` checked an answer's label for a page's own questions only when it was 'A'.
  Mended (``interviews.unnamed_answer``, ``answer_labels.txt``): any label that names no one ('A', 'Answer', 'Ans')
  is checked so; an interview with a named interviewee under 'Question:' and 'Answer:' keeps its answers (a test
  below).
- a forum post's own 'I' ('I think the new bins are too small', under 'Posted by riverfox92 on 3 May') had no
  speaker: the writer of an article's 'I' is read from a 'By' byline only (``writers``), one for the page. Mended
  (``post_bylines``): the 'I' outside quotation marks is the user named on the last 'Posted by' line above it, the
  name without its date, time or note ('Posted by u/tidewalker 5 hours ago', 'Stonehollow Games (developer)');
  'Posted by' opens a byline (``candidate.byline_line``), so a name on it is no antecedent: 'I spoke to a ranger
  ... and he said X' under 'Posted by Hillwalker Jen' no longer gives Jen as the ranger's speaker (it gives none:
  below).

After these mends: reports 47 of 49, lines 106 of 107, speakers 8 of 10. The two threads written next, to probe
the mend, quote other posts ('Originally posted by bramble_jo' on a line of its own above the words quoted, 'Quote
from quizmaster_dan: I think X'): on main reports 7 of 8, lines 6 of 6, speakers 0 of 4; with the mend as first
made the quoted words' 'I' was the quoting poster's, so it was extended (``post_bylines``: the 'I' on a 'Quote from
X:' line, or in the one paragraph under a header line naming X alone, 'Originally posted by X' or 'X wrote:', is
X's), giving speakers 4 of 4. The last page, a story's comments each under a line 'Mary Hobbs says:' and its time,
gave on main reports 4 of 4, lines 5 of 5, speakers 0 of 2; the comment's 'I' is now the name on that line, as after
'Posted by' (``post_bylines``; a pronoun or a phrase opening the line, 'He said:', names no one), speakers 2 of 2.
In all: reports 58 of 61 on main and after, lines 115 of 118 and 117 of 118, speakers 5 of 16 and 14 of 16. On PolNeAR
train and dev the mends change no record (train 13083 right of 15697 predicted, dev 1416 of 1711, as at the start;
no PolNeAR text has a 'Posted by' line).

Left, a strict xfail each below: 'I doubt it.' (a belief verb with a bare 'it' for its object, found
nowhere); two content ends (a clause the poster adds after 'and' kept in the landlord's
content; a reason after 'because' cut from a moderator's), which the earlier passes' boundary work did not settle
(no variant reached 2:1 on train); a page's vote counter ('12 of 13 people found this helpful', a report by the
convention that 'X found Y adj' is one); a 'he' whose antecedent was the object of 'spoke to'; and a commenter's
name before 'from' and a place ('Sal from Polwenna:'), read as the place."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_forums_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (page, cue, source) -> why
STILL_WRONG = {
    ("hedge_thread", "doubt", "I"):
        "'I doubt it.': a verb of belief whose object is a bare 'it' standing for the claim before it gives no record"
        " (PolNeAR marks such an object, 'you don't like it'); no rule reads a pronoun as a content",
    ("tenant_forum", "said", "My landlord"):
        "'My landlord said he would fix the boiler before Christmas and nothing has happened': the clause after 'and'"
        " is the poster's, but the parser joins it to the reported clause; content ends were tried in many variants"
        " and none reached 2:1 on train",
    ("locked_thread", "said", "A moderator"):
        "'A moderator said the thread had been closed because several posts named teachers': the parser hangs the"
        " 'because' clause on 'said', so the reason is cut from the content (the same boundary work as above)",
}
#: lines that report nothing but still give a record: (page, line) -> why
STILL_SHOWN = {
    ("kettle_questions", "12 of 13 people found this helpful."):
        "a page's vote counter read as people finding a thing helpful, a report by the project's convention ('I find X"
        " adj'); nothing but the words of the counter tells it apart, and a rule for them would fit this line only",
}
#: speakers still wrong: (page, source) -> why
KNOWN_SPEAKERS = {
    ("trail_thread", "he"):
        "'I spoke to a ranger at the visitor centre and he said X': a description is an antecedent only as a subject"
        " (``descriptions.described``), not as the object of 'spoke to'; main gave the poster 'Hillwalker Jen' of the"
        " 'Posted by' line, now a byline, so no one now",
    ("warden_comments", "Sal from Polwenna"):
        "a commenter's first name before 'from' and a place ('Sal from Polwenna:') is read as the place: the NER tags"
        " 'Polwenna' alone, 'Sal' no person",
}

(parsed, test_a_report_on_a_forum_page_is_found, test_a_forum_line_that_reports_nothing_gives_no_record,
 test_a_speaker_on_a_forum_page, test_a_forum_report_still_wrong, test_a_forum_line_still_shown,
 test_a_forum_speaker_still_wrong, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS)


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


_PRODUCT_QA = """Pushchair questions and answers

Question: Does it fold small enough for a hatchback?

Answer: Yes, it folds to 60 cm.

Question: Is the hood waterproof?

Answer: The hood is, the basket is not.
"""

_NAMED_QA = """Ravi Anand has coached the county side for ten years. We met him before the final.

Question: What changed this season?

Answer: We finally have a fit squad.

Question: Can you win the league?

Answer: Of course we can.
"""


def test_a_page_answer_under_a_label_naming_no_one_is_no_report(nlp):
    # a product page's own answers ('Answer:' checked as 'A:' is: ``interviews.unnamed_answer``)
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, _PRODUCT_QA)] == []


def test_an_interview_under_answer_labels_keeps_its_answers(nlp):
    assert [(r.source.text if r.source else None, r.speaker) for r in top(nlp, _NAMED_QA)] == [
        ("Answer", "Ravi Anand"), ("Answer", "Ravi Anand")]


@pytest.mark.parametrize(("text", "speakers"), [
    # a post's own 'I' is the user its 'Posted by' line names, without the date or time after it (``post_bylines``)
    ("Posted by Greta Moorcroft on 8 March\n\nI think the market should stay on Sundays.\n", ["Greta Moorcroft"]),
    ("Posted by u/tidewalker 5 hours ago\n\nI believe the ferry will run tomorrow.\n", ["u/tidewalker"]),
    ("Posted by Stonehollow Games (developer) on 5 June\n\nThe patch is ready. I hope it fixes the crash.\n",
     ["Stonehollow Games"]),
    # each post's 'I' its own poster's, up to the next 'Posted by' line
    ("Posted by riverfox92 on 3 May\n\nI think the bins are too small.\n\nPosted by kettle_lad on 3 May\n\n"
     "I doubt that the council will change them.\n", ["riverfox92", "kettle_lad"]),
    # a comment's 'I' is the name on the line 'NAME says:' heading it, past its time (``post_bylines``)
    ("Mary Hobbs says:\n4 June 2026 at 9:14 am\n\nI think the show should move.\n\nReply\n\nTom Kerrow says:\n"
     "4 June 2026 at 10:02 am\n\nI doubt that the school would agree.\n", ["Mary Hobbs", "Tom Kerrow"]),
    # a quoted post's 'I' is the user quoted: on a 'Quote from X:' line, or in the paragraph under a header naming X
    ("Posted by bramble_jo on 2 June\n\nQuote from kettle_lad: I think the hedge is the council's.\n\n"
     "I believe it is the farm's.\n", ["kettle_lad", "bramble_jo"]),
    ("Posted by bramble_jo on 2 June\n\nOriginally posted by kettle_lad\n\nI think the hedge is the council's.\n\n"
     "I believe it is the farm's.\n", ["kettle_lad", "bramble_jo"]),
    # a quoted 'I' inside a post is the quotation's speaker's
    ("Posted by riverfox92 on 3 May\n\nThe driver, Len Oakes, told me: \"I think the lorry is full.\"\n", ["Len Oakes"]),
    # an article's 'By' byline still names its writer
    ("By Ana Ruiz\n\nI think the council owes residents an apology.\n", ["Ana Ruiz"]),
])
def test_a_post_s_first_person_is_its_poster(nlp, text, speakers):
    assert [r.speaker for r in top(nlp, text)] == speakers


def test_a_name_on_a_posted_by_line_is_no_antecedent(nlp):
    # (the line is a byline: 'he' is not the poster, whom the NER tagged a person)
    text = "Posted by Hillwalker Jen on 12 April\n\nI met a ranger at the gate and he told us the path was shut.\n"
    assert [(r.source.text, r.speaker) for r in top(nlp, text)] == [("he", None)]
