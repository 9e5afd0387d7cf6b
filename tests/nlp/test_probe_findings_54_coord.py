"""Patterns of the fifty-fourth session (helper coord, a second report hung inside the first one's content):
'X said Y and V-ed that Z', whose second verb the parser hangs on the reported clause's verb as its conjunct.
A verb of saying there is the speaker's next report (``tails.second_report``), also when the tagger reads it
as a past participle joined to a thing's passive, which takes no 'that' clause (``passive_reports``: 'said the
pipe had been repaired and added that X'). Kept whole: a clause's own second verb ('said the firm had grown
and expected profits to rise'), a verb after a passive whose subject can speak ('the hikers had been found and
added that X': perhaps theirs), one with its own auxiliary, and a verb of belief ('said it had not been asked
and feared that X'), which PolNeAR's train split splits as often as it keeps whole. Every sentence is written
for the test."""

from __future__ import annotations

import pytest
from probe_records import top


def _shown(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
            for r in top(nlp, text)]


@pytest.mark.parametrize("text, expected", [
    ("The engineer said the pipe had been repaired and added that the water was safe to drink.", [
        ("said", "The engineer", ["the pipe had been repaired"]),
        ("added", "The engineer", ["the water was safe to drink"])]),
    ("The council said the library had been sold and explained that the money would fund a new school.", [
        ("said", "The council", ["the library had been sold"]),
        ("explained", "The council", ["the money would fund a new school"])]),
    ("The mayor said the plan was sound and warned that delays would cost more.", [
        ("said", "The mayor", ["the plan was sound"]),
        ("warned", "The mayor", ["delays would cost more"])]),
    ("Officials told reporters the site was safe and insisted that no one had been hurt.", [
        ("told", "Officials", ["the site was safe"]),
        ("insisted", "Officials", ["no one had been hurt"])]),
])
def test_a_second_verb_of_saying_is_the_speakers_next_report(nlp, text, expected):
    assert _shown(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The chairman said the firm had grown and expected profits to rise.", [
        ("said", "The chairman", ["the firm had grown and expected profits to rise"])]),
    ("The warden said the hikers had been found and added that both were in good health.", [
        ("said", "The warden", ["the hikers had been found and added that both were in good health"])]),
    ("The club said the player had been fined and had admitted that he was late.", [
        ("said", "The club", ["the player had been fined and had admitted that he was late"])]),
    ("The farmers' group said it had not been asked and feared that up to 40 farms could close.", [
        ("said", "The farmers' group", ["it had not been asked and feared that up to 40 farms could close"])]),
])
def test_a_second_verb_that_may_be_the_clauses_stays_in_the_content(nlp, text, expected):
    assert _shown(nlp, text) == expected
