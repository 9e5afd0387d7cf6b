"""Red team of the fifty-fifth session on scraped article text (helper rt4): fourteen articles with what a page
embeds as trafilatura leaves it in the text (``probe_articles_55d``: a post on X signed '— Name (@handle) Date'
on its own line or on the post's, a Bluesky post, an Instagram caption with 'A post shared by Name (@handle)', a
Facebook post with 'Posted by Name on Date', a TikTok caption, a YouTube embed's title, a pull quote, 'Related:'
and 'Read more:' lines, photo captions and credits, a byline with two authors, an 'Updated' stamp, newsletter
prompts, a correction and an editor's note, a live page with a heading per entry).

What they showed wrong: an embedded post was no one's record, its words read as the writer's, and a report
inside it ('I'm sure X') stood alone with no source or with the markup for one; a candidate's content ran on over
the signature line ('X https://t.co/a — Name (@name) June 28'). ``embedded_posts`` reads the signature and gives
the post above it to the account holder, its cue the signature's dash (or 'A post shared by', 'Posted by'), as a
quotation signed '"X" - Name' has it. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_articles_55d import ARTICLES, GOLD, NOT_REPORTS, STILL_WRONG
from probe_records import article_checks, found_report, records, still_wrong_check, top

parsed, test_the_articles_reports, test_the_articles_lines_that_report_nothing = article_checks(ARTICLES, GOLD, NOT_REPORTS)
test_the_articles_reports_still_wrong = still_wrong_check(STILL_WRONG)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The mayor spoke on Monday.\n\nThe ferry will run all winter. pic.twitter.com/q1w2e3\n\n"
     "\u2014 Mayor Ana Ruiz (@MayorRuiz) January 5, 2026\n", "\u2014", "Mayor Ana Ruiz", "The ferry will run all winter"),
    ("Crews worked overnight.\n\nRoads are open again. Thanks for your patience https://t.co/zz9 \u2014 Harbour Roads "
     "(@harbourroads) 2 February 2026\n", "\u2014", "Harbour Roads", "Roads are open again. Thanks for your patience"),
    ("The vote was close.\n\nWe lost tonight, but we are not going away\n\n\u2014 Tomas Berg (@tberg.bsky.social) "
     "May 4, 2026 at 11:02 PM\n", "\u2014", "Tomas Berg", "We lost tonight, but we are not going away"),
    ("The band split in June.\n\nView this post on Instagram\n\nTen years, four albums and one last show. Thank you.\n\n"
     "A post shared by Lia Moss (@liamoss)\n", "A post shared by", "Lia Moss",
     "Ten years, four albums and one last show. Thank you"),
    ("The school closed early.\n\nAll pupils are safe and have been collected by their parents.\n\nPosted by Elm Road "
     "Primary School on Tuesday, March 10, 2026\n", "Posted by", "Elm Road Primary School",
     "All pupils are safe and have been collected by their parents"),
    ("The match was called off.\n\nThe pitch is frozen, see you next week\n\n\u2014 (@northfc) March 1, 2026\n",
     "\u2014", "@northfc", "The pitch is frozen, see you next week"),
])
def test_an_embedded_post_is_its_account_holders(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_report_inside_a_post_is_nested_in_it(nlp):
    text = ("The ferry was late.\n\nI'm sure the council knew about the engine for months.\n\n"
            "\u2014 Ruth Hale (@ruthhale) March 3, 2026\n")
    assert [(r.cue.text, r.source.text) for r in top(nlp, text)] == [("\u2014", "Ruth Hale")]


def test_a_content_stops_before_a_signature(nlp):
    text = ("The ferry was late.\n\nLocals say the ferry is never on time https://t.co/abc \u2014 Ruth Hale (@ruthhale) "
            "March 3, 2026\n")
    assert all("@ruthhale" not in c.text and "Ruth Hale" not in c.text for r in records(nlp, text) for c in r.contents)


@pytest.mark.parametrize("text", [
    # a byline under the title, no post
    "Port to close next year\n\n\u2014 Dana Reyes (@danareyes) March 3, 2026\n\nThe port will close in May.",
    "Port to close next year\n\nPosted by Dana Reyes on Monday, March 3, 2026\n\nThe port will close in May.",
    # a credit
    "The port will close in May.\n\n\u2014 Reporting by Dana Reyes (@danareyes)\n",
    # a handle inside a sentence
    "Follow her at (@danareyes) for updates on the port.",
    # an outlet's post: its story's headline, relayed
    "The ferry was late again.\n\nFerry fares to rise in spring\n\n\u2014 Harbour Times (@harbourtimes) March 3, 2026\n",
    # a blog's heading above 'Posted by', no sentence
    "The ferry was late.\n\nWinter timetable\n\nPosted by Dana Reyes on Monday, March 3, 2026\n",
])
def test_a_signature_that_signs_no_post_reports_nothing(nlp, text):
    assert [r for r in records(nlp, text) if r.cue is not None and r.cue.text in ("\u2014", "Posted by")] == []
