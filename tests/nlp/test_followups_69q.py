"""Follow-ups of the sixty-ninth pass on the endings that made a thing look like a person (helper Q). Every
sentence here is written for this file, with made-up names and places.

``syntax.source_like`` took any common noun ending like a noun of people ('-er', '-or', '-one', ...) for someone
who can hold a statement, unless ``lookalike_nouns.txt`` listed it: 'bluster', 'anger', 'shoulder', 'microphone',
'phone' could be sources. Mended in ``agent_nouns``: an '-er' noun is a person's only as the agent noun of a verb
the lemmatizer lists ('organiser', 'runner', 'speechwriter', 'caucusgoer') or when ``unbuilt_holders.txt`` lists it
('foreigner', 'stranger', 'others'); an '-one' noun only when listed ('someone', 'the young ones').

Counted on train before the mend (the heads of the sources main shows, listed by head word): common nouns that pass
only by their ending head 115 right and 32 wrong sources, almost all people ('attendees', 'backers', 'front-runner',
'no one', 'others'); a few things ('plant', 'disclaimers', 'waivers': their ending or verb keeps them, left) and a
narrator's voice ('a voice-over in the ad states X', right, kept by ``unbuilt_holders.txt`` with the word before
the hyphen the tokenizer split off; without it the mend lost that record).
PolNeAR after the mend: train 13072 right of 15688 predicted (speech 9692), dev 1416 of 1711, no record changes.
Of the 11 sentences below that go through the pipeline, 3 were wrong on main (e297de96: 'bluster', 'microphone'
and 'phone' could hold a statement; 'The bluster showed that X' and 'The microphone was clear that X' made
reports) and 0 after.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from probe_records import records

from sourcebook.nlp.attribution.agent_nouns import person_ending
from sourcebook.nlp.attribution.lexicon import lexicon
from sourcebook.nlp.attribution.syntax import source_like

_VERBS = frozenset({"organise", "speak", "run", "write", "go", "look", "carry", "vote", "plan", "traffic", "lust"})


@pytest.mark.parametrize(("word", "person"), [
    ("organiser", True), ("organisers", True), ("speaker", True), ("runner", True), ("front-runner", True),
    ("speechwriter", True), ("caucusgoer", True), ("onlooker", True), ("carrier", True), ("voter", True),
    ("planner", True), ("foreigner", True), ("others", True), ("someone", True), ("ones", True),
    ("bluster", False), ("anger", False), ("shoulder", False), ("laughter", False),
    ("microphone", False), ("phone", False), ("smartphone", False), ("stone", False),
    ("activist", True), ("resident", True),  # (the other endings are as they were)
])
def test_person_ending(word, person):
    assert person_ending(replace(lexicon(), common_verbs=_VERBS), word) is person


def test_no_verb_list_keeps_every_er_noun():
    """A pipeline whose lemmatizer lists no verbs: the '-er' ending counts as it did."""
    assert person_ending(replace(lexicon(), common_verbs=frozenset()), "bluster")


@pytest.mark.parametrize(("text", "word", "person"), [
    ("The bluster showed that the council feared the vote.", "bluster", False),
    ("The microphone was clear that the hall was empty.", "microphone", False),
    ("The phone said the bus would arrive at noon.", "phone", False),
    ("Organisers said the march would go ahead.", "Organisers", True),
    ("The stranger said the road was closed.", "stranger", True),
    ("The caucusgoers said the hall was too small.", "caucusgoers", True),
    ("The runners complained that the course was too steep.", "runners", True),
])
def test_source_like(nlp, text, word, person):
    lex = nlp.get_pipe("sourcebook_attributions").extractor.lex
    token = next(t for t in nlp(text) if t.text == word)
    assert source_like(lex, token) is person


@pytest.mark.parametrize("text", [
    "The bluster showed that the council feared the vote.",
    "The microphone was clear that the hall was empty.",
])
def test_things_hold_nothing(nlp, text):
    assert records(nlp, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("The organiser said the march would go ahead.", "The organiser"),
    ("The stranger said the road was closed.", "The stranger"),
    ("The onlookers said the crane had tipped over.", "The onlookers"),
    ("The caucusgoers said the hall was too small.", "The caucusgoers"),
    ("The others said the ferry was late.", "The others"),
    ("A voice-over in the ad states that the mayor cut taxes.", "A voice-over in the ad"),
])
def test_people_still_speak(nlp, text, source):
    assert [r.source.text for r in records(nlp, text) if r.source is not None] == [source]
