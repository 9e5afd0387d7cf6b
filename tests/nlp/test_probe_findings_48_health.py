"""Patterns of the forty-eighth session (helper health): health, science and sport news. 'Claim' with
a thing won or taken for object is no claim (``empty_objects.txt``: 'claimed the match ball',
'claimed gold'); 'respond to', 'react to' or 'answer' with a
treatment, a dose or a stimulus for the thing answered is a body's answer (``treated``,
``treatment_nouns.txt``); an uncrewed craft holds nothing (``mute_subjects.txt``: 'The rover
answered commands'); and a name right after the common noun that ends a subject's phrase is that
noun's apposition, not a second subject ('A study in the journal Cortex found X', ``doubled_subjects``).
Claims with a clause, answers to a statement and a study's finding stay reports. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue", [
    ("The striker claimed the match ball after scoring three times.", "claimed"),
    ("Okafor claimed gold in the 400 metres on Saturday night.", "claimed"),
    ("The rebels claimed more territory from the army overnight.", "claimed"),
    ("Most patients responded well to the new therapy.", "responded"),
    ("The tumour did not respond to chemotherapy.", "respond"),
    ("Two of the rats reacted badly to the second dose.", "reacted"),
    ("The rover answered commands from the control room within minutes.", "answered"),
])
def test_a_thing_won_a_body_s_answer_and_a_craft_report_nothing(nlp, text, cue):
    assert cue in text and records(nlp, text) == []


@pytest.mark.parametrize("text, cue, source, expected", [
    ("The winger claimed the penalty should have been retaken.", "claimed", "The winger",
     ["the penalty should have been retaken"]),
    ("The minister claimed victory in the vote.", "claimed", "The minister", ["victory in the vote"]),
    ("The clinic responded to criticism of its drug policy.", "responded to", "The clinic",
     ["criticism of its drug policy"]),
    ("A study published in the journal Cortex found that older drivers brake later.", "found",
     "A study published in the journal Cortex", ["older drivers brake later"]),
    ("Research in the journal Lumen showed that the drug works.", "showed",
     "Research in the journal Lumen", ["the drug works"]),
])
def test_a_claim_an_answer_to_words_and_a_study_s_finding_stay_reports(nlp, text, cue, source, expected):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert contents(record) == expected
