"""Patterns of the forty-fifth session (helper probesE), found by running whole articles written
for the purpose (a tabloid piece, a profile, a health update, a strike) through the pipeline and
reading every record's source and resolved speaker.

- A verb of saying the parser gave two subjects (``doubled_subjects``): the noun right after the
  verb is the subject of its clause ('X, 34, said her son Jay, 12, was sent home': the source is
  X, not 'her son'); a preposition that also opens clauses read as the verb's marker, its object
  a second subject ('A friend who has known her since college said X': the source is the friend,
  not 'college').
- A word counting a person's children ('the mum-of-two', 'a father-of-three') is headed by its
  noun (``hyphens``), and 'mum', 'mom', 'dad', 'grandmother', 'grandfather' are roles a person
  named before is called by, as 'mother' and 'father' are.
- An organisation's name the NER ran on past a comma after the source is cut at the comma
  ('According to the medical association, clinics ran out': the association).
- 'said one, who asked not to be named' after a group is one of that group, as 'said one' is.
- A description opening a paragraph is not the person named next (``ledes``) when that person is
  given a part in the story as a title ('Passenger Tom Reilly') or is of the other sex than the
  'she' or 'he' opening the description's own report ('The health minister said she ...').

Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, source, content", [
    ("Dana Whitlow, 41, from Leeds, said her daughter Amy, 9, was kept in at lunch for a week.", "said",
     "Dana Whitlow, 41, from Leeds", "her daughter Amy, 9, was kept in at lunch for a week"),
    ("A neighbour who has known him since school said Ortiz had always wanted to sail.", "said",
     "A neighbour who has known him since school", "Ortiz had always wanted to sail"),
])
def test_a_doubled_subject_goes_where_it_belongs(nlp, text, cue, source, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert found[0].source is not None and found[0].source.text == source
    assert contents(found[0]) == [content]


def test_one_subject_and_a_clause_with_its_own_stay(nlp):
    found = records(nlp, "Dana Whitlow said her daughter was kept in at lunch.", "said")
    assert found[0].source is not None and found[0].source.text == "Dana Whitlow"
    assert contents(found[0]) == ["her daughter was kept in at lunch"]


@pytest.mark.parametrize("text, speaker", [
    ('Dana Whitlow, 41, runs a bakery. "It is a disgrace," the mum-of-two said.', "Dana Whitlow"),
    ('Dana Whitlow, 41, runs a bakery. "It is a disgrace," the mum said.', "Dana Whitlow"),
    ('Owen Price, 52, runs a garage. "It is a disgrace," the dad-of-three said.', "Owen Price"),
])
def test_a_parent_named_before(nlp, text, speaker):
    found = records(nlp, text, "said")
    assert [r.speaker for r in found] == [speaker]


def test_a_parent_is_not_someone_of_the_other_sex(nlp):
    found = records(nlp, 'Owen Price, 52, runs a garage. "It is a disgrace," the mum-of-two said.', "said")
    assert [r.speaker for r in found] != ["Owen Price"]


def test_a_body_named_before_a_comma_is_cut_there(nlp):
    found = records(nlp, "According to the regional farmers association, growers in the valley lost half their crop.",
                    "According to")
    assert [r.speaker for r in found] == ["regional farmers association"]


@pytest.mark.parametrize("text", [
    'Cleaners at the depot said they were owed wages. "We are tired of waiting," said one, who asked not to be named.',
    'Cleaners at the depot said they were owed wages. "We are tired of waiting," said one.',
])
def test_one_of_the_group_named_before(nlp, text):
    found = records(nlp, text, "said")
    assert found[-1].speaker is not None and found[-1].speaker.lower().startswith("one of the cleaners")


@pytest.mark.parametrize("text", [
    "The housing minister said she had full confidence in the inspectors.\n\nLater, Colm Breen said he was angry.",
    "The housing minister said the inspectors had done well.\n\nTenant Colm Breen said he was angry.",
])
def test_a_paragraph_opening_role_is_not_someone_else_named_next(nlp, text):
    found = records(nlp, text, "said")
    assert found[0].speaker == "housing minister"
    assert found[1].speaker == "Colm Breen"


def test_a_paragraph_opening_role_is_still_the_one_named_next(nlp):
    text = ("The city's housing minister said he had full confidence in the inspectors.\n\n"
            "Minister Colm Breen said the report would be published.")
    assert [r.speaker for r in records(nlp, text, "said")] == ["Colm Breen", "Colm Breen"]
