"""Generalisation check of the seventy-first pass on state media, foreign ministries and war communiques (helper B):
thirty-six short articles (``probe_statemedia_71``) with state agencies and broadcasters as sources ('the state-run X
agency reported', 'state television showed ... and said', 'said in its evening bulletin', 'X, the agency reported,
citing Y'), commentaries and editorials in party papers ('a commentary in the party newspaper accused X of Y'),
ministry spokespeople at briefings, statements carried by an agency, military channels ('the general staff said on
Telegram', 'a pro-government military blogger wrote'), communiques and readouts ('the communique issued at the end
of the summit called for X', 'according to a readout of the call'), 'the two leaders agreed that X', 'X was quoted
by the agency as saying Y', '(in translation)', denials ('denied the reports, calling them X'), warnings and vows,
and traps that report nothing (a parade broadcast, a missile test, an interrupted broadcast, 'the claims could not
be independently verified'). Every sentence is written for the test.

Counted on main at the session's start, on the first thirty articles (written before any count): reports 53 of 57,
lines that report nothing 26 of 27, speakers 7 of 7. Two of the four misses were the gold's, corrected first: 'Y was
quoted by X as saying Z' takes the cue 'saying', as the sixty-eighth and sixty-ninth passes' sets have it; and
'vowed a "firm response" to the strike on the port of Lira, which killed six dockworkers' ends before ', which', as
train marks a content followed by a comma and 'which' or 'who' (113 of the 140 such contents the pipeline ends
there). The six articles written next gave reports 10 of 12 once two more golds were corrected to the project's
conventions ("'Q,' she told X, according to a transcript" is one report of the transcript; 'X, speaking on condition
of anonymity,' is no part of the source, ``syntax.source_span``'s occasion). In all on main: reports 66 of 69, lines
31 of 32, speakers 8 of 8.

Mended: 'commentary' is a document that says things (``source_nouns.txt``), so 'A commentary in the party newspaper
accused X of Y' is a report as 'An editorial ... accused' was ('warned' and 'said' had it already). After: reports
67 of 69, lines 31 of 32, speakers 8 of 8. On PolNeAR train and dev the mend changes no record (train 13083 right of
15697, dev 1416 of 1711, before and after)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_statemedia_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("asked_at_briefing", "said", "The report, by a research group in Lesk"):
        "the parser hangs ', by a research group in Lesk,' on the verb, not on 'report', so the source stops at 'The"
        " report' (the speaker is the research group all the same); train marks no source with ', by X,' to measure"
        " a rule on",
    ("agency_deaths", "reported", "State media"):
        "'reported the deaths of five soldiers ... late on Saturday': the parser reads the time as the report's, as"
        " it may be (the clash's or the report's: the sentence says neither), so the content stops before it",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("broadcast_cut", "Viewers saw a blank screen and then a film about the navy."):
        "'saw' with a person and a thing seen is a cue PolNeAR marks at times (15 golds of 82 'saw' in train, 'She"
        " saw him there again in 1999'); the pipeline's 12 'saw' on train are 7 right, no class to mute",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_state_media_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_state_media, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "cue", "source"), [
    # a commentary is a document that says things, as an editorial is (``source_nouns.txt``)
    ("A commentary in the army newspaper accused the envoy of lying about the ceasefire.", "accused",
     "A commentary in the army newspaper"),
    ("The commentary said the talks had failed.", "said", "The commentary"),
    ("A commentary published by the agency on Sunday warned that the talks would fail.", "warned",
     "A commentary published by the agency on Sunday"),
])
def test_a_commentary_is_a_source(nlp, text, cue, source):
    assert [(r.cue.text, r.source.text) for r in top(nlp, text)] == [(cue, source)]


def test_a_commentary_on_a_match_is_no_report(nlp):
    assert top(nlp, "The commentary on the final was broadcast in six languages.") == []
