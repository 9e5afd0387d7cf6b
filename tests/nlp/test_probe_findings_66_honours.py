"""Generalisation check of the sixty-second pass on speakers named by honours, peerages, religious and judicial
titles (helper S): twenty-nine short articles (``probe_honours_66``) with knights and dames named again by the title
and the given name ('Sir Tom said', 'Dame Ada'), peers ('Lord Pell of Hartwell ... Lord Pell', 'the baroness'),
dukes and earls ('the duke'), clergy ('the archbishop', 'Cardinal X', 'the rabbi', 'the imam', 'the Rev X ... Ms X
... the vicar', 'the Rt Rev X ... Bishop X', 'Sheikh X'), stacked titles ('Prof Dame X'), letters after a name ('Sir
X MP', 'Dr X OBE'), judges ('Lady X', 'Mr Justice X', 'the Lord Chief Justice, Lord X') and traps ('Lord of the
Flies', 'sir' addressed in a quotation, 'the Lords debated', 'Dame Street'); each report with its hand-written gold,
the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first twenty-four articles (written before any mend; six gold speakers
corrected first to the project's convention, a title no part of the speaker: 'Lord Pell' is Pell, 'Lady Orme' Orme,
'Mr Justice Renshaw' Renshaw, 'the duke' the 'Duke of Carnmoor'): reports 50 of 50 right (no source or content end
wrong, none missed), lines that report nothing 25 of 26 (a false report: 'Pupils read Lord of the Flies', below),
speakers 24 of 25: 'Cardinal Ferrante said' kept 'Cardinal', no title in ``titles.txt``, so it was not Luis Ferrante.
Probing further, 'Lord X ... the Labour peer' and 'Sheikh X ... the sheikh' named no one, and 'The Lord Chief
Justice, Lady Carrow' was the person 'Chief Justice'; the five articles written next (with 'Sir Alan Moy KC' and 'Dame
Kit Orr DBE', whose letters stay in the speaker's name as the earlier sets have it, 'Rachel Dunmore KC' in
``probe_findings_50_spk2``) gave speakers 3 of 7 on main. Mended: 'cardinal' a title and a role noun ('the cardinal');
a peer's title before a name ('Lord', 'Baroness', 'Viscount') makes 'the peer', and a sheikh 'the sheikh'
(``honorific_roles``). In all: reports 60 of 60 before and after, lines 30 of 31, speakers 27 of 32 on main and 30 of
32 after (the Lord Chief Justice's two, below). On PolNeAR train and dev the mends change no record (train 13039
right of 15653, dev 1415 of 1711; speakers on dev 0.960 over 552, before and after).

Tried and dropped: cutting the letters after a name out of the speaker ('Kit Orr DBE' as Kit Orr) broke eight speakers
of two earlier sets, which keep them."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_honours_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

STILL_WRONG = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("school_novel", "Pupils at Greyholm Academy read Lord of the Flies in year nine."):
        "'read' with a person and a text is a cue PolNeAR marks ('the judge read his decision', a speaker reading out"
        " the words he came to deliver: 2 of the 5 golds with 'read' on train), so a class read in class is no class"
        " to mute; the title 'Lord' in the book's name gives no speaker",
}
#: speakers still wrong: (article, source) -> why (the Lord Chief Justice's two mended in the sixty-ninth pass:
#: ``office_titles``, 'Lord' before an office's words names no person 'Chief Justice')
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_titled_people_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_by_a_title, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "speaker"), [
    # a peer's title before the name makes 'the peer' (``honorific_roles``)
    ("Lord Wenlow said the bill was flawed. The Tory peer said it would be amended.", "Wenlow"),
    ("Baroness Ivy Marsh, a former nurse, said the law was cruel. The peer said she would vote against it.", "Ivy Marsh"),
    # a sheikh is 'the sheikh', a cardinal 'the cardinal' (``honorific_roles``, ``titles.txt``, ``role_nouns.txt``)
    ("Sheikh Tariq Noor said the mosque would reopen. The sheikh said the repairs were done.", "Tariq Noor"),
    ("Cardinal Pia Lentini said the church would sell land. The cardinal said the money would feed the poor.",
     "Pia Lentini"),
    ("Cardinal Pia Lentini said the church would sell land. Cardinal Lentini said the money would feed the poor.",
     "Pia Lentini"),
    # the letters after a name are kept in it, as the earlier sets have them ('Rachel Dunmore KC')
    ("Sir Ivor Hale KC, who represents the club, said the fine was unlawful. Sir Ivor said it would be challenged.",
     "Ivor Hale KC"),
])
def test_a_titled_speaker_named_again(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


def test_a_given_name_like_a_title_makes_no_peer(nlp):
    text = "Earl Dunn, a senator, said the bill was bad. The senator said he would vote against it."
    assert [r.speaker for r in top(nlp, text)] == ["Earl Dunn", "Earl Dunn"]
