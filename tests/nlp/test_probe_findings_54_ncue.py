"""Noun cues with a 'that' clause outside the object of a verb of saying (the fifty-fourth session's
red-team finding 'The union's claim that X was disputed by the company'). Every sentence is written
for the test.

What PolNeAR train does with a noun of the lexicon that has a possessor (or 'of'/'by' X) and a 'that'
clause, by where the noun stands: a subject, 5 of 12 annotated; the object of a verb that is no cue,
6 of 18; inside a phrase of another preposition, 19 of 38; after 'amid' or 'despite', 4 of 5 (three of
them already found). No position but the last, too rare to count, is annotated consistently, so the
noun's record stays as it is: held inside the outer report when there is one (the disputing verb's
content is the whole noun phrase, the noun's record its child), alone when the ranker keeps it
(its threshold, trained on PolNeAR, drops most subjects: 'The mayor's warning that X went unheeded'
has no record)."""

from __future__ import annotations

import pytest
from probe_records import found_report, records, top


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The union's claim that managers ignored the safety rota was disputed by the company.", "claim",
     "The union's", "managers ignored the safety rota"),
    ("The bakers' claim that flour prices had doubled was disputed by the millers.", "claim", "The bakers'",
     "flour prices had doubled"),
    ("The company disputed the union's claim that managers ignored the safety rota.", "claim", "The union's",
     "managers ignored the safety rota"),
])
def test_a_possessed_claim_inside_a_disputing_report_is_its_child(nlp, text, cue, source, content):
    found = records(nlp, text)
    inner = [r for r in found if r.cue is not None and r.cue.text == cue]
    assert found_report(inner, cue, source, content) or found_report(inner, cue, source[0].lower() + source[1:], content), found
    assert all(r.parent is not None for r in inner)


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("The union's claim that managers ignored the safety rota was disputed by the company.", "disputed",
     "the company", "The union's claim that managers ignored the safety rota"),
])
def test_the_disputing_report_keeps_the_whole_noun_phrase(nlp, text, cue, source, content):
    found, there = found_report(top(nlp, text), cue, source, content)
    assert found, there


def test_a_possessed_claim_with_a_copula_stands_alone(nlp):
    text = "The union's claim that managers ignored the safety rota was false."
    found, there = found_report(top(nlp, text), "claim", "The union's", "managers ignored the safety rota")
    assert found, there


@pytest.mark.parametrize(("text", "word"), [
    ("The claim that managers ignored the rota was disputed.", "claim"),
    ("The fact that prices rose surprised nobody.", "fact"),
    ("Her insurance claim that the roof had been damaged by hail was paid in March.", "claim"),
    ("The fact that the ferry was late annoyed the passengers.", "fact"),
])
def test_no_holder_or_no_report_gives_no_sourced_record(nlp, text, word):
    assert not [r for r in records(nlp, text) if r.cue is not None and word in r.cue.text and r.source is not None]
