"""Patterns found in the thirty-first session: a pronoun stands for the person the sentence
before it is about (its subject, or its passive's agent), not for a speaker quoted before that
sentence brought someone new in. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _pronoun_speakers(nlp, text):
    return [a.speaker for a in records(nlp, text, "said") if a.source is not None and a.source.text.lower() in ("he", "she")]


@pytest.mark.parametrize("text, speaker", [
    # a person described as a speaker's subject ('A former inmate said ...') after one named
    ('"The water is rising," said Karl Obi, the mayor. A former inmate said he had lost his home. '
     '"Nobody came," he said.', "former inmate"),
    # the agent of a passive whose subject is no person
    ("Ruben Smit said it was a sensible compromise. The stage was won by Iker Zubiri. "
     "He said afterwards that the team had planned it.", "Iker Zubiri"),
    # a name the NER took for a body, a person by its relative 'who'
    ('"It is a sensible compromise," said Dutch sprinter Ruben Smit. Not all the teams backed the protest. '
     "The stage was eventually won by the Spaniard Iker Zubiri, who attacked from a small group on the final climb. "
     "He said afterwards that the delay had cooled everyone's legs.", "Iker Zubiri"),
    # the one asked, not the asker quoted for the question
    ("Marek Pell was asked by Tom Reyes whether he would resign. He said it was too early.", "Marek Pell"),
])
def test_a_pronoun_stands_for_the_person_the_sentence_before_is_about(nlp, text, speaker):
    assert _pronoun_speakers(nlp, text)[-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the ordinary chain
    ('Maria Lopez said the plan was sound. "We have waited long enough," she added. '
     "She said the vote would come in May.", "Maria Lopez"),
    # a person of the other gender in between
    ("Maria Lopez said the plan was sound. Her husband, Tom Lopez, disagreed. She said the vote would come in May.",
     "Maria Lopez"),
    ("Tom Reyes said the plan was sound. Anna Berg, his deputy, agreed. He said the vote would come in May.",
     "Tom Reyes"),
    # a sentence about no person in between
    ("Tom Reyes said the plan was sound. The council voted on Tuesday. He said the vote was a relief.", "Tom Reyes"),
    # the speaker of 'according to', not the subject of what was reported
    ("According to Tom Reyes, Paul Vance resigned on Monday. He said the decision was final.", "Tom Reyes"),
    # a body as the passive's agent ('which')
    ("Ruben Smit said it was a sensible compromise. The race was won by Team Valdo, which attacked early. "
     "He said afterwards that the team had planned it.", "Ruben Smit"),
    # a quotation's own sentence in between
    ('"We need help," said Dario Venn, a lawmaker. "The government has failed us." He said the clinics had closed.',
     "Dario Venn"),
])
def test_a_pronoun_keeps_its_speaker(nlp, text, speaker):
    assert _pronoun_speakers(nlp, text)[-1] == speaker


def test_they_stands_for_the_stewards_who_heard_the_riders(nlp):
    text = "The stewards heard evidence from both riders and viewed the film. They said the result would stand."
    assert [a.speaker for a in records(nlp, text, "said")] == ["stewards"]


def test_they_still_stands_for_the_subject_of_people(nlp):
    text = "The inspectors spoke to three nurses. They said the ward was unsafe."
    assert [a.speaker for a in records(nlp, text, "said")] == ["inspectors"]
