"""Patterns of the forty-seventh session (helper ncb): stances and intentions held with no word
said. A verb of weighing a course ('is contemplating a run', 'mulled over a bid'), of relishing
or reviling something, or of repudiating or savaging it is a stance its subject holds on its object
(``stance_verbs.txt``); 'acquiesce' is one with the preposition that opens what it gives in to
('acquiesced to the demand', 'acquiesced in the increase'; ``phrasal.json``). Near misses: the
bare verb with nothing given in to, a literal mulling of wine, the noun 'relish'.
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The board is contemplating a merger with its largest rival.",
     "is contemplating", "The board", ["a merger with its largest rival"]),
    ("The governor is mulling over a run for the Senate.",
     "is mulling over", "The governor", ["a run for the Senate"]),
    ("The governor is mulling a run for the Senate.", "is mulling", "The governor", ["a run for the Senate"]),
    ("Council members relish the chance to question the auditor.",
     "relish", "Council members", ["the chance to question the auditor"]),
    ("Many teachers revile the new testing regime.", "revile", "Many teachers", ["the new testing regime"]),
    ("The columnist savaged the budget as a gift to landlords.",
     "savaged", "The columnist", ["the budget as a gift to landlords"]),
])
def test_a_verb_of_weighing_relishing_or_reviling_is_a_stance_on_its_object(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source.text == source
    assert contents(record) == expected


def test_a_repudiation_is_a_stance_on_what_it_repudiates(nlp):
    (record,) = records(nlp, "The party repudiated the candidate's remarks about immigrants.", "repudiated")
    assert record.source.text == "The party"
    assert contents(record) == ["the candidate's remarks about immigrants"]


@pytest.mark.parametrize("text, cue, expected", [
    ("The tenants acquiesced to the landlord's demand for a higher deposit.",
     "acquiesced to", ["the landlord's demand for a higher deposit"]),
    ("Two directors eventually acquiesced in the rate increase.", "acquiesced in", ["the rate increase"]),
])
def test_acquiescing_is_a_stance_on_what_is_given_in_to(nlp, text, cue, expected):
    (record,) = records(nlp, text, cue)
    assert contents(record) == expected


@pytest.mark.parametrize("text, word", [
    ("The tenants finally acquiesced.", "acquiesced"),
    ("The bartender mulled the wine with cloves and orange peel.", "mulled"),
    ("She ordered a hot dog with extra relish.", "relish"),
])
def test_near_misses_are_no_stance(nlp, text, word):
    assert not [r for r in records(nlp, text) if r.cue is not None and word in r.cue.text]
