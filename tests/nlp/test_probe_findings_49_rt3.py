"""Patterns of the forty-ninth session (helper rt3): a red team of the session's third wave. A happening's
'at' or 'during' phrase stays in an object content ('condemned the violence at the rally') except when its
noun is an occasion held for talk alone ('discussed the shooting at a news conference', 'during an
interview': ``happenings._for_talk``, ``talk_occasion_nouns.txt``); 'The Republican' is no one person when
another was called 'also a Republican' (``epithet_holders``); a set-off 'following X' ends a source as
'after X' does ('said the mayor, Ann Cole, following the rescue', ``occasions.SEQUENCE_PREPS``).
The wave's other rules are held on near misses of their own. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, sources_and_speakers, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The governor discussed the shooting at a news conference on Monday.", "discussed", "The governor",
     "the shooting"),
    ("The manager criticised his side's performance at a press conference.", "criticised", "The manager",
     "his side's performance"),
    ("The senator discussed the violence during an interview with a local radio station.", "discussed",
     "The senator", "the violence"),
    # (a happening at an occasion where things happen keeps its place)
    ("Union leaders condemned the chaos at the party conference.", "condemned", "Union leaders",
     "the chaos at the party conference"),
    ("The bishop deplored the fighting during the parade.", "deplored", "The bishop", "the fighting during the parade"),
])
def test_a_happening_at_an_occasion_for_talk_was_said_there(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


def test_two_so_described_leave_the_epithet_to_the_last_person(nlp):
    one = ("Jane Hale, a Republican, vetoed the bill. Paul Dorn, a Democrat, was angry. "
           "The Republican said the bill cost too much.")
    two = ("Jane Hale, a Republican, vetoed the bill. Paul Dorn, also a Republican, was angry. "
           "The Republican said the bill cost too much.")
    assert ("The Republican", "Jane Hale") in sources_and_speakers(nlp, one)
    assert ("The Republican", "Paul Dorn") in sources_and_speakers(nlp, two)


@pytest.mark.parametrize("text, cue, source, content", [
    ('"We were beaten by a better side," said the coach, Jon Berg, after the defeat.', "said",
     "the coach, Jon Berg", "We were beaten by a better side"),
    ('"We will appeal," said the family\'s lawyer, Ben Stone, following the sentencing on Friday.', "said",
     "the family's lawyer, Ben Stone", "We will appeal"),
    ("The detectives following the case said the trail had gone cold.", "said",
     "The detectives following the case", "the trail had gone cold"),
    ('"He was a good neighbour," said the man after whom the street is named.', "said",
     "the man after whom the street is named", "He was a good neighbour"),
    ("The coach said after the meeting that the team would recover.", "said", "The coach", "the team would recover"),
    ('"No," he agreed.', "agreed", "he", "No"),
    ('"Fine," he agreed, "but we must act quickly."', "agreed", "he", "Fine"),
    ('"I agree," he said.', "said", "he", "I agree"),
    ('Asked whether the plan would work, the minister was candid: "Not yet."', "was candid", "the minister", "Not yet"),
])
def test_the_waves_forms_hold(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text", [
    "Then came the rain, and the match was abandoned.",
    "After the storm came the flood.",
    'Despite the loss, the mood was upbeat: "We go again."',
    '"We should wait," the minister said. Her deputy agreed.',
])
def test_near_misses_stay_no_reports(nlp, text):
    assert [r.cue.text for r in records(nlp, text) if r.cue is not None and r.cue.text != "said"] == []


def test_a_quotation_over_three_open_paragraphs_goes_to_the_cue_closing_it(nlp):
    text = ("The fire spread fast.\n\n\"It was terrifying. We ran into the street.\n\n"
            "\"The fire chief told us, 'Get out now,' and we did.\n\n\"Nobody was hurt,\" said Tom Reyes.")
    (found,) = [r for r in top(nlp, text) if r.cue is not None and r.cue.text == "said"]
    assert found.source.text == "Tom Reyes"
    assert [c.text for c in found.contents][0] == "It was terrifying. We ran into the street."
