"""Patterns of the forty-sixth session (helper stance2): stance records the parse lost. A subject
pronoun of 'back' in the passive with its agent is what the agent backs ('He was backed by most
voters': ``backed_pronouns``; not the active 'backed it into the garage'). A verb of taking a stance
read as the noun at the root, with the gerund after it read as the noun's clause, is that verb with
the gerund its object ('Two-thirds support reducing X': ``noun_verbs``). One person's attacks are
in words whatever they are on ('his attacks on the nomination process'; not a group's attacks on a
garrison, nor an attack on a country: ``stances``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.stances import stance_cue


@pytest.mark.parametrize("text, source", [
    ("He was backed by most voters in the county.", "most voters in the county"),
    ("She was backed by two-thirds of union members.", "two-thirds of union members"),
])
def test_a_pronoun_backed_by_its_agent(nlp, text, source):
    found = records(nlp, text, "was backed")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [(source, [text.split()[0]])]


@pytest.mark.parametrize("text", ["It was backed by a steel frame.", "He backed it into the garage."])
def test_no_backing_of_a_thing_propped_or_moved(nlp, text):
    assert not [r for r in records(nlp, text) if r.cue is not None and "back" in r.cue.text]


def test_a_stance_verb_read_as_a_noun_before_its_gerund(nlp):
    found = records(nlp, "Two-thirds support reducing the fines for minor offenses.", "support")
    assert [(r.source.text if r.source else None, contents(r)) for r in found] == [
        ("Two-thirds", ["reducing the fines for minor offenses"])]
    assert not records(nlp, "Customer support staffing the phones was cut.", "support")


@pytest.mark.parametrize("text, source, content", [
    ("His attacks on the nomination process grew sharper.", "His", "the nomination process"),
    ("Her attacks on big banks won applause.", "Her", "big banks"),
])
def test_one_persons_attacks_on_anything(nlp, text, source, content):
    doc = nlp(text)
    noun = next(t for t in doc if t.lower_ == "attacks")
    cand = stance_cue(lexicon(), doc.text, noun)
    assert cand is not None and cand.source is not None
    assert doc.text[slice(*cand.source)] == source
    assert [doc.text[s:e] for s, e in cand.contents] == [content]


@pytest.mark.parametrize("text", ["The rebels' attacks on the garrison continued.", "His attack on France was condemned."])
def test_no_stance_in_a_groups_attack_or_one_on_a_country(nlp, text):
    doc = nlp(text)
    noun = next(t for t in doc if t.lemma_ == "attack")
    assert stance_cue(lexicon(), doc.text, noun) is None


def _noun_verbs(nlp, subject):
    """noun_verbs on '<subject> support reducing fines .' as the parser may read it: 'support' the
    noun at the root, the gerund its clause."""
    from spacy.tokens import Doc

    from sourcebook.nlp.attribution.noun_verbs import noun_verbs

    rows = [*subject, ("support", "NOUN", "NN", "ROOT", len(subject), "support"),
            ("reducing", "VERB", "VBG", "acl", len(subject), "reduce"),
            ("fines", "NOUN", "NNS", "dobj", len(subject) + 1, "fine"), (".", "PUNCT", ".", "punct", len(subject), ".")]
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[r[0] != "." for r in rows], pos=[r[1] for r in rows],
              tags=[r[2] for r in rows], deps=[r[3] for r in rows], heads=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    heads, deps, verbs = noun_verbs(doc)
    return deps, [v[0].text for v in verbs]


def test_a_gerund_after_a_noun_read_verb_is_its_object_when_the_subject_holds_views(nlp):
    voters = [("Most", "ADJ", "JJS", "amod", 1, "most"), ("voters", "NOUN", "NNS", "compound", 2, "voter")]
    deps, verbs = _noun_verbs(nlp, voters)
    assert verbs == ["support"] and deps[1] == "nsubj" and deps[3] == "xcomp"
    plan = [("The", "DET", "DT", "det", 1, "the"), ("plan", "NOUN", "NN", "compound", 2, "plan")]
    assert _noun_verbs(nlp, plan)[1] == []  # a plan holds no view
