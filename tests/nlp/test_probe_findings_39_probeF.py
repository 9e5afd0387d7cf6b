"""Patterns of the thirty-ninth session (helper probeF: school-board and zoning disputes,
scientific controversies, present-tense profile interviews). A meal or a drink shared while
talking after 'over' (or after 'at', 'during' set off by commas) says on what occasion the
source spoke, not who it is: the source ends before it ('says Ana Ruiz over coffee in her
office'; ``occasions``, ``meal_nouns.txt``), while 'Guests at the dinner' stay whole. The
antecedent of a relative clause without 'that' that the parser ran into its plural subject as
a modifier ('X, a charge several panels rejected': 'charge' an 'nmod' of 'panels') is no part
of the source (``misread.antecedent_in_subject``). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import records


@pytest.mark.parametrize("text, cue, source", [
    ('"We had no money at all," says Ana Ruiz, the founder of Corliss Tools, over coffee in her office.', "says",
     "Ana Ruiz, the founder of Corliss Tools"),
    ('"The orchard saved us," says Tomas Berg over lunch at a diner near the farm.', "says", "Tomas Berg"),
    ("Mr. Lund, at dinner with two reporters, said the merger was close.", "said", "Mr. Lund"),
    ("Guests at the dinner said the speech ran far too long.", "said", "Guests at the dinner"),
    ("Residents over the age of 60 said the new clinic was too far away.", "said", "Residents over the age of 60"),
])
def test_a_meal_shared_while_talking_is_no_part_of_the_source(nlp, text, cue, source):
    assert [a.source.text if a.source else None for a in records(nlp, text, cue)] == [source]


@pytest.mark.parametrize("text, source", [
    ("Rivals have accused her of faking the samples, a charge several panels rejected.", "several panels"),
    ("Critics accused the mayor of hiding the audit, a claim two of his aides denied.", "two of his aides"),
])
def test_a_claim_run_into_the_subject_of_its_relative_clause_is_no_source(nlp, text, source):
    found = [a for a in records(nlp, text) if a.cue is not None and a.cue.text in ("rejected", "denied")]
    assert [a.source.text if a.source else None for a in found] == [source]
