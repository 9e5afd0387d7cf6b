"""Generalisation check of the seventy-first pass on speakers named by epithets and role phrases in articles with
three or more people, several of the same gender (helper I): twenty-five articles (``probe_epithets_71``) with
epithets after a first mention ('the veteran striker', 'the mother of three', 'the former minister', 'the
Oxford-educated lawyer', 'the newcomer', 'the 66-year-old', 'the Olympian', 'the widow', 'the teenager'), role phrases
that fit one of several people ('the coach' and 'the captain', 'the prosecutor' and 'the defence', 'the landlord' and
'the nurse', 'the actor' and 'the director'), kin ('Her husband said', 'Their daughter, Mia, said', 'His son, Jack,
said'), a pronoun after a quotation naming another man, 'the two' and 'both men', a surname alone later ('Okafor
said'), a title dropped ('Dr Lyle' then 'Lyle'), a family name two relatives share ('Tom Bray and his son, Sam Bray
... Bray said'), two sisters by their given names and a body and its head ('Kestrel Air ... its chief executive');
each report with its hand-written gold, the lines that report nothing and the speakers. Every sentence is written for
the test.

Counted on main at the session's start (written before any mend): reports 138 of 139 right (one missed, below), lines
that report nothing 22 of 27 (five shown, below), speakers 92 of 105. Mended: a kinsman named by a given name alone
after 'his' or 'her' with no person a subject within a few sentences before takes the surname of the person last
named there in any part ('Police are searching for Ron Tully ... His daughter, Ellie, said': Ellie, now Ellie Tully),
and after 'their' the surname every person named in full in the last subject of two or more people bears ('Sarah and
Tom Lindley ... Their daughter, Mia, said': Mia Lindley), both in ``kin_surnames``. After: reports 138 of 139, lines
22 of 27, speakers 97 of 105. On PolNeAR the mend changes no record (train 13083 right of 15697, dev 1416 of 1711,
before and after) and no speaker of the gold (dev 0.960, 529 of 551; train 0.947, 234 of 247; before and after).

Followed up (helper J, ``test_followups_71j``): 'The father' after 'Tom Bray and his son, Sam Bray' is Tom Bray
(``kin_pairs``), 'The teenager' after 'A 14-year-old boy ...' and the name the next sentence gives is that name
(``aged_named``), 'Both men' and 'The two' after 'Owen Pugh, 58, and his nephew, Rhys Pugh' and a third man named
are the Pughs (``named_pairs``, ``groups.the_two``), and 'The defence' is kept as written, a side as 'the
prosecution' is (its gold was Hugh Marsh, the defendant's barrister named before): speakers 97 -> 102 of 105,
reports and lines unchanged.

Tried and dropped: 'olympian' as a role noun ('The Olympian said' is tagged a body by the NER, so the word list never
reads it)."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_epithets_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("regal_sisters", "said", "The 31-year-old"):
        "the parser reads 'said' between an age epithet and a bare plural ('The 31-year-old said tickets would cost"
        " £5') as an adjective on 'tickets' ('the said tickets'), so no verb of saying is there to find; with an"
        " article ('said the tickets') the report is found",
}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("veteran_striker", "Dane Holt, 34, who has scored 140 league goals, signed a one-year deal with Ashgrove Rovers on Monday."):
        "'signed' is a cue the ranker keeps ('signed a deal' muted was tried and dropped: ``tried.md``)",
    ("tower_lawyer", "Residents of Harlan Tower have hired Amira Qureshi, an Oxford-educated lawyer who has fought three"
                     " housing cases, to challenge a ruling that their block is safe."):
        "'to challenge' a ruling is a cue PolNeAR marks as a stance taken ('challenged the result'); hired to challenge"
        " it is no one's stance yet, but the infinitive gives no sign of that the ranker reads",
    ("quartet_newcomer", "The Thorne Quartet has named the violinist Lena Fischer as its new second violin, after Clara"
                         " Voss left in June."):
        "'named X as Y' is read as a naming, a cue ('sign' as a naming verb was tried and dropped: ``tried.md``)",
    ("sprint_coach", "British Swimming has appointed Anna Berg, a two-time Olympian from Sweden, to coach its sprint squad."):
        "'appointed X to Y' is read as a body's announced decision, a cue the ranker keeps",
    ("lifeboat_memorial", "Edith Rowe, 93, whose husband was the boat's coxswain, unveiled the stone."):
        "'unveiled' is a cue for plans and figures ('unveiled a budget'), and a stone is a thing the cue takes as any",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {
    ("rival_garages", "Bray"):
        "two men of the name and nothing to tell them apart: the speaker is the one named last (``People.bearer``, the"
        " convention of the earlier passes), where an editor should see the name as written",
    ("sprint_coach", "The Olympian"):
        "the NER tags 'The Olympian' a body (and 'a two-time Olympian' a nationality), so neither is read as a role",
    ("regal_sisters", "The 31-year-old"):
        "the report is not found (``STILL_WRONG``)",
}

(parsed, test_a_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_by_an_epithet, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize(("text", "speaker"), [
    # 'his' or 'her' with no person a subject before: the person last named in any part (``kin_surnames``)
    ("Police are searching for Ron Tully, who left his home on Friday. His son, Jack, said his father knew the hills"
     " well.", "Jack Tully"),
    ("Officers found Ada Moss at the station on Monday. Her brother, Leo, said she had been confused.", "Leo Moss"),
    # (a subject of the other sex between is passed over, as it was)
    ("Police are searching for Ron Tully. Mary Hale said she saw him. His son, Jack, said his father knew the hills"
     " well.", "Jack Tully"),
    # 'their' after a subject of people who share one surname (``kin_surnames``)
    ("Kit and Dora Haines run the farm. Their son, Oscar, said the harvest was late.", "Oscar Haines"),
    ("Kit and Dora Haines run the farm. The vet, Ana Ruiz, said the herd was healthy. Their son, Oscar, said the"
     " harvest was late.", "Oscar Haines"),
    # no surname when the two differ or one person is the subject
    ("Kit Haines and Dora Vale run the farm. Their son, Oscar, said the harvest was late.", "Oscar"),
    ("Ana Ruiz said the herd was healthy. Their son, Oscar, said the harvest was late.", "Oscar"),
])
def test_a_kinsman_named_by_a_given_name_takes_the_family_name(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker
