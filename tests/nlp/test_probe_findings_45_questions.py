"""Patterns of the forty-fifth session (helper questions): parse-side leftovers.

A question sets its auxiliary before the subject ('Did the minister say X?'): the cue is the verb
alone, not a span running over its source (``questions.before_the_subject``); the record stays, as
PolNeAR marks such questions, and a question inside a quotation stays inside its speaker's record.
A phrasal cue's particle the parser read as an adverb ('pushed back against X', 'walked back his
remarks') gives the cue its content, the preposition after the particle joining the cue
(``adverb_particles``); not 'came out on top', nor a fronted 'Back in 2010'. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


@pytest.mark.parametrize("text, cue, source, content", [
    ("Did the minister say that taxes would rise next year?", "say", "the minister", "taxes would rise next year"),
    ("Why did the mayor say the bridge would collapse?", "say", "the mayor", "the bridge would collapse"),
    ("Never had the senator claimed that the plan would work.", "claimed", "the senator", "the plan would work"),
])
def test_a_question_s_auxiliary_is_no_part_of_the_cue(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    record = found[0]
    assert record.source is not None and record.source.text == source
    assert not _overlap(record.cue, record.source)
    assert contents(record) == [content]


def test_a_question_inside_a_quotation_stays_in_its_speaker_s_record(nlp):
    found = records(nlp, '"Did the minister say that taxes would rise?" the reporter asked.')
    outer = [r for r in found if r.parent is None]
    assert [(r.source.text if r.source else None, r.cue.text if r.cue else None) for r in outer] == [("the reporter", "asked")]
    assert contents(outer[0]) == ["Did the minister say that taxes would rise?"]


def test_a_reported_question_is_a_record(nlp):
    found = records(nlp, "The senator asked whether the budget would pass this spring.", "asked")
    assert [contents(r) for r in found] == [["whether the budget would pass this spring"]]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The council pushed back against the report on Tuesday.", "pushed back against", "The council", "the report"),
    ("The board has pushed back on those claims, saying the audit was fair.", "has pushed back on", "The board",
     "those claims"),
    ("The senator later walked back his comments about the strike.", "walked back", "The senator", "his comments"),
    ("The chamber came out against the new tax.", "came out against", "The chamber", "the new tax"),
])
def test_a_particle_read_as_an_adverb_gives_the_cue_its_content(nlp, text, cue, source, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0])[0].startswith(content)


@pytest.mark.parametrize("text", [
    "The team came out on top in the final.",
    "The crew walked back to the harbour after the storm.",
])
def test_no_cue_from_a_particle_of_motion_or_an_idiom(nlp, text):
    assert [r for r in records(nlp, text) if r.parent is None] == []


def test_a_fronted_back_is_no_particle(nlp):
    found = records(nlp, "Back in 2010, the council argued that the plan would fail.")
    assert [(r.cue.text if r.cue else None, contents(r)) for r in found] == [("argued", ["the plan would fail"])]
