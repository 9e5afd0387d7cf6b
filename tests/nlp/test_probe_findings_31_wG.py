"""Patterns of the thirty-first session's fix brief (wG): a verb with no subject joined to a
reported clause that is the reporter's next act, not more of what was reported. Every sentence
is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records

# ---------------------------------------------------------------- the reporter's next act


@pytest.mark.parametrize("text, cue, content", [
    ('The mayor said the deal was "a fair compromise" and thanked the unions for their patience.', "said",
     'the deal was "a fair compromise"'),
    ("A review found that officers had acted in good faith and recommended a new policy.", "found",
     "officers had acted in good faith"),
    ("The committee concluded that Ofgem had been too timid and called on the regulator to act.", "concluded",
     "Ofgem had been too timid"),
    ('Falk said her client had never read the book and described the similarities as "ordinary".', "said",
     "her client had never read the book"),
])
def test_a_second_act_after_the_reported_clause_ends_it(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]


@pytest.mark.parametrize("text, cue, source", [
    ("A review found that officers had acted in good faith and recommended a new policy.", "recommended", "A review"),
    ("The committee concluded that Ofgem had been too timid and called on the regulator to act.", "called on",
     "The committee"),
    ('Falk said her client had never read the book and described the similarities as "ordinary".',
     "described the similarities as", "Falk"),
])
def test_the_second_act_is_the_reporters(nlp, text, cue, source):
    found = records(nlp, text, cue)
    assert [a.source.text for a in found] == [source] and found[0].parent is None


@pytest.mark.parametrize("text, cue, content", [
    ('Witnesses said the driver was "clearly drunk" and hit a wall.', "said", 'the driver was "clearly drunk" and hit a wall'),
    ("Police said the driver sped away and refused to stop.", "said", "the driver sped away and refused to stop"),
    ('He said the plan was "a disaster" and would cost jobs.', "said", 'the plan was "a disaster" and would cost jobs'),
    ("She said her son had never been in trouble and had been a good student.", "said",
     "her son had never been in trouble and had been a good student"),
    ("The inquiry found that the officer had lied and told colleagues to delete messages.", "found",
     "the officer had lied and told colleagues to delete messages"),
    ("A screen image captured by the site showed Schilling had shared it and added his own comment.", "showed",
     "Schilling had shared it and added his own comment"),
    ('A corporal told the inquiry that a sergeant had handed him the forms and said, "Sign them now."', "told",
     'a sergeant had handed him the forms and said, "Sign them now."'),
])
def test_a_verb_of_the_reported_clause_stays_in_it(nlp, text, cue, content):
    assert [contents(a) for a in records(nlp, text, cue)] == [[content]]
