"""Generalisation check of the seventieth pass on transfer, deal and rumour reports in sport and business (helper N):
twenty-five short articles (``probe_rumours_70``) with hearsay passives and no holder ('X is understood to have
agreed personal terms', 'It is understood that', 'is believed to', 'is thought to', 'Talks ... are said to be
advanced', 'The fee ... is rumoured to be £40m', 'It is claimed that', 'It has been widely reported that'), the hedging
adverb ('reportedly'), named and vague holders ('according to reports in Spain', 'The Daily Ledger reported', 'sources
close to the club said', 'people familiar with the matter said', 'a person briefed on the talks said', 'Bloomberg
first reported', 'was first reported by the Harbour Times'), refusals and denials ('refused to confirm the figure',
'Neither club would comment on the talks', 'denied reports that X'), an awaited act ('An announcement is expected on
Friday'), and lines that report nothing ('has been linked with a move to Belgium', fees, caps, records); each report
with its hand-written gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the pass's start (d4279b76), before any mend, with the gold as first written: reports 45 of 49,
lines that report nothing 27 of 27, speakers 20 of 22. One gold was then corrected to train's convention ('X
reportedly rejected a new contract' is X's report with 'rejected' for its cue, as the pipeline had it; see
``probe_rumours_70``), and its speaker added: on main reports 46 of 49, lines 27 of 27, speakers 22 of 23. Missed:
'Dunmere winger Kofi Attah is believed to X' (the content lost 'Dunmere winger', below), 'An announcement is expected
on Friday' (no record, below), and 'X is in talks to merge with its rival Pasco Foods, a person briefed on the talks
said' (the source 'Pasco Foods, a person briefed on the talks', the content cut before the name; the next line's
'The person' so named 'person'). Mended: a preposition's object that ends the reported clause right before a name the
parser made the cue's subject is the name's modifier, and the name the object ('with its rival Pasco Foods, a person
... said'; ``object_subjects``). After: reports 47 of 49, lines 27 of 27, speakers 23 of 23. On PolNeAR train and
dev the mend changes no record (train 13082 right of 15696, dev 1416 of 1711, as before).

Tried and dropped: the passive of 'expect' with a thing for its subject and no complement as a report with no
source whose content is the subject ('An announcement is expected on Friday', as train marks its two passives of
'expect' with a thing for subject and no complement, a decision awaited in a month and steps awaited): on train it
added one wrong record (the decision's content, which train continues past the cue) and no right one, dev unchanged;
and it makes reports of 'The tide is expected at six.' (``test_probe_findings_59_nouns``) and 'The declaration is
expected at about 4am.' (``test_probe_findings_62_results``), which the earlier sets decided report nothing."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_rumours_70 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("winger_believed", "believed", ""):
        "'Dunmere winger Kofi Attah is believed to be X': the parser tags the made-up place 'Dunmere' a past participle"
        " with 'winger' its object, so the subject is 'Kofi Attah' alone; with a known place ('Westmarch all-rounder"
        " Rhys Kaur is believed to have signed X', 'Ashby Town forward Dario Mendel is understood to X') the whole"
        " phrase is the content, so no class to mend",
    ("announcement_expected", "expected", ""):
        "'An announcement is expected on Friday': a bare passive of 'expect' gives no record; train marks two such"
        " passives with a thing for subject (a decision awaited in a month, steps awaited), but the rule tried added one"
        " wrong record and no right one on train and goes against two earlier sets ('The tide is expected at six',"
        " 'The declaration is expected at about 4am' report nothing): see the docstring",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_rumour_or_deal_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_rumour_set, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _records(nlp, text: str) -> list[tuple]:
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
            for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "source", "content"), [
    # the clause's last noun before the name is the name's, not the source's (``object_subjects``)
    ("Orland Dairies is in talks to merge with its rival Pasco Foods, a person briefed on the talks said.",
     "a person briefed on the talks", "Orland Dairies is in talks to merge with its rival Pasco Foods"),
    ("The club has agreed a fee with its neighbour Hexley United, two people close to the deal said.",
     "two people close to the deal", "The club has agreed a fee with its neighbour Hexley United"),
])
def test_a_name_closing_the_clause_stays_in_the_content(nlp, text, source, content):
    found = _records(nlp, text)
    assert [(s, c[0].rstrip(",")) for _, s, c in found] == [(source, content)], found


@pytest.mark.parametrize("text", [
    # 'linked with' a move: train marks 'linked to' once of 15 (a web link), never a rumoured move
    "Tarlow striker Nico Pavlis has been linked with a move to Belgium.",
    "The Ellerby captain was linked with Kestrel FC last summer.",
])
def test_a_rumoured_link_is_no_report(nlp, text):
    assert _records(nlp, text) == []
