"""Generalisation check of the sixtieth session on courts, hearings, inquiries and parliaments (helper B):
twenty-six short articles (``probe_courts_60``) in the registers of court reporting (crown, federal and state
courts, appeals, sentencing, a war crimes trial), inquests and tribunals, public inquiries, committee hearings and
Senate estimates, parliamentary sketches and debates, transcripts ('MS PATEL: ...', 'Q: ...' / 'A: ...') and
evidence read out, each report with its hand-written gold (a word of the cue, the source, the first content), the
lines that report nothing (procedure, narration, verdicts, adjournments) and the speakers of pronouns and titled
names. Every sentence is written for the test.

Conventions counted on PolNeAR train before the gold was settled, and the gold corrected to them: 'is expected
to' is a report with no source (52 of 56), 'voted to X' and 'voted against X' are reports (10 of 10), 'released
excerpts of X' is one (29 of 34 'released' with an object), 'challenged the removal of X' is one (a challenge with
an object), 'was shown X' is one (3 of 4), 'pleaded guilty' is one with 'to X' for content (5 of 6) and a bare
'pleaded not guilty' has the plea for content ('has pleaded' / 'not guilty'), 'denies X' has the charge for content
(3 of 3), 'asked whether X' keeps 'whether' (17 of 21 marked), and 'was told that X' has no source (2 of 2), as the
project has 'The court heard that X' (``audience_nouns.txt``). Questions of a 'Q:' / 'A:' layout are kept to no
record, as most PolNeAR Q-and-A lines are (49 of 65), and 'A' is the answers' source as PolNeAR has it.

Counted before this pass (main at the session's start) on the twenty-six articles, first with the gold as
written: reports 82 of 109 right, lines that report nothing 52 of 60, speakers 12 of 15; the gold then corrected to
the conventions above (seven lines that report by PolNeAR's count moved to the reports, two 'Q:' lines to the
lines, 'the court heard' given no source, the project's 'Fiona Radley KC' kept as ``probe_articles_50_spk2`` has
it): reports 90 of 107 (a content cut wrong 5, a cue short of 'voted' 1, missed 11, a wrong source 0), lines 54 of
55, speakers 13 of 15. Mended: evidence heard on the record by a court, an inquest or a tribunal ('X, an inquest
heard', 'The court heard that Y'), which the training data never has, is not judged by the ranker's threshold
(``heard_evidence``); a plea with 'to' past a phrase of time ('pleaded not guilty on Monday to charges of X'), one
the parser read with 'guilty' as a predicate ('pleaded guilty to theft at X'), or with nothing it is to ('pleaded
not guilty at an arraignment': the plea the content, as PolNeAR's 'has pleaded' / 'not guilty') is a report
(``pleas``); 'voted down X' is a report as 'voted against X' is (``phrasal.json``); 'read' between a noun and a colon
before a quotation that the parser read as a noun is the verb ('The note read: "X"', ``colon_reads``). After: reports 94 of 107
(missed 7), lines 54 of 55, speakers 13 of 15. PolNeAR train: +2 right records or more, nothing lost; dev: nothing
lost.

Left as they are, each a strict xfail with its reason: a parse that reads a clause as something else (a list after
a name and an age read as appositions, 'that' before a noun read as a determiner or a complementiser, a clause with
a quoted word read as a relative clause on the object of 'told', 'read' after a participle phrase), and the
questions of counsel in a transcript in capitals ('MS PATEL: ...?'), which the project keeps as the asker's, no
record, where PolNeAR marks every turn of such a transcript, questions too (3 of 3 in train: an anchor's and a
presenter's questions in two broadcast transcripts): a change of convention the sets 48, 53 and 58 would follow."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_courts_60 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("crown_fraud", "denies", "Penrose, 58, of Keynsham"):
        "the content ends before 'by abuse of position', a 'by' phrase read as the means of the denial",
    ("port_indictment", "says", "The indictment"):
        "the parser reads 'accepted cash, a boat and ...' after 'Walter Brannigan, 61,' as appositions of the name:"
        " the verb has no clause",
    ("pmqs_sketch", "replied", "The Prime Minister"):
        "the content runs on over ', to general disbelief', the writer's comment on the reply",
    ("pmqs_sketch", "records", "Hansard"):
        "the parser reads 'Hansard' as a compound noun with no subject, and 'record' is no verb of saying",
    ("water_committee", "said", "Ms Holloway"):
        "'said that answer would ...': the determiner 'that' is read as the complementiser, the content loses it",
    ("court_transcript", ":", "MS PATEL"):
        "counsel's turns ask, so the layout reads her label as a Q-and-A's asker, the publication's voice (no"
        " record); PolNeAR marks every turn of a transcript in capitals, questions too (3 of 3 in train)",
    ("text_evidence", "told", "Prosecutor Callum Wyatt"):
        "the content ends at the apposition 'the defendant, Connor Hale,' inside it",
    # ('Another message, sent the following morning, read: "X"' is right since ``set_off_reduced``, sixty-second pass)
    ("prison_inquest", "submitted", "Counsel for the family"):
        "'submitted that staff at X had missed': the parser reads 'that staff' as the verb's object and the"
        " clause as an adverbial one",
    # (the sixty-second session joins 'converted offices as new homes', which the parser hung on 'asked' as a
    # second clause, to the question before it: ``hung_participles``)
    ("housing_commons", "voted", "MPs"):
        "the tally between 'voted' and 'to reject' ('voted 171 to 140 to reject X') leaves 'voted' out of the cue",
    ("surgeon_tribunal", "told", "Dr Verghese"):
        "with the quoted word, the parser reads 'he had been \"confused\" about X' as a relative clause on 'the"
        " hearing'",
}
#: lines still shown: (article, line) -> why
STILL_SHOWN = {
    ("tower_claim", "A property developer has filed a statement of claim in the High Court against Westfield Borough"
                    " Council."):
        "'statement of claim', a pleading's name, is read as a noun of saying with its 'of' phrase for content",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("water_committee", "Ms Holloway"):
        "no such report: its content loses 'that' (see the reports still wrong)",
}

(parsed, test_a_report_of_the_courts_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(map(len, NOT_REPORTS.values())) >= 40


@pytest.mark.parametrize(("text", "cue", "content"), [
    # evidence heard on the record, not judged by the ranker's threshold (``heard_evidence``)
    ("A pensioner was trapped in her flat for two days after the lift failed, an inquest heard.", "heard",
     "A pensioner was trapped in her flat for two days after the lift failed"),
    ("The driver had been awake for twenty hours, the tribunal heard.", "heard", "The driver had been awake for twenty hours"),
    ("The court heard that the boiler had not been serviced since 2019.", "heard",
     "the boiler had not been serviced since 2019"),
])
def test_evidence_heard_on_the_record_has_no_source(nlp, text, cue, content):
    found, there = found_in(top(nlp, text), cue, "", content, ".,;")
    assert found, there


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a plea with nothing it is to, or with 'to' past a phrase of time (``pleas``)
    ("Okoro pleaded not guilty at a hearing in Cardiff.", "pleaded", "Okoro", "not guilty"),
    ("The former treasurer has pleaded not guilty.", "has pleaded", "The former treasurer", "not guilty"),
    ("The two brothers pleaded not guilty on Friday to conspiracy to defraud.", "pleaded not guilty",
     "The two brothers", "to conspiracy to defraud"),
    ("She pleaded guilty to theft at Swansea Crown Court.", "pleaded guilty", "She", "to theft"),
    # a chamber that voted down a measure (``phrasal.json``)
    ("The city council voted down a plan to sell the old library.", "voted down", "The city council",
     "a plan to sell the old library"),
])
def test_a_plea_or_a_vote_is_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize(("text", "source", "content"), [
    # 'read' between a noun and a colon before a quotation, read as a noun (``colon_reads``)
    ('The note read: "Meet me at the depot."', "The note", "Meet me at the depot."),
    ('Her last text read: "Sorry for everything."', "Her last text", "Sorry for everything."),
    ('A second letter reads: "The money is in the drawer."', "A second letter", "The money is in the drawer."),
])
def test_a_text_read_out_is_a_report(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "read", source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    "It was a good read: gripping from start to finish.",
    "The storm died down overnight.",
    "The jury retired at 3pm.",
    "The case was adjourned until Monday.",
    "She was remanded in custody.",
])
def test_procedure_reports_nothing(nlp, text):
    assert top(nlp, text) == []
