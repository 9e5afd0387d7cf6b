"""Patterns of the thirty-ninth session (helper ncue): whole semantic classes of non-speech cue
words added to the lexicon. Verbs of evaluation, praise and scorn take a stance on their object
('castigated the plan', 'extolled the agreement'; ``stance_verbs.txt``); 'disagree' holds its
clause as 'agree' does (``belief_verbs.txt``). Phrasal verbs of dismissal and of setting out take
their object as what they are on ('shrugged off the warnings', 'brushed aside complaints',
'spelled out the risks'; ``phrasal.json``); not 'lay out' nor 'brush off', whose literal objects
('laid out the plates', 'brushed off the dust') no word list tells apart. A member the cue tagger's vocabulary
holds ('deride', 'rebuff') is left to it until it is refitted. Every sentence is written for the
test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The senator castigated the new tariff plan.", "castigated", "The senator", "the new tariff plan"),
    ("Critics have lampooned the mayor's parking scheme.", "have lampooned", "Critics", "the mayor's parking scheme"),
    ("The union leader extolled the agreement as a model for the sector.", "extolled", "The union leader",
     "the agreement as a model for the sector"),
    ("Two of the judges disagreed that the delay was lawful.", "disagreed", "Two of the judges", "the delay was lawful"),
])
def test_a_verb_of_evaluation_or_disagreement_is_a_cue(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The chancellor shrugged off the warnings from the central bank.", "shrugged off", "The chancellor",
     "the warnings from the central bank"),
    ("The council brushed aside complaints about the new bus lanes.", "brushed aside", "The council",
     "complaints about the new bus lanes"),
    ("The report spelled out the risks of delaying the repairs.", "spelled out", "The report",
     "the risks of delaying the repairs"),
])
def test_a_phrasal_verb_of_dismissal_or_spelling_out_is_a_cue(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text", [
    "She laid out the plates on the table before the guests arrived.",
    "He brushed off the dust and put the book back on the shelf.",
])
def test_a_phrasal_verb_with_a_literal_object_is_not_listed(nlp, text):
    assert records(nlp, text) == []
