"""Generalisation check of the sixty-second session on parliamentary and legislative reporting (helper C): fifty-four
short articles (``probe_chamber_62``) with question time, ministers' statements, committee, Senate and estimates
hearings, the chair's rulings, heckles and interjections, a transcript in capitals, written answers, the record and
minutes, bills, motions and amendments, votes and divisions, whips and party tags, each report with its hand-written
gold (a word of the cue, the source, the first content), the lines that report nothing (tallies, bill titles,
procedure, the chamber, the agenda, narration) and the speakers. Every sentence is written for the test.

Counted before this pass (main at the session's start) on the first twenty-six articles (written before any run),
with the gold first as written: reports 63 of 67, lines that report nothing 50 of 53, speakers 5 of 6; then with
the gold set right to PolNeAR's train ('refused to rule out X' is 'refused' with the infinitive for content, and
'is expected to' a report with no source, 50 of 56: two lines moved to the reports): reports 66 of 69 (missed 3),
lines 50 of 51, speakers 6 of 6. The twenty-eight articles written next gave reports 95 of 99 (missed 3, a content
cut wrong 1), lines 44 of 44, speakers 4 of 5. Mended: 'stopped short of' with a gerund is a guarded frame whose
gerund joins the cue and what it would do is the content, as PolNeAR marks it ('stopped short of fully endorsing'
/ 'the plan'; ``guarded_frames.json`` kind 'deed', ``gerund_deeds``; not a noun, 'stopped short of the bridge', nor
a thing's, 'The lorry stopped short of hitting the barrier'; train +2 right, dev +1, nothing wrong); a decision
voted with its infinitive ('Congress voted to compensate the victims', 'The Supreme Court voted 5 to 4 in February
to stall the plan') is not judged by the ranker's threshold, which read it by the bare verb 'voted' (``voted_to``;
PolNeAR train marks 7 of 7: +3 right, nothing wrong; dev unchanged). After: reports 162 of 168, lines 94 of 95,
speakers 10 of 11.

Left as they are, each a strict xfail with its reason: the questioner's turns of a transcript in capitals, which
the project keeps as a Q-and-A's (the publication's voice) where PolNeAR marks every turn (as ``probe_courts_60``
has it; train: TAPPER's 2 turns marked, RAMOS's 2 not); a tagger's misreading; a reaction of the benches read into
the content; a document's 'record' with no cue; a vote to confirm a nominee whose 'confirm' is read as the verb of
saying; and 'the official report of each sitting', Hansard's name read as a noun cue."""

from __future__ import annotations

import pytest
from probe_chamber_62 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests, found_in
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("transcript", ":", "ROWE"):
        "ROWE's turns ask (one of two), so the layout reads the label as a Q-and-A's asker, the publication's voice"
        " (no record, ``interviews``); PolNeAR marks every turn of a transcript in capitals, the asker's too (the"
        " project's convention, as for 'MS PATEL' in ``probe_courts_60``)",
    ("interjection", "told", "The opposition's justice spokesman, Lorna Quayle"):
        "the tagger reads 'inmates' after 'that' as a verb, so 'that inmates' is a relative clause on 'a packed"
        " chamber' and the verb has no clause ('told the chamber that the inmates were X' is found)",
    ("cheers", "told", "The chancellor, Marcus Pellegrini"):
        "the content runs on over ', to cheers from the government benches', the chamber's reaction (train has"
        " one such phrase, unmarked)",
    ("confirmation_vote", "voted", "The Senate"):
        "'voted 51-49 on Thursday to confirm X as Y': 'confirm' is read as a verb of saying ('confirmed that X'),"
        " the cue, and the content loses 'to confirm' (PolNeAR's count still matches it: same source, most of the"
        " content)",
    ("minutes", "record", "The minutes of the March meeting"):
        "'record' is no verb of saying, even with a document for subject ('The minutes record that X'; train has"
        " no such report)",
}
#: lines still shown: (article, line) -> why
STILL_SHOWN = {
    ("record", "The official report of each sitting is published the following morning."):
        "'report of' is a noun cue ('reports of X'), and Hansard's name 'the official report' with a sitting for"
        " its object reads as one",
}
# (the 'she' of 'The opposition's justice spokesman, Lorna Quayle' was wrong for her 'spokesman', which made her a man,
# not for the record her sentence lacks: right since the sixty-fourth session's ``role_genders``)

(parsed, test_a_report_of_the_chamber_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_title, test_a_report_still_wrong, test_a_line_still_shown,
 _, test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(map(len, NOT_REPORTS.values())) >= 40


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # 'stopped short of' with a gerund: the gerund joins the cue, what it would do is the content (``gerund_deeds``)
    ("The senator stopped short of calling for the inspector's dismissal.", "stopped short of calling", "The senator",
     "for the inspector's dismissal"),
    ("The committee's chair stopped short of accusing the minister of lying.", "stopped short of accusing",
     "The committee's chair", "the minister of lying"),
    ("Ortega pointedly stopped short of endorsing the budget.", "stopped short of endorsing", "Ortega", "the budget"),
])
def test_stopping_short_of_a_deed_is_a_report(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    # a place or a noun after 'stopped short of', or a thing that stopped: no deed held back
    "The bus stopped short of the bridge.",
    "The lorry stopped short of hitting the barrier.",
    "The rally stopped short of the square.",
    # a gerund with nothing after it says nothing of what
    "The minister stopped short of apologising.",
])
def test_stopping_short_with_no_deed_is_no_report(nlp, text):
    assert [(r.cue.text if r.cue else None, [c.text for c in r.contents]) for r in top(nlp, text)] == []


@pytest.mark.parametrize(("text", "source", "content"), [
    # a decision voted with its infinitive, a tally or a time between, is not judged by the threshold (``voted_to``)
    ("The council voted 7-2 to ban plastic bags from its markets.", "The council", "to ban plastic bags from its markets"),
    ("The board voted unanimously to close the school.", "The board", "to close the school"),
    ("In 1994, Parliament voted to abolish the levy.", "Parliament", "to abolish the levy"),
])
def test_a_decision_voted_is_a_report(nlp, text, source, content):
    found, there = found_in(top(nlp, text), "voted", source, content, ".,;")
    assert found, there


def test_a_vote_for_a_candidate_stays_judged(unjudged):
    # (only the infinitive of a decision escapes the threshold: 'voted for X' is still weighed by it)
    assert top(unjudged, "Most of the delegates voted for the governor.") == []
