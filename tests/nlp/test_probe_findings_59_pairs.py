# ruff: noqa: E501  (a listed sentence is one line, as a news page has it)
"""Precision check of the fifty-ninth session (helper A): 127 minimal pairs (``probe_pairs_59``), each holding one
cue word twice, once in a report with its hand-written gold (a word of the cue, the source, the first content)
and once in a sense that reports nothing: idioms ('needless to say', 'so to speak', 'time will tell', 'speaks
volumes'), a thing taken, booked, charged or played, a word as a modifier or a name ('a noted chef', 'an estimated
3,000'), a noun subject of a verb that is no cue ('The findings were printed'), physical acts and instructions.
Every sentence is written for the test.

Counted before this pass: reports 120 of 127 (missed 4: a verb the parser left without its clause twice, 'voiced
concern that X', 'figured X'; cut wrong 3: a 'that' the parser read as a pronoun, 'sounded the alarm that X', a
tribunal that heard with no source), lines that report nothing 106 of 127 (21 shown). Mended: a figure of a thing
that shows, 'speaks volumes', 'The figures speak for themselves', 'Spring announced itself with rain', a name
glossed, 'As the name suggests, X', a skill learned, 'learned to swim', and a register's entry, 'was reported
missing' (``figure_senses``); a case the writer supposes, 'Let us say the council agrees' (``set_phrases``); a
fire as a subject says nothing, 'The fire claimed the old chapel' (``mute_subjects.txt``); kin or a fire crew
phoned, a work composed, a dish ordered, applause answered and cash listed at customs, 'called her brother',
'called the fire brigade', 'wrote three symphonies', 'ordered a plate of oysters', 'acknowledged the applause',
'must declare any cash' (``taken_objects.txt`` '+call', '+write', '+order', '+acknowledge', '+declare'). PolNeAR's
train and dev records are unchanged. After: reports 120 of 127, lines that report nothing 120 of 127.
The rest is listed in ``STILL_WRONG`` and ``STILL_SHOWN`` with the reason, a strict xfail each, so that a mend
shows as a pass. Gold read again against PolNeAR's train after the first count: 'reminded X that Y' has only the
'that' clause for its content (as 'told X that Y'), and 'spoke of their relief that Y' has the clause, as
'expressed fears that Y' does; 'are expecting' a child is a report there ('husband expecting second child')."""

from __future__ import annotations

import pytest
from probe_checks import set_tests
from probe_pairs_59 import NOT_REPORTS, REPORTS

#: reports still missed or cut wrong: text -> why
STILL_WRONG = {
    "The surveyor told the owners that damp had spread to every wall of the cottage.":
        "the parser reads 'that' as the subject of an adjective 'damp', so the content comes in two pieces",
    "Engineers think the crack in the dam formed during the cold snap.":
        "the parser reads 'the crack' as the object of 'think' and 'formed' as a participle on 'dam', so no clause is found",
    "Paediatricians sounded the alarm that measles cases were rising in the north.":
        "the content keeps 'the alarm' (PolNeAR's train has no 'sounded the alarm that X' to say where the cue ends)",
    "Parents voiced concern that the school bus was often late.":
        "'voice' is no stance verb (taking it as one let written non-reports through on a refit)",
    "The landlord figured the pub would be busier after the match.":
        "'figure' is no belief verb in the lexicon (train's one marked 'figured' is 'figured out how to X')",
    "The tribunal heard that the lido's manager had ignored safety checks.":
        "'heard' gives evidence on the record no source, as 'was told that X' (``heard``); the fifty-seventh set lists"
        " 'The inquest heard that X' too",
}

#: lines that report nothing but still give a record: text -> why
STILL_SHOWN = {
    "The Pelham neighbours argued for an hour about the height of the new hedge.":
        "'argued about X' is read as a dispute about a topic, which PolNeAR marks when the topic is public",
    "The magician revealed a white dove from under his hat.":
        "a thing brought out to be seen is not told from a thing disclosed ('revealed the plans'), which PolNeAR counts",
    "The referee called the match at Brayford off because of fog.":
        "'called off the strike' is a decision announced, which PolNeAR counts (``particle_senses.txt``)",
    "The bishop confirmed 30 teenagers at the cathedral on Sunday.":
        "the rite is not told from a number confirmed ('confirmed 30 deaths'), which PolNeAR counts",
    "The couple are expecting their first child in June.":
        "PolNeAR marks a child expected as a report ('husband expecting second child', train, 1 of 1)",
    "Visitors to the fair were asked to guess the weight of a pumpkin.":
        "'were asked to X' is a request, which PolNeAR marks with no source",
}


(test_a_report_of_each_class_is_found, test_a_line_that_reports_nothing_gives_no_record, test_a_report_still_wrong,
 test_a_line_still_shown, test_every_listed_case_is_in_the_set) = set_tests(REPORTS, NOT_REPORTS, STILL_WRONG, STILL_SHOWN)


@pytest.mark.parametrize("text", [
    "His silence on the matter speaks volumes.",
    "The results speak for themselves.",
    "The chance to buy the field presented itself in 2019.",
    "As its name implies, the Long Bridge is the longest in the county.",
    "Most of the refugees learned to speak French within a year.",
    "Her bicycle was reported stolen on Friday.",
    "Let's say the vote goes ahead in June.",
    "The blaze claimed the old chapel.",
])
def test_a_figure_a_supposed_case_or_a_fire_is_no_report(nlp, text):
    """``figure_senses``, ``set_phrases`` and ``mute_subjects.txt`` ('fire', 'blaze') on probes beside the set."""
    assert [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("The airline declared itself bankrupt on Monday.", "declared"),
    ("Let me say that the council has done a fine job.", "say"),
    ("The mayor learned that the council had sold the depot.", "learned"),
    ("Residents learned how to fill sandbags.", "learned"),
    ("The mayor said the figures speak for themselves.", "said"),
    ("As the minister suggested, the bridge will close in May.", "suggested"),
    ("She called her son a hero.", "called"),
    ("The general ordered a full inquiry into the shooting.", "ordered"),
    ("The minister acknowledged the mistake.", "acknowledged"),
    ("The novelist wrote that the town had lost its heart.", "wrote"),
])
def test_near_misses_of_those_senses_stay_reports(nlp, text, cue):
    assert cue in [r.cue.text for r in nlp(text)._.sourcebook_attributions if r.cue is not None]
