"""Generalisation check of the sixty-ninth pass on inquests, inquiries and investigations (helper E): thirty-one short
articles (``probe_inquiries_69``) with coroners' conclusions ('The coroner, Mrs X, recorded a conclusion of accidental
death', 'the jury returned conclusions of X'), evidence given ('told the inquest', 'Giving evidence, X said', 'In a
statement read to the inquest, X said', 'said in written evidence that X', 'Under cross-examination, she accepted'),
evidence heard ('X, an inquest heard', 'The inquest heard that X', 'X, the court heard'), public inquiries' and
reviews' findings ('The report found that', 'The inquiry concluded that', 'According to the review'), accident
investigators ('The interim report said', 'Investigators from X found that'), witnesses ('One witness described seeing
X'), families' statements read by lawyers, a barrister's questions ('Asked by X whether Y, he replied that Z', 'The
barrister asked whether X'), the headlines of such stories ('X, inquest hears', 'X, inquest told', 'Nurse tells
inquest X', 'Inquiry finds X') and traps that report nothing (findings of fact told as narration, dates of hearings,
'The hearing was adjourned', 'She died in hospital', a list of the dead, an inquest opened and adjourned); each report
with its hand-written gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the articles' bodies as first written (73 reports, 50 lines, 12 speakers,
before anything was run): reports 71 of 73 ('said in written evidence that X' missed, 'returned conclusions of X'
missed), lines 50 of 50, speakers 10 of 12 (below). The headlines were then added to the gold (25 reports, 3 lines:
PolNeAR's texts open with their headline), and the two 'Asked (by X) whether Y, Z said W' lines, which PolNeAR marks
as reports of their own (45 'Asked' cues in train, the asker, 'Asked by Stephanopoulos', the source); on main: reports
91 of 100 (the headline passive 'X, inquest told' given the body 'inquest' for source twice, 'tells inquest ward was
X' with 'inquest' in the content twice, 'Woman hit by falling branch, inquest hears' missed, 'Coroner rules X'
missed), lines 53 of 53, speakers 10 of 13 (a thirteenth added on reading the records: 'The operator' named as the
accident branch). Mended: 'evidence', the words a witness gives a hearing, is an occasion of talk whose 'that' clause
after a verb of saying is that verb's (``talk_event_nouns.txt``, read by ``relatives``; not after 'as' or 'without':
'touted X as evidence that Y'); a bare 'told' ending a headline with a body that hears evidence for subject ('X,
inquest told') is a passive with 'was' dropped, from no one named (``heard.told_in_headline``); the one told read as a
noun of the reported clause's subject in a headline ('tells inquest ward was X', 'tells MPs plan will work') is left
out of what was said (``told_compounds``); a headline's participle clause before ', inquest hears' is what was heard,
however the parser hung it or read 'hears' (a plural noun: ``heard``), and a headline's 'hears' or 'told' by a body
that hears evidence is not judged by the ranker's threshold, as 'heard' is not (``heard_evidence``). After: reports 98
of 100, lines 53 of 53, speakers 10 of 13 (11 with 'The operator' mended by ``test_followups_69j``: a body that
investigates is no firm). PolNeAR train and dev: no record changed (train 13055 right of 15667, dev 1416 of 1711,
as before); a first version, 'evidence' an occasion after any preposition, changed two train records
('touted X as evidence that Y' lost its object, a right record lost; 'claiming without any evidence that Y' gained, by
chance), so a noun after 'as' or 'without' is no occasion.

Left as they are, each a strict xfail with its reason (below)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_inquiries_69 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import contents, top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("festival_tablets", "returned", "The jury"):
        "'returned' is no cue and 'returned a verdict (or conclusions) of X' no idiom of the lexicon; PolNeAR's"
        " political news has no such verdicts to count its marking on",
    ("phone_lorry", "rules", "Coroner"):
        "the parser reads the headline 'Coroner rules cyclist' as one noun phrase (two compounds of 'cyclist'),"
        " leaving the clause no verb of saying",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("ward_staffing", "She"):
        "the pronoun takes the person the sentence before is about (Mrs Dunn, the subject of 'had been admitted'),"
        " as it should in most stories; that the dead woman gave no evidence at her own inquest is knowledge of the"
        " world the resolver lacks (the dead are also the sources of many earlier words an inquest hears: 'She had"
        " told her sister she felt unwell')",
    ("flat_detective", "He"):
        "as above: 'Marcus Doyle, 37, was found dead ... He said' takes the man found dead, the subject of the"
        " sentence before",
}

(parsed, test_a_report_of_an_inquest_or_inquiry_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_an_inquest_or_inquiry, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "content"), [
    # 'evidence' is where the words were given, its 'that' clause the verb's (``talk_event_nouns.txt``)
    ("Former manager Rita Stone said in written evidence that she had never seen the audit.",
     "she had never seen the audit"),
    ("Dr Felix Ode told the panel in his evidence that the ward had been closed twice.",
     "the ward had been closed twice"),
    # not a noun something is taken as: the object and its 'as' phrase are what was touted
    ("The senator touted her poll lead as evidence that voters trusted her.",
     "her poll lead as evidence that voters trusted her"),
])
def test_evidence_is_where_a_report_was_given(nlp, text, content):
    assert [contents(r)[0] for r in top(nlp, text)] == [content]


@pytest.mark.parametrize(("text", "content"), [
    # a headline's passive with 'was' dropped: told to the body by no one named (``heard.told_in_headline``)
    ("Driver was looking at phone, jury told", "Driver was looking at phone"),
    ("Pump failed twice before flood, inquiry told", "Pump failed twice before flood"),
    # a headline's participle clause before the body that heard it (``heard``)
    ("Man struck by falling scaffold, inquest hears", "Man struck by falling scaffold"),
    # (its subject read as a second subject of 'hears', which the ranker's threshold does not judge: ``heard_evidence``)
    ("Teenager hit by bus, inquest hears", "Teenager hit by bus"),
])
def test_a_headline_heard_from_no_one_named(nlp, text, content):
    assert [(r.source, contents(r)) for r in top(nlp, text)] == [(None, [content])]


def test_a_body_that_tells_someone_is_the_source(nlp):
    records = top(nlp, "The rules were unclear, the committee told ministers.")
    assert [r.source.text for r in records] == ["the committee"]


@pytest.mark.parametrize(("text", "content"), [
    # the one told read as a noun of the clause's subject is left out (``told_compounds``)
    ("Nurse tells inquest ward was short of staff", "ward was short of staff"),
    ("Minister tells MPs plan will work", "plan will work"),
    ("Mayor tells residents flood defences will hold", "flood defences will hold"),
])
def test_the_one_told_in_a_headline_is_no_part_of_what_was_said(nlp, text, content):
    assert [contents(r)[0] for r in top(nlp, text)] == [content]
