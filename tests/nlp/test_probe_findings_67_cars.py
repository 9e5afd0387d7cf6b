"""Generalisation check of the sixty-seventh session on the car industry, electric vehicles and recalls (helper A):
thirty-three short articles (``probe_cars_67``) with carmakers' statements ('the carmaker said', 'a spokeswoman for
Velmor Motors'), regulators ordering recalls ('the board said owners should ...'), dealers, drivers, union leaders
and analysts' notes ('Analysts at X wrote in a note to clients that ...'), models named like people or places ('the
Florence', 'the Harlow', 'the Model Nine'), figures in the lines, headlines with colons ('Recall: Velmor says ...',
'Torrin chief: ...') and speakers named again ('the carmaker', 'the company's boss', 'the automaker'); traps that
report nothing: spec sheets, recalls as events, a machine that tells or warns ('The car tells drivers when ...',
'The dashboard warns ...', 'Drivers are told by the app when ...'); each report with its hand-written gold, the lines
that report nothing and the speakers. Every sentence is written for the test.

Counted on main at the session's start, on the first thirty articles (written before any run): reports 74 of 74
right; lines that report nothing 42 of 45: 'Drivers are told by the app when X' (a passive's agent was never asked
whether it can say anything, as a subject is), 'The safety board opened an inquiry ... after 37 complaints from
drivers' (the stance's holder right, but what it was on read as the board, the subject of the verb the phrase of
time hangs on; listed after the first run showed it) and 'A warning light ... tells the driver to stop' (below);
speakers 14 of 17: 'the company's boss' after "Velmor Motors' chief executive, Ines Harrow" named no one ('company'
is no word of the firm's name nor a kind of it), and in 'Kestrel Auto will close its van plant in Alderbury, the
carmaker said' the NER missed the firm, so 'the carmaker' and 'the company' were the headline's 'Alderbury', which the
NER took for a body there ('Alderbury plant'). The three articles written after the first run (a firm's chief named
again by 'the firm's chief', 'Orrin Auto ... the carmaker said', a passive with a machine's and a body's agent) gave
reports 6 of 6, lines 5 of 5, speakers 0 of 3 on main. Mended: the agent of a passive cue that is a thing that says
nothing (``mute_subjects.txt``) makes no report, as such a subject does (``mute.mute_thing``, for ``verbs``); 'car'
and 'vehicle' are such things ('The car tells drivers to stop'); a noun of any firm ('the company's boss', 'the firm's
chief': ``any_firm_nouns.txt``) names the body of a person whose role names one (``role_synonyms``); 'Auto' closing a
name makes it a firm's ('Kestrel Auto', ``organisation_words.txt``); a stance noun with a 'from' holder after a
preposition of time or circumstance ('after complaints from X', 'amid anger from Y') takes no verb's subject for what
it is on (``drawn_criticism``; it also mends a line of ``probe_layouts_57``). In all: reports 80 of 80 before and
after, lines 47 of 50 before and 49 of 50 after, speakers 14 of 20 before and 20 of 20 after. On PolNeAR train and
dev the mends change no record (train 13039 right of 15653, dev 1415 of 1711) and no speaker on dev (0.960 over 552).

Not mended: a place the NER tags a body where a firm is not named ('between Hadley and Marston', 'the mill in
Rushby': ``test_probe_findings_57_layouts``' two known speakers) still becomes 'the company'; here 'Kestrel Auto',
now found, comes after the headline's 'Alderbury' and is taken first."""

from __future__ import annotations

import pytest
from probe_cars_67 import ARTICLES, GOLD, NOT_REPORTS, SPEAKERS
from probe_checks import article_set_tests
from probe_records import top

STILL_WRONG = {}
#: lines that report nothing still shown as a report: (article, line) -> why
STILL_SHOWN = {
    ("warning_light", "A warning light on the Brannock Florence tells the driver to stop the car at once if the battery"
                      " overheats."):
        "'light' cannot join ``mute_subjects.txt``, which reads a subject's head alone: it heads a source on train ('the"
        " leading lights of the Democratic Party'), and only the compound 'warning' makes this one a machine's",
}
#: speakers still wrong: (article, source) -> why
KNOWN_SPEAKERS = {}

