"""Patterns found in the thirty-third session: reports the parser misread so that no rule saw
them (a verb read as a noun or a modifier, a count after the cue read as its phrase, a 'when'
clause read as an adverbial one). Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a verb read as a noun


def test_a_verb_read_as_a_plural_noun_with_its_name_as_an_adjective(nlp):
    text = "Orimed maintains that the drug slowed decline."
    found = records(nlp, text, "maintains")
    assert [(a.source.text, contents(a)) for a in found] == [("Orimed", ["the drug slowed decline"])]


@pytest.mark.parametrize("text", [
    "False claims that the vote was rigged spread online.",  # a noun's own clause
    # (not 'Democratic claims that X': a party's claims, the group before the noun its holder, kept or
    # dropped by the ranker's score at the threshold; the verb reading is what this guards)
    "Repeated claims that the vote was rigged circulated online.",
])
def test_a_nouns_own_clause_makes_no_verb(nlp, text):
    assert [a.source.text for a in records(nlp, text, "claims") if a.source is not None] == []


@pytest.mark.parametrize("verb", ["estimate", "forecast"])
def test_a_verb_read_as_a_modifier_in_its_subjects_phrase(nlp, verb):
    text = f"Analysts at Pellworth {verb} peak sales of $1.3 billion."
    found = records(nlp, text, verb)
    assert [(a.source.text, contents(a)) for a in found] == [("Analysts at Pellworth", ["peak sales of $1.3 billion"])]


@pytest.mark.parametrize("text, cue", [
    ("Shares in Pellworth estimate software rose 4 percent.", "estimate"),
    ("Analysts at Pellworth's forecast desk were cautious.", "forecast"),
    ("The bank's estimate of growth was cut.", "estimate"),
])
def test_a_noun_in_a_phrase_with_a_verb_stays_a_noun(nlp, text, cue):
    assert records(nlp, text, cue) == []


def test_a_verb_in_its_subjects_phrase_that_agrees_not(nlp):
    assert records(nlp, "The analyst at Pellworth estimate peak sales of $1.3 billion.", "estimate") == []


# ---------------------------------------------------------------- a count read as the cue's phrase


@pytest.mark.parametrize("verb", ["claims", "estimates"])
def test_a_count_after_the_cue_is_the_clauses_subject(nlp, verb):
    text = f"The union {verb} about 600 of the site's 1,400 workers took part."
    found = records(nlp, text, verb)
    assert [contents(a) for a in found] == [["about 600 of the site's 1,400 workers took part"]]


@pytest.mark.parametrize("text, content", [
    ("The company said on Monday it would close the plant.", "it would close the plant"),
    ("Organisers claim around 5,000 people marched.", "around 5,000 people marched"),
])
def test_a_clause_with_its_own_subject_keeps_it(nlp, text, content):
    assert [contents(a) for a in records(nlp, text)] == [[content]]


# ---------------------------------------------------------------- 'did not say when'


@pytest.mark.parametrize("text, content", [
    ("It did not say when it expected to resume the trial, which had enrolled 22 boys.",
     "when it expected to resume the trial"),
    ("The company did not say when it would resume the trial.", "when it would resume the trial"),
    ("The company did not say whether it expected to resume the trial.", "whether it expected to resume the trial"),
])
def test_a_when_clause_after_say_is_what_is_not_said(nlp, text, content):
    found = records(nlp, text, "did not say")
    assert [contents(a) for a in found] == [[content]]


@pytest.mark.parametrize("text", [
    "She did not speak when the minister entered the room.",
    '"We are happy," he said when he arrived.',
    "He was first noted when he was on a list of delegates.",
    "He said when he was young he wanted to fly.",  # (the clause after it is what he said)
])
def test_a_when_clause_of_time_stays_out(nlp, text):
    assert [c for a in records(nlp, text) for c in contents(a) if c.startswith("when") and "fly" not in c] == []


def test_a_verb_read_as_a_noun_with_a_relative_clause_and_a_name_elsewhere(nlp):
    text = ("Orimed maintains that the drug slowed decline by 27% over 18 months. In a statement, the company said "
            "it would appeal. Orimed's shares fell.")
    found = records(nlp, text, "maintains")
    assert [(a.source.text, contents(a)) for a in found] == [("Orimed", ["the drug slowed decline by 27% over 18 months"])]
