"""Patterns of the forty-third session (helper bndns): the content of a stance, a belief or an act
(no verb of saying) ends at a comma that sets off the writer's words running to its end: a
non-restrictive relative on its last noun ('ordered a review of the program, which allows X') or
a clause with a subject of its own after ', and' ('found X, and the rival has Y')
(``set_off_ends``). A verb of saying keeps what follows its reported clause; a relative in the
middle of a content, a clause parallel to the content's own ('and that Y'), an 'including' list
and a list of names stay. Every sentence is written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The president has ordered a review of the visa program, which allows foreigners to marry Americans.",
     "has ordered", "a review of the visa program"),
    ("The governor attacked the senator, with whom he clashed at the debate over the budget.", "attacked", "the senator"),
    ("Young voters are skeptical of the new levy, which the council passed in May.", "are skeptical", "the new levy"),
    ("The survey found 40% of voters are unsure, and the rival has been invoking him in attacks.",
     "found", "40% of voters are unsure"),
])
def test_a_stance_ends_before_the_writers_set_off_clause(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert [contents(r) for r in found] == [[content]]


@pytest.mark.parametrize("text, cue, content", [
    # a relative in the middle of the content, which goes on after it
    ("The council believes the plan, which was drafted in May, will fail.", "believes",
     "the plan, which was drafted in May, will fail"),
    # a clause parallel to the content's own
    ("The study shows that rents are rising, and that wages are flat.", "shows", "rents are rising, and that wages are flat"),
    # an 'including' list and a list of names are part of the object
    ("Several lawmakers have endorsed the governor's bid, including Senator Pike and Senator Moll.", "have endorsed",
     "the governor's bid, including Senator Pike and Senator Moll"),
    ("She supports Mendez, Okafor and Pike.", "supports", "Mendez, Okafor and Pike"),
    # a verb of saying keeps its own
    ("The mayor said the plan was dead, which surprised nobody.", "said", "the plan was dead, which surprised nobody"),
])
def test_a_content_going_on_or_a_verb_of_saying_stays(nlp, text, cue, content):
    found = [r for r in records(nlp, text, cue) if r.parent is None]
    assert [contents(r) for r in found] == [[content]]
