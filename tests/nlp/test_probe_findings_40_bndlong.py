"""Patterns of the fortieth session (helper bndlong): a noun with 'a' or 'an' set off by a comma or a
dash after a reported clause, which the parser hung on the cue as a second clause, is the writer's word
on the report ('saying X, a swipe at Y'), not more of what was said: the content ends before it
(``comments.clause_comment``). A list of nouns inside the reported clause stays whole. A report in a
clause that opens its sentence ('While X claimed Y, Z') ends where that clause does, before the main
clause the parser hung inside it (``fronted_clauses``); not 'As X reported, Y'. Every sentence is
written for the test."""

from __future__ import annotations

import pytest
from probe_records import contents, records


@pytest.mark.parametrize("text, cue, content", [
    ("The Ohio governor calmed the crowd and took a protester in stride, saying the woman would \"not get thrown out\" "
     "of his event, a dig at the recent brawls at some of Smith's events.",
     "saying", ['the woman would "not get thrown out" of his event']),
    ("The Texas mayor calmed the crowd and took a heckler in stride, saying the man would \"not get tossed out\" of "
     "her rally, a swipe at the recent fights at some of Brown's rallies.",
     "saying", ['the man would "not get tossed out" of her rally']),
])
def test_a_summing_noun_after_the_report_is_the_writers(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue, content", [
    ("The council said the town needs a library, a pool and a park.", "said",
     ["the town needs a library, a pool and a park"]),
    ("The mayor said the city would hire a planner, an engineer and two clerks.", "said",
     ["the city would hire a planner, an engineer and two clerks"]),
])
def test_a_list_inside_the_report_stays(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert contents(found[0]) == content


@pytest.mark.parametrize("text, cue, content", [
    ("While Smith wrongly claimed that the tapes exist, foreign policy experts affirm that it is quite likely that "
     "Jones will be used as a recruiting tool in the future.", "claimed", ["the tapes exist"]),
    ("As the paper reported, the mayor has resigned.", "reported", ["the mayor has resigned"]),
    ('When he got home he began by saying, "I am not sure this is right, but we will try."', "began by saying",
     ["I am not sure this is right, but we will try"]),
])
def test_a_report_in_an_opening_clause_ends_with_it(nlp, text, cue, content):
    found = records(nlp, text, cue)
    assert len(found) == 1
    assert contents(found[0]) == content
