"""Generalisation check of the sixty-ninth pass on statements, warnings, letters, reports and figures issued,
released, put out or sent (helper A): twenty-two short articles (``probe_statements_69``) with a participle on the
thing issued ('released a statement on Sunday condemning X', 'put out a statement saying Y', 'sent a letter to the
mayor urging her to Z'), a 'that' clause on it ('issued a warning on Tuesday that X'), figures that show ('released
figures showing X had fallen'), a survey's relative clause, the issuer in a relative clause, and traps (hostages and
visas released or issued, a statement as the subject or the medium of a verb of saying); each report with its
hand-written gold as PolNeAR train marks the shape (the issuer the source, the cue the run from the verb to the
participle: about 40 such golds on train), the lines that report nothing and the speakers.

Counted on main at the session's start (written before any mend; one line that reports nothing replaced first, 'The
developer wants to build X', a stance 'wants to' that train marks 71 times of 409 and the last passes left as it is):
reports 24 of 42 right with the cue train marks; 38 of 42 had the right source and content but 14 of them the
participle alone for cue ('condemning', 'saying', 'urging'), and two came beside a second record of the bare noun
issued ('issued | a flood warning for the River Tane', 'published | a report'); wrong were the warning's clause, read
with its noun as the content of 'issued', the figures, read as the clause's subject, and the two below. Lines that
report nothing 24 of 24, speakers 13 of 13. Mended: what an issued statement says is its issuer's report whatever the
ranker's threshold says, its cue opening at the issuing verb, and the verb's own report of the noun with its words, or
of the bare noun beside the participle's, made the participle's or the clause's (``issued_statements``,
``issuing_verbs.txt``); a clause the parser gave the verb of issuing goes to the participle of showing on its object
(``shown_clauses``). After: reports 40 of 42, lines 24 of 24, speakers 13 of 13.

On PolNeAR train 13055 right of 15667 before, 13056 of 15668 after: the DNC's 'offering' report gained (an echo of its
quotation, wrong, came with it), a wrong record of the bare noun issued gone ('posted | a Twitter comment of her
own'), no right record lost, and the cues of 43 right records widened as train marks them (cue characters F1 0.641 ->
0.645); dev 1416 of 1711 before and after, three cues widened.

Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import contents, top
from probe_statements_69 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("residents_association", "released a statement on Monday questioning", "which"):
        "the parser hangs the participle on the relative clause's verb ('questioning' an adverbial clause of"
        " 'released'), and the rules give a participle there no subject: no record is proposed; with the"
        " participle on the noun ('which released a statement condemning X') the release's report is made the"
        " statement's (``issued_statements``)",
    ("bank_lending", "showed", "The Central Bank of Wessland"):
        "a relative clause of showing on the data ('data that showed lending had slowed'): the parser reads"
        " 'lending' as the object of 'showed' and hangs 'had slowed' on 'released', so the release reports 'data"
        " on Monday that showed lending to households'; ``shown_clauses`` mends only a participle (train marks"
        " one such relative clause, 'released data Monday morning that suggest X')",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_an_issued_statements_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_statement_set, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # the issuing verb's report of the noun and its words made the participle's or the clause's (``issued_reports``)
    ("The Harbour Trust, which released a statement condemning the plans, will meet the developer.",
     "released a statement condemning", "the plans"),
    ("The Port Office issued a warning on Friday that the quay would close.", "issued a warning",
     "the quay would close"),
    # the bare noun's report beside the participle's goes (``issued_reports``)
    ("The Audit Office published a report on Monday criticising the board's spending.",
     "published a report on Monday criticising", "the board's spending"),
    # a participle hung on the one the statement was sent to (``issued_noun``)
    ("The college issued a notice to students saying the library would close early.",
     "issued a notice to students saying", "the library would close early"),
])
def test_an_issued_statement_is_one_report(nlp, text, cue, content):
    found = top(nlp, text)
    assert [(r.cue.text if r.cue else None, contents(r)) for r in found] == [(cue, [content])]
