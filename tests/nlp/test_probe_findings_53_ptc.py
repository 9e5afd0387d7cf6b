"""Patterns of the fifty-third session (helper ptc, participles of saying that got no speaker): a
participle right after the noun of a 'with' phrase is that noun's (``with_participles``: 'ended with
the chair asking X'); one after a preposition of several words is the main clause's subject's
(``phrase_preposition_participles``: 'In addition to saying X, she Y'); one after 'in' hung on what a
copula says of its subject is that subject's (``predicate_participles``: 'was the most vocal in
claiming X'). Near misses stay: a thing after 'with' that cannot speak, a span of time before 'of'
('after months of refusing'), a participle of no saying after 'in', participles of moving and
'after warning lights flashed'. Every sentence is written for the test, in several genres (courts,
sport, markets, local politics, health)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("The meeting ended with the chair asking the mayor whether she would run again.",
     "asking", "the chair", "whether she would run again"),
    ("The session closed with the minister warning that fuel prices would rise.",
     "warning", "the minister", "fuel prices would rise"),
    ("The press conference ended with a reporter asking the coach whether he would resign.",
     "asking", "a reporter", "whether he would resign"),
    ("The hearing ended with the defence lawyer asking the witness whether he had seen the car.",
     "asking", "the defence lawyer", "whether he had seen the car"),
])
def test_a_participle_after_the_noun_of_a_with_phrase_is_that_nouns(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("In addition to stating that taxes would rise, the mayor has vowed to cut spending.",
     "stating", "the mayor", "taxes would rise"),
    ("In addition to saying that the ruling was unfair, the defence team filed an appeal.",
     "saying", "the defence team", "the ruling was unfair"),
    ("On top of claiming that the referee was biased, the coach refused to shake hands.",
     "claiming", "the coach", "the referee was biased"),
    ("In spite of insisting that the drug was safe, the company halted the trial.",
     "insisting", "the company", "the drug was safe"),
])
def test_a_participle_after_a_preposition_of_several_words_is_the_subjects(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator was the most aggressive in denouncing the trade deal.",
     "denouncing", "The senator", "the trade deal"),
    ("Of the three judges, Judge Park was the most forceful in arguing that the law was void.",
     "arguing", "Judge Park", "the law was void"),
    ("The mayor has been the most vocal in saying that taxes would rise.",
     "saying", "The mayor", "taxes would rise"),
])
def test_a_participle_after_in_on_a_copulas_attribute_is_the_subjects(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue", [
    ("The debate ended with the alarm ringing loudly.", "ringing"),
    ("The trading day ended with prices signalling a fall.", "signalling"),
    ("After months of refusing to testify, the witness agreed to appear.", "refusing"),
    ("After years of backing the incumbent, the union switched sides.", "backing"),
    ("The striker was the best in passing the ball.", "passing"),
    ("The senator called a taxi after walking in, slamming the door.", "slamming"),
    ("After warning lights flashed, the pilot landed the plane.", "warning"),
])
def test_near_misses_give_no_report(nlp, text, cue):
    assert records(nlp, text, cue) == []
