"""A line's label before a colon is no speaker (issue 12, seventeenth pass): web pages head
their lines with 'Verdict:', 'Team news:', 'Shelter:'; sentences written for the purpose."""

from __future__ import annotations

import pytest


def colon_sources(nlp, text):
    return [a.source.text if a.source else None for a in nlp(text)._.sourcebook_attributions
            if a.cue is not None and a.cue.text == ":"]


@pytest.mark.parametrize("text", [
    # a one-word common noun the NER took for a person
    "Verdict: Mostly false",
    # a common noun heading a title-cased first word
    "The match was tight.\n\nTeam news: Castlebridge are unchanged. Wexley bring in Finch.",
    # a bare singular noun that could name a group heads a section
    "Shelter: Partners distributed 3,200 shelter kits. Food: Partners reached 44,000 people.",
    "Media contact: Lena Buckridge, press@harrowgate.example",
    # common nouns in capitals head a section
    "ALBUM REVIEW: The Lanterns return with a quieter record\n\nThe band said it wanted calm.",
])
def test_a_label_is_no_speaker(nlp, text):
    assert colon_sources(nlp, text) == []


@pytest.mark.parametrize("text, source", [
    ("Insiders: the deal will collapse by Friday.", "Insiders"),
    ("A spokesman: \"We will appeal.\"", "A spokesman"),
    ("Apple spokesman: \"We will appeal the ruling.\"", "Apple spokesman"),
    ("Poll: Voters split on stadium tax\n\nA new poll shows voters are split.", "Poll"),
    ("Trump: I will win the state\n\nDonald Trump said on Monday he would win.", "Trump"),
])
def test_a_speaker_before_a_colon_stays_one(nlp, text, source):
    assert colon_sources(nlp, text) == [source]
