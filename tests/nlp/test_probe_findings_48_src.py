"""Patterns of the forty-eighth session (helper src): who the source is. 'X was the first N to V': the
infinitive the parser hangs on the copula's attribute is the act of the copula's subject, who is the
source, not the bare noun ranked first or only ('Rosa Vane was the first councillor to back the plan':
Vane; ``first_to``); not an expletive or a demonstrative, nor a thing that holds nothing, and a noun
that is no copula's attribute keeps its infinitive. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, speaker, content", [
    ("The harbour plan won new support on Monday. Rosa Vane, a Labour councillor, was the first member of the "
     "council to endorse it. Others are expected to follow.",
     "to endorse", "Rosa Vane, a Labour councillor", "Rosa Vane", "it"),
    ("Ann Roy, who chairs the transport committee, was the first Democrat in the state senate to endorse the governor.",
     "to endorse", "Ann Roy, who chairs the transport committee", "Ann Roy", "the governor"),
    ("Okafor, 52, became the first lawmaker in the county to publicly criticise the levy.",
     "to publicly criticise", "Okafor, 52", "Okafor", "the levy"),
])
def test_the_copulas_subject_ranked_first_or_only_is_the_source(nlp, text, cue, source, speaker, content):
    (record,) = records(nlp, text, cue)
    assert record.source is not None and record.source.text == source
    assert record.speaker == speaker
    assert contents(record) == [content]


def test_a_noun_that_is_no_copulas_attribute_keeps_its_infinitive(nlp):
    (record,) = records(nlp, "The first official to criticise the plan was the harbour master.", "to criticise")
    assert record.source is not None and record.source.text == "official"


@pytest.mark.parametrize("text, cue, subject", [
    ("It was the first union to back the strike.", "to back", "it"),
    ("This is the only council to oppose the motorway.", "to oppose", "this"),
    ("The flood was the first disaster in years to threaten the harbour.", "to threaten", "the flood"),
])
def test_an_expletive_a_demonstrative_or_a_thing_is_no_source(nlp, text, cue, subject):
    for record in records(nlp, text, cue):
        assert record.source is None or record.source.text.lower() != subject


@pytest.mark.parametrize("text, noun, expected", [
    ("Rosa Vane was the first councillor to back the plan.", "councillor", "Vane"),
    ("The two unions remain the only groups to oppose the deal.", "groups", "unions"),
    ("It was the first union to back the strike.", "union", None),
    ("This is the only council to oppose the motorway.", "council", None),
    ("The flood was the first disaster to test the new levees.", "disaster", None),
    ("The first official to criticise the plan was the harbour master.", "official", None),
])
def test_the_ranked_subject_is_a_copulas_subject_that_can_hold_a_stance(nlp, text, noun, expected):
    from sourcebook.nlp.attribution.first_to import ranked_subject
    from sourcebook.nlp.attribution.lexicon import lexicon

    doc = nlp(text)
    found = ranked_subject(lexicon(), next(t for t in doc if t.text == noun))
    assert (found.text if found is not None else None) == expected
