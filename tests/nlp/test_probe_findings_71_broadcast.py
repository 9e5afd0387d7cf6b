"""Generalisation check of the seventy-first pass on broadcast and podcast interviews and transcripts (helper L):
thirty short articles and pages (``probe_broadcast_71``) with 'speaking on the X programme, Y said', 'told the X
podcast', 'in an interview with Channel 9', 'appearing on X, she argued', 'said on air', 'told listeners',
transcripts with labels in capitals ('PRESENTER:', 'HALL:', 'MARY HALL (Minister):', 'CALLER (Gail, Northby):'),
'[crosstalk]' and '(laughs)', a host's questions and sign-off, a panel of two guests who disagree, 'the programme
heard that X', callers, a phone-in, a television debate ('accused Y of Z'), 'in a clip shared online' and traps (a
show aired, a presenter signed off, ratings rose, a jingle played, a schedule); each report with its hand-written
gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first twenty-six articles (written before any mend): reports 52 of
54, lines that report nothing 43 of 44, speakers 9 of 10. Missed: 'OKORO: It will take them through our farms.
[crosstalk]' kept the stage direction in the turn; 'The Inside Story programme heard that X' made the programme the
source, where 'the court heard' has none; 'PRESENTER: We'll have to leave it there.', a host's sign-off closing a
transcript, was a report, since a label asks only when another label answers each of its turns; and 'Ms Moreno' was
not Sal Moreno (below). One gold content was corrected after the count, to the convention the first mend sets (a
stage direction at a turn's edge is no word of the speaker's): BRENNAN's '(laughs) Never. ...' is 'Never. ...', which
main got wrong too (reports 51 of 54 on main so counted). The four pieces written after the mends gave on main:
reports 7 of 8 ('Interviewed on Channel 9's Nightly, the port's chief executive, Rhona Kyle, said X' took the opening
participle into the source), lines 7 of 9 (two more sign-offs, one in a transcript whose bracketed callers'
labels the layout did not read as labels), speakers 2 of 2.

Mended: a stage direction at either end of a content is cut off it (``stage_directions``,
``stage_directions.txt``); 'programme' and 'documentary' hear evidence (``audience_nouns.txt``); a host's turn
closing the page may go unanswered and its label still asks, and a label may carry a bracket ('CALLER (Gail,
Northby):', 'MARY HALL (Minister):'; ``interviews``); an opening participle the parser read as the verb's subject,
or a role it hung alone on the opening phrase with the name set off after it as the subject ('Speaking to Radio Orm,
the club's captain, Dan Tully, said X'), gives the role to the source (``opening_phrase_roles``). In all: reports 58
of 62 on main (counted with the corrected gold) and 62 of 62 after, lines 50 of 53 and 53 of 53, speakers 11 of 12
before and after. On PolNeAR the mends change no record (train 13093 right of 15707, dev 1416 of 1711, before and
after); in the earlier sets they mend one source ('Writing to parishioners after X, the vicar of St Ebba's, Rev Tom
Pask, said', ``probe_offices_69``)."""

from __future__ import annotations

import pytest
from probe_broadcast_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

STILL_WRONG: dict = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN: dict = {}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("debate_write_up", "Ms Moreno"):
        "the name list gives 'Sal' as a man's name in Britain and the United States alike, so 'Ms Moreno' contradicts"
        " 'Sal Moreno' and is taken for someone else; no broadcast shape ('Sara Moreno ... Ms Moreno' is found)",
}

(parsed, test_a_report_on_air_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_on_air, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


def _turns(nlp, text):
    return [(r.source.text if r.source else None, [c.text for c in r.contents]) for r in top(nlp, text)]


@pytest.mark.parametrize(("text", "turns"), [
    # a stage direction at either end of a turn is cut off it, one inside stays (``stage_directions``)
    ("RUSK: We will not close the ward. [crosstalk]\n\nMOORE: You closed two last year.\n\nRUSK: That was the trust.\n\n"
     "MOORE: (laughs) It was you.",
     [("RUSK", ["We will not close the ward"]), ("MOORE", ["You closed two last year"]), ("RUSK", ["That was the trust"]),
      ("MOORE", ["It was you"])]),
    ("TAIT: (sighs) Nobody told us. [inaudible]\n\nVOSS: We wrote to every house.\n\nTAIT: Not to mine.\n\n"
     "VOSS: To yours too. [Cross talk]",
     [("TAIT", ["Nobody told us"]), ("VOSS", ["We wrote to every house"]), ("TAIT", ["Not to mine"]),
      ("VOSS", ["To yours too"])]),
    ("IBE: It was late. (pause) Very late.\n\nCORR: It was on time.\n\nIBE: Not by my watch.",
     [("IBE", ["It was late. (pause) Very late"]), ("CORR", ["It was on time"]), ("IBE", ["Not by my watch"])]),
])
def test_a_stage_direction_at_a_turns_edge_is_no_word_of_it(nlp, text, turns):
    assert _turns(nlp, text) == turns


@pytest.mark.parametrize("text", [
    # a host's sign-off closing the page, which no one answers: the label still asks (``interviews``)
    "HOST: Is the pier safe?\n\nWEBB: It is now.\n\nHOST: And the lights?\n\nWEBB: Next week.\n\nHOST: Thank you, Mr Webb.",
    # a label with a bracket after it (``interviews``)
    "HOST: Is the pier safe?\n\nCALLER (Ted, Orm): It is now.\n\nHOST: And the lights?\n\nCALLER (Ted, Orm): Next week."
    "\n\nHOST: That is all for tonight.",
])
def test_a_hosts_sign_off_is_no_report(nlp, text):
    assert [s for s, _ in _turns(nlp, text)] == [text.split("\n\n")[1].split(":")[0]] * 2


def test_a_programme_hears_evidence_from_no_one_named(nlp):
    text = "The documentary heard that the mill had dumped dye in the river for years."
    assert _turns(nlp, text) == [(None, ["the mill had dumped dye in the river for years"])]


@pytest.mark.parametrize(("text", "source"), [
    # the opening phrase's role, set off with the name, is the source's (``opening_phrase_roles``)
    ("Interviewed on Radio Fell, the club's chairman, Ned Pike, said the ground would be sold.",
     "the club's chairman, Ned Pike"),
    ("Speaking to the Harbour Hour podcast, the ferry firm's owner, Ida Venn, said fares would rise.",
     "the ferry firm's owner, Ida Venn"),
])
def test_a_role_after_an_opening_phrase_is_the_sources(nlp, text, source):
    assert [s for s, _ in _turns(nlp, text)] == [source]
