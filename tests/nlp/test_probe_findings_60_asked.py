# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Generalisation check of the sixtieth session (helper H) of REPORTED QUESTIONS, REFUSALS, DENIALS and NEGATED
reports (``probe_asked_60``), each with its hand-written gold, and lines that report nothing though they hold
such a word ('denied entry', 'refused bail', 'declined by 4%', 'The question is whether X'). Every sentence is
written for the test.

Counted before this pass (of 133): reports 80 of 89 right (missed 7: 'was pressed on whether X', 'queried X',
'neither confirm nor deny that X', 'did not deny that X', 'Nobody would say X', 'stopped short of' twice; a
content wrong 2: 'demanded to know who X' kept 'to know' in the content, 'pressed her on why X' kept the
addressee), lines that report nothing 34 of 44 (the writer's 'The question is whether X', 'It is not known
how X', 'There are questions over X'; 'was refused bail'; 'refused' of a horse, an engine, a van, a dog; 'dismissed
the class'; 'pressed the button'). Gold corrected to PolNeAR's where the first gold disagreed, counted on its
train: a refusal keeps its infinitive in the content ('declined' + 'to say whether X'), 'dismissed X as Y' keeps
the 'as' phrase. Mended: a verb of saying with 'to know' and a question is one cue with it, as 'wanted to know'
is ('demanded to know who X'; ``wrapped``; PolNeAR train marks it so: its one record and an 'asked readers
to guess whether X' take the longer cue and stay right, no record gained or lost on train or dev); and a thing
withheld ('bail', 'entry', 'a visa') after a passive 'refuse' or 'decline' is no refusal to speak, as after 'deny'
it is no denial ('was refused bail'; ``noncues``; not the active 'The council refused permission for X on the
grounds that Y', the council's reasons; no such record on PolNeAR train). After: reports 81 of 89, lines that
report nothing 35 of 44. The rest is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a strict
xfail each, so that a mend shows as a pass. The sixty-second session's parliament set made 'stopped short of' and
its gerund a cue phrase (``gerund_deeds``): both such sentences are right now."""

from __future__ import annotations

import pytest
from probe_asked_60 import NOT_REPORTS, REPORTS
from probe_checks import set_tests

#: why a negated denial or a negative source is listed
_NEGATED = ("no record is kept for a negated denial or a report by 'Nobody'; PolNeAR train has none of these shapes"
            " ('did not deny', 'neither confirm nor deny', 'nobody would say'), so there is nothing to measure a change on")
#: why a question of the writer is listed
_QUESTION = ("'the question is whether X' is a copula-noun frame; PolNeAR train marks it in 5 of the 12 records the"
             " project builds, so dropping it would lose 5 right records for 7 wrong")
#: why a refusal by an animal or a machine is listed
_REFUSED = ("'refused' with an infinitive or an object is a refusal whoever refuses; the rules do not tell an animal or a"
            " machine from a holder, and PolNeAR's political news has no such subject to measure a change on")

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The presenter pressed her on why the pool had been sold.":
        "an active 'pressed X on Y' keeps the addressee in the content (PolNeAR train: one such, unmarked)",
    "The chancellor was pressed on whether taxes would rise.":
        "no record is kept for a passive 'was pressed on' with a question (PolNeAR train marks one)",
    "Aldous queried the cost of the new signs.":
        "no record is kept for 'queried' with a noun object (PolNeAR train marks one 'queried whether X')",
    "The club would neither confirm nor deny that the striker had been sold.": _NEGATED,
    "Fennimore did not deny that the meeting had taken place.": _NEGATED,
    "Nobody at the depot would say who had signed the order.": _NEGATED,
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN = {
    "The question is whether the bridge can bear the extra load.": _QUESTION,
    "There are questions over the cost of the new stadium.":
        "the noun 'questions' with 'over' is a cue; PolNeAR train marks 'queries over X' and 7 of 14 'questions about'",
    "It is not known how many sheep were lost in the storm.":
        "'is not known' with a question is built as a report with no source (the project's 2 'is not known' records on PolNeAR train, 'known as' and 'known about', are right)",
    "The horse refused the final fence.": _REFUSED,
    "The engine refused to start in the cold.": _REFUSED,
    "The old van refused to go up the hill.": _REFUSED,
    "The dog refused to leave his owner's side.": _REFUSED,
    "He dismissed the class early on Friday.":
        "'dismissed' with a group of people as object is read as a dismissal of a claim (PolNeAR train: 17 of 20 right)",
    "She pressed the button for the third floor.":
        "'pressed' with a thing as object is read as pressing someone (PolNeAR train: one active 'pressed X' record, wrong)",
}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("The committee chairman demanded to know who had approved the contract.", "The committee chairman",
     "who had approved the contract"),
    ("Residents demanded to know why the library had closed.", "Residents", "why the library had closed"),
])
def test_a_verb_of_saying_with_to_know_and_a_question_is_one_cue(nlp, text, source, content):
    """``wrapped``: 'demanded to know who X' is asking X, one cue, the question its content."""
    assert any(r.cue is not None and r.cue.text == "demanded to know" and r.source is not None and r.source.text == source
               and r.contents[0].text == content for r in nlp(text)._.sourcebook_attributions)


@pytest.mark.parametrize("text", [
    "Lawyers demanded to see the documents.",
    "The suspect was refused bail.",
    "The reporters were refused entry to the hall.",
    "She was asked to say whether the deal was done.",
])
def test_to_know_only_joins_a_verb_of_saying_and_a_thing_withheld_is_no_refusal(nlp, text):
    """No 'demanded to see' cue (no question known), nor a record of 'was refused bail' (``noncues``)."""
    assert not any(r.cue is not None and ("know" in r.cue.text or "to say" in r.cue.text or "refused" in r.cue.text)
                   for r in nlp(text)._.sourcebook_attributions)