(parsed, test_a_car_report_is_found, test_a_line_that_reports_nothing_gives_no_record,
 test_a_speaker_named_again, test_a_report_still_wrong, test_a_line_still_shown, test_a_speaker_still_wrong,
 test_every_listed_case_is_in_the_set) = article_set_tests(
    ARTICLES, GOLD, NOT_REPORTS, SPEAKERS, still_wrong=STILL_WRONG, still_shown=STILL_SHOWN,
    known_speakers=KNOWN_SPEAKERS, stops=".,;")


def test_the_set_is_large_enough():
    assert len(ARTICLES) >= 20 and set(ARTICLES) == set(GOLD) == set(NOT_REPORTS)


@pytest.mark.parametrize("text", [
    # a passive's agent that says nothing makes no report (``mute.mute_thing``)
    "Drivers are told by the app when charging has finished.",
    "Drivers are warned by the dashboard that a tyre is soft.",
    # a car is such a thing (``mute_subjects.txt``)
    "The car tells drivers to stop at once.",
    "The car warns drivers that a tyre is soft.",
])
def test_a_machine_reports_nothing(nlp, text):
    assert top(nlp, text) == []


@pytest.mark.parametrize(("text", "source"), [
    # a passive's agent who can speak still does; so does a firm named by a car's noun
    ("Owners have been told by the carmaker that the cars are safe.", "the carmaker"),
    ("Drivers were warned by police that the road would close.", "police"),
    ("The car company said sales had risen.", "The car company"),
])
def test_a_speaker_beside_a_machine_still_reports(nlp, text, source):
    assert [r.source.text for r in top(nlp, text)] == [source]


@pytest.mark.parametrize(("text", "speakers"), [
    # a noun of any firm names the body of a person whose role names one (``any_firm_nouns.txt``)
    ("Velmor Motors' chief executive, Ines Harrow, said the company would cut jobs. The company's boss said no plant"
     " would close.", ["Ines Harrow", "Ines Harrow"]),
    ("Ines Harrow, the chief executive of Velmor, said prices would fall. The firm's chief said rivals would follow.",
     ["Ines Harrow", "Ines Harrow"]),
    # not of one whose role names no body
    ("Ines Harrow, the head teacher, said the school would close. The company's boss said no plant would close.",
     ["Ines Harrow", "company's boss"]),
    ("Lena Ross, the chief executive of the union, said pay was too low. The company's boss said the offer was fair.",
     ["Lena Ross", "company's boss"]),
    # 'Auto' closing a name makes it a firm's, which 'the carmaker' and 'the company' stand for
    ("Kestrel Auto will close its plant in Alderbury, the carmaker said. The company said the work would move abroad.",
     ["Kestrel Auto", "Kestrel Auto"]),
])
def test_a_firm_named_again(nlp, text, speakers):
    assert [r.speaker for r in top(nlp, text)] == speakers


@pytest.mark.parametrize(("text", "records"), [
    # a stance noun with a 'from' holder after a preposition of time or circumstance: the subject acted on it, it is
    # not what the stance is on (``drawn_criticism``)
    ("The safety board opened an inquiry after 37 complaints from drivers.", []),
    ("The council closed the car park amid anger from residents.", []),
    # the noun's own topic still makes the record, and so does a stance the subject draws
    ("The council closed the bridge after complaints from residents about the noise.",
     [("complaints", "residents", "the noise")]),
    ("The recall sparked complaints from dealers.", [("complaints", "dealers", "The recall")]),
])
def test_a_stance_drawn_in_a_phrase_of_time(nlp, text, records):
    assert [(r.cue.text, r.source.text, r.contents[0].text) for r in top(nlp, text)] == records
