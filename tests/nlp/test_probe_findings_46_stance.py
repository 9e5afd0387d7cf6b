"""Patterns of the forty-sixth session (helper stance): support that someone has or wins among
those who give it is theirs, a stance on the one who has it ('The mayor has strong support among
farmers', 'Lopez won the endorsement of the teachers' union', "Her support among older voters
is slipping": ``won_support``), kept as a stance drawn from its givers is ('Farrow won support
from farmers', 'The plan drew sharp criticism from landlords': ``drawn_criticism``); not a
thing's physical support ('The deck has the support of steel beams'), nor a place ('broad
support in the state'). A verb of backing in the passive keeps its subject pronoun as the
content, the agent's stance on the one it stands for ('She was endorsed by the union':
``backed_pronouns``), not when the agent takes no side ('It was backed by steel beams'). Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor has strong support among farmers.", "support", "farmers", "The mayor"),
    ("Lopez won the endorsement of the teachers' union last week.", "endorsement", "the teachers' union", "Lopez"),
    ("Farrow earned the backing of two senators from the north.", "backing", "two senators", "Farrow"),
    ("Her support among older voters is slipping.", "support", "older voters", "Her"),
    ("She rose through the party with the support of local groups.", "support", "local groups", "She"),
    ("The plan has support among economists for a new tax.", "support", "economists", "a new tax"),
    ("Farrow won support from farmers.", "support", "farmers", "Farrow"),
    ("The plan drew sharp criticism from landlords.", "criticism", "landlords", "The plan"),
])
def test_support_held_among_its_givers(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


@pytest.mark.parametrize("text", [
    "The bridge deck has the support of steel beams.",
    "The candidate enjoys broad support in the state.",
])
def test_no_holder_who_takes_a_side(nlp, text):
    assert records(nlp, text, "support") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("She was endorsed by the union.", "was endorsed", "the union", "She"),
    ("It was opposed by most of the council.", "was opposed", "most of the council", "It"),
])
def test_a_passive_backing_keeps_its_pronoun(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


def test_no_passive_backing_by_a_thing(nlp):
    assert records(nlp, "It was backed by steel beams.", "was backed") == []
