"""Generalisation check of the sixty-fourth pass on religion, faith and ceremonies (helper A): thirty-four short
articles (``probe_faith_68``) with clergy quoted by their titles ('the Rev X told the congregation', 'Rabbi X said',
'Imam X said in Friday's sermon', 'Father X, the parish priest,', 'Sister X', 'Canon X', 'Fr X', 'the Rt Rev X')
and named again by a role ('the vicar', 'the cleric', 'the nun', 'the chaplain', 'the dean'), statements of a
diocese, a church's website, a council of faiths and a temple, a pastoral letter read at Mass, Easter, Christmas
and Eid messages, worshippers and pilgrims quoted, a prayer with its words quoted (a report, as train marks chants
with their words), and lines that report nothing: a hymn's title sung, a reading named, words carved over a door,
the bell rang, service times, 'prayed for the victims', 'gave a homily in the cathedral on Sunday', 'A eulogy was
given', 'said a prayer for the dead', 'said grace', 'laid a wreath'. Every sentence is written for the test.

'gave a sermon on forgiveness' is a report, the talk with its topic its content, as the project reads 'gave a speech
on housing' (``talks_given``, ``test_probe_findings_67_lookalikes``): train marks the shape both ways ('gives regular
speeches on politics' a cue, 'delivered a speech on terrorism' none), so the earlier decision stands.

Counted on main at the session's start, on the first thirty articles (written before any mend): reports 74 of 74,
lines that report nothing 46 of 46, speakers 21 of 25: 'The Rev Ama Quist ... the vicar', 'Sheikh X ... the
cleric' and 'Sister X ... the nun' named no one (a clergy title gave its bearer no role), and 'The Dean of Dalbury,
the Very Rev Helen Crane, ... The dean' was the office, which the recognizer took for a person of its own. The three
articles written next to probe further ('The Rev Dr X ... the vicar ... the clergyman', 'Fr X ... the priest',
'Sheikh X ... the cleric', a bare homily and eulogy) gave reports 8 of 8, lines 4 of 4, speakers 2 of 5 on main, and
the last ('Pope X ... the pontiff', 'said a prayer for the dead', 'said grace', 'laid a wreath') reports 2 of 2,
lines 0 of 2, speakers 0 of 1. Mended: a clergy title before a name, or stacked before it ('the Rev Dr X', 'the Very
Rev X'), gives the roles its bearer is named by later (``clergy_titles.json`` read by ``honorific_roles``; 'pontiff' a
role noun); an office of a place with a name apposed ('The Bishop of X, the Rt Rev Y,') is no person of its own and
its noun is the named person's role (``apposed_offices``; 'dean' a role noun); 'sermon', 'homily', 'eulogy' are talks
whose giving with nothing said is no report (``talk_event_nouns.txt``); a prayer said ('said a prayer', 'said grace',
'said the rosary') is no content (``taken_objects.txt`` '+say', ``taken_senses``); and a wreath laid is a thing
handled, no plan laid (``handled_nouns.txt``). In all: reports 84 of 84 before and after, lines 50 of 52 on main and
52 of 52 after, speakers 23 of 31 on main and 30 of 31 after (below). On PolNeAR train and dev the mends change no
record: train 13049 right of 15662, dev 1416 of 1711, before and after; speakers on dev 0.960 (529 of 551), before and
after."""

from __future__ import annotations

import pytest
from probe_checks import article_set_tests
from probe_faith_68 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_records import records, top

STILL_WRONG = {}
STILL_SHOWN = {}
#: speakers still wrong: (article, source) -> why
#: (none: 'the cleric' after the priest quoted and the sheikh introduced since, a tie the last speaker took, is the
#: sheikh since the follow-ups' ``role_ties``, test_followups_68c; speakers 31 of 31)
KNOWN_SPEAKERS: dict = {}

(parsed, test_a_report_of_faith_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_by_a_title_or_role, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 30 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS) == set(SPEAKERS)


