"""Generalisation check of the sixty-second pass on shipping, ports and trade news (helper K): thirty short
articles (``probe_shipping_66``) on ships aground, boarded, detained, refloated or on fire, port strikes, container
backlogs, canal closures, tariffs and trade talks, customs seizures, fishing disputes, rescues, oil spills, grain
ships, ferries and cruise ships: 'The vessel's operator said the ship', 'The coastguard said in a statement that',
'Its skipper radioed that', 'The trade minister insisted', 'According to ship-tracking data', 'Customs officers said
they found', 'Dockworkers say', 'The shipping line warned customers that', 'The talks were described as
constructive', 'A maritime security firm reported', 'The union accused', 'Officials in Cairo said', and speakers
named again by pronoun or role ('She', 'He', 'The skipper', 'The harbour master', 'The operator', 'Mr Menon'); each
report with its hand-written gold, the lines that report nothing (tonnages, routes, cargoes, ships described,
tariffs and figures stated by the writer, schedules, a rescue narrated) and the speakers. Every sentence is written
for the test.

Counted on main at the pass's start, on the first twenty-six articles (written before any mend; one line of the gold
corrected first to PolNeAR's convention: 'Negotiators are still divided over quotas' is a stance, 'divided over/on'
a cue in the 6 of 6 seen on train, not a line reporting nothing): reports 68 of 69, lines 68 of 68, speakers 8 of 8;
the one miss is 'The talks were described as constructive' (below). The four articles written next, to probe ships
named like people beside the people who speak about them, gave reports 10 of 10, lines 8 of 8 and speakers 2 of 5
on main: 'Kirsty Lamont said X. The Sarah Jane, a 12-metre trawler, went down off Fairlie Head. She said Y' read
the trawler (and in another article the ferry 'The MV Anna Berg') for 'She', and 'Ewan Rennie said X. The yacht Lady
Ellen lost her mast off Carrick Point. He said Y' read the headland for 'He': the NER takes a ship's name or a
headland's for a person's. Mended: a name right after a vessel's noun or prefix ('the tanker', 'MV', 'HMS'), with
one set beside it ('a 12-metre trawler') or of a first name and more right after 'the' is the vessel's, no person
(``vessel_names``, from ``relabel``, and from ``subjects`` and ``untagged``, which read names from the parse and
the NER's label: 'MV Jenny Lind reached port' was a person's name the NER missed); a name ending in a
place's or a coast's noun right after 'off', 'near', 'around', 'past' or 'beyond' is the place even when it opens
with a given name (``offshore_places``). After: speakers 5 of 5. In all: reports 78 of 79, lines 76 of 76, speakers
10 of 13 on main and 13 of 13 after. PolNeAR, American political news, names no ship and no headland at sea: on train
and dev the mends change no record (train 13039 right of 15654, dev 1415 of 1711, before and after; speakers on dev
0.960 over 552 before and after), so they are measured on the written set alone.
Conventions followed as the project has them: 'accused X of Y' holds 'X of Y'; 'blame X' holds 'X'; 'called for X'
holds 'X'; 'X, according to Y' is Y's report; 'The coastguard said in a statement that X' holds 'X'."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_records import top
from probe_shipping_66 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS

#: reports still wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("trade_talks", "described", ""):
        "'The talks were described as constructive': a passive 'described as' with no one named after 'by' gives no"
        " record; PolNeAR marks 2 of the 4 such passives on train (none of a meeting), so no class to follow",
}

(parsed, test_a_report_of_shipping_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_a_pronoun_or_a_role, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 24 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 40


@pytest.mark.parametrize(("text", "speaker"), [
    # a ship named like a person takes 'she', but no one speaks as a ship (``vessel_names``)
    ("The master, Ingrid Sole, said the crew were safe. The tanker Maria Holm was refloated on Thursday. She said the"
     " hull was intact.", "Ingrid Sole"),
    ("The master, Ingrid Sole, said the crew were safe. The Maria Holm lost her rudder on Thursday. She said the hull"
     " was intact.", "Ingrid Sole"),
    ("Hanna Dahl, a spokeswoman for the line, said the ferry was late. MV Jenny Lind reached Hestra at noon. She said"
     " no one was hurt.", "Hanna Dahl"),
    ("The navy's spokeswoman, Lt Cdr Ruth Pryce, said the frigate had sailed. The Alice Grey, a frigate, left port"
     " on Monday. She said it would return in May.", "Ruth Pryce"),
    # a headland after 'off' or 'near' is a place, though 'Carrick' is also a given name (``offshore_places``)
    ("The coxswain, Ewan Rennie, said the crew were tired. The yacht lost her mast off Carrick Point. He said no one"
     " was hurt.", "Ewan Rennie"),
    ("The coxswain, Ewan Rennie, said the crew were tired. A trawler sank near Fairlie Head. He said no one was hurt.",
     "Ewan Rennie"),
])
def test_a_ship_or_a_headland_is_no_speaker(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    # people stay people: after 'the late', after 'at', after a noun that is also a trade's; and a paper after 'the'
    ("The late John Smith said he loved the sea. He said he had sailed for 40 years.", "John Smith"),
    ("Kevin Hill said the meeting was over. Protesters shouted at Kevin Hill outside. He said he was not worried.",
     "Kevin Hill"),
    ("Mail carrier John Hale said the road was flooded. He said the post would be late.", "John Hale"),
    ("The Kelby Ledger reported that the port had closed. Its editor, Ann Roe, said the story was checked. She said the"
     " port had confirmed it.", "Ann Roe"),
    ("Harbour master Nils Berg said the port was closed. The Anna Berg left at noon. Mr Berg said it was the last"
     " sailing.", "Nils Berg"),
])
def test_a_person_named_so_stays_one(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)][-1] == speaker
