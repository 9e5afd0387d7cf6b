"""Patterns found in the thirty-third session: bodies' names the NER cut inside their noun phrase
(a plural's apostrophe, an 'and' of the name's words after the content, a court's ordinal).
Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records

# ---------------------------------------------------------------- a body's name as its noun phrase gives it


@pytest.mark.parametrize("text, cue, speaker", [
    ("The Journalists' Shield Foundation said it had documented 40 cases.", "said", "Journalists' Shield Foundation"),
    ("A survey by the Carers' Network found that most carers were unpaid.", "found", "Carers' Network"),
    ("Carers have rejected the pay award, the Irish Nursing and Care Alliance (INCA) announced on Monday.",
     "announced", "Irish Nursing and Care Alliance"),
    ("The 5th U.S. Circuit Court of Appeals ruled Friday that the rule was lawful.", "ruled",
     "5th U.S. Circuit Court of Appeals"),
])
def test_a_bodys_name_runs_back_over_its_noun_phrase(nlp, text, cue, speaker):
    found = records(nlp, text, cue)
    assert [(a.speaker, a.speaker_kind) for a in found] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, cue, speaker", [
    ("The Scottish Teaching and Learning Alliance (STLA) announced on Monday that teachers had rejected the offer.",
     "announced", "Scottish Teaching and Learning Alliance"),
    ("The Transport and Maritime Union said the strike would go on.", "said", "Transport and Maritime Union"),
    ("The Chinese Foreign Ministry said the talks had gone well.", "said", "Chinese Foreign Ministry"),
    ("The Lawyers' Rights Foundation said it had filed 12 cases.", "said", "Lawyers' Rights Foundation"),
    ("Officials said the Election Commission of India's website was down.", "said", "Officials"),
])
def test_a_bodys_name_written_whole_or_after_an_owner_stays(nlp, text, cue, speaker):
    found = records(nlp, text, cue)
    assert [a.speaker for a in found] == [speaker]
