"""Patterns of the thirty-eighth session (helper 'bound'): content boundaries. A verb that voices a
feeling or a view ('expressed', 'voiced', 'reiterated') with the feeling's noun and a preposition
right after it ('concern about', 'displeasure with', 'support for') holds a stance on the
preposition's object: the noun and the preposition join the cue, as the noun of 'expressed concern
that X' does (``voiced``). Not a noun the subject owns ('expressed their support for X': the whole
phrase is what was voiced), not a lone pronoun, not 'shared X on Y'. The subject of a passive judgement
with its 'for' or 'of' phrase ('X was accused of Y', 'X is known for Y') is part of the content
(``judged``); not the one told ('was informed of X') or asked. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


def _one(nlp, text, cue):
    found = records(nlp, text, cue)
    assert len(found) == 1, [(a.cue.text if a.cue else None, contents(a)) for a in records(nlp, text)]
    return found[0]


@pytest.mark.parametrize("text, cue, content", [
    ("Several councillors expressed concern about the new parking fees.", "expressed concern about", "the new parking fees"),
    ("Parents expressed dismay at the decision to close the pool.", "expressed dismay at",
     "the decision to close the pool"),
    ("Two local doctors have expressed support for a ban on sugary drinks in schools.", "have expressed support for",
     "a ban on sugary drinks in schools"),
])
def test_a_voiced_feeling_joins_the_cue_and_its_topic_is_the_content(nlp, text, cue, content):
    assert contents(_one(nlp, text, cue)) == [content]


@pytest.mark.parametrize("text, cue, content", [
    # the subject's own stance, all of it voiced
    ("The mayor expressed her support for the new library.", "expressed", "her support for the new library"),
    # a lone pronoun: the feeling is what was voiced
    ("The team captain expressed sympathy for him.", "expressed", "sympathy for him"),
    ("The ministers reiterated their support for the treaty.", "reiterated", "their support for the treaty"),
    # what a 'that' clause says stays the content, as before
    ("Residents expressed concern that the bridge would close.", "expressed concern", "the bridge would close"),
])
def test_an_owned_feeling_or_a_pronoun_stays_in_the_content(nlp, text, cue, content):
    assert contents(_one(nlp, text, cue)) == [content]


@pytest.mark.parametrize("text, cue, parts", [
    ("The former treasurer was accused of hiding losses from the board.", "was accused of",
     ["The former treasurer", "hiding losses from the board"]),
    ("The sculptor is best known for her granite figures.", "is best known for", ["The sculptor", "her granite figures"]),
    ("Ms Ruiz has been criticized for delaying the audit.", "has been criticized for", ["Ms Ruiz", "delaying the audit"]),
    # the one told or asked is no part of what was said
    ("The clinic was informed of the new rules.", "was informed of", ["the new rules"]),
    ("The minister was asked about the delays.", "was asked about", ["the delays"]),
])
def test_the_one_a_passive_judgement_is_on_is_part_of_the_content(nlp, text, cue, parts):
    assert contents(_one(nlp, text, cue)) == parts
