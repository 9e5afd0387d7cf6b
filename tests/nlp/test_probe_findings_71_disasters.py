"""Generalisation check of the seventy-first pass on disaster and emergency news (helper C): thirty-three short
articles (``probe_disasters_71``) on quakes, floods, wildfires, storms, a landslide, a volcano, a tornado, a tsunami, a
typhoon and a blizzard, with agencies as sources ('The Meridian Geological Survey said the quake struck at a depth of
X', 'the weather service warned that X', 'Forecasters expect X to Y', 'An evacuation order issued by X says Y'),
rescuers and survivors ('"We heard voices under the rubble," said one rescuer, a volunteer from X'), tolls ('X were
killed, the governor of Y said', 'Authorities put the number of missing at X'), alerts ('The alert, sent to phones
across the valley at 4pm, urged residents to X'), insurers' and scientists' estimates ('Modelling by X suggests Y',
'The Insurance Council estimated the cost at Y'), updates over a day ('By midday, the fire service said X'), a live
page's times ('14:05 The mayor says X'), aid agencies, residents' posts and traps that report nothing (sirens sounded,
a river burst its banks, a road closed, 'The fire was 40% contained', 'A red warning is in place', 'The Red Cross
appealed for $12m', 'Authorities raised the alert level', 'The observatory hoisted the No 8 signal'); each report
with its hand-written gold, the lines that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first thirty articles (written before any mend; two golds corrected
first: a clause after 'denied that' is marked without 'that', as the project's sets mark it, and 'Brell & Co.' ending
its sentence keeps its one full stop, the abbreviation's): reports 63 of 64 right ('River gauges show X' missed,
below), lines that report nothing 49 of 49, speakers 9 of 9. PolNeAR train marks warnings as cues with their content
('his warning that X', 16 of the 40 'warning(s)'/'alert(s)' in its texts) and never a warning or an alert in place
with nothing said, so 'A red warning is in place' stays no report, and 'Forbes put his net worth at $45 billion'
is its one 'put X at Y' (cue 'put', content 'his net worth at $45 billion'), so a toll put at a number is a report.
Probing beside the set found two shapes the articles had no case of, and three articles were written for them
(``harbour_posts``, ``ridge_evacuees``, ``corran_live``): reports 5 of 9 and lines 2 of 3 on main. Mended: a live
page's time with its zone before a colon ('2.45pm BST: The coastguard says X') made the zone a speaker's label,
'BST' the source of the whole line, and the line's own report a nested one; the time and its zone are now the label
itself, which names no one (``time_stamps.after_stamp``). And a quotation that opens the sentence before a speaker
the parser reads as the root, its verb a participle on it ('"My house is gone," one resident posted on Facebook':
'a resident who was posted'), gives the participle back its subject and the quotation (``subject_participles``); in
the articles' own parse that shape was read right already, so it shows in the sentences below only. After: reports
71 of 73, lines 52 of 52, speakers 9 of 9. On PolNeAR train and dev the two mends change no record (train 13083
right of 15697, dev 1416 of 1711, before and after).

Tried and dropped: instruments as the makers of a finding ('gauge', 'sensor', 'seismograph' in ``poll_nouns.txt``):
they are muted subjects by the project's decision ('The thermometer read minus 12', ``mute_subjects.txt``), and
train has no instrument that shows or finds anything to decide it again."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests, found_in
from probe_disasters_71 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import top

#: reports still missed or cut wrong: (article, cue, source) -> why
STILL_WRONG = {
    ("lenn_gauges", "show", "River gauges"):
        "an instrument is a muted subject by the project's decision ('The thermometer read minus 12', 'the satnav told"
        " us to turn left', ``mute_subjects.txt``), so 'River gauges show X' is no report while 'Readings from river"
        " gauges show X' is; PolNeAR train has no instrument as a subject of 'show' or 'find' to weigh it again",
    ("ridge_evacuees", "posted", "a woman at the shelter"):
        "the parser reads the quoted 'We left' as taking 'a woman' for its object and hangs 'posted' on 'shelter'"
        " ('a shelter posted on Instagram'), so no speech verb heads the sentence; with a shorter speaker ('one"
        " resident posted') ``subject_participles`` mends it, and no rule can tell this object from a real one",
}

(parsed, test_a_report_of_disaster_news_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_of_disaster_news, test_a_report_still_wrong, _, _,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 33 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)
    assert sum(len(lines) for lines in NOT_REPORTS.values()) >= 50


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a live page's time with its zone before a colon is no speaker's label (``time_stamps.after_stamp``)
    ("2.45pm BST: The coastguard says the missing swimmer has been found.", "says", "The coastguard",
     "the missing swimmer has been found"),
    ("11:20 EDT: The governor says 400 people have been rescued.", "says", "The governor",
     "400 people have been rescued"),
    ("[14:05 GMT]: The mayor says the bridge is closed.", "says", "The mayor", "the bridge is closed"),
    # and a name's label after a time and its zone is still the speaker's, as before
    ('14:05 GMT Health minister Ana Ruiz: "We are ready for the storm."', ":", "Health minister Ana Ruiz",
     "We are ready for the storm"),
])
def test_a_live_pages_time_and_zone(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", ["2.45pm BST: Polls open across the state.", "10:30: Polls open across the state."])
def test_a_time_and_zone_alone_names_no_one(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    # a quotation before a speaker read as the root, the verb a participle on it (``subject_participles``)
    ('"My house is gone," one resident posted on Facebook.', "posted", "one resident", "My house is gone"),
    ('"Our street is a river," a resident posted on X.', "posted", "a resident", "Our street is a river"),
    # and the readings the parser got right already
    ('"Help us," one woman posted on Facebook on Sunday night.', "posted", "one woman", "Help us"),
    ('"Is anyone coming?" a resident posted on X.', "posted", "a resident", "Is anyone coming?"),
])
def test_a_quotation_before_a_posting_resident(nlp, text, cue, source, content):
    found, there = found_in(top(nlp, text), cue, source, content, ".,;")
    assert found, there


@pytest.mark.parametrize("text", [
    '"Hello," a song recorded by Adele in 2015.',
    '"The Last Post," a film directed by Sam Lee.',
])
def test_a_quoted_title_before_a_naming_participle_reports_nothing(nlp, text):
    assert top(nlp, text) == []
