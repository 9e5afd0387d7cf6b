"""Patterns of the thirty-ninth session (helper probeA: press releases, match reports,
obituaries, court reports, health and science news, wire briefs). A cue verb after a quotation
with a long subject after it ('"...," cautioned astronomer Lucy Tran of the Kepler Observatory',
'explained Huskies forward Nina Castillo'; ``inverted``); a noun's 'that' clause as the subject of
the sentence's verb ("His accuser's claim that he had threatened her was rejected by the jury";
``claim_subjects``); a copula's manner with when it was before a colon and a quotation ('was
blunt after her side's defeat: "..."'); 'She went on: "..."'; a clause after a colon whose subject
the parser set in apposition to a noun before it ('Investors were less convinced: one fund
manager, who asked not to be named, called X "Y"'); a 'he' inside a quotation is not its speaker
named by part of the name ('His son Daniel said X. "He believed Y," Daniel Harari said'). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ('"It is hard to predict how bright comets will get," cautioned astronomer Lucy Tran of the Kepler Observatory.',
     "cautioned", "astronomer Lucy Tran of the Kepler Observatory", "It is hard to predict how bright comets will get"),
    ('"We knew they would come at us early," explained Huskies forward Nina Castillo.',
     "explained", "Huskies forward Nina Castillo", "We knew they would come at us early"),
])
def test_an_inverted_cue_takes_the_whole_subject_after_it(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(r.source.text, contents(r)) for r in found] == [(source, [content])]


def test_a_claim_clause_as_the_subject_stops_before_the_sentence_verb(nlp):
    text = "His accuser's claim that he had threatened her was rejected by the jury."
    claim = records(nlp, text, "claim")
    assert [contents(r) for r in claim] == [["he had threatened her"]]
    assert [contents(r) for r in records(nlp, text, "was rejected")] == [["His accuser's claim that he had threatened her"]]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Coach Marta Lindqvist was blunt after her side's defeat: \"We were second to everything.\"", "was blunt",
     "Coach Marta Lindqvist", "We were second to everything"),
    ('The minister was candid at the hearing: "We got this wrong."', "was candid", "The minister", "We got this wrong"),
    ('She went on: "We lost every contest."', "went on", "She", "We lost every contest"),
    ('The minister went on, "Nobody will be left behind."', "went on", "The minister", "Nobody will be left behind"),
])
def test_colon_and_continuation_quotations(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert [(r.source.text, contents(r)) for r in found] == [(source, [content])]


@pytest.mark.parametrize("text", [
    "The talks went on for hours.",
    "He went on to win the race.",
    'The mayor was clear about the cuts: "They will not happen."',  # (about what: not when)
])
def test_no_record_without_a_quotation_or_with_a_topic(nlp, text):
    assert records(nlp, text, "went on") == [] and records(nlp, text, "was clear") == []


def test_a_clause_after_a_colon_set_in_apposition_has_its_subject(nlp):
    text = 'Investors were less convinced: one fund manager, who asked not to be named, called the decision "a breach of trust."'
    found = records(nlp, text, "called")
    assert [r.source.text for r in found] == ["one fund manager, who asked not to be named"]


def test_he_inside_a_quotation_is_not_its_speaker_named_in_part(nlp):
    text = ("Yusuf Harari, the founder of the Harari bakery chain, died on Saturday, aged 90. His son Daniel said his "
            "father had worked in the original shop until he was 85. \"He believed that good bread was a human right,\" "
            "Daniel Harari said.")
    found = records(nlp, text, "believed")
    assert [r.speaker for r in found] == ["Yusuf Harari"]
