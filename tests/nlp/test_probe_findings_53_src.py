"""Patterns of the fifty-third session (helper src, speech records whose source was taken from the wrong
place): a curly apostrophe closing a plural possessive ('the rangers\u2019 plan') is no closing quotation mark,
so a participle of saying after it keeps its clause's subject instead of the possessive's noun
(``syntax.closes_quotation``); a participle set off after a bare '-ing' clause with a subject of its own
('remember the governor going on air, declaring X') is that subject's act, not the one who remembers
(``verbs._reporter``). Near misses stay: a curly closing quotation mark before an inverted speaker, a
participle after a finite reported clause ('said the council would appeal, calling X') or after a
progressive one ('said he is weighing a bid, calling X'), the reporter's. Every sentence is written for
the test, in several genres (parks, weather, sport, courts)."""

from __future__ import annotations

import pytest
from probe_records import found_report, top


@pytest.mark.parametrize("text, cue, source, content", [
    ("Dana Reyes did not seem impressed with the rangers\u2019 plan Monday, telling reporters, "
     "\u201cWe need a better answer than that.\u201d", "telling", "Dana Reyes", "We need a better answer than that"),
    ("The coach looked unhappy with the referees\u2019 calls Sunday, telling the crowd, "
     "\u201cWe were robbed out there.\u201d", "telling", "The coach", "We were robbed out there"),
])
def test_a_possessive_apostrophe_is_no_closing_quotation(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    ("Older viewers still remember Governor Ellen Park going on the radio in 1998, declaring a state of emergency "
     "over the floods.", "declaring", "Governor Ellen Park", "a state of emergency over the floods"),
])
def test_a_participle_after_a_bare_ing_clause_is_its_subjects(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown


@pytest.mark.parametrize("text, cue, source, content", [
    # a curly closing mark before the speaker still closes the quotation
    ("\u2018The bridge is safe,\u2019 the engineer told reporters on Friday.", "told", "the engineer",
     "The bridge is safe"),
    # a participle after a finite or progressive reported clause is still the reporter's
    ("The mayor said the council would appeal the ruling, calling the verdict unjust.", "calling", "The mayor",
     "the verdict unjust"),
    ("The senator said she is weighing a bid for governor, calling the race wide open.", "calling", "The senator",
     "the race wide open"),
])
def test_near_misses_keep_their_source(nlp, text, cue, source, content):
    ok, shown = found_report(top(nlp, text), cue, source, content)
    assert ok, shown
