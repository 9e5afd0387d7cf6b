"""Patterns of the thirty-fifth session (helper R4b): a firm's name that ends in the plural of an
organisation's word ('Aurelia Networks', 'Marisol Enterprises') opening with a given name was
taken for a person's, so 'the company' after it stood for no one (the plurals are in
``organisation_words.txt``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text, speaker", [
    ("Aurelia Networks lost contact with four satellites. In a statement, the company said it was investigating.",
     "Aurelia Networks"),
    ("Aurelia Networks lost contact with four satellites. The company said it was investigating.", "Aurelia Networks"),
    ("Marisol Enterprises cut 200 jobs. The company said demand had fallen.", "Marisol Enterprises"),
    ("Harlow Networks said profits rose.", "Harlow Networks"),
])
def test_the_company_after_a_firm_named_with_a_plural_body_word(nlp, text, speaker):
    assert [(a.speaker, a.speaker_kind) for a in records(nlp, text, "said")] == [(speaker, "organisation")]


@pytest.mark.parametrize("text, source, speaker, kind", [
    ("Aurelia Hart lost her job. She said the firm had lied.", "She", "Aurelia Hart", "person"),
    ("The networks said ratings fell.", "The networks", "networks", "group"),
])
def test_people_and_plural_nouns_stay_as_they_were(nlp, text, source, speaker, kind):
    assert [(a.source.text, a.speaker, a.speaker_kind) for a in records(nlp, text, "said")] == [(source, speaker, kind)]
