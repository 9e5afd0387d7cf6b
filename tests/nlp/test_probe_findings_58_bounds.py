"""Content boundaries check of the fifty-eighth session (helper F): 148 reports written for the test
(``probe_bounds_58``), each with its hand-written gold (a word of the cue, the source, the exact first content),
in the constructions where a content's end is hard to find: ', and' / ', but' / '; ' and another clause,
', which', trailing cue tails ('..., he added', '..., according to X', '..., officials said on Monday'),
parentheticals and dashes inside the content, a participle of the speaker after it ('..., citing X', '...,
adding that Y'), time and place phrases around it, noun-phrase contents, mixed and split quotations, reports
inside the content, long lists, reported questions; and four lines of narration that report nothing.

The gold was read again against PolNeAR's train where it disagreed with the tool, and the train convention
kept: a conjunct the parser hung inside the reported clause stays in the content whatever its subject ('said
the boathouse had been flooded, and repairs would cost X': 16 to 3 with a subject of their own in a shifted
tense, 37 to 3 in another); a trailing participle of what followed stays too ('said profits would fall,
sending its shares down': 'send' 2 of 2, and most such participles); 'criticised X as Y' and 'said that, in
her view, X' keep 'as Y' and 'that' (5 of 6 'that, ' kept); 'said X but Y' with no comma ends before 'but'
(4 to 3).

Counted before this pass (right of 148 reports): 142; ends too early 4 (a list's next members read as an
apposition and cut off as the writer's description, three; a content cut in two around a bracketed participle,
one), starts wrong 1, missed 1, runs on 0, wrong source 0; the four lines that report nothing were silent.
Mended: a list's next member that opens with a number ('a roof, a lift and three classrooms'), or an apposition
after a noun that is itself a list's member after a comma ('jewellery, two cars, a motorbike and cash'), goes on
the list (``listed_members``; not 'the coach, a former player and 30-year veteran'); a participle aside set off
by brackets or dashes is one content with the clause around it, as one set off by commas is ('two reactors (both
built in 1971) had cracks', ``set_off_participles``). PolNeAR train and dev records identical but one right
train record grown over its list. After: 145 of 148; the rest is in ``STILL_WRONG`` with the reason, a strict
xfail each."""

from __future__ import annotations

from probe_bounds_58 import NOT_REPORTS, REPORTS
from probe_checks import set_tests

#: reports still cut wrong or missed: text -> why
STILL_WRONG = {
    "The judge described the fraud as \"cynical and sustained\".":
        "a quotation right after 'described X as' is the content alone and the object joins the cue, as the seed"
        " gold's guidelines mark it (``described``); PolNeAR puts the object in the content (85 train records to 13),"
        " and its matcher counts the record right either way",
    "The report estimated that the scheme had cost 1.8 billion, created 3,400 jobs and cut journey times by 12 minutes.":
        "the parser hangs the list's next verbs on the cue ('estimated ..., created ...'), which can be the reporter's"
        " acts; a bare verb joined to the cue by a comma alone after its clause is too rare in PolNeAR train (5) to set",
    "The warning from the coastguard was clear: stay off the beaches until the storm passes.":
        "a noun of saying as a copula's subject with its content after a colon is no cue yet, and its source is the"
        " 'from' phrase (the fifty-seventh set's 'The message from the fishermen was blunt:' gives the noun phrase)",
}

(test_a_bounded_report_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, {})
