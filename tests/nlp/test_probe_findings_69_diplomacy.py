"""Generalisation check of the sixty-ninth pass on diplomatic reporting, readouts and state media (helper N):
forty short articles (``probe_diplomacy_69``) with spokespeople at briefings, readouts of calls ('According to a
readout from the president's office, X', 'the readout said'), state media as channels ('said in remarks carried by
the state news agency Veska that X', 'State television quoted him as saying', 'the official Nordpress agency
reported'), joint statements, communiques and declarations, anonymous diplomats, 'the two sides discussed',
remarks through an interpreter or an official translation, words told to a counterpart in a call, and traps that
report nothing (talks that lasted hours, handshakes, schedules, treaties named, credentials presented, where an
embassy is); each report with its hand-written gold, the lines that report nothing and the speakers. Every sentence is
written for the test.

The channel convention follows train: an outlet or a readout that reports is the source ('according to a Pentagon
readout', 'the Times reported' around another's saying, 'Xinhua, the official Chinese news agency, wrote'), one that
only carries the words is not ('said in remarks carried by X' is the speaker's), but 'X quoted Y as saying Z' is
X's report of 'Y as saying Z' since the seventieth pass, as train marks it 5 of 5, Y's own nested in it; footage
that shows someone doing something is a report ('A 2010 YouTube video shows Hess talking about X' on train), so
'The broadcast showed Ms Holm inspecting a patrol vessel' was moved from the lines that report nothing to the gold
before counting.

Counted on main at the session's start, on the first thirty articles (written before any mend): reports 59 of 62,
lines that report nothing 36 of 36, speakers 10 of 10; the six written next (a call to a counterpart, a palace, a
letter to the United Nations, the sides' agreement, an official translation, an embassy's appeal) gave reports 11 of
12, lines 6 of 6, speakers 1 of 1. Wrong on main: the channel's name before the reported clause's 'that', which the
parser read as a clause of the verb of saying, so the content opened with the name ('said in remarks carried by the
state news agency Veska that X', 'said in a post on the social network Tallo that Y'), and the two below. Mended: a
name right after the common noun a preposition holds, up to the 'that' opening the reported clause, is the noun's
apposition as it already was up to a comma (``named_objects``). The four written last (a televised address, a
readout as the subject, 'was quoted by the state broadcaster DTV as telling the delegates that X', capitals for
governments) were all right on main. In all: reports 77 of 81 on main and 79 of 81 after, lines that report nothing 47
of 47 and speakers 12 of 12 before and after.

On PolNeAR the mend changes no record: train 13067 right of 15684, dev 1416 of 1711, before and after."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_diplomacy_69 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import contents, top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("communique", "called for", "The communique issued at the end of the summit"):
        "the parser reads the sentence as a noun with two participles ('The communique issued at the end of the summit"
        " called for X': 'called' a reduced relative on 'summit'), so no finite verb of saying is left; sentences of"
        " that shape (a noun at the root, no finite verb, a verb of saying's participle deeper than the root's own"
        " modifier) number 0 on train, so ``subject_participles`` was not widened for them",
    ("two_sides_discussed", "discussed", "Deputy Minister Ilse Varga and the Kessan ambassador"):
        "'On Friday Deputy Minister X' with no comma: the parser hangs the weekday on the name as a compound, so the"
        " source opens with 'Friday'; train has no 'On <weekday> <Capitalised word>' without a comma, so no repair was"
        " written for it",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_diplomatic_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_diplomatic_report, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "source", "content"), [
    # the channel's name before the reported clause's 'that' is the noun's apposition, not a clause (``named_objects``)
    ("Prime Minister Ana Rusk said in remarks carried by the state news agency Torva that the port would reopen.",
     "Prime Minister Ana Rusk", "the port would reopen"),
    ("The embassy said in a post on the social network Pellit that its staff were safe.",
     "The embassy", "its staff were safe"),
    ("The coach said in an interview with the newspaper Harbour Daily that he would stay.", "The coach", "he would stay"),
])
def test_a_channel_named_before_that(nlp, text, source, content):
    found = top(nlp, text)
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, [content])]
