"""Generalisation check of the seventieth pass on leaks, filings and testimony (helper C): thirty-six short articles
(``probe_filings_70``) with documents as sources ('the lawsuit alleges that', 'the complaint says', 'according to
court documents', 'a filing at Companies House shows', 'Court papers allege', 'the indictment charges that', 'the
order says', 'Minutes from the meeting show'), leaks ('emails seen by the Herald show', 'a leaked memo, seen by the
Courier, warns', 'documents obtained by the Gazette reveal', 'a draft of the report, seen by X, says'), testimony
('testified that', 'told lawmakers', 'in written evidence to the committee, X said', 'Testifying before the
committee, X said', 'in a deposition ..., X said'), judges and prosecutors ('wrote in her ruling', 'prosecutors
argued', 'the judge wrote'), records ('a transcript of the call shows', 'court records show', 'property records
indicate', 'the audit found'), a quotation nested in a memo ('the memo quotes X as saying Y', the memo's) and look-alikes
that report nothing ('the lawsuit was filed on Monday', 'the memo was leaked to reporters', 'the documents run to
400 pages'); each report with its hand-written gold, the lines that report nothing and the speakers. Every sentence
is written for the test.

Counted on main at the session's start (96f19ddf), on the first twenty-six articles (written before any run):
reports 60 of 62, lines that report nothing 29 of 30, speakers 5 of 5; the ten articles written next: reports 22 of
24, lines 13 of 13, speakers 1 of 1. Missed: 'Court papers allege that X' right after a headline (the parser hung
'papers' on 'allege' as a compound, so the verb had no subject), 'Minutes from the meeting show that X' (muted as a
stretch of time), 'X, a filing at Companies House shows' (the source stopped at 'a filing at': 'House' hung on
'shows' as a compound) and the two below. Mended: a noun hung as a compound on the cue verb right after it is the
verb's subject when the verb has none (only a phrase opening its clause and agreeing with the verb), or the object
of the preposition before it when that has none (``verb_compounds``, in ``mends``); a meeting's minutes with 'from'
and the meeting are no time (``scenes``). In all: reports 82 of 86 on main and 84 of 86 after, lines 42 of 43,
speakers 6 of 6. On PolNeAR train the mends change two records and lose no right one (13072 right of 15688 before,
13072 of 15687 after; 'Democrats applaud X, Frank notes' now has Frank alone as its source), dev unchanged (1416 of
1711). Later in the pass (helper O) the split after 'Harlow' in 'Harlow & Pike owes X' was mended before the parser
(``components/name_joins``): reports 85 of 86."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_filings_70 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("scanner_minutes", "record", "Minutes of the board's meeting in June 2023"):
        "the parser reads 'record' as a noun, the subject of 'were' inside the reported clause: no verb to hang a"
        " report on ('Minutes from the session record that X' is found)",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("pipes_evidence", "The committee will question the firm's managers next month."):
        "'question' with a person for its object is a report as PolNeAR marks it ('Todd questioned Pence about that"
        " position', right on train), so questioning someone is no sense to mute",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_a_filing_or_leak_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_filing, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _records(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, r.contents[0].text)
            for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "record"), [
    # a noun hung as a compound on the cue verb after it is the verb's subject (``verb_compounds``)
    ("Tenants lose appeal\n\nCourt papers allege that the landlord forged the leases.",
     ("allege", "Court papers", "the landlord forged the leases")),
    # ... or the object of the preposition before it, which had none (``verb_compounds``)
    ("Sales fell by a fifth, a filing at Companies House shows.",
     ("shows", "a filing at Companies House", "Sales fell by a fifth")),
    # a meeting's minutes with 'from' and the meeting are a record, not a stretch of time (``scenes``)
    ("Minutes from the meeting show that councillors agreed to sell the hall.",
     ("show", "Minutes from the meeting", "councillors agreed to sell the hall")),
])
def test_a_document_source_the_parse_hid(nlp, text, record):
    assert _records(nlp, text) == [record]


def test_an_object_hung_on_a_verb_is_no_subject(nlp):
    # the phrase after a verb is its object, not the subject of the verb it was hung on (no 'rules' report)
    text = "Nor has the minister stood idle while Veldra breaks EU rules:\n\nIn 2019 the ministry put a duty on cheap tyres."
    assert _records(nlp, text) == []
