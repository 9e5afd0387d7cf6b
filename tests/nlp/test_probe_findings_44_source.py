"""Patterns of the forty-fourth session (helper source): a contracted 's before a participle
that the parser read as the passive 'is' is the perfect 'has' of an active cue when the
participle takes a particle or a preposition that makes a phrasal cue of it ("he's spoken out
against X", "she's called for Y"): the cue keeps its subject as the source (``perfects``). A
participle with 'as' or an agent ("she's seen as X by Y") stays a passive. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text, cue, source", [
    ("More recently, he's spoken out against the town's new parking rules.", "'s spoken out against", "he"),
    ("Lately she\u2019s spoken out against the harbour plan.", "\u2019s spoken out against", "she"),
    ("She's called for a full audit of the council's books.", "'s called for", "She"),
    ("He's talked about leaving the club for years.", "'s talked about", "He"),
])
def test_a_contracted_perfect_keeps_its_subject(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert found, [(r.cue.text if r.cue else None) for r in records(nlp, text)]
    assert found[0].source is not None and found[0].source.text == source


def test_a_passive_with_as_or_an_agent_stays_a_passive(nlp):
    found = records(nlp, "She's seen as a safe pair of hands by the party.", "'s seen as")
    assert [r.source.text if r.source else None for r in found] == ["the party"]
