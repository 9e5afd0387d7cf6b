"""Patterns found in the thirty-second session: words before a colon that name no one who can
speak (a topic, an event, a section's label in capitals, what is said) read as a source, and a
rubric ('Exclusive:') kept in a content. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- what cannot speak before a colon


@pytest.mark.parametrize("text", [
    "MEANWHILE IN THE PARLIAMENT: Group leader Rafael Arbeloa is angry. The EPP \"cannot count on us,\" he told Playbook.",
    "THE BIG PICTURE: Markets fell sharply this week.",
    "The short answer: deposits are protected by the scheme.",
    "Island Trophy: Cassidy's Kestrel wins light-air marathon\n\nThe race took eleven hours, organisers said.",
    "Climate Summit: Leaders agree to cut emissions\n\nLeaders from 40 nations met in Geneva.",
])
def test_no_one_who_speaks_before_a_colon(nlp, text):
    assert records(nlp, text, ":") == []


def test_a_report_under_a_section_label_stands_alone(nlp):
    text = "MEANWHILE IN THE PARLIAMENT: Group leader Rafael Arbeloa is angry. The EPP \"cannot count on us,\" he told Playbook."
    told = records(nlp, text, "told")
    assert len(told) == 1 and told[0].parent is None


@pytest.mark.parametrize("text, source", [
    ("Minister: 'We will act'\n\nThe minister spoke on Tuesday.", "Minister"),
    ("Merkel: Europe must act on migrants\n\nAngela Merkel said on Monday that Europe must act.", "Merkel"),
    ("Tessa Brown: I will stand again\n\nTessa Brown spoke to reporters.", "Tessa Brown"),
    ("Harrow Council: Bins will be collected on Friday\n\nThe council apologised.", "Harrow Council"),
    ("White House: Tariffs will stay\n\nThe administration said talks continue.", "White House"),
    ("Memo: Staff must return to offices\n\nThe memo was sent on Friday.", "Memo"),
    ("The floods went on.\n\nExperts: the river will crest on Sunday.", "Experts"),
])
def test_a_speaker_before_a_colon_stays(nlp, text, source):
    assert [a.source.text for a in records(nlp, text, ":")] == [source]


# ---------------------------------------------------------------- a rubric is no part of a content


@pytest.mark.parametrize("label", ["Exclusive", "Update"])
def test_a_rubric_opening_a_headline_is_no_content(nlp, label):
    text = f"{label}: Kestrel is testing a cheaper headset, people familiar say\n\nKestrel declined to comment."
    [say] = records(nlp, text, "say")
    assert contents(say) == ["Kestrel is testing a cheaper headset"]


def test_a_colon_inside_a_content_stays(nlp):
    text = "The minister said the plan had one aim: to cut waiting lists."
    [said] = records(nlp, text, "said")
    assert contents(said) == ["the plan had one aim: to cut waiting lists"]
