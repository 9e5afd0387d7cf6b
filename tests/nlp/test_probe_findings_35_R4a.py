"""Patterns of the thirty-fifth session (helper R4a): the speaker a body's name stands for. A
firm's name that a body's word ends ('Orion Kinetics', 'Vessel Propulsion'); two bodies named
together whose 'and' the parser hung on the first's word ('Northside Clinic and Valley General
Hospital'); a body's long name with a common noun in lower case inside it ('The Medicines and
Healthcare products Regulatory Agency'). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


def _speaker(nlp, text, cue):
    return [(a.speaker, a.speaker_kind) for a in records(nlp, text, cue)]


@pytest.mark.parametrize("text, cue, speaker, kind", [
    ("Orion Kinetics said on Monday that its rocket was ready.", "said", "Orion Kinetics", "organisation"),
    ("The prime contractor, Vessel Propulsion, said the engine was sound.", "said", "Vessel Propulsion", "organisation"),
    ("Northside Clinic and Valley General Hospital announced that they intend to merge.", "announced",
     "Northside Clinic and Valley General Hospital", "group"),
    ("The Medicines and Healthcare products Regulatory Agency said it was reviewing the data.", "said",
     "Medicines and Healthcare products Regulatory Agency", "organisation"),
])
def test_a_body_named_in_full(nlp, text, cue, speaker, kind):
    assert _speaker(nlp, text, cue) == [(speaker, kind)]


@pytest.mark.parametrize("text, cue, speaker, kind", [
    ("Orion Walker said the rocket was ready.", "said", "Orion Walker", "person"),
    ("Helena Sato said the plan was sound.", "said", "Helena Sato", "person"),
    ("Kent Fire and Rescue Service said the blaze was out.", "said", "Kent Fire and Rescue Service", "organisation"),
    ("The Food and Drug Administration said it was reviewing the data.", "said", "Food and Drug Administration",
     "organisation"),
    ("The Ports and Harbours Authority said the quay was closed.", "said", "Ports and Harbours Authority", "organisation"),
    ("Harbour Bank and Ann Reyes said the deal was off.", "said", "Harbour Bank and Ann Reyes", "group"),
    ("Apex Dynamics said its profits rose.", "said", "Apex Dynamics", "organisation"),
    ("Hedge fund Oakhurst Partners, which owns about 4% of Quillon, said the bid was low.", "said", "Oakhurst Partners",
     "organisation"),
])
def test_names_that_stay_as_they_were(nlp, text, cue, speaker, kind):
    assert _speaker(nlp, text, cue) == [(speaker, kind)]
