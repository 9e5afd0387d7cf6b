"""Patterns found in the thirty-second session: sources the parser ran into a relative clause's
antecedent ('a route friends said he used') and participles whose preposition the parser left
without its object ('Detectives searching for | a missing man believe'). Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- a relative clause without 'that'


@pytest.mark.parametrize("text, cue, source", [
    ("Police found his car near the river, a route friends said he sometimes used.", "said", "friends"),
    ("The station needs a new roof, a project officials say is long overdue.", "say", "officials"),
    ("The land was sold for a sum critics say is far below market value.", "say", "critics"),
])
def test_the_antecedent_of_a_relative_clause_is_no_part_of_its_source(nlp, text, cue, source):
    assert [a.source.text for a in records(nlp, text, cue)] == [source]


@pytest.mark.parametrize("text, cue, source", [
    ("A few officials said the plan was dead.", "said", "A few officials"),
    ("An estimated 300 protesters said they would return.", "said", "An estimated 300 protesters"),
    ("A dozen workers said they were not paid.", "said", "A dozen workers"),
    ("The station needs a new roof, the project officials say.", "say", "the project officials"),
    ("He took the old road, a route local residents say is dangerous.", "say", "local residents"),
])
def test_a_plural_source_with_its_own_article_stays_whole(nlp, text, cue, source):
    assert [a.source.text for a in records(nlp, text, cue)] == [source]


# ---------------------------------------------------------------- a participle's stranded object


@pytest.mark.parametrize("headline", ["", "Search goes on\n"])  # (the parses differ: 'searching' on the noun or the verb)
def test_a_participles_object_is_not_the_source(nlp, headline):
    text = (f"{headline}Detectives searching for a missing 42-year-old man from Stoke Heath believe he may have "
            "been trying to reach Birmingham.")
    found = records(nlp, text, "believe")
    assert [(a.source.text, contents(a)) for a in found] == [
        ("Detectives searching for a missing 42-year-old man from Stoke Heath",
         ["he may have been trying to reach Birmingham"])]


@pytest.mark.parametrize("text, cue, source", [
    ("Officers investigating the death of a woman in Hull believe she knew her attacker.", "believe",
     "Officers investigating the death of a woman in Hull"),
    ("Volunteers working with a local charity said demand had doubled.", "said", "Volunteers working with a local charity"),
    ("The daughter of State Senator Ann Pike said the bill was unfair.", "said", "The daughter of State Senator Ann Pike"),
])
def test_a_participle_with_its_object_keeps_its_source(nlp, text, cue, source):
    assert [a.source.text for a in records(nlp, text, cue)] == [source]


def test_a_relative_clause_on_the_source_of_according_to_stays_in_it(nlp):
    text = "Fees will double next year, according to a fact sheet lawmakers released on Monday."
    assert [a.source.text for a in records(nlp, text, "according to")] == ["a fact sheet lawmakers released on Monday"]
