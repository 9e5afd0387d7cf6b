"""Patterns of the forty-fifth session (helper nonspeech): an adjective of an attitude after a
copula, with the preposition that names what the attitude is on, is its subject's attitude
('Farmers were interested in the scheme', 'The senator is distrustful of the harbour board':
``attitude_adjectives``), a record with the subject for source and the preposition's object for
content. Not with another preposition ('honest with his staff'), nor with a subject that holds
nothing. A verb of backing or opposing with a bare personal pronoun for its object takes a stance
on the one the pronoun stands for ('Two county clerks endorsed her': ``backed_pronouns``), where
another verb's bare pronoun is no content ('praised him' stays without a record), nor when the verb
is a participle naming a noun ('a union supporting him'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, source, content", [
    ("Many farmers in the valley were interested in the new irrigation scheme.", "Many farmers in the valley",
     "the new irrigation scheme"),
    ("The senator is distrustful of the harbour board.", "The senator", "the harbour board"),
    ("Donors are uneasy about his plan for the stadium.", "Donors", "his plan for the stadium"),
    ("She has been outspoken about the cuts to the library budget.", "She", "the cuts to the library budget"),
])
def test_an_attitude_adjective_with_its_preposition(nlp, text, source, content):
    found = [r for r in records(nlp, text) if r.parent is None and contents(r) == [content]]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text", [
    "He was honest with his staff.",  # not the preposition of an attitude
    "The recipe is fond of garlic.",  # a thing holds nothing
])
def test_no_attitude_without_its_preposition_or_a_holder(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and r.cue.text.endswith(("with", "of"))]


@pytest.mark.parametrize("text, source, content", [
    ("Two county clerks quietly endorsed her.", "Two county clerks", "her"),
    ("The farm lobby opposes it because the levy falls on growers.", "The farm lobby", "it"),
])
def test_a_backing_verb_with_a_pronoun_object(nlp, text, source, content):
    found = [r for r in records(nlp, text) if r.parent is None and contents(r) == [content]]
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source


@pytest.mark.parametrize("text", [
    "The council members praised him.",  # not a verb of backing: a bare pronoun is no content
    "A union supporting him has bought airtime.",  # a participle naming the union
])
def test_no_pronoun_record_for_other_verbs_or_a_participle(nlp, text):
    assert not [r for r in records(nlp, text) if r.parent is None and contents(r) in (["him"], ["her"])]
