"""Patterns found in the thirty-second session: reports inside another's content that pass on no
claim of their own (``inner.inner_only``) -- a wish, an act named with nobody to make it, a
report denied to everyone, a reading nobody else is named for, a belief about a question. Every
sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def cues(nlp, text):
    return [a.cue.text if a.cue is not None else None for a in records(nlp, text)]


# ---------------------------------------------------------------- held reports with no claim


@pytest.mark.parametrize("text", [
    # a wish with an infinitive, a clause inside it ('before I vote') does not make it a claim
    '"I want to see the drainage study before I vote," Trustee Ana Ruiz said.',
    '"We want to hear from residents before the plan goes ahead," the councillor said.',
    # an act named with nobody to make it (a gerund for a source)
    '"Telling people to stay home is like telling them to starve," he said.',
    # a modal or a denial on the verb the report hangs from ('can\'t keep telling')
    '"We can\'t keep telling our kids to move somewhere else," he said.',
    '"We won\'t stop telling the council that the road is dangerous," she said.',
    # a report denied to everyone
    "DCI Amberley said there was nothing to suggest Priya had come to harm.",
    "Police said there was nothing to indicate the fire was started deliberately.",
    "The coroner said no one had suggested the death was suspicious.",
    # a reading or view nobody else is named for: the holder's own
    'One student said Priya had seemed "a bit withdrawn" before she vanished.',
    '"The worry is that the money will run out," the treasurer said.',
    # a noun report wanted, none made
    "The conservation group said it wanted assurances that the spoil would not be dumped.",
    # a belief about a question
    '"They are walkers who know how to dig in," Grieve said.',
    '"By the time people realised what was happening, the water was at the door," she said.',
    '"By the time we understood what had happened, the shop was gone," he said.',
])
def test_a_held_report_that_passes_on_no_claim_is_no_record(nlp, text):
    assert cues(nlp, text) == ["said"]


@pytest.mark.parametrize("text, inner", [
    ("The minister said the police had told him the road was safe.", "had told"),
    ('"Everyone knew the risks were real," she said.', "knew"),  # ('"We know X"' is the speaker's own claim: 34_R4)
    ("The mayor said she believed the budget would pass.", "believed"),
    ("He said officials kept saying the road was safe.", "saying"),
    ("She said the teachers knew that the plan would fail.", "knew"),
    ("She said residents who live nearby believe the dam is unsafe.", "believe"),
    ("He said it was reported that the bridge had failed.", "was reported"),
    ('"When he told me he was leaving, I cried," she said.', "told"),
    ('"The report shows that costs have doubled," she said.', "shows"),
])
def test_a_held_report_that_passes_on_a_claim_stays(nlp, text, inner):
    found = records(nlp, text)
    assert [a.cue.text for a in found] == ["said", inner]
    assert found[1].parent == found[0].id


def test_a_question_put_inside_a_report_stays(nlp):
    text = "Marsh said the department welcomed the plan but questioned whether a new board was the right vehicle."
    assert "questioned" in cues(nlp, text)
