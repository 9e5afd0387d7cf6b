"""Generalisation check of the fifty-eighth session on layouts (helper D): thirty-nine short articles
(``probe_layouts_58``) as a page reaches Sourcebook once read to text, each report with its hand-written gold
(a word of the cue, the source, the first content), the lines that report nothing, and the speakers of pronouns
and labels. Every sentence is written for the test.

Counted before this pass (main at d52e98a) on the first thirty-four articles (written before any mend): reports
68 of 81 right (missed 12, a content cut wrong 1, none with a wrong source), lines that report nothing 39 of 39,
speakers 10 of 10. Mended: a cue verb closing its line with a colon waits for the quotation or the paragraph
below ('The report found:', 'The statement read:', ``line_colons``); a list's items may end with a semicolon
and open with a number, which is no part of what they say (``colon_blocks``); a social handle before a colon
names who posted ('@GreywaterFest: ...', ``handles``); a hearing's questioner named by an office says what a
turn with no question holds ('SEN. OKAFOR: It was not stable.', ``hearing_turns``); a clause after a bracketed
aside is the verb of saying's ('said (translated from Italian) that X', ``bracketed_clauses``); 'Those were the
warnings of X' names the quotation before as 'That was the warning from X' does (``summed_quotes``). After:
reports 76 of 81, lines 39 of 39, speakers 10 of 10. The five articles written next, to probe the mended
layouts in other words (a live page's '07.12 - @handle:' lines, 'REP. DANA COLE (R-Texas):' and 'CHAIRMAN
WEBB:', findings and recommendations listed, a letter read out, asides in brackets), gave 8 of 13 before and
11 of 13 after the mends above; mended next: a live page's stamp may be set off by a dash ('07.12 - ',
``time_stamps``), an office is a title for a label that speaks once ('CHAIRMAN WEBB:'), a transcript's label
with a bracket stays one sentence (``components.labelled_lines``: 'SEN. X (D-Ohio):' was spoken by 'D-Ohio'),
and a handle heads no title: 13 of 13. In the sixtieth session 'Those were the words of X' names the quotation before
too ('words' names words said there, ``summed_quotes``): 'quote_then_words_of' is right. In the sixty-second a
transcript's role speaking once beside a speaker who speaks twice is a turn ('CALLER (MARGARET, LEITH):',
``hearing_turns.ROLES``): 'transcript_radio' is right.
Conventions followed as the project has them: a transcript's or an interview's answering label is the source
of its line ('A:', 'Finch:', 'DREW HALLAM:'); the questions of a Q-and-A are the publication's; a 'Related:'
line with a cue and a source is a report; 'has written to X about Y' and a sourceless 'is expected to' are
PolNeAR's reports. The reports still wrong are listed in ``STILL_WRONG`` with the reason, a strict xfail each, so that a mend
shows as a pass."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_layouts_58 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("statement_read", "found", "tests"):
        "'after tests found X' is a time clause of the recall; the rules take a finding in a subordinate clause of time"
        " for the writer's narration",
    ("colon_unquoted", "apologised", "The Westmarch ambulance service"):
        "'has apologised to the family of a man who waited ...': the 'to' phrase names whom the apology was made to,"
        " a long noun phrase with a relative clause the ranker drops (the headline's 'apologises to family' is kept)",
    ("cue_next_para", "summed up", "Greta Hollis, who chairs the Ambridge Heath residents' association"):
        "'That was how X summed up the wait': the verb of saying in a 'how' clause after a copula, standing for the"
        " quotation of the paragraph before; ``summed_quotes`` reads only a noun of saying ('That was the promise of X')",
}





(parsed, test_a_report_of_each_layout_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_label, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a cue verb that reports only with a content of its own, closing its line with a colon (``line_colons``)
    ("The inspectors concluded:\n\nThe home had too few night staff for the residents it took in.", "concluded",
     "The inspectors", "The home had too few night staff for the residents it took in"),
    ("The banner read:\n\n\u201cNo school, no votes.\u201d", "read", "The banner", "No school, no votes."),
    # a list whose items end with semicolons, and one whose items are numbered (``colon_blocks``)
    ("The strikers are demanding:\n\n- a pay rise of 6% this year;\n\n- no more split shifts.", "demanding",
     "The strikers", "a pay rise of 6% this year"),
    ("The review said:\n\n1. The ward had no senior nurse at night.\n\n2. Alarms were switched off.", "said",
     "The review", "The ward had no senior nurse at night"),
    # a handle before a colon (``handles``) and a senator's turn with no question (``hearing_turns``)
    ("Readers wrote in all morning.\n\n@kestrel_rail: Third cancelled train this week. I give up.", ":",
     "@kestrel_rail", "Third cancelled train this week. I give up"),
    ("SEN. VARGA: Who signed the contract?\n\nMS. LOWE: My deputy did.\n\nSEN. VARGA: That contract cost the state"
     " nine million dollars.\n\nMS. LOWE: I know.", ":", "SEN. VARGA", "That contract cost the state nine million dollars"),
    # a transcript's label with a bracket, one sentence and one source (``components.labelled_lines``)
    ("SEN. ANA VOLK (D-Ore.): The agency was warned twice.\n\nMR. HALE: We commissioned a survey.\n\nSEN. ANA VOLK"
     " (D-Ore.): That is not good enough.", ":", "SEN. ANA VOLK (D-Ore.)", "The agency was warned twice"),
    # a bracketed aside between a verb of saying and its clause (``bracketed_clauses``)
    ("The farmer said (through an interpreter) that the river had never been so low.", "said", "The farmer",
     "the river had never been so low"),
    # a demonstrative and a noun of saying 'of' someone after a quotation (``summed_quotes``)
    ("\u201cThe dam will not hold another winter.\u201d\n\nThose were the warnings of the engineer, Nils Berg.",
     "warnings", "the engineer, Nils Berg", "The dam will not hold another winter."),
])
def test_a_layout_mended_this_pass(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, stops=".,;")
    assert found, there


def test_a_questioners_question_is_still_no_report(nlp):
    """'SEN. VARGA: Who signed the contract?': a question, the senator's turn or not, states nothing."""
    text = ("SEN. VARGA: Who signed the contract?\n\nMS. LOWE: My deputy did.\n\nSEN. VARGA: Why was it not tendered?"
            "\n\nMS. LOWE: There was no time.")
    assert [r.source.text for r in top(nlp, text) if r.source is not None and r.source.text.startswith("SEN")] == []
