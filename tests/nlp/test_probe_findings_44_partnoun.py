"""Patterns of the forty-fourth session (helper partnoun): a participle of saying or stance hung
on a noun of speech or writing ('a speech denouncing the plan', "the union's ad attacking the
governor") says what the speech says, and the speech is its owner's: the source is the owner named
before the noun (a possessive name) or the subject of the verb that gives, delivers or airs it, not the
noun ('a speech'). A speech heard or watched, or one with no owner named, gives none
(``document_owners``). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from sourcebook.nlp.attribution.document_owners import document_owner
from sourcebook.nlp.attribution.lexicon import lexicon


def _owner(nlp, text, participle):
    doc = nlp(text)
    verb = next(t for t in doc if t.text == participle)
    found = document_owner(lexicon(), verb)
    return found.text if found is not None else None


@pytest.mark.parametrize("text, participle, owner", [
    ("The mayor gave a speech denouncing the council's plan.", "denouncing", "mayor"),
    ("Ms. Vega, who delivered a speech praising the firefighters, will not attend.", "praising", "who"),
    ("The union's ad attacking the governor ran on Tuesday.", "attacking", "union"),
    ("Ms. Vega's speech praising the firefighters drew applause.", "praising", "Vega"),
])
def test_the_owner_of_a_speech_speaks(nlp, text, participle, owner):
    assert _owner(nlp, text, participle) == owner


@pytest.mark.parametrize("text, participle", [
    # a speech watched is not the watcher's
    ("The students watched a speech denouncing the war.", "denouncing"),
    # a pronoun is left to the subject the participle climbs to; a date is no owner
    ("The mayor gave his speech denouncing the plan.", "denouncing"),
    ("She recalled a March speech praising the nurses.", "praising"),
    # no owner named
    ("The comments came during a speech attacking the governor.", "attacking"),
    # no speech: the participle's noun holds the stance itself
    ("Voters backing the senator turned out early.", "backing"),
])
def test_no_owner(nlp, text, participle):
    assert _owner(nlp, text, participle) is None


def test_the_speech_is_no_source(nlp):
    found = [a for a in nlp("The mayor gave a speech denouncing the council's plan.")._.sourcebook_attributions
             if a.cue is not None and a.cue.text == "denouncing"]
    assert all(a.source is not None and a.source.text != "a speech" for a in found)

