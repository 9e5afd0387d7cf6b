"""A verb with a literal, physical sense done by an armed subject is an act of war, not a
stance (issue 12): 'Government forces attacked the town' reports nothing, while 'The senator
attacked the plan' is the senator's stance. PolNeAR, the training data, is political news,
where 'attack', 'target' and 'hit' are nearly always said of words; conflict reporting uses
them of guns. Hand-built parses, so the test holds whatever the statistical parser does."""

from __future__ import annotations

import pytest
from test_cue_rules import cues

from sourcebook.nlp.attribution.lexicon import lexicon


def active(subject: str, verb: tuple[str, str], obj: str) -> list[tuple]:
    """'<The> <subject> <verb> the <obj> .' as the parser reads it."""
    return [
        ("The", "the", "DET", "DT", "det", 1),
        (subject, subject.lower(), "NOUN", "NNS", "nsubj", 2),
        (verb[0], verb[1], "VERB", "VBD", "ROOT", 2),
        ("the", "the", "DET", "DT", "det", 4),
        (obj, obj, "NOUN", "NN", "dobj", 2),
        (".", ".", "PUNCT", ".", "punct", 2),
    ]


def passive(subject: str, verb: tuple[str, str], agent: str) -> list[tuple]:
    """'The <subject> was <verb> by <agent> .'"""
    return [
        ("The", "the", "DET", "DT", "det", 1),
        (subject, subject, "NOUN", "NN", "nsubjpass", 3),
        ("was", "be", "AUX", "VBD", "auxpass", 3),
        (verb[0], verb[1], "VERB", "VBN", "ROOT", 3),
        ("by", "by", "ADP", "IN", "agent", 3),
        (agent, agent, "NOUN", "NNS", "pobj", 4),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]


ATTACKED, TARGETED, HIT = ("attacked", "attack"), ("targeted", "target"), ("hit", "hit")


@pytest.mark.parametrize(
    "tokens",
    [
        active("forces", ATTACKED, "town"),
        active("militias", ATTACKED, "convoy"),
        active("warplanes", ATTACKED, "market"),
        passive("hospital", ATTACKED, "rebels"),
        passive("camp", ATTACKED, "drones"),
    ],
)
def test_an_armed_subject_attacks_with_arms(tokens):
    assert cues(tokens) == []


@pytest.mark.parametrize(
    "tokens, source",
    [
        (active("senators", ATTACKED, "plan"), "The senators"),
        (active("unions", ATTACKED, "budget"), "The unions"),
        (passive("plan", ATTACKED, "senators"), "senators"),
        # an armed group's stance with a verb that has no physical sense stays one
        (active("rebels", ("rejected", "reject"), "ceasefire"), "The rebels"),
    ],
)
def test_anyone_else_attacks_with_words(tokens, source):
    found = cues(tokens)
    assert [s for _, s, _, _ in found] == [source], found


def test_the_lists_know_their_words():
    lex = lexicon()
    assert {"attack", "target", "hit"} <= lex.physical_verbs and {"forces", "warplanes", "militia"} <= lex.armed_subjects
    # a word of the news's figurative sense only, and a usual source, stay out
    assert "slam" not in lex.physical_verbs and "police" not in lex.armed_subjects
    assert HIT[1] in lex.physical_verbs and TARGETED[1] in lex.physical_verbs


def test_a_name_is_no_weapon():
    # 'Shell attacked the plan.': a company whose name is an armed word in lower case
    tokens = [
        ("Shell", "Shell", "PROPN", "NNP", "nsubj", 1),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("plan", "plan", "NOUN", "NN", "dobj", 1),
        (".", ".", "PUNCT", ".", "punct", 1),
    ]
    assert [s for _, s, _, _ in cues(tokens)] == ["Shell"]


@pytest.mark.parametrize("subject", ["rain", "alarm", "siren"])
def test_weather_and_alarms_say_nothing(subject):
    """'The rain warned the climbers.': a mute subject before a verb of saying is no source."""
    tokens = active(subject.capitalize(), ("warned", "warn"), "climbers")
    tokens[1] = (subject, subject, "NOUN", "NN", "nsubj", 2)
    assert cues(tokens) == []


@pytest.mark.parametrize("subject", ["forecasters", "officials"])
def test_people_named_for_the_weather_still_speak(subject):
    assert [c[:2] for c in cues(active(subject, ("warned", "warn"), "climbers"))] == [("warned", f"The {subject}")]
