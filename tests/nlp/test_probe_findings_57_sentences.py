"""Generalisation check of the fifty-seventh session (helper F): single sentences and short snippets of
every cue class, in many registers and Englishes (``probe_sentences_57``), each with its hand-written gold
(a word of the cue, the source, the first content; an empty source for a report that names no one), and
lines that report nothing. Every sentence is written for the test.

Counted before this pass (right of 194): reports 108 of 129 (missed 13: two verbs, two nouns, five phrases,
four hedges; a content cut wrong 7, a source wrong 1), lines that report nothing 59 of 65. Mended: 'voice'
is not a cue when it plays a part, 'voiced the villain' (``taken_objects.txt``, ``taken_senses``); a hedge with the empty 'it'
set off inside the sentence names no one and holds the sentence around it, 'The club, it is understood, has
rejected a bid' (``it_asides``); local officers named by office alone are roles, 'Per the county clerk, X',
'the coroner', 'the sarpanch' (``role_nouns.txt``); an object or infinitive content ends before a clause of
time the parser hung inside it, 'feared the worst | as the tide came in' (``time_clause_ends``). After:
reports 117 of 129, lines that report nothing 61 of 65. The rest is listed in ``STILL_WRONG`` and
``STILL_SHOWN`` with the reason, a strict xfail each, so that a mend shows as a pass. Gold read again
against PolNeAR's train after the first count: 'dismissed suggestions that X' and 'X's claim that Y was
rejected by Z' are the dismisser's and the rejecter's reports, as PolNeAR marks 'rejected the notion that
X'; 'Residents will be told that X' names no source (they are told)."""

from __future__ import annotations

from probe_checks import set_tests
from probe_sentences_57 import NOT_REPORTS, REPORTS

#: why 'voiced concern that X' is still missed
_TAGGER_WORD = ("'voice' is a word of the cue tagger (its weights), which scores 'voiced concern that X' under the"
                " threshold; listing it among the rules' stance verbs needs the tagger and ranker refit without it"
                " (`make model`), and a refit moved the threshold down and let 33 written non-reports of the test"
                " suite through: left for a refit")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The teachers' union has voiced concern that class sizes will rise.":
        _TAGGER_WORD,
    "Parents voiced concern that the new timetable would leave children waiting in the dark.":
        _TAGGER_WORD,
    "The residents' association has voiced fears over the height of the tower.":
        _TAGGER_WORD,
    "The finance secretary is understood to have warned colleagues that the deficit would widen.":
        "a hedge raised over a verb of saying ('is understood to have warned X that Y') is read as PolNeAR reads most"
        " 'is said to' (no source, the subject and the infinitive the content); it marks the subject the source only"
        " now and then ('is reported to have called X Y'), one of two in train",
    "The airline is said to have told pilots that the new schedules were final.":
        "as above: 'is said to have told X that Y' gives a report with no source",
    "His assertion that the fire was started deliberately has been challenged by investigators.":
        "the parser hangs 'deliberately' on 'challenged', so the noun's clause ends before it",
    "The company made no secret of its belief that the tax would drive investors away.":
        "a belief noun under 'made no secret of' is no cue (none in PolNeAR train)",
    "As far as the landlord is concerned, the tenants broke the lease.":
        "'as far as X is concerned' is no cue (two in PolNeAR train, neither marked)",
    "For the farmers' association, the new quotas are a betrayal.":
        "a fronted 'For X,' of viewpoint is no cue: it is mostly a purpose or a beneficiary",
    "The message from the fishermen was blunt: \"Without the quota, this harbour dies.\"":
        "the source is the noun phrase before the colon ('The message from the fishermen'), not the 'from' phrase",
    "The agency said the drought had affected 2.1 million people, but aid had reached fewer than half.":
        "a conjunct after ', but' in the reported clause's own tense ('had reached') is kept in the content",
    "The ranger said poachers had killed four elephants last month, before the fence was finished.":
        "the parser hangs the 'before' clause on 'said', so the content ends before it",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN = {
    "The sign on the gate read Exit Only.":
        "PolNeAR marks what a sign, a shirt or a banner reads as a report (five of nine in train)",
    "Flood defences: the five things you need to know":
        "a heading's colon after a plural common noun, with a noun phrase after it, is read as a headline quote",
    "I think the queue moved faster after the second counter opened.":
        "first-person narration is a belief by PolNeAR's rules, as 'in my view' is",
    "The numbers tell a story of a town in decline.":
        "PolNeAR marks a thing that 'tells a story' or 'a tale' as a report ('Exit polls told a tale of two parties')",
}



(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)