@pytest.mark.parametrize(("text", "speaker"), [
    # a clergy title gives the roles its bearer is named by later (``clergy_titles.json``, ``honorific_roles``)
    ("The Rev Kofi Mensah said the hall would reopen. The vicar said the heating was fixed.", "Kofi Mensah"),
    ("Revd Jane Ollerton said the hall would reopen. The chaplain said the heating was fixed.", "Jane Ollerton"),
    ("Fr Piotr Zalewski said the hall would reopen. The priest said the heating was fixed.", "Piotr Zalewski"),
    ("Father Piotr Zalewski said the hall would reopen. The cleric said the heating was fixed.", "Piotr Zalewski"),
    ("Sister Bernadette Owusu said the hall would reopen. The nun said the heating was fixed.", "Bernadette Owusu"),
    ("Brother Ciaran Dunne said the hall would reopen. The monk said the heating was fixed.", "Ciaran Dunne"),
    ("Sheikh Karim Nassar said the hall would reopen. The cleric said the heating was fixed.", "Karim Nassar"),
    ("Cardinal Rui Amaral said the hall would reopen. The cleric said the heating was fixed.", "Rui Amaral"),
    ("Canon Alice Boateng said the hall would reopen. The priest said the heating was fixed.", "Alice Boateng"),
    ("Pope Gregory said the hall would reopen. The pontiff said the heating was fixed.", "Gregory"),
    # stacked titles before the name ('the Rev Dr', 'the Very Rev')
    ("The Rev Dr Simon Achebe said the hall would reopen. The vicar said the heating was fixed.", "Simon Achebe"),
    ("The Very Rev Ruth Penhale said the hall would reopen. The clergywoman said the heating was fixed.", "Ruth Penhale"),
    # an office of a place with a name apposed is that person's (``apposed_offices``)
    ("The Bishop of Marlow, the Rt Rev Tom Ingle, said the hall would reopen. The bishop said the heating was fixed.",
     "Tom Ingle"),
    ("The Dean of Harwick, the Very Rev Eve Salter, said the hall would reopen. The dean said the heating was fixed.",
     "Eve Salter"),
])
def test_a_clergy_speaker_named_again(nlp, text, speaker):
    assert [r.speaker for r in top(nlp, text)] == [speaker, speaker]


@pytest.mark.parametrize("text", [
    # an office with no name beside it is still the person it names
    "The Duke of Harland said the estate would open. The duke said tickets would cost £8.",
])
def test_an_office_alone_is_still_its_holder(nlp, text):
    assert [r.speaker for r in top(nlp, text)] == ["Duke of Harland", "Duke of Harland"]


def test_a_vicar_described_since_is_not_the_titled_one(nlp):
    # a role described since the titled person was last named is the one described ('A vicar from X')
    text = ("The Rev Kofi Mensah said the hall would reopen. A vicar from a nearby parish said the roof leaked. "
            "The vicar said repairs would cost £9,000.")
    assert [r.speaker for r in top(nlp, text)] == ["Kofi Mensah", "vicar from a nearby parish", "vicar from a nearby parish"]


@pytest.mark.parametrize("text", [
    # a sermon, a homily or a eulogy given with nothing said is an event (``talk_event_nouns.txt``)
    "The bishop gave a sermon in the cathedral on Sunday.",
    "Father Aled Morgan gave a homily at the graveside.",
    "Her brother delivered the eulogy at the funeral on Friday.",
])
def test_a_bare_sermon_reports_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize("text", [
    # a prayer said is no words reported (``taken_objects.txt``); a wreath laid is a thing handled (``handled_nouns.txt``)
    "The children lit candles and said a prayer for peace.",
    "Before the meal, Father Tom Ashby said grace.",
    "The nuns said the rosary in the ruined chapel.",
    "The mayor laid a wreath at the memorial on Sunday.",
])
def test_a_prayer_said_or_a_wreath_laid_reports_nothing(nlp, text):
    assert records(nlp, text) == []


def test_prayers_as_a_subject_and_plans_laid_still_report(nlp):
    assert [r.cue.text for r in top(nlp, "The bishop said prayers alone would not end the war.")] == ["said"]
    assert [r.cue.text for r in top(nlp, "Donors laid plans for an assault on the front-runner.")] == ["laid"]


@pytest.mark.parametrize(("text", "cue"), [
    # with its topic or its words it is still a report
    ("Father Cal Brennan gave a sermon on forgiveness at St Jude's on Saturday.", "gave"),
    ("The bishop gave a sermon in which he said the war must end.", "said"),
])
def test_a_sermon_with_its_topic_or_words_still_reports(nlp, text, cue):
    assert any(r.cue is not None and r.cue.text == cue for r in top(nlp, text))
