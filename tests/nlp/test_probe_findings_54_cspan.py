"""Patterns of the fifty-fourth session (helper cspan, cue spans of infinitive chains): a report cued
by an infinitive in a chain of verbs that share one subject is cued by the whole chain, from its
first verb and that verb's auxiliaries ('went on to say', 'were more likely to say', 'has continued
to insist'; ``chained_cues.py``), as PolNeAR marks nine in ten of them. Near misses stay: a chain
whose verb has an object or one it relies on, who is the one to speak ('relied on her deputies to
explain'), a 'be' of what a plan is ('The plan was to argue X'), and a refusal whose content is the
infinitive itself ('declined to comment', 'declined to say whether X': the cue stays 'declined').
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _shown(nlp, text):
    return [(r.cue.text if r.cue else None, r.source.text if r.source else None, [c.text for c in r.contents])
            for r in records(nlp, text)]


@pytest.mark.parametrize("text, cue, source, content", [
    ("The mayor went on to say that the bridge would reopen in May.", "went on to say", "The mayor",
     "the bridge would reopen in May"),
    ('"We will rebuild," the mayor went on to say.', "went on to say", "the mayor", "We will rebuild"),
    ("Renters were more likely to say the new levy was unfair.", "were more likely to say", "Renters",
     "the new levy was unfair"),
    ("The coach has continued to insist that the squad is fit.", "has continued to insist", "The coach",
     "the squad is fit"),
    ("The senator was quick to add that no vote had been scheduled.", "was quick to add", "The senator",
     "no vote had been scheduled"),
    ("Dana Reyes tried to explain why the clinic had closed early.", "tried to explain", "Dana Reyes",
     "why the clinic had closed early"),
])
def test_infinitive_chain_of_one_subject_is_the_cue(nlp, text, cue, source, content):
    assert (cue, source, [content]) in _shown(nlp, text), _shown(nlp, text)


@pytest.mark.parametrize("text, cue", [
    ("The union leader relied on her deputies to explain that the strike was over.", "to explain"),
    ("The plan was to argue that the contract had lapsed.", "to argue"),
    ("The minister declined to comment.", "declined"),
    ("The spokesman declined to say whether the plant would close.", "declined"),
])
def test_chains_with_another_speaker_or_an_infinitive_content_keep_their_cue(nlp, text, cue):
    cues = [c for c, _, _ in _shown(nlp, text)]
    assert cue in cues, cues
    assert not any(c and c != cue and c.endswith(cue.split()[-1]) for c in cues), cues


def test_purpose_clause_after_an_object_is_no_chain(nlp):
    cues = [c for c, _, _ in _shown(nlp, "The chef visited the farm to discuss the harvest with growers.")]
    assert not any(c and c.startswith("visited") for c in cues), cues


def test_hearsay_keeps_its_cue_apart(nlp):
    """'is believed' is the hearsay's own cue: the infinitive's report does not take it."""
    cues = [c for c, _, _ in _shown(nlp, "The ferry captain is believed to have told the crew that the engine had failed.")]
    assert not any(c and c.startswith("is believed to") for c in cues), cues
