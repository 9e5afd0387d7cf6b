# ruff: noqa: E501  (a sentence is one line, as a news page has it)
"""Content boundaries check of the fifty-ninth session (helper J): 115 reports written for the test
(``probe_bounds_59``), each with its hand-written gold (a word of the cue, the source, the exact first content),
in shapes the fifty-eighth set had little of: long wire sentences whose content holds numbers, dates, places,
a relative clause, a condition or a reason and a list; a content followed by the writer's 'as well as', 'along
with', ', while', ', whereas', ', even as', ', amid', ', despite', ', after', ', in a sign that', ', in what',
', a move that', ', a claim that'; a report then the writer's context ('said X on Tuesday, two days after Y',
'..., the latest sign that Y'); mixed and split quotations; brackets, dashes, semicolons and colons inside the
content; reported questions and commands; infinitive and noun-phrase contents with a long modifier; and five
lines of narration that report nothing.

The gold was read again against PolNeAR's train where it disagreed with the tool, and the train convention
kept: a command's addressee is in the content ('urged residents to X', 'told drivers not to X': 12 to 8 for
'urged', 21 to 2 for 'told', 19 to 3 for 'asked'); a noun phrase set off after the content stays in it ('said it
had retaken the town, the latest in a string of gains': 7 to 3); a clause after '; ' may stay (103 to 97); and
', as engineers expect X' after the content is a report of its own (6 to 0).

Counted before this pass (right of 115): 99; runs on 8 (', in a sign that' / ', in what' twice each, ', amid'
twice, ', whereas', 'and sentenced him'), ends too early 6, missed 2, starts wrong 0, wrong source 0; the five
lines of narration were silent. Mended: a closing 'in' phrase set off by a comma that holds a free relative or a
noun of framing with a clause on it is the writer's framing of the report ('said he would call an election, in
what would be the third vote in two years', 'in a sign that X', ``framing_ends``, ``framing_nouns.txt``; not 'in
a year that saw record sales'; PolNeAR train: one right record made exact, one wrong record shorter); ', amid X'
after a content is the writer's circumstance as ', despite X' is (``tails``); a list of clauses each with its own
subject whose middle one the parser hung on the cue, or made the root over it, by a comma alone is one content
('said the shop had closed, the doctor had left and the school had lost half its pupils', ``clause_lists``).
PolNeAR train and dev right records identical. After: 106 of 115, and the four list sentences written after the
first count to check the last mend on new sentences all right (110 of 119); runs on 2, ends too early 5, missed
2. The rest is in ``STILL_WRONG`` with the reason, a strict xfail each."""

from __future__ import annotations

from probe_bounds_59 import NOT_REPORTS, REPORTS
from probe_checks import set_tests

#: reports still cut wrong or missed: text -> why
STILL_WRONG = {
    "If the rains do not come by the end of October, the agriculture ministry warned in a statement on Friday, wheat output in the northern provinces of Asel, Durum and Kavo could fall by as much as 40 percent.":
        "with a long subject after the cue the parser hangs the fronted condition on the clause after it and the"
        " record is dropped; a fronted condition before a medial cue is right in PolNeAR train 116 times of 124",
    "The regulator said it would not block the merger, whereas its counterpart in Brussels has opened an in-depth inquiry.":
        "a contrast with a subject of its own after ', whereas' or ', while' is kept as the speaker's ('found 57 per cent"
        " favoured it, while 34 per cent opposed it'); PolNeAR train keeps ', while' 50 times and leaves it out 48",
    "Mr Lund said he would not stand for re-election, ending a 24-year career in parliament.":
        "a closing participle of a verb of reaction is cut as the report's reception; PolNeAR train marks ', ending'"
        " once each way",
    "The judge said the defendant had shown \"not a flicker of remorse\" during the six-week trial and sentenced him to 12 years.":
        "the speaker's next act after 'and' with no subject is hung on the content's verb and reads as more of the"
        " report; one sentence, no class",
    "The inquiry concluded that the warnings had been clear; that managers had ignored them; and that nobody had been held to account.":
        "cut in two contents at the first '; that' (PolNeAR's matcher takes the record either way); the first content"
        " is the first clause alone",
    "Opposition lawmakers asked whether the 400 million dollars set aside for flood defences in 2021 had ever been spent, and if so, on what.":
        "'if so' is read as the cue's conjunct, so the question's second half is left out",
    "Investigators want to know how the gunman obtained the rifle, who sold it to him and whether anyone else knew of his plans.":
        "the list's second question is read as a relative on 'the rifle' and its third as that relative's conjunct",
    "The agency forecast growth of 1.4 percent this year and 1.9 percent next year, down from its earlier estimates of 1.8 and 2.2 percent.":
        "'forecast' with a noun object gives no record",
    "The ministry unveiled a plan to train 20,000 nurses by 2028, half of them in rural clinics, at a cost of 700 million dollars.":
        "'half of them' and 'at a cost of' are hung on the cue, so the noun content stops before them",
}

(test_a_bounded_report_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, {})
